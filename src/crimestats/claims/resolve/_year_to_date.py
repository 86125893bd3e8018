"""A year still being published: 'in <year>' said before its last months were out reads as the months out.

An article written in January about the year just gone can only have used the months published by then;
police.uk, for one, publishes each month some weeks after it ends.  When the store's monthly data for the
claim's measure and place stop short of the period's end (the missing months are the last ones, none in the
middle) and the text was written within ``LAG_MONTHS`` of that end, the claim is read as the months the
data hold, and the reading is said (``Why.YEAR_TO_DATE``).  A gap in the middle of a period, or a period
long over when the text was written, is still a partial period the checker refuses to sum.
"""

from __future__ import annotations

from datetime import date

from ..._errors import CrimestatsError
from ...facts._facts import count
from ...measures._catalogue import CATALOGUE
from ...measures._periods import Period, range_
from ...measures._places import Area
from ...store._store import StoreLike

__all__ = ["LAG_MONTHS", "year_to_date"]

LAG_MONTHS = 4      # a period that ended this many months before the text or fewer may still be unpublished


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def year_to_date(store: StoreLike | None, *, measure: str | None, area: Area | None, period: Period | None,
                 as_of: date) -> Period | None:
    """The published months of ``period`` when only its last months are missing and ``as_of`` is within
    ``LAG_MONTHS`` of its end; else None (the period stands as it is)."""
    if store is None or measure is None or area is None or period is None or period.n_months < 3:
        return None
    m = CATALOGUE.get(measure)
    if m is None or m.kind == "rate" or _months_between(period.end, as_of) > LAG_MONTHS:
        return None
    try:
        f = count(store, measure=measure, area=area, period=period, allow_partial=True)
    except CrimestatsError:
        return None
    if not f.partial or not f.missing or any(len(k) != 7 for k in f.missing):
        return None         # fully covered, or a yearly series (no months to count)
    months = period.months()
    keys = [d.isoformat()[:7] for d in months]
    k = len(f.missing)
    if k >= len(keys) or set(keys[-k:]) != set(f.missing):
        return None         # a month missing in the middle: a hole, not a month still to be published
    return range_(period.start, months[-k - 1])
