"""Numbers as journalists write them: digits, words ('nine', 'tens of thousands') and fractions.

Everything here is pure text handling, with bounded, linear regular expressions (no nested
repetition), so a megabyte of pasted text is scanned in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._lexicon import NUMBER_WORDS, SCALE_WORDS, VAGUE_QUANTITIES

__all__ = ["NumberToken", "find_numbers", "word_number", "big_word_number"]

# Number words from the lexicon: two to nineteen ('one' is a figure only as a rate, below), and the tens.
_UNITS = {w: v for w, v in NUMBER_WORDS.items() if 2 <= v < 20}
_TENS = {w: v for w, v in NUMBER_WORDS.items() if v >= 20}
VAGUE = VAGUE_QUANTITIES


@dataclass(frozen=True)
class NumberToken:
    """A number found in text: its value (or band), where it is, and how it was written."""

    start: int
    end: int
    text: str
    value: float
    low: float
    high: float
    written: str     # 'digits' | 'words' | 'vague'


# No crime figure has more than 15 digits before the point; longer runs are identifiers (and a 310-digit
# run would overflow a float).
MAX_FIGURE_DIGITS = 15
_SCALES = SCALE_WORDS
_WORD_ALT = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_SCALE_ALT = "|".join(SCALE_WORDS)
# 'one hundred and nine', 'two thousand', 'a hundred', 'twenty-five thousand': a bounded run of words.
_SMALL = rf"(?:{_WORD_ALT})(?:[- ](?:{_WORD_ALT}))?"
_BIG = (rf"(?:a|one|{_SMALL})[ -](?:{_SCALE_ALT})"
        rf"(?:(?:,?\s(?:and\s)?|[ -])(?:(?:{_SMALL})[ -](?:{_SCALE_ALT})|{_SMALL})){{0,3}}")
_ONES_ALT = "|".join(k for k in _UNITS if _UNITS[k] < 10)
_VAGUE_ALT = "|".join(re.escape(k) for k in sorted(VAGUE, key=len, reverse=True))
_DIGITS = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
# Digits not glued to letters, slashes, colons or hyphens ('A13', '9/11', '24/7', '10:30', 'COVID-19').
_NUM_RE = re.compile(
    rf"(?<![\w/:.,£$€#⁄-])(?P<d>{_DIGITS})(?![\w/:⁄]|[.,][0-9]|-\w)"
    rf"(?P<scale>\s(?:million|m\b|bn|billion))?"
    rf"|\b(?P<v>{_VAGUE_ALT})\b"
    rf"|\b(?P<big>{_BIG})\b"
    rf"|\b(?P<w>(?:{_WORD_ALT})(?:[- ](?:{_ONES_ALT}))?)\b"
    # 'one' is a figure only as a rate ('around one per 100,000', 'one homicide for every 100,000') or a percentage
    r"|\b(?P<one>one)(?=(?:\s[a-z-]+){0,2}\s(?:per|for\severy|in\severy)\s(?:100,000|100000|100k|10,000|"
    r"1,000|1000|thousand|million)\b|\s?(?:per\s?cent|percent)\b)",     # and as a percentage: 'one per cent'
    re.IGNORECASE,
)


def word_number(text: str) -> int | None:
    """'nine' -> 9, 'twenty-five' -> 25; None if not a number word."""
    t = text.lower().replace("-", " ").split()
    if not t:
        return None
    if len(t) == 1:
        return _UNITS.get(t[0], _TENS.get(t[0]))
    if len(t) == 2 and t[0] in _TENS and t[1] in _UNITS and _UNITS[t[1]] < 10:
        return _TENS[t[0]] + _UNITS[t[1]]
    return None


def big_word_number(text: str) -> int | None:
    """'one hundred and nine' -> 109, 'two thousand' -> 2000, 'a hundred' -> 100; None if not one."""
    words = [w for w in re.split(r"[\s,-]+", text.lower()) if w and w != "and"]
    total, cur = 0, 0
    for w in words:
        if w in ("a", "one"):
            cur += 1
        elif w in _UNITS:
            cur += _UNITS[w]
        elif w in _TENS:
            cur += _TENS[w]
        elif w in _SCALES:
            scale = _SCALES[w]
            if scale == 100:
                cur = max(cur, 1) * 100
            else:
                total += max(cur, 1) * scale
                cur = 0
        else:
            return None
    return total + cur


# a house number before a street name ('on N <place>', 'at N <place>')
_ADDRESS_AFTER = re.compile(r"[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Lane|Road|Street|Avenue|Close|Way|Gardens|"
                            r"Place|Square|Terrace|Drive|Court|Crescent|Grove|Row|Walk|Mews|Rise|Parade|Hill)\b")


def find_numbers(text: str) -> list[NumberToken]:
    """Every number-like token in ``text`` (digits, number words, vague quantities), in order."""
    out: list[NumberToken] = []
    for m in _NUM_RE.finditer(text):
        if m.group("d"):
            raw = m.group("d")
            if sum(ch.isdigit() for ch in raw.split(".", 1)[0]) > MAX_FIGURE_DIGITS:
                continue       # a serial number or a dump, not a figure (and beyond a float's range)
            v = float(raw.replace(",", ""))
            if m.group("scale"):   # 'N.N million', '3m': read as rounded at the precision written
                mult = 1_000_000_000 if m.group("scale").strip().lower() in ("bn", "billion") else 1_000_000
                step = 10 ** -(len(raw.split(".", 1)[1]) if "." in raw else 0)
                out.append(NumberToken(m.start(), m.end(), m.group(0), v * mult, (v - step / 2) * mult,
                                       (v + step / 2) * mult, "scaled"))
                continue
            if _ADDRESS_AFTER.match(text, m.end()):
                continue       # 'N <place>': a house number, not a figure
            out.append(NumberToken(m.start(), m.end(), raw, v, v, v, "digits"))
        elif m.group("big"):
            raw = m.group("big")
            n = big_word_number(raw)
            if n:
                out.append(NumberToken(m.start(), m.end(), raw, float(n), float(n), float(n), "words"))
        elif m.group("one"):
            out.append(NumberToken(m.start(), m.end(), m.group("one"), 1.0, 1.0, 1.0, "words"))
        elif m.group("v"):
            raw = m.group("v")
            lo, hi = VAGUE[raw.lower()]
            out.append(NumberToken(m.start(), m.end(), raw, float(lo), float(lo), float(hi), "vague"))
        else:
            raw = m.group("w")
            n = word_number(raw)
            if n is None:
                continue
            out.append(NumberToken(m.start(), m.end(), raw, float(n), float(n), float(n), "words"))
    return out
