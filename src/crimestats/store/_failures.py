"""Why a file's ingest failed, said plainly (issue 13): never a traceback, never a mask.

A reader can fail in ways it does not catch itself: a byte that is not UTF-8 deep in a CSV (Python's
``UnicodeDecodeError`` or DuckDB's invalid-unicode error), a Parquet column of the wrong type (a count
stored as text, a date as an integer), a DuckDB error raised while a cleanup step runs after the first
error ('Current transaction is aborted' hides the real cause), or the disk filling up at commit.
:func:`explain` turns any of these into a :class:`~crimestats.ParseError` / :class:`~crimestats.StoreError`
naming the file, the line or column where it can be found, and what to do.  Messages are capped in
length so a 100 MB 'header' is never echoed back.
"""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path
from typing import Any

import duckdb

from .._errors import CrimestatsError, ParseError, StoreError, clip

__all__ = ["explain", "first_bad_utf8", "real_cause", "rollback_quietly", "commit_failure"]

_CHUNK = 1 << 20


def real_cause(exc: BaseException) -> BaseException:
    """The first error of a chain of DuckDB 'transaction aborted' errors raised while cleaning up."""
    seen = 0
    while isinstance(exc, duckdb.TransactionException) and exc.__context__ is not None and seen < 20:
        exc = exc.__context__
        seen += 1
    return exc


def first_bad_utf8(path: Path) -> tuple[int, int, int] | None:
    """(line, byte offset, byte value) of the first byte of ``path`` that is not UTF-8, or None.
    Streams the file, so a large file costs one read and no memory."""
    dec = codecs.getincrementaldecoder("utf-8")()
    line, offset = 1, 0         # line number and file offset at the start of the next chunk
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                try:
                    dec.decode(chunk)
                except UnicodeDecodeError as e:
                    data = e.object         # bytes held back from the last chunk (no newline) + this chunk
                    held = len(data) - len(chunk)
                    return line + data[: e.start].count(b"\n"), offset - held + e.start, data[e.start]
                line += chunk.count(b"\n")
                offset += len(chunk)
            dec.decode(b"", final=True)
    except UnicodeDecodeError:
        return line, offset, 0      # the file ends inside a character
    except OSError:
        return None
    return None


def _parquet_types(path: Path) -> str | None:
    try:
        import pyarrow.parquet as pq

        schema = pq.read_schema(path)
    except Exception:  # noqa: BLE001 - not a readable parquet: say nothing more
        return None
    return ", ".join(f"{f.name}: {f.type}" for f in list(schema)[:12])


def explain(exc: BaseException, *, path: Path, display: str, fmt: str, kind: str) -> CrimestatsError:
    """A clear error for ``exc`` raised while ``fmt`` read ``path`` (``kind``: csv, parquet, ...)."""
    cause = real_cause(exc)
    if isinstance(cause, CrimestatsError):
        return cause
    if isinstance(cause, UnicodeDecodeError) or (kind not in ("parquet", "xlsx", "zip")
                                                  and isinstance(cause, duckdb.Error)):
        bad = first_bad_utf8(path)
        if bad is not None:
            line, at, byte = bad
            return ParseError(display, f"byte 0x{byte:02x} at offset {at:,} is not UTF-8 (the file is in "
                                       "another encoding, such as Latin-1 or Windows-1252)", line=line,
                              hint="Save the file as UTF-8, or re-download it from the publisher")
    first_line = (str(cause).strip().splitlines() or [""])[0]   # DuckDB appends the SQL and a caret
    detail = clip(f"{type(cause).__name__}: {first_line}", 300)
    if kind == "parquet":
        types = _parquet_types(path)
        return ParseError(display, f"a column does not have the type {fmt} needs ({detail})",
                          hint=f"The file's columns are {clip(types, 400)}; re-download the publisher's file"
                          if types else "Re-download the publisher's file")
    return ParseError(display, f"could not be read as {fmt} ({detail})",
                      hint="Check the file is complete and unmodified")


def rollback_quietly(con: Any) -> None:
    """Roll back if a transaction is still open; after a failed commit DuckDB has none to roll back."""
    with contextlib.suppress(duckdb.Error):
        con.rollback()


def commit_failure(exc: BaseException, *, store: Path, display: str) -> StoreError:
    """A commit that failed (disk full, read-only file system): nothing of the file was stored."""
    return StoreError(f"{store}: could not save {clip(display, 200)} ({clip(exc, 300)}). Nothing from this "
                      "file was stored and the store is as it was. Free disk space (or check the store's "
                      "folder is writable), then ingest again")
