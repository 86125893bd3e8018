"""Never a traceback (issue 13, part 4): every file is ingested or reported failed with file, line or
column and cause; the other files go on; a failed commit leaves the store as it was; messages are
capped; DuckDB's 'transaction is aborted' never hides the real cause."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import need
from crimestats import ParseError, Store, StoreError, ingest_paths
from crimestats.store._failures import first_bad_utf8
from reliability_util import cli, no_traceback, snapshot

MONTH = "police-uk-street/city-of-london/2018-07/2018-07-city-of-london-street.csv"
VICTIMS = "met-homicide-victims/homicides.csv"
WIDE = "mps-recorded-crime/borough_21_23.csv"


def _latin1_late(src: Path, dst: Path, back: int = 20) -> int:
    """Copy ``src`` with a Latin-1 'é' put in a line ``back`` lines from the end; its 1-based line."""
    lines = src.read_bytes().split(b"\n")
    n = len(lines) - back
    lines[n] = lines[n].replace(b",", b",Caf\xe9 ", 1)
    dst.write_bytes(b"\n".join(lines))
    return n + 1


@pytest.fixture()
def seeded(tmp_path):
    db = tmp_path / "s.duckdb"
    assert cli("ingest", need(MONTH), "--db", db).exit_code == 0
    return db, snapshot(db)


def test_latin1_byte_late_in_csv_names_file_and_line_and_the_folder_goes_on(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    line = _latin1_late(need(VICTIMS), folder / "homicides.csv")
    shutil.copy(need(MONTH), folder / "street.csv")
    db = tmp_path / "s.duckdb"
    r = cli("ingest", folder, "--db", db, "--format", "json")
    no_traceback(r)
    res = {Path(x["file"]).name: x for x in json.loads(r.output)}
    assert res["street.csv"]["status"] == "ingested"
    bad = res["homicides.csv"]
    assert bad["status"] == "failed"
    assert f"line {line}" in bad["reason"] and "0xe9" in bad["reason"] and "UTF-8" in bad["reason"]
    assert "Traceback" not in bad["reason"] and "transaction" not in bad["reason"].lower()


def test_late_bad_byte_in_wide_csv_is_not_hidden_by_an_aborted_transaction(seeded, tmp_path):
    db, before = seeded
    bad = tmp_path / "wide.csv"
    line = _latin1_late(need(WIDE), bad, back=10)
    r = cli("ingest", bad, "--db", db)
    no_traceback(r)
    text = " ".join(r.output.split())
    assert r.exit_code == 1 and f"line {line}" in text and "not UTF-8" in text
    assert "transaction" not in text.lower()
    assert snapshot(db) == before


def test_first_bad_utf8_across_chunk_edges(tmp_path):
    p = tmp_path / "x.txt"
    body = ("é" * 700_000 + "\n") * 2         # multi-byte characters split across 1 MiB chunks
    data = body.encode() + b"ok\nbad \xff here\n"
    p.write_bytes(data)
    line, at, byte = first_bad_utf8(p)
    assert (line, at, byte) == (data[:data.index(b"\xff")].count(b"\n") + 1, data.index(b"\xff"), 0xFF)
    p.write_bytes(body.encode())
    assert first_bad_utf8(p) is None


def _parquet_with(tmp_path, name: str, column: str, to: pa.DataType) -> Path:
    src = need(f"met-london-datastore-parquet/{name}")
    t = pq.read_table(src)
    i = t.schema.get_field_index(column)
    col = t[column]
    if pa.types.is_timestamp(col.type) and pa.types.is_integer(to):
        col = pc.cast(col, pa.int64())
    t = t.set_column(i, column, pc.cast(col, to))
    out = tmp_path / f"bad-{name}"
    pq.write_table(t, out)
    return out


@pytest.mark.parametrize(("name", "column", "to", "shown"), [
    ("monthly-crime-dashboard.parquet", "count", pa.string(), "count: string"),
    ("custody.parquet", "offence_count", pa.string(), "offence_count: string"),
    ("monthly-crime-dashboard.parquet", "month_year", pa.int64(), "month_year: int64"),
])
def test_parquet_column_of_the_wrong_type_is_named(seeded, tmp_path, name, column, to, shown):
    db, before = seeded
    f = _parquet_with(tmp_path, name, column, to)
    r = cli("ingest", f, "--db", db)
    no_traceback(r)
    text = " ".join(r.output.split())
    assert r.exit_code == 1 and "does not have the type" in text and shown in text
    assert "transaction" not in text.lower() and "LINE 1" not in text
    assert snapshot(db) == before


class _DiskFull:
    """A connection whose commit fails as DuckDB's does on a full disk (the transaction is gone)."""

    def __init__(self, con):
        self._con = con

    def commit(self):
        self._con.rollback()
        raise duckdb.IOException("Could not write file \"s.duckdb.wal\": No space left on device")

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_failed_commit_is_a_clear_store_error_and_nothing_is_kept(seeded, tmp_path):
    db, before = seeded
    other = need("police-uk-street/city-of-london/2018-08/2018-08-city-of-london-street.csv")
    with Store(db) as store:
        real = store.con
        store.con = _DiskFull(real)
        with pytest.raises(StoreError) as e:
            ingest_paths(store, [other])
        store.con = real
    msg = str(e.value)
    assert "could not save" in msg and "No space left" in msg and "Nothing from this file was stored" in msg
    assert "rollback" not in msg.lower()
    assert snapshot(db) == before
    assert cli("ingest", other, "--db", db).exit_code == 0     # the store still works afterwards


