"""set7 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker). Every factual claim is true or false *by design*;
holds() in truth7.py checks that design against the raw files and raises if they disagree. The notes
give the figures. CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion' (score.py prints a
breakdown by it and by kind). REASON: none (no right-verdict-wrong-reason checks in this set).
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn,
unverifiable, opinion.
"""
from truth7 import (
    BOROUGHS32,
    I,
    O,
    U,
    cal,
    col_street,
    dash,
    falls_in_a_row,
    force_street,
    fy,
    gla_pop,
    holds,
    knife_boroughs,
    london32_pop,
    months,
    mps,
    mps_by_borough,
    mps_old,
    near,
    ons_knife_region,
    pct,
    pct_is,
    rank_of,
    rises_in_a_row,
    victims,
    victims_by,
    yearly,
)

UNITS = {}
REASON = {}
CLASS = {}


def E(key, allowed, kind, note, cls):
    return (key, set(allowed), kind, note, cls)


def add(name, as_of, lines):
    body = []
    for line, exps in lines:
        for e in exps:
            CLASS[(name, e[0])] = e[4]
        body.append((line, [e[:4] for e in exps]))
    UNITS[name] = (as_of, body)


def one(name, as_of, line, *exps):
    add(name, as_of, [(line, list(exps))])


def T(flag):
    return holds(flag, "true")


def F(flag):
    return holds(flag, "false")


def ranked(counts, name, desc=True):
    return rank_of(name, counts, desc=desc)


UNV = "the open data holds no such measure"

# ====================================================================== a1 Westminster, calendar 2025
WM = "Westminster"
wm_tfp = yearly(minor="THEFT FROM THE PERSON", borough=WM)
wm_shop = yearly(minor="SHOPLIFTING", borough=WM)
wm_all = yearly(borough=WM, years=(2024, 2025))
wm_vap = yearly(major="VIOLENCE AGAINST THE PERSON", borough=WM, years=(2024, 2025))
wm_bike = yearly(minor="BICYCLE THEFT", borough=WM, years=(2024, 2025))
rob25 = mps_by_borough(major="ROBBERY", mm=cal(2025))
cam_shop25 = mps(minor="SHOPLIFTING", borough="Camden", mm=cal(2025))
lon25 = mps(mm=cal(2025))
wm_knife = {y: dash(borough=WM, mm=cal(y)) for y in (2024, 2025)}
add("a1_westminster_2025.txt", "2026-03-20", [
    ("West End phone thefts fall back, but shoplifting hits a new high", [
        E("shoplifting hits a new high", T(wm_shop[2025] == max(wm_shop.values())), "record",
          f"Westminster shoplifting 2025 {wm_shop[2025]} is the series maximum (2011-2025: {wm_shop})", "true")]),
    ("By our crime correspondent, 20 March 2026", []),
    ("Theft from the person in Westminster, which is mostly phone snatching and pickpocketing, fell to 25,182 "
     "offences last year, down 23% on the record 32,836 recorded in 2024.", [
        E("25,182", T(wm_tfp[2025] == 25182), "count", f"Westminster theft from the person 2025 = {wm_tfp[2025]}", "true"),
        E("down 23%", T(pct_is(-23, wm_tfp[2025], wm_tfp[2024])), "change",
          f"{wm_tfp[2025]} vs {wm_tfp[2024]} = {pct(wm_tfp[2025], wm_tfp[2024]):+.1f}%", "true"),
        E("record 32,836", T(wm_tfp[2024] == 32836 and wm_tfp[2024] == max(wm_tfp.values())), "record",
          f"2024 = {wm_tfp[2024]}, the series high (2011-2025 max)", "true")]),
    ("Shoplifting went the other way, rising by a fifth to 7,874, the highest figure since the Met's current "
     "records began.", [
        E("rising by a fifth", T(abs(pct(wm_shop[2025], wm_shop[2024]) - 20) <= 2.5), "change",
          f"{wm_shop[2025]} vs {wm_shop[2024]} = {pct(wm_shop[2025], wm_shop[2024]):+.1f}%", "true"),
        E("7,874", T(wm_shop[2025] == 7874), "count", f"Westminster shoplifting 2025 = {wm_shop[2025]}", "true"),
        E("highest figure since", T(wm_shop[2025] == max(wm_shop.values())), "record",
          "max of 2011-2025 (series starts 2010-04); caveat on series start fair", "true")]),
    ("That is almost double the 4,227 shoplifting offences recorded in neighbouring Camden.", [
        E("almost double", T(1.75 <= wm_shop[2025] / cam_shop25 < 2.0), "compare",
          f"{wm_shop[2025]} / Camden {cam_shop25} = {wm_shop[2025] / cam_shop25:.2f}x", "true")]),
    ("Westminster again recorded more robberies than any other London borough, with 3,432.", [
        E("more robberies than any other", T(ranked(rob25, WM) == 1 and rob25[WM] == 3432), "rank",
          f"robbery 2025: Westminster {rob25[WM]}, next {sorted(rob25.values())[-2]}", "true")]),
    ("Overall, crime in the borough fell by 9% to 83,549 offences, almost one in ten of all the crimes recorded "
     "in the capital.", [
        E("fell by 9%", T(pct_is(-9, wm_all[2025], wm_all[2024])), "change",
          f"all crime (excl. NFIB fraud) {wm_all[2025]} vs {wm_all[2024]} = {pct(wm_all[2025], wm_all[2024]):+.1f}%", "true"),
        E("one in ten", T(0.085 <= wm_all[2025] / lon25 < 0.10), "share",
          f"{wm_all[2025]} / London {lon25} = {100 * wm_all[2025] / lon25:.1f}%", "true")]),
    ("Violence against the person also fell, by around 10%.", [
        E("by around 10%", F(pct(wm_vap[2025], wm_vap[2024]) < -7), "change",
          f"WRONG DIRECTION: VAP {wm_vap[2025]} vs {wm_vap[2024]} = {pct(wm_vap[2025], wm_vap[2024]):+.1f}% (a rise)", "false")]),
    ("Knife crime was down by a fifth on 2024, according to the Met's monthly figures.", [
        E("down by a fifth", T(abs(pct(wm_knife[2025], wm_knife[2024]) + 20) <= 2.5), "change",
          f"knife crime dashboard Westminster {wm_knife[2025]} vs {wm_knife[2024]} = "
          f"{pct(wm_knife[2025], wm_knife[2024]):+.1f}%", "true")]),
    ("Bicycle thefts were almost unchanged, at just under 1,000.", [
        E("just under 1,000", T(950 <= wm_bike[2025] < 1000 and abs(pct(wm_bike[2025], wm_bike[2024])) < 5), "count",
          f"bicycle theft {wm_bike[2025]} vs {wm_bike[2024]} ({pct(wm_bike[2025], wm_bike[2024]):+.1f}%)", "true")]),
    ("The Met says officers now reach emergency calls in the West End within 10 minutes on average.", [
        E("within 10 minutes", {U}, "unverifiable", "response times: not in the open data", "unverifiable")]),
    ("Retail bosses estimate that nine in ten shop thefts are never reported to police.", [
        E("nine in ten", {U}, "unverifiable", "unreported crime: not in police-recorded data", "unverifiable")]),
    ("The council's leader said the West End was being let down by a police force stretched to breaking point.", [
        E("let down by a police force", {O}, "opinion", "judgement on policing", "opinion")]),
])

