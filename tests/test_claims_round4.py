"""Claim checker round 4: absolute differences, ratio words after a from-to pair or with hedges,
qualifiers that narrow other sources (custody offence group, stop and search object/outcome,
strip searches of children), rankings among police forces, percentage points of a share.

Expected figures are worked out here from the raw files (csv / pyarrow, never crimestats).
"""

from __future__ import annotations

import pytest

from test_claims_more import check, mps, one

HOLDS = {"accurate", "accurate_with_caveat"}


# ----------------------------------------------------------------------------- 1. differences
@pytest.mark.parametrize("true", [True, False])
def test_absolute_difference_against_the_year_before(real_store, true):
    now, then = mps(year=2023, major="BURGLARY"), mps(year=2022, major="BURGLARY")
    diff = now - then
    claimed = abs(diff) if true else abs(diff) + 37
    word = "fewer" if diff < 0 else "more"
    text = f"There were {claimed:,} {word} burglaries in London in 2023 than the year before."
    c = one(check(real_store, text, "2024-03-01"), "change")
    assert c.claim.unit == "difference"
    assert c.found == diff
    assert (c.verdict == "accurate") is true, c.explanation


def test_down_by_reads_a_count_not_a_percent(real_store):
    now, then = mps(year=2022, major="ROBBERY"), mps(year=2021, major="ROBBERY")
    diff = now - then
    verb = "down" if diff < 0 else "up"
    text = f"Robbery in London was {verb} by {abs(diff):,} in 2022 compared with 2021."
    c = one(check(real_store, text, "2023-03-01"), "change")
    assert c.verdict == "accurate", c.explanation
    # the other direction never holds
    other = "up" if verb == "down" else "down"
    c2 = one(check(real_store, text.replace(f"{verb} by", f"{other} by"), "2023-03-01"), "change")
    assert c2.verdict == "inaccurate", c2.explanation


# ----------------------------------------------------------------------------- 2. ratio words
def test_fraction_after_a_from_to_pair_with_a_bound(real_store):
    a, b = mps(year=2016, major="BURGLARY"), mps(year=2023, major="BURGLARY")
    ratio = b / a
    text = (f"Burglary in London fell from {a:,} in 2016 to {b:,} in 2023, a drop of more than a quarter.")
    c = one(check(real_store, text, "2024-03-01"), "ratio")
    assert abs(c.found - round(ratio, 3)) < 1e-9
    assert (c.verdict == "accurate") is (ratio < 0.75), c.explanation


def test_nearly_double_an_earlier_year(real_store):
    a, b = mps(year=2016, major="ROBBERY"), mps(year=2023, major="ROBBERY")
    ratio = b / a
    text = f"There were {b:,} robberies in London in 2023, nearly double the number in 2016."
    c = one(check(real_store, text, "2024-03-01"), "ratio")
    assert c.claim.baseline_text == "2016"
    assert abs(c.found - round(ratio, 3)) < 1e-9
    assert (c.verdict == "accurate") is (1.6 <= ratio <= 2.0), c.explanation


@pytest.mark.parametrize("years", [("2022", "2021"), ("2023", "2016")])
def test_roughly_the_same_as_a_year(real_store, years):
    now, then = (mps(year=int(y), major="BURGLARY") for y in years)
    gap = abs(now - then) / then
    text = f"Burglary in London in {years[0]} was roughly the same as in {years[1]}."
    c = one(check(real_store, text, "2024-03-01"), "equality")
    assert (c.verdict == "accurate") is (gap <= 0.10), c.explanation


# ----------------------------------------------------------------------------- 3. qualifiers
def _custody(year: int, group: str | None = None) -> int:
    import pyarrow.parquet as pq

    from conftest import need

    rows = pq.read_table(need("met-london-datastore-parquet/custody.parquet")).to_pylist()
    return sum(r["offence_count"] for r in rows if r["current_disposal_year"] == year
               and (group is None or r["offence_group"] == group))


