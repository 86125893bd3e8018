"""Boundaries (issue 13, part 5): geometry validated before it is stored (types, numbers, finite values,
WGS84 ranges, validity: repaired with make_valid or refused with the reason); a boundary file does not
rename an area another source named."""

from __future__ import annotations

import json

import duckdb
import pytest
import shapely

from crimestats import Store, ingest_paths
from reliability_util import cli, no_traceback, snapshot

SQUARE = [[[-0.10, 51.50], [-0.09, 51.50], [-0.09, 51.51], [-0.10, 51.51], [-0.10, 51.50]]]
BOWTIE = [[[-0.10, 51.50], [-0.09, 51.51], [-0.09, 51.50], [-0.10, 51.51], [-0.10, 51.50]]]


def _fc(path, features, name="areas.geojson"):
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"LAD22CD": code, "LAD22NM": nm}, "geometry": geom}
        for code, nm, geom in features]}
    p = path / name
    p.write_text(json.dumps(doc, allow_nan=True), encoding="utf-8")
    return p


@pytest.fixture()
def seeded(tmp_path):
    db = tmp_path / "s.duckdb"
    good = _fc(tmp_path, [("E09000001", "City of London", {"type": "Polygon", "coordinates": SQUARE})], "good.geojson")
    assert cli("ingest", good, "--db", db).exit_code == 0
    return db, snapshot(db)


@pytest.mark.parametrize(("geom", "reason"), [
    ({"type": "Polygon", "coordinates": [[["-0.1", "51.5"], ["-0.09", "51.5"], ["-0.09", "51.51"], ["-0.1", "51.5"]]]},
     "coordinates are not numbers"),
    ({"type": "Polygon", "coordinates": [[[float("nan"), 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.5]]]},
     "not finite"),
    ({"type": "Polygon", "coordinates": [[[float("inf"), 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.5]]]},
     "not finite"),
    ({"type": "Polygon", "coordinates": [[[530000, 180000], [531000, 180000], [531000, 181000], [530000, 180000]]]},
     "British National Grid"),
    ({"type": "Point", "coordinates": [-0.1, 51.5]}, "not a polygon"),
    ({"type": "Polygon", "coordinates": "nonsense"}, "not lists of numbers"),
])
def test_unusable_geometry_is_refused_with_the_reason_and_the_store_unchanged(seeded, tmp_path, geom, reason):
    db, before = seeded
    bad = _fc(tmp_path, [("E09000002", "Barking and Dagenham", geom)], "bad.geojson")
    r = cli("ingest", bad, "--db", db)
    no_traceback(r)
    text = " ".join(r.output.split())
    assert r.exit_code == 1 and "no feature has a usable geometry" in text and reason in text
    assert snapshot(db) == before


def test_a_bad_feature_is_dropped_with_its_reason_and_the_good_ones_kept(tmp_path):
    f = _fc(tmp_path, [("E09000001", "City of London", {"type": "Polygon", "coordinates": SQUARE}),
                       ("E09000002", "Barking", {"type": "Polygon", "coordinates": [[["x", "y"]]]})])
    with Store(tmp_path / "s.duckdb") as store:
        res = ingest_paths(store, [f])[0]
        assert res.status == "ingested" and res.rows_kept == 1
        assert res.drop_reasons == {"coordinates are not numbers": 1}


def test_self_intersecting_ring_is_repaired_and_stored_valid(tmp_path):
    f = _fc(tmp_path, [("E09000001", "City of London", {"type": "Polygon", "coordinates": BOWTIE})])
    assert not shapely.from_geojson(json.dumps({"type": "Polygon", "coordinates": BOWTIE})).is_valid
    with Store(tmp_path / "s.duckdb") as store:
        res = ingest_paths(store, [f])[0]
        assert res.status == "ingested" and any("make_valid" in n for n in res.notes)
        (geo,) = store.con.execute("SELECT geojson FROM boundaries").fetchone()
    g = shapely.from_geojson(geo)
    assert g.is_valid and g.area > 0 and g.geom_type in ("Polygon", "MultiPolygon")


def test_a_boundary_file_does_not_rename_an_area_another_source_named(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO areas VALUES ('borough', 'E09000001', 'City of London', NULL, NULL, 'ons_sape_lsoa')")
    con.close()
    f = _fc(tmp_path, [("E09000001", "Renamed By A Stray File", {"type": "Polygon", "coordinates": SQUARE})])
    assert cli("ingest", f, "--db", db).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT area_name, source FROM areas WHERE area_code = 'E09000001'").fetchone() == \
            ("City of London", "ons_sape_lsoa")
        # the boundary itself is stored, with the file's own label for it
        assert con.execute("SELECT count(*) FROM boundaries WHERE area_code = 'E09000001'").fetchone()[0] == 1
    finally:
        con.close()


def test_a_later_boundary_vintage_may_respell_its_own_kind(tmp_path):
    """Names that came from an older boundary file give way to a later one (the ward spellings of 2022)."""
    db = tmp_path / "s.duckdb"
    old = tmp_path / "o"
    new = tmp_path / "n"
    old.mkdir()
    new.mkdir()
    doc = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {
        "WD14CD": "E05009329", "WD14NM": "St. Dunstan's"}, "geometry": {"type": "Polygon", "coordinates": SQUARE}}]}
    (old / "w.geojson").write_text(json.dumps(doc))
    doc["features"][0]["properties"] = {"WD22CD": "E05009329", "WD22NM": "St Dunstan's"}
    (new / "w.geojson").write_text(json.dumps(doc))
    assert cli("ingest", old, "--db", db).exit_code == 0
    assert cli("ingest", new, "--db", db).exit_code == 0
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT area_name FROM areas WHERE area_code = 'E05009329'").fetchone()[0] == "St Dunstan's"
    finally:
        con.close()
    assert cli("ingest", old / "w.geojson", "--db", tmp_path / "t.duckdb").exit_code == 0
