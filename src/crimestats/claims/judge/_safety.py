"""'London is a far safer city than <place>': a judgement about safety, with the figures there are.

Safety between places is compared on the homicide rate when both places have one.  When the other
place is a city the store holds no rate for (<place>: murders are counted, but no population is
held; <place>: nothing), the sentence is an opinion; the explanation gives the counts the store does
hold, and says why no rate can be formed, rather than a bare "unverifiable".
"""

from __future__ import annotations

from datetime import date

from ..._errors import CrimestatsError
from ...facts import _facts as facts
from ...measures._periods import calendar_year
from ...measures._places import london_area
from ...store._store import StoreLike
from .._frames import ComparisonFrame
from .._model import CheckedClaim, Evidence
from ..resolve._resolve import Resolved
from ._outcome import _checked, _unresolved

__all__ = ["is_safety_judgement", "safety_opinion"]

def is_safety_judgement(c: ComparisonFrame, r: Resolved) -> bool:
    """A comparison on safety as such ('a far safer city than'), read on the homicide rate."""
    return r.measure == "homicide_rate" and c.safety_words


def safety_opinion(store: StoreLike, c: ComparisonFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """The opinion verdict, with the latest year both places have homicide counts for, if any."""
    other = r.compare_area
    if other is None:
        return _unresolved(c, r)
    here = r.area or london_area()
    context = ""
    ev: list[Evidence] = []
    for y in range(as_of.year - 1, as_of.year - 16, -1):
        try:
            fa = facts.count(store, measure="homicide", area=here, period=calendar_year(y))
            fb = facts.count(store, measure="homicide", area=other, period=calendar_year(y))
        except CrimestatsError:
            continue
        if not fa.value or not fb.value:
            continue
        ev = [Evidence(fa.source or "", fa.vintage, fa.value, None, f"homicide offences, {y}, {here.name}"),
              Evidence(fb.source or "", fb.vintage, fb.value, None, f"homicide offences, {y}, {other.name}")]
        context = (f"; for context, {here.name} recorded {fa.value:,.0f} homicide offences in {y} and "
                   f"{other.name} {fb.value:,.0f}, but the store holds no population for {other.name}, so no "
                   "rate per resident can be compared")
        break
    if not context and other is not None:
        context = f"; the store holds no homicide rate for {other.name} as a city"
    return _checked(c, measure=r.measure, area=here.name, period=None, claimed=c.claimed_text, found=None,
                    unit=None, verdict="opinion", explanation=f"A judgement about safety, not a checkable figure{context}.",
                    evidence=ev, area_code=getattr(here, "code", None))
