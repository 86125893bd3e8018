"""set11 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs/claims.md or tests, set10, nor older sets' specs beyond
the first 120 lines of set9's, their inputs or reports). Every factual claim is true or false *by design*;
holds() in truth11.py checks that design against the raw files and raises if they disagree. The notes give the
figures. CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
from truth11 import (  # noqa: F401
    O,
    U,
    cal,
    dash,
    falls_in_a_row,
    force_street,
    fy,
    fyearly,
    gla_pop,
    holds,
    in_range,
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


def tr(key, flag, kind, note):
    return E(key, T(flag), kind, note, "true")


def fa(key, flag, kind, note):
    """flag = 'the claim holds' (must be False)."""
    return E(key, F(flag), kind, note, "false")


L32 = lambda mm, **kw: sum(mps_by_borough(mm=mm, **kw).values())  # noqa: E731  London on the 32 boroughs only

# ====================================================================== a1 local paper: Redbridge, calendar 2025
RB = "Redbridge"
rb = yearly(borough=RB)
rb_shop = yearly(minor="SHOPLIFTING", borough=RB)
rb_rob = yearly(major="ROBBERY", borough=RB)
rb_home = yearly(minor="RES BURGLARY OF A HOME", borough=RB, years=(2024, 2025))
rb_veh = yearly(major="VEHICLE OFFENCES", borough=RB)
rb_tfp = yearly(minor="THEFT FROM THE PERSON", borough=RB)
rb_vwi = yearly(minor="VIOLENCE WITH INJURY", borough=RB)
rb_rape = yearly(minor="RAPE", borough=RB)
rb_drug = yearly(major="DRUG OFFENCES", borough=RB)
rb_cd = yearly(minor="CRIMINAL DAMAGE", borough=RB)
rb_rate = 1000 * rb[2025] / gla_pop(RB, 2025)
lon25, lon24 = mps(mm=cal(2025)), mps(mm=cal(2024))
lon25_32 = L32(cal(2025))
lon_rate = 1000 * lon25 / london32_pop(2025)
lon_rate32 = 1000 * lon25_32 / london32_pop(2025)
add("a1_redbridge_local_2025.txt", "2026-02-20", [
    ("Redbridge crime climbs to highest level on record as shoplifting soars", [
        tr("highest level on record", rb[2025] == max(rb.values()), "record",
           f"Redbridge all crime by calendar year {ser(rb)} (series starts April 2010, part year lower)")]),
    ("Police recorded 24,418 offences in the borough in 2025, up from 24,107 the year before, according to "
     "Metropolitan Police figures published this month.", [
        tr("24,418 offences", rb[2025] == 24418 and rb[2024] == 24107, "count", f"Redbridge 2025 {rb[2025]}, 2024 {rb[2024]}")]),
    ("Shoplifting rose by almost 30% to 2,241 cases - more than double the 2018 figure.", [
        tr("almost 30%", in_range(pct(rb_shop[2025], rb_shop[2024]), 27, 30), "change",
           f"shoplifting {rb_shop[2025]} vs {rb_shop[2024]} = {pct(rb_shop[2025], rb_shop[2024]):+.1f}%"),
        tr("more than double the 2018 figure", rb_shop[2025] > 2 * rb_shop[2018], "compare",
           f"{rb_shop[2025]} vs 2018 {rb_shop[2018]} = x{rb_shop[2025] / rb_shop[2018]:.2f}")]),
    ("Robberies were up by more than a quarter, while drug offences rose by almost a third.", [
        tr("up by more than a quarter", 25 < pct(rb_rob[2025], rb_rob[2024]) < 33, "change",
           f"robbery (all) {rb_rob[2025]} vs {rb_rob[2024]} = {pct(rb_rob[2025], rb_rob[2024]):+.1f}%"),
        tr("rose by almost a third", in_range(pct(rb_drug[2025], rb_drug[2024]), 30, 33.4), "change",
           f"drug offences {rb_drug[2025]} vs {rb_drug[2024]} = {pct(rb_drug[2025], rb_drug[2024]):+.1f}%")]),
    ("Pickpocketing and phone snatches also went up, to 1,298.", [
        fa("also went up, to 1,298", rb_tfp[2025] > rb_tfp[2024], "direction",
           f"theft from the person {rb_tfp[2025]} vs {rb_tfp[2024]}: down, not up")]),
    ("Violence with injury reached a record 2,040 offences, and criminal damage rose too.", [
        fa("a record 2,040", rb_vwi[2025] == max(rb_vwi.values()), "record",
           f"violence with injury {ser(rb_vwi)}: 2025 is no record (2023 {rb_vwi[2023]})"),
        fa("criminal damage rose too", rb_cd[2025] > rb_cd[2024], "direction",
           f"criminal damage {rb_cd[2025]} vs {rb_cd[2024]}: down")]),
    ("There was better news on home burglaries, which dropped to 577 from 698, and car crime fell for a third "
     "year in a row.", [
        tr("dropped to 577 from 698", rb_home[2025] == 577 and rb_home[2024] == 698, "count",
           f"residential burglary of a home {rb_home[2025]} vs {rb_home[2024]}"),
        tr("fell for a third year in a row", falls_in_a_row(rb_veh, 2025) == 3, "streak",
           f"vehicle offences {ser(rb_veh)}: {falls_in_a_row(rb_veh, 2025)} falls in a row")]),
    ("Reported rapes rose to 294, a record for the borough.", [
        tr("a record for the borough", rb_rape[2025] == 294 and rb_rape[2025] == max(rb_rape.values()), "record",
           f"rape {ser(rb_rape)}")]),
    ("Even so, the borough's rate of about 74 crimes per 1,000 residents is well below the London figure of around "
     "95, and Redbridge ranked only 20th of the 32 boroughs for total crime.", [
        tr("74 crimes per 1,000 residents", near(74, rb_rate, 0.01), "rate",
           f"{rb[2025]} / GLA 2025 pop {gla_pop(RB, 2025)} = {rb_rate:.1f} per 1,000"),
        tr("around 95", near(95, lon_rate, 0.01) and near(95, lon_rate32, 0.01), "rate",
           f"London {lon25} (32 boroughs {lon25_32}) / {london32_pop(2025)} = {lon_rate:.1f} ({lon_rate32:.1f}) per 1,000"),
        tr("20th of the 32 boroughs", rank_of(RB, mps_by_borough(mm=cal(2025))) == 20, "rank",
           f"rank {rank_of(RB, mps_by_borough(mm=cal(2025)))} by 2025 total")]),
    ("Residents told us that only one in five 999 calls from Ilford gets an officer on the scene within ten minutes.", [
        NV("only one in five 999 calls", "response times are not in the open data")]),
    ("\"Ilford town centre simply doesn't feel safe after dark any more,\" said one shopkeeper.", [
        OP("doesn't feel safe after dark")]),
])

# ====================================================================== a2 tabloid: London 2025
shop = yearly(minor="SHOPLIFTING")
tfp = yearly(minor="THEFT FROM THE PERSON")
bike = yearly(minor="BICYCLE THEFT")
rpp = yearly(minor="ROBBERY OF PERSONAL PROPERTY")
hom = yearly(minor="HOMICIDE")
add("a2_tabloid_london_2025.txt", "2026-02-15", [
    ("SHOPLIFTING EPIDEMIC: THIEVES RUN RIOT IN KHAN'S LONDON", [OP("THIEVES RUN RIOT", "a headline judgement")]),
    ("Shoplifting in the capital has hit a record high, with more than 88,000 thefts from shops last year - more "
     "than 240 every single day.", [
        tr("hit a record high", shop[2025] == max(shop.values()), "record", f"shoplifting London {ser(shop)}"),
        tr("more than 240 every single day", 240 < shop[2025] / 365 < 250 and shop[2025] > 88000, "rate",
           f"{shop[2025]} / 365 = {shop[2025] / 365:.1f} a day")]),
    ("That is more than double the figure for 2022, and works out at one shoplifting every three minutes.", [
        tr("more than double the figure for 2022", shop[2025] > 2 * shop[2022], "compare",
           f"{shop[2025]} vs 2022 {shop[2022]}"),
        fa("every three minutes", near(3, 525600 / shop[2025], 0.1), "rate",
           f"525,600 minutes / {shop[2025]} = one every {525600 / shop[2025]:.1f} minutes")]),
    ("Phone snatches and pickpocketing came in at around 85,000, down 15% on 2024, but still one of the worst "
     "years ever.", [
        tr("down 15% on 2024", pct_is(-15, tfp[2025], tfp[2024]) and near(85000, tfp[2025], 0.01), "change",
           f"theft from the person {tfp[2025]} vs {tfp[2024]} = {pct(tfp[2025], tfp[2024]):+.1f}%")]),
    ("Muggings fell for the second year running, yet bike thefts rose to almost 16,000.", [
        tr("fell for the second year running", falls_in_a_row(rpp, 2025) == 2, "streak",
           f"robbery of personal property {ser(rpp)}"),
        fa("rose to almost 16,000", bike[2025] > bike[2024], "direction",
           f"bicycle theft {bike[2025]} vs {bike[2024]}: fell (16,000 was 2024)")]),
    ("And killings in the capital rose to 96.", [
        fa("killings in the capital rose to 96", hom[2025] > hom[2024], "direction",
           f"homicide offences {hom[2025]} vs {hom[2024]}: down")]),
    ("Shop workers say only one thief in ten is ever caught.", [NV("one thief in ten is ever caught",
                                                                   "detection of shoplifters not in the open data")]),
    ("One retailer told us: \"The Mayor has lost control of our high streets.\"", [OP("lost control of our high streets")]),
])

# ====================================================================== a3 broadsheet data piece: homicide victims 2003-2022
V = victims_years()
Vkn = victims_years(Method_of_Killing="Knife or Sharp Implement")
Vsh = victims_years(Method_of_Killing="Shooting")
Vf = victims_years(Sex="Female")
Vda = victims_years(Domestic_Abuse="Domestic Abuse")
Vun = victims_years(Solved_Status="Unsolved")
Vya = victims_years(Age_Group="Adolescent/Young Adult")
for d in (V, Vkn, Vsh, Vf, Vda, Vun, Vya):
    d.pop(2023)  # partial year, not used
vb22 = victims_by(2022, "Borough")
add("a3_broadsheet_homicide_victims.txt", "2023-03-10", [
    ("London's killings in numbers: what two decades of data tell us", []),
    ("The Metropolitan Police's victim data show that 106 people were killed in London in 2022, down from 131 in 2021 "
     "- a fall of almost a fifth.", [
        tr("106 people were killed", V[2022] == 106 and V[2021] == 131, "count", f"victims 2022 {V[2022]}, 2021 {V[2021]}"),
        tr("a fall of almost a fifth", in_range(pct(V[2022], V[2021]), -20, -17.5), "change",
           f"{pct(V[2022], V[2021]):+.1f}%")]),
    ("The toll has roughly halved since 2003, when 210 people lost their lives, though the low point came in 2014, "
     "with 84 victims.", [
        tr("roughly halved since 2003", V[2003] == 210 and in_range(V[2022] / V[2003], 0.45, 0.55), "change",
           f"{V[2022]} vs 2003 {V[2003]}"),
        tr("the low point came in 2014", min(V, key=V.get) == 2014 and V[2014] == 84, "record", f"victims {ser(V)}")]),
    ("Knives remain the weapon of choice: 70 of last year's victims were stabbed, about two-thirds of the total.", [
        tr("about two-thirds of the total", Vkn[2022] == 70 and in_range(Vkn[2022] / V[2022], 0.63, 0.70), "share",
           f"knife {Vkn[2022]} / {V[2022]} = {Vkn[2022] / V[2022]:.1%}")]),
    ("Shootings claimed 10 lives, exactly the same number as in 2021.", [
        tr("exactly the same number as in 2021", Vsh[2022] == Vsh[2021] == 10, "equal", f"shooting {Vsh[2022]} vs {Vsh[2021]}")]),
    ("The number of women killed rose, to 28, while domestic abuse killings dropped from 24 to 17.", [
        fa("The number of women killed rose", Vf[2022] > Vf[2021], "direction", f"female victims {Vf[2022]} vs {Vf[2021]}: down"),
        tr("dropped from 24 to 17", Vda[2021] == 24 and Vda[2022] == 17, "count", f"domestic abuse {Vda[2021]} -> {Vda[2022]}")]),
    ("Detectives also closed the gap: the number of unsolved killings fell, to 21.", [
        fa("unsolved killings fell", Vun[2022] < Vun[2021], "direction", f"unsolved {Vun[2022]} vs {Vun[2021]}: up")]),
    ("Victims in the Met's \"adolescent and young adult\" band fell to 29, the lowest since 2013.", [
        tr("the lowest since 2013", Vya[2022] == 29 and last_lower(Vya, 2022) == 2013
           and all(Vya[y] > 29 for y in range(2014, 2022)), "record", f"adolescent/young adult {ser(Vya)}")]),
    ("Lambeth, as so often, recorded more killings than any other borough.", [
        fa("more killings than any other borough", vb22.most_common(1)[0][0] == "Lambeth", "rank",
           f"2022 victims by borough, top: {vb22.most_common(4)}; Lambeth {vb22['Lambeth']}")]),
    ("In most cases, police sources say, the victim knew their killer.", [NV("the victim knew their killer",
                                                                            "victim-suspect relationship not in the data")]),
    ("Set against other cities the picture is less bleak. New York City recorded 297 murders in 2018, well over twice "
     "London's 128 that year.", [
        tr("297 murders in 2018", nyc(2018) == 297 and V[2018] == 128 and nyc(2018) > 2 * V[2018], "compare",
           f"NYC 2018 {nyc(2018)}, London victims 2018 {V[2018]}")]),
    ("New York's murders, for their part, fell every year from 2016 to 2018.", [
        fa("fell every year from 2016 to 2018", nyc(2017) < nyc(2016) and nyc(2018) < nyc(2017), "streak",
           f"NYC {nyc(2016)}, {nyc(2017)}, {nyc(2018)}: rose in 2018")]),
    ("And the homicide rate in the United States, 6.8 per 100,000 people in 2021, was roughly six times that of "
     "England and Wales.", [
        tr("6.8 per 100,000", near(6.8, owid("United States", 2021), 0.01)
           and in_range(owid("United States", 2021) / owid("England and Wales", 2021), 5.5, 6.5), "compare",
           f"OWID/UNODC 2021: US {owid('United States', 2021):.2f}, E&W {owid('England and Wales', 2021):.2f}")]),
    ("None of this should let ministers off the hook.", [OP("let ministers off the hook")]),
])

# ====================================================================== a4 council press release: Hackney FY 2024/25
HK = "Hackney"
hk = fyearly(borough=HK, ends=range(2019, 2026))
hk_tfp = fyearly(minor="THEFT FROM THE PERSON", borough=HK, ends=(2024, 2025))
hk_shop = fyearly(minor="SHOPLIFTING", borough=HK, ends=(2024, 2025))
hk_vwi = fyearly(minor="VIOLENCE WITH INJURY", borough=HK, ends=(2024, 2025))
hk_rpp = fyearly(minor="ROBBERY OF PERSONAL PROPERTY", borough=HK, ends=(2024, 2025))
hk_bike = fyearly(minor="BICYCLE THEFT", borough=HK, ends=range(2021, 2026))
hk_cd = fyearly(minor="CRIMINAL DAMAGE", borough=HK, ends=(2024, 2025))
hk_knife = {y: dash(borough=HK, mm=fy(y)) for y in (2023, 2024, 2025)}
add("a4_hackney_council_release.txt", "2025-05-20", [
    ("PRESS RELEASE - Hackney Council, 20 May 2025", []),
    ("Community Safety Partnership publishes annual crime figures", []),
    ("Total recorded crime in Hackney rose by 2% in 2024/25, to 33,250 offences, the council's annual community "
     "safety report shows.", [
        tr("rose by 2% in 2024/25", pct_is(2, hk[2025], hk[2024]) and hk[2025] == 33250, "change",
           f"Hackney FY {ser(hk)}; {pct(hk[2025], hk[2024]):+.1f}%")]),
    ("Much of the rise came from theft from the person (up 29%) and shoplifting, which went up by 75%.", [
        tr("up 29%", pct_is(29, hk_tfp[2025], hk_tfp[2024]), "change", f"theft from the person {hk_tfp[2025]} vs {hk_tfp[2024]} "
           f"= {pct(hk_tfp[2025], hk_tfp[2024]):+.1f}%"),
        tr("went up by 75%", pct_is(75, hk_shop[2025], hk_shop[2024]), "change",
           f"shoplifting {hk_shop[2025]} vs {hk_shop[2024]} = {pct(hk_shop[2025], hk_shop[2024]):+.1f}%")]),
    ("Violence with injury, by contrast, fell by almost a fifth, to 2,199, and street robberies also fell, to 1,525.", [
        tr("fell by almost a fifth, to 2,199", in_range(pct(hk_vwi[2025], hk_vwi[2024]), -20, -17.5) and hk_vwi[2025] == 2199,
           "change", f"violence with injury {hk_vwi[2025]} vs {hk_vwi[2024]} = {pct(hk_vwi[2025], hk_vwi[2024]):+.1f}%"),
        fa("also fell, to 1,525", hk_rpp[2025] < hk_rpp[2024], "direction",
           f"robbery of personal property {hk_rpp[2025]} vs {hk_rpp[2024]}: up")]),
    ("Bike theft went down for the third year running, and criminal damage was up 5%.", [
        fa("down for the third year running", falls_in_a_row(hk_bike, 2025) >= 3, "streak",
           f"bicycle theft FY {ser(hk_bike)}: rose in 2024/25"),
        fa("criminal damage was up 5%", pct_is(5, hk_cd[2025], hk_cd[2024]), "change",
           f"criminal damage {hk_cd[2025]} vs {hk_cd[2024]} = {pct(hk_cd[2025], hk_cd[2024]):+.1f}%")]),
    ("Knife crime rose by more than a fifth, to 714 offences, and arrests for carrying a knife were up 40%.", [
        tr("more than a fifth, to 714", hk_knife[2025] == 714 and 20 < pct(hk_knife[2025], hk_knife[2024]) < 25, "change",
           f"MPS dashboard knife crime Hackney FY {ser(hk_knife)}"),
        NV("arrests for carrying a knife were up 40%", "arrests by borough and offence are not in the open data")]),
    ("Cllr Amina Patel said: \"Hackney is a safer place to live thanks to the work of our partnership.\"", [
        OP("a safer place to live")]),
])

# ====================================================================== a5 MP's speech: South Wales and Dyfed-Powys, Jan-Nov 2022
M22 = months(2022, 1, 2022, 11)
SW, DP = "south-wales", "dyfed-powys"
sw, dp = force_street(SW, M22, crime_only=True), force_street(DP, M22, crime_only=True)
swa, dpa = force_street(SW, M22), force_street(DP, M22)
sw_v, dp_v = (force_street(f, M22, "Violence and sexual offences") for f in (SW, DP))
sw_shop, sw_burg = force_street(SW, M22, "Shoplifting"), force_street(SW, M22, "Burglary")
swm = {ym: force_street(SW, [ym], crime_only=True) for ym in M22}
dpm = {ym: force_street(DP, [ym], crime_only=True) for ym in M22}
swma = {ym: force_street(SW, [ym]) for ym in M22}
dpma = {ym: force_street(DP, [ym]) for ym in M22}
add("a5_mp_speech_wales_2022.txt", "2023-02-08", [
    ("Mr Speaker, I rise to speak for the communities of South Wales, and of our neighbours in Dyfed-Powys.", []),
    ("Between January and November last year, South Wales Police recorded nearly 99,000 crimes - and that is before "
     "we count anti-social behaviour.", [
        tr("nearly 99,000 crimes", near(99000, sw, 0.01) and sw < 99000, "count",
           f"South Wales Jan-Nov 2022 street rows excl. ASB {sw} (with ASB {swa})")]),
    ("Violence and sexual offences made up more than four in ten of them; in Dyfed-Powys it was more than half.", [
        tr("more than four in ten of them", in_range(sw_v / sw, 0.40, 0.45), "share", f"{sw_v} / {sw} = {sw_v / sw:.1%}"),
        tr("more than half", in_range(dp_v / dp, 0.50, 0.56), "share", f"Dyfed-Powys {dp_v} / {dp} = {dp_v / dp:.1%}")]),
    ("In South Wales, shoplifting now outnumbers burglary by three to one.", [
        fa("three to one", in_range(sw_shop / sw_burg, 2.8, 3.3), "compare",
           f"shoplifting {sw_shop} / burglary {sw_burg} = {sw_shop / sw_burg:.2f}")]),
    ("South Wales recorded more than five times as many crimes as Dyfed-Powys, though of course it polices far more "
     "people.", [
        fa("more than five times as many crimes", sw > 5 * dp and swa > 5 * dpa, "compare",
           f"{sw} vs {dp} = x{sw / dp:.2f} (with ASB {swa} vs {dpa} = x{swa / dpa:.2f})")]),
    ("Dyfed-Powys recorded just 81 robberies in those eleven months, while South Wales logged 2,901 drug offences.", [
        tr("just 81 robberies", force_street(DP, M22, "Robbery") == 81, "count", f"Dyfed-Powys robbery {force_street(DP, M22, 'Robbery')}"),
        tr("2,901 drug offences", force_street(SW, M22, "Drugs") == 2901, "count", f"South Wales drugs {force_street(SW, M22, 'Drugs')}")]),
    ("August was the busiest month in both forces, and January the quietest.", [
        tr("August was the busiest month in both forces",
           all(max(d, key=d.get) == "202208" for d in (swm, dpm, swma, dpma)), "rank",
           f"South Wales months {ser(swm)}; Dyfed-Powys {ser(dpm)} (with ASB too)"),
        fa("January the quietest", min(swm, key=swm.get) == "202201" and min(swma, key=swma.get) == "202201", "rank",
           f"South Wales quietest: {min(swm, key=swm.get)} ({min(swm.values())}) vs January {swm['202201']}")]),
    ("Since 2010 this Government has cut 300 officers from South Wales alone.", [NV("cut 300 officers", "officer numbers are not in the data")]),
    ("The Home Secretary has, quite simply, abandoned Wales.", [OP("abandoned Wales")]),
])

# ====================================================================== a6 police statement: Westminster, 12 months to January 2026
W = "Westminster"
J26, J25 = r12(2026, 1), r12(2025, 1)
w_all = (mps(borough=W, mm=J26), mps(borough=W, mm=J25))
w_tfp = (mps(minor="THEFT FROM THE PERSON", borough=W, mm=J26), mps(minor="THEFT FROM THE PERSON", borough=W, mm=J25))
w_rpp = (mps(minor="ROBBERY OF PERSONAL PROPERTY", borough=W, mm=J26), mps(minor="ROBBERY OF PERSONAL PROPERTY", borough=W, mm=J25))
w_shop = (mps(minor="SHOPLIFTING", borough=W, mm=J26), mps(minor="SHOPLIFTING", borough=W, mm=J25))
w_vwi = (mps(minor="VIOLENCE WITH INJURY", borough=W, mm=J26), mps(minor="VIOLENCE WITH INJURY", borough=W, mm=J25))
w_knife = (dash(borough=W, mm=J26), dash(borough=W, mm=J25))
cam_tfp = mps(minor="THEFT FROM THE PERSON", borough="Camden", mm=J26)
w_rpp_y = yearly(minor="ROBBERY OF PERSONAL PROPERTY", borough=W)
add("a6_westminster_police_statement.txt", "2026-02-25", [
    ("Statement from the Central West Basic Command Unit, Metropolitan Police", []),
    ("In the 12 months to the end of January, total recorded crime in Westminster fell by 10% compared with the "
     "previous 12 months.", [
        tr("fell by 10%", pct_is(-10, *w_all), "change", f"{w_all[0]} vs {w_all[1]} = {pct(*w_all):+.1f}%")]),
    ("Theft from the person - mostly phone snatches in the West End - is down by more than a quarter, to 24,074, and "
     "robbery of personal property fell by 18%.", [
        tr("down by more than a quarter, to 24,074", w_tfp[0] == 24074 and in_range(pct(*w_tfp), -30, -25), "change",
           f"{w_tfp[0]} vs {w_tfp[1]} = {pct(*w_tfp):+.1f}%"),
        tr("fell by 18%", pct_is(-18, *w_rpp), "change", f"{w_rpp[0]} vs {w_rpp[1]} = {pct(*w_rpp):+.1f}%")]),
    ("Knife crime in the borough is down by more than a fifth over the same period.", [
        tr("down by more than a fifth", in_range(pct(*w_knife), -25, -20), "change",
           f"dashboard knife crime Westminster {w_knife[0]} vs {w_knife[1]} = {pct(*w_knife):+.1f}%")]),
    ("Shoplifting also fell, and violence with injury was broadly flat (3,136 offences against 3,170).", [
        fa("Shoplifting also fell", w_shop[0] < w_shop[1], "direction", f"shoplifting {w_shop[0]} vs {w_shop[1]}: up"),
        tr("3,136 offences against 3,170", w_vwi == (3136, 3170), "count", f"violence with injury {w_vwi}")]),
    ("Robbery is now at its lowest level in a decade, and Westminster now has fewer thefts from the person than "
     "Camden.", [
        fa("lowest level in a decade", all(w_rpp_y[y] > w_rpp[0] for y in range(2016, 2026)), "record",
           f"robbery of personal property 12 months {w_rpp[0]}; calendar years {ser(w_rpp_y)}"),
        fa("fewer thefts from the person than Camden", w_tfp[0] < cam_tfp, "compare", f"Westminster {w_tfp[0]} vs Camden {cam_tfp}")]),
    ("Officers made more than 1,400 arrests in the West End during the period.", [NV("more than 1,400 arrests",
                                                                                     "arrests by borough not in the open data")]),
    ("Chief Superintendent said: \"The West End is a safe and welcoming place to visit, day and night.\"", [
        OP("a safe and welcoming place to visit")]),
])

# ====================================================================== a7 campaign blog: women's safety, London
rape = yearly(minor="RAPE")
oso = yearly(minor="OTHER SEXUAL OFFENCES")
sh = yearly(minor="STALKING AND HARASSMENT")
sx = yearly(major="SEXUAL OFFENCES")
add("a7_campaign_blog_womens_safety.txt", "2026-03-08", [
    ("International Women's Day: the numbers London can't ignore", []),
    ("Last year 9,742 rapes were reported to the Met - the highest number on record, and nearly three times as many "
     "as in 2011.", [
        tr("9,742 rapes", rape[2025] == 9742, "count", f"rape London {ser(rape)}"),
        tr("the highest number on record", rape[2025] == max(rape.values()), "record", "2025 is the series high"),
        tr("nearly three times as many", in_range(rape[2025] / rape[2011], 2.7, 3.0), "compare",
           f"{rape[2025]} / {rape[2011]} = x{rape[2025] / rape[2011]:.2f}")]),
    ("Other sexual offences also hit a record, 17,332, and sexual offences as a whole rose by 20%.", [
        tr("also hit a record, 17,332", oso[2025] == 17332 == max(oso.values()), "record", f"other sexual offences {ser(oso)}"),
        fa("rose by 20%", pct_is(20, sx[2025], sx[2024], slack=2), "change",
           f"sexual offences {sx[2025]} vs {sx[2024]} = {pct(sx[2025], sx[2024]):+.1f}%")]),
    ("Stalking and harassment went up by almost 10% over the same twelve months.", [
        tr("up by almost 10%", in_range(pct(sh[2025], sh[2024]), 8.5, 10), "change",
           f"stalking and harassment {sh[2025]} vs {sh[2024]} = {pct(sh[2025], sh[2024]):+.1f}%")]),
    ("In 2022, 17 of the 106 people killed in London died in domestic abuse homicides, and the 28 women killed were "
     "the highest number since 2013.", [
        tr("17 of the 106 people killed", Vda[2022] == 17 and V[2022] == 106, "share", f"domestic abuse {Vda[2022]} of {V[2022]}"),
        fa("the highest number since 2013", all(Vf[y] < 28 for y in range(2014, 2022)), "record",
           f"female victims {ser(Vf)}: 2018-2021 were higher or equal")]),
    ("Only around 2% of reported rapes end in a charge, and reports of drink spiking have doubled.", [
        NV("2% of reported rapes end in a charge", "charge rates not in the open data"),
        NV("drink spiking have doubled", "spiking is not a category in the data")]),
    ("The Met still does not take violence against women seriously.", [OP("does not take violence against women seriously")]),
])

# ====================================================================== a8 radio transcript: lockdown, April 2020
TH, NW = "Tower Hamlets", "Newham"
apr = lambda y, **kw: mps(mm=[f"{y}04"], **kw)  # noqa: E731
add("a8_radio_lockdown_transcript.txt", "2020-06-15", [
    ("PRESENTER: We're talking about crime under lockdown. The figures for April are out.", []),
    ("REPORTER: Across London, recorded crime fell by more than a third in April compared with April last year.", [
        tr("fell by more than a third", in_range(pct(apr(2020), apr(2019)), -40, -33.4), "change",
           f"London April 2020 {apr(2020)} vs April 2019 {apr(2019)} = {pct(apr(2020), apr(2019)):+.1f}%")]),
    ("REPORTER: Theft from the person fell by more than 80% - in Newham it went from 203 to 36.", [
        tr("fell by more than 80%", pct(apr(2020, minor="THEFT FROM THE PERSON"), apr(2019, minor="THEFT FROM THE PERSON")) < -80,
           "change", f"London theft from the person {apr(2020, minor='THEFT FROM THE PERSON')} vs {apr(2019, minor='THEFT FROM THE PERSON')}"),
        tr("went from 203 to 36", (apr(2019, minor="THEFT FROM THE PERSON", borough=NW), apr(2020, minor="THEFT FROM THE PERSON", borough=NW)) == (203, 36),
           "count", "Newham theft from the person April 2019 -> April 2020")]),
    ("PRESENTER: And Tower Hamlets?", []),
    ("REPORTER: Shoplifting there fell by more than 40%, but robbery only fell by about a tenth, and violence with "
     "injury actually rose.", [
        tr("fell by more than 40%", in_range(pct(apr(2020, minor="SHOPLIFTING", borough=TH), apr(2019, minor="SHOPLIFTING", borough=TH)), -50, -40),
           "change", f"TH shoplifting {apr(2020, minor='SHOPLIFTING', borough=TH)} vs {apr(2019, minor='SHOPLIFTING', borough=TH)}"),
        fa("robbery only fell by about a tenth", in_range(pct(apr(2020, major="ROBBERY", borough=TH), apr(2019, major="ROBBERY", borough=TH)), -15, -5),
           "change", f"TH robbery {apr(2020, major='ROBBERY', borough=TH)} vs {apr(2019, major='ROBBERY', borough=TH)} = "
           f"{pct(apr(2020, major='ROBBERY', borough=TH), apr(2019, major='ROBBERY', borough=TH)):+.1f}%"),
        fa("violence with injury actually rose", apr(2020, minor="VIOLENCE WITH INJURY", borough=TH) > apr(2019, minor="VIOLENCE WITH INJURY", borough=TH),
           "direction", f"TH VWI {apr(2020, minor='VIOLENCE WITH INJURY', borough=TH)} vs {apr(2019, minor='VIOLENCE WITH INJURY', borough=TH)}")]),
    ("REPORTER: Drug possession in Newham went up, to 239, while home burglaries there rose as well.", [
        tr("went up, to 239", apr(2020, minor="POSSESSION OF DRUGS", borough=NW) == 239 > apr(2019, minor="POSSESSION OF DRUGS", borough=NW),
           "direction", f"Newham drug possession {apr(2020, minor='POSSESSION OF DRUGS', borough=NW)} vs {apr(2019, minor='POSSESSION OF DRUGS', borough=NW)}"),
        fa("home burglaries there rose as well", apr(2020, minor="DOMESTIC BURGLARY", borough=NW) > apr(2019, minor="DOMESTIC BURGLARY", borough=NW),
           "direction", f"Newham domestic burglary {apr(2020, minor='DOMESTIC BURGLARY', borough=NW)} vs {apr(2019, minor='DOMESTIC BURGLARY', borough=NW)}")]),
    ("REPORTER: Charities tell us calls to domestic abuse helplines are up by a quarter.", [
        NV("up by a quarter", "helpline calls are not in the data")]),
    ("CALLER: Lockdown has shown what proper policing can do on our streets.", [OP("what proper policing can do")]),
])

# ====================================================================== a9 party leaflet: Havering
HV = "Havering"
hv = yearly(borough=HV)
hv_rob = yearly(major="ROBBERY", borough=HV)
hv_veh = yearly(major="VEHICLE OFFENCES", borough=HV)
hv_pw = yearly(major="POSSESSION OF WEAPONS", borough=HV)
hv_bur = yearly(major="BURGLARY", borough=HV)
hv_others = mps(borough="Bexley", mm=cal(2025)) + mps(borough="Harrow", mm=cal(2025))
add("a9_havering_party_leaflet.txt", "2026-04-10", [
    ("HAVERING MATTERS - Your local candidates' report", []),
    ("Crime in Havering has fallen two years running, but at 19,366 offences last year it is still higher than in any "
     "year before 2022.", [
        tr("fallen two years running", falls_in_a_row(hv, 2025) == 2, "streak", f"Havering {ser(hv)}"),
        tr("higher than in any year before 2022", all(hv[y] < hv[2025] for y in range(2011, 2022)) and hv[2025] == 19366,
           "compare", "2025 above every year 2011-2021")]),
    ("Robberies have almost doubled since 2021, from 330 to 651.", [
        tr("almost doubled since 2021", hv_rob[2021] == 330 and hv_rob[2025] == 651 and in_range(hv_rob[2025] / hv_rob[2021], 1.85, 2.0),
           "change", f"robbery {ser(hv_rob)}")]),
    ("Car crime peaked in 2023 and has fallen back since, and burglary, at 909, is the lowest on record.", [
        tr("peaked in 2023 and has fallen back", max(hv_veh, key=hv_veh.get) == 2023 and falls_in_a_row(hv_veh, 2025) == 2,
           "turn", f"vehicle offences {ser(hv_veh)}"),
        tr("the lowest on record", hv_bur[2025] == 909 == min(hv_bur.values()), "record", f"burglary {ser(hv_bur)}")]),
    ("But weapon possession offences are at a record high, and between 2014 and 2018 crime in the borough went up by "
     "half.", [
        fa("at a record high", hv_pw[2025] == max(hv_pw.values()), "record", f"possession of weapons {ser(hv_pw)}"),
        fa("went up by half", in_range(pct(hv[2018], hv[2014]), 45, 55), "change",
           f"{hv[2018]} vs {hv[2014]} = {pct(hv[2018], hv[2014]):+.1f}%")]),
    ("Havering now has more crime than Bexley and Harrow put together.", [
        fa("more crime than Bexley and Harrow put together", hv[2025] > hv_others, "compare",
           f"Havering {hv[2025]} vs Bexley + Harrow {hv_others}")]),
    ("Half of residents tell us they never see a police officer on their street.", [NV("never see a police officer",
                                                                                      "a survey, not in the data")]),
    ("City Hall has failed outer London, and only our candidates will put bobbies back on the beat.", [
        OP("City Hall has failed outer London"), OP("only our candidates will put bobbies back on the beat")]),
])

# ====================================================================== a10 residents' newsletter: Richmond, summer 2025
RI = "Richmond upon Thames"
su = lambda y, **kw: mps(borough=RI, mm=months(y, 6, y, 8), **kw)  # noqa: E731
r24 = mps_by_borough(mm=cal(2024))
add("a10_richmond_newsletter_summer.txt", "2025-10-05", [
    ("Kew & Richmond Residents' Association - Autumn Newsletter", []),
    ("Crime in the borough this summer (June to August) came to 3,082 offences, down 7% on last summer.", [
        tr("down 7% on last summer", su(2025) == 3082 and pct_is(-7, su(2025), su(2024)), "change",
           f"Richmond Jun-Aug 2025 {su(2025)} vs 2024 {su(2024)} = {pct(su(2025), su(2024)):+.1f}%")]),
    ("Bike thefts were slightly down (120, against 126), and thefts from cars fell by nearly 30%.", [
        tr("120, against 126", (su(2025, minor="BICYCLE THEFT"), su(2024, minor="BICYCLE THEFT")) == (120, 126), "count", "bicycle theft summers"),
        tr("fell by nearly 30%", in_range(pct(su(2025, minor="THEFT FROM A VEHICLE"), su(2024, minor="THEFT FROM A VEHICLE")), -30, -27),
           "change", f"theft from a vehicle {su(2025, minor='THEFT FROM A VEHICLE')} vs {su(2024, minor='THEFT FROM A VEHICLE')}")]),
    ("Home burglaries dropped too, but shoplifting rose again.", [
        fa("Home burglaries dropped too", su(2025, minor="RES BURGLARY OF A HOME") < su(2024, minor="RES BURGLARY OF A HOME"), "direction",
           f"home burglary {su(2025, minor='RES BURGLARY OF A HOME')} vs {su(2024, minor='RES BURGLARY OF A HOME')}: up"),
        fa("shoplifting rose again", su(2025, minor="SHOPLIFTING") > su(2024, minor="SHOPLIFTING"), "direction",
           f"shoplifting {su(2025, minor='SHOPLIFTING')} vs {su(2024, minor='SHOPLIFTING')}: down")]),
    ("Criminal damage went up, to 307 from 283, and August on its own was down 15% on the same month a year earlier.", [
        tr("to 307 from 283", (su(2025, minor="CRIMINAL DAMAGE"), su(2024, minor="CRIMINAL DAMAGE")) == (307, 283), "count", "criminal damage summers"),
        tr("down 15% on the same month a year earlier", pct_is(-15, mps(borough=RI, mm=["202508"]), mps(borough=RI, mm=["202408"])), "change",
           f"August 2025 {mps(borough=RI, mm=['202508'])} vs August 2024 {mps(borough=RI, mm=['202408'])}")]),
    ("Richmond was once again the London borough with the least recorded crime last year.", [
        fa("the least recorded crime last year", min(r24, key=r24.get) == RI, "rank",
           f"2024 lowest: {sorted(r24.items(), key=lambda x: x[1])[:3]}")]),
    ("Our Neighbourhood Watch coordinators logged 40 reports of suspicious activity.", [NV("40 reports of suspicious activity")]),
    ("We remain one of the safest places in the country to live.", [OP("one of the safest places in the country")]),
])

# ====================================================================== one-liners
allL = yearly()
all32 = {y: L32(cal(y)) for y in (2024, 2025)}
b25 = mps_by_borough(mm=cal(2025))
vio = yearly(minor="VIOLENCE WITH INJURY")
drug = yearly(major="DRUG OFFENCES")
burg = yearly(major="BURGLARY")
veh = yearly(major="VEHICLE OFFENCES")
pw = yearly(major="POSSESSION OF WEAPONS")
cd = yearly(minor="CRIMINAL DAMAGE")
kn = {y: dash(mm=cal(y)) for y in (2023, 2024, 2025)}
knf = {y: dash(mm=fy(y)) for y in (2024, 2025)}
ok = {y: ons_knife("Metropolitan Police", y) for y in range(2009, 2021)}
ss = {m: met_ss([m]) for m in ("201801", "201802", "201803")}
SY = "south-yorkshire"
wsh = yearly(minor="SHOPLIFTING", borough=W)
n = 0


def ol(as_of, line, *exps):
    global n
    n += 1
    one(f"o{n:02d}.txt", as_of, line, *exps)


ol("2026-02-12", "Recorded crime in London fell slightly in 2025, to around 910,000 offences, the Met's figures show.",
   tr("fell slightly in 2025", allL[2025] < allL[2024] and all32[2025] < all32[2024] and near(910000, allL[2025], 0.01)
      and near(910000, all32[2025], 0.01), "direction",
      f"{allL[2025]} vs {allL[2024]} = {pct(allL[2025], allL[2024]):+.2f}% (32 boroughs {pct(all32[2025], all32[2024]):+.2f}%)"))
ol("2026-02-12", "For the first time, the Met recorded more than a million offences in a single year in 2025.",
   fa("more than a million offences", allL[2025] > 1_000_000, "count", f"2025 {allL[2025]}"))
ol("2026-02-20", "Shoplifting in London has now risen for four years in a row.",
   tr("risen for four years in a row", rises_in_a_row(shop, 2025) == 4, "streak", f"shoplifting {ser(shop)}"))
ol("2026-02-20", "Good news for cyclists: at 14,235, bike thefts in London last year were the lowest since records began.",
   tr("the lowest since records began", bike[2025] == 14235 == min(bike.values()), "record", f"bicycle theft {ser(bike)}"))
ol("2026-03-01", "Violence with injury across London fell to 63,782 in 2025, the lowest since 2013.",
   tr("the lowest since 2013", vio[2025] == 63782 and last_lower(vio, 2025) == 2013, "record", f"VWI {ser(vio)}"))
ol("2026-02-14", "Westminster recorded more than twice as much crime as any other London borough in 2025.",
   tr("more than twice as much crime as any other", all(b25[W] > 2 * v for b, v in b25.items() if b != W), "compare",
      f"Westminster {b25[W]}, next Camden {b25['Camden']}"))
ol("2026-02-14", "Newham had the second-highest crime total of any London borough last year.",
   fa("second-highest crime total", rank_of("Newham", b25) == 2, "rank", f"Newham rank {rank_of('Newham', b25)}: Camden {b25['Camden']} vs Newham {b25['Newham']}"))
ol("2026-02-14", "Richmond upon Thames recorded less crime than any other borough in 2025.",
   tr("less crime than any other borough", min(b25, key=b25.get) == RI, "rank", f"lowest {sorted(b25.items(), key=lambda x: x[1])[:2]}"))
ol("2026-03-05", "Hackney was the ninth-highest of London's 32 boroughs for recorded crime in 2025.",
   tr("ninth-highest", rank_of(HK, b25) == 9, "rank", f"Hackney rank {rank_of(HK, b25)}"))
ol("2026-01-20", "There were 96 homicides in London in 2025, the fewest since 2014.",
   tr("the fewest since 2014", hom[2025] == 96 and last_lower(hom, 2025) == 2014, "record", f"homicide offences {ser(hom)}"))
ol("2026-02-02", "Muggings across the capital rose by 10% in 2025.",
   fa("rose by 10%", pct_is(10, rpp[2025], rpp[2024], slack=3), "change", f"robbery of personal property {rpp[2025]} vs {rpp[2024]} = {pct(rpp[2025], rpp[2024]):+.1f}%"))
ol("2026-03-10", "London saw roughly 95 crimes for every 1,000 residents in 2025.",
   tr("95 crimes for every 1,000 residents", near(95, lon_rate, 0.01) and near(95, lon_rate32, 0.01), "rate", f"{lon_rate:.1f} ({lon_rate32:.1f} on 32 boroughs)"))
ol("2026-03-10", "Westminster's crime rate, at more than 300 offences per 1,000 residents, dwarfs every other borough's.",
   tr("more than 300 offences per 1,000 residents", 300 < 1000 * b25[W] / gla_pop(W, 2025) < 320, "rate",
      f"{b25[W]} / {gla_pop(W, 2025)} = {1000 * b25[W] / gla_pop(W, 2025):.1f}"))
ol("2026-02-25", "Havering recorded more crime than Redbridge last year.",
   fa("more crime than Redbridge", b25[HV] > b25[RB], "compare", f"Havering {b25[HV]} vs Redbridge {b25[RB]}"))
th_rape = yearly(minor="RAPE", borough=TH, years=(2024, 2025))
ol("2026-03-08", "Reported rapes in Tower Hamlets rose from 380 to 459 last year.",
   tr("rose from 380 to 459", (th_rape[2024], th_rape[2025]) == (380, 459), "count", f"TH rape {ser(th_rape)}"))
ol("2026-02-18", "Drug offences across London fell last year as stop and search was scaled back.",
   fa("Drug offences across London fell", drug[2025] < drug[2024], "direction", f"drug offences {drug[2025]} vs {drug[2024]}: up"))
ol("2026-02-18", "Drug offences in London jumped by almost a third in 2025.",
   tr("jumped by almost a third", in_range(pct(drug[2025], drug[2024]), 30, 33.4), "change", f"{drug[2025]} vs {drug[2024]} = {pct(drug[2025], drug[2024]):+.1f}%"))
ol("2026-02-28", "Knife crime in London fell by about 17% in 2025, according to the Met's crime dashboard.",
   tr("fell by about 17%", pct_is(-17, kn[2025], kn[2024]), "change", f"dashboard knife crime {ser(kn)}; {pct(kn[2025], kn[2024]):+.1f}%"))
ol("2025-05-01", "Knife crime in London fell in the 2024/25 financial year.",
   fa("fell in the 2024/25 financial year", knf[2025] < knf[2024], "direction", f"dashboard knife crime FY {ser(knf)}: up"))
ol("2021-03-01", "Knife offences recorded by the Met rose by more than 60% between 2015 and 2020, ONS figures show.",
   tr("rose by more than 60%", 60 < pct(ok[2020], ok[2015]) < 70, "change", f"ONS knife series, Met, labels {ser(ok)}"))
ol("2021-03-01", "Knife crime in London fell every year from 2010 to 2016.",
   fa("fell every year from 2010 to 2016", all(ok[y] < ok[y - 1] for y in range(2011, 2017)), "streak", f"ONS knife Met {ser(ok)}: rose 2011, 2012, 2016"))
ol("2023-02-01", "Only five people were shot dead in London in 2014, the fewest in two decades of records.",
   tr("the fewest in two decades", Vsh[2014] == 5 == min(Vsh.values()), "record", f"shooting victims {ser(Vsh)}"))
ol("2023-02-01", "More people were stabbed to death in London in 2021 (92) than in 2019.",
   fa("than in 2019", Vkn[2021] > Vkn[2019], "compare", f"knife victims 2021 {Vkn[2021]} vs 2019 {Vkn[2019]}"))
ol("2023-02-20", "The number of unsolved killings in London rose from three in 2014 to 28 in 2019.",
   tr("rose from three in 2014 to 28 in 2019", Vun[2014] == 3 and Vun[2019] == 28, "count", f"unsolved {ser(Vun)}"))
ol("2017-02-01", "New York City recorded 330 murders in 2016.",
   tr("330 murders in 2016", nyc(2016) == 330, "count", f"NYC 2016 {nyc(2016)}"))
ol("2018-02-01", "In 2017, New York had fewer murders than London for the first time.",
   fa("fewer murders than London", nyc(2017) < V[2017], "compare", f"NYC 2017 {nyc(2017)} vs London victims {V[2017]}"))
ol("2022-06-01", "The US homicide rate jumped by almost 30% in 2020.",
   tr("jumped by almost 30%", in_range(pct(owid("United States", 2020), owid("United States", 2019)), 27, 30), "change",
      f"OWID US {owid('United States', 2019):.2f} -> {owid('United States', 2020):.2f}"))
ol("2023-06-01", "Canada has a lower murder rate than England and Wales.",
   fa("lower murder rate than England and Wales", owid("Canada", 2021) < owid("England and Wales", 2021), "compare",
      f"2021 Canada {owid('Canada', 2021):.2f} vs E&W {owid('England and Wales', 2021):.2f}"))
ol("2023-06-01", "Germany's homicide rate in 2021 was lower than that of England and Wales.",
   tr("lower than that of England and Wales", owid("Germany", 2021) < owid("England and Wales", 2021), "compare",
      f"Germany {owid('Germany', 2021):.2f} vs E&W {owid('England and Wales', 2021):.2f}"))
ol("2018-03-05", "The Met carried out more than 12,000 stop and searches in January.",
   tr("more than 12,000 stop and searches", 12000 < ss["201801"] < 12500, "count", f"Met S&S {ser(ss)}"))
ol("2018-04-10", "Stop and search in London rose every month in the first quarter of the year.",
   fa("rose every month", ss["201802"] > ss["201801"] and ss["201803"] > ss["201802"], "streak", f"Met S&S {ser(ss)}"))
ol("2018-04-10", "Officers in London carried out nearly 34,000 stop and searches between January and March.",
   tr("nearly 34,000", near(34000, sum(ss.values()), 0.01) and sum(ss.values()) < 34000, "count", f"Q1 2018 total {sum(ss.values())}"))
ol("2023-01-15", "South Yorkshire Police recorded more than 10,000 burglaries in the first eleven months of 2022.",
   tr("more than 10,000 burglaries", 10000 < force_street(SY, M22, "Burglary") < 11000, "count", f"SY burglary Jan-Nov 2022 {force_street(SY, M22, 'Burglary')}"))
ol("2023-01-15", "In South Yorkshire, vehicle crime is now more common than violent and sexual crime.",
   fa("more common than violent and sexual crime", force_street(SY, M22, "Vehicle crime") > force_street(SY, M22, "Violence and sexual offences"),
      "compare", f"SY vehicle {force_street(SY, M22, 'Vehicle crime')} vs violence {force_street(SY, M22, 'Violence and sexual offences')}"))
ol("2023-01-20", "Dyfed-Powys Police logged just 169 bike thefts between January and November 2022.",
   tr("just 169 bike thefts", force_street(DP, M22, "Bicycle theft") == 169, "count", f"DP bicycle theft {force_street(DP, M22, 'Bicycle theft')}"))
nw_shop = yearly(minor="SHOPLIFTING", borough=NW, years=(2023, 2025))
ol("2026-02-22", "Shoplifting in Newham has more than doubled since 2023.",
   tr("more than doubled since 2023", nw_shop[2025] > 2 * nw_shop[2023], "change", f"Newham shoplifting {ser(nw_shop)}"))
th_bike = yearly(minor="BICYCLE THEFT", borough=TH, years=(2024, 2025))
ol("2026-02-22", "Bike thefts in Tower Hamlets went up again last year.",
   fa("went up again last year", th_bike[2025] > th_bike[2024], "direction", f"TH bicycle theft {ser(th_bike)}"))
ol("2026-02-27", "Westminster's 7,874 shoplifting offences in 2025 were the most the borough has ever recorded.",
   tr("the most the borough has ever recorded", wsh[2025] == 7874 == max(wsh.values()), "record", f"Westminster shoplifting {ser(wsh)}"))
hk_drug = yearly(major="DRUG OFFENCES", borough=HK, years=(2024, 2025))
ol("2026-03-03", "Drug offences in Hackney went up by half in 2025.",
   tr("went up by half", in_range(pct(hk_drug[2025], hk_drug[2024]), 48, 52), "change", f"Hackney drugs {ser(hk_drug)}"))
ri_rob = yearly(major="ROBBERY", borough=RI, years=(2024, 2025))
ol("2026-03-03", "Robberies in Richmond doubled last year.",
   fa("Robberies in Richmond doubled", ri_rob[2025] >= 1.8 * ri_rob[2024], "change", f"Richmond robbery {ser(ri_rob)}: down"))
ol("2026-03-04", "Redbridge recorded fewer shoplifting offences than Hackney last year, but not by much.",
   tr("fewer shoplifting offences than Hackney", rb_shop[2025] < yearly(minor="SHOPLIFTING", borough=HK, years=(2025,))[2025], "compare",
      f"Redbridge {rb_shop[2025]} vs Hackney {yearly(minor='SHOPLIFTING', borough=HK, years=(2025,))[2025]}"))
nw_tfp = yearly(minor="THEFT FROM THE PERSON", borough=NW, years=(2024, 2025))
ol("2026-03-04", "Phone and bag thefts from people in Newham were down 11% in 2025.",
   tr("down 11%", pct_is(-11, nw_tfp[2025], nw_tfp[2024]), "change", f"Newham theft from the person {ser(nw_tfp)}"))
ol("2026-02-10", "Burglary in London went up last year.",
   fa("went up last year", burg[2025] > burg[2024], "direction", f"burglary {ser(burg)}"))
ol("2026-02-10", "London burglaries fell to 48,064 in 2025, the lowest figure on record.",
   tr("the lowest figure on record", burg[2025] == 48064 == min(burg.values()), "record", f"burglary {ser(burg)}"))
ol("2026-02-11", "Car crime in the capital dropped by 15% last year.",
   tr("dropped by 15%", pct_is(-15, veh[2025], veh[2024]), "change", f"vehicle offences {veh[2025]} vs {veh[2024]} = {pct(veh[2025], veh[2024]):+.1f}%"))
ol("2026-02-11", "Thefts from the person in London peaked in 2024, at more than 100,000, before falling back in 2025.",
   tr("peaked in 2024", max(tfp, key=tfp.get) == 2024 and tfp[2024] > 100000 and tfp[2025] < tfp[2024], "turn", f"theft from the person {ser(tfp)}"))
ol("2026-02-11", "Knife and weapon possession offences in London fell in 2025.",
   fa("fell in 2025", pw[2025] < pw[2024], "direction", f"possession of weapons {pw[2025]} vs {pw[2024]}: up"))
ol("2026-02-11", "Criminal damage in London was down slightly last year, at 53,236.",
   tr("down slightly last year", cd[2025] == 53236 and -5 < pct(cd[2025], cd[2024]) < 0, "direction", f"criminal damage {cd[2025]} vs {cd[2024]}"))
ol("2026-02-11", "Stalking and harassment offences in London peaked in 2021.",
   tr("peaked in 2021", max(sh, key=sh.get) == 2021, "turn", f"stalking and harassment {ser(sh)}"))
ol("2020-02-01", "London's 153 homicides in 2019 were the lowest in a decade.",
   fa("the lowest in a decade", hom[2019] == min(hom[y] for y in range(2011, 2020)), "record", f"homicide offences {ser(hom)}: 2019 is the series high"))
# unverifiable
ol("2026-02-16", "Average Met response times to emergency calls in Croydon have risen to 14 minutes.", NV("risen to 14 minutes", "response times not in the data"))
ol("2025-11-03", "Catalytic converter thefts in Barnet rose by 40% this year.", NV("rose by 40%", "catalytic converters are not a category in the data"))
ol("2026-01-09", "Moped-enabled phone snatches in Camden fell by a third in 2025.", NV("fell by a third", "moped-enabled theft is not separately recorded in the data"))
ol("2025-12-01", "Crime on London buses has doubled since 2019.", NV("has doubled since 2019", "crime on buses is not in the data"))
ol("2026-02-05", "Three-quarters of those arrested for knife offences in Lambeth were under 25.", NV("Three-quarters of those arrested", "offender ages are not in the open data"))
ol("2026-03-12", "The Met now has 1,500 fewer officers than it did in 2010.", NV("1,500 fewer officers", "officer numbers are not in the data"))
ol("2026-01-22", "Most crime in Enfield is never reported to the police.", NV("never reported to the police", "unreported crime is by definition not recorded"))
ol("2025-09-15", "Only 6% of burglaries in Bromley are solved.", NV("Only 6% of burglaries", "outcomes by borough and offence are not in the data"))
# opinion
ol("2026-02-13", "Letter: Sir, London is a far more dangerous city than it was when I moved here.", OP("far more dangerous city"))
ol("2026-02-19", "Column: the Mayor's knife crime strategy has been a total failure.", OP("has been a total failure"))
ol("2026-03-02", "Councillor: Our borough is the best-policed corner of London, bar none.", OP("the best-policed corner of London"))
ol("2026-01-30", "Thread: The Home Secretary doesn't care about crime outside the big cities.", OP("doesn't care about crime"))
ol("2026-02-26", "Honestly, Camden is a fantastic place to live and I've never once felt unsafe.", OP("never once felt unsafe"))
ol("2026-03-15", "Stop and search is the most effective tool the police have, and ministers should be braver about it.",
   OP("the most effective tool the police have"))
ol("2025-12-10", "E-bike and e-scooter thefts in Islington have trebled in two years, the council says.", NV("have trebled in two years", "e-bikes are not a category in the data"))
ol("2026-01-14", "Just one in twenty robberies in Lewisham ends with someone being charged.", NV("one in twenty robberies", "charge rates by borough not in the data"))
ol("2026-02-03", "Police in Kingston received 300 calls about anti-social e-scooter riding last summer.", NV("300 calls", "calls to police are not in the data"))
ol("2026-02-24", "Radio phone-in caller: Policing in this city has gone to the dogs, frankly.", OP("has gone to the dogs"))
ol("2026-03-06", "Leaflet: A vote for us is a vote for safer streets in Sutton.", OP("a vote for safer streets"))
ol("2026-01-27", "Broadsheet leader: Sentencing for shoplifters is far too soft, and everyone knows it.", OP("far too soft"))
