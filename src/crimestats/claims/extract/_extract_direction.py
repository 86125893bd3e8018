"""Direction-only statements and comparisons with 'than', pure text.

"Burglary fell" or "a rise in robbery" with no figure is a ``kind='direction'`` claim, one per clause,
and only in a clause no change, ratio or record claim holds (``Scan.taken``).  "fewer than in <year>" is
a direction against that year; "higher than <place>" a ``kind='comparison'`` with a place.  Rules
registered in ``_rules``.
"""

from __future__ import annotations

import re

from .._lexicon import DOWN_VERBS, LEXICON, UP_VERBS, alternation, month_alternation, month_number, number_alternation
from .._model import Claim
from ._baselines import _BASELINE, _PRE_PANDEMIC_YEAR
from ._place_names import find_places
from ._scan import DOWN_RE, RATE_WORDS, Scan, Words, trie_alternation
from ._yardstick import OURS, SELF

_OURS = re.compile(OURS, re.IGNORECASE)

__all__ = ["find_comparisons", "find_directions", "compare_gate", "direction_gate"]

_I = re.IGNORECASE
# finite verbs that say a figure went one way on their own ('burglary soared'); 'cut', 'reduced' and
# 'eased' are left out: they are as often about policy ('cut patrols') as about crime
_FINITE = tuple(v for v in DOWN_VERBS + UP_VERBS if v not in ("cut", "reduced", "eased", "fallen", "risen", "shrunk",
                                                                "grown"))
# a figure's way in the progressive ('has been falling', 'is rising again')
_ING_WAYS = ("falling", "rising", "dropping", "declining", "decreasing", "increasing", "climbing")
_ING = "|".join(_ING_WAYS)
# no figure follows the way ('is down too', not 'is down to N' / 'is down by N%')
_NO_FIGURE_AFTER = r"(?!\s+(?:(?:to|by|from)\b|\d))"
# 'down on last <month>', 'up on <month> <year>': a month as the other end
_MONTH_NAME = rf"(?:{month_alternation()})\b"
_DIRECTION = re.compile(
    r"\b(?:(?:a|an|the)\s+)?(?P<noun>drop|fall|decrease|reduction|decline|rise|increase|surge|jump|spike)s?\s+in\b"
    rf"|\b(?P<verb>{alternation(_FINITE)}|went\s+(?:back\s+)?(?:down|up)|"
    # phrasal verbs of a figure's way: 'came down', 'crept up', 'edged down', 'ticked up', 'turned down'
    r"(?:came|comes|coming|has\s+come|have\s+come|turned|has\s+turned)\s+(?:back\s+)?down(?!\s+(?:on|to|from|hard|heavily|with|by)\b)|"
    r"(?:crept|creeping|creeps|edged|edging|edges|ticked|ticking|ticks|inched|inching|inches|nudged|drifted|drifting)\s+"
    r"(?:back\s+)?(?:down|up|higher|lower)\b(?!\s+(?:(?:slightly|again)\s+)?(?:to|by|from)\s+(?:about\s+|around\s+|just\s+)?\d)|(?:gone|went|going|goes)\s+through\s+the\s+roof|(?:is|are)\s+(?:also\s+|still\s+)?(?:coming|going)\s+"
    r"(?:down|up)|(?:is|are|was|were)\s+(?:also\s+|still\s+|actually\s+|only\s+)?(?:up|down)"
    rf"{_NO_FIGURE_AFTER}(?!\s+on\s+(?!the\s+(?:year|previous|same|last)|last\s+year|a\s+year|(?:last\s+)?{_MONTH_NAME}))|"
    r"(?<![\w-])(?:up|down)\s+(?:sharply|steeply|markedly|significantly|substantially|considerably|slightly)\b|"
    # a figure that goes on its way: 'the number keeps climbing', 'keeps on falling'
    rf"keeps?\s+(?:on\s+)?(?:{_ING}|going\s+(?:up|down)){_NO_FIGURE_AFTER}|"
    # a headline's way without its verb: '<crime> up again last year', '<crime> still rising'
    rf"(?<![\w-])(?:up|down)\s+again\b{_NO_FIGURE_AFTER}|(?<![\w-])still\s+(?:{_ING}){_NO_FIGURE_AFTER}|"
    # a way with no figure after a place: '<place> <went against the trend> with a <rise>'
    r"(?<![\w-])with\s+an?\s+(?:small\s+|slight\s+|sharp\s+|big\s+|modest\s+)?(?:rise|fall|increase|drop|decrease|decline)\b"
    r"(?!\s+(?:of|in|to|from|on|since|for)\b)(?=\s*(?:[.;,]|$))|"
    # the way in a 'with' phrase: '..., with <crime> falling in <year>'
    rf"(?<![\w-])with\s+(?:[\w'’-]+\s+){{1,4}}?(?:{_ING})(?=\s+(?:in|during|over|last|this|since|across)\b|\s*[.,;]|\s*$)|"
    r"(?:has|have|had)\s+(?P<not>not\s+|never\s+)?(?:also\s+|since\s+|now\s+)?(?:fallen|risen|dropped|increased|decreased|declined|"
    r"gone\s+(?:down|up))|(?:has|have)\s+been\s+(?:(?:steadily|gradually|consistently|slowly)\s+)?"
    rf"(?:{_ING}|going\s+(?:down|up))|"
    # the present of a figure's way: '<crime> is rising again', 'are still falling'
    rf"(?:is|are)\s+(?:also\s+|still\s+|now\s+|once\s+more\s+)?(?:{_ING}){_NO_FIGURE_AFTER}|"
    # the verb left out after a conjunction: '<crime> was up in <place> but down in <place>'
    r"(?:but|while|whereas|and)\s+(?:(?:it\s+)?(?:was|were)\s+)?(?:up|down)(?=\s+(?:in|across|for)\s+(?:the\s+)?[A-Z]))\b", _I)
