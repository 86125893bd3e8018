"""set14 truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats), plus a few
readers for files the shared helpers do not cover (Met stop and search by field, City of London stop and search,
monthly MPS series).
"""
from __future__ import annotations

import csv
import functools
import os
from collections import Counter

from truth_sets import *  # noqa: F401,F403
from truth_sets import _col_month, _dash, _force_month, _victims, D, mps, months, cal  # noqa: F401


@functools.lru_cache(None)
def met_ss_rows():
    """All Met stop-and-search rows, 2018-01..03 (police.uk files as published)."""
    out = []
    for m in ("01", "02", "03"):
        f = f"{D}/police-uk-street/metropolitan-stop-and-search/2018-{m}/2018-{m}-metropolitan-stop-and-search.csv"
        with open(f, newline="") as fh:
            for r in csv.DictReader(fh):
                r["_month"] = f"2018{m}"
                out.append(r)
    return out


def met_ss_by(field):
    return Counter(r[field] for r in met_ss_rows())


def col_ss(mm):
    """City of London stop-and-search rows over months mm (None if a month is missing)."""
    n = 0
    for ym in mm:
        y, m = ym[:4], ym[4:]
        f = f"{D}/police-uk-street/city-of-london/{y}-{m}/{y}-{m}-city-of-london-stop-and-search.csv"
        if not os.path.exists(f):
            return None
        with open(f, newline="") as fh:
            n += sum(1 for _ in csv.DictReader(fh))
    return n


def force_types(force, mm):
    """Counter of crime types for a police.uk force over months mm (rows as published)."""
    c = Counter()
    for ym in mm:
        x = _force_month(force, ym)
        assert x is not None, (force, ym)
        c += x
    return c


def col_types(mm):
    c = Counter()
    for ym in mm:
        x = _col_month(ym)
        assert x is not None, ym
        c += x
    return c


def monthly(*, major=None, minor=None, borough=None, mm):
    return {ym: mps(major=major, minor=minor, borough=borough, mm=[ym]) for ym in mm}


def dash_boroughs32(mm, subtype="Knife Crime"):
    """Knife dashboard by borough, the 32 London boroughs only (no N/K, SO18 or non-Met rows)."""
    kb = knife_boroughs(mm, subtype)  # noqa: F405
    return {b: v for b, v in kb.items() if b in BOROUGHS32}  # noqa: F405
