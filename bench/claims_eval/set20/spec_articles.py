"""set20, part 'articles': 12 short articles written blind (see README_articles.md).

Every factual claim is designed true or false; book.T / book.F check the design against the raw figures.
"""
from truth20a import (A, C, I, U, O, OKC, SpecBook, BOROUGHS32, L2, L2y, MONTHS22, cal, fy, fs, fs_monthly, fyr,  # noqa: F401
                      gla_pop, knife32, knife_boroughs, london32_pop, mps, mps_by_borough, near, nyc, ons_knife, owid,
                      pct, pct_is, per1000, r12, rank_b, knife_json, series_L, series_b, victims_by, yr, falls_in_a_row,
                      rises_in_a_row, last_higher, last_lower, months)

book = SpecBook()
E, T, F, NV, OP = book.E, book.T, book.F, book.NV, book.OP

# =========================================================================================== a1 local paper, Lambeth 2025
LAM = "Lambeth"
lam = series_b(LAM)
lam_rob = series_b(LAM, major="ROBBERY")
lam_veh = series_b(LAM, major="VEHICLE OFFENCES")
lam_burg = series_b(LAM, major="BURGLARY")
lam_shop = series_b(LAM, minor="SHOPLIFTING")
lam_tfp = series_b(LAM, minor="THEFT FROM THE PERSON")
lam_vap = series_b(LAM, major="VIOLENCE AGAINST THE PERSON")
lam_hom = series_b(LAM, minor="HOMICIDE")
lam_pop = gla_pop(LAM, 2025)
lam_rate = per1000(lam[2025], lam_pop)
lon_rates = [per1000(x, p) for x in L2y(2025) for p in (london32_pop(2025), gla_pop("Greater London", 2025))]
kn25 = knife_boroughs(fy(2025))
kn25_32 = {k: v for k, v in kn25.items() if k in BOROUGHS32}
sou = series_b("Southwark")
lam_fell_first = lam[2025] < lam[2024] and all(lam[y] >= lam[y - 1] for y in (2021, 2022, 2023, 2024)) and lam[2020] < lam[2019]

book.add("a1_localpaper_lambeth_year.txt", "2026-03-20", [
    ("Crime in Lambeth fell last year for the first time since 2020, with police recording 37,557 offences in 2025, down from 38,649 the year before.", [
        E("for the first time since 2020", T(lam_fell_first), "turn",
          f"Lambeth all crime CY: {', '.join(f'{y}: {lam[y]}' for y in range(2019, 2026))}; 2025 is the first fall since 2020", "true"),
        E("37,557 offences in 2025", T(lam[2025] == 37557), "count", f"Lambeth CY2025 = {lam[2025]}", "true"),
        E("down from 38,649", T(lam[2024] == 38649 and lam[2025] < lam[2024]), "change", f"CY2024 = {lam[2024]}", "true"),
    ]),
    ("That is a drop of about 3%, although the borough remains one of the busiest in London for police.", [
        E("a drop of about 3%", T(pct_is(-3, lam[2025], lam[2024], 0.5)), "change",
          f"{pct(lam[2025], lam[2024]):.1f}% (37,557 vs 38,649)", "true"),
    ]),
    ("Robbery fell by more than a quarter, from 2,329 to 1,717, and vehicle crime dropped by more than 1,000 offences.", [
        E("Robbery fell by more than a quarter", T(lam_rob[2025] < 0.75 * lam_rob[2024] and (lam_rob[2024], lam_rob[2025]) == (2329, 1717)), "change",
          f"Lambeth robbery CY2024 {lam_rob[2024]} -> CY2025 {lam_rob[2025]} ({pct(lam_rob[2025], lam_rob[2024]):.1f}%)", "true"),
        E("vehicle crime dropped by more than 1,000", T(lam_veh[2024] - lam_veh[2025] > 1000), "change",
          f"Lambeth vehicle offences {lam_veh[2024]} -> {lam_veh[2025]} (-{lam_veh[2024] - lam_veh[2025]})", "true"),
    ]),
    ("Burglary dropped to 1,798, the lowest figure the borough has ever recorded.", [
        E("Burglary dropped to 1,798", T(lam_burg[2025] == 1798 and lam_burg[2025] < lam_burg[2024]), "count",
          f"Lambeth burglary CY2025 {lam_burg[2025]} (2024 {lam_burg[2024]})", "true"),
        E("the lowest figure the borough has ever recorded", T(lam_burg[2025] == min(lam_burg.values())), "record",
          f"Lambeth burglary CY2011-2025 min = {min(lam_burg.values())} in 2025 (series from 2010-04)", "true"),
    ]),
    ("But shoplifting kept climbing, rising for a fourth year running to 3,124.", [
        E("rising for a fourth year running", T(rises_in_a_row(lam_shop, 2025) == 4), "streak",
          f"Lambeth shoplifting CY 2020-2025: {[lam_shop[y] for y in range(2020, 2026)]}; rises in a row = {rises_in_a_row(lam_shop, 2025)}", "true"),
    ]),
    ("Theft from the person reached 5,259, more than five times the figure for 2020.", [
        E("more than five times the figure for 2020", F(lam_tfp[2025] > 5 * lam_tfp[2020]), "compare",
          f"{lam_tfp[2025]} / {lam_tfp[2020]} (2020) = {lam_tfp[2025] / lam_tfp[2020]:.2f}x, under five times", "false"),
    ]),
    ("Police say around seven in ten of those thefts involved a mobile phone.", [
        NV("seven in ten of those thefts involved a mobile phone", "the MPS borough series has no split by item stolen"),
    ]),
    ("Violence against the person edged up by about 4% to 9,454, and there were eight homicides, up from five.", [
        E("edged up by about 4%", T(pct_is(4, lam_vap[2025], lam_vap[2024])), "change",
          f"Lambeth VAP {lam_vap[2024]} -> {lam_vap[2025]} ({pct(lam_vap[2025], lam_vap[2024]):+.1f}%)", "true"),
        E("eight homicides, up from five", T((lam_hom[2024], lam_hom[2025]) == (5, 8)), "change",
          f"Lambeth homicide CY2024 {lam_hom[2024]}, CY2025 {lam_hom[2025]}", "true"),
    ]),
    ("In the 2024/25 financial year Lambeth recorded more knife crime than any other borough, 948 offences.", [
        E("more knife crime than any other borough", T(rank_b(LAM, kn25_32) == 1), "rank",
          f"MPS dashboard knife crime FY2024/25: Lambeth {kn25[LAM]}, next {sorted(kn25_32.values())[-2]} (Westminster)", "true"),
        E("948 offences", T(kn25[LAM] == 948), "count", f"dashboard Knife Crime offences Lambeth FY2024/25 = {kn25[LAM]}", "true"),
    ]),
    ("At about 108 crimes per 1,000 residents, its crime rate is well above the London average.", [
        E("about 108 crimes per 1,000 residents", T(near(108, lam_rate, 0.01)), "rate",
          f"{lam[2025]} / GLA projected pop 2025 {lam_pop} = {lam_rate:.1f} per 1,000", "true"),
        E("well above the London average", T(all(lam_rate > 1.1 * r for r in lon_rates)), "compare",
          f"London 2025 = {min(lon_rates):.1f}-{max(lon_rates):.1f} per 1,000 on every reading", "true"),
    ]),
    ("\"These figures show the hard work of our neighbourhood teams is paying off,\" said the borough commander.", [
        OP("the hard work of our neighbourhood teams is paying off"),
    ]),
    ("Next door in Southwark, the total rose slightly to 39,845.", [
        E("the total rose slightly to 39,845", F(sou[2025] > sou[2024]), "direction",
          f"Southwark CY2024 {sou[2024]} -> CY2025 {sou[2025]}: a small fall, not a rise", "false"),
    ]),
    ("Many residents in Brixton say they feel less safe than they did five years ago.", [
        NV("feel less safe than they did five years ago", "perception of safety is survey data; no such series in the open data here"),
    ]),
])

# =========================================================================================== a2 regional paper, South Yorkshire 2022
SY, MER = "south-yorkshire", "merseyside"
sy_all, sy_crime = fs(SY), fs(SY, crime_only=True)
sy_m, sy_mc = fs_monthly(SY), fs_monthly(SY, crime_only=True)
sy = {t: fs(SY, t) for t in ("Violence and sexual offences", "Anti-social behaviour", "Burglary", "Shoplifting", "Robbery",
                             "Possession of weapons", "Drugs", "Vehicle crime", "Criminal damage and arson", "Public order")}
