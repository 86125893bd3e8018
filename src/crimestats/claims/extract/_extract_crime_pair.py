"""Two crimes compared in one place and period (helpers for ``_rules``).

* order: 'more <crime> than <crime>', '<crime> outnumbered <crime>', '<crime> was more common than
  <crime>', 'fewer <crime> than <crime>';
* a multiple: 'twice as many <crime> as <crime>', 'three times as many', 'half as many', '<crime>
  outnumbered <crime> by two to one'.

The claim's own crime is the first one (its measure is read from the clause without the other's words);
the other crime's words go on the claim as ``compare_crime`` (judged in ``judge/_crime_pair``). Only
catalogue crime words count as the second crime, so 'more <crime> than <borough>' (a place) and 'more
<crime> than in <year>' (a year) are left to the comparison rules.
"""

from __future__ import annotations

import re

from .._lexicon import (
    FRACTIONS,
    LEXICON,
    ORDINALS,
    TIMES_WORDS,
    alternation,
    fraction_alternation,
    number_alternation,
    number_value,
    ordinal_alternation,
)
from .._model import Claim
from ._scan import Scan, Words

__all__ = ["crime_pair_gate", "find_crime_pairs", "find_crime_ranks", "crime_rank_gate"]

_I = re.IGNORECASE
_HEDGE = r"(?P<h>almost|nearly|about|around|roughly|some|more\s+than|over|fewer\s+than|less\s+than|under)"
_MULTIPLE = (rf"(?P<m>{alternation(tuple(TIMES_WORDS))}|{fraction_alternation(loose=True)}|(?:{number_alternation(2, 10)}|\d+(?:\.\d+)?)"
             r"\s+times)")
# 'twice as many thefts as burglaries', 'fewer than half as many robberies as burglaries'
_AS_MANY = re.compile(rf"\b(?:{_HEDGE}\s+)?{_MULTIPLE}\s+as\s+(?:many|much)\s+(?P<x>[\w' -]{{3,60}}?)\s+as\s+"
                      r"(?:there\s+were\s+|were\s+|of\s+)?(?P<y>[\w' -]{3,60})", _I)
# 'more burglaries than robberies', 'fewer thefts than violent crimes'
_MORE_THAN = re.compile(r"\b(?P<w>more|fewer|less)\s+(?P<x>[\w' -]{3,60}?)\s+than\s+(?:there\s+were\s+)?"
                        r"(?P<y>[\w' -]{3,60})", _I)
# '<crime> outnumbered <crime> (by two to one)', '<crime> was more common than <crime>'
_VERB = re.compile(r"\b(?P<v>outnumber(?:ed|s|ing)?|(?P<w>more|less)\s+common\s+than|(?P<o>overtook|overtaken|"
                   r"overtakes)|(?P<w2>more|fewer|less)\s+than\s+the\s+(?:number|total|count|tally)\s+of)\s+(?P<y>[\w' -]{3,60})", _I)
# a head noun after the other crime's name: 'outnumbered <shoplifting> offences by two to one'
_HEAD_AFTER = re.compile(r"\s+(?:offences?|crimes?|cases|incidents)\b", _I)
_TO_ONE = re.compile(rf"(?:\s+(?:in|across)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?\s+by\s+(?:{_HEDGE}\s+)?(?P<n>{number_alternation(2, 10)}|\d+)\s+to\s+(?:one|1)\b", _I)


# '<crime> was the (third) most common crime (in <place>)', 'the least common offence'
_COMMONEST = re.compile(rf"\b(?:the\s+)?(?:(?P<ord>{ordinal_alternation(2, 10)}|2nd|3rd|[4-9]th)[- ]|single\s+)?"
                        r"(?:(?P<dir>most|least)\s+common\s+(?:type\s+of\s+|kind\s+of\s+|category\s+of\s+)?"
                        r"(?:crimes?|offences?|offenses?|category|type)|(?P<size>largest|biggest|smallest)\s+(?:single\s+)?"
                        r"(?:category|type|kind|group|class)\s+of\s+(?:crimes?|offences?|offending))\b", _I)


_AMONG = re.compile(r"\b(?:among|one\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?$", _I)     # a top-N, not a rank


_CRIME_RANK_GATE_TEST = Words("common", "largest", "biggest", "smallest", "only")


def crime_rank_gate(sc: Scan) -> bool:
    return _CRIME_RANK_GATE_TEST(sc.low)


CRIME_RANK_NEEDS = _CRIME_RANK_GATE_TEST