# 'did not fall', 'has not risen', 'failed to fall', 'never fell': a direction denied
_NEGATED = re.compile(r"\b(?:not|never|n't|failed\s+to|no\s+longer)\s+(?:(?:been|yet|really|actually)\s+)?$", _I)
# 'there was no rise in <crime>', 'not a single rise in': the noun denied
_NEGATED_NOUN = re.compile(r"\b(?:no|nor\s+any|not\s+an?(?:\s+single)?|without\s+an?y?)\s+(?:(?:real|further|significant|"
                           r"great|big|overall)\s+)?$", _I)
_COMPARE = re.compile(
    r"\b(?P<w>more|fewer|higher|lower|less|safer|more\s+dangerous|worse|better)\b"
    r"(?:\s+[\w'()-]+(?:\.[a-z]+)?){0,10}?\s+than\s+(?:(?:there\s+(?:were|was)|it\s+was|they\s+were|we\s+(?:had|saw|recorded))\s+)?"
    r"(?:in\s+)?(?:(?:neighbouring|nearby|next-door)\s+|"
    r"(?:its|their|our|her|his)\s+(?:[\w-]+\s+){0,2}?(?:neighbours?|rivals?|counterparts?)\s+)?"
    r"(?:(?:that|those)\s+(?:of|in)\s+|the\s+(?:rate|figure|level|number)s?\s+"
    r"(?:of|in|for)\s+)?(?:the\s+)?(?P<t>[\w'&.-]+(?:\s+[\w'&.-]+){0,3})", _I)
_DIR_GATE = ("drop", "fall", "fell", "decrease", "reduction", "decline", "rise", "rose", "increase", "surge",
             "jump", "spike", "went ", "has ", "have ", " up", " down", "through the roof", " higher", " lower") \
    + _ING_WAYS + tuple(v for v in _FINITE if " " not in v)
