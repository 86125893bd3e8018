"""Verdicts: does the data bear a claim out, and what is the evidence?

One verdict per claim: accurate | accurate_with_caveat | inaccurate | unverifiable | opinion.
Every figure comes from the facts engine (``crimestats.facts._facts`` / ``crimestats.facts._compute``), which
carries the source file, vintage and SQL; the evidence lists them, plus figures from the other
series (homicide offences vs homicide victims) and other vintages where they differ.

``judge`` takes the claim's typed frame (``claims._frames.frame_of``) and dispatches on its kind
through ``JUDGES``: one judge per ``ClaimKind``, each typed on its own frame class, so a verdict function
reads only the fields its kind has.  The kinds live in ``_count``, ``_change``, ``_opinion``,
``_share``, ``_record``, ``_firsts``, ``_turn``, ``_streak``, ``_rank``, ``_comparison``, ``_rate`` and ``_rate_compare``,
and the outcome/evidence helpers they share in ``_outcome``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable, Generic, TypeVar

from ..._errors import CrimestatsError
from ...facts import _facts as facts
from ...measures._catalogue import get_measure
from ...measures._periods import Period, financial_year, range_
from ...measures._places import london_area, resolve_area
from ...reference._taxonomy import OFFENCE_KEYS
from ...store._store import StoreLike
from .._frames import (
    ChangeFrame,
    ComparisonFrame,
    CountFrame,
    CrimePairFrame,
    CrimeRankFrame,
    DifferenceFrame,
    DirectionFrame,
    EqualityFrame,
    FirstSinceFrame,
    Frame,
    NotCrimeFrame,
    OpinionFrame,
    OutsideSubjectFrame,
    PlaceRatioFrame,
    PointsChangeFrame,
    RankFrame,
    RateFrame,
    RatioFrame,
    RecordFrame,
    ShareFrame,
    StreakFrame,
    ThresholdFrame,
    TurnFrame,
)
from .._model import CheckedClaim, ClaimKind
from .._reasons import Reason, Why
from ..resolve._resolve import ALTERNATES, Resolved
from ._change import _change, _direction, _equality, _ratio, difference, points_change
from ._comparison import comparison, place_ratio
from ._concentration import concentration
from ._count import _count, not_crime_count
from ._crime_pair import crime_pair, crime_rank
from ._firsts import first_since, threshold_first
from ._homicide import rate_from_offences
from ._opinion import _opinion
from ._outcome import _count_fact, _ev, _fmt, _out, _unresolved, inline_sql, memo_scope, stand_in
from ._rank import ranking
from ._rate import rate_per
from ._rate_compare import london_yardstick
from ._record import record_verdict
from ._share import SHARE_PARTS, homicide_share, share_verdict
from ._streak import streak
from ._turn import turn

__all__ = ["judge", "inline_sql", "memo_scope", "JUDGES", "KindJudge"]

F = TypeVar("F", bound=Frame)
Verdict = Callable[[StoreLike, F, Resolved, date], CheckedClaim]


def judge(store: StoreLike, f: Frame, r: Resolved, *, as_of: date) -> CheckedClaim:
    """The verdict on one resolved claim, from its frame.  Never raises for missing data: that is
    'unverifiable'.

    A place carried over from the article's opening is a guess: when the claim fails there but
    would hold for London as a whole, that is said, but the verdict stays about the article's place."""
    r = _whole_years_if_only(store, r) if f.kind == "count" else r
    return _widened(_banded(_flagged(_judge_in_context(store, f, _financial_if_only(store, r, as_of), as_of=as_of),
                                     r), r), r)


def _answers(store: StoreLike, r: Resolved, period: Period) -> bool:
    """Whether the store holds a count of the claim's measure and area for ``period`` (measure and area set)."""
    try:
        _count_fact(store, measure=r.measure, area=r.area, period=period)
        return True
    except CrimestatsError:
        return False


def _whole_years_if_only(store: StoreLike, r: Resolved) -> Resolved:
    """'since <year>' up to a month, for a series of calendar years only (the homicide victims file): the whole
    years of the span, not a span the series cannot answer."""
    p = r.period
    if p is None or p.grain != "range" or p.start.month != 1 or p.end.month == 12 or p.end.year - 1 <= p.start.year \
            or not r.measure or r.area is None or _answers(store, r, p):
        return r
    years = range_(p.start, date(p.end.year - 1, 12, 1))
    if not _answers(store, r, years):
        return r
    return replace(r, period=years, notes=list(r.notes) + [Reason.of(Why.WHOLE_YEARS_ONLY, period=years.label)])


