"""Narrow measures: a qualifier in the sentence picks a part of the measure, never the parent.

"Knife-point robberies in which someone was injured rose by N%" is about the Met dashboard's knife
robbery with injury, a part of knife crime with injury, a part of knife crime: each step is taken
only when its own qualifier ('injured', then 'robberies') is in the clause.  A figure in a sentence
that names no measure of its own ("N in ten ended with no further action") is about the family
the article is on (stop and search), narrowed by this sentence's qualifiers, not by the previous
sentence's ('led to an arrest').
"""

from __future__ import annotations

import re

from ...measures._catalogue import CATALOGUE, parts_of

__all__ = ["walk_down", "family_root", "knife_part"]

_I = re.IGNORECASE
_KNIFE = re.compile(r"\bknife[- ]?point\b|\bknives?\b|\bknife\b|\bbladed?\b|\bat\s+knifepoint\b", _I)


def _has(q: str, text: str) -> bool:
    return re.search(r"(?<![\w-])" + r"[\s-]+".join(re.escape(w) for w in q.split()) + r"(?![\w-])", text, _I) \
        is not None


def walk_down(measure: str, clause: str) -> str:
    """The narrowest part of ``measure`` whose qualifiers, level by level, all occur in ``clause``
    ('knife crime' + 'injured' + 'robberies' -> knife robbery with injury)."""
    cur = measure
    for _ in range(4):
        nxt = None
        for part in parts_of(cur) if cur in CATALOGUE else ():
            if part.qualifiers and any(_has(q, clause) for q in part.qualifiers):
                nxt = part.name
                break
        if nxt is None:
            return cur
        cur = nxt
    return cur


def family_root(measure: str | None) -> str | None:
    """The widest measure ``measure`` is a part of ('stop_search_arrests' -> 'stop_search')."""
    seen = 0
    while measure is not None and measure in CATALOGUE and CATALOGUE[measure].part_of and seen < 5:
        measure = CATALOGUE[measure].part_of
        seen += 1
    return measure


def knife_part(measure: str | None, clause: str) -> str | None:
    """A robbery or knife claim whose clause names a knife and the dashboard's narrower qualifiers:
    the dashboard part ('knife-point robberies in which someone was injured'), else None."""
    if measure not in ("robbery", "personal_robbery", "knife_crime") or not _KNIFE.search(clause):
        return None
    part = walk_down("knife_crime", clause)
    if part == "knife_crime" or (measure != "knife_crime" and "robbery" not in part):
        return None
    return part
