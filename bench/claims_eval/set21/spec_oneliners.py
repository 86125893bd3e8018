"""set21 one-liners: about 90 one- or two-sentence units (tweets, chyrons, leaflets, quotes, press lines,
captions, infographics, radio lines, explainers, retail statements). Truths computed from the raw files
by truth21o.py (csv / pyarrow only, never crimestats); T()/F() prove each design against the data."""
from truth21o import (  # noqa: F401
    knife_json,
    A, C, I, U, O, OKC, SpecBook, both, byear, cal, col, fsum, fy, gla_pop, last_higher, last_lower, london32_pop,
    lon, lyears, met_ss, months, mps, mps_by_borough, near, nyc, ons_knife, ons_knife_region, owid, pct, pct_is,
    per1000, r12, rank_of, share, victims, victims_by, victims_years, dash, knife_boroughs, falls_in_a_row,
    rises_in_a_row,
)

book = SpecBook()
UNITS, CLASS, REASON = book.UNITS, book.CLASS, book.REASON
E, one, T, F, NV, OP = book.E, book.one, book.T, book.F, book.NV, book.OP

Y25, Y24 = cal(2025), cal(2024)


def bor(major=None, minor=None, mm=Y25):
    return mps_by_borough(major=major, minor=minor, mm=mm)


# ================================================================ tweets / social posts
s25, s24 = mps(borough="Westminster", minor="SHOPLIFTING", mm=Y25), mps(borough="Westminster", minor="SHOPLIFTING", mm=Y24)
one("o1_tweet_westminster_shoplifting.txt", "2026-01-21",
    "Shoplifting in Westminster hit 7,874 offences in 2025, up 20% on 2024. Retail crime in the West End is out of control.",
    E("7,874 offences", T(s25 == 7874), "count", f"MPS borough series Westminster shoplifting 2025 = {s25}", "true"),
    E("up 20%", T(pct_is(20, s25, s24)), "change", f"{s25} vs {s24} = {pct(s25, s24):+.1f}%", "true"),
    OP("out of control"))

b = lyears(major="BURGLARY")
one("o2_tweet_london_burglary_record.txt", "2026-01-28",
    "Good news for once: burglary across London fell to around 48,000 offences in 2025, the lowest annual total in the Met's figures going back to 2011.",
    E("around 48,000", T(near(48000, b[0][2025], 0.01) and near(48000, b[1][2025], 0.01)), "count",
      f"MPS burglary 2025: all Met rows {b[0][2025]}, 32 boroughs {b[1][2025]}", "true"),
    E("lowest annual total", T(b[0][2025] == min(b[0].values()) and b[1][2025] == min(b[1].values())), "record",
      f"calendar years 2011-2025 (series starts 2010-04): min all rows {min(b[0].values())}, 32 boroughs {min(b[1].values())}, both 2025", "true"))

h = lyears(minor="HOMICIDE")
one("o3_chyron_homicide_lowest.txt", "2026-01-20",
    "BREAKING: LONDON HOMICIDES FALL TO 96 IN 2025 - LOWEST SINCE 2014",
    E("FALL TO 96", T(h[0][2025] == 96 and h[1][2025] == 96 and h[0][2024] > 96), "count",
      f"MPS homicide offences 2025: all rows {h[0][2025]}, 32 boroughs {h[1][2025]}; 2024 {h[0][2024]}", "true"),
    E("LOWEST SINCE 2014", T(last_lower(h[0], 2025) == 2014 and last_lower(h[1], 2025) == 2014), "record",
      f"2014 = {h[0][2014]} / {h[1][2014]} (lower); 2015-2024 all higher: {[h[0][y] for y in range(2015, 2025)]}", "true"))

r = mps(borough="Lambeth", major="ROBBERY", mm=Y25), mps(borough="Lambeth", major="ROBBERY", mm=Y24)
one("o4_leaflet_lambeth_robbery.txt", "2026-02-12",
    "Your Labour team in Lambeth: robbery in our borough dropped by a quarter in 2025. We're proud of the partnership work with local police.",
    E("dropped by a quarter", T(-28 <= pct(*r) <= -22), "change", f"Lambeth robbery 2025 {r[0]} vs 2024 {r[1]} = {pct(*r):+.1f}%", "true"),
    OP("We're proud of the partnership work"))

t = mps(borough="Westminster", minor="THEFT FROM THE PERSON", mm=Y25), mps(borough="Westminster", minor="THEFT FROM THE PERSON", mm=Y24)
one("o5_tweet_westminster_phones.txt", "2026-02-03",
    "Westminster council: theft from the person in the borough fell 23% in 2025, to 25,182 offences. Still far too many phones snatched on Oxford Street.",
    E("fell 23%", T(pct_is(-23, *t)), "change", f"Westminster theft from the person 2025 {t[0]} vs 2024 {t[1]} = {pct(*t):+.1f}%", "true"),
    E("25,182 offences", T(t[0] == 25182), "count", f"= {t[0]}", "true"),
    OP("Still far too many phones snatched"))

c = mps(borough="Croydon", minor="SHOPLIFTING", mm=Y25), mps(borough="Croydon", minor="SHOPLIFTING", mm=Y24)
one("o6_tweet_croydon_shoplifting.txt", "2026-01-30",
    "Shoplifting in Croydon went up again in 2025 and the town centre shops are paying for it.",
    E("went up again in 2025", F(c[0] > c[1]), "direction", f"Croydon shoplifting 2025 {c[0]} vs 2024 {c[1]} = {pct(*c):+.1f}% (fell)", "false"))

sh = bor(minor="SHOPLIFTING")
one("o7_post_newham_shoplifting_rank.txt", "2026-02-06",
    "Newham now has more shoplifting than any other London borough, according to Met figures for 2025.",
    E("more shoplifting than any other London borough", F(rank_of("Newham", sh) == 1), "rank",
      f"2025 shoplifting: Newham {sh['Newham']} (rank {rank_of('Newham', sh)}), Westminster {sh['Westminster']} (rank 1)", "false"))

rb = bor(major="ROBBERY")
one("o8_post_kingston_robbery.txt", "2026-02-14",
    "Kingston upon Thames recorded the fewest robberies of London's 32 boroughs in 2025 - just 230.",
    E("fewest robberies of London's 32 boroughs", T(rank_of("Kingston upon Thames", rb, desc=False) == 1), "rank",
      f"2025 robbery lowest: {sorted(rb.items(), key=lambda x: x[1])[:3]}", "true"),
    E("just 230", T(rb["Kingston upon Thames"] == 230), "count", f"Kingston robbery 2025 = {rb['Kingston upon Thames']}", "true"))

n, rates = per1000("Westminster", 2025)
one("o9_infographic_westminster_rate.txt", "2026-03-02",
    "Westminster had more than 300 recorded crimes per 1,000 residents in 2025, the highest rate of the 32 London boroughs.",
    E("more than 300 recorded crimes per 1,000 residents", T(all(x > 300 for x in rates)), "rate",
      f"Westminster 2025 {n} offences; GLA population 2025/2024 -> {[round(x, 1) for x in rates]} per 1,000", "true"),
    E("the highest rate of the 32 London boroughs", T(all(per1000("Westminster", 2025)[1][i] == max(per1000(bb, 2025)[1][i] for bb in bor()) for i in (0, 1))),
      "rank", "Westminster per-1,000 rate is the largest of the 32 boroughs with either population year", "true"))

bk = bor(minor="BICYCLE THEFT")
one("o10_tweet_hackney_bikes.txt", "2026-01-26",
    "Hackney cyclists beware: 1,255 bikes were reported stolen in the borough in 2025, more than in any other London borough.",
    E("1,255 bikes", T(bk["Hackney"] == 1255), "count", f"Hackney bicycle theft 2025 = {bk['Hackney']}", "true"),
    E("more than in any other London borough", T(rank_of("Hackney", bk) == 1), "rank",
      f"top: {sorted(bk.items(), key=lambda x: -x[1])[:3]}", "true"))

