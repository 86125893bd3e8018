"""Shared test fixtures: where the real data lives, and one ingested store reused by all tests.

Real data is read from ../shared/data beside the repository (override with CRIMESTATS_SHARED_DATA).
Tests never copy it into the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_data_dir() -> Path:
    env = os.environ.get("CRIMESTATS_SHARED_DATA")
    return Path(env) if env else (REPO.parent / "shared" / "data")


SHARED = shared_data_dir()


def need(rel: str) -> Path:
    """Path to a real data file; skip the test (loudly) if the shared data is not there."""
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"real data file missing: {p} (set CRIMESTATS_SHARED_DATA)")
    return p


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip(f"shared data folder missing: {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def real_store_path(tmp_path_factory, shared) -> Path:
    """A store holding everything crimestats can ingest from ../shared/data (built once)."""
    from crimestats import Store, ingest_paths

    path = tmp_path_factory.mktemp("real") / "real.duckdb"
    with Store(path) as store:
        results = ingest_paths(store, [shared])
    failed = [r for r in results if r.status == "failed"]
    assert not failed, [f"{r.file}: {r.reason}" for r in failed]
    return path


@pytest.fixture()
def real_store(real_store_path):
    from crimestats import Store

    with Store(real_store_path, read_only=True) as store:
        yield store


@pytest.fixture()
def empty_store(tmp_path):
    from crimestats import Store

    with Store(tmp_path / "t.duckdb") as store:
        yield store
