"""The hotspots page and API: :func:`crimestats.hotspots` as plain JSON-able dicts plus a map.

Kept apart from ``_views`` so the hotspot page can grow without touching the explore/check code.
The map is the hotspot library's GeoJSON (:func:`crimestats.hotspot._maps.hotspot_geojson`) drawn
on the server as SVG (no CDN); geometry is simplified for large results so the page stays small.
"""

from __future__ import annotations

from typing import Any

from .._errors import InputError
from ..hotspot._permutation import DEFAULT_PERMUTATIONS, DEFAULT_SEED
from ..store._store import StoreLike
from . import _charts
from ._views import _parse_as_of, jsonable

__all__ = ["UNITS", "ADJUST", "hotspot_measures", "hotspots", "hotspots_geojson"]

UNITS = {"lsoa": "LSOA", "ward": "ward", "grid": "grid cell"}
ADJUST = {"auto": "Automatic (Holm up to 200 places, else Benjamini-Hochberg FDR)",
          "holm": "Holm (family-wise error rate)", "fdr": "Benjamini-Hochberg FDR (false discovery rate)"}
TABLE_ROWS = 100          # rows of the ranked table drawn in the page (the API returns all)
MAP_LABEL_LIMIT = 60      # label hot/cold places on the map (readable without colour) up to this many
DEFAULTS = {"measure": "robbery", "area": "Redbridge", "period": "2021", "unit": "lsoa",
            "adjust": "auto"}


def hotspot_measures() -> list[dict[str, str]]:
    """Offence keys the hotspot analysis accepts (it counts recorded offences), by label."""
    from ..reference._taxonomy import OFFENCE_KEYS

    return sorted(({"name": k, "label": o.label} for k, o in OFFENCE_KEYS.items()),
                  key=lambda m: m["label"].lower())


def data_held(store: StoreLike) -> list[str]:
    """What hotspots can be found on, from the coverage table (so the page never goes stale)."""
    from ..hotspot._coverage import AREA_SOURCES
    from ..store._coverage import coverage

    out = []
    for s in coverage(store):
        if not s.source.startswith(AREA_SOURCES):
            continue
        if s.level in ("lsoa", "ward") or (s.source == "police_uk_street" and s.level == "force"):
            unit = "grid cells (points)" if s.level == "force" else s.level.upper() if s.level == "lsoa" \
                else "wards"
            cut = 4 if s.grain in ("year", "financial_year") else 7
            gaps = f", {len(s.missing)} missing" if getattr(s, "missing", None) else ""
            out.append(f"{unit}: {s.source} ({s.scope_name or s.scope_code}), "
                       f"{s.first.isoformat()[:cut]} to {s.last.isoformat()[:cut]} by {s.grain}{gaps}")
    return out


def check_params(*, unit: str, adjust: str) -> None:
    """400-worthy parameter errors, with the choices named."""
    if unit not in UNITS:
        raise InputError(f"unit={unit!r}: choose one of {', '.join(UNITS)}")
    if adjust not in ADJUST:
        raise InputError(f"adjust={adjust!r}: choose auto (the default), holm or fdr")


def _run(store: StoreLike, *, measure: str, area: str, period: str, unit: str, adjust: str,
         as_of: str | None, permutations: int = DEFAULT_PERMUTATIONS, seed: int = DEFAULT_SEED) -> Any:
    from ..hotspot._hotspots import hotspots as run_hotspots

    check_params(unit=unit, adjust=adjust)
    return run_hotspots(store, measure=measure, area=area, period=period, unit=unit,
                        adjust=adjust, as_of=_parse_as_of(as_of), permutations=permutations, seed=seed)


