"""set20 articles: truth helpers (raw files via truth_lib / truth_sets only; never crimestats).

Re-exports ../truth_sets.py and adds short helpers used by spec_articles.py.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from truth_sets import *  # noqa: F401,F403,E402
from truth_sets import D, dash, SpecBook, _force_month, cal, fy, gla_pop, months, mps, mps_by_borough, nyc, owid, pct, r12, victims_by, knife_boroughs, ons_knife, force_street, BOROUGHS32  # noqa: E402,F401

MONTHS22 = months(2022, 1, 2022, 11)  # the police.uk forces' Jan-Nov 2022 release


def yr(b, y, **kw):
    """Calendar-year MPS count for borough b (None = every Met row)."""
    return mps(borough=b, mm=cal(y), **kw)


def fyr(b, end, **kw):
    return mps(borough=b, mm=fy(end), **kw)


def L2(mm, **kw):
    """London on both readings: (every Met row incl. airports/unknown, the 32 boroughs)."""
    return mps(mm=mm, **kw), sum(mps_by_borough(mm=mm, **kw).values())


def L2y(y, **kw):
    return L2(cal(y), **kw)


def series_b(b, **kw):
    return {y: yr(b, y, **kw) for y in range(2011, 2026)}


def series_L(**kw):
    """Two calendar series for London (all rows, 32 boroughs)."""
    a, b = {}, {}
    for y in range(2011, 2026):
        a[y], b[y] = L2y(y, **kw)
    return a, b


def fs(force, ct=None, mm=None, crime_only=False):
    return force_street(force, MONTHS22 if mm is None else mm, ct, crime_only=crime_only)


def fs_monthly(force, crime_only=False):
    return {ym: force_street(force, [ym], crime_only=crime_only) for ym in MONTHS22}


def per1000(n, pop):
    return 1000.0 * n / pop


def knife32(mm, subtype="Knife Crime"):
    """Knife dashboard London on three readings: (every borough-type row incl. the rows with no area name,
    every named borough-type row incl. the legacy / non-Met pseudo-boroughs, the 32 boroughs)."""
    kb = knife_boroughs(mm, subtype)
    return dash(subtype, mm=mm), sum(kb.values()), sum(v for k, v in kb.items() if k in set(BOROUGHS32))


def rank_b(name, counts):
    v = counts[name]
    return 1 + sum(1 for x in counts.values() if x > v)


def knife_json(year):
    """Calendar-year sum of the pan-London monthly knife-crime fixture (knife_crime.json, 2023-03..2026-02)."""
    import json
    with open(os.path.join(D, "met-london-datastore-parquet", "knife_crime.json")) as fh:
        d = json.load(fh)
    return sum(v for k, v in zip(d["labels"], d["values"]) if k.startswith(str(year)))
