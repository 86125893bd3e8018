"""set20 one-liners: truth helpers (raw files via csv / pyarrow only, never crimestats).

Re-exports ../truth_sets.py and adds two-reading London helpers: every London-wide MPS claim is checked on
both readings, (a) every Met row (32 boroughs + Heathrow/airports + Unknown) and (b) the 32 boroughs only.
"""
from __future__ import annotations

import functools
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from truth_sets import *  # noqa: F401,F403,E402
from truth_sets import BOROUGHS32, _dash, _victims, dash, mps, months  # noqa: E402
from truth_lib import _mps  # noqa: E402

B32 = set(BOROUGHS32)


@functools.lru_cache(None)
def lon(major=None, minor=None, mm=()):
    """(all Met rows, 32 boroughs) for MPS major/minor over months mm (tuple of yyyymm); NFIB excluded."""
    mm = set(mm)
    a = b = 0
    for (maj, mi, bo, k), v in _mps().items():
        if k not in mm or maj == "NFIB FRAUD":
            continue
        if major and maj != major.upper():
            continue
        if minor and mi != minor.upper():
            continue
        a += v
        if bo in B32:
            b += v
    return a, b


def L(mm, major=None, minor=None):
    return lon(major, minor, tuple(mm))


def both(pred, pair):
    """The claim holds on both London readings."""
    return all(pred(x) for x in pair)


def neither(pred, pair):
    return not any(pred(x) for x in pair)


def knife_lon(mm, subtype="Knife Crime"):
    """(every Borough-type dashboard row incl. 'Non MET' / legacy N/K, the 32 boroughs only)."""
    mm = set(mm)
    a = b = 0
    for r in _dash():
        if r["area_type"] != "Borough" or r["crime_subtype"] != subtype or r["measure"] != "Offences":
            continue
        if r["month_year"].strftime("%Y%m") not in mm:
            continue
        a += r["count"]
        if r["area_name"] in B32:
            b += r["count"]
    return a, b


def bor(b, mm, major=None, minor=None):
    return mps(major=major, minor=minor, borough=b, mm=mm)


def rate1k(n, b, year):
    return 1000.0 * n / gla_pop(b, year)  # noqa: F405


def col_year(y, crime_type=None, crime_only=False):
    return col(cal(y), crime_type, crime_only=crime_only)  # noqa: F405
