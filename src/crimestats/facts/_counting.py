"""Counting: the sum of a measure's stored rows for one area and period, as a :class:`Fact`.

The bottom of the facts engine: ``count`` in :mod:`crimestats.facts._facts` sends rate measures to
:mod:`crimestats.facts._rates` and everything else here; rates count their base measure here too,
so the two never import each other.
"""

from __future__ import annotations

from typing import Mapping

from .._errors import NoDataError
from ..measures._measure import FilterValue, Measure
from ..measures._periods import Period
from ..measures._places import Area
from ..store._reads import read_one
from ..store._store import StoreLike
from ._model import Fact, _fact, _partial_error
from ._plan import _choose, _Plan, _sum_sql

__all__ = ["count_rows"]


def count_rows(store: StoreLike, *, measure: Measure, area: Area, period: Period, source: str | None = None,
               vintage: str = "latest", filters: Mapping[str, FilterValue] | None = None,
               allow_partial: bool = False) -> Fact:
    """The sum of ``measure``'s rows in ``area`` over ``period`` from the first source that covers them."""
    plan, have = _choose(store, measure, area, period, source=source, vintage=vintage, filters=filters)
    sql, params = _sum_sql(plan, period.start, period.end,
                           select="sum(c.count)::BIGINT, list(DISTINCT c.ingest_id)")
    value, ids = read_one(store, sql, params)  # type: ignore[misc]
    if value is None and area.area_type in ("ward", "lsoa"):
        _known_small_area(store, plan, area)
    f = _fact(store, plan, period, value, have, ids or [], vintage)
    if f.partial and not allow_partial:
        raise _partial_error(f)
    return f


def _known_small_area(store: StoreLike, plan: _Plan, a: Area) -> None:
    """A ward or LSOA with no rows in the period is a zero only if the source counts that area at
    all: a code it never uses (a ward abolished in 2022, an LSOA of another series) is no data."""
    if store.con.execute("SELECT 1 FROM counts WHERE source = ? AND area_type = ? AND area_code = ? LIMIT 1",
                         [plan.spec.source, plan.level, a.code]).fetchone() is None:
        raise NoDataError(
            f"{plan.spec.source} has no figures for {a.area_type} {a.name} ({a.code}): it counts crimes for "
            f"other {a.area_type} codes (ward boundaries changed in 2022; LSOA codes in 2021). Ask for a "
            f"{a.area_type} by a current code or name, or for its borough.")
