"""Police forces by the names people use, from the store's own vocabulary.

Force areas are named in the store by the population files (``areas``: 'South Wales Police',
'Merseyside') and by the police.uk files themselves (``coverage.scope_name``: the 'Falls within'
value, e.g. 'Cumbria Constabulary'), keyed by the data.police.uk force id.  A name matches when it
equals one of those, or its id, once case, 'the', '&'/'and', hyphens and a trailing 'Police',
'Constabulary' or 'Police Service' are set aside: 'South Yorkshire Police', 'Cumbria
Constabulary', 'Dyfed-Powys', 'south-wales' are all found.  No place name is written here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..reference._areas import normalise_name
from ..store._lookups import force_names as known_force_names

if TYPE_CHECKING:
    from ..store._store import StoreLike

__all__ = ["force_key", "force_names", "find_force"]

_SUFFIX = re.compile(r"\s+(?:police service|police force|police|constabulary|force)$")


def force_key(name: str) -> str:
    """A force name reduced to what identifies it ('The South Wales Police' -> 'south wales')."""
    n = normalise_name(name.replace("&", " and ").replace("-", " "))
    n = re.sub(r"^the\s+", "", n)
    return _SUFFIX.sub("", n).strip()


def force_names(store: "StoreLike") -> dict[str, tuple[str, str]]:
    """force key -> (force id, display name) for every force the store names."""
    out: dict[str, tuple[str, str]] = {}
    for code, name in known_force_names(store):   # areas' names first
        for key in (force_key(name), force_key(code)):
            if key:
                out.setdefault(key, (code, name))
    return out


def find_force(text: str, store: "StoreLike") -> tuple[str, str] | None:
    """(force id, name) of the force ``text`` names, or None."""
    key = force_key(text)
    return force_names(store).get(key) if key else None
