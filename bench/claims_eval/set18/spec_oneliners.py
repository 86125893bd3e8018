"""set18 one-liners: `book` = SpecBook with the one-line units (o01..), joined with the articles by spec.py.

Written blind (the tester never read the checker, its tests, docs/claims.md, nor any other set's spec beyond
the format head of set9's). Every factual claim is true or false *by design*; book.T / book.F check the design
against the raw files (truth18o.py -> ../truth_sets.py -> ../truth_lib.py, csv / pyarrow only) and raise if
they disagree. London-wide MPS claims are checked on both readings (all rows of the parquet, and the 32
boroughs alone); London-wide knife-dashboard claims on both (all Borough-type rows, and the 32 boroughs
alone). The notes give the figures.
"""
from collections import Counter

from truth18o import (  # noqa: F401
    BOROUGHS32,
    cal,
    col,
    falls_in_a_row,
    force_total,
    fy,
    gla_pop,
    inner_london,
    knife,
    knife_by_borough,
    last_higher,
    last_lower,
    lon,
    lon_years,
    london32_pop,
    met_ss,
    months,
    mps,
    mps_by_borough,
    near,
    nyc,
    ons_knife_rate,
    ons_knife_series,
    owid,
    pct,
    pct_is,
    r12,
    rank_of,
    rises_in_a_row,
    victims,
    victims_by,
    victims_span_by_borough,
    victims_years,
)
from truth_sets import SpecBook, _force_month

book = SpecBook()
E, one, add, NV, OP = book.E, book.one, book.add, book.NV, book.OP
T, F = book.T, book.F


def both(pair, f):
    """f holds on every reading in pair."""
    return all(f(x) for x in pair)


def none(pair, f):
    return not any(f(x) for x in pair)


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


Y25, Y24 = cal(2025), cal(2024)
ALL25, ALL24 = mps_by_borough(mm=Y25), mps_by_borough(mm=Y24)


def bchg(borough, **kw):
    a, b = mps(borough=borough, mm=Y25, **kw), mps(borough=borough, mm=Y24, **kw)
    return a, b, pct(a, b)


def rate25(b):
    return 1000 * ALL25[b] / gla_pop(b, 2025)


RATE25 = {b: rate25(b) for b in BOROUGHS32}

# ====================================================================== shoplifting, London
sh_a, sh_b = lon_years(minor="SHOPLIFTING")
one("o01_tweet_shoplifting_record.txt", "2026-02-20",
    "Shoplifting in London hit a record high in 2025, with around 88,000 offences recorded by the Met, more than "
    "double the 2022 total. Something has gone badly wrong on our high streets.",
    E("record high", T(both((sh_a, sh_b), lambda s: s[2025] == max(s.values()))), "record",
      f"shoplifting by calendar year, all rows {ser(sh_a)}; 32 boroughs 2024 {sh_b[2024]}, 2025 {sh_b[2025]}", "true"),
    E("around 88,000", T(near(88000, sh_a[2025]) and near(88000, sh_b[2025])), "count",
      f"2025: {sh_a[2025]} (all rows), {sh_b[2025]} (32 boroughs)", "true"),
    E("more than double the 2022 total", T(both((sh_a, sh_b), lambda s: s[2025] > 2 * s[2022])), "change",
      f"2022: {sh_a[2022]} / {sh_b[2022]}; ratio {sh_a[2025] / sh_a[2022]:.2f} / {sh_b[2025] / sh_b[2022]:.2f}", "true"),
    OP("Something has gone badly wrong"))

# ====================================================================== London all crime 2025
all_a, all_b = lon_years()
th25, th24 = lon(major="THEFT", mm=Y25), lon(major="THEFT", mm=Y24)
vh25, vh24 = lon(major="VEHICLE OFFENCES", mm=Y25), lon(major="VEHICLE OFFENCES", mm=Y24)
one("o02_headline_london_crime_falls.txt", "2026-01-22",
    "London crime falls for the first time since 2020 as thefts and vehicle crime drop",
    E("falls for the first time since 2020", T(both((all_a, all_b), lambda s: s[2025] < s[2024] and rises_in_a_row(s, 2024) == 4
                                                   and s[2020] < s[2019])), "turn",
      f"all crime (NFIB excluded) all rows {ser(all_a)}; 32 boroughs 2019 {all_b[2019]}, 2020 {all_b[2020]}, 2021 {all_b[2021]}, "
      f"2024 {all_b[2024]}, 2025 {all_b[2025]}: rises 2021-2024, fall 2025, last fall 2020", "true"),
    E("vehicle crime drop", T(vh25[0] < vh24[0] and vh25[1] < vh24[1] and th25[0] < th24[0] and th25[1] < th24[1]), "direction",
      f"vehicle offences 2025 {vh25} vs 2024 {vh24}; theft {th25} vs {th24} (all rows, 32 boroughs)", "true"))

# ====================================================================== homicide offences 2025
ho_a, ho_b = lon_years(minor="HOMICIDE")
one("o03_tweet_homicides_2025.txt", "2026-01-19",
    "96 homicides in London in 2025, the fewest since 2014. They have now fallen every year since 2021, but every one is a life lost.",
    E("fallen every year since 2021", T(both((ho_a, ho_b), lambda s: falls_in_a_row(s, 2025) >= 4)), "streak",
      f"homicide all rows {ser(ho_a)}; 32 boroughs 2020-2025 {[ho_b[y] for y in range(2020, 2026)]} (falls 2022-2025; "
      "32 boroughs also 2021)", "true"),
    E("96 homicides", T(ho_a[2025] == 96 and ho_b[2025] == 96), "count",
      f"MPS homicide offences 2025: {ho_a[2025]} (all rows) / {ho_b[2025]} (32 boroughs)", "true"),
    E("the fewest since 2014", T(both((ho_a, ho_b), lambda s: last_lower(s, 2025) == 2014)), "record",
      f"homicide by year, all rows {ser(ho_a)}; 32 boroughs {ser(ho_b)}", "true"))

one("o04_quote_cityhall_homicide.txt", "2026-01-21",
    "\u201cLast year saw the lowest number of homicides in London since records began,\u201d a City Hall spokesperson said on Wednesday.",
    E("lowest number of homicides in London since records began",
      F(both((ho_a, ho_b), lambda s: s[2025] == min(s.values())) and victims_years()[2014] > 96), "record",
      f"2014 had fewer: {ho_a[2014]} (all rows) / {ho_b[2014]} (32 boroughs), and 84 victims in the victims file, vs 96 in 2025", "false"))

# ====================================================================== Westminster theft from the person
ws_tfp = bchg("Westminster", minor="THEFT FROM THE PERSON")
one("o05_localpaper_westminster_snatches.txt", "2026-02-24",
    "Phone snatching and pickpocketing in Westminster fell by almost a quarter last year, to just over 25,000 offences. "
    "The borough still accounts for more than a third of all such thefts in London.",
    E("fell by almost a quarter", T(-25 < ws_tfp[2] <= -21), "change",
      f"Westminster theft from the person 2025 {ws_tfp[0]} vs 2024 {ws_tfp[1]} = {ws_tfp[2]:+.1f}%", "true"),
    E("just over 25,000", T(25000 < ws_tfp[0] < 25500), "count", f"2025: {ws_tfp[0]}", "true"),
    E("more than a third of all such thefts in London", F(all(ws_tfp[0] / x > 1 / 3 for x in lon(minor="THEFT FROM THE PERSON", mm=Y25)))
      , "share", f"Westminster {ws_tfp[0]} of London {lon(minor='THEFT FROM THE PERSON', mm=Y25)} = "
      f"{100 * ws_tfp[0] / lon(minor='THEFT FROM THE PERSON', mm=Y25)[0]:.1f}%", "false"))

# ====================================================================== Camden rate / rank
one("o06_caption_camden_rate.txt", "2026-03-02",
    "Map caption: Camden has the second-highest crime rate of any London borough, behind only Westminster, at about "
    "175 offences per 1,000 residents (2025).",
    E("second-highest crime rate", T(rank_of("Camden", RATE25) == 2 and rank_of("Westminster", RATE25) == 1), "rank",
      "rates per 1,000 (GLA 2025 population): " + ", ".join(f"{b} {RATE25[b]:.1f}" for b in sorted(RATE25, key=RATE25.get, reverse=True)[:4]), "true"),
    E("about 175 offences per 1,000 residents", F(near(175, RATE25["Camden"], 0.03)), "rate",
      f"Camden 2025 {ALL25['Camden']} / GLA population {gla_pop('Camden', 2025)} = {RATE25['Camden']:.1f} per 1,000, not about 175", "false"))

