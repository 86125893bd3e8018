"""Two crimes compared in one place and period ('more burglaries than robberies', 'thefts outnumbered
violent crimes', 'twice as many thefts as burglaries'): a crime pair, judged on both crimes' counts for
the place, never a place or a year compared.

Expected figures come from the raw files (``raw.py``: csv / pyarrow, never crimestats).
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims
from crimestats.claims._model import ClaimKind, frame_kind

from .raw import mps
from .support import check, one


def _pair(borough: str, a: str, b: str, year: int = 2025) -> tuple[int, int]:
    return mps(year=year, major=a, borough=borough), mps(year=year, major=b, borough=borough)


@pytest.mark.parametrize("text", [
    "There were more burglaries than robberies in Bromley in 2025.",
    "In Lambeth, thefts outnumbered violent crimes in 2024.",
    "Shoplifting now outnumbers burglary in Sutton.",
    "Violence against the person was more common than theft in Barking and Dagenham in 2025.",
    "There were twice as many thefts as burglaries in Camden last year.",
])
def test_two_crimes_compared_are_a_crime_pair(text):
    assert ClaimKind.CRIME_PAIR in [frame_kind(c) for c in extract_claims(text)]


@pytest.mark.parametrize("text", [
    "There were more burglaries in Camden than in 2019.",        # a year compared
    "Camden recorded more burglaries than Islington in 2025.",   # a place compared
])
def test_a_year_or_a_place_after_than_is_not_a_crime_pair(text):
    assert ClaimKind.CRIME_PAIR not in [frame_kind(c) for c in extract_claims(text)]


def test_order_of_two_crimes_is_judged_on_both_counts(real_store):
    burg, rob = _pair("Bromley", "BURGLARY", "ROBBERY")
    more, fewer = ("burglaries", "robberies") if burg > rob else ("robberies", "burglaries")
    right = one(check(real_store, f"There were more {more} than {fewer} in Bromley in 2025.", "2026-03-15"))
    wrong = one(check(real_store, f"There were more {fewer} than {more} in Bromley in 2025.", "2026-03-15"))
    assert right.verdict == "accurate" and wrong.verdict == "inaccurate"
    assert sorted(right.found.values()) == sorted([burg, rob])


def test_outnumbered_reads_the_crime_before_the_verb_as_the_claims_own(real_store):
    theft, vap = _pair("Lambeth", "THEFT", "VIOLENCE AGAINST THE PERSON", 2024)
    c = one(check(real_store, "In Lambeth, thefts outnumbered violent crimes in 2024.", "2025-02-01"))
    assert c.measure == "theft" and c.found == {"this": theft, "other": vap}
    assert c.verdict == ("accurate" if theft > vap else "inaccurate")


def test_a_multiple_of_another_crime_is_a_ratio_of_the_two_counts(real_store):
    theft, burg = _pair("Camden", "THEFT", "BURGLARY")
    c = one(check(real_store, "There were twice as many thefts as burglaries in Camden in 2025.", "2026-03-15"))
    assert c.found == pytest.approx(round(theft / burg, 2))
    assert c.verdict == ("accurate" if 1.8 <= theft / burg <= 2.2 else "inaccurate")


def test_outnumbered_by_two_to_one_is_a_multiple(real_store):
    rob, burg = _pair("Newham", "ROBBERY", "BURGLARY")
    c = one(check(real_store, "Robberies in Newham outnumbered burglaries by almost two to one in 2025.", "2026-03-15"))
    assert c.found == pytest.approx(round(rob / burg, 2))
    assert c.verdict == ("accurate" if 1.7 <= rob / burg <= 2.0 else "inaccurate")


def test_the_most_common_crime_is_a_rank_among_the_places_crime_types(real_store):
    majors = {m: mps(year=2025, major=m, borough="Barnet") for m in
              ("VIOLENCE AGAINST THE PERSON", "THEFT", "VEHICLE OFFENCES", "BURGLARY", "ROBBERY")}
    order = sorted(majors, key=majors.get, reverse=True)
    place = order.index("BURGLARY") + 1
    c = one(check(real_store, "Burglary was the second most common offence in Barnet in 2025.", "2026-03-15"))
    assert c.claim.rank_scope == "crime_type" and c.found == place
    assert c.verdict == ("accurate" if place == 2 else "inaccurate")


def test_the_crime_ranked_may_sit_in_an_earlier_clause():
    [c] = [c for c in extract_claims("In Cumbria, shoplifting, at 1,850 offences, was the third most common crime "
                                     "in 2022.") if frame_kind(c) is ClaimKind.CRIME_RANK]
    assert c.rank == 3 and c.clause.startswith("shoplifting")


def test_the_crime_after_outnumbered_is_the_yardstick_not_the_subject(real_store):
    """'<crime> outnumbered <crime> by N to one': the claim's own crime is the first, whatever the claimed words hold."""
    a, b = mps(year=2024, major="THEFT", borough="Camden"), mps(year=2024, major="BURGLARY", borough="Camden")
    c = one(check(real_store, f"In Camden in 2024 theft outnumbered burglary by more than {int(a / b)} to one.",
                  "2025-03-01"))
    assert c.measure == "theft" and c.verdict in ("accurate", "accurate_with_caveat")


