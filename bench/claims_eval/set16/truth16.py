"""set16 truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats), plus a few
additions of this set's own (raw files only):

- `lon()`: a London figure two ways, every row of the MPS borough parquet (32 boroughs, the airports
  pseudo-borough and "Unknown") and the 32 boroughs alone; London claims are written to hold (or fail) on both.
- `col_u()`: City of London street files counted by unique Crime ID (a repeated ID within a month is one crime;
  rows without an ID, i.e. anti-social behaviour, each count), beside `col()` which counts rows as published.
- `knife32()`: the MPS monthly crime dashboard summed over the 32 boroughs only (no "N/K", "Non MET police
  force" or "Aviation Security" rows), beside `dash()` which sums every borough-type row.
- `rate_ok()`: a per-1,000 rate that holds with the GLA population of the period's year and of the year before.
- `knife100k()`: the ONS knife series per 100,000 (BritishDrugDynamics compilation).
- `animals()`: the MPS stolen-animals file.

Kept as a module of its own so that set16/spec.py reads as it was frozen.
"""
from __future__ import annotations

import csv
import functools
import os
from collections import Counter

import pyarrow.parquet as pq

from truth_sets import *  # noqa: F401,F403
from truth_sets import _col_month, _dash, _force_month, _victims  # noqa: F401
from truth_sets import D, cal, gla_pop, mps, mps_by_borough

P = f"{D}/met-london-datastore-parquet"


def lon(*, major=None, minor=None, mm):
    """(all rows, 32 boroughs) for a London MPS figure."""
    return (mps(major=major, minor=minor, mm=mm),
            sum(mps_by_borough(major=major, minor=minor, mm=mm).values()))


def lon_years(*, major=None, minor=None, years=range(2011, 2026)):
    """({year: all rows}, {year: 32 boroughs}) by calendar year."""
    a, b = {}, {}
    for y in years:
        a[y], b[y] = lon(major=major, minor=minor, mm=cal(y))
    return a, b


@functools.lru_cache(None)
def _col_unique(ym: str):
    y, m = ym[:4], ym[4:]
    f = f"{D}/police-uk-street/city-of-london/{y}-{m}/{y}-{m}-city-of-london-street.csv"
    if not os.path.exists(f):
        return None
    seen, c = set(), Counter()
    with open(f, newline="") as fh:
        for r in csv.DictReader(fh):
            cid = r["Crime ID"]
            if cid:
                if cid in seen:
                    continue
                seen.add(cid)
            c[r["Crime type"]] += 1
    return c


def col_u(mm, crime_type=None, *, crime_only=False):
    """City of London street files by unique Crime ID over months mm (None if a month is missing)."""
    n = 0
    for ym in mm:
        c = _col_unique(ym)
        if c is None:
            return None
        if crime_type:
            n += c.get(crime_type, 0)
        else:
            n += sum(v for k, v in c.items() if not (crime_only and k == "Anti-social behaviour"))
    return n


def knife32(mm, subtype="Knife Crime", borough=None):
    """MPS dashboard knife figures over the 32 boroughs (or one borough)."""
    if borough:
        return dash(subtype, borough=borough, mm=mm)  # noqa: F405
    return sum(dash(subtype, borough=b, mm=mm) for b in BOROUGHS32)  # noqa: F405


def rate(borough, count, year):
    return 1000.0 * count / gla_pop(borough, year)


def rate_ok(borough, count, year, claimed, rel=0.02):
    """The claimed per-1,000 rate is within rel of the rate on the GLA population of `year` and `year - 1`."""
    return all(abs(rate(borough, count, y) - claimed) <= rel * claimed for y in (year, year - 1))


def knife100k(force, year):
    with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_100k.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == year:
                return float(r[force]) if r[force] else None


@functools.lru_cache(None)
def _animals():
    return pq.read_table(f"{P}/stolen-animals.parquet").to_pylist()


def animals(year, animal="Dog", borough=None):
    """Stolen animals (count_of_stolen_animals) in calendar `year`, type matched after strip()."""
    n = 0
    for r in _animals():
        if not r["year_and_month"].endswith(str(year)):
            continue
        if (r["type_of_animal"] or "").strip().lower() != animal.lower():
            continue
        if borough and r["borough"] != borough:
            continue
        n += r["count_of_stolen_animals"] or 0
    return n


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def ratio(a, b):
    return a / b
