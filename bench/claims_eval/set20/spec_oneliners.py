"""set20 one-liners: ~90 one- or two-sentence units (tweets, headlines, chyrons, leaflets, quotes, press lines,
captions, infographics, radio lines, explainers, retail statements). Written blind; every factual claim is
designed true or false and proved by book.T / book.F on the raw files (truth20o.py). See README_oneliners.md.
"""
from truth20o import *  # noqa: F401,F403
from truth20o import (BOROUGHS32, L, bor, both, falls_in_a_row, knife_lon, knife_boroughs, last_higher,
                      last_lower, near, neither, pct, pct_is, rank_of, rises_in_a_row, victims, victims_by,
                      victims_years, force_street, col, cal, fy, months, r12, nyc, owid, ons_knife, met_ss, gla_pop,
                      SpecBook)

book = SpecBook()
E, one, T, F, NV, OP = book.E, book.one, book.T, book.F, book.NV, book.OP
YRS = range(2011, 2026)


def ser(major=None, minor=None, years=YRS):
    """{year: (all Met rows, 32 boroughs)} calendar years."""
    return {y: L(cal(y), major, minor) for y in years}


def pick(s, i):
    return {y: v[i] for y, v in s.items()}


def fmt(p):
    return f"{p[0]:,} (all Met rows) / {p[1]:,} (32 boroughs)"


def ratio_note(a, b):
    return f"{a:,} vs {b:,} ({pct(a, b):+.1f}%)"


# ------------------------------------------------------------------ London-wide MPS series (calendar years)
SHOP = ser(minor="SHOPLIFTING")
shop2010 = L(months(2010, 4, 2010, 12), minor="SHOPLIFTING")
one("o1_tweet_shoplifting.txt", "2026-03-20",
    "Shoplifting in London hit a record 88,000 offences in 2025, more than double the 2022 figure. Retailers are at breaking point. #retailcrime",
    E("a record", T(all(SHOP[2025][i] > max([SHOP[y][i] for y in YRS if y < 2025] + [shop2010[i]]) for i in (0, 1))), "record",
      f"MPS shoplifting 2025 {fmt(SHOP[2025])}; highest calendar year 2011-2025 (previous high 2024 {fmt(SHOP[2024])}; Apr-Dec 2010 {fmt(shop2010)})", "true"),
    E("88,000 offences", T(both(lambda x: near(88000, x), SHOP[2025])), "count", f"2025 {fmt(SHOP[2025])}: about 88,000", "true"),
    E("more than double the 2022 figure", T(all(SHOP[2025][i] > 2 * SHOP[2022][i] for i in (0, 1))), "compare",
      f"2025 {fmt(SHOP[2025])} vs 2022 {fmt(SHOP[2022])}: x{SHOP[2025][0] / SHOP[2022][0]:.2f}", "true"),
    OP("Retailers are at breaking point"))

BURG = ser(major="BURGLARY")
burg2010 = L(months(2010, 4, 2010, 12), "BURGLARY")
one("o2_headline_burglary.txt", "2026-03-18",
    "London burglaries fell to their lowest annual level on record in 2025",
    E("lowest annual level on record", T(all(BURG[2025][i] < min([BURG[y][i] for y in YRS if y < 2025] + [burg2010[i]]) for i in (0, 1))), "record",
      f"MPS burglary 2025 {fmt(BURG[2025])}; every earlier calendar year higher (2024 {fmt(BURG[2024])}, 2021 {fmt(BURG[2021])}; even Apr-Dec 2010 alone {fmt(burg2010)})", "true"))

ROB = ser(major="ROBBERY")
one("o3_chyron_robbery.txt", "2026-02-20",
    "MET FIGURES: ROBBERY IN LONDON DOWN MORE THAN 6% IN 2025",
    E("DOWN MORE THAN 6%", T(all(pct(ROB[2025][i], ROB[2024][i]) < -6 for i in (0, 1))), "change",
      f"MPS robbery 2025 vs 2024: {ratio_note(ROB[2025][0], ROB[2024][0])} all rows; {ratio_note(ROB[2025][1], ROB[2024][1])} 32 boroughs", "true"))

VAP = ser(major="VIOLENCE AGAINST THE PERSON")
one("o4_leaflet_violence.txt", "2026-04-02",
    "Violent crime in London has gone up every single year since Sadiq Khan was re-elected in 2021. Londoners deserve a Mayor who takes crime seriously.",
    E("gone up every single year", F(all(VAP[y][i] > VAP[y - 1][i] for y in (2022, 2023, 2024, 2025) for i in (0, 1))), "streak",
      f"MPS violence against the person: 2021 {VAP[2021][0]:,}, 2022 {VAP[2022][0]:,}, 2023 {VAP[2023][0]:,}, 2024 {VAP[2024][0]:,} (a fall), 2025 {VAP[2025][0]:,} (all rows; same pattern on 32 boroughs)", "false"),
    OP("Londoners deserve a Mayor who takes crime seriously"))

K25, K24 = knife_lon(cal(2025)), knife_lon(cal(2024))
one("o5_quote_cityhall_knife.txt", "2026-02-25",
    "\"Knife crime fell by more than 15 per cent across London last year, with over 2,500 fewer offences than in 2024,\" a City Hall spokesperson said.",
    E("fell by more than 15 per cent", T(all(pct(K25[i], K24[i]) < -15 for i in (0, 1))), "change",
      f"MPS dashboard knife crime offences 2025 vs 2024: {ratio_note(K25[0], K24[0])} (every borough-type row) / {ratio_note(K25[1], K24[1])} (32 boroughs)", "true"),
    E("over 2,500 fewer offences", T(all(K24[i] - K25[i] > 2500 for i in (0, 1))), "change",
      f"fall of {K24[0] - K25[0]:,} / {K24[1] - K25[1]:,} offences", "true"))

TFP = ser(minor="THEFT FROM THE PERSON")
TFP_FY25 = L(fy(2025), minor="THEFT FROM THE PERSON")
one("o6_tweet_phone_snatch.txt", "2026-02-20",
    "Theft from the person in London topped 100,000 offences in 2025. Phone snatchers are running riot.",
    E("topped 100,000 offences in 2025", F(any(TFP[2025][i] > 100000 for i in (0, 1))), "count",
      f"MPS theft from the person 2025 {fmt(TFP[2025])}; it was 2024 ({fmt(TFP[2024])}) that topped 100,000 (the unit says 'in 2025', not 'last year', because FY2024/25 is {fmt(TFP_FY25)})", "false"),
    OP("Phone snatchers are running riot"))

B25 = {b: bor(b, cal(2025)) for b in BOROUGHS32}
B24 = {b: bor(b, cal(2024)) for b in BOROUGHS32}
P25 = {b: gla_pop(b, 2025) for b in BOROUGHS32}
R25 = {b: 1000 * B25[b] / P25[b] for b in BOROUGHS32}
CH = {b: pct(B25[b], B24[b]) for b in BOROUGHS32}
one("o7_infographic_westminster.txt", "2026-03-25",
    "Westminster: most recorded crime of any London borough in 2025, with more than 83,000 offences, over twice Camden's total.",
    E("most recorded crime of any London borough", T(rank_of("Westminster", B25) == 1), "rank",
      f"MPS 2025 borough totals: Westminster {B25['Westminster']:,}, next Camden {B25['Camden']:,}", "true"),
    E("more than 83,000 offences", T(B25["Westminster"] > 83000), "count", f"Westminster 2025 {B25['Westminster']:,}", "true"),
    E("over twice Camden's total", T(B25["Westminster"] > 2 * B25["Camden"]), "compare",
      f"{B25['Westminster']:,} vs 2 x {B25['Camden']:,} = {2 * B25['Camden']:,}", "true"))