def _financial_if_only(store: StoreLike, r: Resolved, as_of: date) -> Resolved:
    """No period named, and the series publishes financial years only (the ONS knife series by force): the
    latest complete financial year before the publication date, not a calendar year it cannot answer."""
    if r.period is not None and r.period.grain == "financial_year" and r.baseline is not None and \
            r.baseline.grain == "year" and r.measure in OFFENCE_KEYS and r.area is not None:
        # a financial year set against '<year>' ('in the year to March <year>, ... <a multiple of> <year>'): the
        # year to March <year> when the series has no calendar <year>
        if _answers(store, r, r.baseline):
            return r
        fy_base = financial_year(r.baseline.start.year - 1)
        return replace(r, baseline=fy_base, notes=list(r.notes) + [
            Reason.of(Why.YEAR_AS_FINANCIAL, year=r.baseline.start.year, period=fy_base.label)])
    if r.period is None or r.period.grain != "year" or not r.measure or r.area is None or r.measure not in OFFENCE_KEYS \
            or _answers(store, r, r.period):
        return r
    year = r.period.start.year
    # none named: the latest complete financial year; '<year>' named: the year to March <year> (the ONS labels)
    fy = financial_year(as_of.year - 1 if as_of.month >= 4 else as_of.year - 2) if r.period_assumed \
        else financial_year(year - 1)
    if not _answers(store, r, fy):
        return r
    if r.period_assumed:
        notes = [n for n in r.notes if n.why is not Why.PERIOD_ASSUMED] + [Reason.of(Why.LATEST_PERIOD_USED,
                                                                                    period=fy.label)]
        # 'up N% on the year before' with no year named: the financial year before the latest one
        base = fy.previous() if r.baseline is not None and r.baseline == r.period.previous() else r.baseline
        return replace(r, period=fy, baseline=base, notes=notes)
    base = r.baseline
    if base is not None and base.grain == "year":
        base = financial_year(base.start.year - 1)
    return replace(r, period=fy, baseline=base,
                   notes=list(r.notes) + [Reason.of(Why.YEAR_AS_FINANCIAL, year=year, period=fy.label)])


def _widened(out: CheckedClaim, r: Resolved) -> CheckedClaim:
    """A claim about a crime the source publishes only inside a wider category (police.uk's 'violence
    and sexual offences' for violent crime) is judged on that category as a stand-in: it can hold with a
    caveat, never be shown false by it (the stand-in policy in docs/claims.md)."""
    if not r.wider_words or out.verdict not in ("accurate", "inaccurate"):
        return out
    why = (f"data.police.uk publishes {r.wider_words} only inside its wider 'violence and sexual offences' "
           "category, used here as a stand-in")
    if out.verdict == "accurate":
        return replace(out, verdict="accurate_with_caveat", explanation=f"{out.explanation.rstrip('.')}; {why}.")
    return replace(out, verdict="unverifiable",
                   explanation=f"Cannot be checked exactly: {why}. For context: "
                               f"{out.explanation[0].lower() + out.explanation[1:]}")


def _banded(out: CheckedClaim, r: Resolved) -> CheckedClaim:
    """A claim about a narrower group than the data's age band ('teenagers' against 'Adolescent/Young
    Adult') that fails against the band is not shown false by it: unverifiable, with the band as context
    (the stand-in policy in docs/claims.md)."""
    band = stand_in(r.measure, "age_band")
    if out.verdict != "inaccurate" or band is None or not r.band_words:
        return out
    return replace(out, verdict="unverifiable",
                   explanation=f"Cannot be checked exactly: the open data has no series for '{r.band_words.lower()}'. "
                               f"For context, the nearest open series ({band.note[0].lower() + band.note[1:].rstrip('.')}): "
                               f"{out.explanation[0].lower() + out.explanation[1:]}")


def _flagged(out: CheckedClaim, r: Resolved) -> CheckedClaim:
    """A claim about a police flag the open data lacks ('equal to <year>'s knife-enabled total') that fails
    against the nearest open series is not shown false by it: unverifiable, with that series as context.
    (Counts stay inaccurate when even the nearest series is far off; see ``_count``.)"""
    if out.verdict != "inaccurate" or not r.flag_words or out.claim.kind == "count" or not r.measure:
        return out
    if stand_in(r.measure, "police_flag") is None:
        return out
    return replace(out, verdict="unverifiable",
                   explanation=f"Cannot be checked: the Met's '{r.flag_words.lower()}' flag is not in the open "
                               f"data. For context, the nearest open series (recorded method of killing): "
                               f"{out.explanation[0].lower() + out.explanation[1:]}")