# 'But <that> was down on <the period before>': the figure just given, its crime named in the sentence before
_ANAPHOR_SUBJECT = re.compile(r"^\W*(?:but\s+|and\s+|yet\s+)?(?:(?:in|across|for)\s+(?-i:[A-Z][\w'’-]*(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'’-]*){0,3}),?\s+)?"
                              r"(?:that|this|it|they|these|those|the\s+figure|the\s+total)\s+"
                              r"(?:[\w']+\s+){0,2}?(?:was|were|is|are|has|have|had|went|fell|rose|dropped)\b", _I)
_EACH_MONTH = re.compile(r"\b(?:in\s+)?(?:each|every)(?:\s+single)?\s+month(?:\s+(?:of|in)\s+(?P<y>(?:19|20)\d{2}))?\b"
                         r"(?!\s+since)", _I)
_MONTH = month_alternation(capitalised=True)
_ONLY_PLACE = re.compile(r"\bthe\s+only\s+(?:other\s+)?(?:London\s+|inner\s+London\s+|outer\s+London\s+)?borough\s+(?:where|in\s+which|to\s+"
                         r"(?:see|record|have|show))\b|\bno\s+other\s+(?:London\s+)?borough\s+(?:saw|recorded|had|showed)\s+"
                         r"(?:a|any)\s+(?:rise|increase|fall|drop)\b", _I)
# month on month: 'rose every single month from <month> through to <month>', 'month on month from <month> to <month>',
# 'month on month in early <year>'
_MONTH_RUN = re.compile(
    rf"\b(?:every|each)(?:\s+single)?\s+month\s+(?:from|between)\s+(?P<m1>{_MONTH})\s+(?:(?:through|right)\s+)?"
    rf"(?:to|and|until|till)\s+(?P<m2>{_MONTH})(?:\s+(?P<y>(?:19|20)\d{{2}}))?"
    rf"|\bmonth[- ]on[- ]month\b(?:\s+(?:from|between)\s+(?P<m3>{_MONTH})\s+(?:(?:through|right)\s+)?(?:to|and|until|till)\s+"
    rf"(?P<m4>{_MONTH})(?:\s+(?P<y2>(?:19|20)\d{{2}}))?|\s+in\s+(?P<early>early\s+(?:19|20)\d{{2}}))?", _I)
# '<a> and <b> put together', '<a> and <b> combined'
_PUT_TOGETHER = re.compile(r"(?P<a>[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3})(?P<mid>(?:,\s+[A-Z][\w'&.-]*(?:\s+(?:and\s+|upon\s+)?[A-Z][\w'&.-]*){0,3}){0,4}),?\s+and\s+(?P<b>[A-Z][\w'&.-]*(?:\s+(?:and\s+|upon\s+)?[A-Z][\w'&.-]*){0,3})"
                           r"\s+(?:put\s+together|combined|together)\b")
# '<a>, <b> and <c>' with nothing summed after: each of them
_PLACE_LIST = re.compile(_PUT_TOGETHER.pattern.rsplit(r"\s+(?:put", 1)[0] + r"(?!\s+(?:put\s+together|combined|together)\b)")
# 'Compared with (neighbouring) <place>, <place> had (slightly) more <crime>': the yardstick fronted, no 'than'
_FRONTED_VS = re.compile(r"^\W*(?:compared\s+(?:with|to)|against|next\s+to|set\s+against|unlike)\s+(?:neighbouring\s+|nearby\s+)?"
                         r"(?P<t>[A-Z][\w'&.-]*(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'&.-]*){0,3}),\s+[^.;]*?\b"
                         r"(?P<w>more|fewer|higher|lower|less)\b(?![^.;]*\bthan\b)", re.IGNORECASE)
# ', but more <crimes>' after a comparison of two places: the same places, another crime
_BUT_MORE = re.compile(r",?\s+(?:but|and|while|yet)\s+(?P<w>more|fewer|less)\s+(?P<x>[\w'’ -]{3,40}?)(?=\s*(?:[.;!?]|$))", _I)
_BUT_THAN_PLACE = re.compile(r"\s+(?:but|and|yet)\s+(?P<w>lower|higher|more|fewer|less|worse|better)\s+than\s+(?:that\s+of\s+|in\s+)?"
                             r"(?:the\s+)?(?P<t>(?-i:[A-Z])[\w'’&.-]+(?:\s+(?-i:[A-Z])[\w'’&.-]+){0,3})", _I)
