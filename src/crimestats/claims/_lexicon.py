"""The claim checker's vocabulary, in one place: crime words, figure nouns, numbers, months, places.

Every stage (extract, resolve, judge) reads its words from here; no stage keeps a word list of its own.

* **Crime words** are generated from the measure catalogue (``crimestats.measures._catalogue``):
  each measure's ``words`` map to that measure (the first measure in catalogue order owns a word
  two measures share), plus :data:`LABEL_WORDS`, the phrases the catalogue holds only under a label
  with a suffix ('violence and sexual offences (police.uk)').  **To add a crime synonym, add it to
  the measure's ``words`` in the catalogue** (for an offence key, its line in ``_OFFENCE_WORDS``):
  one line, one place.  The extractor then sees it as a figure's noun, in the singular and plural
  ('N pickpocketings'), the resolver maps it to the measure, and the judge answers with it.
* **Figure nouns** that are not crime names ('officers', 'people', 'cases', 'victims') are listed
  in :data:`FIGURE_NOUNS`; crime nouns the catalogue holds only inside a longer phrase ('thefts',
  'assaults', 'deaths') in :data:`CRIME_NOUNS_EXTRA`.
* **Numbers**: one table of number words, vague quantities, fractions ('a third', 'two-thirds'),
  'one in N' denominators, multipliers ('twice', 'doubled') and ordinals.
* **Months** come from :mod:`calendar` (read in the C locale, so a process locale never renames them).
* **Places** that are static today: police forces by their short names, cities with no data of
  their own, and the fixed names (London words, countries) the place finder knows beside the
  boroughs and aliases it reads from package data.

The crime-word patterns are built once, at import, on :data:`LEXICON`.  :func:`use_catalogue` is the
documented hook to rebuild them from another catalogue (a test adds a synonym that way); stages read
``LEXICON``'s attributes when they run, and register their caches of word lookups with
:func:`on_rebuild` so a rebuild clears them.
"""

from __future__ import annotations

import calendar
import re
from contextlib import contextmanager
from typing import Callable, Iterator, Mapping

from ..measures._catalogue import CATALOGUE, Measure

__all__ = ["EVENT_WORDS", "EVALUATIVE_EXTRA",
    "MONTHS", "MONTH_ABBRS", "MONTH_NUMBERS", "month_alternation", "month_number",
    "NUMBER_WORDS", "SCALE_WORDS", "VAGUE_QUANTITIES", "FRACTION_PARTS", "FRACTIONS", "fraction_alternation", "fraction_value", "MULTIPLIERS", "MULTIPLIER_PARTICIPLES",
    "TIMES_WORDS", "ORDINALS", "DOWN_VERBS", "UP_VERBS", "DOWN_WORDS", "UP_WORDS", "alternation", "number_value", "number_alternation", "ordinal_alternation",
    "LABEL_WORDS", "CRIME_NOUNS_EXTRA", "FIGURE_NOUNS", "TOPIC_STEMS", "TOPIC_SAME", "UNSERIESED_CRIME_KINDS", "UNSERIESED_TOPICS", "UNRECORDED_VICTIM_TOPICS",
    "FORCE_NAMES", "NO_DATA_PLACES", "FIXED_PLACE_NAMES",
    "Lexicon", "LEXICON", "use_catalogue", "on_rebuild", "plural_forms",
]

_I = re.IGNORECASE

# ----------------------------------------------------------------------------------- direction words
# Verbs a change is written with, in the forms that take a figure ('fell by N%', 'collapsed by N%')
# or stand alone ('burglary soared').  A missing verb is one word added here.
DOWN_VERBS = ("fell", "fallen", "dropped", "decreased", "declined", "reduced", "cut", "slumped", "plunged",
              "plummeted", "tumbled", "shrank", "shrunk", "sank", "eased", "dipped", "slid", "collapsed",
              "crashed", "nosedived", "slipped", "dwindled")
UP_VERBS = ("rose", "risen", "increased", "grew", "grown", "jumped", "climbed", "surged", "soared", "rocketed",
            "leapt", "leaped", "spiked", "ballooned", "escalated", "swelled", "shot up")
# Other forms that say which way a figure went ('down N%', 'a fall of', 'lower', 'rising').
DOWN_WORDS = DOWN_VERBS + ("down", "fall", "falls", "falling", "drop", "drops", "dropping", "reduction", "reduce",
                           "decrease", "decreasing", "decline", "declining", "lower", "less", "fewer", "cuts",
                           "slump", "plunge", "dip", "tumble", "plummet", "collapse", "collapsing")
