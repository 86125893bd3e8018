"""set6 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Every allowed-verdict set is computed from the raw files through truth6.py (judge_* helpers); the notes
give the figures. REASON: claims whose right verdict only counts with the right measure.
"""
from truth6 import (A, C, I, O, OK, OKC, U, borough_rates, cal, col_ss_year, col_year, falls_in_a_row, fy,
                    fyearly, gla_pop, gla_pops, highest_since_ok, is_record_high, is_record_low, judge_count,
                    judge_pct, judge_rate, judge_ratio, judge_share, judge_truth, london32_pop, lowest_since_ok,
                    met_ss, months, mps, mps_by_borough, mps_old, outer_boroughs, pct, rank_of, streak_len, vic,
                    yearly)

UNITS = {}
REASON = {}


def E(key, allowed, kind, note):
    return (key, set(allowed), kind, note)


def ranked(counts, name, *, desc=True, among=None):
    c = {b: v for b, v in counts.items() if among is None or b in among}
    return rank_of(name, c, desc=desc)


# =============================================================== a1 Enfield, calendar 2025 (MyLondon)
ENF = "Enfield"
burg = yearly(major="BURGLARY", borough=ENF)
veh = yearly(major="VEHICLE OFFENCES", borough=ENF)
tfp = yearly(minor="THEFT FROM THE PERSON", borough=ENF)
sex = yearly(major="SEXUAL OFFENCES", borough=ENF)
drg = yearly(major="DRUG OFFENCES", borough=ENF)
pub = yearly(major="PUBLIC ORDER OFFENCES", borough=ENF)
cdm = yearly(major="ARSON AND CRIMINAL DAMAGE", borough=ENF)
veh_rank = ranked(mps_by_borough(major="VEHICLE OFFENCES", mm=cal(2025)), ENF)
enf_burg_rate = 1000 * burg[2025] / gla_pop(ENF, 2025)
lon_burg_rate = 1000 * mps(major="BURGLARY", mm=cal(2025)) / london32_pop(2025)
UNITS["a1_enfield_2025.txt"] = ("2026-03-24", [
    ("Enfield burglaries fall to record low - but phone thefts keep climbing", []),
    ("By MyLondon reporter, 24 March 2026", []),
    ("Burglaries in Enfield fell to 1,847 last year, down 9% on 2024, according to the latest Metropolitan Police figures.",
     [E("1,847", judge_count(1847, burg[2025]), "count", f"Enfield burglary 2025 = {burg[2025]}"),
      E("9%", judge_pct(-9, pct(burg[2025], burg[2024])), "change", f"{burg[2025]} vs {burg[2024]} = {pct(burg[2025], burg[2024]):.1f}%")]),
    ("It is the lowest annual total for the borough since the Met's current series began.",
     [E("lowest annual total", judge_truth(is_record_low(burg, 2025), ok=OKC), "record",
        f"Enfield burglary by year 2011-2025 {burg}; 2025 lowest (2010 only part-covered from April)")]),
    ("Vehicle crime dropped by a fifth, to 3,795 offences, although Enfield still recorded the fifth-highest number of vehicle offences of any London borough.",
     [E("a fifth", judge_ratio("fell by a fifth", veh[2025] / veh[2024]), "change", f"vehicle {veh[2025]}/{veh[2024]} = {veh[2025] / veh[2024]:.3f}"),
      E("fifth-highest", judge_truth(veh_rank == 5), "comparison", f"rank by count 2025 = {veh_rank} (Ealing, Newham, Barnet, Westminster, Enfield)")]),
    ("Theft from the person, which includes phone snatching, has almost trebled since 2019, rising from 744 to 1,385.",
     [E("almost trebled", judge_ratio("tripled", tfp[2025] / tfp[2019], mode="almost"), "change",
        f"WRONG ON PURPOSE (exaggeration): {tfp[2025]}/{tfp[2019]} = {tfp[2025] / tfp[2019]:.2f}, not near 3")]),
    ("Sexual offences reached 861, the highest figure on record for the borough.",
     [E("highest figure on record", judge_truth(is_record_high(sex, 2025), ok=OKC), "record", f"series {sex}")]),
    ("Drug offences jumped by almost 40%, which police put down to more proactive patrols.",
     [E("40%", judge_pct(40, pct(drg[2025], drg[2024]), mode="almost"), "change", f"WRONG ON PURPOSE (exaggeration): drugs {drg[2025]} vs {drg[2024]} = {pct(drg[2025], drg[2024]):.1f}%")]),
    ("Public order offences fell for the third year in a row.",
     [E("third year in a row", judge_truth(streak_len(pub, 2025) == 3), "record",
        f"public order {pub[2021]}, {pub[2022]}, {pub[2023]}, {pub[2024]}, {pub[2025]}: falls in 2023-25 (2022 equal to 2021)")]),
    ("At 5.2 burglaries per 1,000 residents, Enfield's rate remains slightly above the London average.",
     [E("5.2", judge_rate(5.2, enf_burg_rate), "rate", f"{burg[2025]} / GLA 2025 pop {gla_pop(ENF, 2025)} = {enf_burg_rate:.2f} per 1,000; London {lon_burg_rate:.2f}")]),
    ("Council leader Ergin Erbil said: \"Enfield is becoming a safer place to live, and residents can see the difference.\"",
     [E("safer place", {O}, "opinion", "a judgement")]),
    ("The council says its 40 new CCTV cameras helped officers make 120 arrests last year.",
     [E("120 arrests", {U}, "count", "CCTV-linked arrests: no open data in the store")]),
])

