"""Fresh red-team claims (round 2), truth computed from raw files via truth_lib (csv/pyarrow only).

UNITS: name -> (as_of, text, [expect...]); expect = (key, allowed_verdicts, kind, truth_note).
key = a substring of the text located in the claim span; the checker claim covering that offset is matched.
A key may be prefixed 'N:' meaning "no claim should be made here" (any claim covering it is an INVENTED claim).
"""
from truth_lib import *  # noqa
import truth_lib as T
import pyarrow.parquet as pq

A, C, I, U, O = "accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion"
AC = {A, C}


def chg(a, b):
    return f"{a} vs {b}: {pct(a, b):+.1f}% (ratio {a / b:.3f})"


def r1000(n, p):
    return f"{n}/{p}*1000 = {n / p * 1000:.1f}"


m12, p12 = months(2024, 10, 2025, 9), months(2023, 10, 2024, 9)
_sa = pq.read_table(f"{T.P}/stolen-animals.parquet").to_pylist()
_ts = pq.read_table(f"{T.P}/thorough-searches.parquet").to_pylist()
_cu = pq.read_table(f"{T.P}/custody.parquet").to_pylist()


def animals(y, t=None):
    return sum(r['count_of_stolen_animals'] or 0 for r in _sa if r['year_and_month'].endswith(str(y))
               and (t is None or (r['type_of_animal'] or '').strip().lower() == t))


def strip(y, u18=False):
    return sum(1 for r in _ts if r['stop_date'][:4] == str(y) and (not u18 or r['age_group'] == 'Under 18'))


def cust(y, **f):
    return sum(r['offence_count'] for r in _cu if r['current_disposal_year'] == y and all(r[k] == v for k, v in f.items()))


UNITS = {}

# ------------------------------------------------------------------ 1. local paper, context from headline + dateline
UNITS["a1_lambeth_local.txt"] = ("2025-10-25", """Lambeth robberies fall sharply as knife crime drops

Figures for the 12 months to September show robbery in Lambeth fell by 19%, with 1,819 offences recorded, down from 2,254 the year before.

Knife crime in the borough dropped to 764 offences, a fall of 18%.

Burglary was also down, by around 9%.

But theft from the person rose by a fifth, to 5,359 offences.

Overall, recorded crime in the borough was broadly flat at 37,779 offences, compared with 38,127 in the previous 12 months.

That is a rate of about 109 crimes per 1,000 residents.

Neighbouring Southwark saw crime rise by 6% over the same period.

Across London as a whole, robbery fell by 7%.

Council leader Claire Holland said: "Lambeth is a safer place than it was a year ago, and we will keep working with the police."
""", [
    ("fell by 19%", {A}, "change", "Lambeth robbery 12m to Sep25 " + chg(mps(major='ROBBERY', borough='Lambeth', mm=m12), mps(major='ROBBERY', borough='Lambeth', mm=p12))),
    ("1,819", {A}, "count", f"= {mps(major='ROBBERY', borough='Lambeth', mm=m12)}"),
    ("2,254", {A}, "count", f"prev 12m = {mps(major='ROBBERY', borough='Lambeth', mm=p12)}"),
    ("764", {A}, "count", f"dash knife Lambeth 12m = {dash(borough='Lambeth', mm=m12)}"),
    ("fall of 18%", {A}, "change", "knife " + chg(dash(borough='Lambeth', mm=m12), dash(borough='Lambeth', mm=p12))),
    ("around 9%", {A}, "change", "burglary " + chg(mps(major='BURGLARY', borough='Lambeth', mm=m12), mps(major='BURGLARY', borough='Lambeth', mm=p12))),
    ("a fifth", {A}, "ratio", "TFP " + chg(mps(minor='THEFT FROM THE PERSON', borough='Lambeth', mm=m12), mps(minor='THEFT FROM THE PERSON', borough='Lambeth', mm=p12))),
    ("5,359", {A}, "count", f"TFP = {mps(minor='THEFT FROM THE PERSON', borough='Lambeth', mm=m12)}"),
    ("37,779", {A}, "count", f"all = {mps(borough='Lambeth', mm=m12)}"),
    ("38,127", {A}, "count", f"prev = {mps(borough='Lambeth', mm=p12)}"),
    ("109 crimes per 1,000", {A, C}, "rate", r1000(mps(borough='Lambeth', mm=m12), gla_pop('Lambeth', 2025)) + " (GLA 2025 projection; 2024 -> " + r1000(mps(borough='Lambeth', mm=m12), gla_pop('Lambeth', 2024)) + ")"),
    ("rise by 6%", {A}, "change", "Southwark all " + chg(mps(borough='Southwark', mm=m12), mps(borough='Southwark', mm=p12))),
    ("robbery fell by 7%", {A}, "change", "London robbery " + chg(mps(major='ROBBERY', mm=m12), mps(major='ROBBERY', mm=p12))),
    ("safer place", {O, A, C}, "opinion", "opinion (all crime -0.9%)"),
])