UP_WORDS = UP_VERBS + ("up", "rise", "rises", "rising", "increase", "increases", "increasing", "higher", "more",
                       "jump", "jumps", "surge", "surges", "climb", "climbing", "growth", "spike", "soar", "soaring",
                       "rocket")


def alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of words (longest first, spaces matching any run of whitespace)."""
    return "|".join(r"\s+".join(re.escape(t) for t in w.split()) for w in sorted(set(words), key=len, reverse=True))


# ---------------------------------------------------------------------------------------------- months


def _c_locale_months() -> tuple[tuple[str, ...], tuple[str, ...]]:
    with calendar.different_locale("C"):     # type: ignore[arg-type]   # English names whatever the locale
        return (tuple(n.lower() for n in calendar.month_name[1:]),
                tuple(n.lower() for n in calendar.month_abbr[1:]))


MONTHS, MONTH_ABBRS = _c_locale_months()          # ('january', ...), ('jan', ...)
# every written form of a month -> its number: 'january', 'jan', and 'sept'
MONTH_NUMBERS: Mapping[str, int] = {**{m: i for i, m in enumerate(MONTHS, 1)},
                                    **{a: i for i, a in enumerate(MONTH_ABBRS, 1)}, "sept": 9}


def month_alternation(*, short: bool = True, capitalised: bool = False) -> str:
    """A regex alternation of the month names ('january|...|december'), then, with ``short``, their
    abbreviations and 'sept' ('jan|feb|...|sep|sept|...|dec'); ``capitalised`` writes them 'January'."""
    words = list(MONTHS)
    if short:
        for a in MONTH_ABBRS:
            if a not in MONTHS:
                words.append(a)
            if a == "sep":
                words.append("sept")
    return "|".join(w.capitalize() if capitalised else w for w in words)


# Named episodes with known dates, as the months the monthly series can answer: (first month, last month).
# England's national lockdowns: 23 March to June 2020 (easing from 1 June, pubs 4 July), 5 November to
# 2 December 2020, and 6 January to March 2021 (stay at home until 29 March).  A bare 'lockdown' is the first.
EPISODES: Mapping[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "first lockdown": ((2020, 4), (2020, 6)),
    "second lockdown": ((2020, 11), (2020, 11)),
    "third lockdown": ((2021, 1), (2021, 3)),
    "lockdowns": ((2020, 4), (2021, 3)),       # the lockdowns together: the first to the end of the third
}
# the other ways each episode is named ('the 2020 lockdown', 'the November lockdown', 'lockdown')
EPISODE_NAMES: Mapping[str, str] = {
    "lockdown": "first lockdown", "first national lockdown": "first lockdown", "2020 lockdown": "first lockdown",
    "spring lockdown": "first lockdown", "march lockdown": "first lockdown", "march 2020 lockdown": "first lockdown",
    "spring 2020 lockdown": "first lockdown", "initial lockdown": "first lockdown",
    "second national lockdown": "second lockdown", "november lockdown": "second lockdown",
    "november 2020 lockdown": "second lockdown",
    "third national lockdown": "third lockdown", "2021 lockdown": "third lockdown", "january lockdown": "third lockdown",
    "january 2021 lockdown": "third lockdown", "winter lockdown": "third lockdown", "2021 lockdowns": "third lockdown",
    "lockdowns": "lockdowns", "2020 and 2021 lockdowns": "lockdowns", "three lockdowns": "lockdowns",
    "national lockdowns": "lockdowns",
    **{k: k for k in ("first lockdown", "second lockdown", "third lockdown")},
}


def episode_months(phrase: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'the 2020 lockdown' -> ((2020, 4), (2020, 6)): the months of a named episode, else None."""
    key = re.sub(r"^(?:during|in|over|through|throughout|for)\s+", "", " ".join(phrase.lower().split()))
    key = re.sub(r"\b(?:covid(?:-19)?|coronavirus|pandemic)\s+", "", re.sub(r"^the\s+", "", key))
    name = EPISODE_NAMES.get(key)
    return EPISODES[name] if name else None


