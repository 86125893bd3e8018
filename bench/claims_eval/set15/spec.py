"""set15 claims: UNITS = {file name: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])}.

Written blind (the tester never read the checker, its docs/claims.md or tests, nor any other set's spec beyond
the format head of set9's, their inputs or reports). Every factual claim is true or false *by design*; holds()
(via SpecBook.T / SpecBook.F) checks that design against the raw files and raises if they disagree. The notes
give the figures. CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'. REASON: none.
Kinds: count, change, record, rank, share, rate, compare, equal, streak, direction, turn, unverifiable, opinion.
"""
from truth15 import (  # noqa: F401
    BOROUGHS32,
    SpecBook,
    cal,
    col,
    dash,
    falls_in_a_row,
    force_street,
    fy,
    fyearly,
    gla_pop,
    knife_boroughs,
    last_higher,
    last_lower,
    london32_pop,
    met_ss,
    months,
    mps,
    mps_by_borough,
    near,
    nyc,
    ons_knife,
    ons_knife_region,
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

book = SpecBook()
UNITS, CLASS, REASON = book.UNITS, book.CLASS, book.REASON
E, add, one, T, F, NV, OP = book.E, book.add, book.one, book.T, book.F, book.NV, book.OP


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def lon(mm, **k):
    """London both ways: (every parquet row incl. Heathrow/Unknown, the 32 boroughs only)."""
    return mps(mm=mm, **k), sum(mps(borough=b, mm=mm, **k) for b in BOROUGHS32)


def lon_years(years=range(2011, 2026), **k):
    """{year: (all rows, 32 boroughs)} by calendar year."""
    return {y: lon(cal(y), **k) for y in years}


def both(series, i):
    """One reading of a lon_years() series."""
    return {y: v[i] for y, v in series.items()}


def kn_lon(mm, subtype="Knife Crime"):
    """London knife dashboard both ways: (every Borough row, the 32 named boroughs only)."""
    kb = knife_boroughs(mm, subtype)
    return sum(kb.values()), sum(v for b, v in kb.items() if b in BOROUGHS32)


# ====================================================================== a1 tabloid: London 2025
shop = lon_years(minor="SHOPLIFTING")
tfp = lon_years(minor="THEFT FROM THE PERSON")
prob = lon_years(minor="ROBBERY OF PERSONAL PROPERTY", years=(2024, 2025))
traf = lon_years(minor="TRAFFICKING OF DRUGS")
sexo = lon_years(major="SEXUAL OFFENCES")
rape = lon_years(minor="RAPE")
mvt = lon_years(minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH")
burg = lon_years(major="BURGLARY")
allc = lon_years()
kn24, kn25 = kn_lon(cal(2024)), kn_lon(cal(2025))
add("a1_tabloid_shoplifting_2025.txt", "2026-03-21", [
    ("SHOP THIEVES RUN RIOT: London shoplifting hits an all-time high", [
        E("all-time high", T(all(both(shop, i)[2025] == max(both(shop, i).values()) for i in (0, 1))), "record",
          f"shoplifting by calendar year (all rows / 32 boroughs) {ser(shop)}; series from April 2010 (2010 part year lower)", "true")]),
    ("Brazen shoplifters struck 88,247 times across the capital last year - more than 240 times a day.", [
        E("88,247 times", T(shop[2025][0] == 88247 and near(88247, shop[2025][1])), "count",
          f"2025 shoplifting {shop[2025][0]} (all rows), {shop[2025][1]} (32 boroughs)", "true"),
        E("more than 240 times a day", T(shop[2025][0] / 365 > 240 and shop[2025][1] / 365 > 240), "rate",
          f"{shop[2025][0] / 365:.1f} / {shop[2025][1] / 365:.1f} a day", "true")]),
    ("That is more than double the 38,158 offences logged in 2022, before the cost-of-living crunch really bit.", [
        E("more than double the 38,158", T(shop[2022][0] == 38158 and all(shop[2025][i] > 2 * shop[2022][i] for i in (0, 1))), "compare",
          f"2025 {shop[2025]} vs 2022 {shop[2022]}: x{shop[2025][0] / shop[2022][0]:.2f}", "true")]),
    ("Pickpockets and phone snatchers had a quieter year: theft from the person fell for the first time in four years, "
     "but its 85,465 offences were still the second-highest total on record.", [
        E("fell for the first time in four years", T(all(
            (lambda s: s[2025] < s[2024] and s[2024] > s[2023] > s[2022] > s[2021] and s[2021] > s[2020] and s[2020] < s[2019])(both(tfp, i))
            for i in (0, 1))), "turn",
          f"theft from the person {ser(tfp)}: rises 2021-2024, fall in 2025, last fall 2020", "true"),
        E("second-highest total on record", T(all(rank_of(2025, both(tfp, i)) == 2 for i in (0, 1))), "rank",
          "2024 highest, 2025 second on both readings", "true")]),
    ("Muggings fell too, by almost a quarter.", [
        E("by almost a quarter", F(all(20 <= -pct(prob[2025][i], prob[2024][i]) <= 25 for i in (0, 1))), "change",
          f"robbery of personal property {prob[2025]} vs {prob[2024]}: {pct(prob[2025][0], prob[2024][0]):+.1f}% / "
          f"{pct(prob[2025][1], prob[2024][1]):+.1f}% (about a seventh, not a quarter)", "false")]),
    ("But knife crime was up by a fifth, the Met's own dashboard shows.", [
        E("up by a fifth", F(kn25[0] > kn24[0] or kn25[1] > kn24[1]), "change",
          f"knife crime offences (MPS dashboard) 2025 {kn25} vs 2024 {kn24}: {pct(kn25[0], kn24[0]):+.1f}% (a fall)", "false")]),
    ("Drug dealing cases soared by more than 40% to 22,245.", [
        E("soared by more than 40%", T(all(pct(traf[2025][i], traf[2024][i]) > 40 for i in (0, 1)) and traf[2025][0] == 22245), "change",
          f"trafficking of drugs {traf[2025]} vs {traf[2024]}: {pct(traf[2025][0], traf[2024][0]):+.1f}% / {pct(traf[2025][1], traf[2024][1]):+.1f}%", "true")]),
    ("Sex offences reached a record 27,074, and rapes rose by more than a tenth to 9,742.", [
        E("a record 27,074", T(sexo[2025][0] == 27074 and all(both(sexo, i)[2025] == max(both(sexo, i).values()) for i in (0, 1))), "record",
          f"sexual offences {ser(sexo)}", "true"),
        E("rose by more than a tenth", T(all(pct(rape[2025][i], rape[2024][i]) > 10 for i in (0, 1))), "change",
          f"rape {rape[2025]} vs {rape[2024]}: {pct(rape[2025][0], rape[2024][0]):+.1f}% / {pct(rape[2025][1], rape[2024][1]):+.1f}%", "true")]),
    ("Car thieves did ease off: 31,275 motors were pinched, the fewest since records began.", [
        E("the fewest since records began", F(any(both(mvt, i)[2025] == min(both(mvt, i).values()) for i in (0, 1))), "record",
          f"theft or unauthorised taking of a motor vehicle {ser(mvt)}: 2013 was far lower", "false")]),
    ("And burglaries are lower than at any time since records began.", [
        E("lower than at any time since records began", T(all(both(burg, i)[2025] == min(both(burg, i).values()) for i in (0, 1))), "record",
          f"burglary {ser(burg)}; April-December 2010 alone was 67,829", "true")]),
    ("Overall, recorded crime in London actually went up last year.", [
        E("actually went up last year", F(allc[2025][0] > allc[2024][0] or allc[2025][1] > allc[2024][1]), "direction",
          f"all crime 2025 {allc[2025]} vs 2024 {allc[2024]} (both readings fall)", "false")]),
    ("Shopkeepers say nine in ten thefts never get reported at all.", [
        NV("nine in ten thefts never get reported", "unreported crime: no open data here measures it")]),
    ("Sadiq Khan has lost control of the streets, and Londoners know it.", [
        OP("lost control of the streets")]),
])

# ====================================================================== a2 broadsheet data piece: homicide victims 2003-2022
vy = {y: v for y, v in victims_years().items() if y <= 2022}
kv = victims_years(Method_of_Killing="Knife or Sharp Implement")
sv = victims_years(Method_of_Killing="Shooting")
yv = victims_years(Age_Group="Adolescent/Young Adult")
ev = victims_years(Age_Group="Elderly")
fv = victims_years(Sex="Female")
m22 = victims_by(2022, "Method_of_Killing")
bor = {}
for y in range(2003, 2023):
    for b, n in victims_by(y, "Borough").items():
        bor[b] = bor.get(b, 0) + n
add("a2_broadsheet_homicide_two_decades.txt", "2023-03-14", [
    ("Twenty years of killings in the capital, in numbers", []),
    ("The Metropolitan Police's dataset of homicide victims shows 106 people were killed in London in 2022, down from 131 "
     "the year before, a fall of about a fifth.", [
        E("106 people were killed", T(vy[2022] == 106 and vy[2021] == 131), "count", f"victims by year {ser(vy)}", "true"),
        E("a fall of about a fifth", T(abs(pct(vy[2022], vy[2021]) + 20) <= 2), "change",
          f"{pct(vy[2022], vy[2021]):+.1f}%", "true")]),
    ("Knives were again the most common weapon: 70 victims were stabbed, about two in every three deaths.", [
        E("70 victims were stabbed", T(kv[2022] == 70 and m22.most_common(1)[0][0] == "Knife or Sharp Implement"), "count",
          f"2022 method of killing {dict(m22)}", "true"),
        E("about two in every three deaths", T(abs(kv[2022] / vy[2022] - 2 / 3) < 0.02), "share",
          f"{kv[2022]}/{vy[2022]} = {100 * kv[2022] / vy[2022]:.1f}%", "true")]),
    ("Knife killings peaked at 94 in 2019 and have fallen every year since.", [
        E("peaked at 94 in 2019 and have fallen every year since", F(kv[2019] == 94 and kv[2019] == max(v for y, v in kv.items() if y <= 2022)
                                                                     and all(kv[y] < kv[y - 1] for y in (2020, 2021, 2022))), "turn",
          f"knife victims {ser(kv)}: 2021 (92) rose on 2020 (77)", "false")]),
    ("Ten people were shot dead, exactly the same number as in 2021.", [
        E("exactly the same number as in 2021", T(sv[2022] == sv[2021] == 10), "equal",
          f"shooting victims {ser(sv)}", "true")]),
    ("Among adolescents and young adults the toll dropped to 29, the lowest figure the Met has ever published.", [
        E("the lowest figure the Met has ever published", F(yv[2022] == min(v for y, v in yv.items() if y <= 2022)), "record",
          f"'Adolescent/Young Adult' victims {ser(yv)}: 26 in 2012 and 2013", "false")]),
    ("Elderly victims, by contrast, rose to nine.", [
        E("rose to nine", F(ev[2022] == 9 and ev[2022] > ev[2021]), "direction",
          f"'Elderly' victims 2022 {ev[2022]} vs 2021 {ev[2021]} (a fall)", "false")]),
    ("Women and girls made up just over a quarter of the dead.", [
        E("just over a quarter", T(0.25 < fv[2022] / vy[2022] < 0.28), "share",
          f"female victims 2022 {fv[2022]}/{vy[2022]} = {100 * fv[2022] / vy[2022]:.1f}%", "true")]),
    ("Over the two decades Lambeth has lost more people to homicide than any other borough, with 166 victims; Croydon comes second.", [
        E("more people to homicide than any other borough", T(bor["Lambeth"] == 166 and rank_of("Lambeth", bor) == 1), "rank",
          f"victims 2003-2022 by borough: {sorted(bor.items(), key=lambda x: -x[1])[:6]}", "true"),
        E("Croydon comes second", F(rank_of("Croydon", bor) == 2), "rank",
          f"Croydon {bor['Croydon']} ranks {rank_of('Croydon', bor)}; Newham ({bor['Newham']}) is second", "false")]),
    ("New York, for comparison, recorded 297 murders in 2018, more than twice London's 128.", [
        E("more than twice London's 128", T(nyc(2018) == 297 and vy[2018] == 128 and nyc(2018) > 2 * vy[2018]), "compare",
          f"NYC 2018 {nyc(2018)} (NYPD via CODE), London victims 2018 {vy[2018]}", "true")]),
    ("UN figures put the UK's homicide rate at 1.1 per 100,000 people in 2021, against 6.8 in the United States, while "
     "Canada's rate was nearly double France's.", [
        E("1.1 per 100,000", T(round(owid("United Kingdom", 2021), 1) == 1.1 and round(owid("United States", 2021), 1) == 6.8), "rate",
          f"OWID/UNODC 2021: UK {owid('United Kingdom', 2021):.2f}, US {owid('United States', 2021):.2f}", "true"),
        E("nearly double France's", T(1.8 <= owid("Canada", 2021) / owid("France", 2021) < 2.0), "compare",
          f"Canada {owid('Canada', 2021):.2f}, France {owid('France', 2021):.2f} in 2021", "true")]),
    ("Most victims knew their killer.", [
        NV("Most victims knew their killer", "victim-offender relationship is not in the victims file")]),
    ("Those numbers ought to reassure Londoners far more than the headlines do.", [OP("ought to reassure Londoners")]),
])

# ====================================================================== a3 council press release: Havering, FY 2024/25
HV = "Havering"


def hv(**k):
    return fyearly(borough=HV, ends=range(2019, 2026), **k)


hv_all, hv_burg, hv_home = hv(), hv(major="BURGLARY"), hv(minor="RES BURGLARY OF A HOME")
hv_vwi, hv_veh, hv_cd = hv(minor="VIOLENCE WITH INJURY"), hv(major="VEHICLE OFFENCES"), hv(major="ARSON AND CRIMINAL DAMAGE")
hv_bike, hv_shop, hv_rob, hv_sex = hv(minor="BICYCLE THEFT"), hv(minor="SHOPLIFTING"), hv(major="ROBBERY"), hv(major="SEXUAL OFFENCES")
fy25c = mps_by_borough(mm=fy(2025))
hv_rank = [rank_of(HV, {b: fy25c[b] / gla_pop(b, py) for b in fy25c}, desc=False) for py in (2024, 2025)]
add("a3_council_havering_fy2425.txt", "2025-05-20", [
    ("PRESS RELEASE: Crime falls across Havering as council and police partnership pays off", []),
    ("Recorded crime in Havering fell by 6.6% in 2024/25, ending three straight years of increases, new Metropolitan "
     "Police figures show.", [
        E("fell by 6.6%", T(abs(pct(hv_all[2025], hv_all[2024]) + 6.6) < 0.05), "change",
          f"Havering FY all crime {ser(hv_all)}: {pct(hv_all[2025], hv_all[2024]):+.2f}%", "true"),
        E("ending three straight years of increases", T(rises_in_a_row(hv_all, 2024) == 3 and hv_all[2025] < hv_all[2024]), "streak",
          "rises 2021/22, 2022/23, 2023/24 after 2020/21, then the 2024/25 fall", "true")]),
    ("Burglaries dropped from 1,291 to 1,104, and the number of homes broken into fell by almost a fifth.", [
        E("from 1,291 to 1,104", T(hv_burg[2024] == 1291 and hv_burg[2025] == 1104), "change", f"burglary FY {ser(hv_burg)}", "true"),
        E("fell by almost a fifth", T(17 <= -pct(hv_home[2025], hv_home[2024]) < 20), "change",
          f"residential burglary of a home {hv_home[2025]} vs {hv_home[2024]}: {pct(hv_home[2025], hv_home[2024]):+.1f}%", "true")]),
    ("Violence with injury was down by more than a quarter, and vehicle crime by 14%.", [
        E("down by more than a quarter", T(-pct(hv_vwi[2025], hv_vwi[2024]) > 25), "change",
          f"violence with injury {hv_vwi[2025]} vs {hv_vwi[2024]}: {pct(hv_vwi[2025], hv_vwi[2024]):+.1f}%", "true"),
        E("vehicle crime by 14%", T(pct_is(-14, hv_veh[2025], hv_veh[2024])), "change",
          f"vehicle offences {hv_veh[2025]} vs {hv_veh[2024]}: {pct(hv_veh[2025], hv_veh[2024]):+.1f}%", "true")]),
    ("There were 210 fewer incidents of criminal damage and arson, while bicycle thefts held at 109, exactly the same as the year before.", [
        E("210 fewer incidents", T(hv_cd[2024] - hv_cd[2025] == 210), "change", f"arson and criminal damage {ser(hv_cd)}", "true"),
        E("exactly the same as the year before", T(hv_bike[2025] == hv_bike[2024] == 109), "equal", f"bicycle theft {ser(hv_bike)}", "true")]),
    ("Shoplifting and robbery were also down on the previous year.", [
        E("Shoplifting and robbery were also down", F(hv_shop[2025] < hv_shop[2024] and hv_rob[2025] < hv_rob[2024]), "direction",
          f"shoplifting {hv_shop[2025]} vs {hv_shop[2024]}, robbery {hv_rob[2025]} vs {hv_rob[2024]}: both rose", "false")]),
    ("Reports of sexual offences rose by 10%, although officers believe only one victim in six ever goes to the police.", [
        E("rose by 10%", T(pct_is(10, hv_sex[2025], hv_sex[2024])), "change",
          f"sexual offences {hv_sex[2025]} vs {hv_sex[2024]}: {pct(hv_sex[2025], hv_sex[2024]):+.1f}%", "true"),
        NV("only one victim in six ever goes to the police", "reporting rates are not in any data file")]),
    ("Havering now has one of the five lowest crime rates in London.", [
        E("one of the five lowest crime rates in London", F(min(hv_rank) <= 5), "rank",
          f"Havering FY 2024/25 offences per head ranks {hv_rank} lowest of 32 (GLA population 2024 / 2025)", "false")]),
    ("The council's 40 new CCTV cameras have helped officers make more than 300 arrests since they went live.", [
        NV("helped officers make more than 300 arrests", "CCTV-linked arrests are not in any data file")]),
    ("The council's cabinet member for community safety said: \"These figures show our partnership approach is working. Havering is a "
     "safe place to live, work and visit.\"", [
        OP("our partnership approach is working"),
        OP("Havering is a safe place to live", "a safety judgement")]),
])

# ====================================================================== a4 Hansard: South Yorkshire vs Merseyside, Jan-Nov 2022
M11 = months(2022, 1, 2022, 11)


def fs(force, t=None, mm=M11, crime_only=False):
    return force_street(force, mm, t, crime_only=crime_only)


SY, MS = "south-yorkshire", "merseyside"
sy_shop, ms_shop = fs(SY, "Shoplifting"), fs(MS, "Shoplifting")
sy_burg, ms_burg = fs(SY, "Burglary"), fs(MS, "Burglary")
sy_veh, ms_veh = fs(SY, "Vehicle crime"), fs(MS, "Vehicle crime")
sy_asb, sy_tot, sy_crime = fs(SY, "Anti-social behaviour"), fs(SY), fs(SY, crime_only=True)
sy_vso = fs(SY, "Violence and sexual offences")
sy_drug, ms_drug = fs(SY, "Drugs"), fs(MS, "Drugs")
sy_pow, ms_pow = fs(SY, "Possession of weapons"), fs(MS, "Possession of weapons")
sy_m = {m: fs(SY, mm=[m]) for m in M11}
sy_mc = {m: fs(SY, mm=[m], crime_only=True) for m in M11}
sy_shop_m = {m: fs(SY, "Shoplifting", mm=[m]) for m in M11}
add("a4_hansard_south_yorkshire_2022.txt", "2023-01-25", [
    ("Westminster Hall debate: Retail crime and anti-social behaviour (South Yorkshire)", []),
    ("Mr Speaker, in the first eleven months of last year South Yorkshire Police recorded 8,515 shoplifting offences - "
     "more than 1,800 more than Merseyside, a force covering a similar population.", [
        E("8,515 shoplifting offences", T(sy_shop == 8515), "count", f"South Yorkshire shoplifting Jan-Nov 2022 {sy_shop}", "true"),
        E("more than 1,800 more than Merseyside", T(1800 < sy_shop - ms_shop < 1900), "compare",
          f"Merseyside {ms_shop}: difference {sy_shop - ms_shop}", "true")]),
    ("Burglary in my constituents' force area ran at almost double the Merseyside level, and vehicle crime at three times it.", [
        E("almost double the Merseyside level", T(1.85 <= sy_burg / ms_burg < 2.0), "compare",
          f"burglary South Yorkshire {sy_burg} vs Merseyside {ms_burg}: x{sy_burg / ms_burg:.2f}", "true"),
        E("vehicle crime at three times it", F(2.8 <= sy_veh / ms_veh <= 3.2), "compare",
          f"vehicle crime {sy_veh} vs {ms_veh}: x{sy_veh / ms_veh:.2f} (under twice)", "false")]),
    ("Anti-social behaviour accounted for 22,918 of the incidents reported to the force, more than one in eight of everything on its books.", [
        E("22,918", T(sy_asb == 22918), "count", f"ASB rows {sy_asb}", "true"),
        E("more than one in eight", T(sy_asb / sy_tot > 1 / 8), "share", f"{sy_asb}/{sy_tot} = {100 * sy_asb / sy_tot:.1f}% of all rows incl. ASB", "true")]),
    ("Violence and sexual offences alone make up more than a third of the total.", [
        E("more than a third of the total", T(sy_vso / sy_tot > 1 / 3 and sy_vso / sy_crime > 1 / 3), "share",
          f"{sy_vso} of {sy_tot} rows ({100 * sy_vso / sy_tot:.1f}%) or of {sy_crime} crimes ({100 * sy_vso / sy_crime:.1f}%)", "true")]),
    ("The worst month was May, and for shoplifting it was November, just as the Christmas trade began.", [
        E("The worst month was May", T(max(sy_m, key=sy_m.get) == "202205" and max(sy_mc, key=sy_mc.get) == "202205"), "rank",
          f"South Yorkshire monthly rows {ser(sy_m)}; crimes only {ser(sy_mc)}", "true"),
        E("for shoplifting it was November", F(max(sy_shop_m, key=sy_shop_m.get) == "202211"), "rank",
          f"monthly shoplifting {ser(sy_shop_m)}: August was highest, November among the lowest", "false")]),
    ("Merseyside, to be fair, records more than three times as many drug offences as we do.", [
        E("more than three times as many drug offences", T(ms_drug > 3 * sy_drug), "compare",
          f"drugs Merseyside {ms_drug} vs South Yorkshire {sy_drug}: x{ms_drug / sy_drug:.2f}", "true")]),
    ("And weapon possession is lower in South Yorkshire than on Merseyside.", [
        E("lower in South Yorkshire than on Merseyside", F(sy_pow < ms_pow), "compare",
          f"possession of weapons South Yorkshire {sy_pow} vs Merseyside {ms_pow}", "false")]),
    ("The British Retail Consortium tells me theft is costing shops in Sheffield and Barnsley more than £50 million a year.", [
        NV("more than £50 million a year", "the cost of retail crime is not in any data file")]),
    ("Barnsley has just 14 neighbourhood officers left.", [
        NV("just 14 neighbourhood officers", "officer numbers are not in any data file")]),
    ("The Government has simply abandoned our high streets, and shop workers deserve far better.", [
        OP("simply abandoned our high streets"),
        OP("shop workers deserve far better")]),
])

# ====================================================================== a5 police statement: Newham, calendar 2025
NW = "Newham"
nw_k = {y: dash(borough=NW, mm=cal(y)) for y in (2023, 2024, 2025)}
nw_ki = {y: dash("Knife Crime with Injury", borough=NW, mm=cal(y)) for y in (2023, 2024, 2025)}
nw_kv = {y: dash("Knife Injury Victims (1-24)", borough=NW, mm=cal(y)) for y in (2024, 2025)}
k25 = knife_boroughs(cal(2025))
nw_all = yearly(borough=NW)
nw_rob = yearly(major="ROBBERY", borough=NW, years=(2024, 2025))
nw_shop = yearly(minor="SHOPLIFTING", borough=NW, years=(2024, 2025))
nw_vwi = yearly(minor="VIOLENCE WITH INJURY", borough=NW, years=(2024, 2025))
nw_hom = yearly(minor="HOMICIDE", borough=NW, years=(2024, 2025))
add("a5_police_statement_newham_2025.txt", "2026-03-25", [
    ("Statement from Detective Chief Superintendent, North East Command Unit (Newham and Waltham Forest)", []),
    ("Knife crime in Newham fell by 4% last year to 840 offences, a smaller fall than across London as a whole, and the "
     "borough now records more knife crime than any other in the capital.", [
        E("fell by 4%", T(nw_k[2025] == 840 and pct_is(-4, nw_k[2025], nw_k[2024])), "change",
          f"Newham knife crime (MPS dashboard) {ser(nw_k)}: {pct(nw_k[2025], nw_k[2024]):+.1f}%", "true"),
        E("a smaller fall than across London as a whole", T(pct(nw_k[2025], nw_k[2024]) > max(pct(kn25[i], kn24[i]) for i in (0, 1))), "compare",
          f"London {kn25} vs {kn24}: {pct(kn25[0], kn24[0]):+.1f}%", "true"),
        E("more knife crime than any other in the capital", T(rank_of(NW, k25) == 1), "rank",
          f"2025 knife crime by borough, top: {sorted(k25.items(), key=lambda x: -x[1])[:3]}", "true")]),
    ("I will not hide the fact that knife crime with injury rose by almost a fifth, to 211 offences, and the number of "
     "young people under 25 injured by a knife went up from 76 to 89.", [
        E("rose by almost a fifth", T(nw_ki[2025] == 211 and 17 <= pct(nw_ki[2025], nw_ki[2024]) < 20), "change",
          f"knife crime with injury {ser(nw_ki)}: {pct(nw_ki[2025], nw_ki[2024]):+.1f}%", "true"),
        E("went up from 76 to 89", T(nw_kv[2024] == 76 and nw_kv[2025] == 89), "change",
          f"knife injury victims aged 1-24 {ser(nw_kv)}", "true")]),
    ("Overall the borough recorded 40,631 crimes, the second-highest annual total in its history.", [
        E("the second-highest annual total in its history", T(nw_all[2025] == 40631 and rank_of(2025, nw_all) == 2), "rank",
          f"Newham all crime by year {ser(nw_all)}", "true")]),
    ("Robbery edged up to 1,739 and shoplifting rose 14%.", [
        E("edged up to 1,739", T(nw_rob[2025] == 1739 and 0 < pct(nw_rob[2025], nw_rob[2024]) < 3), "change",
          f"robbery {ser(nw_rob)}", "true"),
        E("shoplifting rose 14%", T(pct_is(14, nw_shop[2025], nw_shop[2024])), "change",
          f"shoplifting {ser(nw_shop)}: {pct(nw_shop[2025], nw_shop[2024]):+.1f}%", "true")]),
    ("Violence with injury dropped by a tenth, and for the first time there was not a single homicide in Newham.", [
        E("dropped by a tenth", F(abs(pct(nw_vwi[2025], nw_vwi[2024]) + 10) <= 2), "change",
          f"violence with injury {ser(nw_vwi)}: {pct(nw_vwi[2025], nw_vwi[2024]):+.1f}%", "false"),
        E("not a single homicide", F(nw_hom[2025] == 0), "count", f"homicide offences {ser(nw_hom)}", "false")]),
    ("Our weapons sweeps recovered 312 knives from parks and estates during the year.", [
        NV("recovered 312 knives", "weapon sweeps and recovered knives are not in any data file")]),
    ("Newham is not a dangerous place, but one stabbing is one too many.", [
        OP("Newham is not a dangerous place"),
        OP("one stabbing is one too many")]),
])

# ====================================================================== a6 Facebook thread: Bexley residents, 2025
BX = "Bexley"
bx_home_m = {m: mps(minor="RES BURGLARY OF A HOME", borough=BX, mm=[m]) for m in cal(2025)}
bx_home = yearly(minor="RES BURGLARY OF A HOME", borough=BX, years=(2024, 2025))
bx_veh = yearly(major="VEHICLE OFFENCES", borough=BX)
bx_drug = yearly(major="DRUG OFFENCES", borough=BX)
bx_shop = yearly(minor="SHOPLIFTING", borough=BX)
bx_shop_m = {m: mps(minor="SHOPLIFTING", borough=BX, mm=[m]) for m in cal(2025)}
bx_rob = yearly(major="ROBBERY", borough=BX, years=(2024, 2025))
bx_all = yearly(borough=BX, years=(2024, 2025))
add("a6_facebook_bexley_residents.txt", "2026-02-12", [
    ("Bexleyheath & Welling Community Noticeboard - comments", []),
    ("Karen T: Anyone else notice the break-ins round here? 65 homes burgled in Bexley in November alone, worst month all year.", [
        E("65 homes burgled in Bexley in November alone", T(bx_home_m["202511"] == 65), "count",
          f"residential burglary of a home, Bexley 2025 by month {ser(bx_home_m)}", "true"),
        E("worst month all year", T(max(bx_home_m, key=bx_home_m.get) == "202511"), "rank", "November is the 2025 maximum", "true")]),
    ("Dave R: Worst month maybe, but over the whole year home burglaries were down about 10%.", [
        E("down about 10%", T(pct_is(-10, bx_home[2025], bx_home[2024])), "change",
          f"{ser(bx_home)}: {pct(bx_home[2025], bx_home[2024]):+.1f}%", "true")]),
    ("Dave R: Car crime's way down as well, nearly 30% fewer vehicle offences than 2024, lowest since records began.", [
        E("nearly 30% fewer", T(27 <= -pct(bx_veh[2025], bx_veh[2024]) < 30), "change",
          f"vehicle offences {bx_veh[2025]} vs {bx_veh[2024]}: {pct(bx_veh[2025], bx_veh[2024]):+.1f}%", "true"),
        E("lowest since records began", F(bx_veh[2025] == min(bx_veh.values())), "record",
          f"Bexley vehicle offences {ser(bx_veh)}: 2011 was lower", "false")]),
    ("Sue P: Drugs though. Up by more than a third. It's the highest it's ever been in the borough.", [
        E("Up by more than a third", T(pct(bx_drug[2025], bx_drug[2024]) > 100 / 3), "change",
          f"drug offences {bx_drug[2025]} vs {bx_drug[2024]}: {pct(bx_drug[2025], bx_drug[2024]):+.1f}%", "true"),
        E("the highest it's ever been", T(bx_drug[2025] == max(bx_drug.values())), "record", f"drug offences {ser(bx_drug)}", "true")]),
    ("Mark W: Shoplifting is still more than double what it was in 2022, ask anyone at the Broadway.", [
        E("more than double what it was in 2022", T(bx_shop[2025] > 2 * bx_shop[2022]), "compare",
          f"shoplifting 2025 {bx_shop[2025]} vs 2022 {bx_shop[2022]}", "true")]),
    ("Karen T: It was quietest in December at least, and robberies are down too.", [
        E("quietest in December", T(min(bx_shop_m, key=bx_shop_m.get) == "202512"), "rank",
          f"shoplifting by month 2025 {ser(bx_shop_m)}", "true"),
        E("robberies are down too", F(bx_rob[2025] < bx_rob[2024]), "direction", f"robbery {ser(bx_rob)} (up)", "false")]),
    ("Jim O: Overall crime in Bexley went up last year, whatever the council says.", [
        E("Overall crime in Bexley went up last year", F(bx_all[2025] > bx_all[2024]), "direction",
          f"all crime {ser(bx_all)}: {pct(bx_all[2025], bx_all[2024]):+.1f}%", "false")]),
    ("Jim O: And response times are over 20 minutes now.", [
        NV("response times are over 20 minutes", "police response times are not in any data file")]),
    ("Sue P: Bexley's going downhill fast. Mark W: Rubbish, the local team do a decent job.", [
        OP("Bexley's going downhill fast"),
        OP("the local team do a decent job")]),
])

# ====================================================================== a7 letter to the editor: Richmond upon Thames, 2025
RT = "Richmond upon Thames"
rt_all, rt_bike, rt_burg = yearly(borough=RT), yearly(minor="BICYCLE THEFT", borough=RT), yearly(major="BURGLARY", borough=RT)
rt_rob, rt_cd, rt_shop = yearly(major="ROBBERY", borough=RT), yearly(major="ARSON AND CRIMINAL DAMAGE", borough=RT), yearly(minor="SHOPLIFTING", borough=RT)
rt_vwi = yearly(minor="VIOLENCE WITH INJURY", borough=RT)
c25b = mps_by_borough(mm=cal(2025))
rates25 = {py: {b: 1000 * c25b[b] / gla_pop(b, py) for b in c25b} for py in (2024, 2025)}
bk25 = mps_by_borough(minor="BICYCLE THEFT", mm=cal(2025))
add("a7_letter_richmond_2025.txt", "2026-03-05", [
    ("Letters: 'Crime wave' headline was scaremongering", []),
    ("Sir, your front page last week was nonsense. Recorded crime in Richmond fell 4.5% last year, to 11,689 offences, "
     "which works out at about 56 for every 1,000 residents - the lowest rate of any London borough.", [
        E("fell 4.5%", T(rt_all[2025] == 11689 and abs(pct(rt_all[2025], rt_all[2024]) + 4.5) < 0.05), "change",
          f"Richmond all crime {rt_all[2025]} vs {rt_all[2024]}: {pct(rt_all[2025], rt_all[2024]):+.2f}%", "true"),
        E("about 56 for every 1,000 residents", T(all(abs(rates25[py][RT] - 56) < 0.5 for py in (2024, 2025))), "rate",
          f"{rates25[2025][RT]:.1f} (GLA 2025 population) / {rates25[2024][RT]:.1f} (2024)", "true"),
        E("the lowest rate of any London borough", T(all(rank_of(RT, rates25[py], desc=False) == 1 for py in (2024, 2025))), "rank",
          f"lowest per head of the 32 boroughs with either population year; next {sorted(rates25[2025].items(), key=lambda x: x[1])[1]}", "true")]),
    ("Bicycle theft, the scourge of Kew and Barnes, has fallen five years running and is now at its lowest on record.", [
        E("fallen five years running", T(falls_in_a_row(rt_bike, 2025) == 5), "streak", f"bicycle theft {ser(rt_bike)}", "true"),
        E("lowest on record", T(rt_bike[2025] == min(rt_bike.values())), "record",
          f"2025 is the series low (April-December 2010: {mps(minor='BICYCLE THEFT', borough=RT, mm=months(2010, 4, 2010, 12))})", "true")]),
    ("Hackney, London's bike-theft capital, lost 1,255 bikes, more than three times our figure.", [
        E("London's bike-theft capital", T(rank_of("Hackney", bk25) == 1 and bk25["Hackney"] == 1255), "rank",
          f"bicycle theft 2025 top: {sorted(bk25.items(), key=lambda x: -x[1])[:3]}", "true"),
        E("more than three times our figure", T(bk25["Hackney"] > 3 * bk25[RT]), "compare", f"Hackney {bk25['Hackney']} vs Richmond {bk25[RT]}", "true")]),
    ("Burglary is less than half what it was in 2011, and violence with injury, at 731 offences, is the lowest since 2013.", [
        E("less than half what it was in 2011", T(rt_burg[2025] < rt_burg[2011] / 2), "compare", f"burglary {ser(rt_burg)}", "true"),
        E("the lowest since 2013", T(rt_vwi[2025] == 731 and last_lower(rt_vwi, 2025) == 2013), "record", f"violence with injury {ser(rt_vwi)}", "true")]),
    ("Yes, robbery has trebled since 2016, and criminal damage was down only a little, but shoplifting rose again.", [
        E("robbery has trebled since 2016", F(2.8 <= rt_rob[2025] / rt_rob[2016] <= 3.2), "change",
          f"robbery 2025 {rt_rob[2025]} vs 2016 {rt_rob[2016]}: x{rt_rob[2025] / rt_rob[2016]:.2f}", "false"),
        E("criminal damage was down only a little", F(rt_cd[2025] < rt_cd[2024]), "direction",
          f"arson and criminal damage {rt_cd[2025]} vs {rt_cd[2024]} (up {pct(rt_cd[2025], rt_cd[2024]):+.1f}%)", "false"),
        E("shoplifting rose again", F(rt_shop[2025] > rt_shop[2024]), "direction", f"shoplifting {rt_shop[2025]} vs {rt_shop[2024]} (a fall)", "false")]),
    ("Most stolen bikes are never returned to their owners, of course.", [
        NV("Most stolen bikes are never returned", "recovery of stolen property is not in any data file")]),
    ("Your paper should be ashamed of frightening elderly readers. - A. Whitfield, Twickenham", [
        OP("should be ashamed of frightening elderly readers")]),
])

# ====================================================================== a8 radio phone-in transcript: London 2025, stop and search 2018
hom = lon_years(minor="HOMICIDE")
vap = lon_years(major="VIOLENCE AGAINST THE PERSON")
vwi = lon_years(minor="VIOLENCE WITH INJURY")
rob = lon_years(major="ROBBERY", years=(2024, 2025))
pow_ = lon_years(major="POSSESSION OF WEAPONS", years=(2024, 2025))
SS_MM = months(2018, 1, 2018, 3)
ss_rows = []
for _ym in SS_MM:
    import csv as _csv
    with open(f"{__import__('truth15').D}/police-uk-street/metropolitan-stop-and-search/{_ym[:4]}-{_ym[4:]}/{_ym[:4]}-{_ym[4:]}-metropolitan-stop-and-search.csv", newline="") as _fh:
        ss_rows += list(_csv.DictReader(_fh))
ss_n = met_ss(SS_MM)
ss_nfa = sum(1 for r in ss_rows if r["Outcome"] == "A no further action disposal")
ss_drugs = sum(1 for r in ss_rows if r["Object of search"] == "Controlled drugs")
ss_arrest = sum(1 for r in ss_rows if r["Outcome"] == "Arrest")
add("a8_radio_phonein_london_2025.txt", "2026-02-05", [
    ("Transcript: Breakfast phone-in, Monday. Guest: the Deputy Mayor for Policing and Crime.", []),
    ("PRESENTER: Deputy Mayor, your office says homicides fell to 96 last year. Is that the lowest on record?", []),
    ("DEPUTY MAYOR: It's the lowest since 2014, and violence with injury is at its lowest level since 2013.", [
        E("the lowest since 2014", T(hom[2025][0] == 96 and all(last_lower(both(hom, i), 2025) == 2014 for i in (0, 1))), "record",
          f"homicide offences by year (all rows / 32 boroughs) {ser(hom)}", "true"),
        E("its lowest level since 2013", T(all(last_lower(both(vwi, i), 2025) == 2013 for i in (0, 1))), "record",
          f"violence with injury {ser(vwi)}", "true")]),
    ("CALLER (Tony, Walthamstow): Rubbish. 96 is the lowest on record, fine, but violence overall is at a record high.", [
        E("96 is the lowest on record", F(any(both(hom, i)[2025] == min(both(hom, i).values()) for i in (0, 1))), "record",
          "2014 was lower on both readings (95 / 86)", "false"),
        E("violence overall is at a record high", F(any(both(vap, i)[2025] == max(both(vap, i).values()) for i in (0, 1))), "record",
          f"violence against the person {ser(vap)}: 2023 higher", "false")]),
    ("DEPUTY MAYOR: Knife crime fell by 16% and robbery was down too, though weapon possession offences rose by almost a fifth.", [
        E("Knife crime fell by 16%", T(all(pct_is(-16, kn25[i], kn24[i]) for i in (0, 1))), "change",
          f"knife crime (MPS dashboard) {kn25} vs {kn24}: {pct(kn25[0], kn24[0]):+.1f}% / {pct(kn25[1], kn24[1]):+.1f}%", "true"),
        E("robbery was down too", T(all(rob[2025][i] < rob[2024][i] for i in (0, 1))), "direction", f"robbery {ser(rob)}", "true"),
        E("rose by almost a fifth", T(all(16 <= pct(pow_[2025][i], pow_[2024][i]) < 20 for i in (0, 1))), "change",
          f"possession of weapons {ser(pow_)}: {pct(pow_[2025][0], pow_[2024][0]):+.1f}% / {pct(pow_[2025][1], pow_[2024][1]):+.1f}%", "true")]),
    ("PRESENTER: Stop and search. Back in early 2018 the Met was doing around 11,000 a month, and seven in ten of those ended "
     "with no further action.", [
        E("around 11,000 a month", T(abs(ss_n / 3 - 11000) < 500), "rate", f"Met stop and search Jan-Mar 2018: {ss_n} ({ss_n / 3:.0f} a month)", "true"),
        E("seven in ten", T(abs(ss_nfa / ss_n - 0.7) < 0.02), "share", f"no further action {ss_nfa}/{ss_n} = {100 * ss_nfa / ss_n:.1f}%", "true")]),
    ("DEPUTY MAYOR: And drugs were the reason for about six in ten of them, while one in four led to an arrest.", [
        E("about six in ten", T(abs(ss_drugs / ss_n - 0.6) < 0.02), "share", f"object controlled drugs {ss_drugs}/{ss_n} = {100 * ss_drugs / ss_n:.1f}%", "true"),
        E("one in four led to an arrest", F(abs(ss_arrest / ss_n - 0.25) < 0.02), "share",
          f"arrest outcome {ss_arrest}/{ss_n} = {100 * ss_arrest / ss_n:.1f}% (about one in six)", "false")]),
    ("CALLER (Priya, Ilford): The Met has lost 1,500 officers since the election, and only 6% of crimes are ever solved.", [
        NV("lost 1,500 officers", "officer numbers are not in any data file"),
        NV("only 6% of crimes are ever solved", "outcomes for all crime in London are not in any data file")]),
    ("CALLER: The Mayor has failed Londoners, simple as that.", [OP("The Mayor has failed Londoners")]),
    ("DEPUTY MAYOR: I understand the frustration, but London is safer than it was and stop and search has its place.", [
        OP("stop and search has its place")]),
])

# ====================================================================== a9 think-tank briefing: ONS knife series (labels 2009-2020)
KY = range(2009, 2021)
reg = {r: {y: ons_knife_region(r, y) for y in KY} for r in ("England", "London", "North West", "Yorkshire and the Humber", "South East")}
frc = {f: {y: ons_knife(f, y) for y in KY} for f in ("West Midlands", "Cumbria", "Merseyside", "West Yorkshire")}
ENG, LDN = reg["England"], reg["London"]
add("a9_thinktank_knife_briefing.txt", "2021-01-15", [
    ("Briefing paper: Knife crime in England - where, and how fast?", []),
    ("Offences involving a knife or sharp instrument in England stood at 44,670 in the latest year of the series, slightly "
     "below the year before.", [
        E("44,670", T(ENG[2020] == 44670), "count", f"England {ser(ENG)}", "true"),
        E("slightly below the year before", T(0 < -pct(ENG[2020], ENG[2019]) < 5), "direction",
          f"{ENG[2020]} vs {ENG[2019]}: {pct(ENG[2020], ENG[2019]):+.1f}%", "true")]),
    ("That followed five consecutive annual rises.", [
        E("five consecutive annual rises", T(rises_in_a_row(ENG, 2019) == 5), "streak", "rises in labels 2015-2019 after the 2014 low", "true")]),
    ("London alone accounted for more than a third of the total, and its count has risen by more than half from the "
     "capital's low point in the middle of the decade.", [
        E("more than a third of the total", T(LDN[2020] / ENG[2020] > 1 / 3), "share",
          f"London {LDN[2020]} / England {ENG[2020]} = {100 * LDN[2020] / ENG[2020]:.1f}%", "true"),
        E("risen by more than half", T(pct(LDN[2020], min(LDN.values())) > 50 and min(LDN, key=LDN.get) == 2015), "change",
          f"London {ser(LDN)}: low {min(LDN.values())}", "true")]),
    ("The North West figure more than halved in a single year, though that partly reflects Greater Manchester's missing return.", [
        E("more than halved in a single year", T(reg["North West"][2020] < reg["North West"][2019] / 2), "change",
          f"North West {ser(reg['North West'])}; Greater Manchester blank in the latest year", "true")]),
    ("West Midlands Police recorded 3,437 offences, the highest in the series.", [
        E("the highest in the series", F(frc["West Midlands"][2020] == max(frc["West Midlands"].values())), "record",
          f"West Midlands {ser(frc['West Midlands'])}: the first year was higher", "false")]),
    ("Cumbria's count has more than doubled since the series began, and Merseyside now records more knife offences than West Yorkshire.", [
        E("more than doubled since the series began", T(frc["Cumbria"][2020] > 2 * frc["Cumbria"][2009]), "change",
          f"Cumbria {ser(frc['Cumbria'])}", "true"),
        E("more knife offences than West Yorkshire", F(frc["Merseyside"][2020] > frc["West Yorkshire"][2020]), "compare",
          f"latest: Merseyside {frc['Merseyside'][2020]}, West Yorkshire {frc['West Yorkshire'][2020]}", "false")]),
    ("Yorkshire and the Humber fell back, while the South East reached a new high.", [
        E("Yorkshire and the Humber fell back", T(reg["Yorkshire and the Humber"][2020] < reg["Yorkshire and the Humber"][2019]), "direction",
          f"Yorkshire and the Humber {ser(reg['Yorkshire and the Humber'])}", "true"),
        E("the South East reached a new high", T(reg["South East"][2020] == max(reg["South East"].values())), "record",
          f"South East {ser(reg['South East'])}", "true")]),
    ("Three in four knife offenders are under 25, and on current trends the national total will pass 50,000 within two years.", [
        NV("Three in four knife offenders are under 25", "offender ages are not in the knife series"),
        NV("will pass 50,000 within two years", "a forecast")]),
    ("The government's knife crime strategy has plainly failed.", [OP("knife crime strategy has plainly failed")]),
])

# ====================================================================== a10 fact-check piece: City of London 2025 (police.uk street files)
col_c = {y: col(cal(y), crime_only=True) for y in (2024, 2025)}
col_a = {y: col(cal(y)) for y in (2024, 2025)}
col_t = {t: {y: col(cal(y), t) for y in (2024, 2025)} for t in ("Burglary", "Robbery", "Theft from the person", "Shoplifting")}
col_types25 = __import__("collections").Counter()
for _m in cal(2025):
    col_types25.update(__import__("truth15")._col_month(_m))
col_m = {m: col([m]) for m in cal(2025)}
col_mc = {m: col([m], crime_only=True) for m in cal(2025)}
add("a10_factcheck_city_of_london.txt", "2026-02-20", [
    ("FACT CHECK: Has crime in the Square Mile really doubled?", []),
    ("A post shared thousands of times this week claims crime in the City of London doubled last year.", [
        E("crime in the City of London doubled last year", F(col_c[2025] >= 1.9 * col_c[2024] or col_a[2025] >= 1.9 * col_a[2024]), "change",
          f"City of London street files 2025 vs 2024: crimes {col_c[2025]} vs {col_c[2024]}, with ASB {col_a[2025]} vs {col_a[2024]} (a fall)", "false")]),
    ("That is wrong. The City of London Police recorded fewer crimes in 2025 than in 2024, a fall of roughly a tenth.", [
        E("a fall of roughly a tenth", T(all(8 <= -pct(d[2025], d[2024]) <= 12 for d in (col_c, col_a))), "change",
          f"{pct(col_c[2025], col_c[2024]):+.1f}% without ASB, {pct(col_a[2025], col_a[2024]):+.1f}% with ASB", "true")]),
    ("Some offences did rise. Burglary was up by more than a third, to 459, and robberies went from 186 to 236.", [
        E("up by more than a third", T(col_t["Burglary"][2025] == 459 and pct(col_t["Burglary"][2025], col_t["Burglary"][2024]) > 100 / 3), "change",
          f"burglary {ser(col_t['Burglary'])}: {pct(col_t['Burglary'][2025], col_t['Burglary'][2024]):+.1f}%", "true"),
        E("went from 186 to 236", T(col_t["Robbery"][2024] == 186 and col_t["Robbery"][2025] == 236), "change", f"robbery {ser(col_t['Robbery'])}", "true")]),
    ("But thefts from the person fell by almost a fifth, and shoplifting, the most common offence in the Square Mile, by a tenth.", [
        E("fell by almost a fifth", T(17 <= -pct(col_t["Theft from the person"][2025], col_t["Theft from the person"][2024]) < 20), "change",
          f"theft from the person {ser(col_t['Theft from the person'])}", "true"),
        E("the most common offence in the Square Mile", F(col_types25.most_common(1)[0][0] == "Shoplifting"), "rank",
          f"2025 by type: {col_types25.most_common(3)} (other theft and violence are larger)", "false"),
        E("by a tenth", T(pct_is(-10, col_t["Shoplifting"][2025], col_t["Shoplifting"][2024])), "change",
          f"shoplifting {ser(col_t['Shoplifting'])}: {pct(col_t['Shoplifting'][2025], col_t['Shoplifting'][2024]):+.1f}%", "true")]),
    ("The busiest month of the year was December; the quietest was January.", [
        E("The busiest month of the year was December", T(max(col_m, key=col_m.get) == "202512" and max(col_mc, key=col_mc.get) == "202512"), "rank",
          f"monthly rows {ser(col_m)}; crimes only {ser(col_mc)}", "true"),
        E("the quietest was January", T(min(col_m, key=col_m.get) == "202501" and min(col_mc, key=col_mc.get) == "202501"), "rank",
          "January is the minimum on both counts", "true")]),
    ("The post's other claim, that the City has the highest crime rate in Britain, cannot be tested: a few thousand people live there but "
     "hundreds of thousands work there.", [
        NV("the highest crime rate in Britain", "no file here holds crime for every force or district in Britain with a population")]),
    ("Viral posts like this one do real damage to public trust.", [OP("do real damage to public trust")]),
])

# ====================================================================== one-liners: true
y25 = mps_by_borough(mm=cal(2025))


def yb(b, **k):
    return yearly(borough=b, **k)


cam = yb("Camden", minor="THEFT FROM THE PERSON", years=(2024, 2025))
one("o01_camden_phone_snatching.txt", "2026-02-18",
    "Camden councillor: Phone snatching and pickpocketing in Camden dropped by almost a quarter last year, to 7,434 offences.",
    E("dropped by almost a quarter", T(cam[2025] == 7434 and 22 <= -pct(cam[2025], cam[2024]) < 25), "change",
      f"theft from the person, Camden {ser(cam)}: {pct(cam[2025], cam[2024]):+.1f}%", "true"))
one("o02_westminster_top.txt", "2026-02-10",
    "No borough in London saw more crime in 2025 than Westminster.",
    E("No borough in London saw more crime in 2025 than Westminster", T(rank_of("Westminster", y25) == 1), "rank",
      f"2025 all crime top: {sorted(y25.items(), key=lambda x: -x[1])[:2]}", "true"))
h25 = mps_by_borough(minor="HOMICIDE", mm=cal(2025))
one("o03_lewisham_homicide.txt", "2026-02-22",
    "Lewisham recorded 11 homicides last year, the most of any London borough.",
    E("the most of any London borough", T(h25["Lewisham"] == 11 and rank_of("Lewisham", h25) == 1), "rank",
      f"homicide offences 2025 top: {sorted(h25.items(), key=lambda x: -x[1])[:4]}", "true"))
hil = yb("Hillingdon")
one("o04_hillingdon_record.txt", "2026-02-14",
    "Hillingdon residents' association: crime in the borough reached a record high in 2025.",
    E("reached a record high in 2025", T(hil[2025] == max(hil.values())), "record", f"Hillingdon {ser(hil)}", "true"))
one("o05_harrow_homicide.txt", "2026-01-30",
    "Harrow went the whole of 2025 without a single homicide.",
    E("without a single homicide", T(h25["Harrow"] == 0), "count", f"Harrow homicide offences 2025: {h25['Harrow']}", "true"))
ksh = yb("Kingston upon Thames", minor="SHOPLIFTING")
one("o06_kingston_shoplifting.txt", "2026-02-25",
    "Kingston traders: shoplifting has now gone up for the fifth year in a row.",
    E("fifth year in a row", T(rises_in_a_row(ksh, 2025) == 5), "streak", f"Kingston shoplifting {ser(ksh)}", "true"))
one("o07_tower_hamlets_bikes.txt", "2026-03-02",
    "Only Hackney lost more bikes to thieves than Tower Hamlets in 2025.",
    E("Only Hackney lost more bikes", T(rank_of("Tower Hamlets", bk25) == 2 and rank_of("Hackney", bk25) == 1), "rank",
      f"bicycle theft 2025 top: {sorted(bk25.items(), key=lambda x: -x[1])[:3]}", "true"))
hkd = yb("Hackney", major="DRUG OFFENCES", years=(2024, 2025))
one("o08_hackney_drugs.txt", "2026-02-19",
    "Drug offences in Hackney rose by half last year as police stepped up stop and search.",
    E("rose by half", T(abs(pct(hkd[2025], hkd[2024]) - 50) < 2), "change", f"Hackney drug offences {ser(hkd)}: {pct(hkd[2025], hkd[2024]):+.1f}%", "true"))
isl = (mps(borough="Islington", mm=r12(2026, 2)), mps(borough="Islington", mm=r12(2025, 2)))
one("o09_islington_rolling.txt", "2026-03-28",
    "Crime in Islington over the 12 months to February was almost exactly level with the 12 months before.",
    E("almost exactly level", T(abs(pct(*isl)) < 0.5), "equal", f"Islington 12 months to Feb 2026 {isl[0]} vs to Feb 2025 {isl[1]}: {pct(*isl):+.2f}%", "true"))
sq = {y: mps(borough="Southwark", mm=months(y, 1, y, 3)) for y in (2024, 2025)}
one("o10_southwark_q1.txt", "2025-05-02",
    "Southwark recorded 9,515 crimes in the first quarter of 2025, up 3% on the same quarter a year earlier.",
    E("up 3%", T(sq[2025] == 9515 and pct_is(3, sq[2025], sq[2024])), "change", f"Southwark Jan-Mar {ser(sq)}: {pct(sq[2025], sq[2024]):+.1f}%", "true"))
mrt = yb("Merton", minor="ROBBERY OF PERSONAL PROPERTY", years=(2023, 2025))
one("o11_merton_muggings.txt", "2026-02-08",
    "Muggings in Merton are down by more than 40% in two years.",
    E("down by more than 40% in two years", T(-pct(mrt[2025], mrt[2023]) > 40), "change", f"Merton personal robbery {ser(mrt)}", "true"))
crk = {y: dash(borough="Croydon", mm=fy(y)) for y in (2024, 2025)}
one("o12_croydon_knife_fy.txt", "2025-05-12",
    "Croydon borough commander: knife crime fell 14% in 2024/25.",
    E("knife crime fell 14%", T(pct_is(-14, crk[2025], crk[2024])), "change", f"Croydon knife crime FY {ser(crk)}: {pct(crk[2025], crk[2024]):+.1f}%", "true"))
k24 = knife_boroughs(cal(2024))
one("o13_lambeth_knife_2024.txt", "2025-02-15",
    "In 2024 Lambeth overtook Westminster to record more knife crime than any other borough.",
    E("more knife crime than any other borough", T(rank_of("Lambeth", k24) == 1 and knife_boroughs(cal(2023))["Westminster"] > knife_boroughs(cal(2023))["Lambeth"]), "rank",
      f"knife crime 2024 top {sorted(k24.items(), key=lambda x: -x[1])[:2]}; 2023 Westminster ahead", "true"))
ny17 = {m: nyc(2017, m) for m in range(1, 13)}
one("o14_nyc_july.txt", "2018-02-01",
    "New York saw 38 murders in July 2017, its deadliest month of the year.",
    E("its deadliest month of the year", T(ny17[7] == 38 and max(ny17, key=ny17.get) == 7), "rank", f"NYC 2017 by month {ser(ny17)}", "true"))
one("o15_japan.txt", "2023-06-01",
    "Japan's murder rate is about a fifth of England and Wales's.",
    E("about a fifth of England and Wales's", T(abs(owid("Japan", 2021) / owid("England and Wales", 2021) - 0.2) < 0.02), "compare",
      f"2021: Japan {owid('Japan', 2021):.3f}, England and Wales {owid('England and Wales', 2021):.3f}", "true"))
one("o16_el_salvador.txt", "2024-05-01",
    "El Salvador's homicide rate fell by more than 90% between 2015 and 2022.",
    E("fell by more than 90%", T(-pct(owid("El Salvador", 2022), owid("El Salvador", 2015)) > 90), "change",
      f"El Salvador {owid('El Salvador', 2015):.1f} -> {owid('El Salvador', 2022):.1f}", "true"))
dp = {m: fs("dyfed-powys", mm=[m]) for m in M11}
dpc = {m: fs("dyfed-powys", mm=[m], crime_only=True) for m in M11}
one("o17_dyfed_powys_august.txt", "2022-12-30",
    "Dyfed-Powys Police: August was our busiest month of 2022 so far, as tourists flocked to the coast.",
    E("August was our busiest month", T(max(dp, key=dp.get) == "202208" and max(dpc, key=dpc.get) == "202208"), "rank",
      f"monthly rows {ser(dp)}; crimes only {ser(dpc)}", "true"))
btb = {m: fs("btp", "Bicycle theft", mm=[m]) for m in M11}
one("o18_btp_bikes.txt", "2022-10-10",
    "Bike thefts at stations in August 2022 were more than three times January's level.",
    E("more than three times January's level", T(btb["202208"] > 3 * btb["202201"]), "compare", f"BTP bicycle theft by month {ser(btb)}", "true"))
cu_v, cu_t, cu_c = fs("cumbria", "Violence and sexual offences"), fs("cumbria"), fs("cumbria", crime_only=True)
one("o19_cumbria_violence.txt", "2023-01-22",
    "More than four in ten crimes reported in Cumbria in the first eleven months of 2022 were violent or sexual offences.",
    E("More than four in ten", T(cu_v / cu_t > 0.4 and cu_v / cu_c > 0.4), "share",
      f"Cumbria Jan-Nov 2022: {cu_v}/{cu_c} crimes ({100 * cu_v / cu_c:.1f}%), {cu_v}/{cu_t} with ASB ({100 * cu_v / cu_t:.1f}%)", "true"))
one("o20_south_wales_shoplifting.txt", "2022-12-30",
    "South Wales Police logged 7,684 shoplifting offences between January and November 2022.",
    E("7,684 shoplifting offences", T(fs("south-wales", "Shoplifting") == 7684), "count", f"South Wales shoplifting Jan-Nov 2022 {fs('south-wales', 'Shoplifting')}", "true"))
one("o21_met_ss_january.txt", "2018-03-05",
    "The Met carried out 12,137 stop and searches in January.",
    E("12,137 stop and searches", T(met_ss(["201801"]) == 12137), "count", f"Met stop and search 2018-01: {met_ss(['201801'])}", "true"))
v19k, v19 = victims(2019, Method_of_Killing="Knife or Sharp Implement"), victims(2019)
one("o22_knife_victims_2019.txt", "2020-02-10",
    "More than half of the 150 people killed in London in 2019 were stabbed, the most knife deaths in the Met's records.",
    E("More than half", T(v19 == 150 and v19k / v19 > 0.5), "share", f"2019 knife victims {v19k}/{v19}", "true"),
    E("the most knife deaths in the Met's records", T(kv[2019] == max(v for y, v in kv.items() if y <= 2022)), "record", f"knife victims {ser(kv)}", "true"))
lk = (lon(months(2020, 4, 2020, 6)), lon(months(2019, 4, 2019, 6)))
one("o23_lockdown.txt", "2020-08-01",
    "In the first lockdown, April to June 2020, recorded crime in London fell by about a quarter on the same months of 2019.",
    E("fell by about a quarter", T(all(23 <= -pct(lk[0][i], lk[1][i]) <= 27 for i in (0, 1))), "change",
      f"Apr-Jun 2020 {lk[0]} vs 2019 {lk[1]}: {pct(lk[0][0], lk[1][0]):+.1f}% / {pct(lk[0][1], lk[1][1]):+.1f}%", "true"))
hm = (lon(cal(2025), minor="RES BURGLARY OF A HOME"), lon(cal(2024), minor="RES BURGLARY OF A HOME"))
one("o24_london_home_burglary.txt", "2026-02-03",
    "Break-ins at London homes fell by about a tenth in 2025.",
    E("fell by about a tenth", T(all(9 <= -pct(hm[0][i], hm[1][i]) <= 11 for i in (0, 1))), "change",
      f"residential burglary of a home 2025 {hm[0]} vs 2024 {hm[1]}", "true"))
kcs = yb("Kensington and Chelsea", minor="SHOPLIFTING", years=(2024, 2025))
one("o25_kc_shoplifting.txt", "2026-02-26",
    "Shoplifting in Kensington and Chelsea rose by a third in 2025 as gangs targeted the King's Road.",
    E("rose by a third", T(abs(pct(kcs[2025], kcs[2024]) - 33.3) < 2), "change", f"K&C shoplifting {ser(kcs)}: {pct(kcs[2025], kcs[2024]):+.1f}%", "true"))
hnb = yb("Hounslow", minor="BICYCLE THEFT")
one("o26_hounslow_bikes.txt", "2026-02-11",
    "Bike theft in Hounslow is now at its lowest level since records began.",
    E("lowest level since records began", T(hnb[2025] == min(hnb.values()) and mps(minor="BICYCLE THEFT", borough="Hounslow", mm=months(2010, 4, 2010, 12)) > hnb[2025]), "record",
      f"Hounslow bicycle theft {ser(hnb)}", "true"))
one("o27_nyc_2018.txt", "2019-01-05",
    "Murders in New York rose in 2018, from 277 to 297.",
    E("Murders in New York rose in 2018", T(nyc(2018) > nyc(2017) and (nyc(2017), nyc(2018)) == (277, 297)), "direction", f"NYC {nyc(2016)}, {nyc(2017)}, {nyc(2018)} (file covers 2016-2018 only)", "true"))

# ====================================================================== one-liners: false
bnb = yb("Barnet", major="BURGLARY", years=(2024, 2025))
one("o28_barnet_burglary.txt", "2026-02-09",
    "Barnet Conservatives: burglary in Barnet went up again last year.",
    E("burglary in Barnet went up again last year", F(bnb[2025] > bnb[2024]), "direction", f"Barnet burglary {ser(bnb)}", "false"))
brd = yb("Brent", major="DRUG OFFENCES", years=(2024, 2025))
one("o29_brent_drugs.txt", "2026-02-17",
    "Drug offences in Brent nearly doubled in 2025.",
    E("nearly doubled", F(1.85 <= brd[2025] / brd[2024] <= 2.05), "change", f"Brent drug offences {ser(brd)}: x{brd[2025] / brd[2024]:.2f}", "false"))
one("o30_ealing_croydon.txt", "2026-03-01",
    "Ealing now has more recorded crime than Croydon.",
    E("more recorded crime than Croydon", F(y25["Ealing"] > y25["Croydon"]), "compare", f"2025 Ealing {y25['Ealing']}, Croydon {y25['Croydon']}", "false"))
env = yb("Enfield", major="VEHICLE OFFENCES", years=(2024, 2025))
one("o31_enfield_vehicle.txt", "2026-02-13",
    "Enfield Labour: car crime is rising again in Enfield.",
    E("car crime is rising again", F(env[2025] > env[2024]), "direction", f"Enfield vehicle offences {ser(env)}: {pct(env[2025], env[2024]):+.1f}%", "false"))
gw = yb("Greenwich", years=(2024, 2025))
one("o32_greenwich_same.txt", "2026-02-21",
    "Greenwich recorded exactly the same number of crimes in 2025 as in 2024.",
    E("exactly the same number of crimes", F(gw[2025] == gw[2024]), "equal", f"Greenwich {ser(gw)} (12 apart)", "false"))
hgs = yb("Haringey", minor="SHOPLIFTING", years=(2024, 2025))
one("o33_haringey_shoplifting.txt", "2026-03-03",
    "Shoplifting doubled in Haringey last year, say Wood Green traders.",
    E("Shoplifting doubled", F(1.9 <= hgs[2025] / hgs[2024] <= 2.1), "change", f"Haringey shoplifting {ser(hgs)}: x{hgs[2025] / hgs[2024]:.2f}", "false"))
wft = yb("Waltham Forest", minor="THEFT FROM THE PERSON", years=(2024, 2025))
one("o34_waltham_forest_tfp.txt", "2026-02-24",
    "Phone snatches in Waltham Forest jumped by a quarter in 2025.",
    E("jumped by a quarter", F(pct(wft[2025], wft[2024]) > 0), "change", f"Waltham Forest theft from the person {ser(wft)}: {pct(wft[2025], wft[2024]):+.1f}%", "false"))
wdr = yb("Wandsworth", major="ROBBERY", years=(2024, 2025))
one("o35_wandsworth_robbery.txt", "2026-02-16",
    "Robbery is up 14% in Wandsworth.",
    E("Robbery is up 14%", F(pct_is(14, wdr[2025], wdr[2024])), "change", f"Wandsworth robbery {ser(wdr)}: {pct(wdr[2025], wdr[2024]):+.1f}% (a fall of that size)", "false"))
one("o36_sutton_lowest.txt", "2026-02-27",
    "Sutton Lib Dems: Sutton had less crime than any other London borough last year.",
    E("less crime than any other London borough", F(rank_of("Sutton", y25, desc=False) == 1), "rank",
      f"2025 lowest counts: {sorted(y25.items(), key=lambda x: x[1])[:3]}", "false"))
rdr = yb("Redbridge", major="ROBBERY", years=(2024, 2025))
one("o37_redbridge_robbery.txt", "2026-02-12",
    "Ilford's borough commander says robbery in Redbridge fell in 2025.",
    E("robbery in Redbridge fell in 2025", F(rdr[2025] < rdr[2024]), "direction", f"Redbridge robbery {ser(rdr)}", "false"))
one("o38_london_shoplifting_tripled.txt", "2026-03-10",
    "Shoplifting in London has tripled since 2022.",
    E("tripled since 2022", F(all(2.8 <= shop[2025][i] / shop[2022][i] <= 3.2 for i in (0, 1))), "change",
      f"shoplifting 2025 {shop[2025]} vs 2022 {shop[2022]}: x{shop[2025][0] / shop[2022][0]:.2f}", "false"))
stk = lon_years(minor="STALKING AND HARASSMENT", years=(2022, 2023, 2024, 2025))
one("o39_stalking.txt", "2026-02-28",
    "Stalking and harassment offences in London fell for a third straight year in 2025.",
    E("fell for a third straight year", F(any(falls_in_a_row(both(stk, i), 2025) >= 3 for i in (0, 1))), "streak",
      f"stalking and harassment {ser(stk)}: 2025 rose", "false"))
one("o40_us_tenfold.txt", "2023-05-10",
    "America's homicide rate is ten times Britain's.",
    E("ten times Britain's", F(9 <= owid("United States", 2021) / owid("United Kingdom", 2021) <= 11), "compare",
      f"2021: US {owid('United States', 2021):.2f}, UK {owid('United Kingdom', 2021):.2f} (x{owid('United States', 2021) / owid('United Kingdom', 2021):.1f})", "false"))
one("o41_canada_2022.txt", "2024-01-15",
    "Canada's homicide rate fell in 2022.",
    E("Canada's homicide rate fell in 2022", F(owid("Canada", 2022) < owid("Canada", 2021)), "direction",
      f"Canada 2021 {owid('Canada', 2021):.2f}, 2022 {owid('Canada', 2022):.2f}", "false"))
msd = (force_street("merseyside", ["202112"]), force_street("merseyside", ["202112"], crime_only=True), force_street("merseyside", ["202201"]))
one("o42_merseyside_december.txt", "2022-02-15",
    "Merseyside Police recorded 15,029 crimes and ASB incidents in December 2021.",
    E("15,029 crimes and ASB incidents in December 2021", F(msd[0] == 15029), "count",
      f"Merseyside 2021-12: {msd[0]} rows ({msd[1]} crimes); 15,029 is January 2022", "false"))
bt = {}
for _m in M11:
    for _t in ("Violence and sexual offences", "Theft from the person", "Public order", "Other theft", "Bicycle theft"):
        bt[_t] = bt.get(_t, 0) + fs("btp", _t, mm=[_m])
one("o43_btp_tfp.txt", "2022-12-20",
    "Pickpocketing and phone theft is the most common crime on Britain's railways.",
    E("the most common crime on Britain's railways", F(max(bt, key=bt.get) == "Theft from the person"), "rank",
      f"BTP Jan-Nov 2022 by type {bt}", "false"))
swc = (fs("south-wales"), fs("dyfed-powys"), fs("south-wales", crime_only=True), fs("dyfed-powys", crime_only=True))
one("o44_south_wales_dyfed.txt", "2023-01-28",
    "South Wales deals with five times as much crime as Dyfed-Powys.",
    E("five times as much crime", F(4.5 <= swc[0] / swc[1] <= 5.5 or 4.5 <= swc[2] / swc[3] <= 5.5), "compare",
      f"Jan-Nov 2022 rows {swc[0]} vs {swc[1]} (x{swc[0] / swc[1]:.2f}); crimes {swc[2]} vs {swc[3]} (x{swc[2] / swc[3]:.2f})", "false"))
cro = (fs("cumbria", "Robbery"), fs("dyfed-powys", "Robbery"))
one("o45_cumbria_robbery.txt", "2023-01-18",
    "Cumbria had fewer robberies than Dyfed-Powys between January and November 2022.",
    E("fewer robberies than Dyfed-Powys", F(cro[0] < cro[1]), "compare", f"robbery Jan-Nov 2022: Cumbria {cro[0]}, Dyfed-Powys {cro[1]}", "false"))
ss_f = sum(1 for r in ss_rows if r["Gender"] == "Female")
one("o46_ss_women.txt", "2018-05-01",
    "Women made up a fifth of the people stopped and searched by the Met in the first three months of 2018.",
    E("a fifth of the people stopped", F(abs(ss_f / ss_n - 0.2) < 0.03), "share", f"female {ss_f}/{ss_n} = {100 * ss_f / ss_n:.1f}%", "false"))
one("o47_female_victims_2021.txt", "2022-02-01",
    "Twice as many women were killed in London in 2021 as in 2020.",
    E("Twice as many women", F(fv[2021] >= 1.8 * fv[2020]), "compare", f"female victims 2020 {fv[2020]}, 2021 {fv[2021]}", "false"))
one("o48_london_knife_second_year.txt", "2026-01-25",
    "Knife crime in London rose for a second year running in 2025.",
    E("rose for a second year running", F(kn25[0] > kn24[0] or kn25[1] > kn24[1]), "streak", f"knife crime 2025 {kn25} vs 2024 {kn24}", "false"))
mok = {y: ons_knife("Metropolitan Police", y) for y in KY}
one("o49_met_knife_ons.txt", "2021-02-01",
    "The Met's knife crime total peaked in 2017 and has fallen every year since.",
    E("peaked in 2017 and has fallen every year since", F(max(mok, key=mok.get) == 2017 and all(mok[y] < mok[y - 1] for y in range(2018, 2021))), "turn", f"ONS knife series, Met {ser(mok)}", "false"))
bu12 = (lon(r12(2026, 2), major="BURGLARY"), lon(r12(2025, 2), major="BURGLARY"))
one("o50_london_burglary_rolling.txt", "2026-03-30",
    "Burglary across London rose in the 12 months to February.",
    E("rose in the 12 months to February", F(bu12[0][0] > bu12[1][0] or bu12[0][1] > bu12[1][1]), "direction",
      f"burglary 12 months to Feb 2026 {bu12[0]} vs to Feb 2025 {bu12[1]}", "false"))
one("o51_kingston_fewest.txt", "2026-02-06",
    "Kingston recorded fewer crimes than any other London borough in 2025.",
    E("fewer crimes than any other London borough", F(rank_of("Kingston upon Thames", y25, desc=False) == 1), "rank",
      f"2025: Richmond {y25['Richmond upon Thames']}, Kingston {y25['Kingston upon Thames']}", "false"))
one("o52_london_victims_2022_borough.txt", "2023-02-20",
    "Croydon had more homicide victims than any other borough in 2022.",
    E("more homicide victims than any other borough", F(rank_of("Croydon", victims_by(2022, "Borough")) == 1), "rank",
      f"2022 victims by borough top: {victims_by(2022, 'Borough').most_common(3)}; Croydon {victims_by(2022, 'Borough')['Croydon']}", "false"))
one("o53_tfp_record_2025.txt", "2026-02-04",
    "Theft from the person in London hit a new record in 2025.",
    E("hit a new record in 2025", F(any(both(tfp, i)[2025] == max(both(tfp, i).values()) for i in (0, 1))), "record",
      f"theft from the person {ser(tfp)}: 2024 was higher", "false"))
ws = yb("Westminster", minor="THEFT FROM THE PERSON", years=(2024, 2025))
one("o54_westminster_tfp.txt", "2026-02-15",
    "Westminster's 25,182 thefts from the person were the borough's highest ever.",
    E("the borough's highest ever", F(ws[2025] == max(yb("Westminster", minor="THEFT FROM THE PERSON").values())), "record",
      f"Westminster theft from the person {ser(yb('Westminster', minor='THEFT FROM THE PERSON'))}", "false"))
sov = yb("Southwark", minor="VIOLENCE WITH INJURY", years=(2024, 2025))
one("o55_southwark_violence.txt", "2026-02-18",
    "Southwark: violence with injury up by a tenth last year.",
    E("up by a tenth", F(pct(sov[2025], sov[2024]) > 0), "change", f"Southwark violence with injury {ser(sov)}: {pct(sov[2025], sov[2024]):+.1f}%", "false"))

# ====================================================================== one-liners: unverifiable
NVL = [
    ("o56_barnet_catalytic.txt", "2026-02-02", "Catalytic converter thefts in Barnet have gone up 300% in two years.",
     "have gone up 300%", "catalytic-converter thefts are not a separate category in any data file"),
    ("o57_newham_charged.txt", "2026-02-20", "Only one shoplifter in ten caught in Newham is ever charged.",
     "Only one shoplifter in ten", "charges by offence and borough are not in any data file"),
    ("o58_westminster_moped.txt", "2026-03-04", "Moped gangs were behind half of all phone snatches in Westminster last year.",
     "behind half of all phone snatches", "moped-enabled theft is not separated in the data"),
    ("o59_croydon_999.txt", "2026-01-12", "Croydon residents now wait an average of 15 minutes for a 999 call to be answered.",
     "an average of 15 minutes", "call-answering times are not in any data file"),
    ("o60_enfield_flytipping.txt", "2026-02-10", "Fly-tipping in Enfield is up 40% on last year.",
     "up 40% on last year", "fly-tipping is council data, not in any file here"),
    ("o61_camden_spiking.txt", "2026-01-28", "Reports of drink spiking in Camden's clubs rose by half in 2025.",
     "rose by half in 2025", "spiking is not a separate category in the data"),
    ("o62_lambeth_sentences.txt", "2026-03-12", "People caught with a knife in Lambeth get an average sentence of just eight months.",
     "an average sentence of just eight months", "sentences are not in any data file"),
    ("o63_southwark_reoffending.txt", "2026-02-25", "Four in ten young offenders in Southwark reoffend within a year.",
     "Four in ten young offenders", "reoffending rates are not in any data file"),
    ("o64_kingston_cost.txt", "2026-03-06", "Shoplifting cost Kingston's traders £5 million last year.",
     "£5 million last year", "the cost of crime is not in any data file"),
    ("o65_cumbria_domestic.txt", "2023-01-30", "Domestic abuse in Cumbria rose by 12% in 2022.",
     "rose by 12% in 2022", "police.uk street files do not flag domestic abuse"),
    ("o66_dyfed_dogs.txt", "2022-12-05", "Dog thefts in Dyfed-Powys have trebled since the pandemic.",
     "have trebled since the pandemic", "animal theft is not separated in the police.uk street files"),
    ("o67_bromley_forecast.txt", "2026-03-15", "Bromley's police chief expects burglary to fall by another 10% this year.",
     "fall by another 10% this year", "a forecast"),
    ("o68_redbridge_county_lines.txt", "2026-02-14", "There are now more than 30 county lines gangs operating out of Redbridge.",
     "more than 30 county lines gangs", "gang counts are not in any data file"),
]
for _n, _d, _line, _key, _note in NVL:
    one(_n, _d, _line, NV(_key, _note))

# ====================================================================== one-liners: opinion
OPL = [
    ("o69_wandsworth_safer.txt", "2026-02-20", "Wandsworth councillor: our streets feel safer than they have in years.", "our streets feel safer"),
    ("o70_trader_given_up.txt", "2026-03-02", "Oxford Street trader: the police have simply given up on shoplifting.", "the police have simply given up on shoplifting"),
    ("o71_stop_search_campaign.txt", "2026-01-20", "Campaign group: stop and search is a blunt instrument that alienates a generation.", "a blunt instrument that alienates a generation"),
    ("o72_high_street_dark.txt", "2026-02-08", "Nobody feels safe walking down Streatham High Road after dark any more.", "Nobody feels safe"),
    ("o73_home_secretary.txt", "2026-02-26", "Shadow minister: the Home Secretary is asleep at the wheel on knife crime.", "asleep at the wheel"),
    ("o74_harrow_family.txt", "2026-01-15", "Harrow remains a fantastic place to raise a family.", "a fantastic place to raise a family"),
    ("o75_youth_clubs.txt", "2026-03-08", "Youth worker: more youth clubs, not more police, is the answer to violence in Tottenham.", "more youth clubs, not more police"),
    ("o76_hundred_times.txt", "2026-02-19", "I've told the council a hundred times that the lighting on Green Lanes is a disgrace.", "the lighting on Green Lanes is a disgrace"),
    ("o77_zero_tolerance.txt", "2026-03-11", "Reform candidate for Havering: zero tolerance is the only policing that has ever worked.", "zero tolerance is the only policing"),
    ("o78_headline_cuts.txt", "2026-02-01", "Headline: Ten years of cuts to blame for London's crime crisis.", "to blame for London's crime crisis"),
    ("o79_leaflet_libdem.txt", "2026-04-10", "Leaflet: Only the Liberal Democrats can beat the Conservatives here and put more bobbies on the beat in Sutton.", "Only the Liberal Democrats can beat the Conservatives"),
    ("o80_million_miles.txt", "2026-02-23", "Borough commander: we are a million miles from where we want to be on violence against women.", "a million miles from where we want to be"),
]
for _n, _d, _line, _key in OPL:
    one(_n, _d, _line, OP(_key))