# =============================================================== a2 Southwark council scrutiny report, FY 2024/25
SW = "Southwark"
tot_fy = fyearly(borough=SW)
tfp_fy = fyearly(minor="THEFT FROM THE PERSON", borough=SW)
sex_fy = fyearly(major="SEXUAL OFFENCES", borough=SW)
drg_fy = fyearly(major="DRUG OFFENCES", borough=SW)
veh_fy = fyearly(major="VEHICLE OFFENCES", borough=SW)
lon_tfp_fy = mps(minor="THEFT FROM THE PERSON", mm=fy(2025))
sex_rank_fy = ranked(mps_by_borough(major="SEXUAL OFFENCES", mm=fy(2025)), SW)
burg_old = mps_old(major="BURGLARY", borough=SW, mm=months(2022, 12, 2023, 11))
burg_new = mps(major="BURGLARY", borough=SW, mm=months(2022, 12, 2023, 11))
fytd = mps(major="BURGLARY", borough=SW, mm=months(2025, 4, 2026, 2))
fytd0 = mps(major="BURGLARY", borough=SW, mm=months(2024, 4, 2025, 2))
sw_old22 = mps_old(borough=SW, mm=cal(2022))
sw_rate = 1000 * tot_fy[2025] / gla_pop(SW, 2024)
lon_rate = 1000 * mps(mm=fy(2025)) / london32_pop(2024)
lon_rate32 = 1000 * sum(mps_by_borough(mm=fy(2025)).values()) / london32_pop(2024)
UNITS["a2_southwark_scrutiny.txt"] = ("2026-03-26", [
    ("London Borough of Southwark - Environment and Community Safety Scrutiny Commission", []),
    ("Annual Strategic Assessment 2024/25: police-recorded crime. Report date: 26 March 2026.", []),
    ("1.1 Total notifiable offences recorded in Southwark rose by 6% in 2024/25, to 40,304.",
     [E("6%", judge_pct(6, pct(tot_fy[2025], tot_fy[2024])), "change", f"{tot_fy[2025]} vs {tot_fy[2024]} = {pct(tot_fy[2025], tot_fy[2024]):.1f}%")]),
    ("1.2 Theft from the person rose by almost a quarter on 2023/24 and has more than doubled since 2019/20.",
     [E("almost a quarter", judge_ratio("rose by a quarter", tfp_fy[2025] / tfp_fy[2024], mode="almost"), "change",
        f"TFP {tfp_fy[2025]}/{tfp_fy[2024]} = {tfp_fy[2025] / tfp_fy[2024]:.3f}"),
      E("more than doubled", judge_ratio("doubled", tfp_fy[2025] / tfp_fy[2020], mode="more"), "change",
        f"TFP {tfp_fy[2025]}/{tfp_fy[2020]} (2019/20) = {tfp_fy[2025] / tfp_fy[2020]:.3f}")]),
    ("1.3 Southwark now accounts for around 7% of all theft from the person recorded in London.",
     [E("7%", judge_share(0.07, tfp_fy[2025] / lon_tfp_fy, ok=OK) if abs(tfp_fy[2025] / lon_tfp_fy - 0.07) <= 0.015 else {I}, "share",
        f"{tfp_fy[2025]} / London {lon_tfp_fy} = {100 * tfp_fy[2025] / lon_tfp_fy:.2f}%")]),
    ("1.4 Sexual offences were up 17%, and the borough recorded the third-highest number of sexual offences in London.",
     [E("17%", judge_pct(17, pct(sex_fy[2025], sex_fy[2024])), "change", f"{sex_fy[2025]} vs {sex_fy[2024]} = {pct(sex_fy[2025], sex_fy[2024]):.1f}%"),
      E("third-highest", judge_truth(sex_rank_fy == 3), "comparison",
        f"WRONG ON PURPOSE: FY2024/25 rank = {sex_rank_fy} (Westminster, Croydon, Lambeth, Southwark)")]),
    ("1.5 Drug offences fell for the third year running, to 1,878.",
     [E("third year running", judge_truth(streak_len(drg_fy, 2025) >= 3), "record",
        f"WRONG ON PURPOSE: FY drugs {drg_fy[2022]}, {drg_fy[2023]}, {drg_fy[2024]}, {drg_fy[2025]}: 2024/25 ROSE")]),
    ("1.6 For comparison, the borough recorded 35,268 offences in calendar year 2022.",
     [E("35,268", {C} if sw_old22 == 35268 and mps(borough=SW, mm=cal(2022)) != 35268 else {I}, "count",
        f"STALE RELEASE ON PURPOSE: older extract 2022 = {sw_old22}; latest = {mps(borough=SW, mm=cal(2022))}")]),
    ("1.7 Last year's assessment reported 2,632 burglaries in the 12 months to November 2023; the latest Met data revises that figure to 2,562.",
     [E("2,632", {A, C} if burg_old == 2632 else {I}, "count",
        f"older extract (to 2023-11) Dec22-Nov23 = {burg_old}; latest = {burg_new}: the report says it is last year's figure")]),
    ("1.8 So far this financial year (April to February) burglary is down 3% on the same period of 2024/25.",
     [E("3%", judge_pct(-3, pct(fytd, fytd0)), "change", f"Apr25-Feb26 {fytd} vs Apr24-Feb25 {fytd0} = {pct(fytd, fytd0):.1f}%")]),
    ("1.9 The overall crime rate in 2024/25 was 119 offences per 1,000 residents, against a London average of around 97.",
     [E("119", judge_rate(119, sw_rate), "rate", f"{tot_fy[2025]} / GLA 2024 pop {gla_pop(SW, 2024)} = {sw_rate:.1f}"),
      E("97", {A, C} if abs(lon_rate - 97) <= 0.05 * 97 else {I}, "rate", f"London {lon_rate:.1f} (all MPS rows) or {lon_rate32:.1f} (32 boroughs) per 1,000")]),
    ("1.10 Average police response times to emergency calls in Southwark were 13 minutes.",
     [E("N:13 minutes", {U}, "count", "response times: not in the store; a duration need not be a claim (N: key: no claim or unverifiable both score OK)")]),
    ("1.11 Officers believe Southwark remains a vibrant and welcoming borough for residents and visitors alike.",
     [E("vibrant", {O}, "opinion", "a judgement")]),
])

