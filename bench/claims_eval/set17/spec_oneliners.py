"""set17 one-liners: tweets, leaflet lines, quotes, radio lines, headlines with standfirsts (written blind).

Every factual claim is true or false by design; book.T() / book.F() check the design against the raw files in
../shared/data (csv / pyarrow only, via ../truth_sets.py and truth17o.py) and raise if they disagree.
London-wide figures are checked on both readings (all MPS rows, i.e. incl. the Heathrow pseudo-borough and
Unknown rows, and the 32 boroughs only) and worded so that both agree. Borough rates use the GLA population of
the claim's year and of the year before; both are checked where a rate is claimed.
"""
import truth17o  # noqa: F401  (puts ../ on sys.path)
from truth17o import s32, ser, y32
from truth_sets import (
    BOROUGHS32,
    SpecBook,
    cal,
    col,
    dash,
    falls_in_a_row,
    force_street,
    fy,
    gla_pop,
    knife_boroughs,
    last_higher,
    last_lower,
    london32_pop,
    months,
    mps,
    mps_by_borough,
    near,
    pct,
    pct_is,
    r12,
    rank_of,
    rises_in_a_row,
    ons_knife_region,
    victims,
    yearly,
)

book = SpecBook()
E, T, F, NV, OP = book.E, book.T, book.F, book.NV, book.OP


def one(name, as_of, line, *exps):
    """book.one with the unit's input file name (name + '.txt')."""
    book.one(name + ".txt", as_of, line, *exps)

C25, C24 = cal(2025), cal(2024)
RES = ["RES BURGLARY OF A HOME", "RES BURGLARY OF UNCONNECTED BUILDING", "BURGLARY - RESIDENTIAL", "DOMESTIC BURGLARY"]


def b2(borough, **kw):
    """(2025, 2024) calendar-year counts for one borough."""
    return mps(borough=borough, mm=C25, **kw), mps(borough=borough, mm=C24, **kw)


def lon2(mm_a, mm_b, **kw):
    """((all rows a, all rows b), (32 boroughs a, 32 boroughs b))."""
    return (mps(mm=mm_a, **kw), mps(mm=mm_b, **kw)), (s32(mm_a, **kw), s32(mm_b, **kw))


def rk(counts, name, desc=True):
    return rank_of(name, counts, desc)


# ---------------------------------------------------------------- Westminster shoplifting
a, b = b2("Westminster", minor="SHOPLIFTING")
shop_b = mps_by_borough(minor="SHOPLIFTING", mm=C25)
one("o01_tweet_westminster_shoplifting", "2026-01-22",
    "Shoplifting in Westminster up a fifth last year to 7,874 offences, more than any other London borough. "
    "Retailers have had enough. #retailcrime",
    E("up a fifth", T(17.5 <= pct(a, b) <= 22.5 and a == 7874), "change",
      f"Westminster shoplifting 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%", "true"),
    E("more than any other London borough", T(rk(shop_b, "Westminster") == 1), "rank",
      f"2025 shoplifting, top boroughs: {sorted(shop_b.items(), key=lambda x: -x[1])[:3]}", "true"))

a, b = b2("Barnet", major="BURGLARY")
one("o02_council_barnet_burglary", "2026-02-10",
    "Barnet Council's cabinet member for community safety told Tuesday's meeting that burglaries of homes and "
    "businesses in the borough fell by 14% in 2025.",
    E("fell by 14%", T(pct_is(-14, a, b)), "change",
      f"Barnet burglary (residential + business) 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%", "true"))

a, b = b2("Lambeth", major="ROBBERY")
one("o03_mp_lambeth_robbery", "2026-02-02",
    "Robberies in Lambeth fell by more than a quarter in 2025. That is real progress, but one mugging is "
    "still one too many.",
    E("more than a quarter", T(pct(a, b) < -25), "change",
      f"Lambeth robbery (personal + business) 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%", "true"),
    OP("one too many", "a judgement; 'one too many' is a figure of speech"))

a, b = b2("Redbridge", major="BURGLARY")
one("o04_headline_redbridge_burglary_halved", "2026-01-30",
    "Redbridge burglaries halved in a year, police figures show",
    E("burglaries halved", F(40 <= -pct(a, b) <= 60), "change",
      f"Redbridge burglary 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%: down about a quarter, not halved", "false"))

(la, lb), (sa, sb) = lon2(C25, C24, major="BURGLARY")
bur_all, bur_32 = yearly(major="BURGLARY"), y32(major="BURGLARY")
one("o05_press_london_burglary_low", "2026-01-19",
    "Burglary in London fell to around 43,000 offences in 2025, the lowest annual figure since the Met's "
    "current series began in 2010.",
    E("around 43,000", F(near(43000, la, 0.05) or near(43000, sa, 0.05)), "count",
      f"London burglary 2025: all rows {la}, 32 boroughs {sa}: about 48,000, not 43,000 (residential burglary alone, "
      f"{mps(minor=RES, mm=C25)}, is far lower, so no reading gives 43,000)", "false"),
    E("lowest annual figure", T(la == min(bur_all.values()) and sa == min(bur_32.values())), "record",
      f"calendar years from 2011 (2010 is Apr-Dec only): all rows {ser(bur_all)}; 32 boroughs {ser(bur_32)}",
      "true"))

shop_all, shop_32 = yearly(minor="SHOPLIFTING"), y32(minor="SHOPLIFTING")
one("o06_brc_shoplifting_record", "2026-01-25",
    "Shoplifting across London hit a record 88,000 offences in 2025, according to Met figures, and retailers "
    "say the real number is far higher.",
    E("hit a record", T(shop_all[2025] == max(shop_all.values()) and shop_32[2025] == max(shop_32.values())),
      "record", f"London shoplifting all rows {ser(shop_all)}; 32 boroughs {ser(shop_32)}", "true"),
    E("88,000 offences", T(near(88000, shop_all[2025]) and near(88000, shop_32[2025])), "count",
      f"2025: all rows {shop_all[2025]}, 32 boroughs {shop_32[2025]}", "true"),
    NV("far higher", "unreported shoplifting: not in recorded-crime data"))

a, b = b2("Westminster", minor="THEFT FROM THE PERSON")
one("o07_standard_westminster_tfp", "2026-01-21",
    "Phone snatches and pickpocketing in Westminster fell by almost a quarter last year, to 21,182 offences.",
    E("almost a quarter", T(-25 < pct(a, b) <= -20), "change",
      f"Westminster theft from the person 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%", "true"),
    E("21,182 offences", F(near(21182, a, 0.02)), "count", f"Westminster theft from the person 2025 = {a}, not 21,182",
      "false"))

