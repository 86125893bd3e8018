"""set13 truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats), plus a few
small additions for this set (rates per 1,000, ONS knife series read under both year-label readings, BTP-free
force sums, knife dashboard sums over the 32 boroughs only).
"""
from truth_sets import *  # noqa: F401,F403
from truth_sets import _col_month, _dash, _force_month, _victims  # noqa: F401
from truth_sets import BOROUGHS32, cal, col, dash, force_street, gla_pop, london32_pop, mps, mps_by_borough, ons_knife

FORCE_MONTHS = months(2022, 1, 2022, 11)  # noqa: F405


def rate(borough, year):
    """Offences per 1,000 residents (GLA population projection for that year)."""
    return 1000 * mps(borough=borough, mm=cal(year)) / gla_pop(borough, year)


def london_rate(year, boroughs_only=False):
    """London offences per 1,000: all rows of the parquet (incl. Heathrow, Unknown) or the 32 boroughs only."""
    n = sum(mps_by_borough(mm=cal(year)).values()) if boroughs_only else mps(mm=cal(year))
    return 1000 * n / london32_pop(year)


def fs(force, crime_type=None, *, crime_only=False, mm=FORCE_MONTHS):
    return force_street(force, mm, crime_type, crime_only=crime_only)


def fs_month_extremes(force):
    """(busiest, quietest) month of Jan-Nov 2022, each as (with ASB, without ASB)."""
    w = {m: force_street(force, [m]) for m in FORCE_MONTHS}
    wo = {m: force_street(force, [m], crime_only=True) for m in FORCE_MONTHS}
    return (max(w, key=w.get), max(wo, key=wo.get)), (min(w, key=w.get), min(wo, key=wo.get))


def col_year(year, crime_type=None, crime_only=False):
    return col(cal(year), crime_type, crime_only=crime_only)


def col_month_extremes(year):
    w = {m: col([m]) for m in cal(year)}
    wo = {m: col([m], crime_only=True) for m in cal(year)}
    return (max(w, key=w.get), max(wo, key=wo.get)), (min(w, key=w.get), min(wo, key=wo.get))


def knife32(mm, subtype="Knife Crime"):
    """Knife dashboard offences summed over the 32 boroughs only (no SO18 / N/K / non-Met rows)."""
    return sum(dash(subtype, borough=b, mm=mm) for b in BOROUGHS32)


def knife_all(mm, subtype="Knife Crime"):
    """Knife dashboard offences summed over every Borough-level row (incl. legacy / unknown rows)."""
    return dash(subtype, mm=mm)


def ons_knife_both(force, label):
    """ONS knife counts for a year label read two ways: as the label itself and as the next label (FY reading)."""
    return ons_knife(force, label), ons_knife(force, label + 1)
