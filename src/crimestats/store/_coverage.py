"""Coverage: which months (or years) each source holds, and which are missing.

A month inside a series' span with no file covering it is *missing*: shown as a gap, never as
zero.  Coverage is per (source, scope, level, grain) where scope is the force whose file it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..sources._base import month_range
from ._store import StoreLike

__all__ = ["CoverageSpan", "coverage", "missing_periods"]


@dataclass
class CoverageSpan:
    source: str
    scope_code: str
    scope_name: str | None
    level: str
    grain: str
    first: date
    last: date
    present: list[date] = field(default_factory=list)
    missing: list[date] = field(default_factory=list)
    vintages: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "scope_code": self.scope_code, "scope_name": self.scope_name,
            "level": self.level, "grain": self.grain, "first": self.first.isoformat(),
            "last": self.last.isoformat(), "periods_present": len(self.present),
            "periods_missing": len(self.missing), "missing": [d.isoformat() for d in self.missing],
            "missing_ranges": [f"{_label(a, self.grain)}..{_label(b, self.grain)}" if a != b
                               else _label(a, self.grain) for a, b in _ranges(self.missing, self.grain)],
            "vintages": self.vintages,
        }


def _next(d: date, grain: str) -> date:
    if grain in ("year", "financial_year"):
        return date(d.year + 1, d.month, 1)
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _label(d: date, grain: str) -> str:
    if grain == "financial_year":
        return f"{d.year}/{str(d.year + 1)[2:]}"
    return d.isoformat()[:4] if grain == "year" else d.isoformat()[:7]


def _ranges(periods: list[date], grain: str) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for p in periods:
        if out and _next(out[-1][1], grain) == p:
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, p))
    return out


def expected_periods(first: date, last: date, grain: str) -> list[date]:
    """Every period start from ``first`` to ``last`` at this grain (years step from ``first``'s month)."""
    if grain in ("year", "financial_year"):
        return [date(y, first.month, 1) for y in range(first.year, last.year + 1)]
    return month_range(first, last)


def coverage(store: StoreLike, *, source: str | None = None, scope: str | None = None,
             level: str | None = None) -> list[CoverageSpan]:
    """One span per (source, scope, level, grain), with present and missing periods."""
    where, params = [], []
    for col, val in (("source", source), ("scope_code", scope), ("level", level)):
        if val is not None:
            where.append(f"{col} = ?")
            params.append(val)
    sql = """
        SELECT c.source, c.scope_code, any_value(c.scope_name), c.level, c.grain,
               list(DISTINCT c.period_start ORDER BY c.period_start),
               list(DISTINCT i.vintage ORDER BY i.vintage)
        FROM coverage c JOIN ingests i USING (ingest_id)
    """
    if where:
        sql += " WHERE " + " AND ".join(f"c.{w}" for w in where)
    sql += " GROUP BY c.source, c.scope_code, c.level, c.grain ORDER BY 1, 2, 4, 5"
    spans = []
    for src, sc, sn, lv, gr, periods, vintages in store.con.execute(sql, params).fetchall():
        present = list(periods)
        exp = expected_periods(present[0], present[-1], gr)
        have = set(present)
        spans.append(CoverageSpan(src, sc, sn, lv, gr, present[0], present[-1], present,
                                  [p for p in exp if p not in have], list(vintages)))
    return spans


def missing_periods(store: StoreLike, *, source: str, scope: str | None = None, level: str | None = None,
                    grain: str = "month", first: date, last: date) -> list[date]:
    """Periods between ``first`` and ``last`` that no ingested file covers."""
    sql = "SELECT DISTINCT period_start FROM coverage WHERE source = ? AND grain = ? AND period_start BETWEEN ? AND ?"
    params: list[Any] = [source, grain, first, last]
    if scope is not None:
        sql += " AND scope_code = ?"
        params.append(scope)
    if level is not None:
        sql += " AND level = ?"
        params.append(level)
    have = {r[0] for r in store.con.execute(sql, params).fetchall()}
    return [p for p in expected_periods(first, last, grain) if p not in have]
