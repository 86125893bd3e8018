"""Wordings around a figure that decide what kind of claim it is (helpers for ``_extract``).

* "fell by roughly one in six" is a change (a ratio of about 5/6), not a share;
* "from N offences in <year> to ...": the first figure's own year comes after its noun;
* "up from seven the year before", "around one per 100,000": number words that are figures
  although no crime noun follows them;
* "London's population passed N.N million": a population figure named before the number;
* "Just under N ...": 'under' before a large figure is a bound, not an age.

Pure text, bounded patterns.
"""

from __future__ import annotations

import re

from .._lexicon import DOWN_VERBS, UP_VERBS, alternation

__all__ = ["one_in_change", "from_year_after_noun", "word_figure_role", "population_before", "could_be_age"]

_I = re.IGNORECASE
_DOWN = alternation(DOWN_VERBS + ("down", "drop", "dropping", "falling"))
_UP = alternation(UP_VERBS + ("up", "rising"))
# '... slumped by roughly one in six': the verb, 'by', an optional hedge, right before 'one in six'
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<v>{_DOWN}|{_UP})\s+by\s+(?P<h>(?:roughly|about|around|nearly|almost|some|approximately|"
    r"more\s+than|over|just\s+over|just\s+under|less\s+than|under)\s+)?$", _I)
_DOWN_RE = re.compile(rf"^(?:{_DOWN})$", _I)


def one_in_change(before: str, a: int, b: int, written: str) -> dict[str, object] | None:
    """'fell by roughly one in six' -> the fields of a ratio claim (now / then), else None."""
    m = _CHANGE_BEFORE.search(before[-60:])
    if m is None or b <= a:
        return None
    down = bool(_DOWN_RE.match(m.group("v")))
    hedge = " ".join((m.group("h") or "").lower().split())
    approx = "more_than" if hedge in ("more than", "over", "just over") else \
        "fewer_than" if hedge in ("less than", "under", "just under") else "about"
    f = a / b
    return {"value": (1 - f) if down else (1 + f), "unit": "ratio", "direction": "down" if down else "up",
            "approx": approx, "claimed_text": f"{hedge} {written}".strip()}


# 'N offences in <year>': a noun (not 'to'/'and') then 'in <year>' right after the figure
_NOUN_THEN_YEAR = re.compile(r"^(?:\s+(?!(?:to|and|in|from|on|than)\b)[a-z-]+){1,3}\s+in\s+"
                             r"(?P<p>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)


def from_year_after_noun(after: str) -> str | None:
    """'from N offences in <year> to ...': the year the first figure of a from-to pair names."""
    m = _NOUN_THEN_YEAR.match(after[:50])
    return m.group("p") if m else None


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|just\s+)?$", _I)
_BASE_AFTER = re.compile(r"^\s+(?:(?:in|during|for)\s+)?(?:the\s+(?:year|month)\s+(?:before|earlier)|the\s+previous\s+"
                         r"(?:year|month|12\s+months)|a\s+year\s+(?:earlier|before|ago)|last\s+year|"
                         r"(?:19|20)\d{2}(?:/\d{2})?)\b", _I)
_RATE_WORDS = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:per|for\s+every|in\s+every)\s+(?:(?:one|a)\s+)?"
                         r"(?:100,000|100000|100k|hundred\s+thousand|10,000|1,000|1000|thousand|million)\b", _I)


def word_figure_role(before: str, after: str) -> str | None:
    """A number written in words with no crime noun after it that is still a figure:
    'around one per 100,000' (a rate), 'up from seven the year before' (the earlier count)."""
    if _RATE_WORDS.match(after[:40]):
        return "rate"
    if _FROM_BEFORE.search(before[-20:]) and _BASE_AFTER.match(after[:40]):
        return "count"
    return None


_POP_BEFORE = re.compile(r"\bpopulation(?:'s)?\s+(?:(?:has|had|is|was|now|then|of|stood|stands|at|"
                         r"passed|reached|hit|topped|exceeded|surpassed|grew|rose|increased|to|nearly|almost|"
                         r"about|around|over|just|some|more|than|roughly)\s+){1,4}$", _I)


def population_before(before: str) -> bool:
    """'London's population passed N.N million': the figure is a population, named before it."""
    return _POP_BEFORE.search(before[-60:]) is not None


def could_be_age(value: float, text: str) -> bool:
    """'under 18' can be an age; 'under N,000' cannot (no one is that old)."""
    return value < 130 and "," not in text
