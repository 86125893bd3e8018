"""Verdicts on records in time: "the lowest on record", "a record high", "an all-time high", "its
lowest point since records began", "the highest since <year>", "the lowest level in a decade", "the
lowest in five years", "the second-highest annual total on record".

The figure is set against every earlier period of the same kind that the data fully covers
(``compute.record``).  A record is only as long as the series held: an "on record" verdict names the
first period of the series, and a window of years that reaches back before it is checked over the
years there are, with that said.  Ties are a caveat ("the joint lowest"), never a clear record.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from ..._errors import CrimestatsError, InputError
from ...facts import _compute as compute
from ...facts._facts import Fact
from ...measures._periods import month
from ...store._store import StoreLike
from .._frames import RecordFrame
from .._model import CheckedClaim
from .._reasons import Reason, Why
from ..resolve._resolve import ALTERNATES, Resolved
from ._outcome import _ev, _memo, _out, _unresolved

__all__ = ["record_verdict"]

_SHORT = 5        # a series of fewer periods makes 'on record' a weak claim: said, as a caveat
_TOO_SHORT = 3    # a record over fewer periods than this (one other figure) cannot be checked: unverifiable
_ORDW = {2: "second-", 3: "third-", 4: "fourth-", 5: "fifth-", 6: "sixth-", 7: "seventh-", 8: "eighth-",
         9: "ninth-", 10: "tenth-"}


def _series(store: StoreLike, r: Resolved, direction: str) -> compute.Record:
    measure, period = r.measure, r.period
    if measure is None or period is None:    # judge() sees to both before it asks for a record
        raise InputError("the claim's measure or period could not be worked out")
    return _memo(("record", measure, r.area, period, direction),
                 lambda: compute.record(store, measure=measure, area=r.area, period=period, direction=direction))


def _years_back(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:          # 29 February
        return d.replace(year=d.year - n, day=28)


def _same_month(c: RecordFrame, r: Resolved, rec: compute.Record) -> compute.Record:
    """'the highest <month> total on record', 'the lowest <month> since <year>', 'the busiest <month> in five
    years': that month against the same month of earlier years, not against the months just before."""
    if c.month_named is None or r.period is None or r.period.grain != "month" \
            or c.month_named != r.period.start.month:
        return rec
    same = [f for f in rec.facts if f.period.start.month == r.period.start.month]
    return compute.record_of(same, direction=rec.direction) if len(same) > 1 else rec


def record_verdict(store: StoreLike, c: RecordFrame, r: Resolved) -> CheckedClaim:
    """The verdict on a record in time (see the module docstring)."""
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    full = _series(store, r, c.record or "low")
    # 'the lowest since (last) <month>': the months in between count, not only that month of earlier years
    rec = full if r.since is not None and r.since.grain == "month" else _same_month(c, r, full)
    if rec is not full and r.since is not None and r.since.grain == "year":
        r = replace(r, since=month(r.since.start.year, r.period.start.month))
    if c.of_change:
        return _change_record(c, r, rec)
    if c.window_years:
        return _window(c, r, rec)
    if c.approx == "near":
        return _near(c, r, rec)
    if (c.rank or 1) > 1 or (c.approx in ("inclusive", "inclusive_or_after") and r.since is not None):
        return _ranked(c, r, rec)
    return _record(store, c, r, rec)


def _near(c: RecordFrame, r: Resolved, rec: compute.Record) -> CheckedClaim:
    """'a near-record low', 'close to its highest on record': among the three most extreme periods, or within 5% of
    the record itself (the record itself is more than 'near' but not wrong)."""
    now = rec.facts[-1]
    earlier = rec.facts[:-1] if c.on_record or r.since is None else \
        [f for f in rec.facts[:-1] if f.period.start > r.since.start]
    pos, _, desc, span, found, ev = _standing(c, r, rec, earlier)
    low = rec.direction == "low"
    extreme = min if low else max
    best = extreme([float(f.value or 0) for f in earlier], default=float(now.value or 0))
    close = abs(float(now.value or 0) - best) <= 0.05 * best if best else False
    ok = pos <= 3 or close
    return _out(c, r, "accurate" if ok else "inaccurate",
                f"{desc}, so it is the {found} {span}; '{c.claimed_text}' is read as among the three "
                f"{'lowest' if low else 'highest'} or within 5% of the record{', as claimed' if ok else ''}.",
                claimed=c.claimed_text, found=found, evidence=ev)


