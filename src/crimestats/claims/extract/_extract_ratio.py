"""Ratio claims: multiples and fractions of a change, pure text.

"three times that of <place>" (a multiple of a place), "nearly double the number in <year>" (a multiple of
an earlier year), "halved", "tripled" (multiplier verbs), "fell by a third" (a fractional change).  Each
is a ``kind='ratio'`` claim; the spans of the last three go into ``Scan.ratio_spans`` so a fraction
inside one is not also read as a share.  Rules registered in ``_rules``.
"""

from __future__ import annotations

import re

from .._lexicon import (
    FRACTIONS,
    MULTIPLIER_PARTICIPLES,
    MULTIPLIERS,
    TIMES_WORDS,
    fraction_alternation,
    fraction_value,
    month_alternation,
    number_alternation,
    number_value,
)
from .._model import Claim
from ._number_roles import _approx
from ._place_names import find_places
from ._scan import DOWN, DOWN_RE, ELIDED_BY, RATE_WORDS, UP, Scan, Words, direction, elided_clause, way_before

__all__ = ["find_times", "find_multiple_of_year", "find_multipliers", "find_fraction_changes",
           "find_fraction_of_place", "times_gate", "mult_gate", "fraction_gate", "fraction_of_place_gate",
           "find_as_us", "as_us_gate", "SELF", "find_times_elliptic", "factor_words", "MULTIPLE_ALT",
           "find_similar_change", "similar_gate"]

_I = re.IGNORECASE
_FRACTION_ALT = fraction_alternation()
_FRACTION_GATE = tuple(dict.fromkeys(re.split(r"[- ]", f)[-1].removesuffix("s") for f in FRACTIONS))
MULTIPLE_ALT = "|".join(w for w, v in TIMES_WORDS.items() if v > 1)      # 'double', 'twice', 'treble'
# 'N times', 'two and a half times', '2.5 times' (up to ``hi``)


def _n_times(hi: int) -> str:
    return (rf"(?:(?:{number_alternation(1, hi)}|[1-9])[\s-]+and[\s-]+a[\s-]+half|[1-9]\.\d|"
            rf"{number_alternation(2, hi)}|[2-9]{'|1[0-9]' if hi > 9 else ''})\s+times")

_TIMES_GATE = (*(w for w in TIMES_WORDS if w != "half"), "times", "half ")
_TIMES = re.compile(
    rf"\b(?P<w>{'|'.join(TIMES_WORDS)}|{_n_times(10)})"
    r"\s+(?:(?:as\s+(?:\w+\s+){1,6}?as(?:\s+(?:in|at))?|that\s+(?:of|in)|the\s+(?:[\w,.]+\s+){0,5}?(?:of|in|by|for)|"
    # 'five times more likely to be a victim of crime than those in <place>': the rates per resident
    r"(?P<likely>more|less)\s+likely\s+(?:[\w'’-]+\s+){0,8}?than\s+(?:(?:those|people|residents|someone|anyone|"
    r"londoners)\s+(?:in|living\s+in|from)|in))\s+)?(?:the\s+)?"
    r"(?:(?:neighbouring|nearby|next-door|neighbour)\s+)?"
    r"(?P<t>[A-Z][\w'&.-]*(?:\s+(?:and\s+)?[A-Z][\w'&.-]*){0,3})")
_MULT = re.compile(rf"\b(?P<w>{'|'.join(MULTIPLIERS)})\b", _I)
# 'risen more than sixfold', 'a three-fold increase': a multiple of the baseline
_FOLD = re.compile(rf"\b(?P<n>{number_alternation(2, 20)}|\d{{1,2}})[- ]?fold\b", _I)
# ('made up a third of' is a share: 'up' after 'made' is not a direction)
_FRAC_CHANGE = re.compile(
    rf"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bmaking\s)\b(?P<verb>{DOWN}|{UP})(?:\s+(?:too|again|also|sharply|further),)?"
    r"\s+(?:by\s+|of\s+)?(?:almost\s+|nearly\s+|around\s+|about\s+|roughly\s+|some\s+|just\s+over\s+|just\s+under\s+|"
    r"well\s+over\s+|more\s+than\s+|over\s+|less\s+than\s+)?"
    rf"(?P<f>{_FRACTION_ALT})\b", _I)
# the verb left out after a change: ', and <crime> by almost a fifth'
_FRAC_ELLIPTIC = re.compile(ELIDED_BY + rf"(?P<h>almost\s+|nearly\s+|around\s+|about\s+|"
                            rf"more\s+than\s+|over\s+|roughly\s+)?(?P<f>{_FRACTION_ALT})\b", _I)