mer_all, mer_crime = fs(MER), fs(MER, crime_only=True)
mer_drugs, mer_veh = fs(MER, "Drugs"), fs(MER, "Vehicle crime")
sy_types = {}
for ym in MONTHS22:
    pass
from truth20a import _force_month  # noqa: E402
from collections import Counter  # noqa: E402
_c = Counter()
for ym in MONTHS22:
    _c.update(_force_month(SY, ym))
sy_rank = sorted(_c.items(), key=lambda x: -x[1])

book.add("a2_regional_south_yorkshire.txt", "2023-01-20", [
    ("South Yorkshire Police logged 169,571 crimes and incidents of anti-social behaviour between January and November last year, according to figures published on police.uk.", [
        E("169,571 crimes and incidents", T(sy_all == 169571), "count", f"SY street files 2022-01..11, all rows = {sy_all} (crime only {sy_crime})", "true"),
    ]),
    ("Violence and sexual offences accounted for more than a third of everything recorded, at 57,766.", [
        E("more than a third of everything recorded", T(sy["Violence and sexual offences"] / sy_all > 1 / 3 and sy["Violence and sexual offences"] / sy_crime > 1 / 3), "share",
          f"{sy['Violence and sexual offences']} / {sy_all} = {100 * sy['Violence and sexual offences'] / sy_all:.1f}% (of crime only: {100 * sy['Violence and sexual offences'] / sy_crime:.1f}%)", "true"),
    ]),
    ("Anti-social behaviour, with 22,198 reports, was the second most common category.", [
        E("22,198 reports", F(sy["Anti-social behaviour"] == 22198), "count", f"ASB rows = {sy['Anti-social behaviour']}, not 22,198", "false"),
        E("the second most common category", T(sy_rank[1][0] == "Anti-social behaviour"), "rank", f"crime types by rows: {sy_rank[:3]}", "true"),
    ]),
    ("May was the busiest month for the force and February the quietest.", [
        E("May was the busiest month", T(max(sy_m, key=sy_m.get) == "202205" and max(sy_mc, key=sy_mc.get) == "202205"), "rank",
          f"monthly rows {sy_m}; crime only {sy_mc}: May highest either way", "true"),
        E("February the quietest", T(min(sy_m, key=sy_m.get) == "202202" and min(sy_mc, key=sy_mc.get) == "202202"), "rank",
          "February lowest with and without ASB", "true"),
    ]),
    ("Burglaries, at 10,669, outnumbered shoplifting offences by more than two to one.", [
        E("outnumbered shoplifting offences by more than two to one", F(sy["Burglary"] > 2 * sy["Shoplifting"]), "compare",
          f"Burglary {sy['Burglary']} vs shoplifting {sy['Shoplifting']} = {sy['Burglary'] / sy['Shoplifting']:.2f} to one", "false"),
    ]),
    ("Robbery remains comparatively rare: 1,693 offences, around 1% of the total, fewer than the 1,760 weapons possession offences.", [
        E("around 1% of the total", T(0.5 <= 100 * sy["Robbery"] / sy_all <= 1.5 and 0.5 <= 100 * sy["Robbery"] / sy_crime <= 1.5), "share",
          f"{sy['Robbery']} / {sy_all} = {100 * sy['Robbery'] / sy_all:.2f}% (crime only {100 * sy['Robbery'] / sy_crime:.2f}%)", "true"),
        E("fewer than the 1,760 weapons possession offences", T(sy["Robbery"] < sy["Possession of weapons"] == 1760), "compare",
          f"robbery {sy['Robbery']} < possession of weapons {sy['Possession of weapons']}", "true"),
    ]),
    ("The county recorded slightly less crime than Merseyside over the same months, though its vehicle crime figure of 12,098 was more than double Merseyside's.", [
        E("slightly less crime than Merseyside", T(sy_all < mer_all and sy_crime < mer_crime and sy_all > 0.9 * mer_all), "compare",
          f"SY {sy_all} vs Merseyside {mer_all} (crime only {sy_crime} vs {mer_crime}), Jan-Nov 2022", "true"),
        E("more than double Merseyside's", F(sy["Vehicle crime"] > 2 * mer_veh), "compare",
          f"vehicle crime SY {sy['Vehicle crime']} vs Merseyside {mer_veh} = {sy['Vehicle crime'] / mer_veh:.2f}x", "false"),
    ]),
    ("Merseyside, by contrast, recorded more than three times as many drug offences, 11,471 against 3,522.", [
        E("more than three times as many drug offences", T(mer_drugs > 3 * sy["Drugs"] and (mer_drugs, sy["Drugs"]) == (11471, 3522)), "compare",
          f"drugs Merseyside {mer_drugs} vs SY {sy['Drugs']} = {mer_drugs / sy['Drugs']:.2f}x", "true"),
    ]),
    ("Home Office figures show knife crime in South Yorkshire more than doubled between 2015 and 2019, from 546 offences to 1,032.", [
        E("more than doubled between 2015 and 2019", F(ons_knife("South Yorkshire", 2019) > 2 * ons_knife("South Yorkshire", 2015)), "change",
          f"ONS knife series (year labels as published): 2015 {ons_knife('South Yorkshire', 2015)}, 2019 {ons_knife('South Yorkshire', 2019)} = {ons_knife('South Yorkshire', 2019) / ons_knife('South Yorkshire', 2015):.2f}x", "false"),
    ]),
    ("Campaigners say only one in five burglary victims in Barnsley is satisfied with how police handled their case.", [
        NV("only one in five burglary victims in Barnsley is satisfied", "victim satisfaction is survey data; nothing in the street files or any open file here measures it"),
    ]),
    ("Average 999 response times in Doncaster have also lengthened, according to the Police and Crime Panel.", [
        NV("999 response times in Doncaster have also lengthened", "response times are not in the open crime data"),
    ]),
    ("\"Officers are doing a remarkable job with the resources they have,\" the Chief Constable said.", [
        OP("Officers are doing a remarkable job"),
    ]),
])

# =========================================================================================== a3 council press release, Hackney FY2024/25
HK = "Hackney"
hk = {k: (fyr(HK, 2025, **kw), fyr(HK, 2024, **kw)) for k, kw in {
    "all": {}, "burg": dict(major="BURGLARY"), "vwi": dict(minor="VIOLENCE WITH INJURY"), "rob": dict(major="ROBBERY"),
    "shop": dict(minor="SHOPLIFTING"), "tfp": dict(minor="THEFT FROM THE PERSON"), "hom": dict(minor="HOMICIDE"),
    "weap": dict(major="POSSESSION OF WEAPONS")}.items()}
hk_fy_all = {e: fyr(HK, e) for e in range(2011, 2026)}
hk_kn = (knife_boroughs(fy(2025))[HK], knife_boroughs(fy(2024))[HK])
hk_pops = (gla_pop(HK, 2024), gla_pop(HK, 2025))
hk_rates = [per1000(hk["all"][0], p) for p in hk_pops]

