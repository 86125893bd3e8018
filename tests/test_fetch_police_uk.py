"""`fetch police-uk` against a real local HTTP server (with Range support) and a mirror folder,
serving small archives built here from the real force files: resume, checksum, cache, no internet."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import threading
from datetime import date
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from conftest import need
from crimestats import FetchError, Store
from crimestats.cli import app
from test_police_uk_archive import PICK, build_archive, raw_rows


class _RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files, honouring 'Range: bytes=N-' (as data.police.uk's server does)."""

    ranges: ClassVar[list[str | None]] = []
    hits: ClassVar[list[str]] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        _RangeHandler.hits.append(self.path)
        rng = self.headers.get("Range")
        _RangeHandler.ranges.append(rng)
        path = self.translate_path(self.path)
        try:
            data = Path(path).read_bytes()
        except OSError:
            self.send_error(404)
            return
        start = int(rng.split("=")[1].split("-")[0]) if rng else 0
        if start >= len(data) and rng:
            self.send_response(416)
            self.end_headers()
            return
        self.send_response(206 if rng else 200)
        if rng:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        self.wfile.write(data[start:])


@pytest.fixture()
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    build_archive(root / "2022-03.zip")
    _RangeHandler.ranges, _RangeHandler.hits = [], []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_RangeHandler, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", root
    httpd.shutdown()
    httpd.server_close()


def _force_month(store, force, month):
    return store.con.execute(
        "SELECT sum(count) FROM counts_latest WHERE source = 'police_uk_street' AND area_type = 'force' "
        "AND area_code = ? AND period_start = ?", [force, date.fromisoformat(month + "-01")]).fetchone()[0]


def test_archive_requests_cover_the_months():
    from crimestats.store._fetch_police_uk import archive_requests

    reqs = archive_requests("2019-06..2025-12")
    assert [r.name for r in reqs] == ["2025-12.zip", "2022-12.zip", "2019-12.zip"]
    assert reqs[0].months == (date(2023, 1, 1), date(2025, 12, 1))
    assert reqs[-1].months == (date(2019, 6, 1), date(2019, 12, 1))
    assert [r.name for r in archive_requests(None)] == ["latest.zip"]


def test_fetch_from_url_caches_progress_and_ingests(server, tmp_path):
    from crimestats.store._fetch_police_uk import fetch_police_uk

    base, _ = server
    seen = []
    with Store(tmp_path / "s.duckdb") as store:
        res = fetch_police_uk(store, months="2022-02..2022-03", forces=["cumbria"], mirror=base,
                              cache_dir=tmp_path / "cache", progress=lambda n, d, t: seen.append((d, t)))
        assert [r.status for r in res] == ["ingested", "ingested"]
        assert _force_month(store, "cumbria", "2022-02") == raw_rows("2022-02", "cumbria")
        assert _force_month(store, "cumbria", "2022-01") is None       # not asked for: no data
        assert seen and seen[-1][0] == seen[-1][1]                      # progress reached the total
        n = len([h for h in _RangeHandler.hits if h.endswith(".zip")])
        again = fetch_police_uk(store, months="2022-02..2022-03", forces=["cumbria"], mirror=base,
                                cache_dir=tmp_path / "cache")
        assert {r.status for r in again} == {"unchanged"}
        assert len([h for h in _RangeHandler.hits if h.endswith(".zip")]) == n    # read from the cache


def test_interrupted_download_resumes_with_a_range_request(server, tmp_path):
    from crimestats.store._fetch_police_uk import fetch_police_uk

    base, root = server
    data = (root / "2022-03.zip").read_bytes()
    (root / "2022-03.zip.sha256").write_text(hashlib.sha256(data).hexdigest() + "  2022-03.zip\n")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "2022-03.zip.part").write_bytes(data[: len(data) // 3])      # a download cut short
    with Store(tmp_path / "s.duckdb") as store:
        res = fetch_police_uk(store, months="2022-01..2022-03", mirror=base, cache_dir=cache)
    assert [r.status for r in res] == ["ingested"] * len(PICK)
    assert f"bytes={len(data) // 3}-" in _RangeHandler.ranges
    assert (cache / "2022-03.zip").read_bytes() == data and not (cache / "2022-03.zip.part").exists()


def test_checksum_mismatch_ingests_nothing(server, tmp_path):
    from crimestats.store._fetch_police_uk import fetch_police_uk

    base, root = server
    (root / "2022-03.zip.sha256").write_text("0" * 64 + "\n")
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(FetchError, match="SHA-256"):
            fetch_police_uk(store, months="2022-03", mirror=base, cache_dir=tmp_path / "cache")
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone() == (0,)
    assert not (tmp_path / "cache" / "2022-03.zip").exists()


def test_cli_fresh_clone_fetch_mirror_folder_then_league(tmp_path):
    """No internet: fetch from a mirror folder, then a force league table, from the CLI alone."""
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    build_archive(mirror / "2022-03.zip")
    db = str(tmp_path / "c.duckdb")
    runner = CliRunner()
    r = runner.invoke(app, ["fetch", "police-uk", "--months", "2022-01..2022-03", "--mirror", str(mirror),
                            "--db", db, "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.count(",ingested,") == len(PICK)
    r = runner.invoke(app, ["fetch", "police-uk", "--months", "2022-01..2022-04", "--mirror", str(mirror),
                            "--db", db])
    assert r.exit_code == 1 and "2022-04.zip" in r.output
    r = runner.invoke(app, ["ingest", str(need("ons-population/britishdrugdynamics/population_policeforces.csv")),
                            "--db", db])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["league", "--measure", "burglary", "--period", "2022-01..2022-03", "--db", db,
                            "--format", "json"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.output)
    ranked = [row["force"] for row in got["rows"] if row["rank"] is not None]
    assert sorted(ranked) == ["city-of-london", "cumbria"]          # BTP: no residents, no rank
    assert all(row["coverage"] == "3/3" for row in got["rows"])