cam, wm = mps(borough="Camden", minor="THEFT FROM THE PERSON", mm=C25), mps(borough="Westminster",
                                                                           minor="THEFT FROM THE PERSON", mm=C25)
one("o08_camden_vs_wm_tfp", "2026-02-14",
    "Camden now sees more pickpocketing and phone snatching than Westminster, councillors were told on Thursday.",
    E("more pickpocketing and phone snatching than Westminster", F(cam > wm), "compare",
      f"theft from the person 2025: Camden {cam}, Westminster {wm} (also 12 months to Feb 2026: Camden "
      f"{mps(borough='Camden', minor='THEFT FROM THE PERSON', mm=r12(2026, 2))}, Westminster "
      f"{mps(borough='Westminster', minor='THEFT FROM THE PERSON', mm=r12(2026, 2))})", "false"))

(la, lb), (sa, sb) = lon2(C25, C24, major="DRUG OFFENCES")
one("o09_drugs_london", "2026-02-05",
    "Drug offences recorded in London rose by more than 30 per cent in 2025 as the Met stepped up stop and "
    "search around transport hubs.",
    E("more than 30 per cent", T(pct(la, lb) > 30 and pct(sa, sb) > 30), "change",
      f"drug offences 2025 vs 2024: all rows {la} vs {lb} = {pct(la, lb):+.1f}%; 32 boroughs {sa} vs {sb} = "
      f"{pct(sa, sb):+.1f}%", "true"),
    NV("stepped up stop and search around transport hubs",
       "police activity by location: no Met stop-and-search data for 2024-2025 in the open files"))

drug_b = mps_by_borough(major="DRUG OFFENCES", mm=C25)
one("o10_brent_drugs_rank", "2026-01-27",
    "Brent recorded more drug offences than any other borough last year, overtaking Westminster.",
    E("more drug offences than any other borough", T(rk(drug_b, "Brent") == 1), "rank",
      f"2025 drug offences top: {sorted(drug_b.items(), key=lambda x: -x[1])[:3]}", "true"))

a, b = b2("Islington", major="DRUG OFFENCES")
one("o11_headline_islington_drugs", "2026-02-03",
    "Islington drug offences up three quarters in a year as police target Holloway Road dealers",
    E("up three quarters", T(70 <= pct(a, b) <= 80), "change",
      f"Islington drug offences 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%", "true"))

hom_all, hom_32 = yearly(minor="HOMICIDE"), y32(minor="HOMICIDE")
one("o12_homicide_fewest_on_record", "2026-01-02",
    "London ended 2025 with 96 homicides, the fewest since records began.",
    E("96 homicides", T(hom_all[2025] == 96 and hom_32[2025] == 96), "count",
      f"MPS homicide offences 2025: all rows {hom_all[2025]}, 32 boroughs {hom_32[2025]}", "true"),
    E("the fewest since records began",
      F(hom_all[2025] == min(hom_all.values()) or hom_32[2025] == min(hom_32.values())), "record",
      f"homicide offences all rows {ser(hom_all)}; 32 boroughs {ser(hom_32)}: 2014 was lower on both readings (and "
      f"the Met victims file has 118-210 a year in 2003-2010)", "false"))

hom_b = mps_by_borough(minor="HOMICIDE", mm=C25)
one("o13_lewisham_homicides", "2026-01-08",
    "Lewisham saw more killings in 2025 than any other London borough.",
    E("than any other London borough", T(rk(hom_b, "Lewisham") == 1 and list(hom_b.values()).count(11) == 1),
      "rank", f"Lewisham 11 homicide offences; 2025 homicide offences top: {sorted(hom_b.items(), key=lambda x: -x[1])[:4]}", "true"))

one("o14_tweet_homicide_up", "2026-01-05",
    "Homicides in London went up again in 2025. This mayor has failed Londoners.",
    E("went up again", F(hom_all[2025] > hom_all[2024] or hom_32[2025] > hom_32[2024]), "direction",
      f"homicide offences 2025 vs 2024: all rows {hom_all[2025]} vs {hom_all[2024]}; 32 boroughs "
      f"{hom_32[2025]} vs {hom_32[2024]}: down on both readings", "false"),
    OP("has failed Londoners", "a political judgement"))

sx_all, sx_32 = yearly(major="SEXUAL OFFENCES"), y32(major="SEXUAL OFFENCES")
rp_all, rp_32 = yearly(minor="RAPE"), y32(minor="RAPE")
one("o15_sexual_offences_record", "2026-02-11",
    "Sexual offences recorded by the Met reached their highest level on record in 2025, with rape offences up "
    "by a quarter on the year before.",
    E("highest level on record", T(sx_all[2025] == max(sx_all.values()) and sx_32[2025] == max(sx_32.values())),
      "record", f"sexual offences all rows {ser(sx_all)}; 32 boroughs {ser(sx_32)}", "true"),
    E("rape offences up",
      F(20 <= pct(rp_all[2025], rp_all[2024]) <= 30 or 20 <= pct(rp_32[2025], rp_32[2024]) <= 30), "change",
      f"rape 2025 vs 2024: all rows {rp_all[2025]} vs {rp_all[2024]} = {pct(rp_all[2025], rp_all[2024]):+.1f}%; "
      f"32 boroughs {rp_32[2025]} vs {rp_32[2024]} = {pct(rp_32[2025], rp_32[2024]):+.1f}%: up 11-15%, not a quarter",
      "false"))

bk_all, bk_32 = yearly(minor="BICYCLE THEFT"), y32(minor="BICYCLE THEFT")
one("o16_lcc_bike_theft_low", "2026-01-29",
    "Bike thefts recorded in the capital fell by around a tenth in 2025 to the lowest level on record, though "
    "cycling groups warn that many thefts are never reported.",
    E("around a tenth", T(8 <= -pct(bk_all[2025], bk_all[2024]) <= 12 and 8 <= -pct(bk_32[2025], bk_32[2024]) <= 12),
      "change", f"bicycle theft 2025 vs 2024: all rows {bk_all[2025]} vs {bk_all[2024]} = "
      f"{pct(bk_all[2025], bk_all[2024]):+.1f}%; 32 boroughs {bk_32[2025]} vs {bk_32[2024]} = "
      f"{pct(bk_32[2025], bk_32[2024]):+.1f}%", "true"),
    E("lowest level on record", T(bk_all[2025] == min(bk_all.values()) and bk_32[2025] == min(bk_32.values())),
      "record", f"bicycle theft all rows {ser(bk_all)}; 32 boroughs {ser(bk_32)}", "true"),
    NV("never reported", "unreported bike theft: not in recorded-crime data"))

