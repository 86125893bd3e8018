"""Computations on facts: change, record status, equality, share, ratio words, rates.

Each result keeps the Facts it was computed from, so every number stays traceable to its files
and query.  Significance of a change between two counts is the exact Poisson test in
:mod:`crimestats.facts._significance`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from .._errors import InputError, NoDataError
from ..measures._catalogue import Measure, get_measure
from ..measures._periods import Period, range_
from ..measures._places import Area
from ..store._store import Store
from ._facts import count
from ._model import Fact, _fact, _provenance, _provenance_map, as_area, as_period
from ._plan import _choose, _covered, _expected
from ._tables import _grouped
from ._significance import PoissonChange, poisson_change

__all__ = ["Change", "Record", "Share", "Rate", "Equality", "change", "record", "record_of", "share", "rate",
           "rate_fact", "equality", "ratio_words", "share_words", "international_rates",
           "DEFAULT_COUNTRIES"]

DEFAULT_COUNTRIES = ("England and Wales", "United Kingdom", "United States", "France", "Germany",
                     "Canada", "Australia")


# ----------------------------------------------------------------------------- words
# Ratio bands (new / old): the word for the nearest band, if within the tolerance.
_RATIO_BANDS: tuple[tuple[float, str], ...] = (
    (0.25, "fell by three quarters"), (1 / 3, "fell by two thirds"), (0.5, "halved"),
    (2 / 3, "fell by a third"), (0.75, "fell by a quarter"), (1.0, "was unchanged"),
    (1.25, "rose by a quarter"), (4 / 3, "rose by a third"), (1.5, "rose by half"),
    (2.0, "doubled"), (3.0, "tripled"), (4.0, "quadrupled"),
)
_SHARE_BANDS: tuple[tuple[float, str], ...] = (
    (0.1, "one in ten"), (0.2, "one in five"), (0.25, "a quarter"), (1 / 3, "a third"),
    (0.4, "two in five"), (0.5, "half"), (0.6, "three in five"), (2 / 3, "two thirds"),
    (0.75, "three quarters"), (0.8, "four in five"), (0.9, "nine in ten"),
)


def ratio_words(ratio: float, *, tolerance: float = 0.06) -> str | None:
    """The everyday word for a ratio new/old: 0.5 -> 'halved', 2 -> 'doubled', 2/3 -> 'fell by a third'.

    Bands are compared on a log scale (so 'halved' and 'doubled' are equally wide); the nearest
    band is used if the ratio is within ``tolerance`` (relative, default 6%) of it, else None,
    because a word that overstates the change is worse than no word.
    """
    if ratio is None or ratio <= 0 or math.isnan(ratio):
        return None
    best = min(_RATIO_BANDS, key=lambda b: abs(math.log(ratio / b[0])))
    return best[1] if abs(math.log(ratio / best[0])) <= math.log1p(tolerance) else None


def share_words(share: float, *, tolerance: float = 0.06) -> str | None:
    """The everyday phrase for a share: 0.33 -> 'a third', 0.5 -> 'half' (None if no band is close)."""
    if share is None or share <= 0 or share > 1:
        return None
    best = min(_SHARE_BANDS, key=lambda b: abs(math.log(share / b[0])))
    return best[1] if abs(math.log(share / best[0])) <= math.log1p(tolerance) else None


# ----------------------------------------------------------------------------- change
@dataclass
class Change:
    now: Fact
    then: Fact
    difference: int
    pct_change: float | None
    significance: PoissonChange
    ratio: float | None
    ratio_word: str | None

    @property
    def direction(self) -> str:
        return "up" if self.difference > 0 else "down" if self.difference < 0 else "unchanged"

    def sentence(self) -> str:
        if self.pct_change is None:
            return f"{self.now.value} in {self.now.period.label}, against none in {self.then.period.label}"
        if self.difference == 0:
            return f"{self.now.value}, the same as in {self.then.period.label}"
        return (f"{self.now.value}, {abs(round(self.pct_change))}% {self.direction} on "
                f"{self.then.period.label} ({self.then.value})")

    def as_dict(self) -> dict[str, Any]:
        return {"now": self.now.as_dict(), "then": self.then.as_dict(), "difference": self.difference,
                "pct_change": self.pct_change, "ratio": self.ratio, "ratio_word": self.ratio_word,
                "significance": self.significance.as_dict(), "sentence": self.sentence()}


def change(store: Store, *, measure: str | Measure, area: Area | str | None = "London",
           period: Period | str | int, baseline: Period | str | int | None = None,
           source: str | None = None, filters: Mapping[str, str] | None = None) -> Change:
    """Difference, % change and exact Poisson significance between ``period`` and ``baseline``
    (default: the period before, of the same length)."""
    p = as_period(period)
    b = as_period(baseline) if baseline is not None else p.previous()
    a = as_area(area, store)
    now = count(store, measure=measure, area=a, period=p, source=source, filters=filters)
    then = count(store, measure=measure, area=a, period=b, source=now.source, filters=filters)
    if now.unit != then.unit:
        raise InputError(f"cannot compare {now.unit} with {then.unit}")
    x, y = int(now.value or 0), int(then.value or 0)
    exposure = now.months_expected / then.months_expected if then.months_expected else 1.0
    if now.source == then.source and now.months_expected and then.months_expected:
        exposure = p.n_months / b.n_months
    sig = poisson_change(current=x, previous=y, exposure_ratio=exposure)
    ratio = x / y if y else None
    pct = (x - y) / y * 100 if y else None
    return Change(now, then, x - y, pct, sig, ratio, ratio_words(ratio) if ratio else None)


@dataclass
class Equality:
    now: Fact
    other: Fact
    equal: bool
    difference: int


def equality(store: Store, *, measure: str | Measure, area: Area | str | None = "London",
             period: Period | str | int, other: Period | str | int,
             filters: Mapping[str, str] | None = None) -> Equality:
    """Is the figure for ``period`` equal to the one for ``other``?"""
    a = as_area(area, store)
    now = count(store, measure=measure, area=a, period=period, filters=filters)
    oth = count(store, measure=measure, area=a, period=other, source=now.source, filters=filters)
    return Equality(now, oth, now.value == oth.value, int((now.value or 0) - (oth.value or 0)))


# ----------------------------------------------------------------------------- record
@dataclass
class Record:
    """Where a figure stands against earlier periods of the same kind.

    ``since`` is the most recent earlier period at or below (``direction='low'``) this value;
    ``tie`` says whether that period's value is equal.  ``strictly_since`` is the most recent
    earlier period strictly below, which is the year in "the lowest since 2014" when there are
    ties in between.  ``on_record`` is True when no earlier period is strictly below (above).
    """

    value: int
    direction: str
    period: Period
    since: Period | None
    tie: bool
    strictly_since: Period | None
    on_record: bool
    series_start: Period
    equal_to: list[Period]
    facts: list[Fact]

    def sentence(self) -> str:
        word = "lowest" if self.direction == "low" else "highest"
        ties = ""
        if self.equal_to:
            ties = " (equal to " + ", ".join(p.label for p in self.equal_to[:3]) + \
                   (" and others" if len(self.equal_to) > 3 else "") + ")"
        if self.strictly_since is None:
            joint = "joint " if self.equal_to else ""
            return (f"the {joint}{word} on record{ties}; the series starts in "
                    f"{self.series_start.label}")
        joint = "joint " if self.tie else ""
        if self.since is not None and self.since == self.strictly_since and not self.equal_to:
            return f"the {word} since {self.strictly_since.label}"
        return f"the {joint}{word} since {self.strictly_since.label}{ties}"

    def as_dict(self) -> dict[str, Any]:
        lab = lambda p: p.label if p else None  # noqa: E731
        return {"value": self.value, "direction": self.direction, "period": self.period.label,
                "since": lab(self.since), "tie": self.tie, "strictly_since": lab(self.strictly_since),
                "on_record": self.on_record, "series_start": self.series_start.label,
                "equal_to": [p.label for p in self.equal_to], "sentence": self.sentence(),
                "series": [{"period": f.period.label, "value": f.value} for f in self.facts]}


def _earlier(p: Period, k: int) -> Period:
    return p.shift_months(-k) if p.grain == "month" else p.shift_years(-k)


def compare_periods(store: Store, *, measure: str | Measure, area: Area | str | None,
                    period: Period, filters: Mapping[str, str] | None = None,
                    source: str | None = None) -> list[Fact]:
    """Facts for ``period`` and every earlier comparable period the data fully covers, oldest first."""
    m = get_measure(measure)
    a = as_area(area, store)
    plan, _ = _choose(store, m, a, period, source=source, vintage="latest", filters=filters)
    sql = "SELECT min(period_start) FROM coverage WHERE source = ? AND level = ? AND grain = ?"
    params: list[Any] = [plan.spec.source, plan.level, plan.spec.grain]
    if plan.scope:
        sql += " AND scope_code = ?"
        params.append(plan.scope)
    first = store.con.execute(sql, params).fetchone()[0]  # type: ignore[index]
    periods = [period]
    k = 1
    while True:
        q = _earlier(period, k)
        if q.end < first:
            break
        periods.append(q)
        k += 1
    periods.reverse()
    span = range_(periods[0].start, periods[-1].end)
    exp_all = _expected(plan.spec, span)
    have = _covered(store, plan, exp_all[0], exp_all[-1], "latest")
    rows = _grouped(store, plan, span.start, span.end, None)
    known = _provenance_map(store, [i for r in rows for i in r[3]])
    out = []
    for q in periods:
        exp = _expected(plan.spec, q)
        hv = {d for d in have if q.start <= d <= q.end}
        if len(hv) < len(exp):
            continue
        in_q = [r for r in rows if q.start <= r[0] <= q.end]
        out.append(_fact(store, plan, q, sum(r[2] for r in in_q), hv,
                         [i for r in in_q for i in r[3]], "latest", known=known))
    return out


def record(store: Store, *, measure: str | Measure, area: Area | str | None = "London",
           period: Period | str | int, direction: str = "low",
           filters: Mapping[str, str] | None = None, source: str | None = None) -> Record:
    """Record status: 'the lowest since 2014', with ties stated, or 'the lowest on record'."""
    if direction not in ("low", "high"):
        raise InputError(f"direction={direction!r}: choose 'low' or 'high'")
    p = as_period(period)
    facts = compare_periods(store, measure=measure, area=area, period=p, filters=filters, source=source)
    if not facts or facts[-1].period != p:
        count(store, measure=measure, area=area, period=p, filters=filters)  # raises the clear error
        raise NoDataError(f"{p.label} is not fully covered for {measure}")
    return record_of(facts, direction=direction)


def record_of(facts: list[Fact], *, direction: str) -> Record:
    """Record status of the last of ``facts`` (oldest first) against the others: the core of
    :func:`record`, also used on a chosen subset ('the highest February on record': Februaries only)."""
    p = facts[-1].period
    v = int(facts[-1].value or 0)
    at = (lambda x: x <= v) if direction == "low" else (lambda x: x >= v)
    strict = (lambda x: x < v) if direction == "low" else (lambda x: x > v)
    earlier = facts[:-1]
    since = next((f.period for f in reversed(earlier) if at(int(f.value or 0))), None)
    strictly = next((f.period for f in reversed(earlier) if strict(int(f.value or 0))), None)
    tie = since is not None and any(f.period == since and f.value == v for f in earlier)
    cutoff = strictly.start if strictly else facts[0].period.start
    equal_to = [f.period for f in reversed(earlier) if f.value == v and f.period.start > cutoff] if strictly \
        else [f.period for f in reversed(earlier) if f.value == v]
    return Record(v, direction, p, since, tie, strictly, strictly is None, facts[0].period,
                  equal_to, facts)


# ----------------------------------------------------------------------------- share
@dataclass
class Share:
    part: Fact
    whole: Fact
    share: float | None

    @property
    def words(self) -> str | None:
        return share_words(self.share) if self.share is not None else None


def share(store: Store, *, measure: str | Measure, area: Area | str | None = "London",
          period: Period | str | int, part: Mapping[str, str]) -> Share:
    """``part`` (a sub-measure {'measure': name} and/or column filters) as a share of ``measure``."""
    part = dict(part)
    pm = part.pop("measure", None)
    whole = count(store, measure=measure, area=area, period=period)
    pf = count(store, measure=pm or measure, area=area, period=period, source=whole.source,
               filters=part or None)
    if pf.unit != whole.unit:
        raise InputError(f"share: part is in {pf.unit}, whole in {whole.unit}")
    return Share(pf, whole, (pf.value or 0) / whole.value if whole.value else None)


# ----------------------------------------------------------------------------- rates
@dataclass
class Rate:
    value: float
    per: int
    count: Fact
    population: float
    population_kind: str
    population_year: int
    population_source: str
    population_sql: str
    population_params: list[Any]
    population_provenance: list[dict[str, Any]] = field(default_factory=list)


_MET_BOROUGH_NOTE = ("London's rate uses the population of the 32 boroughs the Metropolitan Police "
                     "covers (the City of London, policed separately, is excluded), because the "
                     "Met's counts exclude the City.")
_MET_REGION_NOTE = ("London's rate uses the ONS mid-year estimate for the London region, which includes "
                    "the City of London's residents (about 0.1% of the total) whom the Met does not police, "
                    "so the rate is very slightly understated.")
# For the Met area: (condition, parameters, rows needed, note) in order of preference, per kind.
# Estimates: the ONS London region figure first; a force-level figure comes last, because the one
# compiled file that has it puts the Met area several hundred thousand people short of the ONS
# region total.  Projections: the 32 boroughs exactly.
_REGION_LONDON = ("area_type = 'region' AND (area_code = 'E12000007' OR lower(area_name) IN "
                  "('london', 'greater london'))")
_FORCE_MET = ("area_type = 'force' AND (area_code IN ('E23000001', 'metropolitan') OR "
              "lower(area_name) LIKE 'metropolitan%')")


def _population(store: Store, area: Area, year: int) -> tuple[float, str, str, str, list[Any], list[int]]:
    """(population, kind, source, sql, params, ingest_ids) preferring estimates to projections."""
    by_kind = _population_conds(area)
    found_by_cond = _population_found(store, by_kind, year)
    for kind in ("estimate", "projection"):
        for cond, extra, need in by_kind[kind]:
            found = found_by_cond[cond]
            for src in sorted(s for k, s in found if k == kind):
                val, n, ids = found[(kind, src)]
                if val and (need is None or n == need):
                    sql = ("SELECT sum(population) FROM population WHERE year = ? AND kind = ? AND "
                           "source = ? AND age_band IS NULL AND sex IS NULL AND " + cond)
                    return float(val), kind, src, sql, [year, kind, src] + extra, list(ids)
    raise NoDataError(f"no population for {area.name} in {year} (neither an estimate nor a projection): "
                      "ingest an ONS mid-year estimate or GLA projection file covering it.")


def population_bases(store: Store, *, area: Area, year: int) -> list[tuple[float, str, str, str]]:
    """Every population series in the store for ``area`` and ``year``: (population, kind, source, basis),
    in the library's order of preference (the first is what :func:`rate` uses).  Lets a claimed rate be
    matched against another base (the force-area file for the Met) and named as such, never silently."""
    by_kind = _population_conds(area)
    found_by_cond = _population_found(store, by_kind, year)
    out: list[tuple[float, str, str, str]] = []
    for kind in ("estimate", "projection"):
        for cond, _extra, need in by_kind[kind]:
            basis = ("the London region" if "'region'" in cond else "the police force area" if "'force'" in cond
                     else "the sum of the 32 boroughs" if "'borough'" in cond and area.area_type == "force"
                     else area.name)
            for src in sorted(s for k, s in found_by_cond[cond] if k == kind):
                val, n, _ids = found_by_cond[cond][(kind, src)]
                if val and (need is None or n == need) and not any(o[1:3] == (kind, src) and o[3] == basis
                                                                   for o in out):
                    out.append((float(val), kind, src, basis))
    return out


def _population_conds(area: Area) -> dict[str, list[tuple[str, list[Any], int | None]]]:
    from ..reference._areas import london_boroughs

    by_kind: dict[str, list[tuple[str, list[Any], int | None]]]
    if area.area_type == "force" and area.code == "metropolitan":
        codes = [b.code for b in london_boroughs() if b.code != "E09000001"]
        boroughs = (f"area_type = 'borough' AND area_code IN ({', '.join('?' * len(codes))})", codes, len(codes))
        by_kind = {"estimate": [(_REGION_LONDON, [], 1), boroughs, (_FORCE_MET, [], 1)],
                   "projection": [boroughs, (_REGION_LONDON, [], 1), (_FORCE_MET, [], 1)]}
    elif area.area_type in ("borough", "ward", "lsoa", "force", "country", "region"):
        one = [("area_type = ? AND area_code = ?", [area.area_type, area.code], 1)]
        by_kind = {"estimate": one, "projection": one}
    else:
        by_kind = {"estimate": [], "projection": []}
    return by_kind


def _population_found(store: Store, by_kind: dict[str, list[tuple[str, list[Any], int | None]]],
                      year: int) -> dict[str, dict[tuple[str, str], tuple[Any, int, list[int]]]]:
    # One grouped query per condition (not one per kind x condition x source).
    found_by_cond: dict[str, dict[tuple[str, str], tuple[Any, int, list[int]]]] = {}
    for cond, extra, _ in {c[0]: c for opts in by_kind.values() for c in opts}.values():
        rows = store.con.execute(
            "SELECT kind, source, sum(population), count(DISTINCT coalesce(area_code, area_name)), "
            "list(DISTINCT ingest_id) FROM population WHERE year = ? AND age_band IS NULL AND sex IS NULL AND "
            + cond + " GROUP BY kind, source", [year] + extra).fetchall()
        found_by_cond[cond] = {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows}
    return found_by_cond


def rate(store: Store, *, measure: str | Measure = "homicide_victims", area: Area | str | None = "London",
         period: Period | str | int, per: int = 100_000) -> Rate:
    """``measure`` per ``per`` residents, with the population's kind (estimate/projection) stated."""
    m = get_measure(measure)
    if m.kind == "rate":
        m = get_measure(m.base or "")
    p = as_period(period)
    a = as_area(area, store)
    c = count(store, measure=m, area=a, period=p)
    pop, kind, src, sql, params, ids = _population(store, a, p.start.year)
    return Rate((c.value or 0) * per / pop, per, c, pop, kind, p.start.year, src, sql, params,
                _provenance(store, ids))