# ------------------------------------------------------------------ 2. Met year-end statement
UNITS["a2_met_yearend_2025.txt"] = ("2026-01-16", """Met Police: homicides at lowest level in more than a decade

The Metropolitan Police has published its end-of-year crime figures for 2025.

There were 96 homicides in London in 2025, 12 fewer than in 2024 and the lowest total since 2014.

Knife crime fell by 17 per cent, to 13,804 offences, while knife crime with injury was down by more than 10 per cent.

Robbery fell by nearly 8%, and burglary dropped by 11% to 48,064 offences - the lowest figure on record.

Reports of rape rose to 9,742, which the force said reflected greater confidence among victims to come forward.

Shoplifting remained at near-record levels with 88,247 offences, up 2%.

The force said the number of teenagers killed had also fallen.

Commissioner Sir Mark Rowley said: "London is safer today than at any time in the last decade, and we are not complacent."
""", [
    ("96 homicides", {A}, "count", f"= {mps(minor='HOMICIDE', mm=cal(2025))}"),
    ("12 fewer", {A}, "change", "108-96 = 12"),
    ("lowest total since 2014", {A}, "record", "2014=95; 2015..2024 all > 96"),
    ("17 per cent", {A}, "change", "knife " + chg(dash(mm=cal(2025)), dash(mm=cal(2024)))),
    ("13,804", {A}, "count", f"= {dash(mm=cal(2025))}"),
    ("more than 10 per cent", {A}, "change", "KCwI " + chg(dash('Knife Crime with Injury', mm=cal(2025)), dash('Knife Crime with Injury', mm=cal(2024)))),
    ("nearly 8%", {A}, "change", "robbery " + chg(mps(major='ROBBERY', mm=cal(2025)), mps(major='ROBBERY', mm=cal(2024)))),
    ("11%", {A}, "change", "burglary " + chg(mps(major='BURGLARY', mm=cal(2025)), mps(major='BURGLARY', mm=cal(2024)))),
    ("48,064", {A}, "count", f"= {mps(major='BURGLARY', mm=cal(2025))}"),
    ("lowest figure on record", {A, C}, "record", "burglary 2025 48064 < every full year 2011-2024 (min 53528 in 2021)"),
    ("9,742", {A}, "count", f"rape 2025 = {mps(minor='RAPE', mm=cal(2025))}"),
    ("88,247", {A}, "count", f"shoplifting 2025 = {mps(minor='SHOPLIFTING', mm=cal(2025))}"),
    ("up 2%", {A}, "change", "shoplifting " + chg(88247, 86584)),
    ("teenagers killed", {U}, "direction", "victims file ends 2023 (part year); no 2024/2025 victims by age"),
    ("safer today than at any time in the last decade", {O, A, C, I}, "opinion", "opinion; all crime 2025 911,288 < 2019, 2022-2024 but > 2016-2018, 2020-21"),
])

