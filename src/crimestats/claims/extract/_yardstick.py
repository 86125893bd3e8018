"""Comparisons whose yardstick is left to the reader: 'ours', 'our rate', '<place>'s was lower', 'ten times higher'.

A column that has just given one place's figure goes on '<country> had a higher rate than ours', '<country>'s was
less than half of ours', 'In <country> the rate was roughly N times higher'.  Each is a comparison (or a ratio)
between the place it names and the place the text speaks of (``SELF``: the resolver reads it as the place whose
figure was given just before, else the text's own place).  Pure text; registered in ``_rules``.
"""

from __future__ import annotations

import re

from .._lexicon import fraction_alternation, number_alternation
from .._model import Claim
from ._extract_ratio import MULTIPLE_ALT, SELF, factor_words
from ._number_roles import _approx
from ._place_names import find_places
from ._scan import Scan, Words

__all__ = ["find_yardstick", "yardstick_gate", "OURS"]

_I = re.IGNORECASE
# the speaker's own figure named by a pronoun
# 'us' in lower case only: 'the US' is a country
OURS = (r"(?:ours|(?-i:us)(?!['’]s)|our\s+(?:own\s+)?(?:rate|figure|level|total|count|country|city|borough|force|area|nation)"
        # 'fewer <crimes> than we do'
        r"|we\s+(?:do|did)(?!\s+(?:not|in|last|this)\b))\b")
_HEDGE = r"(?P<h>(?:almost|nearly|about|around|roughly|some|just\s+over|just\s+under|less\s+than|more\s+than|over|under)\s+)?"
_MULT = rf"(?:{MULTIPLE_ALT}|(?:{number_alternation(2, 20)}|[2-9]|1[0-9])\s+times)"
# 'less than half of ours', 'nearly double our rate', 'three times ours'
_OF_OURS = re.compile(rf"\b{_HEDGE}(?P<f>{fraction_alternation()}|{_MULT})\s+(?:of\s+|that\s+of\s+)?{OURS}", _I)
# 'the rate was roughly ten times higher' (no 'than'): against the place just spoken of
_TIMES_HIGHER = re.compile(rf"\b{_HEDGE}(?P<f>{_MULT})\s+(?P<w>higher|greater|bigger|larger|lower|smaller)\b(?!\s+than)",
                           _I)
# '<place>'s was lower', '<place>'s is higher': the figure just named, for another place
_POSSESSIVE = re.compile(r"(?:^|,\s+|;\s+|\band\s+)(?P<t>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\s+"
                         r"(?:was|is|were|are)\s+(?:(?:much|far|a\s+little|slightly|even|also|still)\s+)?"
                         r"(?P<w>lower|higher|worse|better)\b(?!\s+than)")


_YARDSTICK_GATE_TEST = Words(" ours", " us", " our ", " times higher", " times lower", " times greater", "'s was", "’s was",
                             "'s is", "’s is", "'s were", "’s were")


def yardstick_gate(sc: Scan) -> bool:
    return _YARDSTICK_GATE_TEST(sc.low)


YARDSTICK_NEEDS = _YARDSTICK_GATE_TEST


def find_yardstick(sc: Scan) -> list[Claim]:
    """Ratios and comparisons against 'ours' or the place just spoken of."""
    out: list[Claim] = []
    st = sc.st
    for pat in (_OF_OURS, _TIMES_HIGHER):
        for m in pat.finditer(st):
            if not sc.free(m.start("f")):
                continue
            f = factor_words(m.group("f"))
            if pat is _TIMES_HIGHER and m.group("w").lower() in ("lower", "smaller"):
                f = 1 / f       # 'ten times lower': a tenth
            sc.used.append(m.span())
            sc.ratio_spans.append(m.span())
            out.append(sc.make("ratio", m.start(), claimed_text=m.group(0), value=f, unit="ratio", compare_to=SELF,
                               approx=_approx(m.group("h") or "")))
    for m in _POSSESSIVE.finditer(st):
        places = find_places(m.group("t"))
        if not places or places[0][0] != 0 or not sc.free(m.start("w")):
            continue
        sc.used.append(m.span("w"))
        out.append(sc.make("comparison", m.start("w"), claimed_text=m.group(0).lstrip(",; ").removeprefix("and "),
                           compare_to=SELF, direction="down" if m.group("w").lower() in ("lower", "better") else "up"))
    return out
