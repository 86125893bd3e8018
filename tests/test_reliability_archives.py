"""Archives and special files (issue 13, part 3): limits checked before extracting, no recursion
error, scratch folders removed on any exit, FIFOs refused, a full TMPDIR a clear message."""

from __future__ import annotations

import errno
import io
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

import pytest

from conftest import need
from crimestats import InputError, LimitError, Store, ingest_paths
from crimestats.store._archive_safety import (
    SCRATCH_PREFIX,
    ArchiveLimits,
    clean_stale_scratch,
)
from reliability_util import cli, no_traceback, snapshot

MONTH = "police-uk-street/city-of-london/2018-07/2018-07-city-of-london-street.csv"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def seeded(tmp_path):
    """A store holding one real month, and its snapshot."""
    db = tmp_path / "s.duckdb"
    assert cli("ingest", need(MONTH), "--db", db).exit_code == 0
    return db, snapshot(db)


@pytest.fixture()
def own_tmp(tmp_path, monkeypatch):
    """A private temp folder, so scratch folders can be counted."""
    t = tmp_path / "tmp"
    t.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(t))
    monkeypatch.setenv("TMPDIR", str(t))
    return t


def _bomb(path: Path, mib: int = 48, member: str = "2020-01/2020-01-city-of-london-street.csv") -> Path:
    zero = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open(member, "w") as out:
        for _ in range(mib):
            out.write(zero)
    return path


def _nested(path: Path, depth: int) -> Path:
    data = b"hello"
    name = "inner.txt"
    for i in range(depth):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(name, data)
        data, name = buf.getvalue(), f"level{i}.zip"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("member", ["2020-01/2020-01-city-of-london-street.csv",   # streamed (police.uk)
                                    "data/recorded-crime.csv"])                   # extracted (any zip)
def test_zip_bomb_is_refused_before_extraction(seeded, tmp_path, own_tmp, member):
    db, before = seeded
    bomb = _bomb(tmp_path / "bomb.zip", member=member)
    assert bomb.stat().st_size < 1 << 20
    t0 = time.perf_counter()
    r = cli("ingest", bomb, "--db", db)
    took = time.perf_counter() - t0
    no_traceback(r)
    text = " ".join(r.output.split())
    assert r.exit_code == 1 and "compression ratio" in text and "CRIMESTATS_ZIP_MAX_RATIO" in text
    assert took < 30        # refused from the directory, not after inflating (a bound, not a benchmark)
    assert not list(own_tmp.glob(f"{SCRATCH_PREFIX}*")), "nothing extracted, nothing left behind"
    assert snapshot(db) == before


def test_bomb_in_a_folder_fails_alone_and_the_other_files_go_in(tmp_path, own_tmp):
    folder = tmp_path / "f"
    folder.mkdir()
    _bomb(folder / "bomb.zip", mib=8)
    (folder / "m.csv").write_bytes(need(MONTH).read_bytes())
    with Store(tmp_path / "s.duckdb") as store:
        res = {Path(r.file).name: r for r in ingest_paths(store, [folder])}
    assert res["bomb.zip"].status == "failed" and "ratio" in (res["bomb.zip"].reason or "")
    assert res["m.csv"].status == "ingested"


def test_limits_are_overridable_and_count_members_and_sizes(tmp_path, monkeypatch):
    z = tmp_path / "many.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for i in range(12):
            zf.writestr(f"f{i}.txt", "x")
    monkeypatch.setenv("CRIMESTATS_ZIP_MAX_MEMBERS", "10")
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(LimitError, match="number of members") as e:
        ingest_paths(store, [z])
    assert e.value.limit == 10 and e.value.found == 12
    monkeypatch.delenv("CRIMESTATS_ZIP_MAX_MEMBERS")
    monkeypatch.setenv("CRIMESTATS_ZIP_MAX_TOTAL", "5")
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(LimitError, match="uncompressed size"):
        ingest_paths(store, [z])
    assert ArchiveLimits.from_env({"CRIMESTATS_ZIP_MAX_TOTAL": "2G"}).max_total_bytes == 2 << 30
    with pytest.raises(InputError, match="not a size"):
        ArchiveLimits.from_env({"CRIMESTATS_ZIP_MAX_MEMBER": "lots"})


