"""Rates set against London's, and claimed rates that fit another population base.

* **A borough's rate against London's** ("<borough>'s burglary rate is below the London average",
  "<borough>'s robbery rate is twice the London rate", "more than three times the London average"):
  the place's offences per 1,000 residents against London's for the same measure and year, both rates
  and both populations stated.  "The London average" is read as London's overall rate (offences over
  all residents), not the mean of the boroughs' rates.
* **Another population base**: a claimed rate that misses with the population the library uses (the
  ONS London region estimate for the Met, a borough's estimate or projection) but fits another series in
  the store (the ONS police-force-area estimate) is ``accurate_with_caveat`` naming both bases and both
  rates; the library's own base stays the headline figure.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..._errors import CrimestatsError
from ...facts import _rates
from ...measures._catalogue import get_measure
from ...store._store import StoreLike
from .._frames import ComparisonFrame, PlaceRatioFrame, RateFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _out, _unresolved, _with_period, fallback_periods
from ._rounding import percent_holds, ratio_band

__all__ = ["london_yardstick", "other_base", "is_london"]

PER = 1_000


def is_london(area: Any) -> bool:
    """The Met area or the London region: the whole a borough's rate is set against."""
    return area is not None and ((area.area_type == "force" and area.code == "metropolitan") or
                                 (area.area_type == "region" and "london" in (area.name or "").lower()))


def _base_words(f: Any) -> str:
    """'population N, ons_mye_regions estimate for <year>': the population a rate Fact divides by."""
    pop = f.population
    if pop is None:
        return "population source not stated"
    return f"population {pop.value:,.0f}, {pop.source} {pop.kind} for {pop.year}"


def london_yardstick(store: StoreLike, c: PlaceRatioFrame | ComparisonFrame, r: Resolved,
                     as_of: date) -> CheckedClaim | None:
    """A place's rate per 1,000 residents against London's (module docstring); None when the claim
    does not set a place inside London against London as a rate (its words name no rate or average)."""
    if r.area is None or r.measure is None or r.period is None or r.compare_area is None \
            or not is_london(r.compare_area):
        return None
    if is_london(r.area) or r.area.area_type not in ("borough", "ward", "lsoa"):
        return None
    if not (c.by_rate or c.rate_words):
        return None
    m = get_measure(r.measure)
    if m.kind == "rate":
        m = get_measure(m.base or "")
    fa = fb = None
    last: CrimestatsError | None = None
    here, london = r.area, r.compare_area
    for p in fallback_periods(r, as_of):
        try:
            fa = _rates.rate_fact(store, measure=m, area=here, period=p, per=PER)
            fb = _rates.rate_fact(store, measure=m, area=london, period=p, per=PER)
        except CrimestatsError as exc:
            last, fa, fb = exc, None, None
            continue
        r = _with_period(r, p) if r.period_assumed else r
        break
    if fa is None or fb is None:
        return _out(c, r, "unverifiable", f"No open data gives both rates: {last}")
    if r.period is None:
        return _unresolved(c, r)
    va, vb = float(fa.value or 0), float(fb.value or 0)
    desc = (f"{m.label} in {r.period.label}: {va:.2f} per {PER:,} residents in {fa.area.name} ({_base_words(fa)}) "
            f"against {vb:.2f} per {PER:,} in {fb.area.name} ({_base_words(fb)})")
    note = " 'The London average' is read as London's overall rate, not the mean of the boroughs' rates." \
        if c.says_average else ""
    found = {"this": round(va, 2), "other": round(vb, 2)}
    ev = [_ev(fa), _ev(fb)]
    if isinstance(c, PlaceRatioFrame):
        if not vb:
            return _out(c, r, "unverifiable", f"{fb.area.name} has no rate to divide by.", evidence=ev)
        ratio = va / vb
        lo, hi = ratio_band(c.value or 1.0)
        if c.approx == "more_than":
            lo, hi = (c.value or 1.0), max(hi, (c.value or 1.0) * 1.5)
        elif c.approx == "about" and (c.value or 1) > 1:
            lo = min(lo, (c.value or 1) * 0.85)
        ok = lo <= ratio <= hi
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc}, a ratio of {ratio:.2f}, {'within' if ok else 'outside'} the {lo:.2f}-{hi:.2f} that "
                    f"'{c.claimed_text}' allows.{note}", found=round(ratio, 2), unit="ratio", evidence=ev)
    if c.direction not in ("up", "down"):
        return None
    ok = va > vb if c.direction == "up" else va < vb
    word = "above" if va > vb else "below" if va < vb else "level with"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{desc}: {word} London's rate, {'as claimed' if ok else 'not ' + ('above' if c.direction == 'up' else 'below')}."
                f"{note}", found=found, unit=f"per {PER:,} population", evidence=ev)


def other_base(store: StoreLike, c: RateFrame, r: Resolved, f: Any, *, per: int, written: str) -> CheckedClaim | None:
    """The claimed rate fits another population series held in the store (module docstring)."""
    if r.area is None or r.period is None or not f.value:
        return None
    try:
        bases = _rates.population_bases(store, area=r.area, year=r.period.start.year)
    except CrimestatsError:
        return None
    if len(bases) < 2:
        return None
    count = float(f.value) * bases[0][0] / per if f.value else 0.0
    used = next((b for b in bases if abs(float(f.value) - count * per / b[0]) < 1e-6 * max(1.0, float(f.value))), None)
    if used is None:
        return None
    for pop, kind, src, basis in bases:
        if (pop, kind, src, basis) == used:
            continue
        alt = count * per / pop
        if percent_holds(claimed=c.value or 0, found=alt, places=c.decimals, written=written, approx=c.approx)[0]:
            label = f.measure_label.lower()
            return _out(c, r, "accurate_with_caveat",
                        f"The claimed {c.claimed_text} matches {alt:.2f} per {per:,}: {label} in {r.area.name}, "
                        f"{r.period.label} ({count:,.0f}) over the population of {basis} ({src} {kind}, {pop:,.0f}). "
                        f"With the population this checker uses for {r.area.name} ({used[3]}: {used[2]} {used[1]}, "
                        f"{used[0]:,.0f}) the rate is {float(f.value):.2f} per {per:,}; the two population bases "
                        "differ, so the claim holds on its own base.",
                        found=round(alt, 2), unit=f"per {per:,} population", evidence=[_ev(f)])
    return None
