"""The caveats of data.police.uk street data, added to every verdict that rests on it.

A figure from police.uk street files is not the Home Office recorded-crime figure a force or the ONS
publishes: the explanation says so (locations snapped, ASB separate, outcomes revised, not PRC), so a
reader of a verdict about any force sees what the number is.
"""

from __future__ import annotations

from ...facts._league import POLICE_UK_CAVEATS
from .._model import CheckedClaim

__all__ = ["with_police_uk_caveat"]

_SOURCE = "police_uk_street"


def with_police_uk_caveat(checked: CheckedClaim) -> CheckedClaim:
    """``checked`` with the police.uk caveats after its explanation when its evidence is police.uk."""
    if not any(e.source.split(":")[0].strip() == _SOURCE for e in checked.evidence):
        return checked
    note = " ".join(POLICE_UK_CAVEATS)
    checked.explanation = f"{checked.explanation.rstrip()} Caveat: {note[0].lower()}{note[1:]}"
    return checked
