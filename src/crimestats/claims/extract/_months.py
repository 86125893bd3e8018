"""A bare month name in a sentence ('In <month> officers made N searches, N% fewer than in
<month>'; '<month> was the busiest month'): the month of the year the article is about.

Extraction reads periods with a year; a month named alone belongs to the year of the period the
article has been talking about (the first quarter of <year>), else to the latest such month before
the publication date.  'than in <month>' after it is the baseline, in the same year when that month
comes before the claim's month, else the year before.
"""

from __future__ import annotations

import re
from datetime import date

from ...measures._periods import Period, month, range_
from .._lexicon import MONTH_NUMBERS, month_alternation, number_alternation, number_value

__all__ = ["month_period", "month_baseline", "month_range", "since_month"]

_NAME = rf"(?P<m>{month_alternation(short=False, capitalised=True)})"
# 'In <month>', 'during <month>', '<month> was', '<month> saw' - not followed by a year, not 'than in'/'since'
_SUBJECT = re.compile(r"(?:(?<!than\s)(?<!since\s)\b(?:[Ii]n|[Dd]uring|[Bb]y)\s+|^\s*)" + _NAME +
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


# "<month>'s total of N": the month the figure is for
_POSSESSIVE = re.compile(_NAME + r"(?:'s|’s)\s+(?:(?:monthly|crime|offence)\s+)?(?:total|figure|count|tally|numbers?|figures)\b")


def month_period(sentence: str, *, context: Period | None, as_of: date) -> Period | None:
    """The month a sentence names without a year ('In <month> ...', "<month>'s total"), or None; never a month
    not yet over at the publication date (the year before it, then)."""
    hit = _SUBJECT.search(sentence) or _POSSESSIVE.search(sentence)
    if hit is None:
        return None
    m = MONTH_NUMBERS[hit.group("m").lower()]
    y = _year_for(m, context=context, as_of=as_of)
    return month(y - 1 if date(y, m, 1) >= as_of.replace(day=1) else y, m)


def month_baseline(clause: str, period: Period | None) -> Period | None:
    """'N% fewer than in <month>' after a later month of <year>: that month of <year> (an earlier month of the same
    year, else that month a year before)."""
    hit = _THAN.search(clause)
    if hit is None or period is None or period.grain != "month":
        return None
    m = MONTH_NUMBERS[hit.group("m").lower()]
    y = period.start.year if m < period.start.month else period.start.year - 1
    return month(y, m)


_SINCE_MONTH = re.compile(rf"^(?:last\s+)?(?P<m>{month_alternation(capitalised=False)})\.?$", re.IGNORECASE)


def since_month(text: str, period: Period | None) -> Period | None:
    """'the lowest since (last) <month>' said of a month: the latest such month before the claim's month (the
    month before it a year earlier when it is the same month), whatever the publication date."""
    hit = _SINCE_MONTH.match(" ".join(text.split()))
    if hit is None or period is None or period.grain != "month":
        return None
    m = MONTH_NUMBERS[hit.group("m").lower()]
    y = period.start.year if m < period.start.month else period.start.year - 1
    return month(y, m)


_RANGE = re.compile(rf"^(?:the\s+)?(?:(?P<n>{number_alternation(2, 11)}|[2-9]|1[01])\s+months\s+"
                    r"(?:to|ending(?:\s+in)?)|(?:from\s+|between\s+)?(?P<a>[a-z]+)\.?(?:\s+(?P<ay>(?:19|20)\d{2}))?\s*"
                    r"(?:to|until|-|–|and))\s*(?P<b>[a-z]+)\.?(?:\s+(?P<by>(?:19|20)\d{2}))?$", re.IGNORECASE)


def month_range(text: str, *, as_of: date) -> Period | None:
    """'the three months to <month>' -> that month and the two before it; '<month> to <month>' said
    in a later month -> the latest such months complete before ``as_of`` (across a year end if need be)."""
    m = _RANGE.match(" ".join(text.split()))
    if m is None:
        return None
    end_m = MONTH_NUMBERS.get(m.group("b").lower()[:3])
    if end_m is None:
        return None
    if m.group("by"):
        end_y = int(m.group("by"))
    else:
        last = as_of.replace(day=1)
        last = date(last.year - 1, 12, 1) if last.month == 1 else date(last.year, last.month - 1, 1)
        end_y = last.year if end_m <= last.month else last.year - 1
    if m.group("n"):
        n = number_value(m.group("n")) or int(m.group("n"))
    else:
        start_m = MONTH_NUMBERS.get(m.group("a").lower()[:3])
        if start_m is None:
            return None
        if m.group("ay"):
            n = (end_y - int(m.group("ay"))) * 12 + end_m - start_m + 1
        else:
            n = (end_m - start_m) % 12 + 1
    if not 1 <= n <= 36:
        return None
    k = end_y * 12 + end_m - 1 - (n - 1)
    return range_(date(k // 12, k % 12 + 1, 1), date(end_y, end_m, 1))