one("o8_council_westminster_rate.txt", "2026-04-10",
    "At more than 300 offences per 1,000 residents, Westminster's crime rate is distorted by the millions of visitors who come to the West End.",
    E("more than 300 offences per 1,000 residents", T(R25["Westminster"] > 300), "rate",
      f"Westminster 2025 {B25['Westminster']:,} / GLA 2025 population {P25['Westminster']:,} = {R25['Westminster']:.1f} per 1,000", "true"))

one("o9_fb_croydon.txt", "2026-03-05",
    "Croydon recorded more crime than Lambeth in 2025. Our town centre has been abandoned by the Met.",
    E("Croydon recorded more crime than Lambeth", F(B25["Croydon"] > B25["Lambeth"]), "compare",
      f"MPS 2025: Croydon {B25['Croydon']:,} vs Lambeth {B25['Lambeth']:,}", "false"),
    OP("Our town centre has been abandoned by the Met"))

one("o10_local_hillingdon.txt", "2026-03-12",
    "Recorded crime in Hillingdon rose by 6% in 2025, the biggest increase of any London borough.",
    E("rose by 6%", T(pct_is(6, B25["Hillingdon"], B24["Hillingdon"])), "change", f"Hillingdon {ratio_note(B25['Hillingdon'], B24['Hillingdon'])}", "true"),
    E("the biggest increase of any London borough", T(rank_of("Hillingdon", CH) == 1), "rank",
      f"largest % rise of the 32 boroughs: Hillingdon {CH['Hillingdon']:+.1f}%, next Kingston {CH['Kingston upon Thames']:+.1f}%", "true"))

nfall = sum(1 for b in BOROUGHS32 if CH[b] < 0)
one("o11_tweet_kingston.txt", "2026-03-14",
    "Kingston crime up 6% in 2025 while most London boroughs saw falls. What is going on? @KingstonCouncil",
    E("Kingston crime up 6%", T(pct_is(6, B25["Kingston upon Thames"], B24["Kingston upon Thames"])), "change",
      f"Kingston upon Thames {ratio_note(B25['Kingston upon Thames'], B24['Kingston upon Thames'])}", "true"),
    E("most London boroughs saw falls", T(nfall > 16), "direction", f"{nfall} of 32 boroughs recorded less crime in 2025 than in 2024", "true"))

one("o12_quote_newham.txt", "2026-03-15",
    "\"Crime in Newham went up 5% last year and the council has done nothing,\" said the opposition group leader.",
    E("went up 5% last year", F(pct_is(5, B25["Newham"], B24["Newham"])), "change", f"Newham 2025 vs 2024: {ratio_note(B25['Newham'], B24['Newham'])}", "false"),
    OP("the council has done nothing"))

one("o13_headline_richmond.txt", "2026-03-20",
    "Richmond upon Thames has the lowest crime rate in London, new figures show",
    E("lowest crime rate in London", T(rank_of("Richmond upon Thames", R25, desc=False) == 1 and rank_of("Richmond upon Thames", B25, desc=False) == 1), "rank",
      f"2025 per 1,000 (GLA 2025 pop): Richmond {R25['Richmond upon Thames']:.1f}, Sutton {R25['Sutton']:.1f}; also the lowest count ({B25['Richmond upon Thames']:,})", "true"))

# ------------------------------------------------------------------ homicide victims (Met homicide dashboard)
V = victims_years()
M21, M22 = victims_by(2021, "Method_of_Killing"), victims_by(2022, "Method_of_Killing")
one("o14_radio_homicide2021.txt", "2022-02-10",
    "Of the 131 people killed in London in 2021, 92 were stabbed, according to the Met's homicide figures.",
    E("131 people killed", T(V[2021] == 131), "count", f"Met homicide victims 2021: {V[2021]}", "true"),
    E("92 were stabbed", T(M21["Knife or Sharp Implement"] == 92), "count", f"2021 victims killed by knife or sharp implement: {M21['Knife or Sharp Implement']}", "true"))

one("o15_headline_knife_homicide.txt", "2023-01-20",
    "Knives were used in 70 killings in London in 2022, down from 92 the year before",
    E("Knives were used in 70 killings", T(M22["Knife or Sharp Implement"] == 70), "count", f"Met homicide victims 2022, knife or sharp implement: {M22['Knife or Sharp Implement']}", "true"),
    E("down from 92", T(M21["Knife or Sharp Implement"] == 92), "change", f"2021: {M21['Knife or Sharp Implement']}", "true"))

one("o16_explainer_2019.txt", "2020-01-15",
    "The 150 people killed in London in 2019 was the highest toll since 2007.",
    E("150 people killed", T(V[2019] == 150), "count", f"Met homicide victims 2019: {V[2019]}", "true"),
    E("highest toll since 2007", T(last_higher(V, 2019) == 2007), "record",
      f"victims 2007 {V[2007]}, 2008 {V[2008]}, 2017 {V[2017]}, 2018 {V[2018]}, 2019 {V[2019]}: last higher year 2007 (holds on both 'since' readings)", "true"))

H = ser(minor="HOMICIDE")
one("o17_tweet_homicide2021.txt", "2022-01-05",
    "131 killings in London in 2021 – the worst year for homicide in more than a decade.",
    E("131 killings", T(V[2021] == 131), "count", f"Met homicide victims 2021: {V[2021]} (MPS homicide offences {H[2021][0]} count offences, not people killed)", "true"),
    E("the worst year for homicide in more than a decade", F(last_higher(V, 2021) is None or last_higher(V, 2021) <= 2010 or
                                                              all(H[2021][i] > max(H[y][i] for y in range(2011, 2021)) for i in (0, 1))), "record",
      f"Met victims 2021 {V[2021]} < 2019 {V[2019]} and 2017 {V[2017]}; MPS homicide offences 2021 {H[2021][0]} < 2019 {H[2019][0]}: not a decade high on either count", "false"))

one("o18_tweet_nyc2016.txt", "2017-03-01",
    "New York recorded 330 murders in 2016, more than two and a half times as many as London.",
    E("330 murders", T(nyc(2016) == 330), "count", f"NYPD murders 2016 (CODE file): {nyc(2016)}", "true"),
    E("more than two and a half times as many as London", T(nyc(2016) > 2.5 * max(V[2016], *H[2016])), "compare",
      f"NYC {nyc(2016)} vs London victims {V[2016]} / MPS homicide offences {H[2016][0]}: x{nyc(2016) / V[2016]:.2f} / x{nyc(2016) / H[2016][0]:.2f}", "true"))

hf, hm = L(["201802"], minor="HOMICIDE"), L(["201803"], minor="HOMICIDE")
one("o19_headline_nyc_feb2018.txt", "2018-04-02",
    "London murder rate overtakes New York's: the capital saw more killings than NYC in February",
    E("the capital saw more killings than NYC in February", T(all(hf[i] > nyc(2018, 2) for i in (0, 1))), "compare",
      f"MPS homicide offences Feb 2018 {hf[0]} vs NYPD murders Feb 2018 {nyc(2018, 2)}", "true"))