# a multiple of an earlier year: 'nearly double the number in <year>', 'twice as many as in <year>'
_MULT_BASE = re.compile(
    rf"\b(?P<w>{MULTIPLE_ALT}|half|{_n_times(5)})\s+"
    r"(?:the\s+(?:number|figure|total|level|count|rate|amount|toll|tally)s?(?:\s+(?:recorded|seen|of\s+\w+))?|"
    r"what\s+(?:it|they)\s+(?:was|were)|the\s+(?:[\w,]+\s+)?(?:in|of|for)|"
    r"(?:as\s+(?:many|much|high|often)|that)(?:\s+as)?)\s+(?:(?:in|for|during|of|from)\s+)?(?:the\s+)?"
    r"(?P<y>(?:19|20)\d{2}(?:/\d{2})?|year\s+before|previous\s+year|last\s+year|a\s+year\s+(?:earlier|ago|before)|"
    rf"(?:(?:just|only)\s+)?(?:{number_alternation(2, 20)}|[2-9]|1[0-9])\s+years\s+(?:earlier|ago|before))\b"
    # 'more than three times the <year> figure'
    # 'about half the <year> figure', 'twice the previous year's figure'
    r"|\b(?P<w2>" + MULTIPLE_ALT + rf"|half|{_n_times(5)})\s+(?:of\s+)?the\s+"
    r"(?P<y2>(?:19|20)\d{2}(?:/\d{2})?|previous\s+year|year\s+before)(?:'s|’s)?\s+(?:figure|level|total|number|count|rate|"
    r"toll|tally)s?\b"
    # 'double <month>'s level', 'half of <month>'s total': against that month (of the claim's year)
    r"|\b(?P<w3>" + MULTIPLE_ALT + rf"|half|{_n_times(5)})\s+(?:of\s+)?(?P<mo>(?-i:{month_alternation(short=False, capitalised=True)}))"
    r"(?:'s|’s)\s+(?:figure|level|total|number|count|tally)s?\b", _I)


# 'a third of <country>'s', 'about a quarter of that in <city>', 'half the rate of <place>': a fraction of another
# place's figure (a ratio between places), not a share of a whole; 'a third of London's robberies' is a share
_FRACTION_OF_PLACE = re.compile(
    rf"\b(?P<h>(?:almost|nearly|about|around|roughly|some|just\s+over|just\s+under|less\s+than|more\s+than)\s+)?"
    rf"(?P<f>{_FRACTION_ALT})\s+(?:of\s+)?(?:(?:that|those)\s+(?:of|in|for)\s+|the\s+(?:rate|level|figure)\s+(?:of|in|for)\s+)?"
    r"(?:the\s+)?(?P<t>[A-Z][\w&.-]*(?:\s+(?:and\s+)?[A-Z][\w&.-]*){0,3})(?:'s|’s)?"
    r"(?=\s*(?:rate|level|figure|average)?\s*(?:[.,;:)]|$|\s+(?:and|but|while|in|last|for|a|the|according)\b))")


_FRACTION_WORDS = Words(*_FRACTION_GATE)
_FRACTION_OF_PLACE_GATE_TEST_2 = Words(" of ", " the rate")
_FRACTION_OF_PLACE_GATE_TEST_3 = Words("rate", "level", "figure",
                                       "'s", "’s", "that of", "that in")


def fraction_of_place_gate(sc: Scan) -> bool:
    return _FRACTION_WORDS(sc.low) and _FRACTION_OF_PLACE_GATE_TEST_2(sc.low) and _FRACTION_OF_PLACE_GATE_TEST_3(sc.low)


FRACTION_NEEDS = _FRACTION_WORDS     # fraction_gate's and fraction_of_place_gate's


def find_fraction_of_place(sc: Scan) -> list[Claim]:
    """'a third of <country>'s (rate)': a fraction of another place's figure."""
    out = []
    st = sc.st
    for m in _FRACTION_OF_PLACE.finditer(st):
        if not sc.free(m.start("f")):
            continue
        places = find_places(m.group("t"))
        if not places or places[0][0] != 0 or places[0][1] != len(m.group("t").rstrip(".")):
            continue
        f = fraction_value(m.group("f"))
        if f is None:
            continue
        sc.used.append(m.span())
        sc.ratio_spans.append(m.span())
        c = sc.make("ratio", m.start(), claimed_text=m.group(0), value=f, unit="ratio",
                    compare_to=places[0][2], approx=_approx(m.group("h") or ""))
        c.by_rate = c.by_rate or _that_of_a_rate(st, m)
        out.append(c)
    return out