# =============================================================== a3 Ealing Times, vehicle crime
EAL = "Ealing"
veh = yearly(major="VEHICLE OFFENCES", borough=EAL)
burg = yearly(major="BURGLARY", borough=EAL)
sex = yearly(major="SEXUAL OFFENCES", borough=EAL)
drg = yearly(major="DRUG OFFENCES", borough=EAL)
cdm = yearly(major="ARSON AND CRIMINAL DAMAGE", borough=EAL)
tfp = yearly(minor="THEFT FROM THE PERSON", borough=EAL)
veh_c = mps_by_borough(major="VEHICLE OFFENCES", mm=cal(2025))
sex_c = mps_by_borough(major="SEXUAL OFFENCES", mm=cal(2025))
sex_outer_rank = ranked(sex_c, EAL, among=outer_boroughs())
sex_old22 = mps_old(major="SEXUAL OFFENCES", borough=EAL, mm=cal(2022))
eal_veh_rate = 1000 * veh[2025] / gla_pop(EAL, 2025)
lon_veh_rate = 1000 * mps(major="VEHICLE OFFENCES", mm=cal(2025)) / london32_pop(2025)
UNITS["a3_ealing_vehicle_crime.txt"] = ("2026-03-27", [
    ("Is Ealing now London's car crime capital?", []),
    ("Ealing Times, 27 March 2026", []),
    ("Ealing recorded 4,283 vehicle offences in 2025, more than any other London borough.",
     [E("4,283", judge_count(4283, veh[2025]), "count", f"Ealing vehicle 2025 = {veh[2025]}"),
      E("more than any other", judge_truth(rank_of(EAL, veh_c) == 1 and sorted(veh_c.values())[-2] < veh[2025]), "comparison",
        f"rank 1: Ealing {veh_c[EAL]}, Newham {veh_c['Newham']}")]),
    ("Vehicle crime in the borough peaked in 2019 at 5,431 offences, up 59% on 2016.",
     [E("59%", judge_pct(59, pct(veh[2019], veh[2016])), "change", f"{veh[2019]} vs {veh[2016]} = {pct(veh[2019], veh[2016]):.1f}%")]),
    ("Burglary, meanwhile, has fallen by more than a third since 2019.",
     [E("more than a third", judge_ratio("fell by a third", burg[2025] / burg[2019], mode="more"), "change",
        f"{burg[2025]}/{burg[2019]} = {burg[2025] / burg[2019]:.3f}")]),
    ("Sexual offences rose to 999 last year, the highest of any outer London borough.",
     [E("highest of any outer London borough", judge_truth(sex_outer_rank == 1), "comparison",
        f"WRONG ON PURPOSE: outer rank = {sex_outer_rank}; Croydon {sex_c['Croydon']} > Ealing {sex_c[EAL]}")]),
    ("Met figures published in 2023 showed 919 sexual offences in Ealing in 2022; the force's latest release revises that down to 778.",
     [E("919", {A, C} if sex_old22 == 919 else {I}, "count", f"older extract 2022 = {sex_old22} (the text names the 2023 release); latest {sex[2022]}")]),
    ("Drug offences soared 66% to 2,075, after a series of stop and search operations around Ealing Broadway.",
     [E("66%", judge_pct(66, pct(drg[2025], drg[2024])), "change", f"{drg[2025]} vs {drg[2024]} = {pct(drg[2025], drg[2024]):.1f}%")]),
    ("Ealing's rate of 10.8 vehicle offences per 1,000 residents compares with 9.0 across London.",
     [E("10.8", judge_rate(10.8, eal_veh_rate), "rate", f"{veh[2025]}/{gla_pop(EAL, 2025)} = {eal_veh_rate:.2f}")]),
    ("Criminal damage has fallen every year since 2016.",
     [E("fallen every year since 2016", judge_truth(all(cdm[y] < cdm[y - 1] for y in range(2017, 2026))), "record",
        f"WRONG ON PURPOSE: {[cdm[y] for y in range(2016, 2026)]} (rises in 2019, 2021, 2023, 2025)")]),
    ("Theft from the person has doubled since 2019.",
     [E("doubled", judge_ratio("doubled", tfp[2025] / tfp[2019]), "change",
        f"WRONG ON PURPOSE (exaggeration): {tfp[2025]}/{tfp[2019]} = {tfp[2025] / tfp[2019]:.2f}")]),
])

