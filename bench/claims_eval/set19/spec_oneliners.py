"""set19, one-liners part: tweets, headlines, leaflet lines, quotes, captions, single sentences from speeches and reports.

Written blind (the tester never read the checker, its docs on claims, its tests, nor any other set's spec beyond the
format head of set9's). Every factual claim is true or false *by design*; book.T / book.F check that design against
the raw files and raise if they disagree. The notes give the figures. London-wide figures are checked under both
readings of "London" (all Met rows / the 32 boroughs) with truth19o.lon(); see README_oneliners.md.
"""
from truth19o import (  # noqa: F401
    BOROUGHS32, SpecBook, fyearly, _col_month, _force_month, both, cal, col, dash, falls_in_a_row, force_street, fy, gla_pop,
    knife_boroughs, last_higher, last_lower, lon, london32_pop, met_ss, month_series, months, mps, mps_by_borough,
    near, neither, ons_knife, owid, pct, pct_is, rank_of, rises_in_a_row, victims, victims_by, victims_years, yearly,
)
from collections import Counter

book = SpecBook()
E, add, one, T, F, NV, OP = book.E, book.add, book.one, book.T, book.F, book.NV, book.OP


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def yr(pairfn, years):
    return {y: pairfn(y) for y in years}


Y = range(2011, 2026)
A26 = "2026-03-20"  # a text about calendar 2025 (or Jan/Feb 2026) published after the Feb 2026 release
A25 = "2026-02-10"

# ---------------------------------------------------------------- London-wide, calendar 2025
tot = {y: lon(cal(y)) for y in Y}
tot_all = {y: v[0] for y, v in tot.items()}
tot_b = {y: v[1] for y, v in tot.items()}
one("o1_tweet_met_2025_turn.txt", A25,
    "New Met figures: recorded crime in London fell in 2025, after four straight years of increases.",
    E("fell in 2025", T(tot_all[2025] < tot_all[2024] and tot_b[2025] < tot_b[2024]), "direction",
      f"all rows 2025 {tot_all[2025]} vs 2024 {tot_all[2024]}; 32 boroughs {tot_b[2025]} vs {tot_b[2024]}", "true"),
    E("after four straight years of increases", T(rises_in_a_row(tot_all, 2024) == 4 and rises_in_a_row(tot_b, 2024) == 4),
      "turn", f"rises 2021-2024 under both readings: all rows {ser({y: tot_all[y] for y in range(2020, 2026)})}; "
      f"boroughs {ser({y: tot_b[y] for y in range(2020, 2026)})}", "true"))

one("o2_headline_london_910k.txt", A25,
    "Met recorded around 910,000 crimes in London last year - roughly 2,500 every day",
    E("around 910,000 crimes", T(both(lambda x: near(910000, x, 0.01), tot[2025])), "count",
      f"2025: all rows {tot_all[2025]}, 32 boroughs {tot_b[2025]}", "true"),
    E("roughly 2,500 every day", T(both(lambda x: near(2500, x / 365, 0.02), tot[2025])), "rate",
      f"{tot_all[2025] / 365:.0f} / {tot_b[2025] / 365:.0f} a day", "true"))

th = {y: lon(cal(y), major="THEFT") for y in (2024, 2025)}
one("o3_tabloid_theft_rise.txt", A25,
    "Theft in London rose again in 2025 as thieves targeted shops and commuters across the capital.",
    E("Theft in London rose again in 2025", F(both(lambda i: th[2025][i] > th[2024][i], (0, 1))), "direction",
      f"theft major group 2025 {th[2025]} vs 2024 {th[2024]} (all rows, boroughs): it fell", "false"))

bu = {y: lon(cal(y), major="BURGLARY") for y in Y}
bu_all = {y: v[0] for y, v in bu.items()}
one("o4_press_burglary_low.txt", A25,
    "Burglaries recorded by the Met dropped to about 48,000 in 2025, the lowest annual figure since the current series began in 2010.",
    E("about 48,000", T(both(lambda x: near(48000, x, 0.01), bu[2025])), "count", f"burglary 2025 {bu[2025]}", "true"),
    E("the lowest annual figure since the current series began", T(bu_all[2025] == min(bu_all.values()) and bu[2025][1] < min(v[1] for y, v in bu.items() if y < 2025)),
      "record", f"burglary by calendar year (all rows) {ser(bu_all)}", "true"))

dr = {y: lon(cal(y), major="DRUG OFFENCES") for y in (2024, 2025)}
one("o5_reddit_drugs_third.txt", A25,
    "Drug offences recorded by the Met went up by around a third last year, which tells you more about stop and search than about drug use.",
    E("went up by around a third", T(both(lambda i: 30 <= pct(dr[2025][i], dr[2024][i]) <= 36, (0, 1))), "change",
      f"drug offences 2025 {dr[2025]} vs 2024 {dr[2024]}: {pct(dr[2025][0], dr[2024][0]):+.1f}% / {pct(dr[2025][1], dr[2024][1]):+.1f}%", "true"),
    OP("tells you more about stop and search than about drug use"))

ro = {y: lon(cal(y), major="ROBBERY") for y in (2024, 2025)}
one("o6_chyron_robbery.txt", A25,
    "BREAKING: Robbery in London falls to just over 32,000 offences in 2025, Met says",
    E("falls to just over 32,000 offences", T(both(lambda i: 32000 < ro[2025][i] < 32500 and ro[2024][i] > ro[2025][i], (0, 1))), "change",
      f"robbery 2025 {ro[2025]} vs 2024 {ro[2024]}: {pct(ro[2025][0], ro[2024][0]):+.1f}% / {pct(ro[2025][1], ro[2024][1]):+.1f}%", "true"))

sx = {y: lon(cal(y), major="SEXUAL OFFENCES") for y in Y}
sx_all = {y: v[0] for y, v in sx.items()}
sx_b = {y: v[1] for y, v in sx.items()}
one("o7_charity_sexual_offences.txt", A25,
    "Sexual offences recorded in London reached a record high in 2025, and we know most survivors never come forward.",
    E("reached a record high in 2025", T(sx_all[2025] == max(sx_all.values()) and sx_b[2025] == max(sx_b.values())), "record",
      f"sexual offences by year (all rows) {ser(sx_all)}", "true"),
    NV("most survivors never come forward", "non-reporting is not in police-recorded data"))

