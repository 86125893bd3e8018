"""The Fact: one figure with the query, coverage and files that produced it, and how one is built.

``_fact`` turns a plan's total into a :class:`Fact` (missing periods, caveats, the single-figure
SQL, provenance per file); ``_partial_error`` is the refusal for a partly covered period.  ``Fact``,
``as_area`` and ``as_period`` are also in :mod:`crimestats.facts._facts`' public list.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Mapping, Sequence

from .._errors import Hint, InputError, PartialPeriodError
from ..measures._catalogue import FilterValue
from ..measures._periods import Period, parse_period
from ..measures._places import Area, london_area, resolve_area
from ..store._reads import read_rows
from ..store._store import StoreLike
from ._plan import _NOT_SET, _expected, _Plan, _plan, _sum_sql
from ._unattributed import unattributed_caveat


@dataclass(frozen=True)
class PopulationBase:
    """The residents a rate divides by: which file, estimate or projection, which year, how many."""

    source: str
    kind: str          # 'estimate' | 'projection'
    year: int
    value: float


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
    # For a rate computed here: the population it divides by (None for counts and published rates).
    population: PopulationBase | None = None

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
        aside under another unit (:func:`crimestats.facts._published.published_count`).
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


def as_area(area: Area | str | None, store: StoreLike | None = None) -> Area:
    if area is None:
        return london_area()
    if isinstance(area, Area):
        return area
    return resolve_area(area, store=store)


def _provenance(store: StoreLike, ingest_ids: Sequence[int],
                known: Mapping[int, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """One entry per file, by ingest id; ``known`` (from :func:`_provenance_map`) saves the query."""
    ids = sorted({int(i) for i in ingest_ids if i is not None})
    if not ids:
        return []
    if known is not None and all(i in known for i in ids):
        return [dict(known[i]) for i in ids]
    return list(_provenance_map(store, ids).values())


def _provenance_map(store: StoreLike, ingest_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """{ingest_id: provenance entry} for many ids in one query (series, breakdowns, ranks)."""
    ids = sorted({int(i) for i in ingest_ids if i is not None})
    if not ids:
        return {}
    rows = read_rows(
        store, f"SELECT ingest_id, file_name, sha256, vintage, source FROM ingests "
        f"WHERE ingest_id IN ({', '.join('?' * len(ids))}) ORDER BY ingest_id", ids)
    return {r[0]: {"ingest_id": r[0], "file": r[1], "sha256": r[2], "vintage": r[3], "source": r[4]}
            for r in rows}


def _fact(store: StoreLike, plan: _Plan, period: Period, value: int | None, have: set[date],
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
    unattributed = unattributed_caveat(store, plan, period, area or plan.area)
    if unattributed:
        caveats.append(unattributed)
    if missing:
        caveats.append(f"Partial period: the data covers {len(exp) - len(missing)} of {len(exp)} "
                       f"{plan.spec.grain}s; missing {', '.join(missing)}.")
    vint = "; ".join(sorted({str(x['vintage']) for x in prov})) or None
    return Fact(value=(int(value) if value is not None else (0 if have else None)),
                unit=plan.spec.counted_as or plan.spec.unit, measure=plan.measure.name, measure_label=plan.measure.label,
                period=period, area=a, source=plan.spec.source, vintage=vint,
                months_present=len(exp) - len(missing), months_expected=len(exp),
                partial=bool(missing), sql=sql, params=params, caveats=caveats, provenance=prov,
                filters=p.filters, missing=missing, unit_param=p.unit_at)


def _partial_error(f: Fact) -> PartialPeriodError:
    return PartialPeriodError(
        f"{f.measure_label} in {f.area.name}, {f.period.label}: the data ({f.source}) covers only "
        f"{f.months_present} of {f.months_expected} {'years' if f.months_expected and f.missing and len(f.missing[0]) == 4 else 'months'} "
        f"(missing {', '.join(f.missing)}); summing them would understate the figure. Ask for a "
        "fully covered period, ingest the missing data, or allow a partial period (flagged as such).",
        hints=[Hint("allow_partial")])