# Series that cover England (and its regions and forces) but not Wales: a claim about England and
# Wales is tried against England alone and said so, never against another series.
_ENGLAND_ONLY = {"knife_crime": "the ONS knife or sharp instrument series in the store covers England and its "
                                "regions and forces only (no Welsh forces)"}


def _england_only(store: StoreLike, c: Frame, r: Resolved, *, as_of: date) -> CheckedClaim | None:
    """'Knife crime rose N% in England and Wales': the England figure, with the gap named."""
    why = _ENGLAND_ONLY.get(r.measure or "")
    if why is None or r.area is None or r.area.area_type != "country" or "W92000004" not in r.area.code \
            or "E92000001" not in r.area.code:
        return None
    alt = _judge(store, c, replace(r, area=resolve_area("England")), as_of=as_of)
    if alt.verdict in ("accurate", "accurate_with_caveat"):
        alt.verdict = "accurate_with_caveat"
        alt.explanation = (alt.explanation.rstrip(".") + f"; the claim is about England and Wales, but {why}, "
                           "so only the England part is checked: Wales would add to it.")
        return alt
    found = f"{alt.found:,}" if isinstance(alt.found, (int, float)) else str(alt.found)
    gap = "and it has no figure for England for that period either" if alt.found is None else \
        f"England alone gives {found}, which does not fit the claim either"
    return _out(c, r, "unverifiable", f"No open data answers this for England and Wales: {why}, so the England "
                f"and Wales figure cannot be formed; {gap}.")


def _judge_in_context(store: StoreLike, c: Frame, r: Resolved, *, as_of: date) -> CheckedClaim:
    ew = _england_only(store, c, r, as_of=as_of)
    if ew is not None:
        return ew
    out = _judge(store, c, r, as_of=as_of)
    if r.area_from_context and out.verdict == "inaccurate" and r.area is not None \
            and r.area.area_type != "force":

        alt = _judge(store, c, replace(r, area=london_area(), area_from_context=False), as_of=as_of)
        if alt.verdict in ("accurate", "accurate_with_caveat"):
            # the verdict stays about the place the article is about; London fitting is only said
            out.explanation = (out.explanation.rstrip(".") + f"; the sentence names no place, so {r.area.name} "
                               f"(the article's place) is checked: the figure would fit London as a whole "
                               f"(found {alt.found}), but that is not what the article is about.")
    return out


def _judge(store: StoreLike, f: Frame, r: Resolved, *, as_of: date) -> CheckedClaim:
    return JUDGES[f.kind](store, f, r, as_of)


@dataclass(frozen=True)
class KindJudge(Generic[F]):
    """A kind's judge: its frame class and its verdict function, which is only ever given that frame."""

    frame: type[F]
    verdict: Verdict[F]

    def __call__(self, store: StoreLike, f: Frame, r: Resolved, as_of: date) -> CheckedClaim:
        if not isinstance(f, self.frame):
            raise TypeError(f"a {f.kind} claim's frame is {type(f).__name__}, not {self.frame.__name__}")
        return self.verdict(store, f, r, as_of)