one("o11_tweet_burglary_streak.txt", "2026-02-02",
    "Burglary in London has now fallen for three years in a row.",
    E("fallen for three years in a row", F(falls_in_a_row(b[0], 2025) >= 3 and falls_in_a_row(b[1], 2025) >= 3), "streak",
      f"burglary all rows 2022-2025 {[b[0][y] for y in range(2022, 2026)]}, 32 boroughs {[b[1][y] for y in range(2022, 2026)]}: "
      f"falls in a row {falls_in_a_row(b[0], 2025)} / {falls_in_a_row(b[1], 2025)} (2023 rose)", "false"))

shl = lyears(minor="SHOPLIFTING")
one("o12_retail_shoplifting_record.txt", "2026-02-10",
    "The British Retail Consortium said London shoplifting reached a record 88,000 offences in 2025, and that the true cost to shops runs to hundreds of millions of pounds.",
    E("record 88,000", T(shl[0][2025] == max(shl[0].values()) and shl[1][2025] == max(shl[1].values())
                         and near(88000, shl[0][2025], 0.01) and near(88000, shl[1][2025], 0.01)), "record",
      f"London shoplifting 2025: {shl[0][2025]} / {shl[1][2025]}; series max both 2025 (2024 {shl[0][2024]})", "true"),
    NV("hundreds of millions of pounds", "cost of shoplifting to retailers: no money measure in the police data"))

tf = lyears(minor="THEFT FROM THE PERSON")
one("o13_radio_snatch_theft.txt", "2026-02-18",
    "On the radio this morning the deputy mayor said phone and bag snatches - theft from the person - fell by more than 14% across London in 2025.",
    E("fell by more than 14%", T(pct(tf[0][2025], tf[0][2024]) < -14 and pct(tf[1][2025], tf[1][2024]) < -14), "change",
      f"theft from person 2025 vs 2024: {tf[0][2025]} vs {tf[0][2024]} = {pct(tf[0][2025], tf[0][2024]):+.1f}%; 32 boroughs {pct(tf[1][2025], tf[1][2024]):+.1f}%", "true"))

vap = lyears(major="VIOLENCE AGAINST THE PERSON")
one("o14_headline_violence_up.txt", "2026-01-23",
    "Violence against the person offences in London rose to more than 242,000 in 2025 despite the fall in homicides",
    E("rose to more than 242,000", T(vap[0][2025] > 242000 and vap[1][2025] > 242000 and vap[0][2025] > vap[0][2024] and vap[1][2025] > vap[1][2024]), "count",
      f"VAP 2025 {vap[0][2025]} vs 2024 {vap[0][2024]} = {pct(vap[0][2025], vap[0][2024]):+.1f}%; 32 boroughs {pct(vap[1][2025], vap[1][2024]):+.1f}%", "true"))

sx = lyears(major="SEXUAL OFFENCES")
rp = lyears(minor="RAPE")
one("o15_charity_sexual_offences.txt", "2026-02-25",
    "Rape Crisis London: recorded rapes in the capital reached their highest level on record in 2025, yet most survivors never report to police at all.",
    E("highest level on record", T(rp[0][2025] == max(rp[0].values()) and rp[1][2025] == max(rp[1].values())), "record",
      f"MPS rape 2025 {rp[0][2025]} / {rp[1][2025]}; previous high {max(v for y, v in rp[0].items() if y < 2025)}", "true"),
    NV("most survivors never report", "share of victims who do not report needs a survey (CSEW); recorded crime cannot say"))

dr = lyears(major="DROP OFFENCES".replace("DROP", "DRUG"))
one("o16_tweet_drugs_up.txt", "2026-03-05",
    "Met drug offences were up by about a third in 2025 as stop and search stepped up.",
    E("up by about a third", T(29 <= pct(dr[0][2025], dr[0][2024]) <= 37 and 29 <= pct(dr[1][2025], dr[1][2024]) <= 37), "change",
      f"drug offences 2025 {dr[0][2025]} vs 2024 {dr[0][2024]} = {pct(dr[0][2025], dr[0][2024]):+.1f}% (32 boroughs {pct(dr[1][2025], dr[1][2024]):+.1f}%)", "true"))

vh = lyears(major="VEHICLE OFFENCES")
one("o17_headline_vehicle_crime.txt", "2026-01-29",
    "Vehicle crime in London at lowest level since 2013",
    E("lowest level since 2013", F(last_lower(vh[0], 2025) == 2013 and last_lower(vh[1], 2025) == 2013), "record",
      f"vehicle offences 2025 {vh[0][2025]}; lower years since: 2014 {vh[0][2014]}, 2015 {vh[0][2015]} -> lowest since {last_lower(vh[0], 2025)} (32 boroughs {last_lower(vh[1], 2025)})", "false"))

wp = lyears(major="POSSESSION OF WEAPONS")
one("o18_post_weapons.txt", "2026-02-20",
    "Weapon possession offences in London jumped by almost a fifth in 2025 - a sign of proactive policing, not more knives on the street.",
    E("jumped by almost a fifth", T(16 <= pct(wp[0][2025], wp[0][2024]) < 20 and 16 <= pct(wp[1][2025], wp[1][2024]) < 20), "change",
      f"possession of weapons 2025 {wp[0][2025]} vs 2024 {wp[0][2024]} = {pct(wp[0][2025], wp[0][2024]):+.1f}%; 32 boroughs {pct(wp[1][2025], wp[1][2024]):+.1f}%", "true"),
    OP("a sign of proactive policing, not more knives on the street"))

k25, k24 = dash(mm=Y25), dash(mm=Y24)
one("o19_chyron_knife_crime.txt", "2026-01-16",
    "KNIFE CRIME IN LONDON DOWN ROUGHLY 15% IN 2025, MET FIGURES SHOW",
    E("DOWN ROUGHLY 15%", T(-18 < pct(k25, k24) < -14 and -18 < pct(knife_json(Y25), knife_json(Y24)) < -14), "change",
      f"MPS monthly crime dashboard, Knife Crime offences, 32 boroughs: 2025 {k25} vs 2024 {k24} = {pct(k25, k24):+.1f}%; "
      f"knife_crime.json pan-London: {knife_json(Y25)} vs {knife_json(Y24)} = {pct(knife_json(Y25), knife_json(Y24)):+.1f}%", "true"))

kf25, kf24 = dash(mm=fy(2025)), dash(mm=fy(2024))
one("o20_mp_knife_fy.txt", "2025-06-10",
    "Knife crime in London rose again in 2024/25, and ministers are asleep at the wheel.",
    E("rose again in 2024/25", T(kf25 > kf24 and knife_json(fy(2025)) > knife_json(fy(2024))), "direction",
      f"dashboard Knife Crime FY 2024/25 {kf25} vs 2023/24 {kf24} = {pct(kf25, kf24):+.1f}%; knife_crime.json {knife_json(fy(2025))} vs {knife_json(fy(2024))} = {pct(knife_json(fy(2025)), knife_json(fy(2024))):+.1f}%", "true"),
    OP("ministers are asleep at the wheel"))

kb = knife_boroughs(Y25)
one("o21_local_newham_knife.txt", "2026-02-09",
    "Newham recorded 840 knife crimes in 2025, the most of any London borough.",
    E("840 knife crimes", T(kb["Newham"] == 840), "count", f"dashboard Newham Knife Crime 2025 = {kb['Newham']}", "true"),
    E("the most of any London borough", T(rank_of("Newham", kb) == 1), "rank", f"top: {sorted(kb.items(), key=lambda x: -x[1])[:3]}", "true"))

