"""Verdicts on rankings among places: "the highest in London", "the fewest of any borough", "more
than in any other part of London", "more than twice as many as any other borough", "second only to
<borough>", "the third-highest rate in London", "among the five worst boroughs", "ranked Nth of 32",
and the same among police forces or regions ("the most knife crime of any force").

Boroughs: the 32 the Met polices (the City of London has its own force and is not in the Met's
counts), by count or, for a rate, per 1,000 residents (per 100,000 when the claim says so or the
figures are small) from GLA population figures.  Forces and regions: every area in the measure's
source that covers the most of them for the period, per 100,000 residents from ONS mid-year
estimates.  The explanation always says whether counts or rates were ranked and over how many places.

How a position is judged (``RankFrame.approx``): exact ("the third-highest") needs that position, ties a
caveat; ``at_most`` ("among the five worst") any position up to it; ``strict`` ("more than any other")
the top with no tie; a multiple over the runner-up (``RankFrame.lead``: "twice as many as any other")
the top with that lead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any, Callable

from ..._errors import CrimestatsError
from ...facts import _facts as facts
from ...facts import _rates
from ...measures._catalogue import get_measure
from ...measures._periods import Period, range_
from ...measures._places import Area, london_area, ward_names
from ...reference._areas import london_boroughs
from ...store._lookups import areas_counted
from ...store._store import StoreLike
from .._frames import RankFrame
from .._model import CheckedClaim
from .._reasons import Reason, Why
from ..resolve._resolve import ALTERNATES, Resolved
from ._outcome import _ev, _memo, _out, _unresolved, _with_period, fallback_periods, older_financial_years

__all__ = ["ranking", "force_ranking", "ward_ranking"]

_BOROUGH_SCOPES = ("borough", "inner", "outer")


def _excluded(c: RankFrame, vals: list[tuple[Area, float, Any]], mine: str) -> list[str]:
    """Boroughs the claim sets aside ('the highest rate outside <borough>', 'apart from <borough> and
    <borough>'; ``RankFrame.excluded``) among those ranked, longest name first; never the claim's own."""
    names = sorted({a.name for a, _, _ in vals}, key=len, reverse=True)
    return [n for n in names if n != mine and n in c.excluded]


def _years_span(c: RankFrame) -> Period | None:
    """'between <year> and <year>', 'from <year> to <year>' in the ranking's clause: the calendar years summed."""
    if c.years is None:
        return None
    y0, y1 = c.years
    if not y0 < y1 <= y0 + 15:
        return None
    return range_(date(y0, 1, 1), date(y1, 12, 1))

_ORD = {1: "", 2: "second-", 3: "third-", 4: "fourth-", 5: "fifth-", 6: "sixth-", 7: "seventh-", 8: "eighth-",
        9: "ninth-", 10: "tenth-"}


def _nth(k: int) -> str:
    return f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"


def _boroughs(scope: str | None) -> dict[str, str]:
    """code -> inner/outer for the 32 Met boroughs (not the City of London)."""
    out = {}
    for b in london_boroughs():
        if b.code == "E09000001":
            continue
        io = (b.inner_outer or "").lower()
        if scope in ("inner", "outer") and not io.startswith(scope):
            continue
        out[b.code] = io
    return out


def _population_of(store: StoreLike, a: Area, year: int) -> float:
    return _rates._population(store, a, year)[0]


def _borough_values(store: StoreLike, measure: str, period: Period, by_rate: bool, scope: str | None
                    ) -> list[tuple[Area, float, Any]]:
    """Every Met borough's figure for the period; for a rate, per resident (per 1 person)."""
    rows = _memo(("rank", measure, period), lambda: facts.rank(store, measure=measure, period=period))
    keep = _boroughs(scope)
    out = []
    for a, f in rows:
        if a.code not in keep:
            continue
        v = float(f.value or 0)
        if by_rate:
            pop = _memo(("pop", a.code, period.start.year), partial(_population_of, store, a, period.start.year))
            v = v / pop
        out.append((a, v, f))
    return out


def _borough_changes(store: StoreLike, measure: str, period: Period, base: Period, scope: str | None, *,
                     by_count: bool, down: bool) -> list[tuple[Area, float, Any]]:
    """Every Met borough's change from ``base`` to ``period``, signed so that a bigger value is a bigger
    change the claimed way (a fall counts positive when the claim is about falls)."""
    now = {a.code: (a, f) for a, v, f in _borough_values(store, measure, period, False, scope)}
    then = {a.code: v for a, v, _ in _borough_values(store, measure, base, False, scope)}
    out = []
    for code, (a, f) in now.items():
        if code not in then or (not by_count and not then[code]):
            continue
        d = float(f.value or 0) - then[code]
        v = d if by_count else 100 * d / then[code]
        out.append((a, -v if down else v, f))
    return out


def _per(c: RankFrame, vals: list[tuple[Area, float, Any]]) -> int:
    """The base a rate is shown on: what the claim says, else 1,000, else 100,000 for rare crimes."""
    if c.per is not None:
        return c.per
    top = max((v for _, v, _ in vals), default=0.0)
    return 1_000 if top * 1_000 >= 1 else 100_000


def _position_ok(c: RankFrame, pos: int, ties: list[str], vals: list[tuple[Area, float, Any]],
                 fmt: Callable[[float], str]) -> tuple[bool, bool, str]:
    """(holds, with a caveat, why) for a claimed position; ``vals`` sorted from the claimed end."""
    want = c.rank or 1
    if c.lead:
        if pos != 1 or len(vals) < 2:
            return False, False, "not the top, so no lead over the rest"
        lead = vals[0][1] / vals[1][1] if vals[1][1] else float("inf")
        need = c.lead
        ok = lead > need if c.approx == "more_than" else lead >= need * (0.9 if c.approx == "about" else 0.95)
        if c.approx == "about" and lead > need * 1.2:
            ok = False      # 'almost twice as many' is not a lead of three times and more
        band = f"{need * 0.9:.2f}-{need * 1.2:.2f} times" if c.approx == "about" else \
            f"{'more than ' if c.approx == 'more_than' else ''}{need:g} times"
        why = (f"{vals[0][0].name} has {lead:.2f} times the next ({vals[1][0].name}, {fmt(vals[1][1])}); "
               f"'{c.claimed_text}' needs {band}")
        return ok, False, why
    if c.approx == "strict":
        if pos == 1 and ties:
            return False, False, f"level with {', '.join(ties)}, so not more than every other"
        return pos == 1, False, ""
    if c.approx == "one_of":
        limit = max(3, -(-len(vals) // 4))
        return pos <= limit, bool(ties) and pos == limit, \
            f"'one of the' read as within the top quarter ({limit} of {len(vals)})"
    if c.approx == "at_most":
        return pos <= want, bool(ties) and pos == want, f"among the top {want}" if pos <= want else ""
    return pos == want, bool(ties), ""


def ranking(store: StoreLike, c: RankFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """A borough's place among London's 32 boroughs (or a force's among forces, via
    :func:`force_ranking`) for the claim's measure and period."""
    if c.rank_scope in _BOROUGH_SCOPES and (r.area is None or r.area.area_type in ("force", "region", "city")):
        named = r.sentence_borough       # 'X recorded N, more than any other London borough'
        if named is not None:
            r = replace(r, area=named, area_from_context=True,
                        notes=r.notes + [Reason.of(Why.RANKED_BOROUGH, area=named.name)])
    span = _years_span(c)
    if span is not None and r.area is not None and r.area.area_type == "borough":
        r = replace(r, period=span, period_assumed=False)
    if r.area is not None and (c.rank_scope in ("force", "region") or r.area.area_type in ("force", "region")):
        return force_ranking(store, c, r, as_of)
    if r.area is not None and r.area.area_type == "ward":
        return ward_ranking(store, c, r, as_of)
    if r.area is None or r.area.area_type != "borough":
        return _out(c, r, "unverifiable", "The claim ranks places but names no London borough to place: "
                    "crimestats ranks London's 32 boroughs, or police forces where a series covers every force.")
    last: CrimestatsError | None = None
    vals, alt_m = None, None
    measure = r.measure or "all_crime"
    rate_m = get_measure(measure)
    if rate_m.kind == "rate" and rate_m.base:      # 'the highest homicide rate': the count per resident
        measure = rate_m.base
        c = replace(c, by_rate=True, per=100_000)
        r = replace(r, measure=measure)
    for m in [measure] + ([ALTERNATES[measure]] if measure in ALTERNATES else []):
        for p in fallback_periods(r, as_of):
            try:
                vals = _borough_values(store, m, p, c.by_rate, c.rank_scope) if not c.of_change else \
                    _borough_changes(store, m, p, r.baseline if r.baseline and r.baseline != p else p.previous(),
                                     c.rank_scope, by_count=c.in_numbers, down=c.direction == "down")
                r = _with_period(r, p)
                break
            except CrimestatsError as exc:
                last = exc
        if vals is not None:
            alt_m = None if m == measure else m
            break
    if vals is None:
        return _out(c, r, "unverifiable", f"No borough figures answer it: {last}")
    area, period = r.area, r.period     # from here on only the measure and the notes change
    if area is None or period is None:
        return _unresolved(c, r)
    if alt_m is not None:
        r = replace(r, measure=alt_m, notes=r.notes + [
            Reason.of(Why.OTHER_SERIES_RANKED, series=get_measure(measure).label.lower(), period=period.label,
                      other=get_measure(alt_m).label.lower())])
    per = _per(c, vals) if c.by_rate else 1
    vals = [(a, v * per, f) for a, v, f in vals]
    high = c.record != "low"
    vals.sort(key=lambda t: (-t[1] if high else t[1], t[0].name))
    # 'the highest outside <borough>' (unless the reading already made it 'second to <borough>')
    left_out = _excluded(c, vals, area.name) if (c.rank or 1) == 1 and not c.compare_to else []
    if left_out:        # 'the highest outside <borough>': ranked without the boroughs set aside
        vals = [t for t in vals if t[0].name not in left_out]
        r = replace(r, notes=r.notes + [Reason.of(Why.LEFT_OUT, places=' and '.join(left_out))])
    if c.rank_among is not None and r.among is None:
        return _out(c, r, "unverifiable", f"The claim ranks among {c.rank_among or 'the'} places the text names, but the "
                    f"text does not name {c.rank_among or 'two or more'} London boroughs to rank.")
    if r.among is not None:     # 'the highest of the four': only the places the text names
        keep = {a.name for a in r.among}
        vals = [t for t in vals if t[0].name in keep]
    names = [a.name for a, _, _ in vals]
    if area.name not in names:
        return _out(c, r, "unverifiable", f"{area.name} is not among the boroughs ranked.")
    mine = next(v for a, v, _ in vals if a.name == area.name)
    pos = 1 + sum(1 for _, v, _ in vals if (v > mine if high else v < mine))
    ties = [a.name for a, v, _ in vals if v == mine and a.name != area.name]
    unit = f"per {per:,} residents" if c.by_rate else (vals[0][2].unit if vals else "")
    fmt: Callable[[float], str] = (lambda v: f"{v:.1f}") if c.by_rate else (lambda v: f"{int(v):,}")
    if c.of_change:
        sign = -1 if c.direction == "down" else 1
        base = r.baseline if r.baseline and r.baseline != period else period.previous()
        unit = f"(change from {base.label})"
        fmt = (lambda v: f"{sign * v:+,.0f}") if c.in_numbers else (lambda v: f"{sign * v:+.1f}%")
    top = ", ".join(f"{a.name} {fmt(v)}" for a, v, _ in vals[:3])
    scope = f"{c.rank_scope} London boroughs" if c.rank_scope in ("inner", "outer") else \
        "London boroughs policed by the Met (the City of London has its own force)"
    if r.among is not None:
        scope = "boroughs the text names"
    word = ("highest" if high else "lowest") if not c.of_change else \
        (f"biggest {'fall' if c.direction == 'down' else 'rise'}" if high else
         f"smallest {'fall' if c.direction == 'down' else 'rise'}")
    lab = vals[0][2].measure_label
    lab = lab[:1].lower() + lab[1:]
    unit = "" if unit in lab else f" {unit}"
    desc = (f"{lab}{unit} in {period.label}: {area.name} has {fmt(mine)}, "
            f"{_nth(pos)} of {len(vals)} {scope} from the {word} ({top})")
    want = c.rank or 1
    ev = [_ev(f) for a, _, f in vals[: max(3, want)]]
    basis = " (counts, not rates per resident)"
    if c.of_change:
        basis = f" (ranked by the {'change in numbers' if c.in_numbers else 'percentage change'}, the " \
                f"{'fall' if c.direction == 'down' else 'rise'} counted as its size)"
    if c.by_rate:
        try:
            kind, src = _rates._population(store, area, period.start.year)[1:3]
            basis = f"; rates per resident, population: {kind} ({src})"
        except CrimestatsError:
            basis = "; rates per resident"
    if c.compare_to:
        other = next((a.name for a, _, _ in vals if a.name.lower() == c.compare_to.lower()), None)
        ok, caveat, why = pos == 2 and other is not None and names[0] == other, bool(ties), ""
    else:
        ok, caveat, why = _position_ok(c, pos, ties, vals, fmt)
    why = f"; {why}" if why else ""
    caveat = caveat or alt_m is not None
    if ok and caveat and not ties:
        return _out(c, r, "accurate_with_caveat", f"{desc}{why}, as claimed{basis}.", found=pos, unit="rank",
                    evidence=ev)
    tie_named = bool(ties) and all(t in c.named for t in ties)   # 'X and Y recorded the most': the tie is claimed
    if ok and caveat and not (tie_named and alt_m is None):
        return _out(c, r, "accurate_with_caveat", f"{desc}{why}: a tie with {', '.join(ties)}{basis}.",
                    found=pos, unit="rank", evidence=ev)
    if ok:
        tie = f": level with {', '.join(ties)}, as the claim says" if tie_named else ", as claimed"
        return _out(c, r, "accurate", f"{desc}{why}{tie}{basis}.", found=pos, unit="rank", evidence=ev)
    claimed = "the lead claimed" if c.lead and pos == 1 else \
        f"among the {want} {word}" if c.approx == "at_most" else f"one of the {word}" \
        if c.approx == "one_of" else f"the {_ORD.get(want, _nth(want) + ' ')}{word}"
    return _out(c, r, "inaccurate", f"{desc}{why}, not {claimed}{basis}.", found=pos, unit="rank", evidence=ev)


def _area_rank(store: StoreLike, measure: str, p: Period, level: str) -> list[tuple[Area, Any]]:
    """Every area of ``level`` (force or region) for the period, from the measure's source that
    covers the most of them (a source holding one force cannot rank forces)."""
    best: list[tuple[Area, Any]] = []
    for spec in get_measure(measure).sources:
        areas = areas_counted(store, source=spec.source, area_type=level, start=p.start, end=p.end)
        if len(areas) <= len(best):
            continue
        got = []
        for code, name in areas:
            a = london_area() if level == "force" and code == "metropolitan" else Area(level, code, name)
            try:
                got.append((a, facts.count(store, measure=measure, area=a, period=p, source=spec.source)))
            except CrimestatsError:
                continue
        if len(got) > len(best):
            best = got
    if len(best) < 3:
        raise CrimestatsError(f"no {level}-level figures for {get_measure(measure).label} in {p.label}")
    return best


def force_ranking(store: StoreLike, c: RankFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """'the Met recorded the most knife crime of any force', '<force> has the highest rate of
    knife crime': every police force (or region) in the series for the period, by count or, for a
    rate, per 100,000 residents (ONS mid-year estimate for the year the financial year starts)."""
    level = "region" if c.rank_scope == "region" or (r.area and r.area.area_type == "region") else "force"
    measure = r.measure or "all_crime"
    if r.period is None:
        return _unresolved(c, r)
    periods = fallback_periods(r, as_of) if r.period_assumed else [r.period]
    if r.period_assumed and r.period is not None:     # force series end early: go back year by year
        periods += older_financial_years(as_of)
    vals, last = None, None
    for p in periods:
        try:
            vals = _area_rank(store, measure, p, level)
            r = _with_period(r, p)
            break
        except CrimestatsError as exc:
            last = exc
    if vals is None or r.period is None or r.area is None:
        return _out(c, r, "unverifiable", f"No {level}-level figures in the store answer it ({last}); every "
                    f"{level}'s figures for the period (e.g. the ONS tables by police force area) would.")
    p = r.period
    want_name = r.area.name.lower()
    if level == "region" and r.area.code == "metropolitan":
        want_name = "london"
    mine = next((a for a, _ in vals if a.code == r.area.code or a.name.lower() == want_name
                 or (r.area.code == "metropolitan" and a.code == "metropolitan")), None)
    if mine is None:
        return _out(c, r, "unverifiable", f"{r.area.name} is not among the {len(vals)} {level}s in the "
                    f"{vals[0][1].source} series for {p.label}, so its place cannot be checked.")
    rows: list[tuple[Area, float, Any]] = []
    missing = []
    for a, f in vals:
        if c.by_rate:
            try:
                pop = _rates._population(store, a, p.start.year)[0]
            except CrimestatsError:
                missing.append(a.name)
                continue
            rows.append((a, 100_000 * float(f.value or 0) / pop, f))
        else:
            rows.append((a, float(f.value or 0), f))
    if c.by_rate and (mine.name in missing or len(rows) < 3):
        return _out(c, r, "unverifiable", f"No population for the {level}s ({', '.join(missing[:5])}...) in "
                    f"{p.start.year}, so rates per resident cannot be ranked; ONS mid-year estimates by "
                    f"{level} would answer it.")
    if c.rank_among is not None and r.among is not None:    # 'of the forces we looked at': those the text names
        keep = {a.name.lower() for a in r.among} | {a.code for a in r.among}
        rows = [t for t in rows if t[0].name.lower() in keep or t[0].code in keep or t[0] is mine]
    high = c.record != "low"
    rows.sort(key=lambda t: (-t[1] if high else t[1], t[0].name))
    city = None
    if c.by_rate and level == "force" and mine.code != "city-of-london" and rows[0][0].code == "city-of-london" \
            and high:
        # the City of London's rate is per ~10,000 residents against a daytime crowd: said, and set aside
        city = rows.pop(0)
    v = next(x for a, x, _ in rows if a is mine)
    pos = 1 + sum(1 for _, x, _ in rows if (x > v if high else x < v))
    ties = [a.name for a, x, _ in rows if x == v and a is not mine]
    fmt: Callable[[float], str] = (lambda x: f"{x:.1f}") if c.by_rate else (lambda x: f"{int(x):,}")
    unit = "per 100,000 residents" if c.by_rate else rows[0][2].unit
    lab = rows[0][2].measure_label.lower()
    unit = "" if unit in lab else f" {unit}"
    word = "highest" if high else "lowest"
    desc = (f"{lab}{unit} in {p.label}: {mine.name} has {fmt(v)}, {_nth(pos)} of "
            f"{len(rows)} {level}s from the {word} (" + ", ".join(f"{a.name} {fmt(x)}" for a, x, _ in rows[:3]) + ")")
    gaps = f"; no resident population for {', '.join(missing)}, left out" if missing else ""
    if city is not None:
        gaps += (f"; the City of London ({fmt(city[1])}) is set aside: its few thousand residents make its rate "
                 "per resident meaningless")
    old = r.period_assumed and p.end < date(as_of.year - 1, 1, 1)
    ev = [_ev(f) for _, _, f in rows[: max(3, c.rank or 1)]]
    want = c.rank or 1
    ok, caveat, why = _position_ok(c, pos, ties, rows, fmt)
    why = f"; {why}" if why else ""
    if ok:
        verdict = "accurate_with_caveat" if caveat or ties or gaps or old else "accurate"
        extra = (f": a tie with {', '.join(ties)}" if ties else "") + gaps + \
            (f"; {p.label} is the latest {level}-level year in the store" if old else "")
        return _out(c, r, verdict, f"{desc}{why}, as claimed{extra}.", found=pos, unit="rank", evidence=ev)
    claimed = f"among the {want} {word}" if c.approx == "at_most" else f"one of the {word}" \
        if c.approx == "one_of" else f"the {_ORD.get(want, _nth(want) + ' ')}{word}"
    return _out(c, r, "inaccurate", f"{desc}{why}, not {claimed}{gaps}.", found=pos, unit="rank", evidence=ev)


def _ward_values(store: StoreLike, measure: str, period: Period, ward: Area) -> list[tuple[Area, float, Any]]:
    """Every ward of ``ward``'s borough with a count for the period (wards of other boundary sets have none)."""
    parent = next((p for hits in ward_names(store).values() for code, _n, p in hits if code == ward.code), None)
    if parent is None:
        return []
    out = []
    for hits in ward_names(store).values():
        for code, name, p in hits:
            if p != parent:
                continue
            try:
                f = _memo(("ward", measure, period, code), partial(
                    facts.count, store, measure=measure, area=Area("ward", code, name), period=period))
            except CrimestatsError:
                continue
            if f.value is not None:
                out.append((Area("ward", code, name), float(f.value), f))
    return out


def ward_ranking(store: StoreLike, c: RankFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """A ward's place among the wards of its borough, by count ('almost twice as many as any other
    ward', 'the most of any ward in <borough>')."""
    area = r.area
    if area is None:
        return _unresolved(c, r)
    vals: list[tuple[Area, float, Any]] = []
    for p in fallback_periods(r, as_of):
        vals = _ward_values(store, r.measure or "all_crime", p, area)
        if len(vals) > 1:
            r = _with_period(r, p)
            break
    if len(vals) < 2 or r.period is None:
        return _out(c, r, "unverifiable", "No ward figures for this ward's borough answer it.")
    high = c.record != "low"
    vals.sort(key=lambda t: (-t[1] if high else t[1], t[0].name))
    mine = next((v for a, v, _ in vals if a.code == area.code), None)
    if mine is None:
        return _out(c, r, "unverifiable", f"{area.name} has no figure for {r.period.label}.")
    pos = 1 + sum(1 for _, v, _ in vals if (v > mine if high else v < mine))
    ties = [a.name for a, v, _ in vals if v == mine and a.code != area.code]

    def fmt(v: float) -> str:
        return f"{int(v):,}"

    ok, caveat, why = _position_ok(c, pos, ties, vals, fmt)
    lab = vals[0][2].measure_label
    top = ", ".join(f"{a.name} {fmt(v)}" for a, v, _ in vals[:3])
    desc = (f"{lab[:1].lower() + lab[1:]} in {r.period.label}: {area.name} has {fmt(mine)}, {_nth(pos)} of "
            f"{len(vals)} wards in its borough from the {'highest' if high else 'lowest'} ({top})")
    why = f"; {why}" if why else ""
    ev = [_ev(f) for _, _, f in vals[:3]]
    if ok:
        return _out(c, r, "accurate_with_caveat" if caveat else "accurate", f"{desc}{why}, as claimed (counts).",
                    found=pos, unit="rank", evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}{why}, not as claimed (counts).", found=pos, unit="rank", evidence=ev)
