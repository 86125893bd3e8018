"""`crimestats fetch`: download the official London files and ingest them."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .._errors import CrimestatsError
from ._app import DbOption, Format, app, emit, fail, open_store


@app.command()
def fetch(
    names: List[str] = typer.Argument(None, help="Datasets to fetch (default: all in the catalogue)."),
    db: Optional[Path] = DbOption,
    mirror: Optional[str] = typer.Option(
        None, envvar="CRIMESTATS_MIRROR",
        help="A folder or URL holding the files under the catalogue's file names (no internet needed)."),
    cache: Optional[Path] = typer.Option(None, help="Download cache folder (default: user cache dir)."),
    catalogue: Optional[Path] = typer.Option(None, help="Your own catalogue JSON (when links have moved)."),
    refresh: bool = typer.Option(False, help="Download again even if cached."),
    list_: bool = typer.Option(False, "--list", help="List the catalogue and exit."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json."),
) -> None:
    """Download the official London files (cached) and ingest them.

    Example: crimestats fetch mps-borough-recent --mirror ./downloads --db crime.duckdb
    """
    from ..store._fetch import fetch as _fetch
    from ..store._fetch import load_catalogue

    try:
        if list_:
            emit([d.__dict__ for d in load_catalogue(catalogue)], fmt,
                 columns=["name", "file", "description", "url"])
            return
        store = open_store(db)
        try:
            results = _fetch(store, names=names or None, mirror=mirror, cache_dir=cache,
                             catalogue=catalogue, refresh=refresh)
        finally:
            store.close()
    except CrimestatsError as exc:
        raise fail(exc) from exc
    emit([{"file": r.file, "status": r.status, "format": r.format, "rows_kept": r.rows_kept,
           "vintage": r.vintage, "why": r.reason or ""} for r in results], fmt)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)
