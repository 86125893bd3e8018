"""Streaks of falls or rises: every year-on-year step is judged, not one change end to end.

"Homicides have fallen for four years in a row" (``streak=4``: the last four yearly steps up to the
period; "up for the third month running" the last three monthly steps, to the month named or the latest
month with data) and "domestic homicides have fallen every year since <year>" (``since_year=<year>``: every step
from <year> to the period claimed, or to the latest year with data when none is named).  A country's
"homicide rate has risen every year since <year>" is read on the international homicide-rate series,
since recorded crime holds no country figures.  Extraction: ``_extract_record.streak_since_claims``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from ..._errors import CrimestatsError
from ...measures._periods import Period, calendar_year, financial_year, last_complete_month, month, range_
from ...store._store import StoreLike
from .._frames import StreakFrame
from .._model import CheckedClaim
from .._reasons import ASSUMED, Reason, Why
from ..resolve._resolve import Resolved
from ._outcome import _count_fact, _ev, _out, _unresolved

__all__ = ["streak"]

def _measure(c: StreakFrame, r: Resolved) -> Resolved:
    """A country's homicide rate is the international rate series, not recorded crime."""
    if r.area is not None and r.area.area_type == "country" and r.measure in ("homicide", "homicide_rate") \
            and c.rate_words:
        return replace(r, measure="homicide_rate")
    return r


def _fact(store: StoreLike, r: Resolved, y: int, fy: bool) -> Any:
    return _count_fact(store, measure=r.measure, area=r.area, period=financial_year(y) if fy else calendar_year(y))


def _end_year(store: StoreLike, c: StreakFrame, r: Resolved, as_of: date, fy: bool) -> int | None:
    """The last year of the streak: the period claimed when it is a whole past year, else the latest
    year (up to five back from the as-of date) the series has a figure for."""
    p = r.period
    if p is not None and p.grain in ("year", "financial_year") and p.end < as_of.replace(day=1) \
            and not r.period_assumed and not (c.since_year and p.start.year <= c.since_year):
        return p.start.year
    for y in range(as_of.year - 1, as_of.year - 7, -1):
        if fy and financial_year(y).end >= as_of:
            continue
        try:
            f = _fact(store, r, y, fy)
        except CrimestatsError:
            continue
        if f.value is not None:
            return y
    return None


def _month_fact(store: StoreLike, r: Resolved, m: Period) -> Any:
    return _count_fact(store, measure=r.measure, area=r.area, period=m)


def _end_month(store: StoreLike, r: Resolved, as_of: date) -> Period | None:
    """The last month of a monthly streak: the month claimed, else the latest month (up to a year back from
    the as-of date, or from the end of the period named) with a figure."""
    p = r.period
    last = last_complete_month(as_of)
    if p is not None and p.grain == "month" and p.start <= last and not r.period_assumed:
        return p
    d = min(last, p.end) if p is not None and not r.period_assumed else last
    m = month(d.year, d.month)
    for _ in range(12):
        try:
            if _month_fact(store, r, m).value is not None:
                return m
        except CrimestatsError:
            pass
        m = m.previous()
    return None


def _monthly(store: StoreLike, c: StreakFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """Every month-on-month step of 'up for the third month running' in the claimed direction."""
    end = _end_month(store, r, as_of)
    area = r.area
    if end is None or area is None:
        return _out(c, r, "unverifiable", "No open data answers it: the series has no recent monthly figure.")
    n = c.streak or 1
    if r.since is not None and r.since.grain == "month" and r.since.start < end.start:
        # 'in every month since <month>': each step from that month to the last one
        n = range_(r.since.start, end.start).n_months - 1
    try:
        vals = [_month_fact(store, r, end.shift_months(-k)) for k in range(n, -1, -1)]
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"No open data answers it for every month needed: {exc}")
    if any(f.value is None for f in vals):
        gap = next(f.period.label for f in vals if f.value is None)
        return _out(c, r, "unverifiable", f"No open data answers it: no figure for {gap}.")
    if r.period is None or r.period.grain != "month" or r.period_assumed:
        r = replace(r, notes=[x for x in r.notes if x.why not in ASSUMED]
                    + [Reason.of(Why.STREAK_TO_LATEST_MONTH, month=vals[-1].period.label)])
    period: Period = vals[-1].period
    r = replace(r, period=period)
    seq = [int(f.value or 0) for f in vals]
    down = c.direction == "down"
    bad = _wrong_way([(f.period.label, v) for f, v in zip(vals, seq, strict=True)], down=down)
    word = "fall" if down else "rise"
    txt = ", ".join(f"{f.period.label} {v:,}" for f, v in zip(vals, seq, strict=True))
    tail = (f"that is {n} monthly {word}s in a row." if not bad else
            f"that is not {n} monthly {word}s in a row: " + _steps_text(bad)
            + f" {'were' if len(bad) > 1 else 'was'} not a {word}.")
    return _out(c, r, "inaccurate" if bad else "accurate", f"{vals[-1].measure_label} in {area.name}: {txt}; {tail}",
                found=seq, unit=vals[-1].unit, evidence=[_ev(f) for f in vals])