ve = {y: lon(cal(y), major="VEHICLE OFFENCES") for y in Y}
ve_all = {y: v[0] for y, v in ve.items()}
one("o8_motoring_vehicle_crime.txt", A25,
    "Good news for drivers: vehicle crime in London fell by nearly 15% last year to its lowest level since 2015.",
    E("fell by nearly 15%", T(both(lambda i: -15 < pct(ve[2025][i], ve[2024][i]) < -13.5, (0, 1))), "change",
      f"vehicle offences 2025 {ve[2025]} vs 2024 {ve[2024]}: {pct(ve[2025][0], ve[2024][0]):+.1f}% / {pct(ve[2025][1], ve[2024][1]):+.1f}%", "true"),
    E("its lowest level since 2015", T(last_lower(ve_all, 2025) == 2015 and last_lower({y: v[1] for y, v in ve.items()}, 2025) == 2015), "record",
      f"vehicle offences by year {ser(ve_all)}: last lower year 2015", "true"))

hm = {y: lon(cal(y), minor="HOMICIDE") for y in Y}
hm_all = {y: v[0] for y, v in hm.items()}
one("o9_headline_homicide_2014.txt", A25,
    "London homicides fall to lowest level since 2014",
    E("lowest level since 2014", T(last_lower(hm_all, 2025) == 2014 and hm[2025][0] == hm[2025][1]), "record",
      f"Met homicide offences by year {ser(hm_all)}; 2025 {hm[2025]}", "true"))
one("o10_tweet_homicide_ever.txt", A25,
    "96 homicides in London in 2025. The lowest number ever recorded. Credit where it's due.",
    E("96 homicides", T(hm[2025] == (96, 96)), "count", f"homicide offences 2025 {hm[2025]}", "true"),
    E("The lowest number ever recorded", F(hm_all[2025] == min(hm_all.values())), "record",
      f"2014 was lower ({hm_all[2014]}); victims file also has 84 victims in 2014", "false"),
    OP("Credit where it's due"))

# ---------------------------------------------------------------- boroughs, calendar 2025
a25 = mps_by_borough(mm=cal(2025))
a24 = mps_by_borough(mm=cal(2024))
srt = sorted(a25, key=a25.get, reverse=True)
one("o11_local_westminster_double.txt", A25,
    "Westminster recorded 83,549 crimes in 2025, more than double the total in Camden, the next-highest borough.",
    E("83,549 crimes", T(a25["Westminster"] == 83549), "count", f"Westminster 2025 {a25['Westminster']}", "true"),
    E("more than double the total in Camden", T(a25["Westminster"] > 2 * a25["Camden"]), "compare",
      f"Camden {a25['Camden']}, x2 = {2 * a25['Camden']}", "true"),
    E("the next-highest borough", T(srt[1] == "Camden"), "rank", f"top three {srt[:3]}", "true"))

tfp = {y: mps(minor="THEFT FROM THE PERSON", borough="Westminster", mm=cal(y)) for y in (2024, 2025)}
one("o12_bid_westminster_pickpocket.txt", A25,
    "Theft from the person in Westminster fell by nearly a quarter in 2025, but still made up four in ten of all crimes in the borough.",
    E("fell by nearly a quarter", T(-25 < pct(tfp[2025], tfp[2024]) <= -21), "change",
      f"Westminster theft from the person {tfp[2025]} vs {tfp[2024]}: {pct(tfp[2025], tfp[2024]):+.1f}%", "true"),
    E("four in ten of all crimes", F(0.37 <= tfp[2025] / a25["Westminster"] <= 0.43), "share",
      f"{tfp[2025]} / {a25['Westminster']} = {tfp[2025] / a25['Westminster']:.3f}: three in ten, not four", "false"))

chg = {b: pct(a25[b], a24[b]) for b in a25}
one("o13_hillingdon_councillor.txt", A25,
    "Cllr Patel (Lab, Hayes): 'Crime in Hillingdon went up 6% last year, the biggest rise of any London borough. Residents deserve answers.'",
    E("went up 6%", T(pct_is(6, a25["Hillingdon"], a24["Hillingdon"])), "change",
      f"Hillingdon {a25['Hillingdon']} vs {a24['Hillingdon']}: {chg['Hillingdon']:+.2f}%", "true"),
    E("the biggest rise of any London borough", T(max(chg, key=chg.get) == "Hillingdon"), "rank",
      f"largest rises: {sorted(((round(v, 2), b) for b, v in chg.items()), reverse=True)[:3]}", "true"),
    OP("Residents deserve answers"))

ki = yearly(borough="Kingston upon Thames")
one("o14_leaflet_kingston.txt", "2026-04-02",
    "Thanks to your Lib Dem team, crime in Kingston is coming down - it fell again in 2025.",
    E("it fell again in 2025", F(ki[2025] < ki[2024]), "direction",
      f"Kingston {ki[2025]} vs {ki[2024]}: up {pct(ki[2025], ki[2024]):+.1f}%", "false"),
    OP("Thanks to your Lib Dem team", "credit-taking for a trend"))
one("o15_surrey_comet_kingston_turn.txt", A26,
    "Recorded crime in Kingston rose in 2025, reversing the fall seen the year before.",
    E("rose in 2025, reversing the fall seen the year before", T(ki[2025] > ki[2024] < ki[2023]), "turn",
      f"Kingston {ser({y: ki[y] for y in (2023, 2024, 2025)})}", "true"))

one("o16_property_listing_richmond.txt", A25,
    "Richmond upon Thames recorded the lowest number of crimes of any borough policed by the Met in 2025 - a big draw for families.",
    E("the lowest number of crimes of any borough policed by the Met", T(srt[-1] == "Richmond upon Thames"), "rank",
      f"lowest: {[(b, a25[b]) for b in srt[-3:]]}", "true"),
    OP("a big draw for families"))

pop = {b: gla_pop(b, 2025) for b in a25}
rate = {b: 1000 * a25[b] / pop[b] for b in a25}
lrate = 1000 * sum(a25.values()) / london32_pop(2025)
rsrt = sorted(rate, key=rate.get, reverse=True)
one("o17_report_westminster_rate.txt", A25,
    "At over 300 offences per 1,000 residents, Westminster's crime rate is more than three times the London average.",
    E("over 300 offences per 1,000 residents", T(rate["Westminster"] > 300), "rate",
      f"Westminster 2025 {a25['Westminster']} / GLA pop {pop['Westminster']} = {rate['Westminster']:.1f} per 1,000", "true"),
    E("more than three times the London average", T(rate["Westminster"] > 3 * lrate), "compare",
      f"London (32 boroughs) {lrate:.1f} per 1,000; ratio {rate['Westminster'] / lrate:.2f}", "true"))
