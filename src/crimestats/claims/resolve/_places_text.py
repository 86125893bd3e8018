"""Places named in text below the borough and in the City: wards and the Square Mile.

``_extract.find_places`` knows London, boroughs, towns and forces by a fixed list.  News text also
names wards ("Crime in the <place> ward rose N%", "<borough>'s <place> ward", "<place>, home to
<a landmark>, was the borough's hotspot") and the City of
London by its nicknames ("the Square Mile", "the City").  Those are found here, with the store's
ward list (``crimestats.measures._places.ward_names``), so a claim about a ward is counted for the ward, not
for the whole borough, and a City article keeps the City.

A ward name is read without the word "ward" only when it has two words or more and is not also a
town or borough name ("<town>" stays the town; "<town> <words>" is the ward).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ...measures._places import place_aliases, ward_names
from ...reference._areas import normalise_name
from ...store._store import StoreLike
from ..extract._place_names import find_places

__all__ = ["find_places_in", "ward_scope"]

# Within one check the store does not change: its ward list is read once, not once per claim (a
# per-claim database round-trip made long texts slow).
_WARD_MEMO: ContextVar[dict[int, Any] | None] = ContextVar("ward_memo", default=None)


@contextmanager
def ward_scope() -> Iterator[None]:
    """Read the store's ward list at most once inside this block."""
    token = _WARD_MEMO.set({})
    try:
        yield
    finally:
        _WARD_MEMO.reset(token)


def _wards(store: StoreLike) -> dict[str, list[tuple[str, str, str | None]]]:
    memo = _WARD_MEMO.get()
    if memo is None:
        return ward_names(store)
    if id(store) not in memo:
        memo[id(store)] = ward_names(store)
    got: dict[str, list[tuple[str, str, str | None]]] = memo[id(store)]
    return got

# 'the Square Mile'; 'the City' (capital C) but not 'the City of Westminster', 'City Hall', 'City Airport'
_CITY = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?Square\s+Mile(?![\w-])|(?<![\w-])[Tt]he\s+City(?![\w-])"
                   r"(?!\s+(?:of|Hall|Airport|Council|Road|Academy|University|and\s+Hackney)\b)")
