"""The store reads a hotspot analysis needs: which sources cover a level and force, places and their
counts by period, boundaries of one vintage, small-area populations, and incidents as points.

Kept with the store so the hotspot package holds no SQL (see docs/design.md, layers).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ._store import StoreLike
from ._vintages import latest_rows

__all__ = ["coverage_spans", "has_offences", "ingest_provenance", "places_counted", "counts_by_period",
           "boundary_vintages", "has_boundaries", "boundary_places", "boundary_geojson",
           "small_area_populations", "borough_geojson", "months_covered", "incident_points"]


def _in(n: int) -> str:
    return ",".join("?" * n)


def coverage_spans(store: StoreLike, *, level: str, scope: str) -> list[tuple[str, str, list[date]]]:
    """(source, grain, period starts in order) of every source covering ``level`` for the force ``scope``."""
    return [(s, g, list(p)) for s, g, p in store.con.execute(
        "SELECT source, grain, list(DISTINCT period_start ORDER BY period_start) FROM coverage "
        "WHERE level = ? AND scope_code = ? GROUP BY source, grain", [level, scope]).fetchall()]


def has_offences(store: StoreLike, *, source: str, area_type: str, keys: list[str]) -> bool:
    """Whether ``source`` holds any offences under ``keys`` at ``area_type``."""
    return store.con.execute(
        f"SELECT 1 FROM counts WHERE source = ? AND area_type = ? AND unit = 'offences' "
        f"AND offence_key IN ({_in(len(keys))}) LIMIT 1", [source, area_type, *keys]).fetchone() is not None


def ingest_provenance(store: StoreLike, ingest_ids: list[int]) -> list[dict[str, Any]]:
    """File, sha256 and vintage of each ingest, in ingest order."""
    if not ingest_ids:
        return []
    rows = store.con.execute(
        f"SELECT ingest_id, file_name, sha256, vintage FROM ingests WHERE ingest_id IN "
        f"({_in(len(ingest_ids))}) ORDER BY ingest_id", ingest_ids).fetchall()
    return [{"ingest_id": r[0], "file": r[1], "sha256": r[2], "vintage": r[3]} for r in rows]


def places_counted(store: StoreLike, *, source: str, area_type: str,
                   grain: str) -> list[tuple[str, str | None, str | None]]:
    """(code, name, parent code) of every ``area_type`` place ``source`` has latest-vintage rows for."""
    return [(c, n, p) for c, n, p in store.con.execute(
        "SELECT c.area_code, min(c.area_name), min(coalesce(c.parent_code, a.parent_code)) "
        "FROM counts_latest c LEFT JOIN areas a ON a.area_type = c.area_type AND a.area_code = c.area_code "
        "WHERE c.source = ? AND c.area_type = ? AND c.period_grain = ? AND c.area_code IS NOT NULL "
        "GROUP BY 1 ORDER BY 1", [source, area_type, grain]).fetchall()]


def counts_by_period(store: StoreLike, *, source: str, area_type: str, grain: str, keys: list[str],
                     codes: list[str]) -> list[tuple[str, date, int, list[int]]]:
    """(code, period start, offences, ingest ids) for ``codes`` under ``keys``, latest vintage."""
    return [(c, p, int(n), list(ids)) for c, p, n, ids in store.con.execute(
        f"SELECT area_code, period_start, sum(count)::BIGINT, list(DISTINCT ingest_id) FROM counts_latest "
        f"WHERE source = ? AND area_type = ? AND period_grain = ? AND unit = 'offences' "
        f"AND offence_key IN ({_in(len(keys))}) AND area_code IN (SELECT unnest(?::VARCHAR[])) "
        f"GROUP BY 1, 2", [source, area_type, grain, *keys, codes]).fetchall()]


def boundary_vintages(store: StoreLike, *, area_type: str, codes: list[str]) -> list[tuple[str | None, int]]:
    """(boundary vintage, places of ``codes`` it has) for ``area_type``, most places first."""
    return [(v, int(n)) for v, n in store.con.execute(
        "SELECT vintage, count(*) FROM boundaries WHERE area_type = ? AND area_code IN "
        "(SELECT unnest(?::VARCHAR[])) GROUP BY 1 ORDER BY 2 DESC, 1 DESC", [area_type, codes]).fetchall()]


def has_boundaries(store: StoreLike, *, area_type: str) -> bool:
    return store.con.execute("SELECT 1 FROM boundaries WHERE area_type = ? LIMIT 1",
                             [area_type]).fetchone() is not None


def boundary_places(store: StoreLike, *, area_type: str,
                    vintage: str | None) -> list[tuple[str, str | None, str | None]]:
    """(code, name, parent code) of every boundary of ``area_type`` and ``vintage``."""
    return [(c, n, p) for c, n, p in store.con.execute(
        "SELECT b.area_code, min(b.area_name), min(a.parent_code) FROM boundaries b LEFT JOIN areas a "
        "ON a.area_type = b.area_type AND a.area_code = b.area_code WHERE b.area_type = ? "
        "AND b.vintage IS NOT DISTINCT FROM ? GROUP BY 1", [area_type, vintage]).fetchall()]


def boundary_geojson(store: StoreLike, *, area_type: str, vintage: str | None,
                     codes: list[str]) -> dict[str, str]:
    """code -> GeoJSON geometry (WGS84) for ``codes`` in the boundaries of ``vintage``."""
    return {c: g for c, g in store.con.execute(
        "SELECT area_code, min(geojson) FROM boundaries WHERE area_type = ? AND vintage IS NOT DISTINCT FROM ? "
        "AND area_code IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1 ORDER BY 1",
        [area_type, vintage, codes]).fetchall()}


def small_area_populations(store: StoreLike, *, area_type: str,
                           codes: list[str]) -> list[tuple[int, str, str, list[str], list[float]]]:
    """(year, kind, source, codes, populations) of every all-ages population series for ``codes``."""
    return [(int(y), k, s, list(cs), list(ps)) for y, k, s, cs, ps in store.con.execute(
        "SELECT year, kind, source, list(area_code), list(population) FROM population "
        "WHERE area_type = ? AND age_band IS NULL AND sex IS NULL "
        "AND area_code IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1, 2, 3", [area_type, codes]).fetchall()]


def borough_geojson(store: StoreLike, *, code: str | None = None, exclude: str | None = None) -> list[str]:
    """GeoJSON of borough ``code`` (latest vintage), or of every London borough but ``exclude``."""
    if code is not None:
        rows = store.con.execute("SELECT geojson FROM boundaries WHERE area_type = 'borough' AND area_code = ? "
                                 "ORDER BY vintage DESC LIMIT 1", [code]).fetchall()
    else:
        rows = store.con.execute("SELECT min(geojson) FROM boundaries WHERE area_type = 'borough' "
                                 "AND area_code LIKE 'E09%' AND area_code <> ? GROUP BY area_code",
                                 [exclude or ""]).fetchall()
    return [r[0] for r in rows]


def months_covered(store: StoreLike, *, source: str, scope: str) -> set[date]:
    """Months ``source`` covers (monthly grain) for the force ``scope``."""
    return {r[0] for r in store.con.execute(
        "SELECT DISTINCT period_start FROM coverage WHERE source = ? AND scope_code = ? "
        "AND grain = 'month'", [source, scope]).fetchall()}


def incident_points(store: StoreLike, *, keys: list[str]) -> dict[str, Any]:
    """Month, longitude, latitude (NaN where not located) and ingest id of every incident under ``keys``,
    each month from its latest vintage, as numpy arrays."""
    return dict(store.con.execute(
        f"SELECT month, coalesce(longitude, 'NaN'::DOUBLE) AS lon, coalesce(latitude, 'NaN'::DOUBLE) AS lat, "
        f"ingest_id FROM ({latest_rows('incidents')}) t WHERE offence_key IN ({_in(len(keys))})", keys).fetchnumpy())
