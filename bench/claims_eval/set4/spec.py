"""Fresh claim set (set4), written to measure the checker at first contact; truth from raw files via
../truth_lib.py and ./truth4.py (csv / pyarrow only, never crimestats).

UNITS: name -> (as_of, text, [expect...]); expect = (key, allowed_verdicts, kind, truth_note).
key = a substring of the text located in the claim span; the checker claim covering that offset is matched.
A key may be prefixed 'N:' meaning "no claim should be made here" (any claim covering it is INVENTED
unless its verdict is in the allowed set). Tolerance conventions: see README.md.
"""
from truth_lib import *  # noqa
from truth4 import *  # noqa
import truth_lib as T
import truth4 as T4

A, C, I, U, O = "accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion"
AC = {A, C}


def chg(a, b):
    return f"{a} vs {b}: {pct(a, b):+.2f}% (ratio {a / b:.3f})"


def sh(k, n):
    return f"{k}/{n} = {100 * k / n:.1f}%"


c25, c24, c23, c22, c21 = cal(2025), cal(2024), cal(2023), cal(2022), cal(2021)
HOM = {y: mps(minor='HOMICIDE', mm=cal(y)) for y in range(2011, 2026)}
HOM_OLD = {y: mps_old(minor='HOMICIDE', mm=cal(y)) for y in range(2011, 2023)}
VIC = {y: vcount(y) for y in range(2003, 2023)}
UNITS = {}

# ------------------------------------------------------------------ 1. homicide review of 2022 (victims dashboard)
knife = {y: vcount(y, Method_of_Killing='Knife or Sharp Implement') for y in range(2003, 2023)}
UNITS["a1_homicide_review_2022.txt"] = ("2023-01-20", """Deaths in the capital: London's homicide toll in 2022

A total of 106 people were killed in London in 2022, according to the Metropolitan Police homicide dashboard.

That was a fall of almost a fifth on 2021, when 135 people lost their lives.

It was also the lowest toll since 2014.

Seventy of the victims were stabbed, about two thirds of the total.

Shootings claimed ten lives, the same number as the year before.

Twenty-eight of those killed were women and girls, more than a quarter of all victims.

Four children were among the dead.

Teenagers and young adults made up more than a third of the victims.

Domestic abuse was a factor in 17 killings, down from 24 in 2021.

By the end of the year police had solved nine in ten of the cases.

The worst year for knife deaths remains 2003, when 88 people were stabbed to death.

In 2021 Haringey saw more killings than any other borough, with 11.
""", [
    ("106", {A}, "count", f"victims 2022 = {VIC[2022]} (offences latest {HOM[2022]}, older release {HOM_OLD[2022]})"),
    ("almost a fifth", {A}, "ratio", "victims " + chg(VIC[2022], VIC[2021]) + "; offences " + chg(HOM[2022], HOM[2021])),
    ("135", {C}, "count", f"victims 2021 = {VIC[2021]}; 135 is the OFFENCES count for 2021 ({HOM[2021]}): other unit"),
    ("lowest toll since 2014", AC, "record", f"victims by year {VIC} (2016 ties 106 -> caveat); offences {HOM} (112 lowest since 2014's 95 -> accurate)"),
    ("two thirds", {A, C}, "share", sh(knife[2022], VIC[2022])),
    ("ten lives", {A}, "count", f"shooting victims 2022 = {vcount(2022, Method_of_Killing='Shooting')}"),
    ("more than a quarter", {A}, "share", sh(vcount(2022, Sex='Female'), VIC[2022])),
    ("more than a third", {I}, "share", "Adolescent/Young Adult " + sh(vcount(2022, Age_Group='Adolescent/Young Adult'), VIC[2022])),
    ("nine in ten", {I}, "share", "solved " + sh(vcount(2022, Solved_Status='Solved'), VIC[2022])),
    ("worst year for knife deaths", {I}, "record", f"knife victims by year {knife}: 2019 (94) and 2021 (92) exceed 2003 (88)"),
    ("more killings than any other borough", {A}, "comparison", "victims 2021 top boroughs " + str(Counter(r['Borough'] for r in T._victims() if r['Year'] == '2021').most_common(3))),
])

