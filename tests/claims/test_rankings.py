"""Rankings: a place's position among London's boroughs, a borough's wards or the police forces, in the
many ways news copy writes them ("the most ... of any borough", "fewer ... than any other", "second only
to", "with Y a close second", "twice as many as any other", "among the N worst", "ranked Kth of 32",
"only X recorded more", "apart from X", "almost twice as many as the next borough"), by count or by
rate per resident.

Expected figures are worked out from the raw Met borough files and populations (``raw.py``: pyarrow /
csv, never crimestats); NFIB fraud rows are left out.
"""

from __future__ import annotations

import collections
import csv

import pytest

from conftest import need
from crimestats.claims import extract_claims

from .raw import (
    borough_counts_2025,
    boroughs,
    calendar_months,
    forces_knife_fy,
    gla_boroughs,
    gla_population,
    homicide_cells,
    mps,
    position,
    raw,
    table,
    table_boroughs,
)
from .support import HOLDS, ORDINAL_WORDS, assert_fields, check, claim_with, extracted_first, extracted_once, one


# ----------------------------------------------------------------------------- extraction (pure text)
@pytest.mark.parametrize("text, want", [
    ("Hounslow saw fewer burglaries than any other outer London borough last year.",
     {"kind": "comparison", "rank": 1, "record": "low", "rank_scope": "outer", "approx": "strict"}),
    ("Westminster logged three times as many thefts as any other borough.",
     {"kind": "comparison", "rank": 1, "record": "high", "unit": "times", "value": 3.0}),
    ("Bexley sits in the bottom three for robbery.",
     {"kind": "comparison", "rank": 3, "record": "low", "approx": "at_most"}),
    ("Harrow was ranked 30th of the 32 boroughs for vehicle crime in 2023.",
     {"kind": "comparison", "rank": 30, "record": "high", "rank_scope": "borough"}),
    ("Lambeth has one of the highest robbery rates in the capital.",
     {"kind": "comparison", "record": "high", "approx": "one_of", "by_rate": True}),
])
def test_ranking_phrasings_are_extracted(text, want):
    assert_fields(extracted_once(text, want["kind"]), want)


@pytest.mark.parametrize("text, want", [
    ("Camden recorded 43,134 crimes in 2024, second only to Westminster.", {"rank": 2, "compare_to": "Westminster"}),
    ("Croydon has the highest crime of any outer London borough.", {"rank": 1, "rank_scope": "outer", "record": "high"}),
])
def test_extraction_of_new_forms(text, want):
    assert_fields(extracted_first(text, "comparison"), want)


def test_ranked_of_32_is_not_a_count_and_a_record_is_not_a_ranking():
    kinds = [(c.kind, c.claimed_text) for c in extract_claims("Croydon came 7th out of 32 boroughs for burglary.")]
    assert kinds == [("comparison", "came 7th out of 32 boroughs")], kinds
    kinds = [c.kind for c in extract_claims("That is the second-highest yearly total on record.")]
    assert kinds == ["record"], kinds


# ----------------------------------------------------------------------------- rankings among boroughs, by count
def _rank_sentence(as_of_year: int, low: bool) -> tuple[str, str]:
    vals = {b: mps(year=as_of_year - 1, borough=b) for b in boroughs()}
    top = (min if low else max)(vals, key=vals.get)
    word = "fewest" if low else "most"
    return f"{top} recorded the {word} crimes of any London borough in {as_of_year - 1}.", top


@pytest.mark.parametrize("low", [False, True])
def test_ranking_true_and_false(real_store, low):
    text, top = _rank_sentence(2025, low)
    assert one(check(real_store, text, "2025-01-20"), "comparison").verdict in HOLDS
    other = next(b for b in boroughs() if b != top)
    wrong = text.replace(top, other, 1)
    assert one(check(real_store, wrong, "2025-01-20"), "comparison").verdict == "inaccurate"


@pytest.mark.parametrize("pick", [0, 4])
def test_fewer_than_any_other_borough(real_store, pick):
    rows = table("ROBBERY", 2023)[::-1]          # fewest first
    name, n = rows[pick]
    text = f"{name} had fewer robberies than any other London borough in 2023."
    c = one(check(real_store, text, "2024-06-01"), "comparison")
    assert c.area == name and c.found == pick + 1, c.explanation
    assert c.verdict == ("accurate" if pick == 0 else "inaccurate"), c.explanation
    assert "32 London boroughs" in c.explanation and "counts, not rates" in c.explanation


@pytest.mark.parametrize("text", [
    "Burglary was highest in {top}, which recorded the most, at {a:,}, with {second} a close second on {b:,}.",
    "In 2022 {top} again topped the burglary table with {a:,} offences, followed by {second} with {b:,}.",
])
def test_the_most_with_a_runner_up_and_their_figures(real_store, text):
    (top, a), (second, b) = table("BURGLARY", 2022)[:2]
    claims = check(real_store, "Burglary figures for 2022 are out. " + text.format(top=top, a=a, second=second, b=b),
                   "2023-06-01")
    ranks = [c for c in claims if c.claim.kind == "comparison"]
    assert {(c.area, c.found) for c in ranks} == {(top, 1), (second, 2)}, [(c.area, c.found) for c in ranks]
    assert all(c.verdict == "accurate" for c in ranks), [c.explanation for c in ranks]
    counts = {c.area: c for c in claims if c.claim.kind == "count"}
    assert counts[top].found == a and counts[second].found == b
    assert counts[top].verdict == counts[second].verdict == "accurate"


