"""The claim checker's data: a claim as extracted from text, and the checked result.

``Claim`` is what extraction finds (pure text); ``CheckedClaim`` adds what resolution and the
verdict made of it; ``CheckResult`` is the whole article.  ``CheckResult.as_dict()`` is the stable
JSON schema documented in docs/claims.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

__all__ = ["Claim", "ClaimKind", "frame_kind", "COARSE_KIND", "Evidence", "CheckedClaim", "CheckResult", "KINDS",
           "VERDICTS", "VERDICT_LABELS"]

# The coarse kinds: the ``kind`` string on a Claim and in the JSON output.
KINDS = ("count", "change", "record", "equality", "share", "ratio", "rate", "direction",
         "comparison", "opinion")
VERDICTS = ("accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion")
# The words shown for each verdict, everywhere (CLI text, HTML report, web app).
VERDICT_LABELS: dict[str, str] = {
    "accurate": "Accurate",
    "accurate_with_caveat": "Accurate, with caveat",
    "inaccurate": "Inaccurate",
    "unverifiable": "Unverifiable",
    "opinion": "Opinion",
}


@dataclass
class Claim:
    """One statistical claim found in text.  Offsets index the original input."""

    text: str
    start: int
    end: int
    kind: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    claimed_text: str | None = None       # the figure as written: 'N', 'N%', 'halved', 'tens of thousands'
    value: float | None = None            # numeric claim: count, percent (signed for changes), ratio, rate
    low: float | None = None              # band the wording allows (vague numbers, fractions)
    high: float | None = None
    unit: str | None = None               # count | percent | points | ratio | rate | share
    approx: str = "exact"                 # exact | about | more_than | fewer_than | vague
    direction: str | None = None          # down | up
    period_text: str | None = None
    baseline_text: str | None = None
    record: str | None = None             # low | high
    since_text: str | None = None         # record: 'since <year>' -> '<year>'; 'on record' -> None
    on_record: bool = False
    equal_to_text: str | None = None      # equality: the other period
    compare_to: str | None = None         # comparison: the other place
    compare_also: tuple[str, ...] = ()     # comparison: more places summed with it ('<a>, <b> and <c> put together')
    compare_crime: str | None = None      # crime pair: the other crime's words ('more <crime> than <crime>')
    per: int | None = None                # rate: per this many people
    subject: str | None = None            # 'workforce' for officer numbers
    quoted: bool = False
    clause: str = ""                      # the clause the claim sits in (for measure words)
    since_baseline: bool = False          # change 'since <year>': the baseline is that year, the period the latest
    rank: int | None = None               # ranking: 1 = highest/lowest, 2 = second ...
    rank_scope: str | None = None         # 'borough' | 'inner' | 'outer' | 'force' | 'crime_type'
    by_rate: bool = False                 # ranking or comparison on a rate, not a count
    share_of: str | None = None           # share: the text naming the whole ('all recorded crime in London')
    share_part: str | None = None         # share: the text naming the part (before the figure)
    streak: int | None = None             # record: 'fallen for four years in a row' -> 4
    streak_of: int | None = None          # record: 'fallen in four of the last five years' -> 4 (streak 5)
    streak_ended: bool = False            # record: the period's change ended the streak ('ending two years of rises')
    streak_months: bool = False           # record: the streak's steps are months ('up for the third month running')
    first_since: str | None = None        # record: 'the first fall since <year>' -> '<year>'
    first_in: int | None = None           # record: 'fell for the first time in five years' -> 5
    turn: str | None = None               # 'peak' ('peaked in <year>') | 'trough' ('bottomed out in <year>')
    per_month: str | None = None          # count 'a month': 'max' ('up to N a month'), 'mean', 'every' (a bound in each month)
    per_minutes: float | None = None      # count per span of time: 'N a day' -> 1440, 'one every N minutes' -> N
    per_borough: bool = False             # the figure is London's average per borough ('a London average of N')
    rank_among: int | None = None         # ranking: among this many places the text names ('the highest of the four'); 0: all it names
    month_span: tuple[int, int] | None = None   # direction month on month: from this month to that one
    only_place: bool = False              # direction: 'the only borough where <crime> rose'
    compare_each: bool = False            # comparison: more than each place listed ('than <a> and <b>'), not their sum
    places_quant: str | None = None       # direction over places: 'all' | 'most' | 'count' (places_k) | 'among' | 'except'
    places_k: int | None = None
    denied: bool = False                  # the sentence denies it: 'not, as some claim, the lowest since <year>'


class ClaimKind(StrEnum):
    """The fine kind of a claim: what shape of statement it is, and so which verdict answers it.

    ``frame_kind`` names it from a Claim; the judge dispatches on it (``judge/_verdict.JUDGES``)."""

    COUNT = "count"
    CHANGE = "change"
    DIFFERENCE = "difference"            # change as a difference in numbers ('N more than')
    POINTS_CHANGE = "points_change"      # change in percentage points
    RATIO = "ratio"
    PLACE_RATIO = "place_ratio"          # a ratio between two places ('twice the rate of <borough>')
    DIRECTION = "direction"
    RECORD = "record"
    STREAK = "streak"                    # 'fallen for four years in a row'
    THRESHOLD = "threshold"              # 'the first time above N'
    FIRST_SINCE = "first_since"          # 'the first fall since <year>'
    TURN = "turn"                        # 'peaked in <year>', 'bottomed out in <month>'
    RANK = "rank"                        # 'the second highest borough'
    SHARE = "share"
    RATE = "rate"
    COMPARISON = "comparison"
    CRIME_RANK = "crime_rank"            # a crime's place among the crime types of a place ('the most common crime')
    CRIME_PAIR = "crime_pair"            # two crimes in one place ('more <crime> than <crime>')
    EQUALITY = "equality"
    OPINION = "opinion"
    WORKFORCE = "workforce"              # officers or staff: not crime
    POPULATION = "population"            # residents: not crime
    OUTSIDE_SUBJECT = "outside_subject"  # calls, visits, hours...: not crime


# The coarse ``kind`` each fine kind is written as.  The three non-crime kinds keep whatever coarse
# kind the sentence had (an officer count or an officer change), so they are not in this table.
COARSE_KIND: dict[ClaimKind, str] = {
    ClaimKind.COUNT: "count", ClaimKind.CHANGE: "change", ClaimKind.DIFFERENCE: "change",
    ClaimKind.POINTS_CHANGE: "change", ClaimKind.RATIO: "ratio", ClaimKind.PLACE_RATIO: "ratio",
    ClaimKind.DIRECTION: "direction", ClaimKind.RECORD: "record", ClaimKind.STREAK: "record",
    ClaimKind.THRESHOLD: "record", ClaimKind.FIRST_SINCE: "record", ClaimKind.TURN: "record", ClaimKind.RANK: "comparison",
    ClaimKind.SHARE: "share", ClaimKind.RATE: "rate", ClaimKind.COMPARISON: "comparison", ClaimKind.CRIME_PAIR: "comparison", ClaimKind.CRIME_RANK: "comparison",
    ClaimKind.EQUALITY: "equality", ClaimKind.OPINION: "opinion",
}

_SUBJECT_KINDS = {"workforce": ClaimKind.WORKFORCE, "population": ClaimKind.POPULATION,
                  "non_crime": ClaimKind.OUTSIDE_SUBJECT, "cause": ClaimKind.OUTSIDE_SUBJECT}


def frame_kind(claim: Claim, *, by_subject: bool = True) -> ClaimKind:
    """The fine kind of a claim: the one place that reads the fields that carry sub-kinds
    (``subject``, ``rank``, ``streak``, ``unit``, ``first_since``, ``compare_to``).

    Precedence, where a claim carries more than one: opinion, then a non-crime subject, then
    rank, turn, streak, threshold, first-since, crime pair, place ratio, difference, points.  ``by_subject=False``
    gives the kind the claim's shape has, ignoring a non-crime subject (what an officer count
    with no place is judged as).  Raises ValueError for a coarse kind not in ``KINDS``."""
    kind = claim.kind
    if kind == "opinion":
        return ClaimKind.OPINION
    if by_subject and claim.subject in _SUBJECT_KINDS:
        return _SUBJECT_KINDS[claim.subject]
    if kind == "comparison" and claim.rank is not None and claim.rank_scope == "crime_type":
        return ClaimKind.CRIME_RANK
    if kind == "comparison" and claim.rank is not None:
        return ClaimKind.RANK
    if kind == "record":
        if claim.turn:
            return ClaimKind.TURN
        if claim.streak:
            return ClaimKind.STREAK
        if claim.unit == "threshold":
            return ClaimKind.THRESHOLD
        if claim.first_since or claim.first_in:
            return ClaimKind.FIRST_SINCE
    if kind in ("comparison", "ratio") and claim.compare_crime:
        return ClaimKind.CRIME_PAIR
    if kind == "ratio" and claim.compare_to:
        return ClaimKind.PLACE_RATIO
    if kind == "change" and claim.unit == "difference":
        return ClaimKind.DIFFERENCE
    if kind == "change" and claim.unit == "points":
        return ClaimKind.POINTS_CHANGE
    if kind not in KINDS:
        raise ValueError(f"claim kind {kind!r} is not one of {', '.join(KINDS)}")
    return ClaimKind(kind)


@dataclass
class Evidence:
    source: str
    vintage: str | None
    value: Any
    query: str | None
    label: str | None = None              # what the figure is ('homicide offences, <year>, London')

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "vintage": self.vintage, "value": self.value,
                "query": self.query, "label": self.label}


@dataclass
class CheckedClaim:
    claim: Claim
    measure: str | None
    area: str | None
    period: str | None
    claimed: Any
    found: Any
    unit: str | None
    verdict: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    area_code: str | None = None     # the area's code (E09..., 'metropolitan'), for links and maps
    no_data: bool = False            # unverifiable because the series has no figure there (not in the JSON)

    @property
    def kind(self) -> str:
        return self.claim.kind

    def as_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "text": c.text, "start": c.start, "end": c.end, "kind": c.kind,
            "measure": self.measure, "area": self.area, "period": self.period,
            "claimed": self.claimed, "found": self.found, "unit": self.unit,
            "verdict": self.verdict, "explanation": self.explanation,
            "evidence": [e.as_dict() for e in self.evidence],
            "quote": c.quoted, "area_code": self.area_code,
        }


@dataclass
class CheckResult:
    as_of: date
    claims: list[CheckedClaim]
    as_of_basis: str = "given"   # 'given', 'dateline: <line>' (read from the text), or 'today'

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "as_of_basis": self.as_of_basis,
                "claims": [c.as_dict() for c in self.claims]}

    def counts(self) -> dict[str, int]:
        out = {v: 0 for v in VERDICTS}
        for c in self.claims:
            out[c.verdict] += 1
        return out
