"""Boundary readers: GeoJSON, GeoPackage and shapefiles of boroughs, wards, LSOAs and LADs.

Every feature is stored in ``boundaries`` as GeoJSON geometry text in WGS84 (EPSG:4326),
reprojected with pyproj when the file is in British National Grid.  What the features *are*
(LSOA 2011, LSOA 2021, LAD 2022, wards, boroughs) is told from the attribute fields, never from
the file name.  Each feature's code and name (and parent borough where the file gives one) also
go to ``areas``.  Boundaries have no months, so no coverage is recorded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from .._errors import ParseError
from ._base import FileHead, IngestContext, Parsed, Reader
from ._geometry import checked_geometry
from ._readhelp import choose_vintage, insert_rows, upsert_areas

__all__ = ["READERS", "BoundaryFile", "Layout", "layout_of"]

COLUMNS = ("area_type", "area_code", "area_name", "vintage", "geojson")


@dataclass(frozen=True)
class Layout:
    """Which attribute fields hold a feature's code, name and parent, and what the features are."""

    area_type: str | None     # None: decide per feature from the code prefix
    code: str
    name: str | None
    parent: str | None
    vintage: str | None       # e.g. 'LSOA 2011'; None when the fields do not say


def layout_of(fields: list[str]) -> Layout | None:
    """The layout for these attribute fields, or None if they hold no area code we know."""
    by_low = {f.lower(): f for f in fields}

    def pick(*names: str) -> str | None:
        return next((by_low[n] for n in names if n in by_low), None)

    for f in fields:
        m = re.fullmatch(r"lsoa(\d\d)cd", f.lower())
        if m:
            yy = m.group(1)
            parent = next((x for x in fields if re.fullmatch(r"lad\d\dcd", x.lower())), None)
            return Layout("lsoa", f, pick(f"lsoa{yy}nm"), parent, f"LSOA 20{yy}")
    for f in fields:
        m = re.fullmatch(r"(wd|ward)(\d\d)cd", f.lower())
        if m:
            yy = m.group(2)
            return Layout("ward", f, pick(f"{m.group(1)}{yy}nm"), pick(f"lad{yy}cd", "lb_gss_cd"), f"wards 20{yy}")
    for f in fields:
        m = re.fullmatch(r"lad(\d\d)cd", f.lower())
        if m:
            return Layout(None, f, pick(f"lad{m.group(1)}nm"), None, f"LAD 20{m.group(1)}")
    code = pick("gss_code", "code", "area_code")
    if code:
        if "lb_gss_cd" in by_low:   # GLA statistical GIS wards: ward code + its borough's code
            return Layout("ward", code, pick("name", "ward_name"), by_low["lb_gss_cd"], None)
        return Layout(None, code, pick("name", "area_name"), None, None)
    return None


def _type_from_code(code: str) -> str:
    return {"E09": "borough", "E05": "ward", "E01": "lsoa", "E02": "msoa", "E12": "region",
            "E92": "country"}.get(code[:3], "lad" if code[:3] in ("E06", "E07", "E08", "W06", "S12") else "other")


