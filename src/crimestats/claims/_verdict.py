"""Verdicts: does the data bear a claim out, and what is the evidence?

One verdict per claim: accurate | accurate_with_caveat | inaccurate | unverifiable | opinion.
Every figure comes from the facts engine (``crimestats._facts`` / ``crimestats._compute``), which
carries the source file, vintage and SQL; the evidence lists them, plus figures from the other
series (homicide offences vs homicide victims) and other vintages where they differ.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from typing import Any, Callable, Iterator

from .. import _compute as compute
from .. import _facts as facts
from .._errors import CrimestatsError
from .._facts import Fact
from .._measures import get_measure
from .._periods import range_
from .._published import published_count
from .._places import london_area
from ._homicide import rate_from_offences, solved_share
from ._model import CheckedClaim, Claim, Evidence
from ._resolve import ALTERNATES, Resolved
from ._rounding import SAME_BAND, count_holds, percent_holds, ratio_band, ratio_holds

__all__ = ["judge", "inline_sql", "memo_scope"]

# One check asks for the same figure several times (a claim, its alternate series, the next
# claim's baseline; the opinion context for every opinion).  Memoise within one check only, so
# a store that changes between checks is always read afresh.
_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("claims_memo", default=None)


@contextmanager
def memo_scope() -> Iterator[None]:
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def _memo(key: Any, fn: Callable[[], Any]) -> Any:
    cache = _MEMO.get()
    if cache is None:
        return fn()
    if key not in cache:
        try:
            cache[key] = ("ok", fn())
        except CrimestatsError as exc:
            cache[key] = ("err", exc)
    kind, val = cache[key]
    if kind == "err":
        raise val
    return val


_AS_OF: ContextVar[date | None] = ContextVar("claims_as_of", default=None)


def _vintage_order(store: Any, source: str | None) -> list[tuple[str, date]]:
    """The source's releases (vintage, date) the as-of reader would reach first: the newest
    published on or before the as-of date, then older ones, then later ones oldest first."""
    rows = _memo(("vintages_of", source), lambda: store.con.execute(
        "SELECT vintage, max(vintage_date) FROM ingests WHERE source = ? GROUP BY vintage ORDER BY 2",
        [source]).fetchall())
    as_of = _AS_OF.get()
    if as_of is None:
        return list(reversed(rows))
    before = [r for r in rows if r[1] <= as_of]
    return list(reversed(before)) + [r for r in rows if r[1] > as_of]


def _when_published(store: Any, source: str | None, vintage: str) -> str:
    """' (published by the as-of date)' or ' (published after 2023-01-06)' for a release."""
    as_of = _AS_OF.get()
    d = next((vd for v, vd in _vintage_order(store, source) if v == vintage), None)
    if as_of is None or d is None:
        return ""
    return f" (available on {as_of})" if d <= as_of else f" (published after {as_of})"


def _count_fact(store: Any, *, measure: Any, area: Any, period: Any, vintage: str = "latest") -> Fact:
    return _memo(("count", measure, area, period, vintage),
                 lambda: facts.count(store, measure=measure, area=area, period=period, vintage=vintage))

_OPINION_COUNTRIES = ["England and Wales", "United States", "France", "Germany", "Canada"]


def inline_sql(sql: str, params: list[Any]) -> str:
    """The SQL with its parameters written in, so a reader can run it as shown."""
    out, it = [], iter(params)
    for part in sql.split("?")[:-1]:
        out.append(part)
        v = next(it, None)
        if isinstance(v, (int, float)):
            out.append(str(v))
        elif v is None:
            out.append("NULL")
        else:
            out.append("'" + str(v).replace("'", "''") + "'" + ("::DATE" if isinstance(v, date) else ""))
    out.append(sql.split("?")[-1])
    return "".join(out)


def _ev(f: Fact, label: str | None = None) -> Evidence:
    files = ", ".join(sorted({str(p["file"]) for p in f.provenance})) or (f.source or "")
    src = f"{f.source}: {files}" if f.source else files
    return Evidence(src, f.vintage, f.value, inline_sql(f.sql, list(f.params)),
                    label or f"{f.measure_label}, {f.area.name}, {f.period.label}")


def _fmt(v: Any) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.2f}"
    return f"{int(v):,}" if v is not None else "none"


def _label(f: Fact) -> str:
    """'robbery offences', 'gun homicide victims': the measure with its unit when the label lacks it."""
    lab = f.measure_label.lower()
    lab = lab.replace("(recorded crime, hocr)", "(recorded crime, HOCR)")
    return lab if f.unit.split()[0] in lab else f"{lab} {f.unit}"


def _release(g: Fact) -> str:
    v = g.vintage or "an earlier"
    return f"the {v[len('earlier releases: '):]} releases combined" if v.startswith("earlier releases: ") \
        else f"the {v} release"


def _out(c: Claim, r: Resolved, verdict: str, explanation: str, *, claimed: Any = None, found: Any = None,
         unit: str | None = None, evidence: list[Evidence] | None = None) -> CheckedClaim:
    if r.notes and verdict != "opinion" and c.subject != "workforce":
        explanation = explanation.rstrip(".") + " (" + "; ".join(r.notes) + ")."
    return CheckedClaim(c, r.measure, r.area.name if r.area else None, r.period.label if r.period else None,
                        claimed if claimed is not None else (c.value if c.value is not None else c.claimed_text),
                        found, unit, verdict, explanation, evidence or [],
                        area_code=r.area.code if r.area else None)


def _definition_note(f: Fact) -> str:
    """Say when the source's definition may explain a gap (e.g. the Met's own knife/gun-enabled flags)."""
    for cv in f.caveats:
        if "defined differently" in cv:
            return ("; the Met's own 'knife-enabled'/'gun-enabled' flags are defined differently from the "
                    "recorded method of killing used here, which may explain the gap")
    return ""


def _near(c: Claim, found: Any) -> bool:
    """Within a few of the claimed count (the size of gap a definition can make)."""
    if c.value is None or not isinstance(found, (int, float)):
        return False
    return abs(c.value - found) <= max(2.0, 0.2 * found)


def _flag_not_in_data(c: Claim, r: Resolved, f: Fact, *, close: bool) -> str | None:
    """A claim about a police flag the open data lacks ('gun-enabled') judged against the nearest
    open series (method of killing): unverifiable when the two are close, since the difference may
    be the definition; None (so: inaccurate) when even the nearest series is far off."""
    if not r.flag_words or not any("defined differently" in cv for cv in f.caveats) or not close:
        return None
    return f"the Met's '{r.flag_words.lower()}' flag is not in the open data"


def _alias_note(r: Resolved) -> str | None:
    return r.area.note if r.area is not None and r.area.alias else None


def _alternate(store: Any, r: Resolved, fn: Any) -> tuple[str, Any] | None:
    alt = ALTERNATES.get(r.measure or "")
    if not alt:
        return None
    try:
        return alt, fn(alt)
    except CrimestatsError:
        return None


def _other_vintages(store: Any, f: Fact, r: Resolved) -> list[Fact]:
    """The same figure from other vintages of the same source, where they differ (the release
    available at the as-of date first)."""
    rows = [(v,) for v, _ in _vintage_order(store, f.source)]
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
        g = _earlier_releases(store, f, r, [v for (v,) in rows if v not in f.vintage])
        if g is not None and g.value != f.value:
            out.append(g)
    return out


def _earlier_releases(store: Any, f: Fact, r: Resolved, vintages: list[str]) -> Fact | None:
    """The figure the earlier releases gave together, when no single one covers the period
    (e.g. 2021/22 split across an extract to 2021-11 and one from 2021-12): newest release first,
    each filling the months still uncovered, which must stay a contiguous run."""
    if r.period is None or r.period.grain == "year" and f.unit == "victims":
        return None
    order = store.con.execute(
        "SELECT vintage FROM ingests WHERE source = ? GROUP BY vintage ORDER BY max(vintage_date) DESC",
        [f.source]).fetchall()
    remaining = list(r.period.months())
    total, parts, prov = 0, [], []
    for (v,) in order:
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


def _population_claim(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    """'a population of 400,000': checked against the population table (estimates before projections)."""
    year = r.period.start.year if r.period else date.today().year
    try:
        pop, kind, src, sql, params, _ids = compute._population(store, r.area, year)
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


def _monthly_count(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    """'up to 70,000 crimes a month in 2025': the busiest month of the period ('up to', 'as many as'),
    else the monthly average; never the period's total."""
    months = facts.series(store, measure=r.measure, area=r.area, start=r.period, end=r.period, grain="month")
    months = [m for m in months if m.value is not None and not getattr(m, "partial", False)]
    if not months:
        return _out(c, r, "unverifiable", f"No monthly figures for {r.measure} in {r.area.name} in "
                    f"{r.period.label}, so a figure 'a month' cannot be checked.")
    top = max(months, key=lambda m: m.value)
    if c.per_month == "max":
        found: float = top.value
        how = f"the busiest month was {top.period.label} with {_fmt(top.value)}"
        approx = "about" if c.approx in ("exact", "fewer_than") else c.approx
    else:
        found = round(sum(m.value for m in months) / len(months), 1)
        how = f"the monthly average over {len(months)} months was {_fmt(found)}"
        approx = c.approx
    # an average is a fraction: a whole claimed figure is read against it rounded to the unit
    judged = float(int(found + 0.5)) if c.per_month == "mean" and float(c.value or 0).is_integer() else float(found)
    ok, rule = count_holds(claimed=c.value or 0, found=judged, approx=approx,
                           written=c.claimed_text or "", low=c.low, high=c.high)
    low = min(months, key=lambda m: m.value)
    what = (f"Month by month, for {_label(top)} in {top.area.name} in {r.period.label}, {how} "
            f"(lowest {low.period.label}, {_fmt(low.value)})")
    verdict = "accurate" if ok else "inaccurate"
    return _out(c, r, verdict, f"{what}, so the claimed {c.claimed_text} a month "
                f"{'holds' if ok else 'does not hold'} ({rule}).", found=found, unit=top.unit,
                evidence=[_ev(top), _ev(low)])