# ------------------------------------------------------------------ 2. Met statement on knife crime, FY 2024/25 (dashboard)
f25, f24, f23 = fy(2025), fy(2024), fy(2023)
kb = {b: dashm('Knife Crime', borough=b, mm=f25) for b in mps_by_borough(mm=c25)}
kbs = sorted(kb.items(), key=lambda x: -x[1])
UNITS["a2_met_knife_fy2425.txt"] = ("2025-04-22", """Metropolitan Police update: knife crime in 2024/25

Knife crime offences in London rose by 1,000 to 16,156 in the year to March 2025.

But the number of knife offences causing injury fell by 1.5%, to 3,736.

Westminster recorded the most knife crime of any borough, with 923 offences.

Kingston upon Thames had the fewest, at 131.

Knife crime is now a third higher than it was in 2022/23.

Officers secured 1,335 positive outcomes for knife offences, up 17% on the year before.

Knife-point robberies in which someone was injured rose by 12% to 510.

We have taken more than 3,000 knives off the streets through weapons sweeps and surrender bins.

Every one of these offences is one too many.
""", [
    ("1,000", {A}, "change", f"knife FY diff = {dashm('Knife Crime', mm=f25) - dashm('Knife Crime', mm=f24)}"),
    ("1.5%", {A}, "change", "knife with injury " + chg(dashm('Knife Crime with Injury', mm=f25), dashm('Knife Crime with Injury', mm=f24))),
    ("3,736", {A}, "count", f"knife with injury FY24/25 = {dashm('Knife Crime with Injury', mm=f25)}"),
    ("the most knife crime of any borough", {I}, "comparison", f"top 3 {kbs[:3]}: Lambeth, not Westminster"),
    ("923", {A, C}, "count", f"Westminster = {kb['Westminster']}"),
    ("the fewest", {A}, "comparison", f"bottom 3 {kbs[-3:]}"),
    ("a third higher", {I}, "ratio", "knife FY25 vs FY23 " + chg(dashm('Knife Crime', mm=f25), dashm('Knife Crime', mm=f23))),
    ("1,335", {A}, "count", f"positive outcomes FY24/25 = {dashm('Knife Crime', measure='Positive Outcomes', mm=f25)}"),
    ("up 17%", {I}, "change", "positive outcomes " + chg(dashm('Knife Crime', measure='Positive Outcomes', mm=f25), dashm('Knife Crime', measure='Positive Outcomes', mm=f24)) + " (a FALL)"),
    ("12%", {A}, "change", "knife injury personal robbery " + chg(dashm('Knife Crime with Injury (Personal Robbery)', mm=f25), dashm('Knife Crime with Injury (Personal Robbery)', mm=f24))),
    ("3,000 knives", {U}, "count", "knives seized: not in the data"),
])

