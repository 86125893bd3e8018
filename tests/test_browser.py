"""The web app in a real browser: Debian's chromium, headless, driven by Playwright.

A real uvicorn server (``crimestats serve``) is started on a free loopback port with the real
store.  Screenshots go to test-output/browser/ (git-ignored) for people to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CRIMESTATS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
OUT = Path(__file__).resolve().parents[1] / "test-output" / "browser"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip(f"chromium not installed at {CHROMIUM} (apt install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
                              args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(request):
    pre = os.environ.get("CRIMESTATS_TEST_STORE")
    db = Path(pre) if pre and Path(pre).exists() else request.getfixturevalue("real_store_path")
    port = _free_port()
    log = OUT / "server.log"
    OUT.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as fh:
        proc = subprocess.Popen([sys.executable, "-c", "from crimestats.cli import main; main()",
                                 "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                                stdout=fh, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"server exited: {log.read_text()[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    external: list[str] = []
    pg.on("request", lambda req: external.append(req.url)
          if not req.url.startswith(("http://127.0.0.1", "data:", "about:")) else None)
    pg.external = external  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def test_check_seed_article_highlights_claims_and_opens_evidence(server, page, shared):
    seed = Path(shared).parent / "docs" / "seed-article.txt"
    if not seed.exists():
        pytest.skip(f"seed article missing: {seed}")
    page.goto(server + "/")
    page.fill("textarea[name=text]", seed.read_text(encoding="utf-8"))
    page.fill("input[name=as_of]", "2023-01-20")
    page.click("button[type=submit]")
    page.wait_for_url("**/check/*", timeout=120_000)
    marks = page.locator("mark.claim")
    assert marks.count() >= 8
    words = {w.strip().lower() for w in page.locator("mark.claim .vword").all_inner_texts()}
    assert words & {"accurate", "inaccurate", "accurate, with caveat"}
    page.screenshot(path=str(OUT / "check-article.png"), full_page=True)
    # open the evidence of the "Nine homicides were gun enabled" claim
    target = page.locator("mark.claim", has_text="gun enabled").first
    target.click()
    i = target.get_attribute("data-claim")
    detail = page.locator(f"#detail-{i}")
    assert detail.get_attribute("open") is not None
    assert detail.locator("table.evidence").is_visible()
    assert detail.locator(".found").inner_text().strip()
    assert "met_homicide_victims" in detail.inner_text()
    assert detail.locator("figure.chart svg").count() == 1
    detail.screenshot(path=str(OUT / "check-evidence.png"))
    assert page.locator("#permalink").get_attribute("href").startswith("/check/")
    assert not page.external, page.external


def test_explore_page_shows_chart_and_map(server, page):
    page.goto(server + "/explore?measure=homicide_victims&area=London&period=2022&by=method")
    assert page.locator("#figure .value").inner_text().strip().isdigit()
    chart = page.locator("#series-chart svg")
    mapsvg = page.locator("#map-chart svg")
    assert chart.is_visible() and mapsvg.is_visible()
    assert chart.bounding_box()["width"] > 200 and mapsvg.bounding_box()["height"] > 200
    assert mapsvg.locator("path").count() >= 32          # one shape per borough at least
    assert page.locator("#breakdown table tr").count() > 2
    page.screenshot(path=str(OUT / "explore.png"), full_page=True)
    # change the map to rates through the form
    page.select_option("select[name=map]", "rate")
    page.click(".explore-form button[type=submit]")
    page.wait_for_load_state("load")
    assert "map=rate" in page.url and page.locator("#map-chart svg").is_visible()
    assert not page.external, page.external


def test_phone_sized_screen(server, browser):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    pg = ctx.new_page()
    pg.goto(server + "/explore?measure=homicide&area=London&period=2022")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, f"page scrolls sideways on a phone ({width}px)"
    pg.screenshot(path=str(OUT / "explore-phone.png"), full_page=True)
    pg.goto(server + "/sources")
    pg.screenshot(path=str(OUT / "sources-phone.png"))
    ctx.close()


def test_hotspots_page_shows_map_table_and_method(server, browser):
    for width, height, tag in ((1280, 900, ""), (390, 844, "-phone")):
        ctx = browser.new_context(viewport={"width": width, "height": height})
        pg = ctx.new_page()
        pg.goto(server + "/hotspots?measure=robbery&area=Redbridge&period=2021&unit=lsoa",
                timeout=120_000)
        mapsvg = pg.locator("#hotspot-map-chart svg")
        assert mapsvg.is_visible() and mapsvg.locator("path").count() > 100
        assert pg.locator("table.hotspots tbody tr").count() > 10
        assert pg.locator("table.hotspots .cls-hot").count() >= 1      # the class in words
        assert "Spatial weights" in pg.locator("#hotspot-method").inner_text()
        assert pg.evaluate("document.documentElement.scrollWidth") <= width
        pg.screenshot(path=str(OUT / f"hotspots{tag}.png"), full_page=True)
        pg.locator("#hotspot-map").screenshot(path=str(OUT / f"hotspots-map{tag}.png"))
        ctx.close()
    # a choice without data: the message is shown under the form, still usable
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.goto(server + "/hotspots?measure=robbery&area=Redbridge&period=2030")
    assert "2030" in pg.locator("#hotspot-error").inner_text()
    assert pg.locator("form[action='/hotspots']").is_visible()
    pg.screenshot(path=str(OUT / "hotspots-no-data.png"))
    ctx.close()


def test_pages_keep_to_the_content_security_policy(server, browser):
    """Issue 13: the CSP header is on every page and no page needs anything it forbids (inline script,
    outside resources); the error page's 'Go back' link works without inline script."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', "
                        "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")
    pg = ctx.new_page()
    try:
        for path in ("/", "/explore?measure=homicide_victims&area=London&period=2022&by=method", "/sources",
                     "/check/ffffffffffffffffffff"):
            resp = pg.goto(server + path)
            assert "script-src 'self'" in (resp.headers.get("content-security-policy") or ""), path
            assert resp.headers.get("x-frame-options") == "DENY"
            pg.wait_for_load_state("load")
            assert pg.evaluate("window.__csp") == [], (path, pg.evaluate("window.__csp"))
        pg.goto(server + "/sources")
        pg.goto(server + "/check/ffffffffffffffffffff")
        pg.click("a[data-back]")
        pg.wait_for_url("**/sources", timeout=30_000)
        assert pg.evaluate("window.__csp") == []
    finally:
        ctx.close()
