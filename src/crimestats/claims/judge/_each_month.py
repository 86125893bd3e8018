"""'rose in each month of <year>': a direction that must hold month by month.

Each month of the period is set against the same month a year earlier (the series is seasonal, so a month
is never compared with the one before it); one month going the other way makes the claim inaccurate, and
the explanation names it.
"""

from __future__ import annotations

from ...facts import _facts as facts
from ...facts._facts import Fact
from ...store._store import StoreLike
from .._frames import DirectionFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _out, _unresolved

__all__ = ["each_month_direction"]


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
