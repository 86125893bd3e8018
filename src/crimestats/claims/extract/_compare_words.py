"""Comparisons with an earlier period written around a fraction or 'the same' (helpers for ``_extract``).

* "a third fewer burglaries in the first three months of <year> than in the same period of <year>":
  a ratio (about 2/3) between the claim's period and the baseline after 'than';
* "half as many ... as", "a quarter more robberies than in <year>";
* "N% more burglaries than neighbouring <borough>": a ratio between two places;
* "Crime was roughly the same last month as a year earlier": sameness with the period a year
  before (an equality claim against the year-earlier period).

Pure text, bounded patterns.  Each function takes the sentence text, a ``make(kind, pos, **fields)``
that builds a claim in the sentence's clause at ``pos``, and the list of spans already used (it
appends the spans it takes, so the figures inside are not read again as counts).
"""

from __future__ import annotations

import re
from typing import Callable

from .._lexicon import fraction_alternation, fraction_value, month_alternation
from .._model import Claim
from ._baselines import _PRE_PANDEMIC_YEAR
from ._place_names import find_places
from ._scan import Scan, Words

__all__ = ["fraction_comparisons", "same_as_before", "find_fraction_comparisons", "find_same_as_before",
           "find_equal", "find_same_place", "equal_gate", "same_gate"]

_I = re.IGNORECASE
_FRACTION_THAN = re.compile(
    r"\b(?P<h>(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+over|less\s+than|under|"
    rf"just\s+under)\s+)?(?P<f>{fraction_alternation(loose=True)})\s+(?P<w>fewer|more|less|lower|higher)\b(?=(?:\s+[\w'’,-]+){{0,12}}?\s+than\b)", _I)
_SAME_BEFORE = re.compile(
    r"\b(?P<h>(?:roughly|about|broadly|much|virtually|almost|nearly|more\s+or\s+less|largely)\s+)?(?:the\s+|exactly\s+the\s+|(?<=[,;:-]\s))same\s+"
    r"(?:(?!as\b)[\w'’]+\s+){0,4}?as\s+(?P<b>a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|"
    r"the\s+previous\s+year|the\s+same\s+(?:month|period|time)\s+(?:a|last)\s+year)\b", _I)


# 'back to pre-pandemic levels', 'has returned to where it was before the pandemic': about the same as 2019
_BACK_TO_BEFORE = re.compile(
    r"\b(?:back|returned|returning|returns|return)\s+(?:down\s+|up\s+)?to\s+(?:(?:its|their|the)\s+)?"
    r"(?:pre-?\s?(?:pandemic|covid(?:-19)?|lockdown)\s+(?:levels?|figures?|numbers?)|"
    r"(?:where|what)\s+(?:it|they)\s+(?:was|were)\s+before\s+the\s+(?:pandemic|lockdowns?|covid(?:-19)?))\b", _I)
_CLOSE_HEDGES = ("virtually", "almost", "nearly", "essentially")
# 'were unchanged last year', 'remained flat', 'held steady': the same as the year before
_UNCHANGED = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|remained|remains|stayed|stays|held|holds)\s+"
    r"(?P<h>(?:virtually|almost|nearly|largely|broadly|roughly|essentially|more\s+or\s+less)\s+)?"
    r"(?P<w>unchanged|flat|steady|stable|static|level)\b(?!\s+(?:(?:from|on|with)\s+(?:in\s+)?(?:19|20)\d\d|"
    r"at\s+(?:19|20)\d\d|(?:from|on|with)\s+(?!the\s+(?:previous|year\s+before)|last\s+year|a\s+year\s+earlier)))", _I)


# '... than neighbouring <borough>': a ratio between two places, not a change over time
_THAN_PLACE = re.compile(r"(?:\s+[\w'’,-]+){0,12}?\s+than\s+(?:in\s+)?(?:(?:neighbouring|nearby|next-door)\s+|"
                         r"(?:its|their|our|her|his)\s+(?:[\w-]+\s+){0,2}?(?:neighbours?|rivals?|counterparts?)\s+)?"
                         r"(?P<t>[A-Z][\w'&.-]*(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'&.-]*){0,3})")


