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
