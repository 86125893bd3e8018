"""Truth helpers shared by the blind sets (set8 on): raw files in ../shared/data read with csv / pyarrow only (never crimestats).

Reuses truth_lib.py (MPS borough parquet = latest extract, homicide victims, knife dashboard, GLA
populations, City of London street files, Met stop and search) and adds: the police.uk street files of the
other forces, City of London counts by crime type, rank / streak / record helpers and `holds()`.

Judging: every factual claim in spec.py is written true or false *by design*; `holds(flag, cls)` checks the
design against the data (flag = "the claim holds on the raw figures") and raises if they disagree, so a
claim can never silently change class when the data is re-read.
"""
from __future__ import annotations

import csv
import functools
import os
from collections import Counter

from truth_lib import (  # noqa: F401
    D,
    _dash,
    _victims,
    cal,
    dash,
    fy,
    gla_pop,
    london32_pop,
    met_ss,
    months,
    mps,
    mps_by_borough,
    mps_old_cells,
    ons_knife,
    ons_knife_region,
    owid,
    pct,
    victims,
)

A, C, I, U, O = "accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion"  # noqa: E741
OKC = {A, C}

BOROUGHS32 = sorted(mps_by_borough(mm=cal(2025)))
assert len(BOROUGHS32) == 32, BOROUGHS32


def holds(flag: bool, cls: str, allowed_true=OKC, allowed_false=frozenset({I})):
    """Allowed verdicts for a claim designed as `cls` ('true' / 'false'); raises if the data disagrees."""
    assert cls in ("true", "false"), cls
    if bool(flag) != (cls == "true"):
        raise AssertionError(f"claim designed {cls} but the raw figures say holds={flag}")
    return set(allowed_true) if flag else set(allowed_false)


def near(claimed: float, actual: float, rel: float = 0.01) -> bool:
    """A rounded figure ('about 911,000', '85 per 1,000') within rel of the true one."""
    return abs(claimed - actual) <= rel * abs(actual)


def pct_is(claimed: float, a: float, b: float, slack: float = 0.5) -> bool:
    """'up 12%' holds when the change a vs b rounds to the claimed whole percent (sign included)."""
    return abs(pct(a, b) - claimed) <= slack


def yearly(*, major=None, minor=None, borough=None, years=range(2011, 2026)):
    """Calendar-year MPS counts (2011 is the first full year of the series, which starts 2010-04)."""
    return {y: mps(major=major, minor=minor, borough=borough, mm=cal(y)) for y in years}


def fyearly(*, major=None, minor=None, borough=None, ends=range(2011, 2026)):
    """Financial-year MPS counts keyed by the year the FY ends (2024/25 -> 2025; 2010/11 is the first)."""
    return {y: mps(major=major, minor=minor, borough=borough, mm=fy(y)) for y in ends}


def rank_of(name, counts, desc=True):
    """1-based rank of name among counts (ties share the better rank)."""
    v = counts[name]
    return 1 + sum(1 for x in counts.values() if (x > v if desc else x < v))


def falls_in_a_row(series: dict, last: int) -> int:
    n, y = 0, last
    while y - 1 in series and series[y] < series[y - 1]:
        n, y = n + 1, y - 1
    return n


def rises_in_a_row(series: dict, last: int) -> int:
    n, y = 0, last
    while y - 1 in series and series[y] > series[y - 1]:
        n, y = n + 1, y - 1
    return n


def last_higher(series: dict, year: int):
    """The latest year before `year` with a higher value than `year` (None: `year` is the series high)."""
    ys = [y for y in series if y < year and series[y] > series[year]]
    return max(ys) if ys else None


def last_lower(series: dict, year: int):
    ys = [y for y in series if y < year and series[y] < series[year]]
    return max(ys) if ys else None


def r12(end_y: int, end_m: int):
    """The 12 months ending end_y-end_m (yyyymm list)."""
    y0, m0 = (end_y - 1, end_m + 1) if end_m < 12 else (end_y, 1)
    return months(y0, m0, end_y, end_m)


# ----------------------------------------------------------------- police.uk street files, other forces
@functools.lru_cache(None)
def _force_month(force: str, ym: str):
    """Counter of Crime type for one force-month street file (rows as published), or None if absent."""
    y, m = ym[:4], ym[4:]
    f = f"{D}/police-uk-forces/{y}-{m}/{y}-{m}-{force}-street.csv"
    if not os.path.exists(f):
        return None
    with open(f, newline="") as fh:
        return Counter(r["Crime type"] for r in csv.DictReader(fh))


