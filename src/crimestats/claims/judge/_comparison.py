"""Two places compared on one measure: 'more burglaries than <borough>', 'a far safer city than <place>',
'much the same as its neighbour', and a ratio between two places ('double London's rate').

Both places' figures for the latest period both have (``pair_figures``), by count or, when the
claim speaks of a rate, per resident.  A comparison on safety with a city the store holds no rate for is
an opinion (``_safety``); one on the homicide rate says that safety is read on that rate alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ..._errors import CrimestatsError
from ...measures._catalogue import get_measure
from ...measures._periods import calendar_year
from ...measures._places import Area
from ...store._store import StoreLike
from .._frames import ComparisonFrame, PlaceRatioFrame
from .._model import CheckedClaim
from .._reasons import Reason, Why
from ..resolve._resolve import Resolved
from ._outcome import _ev, _fmt, _out, _unresolved, _with_period, fallback_periods, older_financial_years
from ._rate import place_figure
from ._rounding import BAND, SAME_BAND, ratio_band
from ._safety import is_safety_judgement, safety_opinion

__all__ = ["comparison", "pair_figures", "place_ratio"]


def _city_homicides(r: Resolved) -> Resolved:
    """A city's homicides file counts incidents, one per victim: against it, London's victims are homicides too."""
    if r.measure == "homicide_victims" and any(a is not None and a.area_type == "city" for a in (r.area, r.compare_area)):
        return replace(r, measure="homicide")
    return r


def comparison(store: StoreLike, c: ComparisonFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """The claimed order (or sameness) of two places' figures against the data."""
    r = _city_homicides(r)
    if r.compare_area is None or r.area is None or r.measure is None:
        return _out(c, r, "unverifiable", "The places or the measure compared could not be identified.")
    by_rate = c.by_rate or c.rate_in_figure
    try:
        a, b, paired = pair_figures(store, r.measure, r.area, r.compare_area, r, as_of, rate=by_rate)
    except CrimestatsError:
        if is_safety_judgement(c, r) and r.compare_area.area_type == "city":
            return safety_opinion(store, c, r, as_of)     # 'a far safer city than <place>'
        if r.measure == "homicide_rate" and r.compare_area.area_type == "city":
            return _out(c, r, "unverifiable", f"No open data in the store gives a homicide rate for "
                        f"{r.compare_area.name} as a city; city-level figures from its police or statistics office "
                        "would answer it (country-level rates are not the same thing).")
        raise
    r = paired
    if r.area is None or r.period is None or r.compare_area is None:
        return _unresolved(c, r)
    ev = [_ev(a), _ev(b)]
    per_resident = (a.unit or "").startswith("per ")
    if c.direction == "same":
        va, vb = float(a.value or 0), float(b.value or 0)
        gap = abs(va - vb) / max(va, vb) if max(va, vb) else 0.0
        # 'the same rate as <place>': rates are quoted to two or three figures, so within 1% is the same
        band = SAME_BAND if c.approx == "about" else 0.01 if per_resident else 0.0
        ok = gap <= band if band else (_fmt(a.value) == _fmt(b.value))
        src = "" if a.source == b.source else "; the two figures come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, {_fmt(b.value)} in "
                    f"{r.compare_area.name}{f' ({a.unit})' if per_resident else ''}, {gap:.1%} apart "
                    f"('{c.claimed_text}' read as within {band:.0%}){src}.",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    if r.compare_also_areas and c.each and paired.period is not None and c.direction in ("up", "down"):
        return _against_each(store, c, paired, a, b, rate=by_rate or per_resident, ev=ev)
    if r.compare_also_areas and paired.period is not None and c.direction in ("up", "down"):
        return _against_sum(store, c, paired, a, b, rate=by_rate or per_resident, ev=ev)
    higher = (a.value or 0) > (b.value or 0)
    ok = higher if c.direction == "up" else (a.value or 0) < (b.value or 0)
    desc = (f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, "
            f"{_fmt(b.value)} in {r.compare_area.name}")
    if r.measure == "homicide_rate" and c.danger_words:
        return _out(c, r, "accurate_with_caveat" if ok else "inaccurate",
                    f"{desc}; safety is judged here on the homicide rate alone, and the two rates come from "
                    "different sources (computed from Met victims and population vs published).",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    if by_rate or per_resident:
        src = "" if a.source == b.source else "; the two rates come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc} ({a.unit}{src}).", found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    return _out(c, r, "accurate" if ok else "inaccurate", f"{desc} (counts, not rates per resident).",
                found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)


def _against_sum(store: StoreLike, c: ComparisonFrame, r: Resolved, a: Any, b: Any, *, rate: bool,
                 ev: list[Any]) -> CheckedClaim:
    """'more <crimes> than <b> and <c> put together': one place's figure against the others' sum (counts)."""
    assert r.compare_also_areas and r.period is not None and r.area is not None and r.measure is not None
    assert r.compare_area is not None
    if rate:
        return _out(c, r, "unverifiable", "Rates per resident of two places cannot be added; the claim needs "
                    "each place's count.")
    more = [place_figure(store, get_measure(r.measure), x, r.period, rate=False, assumed=False) for x in r.compare_also_areas]
    total = float(b.value or 0) + sum(float(f.value or 0) for f in more)
    each = [f"{_fmt(b.value)} in {r.compare_area.name}"] + [f"{_fmt(f.value)} in {x.name}"
                                                          for f, x in zip(more, r.compare_also_areas, strict=True)]
    ok = float(a.value or 0) > total if c.direction == "up" else float(a.value or 0) < total
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, against "
                f"{', '.join(each[:-1])} and {each[-1]}, {_fmt(total)} together (counts, not rates per resident).",
                found={"this": a.value, "other": total}, unit=a.unit, evidence=ev + [_ev(f) for f in more])


