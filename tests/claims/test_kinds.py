"""Claim kinds: the fine kind (``ClaimKind``) a sentence's claim is named as, and a judge for each.

Pure text, no store: ``frame_kind`` reads the claim's fields, and the judge registry must cover
every kind, so a new kind without a verdict fails here rather than falling through silently.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from crimestats.claims import KINDS, extract_claims

from ._internals import COARSE_KIND, JUDGES, ClaimKind, frame_kind

K = ClaimKind

# (sentence, the fine kind of one of its claims); sentences from the concept files' tables
SENTENCES = [
    ("There were 109 homicides in London in 2022.", K.COUNT),
    ("Robbery fell by 3.5% in Camden last year.", K.CHANGE),
    ("The Met recorded 1,000 more stop and searches in 2024 than in 2023.", K.DIFFERENCE),
    ("Homicides fell by 3 percentage points.", K.POINTS_CHANGE),
    ("Burglary fell by a fifth in Barnet last year.", K.RATIO),
    ("Canada's murder rate was double London's.", K.PLACE_RATIO),
    ("There was a drop in homicide across the region last year.", K.DIRECTION),
    ("Murders were the highest on record.", K.RECORD),
    ("Homicides in London have fallen for four years in a row.", K.STREAK),
    ("It is the first time burglary has dropped below 54,000 since records began.", K.THRESHOLD),
    ("Theft from the person fell by 15% in 2025, the first fall since 2020.", K.FIRST_SINCE),
    ("Robbery in London peaked in 2019.", K.TURN),
    ("Camden recorded 43,134 crimes in 2024, second only to Westminster.", K.RANK),
    ("36% of mugging victims were aged 18 or younger.", K.SHARE),
    ("The homicide rate was 1.2 per 100,000 people in 2021.", K.RATE),
    ("Lambeth's robbery rate is higher than the London average.", K.COMPARISON),
    ("There were more burglaries than robberies in Bromley in 2025.", K.CRIME_PAIR),
    ("Theft was the most common crime in Westminster in 2025.", K.CRIME_RANK),
    ("Burglary in London in 2019 was roughly the same as in 2016.", K.EQUALITY),
    ("Lambeth is a safer place than it was a year ago.", K.OPINION),
    ("The force lost 640 officers in 2025.", K.WORKFORCE),
    ("Camden has a population of 210,000.", K.POPULATION),
    ("The Met answered 5.6 million calls last year.", K.OUTSIDE_SUBJECT),
]


def test_every_kind_has_a_registered_judge():
    assert set(JUDGES) == set(ClaimKind)
    assert all(callable(f) for f in JUDGES.values())


def test_the_sentence_table_covers_every_kind():
    assert {k for _, k in SENTENCES} == set(ClaimKind)


@pytest.mark.parametrize("text,kind", SENTENCES)
def test_sentence_gives_its_kind(text, kind):
    got = [frame_kind(c) for c in extract_claims(text)]
    assert kind in got, (text, got)


@pytest.mark.parametrize("text,kind", SENTENCES)
def test_fine_kind_maps_back_to_the_coarse_kind_in_the_json(text, kind):
    c = next(c for c in extract_claims(text) if frame_kind(c) is kind)
    if kind in COARSE_KIND:
        assert COARSE_KIND[kind] == c.kind
    else:   # the non-crime kinds keep the shape's coarse kind, which is one of the fine kinds too
        assert frame_kind(c, by_subject=False) is ClaimKind(c.kind)
    assert c.kind in KINDS


def test_opinion_wins_over_a_non_crime_subject_and_rank_over_comparison():
    c = next(c for c in extract_claims("Lambeth is a safer place than it was a year ago.") if c.kind == "opinion")
    assert frame_kind(replace(c, subject="workforce")) is K.OPINION
    r = next(c for c in extract_claims("Camden recorded 43,134 crimes in 2024, second only to Westminster.")
             if c.kind == "comparison")
    assert r.rank is not None and frame_kind(replace(r, rank=None)) is K.COMPARISON


def test_an_unknown_coarse_kind_is_refused():
    c = extract_claims("There were 109 homicides in London in 2022.")[0]
    with pytest.raises(ValueError, match="not one of"):
        frame_kind(replace(c, kind="forecast"))