v22 = victims_by(2022, "Method_of_Killing")
one("o22_explainer_knife_share.txt", "2023-05-04",
    "Explainer: two-thirds of the people killed in London in 2022 died from knife or sharp-instrument wounds.",
    E("two-thirds", T(64 <= share(v22["Knife or Sharp Implement"], sum(v22.values())) <= 69), "share",
      f"Met homicide victims 2022: knife {v22['Knife or Sharp Implement']} of {sum(v22.values())} = {share(v22['Knife or Sharp Implement'], sum(v22.values())):.1f}%", "true"))

vy = victims_years()
one("o23_tweet_2019_streak.txt", "2020-02-10",
    "Homicides in London rose for the third year in a row in 2019. There were 150 homicide victims.",
    E("rose for the third year in a row", F(rises_in_a_row(vy, 2019) >= 3 or rises_in_a_row(h[0], 2019) >= 3 or rises_in_a_row(h[1], 2019) >= 3), "streak",
      f"Met homicide victims 2016-2019 {[vy[y] for y in range(2016, 2020)]}; MPS homicide offences {[h[0][y] for y in range(2016, 2020)]}: 2018 fell on both, so 2019 was one rise", "false"),
    E("150 homicide victims", T(vy[2019] == 150), "count", f"victims 2019 = {vy[2019]}", "true"))

da = victims_by(2022, "Domestic_Abuse")
ss = victims_by(2022, "Solved_Status")
one("o24_police_solved_2022.txt", "2023-03-15",
    "A Met spokesperson said 85 of the 106 homicide victims of 2022 had seen their cases solved, and 17 were victims of domestic abuse killings.",
    E("85 of the 106", T(ss["Solved"] == 85 and sum(ss.values()) == 106), "count", f"victims 2022 solved {ss['Solved']} of {sum(ss.values())}", "true"),
    E("17 were victims of domestic abuse", T(da["Domestic Abuse"] == 17), "count", f"domestic abuse victims 2022 = {da['Domestic Abuse']}", "true"))

ms = fsum("merseyside", "Shoplifting")
one("o25_echo_merseyside_shoplifting.txt", "2023-01-25",
    "Merseyside Police recorded 6,669 shoplifting offences between January and November 2022, police.uk data shows.",
    E("6,669 shoplifting offences", T(ms == 6669), "count", f"Merseyside street files 2022-01..11 Shoplifting rows = {ms}", "true"))

syb, meb = fsum("south-yorkshire", "Burglary"), fsum("merseyside", "Burglary")
one("o26_star_syorks_burglary.txt", "2023-01-27",
    "South Yorkshire had nearly twice as many burglaries as Merseyside in the first eleven months of 2022.",
    E("nearly twice as many burglaries", T(1.8 <= syb / meb < 2.0), "compare", f"2022-01..11 burglary: South Yorkshire {syb}, Merseyside {meb}, ratio {syb / meb:.2f}", "true"))

swj, swn = fsum("south-wales", "Shoplifting", ["202201"]), fsum("south-wales", "Shoplifting", ["202211"])
one("o27_walesonline_shoplifting.txt", "2023-01-24",
    "Shoplifting reported to South Wales Police rose almost 40% between January and November 2022.",
    E("rose almost 40%", T(35 <= pct(swn, swj) < 40), "change", f"South Wales shoplifting Jan 2022 {swj} -> Nov 2022 {swn} = {pct(swn, swj):+.1f}%", "true"))

cv, ct, ctc = fsum("cumbria", "Violence and sexual offences"), fsum("cumbria"), fsum("cumbria", crime_only=True)
one("o28_cumbria_pcc_violence.txt", "2023-02-01",
    "Cumbria's PCC: violence and sexual offences made up more than four in ten of all crimes recorded in the county from January to November 2022.",
    E("more than four in ten", T(share(cv, ct) > 40 and share(cv, ctc) > 40), "share",
      f"Cumbria 2022-01..11 (Dec not in data): V&SO {cv} of {ct} rows = {share(cv, ct):.1f}% (incl. ASB), of {ctc} crimes = {share(cv, ctc):.1f}% (excl. ASB)", "true"))

dp = {ym: fsum("dyfed-powys", mm=[ym]) for ym in months(2022, 1, 2022, 11)}
one("o29_dyfed_busiest_month.txt", "2023-01-30",
    "August was the busiest month for Dyfed-Powys Police in the January-to-November 2022 figures, with more than 5,000 crimes and incidents logged.",
    E("busiest month for Dyfed-Powys Police", T(max(dp, key=dp.get) == "202208"), "rank", f"Dyfed-Powys rows per month 2022-01..11: {dp} (Dec not in data)", "true"),
    E("more than 5,000", T(dp["202208"] > 5000), "count", f"Aug 2022 = {dp['202208']} rows incl. ASB", "true"))

c25, c24 = col(Y25), col(Y24)
c25c, c24c = col(Y25, crime_only=True), col(Y24, crime_only=True)
one("o30_cityam_square_mile.txt", "2026-02-04",
    "Crime and anti-social behaviour incidents in the Square Mile fell 11% in 2025, City of London Police figures on police.uk show.",
    E("fell 11%", T(pct_is(-11, c25, c24, 0.6)), "change",
      f"CoL street files 2025 {c25} vs 2024 {c24} = {pct(c25, c24):+.1f}% (all rows incl. ASB, as worded); excl. ASB {c25c} vs {c24c} = {pct(c25c, c24c):+.1f}%", "true"))

ctp25, ctp19 = col(Y25, "Theft from the person"), col(cal(2019), "Theft from the person")
one("o31_cityam_tfp_vs_2019.txt", "2026-02-04",
    "Theft from the person in the City is still 43% higher than before the pandemic, at 1,219 offences in 2025 against 852 in 2019.",
    E("43% higher", T(pct_is(43, ctp25, ctp19)), "change", f"CoL theft from the person 2025 {ctp25} vs 2019 {ctp19} = {pct(ctp25, ctp19):+.1f}%", "true"),
    E("1,219 offences", T(ctp25 == 1219), "count", f"2025 = {ctp25}", "true"),
    E("852 in 2019", T(ctp19 == 852), "count", f"2019 = {ctp19}", "true"))

lk19, mk19 = ons_knife_region("London", 2019), ons_knife("Metropolitan Police", 2019)
lk15 = ons_knife_region("London", 2015)
one("o32_explainer_ons_knife.txt", "2019-08-01",
    "ONS figures show London recorded almost 15,000 knife offences in the year to March 2019, up by more than half since 2015.",
    E("almost 15,000", T(14500 <= lk19 < 15000 and 14500 <= mk19 < 15000), "count",
      f"ONS knife/sharp instrument offences y/e March 2019: London region {lk19}, Met {mk19}", "true"),
    E("up by more than half since 2015", T(pct(lk19, lk15) > 50 and pct(mk19, ons_knife("Metropolitan Police", 2015)) > 50), "change", f"London region 2019 {lk19} vs 2015 {lk15} = {pct(lk19, lk15):+.1f}%", "true"))

ew, us = owid("England and Wales", 2021), owid("United States", 2021)
one("o33_podcast_us_vs_ew.txt", "2024-03-12",
    "On the podcast: the US homicide rate in 2021 was roughly six times that of England and Wales.",
    E("roughly six times", T(5.5 <= us / ew <= 6.5), "compare", f"OWID/UNODC 2021 per 100k: US {us:.2f}, E&W {ew:.2f}, ratio {us / ew:.2f}", "true"))