@pytest.mark.parametrize("times", [2, 3])
def test_a_multiple_of_any_other_borough(real_store, times):
    rows = table("THEFT", 2023)
    (top, a), (_, b) = rows[:2]
    word = {2: "twice", 3: "three times"}[times]
    text = f"{top} recorded more than {word} as many thefts as any other borough in 2023."
    c = one(check(real_store, text, "2024-06-01"), "comparison")
    assert c.verdict == ("accurate" if a / b > times else "inaccurate"), c.explanation
    assert f"{a / b:.2f} times" in c.explanation


def test_among_the_n_worst_and_ranked_kth(real_store):
    rows = table("VEHICLE OFFENCES", 2023)
    name = rows[5][0]
    k = position(rows, name)
    assert k == 6
    ok = one(check(real_store, f"{name} is among the six worst boroughs for vehicle crime in 2023.",
                   "2024-06-01"), "comparison")
    assert ok.verdict in HOLDS and ok.found == k, ok.explanation
    bad = one(check(real_store, f"{name} is among the five worst boroughs for vehicle crime in 2023.",
                    "2024-06-01"), "comparison")
    assert bad.verdict == "inaccurate", bad.explanation
    exact = one(check(real_store, f"{name} ranked {k}th of 32 boroughs for vehicle crime in 2023.",
                      "2024-06-01"), "comparison")
    assert exact.verdict in HOLDS, exact.explanation
    off = one(check(real_store, f"{name} ranked {k + 3}th of 32 boroughs for vehicle crime in 2023.",
                    "2024-06-01"), "comparison")
    assert off.verdict == "inaccurate" and off.found == k, off.explanation


def test_biggest_rise_of_any_borough(real_store):
    now, then = dict(table("ROBBERY", 2023)), dict(table("ROBBERY", 2022))
    pct = sorted(((b, (now[b] - then[b]) / then[b]) for b in now), key=lambda t: (-t[1], t[0]))
    top, second = pct[0][0], pct[1][0]
    text = "{b} saw the biggest percentage rise in robbery of any London borough in 2023."
    ok = one(check(real_store, text.format(b=top), "2024-06-01"), "comparison")
    assert ok.verdict == "accurate" and ok.found == 1, ok.explanation
    bad = one(check(real_store, text.format(b=second), "2024-06-01"), "comparison")
    assert bad.verdict == "inaccurate" and bad.found == 2, bad.explanation
    assert "percentage change" in bad.explanation


def test_only_one_borough_ahead_is_second_place(real_store):
    rows = table("ROBBERY", 2024)
    (top, _), (second, _), (third, _) = rows[:3]
    text = "Only {top} recorded more robberies than {me} in 2024."
    ok = [c for c in check(real_store, text.format(top=top, me=second), "2025-06-01")
          if c.claim.kind == "comparison" and c.claim.rank == 2]
    assert ok and ok[0].area == second and ok[0].verdict == "accurate", [c.explanation for c in ok]
    bad = [c for c in check(real_store, text.format(top=top, me=third), "2025-06-01")
           if c.claim.kind == "comparison" and c.claim.rank == 2]
    assert bad and bad[0].verdict == "inaccurate" and bad[0].found == 3, [c.explanation for c in bad]


