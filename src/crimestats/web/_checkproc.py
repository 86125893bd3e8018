"""Claim checks in worker processes that are killed at the time limit (issue 13).

A check is pure Python: a thread cannot be stopped, so a slow check used to go on burning CPU after its
request had answered 504, and eight hostile articles at once held every worker.  Here checks run in a
small pool of worker processes (forked from a clean ``forkserver`` that has the library imported), each
with the store open read-only and its caches warm.  A worker takes one check at a time; at the time
limit, or when its resident memory passes ``memory_mb``, it is killed (its CPU and memory are freed at
once) and a fresh one takes its place.  At most ``slots`` checks run at a time; a request that cannot
get a worker within the limit is answered 503 (busy), one whose check runs past it 504.

The memory is watched from the parent (``/proc/<pid>/statm``, several times a second) rather than
capped with ``RLIMIT_AS``: DuckDB reserves far more address space than it uses.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing as mp
import os
import time
from multiprocessing.connection import Connection
from typing import Any

from .. import _errors

__all__ = ["CheckBusy", "CheckProcesses", "CheckTimedOut"]

_PRELOAD = ["crimestats.report._views", "crimestats.claims", "scipy.stats"]
# a short text that runs the checker's main paths once, so a worker's first real check is warm
_WARM_UP = ("Burglary in London fell by 9% in 2022 to 55,000 offences, and there were 109 homicides, "
            "the lowest since 2014.")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class CheckTimedOut(Exception):
    """A check ran past the time limit; its process was killed (the app answers 504)."""


class CheckBusy(_errors.CrimestatsError):
    """Every check slot stayed busy for the whole time limit (answered 503)."""


def _serve(conn: Connection, db: str, memory_mb: int) -> None:
    """A worker: open the store, warm up, then answer one check request at a time until told to stop."""
    from ..report import _views
    from ..store._store import Store

    with Store(db, read_only=True) as store:
        # DuckDB's own buffers stay well inside the worker's limit (the parent watches the rest)
        store.limit_resources(memory_mb=memory_mb // 4, threads=1)
        with contextlib.suppress(Exception):
            _views.check(store, text=_WARM_UP, as_of="2023-01-06")
        while True:
            try:
                kwargs = conn.recv()
            except (EOFError, OSError):
                return
            if kwargs is None:
                return
            try:
                conn.send(("ok", _views.check(store, **kwargs)))
            except _errors.CrimestatsError as exc:
                conn.send(("error", type(exc).__name__, str(exc)))
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


def _rebuild(name: str, message: str) -> Exception:
    """The library's exception of that class with that message (so the app maps it to its status)."""
    cls = getattr(_errors, name, None)
    if not (isinstance(cls, type) and issubclass(cls, _errors.CrimestatsError)):
        cls = _errors.InputError
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    return exc


class _Worker:
    def __init__(self, ctx: Any, db: str, memory_mb: int) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_serve, args=(child, db, memory_mb), daemon=True)
        self.proc.start()
        child.close()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()


class CheckProcesses:
    """A pool of ``slots`` killable check workers; each check runs under ``timeout`` seconds."""

    def __init__(self, *, db: str, timeout: float, slots: int = 2, memory_mb: int = 1024,
                 queue_wait: float = 10.0) -> None:
        self.db, self.timeout, self.memory_mb, self.slots = db, timeout, memory_mb, slots
        self.queue_wait = min(queue_wait, timeout)     # how long a request waits for a free worker
        self._ctx = mp.get_context("forkserver")
        self._ctx.set_forkserver_preload(_PRELOAD)
        self._idle: list[_Worker] = []
        self._sems: dict[int, asyncio.Semaphore] = {}
        self.killed = 0         # workers stopped at the time or memory limit (for tests and benchmarks)

    def start(self) -> None:
        """Start the workers now (they warm up while the server starts), instead of at the first check."""
        while len(self._idle) < self.slots:
            self._idle.append(_Worker(self._ctx, self.db, self.memory_mb))

    def close(self) -> None:
        for w in self._idle:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
            w.kill()
        self._idle.clear()

    async def run(self, timeout_message: str, **kwargs: Any) -> Any:
        """``report._views.check(store, **kwargs)`` in a worker; its result, or the library error it raised."""
        deadline = time.monotonic() + self.timeout
        sem = self._sems.setdefault(id(asyncio.get_running_loop()), asyncio.Semaphore(self.slots))
        try:
            await asyncio.wait_for(sem.acquire(), self.queue_wait)
        except asyncio.TimeoutError:
            raise CheckBusy(f"every check worker stayed busy for {self.queue_wait:g} s. Try again in a minute."
                            ) from None
        try:
            w = self._idle.pop() if self._idle else await asyncio.to_thread(
                _Worker, self._ctx, self.db, self.memory_mb)
            msg = await self._ask(w, deadline, timeout_message, kwargs)
        finally:
            sem.release()
        kind = msg[0]
        if kind == "ok":
            return msg[1]
        if kind == "error":
            raise _rebuild(msg[1], msg[2])
        if kind == "memory":
            raise _errors.LimitError(what="the memory this check needed", limit=self.memory_mb,
                                     found=self.memory_mb, unit="MB",
                                     hint="Check a shorter text, or ask the operator to raise the limit")
        raise RuntimeError(f"the check worker failed ({msg[1]}: {msg[2]})")

    async def _ask(self, w: _Worker, deadline: float, timeout_message: str, kwargs: dict[str, Any]) -> Any:
        healthy = False
        try:
            await asyncio.to_thread(w.conn.send, kwargs)
            while True:
                left = deadline - time.monotonic()
                if await asyncio.to_thread(w.conn.poll, max(0.0, min(0.2, left))):
                    break
                rss = _rss_mb(w.proc.pid) if self.memory_mb > 0 else 0
                if rss > self.memory_mb:
                    self.killed += 1
                    raise _errors.LimitError(what="the memory this check needed", limit=self.memory_mb,
                                             found=rss, unit="MB", hint="Check a shorter text, or ask the "
                                                                        "operator to raise the limit")
                if left <= 0.2:
                    self.killed += 1
                    raise CheckTimedOut(timeout_message)
            try:
                msg = await asyncio.to_thread(w.conn.recv)
            except (EOFError, OSError):
                return ("died", "exit code", str(w.proc.exitcode))
            healthy = msg[0] in ("ok", "error", "internal")
            return msg
        finally:
            if healthy:
                self._idle.append(w)
            else:
                await asyncio.to_thread(w.kill)