_THAT_OF = re.compile(r"\b(?:that|those)\s+(?:of|in|for)\b", _I)


def _that_of_a_rate(st: str, m: re.Match[str]) -> bool:
    """'<place> has one of the lowest rates of <crime>, less than half that of <other>': 'that of' stands for the
    rate named before it, so the two places' rates per resident are compared, not their counts."""
    return _THAT_OF.search(m.group(0)) is not None and RATE_WORDS.search(st[:m.start()]) is not None


# '<place> had only around a third as many <crimes> as we did': a ratio with the speaker's own place
SELF = "we"     # compare_to for the place speaking ('as we did', 'as us'); the resolver reads it as the text's place
_AS_US = re.compile(
    r"\b(?P<h>(?:only\s+)?(?:almost|nearly|about|around|roughly|some|more\s+than|over|just\s+over|just\s+under|"
    rf"less\s+than|fewer\s+than|under)\s+)?(?P<f>{_FRACTION_ALT}|{MULTIPLE_ALT}|{_n_times(10)})\s+as\s+"
    r"(?:many|much|high)\s+(?:[\w'-]+\s+){0,4}?as\s+(?:we\s+(?:did|do|have|had|recorded|saw)|us|"
    r"our\s+(?:own\s+)?(?:force|borough|area|city|county))\b", _I)


_AS_US_GATE_TEST = Words(" as we", " as us", " as our ")


def as_us_gate(sc: Scan) -> bool:
    return _AS_US_GATE_TEST(sc.low)


AS_US_NEEDS = _AS_US_GATE_TEST


def find_as_us(sc: Scan) -> list[Claim]:
    """'a third as many <crimes> as we did': the subject's figure over the speaker's place's."""
    out = []
    for m in _AS_US.finditer(sc.st):
        if not sc.free(m.start("f")):
            continue
        f = factor_words(m.group("f"))
        sc.used.append(m.span())
        sc.ratio_spans.append(m.span())
        out.append(sc.make("ratio", m.start(), claimed_text=m.group(0), value=f, unit="ratio", compare_to=SELF,
                           approx=_approx(re.sub(r"^only\s+", "", m.group("h") or "", flags=_I))))
    return out


_TIMES_GATE_TEST = Words(*_TIMES_GATE)


def times_gate(sc: Scan) -> bool:
    return _TIMES_GATE_TEST(sc.low)


TIMES_NEEDS = _TIMES_GATE_TEST


_MULT_GATE_TEST = Words(*MULTIPLIERS, "fold", *MULTIPLIER_PARTICIPLES)


def mult_gate(sc: Scan) -> bool:
    return _MULT_GATE_TEST(sc.low)


MULT_NEEDS = _MULT_GATE_TEST


def fraction_gate(sc: Scan) -> bool:
    return _FRACTION_WORDS(sc.low)


_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b")


def _factor(w: str) -> float:
    """'double' 2, 'three times' 3, 'two and a half times' 2.5, '2.5 times' 2.5."""
    if w in TIMES_WORDS:
        return TIMES_WORDS[w]
    half = 0.5 if _AND_A_HALF.search(w) else 0.0
    head = _AND_A_HALF.sub("", w).split()[0]
    return float(number_value(head) or float(head)) + half


def factor_words(words: str) -> float:
    """The ratio a fraction or a multiple names: 'a third' 1/3, 'twice' 2, 'ten times' 10."""
    w = " ".join(words.lower().split())
    return fraction_value(w) or _factor(w)


def find_times(sc: Scan) -> list[Claim]:
    """'three times that of <place>': a multiple of a place."""
    out = []
    st = sc.st
    for m in _TIMES.finditer(st):
        places = find_places(m.group("t"))
        if not places or places[0][0] != 0:
            continue
        f = _factor(m.group("w").lower())
        sc.used.append(m.span("w"))     # a figure inside ('double the N recorded in <borough>') is <borough>'s count
        short = m.group(0) if len(m.group(0)) <= 40 else f"{m.group('w')} that of {places[0][2]}"
        c = sc.make("ratio", m.start(), claimed_text=short, value=f, unit="ratio",
                    compare_to=places[0][2], approx=_approx(st[max(0, m.start() - 20): m.start()]))
        c.by_rate = c.by_rate or _that_of_a_rate(st, m)
        if m.group("likely"):
            c.by_rate = True        # how likely a resident is to be a victim: the rate per resident
            if m.group("likely").lower() == "less":
                c.value = 1 / f
        out.append(c)
    return out