one("o18_tweet_kc_rate.txt", A25,
    "Kensington and Chelsea now has the second-highest crime rate in London per head of population. Shocking.",
    E("the second-highest crime rate in London", F(rsrt[1] == "Kensington and Chelsea"), "rank",
      f"rates per 1,000: {[(b, round(rate[b], 1)) for b in rsrt[:4]]}: K&C is third", "false"),
    OP("Shocking."))
one("o19_barnet_conservatives.txt", A25,
    "Barnet has the lowest crime rate of any London borough, so why is the Mayor closing our police station?",
    E("the lowest crime rate of any London borough", F(rsrt[-1] == "Barnet"), "rank",
      f"lowest rates: {[(b, round(rate[b], 1)) for b in rsrt[-4:]]}; Barnet {rate['Barnet']:.1f}", "false"))

bd = {y: mps_by_borough(major="DRUG OFFENCES", mm=cal(y)) for y in (2024, 2025)}
one("o20_brent_times_drugs.txt", A25,
    "Brent recorded 2,838 drug offences in 2025, more than any other borough and up more than 60% on 2024.",
    E("2,838 drug offences", T(bd[2025]["Brent"] == 2838), "count", f"Brent drugs 2025 {bd[2025]['Brent']}", "true"),
    E("more than any other borough", T(max(bd[2025], key=bd[2025].get) == "Brent"), "rank",
      f"next: Westminster {bd[2025]['Westminster']}", "true"),
    E("up more than 60%", T(pct(bd[2025]["Brent"], bd[2024]["Brent"]) > 60), "change",
      f"vs 2024 {bd[2024]['Brent']}: {pct(bd[2025]['Brent'], bd[2024]['Brent']):+.1f}%", "true"))

lh = {y: mps_by_borough(minor="HOMICIDE", mm=cal(y)) for y in (2024, 2025)}
one("o21_lewisham_vigil_caption.txt", A25,
    "Caption: Residents at a vigil on Catford Broadway. Lewisham recorded 11 homicides last year, more than any other London borough.",
    E("11 homicides", T(lh[2025]["Lewisham"] == 11), "count", f"Lewisham homicide 2025 {lh[2025]['Lewisham']}", "true"),
    E("more than any other London borough", T(sorted(lh[2025].values())[-2] < 11), "rank",
      f"next highest {sorted(lh[2025].values())[-2]}", "true"))

lr = {y: mps(major="ROBBERY", borough="Lambeth", mm=cal(y)) for y in (2024, 2025)}
one("o22_lambeth_commander.txt", A25,
    "Lambeth's borough commander said robberies dropped by more than a quarter in 2025 after officers were put on the high streets, and that 94% of victims were satisfied with the service.",
    E("dropped by more than a quarter", T(pct(lr[2025], lr[2024]) < -25), "change",
      f"Lambeth robbery {lr[2025]} vs {lr[2024]}: {pct(lr[2025], lr[2024]):+.1f}%", "true"),
    NV("94% of victims were satisfied", "victim satisfaction is a survey measure, not in the data"))

shop = {y: mps_by_borough(minor="SHOPLIFTING", mm=cal(y)) for y in (2024, 2025)}
one("o23_retail_week_kc.txt", A25,
    "Shoplifting in Kensington and Chelsea rose by a third in 2025, while Westminster saw a 30% jump.",
    E("rose by a third", T(31 <= pct(shop[2025]["Kensington and Chelsea"], shop[2024]["Kensington and Chelsea"]) <= 36), "change",
      f"K&C shoplifting {shop[2025]['Kensington and Chelsea']} vs {shop[2024]['Kensington and Chelsea']}", "true"),
    E("a 30% jump", F(pct_is(30, shop[2025]["Westminster"], shop[2024]["Westminster"], 2)), "change",
      f"Westminster {shop[2025]['Westminster']} vs {shop[2024]['Westminster']}: {pct(shop[2025]['Westminster'], shop[2024]['Westminster']):+.1f}%: about 20%", "false"))

hb = {y: mps_by_borough(minor="RES BURGLARY OF A HOME", mm=cal(y)) for y in (2024, 2025)}
one("o24_barnet_neighbourhood_watch.txt", A25,
    "Barnet had more home burglaries than any other London borough in 2025, even though the number fell by a quarter.",
    E("more home burglaries than any other London borough", T(max(hb[2025], key=hb[2025].get) == "Barnet"), "rank",
      f"home burglary 2025 top: {sorted(((v, b) for b, v in hb[2025].items()), reverse=True)[:2]}", "true"),
    E("fell by a quarter", F(-28 <= pct(hb[2025]["Barnet"], hb[2024]["Barnet"]) <= -22), "change",
      f"Barnet {hb[2025]['Barnet']} vs {hb[2024]['Barnet']}: {pct(hb[2025]['Barnet'], hb[2024]['Barnet']):+.1f}%, not a quarter", "false"))

bk = {y: mps_by_borough(minor="BICYCLE THEFT", mm=cal(y)) for y in (2024, 2025)}
one("o25_cycling_blog_hackney.txt", A25,
    "Hackney remains London's bike theft capital, with 1,255 bicycle thefts reported in 2025 - and the number keeps climbing. Only 2% are ever returned to their owners.",
    E("London's bike theft capital", T(max(bk[2025], key=bk[2025].get) == "Hackney"), "rank",
      f"bicycle theft 2025 Hackney {bk[2025]['Hackney']}, next Tower Hamlets {bk[2025]['Tower Hamlets']}", "true"),
    E("1,255 bicycle thefts", T(bk[2025]["Hackney"] == 1255), "count", "Hackney 2025", "true"),
    E("the number keeps climbing", F(bk[2025]["Hackney"] > bk[2024]["Hackney"]), "direction",
      f"Hackney {bk[2025]['Hackney']} vs 2024 {bk[2024]['Hackney']}: it fell", "false"),
    NV("Only 2% are ever returned to their owners", "property recovery is not in the data"))