def _standing(c: RecordFrame, r: Resolved, rec: compute.Record,
              scope: list[Fact]) -> tuple[int, list[Fact], str, str, str, list[Any]]:
    """Where the latest figure stands among ``scope``: (position, the periods level with it, the periods beyond it
    said, the span said, the position said ('3rd lowest'), evidence), shared by ranked and near records."""
    now = rec.facts[-1]
    pos, beyond, level = _place(rec, scope)
    span = f"since {r.since.label}" if r.since is not None and not c.on_record else \
        f"on record (the series in the store starts in {rec.facts[0].period.label})"
    desc = (f"{_says(r, rec)}; {len(beyond)} earlier "
            f"{'period was' if len(beyond) == 1 else 'periods were'} {'lower' if rec.direction == 'low' else 'higher'}"
            + (f" ({_labels(beyond)})" if beyond else ""))
    found = f"{pos}{'st' if pos == 1 else 'nd' if pos == 2 else 'rd' if pos == 3 else 'th'} {_word(rec)}"
    return pos, level, desc, span, found, [_ev(now)] + [_ev(f) for f in (beyond + level)[:4]]


def _word(rec: compute.Record, rank: int | None = None) -> str:
    return _ORDW.get(rank or 1, "") + ("lowest" if rec.direction == "low" else "highest")


def _says(r: Resolved, rec: compute.Record) -> str:
    if r.area is None or r.period is None:    # record_verdict() sees to both
        raise InputError("the claim's period or place could not be worked out")
    return f"{rec.facts[-1].measure_label} in {r.area.name}, {r.period.label}: {rec.value:,}"


def _place(rec: compute.Record, scope: list[Fact]) -> tuple[int, list[Fact], list[Fact]]:
    """Position of the latest figure among ``scope`` (1 = the record), the periods beyond it and
    the periods level with it."""
    v = rec.value
    beyond = [f for f in scope if (int(f.value or 0) < v if rec.direction == "low" else int(f.value or 0) > v)]
    level = [f for f in scope if int(f.value or 0) == v]
    return 1 + len(beyond), beyond, level


def _labels(fs: list[Fact], k: int = 3) -> str:
    txt = ", ".join(f"{f.period.label} ({int(f.value or 0):,})" for f in fs[:k])
    return txt + (f" and {len(fs) - k} more" if len(fs) > k else "")


def _window(c: RecordFrame, r: Resolved, rec: compute.Record) -> CheckedClaim:
    """'the lowest level in a decade', 'the highest in five years': the lowest (highest) of the
    periods in the last N years, the claimed one included; 'more than a decade' needs N+1 years,
    'almost a decade' N-1."""
    n = int(c.window_years or 0)
    now = rec.facts[-1]
    monthly_more = c.approx == "more_than" and now.period.grain == "month"
    n = n + 1 if c.approx == "more_than" and not monthly_more else max(1, n - 1) if c.approx == "about" else n
    cutoff = _years_back(now.period.start, n)
    if monthly_more:    # 'the lowest for any month in more than three years': beyond N years by a month at least
        cutoff = date(cutoff.year - (cutoff.month == 1), (cutoff.month - 2) % 12 + 1, 1)
    scope = [f for f in rec.facts[:-1] if f.period.start > cutoff]
    pos, beyond, level = _place(rec, scope)
    want = c.rank or 1
    word = _word(rec, want)
    first = rec.facts[0].period
    short = first.start > _years_back(now.period.start, n - 1)
    years = f"{'more than ' if monthly_more else ''}{n} years " \
            f"({cutoff.year + 1 if now.period.grain == 'year' else cutoff.year}-{now.period.end.year})"
    desc = f"{_says(r, rec)}, {rec.sentence()}"
    ev = [_ev(now)] + [_ev(f) for f in (beyond or level)[:3]]
    found = rec.sentence()
    if pos != want:
        why = (f"{_labels(beyond)} {'was' if len(beyond) == 1 else 'were'} "
               f"{'lower' if rec.direction == 'low' else 'higher'}") if beyond else "it is not that far down the list"
        return _out(c, r, "inaccurate", f"{desc}; not the {word} in {years}: {why}.", claimed=c.claimed_text,
                    found=found, evidence=ev)
    notes = []
    if level:
        notes.append(f"level with {_labels(level)}, so the joint {word}")
    if short:
        notes.append(f"the series in the store starts in {first.label}, so only the years since then can be "
                     f"compared, not the full {n}")
    verdict = "accurate_with_caveat" if notes else "accurate"
    return _out(c, r, verdict, f"{desc}, so the {word} in {years}" + ("; " + "; ".join(notes) if notes else "")
                + ".", claimed=c.claimed_text, found=found, evidence=ev)


