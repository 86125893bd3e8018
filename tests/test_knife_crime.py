"""Knife crime by police force and region (BritishDrugDynamics compilation of Home Office / ONS data).

Expected figures are read here with the csv module, never through crimestats.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES, need
from crimestats import Store, ingest_paths
from crimestats._errors import ParseError
from crimestats.sources import FileHead, knife_crime
from crimestats.store._ingest import detect

FORCES = "knife-crime/britishdrugdynamics/knifecrime_polices.csv"
RATES = "knife-crime/britishdrugdynamics/knifecrime_100k.csv"
REGIONS = "knife-crime/britishdrugdynamics/knifecrime_England_and_Regions.csv"
POP_PFA = "ons-population/britishdrugdynamics/population_policeforces.csv"
FX = FIXTURES / "knife"
TABLES = ("ingests", "counts", "coverage", "rates", "areas")


def _table(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def _column(path: Path, label: str) -> dict[int, str]:
    header, rows = _table(path)
    i = header.index(label)
    return {int(r[0]): r[i] for r in rows}


def _ingest(store: Store, *paths: Path):
    res = ingest_paths(store, list(paths))
    assert [r.status for r in res] == ["ingested"] * len(paths), [(r.file, r.reason) for r in res]
    return res


def _sizes(store: Store) -> dict[str, int]:
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def _by_year(store: Store, sql: str, params: list) -> dict[int, int]:
    """{year ending March: count} from rows of (period_start, count)."""
    return {d.year + 1: c for d, c in store.con.execute(sql, params).fetchall()}


# -- real files ------------------------------------------------------------------------------------

def test_met_counts_per_year_equal_the_file(empty_store):
    path = need(FORCES)
    (res,) = _ingest(empty_store, path)
    assert res.format == "ons_knife_crime_wide"
    want = {y: int(v) for y, v in _column(path, "Metropolitan Police").items()}
    got = _by_year(empty_store,
                   "SELECT period_start, count FROM counts WHERE source = 'ons_knife_crime' "
                   "AND area_type = 'force' AND area_code = 'metropolitan' AND offence_key = 'knife_crime' "
                   "AND unit = 'offences' AND period_grain = 'financial_year'", [])
    assert got == want and len(want) >= 10
    # every period is the financial year starting 1 April before the labelled year
    starts = {r[0] for r in empty_store.con.execute("SELECT DISTINCT period_start FROM counts").fetchall()}
    assert starts == {date(y - 1, 4, 1) for y in want}


def test_every_non_blank_force_cell_is_stored_once(empty_store):
    path = need(FORCES)
    _ingest(empty_store, path)
    header, rows = _table(path)
    cells = [(int(r[0]), header[i], v) for r in rows for i, v in enumerate(r) if i and v.strip()]
    n, total = empty_store.con.execute("SELECT count(*), sum(count) FROM counts").fetchall()[0]
    assert n == len(cells)
    assert total == sum(int(v) for _, _, v in cells)
    # a blank cell is no data: no row, never a zero
    blanks = [(int(r[0]), header[i]) for r in rows for i, v in enumerate(r) if i and not v.strip()]
    assert blanks, "expected the file's blank cell(s)"
    for year, label in blanks:
        slug = knife_crime.force_of(label)[0]
        assert empty_store.con.execute(
            "SELECT count(*) FROM counts WHERE area_code = ? AND period_start = ?",
            [slug, date(year - 1, 4, 1)]).fetchall() == [(0,)]


def test_northumberland_label_is_stored_as_northumbria(empty_store):
    path = need(FORCES)
    (res,) = _ingest(empty_store, path)
    header, _ = _table(path)
    assert "Northumberland" in header and "Northumbria" not in header
    want = {y: int(v) for y, v in _column(path, "Northumberland").items()}
    got = _by_year(empty_store, "SELECT period_start, count FROM counts WHERE area_code = 'northumbria'", [])
    assert got == want
    names = {r[0] for r in empty_store.con.execute(
        "SELECT DISTINCT area_name FROM counts WHERE area_code = 'northumbria'").fetchall()}
    assert names == {"Northumbria"}
    assert empty_store.con.execute(
        "SELECT count(*) FROM counts WHERE lower(area_code) LIKE '%northumberland%'").fetchall() == [(0,)]
    assert any("Northumberland" in n and "northumbria" in n for n in res.notes)
    codes = {r[0] for r in empty_store.con.execute("SELECT DISTINCT area_code FROM counts").fetchall()}
    assert {"metropolitan", "city-of-london", "btp", "greater-manchester", "avon-and-somerset"} <= codes
    assert len(codes) == len(header) - 1


def test_london_region_matches_file_and_is_met_plus_city(empty_store):
    regions, forces = need(REGIONS), need(FORCES)
    _ingest(empty_store, regions, forces)
    want = {y: int(v) for y, v in _column(regions, "London").items()}
    got = _by_year(empty_store, "SELECT period_start, count FROM counts WHERE area_type = 'region' "
                                "AND area_code = 'E12000007' AND area_name = 'London'", [])
    assert got == want
    met = _column(forces, "Metropolitan Police")
    city = _column(forces, "London, City of")
    assert all(want[y] == int(met[y]) + int(city[y]) for y in want)
    england = {y: int(v) for y, v in _column(regions, "England").items()}
    got_eng = _by_year(empty_store, "SELECT period_start, count FROM counts WHERE area_type = 'country' "
                                    "AND area_code = 'E92000001'", [])
    assert got_eng == england
    # BTP is a force, not a region: the region file does not store it
    assert empty_store.con.execute(
        "SELECT count(*) FROM counts c JOIN coverage v USING (ingest_id) "
        "WHERE v.level = 'region' AND c.area_code = 'btp'").fetchall() == [(0,)]
    levels = {r for r in empty_store.con.execute(
        "SELECT DISTINCT scope_type, scope_code, level, grain FROM coverage").fetchall()}
    assert levels == {("country", "england", lvl, "financial_year") for lvl in ("force", "region", "country")}


def test_counts_latest_keeps_forces_and_regions_apart(empty_store):
    _ingest(empty_store, need(FORCES), need(REGIONS))
    met = empty_store.con.execute(
        "SELECT count(*) FROM counts_latest WHERE area_code = 'metropolitan'").fetchall()[0][0]
    london = empty_store.con.execute(
        "SELECT count(*) FROM counts_latest WHERE area_code = 'E12000007'").fetchall()[0][0]
    assert met == london == len(_column(need(FORCES), "Metropolitan Police"))


def test_rates_match_the_file_and_skip_btp(empty_store):
    path = need(RATES)
    (res,) = _ingest(empty_store, path)
    assert res.format == "ons_knife_crime_rate_wide"
    want = {y: float(v) for y, v in _column(path, "Metropolitan Police").items() if v}
    got = dict(empty_store.con.execute(
        "SELECT year, value FROM rates WHERE source = 'ons_knife_crime_rate' AND area_code = 'metropolitan' "
        "AND measure = 'knife_crime' AND per = 100000").fetchall())
    assert got == want
    header, rows = _table(path)
    ibtp = header.index("British Transport Police")
    cells = [v for r in rows for i, v in enumerate(r) if i and i != ibtp and v.strip()]
    assert empty_store.con.execute("SELECT count(*) FROM rates").fetchall()[0][0] == len(cells)
    assert empty_store.con.execute("SELECT count(*) FROM rates WHERE area_code = 'btp'").fetchall() == [(0,)]
    basis = empty_store.con.execute("SELECT DISTINCT basis FROM rates").fetchall()
    assert len(basis) == 1 and "as published by the compiler" in basis[0][0] and "March" in basis[0][0]
    assert empty_store.con.execute("SELECT count(*) FROM counts").fetchall() == [(0,)]


def test_population_file_of_the_same_shape_is_not_claimed():
    path = need(POP_PFA)
    head = FileHead.from_path(path)
    assert not any(r.sniff(head) for r in knife_crime.READERS)
    assert detect(head).format == "ons_mye_wide"
    for rel, fmt in ((FORCES, "ons_knife_crime_wide"), (REGIONS, "ons_knife_crime_wide"),
                     (RATES, "ons_knife_crime_rate_wide")):
        assert detect(FileHead.from_path(need(rel))).format == fmt


def test_same_file_twice_is_unchanged(empty_store):
    path = need(FORCES)
    _ingest(empty_store, path)
    before = _sizes(empty_store)
    (res,) = ingest_paths(empty_store, [path])
    assert res.status == "unchanged"
    assert _sizes(empty_store) == before


# -- small fixture and bad input -------------------------------------------------------------------

def test_small_fixture_blank_cell_and_city_label(empty_store):
    (res,) = _ingest(empty_store, FX / "forces_small.csv")
    got = dict(empty_store.con.execute(
        "SELECT area_code, count FROM counts WHERE period_start = DATE '2019-04-01'").fetchall())
    assert got["city-of-london"] == 31 and got["btp"] == 225 and "greater-manchester" not in got
    assert any("Greater Manchester 2020" in n for n in res.notes)


@pytest.mark.parametrize("name, must_name", [
    ("bad_nonnumeric.csv", ["line 3", "column 'Metropolitan Police'", "'n/a' is not a number"]),
    ("bad_fraction.csv", ["line 4", "column 'Lancashire'", "not a whole number"]),
    ("bad_negative.csv", ["line 4", "column 'Durham'", "negative"]),
    ("bad_duplicate_year.csv", ["line 4", "column 'year'", "2019 appears twice"]),
    ("bad_year.csv", ["line 5", "column 'year'", "'FY20' is not a year"]),
    ("bad_unknown_force.csv", ["column 'Gotham City'", "not a police force"]),
    ("bad_header_only.csv", ["no data rows"]),
])
def test_bad_input_raises_parse_error_and_keeps_store(empty_store, name, must_name):
    _ingest(empty_store, FX / "forces_small.csv")
    before = _sizes(empty_store)
    with pytest.raises(ParseError) as err:
        ingest_paths(empty_store, [FX / name])
    text = str(err.value)
    assert name in text
    for part in must_name:
        assert part in text, text
    assert _sizes(empty_store) == before


def test_population_sized_values_with_btp_column_go_to_the_population_reader():
    head = FileHead.from_path(FX / "population_like.csv")
    assert not any(r.sniff(head) for r in knife_crime.READERS)
    assert detect(head).format not in {r.format for r in knife_crime.READERS}


def test_knife_crime_measure_answers_financial_years_from_ons(tmp_path):
    """Before the Met dashboard starts (March 2022) the ONS force series answers, by financial year only."""
    import csv

    import crimestats as cs
    from conftest import need

    path = need("knife-crime/britishdrugdynamics/knifecrime_polices.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = {r["year"]: r for r in csv.DictReader(fh)}
    with cs.Store(tmp_path / "k.duckdb") as store:
        cs.ingest_paths(store, [path])
        fact = cs.count(store, measure="knife_crime", area="London", period="2018/19")
        assert fact.value == int(rows["2019"]["Metropolitan Police"])
        assert fact.source == "ons_knife_crime"
        with pytest.raises(cs.NoDataError, match="financial years"):
            cs.count(store, measure="knife_crime", area="London", period="2018")


def test_a_blank_force_cell_is_no_figure_not_zero(empty_store):
    """The facts layer reads a force's blank cell as no data (coverage is country-wide, the blank is one force's)."""
    from crimestats import NoDataError, count

    _ingest(empty_store, FX / "forces_small.csv")
    with pytest.raises(NoDataError):
        count(empty_store, measure="knife_crime", area="Greater Manchester", period="2019/20")
    assert count(empty_store, measure="knife_crime", area="City of London", period="2019/20").value == 31