# a run of capitalised words (with 'and', 'of', "St." inside) - a candidate ward name
_CAPS = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:and|&|of|the|upon)\s+)?[A-Z][\w'’.-]*)*")
_WARD_WORD = re.compile(r"\s+[Ww]ards?\b")
_MAX_WORDS = 6


# a bare ward name that is also a town centre, station or spot: 'operations around <borough> Broadway'
_SPOT_BEFORE = re.compile(r"\b(?:around|near|outside|opposite|by|at|off)\s+(?:the\s+)?$", re.I)
_LANDMARK_LAST = {"broadway", "station", "centre", "center", "high", "junction", "cross", "circus", "market"}


def _landmark(text: str, start: int, name: str, aliases: Any) -> bool:
    """True when a bare ward name reads as a spot in a town ('near <borough> Broadway', '<borough> Broadway'),
    so the town or borough it sits in stays the place."""
    if _SPOT_BEFORE.search(text[max(0, start - 14):start]):
        return True
    parts = name.split()
    return len(parts) >= 2 and parts[-1].lower() in _LANDMARK_LAST and normalise_name(parts[0]) in aliases


def _ward_spans(text: str, store: StoreLike) -> list[tuple[int, int, str]]:
    """(start, end, name) for ward names: '<Name> ward' always, a bare name of 2+ words that is a
    ward and not a town or borough."""
    try:
        wards = _wards(store)
    except Exception:        # an empty or older store: no ward list, no wards
        return []
    if not wards:
        return []
    aliases = place_aliases()
    out: list[tuple[int, int, str]] = []
    for m in _CAPS.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        said = _WARD_WORD.match(text, m.end()) is not None
        best: tuple[int, int, str] | None = None
        # sub-runs ending at the run's end first when 'ward' follows, else any sub-run; longest first
        for n in range(min(len(words), _MAX_WORDS), 0, -1):
            starts = [len(words) - n] if said else range(0, len(words) - n + 1)
            for i in starts:
                a, b = m.start() + words[i].start(), m.start() + words[i + n - 1].end()
                name = re.sub(r"^(?:the|The)\s+", "", text[a:b]).rstrip(".,'’")
                name = re.sub(r"['’]s$", "", name)
                key = normalise_name(name)
                if key not in wards:
                    continue
                if not said and (n < 2 or key in aliases or _landmark(text, a, name, aliases)):
                    continue
                ward_word = _WARD_WORD.match(text, m.end())
                end = ward_word.end() if said and ward_word else b
                best = (a, end, name + " ward")
                break
            if best:
                break
        if best:
            out.append(best)
    return out


# 'Westminster' meaning Parliament: 'Westminster Hall', 'MPs in Westminster', 'told Westminster'
_PARLIAMENT_AFTER = re.compile(r"\s+(?:Hall|Palace|Abbey|Bridge|politicians?|politics|village|bubble|elites?|parties|"
                               r"insiders?|debates?|lobby|correspondents?|sources?)\b|['’]s\s+(?:politicians|parties|"
                               r"response|inaction|attention)\b")
_PARLIAMENT_BEFORE = re.compile(r"(?:\bMPs?|\bministers?|\bpoliticians|\b[Pp]arliament|\blobb(?:y|ied|ying)|\btold|"
                                r"\btell(?:s|ing)?|\bwarned|\burged|\bcorridors\s+of|\bdown\s+in|\bback\s+in|"
                                r"\bhere\s+in|\bspeech\s+in|\bdebate\s+in|\bsitting\s+in|\bvote\s+in|"
                                r"\bHouse\s+of\s+Commons\s+in)\s+(?:in\s+|at\s+|to\s+)?$")


# 'London <Bridge>', 'London <Zoo>', the 'London <Assembly>': a spot or a body whose name starts with 'London', not London
_NAMED_AFTER_LONDON = re.compile(r"\s+(?:Fields|Bridge|Road|Zoo|Eye|Underground|Overground|Stadium|Wall|Assembly|Councils|"
                                 r"Ambulance|Fire|Transport|Marathon|Wetland|Dock|Docks|Colney)\b")


# 'BBC Radio <place>', 'ITV <place>': a broadcaster named after its region, not the place a text is about
_BROADCASTER_BEFORE = re.compile(r"\b(?:BBC(?:\s+Radio)?|Radio|ITV|ITV\s+News|LBC)\s+$")


def _broadcaster(text: str, start: int) -> bool:
    return _BROADCASTER_BEFORE.search(text[max(0, start - 16):start]) is not None


def _parliament(text: str, start: int, end: int, name: str) -> bool:
    """True when 'Westminster' is Parliament, not the borough."""
    if name != "Westminster":
        return False
    return _PARLIAMENT_AFTER.match(text, end) is not None or \
        _PARLIAMENT_BEFORE.search(text[max(0, start - 40):start]) is not None


def find_places_in(text: str, *, store: StoreLike | None = None) -> list[tuple[int, int, str]]:
    """Place names in ``text`` with offsets: ``find_places`` plus wards and the City's nicknames.
    A ward span hides the town or borough names inside it ('<town>' in '<town> <words>');
    'Westminster' meaning Parliament ('Westminster Hall', 'MPs in Westminster') is no place."""
    extra = [(m.start(), m.end(), m.group(0)) for m in _CITY.finditer(text)]
    if store is not None:
        extra += _ward_spans(text, store)
    base = [p for p in find_places(text) if not any(p[0] < e and s < p[1] for s, e, _ in extra)
            and not _parliament(text, *p) and not (p[2] == "London" and _NAMED_AFTER_LONDON.match(text, p[1]))
            and not _broadcaster(text, p[0])]
    return sorted(base + extra)