def _ranked(c: RecordFrame, r: Resolved, rec: compute.Record) -> CheckedClaim:
    """'the second-highest annual total on record', 'the third-lowest since <year>'."""
    want = c.rank or 1
    earlier = rec.facts[:-1]
    inclusive = c.approx in ("inclusive", "inclusive_or_after")     # 'higher than at any point since <year>': <year> counts too
    scope = earlier if c.on_record or r.since is None else \
        [f for f in earlier if f.period.start > r.since.end or (inclusive and f.period.start >= r.since.start)]
    if r.since is not None and not c.on_record and r.since.start < rec.facts[0].period.start:
        return _out(c, r, "unverifiable", f"{_says(r, rec)}; the series in the store starts in "
                    f"{rec.facts[0].period.label}, after {r.since.label}.", claimed=c.claimed_text)
    pos, level, desc, span, found, ev = _standing(c, r, rec, scope)
    word = _word(rec, want)
    if pos == want and level:
        return _out(c, r, "accurate_with_caveat", f"{desc}, so it is the {word} {span}, level with "
                    f"{_labels(level)}.", claimed=c.claimed_text, found=found, evidence=ev)
    if pos == want:
        return _out(c, r, "accurate", f"{desc}, so it is the {word} {span}.", claimed=c.claimed_text, found=found,
                    evidence=ev)
    if c.approx == "inclusive_or_after" and r.since is not None and not c.on_record:
        # 'than in any year since <year>' is read with <year> included; said of the years after it, it may hold
        after = [f for f in earlier if f.period.start > r.since.end]     # (a year named of months: after its last month)
        pos_after, level_after, _, _, _, _ = _standing(c, r, rec, after)
        if pos_after == want:
            return _out(c, r, "accurate_with_caveat", f"{desc}, so it is the {found} with {r.since.label} counted; "
                        f"of the periods after {r.since.label} it is the {word}"
                        + (f", level with {_labels(level_after)}" if level_after else "") + ".",
                        claimed=c.claimed_text, found=found, evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}, so it is the {found} {span}, not the {word}.",
                claimed=c.claimed_text, found=found, evidence=ev)


