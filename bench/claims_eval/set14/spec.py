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

# ====================================================================== a6 residents' Facebook group: Kingston, winter 2025/26
KI = "Kingston upon Thames"
ki_all = monthly(borough=KI, mm=months(2024, 11, 2026, 2))
ki_veh = monthly(major="VEHICLE OFFENCES", borough=KI, mm=months(2025, 1, 2026, 2))
ki_tfv = monthly(minor="THEFT FROM A VEHICLE", borough=KI, mm=months(2025, 1, 2026, 2))
ki_rob = monthly(major="ROBBERY", borough=KI, mm=months(2025, 1, 2026, 2))
ki_home = monthly(minor="RES BURGLARY OF A HOME", borough=KI, mm=months(2025, 1, 2026, 2))
ki_bike = monthly(minor="BICYCLE THEFT", borough=KI, mm=months(2025, 1, 2026, 2))
w26 = sum(ki_all[m] for m in ("202512", "202601", "202602"))
w25 = sum(ki_all[m] for m in ("202412", "202501", "202502"))
add("a6_facebook_kingston_winter.txt", "2026-03-21", [
    ("Surbiton & Kingston Residents Noticeboard - post by Gill H.", []),
    ("Right, I've been through the Met's own numbers for Kingston because people keep saying 'it's not that bad'.", []),
    ("Vehicle crime in February was 99 - last February it was 60!! That's up about two thirds.", [
        E("Vehicle crime in February was 99", T(ki_veh["202602"] == 99 and ki_veh["202502"] == 60), "count",
          f"Kingston vehicle offences Feb 2026 {ki_veh['202602']}, Feb 2025 {ki_veh['202502']}", "true"),
        E("up about two thirds", T(60 <= pct(ki_veh["202602"], ki_veh["202502"]) <= 70), "change",
          f"{pct(ki_veh['202602'], ki_veh['202502']):+.1f}%", "true")]),
    ("Things nicked from cars hit 67 in January, more than any single month last year.", [
        E("more than any single month last year", T(ki_tfv["202601"] == 67 and ki_tfv["202601"] > max(ki_tfv[m] for m in cal(2025))), "record",
          f"theft from a vehicle Jan 2026 {ki_tfv['202601']}; 2025 months max {max(ki_tfv[m] for m in cal(2025))}", "true")]),
    ("Robberies TREBLED from January to February (11 to 33).", [
        E("Robberies TREBLED from January to February", T(ki_rob["202601"] == 11 and ki_rob["202602"] == 33), "change",
          f"robbery Jan 2026 {ki_rob['202601']}, Feb 2026 {ki_rob['202602']}", "true")]),
    ("And home burglaries went up in Feb too, 29 compared to 22.", [
        E("home burglaries went up in Feb too", T(ki_home["202602"] == 29 and ki_home["202601"] == 22), "direction",
          f"residential burglary of a home Feb 2026 {ki_home['202602']}, Jan 2026 {ki_home['202601']}", "true")]),
    ("Overall this winter (Dec-Feb) crime is up 10% on last winter.", [
        E("crime is up 10% on last winter", F(pct_is(10, w26, w25, 1.0)), "change",
          f"Dec 2025-Feb 2026 {w26} vs Dec 2024-Feb 2025 {w25} = {pct(w26, w25):+.1f}% (up, but about 2%)", "false")]),
    ("Bike thefts are the one thing going down - 13 in January, the lowest since last February.", [
        E("the lowest since last February", T(ki_bike["202601"] == 13 and last_lower(ki_bike, "202601") == "202502"), "record",
          f"bicycle theft monthly {ser(ki_bike)}", "true")]),
    ("Someone on Ewell Road had their catalytic converter cut off last week, that's the fifth on our street this year.", [
        NV("the fifth on our street this year", "catalytic-converter thefts by street are not in the open data")]),
    ("Reply from Dave K: Crime across Kingston in January was the lowest monthly total in over a year, to be fair.", [
        E("the lowest monthly total in over a year", F(ki_all["202601"] < min(ki_all[m] for m in months(2024, 11, 2025, 12))), "record",
          f"Kingston all crime monthly {ser(ki_all)}: Dec 2024 ({ki_all['202412']}) was lower than Jan 2026 ({ki_all['202601']})", "false")]),
    ("Reply from Gill H: Dave, the police round here couldn't care less, that's the truth of it.", [
        OP("couldn't care less")]),
])

# ====================================================================== a7 letter to the editor: Bexley, 12 months to Feb 2026
BX = "Bexley"
def bx(major=None, minor=None, y=2026):
    return mps(major=major, minor=minor, borough=BX, mm=r12(y, 2))
