"""Fresh claim set (set5), written to measure the checker at first contact; truth from raw files via
../truth_lib.py and ./truth5.py (csv / pyarrow only, never crimestats).

UNITS: name -> (as_of, text, [expect...]) for articles, or (as_of, [(line, [expect...]), ...]) for one-liners;
expect = (key, allowed_verdicts, kind, truth_note). key = a substring of the text (first occurrence) located in
the claim span; the checker claim covering that offset is matched. 'N:' prefix = no claim should be made here.
Tolerance conventions: see README.md.
"""
from collections import Counter

from truth_lib import *  # noqa
from truth5 import *  # noqa
import truth_lib as T
import truth5 as T5

A, C, I, U, O = "accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion"
AC = {A, C}


def chg(a, b):
    return f"{a} vs {b}: {pct(a, b):+.2f}% (ratio {a / b:.3f})"


def sh(k, n):
    return f"{k}/{n} = {100 * k / n:.1f}%"


HOM = {y: mps(minor="HOMICIDE", mm=cal(y)) for y in range(2011, 2026)}
VIC = {y: vic(y) for y in range(2003, 2023)}
UNITS = {}

# ------------------------------------------------------------------ a1. Mayor's press release on calendar 2025
c25, c24, c21 = cal(2025), cal(2024), cal(2021)
MAJ = {m: {y: mps(major=m, mm=cal(y)) for y in range(2011, 2026)} for m in
       ("BURGLARY", "ROBBERY", "SEXUAL OFFENCES", "DRUG OFFENCES", "VEHICLE OFFENCES")}
