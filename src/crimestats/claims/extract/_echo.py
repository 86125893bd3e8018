"""A claim said again of another place or month: '<claim>, and the same was true in <place>', '<claim>.  It was
also true in <month>.'  The later clause repeats the claim before it with only its place or its month changed, so it
is that claim again (its crime, its shape, its figure), about the place or month it names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._lexicon import month_alternation
from .._model import Claim
from .._sentences import Sentence
from ._place_names import find_places

__all__ = ["echo_claims"]

_ECHO = re.compile(r"\b(?:the\s+same\s+(?:was|is|has\s+been|held)(?:\s+also)?(?:\s+true)?|(?:it|this|that)\s+(?:was|is|held)\s+"
                   r"(?:also\s+)?true\s+(?:again\s+)?|so\s+(?:too\s+)?(?:did|was|were))\s+(?P<w>in|for|of|across)\s+"
                   r"(?P<x>[^,.;:!?]{2,40})", re.IGNORECASE)
_MONTH = re.compile(rf"^(?-i:{month_alternation(capitalised=True)})(?:\s+(?:19|20)\d{{2}})?\b")
# the shapes a place or a month can be swapped in: not a count (its figure belongs to the first place)
_ECHOED_KINDS = ("change", "ratio", "direction", "comparison", "equality", "record")


def echo_claims(claims: list[Claim], sentences: list[Sentence], text: str) -> list[Claim]:
    """``claims`` with a copy of the claim before each '<the same was true> in <place or month>' clause that holds no
    claim of its own, in reading order."""
    out = list(claims)
    for s in sentences:
        for m in _ECHO.finditer(s.text):
            start, end = s.start + m.start(), s.start + m.end()
            if any(c.start < end and start < c.end for c in out):
                continue
            before = [c for c in out if c.end <= start and c.sentence_index >= s.index - 1 and c.kind in _ECHOED_KINDS]
            if not before:
                continue
            prev, x = before[-1], m.group("x").strip()
            month = _MONTH.match(x)
            places = find_places(x)
            if month is None and not (places and places[0][0] == 0):
                continue
            echo = replace(prev, text=text[start:end], start=start, end=end, sentence_index=s.index,
                           sentence_start=s.start, sentence_end=s.end, quoted=s.quoted)
            if month is not None:
                echo.period_text, echo.baseline_text = month.group(0), None
            else:
                echo.clause = f"{places[0][2]}: {prev.clause}"
            out.append(echo)
    return sorted(out, key=lambda c: (c.start, c.end))