one("o20_blog_nyc_2018.txt", "2019-01-20",
    "Over the whole of 2018, London recorded more murders than New York.",
    E("London recorded more murders than New York", F(V[2018] > nyc(2018) or H[2018][0] > nyc(2018)), "compare",
      f"2018: London victims {V[2018]} / MPS homicide offences {H[2018][0]} vs NYC {nyc(2018)}; (March 2018 alone: London {hm[0]} vs NYC {nyc(2018, 3)})", "false"))

uk21, us21, us22 = owid("United Kingdom", 2021), owid("United States", 2021), owid("United States", 2022)
one("o21_explainer_owid.txt", "2023-09-01",
    "The UK's homicide rate is about 1.1 per 100,000 people, less than a fifth of the US rate.",
    E("about 1.1 per 100,000", T(near(1.1, uk21, 0.05)), "rate", f"OWID/UNODC United Kingdom 2021 (latest UK year): {uk21:.2f}", "true"),
    E("less than a fifth of the US rate", T(uk21 < us21 / 5 and uk21 < us22 / 5), "compare", f"US 2021 {us21:.2f}, 2022 {us22:.2f}; UK/US = {uk21 / us21:.2f}", "true"))

fr21, de21 = owid("France", 2021), owid("Germany", 2021)
one("o22_podcast_owid_europe.txt", "2023-10-10",
    "People assume Britain is more violent than the continent, but in 2021 our homicide rate was lower than Germany's.",
    E("our homicide rate was lower than Germany's", F(uk21 < de21 or owid("England and Wales", 2021) < de21), "compare",
      f"OWID/UNODC 2021: UK {uk21:.2f}, England and Wales {owid('England and Wales', 2021):.2f}, Germany {de21:.2f}, France {fr21:.2f}", "false"))

# ------------------------------------------------------------------ ONS knife series (force / region, years as labelled)
mk = {y: ons_knife("Metropolitan Police", y) for y in range(2009, 2020)}
one("o23_charity_met_knife.txt", "2020-01-30",
    "Knife offences recorded by the Met rose by more than half between 2015 and 2019, a youth charity warned.",
    E("rose by more than half between 2015 and 2019", T(mk[2019] > 1.5 * mk[2015]), "change",
      f"ONS knife or sharp instrument offences, Metropolitan Police: 2015 {mk[2015]:,}, 2019 {mk[2019]:,} ({pct(mk[2019], mk[2015]):+.1f}%)", "true"))

wm = {y: ons_knife("West Midlands", y) for y in range(2009, 2020)}
one("o24_mp_west_midlands.txt", "2020-02-05",
    "In the West Midlands, knife crime has more than doubled since 2013. Ministers have simply looked the other way.",
    E("more than doubled since 2013", T(wm[2019] > 2 * wm[2013]), "change", f"ONS knife offences West Midlands 2013 {wm[2013]:,}, 2019 {wm[2019]:,}", "true"),
    OP("Ministers have simply looked the other way"))

mer = {y: ons_knife("Merseyside", y) for y in range(2009, 2020)}
one("o25_radio_merseyside_knife.txt", "2020-02-10",
    "Merseyside bucked the national trend, with knife crime falling in 2019.",
    E("knife crime falling in 2019", F(mer[2019] < mer[2018]), "direction", f"ONS knife offences Merseyside 2018 {mer[2018]:,}, 2019 {mer[2019]:,}", "false"))

gm = {y: ons_knife("Greater Manchester", y) for y in range(2009, 2020)}
one("o26_tweet_gmp_knife.txt", "2020-02-12",
    "Greater Manchester knife crime nearly doubled in a single year – 1,953 offences to 3,620.",
    E("nearly doubled in a single year", T(1.8 <= gm[2019] / gm[2018] < 2), "change", f"ONS knife offences GMP 2018 {gm[2018]:,}, 2019 {gm[2019]:,} (x{gm[2019] / gm[2018]:.2f})", "true"),
    E("1,953 offences to 3,620", T(gm[2018] == 1953 and gm[2019] == 3620), "count", "as above", "true"))

# ------------------------------------------------------------------ police.uk street files, other forces (Jan-Nov 2022)
MM = months(2022, 1, 2022, 11)
merm = {ym: force_street("merseyside", [ym]) for ym in MM}
one("o27_tweet_merseyside_monthly.txt", "2023-01-05",
    "Merseyside Police logged more than 15,000 crimes and anti-social behaviour incidents every month of 2022 so far.",
    E("more than 15,000 crimes and anti-social behaviour incidents every month", F(min(merm.values()) > 15000), "count",
      f"police.uk street rows Merseyside Jan-Nov 2022 by month: {merm}; February {merm['202202']:,} is below 15,000", "false"))

mv = force_street("merseyside", MM, "Violence and sexual offences")
mall, mcrime = force_street("merseyside", MM), force_street("merseyside", MM, crime_only=True)
one("o28_caption_merseyside_share.txt", "2023-01-06",
    "Violence and sexual offences make up more than a third of everything on Merseyside's police.uk crime map for January to November 2022.",
    E("more than a third", T(mv / mall > 1 / 3 and mv / mcrime > 1 / 3), "share",
      f"Jan-Nov 2022: {mv:,} of {mall:,} rows with ASB ({100 * mv / mall:.1f}%) / of {mcrime:,} crimes ({100 * mv / mcrime:.1f}%)", "true"))

syb, meb = force_street("south-yorkshire", MM, "Burglary"), force_street("merseyside", MM, "Burglary")
one("o29_headline_sy_burglary.txt", "2023-01-10",
    "South Yorkshire recorded nearly twice as many burglaries as Merseyside in the first 11 months of 2022",
    E("nearly twice as many burglaries as Merseyside", T(1.8 <= syb / meb < 2), "compare", f"police.uk Jan-Nov 2022 burglary: South Yorkshire {syb:,}, Merseyside {meb:,} (x{syb / meb:.2f})", "true"))

cr = force_street("cumbria", MM, "Robbery")
one("o30_pcc_cumbria.txt", "2023-01-12",
    "Cumbria remains one of the safest places in the country: just 141 robberies were recorded between January and November 2022.",
    OP("one of the safest places in the country"),
    E("just 141 robberies", T(cr == 141), "count", f"police.uk Cumbria robbery Jan-Nov 2022: {cr}", "true"))

bb = force_street("btp", MM, "Bicycle theft")
btpm = {ym: force_street("btp", [ym]) for ym in MM}
one("o31_btp_bikes.txt", "2023-01-15",
    "British Transport Police recorded 5,205 bicycle thefts on the rail network between January and November 2022, and August was its busiest month for crime overall.",
    E("5,205 bicycle thefts", T(bb == 5205), "count", f"police.uk BTP bicycle theft Jan-Nov 2022: {bb:,}", "true"),
    E("August was its busiest month", T(max(btpm, key=btpm.get) == "202208"), "rank", f"BTP rows by month: {btpm}", "true"))

