"""What every verdict is built from: the outcome record, its evidence, and the per-check memo.

``_out`` makes a ``CheckedClaim`` (adding the resolver's notes), ``_ev`` turns a fact into evidence with
runnable SQL, ``_fmt``/``_label``/``_release`` word figures, measures and releases; ``memo_scope`` keeps
one check from asking the store for the same figure twice.  The as-of date (which release was out by
then) comes with the resolved claim (``Resolved.as_of``).
Kept apart from ``_verdict`` (the dispatch) so each claim-kind module can use these without a cycle.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from typing import Any, Callable, Iterator

from ..._errors import CrimestatsError, InputError
from ...facts import _compute as compute
from ...facts import _facts as facts
from ...facts._facts import Fact
from ...measures._catalogue import get_measure
from ...measures._measure import StandIn
from ...measures._periods import Period, calendar_year, financial_year, last_complete_month, range_
from ...store._lookups import releases
from ...store._store import StoreLike
from .._frames import CountFrame, Frame
from .._model import CheckedClaim, ClaimKind, Evidence, frame_kind
from .._reasons import Reason, Why, render
from ..resolve._resolve import ALTERNATES, Resolved

__all__ = ["inline_sql", "memo_scope"]
# One check asks for the same figure several times (a claim, its alternate series, the next
# claim's baseline; the opinion context for every opinion).  Memoise within one check only, so
# a store that changes between checks is always read afresh.
_MEMO: ContextVar[dict[Any, Any] | None] = ContextVar("claims_memo", default=None)


@contextmanager
def memo_scope() -> Iterator[None]:
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def _memo(key: Any, fn: Callable[[], Any]) -> Any:
    cache = _MEMO.get()
    if cache is None:
        return fn()
    if key not in cache:
        try:
            cache[key] = ("ok", fn())
        except CrimestatsError as exc:
            cache[key] = ("err", exc)
    kind, val = cache[key]
    if kind == "err":
        raise val
    return val


def _vintage_order(store: StoreLike, source: str | None, as_of: date | None) -> list[tuple[str, date]]:
    """The source's releases (vintage, date) the as-of reader would reach first: the newest
    published on or before the as-of date, then older ones, then later ones oldest first."""
    rows = _memo(("vintages_of", source), lambda: [(rel.vintage, rel.published)
                                                   for rel in releases(store, source=source or "")])
    if as_of is None:
        return list(reversed(rows))
    before = [r for r in rows if r[1] <= as_of]
    return list(reversed(before)) + [r for r in rows if r[1] > as_of]


def _when_published(store: StoreLike, source: str | None, vintage: str, as_of: date | None) -> str:
    """' (published by the as-of date)' or ' (published after YYYY-MM-DD)' for a release."""
    d = next((vd for v, vd in _vintage_order(store, source, as_of) if v == vintage), None)
    if as_of is None or d is None:
        return ""
    return f" (available on {as_of})" if d <= as_of else f" (published after {as_of})"


def _count_fact(store: StoreLike, *, measure: Any, area: Any, period: Any, vintage: str = "latest") -> Fact:
    return _memo(("count", measure, area, period, vintage),
                 lambda: facts.count(store, measure=measure, area=area, period=period, vintage=vintage))


def inline_sql(sql: str, params: list[Any]) -> str:
    """The SQL with its parameters written in, so a reader can run it as shown."""
    out, it = [], iter(params)
    for part in sql.split("?")[:-1]:
        out.append(part)
        v = next(it, None)
        if isinstance(v, (int, float)):
            out.append(str(v))
        elif v is None:
            out.append("NULL")
        else:
            out.append("'" + str(v).replace("'", "''") + "'" + ("::DATE" if isinstance(v, date) else ""))
    out.append(sql.split("?")[-1])
    return "".join(out)


def _ev(f: Fact, label: str | None = None) -> Evidence:
    files = ", ".join(sorted({str(p["file"]) for p in f.provenance})) or (f.source or "")
    src = f"{f.source}: {files}" if f.source else files
    return Evidence(src, f.vintage, f.value, inline_sql(f.sql, list(f.params)),
                    label or f"{f.measure_label}, {f.area.name}, {f.period.label}")


def _fmt(v: Any) -> str:
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.2f}"
    return f"{int(v):,}" if v is not None else "none"


def _label(f: Fact) -> str:
    """'robbery offences', 'gun homicide victims': the measure with its unit when the label lacks it."""
    lab = f.measure_label.lower()
    lab = lab.replace("(recorded crime, hocr)", "(recorded crime, HOCR)")
    return lab if f.unit.split()[0] in lab else f"{lab} {f.unit}"


def _release(g: Fact) -> str:
    v = g.vintage or "an earlier"
    return f"the {v[len('earlier releases: '):]} releases combined" if v.startswith("earlier releases: ") \
        else f"the {v} release"


def _out(f: Frame, r: Resolved, verdict: str, explanation: str, *, claimed: Any = None, found: Any = None,
         unit: str | None = None, evidence: list[Evidence] | None = None, no_data: bool = False) -> CheckedClaim:
    """The checked claim: the verdict, its explanation (with the resolver's notes rendered, except for
    a workforce figure), and the extracted claim the frame came from."""
    c = f.origin    # the one reader of the extracted claim: the result reports it
    if r.notes and verdict != "opinion" and frame_kind(c) is not ClaimKind.WORKFORCE:
        explanation = explanation.rstrip(".") + " (" + render(r.notes) + ")."
    return CheckedClaim(c, r.measure, r.area.name if r.area else None, r.period.label if r.period else None,
                        claimed if claimed is not None else (c.value if c.value is not None else c.claimed_text),
                        found, unit, verdict, explanation, evidence or [],
                        area_code=r.area.code if r.area else None, no_data=no_data)


def _checked(f: Frame, **fields: Any) -> CheckedClaim:
    """A checked claim built as given (no notes added): the extracted claim the frame came from, with ``fields``."""
    return CheckedClaim(f.origin, **fields)


def _unresolved(c: Frame, r: Resolved) -> CheckedClaim:
    """No period or place for the claim.  ``judge`` answers this before it picks a verdict function; those
    functions check again only so the type checker knows the fields are set past that point."""
    return _out(c, r, "unverifiable", "The claim's period or place could not be worked out.")


def stand_in(measure: str | None, kind: str) -> StandIn | None:
    """The measure's stand-in of ``kind`` ('police_flag', 'age_band'), if it answers for a figure the data lacks."""
    try:
        found = get_measure(measure or "").stand_in
    except CrimestatsError:
        return None
    return found if found is not None and found.kind == kind else None