# ------------------------------------------------------------------ 3. City of London Police, calendar 2025 (data.police.uk street files)
k25, k24 = col_types(c25), col_types(c24)
n25, n24 = sum(k25.values()), sum(k24.values())
UNITS["a3_city_of_london_2025.txt"] = ("2026-01-20", """City of London Police: the Square Mile in 2025

Crime and anti-social behaviour reported in the Square Mile fell by 11% in 2025, to 8,875 incidents.

Theft from the person dropped by almost a fifth, to 1,219 offences.

Shoplifting fell 20% to 1,440.

Violence and sexual offences in the City were up 7%.

Burglaries, however, rose by more than a third, to 459.

Other theft remained the most common crime type in the City, accounting for one in five of all reports.

Public order offences fell to 647 from 701.

The City remains one of the safest places in the country to live, work and visit.
""", [
    ("11%", {A, C}, "change", "CoL all rows " + chg(n25, n24)),
    ("8,875", {A, C}, "count", f"CoL 2025 rows incl. ASB = {n25} (excluding ASB {n25 - k25['Anti-social behaviour']})"),
    ("almost a fifth", {A}, "ratio", "theft from the person " + chg(k25['Theft from the person'], k24['Theft from the person'])),
    ("20%", {I}, "change", "shoplifting " + chg(k25['Shoplifting'], k24['Shoplifting'])),
    ("1,440", {A}, "count", f"shoplifting 2025 = {k25['Shoplifting']}"),
    ("up 7%", {I}, "change", "(direction) V&SO " + chg(k25['Violence and sexual offences'], k24['Violence and sexual offences'])),
    ("more than a third", {A}, "ratio", "burglary " + chg(k25['Burglary'], k24['Burglary'])),
    ("most common crime type", {A, C}, "comparison", f"top types {k25.most_common(3)}"),
    ("one in five", {A, C}, "share", "other theft " + sh(k25['Other theft'], n25)),
    ("safest places", {O, U}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ 4. Newham local paper, year to November 2023 (release to 2023-11 current)
y23, y22 = months(2022, 12, 2023, 11), months(2021, 12, 2022, 11)
nw = lambda maj=None, mm=y23: mps_old(major=maj, borough='Newham', mm=mm)  # noqa: E731
nwn = lambda maj=None, mm=y23: mps(major=maj, borough='Newham', mm=mm)  # noqa: E731
UNITS["a4_newham_year_to_november.txt"] = ("2023-12-18", """Newham crime rises again as thefts soar

Police recorded 38,662 offences in Newham in the 12 months to November, up 15% on the previous year.

Theft jumped by a quarter to 11,601 offences.

Robbery was up 21%, while burglary rose by 11%.

Drug offences fell by almost 30%, which campaigners link to fewer stop and searches.

Vehicle crime dropped 12%.

Stratford Olympic Park, home to the Westfield shopping centre, was the borough's crime hotspot, with 4,128 offences, more than any other ward in Newham.

East Ham ward saw 175 robberies over the year.

Response times to emergency calls in the borough have also got worse, residents say.

Some shoppers now describe Stratford as a no-go zone after dark.
""", [
    ("38,662", {A, C}, "count", f"older release {nw()} (latest release {nwn()})"),
    ("15%", {I}, "change", "older " + chg(nw(), nw(mm=y22)) + "; latest " + chg(nwn(), nwn(mm=y22))),
    ("by a quarter", {A, C}, "ratio", "theft older " + chg(nw('THEFT'), nw('THEFT', y22)) + "; latest " + chg(nwn('THEFT'), nwn('THEFT', y22))),
    ("21%", {A, C}, "change", "robbery older " + chg(nw('ROBBERY'), nw('ROBBERY', y22)) + "; latest " + chg(nwn('ROBBERY'), nwn('ROBBERY', y22))),
    ("11%", {A, C}, "change", "burglary older " + chg(nw('BURGLARY'), nw('BURGLARY', y22)) + "; latest " + chg(nwn('BURGLARY'), nwn('BURGLARY', y22))),
    ("almost 30%", {A, C}, "change", "drugs older " + chg(nw('DRUG OFFENCES'), nw('DRUG OFFENCES', y22)) + "; latest " + chg(nwn('DRUG OFFENCES'), nwn('DRUG OFFENCES', y22))),
    ("12%", {I}, "change", "vehicle older " + chg(nw('VEHICLE OFFENCES'), nw('VEHICLE OFFENCES', y22)) + "; latest " + chg(nwn('VEHICLE OFFENCES'), nwn('VEHICLE OFFENCES', y22))),
    ("4,128", {A, C}, "count", f"ward older {ward('Stratford Olympic Park', mm=y23, old=True)} (latest {ward('Stratford Olympic Park', mm=y23)})"),
    ("more than any other ward", {A, C}, "comparison", "Newham wards older " + str(wards_in('Newham', mm=y23, old=True).most_common(3))),
    ("got worse", {U, O}, "direction", "response times: not in the data"),
    ("no-go zone", {O}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ 5. fact check, national knife crime by force (ONS, years ending March)
kn20, kn19 = knife_forces(2020), knife_forces(2019)
kr20 = knife_rates(2020)
UNITS["a5_factcheck_knife_forces.txt"] = ("2020-06-10", """Fact check: is London really the knife crime capital of England?

The Metropolitan Police recorded 15,897 offences involving a knife or sharp instrument in the year to March 2020.

That was up 7% on the previous year.

The Met accounted for more than half of all knife crime recorded in England.

Its rate, almost 190 offences per 100,000 residents, was the highest of any force.

West Midlands Police recorded the second-highest number of knife offences, 3,437.

Across England, knife crime rose by 76% between 2014/15 and 2019/20.

In 2018/19 Greater Manchester Police saw its knife crime figure more than double.

Northumbria's total tripled in the same year.

Knife crime in the capital is still below its 2011/12 peak.
""", [
    ("15,897", {A}, "count", f"ONS Met year to Mar 2020 = {kn20['Metropolitan Police']}"),
    ("7%", {A}, "change", "Met " + chg(kn20['Metropolitan Police'], kn19['Metropolitan Police'])),
    ("more than half", {I}, "share", "Met / England " + sh(kn20['Metropolitan Police'], ons_knife_region('England', 2020))),
    ("almost 190", {A, C}, "rate", f"Met rate = {kr20['Metropolitan Police']:.1f} (pop mid-2019); author's knifecrime_100k = 178.63"),
    ("the highest of any force", {A, C}, "comparison", "rates " + str([(k, round(v, 1)) for k, v in sorted(kr20.items(), key=lambda x: -x[1])[:3]])),
    ("second-highest", {A, C}, "comparison", "counts " + str(sorted(kn20.items(), key=lambda x: -x[1])[:3]) + " (GMP missing in 2019/20)"),
    ("76%", {A, C}, "change", "England " + chg(ons_knife_region('England', 2020), ons_knife_region('England', 2015)) + " (England only; no Wales)"),
    ("more than double", {I}, "ratio", "GMP " + chg(knife_forces(2019)['Greater Manchester'], knife_forces(2018)['Greater Manchester'])),
    ("tripled", {A, C}, "ratio", "Northumbria (labelled Northumberland) " + chg(knife_forces(2019)['Northumberland'], knife_forces(2018)['Northumberland'])),
    ("still below its 2011/12 peak", {I}, "comparison", f"Met 2019/20 {kn20['Metropolitan Police']} vs 2011/12 {knife_forces(2012)['Metropolitan Police']}: above"),
])

# ------------------------------------------------------------------ 6. opposition statement, calendar 2023 (release to 2024-02 current)
UNITS["a6_assembly_candidate_2023.txt"] = ("2024-05-02", """Statement from the Conservative candidate for Mayor of London

Under this Mayor, shoplifting has soared: 57,459 offences last year, up 51% on 2022.

Robbery rose by 22% last year to 33,868.

Burglary is up 16%.

There were 110 homicides in 2023, barely down on the 112 in 2022.

Sexual offences have more than doubled since 2015.

Rape offences have nearly tripled since 2012.

Possession of weapons offences are at their highest level in a decade.

Bicycle theft fell to 16,187, the lowest since 2015, only because victims have given up reporting it.

Total recorded crime rose 7% to 930,955.

Violence against the person hit a record 251,421 offences.

Londoners have never felt less safe.

The Mayor has cut 1,200 police officers from our streets.
""", [
    ("51%", {A}, "change", "shoplifting " + chg(mps(minor='SHOPLIFTING', mm=c23), mps(minor='SHOPLIFTING', mm=c22))),
    ("22%", {A}, "change", "robbery " + chg(mps(major='ROBBERY', mm=c23), mps(major='ROBBERY', mm=c22))),
    ("33,868", {A}, "count", f"robbery 2023 = {mps(major='ROBBERY', mm=c23)}"),
    ("16%", {I}, "change", "burglary " + chg(mps(major='BURGLARY', mm=c23), mps(major='BURGLARY', mm=c22))),
    ("112", {A}, "count", f"hom 2022 = {HOM[2022]} (older release {HOM_OLD[2022]}, victims {VIC[2022]})"),
    ("more than doubled", {I}, "ratio", "sexual offences " + chg(mps(major='SEXUAL OFFENCES', mm=c23), mps(major='SEXUAL OFFENCES', mm=cal(2015)))),
    ("nearly tripled", {A}, "ratio", "rape " + chg(mps(minor='RAPE', mm=c23), mps(minor='RAPE', mm=cal(2012)))),
    ("highest level in a decade", {I}, "record", "weapons " + str({y: mps(major='POSSESSION OF WEAPONS', mm=cal(y)) for y in range(2013, 2024)})),
    ("lowest since 2015", {I}, "record", "bicycle " + str({y: mps(minor='BICYCLE THEFT', mm=cal(y)) for y in range(2011, 2024)}) + ": 2015 was HIGHER, so 2023 is the lowest on record, not since 2015"),
    ("7%", {A}, "change", "all " + chg(mps(mm=c23), mps(mm=c22))),
    ("hit a record", {A}, "record", "VAP " + str({y: mps(major='VIOLENCE AGAINST THE PERSON', mm=cal(y)) for y in range(2011, 2024)})),
    ("251,421", {A}, "count", f"VAP 2023 = {mps(major='VIOLENCE AGAINST THE PERSON', mm=c23)}"),
    ("never felt less safe", {O}, "opinion", "opinion"),
    ("1,200 police officers", {U}, "count", "workforce: not in the data"),
])

# ------------------------------------------------------------------ 7. stop and search explainer, Q1 2018 (data.police.uk Met)
q1 = months(2018, 1, 2018, 3)
n_q1 = ss('met', q1)[1]
UNITS["a7_stop_search_q1_2018.txt"] = ("2018-05-15", """Stop and search in London: the first quarter of 2018

Met officers carried out 33,774 stop and searches in the first three months of 2018.

Six in ten were searches for drugs.

Only 17% of searches led to an arrest.

Seven in ten ended with no further action.

Black people were the subject of 40% of all searches, although they make up around 13% of London's population.

March was the busiest month, with 10,866 searches.

In February officers made 10,771 searches, 11% fewer than in January.

Section 60 "no suspicion" powers were used more than 1,000 times.

Fewer than one in ten of those searched were women.
""", [
    ("33,774", {A}, "count", f"Met S&S Q1 2018 = {n_q1}"),
    ("Six in ten", {A, C}, "share", "drugs " + sh(ss('met', q1, **{'Object of search': 'Controlled drugs'})[0], n_q1)),
    ("17%", {A, C}, "share", "arrest " + sh(ss('met', q1, Outcome='Arrest')[0], n_q1)),
    ("Seven in ten", {A, C}, "share", "NFA " + sh(ss('met', q1, Outcome='A no further action disposal')[0], n_q1)),
    ("40%", {A, C}, "share", "Black (officer-defined) " + sh(ss('met', q1, **{'Officer-defined ethnicity': 'Black'})[0], n_q1)),
    ("busiest month", {I}, "record", f"months Jan-Mar {[ss('met', [m])[1] for m in q1]}: January was busiest"),
    ("11% fewer", {A}, "change", "Feb vs Jan " + chg(ss('met', ['201802'])[1], ss('met', ['201801'])[1])),
    ("1,000", {I}, "count", f"s60 = {ss('met', q1, Legislation='Criminal Justice and Public Order Act 1994 (section 60)')[0]}"),
    ("Fewer than one in ten", {A, C}, "share", "female " + sh(ss('met', q1, Gender='Female')[0], n_q1)),
])

# ------------------------------------------------------------------ 8. Hackney local news, "last month" = October 2025
hk = lambda mm, **k: mps(borough='Hackney', mm=mm, **k)  # noqa: E731
UNITS["a8_hackney_last_month.txt"] = ("2025-11-14", """Hackney crime down in October

Hackney recorded 2,714 crimes last month, 10% fewer than in October 2024.

It was the borough's lowest October total since 2017.

Shoplifting fell to 216 offences, from 246 a year earlier.

Bike thefts were down by a third.

Robberies, however, rose 15% to 141.

Knife crime in Hackney fell to 53 offences last month.

Neighbouring Tower Hamlets recorded 3,210 crimes in October, its highest October total on record.
""", [
    ("2,714", {A}, "count", f"Hackney Oct 2025 = {hk(['202510'])}"),
    ("10% fewer", {A}, "change", "Hackney Oct " + chg(hk(['202510']), hk(['202410']))),
    ("lowest October total since 2017", {I}, "record", "Hackney Octobers " + str({y: hk([f'{y}10']) for y in range(2011, 2026)}) + ": Oct 2023 was lower"),
    ("a third", {I}, "ratio", "bicycle " + chg(hk(['202510'], minor='BICYCLE THEFT'), hk(['202410'], minor='BICYCLE THEFT'))),
    ("15%", {A}, "change", "robbery " + chg(hk(['202510'], major='ROBBERY'), hk(['202410'], major='ROBBERY'))),
    ("53", {A}, "count", f"dash knife Hackney Oct25 = {dashm('Knife Crime', borough='Hackney', mm=['202510'])}"),
    ("highest October total on record", {A}, "record", "TH Octobers " + str({y: mps(borough='Tower Hamlets', mm=[f'{y}10']) for y in range(2010, 2026)})),
])

# ------------------------------------------------------------------ 9. one-liners, as of March 2026
vb25 = sorted(mps_by_borough(major='VIOLENCE AGAINST THE PERSON', mm=c25).items(), key=lambda x: -x[1])[:3]
rate25 = sorted(((b, mps(borough=b, mm=c25) / gla_pop(b, 2025) * 1000) for b in mps_by_borough(mm=c25)), key=lambda x: x[1])
ts = [r for r in __import__('pyarrow.parquet', fromlist=['x']).read_table(f"{T.P}/thorough-searches.parquet").to_pylist() if r['age_group'] == 'Under 18']
ts_y = Counter(str(r['stop_date'])[:4] for r in ts)
sa = __import__('pyarrow.parquet', fromlist=['x']).read_table(f"{T.P}/stolen-animals.parquet").to_pylist()
# type labels vary ('Dog', 'Dog ', 'dog'): normalised (fixed after the first run, see REPORT.md)
dogs = {y: sum(r['count_of_stolen_animals'] or 0 for r in sa if (r['type_of_animal'] or '').strip().lower() == 'dog' and r['year_and_month'].endswith(str(y))) for y in range(2010, 2023)}
cs19, cs18 = ss('city', cal(2019)), ss('city', cal(2018))
LINES = [
    ("Richmond upon Thames had the lowest crime rate of any London borough in 2025, at about 56 crimes per 1,000 residents.", [
        ("lowest crime rate", {A, C}, "comparison", f"lowest rates {[(b, round(r, 1)) for b, r in rate25[:3]]}"),
        ("56 crimes per 1,000", {A, C}, "rate", f"Richmond {rate25[0][1]:.1f} per 1,000 (GLA projection)")]),
    ("Croydon recorded more violent crime than any other London borough in 2025.", [
        ("more violent crime than any other", {I}, "comparison", f"VAP top {vb25}: Westminster by 2")]),
    ("Hackney had more bike thefts than any other borough in 2025, with 1,255.", [
        ("more bike thefts than any other", {A}, "comparison", str(sorted(mps_by_borough(minor='BICYCLE THEFT', mm=c25).items(), key=lambda x: -x[1])[:3]))]),
    ("Burglary in London fell in 2025 to its lowest level on record.", [
        ("lowest level on record", {A}, "record", str({y: mps(major='BURGLARY', mm=cal(y)) for y in range(2011, 2026)}))]),
    ("Robbery in the capital fell by 18% in 2025.", [
        ("18%", {I}, "change", "robbery " + chg(mps(major='ROBBERY', mm=c25), mps(major='ROBBERY', mm=c24)))]),
    ("Total recorded crime in London in 2022 was 867,936 offences.", [
        ("867,936", {C}, "count", f"older release {mps_old(mm=c22)}; latest {mps(mm=c22)} -> only an earlier release")]),
    ("There were 109 homicides in London in 2022.", [
        ("109", {C}, "count", f"older release {HOM_OLD[2022]}; latest {HOM[2022]}; victims {VIC[2022]}")]),
    ("There were 142 homicides in London in 2017, the most in a decade.", [
        ("142", {C}, "count", f"older release {HOM_OLD[2017]}; latest {HOM[2017]}; victims {VIC[2017]}"),
        ("the most in a decade", {A, C}, "record", f"offences {HOM} (2017 = 146 is the highest of 2011-2017; the series starts 2010-04)")]),
    ("In 2019 London recorded 140 homicides.", [
        ("140", {I}, "count", f"2019 = {HOM[2019]} offences / {VIC[2019]} victims; 140 is 2018's figure")]),
    ("Met figures show 128 homicides were recorded in London in 2018.", [
        ("128", {C}, "count", f"2018 offences {HOM[2018]}; victims {VIC[2018]}: matches the victims series only")]),
    ("Crime in the Stratford Olympic Park ward rose 17% in 2025, to 5,062 offences.", [
        ("17%", {A}, "change", "ward " + chg(ward('Stratford Olympic Park', mm=c25), ward('Stratford Olympic Park', mm=c24)))]),
    ("Westminster's West End ward recorded 38,000 crimes in 2025.", [
        ("38,000", {I}, "count", f"West End ward 2025 = {ward('West End', borough='Westminster', mm=c25)}")]),
    ("Strip searches of children by the Met fell to 221 in 2025, down from 395 the year before.", [
        ("221", {A, C}, "count", f"thorough searches Under 18 2025 = {ts_y['2025']} (2024 = {ts_y['2024']})")]),
    ("Dog thefts in London hit a record 433 in 2022.", [
        ("433", {I}, "count", f"dogs 2022 = {dogs[2022]} (433 only if 'Dog ' / 'dog' rows are dropped); by year {dogs}")]),
    ("Arrests for weapons offences in London rose 7% in 2025.", [
        ("7%", {A, C}, "change", "custody Weapons " + chg(custody_by(mm=c25, group='Weapons'), custody_by(mm=c24, group='Weapons')))]),
    ("City of London Police carried out 2,529 stop and searches in 2019, 80% more than in 2018.", [
        # +80.51% rounds to 81%: '80%' is outside the band by the README's own rule (fixed after the first run, see REPORT.md)
        ("80%", {I, C}, "change", "CoL S&S " + chg(cs19[1], cs18[1]))]),
    ("Almost a quarter of the City of London's searches in 2019 ended in an arrest.", [
        ("Almost a quarter", {A, C}, "share", "arrest " + sh(ss('city', cal(2019), Outcome='Arrest')[0], cs19[1]))]),
    ("The City of London Police recorded 60 knife offences in the year to March 2019, more than double the year before.", [
        ("60", {A}, "count", f"ONS CoL year to Mar 2019 = {knife_forces(2019)['London, City of']}"),
        ("more than double", {A}, "ratio", "CoL " + chg(knife_forces(2019)['London, City of'], knife_forces(2018)['London, City of']))]),
    ("In 2018/19 the Met's knife crime rate was lower than Greater Manchester's.", [
        ("lower than Greater Manchester", {I}, "comparison", "rates 2018/19 " + str({k: round(v, 1) for k, v in knife_rates(2019).items() if k in ('Metropolitan Police', 'Greater Manchester')}))]),
    ("In 2021 the homicide rate in the United States was nearly six times that of England and Wales.", [
        ("nearly six times", {A, C}, "ratio", f"US {owid('United States', 2021):.3f} / E&W {owid('England and Wales', 2021):.3f} = {owid('United States', 2021) / owid('England and Wales', 2021):.2f}")]),
    ("Germany's homicide rate in 2019 was higher than the UK's.", [
        ("higher than the UK", {I}, "comparison", f"Germany {owid('Germany', 2019):.3f} vs UK {owid('United Kingdom', 2019):.3f}")]),
    ("New York recorded 297 murders in 2018, more than double London's total.", [
        ("more than double", {A, C}, "ratio", f"NYC 2018 = {nyc(2018)}; London 2018 offences {HOM[2018]} (x{nyc(2018) / HOM[2018]:.2f}), victims {VIC[2018]} (x{nyc(2018) / VIC[2018]:.2f})")]),
    ("London's homicide rate in 2025 was about one per 100,000 people.", [
        ("one per 100,000", {A, C}, "rate", f"{HOM[2025]}/{london32_pop(2025)} = {HOM[2025] / london32_pop(2025) * 1e5:.2f}")]),
    ("Knife crime in Manchester rose by a fifth last year.", [
        ("a fifth", {U}, "ratio", "Manchester (city) not in the data; GMP series ends 2018/19")]),
    ("The Met now has 34,000 officers.", [
        ("34,000", {U}, "count", "workforce: not in the data")]),
    ("London is a far safer city than New York.", [
        ("far safer", {O}, "opinion", "opinion")]),
    ("Police were called to the flat on 14 Acre Lane at about 2am and two men were arrested.", [
        ("N:two men", set(), "none", "no statistical claim")]),
]
UNITS["a9_one_liners_2026.txt"] = ("2026-03-25", LINES)

# Right verdict for the wrong reason: (unit, key) -> (field, substring the checker's field must contain)
REASON = {
    ("a2_met_knife_fy2425.txt", "923"): ("measure", "knife"),
    ("a2_met_knife_fy2425.txt", "1,000"): ("measure", "knife"),
    ("a9_one_liners_2026.txt", "17%"): ("area", "stratford"),
    ("a3_city_of_london_2025.txt", "1,440"): ("area", "city"),
}
