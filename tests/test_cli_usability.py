"""Issue 14: a tool a journalist uses without reading the code.

Answers that cannot mislead (query sums one level/unit/source, London is the Met area, one
reading of 'since November', 'incomplete' for a part year), messages whose suggested flags exist,
labels that parse back, readable `sources` and `check` output.  Expected figures come from the raw
files (csv / pyarrow), never from crimestats itself.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date

import pytest
import typer.main
from typer.testing import CliRunner

from conftest import need
from crimestats import Store
from crimestats._errors import CrimestatsError, Hint
from crimestats.cli import app
from crimestats.measures import _periods

runner = CliRunner()
_click = typer.main.get_command(app)
SEED = "../shared/docs/seed-article.txt"


def options_of(command: str) -> set[str]:
    cmd = _click.commands[command]  # type: ignore[attr-defined]
    return {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


# -- wrong or misleading answers ----------------------------------------------------------------
def _raw_mps_homicide_2022() -> int:
    """Homicide offences, calendar 2022, every borough row of the historical Parquet (pyarrow)."""
    import pyarrow.parquet as pq

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-borough-historical.parquet")).to_pylist()
    total = 0
    for r in t:
        r = {str(k).lower(): v for k, v in r.items()}
        minor = str(r.get("minortext") or r.get("minor_category") or "").strip().lower()
        if minor != "homicide":
            continue
        for k, v in r.items():
            if re.fullmatch(r"2022(0[1-9]|1[0-2])", k) and v:
                total += int(float(v))
    return total


def test_query_refuses_rows_mixing_levels_units_and_sources(real_store_path):
    code, out, err = run("query", "--db", str(real_store_path), "--offence", "homicide",
                         "--from", "2022-01", "--to", "2022-12", "--by", "year")
    assert code != 0 and out == ""
    assert "area levels" in err and "units" in err and "--area-type" in err and "--group" in err


def test_query_london_is_the_met_area_and_matches_the_raw_file(real_store_path):
    expected = _raw_mps_homicide_2022()
    assert 80 <= expected <= 200
    code, out, err = run("query", "--db", str(real_store_path), "--source", "mps_recorded_crime",
                         "--offence", "homicide", "--area", "London", "--unit", "offences",
                         "--from", "2022-01", "--to", "2022-12", "--by", "year", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(out.splitlines()))
    assert rows == [{"period": "2022", "count": str(expected)}]
    # the same figure as `stats` gives
    code, out, err = run("stats", "--db", str(real_store_path), "-m", "homicide", "-p", "2022", "-f", "json")
    assert json.loads(out)["value"] == expected


def test_query_source_names_from_formats_are_accepted(real_store_path):
    code, out, err = run("query", "--db", str(real_store_path), "--source", "met_vawg", "--area-type",
                         "borough", "--unit", "offences", "--from", "2022-01", "--to", "2022-12",
                         "--by", "year", "--format", "csv")
    assert code == 0, err
    assert int(list(csv.DictReader(out.splitlines()))[0]["count"]) > 0
    code, out, err = run("query", "--db", str(real_store_path), "--source", "no_such_source")
    assert code != 0 and "mps_recorded_crime" in err and "police_uk_street" in err


def test_since_november_is_one_reading_everywhere(real_store):
    from crimestats.claims.extract._period_words import _period  # the claim checker's reading

    for as_of in (date(2023, 1, 6), date(2023, 1, 31), date(2023, 3, 1)):
        p = _periods.parse_period("since November", as_of=as_of)
        checker = _period("since November", as_of)
        assert checker is not None and (p.start, p.end) == (checker.start, checker.end)
        assert p.start == date(2022, 11, 1) and p.end == _periods.last_complete_month(as_of)
    assert _periods.last_complete_month(date(2023, 1, 6)) == date(2022, 12, 1)


def test_since_november_in_the_api_matches_check(real_store_path):
    from fastapi.testclient import TestClient

    from crimestats.web._app import create_app

    with TestClient(create_app(db=real_store_path)) as c:   # closes the store on exit
        _since_november_api(c)


def _since_november_api(c):
    api = c.get("/api/stats", params={"measure": "robbery", "area": "London", "period": "since November",
                                      "as_of": "2023-01-06"}).json()
    assert api["period"]["start"] == "2022-11" and api["period"]["end"] == "2022-12"
    page = c.get("/explore", params={"measure": "robbery", "area": "London", "period": "since November",
                                     "as_of": "2023-01-06"})
    assert page.status_code == 200 and "November 2022 to December 2022" in page.text
    assert "January 2023" not in page.text.split('id="figure"')[1].split("</section>")[0]


def test_part_year_is_incomplete_and_says_how_to_see_it(real_store_path):
    raw = Counter(int(r["Year"]) for r in csv.DictReader(
        open(need("met-homicide-victims/homicides.csv"), encoding="utf-8-sig", newline="")))
    last = max(raw)
    code, out, err = run("stats", "--db", str(real_store_path), "-m", "homicide_victims", "-p", str(last))
    assert code != 0
    assert "incomplete" in err and "no data for" not in err
    assert f"{raw[last]:,} victims" in err
    cmd = re.search(r"`crimestats (query [^`]+)`", err)
    assert cmd, err
    code, out, err2 = run(*cmd.group(1).split(), "--db", str(real_store_path), "--format", "csv")
    assert code == 0, err2
    assert int(list(csv.DictReader(out.splitlines()))[0]["count"]) == raw[last]


# -- messages that lead somewhere ---------------------------------------------------------------
# (command, arguments) that end in an error with structured hints; each hinted option must exist
# on that command.  The hints are read from the error object, not parsed from its words.
HINT_CASES = [
    ("stats", dict(measure="robbery", area="Ilford", period="since November"),
     lambda s, a: __import__("crimestats").count(s, measure=a["measure"], area=a["area"],
                                                  period=_periods.parse_period(a["period"]))),
    ("stats", dict(measure="knife crime", period="2022"),
     lambda s, a: __import__("crimestats").count(s, measure=a["measure"], period=a["period"])),
    ("hotspots", dict(measure="robbery", area="City of London", period="2023", unit="grid"),
     lambda s, a: __import__("crimestats").hotspots(s, **a)),
    ("query", dict(offence_key="homicide"),
     lambda s, a: __import__("crimestats").query_counts(s, **a)),
    ("hotspots", dict(measure="robbery", area="City of London", period="2024", unit="grid", cell_size=1.0),
     lambda s, a: __import__("crimestats").hotspots(s, **a)),
    ("ingest", dict(path="/nonexistent/store.duckdb"),
     lambda s, a: Store(a["path"], read_only=True)),
]


@pytest.mark.parametrize("command,args,call", HINT_CASES, ids=[c[0] + "-" + str(i) for i, c in enumerate(HINT_CASES)])
def test_every_hinted_flag_exists_on_its_command(real_store, command, args, call):
    with pytest.raises(CrimestatsError) as got:
        call(real_store, args)
    hints = got.value.hints
    assert hints, f"{command}: error without a hint: {got.value}"
    opts = options_of(command)
    for h in hints:
        assert isinstance(h, Hint)
        assert h.flag in opts, f"{command} has no {h.flag} (suggested by: {got.value})"


def test_stats_as_of_answers_the_relative_period(real_store_path):
    code, out, err = run("stats", "--db", str(real_store_path), "-m", "robbery", "-a", "Ilford",
                         "-p", "since November", "-f", "json")
    assert code != 0 and "--as-of" in err and "--as-of" in options_of("stats")
    code, out, err = run("stats", "--db", str(real_store_path), "-m", "robbery", "-a", "Ilford",
                         "-p", "since November", "--as-of", "2023-01-06", "-f", "json")
    assert code == 0, err
    assert json.loads(out)["period"]["label"] == "November 2022 to December 2022"


def test_headline_never_suggests_a_flag_it_lacks(real_store_path):
    code, out, err = run("headline", "--db", str(real_store_path), "-m", "knife crime", "-y", "2023")
    flags = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", err + out))
    assert flags <= options_of("headline"), flags - options_of("headline")
    assert code == 0 and "no comparison with 2022" in out
    assert "The total number of robbery offences recorded" in run(
        "headline", "--db", str(real_store_path), "-m", "robbery", "--period", "2022")[1]


def _labels() -> list[_periods.Period]:
    out = []
    for y in (2003, 2022, 2023):
        out += [_periods.calendar_year(y), _periods.financial_year(y), _periods.quarter(y, 2),
                _periods.month(y, 11), _periods.rolling_12(date(y, 6, 1)),
                _periods.year_to_date(date(y, 5, 6)), _periods.range_(date(y - 1, 11, 1), date(y, 2, 1))]
    for as_of in (date(2023, 1, 6), date(2024, 3, 1)):
        for phrase in ("since November", "last year", "last month", "the past year", "last financial year"):
            out.append(_periods.parse_period(phrase, as_of=as_of))
    return out


@pytest.mark.parametrize("period", _labels(), ids=lambda p: p.label)
def test_every_label_the_tool_prints_parses_back(period):
    back = _periods.parse_period(period.label)
    assert (back.start, back.end) == (period.start, period.end)


def test_store_in_use_says_what_to_do(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; "
                               f"c = duckdb.connect({str(db)!r}, read_only=True); print('open', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        code, out, err = run("ingest", str(tmp_path / "none.csv"), "--db", str(db))
        assert code != 0
        assert "in use by another process" in err and "Stop the server" in err
        assert "readonly" not in err.lower().replace("read-only", "")
    finally:
        holder.kill()
        holder.wait()


# -- CLI conventions ----------------------------------------------------------------------------
def test_version_and_switches():
    from crimestats._version import __version__

    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"crimestats {__version__}"
    for name in _click.commands:  # type: ignore[attr-defined]
        r = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"})
        assert "<bool>" not in r.output, name
    code, _, err = run("stats", "-m", "homicide", "-p", "2022", "--rank", "true")
    assert code != 0


def test_measure_and_period_names_on_every_figure_command():
    for name in ("stats", "headline", "hotspots", "report"):
        assert "--measure" in options_of(name), name
    for name in ("stats", "headline", "hotspots", "query", "report"):
        assert "--period" in options_of(name), name
    assert {"--year", "--period"} <= options_of("headline") and "--offence" in options_of("query")


def test_listing_commands_take_csv():
    for name in ("sources", "coverage", "query", "formats", "stats", "hotspots", "check", "ingest", "fetch"):
        cmd = _click.commands[name]  # type: ignore[attr-defined]
        fmt = next(p for p in cmd.params if "--format" in p.opts)
        assert "csv" in [getattr(c, "value", c) for c in fmt.type_descriptor.choices], name


# -- output people can read ---------------------------------------------------------------------
def test_sources_is_one_line_per_source(real_store_path):
    with Store(real_store_path, read_only=True) as s:
        n_sources = len({r["source"] for r in s.sources()})
        n_files = len(s.sources())
    code, out, _ = run("sources", "--db", str(real_store_path))
    assert code == 0 and len(out.splitlines()) == n_sources + 1
    code, out, _ = run("sources", "--db", str(real_store_path), "--all", "--format", "csv")
    assert len(out.splitlines()) == n_files + 1


def test_check_text_reads_as_words(real_store_path):
    code, out, err = run("check", SEED, "--as-of", "2023-01-06", "--db", str(real_store_path))
    assert code == 0, err
    js = json.loads(run("check", SEED, "--as-of", "2023-01-06", "--db", str(real_store_path), "--format", "json")[1])
    verdicts = Counter(c["verdict"] for c in js["claims"])
    first = out.splitlines()[0]
    assert first.startswith(f"{len(js['claims'])} claims: ")
    assert f"{verdicts['accurate_with_caveat']} accurate with a caveat" in first
    assert not re.search(r"\d\.\d{4,}", out), "numbers not rounded"
    for key in ("met_custody", "met_homicide_victims", "owid_unodc_homicide_rate", "unit arrests", "category ="):
        assert key not in out, key
    # a context shared by several opinions is given once
    assert out.count("for context, London's homicide rate") == 1
    explained = run("check", SEED, "--as-of", "2023-01-06", "--db", str(real_store_path), "--explain")[1]
    assert "met_homicide_victims" in explained
    rows = list(csv.DictReader(run("check", SEED, "--as-of", "2023-01-06", "--db", str(real_store_path),
                                   "--format", "csv")[1].splitlines()))
    assert len(rows) == len(js["claims"]) and rows[0]["verdict"] == js["claims"][0]["verdict"]


def test_report_says_its_size_in_bytes(real_store_path, tmp_path):
    out_file = tmp_path / "r.html"
    code, out, err = run("report", "--headline", "--measure", "homicide", "--period", "2022", "-o",
                         str(out_file), "--db", str(real_store_path))
    assert code == 0, err
    size = out_file.stat().st_size
    assert f"{size / 1024:,.0f} KB" in out or f"{size:,} bytes" in out


def test_rates_the_way_people_ask(real_store_path):
    db = str(real_store_path)
    code, out, err = run("stats", "--db", db, "-m", "knife crime rate", "-p", "2023", "-f", "json")
    assert code == 0, err
    fact = json.loads(out)
    code, out, err = run("stats", "--db", db, "-m", "knife_crime", "-p", "2023", "--rate", "-f", "csv")
    row = list(csv.DictReader(out.splitlines()))[0]
    count = json.loads(run("stats", "--db", db, "-m", "knife_crime", "-p", "2023", "-f", "json")[1])["value"]
    assert int(row["count"]) == count
    assert float(row["rate"]) == pytest.approx(count * 100_000 / float(row["population"]), abs=0.01)
    assert fact["value"] == pytest.approx(float(row["rate"]), abs=0.01)
    code, out, err = run("stats", "--db", db, "-m", "robbery", "-p", "2022", "--rate", "--rank", "-f", "csv")
    rates = [float(r["rate"]) for r in csv.DictReader(out.splitlines())]
    assert len(rates) >= 32 and rates == sorted(rates, reverse=True)


def test_help_examples_use_the_readme_store_name():
    for name in _click.commands:  # type: ignore[attr-defined]
        doc = _click.commands[name].help or ""  # type: ignore[attr-defined]
        assert "--db" not in doc or "--db crimestats.duckdb" in doc, name
