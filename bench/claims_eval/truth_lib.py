"""Independent truth figures from the raw files in /work/shared/data (no crimestats imports).

MPS recorded crime: latest extract = recorded-crime-borough-historical.parquet (2010-04..2024-02)
+ recorded-crime-borough.parquet (2024-03..2026-02).  NFIB fraud rows are excluded from 'all crime'.
"""
from __future__ import annotations

import csv
import functools
import gzip
import os
from collections import defaultdict

import pyarrow.parquet as pq

D = os.environ.get("CRIMESTATS_SHARED_DATA") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")
P = f"{D}/met-london-datastore-parquet"


@functools.lru_cache(None)
def _mps():
    """{(major, minor, borough, yyyymm): count} from the two latest parquet files."""
    out = {}
    for f in ("recorded-crime-borough-historical", "recorded-crime-borough"):
        for r in pq.read_table(f"{P}/{f}.parquet").to_pylist():
            maj, mi, b = r["majortext"].upper(), r["minortext"].upper(), r["boroughname"]
            for k, v in r.items():
                if k.isdigit() and v is not None:
                    out[(maj, mi, b, k)] = out.get((maj, mi, b, k), 0) + int(v)
    return out


def months(y0, m0, y1, m1):
    out = []
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        out.append(f"{y}{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def cal(y):
    return months(y, 1, y, 12)


def fy(end_year):
    """Financial year ending March end_year (2022/23 -> fy(2023))."""
    return months(end_year - 1, 4, end_year, 3)


def mps(*, major=None, minor=None, borough=None, mm):
    mm = set(mm)
    tot = 0
    for (maj, mi, b, k), v in _mps().items():
        if k not in mm:
            continue
        if maj == "NFIB FRAUD":
            continue
        if major and maj not in {x.upper() for x in ([major] if isinstance(major, str) else major)}:
            continue
        if minor and mi not in {x.upper() for x in ([minor] if isinstance(minor, str) else minor)}:
            continue
        if borough and b != borough:
            continue
        tot += v
    return tot


def mps_by_borough(*, major=None, minor=None, mm):
    bs = {b for (_, _, b, _) in _mps()} - {"Unknown", "London Heathrow and London City Airports"}
    return {b: mps(major=major, minor=minor, borough=b, mm=mm) for b in bs}


@functools.lru_cache(None)
def _victims():
    with open(f"{D}/met-homicide-victims/homicides.csv", newline="") as fh:
        return list(csv.DictReader(fh))


def victims(year, **flt):
    n = 0
    for r in _victims():
        if int(r["Year"]) != year:
            continue
        if all(r[k] == v for k, v in flt.items()):
            n += 1
    return n


@functools.lru_cache(None)
def _dash():
    return pq.read_table(f"{P}/monthly-crime-dashboard.parquet").to_pylist()


def dash(subtype="Knife Crime", *, borough=None, mm, measure="Offences"):
    mm = set(mm)
    n = 0
    for r in _dash():
        if r["area_type"] != "Borough" or r["crime_subtype"] != subtype or r["measure"] != measure:
            continue
        if borough and r["area_name"] != borough:
            continue
        if r["month_year"].strftime("%Y%m") in mm:
            n += r["count"]
    return n


def ons_knife(force, fy_end):
    with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_polices.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == fy_end:
                return int(r[force]) if r[force] else None


def ons_knife_region(region, fy_end):
    with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_England_and_Regions.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == fy_end:
                return int(r[region])


def gla_pop(name, year):
    with open(f"{D}/ons-population/london-borough-gla/housing-density-borough.csv") as fh:
        for r in csv.DictReader(fh):
            if r["Name"] == name and int(r["Year"]) == year:
                return int(float(r["Population"]))


def london32_pop(year):
    with open(f"{D}/ons-population/london-borough-gla/housing-density-borough.csv") as fh:
        return sum(int(float(r["Population"])) for r in csv.DictReader(fh)
                   if r["Code"].startswith("E09") and r["Code"] != "E09000001" and int(r["Year"]) == year)


def owid(country, year):
    with open(f"{D}/international-homicide/owid-unodc-timeseries/homicide-rate-unodc.csv") as fh:
        rd = csv.reader(fh)
        next(rd)
        for r in rd:
            if r[0] == country and int(r[2]) == year:
                return float(r[3])


def custody(year, *, group=None, mm=None):
    n = 0
    for r in pq.read_table(f"{P}/custody.parquet").to_pylist():
        ym = f"{r['current_disposal_year']}{r['current_disposal_month']:02d}"
        if mm is not None and ym not in set(mm):
            continue
        if mm is None and r["current_disposal_year"] != year:
            continue
        if group and r["offence_group"] != group:
            continue
        n += r["offence_count"]
    return n


@functools.lru_cache(None)
def mps_old_cells():
    """{(MAJOR, MINOR, borough, yyyymm): count} from the two older MPS csv extracts (borough_10_21.csv,
    borough_21_23.csv): the release before the parquet, for vintage checks."""
    out = {}
    for f in ("borough_10_21.csv", "borough_21_23.csv"):
        with open(f"{D}/mps-recorded-crime/{f}", newline="") as fh:
            for r in csv.DictReader(fh):
                maj, mi, b = r["MajorText"].upper(), r["MinorText"].upper(), r["LookUp_BoroughName"]
                for k, v in r.items():
                    if k.isdigit() and v not in ("", None):
                        out[(maj, mi, b, k)] = out.get((maj, mi, b, k), 0) + int(float(v))
    return out


def col_street(mm, crime_type=None):
    n = 0
    for ym in mm:
        y, m = ym[:4], ym[4:]
        f = f"{D}/police-uk-street/city-of-london/{y}-{m}/{y}-{m}-city-of-london-street.csv"
        if not os.path.exists(f):
            return None
        with open(f, newline="") as fh:
            for r in csv.DictReader(fh):
                if crime_type is None or r["Crime type"] == crime_type:
                    n += 1
    return n


def met_ss(mm):
    n = 0
    for ym in mm:
        y, m = ym[:4], ym[4:]
        f = f"{D}/police-uk-street/metropolitan-stop-and-search/{y}-{m}/{y}-{m}-metropolitan-stop-and-search.csv"
        if not os.path.exists(f):
            return None
        with open(f, newline="") as fh:
            n += sum(1 for _ in csv.DictReader(fh))
    return n


def pct(a, b):
    return 100.0 * (a - b) / b