def _count(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    if c.subject == "population":
        return _population_claim(store, c, r)
    if c.subject == "workforce":
        return _out(c, r, "unverifiable",
                    f"'{c.claimed_text}' counts police officers or staff, a workforce figure outside police-recorded "
                    "crime data; the Home Office police workforce statistics would answer it.", unit="people")
    if c.per_month:
        return _monthly_count(store, c, r)
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

        note = (f"the {low(get_measure(r.measure).label)} series has no figure for "
                f"{r.period.label if r.period else 'this period'} in {r.area.name if r.area else 'this area'}, "
                f"so {low(get_measure(alt).label)} are used: a different unit")
        out = _count(store, c, replace(r, measure=alt, notes=list(r.notes) + [note]))
        if out.verdict == "accurate":
            out.verdict = "accurate_with_caveat"
        return out
    ok, rule = count_holds(claimed=c.value or 0, found=float(f.value or 0), approx=c.approx,
                           written=c.claimed_text or "", low=c.low, high=c.high)
    ev = [_ev(f)]
    what = f"{_label(f)} in {f.area.name} in {f.period.label}"
    alt = _alternate(store, r, lambda m: _count_fact(store, measure=m, area=r.area, period=r.period))
    alt_txt = ""
    alt_ok = False
    if alt and alt[1].value != f.value:
        ev.append(_ev(alt[1]))
        alt_ok = count_holds(claimed=c.value or 0, found=float(alt[1].value or 0), approx=c.approx,
                             written=c.claimed_text or "", low=c.low, high=c.high)[0]
        alt_txt = f"; the {alt[1].measure_label.lower()} series gives {_fmt(alt[1].value)}"
    old = [] if ok else _memo(("vintages", r.measure, r.area, r.period), lambda: _other_vintages(store, f, r))   # revisions matter when the latest figure disagrees
    old_ok = [g for g in old if count_holds(claimed=c.value or 0, found=float(g.value or 0), approx=c.approx,
                                            written=c.claimed_text or "", low=c.low, high=c.high)[0]]
    ev += [_ev(g, f"earlier vintage ({g.vintage}): {g.measure_label}, {g.area.name}, {g.period.label}") for g in old]
    vint_txt = "".join(f"; {_release(g)} gave {_fmt(g.value)}" for g in old)
    alias = _alias_note(r)
    base = f"The data gives {_fmt(f.value)} {what}{alt_txt}{vint_txt}"
    coarse = next((cv for cv in f.caveats if "coarse" in cv), None)

    if coarse is None and f.unit != get_measure(f.measure).unit:
        note = next((s.note for s in get_measure(f.measure).sources if s.unit == f.unit and s.note), "")
        coarse = (f"The figure is {f.unit}, not {get_measure(f.measure).unit}: the store has no "
                  f"{get_measure(f.measure).unit} series for it. {note}").strip()
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
    if alt_ok:
        return _out(c, r, "accurate_with_caveat",
                    f"The claimed {c.claimed_text} matches the {alt[1].measure_label.lower()} series "  # type: ignore[index]
                    f"({_fmt(alt[1].value)}), not {_fmt(f.value)} {what}: a different unit.",  # type: ignore[index]
                    found=f.value, unit=f.unit, evidence=ev)
    if old_ok:
        return _out(c, r, "accurate_with_caveat",
                    f"The claimed {c.claimed_text} matches {_release(old_ok[0])}"
                    f"{_when_published(store, f.source, old_ok[0].vintage or '')}; the latest data "
                    f"revises it to {_fmt(f.value)} {what}.", found=f.value, unit=f.unit, evidence=ev)
    flag = _flag_not_in_data(c, r, f, close=_near(c, f.value))
    if flag:
        return _out(c, r, "unverifiable",
                    f"Cannot be checked exactly: {flag}. The nearest open figure, {_fmt(f.value)} {what} "
                    f"(recorded method of killing), is close to the claimed {c.claimed_text}; the gap may be "
                    "the definition.", found=f.value, unit=f.unit, evidence=ev)
    return _out(c, r, "inaccurate", f"{base}, not the claimed {c.claimed_text}{_definition_note(f)}.",
                found=f.value, unit=f.unit, evidence=ev)


def _change_obj(store: Any, r: Resolved, measure: str | None = None) -> compute.Change:
    m = measure or r.measure
    return _memo(("change", m, r.area, r.period, r.baseline),
                 lambda: compute.change(store, measure=m, area=r.area, period=r.period, baseline=r.baseline))


def _change(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    ch = _change_obj(store, r)
    ev = [_ev(ch.now), _ev(ch.then)]
    pct = ch.pct_change
    then = ch.then.period.label
    if pct is None:
        return _out(c, r, "unverifiable", f"There is no {then} figure to compare with.", evidence=ev)
    found = round(pct, 1)
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {then}, " +
            ("no change" if pct == 0 else f"a {'fall' if pct < 0 else 'rise'} of {abs(pct):.1f}%"))
    if c.kind == "direction" or c.direction is None:
        pass
    claimed = c.value if c.value is not None else None
    points = " ('percentage points' is the wrong unit for a change in a count: it is a percent change)" \
        if c.unit == "points" else ""
    ok, rule = percent_holds(claimed=claimed or 0, found=pct, written=c.claimed_text or "", approx=c.approx)
    alt = _alternate(store, r, lambda m: _change_obj(store, r, m))
    alt_txt, alt_ok = "", False
    if alt and alt[1].pct_change is not None:
        a = alt[1]
        ev += [_ev(a.now), _ev(a.then)]
        alt_ok = percent_holds(claimed=claimed or 0, found=a.pct_change, written=c.claimed_text or "",
                               approx=c.approx)[0]
        alt_txt = (f"; the {a.now.measure_label.lower()} series gives {_fmt(a.now.value)} against "
                   f"{_fmt(a.then.value)}, {abs(a.pct_change):.1f}%")
    sig = "" if ch.significance.significant else \
        f"; on its own a change this size could be chance (p = {ch.significance.p_value:.2f})"
    alias = _alias_note(r)
    if ok and not points and alias:
        return _out(c, r, "accurate_with_caveat", f"{desc}, so the claimed {c.claimed_text} holds for the whole "
                    f"borough ({rule}){alt_txt}; but {alias}.", found=found, unit="percent", evidence=ev)
    if ok and not points:
        return _out(c, r, "accurate", f"{desc}, so the claimed {c.claimed_text} holds ({rule}){alt_txt}{sig}.",
                    found=found, unit="percent", evidence=ev)
    if ok:
        return _out(c, r, "accurate_with_caveat", f"{desc}{points}.", found=found, unit="percent", evidence=ev)
    if alt_ok:
        return _out(c, r, "accurate_with_caveat", f"The claimed {c.claimed_text} fits the other series{alt_txt}, "
                    f"not {desc}: a different unit.", found=found, unit="percent", evidence=ev)
    old = _change_in_release(store, c, r, ch)
    if old is not None:
        v, n, t, p2 = old
        ev += [_ev(n, f"release {v}: {n.measure_label}, {n.area.name}, {n.period.label}"),
               _ev(t, f"release {v}: {t.measure_label}, {t.area.name}, {t.period.label}")]
        return _out(c, r, "accurate_with_caveat",
                    f"The claimed {c.claimed_text} matches the {v} release{_when_published(store, ch.now.source, v)}"
                    f" ({_fmt(n.value)} against {_fmt(t.value)}, {abs(p2):.1f}%); the latest data revises it: "
                    f"{desc}.", found=found, unit="percent", evidence=ev)
    flag = _flag_not_in_data(c, r, ch.now, close=True)
    if flag:
        return _out(c, r, "unverifiable",
                    f"Cannot be checked: {flag}, and a change in a flagged series can differ from the nearest "
                    f"open series by more than its counts do; for context, {desc[0].lower() + desc[1:]}.",
                    found=found, unit="percent", evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}, not {c.claimed_text}{alt_txt}{_definition_note(ch.now)}.",
                found=found, unit="percent", evidence=ev)


