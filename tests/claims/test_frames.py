"""Typed claim frames: each fine kind's frame holds only the fields that kind needs, built in one place
(``frame_of``), and each judge takes its own kind's frame.

Pure text, no store.  The words a judge used to read back out of the clause ('per 100,000', 'between
2017 and 2019', the boroughs set aside by 'outside', safety words, 'average', 'nearly') are fields here.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from crimestats.claims import extract_claims

from ._internals import FRAME_TYPES, JUDGES, ClaimKind, frame_kind, frame_of
from .test_kinds import SENTENCES

K = ClaimKind


def _frame(text: str, kind: ClaimKind):
    frames = [frame_of(c) for c in extract_claims(text)]
    found = [f for f in frames if f.kind is kind]
    assert found, (text, [f.kind for f in frames])
    return found[0]


def test_every_kind_has_a_frame_type_and_its_judge_takes_that_type():
    assert set(FRAME_TYPES) == set(ClaimKind)
    assert {k: j.frame for k, j in JUDGES.items()} == FRAME_TYPES


@pytest.mark.parametrize("text,kind", SENTENCES)
def test_frame_of_builds_the_frame_of_the_claims_kind(text, kind):
    f = _frame(text, kind)
    assert type(f) is FRAME_TYPES[kind]
    assert f.kind is frame_kind(f.origin)


def test_no_frame_field_doubles_as_a_sub_kind_or_rereads_the_text():
    for cls in set(FRAME_TYPES.values()):
        names = {fl.name for fl in fields(cls)}
        assert not names & {"unit", "subject", "clause", "text", "since_text", "first_since"}, cls.__name__


def test_frames_are_frozen():
    f = _frame("There were 109 homicides in London in 2022.", K.COUNT)
    with pytest.raises(AttributeError):
        f.value = 1.0    # type: ignore[misc]


def test_a_judge_refuses_another_kinds_frame():
    f = _frame("There were 109 homicides in London in 2022.", K.COUNT)
    with pytest.raises(TypeError, match="not ChangeFrame"):
        JUDGES[K.CHANGE](None, f, None, date(2023, 1, 6))   # type: ignore[arg-type]


def test_a_non_crime_frame_carries_the_frame_of_its_shape():
    f = _frame("The force lost 640 officers in 2025.", K.WORKFORCE)
    assert f.shape.kind is frame_kind(f.origin, by_subject=False)
    assert type(f.shape) is FRAME_TYPES[f.shape.kind]


def test_rank_frame_reads_rate_base_years_and_boroughs_set_aside():
    f = _frame("Camden had the highest robbery rate per 100,000 residents of any London borough outside "
               "Westminster between 2017 and 2019.", K.RANK)
    assert (f.per, f.years, f.excluded) == (100_000, (2017, 2019), ("Westminster",))
    assert set(f.named) == {"Camden", "Westminster"}


def test_rank_frame_reads_a_lead_over_the_rest_and_a_stated_tie():
    lead = _frame("Camden recorded twice as many robberies as any other borough in 2022.", K.RANK)
    assert (lead.lead, lead.per, lead.years, lead.excluded) == (2.0, None, None, ())
    tie = _frame("Hackney and Islington recorded the most burglaries of any borough in 2022.", K.RANK)
    assert tie.lead is None and set(tie.named) == {"Hackney", "Islington"}


def test_record_frame_reads_a_named_month_and_a_change_record_window():
    month = _frame("Burglary in London fell to its lowest February total on record.", K.RECORD)
    assert (month.month_named, month.of_change, month.window_years) == (2, False, None)
    change = _frame("Burglary in Camden fell by 3,000, the biggest fall in five years.", K.RECORD)
    assert (change.of_change, change.window_years, change.month_named) == (True, 5.0, None)


def test_comparison_frame_reads_safety_and_average_words():
    safety = _frame("London is a far safer city than Paris.", K.COMPARISON)
    assert safety.safety_words and safety.danger_words and not safety.says_average
    average = _frame("Lambeth's robbery rate is higher than the London average.", K.COMPARISON)
    assert average.says_average and average.rate_words and not average.safety_words


def test_share_and_streak_frames():
    share = _frame("A third of all crimes in the borough were thefts.", K.SHARE)
    assert share.as_fraction and share.of_borough and not share.of_london
    streak = _frame("Homicides in London have risen every year since 2018.", K.STREAK)
    assert (streak.since_year, streak.direction, streak.rate_words) == (2018, "up", False)


def test_percent_and_rate_frames_carry_the_precision_written():
    """The rounding rules read ``decimals`` from the frame, never the written figure."""
    assert _frame("Robbery fell by 3.5% in Camden last year.", K.CHANGE).decimals == 1
    assert _frame("Robbery fell by 12% in Camden last year.", K.CHANGE).decimals == 0
    assert _frame("The homicide rate was 1.2 per 100,000 people in 2021.", K.RATE).decimals == 1
    assert _frame("36% of mugging victims were aged 18 or younger.", K.SHARE).decimals == 0


def test_docs_list_every_frame_with_its_fields():
    """docs/claims.md's frame table names each kind's frame and its fields as the code has them."""
    from pathlib import Path

    from crimestats.claims._frames import Frame

    doc = (Path(__file__).resolve().parents[2] / "docs" / "claims.md").read_text(encoding="utf-8")
    table = doc.split("<!-- frames: tests/claims/test_frames.py reads this table -->", 1)[1].split("\n\n", 1)[0]
    drawn = {}
    for line in table.strip().splitlines()[2:]:
        kinds, frame, own = (cell.strip() for cell in line.strip("|").split("|"))
        for k in kinds.split(", "):
            drawn[k] = (frame.strip("`"), [] if own == "-" else own.split(", "))
    base = {fl.name for fl in fields(Frame)}
    assert drawn == {k.value: (cls.__name__, [fl.name for fl in fields(cls) if fl.name not in base])
                     for k, cls in FRAME_TYPES.items()}


def test_share_frame_names_catalogue_parts_not_words():
    """A share frame carries the catalogue parts its words name (by whole), never the words themselves."""
    f = _frame("Black Londoners were subject to 40% of stop and searches in Lambeth in 2022.", K.SHARE)
    assert f.parts_in_clause["stop_search"] == "stop_search_black"
    assert f.parts_near_figure["stop_search"] == "stop_search_black"
    assert not {fl.name for fl in fields(type(f))} & {"share_of", "share_part", "part_words"}