# ------------------------------------------------------------------ 3. opposition politician + Mayor rebuttal (election time)
UNITS["a3_politics_2024.txt"] = ("2024-04-20", """Crime has soared under Sadiq Khan, says Conservative candidate

Recorded crime in London has risen by more than a fifth since Sadiq Khan became Mayor in 2016, the Conservative mayoral candidate claimed on Saturday.

Total offences reached 930,955 last year, she said, and shoplifting is up by a fifth since 2016.

Robbery has jumped by 45% since 2021.

"Londoners no longer feel safe on their own streets," she said.

A spokesperson for the Mayor said homicides fell to 110 last year, the lowest number since 2014, and pointed out that burglary was lower in 2023 than in 2016.

London's homicide rate is lower than that of New York, Paris or Berlin, the spokesperson added.
""", [
    ("more than a fifth", {A}, "ratio", "all crime " + chg(mps(mm=cal(2023)), mps(mm=cal(2016)))),
    ("930,955", {A}, "count", f"all 2023 = {mps(mm=cal(2023))}"),
    ("up by a fifth since 2016", {A}, "ratio", "shoplifting " + chg(mps(minor='SHOPLIFTING', mm=cal(2023)), mps(minor='SHOPLIFTING', mm=cal(2016))) + " = +22%, within 'a fifth' band 1.16-1.24? band in docs for rose by fifth not listed; 1.217 -> borderline"),
    ("45%", {I}, "change", "robbery " + chg(mps(major='ROBBERY', mm=cal(2023)), mps(major='ROBBERY', mm=cal(2021))) + " -> 48.5%"),
    ("no longer feel safe", {O}, "opinion", "opinion"),
    ("110", {A}, "count", f"homicide 2023 = {mps(minor='HOMICIDE', mm=cal(2023))}"),
    ("lowest number since 2014", {A}, "record", "2014=95, 2015-2022 all > 110"),
    ("lower in 2023 than in 2016", {A}, "comparison", f"burglary 2023 {mps(major='BURGLARY', mm=cal(2023))} vs 2016 {mps(major='BURGLARY', mm=cal(2016))}"),
    ("New York, Paris or Berlin", {U, C, A}, "comparison", "no city rates for Paris/Berlin in data; US national 6.4 vs London ~1.1"),
])

# ------------------------------------------------------------------ 4. ONS-style national bulletin
UNITS["a4_ons_style.txt"] = ("2023-07-20", """Offences involving a knife or sharp instrument rose 7% to 50,489 in England and Wales in the year ending March 2023.

In London, the Metropolitan Police recorded 13,135 knife offences over the same period, around a quarter of the national total.

The homicide rate in England and Wales was 1.1 per 100,000 people in 2021, compared with 6.8 in the United States.

Germany's homicide rate was lower, at 0.8 per 100,000.

Police recorded 882,508 crimes in London in the year ending March 2023, up 11% on the previous year.

Robbery of personal property in the capital rose by 21%.
""", [
    ("rose 7%", {U}, "change", "no E&W knife data after 2020 in the store"),
    ("50,489", {U}, "count", "no E&W knife data for FY 2022/23"),
    ("13,135", {A}, "count", f"dash knife FY22/23 = {dash(mm=fy(2023))}"),
    ("a quarter of the national total", {U, A, C}, "share", "13135/50489 = 26% if one trusts 50,489 (not in data)"),
    ("1.1 per 100,000", {A}, "rate", f"OWID E&W 2021 = {owid('England and Wales', 2021):.2f}"),
    ("6.8", {A}, "rate", f"OWID US 2021 = {owid('United States', 2021):.2f}"),
    ("0.8 per 100,000", {A}, "rate", f"OWID Germany 2021 = {owid('Germany', 2021):.2f}"),
    ("882,508", {A}, "count", f"all FY22/23 = {mps(mm=fy(2023))}"),
    ("up 11%", {I}, "change", "all FY " + chg(mps(mm=fy(2023)), mps(mm=fy(2022))) + " -> +6%"),
    ("rose by 21%", {I}, "change", "pers robbery FY " + chg(mps(minor='ROBBERY OF PERSONAL PROPERTY', mm=fy(2023)), mps(minor='ROBBERY OF PERSONAL PROPERTY', mm=fy(2022)))),
])

