"""Extraction of rankings among places and of levels against a year: pure text, no store.

* **rankings among places** ("the highest in London", "London's second-highest", "the fewest of any
  borough", "more than in any other part of London", "more than twice as many as any other borough",
  "fewer robberies than any other borough", "X recorded the fewest ..., with Y a close second", "followed
  by Y", "topped the table", "only X recorded more ... than Y", "... except <borough>", "the
  third-highest rate in London", "among the five worst boroughs", "one of the highest", "ranked Nth of
  32", "the biggest rise of any borough"): ``kind='comparison'`` with ``rank``; "among the N" is
  ``approx='at_most'``, "one of the" ``approx='one_of'``, "than any other" ``approx='strict'`` (a tie
  is not "more than"); a multiple over the runner-up is ``value`` with ``unit='times'``; a ranking of a
  change has ``subject='change'`` and ``direction``;
* **levels against a year** ("the <year> total was below the level seen in <year>", "above pre-pandemic
  levels"): ``kind='direction'`` with that year as the baseline.

The figures of a ranking sentence ("at N", "on N", "with eight each") are counts for the
borough they belong to.  The ``rank`` rule (``_rules``) calls :func:`rank_claims` where it used to scan
rankings; the spans consumed go into ``used`` so the number scan does not read "of 32" or "the five
worst" as counts.  Records in time are in ``_extract_record``; verdicts in ``_rank``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import Callable

from .._lexicon import (
    FORCE_NAMES,
    FRACTION_PARTS,
    LEXICON,
    ORDINALS,
    TIMES_WORDS,
    fraction_alternation,
    number_alternation,
    number_value,
    ordinal_alternation,
)
from .._model import Claim
from ._scan import RATE_WORDS, Scan, Words

__all__ = ["rank_claims", "find_ranks", "rank_words", "ONLY_VERB"]

_I = re.IGNORECASE
Make = Callable[..., Claim]      # make(kind, sentence_relative_pos, **fields) -> Claim

_ORD = rf"(?:{ordinal_alternation(1, 12)}|\d{{1,2}}(?:st|nd|rd|th))"
# 'twice', 'double', 'three times': a multiple
_MULTIPLE = (rf"(?:{'|'.join(w for w, v in TIMES_WORDS.items() if v > 1)}|(?:{number_alternation(2, 5)}|[2-9])"
             r"\s+times)")
_LOW = ("lowest", "fewest", "smallest", "least", "best", "safest", "bottom", "quietest")
# superlatives a record in time may use (shared with _extract_record)
_SUPER = (r"highest|lowest|fewest|most|smallest|largest|biggest|worst|best|greatest|sharpest|steepest|busiest|quietest"
          r"|deadliest|bloodiest|safest")
# 'the biggest fall', 'the largest annual percentage increase': a record or ranking of a change, not a level
_CHANGE_NOUN = re.compile(r"^(?:\s+(?:annual|yearly|monthly|year-on-year|year-over-year|percentage|proportional|"
                          r"single-year|one-year|12-month|recorded|overall))*\s+(?P<n>fall|drop|decline|decrease|reduction|"
                          r"rise|increase|jump|surge|spike|growth)s?\b", _I)


def _change_of(after: str) -> str | None:
    """'down'/'up' when the words after a superlative name a change ('biggest fall'), else None."""
    m = _CHANGE_NOUN.match(after)
    if m is None:
        return None
    return "down" if m.group("n").lower() in ("fall", "drop", "decline", "decrease", "reduction") else "up"


def _change_kw(after: str) -> dict[str, object]:
    d = _change_of(after)
    if d is None:
        return {}
    absolute = re.search(r"\bin\s+(?:absolute\s+)?(?:numbers?|terms\s+of\s+numbers)|absolute\b", after[:80], _I)
    return {"direction": d, "subject": "change", "unit": "count" if absolute else "percent"}


def _ordinal(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.match(r"(\d{1,2})", w)
    return int(m.group(1)) if m else None


def _side(word: str) -> str:
    w = " ".join(word.lower().split())
    return "low" if w in _LOW or w.startswith(("lowest", "fewest", "least", "safest", "best")) else "high"


# ----------------------------------------------------------------------------- rankings among places
_SCOPE = (r"(?:(?P<scope>inner|outer)[- ]london\s+)?(?:london\s+)?(?:police\s+)?"
          r"(?P<unit>boroughs?|wards?|forces?|areas?|regions?|councils?|parts?\s+of\s+(?:london|the\s+(?:capital|city))"
          r"|local\s+authorit(?:y|ies))\b")
# 'the highest in London', 'the most of any borough' (the shapes the checker always read)
_RANK = re.compile(
    rf"\b(?:(?P<ord>{_ORD})[- ])?(?P<dir>highest|most|largest|biggest|worst|lowest|fewest|smallest|least|sharpest|"
    r"steepest|greatest)\b(?P<mid>(?:\s+[\w'-]+){0,6}?)\s+(?:(?:in|across)\s+(?:the\s+)?"
    r"(?:(?P<scope_in>inner|outer)\s+)?(?P<in>london|capital|country|city|england\s+and\s+wales)\b|(?:of|among|amongst)\s+(?:(?:any|all)\s+)?(?:the\s+)?"
    r"(?:other\s+)?(?:(?P<scope>inner|outer)[- ]london\s+|london(?:'s|’s)?\s+)?(?:(?:32|33|thirty-two|43|forty-three)\s+)?"
    r"(?:police\s+)?(?P<unit>boroughs?|forces?|areas?|regions?)\b)"
    r"|\bsecond\s+only\s+to\s+(?P<top>(?-i:[A-Z][\w'-]+(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'-]+){0,3}))"
    rf"|\b(?P<poss>london|the\s+capital|england\s+and\s+wales)(?:'s|’s)\s+(?:(?P<ord3>{_ORD})[- ])?"
    r"(?P<dir3>highest|lowest|worst|biggest|largest|fewest|smallest)\b", _I)
# 'more than in any other part of London', 'fewer robberies than any other borough',
# 'more than twice as many as any other borough', 'higher than anywhere else in London'
_ANY_OTHER = re.compile(
    r"\b(?:(?P<h>more\s+than|over|almost|nearly|about|around)\s+)?"
    rf"(?:(?P<mult>{_MULTIPLE})\s+"
    r"(?:as\s+(?:many|much|high|great)(?:\s+[\w'-]+){0,6}?\s+as|(?:the|that\s+of)(?:\s+[\w'-]+){0,4}?\s+(?:of|in|for)|"
    r"that\s+of|the\s+(?:number|figure|total|rate|level)\s+(?:of|in|for))"
    r"|(?P<w>more|fewer|less|higher|lower|worse|better|greater|bigger|smaller)\b(?P<mid>(?:\s+[\w'-]+){0,12}?)\s+than)"
    r"\s+(?:in\s+|at\s+|for\s+|that\s+of\s+)?(?:any\s+(?:other\s+)?" + _SCOPE +
    # 'than any other borough except <place>', 'apart from <place> and <place>': second (third) place
    r"(?:\s+(?:in\s+(?:london|the\s+capital)\s+)?(?:except(?:\s+for)?|apart\s+from|bar|other\s+than|save\s+for|"
    r"besides|but)\s+(?P<exc>(?-i:[A-Z][\w'&.-]*(?:(?:\s+(?:upon|and)|,)?\s+[A-Z][\w'&.-]*){0,5})))?"
    r"|anywhere\s+else\s+in\s+(?P<else>london|the\s+capital|the\s+country|england(?:\s+and\s+wales)?))", _I)
# '<borough> ranked (only) 20th of the 32 boroughs (for <crime>)': a position counted from the highest
_RANKED_NTH = re.compile(r"\branked\s+(?:only\s+|just\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:(?:out\s+)?of|among)\s+"
                         r"(?:the\s+|all\s+|london's\s+)?(?:32|33|thirty-two)\s+(?:london\s+)?boroughs\b"
                         r"(?P<low>\s+from\s+the\s+(?:bottom|lowest))?", _I)
# '<borough> was the worst hit', 'the hardest-hit borough': first among the places compared
_WORST_HIT = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:the\s+)?(?:worst|hardest|most\s+badly)[- ]hit\b(?!\s+by)"
                        r"|\bthe\s+(?:worst|hardest)[- ]hit\s+(?P<unit>boroughs?|forces?|areas?))", _I)
# 'Only <place> and <place> recorded more <crime> (than <place>)': the place is third
_PLACE_NAME = r"(?-i:[A-Z][\w'&.-]*(?:\s+(?:upon\s+)?[A-Z][\w'&.-]*){0,3})"
# the verb after 'only <places>' ('only <a> and <b> (now) record more'), shared with the resolver's ONLY_LISTED
ONLY_VERB = (r"(?:now\s+|still\s+|currently\s+|actually\s+)?(?:have\s+|has\s+|had\s+|do\s+|does\s+|did\s+)?"
             r"(?:now\s+|still\s+)?(?:recorded|records?|had|have|has|saw|sees?|seen|logged|logs?|reported|reports?|"
             r"suffered|suffers?|registered)")
_ONLY_MORE = re.compile(
    rf"\bonly\s+(?P<list>{_PLACE_NAME}(?:(?:,\s+|\s+and\s+){_PLACE_NAME}){{0,4}})\s+{ONLY_VERB}\s+"
    r"(?P<w>more|fewer|higher|lower)\b"
    rf"(?:(?:\s+[\w'-]+){{0,5}}?\s+than\s+(?P<t>{_PLACE_NAME}))?(?=[\s,.;]|$)", _I)
# 'almost twice as many thefts as the next borough', 'more than double the next highest': the leader's
# lead over the runner-up (``unit='times'``, judged by _rank._position_ok)
_NEXT = re.compile(
    r"\b(?:(?P<h>more\s+than|over|almost|nearly|about|around|roughly|close\s+to|just\s+over|just\s+under)\s+)?"
    rf"(?P<mult>{_MULTIPLE})\s+"
    r"(?:as\s+(?:many|much|high|great)(?:\s+[\w'-]+){0,8}?\s+as\s+|(?:the|that\s+of)(?:\s+[\w'-]+){0,6}?\s+"
    r"(?:of|in|for|at)\s+|that\s+of\s+|the\s+(?:number|figure|total|rate|level)\s+(?:of|in|for)\s+|)"
    r"(?:in\s+|at\s+|for\s+|that\s+of\s+)?the\s+next(?:[- ](?:highest|biggest|largest|busiest|worst|placed))?"
    r"(?:\s+(?:london\s+)?(?P<unit>boroughs?|wards?|forces?|areas?|councils?)\b|\s+on\s+the\s+list\b|\b)", _I)
# '<borough> recorded the fewest', '<borough> had the highest rate'
_BARE = re.compile(
    rf"\b(?:recorded|records|had|has|have|saw|sees|logged|logs|reported|reports|registered|posted|suffered|"
    rf"suffers|was|is|remains|remained|topped\s+the\s+table\s+with|(?:is|was|remains)\s+the\s+borough\s+with|"
    rf"(?<=,\s)with|as\s+well\s+as|and\s+also|and\s+(?=the\s+(?:fewest|most|lowest|highest)\s))\s+"
    rf"(?:again\s+)?(?:still\s+)?the\s+(?:(?P<ord>{_ORD})[- ])?"
    rf"(?P<dir>highest|most|largest|biggest|worst|lowest|fewest|smallest|least|sharpest|steepest|greatest)\b", _I)
# '<borough> again topped the burglary table', '<borough> propped up the league table'
_TABLE = re.compile(r"\b(?:(?P<top>topped|tops|top|headed|heads|head|led|leads)|(?P<bottom>propped\s+up|props\s+up|"
                    r"(?:was|is|sat|sits|came|comes)\s+(?:at\s+the\s+)?bottom\s+of))\s+"
                    r"(?:the|(?:[A-Z][\w-]*|the\s+capital)(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:league\s+)?(?:table|tables|rankings?|list)\b", _I)
# '<borough> was number one', '<borough> was top a year earlier', '<borough> came bottom': first (or last) without a table
_NUMBER_ONE = re.compile(
    r"\b(?:was|is|were|are|came|comes|finished|finishes|sat|sits|remained|remains|ranked|ranks|has\s+been|"
    r"had\s+been)\s+(?:(?:the\s+)?number\s+(?P<n>one|two|three|[1-3])|no\.?\s*(?P<n2>[1-3])|(?P<top>top)|(?P<bottom>bottom))\b"
    r"(?!\s+(?:ten|five|three|twenty|\d|of\s+the\s+(?:table|league|list)\s+for\s+(?:safety|safe)))", _I)
# 'pushing <borough> into second place', '<borough> slipped to third place', 'with <borough> in second place'
_INTO_PLACE = re.compile(rf"\b(?:into|to|in)\s+(?P<ord>{_ORD})\s+place\b", _I)
# 'only <borough> recorded more robberies than <borough>': <borough> second, behind <borough>
_ONLY = re.compile(r"\b[Oo]nly\s+(?P<top>[A-Z][\w'-]+(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'-]+){0,3})\s+(?:[\w'-]+\s+){0,2}?"
                   r"(?P<w>more|higher|fewer|lower|less)\b(?:\s+[\w'-]+){0,4}?\s+than\s+(?P<me>[A-Z][\w'-]+"
                   r"(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'-]+){0,3})")
# '<a> has (now) overtaken <b> as the borough with the most <crime>': <a> first (now), <b> behind it
_OVERTAKEN = re.compile(r"\b(?P<me>[A-Z][\w'-]+(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'-]+){0,3})\s+(?:has|had|have)\s+(?:now\s+)?"
                        r"(?:overtaken|overtook|surpassed|passed|replaced)\s+(?P<other>[A-Z][\w'-]+(?:\s+(?:upon\s+|and\s+)?"
                        r"[A-Z][\w'-]+){0,3})\s+as\s+(?:the\s+)?(?:London\s+)?(?:borough|force|area)\s+with\s+the\s+"
                        r"(?P<w>most|highest|fewest|lowest|least)\b")
# 'the highest of any borough except <borough>', '... apart from <borough>', 'outside <borough>'
_EXCEPT = re.compile(r"\s*,?\s*(?:except(?:\s+for)?|apart\s+from|other\s+than|outside(?:\s+of)?|bar|besides|"
                     r"with\s+the\s+exception\s+of)\s+(?P<b>[A-Z][\w'-]+(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'-]+){0,3})")
# 'no other (London) borough recorded more <crime> (than <borough>)', 'no other borough saw a steeper rise': the top
_NO_OTHER = re.compile(
    r"\bno\s+other\s+(?:london\s+|inner\s+london\s+|outer\s+london\s+)?(?P<unit>borough|force|area)\s+"
    r"(?:(?:has|had|have)\s+)?(?:ever\s+)?(?:recorded|records|record|saw|sees|see|seen|had|has|logged|suffered|reported|"
    r"posted|registered|came\s+close\s+to)\s+"
    r"(?:(?P<more>more|fewer|less|as\s+many|so\s+many)\b|(?:a|an|as)\s+(?P<adj>bigger|larger|steeper|sharper|higher|"
    r"greater|lower|smaller|faster)\s+(?:(?:percentage|proportional)\s+)?(?P<noun>rise|increase|jump|fall|drop|decline|"
    r"reduction|rate)\b)", re.IGNORECASE)
# a pronoun after a conjunction goes back to the sentence's subject: '<a> ... than <b>, and it had the lowest'
_AND_IT = re.compile(r"[,;]?\s+(?:and|but|yet|while)\s+(?:it|they)\s*$", re.IGNORECASE)
# a rank among a few places the text names: 'the highest rate of the four', 'the fewest of the four boroughs'
_AMONG_FEW = re.compile(rf"^(?:\s+[\w'’-]+){{0,6}}?\s+(?:of|among|amongst)\s+(?:the|these|those|all)\s+"
                        rf"(?P<n>{number_alternation(2, 6)}|[2-6])(?:\s+(?:london\s+)?(?:boroughs|forces|areas|places|"
                        r"towns|cities|councils|neighbours))?\b(?!\s+(?:years|months|crimes|offences|with|that|which|where|"
                        r"recording|for|in\s+(?:London|England|the\s+country)))"
                        # 'of the forces we looked at', 'among the boroughs compared here': every place the text names
                        r"|^(?:\s+[\w'’-]+){0,6}?\s+(?:of|among|amongst)\s+(?:the|these|those|all\s+the)\s+(?P<unit>boroughs|forces|areas|"
                        r"places)\s+(?:(?:we|I|they|you)\s+(?:have\s+)?(?:looked\s+at|compared|examined|studied|analysed|analyzed|"
                        r"covered|surveyed)|(?:compared|covered|listed|named|mentioned)(?:\s+(?:here|above|below))?|here|above)\b",
                        re.IGNORECASE)
# 'with <borough> a close second', 'followed by <borough>'
_RUNNER = re.compile(r"\b(?:with|and|while)\s+(?P<rest>[A-Z][\w' -]{2,45}?)\s+(?:was\s+|is\s+|came\s+|in\s+)?"
                     r"(?:a\s+)?(?:close\s+|distant\s+|narrow\s+)?(?P<ord>second|third|fourth|fifth)\b"
                     r"|\bfollowed\s+by\s+(?P<next>[A-Z][\w' -]{2,45})", _I)
# '<place>, the next-highest borough': the place in apposition is second to the one the sentence is about
_NEXT_AFTER_PLACE = re.compile(r"(?P<p>(?-i:[A-Z])[\w'’&.-]+(?:\s+(?:upon\s+|and\s+)?(?-i:[A-Z])[\w'’&.-]+){0,3}),\s+the\s+next[- ]"
                               r"(?P<w>highest|lowest|biggest|largest|busiest|smallest|safest|quietest|worst)\b", _I)
# '<place>, the <worst> borough in <year>, ...': the place in apposition is first among the boroughs that year
_TOP_AFTER_PLACE = re.compile(r"(?P<p>(?-i:[A-Z])[\w'’&.-]+(?:\s+(?:upon\s+|and\s+)?(?-i:[A-Z])[\w'’&.-]+){0,3}),\s+the\s+"
                              r"(?P<w>worst|highest|lowest|busiest|safest|quietest)[- ](?:hit\s+)?borough\s+"
                              r"(?:(?:in|of)\s+(?:London\s+)?)?(?:in|for|during)\s+(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\s*,", _I)
_WORD_BEFORE = re.compile(r"(?-i:[A-Z][\w'-]+)\s+$")


def _inside_name(st: str, at: int) -> bool:
    """True when the 'and' at ``at`` joins the two halves of one place's name ('<a> and <b> is second')."""
    w = _WORD_BEFORE.search(st[max(0, at - 30):at])
    if w is None:
        return False
    whole = _borough_re().match(st, at - len(w.group(0)))
    return whole is not None and whole.end() > at