# ====================================================================== a2 Croydon, calendar 2024
CR = "Croydon"
vap24 = mps_by_borough(major="VIOLENCE AGAINST THE PERSON", mm=cal(2024))
shop24 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2024))
shop23 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2023))
cr_burg = yearly(major="BURGLARY", borough=CR, years=(2023, 2024))
cr_veh = yearly(major="VEHICLE OFFENCES", borough=CR, years=(2023, 2024))
cr_all = yearly(borough=CR, years=(2023, 2024))
cr_knife = {y: dash(borough=CR, mm=cal(y)) for y in (2023, 2024)}
lam_knife24 = dash(borough="Lambeth", mm=cal(2024))
cr_rate = 1000 * vap24[CR] / gla_pop(CR, 2024)
add("a2_croydon_2024.txt", "2025-02-12", [
    ("Croydon tops London's violence table", [
        E("tops London's violence table", T(ranked(vap24, CR) == 1), "rank",
          f"VAP 2024: Croydon {vap24[CR]}, next {sorted(vap24.values())[-2]} (period from the dateline: 2024)", "true")]),
    ("Croydon Guardian, 12 February 2025", []),
    ("Croydon recorded 11,247 offences of violence against the person in 2024, more than any other London borough.", [
        E("11,247", T(vap24[CR] == 11247), "count", f"Croydon VAP 2024 = {vap24[CR]}", "true"),
        E("more than any other", T(ranked(vap24, CR) == 1), "rank", "rank 1 of 32", "true")]),
    ("Shoplifting soared by 59% to 4,030, the third highest total of the 32 boroughs.", [
        E("soared by 59%", T(pct_is(59, shop24[CR], shop23[CR])), "change",
          f"{shop24[CR]} vs {shop23[CR]} = {pct(shop24[CR], shop23[CR]):+.1f}%", "true"),
        E("third highest", T(ranked(shop24, CR) == 3), "rank",
          f"shoplifting 2024 rank {ranked(shop24, CR)}: {sorted(shop24.items(), key=lambda x: -x[1])[:3]}", "true")]),
    ("Burglaries rose 18% to 1,960.", [
        E("rose 18%", F(abs(pct(cr_burg[2024], cr_burg[2023]) - 18) <= 1), "change",
          f"WRONG FIGURE: {cr_burg[2024]} vs {cr_burg[2023]} = {pct(cr_burg[2024], cr_burg[2023]):+.2f}% (the count is right)",
          "false")]),
    ("Vehicle crime fell to 3,788.", [
        E("fell to 3,788", F(cr_veh[2024] == 3788), "count",
          f"STALE YEAR: 3,788 is 2023 ({cr_veh[2023]}); 2024 = {cr_veh[2024]}, a rise", "false")]),
    ("Overall, recorded crime in the borough went up by 6.5%, to 35,619.", [
        E("went up by 6.5%", T(abs(pct(cr_all[2024], cr_all[2023]) - 6.5) <= 0.05), "change",
          f"{cr_all[2024]} vs {cr_all[2023]} = {pct(cr_all[2024], cr_all[2023]):+.2f}%", "true")]),
    ("That works out at about 27 violent offences for every 1,000 residents.", [
        E("27 violent offences for every 1,000", T(26.5 <= cr_rate < 27.5), "rate",
          f"{vap24[CR]} / GLA 2024 pop {gla_pop(CR, 2024)} = {cr_rate:.2f} per 1,000 (projection: caveat fair)", "true")]),
    ("Knife crime in the borough fell last year, to 833 offences.", [
        E("fell last year", F(cr_knife[2024] < cr_knife[2023]), "direction",
          f"WRONG DIRECTION: dashboard Croydon knife crime {cr_knife[2024]} vs {cr_knife[2023]} (a rise); the 833 is right",
          "false")]),
    ("Croydon still has more knife crime than Lambeth.", [
        E("more knife crime than Lambeth", F(cr_knife[2024] > lam_knife24), "compare",
          f"2024: Croydon {cr_knife[2024]} < Lambeth {lam_knife24}", "false")]),
    ("Traders in North End say moped gangs snatching phones have doubled in the past year.", [
        E("doubled", {U}, "unverifiable", "moped-enabled snatches: no such measure", "unverifiable")]),
    ("Council leader Jason Perry said the mayor's policing plan was failing Croydon residents.", [
        E("failing Croydon residents", {O}, "opinion", "political judgement", "opinion")]),
])

# ====================================================================== a3 London, calendar 2025
lon = yearly(years=range(2011, 2026))
burg = yearly(major="BURGLARY")
veh = yearly(major="VEHICLE OFFENCES", years=(2024, 2025))
tfp = yearly(minor="THEFT FROM THE PERSON", years=(2024, 2025))
shop = yearly(minor="SHOPLIFTING")
sexo = yearly(major="SEXUAL OFFENCES")
drug = yearly(major="DRUG OFFENCES", years=(2024, 2025))
rob = yearly(major="ROBBERY")
hom = yearly(minor="HOMICIDE")
prev_fall = max(y for y in range(2012, 2025) if lon[y] < lon[y - 1])
add("a3_london_2025.txt", "2026-03-10", [
    ("Crime in London falls for the first time in five years", [
        E("first time in five years", T(lon[2025] < lon[2024] and prev_fall == 2020), "turn",
          f"2025 {lon[2025]} < 2024 {lon[2024]}; rises 2021-2024; the previous fall was {prev_fall}", "true")]),
    ("10 March 2026", []),
    ("The Metropolitan Police recorded about 911,000 offences in 2025, not counting fraud, 3% fewer than in 2024.", [
        E("911,000", T(near(911000, lon[2025], 0.002)), "count", f"2025 all crime excl. NFIB fraud = {lon[2025]}", "true"),
        E("3% fewer", T(pct_is(-3, lon[2025], lon[2024])), "change",
          f"{pct(lon[2025], lon[2024]):+.2f}%", "true")]),
    ("Burglary fell to 48,064, the lowest annual total since current records began.", [
        E("48,064", T(burg[2025] == 48064), "count", f"burglary 2025 = {burg[2025]}", "true"),
        E("lowest annual total", T(burg[2025] == min(burg.values())), "record",
          f"min of 2011-2025 {min(burg.values())}; series starts 2010-04 (caveat fair)", "true")]),
    ("Vehicle offences dropped by a quarter, and theft from the person by a similar amount.", [
        E("dropped by a quarter", F(abs(pct(veh[2025], veh[2024]) + 25) <= 3), "change",
          f"WRONG SIZE: {veh[2025]} vs {veh[2024]} = {pct(veh[2025], veh[2024]):+.1f}% (about a seventh)", "false"),
        E("theft from the person", F(abs(pct(tfp[2025], tfp[2024]) + 25) <= 3), "change",
          f"context-carried 'similar amount' (~25%): {tfp[2025]} vs {tfp[2024]} = {pct(tfp[2025], tfp[2024]):+.1f}%", "false")]),
    ("But shoplifting has now more than doubled since 2022, reaching 88,247.", [
        E("more than doubled", T(shop[2025] / shop[2022] > 2 and shop[2025] == 88247), "change",
          f"{shop[2025]} / {shop[2022]} = {shop[2025] / shop[2022]:.2f}x", "true")]),
    ("Sexual offences rose to 27,074, the highest number on record.", [
        E("highest number on record", T(sexo[2025] == max(sexo.values()) and sexo[2025] == 27074), "record",
          f"{sexo[2025]} = max of 2011-2025 (next {sorted(sexo.values())[-2]})", "true")]),
    ("Drug offences jumped by almost a third.", [
        E("almost a third", T(28 <= pct(drug[2025], drug[2024]) < 33.4), "change",
          f"{drug[2025]} vs {drug[2024]} = {pct(drug[2025], drug[2024]):+.1f}%", "true")]),
    ("Robbery went up 8% to 32,216.", [
        E("went up 8%", F(pct(rob[2025], rob[2024]) > 0), "change",
          f"WRONG DIRECTION: {rob[2025]} vs {rob[2024]} = {pct(rob[2025], rob[2024]):+.1f}% (the count is right)", "false")]),
    ("There were 96 homicides, the fewest since 2014.", [
        E("fewest since 2014", T(hom[2025] == 96 and hom[2014] <= hom[2025] < min(hom[y] for y in range(2015, 2025))), "record",
          f"recorded homicide 2025 {hom[2025]}; 2014 {hom[2014]}; 2015-2024 min {min(hom[y] for y in range(2015, 2025))}", "true")]),
    ("Mayor Sadiq Khan said London remained one of the safest big cities in the world.", [
        E("safest big cities", {O}, "opinion", "judgement about safety (no world-city comparison in the data)", "opinion")]),
    ("A poll for the broadcaster found 58% of Londoners feel less safe than they did five years ago.", [
        E("58%", {U}, "unverifiable", "fear of crime survey: not in the data", "unverifiable")]),
    ("The Met said 999 calls were being answered faster than at any time since 2015.", [
        E("answered faster", {U}, "unverifiable", "call handling: not in the data", "unverifiable")]),
    ("Critics said the figures showed the force was finally turning a corner.", [
        E("turning a corner", {O}, "opinion", "judgement on policing", "opinion")]),
])

