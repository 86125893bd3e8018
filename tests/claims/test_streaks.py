"""Streaks: "N years in a row", "every year since Y", "in each of the last N years", "for a second
consecutive year", "the first fall since Y" — judged step by step over the series, never as one change.

Expected figures come from the raw files (``raw.py``: pyarrow / csv, never crimestats).
"""

from __future__ import annotations

import pytest

from .raw import homicide_victims, mps, owid_series, raw, table
from .support import HOLDS, assert_fields, check, claim_with, extracted_first, one


@pytest.mark.parametrize("text, want", [
    ("Homicides in London have fallen for four years in a row.", {"streak": 4, "direction": "down"}),
    ("Theft from the person fell by 15% in 2025, the first fall since 2020.", {"first_since": "2020"}),
    ("Vehicle crime in Harrow dipped for a second successive year.", {"streak": 2, "direction": "down"}),
    ("Robbery in Brent soared for a third consecutive year.", {"streak": 3, "direction": "up"}),
])
def test_extraction_of_new_forms(text, want):
    assert_fields(extracted_first(text, "record"), want)


def test_streak_and_first_fall_since(real_store):
    ys = {y: mps(year=y, minor="HOMICIDE") for y in range(2020, 2026)}
    falls = all(ys[y] < ys[y - 1] for y in range(2022, 2026))
    c = one(check(real_store, "Homicides in London have fallen for four years in a row.", "2026-03-20"), "record")
    assert c.verdict == ("accurate" if falls else "inaccurate")
    t = {y: mps(year=y, minor="THEFT FROM THE PERSON") for y in range(2019, 2026)}
    ok = t[2025] < t[2024] and t[2020] < t[2019] and all(t[y] >= t[y - 1] for y in range(2021, 2025))
    c = one(check(real_store, "Theft from the person fell in 2025, the first fall since 2020.", "2026-03-20"),
            "record")
    assert c.verdict == ("accurate" if ok else "inaccurate")


def test_country_rate_streak_every_year_since_uses_the_rate_series(real_store):
    rates = owid_series("Canada")
    last = max(rates)
    since = last - 4
    rising = all(rates[y] > rates[y - 1] for y in range(since + 1, last + 1))
    claims = check(real_store, f"Canada's homicide rate has gone up every year since {since}.", "2026-03-01")
    c = one(claims, "record", "every year since")
    assert c.measure == "homicide_rate"
    assert c.found == [round(rates[y], 2) for y in range(since, last + 1)]
    assert c.verdict == ("accurate" if rising else "inaccurate")


def test_streak_in_each_of_the_last_years_names_the_failing_steps(real_store):
    rates = owid_series("France")
    last = max(rates)
    falls = [rates[y] < rates[y - 1] for y in range(last - 2, last + 1)]
    claims = check(real_store, "France's homicide rate fell in each of the last three years.", "2026-03-01")
    c = one(claims, "record", "each of the last three years")
    assert c.verdict == ("accurate" if all(falls) else "inaccurate")
    assert len(c.found) == 4


def test_ordinal_streak_is_every_step_not_one_change(real_store):
    b = table("VEHICLE OFFENCES", 2024)[0][0]
    v = {y: raw("VEHICLE OFFENCES", y, b) for y in (2021, 2022, 2023, 2024)}
    rose_twice = v[2024] > v[2023] > v[2022]
    claims = check(real_store, f"Vehicle offences in {b} went up for a second consecutive year in 2024.",
                   "2025-02-01")
    c = one(claims, "record", "second consecutive year")
    assert c.verdict == ("accurate" if rose_twice else "inaccurate"), c.explanation


@pytest.mark.parametrize("text, want", [
    ("Robbery fell last year, ending two years of rises.", {"streak": 2, "direction": "up", "streak_ended": True}),
    ("Burglary fell, the first fall after three consecutive annual rises.",
     {"streak": 3, "direction": "up", "streak_ended": True}),
    ("Theft rose in 2025, breaking a run of two years of decline.",
     {"streak": 2, "direction": "down", "streak_ended": True}),
])
def test_a_streak_ended_by_the_periods_change_is_read(text, want):
    assert_fields(extracted_first(text, "record"), want)


@pytest.mark.parametrize("borough,major", [("Newham", "ROBBERY"), ("Westminster", "THEFT"), ("Harrow", "BURGLARY")])
def test_an_ended_streak_needs_the_run_and_the_turn(real_store, borough, major):
    ys = {y: mps(year=y, major=major, borough=borough) for y in range(2022, 2026)}
    rises = ys[2023] > ys[2022] and ys[2024] > ys[2023]
    falls = ys[2023] < ys[2022] and ys[2024] < ys[2023]
    ended_rise = rises and ys[2025] < ys[2024]
    ended_fall = falls and ys[2025] > ys[2024]
    crime = major.lower()
    for words, holds in (("ending two years of rises", ended_rise), ("ending two years of decline", ended_fall)):
        c = one(check(real_store, f"{crime.capitalize()} in {borough} changed in 2025, {words}.", "2026-03-15"),
                "record")
        assert c.found == [ys[y] for y in range(2022, 2026)]
        assert c.verdict == ("accurate" if holds else "inaccurate"), (borough, words, ys)


