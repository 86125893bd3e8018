"""The registered extraction rules: one table, one overlap rule.

Each :class:`~._scan.ExtractionRule` names a claim shape, a cheap gate on the lowercased sentence, a
``find`` in the module of its claim family, and a priority.  How a sentence is scanned:

1. A sentence is scanned only when some rule's opener (its gate unless it names one) passes; else
   it can only be a figure-free judgement (``_opinion_words.judgement``).
2. Rules run in descending priority (priorities are unique); a rule whose gate fails is skipped.
3. **Overlap rule: priority, then span.**  A rule sees every span taken by the claims of the rules
   above it (``Scan.used``, plus ``Scan.ratio_spans`` for ratios and ``Scan.taken`` for the clauses
   holding a change, ratio, record or direction) and does not claim a figure or phrase that starts
   inside one; within a rule, matches are taken left to right, so the earlier span wins.  A lower
   rule never displaces a higher one's claim.  Baseline years ("than in <year>") take their spans at
   their priority without making a claim, so no later rule reads them as a count or a period.
4. Claims are returned in reading order (start, then end; equal spans keep rule order).

The priorities below reproduce the order of the single scan they replaced, so output is unchanged;
a new claim kind adds a rule here, at the priority that says what it may take from whom.
"""

from __future__ import annotations

import re

from .._model import Claim
from .._sentences import Sentence
from ._baselines import assign_periods, find_baselines, year_totals
from ._compare_words import (
    EQUAL_NEEDS,
    SAME_NEEDS,
    equal_gate,
    find_equal,
    find_fraction_comparisons,
    find_same_as_before,
    find_same_place,
    same_gate,
)
from ._extract_count import NUMBERS_NEEDS, ZERO_NEEDS, find_figures, find_zero_counts, numbers_gate, zero_gate
from ._extract_crime_pair import (
    CRIME_PAIR_NEEDS,
    CRIME_RANK_NEEDS,
    crime_pair_gate,
    crime_rank_gate,
    find_crime_pairs,
    find_crime_ranks,
)
from ._extract_direction import (
    COMPARE_NEEDS,
    DIRECTION_NEEDS,
    compare_gate,
    direction_gate,
    find_comparisons,
    find_directions,
)
from ._extract_interval import INTERVAL_NEEDS, find_intervals, interval_gate
from ._extract_rank import RANK_NEEDS, find_ranks, rank_words
from ._extract_ratio import (
    AS_US_NEEDS,
    FRACTION_NEEDS,
    MULT_NEEDS,
    SIMILAR_NEEDS,
    TIMES_NEEDS,
    as_us_gate,
    find_as_us,
    find_fraction_changes,
    find_fraction_of_place,
    find_multiple_of_year,
    find_multipliers,
    find_similar_change,
    find_times,
    find_times_elliptic,
    fraction_gate,
    fraction_of_place_gate,
    mult_gate,
    similar_gate,
    times_gate,
)
from ._extract_record import (
    RECORD_NEEDS,
    STREAK_NEEDS,
    THRESHOLD_NEEDS,
    TURN_NEEDS,
    find_records,
    find_streak,
    find_threshold,
    find_turns,
    record_words,
    streak_gate,
    threshold_gate,
    turn_gate,
)
from ._extract_share import (
    MOST_NEEDS,
    ONE_IN_NEEDS,
    find_fraction_shares,
    find_most,
    find_one_in,
    most_gate,
    one_in_gate,
)
from ._opinion_words import (
    FORECAST_NEEDS,
    JUDGED_FIGURE_NEEDS,
    OPINION_NEEDS,
    find_forecast,
    find_judged_figure,
    find_opinion,
    forecast_gate,
    judged_figure_gate,
    opinion_gate,
)
from ._places_quant import PLACES_QUANT_NEEDS, find_places_quant, places_quant_gate
from ._scan import ExtractionRule, Scan, Words
from ._subjects import OUTSIDE_NEEDS, find_outside, outside_gate, outside_opener
from ._yardstick import YARDSTICK_NEEDS, find_yardstick, yardstick_gate

