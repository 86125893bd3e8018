"""Areas as people name them: London, a borough, a town inside a borough, a ward, a country.

``resolve_area`` turns a name into an :class:`Area`.  Place aliases (package data
``place_aliases.csv``: towns and districts with the borough they lie in) let "Ilford" mean the
London Borough of Redbridge; the Area then says so, because Redbridge figures are not Ilford figures.

Wards are found by name in the store (the wards the MPS ward files count crimes for, with their
borough): "Stratford Olympic Park", "Stratford Olympic Park ward", "Highgate ward, Camden".  A name
that is also a town or borough ("Stratford") means the town unless "ward" is said; a ward name two
boroughs share ("Highgate") must name the borough or give the code.
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .._errors import UnknownAreaError
from ..reference._areas import (
    AIRPORTS_CODE,
    CITY_FORCE,
    MET_FORCE,
    borough_code,
    london_boroughs,
    normalise_name,
)
from ..store._lookups import (
    area_by_code_or_name,
    ingest_marker,
    small_area_by_code_or_name,
    wards_counted,
)
from ._force_names import find_force

if TYPE_CHECKING:
    from ..store._store import StoreLike

__all__ = ["Area", "resolve_area", "london_area", "place_aliases", "ward_names"]


@dataclass(frozen=True)
class Area:
    """An area figures can be asked for."""

    area_type: str          # force | borough | ward | lsoa | country | region | city
    code: str
    name: str
    alias: str | None = None   # the name the user gave, when it is a place inside this area
    note: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)

    def __str__(self) -> str:
        return self.name


def london_area() -> Area:
    """London as the Metropolitan Police area (all 32 boroughs; not the City of London)."""
    return Area("force", MET_FORCE[0], "London (Metropolitan Police area)",
                note="The Metropolitan Police area: the 32 London boroughs, not the City of London, "
                     "which has its own police force")


_LONDON_WORDS = {"london", "greater london", "the capital", "capital", "the met", "met",
                 "metropolitan police", "metropolitan police service", "mps", "the region",
                 "metropolitan police area", "across london", "the city of london and the met",
                 "scotland yard", "new scotland yard"}     # the Met's headquarters, a byword for the force
_COUNTRIES = {
    "england and wales": ("country", "E92000001+W92000004", "England and Wales"),
    "england wales": ("country", "E92000001+W92000004", "England and Wales"),
    "england": ("country", "E92000001", "England"),
    "wales": ("country", "W92000004", "Wales"),
    "uk": ("country", "GBR", "United Kingdom"),
    "united kingdom": ("country", "GBR", "United Kingdom"),
    "britain": ("country", "GBR", "United Kingdom"),
    "great britain": ("country", "GBR", "United Kingdom"),
    "us": ("country", "USA", "United States"),
    "usa": ("country", "USA", "United States"),
    "united states": ("country", "USA", "United States"),
    "america": ("country", "USA", "United States"),
    "france": ("country", "FRA", "France"),
    "germany": ("country", "DEU", "Germany"),
    "canada": ("country", "CAN", "Canada"),
    "australia": ("country", "AUS", "Australia"),
    "ireland": ("country", "IRL", "Ireland"),
    "spain": ("country", "ESP", "Spain"),
    "italy": ("country", "ITA", "Italy"),
    "netherlands": ("country", "NLD", "Netherlands"),
    "japan": ("country", "JPN", "Japan"),
    "scotland": ("country", "GB-SCT", "Scotland"),
    # English regions (the ONS knife series publishes them; 'West Midlands' is the force, London the Met)
    "north east": ("region", "E12000001", "North East"),
    "north west": ("region", "E12000002", "North West"),
    "yorkshire and the humber": ("region", "E12000003", "Yorkshire and The Humber"),
    "east midlands": ("region", "E12000004", "East Midlands"),
    "east of england": ("region", "E12000006", "East of England"),
    "south east": ("region", "E12000008", "South East"),
    "south west": ("region", "E12000009", "South West"),
    "new york": ("city", "nyc", "New York City"),
    "new york city": ("city", "nyc", "New York City"),
    "nyc": ("city", "nyc", "New York City"),
    "nypd": ("city", "nyc", "New York City"),      # the city's police department: its figures are the city's
}


# The City of London (its own police force), by the names people use.
_CITY_WORDS = {"city of london", "the city of london", "the city", "city of london police",
               "the city of london police", "square mile", "the square mile", "city of london corporation"}
_WARD_SUFFIX = re.compile(r"\s+ward$")
_WARD_CACHE: dict[tuple[str, int], dict[str, list[tuple[str, str, str | None]]]] = {}


def ward_names(store: StoreLike) -> dict[str, list[tuple[str, str, str | None]]]:
    """normalised ward name -> [(ward code, name as written, borough code)] for the wards the store
    counts crimes for (``counts`` rows at ward level), cached per store and ingest."""
    key = ingest_marker(store)
    got = _WARD_CACHE.get(key)
    if got is None:
        got = {}
        for code, name, parent in wards_counted(store):
            got.setdefault(normalise_name(name), []).append((code, name, parent))
        _WARD_CACHE.clear()
        _WARD_CACHE[key] = got
    return got


def _ward(n: str, store: StoreLike, *, said_ward: bool) -> Area | None:
    """A ward by normalised name, optionally qualified by its borough ('highgate camden'); None if none.

    Raises UnknownAreaError when two boroughs have a ward of that name and none is named."""
    wards = ward_names(store)
    borough: str | None = None
    hits = wards.get(n, [])
    if not hits:   # 'highgate ward camden', 'highgate in camden', 'highgate camden'
        for b in sorted(london_boroughs(), key=lambda b: -len(b.name)):
            bn = normalise_name(b.name)
            for joint in (" ward in ", " ward ", " in ", " "):
                if n.endswith(joint + bn) and wards.get(n[: -len(joint + bn)]):
                    hits, borough = wards[n[: -len(joint + bn)]], b.code
                    break
            if borough:
                break
        if borough:
            hits = [h for h in hits if h[2] == borough]
    if not hits:
        return None
    if len(hits) > 1:
        names = {b.code: b.name for b in london_boroughs()}
        options = "; ".join(f"{h[1]} ward in {names.get(h[2] or '', h[2])} ({h[0]})" for h in hits)
        raise UnknownAreaError(f"there is more than one ward called {hits[0][1]!r}: {options}. Name the borough "
                               f"(e.g. '{hits[0][1]} ward, {names.get(hits[0][2] or '', hits[0][2])}') or give the ward code.")
    code, name, parent = hits[0]
    bname = {b.code: b.name for b in london_boroughs()}.get(parent or "", parent)
    return Area("ward", code, name, note=f"{name} is a ward in {bname}" + ("" if said_ward else
                                          " (read as the ward of that name)"))


@lru_cache(maxsize=1)
def place_aliases() -> dict[str, tuple[str, str]]:
    """normalised alias -> (alias as written, borough name)."""
    with resources.files("crimestats.data").joinpath("place_aliases.csv").open(encoding="utf-8") as fh:
        return {normalise_name(r["alias"]): (r["alias"], r["borough"]) for r in csv.DictReader(fh)}


def _borough_area(name: str) -> Area | None:
    code = borough_code(name)
    if code is None:
        return None
    if code == AIRPORTS_CODE:
        return Area("borough", code, "Heathrow and London City airports (Met aviation command)")
    if code == "E09000001":
        return Area("force", CITY_FORCE[0], "City of London",
                    note="The City of London has its own police force (City of London Police)")
    b = next(b for b in london_boroughs() if b.code == code)
    return Area("borough", b.code, b.name)


def resolve_area(text: str, *, store: StoreLike | None = None) -> Area:
    """Name or code -> Area; raises UnknownAreaError with close names when unknown."""
    raw = text.strip()
    n = normalise_name(raw)
    for prefix in ("the london borough of ", "london borough of ", "the borough of ", "borough of ",
                   "royal borough of ", "the royal borough of "):
        if n.startswith(normalise_name(prefix)):
            n = n[len(normalise_name(prefix)):].strip()
    if n in {normalise_name(w) for w in _LONDON_WORDS}:
        return london_area()
    said_ward = bool(_WARD_SUFFIX.search(n)) or " ward " in n
    if said_ward and store is not None:     # 'Stratford ward' is the ward, not the town of Stratford
        bare = _WARD_SUFFIX.sub("", n)
        ward = _ward(bare, store, said_ward=True) or _ward(n.replace(" ward ", " ", 1), store, said_ward=True)
        if ward is not None:
            return ward
    if n in _CITY_WORDS and (city := _borough_area("City of London")) is not None:
        return city
    if n in _COUNTRIES:
        t, c, name = _COUNTRIES[n]
        return Area(t, c, name)
    by_code = {b.code: b.name for b in london_boroughs()}
    if raw.upper() in by_code and (by_its_code := _borough_area(by_code[raw.upper()])) is not None:
        return by_its_code
    if raw.upper() in (MET_FORCE[2], "E23000001") or raw.lower() == MET_FORCE[0]:
        return london_area()
    for t, c, name in _COUNTRIES.values():  # country and city codes (GBR, E92000001+W92000004, nyc)
        if raw.upper() == c.upper():
            return Area(t, c, name)
    area = _borough_area(raw) or _borough_area(n)
    if area:
        return area
    aliases = place_aliases()
    if n in aliases:
        written, borough = aliases[n]
        b = _borough_area(borough)
        if b is not None:
            return Area(b.area_type, b.code, b.name, alias=written,
                        note=f"{written} lies in the London Borough of {b.name}; figures are for the "
                             f"whole borough, not {written} alone")
    code = raw.upper()
    if store is not None:
        force = find_force(raw, store)     # 'South Yorkshire Police', 'Cumbria Constabulary'
        if force is not None:
            return Area("force", force[0], force[1])
        ward = _ward(n, store, said_ward=False)
        if ward is not None:
            return ward
        row = area_by_code_or_name(store, code=code, name=raw) or \
            small_area_by_code_or_name(store, code=code, name=raw)
        if row is not None:
            return Area(row[0], row[1], row[2] or row[1])
    names = ["London"] + [b.name for b in london_boroughs()] + [a for a, _ in aliases.values()] + \
        [v[2] for v in _COUNTRIES.values()]
    close = difflib.get_close_matches(raw, names, n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    raise UnknownAreaError(
        f"area {raw!r} is not known: use London, a London borough, a town in a borough (e.g. Ilford), "
        f"a ward or LSOA code, or a country.{hint}")