def test_a_joint_top_with_a_figure_each(real_store):
    words = {5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
    for year in range(2024, 2011, -1):
        mm = calendar_months(year)
        rows = sorted(((b, sum(v for (bb, k), v in homicide_cells().items() if bb == b and k in mm))
                       for b in table_boroughs()), key=lambda t: (-t[1], t[0]))
        (a, n), (b, m) = rows[:2]
        if n == m and rows[2][1] < n and n in words:
            break
    else:
        pytest.skip("no year with exactly two boroughs level at the top")
    text = f"{a} and {b} recorded the most homicides of any borough in {year}, with {words[n]} each."
    claims = check(real_store, text, f"{year + 1}-06-01")
    rank = one(claims, "comparison")
    assert rank.verdict == "accurate" and rank.found == 1, rank.explanation
    count = one(claims, "count")
    assert count.found == n and count.verdict == "accurate", count.explanation


def test_the_most_except_the_top_borough_is_second_place(real_store):
    rows = table("BURGLARY", 2023)
    (top, _), (second, _), (third, _) = rows[:3]
    text = "{me} recorded more burglaries than any other borough except {top} in 2023."
    ok = one(check(real_store, text.format(me=second, top=top), "2024-06-01"), "comparison")
    assert ok.area == second and ok.verdict == "accurate" and ok.found == 2, ok.explanation
    bad = one(check(real_store, text.format(me=third, top=top), "2024-06-01"), "comparison")
    assert bad.verdict == "inaccurate" and bad.found == 3, bad.explanation


def test_highest_outside_a_named_borough_ranks_without_it(real_store):
    (first, a), (second, b), (third, c3) = table("DRUG OFFENCES", 2024)[:3]
    if not a > b > c3:
        pytest.skip("ties at the top")
    for name, want in ((second, "accurate"), (third, "inaccurate")):
        for text in (f"{name} had London's highest number of drug offences outside {first} in 2024.",
                     f"{name} recorded the most drug offences of any borough apart from {first} in 2024."):
            c = one(check(real_store, text, "2025-03-01"), "comparison")
            assert c.verdict == want, (text, c.explanation)


def test_ranking_clause_ranks_the_borough_named_earlier_in_the_sentence(real_store):
    (top, a), (second, b) = table("ROBBERY", 2024)[:2]
    claims = check(real_store, f"{top} logged {a:,} robberies in 2024, more robberies than any other London borough.",
                   "2025-03-01")
    c = one(claims, "comparison", "any other London borough")
    assert c.area == top
    assert c.verdict == ("accurate" if a > b else "accurate_with_caveat")
    # the runner-up named the same way is not the highest
    claims = check(real_store, f"{second} logged {b:,} robberies in 2024, more robberies than any other London "
                               "borough.", "2025-03-01")
    c = one(claims, "comparison", "any other London borough")
    assert c.area == second and c.verdict == ("inaccurate" if a > b else "accurate_with_caveat")


def test_ranking_between_two_years_sums_the_years(real_store):
    totals = {}
    for b, _ in table("BURGLARY", 2021):
        totals[b] = sum(raw("BURGLARY", y, b) for y in (2021, 2022, 2023))
    order = sorted(totals, key=lambda b: (-totals[b], b))
    claims = check(real_store, f"{order[1]} had more burglaries than any other borough between 2021 and 2023.",
                   "2025-06-01")
    c = one(claims, "comparison")
    assert c.found == 2, c.explanation
    assert c.verdict == "inaccurate"
    assert f"{totals[order[0]]:,}" in c.explanation


# ----------------------------------------------------------------------------- a leader's lead
def test_lead_over_the_next_borough(real_store):
    counts = borough_counts_2025("THEFT", "THEFT FROM THE PERSON", "recorded-crime-borough")
    pop = gla_boroughs(2025)
    ranked = sorted((v, b) for b, v in counts.items() if b in pop)
    (n2, _b2), (n1, b1) = ranked[-2], ranked[-1]
    lead = n1 / n2
    claims = check(real_store, f"{b1} logged almost twice as many thefts from the person in 2025 as the "
                               "next borough.", "2026-03-15")
    c = one(claims, "comparison", "as the next borough")
    assert c.found == 1
    assert c.verdict == ("accurate" if 1.8 <= lead <= 2.4 else "inaccurate")
    assert f"{lead:.2f} times the next" in c.explanation


def test_lead_over_any_other_ward_ranks_the_wards_of_its_borough(real_store):
    import pyarrow.parquet as pq

    rows = pq.read_table(need("met-london-datastore-parquet/recorded-crime-ward.parquet")).to_pylist()
    cols = set(rows[0])
    bcol = next(k for k in ("lookup_boroughname", "boroughname", "borough") if k in cols)
    wcol = next(k for k in ("wardname", "ward_name") if k in cols)
    months = [f"2025{m:02d}" for m in range(1, 13)]
    by_ward: dict[str, int] = {}
    for r in rows:
        if r[bcol] == "Croydon" and r["majortext"].upper() != "NFIB FRAUD":
            by_ward[r[wcol]] = by_ward.get(r[wcol], 0) + sum(int(r[m] or 0) for m in months if m in r)
    ranked = sorted(by_ward.items(), key=lambda t: -t[1])
    (w1, n1), (_w2, n2) = ranked[0], ranked[1]
    claims = check(real_store, f"{w1} ward in Croydon recorded nearly double the offences in 2025 of any "
                               "other ward.", "2026-03-15")
    c = one(claims, "comparison", "any other ward")
    assert c.found == 1
    assert f"{n1 / n2:.2f} times the next" in c.explanation
    assert c.verdict == ("accurate" if 1.8 <= n1 / n2 <= 2.4 else "inaccurate")


# ----------------------------------------------------------------------------- by rate per resident
def test_rank_by_rate_per_resident_says_so(real_store):
    pop = gla_population(2024)
    rates = sorted(((b, raw("DRUG OFFENCES", 2024, b) / pop[b]) for b in table_boroughs()),
                   key=lambda t: (-t[1], t[0]))
    name = rates[2][0]
    k = position(rates, name)
    text = f"{name} had the {ORDINAL_WORDS[k]}-highest rate of drug offences in London in 2024."
    c = one(check(real_store, text, "2025-06-01"), "comparison")
    assert c.found == k and c.verdict in HOLDS, c.explanation
    assert "per 1,000 residents" in c.explanation and "population" in c.explanation
    worse = one(check(real_store, text.replace(f"{ORDINAL_WORDS[k]}-highest", "highest"), "2025-06-01"),
                "comparison")
    assert worse.verdict == "inaccurate", worse.explanation


def test_homicide_rate_ranking_divides_victims_by_residents(real_store):
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if int(r["Year"]) == 2022]
    col = next(k for k in rows[0] if "borough" in k.lower())
    n = collections.Counter(r[col].lower() for r in rows)      # the file writes 'Kingston Upon Thames'
    pop = gla_population(2022)
    rates = sorted(((b, n.get(b.lower(), 0) / pop[b]) for b in table_boroughs() if b in pop),
                   key=lambda t: (-t[1], t[0]))
    assert len(rates) == 32
    top = rates[0][0]
    c = one(check(real_store, f"{top} had the highest homicide rate in London in 2022.", "2023-06-01"),
            "comparison")
    assert c.found == 1 and c.verdict in HOLDS, c.explanation
    assert "per 100,000 residents" in c.explanation


