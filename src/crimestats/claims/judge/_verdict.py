"""Verdicts: does the data bear a claim out, and what is the evidence?

One verdict per claim: accurate | accurate_with_caveat | inaccurate | unverifiable | opinion.
Every figure comes from the facts engine (``crimestats.facts._facts`` / ``crimestats.facts._compute``), which
carries the source file, vintage and SQL; the evidence lists them, plus figures from the other
series (homicide offences vs homicide victims) and other vintages where they differ.

This module dispatches on the fine claim kind (``ClaimKind``, named by ``_model.frame_kind``)
through ``JUDGES``, one judge function per kind; the kinds live in ``_count``, ``_change``, ``_opinion``,
``_share``, ``_record``, ``_streak``, ``_rank``, ``_rate_compare`` and ``_verdict_more``, and the
outcome/evidence helpers they share in ``_outcome``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Callable

from ..._errors import CrimestatsError
from ...facts import _compute as compute
from ...facts import _facts as facts
from ...measures._places import london_area
from ...store._store import StoreLike
from .._model import CheckedClaim, Claim, ClaimKind, frame_kind
from .._reasons import Why
from ..resolve._resolve import Resolved
from ._change import _change, _direction, _equality, _ratio
from ._count import _count
from ._homicide import rate_from_offences, solved_share
from ._opinion import _opinion
from ._outcome import (
    _ev,
    _fmt,
    _out,
    _unresolved,
    inline_sql,
    memo_scope,
    stand_in,
)
from ._rounding import SAME_BAND
from ._turn import turn

__all__ = ["judge", "inline_sql", "memo_scope", "JUDGES"]


def _share(store: StoreLike, c: Claim, r: Resolved) -> CheckedClaim:
    from . import _verdict_more as more

    if r.area is None or r.period is None:
        return _unresolved(c, r)
    if r.measure in more.SHARE_PARTS:
        sh = compute.share(store, measure="homicide_victims", area=r.area, period=r.period,
                           part={"measure": r.measure})
        ev = [_ev(sh.part), _ev(sh.whole)]
        pct = (sh.share or 0) * 100
        part, label = sh.part.value, sh.part.measure_label.lower()
        if r.complement:        # 'solved 90%': the victims not recorded as unsolved
            pct, part, label = solved_share(pct), (sh.whole.value or 0) - (sh.part.value or 0), \
                "recorded as solved (the rest are unsolved)"
        ok, rule = more.share_holds(c, pct)
        desc = (f"{_fmt(part)} of {_fmt(sh.whole.value)} homicide victims in {r.area.name} in "
                f"{r.period.label} ({pct:.1f}%) were {label}")
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc}, so the claimed {c.claimed_text} {'holds' if ok else 'does not hold'} ({rule}).",
                    found=round(pct, 1), unit="percent", evidence=ev)
    what = r.measure or "this figure"
    where = f" in {r.area.alias} ({r.area.note})" if r.area and r.area.alias else ""
    return _out(c, r, "unverifiable",
                f"No open data in the store splits {what.replace('_', ' ')} into the part this share is about (a "
                f"group of victims, or where or how the crimes happened){where}; "
                "a victim- or incident-level extract from the police would answer it.",
                unit="percent")


def _comparison(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more

    if r.compare_area is None or r.area is None or r.measure is None:
        return _out(c, r, "unverifiable", "The places or the measure compared could not be identified.")
    by_rate = c.by_rate or "rate" in (c.claimed_text or "").lower()
    try:
        a, b, paired = more._pair(store, r.measure, r.area, r.compare_area, r, as_of, rate=by_rate)
    except CrimestatsError:
        from ._safety import is_safety_judgement, safety_opinion
        if is_safety_judgement(c, r) and r.compare_area.area_type == "city":
            return safety_opinion(store, c, r, as_of)     # 'a far safer city than New York'
        if r.measure == "homicide_rate" and r.compare_area.area_type == "city":
            return _out(c, r, "unverifiable", f"No open data in the store gives a homicide rate for "
                        f"{r.compare_area.name} as a city; city-level figures from its police or statistics office "
                        "would answer it (country-level rates are not the same thing).")
        raise
    r = paired
    if r.area is None or r.period is None or r.compare_area is None:
        return _unresolved(c, r)
    ev = [_ev(a), _ev(b)]
    if c.direction == "same":
        va, vb = float(a.value or 0), float(b.value or 0)
        gap = abs(va - vb) / max(va, vb) if max(va, vb) else 0.0
        band = SAME_BAND if c.approx == "about" else 0.0
        ok = gap <= band if band else (_fmt(a.value) == _fmt(b.value))
        src = "" if a.source == b.source else "; the two figures come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, {_fmt(b.value)} in "
                    f"{r.compare_area.name}, {gap:.1%} apart ('{c.claimed_text}' read as within {band:.0%}){src}.",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    higher = (a.value or 0) > (b.value or 0)
    ok = higher if c.direction == "up" else (a.value or 0) < (b.value or 0)
    desc = (f"{a.measure_label} in {r.period.label}: {_fmt(a.value)} in {r.area.name}, "
            f"{_fmt(b.value)} in {r.compare_area.name}")
    if r.measure == "homicide_rate" and re.search(r"safe|dangerous|violent", c.claimed_text or "", re.I):
        return _out(c, r, "accurate_with_caveat" if ok else "inaccurate",
                    f"{desc}; safety is judged here on the homicide rate alone, and the two rates come from "
                    "different sources (computed from Met victims and population vs published).",
                    found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    if by_rate or a.unit.startswith("per "):
        src = "" if a.source == b.source else "; the two rates come from different sources"
        return _out(c, r, "accurate" if ok else "inaccurate",
                    f"{desc} ({a.unit}{src}).", found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)
    return _out(c, r, "accurate" if ok else "inaccurate", f"{desc} (counts, not rates per resident).",
                found={"this": a.value, "other": b.value}, unit=a.unit, evidence=ev)


def judge(store: StoreLike, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim:
    """The verdict on one resolved claim.  Never raises for missing data: that is 'unverifiable'.

    A place carried over from the article's opening is a guess: when the claim fails there but
    would hold for London as a whole, that is said, but the verdict stays about the article's place."""
    return _banded(_flagged(_judge_in_context(store, c, r, as_of=as_of), r), r)


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
    """A claim about a police flag the open data lacks ('equal to 2019's knife-enabled total') that fails
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


def _england_only(store: StoreLike, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim | None:
    """'Knife crime rose 7% in England and Wales': the England figure, with the gap named."""
    why = _ENGLAND_ONLY.get(r.measure or "")
    if why is None or r.area is None or r.area.area_type != "country" or "W92000004" not in r.area.code \
            or "E92000001" not in r.area.code:
        return None

    from ...measures._places import resolve_area

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


def _judge_in_context(store: StoreLike, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim:
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


def _judge(store: StoreLike, c: Claim, r: Resolved, *, as_of: date) -> CheckedClaim:
    return JUDGES[frame_kind(c)](store, c, r, as_of)


Judge = Callable[[StoreLike, Claim, Resolved, date], CheckedClaim]


def _opinion_kind(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    return _opinion(store, c, r, as_of)


def _not_crime(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    """Officers or residents: a count outside crime data, answered for a place; with no place,
    judged as the claim's shape (an officer count or change) would be."""
    if r.area is not None:
        return _count(store, c, r)      # not crime: no crime measure needed
    return JUDGES[frame_kind(c, by_subject=False)](store, c, r, as_of)