# ====================================================================== drug trafficking
tr_a, tr_b = lon_years(minor="TRAFFICKING OF DRUGS")
one("o07_report_trafficking_quadrupled.txt", "2026-03-10",
    "Recorded drug trafficking offences in London have more than quadrupled since 2021.",
    E("more than quadrupled since 2021", T(both((tr_a, tr_b), lambda s: s[2025] > 4 * s[2021])), "change",
      f"trafficking 2021 {tr_a[2021]} / {tr_b[2021]}, 2025 {tr_a[2025]} / {tr_b[2025]} (all rows / 32 boroughs); "
      "'since 2021' read as 2021 -> 2025", "true"))

one("o08_tweet_trafficking_trebled.txt", "2026-03-11",
    "Drug dealing offences in London have trebled since 2022 and nobody at City Hall seems to care.",
    E("have trebled since 2022", F(both((tr_a, tr_b), lambda s: 2.85 <= s[2025] / s[2022] <= 3.15)), "change",
      f"trafficking 2022 {tr_a[2022]} / {tr_b[2022]} -> 2025 {tr_a[2025]} / {tr_b[2025]}: x{tr_a[2025] / tr_a[2022]:.2f} / "
      f"x{tr_b[2025] / tr_b[2022]:.2f}, not trebled", "false"),
    OP("nobody at City Hall seems to care"))

# ====================================================================== knife crime, London
kn25, kn24 = knife(mm=Y25), knife(mm=Y24)
one("o09_tweet_knife_up.txt", "2026-02-10",
    "Knife crime in London went UP again in 2025. The Mayor's strategy simply isn't working.",
    E("Knife crime in London went UP again in 2025", F(kn25[0] > kn24[0] or kn25[1] > kn24[1]), "direction",
      f"MPS dashboard knife crime 2025 {kn25} vs 2024 {kn24} (all rows, 32 boroughs): it fell", "false"),
    OP("The Mayor's strategy simply isn't working"))

kfy25, kfy24 = knife(mm=fy(2025)), knife(mm=fy(2024))
one("o10_pressrelease_knife_fy.txt", "2025-05-20",
    "Knife crime in London rose by around 1,000 offences in 2024/25 compared with the previous financial year, the "
    "Conservative group on the London Assembly said. Officers seized more than 4,000 knives in weapon sweeps over the same period, the group added.",
    E("rose by around 1,000 offences", T(all(near(1000, a - b, 0.12) for a, b in zip(kfy25, kfy24, strict=True))), "change",
      f"knife crime FY 2024/25 {kfy25} vs 2023/24 {kfy24}: +{kfy25[0] - kfy24[0]} (all rows) / +{kfy25[1] - kfy24[1]} (32 boroughs)", "true"),
    NV("Officers seized more than 4,000 knives", "knives seized in sweeps are not in the data"))

lam_k = (knife_by_borough(mm=Y25)["Lambeth"], knife_by_borough(mm=Y24)["Lambeth"])
kb25, kb24 = knife_by_borough(mm=Y25), knife_by_borough(mm=Y24)
kchg = {b: pct(kb25[b], kb24[b]) for b in kb25}
inner = inner_london() + ["Greenwich"]  # Greenwich is inner London for some definitions: it does not change the answer
one("o11_council_lambeth_knife.txt", "2026-02-12",
    "Lambeth Council welcomed figures showing knife crime in the borough fell by a third in 2025, the largest fall of "
    "any inner London borough. It has put \u00a32.5m into youth services since 2022, and says 85% of young people on its mentoring scheme have not reoffended.",
    E("fell by a third", T(-36 <= kchg["Lambeth"] <= -31), "change",
      f"Lambeth knife crime 2025 {lam_k[0]} vs 2024 {lam_k[1]} = {kchg['Lambeth']:+.1f}%", "true"),
    E("the largest fall of any inner London borough", T(min(inner, key=kchg.get) == "Lambeth"), "rank",
      "inner boroughs: " + ", ".join(f"{b} {kchg[b]:+.1f}%" for b in sorted(inner, key=kchg.get)[:4])
      + f" (Richmond {kchg['Richmond upon Thames']:+.1f}% is outer)", "true"),
    NV("85% of young people on its mentoring scheme have not reoffended", "reoffending is not in the data"))

one("o12_tweet_croydon_knife.txt", "2026-02-16",
    "Croydon had more knife crime than any other London borough last year, with 621 offences. Croydon deserves far better than this, and residents are right to be angry.",
    E("more knife crime than any other London borough", F(rank_of("Croydon", kb25) == 1), "rank",
      f"Croydon ranks {rank_of('Croydon', kb25)} in 2025 (Newham {kb25['Newham']} first)", "false"),
    E("621 offences", T(kb25["Croydon"] == 621), "count", f"Croydon knife crime 2025: {kb25['Croydon']}", "true"),
    OP("residents are right to be angry"))

one("o13_localpaper_brent_knife.txt", "2026-02-16",
    "Knife crime in Brent fell by a fifth last year, according to the latest Met figures, while Hackney recorded more knife offences than Lambeth.",
    E("fell by a fifth", F(-23 <= kchg["Brent"] <= -17), "change",
      f"Brent knife crime 2025 {kb25['Brent']} vs 2024 {kb24['Brent']} = {kchg['Brent']:+.1f}%: it rose", "false"),
    E("Hackney recorded more knife offences than Lambeth", F(kb25["Hackney"] > kb25["Lambeth"]), "compare",
      f"knife crime 2025: Hackney {kb25['Hackney']}, Lambeth {kb25['Lambeth']}", "false"))

mon_ok = all(knife(mm=[a])[i] < knife(mm=[b])[i] for a, b in zip(Y25, Y24, strict=True) for i in (0, 1))
one("o14_briefing_knife_every_month.txt", "2026-01-23",
    "Knife crime across London fell by about a sixth in 2025. It was lower than in the same month a year earlier in "
    "every single month of the year.",
    E("fell by about a sixth", T(all(-18.5 <= pct(a, b) <= -15 for a, b in zip(kn25, kn24, strict=True))), "change",
      f"2025 {kn25} vs 2024 {kn24}: {pct(kn25[0], kn24[0]):+.1f}% / {pct(kn25[1], kn24[1]):+.1f}%", "true"),
    E("every single month of the year", T(mon_ok), "streak",
      "monthly 2025 vs 2024 (all rows): " + ", ".join(f"{a[4:]} {knife(mm=[a])[0]}<{knife(mm=[b])[0]}" for a, b in zip(Y25, Y24, strict=True)), "true"))

kwi25, kwi24 = knife("Knife Crime with Injury", mm=Y25), knife("Knife Crime with Injury", mm=Y24)
kv = {y: knife("Knife Injury Victims (1-24)", mm=cal(y)) for y in (2023, 2024, 2025)}
add("o15_statement_knife_injury.txt", "2026-02-08", [
    ("Knife crime with injury fell by more than a tenth in 2025.", [
        E("fell by more than a tenth", T(all(pct(a, b) < -10 for a, b in zip(kwi25, kwi24, strict=True))), "change",
          f"knife crime with injury 2025 {kwi25} vs 2024 {kwi24}", "true")]),
    ("The number of young people under 25 injured by knives fell for the second year in a row.", [
        E("fell for the second year in a row", T(all(kv[2025][i] < kv[2024][i] < kv[2023][i] for i in (0, 1))), "streak",
          f"knife injury victims aged 1-24 by year: {kv} (all rows, 32 boroughs); the dashboard starts March 2022", "true")]),
])

# ====================================================================== homicide victims (file 2003-2022)
VK = victims_years(Method_of_Killing="Knife or Sharp Implement")
VK19 = {y: v for y, v in VK.items() if y <= 2019}
one("o16_report_2019_stabbings.txt", "2020-02-10",
    "Ninety-four of the people killed in London in 2019 were stabbed, the highest number since at least 2003.",
    E("Ninety-four of the people killed", T(VK[2019] == 94), "count",
      f"victims killed by knife or sharp implement, 2019: {VK[2019]}", "true"),
    E("the highest number since at least 2003", T(VK19[2019] == max(VK19.values())), "record",
      f"knife victims by year 2003-2019: {ser(VK19)}", "true"))

