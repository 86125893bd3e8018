"""Typed claim frames: one frozen dataclass per fine claim kind, holding only the fields that kind needs.

Extraction finds a :class:`~._model.Claim` (one shape for every kind); :func:`frame_of` turns it into
the frame of its kind, in this one place, and the judge takes the frame: a verdict function is typed
on its own frame, so it cannot read a field its kind does not have.  No field doubles as a sub-kind:
what ``unit`` and ``subject`` carry on a Claim ('a change ranked', 'a window of N years', 'a lead of N
times') is a field of its own here, and what a judge used to read back out of the clause's words
('per 100,000', 'between <year> and <year>', the places set aside by 'outside', safety words, 'average')
is decided here, once, from the words extraction kept.

Every frame has its ``kind``, the figure as written (``claimed_text``, for explanations and the
rounding rules) and ``origin``, the extracted claim, which only the checked result reports
(``judge/_outcome._out``); judges read the frame's own fields.  Adding a claim kind: a ``ClaimKind``
member and its rule in ``_model.frame_kind``, a frame class and its builder here (``_BUILDERS``), and
its judge in ``judge/_verdict.JUDGES`` (docs/claims.md, "Worked example: adding a claim kind").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Mapping

from ..measures._catalogue import CATALOGUE, find_part
from ..reference._areas import london_boroughs
from ._lexicon import MONTH_NUMBERS, month_alternation, number_alternation, number_value
from ._model import Claim, ClaimKind, frame_kind

# a judgement of how safe a place is ('a safe city', 'lawless', 'a crime wave'), not of policing or policy
_SAFETY_WORDS = re.compile(r"safe|danger|crime[- ]ridden|lawless|no[- ]go|war\s*zone|crime\s+wave|out\s+of\s+control|"
                           r"epidemic|crisis|hell|violent", re.IGNORECASE)

__all__ = ["Frame", "CountFrame", "NotCrimeFrame", "OutsideSubjectFrame", "OpinionFrame", "ChangeFrame",
           "DifferenceFrame", "PointsChangeFrame", "RatioFrame", "PlaceRatioFrame", "DirectionFrame",
           "RecordFrame", "StreakFrame", "ThresholdFrame", "FirstSinceFrame", "TurnFrame", "RankFrame", "ShareFrame",
           "RateFrame", "ComparisonFrame", "CrimePairFrame", "CrimeRankFrame", "EqualityFrame", "FRAME_TYPES", "frame_of", "decimals_of"]

_I = re.IGNORECASE


@dataclass(frozen=True, kw_only=True)
class Frame:
    """What every frame holds: its kind, the figure as written, and the claim it was read from
    (reported with the verdict; a judge reads the frame's own fields, never ``origin``'s)."""

    kind: ClaimKind
    claimed_text: str | None
    origin: Claim = field(repr=False, compare=False)


@dataclass(frozen=True, kw_only=True)
class CountFrame(Frame):
    """'N homicides in <year>', 'up to N crimes a month'."""

    value: float | None
    low: float | None                 # the band the wording allows (vague numbers)
    high: float | None
    approx: str                       # exact | about | more_than | fewer_than | vague
    per_month: str | None             # 'max' ('up to N a month'), 'mean' or 'every'; None for a period's total
    per_minutes: float | None         # the figure is per this span of time ('N a day': 1440); None for a total
    interval: bool                    # 'one every N minutes': judged as the time between offences
    per_borough: bool = False         # 'against a London average of N': the mean over London's boroughs


@dataclass(frozen=True, kw_only=True)
class NotCrimeFrame(Frame):
    """Officers or staff (``WORKFORCE``), residents (``POPULATION``): a count outside crime data.
    ``shape`` is the frame the sentence's shape gives (an officer count or change), judged when no
    place is named."""

    value: float | None
    low: float | None
    high: float | None
    approx: str
    shape: Frame


@dataclass(frozen=True, kw_only=True)
class OutsideSubjectFrame(Frame):
    """Calls, visits, hours...: a figure about something other than crime."""


@dataclass(frozen=True, kw_only=True)
class OpinionFrame(Frame):
    """'a fantastically safe city': a judgement, not a figure; ``about_safety`` when it judges how safe a place is
    (the homicide rates are context for it), not policing or policy."""

    about_safety: bool = True


@dataclass(frozen=True, kw_only=True)
class ChangeFrame(Frame):
    """A percent change: 'down N%', 'a rise of a third'."""

    value: float | None               # signed percent
    decimals: int                     # decimal places the figure is written with ('N.N%': 1)
    approx: str
    direction: str | None             # down | up


@dataclass(frozen=True, kw_only=True)
class DifferenceFrame(Frame):
    """A change as a difference in numbers: 'N more than', 'down by N'."""

    value: float | None
    approx: str
    direction: str | None


@dataclass(frozen=True, kw_only=True)
class PointsChangeFrame(Frame):
    """A change in percentage points."""

    value: float | None
    decimals: int
    approx: str


@dataclass(frozen=True, kw_only=True)
class RatioFrame(Frame):
    """A ratio over time: 'doubled', 'halved', 'nearly three times'."""

    value: float | None
    approx: str
    nearly: bool                      # 'nearly'/'almost': at or just short of the ratio, never above
    more_than_written: bool           # the figure as written says 'more than' itself ('more than doubled')


@dataclass(frozen=True, kw_only=True)
class DirectionFrame(Frame):
    """A direction only: 'crime fell'; 'rose in every month of <year>' (``every_month``)."""

    direction: str | None
    every_month: bool = False
    month_on_month: bool = False      # 'rose month on month', 'every month from <month> to <month>': each month on the one before
    month_span: tuple[int, int] | None = None   # the months of that run, first and last
    only_place: bool = False          # 'the only borough where <crime> rose': no other borough went that way
    places_quant: str | None = None   # 'in every borough' (all), 'in most boroughs', 'in N of 32' (count), 'in all four' (among)
    places_k: int | None = None       # the N of 'in N of London's 32 boroughs'


@dataclass(frozen=True, kw_only=True)
class _AgainstPlace(Frame):
    """What a claim setting one place against another needs (ratio or comparison)."""

    approx: str
    direction: str | None             # up | down | same
    compare_to: str | None            # the other place, as written
    by_rate: bool                     # extraction read it as a rate, not a count
    rate_words: bool                  # its words speak of a rate or an average ('average', 'per head', 'rate')
    says_average: bool                # the clause says 'average' (London's overall rate is meant)


@dataclass(frozen=True, kw_only=True)
class PlaceRatioFrame(_AgainstPlace):
    """A ratio between two places: 'twice the rate of <borough>', 'three times the London average'."""

    value: float | None
    rate_in_clause: bool              # the clause names a rate: the two places' rates are divided


@dataclass(frozen=True, kw_only=True)
class ComparisonFrame(_AgainstPlace):
    """Two places compared: 'more burglaries than <borough>', 'a far safer city than'."""

    rate_in_figure: bool              # the comparison's own words name a rate
    safety_words: bool                # 'safer', 'more dangerous', 'safest'...: a judgement on safety
    danger_words: bool                # 'safe', 'dangerous' or 'violent' anywhere in its words
    each: bool = False                # 'more than <a> and <b>': more than each of them (else, with 'combined', their sum)


@dataclass(frozen=True, kw_only=True)
class RecordFrame(Frame):
    """A record in time: 'the lowest on record', 'the highest since <year>', 'the biggest fall in a decade'."""

    record: str | None                # low | high
    on_record: bool
    rank: int | None                  # 'the second-highest': 2
    approx: str                       # 'inclusive' ('higher than at any point since <year>': <year> counts)
    direction: str | None             # of a change record: down | up
    of_change: bool                   # a record change ('the biggest fall'), not a record level
    in_numbers: bool                  # a change record in numbers, not percent
    window_years: float | None        # 'in five years', 'in a decade': the window, in years
    month_named: int | None           # 'the highest <month> total': that month of each year
    denied: bool = False              # 'it is not the lowest on record': the claim is that the record does not hold


@dataclass(frozen=True, kw_only=True)
class StreakFrame(Frame):
    """'fallen for four years in a row', 'risen every year since <year>'."""

    streak: int | None                # the yearly steps claimed
    ended: bool                       # the streak ran to the year before and the period's change ended it
    of_steps: int | None = None       # 'in K of the last N years': K of the N steps (``streak``) went that way
    since_year: int | None            # 'every year since <year>'
    direction: str | None
    rate_words: bool                  # the words name a rate ('the homicide rate has risen')
    months: bool = False              # the steps are months ('for the third month running'), not years


@dataclass(frozen=True, kw_only=True)
class ThresholdFrame(Frame):
    """'the first time below N since records began'."""

    value: float | None               # the threshold
    record: str | None                # low: below it; high: above it
    since_year: int | None            # None: the period claimed, or since records began
    since_records_began: bool


@dataclass(frozen=True, kw_only=True)
class FirstSinceFrame(Frame):
    """'the first fall since <year>', 'the first fall in five years'."""

    since_year: int | None            # None: the period claimed
    in_years: int | None              # 'in five years': 5 (none in the years between; the year before need not fall)
    direction: str | None


@dataclass(frozen=True, kw_only=True)
class TurnFrame(Frame):
    """'peaked in <year>', 'bottomed out in <month>'."""

    peak: bool                        # a peak (the highest of its window); else a trough (the lowest)


@dataclass(frozen=True, kw_only=True)
class RankFrame(Frame):
    """A place ranked among others: 'the second-highest borough', 'more than any other force'."""

    rank: int | None                  # 1 = highest/lowest
    rank_scope: str | None            # borough | inner | outer | force | region
    rank_among: int | None = None     # 'the highest of the four': among that many places the text names
    by_rate: bool
    approx: str                       # exact | at_most | strict | one_of | about | more_than
    record: str | None                # low: from the lowest; else from the highest
    direction: str | None             # of a ranked change: down | up
    compare_to: str | None            # 'second only to X': X
    lead: float | None                # 'twice as many as any other': the multiple over the runner-up
    of_change: bool                   # places ranked by a change, not a level
    in_numbers: bool                  # a ranked change in numbers, not percent
    per: int | None                   # the rate base the words name (per 1,000 / per 100,000)
    years: tuple[int, int] | None     # 'between <year> and <year>': the years summed
    excluded: tuple[str, ...]         # London boroughs set aside ('outside <borough>')
    named: tuple[str, ...]            # London boroughs its clause names (a tie the claim states)
    denied: bool = False              # 'not even in the top <N>': right when the rank does not hold


@dataclass(frozen=True, kw_only=True)
class ShareFrame(Frame):
    """A share: 'N% of all recorded crime', 'one in ten'."""

    value: float | None               # percent
    decimals: int
    approx: str
    as_fraction: bool                 # written as a fraction or 'one in N', judged in a band
    of_london: bool                   # the part names London's share ('a share of London's robberies')
    of_borough: bool                  # the whole names 'the borough'
    # catalogue parts the words name, by whole measure ('those searched were Black': stop_search ->
    # stop_search_black): anywhere in the clause, and next to the figure (the words before it, the whole after)
    parts_in_clause: Mapping[str, str]
    parts_near_figure: Mapping[str, str]
    in_top_boroughs: int | None = None  # 'N% of <crimes> happen in just K boroughs': K (the K highest boroughs' share)


@dataclass(frozen=True, kw_only=True)
class RateFrame(Frame):
    """A rate per N residents."""

    value: float | None
    decimals: int                     # of the rate as written ('N.N per 1,000': 1)
    approx: str
    per: int | None


@dataclass(frozen=True, kw_only=True)
class CrimePairFrame(Frame):
    """Two crimes in one place and period: 'more <crime> than <crime>', '<crime> outnumbered <crime>'
    (``direction``), 'twice as many <crime> as <crime>' (``value``, the multiple)."""

    direction: str | None             # up: the first is the larger; down: the smaller
    value: float | None               # the multiple claimed, None for an order only
    approx: str


@dataclass(frozen=True, kw_only=True)
class CrimeRankFrame(Frame):
    """A crime's place among the crime types of one place and period: 'the (third) most common crime'."""

    rank: int                         # 1 = the most (or least) common
    lowest: bool                      # 'least common'


