"""Extra raw-file truths for set4 (csv / pyarrow only, never crimestats).

Adds what ../truth_lib.py lacks: the OLDER MPS extract (borough_10_21.csv + borough_21_23.csv,
the release to 2023-11), ward counts in both releases, homicide-victim shares, dashboard outcomes,
data.police.uk stop and search with object/outcome/ethnicity filters (City of London and the Met),
City of London street crime by type, ONS knife crime per force with ONS force populations,
OWID/UNODC rates and NYC murders.
"""
from __future__ import annotations

import csv
import functools
import gzip
import os
from collections import Counter

import pyarrow.parquet as pq

from truth_lib import D, P, _dash, _victims, months, mps_old_cells  # noqa: F401


# ---------------------------------------------------------------- MPS older release (to 2023-11)
_mps_old = mps_old_cells    # the older extracts, read once in truth_lib


def mps_old(*, major=None, minor=None, borough=None, mm):
    """Older-release count (NFIB fraud left out, airports kept in the London total like truth_lib)."""
    mm = set(mm)
    tot = 0
    for (maj, mi, b, k), v in _mps_old().items():
        if k not in mm or maj == "NFIB FRAUD":
            continue
        if major and maj != major.upper():
            continue
        if minor and mi != minor.upper():
            continue
        if borough and b != borough:
            continue
        tot += v
    return tot


# ---------------------------------------------------------------- wards
@functools.lru_cache(None)
def _ward_new():
    out = {}
    for f in ("recorded-crime-ward-historical", "recorded-crime-ward"):
        for r in pq.read_table(f"{P}/{f}.parquet").to_pylist():
            key = (r["majortext"].upper(), r["minortext"].upper(), r["wardname"], r["wardcode"], r["lookup_boroughname"])
            for k, v in r.items():
                if k.isdigit() and v is not None:
                    # the two files overlap in 2024-02: keep the later file's figure
                    out[key + (k,)] = int(v)
    return out


@functools.lru_cache(None)
def _ward_old():
    out = {}
    with open(f"{D}/mps-recorded-crime/ward_21_23.csv", newline="") as fh:
        for r in csv.DictReader(fh):
            key = (r["MajorText"].upper(), r["MinorText"].upper(), r["WardName"], r["WardCode"], r["LookUp_BoroughName"])
            for k, v in r.items():
                if k.isdigit() and v not in ("", None):
                    out[key + (k,)] = out.get(key + (k,), 0) + int(float(v))
    return out


def ward(name, *, borough=None, major=None, minor=None, mm, old=False):
    mm = set(mm)
    tot = 0
    for (maj, mi, w, code, b, k), v in (_ward_old() if old else _ward_new()).items():
        if k not in mm or w != name or (borough and b != borough) or maj == "NFIB FRAUD":
            continue
        if (major and maj != major.upper()) or (minor and mi != minor.upper()):
            continue
        tot += v
    return tot


def wards_in(borough, *, major=None, minor=None, mm, old=False):
    mm = set(mm)
    out = Counter()
    for (maj, mi, w, code, b, k), v in (_ward_old() if old else _ward_new()).items():
        if k not in mm or b != borough or maj == "NFIB FRAUD":
            continue
        if (major and maj != major.upper()) or (minor and mi != minor.upper()):
            continue
        out[w] += v
    return out


# ---------------------------------------------------------------- homicide victims
def vshare(year, col, val):
    rows = [r for r in _victims() if int(r["Year"]) == year]
    k = sum(1 for r in rows if r[col] == val)
    return k, len(rows)


def vcount(year, **flt):
    return sum(1 for r in _victims() if int(r["Year"]) == year and all(r[c] == v for c, v in flt.items()))


# ---------------------------------------------------------------- dashboard (borough rows)
def dashm(subtype, *, measure="Offences", borough=None, mm):
    mm = set(mm)
    return sum(r["count"] for r in _dash() if r["area_type"] == "Borough" and r["crime_subtype"] == subtype
               and r["measure"] == measure and (borough is None or r["area_name"] == borough)
               and r["month_year"].strftime("%Y%m") in mm)


# ---------------------------------------------------------------- data.police.uk
def _ss_rows(force, mm):
    rows = []
    for ym in mm:
        y, m = ym[:4], ym[4:]
        if force == "city":
            f = f"{D}/police-uk-street/city-of-london/{y}-{m}/{y}-{m}-city-of-london-stop-and-search.csv"
        else:
            f = f"{D}/police-uk-street/metropolitan-stop-and-search/{y}-{m}/{y}-{m}-metropolitan-stop-and-search.csv"
        if not os.path.exists(f):
            raise FileNotFoundError(f)
        with open(f, newline="") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def ss(force, mm, **flt):
    """(matching, total) stop-and-search records; flt keys are column names, values exact or callables."""
    rows = _ss_rows(force, mm)
    k = sum(1 for r in rows if all((v(r[c]) if callable(v) else r[c] == v) for c, v in flt.items()))
    return k, len(rows)


def col_types(mm):
    c = Counter()
    for ym in mm:
        y, m = ym[:4], ym[4:]
        f = f"{D}/police-uk-street/city-of-london/{y}-{m}/{y}-{m}-city-of-london-street.csv"
        if not os.path.exists(f):
            raise FileNotFoundError(f)
        with open(f, newline="") as fh:
            for r in csv.DictReader(fh):
                c[r["Crime type"]] += 1
    return c


# ---------------------------------------------------------------- ONS knife by force, populations
def _wide(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return {int(r["year"]): r for r in csv.DictReader(fh)}


def knife_forces(fy_end):
    r = _wide(f"{D}/knife-crime/britishdrugdynamics/knifecrime_polices.csv")[fy_end]
    return {k: int(v) for k, v in r.items() if k != "year" and v}


def pfa_pop(year):
    r = _wide(f"{D}/ons-population/britishdrugdynamics/population_policeforces.csv")[year]
    return {k: int(float(v)) for k, v in r.items() if k != "year" and v}


def knife_rates(fy_end):
    """per 100,000 with the mid-year estimate of the year the financial year starts (City, BTP set aside)."""
    n, p = knife_forces(fy_end), pfa_pop(fy_end - 1)
    alias = {"Northumberland": "Northumbria", "London, City of": "City of London"}
    return {f: 1e5 * v / p[alias.get(f, f)] for f, v in n.items() if alias.get(f, f) in p and f != "London, City of"}


def region_pop(name, year):
    with open(f"{D}/ons-population/britishdrugdynamics/population_England_and_regions.csv", newline="") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == year:
                return int(float(r[name]))


# ---------------------------------------------------------------- international
def nyc(year):
    with open(f"{D}/international-homicide/nyc/nyc_homicides.csv", newline="") as fh:
        return sum(1 for r in csv.DictReader(fh) if r["offense_date"][:4] == str(year))


def custody_by(*, mm, group=None, disposal=None, age=None):
    mm = set(mm)
    n = 0
    for r in pq.read_table(f"{P}/custody.parquet").to_pylist():
        if f"{r['current_disposal_year']}{r['current_disposal_month']:02d}" not in mm:
            continue
        if (group and r["offence_group"] != group) or (disposal and r["current_disposal"] != disposal) or (age and r["age_group"] != age):
            continue
        n += r["offence_count"]
    return n