# '13% more burglaries than neighbouring <borough>': a percentage between two places (only with a place after 'than';
# 'N% more than in <year>' is a change over time, read by the figure rule)
_PCT_THAN = re.compile(
    r"\b(?P<h>(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+over|less\s+than|under|"
    r"just\s+under)\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)\s+(?P<w>fewer|more|less|lower|higher)\b"
    r"(?=(?:\s+[\w'’,-]+){0,12}?\s+than\b)", _I)


def _hedge(h: str | None) -> str:
    h = " ".join((h or "").lower().split())
    if h in ("more than", "over", "just over"):
        return "more_than"
    if h in ("less than", "under", "just under"):
        return "fewer_than"
    return "about"


def fraction_comparisons(st: str, make: Callable[..., Claim], used: list[tuple[int, int]]) -> list[Claim]:
    """'a third fewer burglaries ... than in the same period of <year>' -> ratio claims."""
    out: list[Claim] = []
    if " than " not in st.lower():
        return out
    for m in _FRACTION_THAN.finditer(st):
        if any(a <= m.start("f") < b for a, b in used):
            continue
        f = fraction_value(m.group("f"))
        if f is None:
            continue
        down = m.group("w").lower() in ("fewer", "less", "lower")
        used.append(m.span())
        than = _THAN_PLACE.match(st, m.end())
        places = find_places(than.group("t")) if than else []
        place = {"compare_to": places[0][2]} if places and places[0][0] == 0 else {}
        out.append(make("ratio", m.start(), claimed_text=m.group(0), value=(1 - f) if down else (1 + f),
                        unit="ratio", direction="down" if down else "up", approx=_hedge(m.group("h")), **place))
    for m in _PCT_THAN.finditer(st):
        if any(a <= m.start("n") < b for a, b in used):
            continue
        than = _THAN_PLACE.match(st, m.end())
        places = find_places(than.group("t")) if than else []
        if not places or places[0][0] != 0:
            continue
        f = float(m.group("n")) / 100
        down = m.group("w").lower() in ("fewer", "less", "lower")
        used.append(m.span())
        out.append(make("ratio", m.start(), claimed_text=m.group(0), value=(1 - f) if down else (1 + f),
                        unit="ratio", direction="down" if down else "up",
                        approx=_hedge(m.group("h")) if m.group("h") else "exact", compare_to=places[0][2]))
    return out


def same_as_before(st: str, make: Callable[..., Claim], used: list[tuple[int, int]]) -> list[Claim]:
    """'roughly the same last month as a year earlier' -> an equality claim with the year before."""
    out: list[Claim] = []
    low = st.lower()
    if "same" not in low and not any(w in low for w in ("unchanged", "flat", "steady", "stable", "static", "level",
                                                         "back", "return")):
        return out
    for m in _SAME_BEFORE.finditer(st):
        if any(a <= m.start() < b for a, b in used):
            continue
        used.append(m.span("b"))
        out.append(make("equality", m.start(), claimed_text=m.group(0), equal_to_text=m.group("b"),
                        approx="about" if m.group("h") else "exact"))
    for m in _BACK_TO_BEFORE.finditer(st) if ("back" in low or "return" in low) else ():
        if any(a <= m.start() < b for a, b in used):
            continue
        used.append(m.span())
        out.append(make("equality", m.start(), claimed_text=m.group(0), equal_to_text=_PRE_PANDEMIC_YEAR, approx="about"))
    for m in _UNCHANGED.finditer(st):
        if any(a <= m.start() < b for a, b in used) or any(c.start <= m.start() < c.end for c in out):
            continue
        used.append(m.span())
        hedge = (m.group("h") or "").split()[0].lower() if m.group("h") else ""
        # 'virtually unchanged': closer than 'broadly unchanged' or 'flat'
        out.append(make("equality", m.start(), claimed_text=m.group(0), equal_to_text="the year before",
                        approx="close" if hedge in _CLOSE_HEDGES else
                        "about" if m.group("h") or m.group("w").lower() != "unchanged" else "exact"))
    return out


