"""Population, area lookup and homicide-rate readers, checked against the raw files.

Expected figures are computed here with the csv module / gzip, never through crimestats.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

from conftest import need
from crimestats import Store, ingest_paths
from crimestats._errors import ParseError

BOROUGH = "ons-population/london-borough-gla/housing-density-borough.csv"
WARD = "ons-population/london-ward-gla/london_ward_pop.csv.gz"
LSOA20 = "ons-population/london-lsoa/london-mid2020-pop.csv"
LA = "ons-population/britishdrugdynamics/population_la.csv"
PFA = "ons-population/britishdrugdynamics/population_policeforces.csv"
UNODC = "international-homicide/owid-unodc-timeseries/homicide-rate-unodc.csv"
UNODC_LATEST = "international-homicide/owid-unodc-latest/homicide-rate-unodc.csv"
NYC = "international-homicide/nyc/nyc_homicides.csv"


def _ingest(store: Store, *paths: Path):
    res = ingest_paths(store, list(paths))
    bad = [r for r in res if r.status not in ("ingested", "skipped")]
    assert not bad, [(r.file, r.reason) for r in bad]
    return res


def _rows(path: Path, **kw):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, **kw))


def test_borough_population_matches_file_and_kind_split(empty_store):
    path = need(BOROUGH)
    _ingest(empty_store, path)
    raw = _rows(path)
    for year in (2005, 2019):
        want = {r["Code"]: float(r["Population"]) for r in raw if r["Year"] == str(year)}
        got = dict(empty_store.con.execute(
            "SELECT area_code, population FROM population WHERE year = ? AND source = 'gla_housing_density_borough'",
            [year]).fetchall())
        assert got == want
    want_kinds = {("projection" if "Projection" in r["Source"] else "estimate", int(r["Year"])) for r in raw}
    got_kinds = set(empty_store.con.execute("SELECT DISTINCT kind, year FROM population").fetchall())
    assert got_kinds == want_kinds
    first_proj = min(y for k, y in want_kinds if k == "projection")
    assert max(y for k, y in got_kinds if k == "estimate") < first_proj == 2011


def test_ward_gzip_ingests_all_rows(empty_store):
    path = need(WARD)
    _ingest(empty_store, path)
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        raw = list(csv.DictReader(fh))
    got = empty_store.con.execute(
        "SELECT count(*), sum(population) FROM population WHERE area_type = 'ward' AND year = 2020").fetchall()[0]
    want = [float(r["Population"]) for r in raw if r["Year"] == "2020"]
    assert got[0] == len(want) and got[1] == pytest.approx(sum(want))
    assert empty_store.con.execute("SELECT DISTINCT kind FROM population").fetchall() == [("projection",)]


def test_lsoa_mid2020_borough_total(empty_store):
    path = need(LSOA20)
    _ingest(empty_store, path)
    raw = _rows(path)
    want = sum(int(r["Persons_All-Ages"]) for r in raw if r["LAD11NM"] == "Camden")
    got = empty_store.con.execute(
        """SELECT sum(p.population) FROM population p JOIN areas a
             ON a.area_type = 'lsoa' AND a.area_code = p.area_code
           WHERE p.year = 2020 AND p.age_band IS NULL AND p.sex IS NULL AND a.parent_code = 'E09000007'""").fetchall()
    assert got[0][0] == want
    males = empty_store.con.execute(
        "SELECT sum(population) FROM population WHERE sex = 'male' AND age_band = '0-15'").fetchall()[0][0]
    assert males == sum(int(r["Males_0-15"]) for r in raw)


def test_la_file_keeps_hackney_city_merge_honest(empty_store):
    path = need(LA)
    res = _ingest(empty_store, path)
    with open(path, encoding="utf-8", newline="") as fh:
        recs = list(csv.reader(fh))
    col = recs[0].index("City of London and Hackney")
    want = float(next(r for r in recs[1:] if r[0] == "2015")[col])
    got = empty_store.con.execute(
        "SELECT area_code, population FROM population WHERE area_name = 'Hackney and City of London' AND year = 2015"
    ).fetchall()
    assert got == [(None, want)]
    assert any("City of London and Hackney" in n for n in res[0].notes)


def test_force_populations_use_police_uk_ids(empty_store):
    forces = need("police-forces/forces.csv")
    _ingest(empty_store, forces, need(PFA))
    ids = {r["id"] for r in _rows(forces)}
    pfa_codes = {c for (c,) in empty_store.con.execute(
        "SELECT DISTINCT area_code FROM population WHERE source = 'ons_mye_pfa'").fetchall()}
    assert pfa_codes <= ids
    raw = _rows(need(PFA))
    want = float(next(r for r in raw if r["year"] == "2019")["Metropolitan Police"])
    got = empty_store.con.execute("SELECT population FROM population WHERE source = 'ons_mye_pfa' "
                                  "AND area_code = 'metropolitan' AND year = 2019").fetchall()
    assert got == [(want,)]


def test_lookup_gives_boroughs_a_force(empty_store):
    path = need("lookups/lad_to_csp.csv")
    _ingest(empty_store, path)
    raw = _rows(path, delimiter=";")
    city = next(r for r in raw if r["lad-code"] == "E09000001")
    got = empty_store.con.execute(
        """SELECT f.area_code, f.area_name FROM areas b JOIN areas c ON c.area_type = 'csp' AND c.area_code = b.parent_code
           JOIN areas f ON f.area_type = 'force' AND f.area_code = c.parent_code
           WHERE b.area_type = 'borough' AND b.area_code = 'E09000001'""").fetchall()
    assert got == [("city-of-london", city["PFA21NM"])]


def test_unodc_england_and_wales_2021_equals_raw_row(empty_store):
    path = need(UNODC)
    _ingest(empty_store, path)
    raw = next(r for r in _rows(path) if r["Entity"] == "England and Wales" and r["Year"] == "2021")
    got = empty_store.con.execute(
        "SELECT value, per, basis FROM rates WHERE area_name = 'England and Wales' AND year = 2021").fetchall()
    assert got == [(float(raw["Homicide rate per 100,000 population"]), 100000, "UNODC recorded (OWID)")]
    assert empty_store.con.execute("SELECT area_type FROM rates WHERE area_name = 'World' LIMIT 1").fetchall() == [("region",)]


def test_latest_file_with_two_time_columns_ingests(empty_store):
    path = need(UNODC_LATEST)
    res = _ingest(empty_store, path.parent)
    assert any(r.status == "skipped" and r.file.endswith(".metadata.json") for r in res)
    with open(path, encoding="utf-8", newline="") as fh:
        recs = list(csv.reader(fh))
    assert recs[0].count("time") == 2
    with_rate = [r for r in recs[1:] if r[3].strip()]
    uk = next(r for r in with_rate if r[0] == "United Kingdom")
    assert empty_store.con.execute("SELECT count(*) FROM rates").fetchall()[0][0] == len(with_rate)
    got = empty_store.con.execute("SELECT year, value FROM rates WHERE area_name = 'United Kingdom'").fetchall()
    assert got == [(int(uk[-1]), float(uk[3]))]


def test_nyc_counts_by_year(empty_store):
    path = need(NYC)
    _ingest(empty_store, path)
    want: dict[int, int] = {}
    for r in _rows(path):
        want[int(r["offense_date"][:4])] = want.get(int(r["offense_date"][:4]), 0) + 1
    got = dict((d.year, c) for d, c in empty_store.con.execute(
        "SELECT period_start, count FROM counts WHERE source = 'nyc_homicides' AND unit = 'offences' "
        "AND period_grain = 'year'").fetchall())
    assert got == want
    cov = empty_store.con.execute("SELECT count(*) FROM coverage WHERE scope_code = 'nypd' AND grain = 'year'"
                                  ).fetchall()[0][0]
    assert cov == len(want)


def test_nyc_counts_by_month_keep_the_offence_dates(empty_store):
    """'More murders than New York in February': the month of each offence date, summing to the year."""
    path = need(NYC)
    _ingest(empty_store, path)
    want: dict[tuple[int, int], int] = {}
    for r in _rows(path):
        k = (int(r["offense_date"][:4]), int(r["offense_date"][5:7]))
        want[k] = want.get(k, 0) + 1
    got = {(d.year, d.month): c for d, c in empty_store.con.execute(
        "SELECT period_start, count FROM counts WHERE source = 'nyc_homicides' AND period_grain = 'month'").fetchall()}
    assert got == want and len(got) >= 12


def test_non_numeric_population_fails_with_line_and_column(empty_store, tmp_path):
    lines = need(BOROUGH).read_text(encoding="utf-8").splitlines()
    parts = lines[5].split(",")
    parts[4] = "n/a"
    lines[5] = ",".join(parts)
    bad = tmp_path / "housing-density-borough.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ParseError) as err:
        ingest_paths(empty_store, [bad])
    assert "line 6" in str(err.value) and "'Population'" in str(err.value)
    for table in ("ingests", "population", "areas"):
        assert empty_store.con.execute(f"SELECT count(*) FROM {table}").fetchall() == [(0,)]
