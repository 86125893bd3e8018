"""Fetch data.police.uk bulk archives (every force) and ingest them, streamed member by member.

An archive ``YYYY-MM.zip`` holds the 36 months up to ``YYYY-MM`` for every force; ``latest.zip`` is
the newest.  ``fetch_police_uk(months='2023-01..2025-12')`` asks for the archive(s) whose 36-month
windows cover those months (one per 36 months, newest first) and ingests only the months and
forces asked for.

Downloads go through pooch into a cache folder: resumable (an interrupted download is kept as
``<name>.part`` and continued with an HTTP Range request), checked against a SHA-256 when one is
known (``sha256=``, or a ``<name>.sha256`` file beside the archive on the mirror: pooch refuses a
file that does not match, and nothing is ingested), with a progress callback.  With no internet,
``mirror`` is a folder (used in place, no copy) or URL holding the archives under those names.
"""

from __future__ import annotations

import hashlib
import os
import re
import urllib.parse
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .._errors import FetchError, InputError
from ._archive import KINDS, ingest_archive
from ._fetch import default_cache_dir
from ._store import IngestResult, Store

__all__ = ["ARCHIVE_URL", "ArchiveRequest", "archive_requests", "fetch_police_uk", "parse_months"]

ARCHIVE_URL = "https://data.police.uk/data/archive/"
WINDOW = 36           # months in one bulk archive
Progress = Callable[[str, int, int | None], None]     # (file name, bytes so far, total or None)


@dataclass(frozen=True)
class ArchiveRequest:
    """One archive to fetch and the months to ingest from it (None = all it holds)."""

    name: str                               # file name: 'YYYY-MM.zip' or 'latest.zip'
    months: tuple[date, date] | None


def _month(text: str, what: str) -> date:
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})\s*", text)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        raise InputError(f"--months: {what} {text!r} is not a YYYY-MM month (e.g. 2023-01..2025-12)")
    return date(int(m.group(1)), int(m.group(2)), 1)


def parse_months(text: str) -> tuple[date, date]:
    """'2023-01..2025-12' -> (first, last) month starts; a single 'YYYY-MM' is one month."""
    first, sep, last = text.partition("..")
    a = _month(first, "first month")
    b = _month(last, "last month") if sep else a
    if b < a:
        raise InputError(f"--months {text!r}: the last month is before the first")
    return a, b


