"""'The same year', 'that year': the year the sentence before named, even when that sentence held
no claim the checker could read ("In <year> <force> Police saw its figure more than
double.  <force>'s total tripled in the same year.").

And a rate or total said with a pronoun ("Its rate, almost N offences per 100,000 residents")
is of the measure the article was talking about, not of all crime: 'offences' there is only the
rate's unit.
"""

from __future__ import annotations

import re

from .._lexicon import MONTH_ABBRS

__all__ = ["SAME_YEAR", "year_named_before", "pronoun_generic", "rate_unit_only"]

_I = re.IGNORECASE
SAME_YEAR = re.compile(r"\b(?:in\s+)?(?:the\s+same\s+(?:financial\s+)?year|that\s+(?:financial\s+)?year)\b", _I)
_YEAR = re.compile(r"(?<![\w/])(?:(?:19|20)\d{2}/(?:\d{2}|(?:19|20)\d{2})|(?:19|20)\d{2}-\d{2}(?!\d)|(?:19|20)\d{2})(?![\w/])")
# 'the year to <month> <year>': the year belongs to a month, not a year said on its own
_MONTH_BEFORE = re.compile(rf"(?:{'|'.join(MONTH_ABBRS)})[a-z]*\.?\s*$", _I)
# 'the highest toll since <year>', 'down from N in <year>': a comparison's other end, not the year talked about
_BASE_BEFORE = re.compile(r"\b(?:since|than|from|on|versus|against|compared\s+(?:with|to))\s+(?:[\w,']+\s+){0,3}?"
                          r"(?:in\s+)?$", _I)
_ANAPHOR = re.compile(r"^\W*(?:it|its|they|their|that|this|these|those|the\s+(?:figure|total|rate|number|force's|borough's))\b",
                      _I)
_GENERIC = re.compile(r"^(?:offences|incidents|offence|cases)$", _I)


def year_named_before(sentences: list[str]) -> str | None:
    """The last year or financial year written in the nearest earlier sentence that names one
    (``sentences`` nearest first, at most two looked at)."""
    for s in sentences[:2]:
        found = [m.group(0) for m in _YEAR.finditer(s) if not _MONTH_BEFORE.search(s[:m.start()])
                 and not _BASE_BEFORE.search(s[:m.start()])]
        if found:
            return found[-1].replace("-", "/")
    return None


def pronoun_generic(sentence: str, words: list[str]) -> bool:
    """True when the sentence opens with a pronoun ('Its rate, ...') and the only measure words in
    the claim's clause are generic units ('offences', 'crimes')."""
    return bool(_ANAPHOR.search(sentence)) and bool(words) and all(_GENERIC.match(w.strip()) for w in words)


_RATE_UNIT = re.compile(r"(?<![\w,.])[\d][\d,.]*\s+(?P<w>offences|incidents|cases)\s+(?:per|for\s+every|in\s+every)\s",
                        _I)


def rate_unit_only(sentence: str, words: list[tuple[int, str]]) -> bool:
    """True when every measure word of ``sentence`` (``words``: (position, word)) is the generic
    unit of a rate written right after its figure ('at N offences per 100,000 people'): the
    sentence names no crime of its own, so the rate is of the crime the article was talking about."""
    units = {m.start("w") for m in _RATE_UNIT.finditer(sentence)}
    return bool(units) and bool(words) and all(pos in units for pos, _ in words)