def test_a_bare_verb_streak_and_an_end_year_are_read():
    c = extracted_first("Southwark has now seen bike theft fall for five years in a row.", "record")
    assert (c.streak, c.direction) == (5, "down")
    c = extracted_first("Canada's homicide rate rose for four years in a row up to 2022.", "record")
    assert (c.streak, c.period_text) == (4, "up to 2022")


def test_k_of_the_last_n_years_counts_the_steps_that_way(real_store):
    """'fallen in K of the last N years': the yearly steps that fell among the last N, exactly K."""
    ys = {y: mps(year=y, major="ROBBERY", borough="Haringey") for y in range(2020, 2026)}
    falls = sum(ys[y] < ys[y - 1] for y in range(2021, 2026))
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    right = one(check(real_store, f"Robbery in Haringey has fallen in {words[falls] if falls else 'none'} of the last "
                                  "five years.", "2026-01-15"))
    wrong = one(check(real_store, f"Robbery in Haringey has fallen in {words[(falls % 5) + 1]} of the last five years.",
                      "2026-01-15"))
    if falls:
        assert right.verdict == "accurate" and right.period == "2025"
    assert wrong.verdict == "inaccurate" and f"{falls} fall" in wrong.explanation


@pytest.mark.parametrize("since", [2022, 2023])
def test_rose_for_the_first_time_since_a_year_is_a_first_rise(real_store, since):
    """'rose in <year> for the first time since <Y>': a rise now, a rise in Y and none between (not a change
    against Y)."""
    ys = {y: mps(year=y, major="BURGLARY", borough="Sutton") for y in range(since - 1, 2026)}
    rises = {y: ys[y] > ys[y - 1] for y in range(since, 2026)}
    holds = rises[2025] and rises[since] and not any(rises[y] for y in range(since + 1, 2025))
    c = one(check(real_store, f"Burglaries in Sutton rose in 2025 for the first time since {since}.", "2026-02-01"))
    assert c.claim.kind == "record" and (c.verdict in ("accurate", "accurate_with_caveat")) == holds


def test_a_headline_streak_with_the_place_between(real_store):
    ys = {y: mps(year=y, borough="Bexley") for y in (2023, 2024, 2025)}
    holds = ys[2025] < ys[2024] < ys[2023]
    c = one(check(real_store, "Crime down in Bexley for second year\n\nThe council welcomed the figures.", "2026-01-20"))
    assert c.claim.kind == "record" and (c.verdict in ("accurate", "accurate_with_caveat")) == holds


def test_over_the_same_period_takes_the_span_of_the_claim_before(real_store):
    a = {y: mps(year=y, major="ROBBERY", borough=b) for b in ("Brent",) for y in (2015, 2025)}
    c_ = {y: mps(year=y, major="ROBBERY", borough="Ealing") for y in (2015, 2025)}
    text = (f"Robbery in Brent went from {a[2015]:,} in 2015 to {a[2025]:,} in 2025. In Ealing robbery has more than "
            "doubled over the same period.")
    c = claim_with(check(real_store, text, "2026-02-01"), "doubled")
    assert abs(c.found - c_[2025] / c_[2015]) < 0.01 and (c.verdict in ("accurate", "accurate_with_caveat")) == (
        c_[2025] / c_[2015] > 2)


@pytest.mark.parametrize("borough", ["Camden", "Croydon", "Ealing"])
@pytest.mark.parametrize("words", ["rose every single month from February through to May 2024",
                                   "rose month on month from February to May 2024"])
def test_month_on_month_sets_each_month_against_the_one_before(real_store, borough, words):
    """'rose every month from <month> to <month>': every step of the run a rise, else inaccurate."""
    run = [mps(months=[f"2024{m:02d}"], major="BURGLARY", borough=borough) for m in range(2, 6)]
    rises = all(b > a for a, b in zip(run, run[1:], strict=False))
    c = one(check(real_store, f"Burglary in {borough} {words}.", "2024-09-01"), "direction")
    assert (c.verdict in HOLDS) is rises and c.verdict in ("accurate", "inaccurate"), c.explanation
    assert "month on month" in c.explanation and "a year earlier" not in c.explanation


def test_after_a_run_of_rises_the_fall_ends_the_streak(real_store):
    """'After three straight years of increases, <crime> finally turned down in <year>': three rises, then a fall;
    'after two years of rises, <crime> rose again' is no streak ended."""
    s = {y: raw("ROBBERY", y) for y in range(2018, 2026)}
    y = 2025
    n = next(k for k in range(1, 7) if not s[y - k] > s[y - k - 1])  - 1     # rises in a row before y
    said = max(n, 2)
    c = claim_with(check(real_store, f"After {said} straight years of increases, robbery in London finally turned "
                                     f"down in {y}.", f"{y + 1}-02-01"), "years of increases")
    holds = s[y] < s[y - 1] and all(s[y - k] > s[y - k - 1] for k in range(1, said + 1))
    assert c.claim.kind == "record" and (c.verdict in HOLDS) == holds, c.explanation
    assert not [c for c in check(real_store, "After two years of rises, robbery in London rose again in 2025.",
                                 "2026-02-01") if c.claim.kind == "record"]


