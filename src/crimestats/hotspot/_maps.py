"""Hotspot maps: GeoJSON for the web app's map layer, and choropleths as SVG / PNG.

Charts are Vega-Lite (Altair) rendered locally by vl-convert: no internet is needed.  The map
shows two panels side by side, the Gi* class of each place and its count, so a reader can see
both where crime is and where it clusters beyond what a random arrangement would give.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shapely

from .._errors import InputError
from ..reference._source_names import BOUNDARY_ATTRIBUTION, source_name
from ._hotspots import HotspotResult

__all__ = ["hotspot_geojson", "hotspot_chart", "save_hotspot_map", "CLASS_COLOURS"]

CLASS_COLOURS = {"hot": "#d7301f", "cold": "#2b8cbe", "not significant": "#e0e0e0"}


def hotspot_geojson(result: HotspotResult, *, precision: int = 6) -> dict[str, Any]:
    """A GeoJSON FeatureCollection (WGS84), one feature per place with its figures as properties."""
    if result.geometries is None:
        raise InputError("this result has no geometries to map")
    feats = []
    for place, geom in zip(result.places, result.geometries, strict=True):
        g = shapely.set_precision(geom, 10 ** -precision) if precision else geom
        feats.append({"type": "Feature", "id": place.code,
                      "geometry": json.loads(shapely.to_geojson(g)),
                      "properties": {**place.as_dict(), "colour": CLASS_COLOURS[place.hotspot_class]}})
    return {"type": "FeatureCollection", "features": feats, "properties": {
        "measure": result.measure, "measure_label": result.measure_label, "area": result.area.name,
        "period": result.period.label, "unit": result.unit, "adjust": result.adjust_label,
        "alpha": result.alpha, "source": result.source, "summary": result.summary(),
        "cell_size_m": result.grid.cell_size_m if result.grid else None}}


def hotspot_chart(result: HotspotResult, *, width: int = 420, height: int = 420):
    """An Altair chart: Gi* classes beside counts."""
    import altair as alt

    gj = hotspot_geojson(result, precision=5)
    data = alt.Data(values=gj["features"])
    base = alt.Chart(data).mark_geoshape(stroke="white", strokeWidth=0.2).project(
        type="mercator").properties(width=width, height=height)
    classes = list(CLASS_COLOURS)
    cls = base.encode(
        color=alt.Color("properties.hotspot_class:N", title="Gi* class",
                        scale=alt.Scale(domain=classes, range=[CLASS_COLOURS[c] for c in classes])),
        tooltip=[alt.Tooltip("properties.name:N", title="place"),
                 alt.Tooltip("properties.count:Q", title="count"),
                 alt.Tooltip("properties.gi_z:Q", title="Gi* z", format=".2f"),
                 alt.Tooltip("properties.p_adjusted:Q", title="adjusted p", format=".3g")],
    ).properties(title=f"Hot and cold spots ({result.adjust} adjusted, alpha {result.alpha:g})")
    cnt = base.encode(
        color=alt.Color("properties.count:Q", title="offences", scale=alt.Scale(scheme="orangered")),
        tooltip=[alt.Tooltip("properties.name:N", title="place"),
                 alt.Tooltip("properties.count:Q", title="count")],
    ).properties(title="Count of offences")
    unit = {"lsoa": "LSOA", "ward": "ward", "grid": f"{result.grid.cell_size_m:g} m grid cell" if result.grid else "cell"}[result.unit]
    return alt.hconcat(cls, cnt).resolve_scale(color="independent").properties(title=alt.TitleParams(
        f"{result.measure_label}, {result.area.name}, {result.period.label}, by {unit}",
        subtitle=[f"Getis-Ord Gi* on {result.weights.split(',')[0]}; {result.adjust_label}.",
                  f"Source: {source_name(result.source)}.", BOUNDARY_ATTRIBUTION]))


def save_hotspot_map(result: HotspotResult, path: str | Path) -> Path:
    """Write the map as .svg, .png, .html or .geojson (told by the suffix)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in (".geojson", ".json"):
        p.write_text(json.dumps(hotspot_geojson(result)), encoding="utf-8")
        return p
    chart = hotspot_chart(result)
    if suffix == ".html":
        chart.save(str(p))
        return p
    import vl_convert as vlc

    spec = chart.to_json()
    if suffix == ".svg":
        p.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
    elif suffix == ".png":
        p.write_bytes(vlc.vegalite_to_png(spec, scale=1.5))
    else:
        raise InputError(f"{p}: map format {suffix or '(none)'} unknown; use .svg, .png, .html or .geojson")
    return p
