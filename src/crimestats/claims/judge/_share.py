"""Share claims whose part and whole need a second look before they are counted.

* A part named after the figure: "fewer than one in ten dogs stolen were recovered" is recovered dogs
  over stolen dogs (the catalogue part of the measure the qualifier names), not dogs over all animals.
* A part of a series the resolver could not narrow ("Black Londoners were subject to 59% of them",
  after strip searches): the catalogue part (``find_part``) of that series, over the series.
* A share above 100% means the whole was resolved wrongly (a part cannot exceed its whole): a ward's
  share of "the borough's" crime is re-counted over its borough; otherwise the claim is unverifiable,
  never accurate.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ...measures._catalogue import CATALOGUE, find_part, parts_of
from ...measures._places import Area, london_area, ward_names
from ...reference._areas import london_boroughs
from ...store._store import StoreLike
from .._model import CheckedClaim, Claim
from .._reasons import Why
from ..resolve._resolve import Resolved
from ._outcome import _out

__all__ = ["share_verdict"]

_BOROUGH = re.compile(r"\bborough(?:'s|s')?\b", re.IGNORECASE)
# 'Lambeth's share of London's robberies was 6%': the whole named before the figure
_OF_LONDON = re.compile(r"\b(?:share|proportion|percentage|portion|slice|part|fraction)\s+of\s+(?:all\s+|the\s+)?"
                        r"(?:london(?:'s|’s)?|the\s+capital(?:'s|’s)?|the\s+met(?:'s|’s)?|london-wide|pan-london)\b",
                        re.IGNORECASE)


def _reparted(c: Claim, r: Resolved) -> Resolved:
    """The part and whole a share claim is about when the resolver left them loose (module docstring)."""
    if r.measure is None:
        whole = r.narrowed_from
        if whole is not None and whole in CATALOGUE and parts_of(whole):
            part = find_part(whole, c.clause or c.text)
            if part is not None:
                notes = [n for n in r.notes if n.why is not Why.NARROWED]
                return replace(r, measure=part.name, whole_measure=part.part_of, notes=notes, narrowed_from=None)
        return r
    if r.measure in CATALOGUE and parts_of(r.measure) and r.whole_measure in (None, CATALOGUE[r.measure].part_of):
        near = (c.share_part or "")[-60:] + " " + (c.share_of or "")
        part = find_part(r.measure, near)     # 'dogs stolen ... were recovered', 'girls were one in twenty'
        if part is not None and part.part_of == r.measure:
            return replace(r, measure=part.name, whole_measure=r.measure, whole_area=r.whole_area or r.area)
    return r


def _borough_of(store: StoreLike, ward: Area) -> Area | None:
    for hits in ward_names(store).values():
        for code, _name, parent in hits:
            if code == ward.code and parent:
                b = next((b for b in london_boroughs() if b.code == parent), None)
                if b is not None:
                    return Area("borough", b.code, b.name)
    return None


def share_verdict(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim | None:
    """A share of a whole counted separately (``_verdict_more.share_of_whole``) after the checks in the
    module docstring; None when the claim names no whole different from its part."""
    from . import _verdict_more as more

    r = _reparted(c, r)
    if r.measure is None:
        return None
    if r.area is not None and r.area.area_type in ("borough", "ward") and r.whole_area in (None, r.area) and \
            _OF_LONDON.search(c.share_part or ""):
        r = replace(r, whole_area=london_area(), whole_measure=r.whole_measure or r.measure)
    ward = r.area if r.area is not None and r.area.area_type == "ward" else None
    if ward is not None and _BOROUGH.search(c.share_of or "") and (r.whole_area is None or r.whole_area == ward
                                                                    or r.whole_area.area_type == "ward"):
        borough = _borough_of(store, ward)      # "the West End ward ... half of the borough's crime"
        if borough is not None:
            r = replace(r, whole_area=borough, whole_measure=r.whole_measure or r.measure)
    out = more.share_of_whole(store, c, r, as_of)
    if out is None or not isinstance(out.found, (int, float)) or out.found <= 100:
        return out
    part_area = r.area
    if part_area is not None and part_area.area_type == "ward" and _BOROUGH.search(c.share_of or ""):
        borough = _borough_of(store, part_area)
        if borough is not None and borough != r.whole_area:
            again = more.share_of_whole(store, c, replace(r, whole_area=borough, whole_measure=r.whole_measure
                                                          or r.measure), as_of)
            if again is not None and isinstance(again.found, (int, float)) and again.found <= 100:
                again.explanation = again.explanation.rstrip(".") + (f" (the whole is {borough.name}, the borough "
                                                                     f"{part_area.name} lies in).")
                return again
    return _out(c, r, "unverifiable", f"The whole this share was read against is smaller than the part "
                f"({out.found:.0f}%: {out.explanation.split(', so the claimed')[0]}), so the whole was misread; "
                "no verdict is given on it.", unit="percent", evidence=out.evidence)