def _wrong_way(labelled: list[tuple[str, Any]], *, down: bool) -> list[tuple[str, Any, Any]]:
    """The steps of a labelled series that did not go the claimed way: (label of the later period, before, after)."""
    return [(lab_b, a, b) for (_, a), (lab_b, b) in pairwise(labelled) if not ((b < a) if down else (b > a))]


def _steps_text(bad: list[tuple[str, Any, Any]]) -> str:
    return ", ".join(f"{lab} ({b:,} against {a:,})" for lab, a, b in bad)


def _broken_before(c: StreakFrame, vals: list[tuple[int, Any]], r: Resolved) -> CheckedClaim | None:
    """'risen every year since <year>' with a year missing later: inaccurate when a step before the gap already went
    the other way (the missing year cannot mend it), else None."""
    if c.ended or c.of_steps is not None or r.area is None or len(vals) < 2:
        return None
    down = c.direction == "down"
    seq = [(f.period.label, f.value) for _, f in vals if f.value is not None]
    bad = _wrong_way(seq, down=down)
    if not bad:
        return None
    word = "fall" if down else "rise"
    txt = ", ".join(f"{lab} {v:,}" for lab, v in seq)
    tail = _steps_text(bad)
    return _out(c, replace(r, period=vals[-1][1].period), "inaccurate",
                f"{vals[-1][1].measure_label} in {r.area.name}: {txt}; that is not a {word} every year: {tail} "
                f"{'were' if len(bad) > 1 else 'was'} not (later years are not all in the data).",
                found=[v for _, v in seq], unit=vals[-1][1].unit, evidence=[_ev(f) for _, f in vals])


def streak(store: StoreLike, c: StreakFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """Every yearly step of the streak in the claimed direction (see the module docstring)."""
    r = _measure(c, r)
    if c.months:
        return _monthly(store, c, r, as_of)
    fy = r.period is not None and r.period.grain == "financial_year"
    y = _end_year(store, c, r, as_of, fy)
    if y is None:
        return _out(c, r, "unverifiable", "No open data answers it: the series has no recent yearly figure.")
    first = c.since_year if c.since_year else y - (c.streak or 1) - (1 if c.ended else 0)
    if first >= y:
        return _out(c, r, "unverifiable", f"The year named ({first}) is not before the latest year checked ({y}).")
    vals = []
    for yy in range(first, y + 1):
        try:
            vals.append((yy, _fact(store, r, yy, fy)))
        except CrimestatsError as exc:
            broken = _broken_before(c, vals, r)
            if broken is not None:      # a step already known goes the other way: the gap cannot save the claim
                return broken
            return _out(c, r, "unverifiable", f"No open data answers it for every year needed: {exc}")
    if r.period is not None and r.period.start.year != y:
        r = replace(r, notes=[n for n in r.notes if n.why not in ASSUMED]
                    + [Reason.of(Why.STREAK_TO_LATEST, year=y)])
    r = replace(r, period=vals[-1][1].period)
    seq = [(yy, round(float(f.value), 2) if isinstance(f.value, float) and not float(f.value).is_integer()
            else int(f.value or 0)) for yy, f in vals]
    down = c.direction == "down"
    run = seq[:-1] if c.ended else seq      # an ended streak runs to the year before; the last step turns
    bad = _wrong_way([(f.period.label, v) for (_, v), (_, f) in zip(run, vals[:len(run)], strict=True)], down=down)
    turned = not c.ended or ((seq[-1][1] > seq[-2][1]) if down else (seq[-1][1] < seq[-2][1]))
    ok = not bad and turned
    if c.of_steps is not None:      # 'in K of the last N years': count the steps that went that way
        hits = n_steps = len(seq) - 1
        hits -= len(bad)
        ok = hits == c.of_steps
    txt = ", ".join(f"{f.period.label} {v:,}" for (_, v), (_, f) in zip(seq, vals, strict=True))
    word = "fall" if down else "rise"
    n = len(run) - 1
    if c.ended:
        other = "rise" if down else "fall"
        tail = (f"{n} {word}s in a row, then a {other} in {vals[-1][1].period.label}, as claimed." if ok else
                f"not {n} {word}s in a row ended by a {other} in {vals[-1][1].period.label}.")
    elif c.of_steps is not None:
        tail = f"that is {hits} {word}{'s' if hits != 1 else ''} in the last {n_steps} years" + \
            (", as claimed." if ok else f", not {c.of_steps}.")
    elif ok:
        tail = f"that is {n} {word}s in a row."
    else:
        tail = (f"that is not a {word} every year: " + _steps_text(bad)
                + f" {'did' if len(bad) > 1 else 'was'} not.") if c.since_year else f"that is not {n} {word}s in a row."
    if r.area is None:
        return _unresolved(c, r)
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{vals[-1][1].measure_label} in {r.area.name}: {txt}; {tail}",
                found=[v for _, v in seq], unit=vals[-1][1].unit, evidence=[_ev(f) for _, f in vals])