__all__ = ["RULES", "ExtractionRule", "scan_sentence"]

_R = ExtractionRule
RULES: tuple[ExtractionRule, ...] = (
    _R("turn", "record", turn_gate, find_turns, 190, needs=TURN_NEEDS),   # 'peaked in <year>'
    _R("threshold", "record", threshold_gate, find_threshold, 180, needs=THRESHOLD_NEEDS),   # 'first time below N since ...'
    _R("streak", "record", streak_gate, find_streak, 170, needs=STREAK_NEEDS),   # 'fallen for four years in a row'
    _R("record", "record", None, find_records, 160, opener=record_words, needs=RECORD_NEEDS),   # 'the lowest since <year>'
    _R("crime_pair", "comparison", crime_pair_gate, find_crime_pairs, 155, needs=CRIME_PAIR_NEEDS),   # 'more <crime> than <crime>'
    _R("crime_rank", "comparison", crime_rank_gate, find_crime_ranks, 157, needs=CRIME_RANK_NEEDS),   # 'the most common crime'
    _R("fraction_comparison", "ratio", None, find_fraction_comparisons, 150),   # 'a third fewer ... than'
    _R("same_as_before", "equality", None, find_same_as_before, 140),    # 'roughly the same ... as a year earlier'
    _R("equal", "equality", equal_gate, find_equal, 130, needs=EQUAL_NEEDS),   # 'the same as in <year>'
    _R("baseline_years", "", None, find_baselines, 120),                 # takes 'than in <year>', no claim
    _R("rank", "rank", None, find_ranks, 110, opener=rank_words, needs=RANK_NEEDS),   # 'the highest in London'
    _R("one_in", "share", one_in_gate, find_one_in, 100, needs=ONE_IN_NEEDS),   # 'one in ten'
    _R("fraction_of_place", "ratio", fraction_of_place_gate, find_fraction_of_place, 95, needs=FRACTION_NEEDS),   # 'a third of <country>'s'
    _R("as_us", "ratio", as_us_gate, find_as_us, 93, needs=AS_US_NEEDS),   # 'a third as many <crimes> as we did'
    _R("yardstick", "ratio", yardstick_gate, find_yardstick, 92, needs=YARDSTICK_NEEDS),   # 'half of ours', '<place>'s was lower'
    _R("times_place", "ratio", times_gate, find_times, 90, needs=TIMES_NEEDS),   # 'three times that of <place>'
    _R("times_elliptic", "ratio", times_gate, find_times_elliptic, 85, needs=TIMES_NEEDS),   # '..., and twice as many <crimes>'
    _R("multiple_of_year", "ratio", times_gate, find_multiple_of_year, 80, needs=TIMES_NEEDS),   # 'double the number in <year>'
    _R("same_place", "comparison", same_gate, find_same_place, 70, needs=SAME_NEEDS),   # 'the same as England and Wales'
    _R("multiplier", "ratio", mult_gate, find_multipliers, 60, needs=MULT_NEEDS),   # 'halved'
    _R("fraction_change", "ratio", fraction_gate, find_fraction_changes, 50, needs=FRACTION_NEEDS),   # 'fell by a third'
    _R("fraction_share", "share", fraction_gate, find_fraction_shares, 40, needs=FRACTION_NEEDS),   # 'a third of'
    _R("places_quant", "direction", places_quant_gate, find_places_quant, 36, needs=PLACES_QUANT_NEEDS),   # 'fell in N of London's 32 boroughs'
    _R("most", "share", most_gate, find_most, 35, needs=MOST_NEEDS),   # 'most burglaries go unsolved'
    _R("judged_figure", "opinion", judged_figure_gate, find_judged_figure, 34, needs=JUDGED_FIGURE_NEEDS),   # 'a N% fall is <a verdict>'
    _R("forecast", "opinion", forecast_gate, find_forecast, 33, needs=FORECAST_NEEDS),   # '<doing X> would free up thousands of hours'
    _R("interval", "count", interval_gate, find_intervals, 32, needs=INTERVAL_NEEDS),   # 'a robbery every hour'
    _R("zero", "count", zero_gate, find_zero_counts, 31, needs=ZERO_NEEDS),   # 'not one <crime> was recorded'
    _R("figure", "count", numbers_gate, find_figures, 30, needs=NUMBERS_NEEDS),   # counts, % changes/shares, differences, rates
    _R("similar_change", "ratio", similar_gate, find_similar_change, 25, needs=SIMILAR_NEEDS),   # ', and <crime> by a similar amount'
    _R("than", "comparison", compare_gate, find_comparisons, 20, needs=COMPARE_NEEDS),   # 'fewer than in <year>', 'than <place>'
    _R("direction", "direction", direction_gate, find_directions, 10, needs=DIRECTION_NEEDS),   # 'burglary fell'
    _R("outside_subject", "count", outside_gate, find_outside, 5, opener=outside_opener, needs=OUTSIDE_NEEDS),   # 'arrive within N minutes'
    _R("opinion", "opinion", opinion_gate, find_opinion, 0, needs=OPINION_NEEDS),   # 'a safe city'
)
_ORDER = tuple(sorted(RULES, key=lambda r: -r.priority))
_OPENING = tuple(r for r in _ORDER if (r.opener or r.gate) is not None)
_OPENERS = tuple(g for g in (r.opener or r.gate for r in _ORDER) if g is not None)


