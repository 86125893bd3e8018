"""What is a claim about?  Measure, area, period and baseline, with context from earlier sentences.

Measures come from the catalogue's words (``crimestats.measures._catalogue.find_measures``); a few phrases
the catalogue does not hold as words ('gun enabled', 'knife enabled' split from 'homicides' in
the sentence, 'teenage' next to killings) are read here.  Areas come from place names
(``crimestats.measures._places.resolve_area``); a sentence that names no place inherits the last place
named.  Periods come from ``crimestats.measures._periods.parse_period`` relative to the as-of date; a claim
that names none inherits the previous claim's period, else the last full calendar year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..._errors import CrimestatsError
from ...facts import _tables as facts
from ...measures._catalogue import CATALOGUE
from ...measures._parts import sex_victim_parts
from ...measures._periods import Period, calendar_year, range_
from ...measures._places import Area, london_area, resolve_area
from ...reference._taxonomy import OFFENCE_KEYS, descendants
from ...store._store import StoreLike
from .._lexicon import (
    FORCE_NAMES,
    LEXICON,
    NO_DATA_PLACES,
    UNRECORDED_VICTIM_TOPICS,
    UNSERIESED_CRIME_KINDS,
    UNSERIESED_TOPICS,
    month_alternation,
    number_value,
)
from .._model import Claim
from .._reasons import Reason, Why
from .._sentences import Sentence, split_sentences
from ..extract._baselines import _FROM_TO_FIGURES, baseline_spans, find_period
from ..extract._dateline import is_dateline
from ..extract._extract_ratio import SELF
from ..extract._months import month_baseline, month_period, since_month
from ..extract._period_words import STALE_RELEASE, _clip, _latest_like, _period, _period_raw
from ..extract._subjects import CRIME_NAMED_SUBJECTS, FORECAST, OUTCOMES, PROGRAMME, UNREPORTED, outside_subject
from ._among import places_among
from ._context import ONLY_LISTED, SAME_PLACE, ArticleContext, figure_place, latest_period, place_in
from ._context import topic as crime_topic
from ._measure_words import (
    _HOMICIDE,
    _HOMICIDE_QUALIFIERS,
    _NARROW,
    _TOTAL,
    _is_ancestor,
    _measure_hits,
    _measure_in,
    _measure_near,
    _words_re,
    narrow,
)
from ._parts import family_root, knife_part
from ._places_text import find_places_in
from ._same_year import SAME_YEAR, pronoun_generic, rate_unit_only, year_named_before
from ._victim_pairs import victims_pair
from ._whole_year import carried_period, whole_year
from ._year_to_date import year_to_date

__all__ = ["Resolved", "resolve_claims"]

_I = re.IGNORECASE
_VICTIM_PAIRS = frozenset(m.name for m in sex_victim_parts())
_HOMICIDE_FAMILY = {"homicide", "homicide_victims"} | {name for _, name in _HOMICIDE_QUALIFIERS} | _VICTIM_PAIRS
_PART_AFTER = re.compile(r"\b(?:were|was|are|is|involved|involve|involving)\s+(?:an?\s+|the\s+)?(?P<p>[^,;]+)", _I)
# a place after 'than' is the yardstick of a comparison, never the place a figure is about ('our N burglaries
# are fewer than in <place>')
# the other side of a comparison, never the sentence's subject: 'than <place>', '<N> times as many as <place>',
# '<N> times the number in <place>', 'twice that of <place>'
_THAN_PLACE = re.compile(r"(?:\bthan|\b(?:times|twice|double|treble|triple|half|third|quarter|fifth)\s+(?:as\s+(?:many|much|high|"
                         r"large)\s+as|the\s+(?:number|figure|total|level|rate|count)\s+(?:in|for|of|at)|(?:that|those)\s+"
                         r"(?:in|of|at)))\s+(?:in\s+|at\s+|those\s+(?:in|of|policed\s+by|recorded\s+by)\s+)?"
                         r"(?:neighbouring\s+|nearby\s+|next-door\s+)?(?:the\s+)?(?=[A-Z])[\w'’&.-]+"
                         r"(?:\s+(?:upon\s+|and\s+|of\s+)?(?=[A-Z])[\w'’&.-]+){0,4}"
                         # the rest of a list after 'than': '<a>, <b> and <c> combined'
                         r"(?:,\s+(?=[A-Z])[\w'’&.-]+(?:\s+(?:upon\s+|and\s+)?(?=[A-Z])[\w'’&.-]+){0,3})*")
_PRONOUN_WHOLE = re.compile(r"^\s*(?:of\s+)?(?:them|those|these|which|whom)\b", _I)
# '<kind> crime' the catalogue has no series for: never answered with all recorded crime
_UNKNOWN_CRIME = re.compile(r"\b(?:" + "|".join(UNSERIESED_CRIME_KINDS) + r")[- ](?:crimes?|"
                            r"offences?|incidents?|attacks?|related\s+crimes?)\b", _I)
_UNSERIESED_TOPIC = re.compile(r"\b(?:" + "|".join(UNSERIESED_TOPICS) + r")\b", _I)
_UNRECORDED_VICTIM = re.compile(r"\b(?:" + "|".join(UNRECORDED_VICTIM_TOPICS) + r")\b", _I)
_SHARE_VERB = re.compile(r"\b(?:makes?|made|making)\s+up\b|\baccount(?:s|ed)?\s+for\b|\brepresent(?:s|ed)?\b|"
                         r"\bcomprise[sd]?\b", _I)
# 'all thefts', 'theft overall', 'every kind of theft': the whole, not the article's narrower crime
_ALL_OF = re.compile(r"\b(?:all|total|overall|every|any)\b", _I)
# 'in a year', 'in a single year': the latest twelve months when the text names no period at all
_IN_A_YEAR = re.compile(r"\b(?:in|over)\s+(?:just\s+)?a\s+(?:single\s+)?year\b(?!\s+(?:earlier|before|ago))", _I)
# 'stabbings' alone (not 'fatal stabbings', 'stabbed to death'): knife crime with injury unless the text is
# about killings
_STABBINGS = re.compile(r"(?<!fatal\s)\bstabbings?\b", _I)
# a baseline written as a span back from the period ('over the last decade' -> '10 years earlier')
_YEARS_BACK = re.compile(r"(\w+) years (?:earlier|ago|before)|(?:a|one) (decade) (?:earlier|ago|before)", _I)
# 'solved', 'cleared up', 'brought to justice' - not 'unsolved'
_SOLVED = re.compile(r"(?<![\w-])solved\b|\bcleared\s+up\b|\bbrought\s+to\s+justice\b", _I)
# 'its crime rate', 'total crime', 'crime overall': all crime named as such, not a word for offences in general
_ALL_CRIME_NAMED = re.compile(r"\bcrime\s+(?:rate|overall|as\s+a\s+whole)\b|\b(?:total|overall|all|recorded)\s+crime\b",
                              re.IGNORECASE)
_APPOSITION = re.compile(r"\s*(?:[,–—:-]|\bor\b)\s*(?:(?:some|about|around|roughly|almost|nearly|just\s+over|over)\s+)?",
                         re.IGNORECASE)
_BUSIEST = re.compile(r"\b(?:busiest|quietest|calmest|slowest)\s+(?:single\s+)?(?:month|week|day|year)\b", re.IGNORECASE)
# the noun a count is counted in ('N offences', 'N cases'), as against crime named as such ('N crimes', 'total crime')
_COUNTED_ITEMS = re.compile(r"\b(?:offences?|cases|incidents)\b", re.IGNORECASE)
_CRIME_NAMED = re.compile(r"\bcrimes?\b|\b(?:total|overall|all)\b", re.IGNORECASE)
# '..., and <month> was our busiest month': a clause of its own about the force's (council's) whole workload
_MONTH_WAS_OURS = re.compile(rf"^\W*(?:and\s+|but\s+|while\s+)?(?:{month_alternation(short=False, capitalised=True)})\s+"
                             r"(?:was|is|has\s+been)\s+(?:our|the\s+force['’]s)\s+(?:busiest|quietest|calmest)\b")
_LEAD_LINES = 2     # a headline and a standfirst or byline
_PART_OF_THE = re.compile(r"\b\d[\d,]*\s+(?:out\s+)?of\s+(?:the|all|those|these)\s+$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s(?:were|was|are|is|died|had|have|has|included|including)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:while|and|but|whereas|yet)\b", re.IGNORECASE)
_PERCENT_SIGN = re.compile(r"^\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|with)\b|;|\s[–—-]\s", re.IGNORECASE)
_BARE_MONTH_NAME = re.compile(month_alternation(short=False, capitalised=True))
_BETWEEN_TWO_MONTHS = re.compile(rf"\b(?:between|from)\s+(?:{month_alternation(short=False, capitalised=True)})\s+"
                                 rf"(?:(?:19|20)\d{{2}}\s+)?(?:and|to)\s+(?:{month_alternation(short=False, capitalised=True)})\b")
_RELATIVE_OPENING = re.compile(r"\W*(?:whose|which|where)\b", re.IGNORECASE)
_HUNG_ON = re.compile(r"(?:\s+as\s+a\s+whole)?\s*,?\s*", re.IGNORECASE)
_AS_MANY = re.compile(r"\bas\s+many\b", re.IGNORECASE)
_HOMICIDE_RATE = re.compile(r"\b(?:homicide|murder|killing)s?\s+rates?\b", _I)
_ALL_REPORTS = re.compile(r"\ball\s+(?:the\s+)?(?:reports?|recorded|incidents|crimes?|offences|offending)\b|"
                          r"\ball\s+crime\s+types\b|\beverything\s+(?:\w+\s+){0,2}?(?:reported|recorded|logged|records?|reports?|logs?)\b"
                          r"|^\W*(?:of\s+)?the\s+(?:overall\s+)?total\b(?!\s+(?:of|for)\b)", _I)     # not 'the national total': another place's whole


# Offences <-> victims: the other series that can answer a homicide claim.
ALTERNATES = {"homicide": "homicide_victims", "homicide_victims": "homicide"}
# A series that starts later than the one it was split from ('burglary of a home' from the Met's
# 'residential burglary'): a claim reaching back before its first month, or a record, uses the older one.
_SPLIT_FROM = {"burglary_home": "residential_burglary"}


@dataclass
class Resolved:
    """A claim's subject: measure, area, period, baseline, and what was assumed."""

    measure: str | None
    area: Area | None
    period: Period | None
    baseline: Period | None = None
    other: Period | None = None          # equality: the period compared with
    since: Period | None = None          # record: 'since <year>'
    compare_area: Area | None = None
    compare_also_areas: tuple[Area, ...] = ()   # comparison: more places summed with compare_area
    notes: list[Reason] = field(default_factory=list)   # what was assumed or substituted, in order
    measure_words: list[str] = field(default_factory=list)
    whole_measure: str | None = None     # share: the whole the part is a share of
    whole_area: Area | None = None
    period_assumed: bool = False         # no period named anywhere: the latest with data may be used
    area_from_context: bool = False      # the place comes from an earlier sentence, not this one
    complement: bool = False             # share: the claim is the rest of the part ('solved' = not unsolved)
    flag_words: str | None = None        # the sentence names a police flag not in open data ('knife-enabled')
    band_words: str | None = None        # the clause names a narrower group than the data's age band ('teenagers')
    narrowed_from: str | None = None     # a qualifier narrowed this measure to a part with no series (measure None)
    as_of: date | None = None            # the publication date the claim is read as of (which releases were out)
    sentence_borough: Area | None = None  # the borough the text is about at this claim (its sentence's, else the last)
    compare_measure: str | None = None   # crime pair: the other crime's measure
    wider_words: str | None = None       # the claim's crime, answered by a wider published category (police.uk)
    among: tuple[Area, ...] | None = None   # ranking: the few places the text names ('the highest of the four')