V = victims_years()
VF = victims_years(Sex="Female")
one("o17_factbox_women_2021.txt", "2022-03-08",
    "Nearly a third of homicide victims in London in 2021 were women.",
    E("Nearly a third", F(0.29 <= VF[2021] / V[2021] <= 1 / 3), "share",
      f"female victims 2021: {VF[2021]} of {V[2021]} = {100 * VF[2021] / V[2021]:.1f}%", "false"))

VDA = victims_years(Domestic_Abuse="Domestic Abuse")
one("o18_charity_domestic_2022.txt", "2023-03-01",
    "One in six people killed in London in 2022 died in a domestic abuse homicide, the charity said in its annual report. Perhaps four in five domestic abuse incidents are never reported to police at all.",
    E("One in six people killed", T(abs(VDA[2022] / V[2022] - 1 / 6) < 0.012), "share",
      f"domestic abuse victims 2022: {VDA[2022]} of {V[2022]} = {100 * VDA[2022] / V[2022]:.1f}%", "true"),
    NV("Perhaps four in five domestic abuse incidents are never reported", "unreported crime is not in police-recorded data"))

VS = victims_years(Method_of_Killing="Shooting")
one("o19_tweet_shootings_fifth.txt", "2023-02-01",
    "Shootings accounted for a fifth of London's homicides in 2022.",
    E("Shootings accounted for a fifth", F(abs(VS[2022] / V[2022] - 0.2) < 0.03), "share",
      f"shooting victims 2022: {VS[2022]} of {V[2022]} = {100 * VS[2022] / V[2022]:.1f}% (homicide offences 2022: {ho_a[2022]})", "false"))

span = victims_span_by_borough(2003, 2022)
one("o20_documentary_two_decades.txt", "2023-05-10",
    "Over the past two decades, more people have been killed in Newham than in any other London borough.",
    E("more people have been killed in Newham than in any other London borough",
      F(span.most_common(1)[0][0] == "Newham"), "rank",
      f"victims 2003-2022 by borough: {span.most_common(3)}: Lambeth first, Newham second", "false"))

VU = victims_years(Solved_Status="Unsolved")
one("o21_report_unsolved_2022.txt", "2023-04-12",
    "Of the 106 homicide victims in London in 2022, 21 cases remain unsolved, according to the Met's own dashboard.",
    E("106 homicide victims", T(V[2022] == 106), "count", f"victims 2022: {V[2022]}", "true"),
    E("21 cases remain unsolved", T(VU[2022] == 21), "count", f"unsolved 2022: {VU[2022]}", "true"))

VC = victims_years(Age_Group="Child")
one("o22_vigil_children_2020.txt", "2021-02-15",
    "Eleven children were killed in London in 2020, the same number as in 2016, a vigil outside St Paul's heard on Sunday.",
    E("Eleven children were killed", T(VC[2020] == 11), "count", f"child victims 2020: {VC[2020]}", "true"),
    E("the same number as in 2016", T(VC[2016] == VC[2020]), "equal", f"child victims 2016: {VC[2016]}, 2020: {VC[2020]}", "true"))

# ====================================================================== London vs New York, early 2018
hf = lon(minor="HOMICIDE", mm=["201802"])
hm = lon(minor="HOMICIDE", mm=["201803"])
one("o23_headline_nyc_feb2018.txt", "2018-04-02",
    "London recorded more homicides than New York City in February 2018",
    E("more homicides than New York City", T(min(hf) > nyc(2018, 2)), "compare",
      f"London homicide offences Feb 2018 {hf} (all rows, 32 boroughs) vs NYC murders {nyc(2018, 2)}", "true"))

one("o24_column_nyc.txt", "2018-04-20",
    "London's murder toll overtook New York's in both February and March this year, a grim milestone for the capital.",
    E("overtook New York's in both February and March", F(min(hf) > nyc(2018, 2) and min(hm) > nyc(2018, 3)), "compare",
      f"Feb: London {hf} vs NYC {nyc(2018, 2)}; March: London {hm} vs NYC {nyc(2018, 3)}", "false"))

# ====================================================================== robbery
rb_a, rb_b = lon_years(minor="ROBBERY OF BUSINESS PROPERTY")
one("o25_retail_business_robbery.txt", "2026-02-05",
    "Robberies of shops and businesses in London reached a record in 2025. Shoplifting has effectively been decriminalised by a police force that no longer bothers to turn up.",
    E("reached a record", T(both((rb_a, rb_b), lambda s: s[2025] == max(s.values()))), "record",
      f"robbery of business property all rows {ser(rb_a)}; 32 boroughs 2025 {rb_b[2025]}, 2024 {rb_b[2024]}", "true"),
    OP("Shoplifting has effectively been decriminalised"))

rp_a, rp_b = lon_years(minor="ROBBERY OF PERSONAL PROPERTY")
one("o26_tweet_muggings.txt", "2026-01-28",
    "Muggings in London fell to under 24,000 in 2025, the lowest level since 2021. The Met says moped-enabled thefts have halved since 2019.",
    E("under 24,000", T(max(rp_a[2025], rp_b[2025]) < 24000), "count", f"personal robbery 2025: {rp_a[2025]} / {rp_b[2025]}", "true"),
    E("the lowest level since 2021", T(both((rp_a, rp_b), lambda s: last_lower(s, 2025) == 2021)), "record",
      f"personal robbery all rows {ser(rp_a)}; 32 boroughs 2021 {rp_b[2021]}, 2022 {rp_b[2022]}, 2025 {rp_b[2025]}", "true"),
    NV("moped-enabled thefts have halved since 2019", "no moped-enabled crime measure in the open data here"))

ro_a, ro_b = lon_years(major="ROBBERY")
one("o27_briefing_robbery_turn.txt", "2026-02-04",
    "Robbery in London fell in 2025 after three straight years of increases. The violence reduction unit's youth programmes are a model the rest of the country should copy.",
    E("fell in 2025 after three straight years of increases",
      T(both((ro_a, ro_b), lambda s: s[2025] < s[2024] and rises_in_a_row(s, 2024) == 3)), "turn",
      f"robbery all rows {ser(ro_a)}; 32 boroughs 2021-2025 {[ro_b[y] for y in range(2021, 2026)]}", "true"),
    OP("a model the rest of the country should copy"))

one("o28_leaflet_robbery_up.txt", "2026-02-06",
    "Robberies across London are up 10% on last year. Vote for a safer city on 7 May.",
    E("up 10% on last year", F(both((ro_a, ro_b), lambda s: pct_is(10, s[2025], s[2024], 1.0))), "change",
      f"robbery 2025 vs 2024: {pct(ro_a[2025], ro_a[2024]):+.1f}% / {pct(ro_b[2025], ro_b[2024]):+.1f}%: it fell", "false"))

# ====================================================================== violence
vi_a, vi_b = lon_years(minor="VIOLENCE WITH INJURY")
vo_a, vo_b = lon_years(minor="VIOLENCE WITHOUT INJURY")
add("o29_report_violence_two_lines.txt", "2026-02-03", [
    ("Violence with injury fell for the second year running in 2025, to its lowest level since records began.", [
        E("fell for the second year running", T(both((vi_a, vi_b), lambda s: falls_in_a_row(s, 2025) == 2)), "streak",
          f"violence with injury all rows {ser(vi_a)}; 32 boroughs 2023-2025 {[vi_b[y] for y in (2023, 2024, 2025)]}", "true"),
        E("lowest level since records began", F(any(s[2025] == min(s.values()) for s in (vi_a, vi_b))), "record",
          f"2012 {vi_a[2012]} / {vi_b[2012]} and 2013 {vi_a[2013]} / {vi_b[2013]} were lower than 2025 {vi_a[2025]} / {vi_b[2025]}", "false")]),
    ("But violence without injury has risen every year since 2020 and hit a new high.", [
        E("risen every year since 2020", T(both((vo_a, vo_b), lambda s: rises_in_a_row(s, 2025) == 5)), "streak",
          f"violence without injury all rows {ser(vo_a)}; 32 boroughs 2019-2025 {[vo_b[y] for y in range(2019, 2026)]}", "true"),
        E("a new high", T(both((vo_a, vo_b), lambda s: s[2025] == max(s.values()))), "record",
          f"2025 is the series high on both readings ({vo_a[2025]} / {vo_b[2025]})", "true")]),
])

