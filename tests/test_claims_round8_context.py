"""Round 8 (context): baseline years are not the claim's period, months and month ranges without a
year, place words that are not places, subjects outside recorded crime, fraction comparatives.

Sentences are new phrasings (not the set-5 wording); their figures are read here from the raw
files (csv through the helpers in test_claims_more, never crimestats), so a wrong reading fails.
"""

from __future__ import annotations

from datetime import date

import pytest

from test_claims_more import HOLDS, fy, gla_pop, mps
from test_claims_round6_context import claim_with, pct

AS_OF = "2026-03-19"       # data run to February 2026; 'last year' is 2025, 'last month' February 2026
FEB26, FEB25 = ["202602"], ["202502"]


def check(store, text: str, as_of: str = AS_OF):
    import crimestats as cs

    return cs.check_text(store, text=text, as_of=as_of)


def word(change: float, down: str = "down", up: str = "up") -> str:
    return down if change < 0 else up


# ----------------------------------------------------------------------------- pure text
def test_baseline_years_are_not_periods():
    from crimestats.claims.extract._extract import extract_claims

    claims = extract_claims("Burglary was 9% down on 2023, and 30% lower than the high of 2,000 reached in 2018.")
    assert [c.period_text for c in claims if c.unit == "percent"] == [None, None]
    assert [c.baseline_text for c in claims if c.unit == "percent"] == ["2023", "2018"]
    # a place compared and a bound are not baselines: the year stays the claim's own
    (c,) = [c for c in extract_claims("Brent had more stabbings than any other borough in 2017.") if c.kind == "comparison"]
    assert c.period_text == "in 2017"
    (c,) = [c for c in extract_claims("Thefts reached more than 16,000 in 2021.") if c.kind == "count"]
    assert c.period_text in ("2021", "in 2021")


def test_month_ranges_without_a_year():
    from crimestats.claims.extract._months import month_range

    day = date(2026, 3, 19)
    p = month_range("the three months to February", as_of=day)
    assert (p.start, p.end) == (date(2025, 12, 1), date(2026, 2, 1))
    p = month_range("November to January", as_of=day)
    assert (p.start, p.end) == (date(2025, 11, 1), date(2026, 1, 1))
    p = month_range("the six months to October", as_of=day)         # October 2025: the latest complete one
    assert (p.start, p.end) == (date(2025, 5, 1), date(2025, 10, 1))
    assert month_range("last year", as_of=day) is None


# ----------------------------------------------------------------------------- baselines
def test_baselines_after_on_and_peak_of_keep_the_articles_year(real_store):
    """'X% down on 2024, and Y% below the 2019 level of N': both about 2025, and the next sentence too."""
    b = {y: mps(year=y, major="BURGLARY", borough="Lambeth") for y in (2019, 2024, 2025)}
    r25, r24 = mps(year=2025, major="ROBBERY", borough="Lambeth"), mps(year=2024, major="ROBBERY", borough="Lambeth")
    x, y, z = pct(b[2025], b[2024]), pct(b[2025], b[2019]), pct(r25, r24)
    text = (f"Lambeth burglary falls\n\nLambeth recorded {b[2025]:,} burglaries last year.\n\n"
            f"That is {abs(round(x))}% {word(x, 'down', 'up')} on 2024, and {abs(round(y))}% "
            f"{word(y, 'lower', 'higher')} than the peak of {b[2019]:,} in 2019.\n\n"
            f"Robbery {word(z, 'fell', 'rose')} by {abs(round(z))}%.")
    res = check(real_store, text)
    c1, c2 = claim_with(res, f"{abs(round(x))}%"), claim_with(res, f"{abs(round(y))}%")
    assert c1.period == c2.period == "2025"
    assert c1.verdict in HOLDS and c2.verdict in HOLDS
    assert abs(c2.found - round(y, 1)) < 0.15
    c3 = claim_with(res, f"{abs(round(z))}%")
    assert c3.period == "2025" and c3.verdict in HOLDS and abs(c3.found - round(z, 1)) < 0.15


def test_compared_with_last_years_month_and_bare_month(real_store):
    """'N in February, against M in February 2025': the bare month is February 2026; it carries on."""
    now, then = mps(months=FEB26, borough="Hackney"), mps(months=FEB25, borough="Hackney")
    v26, v25 = (mps(months=m, major="VIOLENCE AGAINST THE PERSON", borough="Hackney") for m in (FEB26, FEB25))
    z = pct(v26, v25)
    text = (f"Hackney crime update\n\nPolice in Hackney logged {now:,} crimes in February, against {then:,} "
            f"in February 2025.\n\nViolence against the person {word(z, 'fell', 'rose')} by {abs(round(z))}% "
            "on the same month last year.")
    res = check(real_store, text)
    a, b = claim_with(res, f"{now:,}"), claim_with(res, f"{then:,}")
    assert (a.period, a.found, a.verdict) == ("February 2026", now, "accurate")
    assert (b.period, b.found, b.verdict) == ("February 2025", then, "accurate")
    c = claim_with(res, f"{abs(round(z))}%")
    assert c.period == "February 2026" and c.verdict in HOLDS and abs(c.found - round(z, 1)) < 0.15


