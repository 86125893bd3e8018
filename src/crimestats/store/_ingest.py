"""Walk paths, detect each file's format and ingest it into the store.

Directories are walked in sorted order; zip archives are opened and their members treated like
files in a folder (data.police.uk ships ``YYYY-MM/YYYY-MM-force-street.csv`` inside a zip).
Files that no reader recognises are *skipped* with the reason when met inside a directory or zip;
named on their own they raise :class:`UnknownFormatError`.  A file of a known format with bad
content *fails*: its transaction is rolled back and the other files go on.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

from .._errors import CrimestatsError, InputError, ParseError, UnknownFormatError
from ..sources import FileHead
from ._archive import ingest_archive, is_police_uk_archive
from ._archive_safety import (
    ArchiveLimits,
    check_archive,
    clean_stale_scratch,
    extract_member,
    require_regular_file,
    scratch_dir,
    signals_exit_cleanly,
)
from ._detect import BulkWrites as _BulkWrites
from ._detect import detect
from ._store import IngestResult, Store, sha256_file

__all__ = ["detect", "ingest_paths"]

# Files that are never data: skipped quietly with this reason.
_NOT_DATA = {"document": "a document, not a data file",
             "shapefile-part": "part of a shapefile (read through its .shp)",
             "metadata": "metadata for the data file beside it (read with that file)"}


class _Failed(str):
    """The reason a file met while walking a folder failed (as opposed to a reason to skip it)."""


def _iter_files(path: Path, stack: ExitStack, display_prefix: str = "",
                limits: ArchiveLimits | None = None) -> Iterator[tuple[FileHead | None, str, str | None]]:
    """Yield (head, display, skip_reason) for every file under ``path`` (zips expanded, within limits)."""
    limits = limits or ArchiveLimits.from_env()
    if path.is_dir():
        streamed = set(_police_uk_archives(path))   # streamed whole by ingest_archive, never walked
        for child in sorted(p for p in path.rglob("*") if not p.is_dir() and p not in streamed):
            if not child.is_file():     # a FIFO, socket or device: never opened (it could block for ever)
                yield None, display_prefix + str(child), "not a regular file (a FIFO, socket or device)"
                continue
            try:
                got = list(_iter_one(child, stack, display_prefix + str(child), in_dir=True, limits=limits))
            except InputError as exc:   # a bad archive fails alone; the folder's other files go on
                yield None, display_prefix + str(child), _Failed(str(exc))
                continue
            yield from got
    else:
        require_regular_file(path, display_prefix + str(path))
        yield from _iter_one(path, stack, display_prefix + str(path), in_dir=False, limits=limits)


def _police_uk_archives(path: Path) -> list[Path]:
    """The data.police.uk bulk archives at ``path`` (a zip) or under it (a folder)."""
    if path.is_file():
        return [path] if path.suffix.lower() == ".zip" and is_police_uk_archive(path) else []
    return [z for z in sorted(path.rglob("*.zip")) if z.is_file() and is_police_uk_archive(z)]


def _iter_one(path: Path, stack: ExitStack, display: str, *, in_dir: bool, limits: ArchiveLimits,
              depth: int = 1) -> Iterator[tuple[FileHead | None, str, str | None]]:
    if path.suffix.lower() == ".zip" or (path.stat().st_size > 4 and _is_zip(path)):
        if not zipfile.is_zipfile(path):
            raise ParseError(display, "not a readable zip archive (truncated or corrupt)",
                             hint="Download the archive again")
        children: list[tuple[Path, str]] = []
        try:
            with zipfile.ZipFile(path) as zf:
                infos = check_archive(zf, display=display, depth=depth, limits=limits)   # before extracting
                tmp = scratch_dir(stack, display=display)
                written = [0]
                for info in infos:
                    try:
                        target = extract_member(zf, info, tmp, display=display, limits=limits, written=written)
                    except zipfile.BadZipFile as exc:
                        raise ParseError(f"{display}!{info.filename}", "member fails its CRC check (corrupt "
                                         f"archive: {exc})", hint="Download the archive again") from exc
                    children.append((target, info.filename))
        except zipfile.BadZipFile as exc:
            raise ParseError(display, f"not a readable zip archive ({exc})", hint="Download the archive again") from exc
        for child, name in sorted(children, key=lambda c: c[1]):
            yield from _iter_one(child, stack, f"{display}!{name}", in_dir=True, limits=limits, depth=depth + 1)
        return
    head = FileHead.from_path(path, display)
    if in_dir and head.kind in _NOT_DATA:
        yield None, display, _NOT_DATA[head.kind]
        return
    yield head, display, None


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"PK\x03\x04" and not path.name.lower().endswith((".xlsx", ".parquet"))


def ingest_paths(store: Store, paths: list[Path], *, vintage: str | None = None, replace: bool = False,
                 on_file: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Ingest every file under ``paths``; one :class:`IngestResult` per file met.

    A single file named on its own that cannot be read raises; so does a missing path.
    Among several paths such a file is reported as skipped or failed and the others go on.
    """
    results: list[IngestResult] = []
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file or directory")
    clean_stale_scratch()       # scratch folders of a run that was killed (kill -9) before it could
    with ExitStack() as stack:
        stack.enter_context(signals_exit_cleanly())
        bulk = _BulkWrites(store)
        stack.callback(bulk.finish)
        # the sha256 of the next file is computed while DuckDB parses the current one
        hasher = stack.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="cs-sha256"))
        hashing: dict[Path, Future[str]] = {}
        data_files = 0
        for p in paths:
            # A single file named on its own raises; among several paths it is reported and the
            # others go on (each file is its own transaction either way).
            explicit = not p.is_dir() and len(paths) == 1
            # data.police.uk archives (named, or in a folder) are streamed member by member, never
            # extracted whole; the folder walk below then leaves them out
            archives = _police_uk_archives(p)
            for a in archives:
                try:
                    results += ingest_archive(store, a, vintage=vintage, on_file=on_file)
                except InputError as exc:   # over a limit, unreadable: the archive fails alone
                    if explicit:
                        raise
                    res = IngestResult(file=str(a), status="failed", reason=str(exc))
                    results.append(res)
                    if on_file:
                        on_file(res)
            if p.is_file() and archives:
                continue
            try:
                items = list(_iter_files(p, stack))
            except InputError as exc:
                res = IngestResult(file=str(p), status="failed", reason=str(exc))
                results.append(res)
                if on_file:
                    on_file(res)
                if explicit:
                    raise
                continue
            for i, (head, display, skip) in enumerate(items):
                nxt = items[i + 1][0] if i + 1 < len(items) else None
                if nxt is not None and nxt.path not in hashing:
                    hashing[nxt.path] = hasher.submit(sha256_file, nxt.path)
                if head is None:
                    res = IngestResult(file=display, status="failed" if isinstance(skip, _Failed) else "skipped",
                                       reason=str(skip))
                else:
                    try:
                        reader = detect(head)
                    except UnknownFormatError as exc:
                        if explicit and "!" not in display:
                            raise
                        res = IngestResult(file=display, status="skipped", reason=str(exc),
                                           detail=exc.detail)
                    except ParseError as exc:
                        if explicit and "!" not in display:
                            raise
                        res = IngestResult(file=display, status="failed", reason=str(exc))
                    else:
                        data_files += 1
                        if data_files == 2:
                            bulk.start()
                        fut = hashing.pop(head.path, None)
                        try:
                            res = store.ingest(head, reader, vintage=vintage, file_path=display,
                                               digest=fut.result() if fut is not None else None,
                                               replace=replace)
                        except CrimestatsError as exc:
                            if explicit and "!" not in display:
                                raise
                            res = IngestResult(file=display, status="failed", format=reader.format,
                                               reason=str(exc))
                results.append(res)
                if on_file:
                    on_file(res)
    return results
