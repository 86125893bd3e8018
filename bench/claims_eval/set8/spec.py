"""set8 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs or tests, nor the older sets' specs, inputs or
reports). Every factual claim is true or false *by design*; holds() in truth8.py checks that design against
the raw files and raises if they disagree. The notes give the figures. CLASS[(unit, key)] = 'true' |
'false' | 'unverifiable' | 'opinion' (score.py prints a breakdown by it and by kind). REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn,
unverifiable, opinion.
"""
from truth8 import (
    BOROUGHS32,
    O,
    U,
    cal,
    col,
    dash,
    force_street,
    fy,
    fyearly,
    gla_pop,
    holds,
    knife_boroughs,
    last_higher,
    last_lower,
    london32_pop,
    met_ss,
    months,
    mps,
    mps_by_borough,
    near,
    ons_knife,
    owid,
    pct,
    pct_is,
    r12,
    rank_of,
    rises_in_a_row,
    victims_by,
    victims_years,
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


def NV(what):
    return E(what[0], {U}, "unverifiable", what[1], "unverifiable")


def OP(key, note="a judgement with no checkable figure"):
    return E(key, {O}, "opinion", note, "opinion")


UNV = "the open data holds no such measure"

# ====================================================================== a1 local paper: Lambeth, calendar 2025
LB = "Lambeth"
lb_all = yearly(borough=LB)
lb_rob = yearly(major="ROBBERY", borough=LB)
lb_theft = yearly(major="THEFT", borough=LB)
lb_shop = yearly(minor="SHOPLIFTING", borough=LB)
lb_tfp = yearly(minor="THEFT FROM THE PERSON", borough=LB)
lb_burg = yearly(major="BURGLARY", borough=LB)
lb_vap = yearly(major="VIOLENCE AGAINST THE PERSON", borough=LB)
lb_sex = yearly(major="SEXUAL OFFENCES", borough=LB, years=(2024, 2025))
lb_drug = yearly(major="DRUG OFFENCES", borough=LB)
lb_knife = {y: dash(borough=LB, mm=cal(y)) for y in (2024, 2025)}
rob25 = mps_by_borough(major="ROBBERY", mm=cal(2025))
rob25_rank = sorted(rob25, key=lambda b: -rob25[b])
lb_rate = 1000 * lb_all[2025] / gla_pop(LB, 2025)
lon_rate = 1000 * mps(mm=cal(2025)) / london32_pop(2025)
add("a1_lambeth_local_2025.txt", "2026-03-25", [
    ("Robbery in Lambeth drops by more than a quarter - but thieves are busier than ever", [
        E("drops by more than a quarter", T(pct(lb_rob[2025], lb_rob[2024]) < -25), "change",
          f"Lambeth robbery 2025 {lb_rob[2025]} vs 2024 {lb_rob[2024]} = {pct(lb_rob[2025], lb_rob[2024]):+.1f}%", "true")]),
    ("By our home affairs reporter", []),
    ("Police recorded 37,557 crimes in Lambeth last year, around 3% fewer than in 2024, new Metropolitan Police "
     "figures show.", [
        E("37,557", T(lb_all[2025] == 37557), "count", f"Lambeth all crime 2025 = {lb_all[2025]} (NFIB fraud excluded)", "true"),
        E("around 3% fewer", T(pct_is(-3, lb_all[2025], lb_all[2024])), "change",
          f"{lb_all[2025]} vs {lb_all[2024]} = {pct(lb_all[2025], lb_all[2024]):+.1f}%", "true")]),
    ("Robbery fell from 2,329 offences to 1,717, the lowest total for a decade.", [
        E("the lowest total for a decade", F(all(lb_rob[y] > lb_rob[2025] for y in range(2015, 2025))), "record",
          f"Lambeth robbery by year {lb_rob}: 2022 ({lb_rob[2022]}) and 2021 ({lb_rob[2021]}) were lower, so it is the "
          "lowest since 2022, not for a decade", "false")]),
    ("Theft went the other way: 13,709 offences, the highest annual figure since the Met's current records began "
     "in 2010.", [
        E("the highest annual figure", T(lb_theft[2025] == max(lb_theft.values()) and lb_theft[2025] == 13709), "record",
          f"Lambeth theft 2025 {lb_theft[2025]}; by year {lb_theft}; the series starts April 2010 (2010 is a part year, lower)", "true")]),
    ("Shoplifting alone jumped by almost 10% to 3,124, and theft from the person - mostly phone snatching - "
     "reached 5,259.", [
        E("jumped by almost 10%", T(9 <= pct(lb_shop[2025], lb_shop[2024]) < 10), "change",
          f"Lambeth shoplifting {lb_shop[2025]} vs {lb_shop[2024]} = {pct(lb_shop[2025], lb_shop[2024]):+.1f}%", "true")]),
    ("Burglary, by contrast, fell to 1,798, the first time it has dropped below 2,000 in the borough.", [
        E("the first time it has dropped below 2,000", T(all(v >= 2000 for y, v in lb_burg.items() if y < 2025)), "record",
          f"Lambeth burglary by year {lb_burg}: every full year before 2025 was above 2,000", "true")]),
    ("Violence against the person rose by 4% to 9,454, though it remains below the 2023 peak of 9,651.", [
        E("rose by 4% to 9,454", T(lb_vap[2025] == 9454 and pct_is(4, lb_vap[2025], lb_vap[2024])), "change",
          f"Lambeth VAP 2025 {lb_vap[2025]} vs 2024 {lb_vap[2024]} = {pct(lb_vap[2025], lb_vap[2024]):+.1f}%", "true"),
        E("the 2023 peak of 9,651", T(lb_vap[2023] == 9651 and lb_vap[2023] == max(lb_vap.values())), "record",
          f"Lambeth VAP by year {lb_vap}", "true")]),
    ("Sexual offences also increased, to 1,162.", [
        E("Sexual offences also increased", F(lb_sex[2025] > lb_sex[2024]), "direction",
          f"Lambeth sexual offences 2025 {lb_sex[2025]} vs 2024 {lb_sex[2024]}: a fall, not a rise", "false")]),
    ("Knife crime was down by a third, to 658 offences, according to the Met's knife crime dashboard.", [
        E("down by a third", T(abs(pct(lb_knife[2025], lb_knife[2024]) + 33.3) < 1.5 and lb_knife[2025] == 658), "change",
          f"MPS dashboard knife crime offences Lambeth 2025 {lb_knife[2025]} vs 2024 {lb_knife[2024]} = "
          f"{pct(lb_knife[2025], lb_knife[2024]):+.1f}%", "true"),
]),
    ("Drug offences rose for a second year running, to 1,958.", [
        E("rose for a second year running", T(rises_in_a_row(lb_drug, 2025) == 2 and lb_drug[2025] == 1958), "streak",
          f"Lambeth drug offences 2023-2025: {lb_drug[2023]}, {lb_drug[2024]}, {lb_drug[2025]} (2022 {lb_drug[2022]} was higher than 2023)", "true")]),
    ("Lambeth now has the second-highest number of robberies in London, behind only Westminster.", [
        E("second-highest number of robberies", F(rob25_rank[1] == LB), "rank",
          f"robbery 2025 ranking: {[(b, rob25[b]) for b in rob25_rank[:5]]}; Lambeth is #{rob25_rank.index(LB) + 1}", "false")]),
    ("With roughly 108 crimes for every 1,000 residents, the borough's rate is about double the London average.", [
        E("roughly 108 crimes for every 1,000 residents", T(near(108, lb_rate, 0.01)), "rate",
          f"{lb_all[2025]} / GLA projection 2025 {gla_pop(LB, 2025)} = {lb_rate:.1f} per 1,000 (GLA projections, not ONS MYE)", "true"),
        E("about double the London average", F(lb_rate / lon_rate > 1.8), "compare",
          f"London (32 boroughs) 2025 rate {lon_rate:.1f} per 1,000; Lambeth is {lb_rate / lon_rate:.2f}x, not double", "false")]),
    ("\"These figures show our Safer Streets approach is working,\" said the council's cabinet member for community "
     "safety.", [OP("approach is working")]),
    ("She added that 999 response times in Brixton had improved markedly since the summer, and that officers made "
     "more than 4,000 arrests in the borough last year.", [
        E("999 response times", {U}, "unverifiable", "no response-time series in the open data", "unverifiable"),
        E("more than 4,000 arrests", {U}, "unverifiable", "arrests by borough are not in the open data (custody data has no borough)", "unverifiable")]),
])

# ====================================================================== a2 national tabloid: London, FY 2024/25
tfp_fy = fyearly(minor="THEFT FROM THE PERSON")
shop_fy = fyearly(minor="SHOPLIFTING")
rob_fy = fyearly(major="ROBBERY", ends=(2024, 2025))
prob_fy = fyearly(minor="ROBBERY OF PERSONAL PROPERTY", ends=(2024, 2025))
all_fy = fyearly()
bike_fy = fyearly(minor="BICYCLE THEFT")
wm_tfp_fy25 = mps(minor="THEFT FROM THE PERSON", borough="Westminster", mm=fy(2025))
add("a2_tabloid_london_fy2425.txt", "2025-05-12", [
    ("SNATCH CITY: Phone thefts smash 100,000 in a year as shoplifting rockets", [
        E("smash 100,000 in a year", T(tfp_fy[2025] > 100000), "count",
          f"London theft from the person FY2024/25 = {tfp_fy[2025]} (the 12 months to March 2025)", "true")]),
    ("Figures released by Scotland Yard this week paint a grim picture for the capital's shoppers and commuters.", []),
    ("Theft from the person in London hit 100,384 in the year to March, up a quarter on the year before.", [
        E("up a quarter", T(abs(pct(tfp_fy[2025], tfp_fy[2024]) - 25) < 1.5 and tfp_fy[2025] == 100384), "change",
          f"{tfp_fy[2025]} vs FY2023/24 {tfp_fy[2024]} = {pct(tfp_fy[2025], tfp_fy[2024]):+.1f}%", "true")]),
    ("Westminster alone accounted for almost half of them.", [
        E("almost half", F(0.45 <= wm_tfp_fy25 / tfp_fy[2025] <= 0.5), "share",
          f"Westminster theft from the person FY2024/25 {wm_tfp_fy25} / London {tfp_fy[2025]} = "
          f"{100 * wm_tfp_fy25 / tfp_fy[2025]:.1f}%: under a third, not almost half", "false")]),
    ("Shoplifting rocketed by almost half, to 91,295, and has more than doubled in just two years.", [
        E("rocketed by almost half", T(45 <= pct(shop_fy[2025], shop_fy[2024]) < 50), "change",
          f"London shoplifting FY2024/25 {shop_fy[2025]} vs {shop_fy[2024]} = {pct(shop_fy[2025], shop_fy[2024]):+.1f}%", "true"),
        E("more than doubled in just two years", T(shop_fy[2025] > 2 * shop_fy[2023]), "change",
          f"FY2024/25 {shop_fy[2025]} vs FY2022/23 {shop_fy[2023]} = x{shop_fy[2025] / shop_fy[2023]:.2f}", "true")]),
    ("Muggings soared too, as gangs on e-bikes preyed on commuters.", [
        E("Muggings soared", F(prob_fy[2025] > prob_fy[2024] or rob_fy[2025] > rob_fy[2024]), "direction",
          f"London personal robbery FY2024/25 {prob_fy[2025]} vs {prob_fy[2024]} ({pct(prob_fy[2025], prob_fy[2024]):+.1f}%); "
          f"all robbery {rob_fy[2025]} vs {rob_fy[2024]} ({pct(rob_fy[2025], rob_fy[2024]):+.1f}%): both fell", "false")]),
    ("Overall, crime across the capital topped 930,000 for the year - the highest total since records began.", [
        E("topped 930,000", T(all_fy[2025] > 930000), "count", f"London all crime FY2024/25 = {all_fy[2025]} (NFIB fraud excluded)", "true"),
        E("the highest total since records began", F(all_fy[2025] == max(all_fy.values())), "record",
          f"FY2023/24 was higher ({all_fy[2024]}); FY series 2010/11-2024/25: {all_fy}", "false")]),
    ("Shopkeepers on Oxford Street say thieves now walk in and out in broad daylight, knowing no one will stop them.", []),
    ("The one bright spot: bike thefts fell to 15,390, the lowest in more than a decade.", [
        E("fell to 15,390", T(bike_fy[2025] == 15390 and bike_fy[2025] < bike_fy[2024]), "count",
          f"London bicycle theft FY2024/25 {bike_fy[2025]} (FY2023/24 {bike_fy[2024]})", "true"),
        E("the lowest in more than a decade", T(bike_fy[2025] == min(bike_fy.values())), "record",
          f"lowest of every financial year since 2010/11: {bike_fy}", "true")]),
    ("\"Sadiq Khan has lost control of London's streets,\" said one furious shopkeeper.", [OP("lost control of London's streets")]),
    ("A Met insider admitted only one in every 100 phone thefts ends with someone charged.", [
        E("one in every 100 phone thefts", {U}, "unverifiable", "charge rates for phone theft are not in the open data", "unverifiable")]),
])

# ====================================================================== a3 broadsheet analysis: London, calendar 2025
lon_all = yearly()
lon_all_turn = rises_in_a_row(lon_all, 2024) == 4 and lon_all[2025] < lon_all[2024]
lon_burg = yearly(major="BURGLARY")
lon_veh = yearly(major="VEHICLE OFFENCES", years=(2024, 2025))
lon_hom = yearly(minor="HOMICIDE")
lon_sex = yearly(major="SEXUAL OFFENCES")
lon_rape = yearly(minor="RAPE", years=(2024, 2025))
lon_drug = yearly(major="DRUG OFFENCES", years=(2024, 2025))
lon_theft25 = mps(major="THEFT", mm=cal(2025))
lon_vap = yearly(major="VIOLENCE AGAINST THE PERSON")
lon_knife = {y: dash(mm=cal(y)) for y in (2024, 2025)}
lon_knife32 = {y: sum(dash(borough=b, mm=cal(y)) for b in BOROUGHS32) for y in (2024, 2025)}
add("a3_broadsheet_london_2025.txt", "2026-04-02", [
    ("Analysis: London's crime figures are better than the headlines suggest - with some important exceptions", []),
    ("Recorded crime in London fell by 3% in 2025, to 911,288 offences, according to Metropolitan Police data.", [
        E("fell by 3%", T(pct_is(-3, lon_all[2025], lon_all[2024])), "change",
          f"London 2025 {lon_all[2025]} vs 2024 {lon_all[2024]} = {pct(lon_all[2025], lon_all[2024]):+.1f}%", "true")]),
    ("It is the first fall after four consecutive annual rises since the pandemic low of 2020.", [
        E("the first fall after four consecutive annual rises", T(lon_all_turn), "turn",
          f"London all crime 2020-2025: {[lon_all[y] for y in range(2020, 2026)]}", "true")]),
    ("The long-run story is clearest for burglary, which at 48,064 offences is half the level of 2011 and the "
     "lowest on record.", [
        E("half the level of 2011", T(abs(lon_burg[2025] / lon_burg[2011] - 0.5) < 0.02), "change",
          f"burglary 2025 {lon_burg[2025]} vs 2011 {lon_burg[2011]} = x{lon_burg[2025] / lon_burg[2011]:.3f}", "true"),
        E("the lowest on record", T(lon_burg[2025] == min(lon_burg.values())), "record",
          f"London burglary by year {lon_burg}", "true")]),
    ("Vehicle offences dropped by a quarter.", [
        E("dropped by a quarter", F(abs(pct(lon_veh[2025], lon_veh[2024]) + 25) < 2.5), "change",
          f"vehicle offences 2025 {lon_veh[2025]} vs 2024 {lon_veh[2024]} = {pct(lon_veh[2025], lon_veh[2024]):+.1f}%: about 15%, not a quarter", "false")]),
    ("The Met recorded 96 homicides, the fewest since 2014.", [
        E("96 homicides", T(lon_hom[2025] == 96), "count",
          f"MPS recorded homicide offences 2025 = {lon_hom[2025]} (offences; the victims file ends in 2023)", "true"),
        E("the fewest since 2014", T(last_lower(lon_hom, 2025) == 2014), "record",
          f"homicide offences by year {lon_hom} (series from April 2010): 2014 ({lon_hom[2014]}) is the last lower year", "true")]),
    ("Not everything improved. Sexual offences reached a record 27,074, and recorded rapes rose by more than 10% "
     "to 9,742.", [
        E("a record 27,074", T(lon_sex[2025] == 27074 and lon_sex[2025] == max(lon_sex.values())), "record",
          f"sexual offences by year {lon_sex}", "true"),
        E("rose by more than 10%", T(pct(lon_rape[2025], lon_rape[2024]) > 10 and lon_rape[2025] == 9742), "change",
          f"rape 2025 {lon_rape[2025]} vs 2024 {lon_rape[2024]} = {pct(lon_rape[2025], lon_rape[2024]):+.1f}%", "true")]),
    ("Drug offences jumped by almost a third, to 54,291 - which says more about how hard police look for drugs than "
     "about how many there are.", [
        E("jumped by almost a third", T(30 <= pct(lon_drug[2025], lon_drug[2024]) < 33.4 and lon_drug[2025] == 54291), "change",
          f"drug offences 2025 {lon_drug[2025]} vs 2024 {lon_drug[2024]} = {pct(lon_drug[2025], lon_drug[2024]):+.1f}%", "true"),
        OP("says more about how hard police look")]),
    ("Theft, meanwhile, now makes up almost a third of all recorded crime in the capital.", [
        E("almost a third of all recorded crime", T(0.3 <= lon_theft25 / lon_all[2025] < 0.3334), "share",
          f"theft 2025 {lon_theft25} / all {lon_all[2025]} = {100 * lon_theft25 / lon_all[2025]:.1f}%", "true")]),
    ("Violence against the person, at 242,777 offences, rose for the third year in a row.", [
        E("rose for the third year in a row", F(rises_in_a_row(lon_vap, 2025) >= 3), "streak",
          f"VAP 2023 {lon_vap[2023]}, 2024 {lon_vap[2024]}, 2025 {lon_vap[2025]}: it fell in 2024, so one rise, not three", "false")]),
    ("Knife crime, by the Met's own dashboard count, fell by around a sixth, to 13,804.", [
        E("fell by around a sixth", T(lon_knife[2025] == 13804 and all(-18.5 < pct(k[2025], k[2024]) < -15 for k in (lon_knife, lon_knife32))),
          "change", f"MPS dashboard knife crime offences, all borough rows (with Heathrow / non-Met / unknown rows) 2025 "
          f"{lon_knife[2025]} vs 2024 {lon_knife[2024]} = {pct(lon_knife[2025], lon_knife[2024]):+.1f}%; 32 boroughs only "
          f"{lon_knife32[2025]} vs {lon_knife32[2024]} = {pct(lon_knife32[2025], lon_knife32[2024]):+.1f}%: around a sixth either way", "true")]),
    ("The Crime Survey suggests fewer than half of all crimes are ever reported to the police, so none of these "
     "numbers is the whole picture.", [
        E("fewer than half of all crimes are ever reported", {U}, "unverifiable",
          "reporting rates come from the Crime Survey, which is not in the open data", "unverifiable")]),
])

# ====================================================================== a4 council press release: Newham, 12 months to Feb 2026
NW = "Newham"
NOW, PREV = r12(2026, 2), r12(2025, 2)


def nw(**kw):
    return mps(borough=NW, mm=NOW, **kw), mps(borough=NW, mm=PREV, **kw)


nw_all, nw_burg, nw_theft, nw_tfp = nw(), nw(major="BURGLARY"), nw(major="THEFT"), nw(minor="THEFT FROM THE PERSON")
nw_home = nw(minor="RES BURGLARY OF A HOME")
nw_res = nw(minor=["RES BURGLARY OF A HOME", "RES BURGLARY OF UNCONNECTED BUILDING", "BURGLARY - RESIDENTIAL"])
nw_vap, nw_sex, nw_weap = nw(major="VIOLENCE AGAINST THE PERSON"), nw(major="SEXUAL OFFENCES"), nw(major="POSSESSION OF WEAPONS")
nw_knife = (dash(borough=NW, mm=NOW), dash(borough=NW, mm=PREV))
knife_now = knife_boroughs(NOW)
add("a4_newham_council_release.txt", "2026-03-20", [
    ("PRESS RELEASE - Newham Council", []),
    ("Burglary and theft fall in Newham as joint patrols pay off", [
        E("Burglary and theft fall", T(nw_burg[0] < nw_burg[1] and nw_theft[0] < nw_theft[1]), "direction",
          f"Newham 12 months to Feb 2026 vs to Feb 2025: burglary {nw_burg}, theft {nw_theft}", "true")]),
    ("Newly published Metropolitan Police figures for the 12 months to February 2026 show burglary in Newham down "
     "17% on the previous 12 months, from 1,920 to 1,600 offences.", [
        E("down 17%", T(pct_is(-17, *nw_burg)), "change", f"burglary {nw_burg[0]} vs {nw_burg[1]} = {pct(*nw_burg):+.1f}%", "true")]),
    ("Burglaries of people's homes fell by more than a fifth.", [
        E("fell by more than a fifth", T(pct(*nw_home) < -20), "change",
          f"'residential burglary of a home' {nw_home[0]} vs {nw_home[1]} = {pct(*nw_home):+.1f}%; with burglary of "
          f"unconnected buildings (sheds, garages) {nw_res[0]} vs {nw_res[1]} = {pct(*nw_res):+.1f}% (a reading that "
          f"counts all residential burglary would find the claim too big)", "true")]),
    ("Theft fell by 10%, with theft from the person down by a quarter.", [
        E("Theft fell by 10%", T(pct_is(-10, *nw_theft)), "change", f"theft {nw_theft[0]} vs {nw_theft[1]} = {pct(*nw_theft):+.1f}%", "true"),
        E("theft from the person down by a quarter", F(abs(pct(*nw_tfp) + 25) < 2.5), "change",
          f"{nw_tfp[0]} vs {nw_tfp[1]} = {pct(*nw_tfp):+.1f}%: about 15%, not a quarter", "false")]),
    ("Knife crime fell by 7%, to 829 offences, and overall crime was broadly flat at 40,742 offences.", [
        E("Knife crime fell by 7%", T(pct_is(-7, *nw_knife) and nw_knife[0] == 829), "change",
          f"MPS dashboard knife crime Newham {nw_knife[0]} vs {nw_knife[1]} = {pct(*nw_knife):+.1f}%", "true"),
        E("broadly flat at 40,742", T(nw_all[0] == 40742 and abs(pct(*nw_all)) < 2), "equal",
          f"all crime {nw_all[0]} vs {nw_all[1]} = {pct(*nw_all):+.1f}%", "true")]),
    ("Violent crime is also coming down, the figures show.", [
        E("Violent crime is also coming down", F(nw_vap[0] < nw_vap[1]), "direction",
          f"violence against the person {nw_vap[0]} vs {nw_vap[1]} = {pct(*nw_vap):+.1f}%: up, not down", "false")]),
    ("Offences of carrying weapons rose to 311, which police attribute to more proactive stop and search.", [
        E("rose to 311", T(nw_weap[0] == 311 and nw_weap[0] > nw_weap[1]), "count",
          f"possession of weapons {nw_weap[0]} vs {nw_weap[1]}", "true")]),
    ("Cllr Amina Rahman, cabinet member for community safety, said: \"Our residents deserve to feel safe, and this "
     "council will never stop fighting for them.\"", [OP("Our residents deserve to feel safe")]),
    ("Since the programme began, council wardens have carried out more than 12,000 joint patrols, and 68% of "
     "residents in our latest survey said they felt safe in their neighbourhood after dark.", [
        E("more than 12,000 joint patrols", {U}, "unverifiable", "council patrol counts are not in the open data", "unverifiable"),
        E("68% of residents", {U}, "unverifiable", "a council survey, not in the open data", "unverifiable")]),
    ("Responding, opposition councillors said Newham still recorded more knife crime than any other London borough "
     "over the period, and that sexual offences rose by almost 16%.", [
        E("more knife crime than any other London borough", T(max(knife_now, key=knife_now.get) == NW), "rank",
          f"MPS dashboard knife crime Mar 2025-Feb 2026, top: {sorted(knife_now.items(), key=lambda x: -x[1])[:3]}", "true"),
        E("rose by almost 16%", T(15 <= pct(*nw_sex) < 16), "change", f"sexual offences {nw_sex[0]} vs {nw_sex[1]} = {pct(*nw_sex):+.1f}%", "true")]),
])

# ====================================================================== a5 MP's letter: Hackney, FY 2024/25
HK = "Hackney"
hk_knife = {y: dash(borough=HK, mm=fy(y)) for y in (2023, 2024, 2025)}
hk_kinj = {y: dash("Knife Crime with Injury", borough=HK, mm=fy(y)) for y in (2024, 2025)}
hk_rob = fyearly(major="ROBBERY", borough=HK)
hk_tfp = fyearly(minor="THEFT FROM THE PERSON", borough=HK)
hk_weap = fyearly(major="POSSESSION OF WEAPONS", borough=HK)
knife_fy25 = knife_boroughs(fy(2025))
add("a5_mp_letter_hackney.txt", "2025-06-16", [
    ("Dear Home Secretary,", []),
    ("I am writing to you about knife crime in Hackney, which I know is a concern we share.", []),
    ("In the financial year 2024/25 the Metropolitan Police recorded 714 knife crime offences in the borough, up 22% "
     "on the previous year.", [
        E("714 knife crime offences", T(hk_knife[2025] == 714), "count", f"MPS dashboard knife crime Hackney FY2024/25 = {hk_knife[2025]}", "true"),
        E("up 22%", T(pct_is(22, hk_knife[2025], hk_knife[2024], slack=0.6)), "change",
          f"{hk_knife[2025]} vs FY2023/24 {hk_knife[2024]} = {pct(hk_knife[2025], hk_knife[2024]):+.1f}%", "true")]),
    ("That is more than a third higher than in 2022/23, when the figure was 531.", [
        E("more than a third higher", T(pct(hk_knife[2025], hk_knife[2023]) > 33.3 and hk_knife[2023] == 531), "change",
          f"{hk_knife[2025]} vs FY2022/23 {hk_knife[2023]} = {pct(hk_knife[2025], hk_knife[2023]):+.1f}%", "true")]),
    ("It is of some comfort that knife crimes in which someone was injured fell slightly, to 138.", [
        E("fell slightly, to 138", T(hk_kinj[2025] == 138 and hk_kinj[2025] < hk_kinj[2024]), "change",
          f"knife crime with injury FY2024/25 {hk_kinj[2025]} vs {hk_kinj[2024]}", "true")]),
    ("But robbery has now risen for a third consecutive year, to 1,780 offences, and theft from the person is up "
     "by almost 30%.", [
        E("risen for a third consecutive year", F(rises_in_a_row(hk_rob, 2025) >= 3), "streak",
          f"Hackney robbery FY2021/22 {hk_rob[2022]}, FY2022/23 {hk_rob[2023]}, FY2023/24 {hk_rob[2024]}, FY2024/25 {hk_rob[2025]}: "
          "it fell in 2022/23, so only two rises in a row", "false"),
        E("up by almost 30%", T(27 <= pct(hk_tfp[2025], hk_tfp[2024]) < 30), "change",
          f"theft from the person FY2024/25 {hk_tfp[2025]} vs {hk_tfp[2024]} = {pct(hk_tfp[2025], hk_tfp[2024]):+.1f}%", "true")]),
    ("Hackney now has the highest level of knife crime of any London borough.", [
        E("the highest level of knife crime", F(max(knife_fy25, key=knife_fy25.get) == HK), "rank",
          f"FY2024/25 knife crime: Hackney {knife_fy25[HK]}, rank {rank_of(HK, knife_fy25)}; top "
          f"{sorted(knife_fy25.items(), key=lambda x: -x[1])[:3]}", "false")]),
    ("Possession of weapons offences did fall, to 224, the lowest figure since 2014/15.", [
        E("the lowest figure since 2014/15", T(last_lower(hk_weap, 2025) == 2015 and hk_weap[2025] == 224), "record",
          f"Hackney possession of weapons by FY (keyed by end year) {hk_weap}", "true")]),
    ("Yet neighbourhood officer numbers in the borough have been cut by a quarter since 2021.", [
        E("cut by a quarter since 2021", {U}, "unverifiable", "police officer numbers are not in the open data", "unverifiable")]),
    ("I believe the cuts to youth services over the past decade bear a heavy share of the responsibility.", [
        OP("bear a heavy share of the responsibility")]),
    ("I would be grateful for a meeting with you and local community leaders at the earliest opportunity.", []),
    ("Yours sincerely,", []),
])

# ====================================================================== a6 police statement: South Wales, Jan-Nov 2022
JN = months(2022, 1, 2022, 11)
SWF, DPF = "south-wales", "dyfed-powys"
sw_crime = force_street(SWF, JN, crime_only=True)
sw_rows = force_street(SWF, JN)


def sw(t, force=SWF):
    return force_street(force, JN, t)


sw_cats = {t: sw(t) for t in ("Violence and sexual offences", "Public order", "Criminal damage and arson", "Other theft",
                              "Shoplifting", "Vehicle crime", "Burglary", "Drugs", "Other crime", "Bicycle theft",
                              "Theft from the person", "Possession of weapons", "Robbery")}
sw_month = {m: force_street(SWF, [m]) for m in JN}
sw_asb = {m: force_street(SWF, [m], "Anti-social behaviour") for m in JN}
add("a6_south_wales_police_statement.txt", "2022-12-22", [
    ("Statement from South Wales Police: crime in our force area, January to November 2022", []),
    ("South Wales Police recorded 98,656 crimes between January and November this year.", [
        E("98,656 crimes", T(sw_crime == 98656), "count",
          f"police.uk street rows Jan-Nov 2022 excluding anti-social behaviour = {sw_crime} (with ASB {sw_rows})", "true")]),
    ("Violence and sexual offences made up more than two in five of them, at 41,126 offences.", [
        E("more than two in five", T(sw_cats["Violence and sexual offences"] / sw_crime > 0.4 and sw_cats["Violence and sexual offences"] == 41126), "share",
          f"{sw_cats['Violence and sexual offences']} / {sw_crime} = {100 * sw_cats['Violence and sexual offences'] / sw_crime:.1f}% "
          f"(of all rows with ASB: {100 * sw_cats['Violence and sexual offences'] / sw_rows:.1f}%)", "true"),
]),
    ("Public order offences, at 13,658, were the second-largest category of crime.", [
        E("the second-largest category", T(sorted(sw_cats, key=lambda t: -sw_cats[t])[1] == "Public order" and sw_cats["Public order"] == 13658),
          "rank", f"crime types excluding ASB: {sorted(sw_cats.items(), key=lambda x: -x[1])[:3]} (ASB {sw('Anti-social behaviour')} "
          "is not a crime)", "true")]),
    ("Burglary stood at 3,848, fewer than 300 a month on average.", [
        E("fewer than 300 a month", F(sw_cats["Burglary"] / 11 < 300), "rate",
          f"{sw_cats['Burglary']} / 11 months = {sw_cats['Burglary'] / 11:.0f} a month, not fewer than 300", "false")]),
    ("Shoplifting, with 7,684 offences, outnumbered robbery by more than 15 to one.", [
        E("more than 15 to one", T(sw_cats["Shoplifting"] / sw_cats["Robbery"] > 15 and sw_cats["Shoplifting"] == 7684), "compare",
          f"shoplifting {sw_cats['Shoplifting']} / robbery {sw_cats['Robbery']} = {sw_cats['Shoplifting'] / sw_cats['Robbery']:.1f}", "true")]),
    ("August was our busiest month, with 11,953 crimes and incidents of anti-social behaviour reported to us.", [
        E("August was our busiest month", T(max(sw_month, key=sw_month.get) == "202208" and sw_month["202208"] == 11953), "record",
          f"street rows (crime + ASB) by month {sw_month}", "true")]),
    ("Anti-social behaviour has fallen month on month since August.", [
        E("fallen month on month since August", F(sw_asb["202209"] < sw_asb["202208"] and sw_asb["202210"] < sw_asb["202209"]
                                                  and sw_asb["202211"] < sw_asb["202210"]), "streak",
          f"ASB Aug-Nov 2022: {[sw_asb[m] for m in ('202208', '202209', '202210', '202211')]}: it rose in October", "false")]),
    ("Our neighbours in Dyfed-Powys recorded fewer than half as many violent and sexual offences as we did, while "
     "bicycle theft was nearly ten times as common here.", [
        E("fewer than half as many", F(sw("Violence and sexual offences", DPF) < 0.5 * sw_cats["Violence and sexual offences"]), "compare",
          f"Dyfed-Powys {sw('Violence and sexual offences', DPF)} vs South Wales {sw_cats['Violence and sexual offences']} = "
          f"{sw('Violence and sexual offences', DPF) / sw_cats['Violence and sexual offences']:.2f}: more than half", "false"),
        E("nearly ten times as common", T(9 <= sw_cats["Bicycle theft"] / sw("Bicycle theft", DPF) < 10), "compare",
          f"bicycle theft South Wales {sw_cats['Bicycle theft']} vs Dyfed-Powys {sw('Bicycle theft', DPF)} = "
          f"x{sw_cats['Bicycle theft'] / sw('Bicycle theft', DPF):.1f} (counts, not per head)", "true")]),
    ("Our officers and staff attended more than 180,000 calls for service over the same period.", [
        E("more than 180,000 calls for service", {U}, "unverifiable", "calls for service are not in the open data", "unverifiable")]),
    ("The Chief Constable said: \"South Wales remains a safe place to live, work and visit, and we will not be "
     "complacent.\"", [OP("remains a safe place to live")]),
])

# ====================================================================== a7 campaign blog: City of London, 2025 vs 2024
CY = {y: {t: col(cal(y), t) for t in ("Bicycle theft", "Robbery", "Burglary", "Theft from the person", "Shoplifting",
                                      "Drugs", "Violence and sexual offences")} for y in (2024, 2025)}
col_crime = {y: col(cal(y), crime_only=True) for y in (2024, 2025)}
col_rows = {y: col(cal(y)) for y in (2024, 2025)}
col_pop = gla_pop("City of London", 2025)


def cy(t):
    return CY[2025][t], CY[2024][t]


add("a7_city_cycling_blog.txt", "2026-02-14", [
    ("Square Mile Streets blog: the City's bike thieves had a good year", []),
    ("The City of London Police's street-level data for 2025 is now complete, and it makes grim reading for anyone "
     "who cycles to work.", []),
    ("Bike theft in the Square Mile rose by a fifth last year, with 289 bicycles reported stolen.", [
        E("rose by a fifth", T(abs(pct(*cy("Bicycle theft")) - 20) < 2), "change",
          f"City of London bicycle theft 2025 {CY[2025]['Bicycle theft']} vs 2024 {CY[2024]['Bicycle theft']} = {pct(*cy('Bicycle theft')):+.1f}%", "true")]),
    ("Robbery was up by more than a quarter, to 236, and burglary by 38%.", [
        E("up by more than a quarter, to 236", T(pct(*cy("Robbery")) > 25 and CY[2025]["Robbery"] == 236), "change",
          f"robbery {cy('Robbery')} = {pct(*cy('Robbery')):+.1f}%", "true"),
        E("burglary by 38%", T(pct_is(38, *cy("Burglary"))), "change", f"burglary {cy('Burglary')} = {pct(*cy('Burglary')):+.1f}%", "true")]),
    ("To be fair, pickpocketing and phone snatching - theft from the person, in police terms - fell by 19%, to 1,219, "
     "and shoplifting fell by 10%.", [
        E("fell by 19%, to 1,219", T(pct_is(-19, *cy("Theft from the person")) and CY[2025]["Theft from the person"] == 1219), "change",
          f"theft from the person {cy('Theft from the person')} = {pct(*cy('Theft from the person')):+.1f}%", "true"),
        E("shoplifting fell by 10%", T(pct_is(-10, *cy("Shoplifting"))), "change", f"shoplifting {cy('Shoplifting')} = {pct(*cy('Shoplifting')):+.1f}%", "true")]),
    ("Drug offences were down by a third, but violence and sexual offences rose to 1,614.", [
        E("down by a third", F(abs(pct(*cy("Drugs")) + 33.3) < 3), "change", f"drugs {cy('Drugs')} = {pct(*cy('Drugs')):+.1f}%: under a fifth, not a third", "false"),
        E("violence and sexual offences rose", F(CY[2025]["Violence and sexual offences"] > CY[2024]["Violence and sexual offences"]), "direction",
          f"violence and sexual offences 2025 {CY[2025]['Violence and sexual offences']} vs 2024 {CY[2024]['Violence and sexual offences']}: a fall", "false")]),
    ("In all, more than 8,700 crimes were recorded in the City last year - more than one for every resident.", [
        E("more than 8,700 crimes", T(col_crime[2025] > 8700 and col_rows[2025] > 8700), "count",
          f"City street rows 2025: {col_crime[2025]} crimes without ASB, {col_rows[2025]} with ASB (both over 8,700)", "true"),
        E("more than one for every resident", T(col_crime[2025] > col_pop), "rate",
          f"{col_crime[2025]} crimes vs GLA 2025 City population projection {col_pop} (a tiny resident base; workers and visitors "
          "are not counted)", "true")]),
    ("Fewer than one in 20 stolen bikes is ever returned to its owner.", [
        E("Fewer than one in 20 stolen bikes", {U}, "unverifiable", "recovery of stolen property is not in the open data", "unverifiable")]),
    ("The Corporation still treats cycling as an afterthought, and the new Bank junction is a disgrace.", [
        OP("treats cycling as an afterthought")]),
])

# ====================================================================== a8 fact box: homicide victims in London, 2021
vy = victims_years()
v21_method, v20_method = victims_by(2021, "Method_of_Killing"), victims_by(2020, "Method_of_Killing")
v21_age, v21_sex = victims_by(2021, "Age_Group"), victims_by(2021, "Sex")
v21_boro, v21_da = victims_by(2021, "Borough"), victims_by(2021, "Domestic_Abuse")
v21_off = mps(minor="HOMICIDE", mm=cal(2021))
KN = "Knife or Sharp Implement"
add("a8_factbox_homicide_2021.txt", "2022-02-20", [
    ("FACT BOX: Homicide in London in 2021", []),
    ("Each January the Metropolitan Police publishes the number of people killed in the capital in the previous year. "
     "Here is what the figures for 2021 show.", []),
    ("- 131 people were killed in London in 2021, up from 123 in 2020.", [
        E("131 people were killed", T(vy[2021] == 131), "count",
          f"Met homicide victims 2021 = {vy[2021]} (recorded homicide offences in the borough series: {v21_off}; a "
          "claim about people killed is a victims claim)", "true")]),
    ("- That made 2021 the deadliest year since 2008.", [
        E("the deadliest year since 2008", F(last_higher(vy, 2021) == 2008), "record",
          f"victims by year {vy}: 2019 ({vy[2019]}) was deadlier, so 2021 was the deadliest since 2019, not 2008", "false")]),
    ("- Seven in ten victims were killed with a knife or other sharp instrument.", [
        E("Seven in ten victims", T(abs(v21_method[KN] / vy[2021] - 0.7) < 0.02), "share",
          f"{v21_method[KN]} of {vy[2021]} = {100 * v21_method[KN] / vy[2021]:.1f}% (method of killing)", "true")]),
    ("- Deaths by shooting fell by a third, to 10.", [
        E("fell by a third, to 10", T(v21_method["Shooting"] == 10 and pct_is(-33, v21_method["Shooting"], v20_method["Shooting"], 1)), "change",
          f"shooting victims 2021 {v21_method['Shooting']} vs 2020 {v20_method['Shooting']}", "true")]),
    ("- More than a third of victims were teenagers or young adults.", [
        E("More than a third of victims", T(v21_age["Adolescent/Young Adult"] / vy[2021] > 1 / 3), "share",
          f"age group 'Adolescent/Young Adult' {v21_age['Adolescent/Young Adult']} of {vy[2021]} = "
          f"{100 * v21_age['Adolescent/Young Adult'] / vy[2021]:.1f}% (a coarse band standing in for 'teenagers or young "
          "adults': can never make the claim inaccurate)", "true")]),
    ("- Just over three-quarters of those killed were male.", [
        E("three-quarters of those killed were male", T(0.75 < v21_sex["Male"] / vy[2021] < 0.8), "share",
          f"male {v21_sex['Male']} of {vy[2021]} = {100 * v21_sex['Male'] / vy[2021]:.1f}%", "true")]),
    ("- Haringey saw more killings than any other borough, with 11.", [
        E("more killings than any other borough", T(v21_boro.most_common(1)[0] == ("Haringey", 11)
                                                    and v21_boro.most_common(2)[1][1] < 11), "rank",
          f"victims by borough 2021: {v21_boro.most_common(4)}", "true")]),
    ("- Domestic abuse accounted for 30 of the deaths.", [
        E("30 of the deaths", F(v21_da["Domestic Abuse"] == 30), "count",
          f"domestic-abuse homicide victims 2021 = {v21_da['Domestic Abuse']}, not 30", "false")]),
    ("- Homicide covers murder, manslaughter and infanticide; a death is counted in the year it is recorded, which is "
     "not always the year it happened.", []),
    ("- Source: Metropolitan Police homicide dashboard. Police say most cases are solved, but families often wait "
     "years for justice.", [OP("families often wait years for justice", "a general judgement, no figure")]),
])

# ====================================================================== a9 social thread: Hounslow burglary, Feb 2026
HO = "Hounslow"
ho_home = {m: mps(minor="RES BURGLARY OF A HOME", borough=HO, mm=[m]) for m in months(2024, 1, 2026, 2)}
ho_rob = {m: mps(major="ROBBERY", borough=HO, mm=[m]) for m in months(2024, 1, 2026, 2)}
ho_all = {m: mps(borough=HO, mm=[m]) for m in months(2024, 1, 2026, 2)}
add("a9_social_hounslow_thread.txt", "2026-03-24", [
    ("THREAD: Burglary in #Hounslow is out of control and nobody at City Hall seems to care", [
        OP("out of control and nobody at City Hall seems to care")]),
    ("1/ 106 homes were burgled in the borough in February, more than double the 45 in February last year.", [
        E("106 homes were burgled", T(ho_home["202602"] == 106), "count",
          "Hounslow 'residential burglary of a home', Feb 2026 (with burglary of unconnected residential buildings: "
          f"{mps(minor=['RES BURGLARY OF A HOME', 'RES BURGLARY OF UNCONNECTED BUILDING'], borough=HO, mm=['202602'])})", "true"),
        E("more than double the 45", T(ho_home["202502"] == 45 and ho_home["202602"] > 2 * ho_home["202502"]), "change",
          f"Feb 2026 {ho_home['202602']} vs Feb 2025 {ho_home['202502']}", "true")]),
    ("2/ That's the worst month for home burglaries in at least two years. January wasn't much better: 96.", [
        E("the worst month for home burglaries in at least two years",
          T(all(v < ho_home["202602"] for m, v in ho_home.items() if "202402" <= m < "202602")), "record",
          f"Hounslow home burglary by month Jan 2024-Feb 2026: {ho_home}: Feb 2026 is the highest since Jan 2024 "
          f"({ho_home['202401']}), 25 months earlier, so no month in the past two years was worse (the Met's home-burglary "
          "category replaced 'domestic burglary' in spring 2023)", "true"),
        E("96", T(ho_home["202601"] == 96), "count", "Hounslow home burglary Jan 2026", "true")]),
    ("Neighbours on our road have had three break-ins since Christmas. People are buying doorbell cameras and "
     "window locks because they've stopped expecting anyone to turn up.", []),
    ("3/ The police will tell you robbery is down. Sure: 37 in February, the lowest for more than a year.", [
        E("the lowest for more than a year", F(all(v > ho_rob["202602"] for m, v in ho_rob.items() if "202502" <= m < "202602")), "record",
          f"Hounslow robbery Feb 2026 {ho_rob['202602']}; Nov 2025 was lower ({ho_rob['202511']}) and Mar 2025 equal ({ho_rob['202503']})", "false")]),
    ("4/ Total crime was 1,992 last month, the lowest monthly figure since February last year.", [
        E("1,992", T(ho_all["202602"] == 1992), "count", "Hounslow all crime Feb 2026", "true"),
        E("the lowest monthly figure since February last year",
          T(all(v > ho_all["202602"] for m, v in ho_all.items() if "202502" < m < "202602") and ho_all["202502"] < ho_all["202602"]), "record",
          f"Hounslow monthly totals {dict((m, v) for m, v in ho_all.items() if m >= '202502')}", "true")]),
    ("Sources: Met recorded crime data, borough by month. Check it yourself - it's all public.", []),
    ("5/ And only 3% of burglaries end up with anyone charged. The Met has basically given up on outer London.", [
        E("only 3% of burglaries", {U}, "unverifiable", "charge rates by borough are not in the open data", "unverifiable"),
        OP("given up on outer London")]),
])

# ====================================================================== a10 rail passengers' newsletter: BTP, Jan-Nov 2022
bt = {t: force_street("btp", JN, t) for t in ("Theft from the person", "Bicycle theft", "Violence and sexual offences",
                                              "Robbery", "Public order")}
bt_all = force_street("btp", JN)
bt_month = {m: force_street("btp", [m]) for m in JN}
add("a10_rail_newsletter_btp.txt", "2022-12-19", [
    ("Rail Users' Voice - winter newsletter: Is the railway getting more dangerous?", []),
    ("Members regularly tell us they feel less secure on trains than they used to, so we looked at the published "
     "figures for the British Transport Police, which polices the railways of England, Wales and Scotland.", []),
    ("British Transport Police recorded 52,869 crimes on the railway between January and November.", [
        E("52,869 crimes", T(bt_all == 52869), "count",
          f"BTP police.uk street rows Jan-Nov 2022 = {bt_all} (BTP has no ASB rows; identical rows are separate crimes at one station)", "true")]),
    ("Violence and sexual offences topped 15,000, and robbery passed 1,000 for the first eleven months of the year.", [
        E("topped 15,000", F(bt["Violence and sexual offences"] > 15000), "count",
          f"violence and sexual offences {bt['Violence and sexual offences']}: over 12,000, not 15,000", "false")]),
    ("Bike theft, at 5,205, made up roughly one in ten of all crimes.", [
        E("roughly one in ten", T(bt["Bicycle theft"] == 5205 and abs(bt["Bicycle theft"] / bt_all - 0.1) < 0.01), "share",
          f"{bt['Bicycle theft']} / {bt_all} = {100 * bt['Bicycle theft'] / bt_all:.1f}%", "true")]),
    ("Pickpocketing and bag-snatching (theft from the person) came to 6,151 offences.", [
        E("6,151 offences", T(bt["Theft from the person"] == 6151), "count", "BTP theft from the person Jan-Nov 2022", "true")]),
    ("Public order offences outnumbered violent and sexual offences.", [
        E("outnumbered violent and sexual offences", F(bt["Public order"] > bt["Violence and sexual offences"]), "compare",
          f"public order {bt['Public order']} vs violence and sexual offences {bt['Violence and sexual offences']}", "false")]),
    ("Crime also climbed as the year went on: 5,570 offences in November, almost 40% more than January's 3,993, "
     "and August was the busiest month of all.", [
        E("almost 40% more", T(37 <= pct(bt_month["202211"], bt_month["202201"]) < 40 and bt_month["202211"] == 5570), "change",
          f"Nov {bt_month['202211']} vs Jan {bt_month['202201']} = {pct(bt_month['202211'], bt_month['202201']):+.1f}%", "true"),
        E("August was the busiest month", T(max(bt_month, key=bt_month.get) == "202208"), "record", f"BTP by month {bt_month}", "true")]),
    ("Much of this happens at a handful of big stations, where crowds make easy cover for thieves.", []),
    ("Two in five women we surveyed said they feel unsafe on station platforms after dark.", [
        E("Two in five women we surveyed", {U}, "unverifiable", "a members' survey, not in the open data", "unverifiable")]),
    ("Passengers deserve to travel without fear, and the operators must put staff back on platforms.", [
        OP("Passengers deserve to travel without fear")]),
])

# ====================================================================== one-liners, each with its publication date
t25_ = mps_by_borough(mm=cal(2025))
# ---- true
br_burg = fyearly(major="BURGLARY", borough="Bromley", ends=(2024, 2025))
one("o01_bromley_burglary_fy.txt", "2025-05-02",
    "Burglary in Bromley fell by 7% in 2024/25, to 1,392 offences, Met figures show.",
    E("fell by 7%", T(pct_is(-7, br_burg[2025], br_burg[2024]) and br_burg[2025] == 1392), "change",
      f"Bromley burglary FY2024/25 {br_burg[2025]} vs FY2023/24 {br_burg[2024]} = {pct(br_burg[2025], br_burg[2024]):+.1f}%", "true"))
en_knife = {y: dash(borough="Enfield", mm=cal(y)) for y in (2024, 2025)}
one("o02_enfield_knife_2025.txt", "2026-02-10",
    "Knife crime in Enfield dipped slightly last year, to 622 offences from 650 in 2024.",
    E("dipped slightly", T(en_knife[2025] == 622 and en_knife[2024] == 650), "change",
      f"MPS dashboard knife crime Enfield 2025 {en_knife[2025]} vs 2024 {en_knife[2024]} = {pct(en_knife[2025], en_knife[2024]):+.1f}%", "true"))
t23 = mps_by_borough(mm=cal(2023))
t23_sorted = sorted(t23, key=lambda b: -t23[b])
one("o03_westminster_2023.txt", "2024-01-30",
    "Westminster recorded more than twice as much crime in 2023 as any other London borough.",
    E("more than twice as much crime", T(t23["Westminster"] > 2 * t23[t23_sorted[1]] and t23_sorted[0] == "Westminster"), "compare",
      f"2023: Westminster {t23['Westminster']}, next {t23_sorted[1]} {t23[t23_sorted[1]]}", "true"))
kc_shop = yearly(minor="SHOPLIFTING", borough="Kensington and Chelsea", years=(2021, 2025))
one("o04_kc_shoplifting.txt", "2026-03-05",
    "Shoplifting in Kensington and Chelsea has more than tripled since 2021, according to police figures.",
    E("more than tripled since 2021", T(kc_shop[2025] > 3 * kc_shop[2021]), "change",
      f"K&C shoplifting 2025 {kc_shop[2025]} vs 2021 {kc_shop[2021]} = x{kc_shop[2025] / kc_shop[2021]:.2f}", "true"))
rates24 = {b: 1000 * mps(borough=b, mm=cal(2024)) / gla_pop(b, 2024) for b in BOROUGHS32}
rates24_low = sorted(rates24, key=rates24.get)
one("o05_richmond_rate.txt", "2025-02-14",
    "Richmond upon Thames had the lowest crime rate of any London borough in 2024.",
    E("the lowest crime rate", T(rates24_low[0] == "Richmond upon Thames"), "rank",
          f"crimes per 1,000 (GLA 2024 projections, the only 2024 borough populations in the data): "
      f"{[(b, round(rates24[b], 1)) for b in rates24_low[:4]]}; Kingston is close behind", "true"))
th_drug = yearly(major="DRUG OFFENCES", borough="Tower Hamlets")
one("o06_tower_hamlets_drugs.txt", "2026-02-20",
    "Drug offences in Tower Hamlets reached 2,715 last year, the highest since 2020.",
    E("the highest since 2020", T(th_drug[2025] == 2715 and last_higher(th_drug, 2025) == 2020), "record",
      f"Tower Hamlets drug offences by year {th_drug}", "true"))
ew21, us21, fr21 = owid("England and Wales", 2021), owid("United States", 2021), owid("France", 2021)
one("o07_us_vs_ew_homicide.txt", "2023-06-01",
    "The United States' homicide rate in 2021 was almost six times that of England and Wales.",
    E("almost six times", T(5.5 <= us21 / ew21 < 6), "compare",
      f"OWID/UNODC 2021 rate per 100k: US {us21:.2f}, England and Wales {ew21:.2f} = x{us21 / ew21:.2f}", "true"))
bd_fy = fyearly(borough="Barking and Dagenham", ends=(2024, 2025))
one("o08_barking_fy.txt", "2025-04-28",
    "Recorded crime in Barking and Dagenham fell by 5% in the year to March 2025, to just under 20,000 offences.",
    E("fell by 5%", T(pct_is(-5, bd_fy[2025], bd_fy[2024])), "change",
      f"B&D FY2024/25 {bd_fy[2025]} vs FY2023/24 {bd_fy[2024]} = {pct(bd_fy[2025], bd_fy[2024]):+.1f}%", "true"))
wf_veh = yearly(major="VEHICLE OFFENCES", borough="Waltham Forest")
one("o09_waltham_forest_vehicle.txt", "2026-01-25",
    "Vehicle crime in Waltham Forest fell by more than a quarter in 2025, to its lowest level since 2016.",
    E("fell by more than a quarter", T(pct(wf_veh[2025], wf_veh[2024]) < -25), "change",
      f"Waltham Forest vehicle offences 2025 {wf_veh[2025]} vs 2024 {wf_veh[2024]} = {pct(wf_veh[2025], wf_veh[2024]):+.1f}%", "true"),
    E("its lowest level since 2016", T(last_lower(wf_veh, 2025) == 2016), "record", f"by year {wf_veh}", "true"))
sy_burg, me_burg = force_street("south-yorkshire", JN, "Burglary"), force_street("merseyside", JN, "Burglary")
one("o10_south_yorkshire_burglary.txt", "2022-12-30",
    "Between January and November 2022, South Yorkshire Police recorded nearly twice as many burglaries as "
    "Merseyside Police.",
    E("nearly twice as many burglaries", T(1.85 <= sy_burg / me_burg < 2), "compare",
      f"burglary Jan-Nov 2022: South Yorkshire {sy_burg}, Merseyside {me_burg} = x{sy_burg / me_burg:.2f}", "true"))
cu = {t: force_street("cumbria", JN, t) for t in ("Criminal damage and arson", "Public order", "Burglary")}
one("o11_cumbria_damage.txt", "2022-12-28",
    "In Cumbria, criminal damage and arson outnumbered public order offences over the first eleven months of 2022.",
    E("outnumbered public order offences", T(cu["Criminal damage and arson"] > cu["Public order"]), "compare",
      f"Cumbria Jan-Nov 2022: criminal damage and arson {cu['Criminal damage and arson']}, public order {cu['Public order']}", "true"))
one("o12_homicide_2019.txt", "2020-01-12",
    "A total of 150 people were killed in London in 2019, the most since 2007.",
    E("the most since 2007", T(vy[2019] == 150 and last_higher(vy, 2019) == 2007), "record",
      f"Met homicide victims by year {vy} (recorded homicide offences 2019: {mps(minor='HOMICIDE', mm=cal(2019))}; offence series "
      "starts 2010)", "true"))
vwi = yearly(minor="VIOLENCE WITH INJURY", years=(2023, 2024, 2025))
one("o13_violence_injury_falls.txt", "2026-02-18",
    "Violence with injury in London fell for the second year running in 2025.",
    E("fell for the second year running", T(vwi[2025] < vwi[2024] < vwi[2023]), "streak",
      f"violence with injury 2023 {vwi[2023]}, 2024 {vwi[2024]}, 2025 {vwi[2025]}", "true"))
ss18 = met_ss(months(2018, 1, 2018, 3))
one("o14_met_stop_search_q1_2018.txt", "2018-05-03",
    "The Met carried out more than 33,000 stop and searches in the first three months of 2018.",
    E("more than 33,000 stop and searches", T(33000 < ss18 < 34000), "count",
      f"police.uk Met stop-and-search rows Jan-Mar 2018 = {ss18}", "true"))
met_knife = {y: ons_knife("Metropolitan Police", y) for y in range(2009, 2021)}
one("o15_ons_knife_met.txt", "2020-08-05",
    "Knife crime recorded by the Metropolitan Police reached almost 16,000 offences in 2019/20, the highest in at "
    "least a decade.",
    E("almost 16,000 offences", T(15500 <= met_knife[2020] < 16000), "count",
      f"ONS offences involving a knife or sharp instrument, Met, year labelled 2020 (taken as FY2019/20) = {met_knife[2020]}; "
      "the compiled series labels years by its author", "true"),
    E("the highest in at least a decade", T(met_knife[2020] == max(met_knife.values())), "record", f"ONS series {met_knife}", "true"))
res25 = mps_by_borough(minor="RES BURGLARY OF A HOME", mm=cal(2025))
one("o16_barnet_home_burglary.txt", "2026-02-02",
    "Barnet had more home burglaries than any other London borough last year.",
    E("more home burglaries than any other London borough", T(max(res25, key=res25.get) == "Barnet"), "rank",
      f"'residential burglary of a home' 2025 top: {sorted(res25.items(), key=lambda x: -x[1])[:3]} (all burglary: Westminster leads)", "true"))
lw_knife = {y: dash(borough="Lewisham", mm=fy(y)) for y in (2024, 2025)}
one("o17_lewisham_knife_fy.txt", "2025-05-20",
    "Knife crime in Lewisham rose by 37% in 2024/25, according to the Met's figures.",
    E("rose by 37%", T(pct_is(37, lw_knife[2025], lw_knife[2024])), "change",
      f"MPS dashboard knife crime Lewisham FY2024/25 {lw_knife[2025]} vs FY2023/24 {lw_knife[2024]} = "
      f"{pct(lw_knife[2025], lw_knife[2024]):+.1f}%", "true"))
one("o18_homicide_turn_2021.txt", "2022-01-05",
    "After falling in 2020, the number of people killed in London rose again in 2021.",
    E("rose again in 2021", T(vy[2020] < vy[2019] and vy[2021] > vy[2020]), "turn",
      f"Met homicide victims 2019 {vy[2019]}, 2020 {vy[2020]}, 2021 {vy[2021]} (offences {mps(minor='HOMICIDE', mm=cal(2019))}, "
      f"{mps(minor='HOMICIDE', mm=cal(2020))}, {mps(minor='HOMICIDE', mm=cal(2021))}: the same turn)", "true"))
one("o19_camden_newham_equal.txt", "2026-03-04",
    "Camden and Newham recorded almost exactly the same number of crimes last year.",
    E("almost exactly the same number of crimes", T(abs(pct(t25_["Camden"], t25_["Newham"])) < 1.5), "equal",
      f"2025: Camden {t25_['Camden']}, Newham {t25_['Newham']} ({pct(t25_['Camden'], t25_['Newham']):+.1f}%)", "true"))
hg_knife = {y: dash(borough="Haringey", mm=fy(y)) for y in (2024, 2025)}
one("o19b_haringey_knife_flat.txt", "2025-05-14",
    "Knife crime in Haringey was virtually unchanged in 2024/25, at 708 offences.",
    E("virtually unchanged in 2024/25", T(hg_knife[2025] == 708 and abs(pct(hg_knife[2025], hg_knife[2024])) < 1), "equal",
      f"MPS dashboard knife crime Haringey FY2024/25 {hg_knife[2025]} vs FY2023/24 {hg_knife[2024]}", "true"))

# ---- false
lon_rob = yearly(major="ROBBERY", years=(2022, 2023, 2024, 2025))
one("o42_robbery_turn_false.txt", "2026-02-24",
    "Robbery in London rose in 2025, ending two years of decline.",
    E("ending two years of decline", F(lon_rob[2025] > lon_rob[2024] and lon_rob[2024] < lon_rob[2023] < lon_rob[2022]), "turn",
      f"London robbery 2022-2025: {[lon_rob[y] for y in (2022, 2023, 2024, 2025)]}: it rose in 2023 and 2024 and fell in 2025", "false"))
th_veh = yearly(major="VEHICLE OFFENCES", borough="Tower Hamlets", years=(2024, 2025))
one("o43_tower_hamlets_vehicle_steady.txt", "2026-02-16",
    "Vehicle crime in Tower Hamlets held steady last year.",
    E("held steady last year", F(abs(pct(th_veh[2025], th_veh[2024])) < 3), "equal",
      f"Tower Hamlets vehicle offences 2025 {th_veh[2025]} vs 2024 {th_veh[2024]} = {pct(th_veh[2025], th_veh[2024]):+.1f}%", "false"))
cr_knife = {y: dash(borough="Croydon", mm=cal(y)) for y in (2024, 2025)}
one("o20_croydon_knife_rose.txt", "2026-02-12",
    "Knife crime rose in Croydon last year, the Met's own dashboard shows.",
    E("Knife crime rose in Croydon", F(cr_knife[2025] > cr_knife[2024]), "direction",
      f"Croydon knife crime 2025 {cr_knife[2025]} vs 2024 {cr_knife[2024]}: a fall", "false"))
sk25 = mps(borough="Southwark", mm=cal(2025))
one("o21_southwark_45000.txt", "2026-02-08",
    "Southwark recorded 45,000 crimes last year, a borough councillor told the meeting.",
    E("45,000 crimes", F(near(45000, sk25, 0.02)), "count", f"Southwark all crime 2025 = {sk25}", "false"))
wm_rob = yearly(major="ROBBERY", borough="Westminster", years=(2024, 2025))
one("o22_westminster_robbery_doubled.txt", "2026-03-02",
    "Robbery in Westminster doubled in 2025.",
    E("doubled in 2025", F(wm_rob[2025] >= 1.9 * wm_rob[2024]), "change",
      f"Westminster robbery 2025 {wm_rob[2025]} vs 2024 {wm_rob[2024]} = {pct(wm_rob[2025], wm_rob[2024]):+.1f}%", "false"))
burg25 = mps_by_borough(major="BURGLARY", mm=cal(2025))
one("o23_islington_vs_barnet.txt", "2026-02-26",
    "Islington had more burglaries than Barnet last year, despite being a fraction of its size.",
    E("more burglaries than Barnet", F(burg25["Islington"] > burg25["Barnet"]), "compare",
      f"burglary 2025: Islington {burg25['Islington']}, Barnet {burg25['Barnet']}", "false"))
lon_bike = yearly(minor="BICYCLE THEFT")
one("o24_bike_theft_record_2024.txt", "2025-02-01",
    "Bike theft in London hit a record high in 2024.",
    E("hit a record high in 2024", F(lon_bike[2024] == max(lon_bike.values())), "record",
      f"London bicycle theft by year {lon_bike}: 2024 is near the series low", "false"))
lon_shop = yearly(minor="SHOPLIFTING", years=(2023, 2024, 2025))
one("o25_shoplifting_fell_2025.txt", "2026-02-15",
    "Shoplifting in London finally fell in 2025 after years of rises.",
    E("finally fell in 2025", F(lon_shop[2025] < lon_shop[2024]), "direction",
      f"London shoplifting 2025 {lon_shop[2025]} vs 2024 {lon_shop[2024]}: a small rise", "false"))
hom_off = yearly(minor="HOMICIDE", years=(2021, 2022))
one("o26_homicides_rose_2022.txt", "2023-01-09",
    "Homicides in London rose in 2022, reversing years of progress.",
    E("Homicides in London rose in 2022", F(vy[2022] > vy[2021] or hom_off[2022] > hom_off[2021]), "direction",
      f"victims 2022 {vy[2022]} vs 2021 {vy[2021]}; recorded homicide offences {hom_off[2022]} vs {hom_off[2021]}: both fell", "false"))
lon_tfp = yearly(minor="THEFT FROM THE PERSON", years=(2023, 2024, 2025))
one("o27_tfp_stale.txt", "2026-03-15",
    "Theft from the person in London rose by 39% last year.",
    E("rose by 39% last year", F(pct_is(39, lon_tfp[2025], lon_tfp[2024])), "change",
      f"'last year' = 2025: {lon_tfp[2025]} vs {lon_tfp[2024]} = {pct(lon_tfp[2025], lon_tfp[2024]):+.1f}% (a fall). "
      f"Stale: 2024 vs 2023 was {pct(lon_tfp[2024], lon_tfp[2023]):+.1f}%", "false"))
one("o28_shoplifting_stale.txt", "2026-02-20",
    "Shoplifting in the capital rose by half last year.",
    E("rose by half last year", F(abs(pct(lon_shop[2025], lon_shop[2024]) - 50) < 3), "change",
      f"'last year' = 2025: {lon_shop[2025]} vs {lon_shop[2024]} = {pct(lon_shop[2025], lon_shop[2024]):+.1f}%. "
      f"Stale: 2024 vs 2023 was {pct(lon_shop[2024], lon_shop[2023]):+.1f}%", "false"))
t25 = mps_by_borough(mm=cal(2025))
one("o29_newham_most_crime.txt", "2026-03-10",
    "Newham recorded more crime than any other London borough in 2025.",
    E("more crime than any other London borough", F(max(t25, key=t25.get) == "Newham"), "rank",
      f"2025 totals: {sorted(t25.items(), key=lambda x: -x[1])[:3]}; Newham is #{rank_of('Newham', t25)}", "false"))
one("o30_sexual_offences_tripled.txt", "2026-03-08",
    "Recorded sexual offences in London have more than tripled since 2011.",
    E("more than tripled since 2011", F(lon_sex[2025] > 3 * lon_sex[2011]), "change",
      f"sexual offences 2025 {lon_sex[2025]} vs 2011 {lon_sex[2011]} = x{lon_sex[2025] / lon_sex[2011]:.2f}", "false"))
one("o31_dyfed_vs_cumbria_burglary.txt", "2022-12-29",
    "Dyfed-Powys Police recorded more burglaries than Cumbria Constabulary between January and November 2022.",
    E("more burglaries than Cumbria", F(force_street("dyfed-powys", JN, "Burglary") > cu["Burglary"]), "compare",
      f"burglary Jan-Nov 2022: Dyfed-Powys {force_street('dyfed-powys', JN, 'Burglary')}, Cumbria {cu['Burglary']}", "false"))
lon_drug_fy = fyearly(major="DRUG OFFENCES", ends=(2024, 2025))
one("o32_drugs_fy_40pc.txt", "2025-06-03",
    "Drug offences recorded in London rose by 40% in 2024/25.",
    E("rose by 40%", F(pct_is(40, lon_drug_fy[2025], lon_drug_fy[2024], 2)), "change",
      f"FY2024/25 {lon_drug_fy[2025]} vs FY2023/24 {lon_drug_fy[2024]} = {pct(lon_drug_fy[2025], lon_drug_fy[2024]):+.1f}%", "false"))
kfy = {y: dash(mm=fy(y)) for y in (2023, 2024, 2025)}
kfy32 = {y: sum(dash(borough=b, mm=fy(y)) for b in BOROUGHS32) for y in (2023, 2024, 2025)}
one("o33_knife_fy_lowest.txt", "2025-05-08",
    "There were just over 15,000 knife crimes in London in 2024/25, the lowest for three years.",
    E("the lowest for three years", F(kfy[2025] == min(kfy.values()) or kfy32[2025] == min(kfy32.values())), "record",
      f"MPS dashboard knife crime FY2022/23-2024/25: all rows {kfy}, 32 boroughs {kfy32}: 2024/25 is the highest of the three", "false"))
ea_shop = (mps(minor="SHOPLIFTING", borough="Ealing", mm=["202601"]), mps(minor="SHOPLIFTING", borough="Ealing", mm=["202501"]))
one("o34_ealing_shoplifting_jan.txt", "2026-02-27",
    "Shoplifting in Ealing was up in January compared with the same month last year.",
    E("was up in January", F(ea_shop[0] > ea_shop[1]), "direction", f"Ealing shoplifting Jan 2026 {ea_shop[0]} vs Jan 2025 {ea_shop[1]}", "false"))
one("o35_ew_vs_france.txt", "2023-05-15",
    "England and Wales had a lower homicide rate than France in 2021.",
    E("a lower homicide rate than France", F(ew21 < fr21), "compare",
      f"OWID/UNODC 2021 per 100k: England and Wales {ew21:.3f}, France {fr21:.3f}", "false"))
one("o36_sutton_lowest_rate.txt", "2025-03-01",
    "Sutton had the lowest crime rate of any London borough in 2024, new figures show.",
    E("the lowest crime rate", F(rates24_low[0] == "Sutton"), "rank",
      f"crimes per 1,000 2024 (GLA projections): {[(b, round(rates24[b], 1)) for b in rates24_low[:4]]}", "false"))
cm_tfp = yearly(minor="THEFT FROM THE PERSON", borough="Camden", years=(2024, 2025))
one("o37_camden_tfp_again.txt", "2026-02-19",
    "Phone snatching and pickpocketing in Camden rose again in 2025.",
    E("rose again in 2025", F(cm_tfp[2025] > cm_tfp[2024]), "direction",
      f"Camden theft from the person 2025 {cm_tfp[2025]} vs 2024 {cm_tfp[2024]}", "false"))
gr_vap = yearly(major="VIOLENCE AGAINST THE PERSON", borough="Greenwich", years=(2024, 2025))
one("o38_greenwich_violence_fell.txt", "2026-01-30",
    "Violent crime in Greenwich fell last year, the borough commander said.",
    E("Violent crime in Greenwich fell", F(gr_vap[2025] < gr_vap[2024]), "direction",
      f"Greenwich violence against the person 2025 {gr_vap[2025]} vs 2024 {gr_vap[2024]}: a rise", "false"))
one("o39_haringey_20_homicides.txt", "2022-01-20",
    "Haringey recorded 20 homicides in 2021, more than any other borough.",
    E("20 homicides", F(v21_boro["Haringey"] == 20 or mps(minor="HOMICIDE", borough="Haringey", mm=cal(2021)) == 20), "count",
      f"Haringey 2021: {v21_boro['Haringey']} victims, {mps(minor='HOMICIDE', borough='Haringey', mm=cal(2021))} recorded homicide offences", "false"))
one("o40_city_shoplifting_doubled.txt", "2026-02-03",
    "Shoplifting in the City of London doubled in 2025.",
    E("doubled in 2025", F(CY[2025]["Shoplifting"] >= 1.9 * CY[2024]["Shoplifting"]), "change",
      f"City of London shoplifting 2025 {CY[2025]['Shoplifting']} vs 2024 {CY[2024]['Shoplifting']}: a fall", "false"))
ws_bike = yearly(minor="BICYCLE THEFT", borough="Wandsworth")
one("o41_wandsworth_bike_streak.txt", "2026-03-12",
    "Bike theft in Wandsworth rose for the third year in a row in 2025.",
    E("rose for the third year in a row", F(rises_in_a_row(ws_bike, 2025) >= 3), "streak",
      f"Wandsworth bicycle theft 2022-2025: {[ws_bike[y] for y in (2022, 2023, 2024, 2025)]}: falling every year", "false"))

# ---- unverifiable (figures the open data cannot answer)
for name, as_of, line, key, why in [
    ("o50_barnet_catalytic.txt", "2025-11-04", "Catalytic converter thefts in Barnet have soared by 60% since 2023, according to the council.",
     "soared by 60% since 2023", "catalytic-converter theft has no series (it sits inside theft from a vehicle)"),
    ("o51_bromley_response.txt", "2025-09-15", "Average police response times to emergency calls in Bromley are now over 15 minutes.",
     "over 15 minutes", "no response-time data"),
    ("o52_camden_rape_charge.txt", "2025-07-22", "Only 2% of rapes reported in Camden lead to a charge.",
     "Only 2% of rapes", "charge outcomes by borough are not in the open data"),
    ("o53_croydon_unreported_da.txt", "2025-11-25", "Two-thirds of domestic abuse incidents in Croydon are never reported to the police.",
     "Two-thirds of domestic abuse incidents", "unreported crime is not in police-recorded data"),
    ("o54_yougov_poll.txt", "2025-10-01", "Seven in ten Londoners say they feel less safe than they did five years ago, a YouGov poll found.",
     "Seven in ten Londoners", "a poll, not in the open data"),
    ("o55_officer_numbers.txt", "2025-03-03", "The Met has lost 1,000 neighbourhood officers since 2020.",
     "lost 1,000 neighbourhood officers", "officer numbers are not in the open data"),
    ("o56_islington_escooter.txt", "2026-02-06", "E-scooter thefts in Islington rose by 40% last year.",
     "rose by 40% last year", "e-scooter theft has no series of its own"),
    ("o57_soho_spiking.txt", "2026-01-08", "Reports of drink spiking in Soho doubled over the Christmas period.",
     "doubled over the Christmas period", "spiking has no series, and no sub-borough month data for it"),
    ("o58_westminster_moped.txt", "2026-02-11", "Moped-enabled phone snatches in Westminster fell by a third last year.",
     "fell by a third last year", "moped-enabled crime is not flagged in the open data (theft from the person fell, but that "
     "is a different, wider measure)"),
    ("o59_brc_retail.txt", "2025-01-29", "Shop workers suffered 2,000 violent or abusive incidents a day in 2024, the British Retail Consortium says.",
     "2,000 violent or abusive incidents a day", "a retail-industry survey, not police-recorded data"),
    ("o60_dyfed_solved.txt", "2023-01-16", "Dyfed-Powys Police solved fewer than one in ten burglaries in 2022.",
     "fewer than one in ten burglaries", "no outcomes files for Dyfed-Powys in the data"),
]:
    one(name, as_of, line, E(key, {U}, "unverifiable", why, "unverifiable"))

# ---- opinion
for name, as_of, line, key in [
    ("o70_mayor_safe_city.txt", "2025-12-01", "\"I believe London is a safe and welcoming city for everyone,\" the Mayor said.", "a safe and welcoming city"),
    ("o71_vru_waste.txt", "2025-06-11", "The Violence Reduction Unit is a shameful waste of taxpayers' money.", "a shameful waste"),
    ("o72_officers_incredible.txt", "2025-08-19", "Our officers do an incredible job in incredibly difficult circumstances.", "an incredible job"),
    ("o73_knife_emergency.txt", "2025-04-07", "Knife crime is a national emergency and should be treated like one.", "a national emergency"),
    ("o74_stop_search_saves.txt", "2025-09-30", "Stop and search, used fairly and with respect, saves lives.", "saves lives"),
    ("o75_home_sec_failed.txt", "2025-10-14", "The Home Secretary has utterly failed the people of Croydon.", "utterly failed"),
    ("o76_bromley_family.txt", "2025-05-26", "Bromley is a wonderful place to bring up a family.", "a wonderful place"),
    ("o77_shoplifting_decriminalised.txt", "2025-03-18", "Shoplifting has effectively been decriminalised in this country.", "effectively been decriminalised"),
    ("o78_short_sentences.txt", "2025-07-02", "Short prison sentences simply do not work.", "simply do not work"),
    ("o79_cumbria_credit.txt", "2022-12-05", "Cumbria's police officers deserve far more credit than they get.", "deserve far more credit"),
    ("o80_bobbies_beat.txt", "2025-11-11", "More bobbies on the beat is the only real answer to antisocial behaviour.", "the only real answer"),
]:
    one(name, as_of, line, OP(key))
