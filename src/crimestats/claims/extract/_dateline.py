"""The publication date an article states about itself (its dateline), for when no ``as_of`` is given.

'Last year' and 'since <month>' mean nothing without the date a text was written.  Articles
usually say it in a short line near the top ('Published <day> <month> <year>', '<weekday>, <month>
<day> <year> HH:MM GMT', 'YYYY-MM-DD') or at the foot ('Updated: DD/MM/YYYY').  Only short lines standing at the
head or foot count: a date inside a sentence ('on <day> <month> <year> the Met said ...') is an event,
not a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .._lexicon import MONTH_NUMBERS, month_alternation

__all__ = ["Dateline", "find_dateline", "is_dateline"]

_MON = rf"(?P<mon>{month_alternation()})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I),          # <day> <month> <year>
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),                    # <month> <day>, <year>
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),  # YYYY-MM-DD
    re.compile(r"\b(?P<day>[0-3]?\d)/(?P<mnum>[01]?\d)/(?P<year>(?:19|20)\d\d)\b"),  # DD/MM/YYYY (UK order)
]
_HEAD_LINES = 6
_FOOT_LINES = 3
_MAX_LINE = 90
_MAX_OTHER_WORDS = 8   # 'Published: <weekday> <day> <month> <year>, HH:MM GMT, by <name>'


@dataclass(frozen=True)
class Dateline:
    """A date the text gives for itself, with the line it was read from."""

    day: date
    line: str


def _date_in(line: str) -> date | None:
    for pat in _PATTERNS:
        m = pat.search(line)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["mnum"]) if g.get("mnum") else MONTH_NUMBERS[g["mon"].lower()[:3]]
        rest = (line[:m.start()] + " " + line[m.end():]).split()
        if len(rest) > _MAX_OTHER_WORDS:      # a sentence that mentions a date, not a dateline
            continue
        try:
            return date(int(g["year"]), month, int(g["day"]))
        except ValueError:
            continue
    return None


def find_dateline(text: str) -> Dateline | None:
    """The date in a short line at the head or foot of ``text``, or None when there is none."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in lines[:_HEAD_LINES] + lines[-_FOOT_LINES:]:
        if len(ln) > _MAX_LINE:
            continue
        day = _date_in(ln)
        if day is not None:
            return Dateline(day, ln)
    return None


def is_dateline(line: str) -> bool:
    """A short line that only gives a date (and a byline): not a sentence about a period."""
    return len(line.strip()) <= _MAX_LINE and _date_in(line) is not None