ny18, lv18, lm18 = nyc(2018), victims(2018), mps(minor="HOMICIDE", mm=cal(2018))
one("o34_tweet_nyc_london.txt", "2019-04-03",
    "Remember when London 'overtook New York'? In 2018 New York still had more than twice as many murders as London.",
    E("more than twice as many murders", T(ny18 > 2 * lv18 and ny18 > 2 * lm18), "compare",
      f"NYC murders 2018 (NYPD via CODE) {ny18}; London 2018 homicide victims {lv18}, MPS homicide offences {lm18}", "true"))

al = lon(Y25)
p25, p24 = london32_pop(2025), london32_pop(2024)
rr = [1000 * a / p for a in al for p in (p25, p24)]
one("o35_explainer_london_rate.txt", "2026-03-10",
    "Put another way, the Met recorded about 95 crimes for every 1,000 Londoners in 2025.",
    E("about 95 crimes for every 1,000 Londoners", T(all(93.5 <= x <= 96.5 for x in rr)), "rate",
      f"MPS 2025 {al[0]} (all rows) / {al[1]} (32 boroughs); GLA pop 2025 {p25}, 2024 {p24} -> {[round(x, 1) for x in rr]}", "true"))

j, fb = met_ss(["201801"]), met_ss(["201802"])
one("o36_stopwatch_stop_search.txt", "2018-04-20",
    "Met officers carried out more than 12,000 stop and searches in January 2018, and fewer in February.",
    E("more than 12,000 stop and searches", T(j > 12000), "count", f"police.uk Met stop-and-search Jan 2018 = {j} rows", "true"),
    E("fewer in February", T(fb < j), "direction", f"Feb 2018 = {fb}", "true"))

hi = mps(borough="Hillingdon", mm=Y25), mps(borough="Hillingdon", mm=Y24)
one("o37_council_hillingdon.txt", "2026-02-16",
    "Hillingdon bucked the London trend in 2025, with total recorded crime up 6% while most boroughs saw falls.",
    E("up 6%", T(pct_is(6, *hi)), "change", f"Hillingdon all crime 2025 {hi[0]} vs 2024 {hi[1]} = {pct(*hi):+.1f}%", "true"),
    E("most boroughs saw falls", T(sum(1 for bb in bor() if mps(borough=bb, mm=Y25) < mps(borough=bb, mm=Y24)) > 16), "direction",
      f"boroughs with lower 2025 than 2024: {sum(1 for bb in bor() if mps(borough=bb, mm=Y25) < mps(borough=bb, mm=Y24))} of 32", "true"))

bd = mps(borough="Barking and Dagenham", minor="SHOPLIFTING", mm=Y25), mps(borough="Barking and Dagenham", minor="SHOPLIFTING", mm=Y24)
kc = mps(borough="Kensington and Chelsea", minor="SHOPLIFTING", mm=Y25), mps(borough="Kensington and Chelsea", minor="SHOPLIFTING", mm=Y24)
one("o38_retail_two_boroughs.txt", "2026-03-03",
    "Shoplifting fell by more than a third in Barking and Dagenham in 2025 but rose by a third in Kensington and Chelsea.",
    E("fell by more than a third", T(pct(*bd) < -33.3), "change", f"B&D shoplifting 2025 {bd[0]} vs {bd[1]} = {pct(*bd):+.1f}%", "true"),
    E("rose by a third", T(30 <= pct(*kc) <= 36), "change", f"K&C shoplifting 2025 {kc[0]} vs {kc[1]} = {pct(*kc):+.1f}%", "true"))

rd = mps(borough="Redbridge", major="BURGLARY", mm=Y25), mps(borough="Redbridge", major="BURGLARY", mm=Y24)
one("o39_leaflet_redbridge_burglary.txt", "2026-03-20",
    "Conservatives in Redbridge: burglary fell by more than a quarter in 2025 - but residents tell us they feel less safe than ever.",
    E("fell by more than a quarter", T(pct(*rd) < -25), "change", f"Redbridge burglary 2025 {rd[0]} vs {rd[1]} = {pct(*rd):+.1f}%", "true"),
    NV("they feel less safe than ever", "feelings of safety are survey measures (MOPAC PAS), not in the recorded-crime data"))

sw = mps(borough="Southwark", major="BURGLARY", mm=Y25), mps(borough="Southwark", major="BURGLARY", mm=Y24)
one("o40_leaflet_southwark_burglary.txt", "2026-03-18",
    "Lib Dems in Southwark: while burglary fell almost everywhere in London in 2025, in Southwark it fell too - by 7%.",
    E("by 7%", F(sw[0] < sw[1]), "change", f"Southwark burglary 2025 {sw[0]} vs 2024 {sw[1]} = {pct(*sw):+.1f}% (rose)", "false"))

vp = bor(major="VIOLENCE AGAINST THE PERSON")
vwi = bor(minor="VIOLENCE WITH INJURY")
one("o41_tweet_croydon_violence.txt", "2026-02-11",
    "Croydon recorded more violent crime than any other London borough in 2025.",
    E("more violent crime than any other London borough", F(rank_of("Croydon", vp) == 1 or rank_of("Croydon", vwi) == 1), "rank",
      f"2025 VAP: Westminster {vp['Westminster']}, Croydon {vp['Croydon']} (rank {rank_of('Croydon', vp)}); violence with injury: Westminster {vwi['Westminster']}, Croydon {vwi['Croydon']}", "false"))

lh = bor(minor="HOMICIDE")
lhy = byear("Lewisham", minor="HOMICIDE")
one("o42_local_lewisham_homicide.txt", "2026-01-22",
    "Lewisham saw 11 homicides in 2025 - more than any other borough and its worst year in the Met's figures.",
    E("11 homicides", T(lh["Lewisham"] == 11), "count", f"MPS homicide Lewisham 2025 = {lh['Lewisham']}", "true"),
    E("more than any other borough", T(rank_of("Lewisham", lh) == 1 and sorted(lh.values())[-2] < 11), "rank", f"next: {sorted(lh.values())[-2]}", "true"),
    E("its worst year", T(lhy[2025] == max(lhy.values()) and list(lhy.values()).count(11) == 1), "record", f"Lewisham 2011-2025: {lhy}", "true"))

th = byear("Tower Hamlets", major="VIOLENCE AGAINST THE PERSON")
one("o43_headline_towerhamlets_violence.txt", "2026-02-05",
    "Violence in Tower Hamlets hits highest level on record",
    E("highest level on record", T(th[2025] == max(th.values())), "record", f"Tower Hamlets VAP 2011-2025: {th}", "true"))

hb = byear("Hackney", minor="BICYCLE THEFT")
one("o44_cycling_blog_hackney.txt", "2026-03-01",
    "Cycling blog: bike theft in Hackney fell 14% in 2025 to its lowest calendar-year total in the Met's records.",
    E("fell 14%", T(pct_is(-14, hb[2025], hb[2024])), "change", f"Hackney bicycle theft 2025 {hb[2025]} vs 2024 {hb[2024]} = {pct(hb[2025], hb[2024]):+.1f}%", "true"),
    E("lowest calendar-year total", T(hb[2025] == min(hb.values())), "record", f"Hackney full calendar years 2011-2025: {hb} (2010 is partial, Apr-Dec {mps(borough='Hackney', minor='BICYCLE THEFT', mm=months(2010, 4, 2010, 12))}, and not a calendar-year total)", "true"))

en = byear("Enfield", major="VEHICLE OFFENCES")
one("o45_council_enfield_vehicles.txt", "2026-02-27",
    "Enfield Council: vehicle crime fell by a fifth in 2025 to its lowest level since 2016.",
    E("fell by a fifth", T(-22 <= pct(en[2025], en[2024]) <= -18), "change", f"Enfield vehicle offences 2025 {en[2025]} vs {en[2024]} = {pct(en[2025], en[2024]):+.1f}%", "true"),
    E("lowest level since 2016", T(last_lower(en, 2025) == 2016), "record", f"Enfield 2011-2025: {en}", "true"))