@dataclass(frozen=True, kw_only=True)
class EqualityFrame(Frame):
    """'the same as in <year>', 'roughly the same'."""

    approx: str


# --------------------------------------------------------------------------------- reading the words

_RATEISH = re.compile(r"\b(?:average|rates?|per\s+(?:head|capita|person|resident|1,?000|100,?000|thousand)|"
                      r"norm|mean)\b", _I)
_RATE = re.compile(r"\brates?\b", _I)
_SAFETY = re.compile(r"\b(?:safer|more\s+dangerous|less\s+safe|more\s+violent|less\s+dangerous|most\s+dangerous|"
                     r"safest)\b", _I)
_DANGER = re.compile(r"safe|dangerous|violent", _I)
_NEARLY = re.compile(r"(?:nearly|almost)\b", _I)
_MONTH = re.compile(r"\b(?:the\s+)?(?:[\w-]+\s+)?(?P<m>" + month_alternation(short=False) + r")\b", _I)
_EXCEPT = re.compile(r"\b(?:outside(?:\s+of)?|apart\s+from|other\s+than|excluding|except(?:\s+for)?|bar|besides|"
                     r"save\s+for)\s+(?P<rest>.{3,80})", _I)
_EXCEPT_END = re.compile(r"[,.;:]|\s+(?:in|during|last|this|with|at)\s")
_YEARS = re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to)\s+((?:19|20)\d\d)\b", _I)
_BOROUGH = re.compile(r"\bborough(?:'s|s')?\b", _I)
_OF_LONDON = re.compile(r"\b(?:share|proportion|percentage|portion|slice|part|fraction)\s+of\s+(?:all\s+|the\s+)?"
                        r"(?:london(?:'s|’s)?|the\s+capital(?:'s|’s)?|the\s+met(?:'s|’s)?|london-wide|pan-london)\b",
                        _I)


