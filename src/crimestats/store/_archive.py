"""data.police.uk bulk archives: ingest a zip member by member, never extracting it whole.

The bulk archive (``https://data.police.uk/data/archive/YYYY-MM.zip``) holds up to 36 months for
every force, laid out ``YYYY-MM/YYYY-MM-<force>-{street,outcomes,stop-and-search}.csv``.  Each
member is one force-month; it is streamed out of the zip into a temporary file (decompressed in a
background thread while DuckDB parses the member before it, so at most two members are on disk at
once and memory stays bounded by DuckDB's own limits), ingested by the ordinary police.uk reader in
its own transaction with its own provenance (``archive.zip!YYYY-MM/...csv``), and deleted.

Vintage: every member of one archive gets the archive's *release*, not its own month: ``--vintage``
if given, else the release named by the archive's file name (``2023-01.zip``), else the latest
month among its members.  The store's ``latest_ingest`` view picks, for each force-month, the
ingest with the latest vintage, so the newest release wins, earlier releases stay queryable
(``vintage='all'``), and re-ingesting an older archive never replaces newer figures.  A member
whose bytes are already stored (same sha256) is reported ``unchanged`` and keeps its first vintage.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .._errors import CrimestatsError, InputError, ParseError
from ..sources import FileHead
from ._archive_safety import ArchiveLimits, check_archive, disk_error, scratch_prefix
from ._detect import BulkWrites, detect
from ._store import IngestResult, Store

__all__ = [
    "KINDS",
    "ArchiveMember",
    "archive_members",
    "archive_release",
    "ingest_archive",
    "is_police_uk_archive",
]

KINDS = ("street", "outcomes", "stop-and-search")
_MEMBER = re.compile(r"^(?:.*/)?(\d{4})-(\d{2})-([a-z0-9-]+?)-(street|outcomes|stop-and-search)\.csv$")
_RELEASE = re.compile(r"(\d{4})-(\d{2})")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ArchiveMember:
    """One force-month file inside an archive."""

    name: str        # member path inside the zip
    month: date
    force: str       # data.police.uk force slug, e.g. 'merseyside'
    kind: str        # street | outcomes | stop-and-search
    size: int        # uncompressed bytes as declared by the zip


def _parse_member(name: str, size: int) -> ArchiveMember | None:
    m = _MEMBER.match(name)
    if m is None or name.startswith("__MACOSX/"):
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if not 1 <= mo <= 12:
        return None
    return ArchiveMember(name, date(y, mo, 1), m.group(3), m.group(4), size)


def _open(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ParseError(str(path), f"not a readable zip archive ({exc})", hint="Download the archive again") from exc


def is_police_uk_archive(path: Path) -> bool:
    """True when ``path`` is a zip whose CSV members all follow the data.police.uk archive layout."""
    if not zipfile.is_zipfile(path):
        return False
    with _open(path) as zf:
        csvs = [i.filename for i in zf.infolist() if not i.is_dir() and i.filename.lower().endswith(".csv")
                and not i.filename.startswith("__MACOSX/")]
    return bool(csvs) and all(_MEMBER.match(n) for n in csvs)


def archive_members(path: Path, *, months: tuple[date, date] | None = None,
                    forces: Collection[str] | None = None,
                    kinds: Collection[str] = KINDS) -> list[ArchiveMember]:
    """The archive's force-month members, optionally only those in ``months`` (first, last
    inclusive), of ``forces`` (slugs) and of ``kinds``; sorted by month, force, kind."""
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise InputError(f"unknown archive file kind(s) {', '.join(bad)}; choose from {', '.join(KINDS)}")
    wanted = {f.strip().lower() for f in forces} if forces else None
    with _open(path) as zf:
        out = [m for i in zf.infolist() if not i.is_dir()
               for m in [_parse_member(i.filename, i.file_size)] if m is not None]
    known = {m.force for m in out}
    if wanted is not None:
        unknown = sorted(wanted - known)
        if unknown:
            raise InputError(f"{path}: no files for force(s) {', '.join(unknown)} in this archive; it holds "
                             f"{', '.join(sorted(known)) or 'no force files'}")
    keep = [m for m in out if m.kind in kinds and (wanted is None or m.force in wanted)
            and (months is None or months[0] <= m.month <= months[1])]
    return sorted(keep, key=lambda m: (m.month, m.force, KINDS.index(m.kind)))


def archive_release(path: Path, members: list[ArchiveMember], vintage: str | None = None) -> tuple[str, date, str]:
    """(label, date, basis) of the archive's release: ``vintage`` if given, else the YYYY-MM in the
    archive's file name, else the latest month among its members."""
    if vintage:
        text = vintage.strip()
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
        if m is None:
            raise InputError(f"vintage {text!r} is not a date: give it as YYYY-MM or YYYY-MM-DD")
        return f"police.uk archive {text}", date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)), "given"
    named = _RELEASE.search(path.name)
    if named and 1 <= int(named.group(2)) <= 12:
        return (f"police.uk archive {named.group(0)}", date(int(named.group(1)), int(named.group(2)), 1),
                "archive name")
    if not members:
        raise InputError(f"{path}: no data.police.uk force-month files in this archive")
    last = max(m.month for m in members)
    return f"police.uk archive {last:%Y-%m}", last, "latest month in archive"