dr = force_street("dyfed-powys", MM, "Robbery")
one("o32_local_dyfed_robbery.txt", "2023-01-16",
    "Dyfed-Powys recorded fewer than 50 robberies in the first 11 months of 2022.",
    E("fewer than 50 robberies", F(dr < 50), "count", f"police.uk Dyfed-Powys robbery Jan-Nov 2022: {dr}", "false"))

sws, mes = force_street("south-wales", MM, "Shoplifting"), force_street("merseyside", MM, "Shoplifting")
one("o33_retail_south_wales.txt", "2023-01-20",
    "South Wales Police recorded more shoplifting offences than Merseyside Police between January and November 2022.",
    E("more shoplifting offences than Merseyside Police", T(sws > mes), "compare", f"police.uk Jan-Nov 2022 shoplifting: South Wales {sws:,}, Merseyside {mes:,}", "true"))

dpm = {ym: force_street("dyfed-powys", [ym]) for ym in MM}
one("o34_caption_dyfed_summer.txt", "2022-12-20",
    "Crime and ASB in Dyfed-Powys peaked in August, as the summer tourist season brought more visitors to the region.",
    E("peaked in August", T(max(dpm, key=dpm.get) == "202208"), "rank", f"police.uk Dyfed-Powys rows by month (Jan-Nov 2022): {dpm}", "true"))

syasb, swasb = force_street("south-yorkshire", MM, "Anti-social behaviour"), force_street("south-wales", MM, "Anti-social behaviour")
one("o35_tweet_sy_asb.txt", "2023-01-08",
    "South Wales had more anti-social behaviour on police.uk than South Yorkshire from January to November 2022.",
    E("more anti-social behaviour on police.uk than South Yorkshire", F(swasb > syasb), "compare", f"ASB Jan-Nov 2022: South Wales {swasb:,}, South Yorkshire {syasb:,}", "false"))

mdrug, sydrug = force_street("merseyside", MM, "Drugs"), force_street("south-yorkshire", MM, "Drugs")
one("o36_blog_merseyside_drugs.txt", "2023-01-18",
    "Merseyside recorded more than three times as many drug offences as South Yorkshire in 2022's first 11 months, a sign of proactive policing rather than more dealing.",
    E("more than three times as many drug offences as South Yorkshire", T(mdrug > 3 * sydrug), "compare", f"police.uk Drugs Jan-Nov 2022: Merseyside {mdrug:,}, South Yorkshire {sydrug:,} (x{mdrug / sydrug:.2f})", "true"),
    NV("a sign of proactive policing rather than more dealing", "why drug offences were recorded (proactive policing vs more dealing) is not in the street files"))

# ------------------------------------------------------------------ City of London Police (police.uk street files)
cs = {y: col(cal(y), "Shoplifting") for y in (2024, 2025)}
cb = {y: col(cal(y), "Bicycle theft") for y in (2024, 2025)}
ct = {y: col(cal(y), "Theft from the person") for y in (2024, 2025)}
one("o37_col_press.txt", "2026-02-05",
    "City of London Police: shoplifting in the Square Mile fell by 10% in 2025 and theft from the person by nearly a fifth.",
    E("fell by 10%", T(pct_is(-10, cs[2025], cs[2024])), "change", f"police.uk CoL shoplifting 2025 vs 2024: {ratio_note(cs[2025], cs[2024])}", "true"),
    E("theft from the person by nearly a fifth", T(-20 < pct(ct[2025], ct[2024]) <= -17), "change", f"CoL theft from the person {ratio_note(ct[2025], ct[2024])}", "true"))

one("o38_tweet_col_bikes.txt", "2026-02-08",
    "Good news for City cyclists: bike theft in the Square Mile fell last year.",
    E("bike theft in the Square Mile fell last year", F(cb[2025] < cb[2024]), "direction", f"police.uk CoL bicycle theft 2024 {cb[2024]}, 2025 {cb[2025]}", "false"))

c24, c25 = col(cal(2024)), col(cal(2025))
c24c, c25c = col(cal(2024), crime_only=True), col(cal(2025), crime_only=True)
one("o39_bid_col_total.txt", "2026-02-12",
    "Recorded crime in the City of London dropped by around a tenth in 2025, to fewer than 9,000 incidents.",
    E("dropped by around a tenth", T(-12.5 <= pct(c25, c24) <= -8 and -12.5 <= pct(c25c, c24c) <= -8), "change",
      f"police.uk CoL rows 2025 vs 2024: {ratio_note(c25, c24)} incl. ASB; {ratio_note(c25c, c24c)} crimes only", "true"),
    E("fewer than 9,000 incidents", T(c25 < 9000), "count", f"CoL 2025: {c25:,} rows incl. ASB ({c25c:,} crimes)", "true"))

# ------------------------------------------------------------------ Met dashboard knife crime, financial years and boroughs
KF = {y: knife_lon(fy(y)) for y in (2023, 2024, 2025)}
one("o40_tory_knife_fy.txt", "2025-04-25",
    "Knife crime in London rose by around 7% in 2024/25 – the Mayor's promises are not worth the paper they're written on.",
    E("rose by around 7% in 2024/25", T(all(pct_is(7, KF[2025][i], KF[2024][i]) for i in (0, 1))), "change",
      f"MPS dashboard knife crime FY2024/25 vs FY2023/24: {ratio_note(KF[2025][0], KF[2024][0])} (all rows) / {ratio_note(KF[2025][1], KF[2024][1])} (32 boroughs)", "true"),
    OP("the Mayor's promises are not worth the paper they're written on"))

VY = {y: knife_lon(fy(y), "Knife Injury Victims (1-24)") for y in (2024, 2025)}
VN = {y: knife_lon(fy(y), "Knife Injury Victims (non DA 1-24)") for y in (2024, 2025)}
one("o41_mopac_young_victims.txt", "2025-04-28",
    "The number of young people aged under 25 injured with a knife fell in 2024/25, MOPAC said.",
    E("injured with a knife fell in 2024/25", T(all(VY[2025][i] < VY[2024][i] and VN[2025][i] < VN[2024][i] for i in (0, 1))), "direction",
      f"MPS dashboard 'Knife Injury Victims (1-24)' FY2024/25 {VY[2025][0]:,} vs FY2023/24 {VY[2024][0]:,} (32 boroughs {VY[2025][1]:,} vs {VY[2024][1]:,}); non-domestic series '(non DA 1-24)' {VN[2025][0]:,} vs {VN[2024][0]:,} ({VN[2025][1]:,} vs {VN[2024][1]:,}): falls on every reading", "true"))

KB25, KB24 = knife_boroughs(fy(2025)), knife_boroughs(fy(2024))
KB25 = {b: KB25[b] for b in BOROUGHS32}
KB24 = {b: KB24[b] for b in BOROUGHS32}
one("o42_headline_lambeth_knife.txt", "2025-05-02",
    "Lambeth recorded more knife crime than any other London borough in 2024/25",
    E("more knife crime than any other London borough", T(rank_of("Lambeth", KB25) == 1), "rank",
      f"MPS dashboard knife crime FY2024/25: Lambeth {KB25['Lambeth']}, Westminster {KB25['Westminster']}, Newham {KB25['Newham']}", "true"))