# ====================================================================== a4 cycling blog, calendar 2023
bike23 = mps_by_borough(minor="BICYCLE THEFT", mm=cal(2023))
bike22 = mps_by_borough(minor="BICYCLE THEFT", mm=cal(2022))
bike = yearly(minor="BICYCLE THEFT")
hf_bike = yearly(minor="BICYCLE THEFT", borough="Hammersmith and Fulham")
top3 = sorted(bike23, key=lambda b: -bike23[b])[:3]
add("a4_bike_theft_2023.txt", "2024-01-25", [
    ("Where in London is your bike most likely to be stolen?", []),
    ("Hackney was once again the capital's bike theft hotspot in 2023, with 1,385 bicycles reported stolen, "
     "more than any other borough.", [
        E("1,385", T(bike23["Hackney"] == 1385), "count", f"Hackney bicycle theft 2023 = {bike23['Hackney']}", "true"),
        E("more than any other borough", T(ranked(bike23, "Hackney") == 1 and ranked(bike22, "Hackney") == 1), "rank",
          f"rank 1 in 2023 and 2022 (2022 {bike22['Hackney']}); top3 2023 {top3}", "true")]),
    ("Southwark came second and Westminster third.", [
        E("came second", F(top3[1] == "Southwark"), "rank",
          f"WRONG PLACE: second is {top3[1]}; top3 {[(b, bike23[b]) for b in top3]}; Southwark {bike23['Southwark']} "
          f"rank {ranked(bike23, 'Southwark')}", "false")]),
    ("Across London, bike theft fell for the third year in a row, to 16,187.", [
        E("third year in a row", T(falls_in_a_row(bike, 2023) == 3 and bike[2023] == 16187), "streak",
          f"2020-2023: {[bike[y] for y in range(2020, 2024)]}; falls in a row = {falls_in_a_row(bike, 2023)}", "true")]),
    ("That is a third lower than the 2020 peak, when lockdown cycling boomed.", [
        E("a third lower", T(abs(pct(bike[2023], bike[2020]) + 33.3) <= 2 and bike[2020] == max(bike.values())), "change",
          f"{bike[2023]} vs 2020 {bike[2020]} = {pct(bike[2023], bike[2020]):+.1f}%; 2020 is the 2011-2023 peak", "true")]),
    ("In Hammersmith and Fulham, thefts topped 1,000 for the first time.", [
        E("for the first time", F(all(hf_bike[y] <= 1000 for y in range(2011, 2023))), "record",
          f"H&F 2023 {hf_bike[2023]}, but above 1,000 before: {[(y, hf_bike[y]) for y in range(2011, 2023) if hf_bike[y] > 1000]}",
          "false")]),
    ("Richmond's total almost doubled.", [
        E("almost doubled", F(bike23["Richmond upon Thames"] / bike22["Richmond upon Thames"] > 1.7), "change",
          f"Richmond {bike23['Richmond upon Thames']} vs {bike22['Richmond upon Thames']} (a fall)", "false")]),
    ("Camden, where 998 bikes were taken, recorded more thefts than Hackney.", [
        E("more thefts than Hackney", F(bike23["Camden"] > bike23["Hackney"]), "compare",
          f"Camden {bike23['Camden']} < Hackney {bike23['Hackney']}", "false")]),
    ("Three in four bikes are stolen within a mile of the owner's home.", [
        E("Three in four", {U}, "unverifiable", "owner's home: not in the data", "unverifiable")]),
    ("Only one in 50 stolen bikes is ever returned to its owner.", [
        E("one in 50", {U}, "unverifiable", "recovery of stolen property: not in the data", "unverifiable")]),
    ("It is long past time the Met took bike theft seriously.", [
        E("took bike theft seriously", {O}, "opinion", "judgement on policing", "opinion")]),
])

# ====================================================================== a5 Merseyside / South Yorkshire, Jan-Nov 2022
JN = months(2022, 1, 2022, 11)
mer_burg = force_street("merseyside", JN, "Burglary")
sy_burg = force_street("south-yorkshire", JN, "Burglary")
mer_dec21 = force_street("merseyside", ["202112"], "Burglary")
mer_nov22 = force_street("merseyside", ["202211"], "Burglary")
mer_shop = {m: force_street("merseyside", [m], "Shoplifting") for m in JN}
sy_veh = {m: force_street("south-yorkshire", [m], "Vehicle crime") for m in JN}
sy_vso = force_street("south-yorkshire", JN, "Violence and sexual offences")
sy_all = force_street("south-yorkshire", JN)
sy_crime = force_street("south-yorkshire", JN, crime_only=True)
cum_burg = force_street("cumbria", JN, "Burglary")
add("a5_merseyside_2022.txt", "2022-12-22", [
    ("Merseyside burglaries fall as South Yorkshire's stay stubbornly high", []),
    ("Liverpool Echo data desk, 22 December 2022", []),
    ("Merseyside Police recorded 5,492 burglaries between January and November this year.", [
        E("5,492", T(mer_burg == 5492), "count", f"police.uk street files Merseyside 2022-01..11 Burglary = {mer_burg}", "true")]),
    ("That is little more than half the 10,669 recorded by South Yorkshire Police over the same months.", [
        E("little more than half", T(0.5 < mer_burg / sy_burg < 0.56 and sy_burg == 10669), "compare",
          f"{mer_burg} / {sy_burg} = {mer_burg / sy_burg:.3f}", "true")]),
    ("Burglaries on Merseyside fell from 630 last December to 492 in November.", [
        E("630", T(mer_dec21 == 630 and mer_nov22 == 492), "change",
          f"2021-12 {mer_dec21} -> 2022-11 {mer_nov22}", "true")]),
    ("Shoplifting on Merseyside peaked in March, at 684 offences.", [
        E("peaked in March", F(max(mer_shop, key=mer_shop.get) == "202203"), "turn",
          f"WRONG MONTH: March is {mer_shop['202203']} but the peak is May {mer_shop['202205']}; by month {mer_shop}", "false")]),
    ("In South Yorkshire, vehicle crime hit 1,400 in October, its highest monthly figure of the year.", [
        E("1,400 in October", T(sy_veh["202210"] == 1400 and max(sy_veh.values()) == 1400), "record",
          f"S Yorks vehicle crime by month: {sy_veh} (Dec not yet published: 'of the year so far')", "true")]),
    ("Violence and sexual offences made up more than a third of all crime recorded by South Yorkshire Police.", [
        E("more than a third", T(sy_vso / sy_all > 1 / 3 and sy_vso / sy_crime > 1 / 3), "share",
          f"{sy_vso} / {sy_all} rows incl. ASB = {sy_vso / sy_all:.3f}; / {sy_crime} excl. ASB = {sy_vso / sy_crime:.3f}",
          "true")]),
    ("Merseyside's burglary figure for November was down 22% on the same month a year earlier.", [
        E("down 22%", {U}, "unverifiable",
          "no Merseyside street file for 2021-11 (months held: 2021-12..2022-11), so no base month", "unverifiable")]),
    ("Cumbria, by contrast, recorded 1,522 burglaries in the same period.", [
        E("1,522", T(cum_burg == 1522), "count", f"Cumbria 2022-01..11 Burglary = {cum_burg}", "true")]),
    ("Burglary is a devastating crime that leaves victims feeling unsafe in their own homes.", [
        E("devastating crime", {O}, "opinion", "value judgement", "opinion")]),
    ("Merseyside Police deserve real credit for their tough stance on burglars.", [
        E("deserve real credit", {O}, "opinion", "judgement on policing", "opinion")]),
])