def _extract_one(path: Path, member: ArchiveMember, folder: Path) -> tuple[Path, str]:
    """Stream one member into ``folder`` (chunked; never more bytes than the zip declares);
    returns (file, sha256)."""
    target = folder / member.name.replace("/", "__")
    h = hashlib.sha256()
    written = 0
    try:
        with _open(path) as zf, zf.open(member.name) as src, open(target, "wb") as dst:
            for chunk in iter(lambda: src.read(_CHUNK), b""):
                written += len(chunk)
                if written > member.size:
                    raise ParseError(f"{path}!{member.name}", "member is larger than the archive declares",
                                     hint="Download the archive again")
                h.update(chunk)
                dst.write(chunk)
    except zipfile.BadZipFile as exc:
        raise ParseError(f"{path}!{member.name}", f"member fails its CRC check (corrupt archive: {exc})",
                         hint="Download the archive again") from exc
    except OSError as exc:      # a full or missing temp folder: a message, not a traceback
        raise disk_error(exc, target.parent, f"{path}!{member.name}") from exc
    return target, h.hexdigest()


_Pending = Future[tuple[Path, str]]


def _prefetched(path: Path, members: list[ArchiveMember], folder: Path) -> Iterator[tuple[ArchiveMember, _Pending]]:
    """Members with their extraction running one ahead (a single background thread)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cs-unzip") as pool:
        nxt = pool.submit(_extract_one, path, members[0], folder) if members else None
        for i, m in enumerate(members):
            cur = nxt
            nxt = pool.submit(_extract_one, path, members[i + 1], folder) if i + 1 < len(members) else None
            assert cur is not None
            yield m, cur


def ingest_archive(store: Store, path: Path, *, vintage: str | None = None,
                   months: tuple[date, date] | None = None, forces: Collection[str] | None = None,
                   kinds: Collection[str] = KINDS,
                   on_file: Callable[[IngestResult], None] | None = None,
                   limits: ArchiveLimits | None = None) -> list[IngestResult]:
    """Ingest a data.police.uk bulk archive member by member (one transaction per force-month).

    The archive's directory is checked first against ``limits`` (``store/_archive_safety``: member size,
    compression ratio, member count; no total, as members are never on disk together)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    with _open(path) as zf:     # sizes, ratios and member count from the directory, before any byte is read
        check_archive(zf, display=str(path), depth=1, limits=limits or ArchiveLimits.from_env(), whole=False)
    members = archive_members(path, months=months, forces=forces, kinds=kinds)
    label, _when, basis = archive_release(path, members, vintage)
    results: list[IngestResult] = []
    bulk = BulkWrites(store)
    try:
        scratch = tempfile.TemporaryDirectory(prefix=scratch_prefix())
    except OSError as exc:
        raise disk_error(exc, Path(tempfile.gettempdir()) / "x", str(path)) from exc
    with scratch as tmp:
        try:
            for i, (m, fut) in enumerate(_prefetched(path, members, Path(tmp))):
                display = f"{path}!{m.name}"
                if i == 1:
                    bulk.start()
                file: Path | None = None
                try:
                    file, digest = fut.result()
                    head = FileHead.from_path(file, display)
                    reader = detect(head)
                    res = store.ingest(head, reader, vintage=label, file_path=display, digest=digest,
                                       vintage_basis=basis)
                except CrimestatsError as exc:
                    res = IngestResult(file=display, status="failed", reason=str(exc))
                finally:
                    if file is not None:
                        file.unlink(missing_ok=True)
                results.append(res)
                if on_file:
                    on_file(res)
        finally:
            bulk.finish()
            shutil.rmtree(tmp, ignore_errors=True)
    with _open(path) as zf:   # anything else in the archive is reported, never silently passed over
        others = [i.filename for i in zf.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")
                  and _parse_member(i.filename, i.file_size) is None]
    for name in others:
        res = IngestResult(file=f"{path}!{name}", status="skipped",
                           reason="not a data.police.uk force-month file (YYYY-MM/YYYY-MM-<force>-<kind>.csv)")
        results.append(res)
        if on_file:
            on_file(res)
    if not members:
        results.append(IngestResult(file=str(path), status="skipped",
                                    reason=f"no force-month files match (release {label})"))
    return results