@pytest.mark.parametrize("depth", [5, 1200])
def test_deeply_nested_zips_stop_at_the_depth_limit(tmp_path, depth, own_tmp):
    z = _nested(tmp_path / "nest.zip", depth)
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(LimitError, match="depth") as e:
        ingest_paths(store, [z])
    assert e.value.found == ArchiveLimits().max_depth + 1
    assert not list(own_tmp.glob(f"{SCRATCH_PREFIX}*"))


def test_fifo_named_on_the_command_line_is_refused(seeded, tmp_path):
    db, before = seeded
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    p = subprocess.run([str(Path(sys.executable).with_name("crimestats")), "ingest", str(fifo), "--db", str(db)],
                       capture_output=True, text=True, timeout=120, cwd=REPO, check=False)
    out = " ".join((p.stdout + p.stderr).split())
    assert p.returncode == 1 and "FIFO" in out and "Traceback" not in out
    assert snapshot(db) == before


def test_fifo_in_a_folder_is_skipped_and_the_rest_goes_in(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.csv")
    (folder / "m.csv").write_bytes(need(MONTH).read_bytes())
    with Store(tmp_path / "s.duckdb") as store:
        res = {Path(r.file).name: r for r in ingest_paths(store, [folder])}
    assert res["a-pipe.csv"].status == "skipped" and "FIFO" in (res["a-pipe.csv"].reason or "")
    assert res["m.csv"].status == "ingested"


_HOLDER = textwrap.dedent("""
    import sys, time
    from contextlib import ExitStack
    from crimestats.store._archive_safety import scratch_dir, signals_exit_cleanly
    with ExitStack() as stack:
        stack.enter_context(signals_exit_cleanly())
        d = scratch_dir(stack, display="x.zip")
        (d / "member.csv").write_text("a,b\\n" * 1000)
        print(d, flush=True)
        time.sleep(60)
""")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_scratch_folder_is_removed_on_a_termination_signal(tmp_path, sig):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    p = subprocess.Popen([sys.executable, "-c", _HOLDER], stdout=subprocess.PIPE, text=True, env=env)
    d = Path(p.stdout.readline().strip())
    assert d.exists() and d.name.startswith(SCRATCH_PREFIX)
    p.send_signal(sig)
    assert p.wait(timeout=30) != 0
    assert not d.exists()


def test_scratch_left_by_kill_9_is_cleaned_by_the_next_run(tmp_path, monkeypatch):
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    p = subprocess.Popen([sys.executable, "-c", _HOLDER], stdout=subprocess.PIPE, text=True, env=env)
    d = Path(p.stdout.readline().strip())
    p.kill()
    p.wait(timeout=30)
    assert d.exists()       # SIGKILL cannot be caught
    mine = tmp_path / f"{SCRATCH_PREFIX}{os.getpid()}-live"
    mine.mkdir()            # a folder of a process still running is left alone
    assert clean_stale_scratch(tmp_path) == [d]
    assert not d.exists() and mine.exists()
    # and a real ingest does it by itself
    d.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with Store(tmp_path / "s.duckdb") as store:
        ingest_paths(store, [need(MONTH)])
    assert not d.exists()


def test_full_temp_folder_is_a_clear_message(seeded, tmp_path, monkeypatch, own_tmp):
    db, before = seeded
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2018-07/2018-07-city-of-london-street.csv", need(MONTH).read_bytes())
    import crimestats.store._archive as streamed
    import crimestats.store._archive_safety as safety

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    # both ways an archive is read: extracted (any zip) and streamed (a data.police.uk archive, as this is)
    monkeypatch.setattr(safety, "open", full, raising=False)
    monkeypatch.setattr(streamed, "open", full, raising=False)
    r = cli("ingest", z, "--db", db, "--format", "json")
    no_traceback(r)
    text = " ".join(r.output.split())
    assert r.exit_code == 1 and "no space left" in text and "TMPDIR" in text
    assert snapshot(db) == before
    monkeypatch.undo()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing" / "dir"))
    r = cli("ingest", z, "--db", db)
    no_traceback(r)
    assert r.exit_code == 1 and "TMPDIR" in " ".join(r.output.split())
