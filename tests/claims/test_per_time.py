"""Counts per span of time ('N burglaries a day', 'N thefts a week') and intervals ('a robbery every
hour', 'one burglary every 40 minutes'): the period's offences over its days, never the period's total.

Expected figures come from the raw files (``raw.py``: csv / pyarrow, never crimestats).
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims

from .raw import mps
from .support import HOLDS, check, claim_with, one


@pytest.mark.parametrize("text,minutes,interval", [
    ("Police in Hackney recorded around 10 burglaries a day last year.", 1_440, False),
    ("Officers dealt with 150 thefts a week in Camden in 2025.", 10_080, False),
    ("There was a robbery every hour in Westminster in 2025.", 60, True),
    ("One burglary was reported every 40 minutes in Barnet last year.", 40, True),
    # 'one' / 'once' alone: the crime is the one the sentence names before it
    ("Hackney had 1,500 robberies in 2025, about one every six hours.", 360, True),
    ("Robbery in Newham: once every two hours last year.", 120, True),
])
def test_a_figure_per_span_of_time_is_read_with_its_span(text, minutes, interval):
    c = [c for c in extract_claims(text) if c.kind == "count"][-1]
    assert c.per_minutes == minutes and (c.unit == "interval") is interval


def test_no_interval_without_a_crime_before_every():
    assert not [c for c in extract_claims("Residents call 999 every day.") if c.unit == "interval"]
    assert not [c for c in extract_claims("The ward panel meets once every two weeks.") if c.unit == "interval"]


@pytest.mark.parametrize("text, measure", [
    ("In Croydon a car was stolen every five hours in 2025.", "theft_of_vehicle"),
    ("A home is burgled in Barnet every eight hours.", "burglary_home"),
])
def test_a_singular_passive_interval_names_its_crime(real_store, text, measure):
    """'a home was burgled every N hours' is the catalogue's '<homes> burgled' in the singular."""
    c = one(check(real_store, text, "2026-03-15"), "count")
    assert c.measure == measure and "every" in c.claim.text, c.explanation


def test_a_daily_figure_is_the_total_over_the_days_of_the_period(real_store):
    per_day = mps(year=2025, major="BURGLARY", borough="Hackney") / 365
    near = round(per_day)
    far = near * 2 + 3
    ok = one(check(real_store, f"Hackney recorded {near} burglaries a day in 2025.", "2026-03-15"), "count")
    bad = one(check(real_store, f"Hackney recorded {far} burglaries a day in 2025.", "2026-03-15"), "count")
    assert ok.found == pytest.approx(round(per_day, 1)) and ok.verdict == "accurate"
    assert bad.verdict == "inaccurate"


def test_an_interval_is_the_time_between_offences(real_store):
    gap = 365 * 1_440 / mps(year=2025, major="ROBBERY", borough="Westminster")
    c = one(check(real_store, "There was a robbery every hour in Westminster in 2025.", "2026-03-15"), "count")
    assert c.found == pytest.approx(round(gap, 1))
    assert c.verdict == ("accurate" if abs(gap - 60) <= 9 else "inaccurate")


def _months(year: int, major: str, borough: str) -> list[int]:
    return [mps(months=[f"{year}{m:02d}"], major=major, borough=borough) for m in range(1, 13)]


def test_a_bound_in_every_month_is_decided_by_the_quietest_or_busiest_month(real_store):
    months = _months(2025, "ROBBERY", "Newham")
    floor = min(months)
    text = f"There were more than {floor + 20} robberies in Newham in each month of 2025."
    c = one(check(real_store, text, "2026-03-15"), "count")
    assert c.found == floor and c.verdict == "inaccurate"     # the quietest month is below the bound
    assert c.period == "2025"                                  # 'of 2025' names the year
    ceiling = max(months)
    c = one(check(real_store, f"Robberies in Newham stayed below {ceiling + 5} in every month of 2025.",
                  "2026-03-15"), "count")
    assert c.found == ceiling and c.verdict == "accurate"


@pytest.mark.parametrize("borough", ["Croydon", "Lambeth", "Sutton"])
def test_that_is_n_a_day_is_the_figure_before_per_day_read_to_the_nearest_whole(real_store, borough):
    """'That is almost three a day': the count just given per day, holding when it rounds to the figure claimed."""
    from .raw import fy
    n = mps(months=fy(2025), major="BURGLARY", borough=borough)
    per_day = n / 365
    for claimed in {round(per_day), round(per_day) + 1}:
        text = f"In the year to March 2025 there were {n:,} burglaries in {borough}. That is about {claimed} a day."
        c = claim_with(check(real_store, text, "2025-06-01"), f"about {claimed} a day")
        assert c.claim.kind == "count" and (c.verdict in HOLDS) is (abs(per_day - claimed) <= max(0.5, 0.05 * claimed))
