"""A small, read-only way to get counts out of the store.

``query_counts`` filters the canonical ``counts`` table and groups by period and any other
column.  It uses the latest vintage of each month unless ``vintage='all'`` (one row per
vintage, so revisions can be seen side by side) or a vintage label is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .._errors import Hint, InputError
from ..reference._areas import MET_FORCE, normalise_name
from ._store import StoreLike

__all__ = ["query_counts", "QueryResult", "GROUPABLE", "MixedRowsError", "LONDON_NAMES"]

# 'London' in a query means the Metropolitan Police area, as everywhere in crimestats: the Met's
# force-level rows, or its borough-level rows (every borough but the City of London).
LONDON_NAMES = frozenset({"london", "greater london", "metropolitan", "metropolitan police",
                          "metropolitan police service", "metropolitan police area", "met",
                          normalise_name(MET_FORCE[2])})
_LONDON_SQL = ("((lower(c.area_type) = 'force' AND lower(c.area_code) IN (?, ?)) OR "
               "(lower(c.area_type) = 'borough' AND coalesce(c.area_code, '') <> ?))")
_CITY_CODE = "E09000001"

# Rows that may never be summed together: two area levels (boroughs and the wards inside them),
# two units (offences and victims) or two sources (two publishers' counts of the same crimes).
_ONE_OF = ("area_type", "unit", "source")


class MixedRowsError(InputError):
    """The rows asked for mix area levels, units or sources: their sum would count crimes twice
    or add unlike things.  ``choices`` maps each mixed column to the values found."""

    def __init__(self, message: str, *, choices: dict[str, list[str]], hints: list[Hint]) -> None:
        super().__init__(message, hints=hints)
        self.choices = choices

GROUPABLE = ("source", "area_type", "area_code", "area_name", "category", "subcategory",
             "offence_key", "unit", "age_group", "sex", "ethnicity", "method",
             "domestic_abuse", "solved_status", "outcome", "vintage")


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    sql: str
    params: list[Any]

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


def _parse_period(text: str, *, end: bool) -> date:
    """'2022' -> 2022-01-01 (or 2022-12-01 as an end); '2022-03' -> 2022-03-01."""
    t = text.strip()
    try:
        if len(t) == 4 and t.isdigit():
            return date(int(t), 12 if end else 1, 1)
        if len(t) == 7 and t[4] == "-":
            return date(int(t[:4]), int(t[5:]), 1)
        d = date.fromisoformat(t)
        return d.replace(day=1)
    except ValueError as exc:
        raise InputError(f"period {text!r}: expected YYYY, YYYY-MM or YYYY-MM-DD") from exc


def query_counts(store: StoreLike, *, source: str | None = None, unit: str | None = None,
                 offence_key: str | None = None, category: str | None = None,
                 subcategory: str | None = None, area_type: str | None = None,
                 area: str | None = None, start: str | None = None, end: str | None = None,
                 by: str = "month", group_by: list[str] | None = None,
                 vintage: str = "latest", where: dict[str, str] | None = None) -> QueryResult:
    """Sum of ``count`` per period (``by`` = month | year | none) and ``group_by`` columns.

    Text filters match case-insensitively; ``area`` matches an area code or name.  Rows a counting
    rule set aside (unit ``duplicate_rows``) are left out unless that unit is asked for.
    ``where`` adds equality filters on any groupable column.
    """
    group_by = list(group_by or [])
    for g in group_by:
        if g not in GROUPABLE:
            raise InputError(f"cannot group by {g!r}; choose from {', '.join(GROUPABLE)}")
    if by not in ("month", "year", "none"):
        raise InputError(f"by={by!r}: choose month, year or none")
    if vintage == "latest":
        base = "counts_latest"
    else:
        base = "counts"
    conds: list[str] = []
    params: list[Any] = []
    sources = _resolve_sources(store, source) if source is not None else None
    if sources is not None:
        conds.append(f"c.source IN ({', '.join('?' * len(sources))})")
        params += sources
    filters = {"unit": unit, "offence_key": offence_key, "category": category,
               "subcategory": subcategory, "area_type": area_type}
    for col, val in {**filters, **(where or {})}.items():
        if val is None:
            continue
        if col not in GROUPABLE:
            raise InputError(f"cannot filter on {col!r}; choose from {', '.join(GROUPABLE)}")
        if col == "vintage":
            continue
        conds.append(f"lower(c.{col}) = lower(?)")
        params.append(val)
    if unit is None:
        conds.append("c.unit <> 'duplicate_rows'")
    if area is not None and normalise_name(area) in LONDON_NAMES:
        conds.append(_LONDON_SQL)
        params += [MET_FORCE[0], MET_FORCE[2].lower(), _CITY_CODE]
    elif area is not None:
        conds.append("(lower(c.area_code) = lower(?) OR lower(c.area_name) = lower(?))")
        params += [area, area]
    if start is not None:
        conds.append("c.period_start >= ?")
        params.append(_parse_period(start, end=False))
    if end is not None:
        conds.append("c.period_start <= ?")
        params.append(_parse_period(end, end=True))
    if vintage not in ("latest", "all"):
        conds.append("i.vintage = ?")
        params.append(vintage)
    _refuse_mixed(store, base, conds, params, fixed={"area_type": area_type, "unit": unit,
                                                     "source": source}, grouped=group_by)
    period_expr = {"month": "strftime(c.period_start, '%Y-%m')",
                   "year": "CAST(year(c.period_start) AS VARCHAR)", "none": None}[by]
    sel: list[str] = []
    if period_expr:
        sel.append(f"{period_expr} AS period")
    for g in group_by:
        sel.append("i.vintage AS vintage" if g == "vintage" else f"c.{g}")
    if vintage == "all" and "vintage" not in group_by:
        sel.append("i.vintage AS vintage")
    keys = [s.split(" AS ")[-1].replace("c.", "") for s in sel]
    by_ingest = vintage == "all"
    if by_ingest:       # two files of one vintage label are two rows, never summed into one
        sel.append("i.ingest_id AS ingest")
    sql = (f"SELECT {', '.join(sel + ['sum(c.count)::BIGINT AS count'])} "
           f"FROM {base} c JOIN ingests i USING (ingest_id)")
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    if sel:
        sql += " GROUP BY " + ", ".join(str(i + 1) for i in range(len(sel)))
        sql += " ORDER BY " + ", ".join(str(i + 1) for i in range(len(sel)))
    cur = store.con.execute(sql, params)
    rows = cur.fetchall()
    if by_ingest:
        rows = _label_ingests(rows, keys.index("vintage"))
    return QueryResult(columns=keys + ["count"], rows=rows, sql=sql, params=params)


def _label_ingests(rows: list[tuple[Any, ...]], vcol: int) -> list[tuple[Any, ...]]:
    """Drop the ingest column (second to last); where one vintage label holds several ingests for the
    same key, name each ingest in its label ('2024-05 (ingest #7)')."""
    seen: dict[tuple[Any, ...], int] = {}
    for r in rows:
        k = r[:-2]
        seen[k] = seen.get(k, 0) + 1
    out = []
    for r in rows:
        row = list(r[:-2]) + [r[-1]]
        if seen[r[:-2]] > 1:
            row[vcol] = f"{row[vcol]} (ingest #{r[-2]})"
        out.append(tuple(row))
    return out


def _resolve_sources(store: StoreLike, name: str) -> list[str]:
    """The count sources a name means: a source as stored, the source or format an ingested file
    was read as (``crimestats sources`` / ``formats`` list both), or a family prefix (``met_vawg``).
    An unknown name is an error listing the names known, never an empty answer."""
    key = name.strip().lower()
    known = [r[0] for r in store.con.execute("SELECT DISTINCT source FROM counts ORDER BY 1").fetchall()]
    if key in known:
        return [key]
    got = [r[0] for r in store.con.execute(
        "SELECT DISTINCT c.source FROM counts c JOIN ingests i USING (ingest_id) "
        "WHERE lower(i.source) = ? OR lower(i.format) = ? ORDER BY 1", [key, key]).fetchall()]
    got = got or [s for s in known if s.startswith(key + "_")]
    if got:
        return got
    raise InputError(f"source {name!r}: no counts stored under that name. Sources with counts: "
                     f"{', '.join(known) or 'none (ingest files first)'}",
                     hints=[Hint("source", known[0])] if known else [])


def _refuse_mixed(store: StoreLike, base: str, conds: list[str], params: list[Any], *,
                  fixed: dict[str, str | None], grouped: list[str]) -> None:
    """Raise :class:`MixedRowsError` if the matching rows span several area levels, units or
    sources and the query neither filters nor groups by that column."""
    free = [col for col in _ONE_OF if fixed.get(col) is None and col not in grouped]
    if not free:
        return
    sql = (f"SELECT {', '.join(f'list(DISTINCT c.{col} ORDER BY c.{col})' for col in free)} "
           f"FROM {base} c JOIN ingests i USING (ingest_id)")
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    row = store.con.execute(sql, params).fetchone()
    found = {col: [str(v) for v in (vals or [])] for col, vals in zip(free, row or (), strict=False)}
    mixed = {col: vals for col, vals in found.items() if len(vals) > 1}
    if not mixed:
        return
    words = {"area_type": "area levels", "unit": "units", "source": "sources"}
    what = "; ".join(f"{len(v)} {words[k]} ({', '.join(v)})" for k, v in mixed.items())
    hints = [Hint(k, "|".join(v)) for k, v in mixed.items()] + [Hint("group", k) for k in mixed]
    raise MixedRowsError(
        f"these rows mix {what}. Summed together they would count the same crimes twice (a borough "
        "and its wards, or two publishers) or add unlike things (offences and victims). Pick one of "
        "each, or group by it to see them side by side.", choices=mixed, hints=hints)
