"""Firsts in time: 'the first fall since <year>', 'the first time below N since records began'.

Each year's figure of the series, from the year named (or the start of the series) to the period claimed.
"""

from __future__ import annotations

from typing import Any

from ..._errors import CrimestatsError
from ...measures._periods import calendar_year, financial_year
from ...store._store import StoreLike
from .._frames import FirstSinceFrame, ThresholdFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _count_fact, _ev, _out, _unresolved

__all__ = ["first_since", "threshold_first"]


def _yearly(store: StoreLike, r: Resolved, years: list[int]) -> list[tuple[int, Any]]:
    grain_fy = r.period is not None and r.period.grain == "financial_year"
    out = []
    for y in years:
        p = financial_year(y) if grain_fy else calendar_year(y)
        out.append((y, _count_fact(store, measure=r.measure, area=r.area, period=p)))
    return out


def first_since(store: StoreLike, c: FirstSinceFrame, r: Resolved) -> CheckedClaim:
    """'the first fall since <year>': a fall now, a fall in <year>, and none in the years between."""
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    y = r.period.start.year
    # 'the first fall in five years': none in the four years between (the year before them need not fall)
    y0 = y - c.in_years if c.in_years else (c.since_year or y)
    if not y0 < y:
        return _out(c, r, "unverifiable", "The year named is not before the period claimed.")
    try:
        vals = _yearly(store, r, list(range(y0 - 1, y + 1)))
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"No open data answers it for every year needed: {exc}")
    seq = {yy: int(f.value or 0) for yy, f in vals}
    down = c.direction == "down"
    moved = (lambda a, b: b < a) if down else (lambda a, b: b > a)
    now_ok = moved(seq[y - 1], seq[y])
    then_ok = bool(c.in_years) or moved(seq[y0 - 1], seq[y0])
    between_ok = all(not moved(seq[k - 1], seq[k]) for k in range(y0 + 1, y))
    ok = now_ok and then_ok and between_ok
    txt = ", ".join(f"{k} {v:,}" for k, v in seq.items())
    word = "fall" if down else "rise"
    why = "" if ok else (f": {y} is not a {word}" if not now_ok else
                         f": {y0} was not a {word}" if not then_ok else f": there was a {word} in between")
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{vals[-1][1].measure_label} in {r.area.name} by year: {txt}{why}.",
                found=list(seq.values()), unit=vals[-1][1].unit, evidence=[_ev(f) for _, f in vals])


def threshold_first(store: StoreLike, c: ThresholdFrame, r: Resolved) -> CheckedClaim:
    """'the first time burglary has dropped below N since records began': below now, and in no
    earlier year of the series (or none since the year named)."""
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    y = r.period.start.year
    n = c.value or 0
    below = c.record == "low"
    first = None if c.since_records_began else (c.since_year or y)
    vals = []
    for yy in range(y, (first or 1990) - 1, -1):
        try:
            vals.append((yy, _yearly(store, r, [yy])[0][1]))
        except CrimestatsError:
            break
    vals.reverse()
    if not vals or vals[-1][0] != y:
        return _out(c, r, "unverifiable", "The data has no figure for the year claimed.")
    cross = (lambda v: v < n) if below else (lambda v: v > n)
    now = int(vals[-1][1].value or 0)
    earlier = [(yy, int(f.value or 0)) for yy, f in vals[:-1] if first is None or yy > first]
    hits = [(yy, v) for yy, v in earlier if cross(v)]
    word = "below" if below else "above"
    start = vals[0][0]
    desc = f"{vals[-1][1].measure_label} in {r.area.name} by year since {start}: {y} {now:,}"
    ev = [_ev(f) for _, f in vals]
    if not cross(now):
        return _out(c, r, "inaccurate", f"{desc}, not {word} {n:,.0f}.", found=now, unit=vals[-1][1].unit, evidence=ev)
    if hits:
        return _out(c, r, "inaccurate", f"{desc}; but it was already {word} {n:,.0f} in "
                    + ", ".join(f"{yy} ({v:,})" for yy, v in hits) + ".", found=now, unit=vals[-1][1].unit, evidence=ev)
    since = "since the series starts" if first is None else f"since {first}"
    return _out(c, r, "accurate", f"{desc}, the first year {word} {n:,.0f} {since} ({start}).",
                found=now, unit=vals[-1][1].unit, evidence=ev)