def decimals_of(text: str) -> int:
    """Decimal places a number is written with: '17' -> 0, '16.7' -> 1 (the precision the rounding
    rules hold a claim to)."""
    digits = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return len(digits.split(".", 1)[1]) if "." in digits else 0


def _year(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _month_named(written: str | None) -> int | None:
    m = _MONTH.search(written or "")
    return MONTH_NUMBERS[m.group("m").lower()] if m else None


def _rate_base(clause: str) -> int | None:
    """The rate base the clause names: per 100,000 or per 1,000 (None: not named)."""
    txt = clause.replace(",", "").lower()
    if "100000" in txt or "100 000" in txt:
        return 100_000
    if "per 1000" in txt or "per thousand" in txt:
        return 1_000
    return None


def _boroughs_set_aside(words: str) -> tuple[str, ...]:
    """London boroughs named right after an exclusion word ('the highest outside <borough>')."""
    m = _EXCEPT.search(words)
    if not m:
        return ()
    rest = _EXCEPT_END.split(m.group("rest"), maxsplit=1)[0]
    return tuple(b.name for b in london_boroughs() if re.search(rf"\b{re.escape(b.name)}\b", rest, _I))


def _years(words: str) -> tuple[int, int] | None:
    m = _YEARS.search(words)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _parts_named(words: str) -> dict[str, str]:
    """Whole measure -> the catalogue part of it a qualifier in ``words`` names (``find_part``)."""
    wholes = dict.fromkeys(m.part_of for m in CATALOGUE.values() if m.part_of)
    found = {whole: find_part(whole, words) for whole in wholes if whole in CATALOGUE}
    return {whole: part.name for whole, part in found.items() if part is not None}


def _as_fraction(written: str | None) -> bool:
    """A share written as a fraction ('a third') or 'one in ten', not as a percent."""
    return written is not None and not written[:1].isdigit() or (written or "").find(" in ") > 0


# ------------------------------------------------------------------------------------------ builders

def _rate_words(c: Claim) -> bool:
    return bool(_RATEISH.search(f"{c.claimed_text or ''} {c.clause or ''}"))


def _count(c: Claim, k: ClaimKind) -> Frame:
    return CountFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value, low=c.low, high=c.high,
                      approx=c.approx, per_month=c.per_month, per_minutes=c.per_minutes, per_borough=c.per_borough,
                      interval=c.unit == "interval")


