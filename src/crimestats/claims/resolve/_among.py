"""The few places a ranking is among: 'the highest rate of the four' ranks the places the text names.

An article about a handful of boroughs ranks them against each other ('of the four boroughs', 'among
the four'); the places are the distinct ones of the claim's kind (boroughs, or forces) named anywhere in
the text.  When the text names more than that, the ones named nearest the claim are taken; when it names
fewer, there is no reading and the ranking says so.
"""

from __future__ import annotations

from typing import Callable

from ...measures._places import Area

__all__ = ["places_among"]


def places_among(text: str, *, at: int, n: int, kind: str,
                 find: Callable[[str], list[tuple[int, int, str]]],
                 named: Callable[[str], Area | None]) -> tuple[Area, ...] | None:
    """The ``n`` distinct places of ``kind`` ('borough' | 'force') the text names, nearest ``at`` first when it
    names more; ``n`` 0: every one it names (at least two); None when it names fewer."""
    nearest: dict[str, tuple[int, Area]] = {}
    for start, _end, name in find(text):
        a = named(name)
        if a is None or a.area_type != kind:
            continue
        d = abs(start - at)
        if a.name not in nearest or d < nearest[a.name][0]:
            nearest[a.name] = (d, a)
    if len(nearest) < max(n, 2):
        return None
    chosen = sorted(nearest.values(), key=lambda t: t[0])[:n or len(nearest)]
    return tuple(sorted((a for _, a in chosen), key=lambda a: a.name))
