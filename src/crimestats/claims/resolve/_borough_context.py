"""The borough a text is about, carried from claim to claim (decided here, never while judging).

A clause that says 'the borough' ('the lowest annual total for the borough since ...') is about the
borough the text is about even when it also names the Met or London; a ranking clause ('..., more
than any other London borough') ranks that borough.  Which borough that is: the last one a claim in
the same sentence is about, else the last one any earlier claim was about.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...measures._places import Area
from .._model import Claim
from .._reasons import Reason, Why
from ._resolve import Resolved

__all__ = ["with_sentence_boroughs"]

_THE_BOROUGH = re.compile(r"\b(?:for|in|of|across|within|throughout)\s+the\s+borough\b(?!\s+of\b)", re.I)


def _borough_meant(c: Claim, r: Resolved, named: Area | None) -> Resolved:
    """'the borough' in a claim about the Met, London or a city: the borough the text is about."""
    if r.area is None or r.area.area_type not in ("force", "region", "city"):
        return r
    if named is None or not _THE_BOROUGH.search(c.clause or c.text or ""):
        return r
    return replace(r, area=named, area_from_context=True,
                   notes=r.notes + [Reason.of(Why.BOROUGH_FROM_TEXT, area=named.name)])


def with_sentence_boroughs(claims: list[Claim], resolved: list[Resolved]) -> list[Resolved]:
    """Each resolved claim with ``sentence_borough`` set (and 'the borough' read as it), in text order."""
    by_sentence: dict[int, Area] = {}
    last: Area | None = None
    out = []
    for c, r in zip(claims, resolved, strict=True):
        named = by_sentence.get(c.sentence_index) or last
        r = replace(_borough_meant(c, r, named), sentence_borough=named)
        if r.area is not None and r.area.area_type == "borough":
            by_sentence[c.sentence_index] = last = r.area
        out.append(r)
    return out
