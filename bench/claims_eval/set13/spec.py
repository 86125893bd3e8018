"""set13 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs on claims or its tests, nor any other set's spec beyond
the format head of set9's, their inputs or reports). Every factual claim is true or false *by design*; holds() in
truth13.py checks that design against the raw files and raises if they disagree. The notes give the figures.
CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
from truth13 import (  # noqa: F401
    BOROUGHS32,
    O,
    U,
    cal,
    col_month_extremes,
    col_year,
    falls_in_a_row,
    fs,
    fs_month_extremes,
    fy,
    fyearly,
    gla_pop,
    holds,
    knife32,
    knife_all,
    knife_boroughs,
    last_higher,
    last_lower,
    london_rate,
    met_ss,
    months,
    mps,
    mps_by_borough,
    nyc,
    ons_knife,
    ons_knife_both,
    owid,
    pct,
    pct_is,
    rank_of,
    rate,
    rises_in_a_row,
    victims,
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
            assert (name, e[0]) not in CLASS, (name, e[0])
            assert e[0] in line, (name, e[0])
            CLASS[(name, e[0])] = e[4]
        body.append((line, [e[:4] for e in exps]))
    UNITS[name] = (as_of, body)


def one(name, as_of, line, *exps):
    add(name, as_of, [(line, list(exps))])


def T(flag):
    return holds(flag, "true")


def F(flag):
    return holds(flag, "false")


def NV(key, note="the open data holds no such measure"):
    return E(key, {U}, "unverifiable", note, "unverifiable")


def OP(key, note="a judgement with no checkable figure"):
    return E(key, {O}, "opinion", note, "opinion")


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def yr(b=None, **kw):
    return yearly(borough=b, **kw)


def chg(s, a, b):
    return f"{s[a]} vs {s[b]} = {pct(s[a], s[b]):+.1f}%"


# ====================================================================== a1 local paper: Hillingdon, calendar 2025
HI = "Hillingdon"
hi_all = yr(HI)
all24, all25 = mps_by_borough(mm=cal(2024)), mps_by_borough(mm=cal(2025))
rise25 = {b: pct(all25[b], all24[b]) for b in BOROUGHS32}
hi_shop = yr(HI, minor="SHOPLIFTING")
hi_traf = yr(HI, minor="TRAFFICKING OF DRUGS")
hi_tftp = yr(HI, minor="THEFT FROM THE PERSON")
hi_sex = yr(HI, major="SEXUAL OFFENCES")
hi_rape = yr(HI, minor="RAPE")
hi_burg = yr(HI, major="BURGLARY")
hi_veh = yr(HI, major="VEHICLE OFFENCES")
hi_car = yr(HI, minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
hi_cd = yr(HI, minor="CRIMINAL DAMAGE")
hi_vap = yr(HI, major="VIOLENCE AGAINST THE PERSON", years=(2025,))[2025]
hi_vwo = yr(HI, minor="VIOLENCE WITHOUT INJURY", years=(2025,))[2025]
hi_bizrob = yr(HI, minor="ROBBERY OF BUSINESS PROPERTY", years=(2024, 2025))
hi_2010 = mps(borough=HI, mm=months(2010, 4, 2010, 12))
add("a1_hillingdon_gazette_2025.txt", "2026-03-20", [
    ("Crime in Hillingdon climbs to a new high", [
        E("climbs to a new high", T(hi_all[2025] == max(hi_all.values()) and hi_2010 < hi_all[2025]), "record",
          f"Hillingdon all crime (NFIB fraud excluded) {ser(hi_all)}; Apr-Dec 2010 {hi_2010}", "true")]),
    ("Police in Hillingdon recorded 31,122 offences last year, about 6% more than the 29,313 logged in 2024.", [
        E("31,122 offences", T(hi_all[2025] == 31122 and hi_all[2024] == 29313 and pct_is(6, hi_all[2025], hi_all[2024])),
          "count", f"Hillingdon 2025 {chg(hi_all, 2025, 2024)}", "true")]),
    ("No other London borough saw a steeper percentage increase, according to the Metropolitan Police figures.", [
        E("steeper percentage increase", T(max(rise25, key=rise25.get) == HI), "rank",
          f"largest 2025 rises: {sorted(((round(v, 2), b) for b, v in rise25.items()), reverse=True)[:3]} (32 boroughs)", "true")]),
    ("The borough now records more crime than Islington, long seen as one of the busier inner-London areas.", [
        E("more crime than Islington", T(all25[HI] > all25["Islington"]), "compare",
          f"2025: Hillingdon {all25[HI]}, Islington {all25['Islington']}", "true")]),
    ("Shoplifting has more than doubled since 2022, reaching 3,059 offences.", [
        E("more than doubled since 2022", T(hi_shop[2025] > 2 * hi_shop[2022] and hi_shop[2025] == 3059), "change",
          f"Hillingdon shoplifting 2022 {hi_shop[2022]}, 2025 {hi_shop[2025]} (x{hi_shop[2025] / hi_shop[2022]:.2f})", "true")]),
    ("Drug dealing offences went from 380 to 809 in a single year.", [
        E("from 380 to 809", T(hi_traf[2024] == 380 and hi_traf[2025] == 809), "change",
          f"trafficking of drugs {chg(hi_traf, 2025, 2024)}", "true")]),
    ("Thefts from the person, which include phone snatches, rose by two-fifths.", [
        E("rose by two-fifths", T(pct_is(40, hi_tftp[2025], hi_tftp[2024], 1.5)), "change",
          f"theft from the person {chg(hi_tftp, 2025, 2024)}", "true")]),
    ("Sexual offences reached 944, the most ever recorded in the borough.", [
        E("the most ever recorded", T(hi_sex[2025] == 944 and hi_sex[2025] == max(hi_sex.values())), "record",
          f"sexual offences {ser(hi_sex)}", "true")]),
    ("Among them, rapes were up by a fifth, to 311.", [
        E("up by a fifth", F(pct_is(20, hi_rape[2025], hi_rape[2024], 1.5)), "change",
          f"rape {chg(hi_rape, 2025, 2024)}: about a sixth, not a fifth", "false")]),
    ("Burglary, by contrast, fell to its lowest level in fifteen years.", [
        E("lowest level in fifteen years", F(hi_burg[2025] == min(v for y, v in hi_burg.items() if y >= 2011)), "record",
          f"burglary {ser(hi_burg)}: 2021-2023 were all lower than 2025", "false")]),
    ("Vehicle crime dipped for a second successive year, to 3,606.", [
        E("second successive year", F(falls_in_a_row(hi_veh, 2025) >= 2), "streak",
          f"vehicle offences {ser(hi_veh)}: 2024 rose, so 2025 is a single fall", "false")]),
    ("But 1,149 cars were stolen or driven away, the highest number since records began.", [
        E("highest number since records began", T(hi_car[2025] == 1149 and hi_car[2025] == max(hi_car.values())), "record",
          f"theft or unauthorised taking of a motor vehicle {ser(hi_car)}", "true")]),
    ("Criminal damage fell by roughly a tenth.", [
        E("fell by roughly a tenth", T(pct_is(-10, hi_cd[2025], hi_cd[2024], 1.0)), "change",
          f"criminal damage {chg(hi_cd, 2025, 2024)}", "true")]),
    ("More than half of all violent offences in Hillingdon caused no injury.", [
        E("More than half", T(hi_vwo / hi_vap > 0.5), "share",
          f"violence without injury {hi_vwo} of violence against the person {hi_vap} = {100 * hi_vwo / hi_vap:.1f}%", "true")]),
    ("Robberies of shops and businesses were flat, at 252 against 253 the year before.", [
        E("were flat", T(hi_bizrob[2025] == 252 and hi_bizrob[2024] == 253), "equal",
          f"robbery of business property 2025 {hi_bizrob[2025]}, 2024 {hi_bizrob[2024]}", "true")]),
    ("Residents say it now takes officers more than 20 minutes to answer an emergency call in Uxbridge.", [
        NV("more than 20 minutes", "response times are not in any open file")]),
    ("Councillor Janet Ellery said: \"Hillingdon has been badly let down by City Hall, and our residents deserve far better.\"", [
        OP("badly let down by City Hall")]),
])

# ====================================================================== a2 council press release: Redbridge, FY 2024/25
RB = "Redbridge"
rb = fyearly(borough=RB)
rb_rop = fyearly(borough=RB, minor="ROBBERY OF PERSONAL PROPERTY")
rb_tfv = fyearly(borough=RB, minor="THEFT FROM A VEHICLE")
rb_veh = fyearly(borough=RB, major="VEHICLE OFFENCES")
rb_vwi = fyearly(borough=RB, minor="VIOLENCE WITH INJURY")
rb_burg = fyearly(borough=RB, major="BURGLARY")
rb_shop = fyearly(borough=RB, minor="SHOPLIFTING")
rb_traf = fyearly(borough=RB, minor="TRAFFICKING OF DRUGS")
rb_hom = fyearly(borough=RB, minor="HOMICIDE")
hv = fyearly(borough="Havering")
rb_cal = yr(RB, years=(2024,))[2024]
hv_cal = yr("Havering", years=(2024,))[2024]
add("a2_redbridge_council_fy2425.txt", "2025-05-20", [
    ("PRESS RELEASE: Redbridge crime down in 2024/25", []),
    ("Overall recorded crime in Redbridge fell by 2% in the financial year 2024/25, to 23,829 offences.", [
        E("fell by 2%", T(pct_is(-2, rb[2025], rb[2024])), "change", f"Redbridge FY {chg(rb, 2025, 2024)}", "true"),
        E("23,829 offences", T(rb[2025] == 23829), "count", f"FY 2024/25 {rb[2025]}", "true")]),
    ("Personal robberies were cut by almost a quarter, and thefts from vehicles dropped by more than a fifth.", [
        E("almost a quarter", T(-25 < pct(rb_rop[2025], rb_rop[2024]) < -22), "change",
          f"robbery of personal property FY {chg(rb_rop, 2025, 2024)}", "true"),
        E("more than a fifth", T(pct(rb_tfv[2025], rb_tfv[2024]) < -20), "change",
          f"theft from a vehicle FY {chg(rb_tfv, 2025, 2024)}", "true")]),
    ("Vehicle crime as a whole is at its lowest level since 2015/16.", [
        E("lowest level since 2015/16", T(last_lower(rb_veh, 2025) == 2016), "record",
          f"vehicle offences by FY (keyed by end year) {ser(rb_veh)}", "true")]),
    ("Violence with injury fell by around 16%.", [
        E("around 16%", T(pct_is(-16, rb_vwi[2025], rb_vwi[2024])), "change",
          f"violence with injury FY {chg(rb_vwi, 2025, 2024)}", "true")]),
    ("There was no rise in burglary either.", [
        E("no rise in burglary", F(rb_burg[2025] <= rb_burg[2024]), "direction",
          f"burglary FY {chg(rb_burg, 2025, 2024)}: it rose", "false")]),
    ("Shoplifting, however, went up by more than a third, and drug dealing offences rose by 40%.", [
        E("more than a third", T(pct(rb_shop[2025], rb_shop[2024]) > 33.4), "change",
          f"shoplifting FY {chg(rb_shop, 2025, 2024)}", "true"),
        E("rose by 40%", T(pct_is(40, rb_traf[2025], rb_traf[2024])), "change",
          f"trafficking of drugs FY {chg(rb_traf, 2025, 2024)}", "true")]),
    ("Sadly two people lost their lives to homicide, after a year in which there were none.", [
        E("two people lost their lives", T(rb_hom[2025] == 2 and rb_hom[2024] == 0), "count",
          f"homicide FY 2024/25 {rb_hom[2025]}, FY 2023/24 {rb_hom[2024]}", "true")]),
    ("Redbridge also recorded fewer offences than neighbouring Havering.", [
        E("fewer offences than neighbouring Havering", F(rb[2025] < hv[2025] or rb_cal < hv_cal), "compare",
          f"FY 2024/25 Redbridge {rb[2025]}, Havering {hv[2025]}; calendar 2024 {rb_cal} vs {hv_cal}: Redbridge has more on both", "false")]),
    ("Arrests for shoplifting in the borough rose by 30% over the year.", [
        NV("rose by 30%", "arrests are not published by borough (the custody file has no borough)")]),
    ("The council funded 22 extra officers for town-centre patrols.", [
        NV("22 extra officers", "officer numbers are not in the open data")]),
    ("Cabinet member Sam Okafor said: \"Redbridge remains one of the safest places to live in east London.\"", [
        OP("one of the safest places")]),
])

# ====================================================================== a3 radio phone-in: knife crime, FY 2024/25 (dashboard)
kb24, kb25 = knife_boroughs(fy(2024)), knife_boroughs(fy(2025))
k24 = {b: kb24[b] for b in BOROUGHS32}
k25 = {b: kb25[b] for b in BOROUGHS32}
kch = {b: pct(k25[b], k24[b]) for b in BOROUGHS32}
kt32 = (knife32(fy(2025)), knife32(fy(2024)))
kta = (knife_all(fy(2025)), knife_all(fy(2024)))
add("a3_radio_knife_phonein.txt", "2025-05-02", [
    ("PRESENTER: Let's go through the knife crime figures for 2024/25 that the Met put out.", []),
    ("PRESENTER: Lambeth had more knife crime than anywhere else in London, 948 offences, nudging Westminster into second place.", [
        E("more knife crime than anywhere else", T(max(k25, key=k25.get) == "Lambeth"), "rank",
          f"knife crime FY 2024/25 top: {sorted(k25.items(), key=lambda x: -x[1])[:3]}", "true"),
        E("948 offences", T(k25["Lambeth"] == 948), "count", f"Lambeth {k25['Lambeth']}", "true"),
        E("Westminster into second place", T(rank_of("Westminster", k25) == 2), "rank",
          f"Westminster {k25['Westminster']}, rank {rank_of('Westminster', k25)}", "true")]),
    ("CALLER (Dave, Thornton Heath): Croydon used to be number one, it was top the year before.", [
        E("it was top the year before", F(max(k24, key=k24.get) == "Croydon"), "rank",
          f"FY 2023/24 top: {sorted(k24.items(), key=lambda x: -x[1])[:2]}: Westminster, not Croydon", "false")]),
    ("PRESENTER: Well, Croydon's figure went down by about 14 per cent.", [
        E("about 14 per cent", T(pct_is(-14, k25["Croydon"], k24["Croydon"])), "change",
          f"Croydon {k25['Croydon']} vs {k24['Croydon']} = {kch['Croydon']:+.1f}%", "true")]),
    ("PRESENTER: Hillingdon had the biggest rise of any borough, nearly 40 per cent.", [
        E("biggest rise of any borough", T(max(kch, key=kch.get) == "Hillingdon"), "rank",
          f"largest rises: {sorted(((round(v, 1), b) for b, v in kch.items()), reverse=True)[:3]}", "true"),
        E("nearly 40 per cent", T(37 < kch["Hillingdon"] < 40), "change",
          f"Hillingdon {k25['Hillingdon']} vs {k24['Hillingdon']} = {kch['Hillingdon']:+.1f}%", "true")]),
    ("CALLER (Amira, Catford): And Lewisham went up by more than half, didn't it?", [
        E("more than half", F(kch["Lewisham"] > 50), "change",
          f"Lewisham {k25['Lewisham']} vs {k24['Lewisham']} = {kch['Lewisham']:+.1f}%", "false")]),
    ("PRESENTER: Up by over a third, Amira, not half. Kingston recorded the fewest knife offences of all.", [
        E("Up by over a third", T(kch["Lewisham"] > 33.4), "change", f"Lewisham {kch['Lewisham']:+.1f}%", "true"),
        E("the fewest knife offences", T(min(k25, key=k25.get) == "Kingston upon Thames"), "rank",
          f"fewest: {sorted(k25.items(), key=lambda x: x[1])[:3]}", "true")]),
    ("PRESENTER: Across the capital as a whole, knife crime rose by around 7 per cent.", [
        E("rose by around 7 per cent", T(pct_is(7, *kta) and pct_is(7, *kt32)), "change",
          f"all borough-level rows {kta[0]} vs {kta[1]} = {pct(*kta):+.1f}%; 32 boroughs only {kt32[0]} vs {kt32[1]} = {pct(*kt32):+.1f}%", "true")]),
    ("PRESENTER: Newham had more than Southwark and Croydon, and Wandsworth saw the steepest fall.", [
        E("more than Southwark and Croydon", T(k25["Newham"] > k25["Southwark"] and k25["Newham"] > k25["Croydon"]), "compare",
          f"Newham {k25['Newham']}, Southwark {k25['Southwark']}, Croydon {k25['Croydon']}", "true"),
        E("steepest fall", T(min(kch, key=kch.get) == "Wandsworth"), "rank",
          f"largest falls: {sorted((round(v, 1), b) for b, v in kch.items())[:3]}", "true")]),
    ("CALLER (Dave): Stop and search is the only thing that actually works, everybody knows that.", [
        OP("the only thing that actually works")]),
    ("CALLER (Amira): Most of these knives are bought online by kids.", [
        NV("bought online", "where knives were bought is not recorded in the open data")]),
    ("CALLER (Amira): And half the stabbings never get reported at all.", [
        NV("never get reported", "unreported crime is not in police-recorded data")]),
])

# ====================================================================== a4 campaign leaflet: South Yorkshire vs others, Jan-Nov 2022
SY, MS, SW, DP, CU, BT = "south-yorkshire", "merseyside", "south-wales", "dyfed-powys", "cumbria", "btp"
sy_all, sy_co = fs(SY), fs(SY, crime_only=True)
(sy_hi_w, sy_hi_wo), (sy_lo_w, sy_lo_wo) = fs_month_extremes(SY)
sy_m_w = [fs(SY, mm=[m]) for m in months(2022, 2, 2022, 5)]
sy_m_wo = [fs(SY, mm=[m], crime_only=True) for m in months(2022, 2, 2022, 5)]
VSO = "Violence and sexual offences"
add("a4_sheffield_leaflet_2022.txt", "2022-12-28", [
    ("SAFER STREETS FOR SOUTH YORKSHIRE - a leaflet from the Hallam Residents' Alliance", []),
    ("Between January and November this year South Yorkshire Police recorded more than 145,000 crimes.", [
        E("more than 145,000 crimes", T(sy_co > 145000 and sy_all > 145000), "count",
          f"South Yorkshire Jan-Nov 2022: {sy_co} crimes without ASB, {sy_all} with ASB", "true")]),
    ("That included almost twice as many burglaries as Merseyside, a force covering a similar population.", [
        E("almost twice as many burglaries", T(1.8 <= fs(SY, "Burglary") / fs(MS, "Burglary") < 2.0), "compare",
          f"burglary SY {fs(SY, 'Burglary')}, Merseyside {fs(MS, 'Burglary')} (x{fs(SY, 'Burglary') / fs(MS, 'Burglary'):.2f})", "true")]),
    ("We also had 50% more robberies than Merseyside, and over 12,000 vehicle crimes.", [
        E("50% more robberies", T(pct_is(50, fs(SY, "Robbery"), fs(MS, "Robbery"))), "compare",
          f"robbery SY {fs(SY, 'Robbery')}, Merseyside {fs(MS, 'Robbery')} = {pct(fs(SY, 'Robbery'), fs(MS, 'Robbery')):+.1f}%", "true"),
        E("over 12,000 vehicle crimes", T(fs(SY, "Vehicle crime") > 12000), "count", f"vehicle crime SY {fs(SY, 'Vehicle crime')}", "true")]),
    ("Merseyside, for its part, recorded over three times as many drug offences as we did.", [
        E("over three times as many drug offences", T(fs(MS, "Drugs") > 3 * fs(SY, "Drugs")), "compare",
          f"drugs Merseyside {fs(MS, 'Drugs')}, SY {fs(SY, 'Drugs')} (x{fs(MS, 'Drugs') / fs(SY, 'Drugs'):.2f})", "true")]),
    ("South Yorkshire also recorded more violence and sexual offences than Merseyside.", [
        E("more violence and sexual offences than Merseyside", F(fs(SY, VSO) > fs(MS, VSO)), "compare",
          f"violence and sexual offences SY {fs(SY, VSO)}, Merseyside {fs(MS, VSO)}", "false")]),
    ("Violence and sexual offences made up more than a third of all crime in the county.", [
        E("more than a third", T(fs(SY, VSO) / sy_co > 1 / 3 and fs(SY, VSO) / sy_all > 1 / 3), "share",
          f"SY VSO {fs(SY, VSO)} / {sy_co} without ASB = {100 * fs(SY, VSO) / sy_co:.1f}%, / {sy_all} with ASB = {100 * fs(SY, VSO) / sy_all:.1f}%", "true")]),
    ("May was the busiest month and February the quietest.", [
        E("May was the busiest month", T(sy_hi_w == sy_hi_wo == "202205"), "rank",
          f"busiest month with ASB {sy_hi_w}, without {sy_hi_wo}", "true"),
        E("February the quietest", T(sy_lo_w == sy_lo_wo == "202202"), "rank",
          f"quietest month with ASB {sy_lo_w}, without {sy_lo_wo}", "true")]),
    ("Crime rose every single month from February through to May.", [
        E("rose every single month", F(all(b > a for a, b in zip(sy_m_w, sy_m_w[1:])) or all(b > a for a, b in zip(sy_m_wo, sy_m_wo[1:]))), "streak",
          f"Feb-May with ASB {sy_m_w}, without {sy_m_wo}: April fell", "false")]),
    ("On top of that came 22,918 reports of anti-social behaviour, more than Merseyside and Cumbria put together.", [
        E("22,918 reports", T(fs(SY, "Anti-social behaviour") == 22918), "count", f"ASB SY {fs(SY, 'Anti-social behaviour')}", "true"),
        E("more than Merseyside and Cumbria put together", T(fs(SY, "Anti-social behaviour") > fs(MS, "Anti-social behaviour") + fs(CU, "Anti-social behaviour")),
          "compare", f"ASB Merseyside {fs(MS, 'Anti-social behaviour')} + Cumbria {fs(CU, 'Anti-social behaviour')}", "true")]),
    ("Our shoplifting total was even higher than South Wales's.", [
        E("higher than South Wales's", T(fs(SY, "Shoplifting") > fs(SW, "Shoplifting")), "compare",
          f"shoplifting SY {fs(SY, 'Shoplifting')}, South Wales {fs(SW, 'Shoplifting')}", "true")]),
    ("It takes an average of three weeks for a burglary victim in Sheffield to see an officer.", [
        NV("three weeks", "attendance times are not in the open data")]),
    ("The Police and Crime Commissioner has failed this county.", [OP("failed this county")]),
])

# ====================================================================== a5 blog: City of London, 2025 vs 2024
def cy(t, y):
    return col_year(y, t)


c_tftp = (cy("Theft from the person", 2025), cy("Theft from the person", 2024))
c_shop = (cy("Shoplifting", 2025), cy("Shoplifting", 2024))
c_burg = (cy("Burglary", 2025), cy("Burglary", 2024))
c_rob = (cy("Robbery", 2025), cy("Robbery", 2024))
c_bike = (cy("Bicycle theft", 2025), cy("Bicycle theft", 2024))
c_drug = (cy("Drugs", 2025), cy("Drugs", 2024))
c_po = (cy("Public order", 2025), cy("Public order", 2024))
c_cd = (cy("Criminal damage and arson", 2025), cy("Criminal damage and arson", 2024))
c_pw = (cy("Possession of weapons", 2025), cy("Possession of weapons", 2024))
c_veh = cy("Vehicle crime", 2025)
c_types = {t: cy(t, 2025) for t in ("Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs", "Other crime", "Other theft",
                                    "Possession of weapons", "Public order", "Robbery", "Shoplifting", "Theft from the person",
                                    "Vehicle crime", VSO)}
(c_hi_w, c_hi_wo), (c_lo_w, c_lo_wo) = col_month_extremes(2025)
add("a5_square_mile_blog_2025.txt", "2026-02-10", [
    ("Square Mile crime in 2025: what the City of London Police data shows", []),
    ("Phone and bag snatching is down: theft from the person in the City fell by almost a fifth last year.", [
        E("fell by almost a fifth", T(-20 < pct(*c_tftp) < -17), "change", f"City theft from the person {c_tftp[0]} vs {c_tftp[1]} = {pct(*c_tftp):+.1f}%", "true")]),
    ("Shoplifting was down roughly 10%, and drug offences by almost a fifth.", [
        E("down roughly 10%", T(pct_is(-10, *c_shop)), "change", f"shoplifting {c_shop[0]} vs {c_shop[1]} = {pct(*c_shop):+.1f}%", "true"),
        E("drug offences by almost a fifth", T(-20 < pct(*c_drug) < -17), "change", f"drugs {c_drug[0]} vs {c_drug[1]} = {pct(*c_drug):+.1f}%", "true")]),
    ("The bad news: burglaries jumped by more than a third, to 459, and robberies rose by more than a quarter.", [
        E("jumped by more than a third", T(pct(*c_burg) > 33.4 and c_burg[0] == 459), "change", f"burglary {c_burg[0]} vs {c_burg[1]} = {pct(*c_burg):+.1f}%", "true"),
        E("rose by more than a quarter", T(pct(*c_rob) > 25), "change", f"robbery {c_rob[0]} vs {c_rob[1]} = {pct(*c_rob):+.1f}%", "true")]),
    ("There were 236 robberies, well above the 2019 figure.", [
        E("well above the 2019 figure", T(c_rob[0] == 236 and c_rob[0] > cy("Robbery", 2019)), "compare",
          f"robbery 2025 {c_rob[0]}, 2019 {cy('Robbery', 2019)}", "true")]),
    ("Bicycle thefts rose by 21%.", [
        E("rose by 21%", T(pct_is(21, *c_bike)), "change", f"bicycle theft {c_bike[0]} vs {c_bike[1]} = {pct(*c_bike):+.1f}%", "true")]),
    ("Other theft remained the largest category, with violence and sexual offences second.", [
        E("remained the largest category", T(max(c_types, key=c_types.get) == "Other theft"), "rank",
          f"2025 by type: {sorted(c_types.items(), key=lambda x: -x[1])[:4]}", "true"),
        E("violence and sexual offences second", T(rank_of(VSO, c_types) == 2), "rank", f"VSO {c_types[VSO]}", "true")]),
    ("Public order offences doubled, and criminal damage went up as well.", [
        E("Public order offences doubled", F(c_po[0] >= 1.9 * c_po[1]), "change", f"public order {c_po[0]} vs {c_po[1]} = {pct(*c_po):+.1f}%", "false"),
        E("criminal damage went up", F(c_cd[0] > c_cd[1]), "direction", f"criminal damage and arson {c_cd[0]} vs {c_cd[1]}: it fell", "false")]),
    ("Weapons possession offences halved.", [
        E("halved", F(45 <= 100 * (1 - c_pw[0] / c_pw[1]) <= 55), "change", f"possession of weapons {c_pw[0]} vs {c_pw[1]} = {pct(*c_pw):+.1f}%", "false")]),
    ("Vehicle crime, never a big problem here, came in under 100 offences for the whole year.", [
        E("under 100 offences", T(c_veh < 100), "count", f"vehicle crime 2025 {c_veh}", "true")]),
    ("December was the busiest month, January the quietest.", [
        E("December was the busiest month", T(c_hi_w == c_hi_wo == "202512"), "rank", f"busiest with ASB {c_hi_w}, without {c_hi_wo}", "true"),
        E("January the quietest", T(c_lo_w == c_lo_wo == "202501"), "rank", f"quietest with ASB {c_lo_w}, without {c_lo_wo}", "true")]),
    ("Most of the victims of pickpockets are tourists, according to officers I spoke to.", [
        NV("are tourists", "victims' residence is not recorded in the open data")]),
    ("For all that, the City is still one of the safest places to work in Britain.", [OP("one of the safest places to work")]),
])

# ====================================================================== a6 broadsheet: London homicide victims 2022 + international
vy = victims_years()
m21, m22 = victims_by(2021, "Method_of_Killing"), victims_by(2022, "Method_of_Killing")
s21, s22 = victims_by(2021, "Sex"), victims_by(2022, "Sex")
d21, d22 = victims_by(2021, "Domestic_Abuse"), victims_by(2022, "Domestic_Abuse")
a21, a22 = victims_by(2021, "Age_Group"), victims_by(2022, "Age_Group")
sol22 = victims_by(2022, "Solved_Status")
bor22 = victims_by(2022, "Borough")
KN = "Knife or Sharp Implement"
YA = "Adolescent/Young Adult"
ew21, us21, fr21, de21, jp21 = (owid(c, 2021) for c in ("England and Wales", "United States", "France", "Germany", "Japan"))
add("a6_broadsheet_homicide_2022.txt", "2023-05-15", [
    ("Analysis: London's killings fell in 2022. How does the capital compare?", []),
    ("The Metropolitan Police recorded 106 homicide victims in 2022, down from 131 in 2021.", [
        E("106 homicide victims", T(vy[2022] == 106 and vy[2021] == 131), "count", f"victims 2022 {vy[2022]}, 2021 {vy[2021]}", "true")]),
    ("That is roughly half the 2003 toll, although it is not, as some have claimed, the lowest since records began in 2003.", [
        E("roughly half the 2003 toll", T(0.45 <= vy[2022] / vy[2003] <= 0.55), "compare", f"2003 {vy[2003]}, 2022 {vy[2022]} ({vy[2022] / vy[2003]:.2f})", "true"),
        E("not, as some have claimed, the lowest", T(min(vy[y] for y in range(2003, 2023)) < vy[2022]), "record",
          f"victims by year {ser({y: vy[y] for y in range(2003, 2023)})}: 2014 (84) was lower; the sentence denies a false record, so it is true", "true")]),
    ("Two in three victims were killed with a knife or other sharp implement.", [
        E("Two in three", T(abs(m22[KN] / vy[2022] - 2 / 3) < 0.02), "share", f"knife {m22[KN]} of {vy[2022]} = {100 * m22[KN] / vy[2022]:.1f}%", "true")]),
    ("Knife killings fell by almost a quarter, while the number of shootings was unchanged at ten.", [
        E("fell by almost a quarter", T(-25 < pct(m22[KN], m21[KN]) < -22), "change", f"knife {m22[KN]} vs {m21[KN]} = {pct(m22[KN], m21[KN]):+.1f}%", "true"),
        E("unchanged at ten", T(m22["Shooting"] == m21["Shooting"] == 10), "equal", f"shooting 2022 {m22['Shooting']}, 2021 {m21['Shooting']}", "true")]),
    ("Twenty-eight women and girls were killed, one fewer than the year before.", [
        E("one fewer than the year before", T(s22["Female"] == 28 and s21["Female"] == 29), "change", f"female victims 2022 {s22['Female']}, 2021 {s21['Female']}", "true")]),
    ("Domestic homicides dropped by almost 30%.", [
        E("almost 30%", T(-30 < pct(d22["Domestic Abuse"], d21["Domestic Abuse"]) < -27), "change",
          f"domestic abuse victims {d22['Domestic Abuse']} vs {d21['Domestic Abuse']} = {pct(d22['Domestic Abuse'], d21['Domestic Abuse']):+.1f}%", "true")]),
    ("The number of teenage and young adult victims halved.", [
        E("victims halved", F(45 <= 100 * (1 - a22[YA] / a21[YA]) <= 55), "change",
          f"Adolescent/Young Adult {a22[YA]} vs {a21[YA]} = {pct(a22[YA], a21[YA]):+.1f}%: a fall of about two-fifths, not half", "false")]),
    ("About one in five of last year's killings remains unsolved.", [
        E("one in five", T(abs(sol22["Unsolved"] / vy[2022] - 0.2) < 0.02), "share", f"unsolved {sol22['Unsolved']} of {vy[2022]} = {100 * sol22['Unsolved'] / vy[2022]:.1f}%", "true")]),
    ("Ealing and Brent had the most victims, nine each.", [
        E("had the most victims", T(bor22["Ealing"] == bor22["Brent"] == 9 == max(bor22.values())), "rank", f"2022 top boroughs: {bor22.most_common(4)}", "true")]),
    ("Internationally, the US homicide rate in 2021 was nearly six times that of England and Wales.", [
        E("nearly six times", T(5.5 <= us21 / ew21 < 6.0), "compare", f"OWID/UNODC 2021: US {us21:.2f}, England and Wales {ew21:.2f} (x{us21 / ew21:.2f})", "true")]),
    ("France's rate was slightly lower than ours, and Germany's was higher.", [
        E("France's rate was slightly lower", T(fr21 < ew21), "compare", f"2021 France {fr21:.2f}, England and Wales {ew21:.2f}", "true"),
        E("Germany's was higher", F(de21 > ew21), "compare", f"2021 Germany {de21:.2f} vs England and Wales {ew21:.2f}: lower", "false")]),
    ("Japan's rate was about a fifth of the English and Welsh figure.", [
        E("about a fifth", T(0.18 <= jp21 / ew21 <= 0.22), "compare", f"2021 Japan {jp21:.2f} / {ew21:.2f} = {jp21 / ew21:.2f}", "true")]),
    ("Detectives believe around half of the killings were linked to gangs.", [
        NV("linked to gangs", "gang links are not recorded in the victims file")]),
    ("The Met deserves real credit for turning the tide.", [OP("deserves real credit")]),
])

# ====================================================================== a7 newsletter: Havering, Bexley, Barking and Dagenham, 2025
HV, BX, BD = "Havering", "Bexley", "Barking and Dagenham"
hv_all, bx_all = yr(HV), yr(BX)
hv_burg = yr(HV, major="BURGLARY")
hv_rob = yr(HV, major="ROBBERY", years=(2024, 2025))
hv_brob = yr(HV, minor="ROBBERY OF BUSINESS PROPERTY", years=(2024, 2025))
bx_veh = yr(BX, major="VEHICLE OFFENCES", years=(2024, 2025))
bx_tfv = yr(BX, minor="THEFT FROM A VEHICLE", years=(2024, 2025))
bx_traf = yr(BX, minor="TRAFFICKING OF DRUGS", years=(2024, 2025))
bx_rape = yr(BX, minor="RAPE", years=(2024, 2025))
shop3 = {b: yr(b, minor="SHOPLIFTING", years=(2024, 2025)) for b in (HV, BX, BD)}
rates3 = {b: rate(b, 2025) for b in (HV, BX, BD)}
hv_2010 = mps(borough=HV, major="BURGLARY", mm=months(2010, 4, 2010, 12))
add("a7_outer_east_newsletter_2025.txt", "2026-03-25", [
    ("OUTER EAST LONDON RESIDENTS' NEWSLETTER - spring 2026", []),
    ("Havering's crime total dropped by more than 5% in 2025.", [
        E("dropped by more than 5%", T(pct(hv_all[2025], hv_all[2024]) < -5), "change", f"Havering {chg(hv_all, 2025, 2024)}", "true")]),
    ("Burglary there fell by more than a quarter, to its lowest level since records began.", [
        E("fell by more than a quarter", T(pct(hv_burg[2025], hv_burg[2024]) < -25), "change", f"burglary {chg(hv_burg, 2025, 2024)}", "true"),
        E("lowest level since records began", T(hv_burg[2025] == min(hv_burg.values())), "record",
          f"Havering burglary {ser(hv_burg)}; Apr-Dec 2010 {hv_2010}", "true")]),
    ("Robbery, though, rose by around 16%, and robberies of shops and businesses went up by half.", [
        E("rose by around 16%", T(pct_is(16, hv_rob[2025], hv_rob[2024])), "change", f"robbery {chg(hv_rob, 2025, 2024)}", "true"),
        E("went up by half", T(pct_is(50, hv_brob[2025], hv_brob[2024], 1.5)), "change", f"business robbery {chg(hv_brob, 2025, 2024)}", "true")]),
    ("In Bexley, vehicle crime fell by nearly 30% and thefts from cars by more than a third.", [
        E("fell by nearly 30%", T(-30 < pct(bx_veh[2025], bx_veh[2024]) < -28), "change", f"Bexley vehicle offences {chg(bx_veh, 2025, 2024)}", "true"),
        E("by more than a third", T(pct(bx_tfv[2025], bx_tfv[2024]) < -33.4), "change", f"theft from a vehicle {chg(bx_tfv, 2025, 2024)}", "true")]),
    ("Drug dealing in Bexley was up by over 60%, and rapes rose by almost a quarter.", [
        E("up by over 60%", T(pct(bx_traf[2025], bx_traf[2024]) > 60), "change", f"trafficking {chg(bx_traf, 2025, 2024)}", "true"),
        E("rose by almost a quarter", T(21 < pct(bx_rape[2025], bx_rape[2024]) < 25), "change", f"rape {chg(bx_rape, 2025, 2024)}", "true")]),
    ("Bexley recorded fewer crimes than Havering, and it had the lowest crime rate per resident of the three boroughs.", [
        E("fewer crimes than Havering", T(bx_all[2025] < hv_all[2025]), "compare", f"2025 Bexley {bx_all[2025]}, Havering {hv_all[2025]}", "true"),
        E("lowest crime rate per resident", T(min(rates3, key=rates3.get) == BX), "rate",
          f"per 1,000 (GLA 2025): {', '.join(f'{b} {v:.1f}' for b, v in rates3.items())}", "true")]),
    ("Barking and Dagenham had the highest rate of the three.", [
        E("highest rate of the three", T(max(rates3, key=rates3.get) == BD), "rate", f"B&D {rates3[BD]:.1f} per 1,000", "true")]),
    ("Shoplifting went up in all three boroughs.", [
        E("went up in all three boroughs", F(all(s[2025] > s[2024] for s in shop3.values())), "direction",
          f"shoplifting 2024 -> 2025: {', '.join(f'{b} {s[2024]} -> {s[2025]}' for b, s in shop3.items())}: it fell in all three", "false")]),
    ("Our neighbourhood officers spend a third of their shifts abstracted to central London.", [
        NV("a third of their shifts", "abstraction rates are not in the open data")]),
    ("The Met has simply abandoned the suburbs.", [OP("abandoned the suburbs")]),
])

# ====================================================================== a8 blog: south-west London bikes and cars, 2025
RI, KI, ME, SU = "Richmond upon Thames", "Kingston upon Thames", "Merton", "Sutton"
bike = {b: yr(b, minor="BICYCLE THEFT") for b in (RI, KI, ME, SU)}
bike25 = mps_by_borough(minor="BICYCLE THEFT", mm=cal(2025))
su_veh = yr(SU, major="VEHICLE OFFENCES")
su_all = yr(SU, years=(2024, 2025))
ki_shop = yr(KI, minor="SHOPLIFTING")
me_rop = yr(ME, minor="ROBBERY OF PERSONAL PROPERTY", years=(2024, 2025))
rates32 = {b: rate(b, 2025) for b in BOROUGHS32}
rise_rank_ki = sorted(rise25, key=rise25.get, reverse=True).index(KI) + 1
add("a8_sw_london_cycling_blog_2025.txt", "2026-03-10", [
    ("Pedal power: is bike theft finally falling in south-west London?", []),
    ("Good news first. Richmond's bike thefts fell by almost a fifth in 2025, to 381.", [
        E("fell by almost a fifth", T(-20 < pct(bike[RI][2025], bike[RI][2024]) < -17 and bike[RI][2025] == 381), "change",
          f"Richmond bicycle theft {chg(bike[RI], 2025, 2024)}", "true")]),
    ("In Kingston they have more than halved since 2019.", [
        E("more than halved since 2019", T(bike[KI][2025] < bike[KI][2019] / 2), "change", f"Kingston bicycle theft 2019 {bike[KI][2019]}, 2025 {bike[KI][2025]}", "true")]),
    ("Sutton recorded fewer than 100, while Merton's total was flat.", [
        E("fewer than 100", T(bike[SU][2025] < 100), "count", f"Sutton bicycle theft 2025 {bike[SU][2025]}", "true"),
        E("Merton's total was flat", T(abs(bike[ME][2025] - bike[ME][2024]) <= 2), "equal", f"Merton {bike[ME][2025]} vs {bike[ME][2024]}", "true")]),
    ("Richmond still has more bike theft than Kingston, and it is still among the ten worst boroughs for it.", [
        E("more bike theft than Kingston", T(bike[RI][2025] > bike[KI][2025]), "compare", f"Richmond {bike[RI][2025]}, Kingston {bike[KI][2025]}", "true"),
        E("among the ten worst boroughs", F(rank_of(RI, bike25) <= 10), "rank",
          f"Richmond's 2025 bicycle-theft rank among 32 boroughs: {rank_of(RI, bike25)} (top: {sorted(bike25.items(), key=lambda x: -x[1])[:10]})", "false")]),
    ("Car crime in Sutton has now fallen for three years in a row.", [
        E("three years in a row", T(falls_in_a_row(su_veh, 2025) == 3), "streak", f"Sutton vehicle offences {ser(su_veh)}", "true")]),
    ("Overall, Sutton's crime was flat in 2025.", [
        E("Sutton's crime was flat", T(abs(pct(su_all[2025], su_all[2024])) < 0.5), "equal", f"Sutton {su_all[2025]} vs {su_all[2024]}", "true")]),
    ("Kingston's shoplifting reached 1,644, the highest since the series began.", [
        E("highest since the series began", T(ki_shop[2025] == 1644 and ki_shop[2025] == max(ki_shop.values())), "record", f"Kingston shoplifting {ser(ki_shop)}", "true")]),
    ("Kingston's total crime rose by 6%, the second-steepest rise in London, yet it still has less crime than Merton.", [
        E("rose by 6%", T(pct_is(6, all25[KI], all24[KI])), "change", f"Kingston {all25[KI]} vs {all24[KI]} = {rise25[KI]:+.1f}%", "true"),
        E("second-steepest rise in London", T(rise_rank_ki == 2), "rank", f"Kingston's rise ranks {rise_rank_ki} of 32", "true"),
        E("less crime than Merton", T(all25[KI] < all25[ME]), "compare", f"Kingston {all25[KI]}, Merton {all25[ME]}", "true")]),
    ("In Merton, street robberies of personal property fell by a quarter.", [
        E("fell by a quarter", T(pct_is(-25, me_rop[2025], me_rop[2024], 1.5)), "change", f"Merton robbery of personal property {chg(me_rop, 2025, 2024)}", "true")]),
    ("And Richmond has the lowest crime rate per resident of any London borough, as well as the fewest offences.", [
        E("lowest crime rate per resident", T(min(rates32, key=rates32.get) == RI), "rate",
          f"lowest rates per 1,000: {sorted((round(v, 1), b) for b, v in rates32.items())[:3]}", "true"),
        E("the fewest offences", T(min(all25, key=all25.get) == RI), "rank", f"fewest 2025: {sorted(all25.items(), key=lambda x: x[1])[:3]}", "true")]),
    ("Most stolen bikes end up sold on Facebook Marketplace within a week.", [
        NV("sold on Facebook Marketplace", "what happens to stolen bikes is not in the open data")]),
    ("Honestly, the cycle hangars on our street have made all the difference.", [OP("made all the difference")]),
])


# ====================================================================== one-liners
def ys(b, y0=2024, y1=2025, **kw):
    return yr(b, years=range(y0, y1 + 1), **kw)


def ln(i, as_of, line, *exps):
    one(f"o{i:02d}.txt", as_of, line, *exps)


AS = "2026-03-15"
s = ys("Barking and Dagenham", minor="SHOPLIFTING")
ln(1, AS, "Shoplifting in Barking and Dagenham went up again in 2025, according to the local Conservatives.",
   E("went up again in 2025", F(s[2025] > s[2024]), "direction", f"B&D shoplifting {chg(s, 2025, 2024)}: it fell by a third", "false"))
s = ys("Barking and Dagenham", minor="HOMICIDE")
ln(2, AS, "Not one homicide was recorded in Barking and Dagenham last year.",
   E("Not one homicide", T(s[2025] == 0), "count", f"B&D homicide 2025 {s[2025]} (2024 {s[2024]})", "true"))
s = ys("Barnet", minor="TRAFFICKING OF DRUGS")
ln(3, AS, "Drug dealing offences in Barnet actually fell in 2025, the council's community safety lead told members.",
   E("actually fell in 2025", F(s[2025] < s[2024]), "direction", f"Barnet trafficking {chg(s, 2025, 2024)}", "false"))
s = ys("Brent", 2023, minor="THEFT FROM THE PERSON")
ln(4, AS, "Phone snatches and pickpocketing in Brent more than doubled between 2023 and 2025.",
   E("more than doubled", F(s[2025] > 2 * s[2023]), "change", f"Brent theft from the person 2023 {s[2023]}, 2025 {s[2025]} (x{s[2025] / s[2023]:.2f})", "false"))
s = ys("Camden", major="ROBBERY")
ln(5, AS, "Robberies in Camden rose by 22% in 2025.",
   E("rose by 22%", F(s[2025] > s[2024]), "change", f"Camden robbery {chg(s, 2025, 2024)}: a 22% fall, not a rise", "false"))
s = yr("Croydon", minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
ln(6, AS, "Croydon saw 1,771 cars stolen in 2025, the most on record.",
   E("the most on record", T(s[2025] == 1771 and s[2025] == max(s.values())), "record", f"Croydon theft or taking of a motor vehicle {ser(s)}", "true"))
s = ys("Croydon", minor="SHOPLIFTING")
ln(7, AS, "Shoplifting in Croydon fell by a quarter in 2025.",
   E("fell by a quarter", T(pct_is(-25, s[2025], s[2024])), "change", f"Croydon shoplifting {chg(s, 2025, 2024)}", "true"))
vwi = mps_by_borough(minor="VIOLENCE WITH INJURY", mm=cal(2025))
ln(8, AS, "Ealing recorded more violence with injury than Brent last year.",
   E("more violence with injury than Brent", T(vwi["Ealing"] > vwi["Brent"]), "compare", f"2025 Ealing {vwi['Ealing']}, Brent {vwi['Brent']}", "true"))
rob = mps_by_borough(major="ROBBERY", mm=cal(2025))
ln(9, AS, "Enfield now records more robberies than Hackney.",
   E("more robberies than Hackney", F(rob["Enfield"] > rob["Hackney"]), "compare", f"2025 robbery Enfield {rob['Enfield']}, Hackney {rob['Hackney']}", "false"))
ln(10, AS, "Greenwich's crime total rose by more than 5% last year.",
   E("rose by more than 5%", F(rise25["Greenwich"] > 5), "change", f"Greenwich {all25['Greenwich']} vs {all24['Greenwich']} = {rise25['Greenwich']:+.2f}%", "false"))
ln(11, AS, "Hackney had more bike thefts than any other London borough in 2025.",
   E("more bike thefts than any other", T(max(bike25, key=bike25.get) == "Hackney"), "rank", f"top: {sorted(bike25.items(), key=lambda x: -x[1])[:3]}", "true"))
s = ys("Hackney", 2024, minor="HOMICIDE")
ln(12, AS, "Homicides in Hackney doubled in 2025.",
   E("doubled in 2025", F(s[2025] >= 2 * s[2024]), "change", f"Hackney homicide {chg(s, 2025, 2024)}", "false"))
s = ys("Hammersmith and Fulham", 2023, minor="BICYCLE THEFT")
ln(13, AS, "Bike theft in Hammersmith and Fulham has halved since 2023.",
   E("has halved since 2023", F(45 <= 100 * (1 - s[2025] / s[2023]) <= 55), "change", f"H&F bicycle theft 2023 {s[2023]}, 2025 {s[2025]} = {pct(s[2025], s[2023]):+.1f}%", "false"))
rape = mps_by_borough(minor="RAPE", mm=cal(2025))
ln(14, AS, "More rapes were reported in Haringey than in Lambeth in 2025.",
   E("than in Lambeth", F(rape["Haringey"] > rape["Lambeth"]), "compare", f"rape 2025 Haringey {rape['Haringey']}, Lambeth {rape['Lambeth']}", "false"))
s = ys("Hounslow", major="BURGLARY")
ln(15, AS, "Burglaries in Hounslow dropped by 16% last year.",
   E("dropped by 16%", T(pct_is(-16, s[2025], s[2024])), "change", f"Hounslow burglary {chg(s, 2025, 2024)}", "true"))
ln(16, AS, "Islington's crime went down last year, the council leader said.",
   E("went down last year", F(all25["Islington"] < all24["Islington"]), "direction", f"Islington {all25['Islington']} vs {all24['Islington']}", "false"))
s = yr("Kensington and Chelsea", minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
ln(17, AS, "Car thefts in Kensington and Chelsea have fallen three years running.",
   E("fallen three years running", T(falls_in_a_row(s, 2025) == 3), "streak", f"K&C theft or taking of a motor vehicle {ser(s)}", "true"))
tftp = mps_by_borough(minor="THEFT FROM THE PERSON", mm=cal(2025))
ln(18, AS, "Lambeth recorded more theft from the person than Southwark in 2025.",
   E("more theft from the person than Southwark", F(tftp["Lambeth"] > tftp["Southwark"]), "compare", f"Lambeth {tftp['Lambeth']}, Southwark {tftp['Southwark']}", "false"))
s = ys("Lewisham", minor="HOMICIDE")
ln(19, AS, "Lewisham's eleven homicides in 2025 were double the previous year's total.",
   E("double the previous year's total", F(s[2025] >= 1.9 * s[2024]), "change", f"Lewisham homicide {chg(s, 2025, 2024)}", "false"))
s = ys("Lewisham", major="POSSESSION OF WEAPONS")
ln(20, AS, "Weapons possession offences in Lewisham fell in 2025.",
   E("fell in 2025", F(s[2025] < s[2024]), "direction", f"Lewisham possession of weapons {chg(s, 2025, 2024)}", "false"))
shop = mps_by_borough(minor="SHOPLIFTING", mm=cal(2025))
ln(21, AS, "Newham has the worst shoplifting problem in London, with more offences than any other borough.",
   E("more offences than any other borough", F(max(shop, key=shop.get) == "Newham"), "rank", f"2025 shoplifting top: {sorted(shop.items(), key=lambda x: -x[1])[:3]}", "false"))
burg = {b: ys(b, major="BURGLARY") for b in BOROUGHS32}
up = sorted(b for b, s in burg.items() if s[2025] > s[2024])
ln(22, AS, "Southwark was the only London borough where burglary went up in 2025.",
   E("the only London borough", F(up == ["Southwark"]), "rank", f"boroughs where burglary rose: {up}", "false"))
s = ys("Tower Hamlets", 2023, minor="SHOPLIFTING")
ln(23, AS, "Shoplifting in Tower Hamlets has tripled in two years.",
   E("has tripled in two years", F(s[2025] >= 2.8 * s[2023]), "change", f"TH shoplifting 2023 {s[2023]}, 2025 {s[2025]} (x{s[2025] / s[2023]:.2f})", "false"))
ln(24, AS, "Crime in Waltham Forest rose by almost 7% in 2025.",
   E("rose by almost 7%", F(rise25["Waltham Forest"] > 0), "change", f"Waltham Forest {all25['Waltham Forest']} vs {all24['Waltham Forest']} = {rise25['Waltham Forest']:+.1f}%: a fall", "false"))
s = ys("Wandsworth", minor="TRAFFICKING OF DRUGS")
ln(25, AS, "Drug trafficking offences in Wandsworth almost doubled in 2025.",
   E("almost doubled", T(1.85 <= s[2025] / s[2024] < 2.0), "change", f"Wandsworth trafficking {chg(s, 2025, 2024)}", "true"))
three = all25["Camden"] + all25["Newham"] + all25["Southwark"]
ln(26, AS, "Westminster records more crime than Camden, Newham and Southwark combined.",
   E("more crime than Camden, Newham and Southwark combined", F(all25["Westminster"] > three), "compare", f"2025 Westminster {all25['Westminster']} vs {three}", "false"))
s = ys("Westminster", minor="THEFT FROM THE PERSON")
ln(27, AS, "Theft from the person in Westminster fell by almost half in 2025.",
   E("fell by almost half", F(pct(s[2025], s[2024]) < -40), "change", f"Westminster theft from the person {chg(s, 2025, 2024)}", "false"))
L = lambda **kw: yearly(**kw)  # noqa: E731
s = L(minor="SHOPLIFTING")
ln(28, AS, "Shoplifting in London hit a new record of more than 88,000 offences in 2025.",
   E("new record", T(s[2025] > 88000 and s[2025] == max(s.values())), "record", f"London shoplifting {ser(s)}", "true"))
s = L(major="VEHICLE OFFENCES")
ln(29, AS, "Vehicle offences in the capital fell to their lowest level on record last year.",
   E("lowest level on record", F(s[2025] == min(s.values())), "record", f"London vehicle offences {ser(s)}: 2014 and 2015 were lower", "false"))
s = L(minor="ROBBERY OF BUSINESS PROPERTY")
ln(30, AS, "Robberies of shops and businesses in London have more than tripled since 2022.",
   E("more than tripled since 2022", T(s[2025] > 3 * s[2022]), "change", f"London business robbery 2022 {s[2022]}, 2025 {s[2025]} (x{s[2025] / s[2022]:.2f})", "true"))
s = L(minor="VIOLENCE WITH INJURY")
ln(31, AS, "Violence with injury across London rose in 2025.",
   E("rose in 2025", F(s[2025] > s[2024]), "direction", f"London violence with injury {chg(s, 2025, 2024)}", "false"))
s = L(minor="BICYCLE THEFT")
ln(32, AS, "Bicycle thefts in London have now fallen for five years running.",
   E("fallen for five years running", T(falls_in_a_row(s, 2025) == 5), "streak", f"London bicycle theft {ser(s)}", "true"))
s = L(minor="RAPE")
ln(33, AS, "Recorded rapes in London fell last year.",
   E("fell last year", F(s[2025] < s[2024]), "direction", f"London rape {chg(s, 2025, 2024)}", "false"))
s = L(minor="STALKING AND HARASSMENT")
ln(34, AS, "Stalking and harassment offences in London reached a record high in 2025.",
   E("a record high", F(s[2025] == max(s.values())), "record", f"London stalking and harassment {ser(s)}: the 2021 peak is higher", "false"))
s = L(minor="THEFT FROM THE PERSON")
ln(35, AS, "Theft from the person in London fell in 2025 for the first time since 2020.",
   E("for the first time since 2020", T(s[2025] < s[2024] and all(s[y] > s[y - 1] for y in range(2021, 2025)) and s[2020] < s[2019]), "turn",
     f"London theft from the person {ser(s)}", "true"))
s = L(minor="ARSON")
ln(36, AS, "Arson in London rose by 15% in 2025.",
   E("rose by 15%", F(s[2025] > s[2024]), "change", f"London arson {chg(s, 2025, 2024)}: a 15% fall", "false"))
s = L(minor="HOMICIDE")
ln(37, AS, "London's homicide count in 2025 was the lowest since records began.",
   E("the lowest since records began", F(s[2025] == min(s.values())), "record", f"London homicide offences {ser(s)}: 2014 (95) was lower", "false"))
ln(38, "2022-12-20", "Cumbria recorded fewer robberies than Dyfed-Powys between January and November 2022.",
   E("fewer robberies than Dyfed-Powys", F(fs(CU, "Robbery") < fs(DP, "Robbery")), "compare", f"robbery Cumbria {fs(CU, 'Robbery')}, Dyfed-Powys {fs(DP, 'Robbery')}", "false"))
ln(39, "2022-12-20", "Dyfed-Powys had twice as many drug offences as Cumbria in the first eleven months of 2022.",
   E("twice as many drug offences", T(1.9 <= fs(DP, "Drugs") / fs(CU, "Drugs") <= 2.1), "compare", f"drugs Dyfed-Powys {fs(DP, 'Drugs')}, Cumbria {fs(CU, 'Drugs')} (x{fs(DP, 'Drugs') / fs(CU, 'Drugs'):.2f})", "true"))
bt = {t: fs(BT, t) for t in ("Bicycle theft", "Criminal damage and arson", "Drugs", "Other theft", "Public order", "Robbery", "Shoplifting", "Theft from the person", VSO)}
ln(40, "2022-12-20", "Bicycle theft was the most common crime recorded by British Transport Police from January to November 2022.",
   E("the most common crime", F(max(bt, key=bt.get) == "Bicycle theft"), "rank", f"BTP by type: {sorted(bt.items(), key=lambda x: -x[1])[:4]}", "false"))
tp3 = fs(MS, "Theft from the person") + fs(SY, "Theft from the person") + fs(SW, "Theft from the person")
ln(41, "2022-12-20", "British Transport Police logged more thefts from the person in 2022 than Merseyside, South Yorkshire and South Wales put together.",
   E("put together", T(fs(BT, "Theft from the person") > tp3), "compare", f"BTP {fs(BT, 'Theft from the person')} (Jan-Nov) vs the three forces {tp3}", "true"))
(ms_hi_w, ms_hi_wo), _ = fs_month_extremes(MS)
ln(42, "2022-12-20", "August was Merseyside's busiest month for crime this year.",
   E("August was Merseyside's busiest month", F(ms_hi_w == "202208" or ms_hi_wo == "202208"), "rank", f"busiest Jan-Nov 2022: with ASB {ms_hi_w}, without {ms_hi_wo}", "false"))
sw_v, sw_co, sw_all = fs(SW, VSO), fs(SW, crime_only=True), fs(SW)
ln(43, "2022-12-20", "Violence and sexual offences made up more than half of all crime in South Wales this year.",
   E("more than half", F(sw_v / sw_co > 0.5 or sw_v / sw_all > 0.5), "share", f"South Wales VSO {sw_v} / {sw_co} = {100 * sw_v / sw_co:.1f}% (without ASB), / {sw_all} = {100 * sw_v / sw_all:.1f}% (with)", "false"))
ca21, it21 = owid("Canada", 2021), owid("Italy", 2021)
ln(44, "2023-09-01", "Canada's murder rate was higher than America's in 2021.",
   E("higher than America's", F(ca21 > us21), "compare", f"OWID/UNODC 2021: Canada {ca21:.2f}, US {us21:.2f}", "false"))
ln(45, "2023-09-01", "Italy's homicide rate in 2021 was less than half that of England and Wales.",
   E("less than half", T(it21 < ew21 / 2), "compare", f"2021 Italy {it21:.2f}, England and Wales {ew21:.2f}", "true"))
wm13, wm19 = ons_knife_both("West Midlands", 2013), ons_knife_both("West Midlands", 2019)
ln(46, "2021-06-01", "Knife crime recorded by West Midlands Police more than doubled between 2013 and 2019.",
   E("more than doubled", T(wm19[0] > 2 * wm13[0] and wm19[1] > 2 * wm13[1]), "change",
     f"ONS knife series West Midlands: labels 2013/2019 {wm13[0]} -> {wm19[0]}; read one label later {wm13[1]} -> {wm19[1]}", "true"))
met_k = {y: ons_knife("Metropolitan Police", y) for y in range(2012, 2021)}
ln(47, "2021-06-01", "Knife crime in the Met area fell every year from 2012 to 2019.",
   E("fell every year", F(all(met_k[y] < met_k[y - 1] for y in range(2013, 2020)) or all(met_k[y] < met_k[y - 1] for y in range(2014, 2021))), "streak",
     f"ONS knife series Met by label {ser(met_k)}: rises from label 2016", "false"))
ss = met_ss(months(2018, 1, 2018, 3))
ssm = [met_ss([m]) for m in months(2018, 1, 2018, 3)]
ln(48, "2018-05-01", "The Met carried out more than 30,000 stop and searches in the first three months of 2018.",
   E("more than 30,000", T(ss > 30000), "count", f"Met stop and search Jan-Mar 2018 {ss} ({ssm})", "true"))
ln(49, "2018-05-01", "Stop and search by the Met rose month on month in early 2018, from January to March.",
   E("rose month on month", F(ssm[0] < ssm[1] < ssm[2]), "streak", f"Jan {ssm[0]}, Feb {ssm[1]}, Mar {ssm[2]}", "false"))
b21 = victims_by(2021, "Borough")
ln(50, "2022-03-01", "Haringey had more homicide victims than any other London borough in 2021.",
   E("more homicide victims than any other", T(max(b21, key=b21.get) == "Haringey" and b21.most_common(2)[1][1] < b21["Haringey"]), "rank", f"2021 top: {b21.most_common(3)}", "true"))
ln(51, "2020-03-01", "The 2019 homicide toll in London was the highest in more than a decade.",
   E("highest in more than a decade", T(last_higher(vy, 2019) is not None and 2019 - last_higher(vy, 2019) > 10), "record",
     f"victims by year {ser({y: vy[y] for y in range(2003, 2020)})}; last higher {last_higher({y: vy[y] for y in range(2003, 2020)}, 2019)}", "true"))
ln(52, "2023-05-15", "More women than men were killed in London in 2022.",
   E("More women than men", F(s22["Female"] > s22["Male"]), "compare", f"2022 female {s22['Female']}, male {s22['Male']}", "false"))
ln(53, "2019-06-01", "New York had three times as many murders as London in 2018.",
   E("three times as many murders", F(2.8 <= nyc(2018) / vy[2018] <= 3.2), "compare", f"NYC 2018 {nyc(2018)}, London victims 2018 {vy[2018]} (x{nyc(2018) / vy[2018]:.2f})", "false"))

# ---------------------------------------------------------------------- unverifiable one-liners
NVL = [
    ("Fewer than one in ten shoplifting offences in Harrow ever leads to a charge.", "leads to a charge", "charges by borough and offence are not in the open data"),
    ("Barnet has lost 40 PCSOs since 2019.", "lost 40 PCSOs", "staffing is not in the open data"),
    ("Nine in ten Sutton residents feel safe walking alone after dark, our survey found.", "Nine in ten Sutton residents", "a survey, not recorded crime"),
    ("The average 999 response in Havering now takes 17 minutes.", "17 minutes", "response times are not in the open data"),
    ("Most moped-enabled phone snatches in Islington happen after midnight.", "after midnight", "time of day and moped use are not recorded in the open data"),
    ("Only a third of domestic abuse incidents in Greenwich are ever reported to police.", "ever reported to police", "unreported crime is not in police-recorded data"),
    ("E-scooter thefts in Lambeth doubled last year.", "E-scooter thefts", "no e-scooter category exists in the data"),
    ("Key-cloning gangs are behind 60% of car thefts in Bromley.", "Key-cloning gangs", "method of theft is not recorded in the open data"),
    ("Most burglars caught in Enfield are repeat offenders.", "repeat offenders", "offender histories are not in the open data"),
    ("Spiking reports in Camden's nightclubs tripled in 2025.", "Spiking reports", "no spiking category exists in the data"),
    ("Half of those carrying knives in Croydon are under 18.", "under 18", "offender ages by borough are not in the open data"),
    ("Shop theft costs Ealing retailers ten million pounds a year.", "ten million pounds", "losses are not in the open data"),
    ("Cumbria has lost a quarter of its rural officers since 2010.", "a quarter of its rural officers", "officer numbers are not in the open data"),
]
for i, (line, key, note) in enumerate(NVL, start=60):
    ln(i, AS, line, NV(key, note))

OPL = [
    ("Enfield's councillors have simply given up on the high street.", "given up on the high street"),
    ("The new borough commander is the best thing to happen to Croydon in years.", "the best thing to happen"),
    ("Zero-tolerance policing is exactly what Westminster needs.", "exactly what Westminster needs"),
    ("Tower Hamlets is a wonderful, safe place to raise a family.", "a wonderful, safe place"),
    ("Brent's officers are doing a brilliant job with one hand tied behind their backs.", "doing a brilliant job"),
    ("Closing Wimbledon's police front counter was a disgrace.", "was a disgrace"),
    ("Lambeth deserves a fairer share of the Met's officers.", "deserves a fairer share"),
    ("Cumbria is still a lovely, safe county to visit.", "a lovely, safe county"),
    ("The Mayor's knife crime strategy has been a total failure.", "a total failure"),
    ("Hackney's cycle lanes are a gift to bike thieves.", "a gift to bike thieves"),
    ("South Wales Police are the best force in Britain, bar none.", "the best force in Britain"),
    ("Bromley is the nicest borough in London, crime or no crime.", "the nicest borough in London"),
    ("Locking up a few shoplifters would sort Kingston out overnight.", "sort Kingston out overnight"),
    ("The Home Secretary should be ashamed of these numbers.", "should be ashamed"),
]
for i, (line, key) in enumerate(OPL, start=80):
    ln(i, AS, line, OP(key))

# ---------------------------------------------------------------------- turns (added before freezing)
s = L(minor="VIOLENCE WITH INJURY")
ln(54, "2025-02-01", "Violence with injury in London fell in 2024 after rising for three years in a row.",
   E("fell in 2024 after rising", T(s[2024] < s[2023] and rises_in_a_row(s, 2023) == 3), "turn", f"London violence with injury {ser(s)}", "true"))
s = L(minor="POSSESSION OF DRUGS")
ln(55, AS, "Drug possession offences in London went up in 2025, the first rise since 2020.",
   E("the first rise since 2020", T(s[2025] > s[2024] and all(s[y] < s[y - 1] for y in range(2021, 2025)) and s[2020] > s[2019]), "turn",
     f"London possession of drugs {ser(s)}", "true"))
s = L(major="BURGLARY")
ln(56, AS, "Burglary in London rose in 2025, ending a run of falls.",
   E("rose in 2025, ending a run of falls", F(s[2025] > s[2024]), "turn", f"London burglary {chg(s, 2025, 2024)}: it fell again", "false"))
