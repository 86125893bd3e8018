"""Helpers every Metropolitan Police reader shares: publisher and licence, vintage, column checks,
borough codes from the Met's names, month ends and coverage rows.

Used by :mod:`crimestats.sources.met_homicide` and the dashboard readers (:mod:`crimestats.sources.met_common`
and the modules it serves), so all Met files behave the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import duckdb
import pyarrow as pa

from .._errors import ParseError
from ..reference._areas import AIRPORTS_CODE, MET_FORCE, borough_code
from ._base import FileHead, IngestContext

__all__ = ["PUBLISHER", "LICENCE", "SCOPE", "vintage_of", "require_columns", "sql_path", "month_end",
           "met_borough_code", "drain", "borough_lookup", "cover"]

PUBLISHER = "Metropolitan Police Service (London Datastore)"
LICENCE = "OGL v2.0"
SCOPE = {"scope_type": "force", "scope_code": MET_FORCE[0], "scope_name": MET_FORCE[1]}


# -- helpers shared by the Met readers -----------------------------------------------------------

def vintage_of(ctx: IngestContext, *, label: str, when: date, basis: str) -> tuple[str, date, str]:
    """(label, date, basis): the user's ``--vintage`` wins; a date inside it (YYYY[-MM[-DD]]) dates it."""
    if not ctx.given_vintage:
        return label, when, basis
    m = re.search(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", ctx.given_vintage)
    given_date = date(int(m[1]), int(m[2] or 12), int(m[3] or 1)) if m else when
    return ctx.given_vintage, given_date, "given"


def require_columns(head: FileHead, present: list[str], required: list[str], *, what: str) -> None:
    """Raise :class:`ParseError` naming the first required column that is missing."""
    have = {c.strip().lower() for c in present}
    missing = [c for c in required if c.lower() not in have]
    if missing:
        raise ParseError(head.display, f"required column missing from this {what} file",
                         column=missing[0],
                         hint=f"Expected columns {', '.join(required)}; download the file again unmodified")


def sql_path(head: FileHead) -> str:
    """The file's path as a quoted SQL string literal (views cannot take parameters)."""
    return "'" + str(head.path).replace("'", "''") + "'"


def month_end(d: date) -> date:
    """Last day of ``d``'s month (vintage date of an extract that runs to that month)."""
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def met_borough_code(name: str) -> str | None:
    """GSS code of an MPS borough label; ' (Legacy Only)' tags dropped, airport commands (SO18/CO18) mapped."""
    clean = re.sub(r"\s*\(legacy only\)\s*$", "", name.strip(), flags=re.IGNORECASE)
    code = borough_code(clean)
    if code is None and re.search(r"heathrow|city airport|aviation security", clean, re.IGNORECASE):
        return AIRPORTS_CODE
    return code


def drain(con: duckdb.DuckDBPyConnection) -> None:
    """Finish any half-fetched result: DuckDB 2 refuses register/unregister while one is open."""
    con.execute("SELECT 1").fetchall()


@contextmanager
def borough_lookup(con: duckdb.DuckDBPyConnection, names: list[str | None], *,
                   view: str = "_met_borough_lookup") -> Iterator[list[str]]:
    """Register ``view(name, area_code)`` for these borough names; yield the names with no code."""
    distinct = sorted({n for n in names if n is not None})
    codes = [met_borough_code(n) for n in distinct]
    drain(con)
    con.register(view, pa.table({"name": pa.array(distinct, pa.string()),
                                 "area_code": pa.array(codes, pa.string())}))
    try:
        yield [n for n, c in zip(distinct, codes, strict=True) if c is None]
    finally:
        drain(con)
        con.unregister(view)


def cover(ctx: IngestContext, *, source: str, level: str, grain: str, periods: list[date]) -> None:
    ctx.cover(source=source, level=level, grain=grain, periods=periods, **SCOPE)


# -- victims ---------------------------------------------------------------------------------