# ====================================================================== a6 knife crime, year to March 2025
kn = {y: dash(mm=fy(y)) for y in (2024, 2025)}
kwi = {y: dash("Knife Crime with Injury", mm=fy(y)) for y in (2024, 2025)}
kb24 = knife_boroughs(cal(2024))
kb24 = {b: v for b, v in kb24.items() if b in BOROUGHS32}
pow_ = yearly(major="POSSESSION OF WEAPONS", years=(2023, 2024))
eng19, lon19 = ons_knife_region("England", 2019), ons_knife_region("London", 2019)
add("a6_knife_crime_fy2025.txt", "2025-04-22", [
    ("Knife crime in London rises 7% in a year", [
        E("rises 7%", T(pct_is(7, kn[2025], kn[2024])), "change",
          f"dashboard, year to March: {kn[2025]} vs {kn[2024]} = {pct(kn[2025], kn[2024]):+.1f}%", "true")]),
    ("22 April 2025", []),
    ("The Met recorded 16,156 knife crime offences in the year to March 2025, up from 15,156 the year before.", [
        E("16,156", T(kn[2025] == 16156 and kn[2024] == 15156), "count", f"FY2024/25 = {kn[2025]}; FY2023/24 {kn[2024]}",
          "true")]),
    ("Knife crime with injury, however, edged down to 3,736.", [
        E("edged down to 3,736", T(kwi[2025] == 3736 and kwi[2025] < kwi[2024]), "change",
          f"knife crime with injury FY {kwi[2025]} vs {kwi[2024]}", "true")]),
    ("Lambeth had the most knife crime of any borough in 2024, with 994 offences, ahead of Westminster.", [
        E("most knife crime of any borough", T(ranked(kb24, "Lambeth") == 1 and kb24["Lambeth"] == 994 and ranked(kb24, WM) == 2),
          "rank", f"2024 top: {sorted(kb24.items(), key=lambda x: -x[1])[:3]}", "true")]),
    ("Croydon was third.", [
        E("Croydon was third", F(ranked(kb24, "Croydon") == 3), "rank",
          f"WRONG PLACE: Croydon {kb24['Croydon']} rank {ranked(kb24, 'Croydon')}; third is Newham {kb24['Newham']} "
          "(context: knife crime 2024)", "false")]),
    ("Possession of weapons offences fell by a quarter in 2024.", [
        E("fell by a quarter", F(abs(pct(pow_[2024], pow_[2023]) + 25) <= 3), "change",
          f"WRONG SIZE: {pow_[2024]} vs {pow_[2023]} = {pct(pow_[2024], pow_[2023]):+.1f}% (about a sixth)", "false")]),
    ("London accounted for about a third of all knife crime in England in 2019, according to the ONS.", [
        E("about a third", T(0.30 <= lon19 / eng19 <= 0.36), "share",
          f"ONS compiled series year 2019: London {lon19} / England {eng19} = {100 * lon19 / eng19:.1f}% "
          "(year labels are the compiler's: caveat fair)", "true")]),
    ("Knife crime among under-18s has doubled since 2019.", [
        E("under-18s", {U}, "unverifiable", "no under-18 knife crime series (dashboard starts 2022; victims 1-24 only)",
          "unverifiable")]),
    ("Youth workers say the true number of stabbings is far higher, because many victims never go to hospital.", [
        E("far higher", {U}, "unverifiable", "unreported crime", "unverifiable")]),
    ("City Hall's violence reduction unit is simply not working.", [
        E("simply not working", {O}, "opinion", "judgement on policy", "opinion")]),
])

# ====================================================================== a7 homicide 2022 (victims file)
v21, v22 = victims(2021), victims(2022)
assert v21 == 131, v21
meth21, meth22 = victims_by(2021, "Method_of_Killing"), victims_by(2022, "Method_of_Killing")
sex22 = victims_by(2022, "Sex")
bor22 = victims_by(2022, "Borough")
age21, age22 = victims_by(2021, "Age_Group"), victims_by(2022, "Age_Group")
da22 = victims_by(2022, "Domestic_Abuse")
vall = {y: victims(y) for y in range(2003, 2023)}
rec_h = yearly(minor="HOMICIDE", years=(2021, 2022))
add("a7_homicide_2022.txt", "2023-01-08", [
    ("London homicides fall to 106 as knife killings drop", []),
    ("8 January 2023", []),
    ("There were 106 homicide victims in London in 2022, down from 131 in 2021.", [  # 2021: victims 131
        E("106", T(v22 == 106), "count",
          f"homicide victims file: {v22} (recorded-crime homicide offences: {rec_h[2022]}; a caveat on the two series is fair)",
          "true")]),
    ("Seventy of the victims were killed with a knife or other sharp implement, down from 92.", [
        E("Seventy", T(meth22["Knife or Sharp Implement"] == 70 and meth21["Knife or Sharp Implement"] == 92), "count",
          f"knife/sharp 2022 {meth22['Knife or Sharp Implement']}, 2021 {meth21['Knife or Sharp Implement']}", "true")]),
    ("Men made up almost three quarters of victims.", [
        E("almost three quarters", T(0.70 <= sex22["Male"] / v22 < 0.75), "share",
          f"male {sex22['Male']} / {v22} = {100 * sex22['Male'] / v22:.1f}%", "true")]),
    ("Brent and Ealing saw the most killings, with nine each.", [
        E("nine each", T(bor22["Brent"] == bor22["Ealing"] == 9 == max(bor22.values())), "rank",
          f"2022 by borough: {bor22.most_common(3)}", "true")]),
    ("Ten people were shot dead, the same number as in 2021.", [
        E("the same number as in 2021", T(meth22["Shooting"] == meth21["Shooting"] == 10), "equal",
          f"shooting 2022 {meth22['Shooting']}, 2021 {meth21['Shooting']}", "true")]),
    ("Killings of adolescents and young adults fell by 40%.", [
        E("fell by 40%", T(abs(pct(age22["Adolescent/Young Adult"], age21["Adolescent/Young Adult"]) + 40) <= 1), "change",
          f"Adolescent/Young Adult {age22['Adolescent/Young Adult']} vs {age21['Adolescent/Young Adult']} = "
          f"{pct(age22['Adolescent/Young Adult'], age21['Adolescent/Young Adult']):+.1f}%", "true")]),
    ("It is the lowest annual total in more than a decade.", [
        E("lowest annual total in more than a decade", F(all(vall[y] > v22 for y in range(2012, 2022))), "record",
          f"2022 {v22} but 2012 {vall[2012]}, 2013 {vall[2013]}, 2014 {vall[2014]} were lower", "false")]),
    ("Domestic abuse was a factor in 24 of the killings.", [
        E("24", F(da22["Domestic Abuse"] == 24), "count",
          f"STALE YEAR: 24 is 2021 ({victims_by(2021, 'Domestic_Abuse')['Domestic Abuse']}); 2022 = {da22['Domestic Abuse']}",
          "false")]),
    ("Every one of these deaths is a tragedy for a family.", [
        E("tragedy", {O}, "opinion", "value judgement", "opinion")]),
    ("Commissioner Sir Mark Rowley called London a fantastically safe global city.", [
        E("fantastically safe", {O}, "opinion", "judgement about safety", "opinion")]),
    ("Detectives say most victims knew their killer.", [
        E("knew their killer", {U}, "unverifiable", "victim-suspect relationship: not in the data", "unverifiable")]),
])

# ====================================================================== a8 first lockdown, April-June 2020
A20, A19 = ["202004"], ["201904"]
Q20, Q19 = months(2020, 4, 2020, 6), months(2019, 4, 2019, 6)
shop_m = {m: mps(minor="SHOPLIFTING", mm=[m]) for m in months(2010, 4, 2020, 4)}


def ch(a, b, **kw):
    x, y = mps(mm=a, **kw), mps(mm=b, **kw)
    return x, y, pct(x, y)