bx_all = (bx(), bx(y=2025))
bx_veh = (bx("VEHICLE OFFENCES"), bx("VEHICLE OFFENCES", y=2025))
bx_shop = (bx(minor="SHOPLIFTING"), bx(minor="SHOPLIFTING", y=2025))
bx_wpn = (bx("POSSESSION OF WEAPONS"), bx("POSSESSION OF WEAPONS", y=2025))
bx_drug = (bx("DRUG OFFENCES"), bx("DRUG OFFENCES", y=2025))
bx_home = (bx(minor="RES BURGLARY OF A HOME"), bx(minor="RES BURGLARY OF A HOME", y=2025))
bx_arson = (bx(minor="ARSON"), bx(minor="ARSON", y=2025))
bx_vap = (bx("VIOLENCE AGAINST THE PERSON"), bx("VIOLENCE AGAINST THE PERSON", y=2025))
add("a7_letter_bexley_r12.txt", "2026-03-26", [
    ("Letters: Crime figures don't tell the whole story", []),
    ("Sir, I read with interest your report that crime in Bexley fell by almost 5% in the twelve months to February.", [
        E("fell by almost 5%", T(4 <= -pct(*bx_all) < 5), "change",
          f"Bexley 12 months to Feb 2026 {bx_all[0]} vs to Feb 2025 {bx_all[1]} = {pct(*bx_all):+.2f}%", "true")]),
    ("Much of that fall comes from vehicle crime, which dropped by more than a quarter, and shoplifting, down by a similar amount.", [
        E("dropped by more than a quarter", T(-pct(*bx_veh) > 25), "change",
          f"vehicle offences {bx_veh} = {pct(*bx_veh):+.1f}%", "true"),
        E("down by a similar amount", T(22 <= -pct(*bx_shop) <= 30), "change",
          f"shoplifting {bx_shop} = {pct(*bx_shop):+.1f}%", "true")]),
    ("But look closer. Possession of weapons offences went up by over 40%, and drug offences by nearly 30%.", [
        E("went up by over 40%", T(pct(*bx_wpn) > 40), "change",
          f"possession of weapons {bx_wpn} = {pct(*bx_wpn):+.1f}%", "true"),
        E("drug offences by nearly 30%", T(27 <= pct(*bx_drug) < 30), "change",
          f"drug offences {bx_drug} = {pct(*bx_drug):+.1f}%", "true")]),
    ("Burglaries of people's homes rose too, by roughly a fifth.", [
        E("by roughly a fifth", F(17 <= pct(*bx_home) <= 23), "change",
          f"residential burglary of a home {bx_home} = {pct(*bx_home):+.1f}% (about a ninth)", "false")]),
    ("Violent crime is also higher than it was a year ago, while arson has halved.", [
        E("Violent crime is also higher", T(bx_vap[0] > bx_vap[1]), "direction",
          f"violence against the person {bx_vap}", "true"),
        E("arson has halved", F(bx_arson[0] <= 0.55 * bx_arson[1]), "change",
          f"arson {bx_arson} = {pct(*bx_arson):+.1f}% (down about 40%, not half)", "false")]),
    ("Meanwhile my neighbours no longer bother to report anything; I would guess two-thirds of crime round here goes unrecorded.", [
        NV("two-thirds of crime round here goes unrecorded", "unreported crime is not in recorded-crime data")]),
    ("The council's cheerleading is frankly an insult to those of us who live with the consequences.", [
        OP("frankly an insult")]),
    ("Yours, R. Okafor, Welling", []),
])

# ====================================================================== a8 TV debate transcript: London homicide victims 2022
vall = victims_years()
v22m = victims_by(2022, "Method_of_Killing")
vknife = victims_years(Method_of_Killing="Knife or Sharp Implement")
vshoot = victims_years(Method_of_Killing="Shooting")
vfem = victims_years(Sex="Female")
vda = victims_years(Domestic_Abuse="Domestic Abuse")
vuns = victims_years(Solved_Status="Unsolved")
vaya = victims_years(Age_Group="Adolescent/Young Adult")
full = {y: v for y, v in vall.items() if y <= 2022}
us_ew = owid("United States", 2021) / owid("England and Wales", 2021)
add("a8_tv_debate_homicide_2022.txt", "2023-02-02", [
    ("TRANSCRIPT - London Tonight: 'Is the capital getting safer?'", []),
    ("PRESENTER: Let's start with the numbers. 106 people were killed in London last year, down from 131 in 2021.", [
        E("106 people were killed in London last year", T(vall[2022] == 106 and vall[2021] == 131), "count",
          f"Met homicide victims 2022 {vall[2022]}, 2021 {vall[2021]}", "true")]),
    ("That's a fall of roughly a fifth.", [
        E("a fall of roughly a fifth", T(17 <= -pct(vall[2022], vall[2021]) <= 23), "change",
          f"{pct(vall[2022], vall[2021]):+.1f}%", "true")]),
    ("CAMPAIGNER: And two-thirds of those victims were stabbed. Knives killed 70 people.", [
        E("two-thirds of those victims were stabbed", T(0.63 <= v22m["Knife or Sharp Implement"] / vall[2022] <= 0.70), "share",
          f"knife or sharp implement {v22m['Knife or Sharp Implement']} / {vall[2022]} = {v22m['Knife or Sharp Implement'] / vall[2022]:.3f}", "true"),
        E("Knives killed 70 people", T(vknife[2022] == 70), "count", f"knife victims 2022 {vknife[2022]}", "true")]),
    ("Shootings haven't budged at all - ten again, same as the year before.", [
        E("ten again, same as the year before", T(vshoot[2022] == vshoot[2021] == 10), "equal",
          f"shooting victims 2022 {vshoot[2022]}, 2021 {vshoot[2021]}", "true")]),
    ("COUNCILLOR: The number of women killed went up, though.", [
        E("The number of women killed went up", F(vfem[2022] > vfem[2021]), "direction",
          f"female victims 2022 {vfem[2022]}, 2021 {vfem[2021]}: down by one", "false")]),
    ("Domestic homicides fell to 17, from 24.", [
        E("Domestic homicides fell to 17", T(vda[2022] == 17 and vda[2021] == 24), "count",
          f"domestic-abuse victims 2022 {vda[2022]}, 2021 {vda[2021]}", "true")]),
    ("CAMPAIGNER: What worries me is the unsolved cases - 21 last year, the most since 2019.", [
        E("the most since 2019", T(vuns[2022] == 21 and last_higher(vuns, 2022) == 2019), "record",
          f"unsolved victims by year {ser(vuns)} (as in the file, status may change later)", "true")]),
    ("PRESENTER: And young people? Teenagers and young adults - 29 of them - was that the lowest ever?", []),
    ("COUNCILLOR: The lowest on record, yes.", [
        E("The lowest on record, yes", F(vaya[2022] == min(v for y, v in vaya.items() if y <= 2022)), "record",
          f"Adolescent/Young Adult victims {ser(vaya)}: 2012 and 2013 (26) were lower than 2022's 29", "false")]),
    ("CAMPAIGNER: Don't forget 2019, with 150 deaths, was the worst year since 2007.", [
        E("the worst year since 2007", T(full[2019] == 150 and last_higher(full, 2019) == 2007), "record",
          f"victims by year {ser(full)}", "true")]),
    ("COUNCILLOR: Compared with New York we're doing well. They had 297 murders in 2018; we had under half of that.", [
        E("we had under half of that", T(nyc(2018) == 297 and vall[2018] < nyc(2018) / 2), "compare",
          f"NYC 2018 {nyc(2018)}, London victims 2018 {vall[2018]}", "true")]),
    ("And the American homicide rate is about ten times that of England and Wales.", [
        E("about ten times that of England and Wales", F(8.5 <= us_ew <= 11.5), "compare",
          f"OWID/UNODC 2021: US {owid('United States', 2021):.2f}, E&W {owid('England and Wales', 2021):.2f} per 100k = x{us_ew:.1f} (about six)", "false")]),
    ("CAMPAIGNER: Three quarters of the killers were on bail or already known to police, and nobody talks about that.", [
        NV("Three quarters of the killers were on bail", "offenders' bail status / police history is not in the open data")]),
    ("PRESENTER: Is the Mayor doing enough?", []),
    ("COUNCILLOR: Honestly? City Hall has been asleep at the wheel on this.", [
        OP("asleep at the wheel")]),
    ("CAMPAIGNER: I'd say the youth workers deserve more credit than any politician.", [
        OP("deserve more credit than any politician")]),
])