book.add("a3_council_hackney_fy.txt", "2025-05-20", [
    ("Hackney Council welcomes new Metropolitan Police figures for 2024/25 showing burglary in the borough fell by 18% compared with the previous year.", [
        E("burglary in the borough fell by 18%", T(pct_is(-18, *hk["burg"])), "change",
          f"Hackney burglary FY2023/24 {hk['burg'][1]} -> FY2024/25 {hk['burg'][0]} ({pct(*hk['burg']):.1f}%)", "true"),
    ]),
    ("Violence with injury was also down by nearly a fifth, to 2,199 offences.", [
        E("down by nearly a fifth", T(-20 < pct(*hk["vwi"]) < -17), "change",
          f"VWI FY {hk['vwi'][1]} -> {hk['vwi'][0]} ({pct(*hk['vwi']):.1f}%)", "true"),
    ]),
    ("Possession of weapons offences fell to 224, and the number of homicides held steady at seven.", [
        E("fell to 224", T(hk["weap"][0] == 224 and hk["weap"][0] < hk["weap"][1]), "change", f"weapons FY {hk['weap'][1]} -> {hk['weap'][0]}", "true"),
        E("held steady at seven", T(hk["hom"] == (7, 7)), "equal", f"homicide FY2023/24 {hk['hom'][1]}, FY2024/25 {hk['hom'][0]}", "true"),
    ]),
    ("Knife crime recorded on the Met's dashboard also fell over the year.", [
        E("Knife crime recorded on the Met's dashboard also fell", F(hk_kn[0] < hk_kn[1]), "direction",
          f"dashboard Knife Crime Hackney FY2023/24 {hk_kn[1]} -> FY2024/25 {hk_kn[0]}: a rise", "false"),
    ]),
    ("Cllr Priya Okonjo, cabinet member for community safety, said: \"Hackney is a safer place than it was a year ago, and our new CCTV control room helped secure 312 arrests.\"", [
        OP("Hackney is a safer place than it was a year ago"),
        NV("helped secure 312 arrests", "arrests attributed to CCTV are not in any open data here"),
    ]),
    ("She added that the number of young people entering the youth justice system had halved since 2019.", [
        NV("had halved since 2019", "youth justice entrants are Ministry of Justice data, not in the open crime data here"),
    ]),
    ("Responding, opposition group leader Cllr Daniel Harcourt said the council was \"cherry-picking\".", []),
    ("\"Total crime rose to 33,250, the highest level in the borough since the Met's records began, and robbery is up by more than 10%,\" he said.", [
        E("Total crime rose to 33,250", T(hk["all"] == (33250, hk["all"][1]) and hk["all"][0] > hk["all"][1]), "change",
          f"Hackney all crime FY2023/24 {hk['all'][1]} -> FY2024/25 {hk['all'][0]}", "true"),
        E("the highest level in the borough since the Met's records began", T(hk_fy_all[2025] == max(hk_fy_all.values())), "record",
          f"Hackney FY totals 2010/11-2024/25: max {max(hk_fy_all.values())} in 2024/25 (2019/20: {hk_fy_all[2020]})", "true"),
        E("robbery is up by more than 10%", T(pct(*hk["rob"]) > 10), "change", f"robbery FY {hk['rob'][1]} -> {hk['rob'][0]} ({pct(*hk['rob']):+.1f}%)", "true"),
    ]),
    ("\"Shoplifting is up by three quarters and theft from the person has risen by 40%.", [
        E("Shoplifting is up by three quarters", T(pct_is(75, *hk["shop"], 2)), "change",
          f"shoplifting FY {hk['shop'][1]} -> {hk['shop'][0]} ({pct(*hk['shop']):+.1f}%)", "true"),
        E("theft from the person has risen by 40%", F(pct_is(40, *hk["tfp"], 2)), "change",
          f"theft from the person FY {hk['tfp'][1]} -> {hk['tfp'][0]} ({pct(*hk['tfp']):+.1f}%), not 40%", "false"),
    ]),
    ("At around 111 crimes for every 1,000 residents, Hackney is not the safe haven the council pretends. This administration has lost control of our streets.\"", [
        E("around 111 crimes for every 1,000 residents", T(all(near(111, r, 0.01) for r in hk_rates)), "rate",
          f"{hk['all'][0]} / GLA pop 2024 {hk_pops[0]} or 2025 {hk_pops[1]} = {hk_rates[0]:.1f} / {hk_rates[1]:.1f}", "true"),
        OP("This administration has lost control of our streets"),
    ]),
])

# =========================================================================================== a4 police statement, Merseyside 12 months to Nov 2022
M12 = months(2021, 12, 2022, 11)
mer12_all, mer12_crime = fs(MER, mm=M12), fs(MER, mm=M12, crime_only=True)
mer12 = {t: fs(MER, t, mm=M12) for t in ("Violence and sexual offences", "Drugs", "Possession of weapons", "Burglary", "Robbery", "Anti-social behaviour")}
mer_m = {ym: fs(MER, mm=[ym], crime_only=True) for ym in M12}
mer_ma = {ym: fs(MER, mm=[ym]) for ym in M12}
drugs_others = fs(SY, "Drugs") + fs("south-wales", "Drugs") + fs("cumbria", "Drugs")
mk = {y: ons_knife("Merseyside", y) for y in range(2009, 2021)}

book.add("a4_police_merseyside_statement.txt", "2022-12-20", [
    ("In the twelve months to the end of November 2022 we recorded 170,568 crimes across Merseyside, not counting anti-social behaviour.", [
        E("we recorded 170,568 crimes", T(mer12_crime == 170568), "count", f"Merseyside street files 2021-12..2022-11 excl. ASB = {mer12_crime} (incl. ASB {mer12_all})", "true"),
    ]),
    ("Violence and sexual offences make up the largest single category, with 74,641 offences, more than a third of all crime.", [
        E("with 74,641 offences", T(mer12["Violence and sexual offences"] == 74641), "count", f"= {mer12['Violence and sexual offences']}", "true"),
        E("more than a third of all crime", T(mer12["Violence and sexual offences"] / mer12_all > 1 / 3 and mer12["Violence and sexual offences"] / mer12_crime > 1 / 3), "share",
          f"{mer12['Violence and sexual offences']} / {mer12_crime} = {100 * mer12['Violence and sexual offences'] / mer12_crime:.1f}% (of all rows incl. ASB {100 * mer12['Violence and sexual offences'] / mer12_all:.1f}%)", "true"),
    ]),
    ("Our proactive work against drug dealing saw 12,252 drug offences recorded; from January to November we recorded more drug offences than South Yorkshire, South Wales and Cumbria put together.", [
        E("12,252 drug offences recorded", T(mer12["Drugs"] == 12252), "count", f"Drugs 2021-12..2022-11 = {mer12['Drugs']}", "true"),
        E("more drug offences than South Yorkshire, South Wales and Cumbria put together", T(fs(MER, "Drugs") > drugs_others), "compare",
          f"Jan-Nov 2022 drugs: Merseyside {fs(MER, 'Drugs')} vs SY+S Wales+Cumbria {drugs_others}", "true"),
    ]),
    ("Burglary remains low, with 6,122 offences in the year, fewer than the number of robberies.", [
        E("6,122 offences in the year", T(mer12["Burglary"] == 6122), "count", f"Burglary 12 months = {mer12['Burglary']}", "true"),
        E("fewer than the number of robberies", F(mer12["Burglary"] < mer12["Robbery"]), "compare",
          f"burglary {mer12['Burglary']} vs robbery {mer12['Robbery']}", "false"),
    ]),
    ("May was our busiest month of the year, while December 2021 was the quietest.", [
        E("May was our busiest month", T(max(mer_m, key=mer_m.get) == "202205" and max(mer_ma, key=mer_ma.get) == "202205"), "rank",
          f"monthly crime excl ASB {mer_m}; incl ASB May {mer_ma['202205']} also highest", "true"),
        E("December 2021 was the quietest", T(min(mer_m, key=mer_m.get) == "202112" and min(mer_ma, key=mer_ma.get) == "202112"), "rank",
          f"Dec 2021 lowest: {mer_m['202112']} excl ASB ({mer_ma['202112']} incl ASB); next Feb 2022 {mer_m['202202']}", "true"),
    ]),
    ("Longer term, Home Office figures show knife crime in Merseyside rose from 715 offences in 2016 to 1,424 in 2020, nearly doubling.", [
        E("nearly doubling", T(1.8 <= mk[2020] / mk[2016] < 2.0 and (mk[2016], mk[2020]) == (715, 1424)), "change",
          f"ONS knife series Merseyside 2016 {mk[2016]}, 2020 {mk[2020]} = {mk[2020] / mk[2016]:.3f}x", "true"),
    ]),
    ("Knife crime in Merseyside has gone up every year since 2011.", [
        E("has gone up every year since 2011", F(all(mk[y] > mk[y - 1] for y in range(2012, 2021))), "streak",
          f"ONS knife Merseyside {mk}: 2013 ({mk[2013]}) fell below 2012 ({mk[2012]}); rises only from 2014", "false"),
    ]),
    ("Officers made more than 4,200 arrests for drug supply during the year, and our solved rate for serious violence improved.", [
        NV("more than 4,200 arrests for drug supply", "arrests for Merseyside are not in the open data here (custody data is Met only)"),
        NV("our solved rate for serious violence improved", "no outcomes files; the street files' last-outcome snapshot covers only 2021-12..2022-11, so there is no earlier year to compare, and 'serious violence' is not a police.uk category"),
    ]),
    ("\"Merseyside is a safe place to live, work and visit, and we will keep relentlessly pursuing those who bring harm to our communities,\" said the Assistant Chief Constable.", [
        OP("Merseyside is a safe place to live, work and visit"),
    ]),
])

# =========================================================================================== a5 broadsheet, shoplifting across the boroughs, 2025
sh25 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2025))
sh24 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2024))
shL = {y: L2y(y, minor="SHOPLIFTING") for y in range(2011, 2026)}
sh_pct = {b: pct(sh25[b], sh24[b]) for b in sh25}
sh_falls = sum(1 for b in sh25 if sh25[b] < sh24[b])
wm_pop = gla_pop("Westminster", 2025)

