"""The explore page's borough map: missing rows in a covered period are zeros, not "no data".

The Met homicide victims file has one row per victim, so a borough with no victims in a year has
no rows at all.  Expected boroughs are read from the raw file with the csv module.
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

VICTIMS = "met-homicide-victims/homicides.csv"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    paths = [need(VICTIMS), need("boundaries/london-lad22-gen20")]
    tmp = tmp_path_factory.mktemp("webmap")
    with Store(tmp / "map.duckdb") as store:
        results = crimestats.ingest_paths(store, paths)
    assert not [r for r in results if r.status == "failed"]
    with TestClient(create_app(db=tmp / "map.duckdb", cache_dir=tmp / "cache"),
                    raise_server_exceptions=False) as c:
        yield c


def _map_rows(html: str) -> dict[str, str]:
    table = html.split('id="map"', 1)[1]
    return {a.strip(): v.strip() for a, v in
            re.findall(r'<tr><td>(?:<a [^>]*>)?([^<]+)(?:</a>)?</td><td class="num">([^<]+)</td></tr>', table)}


def test_boroughs_without_victims_are_zero_and_city_is_no_data(client):
    with open(need(VICTIMS), newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Year"] == "2022"]
    with_victims = {r["Borough"].strip().lower().replace("&", "and") for r in rows}
    r = client.get("/explore", params={"measure": "homicide_victims", "period": "2022",
                                       "area": "London", "by": "borough"},
                   headers={"accept": "text/html"})
    assert r.status_code == 200, r.text
    got = _map_rows(r.text)
    assert len(got) >= 33
    assert got["City of London"] == "no data"          # its own police force: not covered
    zeros = {a for a, v in got.items() if v == "0"}
    expected_zero = {a for a in got if a != "City of London"
                     and a.lower().replace("&", "and") not in with_victims}
    assert zeros == expected_zero and zeros            # e.g. boroughs with no victim in 2022
    assert not any(v == "no data" for a, v in got.items() if a != "City of London")


def test_explore_no_data_message_is_shown_under_the_form(client):
    r = client.get("/explore", params={"measure": "homicide_victims", "period": "2030"},
                   headers={"accept": "text/html"})
    assert r.status_code == 404
    msg = re.search(r'id="explore-error">(.*?)</p>', r.text, re.S)
    assert msg and "2030" in msg.group(1)
    assert 'action="/explore"' in r.text
    # API clients still get JSON
    r = client.get("/explore", params={"measure": "homicide_victims", "period": "2030"})
    assert r.status_code == 404 and "2030" in r.json()["detail"]