all_a = ch(A20, A19)
all_a_old = pct(mps_old(mm=A20), mps_old(mm=A19))
tfp_a = ch(A20, A19, minor="THEFT FROM THE PERSON")
burg_a = ch(A20, A19, major="BURGLARY")
drug_q = ch(Q20, Q19, major="DRUG OFFENCES")
vap_a = ch(A20, A19, major="VIOLENCE AGAINST THE PERSON")
rob_a = ch(A20, A19, major="ROBBERY")
bike_a = ch(A20, A19, minor="BICYCLE THEFT")
add("a8_lockdown_2020.txt", "2020-07-20", [
    ("What lockdown did to crime in the capital", []),
    ("20 July 2020", []),
    ("Recorded crime in London fell by more than a third in April, the first full month of lockdown, compared with "
     "April 2019.", [
        E("more than a third", T(all_a[2] < -33.4 and all_a_old < -33.4), "change",
          f"{all_a[0]} vs {all_a[1]} = {all_a[2]:+.1f}% (older extract {all_a_old:+.1f}%)", "true")]),
    ("Theft from the person, mostly pickpocketing and snatches, collapsed by 86%.", [
        E("collapsed by 86%", T(pct_is(-86, tfp_a[0], tfp_a[1])), "change",
          f"context April 2020 vs April 2019: {tfp_a[0]} vs {tfp_a[1]} = {tfp_a[2]:+.1f}%", "true")]),
    ("Burglaries fell by 42% to 3,666.", [
        E("fell by 42%", T(pct_is(-42, burg_a[0], burg_a[1]) and burg_a[0] == 3666), "change",
          f"{burg_a[0]} vs {burg_a[1]} = {burg_a[2]:+.1f}%", "true")]),
    ("Shoplifting dropped to 1,696 offences, the lowest monthly total since at least 2010.", [
        E("lowest monthly total", T(shop_m["202004"] == 1696 == min(shop_m.values())), "record",
          f"April 2020 {shop_m['202004']}; min of 2010-04..2020-03 = {min(v for m, v in shop_m.items() if m != '202004')}",
          "true")]),
    ("Drug offences, by contrast, rose by almost half between April and June as officers patrolled empty streets.", [
        E("rose by almost half", T(42 <= drug_q[2] < 50), "change",
          f"Apr-Jun 2020 {drug_q[0]} vs Apr-Jun 2019 {drug_q[1]} = {drug_q[2]:+.1f}%", "true")]),
    ("Violent crime fell only slightly, by 12%, in April.", [
        E("by 12%", T(pct_is(-12, vap_a[0], vap_a[1])), "change",
          f"VAP {vap_a[0]} vs {vap_a[1]} = {vap_a[2]:+.1f}%", "true")]),
    ("Robbery fell by two thirds.", [
        E("two thirds", T(-70 <= rob_a[2] <= -63), "change",
          f"context April: {rob_a[0]} vs {rob_a[1]} = {rob_a[2]:+.1f}%", "true")]),
    ("Bicycle thefts, meanwhile, went up.", [
        E("went up", F(bike_a[0] > bike_a[1]), "direction",
          f"WRONG DIRECTION: context April: {bike_a[0]} vs {bike_a[1]} = {bike_a[2]:+.1f}%", "false")]),
    ("Calls to the Met about domestic abuse rose by a quarter during lockdown.", [
        E("rose by a quarter", {U}, "unverifiable", "calls for service: not in the data", "unverifiable")]),
    ("It was an eerie, surreal spring in the capital.", [
        E("eerie, surreal", {O}, "opinion", "impression", "opinion")]),
    ("Ministers left police making it up as they went along.", [
        E("making it up", {O}, "opinion", "judgement on government", "opinion")]),
])

# ====================================================================== one-line claims
tfp_cam = yearly(minor="THEFT FROM THE PERSON", borough="Camden", years=(2024, 2025))
one("o01_camden_phone_snatches.txt", "2026-02-01",
    "Phone snatches in Camden have rocketed by 40% in a year, shocking new figures reveal.",
    E("rocketed by 40%", {U, I}, "unverifiable",
      f"no phone-snatch measure (U); if read as theft from the person: {tfp_cam[2025]} vs {tfp_cam[2024]} = "
      f"{pct(tfp_cam[2025], tfp_cam[2024]):+.1f}%, a fall (I)", "unverifiable"))

one("o02_newham_shoplifting.txt", "2025-01-20",
    "Newham recorded 4,200 shoplifting offences in 2024, second only to Westminster.",
    E("4,200", T(shop24["Newham"] == 4200), "count", f"Newham shoplifting 2024 = {shop24['Newham']}", "true"),
    E("second only to Westminster", T(ranked(shop24, "Newham") == 2), "rank", f"rank {ranked(shop24, 'Newham')}", "true"))

kc_shop = yearly(minor="SHOPLIFTING", borough="Kensington and Chelsea", years=(2024, 2025))
one("o03_kensington_shoplifting.txt", "2026-03-05",
    "Shoplifting in Kensington and Chelsea rose by a third last year.",
    E("rose by a third", T(abs(pct(kc_shop[2025], kc_shop[2024]) - 33.3) <= 2), "change",
      f"{kc_shop[2025]} vs {kc_shop[2024]} = {pct(kc_shop[2025], kc_shop[2024]):+.1f}%", "true"))

shop25 = mps_by_borough(minor="SHOPLIFTING", mm=cal(2025))
one("o04_barnet_vs_camden.txt", "2026-03-05",
    "Barnet now has more shoplifting than Camden.",
    E("more shoplifting than Camden", F(shop25["Barnet"] > shop25["Camden"]), "compare",
      f"2025: Barnet {shop25['Barnet']} < Camden {shop25['Camden']}", "false"))

rape = {y: mps(minor="RAPE", borough="Southwark", mm=cal(y)) for y in (2023, 2024)}
one("o05_southwark_rape_2024.txt", "2025-02-01",
    "Southwark's rape figure for 2024 was exactly the same as the year before.",
    E("exactly the same", T(rape[2024] == rape[2023]), "equal", f"Southwark rape 2024 {rape[2024]}, 2023 {rape[2023]}", "true"))

brom_bike = yearly(minor="BICYCLE THEFT", borough="Bromley", years=(2024, 2025))
one("o06_bromley_bikes.txt", "2026-02-10",
    "Bike thefts in Bromley were unchanged last year, at 144.",
    E("unchanged", T(brom_bike[2025] == brom_bike[2024] == 144), "equal", f"{brom_bike}", "true"))

gw_pow = yearly(major="POSSESSION OF WEAPONS", borough="Greenwich", years=(2019, 2025))
gw_pow19_old = mps_old(major="POSSESSION OF WEAPONS", borough="Greenwich", mm=cal(2019))
one("o07_greenwich_weapons.txt", "2026-01-15",
    "Weapon possession offences in Greenwich stood at 250 last year, exactly the same as in 2019.",
    E("exactly the same as in 2019", T(gw_pow[2025] == gw_pow[2019] == 250), "equal",
      f"latest extract 2025 {gw_pow[2025]}, 2019 {gw_pow[2019]} (the older 2010-21 extract had 2019 = {gw_pow19_old}: "
      "a vintage caveat is fair)", "true"))

one("o08_burglary_since_2011.txt", "2023-03-01",
    "Burglary in London has fallen by more than 40% since 2011.",
    E("more than 40%", T(pct(burg[2022], burg[2011]) < -40), "change",
      f"2022 {burg[2022]} vs 2011 {burg[2011]} = {pct(burg[2022], burg[2011]):+.1f}%", "true"))

one("o09_robbery_doubled.txt", "2020-01-20",
    "Robbery in London has doubled since 2014.",
    E("doubled", F(rob[2019] / rob[2014] >= 1.9), "change",
      f"2019 {rob[2019]} / 2014 {rob[2014]} = {rob[2019] / rob[2014]:.2f}x (+{pct(rob[2019], rob[2014]):.0f}%, not double)",
      "false"))

rob_old = (mps_old(major="ROBBERY", mm=cal(2014)), mps_old(major="ROBBERY", mm=cal(2018)))
one("o10_robbery_2014_2018.txt", "2019-06-01",
    "Between 2014 and 2018 robbery in London rose by almost half.",
    E("almost half", T(42 <= pct(rob[2018], rob[2014]) < 50 and 42 <= pct(rob_old[1], rob_old[0]) < 50), "change",
      f"{rob[2018]} vs {rob[2014]} = {pct(rob[2018], rob[2014]):+.1f}% (older extract {pct(rob_old[1], rob_old[0]):+.1f}%)",
      "true"))