# =============================================================== a4 Evening Standard, Camden, last month / so far this year
CAM = "Camden"
TFP = dict(minor="THEFT FROM THE PERSON")
f = lambda mm, b=CAM, **k: mps(borough=b, mm=mm, **k)  # noqa: E731
feb, feb0 = ["202602"], ["202502"]
jf, jf0 = months(2026, 1, 2026, 2), months(2025, 1, 2025, 2)
r12, r120 = months(2025, 3, 2026, 2), months(2024, 3, 2025, 2)
q, qprev, q0 = months(2025, 12, 2026, 2), months(2025, 9, 2025, 11), months(2024, 12, 2025, 2)
tfp_rates12 = borough_rates(minor="THEFT FROM THE PERSON", mm=r12, pop_year=2025)
lon_jf, lon_jf0 = mps(mm=jf, **TFP), mps(mm=jf0, **TFP)
UNITS["a4_camden_phone_thefts.txt"] = ("2026-03-25", [
    ("Camden phone snatches fall sharply as Met targets thieves on e-bikes", []),
    ("Evening Standard, 25 March 2026", []),
    ("Theft from the person in Camden fell by 35% last month compared with February 2025, with 601 offences recorded.",
     [E("35%", judge_pct(-35, pct(f(feb, **TFP), f(feb0, **TFP))), "change", f"Feb26 {f(feb, **TFP)} vs Feb25 {f(feb0, **TFP)} = {pct(f(feb, **TFP), f(feb0, **TFP)):.1f}%")]),
    ("So far this year, 1,047 thefts from the person have been recorded in the borough, down from 1,603 in the same period of 2025.",
     [E("1,047", judge_count(1047, f(jf, **TFP)), "count", f"Jan-Feb 2026 = {f(jf, **TFP)} (Jan-Feb 2025 {f(jf0, **TFP)})")]),
    ("In the 12 months to February the total was 6,878, a fall of 32% on the previous year.",
     [E("32%", judge_pct(-32, pct(f(r12, **TFP), f(r120, **TFP))), "change", f"vs Mar24-Feb25 {f(r120, **TFP)} = {pct(f(r12, **TFP), f(r120, **TFP)):.1f}%")]),
    ("Even so, Camden still has the second-highest rate of theft from the person in London, behind only Westminster.",
     [E("second-highest", judge_truth(rank_of(CAM, tfp_rates12) == 2, ok=OKC), "comparison",
        f"rate rank over the 12 months = {rank_of(CAM, tfp_rates12)} (calendar 2025 also 2nd)")]),
    ("Burglary in Camden is down 22% so far this year.",
     [E("22%", judge_pct(-22, pct(f(jf, major="BURGLARY"), f(jf0, major="BURGLARY"))), "change",
        f"Jan-Feb {f(jf, major='BURGLARY')} vs {f(jf0, major='BURGLARY')} = {pct(f(jf, major='BURGLARY'), f(jf0, major='BURGLARY')):.1f}%")]),
    ("In the three months to February the borough recorded 528 burglaries, 14% fewer than in the same period a year earlier.",
     [E("14%", judge_pct(-14, pct(f(q, major="BURGLARY"), f(q0, major="BURGLARY"))), "change",
        f"vs Dec24-Feb25 {f(q0, major='BURGLARY')} = {pct(f(q, major='BURGLARY'), f(q0, major='BURGLARY')):.1f}%")]),
    ("Shoplifting, however, rose by nearly a fifth over the past 12 months.",
     [E("nearly a fifth", {I} if not (1.16 <= f(r12, minor="SHOPLIFTING") / f(r120, minor="SHOPLIFTING") <= 1.20) else OK, "change",
        f"WRONG ON PURPOSE (exaggeration): {f(r12, minor='SHOPLIFTING')}/{f(r120, minor='SHOPLIFTING')} = +{pct(f(r12, minor='SHOPLIFTING'), f(r120, minor='SHOPLIFTING')):.1f}%")]),
    ("Sexual offences in Camden rose 8% last year.",
     [E("8%", judge_pct(8, pct(f(cal(2025), major="SEXUAL OFFENCES"), f(cal(2024), major="SEXUAL OFFENCES"))), "change",
        f"WRONG PERIOD ON PURPOSE: calendar 2025 {f(cal(2025), major='SEXUAL OFFENCES')} vs 2024 {f(cal(2024), major='SEXUAL OFFENCES')} = {pct(f(cal(2025), major='SEXUAL OFFENCES'), f(cal(2024), major='SEXUAL OFFENCES')):.1f}%; the 12 months to Feb: {f(r12, major='SEXUAL OFFENCES')} vs {f(r120, major='SEXUAL OFFENCES')} = {pct(f(r12, major='SEXUAL OFFENCES'), f(r120, major='SEXUAL OFFENCES')):.1f}%")]),
    ("Drug offences, by contrast, rose last month.",
     [E("rose last month", judge_truth(f(feb, major="DRUG OFFENCES") > f(feb0, major="DRUG OFFENCES")), "direction",
        f"WRONG ON PURPOSE: Feb26 {f(feb, major='DRUG OFFENCES')} vs Feb25 {f(feb0, major='DRUG OFFENCES')} (also below Jan26 {f(['202601'], major='DRUG OFFENCES')})")]),
    ("Across London, theft from the person has fallen by almost a quarter so far this year.",
     [E("almost a quarter", judge_ratio("fell by a quarter", lon_jf / lon_jf0, mode="almost"), "change",
        f"London Jan-Feb {lon_jf}/{lon_jf0} = {lon_jf / lon_jf0:.3f}")]),
    ("The Met said officers had arrested more than 200 phone thieves in Camden since January.",
     [E("200", {U}, "count", "borough-level arrests for phone theft: not in the store")]),
])

# =============================================================== a5 fact check: homicide victims 2016-2021
lon_vic = {y: vic(y) for y in range(2003, 2023)}
knife = {y: vic(y, Method_of_Killing="Knife or Sharp Implement") for y in range(2003, 2023)}
adol = {y: vic(y, Age_Group="Adolescent/Young Adult") for y in range(2003, 2023)}
sw3 = {}
for y in (2017, 2018, 2019):
    for b, n in __import__("truth5").vic_by(y, "Borough").items():
        sw3[b] = sw3.get(b, 0) + n
