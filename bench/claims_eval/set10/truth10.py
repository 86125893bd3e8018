"""set10 truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats), plus a few
raw-file helpers for this set (London totals read both ways, ONS knife rows, OWID rates).
"""
import csv

from truth_sets import *  # noqa: F401,F403
from truth_sets import D, _col_month, _dash, _force_month, _victims  # noqa: F401
from truth_sets import mps, mps_by_borough


def lon(mm, **kw):
    """London total two ways: (every parquet row, NFIB excluded; the 32 boroughs only)."""
    return mps(mm=mm, **kw), sum(mps_by_borough(mm=mm, **kw).values())


def both(fn, mm_a, mm_b=None, **kw):
    """fn(a, b) on both readings of a London total (all rows / 32 boroughs); mm_b optional."""
    a, b = lon(mm_a, **kw)
    if mm_b is None:
        return fn(a) and fn(b)
    a2, b2 = lon(mm_b, **kw)
    return fn(a, a2) and fn(b, b2)


def force_types(force, mm):
    """{crime type: rows} summed over months mm of a force's street files."""
    out = {}
    for ym in mm:
        for k, v in _force_month(force, ym).items():
            out[k] = out.get(k, 0) + v
    return out


def col_types(mm):
    out = {}
    for ym in mm:
        for k, v in _col_month(ym).items():
            out[k] = out.get(k, 0) + v
    return out


def ons_knife_all(label):
    """The row of knifecrime_polices.csv with year label `label` (force -> int or None)."""
    with open(f"{D}/knife-crime/britishdrugdynamics/knifecrime_polices.csv", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if int(r["year"]) == label:
                return {k: (int(v) if v else None) for k, v in r.items() if k != "year"}


def victims_range(y0, y1, **flt):
    return sum(victims(y, **flt) for y in range(y0, y1 + 1))
