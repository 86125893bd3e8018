"""Bad input at the ingest level: every case names the file (and line/column where it applies),
says what to do, and leaves the store exactly as it was."""

from __future__ import annotations

import io
import zipfile

import pytest

from conftest import need
from crimestats import InputError, ParseError, Store, UnknownFormatError, ingest_paths

STREET_HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                 "LSOA name,Crime type,Last outcome category,Context\n")
ROW = ("abc,2020-01,City of London Police,City of London Police,-0.09,51.51,On or near X,E01000001,"
       "City of London 001A,Robbery,Under investigation,\n")


def _tables(store: Store) -> dict[str, int]:
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("ingests", "counts", "coverage", "incidents", "population", "boundaries")}


@pytest.fixture()
def seeded(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        ingest_paths(store, [need("met-homicide-victims/homicides.csv")])
        yield store


def _zip(path, members: dict[str, bytes]):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("name, content, error, pattern", [
    ("empty.csv", b"", UnknownFormatError, r"empty\.csv: the file is empty"),
    ("unknown.csv", b"a,b,c\n1,2,3\n", UnknownFormatError, r"unknown\.csv: .*header a, b, c.*Known formats: .*police_uk_street"),
    ("latin1.csv", STREET_HEADER.encode() + "caf\xe9,2020-01\n".encode("latin-1") * 3,
     ParseError, r"latin1\.csv: bytes at offset \d+ are not UTF-8.*UTF-8"),
    ("truncated.csv", (STREET_HEADER + ROW + ROW[:40]).encode(), ParseError, r"truncated\.csv"),
    ("garbage.zip", b"PK\x03\x04 this is not really a zip archive", ParseError,
     r"garbage\.zip: not a readable zip archive"),
])
def test_bad_files_raise_and_leave_store_unchanged(seeded, tmp_path, name, content, error, pattern):
    before = _tables(seeded)
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(error, match=pattern):
        ingest_paths(seeded, [p])
    assert _tables(seeded) == before


def test_zip_holding_garbage_names_the_member(seeded, tmp_path):
    before = _tables(seeded)
    z = _zip(tmp_path / "archive.zip", {"2020-01/2020-01-city-of-london-street.csv":
                                        (STREET_HEADER + ROW + "x,not-a-month,,,,,,,,Robbery,,\n").encode(),
                                        "2020-01/notes.bin": b"\x00\x01\x02garbage"})
    results = ingest_paths(seeded, [z])
    by_name = {r.file.split("!")[-1]: r for r in results}
    street = by_name["2020-01/2020-01-city-of-london-street.csv"]
    assert street.status == "failed" and "archive.zip!2020-01/2020-01-city-of-london-street.csv" in street.reason
    assert by_name["2020-01/notes.bin"].status in ("skipped", "failed")
    assert _tables(seeded) == before


def test_missing_path_is_an_input_error(seeded, tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ingest_paths(seeded, [tmp_path / "nope.csv"])


def test_reingesting_everything_changes_nothing(real_store_path, shared):
    """The acceptance check: a second `ingest` of the whole shared folder is a no-op."""
    with Store(real_store_path) as store:
        before = _tables(store)
        results = ingest_paths(store, [shared])
        assert {r.status for r in results} <= {"unchanged", "skipped"}
        assert _tables(store) == before
