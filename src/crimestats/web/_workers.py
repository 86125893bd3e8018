"""Heavy work (claim checks, cache-missing explores, hotspots, figures) in killable worker processes.

The app process only routes requests, answers from its caches and renders pages: anything that computes
(pure Python that holds the GIL, or DuckDB scans) runs in a small pool of worker processes (forked from
a clean ``forkserver`` that has the library imported), each with the store open read-only, DuckDB capped
to ``duckdb_memory_mb`` and one thread, and its caches warm.  So a burst of cache-missing pages cannot
starve the event loop that serves cheap ones (issue 13); the workers also run at a lower CPU priority
(``nice``), so on a busy machine the cheap pages go first.

A worker takes one job at a time: ``fn(store, **kwargs)`` for a module-level function ``fn`` (sent by
name, so a worker never runs code it could not import).  At the time limit, or when its resident memory
passes ``memory_mb``, it is killed (its CPU and memory are freed at once) and a fresh one takes its
place.  At most ``slots`` jobs run at a time; a request that cannot get a worker within ``queue_wait``
seconds is answered 503 (busy), one whose job runs past the limit 504.

The memory is watched from the parent (``/proc/<pid>/statm``, several times a second) rather than
capped with ``RLIMIT_AS``: DuckDB and the chart renderer reserve far more address space than they use.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing as mp
import os
import time
from multiprocessing.connection import Connection
from typing import Any, Callable

from .. import _errors

__all__ = ["WorkerBusy", "WorkerPool", "WorkTimedOut"]

_PRELOAD = ["crimestats.report._views", "crimestats.claims", "scipy.stats"]
# a short text that runs the checker's main paths once, so a worker's first real check is warm
_WARM_UP = ("Burglary in London fell by 9% in 2022 to 55,000 offences, and there were 109 homicides, "
            "the lowest since 2014.")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class WorkTimedOut(Exception):
    """A job ran past the time limit; its process was killed (the app answers 504)."""


class WorkerBusy(_errors.CrimestatsError):
    """Every worker stayed busy for the whole queue wait (answered 503)."""


def _serve(conn: Connection, db: str, duckdb_memory_mb: int, nice: int) -> None:
    """A worker: open the store, warm up, then run one job at a time until told to stop."""
    from ..report import _views
    from ..store._store import Store

    if nice:
        with contextlib.suppress(OSError):
            os.nice(nice)
    with Store(db, read_only=True) as store:
        store.limit_resources(memory_mb=duckdb_memory_mb, threads=1)
        with contextlib.suppress(Exception):
            _views.check(store, text=_WARM_UP, as_of="2023-01-06")
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if job is None:
                return
            fn, kwargs = job
            try:
                conn.send(("ok", fn(store, **kwargs)))
            except _errors.CrimestatsError as exc:
                conn.send(("error", [c.__name__ for c in type(exc).__mro__], str(exc)))
            except ValueError as exc:      # a bad parameter the view did not wrap (the app answers 400)
                conn.send(("value", "ValueError", str(exc)[:2000]))
            except MemoryError:
                conn.send(("memory", "", ""))
                return
            except Exception as exc:  # noqa: BLE001 - reported to the parent, which answers 500
                conn.send(("internal", type(exc).__name__, str(exc)[:500]))


def _rss_mb(pid: int | None) -> int:
    """Resident memory of process ``pid`` in MB (0 when it is gone or /proc is not there)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * _PAGE // (1024 * 1024)
    except (OSError, ValueError, IndexError):
        return 0


def _rebuild(names: list[str], message: str) -> Exception:
    """The library's exception nearest to the worker's (by class name), with its message, so the app
    maps it to the same status (an error class defined outside ``_errors`` becomes its nearest base)."""
    cls: type[_errors.CrimestatsError] = _errors.InputError
    for name in names:
        found = getattr(_errors, name, None)
        if isinstance(found, type) and issubclass(found, _errors.CrimestatsError):
            cls = found
            break
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    return exc