def test_every_year_since_after_a_year_named_before(real_store):
    """'<crime> peaked in <year> and has fallen every year since': a streak since that year."""
    by = {y: mps(year=y, major="BURGLARY", borough="Bromley") for y in range(2011, 2026)}
    peak = max(by, key=by.__getitem__)
    falls = all(by[y] < by[y - 1] for y in range(peak + 1, 2026))
    text = f"Burglary in Bromley peaked in {peak} and has fallen every year since."
    c = claim_with(check(real_store, text, "2026-03-20"), "every year since")
    assert c.claim.kind == "record" and (c.verdict in HOLDS) == falls, c.explanation


@pytest.mark.parametrize("text, want", [
    ("Shoplifting in Camden rose for the third month running.", {"streak": 3, "direction": "up", "streak_months": True}),
    ("Burglary in Ealing has fallen for four consecutive months.", {"streak": 4, "direction": "down",
                                                                    "streak_months": True}),
    ("Robbery in Brent went up in each of the last three months.", {"streak": 3, "streak_months": True}),
    ("Robbery in Brent soared for a third consecutive year.", {"streak": 3, "streak_months": False}),
])
def test_a_streak_of_months_is_read_as_monthly_steps(text, want):
    assert_fields(extracted_first(text, "record"), want)


def _monthly(major: str, borough: str, year: int, last: int, n: int) -> list[int]:
    return [mps(months=[f"{year}{m:02d}"], major=major, borough=borough) for m in range(last - n, last + 1)]


@pytest.mark.parametrize("borough", ["Camden", "Croydon", "Newham"])
def test_a_monthly_streak_is_every_month_on_month_step(real_store, borough):
    """'<crime> in <borough> rose for the third month running in <month>': the three steps into that month, each a
    rise; any step that is not fails it, named in the explanation."""
    seq = _monthly("THEFT", borough, 2025, 6, 3)
    up = all(b > a for a, b in zip(seq, seq[1:], strict=False))
    c = one(check(real_store, f"Theft in {borough} rose for the third month running in June 2025.", "2025-08-01"),
            "record")
    assert c.found == seq and c.period == "June 2025"
    assert c.verdict == ("accurate" if up else "inaccurate"), c.explanation


def test_a_streak_since_a_named_peak_or_low_is_yearly(real_store):
    r = {y: mps(year=y, major="ROBBERY") for y in (2021, 2022, 2023)}
    c = one(check(real_store, "Robbery in London has risen every year since its 2021 low.", "2024-06-01"), "record")
    assert c.claim.streak and (c.verdict in HOLDS) == (r[2021] < r[2022] < r[2023]), c.explanation


def test_a_streak_broken_before_a_missing_year_is_inaccurate(real_store):
    """'risen every year since <year>' with the last year incomplete in the file: a step before it that went the
    other way decides."""
    d = {y: homicide_victims(y, Domestic_Abuse="Domestic Abuse") for y in range(2016, 2023)}
    fell = [y for y in range(2017, 2023) if d[y] <= d[y - 1]]
    assert fell, "the raw data has no fall to test with"
    c = one(check(real_store, "Domestic homicides in London have risen every year since 2016.", "2026-02-01"), "record")
    assert c.verdict == "inaccurate", c.explanation


def test_every_month_since_a_month_steps_each_month_to_the_latest(real_store):
    """'has fallen in every month since <month>': every step from that month to the last complete one."""
    months = [f"2024{m:02d}" for m in range(4, 12)]
    vals = [mps(months=[k], major="BURGLARY", borough="Enfield") for k in months]
    falls = all(b < a for a, b in zip(vals, vals[1:], strict=False))
    c = one(check(real_store, "Burglary in Enfield has fallen in every month since April.", "2024-12-10"), "record")
    assert c.claim.streak_months and c.period == "November 2024" and (c.verdict in HOLDS) == falls, c.explanation
    assert len(c.found) == len(months), c.found


def test_every_year_since_an_event_in_a_year_is_a_streak_since_that_year():
    from crimestats.claims import extract_claims
    [c] = [c for c in extract_claims("Violent crime has gone up every single year since the Mayor was re-elected in 2021.")
           if c.kind == "record"]
    assert (c.since_text, c.streak, c.direction) == ("2021", 1, "up")


def test_the_first_year_since_a_year_in_which_a_figure_fell():
    from crimestats.claims import extract_claims
    [c] = [c for c in extract_claims("Last year was the first calendar year since 2020 in which the borough's figure fell.")
           if c.kind == "record"]
    assert (c.first_since, c.direction) == ("2020", "down")