def _not_crime(c: Claim, k: ClaimKind) -> Frame:
    return NotCrimeFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value, low=c.low, high=c.high,
                         approx=c.approx, shape=frame_of(c, by_subject=False))


def _outside(c: Claim, k: ClaimKind) -> Frame:
    return OutsideSubjectFrame(kind=k, claimed_text=c.claimed_text, origin=c)


def _opinion(c: Claim, k: ClaimKind) -> Frame:
    return OpinionFrame(kind=k, claimed_text=c.claimed_text, origin=c,
                        about_safety=bool(_SAFETY_WORDS.search(c.claimed_text or "")))


def _change(c: Claim, k: ClaimKind) -> Frame:
    return ChangeFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value,
                       decimals=decimals_of(c.claimed_text or ""), approx=c.approx, direction=c.direction)


def _difference(c: Claim, k: ClaimKind) -> Frame:
    return DifferenceFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value, approx=c.approx,
                           direction=c.direction)


def _points(c: Claim, k: ClaimKind) -> Frame:
    return PointsChangeFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value,
                             decimals=decimals_of(c.claimed_text or ""), approx=c.approx)


def _ratio(c: Claim, k: ClaimKind) -> Frame:
    return RatioFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value, approx=c.approx,
                      nearly=bool(_NEARLY.match(c.claimed_text or "")),
                      more_than_written="more than" in (c.claimed_text or "").lower())