# 'among the five worst boroughs', 'one of the three highest rates', 'in the top five', 'in the bottom N'
_TOP = rf"{number_alternation(2, 10)}|twelve|fifteen|twenty|\d{{1,2}}"     # 'the top five', 'among the N'
_TOP_N = re.compile(
    rf"\b(?:among|one\s+of|in|within|inside|(?P<out>outside))\s+(?:the\s+)?(?:(?P<tb>top|bottom)\s+(?P<n1>{_TOP})\b|"
    rf"(?P<n2>{_TOP})\s+(?:(?:london\s+|police\s+)?(?P<u3>boroughs|forces|areas)\s+(?:with|for|"
    r"recording|that\s+recorded|that\s+had)\s+the\s+)?(?P<dir>highest|worst|most\s+dangerous|most|busiest|biggest|"
    r"largest|lowest|fewest|safest|best|smallest|least)\b)", _I)
# "<borough> is London's <crime> capital", 'the <crime> capital of London': the place with the most of it
_CAPITAL = re.compile(r"\b(?:(?P<poss>London|the\s+capital|Britain|England|the\s+country|the\s+UK)['’]s\s+"
                      r"(?P<c1>(?:[\w-]+\s+){1,3}?)capital\b|\bthe\s+(?P<c2>(?:[\w-]+\s+){1,3}?)capital\s+of\s+"
                      r"(?P<of>London|the\s+capital|Britain|England|the\s+country|the\s+UK)\b)", _I)