_EQUAL = re.compile(
    r"\b(?:equal(?:ling|led|s)?\s+to|the\s+same(?:\s+(?:number|figure|level|total|count|amount)"
    r"(?:\s+of\s+[\w'-]+(?:\s+[\w'-]+)?)?)?"
    r"(?:\s+in\s+(?P<own>(?:19|20)\d{2}))?\s+as|level\s+with|"
    r"matching|unchanged\s+(?:from|on))"
    rf"(?:\s+[\w'-]+){{0,6}}?\s+(?P<year>(?:(?:{month_alternation(capitalised=True)})\s+)?\d{{4}}(?:/\d{{2}})?)\b", _I)
# '(exactly) as many <crimes> in <month> as in <month>': two months of the year talked about, the same figure
_AS_MANY_MONTHS = re.compile(
    rf"\b(?P<h>(?:exactly|precisely|almost\s+exactly|roughly|about|nearly|almost)\s+)?as\s+many\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"in\s+(?P<own>(?-i:{month_alternation(short=False, capitalised=True)}))\s+as\s+(?:in\s+)?"
    rf"(?P<other>(?-i:{month_alternation(short=False, capitalised=True)}))\b(?!\s+(?:19|20)\d{{2}})", _I)
# sameness with a place: 'roughly the same as England and Wales', 'similar to the national rate'
_SAME_PLACE = re.compile(
    r"\b(?:(?P<h>roughly|about|broadly|much|almost|nearly|virtually|more\s+or\s+less)\s+)?"
    r"(?:the\s+same(?:\s+(?:number|level|amount|rate|total)(?:\s+of\s+[\w'-]+(?:\s+[\w'-]+)?)?)?"
    r"(?P<p>\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d{2}(?:/\d{2})?)?\s+as(?:\s+in)?|similar\s+to|"
    r"in\s+line\s+with|on\s+a\s+par\s+with|level\s+with)\s+"
    r"(?:(?:that|those|the\s+rate|the\s+figure)\s+(?:of|in|for)\s+)?(?P<t>[A-Z][\w'&.-]*(?:\s+(?:and\s+)?[A-Z][\w'&.-]*){0,3})")


def find_fraction_comparisons(sc: Scan) -> list[Claim]:
    return fraction_comparisons(sc.st, sc.make, sc.used)


def find_same_as_before(sc: Scan) -> list[Claim]:
    return same_as_before(sc.st, sc.make, sc.used)


_EQUAL_GATE_TEST = Words("equal", "same ", "level with", "matching", "unchanged")


def equal_gate(sc: Scan) -> bool:
    return (sc.digits and _EQUAL_GATE_TEST(sc.low)) or "as many" in sc.low


EQUAL_NEEDS = Words(*_EQUAL_GATE_TEST.words, "as many")


def find_equal(sc: Scan) -> list[Claim]:
    """'the same as in <year>', 'unchanged from <year>': equality with a year."""
    out = []
    st = sc.st
    for m in _EQUAL.finditer(st):
        head = st[m.end(0) - len(m.group(0)):m.start("year")]
        words_after = re.sub(r"^\W*(?:equal(?:ling|led|s)?\s+to|the\s+same\s+as|level\s+with|matching|unchanged\s+(?:from|on))\s+",
                             "", head, flags=_I)
        places = find_places(words_after)
        if places and places[0][0] <= 4:
            continue    # 'level with <place>'s in <year>': the same as another place, not another year
        sc.used.append(m.span())
        hedged = re.search(r"\b(?:roughly|about|broadly|much|almost|nearly|virtually|more\s+or\s+less)\s+(?:exactly\s+)?$",
                           st[max(0, m.start() - 20): m.start()], _I)
        # 'the same in <year> as in <year>': the first year is the claim's own
        extra = {"period_text": m.group("own")} if m.group("own") else {}
        out.append(sc.make("equality", m.start(), equal_to_text=m.group("year"), claimed_text=m.group(0),
                           approx=("close" if hedged.group(0).split()[0].lower() in _CLOSE_HEDGES else "about") if hedged
                           else "exact", **extra))
    for m in _AS_MANY_MONTHS.finditer(st) if "as many" in sc.low else ():
        if any(a <= m.start() < b for a, b in sc.used):
            continue
        sc.used.append(m.span())
        h = (m.group("h") or "").strip().lower()
        out.append(sc.make("equality", m.start(), equal_to_text=m.group("other"), claimed_text=m.group(0),
                           period_text=m.group("own"), approx="exact" if h in ("", "exactly", "precisely") else "about"))
    return out