one("o11_robbery_peak_2019.txt", "2024-03-01",
    "Robbery in London peaked in 2019 and has not returned to that level since.",
    E("peaked in 2019", T(max(range(2011, 2024), key=rob.get) == 2019), "turn",
      f"2011-2023: {[rob[y] for y in range(2011, 2024)]}", "true"))

drugs = yearly(major="DRUG OFFENCES", years=range(2011, 2022))
last_fall = max(y for y in range(2012, 2021) if drugs[y] < drugs[y - 1])
one("o12_drugs_first_fall.txt", "2022-01-10",
    "Drug offences in London fell in 2021 for the first time in five years.",
    E("first time in five years", F(drugs[2021] < drugs[2020] and last_fall <= 2016), "turn",
      f"2021 {drugs[2021]} < 2020 {drugs[2020]}, but the previous fall was {last_fall} (2017 and 2018 fell too)", "false"))

rates25 = {b: 1000 * mps(borough=b, mm=cal(2025)) / gla_pop(b, 2025) for b in BOROUGHS32}
lrate25 = 1000 * lon25 / london32_pop(2025)
one("o13_westminster_rate.txt", "2026-02-20",
    "Westminster's crime rate is more than three times the London average.",
    E("more than three times", T(rates25[WM] / lrate25 > 3), "rate",
      f"2025: Westminster {rates25[WM]:.1f} vs London {lrate25:.1f} per 1,000 = {rates25[WM] / lrate25:.2f}x "
      "(GLA projections; the borough's tiny resident base)", "true"))

one("o14_richmond_lowest_rate.txt", "2026-02-20",
    "Richmond upon Thames had the lowest crime rate of any London borough last year, at around 56 crimes per "
    "1,000 residents.",
    E("lowest crime rate", T(min(rates25, key=rates25.get) == "Richmond upon Thames"), "rank",
      f"lowest 3 2025: {sorted((round(v, 1), b) for b, v in rates25.items())[:3]}", "true"),
    E("56 crimes per", T(55.5 <= rates25["Richmond upon Thames"] < 56.5), "rate",
      f"{rates25['Richmond upon Thames']:.2f} per 1,000 (GLA 2025 projection)", "true"))

kb25 = {b: v for b, v in knife_boroughs(cal(2025)).items() if b in BOROUGHS32}
one("o15_newham_knife.txt", "2026-03-01",
    "Newham had more knife crime than any other borough last year.",
    E("more knife crime than any other", T(ranked(kb25, "Newham") == 1), "rank",
      f"2025 top: {sorted(kb25.items(), key=lambda x: -x[1])[:3]}", "true"))

one("o16_enfield_knife_top5.txt", "2026-03-01",
    "Enfield is now one of the five boroughs with the most knife crime in London.",
    E("five boroughs", T(ranked(kb25, "Enfield") <= 5), "rank",
      f"Enfield {kb25['Enfield']} rank {ranked(kb25, 'Enfield')} in 2025", "true"))

one("o17_barnet_catalytic.txt", "2024-01-10",
    "Catalytic converter thefts in Barnet have risen by 60% in two years.",
    E("risen by 60%", {U}, "unverifiable", UNV + " (catalytic converter theft is not a category)", "unverifiable"))

one("o18_burglary_solved.txt", "2025-05-01",
    "Only 5% of burglaries in London are ever solved.",
    E("5%", {U}, "unverifiable", "outcomes for burglary are not in the data (the dashboard's outcomes are knife crime only)",
      "unverifiable"))

one("o19_khan_control.txt", "2023-09-01",
    "Sadiq Khan has completely lost control of London's streets.",
    E("lost control", {O}, "opinion", "political judgement", "opinion"))

one("o20_met_women.txt", "2024-11-01",
    "The Met is simply not fit to keep women in this city safe.",
    E("not fit", {O}, "opinion", "judgement on policing", "opinion"))

one("o21_tower_hamlets_safer.txt", "2026-01-05",
    "Tower Hamlets feels like a far safer place to live than it did a decade ago.",
    E("far safer place", {O}, "opinion", "perception of safety", "opinion"))

h1 = (mps(minor="THEFT FROM THE PERSON", mm=months(2025, 1, 2025, 6)), mps(minor="THEFT FROM THE PERSON", mm=months(2024, 1, 2024, 6)))
one("o22_tfp_h1_2025.txt", "2025-07-28",
    "In the first half of 2025, theft from the person across London was 8% lower than in the same period of 2024.",
    E("8% lower", T(pct_is(-8, *h1)), "change", f"H1 2025 {h1[0]} vs H1 2024 {h1[1]} = {pct(*h1):+.1f}%", "true"))

shop_all_m = {m: mps(minor="SHOPLIFTING", mm=[m]) for m in months(2010, 4, 2024, 3)}
one("o23_shoplifting_march.txt", "2024-06-03",
    "Last March, shoplifting in London topped 6,000 offences in a single month for the first time.",
    E("for the first time", T(shop_all_m["202403"] > 6000 and max(v for m, v in shop_all_m.items() if m < "202403") <= 6000),
      "record", f"March 2024 {shop_all_m['202403']}; max before = {max(v for m, v in shop_all_m.items() if m < '202403')}",
      "true"))

yj = mps(mm=months(2022, 7, 2023, 6))
one("o24_year_to_june_2023.txt", "2023-09-15",
    "In the year to June 2023, the Met recorded more than 900,000 crimes.",
    E("more than 900,000", F(yj > 900000 or mps_old(mm=months(2022, 7, 2023, 6)) > 900000), "count",
      f"2022-07..2023-06 = {yj} (older extract {mps_old(mm=months(2022, 7, 2023, 6))}), just under", "false"))

hou = {m: mps(major="BURGLARY", borough="Hounslow", mm=[m]) for m in months(2021, 12, 2022, 6)}
one("o25_hounslow_burglary.txt", "2022-08-01",
    "Burglary in Hounslow rose in every month of the first half of 2022.",
    E("every month", F(all(hou[b] > hou[a] for a, b in zip(list(hou)[:-1], list(hou)[1:], strict=True))), "streak",
      f"monthly {hou}", "false"))

cd = yearly(minor="CRIMINAL DAMAGE", years=(2022, 2023, 2024))
one("o26_criminal_damage_again.txt", "2025-01-15",
    "Criminal damage in London went up again last year.",
    E("went up again", F(cd[2024] > cd[2023]), "direction", f"2024 {cd[2024]} vs 2023 {cd[2023]} (a fall; 2023 had risen)",
      "false"))

one("o27_vandalism_2024.txt", "2025-01-16",
    "Vandalism fell slightly across the capital in 2024.",
    E("fell slightly", T(-5 < pct(cd[2024], cd[2023]) < 0), "direction",
      f"criminal damage {cd[2024]} vs {cd[2023]} = {pct(cd[2024], cd[2023]):+.1f}% ('vandalism' = criminal damage)", "true"))

hb = (mps(minor="RES BURGLARY OF A HOME", mm=cal(2025)), mps(minor="RES BURGLARY OF A HOME", mm=cal(2024)))
rb = (mps(minor=["RES BURGLARY OF A HOME", "BURGLARY - RESIDENTIAL", "RES BURGLARY OF UNCONNECTED BUILDING"], mm=cal(2025)),
      mps(minor=["RES BURGLARY OF A HOME", "BURGLARY - RESIDENTIAL", "RES BURGLARY OF UNCONNECTED BUILDING"], mm=cal(2024)))
one("o28_home_burglary.txt", "2026-02-25",
    "Home burglaries in London fell by around 10% last year.",
    E("around 10%", T(-12 <= pct(*hb) <= -8 and -12 <= pct(*rb) <= -8), "change",
      f"burglary of a home {hb[0]} vs {hb[1]} = {pct(*hb):+.1f}%; all residential {rb[0]} vs {rb[1]} = {pct(*rb):+.1f}%",
      "true"))