def _change_in_release(store: Any, c: Claim, r: Resolved, ch: Any) -> tuple[str, Fact, Fact, float] | None:
    """A percent change that fails on the latest data, recomputed in each other release of the
    same source (the one available at the as-of date first): (vintage, now, then, pct) if one fits."""
    for v, _ in _vintage_order(store, ch.now.source):
        if ch.now.vintage and v in ch.now.vintage:
            continue
        try:
            n = _count_fact(store, measure=r.measure, area=r.area, period=ch.now.period, vintage=v)
            t = _count_fact(store, measure=r.measure, area=r.area, period=ch.then.period, vintage=v)
        except CrimestatsError:
            continue
        if not t.value or n.partial or t.partial:
            continue
        p2 = 100.0 * (float(n.value or 0) - float(t.value)) / float(t.value)
        if percent_holds(claimed=c.value or 0, found=p2, written=c.claimed_text or "", approx=c.approx)[0]:
            return v, n, t, p2
    return None


def _ratio(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    ch = _change_obj(store, r)
    ev = [_ev(ch.now), _ev(ch.then)]
    if ch.ratio is None:
        return _out(c, r, "unverifiable", f"There is no {ch.then.period.label} figure to compare with.", evidence=ev)
    ok, rule = ratio_holds(implied=c.value or 1.0, found=ch.ratio)
    if c.approx == "more_than":     # 'more than doubled', 'more than halved'
        up = (c.value or 1.0) >= 1
        ok = ch.ratio > (c.value or 1.0) if up else ch.ratio < (c.value or 1.0)
        said = c.claimed_text if "more than" in (c.claimed_text or "").lower() else f"more than {c.claimed_text}"
        rule = f"'{said}' needs a ratio {'above' if up else 'below'} {c.value:.3g}"
    if ok and re.match(r"(?:nearly|almost)\b", c.claimed_text or "", re.I):   # 'nearly double': not above it
        ok = ch.ratio <= (c.value or 1.0) if (c.value or 1.0) >= 1 else ch.ratio >= (c.value or 1.0)
        rule += f"; '{c.claimed_text}' needs a ratio at or just short of {c.value:g}"
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {ch.then.period.label}, a ratio of {ch.ratio:.2f}")
    caveats = [cv for cv in ch.now.caveats if "coarse" in cv]
    if ok and caveats:
        cv = caveats[0][0].lower() + caveats[0][1:]
        return _out(c, r, "accurate_with_caveat", f"{desc}, which fits '{c.claimed_text}' ({rule}); but {cv}",
                    found=round(ch.ratio, 3), unit="ratio", evidence=ev)
    alias = _alias_note(r)
    if ok and alias:
        return _out(c, r, "accurate_with_caveat", f"{desc}, which fits '{c.claimed_text}' ({rule}); but {alias}.",
                    found=round(ch.ratio, 3), unit="ratio", evidence=ev)
    if ok:
        return _out(c, r, "accurate", f"{desc}, which fits '{c.claimed_text}' ({rule}).",
                    found=round(ch.ratio, 3), unit="ratio", evidence=ev)
    lo, hi = ratio_band(c.value or 1.0)
    return _out(c, r, "inaccurate", f"{desc}, outside the {lo:.2f}-{hi:.2f} that '{c.claimed_text}' allows.",
                found=round(ch.ratio, 3), unit="ratio", evidence=ev)


def _direction(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    ch = _change_obj(store, r)
    ev = [_ev(ch.now), _ev(ch.then)]
    d = ch.direction
    desc = (f"{ch.now.measure_label} in {ch.now.area.name}: {_fmt(ch.now.value)} in {ch.now.period.label} "
            f"against {_fmt(ch.then.value)} in {ch.then.period.label}")
    alt = _alternate(store, r, lambda m: _change_obj(store, r, m))
    alt_txt = ""
    if alt:
        ev += [_ev(alt[1].now), _ev(alt[1].then)]
        alt_txt = (f"; {alt[1].now.measure_label.lower()}: {_fmt(alt[1].now.value)} against "
                   f"{_fmt(alt[1].then.value)}")
    sig = ch.significance
    if d == c.direction and _alias_note(r):
        return _out(c, r, "accurate_with_caveat", f"{desc}{alt_txt}: a {'fall' if d == 'down' else 'rise'} for the "
                    f"whole borough, as claimed; but {_alias_note(r)}.", found=d, evidence=ev)
    if d == c.direction:
        if not sig.significant:
            return _out(c, r, "accurate_with_caveat", f"{desc}{alt_txt}: a {'fall' if d == 'down' else 'rise'}, "
                        f"as claimed, but {sig.sentence[0].lower() + sig.sentence[1:]}", found=d, evidence=ev)
        return _out(c, r, "accurate", f"{desc}{alt_txt}: a {'fall' if d == 'down' else 'rise'}, as claimed.",
                    found=d, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}{alt_txt}: {'no change' if d == 'unchanged' else ('a fall' if d == 'down' else 'a rise')}, "
                f"not a {'fall' if c.direction == 'down' else 'rise'}.", found=d, evidence=ev)


def _equality(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    eq = _memo(("equality", r.measure, r.area, r.period, r.other),
               lambda: compute.equality(store, measure=r.measure, area=r.area, period=r.period, other=r.other))
    ev = [_ev(eq.now), _ev(eq.other)]
    desc = (f"{eq.now.measure_label} in {r.area.name}: {_fmt(eq.now.value)} in {eq.now.period.label}, "
            f"{_fmt(eq.other.value)} in {eq.other.period.label}")
    if eq.equal:
        return _out(c, r, "accurate", f"{desc}: the same, as claimed.", found=eq.other.value, evidence=ev)
    if c.approx == "about" and eq.now.value is not None and eq.other.value:
        gap = abs(float(eq.now.value) - float(eq.other.value)) / float(eq.other.value)
        if gap <= SAME_BAND:
            return _out(c, r, "accurate", f"{desc}: within {gap:.1%} of each other, so 'roughly the same' holds "
                        f"(read as within {SAME_BAND:.0%}).", found=eq.other.value, unit=eq.now.unit, evidence=ev)
        return _out(c, r, "inaccurate", f"{desc}: {gap:.1%} apart, more than the {SAME_BAND:.0%} that "
                    "'roughly the same' allows.", found=eq.other.value, unit=eq.now.unit, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}: not equal.", found=eq.other.value, unit=eq.now.unit, evidence=ev)


_SHARE_PARTS = {"knife_homicide_victims", "gun_homicide_victims", "teenage_homicide_victims",
                "child_homicide_victims", "female_homicide_victims", "domestic_homicide_victims",
                "unsolved_homicide_victims"}


def _share(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    from . import _verdict_more as more

    if r.measure in _SHARE_PARTS:
        sh = compute.share(store, measure="homicide_victims", area=r.area, period=r.period,
                           part={"measure": r.measure})
        ev = [_ev(sh.part), _ev(sh.whole)]
        pct = (sh.share or 0) * 100
        part, label = sh.part.value, sh.part.measure_label.lower()
        if r.complement:        # 'solved 90%': the victims not recorded as unsolved
            pct, part, label = solved_share(pct), (sh.whole.value or 0) - (sh.part.value or 0), \
                "recorded as solved (the rest are unsolved)"
        ok, rule = more.share_holds(c, pct)
        desc = (f"{_fmt(part)} of {_fmt(sh.whole.value)} homicide victims in {r.area.name} in "
                f"{r.period.label} ({pct:.1f}%) were {label}")
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'} ({rule}).",
                    found=round(pct, 1), unit="percent", evidence=ev)
    what = r.measure or "this figure"
    where = f" in {r.area.alias} ({r.area.note})" if r.area and r.area.alias else ""
    return _out(c, r, "unverifiable",
                f"No open data in the store breaks {what.replace('_', ' ')} down by the victim's age or the "
                f"group the claim names{where}; "
                "a victim-level extract from the police (e.g. the Met's crime victim data by age) would answer it.",
                unit="percent")


def _rate(store: Any, c: Claim, r: Resolved) -> CheckedClaim:
    f = facts.count(store, measure=r.measure or "homicide_rate", area=r.area, period=r.period)
    written = (c.claimed_text or "").split()[0] if c.claimed_text else ""
    ok, rule = percent_holds(claimed=c.value or 0, found=float(f.value or 0), written=written, approx=c.approx)
    desc = f"The {f.measure_label.lower()} for {r.area.name} in {r.period.label} is {float(f.value or 0):.2f}"
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{desc}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'}.",
                found=round(float(f.value or 0), 2), unit=f.unit, evidence=[_ev(f)])


def _comparison(store: Any, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more

    if r.compare_area is None or r.area is None or r.measure is None:
        return _out(c, r, "unverifiable", "The places or the measure compared could not be identified.")
    by_rate = c.by_rate or "rate" in (c.claimed_text or "").lower()
    try:
        a, b, r = more._pair(store, r.measure, r.area, r.compare_area, r, as_of, rate=by_rate)
    except CrimestatsError:
        from ._safety import is_safety_judgement, safety_opinion
        if is_safety_judgement(c, r) and r.compare_area.area_type == "city":
            return safety_opinion(store, c, r, as_of)     # 'a far safer city than New York'
        if r.measure == "homicide_rate" and r.compare_area.area_type == "city":
            return _out(c, r, "unverifiable", f"No open data in the store gives a homicide rate for "
                        f"{r.compare_area.name} as a city; city-level figures from its police or statistics office "
                        "would answer it (country-level rates are not the same thing).")
        raise
    ev = [_ev(a), _ev(b)]
    if c.direction == "same":
        va, vb = float(a.value or 0), float(b.value or 0)
        gap = abs(va - vb) / max(va, vb) if max(va, vb) else 0.0
        band = SAME_BAND if c.approx == "about" else 0.0
        ok = gap <= band if band else (_fmt(a.value) == _fmt(b.value))
        src = "" if a.source == b.source else "; the two figures come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, {_fmt(b.value)} in "
                    f"{r.compare_area.name}, {gap:.1%} apart ('{c.claimed_text}' read as within {band:.0%}){src}.",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    higher = (a.value or 0) > (b.value or 0)
    ok = higher if c.direction == "up" else (a.value or 0) < (b.value or 0)
    desc = (f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, "
            f"{_fmt(b.value)} in {r.compare_area.name}")
    if r.measure == "homicide_rate" and re.search(r"safe|dangerous|violent", c.claimed_text or "", re.I):
        return _out(c, r, "accurate_with_caveat" if ok else "inaccurate",
                    f"{desc}; safety is judged here on the homicide rate alone, and the two rates come from "
                    "different sources (computed from Met victims and population vs published).",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    if by_rate or a.unit.startswith("per "):
        src = "" if a.source == b.source else "; the two rates come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc} ({a.unit}{src}).", found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    return _out(c, r, "accurate" if ok else "inaccurate", f"{desc} (counts, not rates per resident).",
                found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)


def _opinion(store: Any, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    ev, context = _memo(("opinion", as_of), lambda: _opinion_context(store, as_of))
    return _out(c, r, "opinion", f"A judgement about safety, not a checkable figure; for context, {context}.",
                claimed=c.claimed_text, found=None, unit="per 100,000 population", evidence=list(ev))


def _opinion_context(store: Any, as_of: date) -> tuple[list[Evidence], str]:
    ev: list[Evidence] = []
    parts: list[str] = []
    year = as_of.year - 1
    from . import _verdict_more as more
    from .._periods import calendar_year

    for y in (year, year - 1, year - 2):
        try:
            f = more._one(store, get_measure("homicide_rate"), london_area(), calendar_year(y), rate=True,
                          assumed=True)
        except CrimestatsError:
            continue
        ev.append(_ev(f))
        parts.append(f"London's homicide rate was {float(f.value or 0):.2f} per 100,000 residents in {y}")
        year = y
        break
    try:
        rows = compute.international_rates(store, year=year, countries=_OPINION_COUNTRIES)
    except CrimestatsError:
        rows = []
    intl = []
    for row in rows:
        ev.append(Evidence(f"{row['source']}: {row['file']}", row["vintage"], row["value"],
                           inline_sql(row["sql"], list(row["params"])), f"homicide rate, {row['area_name']}, {row['year']}"))
        intl.append(f"{row['area_name']} {row['value']:.2f} ({row['year']})")
    if intl:
        parts.append("against " + ", ".join(intl))
    context = "; ".join(parts) or "no homicide-rate figures are in the store for context"
    return ev, context


def judge(store: Any, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim:
    """The verdict on one resolved claim.  Never raises for missing data: that is 'unverifiable'.

    A place carried over from the article's opening is a guess: when the claim fails there but
    would hold for London as a whole, that is said, but the verdict stays about the article's place."""
    token = _AS_OF.set(as_of)
    try:
        return _flagged(_judge_in_context(store, c, r, as_of=as_of), r)
    finally:
        _AS_OF.reset(token)


def _flagged(out: CheckedClaim, r: Resolved) -> CheckedClaim:
    """A claim about a police flag the open data lacks ('equal to 2019's knife-enabled total') that fails
    against the nearest open series is not shown false by it: unverifiable, with that series as context.
    (Counts stay inaccurate when even the nearest series is far off; see ``_count``.)"""
    if out.verdict != "inaccurate" or not r.flag_words or out.claim.kind == "count" or not r.measure:
        return out
    try:
        caveats = get_measure(r.measure).caveats
    except CrimestatsError:
        return out
    if not any("defined differently" in cv for cv in caveats):
        return out
    return replace(out, verdict="unverifiable",
                   explanation=f"Cannot be checked: the Met's '{r.flag_words.lower()}' flag is not in the open "
                               f"data. For context, the nearest open series (recorded method of killing): "
                               f"{out.explanation[0].lower() + out.explanation[1:]}")


# Series that cover England (and its regions and forces) but not Wales: a claim about England and
# Wales is tried against England alone and said so, never against another series.
_ENGLAND_ONLY = {"knife_crime": "the ONS knife or sharp instrument series in the store covers England and its "
                                "regions and forces only (no Welsh forces)"}


def _england_only(store: Any, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim | None:
    """'Knife crime rose 7% in England and Wales': the England figure, with the gap named."""
    why = _ENGLAND_ONLY.get(r.measure or "")
    if why is None or r.area is None or r.area.area_type != "country" or "W92000004" not in r.area.code \
            or "E92000001" not in r.area.code:
        return None

    from .._places import resolve_area

    alt = _judge(store, c, replace(r, area=resolve_area("England")), as_of=as_of)
    if alt.verdict in ("accurate", "accurate_with_caveat"):
        alt.verdict = "accurate_with_caveat"
        alt.explanation = (alt.explanation.rstrip(".") + f"; the claim is about England and Wales, but {why}, "
                           "so only the England part is checked: Wales would add to it.")
        return alt
    found = f"{alt.found:,}" if isinstance(alt.found, (int, float)) else str(alt.found)
    gap = "and it has no figure for England for that period either" if alt.found is None else \
        f"England alone gives {found}, which does not fit the claim either"
    return _out(c, r, "unverifiable", f"No open data answers this for England and Wales: {why}, so the England "
                f"and Wales figure cannot be formed; {gap}.")


def _judge_in_context(store: Any, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim:
    ew = _england_only(store, c, r, as_of=as_of)
    if ew is not None:
        return ew
    out = _judge(store, c, r, as_of=as_of)
    if r.area_from_context and out.verdict == "inaccurate" and r.area is not None \
            and r.area.area_type != "force":

        alt = _judge(store, c, replace(r, area=london_area(), area_from_context=False), as_of=as_of)
        if alt.verdict in ("accurate", "accurate_with_caveat"):
            # the verdict stays about the place the article is about; London fitting is only said
            out.explanation = (out.explanation.rstrip(".") + f"; the sentence names no place, so {r.area.name} "
                               f"(the article's place) is checked: the figure would fit London as a whole "
                               f"(found {alt.found}), but that is not what the article is about.")
    return out


def _judge(store: Any, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim:
    if c.kind == "opinion":
        return _opinion(store, c, r, as_of)
    if c.subject in ("workforce", "population") and r.area is not None:
        return _count(store, c, r)      # not crime: no crime measure needed
    if c.subject == "non_crime":
        return _out(c, r, "unverifiable", f"'{c.claimed_text}' counts something other than crimes, arrests or "
                    "searches (calls, visits, hours...), which police-recorded crime data does not hold; the "
                    "force's own operational figures would answer it.")
    if r.measure is None and any("narrows" in n for n in r.notes):
        if c.kind == "share" and r.period is not None and r.area is not None:
            from ._share import share_verdict
            got = share_verdict(store, c, r, as_of)      # a catalogue part the resolver did not narrow to
            if got is not None:
                return got
        return _out(c, r, "unverifiable", "The claim is about a narrower group than any series in the store")
    if r.measure is None:
        return _out(c, r, "unverifiable", "The claim names no crime measure crimestats knows, so no figure "
                    "can be looked up for it; it needs a series for that kind of crime.")
    if r.period is None or r.area is None:
        return _out(c, r, "unverifiable", "The claim's period or place could not be worked out.")
    from . import _verdict_more as more

    try:
        if c.kind == "comparison" and c.rank is not None:
            return more.ranking(store, c, r, as_of)
        if c.kind == "record" and c.streak:
            from ._streak import streak
            return streak(store, c, r, as_of)
        if c.kind == "record" and c.unit == "threshold":
            return more.threshold_first(store, c, r)
        if c.kind == "record" and c.first_since:
            return more.first_since(store, c, r)
        if c.kind in ("ratio", "comparison") and c.compare_to:
            from ._rate_compare import london_yardstick
            got = london_yardstick(store, c, r, as_of)     # 'below the London average': rates, not counts
            if got is not None:
                return got
        if c.kind == "ratio" and c.compare_to:
            return more.place_ratio(store, c, r, as_of)
        if c.kind == "share" and r.measure not in _SHARE_PARTS:
            from ._share import share_verdict
            got = share_verdict(store, c, r, as_of)
            if got is not None:
                return got
        if c.kind == "rate":
            return rate_from_offences(store, c, r, as_of, more.rate_per)    # victims end in 2023: offences
        if c.kind == "count":
            return _count(store, c, r)
        if c.kind == "change" and c.unit == "difference":
            return more.difference(store, c, r)
        if c.kind == "change" and c.unit == "points":
            return more.points_change(store, c, r)
        if c.kind == "change":
            return _change(store, c, r)
        if c.kind == "ratio":
            return _ratio(store, c, r)
        if c.kind == "direction":
            return _direction(store, c, r)
        if c.kind == "record":
            from ._record import record_verdict
            return record_verdict(store, c, r)
        if c.kind == "equality":
            if r.other is None:
                return _out(c, r, "unverifiable", "The period compared with could not be worked out.")
            return _equality(store, c, r)
        if c.kind == "share":
            return _share(store, c, r)
        if c.kind == "rate":
            return _rate(store, c, r)
        if c.kind == "comparison":
            return _comparison(store, c, r, as_of)
    except CrimestatsError as exc:
        extra = ""
        if r.area is not None and r.area.area_type != "force":
            try:  # give the London-wide figure for context when a place has no data
                f = facts.count(store, measure=r.measure, area=london_area(), period=r.period)
                extra = f" For context, London as a whole: {_fmt(f.value)} ({f.measure_label.lower()}, {r.period.label})."
                alias = f" ({r.area.note})" if r.area.alias and r.area.note else ""
                return _out(c, r, "unverifiable", f"No open data answers this for {r.area.alias or r.area.name}"
                            f"{alias}: {exc}{extra}", found=None, evidence=[_ev(f)])
            except CrimestatsError:
                pass
        return _out(c, r, "unverifiable", f"No open data in the store answers it: {exc}")
    return _out(c, r, "unverifiable", f"Claims of kind {c.kind!r} are not checked yet.")
