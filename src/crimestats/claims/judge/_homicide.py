"""Homicide claims the victims file cannot answer, answered from the series that can.

The Met's homicide victims file ends in 2023.  A homicide rate for a later year ("<borough>'s
homicide rate in <year> was higher than N per 100,000") is answered from recorded homicide
offences (HOCR) over the population, with the different unit said: one offence is recorded per
victim, so the two agree closely but are not the same count.  "The Met solved N% of the murders
committed in <year>" is a share of victims whose case is recorded as solved: the complement of
the unsolved share in the same file.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Callable

from ...store._store import StoreLike
from .._frames import RateFrame
from .._model import CheckedClaim
from .._reasons import Reason, Why
from ..resolve._resolve import Resolved

__all__ = ["rate_from_offences", "solved_share"]


def rate_from_offences(store: StoreLike, c: RateFrame, r: Resolved, as_of: date,
                       rate_per: Callable[[Any, RateFrame, Resolved, date], CheckedClaim]) -> CheckedClaim:
    """A homicide rate from the victims series, else from homicide offences with the unit said."""
    out = rate_per(store, c, r, as_of)
    if out.verdict != "unverifiable" or r.measure != "homicide_rate" or r.area is None \
            or r.area.area_type in ("country", "city") or not out.no_data:
        return out
    note = Reason.of(Why.OTHER_SERIES, series="homicide victims", period=r.period.label if r.period else 'this period',
                     area=r.area.name, other="recorded homicide offences (HOCR) per resident")
    alt = rate_per(store, c, replace(r, measure="homicide", notes=list(r.notes) + [note]), as_of)
    if alt.verdict == "unverifiable":
        return out
    if alt.verdict == "accurate":
        alt.verdict = "accurate_with_caveat"
    alt.measure = "homicide_rate"
    return alt


def solved_share(pct_unsolved: float) -> float:
    """The solved share from the unsolved one (the file's status is Solved or Unsolved)."""
    return 100.0 - pct_unsolved
