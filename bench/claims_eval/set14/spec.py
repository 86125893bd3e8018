"""set14 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs on claims or its tests, nor the other sets' specs
beyond the format head of set9's, their inputs or reports). Every factual claim is true or false *by design*;
T()/F() (holds() in ../truth_sets.py) check that design against the raw files and raise if they disagree.
The notes give the figures. CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
"""
from truth_sets import SpecBook
from truth14 import (  # noqa: F401
    BOROUGHS32, cal, col_ss, col_types, dash, dash_boroughs32, falls_in_a_row, force_types, fy, fyearly,
    gla_pop, last_higher, last_lower, london32_pop, met_ss, met_ss_by, met_ss_rows, months, monthly, mps,
    mps_by_borough, near, nyc, ons_knife, ons_knife_region, owid, pct, pct_is, r12, rank_of, rises_in_a_row,
    victims, victims_by, victims_years, yearly,
)

book = SpecBook()
UNITS, CLASS, REASON = book.UNITS, book.CLASS, book.REASON
E, add, one, T, F, NV, OP = book.E, book.add, book.one, book.T, book.F, book.NV, book.OP


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def lon2(minor=None, major=None, mm=None):
    """London total two ways: every row of the parquet, and the 32 boroughs only."""
    allr = mps(major=major, minor=minor, mm=mm)
    b32 = sum(mps_by_borough(major=major, minor=minor, mm=mm).values())
    return allr, b32