mv = mps_by_borough(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", mm=cal(2025))
one("o26_enfield_independent_cars.txt", A25,
    "More cars were stolen in Enfield than anywhere else in London last year, and fewer than one in ten are ever recovered.",
    E("More cars were stolen in Enfield than anywhere else in London", F(max(mv, key=mv.get) == "Enfield"), "rank",
      f"theft or unauthorised taking of a motor vehicle 2025: Croydon {mv['Croydon']}, Barnet {mv['Barnet']}, Enfield {mv['Enfield']} (Enfield was first in 2024)", "false"),
    NV("fewer than one in ten are ever recovered", "recovery of stolen vehicles is not in the data"))

rp = {y: mps_by_borough(minor="RAPE", mm=cal(y)) for y in (2024, 2025)}
one("o27_southwark_vawg_strategy.txt", A25,
    "Recorded rapes in Southwark rose by more than a third in 2025; Newham recorded the most of any borough.",
    E("rose by more than a third", T(pct(rp[2025]["Southwark"], rp[2024]["Southwark"]) > 33.4), "change",
      f"Southwark rape {rp[2025]['Southwark']} vs {rp[2024]['Southwark']}: {pct(rp[2025]['Southwark'], rp[2024]['Southwark']):+.1f}%", "true"),
    E("Newham recorded the most of any borough", F(max(rp[2025], key=rp[2025].get) == "Newham"), "rank",
      f"Croydon {rp[2025]['Croydon']}, Southwark {rp[2025]['Southwark']}, Newham {rp[2025]['Newham']}: Croydon first, Newham third", "false"))

rr = {y: mps(minor="RACE OR RELIGIOUS AGG PUBLIC FEAR", borough="Hillingdon", mm=cal(y)) for y in (2024, 2025)}
one("o28_hillingdon_hate_crime.txt", A25,
    "Racially or religiously aggravated public order offences in Hillingdon jumped by almost a third in 2025.",
    E("jumped by almost a third", T(29 <= pct(rr[2025], rr[2024]) < 33.4), "change",
      f"Hillingdon {rr[2025]} vs {rr[2024]}: {pct(rr[2025], rr[2024]):+.1f}%", "true"))

pw = {y: mps(major="POSSESSION OF WEAPONS", borough="Lewisham", mm=cal(y)) for y in (2024, 2025)}
one("o29_lewisham_weapons.txt", A25,
    "Weapon possession offences in Lewisham doubled in 2025 as stop and search was stepped up.",
    E("doubled in 2025", F(pw[2025] >= 1.9 * pw[2024]), "change",
      f"Lewisham possession of weapons {pw[2025]} vs {pw[2024]}: {pct(pw[2025], pw[2024]):+.1f}%, not a doubling", "false"),
    NV("stop and search was stepped up", "Met stop-and-search is held for Jan-Mar 2018 only"))

one("o30_compare_newham_southwark.txt", A25,
    "Newham recorded more crime than Southwark in 2025, and Ealing recorded more than Croydon.",
    E("Newham recorded more crime than Southwark", T(a25["Newham"] > a25["Southwark"]), "compare",
      f"Newham {a25['Newham']}, Southwark {a25['Southwark']}", "true"),
    E("Ealing recorded more than Croydon", F(a25["Ealing"] > a25["Croydon"]), "compare",
      f"Ealing {a25['Ealing']}, Croydon {a25['Croydon']}", "false"))

one("o31_greenwich_flat.txt", A25,
    "In Greenwich, the number of recorded crimes in 2025 was virtually unchanged from 2024, and the same was true in Croydon.",
    E("virtually unchanged from 2024", T(abs(pct(a25["Greenwich"], a24["Greenwich"])) < 0.5), "equal",
      f"Greenwich {a25['Greenwich']} vs {a24['Greenwich']}", "true"),
    E("the same was true in Croydon", F(abs(chg["Croydon"]) < 1), "equal", f"Croydon {a25['Croydon']} vs {a24['Croydon']}: {chg['Croydon']:+.1f}%", "false"))

one("o32_waltham_forest_press.txt", A25,
    "Waltham Forest Council welcomed a 7% fall in recorded crime in 2025, one of the largest falls in London.",
    E("a 7% fall", T(pct_is(-7, a25["Waltham Forest"], a24["Waltham Forest"])), "change",
      f"Waltham Forest {a25['Waltham Forest']} vs {a24['Waltham Forest']}: {chg['Waltham Forest']:+.1f}%", "true"),
    E("one of the largest falls in London", T(sorted(chg, key=chg.get).index("Waltham Forest") < 3), "rank",
      f"largest falls: {sorted(((round(v, 1), b) for b, v in chg.items()))[:3]}", "true"))

one("o33_enfield_fb_group.txt", A25,
    "Enfield crime up again last year, this borough is going to the dogs",
    E("Enfield crime up again last year", F(a25["Enfield"] > a24["Enfield"]), "direction",
      f"Enfield {a25['Enfield']} vs {a24['Enfield']}: {chg['Enfield']:+.1f}%", "false"),
    OP("this borough is going to the dogs"))

one("o34_camden_new_journal.txt", A25,
    "Camden saw a 9% drop in recorded crime in 2025, though it remains the second-highest total in the capital.",
    E("a 9% drop", F(pct_is(-9, a25["Camden"], a24["Camden"], 1)), "change", f"Camden {a25['Camden']} vs {a24['Camden']}: {chg['Camden']:+.1f}%", "false"),
    E("the second-highest total in the capital", T(srt[1] == "Camden"), "rank", f"{srt[:3]}", "true"))

one("o35_havering_mp.txt", A25,
    "Crime in Havering fell by more than 10% last year, according to the Met's own figures.",
    E("fell by more than 10%", F(pct(a25["Havering"], a24["Havering"]) < -10), "change",
      f"Havering {a25['Havering']} vs {a24['Havering']}: {chg['Havering']:+.1f}%", "false"))

one("o36_tower_hamlets_rank.txt", A25,
    "Tower Hamlets had the fourth-highest number of recorded crimes of London's boroughs in 2025.",
    E("the fourth-highest number of recorded crimes", F(srt[3] == "Tower Hamlets"), "rank",
      f"order: {[(i + 1, b) for i, b in enumerate(srt[:6])]}: Tower Hamlets is sixth", "false"))

# ---------------------------------------------------------------- single months, named periods
ms = {m: lon([m]) for m in months(2024, 1, 2026, 2)}
m25 = {m: v for m, v in ms.items() if m.startswith("2025")}
one("o37_evening_standard_july.txt", A25,
    "July was the busiest month for crime in London in 2025, with more than 85,000 offences recorded.",
    E("July was the busiest month", T(all(max(m25, key=lambda k: m25[k][i]) == "202507" for i in (0, 1))), "record",
      f"monthly 2025 (all rows) {ser({k: v[0] for k, v in m25.items()})}", "true"),
    E("more than 85,000 offences", F(both(lambda x: x > 85000, ms["202507"])), "count", f"July 2025 {ms['202507']}", "false"))

one("o38_tweet_jan2026.txt", "2026-02-25",
    "January 2026 crime in London: down almost 4% on the same month a year earlier.",
    E("down almost 4%", T(all(-4 < pct(ms["202601"][i], ms["202501"][i]) <= -3.3 for i in (0, 1))), "change",
      f"Jan 2026 {ms['202601']} vs Jan 2025 {ms['202501']}: {pct(ms['202601'][0], ms['202501'][0]):+.2f}% / {pct(ms['202601'][1], ms['202501'][1]):+.2f}%", "true"))

ser_all = month_series(2011, 1, 2026, 2)
ser_b = {m: sum(mps_by_borough(mm=[m]).values()) for m in months(2021, 1, 2026, 2)}
low_a = [m for m in ser_all if m < "202602" and ser_all[m] <= ser_all["202602"]][-1]
low_b = [m for m in ser_b if m < "202602" and ser_b[m] <= ser_b["202602"]][-1]
one("o39_met_press_feb2026.txt", A26,
    "Just over 67,000 offences were recorded in London in February, the fewest in any month since 2022.",
    E("Just over 67,000 offences", T(both(lambda x: 67000 < x < 67800, ms["202602"])), "count", f"Feb 2026 {ms['202602']}", "true"),
    E("the fewest in any month since 2022", T(low_a[:4] == "2022" and low_b[:4] == "2022"), "record",
      f"last month at or below Feb 2026: all rows {low_a} ({ser_all[low_a]}), boroughs {low_b} ({ser_b[low_b]})", "true"))

sw = {m: mps(borough="Southwark", mm=[m]) for m in ("202403", "202503")}
one("o40_southwark_news_march.txt", "2026-01-15",
    "Last March Southwark recorded 3,374 crimes, up by more than 10% on the same month a year earlier.",
    E("3,374 crimes", T(sw["202503"] == 3374), "count", f"Southwark Mar 2025 {sw['202503']}", "true"),
    E("up by more than 10%", F(pct(sw["202503"], sw["202403"]) > 10), "change",
      f"vs Mar 2024 {sw['202403']}: {pct(sw['202503'], sw['202403']):+.1f}%", "false"))

dm = {m: lon([m], major="DRUG OFFENCES") for m in months(2024, 1, 2025, 12)}
one("o41_release_drugs_every_month.txt", A25,
    "Drug offences were higher in every month of 2025 than in the same month of 2024.",
    E("higher in every month of 2025", T(all(dm[f"2025{m:02d}"][i] > dm[f"2024{m:02d}"][i] for m in range(1, 13) for i in (0, 1))),
      "streak", f"pairs (all rows) {[(dm[f'2025{m:02d}'][0], dm[f'2024{m:02d}'][0]) for m in range(1, 13)]}", "true"))

lk = {k: lon([k]) for k in ("201904", "202004")}
lkb = {k: lon([k], major="BURGLARY") for k in ("201904", "202004")}
one("o42_lockdown_anniversary.txt", "2021-04-20",
    "In April 2020, the first full month of lockdown, recorded crime in London fell by more than a third on April 2019, and burglary halved, while calls about domestic abuse rose by a quarter.",
    E("fell by more than a third", T(both(lambda i: pct(lk["202004"][i], lk["201904"][i]) < -33.4, (0, 1))), "change",
      f"Apr 2020 {lk['202004']} vs Apr 2019 {lk['201904']}: {pct(lk['202004'][0], lk['201904'][0]):+.1f}%", "true"),
    E("burglary halved", F(both(lambda i: pct(lkb["202004"][i], lkb["201904"][i]) <= -47, (0, 1))), "change",
      f"burglary {lkb['202004']} vs {lkb['201904']}: {pct(lkb['202004'][0], lkb['201904'][0]):+.1f}% / {pct(lkb['202004'][1], lkb['201904'][1]):+.1f}%: not halved", "false"),
    NV("calls about domestic abuse rose by a quarter", "calls for service are not in the data"))

ld = {k: lon(months(*k), major="DRUG OFFENCES") for k in ((2020, 4, 2020, 5), (2019, 4, 2019, 5))}
a, b_ = ld[(2020, 4, 2020, 5)], ld[(2019, 4, 2019, 5)]
one("o43_podcast_lockdown_drugs.txt", "2021-02-01",
    "During the first lockdown, April and May 2020, drug offences actually went up by around 60% compared with the same months of 2019.",
    E("went up by around 60%", T(both(lambda i: 57 <= pct(a[i], b_[i]) <= 63, (0, 1))), "change",
      f"Apr-May 2020 {a} vs 2019 {b_}: {pct(a[0], b_[0]):+.1f}%", "true"))

isl = fyearly(borough="Islington", ends=range(2020, 2026))
one("o44_islington_gazette_fy.txt", "2025-05-20",
    "Islington recorded almost 10% more crimes in 2024/25 than in 2023/24, the fourth annual rise in a row, while its neighbourhood teams lost a fifth of their officers.",
    E("almost 10% more crimes", T(9 <= pct(isl[2025], isl[2024]) < 10), "change",
      f"Islington FY 2024/25 {isl[2025]} vs 2023/24 {isl[2024]}: {pct(isl[2025], isl[2024]):+.1f}%", "true"),
    E("the fourth annual rise in a row", T(rises_in_a_row(isl, 2025) == 4), "streak", f"Islington by FY {ser(isl)}", "true"),
    NV("lost a fifth of their officers", "officer numbers are not in the data"))

one("o45_radio_phonein_2019.txt", "2020-01-28",
    "Caller: crime in London last year was the highest it's been in a decade, that's what the figures say.",
    E("the highest it's been in a decade", T(all(max(range(2011, 2020), key=lambda y: tot[y][i]) == 2019 for i in (0, 1))), "record",
      f"2011-2019 all rows {ser({y: tot_all[y] for y in range(2011, 2020)})}", "true"))

one("o46_op_ed_2024_record.txt", "2025-01-30",
    "Last year London recorded more crime than in any year since comparable records began.",
    E("more crime than in any year since comparable records began", T(all(max(range(2011, 2025), key=lambda y: tot[y][i]) == 2024 for i in (0, 1))),
      "record", f"2024 all rows {tot_all[2024]} / boroughs {tot_b[2024]}: the highest of 2011-2024", "true"))

one("o47_think_tank_pandemic.txt", "2022-03-01",
    "Even in 2021 London recorded more than 10% fewer crimes than in pre-pandemic 2019.",
    E("more than 10% fewer crimes than in pre-pandemic 2019", T(both(lambda i: pct(tot[2021][i], tot[2019][i]) < -10, (0, 1))), "compare",
      f"2021 {tot[2021]} vs 2019 {tot[2019]}", "true"))

shl = {y: lon(cal(y), minor="SHOPLIFTING") for y in Y}
shl_all = {y: v[0] for y, v in shl.items()}
one("o48_brc_shoplifting.txt", A25,
    "Shoplifting in London has more than doubled since 2022 and hit another record in 2025. Retailers have been left to fend for themselves.",
    E("more than doubled since 2022", T(both(lambda i: shl[2025][i] > 2 * shl[2022][i], (0, 1))), "change",
      f"shoplifting 2025 {shl[2025]} vs 2022 {shl[2022]}", "true"),
    E("hit another record in 2025", T(shl_all[2025] == max(shl_all.values()) and shl_all[2024] == max(v for y, v in shl_all.items() if y < 2025)), "record",
      f"shoplifting by year {ser(shl_all)}", "true"),
    OP("Retailers have been left to fend for themselves"))
one("o49_tweet_shoplifting_two_years.txt", A25,
    "Shoplifting in London has doubled in just two years. Utterly shameful.",
    E("doubled in just two years", F(both(lambda i: shl[2025][i] >= 1.9 * shl[2023][i], (0, 1))), "change",
      f"2025 {shl[2025]} vs 2023 {shl[2023]}: {pct(shl[2025][0], shl[2023][0]):+.0f}%, not doubled", "false"),
    OP("Utterly shameful."))

# ---------------------------------------------------------------- knife crime dashboard
kn = {y: dash(mm=cal(y)) for y in (2023, 2024, 2025)}
kw = {y: dash("Knife Crime with Injury", mm=cal(y)) for y in (2023, 2024, 2025)}
kv = {y: dash("Knife Injury Victims (1-24)", mm=cal(y)) for y in (2023, 2024, 2025)}
one("o50_mayor_knife.txt", A26,
    "Knife crime in London fell by 17% in 2025, and knife crime with injury fell below 3,000 offences - proof that our approach is working.",
    E("fell by 17%", T(pct_is(-17, kn[2025], kn[2024])), "change", f"knife crime {kn[2025]} vs {kn[2024]}: {pct(kn[2025], kn[2024]):+.1f}%", "true"),
    E("fell below 3,000 offences", F(kw[2025] < 3000), "count", f"knife crime with injury 2025 {kw[2025]}", "false"),
    OP("proof that our approach is working"))
one("o51_youth_charity_victims.txt", A26,
    "The number of young people aged 1-24 injured by knives in London fell for a second year running in 2025.",
    E("fell for a second year running", T(kv[2025] < kv[2024] < kv[2023]), "streak", f"victims 1-24 {ser(kv)}", "true"))
kb5, kb4 = knife_boroughs(cal(2025)), knife_boroughs(cal(2024))
one("o52_newham_recorder_knife.txt", A26,
    "Newham recorded more knife crime than any other London borough in 2025, while Lambeth's total fell by a third.",
    E("more knife crime than any other London borough", T(max(kb5, key=kb5.get) == "Newham"), "rank",
      f"Newham {kb5['Newham']}, Westminster {kb5['Westminster']}", "true"),
    E("fell by a third", T(-36 < pct(kb5["Lambeth"], kb4["Lambeth"]) < -31), "change",
      f"Lambeth {kb5['Lambeth']} vs {kb4['Lambeth']}: {pct(kb5['Lambeth'], kb4['Lambeth']):+.1f}%", "true"))
one("o53_westminster_knife_false.txt", A26,
    "Knife crime is rising in Westminster: more offences in 2025 than in 2024.",
    E("more offences in 2025 than in 2024", F(kb5["Westminster"] > kb4["Westminster"]), "compare",
      f"Westminster knife crime {kb5['Westminster']} vs {kb4['Westminster']}", "false"))
kfy = {e: dash(mm=fy(e)) for e in (2023, 2024, 2025)}
one("o54_oppo_knife_fy.txt", "2025-05-15",
    "Knife crime in London rose for the second year in a row in 2024/25.",
    E("rose for the second year in a row", T(kfy[2025] > kfy[2024] > kfy[2023]), "streak",
      f"knife crime by FY (ending March) {ser(kfy)}", "true"))

# ---------------------------------------------------------------- homicide victims (MPS dashboard, 2003-2022)
V22 = "2023-02-20"
m22 = victims_by(2022, "Method_of_Killing")
s22 = victims_by(2022, "Sex")
a22 = victims_by(2022, "Age_Group")
n22 = victims(2022)
one("o55_guardian_victims_2022.txt", V22,
    "Of the 106 people killed in London in 2022, 70 were stabbed.",
    E("106 people killed", T(n22 == 106), "count", f"victims 2022 {n22}", "true"),
    E("70 were stabbed", T(m22["Knife or Sharp Implement"] == 70), "count", f"methods {dict(m22)}", "true"))
one("o56_infographic_knife_share.txt", V22,
    "Two in three homicide victims in London in 2022 were killed with a knife or sharp object.",
    E("Two in three", T(near(2 / 3, m22["Knife or Sharp Implement"] / n22, 0.03)), "share",
      f"{m22['Knife or Sharp Implement']}/{n22} = {m22['Knife or Sharp Implement'] / n22:.3f}", "true"))
one("o57_womens_aid_share.txt", V22,
    "Women and girls made up about a third of homicide victims in London in 2022.",
    E("about a third", F(0.30 <= s22["Female"] / n22 <= 0.36), "share", f"female {s22['Female']}/{n22} = {s22['Female'] / n22:.3f}: about a quarter", "false"))
one("o58_tv_young_victims.txt", V22,
    "Teenagers and young adults made up nearly half of all homicide victims in the capital in 2022.",
    E("nearly half", F(0.42 <= a22["Adolescent/Young Adult"] / n22 <= 0.5), "share",
      f"Adolescent/Young Adult {a22['Adolescent/Young Adult']}/{n22} = {a22['Adolescent/Young Adult'] / n22:.2f}", "false"))
kv_y = victims_years(Method_of_Killing="Knife or Sharp Implement")
one("o59_bbc_knife_killings_2019.txt", "2020-01-06",
    "Knife killings in London reached 94 in 2019, the highest number since at least 2003.",
    E("reached 94", T(kv_y[2019] == 94), "count", f"knife victims {kv_y[2019]}", "true"),
    E("the highest number since at least 2003", T(kv_y[2019] == max(v for y, v in kv_y.items() if y <= 2019)), "record",
      f"knife victims by year {ser({y: v for y, v in kv_y.items() if y <= 2019})}", "true"))
n21 = victims(2021)
one("o60_fall_2022.txt", V22,
    "Homicides in London fell by almost a fifth in 2022 compared with 2021.",
    E("fell by almost a fifth", T(-20 < pct(n22, n21) <= -17), "change", f"victims 2022 {n22} vs 2021 {n21}: {pct(n22, n21):+.1f}%", "true"))
m21 = victims_by(2021, "Method_of_Killing")
one("o61_gun_crime_claim.txt", "2022-02-01",
    "Shootings accounted for one in five of London's homicides in 2021.",
    E("one in five", F(0.18 <= m21["Shooting"] / n21 <= 0.22), "share", f"shooting {m21['Shooting']}/{n21} = {m21['Shooting'] / n21:.3f}", "false"))
da21 = victims_by(2021, "Domestic_Abuse")
one("o62_refuge_domestic.txt", "2022-02-01",
    "Almost one in five homicide victims in London in 2021 were killed in a domestic abuse context.",
    E("Almost one in five", T(0.17 <= da21["Domestic Abuse"] / n21 < 0.2), "share",
      f"domestic abuse {da21['Domestic Abuse']}/{n21} = {da21['Domestic Abuse'] / n21:.3f}", "true"))
sv19 = victims_by(2019, "Solved_Status")
one("o63_met_solved_2019.txt", "2020-02-10",
    "More than nine in ten homicides committed in London in 2019 have been solved, the Met said.",
    E("More than nine in ten", F(sv19["Solved"] / victims(2019) > 0.9), "share",
      f"solved {sv19['Solved']}/{victims(2019)} = {sv19['Solved'] / victims(2019):.3f}: about four in five", "false"))
b19 = victims_by(2019, "Borough")
b21 = victims_by(2021, "Borough")
one("o64_newham_2019.txt", "2020-01-15",
    "Newham had more homicide victims in 2019 than any other London borough.",
    E("more homicide victims in 2019 than any other London borough", T(b19.most_common(2)[0] == ("Newham", 11) and b19.most_common(2)[1][1] < 11), "rank",
      f"top boroughs 2019 {b19.most_common(3)}", "true"))
one("o65_croydon_2021.txt", "2022-01-20",
    "Croydon was London's homicide hotspot in 2021, recording more victims than any other borough.",
    E("recording more victims than any other borough", F(b21.most_common(1)[0][0] == "Croydon"), "rank",
      f"top boroughs 2021 {b21.most_common(3)}: Haringey first", "false"))
n03 = victims(2003)
one("o66_long_read_halved.txt", V22,
    "The number of homicide victims in London has roughly halved since 2003.",
    E("roughly halved since 2003", T(0.45 <= n22 / n03 <= 0.55), "change", f"2022 {n22} vs 2003 {n03}", "true"))
one("o67_tweet_female_victims.txt", V22,
    "Female homicide victims in London in 2022 were at their lowest level in 20 years.",
    E("at their lowest level in 20 years", F(victims(2022, Sex="Female") == min(victims(y, Sex="Female") for y in range(2003, 2023))), "record",
      f"female victims by year {ser({y: victims(y, Sex='Female') for y in range(2003, 2023)})}: 2016 had 19", "false"))

# ---------------------------------------------------------------- other forces, police.uk street files (Jan-Nov 2022)
P22 = "2023-01-20"
JN = months(2022, 1, 2022, 11)
def fc(force, ct=None):
    return force_street(force, JN, ct)
one("o68_liverpool_echo_total.txt", P22,
    "Merseyside Police recorded more than 173,000 crimes and incidents of anti-social behaviour between January and November 2022.",
    E("more than 173,000", T(173000 < fc("merseyside") < 174000), "count", f"Merseyside Jan-Nov 2022 rows {fc('merseyside')} (ASB included)", "true"))
one("o69_mp_merseyside_drugs.txt", P22,
    "Merseyside recorded more than three times as many drug offences as South Yorkshire in the first eleven months of 2022. This Government has abandoned Merseyside.",
    E("more than three times as many drug offences", T(fc("merseyside", "Drugs") > 3 * fc("south-yorkshire", "Drugs")), "compare",
      f"Drugs: Merseyside {fc('merseyside', 'Drugs')}, South Yorkshire {fc('south-yorkshire', 'Drugs')}", "true"),
    OP("This Government has abandoned Merseyside"))
cu_all, cu_crime, cu_v = fc("cumbria"), force_street("cumbria", JN, crime_only=True), fc("cumbria", "Violence and sexual offences")
one("o70_cumbria_pcc.txt", P22,
    "Violence and sexual offences make up more than four in ten of all crimes recorded by Cumbria Constabulary between January and November 2022.",
    E("more than four in ten", T(cu_v / cu_all > 0.4 and cu_v / cu_crime > 0.4), "share",
      f"Cumbria Jan-Nov 2022 V&S {cu_v} / all rows {cu_all} = {cu_v / cu_all:.3f}; / crimes excl. ASB {cu_crime} = {cu_v / cu_crime:.3f}", "true"))
one("o71_wales_online_burglary.txt", P22,
    "South Wales Police recorded more burglaries than South Yorkshire Police between January and November 2022.",
    E("more burglaries than South Yorkshire Police", F(fc("south-wales", "Burglary") > fc("south-yorkshire", "Burglary")), "compare",
      f"Burglary: South Wales {fc('south-wales', 'Burglary')}, South Yorkshire {fc('south-yorkshire', 'Burglary')}", "false"))
one("o72_btp_bikes.txt", P22,
    "British Transport Police recorded more than 5,000 bicycle thefts in the first eleven months of 2022.",
    E("more than 5,000 bicycle thefts", T(fc("btp", "Bicycle theft") > 5000), "count", f"BTP bicycle theft rows {fc('btp', 'Bicycle theft')}", "true"))
one("o73_dyfed_powys_robbery.txt", P22,
    "Dyfed-Powys recorded just 81 robberies from January to November 2022, one of the lowest totals in England and Wales.",
    E("just 81 robberies", T(fc("dyfed-powys", "Robbery") == 81), "count", f"Dyfed-Powys robbery {fc('dyfed-powys', 'Robbery')}", "true"),
    NV("one of the lowest totals in England and Wales", "only 7 forces' street files are held: no national ranking of forces"))
syv = fc("south-yorkshire", "Vehicle crime")
one("o74_sheffield_star_vehicle.txt", P22,
    "South Yorkshire Police recorded around 12,000 vehicle crimes between January and November 2022 - more than double Merseyside's total.",
    E("around 12,000 vehicle crimes", T(near(12000, syv, 0.02)), "count", f"South Yorkshire vehicle crime {syv}", "true"),
    E("more than double Merseyside's total", F(syv / fc("merseyside", "Vehicle crime") > 2.0), "compare",
      f"Merseyside {fc('merseyside', 'Vehicle crime')}; ratio {syv / fc('merseyside', 'Vehicle crime'):.2f}", "false"))

# ---------------------------------------------------------------- City of London, stop and search, national/international
c24, c25 = col(cal(2024)), col(cal(2025))
c24x, c25x = col(cal(2024), crime_only=True), col(cal(2025), crime_only=True)
cs = {y: col(cal(y), "Shoplifting") for y in (2024, 2025)}
ct = {y: col(cal(y), "Theft from the person") for y in (2024, 2025)}
one("o75_city_am_square_mile.txt", A25,
    "Crime in the Square Mile fell in 2025, although City of London Police still recorded 1,440 shoplifting offences, most of them by organised gangs.",
    E("Crime in the Square Mile fell in 2025", T(c25 < c24 and c25x < c24x), "direction",
      f"City of London street rows {c25} vs {c24}; excluding ASB {c25x} vs {c24x}", "true"),
    E("1,440 shoplifting offences", T(cs[2025] == 1440), "count", f"shoplifting 2025 {cs[2025]}", "true"),
    NV("most of them by organised gangs", "offender type is not in the street files"))
one("o76_city_pickpockets.txt", A25,
    "Pickpocketing and bag snatching in the City of London rose in 2025.",
    E("rose in 2025", F(ct[2025] > ct[2024]), "direction", f"theft from the person {ct[2025]} vs {ct[2024]}", "false"))
ss = met_ss(months(2018, 1, 2018, 3))
one("o77_stopwatch_q1_2018.txt", "2018-05-10",
    "The Met carried out almost 34,000 stop and searches in the first three months of 2018.",
    E("almost 34,000 stop and searches", T(33000 <= ss < 34000), "count", f"Met S&S Jan-Mar 2018 rows {ss}", "true"))
wm = {y: ons_knife("West Midlands", y) for y in (2014, 2019)}
one("o78_birmingham_mail_knife.txt", "2020-08-01",
    "Knife crime in the West Midlands more than doubled between 2014 and 2019.",
    E("more than doubled between 2014 and 2019", T(wm[2019] > 2 * wm[2014]), "change",
      f"ONS knife offences (BritishDrugDynamics year labels) West Midlands {wm}", "true"))
met_k = {y: ons_knife("Metropolitan Police", y) for y in (2015, 2019)}
one("o79_lbc_met_knife.txt", "2020-08-01",
    "Knife offences in the Met area rose by more than 80% between 2015 and 2019.",
    E("rose by more than 80% between 2015 and 2019", F(pct(met_k[2019], met_k[2015]) > 80), "change",
      f"Met ONS knife offences {met_k}: {pct(met_k[2019], met_k[2015]):+.1f}%", "false"))
ew, us, fr = owid("England and Wales", 2021), owid("United States", 2021), owid("France", 2021)
one("o80_explainer_international.txt", "2024-06-01",
    "England and Wales's homicide rate in 2021 was less than a fifth of the US rate, though slightly higher than France's.",
    E("less than a fifth of the US rate", T(ew < us / 5), "compare", f"OWID/UNODC 2021: E&W {ew:.3f}, US {us:.3f}", "true"),
    E("slightly higher than France's", T(fr < ew < fr * 1.1), "compare", f"France {fr:.3f}", "true"))

# ---------------------------------------------------------------- unverifiable and opinion one-liners (with non-claim numbers)
one("o81_leaflet_response_times.txt", "2026-03-01",
    "Vote Reform on 7 May: in Croydon it now takes police over 15 minutes to respond to a 999 call.",
    NV("over 15 minutes to respond", "response times are not in the open data"))
one("o82_survey_sutton.txt", "2026-02-12",
    "A council survey of 1,200 residents found that 72% of people in Sutton feel safe walking alone after dark.",
    NV("72% of people in Sutton feel safe", "a survey result; not in police-recorded data"))
one("o83_charge_rate_barnet.txt", "2026-03-05",
    "Only one in twenty burglaries in Barnet ends with someone being charged. This is simply not good enough.",
    NV("one in twenty burglaries in Barnet ends with someone being charged", "charge rates by borough are not in the data held"),
    OP("This is simply not good enough."))
one("o84_cost_phones.txt", "2026-01-20",
    "Phone snatching costs Londoners an estimated £50 million a year, says an insurer.",
    NV("£50 million a year", "a cost estimate; not recorded crime"))
one("o85_catalytic.txt", "2025-11-01",
    "Catalytic converter thefts in Ealing are up 300% since 2019, residents at the meeting on 14 October were told.",
    NV("up 300% since 2019", "no catalytic converter category in the MPS or police.uk data"))
one("o86_officers_mayor.txt", "2026-02-20",
    "The Mayor said City Hall's £4.5m funding has put 1,300 extra officers on London's streets, and that he is proud of the Met's progress.",
    NV("1,300 extra officers", "officer numbers are not in the open data"),
    OP("he is proud of the Met's progress"))
one("o87_unreported.txt", "2025-10-15",
    "Four in ten victims of crime in London never report it to the police.",
    NV("Four in ten victims of crime in London never report it", "non-reporting is not in police-recorded data"))
one("o88_shopworkers.txt", "2026-01-28",
    "Violence against shop workers in Westminster rose by 50% last year, according to the shopworkers' union.",
    NV("rose by 50%", "no shop-worker breakdown in the MPS borough data"))
one("o89_quote_mp_opinion.txt", "2026-03-10",
    "\"Frankly, the Home Secretary has lost control of our streets, and the people of Lewisham are paying the price,\" the MP, 54, told the Commons.",
    OP("the Home Secretary has lost control of our streets"))
one("o90_stop_search_opinion.txt", "2025-12-01",
    "Stop and search is a blunt instrument that erodes trust between young black Londoners and the police.",
    OP("Stop and search is a blunt instrument that erodes trust"))
one("o91_commander_praise.txt", "2026-02-18",
    "Our officers at 42 Broadway have done an outstanding job this year and Bromley is one of the safest places to live in the country.",
    OP("Our officers at 42 Broadway have done an outstanding job"))
one("o92_clearance_westminster.txt", "2026-03-12",
    "Fewer than 5% of phone thefts in Westminster are ever solved, and that is a scandal.",
    NV("Fewer than 5% of phone thefts in Westminster are ever solved", "outcomes by offence and borough are not in the data held"),
    OP("that is a scandal"))
