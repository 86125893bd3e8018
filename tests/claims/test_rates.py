"""Rates per N residents: a borough's crime rate on its population, a bare figure after a rate read
with the same base, homicide rates past the victims file, the force-area population named when it is
the one that fits, and round rates ("about 1,230 per 100,000") judged at their last non-zero digit.

Expected figures come from the raw files and populations (``raw.py``: csv / pyarrow, never
crimestats).  (A rate set against London's or another country's is in test_comparisons.py.)
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims

from .raw import gla_pop, gla_population, met_knife_fy, mps, owid, pfa_pop, table
from .support import HOLDS, check, one


def test_one_per_hundred_thousand_is_a_rate():
    (c,) = extract_claims("The capital's murder rate is roughly one per 100,000 people.")
    assert c.kind == "rate" and c.value == 1 and c.per == 100_000
    assert extract_claims("One of the men was arrested.") == []


def test_rate_per_thousand_with_borough_population(real_store):
    rate = mps(year=2024, borough="Westminster") * 1000 / gla_pop("Westminster", 2024)
    c = one(check(real_store, f"Westminster's crime rate of {rate:.0f} crimes per 1,000 residents in 2024 "
                              "is the highest in the capital.", "2025-01-20"), "rate")
    assert c.verdict in HOLDS and abs(c.found - rate) < 0.5
    c = one(check(real_store, f"Westminster's crime rate of {rate * 1.3:.0f} crimes per 1,000 residents "
                              "in 2024.", "2025-01-20"), "rate")
    assert c.verdict == "inaccurate"


@pytest.mark.parametrize("true", [True, False])
def test_bare_figure_against_a_rate_is_a_rate_with_the_same_base(real_store, true):
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
    a, b = mps(year=2023, major="BURGLARY"), mps(year=2022, major="BURGLARY")
    text = f"There were {a:,} burglaries in London in 2023, compared with {b:,} in 2022."
    kinds = [c.claim.kind for c in check(real_store, text, "2024-03-01")]
    assert "rate" not in kinds


def test_borough_homicide_rate_after_the_victims_file_uses_offences(real_store):
    n, pop = mps(year=2025, minor="HOMICIDE", borough="Southwark"), gla_pop("Southwark", 2025)
    rate = n / pop * 100_000
    claims = check(real_store, f"Southwark's murder rate in 2025 stood at about {rate:.1f} per 100,000 residents.",
                   "2026-03-10")
    c = [c for c in claims if c.claim.kind == "rate"][0]
    assert c.verdict == "accurate_with_caveat" and abs(c.found - rate) < 0.01 and "different unit" in c.explanation


def test_met_rate_on_the_force_area_population_is_named_not_silently_switched(real_store):
    n, pop = met_knife_fy(2018), pfa_pop(2017)       # 2017/18, with the mid-2017 force-area estimate
    rate = 100_000 * n / pop
    claims = check(real_store, f"In 2017/18 the Met recorded {round(rate)} knife offences for every "
                               "100,000 people.", "2026-03-15")
    c = one(claims, "rate", "100,000")
    assert c.verdict == "accurate_with_caveat"
    assert c.found == round(rate, 2)
    assert "police force area" in c.explanation and "London region" in c.explanation


def test_round_rate_holds_at_its_last_nonzero_digit(real_store):
    pops = gla_population(2024)
    for b, n in table("THEFT", 2024):
        rate = 100_000 * n / pops[b]
        if rate >= 1000 and round(rate) % 10 != 0:
            break
    else:
        pytest.skip("no borough with a suitable rate")
    tens = int(round(rate / 10) * 10)
    claims = check(real_store, f"{b} recorded {tens:,} theft offences per 100,000 residents in 2024.", "2025-03-01")
    c = one(claims, "rate")
    assert c.verdict in HOLDS, c.explanation
    off = tens + 20 if tens > rate else tens - 20
    claims = check(real_store, f"{b} recorded {off:,} theft offences per 100,000 residents in 2024.", "2025-03-01")
    assert one(claims, "rate").verdict == "inaccurate"


def test_everyday_crime_words_of_the_catalogue_name_the_rate(real_store):
    """'violent offences for every 1,000 residents' is violence against the person, not all crime."""
    c = one(check(real_store, "In Croydon that works out at about 27 violent offences for every 1,000 residents "
                              "in 2024.", "2025-02-12"), "rate")
    assert c.measure == "violence_against_the_person"


def test_a_crime_rate_named_after_a_crimes_figure_is_all_crimes_rate_and_ranks_by_rate(real_store):
    """'<borough> had the fewest <crimes> of any borough, just N, and its crime rate, at about R offences per 1,000
    people, is only the Kth lowest in London': R and K are all crime per resident, not the crime before."""
    from .raw import boroughs
    pop = gla_population(2025)
    rates = {b: 1000 * mps(year=2025, borough=b) / pop[b] for b in boroughs()}
    order = sorted(rates, key=rates.__getitem__)
    b = order[6]
    n = mps(year=2025, major="BURGLARY", borough=b)
    text = (f"In 2025 {b} recorded {n:,} burglaries, and its crime rate, at about {rates[b]:.0f} offences per 1,000 "
            "people, is only the seventh lowest in London.")
    got = check(real_store, text, "2026-03-19")
    r = one(got, "rate")
    assert r.measure == "all_crime" and r.verdict in HOLDS, r.explanation
    k = one(got, "comparison")
    assert k.measure == "all_crime" and k.verdict in HOLDS, k.explanation


def test_the_london_average_of_n_beside_a_rate_is_londons_rate_not_a_count(real_store):
    """'<borough> has N crimes per 1,000 people, well below the London average of M': M is London's rate."""
    got = check(real_store, "Havering has 68 crimes per 1,000 people, well below the London average of 95.",
                "2026-03-20")
    assert not [c for c in got if c.claim.kind == "count"]
    assert [c.claim.kind for c in got if "95" in (c.claim.claimed_text or "")] == ["rate"]


def test_a_rate_from_one_figure_to_another_between_two_years(real_store):
    a, b = owid("England and Wales", 2015), owid("England and Wales", 2016)
    text = f"The homicide rate for England and Wales went from {a:.2f} to {b:.2f} per 100,000 between 2015 and 2016."
    rates = [c for c in check(real_store, text, "2019-02-20") if c.claim.kind == "rate"]
    assert [(c.period, c.verdict in HOLDS) for c in rates] == [("2015", True), ("2016", True)], \
        [c.explanation for c in rates]
