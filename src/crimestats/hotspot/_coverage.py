"""What a hotspot analysis may read: the sources of area counts, how much of a period they cover,
and which force's data a place falls under.

Shared by the loaders (:mod:`crimestats.hotspot._data`) and the analysis
(:mod:`crimestats.hotspot._hotspots`), below both.
"""

from __future__ import annotations

from datetime import date

from .._errors import Hint, NoDataError, PartialPeriodError
from ..measures._periods import Period, calendar_year
from ..measures._places import Area

__all__ = ["MIN_MATCHED", "AREA_SOURCES", "check_coverage", "full_years", "scope_of"]

MIN_MATCHED = 0.95   # share of places that must have a boundary before neighbours mean anything
# Sources of area counts, best first: the Met's own monthly recorded crime, then its LSOA annual
# summary, then data.police.uk street crimes aggregated to LSOA.
AREA_SOURCES = ("mps_recorded_crime", "mps_recorded_crime_lsoa_annual", "police_uk_street")


def scope_of(a: Area) -> str:
    return "city-of-london" if a.code in ("city-of-london", "E09000001") else "metropolitan"


def _fmt_months(ms: list[date]) -> str:
    labels = [m.isoformat()[:7] for m in ms]
    return ", ".join(labels[:12]) + (f" and {len(labels) - 12} more" if len(labels) > 12 else "")


def check_coverage(*, present: set[date], period: Period, source: str, what: str,
                   allow_partial: bool) -> tuple[int, list[str]]:
    """Months of ``period`` present; raise PartialPeriodError for a gap unless allowed."""
    months = period.months()
    missing = [m for m in months if m not in present]
    have = len(months) - len(missing)
    if have == 0:
        raise NoDataError(f"{what}: {source} has no data for {period.label}")
    if missing and not allow_partial:
        raise PartialPeriodError(
            f"{what}: {source} covers {have} of the {len(months)} months of {period.label}; "
            f"missing {_fmt_months(missing)}. Hotspots over a part-period would understate places "
            "unevenly; choose a period the data covers, or allow a partial period (said in the output)",
            hints=[Hint("allow_partial")])
    notes = []
    if missing:
        notes.append(f"partial period: {have} of {len(months)} months ({_fmt_months(missing)} missing)")
    return have, notes


def full_years(present: set[date], grain: str) -> list[int]:
    """Calendar years wholly covered (every month present, or the year row for yearly data)."""
    years = sorted({d.year for d in present})
    if grain == "year":
        return years
    return [yr for yr in years if all(m in present for m in calendar_year(yr).months())]
