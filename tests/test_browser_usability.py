"""Issue 14 in a real browser (Debian chromium, headless, Playwright) against a real server:
/docs with the network blocked, CSV downloads, map tooltips and click-through, a permalink after a
restart, Explore with an as-of date.  Screenshots go to test-output/browser/."""

from __future__ import annotations

import csv
import io
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from test_browser import OUT, _free_port, browser  # noqa: F401  (the browser fixture)

pytestmark = pytest.mark.browser


@contextmanager
def serving(db: Path, results: Path, tag: str):
    """`crimestats serve` on a free port, stopped on exit."""
    port = _free_port()
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / f"server-{tag}.log", "w") as fh:
        proc = subprocess.Popen([sys.executable, "-c", "from crimestats.cli import main; main()", "serve",
                                 "--db", str(db), "--port", str(port), "--results", str(results)],
                                stdout=fh, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, (OUT / f"server-{tag}.log").read_text()[-2000:]
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def site(real_store_path, tmp_path_factory):
    results = tmp_path_factory.mktemp("results")
    with serving(real_store_path, results, "usability") as url:
        yield url, real_store_path, results


@pytest.fixture()
def offline(browser):  # noqa: F811
    """A page whose requests to anything but this machine are aborted (no internet)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    blocked: list[str] = []

    def guard(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "http://localhost", "data:", "about:", "blob:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    ctx.route("**/*", guard)
    pg = ctx.new_page()
    pg.blocked = blocked  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def _download_csv(page, selector: str) -> list[dict[str, str]]:
    with page.expect_download() as got:
        page.click(selector)
    text = Path(got.value.path()).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_api_docs_render_with_the_network_blocked(site, offline):
    url, _, _ = site
    offline.goto(url + "/docs")
    offline.wait_for_selector("#swagger-ui .opblock", timeout=30_000)
    assert offline.locator("#swagger-ui .opblock").count() >= 5
    assert "/api/stats" in offline.locator("#swagger-ui").inner_text()
    offline.screenshot(path=str(OUT / "docs-offline.png"), full_page=True)
    assert not offline.blocked, offline.blocked


def test_csv_downloads_from_explore_borough_table_hotspots_and_check(site, offline, shared):
    url, _, _ = site
    offline.goto(url + "/explore?measure=homicide&area=London&period=2022&by=borough")
    shown = offline.locator("#breakdown table tbody tr").count()
    rows = _download_csv(offline, "#breakdown-csv")
    assert len(rows) == shown and {"borough", "value", "source", "vintage"} <= set(rows[0])
    offline.click("#map details summary")
    boroughs = _download_csv(offline, "#borough-csv")
    assert "Unknown" in {r["borough"] for r in boroughs}          # not silently dropped
    assert len(boroughs) == offline.locator("#map details table tbody tr").count()
    series = _download_csv(offline, "#series-csv")
    assert series and all(r["period"] for r in series)

    offline.goto(url + "/hotspots?measure=robbery&area=Redbridge&period=2021&unit=lsoa", timeout=120_000)
    places = _download_csv(offline, "#hotspots-csv")
    assert len(places) > 100 and {"code", "name", "count", "gi_z", "p_adjusted", "hotspot_class"} <= set(places[0])

    seed = Path(shared).parent / "docs" / "seed-article.txt"
    offline.goto(url + "/")
    offline.fill("textarea[name=text]", seed.read_text(encoding="utf-8"))
    offline.fill("input[name=as_of]", "2023-01-06")
    offline.click("button[type=submit]")
    offline.wait_for_url("**/check/*", timeout=120_000)
    claims = _download_csv(offline, "#download-csv")
    assert len(claims) == offline.locator("mark.claim").count()
    assert {r["verdict"] for r in claims} <= {"accurate", "accurate_with_caveat", "inaccurate",
                                              "unverifiable", "opinion"}
    assert not offline.blocked, offline.blocked


def test_map_names_areas_on_hover_and_links_to_their_figures(site, offline):
    url, _, _ = site
    offline.goto(url + "/explore?measure=homicide&area=London&period=2022")
    titles = offline.eval_on_selector_all("#map-chart svg path title", "els => els.map(e => e.textContent)")
    assert len(titles) >= 32
    assert any(t.startswith("Barnet:") for t in titles) and any(t.startswith("Westminster:") for t in titles)
    assert "Crown copyright" in offline.locator("#map-chart svg").inner_html()
    n = next(i for i, t in enumerate(titles) if t.startswith("Barnet:"))
    barnet = offline.locator("#map-chart svg path:has(title)").nth(n)
    barnet.hover()
    offline.screenshot(path=str(OUT / "explore-map-hover.png"))
    barnet.click()
    offline.wait_for_url("**area=Barnet**")
    assert "Barnet" in offline.locator("#figure").inner_text()
    assert not offline.blocked, offline.blocked


def test_explore_with_an_as_of_date(site, offline):
    url, _, _ = site
    offline.goto(url + "/explore")
    offline.fill("input[name=measure]", "robbery")
    offline.fill("input[name=area]", "Ilford")
    offline.fill("input[name=period]", "since November")
    offline.fill("input[name=as_of]", "2023-01-06")
    offline.click(".explore-form button[type=submit]")
    offline.wait_for_load_state("load")
    fig = offline.locator("#figure").inner_text()
    assert "November 2022 to December 2022" in fig and "January 2023" not in fig
    offline.screenshot(path=str(OUT / "explore-as-of.png"), full_page=True)
    # the measure field searches as you type
    assert offline.locator("datalist#measure-list option").count() > 50


def test_permalink_survives_a_server_restart(real_store_path, tmp_path, browser):  # noqa: F811
    results = tmp_path / "results"
    ctx = browser.new_context()
    pg = ctx.new_page()
    with serving(real_store_path, results, "before") as url:
        pg.goto(url + "/")
        pg.fill("textarea[name=text]", "There were 112 homicides in London in 2022.")
        pg.fill("input[name=as_of]", "2023-01-06")
        pg.click("button[type=submit]")
        pg.wait_for_url("**/check/*", timeout=120_000)
        path = pg.url[len(url):]
        first = pg.locator("mark.claim").count()
        assert first >= 1
    with serving(real_store_path, results, "after") as url:
        resp = pg.goto(url + path)
        assert resp is not None and resp.status == 200
        assert pg.locator("mark.claim").count() == first
        pg.screenshot(path=str(OUT / "permalink-after-restart.png"))
        # a pruned result says 'expired', not 'not found'
        from crimestats.web._permalinks import ResultFiles

        ResultFiles(results, max_bytes=0).prune()
        resp = pg.goto(url + path)
        assert resp is not None and resp.status == 410
        assert "expired" in pg.locator("main").inner_text().lower()
    ctx.close()
