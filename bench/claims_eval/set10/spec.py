"""set10 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs or tests, nor the older sets' specs beyond the
format head of set9's, their inputs or reports). Every factual claim is true or false *by design*; holds() in
truth10.py checks that design against the raw files and raises if they disagree. The notes give the figures.
CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
from truth10 import _victims  # noqa: F401
from truth10 import (  # noqa: F401
    O,
    U,
    both,
    cal,
    col,
    col_types,
    dash,
    falls_in_a_row,
    force_street,
    force_types,
    fy,
    fyearly,
    gla_pop,
    holds,
    knife_boroughs,
    last_higher,
    last_lower,
    lon,
    london32_pop,
    months,
    mps,
    mps_by_borough,
    near,
    nyc,
    ons_knife_all,
    ons_knife_region,
    owid,
    pct,
    pct_is,
    r12,
    rank_of,
    rises_in_a_row,
    victims,
    victims_by,
    victims_range,
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


def ET(key, flag, kind, note):
    return E(key, T(flag), kind, note, "true")


def EF(key, flag, kind, note):
    return E(key, F(flag), kind, note, "false")


Y25 = cal(2025)
ALL25 = mps_by_borough(mm=Y25)
LON_RATE25 = 1000 * sum(ALL25.values()) / london32_pop(2025)

# ====================================================================== a1 local paper: Lewisham, calendar 2025
LW = "Lewisham"
lw_all = yearly(borough=LW)
lw_hom = yearly(minor="HOMICIDE", borough=LW)
lw_weap = yearly(major="POSSESSION OF WEAPONS", borough=LW)
lw_drug = yearly(major="DRUG OFFENCES", borough=LW)
lw_home = yearly(minor="RES BURGLARY OF A HOME", borough=LW, years=(2024, 2025))
lw_veh = yearly(major="VEHICLE OFFENCES", borough=LW)
lw_rob = yearly(major="ROBBERY", borough=LW)
lw_sex = yearly(major="SEXUAL OFFENCES", borough=LW)
weap25 = mps_by_borough(major="POSSESSION OF WEAPONS", mm=Y25)
lw_rate = 1000 * lw_all[2025] / gla_pop(LW, 2025)
add("a1_lewisham_local_2025.txt", "2026-02-24", [
    ("Killings in Lewisham reach a record high", [
        ET("reach a record high", lw_hom[2025] == max(lw_hom.values()), "record",
           f"Lewisham homicide offences by calendar year {ser(lw_hom)} (series from April 2010; Apr-Dec 2010 had 7)"),
        ]),
    ("By Sam Okafor, local democracy reporter", []),
    ("Eleven people were killed in Lewisham last year, up from seven in 2024, new Metropolitan Police figures show.", [
        ET("Eleven people were killed", lw_hom[2025] == 11 and lw_hom[2024] == 7, "count",
           f"homicide offences 2025 {lw_hom[2025]}, 2024 {lw_hom[2024]} (offences; the victims file ends in 2023)")]),
    ("Overall, police recorded 29,199 offences in the borough in 2025, 4% fewer than in 2024.", [
        ET("29,199 offences", lw_all[2025] == 29199, "count", f"Lewisham 2025 {lw_all[2025]}"),
        ET("4% fewer than in 2024", pct_is(-4, lw_all[2025], lw_all[2024]), "change",
           f"{lw_all[2025]} vs {lw_all[2024]} = {pct(lw_all[2025], lw_all[2024]):+.1f}%")]),
    ("The dip ends four straight years of increases.", [
        EF("four straight years of increases", rises_in_a_row(lw_all, 2024) == 4, "streak",
           f"rises 2022, 2023, 2024 after 2021; {ser({y: lw_all[y] for y in range(2020, 2026)})}")]),
    ("But offences of carrying a knife or other weapon jumped by more than 40% to 339, the highest figure on record.", [
        ET("jumped by more than 40%", pct(lw_weap[2025], lw_weap[2024]) > 40, "change",
           f"possession of weapons {lw_weap[2025]} vs {lw_weap[2024]} = {pct(lw_weap[2025], lw_weap[2024]):+.1f}%"),
        ET("the highest figure on record", lw_weap[2025] == max(lw_weap.values()), "record", f"series {ser(lw_weap)}")]),
    ("Only Westminster and Lambeth recorded more weapons possession offences last year.", [
        EF("Only Westminster and Lambeth recorded more", rank_of(LW, weap25) == 3,
           "rank", f"2025: Westminster {weap25['Westminster']}, Lewisham {weap25[LW]}, Lambeth {weap25['Lambeth']}")]),
    ("Drug offences rose by a third.", [
        EF("rose by a third", abs(pct(lw_drug[2025], lw_drug[2024]) - 33.3) <= 2, "change",
           f"drug offences {lw_drug[2025]} vs {lw_drug[2024]} = {pct(lw_drug[2025], lw_drug[2024]):+.1f}% (a quarter, not a third)")]),
    ("There was better news on property crime: home burglaries fell by almost 10% and car crime dropped by nearly a fifth.", [
        ET("home burglaries fell by almost 10%", 8 <= -pct(lw_home[2025], lw_home[2024]) < 10, "change",
           f"residential burglary of a home {lw_home[2025]} vs {lw_home[2024]} = {pct(lw_home[2025], lw_home[2024]):+.1f}%"),
        ET("car crime dropped by nearly a fifth", 17 <= -pct(lw_veh[2025], lw_veh[2024]) < 20, "change",
           f"vehicle offences {lw_veh[2025]} vs {lw_veh[2024]} = {pct(lw_veh[2025], lw_veh[2024]):+.1f}%")]),
    ("Robberies, however, went up again.", [
        EF("Robberies, however, went up again", lw_rob[2025] > lw_rob[2024], "direction",
           f"robbery {lw_rob[2025]} vs {lw_rob[2024]}: a fall")]),
    ("Sexual offences rose for the sixth year in a row.", [
        ET("rose for the sixth year in a row", rises_in_a_row(lw_sex, 2025) == 6, "streak", f"series {ser(lw_sex)}")]),
    ("That still leaves Lewisham with about 89 crimes for every 1,000 residents.", [
        ET("about 89 crimes for every 1,000 residents", near(89, lw_rate, 0.01), "rate",
           f"{lw_all[2025]} / GLA 2025 population {gla_pop(LW, 2025)} = {lw_rate:.1f} per 1,000 (London, 32 boroughs: {LON_RATE25:.1f})")]),
    ("Campaigners say fewer than one in ten reported burglaries in the borough end with someone being charged.", [
        NV("fewer than one in ten reported burglaries", "charge rates by borough are not in the open data")]),
    ("Cllr Ama Boateng said the rise in killings was \"deeply worrying\" and that Lewisham had been \"let down\" by "
     "City Hall.", [OP("deeply worrying")]),
])

# ====================================================================== a2 tabloid: London shoplifting and snatches 2025
SHOP = dict(minor="SHOPLIFTING")
TFP = dict(minor="THEFT FROM THE PERSON")
shop_y = {y: lon(cal(y), **SHOP) for y in range(2011, 2026)}
tfp_y = {y: lon(cal(y), **TFP) for y in (2024, 2025)}
rob_y = {y: lon(cal(y), major="ROBBERY") for y in (2021, 2025)}
bike_y = {y: lon(cal(y), minor="BICYCLE THEFT") for y in range(2011, 2026)}
shop_w = mps(borough="Westminster", mm=Y25, **SHOP)
add("a2_tabloid_shoplifting_2025.txt", "2026-01-27", [
    ("SHOPLIFTING EPIDEMIC: Thefts from London stores hit an all-time high", [
        ET("hit an all-time high", all(shop_y[2025][i] == max(v[i] for v in shop_y.values()) for i in (0, 1)), "record",
           f"London shoplifting (all rows, 32 boroughs) {ser(shop_y)}")]),
    ("Shoplifters struck more than 88,000 times in the capital last year - around 300 every single day.", [
        ET("more than 88,000 times", min(shop_y[2025]) > 88000, "count", f"2025 {shop_y[2025]}"),
        EF("around 300 every single day", all(near(300, v / 365, 0.05) for v in shop_y[2025]), "rate",
           f"{shop_y[2025][0] / 365:.1f} / {shop_y[2025][1] / 365:.1f} a day")]),
    ("That is more than double the number just three years earlier.", [
        ET("more than double the number", all(shop_y[2025][i] > 2 * shop_y[2022][i] for i in (0, 1)), "change",
           f"2025 {shop_y[2025]} vs 2022 {shop_y[2022]}")]),
    ("Westminster's West End stores alone accounted for nearly a fifth of all offences.", [
        EF("nearly a fifth of all offences", all(17 <= 100 * shop_w / v < 20 for v in shop_y[2025]), "share",
           f"Westminster {shop_w} / London {shop_y[2025]} = {100 * shop_w / shop_y[2025][0]:.2f}%")]),
    ("Phone snatchers and pickpockets were busy too, with more than 85,000 thefts from the person recorded.", [
        ET("more than 85,000 thefts from the person", min(tfp_y[2025]) > 85000, "count", f"2025 {tfp_y[2025]}")]),
    ("But that was actually down on the year before.", [
        ET("down on the year before", all(tfp_y[2025][i] < tfp_y[2024][i] for i in (0, 1)), "direction",
           f"2025 {tfp_y[2025]} vs 2024 {tfp_y[2024]}")]),
    ("Meanwhile robberies have doubled since 2021.", [
        EF("robberies have doubled since 2021", all(rob_y[2025][i] >= 1.9 * rob_y[2021][i] for i in (0, 1)), "change",
           f"robbery 2025 {rob_y[2025]} vs 2021 {rob_y[2021]} = x{rob_y[2025][0] / rob_y[2021][0]:.2f}")]),
    ("Bike thefts, by contrast, fell to around 14,200, the lowest on record.", [
        ET("fell to around 14,200", all(near(14200, v, 0.01) for v in bike_y[2025]), "count", f"2025 {bike_y[2025]}"),
        ET("the lowest on record", all(bike_y[2025][i] == min(v[i] for v in bike_y.values()) for i in (0, 1)), "record",
           f"bicycle theft {ser(bike_y)}")]),
    ("And knife crime soared to a new high.", [
        EF("knife crime soared to a new high", dash(mm=Y25) > dash(mm=cal(2024)), "direction",
           f"MPS dashboard knife crime 2025 {dash(mm=Y25)} vs 2024 {dash(mm=cal(2024))} (series from March 2022)")]),
    ("Retailers say the true figure is ten times higher because most thefts never get reported.", [
        NV("the true figure is ten times higher", "unreported crime is not in the recorded data")]),
    ("Shop workers tell us they are spat at or threatened almost every shift.", [
        NV("spat at or threatened almost every shift", "a survey of shop workers; not in the data")]),
    ("Sadiq Khan has simply lost control of London's streets.", [OP("lost control of London's streets")]),
])

# ====================================================================== a3 broadsheet data piece: homicide victims
vy = victims_years()
knife = victims_years(Method_of_Killing="Knife or Sharp Implement")
shot = victims_years(Method_of_Killing="Shooting")
fem = victims_years(Sex="Female")
aya = victims_years(Age_Group="Adolescent/Young Adult")
ew21, us21, ca21, fr21 = (owid(c, 2021) for c in ("England and Wales", "United States", "Canada", "France"))
add("a3_broadsheet_homicide_2022.txt", "2023-07-02", [
    ("Data: how London's homicide toll compares", []),
    ("The Metropolitan Police recorded 106 homicide victims in London in 2022, down from 131 the year before.", [
        ET("106 homicide victims", vy[2022] == 106 and vy[2021] == 131, "count", f"victims 2022 {vy[2022]}, 2021 {vy[2021]}")]),
    ("That is a fall of more than a quarter.", [
        EF("a fall of more than a quarter", -pct(vy[2022], vy[2021]) > 25, "change", f"{pct(vy[2022], vy[2021]):+.1f}%")]),
    ("Knives remain by far the commonest weapon: 70 victims were stabbed, about two-thirds of the total.", [
        ET("70 victims were stabbed", knife[2022] == 70, "count", f"knife or sharp implement 2022 {knife[2022]}"),
        ET("about two-thirds of the total", near(66.7, 100 * knife[2022] / vy[2022], 0.02), "share",
           f"{knife[2022]}/{vy[2022]} = {100 * knife[2022] / vy[2022]:.1f}%")]),
    ("Ten people were shot dead, the same number as in 2021.", [
        ET("the same number as in 2021", shot[2022] == shot[2021] == 10, "equal", f"shooting 2022 {shot[2022]}, 2021 {shot[2021]}")]),
    ("Over the past decade the toll peaked in 2019, at 150, and has fallen back since.", [
        ET("peaked in 2019, at 150", vy[2019] == 150 and vy[2019] == max(vy[y] for y in range(2013, 2023)), "turn",
           f"victims 2013-2022 {ser({y: vy[y] for y in range(2013, 2023)})}")]),
    ("Even so, it remains well below the 210 killed in 2003, the worst year in the series.", [
        ET("the worst year in the series", vy[2003] == 210 == max(vy.values()), "record", f"2003 {vy[2003]} is the maximum")]),
    ("The number of female victims, 28, was unchanged from the previous year.", [
        EF("unchanged from the previous year", fem[2022] == fem[2021], "equal", f"female victims 2022 {fem[2022]}, 2021 {fem[2021]}")]),
    ("Among adolescent and young adult victims the toll fell from 49 to 29.", [
        ET("fell from 49 to 29", aya[2021] == 49 and aya[2022] == 29, "count", f"Adolescent/Young Adult 2021 {aya[2021]}, 2022 {aya[2022]}")]),
    ("Internationally, England and Wales had a homicide rate of around 1.1 per 100,000 people in 2021, UN figures show.", [
        ET("around 1.1 per 100,000", near(1.1, ew21, 0.05), "rate", f"OWID/UNODC England and Wales 2021 {ew21:.3f}")]),
    ("That is roughly a sixth of the rate in the United States.", [
        ET("roughly a sixth of the rate", 0.15 <= ew21 / us21 <= 0.18, "compare", f"{ew21:.3f} / US 2021 {us21:.3f} = {ew21 / us21:.3f}")]),
    ("Canada's rate was more than double England and Wales's, and even France's was lower.", [
        EF("Canada's rate was more than double", ca21 > 2 * ew21, "compare", f"Canada 2021 {ca21:.3f} = x{ca21 / ew21:.2f}"),
        ET("even France's was lower", fr21 < ew21, "compare", f"France 2021 {fr21:.3f} < {ew21:.3f}")]),
    ("New York City, of a similar size, recorded 297 murders in 2018, against 128 homicide victims in London.", [
        ET("recorded 297 murders in 2018", nyc(2018) == 297, "count", f"NYC 2018 {nyc(2018)}"),
        ET("128 homicide victims in London", vy[2018] == 128, "count", f"London victims 2018 {vy[2018]}")]),
    ("Most young victims of stabbings were caught up in gang disputes, according to detectives.", [
        NV("caught up in gang disputes", "gang involvement is not a field of the victims file")]),
    ("Sentences for carrying a knife are still far too lenient.", [OP("far too lenient")]),
])

# ====================================================================== a4 council press release: Tower Hamlets, FY 2024/25
TH = "Tower Hamlets"
th_all = fyearly(borough=TH)
th_vwi = fyearly(minor="VIOLENCE WITH INJURY", borough=TH)
th_veh = fyearly(major="VEHICLE OFFENCES", borough=TH)
th_weap = fyearly(major="POSSESSION OF WEAPONS", borough=TH)
th_rob = fyearly(major="ROBBERY", borough=TH)
th_shop = fyearly(minor="SHOPLIFTING", borough=TH)
th_tfp = fyearly(minor="THEFT FROM THE PERSON", borough=TH)
th_knife = {e: dash(borough=TH, mm=fy(e)) for e in (2024, 2025)}
add("a4_tower_hamlets_council_fy2425.txt", "2025-05-14", [
    ("PRESS RELEASE: Violence down sharply in Tower Hamlets", []),
    ("Violence with injury in Tower Hamlets fell by 19% in 2024/25, to its lowest level since 2013/14, new figures show.", [
        ET("fell by 19% in 2024/25", pct_is(-19, th_vwi[2025], th_vwi[2024]), "change",
           f"FY violence with injury {th_vwi[2025]} vs {th_vwi[2024]} = {pct(th_vwi[2025], th_vwi[2024]):+.1f}%"),
        ET("its lowest level since 2013/14", last_lower(th_vwi, 2025) == 2014, "record",
           f"FY series (keyed by end year) {ser(th_vwi)}")]),
    ("Vehicle crime fell for a fourth year running.", [
        EF("fell for a fourth year running", falls_in_a_row(th_veh, 2025) >= 4, "streak", f"FY vehicle offences {ser(th_veh)}")]),
    ("Weapons possession offences were also down slightly, to 227.", [
        ET("down slightly, to 227", th_weap[2025] == 227 and th_weap[2025] < th_weap[2024], "count",
           f"FY possession of weapons {th_weap[2025]} vs {th_weap[2024]}")]),
    ("Robbery was down on the previous year too, and knife crime fell by more than 10%.", [
        EF("Robbery was down on the previous year", th_rob[2025] < th_rob[2024], "direction",
           f"FY robbery {th_rob[2025]} vs {th_rob[2024]}: up"),
        EF("knife crime fell by more than 10%", pct(th_knife[2025], th_knife[2024]) < -10, "change",
           f"MPS dashboard knife crime FY {th_knife[2025]} vs {th_knife[2024]} = {pct(th_knife[2025], th_knife[2024]):+.1f}%")]),
    ("Overall crime was broadly flat, rising by just 1%.", [
        ET("rising by just 1%", pct_is(1, th_all[2025], th_all[2024]), "change",
           f"FY all crime {th_all[2025]} vs {th_all[2024]} = {pct(th_all[2025], th_all[2024]):+.1f}%")]),
    ("Shoplifting rose by around 40%, in line with the trend across London, and thefts from the person reached 3,243, "
     "the highest the borough has recorded.", [
        ET("Shoplifting rose by around 40%", abs(pct(th_shop[2025], th_shop[2024]) - 40) <= 2, "change",
           f"FY shoplifting {th_shop[2025]} vs {th_shop[2024]} = {pct(th_shop[2025], th_shop[2024]):+.1f}%"),
        ET("the highest the borough has recorded", th_tfp[2025] == 3243 == max(th_tfp.values()), "record",
           f"FY theft from the person {ser(th_tfp)}")]),
    ("The council has funded 40 additional enforcement officers to patrol the borough's high streets this year.", [
        NV("40 additional enforcement officers", "council staffing is not in the open data")]),
    ("Cllr Rahima Begum, cabinet member for community safety, said: \"Our partnership with the Met is working, and "
     "Tower Hamlets is becoming one of the safest places in inner London.\"", [
        OP("Our partnership with the Met is working"),
        OP("one of the safest places in inner London")]),
])

# ====================================================================== a5 MP's speech: South Wales and Dyfed-Powys, Jan-Nov 2022
JN = months(2022, 1, 2022, 11)
sw, dp = force_types("south-wales", JN), force_types("dyfed-powys", JN)


def crimes(t):
    return sum(v for k, v in t.items() if k != "Anti-social behaviour")


def rows(t):
    return sum(t.values())


VSO = "Violence and sexual offences"
sw_m = {ym: (force_street("south-wales", [ym]), force_street("south-wales", [ym], crime_only=True)) for ym in JN}
dp_m = {ym: (force_street("dyfed-powys", [ym]), force_street("dyfed-powys", [ym], crime_only=True)) for ym in JN}


def busiest(m):
    return {max(m, key=lambda k: m[k][i]) for i in (0, 1)}


add("a5_mp_speech_south_wales_2022.txt", "2022-12-14", [
    ("Mr Speaker, in the first eleven months of this year South Wales Police recorded almost 99,000 crimes.", [
        ET("almost 99,000 crimes", 97500 <= crimes(sw) < 99000, "count",
           f"South Wales Jan-Nov 2022 crimes {crimes(sw)} (with ASB {rows(sw)})")]),
    ("On top of that there were more than 20,000 incidents of anti-social behaviour.", [
        ET("more than 20,000 incidents of anti-social behaviour", sw["Anti-social behaviour"] > 20000, "count",
           f"ASB rows {sw['Anti-social behaviour']}")]),
    ("Violence and sexual offences alone made up more than a third of all recorded crime.", [
        ET("more than a third of all recorded crime", sw[VSO] / crimes(sw) > 1 / 3 and sw[VSO] / rows(sw) > 1 / 3, "share",
           f"{sw[VSO]} / {crimes(sw)} = {100 * sw[VSO] / crimes(sw):.1f}% (with ASB {100 * sw[VSO] / rows(sw):.1f}%)")]),
    ("In neighbouring Dyfed-Powys, they made up an even larger share.", [
        ET("an even larger share", dp[VSO] / crimes(dp) > sw[VSO] / crimes(sw) and dp[VSO] / rows(dp) > sw[VSO] / rows(sw),
           "compare", f"Dyfed-Powys {100 * dp[VSO] / crimes(dp):.1f}% (with ASB {100 * dp[VSO] / rows(dp):.1f}%)")]),
    ("July was the busiest month for both forces.", [
        EF("July was the busiest month for both forces", busiest(sw_m) == {"202207"} and busiest(dp_m) == {"202207"},
           "record", f"SW Aug {sw_m['202208']}, DP Aug {dp_m['202208']} (rows, crimes); the maximum on both readings")]),
    ("South Wales dealt with more than twice as many crimes as Dyfed-Powys, and shoplifting ran at about 700 offences a "
     "month.", [
        ET("more than twice as many crimes", crimes(sw) > 2 * crimes(dp) and rows(sw) > 2 * rows(dp), "compare",
           f"{crimes(sw)} vs {crimes(dp)} (rows {rows(sw)} vs {rows(dp)})"),
        ET("about 700 offences a month", near(700, sw["Shoplifting"] / 11, 0.02), "rate",
           f"shoplifting {sw['Shoplifting']} / 11 = {sw['Shoplifting'] / 11:.0f}")]),
    ("There were fewer than 500 robberies across South Wales in those eleven months, and just 81 in Dyfed-Powys.", [
        ET("fewer than 500 robberies", sw["Robbery"] < 500, "count", f"South Wales robbery {sw['Robbery']}"),
        ET("just 81 in Dyfed-Powys", dp["Robbery"] == 81, "count", f"Dyfed-Powys robbery {dp['Robbery']}")]),
    ("Bicycle thefts in South Wales outnumbered robberies by more than three to one.", [
        ET("outnumbered robberies by more than three to one", sw["Bicycle theft"] > 3 * sw["Robbery"], "compare",
           f"bicycle theft {sw['Bicycle theft']} vs robbery {sw['Robbery']}")]),
    ("And Dyfed-Powys, a largely rural force, actually recorded more drug offences than South Wales.", [
        EF("recorded more drug offences than South Wales", dp["Drugs"] > sw["Drugs"], "compare",
           f"drugs Dyfed-Powys {dp['Drugs']} vs South Wales {sw['Drugs']}")]),
    ("South Wales has lost around 300 officers since 2010, and only one in five of my constituents believes the police "
     "would come quickly if they dialled 999.", [
        NV("lost around 300 officers since 2010", "officer numbers are not in the street files"),
        NV("only one in five of my constituents", "a survey; not in the data")]),
    ("The Home Office funding formula has short-changed Wales for far too long.", [OP("short-changed Wales")]),
])

# ====================================================================== a6 police statement: South Yorkshire, Jan-Nov 2022
sy, me = force_types("south-yorkshire", JN), force_types("merseyside", JN)
sy_m = {ym: (force_street("south-yorkshire", [ym]), force_street("south-yorkshire", [ym], crime_only=True)) for ym in JN}
quiet = {min(sy_m, key=lambda k: sy_m[k][i]) for i in (0, 1)}
add("a6_south_yorkshire_police_statement.txt", "2022-12-29", [
    ("Statement from South Yorkshire Police on crime in 2022", []),
    ("Between January and November we recorded around 147,000 crimes, of which 57,766 were violent or sexual offences.", [
        ET("around 147,000 crimes", near(147000, crimes(sy), 0.01), "count", f"crimes {crimes(sy)} (with ASB {rows(sy)})"),
        ET("57,766 were violent or sexual offences", sy[VSO] == 57766, "count", f"{VSO} {sy[VSO]}")]),
    ("Burglary accounted for 10,669 of those offences, and vehicle crime for just over 12,000.", [
        ET("10,669", sy["Burglary"] == 10669, "count", f"burglary {sy['Burglary']}"),
        ET("just over 12,000", 12000 < sy["Vehicle crime"] < 12200, "count", f"vehicle crime {sy['Vehicle crime']}")]),
    ("May was our busiest month and February the quietest.", [
        ET("May was our busiest month", busiest(sy_m) == {"202205"}, "record", f"May {sy_m['202205']} (rows, crimes)"),
        ET("February the quietest", quiet == {"202202"}, "record", f"Feb {sy_m['202202']} (rows, crimes)")]),
    ("Possession of weapons offences (1,760) outnumbered robberies (1,693).", [
        ET("outnumbered robberies", sy["Possession of weapons"] == 1760 > sy["Robbery"] == 1693, "compare",
           f"weapons {sy['Possession of weapons']}, robbery {sy['Robbery']}")]),
    ("Over the same period we recorded fewer crimes than Merseyside, though Merseyside had only around a third as many "
     "burglaries as we did.", [
        ET("fewer crimes than Merseyside", crimes(sy) < crimes(me) and rows(sy) < rows(me), "compare",
           f"SY {crimes(sy)} vs Merseyside {crimes(me)} (rows {rows(sy)} vs {rows(me)})"),
        EF("only around a third as many burglaries", 0.3 <= me["Burglary"] / sy["Burglary"] <= 0.37, "compare",
           f"Merseyside burglary {me['Burglary']} / SY {sy['Burglary']} = {me['Burglary'] / sy['Burglary']:.2f}")]),
    ("Incidents of anti-social behaviour numbered fewer than 20,000.", [
        EF("fewer than 20,000", sy["Anti-social behaviour"] < 20000, "count", f"ASB {sy['Anti-social behaviour']}")]),
    ("Shoplifting accounted for 8,515 offences, up sharply on last year.", [
        ET("8,515", sy["Shoplifting"] == 8515, "count", f"shoplifting {sy['Shoplifting']}"),
        NV("up sharply on last year", "the shared data hold no South Yorkshire street files for 2021")]),
    ("Our officers attended 95% of emergency calls within the target time and made more than 4,000 arrests for drug "
     "supply.", [
        NV("95% of emergency calls", "response times are not published in the street files"),
        NV("more than 4,000 arrests", "arrests are not in the street files")]),
    ("We are immensely proud of the dedication our officers have shown this year.", [OP("immensely proud")]),
])

# ====================================================================== a7 campaign blog: violence against women, London
sex_y = {y: lon(cal(y), major="SEXUAL OFFENCES") for y in range(2011, 2026)}
rape_y = {y: lon(cal(y), minor="RAPE") for y in range(2011, 2026)}
stalk_y = {y: lon(cal(y), minor="STALKING AND HARASSMENT") for y in range(2011, 2026)}
da = victims_years(Domestic_Abuse="Domestic Abuse")


def rec(series, year, i):
    return series[year][i] == max(v[i] for v in series.values())


add("a7_campaign_blog_vawg.txt", "2026-03-08", [
    ("This International Women's Day, the numbers should shame us all", []),
    ("Sexual offences recorded by the Met reached around 27,000 last year, the highest figure on record.", [
        ET("around 27,000", all(near(27000, v, 0.01) for v in sex_y[2025]), "count", f"sexual offences 2025 {sex_y[2025]}"),
        ET("the highest figure on record", rec(sex_y, 2025, 0) and rec(sex_y, 2025, 1), "record", f"series {ser(sex_y)}")]),
    ("That is more than three times the 2011 figure.", [
        EF("more than three times the 2011 figure", all(sex_y[2025][i] > 3 * sex_y[2011][i] for i in (0, 1)), "change",
           f"2025 {sex_y[2025]} vs 2011 {sex_y[2011]}")]),
    ("Recorded rapes hit a new high as well.", [
        ET("hit a new high as well", rec(rape_y, 2025, 0) and rec(rape_y, 2025, 1), "record", f"rape {ser(rape_y)}")]),
    ("Stalking and harassment offences went up again in 2025, although they remain below their 2021 peak.", [
        ET("went up again in 2025", all(stalk_y[2025][i] > stalk_y[2024][i] for i in (0, 1)), "direction",
           f"2025 {stalk_y[2025]} vs 2024 {stalk_y[2024]}"),
        ET("below their 2021 peak", rec(stalk_y, 2021, 0) and rec(stalk_y, 2021, 1) and stalk_y[2025][0] < stalk_y[2021][0],
           "turn", f"stalking and harassment {ser(stalk_y)}")]),
    ("Between 2003 and 2022, more than 640 women and girls were killed in London; the worst year was 2003, when 62 died.", [
        ET("more than 640 women and girls", 640 < victims_range(2003, 2022, Sex="Female") < 650, "count",
           f"female victims 2003-2022 {victims_range(2003, 2022, Sex='Female')}"),
        ET("the worst year was 2003", fem[2003] == 62 == max(fem.values()), "record", f"female victims {ser(fem)}")]),
    ("Domestic abuse homicides doubled between 2019 and 2021.", [
        EF("doubled between 2019 and 2021", da[2021] >= 1.9 * da[2019], "change", f"domestic abuse victims 2019 {da[2019]}, 2021 {da[2021]}")]),
    ("In 2022, 17 people died in domestic abuse homicides in the capital.", [
        ET("17 people died in domestic abuse homicides", da[2022] == 17, "count", f"domestic abuse victims 2022 {da[2022]}")]),
    ("Only around 2% of reported rapes end in a charge, and one in three women say they feel unsafe on the Tube at night.", [
        NV("Only around 2% of reported rapes end in a charge", "charge rates are not in the open data"),
        NV("one in three women say they feel unsafe", "a survey; not in the data")]),
    ("Misogyny is still tolerated at every level of the Met, and the government's strategy is a sticking plaster.", [
        OP("Misogyny is still tolerated"), OP("a sticking plaster")]),
])

# ====================================================================== a8 social-media thread: Hackney 2025
HK = "Hackney"
bike25 = mps_by_borough(minor="BICYCLE THEFT", mm=Y25)
hk_tfp = yearly(minor="THEFT FROM THE PERSON", borough=HK)
hk_rob = yearly(major="ROBBERY", borough=HK)
hk_burg = yearly(major="BURGLARY", borough=HK)
hk_weap = yearly(major="POSSESSION OF WEAPONS", borough=HK)
hk_shop = yearly(minor="SHOPLIFTING", borough=HK)
rob25 = mps_by_borough(major="ROBBERY", mm=Y25)
add("a8_social_thread_hackney_2025.txt", "2026-02-03", [
    ("1/ Went through the Met's crime data for Hackney for 2025. Thread. \U0001f9f5", []),
    ("2/ Bike theft: Hackney had more than any other London borough. 1,255 bikes nicked.", [
        ET("more than any other London borough", rank_of(HK, bike25) == 1, "rank",
           f"bicycle theft 2025: Hackney {bike25[HK]}, Tower Hamlets {bike25['Tower Hamlets']}"),
        ET("1,255 bikes", bike25[HK] == 1255, "count", f"{bike25[HK]}")]),
    ("3/ Phone snatches & pickpocketing: 4,468 offences, down about 11% on 2024 but still up over 50% on 2019.", [
        ET("down about 11% on 2024", hk_tfp[2025] == 4468 and pct_is(-11, hk_tfp[2025], hk_tfp[2024]), "change",
           f"theft from the person {hk_tfp[2025]} vs {hk_tfp[2024]} = {pct(hk_tfp[2025], hk_tfp[2024]):+.1f}%"),
        EF("up over 50% on 2019", pct(hk_tfp[2025], hk_tfp[2019]) > 50, "change",
           f"vs 2019 {hk_tfp[2019]} = {pct(hk_tfp[2025], hk_tfp[2019]):+.1f}%")]),
    ("4/ Robbery dropped too, by around 7%. Burglary is at its lowest since records began.", [
        ET("by around 7%", pct_is(-7, hk_rob[2025], hk_rob[2024]), "change",
           f"robbery {hk_rob[2025]} vs {hk_rob[2024]} = {pct(hk_rob[2025], hk_rob[2024]):+.1f}%"),
        ET("lowest since records began", hk_burg[2025] == min(hk_burg.values()), "record", f"burglary {ser(hk_burg)}")]),
    ("5/ Knife possession though? Up nearly 40% in a year. And shoplifting has more than quadrupled since 2021.", [
        ET("Up nearly 40% in a year", 36 <= pct(hk_weap[2025], hk_weap[2024]) < 40, "change",
           f"possession of weapons {hk_weap[2025]} vs {hk_weap[2024]} = {pct(hk_weap[2025], hk_weap[2024]):+.1f}%"),
        EF("more than quadrupled since 2021", hk_shop[2025] > 4 * hk_shop[2021], "change",
           f"shoplifting {hk_shop[2025]} vs 2021 {hk_shop[2021]}")]),
    ("6/ We had more robberies than Tower Hamlets next door. More than Southwark too.", [
        ET("more robberies than Tower Hamlets", rob25[HK] > rob25["Tower Hamlets"], "compare",
           f"robbery 2025 Hackney {rob25[HK]}, Tower Hamlets {rob25['Tower Hamlets']}"),
        EF("More than Southwark too", rob25[HK] > rob25["Southwark"], "compare", f"Southwark {rob25['Southwark']}")]),
    ("7/ Half of all phone thefts round here are done off e-bikes. Police response in Dalston is a joke.", [
        NV("Half of all phone thefts", "the mode of theft (e-bike) is not recorded in the open data"),
        OP("Police response in Dalston is a joke")]),
])

# ====================================================================== a9 fact box: City of London (police.uk street files) 2025
c24, c25 = col_types(cal(2024)), col_types(cal(2025))
col_m = {ym: (col([ym]), col([ym], crime_only=True)) for ym in Y25}


def cch(t):
    return pct(c25[t], c24[t])


add("a9_factbox_city_of_london_2025.txt", "2026-02-12", [
    ("FACT BOX: Crime in the Square Mile, 2025", []),
    ("- Crimes recorded by City of London Police: 8,747 (down from 9,594 in 2024)", [
        ET("8,747", crimes(c25) == 8747 and crimes(c24) == 9594, "count", f"crimes 2025 {crimes(c25)}, 2024 {crimes(c24)} (rows with ASB {rows(c25)}, {rows(c24)})")]),
    ("- Most common offence: other theft (1,810)", [
        ET("Most common offence: other theft", max(c25, key=c25.get) == "Other theft" == max(c24, key=c24.get) and c25["Other theft"] == 1810,
           "rank", f"2025 other theft {c25['Other theft']}, violence and sexual {c25[VSO]}")]),
    ("- Burglary: up by more than a third", [
        ET("up by more than a third", cch("Burglary") > 33.4, "change", f"{c25['Burglary']} vs {c24['Burglary']} = {cch('Burglary'):+.1f}%")]),
    ("- Theft from the person: down almost a fifth", [
        ET("down almost a fifth", 17 <= -cch("Theft from the person") < 20, "change",
           f"{c25['Theft from the person']} vs {c24['Theft from the person']} = {cch('Theft from the person'):+.1f}%")]),
    ("- Shoplifting: down 20%", [
        EF("down 20%", pct_is(-20, c25["Shoplifting"], c24["Shoplifting"], slack=2), "change",
           f"{c25['Shoplifting']} vs {c24['Shoplifting']} = {cch('Shoplifting'):+.1f}%")]),
    ("- Robbery: up by more than a quarter", [
        ET("up by more than a quarter", cch("Robbery") > 25, "change", f"{c25['Robbery']} vs {c24['Robbery']} = {cch('Robbery'):+.1f}%")]),
    ("- Weapons possession: down by almost 40%", [
        ET("down by almost 40%", 37 <= -cch("Possession of weapons") < 40, "change",
           f"{c25['Possession of weapons']} vs {c24['Possession of weapons']} = {cch('Possession of weapons'):+.1f}%")]),
    ("- Drug offences: up", [
        EF("Drug offences: up", c25["Drugs"] > c24["Drugs"], "direction", f"drugs {c25['Drugs']} vs {c24['Drugs']}: down")]),
    ("- Violence and sexual offences: more than 1,700", [
        EF("more than 1,700", c25[VSO] > 1700, "count", f"{VSO} 2025 {c25[VSO]} (2024: {c24[VSO]})")]),
    ("- Vehicle crime: fewer than 100 offences", [
        ET("fewer than 100 offences", c25["Vehicle crime"] < 100, "count", f"vehicle crime {c25['Vehicle crime']}")]),
    ("- Busiest month: December", [
        ET("Busiest month: December", busiest(col_m) == {"202512"}, "record", f"Dec {col_m['202512']} (rows, crimes)")]),
    ("- Share of City crime committed by commuters: about 80%", [
        NV("about 80%", "offender residence is not in the street files")]),
])

# ====================================================================== a10 residents' newsletter: Richmond, summer 2025
RI = "Richmond upon Thames"
S25, S24 = months(2025, 6, 2025, 8), months(2024, 6, 2024, 8)


def ri(mm, **kw):
    return mps(borough=RI, mm=mm, **kw)


ri_all = (ri(S25), ri(S24))
ri_veh = (ri(S25, major="VEHICLE OFFENCES"), ri(S24, major="VEHICLE OFFENCES"))
ri_home = (ri(S25, minor="RES BURGLARY OF A HOME"), ri(S24, minor="RES BURGLARY OF A HOME"))
ri_shop = (ri(S25, minor="SHOPLIFTING"), ri(S24, minor="SHOPLIFTING"))
ri_bike = (ri(S25, minor="BICYCLE THEFT"), ri(S24, minor="BICYCLE THEFT"))
ri_rob = (ri(S25, major="ROBBERY"), ri(S24, major="ROBBERY"))
ri_cd = (ri(S25, major="ARSON AND CRIMINAL DAMAGE"), ri(S24, major="ARSON AND CRIMINAL DAMAGE"))
ri_mon = {m: ri([m]) for m in S25}
al24 = mps_by_borough(mm=cal(2024))
rate24 = {b: al24[b] / gla_pop(b, 2024) for b in al24}
add("a10_newsletter_richmond_summer_2025.txt", "2025-09-24", [
    ("Kew & Richmond Residents' Association - Autumn Newsletter", []),
    ("Community safety update", []),
    ("Over the summer (June to August) police recorded 3,082 crimes in the borough, about 7% fewer than last summer.", [
        ET("3,082 crimes", ri_all[0] == 3082, "count", f"Richmond Jun-Aug 2025 {ri_all[0]}"),
        ET("about 7% fewer than last summer", pct_is(-7, *ri_all), "change",
           f"vs Jun-Aug 2024 {ri_all[1]} = {pct(*ri_all):+.1f}%")]),
    ("Vehicle crime fell by about a quarter and shoplifting by a fifth.", [
        ET("fell by about a quarter", 23 <= -pct(*ri_veh) <= 27, "change", f"vehicle offences {ri_veh} = {pct(*ri_veh):+.1f}%"),
        ET("shoplifting by a fifth", abs(-pct(*ri_shop) - 20) <= 1.5, "change", f"shoplifting {ri_shop} = {pct(*ri_shop):+.1f}%")]),
    ("Sadly, home burglaries went up, from 96 to 105, and robberies also rose slightly.", [
        ET("from 96 to 105", ri_home == (105, 96), "count", f"residential burglary of a home {ri_home}"),
        ET("robberies also rose slightly", ri_rob[0] > ri_rob[1] and pct(*ri_rob) < 10, "direction", f"robbery {ri_rob}")]),
    ("Bike thefts fell slightly, to 120, while criminal damage and arson also fell.", [
        ET("Bike thefts fell slightly, to 120", ri_bike[0] == 120 < ri_bike[1], "count", f"bicycle theft {ri_bike}"),
        EF("criminal damage and arson also fell", ri_cd[0] < ri_cd[1], "direction", f"arson and criminal damage {ri_cd}: up")]),
    ("August was the busiest month of the summer.", [
        EF("August was the busiest month", max(ri_mon, key=ri_mon.get) == "202508", "record", f"months {ri_mon}")]),
    ("Richmond had the lowest crime rate of any London borough last year.", [
        ET("the lowest crime rate of any London borough", min(rate24, key=rate24.get) == RI, "rank",
           f"2024 per 1,000 (GLA): Richmond {1000 * rate24[RI]:.1f}, Kingston {1000 * rate24['Kingston upon Thames']:.1f}")]),
    ("Our Neighbourhood Watch scheme now covers more than 1,200 streets.", [
        NV("more than 1,200 streets", "Neighbourhood Watch coverage is not in the data")]),
    ("The new lighting on the towpath has made evening walks feel far safer.", [OP("far safer")]),
])

# ====================================================================== a11 radio transcript: Westminster, 12 months to Feb 2026
WM = "Westminster"


def wm(mm, **kw):
    return mps(borough=WM, mm=mm, **kw)


A, B = r12(2026, 2), r12(2025, 2)
wm_all = (wm(A), wm(B))
wm_tfp = (wm(A, minor="THEFT FROM THE PERSON"), wm(B, minor="THEFT FROM THE PERSON"))
wm_shop = (wm(A, minor="SHOPLIFTING"), wm(B, minor="SHOPLIFTING"))
wm_rob = (wm(A, major="ROBBERY"), wm(B, major="ROBBERY"))
wm_drug = (wm(A, major="DRUG OFFENCES"), wm(B, major="DRUG OFFENCES"))
wm_sex = (wm(A, major="SEXUAL OFFENCES"), wm(B, major="SEXUAL OFFENCES"))
wm_jan = (wm(["202601"]), wm(["202501"]))
add("a11_radio_westminster_2026.txt", "2026-03-19", [
    ("[LBC Breakfast, transcript excerpt]", []),
    ("PRESENTER: Crime in Westminster is down: 80,718 offences in the twelve months to February, compared with more than "
     "90,000 the year before.", [
        ET("80,718 offences", wm_all[0] == 80718, "count", f"Westminster 12 months to Feb 2026 {wm_all[0]}"),
        ET("more than 90,000 the year before", wm_all[1] > 90000, "count", f"12 months to Feb 2025 {wm_all[1]}")]),
    ("That's a fall of more than 10%.", [
        ET("a fall of more than 10%", pct(*wm_all) < -10, "change", f"{pct(*wm_all):+.1f}%")]),
    ("GUEST (West End business group): Phone thefts have dropped by almost a third, which is welcome. But shoplifting is "
     "up by a fifth, and our members feel it.", [
        ET("dropped by almost a third", 28 <= -pct(*wm_tfp) < 33.4, "change", f"theft from the person {wm_tfp} = {pct(*wm_tfp):+.1f}%"),
        ET("shoplifting is up by a fifth", pct_is(20, *wm_shop, slack=1), "change", f"shoplifting {wm_shop} = {pct(*wm_shop):+.1f}%")]),
    ("PRESENTER: And robbery is down by about a quarter, but drug offences went up by a quarter.", [
        EF("robbery is down by about a quarter", abs(-pct(*wm_rob) - 25) <= 2, "change", f"robbery {wm_rob} = {pct(*wm_rob):+.1f}%"),
        ET("drug offences went up by a quarter", abs(pct(*wm_drug) - 25) <= 1.5, "change", f"drugs {wm_drug} = {pct(*wm_drug):+.1f}%")]),
    ("GUEST: Sexual offences fell as well, I'm told.", [
        EF("Sexual offences fell as well", wm_sex[0] < wm_sex[1], "direction", f"sexual offences {wm_sex}: up")]),
    ("PRESENTER: January was particularly quiet - under 6,000 offences, against more than 7,000 last January.", [
        ET("under 6,000 offences", wm_jan[0] < 6000, "count", f"January 2026 {wm_jan[0]}"),
        ET("more than 7,000 last January", wm_jan[1] > 7000, "count", f"January 2025 {wm_jan[1]}")]),
    ("GUEST: Westminster still had more crime last year than Camden and Newham put together.", [
        ET("more crime last year than Camden and Newham put together", ALL25[WM] > ALL25["Camden"] + ALL25["Newham"], "compare",
           f"2025 Westminster {ALL25[WM]} vs Camden {ALL25['Camden']} + Newham {ALL25['Newham']}")]),
    ("GUEST: Most of those phones are taken by thieves on e-bikes, and the West End has never felt more dangerous.", [
        NV("taken by thieves on e-bikes", "the mode of theft is not in the open data"),
        OP("never felt more dangerous")]),
])

# ====================================================================== one-liners
al = ALL25
one("o01_camden_councillor.txt", "2026-01-21",
    "Camden recorded almost 41,000 crimes in 2025, the second-highest total in London after Westminster.",
    ET("almost 41,000 crimes", 40500 <= al["Camden"] < 41000, "count", f"Camden 2025 {al['Camden']}"),
    ET("the second-highest total in London", rank_of("Camden", al) == 2, "rank", f"Westminster {al['Westminster']}, Newham {al['Newham']}"))
one("o02_kingston_press.txt", "2026-01-19",
    "Kingston upon Thames recorded fewer crimes than any other borough except Richmond last year.",
    ET("fewer crimes than any other borough except Richmond", rank_of("Kingston upon Thames", al, desc=False) == 2
       and min(al, key=al.get) == "Richmond upon Thames", "rank", f"Kingston {al['Kingston upon Thames']}, Richmond {al['Richmond upon Thames']}, Sutton {al['Sutton']}"))
home25 = mps_by_borough(minor="RES BURGLARY OF A HOME", mm=Y25)
one("o03_barnet_mp.txt", "2026-02-15",
    "Barnet had more home burglaries than any other London borough in 2025.",
    ET("more home burglaries than any other London borough", rank_of("Barnet", home25) == 1, "rank",
       f"residential burglary of a home 2025: Barnet {home25['Barnet']}, Enfield {home25['Enfield']}"))
hv_rob = yearly(major="ROBBERY", borough="Havering")
one("o04_havering_residents.txt", "2026-02-04",
    "Robberies in Havering went up for the third year running in 2025.",
    ET("went up for the third year running", rises_in_a_row(hv_rob, 2025) == 3, "streak", f"Havering robbery {ser(hv_rob)}"))
hom_y = {y: lon(cal(y), minor="HOMICIDE") for y in range(2011, 2026)}
one("o05_london_homicide_2025.txt", "2026-01-31",
    "London recorded 96 homicides in 2025, the lowest number since 2014.",
    ET("the lowest number since 2014", hom_y[2025] == (96, 96)
       and all(last_lower({y: v[i] for y, v in hom_y.items()}, 2025) == 2014 for i in (0, 1)), "record",
       f"homicide offences (all rows, 32 boroughs) {ser(hom_y)}"))
apr = (lon(["202004"]), lon(["201904"]))
one("o06_lockdown_retrospective.txt", "2025-12-10",
    "During the first lockdown, in April 2020, recorded crime in London fell by more than a third compared with April 2019.",
    ET("fell by more than a third", all(pct(apr[0][i], apr[1][i]) < -33.4 for i in (0, 1)), "change",
       f"April 2020 {apr[0]} vs April 2019 {apr[1]}"))
vb = {}
for r in _victims():
    if int(r["Year"]) <= 2022:
        vb[r["Borough"]] = vb.get(r["Borough"], 0) + 1
one("o07_homicide_borough_history.txt", "2023-05-02",
    "Lambeth recorded more homicide victims than any other London borough between 2003 and 2022.",
    ET("more homicide victims than any other London borough", rank_of("Lambeth", vb) == 1, "rank",
       f"victims 2003-2022: Lambeth {vb['Lambeth']}, Newham {vb['Newham']}, Southwark {vb['Southwark']}"))
one("o08_nyc_murders.txt", "2019-03-04",
    "New York recorded 330 murders in 2016, more than in either of the following two years.",
    ET("330 murders in 2016", nyc(2016) == 330 > max(nyc(2017), nyc(2018)), "compare",
       f"NYC 2016 {nyc(2016)}, 2017 {nyc(2017)}, 2018 {nyc(2018)}"))
kb24, kb25 = knife_boroughs(fy(2024)), knife_boroughs(fy(2025))
one("o09_lambeth_knife_fy.txt", "2025-05-12",
    "Lambeth overtook Westminster as London's knife crime hotspot in 2024/25, recording 948 offences.",
    ET("overtook Westminster as London's knife crime hotspot", max(kb25, key=kb25.get) == "Lambeth" and max(kb24, key=kb24.get) == "Westminster",
       "rank", f"MPS dashboard knife crime FY 2024/25 Lambeth {kb25['Lambeth']}, Westminster {kb25['Westminster']}; 2023/24 Westminster {kb24['Westminster']}, Lambeth {kb24['Lambeth']}"),
    ET("948 offences", kb25["Lambeth"] == 948, "count", f"{kb25['Lambeth']}"))
met_k = {y: ons_knife_all(y)["Metropolitan Police"] for y in range(2009, 2021)}
one("o10_ons_knife_met.txt", "2020-08-03",
    "Knife crime recorded by the Metropolitan Police has now risen for five years in a row, to almost 16,000 offences.",
    ET("risen for five years in a row", rises_in_a_row(met_k, 2020) == 5, "streak", f"ONS knife series, Met, by year label {ser(met_k)}"),
    ET("almost 16,000 offences", 15500 <= met_k[2020] < 16000, "count", f"label 2020 {met_k[2020]}"))
cu = {ym: (force_street("cumbria", [ym]), force_street("cumbria", [ym], crime_only=True)) for ym in JN}
one("o11_cumbria_pcc.txt", "2022-12-21",
    "Crime in Cumbria peaked in July this year.",
    ET("peaked in July this year", busiest(cu) == {"202207"}, "turn", f"Cumbria Jan-Nov 2022 July {cu['202207']} is the maximum (rows, crimes)"))
hom25 = mps_by_borough(minor="HOMICIDE", mm=Y25)
one("o12_outer_london_homicide.txt", "2026-01-25",
    "Harrow and Sutton both went through 2025 without a single homicide.",
    ET("both went through 2025 without a single homicide", hom25["Harrow"] == hom25["Sutton"] == 0, "equal",
       f"homicide offences 2025 Harrow {hom25['Harrow']}, Sutton {hom25['Sutton']}"))

# ---- false one-liners
vwi25 = mps_by_borough(minor="VIOLENCE WITH INJURY", mm=Y25)
one("o13_croydon_violence.txt", "2026-02-10",
    "Croydon had more violence with injury offences than any other London borough last year.",
    EF("more violence with injury offences than any other London borough", rank_of("Croydon", vwi25) == 1, "rank",
       f"2025 Westminster {vwi25['Westminster']}, Croydon {vwi25['Croydon']}"))
one("o14_southwark_robbery.txt", "2026-01-30",
    "Southwark recorded fewer robberies than neighbouring Lambeth in 2025.",
    EF("fewer robberies than neighbouring Lambeth", rob25["Southwark"] < rob25["Lambeth"], "compare",
       f"robbery 2025 Southwark {rob25['Southwark']}, Lambeth {rob25['Lambeth']}"))
hi_shop = yearly(minor="SHOPLIFTING", borough="Hillingdon")
one("o15_hillingdon_shoplifting.txt", "2026-02-08",
    "Shoplifting in Hillingdon has quadrupled since 2021.",
    EF("has quadrupled since 2021", hi_shop[2025] >= 3.8 * hi_shop[2021], "change", f"Hillingdon shoplifting 2025 {hi_shop[2025]}, 2021 {hi_shop[2021]}"))
is_drug = yearly(major="DRUG OFFENCES", borough="Islington", years=(2024, 2025))
one("o16_islington_drugs.txt", "2026-03-02",
    "Drug offences in Islington doubled last year.",
    EF("doubled last year", is_drug[2025] >= 1.9 * is_drug[2024], "change", f"Islington drugs 2025 {is_drug[2025]}, 2024 {is_drug[2024]} (+{pct(is_drug[2025], is_drug[2024]):.0f}%)"))
nw = yearly(borough="Newham")
one("o17_newham_record.txt", "2026-02-06",
    "Newham's crime total hit a record high in 2025.",
    EF("hit a record high in 2025", nw[2025] == max(nw.values()), "record", f"Newham 2025 {nw[2025]}, 2024 {nw[2024]}"))
veh25 = mps_by_borough(major="VEHICLE OFFENCES", mm=Y25)
one("o18_ealing_car_crime.txt", "2026-02-12",
    "Ealing had the third-highest number of vehicle offences in the capital in 2025.",
    EF("the third-highest number of vehicle offences", rank_of("Ealing", veh25) == 3, "rank", f"Ealing {veh25['Ealing']} is first"))
one("o19_enfield_total.txt", "2026-01-28",
    "Enfield recorded more than 30,000 crimes last year.",
    EF("more than 30,000 crimes", al["Enfield"] > 30000, "count", f"Enfield 2025 {al['Enfield']}"))
hg = yearly(borough="Haringey")
one("o20_haringey_streak.txt", "2026-01-29",
    "Crime in Haringey has now fallen for three years in a row.",
    EF("fallen for three years in a row", falls_in_a_row(hg, 2025) >= 3, "streak", f"Haringey {ser(hg)}"))
burg_y = {y: lon(cal(y), major="BURGLARY") for y in (2024, 2025)}
one("o21_london_burglary.txt", "2026-02-02",
    "Burglary in London rose last year for the first time since 2019.",
    EF("rose last year", any(burg_y[2025][i] > burg_y[2024][i] for i in (0, 1)), "direction", f"burglary 2025 {burg_y[2025]}, 2024 {burg_y[2024]}"))
rob_all = {y: lon(cal(y), major="ROBBERY") for y in range(2011, 2026)}
one("o22_london_robbery_record.txt", "2026-02-18",
    "Robbery in London hit its highest level since 2011 last year.",
    EF("its highest level since 2011", any(last_higher({y: v[i] for y, v in rob_all.items()}, 2025) == 2011 for i in (0, 1)),
       "record", f"robbery {ser(rob_all)} (2019 is higher than 2025)"))
veh_y = {y: lon(cal(y), major="VEHICLE OFFENCES") for y in (2024, 2025)}
one("o23_london_vehicle.txt", "2026-02-20",
    "Vehicle crime in London rose by around 15% last year.",
    EF("rose by around 15%", any(pct(veh_y[2025][i], veh_y[2024][i]) > 0 for i in (0, 1)), "change",
       f"vehicle offences 2025 {veh_y[2025]}, 2024 {veh_y[2024]}: a fall of about 15%"))
hom_fy = {e: lon(fy(e), minor="HOMICIDE") for e in (2024, 2025)}
one("o24_london_homicide_fy.txt", "2025-06-02",
    "Homicides in London rose in 2024/25.",
    EF("Homicides in London rose in 2024/25", any(hom_fy[2025][i] > hom_fy[2024][i] for i in (0, 1)), "direction",
       f"FY homicide 2024/25 {hom_fy[2025]}, 2023/24 {hom_fy[2024]}"))
feb = lon(["202602"])
one("o25_london_february.txt", "2026-03-16",
    "Police in London recorded more than 75,000 offences in February 2026.",
    EF("more than 75,000 offences", min(feb) > 75000, "count", f"February 2026 {feb}"))
child = victims_years(Age_Group="Child")
one("o26_child_victims.txt", "2021-02-01",
    "The number of children killed in London doubled in 2020.",
    EF("doubled in 2020", child[2020] >= 1.9 * child[2019], "change", f"Child victims 2020 {child[2020]}, 2019 {child[2019]}"))
one("o27_female_share.txt", "2023-04-03",
    "Women and girls made up more than a third of London's homicide victims in 2022.",
    EF("more than a third of London's homicide victims", fem[2022] / vy[2022] > 1 / 3, "share", f"female {fem[2022]} / {vy[2022]} = {100 * fem[2022] / vy[2022]:.0f}%"))
blunt = victims_years(Method_of_Killing="Blunt Implement")
one("o28_shootings_blunt.txt", "2023-04-20",
    "Every year from 2015 to 2022, more Londoners were shot dead than were killed with blunt instruments.",
    EF("more Londoners were shot dead than were killed with blunt instruments", all(shot[y] > blunt[y] for y in range(2015, 2023)),
       "compare", f"shooting {ser({y: shot[y] for y in range(2015, 2023)})}; blunt {ser({y: blunt[y] for y in range(2015, 2023)})}"))
us19 = owid("United States", 2019)
one("o29_us_homicide.txt", "2024-02-05",
    "America's homicide rate doubled between 2019 and 2021.",
    EF("doubled between 2019 and 2021", us21 >= 1.9 * us19, "change", f"OWID/UNODC US 2019 {us19:.2f}, 2021 {us21:.2f}"))
de23, ca23 = owid("Germany", 2023), owid("Canada", 2023)
one("o30_germany_canada.txt", "2025-06-10",
    "Germany's homicide rate was higher than Canada's in 2023.",
    EF("higher than Canada's in 2023", de23 > ca23, "compare", f"Germany {de23:.2f}, Canada {ca23:.2f}"))
one("o31_nyc_2017.txt", "2018-03-01",
    "Murders in New York went up in 2017.",
    EF("went up in 2017", nyc(2017) > nyc(2016), "direction", f"NYC 2017 {nyc(2017)}, 2016 {nyc(2016)}"))
cr = (kb25["Croydon"], kb24["Croydon"])
one("o32_croydon_knife_fy.txt", "2025-05-20",
    "Knife crime in Croydon rose by 14% in 2024/25.",
    EF("rose by 14% in 2024/25", pct(*cr) > 0, "change", f"MPS dashboard Croydon FY {cr} = {pct(*cr):+.1f}% (a fall of 14%)"))
k19, k18 = ons_knife_all(2019), ons_knife_all(2018)
one("o33_lancashire_knife.txt", "2020-03-02",
    "Lancashire police recorded more knife crime than Merseyside in 2018/19.",
    EF("more knife crime than Merseyside", k19["Lancashire"] > k19["Merseyside"] or k18["Lancashire"] > k18["Merseyside"],
       "compare", f"ONS label 2019 Lancashire {k19['Lancashire']} vs Merseyside {k19['Merseyside']}; label 2018 {k18['Lancashire']} vs {k18['Merseyside']} (false on either reading)"))
reg = {y: (ons_knife_region("London", y), ons_knife_region("England", y)) for y in (2019, 2020)}
one("o34_london_knife_share.txt", "2020-09-01",
    "London accounted for more than half of all knife crime recorded in England in the latest year.",
    EF("more than half of all knife crime", any(a / b > 0.5 for a, b in reg.values()), "share",
       f"London / England label 2020 {reg[2020]} = {reg[2020][0] / reg[2020][1]:.1%}; label 2019 {reg[2019][0] / reg[2019][1]:.1%}"))
one("o35_merseyside_drugs.txt", "2022-12-22",
    "Merseyside recorded fewer drug offences than South Yorkshire between January and November.",
    EF("fewer drug offences than South Yorkshire", me["Drugs"] < sy["Drugs"], "compare", f"drugs Merseyside {me['Drugs']}, South Yorkshire {sy['Drugs']}"))
btp = force_types("btp", JN)
one("o36_btp_bikes.txt", "2022-12-16",
    "British Transport Police recorded fewer than 3,000 bicycle thefts in the first eleven months of 2022.",
    EF("fewer than 3,000 bicycle thefts", btp["Bicycle theft"] < 3000, "count", f"BTP bicycle theft rows Jan-Nov 2022 {btp['Bicycle theft']}"))
cl = ((col(cal(2016)), col(cal(2016), crime_only=True)), (col(cal(2019)), col(cal(2019), crime_only=True)))
one("o37_city_2016_2019.txt", "2020-02-03",
    "Crime in the City of London fell between 2016 and 2019.",
    EF("fell between 2016 and 2019", any(cl[1][i] < cl[0][i] for i in (0, 1)), "direction", f"2016 {cl[0]}, 2019 {cl[1]} (rows, crimes)"))
rb = yearly(major="BURGLARY", borough="Redbridge", years=(2024, 2025))
one("o38_redbridge_burglary.txt", "2026-02-09",
    "Burglaries in Redbridge went up again in 2025.",
    EF("went up again in 2025", rb[2025] > rb[2024], "direction", f"Redbridge burglary 2025 {rb[2025]}, 2024 {rb[2024]}"))
one("o39_bexley_bromley.txt", "2026-02-11",
    "Bexley recorded more robberies than its larger neighbour Bromley last year.",
    EF("more robberies than its larger neighbour Bromley", rob25["Bexley"] > rob25["Bromley"], "compare",
       f"robbery 2025 Bexley {rob25['Bexley']}, Bromley {rob25['Bromley']}"))
gw = yearly(major="POSSESSION OF WEAPONS", borough="Greenwich", years=(2024, 2025))
one("o40_greenwich_knives.txt", "2026-02-16",
    "Knife possession offences in Greenwich halved last year.",
    EF("halved last year", gw[2025] <= 0.55 * gw[2024], "change", f"Greenwich possession of weapons 2025 {gw[2025]}, 2024 {gw[2024]}"))
wa = yearly(minor="BICYCLE THEFT", borough="Wandsworth", years=(2024, 2025))
one("o41_wandsworth_bikes.txt", "2026-02-19",
    "Bike thefts in Wandsworth were up by a fifth in 2025.",
    EF("up by a fifth in 2025", abs(pct(wa[2025], wa[2024]) - 20) <= 3, "change", f"Wandsworth bicycle theft 2025 {wa[2025]}, 2024 {wa[2024]} = {pct(wa[2025], wa[2024]):+.1f}%"))
kc = yearly(minor="SHOPLIFTING", borough="Kensington and Chelsea", years=(2024, 2025))
one("o42_kensington_shoplifting.txt", "2026-02-21",
    "Kensington and Chelsea had more shoplifting than any borough apart from Westminster in 2025.",
    EF("more shoplifting than any borough apart from Westminster", rank_of("Kensington and Chelsea", mps_by_borough(mm=Y25, **SHOP)) == 2,
       "rank", f"shoplifting 2025: Newham {mps(borough='Newham', mm=Y25, **SHOP)}, Camden {mps(borough='Camden', mm=Y25, **SHOP)}, K&C {kc[2025]}"))

# ---- unverifiable
U_SLUGS = ['enfield_999', 'barnet_converters', 'camden_mopeds', 'clapham_spiking', 'met_officers', 'burglary_charges', 'bus_drivers', 'newham_hate_crime', 'croydon_arrests', 'wandsworth_stations']
O_SLUGS = ['sutton_family', 'vru', 'stop_search', 'mitcham', 'greenwich_policing', 'harrow_counter', 'knife_disgrace', 'brent_home_secretary', 'wandsworth_policing', 'hounslow_patrols', 'kensington_feel', 'waltham_forest_lts', 'barking_cctv', 'bromley_ignored']
for n, (as_of, line, key, note) in enumerate([
    ("2026-01-15", "The average police response to a 999 call in Enfield now takes 14 minutes.", "14 minutes", "response times are not in the open data"),
    ("2025-11-03", "Catalytic converter thefts in Barnet have trebled since 2019.", "Catalytic converter thefts", "catalytic converters are not a category"),
    ("2026-02-22", "Moped-enabled phone snatches in Camden fell by 40% last year.", "Moped-enabled phone snatches", "moped-enabled thefts are not a category"),
    ("2026-01-12", "Reports of drink spiking in Clapham's bars doubled in 2025.", "drink spiking", "spiking is not a category of the borough series"),
    ("2025-10-20", "The Met now has 2,000 fewer officers than it did in 2010.", "2,000 fewer officers", "officer numbers are not in the data"),
    ("2026-03-04", "Only 5% of burglaries in London lead to someone being charged.", "Only 5% of burglaries", "charge rates are not in the data"),
    ("2026-02-26", "Assaults on London bus drivers rose by 20% last year.", "Assaults on London bus drivers", "crime on buses / against bus staff is not separated"),
    ("2025-12-01", "Two-thirds of hate crimes in Newham are never reported to police.", "never reported to police", "unreported crime is not in recorded data"),
    ("2026-01-09", "A third of people arrested for knife offences in Croydon last year were under 18.", "under 18", "arrest ages by borough are not in the open data"),
    ("2025-09-15", "Half of all bikes stolen in Wandsworth are taken from outside railway stations.", "outside railway stations", "theft location type is not in the borough series"),
], start=43):
    one(f"o{n}_{U_SLUGS[n - 43]}.txt", as_of, line, NV(key, note))

# ---- opinion
for n, (as_of, line, key) in enumerate([
    ("2026-01-22", "Sutton is one of the best places in London to bring up a family.", "one of the best places"),
    ("2025-11-14", "The Mayor's Violence Reduction Unit has been a complete failure.", "a complete failure"),
    ("2026-02-01", "Stop and search is a vital tool that keeps our streets safe.", "a vital tool"),
    ("2025-12-05", "Mitcham town centre has become a no-go zone after dark.", "a no-go zone"),
    ("2026-03-12", "Greenwich deserves far better policing than it is getting.", "deserves far better policing"),
    ("2025-10-08", "Closing Harrow's police front counter was a shocking mistake.", "a shocking mistake"),
    ("2026-01-05", "Britain's knife crime figures are a national disgrace.", "a national disgrace"),
    ("2026-02-13", "The Home Secretary is completely out of touch with how people in Brent feel about crime.", "completely out of touch"),
    ("2026-03-06", "Policing in Wandsworth is the best it has been in years.", "the best it has been in years"),
    ("2026-01-27", "Hounslow residents deserve more visible patrols, not more glossy reports.", "deserve more visible patrols"),
    ("2025-11-26", "Kensington and Chelsea feels a lot less safe than it did ten years ago.", "feels a lot less safe"),
    ("2026-02-24", "Waltham Forest's low-traffic scheme has been a triumph for community safety.", "a triumph for community safety"),
    ("2025-12-18", "The council's cuts to CCTV monitoring in Barking were reckless.", "were reckless"),
    ("2026-03-09", "Bromley is a victim of its own success: because crime is low, it gets ignored by the Met.", "a victim of its own success"),
], start=53):
    one(f"o{n}_{O_SLUGS[n - 53]}.txt", as_of, line, OP(key))
