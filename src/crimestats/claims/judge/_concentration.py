"""A share of London's crime found in a few boroughs: 'two in five robberies happen in just five boroughs',
'half of all knife crime is in ten boroughs'.

Read as the share of the 32 boroughs' offences recorded in the K boroughs with the most (the most favourable
reading of 'just K boroughs'): the claim holds when that share matches the one claimed, under the usual
rounding of shares.  Only London, only the Met's borough series.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..._errors import CrimestatsError
from ...measures._places import london_area
from ...store._store import StoreLike
from .._frames import ShareFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _out, fallback_periods
from ._rank import _borough_values
from ._share import share_holds

__all__ = ["concentration"]


def concentration(store: StoreLike, c: ShareFrame, r: Resolved, as_of: date) -> CheckedClaim | None:
    """The share of London's <crime> in its K highest boroughs, when the claim says 'in (just) K boroughs'."""
    k = c.in_top_boroughs
    if not k or r.measure is None or r.area is None or r.area.code != london_area().code:
        return None
    for p in fallback_periods(r, as_of):
        try:
            vals = _borough_values(store, r.measure, p, False, None)
        except CrimestatsError:
            continue
        total = sum(v for _, v, _ in vals)
        if not total or len(vals) <= k:
            continue
        top = sorted(vals, key=lambda t: -t[1])[:k]
        part = sum(v for _, v, _ in top)
        pct = 100 * part / total
        ok, rule = share_holds(c, pct)
        r = replace(r, period=p)
        names = ", ".join(f"{a.name} {_fmt(v)}" for a, v, _ in top)
        label = top[0][2].measure_label.lower()
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"The {k} boroughs with the most {label} in {p.label} ({names}) recorded {_fmt(part)} of the "
                    f"{_fmt(total)} in London's {len(vals)} boroughs ({pct:.1f}%), so the claimed {c.claimed_text} "
                    f"{'holds' if ok else 'does not hold'} ({rule}).",
                    found=round(pct, 1), unit="percent", evidence=[_ev(f) for _, _, f in top])
    return None
