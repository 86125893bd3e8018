"""A count claim about the Met area checked against both Met series (see ``facts/_both_ways``).

When the store holds both MPS recorded crime and the Met's police.uk street files for the claim's
measure and period, and the claimed figure holds for one series but not the other, the explanation
says so and why the two differ; the verdict stays the one the preferred series gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._errors import CrimestatsError
from ...facts._both_ways import MET_BOTH_WAYS_NOTE, RECORDED, STREET, met_both_ways
from ...reference._areas import MET_FORCE
from .._model import CheckedClaim
from ._rounding import count_holds

if TYPE_CHECKING:
    from ...store._store import StoreLike

__all__ = ["with_other_met_series"]

_NAMES = {RECORDED: "MPS recorded crime", STREET: "data.police.uk street-level data"}


def with_other_met_series(store: "StoreLike", checked: CheckedClaim) -> CheckedClaim:
    """``checked`` with a sentence on the other Met series when the claim holds for exactly one."""
    c = checked.claim
    if (checked.kind != "count" or checked.area_code != MET_FORCE[0] or not checked.measure
            or not checked.period or c.value is None or not checked.evidence):
        return checked
    used = checked.evidence[0].source.split(":")[0].strip()
    if used not in _NAMES:
        return checked
    try:
        both = met_both_ways(store, measure=checked.measure, period=checked.period)
    except CrimestatsError:
        return checked
    if both.recorded is None or both.street is None:
        return checked
    other = STREET if used == RECORDED else RECORDED
    figures = {RECORDED: both.recorded, STREET: both.street}

    def holds(source: str) -> bool:
        return count_holds(claimed=c.value or 0, found=float(figures[source].value or 0), approx=c.approx,
                           written=c.claimed_text or "", low=c.low, high=c.high)[0]

    if holds(used) == holds(other):
        return checked
    hit, miss = (used, other) if holds(used) else (other, used)
    checked.explanation = (
        f"{checked.explanation.rstrip()} The claimed {c.claimed_text} matches {_NAMES[hit]} "
        f"({figures[hit].value:,}) but not {_NAMES[miss]} ({figures[miss].value:,}): {MET_BOTH_WAYS_NOTE}")
    return checked
