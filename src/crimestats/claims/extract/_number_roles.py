"""Which numbers in a sentence are claimed figures, and how exact they are.

A number is a percent, percentage points, a rate per 100,000, a count, or not a claim at all (a year, an
age, a date, a duration, a label such as 'section 60' or a phone number); a small count of people in a
news event ('two men were arrested') is not a statistic.  The words before it give its exactness
('about', 'more than', 'fewer than').
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._lexicon import LEXICON, month_alternation, on_rebuild
from ._figure_words import could_be_age, word_figure_role
from ._numbers import NumberToken

_I = re.IGNORECASE
_MONTHS = month_alternation()
_PERCENT_AFTER = re.compile(r"\s?(?:%|per ?cent\b|percent\b)", _I)
_POINTS_AFTER = re.compile(r"\s?(?:percentage|%)[ -]points?\b", _I)
_RATE_AFTER = re.compile(
    r"(?:\s[a-z-]+){0,3}?\s(?:per|for every|in every)\s(?:(?:one|a)\s)?"
    r"(?P<per>100,000|100 000|100000|100k|10,000|1,000|1000|thousand|hundred thousand|million|head|capita)", _I)
_AGE_BEFORE = re.compile(r"(?:\baged?|\bages|\bunder|\bover|\bolder than|\byounger than|\bthe age of)"
                         r"(?:\s+between)?(?:\s+[0-9]{1,3}\s*(?:to|-|–|and)\s*)?\s*$", _I)
_AGE_AFTER = re.compile(
    r"^(?:-|\s)?(?:years?[- ]old|year-olds?|yrs?\b|or (?:younger|under|older|over|below|above)\b|"
    r"and (?:under|over|younger|older)\b|s\b)", _I)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", _I)
_DATE_AFTER = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", _I)
_DURATION_AFTER = re.compile(
    r"^\s*(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|am|pm|a\.m\.|p\.m\.|o'clock|"
    r"miles?|metres?|km|feet|ft|mph|kg|million|billion|bn|pounds|dollars|euros)\b", _I)
_LABEL_BEFORE = re.compile(
    r"\b(?:section|article|no\.?|route|junction|platform|flat|floor|page|pages|chapter|level|tier|"
    r"phase|version|bus|line|room|grade|schedule|part|clause|rule|paragraph|year|stage|number|"
    r"episode|season|series|top|covid|act|lot|unit|gate|terminal|zone|category|class|per|every|call|dial|ring|phone|tel|telephone)\s*$", _I)
_PHONE_NEAR = re.compile(r"\d[\s-]*$")
_DENOMINATOR_AFTER = re.compile(r"^[\s-](?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\b", _I)


def _number_role(tok: NumberToken, sent: str) -> str | None:
    """Classify a number in its sentence: 'percent', 'points', 'rate', 'count', or None (not a claim)."""
    before, after = sent[max(0, tok.start - 30): tok.start], sent[tok.end: tok.end + 40]
    if tok.written == "digits":
        if _POINTS_AFTER.match(after):
            return "points"
        if _PERCENT_AFTER.match(after):
            return "percent"
        if _RATE_AFTER.match(after) and not ("." not in tok.text and "," not in tok.text and
                                             1800 <= tok.value <= 2100 and not re.match(r"\s(?:per|for|in)\s", after)):
            return "rate"       # 'in <year> was about one per 100,000': <year> is the year, not the rate
        if "." not in tok.text and "," not in tok.text and 1800 <= tok.value <= 2100:
            return None  # a year
        if _PHONE_NEAR.search(before[-3:]) or re.match(r"^[\s-]*\d", after):
            return None  # phone numbers, digit groups
    if tok.written == "words" and _PERCENT_AFTER.match(after):    # 'five per cent', 'twenty-five percent'
        return "points" if _POINTS_AFTER.match(after) else "percent"
    if tok.written == "vague":
        return "count"
    if tok.written == "words" and _DENOMINATOR_AFTER.match(after):
        return None     # 'two thirds', 'three-quarters': a fraction, read by the fraction rules
    if could_be_age(tok.value, tok.text) and (_AGE_BEFORE.search(before) or _AGE_AFTER.match(after)) and not (
            re.search(r"\b(?:under|over)\s*$", before, re.I) and not _AGE_AFTER.match(after)
            and LEXICON.figure_nouns.search(" ".join(after.split()[:3]))):
        return None     # ('under N <crimes>' is a bound on a count, 'under N' alone an age)
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return None
    if _DURATION_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return None
    if _VERSUS_BEFORE.search(before) and _has_stat_noun(sent) and not _PERCENT_AFTER.match(after):
        return "count"      # '<N> <crimes> in <year>, compared with <N> the year before': the same crimes
    if _WORKS_OUT.search(before) or (_THAT_IS.search(before) and _PER_SPAN_AFTER.match(after)):
        return "count"      # 'that works out at N a day', 'that is nearly N a day': the figure just given
    if tok.written == "words":
        # 'nine homicides': a stat noun within the next few words
        role = word_figure_role(before, after)   # 'around one per 100,000', 'up from seven the year before'
        if role == "rate" or not LEXICON.figure_nouns.search(" ".join(after.split()[:4])):
            return role
        return "count"
    if _MOVED_FROM_TO.search(before) or _WORKS_OUT.search(before) or _FIGURE_ALONE.match(sent):
        return "count"      # "That's down from N the year before", "That works out at N a day": the text's figure
    return "count" if _has_stat_noun(sent) else None


_VERSUS_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|after)\s+(?:just\s+|only\s+|about\s+|around\s+|"
                            r"nearly\s+|almost\s+|some\s+)?$", re.I)
_THAT_IS = re.compile(r"\b(?:that|this|which)(?:['’]s|\s+is|\s+was|\s+means|\s+makes)\s+(?:(?:still|only|just|now)\s+)?(?:(?:about|around|roughly|nearly|almost|"
                      r"over|more\s+than|just\s+over|just\s+under|some|fewer\s+than|under)\s+)?$", re.I)
_PER_SPAN_AFTER = re.compile(r"^\s+(?:(?:[\w-]+\s+){0,2}?)(?:a|per|every|each)\s+(?:single\s+)?(?:day|week|month|hour|year|fortnight)\b", re.I)
# a line that is a figure alone, the crime named just before: 'Over N last year!!', 'Nearly N in <year>.'
_FIGURE_ALONE = re.compile(r"^\W*(?:(?:over|about|around|nearly|almost|more\s+than|just\s+over|just\s+under|some|roughly|"
                           r"fewer\s+than|under)\s+)?[\d,.]+\s*(?:(?:last|this)\s+year|in\s+(?:19|20)\d{2}|a\s+(?:year|month|week|day))?"
                           r"\W*$", re.I)
# the figure just given put another way: 'that works out at N a day', 'which comes to about N a week'
_WORKS_OUT = re.compile(r"\b(?:works?\s+out\s+(?:at|as)|comes?\s+(?:out\s+)?to|equates?\s+to|amounts?\s+to|averag(?:e|es|ed|ing))\s+"
                        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+over\s+|"
                        r"just\s+under\s+|some\s+)?$", re.I)
# a figure a direction word leads to or from ('down from N', 'rose to N'), whatever noun the sentence has
_MOVED_FROM_TO = re.compile(r"\b(?:down|up|fell|rose|dropped|climbed|jumped|increased|decreased|falling|rising)\s+"
                            r"(?:from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|just\s+)?$", re.I)


@lru_cache(maxsize=256)
def _has_stat_noun(sent: str) -> bool:
    """Once per sentence, not once per figure (a sentence's hash is cached by Python)."""
    return LEXICON.figure_nouns.search(sent) is not None


on_rebuild(_has_stat_noun.cache_clear)


def _approx(before: str) -> str:
    b = before.lower()
    if re.search(r"\b(?:about|around|roughly|approximately|some|nearly|almost|close to|an estimated)\s*$", b):
        return "about"
    if re.search(r"\b(?:more than|over|above|at least|in excess of|topped|tops|topping|exceeded|exceeds|exceeding|"
                 r"passed|passing|surpassed|broke|beyond)\s*$", b):
        return "more_than"
    if re.search(r"\b(?:fewer than|less than|under|below|at most|short of)\s*$", b):
        return "fewer_than"
    return "exact"


def _fraction_approx(before: str) -> str:
    """'almost a third', 'more than two-thirds': a fraction's band, or a bound."""
    a = _approx(before)
    return "about" if a == "exact" else a


_PERSON_AFTER = re.compile(r"^\s+(?:(?:young|teenage|other)\s+)?(?:men|women|boys|girls|people|teenagers|youths|"
                           r"suspects|officers|victims|children|males|females|others)\b", _I)
_STAT_FRAME = re.compile(r"\b(?:there\s+(?:were|was|have\s+been|had\s+been)|total|recorded|figures?|data|"
                         r"statistics|record|per\s+cent|%|year|month|since|so\s+far|annual|in\s+(?:19|20)\d{2})\b", _I)
# 'call 999', 'ring 101', 'on 999': the emergency numbers, not figures
_DIAL_BEFORE = re.compile(r"\b(?:call|calling|dial|dialling|dialing|ring|ringing|phone|phoning|on|via)\s+$", _I)
_NOT_CRIME_AFTER = re.compile(r"\s*(?:seconds?|minutes?|mins?|hours?|hrs?)\b", _I)


def _is_event(tok: NumberToken, st: str) -> bool:
    """'Two men, aged N and N, were arrested': a small count of people in a news event, not a statistic."""
    if tok.written == "digits" and tok.value < 120 and tok.text.isdigit() \
            and st[max(0, tok.start - 2): tok.start] == ", " and st[tok.end: tok.end + 1] == ",":
        return True     # an age in apposition: 'the victim, N, was chased'
    if _NOT_CRIME_AFTER.match(st[tok.end: tok.end + 20]) or (tok.text in ("999", "101", "111") and (
            re.match(r"\s+calls?\b", st[tok.end:]) or _DIAL_BEFORE.search(st[max(0, tok.start - 12):tok.start]))):
        return True     # 'within N seconds', '999 calls': durations and the emergency number are not crime figures
    if re.search(r"\bone\s+of\s+$", st[max(0, tok.start - 10): tok.start], _I) and tok.value < 10:
        return True     # 'one of three men charged': people in a news event
    if tok.value >= 10 or tok.written not in ("words", "digits"):
        return False
    return bool(_PERSON_AFTER.match(st[tok.end: tok.end + 30])) and _STAT_FRAME.search(st) is None
