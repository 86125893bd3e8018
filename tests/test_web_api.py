"""The web app's JSON API and pages, through FastAPI's TestClient.

Safety tests (escaping, body cap, bad parameters, timeouts) run on an empty store; figure tests
run on the real store and compare with counts computed straight from the raw files.
"""

from __future__ import annotations

import csv
import json
import re
import time
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from conftest import need  # noqa: E402
from crimestats import Store  # noqa: E402
from crimestats.web import create_app  # noqa: E402

HTML = {"accept": "text/html"}


@pytest.fixture()
def empty_client(tmp_path):
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    with TestClient(create_app(db=path, max_body=20_000, cache_dir=tmp_path / "cache"),
                    raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="session")
def web_store_path(request) -> Path:
    """The real store; $CRIMESTATS_TEST_STORE may name an already-built one (saves the ingest)."""
    import os

    pre = os.environ.get("CRIMESTATS_TEST_STORE")
    if pre and Path(pre).exists():
        return Path(pre)
    return request.getfixturevalue("real_store_path")


@pytest.fixture(scope="module")
def real_client(web_store_path, tmp_path_factory):
    cache = tmp_path_factory.mktemp("webcache")
    with TestClient(create_app(db=web_store_path, cache_dir=cache),
                    raise_server_exceptions=False) as client:
        yield client


# -- safety ---------------------------------------------------------------------------------
def test_pasted_script_and_html_are_escaped(empty_client):
    evil = ('<script>alert("x")</script> <img src=x onerror=alert(1)> There were 109 homicides '
            'in London in 2022, <b>17% down</b> on 2021. <iframe src="http://evil"></iframe>')
    r = empty_client.post("/check", data={"text": evil, "as_of": "2023-01-20"}, headers=HTML,
                          follow_redirects=True)
    assert r.status_code == 200, r.text
    body = r.text
    assert "<script>alert" not in body and "<img src=x" not in body and "<iframe" not in body
    assert "<b>17%" not in body
    assert "&lt;script&gt;" in body and "&lt;iframe" in body and "&lt;img src=x" in body
    # the page's only scripts are our own bundled file
    assert re.findall(r"<script[^>]*>", body) == ['<script src="/static/app.js" defer>']
    # claims are still highlighted in place, with a verdict word beside the colour
    assert 'class="claim v-' in body and 'class="vword"' in body


def test_upload_html_file_is_read_as_text(empty_client):
    page = b"<html><head><script>bad()</script></head><body><p>There were 109 homicides in 2022.</p></body></html>"
    r = empty_client.post("/check", data={"as_of": "2023-01-20"},
                          files={"file": ("story.html", page, "text/html")}, headers=HTML,
                          follow_redirects=True)
    assert r.status_code == 200
    assert "109 homicides" in r.text and "bad()" not in r.text


def test_upload_of_other_file_types_is_refused(empty_client):
    r = empty_client.post("/check", data={"as_of": "2023-01-20"},
                          files={"file": ("x.exe", b"MZ\x00\x00", "application/octet-stream")})
    assert r.status_code == 400 and ".txt or .html" in r.json()["detail"]


def test_body_over_limit_gets_413_with_message(empty_client):
    r = empty_client.post("/api/check", json={"text": "x" * 30_000, "as_of": "2023-01-20"})
    assert r.status_code == 413
    assert "20,000 bytes" in r.json()["detail"] and "--max-body" in r.json()["detail"]


def test_streamed_body_over_limit_gets_413(empty_client):
    def chunks():
        for _ in range(10):
            yield b"a" * 5_000

    r = empty_client.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


@pytest.mark.parametrize("url", [
    "/api/stats?measure=homicide&period=not-a-period",
    "/api/stats?measure=no_such_measure&period=2022",
    "/api/stats?measure=homicide&period=2022&kind=bogus",
    "/api/stats?measure=homicide&period=2022&kind=breakdown",
    "/api/stats?measure=homicide&period=2022&by=drop_table",
    "/api/stats?measure=homicide&period=2022&as_of=yesterday",
    "/api/stats?period=2022",
    "/api/headline?measure=homicide&year=abc",
    "/api/headline?measure=homicide&year=99999",
    "/explore?measure=homicide&period=2022&map=evil",
    "/explore?measure=homicide&period=2022&by=1;DROP",
])
def test_malformed_parameters_get_400_with_message(empty_client, url):
    r = empty_client.get(url)
    assert r.status_code == 400, (url, r.status_code, r.text[:300])
    assert r.json()["detail"]


