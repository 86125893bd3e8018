"""Verdicts for claims that compare more than one figure: rankings among boroughs, shares of a
whole, rates per N residents, ratios between places, streaks of falls or rises.

Kept apart from ``_verdict`` (single-figure claims) so each module stays readable; both build
``CheckedClaim`` through ``_outcome._out`` and evidence through ``_outcome._ev``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..._errors import CrimestatsError, NoDataError
from ...facts import _facts as facts
from ...facts import _rates
from ...measures._catalogue import get_measure
from ...measures._periods import Period, calendar_year, financial_year
from ...measures._places import Area
from ...store._store import StoreLike
from .._frames import (
    DifferenceFrame,
    FirstSinceFrame,
    PlaceRatioFrame,
    PointsChangeFrame,
    RateFrame,
    ShareFrame,
    ThresholdFrame,
)
from .._model import CheckedClaim
from .._reasons import Reason, Why
from ..resolve._resolve import ALTERNATES, Resolved
from ._change import _change_obj
from ._outcome import _count_fact, _ev, _fmt, _out, _unresolved, _with_period, fallback_periods
from ._rate_compare import other_base
from ._rounding import count_holds, percent_holds, rate_holds, ratio_band, share_fraction_holds

__all__ = ["share_of_whole", "rate_per", "place_ratio", "first_since", "share_holds", "difference",
           "points_change", "SHARE_PARTS"]

SHARE_PARTS = {"knife_homicide_victims", "gun_homicide_victims", "teenage_homicide_victims",
                "child_homicide_victims", "female_homicide_victims", "domestic_homicide_victims",
                "unsolved_homicide_victims"}


def share_holds(c: ShareFrame, pct: float) -> tuple[bool, str]:
    """A share claim against the share found: fractions and 'one in ten' in a band, bounds honoured."""
    claimed = c.value or 0
    if c.approx == "more_than":
        return pct > claimed, f"'more than {c.claimed_text}' needs more than {claimed:.1f}%"
    if c.approx == "fewer_than":
        return pct < claimed, f"'less than {c.claimed_text}' needs less than {claimed:.1f}%"
    if c.as_fraction:
        return share_fraction_holds(implied=claimed / 100, found=pct / 100)
    return percent_holds(claimed=claimed, found=pct, written=c.claimed_text or "", approx=c.approx)


def share_of_whole(store: StoreLike, c: ShareFrame, r: Resolved, as_of: date) -> CheckedClaim | None:
    """'Knife crime makes up less than 2% of all recorded crime', 'Westminster accounts for one in
    ten crimes in London': the part and the whole counted separately.  None when the claim names no
    whole different from its part (the caller then explains what data would answer it)."""
    whole_m = r.whole_measure or r.measure
    whole_a = r.whole_area or r.area
    if not r.measure or not whole_m or (whole_m == r.measure and whole_a == r.area):
        return None
    last: CrimestatsError | None = None
    for p in fallback_periods(r, as_of):
        try:
            part = _count_fact(store, measure=r.measure, area=r.area, period=p)
            whole = _count_fact(store, measure=whole_m, area=whole_a, period=p)
            if part.unit != whole.unit and ALTERNATES.get(whole_m):
                whole = _count_fact(store, measure=ALTERNATES[whole_m], area=whole_a, period=p)
            r = _with_period(r, p)
            break
        except CrimestatsError as exc:
            last = exc
    else:
        return _out(c, r, "unverifiable", f"No open data answers it: {last}")
    pct = 100 * float(part.value or 0) / float(whole.value) if whole.value else 0.0
    ok, rule = share_holds(c, pct)
    desc = (f"{_fmt(part.value)} {part.measure_label.lower()} in {part.area.name} out of {_fmt(whole.value)} "
            f"{whole.measure_label.lower()} in {whole.area.name} in {part.period.label} is {pct:.1f}%")
    mixed = "" if part.source == whole.source else \
        f" (the part is from {part.source}, the whole from {whole.source})"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{desc}{mixed}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'} ({rule}).",
                found=round(pct, 1), unit="percent", evidence=[_ev(part), _ev(whole)])


def rate_per(store: StoreLike, c: RateFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """A rate per N residents: published rates for countries, else counts over population."""
    m = get_measure(r.measure or "homicide_rate")
    per = c.per or 100_000
    written = (c.claimed_text or "").split()[0]
    tried: list[tuple[Period, Any]] = []
    last: CrimestatsError | None = None
    for p in fallback_periods(r, as_of):
        try:
            if m.kind == "rate" or r.area is None or r.area.area_type in ("country", "city"):
                f = _one(store, m, r.area, p, rate=True, assumed=r.period_assumed) if r.area is not None \
                    else facts.count(store, measure=m.name, area=r.area, period=p)
            else:
                if r.period_assumed:
                    _one(store, m, r.area, p, rate=False, assumed=True)
                f = _rates.rate_fact(store, measure=m, area=r.area, period=p, per=per)
        except CrimestatsError as exc:
            last = exc
            continue
        tried.append((p, f))
        if rate_holds(claimed=c.value or 0, found=float(f.value or 0), written=written, approx=c.approx)[0]:
            break
    if not tried:
        return _out(c, r, "unverifiable", f"No open data answers it: {last}", no_data=isinstance(last, NoDataError))
    p, f = tried[-1]
    ok = rate_holds(claimed=c.value or 0, found=float(f.value or 0), written=written, approx=c.approx)[0]
    if not ok:
        p, f = tried[0]
        got = other_base(store, c, _with_period(r, p) if r.period_assumed else r, f, per=per, written=written)
        if got is not None:
            return got
    r2 = _with_period(r, p) if r.period_assumed else r
    val = float(f.value or 0)
    desc = f"The {f.measure_label.lower()} for {f.area.name} in {p.label} is {val:.2f} per {per:,}"
    ev = [_ev(f)] + [_ev(g) for q, g in tried if g is not f]
    projection = f.population is not None and f.population.kind == "projection"
    if ok and len(tried) > 1:
        latest = tried[0][1]
        return _out(c, r2, "accurate_with_caveat", f"{desc}, matching the claimed {c.claimed_text}; the latest "
                    f"figure ({tried[0][0].label}) is {float(latest.value or 0):.2f}.", found=round(val, 2),
                    unit=f.unit, evidence=ev)
    if ok and projection:
        return _out(c, r2, "accurate_with_caveat", f"{desc}, so the claimed {c.claimed_text} holds; the population "
                    "used is a GLA projection, not an ONS estimate.", found=round(val, 2), unit=f.unit, evidence=ev)
    return _out(c, r2, "accurate" if ok else "inaccurate",
                f"{desc}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'}.",
                found=round(val, 2), unit=f.unit, evidence=ev)


class _Incomplete(CrimestatsError):
    """A year-grain figure far below the year before: the file is still filling in."""


def _one(store: StoreLike, m: Any, area: Area, p: Period, *, rate: bool, assumed: bool) -> Any:
    """One place's figure for ``p``; with no period named, a country's latest published year up to
    ``p`` and never a year the source has only begun to fill."""
    if area.area_type in ("country", "city") and m.kind == "rate":
        # a country's latest published year up to p (rates are published a year or two late)
        rows = _rates.international_rates(store, year=p.start.year, countries=[area.name])
        if rows and (assumed or int(rows[0]["year"]) >= p.start.year - 2):
            p = calendar_year(int(rows[0]["year"]))
        return facts.count(store, measure=m.name, area=area, period=p)
    if assumed and p.grain == "year":
        base = get_measure(m.base) if m.kind == "rate" and m.base else m
        now = _count_fact(store, measure=base.name, area=area, period=p)
        try:
            before = _count_fact(store, measure=base.name, area=area, period=p.previous())
        except CrimestatsError:
            before = None
        if before is not None and before.value and (now.value or 0) < 0.5 * before.value:
            raise _Incomplete(f"{base.label} for {area.name} in {p.label} ({_fmt(now.value)}) is under half the "
                              f"year before ({_fmt(before.value)}): the year looks incomplete in the file")
    if (rate or m.kind == "rate") and m.kind != "rate":
        return _rates.rate_fact(store, measure=m, area=area, period=p)
    return facts.count(store, measure=m.name, area=area, period=p)


def _pair(store: StoreLike, measure: str, a: Area, b: Area, r: Resolved, as_of: date, rate: bool) -> tuple[Any, Any, Resolved]:
    """The same figure for two places in the latest period both have."""
    last: CrimestatsError | None = None
    m = get_measure(measure)
    for p in fallback_periods(r, as_of):
        try:
            fa = _one(store, m, a, p, rate=rate, assumed=r.period_assumed)
            fb = _one(store, m, b, p, rate=rate, assumed=r.period_assumed)
            r2 = _with_period(r, p)
            if fa.period != fb.period:
                r2.notes.append(Reason.of(Why.EACH_PLACE_LATEST, area=fa.area.name, period=fa.period.label,
                                          other_area=fb.area.name, other_period=fb.period.label))
            return fa, fb, r2
        except CrimestatsError as exc:
            last = exc
    raise last or CrimestatsError("no period to compare")


def place_ratio(store: StoreLike, c: PlaceRatioFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """'Canada's murder rate is double London's', 'six times that of England and Wales'."""
    if r.compare_area is None or r.area is None or not r.measure:
        return _out(c, r, "unverifiable", "The places or the measure compared could not be identified.")
    try:
        fa, fb, r = _pair(store, r.measure, r.area, r.compare_area, r, as_of, rate=c.rate_in_clause)
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"No open data answers it for both places: {exc}")
    if not fb.value:
        return _out(c, r, "unverifiable", f"{fb.area.name} has no figure to divide by.", evidence=[_ev(fa), _ev(fb)])
    if r.period is None:
        return _unresolved(c, r)
    ratio = float(fa.value or 0) / float(fb.value)
    lo, hi = ratio_band(c.value or 1.0)
    if c.approx == "about" and (c.value or 1) > 1:
        lo = min(lo, (c.value or 1) * 0.85)
    ok = lo <= ratio <= hi
    desc = (f"{fa.measure_label.lower()}, {r.period.label}: {float(fa.value or 0):.2f} in {fa.area.name} against "
            f"{float(fb.value):.2f} in {fb.area.name}, a ratio of {ratio:.2f}")
    src = "" if fa.source == fb.source else " (the two figures come from different sources)"
    verdict = "accurate" if ok else "inaccurate"
    return _out(c, r, verdict, f"{desc}{src}, {'within' if ok else 'outside'} the {lo:.2f}-{hi:.2f} that "
                f"'{c.claimed_text}' allows.", found=round(ratio, 2), unit="ratio", evidence=[_ev(fa), _ev(fb)])


def _yearly(store: StoreLike, r: Resolved, years: list[int]) -> list[tuple[int, Any]]:
    grain_fy = r.period is not None and r.period.grain == "financial_year"
    out = []
    for y in years:
        p = financial_year(y) if grain_fy else calendar_year(y)
        out.append((y, _count_fact(store, measure=r.measure, area=r.area, period=p)))
    return out


def first_since(store: StoreLike, c: FirstSinceFrame, r: Resolved) -> CheckedClaim:
    """'the first fall since 2020': a fall now, a fall in 2020, and none in the years between."""
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    y = r.period.start.year
    y0 = c.since_year or y
    if not y0 < y:
        return _out(c, r, "unverifiable", "The year named is not before the period claimed.")
    try:
        vals = _yearly(store, r, list(range(y0 - 1, y + 1)))
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"No open data answers it for every year needed: {exc}")
    seq = {yy: int(f.value or 0) for yy, f in vals}
    down = c.direction == "down"
    moved = (lambda a, b: b < a) if down else (lambda a, b: b > a)
    now_ok = moved(seq[y - 1], seq[y])
    then_ok = moved(seq[y0 - 1], seq[y0])
    between_ok = all(not moved(seq[k - 1], seq[k]) for k in range(y0 + 1, y))
    ok = now_ok and then_ok and between_ok
    txt = ", ".join(f"{k} {v:,}" for k, v in seq.items())
    word = "fall" if down else "rise"
    why = "" if ok else (f": {y} is not a {word}" if not now_ok else
                         f": {y0} was not a {word}" if not then_ok else f": there was a {word} in between")
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{vals[-1][1].measure_label} in {r.area.name} by year: {txt}{why}.",
                found=list(seq.values()), unit=vals[-1][1].unit, evidence=[_ev(f) for _, f in vals])


def threshold_first(store: StoreLike, c: ThresholdFrame, r: Resolved) -> CheckedClaim:
    """'the first time burglary has dropped below N since records began': below now, and in no
    earlier year of the series (or none since the year named)."""
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    y = r.period.start.year
    n = c.value or 0
    below = c.record == "low"
    first = None if c.since_records_began else (c.since_year or y)
    vals = []
    for yy in range(y, (first or 1990) - 1, -1):
        try:
            vals.append((yy, _yearly(store, r, [yy])[0][1]))
        except CrimestatsError:
            break
    vals.reverse()
    if not vals or vals[-1][0] != y:
        return _out(c, r, "unverifiable", "The data has no figure for the year claimed.")
    cross = (lambda v: v < n) if below else (lambda v: v > n)
    now = int(vals[-1][1].value or 0)
    earlier = [(yy, int(f.value or 0)) for yy, f in vals[:-1] if first is None or yy > first]
    hits = [(yy, v) for yy, v in earlier if cross(v)]
    word = "below" if below else "above"
    start = vals[0][0]
    desc = f"{vals[-1][1].measure_label} in {r.area.name} by year since {start}: {y} {now:,}"
    ev = [_ev(f) for _, f in vals]
    if not cross(now):
        return _out(c, r, "inaccurate", f"{desc}, not {word} {n:,.0f}.", found=now, unit=vals[-1][1].unit, evidence=ev)
    if hits:
        return _out(c, r, "inaccurate", f"{desc}; but it was already {word} {n:,.0f} in "
                    + ", ".join(f"{yy} ({v:,})" for yy, v in hits) + ".", found=now, unit=vals[-1][1].unit, evidence=ev)
    since = "since the series starts" if first is None else f"since {first}"
    return _out(c, r, "accurate", f"{desc}, the first year {word} {n:,.0f} {since} ({start}).",
                found=now, unit=vals[-1][1].unit, evidence=ev)


def difference(store: StoreLike, c: DifferenceFrame, r: Resolved) -> CheckedClaim:
    """An absolute difference ('12 fewer than in 2024', 'down by 1,200'): this period's count minus
    the baseline's, in the claimed direction, with the count rounding rules on its size.  The other
    series (homicide victims for offences) is tried when the first does not fit."""
    claimed = abs(c.value or 0)
    tried: list[tuple[Any, bool, str]] = []
    for m in [r.measure] + ([ALTERNATES[r.measure]] if r.measure in ALTERNATES else []):
        try:
            ch = _change_obj(store, r, m)
        except CrimestatsError:
            if m == r.measure:
                raise
            continue
        diff = float(ch.now.value or 0) - float(ch.then.value or 0)
        ok, rule = count_holds(claimed=claimed, found=abs(diff), approx=c.approx, written=c.claimed_text or "")
        same_way = (diff < 0) == (c.direction == "down") and diff != 0
        tried.append((ch, ok and same_way, rule))
        if ok and same_way:
            break
    ch, ok, rule = tried[-1] if tried[-1][1] else tried[0]
    diff = float(ch.now.value or 0) - float(ch.then.value or 0)
    ev = [_ev(ch.now), _ev(ch.then)]
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {ch.then.period.label}, "
            + ("no change" if diff == 0 else f"{_fmt(abs(diff))} {'fewer' if diff < 0 else 'more'}"))
    word = "fewer" if c.direction == "down" else "more"
    if ok:
        other = ch is not tried[0][0]
        verdict = "accurate_with_caveat" if other or ch.now.partial or ch.then.partial else "accurate"
        why = "; but that is the other series, not the one named first" if other else ""
        return _out(c, r, verdict, f"{desc}, so the claimed {c.claimed_text} {word} holds ({rule}){why}.",
                    found=diff, unit=ch.now.unit, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}, not {c.claimed_text} {word}.", found=diff, unit=ch.now.unit,
                evidence=ev)


def points_change(store: StoreLike, c: PointsChangeFrame, r: Resolved) -> CheckedClaim:
    """A change in percentage points: the difference between two shares (part over whole) in the
    period and its baseline.  The whole is the share named before it in the sentence, or all homicide
    victims for a kind of homicide; with no share to work from the claim is unverifiable, and the
    percent change of the count is given for context."""
    whole_m = r.whole_measure or ("homicide_victims" if r.measure in SHARE_PARTS else None)
    whole_a = r.whole_area or r.area
    if r.measure is None or r.period is None or r.area is None or whole_m is None or \
            (whole_m == r.measure and whole_a == r.area):
        ctx = ""
        try:
            ch = _change_obj(store, r)
            if ch.pct_change is not None:
                ctx = (f" As a percent change, {ch.now.measure_label.lower()} went from {_fmt(ch.then.value)} in "
                       f"{ch.then.period.label} to {_fmt(ch.now.value)} in {ch.now.period.label} "
                       f"({ch.pct_change:+.1f}%), which is not what 'percentage points' measures.")
        except CrimestatsError:
            pass
        return _out(c, r, "unverifiable", "Percentage points measure a change in a share or a rate, and the claim "
                    "names no share whose part and whole could be counted (e.g. 'made up 2% of all offences')."
                    + ctx, unit="percentage points")
    base = r.baseline or r.period.previous()
    shares = []
    for p in (r.period, base):
        part = _count_fact(store, measure=r.measure, area=r.area, period=p)
        whole = _count_fact(store, measure=whole_m, area=whole_a, period=p)
        if not whole.value:
            raise CrimestatsError(f"no {whole.measure_label.lower()} in {p.label} to take a share of")
        shares.append((100 * float(part.value or 0) / float(whole.value), part, whole))
    (now, pn, wn), (then, pt, wt) = shares
    diff = now - then
    ok, rule = percent_holds(claimed=c.value or 0, found=diff, written=c.claimed_text or "", approx=c.approx)
    desc = (f"{pn.measure_label} as a share of {wn.measure_label.lower()} in {pn.area.name}: {now:.2f}% in "
            f"{pn.period.label} ({_fmt(pn.value)} of {_fmt(wn.value)}) against {then:.2f}% in {pt.period.label} "
            f"({_fmt(pt.value)} of {_fmt(wt.value)}), {abs(diff):.2f} points {'up' if diff >= 0 else 'down'}")
    mixed = "" if pn.source == wn.source else f" (the part is from {pn.source}, the whole from {wn.source})"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{desc}{mixed}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'} ({rule}).",
                found=round(diff, 2), unit="percentage points", evidence=[_ev(pn), _ev(wn), _ev(pt), _ev(wt)])

