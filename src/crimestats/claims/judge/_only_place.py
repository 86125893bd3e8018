"""'<borough> was the only London borough where <crime> rose': a direction that no other borough shares.

Every Met borough's change over the same two periods is worked out; the claim holds when the borough named
went the claimed way and none of the other 31 did.  The explanation names the others that did.
"""

from __future__ import annotations

from ..._errors import CrimestatsError
from ...store._store import StoreLike
from .._frames import DirectionFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _out, _unresolved
from ._rank import _borough_changes

__all__ = ["only_place_direction"]


def only_place_direction(store: StoreLike, c: DirectionFrame, r: Resolved) -> CheckedClaim:
    """Judge 'the only borough where <crime> went <up|down>', 'in every borough', 'in N of 32', 'in most boroughs',
    'in all four boroughs' against the boroughs' changes over the same two periods."""
    if r.measure is None or r.area is None or r.period is None:
        return _unresolved(c, r)
    if c.only_place and r.area.area_type != "borough":
        return _out(c, r, "unverifiable", "The claim sets one borough against the rest but names no London borough.")
    if c.places_quant == "among" and not r.among:
        return _out(c, r, "unverifiable", "The claim is about the places the text names, but it does not name that "
                    "many London boroughs.")
    base = r.baseline if r.baseline is not None and r.baseline != r.period else r.period.previous()
    down = c.direction == "down"
    try:
        changes = _borough_changes(store, r.measure, r.period, base, None, by_count=True, down=down)
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"No borough figures answer it: {exc}")
    if c.places_quant == "among" and r.among:
        keep = {a.name for a in r.among}
        changes = [t for t in changes if t[0].name in keep]
    went = sorted(a.name for a, v, _ in changes if v > 0)
    way = "fall" if down else "rise"
    label = changes[0][2].measure_label if changes else r.measure
    n = len(changes)
    scope = "the boroughs the text names" if c.places_quant == "among" else f"London's {n} boroughs"
    head = f"{label}, {r.period.label} against {base.label}, across {scope}"
    if c.places_quant is not None:
        missed = [a.name for a, v, _ in changes if v <= 0]
        but = sorted(a.name for a in r.compare_also_areas)
        want = {"all": f"every one of the {n}", "most": f"more than half of the {n}",
                "count": f"{c.places_k} of the {n}", "among": f"all {n}",
                "except": f"every one but {', '.join(but)}"}[c.places_quant]
        ok = {"all": len(went) == n, "among": len(went) == n, "most": len(went) > n / 2,
              "count": len(went) == c.places_k, "except": sorted(missed) == but}[c.places_quant]
        detail = f"{len(went)} of {n} saw a {way}" + (
            f" (not {', '.join(missed[:6])}{' ...' if len(missed) > 6 else ''})" if missed and len(missed) <= n / 2 else "")
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{head}: {detail}; the claim needs {want}{', as claimed' if ok else ''}.", found=len(went))
    mine = r.area.name in went
    others = [x for x in went if x != r.area.name]
    listed = ", ".join(others[:6]) + (f" and {len(others) - 6} more" if len(others) > 6 else "")
    if mine and not others:
        return _out(c, r, "accurate", f"{head}: only {r.area.name} saw a {way}, as claimed.", found=[r.area.name])
    if not mine:
        return _out(c, r, "inaccurate", f"{head}: {r.area.name} did not see a {way}"
                    + (f"; {len(went)} boroughs did ({listed})." if went else "; no borough did."), found=went)
    return _out(c, r, "inaccurate", f"{head}: {r.area.name} saw a {way}, but so did {len(others)} other "
                f"borough{'s' if len(others) > 1 else ''} ({listed}).", found=went)