sw_top = max(sw3, key=sw3.get)
UNITS["a5_factcheck_homicide.txt"] = ("2024-01-20", [
    ("FACT CHECK: What the Met's homicide figures really show about 2016-2021", []),
    ("20 January 2024", []),
    ("Claim: \"London's murder toll in 2019 was the worst in a decade.\" In 2019, 150 people were killed in London, according to the Met's homicide victims data.",
     [E("150", judge_count(150, lon_vic[2019]), "count", f"victims 2019 = {lon_vic[2019]} (offences {mps(minor='HOMICIDE', mm=cal(2019))})")]),
    ("That was the highest toll in more than a decade: you have to go back to 2007 to find a higher one.",
     [E("more than a decade", judge_truth(all(lon_vic[y] < 150 for y in range(2008, 2019))), "record",
        f"victims {[(y, lon_vic[y]) for y in range(2007, 2020)]}"),
      E("2007", judge_truth(lon_vic[2007] > 150 and all(lon_vic[y] <= 150 for y in range(2008, 2019))), "record", "2007 = 157, 2008-2018 all below 150")]),
    ("Of those, 94 were killed with a knife or sharp implement, the most since the series began in 2003.",
     [E("the most since the series began", judge_truth(is_record_high(knife, 2019), ok=OKC), "record", f"knife series {knife}")]),
    ("More than four in five of the 2019 killings have been solved.",
     [E("four in five", judge_share(0.8, vic(2019, Solved_Status="Solved") / 150, mode="more"), "share",
        f"solved {vic(2019, Solved_Status='Solved')}/150 = {vic(2019, Solved_Status='Solved') / 150:.3f}")]),
    ("The number of teenage and young adult victims hit a record 59 in 2017.",
     [E("record", judge_truth(is_record_high(adol, 2017), ok=OKC), "record", f"series {adol}")]),
    ("In 2018, 31 women and girls were killed, and more than one in five killings involved domestic abuse.",
     [E("one in five", judge_share(0.2, vic(2018, Domestic_Abuse="Domestic Abuse") / lon_vic[2018], mode="more"), "share",
        f"domestic {vic(2018, Domestic_Abuse='Domestic Abuse')}/{lon_vic[2018]}")]),
    ("Killings then fell by a quarter in 2020.",
     [E("a quarter", judge_ratio("fell by a quarter", lon_vic[2020] / lon_vic[2019]), "change",
        f"WRONG ON PURPOSE: {lon_vic[2020]}/{lon_vic[2019]} = {lon_vic[2020] / lon_vic[2019]:.3f} (an 18% fall; offences {mps(minor='HOMICIDE', mm=cal(2020))}/{mps(minor='HOMICIDE', mm=cal(2019))} likewise)")]),
    ("The number of children killed doubled between 2019 and 2020.",
     [E("doubled", judge_ratio("doubled", vic(2020, Age_Group="Child") / vic(2019, Age_Group="Child")), "change",
        f"WRONG ON PURPOSE: child {vic(2019, Age_Group='Child')} -> {vic(2020, Age_Group='Child')}")]),
    ("The number of elderly victims more than doubled in 2021, to 17.",
     [E("more than doubled", judge_ratio("doubled", vic(2021, Age_Group="Elderly") / vic(2020, Age_Group="Elderly"), mode="more", ok=OKC), "change",
        f"elderly {vic(2020, Age_Group='Elderly')} -> {vic(2021, Age_Group='Elderly')}")]),
    ("Shootings accounted for fewer than one in ten homicides in 2021.",
     [E("one in ten", judge_share(0.1, vic(2021, Method_of_Killing="Shooting") / lon_vic[2021], mode="fewer"), "share",
        f"shooting {vic(2021, Method_of_Killing='Shooting')}/{lon_vic[2021]}")]),
    ("Southwark saw more homicides than any other borough between 2017 and 2019, with 31.",
     [E("more homicides than any other borough", judge_truth(sw_top == SW and sorted(sw3.values())[-2] < sw3[SW]), "comparison",
        f"2017-19 victims: Southwark {sw3[SW]}, next {sorted(sw3.values())[-2]}"),
      E("31", judge_count(31, sw3[SW]), "count", f"WRONG ON PURPOSE: Southwark 2017-19 = {sw3[SW]}")]),
    ("Verdict: London remains one of the safest major cities in the world, but the 2019 claim is broadly correct.",
     [E("safest major cities", {O}, "opinion", "a judgement")]),
])

# =============================================================== a6 City of London Police press release, 2025
cy, cy0 = col_year(2025), col_year(2024)
ct = lambda t, y: col_year(y, t)  # noqa: E731
UNITS["a6_city_police_2025.txt"] = ("2026-03-20", [
    ("City of London Police: crime in the Square Mile falls in 2025", []),
    ("Press release, 20 March 2026", []),
    ("Total crime in the Square Mile fell by 9% in 2025, to 8,747 offences.",
     [E("9%", judge_pct(-9, pct(cy, cy0)), "change", f"excl. ASB {cy} vs {cy0} = {pct(cy, cy0):.1f}% (with ASB {pct(col_year(2025, exclude_asb=False), col_year(2024, exclude_asb=False)):.1f}%)"),
      E("8,747", judge_count(8747, cy), "count", f"street-file crimes excl. ASB 2025 = {cy}")]),
    ("Theft from the person dropped by almost a fifth, and shoplifting fell 10%.",
     [E("almost a fifth", judge_ratio("fell by a fifth", ct("Theft from the person", 2025) / ct("Theft from the person", 2024), mode="almost"), "change",
        f"{ct('Theft from the person', 2025)}/{ct('Theft from the person', 2024)}"),
      E("10%", judge_pct(-10, pct(ct("Shoplifting", 2025), ct("Shoplifting", 2024))), "change",
        f"shoplifting {ct('Shoplifting', 2025)} vs {ct('Shoplifting', 2024)} = {pct(ct('Shoplifting', 2025), ct('Shoplifting', 2024)):.1f}%")]),
    ("Burglary also fell, while robbery rose 27%.",
     [E("Burglary also fell", judge_truth(ct("Burglary", 2025) < ct("Burglary", 2024)), "direction",
        f"WRONG ON PURPOSE: burglary {ct('Burglary', 2025)} vs {ct('Burglary', 2024)} (a rise)"),
      E("27%", judge_pct(27, pct(ct("Robbery", 2025), ct("Robbery", 2024))), "change",
        f"robbery {ct('Robbery', 2025)} vs {ct('Robbery', 2024)} = {pct(ct('Robbery', 2025), ct('Robbery', 2024)):.1f}%")]),
    ("Violence and sexual offences made up almost one in five crimes.",
     [E("one in five", judge_share(0.2, ct("Violence and sexual offences", 2025) / cy, mode="almost"), "share",
        f"{ct('Violence and sexual offences', 2025)}/{cy} = {ct('Violence and sexual offences', 2025) / cy:.3f} (of all incl. ASB {ct('Violence and sexual offences', 2025) / col_year(2025, exclude_asb=False):.3f})")]),
    ("Violence and sexual offences rose slightly, to 1,614.",
     [E("rose slightly", judge_truth(ct("Violence and sexual offences", 2025) > ct("Violence and sexual offences", 2024)), "direction",
        f"WRONG DIRECTION ON PURPOSE: {ct('Violence and sexual offences', 2025)} vs {ct('Violence and sexual offences', 2024)}"),
      E("1,614", judge_count(1614, ct("Violence and sexual offences", 2025)), "count", "VSO 2025")]),
    ("Reports of anti-social behaviour fell from 398 to 128.",
     [E("128", judge_count(128, col_year(2025, "Anti-social behaviour")), "count", f"ASB 2025 {col_year(2025, 'Anti-social behaviour')}, 2024 {col_year(2024, 'Anti-social behaviour')}")]),
    ("The force's fraud teams also handled more than 4,000 reports from City businesses.",
     [E("4,000", {U}, "count", "Action Fraud / NFIB reports for City businesses: not in the store")]),
    ("Commissioner Pete O'Doherty said the Square Mile \"remains one of the safest business districts in the world\".",
     [E("safest business districts", {O}, "opinion", "a judgement")]),
])

