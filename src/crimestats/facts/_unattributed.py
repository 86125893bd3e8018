"""Offences an extract leaves unattributed to any borough (the MPS 'Unknown' borough).

The Met's borough extracts put some offences under a borough called 'Unknown' (3.8% of 2022 in
the latest one), and a later extract may attribute some of them to boroughs.  So a borough's figure
is right for its extract but can differ from another extract's, and the boroughs do not add up to
London's total.  A borough figure therefore carries a caveat naming that share for its period.
"""

from __future__ import annotations

from typing import Any

from ..measures._periods import Period
from ..measures._places import Area
from ..store._lookups import ingest_marker
from ..store._store import StoreLike
from ._plan import _Plan

__all__ = ["unattributed_caveat", "unattributed_share"]

_AREA_COND = "c.area_code = ?"
_CACHE: dict[Any, tuple[int, int]] = {}


def unattributed_share(store: StoreLike, plan: _Plan, period: Period,
                       area: Area | None = None) -> tuple[int, int] | None:
    """(offences under no borough, all offences at borough level) in ``plan``'s source and
    filters for ``period``; None when the figure (for ``area``, default the plan's) is not a borough's."""
    if plan.level != "borough" or (area or plan.area).area_type != "borough":
        return None
    conds: list[str] = []
    params: list[Any] = []
    at = 0
    for cond in plan.conds:
        n = cond.count("?")
        if cond != _AREA_COND:
            conds.append(cond)
            params += plan.params[at:at + n]
        at += n
    where = " AND ".join([*conds, "c.period_start BETWEEN ? AND ?"])
    sql = (f"SELECT coalesce(sum(c.count) FILTER (WHERE c.area_code IS NULL), 0)::BIGINT, "
           f"coalesce(sum(c.count), 0)::BIGINT FROM {plan.base} WHERE {where}")
    # one query per (store contents, plan, period): a ranking of 33 boroughs asks once
    key = (ingest_marker(store), sql, tuple(map(str, params)), period.start, period.end)
    if key not in _CACHE:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        row = store.con.execute(sql, [*params, period.start, period.end]).fetchone()
        _CACHE[key] = (int(row[0]), int(row[1])) if row else (0, 0)
    return _CACHE[key]


def unattributed_caveat(store: StoreLike, plan: _Plan, period: Period, area: Area | None = None) -> str | None:
    """The caveat for a borough figure whose extract leaves some offences under no borough."""
    got = unattributed_share(store, plan, period, area)
    if not got or not got[0] or not got[1]:
        return None
    unknown, total = got
    return (f"This extract ({plan.spec.source}) puts {unknown:,} of the {total:,} {plan.spec.unit} in London in "
            f"{period.label} ({unknown / total:.1%}) under no borough ('Unknown'): a borough's figure "
            "can differ between extracts that attribute them differently, and the boroughs do not "
            "add up to London's total.")