all24 = mps_by_borough(mm=cal(2024))
one("o29_kingston_fewest.txt", "2025-03-01",
    "Kingston upon Thames recorded fewer crimes than any other London borough in 2024.",
    E("fewer crimes than any other", T(ranked(all24, "Kingston upon Thames", desc=False) == 1), "rank",
      f"lowest 2024: {sorted(all24.items(), key=lambda x: x[1])[:2]}", "true"))

one("o30_kingston_family.txt", "2025-03-02",
    "Kingston is a lovely, safe place to bring up a family.",
    E("lovely, safe place", {O}, "opinion", "judgement about safety", "opinion"))

one("o31_islington_mopeds.txt", "2023-02-01",
    "Moped-enabled snatches in Islington fell by half last year.",
    E("fell by half", {U}, "unverifiable", UNV + " (moped-enabled crime)", "unverifiable"))

one("o32_bexley_response.txt", "2024-05-01",
    "Police response times in Bexley are now the slowest in London, at over 20 minutes.",
    E("over 20 minutes", {U}, "unverifiable", "response times: not in the data", "unverifiable"))

hav = yearly(major="BURGLARY", borough="Havering", years=(2024, 2025))
one("o33_havering_burglary.txt", "2026-03-12",
    "Havering's burglaries dropped by more than a quarter last year, to 909.",
    E("more than a quarter", T(pct(hav[2025], hav[2024]) < -25 and hav[2025] == 909), "change",
      f"{hav[2025]} vs {hav[2024]} = {pct(hav[2025], hav[2024]):+.1f}%", "true"))

dr25 = mps_by_borough(major="DRUG OFFENCES", mm=cal(2025))
one("o34_lewisham_drugs.txt", "2026-03-12",
    "Lewisham recorded 1,999 drug offences in 2025, a quarter more than neighbouring Greenwich.",
    E("1,999", T(dr25["Lewisham"] == 1999), "count", f"Lewisham drugs 2025 = {dr25['Lewisham']}", "true"),
    E("a quarter more", F(abs(dr25["Lewisham"] / dr25["Greenwich"] - 1.25) <= 0.05), "compare",
      f"{dr25['Lewisham']} / Greenwich {dr25['Greenwich']} = {dr25['Lewisham'] / dr25['Greenwich']:.3f} (+6%)", "false"))

col_m22 = force_street("city-of-london", ["202203"])
one("o35_col_march_2022.txt", "2022-05-01",
    "City of London Police recorded more than 700 crimes in March.",
    E("more than 700", F(col_m22 > 700), "count", f"2022-03 street file rows (incl. ASB) = {col_m22}", "false"))

col25 = (col_street(cal(2025)), col_street(cal(2025), "Anti-social behaviour"))
col24 = (col_street(cal(2024)), col_street(cal(2024), "Anti-social behaviour"))
one("o36_col_2025.txt", "2026-02-05",
    "The City of London Police recorded more than 8,700 crimes in 2025, down on the year before.",
    E("more than 8,700", T(col25[0] - col25[1] > 8700 and col25[0] - col25[1] < col24[0] - col24[1]), "count",
      f"2025 rows {col25[0]} ({col25[1]} ASB) -> {col25[0] - col25[1]} crimes; 2024 {col24[0] - col24[1]} crimes", "true"))

bk_old = (mps_old(minor="BICYCLE THEFT", mm=cal(2020)), mps_old(minor="BICYCLE THEFT", mm=cal(2019)))
one("o37_bikes_2020.txt", "2021-03-01",
    "Bicycle theft in London rose by almost a fifth in 2020 as cycling boomed.",
    E("almost a fifth", T(16 <= pct(bike[2020], bike[2019]) < 20 and 16 <= pct(*bk_old) < 20), "change",
      f"{bike[2020]} vs {bike[2019]} = {pct(bike[2020], bike[2019]):+.1f}% (older extract {pct(*bk_old):+.1f}%)", "true"))

one("o38_sexual_offences_streak.txt", "2024-02-01",
    "Sexual offences in London have risen in each of the last three years.",
    E("each of the last three years", F(rises_in_a_row(sexo, 2023) >= 3), "streak",
      f"2020-2023: {[sexo[y] for y in range(2020, 2024)]} (2023 fell)", "false"))

one("o39_homicide_2019.txt", "2020-01-15",
    "150 people were killed in London in 2019, the most in more than a decade.",
    E("150", T(vall[2019] == 150), "count", f"victims 2019 = {vall[2019]} (recorded offences {hom[2019]})", "true"),
    E("most in more than a decade", T(all(vall[y] < 150 for y in range(2008, 2019))), "record",
      f"2008-2018 max {max(vall[y] for y in range(2008, 2019))}; 2007 {vall[2007]}", "true"))

burg25 = mps_by_borough(major="BURGLARY", mm=cal(2025))
one("o40_southwark_burglary.txt", "2026-03-15",
    "Southwark recorded 2,556 burglaries in 2025, the highest of any borough.",
    E("2,556", T(burg25["Southwark"] == 2556), "count", f"Southwark burglary 2025 = {burg25['Southwark']}", "true"),
    E("highest of any borough", F(ranked(burg25, "Southwark") == 1), "rank",
      f"Southwark rank {ranked(burg25, 'Southwark')}; Westminster {burg25[WM]}", "false"))

one("o41_met_stop_search.txt", "2018-02-20",
    "The Met carried out 12,137 stop and searches in January.",
    E("12,137", T(__import__("truth_lib").met_ss(["201801"]) == 12137), "count",
      "police.uk Met stop-and-search 2018-01 rows = 12,137", "true"))

eal = {y: dash(borough="Ealing", mm=cal(y)) for y in (2024, 2025)}
one("o42_ealing_knife.txt", "2026-02-15",
    "Knife crime in Ealing fell by a third last year.",
    E("fell by a third", F(abs(pct(eal[2025], eal[2024]) + 33.3) <= 4), "change",
      f"{eal[2025]} vs {eal[2024]} = {pct(eal[2025], eal[2024]):+.1f}% (about a fifth)", "false"))

sm = (mps(minor="SHOPLIFTING", mm=months(2022, 6, 2023, 5)), mps(minor="SHOPLIFTING", mm=months(2021, 6, 2022, 5)))
one("o43_shoplifting_year_to_may.txt", "2023-07-03",
    "Shoplifting in the year to May 2023 was up almost a quarter on the previous twelve months.",
    E("almost a quarter", T(21 <= pct(*sm) < 25), "change", f"{sm[0]} vs {sm[1]} = {pct(*sm):+.1f}%", "true"))

vap = yearly(major="VIOLENCE AGAINST THE PERSON", years=(2024, 2025))
one("o44_violence_2025.txt", "2026-03-20",
    "Violence against the person rose 3% in London last year.",
    E("rose 3%", T(pct_is(3, vap[2025], vap[2024])), "change", f"{vap[2025]} vs {vap[2024]} = {pct(vap[2025], vap[2024]):+.1f}%",
      "true"))

one("o45_homicide_record_low.txt", "2026-01-20",
    "London recorded 96 homicides last year, the lowest number on record.",
    E("lowest number on record", F(hom[2025] == min(hom.values())), "record",
      f"2025 {hom[2025]} but 2014 {hom[2014]} was lower (recorded homicide, series from 2010-04)", "false"))

sy_cum = (force_street("south-yorkshire", JN, "Shoplifting"), force_street("merseyside", JN, "Shoplifting"))
one("o46_syorks_shoplifting.txt", "2022-12-15",
    "South Yorkshire recorded more shoplifting than Merseyside in the first eleven months of 2022.",
    E("more shoplifting than Merseyside", T(sy_cum[0] > sy_cum[1]), "compare",
      f"2022-01..11: South Yorkshire {sy_cum[0]} vs Merseyside {sy_cum[1]}", "true"))

one("o47_knife_crime_crisis.txt", "2025-05-10",
    "London's knife crime crisis is a national disgrace.",
    E("national disgrace", {O}, "opinion", "judgement ('a crisis', 'disgrace')", "opinion"))

