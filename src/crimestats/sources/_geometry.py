"""Area geometry checked before it is stored (issue 13): a boundary that cannot be drawn or measured
must not reach the store, where every map and hotspot page would trip over it.

Each feature's geometry must be a Polygon or MultiPolygon, with numeric, finite coordinates inside
WGS84's ranges (longitude -180..180, latitude -90..90: British National Grid metres in a file that
says nothing of its CRS fail here), and valid (no self-intersecting rings).  An invalid polygon is
repaired with shapely's ``make_valid`` when the repair is still a polygon of some area; otherwise the
feature is dropped with the reason, which the ingest report counts.
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["checked_geometry"]

_POLYGONAL = ("Polygon", "MultiPolygon")


def _coords_ok(coords: Any, depth: int) -> str | None:
    """None if ``coords`` is nested ``depth`` deep down to [x, y] pairs of finite numbers in range."""
    stack = [(coords, depth)]
    while stack:
        c, d = stack.pop()
        if not isinstance(c, list):
            return "coordinates are not lists of numbers"
        if d == 0:
            if len(c) < 2 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in c[:2]):
                return "coordinates are not numbers"
            x, y = float(c[0]), float(c[1])
            if not (math.isfinite(x) and math.isfinite(y)):
                return "coordinates are not finite (NaN or Infinity)"
            if not (-180 <= x <= 180 and -90 <= y <= 90):
                return ("coordinates outside WGS84 longitude/latitude ranges (British National Grid metres "
                        "in a file that does not declare its CRS?)")
            continue
        stack.extend((x, d - 1) for x in c)
    return None


def checked_geometry(text: str | None) -> tuple[str | None, str | None, bool]:
    """(GeoJSON to store, reason it was refused, whether it was repaired) for one feature's geometry."""
    if not text:
        return None, "empty geometry", False
    try:
        geom = json.loads(text)
    except (TypeError, ValueError):
        return None, "geometry is not valid GeoJSON", False
    if not isinstance(geom, dict) or geom.get("type") not in _POLYGONAL:
        kind = geom.get("type") if isinstance(geom, dict) else type(geom).__name__
        return None, f"geometry is a {kind}, not a polygon", False
    bad = _coords_ok(geom.get("coordinates"), 2 if geom["type"] == "Polygon" else 3)
    if bad:
        return None, bad, False
    import shapely

    try:
        shape = shapely.from_geojson(text)
    except Exception:  # noqa: BLE001 - GEOS refuses it: say so as a reason
        return None, "geometry cannot be read as a polygon (rings too short?)", False
    if shape.is_empty:
        return None, "polygon has no area", False
    if shape.is_valid:
        return (text, None, False) if shape.area > 0 else (None, "polygon has no area", False)
    fixed = shapely.make_valid(shape)
    if fixed.geom_type == "GeometryCollection":
        parts = [g for g in fixed.geoms if g.geom_type in _POLYGONAL]
        fixed = shapely.union_all(parts) if parts else fixed
    if fixed.geom_type not in _POLYGONAL or fixed.is_empty or fixed.area == 0:
        return None, "invalid polygon that no repair keeps as an area", False
    return shapely.to_geojson(fixed), None, True
