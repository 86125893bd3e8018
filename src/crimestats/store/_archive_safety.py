"""Safe handling of archives and the files around them (issue 13): limits checked before anything is
extracted, members streamed with a byte count, scratch folders that never outlive the run, and
special files (FIFOs, devices, sockets) refused instead of read.

Limits (defaults; each overridable by an environment variable, or by passing :class:`ArchiveLimits`):

==========================  =========================================  ===============================
limit                        default                                    environment variable
==========================  =========================================  ===============================
uncompressed total           16 GiB (data.police.uk's full archive      ``CRIMESTATS_ZIP_MAX_TOTAL``
                             is about 12 GiB)
uncompressed member          4 GiB                                      ``CRIMESTATS_ZIP_MAX_MEMBER``
compression ratio            200 : 1 (CSV compresses 5-15 : 1; a        ``CRIMESTATS_ZIP_MAX_RATIO``
                             'zip bomb' of zeros 1000 : 1); members
                             under 1 MiB are exempt
members                      100,000                                    ``CRIMESTATS_ZIP_MAX_MEMBERS``
zips inside zips (depth)     3                                          ``CRIMESTATS_ZIP_MAX_DEPTH``
==========================  =========================================  ===============================

Sizes take a plain number of bytes or a suffix: ``500M``, ``20G``.  The declared sizes in the archive's
directory are checked first (so a bomb is refused before a byte is written); the bytes actually
written are counted too, so an archive that lies about its sizes is stopped at the limit.

Scratch folders are named ``crimestats-zip-<pid>-*`` in the temp folder.  They are removed when the
run ends in any way Python sees (errors, Ctrl-C, SIGTERM and SIGHUP are turned into a clean exit while
an ingest runs); one left by a ``kill -9`` is removed by the next run, once its process is gone.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import InputError, LimitError

__all__ = [
    "SCRATCH_PREFIX",
    "ArchiveLimits",
    "check_archive",
    "clean_stale_scratch",
    "extract_member",
    "require_regular_file",
    "scratch_dir",
    "signals_exit_cleanly",
]

SCRATCH_PREFIX = "crimestats-zip-"
_RATIO_FLOOR = 1 << 20          # members smaller than this may compress as well as they like
_CHUNK = 1 << 20


def _size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", text, re.IGNORECASE)
    if not m:
        raise InputError(f"{text!r}: not a size (give bytes, or a number with K, M, G or T)")
    return int(float(m.group(1)) * 1024 ** " kmgt".index(m.group(2).lower() or " "))


@dataclass(frozen=True)
class ArchiveLimits:
    """What an archive may hold before crimestats refuses to extract it."""

    max_total_bytes: int = 16 << 30
    max_member_bytes: int = 4 << 30
    max_ratio: float = 200.0
    max_members: int = 100_000
    max_depth: int = 3

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> ArchiveLimits:
        """The defaults, with any ``CRIMESTATS_ZIP_MAX_*`` variable applied."""
        e = os.environ if env is None else env
        d = cls()
        try:
            return cls(
                max_total_bytes=_size(e["CRIMESTATS_ZIP_MAX_TOTAL"]) if "CRIMESTATS_ZIP_MAX_TOTAL" in e
                else d.max_total_bytes,
                max_member_bytes=_size(e["CRIMESTATS_ZIP_MAX_MEMBER"]) if "CRIMESTATS_ZIP_MAX_MEMBER" in e
                else d.max_member_bytes,
                max_ratio=float(e.get("CRIMESTATS_ZIP_MAX_RATIO", d.max_ratio)),
                max_members=int(e.get("CRIMESTATS_ZIP_MAX_MEMBERS", d.max_members)),
                max_depth=int(e.get("CRIMESTATS_ZIP_MAX_DEPTH", d.max_depth)),
            )
        except ValueError as exc:
            raise InputError(f"a CRIMESTATS_ZIP_MAX_* variable is not a number ({exc})") from exc


_HINT = "If the archive is genuine, raise the limit with the {var} environment variable"


def check_archive(zf: zipfile.ZipFile, *, display: str, depth: int, limits: ArchiveLimits,
                  whole: bool = True) -> list[zipfile.ZipInfo]:
    """The members to extract, after checking depth, count, sizes and ratios from the archive's directory.
    ``whole=False`` for an archive streamed member by member (never on disk at once): no total size limit."""
    if depth > limits.max_depth:
        raise LimitError(what="the depth of archives inside archives", limit=limits.max_depth, found=depth,
                         where=display, hint=_HINT.format(var="CRIMESTATS_ZIP_MAX_DEPTH"))
    infos = [i for i in zf.infolist() if not i.is_dir() and not i.filename.startswith("__MACOSX/")]
    if len(infos) > limits.max_members:
        raise LimitError(what="the number of members", limit=limits.max_members, found=len(infos),
                         where=display, hint=_HINT.format(var="CRIMESTATS_ZIP_MAX_MEMBERS"))
    total = 0
    for i in infos:
        where = f"{display}!{i.filename}"
        if i.file_size > limits.max_member_bytes:
            raise LimitError(what="the member's uncompressed size", limit=limits.max_member_bytes,
                             found=i.file_size, unit="bytes", where=where,
                             hint=_HINT.format(var="CRIMESTATS_ZIP_MAX_MEMBER"))
        if i.file_size > _RATIO_FLOOR and i.file_size / max(i.compress_size, 1) > limits.max_ratio:
            raise LimitError(what="the member's compression ratio", limit=limits.max_ratio,
                             found=round(i.file_size / max(i.compress_size, 1)), where=where,
                             hint="Such a ratio is a 'zip bomb', not data. " + _HINT.format(
                                 var="CRIMESTATS_ZIP_MAX_RATIO"))
        total += i.file_size
        if whole and total > limits.max_total_bytes:
            raise LimitError(what="the archive's uncompressed size", limit=limits.max_total_bytes,
                             found=total, unit="bytes (so far)", where=display,
                             hint=_HINT.format(var="CRIMESTATS_ZIP_MAX_TOTAL"))
    return infos


def extract_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, root: Path, *, display: str,
                   limits: ArchiveLimits, written: list[int]) -> Path:
    """Stream one member to ``root`` counting bytes (``written[0]`` is the archive's running total);
    stops at the member's declared size or a limit, whichever comes first."""
    target = (root / info.filename).resolve()
    if not str(target).startswith(str(root.resolve()) + os.sep):
        from .._errors import ParseError

        raise ParseError(display, f"member {info.filename!r} points outside the archive")
    where = f"{display}!{info.filename}"
    cap = min(info.file_size, limits.max_member_bytes)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        n = 0
        with zf.open(info) as src, open(target, "wb") as out:
            while chunk := src.read(_CHUNK):
                n += len(chunk)
                written[0] += len(chunk)
                if n > cap:
                    raise LimitError(what="the member's size as extracted", limit=cap, found=n, unit="bytes",
                                     where=where, hint="The archive's directory understates it: the "
                                                       "archive is damaged or hostile")
                if written[0] > limits.max_total_bytes:
                    raise LimitError(what="the archive's extracted size", limit=limits.max_total_bytes,
                                     found=written[0], unit="bytes", where=display,
                                     hint=_HINT.format(var="CRIMESTATS_ZIP_MAX_TOTAL"))
                out.write(chunk)
    except OSError as exc:
        raise disk_error(exc, target.parent, where) from exc
    return target


def disk_error(exc: OSError, folder: Path, where: str) -> InputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return InputError(f"{where}: no space left in the temp folder {folder.parent} while extracting. "
                          "Free some space, or point TMPDIR at a folder with room (the archive needs about "
                          "its uncompressed size)")
    return InputError(f"{where}: cannot write to the temp folder {folder.parent} ({exc.strerror or exc}). "
                      "Check TMPDIR exists and is writable")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_scratch(tmp: str | os.PathLike[str] | None = None) -> list[Path]:
    """Remove scratch folders left by crimestats runs that no longer exist (a ``kill -9``)."""
    base = Path(tmp or tempfile.gettempdir())
    removed = []
    try:
        entries = list(base.glob(f"{SCRATCH_PREFIX}*"))
    except OSError:
        return []
    for d in entries:
        m = re.match(rf"{SCRATCH_PREFIX}(\d+)-", d.name)
        if not m or int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
            continue
        shutil.rmtree(d, ignore_errors=True)
        if not d.exists():
            removed.append(d)
    return removed


def scratch_prefix() -> str:
    """The name prefix of this process's scratch folders (cleaned by :func:`clean_stale_scratch`)."""
    return f"{SCRATCH_PREFIX}{os.getpid()}-"


def scratch_dir(stack: ExitStack, *, display: str) -> Path:
    """A fresh scratch folder removed when ``stack`` closes; a full or missing TMPDIR is a clear error."""
    try:
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix=scratch_prefix()))
    except OSError as exc:
        raise disk_error(exc, Path(tempfile.gettempdir()) / "x", display) from exc
    return Path(tmp)


class _Stopped(SystemExit):
    """A termination signal, turned into an exit that runs every cleanup on the way out."""


@contextmanager
def signals_exit_cleanly() -> Iterator[None]:
    """While this block runs, SIGTERM and SIGHUP exit through Python (finally blocks and context
    managers run, so scratch folders are removed and the open transaction is rolled back)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old: dict[int, Any] = {}

    def _raise(signum: int, _frame: Any) -> None:
        raise _Stopped(128 + signum)

    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            old[sig] = signal.signal(sig, _raise)
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def require_regular_file(path: Path, display: str) -> None:
    """Refuse a FIFO, device or socket by name (reading one would block or never end)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(f"{display}: cannot read it ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return
    kind = "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else \
        "a device" if (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) else "not a regular file"
    raise InputError(f"{display}: {kind}, not a data file. Give the path of a file saved on disk")
