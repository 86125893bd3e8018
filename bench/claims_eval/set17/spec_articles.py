"""set17 ARTICLES part: short articles in different genres, written blind (the tester never read the checker,
its docs on claims, its tests, nor any older set's spec beyond the format head of set9's, their inputs or reports).

Every factual claim is true or false *by design*; book.T / book.F check that design against the raw files in
../shared/data and raise if they disagree. The notes give the figures and how they were computed.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from truth_sets import (  # noqa: E402,F401
    BOROUGHS32,
    SpecBook,
    cal,
    col,
    dash,
    falls_in_a_row,
    fy,
    fyearly,
    gla_pop,
    knife_boroughs,
    last_higher,
    last_lower,
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
    rises_in_a_row,
    victims,
    victims_by,
    victims_years,
    yearly,
)
from truth17a import force_types, lon32, ser, victims_where  # noqa: E402

book = SpecBook()
E, add, T, F, NV, OP = book.E, book.add, book.T, book.F, book.NV, book.OP

# ====================================================================== a1 local paper: Lewisham, calendar 2025
LW = "Lewisham"
lw_all = yearly(borough=LW)
lw_hom = yearly(minor="HOMICIDE", borough=LW)
lw_hom10 = mps(minor="HOMICIDE", borough=LW, mm=months(2010, 4, 2010, 12))
lw_burg = yearly(major="BURGLARY", borough=LW)
lw_drug = yearly(major="DRUG OFFENCES", borough=LW, years=(2024, 2025))
lw_weap = yearly(major="POSSESSION OF WEAPONS", borough=LW)
lw_weap10 = mps(major="POSSESSION OF WEAPONS", borough=LW, mm=months(2010, 4, 2010, 12))
lw_sex = yearly(major="SEXUAL OFFENCES", borough=LW)
lw_veh = yearly(major="VEHICLE OFFENCES", borough=LW, years=(2024, 2025))
lw_tfp = yearly(minor="THEFT FROM THE PERSON", borough=LW, years=(2024, 2025))
lw_rate = {y: 1000 * lw_all[2025] / gla_pop(LW, y) for y in (2024, 2025)}
lon_rate32 = 1000 * lon32(mm=cal(2025)) / london32_pop(2025)
lon_rate_all = 1000 * mps(mm=cal(2025)) / london32_pop(2025)
all25 = mps_by_borough(mm=cal(2025))
add("a1_local_paper_lewisham_2025.txt", "2026-01-22", [
    ("Lewisham crime dips, but homicides reach their highest level since current records began", [
        E("highest level since current records began",
          T(lw_hom[2025] > max(v for y, v in lw_hom.items() if y < 2025) and lw_hom[2025] > lw_hom10), "record",
          f"Lewisham homicide offences by calendar year {ser(lw_hom)}; Apr-Dec 2010 {lw_hom10}; the MPS borough series "
          "starts April 2010, so 2025's 11 is the most in the series", "true")]),
    ("The Metropolitan Police recorded 29,199 offences in Lewisham last year, a fall of about 4% on the 30,444 logged "
     "in 2024. It is the first drop in the borough's annual total since 2021.", [
        E("29,199", T(lw_all[2025] == 29199 and lw_all[2024] == 30444), "count",
          f"Lewisham all crime (NFIB fraud excluded) 2025 {lw_all[2025]}, 2024 {lw_all[2024]}", "true"),
        E("a fall of about 4%", T(pct_is(-4, lw_all[2025], lw_all[2024])), "change",
          f"{pct(lw_all[2025], lw_all[2024]):+.1f}%", "true"),
        E("first drop in the borough's annual total since 2021",
          T(lw_all[2021] < lw_all[2020] and lw_all[2022] > lw_all[2021] and lw_all[2023] > lw_all[2022]
            and lw_all[2024] > lw_all[2023] and lw_all[2025] < lw_all[2024]), "turn",
          f"Lewisham by year {ser(lw_all)}: 2021 fell, 2022-2024 rose, 2025 fell", "true")]),
    ("Eleven homicides were recorded in the borough in 2025, up from seven the year before.", [
        E("up from seven", T(lw_hom[2025] == 11 and lw_hom[2024] == 7), "change",
          f"Lewisham homicide offences 2025 {lw_hom[2025]}, 2024 {lw_hom[2024]} (offences, the MPS series; no victims "
          "file covers 2024-25)", "true")]),
    ("Burglaries fell to 1,516, the lowest annual figure on record and less than half the 3,237 recorded in 2011.", [
        E("lowest annual figure on record", T(lw_burg[2025] == 1516 and lw_burg[2025] == min(lw_burg.values())), "record",
          f"Lewisham burglary (all burglary minors) {ser(lw_burg)}", "true"),
        E("less than half", T(lw_burg[2025] < lw_burg[2011] / 2 and lw_burg[2011] == 3237), "compare",
          f"{lw_burg[2025]} vs half of {lw_burg[2011]} = {lw_burg[2011] / 2}", "true")]),
    ("Drug offences were up by a third, while weapon possession offences rose by more than 40% to 339, the most in any "
     "year since at least 2011.", [
        E("up by a third", F(abs(pct(lw_drug[2025], lw_drug[2024]) - 33.3) < 4), "change",
          f"Lewisham drug offences 2025 {lw_drug[2025]} vs 2024 {lw_drug[2024]} = "
          f"{pct(lw_drug[2025], lw_drug[2024]):+.1f}%: a quarter, not a third", "false"),
        E("more than 40%", T(lw_weap[2025] == 339 and pct(lw_weap[2025], lw_weap[2024]) > 40), "change",
          f"Lewisham possession of weapons 2025 {lw_weap[2025]} vs 2024 {lw_weap[2024]} = "
          f"{pct(lw_weap[2025], lw_weap[2024]):+.1f}%", "true"),
        E("the most in any year since at least 2011",
          T(lw_weap[2025] == max(lw_weap.values()) and lw_weap[2025] > lw_weap10), "record",
          f"Lewisham possession of weapons by year {ser(lw_weap)} (Apr-Dec 2010 {lw_weap10})", "true")]),
    ("Recorded sexual offences rose for a sixth year running, to 1,064.", [
        E("sixth year running", T(rises_in_a_row(lw_sex, 2025) == 6 and lw_sex[2025] == 1064), "streak",
          f"Lewisham sexual offences {ser(lw_sex)}: rises every year 2020-2025 after a dip in 2019", "true")]),
    ("Vehicle crime dropped by more than a fifth, and phone and bag snatches - classed as theft from the person - "
     "fell from 1,787 to 1,233.", [
        E("more than a fifth", F(pct(lw_veh[2025], lw_veh[2024]) < -20), "change",
          f"Lewisham vehicle offences 2025 {lw_veh[2025]} vs 2024 {lw_veh[2024]} = "
          f"{pct(lw_veh[2025], lw_veh[2024]):+.1f}%, less than a fifth", "false"),
        E("fell from 1,787 to 1,233", T(lw_tfp[2024] == 1787 and lw_tfp[2025] == 1233), "change",
          f"Lewisham theft from the person 2024 {lw_tfp[2024]}, 2025 {lw_tfp[2025]}", "true")]),
    ("That works out at roughly 89 offences per 1,000 residents, below the London average.", [
        E("89 offences per 1,000", T(all(near(89, v, 0.01) for v in lw_rate.values())), "rate",
          f"Lewisham 2025 {lw_all[2025]} per 1,000 of GLA population 2025 ({gla_pop(LW, 2025)}) = {lw_rate[2025]:.1f}, "
          f"of 2024 ({gla_pop(LW, 2024)}) = {lw_rate[2024]:.1f}", "true"),
        E("below the London average", T(lw_rate[2025] < min(lon_rate32, lon_rate_all)), "compare",
          f"London 2025 per 1,000 (GLA pop of the 32 boroughs {london32_pop(2025)}): 32 boroughs {lon_rate32:.1f}, all "
          f"MPS rows {lon_rate_all:.1f}; Lewisham {lw_rate[2025]:.1f}", "true")]),
    ("Lewisham ranked 13th of the 32 boroughs for the number of offences.", [
        E("13th of the 32 boroughs", T(rank_of(LW, all25) == 13), "rank",
          f"2025 all-crime counts, Lewisham rank {rank_of(LW, all25)} (Haringey {all25['Haringey']} just below, Islington "
          f"{all25['Islington']} just above)", "true")]),
    ("Councillor Amara Okafor, cabinet member for safer communities, said: \"Every one of these deaths is a tragedy. But "
     "Lewisham remains a safe and welcoming place to live, work and visit.\"", [
        OP("remains a safe and welcoming place", "a judgement on safety; no figure")]),
    ("Police said 94% of burglary victims were visited within 48 hours, and that 12 extra officers funded by the council "
     "would patrol Deptford High Street from April.", [
        NV("94% of burglary victims", "attendance times for burglary victims are not in the open data"),
        NV("12 extra officers", "officer numbers / deployments are not in the open data")]),
    ("Anyone with information can call Crimestoppers anonymously on 0800 555 111.", []),
])

# ====================================================================== a2 national tabloid: London snatches and shoplifting, 2025
TFP, SHOP = "THEFT FROM THE PERSON", "SHOPLIFTING"
tfp_all = yearly(minor=TFP)
tfp32 = {y: lon32(minor=TFP, mm=cal(y)) for y in (2023, 2024, 2025)}
tfp_min = {k: 525600 / v for k, v in (("all rows", tfp_all[2025]), ("32 boroughs", tfp32[2025]))}
wm_tfp = mps(minor=TFP, borough="Westminster", mm=cal(2025))
wm_share = {k: 100 * wm_tfp / v for k, v in (("all rows", tfp_all[2025]), ("32 boroughs", tfp32[2025]))}
shop_all = yearly(minor=SHOP)
shop32 = {y: lon32(minor=SHOP, mm=cal(y)) for y in range(2011, 2026)}
rob_all = yearly(major="ROBBERY", years=(2024, 2025))
rob32 = {y: lon32(major="ROBBERY", mm=cal(y)) for y in (2024, 2025)}
bur_all = yearly(major="BURGLARY", years=(2011, 2025))
bur32 = {y: lon32(major="BURGLARY", mm=cal(y)) for y in (2011, 2025)}
veh_all = yearly(major="VEHICLE OFFENCES", years=(2024, 2025))
veh32 = {y: lon32(major="VEHICLE OFFENCES", mm=cal(y)) for y in (2024, 2025)}
hom_all = yearly(minor="HOMICIDE")
hom32 = {y: lon32(minor="HOMICIDE", mm=cal(y)) for y in range(2011, 2026)}
add("a2_tabloid_snatch_capital_2025.txt", "2026-01-30", [
    ("SNATCH CAPITAL: Street thieves strike once every six minutes in Sadiq's London", [
        E("once every six minutes", T(all(5.5 <= v < 6.5 for v in tfp_min.values())), "rate",
          f"theft from the person, London 2025: all MPS rows {tfp_all[2025]}, 32 boroughs {tfp32[2025]}; minutes in a "
          f"year / offences = {', '.join(f'{k} {v:.2f}' for k, v in tfp_min.items())}", "true")]),
    ("Thieves carried out more than 85,000 thefts from the person in the capital last year - around 234 every day.", [
        E("more than 85,000", T(min(tfp_all[2025], tfp32[2025]) > 85000), "count",
          f"London 2025 theft from the person: all rows {tfp_all[2025]}, 32 boroughs {tfp32[2025]} "
          f"({tfp_all[2025] / 365:.1f} / {tfp32[2025] / 365:.1f} a day)", "true")]),
    ("That is down around 15% on 2024's all-time high of 101,053, but still more than in any year before 2024.", [
        E("down around 15%", T(pct_is(-15, tfp_all[2025], tfp_all[2024]) and pct_is(-15, tfp32[2025], tfp32[2024], slack=1)), "change",
          f"all rows {tfp_all[2025]} vs {tfp_all[2024]} = {pct(tfp_all[2025], tfp_all[2024]):+.1f}%; 32 boroughs "
          f"{tfp32[2025]} vs {tfp32[2024]} = {pct(tfp32[2025], tfp32[2024]):+.1f}% (the quoted 101,053 is the all-rows figure; 'around 15%' holds on both)", "true"),
        E("all-time high of 101,053", T(tfp_all[2024] == 101053 and tfp_all[2024] == max(tfp_all.values())), "record",
          f"London theft from the person by year (all rows) {ser(tfp_all)}", "true"),
        E("more than in any year before 2024", T(tfp_all[2025] > max(v for y, v in tfp_all.items() if y < 2024)
                                                 and tfp32[2025] > tfp32[2023]), "record",
          f"2025 {tfp_all[2025]} vs the pre-2024 high {max(v for y, v in tfp_all.items() if y < 2024)} (2023)", "true")]),
    ("Westminster alone accounted for nearly three in ten of them, with 25,182 offences.", [
        E("nearly three in ten", T(all(28 <= v < 30 for v in wm_share.values()) and wm_tfp == 25182), "share",
          f"Westminster 2025 theft from the person {wm_tfp}: {', '.join(f'{k} {v:.1f}%' for k, v in wm_share.items())}",
          "true")]),
    ("Shoplifting hit a record 88,247 offences, more than double the 2021 figure.", [
        E("record 88,247", T(shop_all[2025] == 88247 and shop_all[2025] == max(shop_all.values())
                            and shop32[2025] == max(shop32.values())), "record",
          f"London shoplifting by year (all rows) {ser(shop_all)}; the 32-borough series also peaks in 2025 "
          f"({shop32[2025]})", "true"),
        E("more than double the 2021 figure", T(shop_all[2025] > 2 * shop_all[2021] and shop32[2025] > 2 * shop32[2021]),
          "compare", f"2025 {shop_all[2025]} vs 2021 {shop_all[2021]} = x{shop_all[2025] / shop_all[2021]:.2f}", "true")]),
    ("Muggings are also on the rise, with robberies up 8% to more than 32,000.", [
        E("robberies up 8%", F(rob_all[2025] > rob_all[2024] or rob32[2025] > rob32[2024]), "change",
          f"London robbery 2025 {rob_all[2025]} vs 2024 {rob_all[2024]} = {pct(rob_all[2025], rob_all[2024]):+.1f}% "
          f"(32 boroughs {pct(rob32[2025], rob32[2024]):+.1f}%): down about 8%, not up", "false")]),
    ("Burglaries fell to 48,064, a third of the level seen in 2011.", [
        E("a third of the level", F(abs(bur_all[2025] / bur_all[2011] - 1 / 3) < 0.05), "compare",
          f"London burglary 2025 {bur_all[2025]} vs 2011 {bur_all[2011]} = {bur_all[2025] / bur_all[2011]:.2f} of it "
          f"(32 boroughs {bur32[2025] / bur32[2011]:.2f}): half, not a third", "false")]),
    ("Vehicle crime was down by around 14 per cent.", [
        E("down by around 14 per cent", T(pct_is(-14, veh_all[2025], veh_all[2024], slack=1) and pct_is(-14, veh32[2025], veh32[2024], slack=1)),
          "change", f"London vehicle offences 2025 {veh_all[2025]} vs 2024 {veh_all[2024]} = "
          f"{pct(veh_all[2025], veh_all[2024]):+.1f}% (32 boroughs {pct(veh32[2025], veh32[2024]):+.1f}%)", "true")]),
    ("Only 4% of phone snatches end with someone being charged, according to figures dug out by the Tories.", [
        NV("Only 4% of phone snatches", "charge rates (outcomes) for Met offences are not in the open data")]),
    ("Tory London Assembly member Neil Garratt fumed: \"Sadiq Khan has lost control of London's streets and ordinary "
     "Londoners are paying the price.\"", [
        OP("lost control of London's streets", "a political judgement")]),
    ("A City Hall spokesperson hit back that homicides fell to 96 last year, the lowest in more than a decade.", [
        E("lowest in more than a decade", T(hom_all[2025] == 96 and last_lower(hom_all, 2025) == 2014
                                            and last_lower(hom32, 2025) == 2014), "record",
          f"London homicide offences by year: all rows {ser(hom_all)}; 32 boroughs {ser(hom32)}: 2025's 96 is the lowest "
          "since 2014 on both (11 years)", "true")]),
])

# ====================================================================== a3 council press release: Hounslow, FY 2024/25
HO = "Hounslow"
ho_all = fyearly(borough=HO)
fb25, fb24 = mps_by_borough(mm=fy(2025)), mps_by_borough(mm=fy(2024))
fch = {b: pct(fb25[b], fb24[b]) for b in fb25}
ho_burg = fyearly(major="BURGLARY", borough=HO)
ho_kn = {y: dash("Knife Crime", borough=HO, mm=fy(y)) for y in (2024, 2025)}
ho_kwi = {y: dash("Knife Crime with Injury", borough=HO, mm=fy(y)) for y in (2024, 2025)}
ho_weap = fyearly(major="POSSESSION OF WEAPONS", borough=HO, ends=(2024, 2025))
ho_shop = fyearly(minor=SHOP, borough=HO, ends=(2024, 2025))
ho_tfp = fyearly(minor=TFP, borough=HO, ends=(2024, 2025))
ho_rob = fyearly(major="ROBBERY", borough=HO, ends=(2024, 2025))
add("a3_council_release_hounslow_fy.txt", "2025-05-14", [
    ("PRESS RELEASE: Crime falls in Hounslow as partnership working pays off", [
        E("Crime falls in Hounslow", T(ho_all[2025] < ho_all[2024]), "direction",
          f"Hounslow all crime FY 2024/25 {ho_all[2025]} vs 2023/24 {ho_all[2024]}", "true")]),
    ("Recorded crime in Hounslow fell by 4% in 2024/25, the biggest fall of any London borough, according to "
     "Metropolitan Police figures.", [
        E("fell by 4%", T(pct_is(-4, ho_all[2025], ho_all[2024])), "change",
          f"{pct(ho_all[2025], ho_all[2024]):+.1f}%", "true"),
        E("the biggest fall of any London borough", F(min(fch, key=fch.get) == HO), "rank",
          f"FY 2024/25 vs 2023/24 changes: Hounslow {fch[HO]:+.1f}% ranks {rank_of(HO, fch, desc=False)} of 32; biggest "
          f"fall {min(fch, key=fch.get)} {min(fch.values()):+.1f}%", "false")]),
    ("Burglary dropped by almost a third to 1,320 offences, the lowest for any financial year since records began.", [
        E("almost a third", T(27 <= -pct(ho_burg[2025], ho_burg[2024]) < 33.4 and ho_burg[2025] == 1320), "change",
          f"Hounslow burglary FY 2024/25 {ho_burg[2025]} vs {ho_burg[2024]} = {pct(ho_burg[2025], ho_burg[2024]):+.1f}%",
          "true"),
        E("lowest for any financial year", T(ho_burg[2025] == min(ho_burg.values())), "record",
          f"Hounslow burglary by FY (ending March) {ser(ho_burg)}; first FY in the series is 2010/11", "true")]),
    ("Knife crime fell by 10%, and knife crime with injury was down by a fifth, from 136 to 109 offences.", [
        E("Knife crime fell by 10%", T(pct_is(-10, ho_kn[2025], ho_kn[2024])), "change",
          f"MPS monthly crime dashboard, Hounslow knife crime offences FY 2024/25 {ho_kn[2025]} vs 2023/24 {ho_kn[2024]} = "
          f"{pct(ho_kn[2025], ho_kn[2024]):+.1f}%", "true"),
        E("down by a fifth", T(ho_kwi[2024] == 136 and ho_kwi[2025] == 109 and pct_is(-20, ho_kwi[2025], ho_kwi[2024])),
          "change", f"knife crime with injury {ho_kwi[2025]} vs {ho_kwi[2024]} = {pct(ho_kwi[2025], ho_kwi[2024]):+.1f}%",
          "true")]),
    ("Weapon possession offences fell by a quarter, while robbery rose by just 2%.", [
        E("fell by a quarter", T(pct_is(-25, ho_weap[2025], ho_weap[2024])), "change",
          f"Hounslow possession of weapons FY {ho_weap[2025]} vs {ho_weap[2024]} = "
          f"{pct(ho_weap[2025], ho_weap[2024]):+.1f}%", "true"),
        E("robbery rose by just 2%", T(pct_is(2, ho_rob[2025], ho_rob[2024])), "change",
          f"Hounslow robbery FY {ho_rob[2025]} vs {ho_rob[2024]} = {pct(ho_rob[2025], ho_rob[2024]):+.1f}%", "true")]),
    ("Shoplifting rose by 15%, and theft from the person went up by 80% to 1,087 offences.", [
        E("Shoplifting rose by 15%", F(pct_is(15, ho_shop[2025], ho_shop[2024], slack=2)), "change",
          f"Hounslow shoplifting FY {ho_shop[2025]} vs {ho_shop[2024]} = {pct(ho_shop[2025], ho_shop[2024]):+.1f}%: up "
          "more than 40%, not 15%", "false"),
        E("went up by 80%", T(pct_is(80, ho_tfp[2025], ho_tfp[2024]) and ho_tfp[2025] == 1087), "change",
          f"Hounslow theft from the person FY {ho_tfp[2025]} vs {ho_tfp[2024]} = {pct(ho_tfp[2025], ho_tfp[2024]):+.1f}%",
          "true")]),
    ("Cllr Shivraj Grewal, cabinet member for community safety, said: \"These results show that our partnership with "
     "the police is paying off, and that Hounslow is one of the safest places to live in west London.\"", [
        OP("paying off", "a judgement on policy"),
        OP("one of the safest places to live", "a judgement on safety")]),
    ("\"Our 40 new CCTV cameras and the Safer Streets team have made a real difference in Hounslow town centre.\"", [
        NV("40 new CCTV cameras", "council CCTV numbers and their effect are not in the open data")]),
    ("Chief Superintendent Sean Wilson said officers had made more than 2,000 arrests for violent offences in the "
     "borough over the year.", [
        NV("more than 2,000 arrests", "the custody data has no borough; arrests by borough are not in the open data")]),
    ("Media enquiries: press office, 020 8583 2000.", []),
])

# ====================================================================== a4 Mayor's Question Time transcript: knife crime
KN, KWI, KV = "Knife Crime", "Knife Crime with Injury", "Knife Injury Victims (1-24)"
kn_r = {e: dash(KN, mm=r12(*e)) for e in ((2026, 2), (2025, 2))}
kwi_r = {e: dash(KWI, mm=r12(*e)) for e in ((2026, 2), (2025, 2))}
kv_ends = [(y, m) for y in (2023, 2024, 2025, 2026) for m in range(1, 13) if (2023, 2) <= (y, m) <= (2026, 2)]
kv_r = {e: dash(KV, mm=r12(*e)) for e in kv_ends}
kn25 = knife_boroughs(cal(2025))
kn24 = knife_boroughs(cal(2024))
rob_y = yearly(major="ROBBERY", years=(2016, 2025))
rob_y32 = {y: lon32(major="ROBBERY", mm=cal(y)) for y in (2016, 2025)}
add("a4_mqt_transcript_knife_crime.txt", "2026-03-19", [
    ("Mayor's Question Time, 19 March 2026. Question 2026/0417: Knife crime.", []),
    ("Susan Hall AM: Mr Mayor, after ten years of your policing plans, isn't the state of our streets a damning verdict "
     "on your record?", [
        OP("damning verdict", "a political judgement")]),
    ("The Mayor: Knife crime in London fell by 17% in the 12 months to February, to around 13,500 offences.", [
        E("fell by 17%", T(pct_is(-17, kn_r[(2026, 2)], kn_r[(2025, 2)], slack=0.6)), "change",
          f"MPS dashboard knife crime offences, 12 months to Feb 2026 {kn_r[(2026, 2)]} vs to Feb 2025 {kn_r[(2025, 2)]} = "
          f"{pct(kn_r[(2026, 2)], kn_r[(2025, 2)]):+.1f}% (rounds to 17 or 18; 'fell by 17%' is within rounding)", "true"),
        E("around 13,500", T(near(13500, kn_r[(2026, 2)], 0.01)), "count",
          f"{kn_r[(2026, 2)]}", "true")]),
    ("Knife crime with injury is down by more than 10%, and the number of young people under 25 injured by knives is "
     "the lowest since our dashboard began.", [
        E("down by more than 10%", T(pct(kwi_r[(2026, 2)], kwi_r[(2025, 2)]) < -10), "change",
          f"knife crime with injury, 12 months to Feb 2026 {kwi_r[(2026, 2)]} vs {kwi_r[(2025, 2)]} = "
          f"{pct(kwi_r[(2026, 2)], kwi_r[(2025, 2)]):+.1f}%", "true"),
        E("the lowest since our dashboard began", T(kv_r[(2026, 2)] == min(kv_r.values())), "record",
          f"knife injury victims aged 1-24, rolling 12 months since the first full one (to Feb 2023): to Feb 2026 "
          f"{kv_r[(2026, 2)]}, lowest of {len(kv_r)}; earlier min {min(v for k, v in kv_r.items() if k != (2026, 2))}; "
          f"calendar 2025 {dash(KV, mm=cal(2025))} is also the lowest calendar year (2023 {dash(KV, mm=cal(2023))}, "
          f"2024 {dash(KV, mm=cal(2024))})", "true")]),
    ("And homicides last year, at 96, were the lowest since 2014.", [
        E("the lowest since 2014", T(hom_all[2025] == 96 and last_lower(hom_all, 2025) == 2014
                                     and last_lower(hom32, 2025) == 2014), "record",
          f"London homicide offences: all rows {ser(hom_all)}", "true")]),
    ("Susan Hall AM: That is still more than 40 knife crimes every single day. And robbery is higher now than when you took "
     "office in 2016.", [
        E("more than 40 knife crimes every single day", F(kn_r[(2026, 2)] / 365 > 40 or dash(KN, mm=cal(2025)) / 365 > 40),
          "rate", f"{kn_r[(2026, 2)]} / 365 = {kn_r[(2026, 2)] / 365:.1f} a day (12 months to Feb 2026; calendar 2025 "
          f"{dash(KN, mm=cal(2025)) / 365:.1f}): about 37, not more than 40", "false"),
        E("higher now than when you took office in 2016", T(rob_y[2025] > rob_y[2016] and rob_y32[2025] > rob_y32[2016]),
          "compare", f"London robbery 2025 {rob_y[2025]} vs 2016 {rob_y[2016]} (32 boroughs {rob_y32[2025]} vs "
          f"{rob_y32[2016]})", "true")]),
    ("The Mayor: In 2025 Newham recorded more knife offences than any other borough, 840. Lambeth, which topped the "
     "table the year before, saw its knife crime halve.", [
        E("more knife offences than any other borough", T(max(kn25, key=kn25.get) == "Newham" and kn25["Newham"] == 840),
          "rank", f"dashboard knife crime, calendar 2025 by borough: Newham {kn25['Newham']}, Westminster "
          f"{kn25['Westminster']}, Southwark {kn25['Southwark']}", "true"),
        E("topped the table the year before", T(max(kn24, key=kn24.get) == "Lambeth"), "rank",
          f"calendar 2024: Lambeth {kn24['Lambeth']}, Westminster {kn24['Westminster']}", "true"),
        E("saw its knife crime halve", F(pct(kn25["Lambeth"], kn24["Lambeth"]) <= -45), "change",
          f"Lambeth knife crime 2025 {kn25['Lambeth']} vs 2024 {kn24['Lambeth']} = "
          f"{pct(kn25['Lambeth'], kn24['Lambeth']):+.1f}%: down a third, not half", "false")]),
    ("The Met has recruited 1,200 more officers since January 2025, and our Violence Reduction Unit has now worked with "
     "more than 200,000 young people.", [
        NV("1,200 more officers", "officer recruitment is not in the open data"),
        NV("200,000 young people", "VRU programme reach is not in the open data")]),
    ("Caroline Russell AM: Stop and search has done little to bring knife crime down, and it has badly damaged trust in "
     "the Met.", [
        OP("badly damaged trust", "a judgement on policing")]),
    ("The Mayor: London's homicide rate is now lower than that of Paris or Berlin.", [
        NV("lower than that of Paris or Berlin", "city-level homicide rates for Paris and Berlin are not in the open data "
           "(only national OWID/UNODC rates)")]),
])

# ====================================================================== a5 police statement: South Yorkshire, Jan-Nov 2022
JN22 = months(2022, 1, 2022, 11)
SYF = "south-yorkshire"
sy = {m: force_types(SYF, [m]) for m in JN22}
sy_burg = {m: sy[m]["Burglary"] for m in JN22}
sy_veh = {m: sy[m]["Vehicle crime"] for m in JN22}
sy_asb = {m: sy[m]["Anti-social behaviour"] for m in JN22}
sy_shop = [sy[m]["Shoplifting"] for m in JN22]
sy_drug = {m: sy[m]["Drugs"] for m in JN22}
sy_rob = {m: sy[m]["Robbery"] for m in JN22}
sy_tot = force_types(SYF, JN22)
sy_vso = sy_tot["Violence and sexual offences"]
sy_all, sy_ex = sum(sy_tot.values()), sum(v for k, v in sy_tot.items() if k != "Anti-social behaviour")
me_tot = force_types("merseyside", JN22)
add("a5_police_statement_south_yorkshire.txt", "2022-12-20", [
    ("South Yorkshire Police: statement on recorded crime, January to November 2022", []),
    ("Burglary fell over the summer, with fewer than 900 burglaries recorded in each of June, July and August.", [
        E("fewer than 900 burglaries", T(all(sy_burg[m] < 900 for m in ("202206", "202207", "202208"))), "count",
          f"police.uk street files, South Yorkshire burglary by month 2022-01..11: {ser(sy_burg)}", "true")]),
    ("Vehicle crime, however, rose sharply in the autumn. October's 1,400 offences were the highest monthly figure of "
     "the year, and more than half as many again as in January.", [
        E("highest monthly figure of the year", T(sy_veh["202210"] == 1400 and sy_veh["202210"] == max(sy_veh.values())),
          "record", f"South Yorkshire vehicle crime by month {ser(sy_veh)}", "true"),
        E("more than half as many again", T(sy_veh["202210"] > 1.5 * sy_veh["202201"]), "compare",
          f"October {sy_veh['202210']} vs January {sy_veh['202201']} = x{sy_veh['202210'] / sy_veh['202201']:.2f}", "true")]),
    ("November's burglary total of 1,065 was the highest since January.", [
        E("highest since January", T(sy_burg["202211"] == 1065 and sy_burg["202211"] < sy_burg["202201"]
                                     and all(sy_burg[m] < sy_burg["202211"] for m in JN22[1:10])), "record",
          f"burglary Nov {sy_burg['202211']}, Jan {sy_burg['202201']}, Feb-Oct max {max(sy_burg[m] for m in JN22[1:10])}",
          "true")]),
    ("Violence and sexual offences make up more than half of all crime reported to us.", [
        E("more than half of all crime", F(sy_vso / sy_ex > 0.5 or sy_vso / sy_all > 0.5), "share",
          f"violence and sexual offences Jan-Nov 2022 {sy_vso}: {100 * sy_vso / sy_all:.1f}% of all rows incl. "
          f"anti-social behaviour ({sy_all}), {100 * sy_vso / sy_ex:.1f}% of crimes excl. ASB ({sy_ex}): about a third "
          "or two-fifths, not more than half, on either reading", "false")]),
    ("Shoplifting rose every month from January to April, while drug offences fell in November.", [
        E("rose every month from January to April", T(sy_shop[0] < sy_shop[1] < sy_shop[2] < sy_shop[3]), "streak",
          f"shoplifting Jan-Apr {sy_shop[:4]}", "true"),
        E("drug offences fell in November", F(sy_drug["202211"] < sy_drug["202210"]), "direction",
          f"drug offences Oct {sy_drug['202210']}, Nov {sy_drug['202211']}: up, not down", "false")]),
    ("Anti-social behaviour peaked in August, at almost 2,500 incidents.", [
        E("peaked in August", T(max(sy_asb, key=sy_asb.get) == "202208" and 2400 <= sy_asb["202208"] < 2500), "record",
          f"anti-social behaviour by month {ser(sy_asb)}", "true")]),
    ("Robbery in October was double January's level, and over the eleven months we recorded almost twice as many "
     "burglaries as our colleagues in Merseyside.", [
        E("double January's level", F(sy_rob["202210"] >= 1.9 * sy_rob["202201"]), "compare",
          f"robbery Oct {sy_rob['202210']} vs Jan {sy_rob['202201']} = x{sy_rob['202210'] / sy_rob['202201']:.2f}: up "
          "two-fifths, not double", "false"),
        E("almost twice as many burglaries", T(1.85 <= sy_tot["Burglary"] / me_tot["Burglary"] < 2), "compare",
          f"burglary Jan-Nov 2022: South Yorkshire {sy_tot['Burglary']}, Merseyside {me_tot['Burglary']} = "
          f"x{sy_tot['Burglary'] / me_tot['Burglary']:.2f}", "true")]),
    ("Our average response time to emergency calls was under 15 minutes, and we now have 300 more officers than in "
     "2019.", [
        NV("under 15 minutes", "response times are not in the open data"),
        NV("300 more officers", "officer numbers are not in the open data")]),
    ("Assistant Chief Constable Dave Hartley said: \"South Yorkshire remains a safe place to live and work, and people "
     "should be reassured by these figures.\"", [
        OP("remains a safe place to live", "a judgement on safety")]),
    ("To report a crime, call 101, or 999 in an emergency.", []),
])

# ====================================================================== a6 campaign group briefing: rape and VAWG, London
rape = yearly(minor="RAPE")
rape32 = {y: lon32(minor="RAPE", mm=cal(y)) for y in range(2011, 2026)}
rape_b = mps_by_borough(minor="RAPE", mm=cal(2025))
sh = yearly(minor="STALKING AND HARASSMENT", years=(2018, 2025))
sh32 = {y: lon32(minor="STALKING AND HARASSMENT", mm=cal(y)) for y in (2018, 2025)}
so = yearly(major="SEXUAL OFFENCES", years=(2022, 2023, 2024, 2025))
so32 = {y: lon32(major="SEXUAL OFFENCES", mm=cal(y)) for y in (2022, 2023, 2024, 2025)}
fem22, da22, v22 = victims_where(2022, Sex="Female"), victims_where(2022, Domestic_Abuse="Domestic Abuse"), victims(2022)
add("a6_campaign_briefing_rape_london.txt", "2026-03-08", [
    ("International Women's Day briefing: the numbers London cannot ignore", []),
    ("Rapes recorded by the Metropolitan Police reached some 9,700 last year, the highest figure on record.", [
        E("some 9,700", T(near(9700, rape[2025]) and near(9700, rape32[2025])), "count", f"London rape offences 2025, all MPS rows {rape[2025]}, 32 boroughs "
          f"{rape32[2025]}: both within 1% of 9,700", "true"),
        E("highest figure on record", T(rape[2025] == max(rape.values()) and rape32[2025] == max(rape32.values())),
          "record", f"London rape by year, all rows {ser(rape)}; 32 boroughs also peak in 2025", "true")]),
    ("That is up by a fifth in a single year, and more than two and a half times the level of 2011.", [
        E("up by a fifth in a single year", F(pct(rape[2025], rape[2024]) >= 17 or pct(rape32[2025], rape32[2024]) >= 17),
          "change", f"2025 {rape[2025]} vs 2024 {rape[2024]} = {pct(rape[2025], rape[2024]):+.1f}% (32 boroughs "
          f"{pct(rape32[2025], rape32[2024]):+.1f}%): 11-15%, not a fifth, on either reading", "false"),
        E("more than two and a half times", T(rape[2025] / rape[2011] > 2.5 and rape32[2025] / rape32[2011] > 2.5), "compare",
          f"all rows {rape[2025]} / {rape[2011]} = x{rape[2025] / rape[2011]:.2f}; 32 boroughs {rape32[2025]} / "
          f"{rape32[2011]} = x{rape32[2025] / rape32[2011]:.2f}", "true")]),
    ("It means more than one rape is reported to the Met every hour of every day.", [
        E("more than one rape is reported to the Met every hour", T(rape[2025] / 8760 > 1 and rape32[2025] / 8760 > 1),
          "rate", f"{rape[2025]} / 8,760 hours = {rape[2025] / 8760:.2f} an hour", "true")]),
    ("Rape reports have risen every single year since 2011.", [
        E("risen every single year since 2011", F(rises_in_a_row(rape, 2025) >= 14 or rises_in_a_row(rape32, 2025) >= 14), "streak",
          f"London rape by year {ser(rape)}: falls in 2012, 2019, 2020, 2023 and 2024", "false")]),
    ("Westminster recorded more rapes than any other borough.", [
        E("Westminster recorded more rapes than any other borough", F(max(rape_b, key=rape_b.get) == "Westminster"),
          "rank", f"rape 2025 by borough: Croydon {rape_b['Croydon']}, Southwark {rape_b['Southwark']}, Newham "
          f"{rape_b['Newham']}, Westminster {rape_b['Westminster']} (rank {rank_of('Westminster', rape_b)})", "false")]),
    ("Stalking and harassment offences have doubled since 2018, to almost 60,000.", [
        E("doubled since 2018", F(sh[2025] >= 1.8 * sh[2018]), "change",
          f"London stalking and harassment 2025 {sh[2025]} vs 2018 {sh[2018]} = x{sh[2025] / sh[2018]:.2f} (32 boroughs "
          f"x{sh32[2025] / sh32[2018]:.2f}): up a fifth, not doubled", "false"),
        E("almost 60,000", T(57000 <= sh[2025] < 60000), "count", f"2025 all rows {sh[2025]}, 32 boroughs {sh32[2025]}",
          "true")]),
    ("Sexual offences as a whole rose for the second year running, to around 27,000.", [
        E("second year running", T(so[2023] < so[2022] and so[2024] > so[2023] and so[2025] > so[2024]
                                   and so32[2023] < so32[2022] and so32[2024] > so32[2023] and so32[2025] > so32[2024]),
          "streak", f"London sexual offences all rows {ser(so)}; 32 boroughs {ser(so32)}", "true"),
        E("around 27,000", T(near(27000, so[2025]) and near(27000, so32[2025])), "count",
          f"London sexual offences 2025: all rows {so[2025]}, 32 boroughs {so32[2025]}; both within 1% of 27,000", "true")]),
    ("In 2022, 28 women and girls were killed in London, and one in six homicide victims died in a domestic abuse context.", [
        E("28 women and girls were killed", T(fem22 == 28), "count",
          f"Met homicide victims 2022, Sex=Female: {fem22} (one of them in the Child age group, hence 'women and girls')", "true"),
        E("one in six homicide victims", T(abs(da22 / v22 - 1 / 6) < 0.02), "share",
          f"domestic abuse victims 2022 {da22} of {v22} = {100 * da22 / v22:.1f}%", "true")]),
    ("Yet only 2% of rapes reported in London lead to a charge, and five in six women who are raped never go to the "
     "police at all.", [
        NV("only 2% of rapes", "charge rates are not in the open data"),
        NV("five in six women", "unreported crime is not in police-recorded data")]),
    ("The Met remains institutionally misogynist, and the justice system is failing women at every stage.", [
        OP("institutionally misogynist", "a judgement on policing"),
        OP("failing women at every stage", "a judgement on the justice system")]),
])

# ====================================================================== a7 think-tank briefing: homicide, London and abroad
ew21, us21, fr21, de21, jp21 = (owid(c, 2021) for c in ("England and Wales", "United States", "France", "Germany", "Japan"))
ca = {y: owid("Canada", y) for y in range(2012, 2023)}
vy = victims_years()
knife22 = victims_where(2022, Method_of_Killing="Knife or Sharp Implement")
male22 = victims_where(2022, Sex="Male")
uns22 = victims_where(2022, Solved_Status="Unsolved")
hom_off18 = mps(minor="HOMICIDE", mm=cal(2018))
add("a7_thinktank_homicide_international.txt", "2023-09-12", [
    ("Is London really a murder capital? A comparative briefing from the Centre for Urban Safety", []),
    ("England and Wales recorded a homicide rate of about 1.1 per 100,000 people in 2021, according to UNODC figures "
     "compiled by Our World in Data.", [
        E("about 1.1 per 100,000", T(round(ew21, 1) == 1.1), "rate", f"OWID/UNODC England and Wales 2021 {ew21:.3f}",
          "true")]),
    ("The United States rate, at 6.8, was nearly six times higher, and England and Wales also had a lower rate than "
     "France that year.", [
        E("nearly six times higher", T(round(us21, 1) == 6.8 and 5.5 <= us21 / ew21 < 6), "compare",
          f"US 2021 {us21:.3f} / E&W {ew21:.3f} = x{us21 / ew21:.2f}", "true"),
        E("lower rate than France", F(ew21 < fr21), "compare",
          f"2021: England and Wales {ew21:.3f}, France {fr21:.3f}: E&W was slightly higher", "false")]),
    ("Germany's rate, at 0.8, was lower still, and Japan's was about a tenth of ours.", [
        E("Germany's rate, at 0.8", T(round(de21, 1) == 0.8 and de21 < ew21), "compare",
          f"Germany 2021 {de21:.3f} vs E&W {ew21:.3f}", "true"),
        E("about a tenth of ours", F(abs(jp21 / ew21 - 0.1) < 0.04), "compare",
          f"Japan 2021 {jp21:.3f} / E&W {ew21:.3f} = {jp21 / ew21:.2f}: about a fifth, not a tenth", "false")]),
    ("Canada's rate has risen for five years in a row, reaching 2.3 in 2022.", [
        E("risen for five years in a row", F(rises_in_a_row(ca, 2022) >= 5), "streak",
          f"OWID/UNODC Canada {', '.join(f'{y}: {v:.2f}' for y, v in ca.items())}: rises 2019-2022 (four), 2018 fell",
          "false")]),
    ("Within London, the Met recorded 106 homicide victims in 2022, down almost a fifth from 131 in 2021.", [
        E("down almost a fifth", T(vy[2022] == 106 and vy[2021] == 131 and 17 <= -pct(vy[2022], vy[2021]) < 20), "change",
          f"Met homicide victims 2022 {vy[2022]}, 2021 {vy[2021]} = {pct(vy[2022], vy[2021]):+.1f}%", "true")]),
    ("Knives were used in two-thirds of those killings, and male victims outnumbered female victims by five to one.", [
        E("two-thirds", T(abs(knife22 / vy[2022] - 2 / 3) < 0.03), "share",
          f"2022 victims killed by knife or sharp implement {knife22} of {vy[2022]} = {100 * knife22 / vy[2022]:.1f}%",
          "true"),
        E("five to one", F(4.5 <= male22 / (vy[2022] - male22) <= 5.5), "compare",
          f"2022 male {male22}, female {vy[2022] - male22}: {male22 / (vy[2022] - male22):.1f} to one, not five", "false")]),
    ("Nearly one in five of the 2022 cases remains unsolved.", [
        E("Nearly one in five", T(0.18 <= uns22 / vy[2022] < 0.2), "share",
          f"2022 victims with Solved_Status=Unsolved {uns22} of {vy[2022]} = {100 * uns22 / vy[2022]:.1f}% (file as "
          "published)", "true")]),
    ("New York, a city of similar size, saw 297 murders in 2018, more than twice London's total.", [
        E("more than twice London's total", T(nyc(2018) == 297 and nyc(2018) > 2 * vy[2018] and nyc(2018) > 2 * hom_off18),
          "compare", f"NYC murders 2018 (NYPD via CODE) {nyc(2018)}; London 2018 homicide victims {vy[2018]}, MPS homicide "
          f"offences {hom_off18}: more than double on both", "true")]),
    ("London's toll of 150 victims in 2019 was the highest in more than a decade.", [
        E("highest in more than a decade", T(vy[2019] == 150 and last_higher(vy, 2019) <= 2008), "record",
          f"Met homicide victims by year {ser(vy)}: 2019's 150 is the highest since 2007 ({vy[2007]})", "true")]),
    ("Most victims knew their killer, and the majority of those convicted were under 25.", [
        NV("Most victims knew their killer", "victim-suspect relationship is not in the victims file"),
        NV("majority of those convicted were under 25", "convictions and offender ages are not in the open data")]),
    ("Britain's strict gun laws, not its policing, are the real reason our streets are so much safer than America's.", [
        OP("the real reason our streets are so much safer", "a causal judgement with no checkable figure")]),
])

# ====================================================================== a8 blog: City of London, 2025 vs 2024
ASB = "Anti-social behaviour"
col_t = {y: col(cal(y)) for y in (2024, 2025)}
col_x = {y: col(cal(y), crime_only=True) for y in (2024, 2025)}
colc = {y: {ct: col(cal(y), ct) for ct in ("Theft from the person", "Burglary", "Other theft", "Shoplifting",
                                              "Violence and sexual offences", "Robbery", "Bicycle theft", ASB)}
        for y in (2024, 2025)}
col_rob19, col_bike19 = col(cal(2019), "Robbery"), col(cal(2019), "Bicycle theft")
col25_types = {ct: col(cal(2025), ct) for ct in ("Other theft", "Violence and sexual offences", "Shoplifting",
                                                 "Theft from the person", "Public order", "Burglary", "Drugs")}
add("a8_blog_city_of_london_2025.txt", "2026-01-20", [
    ("Square Mile Notes: what last year's crime figures tell us about the City", []),
    ("The City of London Police logged 8,875 crimes and incidents in 2025, anti-social behaviour included, down from "
     "9,992 the year before.", [
        E("8,875", T(col_t[2025] == 8875 and col_t[2024] == 9992), "count",
          f"police.uk City of London street files, all rows: 2025 {col_t[2025]}, 2024 {col_t[2024]}", "true")]),
    ("That is a fall of about a tenth, or 9% if you leave anti-social behaviour out.", [
        E("a fall of about a tenth", T(9 <= -pct(col_t[2025], col_t[2024]) <= 12), "change",
          f"all rows {pct(col_t[2025], col_t[2024]):+.1f}%", "true"),
        E("9% if you leave anti-social behaviour out", T(pct_is(-9, col_x[2025], col_x[2024])), "change",
          f"crimes excluding ASB 2025 {col_x[2025]} vs 2024 {col_x[2024]} = {pct(col_x[2025], col_x[2024]):+.1f}%", "true")]),
    ("Theft from the person fell by almost a fifth, to 1,219. Burglary, though, was up by half, to 459.", [
        E("fell by almost a fifth", T(colc[2025]["Theft from the person"] == 1219 and
                                      17 <= -pct(colc[2025]["Theft from the person"], colc[2024]["Theft from the person"]) < 20),
          "change", f"theft from the person 2025 {colc[2025]['Theft from the person']} vs 2024 "
          f"{colc[2024]['Theft from the person']}", "true"),
        E("up by half", F(pct_is(50, colc[2025]["Burglary"], colc[2024]["Burglary"], slack=5)), "change",
          f"burglary 2025 {colc[2025]['Burglary']} vs 2024 {colc[2024]['Burglary']} = "
          f"{pct(colc[2025]['Burglary'], colc[2024]['Burglary']):+.1f}%: up about 38%, not half", "false")]),
    ("Theft from the person is now the most common crime in the Square Mile.", [
        E("the most common crime in the Square Mile", F(max(col25_types, key=col25_types.get) == "Theft from the person"),
          "rank", f"City of London 2025 by crime type: {ser(col25_types)}: other theft is first, theft from the person "
          f"fourth", "false")]),
    ("Shoplifting accounted for about one in six of all recorded crimes.", [
        E("about one in six", T(all(abs(colc[2025]["Shoplifting"] / d - 1 / 6) < 0.015 for d in (col_t[2025], col_x[2025]))),
          "share", f"shoplifting 2025 {colc[2025]['Shoplifting']} of {col_t[2025]} rows ({100 * colc[2025]['Shoplifting'] / col_t[2025]:.1f}%) "
          f"or of {col_x[2025]} crimes excl. ASB ({100 * colc[2025]['Shoplifting'] / col_x[2025]:.1f}%)", "true")]),
    ("Robbery has more than doubled since 2019, to 236, while bicycle theft, at 289, is still well below pre-pandemic "
     "levels.", [
        E("more than doubled since 2019", F(colc[2025]["Robbery"] > 2 * col_rob19), "change",
          f"robbery 2025 {colc[2025]['Robbery']} vs 2019 {col_rob19} = x{colc[2025]['Robbery'] / col_rob19:.2f}", "false"),
        E("well below pre-pandemic levels", T(colc[2025]["Bicycle theft"] == 289 and colc[2025]["Bicycle theft"] < 0.75 * col_bike19),
          "compare", f"bicycle theft 2025 {colc[2025]['Bicycle theft']} vs 2019 {col_bike19}", "true")]),
    ("Anti-social behaviour reports dropped to 128, roughly a third of the 2024 figure.", [
        E("roughly a third of the 2024 figure", T(colc[2025][ASB] == 128 and abs(colc[2025][ASB] / colc[2024][ASB] - 1 / 3) < 0.03),
          "compare", f"ASB rows 2025 {colc[2025][ASB]}, 2024 {colc[2024][ASB]} (= {colc[2025][ASB] / colc[2024][ASB]:.2f}; the "
          "MANIFEST notes ASB recording fell for reporting reasons)", "true")]),
    ("Only 9% of thefts in the City end with a suspect being charged, and weekday footfall is back to 85% of its 2019 "
     "level.", [
        NV("Only 9% of thefts", "City of London outcomes after 2017 are not in the open data"),
        NV("85% of its 2019", "footfall is not in the open data")]),
    ("Frankly, the City feels safer than it has for years, and the police deserve real credit for that.", [
        OP("feels safer than it has for years", "a judgement on safety"),
        OP("deserve real credit", "a judgement on policing")]),
])

# ====================================================================== a9 radio phone-in transcript: Dyfed-Powys and South Wales
DP, SW = "dyfed-powys", "south-wales"
dp_t, sw_t = force_types(DP, JN22), force_types(SW, JN22)
dp_all, sw_all = sum(dp_t.values()), sum(sw_t.values())
dp_ex, sw_ex = dp_all - dp_t[ASB], sw_all - sw_t[ASB]
dp_m = {m: sum(force_types(DP, [m]).values()) for m in JN22}
dp_mx = {m: dp_m[m] - force_types(DP, [m])[ASB] for m in JN22}
dp_vso = dp_t["Violence and sexual offences"]
add("a9_radio_phonein_wales_2022.txt", "2022-12-22", [
    ("Radio phone-in, Thursday 22 December 2022, 9.10am: Is crime getting worse in west Wales?", []),
    ("CALLER (Gareth, Llanelli): Crime round here has gone through the roof. Burglaries in Dyfed-Powys are up a fifth "
     "on last year.", [
        OP("gone through the roof", "a caller's impression, no figure"),
        NV("up a fifth on last year", "no Dyfed-Powys street files for 2021 are in the open data (the series held "
           "starts January 2022)")]),
    ("PRESENTER: Well, the police.uk figures show Dyfed-Powys recorded about 47,000 crimes and incidents in the first "
     "eleven months of this year, against nearly 119,000 for South Wales Police.", [
        E("about 47,000", T(near(47000, dp_all)), "count",
          f"police.uk street files Jan-Nov 2022, all rows ('crimes and incidents' = ASB included): Dyfed-Powys {dp_all} "
          f"(excl. ASB {dp_ex})", "true"),
        E("nearly 119,000", T(118000 <= sw_all < 119000), "count", f"South Wales all rows {sw_all} (excl. ASB {sw_ex})",
          "true")]),
    ("CALLER: But we've had more drug crime out here than they have in Cardiff and Swansea.", [
        E("more drug crime out here", F(dp_t["Drugs"] > sw_t["Drugs"]), "compare",
          f"drug offences Jan-Nov 2022: Dyfed-Powys {dp_t['Drugs']}, South Wales {sw_t['Drugs']}", "false")]),
    ("PRESENTER: Not according to these numbers. And South Wales had almost six times as many robberies: 476 against "
     "81.", [
        E("almost six times as many robberies", T(sw_t["Robbery"] == 476 and dp_t["Robbery"] == 81
                                                  and 5.5 <= sw_t["Robbery"] / dp_t["Robbery"] < 6), "compare",
          f"robbery Jan-Nov 2022: South Wales {sw_t['Robbery']}, Dyfed-Powys {dp_t['Robbery']} = "
          f"x{sw_t['Robbery'] / dp_t['Robbery']:.2f}", "true")]),
    ("CALLER (Sian, Brecon): The summer was the worst, and July was the busiest month of the lot for Dyfed-Powys.", [
        E("July was the busiest month", F(max(dp_m, key=dp_m.get) == "202207" or max(dp_mx, key=dp_mx.get) == "202207"),
          "rank", f"Dyfed-Powys by month, all rows {ser(dp_m)}; excl. ASB {ser(dp_mx)}: August is the busiest on both",
          "false")]),
    ("PRESENTER: Violence and sexual offences make up about half of everything Dyfed-Powys records.", [
        E("about half of everything", T(all(0.45 <= dp_vso / d <= 0.55 for d in (dp_all, dp_ex))), "share",
          f"violence and sexual offences {dp_vso}: {100 * dp_vso / dp_all:.1f}% of all rows, {100 * dp_vso / dp_ex:.1f}% "
          "excl. ASB", "true")]),
    ("CALLER (Rhys, Swansea): South Wales gets twenty times as many bike thefts as Dyfed-Powys, and public order "
     "offences there have topped 20,000 this year.", [
        E("twenty times as many bike thefts", F(sw_t["Bicycle theft"] >= 18 * dp_t["Bicycle theft"]), "compare",
          f"bicycle theft: South Wales {sw_t['Bicycle theft']}, Dyfed-Powys {dp_t['Bicycle theft']} = "
          f"x{sw_t['Bicycle theft'] / dp_t['Bicycle theft']:.1f}: under ten times", "false"),
        E("topped 20,000", F(sw_t["Public order"] > 20000), "count",
          f"South Wales public order Jan-Nov 2022 {sw_t['Public order']}", "false")]),
    ("CALLER: And the police out here solve fewer than one crime in ten.", [
        NV("fewer than one crime in ten", "outcomes for Dyfed-Powys are not in the open data")]),
    ("PRESENTER: For what it's worth, Dyfed-Powys recorded fewer than 100 robberies in eleven months.", [
        E("fewer than 100 robberies", T(dp_t["Robbery"] < 100), "count", f"Dyfed-Powys robbery Jan-Nov 2022 "
          f"{dp_t['Robbery']}", "true")]),
    ("CALLER (Meinir, Aberystwyth): The police have simply abandoned rural Wales. Bring back the village bobby.", [
        OP("abandoned rural Wales", "a judgement on policing")]),
    ("PRESENTER: The Police and Crime Commissioner joins us at ten. Lines are open on 0333 014 1234.", []),
])

# ====================================================================== a10 fact check: Newham claims at a hustings
NH = "Newham"
nh_all = yearly(borough=NH)
nh_fy = fyearly(borough=NH, ends=(2022, 2023, 2024, 2025))
pops25 = {b: gla_pop(b, 2025) for b in all25}
pops24 = {b: gla_pop(b, 2024) for b in all25}
rate25 = {b: 1000 * all25[b] / pops25[b] for b in all25}
rate25b = {b: 1000 * all25[b] / pops24[b] for b in all25}
nh_kn = {y: dash(KN, borough=NH, mm=cal(y)) for y in (2023, 2024, 2025)}
nh_tfp = yearly(minor=TFP, borough=NH, years=range(2019, 2026))
nh_hom = yearly(minor="HOMICIDE", borough=NH)
nh_3y = {"2022->2025": pct(nh_all[2025], nh_all[2022]), "2021->2024": pct(nh_all[2024], nh_all[2021]),
         "FY21/22->FY24/25": pct(nh_fy[2025], nh_fy[2022])}
add("a10_factcheck_newham_hustings.txt", "2026-02-25", [
    ("FACT CHECK: Is Newham really London's crime capital?", []),
    ("At a hustings in Stratford last week, a candidate for mayor of Newham said crime in the borough had \"gone up by "
     "30% in three years\".", [
        E("gone up by 30% in three years", F(any(abs(v - 30) < 3 for v in nh_3y.values())), "change",
          f"Newham all crime: {', '.join(f'{k} {v:+.1f}%' for k, v in nh_3y.items())}: no three-year reading gives 30%",
          "false")]),
    ("That is not right. Police-recorded crime in Newham rose from 34,416 in 2022 to 40,631 in 2025, an increase of "
     "18%.", [
        E("an increase of 18%", T(nh_all[2022] == 34416 and nh_all[2025] == 40631 and pct_is(18, nh_all[2025], nh_all[2022])),
          "change", f"Newham 2022 {nh_all[2022]}, 2025 {nh_all[2025]} = {pct(nh_all[2025], nh_all[2022]):+.1f}%", "true")]),
    ("The candidate also said Newham had \"the highest crime rate in London\".", [
        E("the highest crime rate in London", F(max(rate25, key=rate25.get) == NH), "rank",
          f"2025 offences per 1,000 (GLA pop 2025): Newham {rate25[NH]:.1f}, rank {rank_of(NH, rate25)}; Westminster "
          f"{rate25['Westminster']:.1f} first", "false")]),
    ("It does not. Westminster's rate is roughly three times Newham's, and Newham is not even in the top five on "
     "offences per head.", [
        E("roughly three times", T(all(2.7 <= r["Westminster"] / r[NH] < 3.3 for r in (rate25, rate25b))), "compare",
          f"Westminster {rate25['Westminster']:.1f} / Newham {rate25[NH]:.1f} per 1,000 = "
          f"x{rate25['Westminster'] / rate25[NH]:.2f} (2024 pop x{rate25b['Westminster'] / rate25b[NH]:.2f})", "true"),
        E("not even in the top five", T(rank_of(NH, rate25) > 5 and rank_of(NH, rate25b) > 5), "rank",
          f"Newham rate rank 2025 {rank_of(NH, rate25)} (2024 pop {rank_of(NH, rate25b)})", "true")]),
    ("Newham did record the third-highest number of offences of any borough last year, just behind Camden.", [
        E("third-highest number of offences", T(rank_of(NH, all25) == 3 and rank_of("Camden", all25) == 2), "rank",
          f"2025 counts: Westminster {all25['Westminster']}, Camden {all25['Camden']}, Newham {all25[NH]}", "true")]),
    ("A second claim, that knife crime in Newham \"has doubled since 2023\", is also wrong.", [
        E("has doubled since 2023", F(nh_kn[2025] >= 1.8 * nh_kn[2023]), "change",
          f"MPS dashboard knife crime, Newham 2023 {nh_kn[2023]}, 2024 {nh_kn[2024]}, 2025 {nh_kn[2025]} = "
          f"{pct(nh_kn[2025], nh_kn[2023]):+.1f}% on 2023", "false")]),
    ("A third, that theft from the person \"has gone up four years in a row\", is out of date: it fell by 11% in "
     "2025.", [
        E("has gone up four years in a row", F(rises_in_a_row(nh_tfp, 2025) >= 4), "streak",
          f"Newham theft from the person {ser(nh_tfp)}: rose 2021-2024, fell in 2025", "false"),
        E("fell by 11% in", T(pct_is(-11, nh_tfp[2025], nh_tfp[2024])), "change",
          f"{nh_tfp[2025]} vs {nh_tfp[2024]} = {pct(nh_tfp[2025], nh_tfp[2024]):+.1f}%", "true")]),
    ("The candidate was right that homicides fell last year. There was one, the lowest since at least 2011.", [
        E("the lowest since at least 2011", T(nh_hom[2025] == 1 and nh_hom[2025] == min(nh_hom.values())), "record",
          f"Newham homicide offences {ser(nh_hom)}", "true")]),
    ("She went on to claim that police numbers in Newham have been cut by a third since 2010, and that shoplifting is "
     "\"ten times what it was\".", [
        NV("cut by a third since 2010", "officer numbers by borough are not in the open data"),
        E("ten times what it was", F(any(yearly(minor=SHOP, borough=NH, years=(2025,))[2025] >= 9 * v
                                          for v in yearly(minor=SHOP, borough=NH, years=range(2011, 2025)).values())),
          "compare", f"Newham shoplifting 2025 {yearly(minor=SHOP, borough=NH, years=(2025,))[2025]}; lowest year "
          f"since 2011 {min(yearly(minor=SHOP, borough=NH, years=range(2011, 2025)).values())}: under three times any "
          "earlier year", "false")]),
    ("She also called parts of the borough \"a no-go area after dark\".", [
        OP("a no-go area after dark", "a judgement on safety")]),
])

# ====================================================================== a11 residents' newsletter: Richmond upon Thames, spring 2026
RI = "Richmond upon Thames"
all24 = mps_by_borough(mm=cal(2024))
rt = {y: {b: c / gla_pop(b, p) for b, c in cnt.items()} for y, cnt, p in ((2025, all25, 2025), (2024, all24, 2024))}
rt_alt = {y: {b: c / gla_pop(b, y - 1) for b, c in cnt.items()} for y, cnt in ((2025, all25), (2024, all24))}
all23 = mps_by_borough(mm=cal(2023))
win = {k: mps(major="BURGLARY", borough=RI, mm=mm) for k, mm in (("2025/26", months(2025, 12, 2026, 2)),
                                                                  ("2024/25", months(2024, 12, 2025, 2)))}
ri_bm = {m: mps(major="BURGLARY", borough=RI, mm=[m]) for m in months(2010, 4, 2026, 2)}
JF26, JF25 = months(2026, 1, 2026, 2), months(2025, 1, 2025, 2)
ri_jf = {k: mps(borough=RI, mm=mm) for k, mm in (("2026", JF26), ("2025", JF25))}
ri_vap = {k: mps(major="VIOLENCE AGAINST THE PERSON", borough=RI, mm=mm) for k, mm in (("2026", JF26), ("2025", JF25))}
ri_shop = {k: mps(minor=SHOP, borough=RI, mm=mm) for k, mm in (("2026", JF26), ("2025", JF25))}
ri_bike = {k: mps(minor="BICYCLE THEFT", borough=RI, mm=mm) for k, mm in (("2026", JF26), ("2025", JF25))}
add("a11_newsletter_richmond_spring_2026.txt", "2026-03-25", [
    ("Kew and Richmond Residents' Association: Spring Newsletter 2026, Community Safety", []),
    ("Good news first: Richmond upon Thames had the lowest crime rate of any London borough in 2025, for the second "
     "year running.", [
        E("lowest crime rate",
          T(all(min(r[y], key=r[y].get) == RI for r in (rt, rt_alt) for y in (2024, 2025))), "record",
          f"offences per head 2025 and 2024, GLA population of the same year or the year before: Richmond lowest in "
          f"every case (2025 {1000 * rt[2025][RI]:.1f} per 1,000; next {sorted(rt[2025].values())[1] * 1000:.1f})", "true")]),
    ("It also recorded the fewest offences of any borough, 11,689, for the third year running.", [
        E("for the third year running", F(all(min(c, key=c.get) == RI for c in (all25, all24, all23))), "streak",
          f"fewest offences: 2025 {min(all25, key=all25.get)} ({all25[RI]}), 2024 {min(all24, key=all24.get)} "
          f"(Richmond {all24[RI]}, Kingston {all24['Kingston upon Thames']}), 2023 {min(all23, key=all23.get)}: "
          "Richmond was not the lowest count in 2024", "false")]),
    ("Burglaries over the winter, December to February, were down by a quarter on the previous winter, and "
     "December's 47 was the lowest monthly total on record.", [
        E("down by a quarter", T(pct_is(-25, win["2025/26"], win["2024/25"])), "change",
          f"Richmond burglary Dec-Feb {win['2025/26']} vs {win['2024/25']} = {pct(win['2025/26'], win['2024/25']):+.1f}%",
          "true"),
        E("lowest monthly total on record", T(ri_bm["202512"] == 47 and ri_bm["202512"] == min(ri_bm.values())
                                              and list(ri_bm.values()).count(47) == 1), "record",
          f"Richmond burglary Dec 2025 {ri_bm['202512']}; lowest other month since Apr 2010 "
          f"{min(v for k, v in ri_bm.items() if k != '202512')}", "true")]),
    ("So far this year, however, overall crime is up by around 10% on the same period of 2025, and violence against "
     "the person has risen by more than a quarter.", [
        E("up by around 10%", F(pct_is(10, ri_jf["2026"], ri_jf["2025"], slack=3)), "change",
          f"Richmond Jan-Feb 2026 {ri_jf['2026']} vs Jan-Feb 2025 {ri_jf['2025']} = "
          f"{pct(ri_jf['2026'], ri_jf['2025']):+.1f}% (March 2026 is not yet published; 'so far this year' = Jan-Feb)",
          "false"),
        E("risen by more than a quarter", F(pct(ri_vap["2026"], ri_vap["2025"]) > 25), "change",
          f"violence against the person Jan-Feb {ri_vap['2026']} vs {ri_vap['2025']} = "
          f"{pct(ri_vap['2026'], ri_vap['2025']):+.1f}%", "false")]),
    ("Shoplifting went up too, and bicycle thefts halved.", [
        E("Shoplifting went up too", F(ri_shop["2026"] > ri_shop["2025"]), "direction",
          f"shoplifting Jan-Feb {ri_shop['2026']} vs {ri_shop['2025']}: down", "false"),
        E("bicycle thefts halved", F(ri_bike["2026"] <= 0.6 * ri_bike["2025"]), "change",
          f"bicycle theft Jan-Feb {ri_bike['2026']} vs {ri_bike['2025']}: almost unchanged", "false")]),
    ("Our Safer Neighbourhood Team tells us that 999 calls from the borough are answered in under ten seconds on "
     "average.", [
        NV("under ten seconds", "call-answering times are not in the open data")]),
    ("Our view: Richmond remains one of the most pleasant places to live in London, and the council is wrong to cut "
     "the park warden service.", [
        OP("one of the most pleasant places to live", "a judgement"),
        OP("the council is wrong to cut", "a judgement on policy")]),
    ("The next meeting is on Thursday 16 April at 7.30pm in St Anne's church hall, Kew Green; entry is £3 for "
     "non-members.", []),
])

# ====================================================================== a12 Hansard: Westminster Hall debate on rural crime
CU = "cumbria"
cu_t = force_types(CU, JN22)
cu_all, cu_ex = sum(cu_t.values()), sum(cu_t.values()) - cu_t[ASB]
cu_vso = cu_t["Violence and sexual offences"]
cu_rob = {m: force_types(CU, [m])["Robbery"] for m in JN22}
cu_drug = {m: force_types(CU, [m])["Drugs"] for m in JN22}
cu_m = {m: sum(force_types(CU, [m]).values()) for m in JN22}
cu_mx = {m: cu_m[m] - force_types(CU, [m])[ASB] for m in JN22}
cu_rank = sorted((k for k in cu_t), key=lambda k: -cu_t[k])
add("a12_hansard_rural_crime_cumbria.txt", "2023-01-18", [
    ("Rural Crime. Westminster Hall debate, 18 January 2023 (Hansard extract)", []),
    ("Dr Neil Hudson (Penrith and The Border) (Con): In the first 11 months of last year, Cumbria Constabulary recorded "
     "more than 40,000 crimes and incidents of anti-social behaviour.", [
        E("more than 40,000", T(cu_all > 40000), "count",
          f"police.uk street files, Cumbria Jan-Nov 2022, all rows incl. ASB (as the sentence says) {cu_all}", "true")]),
    ("Violent and sexual offences alone accounted for over 40% of them, and public order offences were the second most "
     "common category.", [
        E("over 40%", T(cu_vso / cu_all > 0.4 and cu_vso / cu_ex > 0.4), "share",
          f"violence and sexual offences {cu_vso}: {100 * cu_vso / cu_all:.1f}% of all rows, {100 * cu_vso / cu_ex:.1f}% "
          "excl. ASB", "true"),
        E("public order offences were the second most common", F(cu_rank[1] == "Public order"
                                                                 or [k for k in cu_rank if k != ASB][1] == "Public order"),
          "rank", f"Cumbria Jan-Nov 2022 by type: {', '.join(f'{k} {cu_t[k]}' for k in cu_rank[:5])}: criminal damage "
          "and arson is second with or without ASB", "false")]),
    ("Burglary in Cumbria was more than double that in Dyfed-Powys, a force of a similar rural character.", [
        E("more than double that in Dyfed-Powys", F(cu_t["Burglary"] > 2 * dp_t["Burglary"]), "compare",
          f"burglary Jan-Nov 2022: Cumbria {cu_t['Burglary']}, Dyfed-Powys {dp_t['Burglary']} = "
          f"x{cu_t['Burglary'] / dp_t['Burglary']:.2f}", "false")]),
    ("In July alone there were 27 robberies, more than in the whole of the first quarter, and drug offences peaked "
     "that month too.", [
        E("27 robberies", T(cu_rob["202207"] == 27), "count", f"Cumbria robbery by month {ser(cu_rob)}", "true"),
        E("more than in the whole of the first quarter", F(cu_rob["202207"] > sum(cu_rob[m] for m in JN22[:3])), "compare",
          f"July {cu_rob['202207']} vs Jan-Mar {sum(cu_rob[m] for m in JN22[:3])}", "false"),
        E("drug offences peaked", F(max(cu_drug, key=cu_drug.get) == "202207"), "record",
          f"Cumbria drug offences by month {ser(cu_drug)}: the peak is November", "false")]),
    ("Rural crime costs the UK economy more than £50 million a year, and farmers tell me that half of all thefts of "
     "farm machinery are never reported.", [
        NV("£50 million a year", "the cost of rural crime is not in the open data"),
        NV("half of all thefts of farm machinery", "unreported crime / farm machinery thefts are not in the data")]),
    ("Rural communities deserve exactly the same protection as our towns and cities.", [
        OP("deserve exactly the same protection", "a value judgement")]),
    ("Tim Farron (Westmorland and Lonsdale) (LD): Rural policing is at breaking point, and the Government have let it "
     "happen.", [
        OP("at breaking point", "a political judgement")]),
    ("The Minister for Crime, Policing and Fire (Chris Philp): Crime in Cumbria fell in every month from August to "
     "November, and this Government are on course to deliver record police numbers.", [
        E("fell in every month from August to November",
          F(all(d[a] > d[b] for d in (cu_m, cu_mx) for a, b in (("202208", "202209"), ("202209", "202210"),
                                                               ("202210", "202211")))), "streak",
          f"Cumbria by month, all rows Aug-Nov {[cu_m[m] for m in JN22[7:]]}, excl. ASB {[cu_mx[m] for m in JN22[7:]]}: "
          "October rose", "false"),
        NV("record police numbers", "police workforce numbers are not in the open data")]),
])