# 'than it was a decade ago', 'than they were in <year>', 'than five years ago'
_THEN_WAS = re.compile(r"(?:(?:it|they|that|this)\s+(?:was|were|had\s+been)\s+)?(?:(?:in\s+)?(?P<y>(?:19|20)\d{2})\b|"
                       rf"(?:(?P<dec>a\s+decade)|(?P<n>\d{{1,2}}|{number_alternation(2, 20)})\s+years|(?P<one>a|one)\s+year)"
                       r"\s+(?:ago|earlier|before)|(?P<last>last\s+year|the\s+(?:year|twelve\s+months|12\s+months)\s+before))", _I)
# 'than before the pandemic (in <year>)': the last full year before it, unless the text names one
_BEFORE_EPISODE = re.compile(r"\s*(?:(?:it\s+)?(?:was|were)\s+)?(?:before|pre)[- ](?:the\s+)?(?:covid(?:-19)?\s+|coronavirus\s+)?"
                             r"(?:pandemic|lockdowns?|covid)(?:\s+(?:levels?|figures?))?(?:,?\s+in\s+(?P<y>(?:19|20)\d{2}))?\b", _I)
_LESS = ("fewer", "lower", "less", "safer", "better", "below", "under", "beneath")
_EVALUATIVE_WAY = ("safer", "more dangerous", "worse", "better")


# 'well below where it was in <year>', 'above what it was a decade ago': against that period
_WHERE_IT_WAS = re.compile(r"\b(?P<w>below|under|beneath|above|over)\s+(?:where|what|the\s+level)\s+", _I)


def _way(word: str) -> str:
    """'fewer', 'lower', 'safer' point down; 'more', 'higher' up."""
    return "down" if word.lower() in _LESS else "up"


def _clause_free(sc: Scan, clause: tuple[int, int], taken: set[tuple[int, int]]) -> bool:
    """No claim is in the clause yet (and no rule has taken it)."""
    return clause not in taken and not any(clause[0] <= c.start < clause[1] for c in sc.claims)


def compare_gate(sc: Scan) -> bool:
    return " than " in sc.low or _WHERE_IT_WAS.search(sc.st) is not None or sc.low.lstrip(" -•*\"'").startswith(("compared", "against", "next to", "set against",
                                                                      "unlike"))


# compare_gate's words: ' than ', _WHERE_IT_WAS's way words, its opening words
COMPARE_NEEDS = Words(" than ", "below", "under", "beneath", "above", "over", "compared", "against", "next to", "unlike")


# the gate's words as whole words ('rose', not 'prose'): one search of the sentence
_DIR_GATE_RE = re.compile(r"(?<![a-z])" + trie_alternation(tuple(w.strip() for w in _DIR_GATE if " " not in w.strip()))
                          + "|" + trie_alternation(tuple(w for w in _DIR_GATE if " " in w.strip() or w != w.strip())))


def direction_gate(sc: Scan) -> bool:
    return _DIR_GATE_RE.search(sc.low) is not None


DIRECTION_NEEDS = Words(patterns=(_DIR_GATE_RE.pattern,))     # direction_gate's own test, whole words