TFP = {y: mps(minor="THEFT FROM THE PERSON", mm=cal(y)) for y in (2024, 2025)}
SHOP = {y: mps(minor="SHOPLIFTING", mm=cal(y)) for y in range(2011, 2026)}
ALL = {y: mps(mm=cal(y)) for y in (2024, 2025)}
KN = {y: dash("Knife Crime", mm=cal(y)) for y in (2024, 2025)}
KNI = {y: dash("Knife Crime with Injury", mm=cal(y)) for y in (2024, 2025)}
KNP = {y: dash("Knife Crime", mm=cal(y), measure="Positive Outcomes") for y in (2024, 2025)}
kn_b = {b: dash("Knife Crime", borough=b, mm=c25) for b in mps_by_borough(mm=["202501"])}
UNITS["a1_mayor_2025_review.txt"] = ("2026-03-20", """Mayor of London: homicides at lowest level in more than a decade

Homicides in London fell to 96 last year, the lowest number since 2014, according to figures published by the Metropolitan Police.

That is 11% down on 2024, and 40% lower than the peak of 153 in 2019.

Burglary has now fallen for the fourth year in a row, to 48,064 offences.

Theft from the person dropped by 15%, while robbery was down by almost 8%.

Overall, the Met recorded just over 911,000 offences in 2025, 3% fewer than the year before.

Knife crime fell by a quarter over the year, to 13,804 offences, and knife crime with injury fell by 12%.

The number of knife offences resolved with a positive outcome, such as a charge, rose by almost half.

Newham recorded more knife crime than any other borough.

Vehicle crime fell by a fifth.

Shoplifting remains a challenge: it has nearly doubled since 2019.

Drug offences rose by almost a third as officers stepped up proactive operations, and sexual offences have now risen for three consecutive years.

The Mayor said: "We have put 1,300 extra officers into neighbourhood teams since 2024, and London remains one of the safest global cities in the world."
""", [
    ("lowest number since 2014", {A}, "record", f"offences by year {HOM}: 2014=95 <= 96, 2015-2024 all higher"),
    ("11%", {A}, "change", chg(HOM[2025], HOM[2024])),
    ("40%", {I}, "change", chg(HOM[2025], HOM[2019]) + " (37%, not 40%)"),
    ("fourth year in a row", {I}, "direction", f"burglary by year {MAJ['BURGLARY']}: 2022 and 2023 rose"),
    ("3% fewer", {A}, "change", chg(ALL[2025], ALL[2024])),
    ("a quarter", {I}, "ratio", "Met dashboard knife crime " + chg(KN[2025], KN[2024]) + " (a sixth, not a quarter)"),
    ("more knife crime than any other borough", {A}, "comparison", f"dashboard 2025 top {top(kn_b, 3)}"),
    ("a fifth", {I}, "ratio", "vehicle offences " + chg(MAJ['VEHICLE OFFENCES'][2025], MAJ['VEHICLE OFFENCES'][2024])),
    ("nearly doubled since 2019", {A}, "ratio", "shoplifting " + chg(SHOP[2025], SHOP[2019])),
    ("almost a third", {A}, "ratio", "drug offences " + chg(MAJ['DRUG OFFENCES'][2025], MAJ['DRUG OFFENCES'][2024])),
    ("three consecutive years", {I}, "direction", f"sexual offences {MAJ['SEXUAL OFFENCES']}: 2023 fell"),
    ("1,300 extra officers", {U}, "count", "workforce: not in the data"),
    ("one of the safest global cities", {O}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ a2. Croydon local paper, "last month" = February 2026
B = "Croydon"
def cr(mj=None, mm=None, minor=None):
    return mps(major=mj, minor=minor, borough=B, mm=mm)
feb = {y: f"{y}02" for y in range(2011, 2027)}
shop_feb = {y: cr(minor="SHOPLIFTING", mm=[m]) for y, m in feb.items()}
weap_feb = {y: cr("POSSESSION OF WEAPONS", [m]) for y, m in feb.items()}
r12, p12 = months(2025, 3, 2026, 2), months(2024, 3, 2025, 2)
vap12 = mps_by_borough(major="VIOLENCE AGAINST THE PERSON", mm=r12)
all12 = mps_by_borough(mm=r12)
rob12 = mps_by_borough(major="ROBBERY", mm=r12)
wards = ward_latest(r12, borough=B)
(w1, n1), (w2, n2) = top(wards, 2)
UNITS["a2_croydon_february.txt"] = ("2026-03-19", """Croydon crime figures: robbery down, shoplifting at record high

Crime in Croydon was roughly the same last month as a year earlier, with 2,591 offences recorded in February compared with 2,602 in February 2025.

Robbery fell by 28% on the same month last year, to 63 offences.

But shoplifting hit 289 offences, the highest February total on record.

Knife crime in the borough fell by more than a third, to 37 offences.

Burglary rose by 15%, while sexual offences were down by a fifth.

So far this year the borough has recorded 5,449 offences, against 5,463 in the first two months of 2025.

Violence against the person is up 6% on the same period last year, but drug offences have fallen by a quarter.

A 17-year-old boy was stabbed in Thornton Heath on Tuesday evening and two men aged 19 and 20 have been arrested.

Over the past 12 months Croydon recorded more violence against the person than any other London borough, and the seventh-highest total of all offences.

That works out at about 80 offences per 1,000 residents.

Fairfield ward, which covers the town centre, accounted for 4,710 offences, almost twice as many as any other ward.

Robbery in Croydon is now the fifth-highest in London.

Knife crime over the 12 months fell by 22%.

Local councillor Jason Perry said residents tell him the town centre feels safer than it has for years.
""", [
    ("roughly the same", {A}, "equality", chg(cr(mm=["202602"]), cr(mm=["202502"]))),
    ("28%", {A}, "change", "robbery " + chg(cr('ROBBERY', ['202602']), cr('ROBBERY', ['202502']))),
    ("highest February total on record", {A}, "record", f"shoplifting Februaries {shop_feb}"),
    ("more than a third", {A}, "ratio", "dashboard knife crime Croydon " + chg(dash('Knife Crime', borough=B, mm=['202602']), dash('Knife Crime', borough=B, mm=['202502']))),
    ("15%", {I}, "change", "burglary " + chg(cr('BURGLARY', ['202602']), cr('BURGLARY', ['202502']))),
    ("fallen by a quarter", {I}, "ratio", "drugs Jan-Feb " + chg(cr('DRUG OFFENCES', months(2026, 1, 2026, 2)), cr('DRUG OFFENCES', months(2025, 1, 2025, 2))) + " (a fifth)"),
    ("N:17-year-old", set(), "none", "news event, not a statistic"),
    ("more violence against the person than any other", {A}, "comparison", f"12 months to Feb 2026: {top(vap12, 3)}"),
    ("seventh-highest", {A}, "comparison", f"rank {rank_of(B, all12)}; {top(all12, 8)}"),
    ("about 80 offences per 1,000", AC, "rate", f"{cr(mm=r12)} / GLA 2025 {gla_pops(2025)[B]} = {1000 * cr(mm=r12) / gla_pops(2025)[B]:.1f}; / GLA 2024 = {1000 * cr(mm=r12) / gla_pops(2024)[B]:.1f}"),
    ("almost twice", {I}, "ratio", f"{w1} {n1} vs next {w2} {n2}: ratio {n1 / n2:.2f}"),
    ("fifth-highest", {I}, "comparison", f"Croydon robbery rank {rank_of(B, rob12)} over 12 months to Feb 2026"),
    ("feels safer", {O}, "opinion", "opinion (reported perception)"),
])

# ------------------------------------------------------------------ a3. fact check on homicide victims (Met homicide dashboard)
KNV = {y: vic(y, Method_of_Killing="Knife or Sharp Implement") for y in range(2003, 2023)}
DA = {y: vic(y, Domestic_Abuse="Domestic Abuse") for y in range(2003, 2023)}
CH = {y: vic(y, Age_Group="Child") for y in range(2003, 2023)}
b21 = vic_by(2021, "Borough")
UNITS["a3_factcheck_homicide_victims.txt"] = ("2024-01-05", """FACT CHECK: Has London become more violent?

In 2022, 106 people were killed in London, roughly half the 210 victims recorded in 2003.

Knives or other sharp instruments were used in 70 of those killings, two in every three.

2019 was the deadliest year of the past decade, with 150 victims, the highest toll since 2008.

Knife killings that year reached 94, the most since the Met's records began in 2003.

Gun deaths have fallen from 28 in 2003 to 10 in 2022, a drop of almost two-thirds.

Women and girls made up more than a third of victims in 2022.

Around one in six victims in 2022 died in a domestic abuse context, and domestic homicides have fallen every year since 2018.

One in five killings in 2022 is still unsolved.

Greenwich recorded 10 killings in 2021, second only to Haringey.

In 2017 teenagers and young adults accounted for almost half of all victims.

Fewer children were killed in 2022 than in any year since 2003.
""", [
    ("roughly half", {A}, "ratio", "victims " + chg(VIC[2022], VIC[2003])),
    ("two in every three", {A}, "share", sh(KNV[2022], VIC[2022])),
    ("highest toll since 2008", {I}, "record", f"victims {VIC}: 2008=144 < 150; 2007=157 -> highest since 2007"),
    ("the most since", {A}, "record", f"knife victims by year {KNV}"),
    ("almost two-thirds", AC, "ratio", "shooting victims " + chg(vic(2022, Method_of_Killing='Shooting'), vic(2003, Method_of_Killing='Shooting'))),
    ("more than a third", {I}, "share", sh(vic(2022, Sex='Female'), VIC[2022])),
    ("one in six", {A}, "share", sh(DA[2022], VIC[2022])),
    ("fallen every year since 2018", {I}, "direction", f"domestic abuse victims {DA}"),
    ("second only to Haringey", {A}, "comparison", f"2021 {b21.most_common(3)}"),
    ("almost half", AC, "share", "Adolescent/Young Adult 2017 " + sh(vic(2017, Age_Group='Adolescent/Young Adult'), VIC[2017])),
    ("Fewer children", {I}, "record", f"child victims {CH}: 2022=4, but 2009, 2012, 2021 had 3"),
])

# ------------------------------------------------------------------ a4. fact check: London against New York and other countries
nyc18 = nyc(cal(2018))
UNITS["a4_factcheck_london_new_york.txt"] = ("2025-06-10", """Is London really more dangerous than New York?

The claim resurfaces every few months. In February 2018 London recorded more murders than New York, with 18 homicides that month against New York's 15.

But in March New York was back ahead, with 25 killings to London's 19.

Over 2018 as a whole New York recorded 297 murders, more than double London's total.

In 2017 New York's count of 277 was the lowest in its modern history.

Across the United States the homicide rate was 6.8 per 100,000 people in 2021, almost six times that of England and Wales.

England and Wales's rate of 1.1 per 100,000 was slightly higher than France's, while Germany's, at 0.8, was lower still.

Canada's homicide rate has risen every year since 2017.

Paris recorded a homicide rate of 1.3 per 100,000 in 2021.

Knife crime tells a different story. In the year to March 2019 the Met recorded 14,842 offences involving a knife or sharp instrument, more than a third of all those in England.

Leaving aside the tiny City of London, that gave the Met the highest rate of any force, at 178 offences per 100,000 people, with West Midlands second.

Greater Manchester's knife crime almost doubled in a single year, from 1,953 to 3,620.

Critics who call London a war zone are simply wrong.
""", [
    ("more murders than New York", {A, C}, "comparison", f"Feb 2018: London homicide offences {mps(minor='HOMICIDE', mm=['201802'])} vs NYC {nyc(['201802'])}"),
    ("more than double", AC, "ratio", f"NYC {nyc18} / London offences {HOM[2018]} = {nyc18 / HOM[2018]:.2f}; / victims {vic(2018)} = {nyc18 / vic(2018):.2f}"),
    ("lowest in its modern history", {U, C}, "record", f"NYC file has only 2016-2018: {[nyc(cal(y)) for y in (2016, 2017, 2018)]}"),
    ("almost six times", {A}, "ratio", f"US/E&W 2021 = {owid('United States', 2021) / owid('England and Wales', 2021):.2f}"),
    ("1.1 per 100,000", {A}, "rate", f"E&W 2021 = {owid('England and Wales', 2021):.3f}"),
    ("slightly higher than France", {A}, "comparison", f"E&W {owid('England and Wales', 2021):.3f} vs France {owid('France', 2021):.3f}"),
    ("risen every year since 2017", {I}, "direction", f"Canada {[round(owid('Canada', y), 2) for y in range(2017, 2024)]} (2018 fell; 2023 fell)"),
    ("Paris", {U}, "rate", "no Paris data"),
    ("more than a third", {I}, "share", sh(knife_force('Metropolitan Police', 2019), ons_knife_region('England', 2019))),
    ("178 offences per 100,000", AC, "rate", f"Met rate = {knife_rates(2019)['Metropolitan Police']:.2f} (ONS force pop mid-2018)"),
    ("the highest rate of any force", AC, "comparison", f"rates yte Mar 2019 {[(f, round(v, 1)) for f, v in top(knife_rates(2019), 3)]} + City of London {1e5 * knife_force('London, City of', 2019) / force_pop('City of London', 2018):.0f} (set aside)"),
    ("West Midlands second", {I}, "comparison", f"rates yte Mar 2019 {[(f, round(v, 1)) for f, v in top(knife_rates(2019), 4)]}"),
    ("almost doubled", {A}, "ratio", "GMP " + chg(knife_force('Greater Manchester', 2019), knife_force('Greater Manchester', 2018))),
    ("war zone", {O}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ a5. MP's Commons speech on strip searches of children
KS = {y: strip(y, child=True) for y in range(2019, 2026)}
AS = {y: strip(y) for y in range(2019, 2026)}
UNITS["a5_mp_speech_strip_search.txt"] = ("2026-03-10", """Strip-searching of children: speech in Westminster Hall

Madam Deputy Speaker, last year the Metropolitan Police strip-searched 221 children.

That is down from 395 in 2024 and from 590 in 2020, so the number has fallen by almost two-thirds since 2020.

But more than half of those children were Black, and in almost half of these searches nothing was found.

Girls were one in twenty of the children searched.

Across all age groups the Met carried out 4,456 strip searches last year, a fall of a third on 2024.

Black Londoners were subject to 59% of them.

Over a third of all strip searches last year were of children, and the number of children searched has fallen every year since 2020.

The Met strip-searches more children than every other force in England combined.

Meanwhile Met arrests for sexual offences rose by a fifth last year.

This is a scandal that shames our capital.
""", [
    ("221", {A}, "count", f"thorough searches Under 18, 2025 = {KS[2025]}"),
    ("395", {A}, "count", f"2024 = {KS[2024]}"),
    ("almost two-thirds", AC, "ratio", chg(KS[2025], KS[2020])),
    ("more than half", {A, C}, "share", "Black " + sh(strip(2025, child=True, ethnic_appearance='Black'), KS[2025])),
    ("almost half", {I}, "share", "no positive outcome " + sh(strip(2025, child=True, positive='No'), KS[2025]) + " (2023 was 46%)"),
    ("one in twenty", {I}, "share", "female (F/Female) " + sh(strip(2025, child=True, sex='F') + strip(2025, child=True, sex='Female'), KS[2025]) + f"; sex values {dict(Counter(r['sex'] for r in T5._ts() if str(r['stop_date'])[:4] == '2025' and r['age_group'] == 'Under 18'))}"),
    ("4,456", {A}, "count", f"all thorough searches 2025 = {AS[2025]}"),
    ("a fall of a third", {A}, "ratio", chg(AS[2025], AS[2024])),
    ("59%", {A, C}, "share", "Black " + sh(strip(2025, ethnic_appearance='Black'), AS[2025])),
    ("Over a third", {I}, "share", sh(KS[2025], AS[2025])),
    ("fallen every year since 2020", {I}, "direction", f"children by year {KS} (2024 rose)"),
    ("every other force", {U}, "comparison", "other forces' strip searches not in the data"),
    ("rose by a fifth", AC, "ratio", "custody, offence group Sexual Offences " + chg(custody_n(2025, offence_group='Sexual Offences'), custody_n(2024, offence_group='Sexual Offences'))),
    ("shames our capital", {O}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ a6. Westminster strategic assessment (financial years)
W = "Westminster"
def wm(mj=None, mm=None, minor=None):
    return mps(major=mj, minor=minor, borough=W, mm=mm)
f25, f24, f23 = fy(2025), fy(2024), fy(2023)
ytd, ytd0 = months(2025, 4, 2026, 2), months(2024, 4, 2025, 2)
q, q0 = months(2025, 12, 2026, 2), months(2024, 12, 2025, 2)
FYW = {f: wm(mm=fy(f)) for f in range(2011, 2026)}
p24 = gla_pops(2024)
rate_w = 1000 * FYW[2025] / p24[W]
rate_l = 1000 * sum(mps_by_borough(mm=f25).values()) / sum(p24.values())
bur25 = mps_by_borough(major="BURGLARY", mm=f25)
vap25 = mps_by_borough(major="VIOLENCE AGAINST THE PERSON", mm=f25)
wwards = ward_latest(f25, borough=W)
(ww1, wn1), (ww2, wn2) = top(wwards, 2)
UNITS["a6_westminster_assessment.txt"] = ("2026-03-26", """Westminster City Council: Community Safety Partnership strategic assessment 2026

Westminster recorded 89,620 offences in 2024/25, a fall of 3% on the previous financial year. Even so, 2023/24 remains the highest financial year on record for the borough.

Last year's assessment reported 84,097 offences in 2022/23; the latest Met data puts that year at 80,352.

The crime rate, at 332 offences per 1,000 residents in 2024/25, is more than three times the London average.

Theft from the person rose by 16% to 31,980 offences, almost a third of the London total.

Robbery of personal property rose by 14%, and sexual offences fell slightly, to 1,482.

Westminster has the highest number of burglaries of any borough, and the second-highest volume of violence against the person, behind Croydon.

Knife crime in the borough rose by 10% in 2024/25.

So far this financial year (April to February) total crime is down 11% and theft from the person has fallen by almost a third, but drug offences are up by 30%.

Weapons possession offences are up by nearly a fifth this financial year.

In the latest quarter, December to February, robbery fell by 27% compared with the same period a year earlier.

The West End ward alone accounted for more than half of the borough's recorded crime in 2024/25, and St James's ward recorded around 23,000 offences.

The council's CCTV network helped secure 2,400 arrests last year.
""", [
    ("3%", {A}, "change", chg(FYW[2025], FYW[2024])),
    ("highest financial year on record", {A}, "record", f"FY totals {FYW}"),
    ("84,097", {C, A}, "count", f"older extract (to 2023-11) FY22/23 = {mps_old(borough=W, mm=f23)}; latest {FYW[2023]}"),
    ("332 offences per 1,000", AC, "rate", f"{FYW[2025]} / GLA 2024 {p24[W]} = {rate_w:.1f}; with GLA 2025 {gla_pops(2025)[W]}: {1000 * FYW[2025] / gla_pops(2025)[W]:.1f}"),
    ("almost a third of the London total", {A}, "share", sh(wm(minor='THEFT FROM THE PERSON', mm=f25), mps(minor='THEFT FROM THE PERSON', mm=f25))),
    ("14%", {I}, "change", "robbery of personal property " + chg(wm(minor='ROBBERY OF PERSONAL PROPERTY', mm=f25), wm(minor='ROBBERY OF PERSONAL PROPERTY', mm=f24)) + " (a fall)"),
    ("fell slightly", {I}, "direction", "sexual offences " + chg(wm('SEXUAL OFFENCES', f25), wm('SEXUAL OFFENCES', f24))),
    ("highest number of burglaries", {A}, "comparison", f"FY24/25 {top(bur25, 3)}"),
    ("second-highest volume", {A}, "comparison", f"FY24/25 {top(vap25, 3)}"),
    ("rose by 10%", {I}, "change", "dashboard knife crime " + chg(dash('Knife Crime', borough=W, mm=f25), dash('Knife Crime', borough=W, mm=f24))),
    ("fallen by almost a third", {A}, "ratio", "TFP Apr-Feb " + chg(wm(minor='THEFT FROM THE PERSON', mm=ytd), wm(minor='THEFT FROM THE PERSON', mm=ytd0))),
    ("27%", {A}, "change", "robbery Dec-Feb " + chg(wm('ROBBERY', q), wm('ROBBERY', q0))),
    ("more than half", {I}, "share", f"{ww1} " + sh(wn1, FYW[2025])),
    ("2,400 arrests", {U}, "count", "CCTV-assisted arrests: not in the data"),
])

# ------------------------------------------------------------------ a7. City of London Police, 2019 (data.police.uk street and stop-and-search files)
y9, y8 = cal(2019), cal(2018)
def cs(t=None, mm=y9, **kw):
    return col_street_n(mm, t, **kw)
ss9, ss8 = col_ss(y9), col_ss(y8)
UNITS["a7_city_of_london_2019.txt"] = ("2020-02-20", """City of London Police: annual crime figures for 2019

Recorded crime in the Square Mile rose by almost a quarter in 2019, as officers dealt with 10,032 crimes and incidents of anti-social behaviour.

Anti-social behaviour itself fell by 14%.

Other theft jumped by 56% to 2,716 offences, and robberies rose from 105 to 167.

Theft from the person increased by 18%, while shoplifting dropped by 4%.

Violence and sexual offences accounted for around one in seven crimes.

Drug offences doubled, reflecting more proactive patrols.

Stop and search in the City rose by more than three-quarters, to 2,529 searches.

Half of all searches were for controlled drugs, and more than two-thirds led to no further action.

Only one in ten searches led to an arrest.

Searches of children aged 10 to 17 more than doubled, to 178.
""", [
    ("almost a quarter", {A, C}, "ratio", "crimes excl. ASB " + chg(cs(exclude_asb=True), cs(mm=y8, exclude_asb=True)) + "; incl. ASB " + chg(cs(), cs(mm=y8))),
    ("14%", {A}, "change", "ASB " + chg(cs('Anti-social behaviour'), cs('Anti-social behaviour', y8))),
    ("dropped by 4%", {I}, "change", "shoplifting " + chg(cs('Shoplifting'), cs('Shoplifting', y8)) + " (rose)"),
    ("one in seven", {A}, "share", "V&S " + sh(cs('Violence and sexual offences'), cs(exclude_asb=True)) + " excl ASB; " + sh(cs('Violence and sexual offences'), cs()) + " incl ASB"),
    ("offences doubled", {I}, "ratio", "drugs " + chg(cs('Drugs'), cs('Drugs', y8))),
    ("more than three-quarters, to", {A}, "ratio", "City S&S " + chg(ss9, ss8)),
    ("2,529", {A}, "count", f"City S&S 2019 = {ss9}"),
    ("Half of all searches", {A}, "share", sh(col_ss(y9, **{'Object of search': 'Controlled drugs'}), ss9)),
    ("more than two-thirds", {A}, "share", sh(col_ss(y9, Outcome='A no further action disposal'), ss9)),
    ("one in ten", {I}, "share", "arrest " + sh(col_ss(y9, Outcome='Arrest'), ss9)),
    ("more than doubled", {A}, "ratio", "age 10-17 " + chg(col_ss(y9, **{'Age range': '10-17'}), col_ss(y8, **{'Age range': '10-17'}))),
])

# ------------------------------------------------------------------ a8. one-liners (as of 2026-03-25)
DOG = {y: animals(y, type_of_animal="Dog") for y in range(2010, 2024)}
CAT = {y: animals(y, type_of_animal="Cat") for y in range(2010, 2024)}
p25 = gla_pops(2025)
def rates(mj, mm=c25):
    c = mps_by_borough(major=mj, mm=mm)
    return {b: 1000 * c[b] / p25[b] for b in c}
rob_r, vap_r, all_r, bur_r = rates("ROBBERY"), rates("VIOLENCE AGAINST THE PERSON"), rates(None), rates("BURGLARY")
rob25 = mps_by_borough(major="ROBBERY", mm=c25)
BIKE = {y: mps(minor="BICYCLE THEFT", mm=cal(y)) for y in (2011, 2025)}
RAPE = {y: mps(minor="RAPE", mm=cal(y)) for y in range(2011, 2026)}
VAP = {y: mps(major="VIOLENCE AGAINST THE PERSON", mm=cal(y)) for y in range(2011, 2026)}
o16 = col_outcomes(cal(2016))
b16 = vic_by(2016, "Borough")
LINES = [
    ("Dog thefts in London reached 433 in 2022, the highest number on record.", [
        # truth fixed after the first run (85f4bd8): 'Dog ' / 'dog' labels count too, so 2022 = 436
        ("433", {A if DOG[2022] == 433 else I}, "count", f"stolen dogs 2022 = {DOG[2022]}"),
        ("highest number on record", {A}, "record", f"dogs by year {DOG}")]),
    ("Cat thefts fell by almost 30% in 2022.", [
        # truth fixed after the first run: with 'Cat ' / 'cat' labels the fall is 27.8%, not 'almost 30%' (28.5-30)
        ("almost 30%", {A if 28.5 <= -(CAT[2022] - CAT[2021]) / CAT[2021] * 100 < 30 else I}, "change",
         chg(CAT[2022], CAT[2021]))]),
    ("Fewer than one in ten dogs stolen in 2022 was recovered.", [
        ("one in ten", {A}, "share", sh(animals(2022, type_of_animal='Dog', animal_recovered='Recovered'), DOG[2022]))]),
    ("London recorded 867,936 crimes in 2022.", [
        ("867,936", {C}, "count", f"older extract 2022 = {mps_old(mm=cal(2022))}; latest {mps(mm=cal(2022))}")]),
    ("There were 109 homicides in London in 2022.", [
        ("109", {C}, "count", f"older extract {mps_old_minor('Homicide', mm=cal(2022))}; latest offences {HOM[2022]}; victims {VIC[2022]}")]),
    ("Westminster has the highest robbery rate in London, more than double that of any other borough.", [
        ("highest robbery rate", AC, "comparison", f"2025 per 1,000 {[(b, round(v, 2)) for b, v in top(rob_r, 3)]}"),
        ("more than double", AC, "ratio", f"{top(rob_r, 2)[0][1] / top(rob_r, 2)[1][1]:.2f}")]),
    ("Barking and Dagenham had the second-highest rate of violent crime in London last year.", [
        ("second-highest rate", AC, "comparison", f"VAP 2025 per 1,000 {[(b, round(v, 1)) for b, v in top(vap_r, 3)]}")]),
    ("Lambeth recorded more robberies than any other borough in 2025.", [
        ("more robberies than any other", {I}, "comparison", f"2025 {top(rob25, 4)}; Lambeth rank {rank_of('Lambeth', rob25)}")]),
    ("Bicycle theft in London has halved since 2011.", [
        ("halved", {I}, "ratio", chg(BIKE[2025], BIKE[2011]))]),
    ("Rape offences reached a record 9,742 in 2025.", [
        ("a record", {A}, "record", f"rape by year {RAPE}")]),
    ("Homicides in London have fallen every year since 2021.", [
        ("fallen every year since 2021", {A}, "direction", f"offences {HOM}")]),
    ("In the 12 months to February, the Met recorded about 13,500 knife crime offences, down from more than 16,000 the year before.", [
        ("about 13,500", {A}, "count", f"dashboard Mar 2025-Feb 2026 = {dash('Knife Crime', mm=months(2025, 3, 2026, 2))}")]),
    ("Knife crime in England rose by 17% in the year to March 2019.", [
        ("17%", {A}, "change", chg(ons_knife_region('England', 2019), ons_knife_region('England', 2018)))]),
    ("London's knife crime rate in 2019/20 was 189 offences per 100,000 people, the highest of any force in England.", [
        ("189", AC, "rate", f"Met {knife_rates(2020)['Metropolitan Police']:.2f} (pop mid-2019)"),
        ("the highest of any force", AC, "comparison", f"{[(f, round(v, 1)) for f, v in top(knife_rates(2020), 3)]} (City of London set aside)")]),
    ("The Met made 228,679 arrests in 2025, 10% more than in 2024.", [
        ("10%", AC, "change", chg(custody_n(2025), custody_n(2024)))]),
    ("Arrests on suspicion of murder fell to 698 last year.", [
        ("fell to 698", {I}, "direction", f"(a rise) custody Murder 2025 = {custody_n(2025, offence_group='Murder')} (2024 {custody_n(2024, offence_group='Murder')})")]),
    ("Robbery in Tower Hamlets rose by 8% last year.", [
        ("8%", {I}, "change", "(a fall) " + chg(mps(major='ROBBERY', borough='Tower Hamlets', mm=c25), mps(major='ROBBERY', borough='Tower Hamlets', mm=c24)))]),
    ("Hackney's burglary rate is below the London average.", [
        ("below the London average", {I}, "comparison", f"Hackney {bur_r['Hackney']:.2f} vs London {1000 * sum(mps_by_borough(major='BURGLARY', mm=c25).values()) / sum(p25.values()):.2f} per 1,000 (2025)")]),
    ("Southwark recorded almost 40,000 crimes in 2025.", [
        ("almost 40,000", {A}, "count", f"Southwark 2025 = {mps(borough='Southwark', mm=c25)}")]),
    ("Bexley had the lowest crime rate of any London borough in 2025.", [
        ("lowest crime rate", {I}, "comparison", f"{sorted(all_r.items(), key=lambda kv: kv[1])[:3]}")]),
    ("Sutton is the safest borough in London to live in.", [
        ("safest borough", {O}, "opinion", "opinion")]),
    ("The Met lost 1,000 detectives last year.", [
        ("1,000 detectives", {U}, "count", "workforce: not in the data")]),
    ("Emergency response times in the capital are the worst on record.", [
        ("worst on record", {U}, "record", "response times: not in the data")]),
    ("About a third of London's homicide victims between 2003 and 2022 were killed by someone they knew.", [
        ("About a third", {U}, "share", f"victim-suspect relationship not in the data (domestic abuse flag only: {sh(vic(range(2003, 2023), Domestic_Abuse='Domestic Abuse'), vic(range(2003, 2023)))})")]),
    ("Met officers carried out more than 13,000 stop and searches in January 2018.", [
        ("more than 13,000", {I}, "count", f"data.police.uk Met Jan 2018 = {len(met_ss_rows(['201801']))}")]),
    ("In 2016 the City of London Police closed more than half of its investigations without identifying a suspect.", [
        ("more than half", AC, "share", "outcome rows (deduplicated) " + sh(sum(r['Outcome type'] == 'Investigation complete; no suspect identified' for r in o16), len(o16)))]),
    ("In 2019, 150 people were killed in London, the most in more than a decade.", [
        ("the most in more than a decade", {A}, "record", f"victims {VIC}: highest since 2007")]),
    ("Croydon had more homicide victims than any other borough in 2016, with nine.", [
        ("more homicide victims than any other", {A}, "comparison", f"2016 {b16.most_common(3)}")]),
    ("Violence against the person in London topped 250,000 for the first time in 2023.", [
        ("topped 250,000", {A}, "count", f"VAP {VAP}")]),
    ("The number of children strip-searched by the Met rose by a fifth in 2024.", [
        ("a fifth", {A}, "ratio", chg(strip(2024, child=True), strip(2023, child=True)))]),
]
kn_r = {b: 1e5 * dash("Knife Crime", borough=b, mm=c25) / p25[b] for b in p25}
LINES += [
    ("There were a third fewer burglaries in the first three months of 2025 than in the same period of 2019.", [
        ("a third fewer", {I}, "ratio", "Jan-Mar " + chg(mps(major='BURGLARY', mm=months(2025, 1, 2025, 3)), mps(major='BURGLARY', mm=months(2019, 1, 2019, 3))) + " (over 40% fewer)")]),
    ("Barking and Dagenham had the third-highest knife crime rate in London in 2025.", [
        ("third-highest", AC, "comparison", f"dashboard knife per 100,000 (GLA 2025) {[(b, round(v, 1)) for b, v in top(kn_r, 4)]}")]),
    ("135 people were killed in London in 2021.", [
        ("135", {C}, "count", f"victims 2021 = {vic(2021)}; 135 = homicide OFFENCES 2021 ({HOM[2021]}): other series")]),
    ("Theft from the person has more than doubled since 2021.", [
        ("more than doubled", {A}, "ratio", chg(mps(minor='THEFT FROM THE PERSON', mm=c25), mps(minor='THEFT FROM THE PERSON', mm=c21)))]),
]
UNITS["a8_one_liners_2026.txt"] = ("2026-03-25", LINES)

# Right verdict for the wrong reason: (unit, key) -> (field, substring the checker's field must contain)
REASON = {
    ("a1_mayor_2025_review.txt", "a quarter"): ("measure", "knife"),
    ("a2_croydon_february.txt", "more than a third"): ("measure", "knife"),
    ("a6_westminster_assessment.txt", "almost a third of the London total"): ("measure", "theft"),
    ("a7_city_of_london_2019.txt", "2,529"): ("measure", "stop"),
    ("a8_one_liners_2026.txt", "more than 13,000"): ("measure", "stop"),
}
