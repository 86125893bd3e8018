"""`fetch` against a real local HTTP server (no internet here): download, cache, ingest, errors."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading

import pytest
from typer.testing import CliRunner

from conftest import need
from crimestats import FetchError, InputError, Store
from crimestats.cli import app
from crimestats.store._fetch import fetch, load_catalogue


class _Handler(http.server.SimpleHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        _Handler.hits.append(self.path)
        super().do_GET()


@pytest.fixture()
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    shutil.copyfile(need("mps-recorded-crime/borough_21_23.csv"),
                    root / "MPS Borough Level Crime (most recent 24 months).csv")
    _Handler.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                            functools.partial(_Handler, directory=str(root)))
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", root
    httpd.shutdown()
    httpd.server_close()


def test_packaged_catalogue_lists_london_datastore_files():
    cat = load_catalogue()
    assert {"mps-borough-recent", "mps-ward-recent"} <= {d.name for d in cat}
    assert all(d.url.startswith("https://data.london.gov.uk/") for d in cat)


def test_fetch_from_mirror_url_downloads_caches_and_ingests(server, tmp_path):
    base, _ = server
    cache = tmp_path / "cache"
    with Store(tmp_path / "s.duckdb") as store:
        res = fetch(store, names=["mps-borough-recent"], mirror=base, cache_dir=cache)
        assert [r.status for r in res] == ["ingested"]
        assert res[0].format and res[0].rows_kept > 0
        assert len(_Handler.hits) == 1
        again = fetch(store, names=["mps-borough-recent"], mirror=base, cache_dir=cache)
        assert [r.status for r in again] == ["unchanged"]
        assert len(_Handler.hits) == 1  # served from the cache
        fetch(store, names=["mps-borough-recent"], mirror=base, cache_dir=cache, refresh=True)
        assert len(_Handler.hits) == 2


def test_fetch_with_own_catalogue_and_cli(server, tmp_path):
    base, _ = server
    cat = tmp_path / "cat.json"
    cat.write_text(json.dumps({"datasets": [{"name": "b", "file": "b.csv",
                                             "url": base + "/MPS%20Borough%20Level%20Crime%20%28most%20recent%2024%20months%29.csv"}]}))
    r = CliRunner().invoke(app, ["fetch", "--db", str(tmp_path / "c.duckdb"), "--catalogue", str(cat),
                                 "--cache", str(tmp_path / "cache"), "--format", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)[0]["status"] == "ingested"


def test_fetch_errors_are_clear(server, tmp_path):
    base, root = server
    with Store(tmp_path / "s.duckdb") as store:
        with pytest.raises(FetchError, match="mps-ward-recent.*failed"):
            fetch(store, names=["mps-ward-recent"], mirror=base, cache_dir=tmp_path / "c")
        with pytest.raises(InputError, match="unknown dataset"):
            fetch(store, names=["nope"], mirror=base)
        with pytest.raises(FetchError, match="not found in the mirror folder"):
            fetch(store, names=["mps-ward-recent"], mirror=str(root), cache_dir=tmp_path / "c")
        assert store.con.execute("SELECT count(*) FROM ingests").fetchone()[0] == 0