_NOT_BEFORE = re.compile(r"\b(?:not|n['’]t|never|no\s+longer)\s+(?:even\s+|quite\s+|once\s+|yet\s+)?(?:(?:been|be)\s+)?$", _I)


def _denied_before(st: str, pos: int) -> bool:
    """'not (even)', 'never', 'no longer' right before ``pos``: the position that follows is denied."""
    return _NOT_BEFORE.search(st[max(0, pos - 24):pos]) is not None


# 'ranked Nth of 32', 'ranks third highest', 'came Nth out of the 32 boroughs', 'the Nth highest of 32'
_RANKED = re.compile(
    rf"\b(?:(?:ranked|ranks|rank|ranking|placed|came|comes|sits|sat|is|was|stands|stood)\s+(?:at\s+)?(?:number\s+)?"
    rf"(?P<ord>{_ORD})|the\s+(?P<ord2>{_ORD}))\b(?:[- ](?P<dir>highest|lowest|worst|best|safest|most|fewest))?"
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<of>\d{1,2}|thirty[- ]two|thirty[- ]three|forty[- ]three)\b"
    r"(?:\s+(?:london\s+)?(?P<ofu>boroughs?|forces?|police\s+forces?|areas?))?)?", _I)
# 'the <year> total was below the level seen in <year>', 'above its <year> level'
_LEVEL = re.compile(
    r"\b(?P<w>below|under|beneath|beneath|above|over|higher\s+than|lower\s+than|less\s+than|more\s+than)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:level|figure|total|number|count|rate)s?\s+(?:seen|recorded|reached|reported|"
    r"of|in|for|from)\s+(?:in\s+)?(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\b|(?P<y2>(?:19|20)\d{2}(?:/\d{2})?)\s+"
    r"(?:level|figure|total|peak)s?\b|(?P<pre>pre-?\s?(?:pandemic|covid|lockdown))\s+(?:level|figure|total|peak)s?\b"
    r"(?:\s+(?:of|in|seen\s+in|recorded\s+in)\s+(?P<y3>(?:19|20)\d{2}(?:/\d{2})?)\b)?)", _I)
