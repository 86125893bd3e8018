"""data.police.uk readers: street, outcomes and stop-and-search, on the real City of London files.

Expected figures are computed here with the csv module straight from the raw files, never
through crimestats.
"""

from __future__ import annotations

import csv
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from crimestats import Store, ingest_paths
from crimestats._errors import ParseError
from crimestats.sources._base import month_range
from crimestats.sources.police_uk import OUTCOMES_HEADER, STOP_HEADER, STREET_HEADER, force_slug
from crimestats.store._coverage import coverage

COL = "police-uk-street/city-of-london"
TABLES = ("ingests", "coverage", "counts", "incidents", "outcomes", "stops")


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def _kept_street(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The documented rule: first row of each non-empty Crime ID in file order; blank IDs kept."""
    seen: set[str] = set()
    out = []
    for r in rows:
        cid = r["Crime ID"].strip()
        if cid and cid in seen:
            continue
        seen.add(cid)
        out.append(r)
    return out


def _snapshot(store: Store) -> dict[str, int]:
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="module")
def col_dir(shared) -> Path:
    p = shared / COL
    if not p.exists():
        pytest.skip(f"real data missing: {p}")
    return p


@pytest.fixture(scope="module")
def col_store(tmp_path_factory, col_dir):
    path = tmp_path_factory.mktemp("pol") / "col.duckdb"
    with Store(path) as store:
        results = ingest_paths(store, [col_dir])
        yield store, results


def test_every_city_file_is_ingested(col_store, col_dir):
    _, results = col_store
    files = sorted(p for p in col_dir.rglob("*.csv"))
    assert len(results) == len(files)
    assert all(r.status == "ingested" for r in results), [(r.file, r.reason) for r in results if r.status != "ingested"]
    by_format = Counter(r.format for r in results)
    assert by_format["police_uk_street"] == len([f for f in files if f.name.endswith("-street.csv")])
    assert by_format["police_uk_outcomes"] == len([f for f in files if f.name.endswith("-outcomes.csv")])
    assert by_format["police_uk_stop_search"] == len([f for f in files if f.name.endswith("-stop-and-search.csv")])


def test_street_crimes_by_month_match_raw_files(col_store, col_dir):
    store, _ = col_store
    expected: Counter[date] = Counter()
    expected_type: Counter[tuple[date, str]] = Counter()
    for f in col_dir.rglob("*-street.csv"):
        for r in _kept_street(_rows(f)):
            m = date(int(r["Month"][:4]), int(r["Month"][5:7]), 1)
            expected[m] += 1
            expected_type[(m, r["Crime type"])] += 1
    got = dict(store.con.execute(
        "SELECT period_start, sum(count) FROM counts WHERE source = 'police_uk_street' "
        "AND unit = 'offences' AND area_type = 'force' AND area_code = 'city-of-london' GROUP BY 1").fetchall())
    assert got == dict(expected)
    got_type = {(m, c): n for m, c, n in store.con.execute(
        "SELECT period_start, category, sum(count) FROM counts WHERE source = 'police_uk_street' "
        "AND unit = 'offences' AND area_type = 'force' GROUP BY 1, 2").fetchall()}
    assert got_type == dict(expected_type)
    inc = dict(store.con.execute("SELECT month, count(*) FROM incidents GROUP BY 1").fetchall())
    assert inc == dict(expected)


def test_lsoa_counts_cover_rows_with_an_lsoa(col_store, col_dir):
    store, _ = col_store
    expected: Counter[str] = Counter()
    for f in col_dir.rglob("*-street.csv"):
        for r in _kept_street(_rows(f)):
            if r["LSOA code"].strip():
                expected[r["LSOA code"]] += 1
    got = dict(store.con.execute("SELECT area_code, sum(count) FROM counts WHERE source = 'police_uk_street' "
                                 "AND area_type = 'lsoa' GROUP BY 1").fetchall())
    assert got == dict(expected)


def test_asb_rows_are_kept_with_offence_key(col_store, col_dir):
    store, _ = col_store
    blank = sum(1 for f in col_dir.rglob("*-street.csv") for r in _rows(f) if not r["Crime ID"].strip())
    got = store.con.execute("SELECT count(*), count(*) FILTER (offence_key = 'anti_social_behaviour') "
                            "FROM incidents WHERE crime_id IS NULL").fetchone()
    assert got == (blank, blank)
    assert store.con.execute("SELECT count(*) FROM incidents WHERE offence_key IS NULL").fetchone()[0] == 0


def test_coverage_reports_exactly_the_missing_months(col_store, col_dir):
    store, _ = col_store
    present = sorted(date(int(p.name[:4]), int(p.name[5:7]), 1) for p in col_dir.iterdir()
                     if p.is_dir() and any(p.glob("*-street.csv")))
    expected_missing = [m for m in month_range(present[0], present[-1]) if m not in present]
    assert expected_missing, "the City of London series has known gaps"
    for level in ("force", "lsoa"):
        (span,) = coverage(store, source="police_uk_street", scope="city-of-london", level=level)
        assert span.present == present
        assert span.missing == expected_missing


def test_duplicate_crime_id_drops_match_and_first_row_is_kept(col_store, col_dir):
    store, results = col_store
    by_file = {Path(r.file).name: r for r in results}
    total = 0
    for f in col_dir.rglob("*-street.csv"):
        rows = _rows(f)
        ids = Counter(r["Crime ID"] for r in rows if r["Crime ID"].strip())
        dups = sum(n - 1 for n in ids.values())
        total += dups
        assert by_file[f.name].drop_reasons.get("duplicate crime id", 0) == dups, f.name
        assert by_file[f.name].rows_read == len(rows)
        first = {}
        for r in rows:
            if ids.get(r["Crime ID"], 0) > 1:
                first.setdefault(r["Crime ID"], r)
        for cid, r in first.items():
            kept = store.con.execute(
                "SELECT location, last_outcome, crime_type FROM incidents WHERE crime_id = ?", [cid]).fetchall()
            assert kept == [(r["Location"], r["Last outcome category"] or None, r["Crime type"])]
    assert total > 0


def test_outcomes_exact_duplicates_dropped(col_store, col_dir):
    store, results = col_store
    by_file = {Path(r.file).name: r for r in results}
    for f in col_dir.rglob("*-outcomes.csv"):
        rows = [tuple(r.values()) for r in _rows(f)]
        dups = len(rows) - len(set(rows))
        assert by_file[f.name].drop_reasons.get("exact duplicate row", 0) == dups
        assert by_file[f.name].rows_kept == len(set(rows))
    raw = sum(len({tuple(r.values()) for r in _rows(f)}) for f in col_dir.rglob("*-outcomes.csv"))
    assert store.con.execute("SELECT sum(count) FROM counts WHERE unit = 'outcomes' "
                             "AND area_type = 'force'").fetchone()[0] == raw


def test_stop_and_search_row_counts_match(col_store, col_dir):
    store, results = col_store
    by_file = {Path(r.file).name: r for r in results}
    total = 0
    for f in col_dir.rglob("*-stop-and-search.csv"):
        n = len(_rows(f))
        total += n
        assert by_file[f.name].rows_read == by_file[f.name].rows_kept == n
    assert store.con.execute("SELECT count(*) FROM stops").fetchone()[0] == total
    assert store.con.execute("SELECT sum(count) FROM counts WHERE unit = 'stops'").fetchone()[0] == total


def test_vintage_is_last_month_in_file(col_store):
    store, _ = col_store
    row = store.con.execute("SELECT vintage, vintage_date, vintage_basis, publisher, licence FROM ingests "
                            "WHERE file_name LIKE '2016-01-city-of-london-street.csv'").fetchone()
    assert row == ("police.uk to 2016-01", date(2016, 1, 1), "last month in file",
                   "data.police.uk (City of London Police)", "OGL v3.0")


def test_reingest_is_a_no_op(col_store, col_dir):
    store, _ = col_store
    before = _snapshot(store)
    again = ingest_paths(store, [col_dir])
    assert {r.status for r in again} == {"unchanged"}
    assert _snapshot(store) == before


def test_force_slug_matches_police_uk_force_list(shared):
    forces = shared / "police-forces" / "forces.csv"
    if not forces.exists():
        pytest.skip("forces.csv missing")
    rows = _rows(forces)
    assert len(rows) > 40
    for r in rows:
        assert force_slug(r["Label"]) == r["id"], r


# -- synthetic files --------------------------------------------------------------------------

ROW = ("{id},{month},City of London Police,City of London Police,-0.11,51.51,On or near X,"
       "{lsoa},Camden 028B,{ctype},Under investigation,")


def _street(rows: list[str], *, crlf: bool = False) -> bytes:
    text = ",".join(STREET_HEADER) + "\n" + "\n".join(rows) + "\n"
    return (text.replace("\n", "\r\n") if crlf else text).encode()


def _row(cid: str = "a1", month: str = "2020-01", lsoa: str = "E01000914", ctype: str = "Burglary") -> str:
    return ROW.format(id=cid, month=month, lsoa=lsoa, ctype=ctype)


def test_synthetic_zip_laid_out_like_police_uk(tmp_path, empty_store):
    dec = [_row("d1", "2019-12"), _row("", "2019-12", ctype="Anti-social behaviour"),
           _row("d1", "2019-12", ctype="Robbery"),
           "n1,2019-12,City of London Police,City of London Police,,,No Location,,,Drugs,,"]
    jan = [_row("j1", "2020-01", lsoa="E01035001"), _row("j2", "2020-01", ctype="Space piracy"),
           _row("j3", "2020-02")]
    stops_header = [c for c in STOP_HEADER if c != "Policing operation"]   # newer 14-column schema
    stop = ",".join(stops_header) + "\nPerson search,2019-11-30T23:30:00+00:00,False,51.5,-0.1,Male,18-24," \
        "White,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False\n"
    outcomes = ",".join(OUTCOMES_HEADER) + "\n" + ("o1,2019-12,City of London Police,City of London Police,"
                                                   "-0.1,51.5,On or near Y,E01000001,City of London 001A,"
                                                   "Offender fined\n") * 2
    z = tmp_path / "data.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2019-12/2019-12-city-of-london-street.csv", _street(dec, crlf=True))
        zf.writestr("2019-12/2019-12-city-of-london-outcomes.csv", outcomes)
        zf.writestr("2019-12/2019-12-city-of-london-stop-and-search.csv", stop)
        zf.writestr("2020-01/2020-01-city-of-london-street.csv", _street(jan))
    results = ingest_paths(empty_store, [z])
    by_member = {r.file.split("!")[-1]: r for r in results}
    assert all("!" in r.file for r in results)
    assert {k: v.status for k, v in by_member.items()} == {
        "2019-12/2019-12-city-of-london-street.csv": "ingested",
        "2019-12/2019-12-city-of-london-outcomes.csv": "ingested",
        "2019-12/2019-12-city-of-london-stop-and-search.csv": "ingested",
        "2020-01/2020-01-city-of-london-street.csv": "ingested"}
    d = by_member["2019-12/2019-12-city-of-london-street.csv"]
    assert (d.rows_read, d.rows_kept, d.drop_reasons) == (4, 3, {"duplicate crime id": 1})
    assert any("No Location" in n for n in d.notes)
    j = by_member["2020-01/2020-01-city-of-london-street.csv"]
    assert any("Space piracy" in n for n in j.notes)
    assert any("2021-only" in n for n in j.notes)
    # a zip in the data.police.uk archive layout is a release: every member gets its vintage (the
    # latest month its member names give, as the zip's own name gives none), not each file's last month
    assert j.vintage == d.vintage == "police.uk archive 2020-01"
    o = by_member["2019-12/2019-12-city-of-london-outcomes.csv"]
    assert o.drop_reasons == {"exact duplicate row": 1}
    con = empty_store.con
    assert con.execute("SELECT offence_key FROM incidents WHERE crime_type = 'Space piracy'").fetchall() == [(None,)]
    assert con.execute("SELECT crime_type FROM incidents WHERE crime_id = 'd1'").fetchall() == [("Burglary",)]
    # 23:30 UTC on 30 November is 23:30 GMT: a November stop, though the file is December's
    assert con.execute("SELECT month, force FROM stops").fetchall() == [(date(2019, 11, 1), "city-of-london")]
    assert con.execute("SELECT count(*) FROM counts WHERE area_type = 'lsoa' AND area_code IS NULL").fetchone() == (0,)
    (span,) = coverage(empty_store, source="police_uk_street", scope="city-of-london", level="force")
    assert span.present == [date(2019, 12, 1), date(2020, 1, 1), date(2020, 2, 1)]


def test_given_vintage_and_detection_ignores_file_name(tmp_path, empty_store):
    f = tmp_path / "whatever-name.csv"
    f.write_bytes(_street([_row()]))
    (res,) = ingest_paths(empty_store, [f], vintage="2020-03-05")
    assert (res.format, res.vintage) == ("police_uk_street", "2020-03-05")
    assert empty_store.con.execute("SELECT vintage_date, vintage_basis FROM ingests").fetchone() == (
        date(2020, 3, 5), "given")


BAD = {
    "truncated": (lambda: _street([_row("a"), _row("b")])[:-30], 3, None),
    "bad month": (lambda: _street([_row("a"), _row("b", month="2020/01")]), 3, "Month"),
    "two-digit year": (lambda: _street([_row("a"), _row("b", month="16-01")]), 3, "Month"),
    "blank month": (lambda: _street([_row("a"), _row("b", month="")]), 3, "Month"),
    "bad longitude": (lambda: _street([_row("a"), _row("b").replace("-0.11", "west")]), 3, "Longitude"),
    "undecodable": (lambda: _street([_row("a")] * 2000 + [_row("b")]).replace(b"b,2020", b"b\xff,2020"), 2002, None),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_raises_with_line_and_leaves_store_unchanged(tmp_path, empty_store, case):
    good = tmp_path / "good.csv"
    good.write_bytes(_street([_row("g")]))
    ingest_paths(empty_store, [good])
    before = _snapshot(empty_store)
    make, line, column = BAD[case]
    bad = tmp_path / "2020-01-city-of-london-street.csv"
    bad.write_bytes(make())
    with pytest.raises(ParseError) as err:
        ingest_paths(empty_store, [bad])
    assert str(bad) in str(err.value)
    assert err.value.line == line
    assert err.value.column == column
    assert _snapshot(empty_store) == before


@pytest.mark.parametrize("label", ["Anti-social behaviour", "Criminal damage & arson", " VEHICLE  crime ",
                                   "Violence and sexual offences", "Theft from the person", "Space piracy"])
def test_offence_key_in_sql_agrees_with_taxonomy(label):
    import duckdb

    from crimestats.reference._taxonomy import offence_key
    from crimestats.sources.police_uk import _offence_key_sql

    got = duckdb.connect().execute(f"SELECT {_offence_key_sql('$1')}", [label]).fetchone()[0]
    assert got == offence_key("police_uk", label)


def test_published_rows_kept_beside_the_deduplicated_count(tmp_path):
    """Rows dropped by the Crime ID rule are counted as duplicate_rows, so the published figure
    (every row of the files) can be given: it equals a plain row count of the raw files."""
    import csv as _csv

    import crimestats as cs
    from conftest import need
    from crimestats.facts._published import published_count

    city = need("police-uk-street/city-of-london")
    files = sorted(city.glob("2024-*/*-street.csv"))
    if not files:
        pytest.skip("no 2024 City of London street files")
    rows = crimes = 0
    for f in files:
        with open(f, encoding="utf-8-sig", newline="") as fh:
            for r in _csv.DictReader(fh):
                rows += 1
                crimes += r["Crime type"] != "Anti-social behaviour"
    with cs.Store(tmp_path / "p.duckdb") as store:
        cs.ingest_paths(store, files)
        fact = cs.count(store, measure="all_crime", area="City of London", period="2024")
        published = published_count(store, fact)
        assert published == crimes
        assert fact.value < crimes  # our rule drops the repeated Crime IDs