def _record(store: StoreLike, c: RecordFrame, r: Resolved, rec: compute.Record, *,
            other_series: bool = False) -> CheckedClaim:
    """'the lowest on record' / 'a record low' / 'the highest since <year>'.  With no figure for the year
    named, the other series of the same thing is tried once (``other_series``: this is that try)."""
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    ev = [_ev(rec.facts[-1])] + [_ev(f) for f in rec.facts[:-1] if r.since and f.period == r.since]
    word = "lowest" if rec.direction == "low" else "highest"
    data_says = f"{rec.facts[-1].measure_label} in {r.area.name}, {r.period.label}: {rec.value}, {rec.sentence()}"
    if (c.on_record or r.since is None) and not other_series and ALTERNATES.get(r.measure or ""):
        # 'the deadliest year since records began': the same thing's other series, when it reaches back further
        longer_m = ALTERNATES[r.measure or ""]
        r2 = replace(r, measure=longer_m)
        try:
            longer = _series(store, r2, c.record or "low")
        except CrimestatsError:
            longer = None
        if longer is not None and longer.facts[-1].period == rec.facts[-1].period \
                and longer.facts[0].period.start < rec.facts[0].period.start:
            r2 = replace(r2, notes=r.notes + [Reason.of(Why.OTHER_SERIES_LONGER, measure=r.measure,
                                                         year=longer.facts[0].period.label,
                                                         other_words=longer_m.replace('_', ' '))])
            return _record(store, c, r2, longer, other_series=True)
    if c.on_record or r.since is None:
        start = rec.facts[0].period.label
        if rec.on_record and not rec.equal_to:
            if len(rec.facts) < _TOO_SHORT:
                return _out(c, r, "unverifiable", f"{data_says}: but the series in the store holds only "
                            f"{len(rec.facts)} {rec.facts[-1].period.grain.replace('_', ' ')}s up to it, too few to "
                            "say whether it is a record; a longer series would answer it.", found=rec.sentence(), evidence=ev)
            if len(rec.facts) < _SHORT:
                return _out(c, r, "accurate_with_caveat", f"{data_says}: but the series in the store holds only "
                            f"{len(rec.facts)} {rec.facts[-1].period.grain.replace('_', ' ')}s, so 'on record' "
                            "says little.", found=rec.sentence(), evidence=ev)
            return _out(c, r, "accurate", f"{data_says}.", found=rec.sentence(), evidence=ev)
        if rec.on_record:
            return _out(c, r, "accurate_with_caveat", f"{data_says}: a joint record, not a clear one.",
                        found=rec.sentence(), evidence=ev)
        return _out(c, r, "inaccurate", f"{data_says}; not the {word} on record (the series in the store starts in "
                    f"{start}).", found=rec.sentence(), evidence=ev)
    y = r.since
    since_val = next((f.value for f in rec.facts if f.period == y), None)
    between = [f for f in rec.facts[:-1] if f.period.start > y.start]
    in_since = [int(f.value) for f in rec.facts[:-1] if y.start <= f.period.start <= y.end and f.value is not None]
    if since_val is None and in_since and rec.facts[-1].period.grain != y.grain:
        # 'the lowest monthly figure since <year>': a month of that year at least as low, none lower after it
        since_val = min(in_since) if rec.direction == "low" else max(in_since)
        between = [f for f in rec.facts[:-1] if f.period.start > y.end]
    cmp = (lambda v: v > rec.value) if rec.direction == "low" else (lambda v: v < rec.value)
    clear_between = all(cmp(int(f.value or 0)) for f in between)
    first = rec.facts[0].period

    def whole_series() -> CheckedClaim:
        """The record of all the series, which starts during <year>: the months of that year before it are unchecked."""
        return _out(c, r, "accurate_with_caveat", f"{data_says}: the {word} of the whole series, which starts "
                    f"in {first.label}, so the part of {y.label} before it cannot be checked.",
                    found=rec.sentence(), evidence=ev)

    ties_between = [f.period.label for f in between if f.value == rec.value]
    if since_val is None:
        alt = ALTERNATES.get(r.measure or "")
        if alt and not other_series:
            r2 = replace(r, measure=alt, notes=r.notes + [Reason.of(Why.OTHER_SERIES_BACK, measure=r.measure,
                                                                    year=y.label, other_words=alt.replace('_', ' '))])
            try:
                return _record(store, c, r2, _series(store, r2, c.record or "low"), other_series=True)
            except CrimestatsError:
                pass
        if clear_between and first.start <= y.end:
            # 'the lowest since (at least) <year>' on a series that starts during <year>: the lowest of all of it
            return whole_series()
        return _out(c, r, "unverifiable", f"{data_says}; the data has no figure for {y.label} (the series in the "
                    f"store starts in {first.label}).", found=rec.sentence(), evidence=ev)
    if c.approx == "at_least":
        # 'the highest since at least <year>': every period from <year> on, that year included, is compared
        if clear_between and cmp(int(since_val or 0)):
            if first.start > y.start:       # the series starts during <year>: its first months cannot be checked
                return whole_series()
            return _out(c, r, "accurate", f"{data_says}: the {word} of every period from {y.label} on ({y.label}: "
                        f"{since_val}).", found=rec.sentence(), evidence=ev)
        if clear_between and since_val == rec.value:
            return _out(c, r, "accurate_with_caveat", f"{data_says}: {y.label} had the same figure ({since_val}), "
                        f"so it is the joint {word} from then on.", found=rec.sentence(), evidence=ev)
        return _out(c, r, "inaccurate", f"{data_says}, not the {word} of the periods from {y.label} on ({y.label}: "
                    f"{since_val}).", found=rec.sentence(), evidence=ev)
    since_ok = (since_val <= rec.value) if rec.direction == "low" else (since_val >= rec.value)
    if clear_between and since_ok and since_val != rec.value:
        return _out(c, r, "accurate", f"{data_says} ({y.label}: {since_val}).", found=rec.sentence(), evidence=ev)
    if clear_between and since_val == rec.value:
        return _out(c, r, "accurate_with_caveat", f"{data_says}: {y.label} had the same figure ({since_val}), "
                    f"so it is the joint {word} since then.", found=rec.sentence(), evidence=ev)
    if ties_between and all(cmp(int(f.value or 0)) or f.value == rec.value for f in between) and since_ok:
        return _out(c, r, "accurate_with_caveat", f"{data_says}: a tie, so not a clear {word} since {y.label}.",
                    found=rec.sentence(), evidence=ev)
    return _out(c, r, "inaccurate", f"{data_says}, not the {word} since {y.label} ({y.label}: {since_val}).",
                found=rec.sentence(), evidence=ev)