def force_street(force: str, mm, crime_type=None, *, crime_only=False):
    """Rows in the force's street files over months mm; None if any month is missing (no data, not zero)."""
    n = 0
    for ym in mm:
        c = _force_month(force, ym)
        if c is None:
            return None
        if crime_type:
            n += c.get(crime_type, 0)
        else:
            n += sum(v for k, v in c.items() if not (crime_only and k == "Anti-social behaviour"))
    return n


@functools.lru_cache(None)
def _col_month(ym: str):
    y, m = ym[:4], ym[4:]
    f = f"{D}/police-uk-street/city-of-london/{y}-{m}/{y}-{m}-city-of-london-street.csv"
    if not os.path.exists(f):
        return None
    with open(f, newline="") as fh:
        return Counter(r["Crime type"] for r in csv.DictReader(fh))


def col(mm, crime_type=None, *, crime_only=False):
    """City of London street-file rows over months mm (None if a month is missing)."""
    n = 0
    for ym in mm:
        c = _col_month(ym)
        if c is None:
            return None
        if crime_type:
            n += c.get(crime_type, 0)
        else:
            n += sum(v for k, v in c.items() if not (crime_only and k == "Anti-social behaviour"))
    return n


# ----------------------------------------------------------------- homicide victims, knife dashboard
def victims_by(year: int, field: str) -> Counter:
    return Counter(r[field] for r in _victims() if int(r["Year"]) == year)


def victims_years(**flt):
    ys = sorted({int(r["Year"]) for r in _victims()})
    return {y: victims(y, **flt) for y in ys}


def knife_boroughs(mm, subtype="Knife Crime"):
    bs = sorted({r["area_name"] for r in _dash() if r["area_type"] == "Borough" and r["area_name"]})
    return {b: dash(subtype, borough=b, mm=mm) for b in bs}


# ----------------------------------------------------------------- NYC homicides (NYPD via CODE, 2016-2018)
@functools.lru_cache(None)
def _nyc():
    with open(f"{D}/international-homicide/nyc/nyc_homicides.csv", newline="") as fh:
        return [r["offense_date"][:7] for r in csv.DictReader(fh)]


def nyc(year, month=None):
    key = f"{year}-{month:02d}" if month else str(year)
    return sum(1 for d in _nyc() if d.startswith(key))


class SpecBook:
    """The spec format's builders in one place, so a new set imports them instead of copying set9's.

    Usage in a set's spec.py::

        book = SpecBook()
        UNITS, CLASS, REASON = book.UNITS, book.CLASS, book.REASON
        E, add, one, T, F, NV, OP = book.E, book.add, book.one, book.T, book.F, book.NV, book.OP

    UNITS = {unit: (as_of, [(line, [(key, allowed verdicts, kind, truth note), ...]), ...])};
    CLASS[(unit, key)] = 'true' | 'false' | 'unverifiable' | 'opinion'.
    """

    def __init__(self) -> None:
        self.UNITS: dict = {}
        self.CLASS: dict = {}
        self.REASON: dict = {}

    @staticmethod
    def E(key, allowed, kind, note, cls):
        return (key, set(allowed), kind, note, cls)

    def add(self, name, as_of, lines):
        body = []
        for line, exps in lines:
            for e in exps:
                assert (name, e[0]) not in self.CLASS, (name, e[0])
                assert e[0] in line, (name, e[0])
                self.CLASS[(name, e[0])] = e[4]
            body.append((line, [e[:4] for e in exps]))
        self.UNITS[name] = (as_of, body)

    def one(self, name, as_of, line, *exps):
        self.add(name, as_of, [(line, list(exps))])

    @staticmethod
    def T(flag):
        return holds(flag, "true")

    @staticmethod
    def F(flag):
        return holds(flag, "false")

    @staticmethod
    def NV(key, note="the open data holds no such measure"):
        return SpecBook.E(key, {U}, "unverifiable", note, "unverifiable")

    @staticmethod
    def OP(key, note="a judgement with no checkable figure"):
        return SpecBook.E(key, {O}, "opinion", note, "opinion")