bike_b = mps_by_borough(minor="BICYCLE THEFT", mm=C25)
one("o17_hackney_bike_capital", "2026-02-01",
    "Hackney remains London's bike theft capital, with 1,525 bicycles reported stolen in 2025.",
    E("bike theft capital", T(rk(bike_b, "Hackney") == 1), "rank",
      f"2025 bicycle theft top: {sorted(bike_b.items(), key=lambda x: -x[1])[:3]}", "true"),
    E("1,525 bicycles", F(near(1525, bike_b["Hackney"], 0.02)), "count",
      f"Hackney bicycle theft offences 2025 = {bike_b['Hackney']}, not 1,525", "false"))

a, b = b2("Hillingdon", minor="BICYCLE THEFT")
one("o18_hillingdon_bikes", "2026-02-04",
    "Cycle thefts in Hillingdon fell again in 2025, the council's transport team says.",
    E("fell again in 2025", F(a < b), "direction", f"Hillingdon bicycle theft 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%",
      "false"))

(la, lb), (sa, sb) = lon2(C25, C24, major="VEHICLE OFFENCES")
one("o19_vehicle_crime_london", "2026-01-31",
    "Vehicle crime across London dropped by more than a tenth in 2025, according to the Met's latest figures.",
    E("more than a tenth", T(pct(la, lb) < -10 and pct(sa, sb) < -10), "change",
      f"vehicle offences 2025 vs 2024: all rows {la} vs {lb} = {pct(la, lb):+.1f}%; 32 boroughs {sa} vs {sb} = "
      f"{pct(sa, sb):+.1f}%", "true"))

v25, v24 = mps_by_borough(major="VEHICLE OFFENCES", mm=C25), mps_by_borough(major="VEHICLE OFFENCES", mm=C24)
ups = [x for x in v25 if v25[x] > v24[x]]
one("o20_kingston_vehicle_only_rise", "2026-02-06",
    "Kingston was the only London borough where vehicle crime went up last year.",
    E("the only London borough", T(ups == ["Kingston upon Thames"]), "rank",
      f"boroughs with more vehicle offences in 2025 than 2024: {ups} (Kingston {v25['Kingston upon Thames']} vs "
      f"{v24['Kingston upon Thames']})", "true"))