# =============================================================== a7 MP's speech, outer London (Hansard)
HAV, BEX = "Havering", "Bexley"
hb = yearly(major="BURGLARY", borough=HAV)
hv = yearly(major="VEHICLE OFFENCES", borough=HAV)
hs = yearly(major="SEXUAL OFFENCES", borough=HAV)
hd = yearly(major="DRUG OFFENCES", borough=HAV)
bp = yearly(major="PUBLIC ORDER OFFENCES", borough=BEX)
bc = yearly(major="ARSON AND CRIMINAL DAMAGE", borough=BEX)
bt = yearly(borough=BEX)
br = borough_rates(major="BURGLARY", mm=cal(2025), pop_year=2025)
bex_old19 = mps_old(borough=BEX, mm=cal(2019))
UNITS["a7_mp_outer_london.txt"] = ("2026-03-30", [
    ("Westminster Hall debate: policing in outer London, 30 March 2026", []),
    ("Andrew Rosindell (Romford) (Con): In Havering, burglary fell to 909 last year, the lowest on record, and I pay tribute to local officers for that.",
     [E("lowest on record", judge_truth(is_record_low(hb, 2025), ok=OKC), "record", f"series {hb}")]),
    ("But vehicle crime in Havering rose by more than 50% between 2016 and 2023.",
     [E("50%", judge_pct(50, pct(hv[2023], hv[2016]), mode="more"), "change", f"{hv[2023]} vs {hv[2016]} = {pct(hv[2023], hv[2016]):.1f}%")]),
    ("Sexual offences in the borough have nearly trebled since 2011, and drug offences jumped 29% last year alone.",
     [E("nearly trebled", judge_ratio("tripled", hs[2025] / hs[2011], mode="almost"), "change", f"{hs[2025]}/{hs[2011]} = {hs[2025] / hs[2011]:.3f}"),
      E("29%", judge_pct(29, pct(hd[2025], hd[2024])), "change", f"drugs {hd[2025]} vs {hd[2024]} = {pct(hd[2025], hd[2024]):.1f}%")]),
    ("Vehicle crime in Havering fell by a quarter last year.",
     [E("a quarter", judge_ratio("fell by a quarter", hv[2025] / hv[2024]), "change",
        f"WRONG ON PURPOSE: {hv[2025]}/{hv[2024]} = {hv[2025] / hv[2024]:.3f} (a 13% fall)")]),
    ("Havering has lost 40 neighbourhood officers since 2019.",
     [E("40", {U}, "count", "workforce figures: not in the store")]),
    ("Daniel Francis (Bexleyheath and Crayford) (Lab): Bexley has the lowest burglary rate of any London borough, with Havering the second lowest.",
     [E("lowest burglary rate", judge_truth(rank_of(BEX, br, desc=False) == 1, ok=OKC), "comparison",
        f"2025 per 1,000: Bexley {br[BEX]:.2f} (rank {rank_of(BEX, br, desc=False)} from lowest), Havering {br[HAV]:.2f} (rank {rank_of(HAV, br, desc=False)})"),
      E("second lowest", judge_truth(rank_of(HAV, br, desc=False) == 2, ok=OKC), "comparison", "Havering second lowest by rate in 2025")]),
    ("Total recorded crime in Bexley has fallen by 10% since 2019.",
     [E("10%", judge_pct(-10, pct(bt[2025], bt[2019])), "change", f"{bt[2025]} vs {bt[2019]} = {pct(bt[2025], bt[2019]):.1f}%")]),
    ("In 2019 the borough recorded 18,062 crimes.",
     [E("18,062", {C} if bex_old19 == 18062 and bt[2019] != 18062 else {I}, "count",
        f"STALE RELEASE ON PURPOSE: older extract 2019 = {bex_old19}; latest = {bt[2019]}")]),
    ("But public order offences in Bexley have more than trebled since 2012, and criminal damage reached 1,717 last year, the highest since records began.",
     [E("more than trebled", judge_ratio("tripled", bp[2025] / bp[2012], mode="more"), "change",
        f"WRONG ON PURPOSE: {bp[2025]}/{bp[2012]} = {bp[2025] / bp[2012]:.3f} (just under 3)"),
      E("1,717", judge_count(1717, bc[2025]), "count", f"criminal damage 2025 = {bc[2025]}"),
      E("since records began", judge_truth(is_record_high(bc, 2025), ok=OKC), "record", f"series {bc} (2011 = {bc[2011]})")]),
    ("My constituents feel that outer London has been forgotten by City Hall.",
     [E("forgotten", {O}, "opinion", "a judgement")]),
])

