"""Met homicide readers: victims CSV and accused Parquet, on real files and on small bad ones.

Expected figures are computed straight from the raw files with the csv module / pyarrow.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter
from datetime import date

import pyarrow.parquet as pq
import pytest

from conftest import FIXTURES, need
from crimestats import ParseError, Store, UnknownFormatError, ingest_paths
from crimestats.sources import FileHead
from crimestats.store._ingest import detect

VICTIMS = "met-homicide-victims/homicides.csv"
ACCUSED = "met-london-datastore-parquet/homicide.parquet"
MET = FIXTURES / "met"


@pytest.fixture(scope="module")
def homicide_store(tmp_path_factory):
    victims, accused = need(VICTIMS), need(ACCUSED)
    path = tmp_path_factory.mktemp("met_hom") / "s.duckdb"
    with Store(path) as store:
        results = ingest_paths(store, [victims, accused])
        assert [r.status for r in results] == ["ingested", "ingested"], results
    with Store(path, read_only=True) as store:
        yield store


def _raw_victims() -> list[dict[str, str]]:
    with open(need(VICTIMS), encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _q(store: Store, sql: str, params: list | None = None) -> list[tuple]:
    return store.con.execute(sql, params or []).fetchall()


def test_victims_by_year_match_raw(homicide_store):
    raw = Counter(int(r["Year"]) for r in _raw_victims())
    got = dict(_q(homicide_store, """SELECT year(period_start), sum(count) FROM counts
                  WHERE source = 'met_homicide_victims' AND unit = 'victims' AND offence_key = 'homicide'
                  GROUP BY 1"""))
    assert got == dict(raw)
    assert len(got) == max(raw) - min(raw) + 1  # every year 2003.. present


def test_victims_by_method_per_year_match_raw(homicide_store):
    raw = Counter((int(r["Year"]), r["Method_of_Killing"]) for r in _raw_victims())
    got = {(y, m): n for y, m, n in _q(homicide_store, """SELECT year(period_start), method, sum(count)
            FROM counts WHERE source = 'met_homicide_victims' GROUP BY 1, 2""")}
    assert got == dict(raw)
    for method in ("Knife or Sharp Implement", "Shooting"):
        years = {y for y, m in raw if m == method}
        assert years and all(got[(y, method)] == raw[(y, method)] for y in years)


def test_victim_dims_and_boroughs(homicide_store):
    raw = _raw_victims()
    by_borough_2021 = Counter(r["Borough"] for r in raw if r["Year"] == "2021")
    got = dict(_q(homicide_store, """SELECT area_name, sum(count) FROM counts
                  WHERE source = 'met_homicide_victims' AND period_start = DATE '2021-01-01' GROUP BY 1"""))
    assert got == dict(by_borough_2021)
    missing_code = _q(homicide_store, """SELECT DISTINCT area_name FROM counts
                      WHERE source = 'met_homicide_victims' AND area_code IS NULL""")
    assert missing_code == []  # every borough name in the file maps to an E09 code
    da = Counter((r["Domestic_Abuse"], r["Solved_Status"]) for r in raw)
    got_da = {(d, s): n for d, s, n in _q(homicide_store, """SELECT domestic_abuse, solved_status, sum(count)
              FROM counts WHERE source = 'met_homicide_victims' GROUP BY 1, 2""")}
    assert got_da == dict(da)


def test_victims_provenance_and_partial_last_year(homicide_store):
    (vintage, basis, notes), = _q(homicide_store, """SELECT vintage, vintage_basis, notes FROM ingests
                                   WHERE source = 'met_homicide_victims'""")
    last = max(int(r["Year"]) for r in _raw_victims())
    assert vintage == f"Met homicide victims to {last}" and basis == "last year in file"
    assert any("partial year" in n for n in json.loads(notes))
    years = [p for (p,) in _q(homicide_store, """SELECT period_start FROM coverage
              WHERE source = 'met_homicide_victims' AND level = 'borough' AND grain = 'year'
              AND scope_code = 'metropolitan' ORDER BY 1""")]
    # the partial last year is stored but not covered: figures for it are refused, not understated
    assert years[0] == date(2003, 1, 1) and years[-1] == date(last - 1, 1, 1)
    assert _q(homicide_store, f"""SELECT sum(count) FROM counts WHERE source = 'met_homicide_victims'
              AND year(period_start) = {last}""")[0][0] == sum(1 for r in _raw_victims() if int(r["Year"]) == last)


def test_accused_by_month_and_offence_match_raw(homicide_store):
    t = pq.read_table(need(ACCUSED)).to_pylist()
    raw: Counter[tuple[str, str]] = Counter()
    for r in t:
        raw[(r["proceedings_date"], r["offence_type"])] += r["count_of_ppa"]
    got = {(f"{p:%b-%y}", o): n for p, o, n in _q(homicide_store, """SELECT period_start, subcategory, sum(count)
           FROM counts WHERE source = 'met_homicide_accused' AND unit = 'accused' GROUP BY 1, 2""")}
    assert got == dict(raw)
    heathrow = _q(homicide_store, """SELECT DISTINCT area_code FROM counts
                  WHERE source = 'met_homicide_accused' AND area_name = 'Heathrow'""")
    assert heathrow == [("MPS-AIRPORTS",)]
    eth = {e for (e,) in _q(homicide_store, "SELECT DISTINCT ethnicity FROM counts WHERE source = 'met_homicide_accused'")}
    assert "Black" in eth and "Black " not in eth


def _table_counts(store: Store) -> dict[str, int]:
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("counts", "coverage", "ingests")}


@pytest.fixture()
def small_store(tmp_path, empty_store):
    ingest_paths(empty_store, [MET / "victims_small.csv"])
    return empty_store


def test_small_file_combinations_and_unknown_borough(small_store):
    rows = _q(small_store, """SELECT period_start, area_name, area_code, age_group, sex, method, count
              FROM counts ORDER BY count DESC, area_name""")
    assert rows[0] == (date(2020, 1, 1), "Wandsworth", "E09000032", "Adult", "Male",
                       "Knife or Sharp Implement", 2)
    assert (date(2022, 1, 1), "Atlantis", None, "Elderly", "Female", "Blunt Implement", 1) in rows
    assert ("Barking & Dagenham", "E09000002") in {(r[1], r[2]) for r in rows}
    (notes,), = _q(small_store, "SELECT notes FROM ingests")
    assert any("Atlantis" in n for n in json.loads(notes))
    # a year with no victims inside the span is a real zero, so it is covered
    years = [p.year for (p,) in _q(small_store, "SELECT period_start FROM coverage ORDER BY 1")]
    assert years == [2020, 2021, 2022]


@pytest.mark.parametrize("name, pattern", [
    ("victims_bad_year.csv", r"victims_bad_year\.csv, line 3, column 'Year'.*'20O4'"),
    ("victims_no_year.csv", r"victims_no_year\.csv, column 'Year'.*required column missing"),
    ("victims_header_only.csv", r"victims_header_only\.csv: the file has a header but no victim rows"),
])
def test_bad_victim_files_fail_and_leave_store_unchanged(small_store, name, pattern):
    before = _table_counts(small_store)
    with pytest.raises(ParseError, match=pattern):
        ingest_paths(small_store, [MET / name])
    assert _table_counts(small_store) == before


def test_empty_file_is_unknown_format(tmp_path, small_store):
    empty = tmp_path / "homicides.csv"
    empty.write_bytes(b"")
    before = _table_counts(small_store)
    with pytest.raises(UnknownFormatError, match="empty"):
        ingest_paths(small_store, [empty])
    assert _table_counts(small_store) == before


def test_given_vintage_wins(tmp_path, empty_store):
    f = tmp_path / "h.csv"
    shutil.copy(MET / "victims_small.csv", f)
    (res,) = ingest_paths(empty_store, [f], vintage="downloaded 2023-03-15")
    assert res.vintage == "downloaded 2023-03-15"
    assert _q(empty_store, "SELECT vintage_date, vintage_basis FROM ingests") == [(date(2023, 3, 15), "given")]


def test_sniff_is_by_header_not_name(tmp_path):
    f = tmp_path / "whatever.txt.csv"
    shutil.copy(MET / "victims_small.csv", f)
    assert detect(FileHead.from_path(f)).format == "met_homicide_victims"
    acc = FileHead.from_path(need(ACCUSED))
    assert detect(acc).format == "met_homicide_accused"