def _against_each(store: StoreLike, c: ComparisonFrame, r: Resolved, a: Any, b: Any, *, rate: bool,
                  ev: list[Any]) -> CheckedClaim:
    """'more <crimes> than <b> and <c>': one place's figure against each of the others (counts or rates)."""
    assert r.compare_area is not None and r.period is not None and r.area is not None and r.measure is not None
    more = [place_figure(store, get_measure(r.measure), x, r.period, rate=rate, assumed=False) for x in r.compare_also_areas]
    others = [(r.compare_area.name, b)] + [(x.name, f) for x, f in zip(r.compare_also_areas, more, strict=True)]
    mine = float(a.value or 0)
    up = c.direction == "up"
    wrong = [n for n, f in others if not (mine > float(f.value or 0) if up else mine < float(f.value or 0))]
    each = ", ".join(f"{_fmt(f.value)} in {n}" for n, f in others)
    unit = f" ({a.unit})" if rate else " (counts, not rates per resident)"
    desc = f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, against {each}{unit}"
    word = ("higher" if up else "lower") if rate else ("more" if up else "fewer")
    if wrong:
        return _out(c, r, "inaccurate", f"{desc}: not {word} than {' or '.join(wrong)}.",
                    found={"this": a.value, "others": {n: f.value for n, f in others}}, unit=a.unit,
                    evidence=ev + [_ev(f) for f in more])
    return _out(c, r, "accurate", f"{desc}: {word} than each, as claimed.",
                found={"this": a.value, "others": {n: f.value for n, f in others}}, unit=a.unit,
                evidence=ev + [_ev(f) for f in more])