# ----------------------------------------------------------------------------- among police forces
NAMED = {"Greater Manchester", "West Midlands", "West Yorkshire", "Merseyside", "Thames Valley"}


@pytest.mark.parametrize("year_ending", [2019, 2020])
def test_force_ranking_on_knife_crime_counts(real_store, year_ending):
    order = forces_knife_fy(year_ending)
    fy = f"{year_ending - 1}/{str(year_ending)[2:]}"
    top = order[0][0]
    assert top == "Metropolitan Police"
    c = one(check(real_store, f"The Met recorded the most knife crime of any police force in {fy}.", "2021-01-01"),
            "comparison")
    assert c.verdict == "accurate" and c.found == 1, c.explanation
    pos, name = next((i + 1, n) for i, (n, _) in enumerate(order) if n in NAMED)
    c = one(check(real_store, f"{name} recorded the most knife crime of any force in {fy}.", "2021-01-01"),
            "comparison")
    assert c.verdict == "inaccurate" and c.found == pos, c.explanation


def test_force_missing_from_the_series_is_unverifiable(real_store):
    order = dict(forces_knife_fy(2020))
    assert "Greater Manchester" not in order or not order["Greater Manchester"]
    c = one(check(real_store, "Greater Manchester recorded the most knife crime of any force in 2019/20.",
                  "2021-01-01"), "comparison")
    assert c.verdict == "unverifiable" and "Greater Manchester" in c.explanation


def test_runner_up_among_forces_is_ranked_among_forces(real_store):
    with open(need("knife-crime/britishdrugdynamics/knifecrime_polices.csv"), encoding="utf-8-sig") as fh:
        knife = next(r for r in csv.DictReader(fh) if int(r["year"]) == 2019)      # 2018/19
    with open(need("ons-population/britishdrugdynamics/population_policeforces.csv"), newline="") as fh:
        pop = next(r for r in csv.DictReader(fh) if int(r["year"]) == 2018)
    rates = {f: 100_000 * float(knife[f]) / float(pop[f]) for f in pop
             if f in knife and knife[f] and pop[f] and f not in ("year", "City of London")}
    ranked = sorted(rates, key=rates.get, reverse=True)
    second, third = ranked[1], ranked[2]
    claims = check(real_store, f"In 2018/19 the Met had the highest knife crime rate of any force, with {third} "
                               "second.", "2026-03-15")
    c = one(claims, "comparison", f"{third} second")
    assert c.found == 3 and c.verdict == "inaccurate"
    assert second in c.explanation


def test_one_of_the_n_with_the_most_is_a_top_n_not_the_top(real_store):
    rows = table("BURGLARY", 2023)
    fourth, seventh = rows[3][0], rows[6][0]
    c = one(check(real_store, f"{fourth} is one of the five boroughs with the most burglary in London in 2023.",
                  "2024-02-01"), "comparison")
    assert c.verdict in HOLDS and c.found == 4
    c = one(check(real_store, f"{seventh} is one of the five boroughs with the most burglary in London in 2023.",
                  "2024-02-01"), "comparison")
    assert c.verdict == "inaccurate"


def test_tops_the_capitals_table(real_store):
    rows = table("BURGLARY", 2023)
    c = one(check(real_store, f"{rows[1][0]} tops London's burglary table in 2023", "2024-02-01"), "comparison")
    assert c.verdict == "inaccurate" and c.found == 2


def test_a_place_and_an_ordinal_go_on_with_the_ranking_before(real_store):
    rows = table("BURGLARY", 2023)
    claims = check(real_store, f"{rows[0][0]} recorded the most burglaries of any borough in 2023. "
                               f"{rows[2][0]} came second and {rows[1][0]} third.", "2024-02-01")
    second, third = [c for c in claims if c.claim.rank in (2, 3)]
    assert (second.area, second.measure, second.verdict) == (rows[2][0], "burglary", "inaccurate")
    assert (third.area, third.verdict) == (rows[1][0], "inaccurate")


def test_a_bare_ordinal_after_a_ranking_sentence(real_store):
    rows = table("ROBBERY", 2023)
    claims = check(real_store, f"{rows[0][0]} had the most robbery of any borough in 2023, ahead of {rows[1][0]}.\n"
                               f"{rows[3][0]} was third.", "2024-02-01")
    c = one(claims, "comparison", "was third")
    assert (c.area, c.measure, c.verdict) == (rows[3][0], "robbery", "inaccurate")


def test_with_the_lowest_after_a_comma_ranks_the_borough_named_before(real_store):
    c = one(check(real_store, "Richmond upon Thames is the safest borough in London, with the lowest crime rate in "
                              "2023.", "2024-06-20"), "comparison")
    assert (c.area, c.claim.by_rate, c.claim.record) == ("Richmond upon Thames", True, "low")


# ----------------------------------------------------------------------------- ranks said through the places ahead
def test_than_any_borough_except_one_is_second(real_store):
    rows = sorted(((mps(year=2025, borough=b), b) for b in boroughs() if b != "City of London"))
    (_, b1), (_, b2) = rows[0], rows[1]
    c = one(check(real_store, f"{b2} recorded fewer crimes than any other borough except {b1} in 2025.", "2026-02-01"))
    assert c.verdict in HOLDS and c.found == 2
    c = one(check(real_store, f"{rows[2][1]} recorded fewer crimes than any other borough except {b1} in 2025.",
                  "2026-02-01"))
    assert c.verdict == "inaccurate"


