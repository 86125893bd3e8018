"""The figure as the publisher's files give it, where our counting rule differs.

crimestats counts a data.police.uk street crime once even when the file repeats its Crime ID
(the documented rule in :mod:`crimestats.sources.police_uk`); the repeated rows are stored under
unit ``duplicate_rows``.  Someone who counts the rows of the published files gets more.  The claim
checker uses :func:`published_count` to say so instead of calling such a figure wrong.
"""

from __future__ import annotations

from typing import Any

from ._facts import Fact

__all__ = ["published_count"]

# source -> (our unit, unit of the rows our rule set aside)
_SET_ASIDE = {"police_uk_street": ("offences", "duplicate_rows")}


def published_count(store: Any, fact: Fact) -> int | None:
    """``fact``'s value counting every published row, or None when no rows were set aside."""
    rule = _SET_ASIDE.get(fact.source or "")
    if rule is None or fact.unit != rule[0] or not fact.sql or fact.value is None:
        return None
    ours, aside = rule
    params = [aside if p == ours else p for p in (fact.params or [])]
    if params == list(fact.params or []):
        return None
    rows = store.con.execute(fact.sql, params).fetchall()
    extra = int(rows[0][0] or 0) if rows else 0
    return int(fact.value) + extra if extra else None