cm = byear("Camden", minor="THEFT FROM THE PERSON")
one("o46_camden_tfp_record.txt", "2026-02-13",
    "Theft from the person in Camden fell to 7,434 in 2025, but that is still higher than in any year before 2024.",
    E("7,434", T(cm[2025] == 7434), "count", f"Camden theft from the person 2025 = {cm[2025]}", "true"),
    E("still higher than in any year before 2024", T(all(cm[2025] > cm[y] for y in range(2011, 2024))), "record", f"Camden 2011-2025: {cm}", "true"))

# ================================================================ false claims (mixed genres)
one("o47_tweet_westminster_rise.txt", "2026-01-31",
    "Total crime in Westminster rose 9% in 2025. The West End is becoming a no-go zone.",
    E("rose 9%", F(mps(borough="Westminster", mm=Y25) > mps(borough="Westminster", mm=Y24)), "change",
      f"Westminster all crime 2025 {mps(borough='Westminster', mm=Y25)} vs 2024 {mps(borough='Westminster', mm=Y24)} = {pct(mps(borough='Westminster', mm=Y25), mps(borough='Westminster', mm=Y24)):+.1f}% (fell 9%)", "false"),
    OP("The West End is becoming a no-go zone"))

one("o48_chyron_shoplifting_doubled.txt", "2026-01-19",
    "LONDON SHOPLIFTING DOUBLES IN A YEAR",
    E("DOUBLES IN A YEAR", F(shl[0][2025] >= 1.9 * shl[0][2024]), "change",
      f"London shoplifting 2025 {shl[0][2025]} vs 2024 {shl[0][2024]} = {pct(shl[0][2025], shl[0][2024]):+.1f}% (doubling was 2023->2024? {shl[0][2024]} vs {shl[0][2023]} = {pct(shl[0][2024], shl[0][2023]):+.1f}%)", "false"))

one("o49_leaflet_knife_crime_up.txt", "2026-03-12",
    "Reform UK: knife crime in London went up again in 2025 under this mayor.",
    E("went up again in 2025", F(k25 > k24 or knife_json(Y25) > knife_json(Y24)), "direction", f"dashboard Knife Crime 2025 {k25} vs 2024 {k24} = {pct(k25, k24):+.1f}%; knife_crime.json {knife_json(Y25)} vs {knife_json(Y24)} (fell on both)", "false"))

one("o50_tweet_homicide_record_low.txt", "2026-01-21",
    "96 homicides in 2025: the lowest number London has ever recorded.",
    E("the lowest number London has ever recorded", F(h[0][2025] == min(h[0].values()) or h[1][2025] == min(h[1].values())), "record",
      f"MPS homicide 2025 {h[0][2025]}; 2014 {h[0][2014]} / {h[1][2014]} lower; victims file 2014 {vy[2014]}, 2012 {vy[2012]}", "false"))

one("o51_post_kingston_burglary.txt", "2026-02-24",
    "Burglary in Kingston upon Thames fell 11% in 2025.",
    E("fell 11%", F(mps(borough="Kingston upon Thames", major="BURGLARY", mm=Y25) < mps(borough="Kingston upon Thames", major="BURGLARY", mm=Y24)), "change",
      f"Kingston burglary 2025 {mps(borough='Kingston upon Thames', major='BURGLARY', mm=Y25)} vs 2024 {mps(borough='Kingston upon Thames', major='BURGLARY', mm=Y24)} (rose 11%)", "false"))

ms_may = fsum("merseyside", "Shoplifting", ["202205"])
one("o52_echo_merseyside_may.txt", "2023-01-25",
    "Merseyside shoplifting peaked in March 2022, figures from police.uk show.",
    E("peaked in March 2022", F(max(months(2022, 1, 2022, 11), key=lambda m: fsum("merseyside", "Shoplifting", [m])) == "202203"), "record",
      f"Merseyside shoplifting monthly 2022-01..11: Mar {fsum('merseyside', 'Shoplifting', ['202203'])}, May {ms_may} (peak); Dec 2022 not in data, Dec 2021 {fsum('merseyside', 'Shoplifting', ['202112'])}", "false"))

one("o53_tweet_dyfed_vs_cumbria.txt", "2023-02-08",
    "Dyfed-Powys and Cumbria are both rural forces, but Dyfed-Powys logged three times as many crimes in the first eleven months of 2022.",
    E("three times as many crimes", F(2.7 <= fsum("dyfed-powys") / fsum("cumbria") <= 3.3), "compare",
      f"2022-01..11 rows: Dyfed-Powys {fsum('dyfed-powys')}, Cumbria {fsum('cumbria')}, ratio {fsum('dyfed-powys') / fsum('cumbria'):.2f}", "false"))

one("o54_radio_rape_falling.txt", "2026-03-09",
    "Caller to LBC: recorded rapes in London have been falling for years.",
    E("have been falling for years", F(falls_in_a_row(rp[0], 2025) >= 2 or falls_in_a_row(rp[1], 2025) >= 2), "direction",
      f"MPS rape 2023 {rp[0][2023]}, 2024 {rp[0][2024]}, 2025 {rp[0][2025]} (rose in 2025)", "false"))

one("o55_headline_sexual_offences_fall.txt", "2026-02-19",
    "Sexual offences in London fall for second year running",
    E("fall for second year running", F(falls_in_a_row(sx[0], 2025) >= 2 or falls_in_a_row(sx[1], 2025) >= 2), "streak",
      f"MPS sexual offences 2023 {sx[0][2023]}, 2024 {sx[0][2024]}, 2025 {sx[0][2025]} (rose both years)", "false"))

one("o56_post_lambeth_robbery_rank.txt", "2026-02-22",
    "Lambeth has the second-highest number of robberies in London.",
    E("second-highest number of robberies", F(rank_of("Lambeth", rb) == 2), "rank",
      f"2025 robbery: {sorted(rb.items(), key=lambda x: -x[1])[:5]} -> Lambeth rank {rank_of('Lambeth', rb)}", "false"))

one("o57_tweet_col_fall.txt", "2026-02-05",
    "City of London crime down by a quarter in 2025 according to police.uk.",
    E("down by a quarter", F(-28 <= pct(c25, c24) <= -22), "change", f"CoL 2025 {c25} vs 2024 {c24} = {pct(c25, c24):+.1f}% (FY reading unavailable: 2024/25 {col(fy(2025))} vs 2023/24 {col(fy(2024))})", "false"))

one("o58_explainer_knife_victims.txt", "2022-02-15",
    "Nine in ten homicide victims in London in 2021 were killed with a knife.",
    E("Nine in ten", F(85 <= share(victims_by(2021, 'Method_of_Killing')['Knife or Sharp Implement'], vy[2021]) <= 95), "share",
      f"victims 2021 knife {victims_by(2021, 'Method_of_Killing')['Knife or Sharp Implement']} of {vy[2021]} = {share(victims_by(2021, 'Method_of_Killing')['Knife or Sharp Implement'], vy[2021]):.0f}%", "false"))