one("o43_local_lewisham_knife.txt", "2025-05-06",
    "Knife offences in Lewisham jumped by 37% in 2024/25, while neighbouring Croydon saw a 20% fall.",
    E("jumped by 37%", T(pct_is(37, KB25["Lewisham"], KB24["Lewisham"])), "change", f"Lewisham {ratio_note(KB25['Lewisham'], KB24['Lewisham'])}", "true"),
    E("Croydon saw a 20% fall", F(pct_is(-20, KB25["Croydon"], KB24["Croydon"])), "change", f"Croydon {ratio_note(KB25['Croydon'], KB24['Croydon'])}: a 14% fall", "false"))

one("o44_fb_haringey_knife.txt", "2025-05-10",
    "Haringey had more knife crime than any other borough in London last financial year. Tottenham deserves better.",
    E("more knife crime than any other borough", F(rank_of("Haringey", KB25) == 1), "rank",
      f"FY2024/25 dashboard: Haringey {KB25['Haringey']} is ranked {rank_of('Haringey', KB25)} (Lambeth {KB25['Lambeth']} top)", "false"),
    OP("Tottenham deserves better"))

KC25 = {b: v for b, v in knife_boroughs(cal(2025)).items() if b in BOROUGHS32}
one("o45_tweet_newham_knife.txt", "2026-02-18",
    "Newham had the highest number of knife crime offences of any borough in 2025.",
    E("the highest number of knife crime offences of any borough", T(rank_of("Newham", KC25) == 1), "rank",
      f"MPS dashboard calendar 2025: Newham {KC25['Newham']}, Westminster {KC25['Westminster']}, Southwark {KC25['Southwark']}", "true"))

KR26, KR25 = knife_lon(r12(2026, 2)), knife_lon(r12(2025, 2))
one("o46_chyron_knife_rising.txt", "2026-03-22",
    "KNIFE CRIME STILL RISING ACROSS LONDON",
    E("KNIFE CRIME STILL RISING", F(any(KR26[i] > KR25[i] for i in (0, 1)) or any(K25[i] > K24[i] for i in (0, 1))), "direction",
      f"12 months to Feb 2026 {KR26[0]:,} vs {KR25[0]:,} a year earlier; calendar 2025 {K25[0]:,} vs 2024 {K24[0]:,}: falling on every reading", "false"))

# ------------------------------------------------------------------ rolling 12 months to February 2026 (MPS)
def r12pair(major=None, minor=None):
    return L(r12(2026, 2), major, minor), L(r12(2025, 2), major, minor)


rb = r12pair("BURGLARY")
rt = r12pair("THEFT")
rv = r12pair("VIOLENCE AGAINST THE PERSON")
rs = r12pair("SEXUAL OFFENCES")
one("o47_met_press_r12.txt", "2026-03-25",
    "In the 12 months to February, burglary in London is down more than 8% and theft down by around a tenth, the Met said.",
    E("burglary in London is down more than 8%", T(all(pct(rb[0][i], rb[1][i]) < -8 for i in (0, 1))), "change",
      f"MPS burglary 12m to Feb 2026 vs 12m to Feb 2025: {ratio_note(rb[0][0], rb[1][0])} / 32 boroughs {ratio_note(rb[0][1], rb[1][1])}", "true"),
    E("theft down by around a tenth", T(all(-11 <= pct(rt[0][i], rt[1][i]) <= -9 for i in (0, 1))), "change",
      f"theft {ratio_note(rt[0][0], rt[1][0])} / {ratio_note(rt[0][1], rt[1][1])}", "true"))

one("o48_tweet_violence_down.txt", "2026-03-26",
    "Violence against the person is down in London over the last year too. The strategy is working.",
    E("Violence against the person is down", F(any(rv[0][i] < rv[1][i] for i in (0, 1)) or any(VAP[2025][i] < VAP[2024][i] for i in (0, 1))), "direction",
      f"12m to Feb 2026 {rv[0][0]:,} vs {rv[1][0]:,} ({pct(rv[0][0], rv[1][0]):+.1f}%); calendar 2025 {VAP[2025][0]:,} vs 2024 {VAP[2024][0]:,}: up on every reading", "false"),
    OP("The strategy is working"))

SX = ser(major="SEXUAL OFFENCES")
RP = ser(minor="RAPE")
one("o49_charity_sexual_offences.txt", "2026-03-28",
    "Sexual offences rose by more than 5% in the 12 months to February 2026, and recorded rapes passed 9,600 in 2025, the highest on record.",
    E("Sexual offences rose by more than 5%", T(all(pct(rs[0][i], rs[1][i]) > 5 for i in (0, 1))), "change",
      f"MPS sexual offences 12m to Feb 2026 {ratio_note(rs[0][0], rs[1][0])} / {ratio_note(rs[0][1], rs[1][1])}", "true"),
    E("recorded rapes passed 9,600", T(all(RP[2025][i] > 9600 for i in (0, 1))), "count", f"MPS rape 2025 {fmt(RP[2025])}", "true"),
    E("the highest on record", T(all(RP[2025][i] > max(RP[y][i] for y in YRS if y < 2025) for i in (0, 1))), "record",
      "previous highs: all rows " + f"{max(RP[y][0] for y in YRS if y < 2025):,}" + ", 32 boroughs " + f"{max(RP[y][1] for y in YRS if y < 2025):,}", "true"))

BK = ser(minor="BICYCLE THEFT", years=range(2011, 2026))
one("o50_cycling_bike_theft.txt", "2026-02-15",
    "Bike theft in London has fallen by more than a third since 2020, though cyclists still tell us it is their biggest worry.",
    E("fallen by more than a third since 2020", T(all(BK[2025][i] < BK[2020][i] * 2 / 3 for i in (0, 1))), "change",
      f"MPS bicycle theft 2020 {fmt(BK[2020])}, 2025 {fmt(BK[2025])} ({pct(BK[2025][0], BK[2020][0]):+.1f}% / {pct(BK[2025][1], BK[2020][1]):+.1f}%); a year-by-year streak is avoided: 2024 rose on the 32-borough reading", "true"),
    NV("cyclists still tell us it is their biggest worry", "cyclists' worries are a survey matter, not in recorded crime"))

TD = ser(minor="TRAFFICKING OF DRUGS")
one("o51_explainer_drugs.txt", "2026-03-01",
    "Drug trafficking offences in London have more than doubled since 2022, driven by police activity rather than more dealing.",
    E("more than doubled since 2022", T(all(TD[2025][i] > 2 * TD[2022][i] for i in (0, 1))), "change", f"MPS trafficking of drugs 2022 {fmt(TD[2022])}, 2025 {fmt(TD[2025])}", "true"),
    NV("driven by police activity rather than more dealing", "the cause of a rise in recorded trafficking is not in the data"))

RBP = ser(minor="ROBBERY OF BUSINESS PROPERTY")
one("o52_retail_robbery.txt", "2026-02-20",
    "Robberies of shops and businesses in London more than tripled between 2022 and 2025, the trade association said.",
    E("more than tripled between 2022 and 2025", T(all(RBP[2025][i] > 3 * RBP[2022][i] for i in (0, 1))), "change",
      f"MPS robbery of business property 2022 {fmt(RBP[2022])}, 2025 {fmt(RBP[2025])}", "true"))

