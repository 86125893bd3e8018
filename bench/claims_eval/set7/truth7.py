"""set7 truth helpers: raw files in ../shared/data read with csv / pyarrow only (never crimestats).

Reuses truth_lib.py (MPS borough parquet = latest extract, homicide victims, knife dashboard, GLA
populations) and adds: the older MPS csv extracts (to note where an older vintage differs), the
police.uk street files of the other forces, the City of London street files, rank/streak helpers and
the judging helpers the spec uses.

Judging: every factual claim in spec.py is written as true or false *by design*; `holds(flag, cls)`
checks the design against the data (flag = "the claim holds on the raw figures") and raises if they
disagree, so a claim can never silently change class when the data is re-read.
"""
from __future__ import annotations

import csv
import functools
import glob
import os
from collections import Counter

from truth_lib import (  # noqa: F401
    col_street,
    mps_old_cells,
    D,
    _dash,
    _victims,
    cal,
    dash,
    fy,
    gla_pop,
    london32_pop,
    months,
    mps,
    mps_by_borough,
    ons_knife_region,
    pct,
    victims,
)

A, C, I, U, O = "accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion"  # noqa: E741
OK = {A}
OKC = {A, C}

BOROUGHS32 = sorted(mps_by_borough(mm=cal(2024)))
assert len(BOROUGHS32) == 32, BOROUGHS32


def holds(flag: bool, cls: str, allowed_true=OKC, allowed_false=frozenset({I})):
    """Allowed verdicts for a claim designed as `cls` ('true' / 'false'); raises if the data disagrees."""
    assert cls in ("true", "false"), cls
    if flag != (cls == "true"):
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


def rank_of(name, counts, desc=True):
    """1-based rank of name among counts (ties share the better rank)."""
    v = counts[name]
    return 1 + sum(1 for x in counts.values() if (x > v if desc else x < v))


def falls_in_a_row(series: dict, last: int) -> int:
    """How many consecutive years up to `last` each fell on the year before."""
    n, y = 0, last
    while y - 1 in series and series[y] < series[y - 1]:
        n, y = n + 1, y - 1
    return n


def rises_in_a_row(series: dict, last: int) -> int:
    n, y = 0, last
    while y - 1 in series and series[y] > series[y - 1]:
        n, y = n + 1, y - 1
    return n


# ----------------------------------------------------------------- older MPS csv extracts (vintage check)
_mps_old = mps_old_cells    # the older extracts, read once in truth_lib


def mps_old(*, major=None, minor=None, borough=None, mm):
    mm = set(mm)
    majs = {x.upper() for x in ([major] if isinstance(major, str) else major or [])}
    mins = {x.upper() for x in ([minor] if isinstance(minor, str) else minor or [])}
    tot = 0
    for (maj, mi, b, k), v in _mps_old().items():
        if k in mm and maj != "NFIB FRAUD" and (not majs or maj in majs) and (not mins or mi in mins) \
                and (not borough or b == borough):
            tot += v
    return tot


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


def force_months(force: str):
    return sorted(os.path.basename(p)[:7].replace("-", "") for p in glob.glob(f"{D}/police-uk-forces/*/*-{force}-street.csv"))


@functools.lru_cache(None)
def force_pop_2010():
    with open(f"{D}/police-forces/forces.csv", newline="") as fh:
        rows = list(csv.reader(fh))
    return {r[0]: int(r[2]) for r in rows[1:] if r[2].isdigit()}


# ----------------------------------------------------------------- homicide victims, knife dashboard
def victims_by(year: int, field: str) -> Counter:
    return Counter(r[field] for r in _victims() if int(r["Year"]) == year)


def knife_boroughs(mm, subtype="Knife Crime"):
    bs = sorted({r["area_name"] for r in _dash() if r["area_type"] == "Borough" and r["area_name"]})
    return {b: dash(subtype, borough=b, mm=mm) for b in bs}
