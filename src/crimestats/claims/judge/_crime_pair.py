"""Two crimes compared in one place and period: 'more <crime> than <crime>', '<crime> outnumbered
<crime>', 'twice as many <crime> as <crime>'.

Both crimes' counts for the place in the latest period both have (the claim's own period first); the
order, or the multiple within the band its words allow (``ratio_band``), is the verdict.  Two series
from different sources are named as such.
"""

from __future__ import annotations

from datetime import date

from ..._errors import CrimestatsError
from ...measures._catalogue import get_measure
from ...measures._places import Area, london_area
from ...reference._taxonomy import OFFENCE_KEYS
from ...store._store import StoreLike
from .._frames import CrimePairFrame, CrimeRankFrame
from .._model import CheckedClaim
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _out, _with_period, fallback_periods
from ._rate import place_figure
from ._rounding import ratio_band

__all__ = ["crime_pair", "crime_rank"]


def crime_pair(store: StoreLike, c: CrimePairFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """The claimed order (or multiple) of two crimes' counts in one place against the data."""
    if r.compare_measure is None or r.area is None or r.measure is None:
        return _out(c, r, "unverifiable", "The second crime compared could not be matched to a series in the store.")
    if r.compare_measure == r.measure:
        return _out(c, r, "unverifiable", f"Both crimes compared read as the same series ({r.measure}), so the "
                    "data cannot tell them apart.")
    last: CrimestatsError | None = None
    for p in fallback_periods(r, as_of):
        try:
            fa = place_figure(store, get_measure(r.measure), r.area, p, rate=False, assumed=r.period_assumed)
            fb = place_figure(store, get_measure(r.compare_measure), r.area, p, rate=False, assumed=r.period_assumed)
        except CrimestatsError as exc:
            last = exc
            continue
        r = _with_period(r, p)
        break
    else:
        raise last or CrimestatsError("no period with both crimes")
    va, vb = float(fa.value or 0), float(fb.value or 0)
    desc = (f"In {fa.area.name} in {fa.period.label}: {_fmt(fa.value)} {fa.measure_label.lower()} against "
            f"{_fmt(fb.value)} {fb.measure_label.lower()}")
    src = "" if fa.source == fb.source else "; the two counts come from different sources"
    ev = [_ev(fa), _ev(fb)]
    if c.value is not None:
        if not vb:
            return _out(c, r, "unverifiable", f"{desc}: nothing to divide by.", evidence=ev)
        ratio = va / vb
        lo, hi = ratio_band(c.value)
        if c.approx == "about" and c.value > 1:
            lo = min(lo, c.value * 0.85)
        if c.approx == "more_than":
            lo, hi = c.value, float("inf")
        elif c.approx == "fewer_than":
            lo, hi = 0.0, c.value
        ok = lo <= ratio <= hi
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc}, a ratio of {ratio:.2f}{src}; '{c.claimed_text}' allows {lo:.2f}-"
                    f"{'any higher' if hi == float('inf') else f'{hi:.2f}'}.",
                    found=round(ratio, 2), unit="ratio", evidence=ev)
    ok = va > vb if c.direction == "up" else va < vb
    return _out(c, r, "accurate" if ok else "inaccurate", f"{desc}{src}.",
                found={"this": fa.value, "other": fb.value}, unit=fa.unit, evidence=ev)


# data.police.uk's crime types (the only split its street files give), and Met categories left out of a
# ranking of crime types (published elsewhere or only for police.uk)
_POLICE_UK_TYPES = ("violence_and_sexual_offences", "public_order", "arson_criminal_damage", "other_theft",
                    "shoplifting", "burglary", "drug_offences", "vehicle_offences", "other_crime",
                    "possession_of_weapons", "theft_from_person", "bicycle_theft", "robbery")
_NOT_A_MET_TYPE = frozenset({"fraud_forgery", "nfib_fraud", "violence_and_sexual_offences", "other_crime"})


def _crime_types(measure: str, area: Area) -> tuple[str, ...]:
    """The crime types ``measure`` is ranked among in ``area``: police.uk's for a force outside the Met,
    else the Met categories that share its parent in the offence taxonomy."""
    if area.area_type == "force" and area.code != london_area().code:
        # anti-social behaviour is published beside the crime types: ranked among them only when it is the one ranked
        return _POLICE_UK_TYPES + (("anti_social_behaviour",) if measure == "anti_social_behaviour" else ())
    parent = OFFENCE_KEYS[measure].parent if measure in OFFENCE_KEYS else None
    return tuple(k for k, o in OFFENCE_KEYS.items() if parent and o.parent == parent and k not in _NOT_A_MET_TYPE)


def crime_rank(store: StoreLike, c: CrimeRankFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """'<crime> was the third most common crime': its place among the place's crime types by count."""
    if r.measure is None or r.area is None:
        return _out(c, r, "unverifiable", "The crime ranked could not be matched to a series in the store.")
    types = _crime_types(r.measure, r.area)
    if r.measure not in types:
        return _out(c, r, "unverifiable", f"{get_measure(r.measure).label} is not one of the crime types the "
                    f"data splits crime into for {r.area.name}, so its rank among them cannot be read.")
    last: CrimestatsError | None = None
    for p in fallback_periods(r, as_of):
        try:
            own = place_figure(store, get_measure(r.measure), r.area, p, rate=False, assumed=r.period_assumed)
        except CrimestatsError as exc:
            last = exc
            continue
        figures = [own]
        for k in types:
            if k == r.measure:
                continue
            try:
                figures.append(place_figure(store, get_measure(k), r.area, p, rate=False, assumed=r.period_assumed))
            except CrimestatsError:
                continue
        r = _with_period(r, p)
        break
    else:
        raise last or CrimestatsError("no period with the crime types")
    order = sorted(figures, key=lambda f: float(f.value or 0), reverse=not c.lowest)
    place = next(i for i, f in enumerate(order, 1) if f.measure == own.measure)
    ok = place == c.rank
    top = ", ".join(f"{f.measure_label.lower()} {_fmt(f.value)}" for f in order[:max(3, c.rank)])
    side = "least" if c.lowest else "most"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"Crime types in {own.area.name} in {own.period.label}, {side} common first: {top}; "
                f"{own.measure_label.lower()} ({_fmt(own.value)}) is {_ordinal(place)} of {len(order)}"
                f"{'' if ok else f', not {_ordinal(c.rank)}'}.", found=place, unit="rank",
                evidence=[_ev(f) for f in order[:max(3, c.rank)]])


def _ordinal(n: int) -> str:
    return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")
