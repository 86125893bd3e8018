"""The hotspots page and /api/hotspots, on a small store built from the real files.

Expected counts are read straight from the raw MPS LSOA file with the csv module.
"""

from __future__ import annotations

import csv
import re

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

import crimestats  # noqa: E402
from conftest import need  # noqa: E402
from crimestats import Store  # noqa: E402
from crimestats.web import create_app  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning")

HTML = {"accept": "text/html"}
ROBBERY = "mps-recorded-crime/lsoa-annual-2011-2021/london-2011-2021-major-robbery.csv"
REDBRIDGE = "E09000026"
CITY_MONTHS = [f"2024-{m:02d}" for m in range(1, 13)]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    parts = ["boundaries/london-lsoa2011-gen20", "boundaries/london-boroughs-gla", ROBBERY,
             "ons-population/london-lsoa"]
    parts += [f"police-uk-street/city-of-london/{m}" for m in CITY_MONTHS]
    paths = [need(p) for p in parts]
    tmp = tmp_path_factory.mktemp("webhot")
    with Store(tmp / "hot.duckdb") as store:
        results = crimestats.ingest_paths(store, paths)
    assert not [r for r in results if r.status == "failed"]
    with TestClient(create_app(db=tmp / "hot.duckdb", cache_dir=tmp / "cache"),
                    raise_server_exceptions=False) as c:
        yield c


def raw_counts(year: str, borough: str) -> dict[str, int]:
    with open(need(ROBBERY), newline="", encoding="utf-8") as fh:
        return {r["LSOA11CD"]: int(float(r[year] or 0)) for r in csv.DictReader(fh)
                if r["LAD11CD"] == borough}


def test_api_counts_match_the_raw_file(client):
    r = client.get("/api/hotspots", params={"measure": "robbery", "area": "Redbridge",
                                            "period": "2021", "unit": "lsoa"})
    assert r.status_code == 200, r.text
    d = r.json()
    raw = raw_counts("2021", REDBRIDGE)
    assert d["concentration"]["total"] == sum(raw.values())
    got = {p["code"]: p["count"] for p in d["places"]}
    for code, n in raw.items():
        assert got[code] == n, code
    assert set(got) - set(raw) == {c for c, n in got.items() if n == 0 and c not in raw}
    top = d["places"][0]
    assert top["count"] == max(raw.values())
    assert {p["hotspot_class"] for p in d["places"]} <= {"hot", "cold", "not significant"}
    assert any(p["hotspot_class"] == "hot" for p in d["places"])
    assert "svg" not in d and d["adjust"] == "holm" and "Holm" in d["adjust_label"]
    assert any(what == "Spatial weights" for what, _ in d["method"])


def test_fdr_finds_at_least_as_many_hotspots_as_holm(client):
    q = {"measure": "robbery", "area": "Redbridge", "period": "2021"}
    holm = client.get("/api/hotspots", params={**q, "adjust": "holm"}).json()
    fdr = client.get("/api/hotspots", params={**q, "adjust": "fdr"}).json()
    assert "Benjamini" in fdr["adjust_label"]
    for h, f in zip(sorted(holm["places"], key=lambda p: p["code"]),
                    sorted(fdr["places"], key=lambda p: p["code"]), strict=True):
        assert f["p_adjusted"] <= h["p_adjusted"] + 1e-12
    assert fdr["counts"]["hot"] >= holm["counts"]["hot"]


def test_geojson_has_one_feature_per_place(client):
    r = client.get("/api/hotspots", params={"period": "2021", "format": "geojson"})
    assert r.status_code == 200
    gj = r.json()
    assert gj["type"] == "FeatureCollection"
    places = client.get("/api/hotspots", params={"period": "2021"}).json()["places"]
    assert [f["id"] for f in gj["features"]] == [p["code"] for p in places]
    assert len(places) >= len(raw_counts("2021", REDBRIDGE))
    assert {"count", "gi_z", "p_adjusted", "hotspot_class"} <= set(gj["features"][0]["properties"])


def test_page_shows_table_map_concentration_and_method(client):
    r = client.get("/hotspots", headers=HTML)   # defaults: robbery, Redbridge, 2021, LSOA
    assert r.status_code == 200, r.text
    html = r.text
    assert 'id="hotspot-map-chart"' in html and "<svg" in html
    raw = raw_counts("2021", REDBRIDGE)
    rows = re.findall(r'<tr class="c-(hot|cold|not-significant)">', html)
    places = client.get("/api/hotspots", params={"period": "2021"}).json()["places"]
    assert len(rows) == min(100, len(places))
    assert rows.count("hot") == sum(p["hotspot_class"] == "hot" for p in places[:100])
    assert f"{max(raw.values())}</td>" in html
    for word in ("How concentrated", "Stability", "Spatial weights", "Multiple testing",
                 "Rate per 1,000"):
        assert word in html
    assert '<a href="/hotspots">Hotspots</a>' in client.get("/", headers=HTML).text


def test_grid_page_reports_cell_size_and_points(client):
    r = client.get("/hotspots", params={"measure": "theft", "area": "City of London",
                                        "period": "2024", "unit": "grid"}, headers=HTML)
    assert r.status_code == 200, r.text
    assert re.search(r"\d+ m squares", r.text) and "with no location" in r.text


@pytest.mark.parametrize("params,status,words", [
    ({"unit": "ward"}, 404, "ward"),
    ({"period": "2030"}, 404, "2030"),
    ({"area": "Nowhere"}, 404, "Nowhere"),
    ({"measure": "nonsense"}, 400, "offence key"),
    ({"unit": "hexagon"}, 400, "lsoa"),
    ({"adjust": "bonferroni"}, 400, "holm"),
])
def test_page_errors_are_shown_under_the_form(client, params, status, words):
    r = client.get("/hotspots", params=params, headers=HTML)
    assert r.status_code == status, r.text
    msg = re.search(r'id="hotspot-error">(.*?)</p>', r.text, re.S)
    assert msg and words in msg.group(1)
    assert 'action="/hotspots"' in r.text          # the form is still there to change


def test_api_errors(client):
    assert client.get("/api/hotspots", params={"unit": "hexagon"}).status_code == 400
    assert client.get("/api/hotspots", params={"adjust": "bonferroni"}).status_code == 400
    r = client.get("/api/hotspots", params={"period": "2030"})
    assert r.status_code == 404 and "2030" in r.json()["detail"]
    r = client.get("/api/hotspots", params={"measure": "nonsense"})
    assert r.status_code == 400 and "offence key" in r.json()["detail"]


def test_user_text_is_escaped(client):
    r = client.get("/hotspots", params={"area": "<script>alert(1)</script>"}, headers=HTML)
    assert r.status_code in (400, 404)
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text


def test_openapi_documents_hotspots(client):
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/api/hotspots"]["get"]
    names = {p["name"] for p in op["parameters"]}
    assert {"measure", "area", "period", "unit", "adjust", "format"} <= names