def _method(d: dict[str, Any]) -> list[tuple[str, str]]:
    """The method statement as (what, how) pairs: weights, test, adjustment, units, sources."""
    perms = d.get("permutations") or 0
    how = (f"its count and its neighbours' total against {perms:,} conditional permutations (the place's "
           f"own count held, the other places' counts shuffled at random; seed {d.get('seed')}), two-sided"
           if perms else "its count and its neighbours' counts against the area average (normal approximation)")
    out = [("Test", f"Getis-Ord Gi* for each place: {how}. Classes: hot (neighbourhood higher than the "
                    f"shuffles give) or cold (lower) when the adjusted p-value is below {d['alpha']:g}; "
                    "otherwise not significant."),
           ("Spatial weights", d["weights"]),
           ("Multiple testing", f"{d['adjust_label']}: {len(d['places']):,} places are tested at "
                                "once, so p-values are adjusted before classing places.")]
    grid = d.get("grid")
    if grid:
        out.append(("Grid cells", f"{grid['cell_size_m']:g} m squares on {grid['crs']}; "
                                  f"{grid['cells']:,} cells. Cell size: {grid['rule']}."))
        out.append(("Points", f"{grid['points_total']:,} incidents in the period: "
                              f"{grid['points_in_area']:,} inside the area, "
                              f"{grid['points_outside_area']:,} outside it, "
                              f"{grid['points_no_location']:,} with no location (not mapped)."))
    elif d.get("boundary_vintage"):
        out.append(("Boundaries", f"{d['boundary_vintage']} (neighbours are places that touch)."))
    if d.get("population_note"):
        out.append(("Rate per 1,000", d["population_note"]))
    out.append(("Coverage", f"{d['months_present']} of {d['months_expected']} months of "
                            f"{d['period']['label']} held in {d['source']}."))
    return out


def _features(result: Any) -> list[dict[str, Any]]:
    """The library's GeoJSON features, simplified for big results, with label points added."""
    import shapely

    from ..hotspot._maps import hotspot_geojson

    # Detail finer than half a pixel of a 420 px map is invisible but makes the page heavy
    # (a London-wide LSOA map: 7 MB unsimplified).
    x0, y0, x1, y1 = shapely.total_bounds(result.geometries)
    tol = max(x1 - x0, y1 - y0) / 420 / 2
    result.geometries = list(shapely.simplify(result.geometries, tol, preserve_topology=True))
    gj = hotspot_geojson(result, precision=5)
    points = shapely.point_on_surface(result.geometries)
    for f, pt in zip(gj["features"], points, strict=True):
        f["properties"]["lon"] = round(float(pt.x), 5)
        f["properties"]["lat"] = round(float(pt.y), 5)
    return gj["features"]


def hotspots(store: StoreLike, *, measure: str, area: str, period: str, unit: str = "lsoa",
             adjust: str = "auto", as_of: str | None = None, with_map: bool = True,
             permutations: int = DEFAULT_PERMUTATIONS, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Everything the hotspots page shows: ranked places, concentration, stability, method, map."""
    result = _run(store, measure=measure, area=area, period=period, unit=unit, adjust=adjust,
                  as_of=as_of, permutations=permutations, seed=seed)
    d = jsonable(result)
    d["unit_word"] = UNITS[unit]
    d["method"] = _method(d)
    d["counts"] = {"hot": len(result.hot), "cold": len(result.cold),
                   "not significant": len(result.places) - len(result.hot) - len(result.cold)}
    d["svg"] = None
    if with_map and result.geometries is not None:
        feats = _features(result)
        label = sum(1 for p in result.places if p.hotspot_class != "not significant") <= MAP_LABEL_LIMIT
        where = f"{result.area.name}, {result.period.label}"
        d["svg"] = _charts.hotspot_svg(
            features=feats, label_classes=label,
            title=f"{result.measure_label}, {where}, by {d['unit_word']}",
            subtitle=f"{result.test_label}, {result.adjust_label}, alpha {result.alpha:g}. "
                     f"Source: {result.source}.")
    return d


def hotspots_geojson(store: StoreLike, *, measure: str, area: str, period: str, unit: str = "lsoa",
                     adjust: str = "auto", as_of: str | None = None,
                     permutations: int = DEFAULT_PERMUTATIONS, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """The result as a GeoJSON FeatureCollection (WGS84) for GIS tools."""
    from ..hotspot._maps import hotspot_geojson

    result = _run(store, measure=measure, area=area, period=period, unit=unit, adjust=adjust,
                  as_of=as_of, permutations=permutations, seed=seed)
    return hotspot_geojson(result, precision=6)
