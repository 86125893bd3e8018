"""Fresh claim set (set3), written to measure the checker at first contact; truth from raw files via truth_lib.

UNITS: name -> (as_of, text, [expect...]); expect = (key, allowed_verdicts, kind, truth_note).
key = a substring of the text located in the claim span; the checker claim covering that offset is matched.
A key may be prefixed 'N:' meaning "no claim should be made here" (any claim covering it is an INVENTED claim).
"""
from collections import Counter

from truth_lib import *  # noqa
import truth_lib as T

A, C, I, U, O = "accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion"
AC = {A, C}


def chg(a, b):
    return f"{a} vs {b}: {pct(a, b):+.1f}% (ratio {a / b:.3f})"


def r1000(n, p):
    return f"{n}/{p}*1000 = {n / p * 1000:.1f}"


def vic(y, col=None, val=None):
    rows = [r for r in T._victims() if int(r["Year"]) == y]
    k = sum(1 for r in rows if col is None or r[col] == val)
    return f"victims {y} {col}={val}: {k}/{len(rows)} = {100 * k / len(rows):.1f}%"


c25, c24, c23 = cal(2025), cal(2024), cal(2023)
HOM = {y: mps(minor='HOMICIDE', mm=cal(y)) for y in range(2011, 2026)}

UNITS = {}

