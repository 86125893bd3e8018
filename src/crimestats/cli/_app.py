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
from typer.core import TyperOption

from .._errors import CrimestatsError, clip
from .._version import __version__

app = typer.Typer(
    name="crimestats",
    help="Police-recorded crime statistics: ingest official data, compute figures, check claims.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Typer's Rich help shows a switch as taking a value ('--rank <bool>'), though `--rank true` is an
# error: a switch is shown bare, as in click's plain help.
_type_column = TyperOption.display_type_rich


def _switch_bare(self: TyperOption, ctx: Any) -> str | None:
    return None if self.is_flag else _type_column(self, ctx)


TyperOption.display_type_rich = _switch_bare  # type: ignore[method-assign]


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"crimestats {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                       help="Print the crimestats version and exit.")) -> None:
    """Police-recorded crime statistics: ingest official data, compute figures, check claims."""

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


def hint_line(exc: Exception) -> str | None:
    """The options an error suggests, as this CLI's flags ('try --as-of YYYY-MM-DD'), or None."""
    hints = getattr(exc, "hints", ())
    if not hints:
        return None
    return "try: " + "  or  ".join(h.as_cli() for h in hints)


def fail(exc: Exception, code: int = 1) -> "typer.Exit":
    from rich.markup import escape

    # escaped: a message quoting a file's content must not be read as Rich markup; capped in length
    err_console.print(f"[bold red]error:[/] {escape(clip(exc, 2_000))}", markup=True, highlight=False,
                      soft_wrap=True)
    line = hint_line(exc)
    if line:
        err_console.print(line, markup=False, highlight=False, soft_wrap=True)
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
    """The `crimestats` command: a crimestats error is a message; anything else is a short report
    naming the exception, not a traceback (CRIMESTATS_DEBUG=1 shows the traceback)."""
    import importlib
    import os

    try:        # typer vendors click in recent versions
        _click_errors = importlib.import_module("typer._click.exceptions")
    except ImportError:
        _click_errors = importlib.import_module("click.exceptions")

    if os.environ.get("CRIMESTATS_DEBUG"):
        app()
        return
    try:
        rv = app(standalone_mode=False)
    except (typer.Exit, SystemExit) as exc:
        code = getattr(exc, "exit_code", getattr(exc, "code", 0))
        raise SystemExit(code) from None
    except KeyboardInterrupt:
        err_console.print("interrupted: nothing half-written is kept (each file is its own transaction)")
        raise SystemExit(130) from None
    except _click_errors.ClickException as exc:     # a usage error: click's own message
        exc.show()
        raise SystemExit(exc.exit_code) from None
    except getattr(_click_errors, "Abort", KeyboardInterrupt):
        raise SystemExit(1) from None
    except CrimestatsError as exc:
        raise fail(exc) from None
    except Exception as exc:  # noqa: BLE001 - the last line of defence: a message, never a traceback
        err_console.print(f"internal error ({type(exc).__name__}): {clip(exc, 500)}. This is a bug in "
                          "crimestats: please report it with the command you ran (CRIMESTATS_DEBUG=1 shows "
                          "the traceback).", markup=False, highlight=False, soft_wrap=True)
        raise SystemExit(2) from None
    raise SystemExit(rv if isinstance(rv, int) else 0)