mv_b = mps_by_borough(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", mm=C25)
one("o21_croydon_vehicles_stolen", "2026-02-09",
    "More vehicles were stolen in Croydon than in any other London borough in 2025.",
    E("than in any other London borough", T(rk(mv_b, "Croydon") == 1), "rank",
      f"theft or unauthorised taking of a motor vehicle 2025 top: {sorted(mv_b.items(), key=lambda x: -x[1])[:3]}",
      "true"))

k25, k24 = dash("Knife Crime", mm=fy(2025)), dash("Knife Crime", mm=fy(2024))
one("o22_cityhall_knife_fy", "2025-05-15",
    "Knife crime in London rose by 7% in 2024/25 to more than 17,000 offences, City Hall figures show.",
    E("rose by 7%", T(pct_is(7, k25, k24)), "change", f"MPS dashboard knife crime FY2024/25 {k25} vs FY2023/24 {k24} = "
      f"{pct(k25, k24):+.1f}%", "true"),
    E("more than 17,000 offences", F(k25 > 17000), "count", f"FY2024/25 knife crime = {k25} (just over 16,000)",
      "false"))

k25, k24 = dash("Knife Crime", mm=C25), dash("Knife Crime", mm=C24)
one("o23_mayor_knife_2025", "2026-01-16",
    "A spokesperson for the Mayor said knife crime fell by 17% in 2025 compared with 2024, proof that his public "
    "health approach is working.",
    E("fell by 17%", T(pct_is(-17, k25, k24)), "change",
      f"MPS dashboard knife crime calendar 2025 {k25} vs 2024 {k24} = {pct(k25, k24):+.1f}%", "true"),
    OP("public health approach is working", "a causal judgement on policy, no checkable figure"))

kb25, kb24 = knife_boroughs(C25), knife_boroughs(C24)
kb25 = {k: v for k, v in kb25.items() if k in BOROUGHS32}
one("o24_newham_knife", "2026-01-26",
    "Knife crime in Newham rose last year, and the borough still has more knife offences than anywhere else in "
    "London.",
    E("Knife crime in Newham rose last year", F(kb25["Newham"] > kb24["Newham"]), "direction",
      f"Newham knife crime 2025 {kb25['Newham']} vs 2024 {kb24['Newham']}", "false"),
    E("more knife offences than anywhere else", T(rk(kb25, "Newham") == 1), "rank",
      f"2025 knife crime top boroughs: {sorted(kb25.items(), key=lambda x: -x[1])[:3]}", "true"))

u25, u24 = dash("Knife Injury Victims (1-24)", mm=fy(2025)), dash("Knife Injury Victims (1-24)", mm=fy(2024))
one("o25_knife_victims_u25", "2025-06-03",
    "The number of under-25s injured by knives in London fell to 1,323 in 2024/25, down from 1,427 the year before.",
    E("1,323", T(u25 == 1323 and u24 == 1427), "change",
      f"MPS dashboard knife injury victims aged 1-24: FY2024/25 {u25}, FY2023/24 {u24}", "true"))

al_all, al_32 = yearly(), y32()
one("o26_total_crime_turn", "2026-01-20",
    "Total recorded crime in London fell slightly in 2025, the first annual fall since 2020.",
    E("first annual fall since 2020",
      T(al_all[2025] < al_all[2024] and al_32[2025] < al_32[2024]
        and all(al_all[y] > al_all[y - 1] and al_32[y] > al_32[y - 1] for y in range(2021, 2025))
        and al_all[2020] < al_all[2019] and al_32[2020] < al_32[2019]), "turn",
      f"all crime (NFIB excluded) all rows {ser(al_all)}; 32 boroughs {ser(al_32)}", "true"))

all_b = mps_by_borough(mm=C25)
one("o27_westminster_twice_camden", "2026-02-12",
    "Westminster recorded more than twice as many crimes as Camden last year, and Camden was the next highest borough.",
    E("more than twice as many crimes as Camden", T(all_b["Westminster"] > 2 * all_b["Camden"] and rk(all_b, "Camden") == 2),
      "compare", f"2025: Westminster {all_b['Westminster']}, Camden {all_b['Camden']} (2nd)", "true"))

r25 = 1000 * all_b["Westminster"] / gla_pop("Westminster", 2025)
r24 = 1000 * all_b["Westminster"] / gla_pop("Westminster", 2024)
one("o28_westminster_rate", "2026-03-02",
    "Westminster's crime rate of more than 300 offences per 1,000 residents is inflated by its small resident "
    "population and the millions who visit every year.",
    E("more than 300 offences per 1,000 residents", T(r25 > 300 and r24 > 300), "rate",
      f"Westminster 2025 {all_b['Westminster']} / GLA pop 2025 {gla_pop('Westminster', 2025)} = {r25:.1f} per 1,000 "
      f"(with 2024 pop {r24:.1f})", "true"),
    NV("the millions who visit every year", "visitor numbers: not in the data"))

rate25 = {x: 1000 * all_b[x] / gla_pop(x, 2025) for x in all_b}
rate24 = {x: 1000 * all_b[x] / gla_pop(x, 2024) for x in all_b}
low = sorted(rate25.items(), key=lambda x: x[1])[:3]
one("o29_sutton_lowest_rate", "2026-02-18",
    "Sutton now has the lowest crime rate of any London borough.",
    E("the lowest crime rate", F(rk(rate25, "Sutton", desc=False) == 1 or rk(rate24, "Sutton", desc=False) == 1), "rank",
      f"2025 crime per 1,000 (GLA 2025 pop), lowest: {[(k, round(v, 1)) for k, v in low]}; Richmond is lowest on "
      f"2024 pop too", "false"))

one("o30_leaflet_richmond_lowest", "2026-03-05",
    "Richmond upon Thames is still the London borough with the lowest crime rate, at fewer than 50 crimes per "
    "1,000 people.",
    E("the lowest crime rate", T(rk(rate25, "Richmond upon Thames", desc=False) == 1
                                 and rk(rate24, "Richmond upon Thames", desc=False) == 1), "rank",
      f"2025 crime per 1,000, lowest: {[(k, round(v, 1)) for k, v in low]}", "true"),
    E("fewer than 50 crimes per", F(rate25["Richmond upon Thames"] < 50 or rate24["Richmond upon Thames"] < 50), "rate",
      f"Richmond 2025 {all_b['Richmond upon Thames']}: {rate25['Richmond upon Thames']:.1f} per 1,000 (2025 pop), "
      f"{rate24['Richmond upon Thames']:.1f} (2024 pop): about 56, not under 50", "false"))

hl = yearly(borough="Hillingdon")
one("o31_hillingdon_record", "2026-01-23",
    "Crime in Hillingdon rose by 6% last year to its highest level on record.",
    E("rose by 6%", T(pct_is(6, hl[2025], hl[2024])), "change",
      f"Hillingdon all crime 2025 {hl[2025]} vs 2024 {hl[2024]} = {pct(hl[2025], hl[2024]):+.1f}%", "true"),
    E("highest level on record", T(hl[2025] == max(hl.values())), "record", f"Hillingdon {ser(hl)}", "true"))

one("o32_ealing_vehicle_rank", "2026-02-07",
    "Ealing residents suffered more vehicle crime than those of any other borough in 2025.",
    E("more vehicle crime than those of any other borough", T(rk(v25, "Ealing") == 1), "rank",
      f"vehicle offences 2025 top: {sorted(v25.items(), key=lambda x: -x[1])[:3]}", "true"))

bu25, bu24 = mps_by_borough(major="BURGLARY", mm=C25), mps_by_borough(major="BURGLARY", mm=C24)
bups = sorted(x for x in bu25 if bu25[x] > bu24[x])
one("o33_southwark_burglary_rise", "2026-02-20",
    "Southwark was one of only four London boroughs where overall burglary, homes and businesses together, went up "
    "in 2025.",
    E("one of only four London boroughs", T(len(bups) == 4 and "Southwark" in bups), "rank",
      f"boroughs with more burglary (all burglary) in 2025 than 2024: {[(x, bu25[x], bu24[x]) for x in bups]}; the "
      "line pins the all-burglary reading (residential burglary alone rose in six boroughs)", "true"))

a, b = bu25["Kingston upon Thames"], bu24["Kingston upon Thames"]
one("o34_kingston_burglary", "2026-02-21",
    "Burglaries in Kingston were down 11% last year, the Surrey Comet reports.",
    E("down 11%", F(pct_is(-11, a, b)), "change", f"Kingston burglary 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}% (up, not "
      "down)", "false"))

a, b = b2("Redbridge", major="ROBBERY")
one("o35_redbridge_robbery", "2026-02-13",
    "Robberies in Redbridge rose by more than a quarter in 2025, police said.",
    E("more than a quarter", T(pct(a, b) > 25), "change", f"Redbridge robbery 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%",
      "true"))

a, b = b2("Camden", major="ROBBERY")
one("o36_camden_robbery_third", "2026-02-16",
    "Camden's robbery figures fell by a third in 2025.",
    E("fell by a third", F(29 <= -pct(a, b) <= 37), "change", f"Camden robbery 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%",
      "false"))

a, b = b2("Lewisham", major="POSSESSION OF WEAPONS")
one("o37_lewisham_weapons", "2026-02-25",
    "Possession of weapons offences in Lewisham rose 44% last year, giving the borough the highest total in London.",
    E("rose 44%", T(pct_is(44, a, b)), "change", f"Lewisham possession of weapons 2025 {a} vs 2024 {b} = "
      f"{pct(a, b):+.1f}%", "true"),
    E("the highest total in London", F(rk(mps_by_borough(major="POSSESSION OF WEAPONS", mm=C25), "Lewisham") == 1),
      "rank", "possession of weapons 2025 top: " + str(sorted(mps_by_borough(major="POSSESSION OF WEAPONS", mm=C25).items(),
                                                           key=lambda x: -x[1])[:3]) + ": Lewisham is second to Westminster", "false"))

po_all, po_32 = yearly(major="PUBLIC ORDER OFFENCES", years=range(2011, 2024)), y32(range(2011, 2024),
                                                                                 major="PUBLIC ORDER OFFENCES")
one("o38_public_order_record", "2024-01-24",
    "Public order offences in London hit a record high in 2023.",
    E("record high in 2023", T(po_all[2023] == max(po_all.values()) and po_32[2023] == max(po_32.values())), "record",
      f"public order offences all rows {ser(po_all)}; 32 boroughs {ser(po_32)}", "true"))

st_all, st_32 = yearly(minor="STALKING AND HARASSMENT"), y32(minor="STALKING AND HARASSMENT")
one("o39_vawg_stalking", "2026-03-10",
    "Stalking and harassment offences in London rose in 2025 but remain below their 2021 peak, the Violence "
    "Against Women and Girls board heard.",
    E("rose in 2025", T(st_all[2025] > st_all[2024] and st_32[2025] > st_32[2024]), "direction",
      f"stalking and harassment all rows {ser(st_all)}; 32 boroughs {ser(st_32)}", "true"),
    E("remain below their 2021 peak",
      T(st_all[2021] == max(st_all.values()) and st_32[2021] == max(st_32.values())
        and st_all[2025] < st_all[2021] and st_32[2025] < st_32[2021]), "compare",
      f"2021 is the series high on both readings ({st_all[2021]} / {st_32[2021]}); 2025 {st_all[2025]} / {st_32[2025]}",
      "true"))

a, b = mps(minor="VIOLENCE WITH INJURY", borough="Croydon", mm=fy(2025)), mps(minor="VIOLENCE WITH INJURY",
                                                                               borough="Croydon", mm=fy(2024))
one("o40_croydon_vwi_fy", "2025-05-20",
    "Violence with injury in Croydon fell by 9% in 2024/25, the borough's community safety partnership reported.",
    E("fell by 9%", T(pct_is(-9, a, b)), "change",
      f"Croydon violence with injury FY2024/25 (Apr 2024-Mar 2025) {a} vs FY2023/24 {b} = {pct(a, b):+.1f}%", "true"))

a, b = mps(major="ROBBERY", borough="Newham", mm=fy(2025)), mps(major="ROBBERY", borough="Newham", mm=fy(2024))
one("o41_newham_robbery_fy", "2025-05-22",
    "Robbery in Newham went up by nearly 10% in the last financial year, a Freedom of Information response seen by "
    "the Recorder shows.",
    E("nearly 10%", T(8.5 <= pct(a, b) < 10), "change",
      f"Newham robbery FY2024/25 {a} vs FY2023/24 {b} = {pct(a, b):+.1f}% (the last complete financial year at "
      "22 May 2025)", "true"))

a, b = mps(borough="Camden", mm=fy(2025)), mps(borough="Camden", mm=fy(2024))
one("o42_camden_fy_total", "2025-04-30",
    "Camden recorded 43,017 crimes in 2024/25, up 15% on the previous year.",
    E("43,017", T(a == 43017), "count", f"Camden all crime (NFIB excluded) FY2024/25 = {a}", "true"),
    E("up 15%", F(pct_is(15, a, b, slack=2)), "change", f"Camden FY2024/25 {a} vs FY2023/24 {b} = {pct(a, b):+.1f}% "
      "(up 5%, not 15%)", "false"))

a, b = mps(major="ROBBERY", borough="Tower Hamlets", mm=r12(2026, 2)), mps(major="ROBBERY", borough="Tower Hamlets",
                                                                            mm=r12(2025, 2))
one("o43_borough_commander_th_robbery", "2026-03-26",
    "\"Robbery in Tower Hamlets is down 9% over the past 12 months,\" the borough commander told residents at a "
    "ward panel meeting in Bow.",
    E("down 9%", T(pct_is(-9, a, b)), "change",
      f"Tower Hamlets robbery 12 months to Feb 2026 {a} vs 12 months to Feb 2025 {b} = {pct(a, b):+.1f}% "
      "(Feb 2026 is the latest month published by 26 March 2026; 'the past 12 months' is the rolling year, not "
      f"calendar 2025, which is {pct(mps(major='ROBBERY', borough='Tower Hamlets', mm=C25), mps(major='ROBBERY', borough='Tower Hamlets', mm=C24)):+.1f}%)",
      "true"))

a, b = mps(major="BURGLARY", borough="Newham", mm=r12(2026, 2)), mps(major="BURGLARY", borough="Newham", mm=r12(2025, 2))
a2, b2_ = mps(major="BURGLARY", borough="Newham", mm=C25), mps(major="BURGLARY", borough="Newham", mm=C24)
one("o44_newham_burglary_r12", "2026-03-27",
    "Newham burglaries down 10% in the last 12 months, says council leader.",
    E("down 10%", F(pct_is(-10, a, b, slack=1.5) or pct_is(-10, a2, b2_, slack=1.5)), "change",
      f"Newham burglary 12 months to Feb 2026 {a} vs year before {b} = {pct(a, b):+.1f}%; calendar 2025 {a2} vs 2024 "
      f"{b2_} = {pct(a2, b2_):+.1f}%: down by about a sixth or a fifth, not 10%", "false"))

(la, lb), (sa, sb) = lon2(months(2026, 1, 2026, 2), months(2025, 1, 2025, 2))
one("o45_so_far_this_year", "2026-03-24",
    "So far this year recorded crime in London is running about 3% below the same period last year: encouraging, "
    "but there is no room for complacency.",
    E("about 3% below", T(pct_is(-3, la, lb) and pct_is(-3, sa, sb)), "change",
      f"Jan-Feb 2026 vs Jan-Feb 2025: all rows {la} vs {lb} = {pct(la, lb):+.1f}%; 32 boroughs {sa} vs {sb} = "
      f"{pct(sa, sb):+.1f}%", "true"),
    OP("no room for complacency", "a press-office judgement"))

(la, lb), (sa, sb) = lon2(months(2025, 6, 2025, 8), months(2024, 6, 2024, 8), minor="THEFT FROM THE PERSON")
one("o46_radio_summer_phone_snatching", "2025-09-20",
    "Phone snatching and pickpocketing in London fell by more than 10% this summer compared with last summer, BBC "
    "Radio London has been told.",
    E("more than 10%", T(pct(la, lb) < -10 and pct(sa, sb) < -10), "change",
      f"theft from the person Jun-Aug 2025 vs Jun-Aug 2024: all rows {la} vs {lb} = {pct(la, lb):+.1f}%; 32 boroughs "
      f"{sa} vs {sb} = {pct(sa, sb):+.1f}% ('summer' read as June-August; July-August alone is also down by more than "
      "10% on both readings)", "true"))

a, b = mps(minor="SHOPLIFTING", borough="Westminster", mm=["202512"]), mps(minor="SHOPLIFTING", borough="Westminster",
                                                                           mm=["202412"])
one("o47_bid_westminster_december", "2026-01-29",
    "West End shops in Westminster reported 742 shoplifting offences in December alone, up almost 30% on the same "
    "month a year earlier, the business improvement district said.",
    E("742 shoplifting offences", T(a == 742), "count", f"Westminster shoplifting December 2025 = {a}", "true"),
    E("up almost 30%", T(25 <= pct(a, b) < 30), "change", f"December 2025 {a} vs December 2024 {b} = {pct(a, b):+.1f}%",
      "true"))

ms = months(2010, 4, 2025, 7)
mon_all = {x: mps(mm=[x]) for x in ms}
mon_32 = {x: s32([x]) for x in ms}
one("o48_july_busiest_month", "2025-08-21",
    "July 2025 was the busiest single month for recorded crime in London since the Met's current figures began "
    "in April 2010.",
    E("busiest single month", T(max(mon_all, key=mon_all.get) == "202507" and max(mon_32, key=mon_32.get) == "202507"),
      "record", f"July 2025: all rows {mon_all['202507']}, 32 boroughs {mon_32['202507']}; the next highest months "
      f"(all rows): {sorted(mon_all.items(), key=lambda x: -x[1])[1:4]}", "true"))

a, b = dash("Knife Crime", mm=months(2025, 10, 2025, 12)), dash("Knife Crime", mm=months(2024, 10, 2024, 12))
one("o49_knife_q4", "2026-01-30",
    "Knife crime in the last three months of 2025 was down almost a quarter on the same period of 2024.",
    E("down almost a quarter", T(-25 < pct(a, b) <= -20), "change",
      f"MPS dashboard knife crime Oct-Dec 2025 {a} vs Oct-Dec 2024 {b} = {pct(a, b):+.1f}%", "true"))

v22 = victims(2022)
kn22 = victims(2022, Method_of_Killing="Knife or Sharp Implement")
one("o50_homicide_victims_knife_share", "2023-01-12",
    "Two in three homicide victims in London in 2022 were killed with a knife or other sharp weapon.",
    E("Two in three", T(abs(kn22 / v22 - 2 / 3) < 0.03), "share",
      f"Met homicide victims 2022: {kn22} of {v22} by knife or sharp implement = {100 * kn22 / v22:.1f}%", "true"))

sh22, sh21 = victims(2022, Method_of_Killing="Shooting"), victims(2021, Method_of_Killing="Shooting")
one("o51_shootings_equal", "2023-01-15",
    "The number of people shot dead in London in 2022, 10, was exactly the same as in 2021.",
    E("exactly the same as in 2021", T(sh22 == sh21 == 10), "equal",
      f"Met homicide victims killed by shooting: 2022 {sh22}, 2021 {sh21}", "true"))

fem22 = victims(2022, Sex="Female")
one("o52_female_victims", "2023-01-20",
    "Almost half of the people killed in London in 2022 were women or girls.",
    E("Almost half", F(0.42 <= fem22 / v22 <= 0.5), "share",
      f"Met homicide victims 2022: {fem22} female of {v22} = {100 * fem22 / v22:.1f}%", "false"))

a, b = col(C25, "Theft from the person"), col(C24, "Theft from the person")
one("o53_col_theft_person", "2026-02-10",
    "City of London Police recorded 1,219 thefts from the person in 2025, down from 1,503 the year before.",
    E("1,219 thefts", T(a == 1219 and b == 1503), "change",
      f"City of London street files, theft from the person: 2025 {a}, 2024 {b}", "true"))

JN = months(2022, 1, 2022, 11)
me_d, sy_d = force_street("merseyside", JN, "Drugs"), force_street("south-yorkshire", JN, "Drugs")
one("o54_echo_merseyside_drugs", "2022-12-21",
    "Merseyside Police have recorded more than three times as many drug offences as South Yorkshire Police so far "
    "this year.",
    E("more than three times as many", T(me_d > 3 * sy_d), "compare",
      f"police.uk street files Jan-Nov 2022 (the latest month at 21 Dec 2022), Drugs: Merseyside {me_d}, "
      f"South Yorkshire {sy_d} ({me_d / sy_d:.2f}x)", "true"))

me_b, sy_b = force_street("merseyside", JN, "Burglary"), force_street("south-yorkshire", JN, "Burglary")
one("o55_star_sy_burglary", "2022-12-22",
    "South Yorkshire has recorded nearly twice as many burglaries as Merseyside this year.",
    E("nearly twice as many", T(1.8 <= sy_b / me_b < 2.0), "compare",
      f"police.uk Jan-Nov 2022, Burglary: South Yorkshire {sy_b}, Merseyside {me_b} ({sy_b / me_b:.2f}x)", "true"))

bt_bk, bt_all = force_street("btp", JN, "Bicycle theft"), force_street("btp", JN)
one("o56_btp_bike_share", "2022-12-28",
    "Bike theft accounts for roughly one in ten crimes recorded on the railways by British Transport Police this year.",
    E("roughly one in ten", T(0.085 <= bt_bk / bt_all <= 0.115), "share",
      f"BTP street files Jan-Nov 2022: bicycle theft {bt_bk} of {bt_all} rows = {100 * bt_bk / bt_all:.1f}% (BTP has no "
      "anti-social behaviour rows, so the reading with or without ASB is the same)", "true"))

cu_v, cu_all, cu_c = (force_street("cumbria", JN, "Violence and sexual offences"), force_street("cumbria", JN),
                      force_street("cumbria", JN, crime_only=True))
one("o57_cumbria_violence_share", "2022-12-15",
    "Violence and sexual offences make up more than 40% of all crime recorded in Cumbria this year.",
    E("more than 40%", T(cu_v / cu_all > 0.4 and cu_v / cu_c > 0.4), "share",
      f"Cumbria street files Jan-Nov 2022: violence and sexual offences {cu_v} of {cu_all} rows incl. ASB "
      f"({100 * cu_v / cu_all:.1f}%), of {cu_c} crimes excl. ASB ({100 * cu_v / cu_c:.1f}%)", "true"))

dp_r = force_street("dyfed-powys", JN, "Robbery")
one("o58_dyfed_powys_robbery", "2022-12-19",
    "Dyfed-Powys Police recorded just 81 robberies in the first eleven months of 2022, across the largest force "
    "area in England and Wales.",
    E("81 robberies", T(dp_r == 81), "count", f"Dyfed-Powys street files Jan-Nov 2022, Robbery = {dp_r}", "true"),
    NV("largest force area", "geographic size of force areas: not in the crime data"))

sw = {ym: force_street("south-wales", [ym]) for ym in JN}
swc = {ym: force_street("south-wales", [ym], crime_only=True) for ym in JN}
one("o59_south_wales_august", "2022-12-30",
    "South Wales Police recorded fewer crimes in August than in any other month this year.",
    E("fewer crimes in August than in any other month", F(min(sw, key=sw.get) == "202208" or min(swc, key=swc.get)
                                                          == "202208"), "rank",
      f"South Wales Jan-Nov 2022 monthly rows incl. ASB {sw}; excl. ASB {swc}: August is the highest month on both",
      "false"))

# ---------------------------------------------------------------- second batch: streaks, equalities, shares, rates
isl = yearly(borough="Islington")
one("o60_islington_four_years", "2026-01-24",
    "Crime in Islington has now gone up for four years in a row, and traders on Holloway Road say they can feel it.",
    E("four years in a row", T(rises_in_a_row(isl, 2025) == 4), "streak",
      f"Islington all crime {ser(isl)}: rises in 2022-2025 after a fall in 2021", "true"))

brn = yearly(borough="Brent")
one("o61_brent_sixth_year", "2026-01-28",
    "Brent crime up for the sixth year running, new Met figures reveal",
    E("sixth year running", F(rises_in_a_row(brn, 2025) >= 6), "streak",
      f"Brent all crime {ser(brn)}: four rises in a row (2022-2025), after falls in 2020 and 2021", "false"))

vwi_b = mps_by_borough(minor="VIOLENCE WITH INJURY", mm=C25)
one("o62_merton_kc_equal", "2026-02-19",
    "Merton and Kensington and Chelsea recorded exactly the same number of violence-with-injury offences in 2025. "
    "Anyone with information about violent crime can call Crimestoppers anonymously on 0800 555 111.",
    E("exactly the same number", T(vwi_b["Merton"] == vwi_b["Kensington and Chelsea"]), "equal",
      f"violence with injury 2025: Merton {vwi_b['Merton']}, Kensington and Chelsea {vwi_b['Kensington and Chelsea']}",
      "true"))

(la, _), (sa, _) = lon2(C25, C24, minor="THEFT FROM THE PERSON")
wtp = mps(borough="Westminster", minor="THEFT FROM THE PERSON", mm=C25)
one("o63_westminster_tfp_share", "2026-02-23",
    "Almost three in ten thefts from the person in London last year happened in Westminster.",
    E("Almost three in ten", T(0.27 <= wtp / la < 0.30 and 0.27 <= wtp / sa < 0.30), "share",
      f"theft from the person 2025: Westminster {wtp} of {la} (all rows, {100 * wtp / la:.1f}%) or {sa} (32 boroughs, "
      f"{100 * wtp / sa:.1f}%)", "true"))

ra = [1000 * tot / london32_pop(py) for tot in (mps(mm=C25), s32(C25)) for py in (2025, 2024)]
one("o64_london_rate", "2026-02-26",
    "London's overall crime rate last year was around 95 offences per 1,000 residents.",
    E("around 95 offences per 1,000", T(all(near(95, r) for r in ra)), "rate",
      "2025 all crime (NFIB excluded) per 1,000: all rows / 32 boroughs x GLA 32-borough population 2025 / 2024 = "
      + ", ".join(f"{r:.1f}" for r in ra), "true"))

one("o65_retailer_shoplifting_doubled", "2026-03-04",
    "Shoplifting in London has more than doubled since 2022, and the sentences handed out to prolific offenders are, "
    "frankly, a joke.",
    E("more than doubled since 2022", T(shop_all[2025] > 2 * shop_all[2022] and shop_32[2025] > 2 * shop_32[2022]),
      "compare", f"shoplifting 2025 vs 2022: all rows {shop_all[2025]} vs {shop_all[2022]}; 32 boroughs {shop_32[2025]} "
      f"vs {shop_32[2022]}", "true"),
    OP("frankly, a joke", "a judgement on sentencing"))

vw_all, vw_32 = yearly(minor="VIOLENCE WITH INJURY"), y32(minor="VIOLENCE WITH INJURY")
one("o66_vwi_second_year_low", "2026-02-09",
    "Violence with injury in London fell for the second year running in 2025, to its lowest level since 2013.",
    E("second year running", T(falls_in_a_row(vw_all, 2025) == 2 and falls_in_a_row(vw_32, 2025) == 2), "streak",
      f"violence with injury all rows {ser(vw_all)}; 32 boroughs {ser(vw_32)}", "true"),
    E("lowest level since 2013", T(last_lower(vw_all, 2025) == 2013 and last_lower(vw_32, 2025) == 2013), "record",
      "the latest year below 2025 is 2013 on both readings (2013: "
      f"{vw_all[2013]} / {vw_32[2013]}; 2025: {vw_all[2025]} / {vw_32[2025]})", "true"))

ke25, ke24 = knife_boroughs(C25)["Enfield"], knife_boroughs(C24)["Enfield"]
one("o67_enfield_stabbing_knife", "2026-03-05",
    "The stabbing of a 16-year-old outside Edmonton Green station on 3 March came weeks after figures showed knife "
    "crime in Enfield fell 4% in 2025. Enfield deserves better than this.",
    E("fell 4%", T(pct_is(-4, ke25, ke24)), "change",
      f"MPS dashboard knife crime, Enfield: 2025 {ke25} vs 2024 {ke24} = {pct(ke25, ke24):+.1f}%", "true"),
    OP("Enfield deserves better", "a judgement"))

from truth_sets import met_ss  # noqa: E402

ss1 = met_ss(["201801"])
one("o68_stop_search_jan2018", "2018-03-20",
    "The Met carried out more than 12,000 stop and searches in January 2018 alone, campaigners told a meeting in "
    "Brixton on Tuesday.",
    E("more than 12,000 stop and searches", T(12000 < ss1 < 12500), "count",
      f"police.uk Metropolitan stop-and-search file 2018-01: {ss1} rows", "true"))

wm = yearly(borough="Westminster")
one("o69_westminster_record", "2026-01-22",
    "Crime in Westminster hit a new record high in 2025 as the West End struggled with phone snatchers and shoplifters.",
    E("new record high in 2025", F(wm[2025] == max(wm.values())), "record",
      f"Westminster all crime {ser(wm)}: 2025 is below 2024 and 2023", "false"))

tp_all, tp_32 = yearly(minor="THEFT FROM THE PERSON"), y32(minor="THEFT FROM THE PERSON")
one("o70_tfp_record_2025", "2026-02-02",
    "Theft from the person reached a new record in London in 2025.",
    E("new record in London in 2025", F(tp_all[2025] == max(tp_all.values()) or tp_32[2025] == max(tp_32.values())),
      "record", f"theft from the person all rows {ser(tp_all)}; 32 boroughs {ser(tp_32)}: the record is 2024", "false"))

a, b = b2("Barking and Dagenham", minor="SHOPLIFTING")
one("o71_barking_shoplifting_soared", "2026-02-06",
    "Shoplifting in Barking and Dagenham soared by 35% last year.",
    E("soared by 35%", F(a > b), "change", f"Barking and Dagenham shoplifting 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}% "
      "(down 35%, not up)", "false"))

one("o72_hackney_quarter_bikes", "2026-02-11",
    "A quarter of all bike thefts in London happen in Hackney.",
    E("A quarter of all bike thefts", F(0.2 <= bike_b["Hackney"] / bk_32[2025] <= 0.3
                                        or 0.2 <= bike_b["Hackney"] / bk_all[2025] <= 0.3), "share",
      f"bicycle theft 2025: Hackney {bike_b['Hackney']} of {bk_all[2025]} (all rows) / {bk_32[2025]} (32 boroughs) = "
      f"{100 * bike_b['Hackney'] / bk_32[2025]:.1f}%; also {100 * mps(minor='BICYCLE THEFT', borough='Hackney', mm=r12(2025, 12)) / bk_32[2025]:.1f}% "
      "over the same 12 months", "false"))

kc = {y: dash("Knife Crime", mm=cal(y)) for y in (2023, 2024, 2025)}
kf = {y: dash("Knife Crime", mm=fy(y)) for y in (2023, 2024, 2025)}
one("o73_lbc_knife_highest", "2026-01-20",
    "The Policing Minister told LBC this morning that knife crime in London in 2025 was \"the highest it has ever "
    "been\". The Mayor should hang his head in shame.",
    E("the highest it has ever been", F(kc[2025] == max(kc.values())), "record",
      f"MPS dashboard knife crime, calendar {ser(kc)}; 2025 is down 17% on 2024 and below 2023 too. (FY {ser(kf)}: the "
      "financial year 2024/25 is the dashboard high, which is why the line names calendar 2025; the ONS series has "
      f"London at {max(ons_knife_region('London', y) for y in range(2009, 2020))} at most in 2009-2019)", "false"),
    OP("hang his head in shame", "a political judgement"))

a, b = b2("Havering", major="ROBBERY")
one("o74_havering_robbery_doubled", "2026-02-15",
    "Robbery has doubled in Havering in a year. Romford town centre after dark is like the Wild West.",
    E("doubled in Havering", F(a >= 1.8 * b), "change", f"Havering robbery 2025 {a} vs 2024 {b} = {pct(a, b):+.1f}%",
      "false"),
    OP("like the Wild West", "a figure of speech, no checkable figure"))

one("o75_bexley_bromley_burglary", "2026-02-17",
    "Bexley now has more burglaries than neighbouring Bromley, according to the latest police figures.",
    E("more burglaries than neighbouring Bromley", F(bu25["Bexley"] > bu25["Bromley"]
                                                     or mps(major="BURGLARY", borough="Bexley", mm=r12(2026, 1))
                                                     > mps(major="BURGLARY", borough="Bromley", mm=r12(2026, 1))),
      "compare", f"burglary 2025: Bexley {bu25['Bexley']}, Bromley {bu25['Bromley']} (also the 12 months to Jan 2026: "
      f"{mps(major='BURGLARY', borough='Bexley', mm=r12(2026, 1))} vs {mps(major='BURGLARY', borough='Bromley', mm=r12(2026, 1))})",
      "false"))

mer = yearly(borough="Merton")
one("o76_merton_third_year", "2026-02-03",
    "Crime in Merton has fallen for a third year in a row, which is a step in the right direction.",
    E("third year in a row", F(falls_in_a_row(mer, 2025) >= 3), "streak",
      f"Merton all crime {ser(mer)}: falls in 2024 and 2025 only (2023 rose)", "false"),
    OP("a step in the right direction", "a judgement"))

kcr25, kcr24 = knife_boroughs(C25)["Croydon"], knife_boroughs(C24)["Croydon"]
one("o77_croydon_knife_tenth", "2026-01-27",
    "Knife crime in Croydon was down by a tenth last year, the council's safer neighbourhoods board was told.",
    E("down by a tenth", F(7.5 <= -pct(kcr25, kcr24) <= 12.5), "change",
      f"MPS dashboard knife crime, Croydon: 2025 {kcr25} vs 2024 {kcr24} = {pct(kcr25, kcr24):+.1f}% (down a quarter)",
      "false"))

dp_b, cu_b = force_street("dyfed-powys", months(2022, 1, 2022, 11), "Burglary"), force_street("cumbria", months(
    2022, 1, 2022, 11), "Burglary")
one("o78_dyfed_cumbria_burglary", "2022-12-16",
    "Dyfed-Powys has recorded more burglaries than Cumbria so far this year, despite its reputation as one of the "
    "safest force areas.",
    E("more burglaries than Cumbria", F(dp_b > cu_b), "compare",
      f"police.uk street files Jan-Nov 2022, Burglary: Dyfed-Powys {dp_b}, Cumbria {cu_b}", "false"))

# ---------------------------------------------------------------- unverifiable
one("o79_fed_officer_numbers", "2026-02-02",
    "The Met now has 1,700 fewer officers than it did in 2010, and that is nothing short of a scandal.",
    NV("1,700 fewer officers", "police officer numbers: not in the open crime data"),
    OP("nothing short of a scandal", "a judgement"))

one("o80_croydon_response_times", "2026-01-14",
    "Average response times to 999 calls in Croydon have crept up to more than 15 minutes, a councillor claims.",
    NV("more than 15 minutes", "response times: not in the open crime data"))

one("o81_harrow_charge_rate", "2026-02-19",
    "Only 4% of burglaries in Harrow end with someone being charged, the Liberal Democrats say.",
    NV("Only 4%", "charge / outcome rates by borough: not in the data (no Met outcomes files)"))

one("o82_acs_retail_cost", "2026-01-25",
    "Retail crime cost London shops an estimated £1.2bn last year, the Association of Convenience Stores says.",
    NV("£1.2bn", "cost of crime: not in the data"))

one("o83_bromley_survey", "2026-03-12",
    "Three in four Bromley residents say they feel safe walking alone after dark, according to the council's "
    "latest residents' survey.",
    NV("Three in four", "a survey finding: not in the data"))

one("o84_shoreditch_spiking", "2026-02-27",
    "Reports of drink spiking in Shoreditch have doubled since 2023, according to Hackney's night-time economy team.",
    NV("doubled since 2023", "spiking is not a category in the recorded-crime data"))

one("o85_gmp_comparison", "2026-01-15",
    "Greater Manchester Police recorded 8% more crime last year than in 2024, while in London neighbourhood "
    "policing has been hollowed out.",
    NV("8% more crime", "no Greater Manchester data for 2024-2025 in the open files"),
    OP("hollowed out", "a judgement on policing"))

one("o86_knife_forecast", "2026-03-03",
    "At this rate, knife crime in London will fall below 10,000 offences a year by 2028, City Hall claims.",
    NV("below 10,000 offences a year by 2028", "a forecast"))

one("o87_bexley_catalytic", "2026-02-08",
    "Catalytic converter thefts in Bexley have fallen by 40% since 2022, thanks to free marking kits handed out at "
    "the Broadway.",
    NV("fallen by 40%", "catalytic converter theft is not a category in the data"))

# ---------------------------------------------------------------- opinion
one("o88_tweet_mayor_lost_control", "2026-01-10",
    "Sadiq Khan has lost control of London's streets, and everyone knows it.",
    OP("lost control of London's streets", "a political judgement"))

one("o89_lambeth_neighbourhood_policing", "2026-02-22",
    "Neighbourhood policing is the bedrock of safer communities, and Lambeth deserves far more of it.",
    OP("bedrock of safer communities", "a judgement on policing"))

one("o90_croydon_leader", "2026-03-01",
    "Croydon is a brilliant place to live, work and visit, whatever the headlines say.",
    OP("a brilliant place to live", "a judgement"))