# '..., and nearly twice as many <crimes>.': a multiple with its yardstick left out, the place compared earlier in the
# sentence ('more <crimes> than <place>, and ...'), else the place the text speaks for
_TIMES_ELLIPTIC = re.compile(
    rf"\b(?P<w>{MULTIPLE_ALT}|half|{_n_times(10)})\s+as\s+(?:many|much)"
    r"(?:\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?(?=\s*(?:[.;:!?]|$|,\s+(?!as\b)|\s+(?:in|last|this|during|over|across)\b))(?!\s+as\b)",
    _I)
_THAN_PLACE_BEFORE = re.compile(r"\b(?:than|as)\s+(?:in\s+)?(?:the\s+)?(?P<t>[A-Z][\w'&.-]*(?:\s+(?:and\s+)?[A-Z][\w'&.-]*){0,3})")


def find_times_elliptic(sc: Scan) -> list[Claim]:
    """'and nearly twice as many <crimes>' with no 'as <place>': against the place compared before it in the
    sentence, else the speaker's place."""
    out = []
    st = sc.st
    for m in _TIMES_ELLIPTIC.finditer(st):
        if not sc.free(m.start("w")) or re.search(r"\sas$", m.group(0), _I):
            continue    # '<N> times as many as in <place>': the yardstick is written, not left out
        before = [p for t in _THAN_PLACE_BEFORE.finditer(st, 0, m.start())
                  if (p := find_places(t.group("t"))) and p[0][0] == 0]
        if not before:
            # '<a> recorded N; <b> <recorded> <half> as many': against the place of the clause before
            a, _ = sc.clause_at(m.start())
            own = {n for _, _, n in find_places(sc.text[a:sc.s.start + m.start()])}
            earlier = [n for _, _, n in find_places(st[:max(0, a - sc.s.start)]) if n not in own]
            before = [[(0, 0, earlier[0])]] if earlier and own else []
        other = before[-1][0][2] if before else SELF
        sc.used.append(m.span("w"))
        sc.ratio_spans.append(m.span())
        out.append(sc.make("ratio", m.start(), claimed_text=m.group(0), value=factor_words(m.group("w")),
                           unit="ratio", compare_to=other, approx=_approx(st[max(0, m.start() - 20): m.start()])))
    return out


def find_multiple_of_year(sc: Scan) -> list[Claim]:
    """'nearly double the number in <year>', 'twice as many as the year before'."""
    out = []
    st = sc.st
    for m in _MULT_BASE.finditer(st):
        if not sc.free(m.start()):
            continue
        w = m.group("w") or m.group("w2") or m.group("w3")
        f = factor_words(w)
        sc.used.append(m.span())
        y = m.group("y") or m.group("y2") or m.group("mo")
        years_back = re.match(r"(?:(?:just|only)\s+)?(\w+\s+years\s+(?:earlier|ago|before))", y, _I)
        base = y if y[0].isdigit() else years_back.group(1) if years_back else (
            "the year before" if "before" in y.lower() or "previous" in y.lower() else y)
        hedge = st[max(0, m.start() - 24): m.start()]
        out.append(sc.make("ratio", m.start(),
                           claimed_text=(re.search(r"(?:nearly|almost|about|around|roughly|more than|over)\s*$",
                                                   hedge, _I) or [""])[0] + w,
                           value=f, unit="ratio", direction="up" if f > 1 else "down", baseline_text=base,
                           approx=_approx(hedge)))
        sc.ratio_spans.append(m.span())
    return out


_HEDGED_PARTICIPLE = re.compile(r",\s+(?P<h>nearly|almost|more\s+than|roughly|about|effectively|close\s+to)\s+"
                                rf"(?P<w>{'|'.join(MULTIPLIER_PARTICIPLES)})\b(?=\s*(?:[.;,]|$|\s+(?:in|over|since)\b))", _I)


