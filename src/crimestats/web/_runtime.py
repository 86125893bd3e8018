"""What the web app needs around the library: a read-only store, time limits, caches, body caps.

Heavy work (checks, explores, hotspots, figures: :meth:`Runtime.compute`, :meth:`Runtime.check`) runs
in killable worker processes (``_workers``), so it never holds the event loop or the GIL that cheap pages
need.  Small look-ups (the sources list, coverage) get their own DuckDB cursor on the app's read-only
store in one of a few threads (:meth:`Runtime.run`); when the time limit passes the cursor is
interrupted (``con.interrupt()``) and the user gets a clear 504 message.  The store is read-only, so
computed results are cached by their inputs.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import tempfile
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Callable

from ..store._lookups import ingest_marker
from ..store._store import Store
from ._permalinks import ResultFiles
from ._workers import WorkerPool, WorkTimedOut

__all__ = ["WebSettings", "Runtime", "QueryTimeout", "BodyLimitMiddleware"]

DEFAULT_MAX_BODY = 1_000_000


class QueryTimeout(Exception):
    """A query in the web path ran past its time limit and was interrupted."""


@dataclass
class WebSettings:
    """How the app runs: which store, how big a request may be, how long a query may take."""

    db: Path
    max_body: int = DEFAULT_MAX_BODY
    query_timeout: float = 20.0
    query_threads: int = 2           # threads for the app's own small store look-ups
    app_duckdb_memory_mb: int = 128  # DuckDB's buffers in the app process (it runs small look-ups only)
    cache_dir: Path | None = None    # permalinks for check results; a fresh temp dir if None
    cache_entries: int = 512
    cache_bytes: int = 64 << 20      # the page cache's memory bound
    results_max_files: int = 2_000   # saved check results (permalinks): oldest removed past these bounds
    results_max_bytes: int = 256 << 20
    results_max_age_s: float = 7 * 24 * 3600
    # Heavy jobs at once, each in a process killed at the limits.  One by default: on a 2-core machine a
    # second worker did not finish more cache-missing pages under load (the cores were already busy) and
    # cost ~380 MB more; the memory bound is then app (~180 MB + page cache) + forkserver + one worker.
    worker_slots: int = 1
    worker_memory_mb: int = 600      # resident memory past which a worker is killed (~320 warm, ~500 after hotspots)
    worker_duckdb_memory_mb: int = 128   # DuckDB's buffers in each worker
    worker_queue_wait: float = 10.0  # longest wait for a free worker before answering 503
    worker_nice: int = 5             # workers' lower CPU priority: cheap pages first on a busy machine


def _approx_bytes(value: Any) -> int:
    """About how much memory a cached answer takes (its JSON length; bytes and text as they are)."""
    if isinstance(value, (bytes, bytearray, str)):
        return len(value)
    try:
        return len(json.dumps(value, default=str))
    except (TypeError, ValueError):
        return 1024


class LRU:
    """A small thread-safe least-recently-used cache, bounded by entries and by bytes (pages of
    explore data weigh 0.2-0.8 MB each, so a count alone does not bound memory)."""

    def __init__(self, size: int, max_bytes: int = 64 << 20) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self.bytes = 0
        self._d: OrderedDict[Any, Any] = OrderedDict()
        self._sizes: dict[Any, int] = {}
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            if key in self._d:
                self._d.move_to_end(key)
                return self._d[key]
        return None

    def put(self, key: Any, value: Any) -> None:
        n = _approx_bytes(value)
        if n > self.max_bytes // 4:
            return          # one answer larger than a quarter of the cache is not kept
        with self._lock:
            self.bytes -= self._sizes.pop(key, 0)
            self._d[key] = value
            self._sizes[key] = n
            self.bytes += n
            self._d.move_to_end(key)
            while len(self._d) > self.size or self.bytes > self.max_bytes:
                old, _ = self._d.popitem(last=False)
                self.bytes -= self._sizes.pop(old, 0)

    def __len__(self) -> int:
        return len(self._d)


@dataclass
class Runtime:
    settings: WebSettings
    store: Store = field(init=False)
    pool: ThreadPoolExecutor = field(init=False)
    cache: LRU = field(init=False)
    cache_dir: Path = field(init=False)
    _tmp: Any = field(init=False, default=None)
    _inflight: dict[Any, Any] = field(init=False, default_factory=dict)
    _cursors: set[Any] = field(init=False, default_factory=set)
    workers: WorkerPool = field(init=False)

    def __post_init__(self) -> None:
        st = self.settings
        self.store = Store(st.db, read_only=True)
        self.store.limit_resources(memory_mb=st.app_duckdb_memory_mb, threads=1)
        self.workers = WorkerPool(db=str(st.db), timeout=st.query_timeout, slots=st.worker_slots,
                                  memory_mb=st.worker_memory_mb, duckdb_memory_mb=st.worker_duckdb_memory_mb,
                                  queue_wait=st.worker_queue_wait, nice=st.worker_nice)
        self.pool = ThreadPoolExecutor(max_workers=self.settings.query_threads, thread_name_prefix="cs-web")
        self.cache = LRU(self.settings.cache_entries, self.settings.cache_bytes)
        if self.settings.cache_dir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="crimestats-web-")
            self.cache_dir = Path(self._tmp.name)
        else:
            self.cache_dir = Path(self.settings.cache_dir)
            self.cache_dir.mkdir(parents=True, exist_ok=True)
        self.results = ResultFiles(self.cache_dir, max_bytes=self.settings.results_max_bytes,
                                   max_age_days=self.settings.results_max_age_s / 86400,
                                   max_files=self.settings.results_max_files)
        self.marker = "%s:%d" % ingest_marker(self.store)

    def close(self) -> None:
        # Stop what is still running, wait for the workers to let go of their cursors, then close:
        # closing the store under a query that is still stopping fails ("connection is busy").
        for cur in list(self._cursors):
            try:
                cur.interrupt()
            except Exception:  # noqa: BLE001 - already closed
                pass
        self.workers.close()
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.store.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    async def run(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Run ``fn(store, *args, **kwargs)`` in a worker with its own cursor, under the time limit.

        On timeout the DuckDB query is interrupted and, if the job had not started yet, it is
        taken off the queue, so a burst of slow requests cannot pile up behind each other.
        """
        view = self.store.cursor()
        cur = view.con
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(self.pool, partial(fn, view, *args, **kwargs))
        self._cursors.add(cur)

        def _release(_f: Any) -> None:
            self._cursors.discard(cur)
            cur.close()

        fut.add_done_callback(_release)
        try:
            return await asyncio.wait_for(asyncio.shield(fut), self.settings.query_timeout)
        except asyncio.TimeoutError:
            fut.cancel()
            try:
                cur.interrupt()
            except Exception:  # noqa: BLE001 - the cursor may already be closed
                pass
            raise QueryTimeout(
                f"the query took longer than {self.settings.query_timeout:g} s and was stopped. "
                "Try a shorter period or a larger area, or ask the operator to raise "
                "--query-timeout.") from None

    async def compute(self, key: tuple[Any, ...], fn: Callable[..., Any], /, **kwargs: Any) -> Any:
        """``fn(store, **kwargs)`` in a worker process (``fn`` a module-level function of the library),
        under the time limit; concurrent callers with the same ``key`` share one job, and the answer is
        remembered (the store is read-only, so it cannot go stale)."""
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        value = await self._shared(key, self._in_worker, fn, "query", kwargs)
        self.cache.put(key, value)
        return value

    async def check(self, key: tuple[Any, ...], **kwargs: Any) -> Any:
        """A claim check in a worker process; the same text at once is checked once (not cached here:
        results are saved as permalinks)."""
        from ..report._views import check

        return await self._shared(key, self._in_worker, check, "check", kwargs)

    async def _shared(self, key: tuple[Any, ...], run: Callable[..., Any], *args: Any) -> Any:
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.ensure_future(run(*args))
            self._inflight[key] = task
            task.add_done_callback(lambda _t: self._inflight.pop(key, None))
        return await asyncio.shield(task)

    async def _in_worker(self, fn: Callable[..., Any], what: str, kwargs: dict[str, Any]) -> Any:
        try:
            return await self.workers.run(
                fn, f"the {what} took longer than {self.settings.query_timeout:g} s and was stopped. "
                    + ("Check a shorter text" if what == "check" else "Try a shorter period or a larger area")
                    + ", or ask the operator to raise --query-timeout.", **kwargs)
        except WorkTimedOut as exc:
            raise QueryTimeout(str(exc)) from None

    async def once(self, key: tuple[Any, ...], fn: Callable[..., Any], /, *args: Any,
                   **kwargs: Any) -> Any:
        """Like :meth:`run`, but concurrent callers with the same ``key`` share one computation."""
        return await self._shared(key, partial(self.run, fn, *args, **kwargs))

    async def cached(self, key: tuple[Any, ...], fn: Callable[..., Any], /, *args: Any,
                     **kwargs: Any) -> Any:
        """Like :meth:`once`, and remember the answer (the store is read-only, so it cannot go stale)."""
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        value = await self.once(key, fn, *args, **kwargs)
        self.cache.put(key, value)
        return value

    # -- permalinks for check results ---------------------------------------------------
    def result_key(self, text: str, as_of: str) -> str:
        """Content address of a check: the article, its date and what the store held."""
        return hashlib.sha256(f"{self.marker}\n{as_of}\n{text}".encode()).hexdigest()[:20]

    def save_result(self, key: str, payload: dict[str, Any]) -> None:
        self.results.save(key, payload)

    def prune_results(self) -> int:
        """Apply the bounds to the saved results now; the number removed (remembered as expired)."""
        return len(self.results.prune())

    def has_result(self, key: str) -> bool:
        """Is a check result saved under ``key`` (without reading and parsing it)?"""
        return self.results.has(key)

    def load_result(self, key: str) -> dict[str, Any] | None:
        return self.results.load(key)

    def result_expired(self, key: str) -> bool:
        return self.results.expired(key)


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_body`` bytes with a clear 413 (header or streamed size)."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    def _message(self) -> bytes:
        return json.dumps({"error": "request too large",
                           "detail": f"the request body is over the limit of {self.max_body:,} bytes. "
                                     "Send a shorter article (or split it), or start the server with "
                                     "a larger --max-body."}).encode()

    async def _reject(self, send: Any) -> None:
        body = self._message()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_body
                except ValueError:
                    too_big = False
                if too_big:
                    return await self._reject(send)
        seen = 0
        started = False
        rejected = False

        async def limited_receive() -> Any:
            nonlocal seen, rejected
            if rejected:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    # Answer now; the app sees the client go away and its own reply is dropped.
                    rejected = True
                    if not started:
                        await self._reject(send)
                    return {"type": "http.disconnect"}
            return msg

        async def guarded_send(msg: Any) -> None:
            nonlocal started
            if rejected:
                return
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not rejected:
                raise