one("o59_mp_burglary_havering.txt", "2026-03-04",
    "Havering MP: burglary in my constituency's borough went up last year, and people are scared.",
    E("went up last year", F(mps(borough="Havering", major="BURGLARY", mm=Y25) > mps(borough="Havering", major="BURGLARY", mm=Y24)
                             or mps(borough="Havering", major="BURGLARY", mm=fy(2025)) > mps(borough="Havering", major="BURGLARY", mm=fy(2024))), "direction",
      f"Havering burglary cal 2025 {mps(borough='Havering', major='BURGLARY', mm=Y25)} vs 2024 {mps(borough='Havering', major='BURGLARY', mm=Y24)}; "
      f"FY 2024/25 {mps(borough='Havering', major='BURGLARY', mm=fy(2025))} vs 2023/24 {mps(borough='Havering', major='BURGLARY', mm=fy(2024))}: fell on both readings", "false"),
    OP("people are scared"))

owf, owg = owid("France", 2021), owid("Germany", 2021)
one("o60_infographic_europe.txt", "2024-01-15",
    "England and Wales had a lower homicide rate than Germany in 2021.",
    E("lower homicide rate than Germany", F(ew < owg), "compare", f"OWID/UNODC 2021: E&W {ew:.2f}, Germany {owg:.2f}, France {owf:.2f}", "false"))

one("o61_tweet_nyc_2017.txt", "2018-03-01",
    "New York had 350 murders in 2017.",
    E("350 murders", F(near(350, nyc(2017), 0.03)), "count", f"NYC murders 2017 = {nyc(2017)}", "false"))

sy_w, sy_l = fsum("south-yorkshire", "Shoplifting"), fsum("merseyside", "Shoplifting")
one("o62_star_shoplifting_compare.txt", "2023-02-02",
    "Shops in South Yorkshire suffered fewer thefts than Merseyside's between January and November 2022.",
    E("fewer thefts than Merseyside's", F(sy_w < sy_l), "compare", f"2022-01..11 shoplifting: South Yorkshire {sy_w}, Merseyside {sy_l}", "false"))

tl = lyears(major="THEFT")
one("o63_chyron_theft_record.txt", "2026-01-27",
    "THEFT IN LONDON HITS ALL-TIME HIGH IN 2025",
    E("HITS ALL-TIME HIGH IN 2025", F(tl[0][2025] == max(tl[0].values()) or tl[1][2025] == max(tl[1].values())), "record",
      f"MPS theft 2025 {tl[0][2025]} < 2024 {tl[0][2024]} (the high)", "false"))

hm = bor(major="BURGLARY")
one("o64_post_barnet_burglary.txt", "2026-02-15",
    "Barnet is London's burglary capital, with more break-ins than anywhere else in 2025.",
    E("more break-ins than anywhere else", F(rank_of("Barnet", hm) == 1), "rank",
      f"2025 burglary: {sorted(hm.items(), key=lambda x: -x[1])[:5]} -> Barnet rank {rank_of('Barnet', hm)}", "false"))

one("o65_tweet_victims_teen.txt", "2022-01-10",
    "More than half of London's 2021 homicide victims were teenagers or young adults.",
    E("More than half", F(share(victims_by(2021, 'Age_Group')['Adolescent/Young Adult'], vy[2021]) > 50), "share",
      f"victims 2021 Adolescent/Young Adult {victims_by(2021, 'Age_Group')['Adolescent/Young Adult']} of {vy[2021]} = {share(victims_by(2021, 'Age_Group')['Adolescent/Young Adult'], vy[2021]):.0f}%", "false"))

# ================================================================ more true, varied
dpv, dpt = fsum("dyfed-powys", "Violence and sexual offences"), fsum("dyfed-powys", crime_only=True)
one("o66_pcc_dyfed_violence.txt", "2023-01-31",
    "Dyfed-Powys PCC: violence and sexual offences account for around half of recorded crime in our force area.",
    E("around half", T(45 <= share(dpv, dpt) <= 55 and 45 <= share(dpv, fsum("dyfed-powys")) <= 55), "share",
      f"2022-01..11 V&SO {dpv}; of crimes excl. ASB {dpt} = {share(dpv, dpt):.1f}%; of all rows {fsum('dyfed-powys')} = {share(dpv, fsum('dyfed-powys')):.1f}%", "true"))

mv = fsum("merseyside", "Violence and sexual offences")
one("o67_echo_merseyside_violence.txt", "2023-01-26",
    "Almost 69,000 violent and sexual offences were recorded on Merseyside between January and November 2022.",
    E("Almost 69,000", T(68000 <= mv < 69000), "count", f"Merseyside V&SO 2022-01..11 = {mv}", "true"))

mw, sw_ = fsum("merseyside", "Possession of weapons"), fsum("south-yorkshire", "Possession of weapons")
one("o68_campaign_weapons.txt", "2023-02-14",
    "Weapons possession offences were higher in South Yorkshire than on Merseyside between January and November 2022 - 1,760 against 1,218.",
    E("higher in South Yorkshire than on Merseyside", T(sw_ > mw), "compare", f"2022-01..11: South Yorkshire {sw_}, Merseyside {mw}", "true"),
    E("1,760 against 1,218", T(sw_ == 1760 and mw == 1218), "count", "figures for January-November 2022 (December 2022 not in the data)", "true"))

swb = fsum("south-wales", "Bicycle theft")
one("o69_cardiff_bikes.txt", "2023-01-19",
    "More than 1,600 bicycle thefts were reported to South Wales Police in the first eleven months of 2022.",
    E("More than 1,600 bicycle thefts", T(swb > 1600), "count", f"South Wales bicycle theft 2022-01..11 = {swb}", "true"))

one("o70_tweet_robbery_london.txt", "2026-01-24",
    "Robbery across London fell in 2025, to about 32,000 offences.",
    E("about 32,000 offences", T(all(near(32000, x, 0.015) for x in lon(Y25, major="ROBBERY")) and lon(Y25, major="ROBBERY")[0] < lon(Y24, major="ROBBERY")[0]), "count",
      f"robbery 2025 {lon(Y25, major='ROBBERY')} vs 2024 {lon(Y24, major='ROBBERY')} (all rows, 32 boroughs) = {pct(lon(Y25, major='ROBBERY')[0], lon(Y24, major='ROBBERY')[0]):+.1f}%", "true"))

rk = mps(borough="Richmond upon Thames", mm=Y25)
rkr = per1000("Richmond upon Thames", 2025)[1]
one("o71_estate_agent_richmond.txt", "2026-04-02",
    "Of the 32 London boroughs, Richmond upon Thames recorded the fewest crimes in 2025, around 56 per 1,000 residents.",
    E("the fewest crimes in 2025", T(rank_of("Richmond upon Thames", bor(), desc=False) == 1), "rank", f"Richmond 2025 {rk}; lowest of 32", "true"),
    E("around 56 per 1,000 residents", T(all(54.5 <= x <= 57.5 for x in rkr)), "rate", f"GLA pop 2025/2024 -> {[round(x, 1) for x in rkr]}", "true"))

kcr = per1000("Kensington and Chelsea", 2025, minor="SHOPLIFTING")
one("o72_infographic_kc_shop.txt", "2026-03-06",
    "Kensington and Chelsea: about 20 shoplifting offences per 1,000 residents in 2025.",
    E("about 20 shoplifting offences per 1,000 residents", T(all(19.5 <= x <= 21 for x in kcr[1])), "rate",
      f"K&C shoplifting 2025 {kcr[0]}; GLA pop 2025/2024 -> {[round(x, 1) for x in kcr[1]]}", "true"))

d12 = lon(["202512"]), lon(["202412"])
one("o73_met_press_december.txt", "2026-01-29",
    "Met press office: total recorded crime in December 2025 was 4% lower than in December 2024.",
    E("4% lower", T(pct_is(-4, d12[0][0], d12[1][0], 0.6) and pct_is(-4, d12[0][1], d12[1][1], 0.6)), "change",
      f"Dec 2025 {d12[0]} vs Dec 2024 {d12[1]} -> {pct(d12[0][0], d12[1][0]):+.1f}% / {pct(d12[0][1], d12[1][1]):+.1f}%", "true"))

