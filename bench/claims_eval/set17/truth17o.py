"""Helpers for set17's one-liners (spec_oneliners.py): raw files via ../truth_sets.py / ../truth_lib.py only."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from truth_sets import mps_by_borough  # noqa: E402
from truth_lib import cal  # noqa: E402


def y32(years=range(2011, 2026), **kw):
    """Calendar-year totals over the 32 boroughs only (no Heathrow pseudo-borough, no Unknown rows)."""
    return {y: sum(mps_by_borough(mm=cal(y), **kw).values()) for y in years}


def s32(mm, **kw):
    """A period's total over the 32 boroughs only."""
    return sum(mps_by_borough(mm=mm, **kw).values())


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())
