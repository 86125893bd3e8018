"""Vintages never change silently (issue 13).

A file is stored under a vintage (the publisher's release or the last month it holds).  Two files with
different content (sha256) that cover the same source x force x level x month *at the same vintage*
cannot both be right: a truncated copy, a second download, a hand-edited file.  Storing the second one
used to replace the first without a word (the later ingest won), or double it under ``--vintage all``.
Now it is refused with a message naming both files, unless the caller says what the new file is: a
revision under another ``--vintage`` label (kept beside the old one; the latest is used), or
``replace=True`` (the stored file's rows for the months the new file covers are removed).

Readers of point-level tables (incidents, outcomes, stops) use :func:`latest_rows` so they count each
month from its latest vintage only, as ``counts_latest`` does for counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .._errors import VintageConflictError

__all__ = ["Clash", "clashes", "latest_rows", "refuse_or_replace"]


@dataclass(frozen=True)
class Clash:
    """A stored ingest covering some of the same keys at the same vintage with different content."""

    ingest_id: int
    file_path: str
    source: str
    scope_code: str
    periods: tuple[str, ...]
    vintage: str


def clashes(con: Any, ingest_id: int) -> list[Clash]:
    """Stored ingests that cover a (source, scope, level, grain, period) of ``ingest_id`` (its coverage
    rows already inserted, not committed) at the same vintage label and date, with another sha256."""
    rows = con.execute(
        """
        SELECT o.ingest_id, oi.file_path, n.source, n.scope_code, oi.vintage,
               list(DISTINCT strftime(n.period_start, '%Y-%m') ORDER BY strftime(n.period_start, '%Y-%m'))
        FROM coverage n
        JOIN ingests ni ON ni.ingest_id = n.ingest_id
        JOIN coverage o ON o.source = n.source AND o.scope_code = n.scope_code AND o.level = n.level
             AND o.grain = n.grain AND o.period_start = n.period_start AND o.vintage_date = n.vintage_date
             AND o.ingest_id <> n.ingest_id
        JOIN ingests oi ON oi.ingest_id = o.ingest_id
        WHERE n.ingest_id = ? AND oi.vintage = ni.vintage AND oi.sha256 <> ni.sha256
        GROUP BY ALL ORDER BY 1
        """, [ingest_id]).fetchall()
    return [Clash(int(i), str(p), str(s), str(sc), tuple(per), str(v)) for i, p, s, sc, v, per in rows]


def _periods(periods: tuple[str, ...]) -> str:
    return periods[0] if len(periods) == 1 else f"{periods[0]}..{periods[-1]} ({len(periods)} months)"


def refuse_or_replace(con: Any, *, ingest_id: int, path: str, replace: bool) -> list[str]:
    """Raise :class:`VintageConflictError` for the first clash, or with ``replace`` remove the clashing
    ingests' rows for the clashing months (and an ingest left with no coverage at all).  Returns notes."""
    found = clashes(con, ingest_id)
    if not found:
        return []
    if not replace:
        c = found[0]
        raise VintageConflictError(path=path, stored_path=c.file_path, source=c.source,
                                   key=f"{c.scope_code} {_periods(c.periods)}", vintage=c.vintage)
    from ._schema import INGEST_TABLES

    notes = []
    for c in found:
        months = [f"{p}-01" for p in c.periods]
        marks = ", ".join("?" for _ in months)
        for table in INGEST_TABLES:
            col = {"coverage": "period_start", "counts": "period_start", "incidents": "month",
                   "outcomes": "month", "stops": "month"}.get(table)
            if col is None:
                continue
            extra = " AND scope_code = ? AND source = ?" if table == "coverage" else ""
            params: list[Any] = [c.ingest_id, *months] + ([c.scope_code, c.source] if extra else [])
            con.execute(f"DELETE FROM {table} WHERE ingest_id = ? AND {col} IN ({marks}){extra}", params)
        left = con.execute("SELECT count(*) FROM coverage WHERE ingest_id = ?", [c.ingest_id]).fetchone()
        if left is not None and int(left[0]) == 0:
            for table in INGEST_TABLES:
                con.execute(f"DELETE FROM {table} WHERE ingest_id = ?", [c.ingest_id])
            con.execute("DELETE FROM ingests WHERE ingest_id = ?", [c.ingest_id])
        notes.append(f"replaced {c.file_path} for {c.scope_code} {_periods(c.periods)} (vintage {c.vintage})")
    return notes


def latest_rows(table: str, *, month_col: str = "month", alias: str = "t") -> str:
    """SQL for the rows of a point-level ``table`` whose month comes from the latest vintage of its
    source and force (``latest_ingest``): use as ``FROM ({latest_rows('incidents')}) t``."""
    if table not in ("incidents", "outcomes", "stops"):
        raise ValueError(f"no latest-vintage filter for table {table!r}")
    return (f"SELECT {alias}.* FROM {table} {alias} SEMI JOIN latest_ingest l "
            f"ON {alias}.ingest_id = l.ingest_id AND {alias}.{month_col} = l.period_start")
