"""set19 (articles part) truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats),
plus a few of this part's own: London read both ways (every Met row / the 32 boroughs), series printing."""
from truth_sets import *  # noqa: F401,F403
from truth_sets import _col_month, _dash, _force_month, _victims  # noqa: F401
from truth_sets import BOROUGHS32, cal, last_lower, mps, mps_by_borough


def lon2(**kw):
    """(every Met row incl. Heathrow/Unknown, the 32 boroughs only) for one MPS measure and months kw['mm']."""
    return mps(**kw), sum(mps_by_borough(**kw).values())


def lon2_years(years, **kw):
    """{year: (all rows, 32 boroughs)} calendar-year London counts."""
    return {y: lon2(mm=cal(y), **kw) for y in years}


def both(pred, pair):
    """pred holds on both London readings."""
    return pred(pair[0]) and pred(pair[1])


def reading(series2, i):
    return {y: v[i] for y, v in series2.items()}


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def boroughs(mm, **kw):
    return {b: mps(borough=b, mm=mm, **kw) for b in BOROUGHS32}


def force_types(force, mm):
    """{crime type: rows} for a police.uk force over months mm."""
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


__all__ = [n for n in dir() if not n.startswith("__")]
