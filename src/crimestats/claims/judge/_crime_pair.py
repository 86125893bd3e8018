"""Two crimes compared in one place and period: 'more <crime> than <crime>', '<crime> outnumbered
<crime>', 'twice as many <crime> as <crime>'.

Both crimes' counts for the place in the latest period both have (the claim's own period first); the
order, or the multiple within the band its words allow (``ratio_band``), is the verdict.  Two series
from different sources are named as such.
"""

from __future__ import annotations

from datetime import date

from ..._errors import CrimestatsError
from ...measures._catalogue import get_measure
from ...store._store import StoreLike
from .._frames import CrimePairFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _out, _with_period, fallback_periods
from ._rate import place_figure
from ._rounding import ratio_band

__all__ = ["crime_pair"]


def crime_pair(store: StoreLike, c: CrimePairFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """The claimed order (or multiple) of two crimes' counts in one place against the data."""
    if r.compare_measure is None or r.area is None or r.measure is None:
        return _out(c, r, "unverifiable", "The second crime compared could not be matched to a series in the store.")
    if r.compare_measure == r.measure:
        return _out(c, r, "unverifiable", f"Both crimes compared read as the same series ({r.measure}), so the "
                    "data cannot tell them apart.")
    last: CrimestatsError | None = None
    for p in fallback_periods(r, as_of):
        try:
            fa = place_figure(store, get_measure(r.measure), r.area, p, rate=False, assumed=r.period_assumed)
            fb = place_figure(store, get_measure(r.compare_measure), r.area, p, rate=False, assumed=r.period_assumed)
        except CrimestatsError as exc:
            last = exc
            continue
        r = _with_period(r, p)
        break
    else:
        raise last or CrimestatsError("no period with both crimes")
    va, vb = float(fa.value or 0), float(fb.value or 0)
    desc = (f"In {fa.area.name} in {fa.period.label}: {_fmt(fa.value)} {fa.measure_label.lower()} against "
            f"{_fmt(fb.value)} {fb.measure_label.lower()}")
    src = "" if fa.source == fb.source else "; the two counts come from different sources"
    ev = [_ev(fa), _ev(fb)]
    if c.value is not None:
        if not vb:
            return _out(c, r, "unverifiable", f"{desc}: nothing to divide by.", evidence=ev)
        ratio = va / vb
        lo, hi = ratio_band(c.value)
        if c.approx == "about" and c.value > 1:
            lo = min(lo, c.value * 0.85)
        if c.approx == "more_than":
            lo, hi = c.value, float("inf")
        elif c.approx == "fewer_than":
            lo, hi = 0.0, c.value
        ok = lo <= ratio <= hi
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc}, a ratio of {ratio:.2f}{src}; '{c.claimed_text}' allows {lo:.2f}-"
                    f"{'any higher' if hi == float('inf') else f'{hi:.2f}'}.",
                    found=round(ratio, 2), unit="ratio", evidence=ev)
    ok = va > vb if c.direction == "up" else va < vb
    return _out(c, r, "accurate" if ok else "inaccurate", f"{desc}{src}.",
                found={"this": fa.value, "other": fb.value}, unit=fa.unit, evidence=ev)