def test_future_month_is_named_as_such(seeded, tmp_path):
    db, before = seeded
    src = need(MONTH)
    f = tmp_path / "future.csv"
    f.write_text(src.read_text(encoding="utf-8").replace(",2018-07,City", ",2099-03,City", 1), encoding="utf-8")
    r = cli("ingest", f, "--db", db)
    no_traceback(r)
    text = " ".join(r.output.split())
    assert r.exit_code == 1 and "2099-03 is in the future" in text and "line 2" in text
    assert "None" not in text
    assert snapshot(db) == before


def test_messages_are_capped_for_a_huge_header(seeded, tmp_path):
    db, before = seeded
    f = tmp_path / "huge.csv"
    f.write_text(",".join(f"col{i}" + "x" * 5000 for i in range(2000)) + "\n1,2\n", encoding="utf-8")
    r = cli("ingest", f, "--db", db)
    no_traceback(r)
    assert r.exit_code == 1 and len(r.output) < 3000
    assert snapshot(db) == before


def test_rich_markup_in_a_file_name_is_printed_as_written(tmp_path):
    f = tmp_path / "[bold]x[red].csv"
    f.write_text("a,b\n1,2\n", encoding="utf-8")
    r = cli("ingest", f, "--db", tmp_path / "s.duckdb")
    no_traceback(r)
    assert r.exit_code == 1 and "[bold]x[red].csv" in " ".join(r.output.split())


_GOOD = None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.tuples(st.integers(0, 40_000), st.binary(min_size=0, max_size=6)), min_size=1, max_size=4))
def test_fuzzed_street_file_is_ingested_or_reported_never_a_crash(tmp_path_factory, cuts):
    """Bytes replaced anywhere in a real month: the ingest stores it or fails it with a message; a failed
    file leaves the store exactly as it was."""
    global _GOOD
    src = need(MONTH).read_bytes()
    data = bytearray(src)
    for at, junk in cuts:
        at = min(at, len(data))
        data[at:at + len(junk)] = junk
    d = tmp_path_factory.mktemp("fz")
    f = d / "2018-07-city-of-london-street.csv"
    f.write_bytes(bytes(data))
    db = d / "s.duckdb"
    with Store(db) as store:
        try:
            res = ingest_paths(store, [f])
        except ParseError as exc:
            assert str(exc) and len(str(exc)) < 2000
            res = None
        except Exception as exc:  # noqa: BLE001 - any other crimestats error is fine, a crash is not
            from crimestats import CrimestatsError
            assert isinstance(exc, CrimestatsError), repr(exc)
            res = None
    if res is None or res[0].status != "ingested":
        counts, _src = snapshot(db)
        assert counts["ingests"] == counts["incidents"] == counts["coverage"] == 0