def _not_crime(store: StoreLike, f: NotCrimeFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """Officers or residents: a count outside crime data, answered for a place; with no place,
    judged as the claim's shape (an officer count or change) would be."""
    if r.area is not None:
        return not_crime_count(store, f, r)      # not crime: no crime measure needed
    return JUDGES[f.shape.kind](store, f.shape, r, as_of)


def _outside_subject(store: StoreLike, c: OutsideSubjectFrame, r: Resolved, as_of: date) -> CheckedClaim:
    if any(n.why is Why.OUTSIDE_SUBJECT for n in r.notes):
        return _out(c, r, "unverifiable", "Police-recorded crime data cannot check this")    # the note says why
    return _out(c, r, "unverifiable", f"'{c.claimed_text}' counts something other than crimes, arrests or "
                "searches (calls, visits, hours...), which police-recorded crime data does not hold; the "
                "force's own operational figures would answer it.")


def _with_figures(store: StoreLike, c: F, r: Resolved, as_of: date, verdict: Verdict[F]) -> CheckedClaim:
    """What every crime kind needs before a verdict (a measure, a place and a period), then the
    verdict, with 'no data' answered as unverifiable (and London's figure for context)."""
    if r.measure is None and r.narrowed_from is not None:
        return _out(c, r, "unverifiable", "The claim is about a narrower group than any series in the store")
    if r.measure is None and any(n.why is Why.OUTSIDE_SUBJECT for n in r.notes):
        return _out(c, r, "unverifiable", "Police-recorded crime data cannot check this")    # the note says why
    if r.measure is None and any(n.why is Why.UNKNOWN_CRIME for n in r.notes):
        return _out(c, r, "unverifiable", "No series in the store counts this kind of crime, and a wider "
                    "measure would not answer the claim")     # the note names the crime and the data
    if r.measure is None:
        return _out(c, r, "unverifiable", "The claim names no crime measure crimestats knows, so no figure "
                    "can be looked up for it; it needs a series for that kind of crime.")
    if r.period is None or r.area is None:
        return _unresolved(c, r)
    try:
        return verdict(store, c, r, as_of)
    except CrimestatsError as exc:
        other = _other_series(store, c, r, as_of, verdict)
        if other is not None:
            return other
        extra = ""
        if r.area is not None and r.area.area_type != "force":
            try:  # give the London-wide figure for context when a place has no data
                f = facts.count(store, measure=r.measure, area=london_area(), period=r.period)
                extra = f" For context, London as a whole: {_fmt(f.value)} ({f.measure_label.lower()}, {r.period.label})."
                alias = f" ({r.area.note})" if r.area.alias and r.area.note else ""
                return _out(c, r, "unverifiable", f"No open data answers this for {r.area.alias or r.area.name}"
                            f"{alias}: {exc}{extra}", found=None, evidence=[_ev(f)])
            except CrimestatsError:
                pass
        return _out(c, r, "unverifiable", f"No open data in the store answers it: {exc}")


def _other_series(store: StoreLike, c: F, r: Resolved, as_of: date, verdict: Verdict[F]) -> CheckedClaim | None:
    """The other series of the same thing (homicide offences for victims after the victims file ends) when
    the claim's own has no figure: judged on it, said so, and never better than accurate with a caveat."""
    alt = ALTERNATES.get(r.measure or "")
    if alt is None or r.period is None or r.area is None or \
            any(n.why in (Why.MEASURE_FROM_CONTEXT, Why.REFERS_BACK) for n in r.notes):
        return None     # only a measure the claim names itself
    note = Reason.of(Why.OTHER_SERIES, series=get_measure(r.measure or "").label.lower(), period=r.period.label,
                     area=r.area.name, other=get_measure(alt).label.lower())
    try:
        out = verdict(store, c, replace(r, measure=alt, notes=[*r.notes, note]), as_of)
    except CrimestatsError:
        return None
    if out.verdict == "accurate":
        out.verdict = "accurate_with_caveat"
    return out


def _crime(verdict: Verdict[F]) -> Verdict[F]:
    """A crime kind's judge: its verdict behind the common checks of ``_with_figures``."""
    def judge_kind(store: StoreLike, c: F, r: Resolved, as_of: date) -> CheckedClaim:
        return _with_figures(store, c, r, as_of, verdict)
    judge_kind.__name__ = judge_kind.__qualname__ = getattr(verdict, "__name__", "verdict")
    return judge_kind


D = TypeVar("D", RankFrame, RecordFrame)


def _deniable(verdict: Verdict[D], *, what: str) -> Verdict[D]:
    """A record or position the sentence denies ('not, as some claim, the lowest since <year>', '<place> was not
    even in the top <N>'): right when it does not hold.  One that holds only on a stand-in measure cannot show the
    denial wrong (the stand-in policy, for records and positions alike)."""
    def judge_kind(store: StoreLike, c: D, r: Resolved, as_of: date) -> CheckedClaim:
        out = verdict(store, c, r, as_of)
        if not c.denied or out.verdict not in ("accurate", "accurate_with_caveat", "inaccurate"):
            return out
        if out.verdict == "inaccurate":
            out.verdict, lead = "accurate", f"The claim denies the {what}, rightly"
        elif out.verdict == "accurate_with_caveat" and (
                stand_in(r.measure, "police_flag") or stand_in(r.measure, "age_band")):
            out.verdict, lead = "unverifiable", f"The claim denies the {what}; only a stand-in measure speaks to it"
        else:
            out.verdict, lead = "inaccurate", f"The claim denies the {what}, but it holds"
        out.explanation = f"{lead}: {out.explanation}"
        return out
    judge_kind.__name__ = judge_kind.__qualname__ = getattr(verdict, "__name__", "verdict")
    return judge_kind


def _plain(verdict: Callable[[StoreLike, F, Resolved], CheckedClaim]) -> Verdict[F]:
    """A verdict that needs no as_of date, as a registered judge."""
    def judge_kind(store: StoreLike, c: F, r: Resolved, as_of: date) -> CheckedClaim:
        return verdict(store, c, r)
    judge_kind.__name__ = judge_kind.__qualname__ = verdict.__name__
    return judge_kind


def _place_ratio(store: StoreLike, c: PlaceRatioFrame, r: Resolved, as_of: date) -> CheckedClaim:
    got = london_yardstick(store, c, r, as_of) if c.compare_to else None   # tried first: against London, rates
    return got if got is not None else place_ratio(store, c, r, as_of)


def _comparison(store: StoreLike, c: ComparisonFrame, r: Resolved, as_of: date) -> CheckedClaim:
    got = london_yardstick(store, c, r, as_of) if c.compare_to else None   # tried first: against London, rates
    return got if got is not None else comparison(store, c, r, as_of)


def _share_kind(store: StoreLike, c: ShareFrame, r: Resolved, as_of: date) -> CheckedClaim:
    got = concentration(store, c, r, as_of)     # 'two in five <crimes> happen in just five boroughs'
    if got is not None:
        return got
    if r.measure not in SHARE_PARTS:
        got = share_verdict(store, c, r, as_of)    # a part of a catalogue series, or of all crime
        if got is not None:
            return got
    return homicide_share(store, c, r)


def _share_or_narrower(store: StoreLike, c: ShareFrame, r: Resolved, as_of: date) -> CheckedClaim:
    """A share whose part the resolver did not narrow to a series may still be a catalogue part."""
    if r.measure is None and r.narrowed_from is not None and r.period is not None and r.area is not None:
        got = share_verdict(store, c, r, as_of)
        if got is not None:
            return got
    return _with_figures(store, c, r, as_of, _share_kind)


def _rate(store: StoreLike, c: RateFrame, r: Resolved, as_of: date) -> CheckedClaim:
    return rate_from_offences(store, c, r, as_of, rate_per)    # victims end in 2023: offences


def _equality_kind(store: StoreLike, c: EqualityFrame, r: Resolved, as_of: date) -> CheckedClaim:
    if r.other is None:
        return _out(c, r, "unverifiable", "The period compared with could not be worked out.")
    return _equality(store, c, r)


# One judge per claim kind, typed on the kind's frame: adding a kind is a ClaimKind member, its
# frame_kind rule, its frame and builder in claims/_frames.py, and a line here.
JUDGES: dict[ClaimKind, KindJudge[Any]] = {
    ClaimKind.OPINION: KindJudge(OpinionFrame, _opinion),
    ClaimKind.WORKFORCE: KindJudge(NotCrimeFrame, _not_crime),
    ClaimKind.POPULATION: KindJudge(NotCrimeFrame, _not_crime),
    ClaimKind.OUTSIDE_SUBJECT: KindJudge(OutsideSubjectFrame, _outside_subject),
    ClaimKind.RANK: KindJudge(RankFrame, _deniable(_crime(ranking), what="position")),
    ClaimKind.STREAK: KindJudge(StreakFrame, _crime(streak)),
    ClaimKind.THRESHOLD: KindJudge(ThresholdFrame, _crime(_plain(threshold_first))),
    ClaimKind.FIRST_SINCE: KindJudge(FirstSinceFrame, _crime(_plain(first_since))),
    ClaimKind.TURN: KindJudge(TurnFrame, _crime(turn)),
    ClaimKind.PLACE_RATIO: KindJudge(PlaceRatioFrame, _crime(_place_ratio)),
    ClaimKind.COMPARISON: KindJudge(ComparisonFrame, _crime(_comparison)),
    ClaimKind.CRIME_PAIR: KindJudge(CrimePairFrame, _crime(crime_pair)),
    ClaimKind.CRIME_RANK: KindJudge(CrimeRankFrame, _crime(crime_rank)),
    ClaimKind.SHARE: KindJudge(ShareFrame, _share_or_narrower),
    ClaimKind.RATE: KindJudge(RateFrame, _crime(_rate)),
    ClaimKind.COUNT: KindJudge(CountFrame, _crime(_plain(_count))),
    ClaimKind.DIFFERENCE: KindJudge(DifferenceFrame, _crime(_plain(difference))),
    ClaimKind.POINTS_CHANGE: KindJudge(PointsChangeFrame, _crime(_plain(points_change))),
    ClaimKind.CHANGE: KindJudge(ChangeFrame, _crime(_plain(_change))),
    ClaimKind.RATIO: KindJudge(RatioFrame, _crime(_plain(_ratio))),
    ClaimKind.DIRECTION: KindJudge(DirectionFrame, _crime(_plain(_direction))),
    ClaimKind.RECORD: KindJudge(RecordFrame, _deniable(_crime(_plain(record_verdict)), what="record")),
    ClaimKind.EQUALITY: KindJudge(EqualityFrame, _crime(_equality_kind)),
}
