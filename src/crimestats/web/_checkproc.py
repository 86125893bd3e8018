"""Claim checks in worker processes that are killed at the time limit (issue 13).

A check is pure Python: a thread cannot be stopped, so a slow check used to go on burning CPU after its
request had answered 504, and eight hostile articles at once held every worker.  Here each check runs in
a process of its own (forked from a clean ``forkserver`` that has the library imported), opens the
store read-only, and sends its result back through a pipe.  At the time limit the process is killed:
its CPU and memory are freed at once.  At most ``slots`` checks run at a time; a request that cannot get
a slot within the limit is answered 503 (busy), one whose check runs past it 504.  The process's address
space is not capped (DuckDB reserves far more address space than it uses); instead the parent reads the
process's resident memory from /proc several times a second and kills it past ``memory_mb``, so a check
can never take the server's memory with it.
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

_PRELOAD = ["crimestats.report._views", "crimestats.claims"]


class CheckTimedOut(Exception):
    """A check ran past the time limit; its process was killed (the app answers 504)."""


class CheckBusy(_errors.CrimestatsError):
    """Every check slot stayed busy for the whole time limit (answered 503)."""


def _child(conn: Connection, db: str, kwargs: dict[str, Any], memory_mb: int) -> None:
    """Run one check and send ('ok', data) or ('error', class name, message)."""
    try:
        from ..report import _views
        from ..store._store import Store

        with Store(db, read_only=True) as store:
            # DuckDB's own buffers stay well inside the process's limit (the parent watches the rest)
            store.con.execute(f"SET memory_limit = '{max(64, memory_mb // 4)}MB'")
            store.con.execute("SET threads = 1")
            data = _views.check(store, **kwargs)
        conn.send(("ok", data))
    except _errors.CrimestatsError as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
    except MemoryError:
        conn.send(("memory", "", ""))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which logs it
        with contextlib.suppress(Exception):   # the pipe is gone: the parent sees the exit code
            conn.send(("internal", type(exc).__name__, str(exc)[:500]))
    finally:
        conn.close()


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


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


class CheckProcesses:
    """Run checks in killable processes, at most ``slots`` at a time, each under ``timeout`` seconds."""

    def __init__(self, *, db: str, timeout: float, slots: int = 2, memory_mb: int = 1024) -> None:
        self.db, self.timeout, self.memory_mb = db, timeout, memory_mb
        self._ctx = mp.get_context("forkserver")
        self._ctx.set_forkserver_preload(_PRELOAD)
        self._n = slots
        self._slots_by_loop: dict[int, asyncio.Semaphore] = {}
        self._live: set[Any] = set()
        self.killed = 0         # checks stopped at the limit (for tests and the load benchmark)

    def close(self) -> None:
        for p in list(self._live):
            p.kill()
            p.join(2)
        self._live.clear()

    async def run(self, timeout_message: str, **kwargs: Any) -> Any:
        """``_views.check(store, **kwargs)`` in a process; its result, or the library error it raised."""
        deadline = time.monotonic() + self.timeout
        loop = id(asyncio.get_running_loop())
        slots = self._slots_by_loop.setdefault(loop, asyncio.Semaphore(self._n))
        try:
            await asyncio.wait_for(slots.acquire(), self.timeout)
        except TimeoutError:
            raise CheckBusy(f"every check slot stayed busy for {self.timeout:g} s. Try again in a minute."
                            ) from None
        try:
            return await self._run_one(deadline, timeout_message, kwargs, CheckTimedOut)
        finally:
            slots.release()

    async def _run_one(self, deadline: float, timeout_message: str, kwargs: dict[str, Any],
                       timeout_exc: type[Exception]) -> Any:
        recv, send = self._ctx.Pipe(duplex=False)
        p = self._ctx.Process(target=_child, args=(send, self.db, kwargs, self.memory_mb), daemon=True)
        await asyncio.to_thread(p.start)
        send.close()
        self._live.add(p)
        try:
            over_memory = False
            while True:
                left = deadline - time.monotonic()
                got = await asyncio.to_thread(recv.poll, max(0.0, min(0.2, left)))
                if got:
                    break
                if self.memory_mb > 0 and _rss_mb(p.pid) > self.memory_mb:
                    over_memory = True
                    break
                if left <= 0.2:
                    self.killed += 1
                    raise timeout_exc(timeout_message)
            if over_memory:
                self.killed += 1
                p.kill()
                raise _errors.LimitError(what="the memory this check needed", limit=self.memory_mb,
                                         found=_rss_mb(p.pid) or self.memory_mb, unit="MB",
                                         hint="Check a shorter text, or ask the operator to raise the limit")
            try:
                msg = await asyncio.to_thread(recv.recv)
            except EOFError:
                msg = ("died", "", "")
        finally:
            if p.is_alive():
                p.kill()
            await asyncio.to_thread(p.join, 5)
            self._live.discard(p)
            recv.close()
        kind = msg[0]
        if kind == "ok":
            return msg[1]
        if kind == "error":
            raise _rebuild(msg[1], msg[2])
        if kind == "memory":
            raise _errors.LimitError(what="the memory this check needed", limit=self.memory_mb,
                                     found=self.memory_mb, unit="MB",
                                     hint="Check a shorter text, or ask the operator to raise the limit")
        raise RuntimeError(f"the check process failed ({msg[1] or 'exit code ' + str(p.exitcode)}: {msg[2]})")
