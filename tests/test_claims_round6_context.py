"""Round 6: the place and period a claim is about when its sentence does not say, periods written
inside a sentence, homicide claims past the victims file, and figures that are not crime counts.

Every sentence is rendered from figures read here from the raw files (pyarrow / csv through the
helpers in test_claims_more, never crimestats), so a wrong reading of the data fails the test.
"""

from __future__ import annotations

import csv

import pytest

from conftest import need
from test_claims_more import HOLDS, gla_pop, mps

AS_OF = "2026-03-10"       # data run to February 2026; 'last year' is 2025
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
         11: "eleven", 12: "twelve"}


def check(store, text: str, as_of: str = AS_OF):
    import crimestats as cs

    return cs.check_text(store, text=text, as_of=as_of)


def claim_with(res, needle: str):
    hits = [c for c in res.claims if needle in (c.claim.claimed_text or "") or needle in c.claim.text]
    assert hits, [c.claim.text for c in res.claims]
    return hits[0]


def pct(now: float, then: float) -> float:
    return (now - then) / then * 100


# ----------------------------------------------------------------------------- place carried
def test_borough_named_in_passing_does_not_carry_to_a_new_subject(real_store):
    """A London article mentions Camden once; the next sentence, about another crime, is London's."""
    rob, cam = mps(year=2025, major="ROBBERY"), mps(year=2025, major="ROBBERY", borough="Camden")
    bur = mps(year=2025, major="BURGLARY")
    text = (f"Robbery in the capital: the figures\n\nRobbery fell to {rob:,} offences last year.\n\n"
            f"Camden alone logged {cam:,} robberies in 2025.\n\nBurglaries totalled {bur:,}.")
    c = claim_with(check(real_store, text), f"{bur:,}")
    assert c.area.startswith("London") and c.verdict == "accurate" and c.found == bur


def test_the_borough_points_back_past_a_scope_mention_of_london(real_store):
    """'in the borough ... than any other area of London': the borough, not London."""
    n = mps(year=2025, minor="HOMICIDE", borough="Croydon")
    text = (f"Croydon: a year of violence\n\nCroydon recorded {mps(year=2025, borough='Croydon'):,} crimes in 2025.\n\n"
            f"There were {n} homicide offences in the borough in 2025, a heavier toll than any other area of London.")
    c = claim_with(check(real_store, text), f"There were {n}")
    assert c.area == "Croydon" and c.found == n and c.verdict == "accurate"


def test_article_place_is_judged_even_when_london_would_fit(real_store):
    """A Sutton round-up: a change that fits London but not Sutton stays judged for Sutton."""
    lon = pct(mps(year=2025, minor="SHOPLIFTING"), mps(year=2024, minor="SHOPLIFTING"))
    sut = pct(mps(year=2025, minor="SHOPLIFTING", borough="Sutton"),
              mps(year=2024, minor="SHOPLIFTING", borough="Sutton"))
    claimed = round(abs(lon))
    text = (f"Sutton crime round-up\n\nSutton recorded {mps(year=2025, borough='Sutton'):,} offences in 2025.\n\n"
            f"Shoplifting went {'up' if lon > 0 else 'down'} {claimed}% last year.")
    c = claim_with(check(real_store, text), f"{claimed}%")
    assert c.area == "Sutton"
    holds_for_sutton = round(abs(sut)) == claimed and (sut > 0) == (lon > 0)
    assert c.verdict == ("accurate" if holds_for_sutton else "inaccurate")
    if not holds_for_sutton:
        assert "London as a whole" in c.explanation


def test_latest_period_of_a_sentence_carries_on(real_store):
    """'... last year, while ... in 2023.  Arson reached N.' -> N is for last year (2025)."""
    ars = mps(year=2025, major="ARSON AND CRIMINAL DAMAGE", minor="ARSON")
    text = ("London crime, 2025\n\nRobbery rose last year, while burglary fell in 2023.\n\n"
            f"Arson reached {ars:,} offences.")
    c = claim_with(check(real_store, text), f"{ars:,}")
    assert c.period == "2025" and c.verdict == "accurate"


# ----------------------------------------------------------------------------- periods in a sentence
def test_from_figure_with_its_own_year_after_the_noun(real_store):
    a, b = mps(year=2022, major="ROBBERY"), mps(year=2025, major="ROBBERY")
    res = check(real_store, f"Robbery in London climbed from {a:,} offences in 2022 to {b:,} last year.")
    first = claim_with(res, f"{a:,}")
    assert first.period == "2022" and first.found == a and first.verdict == "accurate"


