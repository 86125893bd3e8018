"""The borough map's drill-down: one borough's wards (latest ward boundaries held), by count or rate.

Ward counts come from the facts layer (the MPS ward extract, through ``rank(area_type='ward')``);
ward rates use a population only where one exists for the ward codes, else the LSOA estimates
summed by LSOA centroid (:func:`crimestats.hotspot._wards.ward_population_from_lsoas`), and the page
says which.  A ward with no population has no rate ('no data'), never zero.
"""

from __future__ import annotations

import math
from typing import Any

from .._errors import NoDataError
from ..facts import _facts
from ..measures._places import Area
from ..store._store import StoreLike
from ..store._ward_lookups import latest_ward_vintage, ward_boundaries
from . import _charts

__all__ = ["ward_map"]


def _ward_shapes(store: StoreLike, borough: Area) -> tuple[list[tuple[str, str, str]], str | None]:
    vintage = latest_ward_vintage(store)
    if vintage is None:
        return [], None
    return ward_boundaries(store, vintage=vintage, parent=borough.code), vintage


def ward_map(store: StoreLike, *, measure: str, area: Area, period: Any, kind: str = "count") -> dict[str, Any]:
    """Choropleth and table of ``area``'s wards for ``measure`` in ``period`` (``area`` a borough)."""
    if area.area_type != "borough":
        raise NoDataError(f"{area.name} is not a borough: the ward drill-down is for one borough's wards")
    shapes, vintage = _ward_shapes(store, area)
    if not shapes:
        raise NoDataError(f"no ward boundaries for {area.name} in the store: ingest the 2022 ward "
                          "boundaries (../shared/data/boundaries/london-wards-2022)")
    codes = {c for c, _, _ in shapes}
    ranked = _facts.rank(store, measure=measure, period=period, area_type="ward", only=codes)
    values: dict[str, float | None] = {a.code: (float(f.value) if f.value is not None else None)
                                       for a, f in ranked if a.code in codes}
    source = next((f.source for _, f in ranked), None)
    for c in codes:      # covered by the ward extract, but no row: none recorded
        values.setdefault(c, 0.0)
    unit = next((f.unit for _, f in ranked), "count")
    note = None
    if kind == "rate":
        import shapely

        from ..hotspot._wards import ward_population_from_lsoas

        order = [c for c, _, _ in shapes]
        built = ward_population_from_lsoas(store, ward_codes=order,
                                           ward_geoms=list(shapely.from_geojson([g for _, _, g in shapes])),
                                           year=period.end.year)
        if built is None:
            raise NoDataError("no ward or LSOA population in the store, so ward rates cannot be given; "
                              "ingest the ONS LSOA population estimates")
        pop, note = built
        for c, p in zip(order, pop, strict=True):
            v = values.get(c)
            values[c] = None if v is None or not math.isfinite(p) or p <= 0 else v * 100_000 / float(p)
        unit = "per 100,000 people"
    features = [{"geometry": g, "properties": {"name": n, "code": c, "value": values.get(c)}}
                for c, n, g in shapes]
    legend = "per 100,000" if kind == "rate" else unit
    svg = _charts.choropleth_svg(features=features, legend=legend,
                                 title=f"{measure.replace('_', ' ')} by ward, {area.name}, {period.label} ({legend})")
    ordered = sorted(shapes, key=lambda s: (values.get(s[0]) is None, -(values.get(s[0]) or 0.0)))
    rows = [{"area": n, "code": c, "value": values.get(c)} for c, n, _ in ordered]
    return {"svg": svg, "unit": unit, "kind": kind, "rows": rows, "vintage": vintage, "source": source,
            "population_note": note, "borough": area.name}