def rate_fact(store: Store, *, measure: Measure, area: Area, period: Period,
              vintage: str = "latest", per: int = 100_000) -> Fact:
    """A rate measure as a Fact: the Met's rate from counts / population, a country's published rate."""
    if area.area_type in ("country", "city"):
        rows = international_rates(store, year=period.start.year, countries=[area.name], exact_year=True)
        if not rows:
            raise NoDataError(f"no published {measure.label.lower()} for {area.name} in "
                              f"{period.start.year}: ingest the OWID/UNODC homicide-rate file.")
        r = rows[0]
        return Fact(value=r["value"], unit=f"per {r['per']:,} population", measure=measure.name,
                    measure_label=measure.label, period=period, area=area, source=r["source"],
                    vintage=r["vintage"], months_present=12, months_expected=12, partial=False,
                    sql=r["sql"], params=r["params"],
                    caveats=[f"Published rate ({r['basis'] or r['source']}), not computed here."],
                    provenance=[{k: r[k] for k in ("ingest_id", "file", "sha256", "vintage", "source")}])
    rt = rate(store, measure=measure, area=area, period=period, per=per)
    c = rt.count
    sql = f"SELECT ({c.sql}) * {per}.0 / ({rt.population_sql}) AS rate"
    caveats = list(c.caveats) + [
        f"Population: {rt.population_source} {rt.population_kind} for {rt.population_year} "
        f"({rt.population:,.0f})" + (" - a projection, not an estimate" if rt.population_kind == "projection" else "")]
    if area.area_type == "force" and area.code == "metropolitan":
        caveats.append(_MET_REGION_NOTE if "area_type = 'region'" in rt.population_sql else _MET_BOROUGH_NOTE)
    return Fact(value=rt.value, unit=f"per {per:,} population", measure=measure.name,
                measure_label=measure.label, period=period, area=area, source=c.source,
                vintage=c.vintage, months_present=c.months_present, months_expected=c.months_expected,
                partial=c.partial, sql=sql, params=c.params + rt.population_params, caveats=caveats,
                provenance=c.provenance + rt.population_provenance, filters=c.filters)


