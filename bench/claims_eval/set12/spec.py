"""set12 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs/claims.md or tests, nor any other set's spec beyond the
first 120 lines of set9's, their inputs, results or reports, nor set10/ or set11/). Every factual claim is true or
false *by design*; holds() in truth12.py checks that design against the raw files and raises if they disagree.
The notes give the figures. CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
from truth12 import (  # noqa: F401
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


# ====================================================================== a1 local paper: Hillingdon, calendar 2025
HI = "Hillingdon"
hi_all = yearly(borough=HI)
hi_shop = yearly(minor="SHOPLIFTING", borough=HI)
hi_tftp = yearly(minor="THEFT FROM THE PERSON", borough=HI, years=(2024, 2025))
hi_vwi = yearly(minor="VIOLENCE WITH INJURY", borough=HI, years=range(2019, 2026))
hi_drug = yearly(major="DRUG OFFENCES", borough=HI, years=(2024, 2025))
hi_sex = yearly(major="SEXUAL OFFENCES", borough=HI)
hi_tomv = yearly(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", borough=HI, years=(2024, 2025))
hi_rob = yearly(minor="ROBBERY OF PERSONAL PROPERTY", borough=HI, years=(2024, 2025))
hi_tfv = yearly(minor="THEFT FROM A VEHICLE", borough=HI)
all25 = mps_by_borough(mm=cal(2025))
hi_rate = 1000 * hi_all[2025] / gla_pop(HI, 2025)
lon_rate25 = 1000 * mps(mm=cal(2025)) / london32_pop(2025)
add("a1_hillingdon_local_2025.txt", "2026-03-12", [
    ("Hillingdon crime hits record high as shoplifting and phone thefts surge", [
        E("record high", T(hi_all[2025] == max(hi_all.values())), "record",
          f"Hillingdon all crime by calendar year (NFIB fraud excluded) {ser(hi_all)}", "true")]),
    ("Police in Hillingdon recorded 31,122 crimes last year, the most since the Met's borough figures began and "
     "about 6% more than in 2024.", [
        E("31,122 crimes", T(hi_all[2025] == 31122), "count", f"Hillingdon 2025 {hi_all[2025]}", "true"),
        E("about 6% more than in 2024", T(pct_is(6, hi_all[2025], hi_all[2024])), "change",
          f"{hi_all[2025]} vs {hi_all[2024]} = {pct(hi_all[2025], hi_all[2024]):+.1f}%", "true")]),
    ("It was the second annual rise in a row.", [
        E("second annual rise in a row", T(rises_in_a_row(hi_all, 2025) == 2), "streak",
          f"2023 {hi_all[2023]} < 2022 {hi_all[2022]}; rises 2024, 2025 = {rises_in_a_row(hi_all, 2025)}", "true")]),
    ("Shoplifting has nearly trebled since 2021, reaching 3,059 offences.", [
        E("nearly trebled since 2021", T(2.7 <= hi_shop[2025] / hi_shop[2021] < 3.0 and hi_shop[2025] == 3059), "change",
          f"Hillingdon shoplifting 2025 {hi_shop[2025]} vs 2021 {hi_shop[2021]} = x{hi_shop[2025] / hi_shop[2021]:.2f}", "true")]),
    ("Thefts from the person, mostly phone and bag snatches, jumped by 40 per cent.", [
        E("jumped by 40 per cent", T(pct_is(40, hi_tftp[2025], hi_tftp[2024])), "change",
          f"theft from the person {hi_tftp[2025]} vs {hi_tftp[2024]} = {pct(hi_tftp[2025], hi_tftp[2024]):+.1f}%", "true")]),
    ("There was better news on violence: assaults causing injury fell for the third year running.", [
        E("fell for the third year running", T(falls_in_a_row(hi_vwi, 2025) == 3), "streak",
          f"violence with injury {ser(hi_vwi)}", "true")]),
    ("Car thefts, however, rose by a third, and drug offences were up by more than half as officers stepped up "
     "stop and search.", [
        E("rose by a third", F(30 <= pct(hi_tomv[2025], hi_tomv[2024]) <= 36), "change",
          f"theft or unauthorised taking of a motor vehicle {hi_tomv[2025]} vs {hi_tomv[2024]} = "
          f"{pct(hi_tomv[2025], hi_tomv[2024]):+.1f}%", "false"),
        E("up by more than half", T(pct(hi_drug[2025], hi_drug[2024]) > 50), "change",
          f"drug offences {hi_drug[2025]} vs {hi_drug[2024]} = {pct(hi_drug[2025], hi_drug[2024]):+.1f}%", "true")]),
    ("Sexual offences topped 1,000 for the first time.", [
        E("topped 1,000 for the first time", F(hi_sex[2025] > 1000), "record",
          f"Hillingdon sexual offences 2025 {hi_sex[2025]} (max {max(hi_sex.values())}): never above 1,000", "false")]),
    ("Robberies of personal property doubled, to 488.", [
        E("doubled", F(hi_rob[2025] >= 1.9 * hi_rob[2024]), "change",
          f"robbery of personal property {hi_rob[2025]} vs {hi_rob[2024]} = {pct(hi_rob[2025], hi_rob[2024]):+.1f}%", "false")]),
    ("Thefts from vehicles, by contrast, fell to their lowest level since 2016.", [
        E("lowest level since 2016", T(last_lower(hi_tfv, 2025) == 2016), "record",
          f"theft from a vehicle {ser(hi_tfv)}", "true")]),
    ("With about 95 crimes per 1,000 residents, the borough's rate is now the same as London's as a whole.", [
        E("about 95 crimes per 1,000 residents", T(near(95, hi_rate, 0.01)), "rate",
          f"{hi_all[2025]} / GLA 2025 pop {gla_pop(HI, 2025)} = {hi_rate:.2f} per 1,000", "true"),
        E("the same as London's", T(abs(hi_rate - lon_rate25) < 0.5), "equal",
          f"Hillingdon {hi_rate:.2f} vs London (32 boroughs) {lon_rate25:.2f} per 1,000", "true")]),
    ("Hillingdon now records more crime than Islington, and is now in the top ten of the 32 boroughs.", [
        E("more crime than Islington", T(all25[HI] > all25["Islington"]), "compare",
          f"2025: Hillingdon {all25[HI]}, Islington {all25['Islington']}", "true"),
        E("in the top ten", F(rank_of(HI, all25) <= 10), "rank", f"rank {rank_of(HI, all25)} of 32 in 2025", "false")]),
    ("Local councillors say 999 response times in the south of the borough have lengthened.", [
        NV("999 response times", "no response-time data in the open files")]),
    ("Residents deserve far better than this from the Met.", [OP("deserve far better")]),
    ("One councillor put it bluntly: \"Outer London has been forgotten by Scotland Yard.\"", [
        OP("Outer London has been forgotten", "a judgement on policing")]),
])

# ====================================================================== a2 tabloid: London theft, calendar 2025
lon = yearly()
shop = yearly(minor="SHOPLIFTING")
tftp = yearly(minor="THEFT FROM THE PERSON")
tftp25 = mps_by_borough(minor="THEFT FROM THE PERSON", mm=cal(2025))
rob = yearly(minor="ROBBERY OF PERSONAL PROPERTY")
bike = yearly(minor="BICYCLE THEFT")
hom = yearly(minor="HOMICIDE")
shop25 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2025))
add("a2_tabloid_thieves_2025.txt", "2026-01-24", [
    ("THIEVES' PARADISE", []),
    ("Shoplifting in London rocketed to a record 88,247 offences last year - more than 240 every single day.", [
        E("record 88,247", T(shop[2025] == 88247 and shop[2025] == max(shop.values())), "record",
          f"London shoplifting by year {ser(shop)}", "true"),
        E("more than 240 every single day", T(shop[2025] / 365 > 240), "rate",
          f"{shop[2025]} / 365 = {shop[2025] / 365:.1f} a day", "true")]),
    ("Westminster was the worst hit, with 7,874 - more than Newham and Camden put together.", [
        E("Westminster was the worst hit", T(rank_of("Westminster", shop25) == 1), "rank",
          f"2025 shoplifting top: Westminster {shop25['Westminster']}, Newham {shop25['Newham']}, Camden {shop25['Camden']}", "true"),
        E("more than Newham and Camden put together", F(shop25["Westminster"] > shop25["Newham"] + shop25["Camden"]), "compare",
          f"{shop25['Westminster']} vs {shop25['Newham']} + {shop25['Camden']} = {shop25['Newham'] + shop25['Camden']}", "false")]),
    ("Pickpocketing and snatch thefts fell by a third, to 85,465, according to Scotland Yard's own figures.", [
        E("fell by a third", F(-36 <= pct(tftp[2025], tftp[2024]) <= -30), "change",
          f"theft from the person {tftp[2025]} vs {tftp[2024]} = {pct(tftp[2025], tftp[2024]):+.1f}%", "false")]),
    ("But Westminster alone accounted for almost three in ten of them.", [
        E("almost three in ten", T(0.27 <= tftp25["Westminster"] / tftp[2025] < 0.30), "share",
          f"Westminster {tftp25['Westminster']} / London {tftp[2025]} = {100 * tftp25['Westminster'] / tftp[2025]:.1f}%", "true")]),
    ("Muggings were down too, with 23,857 personal robberies, the fewest since records began.", [
        E("the fewest since records began", F(rob[2025] == min(rob.values())), "record",
          f"robbery of personal property {ser(rob)}: 2021 and earlier years lower", "false")]),
    ("Bike thieves had their worst year in the books: 14,235 cycles were reported stolen, the lowest number on record.", [
        E("the lowest number on record", T(bike[2025] == min(bike.values()) and bike[2025] == 14235), "record",
          f"bicycle theft {ser(bike)}", "true")]),
    ("Overall crime across the capital dipped by 3 per cent.", [
        E("dipped by 3 per cent", T(pct_is(-3, lon[2025], lon[2024])), "change",
          f"London {lon[2025]} vs {lon[2024]} = {pct(lon[2025], lon[2024]):+.1f}%", "true")]),
    ("Homicides fell below 100 for the first time, to 96.", [
        E("below 100 for the first time", F(hom[2025] < 100 and all(v >= 100 for y, v in hom.items() if y < 2025)), "record",
          f"MPS homicide offences {ser(hom)}: 2014 was {hom[2014]}", "false")]),
    ("Shop workers say thieves on e-bikes are stripping shelves in minutes.", [
        NV("thieves on e-bikes", "no data on the mode of transport of offenders")]),
    ("Retailers reckon fewer than one in ten thefts is even reported to police.", [
        NV("fewer than one in ten thefts is even reported", "unreported crime is not in police-recorded data")]),
    ("London has become a free-for-all for crooks.", [OP("free-for-all for crooks")]),
    ("And frankly, the Met has given up on shoplifting altogether.", [
        OP("the Met has given up on shoplifting", "a judgement on policing")]),
])

# ====================================================================== a3 council press release: Havering, 2025
HV = "Havering"
hv_all = yearly(borough=HV)
hv_burg = yearly(major="BURGLARY", borough=HV)
hv_veh = yearly(major="VEHICLE OFFENCES", borough=HV)
hv_rob = yearly(major="ROBBERY", borough=HV, years=(2024, 2025))
hv_vap = yearly(major="VIOLENCE AGAINST THE PERSON", borough=HV, years=(2024, 2025))
hv_drug = yearly(major="DRUG OFFENCES", borough=HV, years=(2024, 2025))
hv_rate = 1000 * hv_all[2025] / gla_pop(HV, 2025)
low7 = sorted(all25, key=all25.get)[:7]
add("a3_havering_council_2025.txt", "2026-02-04", [
    ("PRESS RELEASE: Crime down in Havering for second year", [
        E("Crime down in Havering for second year", T(falls_in_a_row(hv_all, 2025) == 2), "streak",
          f"Havering all crime {ser(hv_all)}", "true")]),
    ("Havering Council welcomes new figures showing recorded crime in the borough fell by 5% in 2025, to 19,366 "
     "offences.", [
        E("fell by 5%", T(pct_is(-5, hv_all[2025], hv_all[2024])), "change",
          f"{hv_all[2025]} vs {hv_all[2024]} = {pct(hv_all[2025], hv_all[2024]):+.1f}%", "true"),
        E("19,366", T(hv_all[2025] == 19366), "count", f"Havering 2025 {hv_all[2025]}", "true")]),
    ("Burglaries dropped by more than a quarter, to 909, the lowest figure ever recorded in Havering.", [
        E("dropped by more than a quarter", T(pct(hv_burg[2025], hv_burg[2024]) < -25), "change",
          f"burglary {hv_burg[2025]} vs {hv_burg[2024]} = {pct(hv_burg[2025], hv_burg[2024]):+.1f}%", "true"),
        E("the lowest figure ever recorded", T(hv_burg[2025] == min(hv_burg.values())), "record",
          f"Havering burglary {ser(hv_burg)}", "true")]),
    ("Vehicle crime was down 13%, the lowest level for a decade.", [
        E("down 13%", T(pct_is(-13, hv_veh[2025], hv_veh[2024])), "change",
          f"vehicle offences {hv_veh[2025]} vs {hv_veh[2024]} = {pct(hv_veh[2025], hv_veh[2024]):+.1f}%", "true"),
        E("the lowest level for a decade", F(last_lower(hv_veh, 2025) is None or last_lower(hv_veh, 2025) <= 2015), "record",
          f"Havering vehicle offences {ser(hv_veh)}: 2016 ({hv_veh[2016]}) was lower, within the decade", "false")]),
    ("Robbery and violent crime also fell.", [
        E("Robbery and violent crime also fell", F(hv_rob[2025] < hv_rob[2024] and hv_vap[2025] < hv_vap[2024]), "direction",
          f"robbery {hv_rob[2025]} vs {hv_rob[2024]}; violence against the person {hv_vap[2025]} vs {hv_vap[2024]}: both rose", "false")]),
    ("Drug offences rose to 1,336, which the police put down to more proactive patrols.", [
        E("rose to 1,336", T(hv_drug[2025] == 1336 and hv_drug[2025] > hv_drug[2024]), "count",
          f"drug offences {hv_drug[2025]} vs {hv_drug[2024]}", "true")]),
    ("At 58 crimes per 1,000 residents, Havering's rate is well below the London figure of around 95.", [
        E("58 crimes per 1,000 residents", F(near(58, hv_rate, 0.02)), "rate",
          f"{hv_all[2025]} / GLA 2025 pop {gla_pop(HV, 2025)} = {hv_rate:.2f}", "false"),
        E("well below the London figure of around 95", T(round(lon_rate25) in (94, 95) and hv_rate < 0.8 * lon_rate25), "compare",
          f"London {lon_rate25:.2f} per 1,000", "true")]),
    ("Havering remains among the five London boroughs with the least crime.", [
        E("among the five London boroughs with the least crime", F(HV in low7[:5]), "rank",
          f"lowest seven in 2025: {low7}; Havering is 7th lowest", "false")]),
    ("A council residents' survey found 72% of people feel safe in their neighbourhood after dark.", [
        NV("72% of people feel safe", "no survey data in the open files")]),
    ("The council has added 40 new CCTV cameras in Romford town centre this year.", [
        NV("40 new CCTV cameras", "no CCTV data")]),
    ("Cllr Ray Morgon said: \"Havering is a safe place to live, work and visit, and these figures prove our "
     "partnership approach is working.\"", [
        OP("Havering is a safe place to live", "a judgement on safety")]),
])

# ====================================================================== a4 MP's speech: Merseyside vs South Yorkshire, Jan-Nov 2022
JN = months(2022, 1, 2022, 11)
ME, SY = "merseyside", "south-yorkshire"
me_drug, sy_drug = force_street(ME, JN, "Drugs"), force_street(SY, JN, "Drugs")
me_wpn, sy_wpn = force_street(ME, JN, "Possession of weapons"), force_street(SY, JN, "Possession of weapons")
me_vso = force_street(ME, JN, "Violence and sexual offences")
me_crime, me_all = force_street(ME, JN, crime_only=True), force_street(ME, JN)
me_rob, sy_rob = force_street(ME, JN, "Robbery"), force_street(SY, JN, "Robbery")
me_burg, sy_burg = force_street(ME, JN, "Burglary"), force_street(SY, JN, "Burglary")
me_m = {ym: force_street(ME, [ym]) for ym in JN}
me_mc = {ym: force_street(ME, [ym], crime_only=True) for ym in JN}
me_po = force_street(ME, JN, "Public order")
add("a4_mp_speech_merseyside_2022.txt", "2023-01-18", [
    ("Madam Deputy Speaker, I rise to speak for my constituents on Merseyside.", []),
    ("In the first eleven months of last year, Merseyside Police recorded 11,471 drug offences - more than three "
     "times as many as South Yorkshire, a force serving a similar population.", [
        E("11,471 drug offences", T(me_drug == 11471), "count", f"Merseyside Drugs Jan-Nov 2022 {me_drug}", "true"),
        E("more than three times as many as South Yorkshire", T(me_drug > 3 * sy_drug), "compare",
          f"{me_drug} vs South Yorkshire {sy_drug} = x{me_drug / sy_drug:.2f}", "true")]),
    ("Violent and sexual offences made up more than a third of everything reported to the force.", [
        E("more than a third", T(me_vso / me_all > 1 / 3 and me_vso / me_crime > 1 / 3), "share",
          f"{me_vso} / {me_all} (with ASB) = {100 * me_vso / me_all:.1f}%; / {me_crime} (crimes only) = "
          f"{100 * me_vso / me_crime:.1f}%", "true")]),
    ("Public order offences ran at over 30,000.", [
        E("over 30,000", F(me_po > 30000), "count", f"Merseyside public order Jan-Nov 2022 {me_po}", "false")]),
    ("And May was the busiest month of all.", [
        E("May was the busiest month", T(max(me_m, key=me_m.get) == "202205" and max(me_mc, key=me_mc.get) == "202205"), "rank",
          f"Merseyside street rows by month {me_m}; crimes excl. ASB {me_mc}", "true")]),
    ("Merseyside has more robberies than South Yorkshire, and nearly twice as many weapons offences.", [
        E("more robberies than South Yorkshire", F(me_rob > sy_rob), "compare",
          f"robbery Merseyside {me_rob} vs South Yorkshire {sy_rob}", "false"),
        E("nearly twice as many weapons offences", F(me_wpn >= 1.8 * sy_wpn), "compare",
          f"possession of weapons Merseyside {me_wpn} vs South Yorkshire {sy_wpn}", "false")]),
    ("Burglary, at least, is about half the South Yorkshire level.", [
        E("about half the South Yorkshire level", T(0.45 <= me_burg / sy_burg <= 0.55), "compare",
          f"burglary Merseyside {me_burg} vs South Yorkshire {sy_burg} = {me_burg / sy_burg:.2f}", "true")]),
    ("Yet since 2010 this Government has cut the number of officers on our streets by more than a thousand.", [
        NV("cut the number of officers", "no police workforce data in the open files")]),
    ("People in Bootle and Kirkby wait hours for a response to a burglary.", [
        NV("wait hours for a response", "no response-time data")]),
    ("Ministers have simply abandoned the North West, and my constituents know it.", [
        OP("simply abandoned the North West", "a political judgement")]),
])

# ====================================================================== a5 police statement: Dyfed-Powys, Jan-Nov 2022
DP, SW = "dyfed-powys", "south-wales"
dp_types = {t: force_street(DP, JN, t) for t in (
    "Violence and sexual offences", "Anti-social behaviour", "Public order", "Criminal damage and arson", "Other theft",
    "Drugs", "Shoplifting", "Burglary", "Other crime", "Vehicle crime", "Possession of weapons", "Bicycle theft",
    "Theft from the person", "Robbery")}
dp_crime, dp_all = force_street(DP, JN, crime_only=True), force_street(DP, JN)
sw_crime, sw_all = force_street(SW, JN, crime_only=True), force_street(SW, JN)
dp_m = {ym: force_street(DP, [ym]) for ym in JN}
dp_mc = {ym: force_street(DP, [ym], crime_only=True) for ym in JN}
sw_bike = force_street(SW, JN, "Bicycle theft")
sw_drug = force_street(SW, JN, "Drugs")
add("a5_dyfed_powys_police_statement.txt", "2022-12-30", [
    ("Statement from Dyfed-Powys Police on this year's crime figures", []),
    ("Between January and November, 81 robberies were recorded across our four counties, which shows how rare this "
     "type of crime remains.", [
        E("81 robberies", T(dp_types["Robbery"] == 81), "count", f"Dyfed-Powys robbery Jan-Nov 2022 {dp_types['Robbery']}", "true")]),
    ("Violence and sexual offences, at 22,038, remain the largest category of crime we deal with.", [
        E("22,038", T(dp_types["Violence and sexual offences"] == 22038), "count",
          f"violence and sexual offences {dp_types['Violence and sexual offences']}", "true"),
        E("the largest category", T(max(dp_types, key=dp_types.get) == "Violence and sexual offences"), "rank",
          f"categories {dp_types}", "true")]),
    ("August was our busiest month, as the summer brought visitors to the coast and the Royal Welsh Show.", [
        E("August was our busiest month", T(max(dp_m, key=dp_m.get) == "202208" and max(dp_mc, key=dp_mc.get) == "202208"),
          "rank", f"by month, all rows {dp_m}; crimes excl. ASB {dp_mc}", "true")]),
    ("November was the quietest month.", [
        E("November was the quietest month", F(min(dp_m, key=dp_m.get) == "202211" or min(dp_mc, key=dp_mc.get) == "202211"),
          "rank", f"by month, all rows {dp_m} (February lowest); crimes excl. ASB {dp_mc} (January lowest)", "false")]),
    ("Our neighbours in South Wales recorded more than twice as many crimes as we did over the same period.", [
        E("more than twice as many crimes", T(sw_crime > 2 * dp_crime and sw_all > 2 * dp_all), "compare",
          f"crimes (excl. ASB) South Wales {sw_crime} vs Dyfed-Powys {dp_crime}; with ASB {sw_all} vs {dp_all}", "true")]),
    ("They also had nearly ten times as many bicycle thefts.", [
        E("nearly ten times as many bicycle thefts", T(9 <= sw_bike / dp_types["Bicycle theft"] < 10), "compare",
          f"bicycle theft South Wales {sw_bike} vs Dyfed-Powys {dp_types['Bicycle theft']} = "
          f"x{sw_bike / dp_types['Bicycle theft']:.2f}", "true")]),
    ("Our officers' work on county lines meant we recorded more drug offences than South Wales Police.", [
        E("more drug offences than South Wales", F(dp_types["Drugs"] > sw_drug), "compare",
          f"drugs Dyfed-Powys {dp_types['Drugs']} vs South Wales {sw_drug}", "false")]),
    ("Shoplifting accounted for about one in ten crimes.", [
        E("about one in ten crimes", F(0.08 <= dp_types["Shoplifting"] / dp_crime <= 0.12 or
                                      0.08 <= dp_types["Shoplifting"] / dp_all <= 0.12), "share",
          f"shoplifting {dp_types['Shoplifting']} / crimes {dp_crime} = {100 * dp_types['Shoplifting'] / dp_crime:.1f}%; "
          f"/ all {dp_all} = {100 * dp_types['Shoplifting'] / dp_all:.1f}%", "false")]),
    ("Anti-social behaviour reports are down 10% on last year.", [
        NV("down 10% on last year", "the open files hold no Dyfed-Powys months before January 2022")]),
    ("Rural crime, including thefts of quad bikes and livestock, cost farmers in the area £1.2 million.", [
        NV("cost farmers in the area", "no cost or rural-crime data")]),
    ("We made 1,400 arrests for drug supply.", [
        NV("1,400 arrests", "no arrest data for Dyfed-Powys")]),
    ("Dyfed-Powys remains one of the safest places to live in England and Wales.", [
        OP("one of the safest places to live", "a judgement on safety")]),
])

# ====================================================================== a6 radio transcript: London homicide victims 2022
vy = {y: v for y, v in victims_years().items() if y <= 2022}
meth22, meth21 = victims_by(2022, "Method_of_Killing"), victims_by(2021, "Method_of_Killing")
sex22 = victims_by(2022, "Sex")
bor22 = victims_by(2022, "Borough")
solved22 = victims_by(2022, "Solved_Status")
ya = {y: v for y, v in victims_years(Age_Group="Adolescent/Young Adult").items() if y <= 2022}
add("a6_radio_homicide_2022.txt", "2023-02-09", [
    ("PRESENTER: Now, the Met's homicide dashboard says 106 people were killed in London last year.", [
        E("106 people were killed", T(vy[2022] == 106), "count", f"Met homicide victims 2022 {vy[2022]}", "true")]),
    ("That's down from 131 the year before, a drop of about a fifth.", [
        E("down from 131", T(vy[2021] == 131), "count", f"victims 2021 {vy[2021]}", "true"),
        E("a drop of about a fifth", T(-22 <= pct(vy[2022], vy[2021]) <= -18), "change",
          f"{vy[2022]} vs {vy[2021]} = {pct(vy[2022], vy[2021]):+.1f}%", "true")]),
    ("Is that the lowest since records began?", []),
    ("GUEST: No - it was lower in 2014, when there were 84 victims.", [
        E("lower in 2014", T(vy[2014] == 84 and vy[2014] < vy[2022]), "compare", f"victims 2014 {vy[2014]}", "true")]),
    ("PRESENTER: And knives?", []),
    ("GUEST: Seventy of them were stabbed - two in every three victims.", [
        E("Seventy of them were stabbed", T(meth22["Knife or Sharp Implement"] == 70), "count",
          f"knife or sharp implement 2022 {meth22['Knife or Sharp Implement']}", "true"),
        E("two in every three victims", T(0.64 <= meth22["Knife or Sharp Implement"] / vy[2022] <= 0.69), "share",
          f"{meth22['Knife or Sharp Implement']} / {vy[2022]} = {100 * meth22['Knife or Sharp Implement'] / vy[2022]:.1f}%", "true")]),
    ("Shootings were unchanged at ten.", [
        E("unchanged at ten", T(meth22["Shooting"] == meth21["Shooting"] == 10), "equal",
          f"shooting 2022 {meth22['Shooting']}, 2021 {meth21['Shooting']}", "true")]),
    ("Teenagers and young adults made up the majority of those killed.", [
        E("made up the majority", F(ya[2022] > vy[2022] / 2), "share",
          f"Adolescent/Young Adult 2022 {ya[2022]} of {vy[2022]}", "false")]),
    ("The number of young victims, 29, was the lowest since 2013.", [
        E("the lowest since 2013", T(ya[2022] == 29 and last_lower(ya, 2022) == 2013), "record",
          f"Adolescent/Young Adult victims {ser(ya)}", "true")]),
    ("Women were more than a quarter of the victims - 28.", [
        E("more than a quarter", T(sex22["Female"] == 28 and sex22["Female"] / vy[2022] > 0.25), "share",
          f"female 2022 {sex22['Female']} / {vy[2022]} = {100 * sex22['Female'] / vy[2022]:.1f}%", "true")]),
    ("Westminster saw the most killings of any borough.", [
        E("Westminster saw the most killings", F(bor22.most_common(1)[0][0] == "Westminster"), "rank",
          f"2022 victims by borough, top: {bor22.most_common(4)}", "false")]),
    ("Nine in ten of last year's cases have been solved.", [
        E("Nine in ten", F(0.88 <= solved22["Solved"] / vy[2022] <= 0.92), "share",
          f"solved {solved22['Solved']} of {vy[2022]} = {100 * solved22['Solved'] / vy[2022]:.1f}%", "false")]),
    ("GUEST: I think the Met deserves real credit for that.", [
        OP("the Met deserves real credit", "a judgement on policing")]),
    ("Most of the victims knew their killer, police say.", [
        NV("Most of the victims knew their killer", "the victims file holds no victim-suspect relationship beyond a domestic-abuse flag")]),
    ("CALLER: Honestly, Sadiq Khan has lost control of this city.", [OP("lost control of this city", "a political judgement")]),
])

# ====================================================================== a7 opinion column: London and the world, 2021
ew21, us21, ca21, de21, fr21, it21 = (owid(c, 2021) for c in (
    "England and Wales", "United States", "Canada", "Germany", "France", "Italy"))
vic = {y: v for y, v in victims_years().items() if y <= 2022}
add("a7_column_world_city_2021.txt", "2023-05-14", [
    ("Say what you like about London, it is not a murder capital.", []),
    ("England and Wales recorded a homicide rate of about 1.1 per 100,000 people in 2021, according to the UN.", [
        E("about 1.1 per 100,000", T(round(ew21, 1) == 1.1), "rate", f"OWID/UNODC England and Wales 2021 {ew21:.3f}", "true")]),
    ("In the United States the rate was roughly ten times higher.", [
        E("roughly ten times higher", F(9 <= us21 / ew21 <= 11), "compare",
          f"US 2021 {us21:.2f} / E&W {ew21:.2f} = x{us21 / ew21:.2f}", "false")]),
    ("Canada, so often held up as a model, had a higher rate than ours.", [
        E("Canada", T(ca21 > ew21), "compare", f"Canada 2021 {ca21:.2f} vs E&W {ew21:.2f}", "true")]),
    ("Germany's was lower, and Italy's less than half of ours.", [
        E("Germany's was lower", T(de21 < ew21), "compare", f"Germany 2021 {de21:.2f} vs E&W {ew21:.2f}", "true"),
        E("less than half of ours", T(it21 < ew21 / 2), "compare", f"Italy 2021 {it21:.2f} vs E&W {ew21:.2f}", "true")]),
    ("France, which likes to lecture us, had nearly double our rate.", [
        E("nearly double our rate", F(fr21 >= 1.8 * ew21), "compare", f"France 2021 {fr21:.3f} vs E&W {ew21:.3f}", "false")]),
    ("New York had 297 murders in 2018, more than twice London's toll of homicide victims that year.", [
        E("297 murders in 2018", T(nyc(2018) == 297), "count", f"NYC 2018 {nyc(2018)} (NYPD via CODE)", "true"),
        E("more than twice London's", T(nyc(2018) > 2 * vic[2018]), "compare",
          f"NYC {nyc(2018)} vs London victims 2018 {vic[2018]}", "true")]),
    ("London's own toll has fallen by three quarters since 2003.", [
        E("fallen by three quarters since 2003", F(vic[2022] <= 0.3 * vic[2003] or vic[2021] <= 0.3 * vic[2003]), "change",
          f"victims 2003 {vic[2003]}, 2021 {vic[2021]}, 2022 {vic[2022]}: "
          f"{pct(vic[2021], vic[2003]):+.0f}% / {pct(vic[2022], vic[2003]):+.0f}%", "false")]),
    ("Of course, most Londoners say they worry about knife crime more than they did five years ago.", [
        NV("most Londoners say they worry", "no survey data in the open files")]),
    ("But the city is safer than its reputation, and the politicians who talk it down should be ashamed.", [
        OP("the city is safer than its reputation", "a judgement on safety"),
        OP("should be ashamed", "a judgement on politicians")]),
])

# ====================================================================== a8 fact box: ONS knife series (latest label 2020)
KY = range(2009, 2021)
kmet = {y: ons_knife("Metropolitan Police", y) for y in KY}
keng = {y: ons_knife_region("England", y) for y in KY}
klon = {y: ons_knife_region("London", y) for y in KY}
kcum = {y: ons_knife("Cumbria", y) for y in KY}
kwy = {y: ons_knife("West Yorkshire", y) for y in KY}
kme = {y: ons_knife("Merseyside", y) for y in KY}
ksy = {y: ons_knife("South Yorkshire", y) for y in KY}
kne = {y: ons_knife_region("North East", y) for y in KY}
add("a8_factbox_knife_forces.txt", "2020-08-20", [
    ("FACT BOX: Knife crime in numbers", []),
    ("- The Met recorded 15,897 offences involving a knife or sharp instrument in the latest year, its highest "
     "figure in more than a decade of records.", [
        E("15,897 offences", T(kmet[2020] == 15897), "count", f"ONS knife, Met, label 2020 {kmet[2020]}", "true"),
        E("its highest figure", T(kmet[2020] == max(kmet.values())), "record", f"Met {ser(kmet)}", "true")]),
    ("- That was up 7% on the year before, while the total for England fell slightly.", [
        E("up 7%", T(pct_is(7, kmet[2020], kmet[2019])), "change",
          f"{kmet[2020]} vs {kmet[2019]} = {pct(kmet[2020], kmet[2019]):+.1f}%", "true"),
        E("the total for England fell slightly", T(-5 < pct(keng[2020], keng[2019]) < 0), "direction",
          f"England {keng[2020]} vs {keng[2019]} = {pct(keng[2020], keng[2019]):+.1f}%", "true")]),
    ("- London accounts for more than a third of knife offences in England.", [
        E("more than a third", T(klon[2020] / keng[2020] > 1 / 3 and kmet[2020] / keng[2020] > 1 / 3), "share",
          f"London region {klon[2020]} (Met {kmet[2020]}) / England {keng[2020]} = {100 * klon[2020] / keng[2020]:.1f}%", "true")]),
    ("- London's figure has doubled since 2014.", [
        E("doubled since 2014", F(klon[2020] >= 1.9 * min(klon[2014], klon[2015])), "change",
          f"London {klon[2020]} vs label 2014 {klon[2014]} / label 2015 {klon[2015]}", "false")]),
    ("- Merseyside's total has more than doubled over the same period, to 1,424.", [
        E("more than doubled", T(kme[2020] > 2 * max(kme[2014], kme[2015]) and kme[2020] == 1424), "change",
          f"Merseyside {kme[2020]} vs label 2014 {kme[2014]} / label 2015 {kme[2015]}", "true")]),
    ("- Cumbria, one of the smallest forces, hit a record 203.", [
        E("a record 203", T(kcum[2020] == 203 and kcum[2020] == max(kcum.values())), "record", f"Cumbria {ser(kcum)}", "true")]),
    ("- West Yorkshire bucked the trend with a 20% fall.", [
        E("a 20% fall", F(pct_is(-20, kwy[2020], kwy[2019], slack=2)), "change",
          f"West Yorkshire {kwy[2020]} vs {kwy[2019]} = {pct(kwy[2020], kwy[2019]):+.1f}%", "false")]),
    ("- South Yorkshire's total rose again.", [
        E("rose again", F(ksy[2020] > ksy[2019]), "direction", f"South Yorkshire {ksy[2020]} vs {ksy[2019]}", "false")]),
    ("- In the North East, knife offences fell by a third.", [
        E("fell by a third", F(pct(kne[2020], kne[2019]) <= -30), "change",
          f"North East {kne[2020]} vs {kne[2019]} = {pct(kne[2020], kne[2019]):+.1f}%", "false")]),
    ("- Hospital admissions for assault by a sharp object have risen too.", [
        NV("Hospital admissions", "no NHS admissions data in the open files")]),
    ("- Our view: knife crime is a national emergency and should be treated as one.", [
        OP("knife crime is a national emergency", "an editorial judgement")]),
])


# ====================================================================== one-liners
def yb(borough, major=None, minor=None, years=range(2011, 2026)):
    return yearly(major=major, minor=minor, borough=borough, years=years)


s = yb("Camden", minor="THEFT FROM THE PERSON", years=(2024, 2025))
one("o01_camden_snatch.txt", "2026-02-02",
    "Camden saw 7,434 thefts from the person in 2025, down 24% on the year before, the council's community safety lead said.",
    E("down 24%", T(s[2025] == 7434 and pct_is(-24, s[2025], s[2024])), "change",
      f"Camden theft from the person {s[2025]} vs {s[2024]} = {pct(s[2025], s[2024]):+.1f}%", "true"))
s = yb("Tower Hamlets", major="ROBBERY", years=(2024, 2025))
one("o02_tower_hamlets_robbery.txt", "2026-01-30",
    "Robbery in Tower Hamlets fell by 18% last year, according to the borough commander.",
    E("fell by 18%", F(pct_is(-18, s[2025], s[2024], slack=2)), "change",
      f"Tower Hamlets robbery {s[2025]} vs {s[2024]} = {pct(s[2025], s[2024]):+.1f}%", "false"))
s = yb("Greenwich", major="VIOLENCE AGAINST THE PERSON", years=(2024, 2025))
one("o03_greenwich_violence.txt", "2026-02-11",
    "Violent crime in Greenwich went back up in 2025, to 9,061 offences.",
    E("went back up in 2025", T(s[2025] > s[2024] and s[2025] == 9061), "direction",
      f"Greenwich violence against the person {s[2025]} vs {s[2024]}", "true"))
s = yb("Sutton", major="BURGLARY")
one("o04_sutton_burglary.txt", "2026-01-22",
    "Burglaries in Sutton rose in 2025 for the first time since 2022.",
    E("for the first time since 2022", T(s[2025] > s[2024] and s[2024] < s[2023] and s[2023] < s[2022] and s[2022] > s[2021]),
      "turn", f"Sutton burglary {ser(s)}", "true"))
one("o05_kingston_lowest.txt", "2026-02-18",
    "Kingston upon Thames had the lowest crime of any London borough in 2025.",
    E("the lowest crime of any London borough", F(rank_of("Kingston upon Thames", all25, desc=False) == 1), "rank",
      f"2025 lowest: Richmond {all25['Richmond upon Thames']}, Kingston {all25['Kingston upon Thames']}", "false"))
one("o06_richmond_lowest.txt", "2026-02-18",
    "Richmond upon Thames recorded fewer crimes in 2025 than any other London borough policed by the Met: 11,689.",
    E("fewer crimes in 2025 than any other London borough", T(rank_of("Richmond upon Thames", all25, desc=False) == 1 and
                                                      all25["Richmond upon Thames"] == 11689), "rank",
      f"2025 lowest: Richmond {all25['Richmond upon Thames']}", "true"))
s = yb("Lewisham", major="DRUG OFFENCES", years=(2024, 2025))
one("o07_lewisham_drugs.txt", "2026-03-03",
    "Drug offences in Lewisham went up by a quarter in 2025, to just under 2,000.",
    E("went up by a quarter", T(24 <= pct(s[2025], s[2024]) <= 26 and 1950 <= s[2025] < 2000), "change",
      f"Lewisham drug offences {s[2025]} vs {s[2024]} = {pct(s[2025], s[2024]):+.1f}%", "true"))
s = yb("Barnet", minor="BICYCLE THEFT", years=(2024, 2025))
one("o08_barnet_bikes.txt", "2026-01-28",
    "A Barnet cycling group says bike thefts in the borough rose again last year.",
    E("rose again last year", F(s[2025] > s[2024]), "direction", f"Barnet bicycle theft {s[2025]} vs {s[2024]}", "false"))
s = yb("Newham", minor="SHOPLIFTING", years=(2023, 2024, 2025))
one("o09_newham_shoplifting.txt", "2026-02-06",
    "Shoplifting in Newham has more than doubled in two years, to 4,769 offences in 2025.",
    E("more than doubled in two years", T(s[2025] > 2 * s[2023] and s[2025] == 4769), "change",
      f"Newham shoplifting 2025 {s[2025]} vs 2023 {s[2023]}", "true"))
s = yb("Enfield", major="POSSESSION OF WEAPONS", years=(2024, 2025))
one("o10_enfield_weapons.txt", "2026-02-09",
    "Weapon possession offences in Enfield increased last year despite the knife amnesty.",
    E("increased last year", F(s[2025] > s[2024]), "direction", f"Enfield possession of weapons {s[2025]} vs {s[2024]}", "false"))
s = yb("Wandsworth", major="VEHICLE OFFENCES", years=range(2021, 2026))
one("o11_wandsworth_vehicle.txt", "2026-01-26",
    "Vehicle crime in Wandsworth has now fallen three years in a row.",
    E("fallen three years in a row", F(falls_in_a_row(s, 2025) >= 3), "streak", f"Wandsworth vehicle offences {ser(s)}", "false"))
s = yb("Haringey", major="ROBBERY", years=(2024, 2025))
one("o12_haringey_robbery.txt", "2026-02-13",
    "Robberies in Haringey edged up slightly in 2025, to 1,373.",
    E("edged up slightly", T(0 < pct(s[2025], s[2024]) < 3 and s[2025] == 1373), "direction",
      f"Haringey robbery {s[2025]} vs {s[2024]} = {pct(s[2025], s[2024]):+.1f}%", "true"))
s = yb("Bromley", years=(2024, 2025))
one("o13_bromley_total.txt", "2026-01-21",
    "Crime in Bromley rose in 2025 for the fifth year running.",
    E("rose in 2025 for the fifth year running", F(s[2025] > s[2024]), "streak",
      f"Bromley {s[2025]} vs {s[2024]}: a fall", "false"))
s = yb("Merton", major="SEXUAL OFFENCES", years=(2024, 2025))
one("o14_merton_sexual.txt", "2026-03-08",
    "Sexual offences reported in Merton rose by a fifth in 2025, a women's charity noted.",
    E("rose by a fifth", T(18 <= pct(s[2025], s[2024]) <= 22), "change",
      f"Merton sexual offences {s[2025]} vs {s[2024]} = {pct(s[2025], s[2024]):+.1f}%", "true"))
one("o15_southwark_lambeth.txt", "2026-02-20",
    "Southwark recorded more crime than neighbouring Lambeth in 2025, and Westminster more than twice as much as Camden.",
    E("more crime than neighbouring Lambeth", T(all25["Southwark"] > all25["Lambeth"]), "compare",
      f"2025 Southwark {all25['Southwark']}, Lambeth {all25['Lambeth']}", "true"),
    E("more than twice as much as Camden", T(all25["Westminster"] > 2 * all25["Camden"]), "compare",
      f"2025 Westminster {all25['Westminster']}, Camden {all25['Camden']}", "true"))
s = yb("Islington", years=range(2019, 2026))
one("o16_islington_streak.txt", "2026-02-01",
    "Islington's recorded crime has risen four years running and now stands at 31,039.",
    E("risen four years running", T(rises_in_a_row(s, 2025) == 4 and s[2025] == 31039), "streak",
      f"Islington {ser(s)}", "true"))
one("o17_sutton_kingston.txt", "2026-02-25",
    "Sutton has less crime than Kingston, a Lib Dem leaflet claims.",
    E("Sutton has less crime than Kingston", F(all25["Sutton"] < all25["Kingston upon Thames"]), "compare",
      f"2025 Sutton {all25['Sutton']}, Kingston {all25['Kingston upon Thames']}", "false"))
s = fyearly(ends=(2024, 2025))
one("o18_london_fy.txt", "2025-05-20",
    "Recorded crime in London fell slightly in 2024/25, to 930,575 offences.",
    E("fell slightly in 2024/25", T(-2 < pct(s[2025], s[2024]) < 0 and s[2025] == 930575), "direction",
      f"London FY 2024/25 {s[2025]} vs 2023/24 {s[2024]} = {pct(s[2025], s[2024]):+.2f}%", "true"))
s = fyearly(major="ROBBERY", ends=(2024, 2025))
one("o19_robbery_fy.txt", "2025-05-20",
    "Robbery in London went up again in the 2024/25 financial year.",
    E("went up again", F(s[2025] > s[2024]), "direction", f"robbery FY 2024/25 {s[2025]} vs 2023/24 {s[2024]}", "false"))
mo = {m: mps(mm=[f"2025{m:02d}"]) for m in range(1, 13)}
one("o20_busiest_month.txt", "2026-02-15",
    "August was the busiest month for crime in London in 2025.",
    E("August was the busiest month", F(max(mo, key=mo.get) == 8), "rank", f"2025 by month {mo}: July highest", "false"))
one("o21_july_record.txt", "2026-02-15",
    "More than 82,000 crimes were recorded in London in July 2025 alone, the highest of any month that year.",
    E("More than 82,000", T(mo[7] > 82000), "count", f"July 2025 {mo[7]}", "true"),
    E("the highest of any month that year", T(max(mo, key=mo.get) == 7), "rank", f"2025 by month {mo}", "true"))
j26, j25 = mps(mm=["202601"]), mps(mm=["202501"])
one("o22_january.txt", "2026-03-20",
    "January 2026 saw more crime in London than January 2025, figures out this week show.",
    E("more crime in London than January 2025", F(j26 > j25), "compare", f"Jan 2026 {j26} vs Jan 2025 {j25}", "false"))
c24, c25 = col(cal(2024)), col(cal(2025))
c24c, c25c = col(cal(2024), crime_only=True), col(cal(2025), crime_only=True)
one("o23_city_of_london.txt", "2026-02-10",
    "Crime in the City of London fell by around a tenth in 2025, police.uk figures show.",
    E("fell by around a tenth", T(-12 <= pct(c25, c24) <= -8 and -12 <= pct(c25c, c24c) <= -8), "change",
      f"City of London street rows 2025 {c25} vs 2024 {c24} = {pct(c25, c24):+.1f}%; crimes excl. ASB {c25c} vs {c24c} = "
      f"{pct(c25c, c24c):+.1f}%", "true"))
s24, s25 = col(cal(2024), "Shoplifting"), col(cal(2025), "Shoplifting")
t24, t25 = col(cal(2024), "Theft from the person"), col(cal(2025), "Theft from the person")
one("o24_city_theft.txt", "2026-02-10",
    "In the Square Mile, shoplifting fell 10% last year while theft from the person went up.",
    E("shoplifting fell 10%", T(pct_is(-10, s25, s24)), "change", f"City shoplifting {s25} vs {s24} = {pct(s25, s24):+.1f}%", "true"),
    E("theft from the person went up", F(t25 > t24), "direction", f"City theft from the person {t25} vs {t24}", "false"))
ss = {m: met_ss([f"2018{m:02d}"]) for m in (1, 2, 3)}
one("o25_met_stop_search.txt", "2018-05-02",
    "The Met carried out more than 30,000 stop and searches in the first three months of 2018, with January the busiest month.",
    E("more than 30,000", T(sum(ss.values()) > 30000), "count", f"Met S&S Jan-Mar 2018 {ss} = {sum(ss.values())}", "true"),
    E("January the busiest month", T(max(ss, key=ss.get) == 1), "rank", f"{ss}", "true"))
btp_bike = force_street("btp", JN, "Bicycle theft")
me_bike = force_street(ME, JN, "Bicycle theft")
one("o26_btp_bikes.txt", "2023-01-12",
    "British Transport Police recorded 5,205 bike thefts at stations between January and November 2022, more than "
    "South Wales and Merseyside put together.",
    E("5,205 bike thefts", T(btp_bike == 5205), "count", f"BTP bicycle theft Jan-Nov 2022 {btp_bike}", "true"),
    E("more than South Wales and Merseyside put together", T(btp_bike > sw_bike + me_bike), "compare",
      f"South Wales {sw_bike} + Merseyside {me_bike} = {sw_bike + me_bike}", "true"))
cu_cd, dp_cd = force_street("cumbria", JN, "Criminal damage and arson"), dp_types["Criminal damage and arson"]
one("o27_cumbria_damage.txt", "2023-01-05",
    "Cumbria recorded more than twice as much criminal damage and arson as Dyfed-Powys in the first eleven months of 2022.",
    E("more than twice as much criminal damage", F(cu_cd > 2 * dp_cd), "compare",
      f"criminal damage and arson Cumbria {cu_cd} vs Dyfed-Powys {dp_cd}", "false"))
sw_vso = force_street(SW, JN, "Violence and sexual offences")
one("o28_south_wales_violence.txt", "2023-01-09",
    "South Wales Police dealt with more than 45,000 violent and sexual offences from January to November 2022.",
    E("more than 45,000", F(sw_vso > 45000), "count", f"South Wales violence and sexual offences Jan-Nov 2022 {sw_vso}", "false"))
sy_veh, me_veh = force_street(SY, JN, "Vehicle crime"), force_street(ME, JN, "Vehicle crime")
one("o29_south_yorks_vehicle.txt", "2023-01-16",
    "South Yorkshire had nearly double Merseyside's vehicle crime in the eleven months to November.",
    E("nearly double", T(1.75 <= sy_veh / me_veh < 2), "compare",
      f"vehicle crime South Yorkshire {sy_veh} vs Merseyside {me_veh} = x{sy_veh / me_veh:.2f}", "true"))
k24, k25 = dash(mm=cal(2024)), dash(mm=cal(2025))
one("o30_london_knife_2025.txt", "2026-03-05",
    "Knife crime in London fell by a sixth in 2025, City Hall said.",
    E("fell by a sixth", T(-18.5 <= pct(k25, k24) <= -15), "change",
      f"MPS dashboard knife crime 2025 {k25} vs 2024 {k24} = {pct(k25, k24):+.1f}%", "true"))
kb25 = knife_boroughs(cal(2025))
one("o31_newham_knife.txt", "2026-03-05",
    "Newham had more knife crime than any other borough in 2025, with 840 offences.",
    E("more knife crime than any other borough", T(rank_of("Newham", kb25) == 1 and kb25["Newham"] == 840), "rank",
      f"2025 knife crime by borough, top: {sorted(kb25.items(), key=lambda x: -x[1])[:3]}", "true"))
cr = {y: dash(borough="Croydon", mm=fy(y)) for y in (2024, 2025)}
one("o32_croydon_knife_fy.txt", "2025-05-28",
    "Knife crime in Croydon dropped 14% in 2024/25.",
    E("dropped 14%", T(pct_is(-14, cr[2025], cr[2024])), "change",
      f"Croydon knife crime FY 2024/25 {cr[2025]} vs {cr[2024]} = {pct(cr[2025], cr[2024]):+.1f}%", "true"))
kb24 = knife_boroughs(cal(2024))
one("o33_lambeth_knife.txt", "2026-03-09",
    "Lambeth has halved knife crime in a single year.",
    E("halved knife crime in a single year", F(kb25["Lambeth"] <= 0.55 * kb24["Lambeth"]), "change",
      f"Lambeth knife crime 2025 {kb25['Lambeth']} vs 2024 {kb24['Lambeth']} = {pct(kb25['Lambeth'], kb24['Lambeth']):+.1f}%", "false"))
kv = {y: v for y, v in victims_years(Method_of_Killing="Knife or Sharp Implement").items() if y <= 2022}
one("o34_knife_victims_2021.txt", "2022-02-14",
    "The 92 people stabbed to death in London in 2021 were the most since 2003.",
    E("the most since 2003", F(last_higher(kv, 2021) == 2003 or last_higher(kv, 2021) is None), "record",
      f"knife victims {ser(kv)}: 2019 was higher", "false"))
one("o35_victims_2019.txt", "2020-01-15",
    "With 150 victims, 2019 was the deadliest year in London since 2007.",
    E("the deadliest year in London since 2007", T(vic[2019] == 150 and last_higher(vic, 2019) == 2007), "record",
      f"victims {ser(vic)}", "true"))
da22 = victims_by(2022, "Domestic_Abuse")
one("o36_domestic_homicide.txt", "2023-03-08",
    "Around a third of London homicide victims in 2022 died in domestic abuse cases.",
    E("a third", F(0.30 <= da22["Domestic Abuse"] / vic[2022] <= 0.36), "share",
      f"domestic abuse {da22['Domestic Abuse']} of {vic[2022]} = {100 * da22['Domestic Abuse'] / vic[2022]:.1f}%", "false"))
one("o37_nyc_2017.txt", "2018-03-01",
    "Murders in New York City went up in 2017.",
    E("went up in 2017", F(nyc(2017) > nyc(2016)), "direction", f"NYC 2017 {nyc(2017)} vs 2016 {nyc(2016)}", "false"))
one("o38_nyc_2017_fall.txt", "2018-03-01",
    "New York's murder count fell by about 16% in 2017.",
    E("fell by about 16%", T(pct_is(-16, nyc(2017), nyc(2016))), "change",
      f"NYC 2017 {nyc(2017)} vs 2016 {nyc(2016)} = {pct(nyc(2017), nyc(2016)):+.1f}%", "true"))
ca = {y: owid("Canada", y) for y in range(2015, 2022)}
one("o39_canada_rate.txt", "2023-04-11",
    "Canada's homicide rate rose for the third year in a row in 2021.",
    E("rose for the third year in a row", T(rises_in_a_row(ca, 2021) == 3), "streak",
      f"OWID/UNODC Canada {ser({y: round(v, 2) for y, v in ca.items()})}", "true"))
sc21 = owid("Scotland", 2021)
one("o40_scotland_rate.txt", "2023-04-11",
    "Scotland's homicide rate was higher than England and Wales's in 2021.",
    E("higher than England and Wales's", F(sc21 > ew21), "compare", f"Scotland 2021 {sc21:.3f} vs E&W {ew21:.3f}", "false"))
s = yearly(minor="SHOPLIFTING", years=(2022, 2025))
one("o41_shoplifting_doubled.txt", "2026-01-30",
    "Shoplifting in the capital has more than doubled since 2022, the British Retail Consortium said.",
    E("more than doubled since 2022", T(s[2025] > 2 * s[2022]), "change", f"London shoplifting 2025 {s[2025]} vs 2022 {s[2022]}", "true"))
s = yearly(major="DRUG OFFENCES", years=(2024, 2025))
one("o42_drugs_london.txt", "2026-02-03",
    "Drug offences recorded by the Met rose by almost a third in 2025.",
    E("rose by almost a third", T(29 <= pct(s[2025], s[2024]) < 33.4), "change",
      f"London drug offences {s[2025]} vs {s[2024]} = {pct(s[2025], s[2024]):+.1f}%", "true"))
s = yearly(major="SEXUAL OFFENCES")
one("o43_sexual_record.txt", "2026-03-08",
    "Sexual offences recorded in London reached a new high of 27,074 in 2025.",
    E("a new high of 27,074", T(s[2025] == 27074 and s[2025] == max(s.values())), "record", f"London sexual offences {ser(s)}", "true"))
s = yearly(major="BURGLARY")
one("o44_burglary_low.txt", "2026-01-27",
    "Burglary in London fell to 48,064 last year, the lowest since the current records began.",
    E("the lowest since the current records began", T(s[2025] == min(s.values()) and s[2025] == 48064), "record",
      f"London burglary {ser(s)}", "true"))
s = yearly(major="VEHICLE OFFENCES")
one("o45_vehicle_low.txt", "2026-01-27",
    "Vehicle crime in London dropped to its lowest level on record in 2025.",
    E("its lowest level on record", F(s[2025] == min(s.values())), "record", f"London vehicle offences {ser(s)}", "false"))
s = yearly(major="POSSESSION OF WEAPONS", years=(2024, 2025))
one("o46_weapons_up.txt", "2026-02-12",
    "Weapon possession offences in London jumped 18% in 2025.",
    E("jumped 18%", T(pct_is(18, s[2025], s[2024])), "change",
      f"London possession of weapons {s[2025]} vs {s[2024]} = {pct(s[2025], s[2024]):+.1f}%", "true"))
s = yearly(minor="VIOLENCE WITH INJURY", years=range(2021, 2026))
one("o47_vwi_fall.txt", "2026-02-12",
    "Violence with injury in London has fallen for three years running.",
    E("fallen for three years running", F(falls_in_a_row(s, 2025) >= 3), "streak", f"London violence with injury {ser(s)}", "false"))
wm_rate = 1000 * all25["Westminster"] / gla_pop("Westminster", 2025)
one("o48_westminster_rate.txt", "2026-02-27",
    "Westminster's crime rate is more than 300 per 1,000 residents, according to a new council report.",
    E("more than 300 per 1,000 residents", T(wm_rate > 300), "rate",
      f"{all25['Westminster']} / GLA 2025 pop {gla_pop('Westminster', 2025)} = {wm_rate:.1f}", "true"))
s = yearly(minor="THEFT FROM THE PERSON", years=range(2015, 2026))
one("o49_tftp_turn.txt", "2026-02-04",
    "Theft from the person in London fell in 2025 for the first time since the pandemic year of 2020.",
    E("for the first time since", T(s[2025] < s[2024] and all(s[y] > s[y - 1] for y in (2021, 2022, 2023, 2024))
                                    and s[2020] < s[2019]), "turn", f"London theft from the person {ser(s)}", "true"))
one("o50_vs_2019.txt", "2026-03-01",
    "There was more crime in London in 2025 than before the pandemic in 2019.",
    E("more crime in London in 2025 than before the pandemic in 2019", F(lon[2025] > lon[2019]), "compare",
      f"London 2025 {lon[2025]} vs 2019 {lon[2019]}", "false"))
# ---------------------------------------------------------------- one-liners: unverifiable
one("o51_catalytic.txt", "2026-01-19",
    "Catalytic converter thefts in Bexley are up 40% this winter, a local garage owner warned.",
    NV("Catalytic converter thefts", "no catalytic-converter category in the open data"))
one("o52_spiking.txt", "2025-11-30",
    "Reports of drink spiking in Clapham bars doubled over the summer, according to venue owners.",
    NV("drink spiking", "no spiking category in the open data"))
one("o53_moped.txt", "2026-02-22",
    "One in three phone snatches in Westminster is carried out by thieves on mopeds or e-bikes.",
    NV("One in three phone snatches", "no data on offenders' vehicles"))
one("o54_officers.txt", "2026-01-08",
    "The Met has lost more than 1,000 neighbourhood officers since 2020.",
    NV("lost more than 1,000 neighbourhood officers", "no workforce data in the open files"))
one("o55_offender_age.txt", "2025-10-14",
    "The average age of knife offenders in Southwark has fallen to just 16.",
    NV("average age of knife offenders", "no offender ages by borough in the open files"))
one("o56_response.txt", "2026-03-02",
    "Emergency response times in Harrow now average more than 15 minutes.",
    NV("Emergency response times", "no response-time data"))
# ---------------------------------------------------------------- one-liners: opinion
one("o57_mayor.txt", "2026-02-01",
    "Sadiq Khan is the worst mayor for crime this city has ever had.",
    OP("the worst mayor for crime", "a political judgement"))
one("o58_neighbourhood.txt", "2026-01-15",
    "Neighbourhood policing is the backbone of a safe community, and we must never let it wither.",
    OP("the backbone of a safe community", "a judgement on policing"))
one("o59_stop_search.txt", "2025-12-03",
    "Stop and search saves lives, and the Met should be using it more, not less.",
    OP("the Met should be using it more", "a policy opinion"))
one("o60_brixton.txt", "2026-02-16",
    "Honestly, I no longer feel safe walking through Brixton after dark.",
    OP("I no longer feel safe", "a personal feeling"))
one("o61_cumbria_proud.txt", "2022-12-22",
    "Cumbria is a wonderful, safe county and we should be proud of our officers.",
    OP("wonderful, safe county", "a judgement on safety"))
one("o62_letter_high_street.txt", "2026-03-14",
    "Sir - our high street has become a no-go area for families, and the council simply doesn't care.",
    OP("a no-go area for families", "a judgement in a letter"))
one("o63_cannabis.txt", "2026-01-11",
    "Decriminalising cannabis would free up thousands of police hours for the crimes that really matter.",
    OP("Decriminalising cannabis would free up", "a policy opinion"))
one("o64_knife_arches.txt", "2026-01-29",
    "Knife arches at Tube stations have caught more than 300 people carrying blades since May.",
    NV("caught more than 300 people", "no knife-arch or search-result data by location"))
one("o65_phone_survey.txt", "2026-02-08",
    "Nearly half of Londoners say they have stopped using their phone on the street for fear of snatch thieves.",
    NV("Nearly half of Londoners say", "no survey data in the open files"))
one("o66_county_lines_calls.txt", "2025-09-17",
    "Calls to Crimestoppers about county lines drug dealing in Merseyside went up by a quarter last year.",
    NV("Calls to Crimestoppers", "no Crimestoppers data"))
one("o67_funding.txt", "2026-01-05",
    "Policing in this country has been starved of money for a decade, and it shows.",
    OP("starved of money for a decade", "a political judgement"))
one("o68_crackdown.txt", "2026-02-19",
    "The Home Secretary's crackdown on shoplifting is all talk and no action.",
    OP("all talk and no action", "a political judgement"))
one("o69_merseyside_praise.txt", "2023-01-20",
    "Merseyside Police are doing a fantastic job in very difficult circumstances.",
    OP("doing a fantastic job", "a judgement on policing"))
one("o70_youth.txt", "2025-11-02",
    "Prison doesn't work for young people; early intervention does.",
    OP("early intervention does", "a policy opinion"))