book.add("a5_broadsheet_shoplifting_boroughs.txt", "2026-03-25", [
    ("Analysis: the shoplifting surge is reshaping London's crime map", []),
    ("Shoplifting in London reached a record high in 2025, with more than 88,000 offences recorded by the Metropolitan Police, more than double the level of 2022.", [
        E("reached a record high in 2025", T(all(shL[2025][i] == max(shL[y][i] for y in shL) for i in (0, 1))), "record",
          f"London shoplifting CY (all rows / 32 boroughs): 2024 {shL[2024]}, 2025 {shL[2025]}; 2025 is the series high on both", "true"),
        E("more than 88,000 offences", T(all(x > 88000 for x in shL[2025])), "count", f"2025 = {shL[2025]}", "true"),
        E("more than double the level of 2022", T(all(shL[2025][i] > 2 * shL[2022][i] for i in (0, 1))), "compare", f"2022 = {shL[2022]}", "true"),
    ]),
    ("Yet the figures also suggest the surge is levelling off: offences rose by a further 10% on 2024, far slower than the year before.", [
        E("rose by a further 10% on 2024", F(any(pct_is(10, shL[2025][i], shL[2024][i], 1) for i in (0, 1))), "change",
          f"2025 vs 2024: {pct(shL[2025][0], shL[2024][0]):+.1f}% (all rows) / {pct(shL[2025][1], shL[2024][1]):+.1f}% (32 boroughs)", "false"),
    ]),
    ("Westminster again topped the table with 7,874 offences, up by almost a fifth, or about 29 for every 1,000 residents.", [
        E("Westminster again topped the table", T(rank_b("Westminster", sh25) == 1 and rank_b("Westminster", sh24) == 1), "rank",
          f"Westminster first in 2024 ({sh24['Westminster']}) and 2025 ({sh25['Westminster']})", "true"),
        E("up by almost a fifth", T(17 <= sh_pct["Westminster"] < 20), "change", f"{sh_pct['Westminster']:+.1f}%", "true"),
        E("about 29 for every 1,000 residents", T(near(29, per1000(sh25["Westminster"], wm_pop), 0.02)), "rate",
          f"{sh25['Westminster']} / GLA pop 2025 {wm_pop} = {per1000(sh25['Westminster'], wm_pop):.1f}", "true"),
    ]),
    ("Newham was second and Islington third.", [
        E("Newham was second", T(rank_b("Newham", sh25) == 2), "rank", f"Newham {sh25['Newham']}", "true"),
        E("Islington third", F(rank_b("Islington", sh25) == 3), "rank", f"Islington {sh25['Islington']} ranks {rank_b('Islington', sh25)}; third is Camden {sh25['Camden']}", "false"),
    ]),
    ("The steepest increase came in Kensington and Chelsea, where offences jumped by 34%, just ahead of Haringey.", [
        E("The steepest increase came in Kensington and Chelsea", T(max(sh_pct, key=sh_pct.get) == "Kensington and Chelsea"), "rank",
          f"largest % rises: {sorted(sh_pct.items(), key=lambda x: -x[1])[:3]}", "true"),
        E("jumped by 34%", T(pct_is(34, sh25["Kensington and Chelsea"], sh24["Kensington and Chelsea"])), "change",
          f"K&C {sh24['Kensington and Chelsea']} -> {sh25['Kensington and Chelsea']}", "true"),
    ]),
    ("Croydon went the other way, with a fall of about a quarter, and Southwark's total dropped by more than a fifth.", [
        E("a fall of about a quarter", T(-27 <= sh_pct["Croydon"] <= -23), "change", f"Croydon {sh24['Croydon']} -> {sh25['Croydon']} ({sh_pct['Croydon']:.1f}%)", "true"),
        E("dropped by more than a fifth", T(sh_pct["Southwark"] < -20), "change", f"Southwark {sh24['Southwark']} -> {sh25['Southwark']} ({sh_pct['Southwark']:.1f}%)", "true"),
    ]),
    ("Barking and Dagenham was the only other borough where shoplifting fell; in most of the capital it kept rising.", [
        E("Barking and Dagenham was the only other borough where shoplifting fell", F(sh_falls <= 3), "compare",
          f"{sh_falls} of 32 boroughs saw shoplifting fall in 2025", "false"),
        E("in most of the capital it kept rising", T(32 - sh_falls > 16), "direction", f"{32 - sh_falls} boroughs rose", "true"),
    ]),
    ("Westminster alone accounted for almost 9% of all shoplifting in the capital, while Richmond upon Thames recorded the fewest offences of any borough.", [
        E("almost 9% of all shoplifting in the capital", T(all(8.5 <= 100 * sh25["Westminster"] / x < 9 for x in shL[2025])), "share",
          f"{sh25['Westminster']} / {shL[2025]} = {100 * sh25['Westminster'] / shL[2025][0]:.2f}%", "true"),
        E("Richmond upon Thames recorded the fewest offences of any borough", F(min(sh25, key=sh25.get) == "Richmond upon Thames"), "rank",
          f"fewest: Barking and Dagenham {sh25['Barking and Dagenham']}; Richmond {sh25['Richmond upon Thames']}", "false"),
    ]),
    ("The British Retail Consortium puts the annual cost of customer theft at more than £2bn, and says most incidents are never reported to police.", [
        NV("more than £2bn", "retail losses are not in the open crime data"),
        NV("most incidents are never reported to police", "unreported crime is not measured by police-recorded data"),
    ]),
    ("\"Shoplifting has effectively been decriminalised,\" said one retailer in Kensington. \"The police simply don't turn up any more.\"", [
        OP("Shoplifting has effectively been decriminalised"),
    ]),
])

# =========================================================================================== a6 tabloid, knife crime 2025 (MPS dashboard)
kn_cy25 = knife_boroughs(cal(2025))
kn_cy24 = knife_boroughs(cal(2024))
k25_32 = {k: v for k, v in kn_cy25.items() if k in BOROUGHS32}
k24_32 = {k: v for k, v in kn_cy24.items() if k in BOROUGHS32}
kL25, kL24 = knife32(cal(2025)), knife32(cal(2024))
kj = knife_json(2024), knife_json(2025)  # pan-London fixture, a larger measure
kwi25, kwi24 = knife32(cal(2025), "Knife Crime with Injury"), knife32(cal(2024), "Knife Crime with Injury")
kv25, kv24 = knife32(cal(2025), "Knife Injury Victims (1-24)"), knife32(cal(2024), "Knife Injury Victims (1-24)")
from truth_lib import victims  # noqa: E402
knife_v = {y: victims(y, Method_of_Killing="Knife or Sharp Implement") for y in range(2003, 2023)}
all_v22 = victims(2022)