def find_multipliers(sc: Scan) -> list[Claim]:
    """'halved', 'tripled': a multiplier verb."""
    out = []
    st = sc.st
    for m in _MULT.finditer(st):
        w = m.group("w").lower()
        f = MULTIPLIERS[w]
        out.append(sc.make("ratio", m.start(), claimed_text=w, value=f, unit="ratio",
                           direction="down" if f < 1 else "up",
                           approx=_approx(st[max(0, m.start() - 24): m.start()])))
        sc.ratio_spans.append(m.span())
    for m in _HEDGED_PARTICIPLE.finditer(st) if "ing" in sc.low else ():
        # '..., nearly doubling': the change just given, said as a multiple
        f = MULTIPLIERS[MULTIPLIER_PARTICIPLES[m.group("w").lower()]]
        out.append(sc.make("ratio", m.start(), claimed_text=m.group(0).strip(", "), value=f, unit="ratio",
                           direction="down" if f < 1 else "up", approx=_approx(m.group("h"))))
        sc.ratio_spans.append(m.span())
    for m in _FOLD.finditer(st) if "fold" in sc.low else ():
        n = m.group("n")
        f = float(number_value(n) or int(n))
        out.append(sc.make("ratio", m.start(), claimed_text=m.group(0), value=f, unit="ratio", direction="up",
                           approx=_approx(st[max(0, m.start() - 24): m.start()])))
        sc.ratio_spans.append(m.span())
    return out


def find_fraction_changes(sc: Scan) -> list[Claim]:
    """'fell by a third', 'up almost a quarter': a fractional change."""
    out = []
    st = sc.st
    for m in _FRAC_CHANGE.finditer(st):
        f = FRACTIONS[m.group("f").lower()]
        down = bool(DOWN_RE.fullmatch(m.group("verb")))
        out.append(sc.make("ratio", m.start(), claimed_text=m.group(0), value=(1 - f) if down else (1 + f),
                           unit="ratio", direction="down" if down else "up",
                           approx=_approx(st[m.start(): m.start("f")])))
        sc.ratio_spans.append(m.span())
    for m in _FRAC_ELLIPTIC.finditer(st):
        if any(a <= m.start("f") < b for a, b in sc.ratio_spans) or not sc.free(m.start("f")):
            continue
        # '<crime> was down N%, and <crime> by almost a fifth': the verb left out, the way of the change before
        way = way_before(sc.claims + out, sc.s.start + m.start()) or direction(st[max(0, m.start() - 60): m.start()])
        if way not in ("up", "down"):
            continue
        f = FRACTIONS[m.group("f").lower()]
        down = way == "down"
        said = m.group(0)
        c = sc.make("ratio", m.start("f"), claimed_text=said[said.rfind("by "):], value=(1 - f) if down else (1 + f),
                    unit="ratio", direction="down" if down else "up", approx=_approx(m.group("h") or ""))
        c.clause = elided_clause(said)     # its own crime, not the first one's
        out.append(c)
        sc.ratio_spans.append(m.span())
    return out


# 'and <crime>, down by a similar amount': the size of the change before, said again of another crime or place
_SIMILAR = re.compile(rf"(?:\b(?P<verb>{DOWN}|{UP})\s+)?(?:by\s+)?(?:a\s+)?(?:similar|comparable|much\s+the\s+same|the\s+same)\s+"
                      r"(?:amount|margin|proportion|percentage|rate|degree|extent|fraction)\b", _I)


_SIMILAR_GATE_TEST = Words("similar", "comparable", "the same amount", "the same margin", "the same proportion",
                           "the same percentage", "the same extent", "the same degree")


def similar_gate(sc: Scan) -> bool:
    return _SIMILAR_GATE_TEST(sc.low)


SIMILAR_NEEDS = _SIMILAR_GATE_TEST


def find_similar_change(sc: Scan) -> list[Claim]:
    """'..., and <crime> by a similar amount': a change about the size of the last change in the sentence
    (a percentage or a fraction), its way said or the same way."""
    out = []
    for m in _SIMILAR.finditer(sc.st):
        if not sc.free(m.start()):
            continue
        before = [c for c in sc.claims if c.start < sc.s.start + m.start() and c.kind in ("change", "ratio")
                  and c.value is not None and c.unit in ("percent", "ratio") and not c.compare_to]
        if not before:
            continue
        prev = before[-1]
        way = (direction(m.group("verb")) if m.group("verb") else None) or prev.direction
        if way not in ("up", "down"):
            continue
        # as a ratio (now / then), judged with the hedged band of ratio words: about a fifth of the change either way
        value = float(prev.value or 0) if prev.unit == "ratio" else 1 + float(prev.value or 0) / 100
        if (way == "down") != (value < 1):
            value = 2 - value       # the same size the other way
        c = sc.make("ratio", m.start(), claimed_text=m.group(0), value=value, unit="ratio", direction=way,
                    approx="about")
        out.append(c)
        sc.used.append(m.span())
    return out