def _place_ratio(c: Claim, k: ClaimKind) -> Frame:
    return PlaceRatioFrame(kind=k, claimed_text=c.claimed_text, origin=c, approx=c.approx, direction=c.direction,
                           compare_to=c.compare_to, by_rate=c.by_rate, rate_words=_rate_words(c),
                           says_average="average" in (c.clause or "").lower(), value=c.value,
                           rate_in_clause="rate" in (c.clause or "").lower())


def _comparison(c: Claim, k: ClaimKind) -> Frame:
    written = c.claimed_text or ""
    return ComparisonFrame(kind=k, claimed_text=c.claimed_text, origin=c, approx=c.approx, direction=c.direction,
                           compare_to=c.compare_to, by_rate=c.by_rate, rate_words=_rate_words(c),
                           says_average="average" in (c.clause or "").lower(),
                           rate_in_figure="rate" in written.lower(), safety_words=bool(_SAFETY.search(written)),
                           danger_words=bool(_DANGER.search(written)), each=c.compare_each)


def _crime_pair(c: Claim, k: ClaimKind) -> Frame:
    return CrimePairFrame(kind=k, claimed_text=c.claimed_text, origin=c, direction=c.direction,
                          value=c.value if c.kind == "ratio" else None, approx=c.approx)


def _crime_rank(c: Claim, k: ClaimKind) -> Frame:
    return CrimeRankFrame(kind=k, claimed_text=c.claimed_text, origin=c, rank=c.rank or 1, lowest=c.record == "low")


