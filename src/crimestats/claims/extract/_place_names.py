"""Place names a claim can name: London and its boroughs, place aliases, police forces by their short
names, countries, and cities the store holds no figures for (a claim about them is unverifiable).

The static lists (forces, cities with no data, London words and countries) are in the lexicon
(``claims._lexicon``); the boroughs and aliases are read from package data here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._lexicon import FIXED_PLACE_NAMES, FORCE_NAMES, NO_DATA_PLACES

__all__ = ["find_places"]


def find_places(text: str) -> list[tuple[int, int, str]]:
    """Place names mentioned in ``text`` (London words, boroughs, aliases, countries), with offsets."""
    return list(_find_places(text))


@lru_cache(maxsize=1024)
def _find_places(text: str) -> tuple[tuple[int, int, str], ...]:
    """Cached: the resolver asks about the same sentence once per claim in it."""
    return tuple((m.start(), m.end(), m.group(0)) for m in _places_re().finditer(text))


_PLACES_CACHE: list[re.Pattern[str]] = []


def _places_re() -> re.Pattern[str]:
    if not _PLACES_CACHE:
        import csv
        from importlib import resources

        names = set(FIXED_PLACE_NAMES)
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
        # ('<region> Command Unit', '<region> BCU': a police command unit over several boroughs, not the region)
        _PLACES_CACHE.append(re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"
                                        r"(?!\s+(?:(?:Basic\s+)?Command\s+Unit|BCU)\b)"))
    return _PLACES_CACHE[0]
