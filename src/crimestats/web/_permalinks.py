"""Check results kept on disk so a permalink outlives the server: one JSON file per result,
named by its content key (a hash of the article, its as-of date and what the store held), under
a size and age bound.  A result pruned by the bound is remembered as *expired*, so its link can
say so instead of a bare 'not found'."""

from __future__ import annotations

import json
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

__all__ = ["ResultFiles", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_AGE_DAYS", "is_key"]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_MAX_AGE_DAYS = 180
DEFAULT_MAX_FILES = 2_000
_EXPIRED_KEPT = 20_000          # keys remembered as expired (the oldest are forgotten)


def is_key(key: str) -> bool:
    return len(key) == 20 and all(c in "0123456789abcdef" for c in key)


class ResultFiles:
    """Saved check results in ``folder``, pruned to ``max_bytes`` and ``max_age_days``."""

    def __init__(self, folder: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_age_days: float = DEFAULT_MAX_AGE_DAYS, max_files: int = DEFAULT_MAX_FILES) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.max_age = max_age_days * 86400
        self.max_files = max_files
        self._lock = threading.Lock()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def has(self, key: str) -> bool:
        return is_key(key) and self._path(key).exists()

    def save(self, key: str, payload: dict[str, Any]) -> None:
        """Write atomically (a reader never sees half a file), then prune to the bounds."""
        if not is_key(key):
            raise ValueError(f"not a result key: {key!r}")
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, default=str)
        os.replace(tmp, self._path(key))
        self.prune(keep=key)

    def load(self, key: str) -> dict[str, Any] | None:
        if not self.has(key):
            return None
        p = self._path(key)
        try:
            os.utime(p)          # recently opened links are kept longest
        except OSError:
            pass
        return json.loads(p.read_text(encoding="utf-8"))

    def expired(self, key: str) -> bool:
        """Was a result with this key kept once and pruned since?"""
        log = self.folder / "expired.txt"
        return is_key(key) and log.exists() and key in log.read_text(encoding="utf-8").split()

    def prune(self, *, keep: str | None = None) -> list[str]:
        """Drop results older than the age bound, then the least recently used over the count and
        size bounds; remember their keys as expired."""
        with self._lock:
            files = [(p.stat().st_mtime, p.stat().st_size, p) for p in self.folder.glob("*.json")]
            now = time.time()
            gone: list[str] = []
            total = sum(size for _, size, _ in files)
            left = len(files)
            for mtime, size, p in sorted(files):
                if p.stem == keep:
                    continue
                if now - mtime > self.max_age or total > self.max_bytes or left > self.max_files:
                    p.unlink(missing_ok=True)
                    total -= size
                    left -= 1
                    gone.append(p.stem)
            if gone:
                log = self.folder / "expired.txt"
                old = log.read_text(encoding="utf-8").split() if log.exists() else []
                log.write_text("\n".join((old + gone)[-_EXPIRED_KEPT:]) + "\n", encoding="utf-8")
            return gone
