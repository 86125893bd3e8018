"""Check a text end to end: extract, resolve, judge.  The Python API behind `crimestats check`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .._errors import InputError
from ._frames import frame_of
from ._model import CheckResult
from .extract._dateline import find_dateline
from .extract._extract import extract_claims
from .judge._met_both_ways import with_other_met_series
from .judge._police_uk_caveat import with_police_uk_caveat
from .judge._verdict import judge, memo_scope
from .resolve._borough_context import with_sentence_boroughs
from .resolve._places_text import ward_scope
from .resolve._resolve import resolve_claims

if TYPE_CHECKING:
    from ..store._store import StoreLike

__all__ = ["check_text", "publication_date"]


def _as_date(as_of: date | str | None) -> date:
    if as_of is None:
        return date.today()
    if isinstance(as_of, date):
        return as_of
    try:
        return date.fromisoformat(str(as_of).strip())
    except ValueError as exc:
        raise InputError(f"as_of={as_of!r}: expected a date as YYYY-MM-DD (the publication date)") from exc


def publication_date(*, text: str, as_of: date | str | None = None) -> tuple[date, str]:
    """The date ``text`` is read as of, and where it came from: 'given', 'dateline: <line>', 'today'."""
    if as_of is None or (isinstance(as_of, str) and not as_of.strip()):
        found = find_dateline(text)
        return (found.day, f"dateline: {found.line}") if found else (date.today(), "today")
    return _as_date(as_of), "given"


def check_text(store: StoreLike, *, text: str, as_of: date | str | None = None) -> CheckResult:
    """Every statistical claim in ``text`` with a verdict and its evidence.

    ``as_of`` is the date the text was published: it resolves 'last year' and 'since <month>'.
    Without it, the date the text gives for itself in a short head or foot line ('Published <day>
    <month> <year>') is used, else today; ``CheckResult.as_of_basis`` says which.
    """
    if not isinstance(text, str):
        raise InputError("text must be a string (decode files as UTF-8 first)")
    day, basis = publication_date(text=text, as_of=as_of)
    claims = extract_claims(text)
    with ward_scope():
        resolved = with_sentence_boroughs(claims, resolve_claims(claims, text=text, as_of=day, store=store))
        with memo_scope():
            return CheckResult(day, [with_other_met_series(store, with_police_uk_caveat(judge(store, frame_of(c), r, as_of=day)))
                                     for c, r in zip(claims, resolved, strict=True)],
                               as_of_basis=basis)
