"""`crimestats report`: self-contained HTML for a check and for a headline."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crimestats.cli import app


@pytest.fixture(scope="module")
def store_path(request) -> Path:
    pre = os.environ.get("CRIMESTATS_TEST_STORE")
    if pre and Path(pre).exists():
        return Path(pre)
    return request.getfixturevalue("real_store_path")


def _no_external_requests(html: str) -> None:
    assert "<script" not in html
    # only SVG namespace URIs, never a fetched resource
    refs = re.findall(r'(?:src|href)="(https?:[^"]*)"', html) + re.findall(r"url\((https?:[^)]*)\)", html)
    assert refs == []
    assert '<link rel="stylesheet"' not in html


def test_report_check_is_self_contained(store_path, shared, tmp_path):
    seed = Path(shared).parent / "docs" / "seed-article.txt"
    if not seed.exists():
        pytest.skip(f"seed article missing: {seed}")
    out = tmp_path / "check.html"
    r = CliRunner().invoke(app, ["report", "--check", str(seed), "--as-of", "2023-01-20", "-o", str(out),
                                 "--db", str(store_path)])
    assert r.exit_code == 0, r.output
    html = out.read_text()
    _no_external_requests(html)
    assert html.count('class="claim v-') >= 8 and "<svg" in html and "Segoe UI" in html
    assert "met_homicide_victims" in html


def test_report_headline_is_self_contained(store_path, tmp_path):
    out = tmp_path / "head.html"
    r = CliRunner().invoke(app, ["report", "--headline", "--measure", "homicide", "--area", "London",
                                 "--year", "2022", "-o", str(out), "--db", str(store_path)])
    assert r.exit_code == 0, r.output
    html = out.read_text()
    _no_external_requests(html)
    assert "<svg" in html and "SELECT" in html and "2022" in html


def test_report_needs_check_or_headline(tmp_path):
    r = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "x.html"), "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2 and "--check FILE or --headline" in r.output
