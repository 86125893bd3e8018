"""Reference geography shipped with the package: London boroughs, police forces, place aliases.

These are names and codes (ONS GSS codes), not figures.  Readers use them to give borough rows a
code when a source has names only (the MPS files), and the measures engine uses the aliases to
say "Ilford lies in Redbridge".
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Borough", "london_boroughs", "borough_code", "normalise_name", "MET_FORCE",
           "CITY_FORCE", "AIRPORTS_CODE", "AIRPORTS_NAMES"]

MET_FORCE = ("metropolitan", "Metropolitan Police Service", "E23000001")
CITY_FORCE = ("city-of-london", "City of London Police", "E23000034")
# The MPS files carry a pseudo-borough for Heathrow and London City airports (policed by the
# Met's Aviation Security command, SO18).  It has no GSS code; we give it this one.
AIRPORTS_CODE = "MPS-AIRPORTS"
AIRPORTS_NAMES = {"london heathrow and london city airports", "aviation security so18",
                  "aviation security", "heathrow"}


@dataclass(frozen=True)
class Borough:
    code: str
    name: str
    inner_outer: str


def normalise_name(name: str) -> str:
    """Lower case, '&' as 'and', punctuation and extra spaces removed."""
    t = name.lower().replace("&", " and ")
    t = re.sub(r"[^a-z0-9]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


@lru_cache(maxsize=1)
def london_boroughs() -> tuple[Borough, ...]:
    with resources.files("crimestats.data").joinpath("london_boroughs.csv").open(encoding="utf-8") as fh:
        return tuple(Borough(r["area_code"], r["area_name"], r["inner_outer"]) for r in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Borough]:
    out = {normalise_name(b.name): b for b in london_boroughs()}
    out["city of westminster"] = out["westminster"]
    out["kingston"] = out["kingston upon thames"]
    out["richmond"] = out["richmond upon thames"]
    out["hammersmith fulham"] = out["hammersmith and fulham"]
    out["barking dagenham"] = out["barking and dagenham"]
    out["kensington chelsea"] = out["kensington and chelsea"]
    return out


def borough_code(name: str) -> str | None:
    """GSS code (E09...) of a London borough name, the airports pseudo-code, or None."""
    n = normalise_name(name)
    if n in AIRPORTS_NAMES:
        return AIRPORTS_CODE
    b = _by_name().get(n)
    return b.code if b else None
