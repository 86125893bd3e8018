"""Share claims written in words: "one in ten", "N out of N", "a third of", pure text.

A 'one in six' after a change verb ('fell by roughly one in six') is a ratio (``_figure_words``); a
fraction inside a ratio claim's span (``Scan.ratio_spans``) is not also a share.  Rules registered in
``_rules``.
"""

from __future__ import annotations

import re

from .._lexicon import FRACTIONS, LEXICON, TOPIC_STEMS, fraction_alternation, number_alternation, number_value
from .._model import Claim
from ._figure_words import one_in_change
from ._number_roles import _fraction_approx
from ._scan import Scan, Words

__all__ = ["non_crime_whole", "find_one_in", "find_fraction_shares", "one_in_gate", "find_most", "most_gate"]

_I = re.IGNORECASE
# shares written as 'one in ten', 'N in N'
_ONE_IN = re.compile(rf"\b(?P<a>{number_alternation(1, 9)}|[1-9])\s+(?:in|out\s+of)\s+(?:every\s+)?"
                     rf"(?P<b>{number_alternation(2, 20)}|thirty|forty|fifty|hundred|[1-9][0-9]{{0,2}})\b", _I)
_FRAC_SHARE = re.compile(rf"\b(?P<f>{fraction_alternation()})\s+of\b", _I)
# 'the first half of <year>', 'the second quarter of the year': a period, not a share
_PERIOD_PART = re.compile(r"\b(?:first|second|third|fourth|final|last|latter|former)\s+$", _I)
_PERIOD_WHOLE = re.compile(r"^\s*(?:the\s+|this\s+|last\s+|that\s+)?(?:(?:19|20)\d{2}\b|(?:calendar\s+|financial\s+)?"
                           r"(?:year|decade|month|century|season)\b)", _I)


def one_in_gate(sc: Scan) -> bool:
    return " in " in sc.low or " out of " in sc.low


ONE_IN_NEEDS = Words(" in ", " out of ")


def find_one_in(sc: Scan) -> list[Claim]:
    """'one in ten': a share, or a ratio after a change verb."""
    out = []
    st = sc.st
    for m in _ONE_IN.finditer(st):
        a = number_value(m.group("a")) or int(m.group("a"))
        b = number_value(m.group("b")) or int(m.group("b"))
        if b <= a:
            continue
        sc.used.append(m.span())
        ch = one_in_change(st[:m.start()], a, b, m.group(0))     # 'fell by roughly one in six': a change
        if ch is not None:
            out.append(sc.make("ratio", m.start(), **ch))
            continue
        out.append(sc.make("share", m.start(), claimed_text=m.group(0), value=100 * a / b, unit="share",
                           approx=_fraction_approx(st[max(0, m.start() - 20): m.start()]),
                           share_part=st[:m.start()], share_of=st[m.end():]))
    return out


# 'N of those <group>, about two-thirds': a fraction set beside a part and its whole is the part's share
_APPOSITE_FRACTION = re.compile(r"\b\d[\d,]*\s+of\s+(?P<w>(?:those|these|the|all|them)\b[^,;]{0,40}?),\s+(?:or\s+)?"
                                r"(?:(?:about|around|roughly|almost|nearly|some|just\s+(?:over|under)|more\s+than|less\s+than|"
                                rf"over|under)\s+)?(?P<f>{fraction_alternation()})\b(?!\s+of\b)", _I)


def find_fraction_shares(sc: Scan) -> list[Claim]:
    """'a third of': a share, unless the fraction sits inside a ratio claim; 'N of those <group>, about
    two-thirds': the fraction is N's share of the group."""
    out = []
    st = sc.st
    for m in _APPOSITE_FRACTION.finditer(st):
        f = FRACTIONS[m.group("f").lower()]
        sc.used.append(m.span("f"))
        out.append(sc.make("share", m.start("f"), claimed_text=m.group("f"), value=f * 100, unit="share",
                           approx=_fraction_approx(st[max(0, m.start("f") - 20): m.start("f")]),
                           share_part=st[:m.start("w")], share_of=m.group("w")))
    for m in _FRAC_SHARE.finditer(st):
        if any(a <= m.start() < b for a, b in sc.ratio_spans):
            continue
        if _PERIOD_PART.search(st[max(0, m.start() - 12):m.start()]) and _PERIOD_WHOLE.match(st[m.end():]):
            continue
        f = FRACTIONS[m.group("f").lower()]
        sc.used.append(m.span())
        c = sc.make("share", m.start(), claimed_text=m.group("f"), value=f * 100, unit="share",
                           approx=_fraction_approx(st[max(0, m.start() - 20): m.start()]),
                           share_part=st[:m.start()], share_of=st[m.end():])
        if non_crime_whole(st[m.end():], st):
            c.subject = "non_crime"     # 'a quarter of their working hours': a share of officers' time, not of crime
        out.append(c)
    return out


