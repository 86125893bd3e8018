"""Read-only look-ups for ward maps and ward hotspots: the latest ward boundaries (all, or one
borough's) and LSOA population estimates with their polygons.

Kept beside :mod:`crimestats.store._lookups` so hotspots and reports never query the store
themselves.
"""

from __future__ import annotations

from ._store import StoreLike

__all__ = ["latest_ward_vintage", "lsoa_population_shapes", "ward_boundaries"]


def latest_ward_vintage(store: StoreLike) -> str | None:
    """The most recent ward boundary vintage held ('wards 2022' before 'wards 2014'), or None."""
    rows = store.con.execute("SELECT DISTINCT vintage FROM boundaries WHERE area_type = 'ward'").fetchall()
    vints = sorted((v for (v,) in rows if v), key=lambda v: (v[-4:].isdigit(), v[-4:]))
    return vints[-1] if vints else None


def ward_boundaries(store: StoreLike, *, vintage: str, parent: str | None = None) -> list[tuple[str, str, str]]:
    """(code, name, GeoJSON) of the wards of ``vintage``, those of borough ``parent`` only if given."""
    sql = ("SELECT b.area_code, min(b.area_name), min(b.geojson) FROM boundaries b LEFT JOIN areas a "
           "ON a.area_type = 'ward' AND a.area_code = b.area_code WHERE b.area_type = 'ward' AND b.vintage = ?")
    params: list[object] = [vintage]
    if parent is not None:
        sql += " AND a.parent_code = ?"
        params.append(parent)
    rows = store.con.execute(sql + " GROUP BY 1 ORDER BY 1", params).fetchall()
    return [(c, n or c, g) for c, n, g in rows]


def lsoa_population_shapes(store: StoreLike) -> list[tuple[int, str, str, float, str]]:
    """(year, source, LSOA code, population, GeoJSON) of every all-ages LSOA population estimate
    whose LSOA has a boundary."""
    return [(int(r[0]), r[1], r[2], float(r[3]), r[4]) for r in store.con.execute(
        "SELECT p.year, p.source, p.area_code, p.population, b.geojson FROM population p "
        "JOIN (SELECT area_code, min(geojson) AS geojson FROM boundaries WHERE area_type = 'lsoa' GROUP BY 1) b "
        "USING (area_code) WHERE p.area_type = 'lsoa' AND p.age_band IS NULL AND p.sex IS NULL "
        "AND p.kind = 'estimate'").fetchall()]