va_a, va_b = lon_years(major="VIOLENCE AGAINST THE PERSON")
one("o30_tweet_violence_record.txt", "2026-02-28",
    "Violence against the person in London hit a record high in 2025. Sadiq Khan has lost control of London's streets.",
    E("hit a record high in 2025", F(both((va_a, va_b), lambda s: s[2025] == max(s.values()))), "record",
      f"violence against the person all rows {ser(va_a)}; 32 boroughs 2023 {va_b[2023]}, 2025 {va_b[2025]}: 2023 was higher", "false"),
    OP("Sadiq Khan has lost control of London's streets"))

st_a, st_b = lon_years(minor="STALKING AND HARASSMENT")
one("o31_charity_stalking.txt", "2026-02-14",
    "Stalking and harassment offences in London reached a record high in 2025, the charity's chief executive said.",
    E("reached a record high in 2025", F(any(s[2025] == max(s.values()) for s in (st_a, st_b))), "record",
      f"stalking and harassment all rows {ser(st_a)}; 32 boroughs 2021 {st_b[2021]}, 2025 {st_b[2025]}: 2021 was higher", "false"))

# ====================================================================== sexual offences
rp = lon_years(minor="RAPE")
one("o32_news_rape_record.txt", "2026-02-26",
    "Rapes recorded by the Met reached a record high in 2025. Yet fewer than one in ten has so far led to a charge.",
    E("reached a record high", T(both(rp, lambda s: s[2025] == max(s.values()))), "record",
      f"rape all rows {ser(rp[0])}; 32 boroughs 2024 {rp[1][2024]}, 2025 {rp[1][2025]}", "true"),
    NV("fewer than one in ten has so far led to a charge", "charge outcomes by offence are not in the data"))

so = lon(major="SEXUAL OFFENCES", mm=Y25), lon(major="SEXUAL OFFENCES", mm=Y24)
one("o33_comment_sexual.txt", "2026-02-27",
    "Sexual offences in London actually fell last year, whatever the campaigners tell you.",
    E("Sexual offences in London actually fell last year", F(so[0][0] < so[1][0] or so[0][1] < so[1][1]), "direction",
      f"sexual offences 2025 {so[0]} vs 2024 {so[1]}: they rose", "false"))

# ====================================================================== bikes, vehicles
bk = lon_years(minor="BICYCLE THEFT")
one("o34_cycling_blog_bike_theft.txt", "2026-01-30",
    "Bike theft in London has fallen to its lowest level in at least 15 years: just over 14,000 bicycles were reported stolen in 2025. "
    "But fewer than 5% of stolen bikes are ever returned to their owners, and e-bikes now make up half of all thefts.",
    E("lowest level in at least 15 years", T(both(bk, lambda s: s[2025] == min(s.values()))), "record",
      f"bicycle theft all rows {ser(bk[0])}; 32 boroughs 2025 {bk[1][2025]} (the series starts April 2010)", "true"),
    E("just over 14,000", T(all(14000 < x < 14400 for x in (bk[0][2025], bk[1][2025]))), "count",
      f"2025: {bk[0][2025]} / {bk[1][2025]}", "true"),
    NV("fewer than 5% of stolen bikes are ever returned", "recovery of stolen property is not in the data"),
    NV("e-bikes now make up half of all thefts", "no e-bike breakdown of bicycle theft in the data"))

bb = mps_by_borough(minor="BICYCLE THEFT", mm=Y25)
bb24 = mps_by_borough(minor="BICYCLE THEFT", mm=Y24)
BT = {y: mps_by_borough(minor="BICYCLE THEFT", mm=cal(y)) for y in range(2020, 2026)}
add("o35_cycling_blog_hackney.txt", "2026-02-02", [
    ("More bikes were stolen in Hackney last year than in Barnet, Bexley, Bromley and Harrow combined.", [
        E("than in Barnet, Bexley, Bromley and Harrow combined",
          T(bb["Hackney"] > sum(bb[b] for b in ("Barnet", "Bexley", "Bromley", "Harrow"))), "compare",
          f"bicycle theft 2025: Hackney {bb['Hackney']}; Barnet {bb['Barnet']}, Bexley {bb['Bexley']}, Bromley {bb['Bromley']}, Harrow {bb['Harrow']}", "true")]),
    ("It was the worst borough in London for bike theft for the fourth year running.", [
        E("the worst borough in London for bike theft for the fourth year running",
          T([y for y in range(2021, 2026) if rank_of("Hackney", BT[y]) == 1] == [2022, 2023, 2024, 2025]), "streak",
          "top borough by year: " + ", ".join(f"{y} {max(BT[y], key=BT[y].get)} {max(BT[y].values())}" for y in range(2020, 2026)), "true")]),
])

ve = lon_years(major="VEHICLE OFFENCES")
tfv = lon_years(minor="THEFT FROM A VEHICLE")
add("o36_motoring_vehicle_crime.txt", "2026-02-09", [
    ("Vehicle crime in the capital fell by roughly a seventh in 2025.", [
        E("fell by roughly a seventh", T(both(ve, lambda s: -16.5 <= pct(s[2025], s[2024]) <= -12.5)), "change",
          f"vehicle offences 2025 vs 2024: {pct(ve[0][2025], ve[0][2024]):+.1f}% / {pct(ve[1][2025], ve[1][2024]):+.1f}% (a seventh = 14.3%)", "true")]),
    ("Thefts from vehicles dropped to about 40,000, the lowest on record.", [
        E("about 40,000", F(any(near(40000, x, 0.03) for x in (tfv[0][2025], tfv[1][2025]))), "count",
          f"theft from a vehicle 2025: {tfv[0][2025]} / {tfv[1][2025]}, about 45,000", "false"),
        E("the lowest on record", T(both(tfv, lambda s: s[2025] == min(s.values()))), "record", f"all rows {ser(tfv[0])}", "true")]),
])

one("o37_tweet_vehicle_streak.txt", "2026-02-10",
    "Vehicle crime in London has fallen every year since its 2019 peak.",
    E("fallen every year since its 2019 peak", F(both(ve, lambda s: falls_in_a_row(s, 2025) == 6)), "streak",
      f"vehicle offences rose in 2022 ({ve[0][2021]} -> {ve[0][2022]}; 32 boroughs {ve[1][2021]} -> {ve[1][2022]})", "false"))

# ====================================================================== burglary
bu = lon_years(major="BURGLARY")
one("o38_headline_burglary_record_low.txt", "2026-01-25",
    "Burglary in London falls to lowest level on record",
    E("lowest level on record", T(both(bu, lambda s: s[2025] == min(s.values()))), "record",
      f"burglary (all subgroups) all rows {ser(bu[0])}; 32 boroughs 2025 {bu[1][2025]}; the series starts April 2010", "true"))

one("o39_tweet_burglary_streak.txt", "2026-01-26",
    "Good news: burglaries have now fallen for three years in a row across London. Bad news: only 4% of them end with a charge.",
    E("fallen for three years in a row", F(both(bu, lambda s: falls_in_a_row(s, 2025) >= 3)), "streak",
      f"burglary 2022 {bu[0][2022]}, 2023 {bu[0][2023]}, 2024 {bu[0][2024]}, 2025 {bu[0][2025]} (32 boroughs "
      f"{[bu[1][y] for y in (2022, 2023, 2024, 2025)]}): only two falls, 2023 rose", "false"),
    NV("only 4% of them end with a charge", "charge rates are not in the data"))

hb = lon(minor="RES BURGLARY OF A HOME", mm=Y25), lon(minor="RES BURGLARY OF A HOME", mm=Y24)
ha_home = bchg("Harrow", minor="RES BURGLARY OF A HOME")
ha_res = bchg("Harrow", minor=["RES BURGLARY OF A HOME", "RES BURGLARY OF UNCONNECTED BUILDING", "BURGLARY - RESIDENTIAL"])
one("o40_localpaper_harrow.txt", "2026-02-20",
    "In Harrow, burglaries of people's homes shot up by more than a third last year. Frankly, it is a disgrace.",
    E("shot up by more than a third", F(ha_home[2] > 33.3 or ha_res[2] > 33.3), "change",
      f"Harrow residential burglary of a home 2025 {ha_home[0]} vs 2024 {ha_home[1]} = {ha_home[2]:+.1f}% "
      f"(all residential burglary {ha_res[2]:+.1f}%)", "false"),
    OP("Frankly, it is a disgrace."))

