"""set18 (articles part) truth helpers: the shared ones in ../truth_sets.py (csv / pyarrow only, never crimestats),
plus a few small helpers of this part's own. Nothing here imports crimestats."""
from truth_sets import *  # noqa: F401,F403
from truth_sets import _dash, _force_month, _victims, cal, fy, months, mps, mps_by_borough, victims  # noqa: F401


def ser(d):
    return ", ".join(f"{k}: {v}" for k, v in d.items())


def lon(mm, **kw):
    """London both ways: (every Met row incl. Heathrow and 'Unknown', the 32 boroughs only)."""
    return mps(mm=mm, **kw), sum(mps_by_borough(mm=mm, **kw).values())


def lon_years(years, **kw):
    """{year: (all rows, 32 boroughs)} by calendar year."""
    return {y: lon(cal(y), **kw) for y in years}


def knife_london(mm, subtype="Knife Crime"):
    """MPS monthly crime dashboard, every Borough-level area (incl. 'Non MET police force' rows) over months mm."""
    mm = set(mm)
    return sum(r["count"] for r in _dash() if r["area_type"] == "Borough" and r["crime_subtype"] == subtype
               and r["measure"] == "Offences" and r["month_year"].strftime("%Y%m") in mm)


def knife_32(mm, subtype="Knife Crime"):
    """The same over the 32 London boroughs only."""
    from truth_sets import BOROUGHS32, knife_boroughs
    kb = knife_boroughs(mm, subtype)
    return sum(v for b, v in kb.items() if b in BOROUGHS32)


def vict(years, **flt):
    """Homicide victims summed over several years (Met victims file)."""
    return sum(victims(y, **flt) for y in years)


def ons_la_2019(name):
    """ONS mid-2019 LA population (BritishDrugDynamics file; City of London is merged with Hackney there)."""
    import csv
    from truth_sets import D
    with open(f"{D}/ons-population/britishdrugdynamics/population_la.csv", newline="") as fh:
        rows = list(csv.reader(fh))
    col_ = next(i for i, c in enumerate(rows[0]) if c.strip() == name or (name == "Hackney" and "Hackney" in c))
    return next(int(float(r[col_])) for r in rows[1:] if r[0].strip() == "2019")
