"""'<crime> was the only major crime type to go up': it went the claimed way and no other crime type did.

The crime types are the Met's major categories (the children of all crime in the offence taxonomy) for a London
place, or police.uk's crime types for another force (``_crime_pair._crime_types``); a minor category is set among
the major ones, as a reader would take 'the only major crime type'.  Each type's change is worked out over the
claim's two periods; the explanation names the others that went the same way.
"""

from __future__ import annotations

from dataclasses import replace

from ..._errors import CrimestatsError
from ...reference._taxonomy import OFFENCE_KEYS
from ...store._store import StoreLike
from .._frames import DirectionFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._crime_pair import _crime_types
from ._outcome import _ev, _out, _unresolved, change_of

__all__ = ["only_type_direction"]


def _major(measure: str) -> str:
    """The major category ``measure`` falls under (itself when it is one)."""
    key = measure
    while key in OFFENCE_KEYS and OFFENCE_KEYS[key].parent not in (None, "all_crime"):
        key = OFFENCE_KEYS[key].parent or key
    return key


def only_type_direction(store: StoreLike, c: DirectionFrame, r: Resolved) -> CheckedClaim:
    """Judge 'the only (major) crime type to rise/fall' against every crime type's change in the place."""
    if r.measure is None or r.area is None or r.period is None:
        return _unresolved(c, r)
    if r.measure not in OFFENCE_KEYS:
        return _out(c, r, "unverifiable", "The crime named is not one of the crime types the data splits crime into, "
                    "so it cannot be set against the others.")
    types = _crime_types(_major(r.measure), r.area)
    down = c.direction == "down"
    went: list[tuple[str, float]] = []
    mine = None
    try:
        own = change_of(store, r)
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"No figures answer it: {exc}")
    for k in types:
        if k in (r.measure, _major(r.measure)):     # (a minor category is not set against the category it is in)
            continue
        try:
            ch = change_of(store, replace(r, measure=k))
        except CrimestatsError:
            continue
        if ch.pct_change is not None and (ch.pct_change < 0 if down else ch.pct_change > 0):
            went.append((ch.now.measure_label, ch.pct_change))
    if own.pct_change is not None:
        mine = own.pct_change < 0 if down else own.pct_change > 0
    way = "fell" if down else "rose"
    head = (f"{own.now.measure_label} in {own.now.area.name}: {own.now.period.label} against {own.then.period.label}, "
            + (f"{own.pct_change:+.1f}%" if own.pct_change is not None else "no earlier figure"))
    ev = [_ev(own.now), _ev(own.then)]
    others = ", ".join(f"{label.lower()} {pct:+.1f}%" for label, pct in went[:6])
    if mine and not went:
        return _out(c, r, "accurate", f"{head}; no other crime type {way}, as claimed.", found=[own.now.measure_label],
                    evidence=ev)
    if not mine:
        return _out(c, r, "inaccurate", f"{head}: it did not {'fall' if down else 'rise'}"
                    + (f"; these did: {others}." if went else "."), found=[label for label, _ in went], evidence=ev)
    return _out(c, r, "inaccurate", f"{head}, but other crime types {way} too: {others}.",
                found=[own.now.measure_label] + [label for label, _ in went], evidence=ev)