# 'Most burglaries go unsolved', 'the vast majority of knife crime victims are young men': a share with
# no figure, said of the sentence's subject (a quantifier opening the sentence, before a crime or figure noun)
_MOST = re.compile(r"^\W*(?:[A-Z][A-Za-z'’ .-]{0,30}(?:\s+\([^)]{0,40}\))?:\s+)?"     # a speaker's label ('CALLER (<name>):')
                   r"(?:(?:but|and|yet|however|sadly|still|now|today)\b\W*)?(?P<q>the\s+vast\s+majority\s+of|"
                   r"the\s+majority\s+of|a\s+majority\s+of|most|nearly\s+all|almost\s+all|virtually\s+all|"
                   r"a\s+(?:large|significant|substantial|big)\s+(?:proportion|share|part)\s+of)\s+"
                   r"(?:of\s+)?(?:the\s+|these\s+|those\s+|all\s+)?", _I)
# a whole that is no count of crime: officers' time, money, calls ('a quarter of their working hours', '40% of the budget')
_NON_CRIME_WHOLE = re.compile(r"^\s*(?:of\s+)?(?:the|their|our|its|his|her|all|every|each)?\s*(?:[\w'-]+\s+){0,2}?"
                              r"(?:shifts?|time|hours|working\s+(?:time|hours|week)|budgets?|funding|money|spending|"
                              r"calls|patrols|resources|workload|overtime|salar(?:y|ies)|pay)\b", _I)


# a share of the workforce ('a third of their officers'): never a count of crime, whatever else the sentence names
_WORKFORCE_WHOLE = re.compile(r"^\s*(?:of\s+)?(?:the|their|our|its|his|her|all)?\s*(?:[\w-]+\s+){0,2}?"
                              r"(?:officers|detectives|pcsos|constables|staff|workforce)\b(?!['’])", _I)


def non_crime_whole(after: str, sentence: str) -> bool:
    """True when the share's whole (the words after the figure) is no count of crime and the sentence names no crime,
    or is the police workforce."""
    return _WORKFORCE_WHOLE.match(after) is not None or (
        _NON_CRIME_WHOLE.match(after) is not None and not LEXICON.crime_nouns.search(sentence)
        and not LEXICON.find_measures(sentence))


# the crime's own objects or people named after 'most (of these)': 'knives', 'bikes', 'phones stolen'
_TOPIC_HEAD = re.compile(r"(?:[\w'-]+\s+)?(?:" + "|".join(TOPIC_STEMS) + r")", _I)
_MOST_GATE = ("most ", "majority", "nearly all", "almost all", "virtually all", "proportion", "share of", "part of")


def most_gate(sc: Scan) -> bool:
    return any(w in sc.low[:40] for w in _MOST_GATE) or "majority of" in sc.low


MOST_NEEDS = Words(*_MOST_GATE, "majority of")


# '<part> made up the majority of <whole>': the same share said after the part
_MOST_OF = re.compile(r"\b(?:made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|formed|forms?|were|are|was|is)\s+"
                      r"(?P<q>the\s+vast\s+majority|the\s+majority|a\s+majority)\s+of\b", _I)


_OF_ANY_PLACE = re.compile(r"(?:[\w'’-]+\s+){1,4}?of\s+any\s+(?:other\s+)?(?:[\w'’-]+\s+){0,2}?(?:borough|force|area|region|"
                           r"city|county|district|council|ward)s?\b", _I)


def find_most(sc: Scan) -> list[Claim]:
    """'Most burglaries go unsolved': more than half (the vast majority, nearly all: more than 80%)."""
    m = _MOST.match(sc.st)
    if m is None:
        mo = _MOST_OF.search(sc.st)
        if mo is None or not sc.free(mo.start("q")):
            return []
        big = "vast" in mo.group("q").lower()
        sc.used.append(mo.span("q"))
        return [sc.make("share", mo.start("q"), claimed_text=mo.group("q"), value=80.0 if big else 50.0, unit="share",
                        approx="more_than", share_part=sc.st[:mo.start()], share_of=sc.st[mo.end():])]
    if not sc.free(m.start("q")):
        return []
    head = " ".join(sc.st[m.end():].split()[:4])
    if m.group("q").lower() == "most" and _OF_ANY_PLACE.match(sc.st, m.end()):
        return []       # '<place>: most <crime> of any <borough>' is a ranking, not a share
    if not LEXICON.figure_nouns.search(head) and not _TOPIC_HEAD.match(head):
        return []       # 'most <crimes>', 'most of the bikes stolen' ('most people agree' is no share of crime)
    q = " ".join(m.group("q").lower().split())
    big = q in ("the vast majority of", "nearly all", "almost all", "virtually all")
    value = 80.0 if big else 25.0 if q.startswith("a ") and "majority" not in q else 50.0    # 'a large share': a quarter
    sc.used.append(m.span("q"))
    return [sc.make("share", m.start("q"), claimed_text=m.group("q"), value=value, unit="share",
                    approx="more_than", share_part="", share_of=sc.st[m.end():])]