# ====================================================================== a9 think-tank briefing: stop and search (Met, Q1 2018) and forces
ss = met_ss_rows()
n_ss = len(ss)
obj = met_ss_by("Object of search")
out = met_ss_by("Outcome")
eth = met_ss_by("Officer-defined ethnicity")
gen = met_ss_by("Gender")
leg = met_ss_by("Legislation")
ssm = {m: met_ss([m]) for m in ("201801", "201802", "201803")}
F11 = months(2022, 1, 2022, 11)
mer, sy, dp, cu = (force_types(f, F11) for f in ("merseyside", "south-yorkshire", "dyfed-powys", "cumbria"))
dp_crime = sum(v for k, v in dp.items() if k != "Anti-social behaviour")
add("a9_thinktank_stop_search.txt", "2023-03-09", [
    ("Policy briefing: what the open data says about stop and search and local crime", []),
    ("1. The Metropolitan Police carried out 33,774 stop and searches in the first three months of 2018.", [
        E("33,774 stop and searches", T(n_ss == 33774 == met_ss(months(2018, 1, 2018, 3))), "count",
          f"police.uk Met stop and search Jan-Mar 2018 rows {n_ss}", "true")]),
    ("January was the busiest of those months, with more than 12,000.", [
        E("January was the busiest of those months", T(max(ssm, key=ssm.get) == "201801" and ssm["201801"] > 12000), "rank",
          f"by month {ssm}", "true")]),
    ("Six in ten searches were for drugs, and in seven in ten cases no further action was taken.", [
        E("Six in ten searches were for drugs", T(0.58 <= obj["Controlled drugs"] / n_ss <= 0.62), "share",
          f"controlled drugs {obj['Controlled drugs']} / {n_ss} = {obj['Controlled drugs'] / n_ss:.3f}", "true"),
        E("seven in ten cases no further action", T(0.68 <= out["A no further action disposal"] / n_ss <= 0.72), "share",
          f"no further action {out['A no further action disposal']} / {n_ss} = {out['A no further action disposal'] / n_ss:.3f}", "true")]),
    ("Only about one search in five led to an arrest.", [
        E("about one search in five led to an arrest", F(0.18 <= out["Arrest"] / n_ss <= 0.22), "share",
          f"arrest {out['Arrest']} / {n_ss} = {out['Arrest'] / n_ss:.3f} (about one in six)", "false")]),
    ("Officers recorded more Black than White people among those searched.", [
        E("more Black than White people", T(eth["Black"] > eth["White"]), "compare",
          f"officer-defined ethnicity: Black {eth['Black']}, White {eth['White']}", "true")]),
    ("Section 60 'no suspicion' powers were used in over 5% of searches.", [
        E("used in over 5% of searches", F(leg["Criminal Justice and Public Order Act 1994 (section 60)"] / n_ss > 0.05), "share",
          f"section 60 {leg['Criminal Justice and Public Order Act 1994 (section 60)']} / {n_ss} = {leg['Criminal Justice and Public Order Act 1994 (section 60)'] / n_ss:.3f}", "false")]),
    ("More than nine in ten of those stopped were male.", [
        E("More than nine in ten of those stopped were male", T(gen["Male"] / n_ss > 0.9), "share",
          f"male {gen['Male']} / {n_ss} = {gen['Male'] / n_ss:.3f}", "true")]),
    ("2. Beyond London the picture varies. Between January and November 2022 Merseyside Police recorded more than three times as "
     "many drug offences as South Yorkshire.", [
        E("more than three times as many drug offences", T(mer["Drugs"] > 3 * sy["Drugs"]), "compare",
          f"police.uk Jan-Nov 2022 drugs: Merseyside {mer['Drugs']}, South Yorkshire {sy['Drugs']}", "true")]),
    ("South Yorkshire, by contrast, recorded almost twice as many burglaries as Merseyside.", [
        E("almost twice as many burglaries", T(1.85 <= sy["Burglary"] / mer["Burglary"] < 2.0), "compare",
          f"burglary: South Yorkshire {sy['Burglary']}, Merseyside {mer['Burglary']} = x{sy['Burglary'] / mer['Burglary']:.2f}", "true")]),
    ("In rural Dyfed-Powys, violence and sexual offences made up more than half of all crimes, excluding anti-social behaviour.", [
        E("made up more than half of all crimes", T(dp["Violence and sexual offences"] / dp_crime > 0.5), "share",
          f"Dyfed-Powys V&SO {dp['Violence and sexual offences']} / crimes without ASB {dp_crime} = {dp['Violence and sexual offences'] / dp_crime:.3f}", "true")]),
    ("Cumbria recorded fewer robberies than Dyfed-Powys over the same period.", [
        E("Cumbria recorded fewer robberies than Dyfed-Powys", F(cu["Robbery"] < dp["Robbery"]), "compare",
          f"robbery Jan-Nov 2022: Cumbria {cu['Robbery']}, Dyfed-Powys {dp['Robbery']}", "false")]),
    ("3. Stop and search costs the taxpayer an estimated £40 million a year in officer time.", [
        NV("£40 million a year", "costs of policing are not in the open data")]),
    ("Our view is that suspicionless searches do more harm to community trust than good.", [
        OP("do more harm to community trust than good")]),
])


# ====================================================================== one-line units
_yc = {}


def Y(b, major=None, minor=None):
    k = (b, major, minor)
    if k not in _yc:
        _yc[k] = yearly(major=major, minor=minor, borough=b)
    return _yc[k]