su_home = bchg("Sutton", minor="RES BURGLARY OF A HOME")
RES = ["RES BURGLARY OF A HOME", "RES BURGLARY OF UNCONNECTED BUILDING", "BURGLARY - RESIDENTIAL"]
su_res = bchg("Sutton", minor=RES)
one("o41_newsletter_sutton.txt", "2026-02-22",
    "Residents' association newsletter: the good news for Cheam and Sutton is that residential burglary in the borough fell in 2025.",
    E("residential burglary in the borough fell in 2025", F(su_home[2] < 0 or su_res[2] < 0), "direction",
      f"Sutton residential burglary of a home 2025 {su_home[0]} vs 2024 {su_home[1]} = {su_home[2]:+.1f}%; all residential "
      f"burglary (home + unconnected building) {su_res[0]} vs {su_res[1]} = {su_res[2]:+.1f}%: it rose on both readings", "false"))

# ====================================================================== drugs, weapons, public order
pd = lon(minor="POSSESSION OF DRUGS", mm=Y25), lon(minor="POSSESSION OF DRUGS", mm=Y24)
one("o42_report_drug_possession.txt", "2026-03-05",
    "Possession of drugs offences rose by about a quarter in 2025 as the Met stepped up stop and search.",
    E("rose by about a quarter", T(all(22 <= pct(a, b) <= 28 for a, b in zip(*pd, strict=True))), "change",
      f"possession of drugs 2025 {pd[0]} vs 2024 {pd[1]}: {pct(pd[0][0], pd[1][0]):+.1f}% / {pct(pd[0][1], pd[1][1]):+.1f}%", "true"),
    NV("as the Met stepped up stop and search", "no stop-and-search figures for 2025 in the open data here (Met S&S files cover Q1 2018 only)"))

dr = lon(major="DRUG OFFENCES", mm=Y25), lon(major="DRUG OFFENCES", mm=Y24)
one("o43_tweet_drugs_half.txt", "2026-03-06",
    "Drug offences in London rose by half last year.",
    E("rose by half", F(any(45 <= pct(a, b) <= 55 for a, b in zip(*dr, strict=True))), "change",
      f"drug offences 2025 {dr[0]} vs 2024 {dr[1]}: {pct(dr[0][0], dr[1][0]):+.1f}% / {pct(dr[0][1], dr[1][1]):+.1f}%", "false"))

rr = lon_years(minor="RACE OR RELIGIOUS AGG PUBLIC FEAR")
one("o44_faith_groups_race_hate.txt", "2026-02-14",
    "Racially or religiously aggravated public order offences reached a record high in 2025, faith leaders were told. Hatred has no place in our city.",
    E("reached a record", T(both(rr, lambda s: s[2025] == max(s.values()))), "record",
      f"race or religious aggravated public fear all rows {ser(rr[0])}; 32 boroughs 2024 {rr[1][2024]}, 2025 {rr[1][2025]}", "true"),
    OP("Hatred has no place in our city."))

tp = lon(minor="THEFT FROM THE PERSON", mm=Y25), lon(minor="THEFT FROM THE PERSON", mm=Y24)
one("o45_tweet_tfp_fewer.txt", "2026-01-29",
    "There were more than 14,000 fewer thefts from the person in London in 2025 than the year before. But campaigners reckon around 70% of phone thefts are never reported to the police.",
    E("more than 14,000 fewer thefts from the person", T(all(b - a > 14000 for a, b in zip(*tp, strict=True))), "change",
      f"theft from the person 2025 {tp[0]} vs 2024 {tp[1]}: -{tp[1][0] - tp[0][0]} / -{tp[1][1] - tp[0][1]}", "true"),
    NV("around 70% of phone thefts are never reported", "unreported crime is by definition not in police-recorded data"))

# ====================================================================== borough changes and ranks (all crime 2025)
CH = {b: pct(ALL25[b], ALL24[b]) for b in BOROUGHS32}
one("o46_localpaper_hillingdon.txt", "2026-02-19",
    "Cllr Ann Porter, 61, who has represented her Uxbridge ward since 2014, said Hillingdon saw the biggest percentage rise in crime of any London borough in 2025, up 6%.",
    E("the biggest percentage rise in crime of any London borough", T(max(CH, key=CH.get) == "Hillingdon"), "rank",
      "biggest rises: " + ", ".join(f"{b} {CH[b]:+.2f}%" for b in sorted(CH, key=CH.get, reverse=True)[:3]), "true"),
    E("up 6%", T(pct_is(6, ALL25["Hillingdon"], ALL24["Hillingdon"])), "change",
      f"Hillingdon 2025 {ALL25['Hillingdon']} vs 2024 {ALL24['Hillingdon']}", "true"))

one("o47_pressrelease_waltham_forest.txt", "2026-02-21",
    "Crime in Waltham Forest fell by nearly 7% last year, the biggest fall of any London borough.",
    E("fell by nearly 7%", T(-7 < CH["Waltham Forest"] <= -6.3), "change",
      f"Waltham Forest 2025 {ALL25['Waltham Forest']} vs 2024 {ALL24['Waltham Forest']} = {CH['Waltham Forest']:+.1f}%", "true"),
    E("the biggest fall of any London borough", F(min(CH, key=CH.get) == "Waltham Forest"), "rank",
      f"Westminster fell more: {CH['Westminster']:+.1f}%", "false"))

one("o48_bid_westminster_share.txt", "2026-03-03",
    "Westminster accounted for nearly one in ten of all the offences recorded in London in 2025, the West End business group said.",
    E("nearly one in ten", T(all(0.088 <= ALL25["Westminster"] / x < 0.1 for x in (all_a[2025], all_b[2025]))), "share",
      f"share {100 * ALL25['Westminster'] / all_a[2025]:.2f}% (all rows) / {100 * ALL25['Westminster'] / all_b[2025]:.2f}% (32 boroughs)", "true"))

lon_rate = (1000 * all_a[2025] / london32_pop(2025), 1000 * all_b[2025] / london32_pop(2025))
one("o49_assembly_westminster_rate.txt", "2026-03-03",
    "Westminster's crime rate is more than three times the London average, the Assembly's police committee heard.",
    E("more than three times the London average", T(all(RATE25["Westminster"] > 3 * x for x in lon_rate)), "rate",
      f"Westminster {RATE25['Westminster']:.1f} per 1,000 vs London {lon_rate[0]:.1f} / {lon_rate[1]:.1f} (GLA 2025 populations)", "true"))

one("o50_factsheet_london_rate.txt", "2026-03-12",
    "London recorded about 95 crimes for every 1,000 residents in 2025.",
    E("about 95 crimes for every 1,000 residents", T(all(near(95, x, 0.012) for x in lon_rate)), "rate",
      f"{all_a[2025]} / {all_b[2025]} over GLA 2025 population {london32_pop(2025)} = {lon_rate[0]:.1f} / {lon_rate[1]:.1f}", "true"))

one("o51_estate_agent_richmond.txt", "2026-02-23",
    "Richmond upon Thames had the lowest crime rate in London in 2025, with around 56 crimes per 1,000 residents.",
    E("the lowest crime rate in London", T(rank_of("Richmond upon Thames", RATE25, desc=False) == 1), "rank",
      "lowest rates: " + ", ".join(f"{b} {RATE25[b]:.1f}" for b in sorted(RATE25, key=RATE25.get)[:3]), "true"),
    E("around 56 crimes per 1,000 residents", T(near(56, RATE25["Richmond upon Thames"], 0.015)), "rate",
      f"Richmond {ALL25['Richmond upon Thames']} / {gla_pop('Richmond upon Thames', 2025)}", "true"))

one("o52_leaflet_sutton.txt", "2026-02-23",
    "Sutton now has the lowest crime rate of any London borough. Keep Sutton safe: vote Liberal Democrat.",
    E("the lowest crime rate of any London borough", F(rank_of("Sutton", RATE25, desc=False) == 1), "rank",
      f"Sutton {RATE25['Sutton']:.1f} per 1,000 is second lowest after Richmond {RATE25['Richmond upon Thames']:.1f}", "false"),
    OP("Keep Sutton safe: vote Liberal Democrat."))

one("o53_news_camden_second_count.txt", "2026-03-04",
    "Newham overtook Camden last year to record the second-highest number of crimes in London. Officers now attend only 40% of reported burglaries there, the local Police Federation says.",
    E("the second-highest number of crimes in London", F(rank_of("Newham", ALL25) == 2), "rank",
      f"2025: Westminster {ALL25['Westminster']}, Camden {ALL25['Camden']}, Newham {ALL25['Newham']}", "false"),
    NV("Officers now attend only 40% of reported burglaries", "attendance rates are not in the data"))