# '<crime> was the only major crime type to go up': it went that way and no other crime type did
_ONLY_TYPE = re.compile(
    r"\b(?:was|is|were|are)\s+the\s+only\s+(?:major\s+|main\s+|big\s+)?(?:(?:crime|offence)\s+)?"
    r"(?:type|category|kind\s+of\s+crime|crime|offence)\s+(?:to|that|which)\s+(?P<w>(?:go|went|gone)\s+(?:up|down)|"
    r"rise|rose|risen|increase[ds]?|grow|grew|climb(?:ed)?|fall|fell|fallen|drop(?:ped)?|decrease[ds]?|decline[ds]?)\b", _I)


# a fact box's 'Most common offence: <crime> (N)'
_LABEL_COMMONEST = re.compile(r"^\W*(?:the\s+)?(?P<ord>second|third|2nd|3rd)?[- ]?(?P<dir>most|least)\s+common\s+"
                              r"(?:offence|crime)(?:\s+type)?:\s+", re.IGNORECASE)


def find_crime_ranks(sc: Scan) -> list[Claim]:
    """'<crime> was the third most common crime': the crime's place among the place's crime types."""
    out: list[Claim] = []
    lab = _LABEL_COMMONEST.match(sc.st)
    crime = LEXICON.measure_words_re.match(sc.st, lab.end()) if lab else None
    if lab and crime:
        o = (lab.group("ord") or "").lower()
        sc.used.append((lab.start(), crime.end()))
        c = sc.in_clause("comparison", sc.line_span(), claimed_text=sc.st[lab.start():crime.end()].strip(" -•*"),
                         rank=ORDINALS.get(o) or (int(o[:-2]) if o[:-2].isdigit() else 1), rank_scope="crime_type",
                         record="low" if lab.group("dir").lower() == "least" else "high")
        c.clause = f"{crime.group(0)}: {c.clause}"
        out.append(c)
    for m in _ONLY_TYPE.finditer(sc.st) if "only" in sc.low else ():
        own = _crime_before(sc, m.start())
        if own is None or not sc.free(m.start()):
            continue
        w = m.group("w").lower()
        down = any(x in w for x in ("down", "fall", "fell", "drop", "decreas", "declin"))
        sc.used.append(m.span())
        c = sc.make("direction", m.start(), claimed_text=m.group(0), direction="down" if down else "up")
        c.places_quant = "only_type"
        c.clause = f"{own[1]}: {c.clause}"      # the crime sits before the words that rank it
        out.append(c)
    for m in _COMMONEST.finditer(sc.st):
        own = _crime_before(sc, m.start())
        if own is None or not sc.free(m.start()) or _AMONG.search(sc.st[max(0, m.start() - 30):m.start()]):
            continue
        o = (m.group("ord") or "").lower()
        rank = ORDINALS.get(o) or (int(o[:-2]) if o[:-2].isdigit() else 1)
        sc.used.append(m.span())
        low = (m.group("dir") or "").lower() == "least" or (m.group("size") or "").lower() == "smallest"
        c = sc.make("comparison", m.start(), claimed_text=m.group(0), rank=rank, rank_scope="crime_type",
                    record="low" if low else "high")
        c.clause = f"{own[1]}: {c.clause}"      # the crime ranked may sit in an earlier clause
        out.append(c)
    return out


_CRIME_PAIR_GATE_TEST = Words(" than ", " as many ", " as much ", "outnumber", "overt")


def crime_pair_gate(sc: Scan) -> bool:
    return _CRIME_PAIR_GATE_TEST(sc.low)


CRIME_PAIR_NEEDS = _CRIME_PAIR_GATE_TEST


def _crime_at_start(words: str) -> str | None:
    """The catalogue crime words at the very start of ``words`` (after an article), else None."""
    m = LEXICON.measure_words_re.match(words, len(words) - len(re.sub(r"^(?:the\s+|all\s+)", "", words, flags=_I)))
    return m.group(0) if m else None


def _crime_before(sc: Scan, pos: int) -> tuple[int, str] | None:
    """The last catalogue crime words in the clause before ``pos`` (else earlier in the sentence): (start, words)."""
    a = sc.clause_at(pos)[0] - sc.s.start      # clause spans are absolute; the sentence's text is not
    hits = [m for m in LEXICON.measure_words_re.finditer(sc.st, max(0, a), pos)] or \
        [m for m in LEXICON.measure_words_re.finditer(sc.st, 0, pos)]     # '<crime>, at N, was ...'
    specific = [m for m in hits if LEXICON.measure_for(m.group(0)) != "all_crime"]   # not 'offences' alone
    hit = (specific or hits)[-1] if hits else None
    return (hit.start(), hit.group(0)) if hit else None


