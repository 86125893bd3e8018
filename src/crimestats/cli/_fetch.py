"""`crimestats fetch`: download the official London files and ingest them."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .._errors import CrimestatsError
from ._app import DbOption, Format, app, emit, err_console, fail, open_store


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
    months: Optional[str] = typer.Option(
        None, help="police-uk: months to ingest, FIRST..LAST (e.g. 2023-01..2025-12); default: latest.zip."),
    forces: List[str] = typer.Option(
        None, "--forces", help="police-uk: force ids (data.police.uk slugs, e.g. merseyside,cumbria); default all."),
    sha256: Optional[str] = typer.Option(None, help="police-uk: expected SHA-256 of the archive."),
    vintage: Optional[str] = typer.Option(
        None, help="police-uk: release label YYYY-MM (default: the archive's name or its latest month)."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json."),
) -> None:
    """Download the official files (cached) and ingest them; `police-uk` fetches data.police.uk archives.

    Example: crimestats fetch mps-borough-recent --mirror ./downloads --db crimestats.duckdb
    Example: crimestats fetch police-uk --months 2022-01..2022-11 --forces merseyside --mirror ./archives
    """
    from ..store._fetch import fetch as _fetch
    from ..store._fetch import load_catalogue

    if names and names[0] == "police-uk":
        if len(names) > 1:
            raise fail(CrimestatsError("give police-uk on its own (choose forces with --forces)"), 2)
        _police_uk(db=db, mirror=mirror, cache=cache, refresh=refresh, months=months, forces=forces,
                   sha256=sha256, vintage=vintage, fmt=fmt)
        return
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


def _police_uk(*, db, mirror, cache, refresh, months, forces, sha256, vintage, fmt: Format) -> None:
    """Fetch data.police.uk archive(s) with a progress bar on stderr, then one line per force-month."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn, TransferSpeedColumn

    from ..store._fetch_police_uk import fetch_police_uk

    slugs = [f.strip() for item in (forces or []) for f in item.split(",") if f.strip()] or None
    store = open_store(db)
    try:
        with Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
                      console=err_console, transient=True, disable=fmt != Format.table) as prog:
            tasks: dict[str, TaskID] = {}

            def progress(name: str, done: int, total: int | None) -> None:
                if name not in tasks:
                    tasks[name] = prog.add_task(name, total=total)
                prog.update(tasks[name], completed=done, total=total)

            results = fetch_police_uk(store, months=months, forces=slugs, mirror=mirror, cache_dir=cache,
                                      sha256=sha256, refresh=refresh, vintage=vintage, progress=progress)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    emit([{"file": r.file.rsplit("!", 1)[-1], "status": r.status, "rows_kept": r.rows_kept,
           "vintage": r.vintage, "why": r.reason or ""} for r in results], fmt)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)