def chg25(b, major=None, minor=None):
    s = Y(b, major, minor)
    return f"{b} {(major or minor or 'all crime').lower()} 2025 {s[2025]} vs 2024 {s[2024]} ({pct(s[2025], s[2024]) if s[2024] else float('nan'):+.1f}%)"


def ser_b(b, major=None, minor=None):
    return f"{b} {(major or minor or 'all crime').lower()} by year: {ser(Y(b, major, minor))}"


Q = "2026-02-"   # publication dates in 2026 ('last year' = 2025)
n = 0


def o(as_of, line, exp):
    global n
    n += 1
    one(f"o{n:02d}.txt", as_of, line, exp)


# ---- true
s = Y("Barnet", "DRUG OFFENCES")
o(Q + "03", "Cllr Sara Conway (Barnet): Drug offences in Barnet hit a record 1,979 last year - that's what proactive policing looks like.",
  E("hit a record 1,979 last year", T(s[2025] == 1979 == max(s.values())), "record", ser_b("Barnet", "DRUG OFFENCES"), "true"))
s = Y("Ealing")
o(Q + "05", "Ealing recorded more crime in 2025 than in any other year since the Met's current figures began.",
  E("more crime in 2025 than in any other year", T(s[2025] == max(s.values())), "record", ser_b("Ealing"), "true"))
s = Y("Lewisham", minor="HOMICIDE")
o(Q + "07", "Eleven homicides in Lewisham last year. Eleven. The most the borough has ever seen in the Met's data.",
  E("The most the borough has ever seen", T(s[2025] == 11 == max(s.values())), "record", ser_b("Lewisham", minor="HOMICIDE"), "true"))
s = Y("Lewisham", "POSSESSION OF WEAPONS")
o(Q + "08", "Possession of weapons offences in Lewisham rose by 44% in 2025 to 339.",
  E("rose by 44% in 2025 to 339", T(pct_is(44, s[2025], s[2024]) and s[2025] == 339), "change", chg25("Lewisham", "POSSESSION OF WEAPONS"), "true"))
s = Y("Haringey", minor="VIOLENCE WITH INJURY")
o(Q + "10", "Haringey Met: violence with injury across the borough has fallen to its lowest annual level on record.",
  E("fallen to its lowest annual level on record", T(s[2025] == min(s.values())), "record", ser_b("Haringey", minor="VIOLENCE WITH INJURY"), "true"))
s = Y("Havering", "BURGLARY")
o(Q + "11", "Good news for Havering homeowners: burglary dropped by more than a quarter last year.",
  E("dropped by more than a quarter", T(-pct(s[2025], s[2024]) > 25), "change", chg25("Havering", "BURGLARY"), "true"))
s = Y("Kensington and Chelsea", minor="SHOPLIFTING")
o(Q + "12", "Shoplifting in Kensington and Chelsea jumped by a third in 2025, the highest figure since at least 2011.",
  E("jumped by a third in 2025", T(32 <= pct(s[2025], s[2024]) <= 35 and s[2025] == max(s.values())), "change", chg25("Kensington and Chelsea", minor="SHOPLIFTING"), "true"))
s = Y("Sutton", minor="ARSON")
o(Q + "13", "Arson in Sutton more than halved last year, from 85 cases to 35.",
  E("more than halved last year", T(s[2024] == 85 and s[2025] == 35), "change", chg25("Sutton", minor="ARSON"), "true"))
s = Y("Westminster", minor="HOMICIDE")
o(Q + "14", "Westminster recorded just one homicide in 2025, compared with seven the previous year.",
  E("just one homicide in 2025", T(s[2025] == 1 and s[2024] == 7), "count", chg25("Westminster", minor="HOMICIDE"), "true"))
s = Y("Kingston upon Thames", "SEXUAL OFFENCES")
o(Q + "15", "Kingston's sexual offences figure went up 27% last year - the steepest rise in years and a record total.",
  E("went up 27% last year", T(pct_is(27, s[2025], s[2024]) and s[2025] == max(s.values())), "change", chg25("Kingston upon Thames", "SEXUAL OFFENCES"), "true"))
s = Y("Barking and Dagenham", minor="HOMICIDE")
o(Q + "16", "Barking and Dagenham went the whole of 2025 without a single homicide, after three in 2024.",
  E("without a single homicide", T(s[2025] == 0 and s[2024] == 3), "count", ser_b("Barking and Dagenham", minor="HOMICIDE"), "true"))
s = Y("Merton", minor="STALKING AND HARASSMENT")
o(Q + "17", "Stalking and harassment reports in Merton rose by about a quarter in 2025.",
  E("rose by about a quarter", T(22 <= pct(s[2025], s[2024]) <= 28), "change", chg25("Merton", minor="STALKING AND HARASSMENT"), "true"))
lr = lon2(major="ROBBERY", mm=cal(2025)); lr4 = lon2(major="ROBBERY", mm=cal(2024))
o(Q + "18", "Robbery across London fell in 2025, to a little over 32,000 offences.",
  E("to a little over 32,000 offences", T(all(a < b and 32000 < a < 32500 for a, b in zip(lr, lr4))), "count",
    f"London robbery 2025 (all rows, 32 boroughs) {lr} vs 2024 {lr4}: {pct(lr[0], lr4[0]):+.1f}% / {pct(lr[1], lr4[1]):+.1f}%", "true"))
so = yearly(major="SEXUAL OFFENCES")
o(Q + "19", "Sexual offences recorded by the Met reached an all-time high of around 27,000 last year.",
  E("an all-time high of around 27,000", T(so[2025] == max(so.values()) and all(near(27000, x, 0.01) for x in lon2(major="SEXUAL OFFENCES", mm=cal(2025)))), "record",
    f"London sexual offences {ser(so)}; 2025 all rows / 32 boroughs {lon2(major='SEXUAL OFFENCES', mm=cal(2025))}", "true"))
