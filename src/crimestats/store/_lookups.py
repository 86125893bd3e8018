"""Read-only look-ups on the store for the layers above: releases of a source, areas a source
counts, coverage by force, boundaries, and areas found by code or name.

The SQL that reads the store lives here and in :mod:`crimestats.facts`; claims, hotspots, reports
and the web app call these functions instead of writing their own queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ._store import StoreLike

__all__ = ["Release", "releases", "areas_counted", "coverage_by_scope", "latest_boundaries",
           "area_by_code_or_name", "small_area_by_code_or_name", "wards_counted", "ingest_marker",
           "force_names", "source_summary"]


@dataclass(frozen=True)
class Release:
    """One vintage of a source: its label and the date of its latest file."""

    vintage: str
    published: date | None


def releases(store: StoreLike, *, source: str) -> list[Release]:
    """The source's vintages, oldest first (by the latest date any file of that vintage carries)."""
    rows = store.con.execute(
        "SELECT vintage, max(vintage_date) FROM ingests WHERE source = ? GROUP BY vintage ORDER BY 2, 1",
        [source]).fetchall()
    return [Release(v, d) for v, d in rows]


def areas_counted(store: StoreLike, *, source: str, area_type: str, start: date, end: date) -> list[tuple[str, str]]:
    """(area code, name) of every ``area_type`` that ``source`` has latest-vintage rows for in ``start``..``end``."""
    return [(c, n) for c, n in store.con.execute(
        "SELECT DISTINCT area_code, area_name FROM counts_latest WHERE source = ? AND area_type = ? AND "
        "period_start BETWEEN ? AND ? ORDER BY 1", [source, area_type, start, end]).fetchall()]


def coverage_by_scope(store: StoreLike, *, source: str, level: str, start: date,
                      end: date) -> dict[tuple[str, str], set[date]]:
    """(scope code, grain) -> the period starts ``source`` covers at ``level`` between ``start`` and ``end``."""
    rows = store.con.execute(
        "SELECT scope_code, grain, list(DISTINCT period_start) FROM coverage "
        "WHERE source = ? AND level = ? AND period_start BETWEEN ? AND ? GROUP BY ALL",
        [source, level, start, end]).fetchall()
    return {(scope, grain): set(present) for scope, grain, present in rows}


def latest_boundaries(store: StoreLike, *, area_type: str) -> list[dict[str, Any]]:
    """Latest stored boundary per area of ``area_type`` (London boroughs: GSS E09 codes)."""
    cond = "(area_type = ? OR (? = 'borough' AND area_code LIKE 'E09%'))"
    rows = store.con.execute(
        f"SELECT area_code, arg_max(area_name, ingest_id), arg_max(geojson, ingest_id) "
        f"FROM boundaries WHERE {cond} GROUP BY area_code ORDER BY area_code",
        [area_type, area_type]).fetchall()
    return [{"area_code": c, "area_name": n, "geojson": g} for c, n, g in rows]


def area_by_code_or_name(store: StoreLike, *, code: str, name: str) -> tuple[str, str, str] | None:
    """(area type, code, name) of a known area whose code is ``code`` or whose name is ``name``
    (any case); boroughs first, then wards, then LSOAs."""
    row = store.con.execute(
        "SELECT area_type, area_code, area_name FROM areas WHERE upper(area_code) = ? "
        "OR lower(area_name) = lower(?) ORDER BY CASE area_type WHEN 'borough' THEN 0 "
        "WHEN 'ward' THEN 1 WHEN 'lsoa' THEN 2 ELSE 3 END LIMIT 1", [code, name]).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def small_area_by_code_or_name(store: StoreLike, *, code: str, name: str) -> tuple[str, str, str | None] | None:
    """(area type, code, name) of a ward or LSOA that some source counts crimes for, by code or name."""
    row = store.con.execute(
        "SELECT area_type, area_code, any_value(area_name) FROM counts "
        "WHERE area_type IN ('ward', 'lsoa') AND (upper(area_code) = ? OR lower(area_name) = lower(?)) "
        "GROUP BY ALL LIMIT 1", [code, name]).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def wards_counted(store: StoreLike) -> list[tuple[str, str, str | None]]:
    """(ward code, name as written, borough code) of every ward some source counts crimes for."""
    return [(c, n, p) for c, n, p in store.con.execute(
        "SELECT area_code, any_value(area_name), any_value(parent_code) FROM counts "
        "WHERE area_type = 'ward' AND area_code IS NOT NULL AND area_name IS NOT NULL "
        "GROUP BY area_code ORDER BY area_code").fetchall()]


def ingest_marker(store: StoreLike) -> tuple[str, int]:
    """Identifies what the store holds: its file and the last ingest. Look-ups derived from the
    store's contents can be cached under it and are stale as soon as it changes."""
    row = store.con.execute("SELECT coalesce(max(ingest_id), 0) FROM ingests").fetchone()
    return (str(store.path.resolve()), int(row[0]) if row else 0)


def force_names(store: StoreLike) -> list[tuple[str, str]]:
    """(force id, name) for every name the store gives a police force: the ``areas`` names first (from
    population files and lookups), then the police.uk files' own 'Falls within' names (coverage)."""
    return [(c, n) for c, n, _ in store.con.execute(
        "SELECT area_code, area_name, 0 FROM areas WHERE area_type = 'force' "
        "UNION ALL SELECT DISTINCT scope_code, scope_name, 1 FROM coverage "
        "WHERE scope_type = 'force' AND scope_name IS NOT NULL ORDER BY 3, 1, 2").fetchall()]


def source_summary(store: StoreLike) -> list[dict[str, Any]]:
    """One row per source: publisher, files, span of periods covered, vintage(s), rows kept.

    The compact view of :meth:`Store.sources` (which has one row per file)."""
    out: dict[str, dict[str, Any]] = {}
    for r in store.sources():
        d = out.setdefault(r["source"], {"source": r["source"], "publisher": r["publisher"], "files": 0,
                                         "first_period": None, "last_period": None, "vintages": [],
                                         "rows_kept": 0, "rows_dropped": 0})
        d["files"] += 1
        d["rows_kept"] += int(r["rows_kept"] or 0)
        d["rows_dropped"] += int(r["rows_dropped"] or 0)
        for k, pick in (("first_period", min), ("last_period", max)):
            if r[k] is not None:
                d[k] = r[k] if d[k] is None else pick(d[k], r[k])
        if r["vintage"] and r["vintage"] not in d["vintages"]:
            d["vintages"].append(r["vintage"])
    for d in out.values():
        v = d.pop("vintages")
        d["vintage"] = v[-1] if len(v) == 1 else (f"{len(v)} vintages, latest {v[-1]}" if v else "")
    return sorted(out.values(), key=lambda d: d["source"])