def pair_figures(store: StoreLike, measure: str, a: Area, b: Area, r: Resolved, as_of: date, rate: bool) -> tuple[Any, Any, Resolved]:
    """The same figure for two places in the latest period both have."""
    last: CrimestatsError | None = None
    m = get_measure(measure)
    periods = fallback_periods(r, as_of)
    if r.period_assumed and periods:    # no period named: back to the latest year both places publish
        periods += [calendar_year(periods[-1].end.year - k) for k in range(1, 4)]
        if a.area_type in ("force", "region") and b.area_type in ("force", "region"):
            # force series (the ONS knife tables) are financial years and end early: back year by year
            periods += older_financial_years(as_of)
    for p in periods:
        try:
            fa = place_figure(store, m, a, p, rate=rate, assumed=r.period_assumed)
            fb = place_figure(store, m, b, p, rate=rate, assumed=r.period_assumed)
            r2 = _with_period(r, p)
            if fa.period != fb.period:
                r2.notes.append(Reason.of(Why.EACH_PLACE_LATEST, area=fa.area.name, period=fa.period.label,
                                          other_area=fb.area.name, other_period=fb.period.label))
            return fa, fb, r2
        except CrimestatsError as exc:
            last = exc
    raise last or CrimestatsError("no period to compare")


def _figure(v: object) -> str:
    """A count as a count ('2,090'), a rate to two places ('12.34')."""
    x = float(v or 0)  # type: ignore[arg-type]
    return f"{x:,.0f}" if x.is_integer() else f"{x:,.2f}"


def place_ratio(store: StoreLike, c: PlaceRatioFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """'<place>'s murder rate is double London's', 'six times that of England and Wales'."""
    r = _city_homicides(r)
    if r.compare_area is None or r.area is None or not r.measure:
        return _out(c, r, "unverifiable", "The places or the measure compared could not be identified.")
    try:
        fa, fb, r = pair_figures(store, r.measure, r.area, r.compare_area, r, as_of, rate=c.rate_in_clause or c.by_rate)
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"No open data answers it for both places: {exc}")
    if not fb.value:
        return _out(c, r, "unverifiable", f"{fb.area.name} has no figure to divide by.", evidence=[_ev(fa), _ev(fb)])
    if r.period is None:
        return _unresolved(c, r)
    ratio = float(fa.value or 0) / float(fb.value)
    implied = c.value or 1.0
    lo, hi = ratio_band(implied)
    if implied < 1:     # 'a sixth of <place>'s rate': a part of the other figure, give or take a fifth of it
        lo, hi = implied * (1 - BAND), implied * (1 + BAND)
        if c.approx == "about":
            lo, hi = implied * 0.75, implied * 1.25
    said = c.claimed_text or ""
    if c.approx == "more_than":     # 'more than double': above the multiple, up to half as much again
        lo, hi = implied, max(hi, implied * 1.5)
        said = said if said.lower().startswith(("more", "over")) else f"more than {said}"
    elif c.approx == "fewer_than":
        lo, hi = min(lo, implied * 0.5), implied
    elif c.approx == "about" and implied > 1:
        # 'about double' reaches down to 1.7; 'a quarter more' no lower than 1.175 (the band scales with the change)
        lo = min(lo, max(implied * 0.85, 1 + (implied - 1) * 0.7))
    ok = lo < ratio <= hi if c.approx == "more_than" else lo <= ratio < hi if c.approx == "fewer_than" \
        else lo <= ratio <= hi
    per = f" {fa.unit}" if str(fa.unit).startswith("per ") else ""     # rates say what they are per
    desc = (f"{fa.measure_label[:1].upper()}{fa.measure_label[1:]}, {r.period.label}: {_figure(fa.value)}{per} in "
            f"{fa.area.name} against {_figure(fb.value)}{per} in {fb.area.name}, a ratio of {ratio:.2f}")
    src = "" if fa.source == fb.source else " (the two figures come from different sources)"
    verdict = "accurate" if ok else "inaccurate"
    return _out(c, r, verdict, f"{desc}{src}, {'within' if ok else 'outside'} the {lo:.2f}-{hi:.2f} that "
                f"'{said}' allows.", found=round(ratio, 2), unit="ratio", evidence=[_ev(fa), _ev(fb)])