book.add("a6_tabloid_knife_hotspots.txt", "2026-03-15", [
    ("BLADE CAPITAL: Newham is London's knife crime hotspot, with 840 knife offences last year, more than any other borough.", [
        E("840 knife offences last year", T(kn_cy25["Newham"] == 840), "count", f"dashboard Knife Crime CY2025 Newham = {kn_cy25['Newham']}", "true"),
        E("more than any other borough", T(rank_b("Newham", k25_32) == 1), "rank", f"top: {sorted(k25_32.items(), key=lambda x: -x[1])[:3]}", "true"),
    ]),
    ("Knife crime in Newham soared last year as gangs fought over drug territory.", [
        E("Knife crime in Newham soared last year", F(kn_cy25["Newham"] > kn_cy24["Newham"]), "direction",
          f"Newham CY2024 {kn_cy24['Newham']} -> CY2025 {kn_cy25['Newham']}: a fall", "false"),
        NV("as gangs fought over drug territory", "motive / gang involvement is not in the data"),
    ]),
    ("Westminster, with 749, and Southwark, with 675, made up the rest of the top three, while Enfield was fourth.", [
        E("made up the rest of the top three", T(rank_b("Westminster", k25_32) == 2 and rank_b("Southwark", k25_32) == 3 and (kn_cy25["Westminster"], kn_cy25["Southwark"]) == (749, 675)), "rank",
          f"Westminster {kn_cy25['Westminster']}, Southwark {kn_cy25['Southwark']}", "true"),
        E("Enfield was fourth", F(rank_b("Enfield", k25_32) == 4), "rank", f"Enfield {kn_cy25['Enfield']} ranks {rank_b('Enfield', k25_32)}; fourth is Lambeth {kn_cy25['Lambeth']}", "false"),
    ]),
    ("Lambeth, the worst borough in 2024, saw its total fall by a third, but Croydon bucked the trend with a rise.", [
        E("the worst borough in 2024", T(rank_b("Lambeth", k24_32) == 1), "rank", f"CY2024 Lambeth {kn_cy24['Lambeth']} first", "true"),
        E("saw its total fall by a third", T(-36 <= pct(kn_cy25["Lambeth"], kn_cy24["Lambeth"]) <= -31), "change",
          f"Lambeth {kn_cy24['Lambeth']} -> {kn_cy25['Lambeth']} ({pct(kn_cy25['Lambeth'], kn_cy24['Lambeth']):.1f}%)", "true"),
        E("Croydon bucked the trend with a rise", F(kn_cy25["Croydon"] > kn_cy24["Croydon"]), "direction",
          f"Croydon {kn_cy24['Croydon']} -> {kn_cy25['Croydon']}", "false"),
    ]),
    ("Across the capital, knife crime fell by more than 14% to about 13,700 offences, but knife crime with injury still topped 3,300.", [
        E("knife crime fell by more than 14%", T(kj[1] < 0.86 * kj[0] and all(pct(kL25[i], kL24[i]) < -14 and near(13700, kL25[i], 0.01) for i in range(3))), "change",
          f"London dashboard knife crime CY2024 {kL24} -> CY2025 {kL25} (every borough-type row / named rows / 32 boroughs): "
          f"{', '.join(f'{pct(kL25[i], kL24[i]):.1f}%' for i in range(3))}; knife_crime.json fixture {kj[0]} -> {kj[1]} ({pct(kj[1], kj[0]):.1f}%)", "true"),
        E("still topped 3,300", T(all(x > 3300 for x in kwi25)), "count", f"knife crime with injury CY2025 {kwi25}", "true"),
    ]),
    ("The number of young knife-injury victims aged under 25 fell to about 1,260, from more than 1,320.", [
        E("fell to about 1,260, from more than 1,320", T(all(near(1260, kv25[i], 0.01) and kv24[i] > 1320 and kv25[i] < kv24[i] for i in range(3))), "change",
          f"Knife Injury Victims (1-24) CY2025 {kv25}, CY2024 {kv24} (every borough-type row / named rows / 32 boroughs)", "true"),
    ]),
    ("Knives were used in two-thirds of London killings in 2022, and in 2019 a record 94 people were stabbed to death.", [
        E("two-thirds of London killings in 2022", T(abs(knife_v[2022] / all_v22 - 2 / 3) < 0.02), "share",
          f"Met homicide victims 2022: knife {knife_v[2022]} of {all_v22} = {100 * knife_v[2022] / all_v22:.1f}%", "true"),
        E("a record 94 people", T(knife_v[2019] == 94 == max(knife_v.values())), "record", f"knife victims 2003-2022: {knife_v}; the file's 2023 is a part year ({victims(2023, Method_of_Killing='Knife or Sharp Implement')} of {victims(2023)})", "true"),
    ]),
    ("One in ten London teenagers now carries a blade, according to youth workers.", [
        NV("One in ten London teenagers now carries a blade", "weapon carrying is not measured by recorded crime"),
    ]),
    ("Sadiq Khan has failed Londoners. Our streets have become a war zone.", [
        OP("Sadiq Khan has failed Londoners"),
        OP("Our streets have become a war zone"),
    ]),
])

# =========================================================================================== a7 Mayor's press release, 2025
homL = series_L(minor="HOMICIDE")
vwiL = series_L(minor="VIOLENCE WITH INJURY")
robL = series_L(major="ROBBERY")
burL = series_L(major="BURGLARY")
allL = series_L()
tfpL = series_L(minor="THEFT FROM THE PERSON")
shopL = series_L(minor="SHOPLIFTING")
popL = (london32_pop(2025), gla_pop("Greater London", 2025))


def lowest_since(s, y, since):
    return all(s[x] > s[y] for x in range(since + 1, y)) and s[since] <= s[y]


book.add("a7_mayor_press_release_2025.txt", "2026-01-15", [
    ("Mayor of London: homicides in London fall to lowest level in more than a decade", []),
    ("New figures show there were 96 homicides in London in 2025, the lowest number since records began.", [
        E("96 homicides in London in 2025", T(homL[0][2025] == homL[1][2025] == 96), "count", f"MPS homicide CY2025 = {homL[0][2025]} / {homL[1][2025]}", "true"),
        E("the lowest number since records began", F(any(s[2025] == min(s.values()) for s in homL)), "record",
          f"London homicide CY (all rows): {homL[0]}; 2014 was lower ({homL[0][2014]}; 32 boroughs {homL[1][2014]} vs {homL[1][2025]}): lowest since 2014, not on record", "false"),
    ]),
    ("That means London's homicide rate is now around one per 100,000 people, lower than that of many other major global cities.", [
        E("around one per 100,000 people", T(all(0.9 <= 1e5 * x / p <= 1.1 for x in (homL[0][2025], homL[1][2025]) for p in popL)), "rate",
          f"96 / GLA pop 2025 {popL} = {1e5 * 96 / popL[0]:.2f} per 100,000", "true"),
        NV("lower than that of many other major global cities", "city homicide rates for other global cities are not in the open data here"),
    ]),
    ("Burglary fell to its lowest level on record, around 48,000 offences, and violence with injury is at its lowest since 2013.", [
        E("Burglary fell to its lowest level on record", T(all(s[2025] == min(s.values()) for s in burL)), "record", f"burglary CY2025 {burL[0][2025]} / {burL[1][2025]}; series min", "true"),
        E("at its lowest since 2013", T(all(lowest_since(s, 2025, 2013) for s in vwiL)), "record",
          f"VWI CY2025 {vwiL[0][2025]} ({vwiL[1][2025]}); 2013 {vwiL[0][2013]}, 2014 {vwiL[0][2014]}", "true"),
    ]),
    ("Robbery fell for the first time in four years, and theft from the person was down by more than 14,000 offences.", [
        E("Robbery fell for the first time in four years", T(all(s[2025] < s[2024] and s[2024] > s[2023] > s[2022] > s[2021] and s[2021] < s[2020] for s in robL)), "turn",
          f"robbery CY 2020-2025 (all rows): {[robL[0][y] for y in range(2020, 2026)]}", "true"),
        E("down by more than 14,000 offences", T(all(s[2024] - s[2025] > 14000 for s in tfpL)), "change",
          f"theft from the person {tfpL[0][2024]} -> {tfpL[0][2025]} (32 boroughs {tfpL[1][2024]} -> {tfpL[1][2025]})", "true"),
    ]),
    ("Knife crime with injury fell by more than 10%, and overall crime has now fallen for three years in a row.", [
        E("Knife crime with injury fell by more than 10%", T(all(pct(kwi25[i], kwi24[i]) < -10 for i in range(3))), "change",
          f"dashboard knife crime with injury CY2024 {kwi24} -> CY2025 {kwi25} (every borough-type row / named rows / 32 boroughs): "
          f"{', '.join(f'{pct(kwi25[i], kwi24[i]):.1f}%' for i in range(3))}", "true"),
        E("overall crime has now fallen for three years in a row", F(any(falls_in_a_row(s, 2025) >= 3 for s in allL)), "streak",
          f"all crime CY 2022-2025: {[allL[0][y] for y in range(2022, 2026)]}; only 2025 fell", "false"),
    ]),
    ("Shoplifting, which had soared nationally, also came down over the year.", [
        E("also came down over the year", F(any(s[2025] < s[2024] for s in shopL)), "direction",
          f"London shoplifting CY2024 {shopL[0][2024]} -> CY2025 {shopL[0][2025]}: a rise", "false"),
    ]),
    ("Hospital admissions of young people with knife wounds have fallen by a third since 2019.", [
        NV("Hospital admissions of young people with knife wounds have fallen by a third", "hospital admissions are NHS data, not in the open crime data here"),
    ]),
    ("The Mayor said: \"This is real progress. London is one of the safest big cities in the world, and our approach of being tough on crime and tough on its causes is working.\"", [
        OP("This is real progress"),
        OP("our approach of being tough on crime and tough on its causes is working"),
    ]),
])

# =========================================================================================== a8 parliamentary committee, Welsh forces 2022
SW, DP, CU, BTP = "south-wales", "dyfed-powys", "cumbria", "btp"
sw_all, sw_crime, dp_all, dp_crime = fs(SW), fs(SW, crime_only=True), fs(DP), fs(DP, crime_only=True)
sw_m, sw_mc, dp_m, dp_mc = fs_monthly(SW), fs_monthly(SW, crime_only=True), fs_monthly(DP), fs_monthly(DP, crime_only=True)
dp_v, cu_v = fs(DP, "Violence and sexual offences"), fs(CU, "Violence and sexual offences")