def _prefilter(rules: tuple[ExtractionRule, ...]) -> Words | None:
    """Every opening rule's ``needs`` in one pattern: a sentence where none occurs opens no rule (one C-level
    search instead of ~30 opener calls).  None when some opening rule declares no ``needs``."""
    needs = tuple(r.needs for r in rules if r.needs is not None)
    return Words.any_of(needs) if len(needs) == len(rules) else None


_PREFILTER = _prefilter(_OPENING)

# numbers_gate passes on any digit, and the openers are pure tests: a sentence with a digit is opened without asking
# the ~25 openers before it
_DIGITS_OPEN = any(r.gate is numbers_gate and r.opener is None for r in RULES)

# letters a case-insensitive pattern matches to an ASCII letter that lowercasing does not make it ('ſ' is 's' to
# ``re.IGNORECASE``): in a sentence holding one, the lowercased sentence cannot stand for an opener's own test
_FOLDS_APART = re.compile("[\u0130\u0131\u017f]")

if len({r.priority for r in RULES}) != len(RULES):      # the overlap rule needs a total order
    raise AssertionError("extraction rule priorities must be unique")


def _one_reading_per_span(claims: list[Claim]) -> list[Claim]:
    """Two ranking patterns reading the same rank, or two ratio patterns the same multiple of the same place, in
    the same clause make one claim, the higher rule's (the first)."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in claims:
        if c.kind == "comparison" and c.rank is not None:
            key: tuple[object, ...] = (c.kind, c.start, c.end, c.rank, c.record)
        elif c.kind == "ratio" and c.compare_to:
            key = (c.kind, c.start, c.end, c.value, c.compare_to)
        else:
            out.append(c)
            continue
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def scan_sentence(s: Sentence, text: str) -> list[Claim] | None:
    """The claims the rules find in one sentence, in reading order; None when no rule opens it."""
    if _PREFILTER is not None and not _FOLDS_APART.search(s.text) and not _PREFILTER(s.text.lower()):
        return None
    sc = Scan(s, text)
    if not ((_DIGITS_OPEN and sc.digits) or any(opener(sc) for opener in _OPENERS)):
        return None
    sc.open()
    for r in _ORDER:
        if r.gate is None or r.gate(sc):
            sc.claims += r.find(sc)
    if not sc.claims:
        return None
    sc.claims = _one_reading_per_span(sc.claims)
    # shared context: period and baseline per claim, from its clause first, then the sentence
    assign_periods(sc.claims, st=sc.st, sentence_start=s.start, used=sc.used)
    year_totals(sc.claims, st=sc.st, sentence_start=s.start)
    sc.claims.sort(key=lambda c: (c.start, c.end))
    return sc.claims