one("o54_tweet_croydon_lambeth.txt", "2026-02-10",
    "Croydon recorded more crime than Lambeth in 2025, for all the talk about Brixton.",
    E("Croydon recorded more crime than Lambeth", F(ALL25["Croydon"] > ALL25["Lambeth"]), "compare",
      f"2025: Croydon {ALL25['Croydon']}, Lambeth {ALL25['Lambeth']}", "false"))

HB = mps_by_borough(minor="HOMICIDE", mm=Y25)
one("o55_localpaper_lewisham_homicides.txt", "2026-01-27",
    "Lewisham recorded more homicides than any other London borough in 2025.",
    E("more homicides than any other London borough", T(rank_of("Lewisham", HB) == 1 and sorted(HB.values())[-2] < 11), "rank",
      "top: " + ", ".join(f"{b} {HB[b]}" for b in sorted(HB, key=HB.get, reverse=True)[:3]), "true"))

zero = sorted(b for b in HB if HB[b] == 0)
one("o56_caption_zero_homicides.txt", "2026-01-24",
    "Four London boroughs (Barking and Dagenham, Harrow, Kingston and Sutton) recorded no homicides at all in 2025.",
    E("recorded no homicides at all in 2025",
      T(zero == ["Barking and Dagenham", "Harrow", "Kingston upon Thames", "Sutton"]), "count",
      f"boroughs with 0 homicide offences in 2025: {zero}", "true"))

rbb = mps_by_borough(major="ROBBERY", mm=Y25)
rbb24 = mps_by_borough(major="ROBBERY", mm=Y24)
RC = {b: pct(rbb[b], rbb24[b]) for b in BOROUGHS32}
one("o57_recorder_havering_robbery.txt", "2026-02-17",
    "Robberies in Havering rose by 16% in 2025, the biggest rise of any London borough.",
    E("rose by 16%", T(pct_is(16, rbb["Havering"], rbb24["Havering"])), "change",
      f"Havering robbery 2025 {rbb['Havering']} vs 2024 {rbb24['Havering']} = {RC['Havering']:+.1f}%", "true"),
    E("the biggest rise of any London borough", F(max(RC, key=RC.get) == "Havering"), "rank",
      "biggest rises: " + ", ".join(f"{b} {RC[b]:+.1f}%" for b in sorted(RC, key=RC.get, reverse=True)[:3]), "false"))

one("o58_leaflet_camden_robbery.txt", "2026-03-02",
    "Robberies in Camden went up last year while the council looked the other way.",
    E("Robberies in Camden went up last year", F(RC["Camden"] > 0), "direction",
      f"Camden robbery 2025 {rbb['Camden']} vs 2024 {rbb24['Camden']} = {RC['Camden']:+.1f}%", "false"),
    OP("while the council looked the other way"))

one("o59_statement_lambeth_robbery.txt", "2026-02-17",
    "Robbery in Lambeth fell by a quarter last year, the sharpest drop in London. The borough commander said a summer operation around Brixton had led to 380 arrests.",
    E("fell by a quarter", T(-28 <= RC["Lambeth"] <= -23), "change", f"Lambeth robbery 2025 {rbb['Lambeth']} vs 2024 {rbb24['Lambeth']} = {RC['Lambeth']:+.1f}%", "true"),
    E("the sharpest drop in London", T(min(RC, key=RC.get) == "Lambeth"), "rank",
      "largest falls: " + ", ".join(f"{b} {RC[b]:+.1f}%" for b in sorted(RC, key=RC.get)[:3]), "true"),
    NV("had led to 380 arrests", "arrests from a named operation are not in the data"))

hg_sh = bchg("Haringey", minor="SHOPLIFTING")
bd_sh = bchg("Barking and Dagenham", minor="SHOPLIFTING")
one("o60_council_bd_shoplifting.txt", "2026-02-25",
    "Shoplifting in Barking and Dagenham fell by more than a third in 2025, which the council credits to its town-centre wardens.",
    E("fell by more than a third", T(bd_sh[2] < -33.4), "change", f"B&D shoplifting 2025 {bd_sh[0]} vs 2024 {bd_sh[1]} = {bd_sh[2]:+.1f}%", "true"),
    NV("which the council credits to its town-centre wardens", "a causal credit: nothing in the data can attribute the fall"))

ws_sh = bchg("Westminster", minor="SHOPLIFTING")
kc_sh = bchg("Kensington and Chelsea", minor="SHOPLIFTING")
one("o61_tweet_westminster_shoplifting.txt", "2026-02-25",
    "Shoplifting in Westminster fell by 20% in 2025, and in Kensington and Chelsea it rose by more than half.",
    E("fell by 20%", F(-21 <= ws_sh[2] <= -19), "change", f"Westminster shoplifting 2025 {ws_sh[0]} vs 2024 {ws_sh[1]} = {ws_sh[2]:+.1f}%: it rose", "false"),
    E("rose by more than half", F(kc_sh[2] > 50), "change", f"K&C shoplifting 2025 {kc_sh[0]} vs 2024 {kc_sh[1]} = {kc_sh[2]:+.1f}%", "false"))

# ====================================================================== months
m25 = {ym: lon(mm=[ym]) for ym in Y25}
one("o62_dataviz_july_busiest.txt", "2026-01-20",
    "July was the busiest month for crime in London last year, and December the quietest.",
    E("July was the busiest month", T(all(max(m25, key=lambda k: m25[k][i]) == "202507" for i in (0, 1))), "rank",
      "2025 monthly (all rows / 32 boroughs): " + ", ".join(f"{k[4:]} {v[0]}/{v[1]}" for k, v in m25.items()), "true"),
    E("December the quietest", F(any(min(m25, key=lambda k: m25[k][i]) == "202512" for i in (0, 1))), "rank",
      f"February was the quietest: {m25['202502']} vs December {m25['202512']}", "false"))

j26, j25 = lon(mm=["202601"]), lon(mm=["202501"])
one("o63_bulletin_january.txt", "2026-02-20",
    "Police recorded fewer crimes in London in January 2026 than in the same month a year earlier, and answered 91% of 999 calls within ten seconds.",
    E("fewer crimes in London in January 2026 than in the same month a year earlier", T(j26[0] < j25[0] and j26[1] < j25[1]), "direction",
      f"Jan 2026 {j26} vs Jan 2025 {j25}", "true"),
    NV("answered 91% of 999 calls within ten seconds", "call-handling times are not in the data"))

allm = lon_months = {ym: lon(mm=[ym]) for ym in months(2010, 4, 2026, 2)}
f26 = allm["202602"]
lowest_since = [max(k for k in allm if k < "202602" and allm[k][i] < f26[i]) for i in (0, 1)]
one("o64_bulletin_february.txt", "2026-03-20",
    "February's total of about 67,600 crimes was the lowest monthly figure since 2022.",
    E("about 67,600 crimes", T(all(near(67600, x, 0.005) for x in f26)), "count", f"Feb 2026: {f26}", "true"),
    E("the lowest monthly figure since 2022", T(all(x.startswith("2022") for x in lowest_since)), "record",
      f"last lower month: {lowest_since} (all rows, 32 boroughs)", "true"))

shm = [lon(minor="SHOPLIFTING", mm=[ym]) for ym in Y25]
one("o65_retail_every_month.txt", "2026-01-20",
    "Shoplifting in London topped 6,500 offences in every single month of 2025 and has now risen four years in a row, the British Retail Consortium noted. "
    "It puts the cost to London retailers at more than \u00a3300 million a year.",
    E("topped 6,500 offences in every single month of 2025", T(all(min(x) > 6500 for x in shm)), "streak",
      f"monthly shoplifting 2025: {[x[0] for x in shm]} (32 boroughs min {min(x[1] for x in shm)})", "true"),
    E("risen four years in a row", T(both((sh_a, sh_b), lambda s: rises_in_a_row(s, 2025) == 4)), "streak",
      f"shoplifting all rows {ser(sh_a)}; 32 boroughs 2021-2025 {[sh_b[y] for y in range(2021, 2026)]}", "true"),
    NV("more than \u00a3300 million a year", "the cost of crime is not in the data"))

ap20 = allm["202004"]
one("o66_news_lockdown.txt", "2020-06-20",
    "During the first lockdown in April 2020, recorded crime in London fell below 50,000 offences, the lowest monthly total on record.",
    E("fell below 50,000 offences", T(max(ap20) < 50000), "count", f"April 2020: {ap20}", "true"),
    E("the lowest monthly total on record", T(all(min((k for k in allm if k <= "202005"), key=lambda k: allm[k][i]) == "202004" for i in (0, 1))), "record",
      "April 2020 is the lowest month from April 2010 to May 2020 (and to February 2026) on both readings", "true"))

