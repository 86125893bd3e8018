"""Computations on facts: change, record status, equality, share, ratio words, rates.

Each result keeps the Facts it was computed from, so every number stays traceable to its files
and query.  Significance of a change between two counts allows for the series' own
overdispersion (:mod:`crimestats.facts._change_test`, :mod:`crimestats.facts._dispersion`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Mapping

from .._errors import CrimestatsError, InputError, NoDataError
from ..measures._catalogue import Measure, get_measure
from ..measures._periods import Period, range_
from ..measures._places import Area
from ..store._reads import read_one
from ..store._store import StoreLike
from ._change_test import ChangeTest, change_test
from ._dispersion import NOT_ESTIMATED, Dispersion, estimate_dispersion
from ._facts import count
from ._model import Fact, _fact, _provenance_map, as_area, as_period
from ._plan import _choose, _covered, _expected
from ._tables import _grouped, rank

__all__ = ["Change", "Record", "Share", "Equality", "change", "record", "record_of", "share", "equality",
           "ratio_words", "share_words"]



# ----------------------------------------------------------------------------- words
# Ratio bands (new / old): the word for the nearest band, if within the tolerance.
_RATIO_BANDS: tuple[tuple[float, str], ...] = (
    (0.25, "fell by three quarters"), (1 / 3, "fell by two thirds"), (0.5, "halved"),
    (2 / 3, "fell by a third"), (0.75, "fell by a quarter"), (1.0, "was unchanged"),
    (1.25, "rose by a quarter"), (4 / 3, "rose by a third"), (1.5, "rose by half"),
    (2.0, "doubled"), (3.0, "tripled"), (4.0, "quadrupled"),
)
_SHARE_BANDS: tuple[tuple[float, str], ...] = (
    (0.1, "one in ten"), (0.2, "one in five"), (0.25, "a quarter"), (1 / 3, "a third"),
    (0.4, "two in five"), (0.5, "half"), (0.6, "three in five"), (2 / 3, "two thirds"),
    (0.75, "three quarters"), (0.8, "four in five"), (0.9, "nine in ten"),
)


def ratio_words(ratio: float, *, tolerance: float = 0.06) -> str | None:
    """The everyday word for a ratio new/old: 0.5 -> 'halved', 2 -> 'doubled', 2/3 -> 'fell by a third'.

    Bands are compared on a log scale (so 'halved' and 'doubled' are equally wide); the nearest
    band is used if the ratio is within ``tolerance`` (relative, default 6%) of it, else None,
    because a word that overstates the change is worse than no word.
    """
    if ratio is None or ratio <= 0 or math.isnan(ratio):
        return None
    best = min(_RATIO_BANDS, key=lambda b: abs(math.log(ratio / b[0])))
    return best[1] if abs(math.log(ratio / best[0])) <= math.log1p(tolerance) else None


def share_words(share: float, *, tolerance: float = 0.06) -> str | None:
    """The everyday phrase for a share: 0.33 -> 'a third', 0.5 -> 'half' (None if no band is close)."""
    if share is None or share <= 0 or share > 1:
        return None
    best = min(_SHARE_BANDS, key=lambda b: abs(math.log(share / b[0])))
    return best[1] if abs(math.log(share / best[0])) <= math.log1p(tolerance) else None


# ----------------------------------------------------------------------------- change
@dataclass
class Change:
    now: Fact
    then: Fact
    difference: int | float
    pct_change: float | None
    significance: ChangeTest
    ratio: float | None
    ratio_word: str | None

    @property
    def direction(self) -> str:
        return "up" if self.difference > 0 else "down" if self.difference < 0 else "unchanged"

    def sentence(self) -> str:
        if self.pct_change is None:
            return f"{self.now.value} in {self.now.period.label}, against none in {self.then.period.label}"
        if self.difference == 0:
            return f"{self.now.value}, the same as in {self.then.period.label}"
        return (f"{self.now.value}, {abs(round(self.pct_change))}% {self.direction} on "
                f"{self.then.period.label} ({self.then.value})")

    def as_dict(self) -> dict[str, Any]:
        return {"now": self.now.as_dict(), "then": self.then.as_dict(), "difference": self.difference,
                "pct_change": self.pct_change, "ratio": self.ratio, "ratio_word": self.ratio_word,
                "significance": self.significance.as_dict(), "sentence": self.sentence()}


def change(store: StoreLike, *, measure: str | Measure, area: Area | str | None = "London",
           period: Period | str | int, baseline: Period | str | int | None = None,
           source: str | None = None, filters: Mapping[str, str] | None = None,
           allow_partial: bool = False) -> Change:
    """Difference, % change and its test between ``period`` and ``baseline`` (default: the period
    before, of the same length), allowing for the series' usual variation (its dispersion).
    ``allow_partial`` compares partly covered periods (each fact says so), weighting each side by
    the months it covers."""
    p = as_period(period)
    b = as_period(baseline) if baseline is not None else p.previous()
    a = as_area(area, store)
    now = count(store, measure=measure, area=a, period=p, source=source, filters=filters,
                allow_partial=allow_partial)
    then = count(store, measure=measure, area=a, period=b, source=now.source, filters=filters,
                 allow_partial=allow_partial)
    if now.unit != then.unit:
        raise InputError(f"cannot compare {now.unit} with {then.unit}")
    x, y = int(now.value or 0), int(then.value or 0)
    exposure = now.months_expected / then.months_expected if then.months_expected else 1.0
    if now.source == then.source and now.months_expected and then.months_expected:
        exposure = p.n_months / b.n_months
    if (now.partial or then.partial) and now.months_present and then.months_present:
        exposure = now.months_present / then.months_present   # per month (or year) covered
    m = get_measure(measure)
    disp = NOT_ESTIMATED
    if m.kind == "count" and p.grain == b.grain:
        disp = _dispersion_for(store, m, a, b, now.source, filters)
    step = {"year": "year", "financial_year": "year", "month": "month"}.get(p.grain, "period")
    sig = change_test(current=x, previous=y, exposure_ratio=exposure, dispersion=disp,
                      what=m.label[:1].lower() + m.label[1:] if not m.label[:2].isupper() else m.label,
                      where=now.area.name, step=step)
    if m.kind != "count":   # a rate per resident is not a count of events: no count test applies to its change
        sig = replace(sig, method="none", significant=False, p_value=1.0, rate_ratio=None, ci_low=None, ci_high=None)
    # a rate (per 100,000) keeps its decimals: 6.35 against 4.93 is a rise of 28.8%, not 6 against 4
    fx, fy = (float(now.value or 0), float(then.value or 0)) if m.kind != "count" else (float(x), float(y))
    ratio = fx / fy if fy else None
    pct = (fx - fy) / fy * 100 if fy else None
    diff: int | float = x - y if m.kind == "count" else round(fx - fy, 6)
    return Change(now, then, diff, pct, sig, ratio, ratio_words(ratio) if ratio else None)


def _dispersion_for(store: StoreLike, m: Measure, a: Area, baseline: Period, source: str | None,
                    filters: Mapping[str, str] | None) -> Dispersion:
    """The usual variation of the series ending at ``baseline`` (see :mod:`._dispersion`)."""
    try:
        hist = compare_periods(store, measure=m, area=a, period=baseline, filters=filters, source=source)
    except CrimestatsError:
        return NOT_ESTIMATED

    def panel(periods: list[Period]) -> dict[str, dict[str, float]]:
        table: dict[str, dict[str, float]] = {}
        for q in periods:
            try:
                ranked = rank(store, measure=m, period=q, area_type="borough", source=source, filters=filters)
            except CrimestatsError:
                continue
            for area, f in ranked:
                if area.code.startswith("E09") and f.value is not None:
                    table.setdefault(area.code, {})[q.label] = float(f.value)
        return table

    return estimate_dispersion(history=hist, area=a, borough_panel=panel)


@dataclass
class Equality:
    now: Fact
    other: Fact
    equal: bool
    difference: int


def equality(store: StoreLike, *, measure: str | Measure, area: Area | str | None = "London",
             period: Period | str | int, other: Period | str | int,
             filters: Mapping[str, str] | None = None) -> Equality:
    """Is the figure for ``period`` equal to the one for ``other``?"""
    a = as_area(area, store)
    now = count(store, measure=measure, area=a, period=period, filters=filters)
    oth = count(store, measure=measure, area=a, period=other, source=now.source, filters=filters)
    return Equality(now, oth, now.value == oth.value, int((now.value or 0) - (oth.value or 0)))


# ----------------------------------------------------------------------------- record
@dataclass
class Record:
    """Where a figure stands against earlier periods of the same kind.

    ``since`` is the most recent earlier period at or below (``direction='low'``) this value;
    ``tie`` says whether that period's value is equal.  ``strictly_since`` is the most recent
    earlier period strictly below, which is the year in "the lowest since 2014" when there are
    ties in between.  ``on_record`` is True when no earlier period is strictly below (above).
    """

    value: int
    direction: str
    period: Period
    since: Period | None
    tie: bool
    strictly_since: Period | None
    on_record: bool
    series_start: Period
    equal_to: list[Period]
    facts: list[Fact]

    def sentence(self) -> str:
        word = "lowest" if self.direction == "low" else "highest"
        ties = ""
        if self.equal_to:
            ties = " (equal to " + ", ".join(p.label for p in self.equal_to[:3]) + \
                   (" and others" if len(self.equal_to) > 3 else "") + ")"
        if self.strictly_since is None:
            joint = "joint " if self.equal_to else ""
            return (f"the {joint}{word} on record{ties}; the series starts in "
                    f"{self.series_start.label}")
        joint = "joint " if self.tie else ""
        if not self.tie and self.strictly_since == self.period.previous():   # the period before already beat it
            return f"{'above' if self.direction == 'low' else 'below'} {self.strictly_since.label}, the period before"
        if self.since is not None and self.since == self.strictly_since and not self.equal_to:
            return f"the {word} since {self.strictly_since.label}"
        return f"the {joint}{word} since {self.strictly_since.label}{ties}"

    def as_dict(self) -> dict[str, Any]:
        def lab(p: Period | None) -> str | None:
            return p.label if p else None

        return {"value": self.value, "direction": self.direction, "period": self.period.label,
                "since": lab(self.since), "tie": self.tie, "strictly_since": lab(self.strictly_since),
                "on_record": self.on_record, "series_start": self.series_start.label,
                "equal_to": [p.label for p in self.equal_to], "sentence": self.sentence(),
                "series": [{"period": f.period.label, "value": f.value} for f in self.facts]}


def _earlier(p: Period, k: int) -> Period:
    return p.shift_months(-k) if p.grain == "month" else p.shift_years(-k)


def compare_periods(store: StoreLike, *, measure: str | Measure, area: Area | str | None,
                    period: Period, filters: Mapping[str, str] | None = None,
                    source: str | None = None) -> list[Fact]:
    """Facts for ``period`` and every earlier comparable period the data fully covers, oldest first."""
    m = get_measure(measure)
    a = as_area(area, store)
    plan, _ = _choose(store, m, a, period, source=source, vintage="latest", filters=filters)
    sql = "SELECT min(period_start) FROM coverage WHERE source = ? AND level = ? AND grain = ?"
    params: list[Any] = [plan.spec.source, plan.level, plan.spec.grain]
    if plan.scope:
        sql += " AND scope_code = ?"
        params.append(plan.scope)
    first = read_one(store, sql, params)[0]  # type: ignore[index]
    periods = [period]
    k = 1
    while True:
        q = _earlier(period, k)
        if q.end < first:
            break
        periods.append(q)
        k += 1
    periods.reverse()
    span = range_(periods[0].start, periods[-1].end)
    exp_all = _expected(plan.spec, span)
    have = _covered(store, plan, exp_all[0], exp_all[-1], "latest")
    rows = _grouped(store, plan, span.start, span.end, None)
    known = _provenance_map(store, [i for r in rows for i in r[3]])
    out = []
    for q in periods:
        exp = _expected(plan.spec, q)
        hv = {d for d in have if q.start <= d <= q.end}
        if len(hv) < len(exp):
            continue
        in_q = [r for r in rows if q.start <= r[0] <= q.end]
        out.append(_fact(store, plan, q, sum(r[2] for r in in_q), hv,
                         [i for r in in_q for i in r[3]], "latest", known=known))
    return out


def record(store: StoreLike, *, measure: str | Measure, area: Area | str | None = "London",
           period: Period | str | int, direction: str = "low",
           filters: Mapping[str, str] | None = None, source: str | None = None) -> Record:
    """Record status: 'the lowest since 2014', with ties stated, or 'the lowest on record'."""
    if direction not in ("low", "high"):
        raise InputError(f"direction={direction!r}: choose 'low' or 'high'")
    p = as_period(period)
    facts = compare_periods(store, measure=measure, area=area, period=p, filters=filters, source=source)
    if not facts or facts[-1].period != p:
        count(store, measure=measure, area=area, period=p, filters=filters)  # raises the clear error
        raise NoDataError(f"{p.label} is not fully covered for {measure}")
    return record_of(facts, direction=direction)


def record_of(facts: list[Fact], *, direction: str) -> Record:
    """Record status of the last of ``facts`` (oldest first) against the others: the core of
    :func:`record`, also used on a chosen subset ('the highest February on record': Februaries only)."""
    p = facts[-1].period
    v = int(facts[-1].value or 0)
    def at(x: int) -> bool:
        return x <= v if direction == "low" else x >= v

    def strict(x: int) -> bool:
        return x < v if direction == "low" else x > v

    earlier = facts[:-1]
    since = next((f.period for f in reversed(earlier) if at(int(f.value or 0))), None)
    strictly = next((f.period for f in reversed(earlier) if strict(int(f.value or 0))), None)
    tie = since is not None and any(f.period == since and f.value == v for f in earlier)
    cutoff = strictly.start if strictly else facts[0].period.start
    equal_to = [f.period for f in reversed(earlier) if f.value == v and f.period.start > cutoff] if strictly \
        else [f.period for f in reversed(earlier) if f.value == v]
    return Record(v, direction, p, since, tie, strictly, strictly is None, facts[0].period,
                  equal_to, facts)


# ----------------------------------------------------------------------------- share
@dataclass
class Share:
    part: Fact
    whole: Fact
    share: float | None

    @property
    def words(self) -> str | None:
        return share_words(self.share) if self.share is not None else None


def share(store: StoreLike, *, measure: str | Measure, area: Area | str | None = "London",
          period: Period | str | int, part: Mapping[str, str]) -> Share:
    """``part`` (a sub-measure {'measure': name} and/or column filters) as a share of ``measure``."""
    part = dict(part)
    pm = part.pop("measure", None)
    whole = count(store, measure=measure, area=area, period=period)
    pf = count(store, measure=pm or measure, area=area, period=period, source=whole.source,
               filters=part or None)
    if pf.unit != whole.unit:
        raise InputError(f"share: part is in {pf.unit}, whole in {whole.unit}")
    return Share(pf, whole, (pf.value or 0) / whole.value if whole.value else None)


