"""set19, articles part: 12 short articles, each unit with its publication date (as_of).

Written blind (the tester never read the checker, its docs on claims or tests, nor older sets' specs beyond the format
head of set9's). Every factual claim is true or false *by design*; book.T / book.F check that design against the raw
files (via truth19a -> ../truth_sets.py -> ../truth_lib.py, csv / pyarrow only) and raise if they disagree.
The note on each expectation gives the figures. CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'.
"""
from truth19a import (  # noqa: F401
    A,
    C,
    I,
    O,
    U,
    SpecBook,
    boroughs,
    cal,
    col,
    col_types,
    dash,
    falls_in_a_row,
    force_types,
    fy,
    fyearly,
    gla_pop,
    knife_boroughs,
    last_higher,
    last_lower,
    lon2,
    lon2_years,
    london32_pop,
    months,
    mps,
    mps_by_borough,
    near,
    nyc,
    owid,
    pct,
    pct_is,
    r12,
    rank_of,
    reading,
    rises_in_a_row,
    ser,
    victims,
    victims_by,
    victims_years,
    yearly,
    _force_month,
)
from truth19a import _col_month, _dash  # noqa: F401
import csv
from truth19a import D

book = SpecBook()
E, add, T, F, NV, OP = book.E, book.add, book.T, book.F, book.NV, book.OP


# ====================================================================== a1 local paper: Lewisham, calendar 2025
LW = "Lewisham"
lw_all = yearly(borough=LW)
lw_pow = yearly(major="POSSESSION OF WEAPONS", borough=LW)
lw_pow10 = mps(major="POSSESSION OF WEAPONS", borough=LW, mm=months(2010, 4, 2010, 12))
lw_hom = yearly(minor="HOMICIDE", borough=LW)
lw_hom10 = mps(minor="HOMICIDE", borough=LW, mm=months(2010, 4, 2010, 12))
lw_burg = yearly(major="BURGLARY", borough=LW)
lw_drug = yearly(major="DRUG OFFENCES", borough=LW)
lw_tftp = yearly(minor="THEFT FROM THE PERSON", borough=LW)
lw_shop = yearly(minor="SHOPLIFTING", borough=LW)
lw_sex = yearly(major="SEXUAL OFFENCES", borough=LW)
lw_veh = yearly(major="VEHICLE OFFENCES", borough=LW)
pow25 = boroughs(cal(2025), major="POSSESSION OF WEAPONS")
hom25 = boroughs(cal(2025), minor="HOMICIDE")
lw_rate = 1000 * lw_all[2025] / gla_pop(LW, 2025)
lon25 = lon2(mm=cal(2025))
lon_rates25 = [1000 * v / london32_pop(2025) for v in lon25]
lw_knife = {y: dash("Knife Crime", borough=LW, mm=cal(y)) for y in (2024, 2025)}
add("a1_local_paper_lewisham_2025.txt", "2026-02-12", [
    ("Lewisham crime falls, but weapons offences hit a record", [
        E("weapons offences hit a record", T(lw_pow[2025] == max(lw_pow.values()) and lw_pow10 < lw_pow[2025]), "record",
          f"Lewisham possession of weapons by year {ser(lw_pow)} (Apr-Dec 2010: {lw_pow10}); 2025 is the series high", "true")]),
    ("By Hannah Okafor, Local Democracy Reporting Service", []),
    ("Police recorded 29,199 crimes in Lewisham in 2025, down about 4% on the 30,444 logged in 2024, according to "
     "Metropolitan Police figures published this month.", [
        E("down about 4%", T(lw_all[2025] == 29199 and lw_all[2024] == 30444 and pct_is(-4, lw_all[2025], lw_all[2024])), "change",
          f"Lewisham all crime (NFIB fraud excluded) 2025 {lw_all[2025]} vs 2024 {lw_all[2024]} = {pct(lw_all[2025], lw_all[2024]):+.1f}%", "true")]),
    ("But possession of weapons offences rose to 339, and only Lambeth recorded more.", [
        E("rose to 339", T(lw_pow[2025] == 339 and lw_pow[2024] < 339), "count",
          f"Lewisham possession of weapons 2025 {lw_pow[2025]} (2024 {lw_pow[2024]})", "true"),
        E("only Lambeth recorded more", F(rank_of(LW, pow25) == 2 and max(pow25, key=pow25.get) == "Lambeth"), "rank",
          f"possession of weapons 2025, top boroughs: {sorted(pow25.items(), key=lambda x: -x[1])[:3]}: Westminster, not Lambeth, is the only one above Lewisham", "false")]),
    ("The borough also saw 11 homicides, more than any other London borough and the highest number in at least fifteen years.", [
        E("more than any other London borough", T(rank_of(LW, hom25) == 1 and sorted(hom25.values())[-2] < hom25[LW]), "rank",
          f"homicide offences 2025 by borough, top: {sorted(hom25.items(), key=lambda x: -x[1])[:3]}", "true"),
        E("the highest number in at least fifteen years", T(lw_hom[2025] == 11 and max(v for y, v in lw_hom.items() if y < 2025) < 11 and lw_hom10 < 11), "record",
          f"Lewisham homicide offences {ser(lw_hom)} (Apr-Dec 2010: {lw_hom10}); 11 is the most of any year in the series (2010-2025)", "true")]),
    ("Burglaries fell for a second year running, to 1,516, the lowest on record.", [
        E("fell for a second year running", T(falls_in_a_row(lw_burg, 2025) == 2), "streak",
          f"Lewisham burglary {ser(lw_burg)}: falls in 2024 and 2025 after a 2023 rise", "true"),
        E("the lowest on record", T(lw_burg[2025] == 1516 and lw_burg[2025] == min(lw_burg.values())), "record",
          f"Lewisham burglary 2025 {lw_burg[2025]} is the series low (Apr-Dec 2010 alone: 2,399)", "true")]),
    ("Drug offences, however, jumped by a quarter to 1,999, which police put down to more proactive patrols in Deptford and Catford.", [
        E("jumped by a quarter", T(pct_is(25, lw_drug[2025], lw_drug[2024], 1.0)), "change",
          f"Lewisham drug offences {lw_drug[2025]} vs {lw_drug[2024]} = {pct(lw_drug[2025], lw_drug[2024]):+.1f}%", "true")]),
    ("Theft from the person fell by almost a third after a spike in 2024, while shoplifting rose again, to 2,177 offences.", [
        E("fell by almost a third", T(-33.4 < pct(lw_tftp[2025], lw_tftp[2024]) < -29), "change",
          f"Lewisham theft from the person {lw_tftp[2025]} vs {lw_tftp[2024]} = {pct(lw_tftp[2025], lw_tftp[2024]):+.1f}%", "true"),
        E("shoplifting rose again", F(lw_shop[2025] > lw_shop[2024]), "direction",
          f"Lewisham shoplifting 2025 {lw_shop[2025]} vs 2024 {lw_shop[2024]}: it fell {pct(lw_shop[2025], lw_shop[2024]):+.1f}%", "false")]),
    ("Sexual offences have now risen for seven years in a row.", [
        E("risen for seven years in a row", F(rises_in_a_row(lw_sex, 2025) >= 7), "streak",
          f"Lewisham sexual offences {ser(lw_sex)}: {rises_in_a_row(lw_sex, 2025)} rises in a row (2019 fell)", "false")]),
    ("Vehicle crime was down by almost a fifth, and knife crime fell by a similar margin, to 529 offences.", [
        E("Vehicle crime was down by almost a fifth", T(-20.5 < pct(lw_veh[2025], lw_veh[2024]) < -17), "change",
          f"Lewisham vehicle offences {lw_veh[2025]} vs {lw_veh[2024]} = {pct(lw_veh[2025], lw_veh[2024]):+.1f}%", "true"),
        E("knife crime fell by a similar margin", T(lw_knife[2025] == 529 and -20.5 < pct(lw_knife[2025], lw_knife[2024]) < -16), "change",
          f"MPS dashboard Knife Crime offences, Lewisham, 2025 {lw_knife[2025]} vs 2024 {lw_knife[2024]} = {pct(lw_knife[2025], lw_knife[2024]):+.1f}%", "true")]),
    ("At around 89 crimes per 1,000 residents, Lewisham's rate remains below the London average.", [
        E("around 89 crimes per 1,000 residents", T(near(89, lw_rate, 0.01)), "rate",
          f"Lewisham 2025 {lw_all[2025]} / GLA population 2025 {gla_pop(LW, 2025)} = {lw_rate:.1f} per 1,000", "true"),
        E("below the London average", T(all(lw_rate < r for r in lon_rates25)), "compare",
          f"London 2025 {lon25} (all Met rows / 32 boroughs) over the 32 boroughs' population {london32_pop(2025)} = "
          f"{lon_rates25[0]:.1f} / {lon_rates25[1]:.1f} per 1,000, both above Lewisham's {lw_rate:.1f}", "true")]),
    ("\u201cEvery one of those eleven deaths is a family torn apart,\u201d said Cllr Amara Bello, cabinet member for safer "
     "communities. \u201cYouth services in this borough have been cut to the bone, and this is the price we are paying.\u201d", [
        OP("cut to the bone", "a political judgement about youth services")]),
    ("A Met spokesperson said nine in ten weapons seizures in the borough now followed intelligence-led stop and search.", [
        NV("nine in ten weapons seizures", "seizures and what led to them are not in the open borough data")]),
    ("The council has hired 12 new community safety wardens, who start work on 2 March.", []),
])


