"""Facts: figures from the store, each carrying the query, coverage and files that produced it.

``count`` answers "how many <measure> in <area> in <period>": it picks the first source in the
measure's list that covers the area and period, sums the matching ``counts`` rows of the latest
vintage (or a named one), and returns a :class:`Fact`.  A period the data covers only in part is
refused (:class:`PartialPeriodError`) unless ``allow_partial=True``, and a month no file covers is
missing, never zero.  ``series``, ``breakdown`` and ``rank`` run one grouped query and give each
resulting Fact the equivalent single-figure SQL, so any figure can be re-run on its own.

Changes, records, shares and rates are in :mod:`crimestats._compute`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Mapping, Sequence

from ._errors import InputError, NoDataError, PartialPeriodError, UnknownAreaError
from ._measures import FilterValue, Measure, SourceSpec, get_measure
from ._periods import Period, calendar_year, financial_year, month, parse_period, range_
from ._places import Area, london_area, resolve_area
from ._store import Store

__all__ = ["Fact", "count", "series", "breakdown", "rank", "as_period", "as_area", "DIMENSIONS"]

# Breakdown dimensions: name -> SQL expression over counts c.
DIMENSIONS: dict[str, str] = {
    "offence_key": "c.offence_key", "category": "c.category", "subcategory": "c.subcategory",
    "age_group": "c.age_group", "sex": "c.sex", "ethnicity": "c.ethnicity", "method": "c.method",
    "domestic_abuse": "c.domestic_abuse", "solved_status": "c.solved_status", "outcome": "c.outcome",
    "borough": "coalesce(c.area_code, c.area_name)", "area": "coalesce(c.area_code, c.area_name)",
    "month": "strftime(c.period_start, '%Y-%m')", "year": "CAST(year(c.period_start) AS VARCHAR)",
    # Stop and search (police_uk_stop_search) names for the columns its dimensions are kept in:
    # the object of search, the power used (Legislation), the type of search, and - under unit
    # 'stops_self_defined_ethnicity' - the self-defined ethnicity label as written.
    "object_of_search": "c.subcategory", "legislation": "c.method", "search_type": "c.category",
    "self_defined_ethnicity": "c.category",
}
_FILTERABLE = {k: v for k, v in DIMENSIONS.items() if k not in ("month", "year", "borough", "area")}
_LEVEL_ORDER = ("force", "borough", "ward", "lsoa")
_NOT_SET = object()


@dataclass
class Fact:
    """One figure with everything needed to trust it or re-run it."""

    value: float | int | None
    unit: str
    measure: str
    measure_label: str
    period: Period
    area: Area
    source: str | None
    vintage: str | None
    months_present: int
    months_expected: int
    partial: bool
    sql: str
    params: list[Any]
    caveats: list[str] = field(default_factory=list)
    provenance: list[dict[str, Any]] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)   # column -> value, or tuple of values summed
    missing: list[str] = field(default_factory=list)
    # Index in ``params`` of the unit parameter (``c.unit = ?``), so the same query can be re-run
    # for another unit (see :meth:`query`); None when the SQL has no single unit parameter.
    unit_param: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value, "unit": self.unit, "measure": self.measure,
            "measure_label": self.measure_label, "period": self.period.as_dict(),
            "area": self.area.as_dict(), "source": self.source, "vintage": self.vintage,
            "months_present": self.months_present, "months_expected": self.months_expected,
            "partial": self.partial, "missing": self.missing, "filters": self.filters,
            "sql": self.sql, "params": [str(p) if isinstance(p, date) else p for p in self.params],
            "caveats": self.caveats, "provenance": self.provenance,
        }

    @property
    def files(self) -> list[str]:
        return [p["file"] for p in self.provenance]

    def query(self, *, unit: str | None = None) -> tuple[str, list[Any]]:
        """The fact's SQL and parameters; with ``unit``, the same rows counted in that unit instead.

        Only the unit parameter is changed (by position), so a filter or vintage that happens to
        equal the unit's name is left alone.  Used e.g. to add back the rows a counting rule set
        aside under another unit (:func:`crimestats._published.published_count`).
        """
        params = list(self.params)
        if unit is None:
            return self.sql, params
        if self.unit_param is None or not 0 <= self.unit_param < len(params):
            raise InputError(f"the figure for {self.measure_label} has no unit parameter to change to {unit!r}")
        params[self.unit_param] = unit
        return self.sql, params


def as_period(period: Period | str | int) -> Period:
    if isinstance(period, Period):
        return period
    return parse_period(str(period))


def as_area(area: Area | str | None, store: Store | None = None) -> Area:
    if area is None:
        return london_area()
    if isinstance(area, Area):
        return area
    return resolve_area(area, store=store)


# ----------------------------------------------------------------------------- planning
@dataclass
class _Plan:
    """A chosen source for (measure, area) with its WHERE clause minus the period."""

    measure: Measure
    spec: SourceSpec
    area: Area
    level: str
    scope: str | None
    conds: list[str]
    params: list[Any]
    base: str
    filters: dict[str, FilterValue]
    unit_at: int = 1     # index in ``params`` of the unit parameter
    level_at: int = 3    # index in ``params`` of the area level parameter


def _levels(store: Store, source: str, scope: str | None) -> list[str]:
    sql = "SELECT DISTINCT level FROM coverage WHERE source = ?"
    params: list[Any] = [source]
    if scope is not None:
        sql += " AND scope_code = ?"
        params.append(scope)
    return _ordered_levels({r[0] for r in store.con.execute(sql, params).fetchall()})


def _ordered_levels(have: set[str]) -> list[str]:
    return [lv for lv in _LEVEL_ORDER if lv in have] + sorted(have - set(_LEVEL_ORDER))


def _scopes(store: Store, source: str) -> dict[str, set[str]]:
    """{scope_code: levels} the coverage of ``source`` holds (one query answers all of _plan's asks)."""
    out: dict[str, set[str]] = {}
    for scope, level in store.con.execute(
            "SELECT DISTINCT scope_code, level FROM coverage WHERE source = ?", [source]).fetchall():
        out.setdefault(scope, set()).add(level)
    return out


def _plan(store: Store, m: Measure, spec: SourceSpec, area: Area, vintage: str,
          filters: Mapping[str, FilterValue] | None) -> _Plan | str:
    """A plan, or a reason (text) why this source cannot answer for this area."""
    scope: str | None = None
    by_code = area.area_type != "force"
    scopes = _scopes(store, spec.source)
    in_scope = _ordered_levels(scopes.get(area.code, set())) if area.area_type == "force" else []
    if in_scope:
        level, scope = in_scope[0], area.code
    elif area.area_type in set().union(*scopes.values()):
        # a national source with one row per force / region / borough (e.g. ONS knife crime by force)
        level, by_code = area.area_type, True
        if area.area_type not in ("borough", "ward", "lsoa") and store.con.execute(
                "SELECT 1 FROM counts WHERE source = ? AND area_type = ? AND (area_code = ? OR "
                "(area_code IS NULL AND lower(area_name) = lower(?))) LIMIT 1",
                [spec.source, level, area.code, area.name]).fetchone() is None:
            return f"{spec.source} has no figures for {area.name}"
    elif area.area_type in ("force", "borough", "ward", "lsoa"):
        return (f"{spec.source} has no data for {area.name}" if area.area_type == "force"
                else f"{spec.source} has no {area.area_type}-level data")
    else:
        return f"{spec.source} has no figures for {area.area_type} {area.name}"
    if store.con.execute("SELECT 1 FROM counts WHERE source = ? AND unit = ? AND area_type = ? LIMIT 1",
                         [spec.source, spec.unit, level]).fetchone() is None:
        return f"{spec.source} holds no {spec.unit} at {level} level"
    conds = ["c.source = ?", "c.unit = ?", "c.period_grain = ?", "c.area_type = ?"]
    params: list[Any] = [spec.source, spec.unit, spec.grain, level]
    unit_at, level_at = 1, 3   # positions of spec.unit and level above
    if by_code and area.area_type == "city":
        # a city source may give the city by name only (New York City has no area code)
        conds.append("(c.area_code = ? OR (c.area_code IS NULL AND lower(c.area_name) = lower(?)))")
        params += [area.code, area.name]
    elif by_code:
        conds.append("c.area_code = ?")
        params.append(area.code)
    elif len(scopes) > 1:
        conds.append("c.ingest_id IN (SELECT ingest_id FROM coverage WHERE source = ? AND scope_code = ?)")
        params += [spec.source, scope]
    if spec.offence_keys is not None:
        keys = sorted(spec.offence_keys)
        conds.append(f"c.offence_key IN ({', '.join('?' * len(keys))})")
        params += keys
    asked = dict(filters or {})
    all_filters = {**dict(spec.filters), **asked}
    # A filter asked for on a column the measure already limits to several values narrows it
    # (drug arrests by 'Drug Supply'); a single-valued one is replaced, as it always was.
    narrowed = [(col, val) for col, val in spec.filters.items() if col in asked and _values(val) is not None]
    for col, val in list(all_filters.items()) + narrowed:
        if col not in _FILTERABLE:
            raise InputError(f"cannot filter on {col!r}; choose from {', '.join(sorted(_FILTERABLE))}")
        cond, vals = _filter_sql(col, val)
        conds.append(cond)
        params += vals
    base = "counts_latest c"
    if vintage != "latest":
        base = "counts c"
        conds.append("c.ingest_id IN (SELECT ingest_id FROM ingests WHERE vintage = ?)")
        params.append(vintage)
    return _Plan(m, spec, area, level, scope, conds, params, base, all_filters, unit_at, level_at)


def _values(val: Any) -> list[str] | None:
    """The values of a multi-value filter (tuple, list, set), lower-cased and sorted; None for one value."""
    if isinstance(val, (tuple, list, set, frozenset)):
        return sorted({str(v).lower() for v in val})
    return None


def _filter_sql(col: str, val: Any) -> tuple[str, list[str]]:
    """``lower(column) = ?`` for one value, ``lower(column) IN (?, ...)`` for several (their sum)."""
    expr = f"lower({_FILTERABLE[col]})"
    many = _values(val)
    if many is None:
        return f"{expr} = ?", [str(val).lower()]
    if not many:
        raise InputError(f"filter on {col!r} lists no values; give one value or several")
    if len(many) == 1:
        return f"{expr} = ?", many
    return f"{expr} IN ({', '.join('?' * len(many))})", many


def _expected(spec: SourceSpec, period: Period) -> list[date]:
    if spec.grain == "year":
        return [date(y, 1, 1) for y in range(period.start.year, period.end.year + 1)]
    if spec.grain == "financial_year":
        first = period.start.year if period.start.month >= 4 else period.start.year - 1
        last = period.end.year if period.end.month >= 4 else period.end.year - 1
        return [date(y, 4, 1) for y in range(first, last + 1)]
    return period.months()


def _covered(store: Store, plan: _Plan, start: date, end: date, vintage: str) -> set[date]:
    sql = ("SELECT DISTINCT period_start FROM coverage WHERE source = ? AND level = ? AND grain = ? "
           "AND period_start BETWEEN ? AND ?")
    params: list[Any] = [plan.spec.source, plan.level, plan.spec.grain, start, end]
    if plan.scope is not None:
        sql += " AND scope_code = ?"
        params.append(plan.scope)
    if vintage != "latest":
        sql += " AND ingest_id IN (SELECT ingest_id FROM ingests WHERE vintage = ?)"
        params.append(vintage)
    return {r[0] for r in store.con.execute(sql, params).fetchall()}


def _year_grain_ok(spec: SourceSpec, period: Period) -> bool:
    if spec.grain == "financial_year":
        return period.start.month == 4 and period.end.month == 3
    return spec.grain != "year" or (period.start.month == 1 and period.end.month == 12)


def _choose(store: Store, m: Measure, area: Area, period: Period, *, source: str | None,
            vintage: str, filters: Mapping[str, FilterValue] | None) -> tuple[_Plan, set[date]]:
    """First source (in the measure's order) covering the whole period, else the best partial one."""
    if not m.sources:
        raise NoDataError(f"no data for {m.label} ({m.name}): {m.definition} " + " ".join(m.caveats))
    specs = [s for s in m.sources if source is None or s.source == source]
    if source is not None and not specs:
        raise NoDataError(f"{m.name}: source {source!r} cannot answer it; its sources are "
                          f"{', '.join(s.source for s in m.sources) or 'none'}.")
    reasons: list[str] = []
    partial: tuple[_Plan, set[date]] | None = None
    for spec in specs:
        if not _year_grain_ok(spec, period):
            if spec.grain == "financial_year":
                reasons.append(f"{spec.source} publishes financial years (April to March) only, so it "
                               f"cannot answer {period.label}; ask for e.g. {period.start.year}/"
                               f"{str(period.start.year + 1)[2:]}")
            else:
                reasons.append(f"{spec.source} publishes calendar years only, so it cannot answer "
                               f"{period.label}; ask for a calendar year (e.g. {period.start.year})")
            continue
        plan = _plan(store, m, spec, area, vintage, filters)
        if isinstance(plan, str):
            reasons.append(plan)
            continue
        exp = _expected(spec, period)
        have = _covered(store, plan, exp[0], exp[-1], vintage)
        if len(have) == len(exp):
            return plan, have
        if have and (partial is None or len(have) > len(partial[1])):
            partial = (plan, have)
        if not have:
            reasons.append(f"{spec.source} has no data for {period.label} at {plan.level} level")
    if partial is not None:
        return partial
    if not specs:
        reasons.append("no stored source is declared for it")
    wanted = ", ".join(s.describe() for s in specs) or "none"
    raise NoDataError(
        f"no data for {m.label} ({m.name}) in {area.name}, {period.label}: " + "; ".join(reasons)
        + f". Data that would answer it: {wanted}. Ingest such a file with `crimestats ingest`.")


def _where(plan: _Plan, start: date, end: date) -> tuple[str, list[Any]]:
    conds = plan.conds + ["c.period_start BETWEEN ? AND ?"]
    return " AND ".join(conds), plan.params + [start, end]


def _sum_sql(plan: _Plan, start: date, end: date) -> tuple[str, list[Any]]:
    where, params = _where(plan, start, end)
    return (f"SELECT sum(c.count)::BIGINT AS value FROM {plan.base} WHERE {where}", params)


def _provenance(store: Store, ingest_ids: Sequence[int],
                known: Mapping[int, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """One entry per file, by ingest id; ``known`` (from :func:`_provenance_map`) saves the query."""
    ids = sorted({int(i) for i in ingest_ids if i is not None})
    if not ids:
        return []
    if known is not None and all(i in known for i in ids):
        return [dict(known[i]) for i in ids]
    return list(_provenance_map(store, ids).values())


def _provenance_map(store: Store, ingest_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """{ingest_id: provenance entry} for many ids in one query (series, breakdowns, ranks)."""
    ids = sorted({int(i) for i in ingest_ids if i is not None})
    if not ids:
        return {}
    rows = store.con.execute(
        f"SELECT ingest_id, file_name, sha256, vintage, source FROM ingests "
        f"WHERE ingest_id IN ({', '.join('?' * len(ids))}) ORDER BY ingest_id", ids).fetchall()
    return {r[0]: {"ingest_id": r[0], "file": r[1], "sha256": r[2], "vintage": r[3], "source": r[4]}
            for r in rows}


def _fact(store: Store, plan: _Plan, period: Period, value: int | None, have: set[date],
          ingest_ids: Sequence[int], vintage: str, extra_filters: Mapping[str, FilterValue] | None = None,
          area: Area | None = None, known: Mapping[int, dict[str, Any]] | None = None) -> Fact:
    exp = _expected(plan.spec, period)
    missing = [d.isoformat()[: 4 if plan.spec.grain == "year" else 7] for d in exp if d not in have]
    p = replace(plan, filters={**plan.filters, **dict(extra_filters or {})})
    if extra_filters:
        p2 = _plan(store, plan.measure, plan.spec, area or plan.area, vintage,
                   {k: v for k, v in p.filters.items() if plan.spec.filters.get(k, _NOT_SET) != v})
        if isinstance(p2, _Plan):
            p = p2
    sql, params = _sum_sql(p, period.start, period.end)
    prov = _provenance(store, ingest_ids, known)
    caveats = list(plan.measure.caveats)
    if plan.spec.note:
        caveats.append(plan.spec.note)
    a = area or plan.area
    if a.note:
        caveats.append(a.note)
    if missing:
        caveats.append(f"Partial period: the data covers {len(exp) - len(missing)} of {len(exp)} "
                       f"{plan.spec.grain}s; missing {', '.join(missing)}.")
    vint = "; ".join(sorted({str(x['vintage']) for x in prov})) or None
    return Fact(value=(int(value) if value is not None else (0 if have else None)),
                unit=plan.spec.unit, measure=plan.measure.name, measure_label=plan.measure.label,
                period=period, area=a, source=plan.spec.source, vintage=vint,
                months_present=len(exp) - len(missing), months_expected=len(exp),
                partial=bool(missing), sql=sql, params=params, caveats=caveats, provenance=prov,
                filters=p.filters, missing=missing, unit_param=p.unit_at)


def _partial_error(f: Fact) -> PartialPeriodError:
    return PartialPeriodError(
        f"{f.measure_label} in {f.area.name}, {f.period.label}: the data ({f.source}) covers only "
        f"{f.months_present} of {f.months_expected} {'years' if f.months_expected and f.missing and len(f.missing[0]) == 4 else 'months'} "
        f"(missing {', '.join(f.missing)}); summing them would understate the figure. Ask for a "
        "fully covered period, ingest the missing data, or pass allow_partial=True (--allow-partial).")


# ----------------------------------------------------------------------------- public API
def count(store: Store, *, measure: str | Measure, area: Area | str | None = "London",
          period: Period | str | int, source: str | None = None, vintage: str = "latest",
          filters: Mapping[str, FilterValue] | None = None, allow_partial: bool = False) -> Fact:
    """The figure for ``measure`` in ``area`` over ``period`` (a count, or a rate for rate measures)."""
    m = get_measure(measure)
    p = as_period(period)
    a = as_area(area, store)
    if m.kind == "rate":
        from ._compute import rate_fact

        try:
            return rate_fact(store, measure=m, area=a, period=p, vintage=vintage)
        except NoDataError:
            if a.area_type != "city":
                raise
            raise NoDataError(_city_rate_message(store, m, a, p)) from None
    plan, have = _choose(store, m, a, p, source=source, vintage=vintage, filters=filters)
    sql, params = _sum_sql(plan, p.start, p.end)
    ids_sql = sql.replace("sum(c.count)::BIGINT AS value", "sum(c.count)::BIGINT, list(DISTINCT c.ingest_id)")
    value, ids = store.con.execute(ids_sql, params).fetchone()  # type: ignore[misc]
    if value is None and a.area_type in ("ward", "lsoa"):
        _known_small_area(store, plan, a)
    f = _fact(store, plan, p, value, have, ids or [], vintage)
    if f.partial and not allow_partial:
        raise _partial_error(f)
    return f


def _known_small_area(store: Store, plan: _Plan, a: Area) -> None:
    """A ward or LSOA with no rows in the period is a zero only if the source counts that area at
    all: a code it never uses (a ward abolished in 2022, an LSOA of another series) is no data."""
    if store.con.execute("SELECT 1 FROM counts WHERE source = ? AND area_type = ? AND area_code = ? LIMIT 1",
                         [plan.spec.source, plan.level, a.code]).fetchone() is None:
        raise NoDataError(
            f"{plan.spec.source} has no figures for {a.area_type} {a.name} ({a.code}): it counts crimes for "
            f"other {a.area_type} codes (ward boundaries changed in 2022; LSOA codes in 2021). Ask for a "
            f"{a.area_type} by a current code or name, or for its borough.")


def _city_rate_message(store: Store, m: Measure, a: Area, p: Period) -> str:
    """Why a city has no rate, and which counts can be compared instead (a city has no population here)."""
    from ._measures import CATALOGUE

    city_sources = {r[0] for r in store.con.execute(
        "SELECT DISTINCT source FROM coverage WHERE level = 'city'").fetchall()}
    counts = [x.name for x in CATALOGUE.values() if x.kind == "count" and any(s.source in city_sources for s in x.sources)]
    instead = (f"; its counts can be compared instead (measure {', '.join(repr(c) for c in counts)}), "
               "which are not rates per resident") if counts else ""
    return (f"no published {m.label.lower()} for {a.name} in {p.label}, and the store holds no population for "
            f"{a.name}, so none can be computed{instead}.")


def _grouped(store: Store, plan: _Plan, start: date, end: date,
             dim: str | None) -> list[tuple[date, Any, int, list[int]]]:
    where, params = _where(plan, start, end)
    dexpr = DIMENSIONS[dim] if dim else "NULL"
    if dim == "borough" and plan.level in ("ward", "lsoa"):
        dexpr = "c.parent_code"
    base = plan.base
    if base == "counts_latest c":
        # The same rows as counts_latest (the WHERE fixes grain and level), but the view's
        # four-column semi-join narrowed to two integer/date keys: ~20% less work over 100M rows.
        base = ("counts c SEMI JOIN (SELECT DISTINCT ingest_id, period_start FROM latest_ingest "
                "WHERE grain = ? AND level = ? AND period_start BETWEEN ? AND ?) l "
                "ON c.ingest_id = l.ingest_id AND c.period_start = l.period_start")
        params = [plan.spec.grain, plan.level, start, end] + params
    # Grouped by ingest too (integer keys) and merged here rather than a per-group
    # list(DISTINCT ingest_id); the totals and the files are the same.
    sql = (f"SELECT c.period_start, {dexpr} AS d, sum(c.count)::BIGINT, c.ingest_id "
           f"FROM {base} WHERE {where} GROUP BY 1, 2, 4 ORDER BY 1, 2, 4")
    out: list[tuple[date, Any, int, list[int]]] = []
    for period_start, d, n, ingest_id in store.con.execute(sql, params).fetchall():
        if out and out[-1][0] == period_start and out[-1][1] == d:
            out[-1][3].append(ingest_id)
            out[-1] = (period_start, d, out[-1][2] + n, out[-1][3])
        else:
            out.append((period_start, d, n, [ingest_id]))
    return out


def _buckets(start: Period, end: Period, grain: str) -> list[Period]:
    out: list[Period] = []
    if grain == "year":
        out = [calendar_year(y) for y in range(start.start.year, end.end.year + 1)]
    elif grain == "financial_year":
        first = start.start.year if start.start.month >= 4 else start.start.year - 1
        last = end.end.year if end.end.month >= 4 else end.end.year - 1
        out = [financial_year(y) for y in range(first, last + 1)]
    elif grain == "month":
        out = [month(d.year, d.month) for d in range_(start.start, end.end).months()]
    else:
        raise InputError(f"grain {grain!r}: choose year, financial_year or month")
    return out


def series(store: Store, *, measure: str | Measure, area: Area | str | None = "London",
           start: Period | str | int, end: Period | str | int, grain: str = "year",
           source: str | None = None, vintage: str = "latest",
           filters: Mapping[str, FilterValue] | None = None) -> list[Fact]:
    """One Fact per period from ``start`` to ``end``; partly covered periods are flagged, empty ones left out."""
    m = get_measure(measure)
    a = as_area(area, store)
    buckets = _buckets(as_period(start), as_period(end), grain)
    if m.kind == "rate":
        from ._compute import rate_fact

        out = []
        for b in buckets:
            try:
                out.append(rate_fact(store, measure=m, area=a, period=b, vintage=vintage))
            except NoDataError:
                continue
        return out
    whole = range_(buckets[0].start, buckets[-1].end)
    plan, _ = _choose(store, m, a, whole, source=source, vintage=vintage, filters=filters)
    if plan.spec.grain == "year" and grain != "year":
        raise NoDataError(f"{m.label}: {plan.spec.source} publishes calendar years only; "
                          "ask for a yearly series (grain='year').")
    if plan.spec.grain == "financial_year" and grain != "financial_year":
        raise NoDataError(f"{m.label}: {plan.spec.source} publishes financial years only; "
                          "ask for a financial-year series (grain='financial_year').")
    exp_all = _expected(plan.spec, whole)
    have = _covered(store, plan, exp_all[0], exp_all[-1], vintage)
    rows = _grouped(store, plan, whole.start, whole.end, None)
    known = _provenance_map(store, [i for r in rows for i in r[3]])
    out = []
    for b in buckets:
        in_b = [r for r in rows if b.start <= r[0] <= b.end]
        hv = {d for d in have if b.start <= d <= b.end}
        if not hv:
            continue
        total = sum(r[2] for r in in_b)
        ids = [i for r in in_b for i in r[3]]
        out.append(_fact(store, plan, b, total, hv, ids, vintage, known=known))
    return out


def _totals(store: Store, plan: _Plan, p: Period, by: str) -> tuple[dict[Any, tuple[int, list[int]]], Any]:
    """Counts per value of ``by`` over the period, with the ingests behind each, and their provenance."""
    rows = _grouped(store, plan, p.start, p.end, by)
    known = _provenance_map(store, [i for r in rows for i in r[3]])
    totals: dict[Any, tuple[int, list[int]]] = {}
    for _, d, n, ids in rows:
        t = totals.get(d, (0, []))
        totals[d] = (t[0] + n, t[1] + list(ids))
    return totals, known


def breakdown(store: Store, *, measure: str | Measure, area: Area | str | None = "London",
              period: Period | str | int, by: str, source: str | None = None,
              vintage: str = "latest", filters: Mapping[str, FilterValue] | None = None,
              allow_partial: bool = False) -> list[Fact]:
    """``measure`` split by ``by`` (a dimension of the source, or month/year/borough), largest first."""
    if by not in DIMENSIONS:
        raise InputError(f"cannot break down by {by!r}; choose from {', '.join(DIMENSIONS)}")
    m = get_measure(measure)
    p = as_period(period)
    a = as_area(area, store)
    plan, have = _choose(store, m, a, p, source=source, vintage=vintage, filters=filters)
    exp = _expected(plan.spec, p)
    if len(have) < len(exp) and not allow_partial:
        raise _partial_error(_fact(store, plan, p, None, have, [], vintage))
    if by in ("month", "year"):
        grain = by if plan.spec.grain == "month" or by == "year" else None
        if grain is None:
            raise NoDataError(f"{m.label}: {plan.spec.source} publishes calendar years only.")
        return series(store, measure=m, area=a, start=p, end=p, grain=grain, source=plan.spec.source,
                      vintage=vintage, filters=filters)
    totals, known = _totals(store, plan, p, by)
    out = []
    for d, (n, ids) in totals.items():
        if by in ("borough", "area"):
            sub = _area_for_code(store, plan.level if by == "area" else "borough", d)
            f = _fact(store, plan, p, n, have, ids, vintage, area=sub, known=known)
            if isinstance(sub, Area) and by == "borough" and plan.level == "borough":
                p2 = _plan(store, m, plan.spec, sub, vintage, filters)
                if isinstance(p2, _Plan):
                    f.sql, f.params = _sum_sql(p2, p.start, p.end)
                    f.unit_param = p2.unit_at
        else:
            f = _fact(store, plan, p, n, have, ids, vintage, extra_filters={by: "" if d is None else str(d)},
                      known=known)
            f.filters[by] = d
        out.append(f)
    out.sort(key=lambda f: (-(f.value or 0), str(f.filters)))
    return out


def _area_for_code(store: Store, area_type: str, code: str | None) -> Area:
    if code is None:
        return Area(area_type, "", "(unknown area)")
    try:
        a = resolve_area(code, store=store)
        if a.code == code:
            return a
    except UnknownAreaError:
        pass
    row = store.con.execute("SELECT area_name FROM areas WHERE area_code = ? LIMIT 1", [code]).fetchone()
    if row is None:
        row = store.con.execute("SELECT any_value(area_name) FROM counts WHERE area_code = ?", [code]).fetchone()
    return Area(area_type, code, (row[0] if row and row[0] else code))


def rank(store: Store, *, measure: str | Measure, period: Period | str | int,
         area_type: str = "borough", source: str | None = None, vintage: str = "latest",
         filters: Mapping[str, FilterValue] | None = None, allow_partial: bool = False) -> list[tuple[Area, Fact]]:
    """Areas of ``area_type`` ordered from the highest figure down (rank 1 = highest)."""
    by = "borough" if area_type == "borough" else "area"
    m = get_measure(measure)
    p = as_period(period)
    london = london_area()
    if area_type != "borough":
        specs = [s for s in m.sources if source is None or s.source == source]
        for s in specs:
            if area_type in _levels(store, s.source, None):
                source = s.source
                break
    plan, have = _choose(store, m, london, p, source=source, vintage=vintage, filters=filters)
    if area_type != "borough" and plan.level != area_type:
        plan = replace(plan, level=area_type,
                       params=[area_type if i == plan.level_at else v for i, v in enumerate(plan.params)])
    exp = _expected(plan.spec, p)
    if len(have) < len(exp) and not allow_partial:
        raise _partial_error(_fact(store, plan, p, None, have, [], vintage))
    totals, known = _totals(store, plan, p, by)
    if area_type == "borough" and plan.level == "borough" and len(have) == len(exp):
        # The period is covered for the whole Met area, so a borough with no rows had none (e.g.
        # homicide victims: one row per victim).  Left out, it would vanish from "the fewest".
        # Only boroughs this source reports at some time (its universe of areas) are filled.
        seen = store.con.execute("SELECT DISTINCT area_code FROM counts WHERE source = ? AND area_type = "
                                 "'borough' AND area_code LIKE 'E09%'", [plan.spec.source]).fetchall()
        for (code,) in seen:
            if code not in totals:
                totals[code] = (0, [])
    out = []
    for d, (n, ids) in totals.items():
        a = _area_for_code(store, area_type, d)
        f = _fact(store, plan, p, n, have, ids, vintage, area=a, known=known)
        sub = _plan(store, m, plan.spec, a, vintage, filters)
        if isinstance(sub, _Plan):
            f.sql, f.params = _sum_sql(sub, p.start, p.end)
            f.unit_param = sub.unit_at
        out.append((a, f))
    out.sort(key=lambda af: (-(af[1].value or 0), af[0].name))
    return out
