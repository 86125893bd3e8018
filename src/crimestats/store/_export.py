"""Export the store as a Hive-partitioned Parquet dataset, and read one back with DuckDB.

``export_parquet(store, folder)`` writes every table as Parquet under ``folder/<table>/``:
``counts``, ``incidents``, ``outcomes`` and ``stops`` partitioned ``source=/force=/year=`` (the force is
the data.police.uk force id of the file a row came from, or the row's own force code; ``none`` for
rows of no force), ``coverage`` by ``source=``, and the small tables (``ingests``, ``population``,
``rates``, ``areas``, ``boundaries``, ``meta``) as one file each.  DuckDB, Polars and Spark read it
with Hive partitioning.  Every vintage is exported, with ``ingest_id`` and ``ingests`` beside it, so
the latest-vintage rule is the same view as in the store.

``open_parquet(folder)`` gives an in-memory DuckDB connection whose tables are views over that
dataset and whose ``latest_ingest`` / ``counts_latest`` views are the store's own definitions: the
SQL crimestats runs on the store (a Fact's ``sql``, a league table's) runs on it unchanged.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb

from .._errors import InputError
from ._schema import DDL
from ._store import Store

__all__ = ["PARTITIONED", "export_parquet", "open_parquet"]

# table -> Hive partition columns
PARTITIONED = {"counts": ("source", "force", "year"), "incidents": ("source", "force", "year"),
               "outcomes": ("source", "force", "year"), "stops": ("source", "force", "year"),
               "coverage": ("source",)}
_SINGLE = ("ingests", "population", "rates", "areas", "boundaries", "meta")
_TIME = {"counts": "period_start", "incidents": "month", "outcomes": "month", "stops": "month"}


def _q(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _select(table: str) -> str:
    """Rows of ``table`` with the partition columns added."""
    if table == "coverage":
        return "SELECT * FROM coverage"
    if table == "counts":
        return ("SELECT t.*, coalesce(CASE WHEN t.area_type = 'force' THEN t.area_code END, f.force, 'none') "
                "AS force, year(t.period_start) AS year FROM counts t LEFT JOIN _export_force f USING (ingest_id)")
    own = "t.force, " if table == "stops" else ""
    cols = "t.* EXCLUDE (force)" if table == "stops" else "t.*"
    return (f"SELECT {cols}, i.source, coalesce({own}f.force, 'none') AS force, year(t.{_TIME[table]}) AS year "
            f"FROM {table} t JOIN ingests i USING (ingest_id) LEFT JOIN _export_force f USING (ingest_id)")


def export_parquet(store: Store, folder: Path, *, overwrite: bool = False) -> dict[str, int]:
    """Write the store under ``folder`` (rows per table returned); refuses a non-empty folder
    unless ``overwrite``."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        if not overwrite:
            raise InputError(f"{folder}: not empty; give an empty or new folder (or overwrite=True)")
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    con = store.con
    # the force of each ingest: the one force its coverage names (police.uk files name one)
    con.execute("""CREATE OR REPLACE TEMP TABLE _export_force AS
                   SELECT ingest_id, CASE WHEN count(DISTINCT scope_code) = 1 THEN min(scope_code) END AS force
                   FROM coverage WHERE scope_type = 'force' GROUP BY ingest_id""")
    rows: dict[str, int] = {}
    try:
        for table, parts in PARTITIONED.items():
            n = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            rows[table] = int(n[0]) if n else 0
            if rows[table] == 0:
                continue
            con.execute(f"COPY ({_select(table)}) TO {_q(folder / table)} "
                        f"(FORMAT parquet, PARTITION_BY ({', '.join(parts)}), COMPRESSION zstd)")
        for table in _SINGLE:
            n = con.execute(f"SELECT count(*) FROM {table}").fetchone()
            rows[table] = int(n[0]) if n else 0
            (folder / table).mkdir(exist_ok=True)
            con.execute(f"COPY {table} TO {_q(folder / table / 'data.parquet')} (FORMAT parquet, COMPRESSION zstd)")
    finally:
        con.execute("DROP TABLE IF EXISTS _export_force")
    return rows


def _views_ddl() -> str:
    """The store's own view definitions (latest_ingest, counts_latest), taken from the schema."""
    views = re.findall(r"CREATE OR REPLACE VIEW .*?;", DDL, flags=re.DOTALL)
    if not views:
        raise RuntimeError("schema defines no views")
    return "\n".join(views)


def open_parquet(folder: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB over an exported dataset, with the store's table names and views."""
    folder = Path(folder)
    if not (folder / "ingests").exists():
        raise InputError(f"{folder}: not a crimestats Parquet export (no ingests/)")
    con = duckdb.connect()
    for table in (*PARTITIONED, *_SINGLE):
        files = list((folder / table).glob("**/*.parquet")) if (folder / table).exists() else []
        if not files:
            continue
        glob = folder / table / ("**/*.parquet" if table in PARTITIONED else "data.parquet")
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet({_q(glob)}, hive_partitioning = "
                    f"{'true' if table in PARTITIONED else 'false'}, union_by_name = true)")
    con.execute(_views_ddl())
    return con