kb25, kb24 = dash_boroughs32(cal(2025)), dash_boroughs32(cal(2024))
o(Q + "20", "Met figures show knife crime in London fell by around 16% in 2025.",
  E("fell by around 16% in 2025", T(all(15 <= -pct(a, b) <= 17 for a, b in ((sum(kb25.values()), sum(kb24.values())), (dash(mm=cal(2025)), dash(mm=cal(2024)))))), "change",
    f"dashboard knife crime offences 2025 vs 2024: 32 boroughs {sum(kb25.values())} vs {sum(kb24.values())} ({pct(sum(kb25.values()), sum(kb24.values())):+.1f}%); all borough rows {dash(mm=cal(2025))} vs {dash(mm=cal(2024))} ({pct(dash(mm=cal(2025)), dash(mm=cal(2024))):+.1f}%)", "true"))
o(Q + "21", "Newham had more knife crime offences in 2025 than any other London borough.",
  E("more knife crime offences in 2025 than any other", T(max(kb25, key=kb25.get) == "Newham"), "rank",
    f"dashboard knife crime 2025: Newham {kb25['Newham']}, next {sorted(kb25.values())[-2]}", "true"))
jp = owid("Japan", 2021) / owid("England and Wales", 2021)
o("2024-05-02", "Japan's murder rate in 2021 was only about a fifth of the rate in England and Wales.",
  E("only about a fifth of the rate", T(0.18 <= jp <= 0.22), "compare", f"OWID/UNODC 2021 Japan {owid('Japan', 2021):.3f}, E&W {owid('England and Wales', 2021):.3f} = {jp:.2f}", "true"))
ca = {y: owid("Canada", y) for y in range(2012, 2023)}
o("2024-05-03", "Canada's homicide rate has gone up every year since 2018, reaching about 2.3 per 100,000 in 2022.",
  E("gone up every year since 2018", T(rises_in_a_row(ca, 2022) == 4 and near(2.3, ca[2022], 0.02)), "streak", f"OWID/UNODC Canada {ser({y: round(v, 2) for y, v in ca.items()})}", "true"))
sw = {ym: sum(force_types("south-wales", [ym]).values()) for ym in months(2022, 1, 2022, 11)}
o("2023-01-20", "South Wales Police's busiest month of 2022 so far, by crimes and anti-social behaviour recorded, was August.",
  E("was August", T(max(sw, key=sw.get) == "202208" and max(sw, key=lambda m: sw[m] - force_types("south-wales", [m])["Anti-social behaviour"]) == "202208"), "rank",
    f"South Wales monthly rows Jan-Nov 2022 {ser(sw)} (August also highest without ASB)", "true"))
bt = force_types("btp", months(2022, 1, 2022, 11))
o("2023-01-22", "Nearly one in ten crimes recorded by British Transport Police last year was a bicycle theft.",
  E("Nearly one in ten crimes", T(0.09 <= bt["Bicycle theft"] / sum(bt.values()) < 0.10), "share",
    f"BTP Jan-Nov 2022 (Dec not in the data): bicycle theft {bt['Bicycle theft']} / {sum(bt.values())} = {bt['Bicycle theft'] / sum(bt.values()):.3f}", "true"))
el = victims_years(Age_Group="Elderly")
o("2022-02-10", "More elderly people were killed in London in 2021 than in any year since at least 2003.",
  E("than in any year since at least 2003", T(el[2021] == max(el.values())), "record", f"Elderly victims {ser(el)}", "true"))
ch = victims_years(Age_Group="Child")
o("2021-02-11", "Eleven children were killed in London in 2020, the highest figure since 2007.",
  E("the highest figure since 2007", T(ch[2020] == 11 and last_higher(ch, 2020) == 2007), "record", f"Child victims {ser(ch)}", "true"))
s = Y("Hackney", minor="BICYCLE THEFT")
o(Q + "22", "Hackney cycling campaign: bike theft in the borough fell 14% in 2025 to its lowest level on record. Keep locking up!",
  E("fell 14% in 2025", T(pct_is(-14, s[2025], s[2024]) and s[2025] == min(s.values())), "change", ser_b("Hackney", minor="BICYCLE THEFT"), "true"))
s = Y("Southwark", "BURGLARY")
o(Q + "23", "Burglary in Southwark went up by 7% last year, bucking the London trend.",
  E("went up by 7% last year", T(pct_is(7, s[2025], s[2024])), "change", chg25("Southwark", "BURGLARY"), "true"))
s = Y("Richmond upon Thames", minor="VIOLENCE WITH INJURY")
o(Q + "24", "Richmond saw violence with injury drop by 14 per cent in 2025.",
  E("drop by 14 per cent", T(pct_is(-14, s[2025], s[2024])), "change", chg25("Richmond upon Thames", minor="VIOLENCE WITH INJURY"), "true"))
s = Y("Greenwich", "SEXUAL OFFENCES")
o(Q + "25", "Greenwich logged 934 sexual offences last year, the highest number on record.",
  E("the highest number on record", T(s[2025] == 934 == max(s.values())), "record", ser_b("Greenwich", "SEXUAL OFFENCES"), "true"))
a25 = mps_by_borough(mm=cal(2025))
o(Q + "26", "Richmond upon Thames had less recorded crime in 2025 than any other London borough.",
  E("less recorded crime in 2025 than any other", T(min(a25, key=a25.get) == "Richmond upon Thames"), "rank",
    f"fewest 2025: {sorted(a25.items(), key=lambda x: x[1])[:3]}", "true"))
mk = {y: ons_knife("Merseyside", y) for y in (2017, 2019)}
o("2021-03-04", "Knife crime in Merseyside nearly doubled in two years, from about 800 offences to around 1,400 (ONS).",
  E("nearly doubled in two years", T(1.7 <= mk[2019] / mk[2017] < 2.0 and near(800, mk[2017], 0.01) and near(1400, mk[2019], 0.01)), "change",
    f"ONS knife series (BritishDrugDynamics labels) Merseyside 2017 {mk[2017]}, 2019 {mk[2019]}", "true"))

# ---- false
s = Y("Camden")
o(Q + "27", "Crime in Camden went up again in 2025, campaigners say.",
  E("Crime in Camden went up again in 2025", F(s[2025] > s[2024]), "direction", chg25("Camden"), "false"))
s = Y("Enfield", "ROBBERY")
o(Q + "28", "Enfield Conservatives: robbery in Enfield actually came down last year, whatever Labour claims.",
  E("robbery in Enfield actually came down last year", F(s[2025] < s[2024]), "direction", chg25("Enfield", "ROBBERY"), "false"))
