"""Facts: figures from the store, each carrying the query, coverage and files that produced it.

``count`` answers "how many <measure> in <area> in <period>": it picks the first source in the
measure's list that covers the area and period, sums the matching ``counts`` rows of the latest
vintage (or a named one), and returns a :class:`Fact`.  A period the data covers only in part is
refused (:class:`PartialPeriodError`) unless ``allow_partial=True``, and a month no file covers is
missing, never zero.  ``series``, ``breakdown`` and ``rank`` run one grouped query and give each
resulting Fact the equivalent single-figure SQL, so any figure can be re-run on its own.

Changes, records and shares are in :mod:`crimestats.facts._compute`, rates in
:mod:`crimestats.facts._rates`.

This module is the entry point for figures (its ``__all__``): ``count`` dispatches rate measures to
``_rates`` and counts to ``_counting``; ``series``, ``breakdown`` and ``rank`` come from ``_tables``.
The parts: :mod:`crimestats.facts._plan` (choosing a source and its SQL, ``DIMENSIONS``) ->
:mod:`crimestats.facts._model` (the :class:`Fact` and how one is built) -> ``_counting`` -> ``_rates``
-> ``_tables`` -> here.
"""

from __future__ import annotations

from typing import Mapping

from .._errors import NoDataError
from ..measures._catalogue import FilterValue, Measure, get_measure
from ..measures._periods import Period
from ..measures._places import Area
from ..store._store import StoreLike
from ._counting import count_rows
from ._model import Fact, as_area, as_period
from ._plan import DIMENSIONS
from ._rates import rate_fact
from ._tables import breakdown, rank, series

__all__ = ["Fact", "count", "series", "breakdown", "rank", "as_period", "as_area", "DIMENSIONS"]


# ----------------------------------------------------------------------------- public API
def count(store: StoreLike, *, measure: str | Measure, area: Area | str | None = "London",
          period: Period | str | int, source: str | None = None, vintage: str = "latest",
          filters: Mapping[str, FilterValue] | None = None, allow_partial: bool = False) -> Fact:
    """The figure for ``measure`` in ``area`` over ``period`` (a count, or a rate for rate measures)."""
    m = get_measure(measure)
    p = as_period(period)
    a = as_area(area, store)
    if m.kind == "rate":
        try:
            return rate_fact(store, measure=m, area=a, period=p, vintage=vintage)
        except NoDataError:
            if a.area_type != "city":
                raise
            raise NoDataError(_city_rate_message(store, m, a, p)) from None
    return count_rows(store, measure=m, area=a, period=p, source=source, vintage=vintage, filters=filters,
                      allow_partial=allow_partial)


def _city_rate_message(store: StoreLike, m: Measure, a: Area, p: Period) -> str:
    """Why a city has no rate, and which counts can be compared instead (a city has no population here)."""
    from ..measures._catalogue import CATALOGUE

    city_sources = {r[0] for r in store.con.execute(
        "SELECT DISTINCT source FROM coverage WHERE level = 'city'").fetchall()}
    counts = [x.name for x in CATALOGUE.values() if x.kind == "count" and any(s.source in city_sources for s in x.sources)]
    instead = (f"; its counts can be compared instead (measure {', '.join(repr(c) for c in counts)}), "
               "which are not rates per resident") if counts else ""
    return (f"no published {m.label.lower()} for {a.name} in {p.label}, and the store holds no population for "
            f"{a.name}, so none can be computed{instead}.")