# ====================================================================== a1 tabloid: Hillingdon, calendar 2025
HI = "Hillingdon"
hi_all = yearly(borough=HI)
hi_shop = yearly(minor="SHOPLIFTING", borough=HI)
hi_tfp = yearly(minor="THEFT FROM THE PERSON", borough=HI)
hi_car = yearly(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", borough=HI)
hi_rob = yearly(major="ROBBERY", borough=HI)
hi_rape = yearly(minor="RAPE", borough=HI)
hi_drug = yearly(major="DRUG OFFENCES", borough=HI)
hi_hom = yearly(minor="HOMICIDE", borough=HI)
hi_cd = yearly(major="ARSON AND CRIMINAL DAMAGE", borough=HI)
hi_vwi = yearly(minor="VIOLENCE WITH INJURY", borough=HI)
add("a1_tabloid_hillingdon_2025.txt", "2026-02-14", [
    ("CRIME WAVE GRIPS HEATHROW'S BACKYARD", []),
    ("Shoplifters, car thieves and muggers run riot as offences in Hillingdon hit an all-time high", [
        E("offences in Hillingdon hit an all-time high", T(hi_all[2025] == max(hi_all.values())), "record",
          f"Hillingdon all crime by calendar year {ser(hi_all)} (airports are a separate pseudo-borough)", "true")]),
    ("Cops logged a staggering 31,122 crimes in the west London borough last year - about 1,800 more than in 2024.", [
        E("31,122 crimes", T(hi_all[2025] == 31122 and near(1800, hi_all[2025] - hi_all[2024], 0.03)), "count",
          f"2025 {hi_all[2025]}, 2024 {hi_all[2024]}, difference {hi_all[2025] - hi_all[2024]}", "true")]),
    ("Shoplifting has nearly tripled since 2021, with 3,059 thefts from stores in twelve months.", [
        E("nearly tripled since 2021", T(2.7 <= hi_shop[2025] / hi_shop[2021] < 3.0 and hi_shop[2025] == 3059), "change",
          f"shoplifting 2025 {hi_shop[2025]} vs 2021 {hi_shop[2021]} = x{hi_shop[2025] / hi_shop[2021]:.2f}", "true")]),
    ("Pickpocketing and phone snatches shot up by 40 per cent, and it is now more than double what it was in 2023.", [
        E("shot up by 40 per cent", T(pct_is(40, hi_tfp[2025], hi_tfp[2024])), "change",
          f"theft from the person {hi_tfp[2025]} vs {hi_tfp[2024]} = {pct(hi_tfp[2025], hi_tfp[2024]):+.1f}%", "true"),
        E("more than double what it was in 2023", T(hi_tfp[2025] > 2 * hi_tfp[2023]), "compare",
          f"2025 {hi_tfp[2025]} vs 2023 {hi_tfp[2023]} = x{hi_tfp[2025] / hi_tfp[2023]:.2f}", "true")]),
    ("Car thefts also reached a record 1,149.", [
        E("Car thefts also reached a record", T(hi_car[2025] == max(hi_car.values()) and hi_car[2025] == 1149), "record",
          f"theft or unauthorised taking of a motor vehicle {ser(hi_car)}", "true")]),
    ("Muggings and robberies halved compared with 2019, locals were told - but the truth is they rose again, to 740.", [
        E("halved compared with 2019", F(hi_rob[2025] <= 0.55 * hi_rob[2019]), "change",
          f"robbery 2025 {hi_rob[2025]} vs 2019 {hi_rob[2019]} ({pct(hi_rob[2025], hi_rob[2019]):+.1f}%): nowhere near half", "false"),
        E("they rose again, to 740", T(hi_rob[2025] == 740 and hi_rob[2025] > hi_rob[2024]), "direction",
          f"robbery 2025 {hi_rob[2025]} vs 2024 {hi_rob[2024]}", "true")]),
    ("Drug offences rocketed by more than 80 per cent.", [
        E("rocketed by more than 80 per cent", F(pct(hi_drug[2025], hi_drug[2024]) > 80), "change",
          f"drug offences {hi_drug[2025]} vs {hi_drug[2024]} = {pct(hi_drug[2025], hi_drug[2024]):+.1f}% (about 59%)", "false")]),
    ("Reported rapes rose to 311, the highest number ever recorded there.", [
        E("the highest number ever recorded there", T(hi_rape[2025] == max(hi_rape.values()) and hi_rape[2025] == 311), "record",
          f"rape {ser(hi_rape)}", "true")]),
    ("Five people were killed in the borough, more than double the two in 2024.", [
        E("more than double the two in 2024", T(hi_hom[2025] == 5 and hi_hom[2024] == 2), "compare",
          f"homicide offences 2025 {hi_hom[2025]}, 2024 {hi_hom[2024]}", "true")]),
    ("The only crumb of comfort: criminal damage and arson went down, and violence with injury fell for a fourth straight year.", [
        E("criminal damage and arson went down", T(hi_cd[2025] < hi_cd[2024]), "direction",
          f"arson and criminal damage {hi_cd[2025]} vs {hi_cd[2024]}", "true"),
        E("fell for a fourth straight year", F(falls_in_a_row(hi_vwi, 2025) >= 4), "streak",
          f"violence with injury {ser(hi_vwi)}: falls in a row to 2025 = {falls_in_a_row(hi_vwi, 2025)} (2023, 2024, 2025; 2022 was a rise)", "false")]),
    ("Insiders say fewer than one in ten of these crimes ever ends with someone in the dock.", [
        NV("fewer than one in ten of these crimes", "charge / court outcomes per borough are not in the open data")]),
    ("Frankly, the people running this borough have lost control of its streets.", [
        OP("lost control of its streets")]),
])

# ====================================================================== a2 broadsheet data piece: theft from the person, London 2025
TFP = "THEFT FROM THE PERSON"
tfp = yearly(minor=TFP)
tfp25 = mps_by_borough(minor=TFP, mm=cal(2025))
tfp24 = mps_by_borough(minor=TFP, mm=cal(2024))
lon_tfp25 = lon2(minor=TFP, mm=cal(2025))
lon_tfp24 = lon2(minor=TFP, mm=cal(2024))
chg = {b: pct(tfp25[b], tfp24[b]) for b in tfp25}
wm_rate = 1000 * tfp25["Westminster"] / gla_pop("Westminster", 2025)
add("a2_broadsheet_phone_theft_2025.txt", "2026-03-03", [
    ("Analysis: the phone-snatching boom is finally cooling - but not everywhere", []),
    ("Thefts from the person - the police category that covers pickpocketing and phone snatches - fell to just over 85,000 "
     "across London in 2025, down from roughly 100,000 the year before.", [
        E("fell to just over 85,000", T(all(85000 <= x < 86000 for x in lon_tfp25) and all(near(100000, x, 0.015) for x in lon_tfp24)), "count",
          f"London 2025 all rows / 32 boroughs {lon_tfp25}; 2024 {lon_tfp24}", "true")]),
    ("That is a fall of about 15%, the first annual drop since 2020.", [
        E("a fall of about 15%", T(all(abs(pct(a, b) + 15) <= 1 for a, b in zip(lon_tfp25, lon_tfp24))), "change",
          f"{pct(lon_tfp25[0], lon_tfp24[0]):+.1f}% (all rows), {pct(lon_tfp25[1], lon_tfp24[1]):+.1f}% (32 boroughs)", "true"),
        E("the first annual drop since 2020", T(rises_in_a_row({y: v for y, v in tfp.items() if y <= 2024}, 2024) == 4 and tfp[2025] < tfp[2024]), "record",
          f"London series {ser(tfp)}: rises 2021-2024, fall in 2025", "true")]),
    ("Even so, the 2025 total was almost 50% higher than in 2022.", [
        E("almost 50% higher than in 2022", T(45 <= pct(tfp[2025], tfp[2022]) < 50), "change",
          f"2025 {tfp[2025]} vs 2022 {tfp[2022]} = {pct(tfp[2025], tfp[2022]):+.1f}%", "true")]),
    ("Westminster remains the epicentre. Its 25,182 offences were nearly three in ten of the London total, and more than "
     "Camden, Southwark and Lambeth combined.", [
        E("nearly three in ten of the London total", T(all(0.27 <= tfp25["Westminster"] / x < 0.30 for x in lon_tfp25)), "share",
          f"Westminster {tfp25['Westminster']} / London {lon_tfp25} = {tfp25['Westminster'] / lon_tfp25[0]:.3f}", "true"),
        E("more than Camden, Southwark and Lambeth combined", T(tfp25["Westminster"] > tfp25["Camden"] + tfp25["Southwark"] + tfp25["Lambeth"]), "compare",
          f"{tfp25['Westminster']} vs {tfp25['Camden']}+{tfp25['Southwark']}+{tfp25['Lambeth']} = {tfp25['Camden'] + tfp25['Southwark'] + tfp25['Lambeth']}", "true")]),
    ("Yet the borough also saw one of the steepest falls, down by almost a half.", [
        E("down by almost a half", F(pct(tfp25["Westminster"], tfp24["Westminster"]) <= -40), "change",
          f"Westminster {tfp25['Westminster']} vs {tfp24['Westminster']} = {pct(tfp25['Westminster'], tfp24['Westminster']):+.1f}% (a quarter, not a half)", "false")]),
    ("Per head, the figure there works out at about 93 offences for every 1,000 residents.", [
        E("about 93 offences for every 1,000 residents", T(near(93, wm_rate, 0.01)), "rate",
          f"{tfp25['Westminster']} / GLA 2025 population {gla_pop('Westminster', 2025)} = {wm_rate:.1f} per 1,000", "true")]),
    ("Outer London tells a different story. Hillingdon had the sharpest rise of any borough, and Harrow was up by about 30%.", [
        E("Hillingdon had the sharpest rise of any borough", T(max(chg, key=chg.get) == "Hillingdon"), "rank",
          f"largest % change 2025 vs 2024: Hillingdon {chg['Hillingdon']:+.1f}%, next {sorted(chg.values())[-2]:+.1f}%", "true"),
        E("Harrow was up by about 30%", T(pct_is(30, tfp25["Harrow"], tfp24["Harrow"])), "change",
          f"Harrow {tfp25['Harrow']} vs {tfp24['Harrow']} = {chg['Harrow']:+.1f}%", "true")]),
    ("In Lambeth it went up too, one of only a handful of inner boroughs to see an increase.", [
        E("In Lambeth it went up too", T(tfp25["Lambeth"] > tfp24["Lambeth"]), "direction",
          f"Lambeth {tfp25['Lambeth']} vs {tfp24['Lambeth']}", "true")]),
    ("Bexley recorded the fewest of any borough, at 246.", [
        E("Bexley recorded the fewest of any borough", F(min(tfp25, key=tfp25.get) == "Bexley"), "rank",
          f"fewest: Sutton {tfp25['Sutton']}; Bexley {tfp25['Bexley']} is second fewest", "false")]),
    ("Camden came second, with roughly half of Westminster's tally.", [
        E("Camden came second", T(rank_of("Camden", tfp25) == 2), "rank",
          f"Camden {tfp25['Camden']} rank {rank_of('Camden', tfp25)}", "true"),
        E("roughly half of Westminster's tally", F(0.42 <= tfp25["Camden"] / tfp25["Westminster"] <= 0.58), "share",
          f"Camden / Westminster = {tfp25['Camden'] / tfp25['Westminster']:.3f} (under 30%, nowhere near half)", "false")]),
    ("How many stolen handsets are ever returned to their owners is anyone's guess: officers suggest fewer than 5%.", [
        NV("fewer than 5%", "recovery of stolen property is not in the open data")]),
])

# ====================================================================== a3 council press release: Redbridge, FY 2024/25
RB = "Redbridge"
rb_all = fyearly(borough=RB)
rb_rob = fyearly(major="ROBBERY", borough=RB)
rb_vwi = fyearly(minor="VIOLENCE WITH INJURY", borough=RB)
rb_veh = fyearly(major="VEHICLE OFFENCES", borough=RB)
rb_burg = fyearly(major="BURGLARY", borough=RB)
rb_shop = fyearly(minor="SHOPLIFTING", borough=RB)
rb_tfp = fyearly(minor="THEFT FROM THE PERSON", borough=RB)
rb_stalk = fyearly(minor="STALKING AND HARASSMENT", borough=RB)
rb_hom = fyearly(minor="HOMICIDE", borough=RB)
add("a3_council_redbridge_fy2425.txt", "2025-06-12", [
    ("PRESS RELEASE - London Borough of Redbridge", []),
    ("Safer Redbridge: crime down across the borough in 2024/25", [
        E("crime down across the borough in 2024/25", T(rb_all[2025] < rb_all[2024]), "direction",
          f"Redbridge all crime by FY (key = year FY ends) {ser(rb_all)}", "true")]),
    ("New figures from the Metropolitan Police show that total recorded crime in Redbridge fell by 2% in the financial year "
     "April 2024 to March 2025 compared with the year before.", [
        E("fell by 2% in the financial year", T(pct_is(-2, rb_all[2025], rb_all[2024])), "change",
          f"FY 2024/25 {rb_all[2025]} vs FY 2023/24 {rb_all[2024]} = {pct(rb_all[2025], rb_all[2024]):+.2f}%", "true")]),
    ("Robbery was down by 12%, and violence with injury dropped by 16% to its lowest level since 2020/21.", [
        E("Robbery was down by 12%", T(pct_is(-12, rb_rob[2025], rb_rob[2024])), "change",
          f"robbery {rb_rob[2025]} vs {rb_rob[2024]} = {pct(rb_rob[2025], rb_rob[2024]):+.1f}%", "true"),
        E("dropped by 16%", T(pct_is(-16, rb_vwi[2025], rb_vwi[2024])), "change",
          f"violence with injury {rb_vwi[2025]} vs {rb_vwi[2024]} = {pct(rb_vwi[2025], rb_vwi[2024]):+.1f}%", "true"),
        E("its lowest level since 2020/21", T(last_lower(rb_vwi, 2025) == 2021), "record",
          f"violence with injury by FY {ser(rb_vwi)}: last lower year is FY ending {last_lower(rb_vwi, 2025)} (2020/21)", "true")]),
    ("Vehicle crime fell for the second year running, and burglary also fell.", [
        E("fell for the second year running", T(falls_in_a_row(rb_veh, 2025) == 2), "streak",
          f"vehicle offences by FY {ser(rb_veh)}", "true"),
        E("burglary also fell", F(rb_burg[2025] < rb_burg[2024]), "direction",
          f"burglary FY 2024/25 {rb_burg[2025]} vs {rb_burg[2024]}: it rose", "false")]),
    ("Reports of stalking and harassment went down by a tenth.", [
        E("went down by a tenth", T(pct_is(-10, rb_stalk[2025], rb_stalk[2024], 1.0)), "change",
          f"stalking and harassment {rb_stalk[2025]} vs {rb_stalk[2024]} = {pct(rb_stalk[2025], rb_stalk[2024]):+.1f}%", "true")]),
    ("For the second year in a row, not a single homicide was recorded in the borough.", [
        E("not a single homicide was recorded", F(rb_hom[2025] == 0 and rb_hom[2024] == 0), "count",
          f"homicide FY 2024/25 {rb_hom[2025]}, FY 2023/24 {rb_hom[2024]}", "false")]),
    ("We are not complacent. Shoplifting rose by more than a third, and theft from the person reached its highest level on record.", [
        E("Shoplifting rose by more than a third", T(pct(rb_shop[2025], rb_shop[2024]) > 33.3), "change",
          f"shoplifting {rb_shop[2025]} vs {rb_shop[2024]} = {pct(rb_shop[2025], rb_shop[2024]):+.1f}%", "true"),
        E("reached its highest level on record", T(rb_tfp[2025] == max(rb_tfp.values())), "record",
          f"theft from the person by FY {ser(rb_tfp)}", "true")]),
    ("Thanks to our investment in 40 new CCTV cameras, average police response times in Ilford town centre are now under "
     "nine minutes.", [
        NV("under nine minutes", "response times are not in the open data")]),
    ("Cllr Jas Athwal said: \"Redbridge is a place where families can feel safe, and these figures prove that our approach "
     "is working.\"", [
        OP("our approach is working")]),
])

# ====================================================================== a4 MP's Westminster Hall speech: Newham knife crime, FY 2024/25
NW = "Newham"
kc = {e: dash_boroughs32(fy(e)) for e in (2023, 2024, 2025)}
kci = dash_boroughs32(fy(2025), "Knife Crime with Injury")
kv = dash_boroughs32(fy(2025), "Knife Injury Victims (1-24)")
nw_shop = fyearly(minor="SHOPLIFTING", borough=NW, ends=(2024, 2025))
nw_rob = fyearly(major="ROBBERY", borough=NW, ends=(2024, 2025))
nw_vwi = fyearly(minor="VIOLENCE WITH INJURY", borough=NW, ends=(2024, 2025))
nw_vict = victims_years(Borough="Newham")
vict_b = {}
for r in __import__("truth14")._victims():
    if int(r["Year"]) <= 2022:
        vict_b[r["Borough"]] = vict_b.get(r["Borough"], 0) + 1
kc_top = sorted(kc[2025], key=kc[2025].get, reverse=True)
add("a4_mp_speech_newham_knives.txt", "2025-06-24", [
    ("Westminster Hall debate: knife crime in east London", []),
    ("Mr Speaker, I want to talk about the young people of my constituency. In the last financial year there were 887 knife "
     "crime offences in Newham, up from 746 the year before.", [
        E("887 knife crime offences in Newham", T(kc[2025][NW] == 887 and kc[2024][NW] == 746), "count",
          f"MPS dashboard knife crime offences FY 2024/25 {kc[2025][NW]}, FY 2023/24 {kc[2024][NW]}", "true")]),
    ("That is a rise of almost a fifth in a single year, and more than 50 per cent in two.", [
        E("a rise of almost a fifth", T(17 <= pct(kc[2025][NW], kc[2024][NW]) < 20), "change",
          f"{pct(kc[2025][NW], kc[2024][NW]):+.1f}%", "true"),
        E("more than 50 per cent in two", T(pct(kc[2025][NW], kc[2023][NW]) > 50), "change",
          f"FY 2024/25 {kc[2025][NW]} vs FY 2022/23 {kc[2023][NW]} = {pct(kc[2025][NW], kc[2023][NW]):+.1f}%", "true")]),
    ("Only Lambeth and Westminster now record more knife crime than we do.", [
        E("Only Lambeth and Westminster", T(kc_top[:3] == ["Lambeth", "Westminster", NW]), "rank",
          f"FY 2024/25 top three: {[(b, kc[2025][b]) for b in kc_top[:4]]}", "true")]),
    ("Worse still, more young people aged under 25 were injured by knives in Newham than in any other borough in London - 81 "
     "of them.", [
        E("than in any other borough in London", T(max(kv, key=kv.get) == NW and kv[NW] == 81), "rank",
          f"knife injury victims 1-24 FY 2024/25: Newham {kv[NW]}, next {sorted(kv.values())[-2]}", "true")]),
    ("For knife crime with injury we are the worst in the capital.", [
        E("we are the worst in the capital", F(max(kci, key=kci.get) == NW), "rank",
          f"knife crime with injury FY 2024/25: Croydon {kci['Croydon']}, Newham {kci[NW]} (second)", "false")]),
    ("Violence with injury went up again, and robbery rose by around a tenth.", [
        E("Violence with injury went up again", F(nw_vwi[2025] > nw_vwi[2024]), "direction",
          f"Newham violence with injury FY 2024/25 {nw_vwi[2025]} vs {nw_vwi[2024]}: it fell", "false"),
        E("robbery rose by around a tenth", T(pct_is(10, nw_rob[2025], nw_rob[2024], 1.0)), "change",
          f"robbery {nw_rob[2025]} vs {nw_rob[2024]} = {pct(nw_rob[2025], nw_rob[2024]):+.1f}%", "true")]),
    ("Shoplifting in the borough has almost doubled.", [
        E("Shoplifting in the borough has almost doubled", T(1.85 <= nw_shop[2025] / nw_shop[2024] < 2.0), "change",
          f"Newham shoplifting FY {nw_shop[2025]} vs {nw_shop[2024]} = x{nw_shop[2025] / nw_shop[2024]:.2f}", "true")]),
    ("Over the two decades from 2003 to 2022, Newham lost more people to homicide than any other London borough.", [
        E("than any other London borough", F(max(vict_b, key=vict_b.get) == NW), "rank",
          f"homicide victims 2003-2022 by borough: Lambeth {vict_b['Lambeth']}, Newham {vict_b[NW]}", "false")]),
    ("In 2019 alone eleven people were killed here.", [
        E("eleven people were killed here", T(nw_vict[2019] == 11), "count",
          f"Newham homicide victims 2019 {nw_vict[2019]}", "true")]),
    ("Since 2010 this borough has lost more than 300 police officers, and residents tell me they wait up to an hour for a "
     "response to a 999 call.", [
        NV("lost more than 300 police officers", "officer numbers by borough are not in the open data"),
        NV("wait up to an hour", "response times are not in the open data")]),
    ("The Government has simply abandoned east London, and the Minister knows it.", [
        OP("simply abandoned east London")]),
])

# ====================================================================== a5 police press statement: City of London Police, 2025
c24, c25 = col_types(cal(2024)), col_types(cal(2025))
c24n = sum(v for k, v in c24.items() if k != "Anti-social behaviour")
c25n = sum(v for k, v in c25.items() if k != "Anti-social behaviour")
cmon = {ym: (sum(col_types([ym]).values()), sum(v for k, v in col_types([ym]).items() if k != "Anti-social behaviour")) for ym in cal(2025)}
add("a5_police_city_of_london_2025.txt", "2026-01-29", [
    ("City of London Police - statement on 2025 crime figures", []),
    ("Theft from the person in the Square Mile fell by almost a fifth in 2025, to 1,219 offences.", [
        E("fell by almost a fifth", T(17 <= -pct(c25["Theft from the person"], c24["Theft from the person"]) < 20 and c25["Theft from the person"] == 1219), "change",
          f"City of London street files: theft from the person 2025 {c25['Theft from the person']} vs 2024 {c24['Theft from the person']} = {pct(c25['Theft from the person'], c24['Theft from the person']):+.1f}%", "true")]),
    ("Shoplifting was down by around 10% and possession of weapons offences fell from 79 to 48.", [
        E("Shoplifting was down by around 10%", T(pct_is(-10, c25["Shoplifting"], c24["Shoplifting"])), "change",
          f"shoplifting {c25['Shoplifting']} vs {c24['Shoplifting']} = {pct(c25['Shoplifting'], c24['Shoplifting']):+.1f}%", "true"),
        E("fell from 79 to 48", T(c24["Possession of weapons"] == 79 and c25["Possession of weapons"] == 48), "count",
          f"possession of weapons 2024 {c24['Possession of weapons']}, 2025 {c25['Possession of weapons']}", "true")]),
    ("Violence and sexual offences also went down, although they remain the most common type of crime we deal with.", [
        E("Violence and sexual offences also went down", T(c25["Violence and sexual offences"] < c24["Violence and sexual offences"]), "direction",
          f"violence and sexual offences {c25['Violence and sexual offences']} vs {c24['Violence and sexual offences']}", "true"),
        E("they remain the most common type of crime", F(max(c25, key=c25.get) == "Violence and sexual offences"), "rank",
          f"2025 most common type: Other theft {c25['Other theft']}; violence and sexual offences {c25['Violence and sexual offences']}", "false")]),
    ("We are not hiding from the areas where it rose. Burglary went up by more than a third, robbery by about a quarter and "
     "bicycle theft by around 20%.", [
        E("Burglary went up by more than a third", T(pct(c25["Burglary"], c24["Burglary"]) > 33.3), "change",
          f"burglary {c25['Burglary']} vs {c24['Burglary']} = {pct(c25['Burglary'], c24['Burglary']):+.1f}%", "true"),
        E("robbery by about a quarter", T(23 <= pct(c25["Robbery"], c24["Robbery"]) <= 28), "change",
          f"robbery {c25['Robbery']} vs {c24['Robbery']} = {pct(c25['Robbery'], c24['Robbery']):+.1f}%", "true"),
        E("bicycle theft by around 20%", T(pct_is(20, c25["Bicycle theft"], c24["Bicycle theft"], 1.5)), "change",
          f"bicycle theft {c25['Bicycle theft']} vs {c24['Bicycle theft']} = {pct(c25['Bicycle theft'], c24['Bicycle theft']):+.1f}%", "true")]),
    ("Overall, crime in the City came down by more than 15%.", [
        E("came down by more than 15%", F(-pct(c25n, c24n) > 15 and -pct(sum(c25.values()), sum(c24.values())) > 15), "change",
          f"without ASB {c25n} vs {c24n} = {pct(c25n, c24n):+.1f}%; with ASB {sum(c25.values())} vs {sum(c24.values())} = {pct(sum(c25.values()), sum(c24.values())):+.1f}%: under 15% either way", "false")]),
    ("December was our busiest month of the year, and January the quietest.", [
        E("December was our busiest month", T(max(cmon, key=lambda k: cmon[k][0]) == "202512" and max(cmon, key=lambda k: cmon[k][1]) == "202512"), "rank",
          f"monthly (with ASB, without): {ser(cmon)}", "true"),
        E("January the quietest", T(min(cmon, key=lambda k: cmon[k][0]) == "202501" and min(cmon, key=lambda k: cmon[k][1]) == "202501"), "rank",
          "as above: January lowest on both readings", "true")]),
    ("Around 90% of the people we arrested for theft were known to us already.", [
        NV("Around 90% of the people we arrested", "offender histories are not in the open data")]),
    ("The City remains one of the safest places in the world to work and visit.", [
        OP("one of the safest places in the world to work")]),
])
