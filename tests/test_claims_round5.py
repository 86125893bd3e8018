"""Claim checker round 5: 'offences involving a knife or sharp instrument' outside London read the ONS
knife series (England, regions, forces; years ending March), and England and Wales is said to be
beyond it.

Expected figures are worked out here from the raw files (csv, never crimestats).
"""

from __future__ import annotations

import csv

import pytest

from conftest import need
from test_claims_more import check, one

HOLDS = {"accurate", "accurate_with_caveat"}
_KNIFE = "knife-crime/britishdrugdynamics"


def ons_knife(file: str, column: str, year_ending_march: int) -> int:
    """One cell of the compiled ONS knife table (the 'year' label is the year ending March)."""
    with open(need(f"{_KNIFE}/{file}"), newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            if int(row["year"]) == year_ending_march:
                return int(float(row[column]))
    raise KeyError((column, year_ending_march))


# ----------------------------------------------------------------------------- 1. knife or sharp instrument
@pytest.mark.parametrize("true", [True, False])
def test_knife_or_sharp_instrument_in_a_force_reads_the_ons_series(real_store, true):
    n = ons_knife("knifecrime_polices.csv", "West Yorkshire", 2017)
    claimed = n if true else n + 250
    text = (f"There were {claimed:,} offences involving a knife or sharp instrument in West Yorkshire "
            "in the year ending March 2017.")
    c = one(check(real_store, text, "2017-08-01"), "count")
    assert c.measure == "knife_crime"
    assert c.found == n
    assert (c.verdict == "accurate") is true, c.explanation


def test_knife_or_sharp_instrument_change_for_england(real_store):
    now = ons_knife("knifecrime_England_and_Regions.csv", "England", 2018)
    then = ons_knife("knifecrime_England_and_Regions.csv", "England", 2017)
    pct = round((now - then) / then * 100)
    text = (f"Offences involving a knife or sharp instrument in England rose {pct}% in the year "
            "ending March 2018.")
    c = one(check(real_store, text, "2018-08-01"), "change")
    assert c.measure == "knife_crime"
    assert c.verdict == "accurate", c.explanation


def test_england_and_wales_is_checked_against_england_and_says_so(real_store):
    eng = ons_knife("knifecrime_England_and_Regions.csv", "England", 2017)
    text = (f"There were {eng:,} offences involving a knife or sharp instrument in England and Wales "
            "in the year ending March 2017.")
    c = one(check(real_store, text, "2017-08-01"), "count")
    assert c.measure == "knife_crime"
    assert c.verdict == "accurate_with_caveat", c.explanation
    assert "Wales" in c.explanation and "England" in c.explanation
    # a figure well above England's is neither confirmed nor refuted: Wales is not in the series
    far = one(check(real_store, text.replace(f"{eng:,}", f"{eng + 4000:,}"), "2017-08-01"), "count")
    assert far.verdict == "unverifiable", far.explanation
    assert "Welsh" in far.explanation


def test_england_and_wales_after_the_series_ends_is_unverifiable_not_all_crime(real_store):
    text = ("Offences involving a knife or sharp instrument rose 7% to 50,489 in England and Wales "
            "in the year ending March 2023.")
    claims = check(real_store, text, "2023-08-01")
    for kind in ("change", "count"):
        c = one(claims, kind)
        assert c.measure == "knife_crime"
        assert c.verdict == "unverifiable", c.explanation


# ----------------------------------------------------------------------------- 2. a rate carried along
@pytest.mark.parametrize("true", [True, False])
def test_bare_figure_against_a_rate_is_a_rate_with_the_same_base(real_store, true):
    from test_claims_more import owid

    de, us = owid("Germany", 2021), owid("United States", 2021)
    claimed = round(us, 1) if true else round(us + 2, 1)
    text = (f"The homicide rate in Germany was {de:.1f} per 100,000 people in 2021, "
            f"compared with {claimed} in the United States.")
    claims = check(real_store, text, "2023-07-20")
    c = next(c for c in claims if c.claim.kind == "rate" and c.claim.claimed_text.startswith(str(claimed)))
    assert c.claim.per == 100_000
    assert c.area == "United States"
    assert abs(c.found - round(us, 2)) < 0.006
    assert (c.verdict == "accurate") is true, c.explanation


def test_a_count_after_compared_with_stays_a_count(real_store):
    from test_claims_more import mps

    a, b = mps(year=2023, major="BURGLARY"), mps(year=2022, major="BURGLARY")
    text = f"There were {a:,} burglaries in London in 2023, compared with {b:,} in 2022."
    kinds = [c.claim.kind for c in check(real_store, text, "2024-03-01")]
    assert "rate" not in kinds


# ----------------------------------------------------------------------------- 3. 'from 2019' / 'since 2019'
def _unsolved(year: int) -> int:
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        return sum(1 for r in csv.DictReader(fh) if int(r["Year"]) == year and r["Solved_Status"] == "Unsolved")


@pytest.mark.parametrize("true", [True, False])
def test_figure_noun_from_a_year_is_that_years_figure(real_store, true):
    n = _unsolved(2019)
    claimed = n if true else n + 9
    text = f"In 2020 the Met opened a new cold-case unit. Some {claimed} homicides from 2019 remain unsolved."
    c = one(check(real_store, text, "2026-03-20"), "count", key=str(claimed))
    assert c.period == "2019"
    assert c.found == n
    assert (c.verdict in HOLDS) is true, c.explanation


def test_figure_noun_since_a_year_is_the_total_since(real_store):
    from test_claims_more import mps

    months = [f"{y}{m:02d}" for y in (2024, 2025) for m in range(1, 13)] + ["202601", "202602"]
    total = mps(months=months, major="BURGLARY")
    text = f"There have been {total:,} burglaries in London since 2024."
    c = one(check(real_store, text, "2026-03-20"), "count")
    assert c.period.startswith("January 2024 to February 2026")
    assert c.found == total
    assert c.verdict == "accurate", c.explanation


# ----------------------------------------------------------------------------- 4. 'a month'
@pytest.mark.parametrize("over", [True, False])
def test_up_to_n_a_month_is_the_busiest_month_not_the_total(real_store, over):
    from test_claims_more import mps

    monthly = [mps(months=[f"2024{m:02d}"], major="BURGLARY") for m in range(1, 13)]
    top = max(monthly)
    claimed = round(top, -2) if not over else round(top * 0.6, -2)
    text = f"Police recorded up to {claimed:,} burglaries a month in London in 2024."
    c = one(check(real_store, text, "2025-03-01"), "count")
    assert c.found == top            # the busiest month, never the year's total
    assert (c.verdict == "accurate") is (not over), c.explanation


def test_n_a_month_is_the_monthly_average(real_store):
    from test_claims_more import mps

    total = mps(year=2024, major="ROBBERY")
    avg = total / 12
    text = f"There were {round(avg):,} robberies a month in London in 2024."
    c = one(check(real_store, text, "2025-03-01"), "count")
    assert abs(c.found - round(avg, 1)) < 0.06
    assert c.verdict == "accurate", c.explanation


# ----------------------------------------------------------------------------- the figure's own noun
def test_a_figures_own_noun_beats_a_measure_named_earlier_in_the_sentence(real_store):
    from test_claims_more import mps

    shop = mps(year=2023, minor="SHOPLIFTING")
    tfp = mps(year=2023, minor="THEFT FROM THE PERSON")
    text = (f"Shoplifting offences numbered {shop:,}, while there were {tfp:,} thefts from the person "
            "in London in 2023.")
    claims = check(real_store, text, "2024-03-01")
    c = one(claims, "count", key=f"{tfp:,}")
    assert c.claim.claimed_text == f"{tfp:,}"
    assert c.measure == "theft_from_person"
    assert c.found == tfp and c.verdict == "accurate", c.explanation