def _area_named(name: str, *, store: StoreLike | None) -> Area | None:
    """A place name -> Area: a police force by its short name, else ``resolve_area``; a place with
    no data in the store (<place>, <place>) still becomes an Area, so it is never read as London."""
    key = re.sub(r"^the\s+", "", name.strip(), flags=_I)
    slug = FORCE_NAMES.get(key.lower())
    if slug:
        return Area("force", slug, key)
    for said in dict.fromkeys((name, key)):     # 'the UK': the name as written, then without its article
        try:
            return resolve_area(said, store=store)
        except CrimestatsError:
            pass
    if key.lower() in NO_DATA_PLACES:
        return Area("city", "none", key)
    return None


_YEAR_EARLIER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:in\s+)?(?:a\s+year\s+(?:earlier|before|ago)|"
                           r"the\s+(?:winter|summer|spring|autumn|season)\s+(?:before|earlier)|the\s+year\s+"
                           r"(?:before|earlier)|the\s+same\s+(?:months?|period|time)\s+(?:a|last|the\s+previous)\s+year)",
                           _I)


def _after_figure(c: Claim) -> str:
    """The clause text after the claim's figure ('N a year earlier' -> ' a year earlier')."""
    pos = c.clause.find(c.claimed_text or "\0")
    return c.clause[pos + len(c.claimed_text or ""):] if pos >= 0 else ""


_FLAG_RE = re.compile(r"\b(?:knife|gun|firearms?|weapon)[- ]enabled\b", re.I)


# a group narrower than the Met's 'Adolescent/Young Adult' band; naming the band itself is not a stand-in
_BAND_RE = re.compile(r"\bteen(?:age|agers?|s)?\b|\byoung\s+people\b|\byouths?\b|\bchildren\b|\bunder[- ](?:18|16)s?\b",
                      re.I)


_BAND_ITSELF = re.compile(r"\byoung\s+adults?\b|\badolescen", re.I)


def _band_words(sentence: str) -> str | None:
    """The narrower group a sentence names ('teenagers'), unless it names the band itself ('teenagers and
    young adults', 'adolescents')."""
    m = _BAND_RE.search(sentence)
    return m.group(0) if m and not _BAND_ITSELF.search(sentence) else None


def _flag_words(sentence: str) -> str | None:
    """The Met's own flag a sentence names ('gun-enabled'), which open data does not carry."""
    m = _FLAG_RE.search(sentence)
    return m.group(0) if m else None


def _lead_period(lead: list[Sentence], as_of: date) -> Period | None:
    """The first period the opening lines name (not a comparison's other end): what a headline that
    names none is about ('<borough> welcomes fall in knife crime' over 'in the year to <month> <year>')."""
    for s in lead:
        if is_dateline(s.text):
            continue        # 'N <month> <year>', 'By our correspondent, N <month> <year>': when, not what
        text = find_period(s.text, baseline_spans(s.text))
        p = _period(text, as_of) if text else None
        if p is not None:
            return p
    return None


def _one_word_for(measure: str, text: str) -> bool:
    """The measure is named in ``text`` by a one-word noun ('thefts'), not by its full category name
    ('violence against the person'), so it may stand for the article's narrower crime."""
    words = _words_naming(measure, text)
    return bool(words) and all(len(w.split()) == 1 for w in words)


def _words_naming(measure: str, text: str) -> list[str]:
    """The catalogue words in ``text`` that name ``measure``."""
    return [m.group(0) for m in LEXICON.measure_words_re.finditer(text) if LEXICON.measure_for(m.group(0)) == measure]


_GENERIC_HEADS = ("offences", "offence", "crimes", "crime", "cases", "incidents")


def _named_generically(measure: str, text: str) -> bool:
    """The measure is named in ``text`` by its one-word noun, alone or with a generic head ('thefts', 'theft
    offences'), not by a category name of its own ('vehicle offences'): so a narrower crime named before may
    stand for it."""
    words = _words_naming(measure, text)

    def generic(w: str) -> bool:
        tokens = w.lower().split()
        if len(tokens) == 2 and tokens[-1] in _GENERIC_HEADS:
            return LEXICON.measure_for(tokens[0]) == measure
        return len(tokens) == 1
    return bool(words) and all(generic(w) for w in words)


# police.uk street files publish violence and sexual offences as one category: a violent or sexual crime
# in a force area outside the Met is answered by it, as a stand-in (judge/_verdict._widened)
_POLICE_UK_VIOLENCE = frozenset((descendants("violence_against_the_person") - {"homicide"})
                                | descendants("sexual_offences"))


def _police_uk_category(measure: str | None, area: Area | None) -> tuple[str | None, str | None]:
    """(measure, the claim's crime as words when a wider police.uk category stands in for it)."""
    if measure in _POLICE_UK_VIOLENCE and area is not None and area.area_type == "force" \
            and area.code != london_area().code:
        return "violence_and_sexual_offences", CATALOGUE[measure].label.lower()
    return measure, None