book.add("a8_committee_welsh_policing.txt", "2023-01-25", [
    ("Welsh Affairs Committee, oral evidence: policing in Wales. Q14.", []),
    ("Chair: Chief Constable, South Wales Police recorded nearly 130,000 crimes and anti-social behaviour incidents between January and November last year, and Dyfed-Powys 47,214. Is that right?", [
        E("nearly 130,000 crimes and anti-social behaviour incidents", F(125000 <= sw_all < 130000), "count",
          f"South Wales street files 2022-01..11 = {sw_all} rows incl. ASB (crime only {sw_crime}), not nearly 130,000", "false"),
        E("Dyfed-Powys 47,214", T(dp_all == 47214), "count", f"Dyfed-Powys 2022-01..11 = {dp_all} rows incl. ASB", "true"),
    ]),
    ("Witness: Broadly, yes. In Dyfed-Powys violence and sexual offences make up more than two in five of everything we record, and that is a third more than Cumbria, a comparable rural force.", [
        E("more than two in five of everything we record", T(dp_v / dp_all > 0.4 and dp_v / dp_crime > 0.4), "share",
          f"{dp_v} / {dp_all} = {100 * dp_v / dp_all:.1f}% (crime only {100 * dp_v / dp_crime:.1f}%)", "true"),
        E("a third more than Cumbria", F(abs(dp_v / cu_v - 4 / 3) < 0.05), "compare",
          f"Dyfed-Powys {dp_v} vs Cumbria {cu_v} = {100 * (dp_v / cu_v - 1):.0f}% more, not a third", "false"),
    ]),
    ("August was the busiest month for both forces; in Dyfed-Powys the monthly total rose by more than a third between January and August.", [
        E("August was the busiest month for both forces", T(all(max(m, key=m.get) == "202208" for m in (sw_m, sw_mc, dp_m, dp_mc))), "rank",
          f"S Wales Aug {sw_m['202208']} ({sw_mc['202208']} excl ASB); D-P Aug {dp_m['202208']} ({dp_mc['202208']}); highest months either way", "true"),
        E("rose by more than a third between January and August", T(dp_m["202208"] > 4 / 3 * dp_m["202201"] and dp_mc["202208"] > 4 / 3 * dp_mc["202201"]), "change",
          f"D-P Jan {dp_m['202201']} -> Aug {dp_m['202208']} ({pct(dp_m['202208'], dp_m['202201']):+.1f}%; excl ASB {pct(dp_mc['202208'], dp_mc['202201']):+.1f}%)", "true"),
    ]),
    ("Q15 Gareth Pryce MP: Shoplifting in South Wales, 7,684 offences, was nearly five times the Dyfed-Powys figure, and South Wales recorded more bicycle thefts than burglaries.", [
        E("nearly five times the Dyfed-Powys figure", T(4.5 <= fs(SW, "Shoplifting") / fs(DP, "Shoplifting") < 5 and fs(SW, "Shoplifting") == 7684), "compare",
          f"shoplifting S Wales {fs(SW, 'Shoplifting')} vs D-P {fs(DP, 'Shoplifting')} = {fs(SW, 'Shoplifting') / fs(DP, 'Shoplifting'):.2f}x", "true"),
        E("more bicycle thefts than burglaries", F(fs(SW, "Bicycle theft") > fs(SW, "Burglary")), "compare",
          f"S Wales bicycle theft {fs(SW, 'Bicycle theft')} vs burglary {fs(SW, 'Burglary')}", "false"),
    ]),
    ("Witness: Robbery is rare for us: just 91 offences in Dyfed-Powys, more than Cumbria recorded.", [
        E("just 91 offences in Dyfed-Powys", F(fs(DP, "Robbery") == 91), "count", f"D-P robbery Jan-Nov 2022 = {fs(DP, 'Robbery')}, not 91", "false"),
        E("more than Cumbria recorded", F(fs(DP, "Robbery") > fs(CU, "Robbery")), "compare", f"Cumbria robbery = {fs(CU, 'Robbery')}", "false"),
    ]),
    ("British Transport Police recorded more than 6,000 thefts from the person over the same months, several times the South Wales and Dyfed-Powys figures combined.", [
        E("more than 6,000 thefts from the person", T(fs(BTP, "Theft from the person") > 6000), "count", f"BTP = {fs(BTP, 'Theft from the person')}", "true"),
        E("several times the South Wales and Dyfed-Powys figures combined", T(fs(BTP, "Theft from the person") > 3 * (fs(SW, "Theft from the person") + fs(DP, "Theft from the person"))), "compare",
          f"S Wales {fs(SW, 'Theft from the person')} + D-P {fs(DP, 'Theft from the person')}", "true"),
    ]),
    ("Q16 Chair: The NFU tells us rural crime cost Welsh farmers more than £2 million last year, and only 9% of farmers in Dyfed-Powys say they report every crime.", [
        NV("rural crime cost Welsh farmers more than £2 million", "cost of rural crime is not in the open data"),
        NV("only 9% of farmers in Dyfed-Powys say they report every crime", "a survey of farmers' reporting habits; unreported crime is not in police-recorded data"),
    ]),
    ("Gareth Pryce MP: Frankly, the funding formula is grossly unfair to rural Wales, and the Home Office knows it.", [
        OP("the funding formula is grossly unfair to rural Wales"),
    ]),
])

# =========================================================================================== a9 charity report, violence against women, London 2025
rapeL = series_L(minor="RAPE")
sexL = series_L(major="SEXUAL OFFENCES")
stkL = series_L(minor="STALKING AND HARASSMENT")
rape_b = mps_by_borough(minor="RAPE", mm=cal(2025))
v22_sex = victims_by(2022, "Sex")
v22_da = victims_by(2022, "Domestic_Abuse")

book.add("a9_charity_vawg_report.txt", "2026-03-30", [
    ("Summary of findings: Violence against women and girls in London, 2025", []),
    ("Police in London recorded over 9,600 rapes in 2025, the most in any year since current records began, and sexual offences as a whole also reached a new high of about 27,000.", [
        E("the most in any year since current records began", T(all(s[2025] == max(s.values()) and s[2025] > 9600 for s in rapeL)), "record",
          f"MPS rape CY2025 {rapeL[0][2025]} (all rows) / {rapeL[1][2025]} (32 boroughs); previous high {max(rapeL[0][y] for y in range(2011, 2025))} (2022). "
          "The figure pins the MPS series: the VAWG dataset (female victims only) has 8,241 in 2025, below its 2022 high", "true"),
        E("reached a new high of about 27,000", T(all(s[2025] == max(s.values()) and near(27000, s[2025], 0.01) for s in sexL)), "record",
          f"MPS sexual offences CY2025 {sexL[0][2025]} / {sexL[1][2025]}, the series high on both readings (VAWG dataset: 19,249, not this series)", "true"),
    ]),
    ("Rape accounts for more than a third of all sexual offences, and sexual offences have risen every year since 2015.", [
        E("more than a third of all sexual offences", T(all(rapeL[i][2025] / sexL[i][2025] > 1 / 3 for i in (0, 1))), "share",
          f"{rapeL[0][2025]} / {sexL[0][2025]} = {100 * rapeL[0][2025] / sexL[0][2025]:.1f}%", "true"),
        E("sexual offences have risen every year since 2015", F(any(all(s[y] > s[y - 1] for y in range(2016, 2026)) for s in sexL)), "streak",
          f"sexual offences CY (all rows): {[sexL[0][y] for y in range(2015, 2026)]}; falls in 2019, 2020, 2023", "false"),
    ]),
    ("Croydon recorded more rapes than any other borough, 475, while Westminster recorded the second highest number.", [
        E("Croydon recorded more rapes than any other borough", T(rank_b("Croydon", rape_b) == 1 and rape_b["Croydon"] == 475), "rank",
          f"rape CY2025 top: {sorted(rape_b.items(), key=lambda x: -x[1])[:5]}", "true"),
        E("Westminster recorded the second highest number", F(rank_b("Westminster", rape_b) == 2), "rank",
          f"Westminster {rape_b['Westminster']} ranks {rank_b('Westminster', rape_b)}; Southwark second", "false"),
    ]),
    ("Stalking and harassment rose by around 10% to nearly 60,000 offences, still below the 2021 peak, but it has almost doubled since 2015.", [
        E("rose by around 10%", T(all(pct_is(10, s[2025], s[2024], 1) for s in stkL)), "change",
          f"stalking and harassment CY2024 {stkL[0][2024]} / {stkL[1][2024]} -> CY2025 {stkL[0][2025]} / {stkL[1][2025]}", "true"),
        E("nearly 60,000 offences", T(all(58000 <= s[2025] < 60000 for s in stkL)), "count", f"{stkL[0][2025]} / {stkL[1][2025]}", "true"),
        E("still below the 2021 peak", T(all(s[2021] == max(s.values()) > s[2025] for s in stkL)), "compare", f"2021 peak {stkL[0][2021]} / {stkL[1][2021]}", "true"),
        E("it has almost doubled since 2015", F(any(s[2025] >= 1.85 * s[2015] for s in stkL)), "change",
          f"2015 {stkL[0][2015]} -> 2025 {stkL[0][2025]} = {stkL[0][2025] / stkL[0][2015]:.2f}x (32 boroughs {stkL[1][2025] / stkL[1][2015]:.2f}x)", "false"),
    ]),
    ("More than a quarter of homicide victims in London in 2022 were women, and a third of all killings that year were linked to domestic abuse.", [
        E("More than a quarter of homicide victims in London in 2022 were women", T(v22_sex["Female"] / sum(v22_sex.values()) > 0.25), "share",
          f"Met homicide victims 2022: female {v22_sex['Female']} of {sum(v22_sex.values())}", "true"),
        E("a third of all killings that year were linked to domestic abuse", F(abs(v22_da["Domestic Abuse"] / sum(v22_da.values()) - 1 / 3) < 0.04), "share",
          f"domestic abuse {v22_da['Domestic Abuse']} of {sum(v22_da.values())} = {100 * v22_da['Domestic Abuse'] / sum(v22_da.values()):.0f}%", "false"),
    ]),
    ("Only around 2% of rapes reported to police result in a charge, and we estimate five in six survivors never report at all.", [
        NV("Only around 2% of rapes reported to police result in a charge", "charge outcomes are not in the MPS borough series; the custody file counts arrestees' disposals for all sexual offences together, not rape outcomes"),
        NV("five in six survivors never report at all", "unreported crime is survey data, not police-recorded"),
    ]),
    ("Violence against women and girls is a national emergency, and the justice system is failing survivors.", [
        OP("Violence against women and girls is a national emergency"),
        OP("the justice system is failing survivors"),
    ]),
])