def test_only_the_places_listed_recorded_more(real_store):
    """'Only <a> and <b> recorded more <crime>': the place the text is about is third."""
    rows = sorted(((mps(year=2025, major="POSSESSION OF WEAPONS", borough=b), b) for b in boroughs()
                   if b != "City of London"), reverse=True)
    (_, a), (_, b), (n3, third) = rows[0], rows[1], rows[2]
    text = f"{third} recorded {n3} weapons possession offences last year. Only {a} and {b} recorded more last year."
    c = claim_with(check(real_store, text, "2026-02-01"), "Only")
    assert c.area == third and c.verdict in HOLDS


def test_the_worst_hit_place_is_first_among_boroughs(real_store):
    from .raw import busiest_borough_2025
    top, n = busiest_borough_2025("BURGLARY")
    other = "Sutton" if top != "Sutton" else "Merton"
    text = f"Burglary in London in 2025\n\n{top} was the worst hit, with {n:,} break-ins. {other} was the worst hit in 2025."
    claims = check(real_store, text, "2026-02-01")
    assert one(claims, "comparison", top).verdict in HOLDS
    assert one(claims, "comparison", other).verdict == "inaccurate"


def test_the_largest_category_of_crime_is_first_among_crime_types(real_store):
    from .raw import force_street_count
    kinds_ = ("Violence and sexual offences", "Anti-social behaviour", "Public order", "Criminal damage and arson")
    counts = {k: force_street_count("cumbria", k) for k in kinds_ if k != "Anti-social behaviour"}
    top = max(counts, key=counts.__getitem__)
    c = one(check(real_store, "Criminal damage remains the largest category of crime Cumbria Police deals with.",
                  "2022-12-20"), "comparison")
    assert (c.verdict in HOLDS) == (top == "Criminal damage and arson")


def test_the_lowest_in_inner_london_ranks_among_inner_boroughs(real_store):
    c = one(check(real_store, "Kensington and Chelsea has the lowest rate of violent crime in inner London.",
                  "2026-02-15"), "comparison")
    assert "inner London" in c.explanation


@pytest.mark.parametrize("trio", [("Harrow", "Brent", "Barnet"), ("Lewisham", "Greenwich", "Bexley")])
@pytest.mark.parametrize("side", ["most", "fewest"])
def test_a_rank_of_the_three_is_among_the_places_the_text_names(real_store, trio, side):
    """'<borough> had the most burglaries of the three': ranked against the boroughs the text names, not all 32."""
    counts = {b: mps(year=2025, major="BURGLARY", borough=b) for b in trio}
    for b in trio:
        text = (f"Burglary in {trio[0]}, {trio[1]} and {trio[2]} was in the news in 2025. "
                f"{b} had the {side} burglaries of the three.")
        c = one(check(real_store, text, "2026-03-01"), "comparison")
        best = (max if side == "most" else min)(counts.values())
        assert c.area == b and (c.verdict in HOLDS) is (counts[b] == best), c.explanation
        assert "boroughs the text names" in c.explanation


def test_a_rank_among_more_places_than_the_text_names_is_unverifiable(real_store):
    c = one(check(real_store, "Burglary fell in Harrow and Brent in 2025. Harrow had the fewest burglaries of the four boroughs.",
                  "2026-03-01"), "comparison")
    assert c.verdict == "unverifiable"


@pytest.mark.parametrize("major, verb, up", [("BURGLARY", "went up", True), ("ROBBERY", "fell", False),
                                             ("VEHICLE OFFENCES", "rose", True)])
def test_the_only_borough_where_a_crime_went_one_way(real_store, major, verb, up):
    """'<borough> was the only London borough where <crime> <went up>': it did, and no other borough did."""
    from .raw import boroughs
    went = [b for b in boroughs() if (mps(year=2025, major=major, borough=b) > mps(year=2024, major=major, borough=b))
            == up and mps(year=2025, major=major, borough=b) != mps(year=2024, major=major, borough=b)]
    crime = {"BURGLARY": "burglary", "ROBBERY": "robbery", "VEHICLE OFFENCES": "vehicle crime"}[major]
    for b in (went[:1] + [x for x in boroughs() if x not in went][:1]):
        c = one(check(real_store, f"{b} was the only London borough where {crime} {verb} in 2025.", "2026-03-01"),
                "direction")
        assert (c.verdict == "accurate") is (went == [b]), c.explanation
        assert sorted(c.found) == sorted(went)


@pytest.mark.parametrize("major, crime", [("BURGLARY", "burglaries"), ("ROBBERY", "robberies")])
def test_no_other_borough_recorded_more_is_the_top(real_store, major, crime):
    counts = {b: mps(year=2025, major=major, borough=b) for b in table_boroughs()}
    top = max(counts, key=counts.get)
    second = sorted(counts, key=counts.get)[-2]
    for b in (top, second):
        c = one(check(real_store, f"No other London borough recorded more {crime} than {b} in 2025.", "2026-03-01"),
                "comparison")
        assert c.area == b and (c.verdict in HOLDS) is (b == top), c.explanation


