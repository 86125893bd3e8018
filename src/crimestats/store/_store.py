"""The embedded DuckDB store: one file, canonical tables, provenance and coverage.

Each file is ingested in one transaction: either all its rows, its coverage and its line in
``ingests`` are stored, or nothing is (an error or a kill mid-ingest leaves the store as it was).
Ingesting a file whose sha256 is already stored changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

import duckdb

from .._errors import CrimestatsError, Hint, InputError, StoreError
from ..sources._base import FileHead, IngestContext, Parsed, Reader
from ._failures import commit_failure, explain, rollback_quietly
from ._schema import DDL, SCHEMA_VERSION
from ._vintages import refuse_or_replace

__all__ = ["Store", "StoreLike", "IngestResult", "default_db_path"]

ENV_DB = "CRIMESTATS_DB"


def default_db_path() -> Path:
    """``$CRIMESTATS_DB`` if set, else ``crimestats.duckdb`` in the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("crimestats", appauthor=False)) / "crimestats.duckdb"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class IngestResult:
    """What happened to one file."""

    file: str
    status: str                    # 'ingested' | 'unchanged' | 'skipped' | 'failed'
    format: str | None = None
    source: str | None = None
    ingest_id: int | None = None
    rows_read: int = 0
    rows_kept: int = 0
    drop_reasons: dict[str, int] = field(default_factory=dict)
    vintage: str | None = None
    reason: str | None = None      # for skipped / failed / unchanged
    detail: str | None = None      # a skipped file: what it is, without the list of known formats
    notes: list[str] = field(default_factory=list)

    @property
    def rows_dropped(self) -> int:
        return self.rows_read - self.rows_kept

    def as_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["rows_dropped"] = self.rows_dropped
        return d


class StoreLike(Protocol):
    """What reading a store needs: a DuckDB connection (or cursor) on it, its file and its ingested files.

    :class:`Store` is one (and so is the read-only view :meth:`Store.cursor` gives each web request).
    Functions that only read take a ``StoreLike``; ingesting and fetching take a :class:`Store`.
    """

    @property
    def con(self) -> duckdb.DuckDBPyConnection: ...

    @property
    def path(self) -> Path: ...

    def sources(self) -> list[dict[str, Any]]: ...


