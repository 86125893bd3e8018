"""Helpers for the set21 articles (spec_articles.py): re-exports ../truth_sets.py (raw files via csv / pyarrow
only, never crimestats) and adds a few small figures used by the articles."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from truth_sets import *  # noqa: F401,F403,E402
from truth_sets import _force_month, _victims, _col_month  # noqa: F401,E402

JAN_NOV_22 = months(2022, 1, 2022, 11)


def force_types(force, mm=JAN_NOV_22):
    """Counter of crime types over months mm for one force's street files."""
    tot = Counter()
    for ym in mm:
        tot += _force_month(force, ym)
    return tot


def fmonth(force, ym, crime_only=False):
    return force_street(force, [ym], crime_only=crime_only)


def knife_fy(end, subtype="Knife Crime", borough=None):
    """MPS dashboard knife offences over a financial year (summed over the 32 boroughs, or one borough)."""
    if borough:
        return dash(subtype, borough=borough, mm=fy(end))
    return sum(knife_boroughs(fy(end), subtype).values())


def per1000(count, pop):
    return 1000.0 * count / pop


def vshare(year, field, value):
    c = victims_by(year, field)
    return 100.0 * c[value] / sum(c.values())