rol = lon(r12(2026, 2)), lon(r12(2025, 2))
one("o74_mopac_rolling.txt", "2026-03-25",
    "MOPAC: in the 12 months to February 2026, burglary in London fell by almost a tenth compared with the previous 12 months.",
    E("fell by almost a tenth", T(-10 < pct(lon(r12(2026, 2), major="BURGLARY")[0], lon(r12(2025, 2), major="BURGLARY")[0]) <= -8
                   and -10 < pct(lon(r12(2026, 2), major="BURGLARY")[1], lon(r12(2025, 2), major="BURGLARY")[1]) <= -8), "change",
      f"burglary 12m to Feb 2026 {lon(r12(2026, 2), major='BURGLARY')} vs 12m to Feb 2025 {lon(r12(2025, 2), major='BURGLARY')} = {pct(lon(r12(2026, 2), major='BURGLARY')[0], lon(r12(2025, 2), major='BURGLARY')[0]):+.1f}%", "true"))

tj = lon(["202601"], minor="THEFT FROM THE PERSON"), lon(["202501"], minor="THEFT FROM THE PERSON")
one("o75_tweet_january_snatch.txt", "2026-02-26",
    "Phone thefts are finally falling: theft from the person in London was down 23% in January 2026 on a year earlier.",
    E("down 23%", T(pct_is(-23, tj[0][0], tj[1][0], 0.6) and pct_is(-23, tj[0][1], tj[1][1], 0.6)), "change",
      f"theft from person Jan 2026 {tj[0]} vs Jan 2025 {tj[1]} = {pct(tj[0][0], tj[1][0]):+.1f}%", "true"),
    OP("finally falling"))

fy_sh = lon(fy(2025), minor="SHOPLIFTING"), lon(fy(2024), minor="SHOPLIFTING")
one("o76_brc_fy_shoplifting.txt", "2025-05-20",
    "Shoplifting in London rose by around half in 2024/25 to more than 90,000 offences, the highest financial-year total on record.",
    E("rose by around half", T(45 <= pct(fy_sh[0][0], fy_sh[1][0]) <= 55 and 45 <= pct(fy_sh[0][1], fy_sh[1][1]) <= 55), "change",
      f"FY 2024/25 {fy_sh[0]} vs 2023/24 {fy_sh[1]} = {pct(fy_sh[0][0], fy_sh[1][0]):+.1f}% / {pct(fy_sh[0][1], fy_sh[1][1]):+.1f}%", "true"),
    E("more than 90,000 offences", T(fy_sh[0][0] > 90000 and fy_sh[0][1] > 90000), "count", f"{fy_sh[0]}", "true"),
    E("the highest financial-year total on record", T(all(mps(minor="SHOPLIFTING", mm=fy(y)) < fy_sh[0][0] for y in range(2011, 2025))), "record",
      f"FY series 2010/11-2023/24 max {max(mps(minor='SHOPLIFTING', mm=fy(y)) for y in range(2011, 2025))}", "true"))

ep = victims_by(2022, "Borough")
one("o77_ealing_victims.txt", "2023-02-08",
    "Ealing and Brent had the most homicide victims of any London borough in 2022, with nine each.",
    E("the most homicide victims of any London borough", T(ep["Ealing"] == ep["Brent"] == max(ep.values())), "rank", f"victims 2022 by borough: {ep.most_common(4)}", "true"),
    E("nine each", T(ep["Ealing"] == 9 and ep["Brent"] == 9), "count", "Ealing 9, Brent 9", "true"))

sx22 = victims_by(2022, "Sex")
one("o78_charity_women_killed.txt", "2023-03-08",
    "On International Women's Day: 28 women and girls were killed in London in 2022, about a quarter of all homicide victims.",
    E("28 women and girls", T(sx22["Female"] == 28), "count", f"victims 2022 female = {sx22['Female']}", "true"),
    E("about a quarter", T(24 <= share(sx22["Female"], vy[2022]) <= 28), "share", f"{sx22['Female']} of {vy[2022]} = {share(sx22['Female'], vy[2022]):.1f}%", "true"))

one("o79_headline_2022_fall.txt", "2023-01-06",
    "London homicide victims fell by a fifth in 2022 to 106",
    E("fell by a fifth", T(-22 <= pct(vy[2022], vy[2021]) <= -18), "change", f"victims 2022 {vy[2022]} vs 2021 {vy[2021]} = {pct(vy[2022], vy[2021]):+.1f}%", "true"),
    E("to 106", T(vy[2022] == 106), "count", f"= {vy[2022]}", "true"))

shot = victims_by(2022, "Method_of_Killing")["Shooting"], victims_by(2021, "Method_of_Killing")["Shooting"]
one("o80_tweet_shootings.txt", "2023-01-12",
    "Gun deaths in London were flat in 2022: ten fatal shootings, the same as 2021.",
    E("ten fatal shootings, the same as 2021", T(shot[0] == shot[1] == 10), "equal", f"victims killed by shooting 2022 {shot[0]}, 2021 {shot[1]}", "true"))

# ================================================================ unverifiable
one("o81_tweet_reporting.txt", "2026-02-01",
    "Nobody bothers reporting shoplifting any more - four in five incidents never reach the police.",
    NV("four in five incidents never reach the police", "unreported incidents are by definition absent from recorded crime; needs a retail/victim survey"))

one("o82_quote_response_times.txt", "2026-03-11",
    "A Met commander said emergency response times in Croydon have improved by two minutes this year.",
    NV("improved by two minutes", "response times are not in any of the open files here"))

one("o83_post_gangs.txt", "2026-02-17",
    "Youth workers say around 70% of the robberies in Brent are carried out by organised gangs.",
    NV("around 70% of the robberies in Brent", "offender gang membership is not recorded in the borough series"))

one("o84_council_cctv.txt", "2026-01-14",
    "Hammersmith and Fulham council says its new CCTV network helped cut anti-social behaviour on estates by 30%.",
    NV("helped cut anti-social behaviour on estates by 30%", "estate-level ASB and CCTV attribution: the Met borough series has no ASB and no estate geography"))

one("o85_radio_fear.txt", "2026-03-16",
    "Two-thirds of Londoners now say they are worried about knife crime in their area.",
    NV("Two-thirds of Londoners", "worry about crime is a survey measure (MOPAC Public Attitude Survey), not in recorded-crime data"))

one("o86_retail_cost.txt", "2026-03-24",
    "The Co-op said shop theft and violence against its London staff cost the business £40m in 2025.",
    NV("cost the business £40m", "a company's losses are not in police data"))

one("o87_tweet_repeat_victims.txt", "2026-02-23",
    "Almost half of burglary victims in Sutton had been burgled before, the local policing team says.",
    NV("Almost half of burglary victims in Sutton", "repeat victimisation is not recorded in the borough counts"))

one("o88_police_drink_spiking.txt", "2026-01-08",
    "Westminster police say reports of drink spiking in West End clubs rose 40% over the Christmas period.",
    NV("rose 40% over the Christmas period", "spiking is not a category in the Met borough series, and club-level location is not published"))

one("o89_charity_convictions.txt", "2026-03-13",
    "Only one in twenty rapes reported in London last year led to a conviction.",
    NV("one in twenty rapes reported in London last year led to a conviction", "court outcomes (convictions) are not in the Met recorded-crime or dashboard files"))

one("o90_post_e_scooters.txt", "2026-02-28",
    "Islington police say e-scooter and e-bike thieves are behind a third of all phone snatches in the borough.",
    NV("a third of all phone snatches", "mode of offending (e-bikes) and item stolen are not recorded in the open data"))

