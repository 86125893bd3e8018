"""Repeated reads of a read-only store, answered once.

Checking an article asks the store the same small questions many times (which scopes a source
covers, which months, which files an ingest came from, the same count for two claims). A store
opened read-only cannot change while it is open (DuckDB lets no process write a file that another
has open), so its answers are kept, per Store object, for as long as it is open. A writable store
is always asked afresh.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from ._store import StoreLike

__all__ = ["read_rows", "read_one"]

_KEPT = 4096   # answers kept per store (each a few rows); the oldest go first


def read_rows(store: StoreLike, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """``store.con.execute(sql, params).fetchall()``, kept for a read-only store. Treat rows as read-only."""
    if not getattr(store, "read_only", False):
        return store.con.execute(sql, list(params)).fetchall()
    kept: OrderedDict[tuple[str, tuple[Any, ...]], list[tuple[Any, ...]]] | None = getattr(store, "_kept_reads", None)
    if kept is None:
        kept = OrderedDict()
        try:
            store._kept_reads = kept  # type: ignore[attr-defined]
        except AttributeError:   # a StoreLike that takes no attributes: ask afresh
            return store.con.execute(sql, list(params)).fetchall()
    key = (sql, tuple(params))
    rows = kept.get(key)
    if rows is None:
        rows = store.con.execute(sql, list(params)).fetchall()
        kept[key] = rows
        if len(kept) > _KEPT:
            kept.popitem(last=False)
    else:
        kept.move_to_end(key)
    return rows


def read_one(store: StoreLike, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
    """The first row of :func:`read_rows`, or None."""
    rows = read_rows(store, sql, params)
    return rows[0] if rows else None