# ------------------------------------------------------------------ 5. City of London Police press release
UNITS["a5_col_police.txt"] = ("2020-01-25", """City of London Police: annual crime update

The City of London Police recorded 8,789 crimes in the Square Mile in 2019, according to figures published on police.uk.

Shoplifting offences numbered 1,020, while there were 2,310 thefts from the person.

Officers carried out 2,529 stop and searches in 2019, nearly double the number in 2018.

The City remains one of the safest places to work in the country.
""", [
    ("8,789", {A, C}, "count", f"CoL street 2019 excl ASB = {col_street(cal(2019)) - col_street(cal(2019), 'Anti-social behaviour')} (all rows {col_street(cal(2019))})"),
    ("1,020", {I}, "count", f"CoL shoplifting 2019 = {col_street(cal(2019), 'Shoplifting')}"),
    ("2,310", {I}, "count", f"CoL TFP 2019 = {col_street(cal(2019), 'Theft from the person')}"),
    ("2,529", {A}, "count", "CoL S&S 2019 = 2529 (12 monthly files)"),
    ("nearly double", {A}, "ratio", "2529/1401 = 1.805"),
    ("safest places", {O}, "opinion", "opinion"),
])

# ------------------------------------------------------------------ 6. Croydon local paper 2024, bullets and a table
UNITS["a6_croydon_bullets.txt"] = ("2025-02-12", """CROYDON CRIME FIGURES 2024: WHAT THE NUMBERS SHOW

Crime in Croydon rose last year, new Met figures show. Key points:

- 35,619 offences recorded in 2024, up 6.5% on 2023
- Robbery down 3% to 1,368
- Knife crime up 12%
- Shoplifting up 59%
- A crime rate of 85.5 per 1,000 residents

Offence type | 2023 | 2024
Burglary | 1,844 | 1,960
Violence with injury | 3,472 | 3,256

Croydon's knife crime total of 833 offences was among the highest in outer London.
""", [
    ("35,619", {A}, "count", f"= {mps(borough='Croydon', mm=cal(2024))}"),
    ("6.5%", {A}, "change", "Croydon all " + chg(mps(borough='Croydon', mm=cal(2024)), mps(borough='Croydon', mm=cal(2023)))),
    ("down 3%", {A}, "change", "rob " + chg(mps(major='ROBBERY', borough='Croydon', mm=cal(2024)), mps(major='ROBBERY', borough='Croydon', mm=cal(2023)))),
    ("1,368", {A}, "count", "rob 2024 = 1368"),
    ("Knife crime up 12%", {I}, "change", "knife " + chg(dash(borough='Croydon', mm=cal(2024)), dash(borough='Croydon', mm=cal(2023))) + " -> +5.6%"),
    ("Shoplifting up 59%", {A}, "change", "shoplifting " + chg(mps(minor='SHOPLIFTING', borough='Croydon', mm=cal(2024)), mps(minor='SHOPLIFTING', borough='Croydon', mm=cal(2023)))),
    ("85.5 per 1,000", {A, C}, "rate", r1000(mps(borough='Croydon', mm=cal(2024)), gla_pop('Croydon', 2024))),
    ("1,844", {I}, "count", f"Croydon burglary 2023 = {mps(major='BURGLARY', borough='Croydon', mm=cal(2023))}"),
    ("1,960", {A}, "count", f"Croydon burglary 2024 = {mps(major='BURGLARY', borough='Croydon', mm=cal(2024))}"),
    ("3,472", {A}, "count", f"VWI 2023 = {mps(minor='VIOLENCE WITH INJURY', borough='Croydon', mm=cal(2023))}"),
    ("3,256", {A}, "count", f"VWI 2024 = {mps(minor='VIOLENCE WITH INJURY', borough='Croydon', mm=cal(2024))}"),
    ("833", {A}, "count", f"dash knife Croydon 2024 = {dash(borough='Croydon', mm=cal(2024))}"),
])