# =========================================================================================== a10 data blog, London vs New York (2016-2018)
lon_h = {y: L2y(y, minor="HOMICIDE") + (victims(y),) for y in (2016, 2017, 2018)}  # (all rows, 32 boroughs, victims file)
lon_feb = L2(["201802"], minor="HOMICIDE")
lon_mar = L2(["201803"], minor="HOMICIDE")
ny = {y: nyc(y) for y in (2016, 2017, 2018)}
ow = {c: {y: owid(c, y) for y in (2015, 2016, 2018)} for c in ("United States", "United Kingdom", "England and Wales", "France", "Germany")}
lon_rate18 = [1e5 * x / gla_pop("Greater London", 2018) for x in lon_h[2018]]

book.add("a10_datablog_london_new_york.txt", "2019-02-20", [
    ("Is London really more dangerous than New York? A look at the numbers", []),
    ("Last spring a string of headlines claimed London had overtaken New York for murders. The monthly figures do show that in February 2018 the Met recorded more homicides than the NYPD, but the claim did not hold up in March.", [
        E("in February 2018 the Met recorded more homicides than the NYPD", T(all(x > nyc(2018, 2) for x in lon_feb)), "compare",
          f"MPS homicide Feb 2018 {lon_feb} (all rows / 32) vs NYC {nyc(2018, 2)}", "true"),
        E("the claim did not hold up in March", T(all(x < nyc(2018, 3) for x in lon_mar)), "compare",
          f"March 2018: London {lon_mar} vs NYC {nyc(2018, 3)}", "true"),
    ]),
    ("Over the whole of 2018 New York recorded 297 murders; London recorded fewer than half as many.", [
        E("New York recorded 297 murders", T(ny[2018] == 297), "count", f"NYC homicides 2018 (CODE/NYPD) = {ny[2018]}", "true"),
        E("London recorded fewer than half as many", T(all(x < ny[2018] / 2 for x in lon_h[2018])), "compare",
          f"London 2018: MPS {lon_h[2018][0]} (32 boroughs {lon_h[2018][1]}), victims file {lon_h[2018][2]}", "true"),
    ]),
    ("New York's toll fell from 330 in 2016 to 277 in 2017, a drop of about 25%, before edging up again.", [
        E("fell from 330 in 2016 to 277 in 2017", T((ny[2016], ny[2017]) == (330, 277)), "change", f"NYC {ny}", "true"),
        E("a drop of about 25%", F(pct_is(-25, ny[2017], ny[2016], 1)), "change", f"{pct(ny[2017], ny[2016]):.1f}%, about 16%", "false"),
    ]),
    ("London's own count also went up in 2018, the second year of rising homicide after the 2017 spike.", [
        E("London's own count also went up in 2018", F(any(lon_h[2018][i] > lon_h[2017][i] for i in range(3))), "direction",
          f"London 2017 {lon_h[2017]} -> 2018 {lon_h[2018]} (MPS all / 32 / victims): a fall on every reading", "false"),
    ]),
    ("Nationally the comparison is even starker: in 2018 the US homicide rate, 4.9 per 100,000, was more than five times the UK's.", [
        E("4.9 per 100,000", T(near(4.9, ow["United States"][2018], 0.01)), "rate", f"OWID/UNODC US 2018 = {ow['United States'][2018]:.2f}", "true"),
        E("more than five times the UK's", F(ow["United States"][2018] > 5 * ow["United Kingdom"][2018]), "compare",
          f"UK 2018 = {ow['United Kingdom'][2018]:.2f}; ratio {ow['United States'][2018] / ow['United Kingdom'][2018]:.2f}", "false"),
    ]),
    ("Within Europe the UK sits in the middle: its rate in 2018 was higher than Germany's but lower than France's.", [
        E("higher than Germany's", T(ow["United Kingdom"][2018] > ow["Germany"][2018]), "compare", f"Germany 2018 {ow['Germany'][2018]:.2f} vs UK {ow['United Kingdom'][2018]:.2f}", "true"),
        E("lower than France's", F(ow["United Kingdom"][2018] < ow["France"][2018]), "compare", f"France 2018 {ow['France'][2018]:.2f} vs UK {ow['United Kingdom'][2018]:.2f}", "false"),
    ]),
    ("The rate for England and Wales jumped from 0.93 to 1.18 per 100,000 between 2015 and 2016, though London's own rate in 2018, at roughly 1.5, was well above the national one.", [
        E("jumped from 0.93 to 1.18 per 100,000", T(round(ow["England and Wales"][2015], 2) == 0.93 and round(ow["England and Wales"][2016], 2) == 1.18), "change",
          f"OWID England and Wales 2015 {ow['England and Wales'][2015]:.3f}, 2016 {ow['England and Wales'][2016]:.3f}", "true"),
        E("at roughly 1.5", T(all(1.4 <= r <= 1.6 for r in lon_rate18)), "rate",
          f"London 2018 homicides {lon_h[2018]} / GLA pop 2018 = {[round(r, 2) for r in lon_rate18]}", "true"),
    ]),
    ("According to the Met, many of London's killings that year were linked to gang disputes.", [
        NV("linked to gang disputes", "gang involvement is not recorded in the open victims file (no motive field)"),
    ]),
    ("My view: the \"London is more dangerous than New York\" headlines were nonsense, and lazy journalism at that.", [
        OP("headlines were nonsense"),
        OP("lazy journalism at that"),
    ]),
])

# =========================================================================================== a11 residents' association newsletter, Kingston 2025
KT = "Kingston upon Thames"
kt = {k: series_b(KT, **kw) for k, kw in {"all": {}, "burg": dict(major="BURGLARY"), "vap": dict(major="VIOLENCE AGAINST THE PERSON"),
                                          "bike": dict(minor="BICYCLE THEFT"), "shop": dict(minor="SHOPLIFTING"),
                                          "sex": dict(major="SEXUAL OFFENCES"), "hom": dict(minor="HOMICIDE")}.items()}
all25, all24 = mps_by_borough(mm=cal(2025)), mps_by_borough(mm=cal(2024))
all_pct = {b: pct(all25[b], all24[b]) for b in all25}
kt_rate = per1000(kt["all"][2025], gla_pop(KT, 2025))
lon_rates25 = [per1000(x, p) for x in L2y(2025) for p in popL]