def _memory_error(limit: int, found: int) -> _errors.LimitError:
    return _errors.LimitError(what="the memory this request needed", limit=limit, found=found, unit="MB",
                              hint="Ask for less at once (a shorter text, a smaller area), or ask the "
                                   "operator to raise the limit")


class _Worker:
    def __init__(self, ctx: Any, db: str, duckdb_memory_mb: int, nice: int) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_serve, args=(child, db, duckdb_memory_mb, nice), daemon=True)
        self.proc.start()
        child.close()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()


class WorkerPool:
    """``slots`` killable worker processes; each job runs under ``timeout`` seconds (waits included)."""

    def __init__(self, *, db: str, timeout: float, slots: int = 2, memory_mb: int = 1024,
                 duckdb_memory_mb: int = 128, queue_wait: float = 10.0, nice: int = 5) -> None:
        self.db, self.timeout, self.memory_mb, self.slots = db, timeout, memory_mb, slots
        self.duckdb_memory_mb, self.nice = duckdb_memory_mb, nice
        self.queue_wait = min(queue_wait, timeout)     # how long a request waits for a free worker
        self._ctx = mp.get_context("forkserver")
        self._ctx.set_forkserver_preload(_PRELOAD)
        self._idle: list[_Worker] = []
        self._sems: dict[int, asyncio.Semaphore] = {}
        self.killed = 0         # workers stopped at the time or memory limit (for tests and benchmarks)

    def _new(self) -> _Worker:
        return _Worker(self._ctx, self.db, self.duckdb_memory_mb, self.nice)

    def start(self) -> None:
        """Start the workers now (they warm up while the server starts), instead of at the first job."""
        while len(self._idle) < self.slots:
            self._idle.append(self._new())

    def pids(self) -> list[int]:
        """Process ids of the idle workers (for tests and benchmarks)."""
        return [w.proc.pid for w in self._idle if w.proc.pid is not None]

    def close(self) -> None:
        for w in self._idle:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
            w.kill()
        self._idle.clear()

    async def run(self, fn: Callable[..., Any], timeout_message: str, /, **kwargs: Any) -> Any:
        """``fn(store, **kwargs)`` in a worker; its result, or the library error it raised."""
        deadline = time.monotonic() + self.timeout
        sem = self._sems.setdefault(id(asyncio.get_running_loop()), asyncio.Semaphore(self.slots))
        try:
            await asyncio.wait_for(sem.acquire(), self.queue_wait)
        except asyncio.TimeoutError:
            raise WorkerBusy(f"the server is busy: every worker stayed busy for {self.queue_wait:g} s. "
                             "Try again in a minute.") from None
        try:
            w = self._idle.pop() if self._idle else await asyncio.to_thread(self._new)
            msg = await self._ask(w, deadline, timeout_message, (fn, kwargs))
        finally:
            sem.release()
        kind = msg[0]
        if kind == "ok":
            return msg[1]
        if kind == "error":
            raise _rebuild(msg[1], msg[2])
        if kind == "value":
            raise ValueError(msg[2])
        if kind == "memory":
            raise _memory_error(self.memory_mb, self.memory_mb)
        raise RuntimeError(f"the worker failed ({msg[1]}: {msg[2]})")

    async def _ask(self, w: _Worker, deadline: float, timeout_message: str, job: tuple[Any, Any]) -> Any:
        healthy = False
        try:
            await asyncio.to_thread(w.conn.send, job)
            while True:
                left = deadline - time.monotonic()
                if await asyncio.to_thread(w.conn.poll, max(0.0, min(0.2, left))):
                    break
                rss = _rss_mb(w.proc.pid) if self.memory_mb > 0 else 0
                if rss > self.memory_mb:
                    self.killed += 1
                    raise _memory_error(self.memory_mb, rss)
                if left <= 0.2:
                    self.killed += 1
                    raise WorkTimedOut(timeout_message)
            try:
                msg = await asyncio.to_thread(w.conn.recv)
            except (EOFError, OSError):
                return ("died", "exit code", str(w.proc.exitcode))
            healthy = msg[0] in ("ok", "error", "value", "internal")
            return msg
        finally:
            if healthy:
                self._idle.append(w)
            else:
                await asyncio.to_thread(w.kill)