# 'below the London average', 'higher than the London rate', 'above the average for London': a place's
# rate against London's (no figure in the sentence); judged in _rate_compare
_VS_LONDON = re.compile(
    r"\b(?P<w>below|under|beneath|above|over|higher\s+than|lower\s+than|worse\s+than|better\s+than|less\s+than|"
    r"more\s+than|greater\s+than|in\s+line\s+with|close\s+to)\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?"
    r"(?:(?P<l>london|capital|london-wide|pan-london|city-wide)(?:'s|’s)?\s+(?:overall\s+)?(?P<n>average|rate|norm|mean)"
    r"|(?:overall\s+)?(?:average|rate)\s+(?:for|across|in)\s+(?:london|the\s+capital)(?:\s+as\s+a\s+whole)?)\b", _I)
# '..., and more than two-thirds led to no further action': a fraction standing for a share of the
# sentence's subject (no 'of' after it), followed by what happened to that part
_BARE_FRACTION = re.compile(
    r"(?:[,;]\s*|\b(?:and|but|while|whereas)\s+)(?P<h>(?:more\s+than|over|almost|nearly|about|around|roughly|"
    rf"just\s+under|just\s+over|fewer\s+than|less\s+than|under)\s+)?(?P<f>{fraction_alternation(articles=False, loose=True)}|"
    rf"(?P<n>{number_alternation(1, 4)})\s+in\s+(?P<d>{number_alternation(2, 10)}|twenty))\s+(?:of\s+(?:them|those|these)\s+)?(?P<v>led|ended|resulted|concluded|went|were|was)\b", _I)
_FRACTIONS = {f: 100 * n / d for f, (n, d) in FRACTION_PARTS.items()}     # percent
_SUBJECT_YEAR = re.compile(r"\b(?:the|its|their|this)\s+(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\s+(?:total|figure|level|"
                           r"count|number|rate|tally)\b", _I)
_GATE = ("highest", "most", "largest", "biggest", "worst", "lowest", "fewest", "smallest", "least", "second only",
         "any other", "anywhere else", "top ", "bottom ", "rank", "placed", "came ", "th of", "th out", "below",
         "under", "beneath", "above", "over", " than", "table", "list", "only", "sharpest", "steepest", "greatest",
         "the next", "second", "third", "fourth", "fifth", "no other", "number one", "number two", " top", "no. 1",
         " bottom", " place", " capital")
_SCOPE_OF = {"32": "borough", "33": "borough", "thirty-two": "borough", "thirty two": "borough",
             "thirty-three": "borough", "thirty three": "borough", "43": "force", "forty-three": "force",
             "forty three": "force"}