# =============================================================== a8 one-liners
L = lambda **k: yearly(**k)  # noqa: E731
lb = L(major="BURGLARY")
lt = L(minor="THEFT FROM THE PERSON")
lr = L(minor="RAPE")
lv = L(major="VEHICLE OFFENCES")
lpo = L(major="PUBLIC ORDER OFFENCES")
lsx = L(major="SEXUAL OFFENCES")
lcd = L(major="ARSON AND CRIMINAL DAMAGE")
hom = yearly(minor="HOMICIDE")
vall = {y: vic(y) for y in range(2003, 2023)}
ldr = L(major="DRUG OFFENCES")
bur_r = borough_rates(major="BURGLARY", mm=cal(2025), pop_year=2025)
old_cd22 = mps_old(major="ARSON AND CRIMINAL DAMAGE", mm=cal(2022))
drug_c = mps_by_borough(major="DRUG OFFENCES", mm=cal(2025))
po_r = borough_rates(major="PUBLIC ORDER OFFENCES", mm=cal(2025), pop_year=2025)
vr = borough_rates(major="VEHICLE OFFENCES", mm=cal(2025), pop_year=2025)
fyb = fyearly(major="BURGLARY")
fyt = fyearly(minor="THEFT FROM THE PERSON")
enf_fy = fyearly(borough=ENF)
r12, r120 = months(2025, 3, 2026, 2), months(2024, 3, 2025, 2)
ss_q1 = met_ss(months(2018, 1, 2018, 3))
col_ss19, col_ss18 = col_ss_year(2019), col_ss_year(2018)
col_arr19, col_arr18 = (col_ss_year(y, Outcome="Arrest") + col_ss_year(y, Outcome="Suspect arrested") for y in (2019, 2018))
old_lb = mps_old(major="BURGLARY", mm=months(2022, 12, 2023, 11))
new_lb = mps(major="BURGLARY", mm=months(2022, 12, 2023, 11))
ONE = [
    ("London recorded 48,064 burglaries in 2025, the lowest annual figure on record.",
     [E("lowest annual figure on record", judge_truth(is_record_low(lb, 2025), ok=OKC), "record", f"series {lb}")]),
    ("Theft from the person across London fell 15% in 2025 after hitting a record 101,053 in 2024.",
     [E("15%", judge_pct(-15, pct(lt[2025], lt[2024])), "change", f"{lt[2025]} vs {lt[2024]} = {pct(lt[2025], lt[2024]):.1f}%")]),
    ("Rape offences recorded by the Met rose 11% last year, to 9,742.",
     [E("11%", judge_pct(11, pct(lr[2025], lr[2024])), "change", f"{lr[2025]} vs {lr[2024]} = {pct(lr[2025], lr[2024]):.1f}%")]),
    ("Theft from the person in London has tripled since 2016.",
     [E("tripled", judge_ratio("tripled", lt[2025] / lt[2016]), "change", f"WRONG ON PURPOSE (exaggeration): {lt[2025]}/{lt[2016]} = {lt[2025] / lt[2016]:.2f}")]),
    ("Drug offences in London rose by a third in 2024.",
     [E("a third", judge_ratio("rose by a third", ldr[2024] / ldr[2023]), "change",
        f"WRONG YEAR ON PURPOSE: 2024/2023 = {ldr[2024]}/{ldr[2023]} = {ldr[2024] / ldr[2023]:.3f}; 2025/2024 = {ldr[2025] / ldr[2024]:.3f}")]),
    ("Public order offences in London have more than tripled since 2011.",
     [E("more than tripled", judge_ratio("tripled", lpo[2025] / lpo[2011], mode="more"), "change", f"{lpo[2025]}/{lpo[2011]} = {lpo[2025] / lpo[2011]:.2f}")]),
    ("Sexual offences recorded in London have risen by 50% since 2015.",
     [E("50%", judge_pct(50, pct(lsx[2025], lsx[2015])), "change", f"WRONG ON PURPOSE (understated): {lsx[2025]} vs {lsx[2015]} = +{pct(lsx[2025], lsx[2015]):.1f}%")]),
    ("Westminster recorded more drug offences than any other borough in 2025.",
     [E("more drug offences than any other borough", judge_truth(rank_of("Westminster", drug_c) == 1), "comparison",
        f"WRONG BOROUGH ON PURPOSE: Brent {drug_c['Brent']} > Westminster {drug_c['Westminster']}")]),
    ("The Met recorded 56,391 burglaries in the 12 months to November 2023.",
     [E("56,391", {C} if old_lb == 56391 and new_lb != 56391 else {I}, "count",
        f"STALE RELEASE: older extract = {old_lb}; latest = {new_lb}")]),
    ("Burglary in London fell 8% in 2025.",
     [E("8%", judge_pct(-8, pct(lb[2025], lb[2024])), "change", f"WRONG PERIOD ON PURPOSE: calendar {lb[2025]} vs {lb[2024]} = {pct(lb[2025], lb[2024]):.1f}%; FY 2024/25 {fyb[2025]} vs {fyb[2024]} = {pct(fyb[2025], fyb[2024]):.1f}%")]),
    ("Theft from the person in London topped 100,000 in 2024/25 for the first time.",
     [E("100,000", judge_truth(fyt[2025] > 100000 and all(v < 100000 for e, v in fyt.items() if e < 2025)), "record",
        f"FY2024/25 = {fyt[2025]}; earlier FYs max {max(v for e, v in fyt.items() if e < 2025)}")]),
    ("Criminal damage in London rose 8% in 2023.",
     [E("8%", judge_pct(8, pct(lcd[2023], lcd[2022])), "change", f"{lcd[2023]} vs {lcd[2022]} = {pct(lcd[2023], lcd[2022]):.1f}%")]),
    ("153 people were killed in London in 2019.",
     [E("153", {C} if hom[2019] == 153 and vic(2019) != 153 else judge_count(153, vic(2019)), "count",
        f"VICTIMS vs OFFENCES: victims {vic(2019)}, homicide offences {hom[2019]}")]),
    ("Homicides in London fell to 96 in 2025, the lowest number since 2014.",
     [E("96", judge_count(96, hom[2025]), "count", f"homicide offences 2025 = {hom[2025]} (no victims file for 2025)"),
      E("lowest number since 2014", judge_truth(lowest_since_ok(hom, 2025, 2014)), "record", f"offences {hom}")]),
    ("Shoplifting in London rose in the 12 months to February 2026.",
     [E("rose", judge_truth(mps(minor="SHOPLIFTING", mm=r12) > mps(minor="SHOPLIFTING", mm=r120)), "direction",
        f"WRONG DIRECTION ON PURPOSE: {mps(minor='SHOPLIFTING', mm=r12)} vs {mps(minor='SHOPLIFTING', mm=r120)}")]),
    ("Southwark had the second-highest burglary rate in London in 2025, behind only Westminster.",
     [E("second-highest", judge_truth(rank_of(SW, bur_r) == 2, ok=OKC), "comparison",
        f"WRONG BOROUGH ON PURPOSE: Southwark rate rank {rank_of(SW, bur_r)}; Camden is second ({bur_r['Camden']:.2f})")]),
    ("2018 was London's deadliest year for homicide since 2008.",
     [E("since 2008", judge_truth(highest_since_ok(vall, 2018, 2008)), "record",
        f"WRONG ON PURPOSE: victims 2018 {vall[2018]}, 2017 {vall[2017]} was higher (offences 2018 {hom[2018]}, 2017 {hom[2017]})")]),
    ("Knife killings in London fell in 2021.",
     [E("fell", judge_truth(vic(2021, Method_of_Killing="Knife or Sharp Implement") < vic(2020, Method_of_Killing="Knife or Sharp Implement")), "direction",
        f"WRONG DIRECTION ON PURPOSE: knife victims 2020 {vic(2020, Method_of_Killing='Knife or Sharp Implement')} -> 2021 {vic(2021, Method_of_Killing='Knife or Sharp Implement')}")]),
    ("London's criminal damage total for 2022 was 53,459.",
     [E("53,459", {C} if old_cd22 == 53459 and lcd[2022] != 53459 else {I}, "count",
        f"STALE RELEASE ON PURPOSE: older extract 2022 = {old_cd22}; latest = {lcd[2022]}")]),
    ("Camden had London's highest rate of public order offences outside Westminster in 2025.",
     [E("highest rate", judge_truth(rank_of(CAM, po_r) == 2 and rank_of("Westminster", po_r) == 1, ok=OKC), "comparison",
        f"rate rank Camden {rank_of(CAM, po_r)} ({po_r[CAM]:.2f}), Westminster {po_r['Westminster']:.2f}")]),
    ("Kensington and Chelsea had the highest vehicle crime rate in London last year, at around 1,560 offences per 100,000 residents.",
     [E("1,560", {A, C} if abs(100 * vr["Kensington and Chelsea"] - 1560) <= 78 else {I}, "rate", f"{100 * vr['Kensington and Chelsea']:.0f} per 100,000")]),
    ("Burglary in London hit 80,691 in 2018.",
     [E("80,691", judge_count(80691, lb[2018]), "count", f"WRONG YEAR ON PURPOSE: 2018 = {lb[2018]}; 80,691 is 2019 ({lb[2019]})")]),
    ("Sexual offences in London rose 6% in the year to February 2026.",
     [E("6%", judge_pct(6, pct(mps(major="SEXUAL OFFENCES", mm=r12), mps(major="SEXUAL OFFENCES", mm=r120))), "change",
        f"{mps(major='SEXUAL OFFENCES', mm=r12)} vs {mps(major='SEXUAL OFFENCES', mm=r120)}")]),
    ("Theft from the person in London fell by a quarter in February compared with a year earlier.",
     [E("a quarter", judge_ratio("fell by a quarter", mps(mm=["202602"], **TFP) / mps(mm=["202502"], **TFP)), "change",
        f"{mps(mm=['202602'], **TFP)}/{mps(mm=['202502'], **TFP)}")]),
    ("The Met carried out 33,774 stop and searches in the first three months of 2018, six in ten of them for drugs.",
     [E("six in ten", judge_share(0.6, met_ss(months(2018, 1, 2018, 3), **{"Object of search": "Controlled drugs"}) / ss_q1), "share",
        f"controlled drugs {met_ss(months(2018, 1, 2018, 3), **{'Object of search': 'Controlled drugs'})}/{ss_q1}")]),
    ("Only about one in six of those Met searches led to an arrest.",
     [E("one in six", judge_share(1 / 6, (met_ss(months(2018, 1, 2018, 3), Outcome="Arrest") + met_ss(months(2018, 1, 2018, 3), Outcome="Suspect arrested")) / ss_q1), "share",
        f"arrest {met_ss(months(2018, 1, 2018, 3), Outcome='Arrest')}/{ss_q1}")]),
    ("Stop and searches by City of London Police rose by more than 80% in 2019, and arrests from those searches almost doubled.",
     [E("80%", judge_pct(80, pct(col_ss19, col_ss18), mode="more"), "change", f"City S&S {col_ss19} vs {col_ss18} = {pct(col_ss19, col_ss18):.1f}%"),
      E("almost doubled", judge_ratio("doubled", col_arr19 / col_arr18, mode="almost"), "change",
        f"arrests (outcome 'Arrest' + the 2018 label 'Suspect arrested') {col_arr19} vs {col_arr18} = {col_arr19 / col_arr18:.3f}; 'Arrest' alone would give 607/246 = 2.47")]),
    ("Greater Manchester Police recorded a 10% fall in knife crime last year.",
     [E("10%", {U}, "change", "GMP knife crime for 2025: not in the store (ONS series ends 2019)")]),
    ("The Met solved just 4% of burglaries in 2025.",
     [E("4%", {U}, "share", "outcomes/solved rates for MPS burglary: not in the store")]),
    ("Tough policing has made Havering one of the safest places in London.",
     [E("safest places", {O}, "opinion", "a judgement")]),
]
UNITS["a8_one_liners.txt"] = ("2026-03-28", ONE)
