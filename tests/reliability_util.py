"""Helpers shared by tests/test_reliability_*.py: snapshot a store, run the CLI, assert no traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
from typer.testing import CliRunner

from crimestats.cli import app

runner = CliRunner()
TABLES = ("ingests", "coverage", "counts", "incidents", "outcomes", "stops", "population", "rates", "areas",
          "boundaries")


def cli(*args: str) -> Any:
    """Run the CLI in-process; the result has .exit_code, .output, .exception."""
    return runner.invoke(app, [str(a) for a in args])


def snapshot(db: str | Path) -> tuple[dict[str, int], Any]:
    """Row counts of every table and `sources --format json`: what must not change after refused input."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}
    finally:
        con.close()
    r = cli("sources", "--db", str(db), "--format", "json")
    assert r.exit_code == 0, r.output
    return counts, json.loads(r.output)


def no_traceback(result: Any) -> None:
    """The CLI answered with a message, not a Python traceback (an unhandled exception)."""
    assert "Traceback" not in result.output, result.output
    exc = result.exception
    assert exc is None or isinstance(exc, SystemExit), repr(exc)