def international_rates(store: Store, *, year: int, countries: Sequence[str] | None = None,
                        measure: str = "homicide", exact_year: bool = False) -> list[dict[str, Any]]:
    """Published homicide rates per 100,000 for ``countries`` in ``year`` (else the latest year before)."""
    names = list(countries or DEFAULT_COUNTRIES)
    out = []
    srcs = [r[0] for r in store.con.execute(
        "SELECT DISTINCT source FROM rates WHERE measure = ? ORDER BY (source LIKE '%unodc%') DESC, source",
        [measure]).fetchall()]
    for name in names:
        for src in srcs:
            sql = ("SELECT r.area_name, r.area_code, r.year, r.value, r.per, r.basis, r.ingest_id, "
                   "i.file_name, i.sha256, i.vintage FROM rates r JOIN ingests i USING (ingest_id) "
                   "WHERE r.source = ? AND r.measure = ? AND lower(r.area_name) = lower(?) AND r.year "
                   + ("= ?" if exact_year else "<= ?") + " ORDER BY r.year DESC, i.vintage_date DESC LIMIT 1")
            params: list[Any] = [src, measure, name, year]
            row = store.con.execute(sql, params).fetchone()
            if row:
                out.append({"area_name": row[0], "area_code": row[1], "year": row[2], "value": row[3],
                            "per": row[4], "basis": row[5], "source": src, "ingest_id": row[6],
                            "file": row[7], "sha256": row[8], "vintage": row[9], "sql": sql,
                            "params": params, "requested_year": year})
                break
    return out