def test_no_other_borough_saw_a_steeper_rise_ranks_the_change_of_the_borough_before(real_store):
    now = {b: mps(year=2025, major="BURGLARY", borough=b) for b in table_boroughs()}
    then = {b: mps(year=2024, major="BURGLARY", borough=b) for b in table_boroughs()}
    pct_ = {b: (now[b] - then[b]) / then[b] for b in now if then[b]}
    top = max(pct_, key=pct_.get)
    other = min(pct_, key=pct_.get)
    for b in (top, other):
        text = f"Burglary in {b} changed in 2025. No other London borough saw a steeper percentage increase."
        c = one(check(real_store, text, "2026-03-01"), "comparison")
        assert c.area == b and (c.verdict in HOLDS) is (b == top), c.explanation


@pytest.mark.parametrize("words", ["was number one for robbery in {y}", "came top for robbery in {y}",
                                   "was top for robbery in {y}"])
def test_number_one_and_top_without_a_table_are_first_place(real_store, words):
    for year in (2023, 2024):
        counts = {b: mps(year=year, major="ROBBERY", borough=b) for b in table_boroughs()}
        ranked = sorted(counts, key=counts.get, reverse=True)
        for b in ranked[:2]:
            c = one(check(real_store, f"{b} {words.format(y=year)}.", "2026-03-01"), "comparison")
            assert c.area == b and c.period == str(year) and (c.verdict in HOLDS) is (b == ranked[0]), c.explanation


def test_into_second_place_and_top_the_year_before(real_store):
    counts = {y: {b: mps(year=y, major="ROBBERY", borough=b) for b in table_boroughs()} for y in (2023, 2024)}
    first, second = sorted(counts[2024], key=counts[2024].get, reverse=True)[:2]
    third = sorted(counts[2024], key=counts[2024].get, reverse=True)[2]
    got = check(real_store, f"{first} had the most robberies in 2024, nudging {second} into second place.", "2025-03-01")
    c = claim_with(got, "into second place")
    assert c.area == second and c.verdict in HOLDS
    got = check(real_store, f"{first} had the most robberies in 2024, pushing {third} into second place.", "2025-03-01")
    assert claim_with(got, "into second place").verdict == "inaccurate"
    top_2023 = max(counts[2023], key=counts[2023].get)
    for b in (top_2023, second if second != top_2023 else third):
        text = f"{b} had {counts[2024][b]:,} robberies in 2024. It was top the year before."
        c = claim_with(check(real_store, text, "2025-03-01"), "was top")
        assert c.period == "2023" and (c.verdict in HOLDS) is (b == top_2023), c.explanation


def test_as_well_as_the_fewest_is_a_second_rank_of_the_same_borough_in_counts(real_store):
    counts = {b: mps(year=2025, borough=b) for b in table_boroughs()}
    fewest = min(counts, key=counts.get)
    got = check(real_store, f"{fewest} has the lowest crime rate per resident of any London borough, as well as the "
                            f"fewest offences.", "2026-03-01")
    c = claim_with(got, "as well as the fewest")
    assert c.area == fewest and c.verdict in HOLDS and "per 1,000" not in c.explanation, c.explanation


def test_a_rank_among_the_forces_the_text_names(real_store):
    """'of the forces we looked at', 'of the four forces': ranked among the forces the text names, not every force."""
    from .raw import force_street_count
    forces = ("Merseyside", "Cumbria", "South Wales", "Dyfed-Powys")
    counts = {f: force_street_count(f.lower().replace(" ", "-"), "Burglary") for f in forces}
    lead = "We compared Merseyside, Cumbria, South Wales and Dyfed-Powys for January to November 2022.\n"
    for f in forces:
        c = one(check(real_store, lead + f"{f} had the fewest burglaries of the forces we looked at.", "2023-02-01"),
                "comparison")
        assert (c.verdict in HOLDS) is (counts[f] == min(counts.values())), c.explanation
        assert "of 4 forces" in c.explanation


@pytest.mark.parametrize("text", ["Havering remains among the five London boroughs with the least crime.",
                                  "Enfield is now one of the five boroughs with the most knife crime in London."])
def test_a_top_n_of_all_boroughs_is_not_a_rank_among_places_the_text_names(text):
    c = extracted_first(text, "comparison")
    assert c.rank_among is None and c.rank == 5


def _went(major: str, now: int, then: int, up: bool) -> list[str]:
    out = []
    for b in table_boroughs():
        a, z = mps(year=now, major=major, borough=b), mps(year=then, major=major, borough=b)
        if (a > z) if up else (a < z):
            out.append(b)
    return out


@pytest.mark.parametrize("major, crime, up", [("BURGLARY", "Burglary", False), ("ROBBERY", "Robbery", True)])
def test_how_many_boroughs_went_one_way(real_store, major, crime, up):
    """'fell in N of London's 32 boroughs', 'in every borough', 'in most boroughs': counted over all 32, and the
    figures in the quantifier are never read as counts of crime."""
    went = _went(major, 2025, 2024, up)
    verb = "rose" if up else "fell"
    for k in (len(went), len(went) + 2):
        got = check(real_store, f"{crime} {verb} in {k} of London's 32 boroughs in 2025.", "2026-03-01")
        assert [c.claim.kind for c in got] == ["direction"]
        assert (got[0].verdict == "accurate") is (k == len(went)) and got[0].found == len(went)
    c = one(check(real_store, f"{crime} {verb} in every London borough in 2025.", "2026-03-01"), "direction")
    assert (c.verdict == "accurate") is (len(went) == 32)
    c = one(check(real_store, f"{crime} {verb} in most London boroughs in 2025.", "2026-03-01"), "direction")
    assert (c.verdict == "accurate") is (len(went) > 16)


