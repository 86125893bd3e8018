"""`crimestats export`: the store as a Hive-partitioned Parquet dataset."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .._errors import CrimestatsError
from ._app import DbOption, Format, app, emit, fail, open_store


@app.command("export")
def export_cmd(
    parquet: Path = typer.Option(..., "--parquet", help="Folder to write (new or empty)."),
    overwrite: bool = typer.Option(False, help="Replace the folder's contents."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | csv | json"),
    db: Optional[Path] = DbOption,
) -> None:
    """Write the store as Parquet partitioned source=/force=/year= (DuckDB, Polars, Spark read it).

    Example: crimestats export --parquet ./crimestats-parquet
    """
    from ..store._export import export_parquet

    store = open_store(db, read_only=True)
    try:
        rows = export_parquet(store, parquet, overwrite=overwrite)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    emit([{"table": t, "rows": n} for t, n in rows.items()], fmt, title=f"exported to {parquet}")