# ------------------------------------------------------------------ 7. explainer on homicide victims 2022 (BBC style)
UNITS["a7_bbc_victims_2022.txt"] = ("2023-02-01", """London homicides: who were the victims in 2022?

Of the 106 people who were victims of homicide in London in 2022, 28 were women and girls.

Seventy were killed with a knife or sharp implement, and 10 were shot dead.

Seventeen of the deaths were domestic abuse homicides, a fall from 24 the year before.

Four of the victims were children.

Brent and Ealing recorded the most killings of any borough, with nine each.

As of the latest data, 21 of the 2022 cases were still unsolved.
""", [
    ("106", {A, C}, "count", f"victims 2022 = {victims(2022)} (offences {mps(minor='HOMICIDE', mm=cal(2022))})"),
    ("28 were women", {A, C}, "count", f"female victims 2022 = {victims(2022, Sex='Female')}"),
    ("Seventy", {A, C}, "count", f"knife victims 2022 = {victims(2022, Method_of_Killing='Knife or Sharp Implement')}"),
    ("10 were shot", {A, C}, "count", f"shooting 2022 = {victims(2022, Method_of_Killing='Shooting')}"),
    ("Seventeen", {A, C}, "count", f"DA 2022 = {victims(2022, Domestic_Abuse='Domestic Abuse')}"),
    ("from 24", {A, C}, "count", f"DA 2021 = {victims(2021, Domestic_Abuse='Domestic Abuse')}"),
    ("Four of the victims", {A, C}, "count", f"child 2022 = {victims(2022, Age_Group='Child')}"),
    ("most killings of any borough", {A, C}, "comparison", "Brent 9, Ealing 9, next Redbridge/Newham 7"),
    ("21 of the 2022", {A, C}, "count", f"unsolved 2022 = {victims(2022, Solved_Status='Unsolved')}"),
])

# ------------------------------------------------------------------ 8. strip search / stop and search / custody piece
UNITS["a8_searches_custody.txt"] = ("2024-03-05", """Children strip-searched by Met falls, but campaigners say too many

The Metropolitan Police strip-searched 326 children in 2023, down from 360 in 2022, according to the force's own figures.

In total the force carried out 3,834 strip searches last year, a fall of 29%.

The Met made more than 190,000 arrests in 2023, including around 11,000 for weapons offences.

Campaigners said the figures were "still shocking".
""", [
    ("326 children", {A, C}, "count", f"thorough searches Under 18 2023 = {strip(2023, True)}"),
    ("360", {A, C}, "count", f"u18 2022 = {strip(2022, True)}"),
    ("3,834", {A, C}, "count", f"thorough searches 2023 = {strip(2023)}"),
    ("29%", {A, C}, "change", "strip " + chg(strip(2023), strip(2022))),
    ("190,000", {C, A}, "count", f"custody disposals 2023 = {cust(2023)} (disposals not arrests)"),
    ("11,000", {C, A}, "count", f"custody weapons 2023 = {cust(2023, offence_group='Weapons')}"),
    ("N:still shocking", {O, U}, "opinion", "quote; no claim needed"),
])

# ------------------------------------------------------------------ 9. dog theft piece
UNITS["a9_dog_theft.txt"] = ("2022-02-10", """Dog thefts in London soared during lockdown puppy boom

Dog thefts in London rose by a third in 2021, according to Met figures, with 422 dogs reported stolen.

Cat thefts rose by more than 70% over the same period, to 234.

Only 59 of the stolen dogs were recovered.

Enfield had the most dog thefts of any borough, with 22.
""", [
    ("a third", {A, C}, "ratio", "dogs " + chg(animals(2021, 'dog'), animals(2020, 'dog'))),
    ("422", {A, C}, "count", f"dogs 2021 = {animals(2021, 'dog')}"),
    ("more than 70%", {A, C}, "change", "cats " + chg(animals(2021, 'cat'), animals(2020, 'cat'))),
    ("234", {A, C}, "count", f"cats 2021 = {animals(2021, 'cat')}"),
    ("59", {A, C}, "count", "dogs recovered 2021 = 59"),
    ("most dog thefts", {A, C}, "comparison", "Enfield 22, Southwark 21, Croydon 20"),
])