def _change_record(c: RecordFrame, r: Resolved, rec: compute.Record) -> CheckedClaim:
    """'the biggest annual fall on record', 'the largest rise since <year>', 'the sharpest drop in a decade':
    the change into the claimed period against every earlier change between consecutive periods,
    in percent and in numbers (the claim's own basis first; the other only as a caveat)."""
    if r.area is None or r.period is None:
        return _unresolved(c, r)
    fs = [f for f in rec.facts if f.value is not None]
    steps = []
    for a, b in pairwise(fs):
        if a.period != b.period.previous() if b.period.grain != "month" else a.period != b.period.shift_months(-1):
            continue     # a gap in coverage: no change between them
        va, vb = float(a.value or 0), float(b.value or 0)
        steps.append((b, vb - va, 100 * (vb - va) / va if va else 0.0, a))
    if not steps or steps[-1][0].period != r.period:
        return _out(c, r, "unverifiable", f"The data has no figure for the period before {r.period.label} "
                    "to measure the change from.", claimed=c.claimed_text)
    down = c.direction == "down"
    word = ("fall" if down else "rise")
    big = c.record != "low"
    now = steps[-1]
    earlier = steps[:-1]
    if c.window_years:
        n = int(c.window_years) + (1 if c.approx == "more_than" else -1 if c.approx == "about" else 0)
        cutoff = _years_back(now[0].period.start, n)
        scope, span = [s for s in earlier if s[0].period.start > cutoff], f"in {n} years"
    elif r.since is not None and not c.on_record:
        scope, span = [s for s in earlier if s[0].period.start > r.since.start], f"since {r.since.label}"
    else:
        scope, span = earlier, f"on record (year-on-year changes since {steps[0][3].period.label})"
    want = c.rank or 1
    results = {}
    for basis, i in (("percent", 2), ("count", 1)):

        def size(s: tuple[Any, ...], i: int = i) -> float:
            return -s[i] if down else s[i]

        mine = size(now)
        same_way = [s for s in scope if size(s) > 0]
        pos = 1 + sum(1 for s in same_way if (size(s) > mine if big else size(s) < mine))
        beyond = [s for s in same_way if (size(s) > mine if big else size(s) < mine)]
        results[basis] = (mine > 0 and pos == want, pos, beyond)
    first = "count" if c.in_numbers else "percent"
    other = "percent" if first == "count" else "count"
    f = now[0]
    desc = (f"{f.measure_label} in {r.area.name}: {int(now[3].value or 0):,} in {now[3].period.label} to "
            f"{int(f.value or 0):,} in {f.period.label}, a {'fall' if now[1] < 0 else 'rise'} of "
            f"{abs(now[1]):,.0f} ({now[2]:+.1f}%)")
    sup = _ORDW.get(want, "") + ("biggest" if big else "smallest")
    ev = [_ev(f), _ev(now[3])] + [_ev(s[0]) for s in results[first][2][:3]]

    def bigger(basis: str) -> str:
        rows = results[basis][2][:3]
        unit = (lambda s: f"{s[2]:+.1f}%") if basis == "percent" else (lambda s: f"{s[1]:+,.0f}")  # noqa: E731
        return ", ".join(f"{s[0].period.label} ({unit(s)})" for s in rows)

    if (now[1] < 0) != down or now[1] == 0:
        return _out(c, r, "inaccurate", f"{desc}: not a {word} at all.", claimed=c.claimed_text, found=round(now[2], 1),
                    unit="percent", evidence=ev)
    if results[first][0]:
        note = "" if results[other][0] else \
            f" (in {'numbers' if other == 'count' else 'percentage terms'} {bigger(other)} {'was' if len(results[other][2]) == 1 else 'were'} bigger)"
        return _out(c, r, "accurate", f"{desc}, the {sup} {word} {span} in "
                    f"{'percentage terms' if first == 'percent' else 'numbers'}{note}.", claimed=c.claimed_text,
                    found=round(now[2], 1), unit="percent", evidence=ev)
    if results[other][0]:
        return _out(c, r, "accurate_with_caveat", f"{desc}: the {sup} {word} {span} in "
                    f"{'numbers' if other == 'count' else 'percentage terms'}, but not in "
                    f"{'percentage terms' if first == 'percent' else 'numbers'} ({bigger(first)}).",
                    claimed=c.claimed_text, found=round(now[2], 1), unit="percent", evidence=ev)
    return _out(c, r, "inaccurate", f"{desc}; not the {sup} {word} {span}: {bigger(first)} "
                f"{'was' if len(results[first][2]) == 1 else 'were'} bigger.", claimed=c.claimed_text,
                found=round(now[2], 1), unit="percent", evidence=ev)