def episode_alternation() -> str:
    """A regex alternation of every episode name (longest first), a 'Covid' before 'lockdown' allowed."""
    return alternation(tuple(EPISODE_NAMES)).replace(r"lockdown", r"(?:(?:covid(?:-19)?|coronavirus|pandemic)\s+)?lockdown")


def month_number(word: str) -> int | None:
    """'February' -> 2, 'sept' -> 9, 'Dec.' -> 12; None if not a month."""
    return MONTH_NUMBERS.get(word.lower().rstrip("."))


# --------------------------------------------------------------------------------------------- numbers

# Number words, one to nineteen, then the tens.
NUMBER_WORDS: Mapping[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS: Mapping[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# Vague quantities: the (low, high) band a claim that uses one is read as.
VAGUE_QUANTITIES: Mapping[str, tuple[int, int]] = {
    "half a dozen": (6, 6), "a dozen": (12, 12), "a handful": (2, 9), "dozens": (24, 99), "scores": (40, 199),
    "hundreds": (200, 999), "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
}
# Fractions as words ('fell by a fifth', 'two-thirds of them'): (numerator, denominator), and as a proportion.
FRACTION_PARTS: Mapping[str, tuple[int, int]] = {
    "a half": (1, 2), "half": (1, 2), "a third": (1, 3), "a quarter": (1, 4), "a fifth": (1, 5), "a sixth": (1, 6), "an eighth": (1, 8), "a tenth": (1, 10),
    "two thirds": (2, 3), "two-thirds": (2, 3), "three quarters": (3, 4), "three-quarters": (3, 4),
    "two fifths": (2, 5), "two-fifths": (2, 5),
}
FRACTIONS: Mapping[str, float] = {f: n / d for f, (n, d) in FRACTION_PARTS.items()}


def fraction_value(words: str) -> float | None:
    """'a third' -> 1/3, 'Two-thirds' -> 2/3, 'a  quarter' -> 1/4 (as written, any case and spacing); else None."""
    return FRACTIONS.get(" ".join(words.lower().replace("-", " ").split()))
# Verbs that multiply ('crime halved', 'doubled').
MULTIPLIERS: Mapping[str, float] = {"halved": 0.5, "doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}
# the same multiples said as a participle after a change ('..., nearly doubling'): participle -> its MULTIPLIERS word
MULTIPLIER_PARTICIPLES: Mapping[str, str] = {"doubling": "doubled", "trebling": "trebled", "tripling": "tripled",
                                             "halving": "halved", "quadrupling": "quadrupled"}
# Words for 'N times' ('twice as many', 'double the number', 'half the London rate').
TIMES_WORDS: Mapping[str, float] = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "half": 0.5}
ORDINALS: Mapping[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
}


def number_value(word: str) -> int | None:
    """A number word's value: 'nine' -> 9, 'twenty-five' -> 25, 'a'/'an' -> 1, 'hundred' -> 100,
    an ordinal ('third') -> 3, digits -> their value; None if the word is none of these."""
    w = word.lower().strip()
    if w in ("a", "an"):
        return 1
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w in SCALE_WORDS:
        return SCALE_WORDS[w]
    if w in ORDINALS:
        return ORDINALS[w]
    parts = w.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and NUMBER_WORDS[parts[0]] >= 20 \
            and NUMBER_WORDS.get(parts[1], 10) < 10:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def number_alternation(low: int, high: int, *, capitalised: bool = False) -> str:
    """The number words from ``low`` to ``high`` as a regex alternation, in order ('two|three|four');
    ``capitalised`` lets the first letter be either case ('[Tt]wo|[Tt]hree')."""
    words = [w for w, v in NUMBER_WORDS.items() if low <= v <= high]
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" if capitalised else w for w in words)


def ordinal_alternation(low: int, high: int) -> str:
    """The ordinal words from ``low`` to ``high`` as a regex alternation, in order ('second|third')."""
    return "|".join(w for w, v in ORDINALS.items() if w.isalpha() and low <= v <= high)


def fraction_alternation(*, articles: bool = True, loose: bool = False) -> str:
    """The fraction words as a regex alternation ('a half|half|a third|...|two[- ]thirds|...'); without
    ``articles``, 'a half' and 'a tenth' are left out ('half|a third|a quarter|a fifth|two[- ]thirds|...');
    ``loose`` lets 'a' and its fraction be parted by any spaces ('a\\s+third')."""
    out: list[str] = []
    for f in FRACTIONS:
        if not articles and f in ("a half", "a tenth"):
            continue
        alt = re.sub(r"[- ]", "[- ]", f) if f.startswith(("two", "three")) else \
            f.replace(" ", r"\s+") if loose else f
        if alt not in out:
            out.append(alt)
    return "|".join(out)


# ---------------------------------------------------------------------------------------- crime words

# Phrases the catalogue holds only under a label with a suffix ('violence and sexual offences (police.uk)').
LABEL_WORDS: Mapping[str, str] = {
    "violence and sexual offences": "violence_and_sexual_offences",
    "violence and sexual offence": "violence_and_sexual_offences",
    "violent and sexual offences": "violence_and_sexual_offences",
}
# Crime nouns the catalogue holds only inside longer phrases ('bike thefts', 'common assault'), which
# still make a sentence about crime ('thefts rose', 'N assaults').
CRIME_NOUNS_EXTRA = ("homicides?", "killings?", "murders?", "stabbings?", "shootings?", "offences?", "crimes?",
                     "victims?", "arrests?", "robber(?:y|ies)", "muggings?", "burglar(?:y|ies)", "thefts?",
                     "assaults?", "rapes?")
# Nouns (and a few participles) that make a bare number a statistical figure but are not crime
# names: people, officers, cases, the figure itself, the objects of crime.
FIGURE_NOUNS = ("deaths?", "incidents?", "attacks?", "cases?", "stops?", "searches", "officers?", "detectives?",
                "pcsos?", "constables?", "people", "men", "women", "teenagers?", "children", "youngsters",
                "knife", "gun", "weapons?", "figures?", "total", "number", "cars?", "vehicles?", "phones?", "bikes?",
                "bicycles?", "reports?", "calls?", "charges?", "convictions?", "prosecutions?", "population",
                "residents", "lives", "killed", "murdered", "stabbed", r"shot\s+dead")
# Word stems that say which kind of crime a sentence is about (a place carries to the next sentence
# while the topic goes on), and the stems that are one topic ('mugging' and 'robbery').
TOPIC_STEMS = ("robber", "mugg", "burglar", "theft", "thieves", "thief", "stolen", "shoplift", "knife", "knives",
               "stab", "gun", "shoot", "firearm", "homicide", "murder", "killing", "killed", "rape", "sexual", "drug",
               "vehicle", r"car\b", r"cars\b", "bike", "bicycle", "cycle", "violen", "assault", "weapon", "arson",
               r"criminal\s+damage", "fraud", "stalking", "harass", "hate", "anti-?social", "domestic")
TOPIC_SAME: Mapping[str, str] = {
    "mugg": "robber", "knives": "knife", "stab": "knife", "murder": "homicide", "killing": "homicide",
    "killed": "homicide", "thieves": "theft", "thief": "theft", "stolen": "theft", "shoot": "gun", "firearm": "gun",
    "bicycle": "bike", "cycle": "bike", "car": "vehicle", "cars": "vehicle"}
# '<kind> crime' the catalogue has no series for ('hate crime', 'moped offences'): never answered
# with all recorded crime.
UNSERIESED_CRIME_KINDS = ("gun", "firearms?", "hate", "cyber", "online", "gang", "youth", "wildlife", "rural",
                          r"modern\s+slavery", r"county\s+lines", "e-?scooter", "moped", "acid", "fraud",
                          r"domestic\s+abuse", "spiking")
# Crimes or settings the open data has no series for, named on their own ('catalytic converter thefts',
# 'moped gangs', 'crime on buses'): a claim about them is unverifiable, never judged on a wider measure.
UNSERIESED_TOPICS = (r"catalytic\s+converters?", r"mopeds?", r"moped[- ]enabled", r"e-?scooters?", r"e-bikes?", r"acid\s+attacks?",
                     r"drink\s+spiking", "spiking", r"county\s+lines", r"modern\s+slavery", r"domestic\s+abuse",
                     r"hate\s+crimes?", r"cyber\s*crimes?", r"online\s+(?:fraud|abuse|crime)", r"fraud", r"scams?",
                     r"fly-?tipping", r"(?:on|aboard)\s+(?:the\s+)?(?:[A-Z][\w']+\s+)?(?:buses|tube|underground|trains|public\s+transport)",
                     *(GANG_TOPICS := (r"gang[- ](?:disputes?|related|members?|feuds?|violence|rivalr(?:y|ies))",
                                       r"caught\s+up\s+in\s+gangs?")))
# What the homicide victims file does not record about a victim: a share of victims said to be so is unverifiable
# (the file has method, age band, sex, domestic abuse, solved status and borough).
UNRECORDED_VICTIM_TOPICS = (*GANG_TOPICS, r"knew\s+(?:their|his|her)\s+(?:killers?|attackers?)",
                            r"killed\s+by\s+(?:someone|a\s+person)\s+they\s+knew", r"strangers?",
                            # contact with the police before: 'had reported <it> to police beforehand', 'known to police'
                            r"(?:had\s+)?reported\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?police\s+(?:beforehand|before|previously|earlier)",
                            r"(?:already\s+|previously\s+)?known\s+to\s+(?:the\s+)?police")


def plural_forms(noun: str) -> tuple[str, ...]:
    """A one-word crime word and the plural a figure's noun may take: 'pickpocketing' -> ('pickpocketing',
    'pickpocketings'), 'robbery' -> ('robbery', 'robberies'); a word ending in 's' is its own plural."""
    w = noun.lower()
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        return (w, w[:-1] + "ies")
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return (w, w + "es") if not w.endswith("s") else (w,)
    return (w, w + "s")


# -------------------------------------------------------------------------------------------- places

# Police forces of England and Wales by the short names people use (-> data.police.uk slug).
FORCE_NAMES: Mapping[str, str] = {
    n.lower(): n.lower().replace(" & ", "-and-").replace(" and ", "-and-").replace(" ", "-") for n in (
        "Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland", "Cumbria", "Derbyshire",
        "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester",
        "Gwent", "Hampshire", "Hertfordshire", "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire",
        "Merseyside", "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria",
        "Nottinghamshire", "South Wales", "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex",
        "Thames Valley", "Warwickshire", "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire")} | {
    "british transport police": "btp", "british transport": "btp"}     # polices the railways, not a place
# Cities people compare London with, for which the store holds no crime figures of its own:
# a claim about them is unverifiable, never answered with London's figure.
NO_DATA_PLACES: frozenset[str] = frozenset(n.lower() for n in (
    "Manchester", "Birmingham", "Liverpool", "Leeds", "Sheffield", "Bristol", "Newcastle", "Nottingham",
    "Leicester", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "Bradford", "Coventry", "Southampton",
    "Portsmouth", "Brighton", "Oxford", "Cambridge", "Luton", "Milton Keynes", "Hull", "Reading", "Slough",
    "Paris", "Berlin", "Madrid", "Rome", "Amsterdam", "Dublin", "Brussels", "Stockholm", "Chicago",
    "Los Angeles", "Toronto", "Sydney", "Tokyo", "Washington", "Baltimore", "Johannesburg", "Moscow"))
# Names the place finder knows as written, beside the boroughs and aliases of the package data, the
# forces and the cities above: London words, countries.
FIXED_PLACE_NAMES: frozenset[str] = frozenset({
    "London", "the capital", "the region", "the Met", "The Met", "Metropolitan Police", "England and Wales",
    "United Kingdom", "the UK", "United States", "the US", "New York", "New York City", "NYC", "the NYPD", "NYPD", "France", "Germany",
    "Canada", "Australia", "Paris", "Berlin", "City of London", "Greater London", "Scotland",
    "UK", "US", "USA", "America", "Britain", "Great Britain", "England", "Wales", "Spain", "Italy", "Ireland",
    "Japan", "the Netherlands", "Netherlands", "Scotland Yard", "New Scotland Yard",
    "North East", "North West", "Yorkshire and the Humber", "Yorkshire and The Humber", "East Midlands",
    "East of England", "South East", "South West"})


# ------------------------------------------------------------------------------- generated from the catalogue


def _norm(text: str) -> str:
    """As the catalogue matches words: lower case, punctuation and hyphens as single spaces, padded."""
    return " " + re.sub(r"[^a-z0-9]+", " ", text.lower().replace("-", " ")).strip() + " "


def _words_key(w: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", w.lower().replace("-", " ")).strip()


def _crime_nouns(catalogue: Mapping[str, Measure]) -> list[str]:
    """Every catalogue word written in letters, and a one-word word's plural ('pickpocketings'), longest
    first; a phrase that starts with a shorter one ('knife crime with injury' after 'knife crime') is
    left out, as it can add no match the shorter one does not find."""
    forms: set[str] = set()
    for m in catalogue.values():
        for w in m.words:
            k = _words_key(w)
            if k and re.fullmatch(r"[a-z ]+", k):
                forms.update(plural_forms(k) if " " not in k else (k,))
    return [f for f in sorted(forms, key=lambda f: (-len(f), f))
            if not any(f.startswith(g + " ") for g in forms)]


def _singular(last: str) -> str | None:
    """The singular of a plural last word ('offences' -> 'offence', 'robberies' -> 'robbery'), else None."""
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return None
    if last.endswith("ies"):
        return last[:-3] + "y"
    if last.endswith(("ches", "shes", "sses", "xes")):
        return last[:-2]
    return last[:-1]


def _forms(norm: str) -> tuple[str, ...]:
    """A normalised phrase and, when its last word ends in a consonant and -y, its -ies plural; a phrase of
    several words ending in a plural also in the singular ('violent offences' -> 'violent offence')."""
    core = norm.rstrip()
    if len(core) > 2 and core.endswith("y") and core[-2] not in "aeiou ":
        return (norm, core[:-1] + "ies" + norm[len(core):])
    words = core.split()
    one = _singular(words[-1]) if len(words) > 1 else None
    if one:
        return (norm, norm[:len(norm) - len(norm.lstrip())] + " ".join([*words[:-1], one]) + norm[len(core):])
    return (norm,)


def _plural_tolerant(key: str) -> str:
    """A pattern for a crime phrase, its last word singular or plural ('residential burglary' also reads
    'residential burglaries'; 'car theft' 'car thefts')."""
    *head, last = key.split()
    one = _singular(last) if head else None
    if len(last) > 2 and last.endswith("y") and last[-2] not in "aeiou":
        tail = re.escape(last[:-1]) + r"(?:y|ies)"
    elif one and one.endswith("y") and last.endswith("ies"):
        tail = re.escape(one[:-1]) + r"(?:y|ies)"       # 'street robberies' also reads 'street robbery'
    elif one:
        tail = re.escape(one) + r"(?:s|es)?"            # 'violent offences' also reads 'violent offence'
    else:
        tail = re.escape(last) + r"(?:s|es)?"
    return r"[\s-]+".join([*(re.escape(t) for t in head), tail])


class Lexicon:
    """The crime vocabulary generated from one catalogue: word -> measure, and the patterns built from it.

    ``measure_words``: normalised word -> measure name.  ``measure_words_re``: one pattern for every
    word (plural-tolerant, longest first).  ``crime_nouns``: a crime word, in the singular or plural.
    ``figure_nouns``: a crime noun or another figure noun (:data:`FIGURE_NOUNS`).
    """

    def __init__(self, catalogue: Mapping[str, Measure]) -> None:
        self.catalogue = catalogue
        owner: dict[str, str] = {}
        for m in catalogue.values():
            for w in m.words:
                k = _words_key(w)
                if k:
                    owner.setdefault(k, m.name)       # the first measure in catalogue order owns a shared word
        for w, name in LABEL_WORDS.items():
            owner[_words_key(w)] = name
        self.measure_words: Mapping[str, str] = owner
        alts = [_plural_tolerant(k) for k in sorted(owner, key=len, reverse=True)]
        self.measure_words_re = re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", _I)
        crime = [r"[\s-]+".join(re.escape(t) for t in n.split()) for n in _crime_nouns(catalogue)]
        crime += list(CRIME_NOUNS_EXTRA)
        self.crime_nouns = re.compile(r"\b(?:" + "|".join(crime) + r")\b", _I)
        self.figure_nouns = re.compile(r"\b(?:" + "|".join(crime + list(FIGURE_NOUNS)) + r")\b", _I)
        # each word as normalised, with the plural of a last word in -y ('burglary' -> 'burglaries')
        self._norm_words = {w: _forms(_norm(w)) for m in catalogue.values() for w in m.words}

    def measure_for(self, word: str) -> str | None:
        """The measure a crime word as written names ('thefts' -> 'theft'), singular or plural."""
        k = _words_key(word)
        if k in self.measure_words:
            return self.measure_words[k]
        for cand in (k, k[:-1] if k.endswith("s") else k, k[:-2] if k.endswith("es") else k,
                     k[:-3] + "y" if k.endswith("ies") else k, k + "s", k + "es",
                     k[:-1] + "ies" if k.endswith("y") else k):
            if cand in self.measure_words:
                return self.measure_words[cand]
        return None

    def find_measures(self, text: str) -> list[Measure]:
        """Measures whose words occur in ``text``, most specific (longest phrase) first (as the catalogue's
        ``find_measures``, over this lexicon's catalogue)."""
        t = _norm(text)
        hits: dict[str, int] = {}
        for m in self.catalogue.values():
            for w in m.words:
                if any(f in t for f in self._norm_words[w]):
                    hits[m.name] = max(hits.get(m.name, 0), len(w))
        return [self.catalogue[n] for n in sorted(hits, key=lambda n: (-hits[n], n))]


LEXICON = Lexicon(CATALOGUE)
_REBUILD_HOOKS: list[Callable[[], None]] = []


def on_rebuild(hook: Callable[[], None]) -> None:
    """Call ``hook`` (a cache's ``cache_clear``) whenever :data:`LEXICON` is rebuilt."""
    _REBUILD_HOOKS.append(hook)


def _install(lex: Lexicon) -> None:
    LEXICON.__dict__.clear()
    LEXICON.__dict__.update(lex.__dict__)
    for hook in _REBUILD_HOOKS:
        hook()


@contextmanager
def use_catalogue(catalogue: Mapping[str, Measure]) -> Iterator[Lexicon]:
    """Read crime words from ``catalogue`` instead of the measure catalogue, inside the block (a test
    adds a synonym to a copy of the catalogue and checks a text with it); the lexicon is restored after."""
    saved = Lexicon.__new__(Lexicon)
    saved.__dict__.update(LEXICON.__dict__)
    _install(Lexicon(catalogue))
    try:
        yield LEXICON
    finally:
        _install(saved)


# ---------------------------------------------------------------------------------------- judgement words
# Words of crime reporting that describe events and must not count as praise or blame when a figure-free
# sentence is read for judgement (``extract/_evaluative.py``); matched as word prefixes.
EVENT_WORDS = ("kill", "murder", "dead", "death", "die", "died", "dying", "stab", "shot", "shoot", "gun", "victim",
               "arrest", "suspect", "suspicion", "charge", "convict", "guilty", "crime", "criminal", "violen",
               "assault", "attack", "abuse", "rape", "rob", "steal", "stole", "theft", "thief", "burgl", "drug",
               "weapon", "injur", "wound", "hurt", "harm", "threat", "fear", "seiz", "raid", "offen",
               "illegal", "fraud", "scam", "war", "fight", "fought", "gang", "hate", "terror", "prison", "jail",
               "punish", "appeal", "witness", "help", "support", "protect", "save", "care", "free", "like", "well",
               "please", "thank", "hope", "sorry", "sad", "tragic", "mourn", "grie", "loss", "lost", "miss", "pain",
               "vulnerable", "lonely", "trouble", "problem", "emergency", "urgent", "serious", "severe", "record",
               "safety", "thiev", "damage", "top", "positiv", "suffer", "secur", "high", "low", "rise", "fall", "soar", "plung", "drop", "increase", "decrease",
               "grow", "boost", "cut", "down", "up", "ok", "yes", "no", "want", "true", "fine", "clear", "poor")
# Judgement words the general lexicon lacks, with a VADER valence (-4 to +4): one line each.
EVALUATIVE_EXTRA: Mapping[str, float] = {
    "short-changed": -2.0, "shortchanged": -2.0, "tolerated": -1.6, "plaster": -1.6, "glossy": -1.6,
    "reckless": -2.2, "shambles": -2.5, "triumph": 2.6, "vital": 1.8, "heroic": 2.6, "dedication": 1.8,
    "disgrace": -2.8, "shocking": -2.2, "betrayal": -2.6, "complacent": -2.0, "complacency": -2.0,
    "decimated": -2.4, "gutted": -2.0, "overstretched": -2.0, "underfunded": -2.0, "under-resourced": -2.0,
    "understaffed": -1.8, "toothless": -2.0, "lawlessness": -2.5, "out-of-touch": -2.0, "hollowed": -2.0,
    "alienates": -2.0, "alienating": -2.0, "alienate": -2.0, "downhill": -1.8, "decent": 1.6,
}
