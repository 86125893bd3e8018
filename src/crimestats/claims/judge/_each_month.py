"""'rose in each month of <year>': a direction that must hold month by month.

Each month of the period is set against the same month a year earlier (the series is seasonal, so a month
is never compared with the one before it); one month going the other way makes the claim inaccurate, and
the explanation names it.
"""

from __future__ import annotations

from dataclasses import replace

from ...facts import _facts as facts
from ...facts._facts import Fact
from ...store._store import StoreLike
from .._frames import DirectionFrame
from .._model import CheckedClaim
from .._reasons import Why
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _out, _unresolved

__all__ = ["each_month_direction", "month_on_month"]


def each_month_direction(store: StoreLike, c: DirectionFrame, r: Resolved) -> CheckedClaim:
    """Judge 'went <up|down> in every month of <period>' against each month a year earlier."""
    if r.measure is None or r.area is None or r.period is None:
        return _unresolved(c, r)
    now = facts.series(store, measure=r.measure, area=r.area, start=r.period, end=r.period, grain="month")
    before = r.period.shift_years(-1)
    then = {(f.period.start.year + 1, f.period.start.month): f for f in
            facts.series(store, measure=r.measure, area=r.area, start=before, end=before, grain="month")}
    pairs: list[tuple[Fact, Fact]] = []
    for f in now:
        g = then.get((f.period.start.year, f.period.start.month))
        if f.value is not None and g is not None and g.value is not None:
            pairs.append((f, g))
    if not pairs:
        return _out(c, r, "unverifiable", f"No monthly figures for {r.measure} in {r.area.name} for "
                    f"{r.period.label} and the year before, so 'each month' cannot be checked.")
    up = c.direction == "up"
    wrong = [(f, g) for f, g in pairs if not ((f.value or 0) > (g.value or 0) if up else (f.value or 0) < (g.value or 0))]
    label = pairs[0][0].measure_label
    way = "rise" if up else "fall"
    if wrong:
        f, g = wrong[0]
        more = f" and {len(wrong) - 1} other month{'s' if len(wrong) > 2 else ''}" if len(wrong) > 1 else ""
        return _out(c, r, "inaccurate",
                    f"{label} in {r.area.name}, month by month against the same month a year earlier: "
                    f"{f.period.label} had {_fmt(f.value)} against {_fmt(g.value)} in {g.period.label}, not a {way}"
                    f"{more}; {len(pairs) - len(wrong)} of {len(pairs)} months saw a {way}.",
                    found=f"{len(pairs) - len(wrong)} of {len(pairs)} months", evidence=[_ev(f), _ev(g)])
    lo = min(pairs, key=lambda p: abs((p[0].value or 0) - (p[1].value or 0)))
    return _out(c, r, "accurate",
                f"{label} in {r.area.name}: every one of the {len(pairs)} months of {r.period.label} saw a {way} on "
                f"the same month a year earlier (the closest, {lo[0].period.label}: {_fmt(lo[0].value)} against "
                f"{_fmt(lo[1].value)}).", found=f"{len(pairs)} of {len(pairs)} months", evidence=[_ev(lo[0]), _ev(lo[1])])


def month_on_month(store: StoreLike, c: DirectionFrame, r: Resolved) -> CheckedClaim:
    """Judge 'rose month on month' / 'every month from <month> to <month>': each month against the one before,
    over the run of months claimed (within the period read), one step the other way makes it inaccurate."""
    if r.measure is None or r.area is None or r.period is None:
        return _unresolved(c, r)
    # each month is set against the one before, not against the same months a year earlier
    r = replace(r, notes=[n for n in r.notes if n.why not in (Why.SAME_MONTHS_YEAR_EARLIER, Why.SAME_MONTH_YEAR_EARLIER)])
    measure, area, period = r.measure, r.area, r.period
    assert measure is not None and area is not None and period is not None
    months = [f for f in facts.series(store, measure=measure, area=area, start=period, end=period, grain="month")
              if f.value is not None]
    if c.month_span is not None and months:
        first, last = c.month_span
        year = max((f.period.start.year for f in months if f.period.start.month == last), default=None)
        if year is not None:
            start_year = year if first <= last else year - 1
            months = [f for f in months if (start_year, first) <= (f.period.start.year, f.period.start.month) <= (year, last)]
    if len(months) < 2:
        return _out(c, r, "unverifiable", f"No run of monthly figures for {measure} in {area.name} in "
                    f"{period.label}, so 'month on month' cannot be checked.")
    up = c.direction == "up"
    steps = list(zip(months, months[1:], strict=False))
    wrong = [(a, b) for a, b in steps if not ((b.value or 0) > (a.value or 0) if up else (b.value or 0) < (a.value or 0))]
    label, way = months[0].measure_label, "rise" if up else "fall"
    run = f"{months[0].period.label} to {months[-1].period.label}"
    shown = ", ".join(f"{f.period.label} {_fmt(f.value)}" for f in months)
    if wrong:
        a, b = wrong[0]
        return _out(c, r, "inaccurate",
                    f"{label} in {area.name}, month on month from {run} ({shown}): {b.period.label} had "
                    f"{_fmt(b.value)} against {_fmt(a.value)} in {a.period.label}, not a {way}; "
                    f"{len(steps) - len(wrong)} of {len(steps)} steps were a {way}.",
                    found=f"{len(steps) - len(wrong)} of {len(steps)} steps", evidence=[_ev(a), _ev(b)])
    return _out(c, r, "accurate", f"{label} in {area.name}, month on month from {run} ({shown}): a {way} at every "
                f"step, as claimed.", found=f"{len(steps)} of {len(steps)} steps", evidence=[_ev(f) for f in months])
