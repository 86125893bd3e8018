"""What a reader is, and what it hands back.

A reader turns one publisher file into canonical rows.  It is found by *sniffing* the file's
header or shape (never its name alone), then ``read`` writes rows through an
:class:`IngestContext` that belongs to one store transaction: if ``read`` raises, nothing it
wrote is kept.

To add a format: write a class with ``format``, ``source``, ``description``, ``sniff`` and
``read`` and list it in ``crimestats.sources.READERS``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import duckdb

__all__ = ["FileHead", "IngestContext", "Parsed", "Reader", "month_range"]


@dataclass
class FileHead:
    """What sniffing sees of a file: its name, kind and first bytes / columns."""

    display: str          # path as shown to the user ('a.zip!2016-01/x.csv' for zip members)
    path: Path            # a real file on disk (zip members are extracted to a temp folder)
    kind: str             # csv | parquet | json | geojson | gpkg | shp | xlsx | other
    head_bytes: bytes = b""
    header: list[str] | None = None           # first CSV row, stripped of BOM and whitespace
    columns: list[str] | None = None          # Parquet column names
    encoding_error: str | None = None         # set when the head is not valid UTF-8
    compressed: str | None = None             # 'gzip' when the file is gzip-compressed (head is decompressed)

    @property
    def header_lower(self) -> list[str]:
        return [h.strip().lower() for h in (self.header or self.columns or [])]

    @classmethod
    def from_path(cls, path: Path, display: str | None = None) -> "FileHead":
        display = display or str(path)
        name = path.name.lower()
        with open(path, "rb") as fh:
            head = fh.read(65536)
        compressed: str | None = None
        if head.startswith(b"\x1f\x8b"):
            # gzip (e.g. readr's .csv.gz): sniff the decompressed head; DuckDB's read_csv and
            # gzip.open read the whole file.  A truncated stream still yields what it has.
            compressed = "gzip"
            head = _gunzip_head(path)
        kind = "other"
        header: list[str] | None = None
        columns: list[str] | None = None
        enc_err: str | None = None
        if head.startswith(b"PAR1"):
            kind = "parquet"
            try:
                import pyarrow.parquet as pq

                columns = list(pq.read_schema(path).names)
            except Exception as exc:  # truncated or corrupt parquet
                enc_err = f"not a readable Parquet file ({exc})"
        elif head.startswith(b"PK\x03\x04") and name.endswith(".xlsx"):
            kind = "xlsx"
        elif head.startswith(b"SQLite format 3") and name.endswith(".gpkg"):
            kind = "gpkg"
        elif name.endswith(".shp"):
            kind = "shp"
        elif name.endswith((".dbf", ".shx", ".prj", ".cpg", ".qmd", ".sbn", ".sbx")):
            kind = "shapefile-part"
        elif name.endswith((".md", ".txt", ".pdf")):
            kind = "document"
        elif name.endswith(".metadata.json"):
            kind = "metadata"   # OWID's sidecar: read by the reader of the CSV beside it
        else:
            try:
                text = head.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                # the 64 KiB cut may split a multi-byte character; only complain if earlier
                if exc.start < len(head) - 4:
                    enc_err = f"bytes at offset {exc.start} are not UTF-8"
                text = head[: exc.start].decode("utf-8-sig", errors="replace")
            stripped = text.lstrip()
            if stripped.startswith(("{", "[")):
                kind = "geojson" if '"FeatureCollection"' in text or name.endswith(".geojson") else "json"
            elif text:
                kind = "csv"
                first = _first_record(text)
                header = [h.strip().lstrip("\ufeff") for h in first] if first else None
        return cls(display=display, path=path, kind=kind, head_bytes=head, header=header,
                   columns=columns, encoding_error=enc_err, compressed=compressed)


def _gunzip_head(path: Path, size: int = 65536) -> bytes:
    """Up to ``size`` decompressed bytes of a gzip file (b'' if it is not readable gzip)."""
    import zlib

    with open(path, "rb") as fh:
        raw = fh.read(1 << 20)
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw, size)
    except zlib.error:
        return b""


def _first_record(text: str) -> list[str] | None:
    sample = text[:20000]
    delim = ","
    first_line = sample.split("\n", 1)[0]
    if first_line.count(";") > first_line.count(",") and first_line.count(";") >= 2:
        delim = ";"
    try:
        return next(csv.reader(io.StringIO(sample), delimiter=delim))
    except (StopIteration, csv.Error):
        return None


@dataclass
class Parsed:
    """Metadata a reader returns; the rows themselves were written through the context."""

    source: str
    publisher: str
    licence: str
    vintage: str
    vintage_date: date
    vintage_basis: str                     # 'given' | 'in file' | 'last month in file'
    rows_read: int
    rows_kept: int
    drop_reasons: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def rows_dropped(self) -> int:
        return self.rows_read - self.rows_kept


class IngestContext:
    """A reader's handle on the store during one file's transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, ingest_id: int, *, vintage: str | None,
                 display: str) -> None:
        self.con = con
        self.ingest_id = ingest_id
        self.given_vintage = vintage
        # how the given vintage was decided ('given' by the user; 'archive name' or 'latest month in
        # archive' for the members of a data.police.uk bulk archive)
        self.given_basis = "given"
        self.display = display
        self._coverage: list[tuple[str, str, str, str | None, str, str, date]] = []

    def insert(self, table: str, query: str | duckdb.DuckDBPyRelation | Any, *,
               params: list[Any] | None = None) -> int:
        """Insert rows by column name into ``table``; ``ingest_id`` is filled in.

        ``query`` is a SELECT statement (string), a DuckDB relation or an Arrow table.
        Returns the number of rows inserted.
        """
        if isinstance(query, str):
            sql = f"INSERT INTO {table} BY NAME SELECT {self.ingest_id} AS ingest_id, * FROM ({query})"
            rows = self.con.execute(sql, params or []).fetchall()
        else:
            name = f"_crimestats_stage_{self.ingest_id}"
            self.con.register(name, query)
            try:
                rows = self.con.execute(
                    f"INSERT INTO {table} BY NAME SELECT {self.ingest_id} AS ingest_id, * FROM {name}"
                ).fetchall()
            finally:
                self.con.unregister(name)
        # DuckDB answers an INSERT with one row holding the number of rows inserted; reading it
        # (fetchall, not fetchone) also completes the result, which DuckDB 2 needs before register().
        return int(rows[0][0]) if rows else 0

    def cover(self, *, source: str, scope_type: str, scope_code: str, scope_name: str | None,
              level: str, grain: str, periods: list[date]) -> None:
        """Record that this file holds data for these periods (all others are *no data*)."""
        for p in periods:
            self._coverage.append((source, scope_type, scope_code, scope_name, level, grain, p))

    @property
    def coverage_rows(self) -> list[tuple[str, str, str, str | None, str, str, date]]:
        return self._coverage


@runtime_checkable
class Reader(Protocol):
    """A publisher format: recognise it from its shape, then read it into the store."""

    # read-only, so frozen dataclasses (as every reader is) satisfy the protocol
    @property
    def format(self) -> str: ...        # unique name, e.g. 'police_uk_street'

    @property
    def source(self) -> str: ...        # series key its rows are stored under

    @property
    def description(self) -> str: ...   # one line shown in the list of known formats

    def sniff(self, head: FileHead) -> bool: ...

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed: ...


def month_range(first: date, last: date) -> list[date]:
    """Every month start from ``first`` to ``last`` inclusive."""
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(date(y, m, 1))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out