def _definition_note(f: Fact) -> str:
    """Say when the source's definition may explain a gap (e.g. the Met's own knife/gun-enabled flags)."""
    if stand_in(f.measure, "police_flag") is not None:
        return ("; the Met's own 'knife-enabled'/'gun-enabled' flags are defined differently from the "
                "recorded method of killing used here, which may explain the gap")
    return ""


def _near(c: CountFrame, found: Any) -> bool:
    """Within a few of the claimed count (the size of gap a definition can make)."""
    if c.value is None or not isinstance(found, (int, float)):
        return False
    return abs(c.value - found) <= max(2.0, 0.2 * found)


def _flag_not_in_data(r: Resolved, f: Fact, *, close: bool) -> str | None:
    """A claim about a police flag the open data lacks ('gun-enabled') judged against the nearest
    open series (method of killing): unverifiable when the two are close, since the difference may
    be the definition; None (so: inaccurate) when even the nearest series is far off."""
    if not r.flag_words or stand_in(f.measure, "police_flag") is None or not close:
        return None
    return f"the Met's '{r.flag_words.lower()}' flag is not in the open data"


def _alias_note(r: Resolved) -> str | None:
    return r.area.note if r.area is not None and r.area.alias else None


def _alternate(store: StoreLike, r: Resolved, fn: Any) -> tuple[str, Any] | None:
    alt = ALTERNATES.get(r.measure or "")
    if not alt:
        return None
    try:
        return alt, fn(alt)
    except CrimestatsError:
        return None


def change_of(store: StoreLike, r: Resolved, measure: str | None = None) -> compute.Change:
    """The claim's change (of ``measure`` instead of its own, if given), memoised per check."""
    m, period = measure or r.measure, r.period
    if m is None or period is None:    # judge() sees to both before it asks for a change
        raise InputError("the claim's measure or period could not be worked out")
    return _memo(("change", m, r.area, period, r.baseline),
                 lambda: compute.change(store, measure=m, area=r.area, period=period, baseline=r.baseline))


def older_financial_years(as_of: date, *, back: range = range(2, 12)) -> list[Period]:
    """Financial years before the last two complete at ``as_of``, latest first: where force series that end early
    (the ONS knife tables) are still found when no period is named."""
    fy0 = as_of.year - 1 if as_of.month >= 4 else as_of.year - 2
    return [financial_year(fy0 - k) for k in back]


def fallback_periods(r: Resolved, as_of: date) -> list[Period]:
    """When no period is named: the last calendar year, then the last financial year, then the
    years before, so a figure published for the latest year with data is still found."""
    if not r.period_assumed or r.period is None:
        return [r.period] if r.period is not None else []
    y = as_of.year
    fy = y - 1 if as_of.month >= 4 else y - 2
    out = [calendar_year(y - 1), financial_year(fy), calendar_year(y - 2), financial_year(fy - 1),
           calendar_year(y - 3)]
    last = last_complete_month(as_of)
    if last.year == y and last.month >= 6:
        # late in a year whose data began this year (a force's street files): the year so far, after the last
        # calendar year and before anything older
        out.insert(1, range_(date(y, 1, 1), last))
    return out


def _with_period(r: Resolved, p: Period) -> Resolved:
    if p == r.period:
        return r
    notes = [n for n in r.notes if n.why is not Why.PERIOD_ASSUMED]
    notes.append(Reason.of(Why.LATEST_PERIOD_USED, period=p.label))
    return replace(r, period=p, notes=notes)