VEH = ser(major="VEHICLE OFFENCES")
one("o53_insurer_vehicle.txt", "2026-02-22",
    "Vehicle crime in London fell to its lowest level since 2014 last year.",
    E("lowest level since 2014", F(any(last_lower(pick(VEH, i), 2025) == 2014 or VEH[2025][i] < min(VEH[y][i] for y in range(2015, 2025)) for i in (0, 1))), "record",
      f"MPS vehicle offences 2014 {VEH[2014][0]:,}, 2015 {VEH[2015][0]:,}, 2025 {VEH[2025][0]:,}: 2015 was also lower than 2025, so the lowest since 2015, not 2014", "false"))

PW = ser(major="POSSESSION OF WEAPONS")
one("o54_quote_weapons.txt", "2026-03-10",
    "\"Weapon possession offences rose by more than 15% in 2025 because our officers are out there finding them,\" the borough commander said.",
    E("rose by more than 15% in 2025", T(all(pct(PW[2025][i], PW[2024][i]) > 15 for i in (0, 1))), "change",
      f"MPS possession of weapons 2025 vs 2024: {ratio_note(PW[2025][0], PW[2024][0])} / {ratio_note(PW[2025][1], PW[2024][1])}", "true"),
    NV("because our officers are out there finding them", "why the offences were recorded (proactive searches) is not in the series"))

PO = ser(major="PUBLIC ORDER OFFENCES")
one("o55_tweet_public_order.txt", "2026-03-11",
    "Public order offences hit a record high in London in 2025.",
    E("hit a record high", F(any(PO[2025][i] > max(PO[y][i] for y in YRS if y < 2025) for i in (0, 1))), "record",
      f"MPS public order 2025 {fmt(PO[2025])} < 2023 {fmt(PO[2023])}", "false"))

ALL = ser()
one("o56_chyron_total_2025.txt", "2026-02-10",
    "RECORDED CRIME IN LONDON FELL IN 2025 TO AROUND 910,000 OFFENCES",
    E("FELL IN 2025", T(all(ALL[2025][i] < ALL[2024][i] for i in (0, 1))), "direction",
      f"MPS all crime (excl. NFIB) 2025 {fmt(ALL[2025])} vs 2024 {fmt(ALL[2024])}", "true"),
    E("AROUND 910,000 OFFENCES", T(both(lambda x: near(910000, x), ALL[2025])), "count", f"2025 {fmt(ALL[2025])}", "true"))

one("o57_podcast_first_fall.txt", "2026-02-12",
    "Last year was the first time overall crime in London fell since the pandemic year of 2020.",
    E("the first time overall crime in London fell since", T(all(rises_in_a_row(pick(ALL, i), 2024) == 4 and ALL[2020][i] < ALL[2019][i] for i in (0, 1))), "turn",
      "MPS all crime " + ", ".join(f"{y} {ALL[y][0]:,}" for y in range(2019, 2026)) + ": rises 2021-2024, fall 2025; last earlier fall 2020 (same on 32 boroughs)", "true"))

one("o58_retail_shoplifting_2024.txt", "2025-01-25",
    "Shoplifting in London soared by half in 2024, with more than 85,000 offences recorded.",
    E("soared by half in 2024", T(all(48 <= pct(SHOP[2024][i], SHOP[2023][i]) <= 53 for i in (0, 1))), "change",
      f"MPS shoplifting 2024 vs 2023: {ratio_note(SHOP[2024][0], SHOP[2023][0])} / {ratio_note(SHOP[2024][1], SHOP[2023][1])}", "true"),
    E("more than 85,000 offences", T(all(SHOP[2024][i] > 85000 for i in (0, 1))), "count", f"2024 {fmt(SHOP[2024])}", "true"))

VWI = ser(minor="VIOLENCE WITH INJURY")
one("o59_leaflet_vwi.txt", "2026-04-05",
    "Violence with injury in London is at its lowest level since 2012.",
    E("lowest level since 2012", F(any(last_lower(pick(VWI, i), 2025) == 2012 or VWI[2025][i] < min(VWI[y][i] for y in range(2013, 2025)) for i in (0, 1))), "record",
      f"MPS violence with injury 2013 {VWI[2013][0]:,}, 2014 {VWI[2014][0]:,}, 2025 {VWI[2025][0]:,}: last lower year is {last_lower(pick(VWI, 0), 2025)} (lowest since 2013; 2013 was lower, so not the lowest since 2012 on either reading of 'since')", "false"))

