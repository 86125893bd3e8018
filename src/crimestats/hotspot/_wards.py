"""Which ward and borough each hotspot place is in, and ward populations built from LSOAs.

An LSOA is put in the 2022 ward that holds its centroid (its point-on-surface when the centroid
falls outside every ward, e.g. a crescent-shaped LSOA).  LSOAs are not nested in wards, so this is
the usual best-fit assignment, not an exact split.  The same assignment gives an approximate ward
population (the sum of the LSOA estimates assigned to it) where no population is held for the
ward codes themselves.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..reference._areas import london_boroughs
from ..store._store import StoreLike
from ..store._ward_lookups import latest_ward_vintage, lsoa_population_shapes, ward_boundaries

__all__ = ["borough_names", "lsoa_wards", "ward_population_from_lsoas"]


def borough_names(parents: list[str | None]) -> list[str | None]:
    """Borough names for borough codes (None where the place has no London borough)."""
    names = {b.code: b.name for b in london_boroughs()}
    return [names.get(p) if p else None for p in parents]


def _assign(points_geoms: list[Any], ward_geoms: list[Any]) -> np.ndarray:
    """Index of the ward holding each geometry's centroid (point on surface as a fallback), -1 if none."""
    import shapely

    tree = shapely.STRtree(ward_geoms)
    out = np.full(len(points_geoms), -1, dtype=np.int64)
    for pts in (shapely.centroid(points_geoms), shapely.point_on_surface(points_geoms)):
        todo = np.flatnonzero(out < 0)
        if todo.size == 0:
            break
        src, dst = tree.query(np.asarray(pts)[todo], predicate="within")
        # a point on a shared edge is within neither ward; the first match wins otherwise
        first = np.unique(src, return_index=True)
        out[todo[first[0]]] = dst[first[1]]
    return out


def _wards(store: StoreLike) -> tuple[list[str], list[str], list[Any], str | None]:
    import shapely

    vintage = latest_ward_vintage(store)
    if vintage is None:
        return [], [], [], None
    rows = ward_boundaries(store, vintage=vintage)
    return ([r[0] for r in rows], [r[1] for r in rows], list(shapely.from_geojson([r[2] for r in rows])),
            vintage)


def lsoa_wards(store: StoreLike, geometries: list[Any]) -> tuple[list[str | None], str | None]:
    """The name of the ward (latest ward boundaries held) holding each LSOA's centroid, and the
    ward vintage used; all None when no ward boundaries are held."""
    _codes, names, geoms, vintage = _wards(store)
    if not geoms or not geometries:
        return [None] * len(geometries), vintage
    at = _assign(geometries, geoms)
    return [names[i] if i >= 0 else None for i in at], vintage


def ward_population_from_lsoas(store: StoreLike, *, ward_codes: list[str], ward_geoms: list[Any],
                               year: int) -> tuple[np.ndarray, str] | None:
    """Ward populations summed from LSOA estimates by LSOA centroid, or None if none are held."""
    import shapely

    rows = lsoa_population_shapes(store)
    if not rows:
        return None
    best = min({r[0] for r in rows}, key=lambda y: (abs(y - year), -y))
    rows = [r for r in rows if r[0] == best]
    at = _assign(list(shapely.from_geojson([r[4] for r in rows])), ward_geoms)
    pop = np.zeros(len(ward_codes))
    np.add.at(pop, at[at >= 0], np.array([float(r[3]) for r in rows])[at >= 0])
    pop[pop == 0] = np.nan
    src = rows[0][1]
    note = (f"no population is held for these ward codes, so each ward's rate uses the "
            f"mid-{best} LSOA estimates ({src}) of the LSOAs whose centroid lies in it, an "
            f"approximation (LSOAs are not nested in wards), for {int(np.isfinite(pop).sum())} of "
            f"{len(ward_codes)} wards")
    if best != year:
        note += f"; {best} is the nearest year held to {year}"
    return pop, note
