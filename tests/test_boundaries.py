"""Boundary reader: feature counts, kind from fields, reprojection to WGS84, bad GeoJSON.

Expected counts come from pyogrio / the json module directly, not through crimestats.
"""

from __future__ import annotations

import json

import pyogrio
import pytest
import shapely

from conftest import FIXTURES, need
from crimestats import ingest_paths
from crimestats._errors import ParseError

LONDON_LON = (-0.52, 0.34)
LONDON_LAT = (51.28, 51.70)


def _ingest(store, path):
    res = [r for r in ingest_paths(store, [path]) if r.status != "skipped"]
    assert res and all(r.status == "ingested" for r in res), [(r.file, r.reason) for r in res]
    return res


@pytest.mark.parametrize("rel, vintage, area_type", [
    ("boundaries/london-lsoa2011-gen20/london-2011-lsoa-gen20.shp", "LSOA 2011", "lsoa"),
    ("boundaries/london-lsoa2021-gen20/london-2021-lsoa-gen20.shp", "LSOA 2021", "lsoa"),
    ("boundaries/london-lad22-gen20/london-2021-lad22-gen20.shp", "LAD 2022", "borough"),
    ("boundaries/london-boroughs-gla/london_boroughs.gpkg", None, "borough"),
])
def test_feature_counts_and_kind(empty_store, rel, vintage, area_type):
    path = need(rel)
    _ingest(empty_store, path)
    want = pyogrio.read_info(path)["features"]
    got = empty_store.con.execute("SELECT area_type, vintage, count(*) FROM boundaries GROUP BY ALL").fetchall()
    assert len(got) == 1 and got[0][0] == area_type and got[0][2] == want
    if vintage:
        assert got[0][1] == vintage
    assert want in (33, 4835, 4994)


def test_wards_from_zip_with_parent_borough(empty_store):
    path = need("boundaries/london-wards-2014/london_wards.zip")
    _ingest(empty_store, path)
    want = pyogrio.read_info(f"/vsizip/{path}")["features"]
    got = empty_store.con.execute("SELECT count(*), min(vintage) FROM boundaries WHERE area_type = 'ward'").fetchall()
    assert got == [(want, "wards 2014")]
    orphans = empty_store.con.execute(
        "SELECT count(*) FROM areas WHERE area_type = 'ward' AND parent_code NOT LIKE 'E09%'").fetchall()
    assert orphans == [(0,)]


def test_reprojected_borough_centroid_lies_in_london(empty_store):
    path = need("boundaries/london-boroughs-gla/london_boroughs.gpkg")
    _ingest(empty_store, path)
    for (text,) in empty_store.con.execute("SELECT geojson FROM boundaries").fetchall():
        c = shapely.from_geojson(text).centroid
        assert LONDON_LON[0] < c.x < LONDON_LON[1] and LONDON_LAT[0] < c.y < LONDON_LAT[1]


def test_geojson_boroughs_stored_with_closed_rings(empty_store):
    path = need("boundaries/london-boroughs/london_boroughs.json")
    _ingest(empty_store, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    want = {f["properties"]["code"] for f in doc["features"]}
    rows = empty_store.con.execute("SELECT area_code, geojson FROM boundaries").fetchall()
    assert {c for c, _ in rows} == want and len(want) == 33
    for _, text in rows:
        assert shapely.from_geojson(text).is_valid or shapely.from_geojson(text).area > 0


@pytest.mark.parametrize("name, words", [("not_a_collection.geojson", "not a FeatureCollection"),
                                         ("truncated.geojson", "truncated")])
def test_bad_geojson_fails_and_store_unchanged(empty_store, name, words):
    with pytest.raises(ParseError) as err:
        ingest_paths(empty_store, [FIXTURES / "geo" / name])
    assert words in str(err.value) and name in str(err.value)
    for table in ("ingests", "boundaries", "areas"):
        assert empty_store.con.execute(f"SELECT count(*) FROM {table}").fetchall() == [(0,)]
