"""Fact planning: which stored source answers a measure for an area, and the SQL that counts it.

A :class:`_Plan` is one chosen source (first in the measure's list that covers the area, at the
finest level it holds) with its WHERE clause minus the period: source, unit, grain, area level,
area code or scope, offence keys, filters and vintage.  ``_choose`` picks the source covering the
whole period (else the best partial one) and says why each other source could not answer;
``_sum_sql`` is the single-figure query every Fact carries.  ``DIMENSIONS`` maps breakdown and
filter names to columns of ``counts``.  Used by the counting, table and change modules of :mod:`crimestats.facts`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Mapping

from .._errors import InputError, NoDataError, PartialPeriodError
from ..measures._catalogue import FilterValue, Measure, SourceSpec
from ..measures._periods import Period
from ..measures._places import Area
from ..reference._source_names import source_name
from ..store._reads import read_one, read_rows
from ..store._store import StoreLike

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


def _levels(store: StoreLike, source: str, scope: str | None) -> list[str]:
    sql = "SELECT DISTINCT level FROM coverage WHERE source = ?"
    params: list[Any] = [source]
    if scope is not None:
        sql += " AND scope_code = ?"
        params.append(scope)
    return _ordered_levels({r[0] for r in read_rows(store, sql, params)})


def _ordered_levels(have: set[str]) -> list[str]:
    return [lv for lv in _LEVEL_ORDER if lv in have] + sorted(have - set(_LEVEL_ORDER))


def _scopes(store: StoreLike, source: str) -> dict[str, set[str]]:
    """{scope_code: levels} the coverage of ``source`` holds (one query answers all of _plan's asks)."""
    out: dict[str, set[str]] = {}
    for scope, level in read_rows(store, "SELECT DISTINCT scope_code, level FROM coverage WHERE source = ?",
                                  [source]):
        out.setdefault(scope, set()).add(level)
    return out


def _plan(store: StoreLike, m: Measure, spec: SourceSpec, area: Area, vintage: str,
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
        if area.area_type not in ("borough", "ward", "lsoa") and read_one(store,
                "SELECT 1 FROM counts WHERE source = ? AND area_type = ? AND (area_code = ? OR "
                "(area_code IS NULL AND lower(area_name) = lower(?))) LIMIT 1",
                [spec.source, level, area.code, area.name]) is None:
            return f"{source_name(spec.source)} has no figures for {area.name}"
    elif area.area_type in ("force", "borough", "ward", "lsoa"):
        return (f"{source_name(spec.source)} has no data for {area.name}" if area.area_type == "force"
                else f"{source_name(spec.source)} has no {area.area_type}-level data")
    else:
        return f"{source_name(spec.source)} has no figures for {area.area_type} {area.name}"
    if read_one(store, "SELECT 1 FROM counts WHERE source = ? AND unit = ? AND area_type = ? LIMIT 1",
                [spec.source, spec.unit, level]) is None:
        return f"{source_name(spec.source)} holds no {spec.unit} at {level} level"
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


def _covered(store: StoreLike, plan: _Plan, start: date, end: date, vintage: str) -> set[date]:
    sql = ("SELECT DISTINCT period_start FROM coverage WHERE source = ? AND level = ? AND grain = ? "
           "AND period_start BETWEEN ? AND ?")
    params: list[Any] = [plan.spec.source, plan.level, plan.spec.grain, start, end]
    if plan.scope is not None:
        sql += " AND scope_code = ?"
        params.append(plan.scope)
    if vintage != "latest":
        sql += " AND ingest_id IN (SELECT ingest_id FROM ingests WHERE vintage = ?)"
        params.append(vintage)
    if plan.scope is None and plan.area.area_type in ("force", "region"):
        # a national table with one row per force or region and period (ONS knife crime by force): a blank cell is
        # no figure for that force, not a zero, so only the periods the force has a row for are covered
        # (a source with rows for one force only, the Met's own files, keeps its coverage as published)
        sql += (" AND (period_start IN (SELECT period_start FROM counts WHERE source = ? AND area_type = ? AND "
                "period_grain = ? AND area_code = ?) OR (SELECT COUNT(DISTINCT area_code) FROM counts WHERE source = ? "
                "AND area_type = ?) <= 1)")
        params += [plan.spec.source, plan.area.area_type, plan.spec.grain, plan.area.code, plan.spec.source,
                   plan.area.area_type]
    return {r[0] for r in read_rows(store, sql, params)}


_GRAIN_WORD = {"year": "year", "financial_year": "financial year", "month": "month"}


def _stored(store: StoreLike, plan: _Plan, start: date, end: date) -> int:
    """Rows the plan's source holds for ``start``..``end`` although coverage does not list them."""
    # rows outside coverage are not in counts_latest (it is keyed on coverage): read every vintage
    row = read_one(store, *_sum_sql(replace(plan, base="counts c"), start, end))
    return int(row[0]) if row and row[0] is not None else 0


def _year_grain_ok(spec: SourceSpec, period: Period) -> bool:
    if spec.grain == "financial_year":
        return period.start.month == 4 and period.end.month == 3
    return spec.grain != "year" or (period.start.month == 1 and period.end.month == 12)


def _choose(store: StoreLike, m: Measure, area: Area, period: Period, *, source: str | None,
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
    incomplete: list[str] = []   # sources holding rows for the period without covering it whole
    for spec in specs:
        if not _year_grain_ok(spec, period):
            if spec.grain == "financial_year":
                reasons.append(f"{source_name(spec.source)} publishes financial years (April to March) only, so it "
                               f"cannot answer {period.label}; ask for e.g. {period.start.year}/"
                               f"{str(period.start.year + 1)[2:]}")
            else:
                reasons.append(f"{source_name(spec.source)} publishes calendar years only, so it cannot answer "
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
            stored = _stored(store, plan, exp[0], exp[-1])
            if stored:
                # a publisher's extract taken during the period: its rows are kept but the period is
                # not marked covered, so it is "incomplete", not "no data"
                first, last = period.start.isoformat()[:7], period.end.isoformat()[:7]
                keys = sorted(spec.offence_keys or ())
                offence = f" --offence {keys[0]}" if len(keys) == 1 else ""
                reasons.append(
                    f"{source_name(spec.source)} holds {stored:,} {spec.unit} for {period.label}, but only for part "
                    f"of it (the file was taken during the {_GRAIN_WORD.get(spec.grain, spec.grain)}), "
                    "so it is incomplete and not given as the figure")
                incomplete.append(f"`crimestats query --source {spec.source}{offence} "
                                  f"--from {first} --to {last} --by year --vintage all`")
            else:
                reasons.append(f"{source_name(spec.source)} has no data for {period.label} at {plan.level} level")
    if partial is not None:
        return partial
    if incomplete:
        raise PartialPeriodError(
            f"{m.label} in {area.name}, {period.label}: incomplete. " + "; ".join(dict.fromkeys(reasons))
            + ". To see the rows stored for the part covered: " + " or ".join(incomplete) + ".")
    if not specs:
        reasons.append("no stored source is declared for it")
    every = {"month": "monthly", "year": "yearly", "financial_year": "by financial year"}
    wanted = ", or ".join(f"{source_name(s.source)} ({s.unit}, {every.get(s.grain, s.grain)})"
                          for s in specs) or "none"
    err = NoDataError(
        f"no data for {m.label.lower()} in {area.name}, {period.label}: "
        + "; ".join(dict.fromkeys(reasons))
        + f". Data that would answer it: {wanted}. Ingest such a file with `crimestats ingest`.")
    err.wanted = [s.describe() for s in specs]   # type: ignore[attr-defined]  # the exact spec, for JSON
    raise err


def _where(plan: _Plan, start: date, end: date) -> tuple[str, list[Any]]:
    conds = plan.conds + ["c.period_start BETWEEN ? AND ?"]
    return " AND ".join(conds), plan.params + [start, end]


_SUM = "sum(c.count)::BIGINT AS value"


def _sum_sql(plan: _Plan, start: date, end: date, *, select: str = _SUM) -> tuple[str, list[Any]]:
    """The one-figure query for ``plan`` over ``start``..``end``; ``select`` adds columns beside the sum."""
    where, params = _where(plan, start, end)
    return (f"SELECT {select} FROM {plan.base} WHERE {where}", params)