def find_comparisons(sc: Scan) -> list[Claim]:
    """'fewer than in <year>' (a direction, in a clause not already taken), 'higher than <place>'."""
    out = []
    taken = sc.taken
    for m in _COMPARE.finditer(sc.st):
        tgt = m.group("t")
        clause = sc.clause_at(m.start())
        back = _THEN_WAS.match(sc.st, m.start("t"))
        if back and m.group("w").lower() in _EVALUATIVE_WAY:
            continue     # 'a safer place than it was a year ago': a judgement, not a count
        if back and _clause_free(sc, clause, taken):
            # 'lower than it was a decade ago', 'higher than they were in <year>': against that year
            n = back.group("y") or ("1 years earlier" if back.group("one") or back.group("last") else
                                    f"{10 if back.group('dec') else back.group('n')} years earlier")
            out.append(sc.in_clause("direction", clause, direction=_way(m.group("w")),
                                    baseline_text=n, claimed_text=sc.st[m.start():back.end()]))
            taken.add(clause)
            continue
        ym = re.match(r"(?:19|20)\d{2}", tgt)
        if ym:
            if clause not in taken and not any(o.subject == "workforce" and clause[0] <= o.start < clause[1]
                                               for o in sc.claims):     # officers, not crime

                d = _way(m.group("w"))
                out.append(sc.in_clause("direction", clause, direction=d, baseline_text=ym.group(0),
                                        claimed_text=m.group(0)))
                taken.add(clause)
            continue
        than_at = sc.low.find(" than ", m.start()) + 1
        episode = _BEFORE_EPISODE.match(sc.st, than_at + 5) if than_at > 0 else None
        if episode and _clause_free(sc, clause, taken):
            # 'more crime in <year> than before the pandemic (in <year>)': against the year before it
            d = _way(m.group("w"))
            out.append(sc.in_clause("direction", clause, direction=d, baseline_text=episode.group("y") or _PRE_PANDEMIC_YEAR,
                                    claimed_text=m.group(0)))
            taken.add(clause)
            continue
        base = _BASELINE.match(sc.st, than_at) if than_at > 0 else None
        if base is not None and not re.match(r"(?:19|20)\d{2}", base.group("b")):
            # 'lower than the same period a year earlier', 'higher than five years ago': a change in direction
            words = sc.text[clause[0]:clause[1]]
            if _clause_free(sc, clause, taken) and LEXICON.find_measures(words):     # about crime, no figure of its own
                d = _way(m.group("w"))
                out.append(sc.in_clause("direction", clause, direction=d, baseline_text=base.group("b"),
                                        claimed_text=m.group(0)))
                taken.add(clause)
            continue
        if _OURS.match(tgt) and _clause_free(sc, clause, taken):
            # 'had a higher rate than ours': against the place the text speaks of
            out.append(sc.in_clause("comparison", clause, compare_to=SELF, claimed_text=m.group(0),
                                    direction=_way(m.group("w")),
                                    by_rate=RATE_WORDS.search(sc.text[clause[0]:clause[1]]) is not None))
            taken.add(clause)
            continue
        places = find_places(tgt)
        summed = _PUT_TOGETHER.match(sc.st, m.start("t")) if places and places[0][0] == 0 else None
        also = find_places(summed.group("b")) if summed else []
        mid = [p[2] for p in find_places(summed.group("mid"))] if summed else []
        if summed is not None and also and also[0][0] == 0 and clause not in taken:
            # 'more <crimes> than <a>, <b> and <c> put together': against the places' sum
            c = sc.in_clause("comparison", clause, compare_to=places[0][2], compare_also=(*mid, also[0][2]),
                             claimed_text=sc.st[m.start():summed.end()], direction=_way(m.group("w")))
            if sc.s.start + summed.end() > c.end:     # the list runs past the clause's first comma
                c.end = sc.s.start + summed.end()
                c.text = sc.text[c.start:c.end]
            out.append(c)
            taken.add(clause)
            continue
        listed = _PLACE_LIST.match(sc.st, m.start("t")) if places and places[0][0] == 0 else None
        if listed is not None and m.start("t") + places[0][1] > listed.start("b"):
            listed = None       # one name with 'and' in it ('<a> and <b>' as a borough's own name)
        others = [p[2] for p in find_places(listed.group("mid") + " " + listed.group("b"))] if listed else []
        if listed is not None and others and clause not in taken and _clause_free(sc, clause, taken):
            # 'more <crimes> than <a> and <b>' (nothing summed): more than each of them
            c = sc.in_clause("comparison", clause, compare_to=places[0][2], compare_also=tuple(others), compare_each=True,
                             claimed_text=sc.st[m.start():listed.end()], direction=_way(m.group("w")),
                             by_rate=RATE_WORDS.search(sc.st, max(0, clause[0] - sc.s.start), m.start()) is not None)
            if sc.s.start + listed.end() > c.end:
                c.end = sc.s.start + listed.end()
                c.text = sc.text[c.start:c.end]
            out.append(c)
            taken.add(clause)
            continue
        if places and places[0][0] == 0 and not any((c.compare_to == places[0][2] or c.rank) and c.start == clause[0]
                                                    for c in sc.claims):     # a ratio or a ranking took it
            # '<borough>'s knife crime rate is higher than <borough>'s': the rate named before the comparison
            # ('higher per head than <place>': the rate words between the comparative and the place)
            rate_before = RATE_WORDS.search(sc.st, max(0, clause[0] - sc.s.start), m.start("t")) is not None
            out.append(sc.in_clause("comparison", clause, compare_to=places[0][2], claimed_text=m.group(0),
                                    direction=_way(m.group("w")),
                                    by_rate=rate_before))
            taken.add(clause)
    for m in _WHERE_IT_WAS.finditer(sc.st) if " where " in sc.low or " what " in sc.low or " level " in sc.low else ():
        back = _THEN_WAS.match(sc.st, m.end())
        clause = sc.clause_at(m.start())
        if back is None or not _clause_free(sc, clause, taken) or not LEXICON.find_measures(sc.st):
            continue
        n = back.group("y") or ("1 years earlier" if back.group("one") or back.group("last") else
                                f"{10 if back.group('dec') else back.group('n')} years earlier")
        out.append(sc.in_clause("direction", clause, direction=_way(m.group("w")), baseline_text=n,
                                claimed_text=sc.st[m.start():back.end()]))
        sc.used.append(back.span())     # the year it was is the baseline, not the period
        taken.add(clause)
    fr = _FRONTED_VS.match(sc.st)
    vs = find_places(fr.group("t")) if fr else []
    if fr is not None and vs and vs[0][0] == 0 and sc.free(fr.start("w")):
        clause = sc.clause_at(fr.start("w"))
        if _clause_free(sc, clause, taken):
            # 'Compared with <place>, <place> had (slightly) more <crime>': a comparison with the fronted place
            out.append(sc.in_clause("comparison", clause, compare_to=vs[0][2], claimed_text=fr.group(0).strip(" ,"),
                                    direction=_way(fr.group("w")),
                                    by_rate=RATE_WORDS.search(sc.st) is not None))
            taken.add(clause)
    placed = [c for c in out if c.kind == "comparison" and c.compare_to and not c.compare_also]
    for m in _BUT_THAN_PLACE.finditer(sc.st) if placed else ():
        other = find_places(m.group("t"))
        if not other or other[0][0] != 0 or any(c.compare_to == other[0][2] for c in placed):
            continue
        # '<place>'s rate was higher than <a>'s but lower than <b>'s': a second comparison, with <b>
        first = next((c for c in reversed(placed) if c.start <= sc.s.start + m.start()), None)
        if first is None:
            continue
        clause = sc.clause_at(m.start("w"))
        span = (first.start, max(first.end, clause[1]))
        c = sc.in_clause("comparison", span, compare_to=other[0][2],
                         claimed_text=m.group(0).strip(" ,"), direction=_way(m.group("w")), by_rate=first.by_rate)
        out.append(c)
    for m in _BUT_MORE.finditer(sc.st) if placed else ():
        clause = sc.clause_at(m.start("w"))
        if clause in taken or not LEXICON.find_measures(m.group("x")):
            continue
        # '<place> had fewer burglaries than <place>, but more robberies': the same two places, another crime
        out.append(sc.in_clause("comparison", clause, compare_to=placed[-1].compare_to, claimed_text=m.group(0).strip(" ,"),
                                direction=_way(m.group("w"))))
        taken.add(clause)
    return out