# ------------------------------------------------------------------ 10. single sentences, varied
LINES = [
    ("In March 2024 there were 2,918 robberies in London.", [("2,918", {A}, "count", f"rob Mar24 = {mps(major='ROBBERY', mm=['202403'])}")]),
    ("Robberies in London in March 2024 were up 8% on March 2023.", [("8%", {A}, "change", "rob " + chg(2918, 2709))]),
    ("In January 2025 around 4,600 burglaries were reported across the capital.", [("4,600", {A}, "count", f"burg Jan25 = {mps(major='BURGLARY', mm=['202501'])}")]),
    ("There were 1,100 knife crimes in London in August 2025.", [("1,100", {A, C}, "count", f"dash knife Aug25 = {dash(mm=['202508'])} (rounds to 1,100)")]),
    ("Homicides in London hit 11 in March 2024.", [("11", {A}, "count", f"hom Mar24 = {mps(minor='HOMICIDE', mm=['202403'])}")]),
    ("Police recorded at least 80,000 crimes in London in July 2025.", [("80,000", {A}, "count", f"all Jul25 = {mps(mm=['202507'])}")]),
    ("Police recorded up to 70,000 crimes a month in London in 2025.", [("70,000", {I}, "count", "monthly totals 2025 all > 70k (e.g. Jan 73,208)")]),
    ("Westminster's crime rate of 340 per 1,000 residents in 2024 is more than five times Sutton's.", [
        ("340 per 1,000", {A, C}, "rate", r1000(mps(borough='Westminster', mm=cal(2024)), gla_pop('Westminster', 2024))),
        ("five times", {A, C}, "ratio", "340.4/60.3 = 5.6")]),
    ("Sutton had a crime rate of just 45 crimes per 1,000 people in 2024.", [("45 crimes per 1,000", {I}, "rate", r1000(mps(borough='Sutton', mm=cal(2024)), gla_pop('Sutton', 2024)))]),
    ("Newham recorded more crime than Tower Hamlets in 2024.", [("more crime than", {A}, "comparison", "Newham 40853 vs TH 36897")]),
    ("Hackney recorded more robberies than Lambeth in 2024.", [("more robberies than", {I}, "comparison", "Hackney 1794 vs Lambeth 2329")]),
    ("Islington saw nearly 31,000 crimes in 2025.", [("31,000", {A}, "count", f"Islington 2025 = {mps(borough='Islington', mm=cal(2025))}")]),
    ("Camden recorded more than 45,000 crimes in 2024.", [("45,000", {I}, "count", "Camden 2024 = 43134")]),
    ("Knife crime in London is down 20% since 2016, the Mayor said.", [("20%", {U, I, C}, "change", "dash starts 2022; ONS knife 'year 2016' 9,738 vs FY24/25 16,156 -> up 66%; mixed series -> U or I")]),
    ("Violence with injury in London fell by 5% in 2025.", [("5%", {A}, "change", "VWI " + chg(63782, 67347) + " -> -5.3%")]),
    ("Theft from the person in London fell by 15% in 2025 to 85,465.", [("15%", {A}, "change", "TFP " + chg(85465, 101053) + " -> -15.4%"), ("85,465", {A}, "count", "TFP 2025")]),
    ("Sexual offences in London rose by 7% in 2025.", [("7%", {A}, "change", "sexual " + chg(mps(major='SEXUAL OFFENCES', mm=cal(2025)), mps(major='SEXUAL OFFENCES', mm=cal(2024))))]),
    ("Drug offences in London fell by 10% in 2025.", [("10%", {I}, "change", "drugs " + chg(54291, 41245) + " -> a rise")]),
    ("Vehicle crime in London fell to 86,381 offences in 2025, the lowest on record.", [("86,381", {A}, "count", "vehicle 2025"), ("lowest on record", {I}, "record", "vehicle 2014 81907 and 2015 82632 are lower than 2025 86381: lowest since 2015, not on record")]),
    ("Recorded crime in London has fallen for two years in a row.", [("two years in a row", {I}, "record", "2023 930955 -> 2024 940187 (rise) -> 2025 911288 (fall): only one fall")]),
    ("The Met made 4,797 arrests for robbery in 2024.", [("4,797", {A, C}, "count", f"custody Robbery 2024 = {cust(2024, offence_group='Robbery')} (disposals)")]),
    ("Some 667 people were arrested on suspicion of murder in London in 2024.", [("667", {A, C}, "count", f"custody Murder 2024 = {cust(2024, offence_group='Murder')} (disposals)")]),
    ("Officers conducted 33,774 stop and searches in London in the first three months of 2018.", [("33,774", {A, C}, "count", "Met S&S Jan-Mar 2018 = 12137+10771+10866")]),
    ("In January 2018 the Met carried out more than 12,000 stop and searches.", [("12,000", {A}, "count", "Met S&S Jan 2018 = 12137")]),
    ("Of the 33,774 searches in the first quarter of 2018, 5,818 led to an arrest.", [("5,818", {A, C, U}, "count", "Met S&S Q1 2018 Outcome=Arrest 5818")]),
    ("Six in ten of the Met's stop and searches in early 2018 were for drugs.", [("Six in ten", {A, C, U}, "share", "20451/33774 = 60.6% object = Controlled drugs")]),
    ("The UK's murder rate was 1.1 per 100,000 in 2021, higher than France's.", [("1.1 per 100,000", {A}, "rate", "OWID UK 2021 1.12"), ("higher than France", {A, C}, "comparison", "UK 1.12 vs France 1.11 (2021)")]),
    ("Canada's homicide rate of 2.3 per 100,000 in 2022 is twice London's.", [("2.3 per 100,000", {A}, "rate", "OWID Canada 2022 2.27"), ("twice London's", {A, C}, "ratio", "London 2022 victims 106 / 9,381,782 = 1.13 -> ratio 2.01")]),
    ("Japan's homicide rate is around 0.2 per 100,000.", [("0.2 per 100,000", {A, C}, "rate", "OWID Japan 2023 0.23")]),
    ("London's homicide rate in 2022 was about 1.1 per 100,000, roughly the same as England and Wales.", [("1.1 per 100,000", {A, C}, "rate", "106/9.38m = 1.13"), ("roughly the same as England and Wales", {A, C, U}, "comparison", "E&W 2021 1.15; no 2022 E&W")]),
    ("Women made up 28% of homicide victims in London in 2019.", [("28%", {I}, "share", "female 2019 30/150 = 20%")]),
    ("Nearly two-thirds of London's homicide victims in 2021 were killed with a knife.", [("two-thirds", {I, A, C}, "share", "knife 2021 92/131 = 70.2%: 'nearly two-thirds' = just under 66.7% -> I strictly; lenient A")]),
    ("There were 24 domestic abuse homicides in London in 2021.", [("24", {A, C}, "count", "DA 2021 = 24")]),
    ("Eleven children were killed in London in 2020.", [("Eleven", {A, C}, "count", "child 2020 = 11")]),
    ("Some 28 homicides from 2019 remain unsolved.", [("28", {A, C}, "count", "unsolved 2019 = 28")]),
    ("Homicides in London fell from 153 in 2019 to 96 in 2025, a drop of more than a third.", [
        ("153", {A}, "count", "hom 2019 = 153"), ("96 in 2025", {A}, "count", "hom 2025 = 96"),
        ("more than a third", {A}, "ratio", "96/153 = 0.627 -> fall of 37%")]),
    ("The number of people charged with homicide in London fell to 182 in 2022.", [("182", {A, C}, "count", "homicide.parquet count_of_ppa 2022 = 182")]),
    ("Violence against women and girls offences in London rose by 4% in 2025 to 132,688.", [("4%", {A, C}, "change", "VAWG " + chg(132688, 127532)), ("132,688", {A, C}, "count", "VAWG offences 2025")]),
    ("More than 150,000 VAWG offences were recorded in London in 2023.", [("150,000", {A, C}, "count", "VAWG offences 2023 = 154316")]),
    ("Dog thefts in London fell by almost a quarter in 2023.", [("almost a quarter", {A, C}, "ratio", "dogs " + chg(animals(2023, 'dog'), animals(2022, 'dog')) + " (2023 file covers Jan-Nov only)")]),
    ("Burglary in Lambeth fell by 15% in 2025.", [("15%", {A}, "change", "Lambeth burg " + chg(1798, 2127))]),
    ("Robbery in Camden fell by a fifth in 2025.", [("a fifth", {A}, "ratio", "Camden rob " + chg(1440, 1847) + " -> -22%")]),
    ("Knife crime in Lambeth fell by a third in 2025.", [("a third", {A}, "ratio", "Lambeth knife dash " + chg(658, 994) + " -> -33.8%")]),
    ("Southwark's burglaries rose by 7% in 2025.", [("7%", {A}, "change", "Southwark burg " + chg(2556, 2394) + " -> +6.8%")]),
    ("Ealing recorded 32,361 offences in 2025, up 3%.", [("32,361", {A}, "count", "Ealing 2025"), ("up 3%", {A}, "change", "Ealing " + chg(32361, 31530) + " -> +2.6%")]),
    ("Richmond upon Thames remains the borough with the least crime in London.", [("least crime", {A, C}, "comparison", "Richmond 11689 in 2025; Kingston? check")]),
    ("Crime in London is out of control.", [("out of control", {O}, "opinion", "opinion")]),
    ("London is safer than Paris.", [("safer than Paris", {O, U}, "opinion", "no Paris city data")]),
    ("The Met answered 5.6 million calls last year.", [("5.6 million", {U}, "count", "calls not in data")]),
    ("The Met has 33,000 officers.", [("33,000", {U}, "count", "workforce")]),
    ("Hate crime in London rose by 12% in 2025.", [("12%", {U}, "change", "no hate crime series")]),
    ("Fraud cost Londoners £1.2 billion last year.", [("N:1.2 billion", {U}, "count", "money, no data; no claim or U")]),
    ("The attack happened on the Number 25 bus on the A11 at 9.30pm on 14 March 2024.", [("N:25", set(), "none", "no claim")]),
    ("The 24-year-old was one of three men charged at the Old Bailey.", [("N:three men", set(), "none", "no claim")]),
    # policy since set7 (an independent tester's truths): a figure about calls or response times is a claim
    # the crime data cannot check, so unverifiable is allowed beside no claim at all
    ("A spokesperson said 999 calls were answered within 10 seconds.", [("N:10 seconds", {U}, "none",
                                                                         "no crime claim; unverifiable allowed")]),
]

# lines are split into two as-of groups
UNITS["l1_lines_2026.txt"] = ("2026-03-20", LINES)


# Right verdict for the wrong reason: (unit, key) -> (field, substring the checker's field must contain)
REASON = {
    ("l1_lines_2026.txt", "150,000"): ("measure", "vawg"),
    ("l1_lines_2026.txt", "70,000"): ("found", lambda v: v is not None and float(v) < 200000),   # a month, not the annual total
    ("a5_col_police.txt", "2,310"): ("measure", "theft_from_person"),
    ("a4_ons_style.txt", "rose 7%"): ("measure", "knife"),
    ("a4_ons_style.txt", "50,489"): ("measure", "knife"),
}
