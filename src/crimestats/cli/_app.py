"""The Typer app, shared options and output helpers for every command."""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from .._errors import CrimestatsError

app = typer.Typer(
    name="crimestats",
    help="Police-recorded crime statistics: ingest official data, compute figures, check claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(
    None, "--db", envvar="CRIMESTATS_DB",
    help="Store file (DuckDB). Default: $CRIMESTATS_DB, else crimestats.duckdb in your data directory.",
)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def fail(exc: Exception, code: int = 1) -> "typer.Exit":
    err_console.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def open_store(db: Optional[Path], *, read_only: bool = False):
    from ..store._store import Store

    try:
        return Store(db, read_only=read_only)
    except CrimestatsError as exc:
        raise fail(exc) from exc


def emit(rows: list[dict[str, Any]], fmt: Format, *, title: str | None = None,
         columns: list[str] | None = None) -> None:
    """Print rows as a Rich table, CSV or JSON."""
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt == Format.json:
        sys.stdout.write(json.dumps(rows, indent=2, default=str) + "\n")
    elif fmt == Format.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in columns})
        sys.stdout.write(buf.getvalue())
    else:
        t = Table(title=title, show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
        console.print(t)


def main() -> None:
    app()