def _direction(c: Claim, k: ClaimKind) -> Frame:
    return DirectionFrame(kind=k, claimed_text=c.claimed_text, origin=c, direction=c.direction,
                          every_month=c.per_month == "every", month_on_month=c.per_month == "sequence",
                          month_span=c.month_span, only_place=c.only_place, places_quant=c.places_quant,
                          places_k=c.places_k)


def _record(c: Claim, k: ClaimKind) -> Frame:
    return RecordFrame(kind=k, claimed_text=c.claimed_text, origin=c, record=c.record, on_record=c.on_record,
                       rank=c.rank, approx=c.approx, direction=c.direction, of_change=c.subject == "change",
                       in_numbers=c.unit == "count", window_years=c.value if c.unit == "years" and c.value else None,
                       month_named=_month_named(c.claimed_text), denied=c.denied)


def _streak(c: Claim, k: ClaimKind) -> Frame:
    return StreakFrame(kind=k, claimed_text=c.claimed_text, origin=c, streak=c.streak, ended=c.streak_ended, months=c.streak_months,
                       of_steps=c.streak_of,
                       since_year=_year(c.since_text), direction=c.direction,
                       rate_words=bool(_RATE.search(c.clause or c.text)))


def _threshold(c: Claim, k: ClaimKind) -> Frame:
    return ThresholdFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value, record=c.record,
                          since_year=_year(c.first_since), since_records_began=c.first_since == "records began")


def _first_since(c: Claim, k: ClaimKind) -> Frame:
    return FirstSinceFrame(kind=k, claimed_text=c.claimed_text, origin=c, since_year=_year(c.first_since),
                           in_years=c.first_in, direction=c.direction)


def _turn(c: Claim, k: ClaimKind) -> Frame:
    return TurnFrame(kind=k, claimed_text=c.claimed_text, origin=c, peak=c.turn == "peak")


def _rank(c: Claim, k: ClaimKind) -> Frame:
    words = c.clause or c.text or ""
    return RankFrame(kind=k, claimed_text=c.claimed_text, origin=c, rank=c.rank, rank_scope=c.rank_scope,
                     by_rate=c.by_rate, approx=c.approx, record=c.record, direction=c.direction,
                     compare_to=c.compare_to, lead=c.value if c.unit == "times" and c.value else None,
                     of_change=c.subject == "change", in_numbers=c.unit == "count", per=_rate_base(c.clause or ""),
                     years=_years(words), excluded=_boroughs_set_aside(words),
                     named=tuple(b.name for b in london_boroughs() if b.name in (c.clause or "")), rank_among=c.rank_among,
                     denied=c.denied)


# 'two in five robberies happen in just five boroughs', 'half of knife crime is in ten of London's 32 boroughs'
_IN_K_BOROUGHS = re.compile(
    rf"\b(?:in|across|from|by)\s+(?:just|only|a\s+mere)?\s*(?P<k>{number_alternation(2, 20)}|[2-9]|1[0-9]|20)\s+"
    r"(?:of\s+(?:the\s+)?(?:capital's\s+|London's\s+)?(?:32\s+|33\s+|thirty-two\s+)?)?(?:London\s+)?boroughs\b", re.IGNORECASE)


def _in_top_boroughs(text: str) -> int | None:
    m = _IN_K_BOROUGHS.search(text)
    if m is None:
        return None
    return int(number_value(m.group("k")) or 0) or None


def _share(c: Claim, k: ClaimKind) -> Frame:
    near = (c.share_part or "")[-60:] + " " + (c.share_of or "")
    return ShareFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value,
                      decimals=decimals_of(c.claimed_text or ""), approx=c.approx,
                      as_fraction=_as_fraction(c.claimed_text), of_london=bool(_OF_LONDON.search(c.share_part or "")),
                      of_borough=bool(_BOROUGH.search(c.share_of or "")),
                      parts_in_clause=_parts_named(c.clause or c.text), parts_near_figure=_parts_named(near),
                      in_top_boroughs=_in_top_boroughs(c.clause or c.text))


