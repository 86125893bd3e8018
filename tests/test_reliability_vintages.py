"""Vintages never change silently (issue 13, part 2): a different file for a stored source x force x
month at the same vintage is refused naming both files, unless --vintage / --replace says what it is."""

from __future__ import annotations

import json
import shutil

import duckdb

from conftest import need
from reliability_util import cli, no_traceback, snapshot

MONTH = "police-uk-street/city-of-london/2018-07/2018-07-city-of-london-street.csv"


def _rows(path) -> int:
    with open(path, encoding="utf-8") as f:
        return sum(1 for _ in f) - 1


def _truncated(src, dst, lines=200):
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i >= lines:
                break
            out.write(line)
    return dst


def _incidents(db) -> tuple[int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        from crimestats.store._vintages import latest_rows
        all_rows = con.execute("SELECT count(*) FROM incidents").fetchone()[0]
        latest = con.execute(f"SELECT count(*) FROM ({latest_rows('incidents')}) t").fetchone()[0]
        return int(all_rows), int(latest)
    finally:
        con.close()


def test_truncated_copy_is_refused_naming_both_files_and_store_unchanged(tmp_path):
    orig = need(MONTH)
    db = tmp_path / "s.duckdb"
    assert cli("ingest", orig, "--db", db).exit_code == 0
    before = snapshot(db)
    (tmp_path / "copy").mkdir()
    cut = _truncated(orig, tmp_path / "copy" / orig.name)
    r = cli("ingest", cut, "--db", db, "--format", "json")
    no_traceback(r)
    assert r.exit_code == 1
    text = "".join(r.output.split())        # the message may be wrapped to the terminal
    assert "".join(str(cut).split()) in text and "".join(str(orig).split()) in text
    assert "--vintage" in text and "--replace" in text
    assert snapshot(db) == before


def test_two_files_for_one_month_in_one_folder_are_never_both_counted(tmp_path):
    orig = need(MONTH)
    folder = tmp_path / "f"
    folder.mkdir()
    shutil.copy(orig, folder / "a-2018-07-city-of-london-street.csv")
    _truncated(orig, folder / "b-2018-07-city-of-london-street.csv")
    db = tmp_path / "s.duckdb"
    r = cli("ingest", folder, "--db", db, "--format", "json")
    no_traceback(r)
    got = {x["file"].rsplit("/", 1)[-1]: x["status"] for x in json.loads(r.output)}
    assert sorted(got.values()) == ["failed", "ingested"]
    every, latest = _incidents(db)
    # the full file only (its rows less the reader's duplicate drops), never both (~965) nor the copy
    assert every == latest and 199 < every <= _rows(orig)
    q = cli("query", "--db", db, "--vintage", "all", "--area-type", "force", "--format", "json")  # one level (issue 14)
    assert q.exit_code == 0, q.output


def test_replace_and_new_vintage_say_what_the_file_is(tmp_path):
    orig = need(MONTH)
    cut = _truncated(orig, tmp_path / orig.name)
    db = tmp_path / "s.duckdb"
    assert cli("ingest", orig, "--db", db).exit_code == 0
    full, _ = _incidents(db)
    assert 199 < full <= _rows(orig)
    # a revision under its own label: kept beside the old one, the latest is read
    r = cli("ingest", cut, "--db", db, "--vintage", "2018-08-01", "--format", "json")
    assert json.loads(r.output)[0]["status"] == "ingested", r.output
    every, latest = _incidents(db)
    assert every == full + 199 and latest == 199
    q = json.loads(cli("query", "--db", db, "--vintage", "all", "--by", "none", "--area-type", "force",
                       "--format", "json").output)   # one area level: query refuses to sum two (issue 14)
    assert len(q) >= 2      # one row per ingest, never summed under one label
    # --replace: the stored file at that vintage gives way
    db2 = tmp_path / "t.duckdb"
    assert cli("ingest", orig, "--db", db2).exit_code == 0
    r = cli("ingest", cut, "--db", db2, "--replace", "--format", "json")
    assert json.loads(r.output)[0]["status"] == "ingested", r.output
    every, latest = _incidents(db2)
    assert every == latest == 199
    src = json.loads(cli("sources", "--db", db2, "--format", "json").output)
    assert [s["sha256"] for s in src if s["source"] == "police_uk_street"] != []
    assert all(str(orig.name) != s["file_name"] or s["rows_kept"] == 199 for s in src)


def test_label_ingests_names_each_file_of_one_label():
    from crimestats.store._query import _label_ingests

    rows = [("2018-07", "2018-07", 3, 446), ("2018-07", "2018-07", 5, 199), ("2018-08", "2018-08", 3, 10)]
    out = _label_ingests(rows, 1)
    assert out == [("2018-07", "2018-07 (ingest #3)", 446), ("2018-07", "2018-07 (ingest #5)", 199),
                   ("2018-08", "2018-08", 10)]


def _grid_points(db) -> int:
    r = cli("hotspots", "--measure", "all_crime", "--area", "City of London", "--period", "2022-08", "--unit",
            "grid", "--format", "json", "--db", db)
    assert r.exit_code == 0, r.output
    return int(json.loads(r.output)["grid"]["points_total"])


def test_grid_hotspots_read_the_latest_vintage_only(tmp_path):
    """The red team's 380 crimes in `stats` but 761 points in the grid: a revision must replace, not add."""
    month = need("police-uk-street/city-of-london/2022-08/2022-08-city-of-london-street.csv")
    borders = need("boundaries/london-boroughs/london_boroughs.json")
    rev = _truncated(month, tmp_path / "rev.csv", lines=300)
    both, only_old, only_new = tmp_path / "b.duckdb", tmp_path / "o.duckdb", tmp_path / "n.duckdb"
    for db, files in ((both, [month]), (only_old, [month]), (only_new, [])):
        assert cli("ingest", borders, *files, "--db", db).exit_code == 0
    for db in (both, only_new):
        assert cli("ingest", rev, "--db", db, "--vintage", "2022-10-01").exit_code == 0
    old, new, mixed = _grid_points(only_old), _grid_points(only_new), _grid_points(both)
    assert new < old and mixed == new
