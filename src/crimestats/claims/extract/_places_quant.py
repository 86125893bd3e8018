"""How many places went one way: 'fell in N of London's 32 boroughs', 'rose in every borough', 'in all four
boroughs', 'in most London boroughs'.

One direction claim per clause, its quantifier over London's boroughs (``Claim.places_quant``: 'all', 'most',
'count' with ``places_k``, or 'among' the ``rank_among`` places the text names); the figures in the quantifier
are taken, so they are never read as counts of crime.  Judged in ``judge/_only_place`` against every borough's
change.  Rule registered in ``_rules``.
"""

from __future__ import annotations

import re

from .._lexicon import number_alternation, number_value
from .._model import Claim
from ._place_names import find_places
from ._scan import Scan, Words, direction

__all__ = ["find_places_quant", "places_quant_gate"]

_I = re.IGNORECASE
_N = rf"(?:{number_alternation(2, 32)}|\d{{1,2}})"
_QUANT = re.compile(
    rf"\bin\s+(?:(?P<only>only|just)\s+)?(?P<k>{_N})\s+(?:(?:of|out\s+of)\s+(?:London['’]s\s+|the\s+(?:capital['’]s\s+)?)?"
    rf"(?:{_N}\s+)?)?(?:London\s+)?boroughs\b"
    r"|\bin\s+(?P<all>every|each|all)\s+(?:(?:of\s+)?(?:London['’]s|the|the\s+capital['’]s)\s+)?(?:London\s+)?"
    r"(?:(?:32|33|thirty-two|thirty-three)\s+)?boroughs?\b(?!\s+(?:but|except|bar|apart))"
    rf"|\b(?:in|across)\s+(?:all\s+(?P<few>{number_alternation(2, 6)})|(?P<both>both))\s+(?:of\s+(?:the|these|those)\s+)?(?:boroughs|areas|places|forces)\b"
    # 'down in both <a> and <b>': each of the two places named
    r"|\b(?:in|across)\s+(?P<both2>both)\s+(?=(?-i:[A-Z])[\w'&.-]+(?:\s+(?-i:[A-Z])[\w'&.-]+){0,2}\s+and\s+(?-i:[A-Z]))"
    # 'in all but <N> boroughs': all the 32 but that many
    rf"|\bin\s+all\s+but\s+(?P<but>{_N}|one)\s+(?:(?:of\s+)?(?:London['’]s|the|the\s+capital['’]s)\s+)?(?:London\s+)?"
    r"(?:(?:32|thirty-two)\s+)?boroughs?\b"
    r"|\bin\s+(?P<most>most|the\s+(?:vast\s+)?majority\s+of|more\s+than\s+half\s+(?:of\s+)?)\s*(?:(?:London['’]s|the)\s+)?"
    r"(?:London\s+)?boroughs\b"
    # 'in most of the capital': most of its boroughs
    r"|\b(?:in|across)\s+(?:most|the\s+(?:vast\s+)?majority|much)\s+of\s+(?:the\s+capital|London)\b"
    # the boroughs as the subject: 'most London boroughs saw falls', 'the majority of boroughs recorded a rise'
    r"|\b(?:most|the\s+(?:vast\s+)?majority\s+of|more\s+than\s+half\s+(?:of\s+)?)\s*(?:(?:London['’]s|the)\s+)?(?:other\s+)?"
    r"(?:London\s+)?boroughs\s+(?:saw|recorded|reported|had|posted|registered)\s+(?:a\s+)?(?:[\w-]+\s+)?"
    r"(?=(?:falls?|rises?|drops?|increases?|decreases?|declines?|reductions?)\b)", _I)


# 'every borough except <a>, <b> and <c> saw <crime> rise': all but the places listed, and those not
_EXCEPT = re.compile(
    r"\b(?:every|each|all)\s+(?:other\s+)?(?:London\s+)?boroughs?\s+(?:in\s+(?:London|the\s+capital)\s+)?(?:except(?:\s+for)?|"
    r"but|bar|apart\s+from|other\s+than|save\s+for|besides)\s+(?P<list>(?-i:[A-Z][\w'&.-]*(?:(?:\s+(?:upon|and)|,)?\s+"
    r"[A-Z][\w'&.-]*){0,8}))", _I)


_PLACES_QUANT_GATE_TEST = Words("borough", " areas", " places", " forces", " both ", "of the capital", "of london")


def places_quant_gate(sc: Scan) -> bool:
    return _PLACES_QUANT_GATE_TEST(sc.low)


PLACES_QUANT_NEEDS = _PLACES_QUANT_GATE_TEST


def find_places_quant(sc: Scan) -> list[Claim]:
    """'<crime> fell in N of London's 32 boroughs': how many boroughs went the claimed way."""
    out: list[Claim] = []
    for m in _EXCEPT.finditer(sc.st):
        # the list may be cut into clauses at its commas: from the quantifier to the end of the clause after it
        clause = (sc.clause_at(m.start())[0], sc.clause_at(min(m.end(), len(sc.st) - 1))[1])
        words = sc.text[clause[0]:clause[1]]
        way = direction(words)
        names = tuple(n for _, _, n in find_places(m.group("list")))
        if way not in ("up", "down") or not names or not sc.free(m.start()):
            continue
        c = sc.in_clause("direction", clause, direction=way, claimed_text=m.group(0))
        c.places_quant, c.places_k, c.compare_also = "except", len(names), names
        sc.used.append(m.span())
        out.append(c)
    for m in _QUANT.finditer(sc.st):
        clause = sc.clause_at(m.start())
        clause = (clause[0], max(clause[1], sc.s.start + m.end()))     # 'in all but <N> boroughs': 'but' ends no clause here
        words = sc.text[clause[0]:clause[1]]
        way = direction(words)
        if way not in ("up", "down") or not sc.free(m.start()):
            continue
        c = sc.in_clause("direction", clause, direction=way, claimed_text=m.group(0))
        if m.group("k"):
            k = m.group("k")
            c.places_quant, c.places_k = "count", number_value(k) or int(k)
        elif m.group("but"):
            b = m.group("but")
            c.places_quant, c.places_k = "count", 32 - (number_value(b) or (int(b) if b.isdigit() else 1))
        elif m.group("all"):
            c.places_quant = "all"
        elif m.group("few") or m.group("both") or m.group("both2"):
            c.places_quant, c.rank_among = "among", (number_value(m.group("few")) if m.group("few") else 2)
        else:
            c.places_quant = "most"
        sc.used.append(m.span())
        out.append(c)
    return out
