"""The press-release writer: every number in the paragraph is listed, with its source, in --explain."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter

import pytest
from typer.testing import CliRunner

from conftest import need
from crimestats import Store, headline
from crimestats.cli import app
from fixtures.engine import VICTIMS, build_engine_store

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?%?")


def _numbers(text: str) -> list[str]:
    return [n.rstrip(",.") for n in NUM.findall(text)]


def _assert_explained(h):
    ex = h.explain()
    for n in _numbers(h.text):
        assert n in ex, f"{n} is in the paragraph but not in --explain"
    for fig in h.figures:
        for f in fig.facts:
            assert f.provenance and f.sql


@pytest.fixture()
def eng_db(tmp_path):
    path = tmp_path / "eng.duckdb"
    with Store(path) as store:
        build_engine_store(store)
    return path


def test_headline_on_synthetic_store(eng_db):
    with Store(eng_db, read_only=True) as store:
        h = headline(store, measure="homicide", area="London", year=2022)
    knife = VICTIMS["Knife or Sharp Implement"]
    assert f"{knife[-1]} victims were killed with a knife" in h.text
    assert "lowest since 2016" in h.text
    assert "joint lowest since 2014" in h.text
    assert "per 100,000" in h.text and "England and Wales" in h.text
    _assert_explained(h)


def test_headline_cli_text_json_and_explain(eng_db):
    r = CliRunner().invoke(app, ["headline", "--measure", "homicide", "--area", "London", "--year", "2022",
                                 "--explain", "--db", str(eng_db)])
    assert r.exit_code == 0, r.output
    assert "SQL:" in r.output and "synthetic_homicides.csv" in r.output
    r = CliRunner().invoke(app, ["headline", "--year", "2022", "--format", "json", "--db", str(eng_db)])
    d = json.loads(r.output)
    assert d["text"] and d["figures"]


def test_stats_cli(eng_db):
    run = lambda *a: CliRunner().invoke(app, ["stats", *a, "--db", str(eng_db)])  # noqa: E731
    r = run("--measure", "mugging", "--area", "Ilford", "--period", "2022", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.output)["area"]["name"] == "Redbridge"
    r = run("--measure", "homicide_victims", "--period", "2022", "--by", "method", "--format", "csv")
    assert r.exit_code == 0 and "Shooting" in r.output
    r = run("--measure", "gun_homicide_victims", "--series", "2003..2022", "--format", "csv")
    assert r.exit_code == 0 and len(r.output.strip().splitlines()) == 21
    r = run("--measure", "robbery", "--area", "Redbridge", "--period", "2023")
    assert r.exit_code == 1 and "6 of 12" in r.output
    r = run("--measure", "robbery", "--area", "Narnia", "--period", "2022")
    assert r.exit_code == 1 and "not known" in r.output


def test_real_headline_london_homicide_2022(real_store):
    h = headline(real_store, measure="homicide", area="London", year=2022)
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        rows = list(csv.DictReader(fh))
    knife = Counter(r["Year"] for r in rows if r["Method_of_Killing"] == "Knife or Sharp Implement")
    gun = Counter(r["Year"] for r in rows if r["Method_of_Killing"] == "Shooting")
    assert f"{knife['2022']} victims were killed with a knife" in h.text
    assert f"{gun['2022']} victims were killed by shooting" in h.text
    assert "England and Wales" in h.text
    _assert_explained(h)
    assert "homicides.csv" in h.explain()