class Store:
    """A crimestats store in one DuckDB file.

    ``Store(path)`` opens (creating if needed) the file; ``path=None`` uses
    :func:`default_db_path`.  ``read_only=True`` is for the web app and queries.  :meth:`cursor`
    gives a read-only view through another cursor of the same connection (one per thread).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
                 _cursor: duckdb.DuckDBPyConnection | None = None) -> None:
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        self.read_only = read_only
        if _cursor is not None:   # a view made by cursor(): the database is open and checked
            self.read_only = True
            self.con = _cursor
            return
        if read_only and not self.path.exists():
            raise StoreError(
                f"{self.path}: no store here yet. Run `crimestats ingest PATH` (or `crimestats fetch`) "
                "first, or point to an existing store (or set CRIMESTATS_DB).",
                hints=[Hint("db", "PATH")])
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            if not self.path.exists():
                raise StoreError(f"{self.path}: cannot open the store ({exc}).") from exc
            # DuckDB lets one process write a file, or any number read it, never both at once.
            raise StoreError(
                f"{self.path}: the store is in use by another process (a running `crimestats serve`, "
                "or another ingest). "
                + ("Stop the server (Ctrl+C), run this command, then start the server again; or "
                   "ingest into a new store file and serve that one."
                   if not read_only else
                   "An ingest is writing to it: wait for it to finish, then try again."),
                hints=[Hint("db", "NEW-STORE.duckdb")] if not read_only else []) from exc
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}).") from exc
        # DuckDB draws a progress bar on stdout for queries over ~2 s; it would corrupt CLI output
        self.con.execute("SET enable_progress_bar = false")
        if not read_only:
            self._migrate()
        else:
            self._check_version()

    # -- lifecycle -------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.con.execute(DDL)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(row[0]) != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema version {row[0]}, this crimestats expects {SCHEMA_VERSION}. "
                "Re-create the store with `crimestats ingest` into a new --db path."
            )

    def _check_version(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a crimestats store ({exc}).") from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: not a crimestats store of schema {SCHEMA_VERSION}.")

    def limit_resources(self, *, memory_mb: int, threads: int = 1) -> None:
        """Cap DuckDB's own buffers and threads for this connection (a worker process with a budget)."""
        self.con.execute(f"SET memory_limit = '{max(64, int(memory_mb))}MB'")
        self.con.execute(f"SET threads = {max(1, int(threads))}")

    def cursor(self) -> "Store":
        """A read-only Store over a new cursor of this store's connection (for one request or thread)."""
        return Store(self.path, read_only=True, _cursor=self.con.cursor())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ----------------------------------------------------------------------------
    def find_ingest(self, sha256: str) -> int | None:
        row = self.con.execute("SELECT ingest_id FROM ingests WHERE sha256 = ?", [sha256]).fetchone()
        return int(row[0]) if row else None

    def ingest(self, head: FileHead, reader: Reader, *, vintage: str | None = None,
               file_path: str | None = None, digest: str | None = None, replace: bool = False,
               vintage_basis: str | None = None) -> IngestResult:
        """Ingest one sniffed file with ``reader`` in a single transaction.

        ``digest`` is the file's sha256 if the caller already has it (computed here otherwise).
        A file whose content differs from one already stored for the same source, force and month at
        the same vintage is refused (:class:`VintageConflictError`) unless ``replace`` (see ``_vintages``).
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; cannot ingest.")
        digest = digest or sha256_file(head.path)
        existing = self.find_ingest(digest)
        if existing is not None:
            return IngestResult(file=head.display, status="unchanged", format=reader.format,
                                source=reader.source, ingest_id=existing,
                                reason=f"already stored as ingest #{existing} (same sha256)")
        con = self.con
        con.begin()
        try:
            ingest_id = int(con.execute("SELECT nextval('ingest_seq')").fetchall()[0][0])
            ctx = IngestContext(con, ingest_id, vintage=vintage, display=head.display)
            if vintage_basis:
                ctx.given_basis = vintage_basis
            parsed: Parsed = reader.read(head, ctx)
            if parsed.rows_kept > parsed.rows_read:
                raise InputError(f"{head.display}: reader {reader.format} kept more rows than it read")
            con.execute(
                "INSERT INTO ingests VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [ingest_id, parsed.source, reader.format, head.display.split("/")[-1],
                 file_path or head.display, digest, head.path.stat().st_size, parsed.publisher,
                 parsed.licence, parsed.vintage, parsed.vintage_date, parsed.vintage_basis,
                 parsed.rows_read, parsed.rows_kept, parsed.rows_dropped,
                 json.dumps(parsed.drop_reasons), json.dumps(parsed.notes),
                 datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            if ctx.coverage_rows:
                con.executemany(
                    "INSERT INTO coverage VALUES (?,?,?,?,?,?,?,?,?)",
                    [[ingest_id, s, st, sc, sn, lv, gr, p, parsed.vintage_date]
                     for (s, st, sc, sn, lv, gr, p) in ctx.coverage_rows],
                )
                parsed.notes.extend(refuse_or_replace(con, ingest_id=ingest_id, path=file_path or head.display,
                                                      replace=replace))
        except CrimestatsError:
            rollback_quietly(con)
            raise
        except Exception as exc:
            rollback_quietly(con)       # a reader failed in a way it did not report itself: say why
            raise explain(exc, path=head.path, display=head.display, fmt=reader.format, kind=head.kind) from exc
        except BaseException:
            rollback_quietly(con)
            raise
        try:
            con.commit()
        except (duckdb.Error, OSError) as exc:
            rollback_quietly(con)
            raise commit_failure(exc, store=self.path, display=head.display) from exc
        return IngestResult(file=head.display, status="ingested", format=reader.format,
                            source=parsed.source, ingest_id=ingest_id, rows_read=parsed.rows_read,
                            rows_kept=parsed.rows_kept, drop_reasons=parsed.drop_reasons,
                            vintage=parsed.vintage, notes=parsed.notes)

    # -- what is stored --------------------------------------------------------------------
    def sources(self) -> list[dict[str, Any]]:
        """One row per ingested file: source, format, vintage, rows and coverage span."""
        cur = self.con.execute(
            """
            SELECT i.ingest_id, i.source, i.format, i.file_name, i.publisher, i.licence,
                   i.vintage, i.vintage_date, i.vintage_basis, i.rows_read, i.rows_kept,
                   i.rows_dropped, i.drop_reasons, i.sha256,
                   min(c.period_start) AS first_period, max(c.period_start) AS last_period,
                   count(DISTINCT c.period_start) AS periods
            FROM ingests i LEFT JOIN coverage c USING (ingest_id)
            GROUP BY ALL ORDER BY i.source, i.vintage_date, i.ingest_id
            """
        )
        cols = [d[0] for d in cur.description]
        out = []
        for r in cur.fetchall():
            d = dict(zip(cols, r, strict=True))
            d["drop_reasons"] = json.loads(d["drop_reasons"]) if d["drop_reasons"] else {}
            for k in ("vintage_date", "first_period", "last_period"):
                d[k] = d[k].isoformat() if d[k] is not None else None
            out.append(d)
        return out
