"""Wards: the 2022 ward boundaries (British National Grid inside a GeoJSON) ingest reprojected to
WGS84, ward hotspots for London and Redbridge run on the real data, LSOAs are named with the ward
holding their centroid, and the web's borough map drills down to wards.  Expected values come from
the raw files (json / geopandas / pyproj / pyarrow / esda), never from crimestats itself."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest

import crimestats
from conftest import need

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning",
                                        "ignore::DeprecationWarning")

WARDS = "boundaries/london-wards-2022/E12000007.geojson"
REDBRIDGE = "E09000026"


def _raw_wards():
    return json.loads(need(WARDS).read_text(encoding="utf-8"))


def test_ward_geojson_in_bng_is_reprojected_to_wgs84(empty_store):
    import shapely
    from pyproj import Transformer

    raw = _raw_wards()
    [res] = crimestats.ingest_paths(empty_store, [need(WARDS)])
    assert res.status == "ingested", res.reason
    rows = dict(empty_store.con.execute(
        "SELECT area_code, geojson FROM boundaries WHERE area_type = 'ward' AND vintage = 'wards 2022'").fetchall())
    assert len(rows) == len(raw["features"]) == 704
    to_wgs = Transformer.from_crs(27700, 4326, always_xy=True)
    for feat in raw["features"][::50]:
        p = feat["properties"]
        geom = shapely.from_geojson(rows[p["WD22CD"]])
        ring = feat["geometry"]["coordinates"][0] if feat["geometry"]["type"] == "Polygon" \
            else feat["geometry"]["coordinates"][0][0]
        lon, lat = to_wgs.transform(*ring[0][:2])
        assert shapely.distance(geom.boundary, shapely.Point(lon, lat)) < 1e-6
        assert geom.contains(shapely.Point(p["LONG"], p["LAT"])) or \
            shapely.distance(geom, shapely.Point(p["LONG"], p["LAT"])) < 1e-3
    parents = dict(empty_store.con.execute(
        "SELECT area_code, parent_code FROM areas WHERE area_type = 'ward'").fetchall())
    assert all(parents[f["properties"]["WD22CD"]] == f["properties"]["LAD22CD"] for f in raw["features"])


def _ward_robbery_2022() -> dict[str, int]:
    import pyarrow.parquet as pq

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-ward-historical.parquet")).to_pylist()
    out: dict[str, int] = {}
    for row in t:
        out.setdefault(row["wardcode"], 0)
        if row["majortext"].upper() == "ROBBERY":
            out[row["wardcode"]] += sum(int(row[f"2022{m:02d}"] or 0) for m in range(1, 13))
    return out


def _bng_wards():
    import geopandas as gpd

    return gpd.read_file(need(WARDS)).set_crs(27700, allow_override=True)


@pytest.mark.parametrize("area", ["Redbridge", "London"])
def test_ward_hotspots_on_the_real_data(real_store, area):
    import esda
    from libpysal.weights import Queen

    from crimestats.hotspot._hotspots import hotspots

    raw = _ward_robbery_2022()
    r = hotspots(real_store, measure="robbery", area=area, period="2022", unit="ward")
    assert r.boundary_vintage == "wards 2022" and not r.unmatched
    codes = sorted(p.code for p in r.places)
    g = _bng_wards()
    if area == "Redbridge":
        assert codes == sorted(g[g.LAD22CD == REDBRIDGE].WD22CD)
    else:
        assert len(codes) >= 600 and REDBRIDGE not in codes
        assert not any(c in codes for c in g[g.LAD22CD == "E09000001"].WD22CD)   # the City is not the Met's
    by = {p.code: p for p in r.places}
    assert [by[c].count for c in codes] == [raw.get(c, 0) for c in codes]
    sub = g[g.WD22CD.isin(codes)].set_index("WD22CD", drop=False).sort_index()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = Queen.from_dataframe(sub, use_index=True)
        ref = esda.G_Local(np.array([raw.get(c, 0) for c in w.id_order], dtype=float), w,
                           transform="B", star=True, permutations=0)
    np.testing.assert_allclose([by[c].gi_z for c in w.id_order], ref.Zs, rtol=1e-9, atol=1e-9)
    names = dict(zip(g.LAD22CD, g.LAD22NM, strict=False))
    assert all(by[c].borough == names[g.set_index("WD22CD").LAD22CD[c]] for c in codes)
    # ward rates: no population is held for the 2022 ward codes, so the LSOA estimates are used, and said
    assert "no population is held for these ward codes" in (r.population_note or "")


def test_lsoas_are_named_with_the_ward_holding_their_centroid(real_store):
    import geopandas as gpd

    from crimestats.hotspot._hotspots import hotspots

    r = hotspots(real_store, measure="robbery", area="Redbridge", period="2021", permutations=99)
    lsoa = gpd.read_file(need("boundaries/london-lsoa2011-gen20/london-2011-lsoa-gen20.shp")).to_crs(27700)
    lsoa = lsoa[lsoa.LSOA11CD.isin([p.code for p in r.places])]
    wards = _bng_wards()
    pts = gpd.GeoDataFrame({"code": lsoa.LSOA11CD.values}, geometry=lsoa.geometry.centroid.values, crs=27700)
    joined = gpd.sjoin(pts, wards[["WD22NM", "geometry"]], predicate="within", how="left")
    want = dict(zip(joined.code, joined.WD22NM, strict=False))
    got = {p.code: p.ward for p in r.places}
    same = sum(got[c] == want[c] for c in got)
    assert same >= 0.97 * len(got), [(c, got[c], want[c]) for c in got if got[c] != want[c]][:5]
    assert all(p.borough == "Redbridge" for p in r.places)


def test_cli_ward_hotspots_with_level(real_store_path):
    from typer.testing import CliRunner

    from crimestats.cli import app

    res = CliRunner().invoke(app, ["hotspots", "--measure", "robbery", "--area", "Redbridge", "--level", "ward",
                                   "--period", "2022", "--permutations", "999", "--seed", "3",
                                   "--db", str(real_store_path), "--format", "json"])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["unit"] == "ward" and d["permutations"] == 999 and d["seed"] == 3
    assert len(d["places"]) == 22 and all(p["borough"] == "Redbridge" for p in d["places"])


def test_web_borough_map_drills_down_to_wards(real_store_path, tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from crimestats.web import create_app

    raw = _ward_robbery_2022()
    g = _bng_wards()
    red = g[g.LAD22CD == REDBRIDGE]
    with TestClient(create_app(db=real_store_path, cache_dir=tmp_path / "cache"),
                    raise_server_exceptions=False) as client:
        r = client.get("/explore", params={"measure": "robbery", "area": "London", "period": "2022"},
                       headers={"accept": "text/html"})
        assert r.status_code == 200
        assert 'area=Redbridge&amp;period=2022&amp;map=count#wards' in r.text
        r = client.get("/explore", params={"measure": "robbery", "area": "Redbridge", "period": "2022"},
                       headers={"accept": "text/html"})
        assert r.status_code == 200 and 'id="wards"' in r.text and 'id="ward-chart"><svg' in r.text
        top = max(red.WD22CD, key=lambda c: raw.get(c, 0))
        name = red.set_index("WD22CD").WD22NM[top]
        assert f"<tr><td>{name}</td><td class=\"num\">{raw[top]:,}" in r.text
