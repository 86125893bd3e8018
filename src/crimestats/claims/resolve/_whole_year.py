"""A month said as a part of its year, and lines that go back to the whole year.

'N <crimes> in <month> alone' singles a month out of the year the text is about; the lines after it
('over the whole year <crime> fell N%', 'N% fewer than <year>') go on about the year, not that month.
"""

from __future__ import annotations

import re

from ...measures._periods import Period, calendar_year

__all__ = ["carried_period", "whole_year"]

_I = re.IGNORECASE
# '<month> alone', '<month> <year> alone': a month singled out of its year
_ALONE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:19|20)\d{2})?\s+alone\b")
# 'over the whole year', 'for the year as a whole', 'across the year', 'for the full year'
_WHOLE_YEAR = re.compile(r"\b(?:over|across|for|during|in|throughout)\s+the\s+(?:(?:whole|entire|full)\s+)?year"
                         r"(?:\s+as\s+a\s+whole)?\b(?!\s+(?:before|earlier|ago|to|ending|ended))", _I)
# 'than <year>', 'on <year>', 'compared with <year>': a whole calendar year as the yardstick
_YEAR_ONLY = re.compile(r"^(?:in\s+)?(?:19|20)\d{2}$", _I)


def carried_period(period: Period, clause: str) -> Period:
    """The period a claim hands to the lines after it: its year when its month was singled out ('in
    <month> alone'), else the period itself."""
    if period.grain == "month" and _ALONE.search(clause):
        return calendar_year(period.end.year)
    return period


def whole_year(period: Period, clause: str, *, baseline_text: str | None) -> Period:
    """The period a line takes from the context: the carried month's calendar year when the line does not
    talk about that month (it says 'over the whole year', or sets its figure against a plain year, 'N% fewer
    than <year>'), else the carried period itself."""
    if period.grain == "month" and (_WHOLE_YEAR.search(clause)
                                    or (baseline_text and _YEAR_ONLY.match(baseline_text.strip()))):
        return calendar_year(period.end.year)
    return period
