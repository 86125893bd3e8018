"""set18, articles part: 13 short articles (units a1..a13), written blind (the tester never read the checker,
its tests, docs/claims.md, nor any older set's spec beyond the format head of set9's).

Every factual claim is true or false *by design*; book.T / book.F (holds() in ../truth_sets.py) check that design
against the raw files and raise if they disagree. The notes give the figures. London-wide claims were checked on
both readings of "London" (every Met row, incl. Heathrow and 'Unknown', and the 32 boroughs alone); see
README_articles.md for the ambiguities and how each was resolved.
"""
from truth18a import (  # noqa: F401
    BOROUGHS32,
    SpecBook,
    _dash,
    _force_month,
    _victims,
    cal,
    col,
    dash,
    falls_in_a_row,
    force_street,
    fy,
    fyearly,
    gla_pop,
    knife_32,
    knife_boroughs,
    knife_london,
    last_higher,
    last_lower,
    lon,
    lon_years,
    london32_pop,
    months,
    mps,
    mps_by_borough,
    near,
    nyc,
    ons_la_2019,
    owid,
    pct,
    pct_is,
    r12,
    rank_of,
    rises_in_a_row,
    ser,
    vict,
    victims,
    victims_by,
    victims_years,
    yearly,
)

book = SpecBook()
E, add, T, F, NV, OP = book.E, book.add, book.T, book.F, book.NV, book.OP


def pair(d):
    return ", ".join(f"{k}: {a} all rows / {b} 32 boroughs" for k, (a, b) in d.items())


# ====================================================================== a1 local paper: Hackney, calendar 2024
HK = "Hackney"
hk = yearly(borough=HK, years=range(2011, 2025))
hk_theft = yearly(major="THEFT", borough=HK, years=range(2011, 2025))
hk_theft_2010 = mps(major="THEFT", borough=HK, mm=months(2010, 4, 2010, 12))
hk_shop = yearly(minor="SHOPLIFTING", borough=HK, years=(2023, 2024))
hk_tfp = yearly(minor="THEFT FROM THE PERSON", borough=HK, years=(2023, 2024))
hk_rob = yearly(major="ROBBERY", borough=HK, years=(2023, 2024))
hk_vap = yearly(major="VIOLENCE AGAINST THE PERSON", borough=HK, years=(2023, 2024))
hk_burg = yearly(major="BURGLARY", borough=HK, years=(2023, 2024))
hk_hom = yearly(minor="HOMICIDE", borough=HK, years=(2023, 2024))
hk_drug = yearly(major="DRUG OFFENCES", borough=HK, years=(2023, 2024))
hk_veh = yearly(major="VEHICLE OFFENCES", borough=HK, years=(2023, 2024))
hk_bike = yearly(minor="BICYCLE THEFT", borough=HK, years=(2022, 2023, 2024))
tfp24 = mps_by_borough(minor="THEFT FROM THE PERSON", mm=cal(2024))
rob24 = mps_by_borough(major="ROBBERY", mm=cal(2024))
hom24 = mps_by_borough(minor="HOMICIDE", mm=cal(2024))
hk_rate = 1000 * hk[2024] / gla_pop(HK, 2024)
hk_pops = (gla_pop(HK, 2024), gla_pop(HK, 2025), ons_la_2019(HK))
add("a1_local_paper_hackney_2024.txt", "2025-02-14", [
    ("Hackney crime at highest level in five years as theft soars", [
        E("highest level in five years", T(hk[2024] == max(hk[y] for y in range(2020, 2025)) and hk[2019] > hk[2024]),
          "record", f"Hackney all crime by calendar year {ser(hk)}: 2024 is the highest since 2019 (2019 is 27 higher)",
          "true")]),
    ("By Sam Okafor, Local Democracy Reporting Service", []),
    ("Police in Hackney recorded 33,863 crimes in 2024, up from 31,744 in 2023, according to the latest Metropolitan "
     "Police figures.", [
        E("33,863 crimes in 2024", T(hk[2024] == 33863 and hk[2023] == 31744), "count",
          f"Hackney 2024 {hk[2024]}, 2023 {hk[2023]} (NFIB fraud excluded)", "true")]),
    ("That rise of almost 7% leaves the borough just short of its 2019 total of 33,890, the worst year since the "
     "current series began.", [
        E("rise of almost 7%", T(6.0 < pct(hk[2024], hk[2023]) < 7.0), "change",
          f"{pct(hk[2024], hk[2023]):+.2f}%", "true"),
        E("the worst year since the current series began", T(hk[2019] == 33890 and hk[2019] == max(hk.values())),
          "record", f"2019 {hk[2019]} is the highest calendar year 2011-2024 (2010 is a part year from April)", "true")]),
    ("Theft drove the increase. Offences in that category reached 12,463, the most in any year on record.", [
        E("the most in any year on record", T(hk_theft[2024] == 12463 == max(hk_theft.values()) and hk_theft_2010 < 12463),
          "record", f"Hackney theft {ser(hk_theft)}; Apr-Dec 2010 {hk_theft_2010}", "true")]),
    ("Shoplifting more than doubled, from 1,069 to 2,185, while thefts from the person, mostly phones and bags "
     "snatched in the street, rose by about a third.", [
        E("Shoplifting more than doubled", T(hk_shop[2024] > 2 * hk_shop[2023] and hk_shop == {2023: 1069, 2024: 2185}),
          "change", f"Hackney shoplifting {ser(hk_shop)}", "true"),
        E("rose by about a third", F(abs(pct(hk_tfp[2024], hk_tfp[2023]) - 33.3) <= 3), "change",
          f"theft from the person {ser(hk_tfp)} = {pct(hk_tfp[2024], hk_tfp[2023]):+.1f}%: a half, not a third",
          "false")]),
    ("Only Westminster, Camden and Southwark saw more of those thefts.", [
        E("Only Westminster, Camden and Southwark", T(rank_of(HK, tfp24) == 4 and {b for b in tfp24 if tfp24[b] > tfp24[HK]}
                                                       == {"Westminster", "Camden", "Southwark"}), "rank",
          f"theft from the person 2024: Hackney {tfp24[HK]}, rank {rank_of(HK, tfp24)} of 32 (Westminster "
          f"{tfp24['Westminster']}, Camden {tfp24['Camden']}, Southwark {tfp24['Southwark']})", "true")]),
    ("Robbery was up 16% to 1,794, the fourth highest figure of any London borough.", [
        E("up 16% to 1,794", T(hk_rob[2024] == 1794 and pct_is(16, hk_rob[2024], hk_rob[2023])), "change",
          f"Hackney robbery {ser(hk_rob)} = {pct(hk_rob[2024], hk_rob[2023]):+.1f}%", "true"),
        E("the fourth highest figure", F(rank_of(HK, rob24) == 4), "rank",
          f"robbery 2024: Hackney rank {rank_of(HK, rob24)} (Camden {rob24['Camden']} fourth, Hackney {rob24[HK]} fifth)",
          "false")]),
    ("There was better news on violence, which fell by 12% to 7,869 offences, and on burglary, down from 2,441 to 2,230.", [
        E("fell by 12% to 7,869", F(hk_vap[2024] == 7869 and pct_is(-12, hk_vap[2024], hk_vap[2023])), "change",
          f"violence against the person {ser(hk_vap)} = {pct(hk_vap[2024], hk_vap[2023]):+.1f}%: 8%, not 12%", "false"),
        E("down from 2,441 to 2,230", T(hk_burg == {2023: 2441, 2024: 2230}), "change", f"burglary {ser(hk_burg)}",
          "true")]),
    ("Car crime edged down slightly, to 2,691 offences.", [
        E("edged down slightly, to 2,691", F(hk_veh[2024] == 2691 and hk_veh[2024] < hk_veh[2023]), "change",
          f"vehicle offences {ser(hk_veh)} = {pct(hk_veh[2024], hk_veh[2023]):+.1f}%: it rose", "false")]),
    ("But the borough also saw eight homicides, double the number a year earlier and, with Tower Hamlets, the joint "
     "highest in London.", [
        E("double the number a year earlier", T(hk_hom == {2023: 4, 2024: 8}), "change", f"Hackney homicide {ser(hk_hom)}",
          "true"),
        E("the joint highest in London", T(hom24[HK] == max(hom24.values()) == hom24["Tower Hamlets"]
                                          and sum(1 for v in hom24.values() if v == hom24[HK]) == 2), "rank",
          f"homicide 2024 by borough: Hackney {hom24[HK]}, Tower Hamlets {hom24['Tower Hamlets']}, next "
          f"{sorted(hom24.values())[-3]}", "true")]),
    ("Drug offences rose by a fifth, to 1,504, as officers stepped up stop and search around Dalston.", [
        E("rose by a fifth", T(hk_drug[2024] == 1504 and 18 <= pct(hk_drug[2024], hk_drug[2023]) <= 22), "change",
          f"drug offences {ser(hk_drug)} = {pct(hk_drug[2024], hk_drug[2023]):+.1f}%", "true")]),
    ("Bike theft, a long-running problem around London Fields, fell for a second year.", [
        E("fell for a second year", F(hk_bike[2024] < hk_bike[2023] < hk_bike[2022]), "streak",
          f"Hackney bicycle theft {ser(hk_bike)}: 2024 rose", "false")]),
    ("Per head, the borough now records more than 110 crimes for every 1,000 residents.", [
        E("more than 110 crimes for every 1,000 residents", T(all(1000 * hk[2024] / p_ > 110 for p_ in hk_pops)), "rate",
          f"{hk[2024]} / GLA 2024 population {gla_pop(HK, 2024)} = {hk_rate:.1f} per 1,000; with GLA 2025 "
          f"{1000 * hk[2024] / gla_pop(HK, 2025):.1f}; with ONS mid-2019 (Hackney + City) {1000 * hk[2024] / ons_la_2019(HK):.1f}",
          "true")]),
    ("Councillor Mete Okonkwo, cabinet member for community safety, said: \"These numbers are unacceptable and our "
     "residents deserve far better from the Met.", [OP("These numbers are unacceptable")]),
    ("\"We have put £2.4 million into CCTV and youth work since 2022, and 40 extra officers joined the town centre "
     "teams last year.\"", []),
    ("A Met spokesperson said fewer than one in ten phone thefts in the borough ended with a suspect being charged.", [
        NV("fewer than one in ten phone thefts", "charge rates for phone theft by borough are not in the open data")]),
    ("Mother-of-two Aisha, 34, who runs a cafe on Mare Street, said: \"I don't feel safe walking home after dark any "
     "more.\"", [OP("I don't feel safe walking home after dark")]),
])