def test_first_n_months_against_a_year_earlier(real_store):
    now = mps(months=[f"2025{m:02d}" for m in range(1, 5)], major="BURGLARY")
    then = mps(months=[f"2024{m:02d}" for m in range(1, 5)], major="BURGLARY")
    res = check(real_store, f"London saw {now:,} burglaries in the first four months of 2025, "
                            f"compared with {then:,} a year earlier.")
    c_now, c_then = claim_with(res, f"{now:,}"), claim_with(res, f"{then:,}")
    assert c_now.found == now and c_now.verdict == "accurate" and "January 2025" in c_now.period
    assert c_then.found == then and c_then.verdict == "accurate" and "January 2024" in c_then.period


def test_word_figure_up_from_the_year_before(real_store):
    """'up from seven the year before': a number word with no noun after it is the earlier count."""
    pick = [(b, mps(year=2024, minor="HOMICIDE", borough=b)) for b in ("Southwark", "Lambeth", "Newham", "Brent",
                                                                        "Croydon", "Haringey")]
    borough, before = next((b, n) for b, n in pick if n in WORDS)
    now = mps(year=2025, minor="HOMICIDE", borough=borough)
    res = check(real_store, f"{borough} recorded {now} homicides in 2025, up from {WORDS[before]} the year before.")
    c = claim_with(res, WORDS[before])
    assert c.period == "2024" and c.found == before and c.verdict == "accurate" and c.area == borough


# ----------------------------------------------------------------------------- homicide past the victims file
def test_borough_homicide_rate_after_the_victims_file_uses_offences(real_store):
    n, pop = mps(year=2025, minor="HOMICIDE", borough="Southwark"), gla_pop("Southwark", 2025)
    rate = n / pop * 100_000
    res = check(real_store, f"Southwark's murder rate in 2025 stood at about {rate:.1f} per 100,000 residents.")
    c = [c for c in res.claims if c.claim.kind == "rate"][0]
    assert c.verdict == "accurate_with_caveat" and abs(c.found - rate) < 0.01 and "different unit" in c.explanation


def _solved_share(year: int) -> float:
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if int(r["Year"]) == year]
    return 100 * sum(r["Solved_Status"] == "Solved" for r in rows) / len(rows)


@pytest.mark.parametrize("offset", [0, 9])
def test_solved_share_from_the_victims_file(real_store, offset):
    share = _solved_share(2019)
    claimed = round(share) + offset
    c = claim_with(check(real_store, f"Detectives solved {claimed}% of the killings in London in 2019."),
                   f"{claimed}%")
    assert abs(c.found - share) < 0.05
    assert c.verdict == ("accurate" if offset == 0 else "inaccurate")


# ----------------------------------------------------------------------------- not crime counts, or not figures
def test_population_named_before_the_figure(real_store):
    pop = gla_pop("Croydon", 2024)
    claimed = int(pop // 10_000 * 10_000)
    res = check(real_store, f"Croydon's population topped {claimed:,} in 2024.")
    c = claim_with(res, f"{claimed:,}")
    assert c.unit == "people" and c.found == round(pop) and c.verdict in HOLDS


def test_fraction_of_a_change_written_one_in_n(real_store):
    now, then = mps(year=2025, minor="SHOPLIFTING", borough="Camden"), mps(year=2024, minor="SHOPLIFTING",
                                                                           borough="Camden")
    ratio = now / then
    res = check(real_store, f"Shoplifting in Camden {'rose' if ratio > 1 else 'fell'} by around one in five in 2025.")
    c = claim_with(res, "one in five")
    assert c.claim.kind == "ratio" and abs(c.found - ratio) < 0.001
    change = abs(ratio - 1)
    assert c.verdict == ("accurate" if 0.16 <= change <= 0.24 else "inaccurate")


def test_under_a_large_figure_is_a_bound_not_an_age(real_store):
    n = mps(year=2025, major="VIOLENCE AGAINST THE PERSON", borough="Ealing")
    bound = (n // 1000 + 1) * 1000
    c = claim_with(check(real_store, f"Just under {bound:,} violence against the person offences were recorded "
                                     "in Ealing in 2025."), f"{bound:,}")
    assert c.found == n and c.verdict == "accurate"


def test_one_per_hundred_thousand_is_a_rate():
    from crimestats.claims.extract._extract import extract_claims

    (c,) = extract_claims("The capital's murder rate is roughly one per 100,000 people.")
    assert c.kind == "rate" and c.value == 1 and c.per == 100_000
    assert extract_claims("One of the men was arrested.") == []


def test_judgements_without_a_figure_are_opinions():
    from crimestats.claims.extract._extract import extract_claims

    for text in ("Residents deserve much better from the police.", "The courts are far too lenient on burglars."):
        (c,) = extract_claims(text)
        assert c.kind == "opinion"
    kinds = [c.kind for c in extract_claims("Burglary fell 5% in 2025, but residents deserve better.")]
    assert kinds == ["change"]
    assert extract_claims("The Met deserves credit for its new app.") == []
