"""Figure-free judgements found by their evaluative words, not by a list of phrases.

A sentence with no figure that praises or blames ('a disaster', 'an essential tool', 'a terrible mistake',
'the best it has ever been', 'were negligent') is an opinion whatever its exact wording.  The evaluative
words come from VADER's general-purpose sentiment lexicon (``vaderSentiment``, MIT), with the words of crime
reporting made neutral: 'murder', 'stabbed', 'victim', 'arrested' describe events, they do not judge them.
Only sentences about crime, policing, public safety or the people and bodies that run them are read, and
only a clear judgement counts: the sentence's compound score at least ``THRESHOLD`` either way, with at least
one strongly evaluative word said of something (after a copula or a verb of feeling: 'has been a
disaster', 'were negligent'), not the object of an action ('abandoned the search').

Words the lexicon lacks but that judge in this domain (a verb of being cheated, a word for a makeshift remedy) are added in
``_lexicon.EVALUATIVE_EXTRA``; crime words that must stay neutral are in ``_lexicon.EVENT_WORDS``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .._caseless import Caseless
from .._lexicon import EVALUATIVE_EXTRA, EVENT_WORDS, LEXICON, TOPIC_STEMS

__all__ = ["evaluative_judgement", "quoted_judgement", "THRESHOLD"]

_I = re.IGNORECASE
THRESHOLD = 0.4      # |compound| of the sentence with the crime vocabulary made neutral
_STRONG = 1.5        # at least one word this evaluative (VADER valences run -4 to +4)
# what a judgement in this domain is about: crime, policing, safety, those who govern it, a place to live
_ABOUT = Caseless(r"\b(?:" + "|".join(TOPIC_STEMS) + r"|crime|criminal|offend|gang|violen|safe|safety|polic|"
                    r"\bmet\b|officers?|patrols?|mayor|council|government|minister|home\s+office|home\s+secretary|"
                    r"scheme|strategy|cctv|stop\s+and\s+search|streets?|communit|residents|neighbourhood|"
                    r"londoners|victims?|justice|courts?|prisons?|sentenc|place\s+to\s+(?:live|bring|raise|grow)|"
                    r"borough|city|capital|town|london|places?|areas?)")


# the judging word is said of something: after a copula or a verb of feeling ('has been a disaster',
# 'were negligent', 'feel much safer', 'are very grateful'), not the object of an action ('abandoned the search')
_PREDICATIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains?|remained|feels?|felt|seems?|seemed|looks?|"
                          r"looked|becomes?|became|proved|proves|sounds?|it's|that's|which's)\s+"
                          r"(?:[\w'-]+\s+){0,4}$", _I)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    a = SentimentIntensityAnalyzer()
    event = re.compile(r"^(?:" + "|".join(EVENT_WORDS) + r")", _I)
    crime_words = {w.lower() for w in LEXICON.measure_words}
    for w in list(a.lexicon):
        if event.match(w) or w in crime_words:
            del a.lexicon[w]
    a.lexicon.update(EVALUATIVE_EXTRA)
    return a


_WORD = re.compile(r"[A-Za-z][\w'-]*")


@lru_cache(maxsize=1)
def _strong_words() -> frozenset[str]:
    """The lexicon's strongly evaluative words (after the crime vocabulary was made neutral)."""
    return frozenset(w for w, v in _analyzer().lexicon.items() if abs(v) >= _STRONG)


def _valence(a: Any, word: str) -> float:
    """A word's strength of judgement; a compound ('well-run', 'crime-ridden') by its strongest part."""
    w = word.lower()
    return abs(a.lexicon.get(w, 0.0)) or max((abs(a.lexicon.get(p, 0.0)) for p in w.split("-")), default=0.0)


def evaluative_judgement(sentence: str, *, skip_safe: bool = False) -> re.Match[str] | None:
    """The strongest evaluative word of a figure-free sentence that judges crime, policing or safety, else None.

    ``skip_safe``: 'safe' does not count (in 'keeps our streets safe' it is a promise, not a judgement).
    (The caller has already found no figure and no other claim in the sentence.)"""
    if not _ABOUT.search(sentence):
        return None
    a = _analyzer()
    strong = _strong_words()
    if not any(w.lower() in strong or any(part in strong for part in w.lower().split("-")) for w in _WORD.findall(sentence)):
        return None     # no strongly evaluative word: no need to score the sentence (most text stops here)
    # 'well-run' is scored as 'well run' too (a compound the lexicon holds whole keeps its own valence): the stronger reading
    score = max((a.polarity_scores(t)["compound"] for t in {sentence, sentence.replace("-", " ")}), key=abs)
    if abs(score) < THRESHOLD:
        return None
    words = [(_valence(a, m.group(0)), m) for m in _WORD.finditer(sentence)
             if not (skip_safe and m.group(0).lower().startswith("safe"))
             and (m.group(0).lower() in EVALUATIVE_EXTRA or _PREDICATIVE.search(sentence[:m.start()]))]
    best = max(words, key=lambda t: t[0], default=(0.0, None))
    if best[0] < _STRONG or best[1] is None:
        return None
    return best[1]


_QUOTED = re.compile(r"[\"“]([^\"“”]{3,80})[\"”]")


def quoted_judgement(sentence: str) -> re.Match[str] | None:
    """A short quotation that judges ('said the rise was "very alarming"') inside a sentence about crime or
    policing: the quotation, else None.  A quoted phrase is someone's verdict whatever its grammar."""
    if not _ABOUT.search(sentence):
        return None
    a = _analyzer()
    for m in _QUOTED.finditer(sentence):
        words = [abs(a.lexicon.get(w.lower(), 0.0)) for w in _WORD.findall(m.group(1))]
        if words and max(words) >= 1.0 and abs(a.polarity_scores(m.group(1))["compound"]) >= THRESHOLD:
            return m
    return None
