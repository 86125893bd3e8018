"""Opinion verdicts: 'London is a fantastically safe city' is a judgement, not a figure; the verdict
gives London's homicide rate and a few countries' rates as context (once per check).
"""

from __future__ import annotations

from datetime import date

from ..._errors import CrimestatsError
from ...facts import _rates
from ...measures._catalogue import get_measure
from ...measures._periods import calendar_year
from ...measures._places import london_area
from ...store._store import StoreLike
from .._frames import OpinionFrame
from .._model import CheckedClaim, Evidence
from ..resolve._resolve import Resolved
from ._outcome import _ev, _memo, _out, inline_sql
from ._rate import place_figure

_OPINION_COUNTRIES = ["England and Wales", "United States", "France", "Germany", "Canada"]


def _opinion(store: StoreLike, c: OpinionFrame, r: Resolved, as_of: date) -> CheckedClaim:
    if not c.about_safety:      # a judgement of policing or policy: no safety figures beside it
        return _out(c, r, "opinion", "A judgement (praise, blame or a view of policy), not a checkable figure.",
                    claimed=c.claimed_text, found=None)
    ev, context = _memo(("opinion", as_of), lambda: _opinion_context(store, as_of))
    return _out(c, r, "opinion", f"A judgement about safety, not a checkable figure; for context, {context}.",
                claimed=c.claimed_text, found=None, unit="per 100,000 population", evidence=list(ev))


def _opinion_context(store: StoreLike, as_of: date) -> tuple[list[Evidence], str]:
    ev: list[Evidence] = []
    parts: list[str] = []
    year = as_of.year - 1
    for y in (year, year - 1, year - 2):
        try:
            f = place_figure(store, get_measure("homicide_rate"), london_area(), calendar_year(y), rate=True,
                          assumed=True)
        except CrimestatsError:
            continue
        ev.append(_ev(f))
        parts.append(f"London's homicide rate was {float(f.value or 0):.2f} per 100,000 residents in {y}")
        year = y
        break
    try:
        rows = _rates.international_rates(store, year=year, countries=_OPINION_COUNTRIES)
    except CrimestatsError:
        rows = []
    intl = []
    for row in rows:
        ev.append(Evidence(f"{row['source']}: {row['file']}", row["vintage"], row["value"],
                           inline_sql(row["sql"], list(row["params"])), f"homicide rate, {row['area_name']}, {row['year']}"))
        intl.append(f"{row['area_name']} {row['value']:.2f} ({row['year']})")
    if intl:
        parts.append("against " + ", ".join(intl))
    context = "; ".join(parts) or "no homicide-rate figures are in the store for context"
    return ev, context