def _met_stops(months: list[str], col: str | None = None, val: str | None = None) -> int:
    import csv

    from conftest import need

    n = 0
    for m in months:
        with open(need(f"police-uk-street/metropolitan-stop-and-search/{m}/{m}-metropolitan-stop-and-search.csv"),
                  newline="") as fh:
            n += sum(1 for r in csv.DictReader(fh) if col is None or r[col] == val)
    return n


@pytest.mark.parametrize("group,words", [("Murder", "on suspicion of murder"), ("Weapons", "for weapons offences")])
def test_custody_qualifier_narrows_to_the_offence_group(real_store, group, words):
    n, total = _custody(2024, group), _custody(2024)
    assert n != total
    c = one(check(real_store, f"Some {n:,} people were arrested {words} in London in 2024.", "2025-06-01"), "count")
    assert c.found == n and c.verdict in HOLDS, c.explanation
    c = one(check(real_store, f"Some {total:,} people were arrested {words} in London in 2024.", "2025-06-01"), "count")
    assert c.verdict == "inaccurate", c.explanation


def test_custody_qualifier_the_data_cannot_apply_is_unverifiable_not_the_total(real_store):
    total = _custody(2023)
    c = one(check(real_store, f"Police made {total:,} arrests for burglary in London in 2023.", "2024-06-01"), "count")
    assert c.verdict == "unverifiable" and c.found is None
    assert "burglary" in c.explanation


def test_stop_and_search_outcome_and_object(real_store):
    months = ["2018-01", "2018-02", "2018-03"]
    arrests = _met_stops(months, "Outcome", "Arrest")
    drugs, total = _met_stops(months, "Object of search", "Controlled drugs"), _met_stops(months)
    text = (f"Of the {total:,} stop and searches in the first quarter of 2018, {arrests:,} led to an arrest. "
            f"In the first quarter of 2018 the Met carried out {drugs:,} stop and searches for drugs.")
    got = check(real_store, text, "2019-01-01")
    c = one(got, "count", "led to an arrest")
    assert c.measure == "stop_search_arrests" and c.found == arrests and c.verdict in HOLDS, c.explanation
    c = one(got, "count", "for drugs")
    assert c.measure == "drug_stop_search" and c.found == drugs and c.verdict in HOLDS, c.explanation


def test_strip_searches_of_children(real_store):
    import pyarrow.parquet as pq

    from conftest import need

    rows = pq.read_table(need("met-london-datastore-parquet/thorough-searches.parquet"),
                         columns=["stop_date", "age_group"]).to_pylist()
    kids = sum(1 for r in rows if str(r["stop_date"])[:4] == "2022" and r["age_group"] == "Under 18")
    every = sum(1 for r in rows if str(r["stop_date"])[:4] == "2022")
    assert kids != every
    c = one(check(real_store, f"The Met strip-searched {kids} children in 2022.", "2023-06-01"), "count")
    assert c.measure == "child_strip_searches" and c.found == kids and c.verdict in HOLDS, c.explanation
    c = one(check(real_store, f"The Met strip-searched {every:,} children in 2022.", "2023-06-01"), "count")
    assert c.verdict == "inaccurate", c.explanation


