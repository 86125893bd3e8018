"""Readers for the publishers' formats, and detection of which one a file is.

Each module below owns one publisher family and exposes ``READERS``, a list of reader objects
(see :mod:`crimestats.sources._base`).  Detection tries them in this order; the first whose
``sniff`` accepts the file reads it.
"""

from __future__ import annotations

from . import (
    boundaries,
    homicide_rates,
    knife_crime,
    met_dashboards,
    met_homicide,
    mps_recorded,
    police_uk,
    population,
    reference,
)
from ._base import FileHead, IngestContext, Parsed, Reader, month_range

READERS: list[Reader] = [
    *police_uk.READERS,
    *mps_recorded.READERS,
    *met_homicide.READERS,
    *met_dashboards.READERS,
    *population.READERS,
    *boundaries.READERS,
    *reference.READERS,
    *homicide_rates.READERS,
    *knife_crime.READERS,
]

__all__ = ["READERS", "FileHead", "IngestContext", "Parsed", "Reader", "known_formats", "month_range"]


def known_formats() -> list[str]:
    """The name of every format crimestats reads (``crimestats formats`` describes each)."""
    return [r.format for r in READERS]