# a fact box's line: '<crime>: up', '- Burglary: down (N)'
_LABEL_WAY = re.compile(r"^\W*(?P<label>[A-Za-z][\w' -]{2,40}):\s+(?P<w>up|down|rising|falling|higher|lower)\b", _I)


_PLACE_SUBJECT = re.compile(r"^\W*(?:but|and|while|yet)?\s*(?-i:[A-Z][\w'’&.-]+)(?:\s+(?-i:[A-Z][\w'’&.-]+)){0,3}\s+"
                            r"(?:bucked|went\s+against|defied)\s+the\s+trend\b", _I)


def find_directions(sc: Scan) -> list[Claim]:
    """'burglary fell', 'a rise in robbery': one direction claim per free clause, about crime."""
    out: list[Claim] = []
    st = sc.st
    taken = sc.taken
    lw = _LABEL_WAY.match(st)
    if lw and LEXICON.find_measures(lw.group("label")):
        clause = sc.clause_at(lw.start("w"))
        if clause not in taken:
            d = "down" if lw.group("w").lower() in ("down", "falling", "lower") else "up"
            out.append(sc.in_clause("direction", sc.line_span(), direction=d, claimed_text=lw.group(0).strip(" -•*")))
            taken.add(clause)
    for m in _DIRECTION.finditer(st):
        clause = sc.clause_at(m.start())
        if clause in taken or any(c.kind in ("change", "ratio") and c.start == clause[0] for c in sc.claims) or \
                any(c.kind == "direction" and c.places_quant and c.start <= clause[0] < c.end for c in sc.claims):
            continue
        if not LEXICON.crime_nouns.search(st) and not LEXICON.figure_nouns.search(sc.text[clause[0]:clause[1]]) \
                and not LEXICON.find_measures(st) and not _ANAPHOR_SUBJECT.match(sc.text[clause[0]:clause[1]]) \
                and not (m.group(0).lower().startswith("with") and _PLACE_SUBJECT.match(sc.text[clause[0]:clause[1]])):
            continue    # ('<place> <went against the trend> with a <rise>': the place's figure for the crime the text is about)
        w = (m.group("noun") or m.group("verb")).lower()
        d = "down" if DOWN_RE.search(w) or re.search(r"decreas|declin|falling|dropping|going\s+down|\b(?:down|lower)$", w) \
            else "up"
        neg = _NEGATED.search(st[max(0, m.start() - 24):m.start()]) or (
            _NEGATED_NOUN.search(st[max(0, m.start("noun") - 24):m.start("noun")]) if m.group("noun") else None)
        if neg or m.group("not"):     # 'did not fall', 'has not risen': the other way (or no change)
            d = "up" if d == "down" else "down"
        c = sc.in_clause("direction", clause, direction=d, claimed_text=(neg.group(0) if neg else "") + m.group(0))
        if _ONLY_PLACE.search(st):      # 'the only London borough where <crime> went up'
            c.only_place = True
        each = _EACH_MONTH.search(sc.text[clause[0]:clause[1]])
        run = _MONTH_RUN.search(sc.text[clause[0]:clause[1]])
        if run:         # 'rose month on month', 'every month from <month> to <month>': each month on the one before
            c.per_month = "sequence"
            m1, m2 = run.group("m1") or run.group("m3"), run.group("m2") or run.group("m4")
            a, b = (month_number(m1), month_number(m2)) if m1 and m2 else (None, None)
            if a and b:
                c.month_span = (a, b)
                y = run.group("y") or run.group("y2")
                if y:
                    c.period_text = f"{m1} {y} to {m2} {y}"
            elif run.group("early"):     # 'early <year>': its first quarter
                y = run.group("early").split()[-1]
                c.month_span, c.period_text = (1, 3), f"January {y} to March {y}"
        elif each:        # 'rose in each month of <year>': every month against the same month a year earlier
            c.per_month = "every"
            c.period_text = each.group("y") or c.period_text
        out.append(c)
        taken.add(clause)
    return out