_SAME_GATE_TEST = Words("same as", "similar to", "in line with", "on a par", "level with", "the same ", "identical",
                        "equal number", "as many")


def same_gate(sc: Scan) -> bool:
    return _SAME_GATE_TEST(sc.low)


SAME_NEEDS = _SAME_GATE_TEST


# '<borough> and <borough> recorded almost exactly the same number of crimes': two places, the same figure
_PAIR_SAME = re.compile(
    r"(?P<a>[A-Z][\w'&.-]*(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'&.-]*){0,3}?)\s+and\s+(?P<b>[A-Z][\w'&.-]*(?:\s+"
    r"(?:upon\s+|and\s+)?[A-Z][\w'&.-]*){0,3}?)\s+(?:recorded|had|saw|logged|reported|registered)\s+"
    r"(?P<h>(?:almost|nearly|virtually|more\s+or\s+less|roughly|about|much|broadly)\s+(?:exactly\s+)?|exactly\s+)?"
    r"(?:the\s+same|(?P<id>an\s+identical|identical|an\s+equal|equal|exactly\s+the\s+same))\s+(?:number|level|amount|total)\b")
# '<place> had as many <crimes> as <place>': the same figure in two places
_AS_MANY_AS = re.compile(
    r"(?P<a>[A-Z][\w'&.-]*(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'&.-]*){0,3}?)\s+(?:recorded|had|saw|logged|reported|suffered)\s+"
    r"(?P<h>(?:almost|nearly|about|roughly|just\s+about|exactly)\s+)?as\s+many\s+(?:[\w'’-]+\s+){1,3}?as\s+"
    r"(?:neighbouring\s+|nearby\s+)?(?P<b>[A-Z][\w'&.-]*(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'&.-]*){0,3})")


def find_same_place(sc: Scan) -> list[Claim]:
    """'roughly the same as England and Wales': sameness with a place."""
    out = []
    for m in _PAIR_SAME.finditer(sc.st) if " and " in sc.low else ():
        a, b = find_places(m.group("a")), find_places(m.group("b"))
        if not a or not b or a[0][0] != 0 or b[0][0] != 0:
            continue
        sc.used.append(m.span())
        c = sc.make("comparison", m.start(), direction="same", compare_to=b[0][2], claimed_text=m.group(0),
                    approx="exact" if (m.group("h") or "").strip().lower() == "exactly" or m.group("id") else "about")
        c.clause = f"{a[0][2]}: {c.clause}"      # the first place is the claim's own
        out.append(c)
    for m in _AS_MANY_AS.finditer(sc.st) if "as many" in sc.low else ():
        a, b = find_places(m.group("a")), find_places(m.group("b"))
        if not a or not b or b[0][0] != 0 or any(x <= m.start() < y for x, y in sc.used):
            continue
        sc.used.append(m.span())
        h = (m.group("h") or "").strip().lower()
        out.append(sc.make("comparison", m.start("b"), direction="same", compare_to=b[0][2],
                           claimed_text=m.group(0),
                           approx="about" if h and h != "exactly" else "exact"))
    for m in _SAME_PLACE.finditer(sc.st):
        places = find_places(m.group("t"))
        if not places or places[0][0] != 0:
            continue
        if m.group("p"):    # 'the same last year as <place>': the period stays free for the claim's period
            sc.used += [(m.start(), m.start("p")), (m.end("p"), m.end())]
        else:
            sc.used.append(m.span())
        out.append(sc.make("comparison", m.start(), direction="same",
                           compare_to=places[0][2], claimed_text=m.group(0).rstrip("."),
                           approx="about" if m.group("h") or "same" not in m.group(0).lower() else "exact",
                           # "the borough's rate is now the same as <place>'s": rates per resident, not counts
                           by_rate=re.search(r"\brates?\b|\bper\s+(?:1,?000|100,?000)\b", sc.st[:m.start()], re.I) is not None))
    return out