one("o48_dyfed_powys_bikes.txt", "2022-12-10",
    "Dyfed-Powys Police recorded 169 bicycle thefts between January and November 2022, fewer than Cumbria.",
    E("169", T(force_street("dyfed-powys", JN, "Bicycle theft") == 169), "count",
      f"Dyfed-Powys 2022-01..11 bicycle theft = {force_street('dyfed-powys', JN, 'Bicycle theft')}", "true"),
    E("fewer than Cumbria", T(force_street("dyfed-powys", JN, "Bicycle theft") < force_street("cumbria", JN, "Bicycle theft")),
      "compare", f"Cumbria {force_street('cumbria', JN, 'Bicycle theft')}", "true"))

# ---------------------------------------------------------------- more one-liners (false, unverifiable, opinion)
bike25 = mps_by_borough(minor="BICYCLE THEFT", mm=cal(2025))
one("o49_southwark_bikes_2025.txt", "2026-02-28",
    "Southwark recorded more bicycle thefts than any other borough last year.",
    E("more bicycle thefts than any other", F(ranked(bike25, "Southwark") == 1), "rank",
      f"WRONG PLACE: 2025 top {sorted(bike25.items(), key=lambda x: -x[1])[:3]}", "false"))

one("o50_camden_rate.txt", "2026-02-21",
    "Camden's crime rate is now higher than Westminster's.",
    E("higher than Westminster", F(rates25["Camden"] > rates25[WM]), "compare",
      f"2025 per 1,000: Camden {rates25['Camden']:.1f}, Westminster {rates25[WM]:.1f}", "false"))

bar = yearly(major="BURGLARY", borough="Barnet", years=(2024, 2025))
one("o51_barnet_burglary.txt", "2026-01-30",
    "Burglary in Barnet rose again last year, to 2,090.",
    E("rose again", F(bar[2025] > bar[2024]), "direction",
      f"WRONG DIRECTION: {bar[2025]} vs {bar[2024]} (the count is right)", "false"))

one("o52_shoplifting_fell_2024.txt", "2025-01-25",
    "Shoplifting in London actually fell in 2024.",
    E("actually fell", F(shop[2024] < shop[2023]), "direction",
      f"2024 {shop[2024]} vs 2023 {shop[2023]} = {pct(shop[2024], shop[2023]):+.1f}%", "false"))

rape_l = yearly(minor="RAPE")
one("o53_rape_10000.txt", "2026-02-12",
    "Rapes recorded by the Met topped 10,000 for the first time last year.",
    E("topped 10,000", F(rape_l[2025] > 10000), "record",
      f"2025 {rape_l[2025]} (a record high, but under 10,000)", "false"))

tfp_l = yearly(minor="THEFT FROM THE PERSON")
one("o54_tfp_halved.txt", "2026-02-12",
    "Theft from the person in London has halved since its 2024 peak.",
    E("halved", F(tfp_l[2025] / tfp_l[2024] <= 0.55), "change",
      f"2025 {tfp_l[2025]} vs 2024 {tfp_l[2024]} = {pct(tfp_l[2025], tfp_l[2024]):+.1f}%", "false"))

kn_cal = {y: dash(mm=cal(y)) for y in (2024, 2025)}
one("o55_knife_stale.txt", "2026-02-18",
    "Knife crime in London rose to 16,593 offences last year.",
    E("16,593", F(kn_cal[2025] == 16593), "count",
      f"STALE YEAR: 16,593 is 2024 ({kn_cal[2024]}); 2025 = {kn_cal[2025]}, a fall", "false"))

one("o56_lambeth_robbery.txt", "2026-03-03",
    "Lambeth recorded 3,432 robberies last year, the most in London.",
    E("3,432", F(rob25["Lambeth"] == 3432), "count",
      f"WRONG PLACE: 3,432 is Westminster's ({rob25[WM]}); Lambeth {rob25['Lambeth']}", "false"))

vehl = yearly(major="VEHICLE OFFENCES", years=range(2021, 2026))
one("o57_vehicle_three_years.txt", "2026-03-03",
    "Vehicle crime in London has risen for three years in a row.",
    E("three years in a row", F(rises_in_a_row(vehl, 2025) >= 3), "streak", f"2021-2025 {vehl}", "false"))

th_dr = (dr25["Tower Hamlets"], mps(major="DRUG OFFENCES", borough="Tower Hamlets", mm=cal(2024)))
one("o58_tower_hamlets_drugs.txt", "2026-03-04",
    "Drug offences in Tower Hamlets doubled last year.",
    E("doubled", F(th_dr[0] / th_dr[1] >= 1.9), "change", f"{th_dr[0]} vs {th_dr[1]} = {pct(*th_dr):+.1f}%", "false"))

jan = (mps(minor="SHOPLIFTING", mm=["202601"]), mps(minor="SHOPLIFTING", mm=["202501"]))
one("o59_shoplifting_january.txt", "2026-03-02",
    "Shoplifting in London in January was up 20% on the same month a year earlier.",
    E("up 20%", F(pct_is(20, *jan, slack=3)), "change",
      f"WRONG DIRECTION: Jan 2026 {jan[0]} vs Jan 2025 {jan[1]} = {pct(*jan):+.1f}%", "false"))

vh = (victims(2014), victims(2003))
one("o60_homicide_halved.txt", "2015-02-01",
    "The number of homicide victims in London more than halved between 2003 and 2014.",
    E("more than halved", T(vh[0] < vh[1] / 2), "change", f"victims 2014 {vh[0]} vs 2003 {vh[1]} = {pct(*vh):+.1f}%", "true"))

one("o61_lambeth_scooters.txt", "2026-02-02",
    "Scooter thefts in Lambeth rose by 30% last year.",
    E("rose by 30%", {U, I}, "unverifiable",
      "no scooter-theft measure (U); if read as vehicle offences, Lambeth fell: "
      f"{mps(major='VEHICLE OFFENCES', borough='Lambeth', mm=cal(2025))} vs "
      f"{mps(major='VEHICLE OFFENCES', borough='Lambeth', mm=cal(2024))} (I)", "unverifiable"))

one("o62_newham_flytipping.txt", "2025-09-01",
    "Fly-tipping in Newham has doubled since 2020.",
    E("doubled", {U}, "unverifiable", "fly-tipping is not police-recorded crime", "unverifiable"))

one("o63_haringey_hate_crime.txt", "2026-02-09",
    "Hate crime in Haringey rose by 15% last year.",
    E("15%", {U}, "unverifiable", "no hate-crime measure (only racially/religiously aggravated public fear, a subset)",
      "unverifiable"))

one("o64_iceberg.txt", "2025-10-01",
    "The true level of crime in London is at least double what the police record.",
    E("at least double", {U}, "unverifiable", "unreported crime", "unverifiable"))

one("o65_officers_lost.txt", "2025-06-01",
    "The Met has lost 1,500 officers since 2019.",
    E("1,500 officers", {U}, "unverifiable", "police workforce: not in the data", "unverifiable"))

one("o66_westminster_arrests.txt", "2025-09-10",
    "Arrests for shoplifting in Westminster rose by half last year.",
    E("rose by half", {U}, "unverifiable", "custody data has no borough; no arrests by borough", "unverifiable"))

one("o67_khan_shameful.txt", "2025-04-30",
    "Sadiq Khan's record on knife crime is shameful.",
    E("shameful", {O}, "opinion", "political judgement", "opinion"))

one("o68_camden_no_go.txt", "2025-08-14",
    "Camden Town has become a no-go area after dark.",
    E("no-go area", {O}, "opinion", "perception of safety", "opinion"))

one("o69_cuts.txt", "2024-10-01",
    "Cuts to neighbourhood policing have made our streets more dangerous.",
    E("more dangerous", {O}, "opinion", "policy judgement", "opinion"))

one("o70_decriminalised.txt", "2024-09-20",
    "Shoplifting has effectively been decriminalised in London.",
    E("effectively been decriminalised", {O}, "opinion", "policy judgement", "opinion"))

one("o71_lewisham_great.txt", "2025-05-05",
    "Lewisham is a brilliant, welcoming place to live, whatever the crime figures say.",
    E("brilliant, welcoming place", {O}, "opinion", "value judgement", "opinion"))