@lru_cache(maxsize=1)
def _borough_re() -> re.Pattern[str]:
    """London borough names (and the aliases of places in them), as written, for a subject check."""
    names: set[str] = set()
    data = resources.files("crimestats.data")
    for fname, col in (("london_boroughs.csv", "area_name"), ("place_aliases.csv", "alias")):
        try:
            with data.joinpath(fname).open(encoding="utf-8") as fh:
                names.update(r[col] for r in csv.DictReader(fh) if r.get(col) and r[col] != "City of London")
        except FileNotFoundError:
            pass
    alts = sorted((r"\s+".join(re.escape(w) for w in n.split()) for n in names), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _force_re() -> re.Pattern[str]:
    """Police force names as written ('<force>', '<force>'), for a runner-up among forces."""
    alts = sorted((r"\s+".join(re.escape(w) for w in n.split()) for n in FORCE_NAMES), key=len, reverse=True)
    return re.compile(r"(?:the\s+)?(?:" + "|".join(alts) + r")(?:\s+police)?(?![\w-])", _I)


def _scope(unit: str | None, inner_outer: str | None, where: str | None) -> str:
    unit = (unit or "").lower()
    if inner_outer:
        return inner_outer.lower()
    if unit.startswith("region"):
        return "region"
    if unit.startswith("ward"):
        return "ward"
    if unit.startswith("force") or (where or "").lower() in ("country", "england and wales", "the country",
                                                             "england"):
        return "force"
    return "borough"


def _rate_near(st: str, a: int, b: int) -> bool:
    """A rate named near the ranking words, not one that an earlier clause ranked ('the lowest rate ..., as well
    as the fewest offences': the second is counts)."""
    start = max(0, a - 50)
    cut = max((st.rfind(w, start, a + len(w)) for w in ("as well as", "and also")), default=-1)
    if cut >= 0:
        start = cut
    return bool(RATE_WORDS.search(st[start: b + 40]))


_NOT_CRIME = re.compile(r"\b(?:deprived|densely|populated|populous|diverse|affluent|wealthy|richest|poorest|expensive|"
                        r"green|greenest|leafy|young|youngest|oldest|unemployment|house\s+prices|rents?|schools?|"
                        r"hospitals?|parks?|income|earnings|turnout|vaccination|important|challenging|difficult|popular|"
                        r"successful|ambitious|investment|budgets?|funding|spending|temperatures?|weather|rainfall|"
                        r"heat|inflation|interest|recruitment|morale|trust|confidence|satisfaction|"
                        # people and offices: 'the worst <office> for crime <place> has ever had' is a judgement
                        r"mayors?|commissioners?|ministers?|secretar(?:y|ies)|governments?|councils?|leaders?|"
                        r"politicians?|chiefs?|commanders?|administrations?|presidents?)\b", _I)
_STATISH = re.compile(r"\b(?:rates?|number|numbers|levels?|totals?|figures?|counts?|share|proportion|amount|per\s+head|"
                      r"recorded|reported|change)\b", _I)


def _crimeish(words: str) -> bool:
    """The words between a superlative and its scope are about crime (or say nothing): 'the highest
    robbery rate in London', 'the most in London', never 'the most deprived borough in London'."""
    if _NOT_CRIME.search(words):
        return False
    if not words.strip(" ,.;:") or _STATISH.search(words):
        return True
    return bool(LEXICON.find_measures(words)) or LEXICON.figure_nouns.search(words) is not None \
        or _change_of(words) is not None


def _crimeish_subject(words: str) -> bool:
    return bool(LEXICON.find_measures(words)) or LEXICON.figure_nouns.search(words) is not None


def _placed(st: str, pos: int) -> bool:
    """A place is named before ``pos`` in the sentence ('<borough> is in the top five'), so a position
    is about it; 'burglary is in the top five crimes' names none."""
    from ._place_names import find_places

    return bool(_borough_re().search(st[:pos])) or any(
        name not in ("London", "the capital", "the region") for _, _, name in find_places(st[:pos]))


def _free(used: list[tuple[int, int]], pos: int) -> bool:
    return not any(a <= pos < b for a, b in used)


def _clear(used: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """No consumed span overlaps ``span``."""
    return not any(a < span[1] and span[0] < b for a, b in used)


def rank_claims(st: str, make: Make, used: list[tuple[int, int]], prior: list[Claim], *,
                context_ranked: bool = False) -> list[Claim]:
    """Rankings among places and levels against a year in one sentence (see the module docstring).
    ``prior`` are the claims already found in the sentence (records take precedence)."""
    low = st.lower()
    yard = _vs_london(st, make, used) if "london" in low or "capital" in low else []
    yard += _bare_fractions(st, make, used, prior)
    if not any(w in low for w in _GATE):
        return yard
    out: list[Claim] = list(yard)
    taken: list[tuple[int, int]] = []
    subjects: list[tuple[int, str]] = []      # (position, borough) of each ranked subject

    def add(m: re.Match[str], **kw: object) -> Claim:
        taken.append(m.span())
        used.append(m.span())
        ex = _EXCEPT.match(st[m.end(): m.end() + 60])
        top = _borough_re().match(ex.group("b")) if ex else None
        if top is not None and kw.get("rank") == 1 and kw.get("rank_scope") == "borough":
            # 'the highest of any borough except <borough>': second, behind it
            kw.update(rank=2, compare_to=top.group(0), approx="exact")
            kw.pop("unit", None), kw.pop("value", None)
        c = make("comparison", m.start(), claimed_text=m.group(0) + (ex.group(0) if top is not None and ex is not None else ""), **kw)
        out.append(c)
        return c

    for m in _NO_OTHER.finditer(st) if "no other" in low else ():
        if not _free(used, m.start()):
            continue
        than = re.match(r"(?:\s+[\w'’-]+){0,6}?\s+than\s+(?:in\s+)?(?P<b>[A-Z][\w'’-]*(?:\s+(?:upon\s+|and\s+)?[A-Z][\w'’-]*){0,3})",
                        st[m.end():])
        subject = _borough_re().match(than.group("b")) if than else None
        noun = (m.group("noun") or "").lower()
        change: dict[str, object] = {}
        if noun and noun != "rate":     # 'a steeper rise': the change ranked
            change = {"direction": "down" if noun in ("fall", "drop", "decline", "reduction") else "up", "subject": "change",
                  "unit": "percent"}
        low_side = (m.group("more") or "").lower() in ("fewer", "less") or (m.group("adj") or "").lower() in ("lower", "smaller")
        span = (m.start(), m.end() + (than.end() if than else 0))
        c = make("comparison", m.start(), claimed_text=st[span[0]:span[1]], rank=1, approx="exact",
                 record="low" if low_side and not change else "high",
                 rank_scope="force" if m.group("unit").lower() == "force" else "borough",
                 by_rate=noun == "rate" or _rate_near(st, m.start(), span[1]), **change)
        if subject is not None:
            c = _about(c, subject.group(0))
        out.append(c)
        taken.append(span)
        used.append(span)
    top_n = [m.span() for m in _TOP_N.finditer(st)]     # 'one of the five boroughs with the most': not the most
    for m in _RANK.finditer(st):
        if any(a <= m.start() < b for a, b in top_n):
            continue
        if not _free(used, m.start()) or re.search(r"\b(?:record|since)\b", m.group(0), _I):
            continue
        if m.group("poss"):       # "London's highest burglary rate": among its boroughs (or the country's forces)
            where = m.group("poss").lower()
            add(m, rank=_ordinal(m.group("ord3")) or 1, rank_scope="force" if "england" in where else "borough",
                record=_side(m.group("dir3")), by_rate=_rate_near(st, m.start(), m.end() + 20))
            continue
        if not m.group("top") and not _crimeish(m.group("mid") or ""):
            continue
        before = st[max(0, m.start() - 12): m.start()].lower()
        one_of = re.search(r"\b(?:one\s+of|among|amongst)\s+the\s+$", before) is not None
        if not (m.group("top") or m.group("ord") or one_of or before.endswith(("the ", "its "))):
            continue
        if m.group("top"):
            add(m, rank=2, record="high", compare_to=m.group("top"), rank_scope="borough",
                by_rate=_rate_near(st, m.start(), m.end()))
            continue
        ch = _change_kw(st[m.end("dir"): m.end("dir") + 80])
        add(m, rank=_ordinal(m.group("ord")) or 1,
            rank_scope=_scope(m.group("unit"), m.group("scope") or m.group("scope_in"), m.group("in")),
            record="low" if ch and m.group("dir").lower() in ("smallest", "lowest", "least") else _side(m.group("dir")),
            by_rate=not ch and _rate_near(st, m.start(), m.end()),
            **({"approx": "one_of"} if one_of and not m.group("ord") else {}), **ch)
    for m in _NEXT.finditer(st):
        if not _clear(used, m.span()):
            continue
        mw = m.group("mult").lower().split()[0]
        h = " ".join((m.group("h") or "").lower().split())
        unit = (m.group("unit") or "").lower()
        add(m, rank=1, record="high", rank_scope="ward" if unit.startswith("ward") else _scope(unit, None, None),
            by_rate=_rate_near(st, m.start(), m.end()), unit="times",
            value=float(TIMES_WORDS.get(mw) or number_value(mw) or int(mw)),
            approx="more_than" if h in ("more than", "over", "just over") else ("about" if h else "exact"))
    for m in _WORST_HIT.finditer(st) if "hit" in low else ():
        if _clear(used, m.span()):      # '<borough> was the worst hit': the most of the places compared
            add(m, rank=1, record="high", rank_scope=_scope(m.group("unit") or "", None, None),
                by_rate=_rate_near(st, m.start(), m.end()))
    for m in _RANKED_NTH.finditer(st) if "ranked" in low else ():
        if not _clear(used, m.span()):
            continue
        add(m, rank=int(m.group("n")), record="low" if m.group("low") else "high", rank_scope="borough",
            by_rate=_rate_near(st, m.start(), m.end()), approx="exact")
    for m in _ONLY_MORE.finditer(st) if "only " in low else ():
        from ._place_names import find_places

        listed = find_places(m.group("list"))
        if not listed or not _clear(used, m.span()):
            continue
        w = m.group("w").lower()
        c = add(m, rank=len(listed) + 1, record="low" if w in ("fewer", "less", "lower") else "high",
                rank_scope="borough", by_rate=_rate_near(st, m.start(), m.end()), approx="exact")
        # the place ranked is the one after 'than', else the one the text is about (the resolver passes over
        # the places listed: ``resolve._context.ONLY_LISTED``); the claim runs over the whole list ('Only <a>, <b>
        # and <c> saw more': the commas do not end it)
        if c.end < c.sentence_start + m.end():
            c.end = c.sentence_start + m.end()
            c.clause = st[c.start - c.sentence_start: m.end()]
        if m.group("t"):
            c.clause = f"{m.group('t')}: {c.clause}"
    for m in _ANY_OTHER.finditer(st):
        if not _clear(used, m.span()):
            continue
        w = (m.group("w") or "more").lower()
        kw: dict[str, object] = {}
        if m.group("mult"):
            mw = m.group("mult").lower().split()[0]
            kw = {"value": float(TIMES_WORDS.get(mw) or number_value(mw) or int(mw)), "unit": "times",
                  "approx": "more_than" if (m.group("h") or "").lower() in ("more than", "over") else
                  ("about" if m.group("h") else "exact")}
        else:
            kw = {"approx": "strict"}
        from ._place_names import find_places

        ahead = len(find_places(m.group("exc"))) if m.group("exc") else 0
        if ahead:
            kw["approx"] = "exact"
        add(m, rank=1 + ahead, record="low" if w in ("fewer", "less", "lower", "better", "smaller") else "high",
            rank_scope=_scope(m.group("unit"), m.group("scope"), m.group("else")), by_rate=_rate_near(st, m.start(), m.end()),
            **kw)
    for m in _CAPITAL.finditer(st) if "capital" in st.lower() else ():
        where = (m.group("poss") or m.group("of") or "").lower()
        if not _clear(used, m.span()) or not _crimeish_subject(m.group("c1") or m.group("c2") or "") \
                or not _placed(st, m.start()):
            continue
        add(m, rank=1, record="high", rank_scope="borough" if where in ("london", "the capital") else "force",
            denied=_denied_before(st, m.start()))
    for m in _TOP_N.finditer(st):
        if not _clear(used, m.span()):
            continue
        n = (m.group("n1") or m.group("n2")).lower()
        k: int | None = number_value(n) or int(n)
        side = "low" if (m.group("tb") or "").lower() == "bottom" else _side(m.group("dir") or "highest")
        tail = st[m.end(): m.end() + 40]
        um = re.match(r"\s+(?:(?:london|police)\s+)?(?P<u>boroughs?|forces?|regions?)\b", tail, _I)
        unit = m.group("u3") or (um.group("u") if um else None)
        if unit is None and not _placed(st, m.start()):
            used.append(m.span("n1") if m.group("n1") else m.span("n2"))   # 'five' here is no count either
            continue     # 'burglary is among the five most common crimes'
        # 'not even in the top <N>', 'outside the top <N>': the position denied
        denied = bool(m.group("out")) or _denied_before(st, m.start())
        add(m, rank=k, approx="at_most", record=side, rank_scope=_scope(unit, None, None), denied=denied,
            by_rate=_rate_near(st, m.start(), m.end()))
    for m in _RANKED.finditer(st):
        if not _clear(used, m.span()):
            continue
        k = _ordinal(m.group("ord") or m.group("ord2"))
        if not k or (m.group("ord2") and not (m.group("of") or m.group("dir"))):
            continue     # 'the Nth' alone is a date or a list item
        if not (m.group("of") or m.group("dir") or re.match(r"(?:ranked|ranks|rank|ranking|placed)\b", m.group(0), _I)
                or (context_ranked and not m.group("ord2"))):
            continue     # 'came second' with no ranking frame (here or in the sentence before)
        if not (m.group("of") or _placed(st, m.start())):
            continue     # 'burglary was the second highest category' ranks no place
        unit = m.group("ofu") or _SCOPE_OF.get((m.group("of") or "").lower())
        add(m, rank=k, record=_side(m.group("dir") or "highest"), rank_scope=_scope(unit, None, None),
            by_rate=_rate_near(st, m.start(), m.end()))
    for m in _BARE.finditer(st):
        pos = m.start("dir")
        if not _free(used, pos) or any(a <= pos < b for a, b in taken):
            continue
        subj = list(_borough_re().finditer(st[max(0, m.start() - 60): m.start()]))
        if not subj and re.match(r"as\s+well\s+as|and\b", m.group(0), _I):
            subj = list(_borough_re().finditer(st[: m.start()]))[:1]    # '..., as well as the fewest <crimes>': the subject
        scope = "borough"
        if not subj:
            subj = list(_force_re().finditer(st[max(0, m.start() - 60): m.start()]))
            scope = "force"     # '<force> had the fewest burglaries': a ranking among forces
        if not subj:
            continue     # only a borough (or a force) recording 'the fewest' is a ranking among places
        after = st[m.end("dir"): m.end("dir") + 30]
        rest = re.split(r"[,.;:!?]", st[m.end("dir"): m.end("dir") + 80])[0]
        if not _crimeish(" ".join(rest.split()[:5])) and not _change_kw(after) and not _AMONG_FEW.match(" " + rest) \
                and rest.strip():
            continue     # '<borough> is the most densely populated borough' ('saw the steepest fall' is a change ranked)
        if re.match(r"\s+(?:since|on\s+record|ever|in\s+(?:a|\d+|\w+)\s+(?:years?|decades?))", after, _I):
            continue
        name = subj[-1].group(0)
        if _AND_IT.search(st[: m.start()]):     # '<a> recorded fewer than <b>, and it had the lowest': <a>, the subject
            name = next(_borough_re().finditer(st)).group(0)
        ch = _change_kw(after + st[m.end("dir") + 30: m.end("dir") + 80])
        c = _about(make("comparison", pos, claimed_text=m.group(0), rank=_ordinal(m.group("ord")) or 1,
                        record="low" if ch and m.group("dir").lower() in ("smallest", "lowest", "least")
                        else _side(m.group("dir")), rank_scope=scope,
                        by_rate=not ch and _rate_near(st, m.start(), m.end()), **ch), name)
        out.append(c)
        subjects.append((pos, name))
        taken.append((pos, m.end("dir")))
    for m in _NUMBER_ONE.finditer(st):
        if not _clear(used, m.span()) or any(a <= m.start() < b for a, b in taken):
            continue
        subj = list(_borough_re().finditer(st[max(0, m.start() - 60): m.start()]))
        pron = re.search(r"\b(?:it|they)\s+(?:[\w']+\s+){0,2}?$", st[max(0, m.start() - 25): m.start()], _I)
        if not subj and not pron:
            continue     # only a borough (or 'it', the borough before) placed first is a ranking among boroughs
        said = m.group("n") or m.group("n2")
        rank = (number_value(said) or int(said)) if said else 1
        c = make("comparison", m.start(), claimed_text=m.group(0), rank=rank, record="low" if m.group("bottom") else "high",
                 rank_scope="borough", by_rate=_rate_near(st, m.start(), m.end()))
        out.append(_about(c, subj[-1].group(0)) if subj else c)
        used.append(m.span())
    for m in _INTO_PLACE.finditer(st):
        if not _clear(used, m.span()):
            continue
        subj = list(_borough_re().finditer(st[max(0, m.start() - 40): m.start()]))
        if not subj:
            continue
        c = make("comparison", m.start(), claimed_text=m.group(0), rank=_ordinal(m.group("ord")) or 1, record="high",
                 rank_scope="borough", by_rate=_rate_near(st, m.start(), m.end()))
        out.append(_about(c, subj[-1].group(0)))     # the borough placed, not the sentence's first
        used.append(m.span())
    for m in _TABLE.finditer(st):
        subj = list(_borough_re().finditer(st[max(0, m.start() - 60): m.start()]))
        if not subj or not _clear(used, m.span()):
            continue
        name = subj[-1].group(0)
        out.append(_about(make("comparison", m.start(), claimed_text=m.group(0), rank=1,
                               record="low" if m.group("bottom") else "high", rank_scope="borough",
                               by_rate=_rate_near(st, m.start(), m.end())), name))
        subjects.append((m.start(), name))
        used.append(m.span())
    for m in _OVERTAKEN.finditer(st) if "as the" in low else ():
        me = _borough_re().fullmatch(m.group("me")) or _force_re().fullmatch(m.group("me"))
        if me is None or not _clear(used, m.span()):
            continue
        scope = "force" if _force_re().fullmatch(m.group("me")) else "borough"
        out.append(_about(make("comparison", m.start(), claimed_text=m.group(0), rank=1, rank_scope=scope,
                               record="low" if m.group("w").lower() in ("fewest", "lowest", "least") else "high",
                               by_rate=_rate_near(st, m.start(), m.end())), me.group(0)))
        used.append(m.span())
    for m in _ONLY.finditer(st) if "only" in low else ():
        top, me = _borough_re().fullmatch(m.group("top")), _borough_re().match(m.group("me"))
        if top is None or me is None or not _clear(used, m.span()):
            continue
        c = make("comparison", m.start(), claimed_text=m.group(0), rank=2, compare_to=top.group(0),
                 record="low" if m.group("w").lower() in ("fewer", "lower", "less") else "high", rank_scope="borough",
                 by_rate=_rate_near(st, m.start(), m.end()))
        c.clause = f"{me.group(0)}: {c.clause}"      # the claim places the borough after 'than'
        out.append(c)
        used.append(m.span())
    first = next((c for c in out), None)
    if first is not None:
        for m in _RUNNER.finditer(st):
            name = m.group("rest") or m.group("next")
            bm = _borough_re().match(name) or (_force_re().match(name) if first.rank_scope == "force" else None)
            if bm is None or _inside_name(st, m.start()):
                continue
            pos = (m.start("rest") if m.group("rest") else m.start("next"))
            k = _ordinal(m.group("ord")) if m.group("ord") else (first.rank or 1) + 1    # 'followed by': the next place
            out.append(_about(make("comparison", pos, claimed_text=m.group(0).strip(), rank=k, record=first.record,
                                   rank_scope=first.rank_scope, by_rate=first.by_rate), bm.group(0)))
            subjects.append((pos, bm.group(0)))
    if first is None:
        for m in _NEXT_AFTER_PLACE.finditer(st) if "next" in low else ():
            bm = _borough_re().fullmatch(m.group("p").strip())
            if bm is None or not _clear(used, m.span()):
                continue
            # '<a> recorded N, <a multiple of> <b>, the next-highest <place>': <b> is second
            c = make("comparison", m.start("p"), claimed_text=m.group(0), rank=2, record=_side(m.group("w")),
                     rank_scope="borough", by_rate=_rate_near(st, m.start(), m.end()))
            c.clause = f"{bm.group(0)}: {c.clause}"     # (its clause may name it as the other side of a multiple)
            out.append(c)
            used.append(m.span())
    for m in _TOP_AFTER_PLACE.finditer(st) if ", the " in low else ():
        bm = _borough_re().fullmatch(m.group("p").strip())
        if bm is None or not _clear(used, (m.start(), m.start("y"))):     # (the year is taken as a period already)
            continue
        c = make("comparison", m.start("w"), claimed_text=m.group(0).strip(" ,"), rank=1, record=_side(m.group("w")),
                 rank_scope="borough", period_text=m.group("y"), subject="when")   # the aside's own year: handed on to none
        c.clause = f"{bm.group(0)}: {c.clause}"
        out.append(c)
        used.append(m.span())
    if out:
        out += _figures_in_ranking(st, make, used, subjects)
    for m in _LEVEL.finditer(st):
        y = m.group("y") or m.group("y2") or m.group("y3") or "2019"   # pre-pandemic: the last full year before it
        if not _free(used, m.start()):
            continue
        w = m.group("w").lower()
        d = "down" if w in ("below", "under", "beneath", "lower than", "less than") else "up"
        sy = _SUBJECT_YEAR.search(st[: m.start()])
        yspan = next((m.span(g) for g in ("y", "y2", "y3") if m.group(g)), m.span("pre"))
        used.append(yspan)
        if sy:
            used.append(sy.span("y"))
        out.append(make("direction", m.start(), direction=d, baseline_text=y, claimed_text=m.group(0),
                        period_text=sy.group("y") if sy else None))
    for c in out:       # 'the highest rate of the four': among the places the text names
        at = st.find(c.claimed_text or "\0")
        few = _AMONG_FEW.match(" " + st[at: at + len(c.claimed_text or "") + 90]) if at >= 0 else None
        if few and c.kind == "comparison" and c.rank and c.rank_scope in ("borough", "force") and \
                c.approx not in ("at_most", "one_of"):     # 'among the five boroughs with the most' is a top five
            if few.group("unit") and few.group("unit").lower().startswith("force"):
                c.rank_scope = "force"
            c.rank_among = (number_value(few.group("n")) or int(few.group("n"))) if few.group("n") else 0
    return out


def _vs_london(st: str, make: Make, used: list[tuple[int, int]]) -> list[Claim]:
    """'<borough>'s burglary rate is below the London average': a comparison with London, by rate."""
    out = []
    for m in _VS_LONDON.finditer(st):
        if not _clear(used, m.span()):
            continue
        w = " ".join(m.group("w").lower().split())
        if w in ("in line with", "close to"):
            continue      # a likeness, not a direction: left to the comparison of equal figures
        d = "up" if w in ("above", "over", "higher than", "worse than", "more than", "greater than") else "down"
        used.append(m.span())
        out.append(make("comparison", m.start(), claimed_text=m.group(0), compare_to="London", direction=d,
                        by_rate=True))
    return out


def _bare_fractions(st: str, make: Make, used: list[tuple[int, int]], prior: list[Claim]) -> list[Claim]:
    """'Half of all <things> were for <a reason>, and more than two-thirds led to <an outcome>': the
    second fraction is a share of the same whole, the part named by what follows it."""
    out = []
    for m in _BARE_FRACTION.finditer(st):
        f = m.group("f").lower()
        span = m.span("f")
        if not _clear(used, span) or any(c.start <= m.start("f") < c.end and c.kind == "share" for c in prior):
            continue
        if m.group("n"):
            value = 100 * (number_value(m.group("n")) or 0) / (number_value(m.group("d")) or 1)
        else:
            value = _FRACTIONS.get(" ".join(f.split()), _FRACTIONS.get(f, 0.0))
        if not value:
            continue
        h = " ".join((m.group("h") or "").lower().split())
        approx = ("more_than" if h in ("more than", "over", "just over") else
                  "fewer_than" if h in ("fewer than", "less than", "under", "just under") else "about")
        used.append(span)
        rest = re.split(r"[.;]", st[m.end("f"):])[0]
        out.append(make("share", m.start("f"), claimed_text=m.group("f"), value=value, unit="share", approx=approx,
                        share_part=st[max(0, m.start("f") - 40): m.start("f")], share_of=rest))
    return out


def _about(c: Claim, name: str) -> Claim:
    """Name the ranked borough in the claim's clause when the clause itself does not ('..., which recorded
    the most, at N'): the clause is what the place is read from."""
    first = _borough_re().search(c.clause)
    if first is None or first.group(0) != name:     # '<borough> came second and <borough> third'
        c.clause = f"{name}: {c.clause}"
    return c


def _figures_in_ranking(st: str, make: Make, used: list[tuple[int, int]],
                        subjects: list[tuple[int, str]]) -> list[Claim]:
    """'... recorded the fewest, at N, with <borough> a close second on N': the
    figures of a ranking sentence are counts for the place of their clause, even with no crime noun
    next to them (the measure comes from the context)."""
    from ._number_roles import _approx, _number_role
    from ._numbers import find_numbers

    out = []
    for tok in find_numbers(st):
        if not _free(used, tok.start) or tok.written not in ("digits", "words"):
            continue
        each = re.match(r"\s+(?:each|apiece)\b", st[tok.end: tok.end + 10], _I) is not None
        if not each and (tok.written != "digits" or tok.value < 10):
            continue     # 'with eight each' is a figure; a bare small number is not
        if not re.search(r"\b(?:at|on|with|of)\s+(?:just\s+(?:over|under)\s+|just\s+|some\s+|about\s+|around\s+|almost\s+|nearly\s+)?$",
                         st[max(0, tok.start - 20): tok.start], _I):
            continue
        role = _number_role(tok, st)
        if role not in (None, "count"):
            continue     # percentages and rates are the number scan's
        if "," not in tok.text and 1800 <= tok.value <= 2100:
            continue
        if re.match(r"\s?(?:%|per\s?cent|percent)", st[tok.end: tok.end + 9], _I):
            continue
        if re.search(r"\baverage\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+)?$",
                     st[max(0, tok.start - 25): tok.start], _I):
            continue     # 'below the London average of N': the yardstick's figure, read by the number scan
        used.append((tok.start, tok.end))
        c = make("count", tok.start, claimed_text=tok.text, value=tok.value, low=tok.low, high=tok.high,
                 unit="count", approx=_approx(st[max(0, tok.start - 24): tok.start]))
        near = [name for pos, name in subjects if pos < tok.start]
        out.append(_about(c, near[-1]) if near else c)
    return out


_RANK_WORDS_GATE = Words("highest", "most", "largest", "biggest", "worst", "lowest", "fewest", "smallest", "least",
                         "second only", "any other", "anywhere else", "pandemic", "decade", "-year", "ranked", "second",
                         "third", "fourth", "fifth", "tops ", "topped", "table", "than any ", "except", "apart from", "only ", "ranked",
                         "london average", "london rate", "average for london", "capital's average", "the next", "worst hit",
                         "worst-hit", "hardest hit", "hardest-hit", "no other", "number one", "number two", " top", "no. 1",
                         " bottom", " place", " capital")


def rank_words(sc: Scan) -> bool:
    """Words that make a sentence worth scanning for a ranking (the ranking patterns gate themselves)."""
    return _RANK_WORDS_GATE(sc.low)


RANK_NEEDS = _RANK_WORDS_GATE


# a ranking in the sentence before lets '<borough> came second', '<borough> was third' go on with it
_RANKING_BEFORE = re.compile(r"\b(?:highest|most|worst|lowest|fewest|top(?:ped|s)?|headed|led|hotspot|any\s+other|"
                             r"ahead\s+of|league)\b[^.!?]*[.!?]?\s*$", _I)


def find_ranks(sc: Scan) -> list[Claim]:
    before = sc.text[max(0, sc.s.start - 240):sc.s.start]
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    return rank_claims(sc.st, sc.make, sc.used, sc.claims, context_ranked=_RANKING_BEFORE.search(last) is not None)
