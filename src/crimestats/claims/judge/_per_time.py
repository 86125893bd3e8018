"""A count per span of time: 'N burglaries a day', 'almost N a week', 'a robbery every hour', 'one
every N minutes'.

The period's offences over the time they were recorded in (the months with data, each its own length;
a source with yearly figures only gives the year's total over its days), as the claim's rate per span.
An average never holds exactly: a figure per span holds within ``count_holds``' 'about' band; an
interval ('every N minutes') within ``INTERVAL_BAND`` of the interval found.
"""

from __future__ import annotations

import calendar
from datetime import date

from ..._errors import CrimestatsError
from ...facts import _facts as facts
from ...store._store import StoreLike
from .._frames import CountFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _out, _unresolved
from ._rounding import INTERVAL_BAND, count_holds

__all__ = ["per_time_count"]

_SPANS = ((10_080, "week"), (1_440, "day"), (60, "hour"), (1, "minute"))


def _span_words(minutes: float) -> str:
    for size, word in _SPANS:
        if minutes >= size and minutes % size == 0:
            n = int(minutes // size)
            return word if n == 1 else f"{n} {word}s"
    return f"{minutes:g} minutes"


def _interval_words(minutes: float) -> str:
    if minutes >= 2_880:
        return f"{minutes / 1_440:.1f} days"
    if minutes >= 120:
        return f"{minutes / 60:.1f} hours"
    return f"{minutes:.0f} minutes"


def _days(d: date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


def per_time_count(store: StoreLike, c: CountFrame, r: Resolved) -> CheckedClaim:
    """The claimed figure per span of time against the period's offences over its minutes."""
    if r.measure is None or r.area is None or r.period is None or not c.per_minutes:
        return _unresolved(c, r)
    try:
        months = facts.series(store, measure=r.measure, area=r.area, start=r.period, end=r.period, grain="month")
        months = [m for m in months if m.value is not None and not getattr(m, "partial", False)]
    except CrimestatsError:
        months = []
    if months:
        total = sum(float(m.value or 0) for m in months)
        days = sum(_days(m.period.start) for m in months)
        ev = [_ev(m) for m in (months[0], months[-1])]
        label, unit = months[0].measure_label, months[0].unit
        over = f"{len(months)} months with data ({days} days)"
    else:
        f = facts.count(store, measure=r.measure, area=r.area, period=r.period)
        total = float(f.value or 0)
        days = sum(_days(d) for d in r.period.months())
        ev, label, unit = [_ev(f)], f.measure_label, f.unit
        over = f"{r.period.label} ({days} days)"
    if not total:
        return _out(c, r, "inaccurate", f"The data gives no {label.lower()} in {r.area.name} over {over}.",
                    found=0, unit=unit, evidence=ev)
    minutes = days * 1_440.0
    per_span = total * c.per_minutes / minutes
    span = _span_words(c.per_minutes)
    a_span = f"{'an' if span == 'hour' else 'a'} {span}" if " " not in span else f"per {span}"
    found_gap = minutes / total
    base = f"{total:,.0f} {label.lower()} in {r.area.name} over {over}"
    if c.interval:
        ok = abs(found_gap - c.per_minutes) <= INTERVAL_BAND * c.per_minutes
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{base} is one every {_interval_words(found_gap)}; '{c.claimed_text}' "
                    f"{'holds' if ok else 'does not hold'} (read as within {INTERVAL_BAND:.0%} of one every "
                    f"{_interval_words(c.per_minutes)}).", found=round(found_gap, 1),
                    unit="minutes between offences", evidence=ev)
    base = f"{base} is {per_span:,.1f} {a_span} (one every {_interval_words(found_gap)})"
    approx = "about" if c.approx == "exact" else c.approx
    ok, rule = count_holds(claimed=c.value or 0, found=per_span, approx=approx, written=c.claimed_text or "",
                           low=c.low, high=c.high)
    if approx == "about":       # an average is a fraction: 'three a day' is what rounds to three (2.5 to 3.5), or 5%
        tol = max(0.5, 0.05 * (c.value or 0))
        ok = abs(per_span - (c.value or 0)) <= tol
        rule = f"'{c.claimed_text}' read as {(c.value or 0) - tol:,.1f} to {(c.value or 0) + tol:,.1f}"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{base}, so the claimed {c.claimed_text} {a_span} {'holds' if ok else 'does not hold'} ({rule}; "
                "an average over the period, so read as approximate).",
                found=round(per_span, 1), unit=f"{unit} {a_span}", evidence=ev)
