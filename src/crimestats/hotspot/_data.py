"""Getting hotspot inputs out of the store: places, counts, neighbours, population, points.

Areas (LSOA, ward): counts come from the best source whose coverage holds the whole period
(``AREA_SOURCES`` order), neighbours from the ``boundaries`` of the vintage that matches most of
the places' codes (Queen contiguity via libpysal).  Grid: data.police.uk incidents from
``incidents``, binned by :mod:`crimestats.hotspot._grid`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import scipy.sparse as sp
import shapely

from .._errors import NoDataError
from ..measures._periods import Period, calendar_year
from ..measures._places import Area
from ..reference._areas import borough_code, london_boroughs
from ..store._store import StoreLike
from ..store._vintages import latest_rows
from ._coverage import AREA_SOURCES, MIN_MATCHED, check_coverage, full_years, scope_of
from ._grid import (
    AUTO_RULE,
    GridInfo,
    auto_cell_size,
    bin_points,
    geometry_to_bng,
    geometry_to_wgs,
    lattice_weights,
    make_grid,
    to_bng,
)

__all__ = ["HotspotData", "load_areas", "load_grid"]

CITY = "E09000001"


@dataclass
class HotspotData:
    codes: list[str]
    names: list[str]
    counts: np.ndarray
    weights: sp.csr_matrix
    weights_label: str
    source: str
    months_present: int
    months_expected: int
    years: list[tuple[str, np.ndarray]] = field(default_factory=list)
    population: np.ndarray | None = None
    population_note: str | None = None
    boundary_vintage: str | None = None
    geometries: Any = None
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    islands: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    provenance: list[dict[str, Any]] = field(default_factory=list)
    grid: GridInfo | None = None


def _in(n: int) -> str:
    return ",".join("?" * n)


def _months_of(grain: str, periods: list[date]) -> set[date]:
    if grain == "year":
        return {m for p in periods for m in calendar_year(p.year).months()}
    return set(periods)


def _whole_years(period: Period) -> bool:
    return period.start.month == 1 and period.end.month == 12


def _pick_source(store: StoreLike, *, unit: str, scope: str, keys: list[str], period: Period,
                 allow_partial: bool) -> tuple[str, str, set[date], int, list[str]]:
    rows = store.con.execute(
        "SELECT source, grain, list(DISTINCT period_start ORDER BY period_start) FROM coverage "
        "WHERE level = ? AND scope_code = ? GROUP BY source, grain", [unit, scope]).fetchall()
    def rank(source: str) -> int:
        return next((i for i, s in enumerate(AREA_SOURCES) if source.startswith(s)), len(AREA_SOURCES))

    rows.sort(key=lambda r: (rank(r[0]), r[0]))
    held, best = [], None
    for source, grain, periods in rows:
        has = store.con.execute(
            f"SELECT 1 FROM counts WHERE source = ? AND area_type = ? AND unit = 'offences' "
            f"AND offence_key IN ({_in(len(keys))}) LIMIT 1", [source, unit, *keys]).fetchone()
        span = (f"{source} ({grain}ly {periods[0].isoformat()[:7 if grain == 'month' else 4]}.."
                f"{periods[-1].isoformat()[:7 if grain == 'month' else 4]})")
        if not has:
            held.append(f"{span}, which has no offences of this measure")
            continue
        held.append(span)
        if grain == "year" and not _whole_years(period):
            continue
        present = _months_of(grain, periods)
        n_have = sum(m in present for m in period.months())
        if n_have == period.n_months:
            return source, grain, present, n_have, []
        if n_have and (best is None or n_have > best[3]):
            best = (source, grain, present, n_have)
    what = f"{unit.upper() if unit == 'lsoa' else unit} counts for {scope}"
    if best is None:
        raise NoDataError(f"{what}: no source in the store covers {period.label}. Held: "
                          f"{'; '.join(held) or 'none'}. Choose a period inside one of these")
    source, grain, present, _ = best
    have, notes = check_coverage(present=present, period=period, source=source, what=what,
                                 allow_partial=allow_partial)
    return source, grain, present, have, notes


def _parent_of(unit: str, code: str, name: str | None, parent: str | None) -> str | None:
    if parent:
        return parent
    if unit == "lsoa" and name and " " in name:   # LSOA names are '<borough> 001A'
        return borough_code(name.rsplit(" ", 1)[0])
    return None


def _in_area(area: Area, parent: str | None) -> bool:
    if area.area_type == "borough":
        return parent == area.code
    if scope_of(area) == "city-of-london":
        return parent == CITY
    return parent != CITY


def _provenance(store: StoreLike, ingest_ids: list[int]) -> list[dict[str, Any]]:
    if not ingest_ids:
        return []
    rows = store.con.execute(
        f"SELECT ingest_id, file_name, sha256, vintage FROM ingests WHERE ingest_id IN "
        f"({_in(len(ingest_ids))}) ORDER BY ingest_id", ingest_ids).fetchall()
    return [{"ingest_id": r[0], "file": r[1], "sha256": r[2], "vintage": r[3]} for r in rows]


def load_areas(store: StoreLike, *, keys: list[str], area: Area, period: Period, unit: str,
               allow_partial: bool) -> HotspotData:
    """Counts, Queen weights and population for the LSOAs or wards of ``area``."""
    con = store.con
    scope = scope_of(area)
    source, grain, present, have, notes = _pick_source(
        store, unit=unit, scope=scope, keys=keys, period=period, allow_partial=allow_partial)
    places = con.execute(
        "SELECT c.area_code, min(c.area_name), min(coalesce(c.parent_code, a.parent_code)) "
        "FROM counts_latest c LEFT JOIN areas a ON a.area_type = c.area_type AND a.area_code = c.area_code "
        "WHERE c.source = ? AND c.area_type = ? AND c.period_grain = ? AND c.area_code IS NOT NULL "
        "GROUP BY 1 ORDER BY 1", [source, unit, grain]).fetchall()
    universe = {c: n or c for c, n, p in places if _in_area(area, _parent_of(unit, c, n, p))}
    if not universe:
        raise NoDataError(f"{source}: no {unit}s found in {area.name}")
    rows = con.execute(
        f"SELECT area_code, period_start, sum(count)::BIGINT, list(DISTINCT ingest_id) FROM counts_latest "
        f"WHERE source = ? AND area_type = ? AND period_grain = ? AND unit = 'offences' "
        f"AND offence_key IN ({_in(len(keys))}) AND area_code IN (SELECT unnest(?::VARCHAR[])) "
        f"GROUP BY 1, 2", [source, unit, grain, *keys, list(universe)]).fetchall()
    by_place: dict[str, dict[date, int]] = {}
    ingest_ids: set[int] = set()
    for code, p, n, ids in rows:
        if code in universe:
            by_place.setdefault(code, {})[p] = int(n)
            if period.start <= p <= period.end or (grain == "year" and period.contains(p)):
                ingest_ids.update(ids)

    # neighbours: the boundary vintage matching most codes
    vint = con.execute(
        "SELECT vintage, count(*) FROM boundaries WHERE area_type = ? AND area_code IN "
        "(SELECT unnest(?::VARCHAR[])) GROUP BY 1 ORDER BY 2 DESC, 1 DESC",
        [unit, list(universe)]).fetchall()
    if not vint and not con.execute("SELECT 1 FROM boundaries WHERE area_type = ? LIMIT 1", [unit]).fetchone():
        raise NoDataError(f"no {unit} boundaries in the store, so neighbours cannot be found; "
                          f"ingest the {unit} boundary files (e.g. from ../shared/data/boundaries)")
    vintage = vint[0][0] if vint else None
    # Readers leave zero cells out: a boundary of this vintage in the area with no count rows is a
    # place with no offences of any kind held, i.e. zero (the source's coverage includes it).
    in_counts = set(universe)
    zero_places = []
    if vintage is not None:
        for c, n, p in con.execute(
                "SELECT b.area_code, min(b.area_name), min(a.parent_code) FROM boundaries b LEFT JOIN areas a "
                "ON a.area_type = b.area_type AND a.area_code = b.area_code WHERE b.area_type = ? "
                "AND b.vintage IS NOT DISTINCT FROM ? GROUP BY 1", [unit, vintage]).fetchall():
            if c not in universe and _in_area(area, _parent_of(unit, c, n, p)):
                universe[c] = n or c
                zero_places.append(c)
    geo = con.execute(
        "SELECT area_code, min(geojson) FROM boundaries WHERE area_type = ? AND vintage IS NOT DISTINCT FROM ? "
        "AND area_code IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1 ORDER BY 1",
        [unit, vintage, list(universe)]).fetchall()
    geom_of = {c: g for c, g in geo}

    def period_count(code: str) -> int:
        return sum(v for p, v in by_place.get(code, {}).items() if period.start <= p <= period.end)

    codes = sorted(c for c in universe if c in geom_of)
    unmatched = [{"code": c, "name": universe[c], "count": period_count(c)}
                 for c in sorted(universe) if c not in geom_of]
    if len(in_counts & set(geom_of)) < MIN_MATCHED * len(in_counts):
        parents: dict[str, list[bool]] = {}
        for c, n, p in places:
            if c in in_counts:
                parents.setdefault(_parent_of(unit, c, n, p) or "?", []).append(c in geom_of)
        ok = sorted(p for p, v in parents.items() if all(v))
        names = {b.code: b.name for b in london_boroughs()}
        raise NoDataError(
            f"{unit} counts in {source} use codes of which only {len(in_counts & set(geom_of))} of {len(in_counts)} in "
            f"{area.name} have a boundary in the store (best vintage: {vintage or 'none matches'}). The counts use a "
            f"different {unit} geography from the boundaries held, so neighbours cannot be found. "
            + (f"Boroughs whose {unit}s all match: {', '.join(names.get(p, p) for p in ok)}. " if ok else "")
            + (f"Ingest {unit} boundaries of the vintage the counts use (for the MPS ward files: the 2022 wards, "
               "e.g. ONS 'Wards (December 2022)' with fields WD22CD/WD22NM/LAD22CD) or use unit='lsoa'"
               if unit != "lsoa" else "Ingest boundaries of the matching vintage"))
    counts = np.array([period_count(c) for c in codes], dtype=np.int64)
    gdf = _frame(codes, [geom_of[c] for c in codes])
    import warnings

    from libpysal.weights import Queen
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = Queen.from_dataframe(gdf, use_index=True)
    assert list(w.id_order) == codes
    weights = sp.csr_matrix(w.sparse)
    years = [(label, np.array([sum(v for p, v in by_place.get(c, {}).items() if a <= p <= b)
                               for c in codes], dtype=float))
             for label, a, b in stability_windows(present, grain)]
    caveats = list(notes)
    if zero_places:
        caveats.append(f"{len(zero_places)} {unit}(s) of the area have no rows in {source} for any "
                       "period (the source leaves zero cells out) and are counted as 0")
    if unmatched:
        caveats.append(f"{len(unmatched)} {unit}(s) with {sum(u['count'] for u in unmatched)} offences "
                       f"have no boundary of vintage {vintage!r} and are left out: "
                       + ", ".join(u["code"] for u in unmatched[:10]))
    pop, pop_note = _population(store, unit=unit, codes=codes, year=period.end.year,
                                months=period.n_months)
    return HotspotData(
        codes=codes, names=[universe[c] for c in codes], counts=counts, weights=weights,
        weights_label=f"Queen contiguity between {unit.upper() if unit == 'lsoa' else unit} polygons ({vintage}), binary, each place "
                      "included in its own neighbourhood (Gi*)",
        source=source, months_present=have, months_expected=period.n_months, years=years,
        population=pop, population_note=pop_note, boundary_vintage=vintage,
        geometries=list(gdf.geometry.values), unmatched=unmatched, islands=[str(i) for i in w.islands],
        caveats=caveats, provenance=_provenance(store, sorted(ingest_ids)))


def stability_windows(present: set[date], grain: str) -> list[tuple[str, date, date]]:
    """Year-long windows to compare: calendar years wholly covered, or, when fewer than two,
    consecutive 12-month blocks counted back from the last month held (e.g. 2024-03..2025-02)."""
    years = full_years(present, grain)
    if len(years) >= 2 or grain == "year":
        return [(str(y), date(y, 1, 1), date(y, 12, 1)) for y in years]
    out: list[tuple[str, date, date]] = []
    end = max(present)
    while True:
        block = Period(end, end, "range", "").shift_months(-11).start
        months = range_months(block, end)
        if not all(m in present for m in months):
            break
        out.append((f"{block.isoformat()[:7]}..{end.isoformat()[:7]}", block, end))
        end = Period(block, block, "range", "").shift_months(-1).start
    return out[::-1]


def range_months(a: date, b: date) -> list[date]:
    out, d = [], a
    while d <= b:
        out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def _frame(codes: list[str], geojson: list[str]):
    import geopandas as gpd

    geoms = shapely.from_geojson(geojson)
    return gpd.GeoDataFrame({"code": codes}, geometry=geoms, crs="EPSG:4326", index=codes)


def _population(store: StoreLike, *, unit: str, codes: list[str], year: int,
                months: int) -> tuple[np.ndarray | None, str]:
    rows = store.con.execute(
        "SELECT year, kind, source, list(area_code), list(population) FROM population "
        "WHERE area_type = ? AND age_band IS NULL AND sex IS NULL "
        "AND area_code IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1, 2, 3",
        [unit, codes]).fetchall()
    if not rows:
        return None, f"no {unit} population in the store: rates not given"
    # nearest year to the period, estimates before projections, then most places matched
    rows.sort(key=lambda r: (abs(r[0] - year), r[1] != "estimate", -len(r[3])))
    yr, kind, src, cs, ps = rows[0]
    m = dict(zip(cs, ps, strict=True))
    pop = np.array([m.get(c, np.nan) for c in codes], dtype=float)
    matched = int(np.isfinite(pop).sum())
    note = (f"rate per 1,000 residents uses the {yr} population {kind} ({src}) for {matched} of "
            f"{len(codes)} places")
    if yr != year:
        note += f"; the nearest year held to {year}"
    if months != 12:
        note += f"; the rate is for the {months} months of the period, not annualised"
    return pop, note


# -- grid ------------------------------------------------------------------------------------

def _area_polygon(store: StoreLike, area: Area):
    con = store.con
    if area.area_type == "borough" or scope_of(area) == "city-of-london":
        code = CITY if scope_of(area) == "city-of-london" else area.code
        rows = con.execute("SELECT geojson FROM boundaries WHERE area_type = 'borough' AND area_code = ? "
                           "ORDER BY vintage DESC LIMIT 1", [code]).fetchall()
    else:
        rows = con.execute("SELECT min(geojson) FROM boundaries WHERE area_type = 'borough' "
                           "AND area_code LIKE 'E09%' AND area_code <> ? GROUP BY area_code", [CITY]).fetchall()
    if not rows:
        raise NoDataError(f"no boundary for {area.name} in the store; ingest the borough boundaries "
                          "(../shared/data/boundaries/london-boroughs) first")
    geom = shapely.union_all(shapely.from_geojson([r[0] for r in rows]))
    return geometry_to_bng(geom)


def load_grid(store: StoreLike, *, keys: list[str], area: Area, period: Period, cell_size: float | None,
              max_cells: int, allow_partial: bool) -> HotspotData:
    """data.police.uk incidents of ``area`` binned to square cells with lattice Queen weights."""
    con = store.con
    scope = scope_of(area)
    present = {r[0] for r in con.execute(
        "SELECT DISTINCT period_start FROM coverage WHERE source = 'police_uk_street' AND scope_code = ? "
        "AND grain = 'month'", [scope]).fetchall()}
    if not present:
        raise NoDataError(f"no data.police.uk street crimes for {scope} in the store, so no points to "
                          "grid; ingest the street files (../shared/data/police-uk-street)")
    have, notes = check_coverage(present=present, period=period, source="police_uk_street",
                                 what=f"street crimes for {scope}", allow_partial=allow_partial)
    area_bng = _area_polygon(store, area)
    pts = con.execute(
        f"SELECT month, coalesce(longitude, 'NaN'::DOUBLE) AS lon, coalesce(latitude, 'NaN'::DOUBLE) AS lat, "
        f"ingest_id FROM ({latest_rows('incidents')}) t WHERE offence_key IN ({_in(len(keys))})", keys).fetchnumpy()
    month = np.asarray(pts["month"]).astype("datetime64[D]")
    lon = np.asarray(pts["lon"], dtype=float)
    lat = np.asarray(pts["lat"], dtype=float)
    in_period = (month >= np.datetime64(period.start)) & (month <= np.datetime64(period.end))
    located = np.isfinite(lon) & np.isfinite(lat)
    x = np.full(len(lon), np.nan)
    y = np.full(len(lon), np.nan)
    if located.any():
        x[located], y[located] = to_bng(lon[located], lat[located])
    shapely.prepare(area_bng)
    inside = located.copy()
    inside[located] = shapely.contains_xy(area_bng, x[located], y[located])
    sel = in_period & inside
    n_in = int(sel.sum())
    if cell_size is None:
        size = auto_cell_size(area_bng.area, n_in, bounds=area_bng.bounds, max_cells=max_cells)
        rule = AUTO_RULE + f" (area {area_bng.area / 1e6:.2f} km2, {n_in:,} points)"
    else:
        size, rule = float(cell_size), f"chosen: {float(cell_size):g} m"
    grid = make_grid(area_bng, size, max_cells=max_cells)
    counts = bin_points(grid, x[sel], y[sel])
    years = []
    for label, a, b in stability_windows(present, "month"):
        ys = inside & (month >= np.datetime64(a)) & (month <= np.datetime64(b))
        years.append((label, bin_points(grid, x[ys], y[ys]).astype(float)))
    info = GridInfo(cell_size_m=size, rule=rule, cells=grid.n_cells, points_total=int(in_period.sum()),
                    points_in_area=n_in, points_outside_area=int((in_period & located & ~inside).sum()),
                    points_no_location=int((in_period & ~located).sum()))
    caveats = list(notes)
    if info.points_no_location:
        caveats.append(f"{info.points_no_location:,} incidents have no location ('No Location') and "
                       "cannot be placed on the grid; they are counted here, not in any cell")
    if info.points_outside_area:
        caveats.append(f"{info.points_outside_area:,} incidents lie outside {area.name} (recorded by "
                       "its force but located elsewhere) and are left out of the grid")
    ids = grid.cell_ids()
    polys = geometry_to_wgs(grid.polygons())
    used = sorted(int(i) for i in np.unique(np.asarray(pts["ingest_id"])[in_period]))
    return HotspotData(
        codes=ids, names=[f"cell {i.replace('_', 'E ')}N" for i in ids], counts=counts,
        weights=lattice_weights(grid),
        weights_label="Queen contiguity between grid cells (the 8 surrounding cells), binary, each "
                      "cell included in its own neighbourhood (Gi*)",
        source="police_uk_street", months_present=have, months_expected=period.n_months, years=years,
        population=None, population_note="grid cells have no resident population: rates not given",
        geometries=list(polys), caveats=caveats, provenance=_provenance(store, used), grid=info)