# ------------------------------------------------------------------ 1. local news, Lewisham, calendar 2025
UNITS["b1_lewisham_news.txt"] = ("2026-02-10", """Lewisham: drug arrests climb while burglary slumps

Lewisham logged 29,199 crimes last year, 4% fewer than in 2024, according to Metropolitan Police data.

Burglaries slumped by roughly one in six, to 1,516.

Vehicle crime tumbled 19%.

Drug offences jumped by a quarter to just under 2,000.

Eleven people lost their lives to homicide in the borough in 2025, more than in any other part of London, up from seven the year before.

Knife offences dropped to 529 from 647.

Theft was down by more than a fifth.

Residents' groups say the streets feel no safer.
""", [
    ("29,199", {A}, "count", f"Lewisham all 2025 = {mps(borough='Lewisham', mm=c25)}"),
    ("4% fewer", {A}, "change", "Lewisham all " + chg(mps(borough='Lewisham', mm=c25), mps(borough='Lewisham', mm=c24))),
    ("one in six", {A, C}, "ratio", "burglary " + chg(mps(major='BURGLARY', borough='Lewisham', mm=c25), mps(major='BURGLARY', borough='Lewisham', mm=c24))),
    ("1,516", {A}, "count", f"burglary 2025 = {mps(major='BURGLARY', borough='Lewisham', mm=c25)}"),
    ("tumbled 19%", {A}, "change", "vehicle " + chg(mps(major='VEHICLE OFFENCES', borough='Lewisham', mm=c25), mps(major='VEHICLE OFFENCES', borough='Lewisham', mm=c24))),
    ("by a quarter", {A}, "ratio", "drugs " + chg(mps(major='DRUG OFFENCES', borough='Lewisham', mm=c25), mps(major='DRUG OFFENCES', borough='Lewisham', mm=c24))),
    ("just under 2,000", {A, C}, "count", f"drugs 2025 = {mps(major='DRUG OFFENCES', borough='Lewisham', mm=c25)}"),
    ("Eleven", {A}, "count", f"homicide Lewisham 2025 = {mps(minor='HOMICIDE', borough='Lewisham', mm=c25)}"),
    ("more than in any other part", {A, C}, "comparison", "top 2025: " + str(sorted(mps_by_borough(minor='HOMICIDE', mm=c25).items(), key=lambda x: -x[1])[:3])),
    ("seven", {A}, "count", f"homicide Lewisham 2024 = {mps(minor='HOMICIDE', borough='Lewisham', mm=c24)}"),
    ("529", {A}, "count", f"dash knife Lewisham 2025 = {dash(borough='Lewisham', mm=c25)}"),
    ("647", {A}, "count", f"dash knife Lewisham 2024 = {dash(borough='Lewisham', mm=c24)}"),
    ("more than a fifth", {I}, "ratio", "theft " + chg(mps(major='THEFT', borough='Lewisham', mm=c25), mps(major='THEFT', borough='Lewisham', mm=c24)) + " -> ~18%, not >20%"),
    ("feel no safer", {O}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ 2. council press release, Brent, FY 2024/25
b_f25, b_f24 = fy(2025), fy(2024)
UNITS["b2_brent_council.txt"] = ("2025-05-20", """PRESS RELEASE - Brent Council

Brent Council welcomes new figures showing burglaries in the borough fell by 18% in 2024/25, from 2,203 to 1,798.

Vehicle crime was down 8 per cent over the same financial year, while robbery rose by 8.5%.

Drug offences were up 21%, which the council credits to proactive policing.

Total recorded crime held steady at 32,338 offences, a rate of 90 crimes per thousand residents.

Theft rose by less than 10%.

Cllr Muhammed Butt said: "Brent is one of the safest places to live in London, and our 40 new CCTV cameras will keep it that way."
""", [
    ("18%", {A}, "change", "burglary FY " + chg(mps(major='BURGLARY', borough='Brent', mm=b_f25), mps(major='BURGLARY', borough='Brent', mm=b_f24))),
    ("2,203", {A}, "count", f"burglary FY23/24 = {mps(major='BURGLARY', borough='Brent', mm=b_f24)}"),
    ("1,798", {A}, "count", f"burglary FY24/25 = {mps(major='BURGLARY', borough='Brent', mm=b_f25)}"),
    ("8 per cent", {A}, "change", "vehicle FY " + chg(mps(major='VEHICLE OFFENCES', borough='Brent', mm=b_f25), mps(major='VEHICLE OFFENCES', borough='Brent', mm=b_f24))),
    ("8.5%", {A}, "change", "robbery FY " + chg(mps(major='ROBBERY', borough='Brent', mm=b_f25), mps(major='ROBBERY', borough='Brent', mm=b_f24))),
    ("21%", {A}, "change", "drugs FY " + chg(mps(major='DRUG OFFENCES', borough='Brent', mm=b_f25), mps(major='DRUG OFFENCES', borough='Brent', mm=b_f24))),
    ("32,338", {A}, "count", f"all FY24/25 = {mps(borough='Brent', mm=b_f25)} (prev {mps(borough='Brent', mm=b_f24)})"),
    ("90 crimes per thousand", {A, C}, "rate", r1000(mps(borough='Brent', mm=b_f25), gla_pop('Brent', 2025)) + "; 2024 pop -> " + r1000(mps(borough='Brent', mm=b_f25), gla_pop('Brent', 2024))),
    ("less than 10%", {I}, "change", "theft FY " + chg(mps(major='THEFT', borough='Brent', mm=b_f25), mps(major='THEFT', borough='Brent', mm=b_f24))),
    ("safest places", {O, U, I}, "opinion", "opinion; Brent all-crime is mid-table"),
    ("N:40 new CCTV", {U}, "none", "no data; no claim or U"),
])

# ------------------------------------------------------------------ 3. Met statement, homicide/violence 2025
UNITS["b3_met_statement.txt"] = ("2026-01-08", """Metropolitan Police Service statement on 2025 violence figures

There were 96 homicides in London in 2025, the lowest number since records began and an 11% reduction on 2024.

London's homicide rate now stands at around one per 100,000 population.

Knife crime offences fell by 17% across the year.

Violence with injury fell to its lowest level in a decade.

Reports of rape increased by 11%, which we believe reflects growing confidence in coming forward.

The Met now has 1,000 more neighbourhood officers than two years ago.
""", [
    ("96", {A}, "count", f"hom 2025 = {HOM[2025]}"),
    ("lowest number since records began", {I}, "record", f"2014 = {HOM[2014]} < 96 (recorded-crime series from Apr 2010)"),
    ("11%", {A}, "change", "hom " + chg(HOM[2025], HOM[2024])),
    ("one per 100,000", {A, C}, "rate", f"{HOM[2025]}/{london32_pop(2025)} = {HOM[2025] / london32_pop(2025) * 1e5:.2f}"),
    ("17%", {A}, "change", "knife dash " + chg(dash(mm=c25), dash(mm=c24))),
    ("lowest level in a decade", {A, C}, "record", "VWI 2025 = " + str(mps(minor='VIOLENCE WITH INJURY', mm=c25)) + "; 2014..2024 all higher; 2013 = " + str(mps(minor='VIOLENCE WITH INJURY', mm=cal(2013)))),
    ("11%, which", {A}, "change", "rape " + chg(mps(minor='RAPE', mm=c25), mps(minor='RAPE', mm=c24))),
    ("1,000 more", {U}, "count", "workforce not in data"),
])

# ------------------------------------------------------------------ 4. politician (opposition), 2026
UNITS["b4_opposition_speech.txt"] = ("2026-03-20", """Speech to City Hall by the opposition crime spokesperson

Shoplifting has almost doubled in two years, from 57,459 offences in 2023 to 88,247 last year.

It is up 87% since 2016, when the Mayor took office.

Westminster alone accounted for almost 7,900 shoplifting offences in 2025.

And there were more homicides last year than in 2016.

Stalking and harassment rose by 10% last year, while possession of weapons offences fell 18% in 2024 because officers simply stopped looking.

Bicycle thefts have fallen to 14,235, the lowest on record, only because people have given up reporting them.

Londoners deserve better.
""", [
    ("almost doubled", {I}, "ratio", "shoplifting " + chg(mps(minor='SHOPLIFTING', mm=c25), mps(minor='SHOPLIFTING', mm=c23)) + " -> x1.54, not ~2"),
    ("57,459", {A}, "count", f"shoplifting 2023 = {mps(minor='SHOPLIFTING', mm=c23)}"),
    ("88,247", {A}, "count", f"shoplifting 2025 = {mps(minor='SHOPLIFTING', mm=c25)}"),
    ("87%", {A}, "change", "shoplifting " + chg(mps(minor='SHOPLIFTING', mm=c25), mps(minor='SHOPLIFTING', mm=cal(2016)))),
    ("7,900", {A, C}, "count", f"Westminster shoplifting 2025 = {mps(minor='SHOPLIFTING', borough='Westminster', mm=c25)}"),
    ("more homicides last year than in 2016", {I}, "comparison", f"hom 2025 {HOM[2025]} vs 2016 {mps(minor='HOMICIDE', mm=cal(2016))}"),
    ("10%", {A}, "change", "stalking " + chg(mps(minor='STALKING AND HARASSMENT', mm=c25), mps(minor='STALKING AND HARASSMENT', mm=c24))),
    ("18%", {I}, "change", "weapons 2024 " + chg(mps(minor='POSSESSION OF WEAPONS', mm=c24), mps(minor='POSSESSION OF WEAPONS', mm=c23)) + " -> -15.9%"),
    ("14,235", {A}, "count", f"bicycle 2025 = {mps(minor='BICYCLE THEFT', mm=c25)}"),
    ("lowest on record", {A, C}, "record", "bicycle by year: " + str([mps(minor='BICYCLE THEFT', mm=cal(y)) for y in range(2011, 2026)]) + " (2010 partial 18296)"),
    ("deserve better", {O}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ 5. explainer, boroughs and London total 2025
UNITS["b5_explainer_boroughs.txt"] = ("2026-03-20", """Explainer: where is crime highest in London?

Westminster recorded 83,549 offences in 2025, more than twice as many as any other borough.

Richmond upon Thames recorded the fewest, at 11,689, with Kingston upon Thames a close second on 11,961.

Measured per head, Westminster's rate is over 400 crimes per 1,000 residents.

The London-wide rate is about 95 per 1,000.

Across the capital, crime fell 3% in 2025, after a 1% rise in 2024.

The 2025 total was below the level seen in 2019.

During the pandemic in 2020, recorded crime dropped by nearly a seventh.
""", [
    ("83,549", {A}, "count", f"Westminster 2025 = {mps(borough='Westminster', mm=c25)}"),
    ("more than twice", {A, C}, "ratio", "next = Camden " + str(mps(borough='Camden', mm=c25)) + f" -> x{83549 / mps(borough='Camden', mm=c25):.2f}"),
    ("the fewest", {A, C}, "comparison", "lowest 3: " + str(sorted(mps_by_borough(mm=c25).items(), key=lambda x: x[1])[:3])),
    ("11,689", {A}, "count", f"Richmond 2025 = {mps(borough='Richmond upon Thames', mm=c25)}"),
    ("11,961", {A}, "count", f"Kingston 2025 = {mps(borough='Kingston upon Thames', mm=c25)}"),
    ("over 400", {I}, "rate", r1000(mps(borough='Westminster', mm=c25), gla_pop('Westminster', 2025))),
    ("95 per 1,000", {A, C}, "rate", r1000(mps(mm=c25), london32_pop(2025))),
    ("fell 3%", {A}, "change", "London " + chg(mps(mm=c25), mps(mm=c24))),
    ("1% rise", {A}, "change", "London " + chg(mps(mm=c24), mps(mm=c23))),
    ("below the level seen in 2019", {A, C}, "comparison", f"2025 {mps(mm=c25)} vs 2019 {mps(mm=cal(2019))}"),
    ("nearly a seventh", {A, C}, "ratio", "2020 " + chg(mps(mm=cal(2020)), mps(mm=cal(2019))) + " (1/7 = 14.3%)"),
])

# ------------------------------------------------------------------ 6. annual report style, FY 2024/25 London
f25, f24 = fy(2025), fy(2024)
UNITS["b6_annual_fy2425.txt"] = ("2025-06-15", """London crime in 2024/25: the headline numbers

Police in London recorded 930,575 offences in the year to March 2025, slightly down on the 936,414 the year before.

That is the second-highest annual total on record.

Knife crime reached 16,156 offences, up 7%.

Shoplifting soared 49%.

Violence with injury, by contrast, fell by almost a fifth.
""", [
    ("930,575", {A}, "count", f"all FY24/25 = {mps(mm=f25)}"),
    ("936,414", {A}, "count", f"all FY23/24 = {mps(mm=f24)}"),
    ("second-highest", {A, C}, "record", "FY totals: " + str([mps(mm=fy(y)) for y in range(2011, 2026)])),
    ("16,156", {A}, "count", f"dash knife FY24/25 = {dash(mm=f25)}"),
    ("up 7%", {A}, "change", "knife FY " + chg(dash(mm=f25), dash(mm=f24))),
    ("49%", {A}, "change", "shoplifting FY " + chg(mps(minor='SHOPLIFTING', mm=f25), mps(minor='SHOPLIFTING', mm=f24))),
    ("almost a fifth", {A, C}, "ratio", "VWI FY " + chg(mps(minor='VIOLENCE WITH INJURY', mm=f25), mps(minor='VIOLENCE WITH INJURY', mm=f24))),
])

# ------------------------------------------------------------------ 7. one-liners
rob25 = sorted(mps_by_borough(major='ROBBERY', mm=c25).items(), key=lambda x: x[1])[:3]
LINES = [
    ("Greenwich's crime count was virtually unchanged in 2025 at 27,885.", [
        ("virtually unchanged", {A, C}, "change", "Greenwich " + chg(mps(borough='Greenwich', mm=c25), mps(borough='Greenwich', mm=c24))),
        ("27,885", {A}, "count", f"Greenwich 2025 = {mps(borough='Greenwich', mm=c25)}")]),
    ("Haringey saw drug offences soar 44% in 2025.", [("44%", {A}, "change", "Haringey drugs " + chg(mps(major='DRUG OFFENCES', borough='Haringey', mm=c25), mps(major='DRUG OFFENCES', borough='Haringey', mm=c24)))]),
    ("Barnet had fewer robberies than any other borough in 2025.", [("fewer robberies than any other", {I}, "comparison", f"Barnet {mps(major='ROBBERY', borough='Barnet', mm=c25)}; lowest {rob25}")]),
    ("Waltham Forest's vehicle crime fell by more than a quarter in 2025.", [("more than a quarter", {A}, "ratio", "WF vehicle " + chg(mps(major='VEHICLE OFFENCES', borough='Waltham Forest', mm=c25), mps(major='VEHICLE OFFENCES', borough='Waltham Forest', mm=c24)))]),
    ("Hounslow's burglaries dropped by 251 in 2025.", [("251", {A}, "change", f"Hounslow burglary {mps(major='BURGLARY', borough='Hounslow', mm=c24)} -> {mps(major='BURGLARY', borough='Hounslow', mm=c25)}")]),
    ("Just under 9,000 violence against the person offences were logged in Hounslow in 2025.", [("9,000", {A, C}, "count", f"Hounslow VAP 2025 = {mps(major='VIOLENCE AGAINST THE PERSON', borough='Hounslow', mm=c25)}")]),
    ("Arson in London fell to 2,051 cases in 2025 from 2,422.", [("2,051", {A}, "count", f"arson 2025 = {mps(minor='ARSON', mm=c25)}"), ("2,422", {A}, "count", f"arson 2024 = {mps(minor='ARSON', mm=c24)}")]),
    ("In February 2026 the Met recorded 67,616 crimes, down 2.4% on February 2025.", [("67,616", {A}, "count", f"all Feb26 = {mps(mm=['202602'])}"), ("2.4%", {A}, "change", "Feb " + chg(mps(mm=['202602']), mps(mm=['202502'])))]),
    ("Ten homicides were recorded in London in the first two months of 2026, compared with 12 a year earlier.", [
        ("Ten", {A}, "count", f"hom Jan-Feb 2026 = {mps(minor='HOMICIDE', mm=['202601', '202602'])}"),
        ("12", {A}, "count", f"hom Jan-Feb 2025 = {mps(minor='HOMICIDE', mm=['202501', '202502'])}")]),
    ("A knife was used in 62 of the 106 killings in London in 2016.", [("62", {A, C}, "count", vic(2016, 'Method_of_Killing', 'Knife or Sharp Implement'))]),
    ("Roughly one in four of London's homicide victims in 2018 were women.", [("one in four", {A, C}, "share", vic(2018, 'Sex', 'Female'))]),
    ("Almost half of the people killed in London in 2017 were adolescents or young adults.", [("Almost half", {A, C}, "share", vic(2017, 'Age_Group', 'Adolescent/Young Adult'))]),
    ("Shootings accounted for 15 deaths in London in 2020.", [("15", {A, C}, "count", vic(2020, 'Method_of_Killing', 'Shooting'))]),
    ("The Met solved 90% of the murders committed in 2022.", [("90%", {I}, "share", vic(2022, 'Solved_Status', 'Solved'))]),
    ("Lewisham's homicide rate in 2025 was higher than 3 per 100,000.", [("3 per 100,000", {A, C}, "rate", f"{mps(minor='HOMICIDE', borough='Lewisham', mm=c25)}/{gla_pop('Lewisham', 2025)} = {mps(minor='HOMICIDE', borough='Lewisham', mm=c25) / gla_pop('Lewisham', 2025) * 1e5:.2f}")]),
    ("London's population passed 9.6 million in 2025.", [("9.6 million", {A, C, U}, "count", f"GLA 32 boroughs 2025 = {london32_pop(2025)} (population, not crime)")]),
    ("The police in this city are far too soft on knife crime.", [("too soft", {O}, "opinion", "opinion")]),
    ("The 19-year-old was stabbed twice in Catford shortly after 11pm.", [("N:twice", set(), "none", "no claim")]),
]
UNITS["b7_lines_2026.txt"] = ("2026-03-20", LINES)

# Right verdict for the wrong reason: (unit, key) -> (field, substring the checker's field must contain)
REASON = {
    ("b4_opposition_speech.txt", "7,900"): ("measure", "shoplift"),
    ("b1_lewisham_news.txt", "529"): ("measure", "knife"),
}