# ----------------------------------------------------------------------------- 4. force rankings
def _forces_fy(year_ending: int) -> list[tuple[str, int]]:
    import csv

    from conftest import need

    with open(need("knife-crime/britishdrugdynamics/knifecrime_polices.csv"), newline="", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if r["year"] == str(year_ending):
                return sorted(((k, int(v)) for k, v in r.items() if k != "year" and v), key=lambda kv: -kv[1])
    raise KeyError(year_ending)


NAMED = {"Greater Manchester", "West Midlands", "West Yorkshire", "Merseyside", "Thames Valley"}


@pytest.mark.parametrize("year_ending", [2019, 2020])
def test_force_ranking_on_knife_crime_counts(real_store, year_ending):
    order = _forces_fy(year_ending)
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
    order = dict(_forces_fy(2020))
    assert "Greater Manchester" not in order or not order["Greater Manchester"]
    c = one(check(real_store, "Greater Manchester recorded the most knife crime of any force in 2019/20.",
                  "2021-01-01"), "comparison")
    assert c.verdict == "unverifiable" and "Greater Manchester" in c.explanation


# ----------------------------------------------------------------------------- 5. percentage points
def _victims_by_method(year: int) -> tuple[int, int]:
    """(knife victims, all victims) in London for a year, from the Met homicide victims CSV."""
    import csv

    from conftest import need

    knife = total = 0
    with open(need("met-homicide-victims/homicides.csv"), newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    ycol = next(k for k in rows[0] if "year" in k.lower())
    mcol = next(k for k in rows[0] if "method" in k.lower())
    ccol = next((k for k in rows[0] if k.lower() in ("count", "count_of_victims", "victims")), None)
    for r in rows:
        if str(r[ycol]).strip()[:4] != str(year):
            continue
        n = int(r[ccol]) if ccol else 1
        total += n
        knife += n if "knife" in r[mcol].lower() else 0
    return knife, total


def test_points_change_of_a_homicide_share(real_store):
    k1, t1 = _victims_by_method(2022)
    k0, t0 = _victims_by_method(2021)
    diff = 100 * k1 / t1 - 100 * k0 / t0
    word = "rose" if diff > 0 else "fell"
    text = f"The share of homicide victims killed with a knife {word} by {abs(diff):.1f} percentage points in 2022."
    c = one(check(real_store, text, "2023-03-01"), "change")
    assert c.unit == "percentage points" and abs(c.found - round(diff, 2)) < 1e-9, c.explanation
    assert c.verdict == "accurate", c.explanation
    c = one(check(real_store, text.replace(f"{abs(diff):.1f}", f"{abs(diff) + 2:.1f}"), "2023-03-01"), "change")
    assert c.verdict == "inaccurate", c.explanation


def test_points_change_after_a_share_of_all_crime(real_store):
    burg = [mps(year=y, major="BURGLARY") for y in (2022, 2023)]
    allc = [sum(mps(year=y, major=m) for m in _majors() if m != "NFIB FRAUD") for y in (2022, 2023)]
    s0, s1 = (100 * b / a for b, a in zip(burg, allc, strict=True))
    diff = s1 - s0
    text = (f"Burglary made up {s1:.1f}% of all recorded crime in London in 2023, "
            f"{'up' if diff > 0 else 'down'} {abs(diff):.1f} percentage points on 2022.")
    c = one(check(real_store, text, "2024-03-01"), "change")
    assert c.unit == "percentage points", c.explanation
    assert abs(c.found - round(diff, 2)) < 0.05, c.explanation
    assert c.verdict == "accurate", c.explanation


def test_points_with_no_share_is_unverifiable(real_store):
    c = one(check(real_store, "Burglary in London rose 3 percentage points in 2023.", "2024-03-01"), "change")
    assert c.verdict == "unverifiable" and "share" in c.explanation


def _majors() -> set[str]:
    from test_claims_more import _mps

    return {ma for (ma, _, _, _) in _mps()}


# ----------------------------------------------------------------------------- odds and ends
def test_counts_of_calls_are_not_crime_and_had_fallen_is_a_direction(real_store):
    c = one(check(real_store, "The Met answered 5.6 million calls last year.", "2026-01-20"), "count")
    assert c.verdict == "unverifiable" and "calls" in c.explanation and c.found is None
    got = check(real_store, "The force said robbery in London had also fallen in 2023.", "2024-03-01")
    d = one(got, "direction")
    now, then = mps(year=2023, major="ROBBERY"), mps(year=2022, major="ROBBERY")
    assert d.verdict == ("accurate" if now < then else "inaccurate"), d.explanation
