"""'against a London average of about N': the yardstick is the mean over London's boroughs.

A borough article sets its own figure against 'the London average' or 'the average borough': that is
London's total for the same crime and period spread over the 32 boroughs the Met polices (the City of
London has its own force), not the borough's own figure and not London's total.
"""

from __future__ import annotations

from dataclasses import replace

from ...measures._places import london_area
from ...store._store import StoreLike
from .._frames import CountFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _memo, _out, _unresolved
from ._rank import _borough_values
from ._rounding import count_holds

__all__ = ["borough_average_count"]


def borough_average_count(store: StoreLike, c: CountFrame, r: Resolved) -> CheckedClaim:
    """Judge a count said of the average London borough against the mean of the 32 Met boroughs."""
    period, measure = r.period, r.measure
    if measure is None or period is None:
        return _unresolved(c, r)
    r = replace(r, area=london_area())
    vals = _memo(("borough_values", measure, period), lambda: _borough_values(store, measure, period, False, None))
    if not vals:
        return _out(c, r, "unverifiable", f"No borough figures for {measure} in {period.label}.")
    total = sum(v for _, v, _ in vals)
    mean = total / len(vals)
    ok, rule = count_holds(claimed=c.value or 0, found=mean, approx=c.approx, written=c.claimed_text or "",
                           low=c.low, high=c.high)
    label = vals[0][2].measure_label.lower()
    desc = (f"London's {len(vals)} Met boroughs recorded {_fmt(total)} {label} offences in {period.label}, "
            f"an average of {_fmt(round(mean))} per borough")
    verdict = "accurate" if ok else "inaccurate"
    tail = f"so the claimed {c.claimed_text} holds ({rule})" if ok else f"not the claimed {c.claimed_text} ({rule})"
    return _out(c, r, verdict, f"{desc}, {tail}.", found=round(mean), unit="count",
                evidence=[_ev(f) for _, _, f in vals[:3]])