s = Y("Harrow", minor="SHOPLIFTING")
o(Q + "09", "Shoplifting in Harrow hit a record high in 2025 as the cost of living bit.",
  E("hit a record high in 2025", F(s[2025] == max(s.values())), "record", ser_b("Harrow", minor="SHOPLIFTING"), "false"))
s = Y("Barnet", "BURGLARY")
o(Q + "04", "Burglaries in Barnet rose 14% last year, according to police data.",
  E("Burglaries in Barnet rose 14% last year", F(pct_is(14, s[2025], s[2024])), "change", chg25("Barnet", "BURGLARY") + ": a fall of 14%, not a rise", "false"))
s = Y("Hounslow", "DRUG OFFENCES")
o(Q + "06", "Drug offences have doubled in Hounslow in the space of a year.",
  E("Drug offences have doubled in Hounslow", F(s[2025] >= 1.9 * s[2024]), "change", chg25("Hounslow", "DRUG OFFENCES"), "false"))
s = Y("Lambeth", "ROBBERY")
o(Q + "02", "Lambeth's borough commander says robbery there is down by almost half on 2024.",
  E("down by almost half on 2024", F(-pct(s[2025], s[2024]) >= 40), "change", chg25("Lambeth", "ROBBERY") + ": about a quarter", "false"))
s = Y("Hammersmith and Fulham", minor="BICYCLE THEFT")
o(Q + "01", "Bike theft in Hammersmith & Fulham halved in 2025.",
  E("halved in 2025", F(s[2025] <= 0.55 * s[2024]), "change", chg25("Hammersmith and Fulham", minor="BICYCLE THEFT"), "false"))
s = Y("Hackney", "DRUG OFFENCES")
o("2026-03-02", "Hackney drug offences: 2,251 last year, the highest ever recorded in the borough.",
  E("the highest ever recorded in the borough", F(s[2025] == max(s.values())), "record", ser_b("Hackney", "DRUG OFFENCES") + ": 2011 was higher", "false"))
s = Y("Westminster")
o("2026-03-04", "Westminster logged more than 90,000 crimes in 2025 - more than any other borough by a mile.",
  E("more than 90,000 crimes in 2025", F(s[2025] > 90000), "count", chg25("Westminster") + ": 90,000+ was 2024", "false"))
s = Y("Tower Hamlets", minor="HOMICIDE")
o("2026-03-05", "Homicides in Tower Hamlets nearly tripled last year.",
  E("nearly tripled last year", F(s[2025] >= 2.5 * s[2024]), "change", chg25("Tower Hamlets", minor="HOMICIDE") + ": a fall", "false"))
o("2026-03-06", "Kingston upon Thames was the least crime-affected borough in London in 2025, with the lowest total of all 32.",
  E("with the lowest total of all 32", F(min(a25, key=a25.get) == "Kingston upon Thames"), "rank",
    f"fewest 2025: {sorted(a25.items(), key=lambda x: x[1])[:3]}: Richmond, not Kingston", "false"))
s = Y("Sutton", minor="SHOPLIFTING")
o("2026-03-07", "Sutton traders say shoplifting went up by 20% in 2025.",
  E("went up by 20% in 2025", F(pct_is(20, s[2025], s[2024], 3)), "change", chg25("Sutton", minor="SHOPLIFTING"), "false"))
s = Y("Greenwich", minor="HOMICIDE")
o("2026-03-08", "Five people lost their lives to homicide in Greenwich in 2025.",
  E("Five people lost their lives", F(s[2025] == 5), "count", chg25("Greenwich", minor="HOMICIDE"), "false"))
s = Y("Merton", "ROBBERY")
o("2026-03-09", "Robbery in Merton has now risen for three years running.",
  E("risen for three years running", F(rises_in_a_row(s, 2025) >= 3), "streak", ser_b("Merton", "ROBBERY") + ": it fell in 2025", "false"))
s = Y("Havering", "ROBBERY")
o("2026-03-10", "Robberies in Havering reached a record 651 in 2025.",
  E("reached a record 651", F(s[2025] == max(s.values())), "record", ser_b("Havering", "ROBBERY") + ": 2019 and earlier higher", "false"))
o("2026-03-11", "Islington now has more recorded crime than neighbouring Camden.",
  E("more recorded crime than neighbouring Camden", F(a25["Islington"] > a25["Camden"]), "compare",
    f"2025: Islington {a25['Islington']}, Camden {a25['Camden']}", "false"))
s = Y("Kingston upon Thames", "POSSESSION OF WEAPONS")
o("2026-03-12", "Possession of weapons offences in Kingston went down in 2025.",
  E("went down in 2025", F(s[2025] < s[2024]), "direction", chg25("Kingston upon Thames", "POSSESSION OF WEAPONS"), "false"))
s = Y("Ealing", minor="BICYCLE THEFT")
o("2026-03-13", "Ealing cyclists beware - bicycle theft rose again last year.",
  E("bicycle theft rose again last year", F(s[2025] > s[2024]), "direction", chg25("Ealing", minor="BICYCLE THEFT") + "; 2025 is the lowest on record", "false"))
s = Y("Barking and Dagenham", minor="SHOPLIFTING")
o("2026-03-14", "In Barking and Dagenham shoplifting is up by a third on the year.",
  E("shoplifting is up by a third", F(30 <= pct(s[2025], s[2024]) <= 36), "change", chg25("Barking and Dagenham", minor="SHOPLIFTING") + ": down by a third", "false"))
s = Y("Wandsworth", minor="HOMICIDE")
o("2026-03-15", "Homicides fell in Wandsworth in 2025.",
  E("Homicides fell in Wandsworth in 2025", F(s[2025] < s[2024]), "direction", chg25("Wandsworth", minor="HOMICIDE"), "false"))
o("2026-01-15", "Knife crime in London went up last year despite all the promises, Met figures show.",
  E("Knife crime in London went up last year", F(sum(kb25.values()) > sum(kb24.values()) or dash(mm=cal(2025)) > dash(mm=cal(2024))), "direction",
    f"dashboard knife crime 2025 vs 2024: {sum(kb25.values())} vs {sum(kb24.values())} (32 boroughs)", "false"))