def test_in_all_three_boroughs_is_every_place_the_text_names(real_store):
    trio = ("Havering", "Bexley", "Barking and Dagenham")
    went = set(_went("THEFT", 2025, 2024, True))
    text = f"A newsletter for {trio[0]}, {trio[1]} and {trio[2]}, 2025. Theft went up in all three boroughs."
    c = one(check(real_store, text, "2026-03-01"), "direction")
    assert (c.verdict == "accurate") is all(b in went for b in trio), c.explanation


def test_only_two_places_record_more_than_we_do(real_store):
    """'Only <a> and <b> now record more <crime> than we do': the text's own place is third, present tense and
    'than we do' included."""
    counts = {b: mps(year=2024, major="ROBBERY", borough=b) for b in boroughs()}
    order = sorted(counts, key=counts.get, reverse=True)
    for me, (a, b) in ((order[2], order[:2]), (order[3], order[:2])):
        text = f"Robbery in {me} rose in 2024. Only {a} and {b} now record more robbery than we do."
        c = claim_with(check(real_store, text, "2025-03-01"), "than we do")
        assert c.area == me and c.claim.rank == 3, c.explanation
        assert (c.verdict in HOLDS) == (order.index(me) == 2), c.explanation


def test_second_only_to_a_place_of_several_words(real_store):
    """'<b> is second only to <a> for <crime> in London': <a> ends at the place's name, not at 'for <crime>'."""
    rows = table("THEFT", 2025)
    top, second = rows[0][0], rows[1][0]
    third = rows[2][0]
    got = check(real_store, f"{second} is second only to {top} for theft in London.", "2026-03-01")
    c = one(got, "comparison")
    assert c.area == second and c.verdict in HOLDS, c.explanation
    wrong = one(check(real_store, f"{third} is second only to {top} for theft in London.", "2026-03-01"), "comparison")
    assert wrong.verdict == "inaccurate", wrong.explanation


def test_more_crimes_in_a_place_than_in_any_other_borough_with_words_between(real_store):
    """'More <crimes> were <done> in <borough> last year than in any other London borough': the top borough."""
    text = "More cars were broken into in {b} last year than in any other London borough."
    counts = {b: mps(year=2025, minor="THEFT FROM A VEHICLE", borough=b) for b in boroughs()}
    top = max(counts, key=counts.__getitem__)
    low = min(counts, key=counts.__getitem__)
    assert one(check(real_store, text.format(b=top), "2026-03-01"), "comparison").verdict in HOLDS
    assert one(check(real_store, text.format(b=low), "2026-03-01"), "comparison").verdict == "inaccurate"


def test_every_borough_except_the_places_listed(real_store):
    """'Every borough except <a>, <b> and <c> saw <crime> rise': exactly those boroughs did not."""
    ch = {b: mps(year=2025, major="BURGLARY", borough=b) - mps(year=2024, major="BURGLARY", borough=b)
          for b in boroughs()}
    rose = [b for b in ch if ch[b] > 0]
    fell = sorted(b for b in ch if ch[b] <= 0)
    way, but = ("rise", fell) if len(rose) >= len(fell) else ("fall", sorted(rose))
    if not 1 <= len(but) <= 6:
        pytest.skip("too many exceptions to list")
    listed = ", ".join(but[:-1]) + f" and {but[-1]}" if len(but) > 1 else but[0]
    text = f"Every borough except {listed} saw burglary {way} in 2025."
    c = one(check(real_store, text, "2026-03-20"), "direction")
    assert c.verdict == "accurate" and c.area.startswith("London"), c.explanation
    if len(but) > 1:
        short = ", ".join(but[:-2]) + f" and {but[-2]}" if len(but) > 2 else but[0]
        wrong = one(check(real_store, f"Every borough except {short} saw burglary {way} in 2025.", "2026-03-20"),
                    "direction")
        assert wrong.verdict == "inaccurate", wrong.explanation


def test_the_only_crime_type_to_go_one_way(real_store):
    """'<crime> was the only major crime type to go up in <year>': no other major category went that way."""
    majors = ("VIOLENCE AGAINST THE PERSON", "SEXUAL OFFENCES", "ROBBERY", "BURGLARY", "THEFT", "VEHICLE OFFENCES",
              "ARSON AND CRIMINAL DAMAGE", "DRUG OFFENCES", "POSSESSION OF WEAPONS", "PUBLIC ORDER OFFENCES",
              "MISCELLANEOUS CRIMES AGAINST SOCIETY")
    names = {"ROBBERY": "robbery", "BURGLARY": "burglary", "VEHICLE OFFENCES": "vehicle crime",
             "DRUG OFFENCES": "drug offences", "SEXUAL OFFENCES": "sexual offences"}
    for b in ("Harrow", "Sutton", "Bexley", "Merton", "Havering", "Barnet"):
        ch = {m: mps(year=2025, major=m, borough=b) - mps(year=2024, major=m, borough=b) for m in majors}
        up = [m for m in ch if ch[m] > 0]
        cand = next((m for m in names if ch[m] > 0), None)
        if cand is None:
            continue
        c = one(check(real_store, f"In {b}, {names[cand]} was the only major crime type to go up in 2025.",
                      "2026-03-20"), "direction")
        assert (c.verdict == "accurate") == (up == [cand]), c.explanation
        return
    pytest.skip("no borough with a named category that rose")