vd = lon_years(minor="VIOLENT DISORDER")
aug11 = lon(minor="VIOLENT DISORDER", mm=["201108"])
one("o67_anniversary_riots.txt", "2021-08-06",
    "Ten years on from the riots, it is worth recalling that the Met recorded around 100 offences of violent disorder in August 2011 alone, and that year's total of over 300 was more than three times that of any year since.",
    E("around 100 offences of violent disorder in August 2011", T(all(near(100, x, 0.02) for x in aug11)), "count", f"Aug 2011: {aug11}", "true"),
    E("more than three times that of any year since",
      T(both(vd, lambda s: s[2011] > 300 and all(s[2011] > 3 * s[y] for y in range(2012, 2026)))), "compare",
      f"violent disorder all rows {ser(vd[0])}; 32 boroughs 2011 {vd[1][2011]}, max since {max(vd[1][y] for y in range(2012, 2026))}", "true"))

thf = lon(major="THEFT", mm=fy(2025))
thfy = {e: lon(major="THEFT", mm=fy(e)) for e in range(2011, 2026)}
one("o68_report_theft_fy.txt", "2025-05-15",
    "Theft offences in London topped 300,000 in 2024/25 for the first time, a shameful milestone for the capital.",
    E("topped 300,000 in 2024/25 for the first time",
      T(min(thf) > 300000 and all(max(thfy[e]) < 300000 for e in range(2011, 2025))), "record",
      "theft by financial year (all rows): " + ", ".join(f"{e - 1}/{e % 100} {thfy[e][0]}" for e in range(2011, 2026)) + f"; 32 boroughs 2024/25 {thf[1]}", "true"),
    OP("a shameful milestone for the capital"))

# ====================================================================== ONS knife series (force level, years as labelled)
met_k = ons_knife_series("Metropolitan Police")
wm_r, met_r = ons_knife_rate("West Midlands", 2020), ons_knife_rate("Metropolitan Police", 2020)
one("o69_explainer_ons_knife.txt", "2021-05-01",
    "According to the ONS series, knife crime in the Met's area has risen for six years in a row, to a record in the latest year. "
    "London's rate of knife crime per 100,000 people is now more than double that of the West Midlands.",
    E("risen for six years in a row", F(rises_in_a_row(met_k, 2020) >= 6), "streak",
      f"Met knife offences by year label: {ser(met_k)}: five rises (2016-2020), 2015 fell", "false"),
    E("a record", T(met_k[2020] == max(met_k.values())), "record", f"label 2020 ({met_k[2020]}) is the series high (2009-2020)", "true"),
    E("more than double that of the West Midlands", T(met_r > 2 * wm_r), "compare",
      f"per 100,000, label 2020 (the latest): Met {met_r}, West Midlands {wm_r}", "true"))

# ====================================================================== police.uk forces, Jan-Nov 2022
M11 = months(2022, 1, 2022, 11)
mv = force_total("merseyside", M11, "Violence and sexual offences")
mers = sum((_force_month("merseyside", ym) for ym in M11), Counter())
one("o70_echo_merseyside_violence.txt", "2023-01-15",
    "Violence and sexual offences were by far the most common crime recorded by Merseyside Police between January and November 2022.",
    E("by far the most common crime", T(mers.most_common(1)[0][0] == "Violence and sexual offences" and mers.most_common(3)[1][1] < mv / 2), "rank",
      f"Merseyside Jan-Nov 2022 by type: {mers.most_common(4)} (first with or without ASB)", "true"))

sy_v, me_v = force_total("south-yorkshire", M11, "Vehicle crime"), force_total("merseyside", M11, "Vehicle crime")
sy_b, me_b = force_total("south-yorkshire", M11, "Burglary"), force_total("merseyside", M11, "Burglary")
one("o71_star_sy_burglary.txt", "2023-01-20",
    "South Yorkshire recorded nearly twice as many burglaries as Merseyside in the first eleven months of 2022, and more than twice as many vehicle crimes.",
    E("nearly twice as many burglaries as Merseyside", T(1.85 <= sy_b / me_b < 2.0), "compare",
      f"burglary Jan-Nov 2022: South Yorkshire {sy_b}, Merseyside {me_b} (x{sy_b / me_b:.2f})", "true"),
    E("more than twice as many vehicle crimes", F(sy_v > 2 * me_v), "compare",
      f"vehicle crime Jan-Nov 2022: South Yorkshire {sy_v}, Merseyside {me_v} (x{sy_v / me_v:.2f})", "false"))

dp_s, cu_s = force_total("dyfed-powys", M11, "Shoplifting"), force_total("cumbria", M11, "Shoplifting")
dpm = {ym: (force_total("dyfed-powys", [ym]), force_total("dyfed-powys", [ym], crime_only=True)) for ym in M11}
one("o72_dp_busiest_month.txt", "2023-01-20",
    "August 2022 was Dyfed-Powys Police's busiest month between January and November, the force's annual review says. Over those months it also recorded more shoplifting offences than Cumbria.",
    E("busiest month between January and November", T(all(max(dpm, key=lambda k: dpm[k][i]) == "202208" for i in (0, 1))), "rank",
      "monthly rows (with ASB / crimes only): " + ", ".join(f"{k[4:]} {v[0]}/{v[1]}" for k, v in dpm.items()), "true"),
    E("more shoplifting offences than Cumbria", F(dp_s > cu_s), "compare", f"shoplifting Jan-Nov 2022: Dyfed-Powys {dp_s}, Cumbria {cu_s}", "false"))

bt_b, bt_t, bt_v = (force_total("btp", M11, t) for t in ("Bicycle theft", "Theft from the person", "Violence and sexual offences"))
add("o73_commuter_btp.txt", "2023-01-18", [
    ("British Transport Police recorded more than 5,000 bicycle thefts in the first eleven months of 2022.", [
        E("more than 5,000 bicycle thefts", T(5000 < bt_b < 5500), "count", f"BTP bicycle theft Jan-Nov 2022: {bt_b} (rows as published)", "true")]),
    ("On the railways, thefts from the person now outnumber violent and sexual offences.", [
        E("thefts from the person now outnumber violent and sexual offences", F(bt_t > bt_v), "compare",
          f"BTP Jan-Nov 2022: theft from the person {bt_t}, violence and sexual offences {bt_v}", "false")]),
])

sw_asb = force_total("south-wales", M11, "Anti-social behaviour")
sw_v = force_total("south-wales", M11, "Violence and sexual offences")
add("o74_walesonline_south_wales.txt", "2023-01-22", [
    ("South Wales Police logged around 20,000 incidents of anti-social behaviour between January and November 2022.", [
        E("around 20,000 incidents of anti-social behaviour", T(near(20000, sw_asb)), "count", f"South Wales ASB Jan-Nov 2022: {sw_asb}", "true")]),
    ("It recorded more violent and sexual offences than Merseyside Police over the same eleven months.", [
        E("more violent and sexual offences than Merseyside Police", F(sw_v > mv), "compare",
          f"violence and sexual offences Jan-Nov 2022: South Wales {sw_v}, Merseyside {mv}", "false")]),
])

# ====================================================================== City of London (police.uk street files)
c25, c24 = (col(Y25), col(Y25, crime_only=True)), (col(Y24), col(Y24, crime_only=True))
cs25, cs24 = col(Y25, "Shoplifting"), col(Y24, "Shoplifting")
one("o75_cityam_square_mile.txt", "2026-02-20",
    "Crime in the Square Mile fell in 2025, with shoplifting down by about 10%. The City remains a safe place to do business.",
    E("Crime in the Square Mile fell in 2025", T(c25[0] < c24[0] and c25[1] < c24[1]), "direction",
      f"City of London street rows 2025 {c25} vs 2024 {c24} (with ASB, crimes only)", "true"),
    E("shoplifting down by about 10%", T(pct_is(-10, cs25, cs24)), "change", f"shoplifting 2025 {cs25} vs 2024 {cs24} = {pct(cs25, cs24):+.1f}%", "true"),
    OP("The City remains a safe place to do business."))

