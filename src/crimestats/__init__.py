"""crimestats: police-recorded crime statistics, from official open data to checked claims.

The public API is what ``__all__`` lists (pinned by a test); modules starting with ``_`` are
private.  Data flows one way: sources -> store -> measures -> facts -> checker / writer / web.
"""

from __future__ import annotations

from ._errors import (
    CrimestatsError,
    FetchError,
    InputError,
    LimitError,
    NoDataError,
    ParseError,
    PartialPeriodError,
    StoreError,
    UnknownAreaError,
    UnknownFormatError,
    UnknownMeasureError,
    VintageConflictError,
)
from ._version import __version__
from .claims import CheckResult, check_text
from .facts._both_ways import BothWays, met_both_ways
from .facts._compute import Change, Record, Share, change, ratio_words, record, share
from .facts._facts import Fact, breakdown, count, rank, series
from .facts._headline import Headline, headline
from .facts._league import ForceRow, League, force_league, force_series
from .facts._local import LocalTable, local_figures
from .facts._rates import Rate, international_rates, rate
from .facts._significance import PoissonChange, Trend, poisson_change, trend_test
from .measures._catalogue import CATALOGUE, Measure, find_measures, get_measure
from .measures._periods import Period, parse_period
from .measures._places import Area, resolve_area
from .reference._taxonomy import OFFENCE_KEYS, descendants, offence_key
from .store._archive import ingest_archive
from .store._coverage import CoverageSpan, coverage, missing_periods
from .store._export import export_parquet, open_parquet
from .store._fetch import fetch
from .store._fetch_police_uk import fetch_police_uk
from .store._ingest import detect, ingest_paths
from .store._query import QueryResult, query_counts
from .store._store import IngestResult, Store, default_db_path

# Loaded on first use: hotspots pull in scipy.sparse, shapely and pyproj (slow to import).
_LAZY = {"hotspots": ".hotspot._hotspots", "HotspotResult": ".hotspot._hotspots"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'crimestats' has no attribute {name!r}")

__all__ = [
    "__version__",
    # store and ingest
    "Store",
    "IngestResult",
    "default_db_path",
    "ingest_paths",
    "detect",
    "coverage",
    "CoverageSpan",
    "missing_periods",
    "query_counts",
    "QueryResult",
    "fetch",
    # national: data.police.uk archives, every force, Parquet export
    "ingest_archive",
    "fetch_police_uk",
    "force_league",
    "force_series",
    "League",
    "ForceRow",
    "local_figures",
    "LocalTable",
    "export_parquet",
    "open_parquet",
    "met_both_ways",
    "BothWays",
    # periods, places, significance
    "Period",
    "parse_period",
    "Area",
    "resolve_area",
    "poisson_change",
    "PoissonChange",
    "trend_test",
    "Trend",
    # measures and facts
    "CATALOGUE",
    "Measure",
    "get_measure",
    "find_measures",
    "Fact",
    "count",
    "series",
    "breakdown",
    "rank",
    "change",
    "Change",
    "record",
    "Record",
    "share",
    "Share",
    "rate",
    "Rate",
    "ratio_words",
    "international_rates",
    "headline",
    "Headline",
    # hotspots
    "hotspots",
    "HotspotResult",
    # claim checker
    "check_text",
    "CheckResult",
    # taxonomy
    "OFFENCE_KEYS",
    "offence_key",
    "descendants",
    # errors
    "CrimestatsError",
    "InputError",
    "UnknownFormatError",
    "ParseError",
    "LimitError",
    "VintageConflictError",
    "StoreError",
    "FetchError",
    "NoDataError",
    "PartialPeriodError",
    "UnknownAreaError",
    "UnknownMeasureError",
]
