"""Truth helpers for set21's one-liners (spec_oneliners.py): re-exports ../truth_sets.py and adds a few
readings helpers. Raw files only (csv / pyarrow via truth_lib / truth_sets); never crimestats."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from truth_sets import *  # noqa: F401,F403,E402
from truth_sets import _force_month, _col_month  # noqa: F401,E402
from truth_lib import _victims, _dash  # noqa: F401,E402
from truth_sets import cal, fy, mps, mps_by_borough, pct, gla_pop, london32_pop, victims_by  # noqa: E402


def lon(mm, **kw):
    """London on both readings: (every Met row incl. airports/unknown, the 32 boroughs only)."""
    return mps(mm=mm, **kw), sum(mps_by_borough(mm=mm, **kw).values())


def both(pred, mm, **kw):
    a, b = lon(mm, **kw)
    return pred(a) and pred(b)


def lyears(years=range(2011, 2026), **kw):
    """Calendar-year London series on both readings: ({y: all rows}, {y: 32 boroughs})."""
    s = {y: lon(cal(y), **kw) for y in years}
    return {y: v[0] for y, v in s.items()}, {y: v[1] for y, v in s.items()}


def byear(borough, years=range(2011, 2026), **kw):
    return {y: mps(borough=borough, mm=cal(y), **kw) for y in years}


def per1000(borough, year, **kw):
    """Offences per 1,000 residents, with the GLA population of that year and of the year before (two readings)."""
    n = mps(borough=borough, mm=cal(year), **kw)
    return n, [1000 * n / gla_pop(borough, y) for y in (year, year - 1)]


def share(part, whole):
    return 100.0 * part / whole


def fsum(force, crime_type=None, mm=None, crime_only=False):
    from truth_sets import force_street, months
    return force_street(force, mm or months(2022, 1, 2022, 11), crime_type, crime_only=crime_only)


def knife_json(mm):
    """Pan-London monthly knife crime totals from met-london-datastore-parquet/knife_crime.json (a second reading
    of 'knife crime in London'; its totals are larger than the borough rows of the dashboard's 'Knife Crime')."""
    import json
    from truth_sets import D
    with open(f"{D}/met-london-datastore-parquet/knife_crime.json") as fh:
        d = json.load(fh)
    m = {lab.replace("-", ""): v for lab, v in zip(d["labels"], d["values"])}
    if any(x not in m for x in mm):
        return None
    return sum(m[x] for x in mm)
