"""Truth helpers for the set19 one-liners (spec_oneliners.py): raw files only, via ../truth_sets.py and ../truth_lib.py
(csv / pyarrow; never crimestats).

`lon()` returns a London figure under both readings of "London" (all Met rows, which include the Heathrow/City
airports pseudo-borough and rows with no borough, vs the sum of the 32 boroughs), so that a claim about London can be
designed to hold (or fail) under both.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from truth_sets import *  # noqa: F401,F403,E402
from truth_sets import _force_month, _col_month  # noqa: F401,E402
from truth_sets import mps, mps_by_borough, months, victims_by, victims, col, force_street  # noqa: E402


def lon(mm, major=None, minor=None):
    """(all Met rows, 32 boroughs) for the months mm."""
    return (mps(major=major, minor=minor, mm=mm), sum(mps_by_borough(major=major, minor=minor, mm=mm).values()))


def both(f, pair):
    """The claim holds under both readings of London."""
    return all(f(x) for x in pair)


def neither(f, pair):
    """The claim fails under both readings of London (a false claim must be false whichever way it is read)."""
    return not any(f(x) for x in pair)


def month_series(y0, m0, y1, m1, **kw):
    return {m: mps(mm=[m], **kw) for m in months(y0, m0, y1, m1)}


def force_total(force, mm, crime_only=False):
    return force_street(force, mm, crime_only=crime_only)