@pytest.mark.parametrize("span", ["In the three months to February", "Between December and February"])
def test_quarter_without_a_year_against_the_same_months(real_store, span):
    months = ["202512", "202601", "202602"]
    before = ["202412", "202501", "202502"]
    now, then = mps(months=months, major="ROBBERY", borough="Westminster"), \
        mps(months=before, major="ROBBERY", borough="Westminster")
    x = pct(now, then)
    text = (f"Westminster robbery\n\nWestminster recorded {mps(year=2025, borough='Westminster'):,} offences in 2025. "
            f"{span}, robbery {word(x, 'fell', 'rose')} by {abs(round(x))}% compared with a year earlier.")
    c = claim_with(check(real_store, text), f"{abs(round(x))}%")
    assert c.period == "December 2025 to February 2026"
    assert c.verdict in HOLDS and abs(c.found - round(x, 1)) < 0.15


def test_fraction_fewer_than_the_same_period_of_an_earlier_year(real_store):
    now = mps(months=[f"2024{m:02d}" for m in range(1, 7)], major="ROBBERY")
    then = mps(months=[f"2021{m:02d}" for m in range(1, 7)], major="ROBBERY")
    ratio = now / then
    text = ("There were a quarter more robberies in the first six months of 2024 than in the same period "
            "of 2021.")
    c = claim_with(check(real_store, text), "a quarter more")
    assert c.kind == "ratio" and c.period == "January 2024 to June 2024"
    assert abs(c.found - round(ratio, 3)) < 0.002
    assert c.verdict == ("accurate" if 1.20 <= ratio <= 1.30 else "inaccurate")


def test_roughly_the_same_as_a_year_earlier(real_store):
    now, then = mps(months=FEB26, major="BURGLARY", borough="Hackney"), \
        mps(months=FEB25, major="BURGLARY", borough="Hackney")
    text = "Burglary in Hackney was broadly the same last month as a year earlier."
    c = claim_with(check(real_store, text), "the same")
    assert c.kind == "equality" and c.period == "February 2026" and c.found == then
    assert (c.verdict == "accurate") == (abs(now - then) / then <= 0.10)


# ----------------------------------------------------------------------------- places
def test_westminster_hall_is_parliament_not_the_borough(real_store):
    n = mps(year=2025, major="ROBBERY")
    text = (f"Robbery: a debate in Westminster Hall\n\nMr Speaker, last year the Metropolitan Police recorded "
            f"{n:,} robberies.")
    c = claim_with(check(real_store, text), f"{n:,}")
    assert c.area.startswith("London") and c.found == n and c.verdict == "accurate"


def test_a_boroughs_rate_set_against_the_london_average_stays_the_boroughs(real_store):
    total = mps(months=fy(2025), borough="Camden")
    rate = total / gla_pop("Camden", 2024) * 1000
    text = (f"Camden community safety assessment\n\nCamden recorded {total:,} offences in 2024/25. "
            f"The crime rate, at {round(rate)} offences per 1,000 residents, is well above the London average.")
    c = claim_with(check(real_store, text), f"{round(rate)} offences per 1,000")
    assert c.area == "Camden" and c.kind == "rate"
    assert abs(c.found - rate) < 1.5 and c.verdict in HOLDS


def test_leaving_aside_the_city_is_not_the_place(real_store):
    text = ("Knife crime across England\n\nKnife crime in London rose in 2018/19. Setting aside the small City "
            "of London, the Met had the highest rate of any force, at 150 offences per 100,000 people.")
    c = claim_with(check(real_store, text), "150 offences")
    assert c.area.startswith("London") and c.measure == "knife_crime"


# ----------------------------------------------------------------------------- subjects outside the data
@pytest.mark.parametrize("sentence, what", [
    ("Police response times in the capital have reached a record high.", "response"),
    ("999 calls rose by a fifth last year.", "calls"),
    ("Court backlogs have doubled since 2019.", "court"),
])
def test_subjects_outside_recorded_crime_are_unverifiable(real_store, sentence, what):
    bur = mps(year=2025, major="BURGLARY")
    text = f"London crime in 2025\n\nBurglary fell to {bur:,} last year.\n\n{sentence}"
    res = check(real_store, text)
    assert claim_with(res, f"{bur:,}").verdict == "accurate"
    out = [c for c in res.claims if c.claim.sentence_index == res.claims[-1].claim.sentence_index]
    assert out and all(c.verdict == "unverifiable" and c.measure is None for c in out)
    assert what in out[0].explanation.lower()


def test_workforce_in_a_short_sentence(real_store):
    res = check(real_store, "The force lost 640 detectives in 2025.")
    c = claim_with(res, "640")
    assert c.verdict == "unverifiable" and "workforce" in c.explanation


def test_opinion_without_figures():
    from crimestats.claims.extract._extract import extract_claims

    (c,) = extract_claims("These figures are a national scandal that shames the whole city.")
    assert c.kind == "opinion"
    assert extract_claims("The report was published on Tuesday.") == []