def test_malformed_check_bodies_get_400(empty_client):
    assert empty_client.post("/api/check", content=b"{not json",
                             headers={"content-type": "application/json"}).status_code == 400
    assert empty_client.post("/api/check", json={"text": "a", "as_of": "20-01-2023"}).status_code == 400
    assert empty_client.post("/api/check", json={"as_of": "2023-01-20"}).status_code == 400
    assert empty_client.post("/api/check", json={"text": "  "}).status_code == 400
    r = empty_client.post("/check", data={"text": "", "as_of": "2023-01-20"}, headers=HTML)
    assert r.status_code == 400 and "paste an article" in r.text


def test_html_errors_are_pages(empty_client):
    r = empty_client.get("/explore?measure=homicide&period=garbage", headers=HTML)
    assert r.status_code == 400 and "<html" in r.text and "garbage" in r.text
    r = empty_client.get("/check/0123456789abcdef0123", headers=HTML)
    assert r.status_code == 404 and "Paste the article again" in r.text


def test_no_sql_endpoint_and_permalink_ids_are_checked(empty_client):
    paths = set(empty_client.get("/openapi.json").json()["paths"])
    assert not any("sql" in p or "query" in p for p in paths)
    assert empty_client.get("/check/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_slow_query_is_interrupted_with_clear_message(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    app = create_app(db=path, query_timeout=0.5)
    rt = app.state.runtime

    def slow(store):
        return store.con.execute("SELECT count(*) FROM range(10000000000) a").fetchone()

    @app.get("/slow-test")
    async def _slow():
        return await rt.run(slow)

    with TestClient(app, raise_server_exceptions=False) as client:
        t = time.monotonic()
        r = client.get("/slow-test")
        assert r.status_code == 504
        assert "longer than 0.5 s" in r.json()["detail"]
        assert time.monotonic() - t < 30


def test_sources_and_coverage_on_empty_store(empty_client):
    assert empty_client.get("/api/sources").json() == []
    assert empty_client.get("/api/coverage").json() == []
    assert "Nothing ingested yet" in empty_client.get("/sources", headers=HTML).text


def test_openapi_lists_the_api(empty_client):
    paths = empty_client.get("/openapi.json").json()["paths"]
    for p in ("/api/check", "/api/stats", "/api/headline", "/api/coverage", "/api/sources", "/api/measures"):
        assert p in paths
    assert empty_client.get("/docs").status_code == 200


# -- figures on the real store ----------------------------------------------------------------
def _homicide_victims_by_year(path: Path) -> dict[int, int]:
    out: dict[int, int] = {}
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            y = int(row["Year"])
            out[y] = out.get(y, 0) + int(row.get("Count_of_Victims") or 1)
    return out


def test_stats_count_matches_raw_file(real_client):
    raw = _homicide_victims_by_year(need("met-homicide-victims/homicides.csv"))
    r = real_client.get("/api/stats", params={"measure": "homicide_victims", "period": "2022"})
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["value"] == raw[2022] and d["unit"] == "victims"
    assert d["sql"] and d["vintage"] and d["provenance"]
    ch = real_client.get("/api/stats", params={"measure": "homicide_victims", "period": "2022",
                                               "kind": "change"}).json()
    assert ch["then"]["value"] == raw[2021]
    assert "significant" in ch["significance"]
    ser = real_client.get("/api/stats", params={"measure": "homicide_victims", "period": "2022",
                                                "kind": "series"}).json()
    pts = {p["period"]: p["value"] for p in ser["points"]}
    assert pts["2019"] == raw[2019] and pts["2022"] == raw[2022]


def test_stats_breakdown_and_rank(real_client):
    raw = _homicide_victims_by_year(need("met-homicide-victims/homicides.csv"))
    rows = real_client.get("/api/stats", params={"measure": "homicide_victims", "period": "2022",
                                                 "kind": "breakdown", "by": "method"}).json()
    assert sum(r["value"] for r in rows) == raw[2022]
    ranked = real_client.get("/api/stats", params={"measure": "homicide_victims", "period": "2022",
                                                   "kind": "rank"}).json()
    assert sum(r["fact"]["value"] for r in ranked) == raw[2022]
    assert len(ranked) <= 33


def test_explore_page_has_figure_chart_table_and_map(real_client):
    raw = _homicide_victims_by_year(need("met-homicide-victims/homicides.csv"))
    r = real_client.get("/explore", params={"measure": "homicide_victims", "area": "London",
                                            "period": "2022", "by": "method"}, headers=HTML)
    assert r.status_code == 200, r.text[:500]
    body = r.text
    assert f'<span class="value">{raw[2022]:,}</span>' in body
    assert 'id="series-chart"><svg' in body and 'id="map-chart"><svg' in body
    assert "Knife or Sharp Implement" in body
    assert "usual variation" in body.lower()
    r2 = real_client.get("/explore", params={"measure": "homicide_victims", "period": "2022",
                                             "map": "rate"}, headers=HTML)
    assert r2.status_code == 200 and "per 100,000" in r2.text


def test_check_api_and_permalink_on_seed_article(real_client, shared):
    seed = Path(shared).parent / "docs" / "seed-article.txt"
    if not seed.exists():
        pytest.skip(f"seed article missing: {seed}")
    text = seed.read_text(encoding="utf-8")
    r = real_client.post("/api/check", json={"text": text, "as_of": "2023-01-20"})
    assert r.status_code == 200, r.text[:500]
    d = r.json()
    assert d["as_of"] == "2023-01-20" and d["claims"]
    for c in d["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
        assert c["verdict"]
    assert any(c["evidence"] for c in d["claims"])
    page = real_client.get(d["permalink"], headers=HTML)
    assert page.status_code == 200 and page.text.count('class="claim v-') >= len(d["claims"]) // 2
    dl = real_client.get(d["permalink"] + ".json")
    assert dl.status_code == 200 and "attachment" in dl.headers["content-disposition"]
    assert json.loads(dl.text)["claims"][0]["text"] == d["claims"][0]["text"]


def test_headline_coverage_sources_on_real_store(real_client):
    h = real_client.get("/api/headline", params={"measure": "homicide", "area": "London", "year": 2022})
    assert h.status_code == 200, h.text[:300]
    assert h.json()["text"] and h.json()["figures"]
    cov = real_client.get("/api/coverage", params={"source": "police_uk_street"}).json()
    assert cov and all(c["source"] == "police_uk_street" for c in cov)
    assert any(c["periods_missing"] > 0 for c in cov)     # police.uk has month gaps: shown, not zeroed
    files = real_client.get("/api/sources").json()
    assert any(f["source"] == "met_homicide_victims" for f in files)
    page = real_client.get("/sources", headers=HTML).text
    assert "hatched red" in page and 'class="gaps"' in page


def test_check_without_a_date_reads_the_articles_dateline(empty_client):
    text = "Homicides fall\nPublished 6 January 2023\n\nThere were 109 homicides in London last year.\n"
    r = empty_client.post("/api/check", json={"text": text})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["as_of"] == "2023-01-06" and body["as_of_basis"] == "dateline: Published 6 January 2023"
    r = empty_client.post("/api/check", json={"text": text, "as_of": "2024-02-01"})
    assert r.json()["as_of"] == "2024-02-01" and r.json()["as_of_basis"] == "given"


def test_check_page_says_the_date_came_from_the_article(empty_client):
    text = "Homicides fall\nPublished 6 January 2023\n\nThere were 109 homicides in London last year.\n"
    r = empty_client.post("/check", data={"text": text, "as_of": ""}, headers=HTML, follow_redirects=True)
    assert r.status_code == 200 and "As of 2023-01-06 (the date the article gives: “Published 6 January 2023”)" in r.text
