"""A bare month name in a sentence ('In February officers made 10,771 searches, 11% fewer than in
January'; 'March was the busiest month'): the month of the year the article is about.

Extraction reads periods with a year; a month named alone belongs to the year of the period the
article has been talking about (the first quarter of 2018), else to the latest such month before
the publication date.  'than in January' after it is the baseline, in the same year when January
comes before February, else the year before.
"""

from __future__ import annotations

import re
from datetime import date

from .._periods import Period, month

__all__ = ["month_period", "month_baseline"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_NAME = r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)"
# 'In February', 'during March', 'March was', 'March saw' - not followed by a year, not 'than in'/'since'
_SUBJECT = re.compile(r"(?:(?<!than\s)(?<!since\s)\b(?:[Ii]n|[Dd]uring)\s+|^\s*)" + _NAME +
                      r"(?!\s*,?\s*(?:19|20)\d{2})(?!\s+\d)\b")
_THAN = re.compile(r"\b(?:than|on|from|compared\s+(?:with|to))\s+(?:in\s+)?" + _NAME +
                   r"(?!\s*,?\s*(?:19|20)\d{2})(?!\s+\d)\b")


def _year_for(m: int, *, context: Period | None, as_of: date) -> int:
    if context is not None and context.start.year == context.end.year and \
            context.start.month <= m <= context.end.month:
        return context.start.year
    if context is not None and context.start.year == context.end.year and context.grain != "year":
        return context.start.year
    return as_of.year if m < as_of.month else as_of.year - 1


def month_period(sentence: str, *, context: Period | None, as_of: date) -> Period | None:
    """The month a sentence names without a year ('In February ...'), or None."""
    hit = _SUBJECT.search(sentence)
    if hit is None:
        return None
    m = _MONTHS.index(hit.group("m").lower()) + 1
    return month(_year_for(m, context=context, as_of=as_of), m)


def month_baseline(clause: str, period: Period | None) -> Period | None:
    """'11% fewer than in January' after February 2018: January 2018 (an earlier month of the same
    year, else that month a year before)."""
    hit = _THAN.search(clause)
    if hit is None or period is None or period.grain != "month":
        return None
    m = _MONTHS.index(hit.group("m").lower()) + 1
    y = period.start.year if m < period.start.month else period.start.year - 1
    return month(y, m)
