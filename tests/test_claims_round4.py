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
