"""Place names a claim can name: London and its boroughs, place aliases, police forces by their short
names, countries, and cities the store holds no figures for (a claim about them is unverifiable).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["find_places", "FORCE_NAMES", "NO_DATA_PLACES"]


def find_places(text: str) -> list[tuple[int, int, str]]:
    """Place names mentioned in ``text`` (London words, boroughs, aliases, countries), with offsets."""
    return list(_find_places(text))


@lru_cache(maxsize=1024)
def _find_places(text: str) -> tuple[tuple[int, int, str], ...]:
    """Cached: the resolver asks about the same sentence once per claim in it."""
    return tuple((m.start(), m.end(), m.group(0)) for m in _places_re().finditer(text))


# Police forces of England and Wales by the short names people use (-> data.police.uk slug).
FORCE_NAMES = {n.lower(): n.lower().replace(" & ", "-and-").replace(" and ", "-and-").replace(" ", "-") for n in (
    "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland", "Cumbria", "Derbyshire",
    "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester",
    "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire",
    "Merseyside", "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria",
    "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex",
    "Thames Valley", "Warwickshire", "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire")}
# Cities people compare London with, for which the store holds no crime figures of its own:
# a claim about them is unverifiable, never answered with London's figure.
NO_DATA_PLACES = {n.lower() for n in (
    "Manchester", "Birmingham", "Liverpool", "Leeds", "Sheffield", "Bristol", "Newcastle", "Nottingham",
    "Leicester", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "Bradford", "Coventry", "Southampton",
    "Portsmouth", "Brighton", "Oxford", "Cambridge", "Luton", "Milton Keynes", "Hull", "Reading", "Slough",
    "Paris", "Berlin", "Madrid", "Rome", "Amsterdam", "Dublin", "Brussels", "Stockholm", "Chicago",
    "Los Angeles", "Toronto", "Sydney", "Tokyo", "Washington", "Baltimore", "Johannesburg", "Moscow")}
_PLACES_CACHE: list[re.Pattern[str]] = []


def _places_re() -> re.Pattern[str]:
    if not _PLACES_CACHE:
        import csv
        from importlib import resources

        names = {"London", "the capital", "the region", "the Met", "The Met", "Metropolitan Police", "England and Wales",
                 "United Kingdom", "the UK", "United States", "the US", "New York", "France", "Germany",
                 "Canada", "Australia", "Paris", "Berlin", "City of London", "Greater London", "Scotland",
                 "UK", "US", "USA", "Britain", "Great Britain", "England", "Wales", "Spain", "Italy", "Ireland",
                 "Japan", "the Netherlands", "Netherlands"}
        names.update(n.title().replace(" And ", " and ").replace("-Powys", "-Powys") for n in FORCE_NAMES)
        names.update(n.title() for n in NO_DATA_PLACES)
        data = resources.files("crimestats.data")
        for fname, col in (("london_boroughs.csv", "area_name"), ("place_aliases.csv", "alias")):
            try:
                with data.joinpath(fname).open(encoding="utf-8") as fh:
                    names.update(r[col] for r in csv.DictReader(fh) if r.get(col))
            except FileNotFoundError:
                pass
        alts = []
        for n in sorted(names, key=len, reverse=True):
            alts.append(r"\s+".join(re.escape(w).replace(r"\ and\ ", r"\s+(?:and|&)\s+") for w in n.split()))
        # Capitalised names must match as written (case-sensitive: 'the capital' lower, 'Bow' not 'bow')
        _PLACES_CACHE.append(re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"))
    return _PLACES_CACHE[0]
