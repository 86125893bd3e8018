"""The figure as the publisher's files give it, where our counting rule differs.

crimestats counts a data.police.uk street crime once even when the file repeats its Crime ID
(the documented rule in :mod:`crimestats.sources.police_uk`); the repeated rows are stored under
unit ``duplicate_rows``.  Someone who counts the rows of the published files gets more.  The claim
checker uses :func:`published_count` to say so instead of calling such a figure wrong.
"""

from __future__ import annotations

from ..store._store import StoreLike
from ._facts import Fact

__all__ = ["published_count"]

# source -> (our unit, unit of the rows our rule set aside)
_SET_ASIDE = {"police_uk_street": ("offences", "duplicate_rows")}


def published_count(store: StoreLike, fact: Fact) -> int | None:
    """``fact``'s value counting every published row, or None when no rows were set aside.

    The set-aside rows are counted by the fact's own query with only its unit parameter changed
    (:meth:`Fact.query`), so filters, area and vintage stay exactly as they were.
    """
    rule = _SET_ASIDE.get(fact.source or "")
    # (the stored unit is checked below: a figure counted as 'incidents' or 'crimes and incidents' is stored as offences)
    if rule is None or not fact.sql or fact.value is None:
        return None
    ours, aside = rule
    at = fact.unit_param
    if at is None or not 0 <= at < len(fact.params) or fact.params[at] != ours:
        return None   # not a plain count of our unit (e.g. a stitched or derived figure)
    sql, params = fact.query(unit=aside)
    rows = store.con.execute(sql, params).fetchall()
    extra = int(rows[0][0] or 0) if rows else 0
    return int(fact.value) + extra if extra else None
