"""Truth helpers for set5 beyond ../truth_lib.py (raw files via csv / pyarrow only; never crimestats).

mps_old: the OLDER MPS borough extracts (borough_10_21.csv to 2021-11, borough_21_23.csv 2021-12..2023-11).
victims: Met homicide dashboard victims (homicides.csv), filters on its own column names.
Thorough (strip) searches, data.police.uk stop and search, City of London street files, custody,
stolen animals, VAWG, ward parquet, NYC murders, ONS knife crime by force and force populations.
"""
from __future__ import annotations

import csv
import functools
import os
from collections import Counter

import pyarrow.parquet as pq

from truth_lib import D, P, cal, fy, months, mps, mps_by_borough, _victims  # noqa: F401


@functools.lru_cache(None)
def _mps_old():
    """{(MAJOR, borough, yyyymm): count} from the two older CSV extracts (title-case categories)."""
    out = {}
    for f in ("borough_10_21.csv", "borough_21_23.csv"):
        with open(f"{D}/mps-recorded-crime/{f}", newline="") as fh:
            for r in csv.DictReader(fh):
                maj, b = r["MajorText"].strip().upper(), r["LookUp_BoroughName"].strip()
                for k, v in r.items():
                    if k and k.isdigit() and v not in (None, ""):
                        key = (maj, b, k)
                        out[key] = out.get(key, 0) + int(float(v))
    return out


def mps_old(*, major=None, borough=None, mm):
    """Older-extract count; None when a month is outside both old files."""
    have = {k for (_, _, k) in _mps_old()}
    if not set(mm) <= have:
        return None
    n = 0
    mm = set(mm)
    for (maj, b, k), v in _mps_old().items():
        if k in mm and (major is None or maj == major.upper()) and (borough is None or b == borough):
            n += v
    return n


