"""set17 articles: small helpers on top of ../truth_sets.py (csv / pyarrow only, never crimestats)."""
from __future__ import annotations

from collections import Counter

from truth_sets import (  # noqa: F401
    BOROUGHS32,
    _force_month,
    _victims,
    mps,
)


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def lon32(*, major=None, minor=None, mm):
    """London total over the 32 boroughs only (no Heathrow pseudo-borough, no 'Unknown')."""
    return sum(mps(major=major, minor=minor, borough=b, mm=mm) for b in BOROUGHS32)


def force_types(force: str, mm) -> Counter:
    """Crime type -> rows over months mm in the police.uk street files of one force (rows as published)."""
    out: Counter = Counter()
    for ym in mm:
        c = _force_month(force, ym)
        if c is None:
            raise ValueError(f"{force} {ym} missing")
        out.update(c)
    return out


def victims_where(year: int, **flt) -> int:
    """Met homicide victims in a year matching every field=value (field names as in the csv header)."""
    return sum(1 for r in _victims() if int(r["Year"]) == year and all(r[k] == v for k, v in flt.items()))
