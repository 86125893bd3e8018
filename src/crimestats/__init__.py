"""crimestats: police-recorded crime statistics, from official open data to checked claims.

The public API is what ``__all__`` lists (pinned by a test); modules starting with ``_`` are
private.  Data flows one way: sources -> store -> measures -> facts -> checker / writer / web.
"""

from __future__ import annotations

from ._coverage import CoverageSpan, coverage, missing_periods
from ._errors import (
    CrimestatsError,
    FetchError,
    InputError,
    NoDataError,
    ParseError,
    PartialPeriodError,
    StoreError,
    UnknownAreaError,
    UnknownFormatError,
    UnknownMeasureError,
)
from ._ingest import detect, ingest_paths
from ._query import QueryResult, query_counts
from ._store import IngestResult, Store, default_db_path
from ._taxonomy import OFFENCE_KEYS, descendants, offence_key

__version__ = "0.1.0"

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
    # taxonomy
    "OFFENCE_KEYS",
    "offence_key",
    "descendants",
    # errors
    "CrimestatsError",
    "InputError",
    "UnknownFormatError",
    "ParseError",
    "StoreError",
    "FetchError",
    "NoDataError",
    "PartialPeriodError",
    "UnknownAreaError",
    "UnknownMeasureError",
]
