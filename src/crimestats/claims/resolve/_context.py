"""Which place and period a claim is about when its own sentence does not say.

News text names its place once, in the headline or the opening sentence ("<borough>: ...",
"PRESS RELEASE - <borough> Council"), and then writes "in the borough" or nothing at all.  A borough
named later in passing ("<borough> alone accounted for ...") is an aside about that borough and
does not change what the article's later sentences are about; only "the borough", "the area",
"locally" point back to it.  A place named as the scope of a comparison ("more than in any other
part of London", "the highest in London") is not what the sentence is about either.

Periods carry the same way: a sentence that names several ("rose N% last year, while weapons
offences fell N% in <year>") hands its latest one to the sentences after it, not whichever clause
came last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ...measures._periods import Period
from ...measures._places import Area
from .._lexicon import TOPIC_SAME, TOPIC_STEMS, month_alternation
from .._sentences import split_sentences
from ..extract._extract_rank import ONLY_VERB
from ..extract._place_names import find_places

__all__ = ["ArticleContext", "is_scope_mention", "is_yardstick", "place_in", "latest_period", "topic", "figure_place",
           "ONLY_LISTED"]

_I = re.IGNORECASE
# 'more than in any other part of London', 'every borough in London', 'the rest of the capital'
_SCOPE_BEFORE = re.compile(
    r"(?:\b(?:any|every|all|each|no)\s+(?:other\s+)?(?:[\w'-]+\s+){0,2}?(?:in|of|across)\s+(?:the\s+)?"
    # 'the fourth highest of any London borough', 'every London borough': London is the scope
    r"|\b(?:any|every|each|no)\s+(?:other\s+)?"
    r"|\b(?:rest|elsewhere)\s+(?:of|in)\s+(?:the\s+)?|\bno\s+other\s+"
    # 'the west London borough', 'an outer London borough': a part of London said of the borough, not London
    r"|\b(?:north|south|east|west|inner|outer|north-?west|north-?east|south-?west|south-?east|central)[- ]$"
    r"|\b(?:leaving\s+aside|setting\s+aside|putting\s+aside|aside\s+from|apart\s+from|excluding|except(?:\s+for)?|"
    r"other\s+than|outside(?:\s+of)?|besides|not\s+counting|discounting|ignoring)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"|\b(?:highest|lowest|most|fewest|worst|best|largest|biggest|smallest|least)\b(?:\s+[\w'-]+){0,5}?\s+"
    r"(?:in|across|of)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?)$", _I)
# 'in the borough', 'the area', 'locally': the place named earlier
SAME_PLACE = re.compile(r"\b(?:the|this|that|our)\s+(?:borough|area|town|district|neighbourhood)\b|\blocally\b"
                        # 'the figure there', 'crime there': the place just named
                        r"|\b(?:figures?|rate|crimes?|offences|total|numbers?|levels?)\s+there\b", _I)
# 'the force recorded ...', 'across the force area': the force named last
_THE_FORCE = re.compile(r"\b(?:the|this|our)\s+force(?:['’]s)?\b(?!\s+(?:of|for)\b)", _I)
# 'It rose ...', 'They fell ...': a sentence that opens on a pronoun goes on about the sentence before
_PRONOUN_OPENING = re.compile(r"\W*(?:it|its|they|their|this|that|these|those)\b", _I)
# the opening lines that set an article's place: the headline and the first sentence or two
_LEAD_SENTENCES = 2
# 'The latest police figures for <place> are ...', 'Crime statistics for <place> show ...': an opening
# sentence that says which place the figures are about; it outranks a place in the masthead (a
# residents' association or a ward newsletter reporting its borough's figures)
_DECLARES = re.compile(r"\b(?:figures|statistics|stats|data|numbers)\s+(?:for|on|covering)\s+(?:the\s+)?$", _I)
_DECLARING_SENTENCES = 4


# 'the second-largest fall in London after <place>', 'second only to <place>': the place ranked ahead of the
# one the sentence is about, never its subject (not even in a sentence that ranks places)
_AHEAD_BEFORE = re.compile(r"(?:\b(?:second|third|fourth|fifth|next)\b[\w\s'-]{0,50}?\b(?:after|behind)\s+"
                           r"|\bsecond\s+only\s+to\s+)$", _I)


# 'with <place>, the joint highest', 'level with <place>': the place that shares a rank, not the subject
_TIED_BEFORE = re.compile(r"\b(?:(?:level|tied|joint|equal)\s+with|alongside)\s+$|\bwith\s+$", _I)
_TIED_AFTER = re.compile(r"\s*,?\s*(?:the\s+|as\s+the\s+)?(?:joint|equal)[- ]", _I)


def is_ranked_ahead(text: str, start: int, end: int | None = None) -> bool:
    """True for the place named as the one ahead in a ranking ('the second-highest after <place>'), or the one a
    rank is shared with ('with <place>, the joint highest', 'level with <place>')."""
    if _AHEAD_BEFORE.search(text[max(0, start - 70):start]) is not None:
        return True
    before = _TIED_BEFORE.search(text[max(0, start - 20):start])
    if before is None or end is None:
        return False
    return not before.group(0).lower().startswith("with") or _TIED_AFTER.match(text, end) is not None


# 'CALLER (<name>, <place>): ...', '<name> from <place>:': where a speaker lives, in a transcript's label
_SPEAKER_BEFORE = re.compile(r"(?:\(\s*(?-i:[A-Z][\w'.-]*)(?:\s+(?-i:[A-Z][\w'.-]*))?,\s*"
                             r"|(?-i:[A-Z][\w'.-]*)\s+from\s+)$", _I)
_SPEAKER_AFTER = re.compile(r"\s*\)?\s*:")


# '<name> (<constituency>) (<party>): ...': an MP's seat in a Hansard label
_SEAT_BEFORE = re.compile(r"\(\s*$")
_SEAT_AFTER = re.compile(r"[^()]{0,30}\)\s*(?:\([\w .&-]{1,25}\)\s*)?:")


def is_speaker_label(text: str, start: int, end: int) -> bool:
    """True for the place in a speaker's label ('CALLER (<name>, <place>):', '<name> (<seat>) (<party>):'): not what
    is said."""
    return (_SPEAKER_BEFORE.search(text[max(0, start - 40):start]) is not None and
            _SPEAKER_AFTER.match(text, end) is not None) or (
        _SEAT_BEFORE.search(text[max(0, start - 3):start]) is not None and _SEAT_AFTER.match(text, end) is not None)


def is_scope_mention(text: str, start: int) -> bool:
    """True when the place starting at ``start`` is the scope of a comparison, not the subject."""
    return _SCOPE_BEFORE.search(text[max(0, start - 60):start]) is not None


# 'three times the London average', 'a third of the London total': the place is the yardstick
_YARDSTICK_AFTER = re.compile(r"(?:'s)?\s+(?:average|total|figure|rate|level|mean|norm|as\s+a\s+whole)\b"
                              r"(?!\s*,\s*(?:whose|which|where)\b)", _I)   # ('<place> as a whole, whose rate ...': the subject)
_THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", _I)


def is_yardstick(text: str, start: int, end: int) -> bool:
    """True for 'the London average', 'the London total': the place a figure is set against."""
    return _YARDSTICK_AFTER.match(text, end) is not None and _THE_BEFORE.search(text[max(0, start - 6):start]) is not None


# '... since the force's records began', 'the force's own data': the place keeps the records, it is not
# what the sentence is about
_SOURCE_AFTER = re.compile(r"(?:'s|’s)\s+(?:(?:current|own|official|published|latest|monthly|annual|quarterly|"
                           r"recorded[- ]crime)\s+){0,2}(?:records|series|data|figures|statistics|dashboard)\b", _I)
# 'according to the Met', 'figures from the Met': the force that published the figures
_SOURCE_BEFORE = re.compile(r"(?:\baccording\s+to|\b(?:figures|data|statistics|numbers)\s+(?:from|published\s+by|"
                            r"released\s+by|issued\s+by))\s+(?:the\s+)?$", _I)


def is_source_mention(text: str, end: int) -> bool:
    """True for a place named as the keeper of the records ('since the force's records began', 'the
    Met's monthly figures')."""
    return _SOURCE_AFTER.match(text, end) is not None


def is_publisher_mention(text: str, start: int) -> bool:
    """True for a name after 'according to', 'figures from': the publisher when it is a force ('according
    to the Met'); a town there ('figures from <borough>') is still the place the figures are about."""
    return _SOURCE_BEFORE.search(text[max(0, start - 40):start]) is not None


# 'London-wide', 'pan-London': London, though the name is joined to another word
_LONDON_WIDE = re.compile(r"\b(?:London|capital)[- ]wide\b|\bpan[- ]London\b", _I)


_FINER = {"ward": 2, "lsoa": 2, "borough": 1}


def place_in(text: str, *, named: Callable[[str], Area | None], scopes: bool = False,
             find: Callable[[str], list[tuple[int, int, str]]] = find_places) -> Area | None:
    """The place ``text`` is about: a ward beats a borough, which beats a force or London; scope
    mentions are skipped unless ``scopes`` (a headline's 'where is crime highest in London?' still
    sets the place).  ``find`` lists the place names (with wards and the <borough> when given)."""
    best: Area | None = None
    for start, end, name in find(text):
        if is_ranked_ahead(text, start, end) or is_speaker_label(text, start, end):
            continue
        if not scopes and (is_scope_mention(text, start) or is_yardstick(text, start, end)
                           or is_source_mention(text, end)):
            continue
        a = named(name)
        if a is None or (a.area_type == "force" and not scopes and is_publisher_mention(text, start)):
            continue
        if best is None or (best.area_type in ("force", "borough") and
                            _FINER.get(a.area_type, 0) > _FINER.get(best.area_type, 0)):
            best = a
    if best is None and _LONDON_WIDE.search(text):
        best = named("London")
    return best


_DATE_BITS = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{month_alternation()})\b\.?|\b(?:19|20)\d{{2}}\b", _I)