def _rate(c: Claim, k: ClaimKind) -> Frame:
    written = (c.claimed_text or "").split()     # 'N.N per 1,000': the rate, not its base
    return RateFrame(kind=k, claimed_text=c.claimed_text, origin=c, value=c.value,
                     decimals=decimals_of(written[0] if written else ""), approx=c.approx, per=c.per)


def _equality(c: Claim, k: ClaimKind) -> Frame:
    return EqualityFrame(kind=k, claimed_text=c.claimed_text, origin=c, approx=c.approx)


_BUILDERS: dict[ClaimKind, Callable[[Claim, ClaimKind], Frame]] = {
    ClaimKind.COUNT: _count, ClaimKind.WORKFORCE: _not_crime, ClaimKind.POPULATION: _not_crime,
    ClaimKind.OUTSIDE_SUBJECT: _outside, ClaimKind.OPINION: _opinion, ClaimKind.CHANGE: _change,
    ClaimKind.DIFFERENCE: _difference, ClaimKind.POINTS_CHANGE: _points, ClaimKind.RATIO: _ratio,
    ClaimKind.PLACE_RATIO: _place_ratio, ClaimKind.COMPARISON: _comparison, ClaimKind.DIRECTION: _direction,
    ClaimKind.RECORD: _record, ClaimKind.STREAK: _streak, ClaimKind.THRESHOLD: _threshold,
    ClaimKind.FIRST_SINCE: _first_since, ClaimKind.TURN: _turn, ClaimKind.RANK: _rank, ClaimKind.SHARE: _share, ClaimKind.RATE: _rate,
    ClaimKind.EQUALITY: _equality, ClaimKind.CRIME_PAIR: _crime_pair, ClaimKind.CRIME_RANK: _crime_rank,
}

# The frame type of each kind (what its judge takes; tests/claims/test_kinds.py checks the two agree).
FRAME_TYPES: dict[ClaimKind, type[Frame]] = {
    ClaimKind.COUNT: CountFrame, ClaimKind.WORKFORCE: NotCrimeFrame, ClaimKind.POPULATION: NotCrimeFrame,
    ClaimKind.OUTSIDE_SUBJECT: OutsideSubjectFrame, ClaimKind.OPINION: OpinionFrame, ClaimKind.CHANGE: ChangeFrame,
    ClaimKind.DIFFERENCE: DifferenceFrame, ClaimKind.POINTS_CHANGE: PointsChangeFrame, ClaimKind.RATIO: RatioFrame,
    ClaimKind.PLACE_RATIO: PlaceRatioFrame, ClaimKind.COMPARISON: ComparisonFrame,
    ClaimKind.DIRECTION: DirectionFrame, ClaimKind.RECORD: RecordFrame, ClaimKind.STREAK: StreakFrame,
    ClaimKind.THRESHOLD: ThresholdFrame, ClaimKind.FIRST_SINCE: FirstSinceFrame, ClaimKind.TURN: TurnFrame,
    ClaimKind.RANK: RankFrame,
    ClaimKind.SHARE: ShareFrame, ClaimKind.RATE: RateFrame, ClaimKind.EQUALITY: EqualityFrame,
    ClaimKind.CRIME_PAIR: CrimePairFrame, ClaimKind.CRIME_RANK: CrimeRankFrame,
}


def frame_of(claim: Claim, *, by_subject: bool = True) -> Frame:
    """The typed frame of an extracted claim (its kind from ``frame_kind``).  ``by_subject=False``
    gives the frame the claim's shape has, ignoring a non-crime subject."""
    kind = frame_kind(claim, by_subject=by_subject)
    return _BUILDERS[kind](claim, kind)
