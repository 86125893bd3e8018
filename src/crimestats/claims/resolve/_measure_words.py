"""The crime measure a claim's words name.

Catalogue words (plural-tolerant, longest first) are found in a clause and the one nearest a figure
wins ('<crime> rose N% as <another activity> increased' is about <crime>); homicide words
take their qualifier ('knife homicides', 'teenage victims'); ``narrow`` moves a measure to a narrower
one the clause names (arrests for a given offence, a part of a whole).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from ...measures._catalogue import CATALOGUE, find_part
from ...reference._taxonomy import OFFENCE_KEYS, descendants
from .._lexicon import LEXICON, on_rebuild
from .._reasons import Reason, Why

_I = re.IGNORECASE
_HOMICIDE = re.compile(r"\b(?:homicides?|killings?|murders?|killed|deaths?|(?:death\s+)?toll)\b", _I)
# (pattern, measure) read only when the sentence is about homicide
_HOMICIDE_QUALIFIERS = [
    (re.compile(r"\bguns?(?:[- ](?:enabled|related|crime))?\b|\bshot\b|\bshootings?\b|\bfirearms?\b", _I),
     "gun_homicide_victims"),
    (re.compile(r"\bknife[- ](?:enabled|related)\b|\bstabbed\b|\bstabbings?\b|\bknives\b|\bknife\b", _I),
     "knife_homicide_victims"),
    (re.compile(r"\bteen(?:age|agers?)?\b|\byoung (?:people|victims|adults)\b|\badolescents?\b", _I),
     "teenage_homicide_victims"),
    (re.compile(r"\bchild(?:ren)?\b", _I), "child_homicide_victims"),
    (re.compile(r"\belderly\b|\bover[- ]?(?:65|70|75|80)s?\b|\baged\s+(?:65|70|75|80)\s+(?:and\s+over|or\s+over|or\s+older)\b|"
                r"\bolder\s+(?:people|victims|Londoners|residents|men|women)\b|\bpensioners?\b", _I),
     "elderly_homicide_victims"),
    (re.compile(r"\bwomen\b|\bfemale\b", _I), "female_homicide_victims"),
    (re.compile(r"\bmen\b|\bmales?\b|\bboys\b", _I), "male_homicide_victims"),
    (re.compile(r"\bdomestic\b", _I), "domestic_homicide_victims"),
    (re.compile(r"\bunsolved\b|\bno\s+one\s+(?:has\s+been\s+)?charged\b", _I), "unsolved_homicide_victims"),
    (re.compile(r"\bvictims?\b|\bpeople\s+(?:were\s+|have\s+been\s+)?(?:killed|murdered)\b|\bkillings\b|"
                r"\blost\s+their\s+lives\b|\bpeople\s+died\b|\b(?:were\s+|been\s+)?killed\b|\bthe\s+(?:death\s+)?toll\b", _I),
     "homicide_victims"),
]
_TOTAL = re.compile(r"\b(?:total|overall|all)\s+(?:recorded\s+)?(?:crimes?|offences?|offending)\b", _I)
_PLURAL = re.compile(r"\b(\w+?)(ies|s)\b", _I)


def _singular(text: str) -> str:
    """'bicycle thefts' -> 'bicycle theft', 'robberies' -> 'robbery' (catalogue words are often singular)."""
    return _PLURAL.sub(lambda m: m.group(1) + ("y" if m.group(2).lower() == "ies" else ""), text)


# qualifiers that narrow a measure from another source: (pattern, narrower measure or None when the
# data cannot apply it).  Read in the claim's clause, then in the sentence.
_ARREST_Q = [
    (re.compile(r"\bmurders?\b|\bhomicides?\b|\bkillings?\b", _I), "murder_arrests"),
    (re.compile(r"\bweapons?\b|\bknives\b|\bknife\b|\bfirearms?\b|\bguns?\b", _I), "weapons_arrests"),
    (re.compile(r"\brobbery\b|\brobberies\b|\bmugging", _I), "robbery_arrests"),
    (re.compile(r"\bassaults?\b", _I), "assault_arrests"),
    (re.compile(r"\bsexual\s+offences?\b|\brapes?\b|\bsex\s+offences?\b", _I), "sexual_offence_arrests"),
    (re.compile(r"\bdrugs?\b|\bcannabis\b|\bcocaine\b|\bdrug[- ]dealing\b", _I), "drug_arrests"),
    (re.compile(r"\bburglar(?:y|ies)\b|\btheft|\bshoplifting\b|\bfraud\b|\bterror", _I), None),
    # motoring and public-order offences the custody groups do not split out
    (re.compile(r"\b(?:drink|drug)[- ]driv(?:ing|ers?)\b|\bspeeding\b|\bmotoring\b|\bdriving\s+offences?\b|"
                r"\bdrunk(?:enness)?\b|\bprotest(?:ers?|s)?\b|\bfootball\b|\bimmigration\b", _I), None),
]
# 'arrests from those searches', 'arrests after stop and search': the searches' outcome, not custody
_SEARCH_ARREST = (re.compile(r"\barrests?\s+(?:from|after|following|resulting\s+from|made\s+(?:from|after|during))\s+"
                             r"(?:(?:those|these|the|such|all|its)\s+)?(?:stops?(?:\s+and\s+search(?:es)?)?|"
                             r"searches|stop[- ]and[- ]search(?:es)?)\b", _I), "stop_search_arrests")
_NARROW = {
    "arrests": [_SEARCH_ARREST] + _ARREST_Q,
    "custody_disposals": _ARREST_Q,
    "stop_search": [
        _SEARCH_ARREST,
        (re.compile(r"\b(?:led|leading|resulted|resulting|ended|ending)\s+in\s+(?:an\s+)?arrests?\b|"
                    r"\bled\s+to\s+(?:an\s+)?arrests?\b|\barrests?\s+rate\b", _I), "stop_search_arrests"),
        (re.compile(r"\bfor\s+(?:controlled\s+)?drugs\b|\bdrugs?\s+searches\b", _I), "drug_stop_search"),
        (re.compile(r"\bfor\s+(?:offensive\s+)?weapons\b|\bfor\s+knives\b|\bweapons?\s+searches\b", _I),
         "weapon_stop_search"),
        (re.compile(r"\bfor\s+stolen\s+goods\b", _I), "stolen_goods_stop_search"),
        (re.compile(r"\b(?:black|white|asian|children|teenagers|under[- ]18s?|young\s+(?:men|people)|boys|girls|"
                    r"women|men)\b|\bfound\s+nothing\b|\bnothing\s+(?:was\s+)?found\b", _I), None),
    ],
    "strip_searches": [
        (re.compile(r"\bchild(?:ren)?\b|\bunder[- ]18s?\b|\bminors?\b|\bteenagers?\b|\bboys\b|\bgirls\b|"
                    r"\bjuveniles?\b|\baged\s+(?:1[0-7]|under)", _I), "child_strip_searches"),
        (re.compile(r"\bblack\b|\bwhite\b|\basian\b|\bwomen\b|\bmen\b", _I), None),
    ],
}


# 'N of the stolen pets were recovered': the recovered part, its words from the catalogue's qualifiers
for _whole in ("stolen_dogs", "stolen_cats"):
    _NARROW[_whole] = [(re.compile(r"\b(?:were|was|been)\s+(?:" + "|".join(CATALOGUE[f"{_whole}_recovered"].qualifiers)
                                   + r")\b", _I), f"{_whole}_recovered")]


def narrow(measure: str | None, clause: str) -> tuple[str | None, Reason | None]:
    """A qualifier in the clause that narrows ``measure`` ('arrested on suspicion of murder',
    'for drugs', 'led to an arrest', 'children'): (narrower measure, note).  A qualifier the data
    cannot apply gives (None, why) so the claim is never answered with the unqualified total."""
    if measure is None:
        return None, None
    for pat, name in _NARROW.get(measure, ()):
        m = pat.search(clause)
        if m is None:
            continue
        if name is None:
            part = find_part(measure, clause) if measure == "stop_search" else None   # catalogue parts
            if part is not None:
                return part.name, None
            return None, Reason.of(Why.NARROWED, qualifier=m.group(0), measure=measure,
                                   measure_words=measure.replace('_', ' '))
        return name, None
    part = find_part(measure, clause) if measure == "stop_search" else None   # 'ended with no further action'
    return (part.name if part is not None else measure), None


def _words_re() -> tuple[re.Pattern[str], Mapping[str, str]]:
    """One pattern for every crime word of the lexicon (plural-tolerant, longest first), and word -> measure."""
    return LEXICON.measure_words_re, LEXICON.measure_words


def _norm_word(w: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", w.lower().replace("-", " ")).strip()


def _measure_hits(text: str) -> list[tuple[int, str]]:
    """(position, measure) for every catalogue word in ``text``, in reading order."""
    return list(_measure_hits_cached(text))


@lru_cache(maxsize=1024)
def _measure_hits_cached(text: str) -> tuple[tuple[int, str], ...]:
    """Cached: the resolver asks about the same clause or sentence once per claim in it."""
    return tuple(_scan_measure_hits(text))


# 'excluding <crime>', 'once <crime> is set aside', 'not counting <crime>': a crime left out of the figure, not its
# subject
_LEFT_OUT = re.compile(r"\b(?:once|if|when|with)\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?(?:is|are)\s+(?:set|left|put|taken)\s+"
                       r"(?:aside|out)\b|\b(?:excluding|not\s+counting|leaving\s+aside|setting\s+aside|putting\s+aside|"
                       r"discounting|leaving\s+out|once\s+you\s+(?:take\s+out|remove|exclude))\s+(?:the\s+)?"
                       r"(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s*(?:[,.;:)–—-]|$))", re.IGNORECASE)


def _blank_left_out(text: str) -> str:
    """``text`` with the crimes it leaves out blanked (same length, so positions hold)."""
    if not any(w in text for w in ("aside", "exclud", "counting", "leaving out", "take out", "remove")):
        return text
    return _LEFT_OUT.sub(lambda m: " " * len(m.group(0)), text)


def _scan_measure_hits(text: str) -> list[tuple[int, str]]:
    pat, owner = _words_re()
    out = []
    for m in pat.finditer(_blank_left_out(text)):
        k = _norm_word(m.group(0))
        name = owner.get(k) or owner.get(k[:-1]) or owner.get(k[:-2])
        if name:
            out.append((m.start(), name))
    return out


def _is_ancestor(general: str, specific: str) -> bool:
    """'theft' is an ancestor of 'bicycle_theft'; 'all_crime' of every offence measure."""
    if general == specific or general not in OFFENCE_KEYS:
        return False
    if general == "all_crime":
        return True
    return specific in descendants(general)


def _measure_near(clause: str, pos: int | None) -> str | None:
    """The measure a figure at ``pos`` in ``clause`` is about: the first specific word before it,
    else the first after ('<crime> rose N% as <another activity> increased' is about <crime>)."""
    if _HOMICIDE.search(clause):
        return _measure_in(clause)
    hits = _measure_hits(clause)
    if not hits:
        return _measure_in(clause)
    specific = [h for h in hits if h[1] != "all_crime"] or hits
    if pos is None:
        return specific[0][1]
    own = [h for h in specific if h[0] > pos and _OWN_NOUN.match(clause[pos:h[0]])]
    if own:     # '... shoplifting N, while there were N thefts from the person': the figure's own noun
        return own[0][1]
    before = [h for h in specific if h[0] <= pos]
    if before and _BRACKETED.fullmatch(clause[before[-1][0]:pos]):
        return before[-1][1]    # '<crime> (N) outnumbered <crime> (N)': the figure in brackets is its noun's
    joins = [m.end() for m in _JOIN.finditer(clause, 0, pos)]
    if joins and before and re.search(r"\d", clause[before[0][0]:joins[-1]]):
        # '<crime> fell N% and <crime> dropped by a fifth': two clauses (a figure before the 'and'), the subject
        # after the last 'and'; '<crime> and <crime> hit N' is one subject
        after_join = [h for h in before if h[0] >= joins[-1]]
        if after_join:
            return after_join[0][1]
    if not before and (any(m.start() <= pos for m in _TOTAL.finditer(clause)) or _CRIME_FIRST.match(clause)):
        # 'total crime is down N% and theft from the person has fallen', 'Crime in <place> hit a record as <crimes>
        # rose': the total's figure
        return "all_crime"
    return (before[0] if before else specific[0])[1]


_CRIME_FIRST = re.compile(r"^\W*(?:overall\s+|recorded\s+|reported\s+|total\s+)?crime\b(?!\s+(?:against|rate\s+for))", re.I)
_BRACKETED = re.compile(r"[\w'’ -]{1,40}?\s*\(\s*")
_JOIN = re.compile(r"\s(?:and|while|whereas|but)\s+", re.I)
_OWN_NOUN = re.compile(r"[\d.,]+\s+(?:[a-z-]+\s+)?$", re.I)


# '..., <fewer> than the number of <crimes>': the other crime of a comparison is never the sentence's own
_THAN_CRIME = re.compile(r"\b(?:fewer|more|less)\s+than\s+the\s+(?:number|total|count|tally)\s+of\s+(?:[\w'-]+\s+){0,2}?"
                         r"[\w'-]+(?=\s*(?:[,.;:)]|$))", _I)


@lru_cache(maxsize=4096)
def _measure_in(text: str) -> str | None:
    if _HOMICIDE.search(text):
        for pat, name in _HOMICIDE_QUALIFIERS:
            if pat.search(text):
                return name
    text = _blank_left_out(text)
    if "than the" in text:
        text = _THAN_CRIME.sub(lambda m: " " * len(m.group(0)), text)
    found = LEXICON.find_measures(text) or LEXICON.find_measures(_singular(text))
    if not found:
        return None
    names = [m.name for m in found]
    # generic words ('offences', 'crimes') lose to a specific measure named beside them
    specific = [n for n in names if n != "all_crime"]
    if specific and names[0] == "all_crime":
        return specific[0]
    if names[0] == "all_crime":
        more = [m.name for m in LEXICON.find_measures(_singular(text)) if m.name != "all_crime"]
        if more:
            return more[0]
    return names[0]


on_rebuild(_measure_hits_cached.cache_clear)
on_rebuild(_measure_in.cache_clear)
