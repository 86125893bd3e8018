"""Count verdicts: 'there were N homicides in <year>', 'up to N crimes a month'.

A claimed count is read against the latest figure, then against the other series of the same thing
(homicide offences vs victims), earlier releases of the same source (revisions; the release out by the
as-of date first), the published row totals and the NFIB fraud split, before it is called inaccurate.
Population and workforce figures are answered here too.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..._errors import CrimestatsError
from ...facts import _facts as facts
from ...facts import _rates
from ...facts._facts import Fact
from ...facts._published import published_count
from ...measures._catalogue import get_measure
from ...measures._periods import range_
from ...store._lookups import releases
from ...store._store import StoreLike
from .._frames import CountFrame, NotCrimeFrame
from .._model import CheckedClaim, ClaimKind, Evidence
from .._reasons import Reason, Why
from ..resolve._resolve import ALTERNATES, Resolved
from ._borough_average import borough_average_count
from ._outcome import (
    _alias_note,
    _alternate,
    _count_fact,
    _definition_note,
    _ev,
    _flag_not_in_data,
    _fmt,
    _label,
    _memo,
    _near,
    _out,
    _release,
    _unresolved,
    _vintage_order,
    _when_published,
    inline_sql,
    stand_in,
)
from ._per_time import per_time_count
from ._rounding import count_holds, round_half_up, truncated_count


def _other_vintages(store: StoreLike, f: Fact, r: Resolved) -> list[Fact]:
    """The same figure from other vintages of the same source, where they differ (the release
    available at the as-of date first)."""
    rows = [(v,) for v, _ in _vintage_order(store, f.source, r.as_of)]
    out = []
    for (v,) in rows:
        if f.vintage and v in f.vintage:
            continue
        try:
            g = _count_fact(store, measure=r.measure, area=r.area, period=r.period, vintage=v)
        except CrimestatsError:
            continue
        if g.value is not None and g.value != f.value:
            out.append(g)
    if not out and f.vintage:
        joined = _earlier_releases(store, f, r, [v for (v,) in rows if v not in f.vintage])
        if joined is not None and joined.value != f.value:
            out.append(joined)
    return out


def _earlier_releases(store: StoreLike, f: Fact, r: Resolved, vintages: list[str]) -> Fact | None:
    """The figure the earlier releases gave together, when no single one covers the period
    (e.g. a financial year split across an extract ending mid-year and one from the month after): newest release first,
    each filling the months still uncovered, which must stay a contiguous run."""
    if r.measure is None or r.period is None or f.source is None or r.period.grain == "year" and f.unit == "victims":
        return None
    order = [rel.vintage for rel in reversed(releases(store, source=f.source))]
    remaining = list(r.period.months())
    total, parts, prov = 0, [], []
    for v in order:
        if v not in vintages or not remaining:
            continue
        sub = range_(remaining[0], remaining[-1])
        try:
            g = facts.count(store, measure=r.measure, area=r.area, period=sub, vintage=v, allow_partial=True)
        except CrimestatsError:
            continue
        have = [m for m in sub.months() if m.isoformat()[:7] not in set(g.missing)]
        if not have or g.value is None:
            continue
        left = [m for m in remaining if m not in have]
        if left and not (left == remaining[:len(left)] or left == remaining[-len(left):]):
            return None
        total += int(g.value)
        parts.append(f"{v} for {have[0].isoformat()[:7]} to {have[-1].isoformat()[:7]}")
        prov += g.provenance
        remaining = left
    if remaining or len(parts) < 2:
        return None

    return replace(f, value=total, vintage="earlier releases: " + "; ".join(parts), provenance=prov,
                    sql=f"-- sum of the earlier releases per month range: {'; '.join(parts)}\n{f.sql}",
                    params=list(f.params))


def _population_claim(store: StoreLike, c: NotCrimeFrame, r: Resolved) -> CheckedClaim:
    """'a population of N': checked against the population table (estimates before projections)."""
    if r.area is None:
        return _unresolved(c, r)
    year = r.period.start.year if r.period else date.today().year
    try:
        pop, kind, src, sql, params, _ids = _rates._population(store, r.area, year)
    except CrimestatsError as exc:
        return _out(c, r, "unverifiable", f"'{c.claimed_text}' is a population figure: {exc}", unit="people")
    ok, rule = count_holds(claimed=c.value or 0, found=pop, approx=c.approx if c.approx != "exact" else "about",
                           written=c.claimed_text or "", low=c.low, high=c.high)
    ev = [Evidence(src, None, round(pop), inline_sql(sql, list(params)), f"population, {r.area.name}, {year} ({kind})")]
    return _out(c, r, "accurate_with_caveat" if ok and kind == "projection" else ("accurate" if ok else "inaccurate"),
                f"The {src} {kind} of {r.area.name}'s population in {year} is {pop:,.0f}, so the claimed "
                f"{c.claimed_text} {'holds' if ok else 'does not hold'} ({rule})"
                + (" - a projection, not an ONS estimate." if kind == "projection" else "."),
                found=round(pop), unit="people", evidence=ev)


def _monthly_count(store: StoreLike, c: CountFrame, r: Resolved) -> CheckedClaim:
    """'up to N crimes a month in <year>': the busiest month of the period ('up to', 'as many as'),
    else the monthly average; never the period's total."""
    if r.measure is None or r.area is None or r.period is None:
        return _unresolved(c, r)
    months = facts.series(store, measure=r.measure, area=r.area, start=r.period, end=r.period, grain="month")
    months = [m for m in months if m.value is not None and not getattr(m, "partial", False)]
    if not months:
        return _out(c, r, "unverifiable", f"No monthly figures for {r.measure} in {r.area.name} in "
                    f"{r.period.label}, so a figure 'a month' cannot be checked.")
    # every value is set (filtered above): `or 0` only tells the type checker so
    top = max(months, key=lambda m: m.value or 0)
    low = min(months, key=lambda m: m.value or 0)
    if c.per_month == "every":
        # 'more than N in every month': the quietest month decides; 'fewer than N': the busiest
        month = low if c.approx in ("more_than", "at_least") else top
        found: float = month.value or 0
        how = f"the {'quietest' if month is low else 'busiest'} month was {month.period.label} with {_fmt(found)}"
        approx = c.approx
    elif c.per_month == "max":
        found = top.value or 0
        how = f"the busiest month was {top.period.label} with {_fmt(top.value)}"
        approx = "about" if c.approx in ("exact", "fewer_than") else c.approx
    else:
        found = round(sum(m.value or 0 for m in months) / len(months), 1)
        how = f"the monthly average over {len(months)} months was {_fmt(found)}"
        approx = c.approx
    # an average is a fraction: a whole claimed figure is read against it rounded to the unit
    judged = float(int(found + 0.5)) if c.per_month == "mean" and float(c.value or 0).is_integer() else float(found)
    ok, rule = count_holds(claimed=c.value or 0, found=judged, approx=approx,
                           written=c.claimed_text or "", low=c.low, high=c.high)
    what = (f"Month by month, for {_label(top)} in {top.area.name} in {r.period.label}, {how} "
            f"(lowest {low.period.label}, {_fmt(low.value)})")
    verdict = "accurate" if ok else "inaccurate"
    each = "in every month" if c.per_month == "every" else "a month"
    return _out(c, r, verdict, f"{what}, so the claimed {c.claimed_text} {each} "
                f"{'holds' if ok else 'does not hold'} ({rule}).", found=found, unit=top.unit,
                evidence=[_ev(top), _ev(low)])