def _multiple(words: str) -> float | None:
    w = " ".join(words.lower().replace("-", " ").split())
    if w in TIMES_WORDS:
        return TIMES_WORDS[w]
    if w.endswith(" times"):
        n = w[:-6]
        return float(n) if n.replace(".", "", 1).isdigit() else float(number_value(n) or 0) or None
    return FRACTIONS.get(w)


def _hedge(h: str | None) -> str:
    h = " ".join((h or "").lower().split())
    if h in ("more than", "over"):
        return "more_than"
    if h in ("fewer than", "less than", "under"):
        return "fewer_than"
    return "about" if h else "exact"


# two groups of victims: 'more <group> than <group> were killed', 'fewer girls than boys were murdered'
_GROUPS = r"women|men|girls|boys|females|males|women\s+and\s+girls|men\s+and\s+boys"
_GROUP_PAIR = re.compile(rf"\b(?P<w>more|fewer)\s+(?P<x>{_GROUPS})\s+than\s+(?P<y>{_GROUPS})\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
                         r"(?P<v>killed|murdered|slain|died|victims\s+of\s+homicide|homicide\s+victims)\b", _I)


def _group_words(group: str) -> str:
    """The catalogue's words for killings of a group: 'women and girls' -> 'women killed'."""
    g = group.lower().split()[0]
    return "women killed" if g in ("women", "girls", "females") else "men killed"


def find_crime_pairs(sc: Scan) -> list[Claim]:
    out: list[Claim] = []
    st = sc.st
    for m in _GROUP_PAIR.finditer(st):
        gx, gy = _group_words(m.group("x")), _group_words(m.group("y"))
        if gx == gy or not sc.free(m.start()):
            continue
        sc.used.append(m.span())
        c = sc.make("comparison", m.start(), claimed_text=m.group(0), compare_crime=gy,
                    direction="up" if m.group("w").lower() == "more" else "down")
        c.clause = f"{gx}: " + re.sub(rf"\bthan\s+{re.escape(m.group('y'))}\b", "than", c.clause, count=1, flags=_I)
        out.append(c)
    for m in _AS_MANY.finditer(st):
        x, y = _crime_at_start(m.group("x")), _crime_at_start(m.group("y"))
        value = _multiple(m.group("m"))
        if not x or not y or value is None or not sc.free(m.start()):
            continue
        sc.used.append(m.span())
        out.append(sc.make("ratio", m.start(), claimed_text=st[m.start():m.start("y") + len(y)], value=value,
                           unit="ratio", approx=_hedge(m.group("h")), compare_crime=y,
                           direction="up" if value > 1 else "down"))
    for m in _MORE_THAN.finditer(st):
        x, y = _crime_at_start(m.group("x")), _crime_at_start(m.group("y"))
        if not x or not y or not sc.free(m.start()):
            continue
        sc.used.append(m.span())
        out.append(sc.make("comparison", m.start(), claimed_text=st[m.start():m.start("y") + len(y)],
                           compare_crime=y, direction="up" if m.group("w").lower() == "more" else "down"))
    for m in _VERB.finditer(st):
        other = _crime_at_start(m.group("y"))
        own = _crime_before(sc, m.start())
        if not other or own is None or not sc.free(m.start()):
            continue
        end = m.start("y") + len(other)
        end = head.end() if (head := _HEAD_AFTER.match(st, end)) else end
        to_one = _TO_ONE.match(st, end)
        end = to_one.end() if to_one else end
        same_clause = sc.clause_at(own[0]) == sc.clause_at(m.start())
        start = own[0] if same_clause else m.start()     # '<crime>, at N, narrowly outnumbered <crime>'
        sc.used.append((start, end))
        if to_one:
            n = to_one.group("n")
            c = sc.make("ratio", start, claimed_text=st[start:end], compare_crime=other, unit="ratio",
                        value=float(n) if n.isdigit() else float(number_value(n) or 0), direction="up",
                        approx=_hedge(to_one.group("h")) if to_one.group("h") else "about")
        else:
            up = (m.group("w") or m.group("w2") or "more").lower() == "more"
            c = sc.make("comparison", start, claimed_text=st[start:end], compare_crime=other,
                        direction="up" if up else "down")
        if not same_clause:
            c.clause = f"{own[1]}: {c.clause}"
        out.append(c)
    return out
