"""set21 articles: 12 short articles written blind (see README_articles.md). Every factual claim is designed
true or false and proved against the raw files by T()/F() (truth21a.py -> ../truth_sets.py -> ../truth_lib.py)."""
from truth21a import *  # noqa: F401,F403
from truth21a import _col_month

book = SpecBook()
E, T, F, NV, OP = book.E, book.T, book.F, book.NV, book.OP

# =========================================================== a1: local paper, Croydon's 2025 (MPS borough series)
B = "Croydon"
tot = yearly(borough=B)
rob = yearly(major="ROBBERY", borough=B)
bur = yearly(major="BURGLARY", borough=B)
shop = yearly(minor="SHOPLIFTING", borough=B)
vap = yearly(major="VIOLENCE AGAINST THE PERSON", borough=B)
sex = yearly(major="SEXUAL OFFENCES", borough=B)
car = yearly(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", borough=B)
hom = yearly(minor="HOMICIDE", borough=B)
drg = yearly(major="DRUG OFFENCES", borough=B)
all25 = mps_by_borough(mm=cal(2025))
rate = per1000(tot[2025], gla_pop(B, 2025))
ldn_rate = per1000(mps(mm=cal(2025)), london32_pop(2025))
book.add("a1_localpaper_croydon_year.txt", "2026-01-28", [
    ("CRIME FALLS IN CROYDON BUT VIOLENCE HITS NEW HIGH", []),
    ("Crime in Croydon fell last year for the first time since the pandemic, with the Metropolitan Police recording 33,907 offences in the borough in 2025, down from 35,619 the year before.", [
        E("fell last year for the first time since the pandemic", T(tot[2025] < tot[2024] and all(tot[y] > tot[y - 1] for y in (2021, 2022, 2023, 2024)) and tot[2020] < tot[2019]), "turn",
          f"Croydon all crime (ex NFIB) 2019 {tot[2019]}, 2020 {tot[2020]}, 2021 {tot[2021]}, 2022 {tot[2022]}, 2023 {tot[2023]}, 2024 {tot[2024]}, 2025 {tot[2025]}: first fall since 2020", "true"),
        E("33,907 offences", T(tot[2025] == 33907), "count", f"Croydon 2025 = {tot[2025]} (2024 {tot[2024]})", "true"),
    ]),
    ("That is a drop of almost 5%, although the total is still higher than in any year before 2024.", [
        E("a drop of almost 5%", T(-5 < pct(tot[2025], tot[2024]) <= -4.5), "change", f"{tot[2025]} vs {tot[2024]} = {pct(tot[2025], tot[2024]):.1f}%", "true"),
        E("higher than in any year before 2024", T(all(tot[2025] > tot[y] for y in range(2011, 2024)) and tot[2025] > mps(borough=B, mm=months(2010, 4, 2010, 12))), "record",
          f"2025 {tot[2025]} vs max 2011-2023 {max(tot[y] for y in range(2011, 2024))} (2023)", "true"),
    ]),
    ("Robberies were down by a fifth, from 1,368 to 1,103, while burglary fell to 1,824 offences, the lowest figure the borough has recorded since the current series began in 2010.", [
        E("down by a fifth", T(abs(pct(rob[2025], rob[2024]) + 20) <= 1.5), "change", f"robbery {rob[2024]} -> {rob[2025]} = {pct(rob[2025], rob[2024]):.1f}%", "true"),
        E("the lowest figure the borough has recorded since the current series began", F(all(bur[2025] <= bur[y] for y in range(2011, 2025))), "record",
          f"burglary 2025 {bur[2025]} but 2023 was lower at {bur[2023]}", "false"),
    ]),
    ("Shoplifting, which more than doubled between 2022 and 2024, eased back to 3,028 cases.", [
        E("more than doubled between 2022 and 2024", T(shop[2024] > 2 * shop[2022]), "change", f"shoplifting 2022 {shop[2022]}, 2024 {shop[2024]} (x{shop[2024] / shop[2022]:.2f})", "true"),
        E("eased back to 3,028 cases", T(shop[2025] == 3028 and shop[2025] < shop[2024]), "count", f"shoplifting 2025 {shop[2025]} (2024 {shop[2024]})", "true"),
    ]),
    ("Violence against the person edged up again to 11,250, the highest total on record and the tenth annual rise in a row.", [
        E("the highest total on record", T(vap[2025] == max(vap.values())), "record", f"VAP 2025 {vap[2025]}; previous max {max(v for y, v in vap.items() if y < 2025)}", "true"),
        E("the tenth annual rise in a row", F(rises_in_a_row(vap, 2025) >= 10), "streak", f"VAP rises in a row to 2025: {rises_in_a_row(vap, 2025)} ({[vap[y] for y in range(2015, 2026)]} 2015-2025; fell in 2017)", "false"),
    ]),
    ("Sexual offences rose by 12% to 1,293, and car thefts climbed to 1,771 last year from 1,360 in 2022.", [
        E("rose by 12%", F(pct_is(12, sex[2025], sex[2024])), "change", f"sexual offences {sex[2024]} -> {sex[2025]} = {pct(sex[2025], sex[2024]):.1f}% (not 12%)", "false"),
        E("car thefts climbed to 1,771", T(car[2025] == 1771 and car[2022] == 1360), "change", f"theft/unauth taking of motor vehicle 2022 {car[2022]}, 2025 {car[2025]}", "true"),
    ]),
    ("Drug offences jumped by a third, to 2,408, which officers put down to more proactive searches in the town centre.", [
        E("jumped by a third", F(abs(pct(drg[2025], drg[2024]) - 33.3) <= 2), "change", f"drug offences {drg[2024]} -> {drg[2025]} = {pct(drg[2025], drg[2024]):.1f}% (a quarter, not a third)", "false"),
    ]),
    ("Homicides fell from nine in 2023 to a single case in 2024, before rising to five last year.", [
        E("rising to five last year", T(hom[2023] == 9 and hom[2024] == 1 and hom[2025] == 5), "count", f"homicide offences Croydon 2023 {hom[2023]}, 2024 {hom[2024]}, 2025 {hom[2025]}", "true"),
    ]),
    ("Despite its size, Croydon still recorded fewer offences than Lambeth, Southwark or Newham, and its rate of around 81 crimes per 1,000 residents is well below the London average.", [
        E("fewer offences than Lambeth, Southwark or Newham", T(all(all25[B] < all25[x] for x in ("Lambeth", "Southwark", "Newham"))), "compare",
          f"2025: Croydon {all25[B]}, Lambeth {all25['Lambeth']}, Southwark {all25['Southwark']}, Newham {all25['Newham']}", "true"),
        E("around 81 crimes per 1,000 residents", T(abs(rate - 81) < 1 and rate < ldn_rate), "rate", f"{tot[2025]} / GLA pop 2025 {gla_pop(B, 2025)} = {rate:.1f} per 1,000; London {ldn_rate:.1f}", "true"),
    ]),
    ("Police said roughly four in ten violent incidents in the borough involved an attacker the victim already knew.", [
        NV("four in ten violent incidents", "victim-offender relationship is not in the MPS borough series or any file here"),
    ]),
    ("Chief Superintendent Andy Brittain, who took charge of the South Area command in 2023, said: \"The town centre feels calmer than it has for years, and I think our partnership work is paying off.\"", [
        OP("I think our partnership work is paying off"),
    ]),
    ("Anyone with information can call 101 or Crimestoppers anonymously on 0800 555 111.", []),
])

# =========================================================== a2: regional paper, South Yorkshire Jan-Nov 2022 (police.uk)
SY, MY, CU = "south-yorkshire", "merseyside", "cumbria"
sy, my, cu = force_types(SY), force_types(MY), force_types(CU)
sy_all, sy_asb = sum(sy.values()), sy["Anti-social behaviour"]
sy_crime = sy_all - sy_asb
sy_m = {ym: fmonth(SY, ym, True) for ym in JAN_NOV_22}
sy_m_all = {ym: fmonth(SY, ym) for ym in JAN_NOV_22}
book.add("a2_regional_southyorkshire_2022.txt", "2023-01-16", [
    ("Violence tops the list as South Yorkshire crime figures revealed", []),
    ("South Yorkshire Police recorded 146,653 crimes between January and November last year, not counting anti-social behaviour, according to street-level figures published on police.uk.", [
        E("146,653 crimes", T(sy_crime == 146653), "count", f"SY street files 2022-01..11: {sy_all} rows, {sy_asb} ASB, {sy_crime} crimes", "true"),
    ]),
    ("Adding the 22,918 reports of anti-social behaviour takes the total to almost 170,000.", [
        E("22,918 reports of anti-social behaviour", T(sy_asb == 22918), "count", f"ASB rows {sy_asb}", "true"),
        E("almost 170,000", T(165000 <= sy_all < 170000), "count", f"all rows {sy_all}", "true"),
    ]),
    ("Violence and sexual offences accounted for more than a third of everything reported to the force.", [
        E("more than a third", T(sy["Violence and sexual offences"] / sy_all > 1 / 3 and sy["Violence and sexual offences"] / sy_crime > 1 / 3), "share",
          f"V&S {sy['Violence and sexual offences']} = {100 * sy['Violence and sexual offences'] / sy_all:.1f}% of all rows, {100 * sy['Violence and sexual offences'] / sy_crime:.1f}% excl ASB", "true"),
    ]),
    ("Criminal damage and arson, at 16,834 offences, narrowly outnumbered public order offences, at 16,184.", [
        E("narrowly outnumbered public order offences", T(sy["Criminal damage and arson"] == 16834 and sy["Public order"] == 16184), "compare",
          f"criminal damage & arson {sy['Criminal damage and arson']}, public order {sy['Public order']}", "true"),
    ]),
    ("There were 10,669 burglaries, more than double the 5,492 recorded by Merseyside Police over the same eleven months.", [
        E("more than double the 5,492", F(sy["Burglary"] > 2 * my["Burglary"]), "compare", f"burglary SY {sy['Burglary']}, Merseyside {my['Burglary']} (x{sy['Burglary'] / my['Burglary']:.2f}, just under double)", "false"),
    ]),
    ("Merseyside, however, recorded more violent and sexual offences, with 68,768.", [
        E("recorded more violent and sexual offences", T(my["Violence and sexual offences"] > sy["Violence and sexual offences"] and my["Violence and sexual offences"] == 68768), "compare",
          f"V&S Merseyside {my['Violence and sexual offences']} vs SY {sy['Violence and sexual offences']}", "true"),
    ]),
    ("May was the force's busiest month, with 14,325 crimes, and February the quietest, at fewer than 11,000.", [
        E("May was the force's busiest month", T(max(sy_m, key=sy_m.get) == "202205" and max(sy_m_all, key=sy_m_all.get) == "202205"), "rank", f"crimes by month {sy_m}; with ASB {sy_m_all}", "true"),
        E("14,325 crimes", T(sy_m["202205"] == 14325), "count", f"May 2022 crimes excl ASB {sy_m['202205']}", "true"),
        E("fewer than 11,000", F(sy_m["202202"] < 11000 or sy_m_all["202202"] < 11000), "count", f"Feb 2022 {sy_m['202202']} excl ASB, {sy_m_all['202202']} with ASB", "false"),
    ]),
    ("Robbery remains comparatively rare in the county: its 1,693 offences were fewer than the 1,760 weapons possession offences.", [
        E("fewer than the 1,760 weapons possession offences", T(sy["Robbery"] == 1693 and sy["Possession of weapons"] == 1760), "compare", f"robbery {sy['Robbery']}, possession of weapons {sy['Possession of weapons']}", "true"),
    ]),
    ("Shoplifting reached 8,515 offences, more than Merseyside and Cumbria combined.", [
        E("more than Merseyside and Cumbria combined", F(sy["Shoplifting"] > my["Shoplifting"] + cu["Shoplifting"]), "compare",
          f"shoplifting SY {sy['Shoplifting']} vs Merseyside {my['Shoplifting']} + Cumbria {cu['Shoplifting']} = {my['Shoplifting'] + cu['Shoplifting']}", "false"),
    ]),
    ("Drug offences, at 3,522, were less than a third of Merseyside's 11,471, and bicycle theft was the least common crime of all.", [
        E("less than a third of Merseyside's", T(sy["Drugs"] < my["Drugs"] / 3 and my["Drugs"] == 11471), "compare", f"drugs SY {sy['Drugs']}, Merseyside {my['Drugs']}", "true"),
        E("bicycle theft was the least common crime", T(min(sy, key=sy.get) == "Bicycle theft"), "rank", f"SY bicycle theft {sy['Bicycle theft']}; smallest type {min(sy, key=sy.get)}", "true"),
    ]),
    ("Theft from the person rose by a quarter on the previous year.", [
        NV("rose by a quarter", "the South Yorkshire street files here cover 2022-01..11 only; no 2021 file to compare"),
    ]),
    ("The force said average burglary losses had risen to more than £2,000 a household.", [
        NV("average burglary losses", "value of property stolen is not in police.uk street files"),
    ]),
    ("Sheffield councillor Mohammed Mahroof said the numbers described \"a force stretched to breaking point\" after a decade of cuts.", [
        OP("a force stretched to breaking point"),
    ]),
])

# =========================================================== a3: council press release + opposition reply, Lambeth FY 2024/25
B = "Lambeth"
ft = fyearly(borough=B)
fvwi = fyearly(minor="VIOLENCE WITH INJURY", borough=B)
fbur = fyearly(major="BURGLARY", borough=B)
fvap = fyearly(major="VIOLENCE AGAINST THE PERSON", borough=B)
fbik = fyearly(minor="BICYCLE THEFT", borough=B)
fshop = fyearly(minor="SHOPLIFTING", borough=B)
ftfp = fyearly(minor="THEFT FROM THE PERSON", borough=B)
frob = fyearly(major="ROBBERY", borough=B)
fsex = fyearly(major="SEXUAL OFFENCES", borough=B)
kn = {y: knife_fy(y, borough=B) for y in (2023, 2024, 2025)}
knb = knife_boroughs(fy(2025))
book.add("a3_council_lambeth_fy2425.txt", "2025-05-14", [
    ("PRESS RELEASE: Lambeth Council welcomes falls in violence and burglary", []),
    ("Violence with injury in Lambeth fell by 19% in 2024/25, to 2,728 offences, new Metropolitan Police figures show.", [
        E("fell by 19%", T(pct_is(-19, fvwi[2025], fvwi[2024]) and fvwi[2025] == 2728), "change", f"Lambeth VWI FY23/24 {fvwi[2024]} -> FY24/25 {fvwi[2025]} = {pct(fvwi[2025], fvwi[2024]):.1f}%", "true"),
    ]),
    ("Burglary fell for the sixth year running, to 2,062, and violence against the person was down 5%.", [
        E("fell for the sixth year running", T(falls_in_a_row(fbur, 2025) == 6), "streak", f"burglary FY ending 2019-2025: {[fbur[y] for y in range(2019, 2026)]}", "true"),
        E("down 5%", T(pct_is(-5, fvap[2025], fvap[2024])), "change", f"VAP {fvap[2024]} -> {fvap[2025]} = {pct(fvap[2025], fvap[2024]):.1f}%", "true"),
    ]),
    ("Cabinet member for safer communities Cllr Rezina Chowdhury said it was \"the lowest level of violence against the person in a decade\" and that bike theft was down by more than a third since 2020/21.", [
        E("the lowest level of violence against the person in a decade", F(all(fvap[2025] < fvap[y] for y in range(2015, 2025))), "record",
          f"VAP FY24/25 {fvap[2025]}, but FY14/15 {fvap[2015]} and FY15/16 {fvap[2016]} were lower", "false"),
        E("down by more than a third since 2020/21", F(pct(fbik[2025], fbik[2021]) < -33.34), "change", f"bicycle theft FY20/21 {fbik[2021]} -> FY24/25 {fbik[2025]} = {pct(fbik[2025], fbik[2021]):.1f}%", "false"),
    ]),
    ("\"Our investment in youth services and CCTV is clearly working, and residents can see the difference,\" she said.", [
        OP("Our investment in youth services and CCTV is clearly working"),
    ]),
    ("The council said only one in fourteen reported thefts in the borough ended with someone being charged.", [
        NV("only one in fourteen reported thefts", "charge / outcome rates for thefts are not in the MPS borough series (the dashboard's positive outcomes cover knife crime only)"),
    ]),
    ("Responding, Conservative group leader Cllr Tim Briggs said total recorded crime had risen almost 6% to 38,274, the highest figure since records began.", [
        E("risen almost 6%", T(5 <= pct(ft[2025], ft[2024]) < 6), "change", f"Lambeth all crime FY23/24 {ft[2024]} -> FY24/25 {ft[2025]} = {pct(ft[2025], ft[2024]):.1f}%", "true"),
        E("the highest figure since records began", T(ft[2025] == max(ft.values())), "record", f"FY24/25 {ft[2025]}; previous max {max(v for y, v in ft.items() if y < 2025)}", "true"),
    ]),
    ("\"Shoplifting is up by half, theft from the person has more than doubled in two years and robberies are up by a quarter,\" he said.", [
        E("Shoplifting is up by half", T(abs(pct(fshop[2025], fshop[2024]) - 50) <= 2), "change", f"shoplifting {fshop[2024]} -> {fshop[2025]} = {pct(fshop[2025], fshop[2024]):.1f}%", "true"),
        E("more than doubled in two years", T(ftfp[2025] > 2 * ftfp[2023]), "change", f"theft from the person FY22/23 {ftfp[2023]} -> FY24/25 {ftfp[2025]} (x{ftfp[2025] / ftfp[2023]:.2f})", "true"),
        E("robberies are up by a quarter", F(abs(pct(frob[2025], frob[2024]) - 25) <= 3), "change", f"robbery {frob[2024]} -> {frob[2025]} = {pct(frob[2025], frob[2024]):.1f}%", "false"),
    ]),
    ("He added that knife crime rose by 18% to 948 offences, the highest of any London borough, and sexual offences by 27%.", [
        E("knife crime rose by 18%", T(pct_is(18, kn[2025], kn[2024]) and kn[2025] == 948), "change", f"MPS dashboard knife crime Lambeth FY23/24 {kn[2024]} -> FY24/25 {kn[2025]} = {pct(kn[2025], kn[2024]):.1f}%", "true"),
        E("the highest of any London borough", T(rank_of(B, knb) == 1), "rank", f"FY24/25 knife crime: {sorted(knb.items(), key=lambda t: -t[1])[:3]}", "true"),
        E("sexual offences by 27%", F(pct_is(27, fsex[2025], fsex[2024])), "change", f"sexual offences {fsex[2024]} -> {fsex[2025]} = {pct(fsex[2025], fsex[2024]):.1f}% (17%, not 27%)", "false"),
    ]),
    ("\"This administration has lost control of our streets,\" he said.", [
        OP("This administration has lost control of our streets"),
    ]),
])

# =========================================================== a4: police force statement, Cumbria Jan-Nov 2022 (police.uk)
CU, DP = "cumbria", "dyfed-powys"
cu, dp = force_types(CU), force_types(DP)
cu_crime = sum(cu.values()) - cu["Anti-social behaviour"]
cu_m = {ym: fmonth(CU, ym, True) for ym in JAN_NOV_22}
cu_mall = {ym: fmonth(CU, ym) for ym in JAN_NOV_22}
cu_asb = {ym: force_street(CU, [ym], "Anti-social behaviour") for ym in JAN_NOV_22}
cu_types_ex = {k: v for k, v in cu.items() if k != "Anti-social behaviour"}
book.add("a4_police_cumbria_statement.txt", "2023-01-12", [
    ("Cumbria Constabulary: statement on crime figures, January to November 2022", []),
    ("We recorded 36,186 crimes across the county between January and November 2022, together with 4,542 reports of anti-social behaviour.", [
        E("We recorded 36,186 crimes", T(cu_crime == 36186), "count", f"Cumbria street files 2022-01..11: {sum(cu.values())} rows, ASB {cu['Anti-social behaviour']}, crimes {cu_crime}", "true"),
        E("4,542 reports of anti-social behaviour", T(cu["Anti-social behaviour"] == 4542), "count", f"ASB {cu['Anti-social behaviour']}", "true"),
    ]),
    ("Violence and sexual offences make up 17,594 of those crimes, nearly half, and criminal damage and arson, at 4,850, is the second most common crime type.", [
        E("nearly half", T(45 <= 100 * cu["Violence and sexual offences"] / cu_crime < 50), "share", f"V&S {cu['Violence and sexual offences']} / {cu_crime} = {100 * cu['Violence and sexual offences'] / cu_crime:.1f}%", "true"),
        E("the second most common crime type", T(sorted(cu_types_ex, key=cu_types_ex.get)[-2] == "Criminal damage and arson" and sorted(cu, key=cu.get)[-2] == "Criminal damage and arson"), "rank",
          f"types: {cu.most_common(4)}", "true"),
    ]),
    ("July was our busiest month, with 3,581 crimes, and February the quietest, with 2,782.", [
        E("July was our busiest month", T(max(cu_m, key=cu_m.get) == "202207" and max(cu_mall, key=cu_mall.get) == "202207"), "rank", f"monthly crimes {cu_m}; with ASB {cu_mall}", "true"),
        E("2,782", T(cu_m["202202"] == 2782 and min(cu_m, key=cu_m.get) == "202202"), "count", f"Feb 2022 crimes {cu_m['202202']} (min)", "true"),
    ]),
    ("Crime fell in November compared with October.", [
        E("Crime fell in November", T(cu_m["202211"] < cu_m["202210"] and cu_mall["202211"] < cu_mall["202210"]), "direction", f"Oct {cu_m['202210']} -> Nov {cu_m['202211']} (with ASB {cu_mall['202210']} -> {cu_mall['202211']})", "true"),
    ]),
    ("Robbery remains very rare in Cumbria, with 141 offences, fewer than 13 a month, and there were just 96 thefts from the person.", [
        E("fewer than 13 a month", T(cu["Robbery"] == 141 and cu["Robbery"] / 11 < 13), "count", f"robbery {cu['Robbery']} over 11 months = {cu['Robbery'] / 11:.1f} a month", "true"),
        E("96 thefts from the person", T(cu["Theft from the person"] == 96), "count", f"theft from the person {cu['Theft from the person']}", "true"),
    ]),
    ("We recorded 1,522 burglaries, more than Dyfed-Powys's 1,197, and shoplifting, at 1,850 offences, now accounts for one in ten of all crimes.", [
        E("more than Dyfed-Powys's 1,197", T(cu["Burglary"] == 1522 and dp["Burglary"] == 1197), "compare", f"burglary Cumbria {cu['Burglary']}, Dyfed-Powys {dp['Burglary']}", "true"),
        E("one in ten of all crimes", F(9 <= 100 * cu["Shoplifting"] / cu_crime <= 11), "share", f"shoplifting {cu['Shoplifting']} / {cu_crime} = {100 * cu['Shoplifting'] / cu_crime:.1f}% (about one in twenty)", "false"),
    ]),
    ("Drug offences, at 957, outnumbered vehicle crime by more than two to one, reflecting our proactive work on county lines.", [
        E("outnumbered vehicle crime by more than two to one", F(cu["Drugs"] > 2 * cu["Vehicle crime"]), "compare", f"drugs {cu['Drugs']}, vehicle crime {cu['Vehicle crime']} (x{cu['Drugs'] / cu['Vehicle crime']:.2f})", "false"),
    ]),
    ("Reports of anti-social behaviour have fallen every month since June.", [
        E("fallen every month since June", F(all(cu_asb[months(2022, m, 2022, m)[0]] < cu_asb[months(2022, m - 1, 2022, m - 1)[0]] for m in range(7, 12))), "streak",
          f"ASB by month Jun-Nov: {[cu_asb[ym] for ym in JAN_NOV_22[5:]]} (rose in August and October)", "false"),
    ]),
    ("Our average response time to emergency calls in rural areas is now under 15 minutes.", [
        NV("average response time", "response times are not in police.uk street files"),
    ]),
    ("Cumbria remains one of the safest places in the country to live, work and visit.", [
        OP("one of the safest places in the country"),
    ]),
])

# =========================================================== a5: national broadsheet, boroughs, 12 months to February 2026
cur, prev = r12(2026, 2), r12(2025, 2)


def both(**kw):
    """(all Met rows, 32 boroughs) for cur and prev."""
    return (mps(mm=cur, **kw), mps(mm=prev, **kw), sum(mps_by_borough(mm=cur, **kw).values()), sum(mps_by_borough(mm=prev, **kw).values()))


a_c, a_p, b_c, b_p = both()
allb = mps_by_borough(mm=cur)
tfp_c, tfp_p = mps_by_borough(minor="THEFT FROM THE PERSON", mm=cur), mps_by_borough(minor="THEFT FROM THE PERSON", mm=prev)
tfp4 = both(minor="THEFT FROM THE PERSON")
rob_c, rob_p = mps_by_borough(major="ROBBERY", mm=cur), mps_by_borough(major="ROBBERY", mm=prev)
rob4 = both(major="ROBBERY")
shop4 = both(minor="SHOPLIFTING")
shop_c, shop_p = mps_by_borough(minor="SHOPLIFTING", mm=cur), mps_by_borough(minor="SHOPLIFTING", mm=prev)
bur4 = both(major="BURGLARY")
pop = {b: gla_pop(b, 2025) for b in allb}
rr = {b: per1000(rob_c[b], pop[b]) for b in allb}
ar = {b: per1000(allb[b], pop[b]) for b in allb}
tfp_chg = {b: pct(tfp_c[b], tfp_p[b]) for b in allb}
rob_chg = {b: pct(rob_c[b], rob_p[b]) for b in allb}
W = "Westminster"
book.add("a5_broadsheet_boroughs_r12.txt", "2026-03-26", [
    ("Analysis: London's crime map is being redrawn, and the West End still dominates it", []),
    ("The Metropolitan Police recorded just over 900,000 crimes in the 12 months to February, slightly fewer than in the previous 12 months.", [
        E("just over 900,000 crimes", T(900000 < b_c < 910000 and 900000 < a_c < 910000), "count", f"12m to 2026-02: all Met rows {a_c}, 32 boroughs {b_c}", "true"),
        E("slightly fewer than in the previous 12 months", T(a_c < a_p and b_c < b_p and pct(a_c, a_p) > -5), "direction", f"all rows {a_p} -> {a_c} ({pct(a_c, a_p):.1f}%); 32 boroughs {b_p} -> {b_c} ({pct(b_c, b_p):.1f}%)", "true"),
    ]),
    ("Westminster alone accounted for 80,718 of them, nearly twice as many as any other borough.", [
        E("nearly twice as many as any other borough", T(allb[W] == 80718 and 1.9 <= allb[W] / sorted(allb.values())[-2] < 2), "compare", f"Westminster {allb[W]}; next Newham {sorted(allb.values())[-2]} (x{allb[W] / sorted(allb.values())[-2]:.2f})", "true"),
    ]),
    ("Its 22,848 thefts from the person were more than Southwark, Camden and Lambeth recorded combined.", [
        E("more than Southwark, Camden and Lambeth recorded combined", T(tfp_c[W] == 22848 and tfp_c[W] > tfp_c["Southwark"] + tfp_c["Camden"] + tfp_c["Lambeth"]), "compare",
          f"TFP Westminster {tfp_c[W]} vs Southwark {tfp_c['Southwark']} + Camden {tfp_c['Camden']} + Lambeth {tfp_c['Lambeth']} = {tfp_c['Southwark'] + tfp_c['Camden'] + tfp_c['Lambeth']}", "true"),
    ]),
    ("Yet theft from the person, the phone snatching that has defined the capital's crime debate, fell by almost a fifth across London, and Camden saw the steepest fall of any borough, almost a third.", [
        E("fell by almost a fifth", T(-20 < pct(tfp4[0], tfp4[1]) <= -18 and -20 < pct(tfp4[2], tfp4[3]) <= -18), "change", f"TFP all rows {tfp4[1]} -> {tfp4[0]} ({pct(tfp4[0], tfp4[1]):.1f}%); 32 boroughs {tfp4[3]} -> {tfp4[2]} ({pct(tfp4[2], tfp4[3]):.1f}%)", "true"),
        E("Camden saw the steepest fall of any borough", T(min(tfp_chg, key=tfp_chg.get) == "Camden"), "rank", f"TFP % change: Camden {tfp_chg['Camden']:.1f}, Lewisham {tfp_chg['Lewisham']:.1f}, H&F {tfp_chg['Hammersmith and Fulham']:.1f}", "true"),
        E("almost a third", T(-33.4 < tfp_chg["Camden"] <= -30), "change", f"Camden TFP {tfp_p['Camden']} -> {tfp_c['Camden']} = {tfp_chg['Camden']:.1f}%", "true"),
    ]),
    ("Robbery also fell across the capital, but not everywhere: in Redbridge it rose by almost a third, the biggest increase of any borough.", [
        E("Robbery also fell", T(rob4[0] < rob4[1] and rob4[2] < rob4[3]), "direction", f"robbery all rows {rob4[1]} -> {rob4[0]}; 32 boroughs {rob4[3]} -> {rob4[2]}", "true"),
        E("in Redbridge it rose by almost a third", T(28 <= rob_chg["Redbridge"] < 33.4), "change", f"Redbridge robbery {rob_p['Redbridge']} -> {rob_c['Redbridge']} = {rob_chg['Redbridge']:.1f}%", "true"),
        E("the biggest increase of any borough", T(max(rob_chg, key=rob_chg.get) == "Redbridge"), "rank", f"largest robbery rises: {sorted(((round(v, 1), k) for k, v in rob_chg.items()))[-3:]}", "true"),
    ]),
    ("Westminster's robbery rate, 15 per 1,000 residents, is more than double that of Southwark, the next highest.", [
        E("15 per 1,000 residents", F(abs(rr[W] - 15) < 0.5), "rate", f"Westminster robbery {rob_c[W]} / GLA 2025 pop {pop[W]} = {rr[W]:.2f} per 1,000 (not 15)", "false"),
        E("more than double that of Southwark, the next highest", T(sorted(rr, key=rr.get)[-2] == "Southwark" and rr[W] > 2 * rr["Southwark"]), "compare", f"Southwark {rr['Southwark']:.2f} per 1,000", "true"),
    ]),
    ("At the other end of the table, Kingston upon Thames recorded the fewest robberies, 244, and had the lowest robbery rate in London.", [
        E("recorded the fewest robberies", T(min(rob_c, key=rob_c.get) == "Kingston upon Thames" and rob_c["Kingston upon Thames"] == 244), "rank", f"Kingston {rob_c['Kingston upon Thames']}, Richmond {rob_c['Richmond upon Thames']}", "true"),
        E("had the lowest robbery rate in London", F(min(rr, key=rr.get) == "Kingston upon Thames"), "rank",
          f"robbery per 1,000: Richmond {rr['Richmond upon Thames']:.3f}, Bexley {rr['Bexley']:.3f}, Kingston {rr['Kingston upon Thames']:.3f}", "false"),
    ]),
    ("Richmond upon Thames had the lowest overall crime rate, at 56 offences per 1,000 people.", [
        E("the lowest overall crime rate", T(min(ar, key=ar.get) == "Richmond upon Thames" and abs(ar["Richmond upon Thames"] - 56) < 0.5), "rate", f"Richmond {allb['Richmond upon Thames']} / {pop['Richmond upon Thames']} = {ar['Richmond upon Thames']:.1f} per 1,000 (lowest)", "true"),
    ]),
    ("Shoplifting, by contrast, kept rising, although Barking and Dagenham saw it fall by almost 40%.", [
        E("Shoplifting, by contrast, kept rising", F(shop4[0] > shop4[1] or shop4[2] > shop4[3]), "direction", f"shoplifting all rows {shop4[1]} -> {shop4[0]}; 32 boroughs {shop4[3]} -> {shop4[2]} (fell)", "false"),
        E("fall by almost 40%", T(-40 < pct(shop_c["Barking and Dagenham"], shop_p["Barking and Dagenham"]) <= -38), "change",
          f"B&D shoplifting {shop_p['Barking and Dagenham']} -> {shop_c['Barking and Dagenham']} = {pct(shop_c['Barking and Dagenham'], shop_p['Barking and Dagenham']):.1f}%", "true"),
    ]),
    ("Burglary fell by 15%.", [
        E("Burglary fell by 15%", F(pct_is(-15, bur4[0], bur4[1]) or pct_is(-15, bur4[2], bur4[3])), "change", f"burglary all rows {bur4[1]} -> {bur4[0]} ({pct(bur4[0], bur4[1]):.1f}%); 32 boroughs {pct(bur4[2], bur4[3]):.1f}%", "false"),
    ]),
    ("Criminologists caution that only around a third of phone thefts are ever reported to police.", [
        NV("only around a third of phone thefts are ever reported", "unreported crime is not in police-recorded data"),
    ]),
    ("\"The Met's town-centre strategy is finally working, but it has simply pushed robbers out to the suburbs,\" said one former senior officer.", [
        OP("The Met's town-centre strategy is finally working"),
    ]),
])

# =========================================================== a10: data blog, bicycle theft in London, calendar years
bk = yearly(minor="BICYCLE THEFT")
bk32 = {y: sum(mps_by_borough(minor="BICYCLE THEFT", mm=cal(y)).values()) for y in range(2011, 2026)}
bkb = {b: yearly(minor="BICYCLE THEFT", borough=b) for b in BOROUGHS32}
bk25 = {b: bkb[b][2025] for b in BOROUGHS32}
bk11 = {b: bkb[b][2011] for b in BOROUGHS32}
book.add("a10_datablog_bike_theft.txt", "2026-02-20", [
    ("Chart of the week: London's bike thieves are finally slowing down", []),
    ("I've been tracking the Met's bicycle theft numbers for years, and 2025's total, just over 14,200, is the lowest since the borough series began in 2010.", [
        E("just over 14,200", T(14200 < bk[2025] < 14300 and 14200 < bk32[2025] < 14300), "count", f"bicycle theft 2025: all Met rows {bk[2025]}, 32 boroughs {bk32[2025]}", "true"),
        E("the lowest since the borough series began", T(bk[2025] == min(bk.values()) and bk32[2025] == min(bk32.values())), "record", f"series min 2011-2025 = {min(bk.values())} (2025)", "true"),
    ]),
    ("That is well below 2020's pandemic peak of more than 23,000, a drop of about two-fifths.", [
        E("2020's pandemic peak of more than 23,000", T(max(bk, key=bk.get) == 2020 and max(bk32, key=bk32.get) == 2020 and bk32[2020] > 23000), "record", f"2020 all rows {bk[2020]}, 32 boroughs {bk32[2020]} (series max on both)", "true"),
        E("a drop of about two-fifths", T(-41.5 < pct(bk[2025], bk[2020]) < -38.5 and -41.5 < pct(bk32[2025], bk32[2020]) < -38.5), "change",
          f"all rows {bk[2020]} -> {bk[2025]} = {pct(bk[2025], bk[2020]):.1f}%; 32 boroughs {bk32[2020]} -> {bk32[2025]} = {pct(bk32[2025], bk32[2020]):.1f}%", "true"),
    ]),
    ("Hackney remains the capital's bike theft hotspot, with 1,255 thefts last year, ahead of Tower Hamlets on 1,102.", [
        E("Hackney remains the capital's bike theft hotspot", T(rank_of("Hackney", bk25) == 1 and bk25["Hackney"] == 1255), "rank", f"2025 top: {sorted(bk25.items(), key=lambda t: -t[1])[:4]}", "true"),
        E("ahead of Tower Hamlets on 1,102", T(rank_of("Tower Hamlets", bk25) == 2 and bk25["Tower Hamlets"] == 1102), "rank", f"Tower Hamlets 2025 {bk25['Tower Hamlets']}", "true"),
    ]),
    ("In Hackney, 2024's rise proved a blip.", [
        E("2024's rise proved a blip", T(bkb["Hackney"][2024] > bkb["Hackney"][2023] and bkb["Hackney"][2025] < bkb["Hackney"][2024]), "turn", f"Hackney 2023 {bkb['Hackney'][2023]}, 2024 {bkb['Hackney'][2024]}, 2025 {bkb['Hackney'][2025]}", "true"),
    ]),
    ("Westminster, which topped the table back in 2011, has slipped to fourth.", [
        E("topped the table back in 2011", T(rank_of(W, bk11) == 1), "rank", f"2011 top: {sorted(bk11.items(), key=lambda t: -t[1])[:3]}", "true"),
        E("has slipped to fourth", T(rank_of(W, bk25) == 4), "rank", f"Westminster 2025 {bk25[W]}, rank {rank_of(W, bk25)}", "true"),
    ]),
    ("Wandsworth has halved its bike thefts since 2021, and Islington's fell 18% last year.", [
        E("Wandsworth has halved its bike thefts since 2021", T(-53 <= pct(bkb["Wandsworth"][2025], bkb["Wandsworth"][2021]) <= -47), "change", f"Wandsworth 2021 {bkb['Wandsworth'][2021]} -> 2025 {bkb['Wandsworth'][2025]} ({pct(bkb['Wandsworth'][2025], bkb['Wandsworth'][2021]):.1f}%)", "true"),
        E("Islington's fell 18%", F(pct_is(-18, bkb["Islington"][2025], bkb["Islington"][2024])), "change", f"Islington {bkb['Islington'][2024]} -> {bkb['Islington'][2025]} = {pct(bkb['Islington'][2025], bkb['Islington'][2024]):.1f}% (not 18%)", "false"),
    ]),
    ("Not everyone is improving: Camden bucked the trend with a second successive rise, and Lambeth's numbers went up for a third straight year.", [
        E("Camden bucked the trend with a second successive rise", F(rises_in_a_row(bkb["Camden"], 2025) >= 2), "streak", f"Camden 2023 {bkb['Camden'][2023]}, 2024 {bkb['Camden'][2024]}, 2025 {bkb['Camden'][2025]} (one rise only)", "false"),
        E("Lambeth's numbers went up for a third straight year", F(rises_in_a_row(bkb["Lambeth"], 2025) >= 3), "streak", f"Lambeth 2023 {bkb['Lambeth'][2023]}, 2024 {bkb['Lambeth'][2024]}, 2025 {bkb['Lambeth'][2025]} (fell in 2025)", "false"),
    ]),
    ("Southwark's 2023 figure of 948 is still its lowest on record.", [
        E("still its lowest on record", T(bkb["Southwark"][2023] == 948 and bkb["Southwark"][2023] == min(bkb["Southwark"].values())), "record", f"Southwark min {min(bkb['Southwark'].values())} in 2023", "true"),
    ]),
    ("Cycling groups reckon only one bike theft in five is ever reported, so the real total could be 70,000 a year.", [
        NV("only one bike theft in five is ever reported", "unreported crime is not in police-recorded data"),
    ]),
    ("My verdict: London is still no place to leave a decent bike locked up overnight.", [
        OP("London is still no place to leave a decent bike locked up overnight"),
    ]),
])

# =========================================================== a6: tabloid, London knife crime FY 2024/25 (MPS dashboard) + homicide 2024
def kn2(end, st="Knife Crime"):
    """(all dashboard borough-type areas, the 32 boroughs) for one FY."""
    kk = knife_boroughs(fy(end), st)
    return sum(kk.values()), sum(v for b, v in kk.items() if b in BOROUGHS32)


k25, k24, k23 = kn2(2025), kn2(2024), kn2(2023)
v25, v24 = kn2(2025, "Knife Injury Victims (1-24)"), kn2(2024, "Knife Injury Victims (1-24)")
kb25, kb24 = knife_boroughs(fy(2025)), knife_boroughs(fy(2024))
h24 = (mps(minor="HOMICIDE", mm=cal(2024)), sum(mps_by_borough(minor="HOMICIDE", mm=cal(2024)).values()))
hy = yearly(minor="HOMICIDE")
hy32 = {y: sum(mps_by_borough(minor="HOMICIDE", mm=cal(y)).values()) for y in range(2011, 2026)}
book.add("a6_tabloid_knife_capital.txt", "2025-05-20", [
    ("BLADE BRITAIN: KNIFE CRIME IN SADIQ'S LONDON SOARS", []),
    ("KNIFE crime in London has soared by more than a fifth in just two years, shock new figures reveal.", [
        E("soared by more than a fifth in just two years", T(pct(k25[0], k23[0]) > 20 and pct(k25[1], k23[1]) > 20), "change",
          f"MPS dashboard knife crime FY22/23 -> FY24/25: all areas {k23[0]} -> {k25[0]} ({pct(k25[0], k23[0]):.1f}%); 32 boroughs {k23[1]} -> {k25[1]} ({pct(k25[1], k23[1]):.1f}%)", "true"),
    ]),
    ("Cops logged almost 16,000 knife offences in 2024/25, and the total rose again on the year before.", [
        E("almost 16,000 knife offences", T(15500 <= k25[0] < 16000 and 15500 <= k25[1] < 16000), "count", f"FY24/25 all areas {k25[0]}, 32 boroughs {k25[1]}", "true"),
        E("the total rose again", T(k25[0] > k24[0] > k23[0] and k25[1] > k24[1] > k23[1]), "direction", f"FY22/23 {k23}, FY23/24 {k24}, FY24/25 {k25} (all areas, 32 boroughs)", "true"),
    ]),
    ("Lambeth is now the capital's knife crime hotspot with 948 offences, overtaking Westminster, while Croydon came a grim second.", [
        E("overtaking Westminster", T(rank_of("Lambeth", kb25) == 1 and rank_of("Westminster", kb24) == 1 and kb25["Lambeth"] == 948), "rank",
          f"FY24/25 top {sorted(kb25.items(), key=lambda t: -t[1])[:2]}; FY23/24 top {sorted(kb24.items(), key=lambda t: -t[1])[:1]}", "true"),
        E("Croydon came a grim second", F(rank_of("Croydon", kb25) == 2), "rank", f"Croydon FY24/25 {kb25['Croydon']}, rank {rank_of('Croydon', kb25)} (Westminster second)", "false"),
    ]),
    ("And there has been a shocking rise in the number of under-25s injured by knives.", [
        E("a shocking rise in the number of under-25s injured", F(v25[0] > v24[0] or v25[1] > v24[1]), "direction", f"knife injury victims 1-24 FY23/24 -> FY24/25: all areas {v24[0]} -> {v25[0]}, 32 boroughs {v24[1]} -> {v25[1]} (fell)", "false"),
    ]),
    ("More than 100 people were killed in the capital last year, the highest toll in five years.", [
        E("More than 100 people were killed in the capital last year", T(h24[0] > 100 and h24[1] > 100), "count", f"MPS homicide offences 2024: all rows {h24[0]}, 32 boroughs {h24[1]}", "true"),
        E("the highest toll in five years", F(all(hy[2024] >= hy[y] for y in range(2020, 2024)) or all(hy32[2024] >= hy32[y] for y in range(2020, 2024))), "record",
          f"homicide 2020-2024 all rows {[hy[y] for y in range(2020, 2025)]}; 32 boroughs {[hy32[y] for y in range(2020, 2025)]} (2024 the lowest of the five)", "false"),
    ]),
    ("One youth worker told us one in three teenagers on some estates now carries a blade.", [
        NV("one in three teenagers", "weapon carrying in the population is not police-recorded crime"),
    ]),
    ("Online knife sales have doubled since the pandemic, campaigners claim.", [
        NV("Online knife sales have doubled", "retail sales are not in any file here"),
    ]),
    ("Heartbroken mum Donna, whose son was stabbed in Brixton, said: \"Our streets have become a war zone and nobody in City Hall cares.\"", [
        OP("Our streets have become a war zone"),
    ]),
    ("Tory mayoral hopeful Susan Hall said Sadiq Khan had \"completely failed Londoners\".", [
        OP("completely failed Londoners"),
    ]),
])

# =========================================================== a7: Mayor of London press release, calendar 2025
def yy(**kw):
    """({year: all Met rows}, {year: 32 boroughs})."""
    return yearly(**kw), {y: sum(mps_by_borough(mm=cal(y), **kw).values()) for y in range(2011, 2026)}


mh = (hy, hy32)
mb = yy(major="BURGLARY")
mt = yy()
mtfp = yy(minor="THEFT FROM THE PERSON")
mrob = yy(major="ROBBERY")
mvwi = yy(minor="VIOLENCE WITH INJURY")
msex = yy(major="SEXUAL OFFENCES")
mshop = yy(minor="SHOPLIFTING")
book.add("a7_mayor_press_release_2025.txt", "2026-01-21", [
    ("Mayor: London's homicides fall to lowest level in more than a decade", []),
    ("The number of homicides in London fell to 96 in 2025, the lowest in more than a decade, new Met figures published today show.", [
        E("fell to 96 in 2025", T(hy[2025] == 96 and hy32[2025] == 96 and hy[2025] < hy[2024]), "count", f"MPS homicide offences 2025: all rows {hy[2025]}, 32 boroughs {hy32[2025]} (2024 {hy[2024]})", "true"),
        E("the lowest in more than a decade", T(all(s[2025] < s[y] for s in mh for y in range(2015, 2025))), "record",
          f"2015-2024 all rows min {min(hy[y] for y in range(2015, 2025))}, 32 boroughs min {min(hy32[y] for y in range(2015, 2025))}; 2014 {hy[2014]}/{hy32[2014]}", "true"),
    ]),
    ("Burglary fell to around 48,000, the lowest on record, and overall recorded crime also fell.", [
        E("the lowest on record", T(all(s[2025] == min(s.values()) for s in mb) and 47500 < mb[0][2025] < 48500), "record", f"burglary 2025 all rows {mb[0][2025]}, 32 boroughs {mb[1][2025]}; series min", "true"),
        E("overall recorded crime also fell", T(all(s[2025] < s[2024] for s in mt)), "direction", f"all crime 2024 -> 2025: all rows {mt[0][2024]} -> {mt[0][2025]}; 32 boroughs {mt[1][2024]} -> {mt[1][2025]}", "true"),
    ]),
    ("Theft from the person, including phone snatching, fell by more than 14,000 offences, and bicycle theft was the lowest on record.", [
        E("fell by more than 14,000 offences", T(all(s[2024] - s[2025] > 14000 for s in mtfp)), "change", f"TFP 2024 -> 2025: all rows {mtfp[0][2024]} -> {mtfp[0][2025]}; 32 boroughs {mtfp[1][2024]} -> {mtfp[1][2025]}", "true"),
        E("bicycle theft was the lowest on record", T(bk[2025] == min(bk.values()) and bk32[2025] == min(bk32.values())), "record", f"bicycle theft 2025 {bk[2025]} / {bk32[2025]} (series min)", "true"),
    ]),
    ("Robbery was down by more than 10%, violence with injury fell to its lowest level since records began, and shoplifting also fell.", [
        E("Robbery was down by more than 10%", F(any(pct(s[2025], s[2024]) < -10 for s in mrob)), "change", f"robbery 2024 -> 2025: all rows {pct(mrob[0][2025], mrob[0][2024]):.1f}%, 32 boroughs {pct(mrob[1][2025], mrob[1][2024]):.1f}%", "false"),
        E("violence with injury fell to its lowest level since records began", F(any(s[2025] == min(s.values()) for s in mvwi)), "record", f"VWI 2025 {mvwi[0][2025]}; 2013 {mvwi[0][2013]} and 2012 {mvwi[0][2012]} lower", "false"),
        E("shoplifting also fell", F(any(s[2025] < s[2024] for s in mshop)), "direction", f"shoplifting 2024 -> 2025: all rows {mshop[0][2024]} -> {mshop[0][2025]} (rose)", "false"),
    ]),
    ("Sexual offences rose again, which the Mayor said reflected more victims having the confidence to come forward.", [
        E("Sexual offences rose again", T(all(s[2025] > s[2024] > s[2023] for s in msex)), "direction", f"sexual offences 2023-2025 all rows {[msex[0][y] for y in (2023, 2024, 2025)]}; 32 boroughs {[msex[1][y] for y in (2023, 2024, 2025)]}", "true"),
        NV("reflected more victims having the confidence to come forward", "the reason for a rise (reporting confidence) is not in recorded-crime data"),
    ]),
    ("City Hall said reoffending among young people on its violence reduction programmes had fallen by a third.", [
        NV("reoffending among young people", "reoffending rates are not in any file here"),
    ]),
    ("The Mayor said: \"London is moving in the right direction, but there is much more to do. My tough approach on crime and its causes is working.\"", [
        OP("My tough approach on crime and its causes is working"),
    ]),
])

# =========================================================== a8: Westminster Hall debate, knife crime year to March 2020 (ONS series by force/region)
eng = {y: ons_knife_region("England", y) for y in range(2009, 2021)}
ldn = {y: ons_knife_region("London", y) for y in range(2009, 2021)}
ne = {y: ons_knife_region("North East", y) for y in range(2009, 2021)}
met = {y: ons_knife("Metropolitan Police", y) for y in range(2009, 2021)}
mer = {y: ons_knife("Merseyside", y) for y in range(2009, 2021)}
syk = {y: ons_knife("South Yorkshire", y) for y in range(2009, 2021)}
wm = {y: ons_knife("West Midlands", y) for y in range(2009, 2021)}
book.add("a8_parliament_knife_debate.txt", "2020-07-09", [
    ("Westminster Hall debate: Knife crime (Hansard extract)", []),
    ("Sarah Jones (Croydon Central) (Lab): Knife crime offences in England reached 44,670 in the year to March 2020, a rise of more than three quarters since 2013/14.", [
        E("44,670", T(eng[2020] == 44670), "count", f"ONS knife offences England FY19/20 = {eng[2020]}", "true"),
        E("a rise of more than three quarters since 2013/14", T(pct(eng[2020], eng[2014]) > 75), "change", f"England FY13/14 {eng[2014]} -> FY19/20 {eng[2020]} = {pct(eng[2020], eng[2014]):.1f}%", "true"),
    ]),
    ("London alone accounted for more than a third of that total, and the Met's 15,897 offences are the highest since this series began in 2009.", [
        E("more than a third of that total", T(ldn[2020] / eng[2020] > 1 / 3), "share", f"London region {ldn[2020]} / England {eng[2020]} = {100 * ldn[2020] / eng[2020]:.1f}%", "true"),
        E("the highest since this series began", T(met[2020] == 15897 and met[2020] == max(met.values())), "record", f"Met FY ending 2009-2020: {met}", "true"),
    ]),
    ("In the North East, knife crime has doubled in five years, and in South Yorkshire it rose again last year.", [
        E("knife crime has doubled in five years", F(ne[2020] >= 1.9 * ne[2015]), "change", f"North East FY14/15 {ne[2015]} -> FY19/20 {ne[2020]} (x{ne[2020] / ne[2015]:.2f})", "false"),
        E("in South Yorkshire it rose again last year", F(syk[2020] > syk[2019]), "direction", f"South Yorkshire FY18/19 {syk[2019]} -> FY19/20 {syk[2020]} (fell)", "false"),
    ]),
    ("Meanwhile, hospital admissions for assault by a sharp object have risen by 8%.", [
        NV("hospital admissions for assault by a sharp object", "NHS admissions data is not in any file here"),
    ]),
    ("This Government has presided over a knife crime epidemic and it should be ashamed.", [
        OP("presided over a knife crime epidemic"),
    ]),
    ("Liam Byrne (Birmingham, Hodge Hill) (Lab): In the West Midlands the figure has tripled since 2012/13, while in Greater Manchester it went up again last year.", [
        E("has tripled since 2012/13", F(wm[2020] >= 2.8 * wm[2013]), "change", f"West Midlands FY12/13 {wm[2013]} -> FY19/20 {wm[2020]} (x{wm[2020] / wm[2013]:.2f}, more than doubled, not tripled)", "false"),
        NV("in Greater Manchester it went up again last year", f"the ONS force series here has no Greater Manchester figure for FY19/20 (blank; FY18/19 = {ons_knife('Greater Manchester', 2019)})"),
    ]),
    ("The Minister for Crime and Policing (Kit Malthouse): In London knife crime rose by 7% last year, but in Merseyside it rose only slightly, to 1,424 offences.", [
        E("In London knife crime rose by 7%", T(pct_is(7, ldn[2020], ldn[2019])), "change", f"London region FY18/19 {ldn[2019]} -> FY19/20 {ldn[2020]} = {pct(ldn[2020], ldn[2019]):.1f}%", "true"),
        E("it rose only slightly, to 1,424 offences", T(mer[2020] == 1424 and 0 < pct(mer[2020], mer[2019]) < 3), "change", f"Merseyside FY18/19 {mer[2019]} -> FY19/20 {mer[2020]} = {pct(mer[2020], mer[2019]):.1f}%", "true"),
    ]),
    ("We believe the new serious violence duty is the right approach, and the 20,000 officers we are recruiting will make a real difference.", [
        OP("the new serious violence duty is the right approach"),
    ]),
    ("Nationally, fewer than half of knife possession cases now end in a custodial sentence.", [
        NV("fewer than half of knife possession cases", "sentencing outcomes are not in any file here"),
    ]),
])

# =========================================================== a9: charity report summary, London homicide victims 2022 (Met homicide dashboard)
vy = victims_years()
m22, m21 = victims_by(2022, "Method_of_Killing"), victims_by(2021, "Method_of_Killing")
s22 = victims_by(2022, "Sex")
ag22, ag21 = victims_by(2022, "Age_Group"), victims_by(2021, "Age_Group")
et22 = victims_by(2022, "Ethnicity")
da22 = victims_by(2022, "Domestic_Abuse")
so22, so21 = victims_by(2022, "Solved_Status"), victims_by(2021, "Solved_Status")
bo22 = victims_by(2022, "Borough")
book.add("a9_charity_homicide_report.txt", "2023-04-20", [
    ("Lost Lives 2022: summary of our annual report on homicide in London", []),
    ("The Met's homicide dashboard records 106 victims of homicide in London in 2022, roughly half the 210 recorded in 2003.", [
        E("106 victims of homicide", T(vy[2022] == 106), "count", f"homicide victims 2022 = {vy[2022]}", "true"),
        E("roughly half the 210 recorded in 2003", T(vy[2003] == 210 and 0.45 <= vy[2022] / vy[2003] <= 0.55), "compare", f"2003 {vy[2003]}; 2022/2003 = {vy[2022] / vy[2003]:.2f}", "true"),
    ]),
    ("That was the lowest annual total since records began in 2003.", [
        E("the lowest annual total since records began", F(vy[2022] == min(vy[y] for y in range(2003, 2023))), "record", f"2022 {vy[2022]}; lower: 2014 {vy[2014]}, 2012 {vy[2012]}, 2013 {vy[2013]}", "false"),
    ]),
    ("Seventy of those victims, two in every three, were killed with a knife or other sharp implement, while the number shot dead doubled.", [
        E("two in every three", T(m22["Knife or Sharp Implement"] == 70 and abs(100 * m22["Knife or Sharp Implement"] / vy[2022] - 66.7) < 1.5), "share", f"knife {m22['Knife or Sharp Implement']} / {vy[2022]} = {100 * m22['Knife or Sharp Implement'] / vy[2022]:.1f}%", "true"),
        E("the number shot dead doubled", F(m22["Shooting"] >= 2 * m21["Shooting"]), "change", f"shootings 2021 {m21['Shooting']}, 2022 {m22['Shooting']} (unchanged)", "false"),
    ]),
    ("Women and girls made up more than a quarter of victims, and one in four killings took place in a domestic abuse context.", [
        E("more than a quarter of victims", T(s22["Female"] / vy[2022] > 0.25), "share", f"female victims {s22['Female']} / {vy[2022]} = {100 * s22['Female'] / vy[2022]:.1f}%", "true"),
        E("one in four killings took place in a domestic abuse context", F(abs(100 * da22["Domestic Abuse"] / vy[2022] - 25) <= 3), "share", f"domestic abuse {da22['Domestic Abuse']} / {vy[2022]} = {100 * da22['Domestic Abuse'] / vy[2022]:.1f}% (about one in six)", "false"),
    ]),
    ("The number of adolescent and young adult victims fell from 49 to 29, but the number of child victims rose.", [
        E("fell from 49 to 29", T(ag21["Adolescent/Young Adult"] == 49 and ag22["Adolescent/Young Adult"] == 29), "change", f"Adolescent/Young Adult 2021 {ag21['Adolescent/Young Adult']}, 2022 {ag22['Adolescent/Young Adult']}", "true"),
        E("the number of child victims rose", T(ag22["Child"] > ag21["Child"]), "direction", f"Child victims 2021 {ag21['Child']}, 2022 {ag22['Child']}", "true"),
    ]),
    ("Black Londoners were the largest group of victims, with 48 deaths, against 37 white victims.", [
        E("the largest group of victims", T(max(et22, key=et22.get) == "Black" and et22["Black"] == 48 and et22["White"] == 37), "rank", f"2022 by ethnicity {dict(et22)}", "true"),
    ]),
    ("Ealing and Brent, with nine victims each, had more homicides than any other borough.", [
        E("had more homicides than any other borough", T(bo22["Ealing"] == bo22["Brent"] == 9 == max(bo22.values()) and sum(1 for v in bo22.values() if v == 9) == 2), "rank", f"2022 by borough top {bo22.most_common(4)}", "true"),
    ]),
    ("Worryingly, the number of unsolved cases rose from 14 to 21.", [
        E("rose from 14 to 21", T(so21["Unsolved"] == 14 and so22["Unsolved"] == 21), "change", f"unsolved 2021 {so21['Unsolved']}, 2022 {so22['Unsolved']} (status as published in the snapshot)", "true"),
    ]),
    ("Our caseworkers found that three in four young victims had previously been excluded from school.", [
        NV("three in four young victims had previously been excluded", "school exclusion histories are not in the homicide victims file"),
    ]),
    ("Every one of these deaths was preventable, and the Government's approach has failed a generation of young Londoners.", [
        OP("the Government's approach has failed a generation"),
    ]),
])

# =========================================================== a11: residents' association newsletter, City of London 2025 vs 2024 (police.uk street files)
def colc(y):
    c = Counter()
    for ym in cal(y):
        c += _col_month(ym)
    return c


c24, c25 = colc(2024), colc(2025)
t24, t25 = sum(c24.values()), sum(c25.values())
x24, x25 = t24 - c24["Anti-social behaviour"], t25 - c25["Anti-social behaviour"]
cm = {ym: (col([ym]), col([ym], crime_only=True)) for ym in cal(2025)}
book.add("a11_residents_newsletter_city.txt", "2026-02-12", [
    ("Barbican & Golden Lane Residents' Newsletter, February 2026: Safety update", []),
    ("Good news for the Square Mile: police.uk figures show recorded crime in the City of London fell by roughly a tenth last year, to 8,747 crimes excluding anti-social behaviour.", [
        E("fell by roughly a tenth", T(-12 <= pct(t25, t24) <= -8 and -12 <= pct(x25, x24) <= -8), "change", f"City street files 2024 -> 2025: all rows {t24} -> {t25} ({pct(t25, t24):.1f}%); excl ASB {x24} -> {x25} ({pct(x25, x24):.1f}%)", "true"),
        E("8,747 crimes excluding anti-social behaviour", T(x25 == 8747), "count", f"2025 excl ASB {x25}", "true"),
    ]),
    ("Other theft remained the most common offence, at 1,810, and shoplifting fell to 1,440 from 1,602.", [
        E("Other theft remained the most common offence", T(max(c25, key=c25.get) == "Other theft" and max(c24, key=c24.get) == "Other theft" and c25["Other theft"] == 1810), "rank", f"2025 top {c25.most_common(3)}", "true"),
        E("shoplifting fell to 1,440 from 1,602", T(c25["Shoplifting"] == 1440 and c24["Shoplifting"] == 1602), "change", f"shoplifting 2024 {c24['Shoplifting']}, 2025 {c25['Shoplifting']}", "true"),
    ]),
    ("Theft from the person fell by almost a fifth, and violence and sexual offences were down by a quarter.", [
        E("Theft from the person fell by almost a fifth", T(-20 < pct(c25["Theft from the person"], c24["Theft from the person"]) <= -18), "change", f"TFP {c24['Theft from the person']} -> {c25['Theft from the person']} = {pct(c25['Theft from the person'], c24['Theft from the person']):.1f}%", "true"),
        E("down by a quarter", F(abs(pct(c25["Violence and sexual offences"], c24["Violence and sexual offences"]) + 25) <= 3), "change",
          f"V&S {c24['Violence and sexual offences']} -> {c25['Violence and sexual offences']} = {pct(c25['Violence and sexual offences'], c24['Violence and sexual offences']):.1f}%", "false"),
    ]),
    ("Reports of anti-social behaviour collapsed from 398 to 128.", [
        E("collapsed from 398 to 128", T(c24["Anti-social behaviour"] == 398 and c25["Anti-social behaviour"] == 128), "change", f"ASB 2024 {c24['Anti-social behaviour']}, 2025 {c25['Anti-social behaviour']}", "true"),
    ]),
    ("Less happily, burglary rose by more than a third, to 459, and robbery and drug offences were also up.", [
        E("burglary rose by more than a third", T(pct(c25["Burglary"], c24["Burglary"]) > 33.4 and c25["Burglary"] == 459), "change", f"burglary {c24['Burglary']} -> {c25['Burglary']} = {pct(c25['Burglary'], c24['Burglary']):.1f}%", "true"),
        E("robbery and drug offences were also up", F(c25["Robbery"] > c24["Robbery"] and c25["Drugs"] > c24["Drugs"]), "direction", f"robbery {c24['Robbery']} -> {c25['Robbery']} (up), drugs {c24['Drugs']} -> {c25['Drugs']} (down)", "false"),
    ]),
    ("December was the busiest month of the year, with 810 reports, while bicycle thefts fell.", [
        E("December was the busiest month", T(max(cm, key=lambda k: cm[k][0]) == "202512" and max(cm, key=lambda k: cm[k][1]) == "202512" and cm["202512"][0] == 810), "rank", f"2025 monthly (all rows, excl ASB): {cm}", "true"),
        E("bicycle thefts fell", F(c25["Bicycle theft"] < c24["Bicycle theft"]), "direction", f"bicycle theft {c24['Bicycle theft']} -> {c25['Bicycle theft']} (rose)", "false"),
    ]),
    ("The City Police told our last meeting that most victims of theft in the Square Mile are visitors and commuters rather than residents.", [
        NV("most victims of theft in the Square Mile are visitors", "victims' home addresses are not in police.uk street files"),
    ]),
    ("Our committee believes the new late-night patrols on Golden Lane have been a real success, and the estate remains a wonderful place to live.", [
        OP("have been a real success"),
        OP("the estate remains a wonderful place to live"),
    ]),
])

# =========================================================== a12: radio news script, Welsh forces + BTP Jan-Nov 2022 (police.uk)
SW, DP, BT = "south-wales", "dyfed-powys", "btp"
sw, dp, bt = force_types(SW), force_types(DP), force_types(BT)
sw_crime = sum(sw.values()) - sw["Anti-social behaviour"]
sw_m = {ym: (fmonth(SW, ym), fmonth(SW, ym, True)) for ym in JAN_NOV_22}
dp_m = {ym: (fmonth(DP, ym), fmonth(DP, ym, True)) for ym in JAN_NOV_22}
bt_m = {ym: fmonth(BT, ym) for ym in JAN_NOV_22}
book.add("a12_radio_wales_bulletin.txt", "2023-01-05", [
    ("RADIO WALES, BREAKFAST BULLETIN, 0700. CUE: New figures show how much crime was recorded by Welsh police forces last year.", []),
    ("PRESENTER: South Wales Police recorded almost 100,000 crimes between January and November, not counting anti-social behaviour, and August was the force's busiest month.", [
        E("almost 100,000 crimes", T(97000 <= sw_crime < 100000), "count", f"South Wales street files 2022-01..11: {sum(sw.values())} rows, ASB {sw['Anti-social behaviour']}, crimes {sw_crime}", "true"),
        E("August was the force's busiest month", T(max(sw_m, key=lambda k: sw_m[k][0]) == "202208" and max(sw_m, key=lambda k: sw_m[k][1]) == "202208"), "rank", f"monthly (all rows, excl ASB): {sw_m}", "true"),
    ]),
    ("Shoplifting in the South Wales force area, at 7,684 offences, was more than four times the level in Dyfed-Powys, and bicycle thefts outnumbered robberies by more than four to one.", [
        E("more than four times the level in Dyfed-Powys", T(sw["Shoplifting"] == 7684 and sw["Shoplifting"] > 4 * dp["Shoplifting"]), "compare", f"shoplifting South Wales {sw['Shoplifting']}, Dyfed-Powys {dp['Shoplifting']} (x{sw['Shoplifting'] / dp['Shoplifting']:.2f})", "true"),
        E("bicycle thefts outnumbered robberies by more than four to one", F(sw["Bicycle theft"] > 4 * sw["Robbery"]), "compare", f"South Wales bicycle theft {sw['Bicycle theft']}, robbery {sw['Robbery']} (x{sw['Bicycle theft'] / sw['Robbery']:.2f})", "false"),
    ]),
    ("In Dyfed-Powys, crime in August was more than a third higher than in January, though the force recorded more than 100 robberies and its quietest month was November.", [
        E("more than a third higher than in January", T(all(dp_m["202208"][i] > dp_m["202201"][i] * 4 / 3 for i in (0, 1))), "change", f"Dyfed-Powys Jan {dp_m['202201']} -> Aug {dp_m['202208']} (all rows, excl ASB)", "true"),
        E("the force recorded more than 100 robberies", F(dp["Robbery"] > 100), "count", f"Dyfed-Powys robbery 2022-01..11 = {dp['Robbery']}", "false"),
        E("its quietest month was November", F(min(dp_m, key=lambda k: dp_m[k][0]) == "202211" or min(dp_m, key=lambda k: dp_m[k][1]) == "202211"), "rank", f"Dyfed-Powys monthly (all rows, excl ASB): {dp_m}", "false"),
    ]),
    ("The NFU says rural crime cost farmers in the Dyfed-Powys area £1.6 million last year.", [
        NV("rural crime cost farmers", "the cost of crime is not in police.uk street files"),
    ]),
    ("PRESENTER: On the railways, British Transport Police recorded 5,770 crimes in August, its busiest month, and theft from the person was the most common offence on the network.", [
        E("5,770 crimes in August", T(bt_m["202208"] == 5770 and max(bt_m, key=bt_m.get) == "202208"), "count", f"BTP monthly: {bt_m}", "true"),
        E("theft from the person was the most common offence", F(max(bt, key=bt.get) == "Theft from the person"), "rank", f"BTP types {bt.most_common(4)}", "false"),
    ]),
    ("Meanwhile, callers to the 101 non-emergency line in South Wales waited an average of 20 minutes, and half of violent crime in Cardiff city centre was linked to the night-time economy.", [
        NV("waited an average of 20 minutes", "call-handling times are not in police.uk street files"),
        NV("half of violent crime in Cardiff city centre was linked to the night-time economy", "street files carry no time of day or venue link for offences"),
    ]),
    ("GUEST (Dyfed-Powys Police and Crime Commissioner Dafydd Llywelyn): People here have every right to feel safe. The extra community support officers have been money well spent.", [
        OP("People here have every right to feel safe"),
        OP("have been money well spent"),
    ]),
    ("GUEST (criminologist, Cardiff University): These figures should be a wake-up call for the Home Office.", [
        OP("should be a wake-up call for the Home Office"),
    ]),
    ("PRESENTER: The next bulletin is at eight.", []),
])