o("2023-01-25", "London's 2022 homicide toll was the lowest since the Met's records began in 2003.",
  E("the lowest since the Met's records began in 2003", F(full[2022] == min(full.values())), "record",
    f"victims by year {ser(full)}: 2014 (84) and others lower", "false"))
o("2019-03-01", "New York City recorded more than 400 murders in 2016.",
  E("more than 400 murders in 2016", F(nyc(2016) > 400), "count", f"NYC 2016 {nyc(2016)}", "false"))
o("2024-06-01", "Germany's homicide rate was higher than England and Wales's in 2021.",
  E("higher than England and Wales's in 2021", F(owid("Germany", 2021) > owid("England and Wales", 2021)), "compare",
    f"OWID/UNODC 2021 Germany {owid('Germany', 2021):.2f}, E&W {owid('England and Wales', 2021):.2f}", "false"))
cs18, cs19 = col_ss(cal(2018)), col_ss(cal(2019))
o("2020-02-05", "City of London Police carried out fewer stop and searches in 2019 than in 2018.",
  E("fewer stop and searches in 2019 than in 2018", F(cs19 < cs18), "compare", f"City of London stop and search 2018 {cs18}, 2019 {cs19}", "false"))
o("2023-01-18", "Merseyside had more robberies than South Yorkshire between January and November 2022.",
  E("more robberies than South Yorkshire", F(mer["Robbery"] > sy["Robbery"]), "compare",
    f"robbery Jan-Nov 2022: Merseyside {mer['Robbery']}, South Yorkshire {sy['Robbery']}", "false"))
o("2023-01-19", "Dyfed-Powys Police recorded more bicycle thefts than Cumbria in the first eleven months of 2022.",
  E("more bicycle thefts than Cumbria", F(dp["Bicycle theft"] > cu["Bicycle theft"]), "compare",
    f"bicycle theft Jan-Nov 2022: Dyfed-Powys {dp['Bicycle theft']}, Cumbria {cu['Bicycle theft']}", "false"))
mt = {y: ons_knife("Metropolitan Police", y) for y in range(2009, 2021)}
o("2021-06-10", "Knife crime recorded by the Met is lower now than it was a decade ago, ONS figures show (about 15,900 in the latest year vs 12,500 in 2010).",
  E("lower now than it was a decade ago", F(mt[2020] < mt[2010]), "compare", f"ONS knife series Met {ser(mt)}", "false"))
sk = {y: victims(y, Method_of_Killing="Shooting") for y in range(2003, 2023)}
o("2015-02-02", "Gun homicides in London rose in 2014, the third rise in a row.",
  E("Gun homicides in London rose in 2014", F(sk[2014] > sk[2013]), "direction", f"shooting victims {ser(sk)}: 2014 (5) below 2013 (10)", "false"))
s = Y("Islington", minor="SHOPLIFTING")
o("2026-03-16", "Islington shoplifting is down by a fifth on 2024.",
  E("down by a fifth on 2024", F(s[2025] < s[2024]), "change", chg25("Islington", minor="SHOPLIFTING") + ": a rise", "false"))

# ---- unverifiable (each with a quantity, so it looks checkable)
for as_of, line, key, note in [
    ("2026-02-18", "Only 6% of burglaries in Bromley last year led to anyone being charged.", "Only 6% of burglaries in Bromley",
     "charge rates by borough and offence are not in the open data"),
    ("2026-02-19", "Crimes on London buses rose by 12% in 2025, TfL sources say.", "Crimes on London buses rose by 12%",
     "crime on buses is not a category of the borough series"),
    ("2026-02-20", "Catalytic converter thefts in Barnet are up 30% on last year.", "Catalytic converter thefts in Barnet",
     "catalytic-converter theft is not separately recorded in the open data"),
    ("2026-02-21", "Croydon has 140 fewer police officers than it did in 2015.", "140 fewer police officers",
     "officer numbers are not in the open data"),
    ("2026-02-22", "The average 999 response time in Bexley is now 19 minutes, up from 12.", "average 999 response time in Bexley",
     "response times are not in the open data"),
    ("2026-02-23", "Just one in four shoplifting offences in Brent is ever reported to police, according to retailers.",
     "one in four shoplifting offences in Brent is ever reported", "unreported crime is not in recorded-crime data"),
    ("2026-02-24", "Six in ten women in Lambeth say they feel unsafe walking home after dark.", "Six in ten women in Lambeth",
     "fear of crime / survey results are not in the open data"),
    ("2026-02-25", "Moped-enabled phone snatches in Camden fell by 40% in 2025.", "Moped-enabled phone snatches in Camden",
     "moped-enabled offences are not separately recorded in the open data"),
    ("2026-02-26", "The conviction rate for rape in London is below 3%.", "conviction rate for rape in London",
     "convictions are not in the open data"),
    ("2026-02-27", "E-bike thefts in Hackney have trebled since 2022.", "E-bike thefts in Hackney",
     "e-bike theft is not separately recorded (bicycle theft does not split e-bikes)"),
    ("2026-02-28", "Policing the Notting Hill Carnival cost over £9 million last year.", "cost over £9 million",
     "policing costs are not in the open data"),
    ("2026-03-01", "Spiking reports in Wandsworth's nightclubs rose by 50% in 2025.", "Spiking reports in Wandsworth",
     "spiking is not a category of the open data"),
    ("2026-03-17", "Some 70% of knife crime in Southwark is committed by under-25s.", "70% of knife crime in Southwark",
     "offender ages for knife crime by borough are not in the open data"),
    ("2026-03-18", "Around 2,000 shop workers in Westminster were assaulted at work last year.", "2,000 shop workers in Westminster",
     "assaults on shop workers are not separately recorded in the open data"),
    ("2026-03-19", "Repeat victims account for 40% of domestic abuse cases in Havering.", "Repeat victims account for 40%",
     "repeat victimisation is not in the open data"),
    ("2026-03-20", "More than 300 hate crimes were committed on the Tube in 2025.", "More than 300 hate crimes were committed on the Tube",
     "crime on the Underground is not in the borough series, and BTP files here cover 2022 only"),
]:
    o(as_of, line, NV(key, note))