cb16, cb25 = col(cal(2016), "Bicycle theft"), col(Y25, "Bicycle theft")
ct16, ct25 = col(cal(2016), "Theft from the person"), col(Y25, "Theft from the person")
one("o76_city_tfp_tripled.txt", "2026-03-01",
    "Thefts from the person in the City of London nearly tripled between 2016 and 2025, while bicycle thefts halved.",
    E("nearly tripled between 2016 and 2025", T(2.7 <= ct25 / ct16 < 3.0), "change",
      f"City theft from the person 2016 {ct16}, 2025 {ct25} (x{ct25 / ct16:.2f})", "true"),
    E("while bicycle thefts halved", F(-55 <= pct(cb25, cb16) <= -45), "change",
      f"City bicycle theft 2016 {cb16}, 2025 {cb25} = {pct(cb25, cb16):+.1f}%", "false"))

cs19 = col(cal(2019), "Shoplifting")
one("o77_city_shoplifting_doubled.txt", "2025-02-15",
    "Shoplifting in the City of London doubled between 2019 and 2024.",
    E("doubled between 2019 and 2024", F(1.9 <= cs24 / cs19 <= 2.1), "change", f"City shoplifting 2019 {cs19}, 2024 {cs24} (x{cs24 / cs19:.2f})", "false"))

ss = met_ss(months(2018, 1, 2018, 3))
one("o78_stopwatch_q1_2018.txt", "2018-05-10",
    "The Met carried out more than 33,000 stop and searches in the first three months of 2018.",
    E("more than 33,000 stop and searches", T(33000 < ss < 34000), "count", f"Met stop-and-search records Jan-Mar 2018: {ss}", "true"))

# ====================================================================== international
ew21, us21, fr21 = owid("England and Wales", 2021), owid("United States", 2021), owid("France", 2021)
one("o79_explainer_us_france.txt", "2023-06-01",
    "The homicide rate in the United States is almost six times that of England and Wales, according to UN figures for 2021. "
    "England and Wales also had a lower rate than France that year.",
    E("almost six times that of England and Wales", T(5.5 <= us21 / ew21 < 6.0), "compare",
      f"OWID/UNODC 2021 per 100,000: US {us21:.2f}, England and Wales {ew21:.2f} (x{us21 / ew21:.2f})", "true"),
    E("a lower rate than France", F(ew21 < fr21), "compare", f"2021 per 100,000: England and Wales {ew21:.3f}, France {fr21:.3f}", "false"))

# ====================================================================== homicide victims, older years
V19 = {y: v for y, v in V.items() if y <= 2019}
one("o80_news_2019_highest.txt", "2020-01-05",
    "Some 150 people were killed in London in 2019, the highest number since 2007, and almost three-quarters of them were stabbed.",
    E("Some 150 people were killed", T(V[2019] == 150), "count", f"victims 2019: {V[2019]}", "true"),
    E("the highest number since 2007", T(last_higher(V19, 2019) == 2007), "record", f"victims by year: {ser(V19)}", "true"),
    E("almost three-quarters of them were stabbed", F(0.7 <= VK[2019] / V[2019] <= 0.75), "share",
      f"knife victims 2019: {VK[2019]} of {V[2019]} = {100 * VK[2019] / V[2019]:.1f}%", "false"))

one("o81_tabloid_deadliest.txt", "2020-01-06",
    "2019 was London's deadliest year since records began.",
    E("deadliest year since records began", F(V19[2019] == max(V19.values())), "record",
      f"2003 had {V[2003]} victims, 2019 {V[2019]}", "false"))

one("o82_news_2017_rise.txt", "2018-01-10",
    "The number of homicide victims in London rose by a third in 2017. The capital's streets have become a battleground.",
    E("rose by a third", F(30 <= pct(V[2017], V[2016]) <= 36), "change",
      f"victims 2017 {V[2017]} vs 2016 {V[2016]} = {pct(V[2017], V[2016]):+.1f}% (a quarter, not a third)", "false"),
    OP("The capital's streets have become a battleground."))

VB = victims_years(Ethnicity="Black")
one("o83_report_black_victims.txt", "2023-06-15",
    "Black Londoners accounted for 45% of homicide victims in the capital in 2022.",
    E("45% of homicide victims", T(round(100 * VB[2022] / V[2022]) == 45), "share",
      f"Black victims 2022: {VB[2022]} of {V[2022]} = {100 * VB[2022] / V[2022]:.1f}%", "true"))

one("o84_report_knife_share_2022.txt", "2023-02-10",
    "Two-thirds of homicide victims in London in 2022 were killed with a knife or sharp implement, up from around half in 2021.",
    E("Two-thirds of homicide victims", T(abs(VK[2022] / V[2022] - 2 / 3) < 0.02), "share",
      f"knife victims 2022: {VK[2022]} of {V[2022]} = {100 * VK[2022] / V[2022]:.1f}%", "true"),
    E("up from around half in 2021", F(0.45 <= VK[2021] / V[2021] <= 0.55 and VK[2021] / V[2021] < VK[2022] / V[2022]), "share",
      f"2021: {VK[2021]} of {V[2021]} = {100 * VK[2021] / V[2021]:.1f}%, higher than 2022", "false"))

VF20 = {y: v for y, v in VF.items() if y <= 2022}
one("o85_campaign_women.txt", "2023-03-08",
    "More women were killed in London in 2022 than in any year since 2013.",
    E("More women were killed in London in 2022 than in any year since 2013",
      F(all(VF20[2022] > VF20[y] for y in range(2014, 2022))), "record",
      f"female victims 2013-2022: {[(y, VF20[y]) for y in range(2013, 2023)]}", "false"))

# ====================================================================== unverifiable and opinion lines
one("o86_tweet_charge_rate.txt", "2026-02-12",
    "Only one in twenty burglaries reported in London last year ended with someone being charged. Criminals know they will get away with it.",
    NV("Only one in twenty burglaries reported in London last year ended with someone being charged", "charge / outcome rates by offence are not in the open data here"),
    OP("Criminals know they will get away with it."))

one("o87_leaflet_response_times.txt", "2026-03-01",
    "In Bromley, police now take an average of 17 minutes to answer a 999 call-out, and we have lost 11 of our 16 police counters since 2012.",
    NV("an average of 17 minutes to answer a 999 call-out", "response times are not in the data"),
    NV("we have lost 11 of our 16 police counters since 2012", "police estate / counters are not in the data"))

one("o88_speech_officer_numbers.txt", "2026-01-15",
    "The Met has almost 2,000 fewer officers than it had in 2010, and you can see the result on every high street.",
    NV("almost 2,000 fewer officers than it had in 2010", "officer numbers are not in the data"),
    OP("you can see the result on every high street"))

one("o89_catalytic.txt", "2025-09-18",
    "Catalytic converter thefts in Barnet tripled in the space of two years, according to a local councillor.",
    NV("Catalytic converter thefts in Barnet tripled", "no catalytic-converter measure (it sits inside theft from a vehicle)"))

one("o90_knife_offenders_age.txt", "2026-02-09",
    "Two-thirds of those caught carrying knives in London are under 25, youth workers in Tottenham were told, and one in four young people in the borough say they have carried a knife for protection.",
    NV("Two-thirds of those caught carrying knives in London are under 25", "offender ages for weapon possession are not in the data"),
    NV("one in four young people in the borough say they have carried a knife", "a survey, not recorded crime"))

one("o91_spiking.txt", "2025-12-05",
    "Reports of drink spiking in Hackney's nightlife areas rose by 50% over the festive season, the borough's night-time economy tsar claimed.",
    NV("Reports of drink spiking in Hackney's nightlife areas rose by 50%", "no spiking measure in the data"))

one("o92_column_safest_city.txt", "2026-01-19",
    "For all the headlines, London remains one of the safest big cities in the world to live in. Yet two in five Londoners say they feel unsafe walking alone after dark, a City Hall survey found.",
    OP("London remains one of the safest big cities in the world"),
    NV("two in five Londoners say they feel unsafe", "perception survey, not recorded crime"))

one("o93_comment_stop_search.txt", "2025-10-14",
    "Stop and search, used the way it is now, is a blunt instrument that erodes trust between young Black men and the police.",
    OP("a blunt instrument that erodes trust"))

one("o94_speech_neighbourhood.txt", "2026-03-08",
    "Neighbourhood policing is the backbone of a safe community, and this government has hollowed it out.",
    OP("Neighbourhood policing is the backbone of a safe community"),
    OP("this government has hollowed it out", "political judgement with no figure"))

one("o95_quote_sentences.txt", "2026-02-18",
    "Tougher sentences for knife possession are the only language these gangs understand, the MP for Romford said at 2 Market Place.",
    OP("Tougher sentences for knife possession are the only language these gangs understand"))