@pytest.mark.parametrize("year", [2019, 2022])
@pytest.mark.parametrize("text, up", [("More women than men were killed in London in {y}.", True),
                                      ("Fewer women and girls than men were killed in London in {y}.", False),
                                      ("More men than women were murdered in London in {y}.", True)])
def test_two_groups_of_victims_are_compared_on_the_victims_series(real_store, year, text, up):
    from .raw import victims_by_year
    women, men = victims_by_year(Sex="Female")[year], victims_by_year(Sex="Male")[year]
    first_women = text.split()[1] == "women"
    this, other = (women, men) if first_women else (men, women)
    c = one(check(real_store, text.format(y=year), "2026-03-01"), "comparison")
    assert c.found == {"this": this, "other": other}
    assert (c.verdict == "accurate") is ((this > other) if up else (this < other)), c.explanation


def test_the_borough_after_most_common_crime_is_the_subject_not_a_scope(real_store):
    """'<crime> is the second most common offence in <borough>', after a line on another borough: <borough>'s types."""
    text = ("Theft is by far the most common crime in Westminster. "
            "Violence against the person is the second most common offence in Newham.")
    got = [c for c in check(real_store, text, "2026-03-01") if c.claim.kind == "comparison"]
    assert [c.area for c in got] == ["Westminster", "Newham"]
    types = {m: mps(year=2025, major=m, borough="Newham") for m in
             ("THEFT", "VIOLENCE AGAINST THE PERSON", "VEHICLE OFFENCES", "BURGLARY", "ROBBERY")}
    second = sorted(types, key=types.get, reverse=True)[1]
    assert (got[1].verdict in {"accurate", "accurate_with_caveat"}) is (second == "VIOLENCE AGAINST THE PERSON")


def test_outnumbers_by_two_to_one_with_a_place_between_is_a_ratio():
    got = [c for c in extract_claims("Bike theft now outnumbers robbery in the City of London by more than two to one.")
           if c.kind == "ratio"]
    assert len(got) == 1 and got[0].value == 2 and got[0].compare_crime


def test_fewer_than_the_number_of_another_crime_is_a_crime_pair(real_store):
    text = ("In the twelve months to the end of November 2022 we recorded 170,568 crimes across Merseyside. "
            "Burglary remains low, with 6,122 offences in the year, fewer than the number of robberies.")
    got = check(real_store, text, "2022-12-20")
    count = next(c for c in got if c.claim.kind == "count" and c.claim.claimed_text == "6,122")
    pair = next(c for c in got if c.claim.kind == "comparison")
    assert count.measure == "burglary" and count.found == 6122, count.explanation
    assert pair.claim.compare_crime == "robberies" and pair.verdict == "inaccurate", pair.explanation