def _span_before(claims: list[Claim], out: list["Resolved"], *, across: bool = False) -> tuple[Period, Period] | None:
    """(baseline, period) the claims just before measured: a change's, or a 'from N in <year> to M in <year>' pair's;
    ``across``: also two counts of the same crime and place in the sentences before ('N in <year>. In <year> the
    figure was M. That is a rise of ...')."""
    if not out or out[-1].period is None:
        return None
    if out[-1].baseline is not None:
        return out[-1].baseline, out[-1].period
    k = len(out)
    a, b = (claims[k - 2], claims[k - 1]) if k >= 2 else (None, None)
    p0, p1 = out[-2].period if k >= 2 else None, out[-1].period
    if a is not None and b is not None and a.kind == b.kind == "count" and p0 is not None and \
            (p0.end < p1.start or (across and p1.end < p0.start and p1.grain == p0.grain)) and (
                a.sentence_index == b.sentence_index or (
                    across and b.sentence_index - a.sentence_index <= 2 and out[-2].measure == out[-1].measure
                    and out[-2].area == out[-1].area)):
        # 'went from N in <year> to M in <year>'; 'N in <year>, against M in <year before>. That rise ...'
        return (p0, p1) if p0.end < p1.start else (p1, p0)
    return None


def _self_area(claims: list[Claim], out: list["Resolved"], area: Area | None, own_place: Area | None) -> Area | None:
    """The place 'ours' / 'as we did' stands for: the one a claim just before also measured against 'ours', else the
    place whose figure was given just before (a column's '<country> had a higher rate than ours' after another
    country's rate), else the text's own place (a force's statement)."""
    if out:
        prev, prev_claim = out[-1], claims[len(out) - 1]
        if prev_claim.compare_to == SELF and prev.compare_area is not None:
            return prev.compare_area
        if prev.area is not None and prev.area != area and prev_claim.kind in ("rate", "count") and \
                prev_claim.compare_to is None:
            return prev.area
    return own_place


def series_start(store: StoreLike | None, measure: str) -> date | None:
    """The first month a measure reaches a tenth of its busiest month in London (a series split from an
    older one reads zero, or a few stray records, before it began), cached per store."""
    if store is None:
        return None
    key = (id(store), measure)
    if key not in _STARTS:
        try:
            months = facts.series(store, measure=measure, area=london_area(), start=2010, end=date.today().year,
                                  grain="month")
        except CrimestatsError:
            months = []
        top = max((float(f.value or 0) for f in months), default=0.0)
        _STARTS[key] = next((f.period.start for f in months if top and float(f.value or 0) >= top / 10), None)
    return _STARTS[key]


_STARTS: dict[tuple[int, str], date | None] = {}


def _recorder_not_place(area: Area | None, text: str, *, local: Area | None) -> Area | None:
    """'the Metropolitan Police recorded N offences in the borough': the force keeps the records; the borough
    (or ward) the text is about is the place."""
    if area is not None and area.area_type == "force" and SAME_PLACE.search(text):
        if local is not None and local.area_type in ("borough", "ward"):
            return local
    return area

# the force or council speaking of its own workload: 'our', 'we', '<month> was the <busiest> month for the force'
_OUR = re.compile(r"\b(?:our|we)\b|\b(?:busiest|quietest|calmest)\s+month\s+for\s+the\s+(?:force|police|borough|council)\b", _I)
_FOR_CRIME = re.compile(r"\s+(?:of\s+them\s+|of\s+those\s+)?(?:were\s+)?for\s+", _I)   # '<N> for <crime>' after arrests
# 'over the same period' (not 'the same period a year earlier'): the span the claim before measured
_SAME_SPAN = re.compile(r"\b(?:over|in|during|across)\s+(?:the\s+same\s+(?:period|time|span|years)|(?:the|that|this)\s+period|"
                        r"(?:that|this)\s+(?:time|span))\b"
                        r"(?!\s+(?:a|last|the\s+previous|of|in|to|from|since|between)\b)", _I)
# 'That is a rise of N%', 'This represents a fall of ...': the change between the two figures just given
_CHANGE_NOUN = r"(?:rise|increase|fall|drop|decrease|reduction|jump|climb|cut)"
_ANAPHOR_CHANGE = re.compile(r"^\W*(?:(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+represents|\s+marks|\s+amounts\s+to)\s+"
                             rf"(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_CHANGE_NOUN}\b|(?P<of>(?:that|this)\s+{_CHANGE_NOUN}\s+of)\b)", _I)
# '<offences> in that <category>', '<crimes> of this type': the crime just named
_THAT_CATEGORY = re.compile(r"\b(?:in|of|within)\s+(?:that|this|the\s+same)\s+(?:category|group|type|class|kind)\b", _I)
# a share of '<that year>'s <crimes>': the whole is the year the text is about
_PART_OF_YEAR = re.compile(r"\b(?:the|that|this)\s+year['’]s\b|\bof\s+(?:the|that)\s+year\b", _I)
# '<month> saw just N': the clause's own month, not the first one its sentence names
# ('in <month> police recorded N': the month of the clause, too)
_BARE_MONTH_SUBJECT = re.compile(rf"^\W*(?:{month_alternation(capitalised=True)})\s+(?:saw|had|was|brought|recorded|logged)\b"
                                 rf"|\b(?:in|during|by)\s+(?:{month_alternation(capitalised=True)})\b")
_SUCH_WHOLE = re.compile(r"^\W*(?:of\s+)?(?:all\s+)?(?:such|those|these)\s+[a-z]", _I)
_LAST_MONTH_NAMED = re.compile(r"last\s+[a-z]+", _I)
_ANAPHOR_OPENING = re.compile(r"^\W*(?:that|this|it)\s+(?:was|is|has|had|were|went|rose|fell)\b", _I)
# 'since the Met's borough figures began': the publisher of the figures, not the place they are about
_SOURCE_OF_FIGURES = re.compile(r"\b(?:the\s+)?(?:Met|Metropolitan\s+Police|police\.uk|ONS|Home\s+Office)['’]s\s+(?:own\s+)?"
                                r"(?:[\w-]+\s+){0,2}?(?:figures|data|records|statistics|series|dashboard|numbers)\b", _I)
_RELATIVE = re.compile(r"^\W*(?:which|that|who)\s", _I)
_YEAR_ON_YEAR = re.compile(r"\b(?:(?:same|that)\s+month\s+(?:a|last)\s+year|a\s+year\s+(?:earlier|before|ago)|"
                           r"(?:compared\s+(?:with|to)|against|on)\s+(?:the\s+same\s+month\s+)?(?:\w+\s+)?last\s+year)\b", _I)
_YEAR_BEFORE_FRONT = re.compile(r"^\W*(?:(?:the|a)\s+year\s+(?:before|earlier)|(?:in\s+)?the\s+(?:previous|preceding)\s+"
                                r"(?:financial\s+)?year)\b", _I)
_CRIME_TYPE_RANK = re.compile(r"\b(?:most|least)\s+(?:common|frequent|prevalent)\b|\blargest\s+(?:single\s+)?(?:category|type)\b", _I)
_STABBED = re.compile(r"\bstabbed\b|\bstabbing\s+victims\b|\bvictims\s+of\s+stabbings\b", _I)
# a ranking said of the year before: '<borough> was top a year earlier'
_YEAR_BEFORE_AFTER = re.compile(r"\b(?:top|bottom|first|second|third|number\s+\w+|highest|lowest|most|fewest)\b[^.;]{0,30}?"
                                r"\b(?:(?:the|a)\s+year\s+(?:before|earlier)|the\s+(?:previous|preceding)\s+year)\b", _I)
_LABEL_LINE = re.compile(r"^\W*[A-Za-z][\w' -]{2,40}:\s")     # a fact box's 'Busiest month: <month>'


def _whole_of_part(clause: str, figure: str | None) -> bool:
    """'N of the M people killed were <group>': M is the whole, the group is N's."""
    return bool(figure) and re.search(rf"\bof\s+(?:all\s+)?(?:the\s+)?{re.escape(figure or '')}(?!\w)", clause, _I) is not None


def _homicide_qualifier(text: str) -> str | None:
    """The narrower homicide-victims measure a qualifier in ``text`` names ('women', 'stabbed'), else None."""
    return next((name for pat, name in _HOMICIDE_QUALIFIERS[:-1] if pat.search(text)), None)