book.add("a11_residents_newsletter_kingston.txt", "2026-03-10", [
    ("Norbiton & Canbury Residents' Association, Spring Newsletter: Community safety update", []),
    ("Recorded crime in Kingston rose by 6% last year, to 11,961 offences, the second-biggest percentage rise of any London borough after Hillingdon.", [
        E("rose by 6% last year", T(pct_is(6, kt["all"][2025], kt["all"][2024])), "change", f"Kingston CY2024 {kt['all'][2024]} -> CY2025 {kt['all'][2025]} ({pct(kt['all'][2025], kt['all'][2024]):+.1f}%)", "true"),
        E("to 11,961 offences", T(kt["all"][2025] == 11961), "count", f"= {kt['all'][2025]}", "true"),
        E("the second-biggest percentage rise of any London borough after Hillingdon", T(sorted(all_pct, key=lambda b: -all_pct[b])[:2] == ["Hillingdon", KT]), "rank",
          f"largest rises 2025: {[(b, round(all_pct[b], 1)) for b in sorted(all_pct, key=lambda b: -all_pct[b])[:3]]}", "true"),
    ]),
    ("Even so, Kingston still has the lowest crime total of any London borough, at around 63 crimes per 1,000 residents, about half the London average.", [
        E("Kingston still has the lowest crime total of any London borough", F(min(all25, key=all25.get) == KT), "rank",
          f"lowest 2025: Richmond upon Thames {all25['Richmond upon Thames']} < Kingston {all25[KT]}", "false"),
        E("around 63 crimes per 1,000 residents", T(near(63, kt_rate, 0.01)), "rate", f"{kt['all'][2025]} / GLA pop 2025 {gla_pop(KT, 2025)} = {kt_rate:.1f}", "true"),
        E("about half the London average", F(any(0.45 <= kt_rate / r <= 0.55 for r in lon_rates25)), "compare",
          f"London {min(lon_rates25):.1f}-{max(lon_rates25):.1f} per 1,000: Kingston is about two-thirds ({kt_rate / max(lon_rates25):.2f}-{kt_rate / min(lon_rates25):.2f})", "false"),
    ]),
    ("Burglary went up by a fifth, to 635, and violence against the person reached 3,534, the highest the borough has recorded.", [
        E("Burglary went up by a fifth", F(18 <= pct(kt["burg"][2025], kt["burg"][2024]) <= 22), "change", f"burglary {kt['burg'][2024]} -> {kt['burg'][2025]} ({pct(kt['burg'][2025], kt['burg'][2024]):+.1f}%, about 11%)", "false"),
        E("reached 3,534, the highest the borough has recorded", T(kt["vap"][2025] == 3534 == max(kt["vap"].values())), "record", f"VAP CY 2011-2025 max {max(kt['vap'].values())} in 2025", "true"),
    ]),
    ("Sexual offences were up by more than a third, and shoplifting has more than trebled since 2021, to 1,644.", [
        E("Sexual offences were up by more than a third", F(pct(kt["sex"][2025], kt["sex"][2024]) > 100 / 3), "change",
          f"sexual offences {kt['sex'][2024]} -> {kt['sex'][2025]} ({pct(kt['sex'][2025], kt['sex'][2024]):+.1f}%)", "false"),
        E("shoplifting has more than trebled since 2021", F(kt["shop"][2025] > 3 * kt["shop"][2021]), "change",
          f"shoplifting 2021 {kt['shop'][2021]} -> 2025 {kt['shop'][2025]} = {kt['shop'][2025] / kt['shop'][2021]:.2f}x", "false"),
    ]),
    ("There was some good news: bicycle thefts fell to 260, the lowest on record, and for the second year running there were no homicides in the borough.", [
        E("the lowest on record", T(kt["bike"][2025] == 260 == min(kt["bike"].values())), "record", f"bicycle theft CY 2011-2025 min {min(kt['bike'].values())} (2025)", "true"),
        E("for the second year running there were no homicides", F(kt["hom"][2025] == 0 and kt["hom"][2024] == 0), "streak",
          f"Kingston homicide CY2024 {kt['hom'][2024]}, CY2025 {kt['hom'][2025]}: none in 2025 but one in 2024", "false"),
    ]),
    ("In our own survey, 62% of members said they feel unsafe walking through the town centre after dark.", [
        NV("62% of members said they feel unsafe", "the association's own survey; no such data in the open files"),
    ]),
    ("We need more visible policing on Clarence Street, and the council has let the town centre decline for far too long.", [
        OP("We need more visible policing on Clarence Street"),
        OP("the council has let the town centre decline for far too long"),
    ]),
])

# =========================================================================================== a12 radio script, Westminster phone theft, 12 months to Feb 2026
WM = "Westminster"
R26, R25 = r12(2026, 2), r12(2025, 2)
wm = {k: (mps(borough=WM, mm=R26, **kw), mps(borough=WM, mm=R25, **kw)) for k, kw in {
    "all": {}, "tfp": dict(minor="THEFT FROM THE PERSON"), "rob": dict(major="ROBBERY")}.items()}
cam_tfp = mps(borough="Camden", mm=R26, minor="THEFT FROM THE PERSON")
tfp_L26 = L2(R26, minor="THEFT FROM THE PERSON")
wm_tfp = series_b(WM, minor="THEFT FROM THE PERSON")
cam_sou_all = mps(borough="Camden", mm=R26) + mps(borough="Southwark", mm=R26)

book.add("a12_radio_westminster_phone_theft.txt", "2026-03-20", [
    ("PRESENTER: It's ten past eight. Now, if you've ever had your phone snatched on Oxford Street, you're far from alone. Some are calling it an epidemic.", [
        OP("Some are calling it an epidemic"),
    ]),
    ("REPORTER: Met figures out this week show 22,848 thefts from the person in Westminster in the twelve months to February, down about 30% on the year before.", [
        E("22,848 thefts from the person", T(wm["tfp"][0] == 22848), "count", f"Westminster theft from the person 2025-03..2026-02 = {wm['tfp'][0]}", "true"),
        E("down about 30% on the year before", T(pct_is(-30, *wm["tfp"])), "change", f"previous 12 months {wm['tfp'][1]} ({pct(*wm['tfp']):.1f}%)", "true"),
    ]),
    ("That's still more than 60 every single day, and more than three times as many as in Camden.", [
        E("more than 60 every single day", T(wm["tfp"][0] / 365 > 60), "rate", f"{wm['tfp'][0]} / 365 = {wm['tfp'][0] / 365:.1f} a day", "true"),
        E("more than three times as many as in Camden", T(wm["tfp"][0] > 3 * cam_tfp), "compare", f"Camden same 12 months {cam_tfp}", "true"),
    ]),
    ("Westminster alone accounts for more than a third of all such thefts in London.", [
        E("more than a third of all such thefts in London", F(any(wm["tfp"][0] / x > 1 / 3 for x in tfp_L26)), "share",
          f"{wm['tfp'][0]} / London {tfp_L26} = {100 * wm['tfp'][0] / tfp_L26[0]:.1f}%", "false"),
    ]),
    ("Last year was also the first calendar year since 2020 in which the borough's figure fell.", [
        E("the first calendar year since 2020 in which the borough's figure fell", T(wm_tfp[2025] < wm_tfp[2024] and all(wm_tfp[y] > wm_tfp[y - 1] for y in (2021, 2022, 2023, 2024)) and wm_tfp[2020] < wm_tfp[2019]), "turn",
          f"Westminster theft from the person CY 2019-2025: {[wm_tfp[y] for y in range(2019, 2026)]}", "true"),
    ]),
    ("Robbery in the borough has risen, though, and overall crime in Westminster is only down by a fifth.", [
        E("Robbery in the borough has risen", F(wm["rob"][0] > wm["rob"][1]), "direction", f"robbery 12 months {wm['rob'][1]} -> {wm['rob'][0]}", "false"),
        E("overall crime in Westminster is only down by a fifth", F(-22 <= pct(*wm["all"]) <= -18), "change",
          f"all crime 12 months {wm['all'][1]} -> {wm['all'][0]} ({pct(*wm['all']):.1f}%)", "false"),
    ]),
    ("Westminster still records more crime than Camden and Southwark put together.", [
        E("more crime than Camden and Southwark put together", T(wm["all"][0] > cam_sou_all and all25[WM] > all25["Camden"] + all25["Southwark"]), "compare",
          f"12 months to Feb 2026: Westminster {wm['all'][0]} vs Camden+Southwark {cam_sou_all}; CY2025 {all25[WM]} vs {all25['Camden'] + all25['Southwark']}", "true"),
    ]),
    ("SHOPKEEPER (clip): They come past on e-bikes, grab it and they're gone. I'd say half the phones round here go that way. The West End is a paradise for thieves.", [
        NV("half the phones round here go that way", "method (e-bike snatches) is not in the MPS borough series"),
        OP("The West End is a paradise for thieves"),
    ]),
    ("REPORTER: The Met says it has recovered more than 2,000 stolen handsets since the summer.", [
        NV("recovered more than 2,000 stolen handsets", "property recovered is not in the open data"),
    ]),
])