TK = ser(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
one("o60_tweet_car_theft.txt", "2026-02-28",
    "Car thefts in London fell in 2025 for the first time in years.",
    E("fell in 2025", T(all(TK[2025][i] < TK[2024][i] for i in (0, 1))), "direction", f"MPS theft or unauthorised taking of a motor vehicle 2024 {fmt(TK[2024])}, 2025 {fmt(TK[2025])}", "true"),
    E("for the first time in years", T(all(rises_in_a_row(pick(TK, i), 2024) >= 3 for i in (0, 1))), "turn",
      "rises " + ", ".join(f"{y} {TK[y][0]:,}" for y in range(2020, 2026)), "true"))

# ------------------------------------------------------------------ borough lines (MPS 2025 vs 2024)
def bline(b, major=None, minor=None):
    a, z = bor(b, cal(2025), major, minor), bor(b, cal(2024), major, minor)
    return a, z


lr = bline("Lambeth", "ROBBERY")
one("o61_lambeth_robbery.txt", "2026-03-03",
    "Lambeth Council welcomes a 26% fall in robbery in the borough in 2025.",
    E("a 26% fall in robbery", T(pct_is(-26, *lr)), "change", f"MPS Lambeth robbery {ratio_note(*lr)}", "true"))

th = bline("Tower Hamlets", minor="SHOPLIFTING")
one("o62_th_shoplifting.txt", "2026-03-04",
    "Shoplifting in Tower Hamlets rose by a quarter in 2025. Businesses on Roman Road are suffering.",
    E("rose by a quarter in 2025", T(23 <= pct(*th) <= 27), "change", f"MPS Tower Hamlets shoplifting {ratio_note(*th)}", "true"),
    NV("Businesses on Roman Road are suffering", "the state of businesses on one road is not a recorded-crime figure"))

hs = bline("Haringey", minor="SHOPLIFTING")
one("o63_haringey_shoplifting.txt", "2026-03-04",
    "Haringey shoplifting up by almost a third in 2025.",
    E("up by almost a third", T(28 <= pct(*hs) < 33.4), "change", f"MPS Haringey shoplifting {ratio_note(*hs)}", "true"))

cs_ = bline("Croydon", minor="SHOPLIFTING")
one("o64_croydon_shoplifting.txt", "2026-03-06",
    "Croydon's shoplifting crackdown has paid off, with offences down by a quarter in 2025.",
    E("offences down by a quarter", T(-27 <= pct(*cs_) <= -23), "change", f"MPS Croydon shoplifting {ratio_note(*cs_)}", "true"),
    OP("Croydon's shoplifting crackdown has paid off"))

sb = bline("Southwark", "BURGLARY")
one("o65_southwark_burglary.txt", "2026-03-07",
    "Burglary in Southwark fell in 2025, bucking the London trend.",
    E("Burglary in Southwark fell in 2025", F(sb[0] < sb[1]), "direction", f"MPS Southwark burglary 2024 {sb[1]:,}, 2025 {sb[0]:,} (it rose; London fell)", "false"))


nb = bline("Newham", "BURGLARY")
one("o66_newham_burglary.txt", "2026-03-08",
    "Newham Mayor: burglary in the borough down by a third last year",
    E("down by a third", F(-36 <= pct(*nb) <= -30), "change", f"MPS Newham burglary {ratio_note(*nb)}: a fall of about a fifth, not a third", "false"))

eb = bline("Enfield")
one("o67_enfield_false.txt", "2026-03-09",
    "Crime in Enfield rose again in 2025 – residents are fed up.",
    E("Crime in Enfield rose again in 2025", F(eb[0] > eb[1]), "direction", f"MPS Enfield all crime 2024 {eb[1]:,}, 2025 {eb[0]:,}", "false"),
    OP("residents are fed up"))

wf = bline("Waltham Forest")
one("o68_waltham_forest.txt", "2026-03-10",
    "Waltham Forest saw one of the biggest drops in crime in London in 2025, down 7%.",
    E("down 7%", T(pct_is(-7, *wf)), "change", f"MPS Waltham Forest {ratio_note(*wf)}", "true"),
    E("one of the biggest drops in crime in London", T(rank_of("Waltham Forest", CH, desc=False) <= 3), "rank",
      f"rank {rank_of('Waltham Forest', CH, desc=False)} of 32 by % change (Westminster {CH['Westminster']:+.1f}%, Waltham Forest {CH['Waltham Forest']:+.1f}%)", "true"))

one("o69_camden_rate.txt", "2026-03-21",
    "Camden has the second-highest crime rate of any London borough, after Westminster.",
    E("the second-highest crime rate of any London borough", T(rank_of("Camden", R25) == 2), "rank",
      f"2025 per 1,000 (GLA 2025): Westminster {R25['Westminster']:.1f}, Camden {R25['Camden']:.1f}, Kensington and Chelsea {R25['Kensington and Chelsea']:.1f}", "true"))

one("o70_islington_hackney.txt", "2026-03-22",
    "Islington has a higher crime rate than Hackney, at around 125 offences per 1,000 people.",
    E("a higher crime rate than Hackney", T(R25["Islington"] > R25["Hackney"]), "compare", f"2025: Islington {R25['Islington']:.1f}, Hackney {R25['Hackney']:.1f} per 1,000", "true"),
    E("around 125 offences per 1,000 people", T(near(125, R25["Islington"], 0.02)), "rate", f"Islington {B25['Islington']:,} / {P25['Islington']:,}", "true"))

one("o71_sutton_rate_false.txt", "2026-03-23",
    "Sutton has the lowest crime rate of any London borough.",
    E("the lowest crime rate of any London borough", F(rank_of("Sutton", R25, desc=False) == 1), "rank",
      f"2025 per 1,000: Richmond {R25['Richmond upon Thames']:.1f} lowest, Sutton {R25['Sutton']:.1f} ({rank_of('Sutton', R25, desc=False)}nd lowest)", "false"))

one("o72_barnet_rate.txt", "2026-03-24",
    "Barnet, London's most populous borough, has a crime rate of under 60 offences per 1,000 residents.",
    E("under 60 offences per 1,000 residents", F(R25["Barnet"] < 60), "rate", f"Barnet 2025 {B25['Barnet']:,} / GLA 2025 {P25['Barnet']:,} = {R25['Barnet']:.1f} per 1,000", "false"))

ea = bline("Ealing", "VIOLENCE AGAINST THE PERSON")
one("o73_ealing_violence.txt", "2026-03-12",
    "Violent crime in Ealing went up by 5% in 2025, to more than 11,000 offences.",
    E("went up by 5% in 2025", T(pct_is(5, *ea)), "change", f"MPS Ealing violence against the person {ratio_note(*ea)}", "true"),
    E("more than 11,000 offences", F(ea[0] > 11000), "count", f"Ealing 2025 {ea[0]:,}", "false"))

cv = bline("Croydon", "VIOLENCE AGAINST THE PERSON")
VB25 = {b: bor(b, cal(2025), "VIOLENCE AGAINST THE PERSON") for b in BOROUGHS32}
one("o74_croydon_violence_rank.txt", "2026-03-13",
    "Only Westminster recorded more violence against the person than Croydon in 2025.",
    E("Only Westminster recorded more violence against the person than Croydon", T(rank_of("Croydon", VB25) == 2 and rank_of("Westminster", VB25) == 1), "rank",
      f"MPS 2025 violence against the person: Croydon {VB25['Croydon']:,}, Westminster {VB25['Westminster']:,}, Newham {VB25['Newham']:,}", "true"))

bv = bline("Brent", "VEHICLE OFFENCES")
one("o75_brent_vehicle.txt", "2026-03-14",
    "Vehicle crime in Brent fell by 10% in 2025.",
    E("fell by 10%", F(pct_is(-10, *bv)), "change", f"MPS Brent vehicle offences {ratio_note(*bv)}: a 20% fall, twice the claimed drop", "false"))

hk = bline("Hackney", "ROBBERY")
HKR = {y: bor("Hackney", cal(y), "ROBBERY") for y in range(2011, 2026)}
one("o76_hackney_robbery.txt", "2026-03-15",
    "Hackney recorded fewer than 1,700 robberies in 2025, its lowest total since 2022.",
    E("fewer than 1,700 robberies", T(hk[0] < 1700), "count", f"MPS Hackney robbery 2025 {hk[0]:,} (2024 {hk[1]:,})", "true"),
    E("its lowest total since 2022", F(last_lower(HKR, 2025) == 2022 or all(HKR[2025] < HKR[y] for y in range(2023, 2025))), "record",
      "Hackney robbery " + ", ".join(f"{y} {HKR[y]:,}" for y in range(2020, 2026)) + ": 2023 was lower than 2025, so not the lowest since 2022 on either reading", "false"))

bs = bline("Bromley", "SEXUAL OFFENCES")
one("o77_bromley_sexual.txt", "2026-03-16",
    "Sexual offences in Bromley rose by a fifth in 2025.",
    E("rose by a fifth", T(18 <= pct(*bs) <= 22), "change", f"MPS Bromley sexual offences {ratio_note(*bs)}", "true"))

# ------------------------------------------------------------------ Met stop and search (police.uk, Q1 2018)
ss = {ym: met_ss([ym]) for ym in ("201801", "201802", "201803")}
one("o78_ss_q1_2018.txt", "2018-04-20",
    "The Met carried out more than 33,000 stop and searches in the first three months of 2018, with January the busiest month.",
    E("more than 33,000 stop and searches", T(sum(ss.values()) > 33000), "count", f"police.uk Met stop-and-search rows: {ss}, total {sum(ss.values()):,}", "true"),
    E("January the busiest month", T(max(ss, key=ss.get) == "201801"), "rank", "as above", "true"))

# ------------------------------------------------------------------ unverifiable and opinion one-liners
one("o79_retail_unreported.txt", "2026-01-28",
    "Nine in ten shoplifting incidents are never reported to the police, and retail crime cost businesses £2.2bn last year.",
    NV("Nine in ten shoplifting incidents are never reported", "unreported crime is by definition not in police-recorded data (a retailers' survey figure)"),
    NV("retail crime cost businesses £2.2bn", "the cost of crime to retailers is not in the open data"))

one("o80_tweet_burglary_solved.txt", "2026-02-03",
    "Only 5% of burglaries in London are solved. Criminals know they'll get away with it.",
    NV("Only 5% of burglaries in London are solved", "the MPS borough series has no outcomes; police.uk outcomes are not held for the Met"),
    OP("Criminals know they'll get away with it"))

one("o81_assembly_response.txt", "2026-02-16",
    "Average emergency response times in Bexley have slipped to 14 minutes, an Assembly member claimed.",
    NV("Average emergency response times in Bexley have slipped to 14 minutes", "response times are not in the recorded-crime data"))

one("o82_survey_unsafe.txt", "2026-01-12",
    "One in three Londoners say they feel unsafe walking alone after dark.",
    NV("One in three Londoners say they feel unsafe", "perceptions of safety are survey data, not recorded crime"))

one("o83_phones.txt", "2026-02-21",
    "More than 80,000 mobile phones were snatched on London's streets last year.",
    NV("More than 80,000 mobile phones were snatched", "the MPS series has theft from the person, not a count of phones taken"))

one("o84_ebike.txt", "2026-02-24",
    "E-bike and e-scooter thefts in London have trebled in two years, an insurer said.",
    NV("E-bike and e-scooter thefts in London have trebled", "no e-bike or e-scooter category exists in the recorded-crime series"))

one("o85_rape_charge.txt", "2026-03-02",
    "Fewer than 3% of rapes reported to the Met end in a charge. That is a national disgrace.",
    NV("Fewer than 3% of rapes reported to the Met end in a charge", "charge outcomes for rape are not in the open data held here"),
    OP("That is a national disgrace"))

one("o86_spiking.txt", "2025-12-10",
    "Reports of drink spiking in Westminster's nightlife areas rose 40% over Christmas.",
    NV("Reports of drink spiking in Westminster's nightlife areas rose 40%", "spiking is not a category in the MPS series and the period is not a defined month range"))

one("o87_paris.txt", "2025-11-20",
    "Paris has twice as much street robbery as London, so we shouldn't panic.",
    NV("Paris has twice as much street robbery as London", "no Paris crime data in the open data here"),
    OP("we shouldn't panic"))

one("o88_cumbria_asb.txt", "2022-12-18",
    "Anti-social behaviour in Cumbria is up 20% on pre-pandemic 2019 levels, the PCC said.",
    NV("Anti-social behaviour in Cumbria is up 20% on pre-pandemic 2019 levels", "Cumbria street files here cover only January-November 2022, so there is no 2019 baseline"))

one("o89_opinion_london_safe.txt", "2026-01-08",
    "London remains one of the safest major cities in the world.",
    OP("London remains one of the safest major cities in the world"))

one("o90_opinion_merseyside.txt", "2023-01-09",
    "Merseyside Police are doing a brilliant job with the resources they have.",
    OP("Merseyside Police are doing a brilliant job"))

one("o91_victims_solved.txt", "2023-01-25",
    "Detectives solved 85 of the 106 murders in London in 2022, while one in five remain unsolved.",
    E("solved 85 of the 106 murders", T(victims(2022, Solved_Status="Solved") == 85 and V[2022] == 106), "count",
      f"Met homicide victims 2022: {victims(2022, Solved_Status='Solved')} solved of {V[2022]}", "true"),
    E("one in five remain unsolved", T(abs(victims(2022, Solved_Status="Unsolved") / V[2022] - 0.2) < 0.02), "share",
      f"unsolved {victims(2022, Solved_Status='Unsolved')} of {V[2022]} = {100 * victims(2022, Solved_Status='Unsolved') / V[2022]:.1f}%", "true"))

one("o92_domestic_homicide.txt", "2022-03-08",
    "Almost a fifth of homicide victims in London in 2021 were killed in domestic abuse cases, up from one in ten in 2019.",
    E("Almost a fifth of homicide victims in London in 2021", T(0.17 <= victims(2021, Domestic_Abuse="Domestic Abuse") / V[2021] < 0.2), "share",
      f"2021 domestic-abuse victims {victims(2021, Domestic_Abuse='Domestic Abuse')} of {V[2021]} = {100 * victims(2021, Domestic_Abuse='Domestic Abuse') / V[2021]:.1f}%", "true"),
    E("up from one in ten in 2019", T(abs(victims(2019, Domestic_Abuse="Domestic Abuse") / V[2019] - 0.1) < 0.015), "share",
      f"2019: {victims(2019, Domestic_Abuse='Domestic Abuse')} of {V[2019]} = {100 * victims(2019, Domestic_Abuse='Domestic Abuse') / V[2019]:.1f}%", "true"))

one("o93_teen_killings_false.txt", "2023-01-10",
    "The number of adolescent and young adult homicide victims in London halved in 2022, from 49 to 20.",
    E("from 49 to 20", F(victims(2022, Age_Group="Adolescent/Young Adult") == 20), "change",
      f"Met victims 'Adolescent/Young Adult' 2021 {victims(2021, Age_Group='Adolescent/Young Adult')}, 2022 {victims(2022, Age_Group='Adolescent/Young Adult')} (a 41% fall, not to 20)", "false"),
    E("halved in 2022", F(victims(2022, Age_Group="Adolescent/Young Adult") <= 0.52 * victims(2021, Age_Group="Adolescent/Young Adult")), "change",
      f"{victims(2021, Age_Group='Adolescent/Young Adult')} -> {victims(2022, Age_Group='Adolescent/Young Adult')} is {pct(victims(2022, Age_Group='Adolescent/Young Adult'), victims(2021, Age_Group='Adolescent/Young Adult')):+.1f}%", "false"))

one("o94_shooting_false.txt", "2022-01-12",
    "Shootings accounted for more than 20 of London's homicides in 2021.",
    E("more than 20 of London's homicides", F(M21["Shooting"] > 20), "count", f"Met victims 2021 by method: shooting {M21['Shooting']}", "false"))

one("o95_tweet_westminster_fall.txt", "2026-02-27",
    "Westminster crime fell by more than 10% in 2025. Proof that the West End clean-up is working.",
    E("fell by more than 10% in 2025", F(pct(B25["Westminster"], B24["Westminster"]) < -10), "change",
      f"MPS Westminster {ratio_note(B25['Westminster'], B24['Westminster'])}: a 9% fall", "false"),
    OP("Proof that the West End clean-up is working"))

lt = bline("Lambeth", "THEFT")
one("o96_lambeth_theft.txt", "2026-03-03",
    "Theft in Lambeth fell last year, in line with the rest of London.",
    E("Theft in Lambeth fell last year", F(lt[0] < lt[1]), "direction", f"MPS Lambeth theft 2024 {lt[1]:,}, 2025 {lt[0]:,} (London theft fell, Lambeth's rose)", "false"))

one("o97_ss_rising.txt", "2018-04-25",
    "Stop and search in London rose month on month through the first quarter of 2018.",
    E("rose month on month", F(ss["201801"] < ss["201802"] < ss["201803"]), "streak", f"police.uk Met stop-and-search rows: {ss}: fell in February", "false"))

one("o98_fraud_share.txt", "2026-01-30",
    "Fraud now accounts for four in ten crimes against individuals, and most shoplifters are repeat offenders.",
    NV("Fraud now accounts for four in ten crimes", "fraud victimisation is a crime-survey estimate; the MPS series holds almost no fraud (NFIB rows are excluded)"),
    NV("most shoplifters are repeat offenders", "offender histories are not in recorded-crime data"))