def test_a_rank_in_a_second_clause_ranks_the_category_it_names_once(real_store):
    """'<narrower crime> rose ..., and <borough> now has the Kth-highest number of <wider category>': the
    category named by its own name is ranked (a narrower crime before it narrows only a generic word like
    'thefts'), and two ranking patterns reading the same rank make one claim."""
    counts = borough_counts_2025("VEHICLE OFFENCES", None, "recorded-crime-borough")
    k = position(sorted(counts.items()), "Croydon")
    text = (f"Thefts from cars in Croydon were up in 2025, and Croydon now has the {ORDINAL_WORDS[k]}-highest "
            "number of vehicle offences in the capital.")
    assert k > 1
    ranks = [c for c in check(real_store, text, "2026-03-01") if c.kind == "comparison"]
    assert len(ranks) == 1
    assert ranks[0].measure == "vehicle_offences" and ranks[0].verdict in HOLDS, ranks[0].explanation


@pytest.mark.parametrize("major, minor", [("ROBBERY", None), ("BURGLARY", None), ("THEFT", "BICYCLE THEFT")])
def test_londons_crime_capital_is_the_borough_with_the_most(real_store, major, minor):
    """"<borough> is London's <crime> capital", 'the <crime> capital of London': first of the 32 by count."""
    boroughs = gla_boroughs(2025)
    counts = {b: v for b, v in borough_counts_2025(major, minor, "recorded-crime-borough").items() if b in boroughs}
    first = max(counts, key=lambda b: counts[b])
    second = sorted(counts, key=lambda b: -counts[b])[1]
    crime = (minor or major).lower()
    ok = one(check(real_store, f"{first} remains London's {crime} capital.", "2026-02-01"), "comparison")
    bad = one(check(real_store, f"{second} is the {crime} capital of London.", "2026-02-01"), "comparison")
    assert ok.verdict in HOLDS and bad.verdict == "inaccurate", (ok.explanation, bad.explanation)
    assert not [c for c in extract_claims("Camden is London's cultural capital.") if c.kind == "comparison"]


def test_a_position_denied_is_right_when_it_does_not_hold(real_store):
    """'<borough> was not even in the top five', '<borough> was outside the top ten': the position denied."""
    boroughs = gla_boroughs(2025)
    counts = {b: v for b, v in borough_counts_2025("ROBBERY", None, "recorded-crime-borough").items() if b in boroughs}
    order = sorted(counts, key=lambda b: -counts[b])
    top, low = order[0], order[-1]
    got = {t: one(check(real_store, t, "2026-02-01"), "comparison").verdict for t in (
        f"{top} was not even in the top five boroughs for robbery in 2025.",
        f"{low} was not even in the top five boroughs for robbery in 2025.",
        f"{low} was outside the top ten boroughs for robbery in 2025.")}
    assert list(got.values()) == ["inaccurate", "accurate", "accurate"], got


def test_overtaken_as_the_borough_with_the_most_is_first(real_store):
    top = table("ROBBERY", 2025)[0][0]
    other = table("ROBBERY", 2025)[2][0]
    c = one(check(real_store, f"{top} has now overtaken {other} as the borough with the most robberies.", "2026-02-01"))
    assert c.claim.rank == 1 and c.area == top and c.verdict in HOLDS, c.explanation
    c = one(check(real_store, f"{other} has now overtaken {top} as the borough with the most robberies.", "2026-02-01"))
    assert c.verdict == "inaccurate", c.explanation


def test_followed_by_is_the_next_place_after_the_rank_before_it():
    got = [c for c in extract_claims("Camden had the second-highest rate, followed by Islington.") if c.rank]
    assert [c.rank for c in got] == [2, 3]


def test_the_place_in_apposition_as_the_next_highest_is_second(real_store):
    counts = borough_counts_2025(None, None, "recorded-crime-borough")
    table_rows = sorted(((b, n) for b, n in counts.items() if b in table_boroughs()), key=lambda kv: -kv[1])
    (top, n1), (second, _n2), (third, _) = table_rows[:3]
    for place, holds in ((second, True), (third, False)):
        text = f"{top} recorded {n1:,} crimes in 2025, far more than {place}, the next-highest borough."
        c = claim_with(check(real_store, text, "2026-02-01"), "next-highest")
        assert c.area == place and (c.verdict in HOLDS) == holds, c.explanation


def test_most_boroughs_as_the_subject_of_a_fall(real_store):
    got = extract_claims("Crime in Kingston rose by 6% in 2025 while most London boroughs saw falls.")
    quant = [c for c in got if c.places_quant]
    assert [(c.places_quant, c.direction) for c in quant] == [("most", "down")]
    got = extract_claims("Shoplifting fell in Croydon, but in most of the capital it kept rising.")
    assert [(c.places_quant, c.direction) for c in got if c.places_quant] == [("most", "up")]


def test_anti_social_behaviour_ranked_among_police_uk_categories(real_store):
    text = ("South Yorkshire Police logged 169,571 crimes and incidents between January and November 2022. "
            "Anti-social behaviour was the second most common category.")
    c = claim_with(check(real_store, text, "2023-01-10"), "second most common")
    assert c.verdict in HOLDS and c.found == 2, c.explanation
