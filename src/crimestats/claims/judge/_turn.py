"""Verdicts on turns: "robbery peaked in <year>", "shoplifting peaked in <month>", "bottomed out in <year>".

A peak (or trough) is a claim about a window, not one figure: the period named is the highest (lowest)
of the periods around it that the text is about.  For a year: the five years before it and every full
year after it up to the publication date.  For a month: the months of its year, up to the last complete
month before the publication date.  A tie at the top holds with a caveat; a period the data lacks is
left out of the window and said.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..._errors import CrimestatsError
from ...facts._model import Fact
from ...measures._periods import Period, calendar_year, financial_year, last_complete_month, month
from ...store._store import StoreLike
from .._frames import TurnFrame
from .._model import CheckedClaim
from ..resolve._resolve import ALTERNATES, Resolved
from ._outcome import _count_fact, _ev, _out, _unresolved

__all__ = ["turn"]

_YEARS_BEFORE = 5


def _window(p: Period, as_of: date) -> list[Period]:
    """The periods a turn at ``p`` is judged against (``p`` among them), oldest first."""
    last = last_complete_month(as_of)
    if p.grain == "month":
        end = last.month if last.year == p.start.year else 12
        return [month(p.start.year, m) for m in range(1, end + 1)] if last.year >= p.start.year else [p]
    fy = p.grain == "financial_year"
    y = p.start.year
    last_y = (last.year - 1 if last.month < 3 else last.year) if fy else (last.year if last.month == 12
                                                                          else last.year - 1)
    make = financial_year if fy else calendar_year
    return [make(k) for k in range(y - _YEARS_BEFORE, max(y, last_y) + 1)]


def turn(store: StoreLike, c: TurnFrame, r: Resolved, as_of: date) -> CheckedClaim:
    area, period = r.area, r.period
    if area is None or period is None or r.measure is None:
        return _unresolved(c, r)
    try:
        own = _count_fact(store, measure=r.measure, area=area, period=period)
    except CrimestatsError as exc:
        alt = ALTERNATES.get(r.measure)     # homicide offences start in 2010: the victims series goes back further
        if alt is None:
            return _out(c, r, "unverifiable", f"No open data answers it for {period.label}: {exc}")
        try:
            own = _count_fact(store, measure=alt, area=area, period=period)
        except CrimestatsError:
            return _out(c, r, "unverifiable", f"No open data answers it for {period.label}: {exc}")
        r = replace(r, measure=alt)
    seen: list[tuple[Period, Fact]] = []
    missing: list[str] = []
    window = _window(period, as_of)
    if period.grain == "month" and r.baseline is not None and r.baseline.grain == "year" and \
            r.baseline.start.year != period.start.year:
        # 'more than any single month of <year>': the month against every month of that year
        window = [month(r.baseline.start.year, m) for m in range(1, 13)] + [period]
    for p in window:
        if p == period:
            seen.append((p, own))
            continue
        try:
            seen.append((p, _count_fact(store, measure=r.measure, area=area, period=p)))
        except CrimestatsError:
            missing.append(p.label)
    if not any(p == period for p, _ in seen):
        seen.insert(0, (period, own))      # a period outside the window still stands with its own figure
    high = c.peak
    v = int(own.value or 0)
    top = max if high else min
    best_p, best = top(seen, key=lambda t: int(t[1].value or 0))
    best_v = int(best.value or 0)
    series = ", ".join(f"{p.label} {int(f.value or 0):,}" for p, f in seen)
    word = "peak" if high else "low point"
    gap = f" (no data for {', '.join(missing)})" if missing else ""
    ev = [_ev(f) for _, f in seen]
    desc = f"{own.measure_label} in {area.name}: {series}{gap}"
    if len(seen) < 2:
        return _out(c, r, "unverifiable", f"{desc}: no other period to compare with.", evidence=ev)
    ties = [p.label for p, f in seen if int(f.value or 0) == best_v and p != period]
    if best_v == v and ties:
        return _out(c, r, "accurate_with_caveat", f"{desc}: {period.label} ties with {', '.join(ties)} as the "
                    f"{word}.", found=period.label, unit=own.unit, evidence=ev)
    if best_v == v:
        return _out(c, r, "accurate", f"{desc}: {period.label} is the {word}, as claimed.",
                    found=period.label, unit=own.unit, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}: the {word} is {best_p.label} ({best_v:,}), not {period.label} "
                f"({v:,}).", found=best_p.label, unit=own.unit, evidence=ev)
