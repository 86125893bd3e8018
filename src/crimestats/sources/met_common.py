"""Helpers shared by the readers of the Met's London Datastore dashboards (``met_*`` modules).

The dashboard files are long-format Parquet (as converted by fenneh/london-crime-data): each reader
opens the file as a temp view with a 1-based ``row_no``, checks its rows, stages small Arrow lookup
tables and inserts ``counts`` rows under the Met force scope.  The publisher, licence, vintage and
borough-code helpers come from :mod:`crimestats.sources.met_homicide`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from .._errors import ParseError
from ..reference._areas import MET_FORCE
from ._base import FileHead, IngestContext, Parsed
from ._met import LICENCE, PUBLISHER, drain, sql_path, vintage_of

__all__ = ["FORCE_CODE", "FORCE_NAME", "snake", "staged", "parquet_view", "check_rows", "span",
           "first_of_month", "no_rows", "dashboard_parsed"]

FORCE_CODE, FORCE_NAME = MET_FORCE[0], MET_FORCE[1]


def snake(label: str) -> str:
    """'Knife Crime' -> 'knife_crime': a label as a unit or area-type key."""
    return re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")


@contextmanager
def staged(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """Register Arrow tables by name for the length of a block."""
    drain(con)
    for name, t in tables.items():
        con.register(name, t)
    try:
        yield
    finally:
        drain(con)
        for name in tables:
            con.unregister(name)


@contextmanager
def parquet_view(ctx: IngestContext, head: FileHead, view: str, extra: str = "") -> Iterator[None]:
    """A temp view over the Parquet file with a 1-based ``row_no`` (for error messages)."""
    ctx.con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT row_number() OVER () AS row_no, *{extra} "
                    f"FROM read_parquet({sql_path(head)})")
    try:
        yield
    finally:
        ctx.con.execute(f"DROP VIEW IF EXISTS {view}")


def check_rows(ctx: IngestContext, head: FileHead, view: str, checks: list[tuple[str, str, str]]) -> None:
    """Raise :class:`ParseError` on the first row failing any (SQL condition, column, what) check."""
    for cond, column, what in checks:
        bad = ctx.con.execute(f"SELECT row_no FROM {view} WHERE {cond} ORDER BY row_no LIMIT 1").fetchall()
        if bad:
            raise ParseError(head.display, f"row {bad[0][0]}: {what}", column=column,
                             hint="Download the file again unmodified")


def span(ctx: IngestContext, view: str, month_expr: str) -> tuple[int, date, date]:
    """(rows, first month, last month) of the view; ValueError when it has no rows."""
    n, first, last = ctx.con.execute(f"SELECT count(*), min({month_expr}), max({month_expr}) FROM {view}").fetchall()[0]
    if not n:
        raise ValueError("empty")
    return int(n), first_of_month(first), first_of_month(last)


def first_of_month(v: Any) -> date:
    """The first day of the month of a date or timestamp."""
    return date(v.year, v.month, 1)


def no_rows(head: FileHead, what: str) -> ParseError:
    """The error for a dashboard file that holds no rows of its kind."""
    return ParseError(head.display, f"the file holds no {what} rows", hint="Download it again")


def dashboard_parsed(source: str, ctx: IngestContext, *, label: str, when: date, basis: str, rows: int,
                     notes: list[str], kept: int | None = None, drops: dict[str, int] | None = None) -> Parsed:
    """The :class:`Parsed` summary of one dashboard file (Met publisher and licence, vintage from ``when``)."""
    v, d, b = vintage_of(ctx, label=label, when=when, basis=basis)
    return Parsed(source=source, publisher=PUBLISHER, licence=LICENCE, vintage=v, vintage_date=d,
                  vintage_basis=b, rows_read=rows, rows_kept=rows if kept is None else kept,
                  drop_reasons=drops or {}, notes=notes)
