"""Hotspots: where crime concentrates, and whether a cluster is beyond what
places drawn at random would give.

``hotspots(store, measure=, area=, period=, unit=)`` ranks the places of an area (LSOAs or wards
from the MPS counts, or grid cells of data.police.uk points) by count, gives the rate per 1,000
residents where a population exists, tests each place with Getis-Ord Gi* on Queen-contiguity
weights (self included) by conditional permutation (9,999 by default, seedable), adjusts the
p-values for testing every place at once (Holm for up to ``AUTO_HOLM_MAX`` places, Benjamini-
Hochberg beyond, or as asked) and classes each place hot, cold or not significant.  It also
reports how concentrated crime is (share in the top 1/5/10 % of places) and how stable the hottest
places are from one year to the next.

A period the data only partly covers is refused (PartialPeriodError), never summed as if whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

import numpy as np

from .._errors import InputError, NoDataError, UnknownMeasureError
from ..measures._periods import Period, parse_period
from ..measures._places import Area, resolve_area
from ..reference._taxonomy import OFFENCE_KEYS, descendants
from ..store._store import StoreLike
from ._grid import DEFAULT_MAX_CELLS, GridInfo
from ._permutation import DEFAULT_PERMUTATIONS, DEFAULT_SEED, gi_star_permutation
from ._stats import ADJUST_METHODS, adjust_pvalues, concentration_shares, gi_star, spearman, top_overlap

__all__ = ["hotspots", "HotspotResult", "HotspotPlace", "Concentration", "Stability", "GridInfo",
           "UNITS", "DEFAULT_MAX_CELLS"]

UNITS = ("lsoa", "ward", "grid")
CONCENTRATION_PCTS = (1, 5, 10)
AUTO_HOLM_MAX = 200  # 'auto': Holm up to this many places, Benjamini-Hochberg (FDR) beyond


@dataclass
class HotspotPlace:
    """One place (LSOA, ward or grid cell) with its count, rate and Gi* test."""

    rank: int
    code: str
    name: str
    count: int
    population: float | None
    rate_per_1000: float | None
    gi_z: float
    p_value: float
    p_adjusted: float
    hotspot_class: str          # 'hot' | 'cold' | 'not significant'
    neighbours: int             # places in the Gi* neighbourhood, itself included
    ward: str | None = None     # the ward an LSOA's centroid falls in (2022 wards), where known
    borough: str | None = None  # the borough of the place, where known

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Concentration:
    total: int
    places: int
    top: dict[str, dict[str, float]]     # {'1%': {'places': k, 'count': c, 'share': s}}

    def sentence(self, what: str) -> str:
        t10 = self.top.get("10%")
        t1 = self.top.get("1%")
        if not t10 or not t1 or not self.total:
            return ""
        return (f"The top 10% of places ({int(t10['places'])} of {self.places}) had "
                f"{t10['share']:.0%} of {what}; the top 1% ({int(t1['places'])}) had {t1['share']:.0%}.")


@dataclass
class Stability:
    """How alike the ranking of places is in two consecutive years."""

    year_a: str
    year_b: str
    top10_overlap: float        # share of year B's top 10 % that were top 10 % in year A
    spearman: float
    places: int


@dataclass
class HotspotResult:
    measure: str
    measure_label: str
    area: Area
    period: Period
    unit: str
    source: str
    weights: str
    adjust: str
    adjust_label: str
    alpha: float
    places: list[HotspotPlace]
    concentration: Concentration
    stability: list[Stability]
    stability_note: str
    months_present: int
    months_expected: int
    boundary_vintage: str | None = None
    population_note: str | None = None
    grid: GridInfo | None = None
    unmatched: list[dict[str, Any]] = field(default_factory=list)
    islands: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)
    provenance: list[dict[str, Any]] = field(default_factory=list)
    geometries: Any = field(default=None, repr=False)   # shapely geometries (WGS84), place order
    permutations: int = 0       # conditional permutations behind the p-values (0: normal approximation)
    seed: int | None = None

    @property
    def test_label(self) -> str:
        if self.permutations:
            return (f"Getis-Ord Gi*, {self.permutations:,} conditional permutations (seed {self.seed}), "
                    "two-sided")
        return "Getis-Ord Gi*, normal approximation"

    @property
    def hot(self) -> list[HotspotPlace]:
        return [p for p in self.places if p.hotspot_class == "hot"]

    @property
    def cold(self) -> list[HotspotPlace]:
        return [p for p in self.places if p.hotspot_class == "cold"]

    def summary(self) -> str:
        unit_word = {"lsoa": "LSOAs", "ward": "wards", "grid": "grid cells"}[self.unit]
        total = self.concentration.total
        s = (f"{self.measure_label}, {self.area.name}, {self.period.label}: {total:,} offences in "
             f"{len(self.places):,} {unit_word}. {len(self.hot)} hot and {len(self.cold)} cold "
             f"spots ({self.test_label}, {self.adjust_label}, alpha {self.alpha:g}).")
        conc = self.concentration.sentence(self.measure_label.lower())
        return f"{s} {conc}".strip()

    def as_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "geometries"}
        d["area"] = self.area.as_dict()
        d["period"] = self.period.as_dict()
        d["places"] = [p.as_dict() for p in self.places]
        d["concentration"] = self.concentration.__dict__
        d["stability"] = [s.__dict__ for s in self.stability]
        d["grid"] = self.grid.__dict__ if self.grid else None
        d["summary"] = self.summary()
        return d


# -- resolution ------------------------------------------------------------------------------

def _measure(measure: str) -> tuple[str, str, list[str]]:
    key = measure.strip().lower().replace(" ", "_").replace("-", "_")
    if key not in OFFENCE_KEYS:
        close = [k for k in OFFENCE_KEYS if key[:4] in k][:6]
        raise UnknownMeasureError(
            f"measure {measure!r}: hotspots use recorded offences; choose an offence key such as "
            f"{', '.join(close or ['robbery', 'personal_robbery', 'burglary', 'theft', 'all_crime'])}")
    return key, OFFENCE_KEYS[key].label, sorted(descendants(key))


def _period(period: str | Period, as_of: date | None) -> Period:
    return period if isinstance(period, Period) else parse_period(str(period), as_of=as_of)


def _area(area: str | Area, store: StoreLike) -> Area:
    a = area if isinstance(area, Area) else resolve_area(str(area), store=store)
    if a.area_type not in ("force", "borough"):
        raise InputError(f"area {a.name!r} ({a.area_type}): hotspots are found within a police force "
                         "area or a London borough, e.g. 'London', 'Redbridge' or 'City of London'")
    return a


# -- public API ------------------------------------------------------------------------------

def hotspots(store: StoreLike, *, measure: str = "robbery", area: str | Area = "London",
             period: str | Period = "2025", unit: str = "lsoa", cell_size: float | None = None,
             adjust: str = "auto", alpha: float = 0.05, max_cells: int = DEFAULT_MAX_CELLS,
             allow_partial: bool = False, as_of: date | None = None,
             permutations: int = DEFAULT_PERMUTATIONS, seed: int | None = DEFAULT_SEED) -> HotspotResult:
    """Hotspots of ``measure`` in ``area`` over ``period``, by ``unit`` (lsoa | ward | grid).

    ``adjust``: 'auto' (default: Holm for up to ``AUTO_HOLM_MAX`` places, else Benjamini-Hochberg),
    'holm', 'fdr_bh' (alias 'fdr') or 'none'.  ``permutations``: conditional permutations for the
    p-values (0: the normal approximation); ``seed`` makes them reproducible.  ``cell_size`` (metres) and
    ``max_cells`` apply to the grid.  ``allow_partial=True`` analyses a period the data only
    partly covers (the result says so) instead of refusing it.
    """
    adjust = {"fdr": "fdr_bh", "bh": "fdr_bh"}.get(adjust, adjust)
    if adjust not in ADJUST_METHODS and adjust != "auto":
        raise InputError(f"adjust={adjust!r}: choose auto, holm, fdr_bh (or fdr) or none")
    if permutations < 0:
        raise InputError(f"permutations={permutations}: give 0 (normal approximation) or more, e.g. 9999")
    if not 0 < alpha < 1:
        raise InputError(f"alpha={alpha}: give a significance level between 0 and 1, e.g. 0.05")
    if unit not in UNITS:
        raise InputError(f"unit={unit!r}: choose one of {', '.join(UNITS)}")
    key, label, keys = _measure(measure)
    per = _period(period, as_of)
    a = _area(area, store)
    if unit == "grid":
        from ._data import load_grid
        data = load_grid(store, keys=keys, area=a, period=per, cell_size=cell_size,
                         max_cells=max_cells, allow_partial=allow_partial)
    else:
        if cell_size is not None:
            raise InputError("cell_size applies to unit='grid' only")
        from ._data import load_areas
        data = load_areas(store, keys=keys, area=a, period=per, unit=unit,
                          allow_partial=allow_partial)
    return _analyse(data, measure=key, label=label, area=a, period=per, unit=unit,
                    adjust=adjust, alpha=alpha, permutations=permutations, seed=seed)


def _analyse(data: Any, *, measure: str, label: str, area: Area, period: Period, unit: str,
             adjust: str, alpha: float, permutations: int = 0, seed: int | None = None) -> HotspotResult:
    y = np.asarray(data.counts, dtype=float)
    n = len(y)
    what = {"lsoa": "LSOA", "ward": "ward", "grid": "grid cell"}[unit]
    if n == 0:
        raise NoDataError(f"no {what}s found for {area.name} in {period.label}")
    if n == 1:
        raise NoDataError(f"{area.name} has only one {what} with data ({data.codes[0]}); hotspots "
                          "compare places with their neighbours, so at least two are needed. "
                          "Use a finer unit or a larger area")
    if y.sum() == 0:
        raise NoDataError(f"no {label.lower()} recorded in {area.name} in {period.label} "
                          f"({n} {what}s, all zero): there is nothing to find hotspots in")
    gi = gi_star(y, data.weights)
    if adjust == "auto":
        adjust = "holm" if n <= AUTO_HOLM_MAX else "fdr_bh"
    if permutations:
        perm = gi_star_permutation(y, data.weights, permutations=permutations, seed=seed)
        pvals, hot_side = perm.p, perm.hot_side
    else:
        pvals, hot_side = gi.p, gi.z > 0
    padj = adjust_pvalues(pvals, adjust)
    sig = padj < alpha
    cls = np.where(sig & hot_side, "hot", np.where(sig & ~hot_side, "cold", "not significant"))
    pop = data.population
    order = np.lexsort((-gi.z, -y))
    places = []
    for r, i in enumerate(order, start=1):
        p = pop[i] if pop is not None else None
        p = None if p is None or not np.isfinite(p) or p <= 0 else float(p)
        places.append(HotspotPlace(
            rank=r, code=data.codes[i], name=data.names[i], count=int(y[i]), population=p,
            rate_per_1000=round(float(1000.0 * y[i] / p), 3) if p else None,
            gi_z=float(gi.z[i]), p_value=float(pvals[i]), p_adjusted=float(padj[i]),
            hotspot_class=str(cls[i]), neighbours=int(gi.neighbours[i]),
            ward=data.wards[i] if data.wards else None,
            borough=data.boroughs[i] if data.boroughs else None))
    shares = concentration_shares(y, CONCENTRATION_PCTS)
    conc = Concentration(total=int(y.sum()), places=n, top={
        f"{pct:g}%": {"places": k, "count": int(np.sort(y)[::-1][:k].sum()), "share": s}
        for pct, (k, s) in shares.items()})
    stab = [Stability(ya, yb, top_overlap(ca, cb, 10), spearman(ca, cb), n)
            for (ya, ca), (yb, cb) in pairwise(data.years) if _consecutive(ya, yb)]
    if stab:
        note = (f"Consecutive year-long periods in {data.source}: "
                f"{', '.join(yr for yr, _ in data.years)}; overlap = share of a year's top 10% of "
                "places that were also top 10% the year before; Spearman = rank correlation of counts")
    else:
        note = (f"Not available: {data.source} holds fewer than two consecutive year-long periods "
                "for these places, so year-to-year stability cannot be measured")
    caveats = list(data.caveats)
    if data.islands:
        caveats.append(f"{len(data.islands)} {what}(s) have no neighbours (islands); their Gi* "
                       "compares the place with itself only")
    return HotspotResult(
        measure=measure, measure_label=label, area=area, period=period, unit=unit,
        source=data.source, weights=data.weights_label, adjust=adjust,
        adjust_label=ADJUST_METHODS[adjust], alpha=alpha, places=places, concentration=conc,
        stability=stab, stability_note=note, months_present=data.months_present,
        months_expected=data.months_expected, boundary_vintage=data.boundary_vintage,
        population_note=data.population_note, grid=data.grid, unmatched=data.unmatched,
        islands=list(data.islands), caveats=caveats, provenance=data.provenance,
        geometries=None if data.geometries is None else [data.geometries[i] for i in order],
        permutations=permutations, seed=seed if permutations else None)


def _consecutive(a: str, b: str) -> bool:
    """'2018','2019' or '2024-03..2025-02','2025-03..2026-02': b starts right after a."""
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    if ".." in a and ".." in b:
        end = date.fromisoformat(a.split("..")[1] + "-01")
        nxt = date(end.year + (end.month == 12), end.month % 12 + 1, 1)
        return b.split("..")[0] == nxt.isoformat()[:7]
    return False