def _is_dateline(line: str) -> bool:
    """A line that gives a date and no other figure ('<Debate>, <day> <month> <year>'): a dateline, not a claim."""
    return _DATE_BITS.search(line) is not None and not re.search(r"\d", _DATE_BITS.sub(" ", line))


@dataclass
class ArticleContext:
    """The article's own place (from its headline or opening sentence) and the last borough named."""

    article_area: Area | None = None
    last_local: Area | None = None
    last_force: Area | None = None
    # the previous sentence: (index, place it was about, measures it named)
    _prev: tuple[int, Area | None, frozenset[str]] = (-9, None, frozenset())

    @classmethod
    def of(cls, text: str, *, named: Callable[[str], Area | None],
           find: Callable[[str], list[tuple[int, int, str]]] = find_places) -> "ArticleContext":
        """Read the article's place from its first lines (headline, lede) before any other."""
        ctx = cls()
        lead = split_sentences(text)[:_DECLARING_SENTENCES]
        for s in lead[:_LEAD_SENTENCES]:
            a = place_in(s.text, named=named, find=find) or place_in(s.text, named=named, scopes=True, find=find)
            if a is not None:
                ctx.article_area = a
                break
        for s in lead:
            for start, _end, name in find(s.text):
                if _DECLARES.search(s.text[max(0, start - 40):start]) and (a := named(name)) is not None:
                    ctx.article_area = a
                    return ctx
        if ctx.article_area is None and len(lead) > _LEAD_SENTENCES and _is_dateline(lead[_LEAD_SENTENCES - 1].text):
            # a headline and a dateline that name no place ('<Topic>. <Debate>, <date>'): the place the first line
            # after them names
            ctx.article_area = place_in(lead[_LEAD_SENTENCES].text, named=named, find=find)
        return ctx

    @property
    def previous_area(self) -> Area | None:
        """The place the last sentence noted was about."""
        return self._prev[1]

    def note_sentence(self, index: int, area: Area | None, topic: frozenset[str]) -> None:
        """The place a sentence is about and the measures it names: remembered for the next one."""
        if area is not None and area.area_type == "borough":   # 'the borough' after a ward is its borough
            self.last_local = area
        if area is not None and area.area_type == "force":
            self.last_force = area
        self._prev = (index, area, topic)

    def carried(self, sentence: str, *, index: int, topic: frozenset[str]) -> tuple[Area | None, bool]:
        """The place for a sentence that names none: (area, guessed).  'the borough' points to the
        last borough named (not a guess).  The sentence right after one about another place goes
        on about it while it goes on about the same crime ('figures from <borough> showed N% of
        mugging victims ...  It said there had been N arrests for robbery') or opens on a pronoun
        ('<crime> rose in <place>.  It was up N% ...'); otherwise the
        article's own place.  A guess the verdict may mention but never swaps for another place."""
        if SAME_PLACE.search(sentence) and self.last_local is not None:
            return self.last_local, False
        if _THE_FORCE.search(sentence) and self.last_force is not None:
            return self.last_force, False
        p_index, p_area, p_topic = self._prev
        if p_area is not None and p_area.area_type in ("force", "borough", "ward") and self.article_area is not None \
                and self.article_area.area_type in ("country", "region"):
            # a text under a country's name ('<country> Online') that has moved to one force or borough goes on
            # about it until another place is named
            return p_area, True
        if p_area is not None and p_area != self.article_area and p_index == index - 1 and (
                topic & p_topic or _PRONOUN_OPENING.match(sentence)):
            return p_area, True
        return self.article_area, self.article_area is not None