def mps_old_minor(text, *, borough=None, mm):
    """Older-extract count by minor category (exact, case-insensitive), e.g. 'Homicide'."""
    n = 0
    mm = set(mm)
    for f in ("borough_10_21.csv", "borough_21_23.csv"):
        with open(f"{D}/mps-recorded-crime/{f}", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["MinorText"].strip().upper() != text.upper():
                    continue
                if borough and r["LookUp_BoroughName"].strip() != borough:
                    continue
                n += sum(int(float(v)) for k, v in r.items() if k in mm and v not in (None, ""))
    return n


def rank_of(name, counts, *, desc=True):
    """1-based position of name in counts (ties share the better position)."""
    v = counts[name]
    return 1 + sum(1 for x in counts.values() if (x > v if desc else x < v))


def top(counts, n=5):
    return sorted(counts.items(), key=lambda kv: -kv[1])[:n]


def gla_pops(year):
    """{borough name: GLA population} for the 32 Met boroughs in a year."""
    with open(f"{D}/ons-population/london-borough-gla/housing-density-borough.csv") as fh:
        return {r["Name"]: int(float(r["Population"])) for r in csv.DictReader(fh)
                if r["Code"].startswith("E09") and r["Code"] != "E09000001" and int(r["Year"]) == year}


# ---------------------------------------------------------------- homicide victims
def vic(year, **flt):
    """Victims in a year (or iterable of years) matching column=value filters."""
    ys = {year} if isinstance(year, int) else set(year)
    return sum(1 for r in _victims() if int(r["Year"]) in ys and all(r[k] == v for k, v in flt.items()))


def vic_by(year, col):
    return Counter(r[col] for r in _victims() if int(r["Year"]) == year)


# ---------------------------------------------------------------- Met thorough (strip) searches
@functools.lru_cache(None)
def _ts():
    return pq.read_table(f"{P}/thorough-searches.parquet").to_pylist()


def ts_positive(r):
    """The file splits 'positive outcome' across three misspelt columns."""
    return r["positive_outcome_of_stop"] or r["postive_outcome_of_stop"] or r["positve_outcome"]


def strip(year, *, child=None, **flt):
    n = 0
    for r in _ts():
        if str(r["stop_date"])[:4] != str(year):
            continue
        if child is True and r["age_group"] != "Under 18":
            continue
        if all((ts_positive(r) if k == "positive" else r[k]) == v for k, v in flt.items()):
            n += 1
    return n


# ---------------------------------------------------------------- data.police.uk files
def _monthly(folder, kind, mm):
    rows = []
    for ym in mm:
        y, m = ym[:4], ym[4:]
        f = f"{D}/police-uk-street/{folder}/{y}-{m}/{y}-{m}-{kind}.csv"
        if not os.path.exists(f):
            return None
        with open(f, newline="") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def col_ss(mm, **flt):
    """City of London stop and search rows in months mm matching column=value filters."""
    rows = _monthly("city-of-london", "city-of-london-stop-and-search", mm)
    return None if rows is None else sum(1 for r in rows if all(r[k] == v for k, v in flt.items()))


def met_ss_rows(mm):
    return _monthly("metropolitan-stop-and-search", "metropolitan-stop-and-search", mm)


def col_street_n(mm, crime_type=None, *, exclude_asb=False):
    rows = _monthly("city-of-london", "city-of-london-street", mm)
    if rows is None:
        return None
    return sum(1 for r in rows if (crime_type is None or r["Crime type"] == crime_type)
               and not (exclude_asb and r["Crime type"] == "Anti-social behaviour"))


def col_outcomes(mm):
    """De-duplicated outcome rows (the files hold exact duplicate lines)."""
    rows = _monthly("city-of-london", "city-of-london-outcomes", mm)
    return None if rows is None else list({tuple(r.items()): r for r in rows}.values())


# ---------------------------------------------------------------- other Met parquet files
@functools.lru_cache(None)
def _pq(name):
    return pq.read_table(f"{P}/{name}.parquet").to_pylist()


def custody_n(year, **flt):
    return sum(r["offence_count"] for r in _pq("custody") if r["current_disposal_year"] == year
               and all(r[k] == v for k, v in flt.items()))


def animals(year, **flt):
    # labels vary in case and trailing space ('Dog', 'Dog ', 'dog'): compare them normalised
    # (fixed after the first run at 85f4bd8: the exact match missed 3 dogs and 3 cats in 2022)
    norm = lambda v: v.strip().lower() if isinstance(v, str) else v  # noqa: E731
    return sum((r["count_of_stolen_animals"] or 0) for r in _pq("stolen-animals") if r["year_and_month"].endswith(str(year))
               and all(norm(r[k]) == norm(v) for k, v in flt.items()))


def ward_latest(mm, *, borough=None, major=None):
    """{(ward name, ward code): count} from the latest ward parquet files (historical + current)."""
    out = Counter()
    mm = set(mm)
    for f in ("recorded-crime-ward-historical", "recorded-crime-ward"):
        for r in _pq(f):
            if borough and r["lookup_boroughname"] != borough:
                continue
            if major and r["majortext"].upper() != major.upper():
                continue
            out[(r["wardname"], r["wardcode"])] += sum(v for k, v in r.items() if k in mm and v is not None)
    return out


# ---------------------------------------------------------------- ONS knife crime by force, populations, NYC
def knife_force(force, fy_end):
    with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_polices.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == fy_end:
                return int(r[force]) if r.get(force) else None


def force_pop(force, year):
    with open(f"{D}/ons-population/britishdrugdynamics/population_policeforces.csv") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == year:
                return int(float(r[force])) if r.get(force) else None


def region_pop(region, year):
    with open(f"{D}/ons-population/britishdrugdynamics/population_England_and_regions.csv") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == year:
                return int(float(r[region]))


def knife_rates(fy_end):
    """{force: knife offences per 100,000} (population = mid-year of the year the FY starts)."""
    alias = {"Northumbria": "Northumberland", "City of London": "London, City of"}
    out = {}
    for f in ("Metropolitan Police", "West Midlands", "Greater Manchester", "West Yorkshire", "Merseyside",
              "Cleveland", "South Yorkshire", "Northumbria", "Lancashire", "Thames Valley", "Bedfordshire",
              "Nottinghamshire", "Leicestershire", "Essex", "Kent", "Avon and Somerset", "Hampshire", "Sussex",
              "Durham", "Cheshire", "Cumbria", "Humberside", "North Yorkshire", "Derbyshire", "Lincolnshire",
              "Northamptonshire", "Staffordshire", "Warwickshire", "West Mercia", "Cambridgeshire", "Hertfordshire",
              "Norfolk", "Suffolk", "Surrey", "Devon and Cornwall", "Dorset", "Gloucestershire", "Wiltshire"):
        k, p = knife_force(alias.get(f, f), fy_end), force_pop(f, fy_end - 1)
        if k and p:
            out[f] = 1e5 * k / p
    return out


@functools.lru_cache(None)
def nyc_month():
    with open(f"{D}/international-homicide/nyc/nyc_homicides.csv", newline="") as fh:
        return Counter(r["offense_date"][:7].replace("-", "") for r in csv.DictReader(fh))


def nyc(mm):
    return sum(nyc_month()[m] for m in mm)
