"""Charts and maps as SVG, rendered on the server with Altair + vl-convert (no CDN, no JS).

Every function returns an SVG string ready to embed inline.  Missing periods are drawn as gaps
in the line (never as zeros) and labelled "no data".
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from typing import Any, Sequence

__all__ = ["series_svg", "choropleth_svg", "bars_svg", "hotspot_svg"]

from ..reference._source_names import BOUNDARY_ATTRIBUTION

_LOCK = threading.Lock()  # vl-convert is thread-safe, but serialising keeps memory flat under load


def _to_svg(chart: Any, datasets: dict[str, Any] | None = None) -> str:
    import vl_convert as vlc

    spec = chart.to_dict()
    if datasets:
        # Large inline data (GeoJSON) goes in after Altair's validation, which is slow on it.
        spec.setdefault("datasets", {}).update(datasets)
    with _LOCK:
        svg = vlc.vegalite_to_svg(spec)
    # Area names on hover: each mark's accessible label (Vega-Lite writes it from the tooltip
    # fields) also becomes an SVG <title>, which every browser shows as a tooltip without script.
    svg = _TITLED.sub(r'<path aria-label="\1"\2><title>\1</title></path>', svg)
    # vl-convert numbers gradients (legends) by a counter that runs across a process, so the same
    # chart came out different after other charts; name them by the chart's content instead
    # (stable, and distinct between two charts on one page)
    ids = list(dict.fromkeys(_GRADIENT.findall(svg)))
    if ids:
        tag = hashlib.sha256(_GRADIENT.sub("gradient", svg).encode()).hexdigest()[:8]
        for i, old in enumerate(ids):
            svg = re.sub(rf"\b{old}\b", f"grad-{tag}-{i}", svg)
    # vl-convert resolves links against its data loader's base; ours are paths on this site
    svg = svg.replace('xlink:href="' + _LOADER_BASE, 'xlink:href="/')
    # Let CSS scale the chart to the screen (phones): the viewBox keeps the aspect ratio.
    return svg.replace('class="marks"', 'class="marks chart" role="img"', 1)


_LOADER_BASE = "https://vega.github.io/vega-datasets//"
_GRADIENT = re.compile(r"gradient_\d+")
_TITLED = re.compile(r'<path aria-label="([^"]*)"([^>]*?)/>')


def series_svg(*, points: Sequence[tuple[str, float | None]], title: str, unit: str,
               highlight: str | None = None, width: int = 560, height: int = 200) -> str:
    """A line chart of ``(label, value)`` points; ``None`` values break the line and are marked."""
    import altair as alt

    rows: list[dict[str, Any]] = []
    segment = 0
    prev_missing = True
    for label, value in points:
        if value is None:
            rows.append({"period": label, "value": None, "segment": -1, "missing": "no data"})
            prev_missing = True
            continue
        if prev_missing:
            segment += 1
        prev_missing = False
        rows.append({"period": label, "value": float(value), "segment": segment,
                     "missing": None, "hl": label == highlight})
    order = [p for p, _ in points]
    x = alt.X("period:O", sort=order, title=None, axis=alt.Axis(labelAngle=-45 if len(order) > 12 else 0,
                                                                labelOverlap=True))
    base = alt.Chart(alt.Data(values=rows)).properties(width=width, height=height, title=title)
    present = base.transform_filter("datum.value !== null")
    line = present.mark_line(color="#2b5d8a").encode(x=x, y=alt.Y("value:Q", title=unit),
                                                      detail="segment:N")
    dots = present.mark_point(filled=True, size=40).encode(
        x=x, y="value:Q",
        color=alt.condition("datum.hl", alt.value("#c0392b"), alt.value("#2b5d8a")),
        tooltip=["period:O", "value:Q"])
    layers = [line, dots]
    if any(v is None for _, v in points):
        gaps = base.transform_filter("datum.value === null").mark_rule(
            color="#999", strokeDash=[3, 3]).encode(x=x)
        gap_text = base.transform_filter("datum.value === null").mark_text(
            angle=270, dy=-4, fontSize=9, color="#666", baseline="bottom").encode(
            x=x, y=alt.value(height / 2), text="missing:N")
        layers += [gaps, gap_text]
    return _to_svg(alt.layer(*layers).configure_view(stroke=None))


def bars_svg(*, rows: Sequence[tuple[str, float]], title: str, unit: str, width: int = 420) -> str:
    """Horizontal bars for a breakdown."""
    import altair as alt

    data = [{"label": k, "value": float(v)} for k, v in rows]
    chart = alt.Chart(alt.Data(values=data)).mark_bar(color="#2b5d8a").encode(
        y=alt.Y("label:N", sort="-x", title=None), x=alt.X("value:Q", title=unit),
        tooltip=["label:N", "value:Q"]).properties(width=width, height=max(60, 18 * len(data)),
                                                  title=title)
    return _to_svg(chart.configure_view(stroke=None))


def _rounded(coords: Any, places: int = 4) -> Any:
    """Coordinates to ~10 m (4 decimal places of a degree): plenty for a borough map."""
    if isinstance(coords, (int, float)):
        return round(coords, places)
    return [_rounded(c, places) for c in coords]


def choropleth_svg(*, features: Sequence[dict[str, Any]], title: str, legend: str,
                   width: int = 560, height: int = 420) -> str:
    """A choropleth of GeoJSON features whose ``properties`` hold ``name`` and ``value``.

    Areas with no value are drawn hatched-grey and named "no data" in the tooltip.
    """
    import altair as alt

    feats = []
    for f in features:
        geom = f["geometry"]
        if isinstance(geom, str):
            geom = json.loads(geom)
        geom = {"type": geom["type"], "coordinates": _rounded(geom["coordinates"])}
        props = dict(f.get("properties") or {})
        v = props.get("value")
        props["label"] = "no data" if v is None else f"{v:,.0f}" if float(v).is_integer() else f"{v:,.1f}"
        props["desc"] = f"{props.get('name')}: {props['label']}" + ("" if props.get("value") is None
                                                                    else f" ({legend})")
        feats.append({"type": "Feature", "geometry": geom, "properties": props})
    data = alt.NamedData(name="areas")
    base = alt.Chart(data).project(type="mercator").properties(
        width=width, height=height, title=alt.TitleParams(title, subtitle=[BOUNDARY_ATTRIBUTION],
                                                          subtitleFontSize=9))
    nodata = base.transform_filter("datum.properties.value == null").mark_geoshape(
        fill="#eee", stroke="#888", strokeWidth=0.5)
    shaded = base.transform_filter("datum.properties.value != null").mark_geoshape(
        stroke="white", strokeWidth=0.6).encode(
        color=alt.Color("properties.value:Q", title=legend, scale=alt.Scale(scheme="blues")),
        tooltip=[alt.Tooltip("properties.name:N", title="area"),
                 alt.Tooltip("properties.label:N", title=legend)],
        description=alt.Description("properties.desc:N"),
        **({"href": alt.Href("properties.href:N")} if any("href" in f["properties"] for f in feats) else {}))
    return _to_svg(alt.layer(nodata, shaded).configure_view(stroke=None), {"areas": feats})


def hotspot_svg(*, features: Sequence[dict[str, Any]], title: str, subtitle: str,
                label_classes: bool = True, width: int = 420, height: int = 420) -> str:
    """Two maps side by side from hotspot GeoJSON features: Gi* class, and count of offences.

    Hot and cold places are also marked with the letters H and C (``properties.lon/lat``) when
    ``label_classes``, so the class map can be read without colour.
    """
    import altair as alt

    from ..hotspot._maps import CLASS_COLOURS

    data = alt.NamedData(name="places")
    base = alt.Chart(data).project(type="mercator").properties(width=width, height=height)
    classes = list(CLASS_COLOURS)
    cls = base.mark_geoshape(stroke="white", strokeWidth=0.3).encode(
        color=alt.Color("properties.hotspot_class:N", title="Gi* class",
                        scale=alt.Scale(domain=classes, range=[CLASS_COLOURS[c] for c in classes]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("properties.name:N", title="place"),
                 alt.Tooltip("properties.hotspot_class:N", title="class"),
                 alt.Tooltip("properties.count:Q", title="count"),
                 alt.Tooltip("properties.gi_z:Q", title="Gi* z", format=".2f"),
                 alt.Tooltip("properties.p_adjusted:Q", title="adjusted p", format=".3g")])
    layers = [cls]
    if label_classes:
        layers.append(base.transform_filter("datum.properties.hotspot_class != 'not significant'")
                      .transform_calculate(letter="datum.properties.hotspot_class == 'hot' ? 'H' : 'C'")
                      .mark_text(fontSize=9, fontWeight="bold", color="black").encode(
                          longitude="properties.lon:Q", latitude="properties.lat:Q", text="letter:N"))
    left = alt.layer(*layers).properties(title="Hot and cold spots (H = hot, C = cold)")
    right = base.mark_geoshape(stroke="white", strokeWidth=0.3).encode(
        color=alt.Color("properties.count:Q", title="offences", scale=alt.Scale(scheme="orangered"),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("properties.name:N", title="place"),
                 alt.Tooltip("properties.count:Q", title="count")]).properties(title="Count of offences")
    chart = alt.hconcat(left, right).resolve_scale(color="independent").properties(
        title=alt.TitleParams(title, subtitle=[subtitle, BOUNDARY_ATTRIBUTION]))
    return _to_svg(chart.configure_view(stroke=None), {"places": list(features)})
