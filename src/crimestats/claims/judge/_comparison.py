"""Two places compared on one measure: 'more burglaries than Camden', 'a far safer city than New York',
'much the same as its neighbour'.

Both places' figures for the latest period both have (``_verdict_more._pair``), by count or, when the
claim speaks of a rate, per resident.  A comparison on safety with a city the store holds no rate for is
an opinion (``_safety``); one on the homicide rate says that safety is read on that rate alone.
"""

from __future__ import annotations

from datetime import date

from ..._errors import CrimestatsError
from ...store._store import StoreLike
from .._frames import ComparisonFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _out, _unresolved
from ._rounding import SAME_BAND
from ._safety import is_safety_judgement, safety_opinion
from ._verdict_more import _pair

__all__ = ["comparison"]


def comparison(store: StoreLike, c: ComparisonFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """The claimed order (or sameness) of two places' figures against the data."""
    if r.compare_area is None or r.area is None or r.measure is None:
        return _out(c, r, "unverifiable", "The places or the measure compared could not be identified.")
    by_rate = c.by_rate or c.rate_in_figure
    try:
        a, b, paired = _pair(store, r.measure, r.area, r.compare_area, r, as_of, rate=by_rate)
    except CrimestatsError:
        if is_safety_judgement(c, r) and r.compare_area.area_type == "city":
            return safety_opinion(store, c, r, as_of)     # 'a far safer city than New York'
        if r.measure == "homicide_rate" and r.compare_area.area_type == "city":
            return _out(c, r, "unverifiable", f"No open data in the store gives a homicide rate for "
                        f"{r.compare_area.name} as a city; city-level figures from its police or statistics office "
                        "would answer it (country-level rates are not the same thing).")
        raise
    r = paired
    if r.area is None or r.period is None or r.compare_area is None:
        return _unresolved(c, r)
    ev = [_ev(a), _ev(b)]
    if c.direction == "same":
        va, vb = float(a.value or 0), float(b.value or 0)
        gap = abs(va - vb) / max(va, vb) if max(va, vb) else 0.0
        band = SAME_BAND if c.approx == "about" else 0.0
        ok = gap <= band if band else (_fmt(a.value) == _fmt(b.value))
        src = "" if a.source == b.source else "; the two figures come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, {_fmt(b.value)} in "
                    f"{r.compare_area.name}, {gap:.1%} apart ('{c.claimed_text}' read as within {band:.0%}){src}.",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    higher = (a.value or 0) > (b.value or 0)
    ok = higher if c.direction == "up" else (a.value or 0) < (b.value or 0)
    desc = (f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, "
            f"{_fmt(b.value)} in {r.compare_area.name}")
    if r.measure == "homicide_rate" and c.danger_words:
        return _out(c, r, "accurate_with_caveat" if ok else "inaccurate",
                    f"{desc}; safety is judged here on the homicide rate alone, and the two rates come from "
                    "different sources (computed from Met victims and population vs published).",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    if by_rate or a.unit.startswith("per "):
        src = "" if a.source == b.source else "; the two rates come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc} ({a.unit}{src}).", found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    return _out(c, r, "accurate" if ok else "inaccurate", f"{desc} (counts, not rates per resident).",
                found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
