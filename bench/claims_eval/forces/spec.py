"""forces claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Claims about forces outside London, answered from data.police.uk street files (2021-12..2022-11 in the
shared data).  Every allowed-verdict set is computed from the raw files by truth_forces.py (csv only).
Some claims are wrong on purpose; some ask for months or forces the data does not hold (unverifiable).
"""
from truth_forces import I, OK, OKC, U, judge_count, judge_pct, judge_rate, judge_truth, mm, n, ons_pop, pct, span

UNITS = {}
REASON = {}


def E(key, allowed, kind, note):
    return (key, set(allowed), kind, note)


# ------------------------------------------------------------------ b1 Merseyside, spring 2022
mb3 = n("merseyside", "2022-03", "Burglary")
mb4 = n("merseyside", "2022-04", "Burglary")
mv5 = n("merseyside", "2022-05", "Violence and sexual offences")
mv4 = n("merseyside", "2022-04", "Violence and sexual offences")
mr = span("merseyside", mm("2022-01", "2022-06"), "Robbery")
mpw = n("merseyside", "2022-08", "Possession of weapons")
UNITS["b1_merseyside.txt"] = ("2022-12-20", [
    ("Merseyside crime figures: burglary down, violence up", []),
    (f"Merseyside Police recorded {mb3:,} burglaries in March 2022, according to police.uk data.",
     [E(f"{mb3:,}", judge_count(mb3, mb3), "count", f"Merseyside burglary 2022-03 = {mb3}")]),
    (f"In April 2022 the figure was {mb4 + 40:,}.",
     [E(f"{mb4 + 40:,}", judge_count(mb4 + 40, mb4), "count", f"WRONG ON PURPOSE: Merseyside burglary 2022-04 = {mb4}")]),
    (f"Violence and sexual offences in Merseyside reached {mv5:,} in May 2022.",
     [E(f"{mv5:,}", judge_count(mv5, mv5), "count", f"Merseyside V&SO 2022-05 = {mv5} (April {mv4})")]),
    (f"There were {mr:,} robberies in Merseyside in the first half of 2022.",
     [E(f"{mr:,}", judge_count(mr, mr), "count", f"Merseyside robbery 2022-01..06 = {mr}")]),
    (f"Police on Merseyside recorded {mpw:,} weapons possession offences in August 2022.",
     [E(f"{mpw:,}", judge_count(mpw, mpw), "count", f"Merseyside possession of weapons 2022-08 = {mpw}")]),
])

# ------------------------------------------------------------------ b2 South Yorkshire
sy_asb1, sy_asb2 = n("south-yorkshire", "2022-01", "Anti-social behaviour"), n("south-yorkshire", "2022-02", "Anti-social behaviour")
sy_shop = n("south-yorkshire", "2022-07", "Shoplifting")
sy_veh = span("south-yorkshire", mm("2022-01", "2022-03"), "Vehicle crime")
sy_all = n("south-yorkshire", "2022-10")
UNITS["b2_south_yorkshire.txt"] = ("2022-12-20", [
    ("South Yorkshire Police: the numbers", []),
    (f"South Yorkshire Police dealt with {sy_asb2:,} anti-social behaviour incidents in February 2022.",
     [E(f"{sy_asb2:,}", judge_count(sy_asb2, sy_asb2), "count", f"SY ASB 2022-02 = {sy_asb2} (Jan {sy_asb1})")]),
    (f"Shoplifting in South Yorkshire hit {sy_shop + 100:,} offences in July 2022.",
     [E(f"{sy_shop + 100:,}", judge_count(sy_shop + 100, sy_shop), "count", f"WRONG ON PURPOSE: SY shoplifting 2022-07 = {sy_shop}")]),
    (f"Vehicle crime in South Yorkshire totalled {sy_veh:,} offences in the first quarter of 2022.",
     [E(f"{sy_veh:,}", judge_count(sy_veh, sy_veh), "count", f"SY vehicle crime Q1 2022 = {sy_veh}")]),
    (f"South Yorkshire Police recorded {sy_all:,} crimes in October 2022.",
     [E(f"{sy_all:,}", judge_count(sy_all, sy_all), "count", f"SY all crime (ASB excluded) 2022-10 = {sy_all}")]),
    ("South Yorkshire recorded 9,000 burglaries in March 2019.",
     [E("9,000", {U}, "count", "no 2019 data in the store (police.uk files 2021-12..2022-11 only)")]),
])

# ------------------------------------------------------------------ b3 Cumbria and the Welsh forces
cu_cd = n("cumbria", "2022-06", "Criminal damage and arson")
cu_v = span("cumbria", mm("2022-01", "2022-11"), "Violence and sexual offences")
sw_dr = n("south-wales", "2022-09", "Drugs")
dp_all = n("dyfed-powys", "2022-08")
dp_all7 = n("dyfed-powys", "2022-07")
cu_b = span("cumbria", mm("2022-01", "2022-11"), "Burglary")
cu_pop = ons_pop("Cumbria", 2019)
cu_rate = 1000 * cu_b / cu_pop
UNITS["b3_cumbria_wales.txt"] = ("2022-12-20", [
    ("Rural forces report", []),
    (f"Cumbria Constabulary recorded {cu_cd:,} criminal damage and arson offences in June 2022.",
     [E(f"{cu_cd:,}", judge_count(cu_cd, cu_cd), "count", f"Cumbria criminal damage 2022-06 = {cu_cd}")]),
    (f"Between January and November 2022, Cumbria recorded {cu_v:,} violent and sexual offences.",
     [E(f"{cu_v:,}", judge_count(cu_v, cu_v), "count", f"Cumbria V&SO 2022-01..11 = {cu_v}")]),
    (f"South Wales Police recorded {sw_dr - 25:,} drug offences in September 2022.",
     [E(f"{sw_dr - 25:,}", judge_count(sw_dr - 25, sw_dr), "count", f"WRONG ON PURPOSE: South Wales drugs 2022-09 = {sw_dr}")]),
    (f"Dyfed-Powys Police recorded {dp_all:,} crimes in August 2022, up {pct(dp_all, dp_all7):.0f}% on July.",
     [E(f"{dp_all:,}", judge_count(dp_all, dp_all), "count", f"Dyfed-Powys all crime 2022-08 = {dp_all}"),
      E(f"{pct(dp_all, dp_all7):.0f}%", judge_pct(round(pct(dp_all, dp_all7)), pct(dp_all, dp_all7)), "change",
        f"{dp_all} vs July {dp_all7} = {pct(dp_all, dp_all7):.2f}%")]),
    ("West Midlands Police recorded 4,500 burglaries in March 2022.",
     [E("4,500", {U}, "count", "no West Midlands files in the shared data")]),
])