def _shift(d: date, months: int) -> date:
    k = d.year * 12 + d.month - 1 + months
    return date(k // 12, k % 12 + 1, 1)


def archive_requests(months: str | tuple[date, date] | None) -> list[ArchiveRequest]:
    """The archives that cover ``months``: the one named by the last month, then one per 36 months
    before it; with no months, ``latest.zip`` whole."""
    if months is None:
        return [ArchiveRequest("latest.zip", None)]
    first, last = parse_months(months) if isinstance(months, str) else months
    out = []
    end = last
    while end >= first:
        start = max(first, _shift(end, -(WINDOW - 1)))
        out.append(ArchiveRequest(f"{end:%Y-%m}.zip", (start, end)))
        end = _shift(end, -WINDOW)
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class _Resumable:
    """A pooch downloader that continues ``part`` with a Range request and reports progress."""

    def __init__(self, part: Path, name: str, progress: Progress | None) -> None:
        self.part, self.name, self.progress = part, name, progress

    def __call__(self, url: str, output_file: str, pooch: object, check_only: bool = False) -> bool | None:
        import requests

        if check_only:
            return requests.head(url, timeout=30, allow_redirects=True).ok
        done = self.part.stat().st_size if self.part.exists() else 0
        headers = {"Range": f"bytes={done}-"} if done else {}
        with requests.get(url, headers=headers, stream=True, timeout=60) as r:
            if done and r.status_code == 416:          # the part is already the whole file
                pass
            else:
                r.raise_for_status()
                if done and r.status_code != 206:       # the server ignored the Range: start again
                    done = 0
                length = r.headers.get("Content-Length")
                total = done + int(length) if length else None
                with open(self.part, "ab" if done else "wb") as fh:
                    for chunk in r.iter_content(1 << 20):
                        fh.write(chunk)
                        done += len(chunk)
                        if self.progress:
                            self.progress(self.name, done, total)
        os.replace(self.part, output_file)
        return None


def _remote_sha256(url: str) -> str | None:
    """The hex digest in ``<url>.sha256`` if the server has one, else None."""
    import requests

    try:
        r = requests.get(url + ".sha256", timeout=30)
    except requests.RequestException:
        return None
    if r.status_code != 200:
        return None
    m = re.match(r"\s*([0-9a-fA-F]{64})\b", r.text)
    return m.group(1).lower() if m else None


def _local(req: ArchiveRequest, folder: Path, sha256: str | None) -> Path:
    path = folder / req.name
    if not path.exists():
        raise FetchError(f"police-uk: {path} not found in the mirror folder; expected the data.police.uk "
                         f"archive named {req.name!r} (YYYY-MM.zip holds the 36 months to YYYY-MM)")
    side = folder / (req.name + ".sha256")
    want = sha256 or (side.read_text("utf-8").split()[0].lower() if side.exists() else None)
    if want and _sha256(path) != want:
        raise FetchError(f"police-uk: {path} does not match its SHA-256 ({want[:12]}...); the file is "
                         "damaged or not the one expected. Copy it again.")
    return path


def _download(req: ArchiveRequest, base: str, cache: Path, sha256: str | None, refresh: bool,
              progress: Progress | None) -> Path:
    import pooch

    url = base.rstrip("/") + "/" + urllib.parse.quote(req.name)
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / req.name
    if refresh:
        target.unlink(missing_ok=True)
    want = sha256 or _remote_sha256(url)
    pooch.get_logger().setLevel("WARNING")
    try:
        got = pooch.retrieve(url=url, known_hash=f"sha256:{want}" if want else None, fname=req.name,
                             path=cache, downloader=_Resumable(cache / (req.name + ".part"), req.name, progress))
    except ValueError as exc:     # pooch: hash mismatch (the damaged download is discarded)
        raise FetchError(f"police-uk: {url} does not match its SHA-256 ({exc}); nothing was ingested. "
                         "Fetch again, or check the mirror.") from exc
    except Exception as exc:      # requests / HTTP errors
        raise FetchError(f"police-uk: download of {url} failed ({exc}). The part fetched so far is kept "
                         f"in {cache} and the next fetch continues it; without internet use --mirror.") from exc
    return Path(got)


def fetch_police_uk(store: Store, *, months: str | tuple[date, date] | None = None,
                    forces: Collection[str] | None = None, mirror: str | None = None,
                    cache_dir: Path | None = None, sha256: str | None = None, refresh: bool = False,
                    vintage: str | None = None, kinds: Collection[str] = KINDS, ingest: bool = True,
                    progress: Progress | None = None,
                    on_file: Callable[[IngestResult], None] | None = None) -> list[IngestResult]:
    """Fetch the data.police.uk archive(s) covering ``months`` and ingest ``forces`` (default all)."""
    reqs = archive_requests(months)
    if sha256 and len(reqs) > 1:
        raise InputError("--sha256 names one archive, but these months need "
                         f"{len(reqs)} ({', '.join(r.name for r in reqs)}); fetch them one at a time")
    local = mirror is not None and "://" not in mirror or (mirror or "").startswith("file://")
    results: list[IngestResult] = []
    for req in reqs:
        if local:
            assert mirror is not None
            path = _local(req, Path(mirror.removeprefix("file://")), sha256)
        else:
            path = _download(req, mirror or ARCHIVE_URL, cache_dir or default_cache_dir(), sha256, refresh,
                             progress)
        if not ingest:
            results.append(IngestResult(file=str(path), status="downloaded"))
            continue
        results += ingest_archive(store, path, vintage=vintage, months=req.months, forces=forces,
                                  kinds=kinds, on_file=on_file)
    return results