# ====================================================================== a2 tabloid: London shoplifting 2025
L_shop = lon2_years(range(2011, 2026), minor="SHOPLIFTING")
L_tftp = lon2_years((2024, 2025), minor="THEFT FROM THE PERSON")
L_rob = lon2_years((2024, 2025), major="ROBBERY")
L_burg = lon2_years(range(2011, 2026), major="BURGLARY")
L_hom = lon2_years(range(2011, 2026), minor="HOMICIDE")
L_bike = lon2_years(range(2011, 2026), minor="BICYCLE THEFT")
L_all = lon2_years((2024, 2025))
add("a2_tabloid_shoplifting_2025.txt", "2026-02-04", [
    ("SHOP THIEF EPIDEMIC: London stores hit by record 88,000 thefts", [
        E("record 88,000 thefts", T(all(near(88000, L_shop[2025][i], 0.01) and L_shop[2025][i] == max(reading(L_shop, i).values()) for i in (0, 1))), "record",
          f"London shoplifting by year (all rows, 32 boroughs): {ser(L_shop)}; 2025 is the high on both readings", "true")]),
    ("Shop thieves struck more than 240 times a day across the capital last year, shocking new figures reveal.", [
        E("more than 240 times a day", T(all(L_shop[2025][i] / 365 > 240 for i in (0, 1))), "count",
          f"London shoplifting 2025 {L_shop[2025]} / 365 = {L_shop[2025][0] / 365:.1f} / {L_shop[2025][1] / 365:.1f} a day", "true")]),
    ("The total of 88,247 offences was up on 2024 and nearly treble the level of 2022.", [
        E("nearly treble the level of 2022", F(any(L_shop[2025][i] > 2.7 * L_shop[2022][i] for i in (0, 1))), "compare",
          f"2025 {L_shop[2025]} vs 2022 {L_shop[2022]} (ratios {L_shop[2025][0] / L_shop[2022][0]:.2f} / {L_shop[2025][1] / L_shop[2022][1]:.2f}): a bit over double, not nearly treble", "false"),
        E("was up on 2024", T(all(L_shop[2025][i] > L_shop[2024][i] for i in (0, 1))), "direction",
          f"2025 {L_shop[2025]} vs 2024 {L_shop[2024]}", "true")]),
    ("And it is not just shops. Phone snatchers are running riot, with theft from the person up again in 2025, "
     "and robberies rose too.", [
        E("theft from the person up again in 2025", F(any(L_tftp[2025][i] > L_tftp[2024][i] for i in (0, 1))), "direction",
          f"London theft from the person 2025 {L_tftp[2025]} vs 2024 {L_tftp[2024]}: down on both readings", "false"),
        E("robberies rose too", F(any(L_rob[2025][i] > L_rob[2024][i] for i in (0, 1))), "direction",
          f"London robbery 2025 {L_rob[2025]} vs 2024 {L_rob[2024]}: down on both readings", "false")]),
    ("Burglary, at just over 48,000, was the lowest since records began, and bike thefts also fell to a record low.", [
        E("the lowest since records began", T(all(L_burg[2025][i] == min(reading(L_burg, i).values()) and 48000 < L_burg[2025][i] < 48500 for i in (0, 1))), "record",
          f"London burglary {ser(L_burg)}: 2025 the series low on both readings", "true"),
        E("bike thefts also fell to a record low", T(all(L_bike[2025][i] == min(reading(L_bike, i).values()) for i in (0, 1))), "record",
          f"London bicycle theft {ser(L_bike)}", "true")]),
    ("City Hall will point to killings: there were 96 homicides in London in 2025, the fewest since 2014.", [
        E("the fewest since 2014", T(all(L_hom[2025][i] == 96 and last_lower(reading(L_hom, i), 2025) == 2014 for i in (0, 1))), "record",
          f"London homicide offences {ser(L_hom)}: 2014 is the last lower year on both readings", "true")]),
    ("Overall crime dipped slightly, to 911,288 offences.", [
        E("Overall crime dipped slightly", T(all(L_all[2025][i] < L_all[2024][i] and pct(L_all[2025][i], L_all[2024][i]) > -5 for i in (0, 1))), "direction",
          f"London all crime 2025 {L_all[2025]} vs 2024 {L_all[2024]} (all rows / 32 boroughs: "
          f"{pct(L_all[2025][0], L_all[2024][0]):+.1f}% / {pct(L_all[2025][1], L_all[2024][1]):+.1f}%); 911,288 is the all-rows figure", "true")]),
    ("\u201cOur members tell us only one shop theft in five is ever reported to police,\u201d said Jan Ruddock of the London Retail Forum.", [
        NV("only one shop theft in five is ever reported", "unreported crime is not in recorded-crime data")]),
    ("Tory assembly member Tom Ashby fumed: \u201cIt is a free-for-all. Sadiq Khan has completely lost control of London's high streets.\u201d", [
        OP("lost control of London's high streets", "political rhetoric")]),
    ("Corner-shop owner Ravi Patel, 54, from Walthamstow, said: \u201cIt's a disgrace. They walk in, fill a bag and walk out, "
     "and only one in ten of the thefts we report ever ends with someone charged.\u201d", [
        OP("It's a disgrace", "a shopkeeper's judgement"),
        NV("only one in ten of the thefts we report ever ends with someone charged", "charge rates are not in the open recorded-crime data")]),
    ("City Hall says 1,300 extra officers will be on the beat by the summer.", []),
])


