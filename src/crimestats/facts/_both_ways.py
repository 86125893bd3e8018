"""The Met both ways: MPS recorded crime and the Met's own data.police.uk street files, side by side.

Both describe crime in the Metropolitan Police area, but they are different counts: MPS recorded crime
counts offences under the Home Office Counting Rules by the month they were recorded, in the Met's own
offence groups, and is revised in each extract; the street files count crimes that have a map location,
in 14 broad police.uk types (anti-social behaviour separate), by the month given in the police.uk
release, with a repeated Crime ID counted once, and are re-published as outcomes change.  So the two
differ by definition and timing, and neither is "wrong".  ``met_both_ways`` gives both figures for one
measure and period, with their difference, so a claim that matches one but not the other can say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._errors import NoDataError
from ..measures._catalogue import get_measure
from ..measures._measure import Measure
from ..measures._periods import Period, parse_period
from ..measures._places import london_area
from ..store._store import StoreLike
from ._facts import count
from ._model import Fact

__all__ = ["BothWays", "MET_BOTH_WAYS_NOTE", "RECORDED", "STREET", "met_both_ways"]

RECORDED = "mps_recorded_crime"
STREET = "police_uk_street"
MET_BOTH_WAYS_NOTE = (
    "MPS recorded crime and data.police.uk street-level data count differently: recorded crime counts "
    "offences under the Home Office Counting Rules by month recorded, in the Met's own groups; the street "
    "files count located crimes in 14 broad types by the month of the police.uk release, and both are revised "
    "later, so the two differ by definition and timing.")


@dataclass
class BothWays:
    measure: str
    period: str
    recorded: Fact | None
    street: Fact | None

    @property
    def difference(self) -> int | None:
        """Recorded minus street (None unless both exist)."""
        if self.recorded is None or self.street is None:
            return None
        return int(self.recorded.value or 0) - int(self.street.value or 0)

    @property
    def note(self) -> str:
        return MET_BOTH_WAYS_NOTE


def _one(store: StoreLike, m: Measure, p: Period, source: str) -> Fact | None:
    if not any(s.source == source for s in m.sources):
        return None
    try:
        return count(store, measure=m, area=london_area(), period=p, source=source)
    except NoDataError:          # no data, or only part of the period: no figure from this series
        return None


def met_both_ways(store: StoreLike, *, measure: str | Measure, period: Period | str | int) -> BothWays:
    """The Met area's figure from MPS recorded crime and from the Met's police.uk street files."""
    m = get_measure(measure)
    p = period if isinstance(period, Period) else parse_period(str(period))
    return BothWays(m.name, p.label, _one(store, m, p, RECORDED), _one(store, m, p, STREET))