@dataclass(frozen=True)
class BoundaryFile:
    """Area polygons from GeoJSON (WGS84), GeoPackage or shapefile (any CRS with a definition)."""

    format: str = "area_boundaries"
    source: str = "boundaries"
    description: str = "area boundaries: GeoJSON FeatureCollection, GeoPackage or shapefile (.shp with .dbf/.prj)"

    def sniff(self, head: FileHead) -> bool:
        if head.kind in ("geojson", "gpkg", "shp"):
            return True
        if head.kind == "json":   # GeoJSON that is not a FeatureCollection: claim it to say so
            text = head.head_bytes[:4096].decode("utf-8", errors="replace")
            return bool(re.search(r'"type"\s*:\s*"(Feature|Polygon|MultiPolygon|GeometryCollection)"', text))
        return False

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        if head.kind in ("geojson", "json"):
            features, fields, crs_note = self._geojson(head)
        else:
            features, fields, crs_note = self._ogr(head)
        layout = layout_of(fields)
        if layout is None:
            raise ParseError(head.display, f"no area code field among {', '.join(fields) or 'no fields'}",
                             hint="Expected e.g. LSOA11CD, LSOA21CD, LAD22CD, GSS_CODE or code")
        label = layout.vintage or self._label_from_path(head, layout, features)
        rows, areas = [], []
        drops: dict[str, int] = {}
        types: dict[str, int] = {}
        repaired = 0
        for props, raw_geo in features:
            code = str(props.get(layout.code) or "").strip()
            geo, why, fixed = checked_geometry(raw_geo) if code else (None, "no area code", False)
            if not code or geo is None:
                reason = why or "empty geometry"
                drops[reason] = drops.get(reason, 0) + 1
                continue
            repaired += fixed
            raw_name = props.get(layout.name) if layout.name else None
            name = str(raw_name).strip() if raw_name is not None else None
            atype = layout.area_type or _type_from_code(code)
            types[atype] = types.get(atype, 0) + 1
            parent = str(props.get(layout.parent) or "").strip() or None if layout.parent else None
            rows.append((atype, code, name, label, geo))
            areas.append((atype, code, name or code, "borough" if parent else None, parent))
        if features and not rows:
            reason, n = max(drops.items(), key=lambda kv: kv[1])
            raise ParseError(head.display, f"no feature has a usable geometry ({n:,} of {len(features):,}: {reason})",
                             hint="Give polygons in WGS84 longitude/latitude, or a file that declares its CRS")
        kept = insert_rows(ctx, "boundaries", COLUMNS, rows)
        upsert_areas(ctx, areas, source=f"boundaries: {label}", name_authority=False)
        m = re.search(r"(19|20)\d\d", label)
        vintage = choose_vintage(ctx, label=label, when=date(int(m.group(0)), 1, 1) if m else date.today(),
                                 basis="attribute fields" if layout.vintage else ("path name" if m else "date read"))
        notes = [*crs_note, "features: " + ", ".join(f"{n} {t}" for t, n in sorted(types.items()))]
        if repaired:
            notes.append(f"{repaired} invalid polygons (self-intersecting rings) repaired with make_valid")
        return Parsed(source=self.source, publisher="ONS Open Geography / GLA (London Datastore)",
                      licence="Open Government Licence; contains OS data", vintage=vintage[0],
                      vintage_date=vintage[1], vintage_basis=vintage[2], rows_read=len(features), rows_kept=kept,
                      drop_reasons=drops, notes=notes)

    def _geojson(self, head: FileHead) -> tuple[list[tuple[dict, str | None]], list[str], list[str]]:
        """Features of a WGS84 GeoJSON FeatureCollection, read as JSON (rings closed where open)."""
        doc = self._check_geojson(head)
        crs = json.dumps(doc.get("crs") or "")
        if doc.get("crs") and not re.search(r"CRS84|EPSG::?4326", crs):
            return self._ogr(head)          # old-style GeoJSON in another CRS: let GDAL reproject
        closed = 0
        out: list[tuple[dict, str | None]] = []
        fields: dict[str, None] = {}
        for i, feat in enumerate(doc.get("features") or []):
            if not isinstance(feat, dict) or feat.get("type") != "Feature":
                raise ParseError(head.display, f"feature {i} is not a GeoJSON Feature")
            props = feat.get("properties") or {}
            fields.update(dict.fromkeys(props))
            geom = feat.get("geometry")
            if geom:
                try:
                    closed += _close_rings(geom)
                except (TypeError, AttributeError, IndexError, KeyError):
                    pass        # malformed: checked_geometry says why when the feature is read
            out.append((props, json.dumps(geom, separators=(",", ":")) if geom else None))
        notes = ["WGS84 GeoJSON, stored as given"]
        if closed:
            notes.append(f"{closed} polygon rings were not closed (last point != first); closed them")
        return out, list(fields), notes

    def _ogr(self, head: FileHead) -> tuple[list[tuple[dict, str | None]], list[str], list[str]]:
        """Features of any OGR-readable file, reprojected to WGS84."""
        import shapely

        gdf, crs_note = self._frame(head)
        geoms = shapely.to_geojson(gdf.geometry.values)
        props = gdf.drop(columns="geometry").to_dict("records")
        fields = [c for c in gdf.columns if c != "geometry"]
        return [(p, g) for p, g in zip(props, geoms, strict=True)], fields, [crs_note]

    @staticmethod
    def _check_geojson(head: FileHead) -> dict:
        try:
            doc = json.loads(head.path.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise ParseError(head.display, f"not valid JSON ({exc.msg}, column {exc.colno}); the file looks truncated",
                             line=exc.lineno, hint="Download the file again") from exc
        except UnicodeDecodeError as exc:
            raise ParseError(head.display, f"bytes at offset {exc.start} are not UTF-8") from exc
        kind = doc.get("type") if isinstance(doc, dict) else type(doc).__name__
        if kind != "FeatureCollection":
            raise ParseError(head.display, f"GeoJSON of type {kind!r}, not a FeatureCollection",
                             hint="Save the boundaries as a FeatureCollection with one feature per area "
                                  "and its code in the properties")
        return doc

    @staticmethod
    def _frame(head: FileHead):  # -> geopandas.GeoDataFrame, note
        import pyogrio

        try:
            gdf = pyogrio.read_dataframe(head.path)
        except Exception as exc:  # pyogrio/GDAL errors: missing sidecars, corrupt geometry
            raise ParseError(head.display, f"cannot read the boundaries ({exc})",
                             hint="For a shapefile keep .shp, .shx, .dbf and .prj together; "
                                  "otherwise download the file again") from exc
        if gdf.crs is None:
            if head.kind in ("geojson", "json"):
                return gdf.set_crs(4326), "no CRS given; GeoJSON is WGS84 by definition"
            raise ParseError(head.display, "no coordinate reference system (.prj missing?)",
                             hint="Put the .prj file beside the .shp")
        if gdf.crs.to_epsg() == 4326:
            return gdf, "already WGS84 (EPSG:4326)"
        src = gdf.crs.to_epsg() or gdf.crs.name
        return gdf.to_crs(4326), f"reprojected from {'EPSG:' + str(src) if isinstance(src, int) else src} to EPSG:4326"

    @staticmethod
    def _label_from_path(head: FileHead, layout: Layout, features: list[tuple[dict, str | None]]) -> str:
        types = {layout.area_type or _type_from_code(str(p.get(layout.code) or "")) for p, _ in features[:50]}
        what = {"borough": "London boroughs", "ward": "wards"}.get(next(iter(types)) if len(types) == 1 else "",
                                                                    "areas")
        m = re.search(r"(?<!\d)(19|20)\d\d(?!\d)", head.display)
        return f"{what} {m.group(0)}" if m else f"{what} ({head.kind})"


def _close_rings(geom: dict) -> int:
    """Close open polygon rings in place (R's sf writes some without the closing point)."""
    t, n = geom.get("type"), 0
    polys = ([geom.get("coordinates") or []] if t == "Polygon"
             else (geom.get("coordinates") or []) if t == "MultiPolygon" else [])
    for poly in polys:
        for ring in poly:
            if ring and ring[0] != ring[-1]:
                ring.append(list(ring[0]))
                n += 1
    for sub in geom.get("geometries") or []:
        n += _close_rings(sub)
    return n


READERS: list[Reader] = [BoundaryFile()]