# ====================================================================== a3 council press release: Enfield FY 2024/25
EN = "Enfield"
en_vwi = fyearly(minor="VIOLENCE WITH INJURY", borough=EN)
en_burg = fyearly(major="BURGLARY", borough=EN)
en_all = fyearly(borough=EN)
en_shop = fyearly(minor="SHOPLIFTING", borough=EN)
en_drug = fyearly(major="DRUG OFFENCES", borough=EN)
en_tomv = fyearly(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", borough=EN)
en_sex = fyearly(major="SEXUAL OFFENCES", borough=EN)
veh_fy25 = boroughs(fy(2025), major="VEHICLE OFFENCES")
en_knife = {y: dash("Knife Crime", borough=EN, mm=fy(y)) for y in (2024, 2025)}
add("a3_council_release_enfield_fy2425.txt", "2025-05-20", [
    ("PRESS RELEASE: Falls in violence and burglary welcomed as Enfield publishes its annual community safety update", []),
    ("Violence with injury in Enfield fell by 21% in 2024/25, to 2,245 offences \u2013 the lowest level since 2013/14.", [
        E("fell by 21%", T(pct_is(-21, en_vwi[2025], en_vwi[2024])), "change",
          f"Enfield violence with injury FY 2024/25 {en_vwi[2025]} vs 2023/24 {en_vwi[2024]} = {pct(en_vwi[2025], en_vwi[2024]):+.1f}%", "true"),
        E("the lowest level since 2013/14", T(last_lower(en_vwi, 2025) == 2014), "record",
          f"Enfield VWI by FY (key = year ending March) {ser(en_vwi)}: last lower FY is 2013/14", "true")]),
    ("Burglary fell by 9% to 1,990, the lowest figure since the Met's current records began.", [
        E("Burglary fell by 9%", T(en_burg[2025] == 1990 and pct_is(-9, en_burg[2025], en_burg[2024])), "change",
          f"Enfield burglary FY {en_burg[2025]} vs {en_burg[2024]} = {pct(en_burg[2025], en_burg[2024]):+.1f}%", "true"),
        E("the lowest figure since the Met's current records began", T(en_burg[2025] == min(en_burg.values())), "record",
          f"Enfield burglary by FY {ser(en_burg)}", "true")]),
    ("Drug offences rose by 64%, reflecting more proactive policing, and knife crime is also down on the previous year.", [
        E("Drug offences rose by 64%", F(pct_is(64, en_drug[2025], en_drug[2024], 2.0)), "change",
          f"Enfield drug offences FY {en_drug[2025]} vs {en_drug[2024]} = {pct(en_drug[2025], en_drug[2024]):+.1f}% (46%, not 64%)", "false"),
        E("knife crime is also down", F(en_knife[2025] < en_knife[2024]), "direction",
          f"MPS dashboard Knife Crime, Enfield, FY 2024/25 {en_knife[2025]} vs 2023/24 {en_knife[2024]}: up", "false")]),
    ("Sexual offences also fell, for the first time in a decade.", [
        E("for the first time in a decade", F(en_sex[2025] < en_sex[2024] and all(en_sex[y] >= en_sex[y - 1] for y in range(2016, 2025))), "turn",
          f"Enfield sexual offences by FY {ser(en_sex)}: it fell in 2024/25 (by 2), but also in 2018/19, six years earlier", "false")]),
    ("Cllr Priya Nandra, cabinet member for community safety, said: \u201cEnfield is a safe place to live, work and visit, "
     "and 97% of residents told our survey they feel safe in their neighbourhood during the day.\u201d", [
        OP("Enfield is a safe place to live", "a judgement about safety"),
        NV("97% of residents told our survey", "a council survey; not in police-recorded data")]),
    ("The council's new 40-camera CCTV network has cut police response times in the town centre by 15%, she added.", [
        NV("cut police response times in the town centre by 15%", "response times are not in the open data")]),
    ("Responding, Conservative group leader Cllr Marcus Heald said total crime had in fact reached 30,172, the highest "
     "figure ever recorded in the borough.", [
        E("the highest figure ever recorded in the borough", T(en_all[2025] == 30172 and en_all[2025] == max(en_all.values())), "record",
          f"Enfield all crime by FY {ser(en_all)}", "true")]),
    ("\u201cShoplifting has more than doubled, from 1,395 to 3,060, vehicle thefts hit a record 1,939, and Enfield now has "
     "more vehicle crime than any other borough in London,\u201d he said.", [
        E("Shoplifting has more than doubled", T(en_shop[2024] == 1395 and en_shop[2025] == 3060), "change",
          f"Enfield shoplifting FY 2024/25 {en_shop[2025]} vs 2023/24 {en_shop[2024]}", "true"),
        E("vehicle thefts hit a record 1,939", T(en_tomv[2025] == 1939 and en_tomv[2025] == max(en_tomv.values())), "record",
          f"Enfield theft or unauthorised taking of a motor vehicle by FY {ser(en_tomv)}", "true"),
        E("more vehicle crime than any other borough in London", T(rank_of(EN, veh_fy25) == 1), "rank",
          f"vehicle offences FY 2024/25, top: {sorted(veh_fy25.items(), key=lambda x: -x[1])[:3]}", "true")]),
    ("\u201cThe Mayor has simply abandoned outer London,\u201d Cllr Heald added.", [
        OP("The Mayor has simply abandoned outer London", "political rhetoric")]),
])


# ====================================================================== a4 Mayor's Question Time: knife crime FY 2024/25
K = {st: {y: dash(st, mm=fy(y)) for y in (2023, 2024, 2025)} for st in
     ("Knife Crime", "Knife Crime with Injury", "Knife Injury Victims (1-24)", "Knife Crime with Injury (Personal Robbery)")}
kn = K["Knife Crime"]
kb25 = {b: v for b, v in knife_boroughs(fy(2025)).items() if b in set(mps_by_borough(mm=cal(2025)))}
kb_rank = sorted(kb25.items(), key=lambda x: -x[1])
L_homfy = {y: lon2(minor="HOMICIDE", mm=fy(y)) for y in range(2011, 2026)}
add("a4_mqt_transcript_knife_crime.txt", "2025-05-22", [
    ("Mayor's Question Time, 22 May 2025. Question 1043/2025: Knife crime", []),
    ("Lena Carr AM: Mr Mayor, knife crime in London rose to more than 16,000 offences in 2024/25, up from around 15,200 "
     "the year before. That is the second year in a row it has gone up, is it not?", [
        E("rose to more than 16,000 offences in 2024/25", T(kn[2025] > 16000 and near(15200, kn[2024], 0.01)), "change",
          f"MPS dashboard Knife Crime offences, London boroughs: FY 2024/25 {kn[2025]}, 2023/24 {kn[2024]}", "true"),
        E("the second year in a row it has gone up", T(kn[2023] < kn[2024] < kn[2025]), "streak",
          f"Knife Crime FY 2022/23 {kn[2023]}, 2023/24 {kn[2024]}, 2024/25 {kn[2025]} (the dashboard starts March 2022)", "true")]),
    ("The Mayor: The measure that matters most, knife crime with injury, fell, to 3,736 from 3,791. And the number of "
     "victims of knife injury aged under 25 fell by more than 10%.", [
        E("fell, to 3,736 from 3,791", T(K["Knife Crime with Injury"][2025] == 3736 and K["Knife Crime with Injury"][2024] == 3791), "change",
          f"Knife Crime with Injury FY 2024/25 {K['Knife Crime with Injury'][2025]} vs {K['Knife Crime with Injury'][2024]}", "true"),
        E("fell by more than 10%", F(pct(K["Knife Injury Victims (1-24)"][2025], K["Knife Injury Victims (1-24)"][2024]) < -10), "change",
          f"Knife Injury Victims (1-24) FY {K['Knife Injury Victims (1-24)'][2025]} vs {K['Knife Injury Victims (1-24)'][2024]} = "
          f"{pct(K['Knife Injury Victims (1-24)'][2025], K['Knife Injury Victims (1-24)'][2024]):+.1f}% (about 7%)", "false")]),
    ("The Mayor: Homicides fell to 104 in the financial year, the lowest since 2014/15.", [
        E("the lowest since 2014/15", T(all(last_lower({y: v[i] for y, v in L_homfy.items()}, 2025) == 2015 for i in (0, 1)) and L_homfy[2025][0] == 104), "record",
          f"London homicide offences by FY (all rows, 32 boroughs) {ser(L_homfy)}: 2014/15 is the last lower FY on both readings", "true")]),
    ("The Mayor: Our officers are now taking 500 knives a month off the streets through weapons sweeps.", [
        NV("taking 500 knives a month off the streets", "weapons recovered are not in the open data")]),
    ("Lena Carr AM: Lambeth had more knife crime than any other borough last year, with nearly 950 offences. Westminster "
     "was close behind on just over 900, and Croydon came third.", [
        E("Lambeth had more knife crime than any other borough", T(kb_rank[0][0] == "Lambeth" and near(950, kb25["Lambeth"], 0.01)), "rank",
          f"Knife Crime FY 2024/25 by borough, top 5: {kb_rank[:5]}", "true"),
        E("Westminster was close behind on just over 900", T(kb_rank[1][0] == "Westminster" and 900 < kb25["Westminster"] < 930), "rank",
          f"Westminster {kb25['Westminster']}, second", "true"),
        E("Croydon came third", F(rank_of("Croydon", kb25) == 3), "rank",
          f"Croydon is {rank_of('Croydon', kb25)}th ({kb25['Croydon']}); third is {kb_rank[2]}", "false")]),
    ("Lena Carr AM: And knife robberies in which someone was injured went up by more than a quarter.", [
        E("went up by more than a quarter", F(pct(K["Knife Crime with Injury (Personal Robbery)"][2025], K["Knife Crime with Injury (Personal Robbery)"][2024]) > 25), "change",
          f"Knife Crime with Injury (Personal Robbery) FY {K['Knife Crime with Injury (Personal Robbery)'][2025]} vs "
          f"{K['Knife Crime with Injury (Personal Robbery)'][2024]} = "
          f"{pct(K['Knife Crime with Injury (Personal Robbery)'][2025], K['Knife Crime with Injury (Personal Robbery)'][2024]):+.1f}% (about 12%, not over 25%)", "false")]),
    ("Lena Carr AM: Knife crime in 2022/23 was already above 15,000, so this is no blip.", [
        E("Knife crime in 2022/23 was already above 15,000", F(kn[2023] > 15000), "count",
          f"Knife Crime FY 2022/23 {kn[2023]}", "false")]),
    ("Lena Carr AM: Stab wound admissions at London hospitals are up by a fifth. Your violence reduction unit has been a costly failure.", [
        NV("Stab wound admissions at London hospitals are up by a fifth", "hospital admissions are NHS data, not in the open police data"),
        OP("a costly failure", "a political judgement")]),
    ("The Mayor: I will not take lectures from a party that cut 21,000 officers. London remains one of the safest global cities in the world.", [
        OP("one of the safest global cities in the world", "a broad judgement about safety")]),
])


# ====================================================================== a5 police statement: Merseyside Jan-Nov 2022
MM = months(2022, 1, 2022, 11)
mt = force_types("merseyside", MM)
syt = force_types("south-yorkshire", MM)
swt = force_types("south-wales", MM)
mon = {ym: _force_month("merseyside", ym) for ym in months(2021, 12, 2022, 11)}
burg_m = {ym: c["Burglary"] for ym, c in mon.items()}
tot_m = {ym: sum(c.values()) for ym, c in mon.items()}
asb_m = {ym: c["Anti-social behaviour"] for ym, c in mon.items()}
drug_m = {ym: c["Drugs"] for ym, c in mon.items() if ym >= "202201"}
m_all = sum(mt.values())
m_crime = m_all - mt["Anti-social behaviour"]
add("a5_police_statement_merseyside_2022.txt", "2022-12-21", [
    ("Merseyside Police: statement from Assistant Chief Constable on crime in 2022", []),
    ("Burglary has fallen across Merseyside this year, from 546 offences in January to 492 in November, and July saw "
     "just 407, our lowest monthly total of 2022.", [
        E("from 546 offences in January to 492 in November", T(burg_m["202201"] == 546 and burg_m["202211"] == 492), "change",
          f"Merseyside police.uk street rows, Burglary by month {ser(burg_m)}", "true"),
        E("our lowest monthly total of 2022", T(min((v, k) for k, v in burg_m.items() if k >= "202201") == (407, "202207")), "record",
          "July 2022 = 407, the lowest of Jan-Nov 2022", "true")]),
    ("Compared with December last year, when there were 630 burglaries, November's figure was down by more than a fifth.", [
        E("down by more than a fifth", T(burg_m["202112"] == 630 and pct(burg_m["202211"], burg_m["202112"]) < -20), "change",
          f"Nov 2022 {burg_m['202211']} vs Dec 2021 {burg_m['202112']} = {pct(burg_m['202211'], burg_m['202112']):+.1f}%", "true")]),
    ("Our proactive approach to drugs means we recorded 11,471 drug offences between January and November, more than "
     "three times the number in South Yorkshire, with the peak coming in May.", [
        E("11,471 drug offences", T(mt["Drugs"] == 11471), "count", f"Merseyside Drugs Jan-Nov 2022 {mt['Drugs']}", "true"),
        E("more than three times the number in South Yorkshire", T(mt["Drugs"] > 3 * syt["Drugs"]), "compare",
          f"Merseyside {mt['Drugs']} vs South Yorkshire {syt['Drugs']} (x{mt['Drugs'] / syt['Drugs']:.2f})", "true"),
        E("with the peak coming in May", F(max(drug_m, key=drug_m.get) == "202205"), "record",
          f"Merseyside Drugs by month {ser(drug_m)}: the peak is March ({drug_m['202203']}), May {drug_m['202205']}", "false")]),
    ("Violence and sexual offences accounted for more than a third of everything reported to us.", [
        E("more than a third of everything reported to us", T(mt["Violence and sexual offences"] / m_all > 1 / 3 and mt["Violence and sexual offences"] / m_crime > 1 / 3), "share",
          f"VSO {mt['Violence and sexual offences']} of {m_all} rows incl. ASB ({100 * mt['Violence and sexual offences'] / m_all:.1f}%) "
          f"or of {m_crime} crimes excl. ASB ({100 * mt['Violence and sexual offences'] / m_crime:.1f}%): over a third either way", "true")]),
    ("May was our busiest month, with 17,200 crimes and incidents of anti-social behaviour reported, while anti-social "
     "behaviour on its own peaked in August at 1,673 reports.", [
        E("May was our busiest month", T(max(tot_m, key=tot_m.get) == "202205" and tot_m["202205"] == 17200), "record",
          f"Merseyside rows by month {ser(tot_m)}", "true"),
        E("peaked in August at 1,673 reports", T(max(asb_m, key=asb_m.get) == "202208" and asb_m["202208"] == 1673), "record",
          f"Merseyside ASB by month {ser(asb_m)}", "true")]),
    ("Robbery remains comparatively rare here: at 1,132 offences we recorded fewer than South Yorkshire, though more "
     "than three times as many as South Wales.", [
        E("fewer than South Yorkshire", T(mt["Robbery"] == 1132 and mt["Robbery"] < syt["Robbery"]), "compare",
          f"Robbery Jan-Nov 2022: Merseyside {mt['Robbery']}, South Yorkshire {syt['Robbery']}", "true"),
        E("more than three times as many as South Wales", F(mt["Robbery"] > 3 * swt["Robbery"]), "compare",
          f"South Wales {swt['Robbery']} (x{mt['Robbery'] / swt['Robbery']:.2f}: more than twice, not three times)", "false")]),
    ("Burglary in Merseyside is running at around a third of South Yorkshire's level.", [
        E("around a third of South Yorkshire's level", F(0.3 <= mt["Burglary"] / syt["Burglary"] <= 0.37), "compare",
          f"Burglary Jan-Nov 2022: Merseyside {mt['Burglary']} vs South Yorkshire {syt['Burglary']} = {mt['Burglary'] / syt['Burglary']:.2f} (about half)", "false")]),
    ("Shoplifting, at 6,669 offences, has now overtaken vehicle crime, and possession of weapons offences passed 1,500.", [
        E("has now overtaken vehicle crime", T(mt["Shoplifting"] == 6669 and mt["Shoplifting"] > mt["Vehicle crime"]), "compare",
          f"Merseyside Jan-Nov 2022 shoplifting {mt['Shoplifting']} vs vehicle crime {mt['Vehicle crime']}", "true"),
        E("possession of weapons offences passed 1,500", F(mt["Possession of weapons"] > 1500), "count",
          f"Merseyside possession of weapons Jan-Nov 2022 {mt['Possession of weapons']}", "false")]),
    ("Our average response time to emergency calls remains under ten minutes.", [
        NV("under ten minutes", "response times are not in police.uk street data")]),
    ("Operation Medusa officers have arrested more than 1,200 people for drug supply since January.", [
        NV("arrested more than 1,200 people for drug supply", "arrests are not in police.uk street data")]),
    ("This is a force that is winning the fight against organised crime, and criminals should know we are coming for them.", [
        OP("winning the fight against organised crime", "a self-assessment with no figure")]),
])


# ====================================================================== a6 campaign briefing: women killed in London, 2022
fem = victims_years(Sex="Female")
fem_da = victims_years(Sex="Female", Domestic_Abuse="Domestic Abuse")
fem_knife = victims_years(Sex="Female", Method_of_Killing="Knife or Sharp Implement")
allv = victims_years()
fem_full = {y: v for y, v in fem.items() if y <= 2022}
add("a6_campaign_briefing_women_killed.txt", "2023-03-08", [
    ("Briefing for International Women's Day 2023: women killed in London", []),
    ("In 2022, 28 women and girls were killed in London, according to the Metropolitan Police's homicide victim data. "
     "Sixteen of them were killed in a domestic abuse context, up from 13 in 2021.", [
        E("28 women and girls were killed", T(fem[2022] == 28), "count", f"female homicide victims by year {ser(fem_full)}", "true"),
        E("up from 13 in 2021", T(fem_da[2022] == 16 and fem_da[2021] == 13), "change",
          f"female victims, domestic abuse, by year {ser(fem_da)}", "true")]),
    ("That means more than half of the women killed last year died in a domestic abuse context.", [
        E("more than half of the women killed last year", T(fem_da[2022] / fem[2022] > 0.5), "share",
          f"{fem_da[2022]} of {fem[2022]} = {100 * fem_da[2022] / fem[2022]:.0f}%", "true")]),
    ("Women made up about one in four of all homicide victims in the capital in 2022 \u2013 a figure that has barely moved in twenty years.", [
        E("about one in four of all homicide victims", T(0.23 <= fem[2022] / allv[2022] <= 0.27), "share",
          f"{fem[2022]} of {allv[2022]} victims in 2022 = {100 * fem[2022] / allv[2022]:.1f}%", "true")]),
    ("Twenty of the women were killed with a knife or sharp implement, the highest number since 2005.", [
        E("the highest number since 2005", T(fem_knife[2022] == 20 and last_higher({y: v for y, v in fem_knife.items() if y <= 2022}, 2022) == 2005), "record",
          f"female victims killed with a knife or sharp implement by year {ser(fem_knife)}", "true")]),
    ("Since 2003, more than 640 women have been victims of homicide in London.", [
        E("more than 640 women", T(640 < sum(fem_full.values()) < 650), "count",
          f"female victims 2003-2022 = {sum(fem_full.values())} (2023 is a partial year with {fem[2023]})", "true")]),
    ("Annual numbers have more than halved since 2003, when 62 women died, but progress has stalled: 2022 was the "
     "deadliest year for women in London for a decade.", [
        E("more than halved since 2003", T(fem[2003] == 62 and fem[2022] < fem[2003] / 2), "change",
          f"2022 {fem[2022]} vs 2003 {fem[2003]}", "true"),
        E("the deadliest year for women in London for a decade", F(last_higher(fem_full, 2022) is None or last_higher(fem_full, 2022) < 2012), "record",
          f"female victims {ser(fem_full)}: 2013 (40), 2018 (31), 2019 (30) and 2021 (29) were all higher than 2022 (28)", "false")]),
    ("Domestic abuse killings of women have risen every year since 2019, and women now account for a third of all victims.", [
        E("have risen every year since 2019", F(fem_da[2020] > fem_da[2019] and fem_da[2021] > fem_da[2020] and fem_da[2022] > fem_da[2021]), "streak",
          f"female DA victims 2019 {fem_da[2019]}, 2020 {fem_da[2020]}, 2021 {fem_da[2021]}, 2022 {fem_da[2022]}: fell in 2021", "false"),
        E("women now account for a third of all victims", F(0.31 <= fem[2022] / allv[2022] <= 0.36), "share",
          f"{fem[2022]} of {allv[2022]} = {100 * fem[2022] / allv[2022]:.1f}%", "false")]),
    ("Nationally, a woman is killed by a man every three days, and half of the women killed had reported abuse to police beforehand.", [
        NV("a woman is killed by a man every three days", "national femicide counts by perpetrator sex are not in the open data here"),
        NV("half of the women killed had reported abuse to police beforehand", "prior reports are not in the victims file")]),
    ("The Met's failure to take violence against women seriously is a national scandal, and misogyny remains baked into the institution.", [
        OP("a national scandal"),
        OP("misogyny remains baked into the institution")]),
])


# ====================================================================== a7 think-tank note: crime per head by borough, 2024
R24 = {b: 1000 * mps(borough=b, mm=cal(2024)) / gla_pop(b, 2024) for b in mps_by_borough(mm=cal(2024))}
rank_r = sorted(R24.items(), key=lambda x: -x[1])
L24 = lon2(mm=cal(2024))
L24r = [1000 * v / london32_pop(2024) for v in L24]
wm24 = mps(borough="Westminster", mm=cal(2024))
add("a7_think_tank_note_rates_2024.txt", "2025-03-18", [
    ("Research note: Where in London is crime highest per resident?", []),
    ("Using the Met's recorded crime figures for 2024 and GLA population estimates, London as a whole saw just under 100 "
     "offences per 1,000 residents.", [
        E("just under 100 offences per 1,000 residents", T(all(95 <= r < 100 for r in L24r)), "rate",
          f"London 2024 {L24} (all rows / 32 boroughs) over {london32_pop(2024)} = {L24r[0]:.1f} / {L24r[1]:.1f} per 1,000", "true")]),
    ("Westminster stands apart, with nearly 92,000 offences, almost one in ten of the London total, and a rate of about "
     "340 per 1,000.", [
        E("nearly 92,000 offences", T(91000 < wm24 < 92000), "count", f"Westminster 2024 {wm24}", "true"),
        E("almost one in ten of the London total", T(all(0.095 <= wm24 / v < 0.1 for v in L24)), "share",
          f"{wm24} / {L24} = {100 * wm24 / L24[0]:.1f}% / {100 * wm24 / L24[1]:.1f}%", "true"),
        E("about 340 per 1,000", T(near(340, R24["Westminster"], 0.01)), "rate",
          f"Westminster {wm24} / {gla_pop('Westminster', 2024)} = {R24['Westminster']:.1f}", "true")]),
    ("That is more than five times the rate in Richmond upon Thames, which had the lowest rate of any borough.", [
        E("more than five times the rate in Richmond upon Thames", T(R24["Westminster"] > 5 * R24["Richmond upon Thames"]), "compare",
          f"Westminster {R24['Westminster']:.1f} vs Richmond {R24['Richmond upon Thames']:.1f}", "true"),
        E("the lowest rate of any borough", T(rank_r[-1][0] == "Richmond upon Thames"), "rank",
          f"lowest five: {[(b, round(r, 1)) for b, r in rank_r[-5:]]}", "true")]),
    ("Camden had the second-highest rate, at around 164, followed by Kensington and Chelsea.", [
        E("Camden had the second-highest rate", T(rank_r[1][0] == "Camden" and near(164, R24["Camden"], 0.01)), "rank",
          f"top five: {[(b, round(r, 1)) for b, r in rank_r[:5]]}", "true"),
        E("followed by Kensington and Chelsea", T(rank_r[2][0] == "Kensington and Chelsea"), "rank", "third: Kensington and Chelsea", "true")]),
    ("Newham, often described as a crime hotspot, in fact had a higher rate than Southwark, while Merton had the second-lowest rate in London.", [
        E("had a higher rate than Southwark", F(R24["Newham"] > R24["Southwark"]), "compare",
          f"Newham {R24['Newham']:.1f} vs Southwark {R24['Southwark']:.1f}", "false"),
        E("Merton had the second-lowest rate in London", F(rank_r[-2][0] == "Merton"), "rank",
          f"second-lowest is {rank_r[-2][0]} ({rank_r[-2][1]:.1f}); Merton {R24['Merton']:.1f} is fifth-lowest", "false")]),
    ("Sutton, at about 60 offences per 1,000 people, was among the five lowest, and Bromley's rate was lower than Barnet's.", [
        E("Sutton, at about 60 offences per 1,000 people", T(near(60, R24["Sutton"], 0.01) and [b for b, _ in rank_r[-5:]].count("Sutton") == 1), "rate",
          f"Sutton {R24['Sutton']:.1f}", "true"),
        E("Bromley's rate was lower than Barnet's", F(R24["Bromley"] < R24["Barnet"]), "compare",
          f"Bromley {R24['Bromley']:.1f} vs Barnet {R24['Barnet']:.1f}: Bromley's is higher", "false")]),
    ("Islington's rate was higher than Hackney's, but Lambeth's was higher than both.", [
        E("Islington's rate was higher than Hackney's", T(R24["Islington"] > R24["Hackney"]), "compare",
          f"Islington {R24['Islington']:.1f} vs Hackney {R24['Hackney']:.1f}", "true"),
        E("Lambeth's was higher than both", F(R24["Lambeth"] > R24["Islington"] and R24["Lambeth"] > R24["Hackney"]), "compare",
          f"Lambeth {R24['Lambeth']:.1f}: lower than both", "false")]),
    ("Much of Westminster's crime falls on visitors rather than residents: we estimate that around 70% of its victims live outside the borough.", [
        NV("around 70% of its victims live outside the borough", "victims' home addresses are not in the open data")]),
    ("Rates per resident are therefore a poor guide to risk in central London, and policymakers should stop using them to rank boroughs.", [
        OP("a poor guide to risk in central London", "a methodological judgement")]),
])


# ====================================================================== a8 blog: City of London bike theft, 2025
c24, c25 = col_types(cal(2024)), col_types(cal(2025))
bike_m = {ym: _col_month(ym)["Bicycle theft"] for ym in cal(2025)}
c_bike18 = col(cal(2018), "Bicycle theft")
c_tot = {y: (sum(c.values()), sum(v for k, v in c.items() if k != "Anti-social behaviour")) for y, c in ((2024, c24), (2025, c25))}
add("a8_blog_city_of_london_bikes.txt", "2026-02-20", [
    ("Square Mile cyclists: lock up or lose it", []),
    ("Bad news, fellow commuters. Bicycle thefts reported to City of London Police rose from 238 in 2024 to 289 in 2025, "
     "an increase of more than a fifth.", [
        E("an increase of more than a fifth", T(c24["Bicycle theft"] == 238 and c25["Bicycle theft"] == 289 and pct(289, 238) > 20), "change",
          f"City of London street files, Bicycle theft 2025 {c25['Bicycle theft']} vs 2024 {c24['Bicycle theft']} = {pct(c25['Bicycle theft'], c24['Bicycle theft']):+.1f}%", "true")]),
    ("August was the worst month, with 43 bikes taken, and the three summer months of June to August accounted for about a third of the year's thefts.", [
        E("August was the worst month", T(max(bike_m, key=bike_m.get) == "202508" and bike_m["202508"] == 43), "record",
          f"CoL bicycle theft by month 2025 {ser(bike_m)}", "true"),
        E("about a third of the year's thefts", T(0.30 <= sum(bike_m[k] for k in ("202506", "202507", "202508")) / c25["Bicycle theft"] <= 0.36), "share",
          f"Jun-Aug {sum(bike_m[k] for k in ('202506', '202507', '202508'))} of {c25['Bicycle theft']}", "true")]),
    ("To be fair, that is still well below 2018, when 460 bikes were stolen in the City, and January had just eight.", [
        E("well below 2018, when 460 bikes were stolen", T(c_bike18 == 460 and c25["Bicycle theft"] < 460), "compare",
          f"CoL bicycle theft 2018 {c_bike18}", "true"),
        E("January had just eight", T(bike_m["202501"] == 8), "count", f"Jan 2025 {bike_m['202501']}", "true")]),
    ("It is not just bikes. Burglary rose by more than a third, to 459, and robbery was up by half.", [
        E("Burglary rose by more than a third", T(c25["Burglary"] == 459 and pct(c25["Burglary"], c24["Burglary"]) > 33.4), "change",
          f"CoL burglary {c25['Burglary']} vs {c24['Burglary']} = {pct(c25['Burglary'], c24['Burglary']):+.1f}%", "true"),
        E("robbery was up by half", F(45 <= pct(c25["Robbery"], c24["Robbery"]) <= 55), "change",
          f"CoL robbery {c25['Robbery']} vs {c24['Robbery']} = {pct(c25['Robbery'], c24['Robbery']):+.1f}% (about a quarter)", "false")]),
    ("Meanwhile theft from the person \u2013 phone and bag snatching, mostly \u2013 fell by almost a fifth, and overall "
     "crime in the Square Mile fell.", [
        E("fell by almost a fifth", T(-20.5 < pct(c25["Theft from the person"], c24["Theft from the person"]) < -17), "change",
          f"CoL theft from the person {c25['Theft from the person']} vs {c24['Theft from the person']} = "
          f"{pct(c25['Theft from the person'], c24['Theft from the person']):+.1f}%", "true"),
        E("overall crime in the Square Mile fell", T(c_tot[2025][0] < c_tot[2024][0] and c_tot[2025][1] < c_tot[2024][1]), "direction",
          f"CoL rows 2025 vs 2024 (with ASB / without): {c_tot[2025]} vs {c_tot[2024]}", "true")]),
    ("Shoplifting rose to more than 1,600 cases, and weapons possession offences more than halved.", [
        E("Shoplifting rose to more than 1,600 cases", F(c25["Shoplifting"] > c24["Shoplifting"] and c25["Shoplifting"] > 1600), "change",
          f"CoL shoplifting 2025 {c25['Shoplifting']} vs 2024 {c24['Shoplifting']}: it fell; 1,602 was 2024's figure", "false"),
        E("weapons possession offences more than halved", F(c25["Possession of weapons"] < c24["Possession of weapons"] / 2), "change",
          f"CoL possession of weapons {c25['Possession of weapons']} vs {c24['Possession of weapons']} = "
          f"{pct(c25['Possession of weapons'], c24['Possession of weapons']):+.1f}% (down, but not by half)", "false")]),
    ("Bike theft now outnumbers robbery in the City by more than two to one.", [
        E("by more than two to one", F(c25["Bicycle theft"] > 2 * c25["Robbery"]), "compare",
          f"CoL 2025 bicycle theft {c25['Bicycle theft']} vs robbery {c25['Robbery']} (x{c25['Bicycle theft'] / c25['Robbery']:.2f})", "false")]),
    ("From what I hear at the Bank junction racks, only about one stolen bike in twenty ever makes it back to its owner.", [
        NV("only about one stolen bike in twenty ever makes it back", "recovery of stolen property is not in the open data")]),
    ("Frankly, the Corporation should be ashamed that a place this wealthy still cannot provide secure cycle parking.", [
        OP("the Corporation should be ashamed")]),
])


# ====================================================================== a9 radio phone-in: Croydon, 12 months to February 2026
CR = "Croydon"
cr12 = (mps(borough=CR, mm=r12(2026, 2)), mps(borough=CR, mm=r12(2025, 2)))
crb = {ym: mps(major="BURGLARY", borough=CR, mm=[ym]) for ym in ("202502", "202602")}
cr_rob = {ym: mps(major="ROBBERY", borough=CR, mm=[ym]) for ym in months(2010, 4, 2026, 2)}
cr_veh = {ym: mps(major="VEHICLE OFFENCES", borough=CR, mm=[ym]) for ym in months(2010, 4, 2026, 2)}
cr_veh12 = (mps(major="VEHICLE OFFENCES", borough=CR, mm=r12(2026, 2)), mps(major="VEHICLE OFFENCES", borough=CR, mm=r12(2025, 2)))
cr_kn = (dash("Knife Crime", borough=CR, mm=r12(2026, 2)), dash("Knife Crime", borough=CR, mm=r12(2025, 2)))
cr_vwi = {ym: mps(minor="VIOLENCE WITH INJURY", borough=CR, mm=[ym]) for ym in ("202502", "202602")}


def last_lower_month(series, ym):
    ks = [k for k in series if k < ym and series[k] < series[ym]]
    return max(ks) if ks else None


add("a9_radio_phone_in_croydon.txt", "2026-03-24", [
    ("Transcript: BBC Radio London breakfast phone-in, Tuesday 24 March 2026. Topic: \u2018Do you feel safe in Croydon?\u2019", []),
    ("PRESENTER: The latest Met figures show crime in Croydon fell in the twelve months to February, to about 33,900 "
     "offences from 35,400 the year before.", [
        E("to about 33,900 offences from 35,400", T(near(33900, cr12[0], 0.005) and near(35400, cr12[1], 0.005)), "change",
          f"Croydon all crime 12 months to Feb 2026 {cr12[0]} vs 12 months to Feb 2025 {cr12[1]}", "true")]),
    ("DAVE, THORNTON HEATH: That's rubbish. Burglaries went up last month compared with February last year, I read it "
     "in the Advertiser. And my neighbour's been done twice.", [
        E("Burglaries went up last month compared with February last year", T(crb["202602"] > crb["202502"]), "direction",
          f"Croydon burglary Feb 2026 {crb['202602']} vs Feb 2025 {crb['202502']}", "true")]),
    ("PRESENTER: You're right on that one, Dave: 157 against 143. But robberies in February, at 63, were the fewest "
     "in any month since March 2022.", [
        E("157 against 143", T(crb["202602"] == 157 and crb["202502"] == 143), "count", f"as above: {crb}", "true"),
        E("the fewest in any month since March 2022", T(cr_rob["202602"] == 63 and last_lower_month(cr_rob, "202602") == "202203"), "record",
          f"Croydon robbery Feb 2026 {cr_rob['202602']}; last lower month {last_lower_month(cr_rob, '202602')} ({cr_rob['202203']}); Feb 2022 was also 63", "true")]),
    ("CLLR RUTH OKAFOR (Croydon Council): And knife crime in the borough is down by more than a fifth over the last "
     "year, 610 offences against 785.", [
        E("down by more than a fifth over the last year", T(cr_kn == (610, 785) and pct(*cr_kn) < -20), "change",
          f"MPS dashboard Knife Crime, Croydon, 12 months to Feb 2026 {cr_kn[0]} vs the year before {cr_kn[1]} = {pct(*cr_kn):+.1f}%", "true")]),
    ("PRIYA, PURLEY: My car's been broken into twice. Vehicle crime round here is up on last year, whatever the council says.", [
        E("Vehicle crime round here is up on last year", F(cr_veh12[0] > cr_veh12[1]), "direction",
          f"Croydon vehicle offences 12 months to Feb 2026 {cr_veh12[0]} vs {cr_veh12[1]}: down", "false")]),
    ("CLLR OKAFOR: I understand, Priya, but December had the fewest vehicle offences in Croydon for more than ten years.", [
        E("the fewest vehicle offences in Croydon for more than ten years", F(last_lower_month(cr_veh, "202512") is None or last_lower_month(cr_veh, "202512") < "201512"), "record",
          f"Croydon vehicle offences Dec 2025 {cr_veh['202512']}; last lower month {last_lower_month(cr_veh, '202512')} ({cr_veh['202105']}): lowest since May 2021 only", "false")]),
    ("CLLR OKAFOR: And violence with injury was up in February on a year earlier, which we are taking seriously.", [
        E("violence with injury was up in February on a year earlier", F(cr_vwi["202602"] > cr_vwi["202502"]), "direction",
          f"Croydon VWI Feb 2026 {cr_vwi['202602']} vs Feb 2025 {cr_vwi['202502']}: down", "false")]),
    ("PRIYA: The police have given up on Croydon, simple as that. It took them six hours to turn up, and response times "
     "here are the worst in London.", [
        OP("The police have given up on Croydon", "a caller's judgement"),
        NV("response times here are the worst in London", "response times are not in the open data")]),
    ("GARY, SELHURST: Half the burglaries round my way never even get reported, because people have given up. Croydon's a "
     "great place, it's just got a bad name it doesn't deserve.", [
        NV("Half the burglaries round my way never even get reported", "unreported crime is not in recorded-crime data"),
        OP("it's just got a bad name it doesn't deserve", "a caller's judgement")]),
    ("PRESENTER: Strong views. Lines are open on 0345 000 2020 after the eight o'clock news.", []),
])


# ====================================================================== a10 Hansard: knife crime debate (ONS series, year labels)
with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_polices.csv", encoding="utf-8-sig") as _fh:
    KF = {int(r["year"]): r for r in csv.DictReader(_fh)}
with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_100k.csv", encoding="utf-8-sig") as _fh:
    KR = {int(r["year"]): r for r in csv.DictReader(_fh)}
with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_England_and_Regions.csv", encoding="utf-8-sig") as _fh:
    KE = {int(r["year"]): r for r in csv.DictReader(_fh)}


def kf(force, y):
    return int(KF[y][force]) if KF[y][force] else None


def kr(force, y):
    return float(KR[y][force]) if KR[y][force] else None


met_k = {y: kf("Metropolitan Police", y) for y in KF}
eng = {y: int(KE[y]["England"]) for y in KE}
lonk = {y: int(KE[y]["London"]) for y in KE}
rates20 = {f: kr(f, 2020) for f in KR[2020] if f != "year" and KR[2020][f]}
r20 = sorted(rates20.items(), key=lambda x: -x[1])
add("a10_hansard_knife_crime_debate.txt", "2020-11-05", [
    ("Westminster Hall debate: Knife Crime. Thursday 5 November 2020.", []),
    ("Ms Karen Doyle (Liverpool, West Derby) (Lab): In the year to March 2020, the Metropolitan Police recorded almost "
     "16,000 offences involving a knife or sharp instrument, the highest figure for more than a decade.", [
        E("almost 16,000 offences", T(15500 < met_k[2020] < 16000), "count",
          f"ONS knife series (BritishDrugDynamics; label 2020 = year to March 2020) Met {met_k[2020]}", "true"),
        E("the highest figure for more than a decade", T(met_k[2020] == max(met_k.values())), "record",
          f"Met by year label {ser(met_k)}: 2020 is the high of the series from 2009", "true")]),
    ("Almost half of all knife crime in England happened in London, and across England knife crime has risen by "
     "three quarters in five years.", [
        E("Almost half of all knife crime in England", F(lonk[2020] / eng[2020] > 0.43), "share",
          f"London {lonk[2020]} of England {eng[2020]} = {100 * lonk[2020] / eng[2020]:.1f}% (about a third)", "false"),
        E("risen by three quarters in five years", T(pct_is(75, eng[2020], eng[2015], 2.0)), "change",
          f"England {eng[2020]} vs label 2015 {eng[2015]} = {pct(eng[2020], eng[2015]):+.1f}%", "true")]),
    ("In my own force area of Merseyside, the rate has reached 100 offences per 100,000 people, double what it was in "
     "2016. That is a higher rate than West Yorkshire.", [
        E("100 offences per 100,000 people", T(near(100, kr("Merseyside", 2020), 0.01)), "rate",
          f"Merseyside per 100,000, label 2020 {kr('Merseyside', 2020)}", "true"),
        E("double what it was in 2016", T(1.9 <= kr("Merseyside", 2020) / kr("Merseyside", 2016) <= 2.1), "compare",
          f"label 2016 {kr('Merseyside', 2016)} (ratio {kr('Merseyside', 2020) / kr('Merseyside', 2016):.2f})", "true"),
        E("a higher rate than West Yorkshire", F(kr("Merseyside", 2020) > kr("West Yorkshire", 2020)), "compare",
          f"West Yorkshire {kr('West Yorkshire', 2020)} vs Merseyside {kr('Merseyside', 2020)}", "false")]),
    ("In Greater Manchester, knife crime rose again in the year to March 2020, and in South Yorkshire it has doubled since 2016.", [
        NV("knife crime rose again in the year to March 2020", f"Greater Manchester's figure for label 2020 is blank in the series ({KF[2020]['Greater Manchester']!r})"),
        E("in South Yorkshire it has doubled since 2016", F(kf("South Yorkshire", 2020) >= 1.9 * kf("South Yorkshire", 2016)), "change",
          f"South Yorkshire label 2020 {kf('South Yorkshire', 2020)} vs 2016 {kf('South Yorkshire', 2016)} (x{kf('South Yorkshire', 2020) / kf('South Yorkshire', 2016):.2f})", "false")]),
    ("Hospital admissions for assault with a sharp object among under-18s are up by 60%. This Government has been asleep at the wheel.", [
        NV("up by 60%", "hospital admissions are NHS data, not in the open data here"),
        OP("asleep at the wheel", "political rhetoric")]),
    ("The Minister for Crime and Policing (Mr David Ashworth): Across England, knife crime fell slightly in the latest year, "
     "and in the West Midlands it was broadly flat, at 3,437 offences.", [
        E("knife crime fell slightly in the latest year", T(eng[2020] < eng[2019] and pct(eng[2020], eng[2019]) > -5), "direction",
          f"England label 2020 {eng[2020]} vs 2019 {eng[2019]} = {pct(eng[2020], eng[2019]):+.1f}%", "true"),
        E("broadly flat, at 3,437 offences", T(kf("West Midlands", 2020) == 3437 and abs(pct(kf("West Midlands", 2020), kf("West Midlands", 2019))) < 1), "change",
          f"West Midlands label 2020 {kf('West Midlands', 2020)} vs 2019 {kf('West Midlands', 2019)}", "true")]),
    ("Mr Ashworth: Outside London, West Yorkshire has the highest rate of any force, and Cleveland's rate is higher than Merseyside's.", [
        E("West Yorkshire has the highest rate of any force", T(r20[0][0] == "Metropolitan Police" and r20[1][0] == "West Yorkshire"), "rank",
          f"per 100,000, label 2020, top: {r20[:4]}", "true"),
        E("Cleveland's rate is higher than Merseyside's", F(kr("Cleveland", 2020) > kr("Merseyside", 2020)), "compare",
          f"Cleveland {kr('Cleveland', 2020)} vs Merseyside {kr('Merseyside', 2020)}", "false")]),
    ("Mr Ashworth: This Government is giving the police the powers and the resources they need.", [
        OP("giving the police the powers and the resources they need", "a political claim with no figure")]),
])


# ====================================================================== a11 national-paper feature: London lockdown, 2020
def lm(ym, **kw):
    return lon2(mm=[ym], **kw)


def both_pct(a, b, lo, hi):
    return all(lo <= pct(a[i], b[i]) <= hi for i in (0, 1))


def pp(a, b):
    return f"{a} vs {b} = {pct(a[0], b[0]):+.1f}% / {pct(a[1], b[1]):+.1f}% (all rows / 32 boroughs)"


ap = {lab: (lm("202004", **kw), lm("201904", **kw)) for lab, kw in (
    ("all", {}), ("tftp", dict(minor="THEFT FROM THE PERSON")), ("rob", dict(major="ROBBERY")), ("burg", dict(major="BURGLARY")),
    ("shop", dict(minor="SHOPLIFTING")), ("drug", dict(major="DRUG OFFENCES")), ("veh", dict(major="VEHICLE OFFENCES")),
    ("vwi", dict(minor="VIOLENCE WITH INJURY")))}
drug_month = {ym: lon2(major="DRUG OFFENCES", mm=[ym]) for ym in months(2010, 4, 2021, 2)}
stalk = (lm("202011", minor="STALKING AND HARASSMENT"), lm("201911", minor="STALKING AND HARASSMENT"))
add("a11_feature_lockdown_anniversary.txt", "2021-03-23", [
    ("One year on: how lockdown emptied London's streets of crime \u2013 and what came back", []),
    ("When Boris Johnson told the country to stay at home on 23 March 2020, London's thieves lost their victims almost overnight.", []),
    ("In April 2020, the first full month of lockdown, recorded crime in the capital fell by around a third compared "
     "with April 2019.", [
        E("fell by around a third", T(both_pct(*ap["all"], -37, -31)), "change", pp(*ap["all"]), "true")]),
    ("Theft from the person, which includes pickpocketing and phone snatches, collapsed by more than 85%. Robberies fell "
     "by two-thirds and shoplifting more than halved.", [
        E("collapsed by more than 85%", T(all(pct(ap["tftp"][0][i], ap["tftp"][1][i]) < -85 for i in (0, 1))), "change", pp(*ap["tftp"]), "true"),
        E("Robberies fell by two-thirds", T(both_pct(*ap["rob"], -69.5, -64)), "change", pp(*ap["rob"]), "true"),
        E("shoplifting more than halved", T(all(pct(ap["shop"][0][i], ap["shop"][1][i]) < -50 for i in (0, 1))), "change", pp(*ap["shop"]), "true")]),
    ("With families at home all day, burglary halved, and vehicle crime dropped by more than a third.", [
        E("burglary halved", F(both_pct(*ap["burg"], -55, -47)), "change", pp(*ap["burg"]) + ": about 42%, not half", "false"),
        E("vehicle crime dropped by more than a third", T(all(pct(ap["veh"][0][i], ap["veh"][1][i]) < -100 / 3 for i in (0, 1))), "change", pp(*ap["veh"]), "true")]),
    ("Violence with injury, despite fears over domestic abuse, fell by almost half.", [
        E("fell by almost half", F(both_pct(*ap["vwi"], -50, -44)), "change", pp(*ap["vwi"]) + ": about a quarter", "false")]),
    ("One category went the other way. With officers freed from other work, drug offences rose by nearly half in April, "
     "and in May police recorded 6,919, the highest monthly figure since the series began in 2010.", [
        E("drug offences rose by nearly half in April", T(both_pct(*ap["drug"], 40, 49.9)), "change", pp(*ap["drug"]), "true"),
        E("the highest monthly figure since the series began in 2010", T(drug_month["202005"][0] == 6919 and all(max(drug_month, key=lambda k: drug_month[k][i]) == "202005" for i in (0, 1))), "record",
          f"London drug offences May 2020 {drug_month['202005']}; the monthly high from April 2010 to Feb 2021 on both readings", "true")]),
    ("Stalking and harassment also climbed: by November it was running more than a third higher than a year earlier.", [
        E("more than a third higher than a year earlier", F(any(pct(stalk[0][i], stalk[1][i]) > 100 / 3 for i in (0, 1))), "change", pp(*stalk) + " (about 23%)", "false")]),
    ("Killings fell too. The Met's homicide data show 123 people were killed in London in 2020, down from 150 in 2019, "
     "which itself had been the worst year for more than a decade.", [
        E("down from 150 in 2019", T(allv[2020] == 123 and allv[2019] == 150), "change", f"homicide victims 2020 {allv[2020]}, 2019 {allv[2019]}", "true"),
        E("the worst year for more than a decade", T(last_higher(allv, 2019) is not None and last_higher(allv, 2019) <= 2008), "record",
          f"victims {ser({y: v for y, v in allv.items() if y <= 2020})}: 2019 the highest since {last_higher(allv, 2019)}", "true")]),
    ("Calls to the national domestic abuse helpline rose by 80% in the weeks after lockdown began.", [
        NV("rose by 80%", "helpline calls are charity data, not police-recorded crime")]),
    ("\u201cLockdown proved that a great deal of crime is about opportunity,\u201d said one criminologist. \u201cThe police did a remarkable job in impossible circumstances.\u201d", [
        OP("a great deal of crime is about opportunity", "an expert's interpretation"),
        OP("The police did a remarkable job in impossible circumstances")]),
])


# ====================================================================== a12 fact check: London v New York murders
Lfeb = lon2(minor="HOMICIDE", mm=["201802"])
Lmar = lon2(minor="HOMICIDE", mm=["201803"])
knife_v = victims_years(Method_of_Killing="Knife or Sharp Implement")
add("a12_fact_check_london_new_york.txt", "2019-02-14", [
    ("FACT CHECK: Has London really overtaken New York on murders?", []),
    ("The claim: \u201cLondon is now more dangerous than New York,\u201d repeated on social media again this week.", [
        OP("London is now more dangerous than New York", "a broad judgement about danger")]),
    ("The facts: in February 2018 the Met recorded more homicides than the NYPD recorded murders, 18 against 15.", [
        E("more homicides than the NYPD recorded murders", T(all(v > nyc(2018, 2) for v in Lfeb) and Lfeb[0] == 18 and nyc(2018, 2) == 15), "compare",
          f"London homicide offences Feb 2018 {Lfeb} (all rows / 32 boroughs) vs NYC murders Feb 2018 {nyc(2018, 2)}", "true")]),
    ("It was also true in March, a claim that was widely shared.", [
        E("It was also true in March", F(any(v > nyc(2018, 3) for v in Lmar)), "compare",
          f"London Mar 2018 {Lmar} vs NYC {nyc(2018, 3)}", "false")]),
    ("But over 2018 as a whole, New York had 297 murders, more than twice London's 128 homicide victims.", [
        E("more than twice London's 128 homicide victims", T(nyc(2018) == 297 and victims(2018) == 128 and nyc(2018) > 2 * victims(2018)), "compare",
          f"NYC 2018 {nyc(2018)} vs London victims 2018 {victims(2018)}", "true")]),
    ("London's total had risen by about a quarter in 2017, to 133, and a London Assembly member claimed this week that "
     "2018 was the capital's deadliest year for a decade.", [
        E("risen by about a quarter in 2017", T(victims(2017) == 133 and pct_is(25, victims(2017), victims(2016), 1.0)), "change",
          f"London victims 2017 {victims(2017)} vs 2016 {victims(2016)} = {pct(victims(2017), victims(2016)):+.1f}%", "true"),
        E("2018 was the capital's deadliest year for a decade", F(last_higher(allv, 2018) is None or last_higher(allv, 2018) < 2009), "record",
          f"victims 2017 {allv[2017]} > 2018 {allv[2018]}: 2018 was not even the worst of the previous two years", "false")]),
    ("New York's murders fell to 277 in 2017, a record low for the city.", [
        E("fell to 277 in 2017", T(nyc(2017) == 277 and nyc(2016) > 277), "change", f"NYC 2016 {nyc(2016)}, 2017 {nyc(2017)}", "true"),
        NV("a record low for the city", "the NYC file covers only 2016-2018")]),
    ("Knives were used in 79 of London's 128 killings in 2018, and shootings accounted for more than one in five.", [
        E("Knives were used in 79", T(knife_v[2018] == 79), "count", f"victims by knife 2018 {knife_v[2018]}", "true"),
        E("shootings accounted for more than one in five", F(victims(2018, Method_of_Killing="Shooting") / victims(2018) > 0.2), "share",
          f"shooting victims 2018 {victims(2018, Method_of_Killing='Shooting')} of {victims(2018)} = "
          f"{100 * victims(2018, Method_of_Killing='Shooting') / victims(2018):.0f}%", "false")]),
    ("Across England and Wales the homicide rate was about 1.1 per 100,000 people in 2018, less than a quarter of the "
     "US rate, and slightly above France's.", [
        E("about 1.1 per 100,000 people in 2018", T(near(1.1, owid("England and Wales", 2018), 0.02)), "rate",
          f"OWID/UNODC England and Wales 2018 {owid('England and Wales', 2018):.3f}", "true"),
        E("less than a quarter of the US rate", T(owid("England and Wales", 2018) < owid("United States", 2018) / 4), "compare",
          f"US 2018 {owid('United States', 2018):.2f}", "true"),
        E("slightly above France's", T(owid("France", 2018) < owid("England and Wales", 2018) < 1.05 * owid("France", 2018)), "compare",
          f"France 2018 {owid('France', 2018):.3f}", "true")]),
    ("New York also has far more police officers per head than London. Verdict: comparing single months is misleading.", [
        NV("far more police officers per head than London", "officer numbers are not in the open data"),
        OP("comparing single months is misleading", "the fact-checker's judgement")]),
])