_TOPIC = re.compile(r"\b(" + "|".join(TOPIC_STEMS) + ")", _I)


def topic(sentence: str) -> frozenset[str]:
    """The kinds of crime a sentence talks about, as word stems ('mugging' and 'robbery' are one)."""
    out = set()
    for m in _TOPIC.finditer(sentence):
        w = re.sub(r"\s+", " ", m.group(1).lower())
        out.add(TOPIC_SAME.get(w, w))
    return frozenset(out)


def latest_period(periods: list[Period]) -> Period | None:
    """The most recent of a sentence's periods (the one later sentences go on talking about)."""
    return max(periods, key=lambda p: (p.end, p.start)) if periods else None


# 'Only <place> and <place> recorded more ...': the places listed are ahead of the one the text is about
ONLY_LISTED = re.compile(r"\bonly\s+(?-i:[A-Z][\w'&.-]*(?:(?:\s+(?:upon|and)|,)?\s+[A-Z][\w'&.-]*){0,6})"
                         rf"(?=\s+{ONLY_VERB}\s+(?:more|fewer|higher|lower)\b)", _I)
_IN_PLACE_AFTER = re.compile(r"\s*(?:in|across|for)\s+(?:the\s+)?", _I)


def figure_place(clause: str, claimed: str | None, *, find: Callable[[str], list[tuple[int, int, str]]],
                  named: Callable[[str], Area | None]) -> Area | None:
    """'rose N% in <place> and M% in <place>': in a clause naming several places, the place written right
    after a figure is that figure's."""
    if not claimed or not any(ch.isdigit() for ch in claimed) or len(find(clause)) < 2:
        return None     # a figure only: 'the highest rate of any force in <country>' names the scope after it
    pos = clause.find(claimed)
    if pos < 0:
        return None
    after = _IN_PLACE_AFTER.match(clause, pos + len(claimed))
    if after is None:
        return None
    places = find(clause[after.end():after.end() + 60])
    return named(places[0][2]) if places and places[0][0] == 0 else None
