"""Rates per head: a measure per 100,000 residents with the population's kind stated, and the
published country rates.

Counts for a rate come from :mod:`crimestats.facts._counting` (the base measure), populations from
the ``population`` table, in the order of preference written below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from .._errors import NoDataError
from ..measures._catalogue import get_measure
from ..measures._measure import Measure
from ..measures._periods import Period
from ..measures._places import Area
from ..reference._areas import london_boroughs
from ..store._store import StoreLike
from ._counting import count_rows
from ._model import Fact, PopulationBase, _provenance, as_area, as_period

__all__ = ["Rate", "rate", "rate_fact", "population_bases", "international_rates", "DEFAULT_COUNTRIES"]

DEFAULT_COUNTRIES = ("England and Wales", "United Kingdom", "United States", "France", "Germany",
                     "Canada", "Australia")


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


def _population(store: StoreLike, area: Area, year: int) -> tuple[float, str, str, str, list[Any], list[int]]:
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


def population_bases(store: StoreLike, *, area: Area, year: int) -> list[tuple[float, str, str, str]]:
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
    by_kind: dict[str, list[tuple[str, list[Any], int | None]]]
    if area.area_type == "force" and area.code == "metropolitan":
        codes = [b.code for b in london_boroughs() if b.code != "E09000001"]
        boroughs: tuple[str, list[Any], int | None] = (f"area_type = 'borough' AND area_code IN ({', '.join('?' * len(codes))})", codes, len(codes))
        by_kind = {"estimate": [(_REGION_LONDON, [], 1), boroughs, (_FORCE_MET, [], 1)],
                   "projection": [boroughs, (_REGION_LONDON, [], 1), (_FORCE_MET, [], 1)]}
    elif area.area_type in ("borough", "ward", "lsoa", "force", "country", "region"):
        one: list[tuple[str, list[Any], int | None]] = [("area_type = ? AND area_code = ?",
                                                         [area.area_type, area.code], 1)]
        by_kind = {"estimate": one, "projection": one}
    else:
        by_kind = {"estimate": [], "projection": []}
    return by_kind


def _population_found(store: StoreLike, by_kind: dict[str, list[tuple[str, list[Any], int | None]]],
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


def rate(store: StoreLike, *, measure: str | Measure = "homicide_victims", area: Area | str | None = "London",
         period: Period | str | int, per: int = 100_000) -> Rate:
    """``measure`` per ``per`` residents, with the population's kind (estimate/projection) stated."""
    m = get_measure(measure)
    if m.kind == "rate":
        m = get_measure(m.base or "")
    p = as_period(period)
    a = as_area(area, store)
    c = count_rows(store, measure=m, area=a, period=p)
    pop, kind, src, sql, params, ids = _population(store, a, p.start.year)
    return Rate((c.value or 0) * per / pop, per, c, pop, kind, p.start.year, src, sql, params,
                _provenance(store, ids))


def rate_fact(store: StoreLike, *, measure: Measure, area: Area, period: Period,
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
                provenance=c.provenance + rt.population_provenance, filters=c.filters,
                population=PopulationBase(rt.population_source, rt.population_kind, rt.population_year,
                                          rt.population))


def international_rates(store: StoreLike, *, year: int, countries: Sequence[str] | None = None,
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
