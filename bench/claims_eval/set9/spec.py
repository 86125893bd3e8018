"""set9 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs or tests, nor the older sets' specs beyond the
format head of set8's, their inputs or reports). Every factual claim is true or false *by design*; holds() in
truth9.py checks that design against the raw files and raises if they disagree. The notes give the figures.
CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
from truth9 import (  # noqa: F401
    BOROUGHS32,
    O,
    U,
    cal,
    col,
    dash,
    falls_in_a_row,
    force_street,
    fy,
    fyearly,
    gla_pop,
    holds,
    knife_boroughs,
    last_higher,
    last_lower,
    london32_pop,
    met_ss,
    months,
    mps,
    mps_by_borough,
    near,
    nyc,
    ons_knife,
    ons_knife_region,
    owid,
    pct,
    pct_is,
    r12,
    rank_of,
    rises_in_a_row,
    victims,
    victims_by,
    victims_years,
    yearly,
)

UNITS = {}
REASON = {}
CLASS = {}


def E(key, allowed, kind, note, cls):
    return (key, set(allowed), kind, note, cls)


def add(name, as_of, lines):
    body = []
    for line, exps in lines:
        for e in exps:
            assert (name, e[0]) not in CLASS, (name, e[0])
            assert e[0] in line, (name, e[0])
            CLASS[(name, e[0])] = e[4]
        body.append((line, [e[:4] for e in exps]))
    UNITS[name] = (as_of, body)


def one(name, as_of, line, *exps):
    add(name, as_of, [(line, list(exps))])


def T(flag):
    return holds(flag, "true")


def F(flag):
    return holds(flag, "false")


def NV(key, note="the open data holds no such measure"):
    return E(key, {U}, "unverifiable", note, "unverifiable")


def OP(key, note="a judgement with no checkable figure"):
    return E(key, {O}, "opinion", note, "opinion")


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


# ====================================================================== a1 local paper: Brent, calendar 2025
BR = "Brent"
br_all = yearly(borough=BR)
br_rob = yearly(major="ROBBERY", borough=BR)
br_home = yearly(minor="RES BURGLARY OF A HOME", borough=BR, years=(2024, 2025))
br_veh = yearly(major="VEHICLE OFFENCES", borough=BR)
br_drug = yearly(major="DRUG OFFENCES", borough=BR)
br_bike = yearly(minor="BICYCLE THEFT", borough=BR)
br_rape = yearly(minor="RAPE", borough=BR)
br_vwi = yearly(minor="VIOLENCE WITH INJURY", borough=BR)
br_shop = yearly(minor="SHOPLIFTING", borough=BR)
br_hom = yearly(minor="HOMICIDE", borough=BR, years=(2024, 2025))
all25 = mps_by_borough(mm=cal(2025))
br_rate = 1000 * br_all[2025] / gla_pop(BR, 2025)
lon_rate25 = 1000 * mps(mm=cal(2025)) / london32_pop(2025)
add("a1_brent_local_2025.txt", "2026-03-18", [
    ("Crime in Brent reaches its highest level on record", [
        E("highest level on record", T(br_all[2025] == max(br_all.values())), "record",
          f"Brent all crime by calendar year (NFIB fraud excluded) {ser(br_all)}; the series starts April 2010", "true")]),
    ("By our crime correspondent", []),
    ("Police recorded 32,890 offences in Brent in 2025, up from 32,584 the year before, according to the latest "
     "Metropolitan Police figures.", [
        E("32,890 offences", T(br_all[2025] == 32890 and br_all[2024] == 32584), "count",
          f"Brent 2025 {br_all[2025]}, 2024 {br_all[2024]}", "true")]),
    ("It is the fourth year in a row that the total has gone up.", [
        E("fourth year in a row", T(rises_in_a_row(br_all, 2025) == 4), "streak",
          f"rises 2022, 2023, 2024, 2025 after 2021 ({br_all[2021]}): {rises_in_a_row(br_all, 2025)} in a row", "true")]),
    ("Robberies climbed by around 9% to 1,234, the most since 2019.", [
        E("climbed by around 9%", T(pct_is(9, br_rob[2025], br_rob[2024])), "change",
          f"Brent robbery {br_rob[2025]} vs {br_rob[2024]} = {pct(br_rob[2025], br_rob[2024]):+.1f}%", "true"),
        E("the most since 2019", T(last_higher(br_rob, 2025) == 2019), "record",
          f"Brent robbery by year {ser(br_rob)}: the last higher year is {last_higher(br_rob, 2025)}", "true")]),
    ("Break-ins at people's homes, on the other hand, fell by more than a fifth.", [
        E("fell by more than a fifth", T(pct(br_home[2025], br_home[2024]) < -20), "change",
          f"Brent residential burglary of a home {br_home[2025]} vs {br_home[2024]} = "
          f"{pct(br_home[2025], br_home[2024]):+.1f}%", "true")]),
    ("Car crime was also down by about a fifth, to just over 3,000 offences.", [
        E("down by about a fifth", T(pct_is(-20, br_veh[2025], br_veh[2024], 1.5) and 3000 < br_veh[2025] < 3100), "change",
          f"Brent vehicle offences {br_veh[2025]} vs {br_veh[2024]} = {pct(br_veh[2025], br_veh[2024]):+.1f}%", "true")]),
    ("Drug offences almost doubled, to 2,838.", [
        E("almost doubled", F(br_drug[2025] >= 1.8 * br_drug[2024]), "change",
          f"Brent drug offences {br_drug[2025]} vs {br_drug[2024]} = {pct(br_drug[2025], br_drug[2024]):+.1f}% "
          "(up about three-fifths, not almost double; the 2,838 figure itself is right)", "false")]),
    ("Reported rapes rose to 334, the highest figure on record.", [
        E("the highest figure on record", T(br_rape[2025] == max(br_rape.values()) == 334), "record",
          f"Brent rape by year {ser(br_rape)}", "true")]),
    ("Violent attacks that left the victim injured went down for the second year running.", [
        E("second year running", T(falls_in_a_row(br_vwi, 2025) == 2), "streak",
          f"Brent violence with injury {ser(br_vwi)}: falls in 2024 and 2025 after 2023", "true")]),
    ("Shoplifting rose again, to more than 3,100 offences.", [
        E("Shoplifting rose again", F(br_shop[2025] > br_shop[2024]), "direction",
          f"Brent shoplifting {br_shop[2025]} vs {br_shop[2024]} ({pct(br_shop[2025], br_shop[2024]):+.1f}%): it fell", "false")]),
    ("At 92 offences for every 1,000 residents, Brent's crime rate is still below the London average.", [
        E("92 offences for every 1,000 residents", T(near(92, br_rate, 0.01)), "rate",
          f"Brent 2025 {br_all[2025]} / GLA population {gla_pop(BR, 2025)} = {br_rate:.1f} per 1,000", "true"),
        E("below the London average", T(br_rate < lon_rate25), "compare",
          f"Brent {br_rate:.1f} vs London (32 boroughs) {lon_rate25:.1f} per 1,000", "true")]),
    ("Brent recorded the seventh highest number of crimes of London's 32 boroughs.", [
        E("seventh highest", F(rank_of(BR, all25) == 7), "rank",
          f"Brent ranks {rank_of(BR, all25)} by 2025 total ({all25[BR]}); seventh is Croydon ({all25['Croydon']}): "
          f"{sorted(all25.items(), key=lambda x: -x[1])[5:9]}", "false")]),
    ("Only one shoplifting case in ten ends with someone being charged, local traders say.", [
        NV("one shoplifting case in ten", "charges per offence by borough are not in the open data (an outcome claim)")]),
    ("The borough has lost 80 neighbourhood officers since 2020.", [
        NV("lost 80 neighbourhood officers", "officer numbers are not in the data")]),
    ("Opposition councillor Dev Raval said the figures proved the Met had \"simply given up on Brent\".", [
        OP("simply given up on Brent")]),
])

# ====================================================================== a2 tabloid: London, calendar 2025
rob = yearly(major="ROBBERY")
prob = yearly(minor="ROBBERY OF PERSONAL PROPERTY")
tfp = yearly(minor="THEFT FROM THE PERSON")
shop = yearly(minor="SHOPLIFTING")
allL = yearly()
hom = yearly(minor="HOMICIDE")
W = "Westminster"
w_tfp25 = mps(minor="THEFT FROM THE PERSON", borough=W, mm=cal(2025))
w_shop = yearly(minor="SHOPLIFTING", borough=W, years=(2024, 2025))
mins_per_rob = 365 * 24 * 60 / rob[2025]
add("a2_tabloid_london_2025.txt", "2026-03-02", [
    ("CRIME CAPITAL: a robbery every 16 minutes in London", [
        E("a robbery every 16 minutes", T(round(mins_per_rob) == 16), "rate",
          f"London robbery 2025 {rob[2025]}: one every {mins_per_rob:.1f} minutes", "true")]),
    ("Thieves snatched phones, bags and wallets from Londoners 85,465 times last year, shock figures reveal.", [
        E("85,465 times", T(tfp[2025] == 85465), "count", f"London theft from the person 2025 = {tfp[2025]}", "true")]),
    ("That is down from 101,053 in 2024 but still more than double the 2021 figure.", [
        E("more than double the 2021 figure", T(tfp[2025] > 2 * tfp[2021]), "compare",
          f"theft from the person 2025 {tfp[2025]} vs 2021 {tfp[2021]} = {tfp[2025] / tfp[2021]:.2f}x", "true")]),
    ("Westminster alone accounted for almost three in ten of them.", [
        E("almost three in ten", T(27 <= 100 * w_tfp25 / tfp[2025] < 30), "share",
          f"Westminster theft from the person 2025 {w_tfp25} of {tfp[2025]} = {100 * w_tfp25 / tfp[2025]:.1f}%", "true")]),
    ("Shoplifting hit a new high of 88,247 offences.", [
        E("a new high", T(shop[2025] == max(shop.values()) == 88247), "record", f"London shoplifting {ser(shop)}", "true")]),
    ("In the West End's home borough of Westminster, shop thefts soared by a fifth.", [
        E("soared by a fifth", T(pct_is(20, w_shop[2025], w_shop[2024], 1.0)), "change",
          f"Westminster shoplifting {w_shop[2025]} vs {w_shop[2024]} = {pct(w_shop[2025], w_shop[2024]):+.1f}%", "true")]),
    ("Muggings fell to 23,857 - but that is still the highest figure since 2021.", [
        E("23,857", T(prob[2025] == 23857), "count", f"robbery of personal property 2025 = {prob[2025]}", "true"),
        E("the highest figure since 2021", F(last_higher(prob, 2025) == 2021), "record",
          f"personal robbery {ser(prob)}: 2025 is below 2024 and 2023 and 2022, so it is the LOWEST since 2021, not the "
          "highest", "false")]),
    ("And overall crime in the capital went up yet again.", [
        E("went up yet again", F(allL[2025] > allL[2024]), "direction",
          f"London all crime 2025 {allL[2025]} vs 2024 {allL[2024]} ({pct(allL[2025], allL[2024]):+.1f}%): it fell", "false")]),
    ("The only good news: killings dropped to 96, the fewest on record.", [
        E("the fewest on record", F(hom[2025] == min(hom.values())), "record",
          f"London homicide offences {ser(hom)}: 2014 ({hom[2014]}) was lower than 2025 ({hom[2025]})", "false")]),
    ("Campaigners say only 3% of stolen phones are ever returned to their owners.", [
        NV("only 3% of stolen phones", "recovery of stolen property is not in the data")]),
    ("Sadiq Khan has turned London into a free-for-all for thieves.", [OP("a free-for-all for thieves")]),
])

# ====================================================================== a3 broadsheet: London homicide victims, 2003-2022
vy = {y: v for y, v in victims_years().items() if y <= 2022}
vk = victims_years(Method_of_Killing="Knife or Sharp Implement")
vs = victims_years(Method_of_Killing="Shooting")
vyng = {y: v for y, v in victims_years(Age_Group="Adolescent/Young Adult").items() if y <= 2022}
vf = victims_years(Sex="Female")
vda = victims_years(Domestic_Abuse="Domestic Abuse")
vun = victims_years(Solved_Status="Unsolved")
ny = {y: nyc(y) for y in (2016, 2017, 2018)}
ew21, us21, de21, fr21 = owid("England and Wales", 2021), owid("United States", 2021), owid("Germany", 2021), owid("France", 2021)
add("a3_broadsheet_homicide_2022.txt", "2023-05-10", [
    ("The long decline, the sharp rise and the fall: twenty years of murder in London", []),
    ("Last year 106 people were killed in London, down from 131 in 2021, according to the Met's homicide victims data.", [
        E("106 people were killed", T(vy[2022] == 106 and vy[2021] == 131), "count",
          f"Met homicide victims 2022 {vy[2022]}, 2021 {vy[2021]} (offences in the borough series differ)", "true")]),
    ("That is a fall of almost a fifth.", [
        E("a fall of almost a fifth", T(-20 < pct(vy[2022], vy[2021]) <= -17), "change",
          f"{vy[2022]} vs {vy[2021]} = {pct(vy[2022], vy[2021]):+.1f}%", "true")]),
    ("Knives or other sharp instruments were used in 70 of the killings, about two in three.", [
        E("about two in three", T(vk[2022] == 70 and near(2 / 3, vk[2022] / vy[2022], 0.03)), "share",
          f"{vk[2022]}/{vy[2022]} = {100 * vk[2022] / vy[2022]:.1f}%", "true")]),
    ("The deadliest year in the series was 2003, when 210 people died.", [
        E("The deadliest year in the series was 2003", T(max(vy, key=vy.get) == 2003 and vy[2003] == 210), "record",
          f"victims by year {ser(vy)}", "true")]),
    ("Killings then fell for most of a decade, reaching a low of 84 in 2014, before rising to a peak of 150 in 2019.", [
        E("a low of 84 in 2014", T(min(vy.values()) == vy[2014] == 84), "record", f"victims by year {ser(vy)}", "true"),
        E("a peak of 150 in 2019", T(vy[2019] == 150 and vy[2019] == max(v for y, v in vy.items() if y >= 2010)), "turn",
          f"victims: 2019 ({vy[2019]}) is the highest year since 2007 ({vy[2007]}) and every later year is lower: {ser(vy)}", "true")]),
    ("Gun deaths have become rarer: 10 people were shot dead in 2022, against 28 in 2003.", [
        E("10 people were shot dead in 2022", T(vs[2022] == 10 and vs[2003] == 28), "count",
          f"victims killed by shooting 2022 {vs[2022]}, 2003 {vs[2003]}", "true")]),
    ("The number of adolescent and young adult victims fell to 29, the lowest on record.", [
        E("the lowest on record", F(vyng[2022] == 29 and vyng[2022] == min(vyng.values())), "record",
          f"Adolescent/Young Adult victims {ser(vyng)}: 2012 and 2013 ({vyng[2012]}, {vyng[2013]}) were lower; it is the "
          "lowest since 2013", "false")]),
    ("Women made up just over a quarter of those killed.", [
        E("just over a quarter", T(25 < 100 * vf[2022] / vy[2022] < 28), "share",
          f"female victims 2022 {vf[2022]}/{vy[2022]} = {100 * vf[2022] / vy[2022]:.1f}%", "true")]),
    ("But 21 of last year's killings are still recorded as unsolved, the most since 2019.", [
        E("the most since 2019", T(vun[2022] == 21 and last_higher(vun, 2022) == 2019), "record",
          f"unsolved victims by year {ser({y: vun[y] for y in vy})}", "true")]),
    ("New York, a city of similar size, recorded 297 murders in 2018, more than twice London's total that year.", [
        E("more than twice London's total", T(ny[2018] == 297 and ny[2018] > 2 * vy[2018]), "compare",
          f"NYC homicides 2018 {ny[2018]} vs London victims 2018 {vy[2018]} = {ny[2018] / vy[2018]:.2f}x", "true")]),
    ("New York's toll was also lower in 2016 than in 2018.", [
        E("lower in 2016 than in 2018", F(ny[2016] < ny[2018]), "compare",
          f"NYC homicides 2016 {ny[2016]}, 2018 {ny[2018]}: 2016 was higher", "false")]),
    ("England and Wales's homicide rate, 1.15 per 100,000 people in 2021, was less than a fifth of the US rate.", [
        E("less than a fifth of the US rate", T(ew21 < us21 / 5 and round(ew21, 2) == 1.15), "compare",
          f"OWID/UNODC 2021: England and Wales {ew21:.2f}, United States {us21:.2f} (ratio {ew21 / us21:.2f})", "true")]),
    ("It was also below Germany's.", [
        E("below Germany's", F(ew21 < de21), "compare", f"2021: England and Wales {ew21:.2f} vs Germany {de21:.2f}", "false")]),
    ("Most victims knew their killer, detectives say.", [
        NV("Most victims knew their killer", "the victim-suspect relationship is not in the data (only a domestic abuse flag)")]),
    ("The long-run picture should reassure Londoners more than it alarms them.", [OP("should reassure Londoners")]),
])

# ====================================================================== a4 council press release: Waltham Forest, 12 months to Jan 2026
WF = "Waltham Forest"


def wf(**kw):
    return mps(borough=WF, mm=r12(2026, 1), **kw), mps(borough=WF, mm=r12(2025, 1), **kw)


wf_all, wf_burg, wf_veh, wf_rob = wf(), wf(major="BURGLARY"), wf(major="VEHICLE OFFENCES"), wf(major="ROBBERY")
wf_vap, wf_shop, wf_sex, wf_drug = wf(major="VIOLENCE AGAINST THE PERSON"), wf(minor="SHOPLIFTING"), wf(major="SEXUAL OFFENCES"), wf(major="DRUG OFFENCES")
wf_knife = dash(borough=WF, mm=r12(2026, 1)), dash(borough=WF, mm=r12(2025, 1))
add("a4_waltham_forest_council.txt", "2026-02-26", [
    ("PRESS RELEASE: Crime falls across Waltham Forest", []),
    ("Crime in Waltham Forest fell by 6.8% in the 12 months to January, to 23,618 offences, new figures show.", [
        E("fell by 6.8%", T(round(pct(*wf_all), 1) == -6.8), "change",
          f"12 months to Jan 2026 {wf_all[0]} vs to Jan 2025 {wf_all[1]} = {pct(*wf_all):+.2f}%", "true"),
        E("23,618 offences", T(wf_all[0] == 23618), "count", f"{wf_all[0]}", "true")]),
    ("Burglary is down 16%, robbery is down by a fifth and vehicle crime has fallen by 30%.", [
        E("Burglary is down 16%", T(pct_is(-16, *wf_burg)), "change", f"burglary {wf_burg} = {pct(*wf_burg):+.1f}%", "true"),
        E("robbery is down by a fifth", F(pct_is(-20, *wf_rob, 2.0)), "change",
          f"robbery {wf_rob} = {pct(*wf_rob):+.1f}% (about a seventh, not a fifth)", "false"),
        E("vehicle crime has fallen by 30%", T(pct_is(-30, *wf_veh)), "change", f"vehicle offences {wf_veh} = {pct(*wf_veh):+.1f}%", "true")]),
    ("Knife crime fell from 500 offences to 414.", [
        E("from 500 offences to 414", T(wf_knife == (414, 500)), "change",
          f"MPS dashboard knife crime offences, Waltham Forest: {wf_knife[0]} vs {wf_knife[1]}", "true")]),
    ("Shoplifting is down as well, thanks to our work with local retailers.", [
        E("Shoplifting is down as well", F(wf_shop[0] < wf_shop[1]), "direction",
          f"shoplifting {wf_shop[0]} vs {wf_shop[1]} = {pct(*wf_shop):+.1f}%: it rose", "false")]),
    ("Violence against the person rose slightly, by 3%, and sexual offences were unchanged.", [
        E("by 3%", T(pct_is(3, *wf_vap)), "change", f"VAP {wf_vap} = {pct(*wf_vap):+.1f}%", "true"),
        E("sexual offences were unchanged", F(abs(pct(*wf_sex)) < 1), "equal",
          f"sexual offences {wf_sex} = {pct(*wf_sex):+.1f}%", "false")]),
    ("Our CCTV control room helped police solve 312 crimes last year.", [NV("solve 312 crimes", "CCTV-assisted detections are not in the data")]),
    ("Nine in ten residents tell us they feel safe in their neighbourhood during the day.", [
        NV("Nine in ten residents", "a residents' survey; not in the data")]),
    ("Cllr Grace Williams said: \"Waltham Forest is a great and safe place to live, work and raise a family.\"", [
        OP("a great and safe place to live")]),
])

# ====================================================================== a5 MP's speech: Merseyside, Jan-Nov 2022 (police.uk)
JN = months(2022, 1, 2022, 11)
mer = {k: force_street("merseyside", JN, k) for k in ("Violence and sexual offences", "Burglary", "Robbery", "Drugs",
                                                      "Shoplifting", "Public order", "Criminal damage and arson")}
sy = {k: force_street("south-yorkshire", JN, k) for k in mer}
sw_shop = force_street("south-wales", JN, "Shoplifting")
mer_crimes = force_street("merseyside", JN, crime_only=True)
mer_month = {m: force_street("merseyside", [m]) for m in JN}
days = 334
add("a5_mp_speech_merseyside_2022.txt", "2023-01-26", [
    ("Mr Speaker, between January and November last year Merseyside Police recorded 157,694 crimes.", [
        E("157,694 crimes", T(mer_crimes == 157694), "count",
          f"Merseyside street files Jan-Nov 2022 without anti-social behaviour = {mer_crimes} "
          f"({force_street('merseyside', JN)} rows with ASB)", "true")]),
    ("More than four in ten of them were violent or sexual offences.", [
        E("More than four in ten", T(40 < 100 * mer["Violence and sexual offences"] / mer_crimes < 50), "share",
          f"violence and sexual offences {mer['Violence and sexual offences']}/{mer_crimes} = "
          f"{100 * mer['Violence and sexual offences'] / mer_crimes:.1f}%", "true")]),
    ("Now, South Yorkshire Police, a force of much the same size, had roughly twice as many burglaries as we did.", [
        E("roughly twice as many burglaries", T(1.85 <= sy["Burglary"] / mer["Burglary"] <= 2.15), "compare",
          f"burglary South Yorkshire {sy['Burglary']} vs Merseyside {mer['Burglary']} = {sy['Burglary'] / mer['Burglary']:.2f}x", "true")]),
    ("But our drug offences, 11,471 of them, were more than three times South Yorkshire's.", [
        E("more than three times South Yorkshire's", T(mer["Drugs"] == 11471 and mer["Drugs"] > 3 * sy["Drugs"]), "compare",
          f"drugs Merseyside {mer['Drugs']} vs South Yorkshire {sy['Drugs']} = {mer['Drugs'] / sy['Drugs']:.2f}x", "true")]),
    ("There were 1,132 robberies, fewer than three every single day.", [
        E("fewer than three every single day", F(mer["Robbery"] / days < 3), "rate",
          f"Merseyside robbery {mer['Robbery']} in {days} days = {mer['Robbery'] / days:.2f} a day (more than three)", "false")]),
    ("Shops in Merseyside suffered fewer thefts than those policed by South Wales Police.", [
        E("fewer thefts than those policed by South Wales Police", T(mer["Shoplifting"] < sw_shop), "compare",
          f"shoplifting Merseyside {mer['Shoplifting']} vs South Wales {sw_shop}", "true")]),
    ("Public order offences outnumbered criminal damage by three to one.", [
        E("outnumbered criminal damage by three to one",
          F(near(3, mer["Public order"] / mer["Criminal damage and arson"], 0.1)), "compare",
          f"public order {mer['Public order']} vs criminal damage and arson {mer['Criminal damage and arson']} = "
          f"{mer['Public order'] / mer['Criminal damage and arson']:.2f} to one", "false")]),
    ("May was the force's busiest month of those eleven, with 17,200 crimes and incidents of anti-social behaviour.", [
        E("May was the force's busiest month", T(max(mer_month, key=mer_month.get) == "202205" and mer_month["202205"] == 17200
                                                 and max(JN, key=lambda m: force_street("merseyside", [m], crime_only=True)) == "202205"),
          "turn", f"Merseyside rows (with ASB) by month {ser(mer_month)}; without ASB May is also the busiest "
          f"({force_street('merseyside', ['202205'], crime_only=True)})", "true")]),
    ("Knife crime on Merseyside has doubled since I was elected.", [
        NV("Knife crime on Merseyside has doubled", "police.uk street files have no knife flag; the ONS knife series "
           "ends 2019/20, before the term in question")]),
    ("We have lost 1,100 police officers since 2010.", [NV("lost 1,100 police officers", "officer numbers are not in the data")]),
    ("This Government has abandoned the people of Merseyside.", [OP("abandoned the people of Merseyside")]),
])

# ====================================================================== a6 police statement: Cumbria, Jan-Nov 2022
cu = {k: force_street("cumbria", JN, k) for k in ("Violence and sexual offences", "Theft from the person", "Robbery",
                                                  "Burglary", "Anti-social behaviour", "Public order", "Vehicle crime")}
cu_crimes = force_street("cumbria", JN, crime_only=True)
cu_month = {m: force_street("cumbria", [m]) for m in JN}
cu_cr = {m: force_street("cumbria", [m], crime_only=True) for m in JN}
dp_burg, dp_veh = force_street("dyfed-powys", JN, "Burglary"), force_street("dyfed-powys", JN, "Vehicle crime")
from collections import Counter  # noqa: E402

from truth9 import _force_month  # noqa: E402

cu_types = Counter()
for m in JN:
    cu_types += _force_month("cumbria", m)
cu_types.pop("Anti-social behaviour")
cu_rank_shop = 1 + sum(1 for v in cu_types.values() if v > cu_types["Shoplifting"])
add("a6_cumbria_police_statement.txt", "2023-01-27", [
    ("Statement from Cumbria Constabulary on crime in 2022", []),
    ("Between January and November 2022, Cumbria Constabulary recorded 36,186 crimes.", [
        E("36,186 crimes", T(cu_crimes == 36186), "count", f"Cumbria Jan-Nov 2022 without ASB = {cu_crimes}", "true")]),
    ("Violence and sexual offences account for almost half of them.", [
        E("almost half", T(45 <= 100 * cu["Violence and sexual offences"] / cu_crimes < 50), "share",
          f"{cu['Violence and sexual offences']}/{cu_crimes} = {100 * cu['Violence and sexual offences'] / cu_crimes:.1f}%", "true")]),
    ("Our busiest month in that period was July, with 3,973 crimes and anti-social behaviour incidents reported, and February was the "
     "quietest.", [
        E("Our busiest month in that period was July", T(max(cu_month, key=cu_month.get) == "202207" and cu_month["202207"] == 3973
                                                  and max(cu_cr, key=cu_cr.get) == "202207"), "turn",
          f"Cumbria rows (with ASB) by month {ser(cu_month)}; without ASB July is also the busiest and February the quietest", "true"),
        E("February was the quietest", T(min(cu_month, key=cu_month.get) == "202202" and min(cu_cr, key=cu_cr.get) == "202202"), "record",
          f"February {cu_month['202202']} is the lowest month", "true")]),
    ("Robbery remains rare in our county, at 141 offences in eleven months, fewer than one every two days.", [
        E("fewer than one every two days", T(cu["Robbery"] == 141 and cu["Robbery"] / days < 0.5), "rate",
          f"Cumbria robbery {cu['Robbery']} / {days} days = {cu['Robbery'] / days:.2f} a day", "true")]),
    ("There were just 69 thefts from the person across the whole of Cumbria.", [
        E("69 thefts from the person", F(cu["Theft from the person"] == 69), "count",
          f"Cumbria theft from the person Jan-Nov 2022 = {cu['Theft from the person']}, not 69", "false")]),
    ("Our 1,522 burglaries are fewer than in Dyfed-Powys, another largely rural force.", [
        E("fewer than in Dyfed-Powys", F(cu["Burglary"] < dp_burg), "compare",
          f"burglary Cumbria {cu['Burglary']} vs Dyfed-Powys {dp_burg}: Cumbria had more", "false")]),
    ("Shoplifting, at 1,850 offences, was the third most common crime in the county.", [
        E("the third most common crime", F(cu_rank_shop == 3), "rank",
          f"Cumbria crime types without ASB {dict(cu_types.most_common())}: shoplifting ranks {cu_rank_shop}", "false")]),
    ("Anti-social behaviour incidents, at 4,542, narrowly outnumbered public order offences.", [
        E("narrowly outnumbered public order offences", T(cu["Anti-social behaviour"] == 4542 and 0 < cu["Anti-social behaviour"] - cu["Public order"] < 200),
          "compare", f"ASB {cu['Anti-social behaviour']} vs public order {cu['Public order']}", "true")]),
    ("On average we reached emergency calls in under 12 minutes.", [NV("under 12 minutes", "response times are not in the data")]),
    ("Officers made more than 5,000 arrests over the same period.", [NV("more than 5,000 arrests", "arrests by force are not in these files")]),
    ("Cumbria remains one of the safest places in the country to live, work and visit.", [OP("one of the safest places in the country")]),
])

# ====================================================================== a7 cycling blog: bicycle theft in London, 2025
bk = yearly(minor="BICYCLE THEFT")
bk32 = {y: sum(mps_by_borough(minor="BICYCLE THEFT", mm=cal(y)).values()) for y in range(2011, 2026)}
bk25 = mps_by_borough(minor="BICYCLE THEFT", mm=cal(2025))
hk = yearly(minor="BICYCLE THEFT", borough="Hackney")
cam = yearly(minor="BICYCLE THEFT", borough="Camden")
swk = yearly(minor="BICYCLE THEFT", borough="Southwark")
wst = yearly(minor="BICYCLE THEFT", borough="Westminster")
add("a7_cycling_blog_bike_theft.txt", "2026-03-14", [
    ("Bike theft in London: the 2025 numbers", []),
    ("Hackney once again topped the table for stolen bikes, with 1,255 thefts in 2025.", [
        E("topped the table for stolen bikes", T(rank_of("Hackney", bk25) == 1 and bk25["Hackney"] == 1255), "rank",
          f"bicycle theft 2025 by borough, top: {sorted(bk25.items(), key=lambda x: -x[1])[:3]}", "true")]),
    ("That's a 14% drop on 2024, when 1,456 bikes went missing.", [
        E("a 14% drop", T(pct_is(-14, hk[2025], hk[2024])), "change", f"Hackney {hk[2025]} vs {hk[2024]} = {pct(hk[2025], hk[2024]):+.1f}%", "true")]),
    ("Across London 14,235 bikes were reported stolen, the lowest figure since the Met's records began.", [
        E("the lowest figure since the Met's records began", T(bk[2025] == min(bk.values()) == 14235), "record",
          f"London bicycle theft {ser(bk)}", "true")]),
    ("The peak was 2020, the year of the lockdown cycling boom.", [
        E("The peak was 2020", T(max(bk, key=bk.get) == 2020 and max(bk32, key=bk32.get) == 2020), "turn",
          f"London bicycle theft {ser(bk)} (32 boroughs only: 2020 {bk32[2020]}, also the peak)", "true")]),
    ("Camden bucked the trend, with more thefts than the year before.", [
        E("more thefts than the year before", T(cam[2025] > cam[2024]), "direction", f"Camden {cam[2025]} vs {cam[2024]}", "true")]),
    ("Islington saw fewer bike thefts than Lambeth.", [
        E("fewer bike thefts than Lambeth", T(bk25["Islington"] < bk25["Lambeth"]), "compare",
          f"Islington {bk25['Islington']} vs Lambeth {bk25['Lambeth']}", "true")]),
    ("Southwark has now seen bike theft fall for five years in a row.", [
        E("fall for five years in a row", F(falls_in_a_row(swk, 2025) >= 5), "streak",
          f"Southwark {ser(swk)}: it rose in 2024, so 2025 is {falls_in_a_row(swk, 2025)} fall(s) in a row", "false")]),
    ("Westminster dipped below 1,000 stolen bikes for the first time.", [
        E("below 1,000 stolen bikes for the first time", T(wst[2025] < 1000 and all(v >= 1000 for y, v in wst.items() if y < 2025)),
          "record", f"Westminster {ser(wst)}", "true")]),
    ("Fewer than one in fifty stolen bikes ever finds its way back to its owner.", [
        NV("Fewer than one in fifty stolen bikes", "recovery of stolen bikes is not in the data")]),
    ("E-bike thefts, meanwhile, have tripled since 2022.", [NV("E-bike thefts", "no e-bike series in the data")]),
    ("Frankly, the Met does not take bike theft seriously.", [OP("does not take bike theft seriously")]),
])

# ====================================================================== a8 social thread: Croydon knife crime, FY 2024/25
CR = "Croydon"
cr_k = {y: dash(borough=CR, mm=fy(y)) for y in (2023, 2024, 2025)}
cr_ki = {y: dash("Knife Crime with Injury", borough=CR, mm=fy(y)) for y in (2024, 2025)}
cr_kv = {y: dash("Knife Injury Victims (1-24)", borough=CR, mm=fy(y)) for y in (2024, 2025)}
kb25 = {b: v for b, v in knife_boroughs(fy(2025)).items() if b in BOROUGHS32}
kb24 = {b: v for b, v in knife_boroughs(fy(2024)).items() if b in BOROUGHS32}
lk = {y: dash(mm=fy(y)) for y in (2023, 2024, 2025)}
lk32 = {y: sum(v for b, v in knife_boroughs(fy(y)).items() if b in BOROUGHS32) for y in (2023, 2024, 2025)}
cr_rob = fyearly(major="ROBBERY", borough=CR, ends=(2024, 2025))
cr_weap = fyearly(major="POSSESSION OF WEAPONS", borough=CR)
add("a8_social_croydon_knife.txt", "2025-05-03", [
    ("Thread on knife crime in Croydon, with the Met's own numbers (1/6)", []),
    ("748 knife crime offences in Croydon in 2024/25. Down 14% on the year before.", [
        E("748 knife crime offences", T(cr_k[2025] == 748), "count", f"MPS dashboard knife crime, Croydon FY 2024/25 = {cr_k[2025]}", "true"),
        E("Down 14%", T(pct_is(-14, cr_k[2025], cr_k[2024])), "change", f"{cr_k[2025]} vs {cr_k[2024]} = {pct(cr_k[2025], cr_k[2024]):+.1f}%", "true")]),
    ("Croydon was the worst borough in London for knife crime. Again.", [
        E("the worst borough in London for knife crime", F(rank_of(CR, kb25) == 1), "rank",
          f"FY 2024/25 knife crime by borough, top: {sorted(kb25.items(), key=lambda x: -x[1])[:5]}; Croydon ranks {rank_of(CR, kb25)}", "false")]),
    ("The year before, only Westminster had more.", [
        E("only Westminster had more", T(rank_of(CR, kb24) == 2 and max(kb24, key=kb24.get) == "Westminster"), "rank",
          f"FY 2023/24: {sorted(kb24.items(), key=lambda x: -x[1])[:3]}", "true")]),
    ("Knife injuries in Croydon barely moved, 196 against 203.", [
        E("196 against 203", T(cr_ki[2025] == 196 and cr_ki[2024] == 203), "change",
          f"knife crime with injury, Croydon FY 2024/25 {cr_ki[2025]}, 2023/24 {cr_ki[2024]}", "true")]),
    ("Young victims of knife injuries (under 25s) fell from 91 to 78.", [
        E("fell from 91 to 78", T(cr_kv[2024] == 91 and cr_kv[2025] == 78), "change",
          f"knife injury victims aged 1-24, Croydon FY {cr_kv[2024]} -> {cr_kv[2025]}", "true")]),
    ("Meanwhile knife crime across London went up for the second year running, to more than 15,000.", [
        E("went up for the second year running", T(lk[2025] > lk[2024] > lk[2023] and lk32[2025] > lk32[2024] > lk32[2023]), "streak",
          f"London knife crime FY 2022/23 {lk[2023]}, 2023/24 {lk[2024]}, 2024/25 {lk[2025]} (32 boroughs only: {lk32})", "true")]),
    ("Weapon possession offences fell to 273, the lowest in ten years.", [
        E("the lowest in ten years", F(last_lower(cr_weap, 2025) is None or last_lower(cr_weap, 2025) <= 2015), "record",
          f"Croydon possession of weapons by FY (keyed by end year) {ser(cr_weap)}: FY 2015/16 ({cr_weap[2016]}) was lower "
          "and lies inside the ten-year window, so it is the lowest since 2015/16, not the lowest in ten years", "false")]),
    ("My son says half the kids at his school carry a blade.", [NV("half the kids at his school", "a survey-like claim the data cannot check")]),
    ("Croydon has been let down by every politician going.", [OP("let down by every politician going")]),
])

# ====================================================================== a9 fact box: knife crime in England (ONS series to 2019/20)
# The compiled ONS series labels each year by its compiler (as in set8, label 2020 is read as FY 2019/20). The fact box
# is worded on "the latest year" and on comparisons that hold whichever way the labels are read (see the notes).
mk = {y: ons_knife("Metropolitan Police", y) for y in range(2009, 2021)}
eng = {y: ons_knife_region("England", y) for y in range(2009, 2021)}
lon = {y: ons_knife_region("London", y) for y in (2019, 2020)}
gm19, wm19 = ons_knife("Greater Manchester", 2019), ons_knife("West Midlands", 2019)
mer_k = {y: ons_knife("Merseyside", y) for y in (2014, 2015, 2019, 2020)}


def k100(force, y):
    import csv as _csv
    with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_100k.csv") as fh:
        for r in _csv.DictReader(fh):
            if int(r["year"]) == y:
                return float(r[force])


from truth9 import D  # noqa: E402

met_r, cum_r = k100("Metropolitan Police", 2020), k100("Cumbria", 2020)
add("a9_factbox_knife_crime.txt", "2020-06-20", [
    ("FACT BOX: Knife crime in numbers", []),
    ("In the latest year's figures the Met recorded 15,897 offences involving a knife or sharp instrument, the most in at "
     "least a decade.", [
        E("15,897 offences", T(mk[2020] == 15897), "count",
          f"ONS series, Metropolitan Police, latest year (label 2020, read as FY 2019/20) = {mk[2020]}", "true"),
        E("the most in at least a decade", T(mk[2020] == max(mk.values())), "record", f"Met by label year {ser(mk)}", "true")]),
    ("That was 7% more than the year before.", [
        E("7% more", T(pct_is(7, mk[2020], mk[2019])), "change", f"{mk[2020]} vs {mk[2019]} = {pct(mk[2020], mk[2019]):+.1f}%", "true")]),
    ("London accounted for about a third of all knife offences in England.", [
        E("about a third", T(all(32 <= 100 * lon[y] / eng[y] <= 36 for y in (2019, 2020))), "share",
          f"London region / England: label 2020 {lon[2020]}/{eng[2020]} = {100 * lon[2020] / eng[2020]:.1f}% "
          f"(label 2019: {100 * lon[2019] / eng[2019]:.1f}%)", "true")]),
    ("Even so, knife crime in the capital was still lower than it had been in 2011/12.", [
        E("still lower than it had been in 2011/12", F(mk[2020] < mk[2012] or mk[2020] < mk[2011]), "compare",
          f"Met latest {mk[2020]} vs label 2012 {mk[2012]} (label 2011 {mk[2011]}): higher on either reading", "false")]),
    ("Across England as a whole, knife crime rose again.", [
        E("knife crime rose again", F(eng[2020] > eng[2019]), "direction",
          f"England latest (label 2020) {eng[2020]} vs the year before {eng[2019]} ({pct(eng[2020], eng[2019]):+.1f}%): it fell slightly", "false")]),
    ("Nationally it bottomed out at about 25,000 offences a year in the mid-2010s.", [
        E("bottomed out at about 25,000", T(min(eng, key=eng.get) in (2014, 2015) and near(25000, eng[2014], 0.02)), "turn",
          f"England by label year {ser(eng)}", "true")]),
    ("The year before, Greater Manchester recorded more knife offences than West Midlands.", [
        E("more knife offences than West Midlands", T(gm19 > wm19), "compare",
          f"label 2019 (the year before the latest; Greater Manchester is blank in label 2020): GM {gm19}, West Midlands {wm19}", "true")]),
    ("London's rate, 179 offences per 100,000 people, was five times Cumbria's.", [
        E("five times Cumbria's", F(near(5, met_r / cum_r, 0.05)), "compare",
          f"per 100,000, latest year: Met {met_r}, Cumbria {cum_r} (ratio {met_r / cum_r:.2f}, not five)", "false")]),
    ("Merseyside's total has more than doubled since 2014/15.", [
        E("more than doubled since 2014/15", T(mer_k[2020] > 2 * mer_k[2015] and mer_k[2019] > 2 * mer_k[2014]), "change",
          f"Merseyside label 2015 {mer_k[2015]} -> latest {mer_k[2020]} ({mer_k[2020] / mer_k[2015]:.2f}x); read one year "
          f"earlier {mer_k[2014]} -> {mer_k[2019]}", "true")]),
    ("Around half of knife offenders are under 25.", [NV("Around half of knife offenders", "offender ages are not in the knife series")]),
    ("Stop and search is the only tactic that has ever worked.", [OP("the only tactic that has ever worked")]),
])

# ====================================================================== a10 residents' newsletter: Bromley, winter 2025/26
BM = "Bromley"


def wint(y):
    return months(y - 1, 12, y, 2)


def bm(mm, **kw):
    return mps(borough=BM, mm=mm, **kw)


HOME = dict(minor="RES BURGLARY OF A HOME")
bh = {y: bm(wint(y), **HOME) for y in (2025, 2026)}
bh_month = {m: bm([m], **HOME) for m in months(2024, 1, 2026, 2)}
b_tfv = bm(["202512"], minor="THEFT FROM A VEHICLE"), bm(["202412"], minor="THEFT FROM A VEHICLE")
b_tov = bm(wint(2026), minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH"), bm(wint(2025), minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
b_shop = bm(wint(2026), minor="SHOPLIFTING"), bm(wint(2025), minor="SHOPLIFTING")
b_rob = bm(["202602"], major="ROBBERY"), bm(["202502"], major="ROBBERY")
b_all = {y: bm(wint(y)) for y in (2024, 2025, 2026)}
add("a10_newsletter_bromley_winter.txt", "2026-03-21", [
    ("Chislehurst & District Residents' Association - Spring Newsletter", []),
    ("Good news on burglary: across Bromley, homes burgled this winter (December to February) fell to 206, from 299 the "
     "winter before.", [
        E("fell to 206, from 299", T(bh[2026] == 206 and bh[2025] == 299), "change",
          f"Bromley residential burglary of a home Dec-Feb 2025/26 {bh[2026]}, 2024/25 {bh[2025]}", "true")]),
    ("That is a drop of almost a third.", [
        E("a drop of almost a third", T(-33.4 < pct(bh[2026], bh[2025]) <= -29), "change",
          f"{pct(bh[2026], bh[2025]):+.1f}%", "true")]),
    ("In January, 78 homes were burgled, exactly the same number as in January 2024.", [
        E("exactly the same number as in January 2024", T(bh_month["202601"] == bh_month["202401"] == 78), "equal",
          f"Jan 2026 {bh_month['202601']}, Jan 2024 {bh_month['202401']}", "true")]),
    ("The worst month of the last two years was December 2024, with 117.", [
        E("The worst month of the last two years was December 2024", T(max(bh_month, key=bh_month.get) == "202412" and bh_month["202412"] == 117),
          "record", f"Bromley home burglary by month {ser(bh_month)}", "true")]),
    ("Thefts from cars in December were down by more than a third on the December before.", [
        E("down by more than a third", T(pct(*b_tfv) < -100 / 3), "change",
          f"theft from a vehicle Dec 2025 {b_tfv[0]} vs Dec 2024 {b_tfv[1]} = {pct(*b_tfv):+.1f}%", "true")]),
    ("Thefts of cars, however, went up this winter.", [
        E("went up this winter", T(b_tov[0] > b_tov[1]), "direction",
          f"theft or taking of a motor vehicle Dec-Feb {b_tov[0]} vs {b_tov[1]}", "true")]),
    ("Robberies, though, doubled in February.", [
        E("doubled in February", F(b_rob[0] >= 1.9 * b_rob[1]), "change",
          f"Bromley robbery Feb 2026 {b_rob[0]} vs Feb 2025 {b_rob[1]} = {pct(*b_rob):+.1f}% (up, but not double)", "false")]),
    ("Overall, it was the busiest winter for crime in the borough for at least three years.", [
        E("the busiest winter", F(b_all[2026] > max(b_all[2024], b_all[2025])), "record",
          f"Bromley all crime Dec-Feb: 2023/24 {b_all[2024]}, 2024/25 {b_all[2025]}, 2025/26 {b_all[2026]}: the quietest of the three", "false")]),
    ("Doorbell cameras helped identify suspects in a third of cases, our ward officers tell us.", [
        NV("in a third of cases", "identification evidence is not in the data")]),
    ("Most burglaries in the area still go unreported.", [NV("Most burglaries in the area still go unreported", "unreported crime is not in the data")]),
    ("Bromley remains a wonderful place to live.", [OP("a wonderful place to live")]),
])

# ====================================================================== one-line claims
Y = (2024, 2025)


def b2(borough, **kw):
    """(2025, 2024) calendar-year counts for a borough."""
    return mps(borough=borough, mm=cal(2025), **kw), mps(borough=borough, mm=cal(2024), **kw)


def chg(label, pair):
    return f"{label} 2025 {pair[0]} vs 2024 {pair[1]} = {pct(*pair):+.1f}%"


N = [0]


def ol(as_of, line, key, allowed, kind, note, cls, slug):
    N[0] += 1
    one(f"o{N[0]:02d}_{slug}.txt", as_of, line, E(key, allowed, kind, note, cls))


def ot(as_of, line, key, flag, kind, note, slug):
    ol(as_of, line, key, T(flag), kind, note, "true", slug)


def of(as_of, line, key, flag, kind, note, slug):
    ol(as_of, line, key, F(flag), kind, note, "false", slug)


def onv(as_of, line, key, note, slug):
    ol(as_of, line, key, {U}, "unverifiable", note, "unverifiable", slug)


def oop(as_of, line, key, slug):
    ol(as_of, line, key, {O}, "opinion", "a judgement with no checkable figure", "opinion", slug)


D26 = "2026-03-16"
p = b2("Barking and Dagenham", minor="SHOPLIFTING")
of(D26, "Shoplifting in Barking and Dagenham halved last year, council leaders said.",
   "halved", pct_is(-50, *p, 3), "change", chg("B&D shoplifting", p) + " (about a third, not half)", "barking_shoplifting")
p = b2("Barnet", minor="RES BURGLARY OF A HOME")
of(D26, "Home burglaries in Barnet went up last year, and residents are right to be worried.",
   "Home burglaries in Barnet went up last year", p[0] > p[1], "direction", chg("Barnet residential burglary of a home", p) + " (fell)", "barnet_burglary")
ot(D26, "Camden recorded more crime last year than any other London borough apart from Westminster.",
   "more crime last year than any other London borough apart from Westminster", rank_of("Camden", all25) == 2, "rank",
   f"2025 totals: {sorted(all25.items(), key=lambda x: -x[1])[:3]}", "camden_rank")
p = b2("Camden", minor="THEFT FROM THE PERSON")
of(D26, "Pickpocketing and phone snatching in Camden rose by a quarter in 2025.", "rose by a quarter", pct(*p) > 0, "change",
   chg("Camden theft from the person", p) + " (fell by about a quarter)", "camden_tfp")
p = b2("Ealing", major="DRUG OFFENCES")
ot(D26, "Drug offences in Ealing rose by two-thirds last year as police stepped up searches.", "rose by two-thirds",
   pct_is(66.7, *p, 1.5), "change", chg("Ealing drug offences", p), "ealing_drugs")
p = b2("Enfield", major="VEHICLE OFFENCES")
of(D26, "Car crime in Enfield fell by 10% last year.", "fell by 10%", pct_is(-10, *p, 1.0), "change",
   chg("Enfield vehicle offences", p) + " (a fifth, not 10%)", "enfield_vehicle")
p = b2("Greenwich")
ot(D26, "Greenwich recorded almost exactly the same number of crimes in 2025 as in 2024.", "almost exactly the same number of crimes",
   abs(pct(*p)) < 0.5, "equal", chg("Greenwich all crime", p), "greenwich_equal")
p = b2("Hammersmith and Fulham", minor="RES BURGLARY OF A HOME")
of(D26, "Burglaries of homes in Hammersmith and Fulham rose by a fifth last year.", "rose by a fifth", pct(*p) > 0, "change",
   chg("H&F residential burglary of a home", p) + " (fell by a fifth)", "hammersmith_burglary")
p = b2("Haringey", minor="SHOPLIFTING")
of(D26, "Shoplifting in Haringey shot up by half in 2025.", "shot up by half", pct_is(50, *p, 3), "change",
   chg("Haringey shoplifting", p) + " (a third, not half)", "haringey_shoplifting")
p = b2("Harrow", minor="RES BURGLARY OF A HOME")
ot(D26, "Harrow bucked the London trend, with home burglaries up 23%.", "up 23%", pct_is(23, *p), "change",
   chg("Harrow residential burglary of a home", p), "harrow_burglary")
p = b2("Hounslow")
of(D26, "Hounslow recorded more crime in 2025 than in 2024.", "more crime in 2025 than in 2024", p[0] > p[1], "compare",
   chg("Hounslow all crime", p) + " (18 fewer offences: a tiny fall, but not more crime)", "hounslow_all")
shop25 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2025))
of(D26, "Kensington and Chelsea recorded more shoplifting than Westminster last year.", "more shoplifting than Westminster",
   shop25["Kensington and Chelsea"] > shop25["Westminster"], "compare",
   f"shoplifting 2025 Kensington and Chelsea {shop25['Kensington and Chelsea']}, Westminster {shop25['Westminster']}", "kensington_shoplifting")
of(D26, "Kingston recorded fewer crimes last year than any other London borough.", "fewer crimes last year than any other London borough",
   rank_of("Kingston upon Thames", all25, desc=False) == 1, "rank",
   f"2025 lowest totals: {sorted(all25.items(), key=lambda x: x[1])[:2]} (Richmond had fewer)", "kingston_rank")
p = b2("Lewisham", major="POSSESSION OF WEAPONS")
of(D26, "Weapon possession offences in Lewisham rose by 54% last year.", "rose by 54%", pct_is(54, *p), "change",
   chg("Lewisham possession of weapons", p) + " (44%, not 54%)", "lewisham_weapons")
p = b2("Merton", major="SEXUAL OFFENCES")
of(D26, "Sexual offences in Merton rose by 30% in 2025.", "rose by 30%", pct_is(30, *p), "change",
   chg("Merton sexual offences", p) + " (about a fifth, not 30%)", "merton_sexual")
p = b2("Newham", minor="RES BURGLARY OF A HOME")
ot(D26, "Home burglary in Newham fell by a quarter last year.", "fell by a quarter", pct_is(-25, *p, 1.0), "change",
   chg("Newham residential burglary of a home", p), "newham_burglary")
rates25 = {b: all25[b] / gla_pop(b, 2025) for b in all25}
ot(D26, "Richmond had the lowest crime rate of any London borough in 2025.", "the lowest crime rate of any London borough",
   min(rates25, key=rates25.get) == "Richmond upon Thames", "rank",
   f"2025 crimes per 1,000 (GLA populations): Richmond {1000 * rates25['Richmond upon Thames']:.1f}, next "
   f"{sorted((1000 * v, b) for b, v in rates25.items())[1]}", "richmond_rate")
rob25 = mps_by_borough(major="ROBBERY", mm=cal(2025))
ot(D26, "Southwark recorded more robberies than Newham last year.", "more robberies than Newham", rob25["Southwark"] > rob25["Newham"],
   "compare", f"robbery 2025 Southwark {rob25['Southwark']}, Newham {rob25['Newham']}", "southwark_robbery")
p = b2("Sutton", minor="ARSON")
ot(D26, "Arson in Sutton more than halved last year.", "more than halved", p[0] < p[1] / 2, "change", chg("Sutton arson", p), "sutton_arson")
p = b2("Tower Hamlets", major="VEHICLE OFFENCES")
of(D26, "Vehicle crime in Tower Hamlets fell by 40% last year.", "fell by 40%", pct_is(-40, *p), "change",
   chg("Tower Hamlets vehicle offences", p) + " (about a quarter, not 40%)", "tower_hamlets_vehicle")
p = b2("Wandsworth")
of(D26, "Crime in Wandsworth fell last year, the borough commander said.", "Crime in Wandsworth fell last year", p[0] < p[1], "direction",
   chg("Wandsworth all crime", p) + " (rose)", "wandsworth_all")
ot(D26, "Westminster recorded more than twice as many crimes as any other borough in 2025.", "more than twice as many crimes as any other borough",
   all25["Westminster"] > 2 * max(v for b, v in all25.items() if b != "Westminster"), "compare",
   f"Westminster {all25['Westminster']} vs Camden {all25['Camden']}", "westminster_twice")

# London-wide, MPS borough series
ot(D26, "London shops suffered more than 240 thefts a day in 2025.", "more than 240 thefts a day", shop[2025] / 365 > 240, "rate",
   f"London shoplifting 2025 {shop[2025]} / 365 = {shop[2025] / 365:.1f} a day", "london_shoplifting_day")
tov = yearly(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
of(D26, "A car was stolen in London every ten minutes last year.", "every ten minutes", round(525600 / tov[2025]) <= 11, "rate",
   f"theft or unauthorised taking of a motor vehicle 2025 {tov[2025]}: one every {525600 / tov[2025]:.1f} minutes, not ten",
   "london_car_theft")
fh = fyearly(minor="RES BURGLARY OF A HOME", ends=(2024, 2025))
fh32 = {y: sum(mps_by_borough(minor="RES BURGLARY OF A HOME", mm=fy(y)).values()) for y in (2024, 2025)}
ot("2025-05-20", "Burglaries of homes in London fell in 2024/25, to fewer than 25,000.", "to fewer than 25,000",
   fh[2025] < min(fh[2024], 25000) and fh32[2025] < min(fh32[2024], 25000), "count",
   f"residential burglary of a home FY 2024/25 {fh[2025]} vs 2023/24 {fh[2024]} = {pct(fh[2025], fh[2024]):+.1f}% "
   f"(32 boroughs only: {fh32[2025]} vs {fh32[2024]})", "london_fy_burglary")
fv = fyearly(major="VIOLENCE AGAINST THE PERSON", ends=(2024, 2025))
of("2025-05-20", "Violence against the person in London rose again in 2024/25.", "rose again", fv[2025] > fv[2024], "direction",
   f"VAP FY 2024/25 {fv[2025]} vs 2023/24 {fv[2024]} ({pct(fv[2025], fv[2024]):+.1f}%): it fell", "london_fy_violence")
of(D26, "Robbery in London is now at its highest level since 2019.", "its highest level since 2019", last_higher(rob, 2025) == 2019,
   "record", f"London robbery {ser(rob)}: 2025 is below 2024, so the latest year is not the highest since 2019 (that was "
   "true of 2024, a year earlier)", "london_robbery_stale")
r = mps(mm=r12(2026, 2)), mps(mm=r12(2025, 2))
r32 = sum(mps_by_borough(mm=r12(2026, 2)).values()), sum(mps_by_borough(mm=r12(2025, 2)).values())
ot("2026-03-25", "In the year to February, the Met recorded fewer than 910,000 crimes, down on the previous twelve months.",
   "fewer than 910,000 crimes", r[0] < 910000 and r[0] < r[1] and r32[0] < 910000 and r32[0] < r32[1], "count",
   f"12 months to Feb 2026 {r[0]} vs to Feb 2025 {r[1]} = {pct(*r):+.2f}% (32 boroughs only: {r32[0]} vs {r32[1]} = "
   f"{pct(*r32):+.2f}%; the claim holds on both)", "london_r12")
ot("2026-03-25", "February was the quietest month for crime in London for at least two years.", "the quietest month for crime in London",
   min(mps(mm=[m]) for m in months(2024, 2, 2026, 1)) > mps(mm=["202602"]), "record",
   f"London Feb 2026 {mps(mm=['202602'])}; lowest other month Feb 2024-Jan 2026 "
   f"{min(mps(mm=[m]) for m in months(2024, 2, 2026, 1))}", "london_feb_quiet")
race = yearly(minor="RACE OR RELIGIOUS AGG PUBLIC FEAR")
ot(D26, "Racially or religiously aggravated public order offences in London hit a record high in 2025.", "a record high",
   race[2025] == max(race.values()), "record", f"London {ser(race)}", "london_race_hate")
stalk = yearly(minor="STALKING AND HARASSMENT")
ot(D26, "Stalking and harassment offences in London peaked in 2021 and have not returned to that level since.", "peaked in 2021",
   max(stalk, key=stalk.get) == 2021, "turn", f"London {ser(stalk)}", "london_stalking")
ars = yearly(minor="ARSON")
of(D26, "Arson in London rose for the third year in a row in 2025.", "third year in a row", rises_in_a_row(ars, 2025) >= 3, "streak",
   f"London arson {ser(ars)}: 2025 fell", "london_arson")
veh = yearly(major="VEHICLE OFFENCES")
of(D26, "Vehicle crime in London fell last year to its lowest level since 2013.", "its lowest level since 2013",
   last_lower(veh, 2025) == 2013, "record", f"London vehicle offences {ser(veh)}: 2025 ({veh[2025]}) is the lowest since {last_lower(veh, 2025)}; 2014 and 2015 were "
   f"lower and 2013 ({veh[2013]}) was higher, so it is not the lowest since 2013 on either reading", "london_vehicle_low")

# Met homicide victims (2003-2023; 2023 is partial)
vb19, vb21 = victims_by(2019, "Borough"), victims_by(2021, "Borough")
ot("2020-02-10", "More than half of the people killed in London in 2019 died from knife wounds.", "More than half",
   vk[2019] / vy[2019] > 0.5, "share", f"knife or sharp implement victims 2019 {vk[2019]}/{vy[2019]} = {100 * vk[2019] / vy[2019]:.1f}%",
   "victims_knife_2019")
vyng_all = victims_years(Age_Group="Adolescent/Young Adult")
ot("2022-02-10", "More than a third of London's murder victims in 2021 were teenagers or young adults.", "More than a third",
   vyng_all[2021] / vy[2021] > 1 / 3, "share",
   f"'Adolescent/Young Adult' victims 2021 {vyng_all[2021]}/{vy[2021]} = {100 * vyng_all[2021] / vy[2021]:.1f}% (the coarse "
   "age band stands in for 'teenagers or young adults'; a stand-in cannot make it inaccurate)", "victims_young_2021")
ot("2018-02-01", "Last year 133 people were murdered in London, the most since 2008.", "the most since 2008",
   vy[2017] == 133 and last_higher(vy, 2017) == 2008, "record", f"victims by year {ser(vy)}", "victims_2017")
ot("2020-01-20", "Newham had more homicide victims than any other London borough in 2019.", "more homicide victims than any other London borough",
   vb19.most_common(1)[0][0] == "Newham" and vb19.most_common(2)[1][1] < vb19["Newham"], "rank",
   f"victims by borough 2019 {vb19.most_common(3)}", "victims_newham_2019")
of("2022-01-20", "Croydon had more murder victims than any other borough in 2021.", "more murder victims than any other borough",
   vb21.most_common(1)[0][0] == "Croydon", "rank", f"victims by borough 2021 {vb21.most_common(3)}; Croydon {vb21['Croydon']}",
   "victims_croydon_2021")
of("2023-01-20", "The number of women killed in London has fallen for three years in a row.", "fallen for three years in a row",
   falls_in_a_row(vf, 2022) >= 3, "streak", f"female victims {ser({y: vf[y] for y in range(2017, 2023)})}: 2021 rose", "victims_women_streak")

# New York (NYPD via Crime Open Database) and OWID/UNODC
ot("2017-01-15", "New York recorded 38 murders in August 2016, more than in any other month that year.", "more than in any other month that year",
   nyc(2016, 8) == 38 and all(nyc(2016, m) < 38 for m in range(1, 13) if m != 8), "record",
   f"NYC 2016 by month {[nyc(2016, m) for m in range(1, 13)]}", "nyc_aug_2016")
ot("2018-01-20", "New York's murders fell by 16% in 2017.", "fell by 16%", pct_is(-16, ny[2017], ny[2016]), "change",
   f"NYC {ny[2017]} vs {ny[2016]} = {pct(ny[2017], ny[2016]):+.1f}%", "nyc_2017")
fr = {y: owid("France", y) for y in range(2016, 2022)}
ew = {y: owid("England and Wales", y) for y in range(2016, 2022)}
of("2023-09-01", "France's homicide rate has been lower than England and Wales's in every year since 2016.", "in every year since 2016",
   all(fr[y] < ew[y] for y in fr), "compare",
   f"France vs England and Wales: {[(y, round(fr[y], 2), round(ew[y], 2)) for y in fr]} (France higher in 2016 and 2019)", "owid_france")
ca = {y: owid("Canada", y) for y in range(2015, 2024)}
ot("2024-06-01", "Canada's homicide rate rose for four years in a row up to 2022.", "four years in a row",
   rises_in_a_row(ca, 2022) == 4, "streak", f"Canada {[(y, round(v, 2)) for y, v in ca.items()]}", "owid_canada")

# ONS knife series (label year = FY ending that year)
wy = {y: ons_knife("West Yorkshire", y) for y in (2015, 2016, 2018, 2019)}
of("2019-08-01", "Knife crime recorded by West Yorkshire Police trebled between 2015/16 and 2018/19.", "trebled",
   wy[2019] >= 2.8 * wy[2016] or wy[2018] >= 2.8 * wy[2015], "change",
   f"West Yorkshire label 2016 {wy[2016]} -> label 2019 {wy[2019]} ({wy[2019] / wy[2016]:.2f}x); read one year earlier "
   f"{wy[2015]} -> {wy[2018]} ({wy[2018] / wy[2015]:.2f}x): about double at most, never treble",
   "ons_west_yorkshire")
wm = {y: ons_knife("West Midlands", y) for y in range(2009, 2021)}
ot("2020-08-01", "Knife offences recorded by West Midlands Police more than doubled between 2013/14 and 2019/20.", "more than doubled",
   wm[2020] > 2 * wm[2014] and wm[2019] > 2 * wm[2013], "change",
   f"West Midlands label 2014 {wm[2014]} -> label 2020 {wm[2020]} ({wm[2020] / wm[2014]:.2f}x); it holds also if the labels are "
   f"read one year earlier ({wm[2013]} -> {wm[2019]})", "ons_west_midlands")

# police.uk street files, forces outside London (Jan-Nov 2022) and the City of London
sw = {k: force_street("south-wales", JN, k) for k in ("Shoplifting", "Burglary", "Vehicle crime")}
of("2023-01-26", "South Wales Police recorded more shoplifting than burglary and vehicle crime put together in the first eleven months of 2022.",
   "more shoplifting than burglary and vehicle crime put together", sw["Shoplifting"] > sw["Burglary"] + sw["Vehicle crime"], "compare",
   f"South Wales Jan-Nov 2022: shoplifting {sw['Shoplifting']}, burglary {sw['Burglary']} + vehicle crime {sw['Vehicle crime']}", "south_wales_shop")
dpm = {m: force_street("dyfed-powys", [m]) for m in JN}
dpc = {m: force_street("dyfed-powys", [m], crime_only=True) for m in JN}
ot("2023-01-26", "Between January and November last year, recorded crime in Dyfed-Powys peaked in August.", "peaked in August",
   max(dpm, key=dpm.get) == "202208" and max(dpc, key=dpc.get) == "202208", "turn", f"Dyfed-Powys Jan-Nov 2022 (no Dec file) rows with ASB {ser(dpm)}; without ASB August is also the peak ({dpc['202208']})", "dyfed_powys_august")
btp = Counter()
for m in JN:
    btp += _force_month("btp", m)
ot("2023-01-26", "British Transport Police dealt with 5,205 bike thefts on the railways between January and November 2022.", "5,205 bike thefts",
   btp["Bicycle theft"] == 5205, "count", f"BTP street files Jan-Nov 2022, bicycle theft rows {btp['Bicycle theft']} (rows as published)",
   "btp_bikes")
of("2023-01-26", "Theft from the person was the most common crime on Britain's railways in the first eleven months of 2022.", "the most common crime",
   btp.most_common(1)[0][0] == "Theft from the person", "rank", f"BTP Jan-Nov 2022 by type {btp.most_common(4)}", "btp_top")
cl = col(cal(2025), crime_only=True), col(cal(2024), crime_only=True)
clb = col(cal(2025), "Bicycle theft"), col(cal(2024), "Bicycle theft")
ot("2026-02-20", "Crime in the City of London fell by almost 9% last year.", "fell by almost 9%", -9 < pct(*cl) <= -8.5, "change",
   f"City of London street files 2025 {cl[0]} vs 2024 {cl[1]} crimes (no ASB) = {pct(*cl):+.1f}%", "city_all")
ot("2026-02-20", "But bike thefts in the Square Mile rose by a fifth.", "rose by a fifth", pct_is(20, *clb, 1.5), "change",
   f"City of London bicycle theft {clb[0]} vs {clb[1]} = {pct(*clb):+.1f}%", "city_bikes")
ss = {m: met_ss([m]) for m in ("201801", "201802", "201803")}
of("2018-04-20", "Met officers carried out fewer stop and searches in January than in February.", "fewer stop and searches in January than in February",
   ss["201801"] < ss["201802"], "compare", f"Met stop and search rows Jan {ss['201801']}, Feb {ss['201802']}, Mar {ss['201803']} 2018", "met_stop_search")
ot("2025-05-10", "Lambeth had the most knife crime of any London borough in 2024/25.", "the most knife crime of any London borough",
   max(kb25, key=kb25.get) == "Lambeth", "rank", f"FY 2024/25 {sorted(kb25.items(), key=lambda x: -x[1])[:3]}", "lambeth_knife")

# unverifiable
onv(D26, "Catalytic converter thefts in Barnet doubled last year.", "Catalytic converter thefts", "no catalytic-converter series", "barnet_catalytic")
onv(D26, "It now takes the Met more than 15 minutes on average to answer a 999 call in Ealing.", "more than 15 minutes",
    "response times are not in the data", "ealing_response")
onv(D26, "Fewer than 5% of burglaries in Wandsworth end with a charge.", "Fewer than 5% of burglaries",
    "outcomes by borough are not in the data used here", "wandsworth_charges")
onv(D26, "Moped-enabled phone snatches in Camden have halved.", "Moped-enabled phone snatches", "no moped-enabled series", "camden_moped")
onv(D26, "Crime on London's buses rose by 12% last year.", "Crime on London's buses", "no bus crime series", "london_buses")
onv(D26, "The Met has 2,000 fewer officers today than it did in 2010.", "2,000 fewer officers", "officer numbers are not in the data", "met_officers")
onv(D26, "Two-thirds of Londoners say they feel less safe than five years ago.", "Two-thirds of Londoners", "a survey; not in the data",
    "london_survey")
onv(D26, "Reports of drink spiking in Kingston's nightclubs tripled last year.", "drink spiking", "no spiking series", "kingston_spiking")

# opinion
oop(D26, "The Mayor has completely lost control of London's streets.", "lost control of London's streets", "mayor_control")
oop(D26, "Hackney's new borough commander is doing a superb job.", "doing a superb job", "hackney_commander")
oop(D26, "Knife crime is a national emergency and should be treated like one.", "a national emergency", "knife_emergency")
oop(D26, "Shoplifting has been decriminalised in all but name.", "decriminalised in all but name", "shoplifting_decriminalised")
oop(D26, "Neighbourhood policing in Sutton is a shambles.", "a shambles", "sutton_shambles")
oop(D26, "Londoners deserve far better than this government's cuts to policing.", "deserve far better", "london_cuts")
oop(D26, "Low-traffic neighbourhoods have made Islington's streets safer for everyone.", "safer for everyone", "islington_ltn")
oop(D26, "ULEZ cameras have more than proved their worth in catching criminals.", "proved their worth", "ulez_cameras")
oop(D26, "Greenwich is a safe borough and residents should be proud of it.", "a safe borough", "greenwich_safe")
oop(D26, "The Home Secretary is failing victims of crime.", "failing victims of crime", "home_secretary")
oop("2023-01-26", "Merseyside's chief constable deserves huge credit for the way the force has turned things round.",
    "deserves huge credit", "merseyside_chief")
oop(D26, "The commissioner has done more than anyone to restore Londoners' trust in the Met.", "restore Londoners' trust", "commissioner_trust")
oop(D26, "Sentences for carrying a knife are far too soft.", "far too soft", "knife_sentences")
