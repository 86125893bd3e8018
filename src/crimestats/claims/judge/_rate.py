"""Rates per N residents: 'a homicide rate of N.N per 100,000 in <year>'.

Published rates for countries (and the international homicide-rate series); for a force, region or
borough the count over the population (``facts._rates.rate_fact``).  With no period named, the latest
year with data, never a year the source has only begun to fill.  A claimed rate that misses on this
checker's population but fits another base in the store is said (``_rate_compare.other_base``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..._errors import CrimestatsError, NoDataError
from ...facts import _facts as facts
from ...facts import _rates
from ...measures._catalogue import get_measure
from ...measures._periods import Period, calendar_year
from ...measures._places import Area
from ...store._store import StoreLike
from .._frames import RateFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _count_fact, _ev, _fmt, _out, _with_period, fallback_periods
from ._rate_compare import other_base
from ._rounding import rate_holds

__all__ = ["rate_per", "place_figure"]


def rate_per(store: StoreLike, c: RateFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """A rate per N residents: published rates for countries, else counts over population."""
    m = get_measure(r.measure or "homicide_rate")
    per = c.per or 100_000
    written = (c.claimed_text or "").split()[0]
    tried: list[tuple[Period, Any]] = []
    last: CrimestatsError | None = None
    for p in fallback_periods(r, as_of):
        try:
            if m.kind == "rate" or r.area is None or r.area.area_type in ("country", "city"):
                f = place_figure(store, m, r.area, p, rate=True, assumed=r.period_assumed) if r.area is not None \
                    else facts.count(store, measure=m.name, area=r.area, period=p)
            else:
                if r.period_assumed:
                    place_figure(store, m, r.area, p, rate=False, assumed=True)
                f = _rates.rate_fact(store, measure=m, area=r.area, period=p, per=per)
        except CrimestatsError as exc:
            last = exc
            continue
        tried.append((p, f))
        if rate_holds(claimed=c.value or 0, found=float(f.value or 0), places=c.decimals, written=written, approx=c.approx)[0]:
            break
    if not tried:
        return _out(c, r, "unverifiable", f"No open data answers it: {last}", no_data=isinstance(last, NoDataError))
    p, f = tried[-1]
    ok = rate_holds(claimed=c.value or 0, found=float(f.value or 0), places=c.decimals, written=written, approx=c.approx)[0]
    if not ok:
        p, f = tried[0]
        got = other_base(store, c, _with_period(r, p) if r.period_assumed else r, f, per=per, written=written)
        if got is not None:
            return got
    r2 = _with_period(r, p) if r.period_assumed else r
    val = float(f.value or 0)
    desc = f"The {f.measure_label.lower()} for {f.area.name} in {p.label} is {val:.2f} per {per:,}"
    ev = [_ev(f)] + [_ev(g) for q, g in tried if g is not f]
    projection = f.population is not None and f.population.kind == "projection"
    if ok and len(tried) > 1:
        latest = tried[0][1]
        return _out(c, r2, "accurate_with_caveat", f"{desc}, matching the claimed {c.claimed_text}; the latest "
                    f"figure ({tried[0][0].label}) is {float(latest.value or 0):.2f}.", found=round(val, 2),
                    unit=f.unit, evidence=ev)
    if ok and projection:
        return _out(c, r2, "accurate_with_caveat", f"{desc}, so the claimed {c.claimed_text} holds; the population "
                    "used is a GLA projection, not an ONS estimate.", found=round(val, 2), unit=f.unit, evidence=ev)
    return _out(c, r2, "accurate" if ok else "inaccurate",
                f"{desc}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'}.",
                found=round(val, 2), unit=f.unit, evidence=ev)


class _Incomplete(CrimestatsError):
    """A year-grain figure far below the year before: the file is still filling in."""


def place_figure(store: StoreLike, m: Any, area: Area, p: Period, *, rate: bool, assumed: bool) -> Any:
    """One place's figure for ``p``; with no period named, a country's latest published year up to
    ``p`` and never a year the source has only begun to fill."""
    if area.area_type in ("country", "city") and m.kind == "rate":
        # a country's latest published year up to p (rates are published a year or two late)
        rows = _rates.international_rates(store, year=p.start.year, countries=[area.name])
        if rows and (assumed or int(rows[0]["year"]) >= p.start.year - 2):
            p = calendar_year(int(rows[0]["year"]))
        return facts.count(store, measure=m.name, area=area, period=p)
    if assumed and p.grain == "year":
        base = get_measure(m.base) if m.kind == "rate" and m.base else m
        now = _count_fact(store, measure=base.name, area=area, period=p)
        try:
            before = _count_fact(store, measure=base.name, area=area, period=p.previous())
        except CrimestatsError:
            before = None
        if before is not None and before.value and (now.value or 0) < 0.5 * before.value:
            raise _Incomplete(f"{base.label} for {area.name} in {p.label} ({_fmt(now.value)}) is under half the "
                              f"year before ({_fmt(before.value)}): the year looks incomplete in the file")
    if (rate or m.kind == "rate") and m.kind != "rate":
        return _rates.rate_fact(store, measure=m, area=area, period=p)
    return facts.count(store, measure=m.name, area=area, period=p)