# ====================================================================== a2 tabloid: London 2025
L = lon_years(range(2011, 2026))
L_shop = lon_years(range(2011, 2026), minor="SHOPLIFTING")
L_tfp = lon_years(range(2011, 2026), minor="THEFT FROM THE PERSON")
L_rbp = lon_years(range(2020, 2026), minor="ROBBERY OF BUSINESS PROPERTY")
L_traf = lon_years((2024, 2025), minor="TRAFFICKING OF DRUGS")
L_weap = lon_years((2024, 2025), major="POSSESSION OF WEAPONS")
L_vap = lon_years((2024, 2025), major="VIOLENCE AGAINST THE PERSON")
L_bike = lon_years(range(2011, 2026), minor="BICYCLE THEFT")
L_car = lon_years(range(2011, 2026), minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
L_theft = lon_years((2025,), major="THEFT")
L_mug = lon_years((2024, 2025), minor="ROBBERY OF PERSONAL PROPERTY")


def both(f):
    return all(f(i) for i in (0, 1))


add("a2_tabloid_london_theft_2025.txt", "2026-01-29", [
    ("SHOPLIFTERS' PARADISE: Record 88,000 raids as thieves run riot in Sadiq's London", [
        E("Record 88,000", T(both(lambda i: L_shop[2025][i] >= 88000 and L_shop[2025][i] == max(v[i] for v in L_shop.values()))),
          "record", f"London shoplifting {pair(L_shop)}", "true"),
        OP("thieves run riot in Sadiq's London", "tabloid rhetoric")]),
    ("Shoplifting in the capital hit an all-time high last year, with more than 88,000 offences reported to the Met.", [
        E("hit an all-time high last year", T(both(lambda i: L_shop[2025][i] == max(v[i] for v in L_shop.values()))),
          "record", "2025 is the series maximum on both readings (calendar years 2011-2025)", "true")]),
    ("That is more than treble the 2022 figure.", [
        E("more than treble the 2022 figure", F(any(L_shop[2025][i] > 3 * L_shop[2022][i] for i in (0, 1))), "change",
          f"2025 vs 2022: {L_shop[2025][0] / L_shop[2022][0]:.2f}x all rows, {L_shop[2025][1] / L_shop[2022][1]:.2f}x "
          "32 boroughs: a little more than double, not treble", "false")]),
    ("Almost one in ten of all crimes recorded in London was a shoplifting offence, and theft of every kind made up "
     "nearly a third of the total.", [
        E("Almost one in ten", T(both(lambda i: 9.0 <= 100 * L_shop[2025][i] / L[2025][i] < 10.0)), "share",
          f"shoplifting share 2025 {100 * L_shop[2025][0] / L[2025][0]:.1f}% / {100 * L_shop[2025][1] / L[2025][1]:.1f}%",
          "true"),
        E("nearly a third of the total", T(both(lambda i: 30.0 <= 100 * L_theft[2025][i] / L[2025][i] < 33.4)), "share",
          f"theft share 2025 {100 * L_theft[2025][0] / L[2025][0]:.1f}% / {100 * L_theft[2025][1] / L[2025][1]:.1f}%",
          "true")]),
    ("Gangs are now targeting tills and staff too: robberies of business property rose for a fourth year in a row, to "
     "8,359, more than three times the 2022 level.", [
        E("rose for a fourth year in a row", T(both(lambda i: all(L_rbp[y][i] > L_rbp[y - 1][i] for y in (2022, 2023, 2024, 2025))
                                                    and L_rbp[2021][i] < L_rbp[2020][i])), "streak",
          f"robbery of business property {pair(L_rbp)}", "true"),
        E("more than three times the 2022 level", T(L_rbp[2025][0] == 8359 and both(lambda i: L_rbp[2025][i] > 3 * L_rbp[2022][i])),
          "change", f"{L_rbp[2025][0] / L_rbp[2022][0]:.2f}x / {L_rbp[2025][1] / L_rbp[2022][1]:.2f}x", "true")]),
    ("Phone snatchers had a slightly quieter year. Thefts from the person fell for the first time since the pandemic "
     "year of 2020, but at 85,465 the total is still the second highest on record.", [
        E("fell for the first time since the pandemic year of 2020", T(both(lambda i: L_tfp[2025][i] < L_tfp[2024][i]
                                                                             and all(L_tfp[y][i] > L_tfp[y - 1][i] for y in (2021, 2022, 2023, 2024))
                                                                             and L_tfp[2020][i] < L_tfp[2019][i])),
          "turn", f"theft from the person {pair(L_tfp)}", "true"),
        E("still the second highest on record", T(L_tfp[2025][0] == 85465 and both(lambda i: sorted((v[i] for v in L_tfp.values()), reverse=True)[1] == L_tfp[2025][i])),
          "record", "2025 is second only to 2024 on both readings", "true")]),
    ("That is still nearly 300 every single day.", [
        E("nearly 300 every single day", F(any(270 <= L_tfp[2025][i] / 365 < 300 for i in (0, 1))), "count",
          f"{L_tfp[2025][0] / 365:.1f} / {L_tfp[2025][1] / 365:.1f} a day: about 234", "false")]),
    ("Overall, recorded crime dipped only slightly, while violence against the person, the Met's biggest category, "
     "also fell.", [
        E("recorded crime dipped only slightly", T(both(lambda i: -4 < pct(L[2025][i], L[2024][i]) < 0)), "direction",
          f"all crime 2025 vs 2024: {pct(L[2025][0], L[2024][0]):+.1f}% all rows, {pct(L[2025][1], L[2024][1]):+.1f}% "
          "32 boroughs", "true"),
        E("violence against the person, the Met's biggest category, also fell", F(both(lambda i: L_vap[2025][i] < L_vap[2024][i])),
          "direction", f"violence against the person {pair(L_vap)}: it rose", "false")]),
    ("Drug dealing offences soared by more than 40% and knife and weapon possession cases rose by almost a fifth.", [
        E("soared by more than 40%", T(both(lambda i: pct(L_traf[2025][i], L_traf[2024][i]) > 40)), "change",
          f"trafficking of drugs {pair(L_traf)}: {pct(L_traf[2025][0], L_traf[2024][0]):+.1f}% / "
          f"{pct(L_traf[2025][1], L_traf[2024][1]):+.1f}%", "true"),
        E("rose by almost a fifth", T(both(lambda i: 16 <= pct(L_weap[2025][i], L_weap[2024][i]) < 20)), "change",
          f"possession of weapons {pair(L_weap)}: {pct(L_weap[2025][0], L_weap[2024][0]):+.1f}% / "
          f"{pct(L_weap[2025][1], L_weap[2024][1]):+.1f}%", "true")]),
    ("Muggings were up again too.", [
        E("Muggings were up again too", F(both(lambda i: L_mug[2025][i] > L_mug[2024][i])), "direction",
          f"robbery of personal property {pair(L_mug)}: it fell", "false")]),
    ("Car thieves also enjoyed a record year, with more vehicles stolen than ever before.", [
        E("Car thieves also enjoyed a record year", F(both(lambda i: L_car[2025][i] == max(v[i] for v in L_car.values()))),
          "record", f"theft or unauthorised taking of a motor vehicle {pair(L_car)}: 2025 is below 2022-2024", "false")]),
    ("The one crumb of comfort: bike theft fell to its lowest level on record.", [
        E("bike theft fell to its lowest level on record", T(both(lambda i: L_bike[2025][i] == min(v[i] for v in L_bike.values()))),
          "record", f"bicycle theft {pair(L_bike)}", "true")]),
    ("Retailers say just 6% of shoplifting reports end with a charge, and the British Retail Consortium puts the cost "
     "of retail crime at more than £2 billion a year.", [
        NV("just 6% of shoplifting reports end with a charge", "charge rates are not in the open data"),
        NV("more than £2 billion a year", "costs of crime are not in the data")]),
    ("Shop worker Gary, 52, from Lewisham, said: \"Nobody is ever caught. The police have simply given up on us.\"", [
        OP("The police have simply given up on us")]),
    ("A City Hall spokesman said: \"The Mayor is working closely with the Met to drive down shop theft.\"", []),
])

# ====================================================================== a3 council press release: Havering, FY 2024/25
HV = "Havering"
hv = fyearly(borough=HV)
hv_vwi = fyearly(minor="VIOLENCE WITH INJURY", borough=HV, ends=(2024, 2025))
hv_burg = fyearly(major="BURGLARY", borough=HV, ends=(2024, 2025))
hv_veh = fyearly(major="VEHICLE OFFENCES", borough=HV, ends=(2024, 2025))
hv_shop = fyearly(minor="SHOPLIFTING", borough=HV)
hv_rbp = fyearly(minor="ROBBERY OF BUSINESS PROPERTY", borough=HV, ends=(2024, 2025))
hv_traf = fyearly(minor="TRAFFICKING OF DRUGS", borough=HV, ends=(2024, 2025))
hv_cd = fyearly(minor="CRIMINAL DAMAGE", borough=HV, ends=(2024, 2025))
hv_cdall = fyearly(major="ARSON AND CRIMINAL DAMAGE", borough=HV, ends=(2024, 2025))
hv_sex = fyearly(major="SEXUAL OFFENCES", borough=HV, ends=(2024, 2025))
hv_hom = fyearly(minor="HOMICIDE", borough=HV, ends=(2024, 2025))
hv_knife = {e: dash("Knife Crime", borough=HV, mm=fy(e)) for e in (2024, 2025)}
OUTER = ["Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Croydon", "Ealing", "Enfield", "Haringey",
         "Harrow", "Havering", "Hillingdon", "Hounslow", "Kingston upon Thames", "Merton", "Redbridge",
         "Richmond upon Thames", "Sutton", "Waltham Forest"]
fy25 = mps_by_borough(mm=fy(2025))
outer_rates = {py: {b: 1000 * fy25[b] / gla_pop(b, py) for b in OUTER} for py in (2024, 2025)}
outer_rates[2019] = {b: 1000 * fy25[b] / ons_la_2019(b) for b in ("Havering", "Richmond upon Thames",
                                                                   "Kingston upon Thames")}
add("a3_council_release_havering_fy2425.txt", "2025-05-20", [
    ("PRESS RELEASE: Crime in Havering falls for the first time in four years", [
        E("falls for the first time in four years", T(hv[2025] < hv[2024] and hv[2024] > hv[2023] > hv[2022] > hv[2021]
                                                     and hv[2021] < hv[2020]), "turn",
          f"Havering all crime by financial year (keyed by the year it ends) {ser(hv)}", "true")]),
    ("Havering Council and the Metropolitan Police today welcomed new figures showing that recorded crime in the "
     "borough fell by 6.6% in 2024/25, to 19,786 offences.", [
        E("fell by 6.6% in 2024/25", T(hv[2025] == 19786 and abs(pct(hv[2025], hv[2024]) + 6.6) < 0.05), "change",
          f"FY 2024/25 {hv[2025]} vs 2023/24 {hv[2024]} = {pct(hv[2025], hv[2024]):+.2f}%", "true")]),
    ("Violence with injury fell by more than a quarter, and burglaries dropped from 1,291 to 1,104.", [
        E("fell by more than a quarter", T(pct(hv_vwi[2025], hv_vwi[2024]) < -25), "change",
          f"violence with injury {ser(hv_vwi)} = {pct(hv_vwi[2025], hv_vwi[2024]):+.1f}%", "true"),
        E("dropped from 1,291 to 1,104", T(hv_burg == {2024: 1291, 2025: 1104}), "change", f"burglary {ser(hv_burg)}",
          "true")]),
    ("Vehicle crime, long a concern for residents in Harold Hill and Rainham, was down 14%.", [
        E("was down 14%", T(pct_is(-14, hv_veh[2025], hv_veh[2024])), "change",
          f"vehicle offences {ser(hv_veh)} = {pct(hv_veh[2025], hv_veh[2024]):+.1f}%", "true")]),
    ("Criminal damage, including graffiti and fly-tipping-related vandalism, fell by a quarter.", [
        E("fell by a quarter", F(-28 <= pct(hv_cd[2025], hv_cd[2024]) <= -22 or -28 <= pct(hv_cdall[2025], hv_cdall[2024]) <= -22),
          "change", f"criminal damage {ser(hv_cd)} = {pct(hv_cd[2025], hv_cd[2024]):+.1f}%; with arson {ser(hv_cdall)} = "
          f"{pct(hv_cdall[2025], hv_cdall[2024]):+.1f}%: about an eighth, not a quarter", "false")]),
    ("There were no homicides in the borough during the year.", [
        E("no homicides in the borough during the year", T(hv_hom[2025] == 0), "count",
          f"Havering homicide by FY {ser(hv_hom)}", "true")]),
    ("Sexual offences also fell, which the council put down to its work with the night-time economy in Romford.", [
        E("Sexual offences also fell", F(hv_sex[2025] < hv_sex[2024]), "direction",
          f"sexual offences {ser(hv_sex)}: they rose", "false")]),
    ("The council acknowledged that retail crime remains a challenge. Shoplifting rose by 13% to 2,440, the highest "
     "figure the borough has ever recorded, and robberies of shops and businesses jumped by 55%.", [
        E("rose by 13% to 2,440", T(hv_shop[2025] == 2440 and pct_is(13, hv_shop[2025], hv_shop[2024])), "change",
          f"shoplifting FY 2024/25 {hv_shop[2025]} vs {hv_shop[2024]} = {pct(hv_shop[2025], hv_shop[2024]):+.1f}%",
          "true"),
        E("the highest figure the borough has ever recorded", T(hv_shop[2025] == max(hv_shop.values())), "record",
          f"Havering shoplifting by FY {ser(hv_shop)}", "true"),
        E("jumped by 55%", T(pct_is(55, hv_rbp[2025], hv_rbp[2024])), "change",
          f"robbery of business property {ser(hv_rbp)} = {pct(hv_rbp[2025], hv_rbp[2024]):+.1f}%", "true")]),
    ("Drug supply offences more than doubled, which police said reflected proactive operations against "
     "county lines.", [
        E("Drug supply offences more than doubled", F(hv_traf[2025] > 2 * hv_traf[2024]), "change",
          f"trafficking of drugs {ser(hv_traf)} = {pct(hv_traf[2025], hv_traf[2024]):+.1f}%: up about three quarters",
          "false")]),
    ("Knife crime was down 7% on the previous year.", [
        E("Knife crime was down 7%", F(pct_is(-7, hv_knife[2025], hv_knife[2024])), "change",
          f"MPS dashboard knife crime offences, Havering, FY {ser(hv_knife)} = {pct(hv_knife[2025], hv_knife[2024]):+.1f}%: "
          "up 7%, not down", "false")]),
    ("With fewer than 80 crimes per 1,000 residents, Havering now has the lowest crime rate of any outer London borough.", [
        E("fewer than 80 crimes per 1,000 residents", T(all(r_[HV] < 80 for r_ in outer_rates.values())), "rate",
          f"{fy25[HV]} / GLA population 2024 {gla_pop(HV, 2024)} = {outer_rates[2024][HV]:.1f}; 2025 population "
          f"{outer_rates[2025][HV]:.1f}; ONS mid-2019 {outer_rates[2019][HV]:.1f}", "true"),
        E("the lowest crime rate of any outer London borough", F(any(rank_of(HV, r_, desc=False) == 1 for r_ in outer_rates.values())),
          "rank", f"outer boroughs per 1,000 (2024 pop): Havering rank {rank_of(HV, outer_rates[2024], desc=False)} lowest; "
          f"Richmond {outer_rates[2024]['Richmond upon Thames']:.1f}, Sutton {outer_rates[2024]['Sutton']:.1f}, "
          f"Kingston {outer_rates[2024]['Kingston upon Thames']:.1f}", "false")]),
    ("Councillor Paul Middleton, cabinet member for community safety, said: \"These results show our partnership "
     "approach is working. Havering is one of the safest places to live in London.\"", [
        OP("our partnership approach is working"),
        OP("Havering is one of the safest places to live in London")]),
    ("The council's 180 CCTV cameras helped officers identify suspects in more than 400 cases last year, and "
     "satisfaction with its anti-social behaviour team rose to 78% in the annual residents' survey.", [
        NV("identify suspects in more than 400 cases", "CCTV identifications are not in the open data"),
        NV("rose to 78% in the annual residents' survey", "a council survey, not in the data")]),
    ("Notes to editors: Figures are for April 2024 to March 2025 and come from the Metropolitan Police.", []),
])

# ====================================================================== a4 Mayor's Question Time transcript, 2025
L_hom = lon_years(range(2011, 2026), minor="HOMICIDE")
KC = {y: (knife_london(cal(y)), knife_32(cal(y))) for y in (2024, 2025)}
KI = {y: (knife_london(cal(y), "Knife Crime with Injury"), knife_32(cal(y), "Knife Crime with Injury")) for y in (2024, 2025)}
KV = {y: (knife_london(cal(y), "Knife Injury Victims (1-24)"), knife_32(cal(y), "Knife Injury Victims (1-24)"))
      for y in (2023, 2024, 2025)}
kb25 = {b: v for b, v in knife_boroughs(cal(2025)).items() if b in BOROUGHS32}
kb24 = {b: v for b, v in knife_boroughs(cal(2024)).items() if b in BOROUGHS32}
L_vap3 = lon_years((2024, 2025), major="VIOLENCE AGAINST THE PERSON")
L_vwi = lon_years((2024, 2025), minor="VIOLENCE WITH INJURY")
add("a4_mqt_transcript_knife_homicide_2025.txt", "2026-02-19", [
    ("Mayor's Question Time, City Hall, 19 February 2026 (transcript extract)", []),
    ("Question 2026/0412, Violence in London, asked by Susan Whitfield AM", []),
    ("Susan Whitfield AM: Mr Mayor, your own figures show violence against the person went up last year. "
     "Londoners do not feel safer, whatever you tell them.", [
        E("violence against the person went up last year", T(both(lambda i: L_vap3[2025][i] > L_vap3[2024][i])),
          "direction", f"violence against the person {pair(L_vap3)}", "true"),
        OP("Londoners do not feel safer")]),
    ("The Mayor: I'm afraid the Assembly Member is cherry-picking. Knife crime fell by more than a tenth last year, and "
     "knife crime with injury also fell by more than 10%.", [
        E("Knife crime fell by more than a tenth last year", T(both(lambda i: pct(KC[2025][i], KC[2024][i]) < -10)), "change",
          f"MPS dashboard knife crime offences 2024 vs 2025 {pair(KC)}: {pct(KC[2025][0], KC[2024][0]):+.1f}% / "
          f"{pct(KC[2025][1], KC[2024][1]):+.1f}% (the pan-London knife_crime.json series, 23,561 -> 20,080, -14.8%, "
          "also falls by more than a tenth)", "true"),
        E("knife crime with injury also fell by more than 10%", T(both(lambda i: pct(KI[2025][i], KI[2024][i]) < -10)),
          "change", f"knife crime with injury {pair(KI)}: {pct(KI[2025][0], KI[2024][0]):+.1f}% / "
          f"{pct(KI[2025][1], KI[2024][1]):+.1f}%", "true")]),
    ("The number of young people under 25 injured with a knife has now fallen for a second year running.", [
        E("fallen for a second year running", T(both(lambda i: KV[2025][i] < KV[2024][i] < KV[2023][i])), "streak",
          f"knife injury victims aged 1-24 {pair(KV)} (the dashboard starts in March 2022, so 2023 is the first full year)",
          "true")]),
    ("Knife crime fell in all but two boroughs.", [
        E("Knife crime fell in all but two boroughs", F(sum(1 for b in BOROUGHS32 if kb25[b] < kb24[b]) == 30), "count",
          f"29 of 32 boroughs fell (all but three); not: {[b for b in BOROUGHS32 if kb25[b] >= kb24[b]]}", "false")]),
    ("And last year London recorded 96 homicides, the lowest number on record.", [
        E("96 homicides", T(L_hom[2025] == (96, 96)), "count", f"homicide 2025 {L_hom[2025]}", "true"),
        E("the lowest number on record", F(both(lambda i: L_hom[2025][i] == min(v[i] for v in L_hom.values()))), "record",
          f"homicide {pair(L_hom)}: 2014 was lower on both readings", "false")]),
    ("Susan Whitfield AM: That is simply not correct, Mr Mayor. There were fewer in 2014.", [
        E("There were fewer in 2014", T(both(lambda i: L_hom[2014][i] < L_hom[2025][i])), "compare",
          f"2014 {L_hom[2014]} vs 2025 {L_hom[2025]}", "true")]),
    ("The Mayor: The Assembly Member is right that 2014 was slightly lower, and I'm happy to correct the record: it is "
     "the lowest for more than a decade.", [
        E("the lowest for more than a decade", T(both(lambda i: all(L_hom[y][i] > L_hom[2025][i] for y in range(2015, 2025)))),
          "record", "every year 2015-2024 is above 96 on both readings; the last lower year is 2014", "true")]),
    ("Susan Whitfield AM: Newham has now overtaken Lambeth as the borough with the most knife crime, and knife crime "
     "there went up last year. What are you doing about Newham?", [
        E("knife crime there went up last year", F(kb25["Newham"] > kb24["Newham"]), "direction",
          f"Newham knife crime 2024 {kb24['Newham']}, 2025 {kb25['Newham']}: it fell", "false"),
        E("Newham has now overtaken Lambeth", T(rank_of("Newham", kb25) == 1 and rank_of("Lambeth", kb24) == 1
                                               and kb24["Newham"] < kb24["Lambeth"]), "rank",
          f"dashboard knife crime: 2025 Newham {kb25['Newham']} (rank 1), Lambeth {kb25['Lambeth']}; 2024 Lambeth "
          f"{kb24['Lambeth']} (rank 1), Newham {kb24['Newham']}", "true")]),
    ("The Mayor: In Newham knife crime actually fell last year, and violence with injury across London was down too.", [
        E("In Newham knife crime actually fell last year", T(kb25["Newham"] < kb24["Newham"]), "direction",
          f"Newham knife crime 2024 {kb24['Newham']}, 2025 {kb25['Newham']}", "true"),
        E("violence with injury across London was down too", T(both(lambda i: L_vwi[2025][i] < L_vwi[2024][i])), "direction",
          f"violence with injury {pair(L_vwi)}", "true")]),
    ("We have put an extra 500 officers into town centres, and the Met now answers 999 calls within ten seconds in "
     "nine cases out of ten.", [
        NV("answers 999 calls within ten seconds in nine cases out of ten", "call-handling times are not in the data")]),
    ("Susan Whitfield AM: Only 5% of knife offences in Newham end in a charge. That's a disgrace.", [
        NV("Only 5% of knife offences in Newham end in a charge", "charge rates by borough are not in the open data"),
        OP("That's a disgrace")]),
    ("The Mayor: The Violence Reduction Unit's work is paying off, and London remains one of the safest major cities "
     "in the world.", [
        OP("London remains one of the safest major cities in the world")]),
])

# ====================================================================== a5 Hansard: Westminster Hall debate, South Yorkshire
J22 = months(2022, 1, 2022, 11)
fs = {f: {t: force_street(f, J22, t) for t in ("Burglary", "Vehicle crime", "Drugs", "Shoplifting", "Robbery",
                                                "Anti-social behaviour", "Violence and sexual offences",
                                                "Theft from the person", "Bicycle theft")}
      for f in ("south-yorkshire", "merseyside", "south-wales", "cumbria", "dyfed-powys", "btp")}
sy_tot = (force_street("south-yorkshire", J22), force_street("south-yorkshire", J22, crime_only=True))
me_tot = (force_street("merseyside", J22), force_street("merseyside", J22, crime_only=True))
sy_month = {ym: (force_street("south-yorkshire", [ym]), force_street("south-yorkshire", [ym], crime_only=True)) for ym in J22}
sy_burg_m = {ym: force_street("south-yorkshire", [ym], "Burglary") for ym in J22}
SY, ME = fs["south-yorkshire"], fs["merseyside"]
add("a5_hansard_south_yorkshire_2022.txt", "2023-01-26", [
    ("Westminster Hall debate: Neighbourhood Policing in South Yorkshire", []),
    ("Volume 726: debated on Thursday 26 January 2023", []),
    ("Gareth Holroyd (Rother Valley North) (Lab): Between January and November last year, South Yorkshire Police "
     "recorded 10,669 burglaries.", [
        E("recorded 10,669 burglaries", T(SY["Burglary"] == 10669), "count",
          f"police.uk street files Jan-Nov 2022, South Yorkshire burglary {SY['Burglary']}", "true")]),
    ("That is nearly twice as many as Merseyside, a force area of a similar size.", [
        E("nearly twice as many as Merseyside", T(1.85 <= SY["Burglary"] / ME["Burglary"] < 2.0), "compare",
          f"Merseyside {ME['Burglary']}: ratio {SY['Burglary'] / ME['Burglary']:.2f}", "true")]),
    ("In the same months my constituents suffered 12,098 vehicle crimes, more than Merseyside and South Wales put "
     "together.", [
        E("12,098 vehicle crimes", T(SY["Vehicle crime"] == 12098), "count", f"South Yorkshire vehicle crime {SY['Vehicle crime']}",
          "true"),
        E("more than Merseyside and South Wales put together",
          F(SY["Vehicle crime"] > ME["Vehicle crime"] + fs["south-wales"]["Vehicle crime"]), "compare",
          f"Merseyside {ME['Vehicle crime']} + South Wales {fs['south-wales']['Vehicle crime']} = "
          f"{ME['Vehicle crime'] + fs['south-wales']['Vehicle crime']}, more than {SY['Vehicle crime']}", "false")]),
    ("There were also more than 8,500 shoplifting offences and more than 25,000 incidents of anti-social behaviour.", [
        E("more than 8,500 shoplifting offences", T(SY["Shoplifting"] > 8500), "count", f"{SY['Shoplifting']}", "true"),
        E("more than 25,000 incidents of anti-social behaviour", F(SY["Anti-social behaviour"] > 25000), "count",
          f"South Yorkshire ASB {SY['Anti-social behaviour']}: under 23,000", "false")]),
    ("March was the worst month of the year for crime in South Yorkshire.", [
        E("March was the worst month", F(any(max(sy_month, key=lambda k: sy_month[k][i]) == "202203" for i in (0, 1))),
          "record", f"monthly rows with / without ASB: {ser(sy_month)} (Jan-Nov only): May was the busiest", "false")]),
    ("The chief constable tells me it takes an average of 45 minutes to attend a burglary in Barnsley, and only 4% "
     "of burglaries lead to a charge.", [
        NV("an average of 45 minutes to attend a burglary", "attendance times are not in the open data"),
        NV("only 4% of burglaries lead to a charge", "no outcomes files for South Yorkshire are held")]),
    ("Ian Maddox (Liverpool Walton East) (Lab): Will my hon. Friend give way? Merseyside recorded more than three times "
     "as many drug offences as South Yorkshire in that period, which shows what proactive policing can do.", [
        E("more than three times as many drug offences", T(ME["Drugs"] > 3 * SY["Drugs"]), "compare",
          f"Drugs: Merseyside {ME['Drugs']}, South Yorkshire {SY['Drugs']} ({ME['Drugs'] / SY['Drugs']:.2f}x)", "true")]),
    ("Gareth Holroyd: I am grateful. Merseyside also has fewer robberies than we do, and more crime overall.", [
        E("Merseyside also has fewer robberies than we do", T(ME["Robbery"] < SY["Robbery"]), "compare",
          f"robbery Merseyside {ME['Robbery']}, South Yorkshire {SY['Robbery']}", "true"),
        E("more crime overall", T(me_tot[0] > sy_tot[0] and me_tot[1] > sy_tot[1]), "compare",
          f"all rows with / without ASB: Merseyside {me_tot}, South Yorkshire {sy_tot}", "true")]),
    ("The people of South Yorkshire have been let down by 12 years of this Government.", [
        OP("The people of South Yorkshire have been let down")]),
    ("The Minister for Crime, Policing and Fire (Mr Edward Lyle): Burglary in South Yorkshire has fallen in every "
     "month since March.", [
        E("has fallen in every month since March", F(all(sy_burg_m[J22[k]] < sy_burg_m[J22[k - 1]] for k in range(3, 11))),
          "streak", f"South Yorkshire burglary by month {ser(sy_burg_m)}: May and from September it rose", "false")]),
    ("Violence and sexual offences make up more than a third of all crime recorded by the force.", [
        E("more than a third of all crime", T(all(SY["Violence and sexual offences"] / t > 1 / 3 for t in sy_tot)), "share",
          f"{SY['Violence and sexual offences']} of {sy_tot[0]} with ASB ({100 * SY['Violence and sexual offences'] / sy_tot[0]:.1f}%) "
          f"or {sy_tot[1]} without ({100 * SY['Violence and sexual offences'] / sy_tot[1]:.1f}%)", "true")]),
    ("Rural forces face different pressures: Dyfed-Powys recorded just 81 robberies in those eleven months, and "
     "Cumbria fewer than 100 thefts from the person.", [
        E("just 81 robberies", T(fs["dyfed-powys"]["Robbery"] == 81), "count", f"Dyfed-Powys robbery {fs['dyfed-powys']['Robbery']}",
          "true"),
        E("fewer than 100 thefts from the person", T(fs["cumbria"]["Theft from the person"] < 100), "count",
          f"Cumbria theft from the person {fs['cumbria']['Theft from the person']}", "true")]),
    ("And on the railways, British Transport Police recorded more than 5,000 bicycle thefts.", [
        E("more than 5,000 bicycle thefts", T(fs["btp"]["Bicycle theft"] > 5000), "count",
          f"BTP bicycle theft Jan-Nov 2022 {fs['btp']['Bicycle theft']} (rows as published)", "true")]),
    ("South Yorkshire will have 200 more officers by March, and I pay tribute to the chief constable and her team. "
     "Neighbourhood policing in South Yorkshire is in good hands.", [
        OP("Neighbourhood policing in South Yorkshire is in good hands")]),
])

# ====================================================================== a6 police statement: Lambeth and Southwark, summer 2025
S25, S24 = months(2025, 6, 2025, 8), months(2024, 6, 2024, 8)
LB, SW = "Lambeth", "Southwark"


def sm(b, **kw):
    return mps(borough=b, mm=S25, **kw), mps(borough=b, mm=S24, **kw)


lb_rob, lb_mug, lb_tfv, lb_all, lb_shop = (sm(LB, major="ROBBERY"), sm(LB, minor="ROBBERY OF PERSONAL PROPERTY"),
                                           sm(LB, minor="THEFT FROM A VEHICLE"), sm(LB), sm(LB, minor="SHOPLIFTING"))
sw_all, sw_tfp, sw_vap, sw_rape, sw_drug, sw_burg = (sm(SW), sm(SW, minor="THEFT FROM THE PERSON"),
                                                     sm(SW, major="VIOLENCE AGAINST THE PERSON"), sm(SW, minor="RAPE"),
                                                     sm(SW, major="DRUG OFFENCES"), sm(SW, major="BURGLARY"))
lb_burg = sm(LB, major="BURGLARY")
kn = {b: (dash("Knife Crime", borough=b, mm=S25), dash("Knife Crime", borough=b, mm=S24)) for b in (LB, SW)}
hom_s = mps(minor="HOMICIDE", borough=LB, mm=S25) + mps(minor="HOMICIDE", borough=SW, mm=S25)
lb_month = {ym: mps(borough=LB, mm=[ym]) for ym in months(2025, 1, 2025, 8)}


def chg(t):
    return pct(t[0], t[1])


add("a6_police_statement_lambeth_southwark_summer.txt", "2025-09-20", [
    ("Statement from Chief Superintendent Dele Adeyemi, Central South Basic Command Unit (Lambeth and Southwark)", []),
    ("This summer our officers ran Operation Sunrise, a three-month push against street robbery and knife crime in "
     "Brixton, Stockwell, Peckham and Camberwell.", []),
    ("I am pleased to report that between June and August, robbery in Lambeth fell by almost 30% compared with the "
     "same period last year, and personal robberies, the muggings that frighten people most, were down by more than a "
     "third.", [
        E("robbery in Lambeth fell by almost 30%", T(-30 < chg(lb_rob) <= -28), "change",
          f"Lambeth robbery Jun-Aug 2025 vs 2024 {lb_rob} = {chg(lb_rob):+.1f}%", "true"),
        E("down by more than a third", T(chg(lb_mug) < -33.4), "change",
          f"robbery of personal property {lb_mug} = {chg(lb_mug):+.1f}%", "true")]),
    ("Knife crime in Lambeth fell by a quarter over the same three months, and across the two boroughs it was down "
     "by almost a fifth.", [
        E("Knife crime in Lambeth fell by a quarter", T(pct_is(-25, *kn[LB], slack=1.0)), "change",
          f"MPS dashboard knife crime, Lambeth {kn[LB]} = {chg(kn[LB]):+.1f}%", "true"),
        E("down by almost a fifth", T(-20 < pct(kn[LB][0] + kn[SW][0], kn[LB][1] + kn[SW][1]) <= -18), "change",
          f"Lambeth + Southwark {kn[LB][0] + kn[SW][0]} vs {kn[LB][1] + kn[SW][1]} = "
          f"{pct(kn[LB][0] + kn[SW][0], kn[LB][1] + kn[SW][1]):+.1f}%", "true")]),
    ("Thefts from vehicles in Lambeth nearly halved.", [
        E("nearly halved", T(-50 < chg(lb_tfv) <= -44), "change", f"theft from a vehicle {lb_tfv} = {chg(lb_tfv):+.1f}%",
          "true")]),
    ("In Southwark, thefts from the person fell by a fifth.", [
        E("fell by a fifth", F(-23 <= chg(sw_tfp) <= -17), "change",
          f"Southwark theft from the person {sw_tfp} = {chg(sw_tfp):+.1f}%: about 12%, not a fifth", "false")]),
    ("Overall, crime fell across both boroughs, and burglary was down in both Lambeth and Southwark.", [
        E("crime fell across both boroughs", F(lb_all[0] < lb_all[1] and sw_all[0] < sw_all[1]), "direction",
          f"all crime Jun-Aug 2025 vs 2024: Lambeth {lb_all}, Southwark {sw_all} (up); together "
          f"{lb_all[0] + sw_all[0]} vs {lb_all[1] + sw_all[1]} (up)", "false"),
        E("burglary was down in both Lambeth and Southwark", F(lb_burg[0] < lb_burg[1] and sw_burg[0] < sw_burg[1]),
          "direction", f"burglary Lambeth {lb_burg}, Southwark {sw_burg} (up)", "false")]),
    ("Shoplifting in Lambeth also fell as our retail crime team worked with businesses in Brixton.", [
        E("Shoplifting in Lambeth also fell", F(lb_shop[0] < lb_shop[1]), "direction", f"Lambeth shoplifting {lb_shop}: up",
          "false")]),
    ("We know there is more to do. Violence against the person in Southwark rose by 18%, and reports of rape there "
     "rose by nearly half, which we believe partly reflects greater confidence in reporting.", [
        E("rose by 18%", T(pct_is(18, *sw_vap)), "change", f"Southwark violence against the person {sw_vap} = {chg(sw_vap):+.1f}%",
          "true"),
        E("rose by nearly half", T(44 <= chg(sw_rape) < 50), "change", f"Southwark rape {sw_rape} = {chg(sw_rape):+.1f}%",
          "true"),
        NV("partly reflects greater confidence in reporting", "reporting confidence is not measured in the data")]),
    ("Drug offences in Southwark were up by half, the result of officers proactively searching for drugs and weapons.", [
        E("up by half", T(47 <= chg(sw_drug) <= 53), "change", f"Southwark drug offences {sw_drug} = {chg(sw_drug):+.1f}%",
          "true")]),
    ("Tragically, three homicides were recorded in the two boroughs over the summer.", [
        E("three homicides", F(hom_s == 3), "count", f"homicide Jun-Aug 2025, Lambeth + Southwark = {hom_s}, not 3", "false")]),
    ("July was Lambeth's busiest month of the year so far.", [
        E("July was Lambeth's busiest month of the year so far", T(max(lb_month, key=lb_month.get) == "202507"), "record",
          f"Lambeth all crime by month 2025 {ser(lb_month)}", "true")]),
    ("Officers made more than 1,100 arrests during the operation and seized 96 knives.", [
        NV("more than 1,100 arrests", "arrests by borough are not in the open data (the custody file has no borough)"),
        NV("seized 96 knives", "seizures are not in the data")]),
    ("I am proud of my officers, and Brixton and Peckham are safer places than they were a year ago.", [
        OP("I am proud of my officers"),
        OP("Brixton and Peckham are safer places than they were a year ago")]),
])

# ====================================================================== a7 campaign group briefing: violence against women and girls
L_rape = lon_years(range(2011, 2026), minor="RAPE")
L_osx = lon_years(range(2011, 2026), minor="OTHER SEXUAL OFFENCES")
L_sx = lon_years((2025,), major="SEXUAL OFFENCES")
L_st = lon_years(range(2011, 2026), minor="STALKING AND HARASSMENT")
rape25 = mps_by_borough(minor="RAPE", mm=cal(2025))
rape_rate = {py: {b: 1e5 * rape25[b] / gla_pop(b, py) for b in BOROUGHS32} for py in (2024, 2025)}
_R19 = [b for b in BOROUGHS32 if b not in ("Hackney", "Merton", "Sutton")]  # merged in the ONS 2019 LA file
rape_rate[2019] = {b: 1e5 * rape25[b] / ons_la_2019(b) for b in _R19}
DA = victims_years(Domestic_Abuse="Domestic Abuse")
add("a7_campaign_briefing_vawg_2025.txt", "2026-03-08", [
    ("Briefing for International Women's Day 2026: Violence against women and girls in London", []),
    ("Prepared by Safe Streets for Women London", []),
    ("1. Rape. The Metropolitan Police recorded more than 9,600 rapes in 2025, the highest number since current "
     "records began and an increase of more than a tenth on 2024.", [
        E("more than 9,600 rapes in 2025", T(both(lambda i: L_rape[2025][i] > 9600)), "count", f"rape {pair(L_rape)}", "true"),
        E("the highest number since current records began", T(both(lambda i: L_rape[2025][i] == max(v[i] for v in L_rape.values()))),
          "record", "2025 is the series maximum on both readings", "true"),
        E("an increase of more than a tenth on 2024", T(both(lambda i: pct(L_rape[2025][i], L_rape[2024][i]) > 10)), "change",
          f"{pct(L_rape[2025][0], L_rape[2024][0]):+.1f}% all rows / {pct(L_rape[2025][1], L_rape[2024][1]):+.1f}% 32 boroughs",
          "true")]),
    ("That is around 30 every day, and more than double the number recorded in 2013.", [
        E("around 30 every day", F(any(29 <= L_rape[2025][i] / 365 <= 31 for i in (0, 1))), "count",
          f"{L_rape[2025][0] / 365:.1f} / {L_rape[2025][1] / 365:.1f} a day: about 27", "false"),
        E("more than double the number recorded in 2013", T(both(lambda i: L_rape[2025][i] > 2 * L_rape[2013][i])), "change",
          f"2013 {L_rape[2013]}: {L_rape[2025][0] / L_rape[2013][0]:.2f}x / {L_rape[2025][1] / L_rape[2013][1]:.2f}x", "true")]),
    ("Southwark recorded more rapes than any other borough, but Westminster has the highest rate relative to its "
     "resident population.", [
        E("Southwark recorded more rapes than any other borough", F(rank_of("Southwark", rape25) == 1),
          "rank", f"rape 2025 by borough: Croydon {rape25['Croydon']} (first), Southwark {rape25['Southwark']} (second), "
          f"Newham {rape25['Newham']}", "false"),
        E("Westminster has the highest rate", T(all(rank_of("Westminster", r_) == 1 for r_ in rape_rate.values())
                                                and 1e5 * rape25["Hackney"] / (ons_la_2019("Hackney") - 9000) < rape_rate[2019]["Westminster"]),
          "rank",
          f"rape per 100,000 (GLA 2025 pop): Westminster {rape_rate[2025]['Westminster']:.0f}, Southwark "
          f"{rape_rate[2025]['Southwark']:.0f}, Camden {rape_rate[2025]['Camden']:.0f}", "true")]),
    ("2. Other sexual offences also reached a record level, and sexual offences as a whole now stand at around "
     "27,000 a year.", [
        E("Other sexual offences also reached a record level", T(both(lambda i: L_osx[2025][i] == max(v[i] for v in L_osx.values()))),
          "record", f"other sexual offences {pair(L_osx)}", "true"),
        E("around 27,000 a year", T(both(lambda i: near(27000, L_sx[2025][i], 0.01))), "count", f"sexual offences 2025 {L_sx[2025]}",
          "true")]),
    ("3. Stalking and harassment. Offences hit a record high last year, at almost 60,000.", [
        E("Offences hit a record high last year", F(any(L_st[2025][i] == max(v[i] for v in L_st.values()) for i in (0, 1))),
          "record", f"stalking and harassment {pair(L_st)}: 2021 was higher", "false"),
        E("at almost 60,000", T(both(lambda i: 59000 <= L_st[2025][i] < 60000)), "count", f"2025 {L_st[2025]}", "true")]),
    ("4. Domestic homicide. Met figures show that 471 people were killed in domestic abuse homicides in London between "
     "2003 and 2022, and that the number has risen every year since 2019.", [
        E("471 people were killed in domestic abuse homicides", T(vict(range(2003, 2023), Domestic_Abuse="Domestic Abuse") == 471),
          "count", f"victims flagged domestic abuse 2003-2022: {vict(range(2003, 2023), Domestic_Abuse='Domestic Abuse')}",
          "true"),
        E("the number has risen every year since 2019", F(DA[2022] > DA[2021] > DA[2020] > DA[2019]), "streak",
          f"domestic abuse victims 2019 {DA[2019]}, 2020 {DA[2020]}, 2021 {DA[2021]}, 2022 {DA[2022]}: 2022 fell", "false")]),
    ("Women and girls made up a third of all homicide victims in 2022.", [
        E("a third of all homicide victims in 2022", F(30 <= 100 * victims(2022, Sex="Female") / victims(2022) <= 36), "share",
          f"female victims 2022 {victims(2022, Sex='Female')} of {victims(2022)} = "
          f"{100 * victims(2022, Sex='Female') / victims(2022):.0f}%: about a quarter", "false")]),
    ("5. Justice. Only 2% of rapes reported to the Met lead to a charge, and we estimate that five in six rapes are "
     "never reported to the police at all.", [
        NV("Only 2% of rapes reported to the Met lead to a charge", "charge rates are not in the open data"),
        NV("five in six rapes are never reported", "unreported crime is not in police-recorded data")]),
    ("One in three women in London tells us she has been harassed on public transport.", [
        NV("One in three women in London", "a campaign survey, not in the data")]),
    ("The Met is still failing women, and this is nothing short of a national emergency.", [
        OP("The Met is still failing women"), OP("nothing short of a national emergency")]),
])

# ====================================================================== a8 think-tank note: twenty years of London homicide (victims)
V = victims_years()
V = {y: v for y, v in V.items() if y <= 2022}
VS = {y: v for y, v in victims_years(Method_of_Killing="Shooting").items() if y <= 2022}
VK22 = victims(2022, Method_of_Killing="Knife or Sharp Implement")
VY = victims_years(Age_Group="Adolescent/Young Adult")
knife_all = vict(range(2003, 2023), Method_of_Killing="Knife or Sharp Implement")
all_v = vict(range(2003, 2023))
bor = {}
for r in _victims():
    if 2003 <= int(r["Year"]) <= 2022:
        bor.setdefault(r["Borough"], {}).setdefault(int(r["Year"]), 0)
        bor[r["Borough"]][int(r["Year"])] += 1
bor20 = {b: sum(d.values()) for b, d in bor.items()}
bor10 = {b: sum(v for y, v in d.items() if y >= 2013) for b, d in bor.items()}
bor10b = {}  # 2014-2023 (2023 is a part year in the file): Newham leads on this window too
for r in _victims():
    if 2014 <= int(r["Year"]) <= 2023:
        bor10b[r["Borough"]] = bor10b.get(r["Borough"], 0) + 1
ew21, us21 = owid("England and Wales", 2021), owid("United States", 2021)
add("a8_think_tank_homicide_victims_2003_2022.txt", "2023-05-10", [
    ("Research note: Twenty years of homicide in London, 2003-2022", []),
    ("Centre for Urban Safety Policy, May 2023", []),
    ("Summary. The number of people killed in London roughly halved over the period, from 210 victims in 2003 to 106 "
     "in 2022.", [
        E("roughly halved over the period", T(V[2003] == 210 and V[2022] == 106 and -52 <= pct(V[2022], V[2003]) <= -48),
          "change", f"Met homicide victims {ser(V)}", "true")]),
    ("The low point came in 2014, when 84 people lost their lives; the worst recent year was 2019, with 150 victims, "
     "the most since 2003.", [
        E("The low point came in 2014", T(V[2014] == 84 == min(V.values())), "record", "2014 is the series minimum", "true"),
        E("the most since 2003", F(V[2019] == 150 and last_higher(V, 2019) == 2003), "record",
          f"2019 {V[2019]}; the last higher year is {last_higher(V, 2019)} ({V[2007]}), not 2003", "false")]),
    ("Knives dominate. Across the two decades, more than half of all victims were killed with a knife or other sharp "
     "implement, and in 2022 the share was about two thirds, 70 of the 106.", [
        E("more than half of all victims", T(knife_all / all_v > 0.5), "share",
          f"knife victims 2003-2022 {knife_all} of {all_v} = {100 * knife_all / all_v:.1f}%", "true"),
        E("70 of the 106", T(VK22 == 70 and V[2022] == 106), "count", f"2022 knife {VK22} of {V[2022]} (66%)", "true")]),
    ("Gun homicide, by contrast, has fallen by almost two thirds, from 28 shooting victims in 2003 to 10 in 2022, and "
     "has fallen every year since 2018.", [
        E("fallen by almost two thirds", T(VS[2003] == 28 and VS[2022] == 10 and -66.7 < pct(VS[2022], VS[2003]) <= -60),
          "change", f"shooting victims {ser(VS)}", "true"),
        E("has fallen every year since 2018", F(all(VS[y] < VS[y - 1] for y in range(2019, 2023))), "streak",
          f"shooting victims 2018-2022: {VS[2018]}, {VS[2019]}, {VS[2020]}, {VS[2021]}, {VS[2022]}: 2020 rose", "false")]),
    ("Young people. Adolescent and young adult victims fell by 41% in 2022, to 29, after 49 the year before.", [
        E("fell by 41% in 2022", T(VY[2021] == 49 and VY[2022] == 29 and pct_is(-41, VY[2022], VY[2021])), "change",
          f"'Adolescent/Young Adult' victims 2021 {VY[2021]}, 2022 {VY[2022]} = {pct(VY[2022], VY[2021]):+.1f}%", "true")]),
    ("Solved cases. Around one in ten of the 2022 killings remained unsolved when the data were published.", [
        E("Around one in ten", F(8 <= 100 * victims(2022, Solved_Status="Unsolved") / V[2022] <= 12), "share",
          f"unsolved 2022 {victims(2022, Solved_Status='Unsolved')} of {V[2022]} = "
          f"{100 * victims(2022, Solved_Status='Unsolved') / V[2022]:.0f}%: one in five", "false")]),
    ("Geography. Lambeth has lost more people to homicide since 2003 than any other borough, and it also had the "
     "most victims of any borough over the last ten years.", [
        E("Lambeth has lost more people to homicide since 2003 than any other borough", T(rank_of("Lambeth", bor20) == 1
                                                                                         and sorted(bor20.values())[-2] < bor20["Lambeth"]),
          "rank", f"victims 2003-2022: Lambeth {bor20['Lambeth']}, Newham {bor20['Newham']}, Southwark {bor20['Southwark']}",
          "true"),
        E("it also had the most victims of any borough over the last ten years",
          F(rank_of("Lambeth", bor10) == 1 or rank_of("Lambeth", bor10b) == 1), "rank",
          f"victims 2013-2022: Newham {bor10['Newham']}, Brent {bor10['Brent']}, Lambeth {bor10['Lambeth']} (rank "
          f"{rank_of('Lambeth', bor10)})", "false")]),
    ("International comparison. In 2021 the homicide rate for England and Wales was just over one per 100,000 people, "
     "while the United States' rate was almost six times higher.", [
        E("just over one per 100,000 people", T(1.0 < ew21 < 1.25), "rate", f"OWID/UNODC England and Wales 2021 {ew21:.2f}",
          "true"),
        E("almost six times higher", T(5.5 <= us21 / ew21 < 6.0), "compare", f"United States 2021 {us21:.2f} = {us21 / ew21:.2f}x",
          "true")]),
    ("In 2018 New York City recorded 297 murders, almost three times London's total for that year.", [
        E("almost three times London's total", F(2.7 <= nyc(2018) / V[2018] <= 3.0), "compare",
          f"NYC 2018 {nyc(2018)} vs London victims 2018 {V[2018]} = {nyc(2018) / V[2018]:.2f}x: about 2.3 times", "false")]),
    ("What we cannot measure. In about half of cases the victim knew the killer, and the average minimum term for "
     "murder has risen to 21 years.", [
        NV("In about half of cases the victim knew the killer", "the victim-suspect relationship is not in the open file"),
        NV("the average minimum term for murder has risen to 21 years", "sentencing is not in the data")]),
    ("Our view is that cuts to youth services since 2010 have been the single biggest driver of violence among young "
     "Londoners, and that London is far safer than its reputation suggests.", [
        OP("cuts to youth services since 2010 have been the single biggest driver"),
        OP("London is far safer than its reputation suggests")]),
])

# ====================================================================== a9 motoring blog: vehicle crime in outer London, 2025
L_veh = lon_years(range(2011, 2026), major="VEHICLE OFFENCES")
L_avt = lon_years(range(2011, 2026), minor="AGGRAVATED VEHICLE TAKING")
car = {b: yearly(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", borough=b, years=range(2019, 2026))
       for b in ("Barnet", "Bromley", "Hillingdon", "Enfield")}
car25 = mps_by_borough(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", mm=cal(2025))
veh25 = mps_by_borough(major="VEHICLE OFFENCES", mm=cal(2025))
en_tfv = yearly(minor="THEFT FROM A VEHICLE", borough="Enfield", years=(2024, 2025))
add("a9_blog_outer_london_car_crime_2025.txt", "2026-02-20", [
    ("The Kerbside Blog: Is your car safe in outer London? What the 2025 figures really say", []),
    ("Posted by Mike Delaney, 20 February 2026", []),
    ("Good news first. Vehicle crime across London was down by more than a tenth in 2025, to around 86,000 offences, "
     "and it is about a third lower than in 2019.", [
        E("down by more than a tenth in 2025", T(both(lambda i: pct(L_veh[2025][i], L_veh[2024][i]) < -10)), "change",
          f"vehicle offences {pair(L_veh)}: {pct(L_veh[2025][0], L_veh[2024][0]):+.1f}% / {pct(L_veh[2025][1], L_veh[2024][1]):+.1f}%",
          "true"),
        E("around 86,000 offences", T(both(lambda i: near(86000, L_veh[2025][i], 0.01))), "count", f"2025 {L_veh[2025]}", "true"),
        E("about a third lower than in 2019", T(both(lambda i: -36 <= pct(L_veh[2025][i], L_veh[2019][i]) <= -30)), "change",
          f"2019 {L_veh[2019]}: {pct(L_veh[2025][0], L_veh[2019][0]):+.1f}% / {pct(L_veh[2025][1], L_veh[2019][1]):+.1f}%", "true")]),
    ("Some commentators have called it the lowest level of vehicle crime on record. It isn't.", [
        E("the lowest level of vehicle crime on record", F(any(L_veh[2025][i] == min(v[i] for v in L_veh.values()) for i in (0, 1))),
          "record", "2014 (81,907 / 81,414) was lower on both readings", "false")]),
    ("Joyriding, the old 'aggravated vehicle taking', really has hit a record low, though.", [
        E("really has hit a record low", T(both(lambda i: L_avt[2025][i] == min(v[i] for v in L_avt.values()))), "record",
          f"aggravated vehicle taking {pair(L_avt)}", "true")]),
    ("Now the bad news for drivers in the suburbs. Croydon had more cars stolen than any other borough last year, "
     "1,771, with Barnet close behind.", [
        E("Croydon had more cars stolen than any other borough", T(rank_of("Croydon", car25) == 1 and car25["Croydon"] == 1771),
          "rank", f"theft or unauthorised taking of a motor vehicle 2025: Croydon {car25['Croydon']}, Barnet {car25['Barnet']}, "
          f"Enfield {car25['Enfield']}", "true")]),
    ("In Barnet, thefts of vehicles rose by 6%, and in Hillingdon they jumped by a fifth.", [
        E("rose by 6%", T(pct_is(6, car["Barnet"][2025], car["Barnet"][2024])), "change",
          f"Barnet {car['Barnet'][2024]} -> {car['Barnet'][2025]} = {pct(car['Barnet'][2025], car['Barnet'][2024]):+.1f}%", "true"),
        E("jumped by a fifth", T(18 <= pct(car["Hillingdon"][2025], car["Hillingdon"][2024]) <= 22), "change",
          f"Hillingdon {car['Hillingdon'][2024]} -> {car['Hillingdon'][2025]} = "
          f"{pct(car['Hillingdon'][2025], car['Hillingdon'][2024]):+.1f}%", "true")]),
    ("Bromley is the one that worries me most: car thefts there have gone up every single year since 2020 and have "
     "almost doubled since 2019.", [
        E("gone up every single year since 2020", F(all(car["Bromley"][y] > car["Bromley"][y - 1] for y in range(2021, 2026))),
          "streak", f"Bromley {ser(car['Bromley'])}: 2025 fell", "false"),
        E("almost doubled since 2019", F(car["Bromley"][2025] / car["Bromley"][2019] >= 1.8), "change",
          f"2025 / 2019 = {car['Bromley'][2025] / car['Bromley'][2019]:.2f}: up about half", "false")]),
    ("Newham recorded more vehicle crime overall than any other borough, while Enfield's thefts from vehicles fell by "
     "more than a quarter.", [
        E("Newham recorded more vehicle crime overall than any other borough", F(rank_of("Newham", veh25) == 1), "rank",
          f"vehicle offences 2025: Ealing {veh25['Ealing']} (first), Newham {veh25['Newham']} (second), Barnet "
          f"{veh25['Barnet']}", "false"),
        E("fell by more than a quarter", T(pct(en_tfv[2025], en_tfv[2024]) < -25), "change",
          f"Enfield theft from a vehicle {ser(en_tfv)} = {pct(en_tfv[2025], en_tfv[2024]):+.1f}%", "true")]),
    ("What the figures don't tell you: insurers reckon six in ten thefts now involve keyless relay devices, and only "
     "about one stolen car in twenty is ever recovered.", [
        NV("six in ten thefts now involve keyless relay devices", "method of theft is not recorded in the data"),
        NV("only about one stolen car in twenty is ever recovered", "recovery rates are not in the data")]),
    ("My premium has gone up by £400 in two years.", []),
    ("Frankly, the Met has given up on car crime, and if you drive a Range Rover in Barnet you are a sitting duck.", [
        OP("the Met has given up on car crime"),
        OP("if you drive a Range Rover in Barnet you are a sitting duck")]),
])

# ====================================================================== a10 radio phone-in transcript: Croydon, Jan-Sep 2025
CR = "Croydon"
YTD25, YTD24 = months(2025, 1, 2025, 9), months(2024, 1, 2024, 9)


def cy(**kw):
    return mps(borough=CR, mm=YTD25, **kw), mps(borough=CR, mm=YTD24, **kw)


cr = yearly(borough=CR, years=range(2011, 2025))
cr_rob, cr_shop, cr_burg, cr_vap, cr_all = cy(major="ROBBERY"), cy(minor="SHOPLIFTING"), cy(major="BURGLARY"), \
    cy(major="VIOLENCE AGAINST THE PERSON"), cy()
cr_knife = (dash("Knife Crime", borough=CR, mm=YTD25), dash("Knife Crime", borough=CR, mm=YTD24))
A25, A24 = months(2025, 1, 2025, 8), months(2024, 1, 2024, 8)  # 'so far this year' if September is not yet out


def cy8(**kw):
    return mps(borough=CR, mm=A25, **kw), mps(borough=CR, mm=A24, **kw)


cr8 = {"shop": cy8(minor="SHOPLIFTING"), "all": cy8(), "burg": cy8(major="BURGLARY"),
       "vap": cy8(major="VIOLENCE AGAINST THE PERSON"),
       "knife": (dash("Knife Crime", borough=CR, mm=A25), dash("Knife Crime", borough=CR, mm=A24))}
cr_shop_mar25 = mps(minor="SHOPLIFTING", borough=CR, mm=["202503"])
cr_shop_mar24 = mps(minor="SHOPLIFTING", borough=CR, mm=["202403"])
cr_hom_m = {ym: mps(minor="HOMICIDE", borough=CR, mm=[ym]) for ym in YTD25}
cr_vap_m = {ym: mps(major="VIOLENCE AGAINST THE PERSON", borough=CR, mm=[ym]) for ym in months(2024, 1, 2025, 9)}
add("a10_radio_phone_in_croydon_2025.txt", "2025-10-15", [
    ("BBC Radio South London, Breakfast phone-in, 15 October 2025: 'Is Croydon getting safer?' (transcript)", []),
    ("PRESENTER: Good morning. Croydon recorded more than 35,000 crimes last year, the highest total in the borough's "
     "records. So is it getting better? Lines are open.", [
        E("more than 35,000 crimes last year", T(cr[2024] > 35000), "count", f"Croydon 2024 {cr[2024]}", "true"),
        E("the highest total in the borough's records", T(cr[2024] == max(cr.values())), "record", f"Croydon {ser(cr)}", "true")]),
    ("DAVE, THORNTON HEATH: Morning. Honestly, robberies are through the roof round here. I wouldn't let my daughter "
     "walk to West Croydon on her own.", [
        OP("robberies are through the roof round here", "a caller's impression, no figure")]),
    ("PRESENTER: Dave, the figures actually say the opposite: 845 robberies in the first nine months of this year, "
     "against 1,059 in the same months of 2024. That's a fall of a fifth.", [
        E("845 robberies in the first nine months of this year", T(cr_rob == (845, 1059)), "count",
          f"Croydon robbery Jan-Sep 2025 vs Jan-Sep 2024 {cr_rob}", "true"),
        E("a fall of a fifth", T(-22 <= pct(*cr_rob) <= -18), "change", f"{pct(*cr_rob):+.1f}%", "true")]),
    ("SHARON, NEW ADDINGTON: It's the shoplifting. Last March there were over 350 shoplifting offences in Croydon in "
     "one month. I work at the big Tesco and we see it every day.", [
        E("over 350 shoplifting offences", F(cr_shop_mar25 > 350 or cr_shop_mar24 > 350), "count",
          f"Croydon shoplifting March 2025 {cr_shop_mar25} (March 2024, if 'last March' is read as the year before: "
          f"{cr_shop_mar24})", "false")]),
    ("PRESENTER: In fairness, Sharon, shoplifting in Croydon is down by more than a fifth so far this year, and knife "
     "crime is down by a similar amount.", [
        E("shoplifting in Croydon is down by more than a fifth", T(pct(*cr_shop) < -20 and pct(*cr8["shop"]) < -20), "change",
          f"Croydon shoplifting Jan-Sep {cr_shop} = {pct(*cr_shop):+.1f}% (Jan-Aug {pct(*cr8['shop']):+.1f}%)", "true"),
        E("knife crime is down by a similar amount", T(-25 <= pct(*cr_knife) <= -18 and -25 <= pct(*cr8["knife"]) <= -18),
          "change", f"MPS dashboard knife crime Croydon Jan-Sep {cr_knife} = {pct(*cr_knife):+.1f}% (Jan-Aug "
          f"{pct(*cr8['knife']):+.1f}%)", "true")]),
    ("KWAME, SOUTH NORWOOD: But there's been a murder in Croydon every month this year. Every month!", [
        E("a murder in Croydon every month this year", F(all(v > 0 for v in cr_hom_m.values())), "streak",
          f"Croydon homicide by month 2025 {ser(cr_hom_m)}", "false")]),
    ("PRESENTER: That's not quite right, Kwame, but violence is a worry: July saw more offences of violence against "
     "the person in Croydon than any month last year.", [
        E("July saw more offences of violence against the person in Croydon than any month last year",
          T(cr_vap_m["202507"] > max(v for k, v in cr_vap_m.items() if k.startswith("2024"))), "compare",
          f"violence against the person July 2025 {cr_vap_m['202507']}; 2024 monthly max "
          f"{max(v for k, v in cr_vap_m.items() if k.startswith('2024'))}", "true")]),
    ("COUNCILLOR JANE OKORO (on the line): Overall crime is down about 5% this year and burglary is down too. The "
     "police tell us response times in the town centre are now under 15 minutes.", [
        E("Overall crime is down about 5% this year", F(pct_is(-5, *cr_all, slack=1.0) or pct_is(-5, *cr8["all"], slack=1.0)),
          "change", f"Croydon all crime Jan-Sep {cr_all} = {pct(*cr_all):+.1f}% (Jan-Aug {pct(*cr8['all']):+.1f}%): about 2%",
          "false"),
        E("burglary is down too", T(cr_burg[0] < cr_burg[1] and cr8["burg"][0] < cr8["burg"][1]), "direction",
          f"Croydon burglary Jan-Sep {cr_burg} (Jan-Aug {cr8['burg']})", "true"),
        NV("response times in the town centre are now under 15 minutes", "response times are not in the data")]),
    ("KWAME: And violence? Violence is down as well, is it?", []),
    ("COUNCILLOR OKORO: Violence against the person is down slightly this year, yes.", [
        E("Violence against the person is down slightly this year", F(cr_vap[0] < cr_vap[1] or cr8["vap"][0] < cr8["vap"][1]),
          "direction", f"Croydon violence against the person Jan-Sep {cr_vap} (Jan-Aug {cr8['vap']}): up slightly", "false")]),
    ("SHARON: Half the shoplifters are the same faces every week. The town centre's a no-go area after dark.", [
        NV("Half the shoplifters are the same faces every week", "repeat offending is not in the data"),
        OP("The town centre's a no-go area after dark")]),
    ("PRESENTER: Strong views this morning. And one more text, from Brian in Purley: \"The council has let the high "
     "street die, and the police are nowhere to be seen.\"", [
        OP("The council has let the high street die")]),
])

# ====================================================================== a11 fact check: Westminster and the City, 2025
WM = "Westminster"
a25 = mps_by_borough(mm=cal(2025))
wm = yearly(borough=WM, years=(2024, 2025))
wm_shop = yearly(minor="SHOPLIFTING", borough=WM, years=(2021, 2025))
wm_rob = yearly(major="ROBBERY", borough=WM)
wm_tfp = mps(minor="THEFT FROM THE PERSON", borough=WM, mm=cal(2025))
L_tfp25 = lon(cal(2025), minor="THEFT FROM THE PERSON")
wm_rate = {py: 1000 * a25[WM] / gla_pop(WM, py) for py in (2024, 2025)}
wm_rate[2019] = 1000 * a25[WM] / ons_la_2019(WM)
colc = {y: (col(cal(y)), col(cal(y), crime_only=True)) for y in (2024, 2025)}
col_burg = {y: col(cal(y), "Burglary") for y in (2024, 2025)}
col_tfp = {y: col(cal(y), "Theft from the person") for y in (2024, 2025)}
col_types25 = {t: col(cal(2025), t) for t in ("Other theft", "Violence and sexual offences", "Shoplifting", "Theft from the person")}
add("a11_fact_check_westminster_city_2025.txt", "2026-02-10", [
    ("FACT CHECK: Is Westminster really London's crime capital? We checked five claims", []),
    ("A post shared more than 40,000 times last week said: \"Westminster now records more crime than Camden, Newham "
     "and Southwark combined.\"", [
        E("Westminster now records more crime than Camden, Newham and Southwark combined",
          F(a25[WM] > a25["Camden"] + a25["Newham"] + a25["Southwark"]), "compare",
          f"2025: Westminster {a25[WM]}; Camden {a25['Camden']} + Newham {a25['Newham']} + Southwark {a25['Southwark']} = "
          f"{a25['Camden'] + a25['Newham'] + a25['Southwark']}", "false")]),
    ("That is wrong. Westminster recorded 83,549 offences in 2025, about twice as many as Camden, the borough with the "
     "next highest total.", [
        E("83,549 offences in 2025", T(a25[WM] == 83549), "count", f"Westminster 2025 {a25[WM]}", "true"),
        E("about twice as many as Camden", T(1.9 <= a25[WM] / a25["Camden"] <= 2.1 and rank_of("Camden", a25) == 2), "compare",
          f"Camden {a25['Camden']} (second): {a25[WM] / a25['Camden']:.2f}x", "true")]),
    ("A Westminster councillor told a public meeting that crime in the borough fell by 9% last year. That is correct.", [
        E("crime in the borough fell by 9% last year", T(pct_is(-9, wm[2025], wm[2024])), "change",
          f"Westminster {ser(wm)} = {pct(wm[2025], wm[2024]):+.1f}%", "true")]),
    ("A third claim, that nearly 30% of all thefts from the person in London happen in Westminster, also stands up.", [
        E("nearly 30% of all thefts from the person in London", T(all(28.5 <= 100 * wm_tfp / t < 30 for t in L_tfp25)), "share",
          f"Westminster {wm_tfp} of London {L_tfp25} = {100 * wm_tfp / L_tfp25[0]:.1f}% / {100 * wm_tfp / L_tfp25[1]:.1f}%",
          "true")]),
    ("An MP said shoplifting in Westminster has trebled since 2021. In fact it has slightly more than trebled, from "
     "2,488 to 7,874.", [
        E("shoplifting in Westminster has trebled since 2021", T(3.0 <= wm_shop[2025] / wm_shop[2021] < 3.3), "change",
          f"Westminster shoplifting {ser(wm_shop)} = {wm_shop[2025] / wm_shop[2021]:.2f}x", "true")]),
    ("But the claim that robbery in Westminster is at a record high does not hold: robbery fell for a second year in "
     "2025 and remains well below its 2019 peak.", [
        E("robbery in Westminster is at a record high", F(wm_rob[2025] == max(wm_rob.values())), "record",
          f"Westminster robbery {ser(wm_rob)}", "false"),
        E("robbery fell for a second year in 2025", T(wm_rob[2025] < wm_rob[2024] < wm_rob[2023] and wm_rob[2023] > wm_rob[2022]
                                                      and wm_rob[2019] == max(wm_rob.values())),
          "streak", f"2023 {wm_rob[2023]} -> 2024 {wm_rob[2024]} -> 2025 {wm_rob[2025]}; the 2019 peak {wm_rob[2019]}", "true")]),
    ("Per resident, Westminster's rate is more than 300 crimes per 1,000 people. A mayoral candidate called this the "
     "highest crime rate in the country, which this data cannot settle, because it covers London only.", [
        E("more than 300 crimes per 1,000 people", T(all(r > 300 for r in wm_rate.values())), "rate",
          f"{a25[WM]} / GLA population: {wm_rate[2024]:.0f} (2024 pop), {wm_rate[2025]:.0f} (2025 pop); ONS mid-2019 "
          f"{wm_rate[2019]:.0f}", "true"),
        NV("the highest crime rate in the country", "borough data cover London only; no national local-authority table is held")]),
    ("Our verdict: misleading. Westminster's figures are swollen by the million or so visitors who pass through it on a "
     "typical day.", [
        NV("the million or so visitors who pass through it on a typical day", "visitor numbers are not in the data")]),
    ("Dr Ana Ruiz, a criminologist at a London university, said: \"Westminster is a perfectly safe place to live. "
     "Raw totals like these are a poor guide to anyone's risk.\"", [
        OP("Westminster is a perfectly safe place to live")]),
    ("What about the Square Mile? City of London Police figures show crime there fell by around a tenth in 2025, but "
     "burglary rose by more than a third, to 459.", [
        E("fell by around a tenth in 2025", T(all(-12 <= pct(colc[2025][i], colc[2024][i]) <= -8 for i in (0, 1))), "change",
          f"City of London street rows with / without ASB 2024 {colc[2024]}, 2025 {colc[2025]}: "
          f"{pct(colc[2025][0], colc[2024][0]):+.1f}% / {pct(colc[2025][1], colc[2024][1]):+.1f}%", "true"),
        E("burglary rose by more than a third, to 459", T(col_burg[2025] == 459 and pct(col_burg[2025], col_burg[2024]) > 33.4),
          "change", f"City burglary {ser(col_burg)} = {pct(col_burg[2025], col_burg[2024]):+.1f}%", "true")]),
    ("Thefts from the person in the City fell by almost a fifth, and shoplifting is now the most common crime there.", [
        E("fell by almost a fifth", T(-20 < pct(col_tfp[2025], col_tfp[2024]) <= -17), "change",
          f"City theft from the person {ser(col_tfp)} = {pct(col_tfp[2025], col_tfp[2024]):+.1f}%", "true"),
        E("shoplifting is now the most common crime there", F(max(col_types25, key=col_types25.get) == "Shoplifting"), "rank",
          f"City 2025 by type: {ser(col_types25)}", "false")]),
])

# ====================================================================== a12 residents' newsletter: Sutton, early 2026
ST = "Sutton"


def su(ym, **kw):
    return mps(borough=ST, mm=[ym], **kw)


st_y = yearly(borough=ST)
st_burg_m = {ym: su(ym, major="BURGLARY") for ym in months(2010, 4, 2026, 2)}
st_knife = (sum(dash("Knife Crime", borough=ST, mm=[ym]) for ym in ("202601", "202602")),
            sum(dash("Knife Crime", borough=ST, mm=[ym]) for ym in ("202501", "202502")))
st_r12 = (mps(borough=ST, mm=r12(2026, 2)), mps(borough=ST, mm=r12(2025, 2)))
add("a12_residents_newsletter_sutton_2026.txt", "2026-03-25", [
    ("Carshalton Beeches Residents' Association: Spring Newsletter 2026", []),
    ("Crime and safety update from your committee", []),
    ("The latest police figures for the borough make mixed reading. In February police recorded 999 crimes in Sutton, "
     "up slightly on the same month a year earlier, and January's total of 1,007 was also higher than a year before.", [
        E("999 crimes in Sutton", T(su("202602") == 999 and su("202602") > su("202502")), "change",
          f"Sutton Feb 2026 {su('202602')} vs Feb 2025 {su('202502')}", "true"),
        E("January's total of 1,007 was also higher than a year before", T(su("202601") == 1007 and su("202601") > su("202501")),
          "compare", f"Jan 2026 {su('202601')} vs Jan 2025 {su('202501')}", "true")]),
    ("Over the last twelve months crime in Sutton was up 3% on the previous twelve.", [
        E("up 3% on the previous twelve", T(pct_is(3, *st_r12)), "change",
          f"12 months to Feb 2026 {st_r12[0]} vs to Feb 2025 {st_r12[1]} = {pct(*st_r12):+.2f}%", "true")]),
    ("For the whole of 2025 the total was almost exactly the same as in 2024, and it was the highest year on record for "
     "the borough.", [
        E("almost exactly the same as in 2024", T(abs(st_y[2025] - st_y[2024]) <= 10), "equal",
          f"Sutton 2025 {st_y[2025]}, 2024 {st_y[2024]}", "true"),
        E("the highest year on record for the borough", F(st_y[2025] == max(st_y.values())), "record",
          f"Sutton {ser(st_y)}: 2019 was higher", "false")]),
    ("On the brighter side, burglary fell to 56 in February, the lowest for any month since 2021.", [
        E("the lowest for any month since 2021", F(st_burg_m["202602"] == 56 and
                                                   max(k for k, v in st_burg_m.items() if k < "202602" and v < 56) < "202201"),
          "record", f"Sutton burglary Feb 2026 {st_burg_m['202602']}; but February 2024 {st_burg_m['202402']} and June 2024 "
          f"{st_burg_m['202406']} were lower (the last lower month is June 2024)", "false")]),
    ("Break-ins at people's homes were also down on last February.", [
        E("Break-ins at people's homes were also down on last February",
          F(su("202602", minor="RES BURGLARY OF A HOME") < su("202502", minor="RES BURGLARY OF A HOME")), "direction",
          f"residential burglary of a home Feb 2026 {su('202602', minor='RES BURGLARY OF A HOME')} vs Feb 2025 "
          f"{su('202502', minor='RES BURGLARY OF A HOME')}: up", "false")]),
    ("Knife crime in the first two months of the year was about half the level of a year earlier.", [
        E("about half the level of a year earlier", T(0.45 <= st_knife[0] / st_knife[1] <= 0.55), "change",
          f"MPS dashboard knife crime Sutton Jan+Feb 2026 {st_knife[0]} vs Jan+Feb 2025 {st_knife[1]}", "true")]),
    ("Less happily, robbery nearly doubled in February compared with January, and vehicle crime was up almost 30% on "
     "February 2025.", [
        E("robbery nearly doubled in February compared with January", F(su("202602", major="ROBBERY") >= 1.8 * su("202601", major="ROBBERY")),
          "change", f"robbery Jan 2026 {su('202601', major='ROBBERY')}, Feb 2026 {su('202602', major='ROBBERY')}: +50%", "false"),
        E("vehicle crime was up almost 30%", T(27 <= pct(su("202602", major="VEHICLE OFFENCES"), su("202502", major="VEHICLE OFFENCES")) < 30),
          "change", f"vehicle offences Feb 2026 {su('202602', major='VEHICLE OFFENCES')} vs Feb 2025 "
          f"{su('202502', major='VEHICLE OFFENCES')}", "true")]),
    ("Our ward has lost two of its four PCSOs since 2023, and members tell us the 101 line now takes 20 minutes to "
     "answer.", [
        NV("lost two of its four PCSOs", "ward staffing is not in the data"),
        NV("the 101 line now takes 20 minutes to answer", "call-answer times are not in the data")]),
    ("The committee believes the council's decision to dim street lights after midnight has made Beeches Avenue less "
     "safe. Our neighbourhood remains a lovely place to live.", [
        OP("has made Beeches Avenue less safe"), OP("Our neighbourhood remains a lovely place to live")]),
    ("The next ward panel meeting is on Thursday 16 April at 7pm at 42 Station Road.", []),
])

# ====================================================================== a13 national-paper feature: the first lockdown, one year on
A20, A19 = ["202004"], ["201904"]
ALLM = months(2010, 4, 2021, 2)


def lk(mm, **kw):
    return lon(mm, **kw)


apr = {k: (lk(A20, **kw), lk(A19, **kw)) for k, kw in {
    "all": {}, "tfp": {"minor": "THEFT FROM THE PERSON"}, "rob": {"major": "ROBBERY"}, "burg": {"major": "BURGLARY"},
    "drug": {"major": "DRUG OFFENCES"}, "shop": {"minor": "SHOPLIFTING"}, "hom": {"minor": "HOMICIDE"},
    "vwi": {"minor": "VIOLENCE WITH INJURY"}}.items()}
monthly = {ym: lk([ym]) for ym in ALLM}
q2hom = (lk(months(2020, 4, 2020, 6), minor="HOMICIDE"), lk(months(2019, 4, 2019, 6), minor="HOMICIDE"))
L_bike20 = lon_years(range(2011, 2021), minor="BICYCLE THEFT")
L1920 = lon_years((2019, 2020))


def apct(k, i):
    return pct(apr[k][0][i], apr[k][1][i])


add("a13_feature_lockdown_one_year_on.txt", "2021-03-23", [
    ("One year on: the month London's criminals stayed at home", []),
    ("By our Home Affairs Editor, 23 March 2021", []),
    ("A year ago today Boris Johnson told the country to stay at home. In April 2020, the first full month of "
     "lockdown, the Met recorded fewer than 45,000 offences, more than a third fewer than in April 2019 and the lowest "
     "monthly total since its current records began.", [
        E("fewer than 45,000 offences", F(any(apr["all"][0][i] < 45000 for i in (0, 1))), "count",
          f"April 2020 {apr['all'][0]}: over 48,000", "false"),
        E("more than a third fewer than in April 2019", T(both(lambda i: apct("all", i) < -33.4)), "change",
          f"April 2019 {apr['all'][1]}: {apct('all', 0):+.1f}% / {apct('all', 1):+.1f}%", "true"),
        E("the lowest monthly total since its current records began",
          T(both(lambda i: monthly["202004"][i] == min(v[i] for v in monthly.values()))), "record",
          "April 2020 is the lowest month from April 2010 to February 2021 on both readings", "true")]),
    ("With the streets empty that month, thefts from the person collapsed by 86%, and robbery fell by more than two thirds.", [
        E("collapsed by 86%", T(both(lambda i: pct_is(-86, apr["tfp"][0][i], apr["tfp"][1][i]))), "change",
          f"theft from the person April 2020 vs 2019 {apr['tfp']}: {apct('tfp', 0):+.1f}% / {apct('tfp', 1):+.1f}%", "true"),
        E("fell by more than two thirds", T(both(lambda i: apct("rob", i) < -66.7)), "change",
          f"robbery {apr['rob']}: {apct('rob', 0):+.1f}% / {apct('rob', 1):+.1f}%", "true")]),
    ("Burglary fell by 42% as people stayed in their homes, and shoplifting more than halved with most shops shut.", [
        E("Burglary fell by 42%", T(both(lambda i: pct_is(-42, apr["burg"][0][i], apr["burg"][1][i]))), "change",
          f"burglary {apr['burg']}: {apct('burg', 0):+.1f}% / {apct('burg', 1):+.1f}%", "true"),
        E("shoplifting more than halved", T(both(lambda i: apct("shop", i) < -50)), "change",
          f"shoplifting {apr['shop']}: {apct('shop', 0):+.1f}% / {apct('shop', 1):+.1f}%", "true")]),
    ("Drug offences went the other way, rising by almost half, as officers with time on their hands stopped and "
     "searched more young men. Stop and search in London rose by around 40% in May 2020.", [
        NV("Stop and search in London rose by around 40% in May 2020", "Met stop-and-search files are held for Jan-Mar 2018 only"),
        E("rising by almost half", T(both(lambda i: 42 <= apct("drug", i) < 50)), "change",
          f"drug offences {apr['drug']}: {apct('drug', 0):+.1f}% / {apct('drug', 1):+.1f}%", "true")]),
    ("Violence, though, barely moved: violence with injury in April was only slightly below its level a year earlier.", [
        E("only slightly below its level a year earlier", F(any(apct("vwi", i) > -10 for i in (0, 1))), "change",
          f"violence with injury {apr['vwi']}: {apct('vwi', 0):+.1f}% / {apct('vwi', 1):+.1f}%: down a quarter", "false")]),
    ("Twelve homicides were recorded in April, almost the same as the 13 of April 2019, and between April and June "
     "homicides were down by half.", [
        E("Twelve homicides were recorded in April", T(apr["hom"][0] == (12, 12) and apr["hom"][1] == (13, 13)), "count",
          f"homicide offences April 2020 {apr['hom'][0]}, April 2019 {apr['hom'][1]}", "true"),
        E("between April and June homicides were down by half", F(both(lambda i: -55 <= pct(q2hom[0][i], q2hom[1][i]) <= -45)),
          "change", f"homicide Apr-Jun 2020 vs 2019 {q2hom}: {pct(q2hom[0][0], q2hom[1][0]):+.1f}%", "false")]),
    ("Over the whole of 2020, recorded crime in London fell by a quarter.", [
        E("fell by a quarter", F(any(-28 <= pct(L1920[2020][i], L1920[2019][i]) <= -22 for i in (0, 1))), "change",
          f"all crime 2019 {L1920[2019]}, 2020 {L1920[2020]}: {pct(L1920[2020][0], L1920[2019][0]):+.1f}% / "
          f"{pct(L1920[2020][1], L1920[2019][1]):+.1f}%: about a seventh", "false")]),
    ("The one crime that boomed was bike theft: with cycling surging, bicycle thefts in 2020 reached the highest level "
     "on record.", [
        E("bicycle thefts in 2020 reached the highest level on record", T(both(lambda i: L_bike20[2020][i] == max(v[i] for v in L_bike20.values()))),
          "record", f"bicycle theft {pair(L_bike20)}", "true")]),
    ("Refuge says calls to its helpline rose by a quarter in the first weeks, and the Met handed out more than 12,000 "
     "fines for breaking the rules.", [
        NV("calls to its helpline rose by a quarter", "helpline calls are not in the data"),
        NV("more than 12,000 fines for breaking the rules", "lockdown fines are not in the data")]),
    ("If the lockdown proved anything, it is that crime follows opportunity, and ministers were wrong to hand police "
     "such sweeping powers.", [
        OP("crime follows opportunity"), OP("ministers were wrong to hand police such sweeping powers")]),
])
