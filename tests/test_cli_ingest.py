"""`crimestats ingest` / `sources` / `coverage` / `query` from the command line, on real files."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import need
from crimestats.cli import app

runner = CliRunner()


def test_ingest_summary_groups_by_source_and_lists_skips(tmp_path):
    db = str(tmp_path / "c.duckdb")
    victims = need("met-homicide-victims/homicides.csv")
    derived = need("police-uk-street/derived-borough-month-2021-metro_2021.csv")
    r = runner.invoke(app, ["ingest", str(victims), str(derived), "--db", db])
    assert r.exit_code == 0, r.output
    text = " ".join(r.output.split())  # Rich wraps lines at the terminal width
    assert "met_homicide_victims" in text
    assert "skipped" in text and "matches no known format" in text
    again = runner.invoke(app, ["ingest", str(victims), "--db", db, "--format", "json"])
    assert json.loads(again.output)[0]["status"] == "unchanged"


def test_single_unknown_file_is_an_error_naming_it(tmp_path):
    derived = need("police-uk-street/derived-borough-month-2021-metro_2021.csv")
    r = runner.invoke(app, ["ingest", str(derived), "--db", str(tmp_path / "c.duckdb")])
    assert r.exit_code == 1
    text = " ".join(r.output.split())
    assert "metro_2021.csv" in text and "crimestats formats" in text


def test_sources_coverage_query_json(tmp_path):
    db = str(tmp_path / "c.duckdb")
    city = need("police-uk-street/city-of-london")
    assert runner.invoke(app, ["ingest", str(city), "--db", db]).exit_code == 0
    src = json.loads(runner.invoke(app, ["sources", "--db", db, "--format", "json"]).output)
    assert {s["source"] for s in src} >= {"police_uk_street", "police_uk_stop_search"}
    cov = json.loads(runner.invoke(app, ["coverage", "--db", db, "--source", "police_uk_street",
                                         "--scope", "city-of-london", "--format", "json"]).output)
    months = {p.name for p in city.iterdir() if (p / f"{p.name}-city-of-london-street.csv").exists()}
    force_level = [c for c in cov if c["level"] == "force"][0]
    assert force_level["periods_present"] == len(months)
    assert not {m[:7] for m in force_level["missing"]} & months
    q = json.loads(runner.invoke(app, ["query", "--db", db, "--source", "police_uk_street",
                                       "--area-type", "force", "--by", "year", "--format", "json"]).output)
    assert q and all(row["count"] > 0 for row in q)


def test_stats_series_states_the_trend(tmp_path):
    import csv
    from collections import Counter

    from scipy import stats as sps

    db = str(tmp_path / "c.duckdb")
    victims = need("met-homicide-victims/homicides.csv")
    assert runner.invoke(app, ["ingest", str(victims), "--db", db]).exit_code == 0
    with open(victims, encoding="utf-8-sig", newline="") as fh:
        by_year = Counter(int(r["Year"]) for r in csv.DictReader(fh) if r["Method_of_Killing"] == "Shooting")
    years = list(range(2003, 2023))
    tau, p = sps.kendalltau(years, [by_year[y] for y in years])
    expected = "no clear trend" if p >= 0.05 else ("rising" if tau > 0 else "falling")
    r = runner.invoke(app, ["stats", "--measure", "gun_homicide_victims", "--series", "2003..2022", "--db", db])
    assert r.exit_code == 0, r.output
    text = " ".join(r.output.split()).lower()
    assert "trend:" in text and expected in text
