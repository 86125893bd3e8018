"""set16 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs on claims or its tests, nor the older sets' specs beyond
the format head of set9's, their inputs or reports). Every factual claim is true or false *by design*; holds() (via
SpecBook.T / SpecBook.F from ../truth_sets.py) checks that design against the raw files and raises if they disagree.
The notes give the figures and how they were computed. London-wide MPS claims are checked two ways (every row of the
borough parquet, and the 32 boroughs alone) and hold, or fail, on both.
CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
from truth16 import (  # noqa: F401
    BOROUGHS32,
    A,
    C,
    I,
    O,
    U,
    SpecBook,
    _dash,
    _victims,
    animals,
    cal,
    col,
    col_u,
    dash,
    falls_in_a_row,
    force_street,
    fy,
    fyearly,
    gla_pop,
    knife32,
    knife100k,
    last_higher,
    last_lower,
    lon,
    lon_years,
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
    rate,
    rate_ok,
    rises_in_a_row,
    ser,
    victims,
    victims_by,
    victims_years,
    yearly,
)

book = SpecBook()
UNITS, CLASS, REASON = book.UNITS, book.CLASS, book.REASON
E, add, one, T, F, NV, OP = book.E, book.add, book.one, book.T, book.F, book.NV, book.OP

MPSN = "MPS borough parquet (historical + current extract), NFIB fraud excluded"
PUK = "police.uk street files (police-uk-forces/, rows as published; no duplicated Crime IDs in these forces)"


def frac(a, b):
    return a / b


def both(pair, pred):
    """pred holds on (all rows, 32 boroughs) alike."""
    return pred(pair[0]) and pred(pair[1])


# ====================================================================== a1 local paper: Haringey, calendar 2025
HG = "Haringey"
hg_all = yearly(borough=HG)
hg_shop = yearly(minor="SHOPLIFTING", borough=HG)
hg_drug = yearly(major="DRUG OFFENCES", borough=HG)
hg_burg = yearly(major="BURGLARY", borough=HG)
hg_veh = yearly(major="VEHICLE OFFENCES", borough=HG)
hg_vwi = yearly(minor="VIOLENCE WITH INJURY", borough=HG)
hg_sex = yearly(major="SEXUAL OFFENCES", borough=HG)
all25 = mps_by_borough(mm=cal(2025))
hg_rate = rate(HG, hg_all[2025], 2025)
lon_rate25 = 1000 * sum(all25.values()) / london32_pop(2025)
add("a1_haringey_local_2025.txt", "2026-03-24", [
    ("Shoplifting up by a third in Haringey as drug offences soar", [
        E("up by a third", T(abs(pct(hg_shop[2025], hg_shop[2024]) - 33.3) <= 1.5), "change",
          f"{MPSN}; Haringey shoplifting calendar 2025 {hg_shop[2025]} vs 2024 {hg_shop[2024]} = "
          f"{pct(hg_shop[2025], hg_shop[2024]):+.1f}% (a third = 33.3%)", "true")]),
    ("By Hannah Okafor, Local Democracy Reporting Service", []),
    ("Police recorded 29,167 offences in Haringey last year, up 4% on 2024, according to figures published by the "
     "Metropolitan Police this month.", [
        E("29,167 offences", T(hg_all[2025] == 29167), "count",
          f"{MPSN}; Haringey all offences calendar 2025 = {hg_all[2025]}", "true"),
        E("up 4% on 2024", F(pct_is(4, hg_all[2025], hg_all[2024])), "change",
          f"Haringey 2025 {hg_all[2025]} vs 2024 {hg_all[2024]} = {pct(hg_all[2025], hg_all[2024]):+.1f}%, not 4%", "false")]),
    ("Shoplifting climbed from 2,231 offences to 2,958, the highest figure since records began and the third year in "
     "a row it has gone up.", [
        E("highest figure since records began", T(hg_shop[2025] == max(hg_shop.values())), "record",
          f"Haringey shoplifting by calendar year {ser(hg_shop)} (series from April 2010; 2025 is the maximum)", "true"),
        E("third year in a row", T(rises_in_a_row(hg_shop, 2025) == 3), "streak",
          f"rises in 2023, 2024, 2025 after a fall in 2022 ({hg_shop[2022]} < {hg_shop[2021]}): "
          f"{rises_in_a_row(hg_shop, 2025)} in a row", "true")]),
    ("Drug offences jumped by 44 per cent to 2,101, which officers put down to more stop and search in Tottenham "
     "and Wood Green.", [
        E("44 per cent", T(pct_is(44, hg_drug[2025], hg_drug[2024])), "change",
          f"Haringey drug offences 2025 {hg_drug[2025]} vs 2024 {hg_drug[2024]} = "
          f"{pct(hg_drug[2025], hg_drug[2024]):+.1f}%", "true"),
        ]),
    ("Burglaries fell by around an eighth to 1,477, the lowest number on record for the borough.", [
        E("around an eighth", T(abs(pct(hg_burg[2025], hg_burg[2024]) + 12.5) <= 1.0), "change",
          f"Haringey burglary 2025 {hg_burg[2025]} vs 2024 {hg_burg[2024]} = {pct(hg_burg[2025], hg_burg[2024]):+.1f}% "
          "(an eighth = 12.5%)", "true"),
        E("lowest number on record", T(hg_burg[2025] == min(hg_burg.values())), "record",
          f"Haringey burglary by calendar year {ser(hg_burg)}", "true")]),
    ("Car crime also fell, to 3,438 offences, its lowest level since 2014.", [
        E("lowest level since 2014", F(last_lower(hg_veh, 2025) in (None, 2014) and all(
            hg_veh[y] > hg_veh[2025] for y in range(2015, 2025))), "record",
          f"car crime = MPS vehicle offences; Haringey by year {ser(hg_veh)}: 2015 ({hg_veh[2015]}) and 2016 "
          f"({hg_veh[2016]}) were lower than 2025, so it is the lowest since 2016, not 2014", "false")]),
    ("Violence with injury went up as well, and sexual offences rose by almost a fifth, to 941.", [
        E("Violence with injury went up", F(hg_vwi[2025] > hg_vwi[2024]), "direction",
          f"Haringey violence with injury 2025 {hg_vwi[2025]} vs 2024 {hg_vwi[2024]}: it fell", "false"),
        E("almost a fifth", F(17 <= pct(hg_sex[2025], hg_sex[2024]) <= 20), "change",
          f"Haringey sexual offences 2025 {hg_sex[2025]} vs 2024 {hg_sex[2024]} = "
          f"{pct(hg_sex[2025], hg_sex[2024]):+.1f}%, not almost a fifth", "false")]),
    ("Haringey has the 14th highest crime total of London's 32 boroughs, and at around 98 offences per 1,000 "
     "residents its crime rate is above the London average.", [
        E("14th highest", T(rank_of(HG, all25) == 14), "rank",
          f"2025 all offences by borough, Haringey {all25[HG]} ranks {rank_of(HG, all25)} of 32", "true"),
        E("98 offences per 1,000", T(rate_ok(HG, hg_all[2025], 2025, 98) and hg_rate > lon_rate25), "rate",
          f"Haringey {hg_all[2025]} / GLA population 2025 {gla_pop(HG, 2025)} = {hg_rate:.1f} per 1,000 "
          f"(2024 population: {rate(HG, hg_all[2025], 2024):.1f}); London 32 boroughs {lon_rate25:.1f}", "true")]),
    ("Cllr Dana Carlin, cabinet member for community safety, said: \u201cThese figures show our joint work with the "
     "police is paying off, and I want to thank every officer who has worked so hard this year.\u201d", [
        OP("paying off", "a councillor's judgement on policy, no figure")]),
    ("But the borough's neighbourhood teams have lost a third of their officers since 2022, according to the local "
     "police federation, and only one burglary in twenty ends with someone charged.", [
        NV("lost a third of their officers", "officer numbers are not in the open data"),
        NV("one burglary in twenty", "charge / outcome rates by borough are not in the data (MPS custody is London-wide "
           "and counts disposals of arrests, not burglaries solved)")]),
])

# ====================================================================== a2 national tabloid: London shoplifting 2025
shop = lon_years(minor="SHOPLIFTING")
tfp = lon_years(minor="THEFT FROM THE PERSON")
rob = lon_years(major="ROBBERY")
shop25 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2025))
shop24 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2024))
shop_chg = {b: pct(shop25[b], shop24[b]) for b in shop25}
WM, KC, CR, BD = "Westminster", "Kensington and Chelsea", "Croydon", "Barking and Dagenham"
add("a2_tabloid_shoplifting_2025.txt", "2026-03-27", [
    ("SHOPLIFTING SHAME: THIEVES RAID LONDON STORES 240 TIMES A DAY", [
        E("240 TIMES A DAY", T(near(240, shop[0][2025] / 365) and near(240, shop[1][2025] / 365)), "count",
          f"{MPSN}; London shoplifting 2025 {shop[0][2025]} (all rows) / {shop[1][2025]} (32 boroughs) over 365 days = "
          f"{shop[0][2025] / 365:.1f} / {shop[1][2025] / 365:.1f} a day", "true")]),
    ("Shoplifters struck more than 88,000 times in the capital last year \u2013 the highest figure since records began, "
     "Met Police data reveals.", [
        E("highest figure since records began", T(all(s[2025] == max(s.values()) for s in shop)), "record",
          f"London shoplifting by year (all rows) {ser(shop[0])}; 32 boroughs 2025 {shop[1][2025]} is also the maximum "
          "(both over 88,000)",
          "true")]),
    ("It is the fourth year in a row that shop thefts have gone up, and the total is more than double the figure "
     "for 2022.", [
        E("fourth year in a row", T(all(rises_in_a_row(s, 2025) == 4 for s in shop)), "streak",
          f"rises 2022-2025 after a fall in 2021 ({shop[0][2021]} < {shop[0][2020]}); same on 32 boroughs", "true"),
        E("more than double", T(all(s[2025] > 2 * s[2022] for s in shop)), "compare",
          f"2025 {shop[0][2025]} vs 2022 {shop[0][2022]} = x{shop[0][2025] / shop[0][2022]:.2f} "
          f"(32 boroughs x{shop[1][2025] / shop[1][2022]:.2f})", "true")]),
    ("Campaigners say shoplifting has now trebled since 2021.", [
        E("trebled since 2021", F(all(s[2025] >= 2.95 * s[2021] for s in shop)), "change",
          f"2025 {shop[0][2025]} vs 2021 {shop[0][2021]} = x{shop[0][2025] / shop[0][2021]:.2f} "
          f"(32 boroughs x{shop[1][2025] / shop[1][2021]:.2f}): not trebled", "false")]),
    ("Westminster alone logged 7,874 offences, up a fifth, while Kensington and Chelsea saw the steepest rise of any "
     "borough, more than a third.", [
        E("up a fifth", T(shop25[WM] == 7874 and abs(shop_chg[WM] - 20) <= 1), "change",
          f"Westminster shoplifting 2025 {shop25[WM]} vs 2024 {shop24[WM]} = {shop_chg[WM]:+.1f}%", "true"),
        E("steepest rise of any borough", T(rank_of(KC, shop_chg) == 1 and shop_chg[KC] > 33.3), "rank",
          f"K&C shoplifting {shop25[KC]} vs {shop24[KC]} = {shop_chg[KC]:+.1f}%, the largest rise of the 32 boroughs "
          f"(next: {sorted(shop_chg.values())[-2]:+.1f}%)", "true")]),
    ("Croydon bucked the trend with a fall of a quarter \u2013 and Barking and Dagenham recorded the fewest "
     "shoplifting offences of anywhere in London.", [
        E("fall of a quarter", T(abs(shop_chg[CR] + 25) <= 1), "change",
          f"Croydon shoplifting {shop25[CR]} vs {shop24[CR]} = {shop_chg[CR]:+.1f}% (other boroughs fell too, e.g. "
          f"Barking and Dagenham {shop_chg[BD]:+.1f}%; the claim judged is Croydon's fall)", "true"),
        E("recorded the fewest", T(rank_of(BD, shop25, desc=False) == 1), "rank",
          f"Barking and Dagenham {shop25[BD]}, lowest of 32 boroughs", "true")]),
    ("Pickpocketing and snatch thefts also soared to a record 101,000 last year, and robberies were up too.", [
        E("record 101,000", F(all(abs(s[2025] - 101000) <= 1000 for s in tfp)), "count",
          f"theft from the person 2025 {tfp[0][2025]} (32 boroughs {tfp[1][2025]}); 101,053 was 2024's figure: "
          "right figure, wrong year", "false"),
        E("robberies were up too", F(all(s[2025] > s[2024] for s in rob)), "direction",
          f"London robbery 2025 {rob[0][2025]} vs 2024 {rob[0][2024]} (32 boroughs {rob[1][2025]} vs {rob[1][2024]}): fell",
          "false")]),
    ("The British Retail Consortium says theft now costs shops \u00a32.2 billion a year, and only one shoplifter in "
     "ten is ever caught.", [
        NV("\u00a32.2 billion a year", "costs to retailers are not in police-recorded crime data"),
        NV("one shoplifter in ten is ever caught", "detection / arrest rates for shoplifting are not in the data")]),
    ("One store manager told us: \u201cSadiq Khan has given up on law and order. Nobody is scared of getting "
     "caught any more.\u201d", [
        OP("given up on law and order", "a judgement about a politician")]),
])

# ====================================================================== a3 broadsheet: Wales, Jan-Nov 2022
M22 = months(2022, 1, 2022, 11)
DP, SW = "dyfed-powys", "south-wales"
dp_rows, dp_cr = force_street(DP, M22), force_street(DP, M22, crime_only=True)
sw_rows, sw_cr = force_street(SW, M22), force_street(SW, M22, crime_only=True)
dp_vso = force_street(DP, M22, "Violence and sexual offences")
sw_m_rows = {m: force_street(SW, [m]) for m in M22}
sw_m_cr = {m: force_street(SW, [m], crime_only=True) for m in M22}
dp_m_rows = {m: force_street(DP, [m]) for m in M22}
dp_m_cr = {m: force_street(DP, [m], crime_only=True) for m in M22}
dp_drug = {m: force_street(DP, [m], "Drugs") for m in M22}
sw_shop = {m: force_street(SW, [m], "Shoplifting") for m in M22}
sw_burg = {m: force_street(SW, [m], "Burglary") for m in M22}
sw_veh = {m: force_street(SW, [m], "Vehicle crime") for m in M22}
sw_asb = force_street(SW, M22, "Anti-social behaviour")
sw_vso = force_street(SW, M22, "Violence and sexual offences")
dp_rob, sw_rob = force_street(DP, M22, "Robbery"), force_street(SW, M22, "Robbery")
add("a3_broadsheet_wales_2022.txt", "2023-01-24", [
    ("Violence dominates the crime figures in rural Wales", []),
    ("Our Wales correspondent on eleven months of police data", []),
    ("Dyfed-Powys Police recorded 47,214 crimes and incidents of anti-social behaviour between January and November "
     "last year, the latest police.uk figures show.", [
        E("47,214 crimes and incidents", T(dp_rows == 47214), "count",
          f"{PUK}; Dyfed-Powys 2022-01..11 all rows incl. ASB = {dp_rows} (crimes alone {dp_cr})", "true")]),
    ("Violence and sexual offences accounted for 22,038 of them \u2013 more than half of all crimes once anti-social "
     "behaviour is set aside.", [
        E("more than half of all crimes", T(dp_vso == 22038 and dp_vso / dp_cr > 0.5), "share",
          f"Dyfed-Powys violence and sexual offences {dp_vso} / crimes excl. ASB {dp_cr} = {100 * dp_vso / dp_cr:.1f}% "
          f"(of all rows incl. ASB it would be {100 * dp_vso / dp_rows:.1f}%; the sentence sets ASB aside)", "true")]),
    ("South Wales Police, which covers Cardiff, Swansea and the valleys, recorded more than twice as many crimes as "
     "its rural neighbour.", [
        E("more than twice as many", T(sw_cr > 2 * dp_cr and sw_rows > 2 * dp_rows), "compare",
          f"South Wales crimes {sw_cr} vs Dyfed-Powys {dp_cr} = x{sw_cr / dp_cr:.2f} (with ASB {sw_rows} vs {dp_rows} = "
          f"x{sw_rows / dp_rows:.2f})", "true")]),
    ("August was the busiest month for both forces, while January was the quietest in South Wales.", [
        E("busiest month for both forces", T(all(max(d, key=d.get) == "202208" for d in (sw_m_rows, sw_m_cr, dp_m_rows, dp_m_cr))),
          "rank", f"monthly rows / crimes: South Wales {ser(sw_m_rows)}; Dyfed-Powys {ser(dp_m_rows)}; August is the "
          "maximum with and without ASB for both", "true"),
        E("January was the quietest", F(min(sw_m_rows, key=sw_m_rows.get) == "202201" or min(sw_m_cr, key=sw_m_cr.get) == "202201"),
          "rank", f"South Wales quietest month is February ({sw_m_rows['202202']} rows, {sw_m_cr['202202']} crimes); "
          f"January had {sw_m_rows['202201']} / {sw_m_cr['202201']}", "false")]),
    ("Drug offences in Dyfed-Powys nearly doubled between January and October, from 114 to 224.", [
        E("nearly doubled", T(dp_drug["202201"] == 114 and dp_drug["202210"] == 224 and 1.85 <= dp_drug["202210"] / dp_drug["202201"] < 2),
          "change", f"Dyfed-Powys Drugs Jan 2022 {dp_drug['202201']}, Oct {dp_drug['202210']} = "
          f"x{dp_drug['202210'] / dp_drug['202201']:.2f}", "true")]),
    ("In South Wales, shoplifting rose by half between January and May, and the force recorded exactly as many "
     "burglaries in September as in July.", [
        E("rose by half", T(abs(pct(sw_shop["202205"], sw_shop["202201"]) - 50) <= 1.5), "change",
          f"South Wales Shoplifting Jan {sw_shop['202201']}, May {sw_shop['202205']} = "
          f"{pct(sw_shop['202205'], sw_shop['202201']):+.1f}%", "true"),
        E("exactly as many", T(sw_burg["202209"] == sw_burg["202207"]), "equal",
          f"South Wales Burglary Jul {sw_burg['202207']}, Sep {sw_burg['202209']}", "true")]),
    ("Vehicle crime there peaked in May, and anti-social behaviour was the most common category of all.", [
        E("peaked in May", F(max(sw_veh, key=sw_veh.get) == "202205"), "turn",
          f"South Wales Vehicle crime by month {ser(sw_veh)}: the peak is October", "false"),
        E("most common category", F(sw_asb > sw_vso), "rank",
          f"South Wales ASB {sw_asb} vs violence and sexual offences {sw_vso}: violence is the most common", "false")]),
    ("Robbery remains rare: Dyfed-Powys recorded 81 robberies in those eleven months, about a sixth of South Wales's "
     "total.", [
        E("about a sixth", T(dp_rob == 81 and abs(dp_rob / sw_rob - 1 / 6) <= 0.01), "compare",
          f"robbery Dyfed-Powys {dp_rob}, South Wales {sw_rob}: ratio {dp_rob / sw_rob:.3f} (a sixth = 0.167)", "true")]),
    ("Only one violent crime in sixteen in the Dyfed-Powys area leads to a charge, and the force now has fewer than "
     "1,200 officers.", [
        NV("one violent crime in sixteen", "no outcomes files for these forces and months; charge rates are not held"),
        NV("fewer than 1,200 officers", "officer numbers are not in the data")]),
    ("Plaid Cymru's policing spokesperson said rural communities had been \u201cabandoned by a Home Office that treats "
     "Wales as an afterthought\u201d.", [
        OP("abandoned by a Home Office", "a political judgement")]),
])

# ====================================================================== a4 council press release: Lambeth 2025
LB = "Lambeth"
rob25 = mps_by_borough(major="ROBBERY", mm=cal(2025))
rob24 = mps_by_borough(major="ROBBERY", mm=cal(2024))
rob_chg = {b: pct(rob25[b], rob24[b]) for b in rob25}
veh25 = mps_by_borough(major="VEHICLE OFFENCES", mm=cal(2025))
veh24 = mps_by_borough(major="VEHICLE OFFENCES", mm=cal(2024))
veh_chg = {b: pct(veh25[b], veh24[b]) for b in veh25}
lb_veh = yearly(major="VEHICLE OFFENCES", borough=LB)
lb_burg = yearly(major="BURGLARY", borough=LB)
lb_all = yearly(borough=LB)
lb_knife25, lb_knife24 = dash(borough=LB, mm=cal(2025)), dash(borough=LB, mm=cal(2024))
lb_knife_fy25, lb_knife_fy24 = dash(borough=LB, mm=fy(2025)), dash(borough=LB, mm=fy(2024))
lb_rate = rate(LB, lb_all[2025], 2025)
rates25 = {b: rate(b, all25[b], 2025) for b in all25}
INNER = ["Camden", "Greenwich", "Hackney", "Hammersmith and Fulham", "Islington", "Kensington and Chelsea", "Lambeth",
         "Lewisham", "Southwark", "Tower Hamlets", "Wandsworth", "Westminster"]
inner_lower = sorted(b for b in INNER if rates25[b] < lb_rate)
lb_cats = {}
for maj in ("VIOLENCE AGAINST THE PERSON", "ROBBERY", "BURGLARY", "THEFT", "VEHICLE OFFENCES", "SEXUAL OFFENCES",
            "DRUG OFFENCES", "POSSESSION OF WEAPONS", "ARSON AND CRIMINAL DAMAGE", "PUBLIC ORDER OFFENCES"):
    lb_cats[maj] = pct(mps(major=maj, borough=LB, mm=cal(2025)), mps(major=maj, borough=LB, mm=cal(2024)))
lb_tfp = yearly(minor="THEFT FROM THE PERSON", borough=LB, years=(2024, 2025))
lb_shop = yearly(minor="SHOPLIFTING", borough=LB, years=(2024, 2025))
add("a4_lambeth_council_release.txt", "2026-03-26", [
    ("PRESS RELEASE: Robbery and car crime down sharply in Lambeth", []),
    ("Lambeth Council, 26 March 2026", []),
    ("Robbery in Lambeth fell by more than a quarter in 2025, from 2,329 offences to 1,717 \u2013 the biggest fall of "
     "any London borough.", [
        E("more than a quarter", T(rob24[LB] == 2329 and rob25[LB] == 1717 and rob_chg[LB] < -25), "change",
          f"{MPSN}; Lambeth robbery 2025 {rob25[LB]} vs 2024 {rob24[LB]} = {rob_chg[LB]:+.1f}%", "true"),
        E("biggest fall of any London borough", T(rank_of(LB, rob_chg, desc=False) == 1), "rank",
          f"robbery change 2024->2025 by borough: Lambeth {rob_chg[LB]:+.1f}% is the largest fall (next "
          f"{sorted(rob_chg.values())[1]:+.1f}%)", "true")]),
    ("Vehicle crime fell by 28.5%, the second-largest drop in the capital after Bexley, and is now at its lowest "
     "level since records began.", [
        E("fell by 28.5%", T(pct_is(-28.5, veh25[LB], veh24[LB], 0.05)), "change",
          f"Lambeth vehicle offences 2025 {veh25[LB]} vs 2024 {veh24[LB]} = {veh_chg[LB]:+.2f}%", "true"),
        E("second-largest drop in the capital", T(rank_of(LB, veh_chg, desc=False) == 2 and rank_of("Bexley", veh_chg, desc=False) == 1),
          "rank", f"vehicle offences change by borough: Bexley {veh_chg['Bexley']:+.1f}%, Lambeth {veh_chg[LB]:+.1f}%, next "
          f"{sorted(veh_chg.values())[2]:+.1f}%", "true"),
        E("lowest level since records began", T(lb_veh[2025] == min(lb_veh.values())), "record",
          f"Lambeth vehicle offences by calendar year {ser(lb_veh)}", "true")]),
    ("Burglary fell for the third year running, to 1,798.", [
        E("third year running", T(falls_in_a_row(lb_burg, 2025) == 3 and lb_burg[2025] == 1798), "streak",
          f"Lambeth burglary by year {ser(lb_burg)}: falls in 2023, 2024, 2025 (2022 rose)", "true")]),
    ("Knife crime fell by a third, from 994 offences in 2024 to 658, and total crime in the borough fell for the "
     "second year in a row.", [
        E("Knife crime fell by a third", T(lb_knife24 == 994 and lb_knife25 == 658 and abs(pct(lb_knife25, lb_knife24) + 33.3) <= 1),
          "change", f"MPS monthly crime dashboard, Knife Crime offences, Lambeth calendar 2025 {lb_knife25} vs 2024 "
          f"{lb_knife24} = {pct(lb_knife25, lb_knife24):+.1f}%", "true"),
        E("second year in a row", F(falls_in_a_row(lb_all, 2025) >= 2), "streak",
          f"Lambeth all offences {ser(lb_all)}: 2024 rose ({lb_all[2024]} > {lb_all[2023]}), so 2025 is the first fall", "false")]),
    ("Theft from the person was the only major crime type to go up.", [
        E("only major crime type to go up", F(sum(1 for v in lb_cats.values() if v > 0) == 1), "direction",
          "Lambeth 2025 vs 2024 by major category: " + ", ".join(f"{k.title()} {v:+.1f}%" for k, v in lb_cats.items())
          + f"; theft from the person {lb_tfp[2025]} vs {lb_tfp[2024]}, but shoplifting {lb_shop[2025]} vs {lb_shop[2024]}, "
          "drugs and weapons also rose", "false")]),
    ("Over the 2024/25 financial year, knife crime in Lambeth also came down.", [
        E("also came down", F(lb_knife_fy25 < lb_knife_fy24), "direction",
          f"dashboard Knife Crime, Lambeth FY 2024/25 {lb_knife_fy25} vs FY 2023/24 {lb_knife_fy24}: it rose "
          "(the calendar-year fall does not carry over to the financial year)", "false")]),
    ("At 108 offences per 1,000 residents, Lambeth's crime rate is the lowest in inner London.", [
        E("108 offences per 1,000", T(rate_ok(LB, lb_all[2025], 2025, 108)), "rate",
          f"Lambeth {lb_all[2025]} / GLA 2025 population {gla_pop(LB, 2025)} = {lb_rate:.1f} per 1,000 "
          f"(2024 population: {rate(LB, lb_all[2025], 2024):.1f})", "true"),
        E("lowest in inner London", F(not inner_lower), "rank",
          "2025 rates per 1,000 lower than Lambeth's among inner boroughs: "
          + ", ".join(f"{b} {rates25[b]:.1f}" for b in inner_lower), "false")]),
    ("Our 120 new CCTV cameras helped officers make more than 300 arrests, and response times to emergency calls "
     "improved to under 12 minutes.", [
        NV("120 new CCTV cameras", "CCTV cameras and the arrests they led to are not in the data"),
        NV("under 12 minutes", "response times are not in the data")]),
    ("Cllr Marcus Bell said: \u201cThis shows our partnership approach is working, but there is more to do.\u201d", [
        OP("partnership approach is working", "a councillor's judgement")]),
])

# ====================================================================== a5 Hansard: Kingston, calendar 2025
KT = "Kingston upon Thames"
kt_all = yearly(borough=KT)
chg_all = {b: pct(all25[b], mps(borough=b, mm=cal(2024))) for b in all25}
kt_burg = yearly(major="BURGLARY", borough=KT, years=(2024, 2025))
kt_weap = yearly(major="POSSESSION OF WEAPONS", borough=KT, years=(2024, 2025))
kt_sex = yearly(major="SEXUAL OFFENCES", borough=KT, years=(2024, 2025))
kt_shop = yearly(minor="SHOPLIFTING", borough=KT)
kt_knife25, kt_knife24 = dash(borough=KT, mm=cal(2025)), dash(borough=KT, mm=cal(2024))
kt_rate = rate(KT, kt_all[2025], 2025)
veh_up = sorted(b for b in veh_chg if veh_chg[b] > 0)
add("a5_hansard_kingston.txt", "2026-03-31", [
    ("Policing: Outer London", []),
    ("Westminster Hall debate, Tuesday 31 March 2026", []),
    ("Mrs Sarah Whitlock (Kingston and Surbiton) (LD): I beg to move that this House has considered policing in outer "
     "London.", []),
    ("Crime in Kingston upon Thames rose by 6% last year, to 11,961 offences; only Hillingdon saw a bigger percentage "
     "rise anywhere in London.", [
        E("rose by 6%", T(pct_is(6, kt_all[2025], kt_all[2024])), "change",
          f"{MPSN}; Kingston 2025 {kt_all[2025]} (the 11,961 stated) vs 2024 {kt_all[2024]} = {chg_all[KT]:+.1f}%", "true"),
        E("only Hillingdon saw a bigger", T(rank_of(KT, chg_all) == 2 and rank_of("Hillingdon", chg_all) == 1), "rank",
          f"% change 2024->2025 by borough: Hillingdon {chg_all['Hillingdon']:+.2f}%, Kingston {chg_all[KT]:+.2f}%, "
          f"next {sorted(chg_all.values())[-3]:+.2f}%", "true")]),
    ("Kingston was the only borough in the capital where vehicle crime went up, and burglary there rose by 11%.", [
        E("only borough in the capital where vehicle crime went up", T(veh_up == [KT]), "direction",
          f"vehicle offences 2025 vs 2024 rose only in: {veh_up} ({veh_chg[KT]:+.1f}%)", "true"),
        E("rose by 11%", T(pct_is(11, kt_burg[2025], kt_burg[2024])), "change",
          f"Kingston burglary 2025 {kt_burg[2025]} vs 2024 {kt_burg[2024]} = {pct(kt_burg[2025], kt_burg[2024]):+.1f}%", "true")]),
    ("Possession of weapons offences went up by almost 60 per cent, and sexual offences rose by more than a third.", [
        E("almost 60 per cent", T(55 <= pct(kt_weap[2025], kt_weap[2024]) < 60), "change",
          f"Kingston possession of weapons 2025 {kt_weap[2025]} vs 2024 {kt_weap[2024]} = "
          f"{pct(kt_weap[2025], kt_weap[2024]):+.1f}%", "true"),
        E("more than a third", F(pct(kt_sex[2025], kt_sex[2024]) > 33.3), "change",
          f"Kingston sexual offences 2025 {kt_sex[2025]} vs 2024 {kt_sex[2024]} = {pct(kt_sex[2025], kt_sex[2024]):+.1f}%, "
          "about a quarter", "false")]),
    ("Shoplifting in my constituency has now risen for six years in a row.", [
        E("six years in a row", F(rises_in_a_row(kt_shop, 2025) >= 6), "streak",
          f"Kingston shoplifting by year {ser(kt_shop)}: {rises_in_a_row(kt_shop, 2025)} rises in a row (2021-2025; "
          "2020 fell)", "false")]),
    ("To be fair, Kingston still has the fewest robberies of any London borough, just 213 last year, and its crime rate, "
     "at about 63 offences per 1,000 people, is a third below the London average.", [
        E("just 213 last year", F(rob25[KT] == 213), "count",
          f"Kingston robbery 2025 {rob25[KT]} (still the lowest of 32 boroughs); 213 was the 2024 figure ({rob24[KT]}): "
          "right figure, wrong year", "false"),
        E("63 offences per 1,000", T(rate_ok(KT, kt_all[2025], 2025, 63)), "rate",
          f"Kingston {kt_all[2025]} / GLA 2025 population {gla_pop(KT, 2025)} = {kt_rate:.1f} per 1,000 "
          f"(2024 population {rate(KT, kt_all[2025], 2024):.1f})", "true"),
        E("a third below the London average", T(abs(kt_rate / lon_rate25 - 2 / 3) <= 0.03), "compare",
          f"Kingston {kt_rate:.1f} vs London (32 boroughs / GLA 2025) {lon_rate25:.1f}: ratio {kt_rate / lon_rate25:.3f} "
          "(a third below = 0.667)", "true")]),
    ("Knife crime in Kingston fell by over a quarter last year, and I pay tribute to the officers responsible.", [
        E("fell by over a quarter", T(pct(kt_knife25, kt_knife24) < -25), "change",
          f"MPS dashboard Knife Crime, Kingston calendar 2025 {kt_knife25} vs 2024 {kt_knife24} = "
          f"{pct(kt_knife25, kt_knife24):+.1f}%", "true")]),
    ("But we have lost 40 officers from our safer neighbourhood teams since 2020, and the average response to an "
     "emergency call in Kingston now takes 15 minutes.", [
        NV("lost 40 officers", "officer numbers are not in the data"),
        NV("takes 15 minutes", "response times are not in the data")]),
    ("The truth is that the Mayor has abandoned outer London.", [
        OP("abandoned outer London", "a political judgement")]),
])

# ====================================================================== a6 police statement: City of London 2025
Y24, Y25, Y19 = cal(2024), cal(2025), cal(2019)


def col2(mm, ct=None, crime_only=False):
    """(rows as published, unique Crime IDs)"""
    return col(mm, ct, crime_only=crime_only), col_u(mm, ct, crime_only=crime_only)


c_tfp = (col2(Y25, "Theft from the person"), col2(Y24, "Theft from the person"))
c_asb = (col2(Y25, "Anti-social behaviour"), col2(Y24, "Anti-social behaviour"))
c_all = (col2(Y25, crime_only=True), col2(Y19, crime_only=True))
c_allasb = (col2(Y25), col2(Y19))
c_burg = (col2(Y25, "Burglary"), col2(Y24, "Burglary"))
c_rob = (col2(Y25, "Robbery"), col2(Y24, "Robbery"))
c_bike = (col2(Y25, "Bicycle theft"), col2(Y24, "Bicycle theft"))
c_drug = (col2(Y25, "Drugs"), col2(Y24, "Drugs"))
c_shop = (col2(Y25, "Shoplifting"), col2(Y24, "Shoplifting"))
c_vso = (col2(Y25, "Violence and sexual offences"), col2(Y24, "Violence and sexual offences"))
c_bike_m = {m: col2([m], "Bicycle theft") for m in Y25}
c_month = {m: col2([m], crime_only=True) for m in Y25}
c_month_asb = {m: col2([m]) for m in Y25}
c_types = {ct: col2(Y25, ct) for ct in ("Other theft", "Violence and sexual offences", "Shoplifting",
                                         "Theft from the person", "Public order", "Other crime", "Burglary", "Drugs")}


def cpct(pair, i):
    return pct(pair[0][i], pair[1][i])


def c_both(pair, lo, hi):
    return all(lo <= cpct(pair, i) <= hi for i in (0, 1))


def cnote(label, pair, a="2025", b="2024"):
    return (f"City of London street files, {label}: {a} {pair[0][0]} rows / {pair[0][1]} unique IDs vs {b} {pair[1][0]} / "
            f"{pair[1][1]} = {cpct(pair, 0):+.1f}% / {cpct(pair, 1):+.1f}%")


add("a6_city_police_statement.txt", "2026-02-12", [
    ("City of London Police: crime in the Square Mile in 2025", []),
    ("Statement from the Commander for Local Policing", []),
    ("Theft from the person, the offence that most affects commuters and visitors, fell by almost a fifth last "
     "year, and reports of anti-social behaviour fell by two-thirds.", [
        E("fell by almost a fifth", T(c_both(c_tfp, -20, -17)), "change", cnote("Theft from the person", c_tfp), "true"),
        E("fell by two-thirds", T(c_both(c_asb, -69, -65)), "change",
          cnote("Anti-social behaviour (no Crime IDs, so rows = unique)", c_asb), "true")]),
    ("Overall, crime in the City last year was slightly lower than in 2019, before the pandemic.", [
        E("slightly lower than in 2019", T(all(c_all[0][i] < c_all[1][i] and c_all[0][i] > 0.97 * c_all[1][i] for i in (0, 1))
                                           and all(c_allasb[0][i] < c_allasb[1][i] for i in (0, 1))), "compare",
          cnote("all crimes excl. ASB", c_all, "2025", "2019") + f"; incl. ASB 2025 {c_allasb[0]} vs 2019 {c_allasb[1]} "
          "(lower either way)", "true")]),
    ("Other theft remained the most common offence, and December was our busiest month.", [
        E("most common offence", T(all(max(c_types, key=lambda k: c_types[k][i]) == "Other theft" for i in (0, 1))), "rank",
          "City 2025 by type (rows, unique): " + ", ".join(f"{k} {v}" for k, v in c_types.items()), "true"),
        E("December was our busiest month", T(all(max(d, key=lambda k: d[k][i]) == "202512" for d in (c_month, c_month_asb) for i in (0, 1))),
          "rank", "City 2025 crimes by month (rows, unique): " + ", ".join(f"{m[4:]} {v}" for m, v in c_month.items())
          + "; December is the maximum with and without ASB", "true")]),
    ("However, burglary rose by more than a third and robbery by more than a quarter.", [
        E("burglary rose by more than a third", T(c_both(c_burg, 33.4, 60)), "change", cnote("Burglary", c_burg), "true"),
        E("robbery by more than a quarter", T(c_both(c_rob, 25.01, 40)), "change", cnote("Robbery", c_rob), "true")]),
    ("Bicycle theft was up by more than a fifth, peaking in August when 43 bikes were stolen.", [
        E("up by more than a fifth", T(c_both(c_bike, 20.01, 30)), "change", cnote("Bicycle theft", c_bike), "true"),
        E("peaking in August", T(all(max(c_bike_m, key=lambda k: c_bike_m[k][i]) == "202508" for i in (0, 1))
                                 and c_bike_m["202508"][0] == 43), "turn",
          "City 2025 bicycle theft by month (rows, unique): " + ", ".join(f"{m[4:]} {v}" for m, v in c_bike_m.items()), "true")]),
    ("Drug offences increased, shoplifting fell by a quarter and violence and sexual offences were down 15%.", [
        E("Drug offences increased", F(any(c_drug[0][i] > c_drug[1][i] for i in (0, 1))), "direction",
          cnote("Drugs", c_drug) + ": fell", "false"),
        E("shoplifting fell by a quarter", F(any(-27 <= cpct(c_shop, i) <= -23 for i in (0, 1))), "change",
          cnote("Shoplifting", c_shop) + ": about a tenth, not a quarter", "false"),
        E("down 15%", F(any(-16 <= cpct(c_vso, i) <= -14 for i in (0, 1))), "change",
          cnote("Violence and sexual offences", c_vso), "false")]),
    ("Our officers responded to 94% of emergency calls within 12 minutes.", [
        NV("94% of emergency calls", "response times are not in the data")]),
    ("The Square Mile remains one of the safest business districts in the world.", [
        OP("one of the safest business districts", "a judgement, no comparable figures for other districts")]),
])

# ====================================================================== a7 campaign group: rape and sexual offences, London 2025
rape = lon_years(minor="RAPE")
sexo = lon_years(major="SEXUAL OFFENCES")
st25, st24 = lon(minor="STALKING AND HARASSMENT", mm=cal(2025)), lon(minor="STALKING AND HARASSMENT", mm=cal(2024))
sex25 = mps_by_borough(major="SEXUAL OFFENCES", mm=cal(2025))
sex24 = mps_by_borough(major="SEXUAL OFFENCES", mm=cal(2024))
sex_fell = sorted(b for b in sex25 if sex25[b] < sex24[b])
rape25 = mps_by_borough(minor="RAPE", mm=cal(2025))
rape24 = mps_by_borough(minor="RAPE", mm=cal(2024))
SK = "Southwark"
da22 = victims(2022, Domestic_Abuse="Domestic Abuse")
v22 = victims(2022)
add("a7_campaign_rape_2025.txt", "2026-03-30", [
    ("Safe Streets for Women: London's rape figures are a wake-up call", []),
    ("The Metropolitan Police recorded 9,742 rapes last year, the highest number on record and a rise of more than a "
     "tenth on 2024.", [
        E("9,742 rapes", T(rape[0][2025] == 9742 and near(9742, rape[1][2025])), "count",
          f"{MPSN}; London rape 2025 {rape[0][2025]} (all rows; 32 boroughs {rape[1][2025]})", "true"),
        E("highest number on record", T(all(s[2025] == max(s.values()) for s in rape)), "record",
          f"London rape by year (all rows) {ser(rape[0])}; 32-borough 2025 {rape[1][2025]} also the maximum", "true"),
        E("more than a tenth", T(all(pct(s[2025], s[2024]) > 10 for s in rape)), "change",
          f"2025 vs 2024: all rows {pct(rape[0][2025], rape[0][2024]):+.1f}%, 32 boroughs {pct(rape[1][2025], rape[1][2024]):+.1f}%",
          "true")]),
    ("Sexual offences as a whole reached 27,074, more than two and a half times the 2011 figure.", [
        E("two and a half times", T(sexo[0][2025] == 27074 and all(s[2025] > 2.5 * s[2011] for s in sexo)), "compare",
          f"London sexual offences 2025 {sexo[0][2025]} vs 2011 {sexo[0][2011]} = x{sexo[0][2025] / sexo[0][2011]:.2f} "
          f"(32 boroughs {sexo[1][2025]} vs {sexo[1][2011]} = x{sexo[1][2025] / sexo[1][2011]:.2f})", "true")]),
    ("Rape has risen in each of the last four years.", [
        E("each of the last four years", F(all(rises_in_a_row(s, 2025) >= 4 for s in rape)), "streak",
          f"London rape (all rows) {ser({y: rape[0][y] for y in range(2020, 2026)})}: fell in 2023 (and 2024 on all rows)",
          "false")]),
    ("Every borough except Lambeth, Havering and Richmond saw sexual offences rise, and Southwark's rape figures "
     "went up by more than a third.", [
        E("Every borough except Lambeth, Havering and Richmond", T(sex_fell == ["Havering", "Lambeth", "Richmond upon Thames"]),
          "direction", f"sexual offences 2025 vs 2024 fell only in {sex_fell}; the other 29 boroughs rose", "true"),
        E("went up by more than a third", T(pct(rape25[SK], rape24[SK]) > 33.4), "change",
          f"Southwark rape 2025 {rape25[SK]} vs 2024 {rape24[SK]} = {pct(rape25[SK], rape24[SK]):+.1f}%", "true")]),
    ("Croydon recorded more sexual offences than any borough except Westminster, which also had the most rapes.", [
        E("more sexual offences than any borough except Westminster",
          T(rank_of("Croydon", sex25) == 2 and rank_of("Westminster", sex25) == 1), "rank",
          f"sexual offences 2025: Westminster {sex25['Westminster']}, Croydon {sex25['Croydon']}, next "
          f"{sorted(sex25.values())[-3]}", "true"),
        E("also had the most rapes", F(rank_of("Westminster", rape25) == 1), "rank",
          f"rape 2025 by borough: Croydon {rape25['Croydon']} is first, Westminster {rape25['Westminster']} ranks "
          f"{rank_of('Westminster', rape25)}", "false")]),
    ("Stalking and harassment rose by around a tenth, to 59,938 offences.", [
        E("around a tenth", T(st25[0] == 59938 and all(8.5 <= pct(st25[i], st24[i]) <= 11.5 for i in (0, 1))), "change",
          f"London stalking and harassment 2025 {st25[0]} vs 2024 {st24[0]} = {pct(st25[0], st24[0]):+.1f}% "
          f"(32 boroughs {st25[1]} vs {st24[1]} = {pct(st25[1], st24[1]):+.1f}%)", "true")]),
    ("In 2022, the last year for which the Met has published full victim data, 17 of the 106 people killed in "
     "London died in domestic abuse homicides.", [
        E("17 of the 106", T(da22 == 17 and v22 == 106), "count",
          f"Met homicide victims file, 2022: {v22} victims, {da22} flagged Domestic Abuse", "true")]),
    ("Fewer than 3% of reported rapes result in a charge, and five in six rapes are never reported at all.", [
        NV("Fewer than 3%", "charge rates for rape are not in the open data"),
        NV("five in six rapes are never reported", "unreported crime is a survey estimate, not police-recorded data")]),
    ("One in six young women in London told our survey she had been spiked.", [
        NV("been spiked", "spiking is not a category in the data; the figure is the group's own survey")]),
    ("The Met's culture has failed women for decades.", [
        OP("failed women for decades", "a judgement about an institution")]),
])

# ====================================================================== a8 think-tank briefing: London since the pandemic
allc = lon_years()
a_1519 = [pct(s[2019], s[2015]) for s in allc]
ML = months(2010, 4, 2026, 2)
m_all = {m: lon(mm=[m]) for m in ML}
m_drug = {m: lon(major="DRUG OFFENCES", mm=[m]) for m in ML}
apr_all = (lon(mm=["202004"]), lon(mm=["201904"]))
apr_rob = (lon(major="ROBBERY", mm=["202004"]), lon(major="ROBBERY", mm=["201904"]))
apr_drug = (lon(major="DRUG OFFENCES", mm=["202004"]), lon(major="DRUG OFFENCES", mm=["201904"]))
burg = lon_years(major="BURGLARY")
traf = lon_years(minor="TRAFFICKING OF DRUGS")
hom = lon_years(minor="HOMICIDE")
pord = lon_years(major="PUBLIC ORDER OFFENCES")
vwi = lon_years(minor="VIOLENCE WITH INJURY")


def pair_pct(p):
    return [pct(p[0][i], p[1][i]) for i in (0, 1)]


add("a8_thinktank_pandemic.txt", "2026-04-02", [
    ("Briefing paper: London's crime after the pandemic", []),
    ("Centre for Urban Safety, April 2026", []),
    ("Recorded crime in London peaked in 2024 and fell slightly in 2025, ending a run of rises that began as the "
     "city came out of lockdown.", [
        E("peaked in 2024", T(all(max(s, key=s.get) == 2024 and s[2025] < s[2024] for s in allc)), "turn",
          f"{MPSN}; London all offences by year (all rows) {ser(allc[0])}; 32 boroughs 2024 {allc[1][2024]}, "
          f"2025 {allc[1][2025]}: 2024 is the series high both ways and 2025 lower", "true")]),
    ("Between 2015 and 2019, before Covid, recorded crime had already risen by about a quarter.", [
        E("about a quarter", T(all(22.5 <= v <= 27.5 for v in a_1519)), "change",
          f"2019 vs 2015: all rows {allc[0][2019]} vs {allc[0][2015]} = {a_1519[0]:+.1f}%; 32 boroughs {a_1519[1]:+.1f}%",
          "true")]),
    ("In April 2020, the first full month of lockdown, offences fell by about a third compared with April 2019, to "
     "the lowest monthly total on record.", [
        E("about a third", T(all(31 <= -v <= 36 for v in pair_pct(apr_all))), "change",
          f"April 2020 {apr_all[0]} vs April 2019 {apr_all[1]} (all rows, 32 boroughs) = "
          + " / ".join(f"{v:+.1f}%" for v in pair_pct(apr_all)), "true"),
        E("lowest monthly total on record", T(all(min(m_all, key=lambda k: m_all[k][i]) == "202004" for i in (0, 1))), "record",
          f"every month 2010-04..2026-02: April 2020 ({m_all['202004']}) is the minimum both ways; next Feb 2021 "
          f"{m_all['202102']}", "true")]),
    ("Robbery fell by two-thirds that month, while drug offences rose by almost half as officers stopped more "
     "people on emptier streets.", [
        E("Robbery fell by two-thirds", T(all(64 <= -v <= 69 for v in pair_pct(apr_rob))), "change",
          f"robbery April 2020 {apr_rob[0]} vs April 2019 {apr_rob[1]} = " + " / ".join(f"{v:+.1f}%" for v in pair_pct(apr_rob)),
          "true"),
        E("rose by almost half", T(all(43 <= v < 50 for v in pair_pct(apr_drug))), "change",
          f"drug offences April 2020 {apr_drug[0]} vs April 2019 {apr_drug[1]} = "
          + " / ".join(f"{v:+.1f}%" for v in pair_pct(apr_drug)), "true")]),
    ("Drug offences went on to hit their highest monthly level on record in May 2020.", [
        E("highest monthly level on record", T(all(max(m_drug, key=lambda k: m_drug[k][i]) == "202005" for i in (0, 1))),
          "record", f"drug offences May 2020 {m_drug['202005']} is the series maximum both ways; next Aug 2010 "
                    f"{m_drug['201008']}", "true")]),
    ("Since then the picture has been mixed. Burglary in 2025 was the lowest since records began, and drug "
     "trafficking offences have risen more than sixfold since 2019.", [
        E("lowest since records began", T(all(s[2025] == min(s.values()) for s in burg)), "record",
          f"London burglary by year (all rows) {ser(burg[0])}; 32 boroughs 2025 {burg[1][2025]} also the minimum", "true"),
        E("more than sixfold", T(all(s[2025] > 6 * s[2019] for s in traf)), "change",
          f"trafficking of drugs 2025 {traf[0][2025]} vs 2019 {traf[0][2019]} = x{traf[0][2025] / traf[0][2019]:.2f} "
          f"(32 boroughs x{traf[1][2025] / traf[1][2019]:.2f})", "true")]),
    ("Homicide fell to 96 offences, the lowest since 2014, and violence with injury is at its lowest level since "
     "2013.", [
        E("the lowest since 2014", T(all(s[2025] == 96 and last_lower(s, 2025) == 2014 for s in hom)), "record",
          f"London homicide offences by year (all rows) {ser(hom[0])}; 32 boroughs {ser(hom[1])}", "true"),
        E("lowest level since 2013", T(all(last_lower(s, 2025) == 2013 for s in vwi)), "record",
          f"violence with injury by year (all rows) {ser(vwi[0])}; 32 boroughs last lower year also 2013", "true")]),
    ("But public order offences reached a record high in 2025, and theft from the person fell by almost half.", [
        E("reached a record high", F(any(s[2025] == max(s.values()) for s in pord)), "record",
          f"public order offences by year (all rows) {ser(pord[0])}: 2023 was higher (32 boroughs likewise)", "false"),
        E("fell by almost half", F(any(pct(s[2025], s[2024]) <= -40 for s in tfp)), "change",
          f"theft from the person 2025 {tfp[0][2025]} vs 2024 {tfp[0][2024]} = {pct(tfp[0][2025], tfp[0][2024]):+.1f}% "
          f"(32 boroughs {pct(tfp[1][2025], tfp[1][2024]):+.1f}%)", "false")]),
    ("Only 6% of recorded crimes now end with a charge or summons, and on current trends we forecast that shoplifting "
     "will pass 100,000 offences in 2026.", [
        NV("Only 6% of recorded crimes", "outcomes of MPS recorded crime are not in the data"),
        NV("will pass 100,000 offences in 2026", "a forecast; the data end in February 2026")]),
    ("Politicians of all parties have been too quick to claim credit for falls they did not cause.", [
        OP("too quick to claim credit", "a judgement about politicians")]),
])

# ====================================================================== a9 radio phone-in transcript: London killings 2022
vy = victims_years()
vk = victims_years(Method_of_Killing="Knife or Sharp Implement")
vs = victims_years(Method_of_Killing="Shooting")
vf = victims_years(Sex="Female")
vaya = victims_years(Age_Group="Adolescent/Young Adult")
vb22 = victims_by(2022, "Borough")
v_top = max(vb22.values())
lon_v18, nyc18 = vy[2018], nyc(2018)
ew21, us21 = owid("England and Wales", 2021), owid("United States", 2021)
add("a9_radio_phonein_homicide.txt", "2023-01-12", [
    ("TRANSCRIPT: London Talk breakfast phone-in, Thursday 12 January 2023", []),
    ("PRESENTER: Good morning. New Metropolitan Police figures show 106 people were killed in London last year, down "
     "from 131 in 2021.", [
        E("106 people were killed", T(vy[2022] == 106 and vy[2021] == 131), "count",
          f"Met homicide victims file (one row per victim): 2022 {vy[2022]}, 2021 {vy[2021]}", "true")]),
    ("DR ADEBAYO (criminologist): That's a fall of almost a fifth. Knives were used in 70 of those killings, about "
     "two-thirds, and knife killings were at their lowest since 2016.", [
        E("almost a fifth", T(17 <= -pct(vy[2022], vy[2021]) < 20), "change",
          f"victims 2022 {vy[2022]} vs 2021 {vy[2021]} = {pct(vy[2022], vy[2021]):+.1f}%", "true"),
        E("about two-thirds", T(vk[2022] == 70 and abs(vk[2022] / vy[2022] - 2 / 3) <= 0.02), "share",
          f"Method 'Knife or Sharp Implement' 2022 {vk[2022]} / {vy[2022]} = {100 * vk[2022] / vy[2022]:.1f}%", "true"),
        E("lowest since 2016", T(last_lower(vk, 2022) == 2016), "record",
          f"knife victims by year {ser(vk)}", "true")]),
    ("CALLER (Dave, Bexleyheath): Gun crime's through the roof though, isn't it? Shootings went up again last year.", [
        E("Shootings went up again", F(vs[2022] > vs[2021]), "direction",
          f"victims killed by Shooting: 2021 {vs[2021]}, 2022 {vs[2022]}: no rise", "false")]),
    ("DR ADEBAYO: Actually the number of people shot dead was exactly the same as in 2021: ten.", [
        E("exactly the same as in 2021", T(vs[2022] == vs[2021] == 10), "equal",
          f"Shooting victims 2021 {vs[2021]}, 2022 {vs[2022]}", "true")]),
    ("PRESENTER: And women made up more than a quarter of the victims?", [
        E("more than a quarter of the victims", T(vf[2022] / vy[2022] > 0.25), "share",
          f"female victims 2022 {vf[2022]} / {vy[2022]} = {100 * vf[2022] / vy[2022]:.1f}%", "true")]),
    ("DR ADEBAYO: Yes, and one in six of the deaths was a domestic homicide.", [
        E("one in six of the deaths", T(abs(da22 / vy[2022] - 1 / 6) <= 0.01), "share",
          f"Domestic Abuse victims 2022 {da22} / {vy[2022]} = {100 * da22 / vy[2022]:.1f}% (one in six = 16.7%)", "true")]),
    ("CALLER (Aisha, Ealing): My borough had more killings than anywhere else in London last year.", [
        E("more killings than anywhere else", F(sum(1 for v in vb22.values() if v == v_top) == 1 and vb22["Ealing"] == v_top),
          "rank", f"victims by borough 2022: Ealing {vb22['Ealing']}, Brent {vb22['Brent']} (tied top; next "
                  f"{sorted(vb22.values())[-3]}): not more than anywhere else", "false")]),
    ("DR ADEBAYO: It was level with Brent, nine each. And killings of adolescents and young adults fell from 49 to 29.", [
        E("level with Brent, nine each", T(vb22["Ealing"] == vb22["Brent"] == 9 == v_top), "equal",
          f"victims by borough 2022: Ealing {vb22['Ealing']}, Brent {vb22['Brent']}", "true"),
        E("fell from 49 to 29", T(vaya[2021] == 49 and vaya[2022] == 29), "change",
          f"victims in age group 'Adolescent/Young Adult': 2021 {vaya[2021]}, 2022 {vaya[2022]}", "true")]),
    ("DR ADEBAYO: Compare New York, which had almost three times as many murders as London in 2018, and the United "
     "States as a whole, whose homicide rate in 2021 was nearly six times that of England and Wales.", [
        E("almost three times as many murders", F(nyc18 / lon_v18 >= 2.7), "compare",
          f"NYC homicides file 2018 {nyc18} vs Met homicide victims 2018 {lon_v18} = x{nyc18 / lon_v18:.2f}", "false"),
        E("nearly six times", T(5.5 <= us21 / ew21 < 6), "compare",
          f"OWID/UNODC rate per 100,000 2021: United States {us21:.2f}, England and Wales {ew21:.2f} = x{us21 / ew21:.2f}",
          "true")]),
    ("CALLER (Tony, Romford): The average sentence for murder is barely 15 years, and half the knife carriers out "
     "there are never caught.", [
        NV("barely 15 years", "sentences are not in the data"),
        NV("never caught", "undetected knife carrying is not measurable from recorded crime")]),
    ("CALLER (Tony, Romford): London's a war zone, mate.", [
        OP("war zone", "rhetoric, no figure")]),
])

# ====================================================================== a10 fact-check: mayoral hustings, 2025 figures
NAMED = sorted({r["area_name"] for r in _dash() if r["area_type"] == "Borough" and r["area_name"]})


def knife_named(mm):
    return sum(dash(borough=b, mm=mm) for b in NAMED)


kn25 = (dash(mm=cal(2025)), knife32(cal(2025)), knife_named(cal(2025)))
kn24 = (dash(mm=cal(2024)), knife32(cal(2024)), knife_named(cal(2024)))
vehy = lon_years(major="VEHICLE OFFENCES")
add("a10_factcheck_hustings.txt", "2026-03-28", [
    ("Fact check: what the candidates got right and wrong about crime at the City Hall hustings", []),
    ("Candidates made a string of claims about London's crime figures at Tuesday's hustings. We checked them "
     "against the Metropolitan Police's published data.", []),
    ("The Conservative candidate said: \u201cKnife crime went up again in 2025.\u201d", [
        E("Knife crime went up again in 2025", F(any(kn25[i] > kn24[i] for i in (0, 1, 2))), "direction",
          f"MPS dashboard Knife Crime offences, calendar 2025 {kn25} vs 2024 {kn24} (every borough-type row / 32 boroughs / "
          "rows with a named area): fell (2024 had risen on 2023)",
          "false")]),
    ("In fact, knife crime offences fell by more than 15% in 2025, to around 13,700.", [
        E("fell by more than 15%", T(all(15 < -pct(kn25[i], kn24[i]) <= 17 for i in (0, 1, 2))), "change",
          f"2025 vs 2024 = {pct(kn25[0], kn24[0]):+.1f}% (all rows) / {pct(kn25[1], kn24[1]):+.1f}% (32 boroughs) / "
          f"{pct(kn25[2], kn24[2]):+.1f}% (named areas)", "true"),
        E("around 13,700", T(all(near(13700, v, 0.01) for v in kn25)), "count", f"2025 knife crime {kn25}", "true")]),
    ("The Labour candidate said: \u201cThere were 96 homicides last year, the lowest in more than a decade.\u201d That "
     "is correct.", [
        E("lowest in more than a decade", T(all(last_lower(s, 2025) == 2014 for s in hom)), "record",
          f"London homicide offences 2025 {hom[0][2025]} / {hom[1][2025]} (all rows / 32 boroughs); no year 2015-2024 was "
          "as low; 2014 was lower (11 years earlier)", "true")]),
    ("She also said burglary has halved since 2011, which the figures bear out.", [
        E("burglary has halved since 2011", T(all(48 <= -pct(s[2025], s[2011]) <= 52 for s in burg)), "change",
          f"London burglary 2025 {burg[0][2025]} vs 2011 {burg[0][2011]} = {pct(burg[0][2025], burg[0][2011]):+.1f}% "
          f"(32 boroughs {pct(burg[1][2025], burg[1][2011]):+.1f}%)", "true")]),
    ("The Reform candidate claimed that \u201crobbery is higher now than it was before the pandemic\u201d and that "
     "\u201cvehicle crime is at a ten-year high\u201d.", [
        E("robbery is higher now than it was before the pandemic", F(any(s[2025] > s[2019] for s in rob)), "compare",
          f"London robbery 2025 {rob[0][2025]} vs 2019 {rob[0][2019]} (32 boroughs {rob[1][2025]} vs {rob[1][2019]}): lower",
          "false"),
        E("ten-year high", F(any(s[2025] == max(s[y] for y in range(2016, 2026)) for s in vehy)), "record",
          f"vehicle offences by year (all rows) {ser(vehy[0])}: 2025 is the lowest of 2016-2025", "false")]),
    ("Neither is right. Overall crime did fall in 2025, after four consecutive annual rises, and violence with "
     "injury is lower than in any year since 2013.", [
        E("after four consecutive annual rises", T(all(rises_in_a_row(s, 2024) == 4 and s[2025] < s[2024] for s in allc)),
          "streak", f"London all offences (all rows) {ser({y: allc[0][y] for y in range(2019, 2026)})}: rises 2021-2024, "
                    "fall 2025 (32 boroughs likewise)", "true"),
        E("lower than in any year since 2013", T(all(last_lower(s, 2025) == 2013 for s in vwi)), "record",
          f"violence with injury 2025 {vwi[0][2025]}; 2013 {vwi[0][2013]} is the last lower year (32 boroughs likewise)",
          "true")]),
    ("The Liberal Democrat candidate said there are \u201c1,300 fewer officers on the streets than in 2016\u201d and "
     "that stop and search has halved under this mayor.", [
        NV("1,300 fewer officers", "officer numbers are not in the data"),
        NV("stop and search has halved", "Met stop and search is held only for January-March 2018")]),
    ("The Conservative candidate closed by saying: \u201cLondoners deserve a mayor who takes crime seriously.\u201d", [
        OP("deserve a mayor who takes crime seriously", "political rhetoric")]),
])

# ====================================================================== a11 residents' newsletter: Camden, Q4 2025 and early 2026
CM = "Camden"


def cm(mm, major=None, minor=None):
    return mps(major=major, minor=minor, borough=CM, mm=mm)


Q4_25, Q4_24 = months(2025, 10, 2025, 12), months(2024, 10, 2024, 12)
cm_rob = (cm(Q4_25, "ROBBERY"), cm(Q4_24, "ROBBERY"))
cm_burg = (cm(Q4_25, "BURGLARY"), cm(Q4_24, "BURGLARY"))
cm_tfp = (cm(Q4_25, minor="THEFT FROM THE PERSON"), cm(Q4_24, minor="THEFT FROM THE PERSON"))
cm_cd = (cm(Q4_25, minor="CRIMINAL DAMAGE"), cm(Q4_24, minor="CRIMINAL DAMAGE"))
cm_bike = {m: cm([m], minor="BICYCLE THEFT") for m in cal(2025)}
cm_shop = (cm(["202602"], minor="SHOPLIFTING"), cm(["202502"], minor="SHOPLIFTING"))
cm_r12 = (cm(r12(2026, 2)), cm(r12(2025, 2)))
cm_month = {m: cm([m]) for m in months(2010, 4, 2026, 2)}
cm_veh = (cm(["202602"], "VEHICLE OFFENCES"), cm(["202601"], "VEHICLE OFFENCES"))
cm_knife = {m: dash(borough=CM, mm=[m]) for m in cal(2025)}
cm_home = {m: cm([m], minor="RES BURGLARY OF A HOME") for m in months(2025, 8, 2025, 11)}
add("a11_camden_residents_newsletter.txt", "2026-03-20", [
    ("Belsize & Primrose Hill Residents' Association \u2013 Spring Newsletter", []),
    ("Crime update from the Safety Committee", []),
    ("The latest police figures for Camden are mixed. In the last three months of 2025, robbery fell by more than a "
     "third compared with the same quarter of 2024, but burglary went the other way, up 7%.", [
        E("robbery fell by more than a third", T(-40 < pct(*cm_rob) < -33.4), "change",
          f"{MPSN}; Camden robbery Oct-Dec 2025 {cm_rob[0]} vs Oct-Dec 2024 {cm_rob[1]} = {pct(*cm_rob):+.1f}%", "true"),
        E("up 7%", T(pct_is(7, *cm_burg)), "change",
          f"Camden burglary Oct-Dec 2025 {cm_burg[0]} vs Oct-Dec 2024 {cm_burg[1]} = {pct(*cm_burg):+.1f}%", "true")]),
    ("Thefts from the person almost halved over the same period, while criminal damage rose.", [
        E("almost halved", F(-50 <= pct(*cm_tfp) <= -45), "change",
          f"Camden theft from the person Q4 2025 {cm_tfp[0]} vs Q4 2024 {cm_tfp[1]} = {pct(*cm_tfp):+.1f}%: a fall of two "
          "fifths, not almost half", "false"),
        E("criminal damage rose", F(cm_cd[0] > cm_cd[1]), "direction",
          f"Camden criminal damage Q4 2025 {cm_cd[0]} vs Q4 2024 {cm_cd[1]}: fell", "false")]),
    ("Bike thefts peaked in May last year, when 106 were reported.", [
        E("peaked in May", T(max(cm_bike, key=cm_bike.get) == "202505" and cm_bike["202505"] == 106), "turn",
          f"Camden bicycle theft by month 2025 {ser(cm_bike)}", "true")]),
    ("In February, shoplifting was up by a third on the same month a year earlier.", [
        E("up by a third", T(abs(pct(*cm_shop) - 33.3) <= 1.5), "change",
          f"Camden shoplifting Feb 2026 {cm_shop[0]} vs Feb 2025 {cm_shop[1]} = {pct(*cm_shop):+.1f}%", "true")]),
    ("Over the 12 months to February, total crime in the borough fell by 7%, and January's total of 2,874 offences was "
     "the lowest for any month in more than three years.", [
        E("fell by 7%", T(pct_is(-7, *cm_r12)), "change",
          f"Camden all offences Mar 2025-Feb 2026 {cm_r12[0]} vs Mar 2024-Feb 2025 {cm_r12[1]} = {pct(*cm_r12):+.1f}%", "true"),
        E("lowest for any month in more than three years", T(cm_month["202601"] == 2874 and all(
            cm_month[m] > 2874 for m in months(2023, 1, 2025, 12))), "record",
          f"Camden monthly all offences: Jan 2026 {cm_month['202601']}; every month Jan 2023-Dec 2025 is higher "
          f"(min {min(cm_month[m] for m in months(2023, 1, 2025, 12))}); Dec 2022 was {cm_month['202212']}", "true")]),
    ("Vehicle crime in February (166 offences) was almost exactly the same as in January.", [
        E("almost exactly the same", T(abs(cm_veh[0] - cm_veh[1]) <= 2 and cm_veh[0] == 166), "equal",
          f"Camden vehicle offences Feb 2026 {cm_veh[0]}, Jan 2026 {cm_veh[1]}", "true")]),
    ("Knife crime fell to 21 offences in December, the lowest monthly figure of the year, but home burglaries rose in "
     "every month of the autumn.", [
        E("lowest monthly figure of the year", T(cm_knife["202512"] == 21 == min(cm_knife.values())), "record",
          f"MPS dashboard Knife Crime, Camden 2025 by month {ser(cm_knife)}", "true"),
        E("rose in every month of the autumn", F(all(cm_home[b] > cm_home[a] for a, b in zip(cm_home, list(cm_home)[1:]))),
          "direction", f"Camden residential burglary of a home Aug-Nov 2025 {ser(cm_home)}: fell in September and "
                       "October", "false")]),
    ("Camden still has the second-highest crime rate in London, after Westminster.", [
        E("second-highest crime rate", T(rank_of(CM, rates25) == 2 and rank_of("Westminster", rates25) == 1), "rank",
          f"2025 offences per 1,000 (GLA 2025): Westminster {rates25['Westminster']:.1f}, Camden {rates25[CM]:.1f}, "
          f"next {sorted(rates25.values())[-3]:.1f}", "true")]),
    ("Only four in ten bike thefts are ever reported to police, and PCSO patrol hours in our ward have been cut by "
     "half.", [
        NV("four in ten bike thefts", "unreported crime is not in police-recorded data"),
        NV("cut by half", "patrol hours are not in the data")]),
    ("Many members tell us our streets feel more neglected than ever, and closing the Belsize Park front counter was "
     "short-sighted.", [
        OP("feel more neglected than ever", "residents' feelings, no figure"),
        OP("short-sighted", "a judgement on a policy decision")]),
])

# ====================================================================== a12 Mayor's Question Time: Bexley and Bromley, FY 2024/25
BX, BR = "Bexley", "Bromley"


def fyb(b, major=None, minor=None):
    return fyearly(major=major, minor=minor, borough=b)


br_veh = fyb(BR, "VEHICLE OFFENCES")
br_mvt = fyb(BR, minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
bx_shop = fyb(BX, minor="SHOPLIFTING")
bx_burg = fyb(BX, "BURGLARY")
br_burg = fyb(BR, "BURGLARY")
hv_burg = fyb("Havering", "BURGLARY")
br_rob = fyb(BR, "ROBBERY")
fy_all = mps_by_borough(mm=fy(2025))
fy_burg = mps_by_borough(major="BURGLARY", mm=fy(2025))
fy_rate = {y: {b: rate(b, fy_all[b], y) for b in fy_all} for y in (2024, 2025)}
fy_brate = {y: {b: rate(b, fy_burg[b], y) for b in fy_burg} for y in (2024, 2025)}
add("a12_mqt_bexley_bromley.txt", "2026-03-19", [
    ("Mayor's Question Time, 19 March 2026 \u2013 Question 2026/0412: crime in Bexley and Bromley", []),
    ("Gareth Lloyd AM: Mr Mayor, in 2024/25 Bromley saw vehicle crime rise by nearly a tenth, and thefts of motor "
     "vehicles there hit a record 1,420.", [
        E("rise by nearly a tenth", T(8.5 <= pct(br_veh[2025], br_veh[2024]) < 10), "change",
          f"{MPSN}; Bromley vehicle offences FY 2024/25 {br_veh[2025]} vs 2023/24 {br_veh[2024]} = "
          f"{pct(br_veh[2025], br_veh[2024]):+.1f}%", "true"),
        E("hit a record 1,420", T(br_mvt[2025] == 1420 == max(br_mvt.values())), "record",
          f"Bromley theft or unauthorised taking of a motor vehicle by FY (2010/11 first) {ser(br_mvt)}", "true")]),
    ("In Bexley, shoplifting went up by almost half, yet you keep telling us Bexley has the lowest crime rate in "
     "London.", [
        E("went up by almost half", T(43 <= pct(bx_shop[2025], bx_shop[2024]) < 50), "change",
          f"Bexley shoplifting FY 2024/25 {bx_shop[2025]} vs 2023/24 {bx_shop[2024]} = {pct(bx_shop[2025], bx_shop[2024]):+.1f}%",
          "true"),
        E("Bexley has the lowest crime rate in London", F(any(rank_of(BX, fy_rate[y], desc=False) == 1 for y in fy_rate)),
          "rank", f"FY 2024/25 offences per 1,000 (GLA 2024 / 2025 populations): Bexley ranks "
                  f"{rank_of(BX, fy_rate[2024], desc=False)} / {rank_of(BX, fy_rate[2025], desc=False)} lowest; Richmond "
                  f"{fy_rate[2024]['Richmond upon Thames']:.1f} is lowest, Bexley {fy_rate[2024][BX]:.1f}", "false")]),
    ("Robbery in Bromley was virtually unchanged, and Bromley's crime rate, around 70 offences per 1,000 people, is "
     "only the eighth lowest in London.", [
        E("virtually unchanged", T(abs(br_rob[2025] - br_rob[2024]) <= 2), "equal",
          f"Bromley robbery FY 2024/25 {br_rob[2025]} vs 2023/24 {br_rob[2024]}", "true"),
        E("around 70 offences per 1,000", T(all(abs(fy_rate[y][BR] - 70) <= 1 for y in fy_rate)), "rate",
          f"Bromley FY 2024/25 {fy_all[BR]} / GLA population: {fy_rate[2024][BR]:.1f} (2024) / {fy_rate[2025][BR]:.1f} (2025)",
          "true"),
        E("eighth lowest in London", T(all(rank_of(BR, fy_rate[y], desc=False) == 8 for y in fy_rate)), "rank",
          "FY 2024/25 rate per 1,000, lowest first: " + ", ".join(
              f"{b} {v:.1f}" for b, v in sorted(fy_rate[2024].items(), key=lambda x: x[1])[:9]), "true")]),
    ("Residents in Bexley now wait an average of 14 minutes for an emergency response. Your policing plan has been a "
     "failure for suburban London.", [
        NV("14 minutes", "response times are not in the data"),
        OP("failure for suburban London", "a political judgement")]),
    ("The Mayor: Burglary in Bexley fell by almost a quarter in 2024/25, to 732, the lowest since records began, and "
     "Bexley now has the lowest burglary rate of any borough.", [
        E("fell by almost a quarter", T(bx_burg[2025] == 732 and 22 <= -pct(bx_burg[2025], bx_burg[2024]) < 25), "change",
          f"Bexley burglary FY 2024/25 {bx_burg[2025]} vs 2023/24 {bx_burg[2024]} = {pct(bx_burg[2025], bx_burg[2024]):+.1f}%",
          "true"),
        E("the lowest since records began", T(bx_burg[2025] == min(bx_burg.values())), "record",
          f"Bexley burglary by FY (2010/11 first) {ser(bx_burg)}", "true"),
        E("lowest burglary rate of any borough", T(all(rank_of(BX, fy_brate[y], desc=False) == 1 for y in fy_brate)), "rank",
          f"FY 2024/25 burglary per 1,000: Bexley {fy_brate[2024][BX]:.2f}, next "
          f"{sorted(fy_brate[2024].values())[1]:.2f}", "true")]),
    ("In Bromley, burglaries fell by a fifth, and in Havering they fell by a quarter.", [
        E("burglaries fell by a fifth", F(18 <= -pct(br_burg[2025], br_burg[2024]) <= 22), "change",
          f"Bromley burglary FY 2024/25 {br_burg[2025]} vs 2023/24 {br_burg[2024]} = {pct(br_burg[2025], br_burg[2024]):+.1f}%",
          "false"),
        E("fell by a quarter", F(23 <= -pct(hv_burg[2025], hv_burg[2024]) <= 27), "change",
          f"Havering burglary FY 2024/25 {hv_burg[2025]} vs 2023/24 {hv_burg[2024]} = {pct(hv_burg[2025], hv_burg[2024]):+.1f}%",
          "false")]),
    ("I have put 1,300 more officers on London's streets, and I make no apology for putting knife crime first.", [
        NV("1,300 more officers", "officer numbers are not in the data"),
        OP("no apology for putting knife crime first", "a statement of priorities")]),
])


# ====================================================================== one-liners
def b25(b, major=None, minor=None):
    return mps(major=major, minor=minor, borough=b, mm=cal(2025)), mps(major=major, minor=minor, borough=b, mm=cal(2024))


def bnote(label, b, pair):
    return f"{MPSN}; {b} {label} 2025 {pair[0]} vs 2024 {pair[1]} = {pct(*pair):+.1f}%"


def by25(major=None, minor=None):
    return mps_by_borough(major=major, minor=minor, mm=cal(2025))


def chg25(major=None, minor=None):
    a, b = mps_by_borough(major=major, minor=minor, mm=cal(2025)), mps_by_borough(major=major, minor=minor, mm=cal(2024))
    return {k: pct(a[k], b[k]) for k in a}


D25 = "2026-03-23"

p = b25("Brent", "DRUG OFFENCES")
drug25 = by25("DRUG OFFENCES")
one("o01_tweet_brent_drugs.txt", D25,
    "Brent cllr: Drug offences in Brent up 61% last year \u2013 the most of any London borough. Proactive policing works.",
    E("up 61%", T(pct_is(61, *p)), "change", bnote("drug offences", "Brent", p), "true"),
    E("the most of any London borough", T(rank_of("Brent", drug25) == 1), "rank",
      f"drug offences 2025 by borough: Brent {drug25['Brent']} first, Westminster {drug25['Westminster']} second", "true"),
    OP("Proactive policing works", "a judgement"))

p = b25("Islington", "DRUG OFFENCES")
one("o02_press_islington_drugs.txt", D25, "Drug offences in Islington more than doubled in 2025.",
    E("more than doubled", F(p[0] > 2 * p[1]), "change", bnote("drug offences", "Islington", p) + ": up three-quarters",
      "false"))

p = b25("Havering", "ROBBERY")
one("o05_leaflet_havering_robbery.txt", D25, "Robberies in Havering soared by 60% last year. Only we will get a grip.",
    E("soared by 60%", F(pct_is(60, *p, 5)), "change", bnote("robbery", "Havering", p) + ": about a sixth, not 60%", "false"),
    OP("Only we will get a grip", "campaign rhetoric"))

one("o06_tweet_newham_total.txt", D25, "Newham now records more crime than any borough except Westminster.",
    E("more crime than any borough except Westminster", F(rank_of("Newham", all25) == 2), "rank",
      f"all offences 2025: Westminster {all25['Westminster']}, Camden {all25['Camden']}, Newham {all25['Newham']} "
      f"(rank {rank_of('Newham', all25)})", "false"))

p = b25("Waltham Forest", "VEHICLE OFFENCES")
one("o08_council_walthamforest_car.txt", D25, "Car crime in Waltham Forest is down by almost half on last year.",
    E("down by almost half", F(-50 <= pct(*p) <= -45), "change",
      bnote("vehicle offences (car crime)", "Waltham Forest", p) + " (calendar 2025, as_of March 2026): about a "
      "quarter", "false"))

p = b25("Enfield", "VEHICLE OFFENCES")
one("o10_mp_enfield_car.txt", D25, "Car crime in Enfield fell by a fifth in 2025, the biggest fall in London.",
    E("fell by a fifth", T(abs(pct(*p) + 20) <= 1), "change", bnote("vehicle offences", "Enfield", p), "true"),
    E("the biggest fall in London", F(rank_of("Enfield", veh_chg, desc=False) == 1), "rank",
      f"vehicle offences change by borough: Bexley {veh_chg['Bexley']:+.1f}% is the biggest fall; Enfield ranks "
      f"{rank_of('Enfield', veh_chg, desc=False)}", "false"))

one("o11_southwark_commander.txt", D25, "Southwark is second only to Westminster for robbery in London.",
    E("second only to Westminster", T(rank_of("Southwark", rob25) == 2 and rank_of("Westminster", rob25) == 1), "rank",
      f"robbery 2025: Westminster {rob25['Westminster']}, Southwark {rob25['Southwark']}, next {sorted(rob25.values())[-3]}",
      "true"))

bike25 = by25(minor="BICYCLE THEFT")
one("o12_cycling_hackney.txt", D25, "More bikes were stolen in Hackney last year than in any other London borough.",
    E("than in any other London borough", T(rank_of("Hackney", bike25) == 1), "rank",
      f"bicycle theft 2025: Hackney {bike25['Hackney']}, next {sorted(bike25.values())[-2]}", "true"))

p = b25("Westminster", minor="THEFT FROM THE PERSON")
one("o13_bid_westminster_tfp.txt", D25, "Theft from the person in Westminster fell by a third in 2025.",
    E("fell by a third", F(-35 <= pct(*p) <= -31.5), "change",
      bnote("theft from the person", "Westminster", p) + ": almost a quarter, not a third", "false"))

p = b25("Wandsworth")
one("o14_tweet_wandsworth.txt", D25, "Good news: crime in Wandsworth fell by 3% last year.",
    E("fell by 3%", F(p[0] < p[1]), "direction", bnote("all offences", "Wandsworth", p) + ": it rose 3%, not fell", "false"))

p = b25("Merton", "BURGLARY")
one("o15_leaflet_merton_burglary.txt", D25, "Burglary in Merton halved last year thanks to our campaign.",
    E("halved", F(-55 <= pct(*p) <= -45), "change", bnote("burglary", "Merton", p), "false"))

one("o16_newham_car.txt", D25, "Newham recorded more vehicle crime than any other London borough in 2025.",
    E("more vehicle crime than any other", F(rank_of("Newham", veh25) == 1), "rank",
      f"vehicle offences 2025: Ealing {veh25['Ealing']} first, Newham {veh25['Newham']} second", "false"))

p = b25("Greenwich")
one("o17_greenwich_flat.txt", D25, "Crime in Greenwich was virtually unchanged last year.",
    E("virtually unchanged", T(abs(pct(*p)) < 0.5), "equal", bnote("all offences", "Greenwich", p), "true"))

p = b25("Hounslow")
one("o18_hounslow_same.txt", D25, "Hounslow recorded exactly the same number of crimes in 2025 as in 2024.",
    E("exactly the same number", F(p[0] == p[1]), "equal", bnote("all offences", "Hounslow", p) + ": close, not equal",
      "false"))

p = b25("Lewisham", "POSSESSION OF WEAPONS")
weap_chg = chg25("POSSESSION OF WEAPONS")
one("o19_lewisham_weapons.txt", D25,
    "Weapon possession offences in Lewisham rose by 44% last year, a bigger rise than anywhere else in London.",
    E("rose by 44%", T(pct_is(44, *p)), "change", bnote("possession of weapons", "Lewisham", p), "true"),
    E("a bigger rise than anywhere else", F(rank_of("Lewisham", weap_chg) == 1), "rank",
      f"possession of weapons % change by borough: Kingston {weap_chg['Kingston upon Thames']:+.1f}% is larger; "
      f"Lewisham ranks {rank_of('Lewisham', weap_chg)}", "false"))

p = b25("Barnet", "BURGLARY")
one("o20_barnet_burglary.txt", D25, "Burglary in Barnet rose by 14 per cent in 2025.",
    E("rose by 14 per cent", F(p[0] > p[1]), "direction", bnote("burglary", "Barnet", p) + ": a 14% fall, not a rise",
      "false"))

one("o22_kc_rate.txt", D25, "Kensington and Chelsea's crime rate is second only to Westminster's.",
    E("second only to Westminster", F(rank_of("Kensington and Chelsea", rates25) == 2), "rank",
      f"2025 offences per 1,000: Westminster {rates25['Westminster']:.1f}, Camden {rates25['Camden']:.1f}, K&C "
      f"{rates25['Kensington and Chelsea']:.1f} (third)", "false"))

one("o23_leaflet_richmond_rate.txt", D25, "Richmond has the lowest crime rate of any London borough.",
    E("lowest crime rate of any London borough", T(all(rank_of("Richmond upon Thames", {b: rate(b, all25[b], y) for b in all25},
                                                                desc=False) == 1 for y in (2024, 2025))), "rank",
      f"2025 offences per 1,000: Richmond {rates25['Richmond upon Thames']:.1f}, next {sorted(rates25.values())[1]:.1f}",
      "true"))

one("o24_sutton_cllr.txt", D25, "Only Kingston and Richmond recorded fewer crimes than Sutton last year.",
    E("Only Kingston and Richmond", T(rank_of("Sutton", all25, desc=False) == 3 and
                                      rank_of("Kingston upon Thames", all25, desc=False) < 3 and
                                      rank_of("Richmond upon Thames", all25, desc=False) < 3), "rank",
      f"all offences 2025, fewest first: Richmond {all25['Richmond upon Thames']}, Kingston {all25['Kingston upon Thames']}, "
      f"Sutton {all25['Sutton']}", "true"))

p = b25("Lambeth", "ROBBERY")
pr = b25("Redbridge", "ROBBERY")
one("o25_tweet_lambeth_robbery.txt", D25, "Robbery in Lambeth rose by 27.5% last year. Shocking.",
    E("rose by 27.5%", F(p[0] > p[1]), "change",
      bnote("robbery", "Lambeth", p) + f"; +27.5% is Redbridge's figure ({pct(*pr):+.1f}%): right figure, wrong place",
      "false"))

p = b25("Hammersmith and Fulham", minor="BICYCLE THEFT")
one("o26_hf_bikes.txt", D25, "Bike theft in Hammersmith and Fulham rose by almost a quarter last year.",
    E("rose by almost a quarter", F(p[0] > p[1]), "direction",
      bnote("bicycle theft", "Hammersmith and Fulham", p) + ": a fall of almost a quarter, not a rise", "false"))

one("o27_camden_feb_wrongmonth.txt", "2026-03-25", "Camden recorded 2,874 crimes in February, its quietest month in years.",
    E("2,874 crimes in February", F(cm_month["202602"] == 2874), "count",
      f"Camden all offences Feb 2026 {cm_month['202602']}; 2,874 was January's figure: right figure, wrong month", "false"))

mar_b = (lon(major="BURGLARY", mm=["202503"]), lon(major="BURGLARY", mm=["202403"]))
one("o28_radio_last_march.txt", "2026-02-10",
    "Last March burglaries across London were down by more than 15% on the same month in 2024.",
    E("down by more than 15%", T(all(-20 < pct(mar_b[0][i], mar_b[1][i]) < -15 for i in (0, 1))), "change",
      f"London burglary March 2025 {mar_b[0]} vs March 2024 {mar_b[1]} (all rows, 32 boroughs) = "
      + " / ".join(f"{pct(mar_b[0][i], mar_b[1][i]):+.1f}%" for i in (0, 1)), "true"))

rb12 = (lon(major="ROBBERY", mm=r12(2026, 1)), lon(major="ROBBERY", mm=r12(2025, 1)))
one("o29_mayor_rolling_robbery.txt", "2026-02-26",
    "In the 12 months to January, robbery in London rose compared with the previous 12 months.",
    E("robbery in London rose", F(any(rb12[0][i] > rb12[1][i] for i in (0, 1))), "direction",
      f"London robbery Feb 2025-Jan 2026 {rb12[0]} vs Feb 2024-Jan 2025 {rb12[1]} (all rows, 32 boroughs): fell", "false"))

fsh = (lon(minor="SHOPLIFTING", mm=["202602"]), lon(minor="SHOPLIFTING", mm=["202502"]))
one("o30_retail_feb_shop.txt", "2026-03-25",
    "Shoplifting in London in February was slightly higher than in February last year.",
    E("slightly higher", T(all(0 < pct(fsh[0][i], fsh[1][i]) < 3 for i in (0, 1))), "direction",
      f"London shoplifting Feb 2026 {fsh[0]} vs Feb 2025 {fsh[1]} = "
      + " / ".join(f"{pct(fsh[0][i], fsh[1][i]):+.1f}%" for i in (0, 1)), "true"))

rob1519 = lon_years(major="ROBBERY", years=(2015, 2019))
one("o31_blog_robbery_1519.txt", "2020-03-01", "Between 2015 and 2019 robbery in London nearly doubled.",
    E("nearly doubled", T(all(1.75 <= s[2019] / s[2015] < 2 for s in rob1519)), "change",
      f"London robbery 2019 {rob1519[0][2019]} vs 2015 {rob1519[0][2015]} = x{rob1519[0][2019] / rob1519[0][2015]:.2f} "
      f"(32 boroughs x{rob1519[1][2019] / rob1519[1][2015]:.2f})", "true"))

wq = (mps(minor="THEFT FROM THE PERSON", borough="Westminster", mm=months(2025, 1, 2025, 3)),
      mps(minor="THEFT FROM THE PERSON", borough="Westminster", mm=months(2024, 1, 2024, 3)))
one("o32_westminster_q1.txt", "2025-05-02",
    "In the first quarter of 2025, theft from the person in Westminster doubled compared with a year earlier.",
    E("doubled compared with a year earlier", F(wq[0] >= 1.9 * wq[1]), "change",
      f"Westminster theft from the person Jan-Mar 2025 {wq[0]} vs Jan-Mar 2024 {wq[1]} = {pct(*wq):+.1f}%: it fell", "false"))

fys = {e: lon(minor="SHOPLIFTING", mm=fy(e)) for e in range(2011, 2026)}
one("o33_brc_fy_shoplifting.txt", "2025-06-12",
    "Shoplifting in London rose by half in 2024/25 to the highest level on record.",
    E("rose by half", T(all(47 <= pct(fys[2025][i], fys[2024][i]) <= 53 for i in (0, 1))), "change",
      f"London shoplifting FY 2024/25 {fys[2025]} vs 2023/24 {fys[2024]} = "
      + " / ".join(f"{pct(fys[2025][i], fys[2024][i]):+.1f}%" for i in (0, 1)), "true"),
    E("highest level on record", T(all(fys[2025][i] == max(v[i] for v in fys.values()) for i in (0, 1))), "record",
      "London shoplifting by FY (2010/11 first, all rows): " + ", ".join(f"{e}: {v[0]}" for e, v in fys.items()), "true"))

kmon = {m: (dash(mm=[m]), knife32([m]), knife_named([m])) for m in months(2022, 3, 2026, 2)}
one("o34_met_knife_december.txt", "2026-01-28",
    "December saw fewer knife crimes in London than any month since April 2022.",
    E("fewer knife crimes in London than any month since April 2022",
      T(all(kmon["202512"][i] < kmon[m][i] for m in months(2022, 5, 2025, 11) for i in (0, 1, 2))
        and kmon["202204"][0] < kmon["202512"][0]), "record",
      f"MPS dashboard Knife Crime by month (all rows, 32 boroughs, named): Dec 2025 {kmon['202512']}; Apr 2022 "
      f"{kmon['202204']}; lowest of May 2022-Nov 2025 {min(kmon[m][0] for m in months(2022, 5, 2025, 11))}", "true"))

lb = (lon(major="BURGLARY", mm=months(2020, 4, 2020, 5)), lon(major="BURGLARY", mm=months(2019, 4, 2019, 5)))
one("o35_lockdown_burglary.txt", "2020-07-15",
    "Burglary in London fell by 40% during the first two months of lockdown, compared with April and May 2019.",
    E("fell by 40%", T(all(pct_is(-40, lb[0][i], lb[1][i], 1) for i in (0, 1))), "change",
      f"London burglary Apr-May 2020 {lb[0]} vs Apr-May 2019 {lb[1]} = "
      + " / ".join(f"{pct(lb[0][i], lb[1][i]):+.1f}%" for i in (0, 1)), "true"))

nb = (lon(minor="BICYCLE THEFT", mm=["202011"]), lon(minor="BICYCLE THEFT", mm=["201911"]))
one("o36_lockdown2_bikes.txt", "2021-01-20",
    "Bike thefts in London rose by almost half during the second lockdown in November 2020, compared with November 2019.",
    E("rose by almost half", T(all(43 <= pct(nb[0][i], nb[1][i]) < 50 for i in (0, 1))), "change",
      f"London bicycle theft Nov 2020 {nb[0]} vs Nov 2019 {nb[1]} = "
      + " / ".join(f"{pct(nb[0][i], nb[1][i]):+.1f}%" for i in (0, 1)), "true"))

sa = (lon(minor="STALKING AND HARASSMENT", mm=["202004"]), lon(minor="STALKING AND HARASSMENT", mm=["201904"]))
one("o37_charity_lockdown_stalking.txt", "2020-08-01",
    "Stalking and harassment in London rose in April 2020, compared with April 2019, as lockdown trapped victims at home.",
    E("rose in April 2020", F(any(sa[0][i] > sa[1][i] for i in (0, 1))), "direction",
      f"London stalking and harassment April 2020 {sa[0]} vs April 2019 {sa[1]} (all rows, 32 boroughs): fell",
      "false"))

one("o38_knife_killings_2019.txt", "2020-02-10",
    "94 people were stabbed to death in London in 2019, the highest since records began in 2003.",
    E("the highest since records began", T(vk[2019] == 94 == max(v for y, v in vk.items() if y <= 2019)), "record",
      f"Met homicide victims, method Knife or Sharp Implement, by year to 2019: "
      f"{ser({y: v for y, v in vk.items() if y <= 2019})}", "true"))

one("o40_hom_2014_record.txt", "2015-02-01",
    "London recorded 84 homicide victims in 2014, the fewest in more than a decade.",
    E("the fewest in more than a decade", T(vy[2014] == 84 and all(vy[y] > 84 for y in range(2003, 2014))), "record",
      f"homicide victims by year 2003-2014: {ser({y: vy[y] for y in range(2003, 2015)})}", "true"))

one("o41_shot_2014.txt", "2015-02-01", "Only three people were shot dead in London in 2014.",
    E("Only three people were shot dead", F(vs[2014] == 3), "count", f"victims killed by Shooting 2014 = {vs[2014]}",
      "false"))

vda = victims_years(Domestic_Abuse="Domestic Abuse")
one("o42_domestic_1718.txt", "2019-03-01", "Domestic homicides in London more than trebled between 2017 and 2018.",
    E("more than trebled", T(vda[2018] > 3 * vda[2017]), "change",
      f"victims flagged Domestic Abuse: 2017 {vda[2017]}, 2018 {vda[2018]} = x{vda[2018] / vda[2017]:.2f}", "true"))

vb21 = victims_by(2021, "Borough")
one("o43_haringey_2021.txt", "2022-02-01", "Haringey had more homicide victims than any other London borough in 2021.",
    E("more homicide victims than any other", T(rank_of("Haringey", vb21) == 1 and sorted(vb21.values())[-2] < vb21["Haringey"]),
      "rank", f"victims by borough 2021: {vb21.most_common(3)}", "true"))

vch = victims_years(Age_Group="Child")
one("o44_child_2020.txt", "2021-02-01", "The number of children killed in London doubled in 2020.",
    E("doubled in 2020", F(vch[2020] >= 1.9 * vch[2019]), "change",
      f"victims in age group Child: 2019 {vch[2019]}, 2020 {vch[2020]} = {pct(vch[2020], vch[2019]):+.1f}%", "false"))

lk = {y: ons_knife_region("London", y) for y in range(2013, 2021)}
one("o45_ons_london_knife.txt", "2020-10-01",
    "Knife crime in London has now risen for the fifth year running, to 15,928 offences.",
    E("fifth year running", T(rises_in_a_row(lk, 2020) == 5 and lk[2020] == 15928), "streak",
      f"ONS knife series (BritishDrugDynamics, years as labelled), London: {ser(lk)}; rises 2016-2020 after the 2015 low",
      "true"))

cu = knife100k("Cumbria", 2018)
one("o46_cumbria_knife_rate.txt", "2019-08-01",
    "Cumbria's knife crime rate was about 30 offences per 100,000 people in 2018.",
    E("about 30 offences per 100,000", T(abs(cu - 30) <= 1), "rate",
      f"ONS knife series per 100,000 (knifecrime_100k.csv), Cumbria 2018 = {cu:.2f}", "true"))

ms, wy = ons_knife("Merseyside", 2019), ons_knife("West Yorkshire", 2019)
one("o47_merseyside_knife.txt", "2020-02-01", "Merseyside recorded more knife crime than West Yorkshire in 2019.",
    E("more knife crime than West Yorkshire", F(ms > wy), "compare",
      f"ONS knife series 2019: Merseyside {ms}, West Yorkshire {wy}", "false"))

btp_bike = {m: force_street("btp", [m], "Bicycle theft") for m in M22}
one("o48_btp_bikes.txt", "2022-12-20",
    "Bike thefts at railway stations peaked in August, when British Transport Police recorded 815.",
    E("peaked in August", T(max(btp_bike, key=btp_bike.get) == "202208" and btp_bike["202208"] == 815), "turn",
      f"{PUK}; BTP Bicycle theft by month 2022 {ser(btp_bike)} (rows as published; BTP rows carry no Crime ID)", "true"))

btp_veh = {m: force_street("btp", [m], "Vehicle crime") for m in M22}
one("o49_btp_vehicle.txt", "2022-12-20",
    "Vehicle crime recorded by British Transport Police rose every month from January to May.",
    E("rose every month from January to May", T(all(btp_veh[months(2022, k + 1, 2022, k + 1)[0]] > btp_veh[months(2022, k, 2022, k)[0]]
                                                     for k in range(1, 5))), "direction",
      f"BTP Vehicle crime by month 2022 {ser(btp_veh)}", "true"))

cum_rows = {m: force_street("cumbria", [m]) for m in M22}
cum_cr = {m: force_street("cumbria", [m], crime_only=True) for m in M22}
one("o50_cumbria_busiest.txt", "2022-12-20", "August was Cumbria Police's busiest month of the year so far.",
    E("busiest month of the year so far", F("202208" in (max(cum_rows, key=cum_rows.get), max(cum_cr, key=cum_cr.get))),
      "rank", f"Cumbria rows by month 2022 {ser(cum_rows)}; crimes without ASB {ser(cum_cr)}: July is the busiest "
              "either way", "false"))

sy_b, me_b = force_street("south-yorkshire", M22, "Burglary"), force_street("merseyside", M22, "Burglary")
one("o51_sy_merseyside_burglary.txt", "2022-12-20",
    "South Yorkshire has recorded nearly twice as many burglaries as Merseyside this year.",
    E("nearly twice as many burglaries", T(1.85 <= sy_b / me_b < 2), "compare",
      f"{PUK}; Jan-Nov 2022 Burglary: South Yorkshire {sy_b}, Merseyside {me_b} = x{sy_b / me_b:.2f}", "true"))

me_d, sy_d = force_street("merseyside", M22, "Drugs"), force_street("south-yorkshire", M22, "Drugs")
one("o52_merseyside_drugs.txt", "2022-12-20",
    "Merseyside Police records more than three times as many drug offences as South Yorkshire.",
    E("more than three times", T(me_d > 3 * sy_d), "compare",
      f"Jan-Nov 2022 Drugs: Merseyside {me_d}, South Yorkshire {sy_d} = x{me_d / sy_d:.2f}", "true"))

sy_shop = {m: force_street("south-yorkshire", [m], "Shoplifting") for m in M22}
one("o53_sy_shoplifting.txt", "2022-12-20", "Shoplifting in South Yorkshire peaked in October this year.",
    E("peaked in October", F(max(sy_shop, key=sy_shop.get) == "202210"), "turn",
      f"South Yorkshire Shoplifting by month 2022 {ser(sy_shop)}: the peak is August", "false"))

cum_burg = {m: force_street("cumbria", [m], "Burglary") for m in M22}
one("o54_cumbria_burglary.txt", "2022-12-20", "Burglaries in Cumbria were at their highest in March.",
    E("highest in March", F(max(cum_burg, key=cum_burg.get) == "202203"), "turn",
      f"Cumbria Burglary by month 2022 {ser(cum_burg)}: the peak is June", "false"))

me_n = (force_street("merseyside", ["202211"]), force_street("merseyside", ["202112"]))
me_n_cr = (force_street("merseyside", ["202211"], crime_only=True), force_street("merseyside", ["202112"], crime_only=True))
one("o55_merseyside_nov.txt", "2023-01-05",
    "Merseyside Police recorded more crime in November 2022 than in December 2021.",
    E("more crime in November 2022 than in December 2021", T(me_n[0] > me_n[1] and me_n_cr[0] > me_n_cr[1]), "compare",
      f"Merseyside Nov 2022 {me_n[0]} rows / {me_n_cr[0]} crimes vs Dec 2021 {me_n[1]} / {me_n_cr[1]}", "true"))

cs24 = (col2(Y24, "Shoplifting"), col2(Y19, "Shoplifting"))
one("o57_city_shoplifting.txt", "2025-02-05",
    "Shoplifting in the Square Mile more than doubled between 2019 and 2024.",
    E("more than doubled", F(any(cpct(cs24, i) > 100 for i in (0, 1))), "change",
      cnote("Shoplifting", cs24, "2024", "2019") + ": up about 70%", "false"))

ss = {m: met_ss([m]) for m in ("201801", "201802", "201803")}
one("o58_met_stops_q1_2018.txt", "2018-05-10",
    "The Met carried out more than 33,000 stop and searches in the first three months of 2018, most of them in January.",
    E("more than 33,000", T(sum(ss.values()) > 33000), "count",
      f"police.uk Met stop-and-search files 2018-01..03: {ser(ss)} = {sum(ss.values())}", "true"),
    E("most of them in January", F(ss["201801"] > sum(ss.values()) / 2), "share",
      f"January {ss['201801']} of {sum(ss.values())} = {100 * ss['201801'] / sum(ss.values()):.0f}%: January was the "
      "busiest month but not most of the stops", "false"))

fr = {y: owid("France", y) for y in range(2019, 2025)}
one("o59_owid_france.txt", "2025-12-01", "France's homicide rate rose in 2024 for the fourth year in a row.",
    E("fourth year in a row", T(rises_in_a_row(fr, 2024) == 4), "streak",
      f"OWID/UNODC homicide rate per 100,000, France {ser({y: round(v, 3) for y, v in fr.items()})}", "true"))

ca = {y: owid("Canada", y) for y in range(2018, 2024)}
one("o60_owid_canada.txt", "2025-12-01", "Canada's homicide rate rose every year from 2018 to 2023.",
    E("rose every year from 2018 to 2023", F(rises_in_a_row(ca, 2023) >= 5), "streak",
      f"OWID/UNODC Canada {ser({y: round(v, 3) for y, v in ca.items()})}: fell in 2023", "false"))

one("o61_owid_ew_france.txt", "2023-06-01", "England and Wales had a lower homicide rate than France in 2021.",
    E("lower homicide rate than France", F(ew21 < owid("France", 2021)), "compare",
      f"OWID/UNODC 2021: England and Wales {ew21:.3f}, France {owid('France', 2021):.3f}", "false"))

one("o62_dogs_2022.txt", "2023-12-15",
    "More dogs were stolen in London in 2022 than in any other year since at least 2010.",
    E("than in any other year since at least 2010", T(all(animals(2022) > animals(y) for y in range(2010, 2022))), "record",
      "MPS stolen-animals file, type Dog: " + ", ".join(f"{y}: {animals(y)}" for y in range(2010, 2023)), "true"))

one("o63_cats_1921.txt", "2022-06-01", "Cat thefts in London halved between 2019 and 2021.",
    E("halved between 2019 and 2021", F(animals(2021, "Cat") <= 0.55 * animals(2019, "Cat")), "change",
      f"stolen-animals file, type Cat: 2019 {animals(2019, 'Cat')}, 2021 {animals(2021, 'Cat')}: doubled, not halved",
      "false"))

vu = victims_years(Solved_Status="Unsolved")
one("o64_unsolved_2022.txt", "2023-03-01", "Unsolved homicides in London rose to 21 in 2022, the most since 2019.",
    E("the most since 2019", T(vu[2022] == 21 and last_higher(vu, 2022) == 2019), "record",
      f"victims with Solved_Status Unsolved (as at the file's extract): {ser({y: vu[y] for y in range(2015, 2023)})}", "true"))

# wrong size / direction words, London-wide
one("o65_tabloid_veh.txt", D25, "Car crime across London is at its highest for a decade.",
    E("highest for a decade", F(any(s[2025] == max(s[y] for y in range(2016, 2026)) for s in vehy)), "record",
      f"London vehicle offences by year (all rows) {ser(vehy[0])}: 2025 is the lowest of the decade", "false"))

bk = lon_years(minor="BICYCLE THEFT")
one("o66_cycling_uk.txt", D25, "Bike theft in London fell to its lowest level on record in 2025.",
    E("lowest level on record", T(all(s[2025] == min(s.values()) for s in bk)), "record",
      f"London bicycle theft by year (all rows) {ser(bk[0])}; 32 boroughs 2025 {bk[1][2025]} also the minimum", "true"))

one("o67_gb_news_hom.txt", D25, "Homicides in London went up again in 2025.",
    E("went up again in 2025", F(any(s[2025] > s[2024] for s in hom)), "direction",
      f"London homicide offences 2025 {hom[0][2025]} vs 2024 {hom[0][2024]} (32 boroughs {hom[1][2025]} vs {hom[1][2024]})",
      "false"))

one("o68_tfp_doubled.txt", D25, "Pickpocketing and snatch thefts in London have doubled since 2022.",
    E("doubled since 2022", F(all(1.9 <= s[2025] / s[2022] for s in tfp)), "change",
      f"theft from the person 2025 {tfp[0][2025]} vs 2022 {tfp[0][2022]} = x{tfp[0][2025] / tfp[0][2022]:.2f} "
      f"(32 boroughs x{tfp[1][2025] / tfp[1][2022]:.2f}): up about half", "false"))

sx = lon_years(major="SEXUAL OFFENCES")
one("o69_sexoff_fell.txt", D25, "Sexual offences in London fell last year.",
    E("fell last year", F(any(s[2025] < s[2024] for s in sx)), "direction",
      f"London sexual offences 2025 {sx[0][2025]} vs 2024 {sx[0][2024]} (32 boroughs {sx[1][2025]} vs {sx[1][2024]}): rose",
      "false"))

dr = lon_years(major="DRUG OFFENCES")
one("o70_drugs_third.txt", D25, "Drug offences in London rose by a third in 2025.",
    E("rose by a third", T(all(31 <= pct(s[2025], s[2024]) <= 35 for s in dr)), "change",
      f"London drug offences 2025 {dr[0][2025]} vs 2024 {dr[0][2024]} = {pct(dr[0][2025], dr[0][2024]):+.1f}% "
      f"(32 boroughs {pct(dr[1][2025], dr[1][2024]):+.1f}%)", "true"))

wp = lon_years(major="POSSESSION OF WEAPONS")
one("o71_weapons_record.txt", D25, "Weapon possession offences in London hit a record high in 2025.",
    E("hit a record high", F(any(s[2025] == max(s.values()) for s in wp)), "record",
      f"London possession of weapons by year (all rows) {ser(wp[0])}: 2017 was higher", "false"))

# unverifiable
one("o72_barnet_catalytic.txt", D25, "Catalytic converter thefts in Barnet rose 40% last year.",
    NV("Catalytic converter thefts", "catalytic converter theft is not a category in the data (it sits inside theft from "
       "/ interfering with a vehicle); a narrower crime than any measure held"))
one("o73_camden_moped.txt", D25, "Moped-enabled phone snatches in Camden have halved since 2023.",
    NV("Moped-enabled phone snatches", "moped-enabled crime is not a category in the data"))
one("o74_soho_spiking.txt", D25, "Reports of drink spiking in Soho doubled last year.",
    NV("drink spiking", "spiking is not a category in the data"))
one("o75_buses.txt", D25, "Crime on London buses rose by 12% in 2025, according to TfL.",
    NV("Crime on London buses", "crime on buses is not in the data (BTP covers rail, and only Jan-Nov 2022 here)"))
one("o76_harrow_solved.txt", D25, "Only 7% of burglaries in Harrow are solved.",
    NV("Only 7% of burglaries in Harrow are solved", "outcomes by borough are not in the data"))
one("o77_hillingdon_999.txt", D25, "The average 999 response time in Hillingdon is now 11 minutes.",
    NV("11 minutes", "response times are not in the data"))
one("o78_th_hate.txt", D25, "Hate crime in Tower Hamlets rose by a fifth last year.",
    NV("Hate crime in Tower Hamlets", "hate crime as a whole is not in the data; the MPS series holds only racially or "
       "religiously aggravated public fear, a narrower offence"))
one("o79_southwark_ebike.txt", D25, "E-bike thefts in Southwark have tripled in two years.",
    NV("E-bike thefts", "e-bike theft is not separated from bicycle theft in the data"))
one("o80_enfield_flytip.txt", D25, "Fly-tipping in Enfield went up by a quarter last year.",
    NV("Fly-tipping", "fly-tipping is a council enforcement statistic, not police-recorded crime"))

# opinion
one("o81_shoplifting_incapable.txt", D25, "The Met is simply incapable of tackling shoplifting.",
    OP("simply incapable", "a judgement about the police"))
one("o82_richmond_lovely.txt", D25, "Richmond is a lovely, safe place to bring up children.",
    OP("lovely, safe place", "a judgement"))
one("o83_zero_tolerance.txt", D25, "Zero-tolerance policing works \u2013 just look at New York.",
    OP("Zero-tolerance policing works", "an opinion on policy"))
one("o84_damning.txt", D25, "These figures are a damning indictment of the Mayor's record.",
    OP("damning indictment", "a political judgement"))
one("o85_croydon_control.txt", D25, "Crime in Croydon is completely out of control.",
    OP("completely out of control", "rhetoric, no figure"))
one("o86_two_percent.txt", D25, "A 2% fall is nothing to celebrate when families are still living in fear.",
    OP("nothing to celebrate", "a judgement about a figure, not a claim of one"))
one("o87_one_too_many.txt", D25, "One stabbing is one too many.",
    OP("one too many", "a moral statement with number words"))
one("o88_highstreet.txt", D25, "Our high street has never felt so unsafe.",
    OP("never felt so unsafe", "a feeling, no figure"))
one("o89_tweets.txt", D25, "Police are too busy policing tweets to deal with burglaries.",
    OP("too busy policing tweets", "rhetoric"))
one("o90_commissioner_credit.txt", D25, "The commissioner deserves real credit for turning the Met around.",
    OP("deserves real credit", "a judgement about a person"))
one("o91_third_time.txt", D25, "Third time lucky for the Mayor's knife crime plan? I doubt it.",
    OP("Third time lucky", "rhetoric with number-like words"))
one("o92_backbone.txt", D25, "Neighbourhood policing is the backbone of a safe community.",
    OP("backbone of a safe community", "an opinion"))
one("o93_hundred_officers.txt", D25, "Frankly, a hundred extra officers won't touch the sides.",
    OP("won't touch the sides", "a judgement about a hypothetical"))
one("o94_bexley_best.txt", D25, "Bexley is the best borough in London to live in, whatever the figures say.",
    OP("best borough in London to live in", "a judgement"))
one("o95_tv_pundit.txt", D25, "PUNDIT: Honestly, the Met has lost the confidence of a whole generation of Londoners.",
    OP("lost the confidence of a whole generation", "a judgement; no survey figure is given"))
one("o96_residents_twitter.txt", D25, "Thread 1/4: Islington Council's CCTV plan is a waste of money and everyone knows it.",
    OP("a waste of money", "an opinion on council spending"))
one("o97_blog_sentencing.txt", D25, "Short sentences for shoplifters are a joke, and the courts should be ashamed.",
    OP("should be ashamed", "a judgement about the courts"))