# ================================================================ opinions (standalone)
one("o91_quote_commissioner.txt", "2026-01-20",
    "\"London is one of the safest big cities in the world,\" the Commissioner told reporters.",
    OP("one of the safest big cities in the world"))

one("o92_tweet_mayor_failing.txt", "2026-02-08",
    "This mayor has completely failed Londoners on crime.",
    OP("completely failed Londoners on crime"))

one("o93_leaflet_bring_back_bobbies.txt", "2026-03-26",
    "Visible neighbourhood policing is the best way to stop burglary - we will bring back the bobby on the beat.",
    OP("the best way to stop burglary"))

one("o94_blog_stats_mislead.txt", "2026-02-21",
    "Blogger: the shoplifting surge says more about better recording by retailers than about any real crime wave.",
    OP("says more about better recording by retailers than about any real crime wave"))


# ================================================================ added: more false, unverifiable, opinion
nr = mps(borough="Newham", major="ROBBERY", mm=Y25), mps(borough="Newham", major="ROBBERY", mm=Y24)
one("o95_chyron_newham_robbery.txt", "2026-01-22",
    "ROBBERY IN NEWHAM DOWN 20% IN 2025",
    E("DOWN 20%", F(pct(*nr) < 0), "change", f"Newham robbery 2025 {nr[0]} vs 2024 {nr[1]} = {pct(*nr):+.1f}% (rose slightly)", "false"))

vb = bor(major="VEHICLE OFFENCES")
one("o96_tweet_enfield_vehicle_rank.txt", "2026-02-07",
    "Enfield had more vehicle crime than any other London borough in 2025.",
    E("more vehicle crime than any other London borough", F(rank_of("Enfield", vb) == 1), "rank",
      f"2025 vehicle offences: {sorted(vb.items(), key=lambda x: -x[1])[:5]} -> Enfield rank {rank_of('Enfield', vb)}", "false"))

one("o97_post_weapons_streak.txt", "2026-03-02",
    "Possession of weapons offences in London fell for a third straight year in 2025.",
    E("fell for a third straight year", F(falls_in_a_row(wp[0], 2025) >= 3 or falls_in_a_row(wp[1], 2025) >= 3), "streak",
      f"possession of weapons 2022-2025: {[wp[0][y] for y in range(2022, 2026)]} (rose in 2025)", "false"))

one("o98_cycling_wandsworth_hf.txt", "2026-03-08",
    "Wandsworth has twice as many bike thefts as neighbouring Hammersmith and Fulham.",
    E("twice as many bike thefts", F(1.8 <= bk["Wandsworth"] / bk["Hammersmith and Fulham"] <= 2.2), "compare",
      f"bicycle theft 2025: Wandsworth {bk['Wandsworth']}, H&F {bk['Hammersmith and Fulham']}, ratio {bk['Wandsworth'] / bk['Hammersmith and Fulham']:.2f} (2024: {mps(borough='Wandsworth', minor='BICYCLE THEFT', mm=Y24)} vs {mps(borough='Hammersmith and Fulham', minor='BICYCLE THEFT', mm=Y24)})", "false"))

kv = victims_by(2022, "Method_of_Killing")["Knife or Sharp Implement"], victims_by(2021, "Method_of_Killing")["Knife or Sharp Implement"]
one("o99_tweet_knife_killings_2022.txt", "2023-02-01",
    "Knife killings in London rose in 2022, Met figures show.",
    E("rose in 2022", F(kv[0] > kv[1]), "direction", f"victims killed with knife/sharp implement 2022 {kv[0]} vs 2021 {kv[1]}", "false"))

swbu = fsum("south-wales", "Burglary")
one("o100_walesonline_burglary.txt", "2023-01-24",
    "Burglaries in the South Wales Police area topped 5,000 in the first eleven months of 2022.",
    E("topped 5,000", F(swbu > 5000), "count", f"South Wales burglary 2022-01..11 = {swbu}", "false"))

ca = owid("Canada", 2021)
one("o101_infographic_canada.txt", "2024-01-15",
    "Canada's homicide rate in 2021 was lower than England and Wales's.",
    E("lower than England and Wales's", F(ca < ew), "compare", f"OWID/UNODC 2021 per 100k: Canada {ca:.2f}, E&W {ew:.2f}", "false"))

one("o102_post_hackney_recovery.txt", "2026-03-14",
    "Hackney cycling group: fewer than one in ten stolen bikes are ever returned to their owners.",
    NV("fewer than one in ten stolen bikes", "property recovery is not recorded in the borough series"))

one("o103_bromley_repeat_shoplifters.txt", "2026-02-18",
    "Bromley traders say most shoplifting in the high street is down to a handful of repeat offenders.",
    NV("most shoplifting in the high street is down to a handful of repeat offenders", "offender identity and repeat offending are not in the open recorded-crime data"))

one("o104_southwark_alcohol.txt", "2026-03-19",
    "One in three violent incidents in Southwark's night-time economy involves alcohol, the council's licensing report says.",
    NV("One in three violent incidents", "alcohol involvement is not a field in the Met borough series"))

one("o105_dyfed_rural_crime.txt", "2023-03-02",
    "The NFU says rural crime such as farm machinery theft cost farmers in Dyfed-Powys £1.2m in 2022.",
    NV("cost farmers in Dyfed-Powys £1.2m", "financial losses are not in police.uk street files"))

one("o106_cumbria_safe.txt", "2023-02-01",
    "Cumbria remains a safe place to live, work and visit.",
    OP("a safe place to live, work and visit"))

one("o107_tweet_force_crisis.txt", "2026-02-12",
    "These figures are a damning indictment of a Met in crisis.",
    OP("a damning indictment of a Met in crisis"))

one("o108_retail_serious_crime.txt", "2026-02-10",
    "Shoplifting must be treated as a serious crime, not a minor nuisance.",
    OP("must be treated as a serious crime"))

one("o109_merseyside_praise.txt", "2023-01-26",
    "Merseyside Police are doing a superb job in very difficult circumstances.",
    OP("doing a superb job"))

# ================================================================ turns
drl = lyears(major="DRUG OFFENCES")
one("o110_explainer_drugs_turn.txt", "2025-01-27",
    "Drug offences recorded in London rose in 2024, ending three straight years of decline.",
    E("ending three straight years of decline", T(all(d[2024] > d[2023] and falls_in_a_row(d, 2023) == 3 for d in drl)), "turn",
      f"drug offences 2020-2024 all rows {[drl[0][y] for y in range(2020, 2025)]}, 32 boroughs {[drl[1][y] for y in range(2020, 2025)]}", "true"))

tot = lyears()
one("o111_chyron_total_crime_turn.txt", "2026-01-21",
    "TOTAL CRIME IN LONDON FALLS IN 2025 - FIRST DROP IN FIVE YEARS",
    E("FIRST DROP IN FIVE YEARS", T(all(t[2025] < t[2024] and rises_in_a_row(t, 2024) == 4 and t[2020] < t[2019] for t in tot)), "turn",
      f"all crime 2019-2025 all rows {[tot[0][y] for y in range(2019, 2026)]}, 32 boroughs {[tot[1][y] for y in range(2019, 2026)]}: rises 2021-2024, last fall 2020", "true"))

rbl = lyears(major="ROBBERY")
one("o112_tweet_robbery_turn.txt", "2025-01-30",
    "Robbery in London finally fell in 2024 after two years of increases.",
    E("finally fell in 2024", F(rbl[0][2024] < rbl[0][2023] or rbl[1][2024] < rbl[1][2023]), "turn",
      f"robbery 2022-2024 all rows {[rbl[0][y] for y in range(2022, 2025)]}, 32 boroughs {[rbl[1][y] for y in range(2022, 2025)]}: rose again in 2024", "false"))