def _outside_subject(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    if any(n.why is Why.OUTSIDE_SUBJECT for n in r.notes):
        return _out(c, r, "unverifiable", "Police-recorded crime data cannot check this")    # the note says why
    return _out(c, r, "unverifiable", f"'{c.claimed_text}' counts something other than crimes, arrests or "
                "searches (calls, visits, hours...), which police-recorded crime data does not hold; the "
                "force's own operational figures would answer it.")


def _with_figures(store: StoreLike, c: Claim, r: Resolved, as_of: date, verdict: Judge) -> CheckedClaim:
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


def _crime(verdict: Judge) -> Judge:
    """A crime kind's judge: its verdict behind the common checks of ``_with_figures``."""
    def judge_kind(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
        return _with_figures(store, c, r, as_of, verdict)
    judge_kind.__name__ = judge_kind.__qualname__ = verdict.__name__
    return judge_kind


def _ranking(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from ._rank import ranking
    return ranking(store, c, r, as_of)


def _streak(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from ._streak import streak
    return streak(store, c, r, as_of)


def _yardstick(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim | None:
    """'below the London average': rates, not counts; None when the claim is not against London."""
    if not c.compare_to:
        return None
    from ._rate_compare import london_yardstick
    return london_yardstick(store, c, r, as_of)


def _place_ratio(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more
    got = _yardstick(store, c, r, as_of)     # tried first: against London, rates not counts
    return got if got is not None else more.place_ratio(store, c, r, as_of)


def _comparison_kind(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    got = _yardstick(store, c, r, as_of)     # tried first: against London, rates not counts
    return got if got is not None else _comparison(store, c, r, as_of)


def _share_kind(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more
    from ._share import share_verdict
    if r.measure not in more.SHARE_PARTS:
        got = share_verdict(store, c, r, as_of)    # a part of a catalogue series, or of all crime
        if got is not None:
            return got
    return _share(store, c, r)


def _share_or_narrower(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    """A share whose part the resolver did not narrow to a series may still be a catalogue part."""
    if r.measure is None and r.narrowed_from is not None and r.period is not None and r.area is not None:
        from ._share import share_verdict
        got = share_verdict(store, c, r, as_of)
        if got is not None:
            return got
    return _with_figures(store, c, r, as_of, _share_kind)


def _rate_kind(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more
    return rate_from_offences(store, c, r, as_of, more.rate_per)    # victims end in 2023: offences


def _equality_kind(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    if r.other is None:
        return _out(c, r, "unverifiable", "The period compared with could not be worked out.")
    return _equality(store, c, r)


def _threshold(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more
    return more.threshold_first(store, c, r)


def _first_since(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more
    return more.first_since(store, c, r)


def _difference(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more
    return more.difference(store, c, r)


def _points_change(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from . import _verdict_more as more
    return more.points_change(store, c, r)


def _record(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
    from ._record import record_verdict
    return record_verdict(store, c, r)


def _plain(verdict: Callable[[StoreLike, Claim, Resolved], CheckedClaim]) -> Judge:
    """A verdict that needs no as_of date, as a registered judge."""
    def judge_kind(store: StoreLike, c: Claim, r: Resolved, as_of: date) -> CheckedClaim:
        return verdict(store, c, r)
    judge_kind.__name__ = judge_kind.__qualname__ = verdict.__name__
    return judge_kind


# One judge per claim kind: adding a kind is a ClaimKind member, its frame_kind rule and a line here.
JUDGES: dict[ClaimKind, Judge] = {
    ClaimKind.OPINION: _opinion_kind,
    ClaimKind.WORKFORCE: _not_crime,
    ClaimKind.POPULATION: _not_crime,
    ClaimKind.OUTSIDE_SUBJECT: _outside_subject,
    ClaimKind.RANK: _crime(_ranking),
    ClaimKind.STREAK: _crime(_streak),
    ClaimKind.THRESHOLD: _crime(_threshold),
    ClaimKind.FIRST_SINCE: _crime(_first_since),
    ClaimKind.TURN: _crime(turn),
    ClaimKind.PLACE_RATIO: _crime(_place_ratio),
    ClaimKind.COMPARISON: _crime(_comparison_kind),
    ClaimKind.SHARE: _share_or_narrower,
    ClaimKind.RATE: _crime(_rate_kind),
    ClaimKind.COUNT: _crime(_plain(_count)),
    ClaimKind.DIFFERENCE: _crime(_difference),
    ClaimKind.POINTS_CHANGE: _crime(_points_change),
    ClaimKind.CHANGE: _crime(_plain(_change)),
    ClaimKind.RATIO: _crime(_plain(_ratio)),
    ClaimKind.DIRECTION: _crime(_plain(_direction)),
    ClaimKind.RECORD: _crime(_record),
    ClaimKind.EQUALITY: _crime(_equality_kind),
}