def not_crime_count(store: StoreLike, c: NotCrimeFrame, r: Resolved) -> CheckedClaim:
    """Residents checked against the population table; officers or staff are outside crime data."""
    if c.kind is ClaimKind.POPULATION:
        return _population_claim(store, c, r)
    return _out(c, r, "unverifiable",
                f"'{c.claimed_text}' counts police officers or staff, a workforce figure outside police-recorded "
                "crime data; the Home Office police workforce statistics would answer it.", unit="people")


def _count(store: StoreLike, c: CountFrame, r: Resolved) -> CheckedClaim:
    if c.per_month:
        return _monthly_count(store, c, r)
    if c.per_minutes:
        return per_time_count(store, c, r)
    if c.per_borough:
        return borough_average_count(store, c, r)
    if r.measure is None or r.area is None or r.period is None:
        return _unresolved(c, r)
    try:
        f = _count_fact(store, measure=r.measure, area=r.area, period=r.period)
    except CrimestatsError as exc:
        # The chosen series has no figure here (e.g. homicide victims end in 2023): the other
        # series of the same thing (homicide offences) may, and the explanation says so.
        alt = ALTERNATES.get(r.measure or "")
        if not alt:
            raise
        try:
            _count_fact(store, measure=alt, area=r.area, period=r.period)
        except CrimestatsError:
            raise exc from None


        def low(t: str) -> str:
            return t[:1].lower() + t[1:]

        note = Reason.of(Why.OTHER_SERIES, series=low(get_measure(r.measure).label),
                         period=r.period.label if r.period else 'this period',
                         area=r.area.name if r.area else 'this area', other=low(get_measure(alt).label))
        out = _count(store, c, replace(r, measure=alt, notes=list(r.notes) + [note]))
        if out.verdict == "accurate":
            out.verdict = "accurate_with_caveat"
        return out
    ok, rule = count_holds(claimed=c.value or 0, found=float(f.value or 0), approx=c.approx,
                           written=c.claimed_text or "", low=c.low, high=c.high)
    ev = [_ev(f)]
    what = f"{_label(f)} in {f.area.name} in {f.period.label}"
    other = _alternate(store, r, lambda m: _count_fact(store, measure=m, area=r.area, period=r.period))
    alt_txt = ""
    alt_ok = False
    if other and other[1].value != f.value:
        ev.append(_ev(other[1]))
        alt_ok = count_holds(claimed=c.value or 0, found=float(other[1].value or 0), approx=c.approx,
                             written=c.claimed_text or "", low=c.low, high=c.high)[0]
        alt_txt = f"; the {other[1].measure_label.lower()} series gives {_fmt(other[1].value)}"
    old = [] if ok else _memo(("vintages", r.measure, r.area, r.period), lambda: _other_vintages(store, f, r))   # revisions matter when the latest figure disagrees
    old_ok = [g for g in old if count_holds(claimed=c.value or 0, found=float(g.value or 0), approx=c.approx,
                                            written=c.claimed_text or "", low=c.low, high=c.high)[0]]
    ev += [_ev(g, f"earlier vintage ({g.vintage}): {g.measure_label}, {g.area.name}, {g.period.label}") for g in old]
    vint_txt = "".join(f"; {_release(g)} gave {_fmt(g.value)}" for g in old)
    alias = _alias_note(r)
    base = f"The data gives {_fmt(f.value)} {what}{alt_txt}{vint_txt}"
    band = stand_in(f.measure, "age_band")
    coarse = band.note if band is not None else None

    if coarse is None and f.unit != get_measure(f.measure).unit:
        src_note = next((s.note for s in get_measure(f.measure).sources if s.unit == f.unit and s.note), "")
        coarse = (f"The figure is {f.unit}, not {get_measure(f.measure).unit}: the store has no "
                  f"{get_measure(f.measure).unit} series for it. {src_note}").strip()
    if ok and coarse and not alias:
        cv = coarse[0].lower() + coarse[1:]
        return _out(c, r, "accurate_with_caveat", f"{base}, matching the claimed {c.claimed_text}; but {cv}",
                    found=f.value, unit=f.unit, evidence=ev)
    if ok and not alias and not f.partial:
        return _out(c, r, "accurate", f"{base}, so the claimed {c.claimed_text} holds ({rule}).",
                    found=f.value, unit=f.unit, evidence=ev)
    if ok:
        why = alias or "the period is only partly covered"
        return _out(c, r, "accurate_with_caveat", f"{base}, matching the claimed {c.claimed_text}, but {why}.",
                    found=f.value, unit=f.unit, evidence=ev)
    if alias and (alt_ok or old_ok):
        return _out(c, r, "accurate_with_caveat", f"{base}: the claimed {c.claimed_text} matches "
                    f"{'an earlier release' if old_ok else 'the other series'}, but {alias}.",
                    found=f.value, unit=f.unit, evidence=ev)
    if alias:
        return _out(c, r, "unverifiable", f"{base}; {alias}, so the claim about {r.area.alias} cannot be "
                    "checked from open data.", found=f.value, unit=f.unit, evidence=ev)
    if r.measure == "all_crime":
        try:
            fraud = _count_fact(store, measure="nfib_fraud", area=r.area, period=r.period)
        except CrimestatsError:
            fraud = None
        if fraud is not None and fraud.value and count_holds(
                claimed=c.value or 0, found=float((f.value or 0) - fraud.value), approx=c.approx,
                written=c.claimed_text or "", low=c.low, high=c.high)[0]:
            # the published total leaves the NFIB fraud rows out: the claim is that total, so it holds
            return _out(c, r, "accurate",
                        f"{base}, of which {_fmt(fraud.value)} are NFIB fraud offences (fraud is recorded nationally, "
                        f"and the Met's published totals leave it out); without them it is "
                        f"{_fmt((f.value or 0) - fraud.value)}, so the claimed {c.claimed_text} holds.",
                        found=f.value, unit=f.unit, evidence=ev + [_ev(fraud)])
    published = published_count(store, f)
    if published is not None and count_holds(claimed=c.value or 0, found=float(published), approx=c.approx,
                                             written=c.claimed_text or "", low=c.low, high=c.high)[0]:
        return _out(c, r, "accurate_with_caveat",
                    f"{base}; counting every row of the published files gives {_fmt(published)}, matching the "
                    f"claimed {c.claimed_text}, but {_fmt(published - (f.value or 0))} of those rows repeat a "
                    "Crime ID already counted (crimestats counts each crime once).",
                    found=f.value, unit=f.unit, evidence=ev)
    if alt_ok and other is not None:    # alt_ok is only set when there is another series
        return _out(c, r, "accurate_with_caveat",
                    f"The claimed {c.claimed_text} matches the {other[1].measure_label.lower()} series "
                    f"({_fmt(other[1].value)}), not {_fmt(f.value)} {what}: a different unit.",
                    found=f.value, unit=f.unit, evidence=ev)
    if old_ok:
        return _out(c, r, "accurate_with_caveat",
                    f"The claimed {c.claimed_text} matches {_release(old_ok[0])}"
                    f"{_when_published(store, f.source, old_ok[0].vintage or '', r.as_of)}; the latest data "
                    f"revises it to {_fmt(f.value)} {what}.", found=f.value, unit=f.unit, evidence=ev)
    cut = truncated_count(claimed=c.value or 0, found=float(f.value or 0)) if c.approx == "exact" else None
    if cut is not None:
        return _out(c, r, "accurate_with_caveat",
                    f"{base}: the claimed {c.claimed_text} is that figure cut down to the {cut:,} below it rather "
                    f"than rounded (to the nearest {cut:,} it is {_fmt(round_half_up(float(f.value or 0) / cut) * cut)}).",
                    found=f.value, unit=f.unit, evidence=ev)
    flag = _flag_not_in_data(r, f, close=_near(c, f.value))
    if flag:
        return _out(c, r, "unverifiable",
                    f"Cannot be checked exactly: {flag}. The nearest open figure, {_fmt(f.value)} {what} "
                    f"(recorded method of killing), is close to the claimed {c.claimed_text}; the gap may be "
                    "the definition.", found=f.value, unit=f.unit, evidence=ev)
    return _out(c, r, "inaccurate", f"{base}, not the claimed {c.claimed_text}{_definition_note(f)}.",
                found=f.value, unit=f.unit, evidence=ev)