# ---- opinion (varied idioms)
for as_of, line, key in [
    ("2026-02-02", "Honestly, Enfield feels less safe than it did ten years ago and nobody in charge seems to care.", "feels less safe than it did ten years ago"),
    ("2026-02-03", "The Mayor's knife crime strategy has been a complete and utter failure.", "a complete and utter failure"),
    ("2026-02-04", "I think Sutton is a lovely, safe place to bring up kids.", "a lovely, safe place to bring up kids"),
    ("2026-02-05", "Stop and search is the single most effective tool the police have, full stop.", "the single most effective tool"),
    ("2026-02-06", "Our neighbourhood officers in Harrow do a brilliant job with the resources they've got.", "do a brilliant job"),
    ("2026-02-07", "Shoplifting has basically been decriminalised in this country.", "basically been decriminalised"),
    ("2026-02-08", "The Home Secretary should be ashamed of the state of policing in the capital.", "should be ashamed"),
    ("2026-02-09", "Redbridge council's new CCTV is money well spent, in my view.", "money well spent"),
    ("2026-02-10", "Locking up more young people won't solve anything; we need youth clubs, not cells.", "we need youth clubs, not cells"),
    ("2026-02-11", "Lewisham High Street after 8pm is frankly a no-go zone now.", "a no-go zone"),
    ("2026-02-12", "The Met's leadership is out of touch with ordinary Londoners.", "out of touch with ordinary Londoners"),
    ("2026-02-13", "Tower Hamlets deserves better than this half-hearted approach to drug dealing.", "deserves better than this half-hearted approach"),
    ("2026-02-14", "Hounslow is no worse than anywhere else in west London, whatever the Facebook groups say.", "no worse than anywhere else in west London"),
    ("2026-02-15", "Bringing back more bobbies on the beat is the only sensible answer.", "the only sensible answer"),
    ("2026-02-16", "People in Kensington have never had it so good when it comes to safety.", "never had it so good"),
    ("2026-02-17", "Crime in Greenwich is a disgrace and the council is asleep at the wheel.", "a disgrace"),
    ("2026-03-03", "London is still one of the safest big cities on the planet, and we should say so more often.", "one of the safest big cities on the planet"),
]:
    o(as_of, line, OP(key))

# ---- rates, equalities, turns, streaks (added for variety)
def rate25(b):
    return 1000 * mps(borough=b, mm=cal(2025)) / gla_pop(b, 2025)


lon_rates = [1000 * x / london32_pop(2025) for x in lon2(mm=cal(2025))]
o("2026-03-22", "Westminster's crime rate - about 309 offences per 1,000 residents in 2025 - is more than three times the London average.",
  E("more than three times the London average", T(near(309, rate25("Westminster"), 0.01) and all(rate25("Westminster") > 3 * r for r in lon_rates)), "rate",
    f"Westminster {rate25('Westminster'):.1f} per 1,000 (GLA 2025 population); London (32 boroughs' population; all rows / 32 boroughs) {[round(r, 1) for r in lon_rates]}", "true"))
o("2026-03-23", "Camden recorded around 155 crimes for every thousand people living there last year.",
  E("around 155 crimes for every thousand people", T(near(155, rate25("Camden"), 0.01)), "rate", f"Camden {rate25('Camden'):.1f} per 1,000", "true"))
o("2026-03-24", "Per head of population, Hillingdon's crime rate is now well above the London average.",
  E("well above the London average", F(all(rate25("Hillingdon") > 1.1 * r for r in lon_rates)), "rate",
    f"Hillingdon {rate25('Hillingdon'):.1f} per 1,000 vs London {[round(r, 1) for r in lon_rates]}: about the same", "false"))
o("2026-03-25", "Harrow: roughly 61 crimes per 1,000 residents in 2025, one of the lowest rates in the capital.",
  E("roughly 61 crimes per 1,000 residents", T(near(61, rate25("Harrow"), 0.01)), "rate", f"Harrow {rate25('Harrow'):.1f} per 1,000", "true"))
s = Y("Haringey", minor="HOMICIDE")
o("2026-03-26", "Haringey recorded four homicides in 2025, exactly the same number as in 2024.",
  E("exactly the same number as in 2024", T(s[2025] == s[2024] == 4), "equal", chg25("Haringey", minor="HOMICIDE"), "true"))
h = {b: Y(b, minor="HOMICIDE")[2025] for b in ("Hammersmith and Fulham", "Camden", "Islington", "Lambeth")}
o("2026-03-27", "Hammersmith and Fulham had as many homicides as Camden last year - three each.",
  E("three each", T(h["Hammersmith and Fulham"] == h["Camden"] == 3), "equal", f"homicide offences 2025 {h}", "true"))
o("2026-03-28", "Islington and Lambeth recorded an identical number of homicides in 2025.",
  E("an identical number of homicides", F(h["Islington"] == h["Lambeth"]), "equal", f"homicide offences 2025 {h}", "false"))
rob_l = yearly(major="ROBBERY")
rob_32 = {y: sum(mps_by_borough(major="ROBBERY", mm=cal(y)).values()) for y in range(2020, 2026)}
o("2026-03-29", "After three straight years of increases, robbery in London finally turned down in 2025.",
  E("finally turned down in 2025", T(all(rises_in_a_row({y: v for y, v in srs.items() if y <= 2024}, 2024) == 3 and srs[2025] < srs[2024] for srs in (rob_l, rob_32))), "turn",
    f"London robbery (all rows) {ser(rob_l)}; 32 boroughs {ser(rob_32)}", "true"))
s = Y("Westminster", minor="SHOPLIFTING")
o("2026-03-30", "Shoplifting in Westminster has now gone up for the fourth year in a row.",
  E("for the fourth year in a row", T(rises_in_a_row(s, 2025) == 4), "streak", ser_b("Westminster", minor="SHOPLIFTING"), "true"))
s = Y("Kingston upon Thames", "SEXUAL OFFENCES")
o("2026-03-31", "Sexual offences in Kingston have risen every single year since 2020.",
  E("risen every single year since 2020", F(rises_in_a_row(s, 2025) >= 5), "streak", ser_b("Kingston upon Thames", "SEXUAL OFFENCES") + ": 2023 fell", "false"))
