"""set18 one-liners: truth helpers on top of ../truth_sets.py (csv / pyarrow only, never crimestats).

Adds the readings a London-wide claim can take (all rows of the MPS borough parquet vs the 32 boroughs
alone), the knife dashboard summed over the 32 boroughs only (without the "Non MET police force",
"N/K" and "Aviation Security" rows), the ONS knife rate per 100,000 file, the inner-London borough list
(GLA boundary property `inner_statistical`), and homicide victims over a span of years.
"""
from __future__ import annotations

import csv
import functools
import json
from collections import Counter, defaultdict

from truth_lib import _mps
from truth_lib import dash as _slow_dash
from truth_lib import mps as _slow_mps
from truth_sets import *  # noqa: F401,F403
from truth_sets import BOROUGHS32, D, _col_month, _dash, _force_month, _victims  # noqa: F401


@functools.lru_cache(None)
def _by_month():
    """{yyyymm: [(MAJOR, MINOR, borough, count), ...]} from truth_lib's cells (NFIB fraud dropped), for speed."""
    out = defaultdict(list)
    for (maj, mi, b, k), v in _mps().items():
        if maj != "NFIB FRAUD":
            out[k].append((maj, mi, b, v))
    return out


def _up(x):
    return None if x is None else {s.upper() for s in ([x] if isinstance(x, str) else x)}


def mps(*, major=None, minor=None, borough=None, mm):
    """Same sum as truth_lib.mps (checked below on samples), indexed by month."""
    M, m, tot = _up(major), _up(minor), 0
    for k in set(mm):
        for maj, mi, b, v in _by_month().get(k, ()):
            if (M is None or maj in M) and (m is None or mi in m) and (borough is None or b == borough):
                tot += v
    return tot


def mps_by_borough(*, major=None, minor=None, mm):
    return {b: mps(major=major, minor=minor, borough=b, mm=mm) for b in BOROUGHS32}


for _kw in ({}, {"major": "ROBBERY", "borough": "Brent"}, {"minor": "HOMICIDE"}, {"minor": ["SHOPLIFTING", "BICYCLE THEFT"]}):
    assert mps(mm=cal(2019), **_kw) == _slow_mps(mm=cal(2019), **_kw), _kw  # noqa: F405


def l32(*, major=None, minor=None, mm):
    """MPS count summed over the 32 boroughs only (no Heathrow pseudo-borough, no 'Unknown')."""
    return sum(mps(major=major, minor=minor, borough=b, mm=mm) for b in BOROUGHS32)


def lon(*, major=None, minor=None, mm):
    """London-wide count under both readings: (all rows of the parquet, 32 boroughs only)."""
    return (mps(major=major, minor=minor, mm=mm), l32(major=major, minor=minor, mm=mm))


def lon_years(*, major=None, minor=None, years=range(2011, 2026)):
    """({year: all rows}, {year: 32 boroughs}) by calendar year."""
    a = {y: mps(major=major, minor=minor, mm=cal(y)) for y in years}  # noqa: F405
    b = {y: l32(major=major, minor=minor, mm=cal(y)) for y in years}  # noqa: F405
    return a, b


@functools.lru_cache(None)
def _dash_idx():
    out = defaultdict(int)
    for r in _dash():
        if r["area_type"] == "Borough":
            out[(r["crime_subtype"], r["measure"], r["area_name"], r["month_year"].strftime("%Y%m"))] += r["count"]
    return out


def dash(subtype="Knife Crime", *, borough=None, mm, measure="Offences"):
    """Same sum as truth_lib.dash (checked below on samples), indexed."""
    mm = set(mm)
    return sum(v for (s, m, a, k), v in _dash_idx().items()
               if s == subtype and m == measure and k in mm and (borough is None or a == borough))


for _kw in ({}, {"borough": "Lambeth"}, {"subtype": "Knife Crime with Injury"}):
    assert dash(mm=cal(2024), **_kw) == _slow_dash(mm=cal(2024), **_kw), _kw  # noqa: F405


KNIFE_BOROUGHS = sorted({r["area_name"] for r in _dash() if r["area_type"] == "Borough"} & set(BOROUGHS32))
assert len(KNIFE_BOROUGHS) == 32, KNIFE_BOROUGHS


def knife(sub="Knife Crime", *, mm):
    """MPS knife dashboard, London-wide, under both readings: (all Borough-type rows, 32 boroughs only)."""
    return (dash(sub, mm=mm), sum(dash(sub, borough=b, mm=mm) for b in KNIFE_BOROUGHS))


def knife_by_borough(sub="Knife Crime", *, mm):
    return {b: dash(sub, borough=b, mm=mm) for b in KNIFE_BOROUGHS}


def ons_knife_rate(force, year_label):
    """knifecrime_100k.csv (offences per 100,000), year as labelled by the compiler."""
    with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_100k.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == year_label:
                return float(r[force]) if r[force] else None


def ons_knife_series(force):
    from truth_sets import ons_knife
    return {y: ons_knife(force, y) for y in range(2009, 2021)}


def inner_london():
    """Inner London boroughs by the GLA boundary file's `inner_statistical` flag (City of London left out)."""
    with open(f"{D}/boundaries/london-boroughs/london_boroughs.json") as fh:
        feats = json.load(fh)["features"]
    return sorted(f["properties"]["name"] for f in feats
                  if f["properties"]["inner_statistical"] and f["properties"]["name"] in BOROUGHS32)


def victims_span_by_borough(y0, y1):
    return Counter(r["Borough"] for r in _victims() if y0 <= int(r["Year"]) <= y1)


def force_total(force, mm, crime_type=None, *, crime_only=False):
    from truth_sets import force_street
    return force_street(force, mm, crime_type, crime_only=crime_only)
