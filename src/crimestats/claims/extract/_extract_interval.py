"""Figures per span of time: 'N burglaries a day', 'N a week' (``per_span``, read by the figure rule),
and intervals with or without a digit: 'a robbery every hour', 'a bike stolen every N minutes'
(``find_intervals``).  Both are counts judged per span (``judge/_per_time``), never as a total."""

from __future__ import annotations

import re

from .._lexicon import LEXICON, number_alternation, number_value
from .._model import Claim
from ._scan import Scan, Words

__all__ = ["find_intervals", "interval_gate", "per_span"]

_I = re.IGNORECASE
_MINUTES = {"second": 1 / 60, "minute": 1.0, "hour": 60.0, "day": 1_440.0, "week": 10_080.0, "fortnight": 20_160.0}
# right after a figure: 'N burglaries a day', 'N offences every week', 'N per hour'
_A_SPAN = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:a|an|per|each|every)\s+(?:single\s+)?(?P<u>hour|day|week|fortnight)\b", _I)
_EVERY = re.compile(rf"\bevery\s+(?:(?P<n>\d+(?:\.\d+)?|{number_alternation(2, 60)}|few)\s+)?"
                    r"(?P<u>seconds?|minutes?|hours?|days?|weeks?)\b", _I)
# 'a robbery', 'one bike is stolen', 'a burglary was reported' before 'every'
_ONE_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){1,5}?$", _I)
# 'once every N minutes', 'about one every N hours': the crime is the one the sentence names (or the text before it)
_ONCE_BEFORE = re.compile(r"\b(?:(?:roughly|about|around|nearly|almost|approximately|more\s+than|over|at\s+least)\s+)?"
                          r"(?:once|one)\s+(?:(?:roughly|about|around|nearly|almost|approximately|on\s+average)\s+)?$", _I)
_STOLEN = re.compile(r"\b(?:stolen|snatched|burgled|broken\s+into|robbed|mugged|attacked|stabbed|killed)\b", _I)


def per_span(after: str) -> float | None:
    """Minutes in the span a figure is per, from the words right after it ('a day': 1440), else None."""
    m = _A_SPAN.match(after)
    return _MINUTES[m.group("u").lower()] if m else None


def interval_gate(sc: Scan) -> bool:
    return "every " in sc.low or "each month" in sc.low


INTERVAL_NEEDS = Words("every ", "each month")


def _crime_before(sc: Scan, pos: int) -> tuple[str, re.Match[str] | None]:
    """The words of ``pos``'s clause before it (up to 60 characters), and 'a <crime>' / 'one <stolen thing>' ending
    there when there is one (else None)."""
    a = max(0, sc.clause_at(pos)[0] - sc.s.start)     # clause spans are absolute
    before = sc.st[max(a, pos - 60):pos]
    one = _ONE_BEFORE.search(before)
    if one is not None and not (LEXICON.crime_nouns.search(one.group(0)) or _STOLEN.search(one.group(0))):
        one = None
    return before, one


def find_intervals(sc: Scan) -> list[Claim]:
    out: list[Claim] = []
    st = sc.st
    for m in _EVERY.finditer(st):
        if not sc.free(m.start()) or (m.group("n") or "").lower() == "few":
            continue
        before, one = _crime_before(sc, m.start())
        if one is None:
            one = _ONCE_BEFORE.search(before)
            if one is None or not (LEXICON.crime_nouns.search(st) or _STOLEN.search(st)):
                continue
        n = m.group("n")
        count = 1.0 if not n else float(n) if n[0].isdigit() else float(number_value(n) or 0)
        if not count:
            continue
        start = m.start() - len(before) + one.start()
        sc.used.append((start, m.end()))
        unit = m.group("u").lower().rstrip("s")
        out.append(sc.make("count", start, claimed_text=st[start:m.end()], value=1.0, unit="interval",
                           per_minutes=count * _MINUTES[unit]))
    for m in _EVERY_MONTH.finditer(st):
        # 'a <crime> in <place> every month this year': at least one in each month of the period
        before, one = _crime_before(sc, m.start())
        if one is None or not sc.free(m.start()):
            continue
        start = m.start() - len(before) + one.start()
        sc.used.append((start, m.end()))
        out.append(sc.make("count", start, claimed_text=one.group(0).strip(), value=1.0, low=1.0, high=1.0,
                           unit="count", approx="at_least", per_month="every"))
    return out


# 'a <crime> every month', 'one <crime> in every single month': each month of the period has one at least
_EVERY_MONTH = re.compile(r"\b(?:in\s+)?(?:every|each)\s+(?:single\s+)?month\b(?!\s+(?:since|for|of\s+the\s+(?:last|past)))", _I)