def resolve_claims(claims: list[Claim], *, text: str, as_of: date, store: StoreLike | None = None) -> list[Resolved]:
    """Resolve every claim, carrying measure, area and period forward through the text."""
    out: list[Resolved] = []
    ctx_measure: str | None = None
    ctx_area: Area | None = None
    ctx_period: Period | None = None
    ctx_guess = False
    last_sentence = -1
    last_stale = False
    sent_area: Area | None = None
    sent_measure: str | None = None
    prev_claim_measure: str | None = None
    prev_end: int | None = None     # where the sentence's previous claim ended
    carry_measure: str | None = None     # the crime the next sentence goes on about
    rate_carried = False
    # one look-up per distinct name or text within this call (the store does not change), so a
    # sentence of many claims is not read once per claim
    named_memo: dict[str, Area | None] = {}
    found_memo: dict[str, list[tuple[int, int, str]]] = {}

    def named(name: str) -> Area | None:
        if name not in named_memo:
            named_memo[name] = _area_named(name, store=store)
        return named_memo[name]

    def find(t: str) -> list[tuple[int, int, str]]:
        if t not in found_memo:
            found_memo[t] = find_places_in(t, store=store)
        return list(found_memo[t])

    # the article's own place (headline, lede); a borough named later in passing does not carry
    article = ArticleContext.of(text, named=named, find=find)
    # where each sentence's claims start, and where a turn's clause starts (read once, not once per claim)
    claim_starts: dict[int, list[int]] = {}
    for each in claims:
        claim_starts.setdefault(each.sentence_index, []).append(each.start)
    turn_starts = {each.start for each in claims if each.turn}
    sentence_areas: dict[int, Area | None] = {}
    for c in claims:
        if c.sentence_index not in sentence_areas:
            said = ONLY_LISTED.sub(" ", _THAN_PLACE.sub(" ", text[c.sentence_start:c.sentence_end]))
            sentence_areas[c.sentence_index] = place_in(said, named=named, find=find)
            if sentence_areas[c.sentence_index] is None and (_CRIME_TYPE_RANK.search(said) or any(
                    k.kind == "record" and k.sentence_index == c.sentence_index for k in claims)):
                # (a record in time, 'the worst year for <crime> in <borough> since <year>', ranks no places either)
                # '<crime> is the most common crime in <borough>': crime types ranked, the place is their subject
                local = place_in(said, named=named, find=find, scopes=True)
                if local is not None and local.area_type in ("borough", "ward"):
                    sentence_areas[c.sentence_index] = local
    sentences = split_sentences(text)
    by_index = {s.index: s for s in sentences}
    sent_periods: list[Period] = []
    lead_period = _lead_period(sentences[1:4], as_of)
    text_lead = _lead_period(sentences[:4], as_of)
    # the crime the text opens on (its headline, else its first line): what a run of borough figures goes on about
    text_topic = next((m for m in (_measure_in(s.text) for s in sentences[:2]) if m not in (None, "all_crime")), None)
    text_grain = text_lead.grain if text_lead is not None else None     # calendar or financial years, as the text opens
    # the latest period named by a line before a sentence, read once per line as the claims go on in reading order
    lines_read, line_named = -1, None

    def line_period(index: int) -> Period | None:
        nonlocal lines_read, line_named
        for i in range(lines_read + 1, index):
            if i in by_index and (p := _lead_period([by_index[i]], as_of)) is not None:
                line_named = p
        lines_read = max(lines_read, index - 1)
        return line_named
    for c in claims:
        sentence = text[c.sentence_start:c.sentence_end]
        if c.sentence_index != last_sentence:
            if last_sentence >= 0:
                ctx_measure = carry_measure or ctx_measure
                if not last_stale:      # an older release's year is its figure's own, not the article's
                    ctx_period = latest_period(sent_periods) or ctx_period
            # a sentence with no claim still sets the crime and place the next one talks about ('<crime> worried
            # residents in <borough> most.  It went up N% ...')
            for between in (by_index[i] for i in range(max(last_sentence + 1, c.sentence_index - 2), c.sentence_index)
                            if i in by_index):     # the two sentences just before, at most
                named_crime = _measure_in(between.text)
                if named_crime not in (None, "all_crime"):
                    ctx_measure = named_crime
                    article.note_sentence(between.index, place_in(between.text, named=named, find=find),
                                          crime_topic(between.text))
                elif (spoken := place_in(between.text, named=named, find=find)) is not None and \
                        spoken.area_type == "borough":
                    # '<borough> remains the centre of it.  Its N offences ...': the place the next sentence goes on about
                    article.note_sentence(between.index, spoken, crime_topic(between.text))
            sent_periods = []
            sent_area = sentence_areas.get(c.sentence_index)
            topic = crime_topic(sentence)
            sent_area = _recorder_not_place(sent_area, sentence, local=article.carried(
                sentence, index=c.sentence_index, topic=topic)[0])
            if sent_area is None:
                ctx_area, ctx_guess = article.carried(sentence, index=c.sentence_index, topic=topic)
            else:
                ctx_area, ctx_guess = sent_area, False
            article.note_sentence(c.sentence_index, sent_area or ctx_area, topic)
            sent_measure = _measure_in(sentence)
            if sent_measure == "all_crime" and ctx_measure not in (None, "all_crime") and rate_unit_only(
                    sentence, [(m.start(), m.group(0)) for m in _words_re()[0].finditer(sentence)]):
                sent_measure = ctx_measure      # 'at N offences per 100,000 people': the article's crime
                rate_carried = True
            else:
                rate_carried = False
            prev_claim_measure = carry_measure = prev_end = None
            last_sentence = c.sentence_index
            last_stale = STALE_RELEASE.search(sentence) is not None
        notes: list[Reason] = []
        clause = c.clause
        if c.compare_to:
            clause = clause.replace(c.compare_to, " ")
        for also in c.compare_also:
            clause = clause.replace(also, " ")
        if c.compare_crime:     # the other crime's words name the yardstick, not the claim's own measure
            clause = clause.replace(c.compare_crime, " ")
        pos = clause.find(c.claimed_text) if c.claimed_text else -1
        own = _measure_near(clause, pos if pos >= 0 else None)
        if c.kind == "count" and pos > 0 and _PART_OF_THE.search(clause[:pos]):
            # 'N of the M <people killed> <died in a circumstance>': the second figure is the whole, its own noun
            noun = _VERB_AFTER.split(clause[pos + len(c.claimed_text or ""):][:40], maxsplit=1)[0]
            whole = _measure_in(noun)
            own = whole or own
        named_in_claim = [h for h in _measure_hits(c.claimed_text or "") if h[1] != "all_crime"] \
            if c.kind in ("ratio", "comparison") and not c.compare_crime else []   # (a crime pair names both crimes)
        if named_in_claim:
            own = named_in_claim[0][1]      # '..., and nearly twice as many <crimes>': the crime the claim names
        if own is not None and c.kind == "count" and pos >= 0 and _FOR_CRIME.match(clause, pos + len(c.claimed_text or "")):
            # '<N> arrests ..., including around <N> for <crime>': arrests for that crime, not the crime's count
            earlier = [family_root(m) for _, m in _measure_hits(sentence[:max(0, c.start - c.sentence_start)])]
            own = next((m for m in reversed(earlier) if m in _NARROW), own)
        if own is None and _RELATIVE.match(clause) and text[max(0, c.start - 3):c.start].rstrip().endswith(","):
            # '... and <crime>, which went up by N%': the crime named just before the relative clause
            hits = _measure_hits(sentence[:max(0, c.start - c.sentence_start)])
            own = hits[-1][1] if hits else None
        named_between = None
        sent_hits = _measure_hits(sentence) if own is None and prev_end is None and c.kind != "opinion" else []
        first_of_sentence = next((p for p, m in sent_hits if m == sent_measure), None)
        if first_of_sentence is not None and first_of_sentence >= c.start - c.sentence_start:
            # '<crime>, the offence that most <does something>, fell by N%, and <crime> ...': the crime named before
            # the first claim, not the one the sentence names after it
            named_lead = [m for p, m in sent_hits if p < c.start - c.sentence_start and m != "all_crime"]
            total_lead = [m for p, m in sent_hits if p < c.start - c.sentence_start and m == "all_crime"]
            # ('Crime in <borough> hit a record as <crimes> rose': the total named first)
            own = named_lead[-1] if named_lead else ("all_crime" if total_lead else None)
        if own in (None, "all_crime") and prev_end is not None and prev_end < c.start:
            # '<crime> fell by N%, but <other crime> went the other way, up N%', '..., and its crime rate, at N
            # offences per 1,000': a crime named between the previous claim and this one is this claim's
            gap = text[prev_end:c.start]
            between_hits = [m for _, m in _measure_hits(gap) if m != "all_crime" or _ALL_CRIME_NAMED.search(gap)]
            named_between = between_hits[-1] if between_hits else None
            own = named_between or own
        if c.kind == "share" and c.share_of and _PRONOUN_WHOLE.search(c.share_of):
            # 'eight killings, half of them stabbings': the part is named after the pronoun
            after_pronoun = _measure_near(_PRONOUN_WHOLE.sub(" ", c.share_of, count=1), None)
            named_before = _measure_near(c.share_part[max(0, c.start - c.sentence_start):], None) \
                if c.share_part else None
            if _HOMICIDE.search(c.share_part or ""):
                own = _measure_in(sentence[sentence.find(c.share_of):] + " " + (c.share_part or ""))
            elif after_pronoun in (None, "all_crime") and named_before not in (None, "all_crime"):
                own = named_before    # '<crime> made up two in five of them': the part is named before the figure
            else:
                own = after_pronoun
            if own in _HOMICIDE_FAMILY and c.share_part:    # '<group> made up a quarter of those killed'
                own = _homicide_qualifier(c.share_part) or own
        elif c.kind == "share" and c.share_part is not None:
            # the part is named in the figure's own clause; with none named, the share is of a group
            # within the whole ('N% of mugging victims were aged N or younger')
            in_clause = c.share_part[max(0, c.start - c.sentence_start):]
            whole_word = _measure_near(c.share_of, None) if c.share_of else None
            # the subject before a share verb, even in an earlier clause ('<crime>, meanwhile, makes up a third of
            # all crime'); without the verb a crime named earlier is not the part ('preventing robbery after
            # figures showed N% of mugging victims were ...')
            part_word = _measure_near(c.share_part, None) if c.share_part and _SHARE_VERB.search(in_clause) else None
            # the part named after the whole and a copula: 'half of all <crimes> were <narrower crimes>'
            after = _PART_AFTER.search(c.share_of or "")
            after_word = _measure_near(after.group("p"), None) if after else None
            own = _measure_near(in_clause, None) or \
                (own if not c.share_of or own != whole_word else None) or \
                (part_word if part_word and part_word != whole_word else None) or \
                (after_word if after_word and after_word != whole_word else None) or \
                _measure_near(c.share_of or "", None)     # '<crime>, meanwhile, makes up a third of all crime'
            if own in _HOMICIDE_FAMILY and own == whole_word:    # '<group> made up a quarter of those killed'
                own = _homicide_qualifier(in_clause) or own

        whole_named = _measure_near(c.share_of, None) if c.kind == "share" and c.share_of else None
        if c.kind == "share" and prev_claim_measure and prev_end is not None and prev_end <= c.start and \
                _APPOSITION.fullmatch(text[prev_end:c.start]) and whole_named is not None and \
                own in (None, whole_named) and prev_claim_measure != own and \
                _is_ancestor(whole_named, prev_claim_measure) and not _JOINED.match(text, c.start):
            # (the whole named is wider than the figure's crime; 'while more than half ...' is a clause of its own)
            # '<crime> accounted for N of them – more than half of all crimes': the share of the figure just given
            own = prev_claim_measure
        # a specific word narrows a generic one ('Bike theft ... with N thefts') only when it is
        # named earlier in the same sentence, never from another sentence
        wider = prev_claim_measure or sent_measure
        if wider == sent_measure and not prev_claim_measure and wider is not None:
            first = next((p for p, m in _measure_hits(sentence) if m == wider), None)
            # (named before the figure: '<crime> remains low, with N offences' - the clause may start at the crime;
            # '<crime> in <place>, N offences, was ... than <another crime>': the crime before the figure)
            fig = sentence.find(c.claimed_text, c.start - c.sentence_start) if c.claimed_text else -1
            cut = fig if fig >= 0 else c.start - c.sentence_start
            if first is not None and first >= cut:
                before = [m for p, m in _measure_hits(sentence) if p < cut and m != "all_crime"]
                wider = before[-1] if before and fig >= 0 else None
        if own and wider and _is_ancestor(own, wider) and not _TOTAL.search(clause) and not named_between and \
                _named_generically(own, clause):
            own = wider          # 'Bike theft ... with N thefts': the specific measure named earlier
        generic = own or (None if prev_claim_measure else sent_measure)
        if generic and generic != "all_crime" and ctx_measure and not prev_claim_measure and \
                ctx_measure not in _HOMICIDE_FAMILY and sent_measure in (None, generic) and \
                _is_ancestor(generic, ctx_measure) and not _ALL_OF.search(clause) and _one_word_for(generic, sentence):
            # 'Bike theft ... In <borough>, thefts topped N': the wider word goes on with the article's crime
            own = ctx_measure
            notes.append(Reason.of(Why.MEASURE_FROM_CONTEXT, measure=own))
        if own == "all_crime" and rate_carried:
            own = None      # the rate's unit word, in a sentence about the article's crime
        elif own == "all_crime" and ctx_measure not in (None, "all_crime") and ctx_measure not in _HOMICIDE_FAMILY \
                and not prev_claim_measure and sent_measure in (None, "all_crime") and not named_between \
                and _COUNTED_ITEMS.search(clause) and not _CRIME_NAMED.search(sentence) and out \
                and out[-1].measure == ctx_measure and out[-1].area is not None and (
                    (claims[len(out) - 1].sentence_index >= _LEAD_LINES and (
                        out[-1].area == sent_area or out[-1].area.code == london_area().code))
                    or (claims[len(out) - 1].sentence_index >= 1 and ctx_measure == text_topic
                        and claims[len(out) - 1].sentence_index == c.sentence_index - 1)):
            # (after a figure for the same place or for London as a whole, or a figure for the crime in the sentence
            # just before, as a run of boroughs goes on about one crime; a figure for another borough further back
            # leaves 'N offences' in the next borough all crime)
            # '<borough> alone logged N offences' in a text about one crime (named in the body, not only in a
            # headline): 'offences' counts that crime
            own = ctx_measure
            notes.append(Reason.of(Why.MEASURE_FROM_CONTEXT, measure=own))
        measure = own or prev_claim_measure or sent_measure or ctx_measure
        if c.turn and not own and (not sent_measure or _MONTH_WAS_OURS.match(clause)) and (
                _OUR.search(sentence) or _LABEL_LINE.match(sentence)):
            measure = "all_crime"       # a force or council on 'our busiest month': its whole workload
        elif measure is None and c.kind == "record" and _BUSIEST.search(clause):
            measure = "all_crime"       # "<force>'s busiest month": its whole workload, no crime named anywhere
        if own == "all_crime" and ctx_measure not in (None, "all_crime") and not prev_claim_measure and \
                pronoun_generic(sentence, [m.group(0) for m in _words_re()[0].finditer(clause)]):
            measure = own = ctx_measure     # 'Its rate, almost N offences per 100,000': the article's measure
            notes.append(Reason.of(Why.REFERS_BACK, first=sentence.split()[0], measure=measure))
        elif own == "all_crime" and ctx_measure not in (None, "all_crime") and (that := _THAT_CATEGORY.search(clause)):
            measure = own = ctx_measure     # '<crime> <led> the rise.  <Offences> in that <category> <reached> N'
            notes.append(Reason.of(Why.REFERS_BACK, first=that.group(0), measure=measure))
        if (not own or own in ("homicide", "homicide_victims") and _homicide_qualifier(clause) not in (None, own)
                and not _whole_of_part(clause, c.claimed_text)) and measure in _HOMICIDE_FAMILY and measure not in _VICTIM_PAIRS:
            # 'Of the N victims ..., N were women': a qualifier in the clause narrows homicide victims ('the deadliest
            # year for women': the women killed); a pair already read (women killed with a knife) stays
            q = _homicide_qualifier(clause) or \
                _homicide_qualifier(sentence[:max(0, c.start - c.sentence_start)])   # '<group> victims, N, was ...'
            if q is not None:
                measure = q
        pair = victims_pair(measure, clause, context=ctx_measure) if measure in _HOMICIDE_FAMILY else None
        if pair is not None:
            measure = pair      # '<N> of the <women> were <stabbed>': the pair of sex and setting
        complement = False
        if c.kind == "share" and _SOLVED.search(clause) and (measure in _HOMICIDE_FAMILY or _HOMICIDE.search(clause)):
            measure, complement = "unsolved_homicide_victims", True    # 'solved N% of the murders'
        if not own and measure != "stop_search" and family_root(measure) == "stop_search":
            measure = "stop_search"     # 'N in ten ended with no further action': this clause's part
        measure = knife_part(measure, clause if own else sentence[:c.end - c.sentence_start]) or measure
        if measure == "knife_homicide_victims" and _STABBINGS.search(sentence) and not _HOMICIDE.search(sentence) \
                and ctx_measure not in _HOMICIDE_FAMILY:
            measure = "knife_crime_with_injury"     # 'stabbings soared' outside a text about killings
        elif measure == "knife_crime_with_injury" and _STABBED.search(clause) and (
                ctx_measure in _HOMICIDE_FAMILY or _HOMICIDE.search(sentence) or prev_claim_measure in _HOMICIDE_FAMILY):
            measure = "knife_homicide_victims"      # 'N of the victims were stabbed' in a text about killings
        narrowed_from = None
        if measure in _NARROW:
            wide = measure
            measure, why = narrow(measure, clause)
            if why:
                narrowed_from = wide
                notes.append(why)
        unknown = _UNKNOWN_CRIME.search(clause if own else sentence) if measure == "all_crime" else None
        if unknown is None and measure is not None and measure not in _HOMICIDE_FAMILY:
            unknown = _UNSERIESED_TOPIC.search(clause)
        elif unknown is None and c.kind == "share" and measure in _HOMICIDE_FAMILY:
            unknown = _UNRECORDED_VICTIM.search(clause)   # 'most victims were <a circumstance the file does not record>'
        if unknown and named_in_claim and unknown.group(0) not in (c.claimed_text or ""):
            unknown = None      # 'work on <topic> meant we recorded more <crimes> than ...': the crime compared is named
        if unknown:
            notes.append(Reason.of(Why.UNKNOWN_CRIME, word=unknown.group(0)))
            measure = None
        topic_outside = outside_subject(clause, cause=c.subject == "cause") if c.kind != "opinion" else None
        # not crime at all; or 'most <crimes> never get reported': a crime named, but never in recorded data
        outside = topic_outside if topic_outside is not None and (
            (own in (None, "all_crime") and c.subject is None) or c.subject in ("non_crime", "cause")
            or (c.kind in ("share", "count") and topic_outside[0] in (UNREPORTED, OUTCOMES, PROGRAMME))
            or topic_outside[0] in CRIME_NAMED_SUBJECTS
            or topic_outside[0] == FORECAST) else None
        if outside is not None:     # 'response times ... the worst on record': not a crime count at all
            measure = None
            notes.append(Reason.of(Why.OUTSIDE_SUBJECT, subject=outside[0], answer=outside[1]))
        from_context = measure is not None and measure == ctx_measure and not (
            own or prev_claim_measure or sent_measure)
        if c.kind == "rate" and measure and not measure.endswith("_rate") and _HOMICIDE.search(sentence):
            measure = "homicide_rate"
        if c.kind == "comparison" and re.search(r"\b(?:safer|more dangerous|less safe|more violent)\b",
                                                 c.claimed_text or "", _I) and not _measure_in(clause):
            measure = "homicide_rate"     # safety between places is compared on the homicide rate
        elif c.kind not in ("rate", "comparison", "ratio") and measure == "homicide_rate" and not (
                c.kind in ("change", "direction") and _HOMICIDE_RATE.search(clause)):
            measure = "homicide"      # ('the US homicide rate jumped by N%' stays a change in the rate)
        elif c.kind in ("comparison", "ratio") and measure == "homicide_rate" and not re.search(r"\brates?\b", sentence, _I):
            measure = "homicide"
        elif c.kind in ("comparison", "ratio") and _HOMICIDE_RATE.search(sentence) and measure in ("homicide", None) \
                and not _AS_MANY.search(clause):     # ('three times as many murders as <place>': counts, whatever else)
            measure = "homicide_rate"
        if measure and from_context and measure == ctx_measure:
            notes.append(Reason.of(Why.MEASURE_FROM_CONTEXT, measure=measure))
        own_text = clause
        if c.kind == "share" and c.share_of and pos > 0:
            own_text = clause[:pos]     # 'one in ten of all crimes in the capital': the capital is the whole
        own_area = place_in(_SOURCE_OF_FIGURES.sub(" ", ONLY_LISTED.sub(" ", _THAN_PLACE.sub(" ", own_text))), named=named,
                            find=find)
        own_area = _recorder_not_place(own_area, own_text, local=sent_area)
        own_area = figure_place(clause, c.claimed_text, find=find, named=named) or own_area
        if own_area is None and _RELATIVE_OPENING.match(c.clause):
            # '..., and <place> as a whole, whose rate was ...': the place the relative clause hangs on
            lead_in = sentence[:max(0, c.start - c.sentence_start)]
            hung = [(e, name) for _, e, name in find(lead_in) if _HUNG_ON.fullmatch(lead_in[e:])]
            own_area = named(hung[-1][1]) if hung else None
        if c.kind == "share" and c.share_of and own_area is None and c.share_of in sentence:
            # '..., almost one in ten of all the crimes recorded in the capital': the place named before the
            # whole ('crime in the borough') is the part's, not the capital
            head = sentence[:sentence.find(c.share_of)]
            own_area = place_in(head, named=named, find=find) or (
                article.last_local if SAME_PLACE.search(head) else None)
        area = own_area or sent_area or ctx_area
        prev_area = out[-1].area if out and claims[len(out) - 1].sentence_index < c.sentence_index else None
        if own_area is None and sent_area is not None and prev_area is not None and _ANAPHOR_OPENING.match(c.clause) \
                and place_in(sentence[:max(0, c.end - c.sentence_start)], named=named, find=find) is None:
            # 'That was up N% on the year before, while the total for <place> fell': 'that' is the figure
            # just given, for the place before; <place> is the next clause's
            area = prev_area
        if (c.kind == "rate" and c.per_borough) or c.places_quant == "except":
            # 'a rate of N, against a London average of M': M is London's rate; 'every borough except <a> and
            # <b>': London's boroughs, <a> and <b> the exceptions
            area = london_area()
        if c.compare_to and own_area is None and area is not None and out and named(c.compare_to) == area:
            # 'almost double the N recorded in neighbouring <place>': the other place is the yardstick; the
            # subject is the place the text was about before it
            area = out[-1].area
        area_from_context = area is not None and own_area is None and sent_area is None and ctx_guess
        if c.kind in ("comparison", "ratio") and area is not None and area.area_type in ("country", "region") and \
                measure in ("homicide", "homicide_victims"):
            measure = "homicide_rate"       # a country's homicide figure in the open data is its rate
        if area is None:
            area = london_area()
            notes.append(Reason.of(Why.LONDON_ASSUMED))
        raw = _period_raw(c.period_text, as_of)
        if raw is None and c.kind != "opinion" and SAME_YEAR.search(sentence):
            before = [t.text for t in reversed(sentences) if t.index < c.sentence_index]
            named_year = year_named_before(before)
            raw = _period_raw(named_year, as_of) if named_year else None
            if raw is not None:
                notes.append(Reason.of(Why.SAME_YEAR, period=raw.label))
        if raw is None and c.kind != "opinion" and ctx_period is not None and (
                _YEAR_BEFORE_FRONT.match(sentence) or (c.rank and _YEAR_BEFORE_AFTER.search(clause))):
            raw = ctx_period.shift_years(-1)     # 'The year before, only <place> had more': the period before
            notes.append(Reason.of(Why.PERIOD_FROM_CONTEXT, period=raw.label))
        bare_month = False
        months_apart = c.kind in ("change", "ratio", "direction") and bool(c.baseline_text) and \
            _BARE_MONTH_NAME.fullmatch(c.baseline_text or "") is not None
        if raw is None and c.period_text and _BARE_MONTH_NAME.fullmatch(c.period_text) and not c.turn:
            # '<crime> doubled between <month> and <month>, from N to M': each month of the year talked about
            raw = month_period(c.period_text, context=ctx_period, as_of=as_of)
            bare_month = raw is not None
            if raw is not None and months_apart and not _FROM_TO_FIGURES.search(sentence) and not (
                    area is not None and area.area_type == "force" and area.code != london_area().code):
                # without the two months' figures, and where the year before has data, 'rose by half between <month>
                # and <month>' is those months against the same months a year before
                opening = month_period(c.baseline_text or "", context=ctx_period, as_of=as_of)
                if opening is not None and opening.start <= raw.start:
                    raw, bare_month, months_apart = range_(opening.start, raw.start), False, False
        if raw is None and c.kind != "opinion":
            # 'In <month> officers made ...'; a turn's own month ('<whose> busiest month was <month>')
            month_ctx = ctx_period
            if c.turn and out and claims[len(out) - 1].sentence_index == c.sentence_index and \
                    out[-1].period is not None and out[-1].period.grain == "month":
                month_ctx = out[-1].period    # '<month> was the busiest, and <month> the quietest': one year
            # (a month named only in a later claim's clause is that claim's: '<crime> was up N%, peaking in <month>';
            # 'fell only slightly, by N%, in <month>' is this claim's)
            upto = min((at for at in claim_starts[c.sentence_index] if at > c.start), default=c.sentence_end) - c.sentence_start
            raw = month_period(c.period_text if c.turn and c.period_text else clause, context=month_ctx, as_of=as_of) \
                if (c.turn and c.period_text) or _BARE_MONTH_SUBJECT.search(clause) else None
            raw = raw or month_period(sentence[:upto], context=month_ctx, as_of=as_of)
            if raw is not None:
                bare_month = True       # the month the article goes on talking about
                notes.append(Reason.of(Why.MONTH_WITHOUT_YEAR, period=raw.label))
        period = _clip(raw, as_of) if raw is not None else None
        if raw is not None and period is not None and period != raw and \
                not re.search(r"\bsince\b", c.period_text or "", _I):
            notes.append(Reason.of(Why.PERIOD_CLIPPED, period_text=c.period_text, as_of=as_of,
                                   to=period.end.strftime('%B %Y')))
        baseline_early = _period(c.baseline_text, as_of) if c.since_baseline else None
        if period is None and baseline_early is not None:
            period = _latest_like(baseline_early, as_of)
            notes.append(Reason.of(Why.SINCE_BASELINE, baseline=baseline_early.label, period=period.label,
                                   grain='financial ' if period.grain == 'financial_year' else ''))
        if period is None and ctx_period is None and c.sentence_index == 0 and c.kind != "opinion":
            period = lead_period      # a headline that names no period: the one its first lines name
            if period is not None:
                notes.append(Reason.of(Why.PERIOD_FROM_CONTEXT, period=period.label))
        if period is None:
            period = ctx_period
            if period is not None and not c.turn:      # 'over the whole year': the year of the month carried
                period = whole_year(period, clause, baseline_text=c.baseline_text)
            if period is not None:
                notes.append(Reason.of(Why.PERIOD_FROM_CONTEXT, period=period.label))
        if period is None and c.kind != "opinion" and _IN_A_YEAR.search(clause):
            period = _period("the past year", as_of)     # 'rises N% in a year' with no year named anywhere
        if period is None and ctx_period is None and c.kind != "opinion" and c.sentence_index > 0:
            # no claim has named a period yet: the one an earlier line names without a claim ('the figures for
            # <year>, as published'), the nearest first
            period = line_period(c.sentence_index)
            if period is not None:
                notes.append(Reason.of(Why.PERIOD_FROM_CONTEXT, period=period.label))
        if period is None and c.kind != "opinion":
            period = calendar_year(as_of.year - 1)
            notes.append(Reason.of(Why.PERIOD_ASSUMED, as_of=as_of, period=period.label))
        baseline = _period(c.baseline_text, as_of) if c.baseline_text else None
        if c.kind == "count" and c.subject == "from" and period is not None:
            # 'fell from N to M': N is the figure for the period before; 'compared with N a year
            # earlier' after 'the first two months of <year>' is the same months a year before
            # a month or a season went 'from N to M': against the same months a year before when the text compares
            # year on year (a season always: the months before it are another season)
            year_on_year = _YEAR_EARLIER.match(_after_figure(c)) or (period.grain == "range" and period.n_months < 12) or (
                period.grain == "month" and _YEAR_ON_YEAR.search(text[max(0, c.sentence_start - 400):c.sentence_end]))
            period = baseline or (period.shift_years(-1) if year_on_year else period.previous())
            baseline = None
            notes.append(Reason.of(Why.FROM_TO_FIRST, period=period.label))
        if c.baseline_text and re.search(r"previous|before", c.baseline_text, _I) and period is not None:
            baseline = period.previous()
        back = _YEARS_BACK.fullmatch(c.baseline_text or "")
        if back and period is not None:     # 'over the last decade': the same period that many years before
            baseline = period.shift_years(-10 if back.group(2) else -(number_value(back.group(1)) or 1))
        elif c.baseline_text and re.search(r"same|earlier|ago", c.baseline_text, _I) and period is not None:
            baseline = period.shift_years(-1)
            same_of = re.search(r"\bsame\b.*\b((?:19|20)\d{2})\b", c.baseline_text, _I)
            if same_of:     # 'than in the same period of <year>': the claim's months in that year
                baseline = period.shift_years(int(same_of.group(1)) - period.end.year)
        if raw is not None and period is not None and period != raw and c.kind in ("change", "ratio", "direction") and \
                not re.search(r"\bsince\b", c.period_text or "", _I):
            same = period.shift_years(-1)      # part of a year: the same months a year earlier
            if baseline is None or (baseline.start <= same.start and same.end <= baseline.end and baseline != same):
                baseline = same
                notes.append(Reason.of(Why.SAME_MONTHS_YEAR_EARLIER, period=same.label))
        if (bare_month or (period is not None and period.grain == "month")) and months_apart:
            # the earlier month of that year: '<month> <year> was double <month>'s level'
            baseline = month_baseline(f"than {c.baseline_text}", period)
        if c.kind in ("change", "ratio", "direction") and month_baseline(clause, period) is not None:
            baseline = month_baseline(clause, period)     # 'N% fewer than in <month>'
        if baseline is None and period is not None and period.grain == "range" and period.n_months < 12 and \
                c.kind in ("change", "ratio", "direction"):
            baseline = period.shift_years(-1)     # '<month> to <month>', 'the three months to <month>'
            notes.append(Reason.of(Why.SAME_MONTHS_YEAR_EARLIER, period=baseline.label))
        if baseline is None and period is not None and period.grain == "month" and c.kind in ("change", "ratio", "direction"):
            baseline = period.shift_years(-1)
            notes.append(Reason.of(Why.SAME_MONTH_YEAR_EARLIER, period=baseline.label))
        if baseline is not None and baseline.grain == "month" and c.kind in ("change", "ratio", "direction") and \
                not c.period_text and period is not None and period.grain == "year" and \
                any(n.why is Why.PERIOD_ASSUMED for n in notes) and _LAST_MONTH_NAMED.fullmatch(c.baseline_text or ""):
            # 'down on last <month>' with no period named: that month a year on (the latest such month)
            period = baseline.shift_years(1)
            notes = [n for n in notes if n.why is not Why.PERIOD_ASSUMED]
        if baseline is not None and baseline == period and c.kind in ("change", "ratio", "direction") and \
                not c.period_text:
            # 'up N% on last year' with no period of its own: the latest twelve months against the twelve before
            period = _period("the past year", as_of)
            baseline = period.shift_years(-1) if period is not None else None
            notes = [n for n in notes if n.why not in (Why.PERIOD_ASSUMED, Why.PERIOD_FROM_CONTEXT)]
            if baseline is not None:
                notes.append(Reason.of(Why.SAME_MONTHS_YEAR_EARLIER, period=baseline.label))
        anaphor = (m_an := _ANAPHOR_CHANGE.match(sentence)) is not None and not c.period_text and (
            not c.baseline_text or m_an.group("of") is not None)    # 'That rise of N%': the two figures before
        span = _span_before(claims, out, across=anaphor) if c.kind in ("change", "ratio", "direction") and (
            _SAME_SPAN.search(clause) or _SAME_SPAN.search(c.text) or anaphor) else None
        if span is not None:
            # '<place>'s total has more than doubled over the same period': the span the claim before measured
            baseline, period = span
            notes = [n for n in notes if n.why not in (Why.PERIOD_ASSUMED, Why.PERIOD_FROM_CONTEXT)]
            notes.append(Reason.of(Why.PERIOD_FROM_CONTEXT, period=f"{baseline.label} to {period.label}"))
        other = _period(c.equal_to_text, as_of) if c.equal_to_text else None
        if c.equal_to_text and period is not None and re.search(r"\b(?:earlier|before|ago|previous|same)\b",
                                                                c.equal_to_text, _I):
            other = period.shift_years(-1)      # 'roughly the same last month as a year earlier'
        elif c.equal_to_text and bare_month and _BARE_MONTH_NAME.fullmatch(c.equal_to_text):
            other = month_baseline(f"than {c.equal_to_text}", period)    # 'as many in <month> as in <month>'
        since = (since_month(c.since_text, period) or _period(c.since_text, as_of)) if c.since_text else None
        if since is None and c.streak_months and c.since_text:
            # 'in every month since <month>': that month before the last complete one
            since = since_month(c.since_text, _period("last month", as_of))
        compare_area = None
        if c.compare_to:
            # 'as we did': the place the text speaks for (the article's own place)
            compare_area = _self_area(claims, out, area, article.article_area or ctx_area) if c.compare_to == SELF \
                else _area_named(c.compare_to, store=store)
        compare_also_areas = tuple(a for a in (_area_named(n, store=store) for n in c.compare_also) if a is not None)
        whole_measure, whole_area = None, None
        if c.kind == "share":
            # (the whole is named before the next clause: '... over 40% of them, and <crime> was second' is not it)
            share_of = _NEXT_CLAUSE.split(_PERCENT_SIGN.sub("", c.share_of or ""), maxsplit=1)[0]
            lead = _measure_hits(share_of)
            # 'one in ten crimes ... was a burglary': the noun right after the figure names the whole
            whole_measure = lead[0][1] if lead and lead[0][0] <= 25 and not _HOMICIDE.search(share_of) \
                else _measure_near(share_of, None)
            after = _PART_AFTER.search(share_of)
            such_hits = _measure_hits(share_of) if _SUCH_WHOLE.search(share_of) else []
            if such_hits and ctx_measure not in (None, "all_crime") and ctx_measure not in _HOMICIDE_FAMILY and \
                    any(p <= 25 for p, _ in such_hits) and \
                    all(m in (whole_measure, ctx_measure, "all_crime") for _, m in such_hits) and \
                    _measure_near(c.share_part or "", None) in (None, whole_measure) and \
                    (re.search(r"\bsuch\b", share_of, _I) or (after is not None and after.group(0).lower().startswith("involv")
                                                                and _measure_near(after.group("p"), None) is None)):
                # '<place> accounts for <a share> of all such <crimes>': the crime the text is about
                measure = whole_measure = ctx_measure
            whole_of = CATALOGUE[measure].part_of if measure is not None and measure in CATALOGUE else None
            if whole_of and whole_measure in (None, measure, CATALOGUE[whole_of].part_of):
                whole_measure = whole_of     # the catalogue's whole: 'no further action' of all stops
            # the first place after the figure names the whole's ('one in five robberies in London takes place
            # in <borough>': London); a finer one later in the sentence is the part's
            whole_area = next((a for _, _, name in sorted(find(share_of))
                               if (a := named(name)) is not None), None)
            if whole_area is not None and whole_area.area_type in ("borough", "ward", "force") and (
                    area_from_context or (own_area is None and sent_area is None)) and \
                    whole_area.code != london_area().code:      # ('a third of the London total': London is the whole)
                # 'nearly half of all crime in <borough> is theft', '... a third of all crime in <force area>' (a
                # masthead's country or the article's place before it is not the part's): the sentence's one
                # place is the part's too
                area, area_from_context = whole_area, False
                notes = [n for n in notes if n.why not in (Why.BOROUGH_FROM_TEXT, Why.LONDON_ASSUMED)]
            if whole_measure is None and measure in OFFENCE_KEYS and measure != "homicide" and \
                    _ALL_REPORTS.search(c.share_of or ""):
                whole_measure = "all_crime"      # 'one in five of all reports': of every crime recorded
            if whole_measure is None and whole_area is not None and area is not None and whole_area != area:
                whole_measure = measure      # '<borough> accounts for one in ten crimes in London'
            if whole_measure is None and _PRONOUN_WHOLE.search(share_of) and ctx_measure not in (None, measure):
                whole_measure = ctx_measure      # '<crime> made up two in five of them': the crimes just named
            if whole_measure is None and _PRONOUN_WHOLE.search(share_of) and own_area is not None and \
                    out and out[-1].measure == measure and out[-1].area not in (None, own_area):
                # '<borough> alone accounted for N in ten of them': of the same crimes in the place before
                whole_measure, whole_area = measure, out[-1].area
        if c.kind == "change" and c.unit == "points":
            # 'made up N% of all offences, up N.N percentage points': the share named before it in the sentence
            k = len(out)
            prior = next((out[i] for i in range(k - 1, -1, -1) if claims[i].sentence_index == c.sentence_index
                          and claims[i].kind == "share" and out[i].measure == measure), None)
            if prior is not None:
                whole_measure, whole_area = prior.whole_measure or prior.measure, prior.whole_area or prior.area
                if prior.period is not None and not c.baseline_text and period == prior.period:
                    baseline = baseline or period.previous()
        if outside is not None:     # not crime: no place or period of the crime data is assumed for it
            notes = [n for n in notes if n.why not in (Why.LONDON_ASSUMED, Why.PERIOD_ASSUMED)]
        if measure in _SPLIT_FROM:
            began = series_start(store, measure)
            reach = min((p.start for p in (period, baseline, since) if p is not None), default=None)
            if c.kind == "record" and period is not None and c.unit == "years" and c.value:
                reach = period.shift_years(-int(c.value)).start     # 'the worst month in two years'
            open_ended = c.kind == "record" and (c.on_record or (c.unit != "years" and since is None))
            if open_ended or began is None or (reach is not None and reach < began):
                notes.append(Reason.of(Why.OTHER_SERIES_BACK, measure=CATALOGUE[measure].label.lower(),
                                       year=(reach or began or date.today()).year,
                                       other_words=CATALOGUE[_SPLIT_FROM[measure]].label.lower()))
                measure = _SPLIT_FROM[measure]
        measure, wider_words = _police_uk_category(measure, area)
        ytd = year_to_date(store, measure=measure, area=area, period=period, as_of=as_of) \
            if c.kind != "opinion" and outside is None and period is not None else None
        if ytd is not None and period is not None:
            notes.append(Reason.of(Why.YEAR_TO_DATE, period=period.label, last=ytd.end.strftime("%B %Y"),
                                   as_of=as_of, to=ytd.label))
            if baseline is not None and baseline.n_months == period.n_months:
                # the same months of the period compared with (the first eleven months of the year before)
                baseline = range_(baseline.start, baseline.shift_months(ytd.n_months - period.n_months).end)
            period = ytd
        r = Resolved(measure, area, period, baseline, other, since, compare_area, compare_also_areas, notes,
                     whole_measure=whole_measure, whole_area=whole_area,
                     # (a year read as its published months is a reading, not a guess to fall back from)
                     period_assumed=any(n.why is Why.PERIOD_ASSUMED for n in notes) and ytd is None,
                     narrowed_from=narrowed_from, as_of=as_of,
                     area_from_context=area_from_context, complement=complement,
                     flag_words=_flag_words(text[c.sentence_start:c.sentence_end]),
                     band_words=_band_words(text[c.sentence_start:c.sentence_end]),
                     compare_measure=_police_uk_category(_measure_in(c.compare_crime), area)[0]
                     if c.compare_crime else None,
                     wider_words=wider_words)
        if c.rank_among is not None:
            r.among = places_among(text, at=c.start, n=c.rank_among, kind="force" if c.rank_scope == "force" else "borough",
                                   find=find, named=named)
        out.append(r)
        prev_claim_measure = measure or prev_claim_measure
        prev_end = max(prev_end or 0, c.end)
        if c.kind == "share" and whole_measure not in (None, "all_crime", measure) and \
                _PRONOUN_WHOLE.search(c.share_of or ""):
            carry_measure = whole_measure   # '<narrower crime> made up two thirds of them': the text goes on about them
        else:
            carry_measure = measure or carry_measure
        if period is not None and (c.period_text or bare_month) and c.subject not in ("when", "from") \
                and not c.turn and c.start not in turn_starts and not _PART_OF_YEAR.search(c.share_of or "") \
                and not (c.kind in ("change", "ratio") and _BETWEEN_TWO_MONTHS.search(clause)) \
                and {period.grain, text_grain or period.grain} != {"year", "financial_year"}:
            # (in a text led by a calendar year, one sentence's financial year is its own, and the reverse)
            # (a share of 'the year's <crimes>' names a part of the year: the text goes on about the year; a change
            # 'between <month> and <month>' measures within the period, it does not move it)
            # a turn's month is the top of its period, not the period talked about (nor is a figure in its clause:
            # '..., peaking in <month> when N were stolen')
            # a figure bound to an earlier year ('..., when N died') does not move it; '<month> alone' hands on its year
            sent_periods.append(carried_period(period, clause))
    return out
