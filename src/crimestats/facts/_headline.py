"""The press-release writer: a short paragraph of headline figures, every number from a Fact.

``headline(store, measure='homicide', area='London', year=2022)`` writes, in the style of a police
press release: the total and its change on the previous year with the significance in plain
words; for homicide, the victims by weapon (knife, gun) with change and record status; the rate
per 100,000 and how it compares with England & Wales and other countries.  Each sentence is built
from :class:`Figure` objects that keep their Facts, so ``Headline.explain()`` can list every
number with its source file, vintage and SQL.  A sentence whose data is missing is left out and
the reason is kept in ``Headline.omitted``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .._errors import NoDataError, PartialPeriodError
from ..measures._catalogue import get_measure
from ..measures._periods import Period, calendar_year
from ..measures._places import Area
from ..store._store import StoreLike
from ._change_words import change_words
from ._compute import Change, change, record
from ._facts import Fact, as_area, count
from ._rates import international_rates

__all__ = ["Figure", "Headline", "headline"]


@dataclass
class Figure:
    """One number as printed, with how it was derived and the facts behind it."""

    text: str
    what: str
    derivation: str = ""
    facts: list[Fact] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)   # published rates used (no Fact)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "what": self.what, "derivation": self.derivation,
                "facts": [f.as_dict() for f in self.facts],
                "published_rates": [{k: r[k] for k in ("area_name", "year", "value", "file", "sha256",
                                                      "vintage", "sql", "params")} for r in self.rows]}


@dataclass
class Headline:
    text: str
    figures: list[Figure]
    omitted: list[str]

    def explain(self) -> str:
        lines = []
        for i, fig in enumerate(self.figures, 1):
            lines.append(f"[{i}] {fig.text}: {fig.what}")
            if fig.derivation:
                lines.append(f"    derived: {fig.derivation}")
            for f in fig.facts:
                files = ", ".join(f"{p['file']} (sha256 {p['sha256'][:12]}, vintage {p['vintage']})"
                                  for p in f.provenance)
                lines.append(f"    {f.measure} = {_fmt_value(f.value)} {f.unit}, {f.area.name}, "
                             f"{f.period.label}; source {f.source}: {files}")
                lines.append(f"    SQL: {f.sql}")
                lines.append(f"    params: {[str(p) for p in f.params]}")
            for r in fig.rows:
                lines.append(f"    {r['area_name']} {r['year']}: {r['value']:.2f} per {r['per']:,} "
                             f"({r['basis']}); file {r['file']} (sha256 {r['sha256'][:12]}, vintage {r['vintage']})")
                lines.append(f"    SQL: {r['sql']}")
                lines.append(f"    params: {[str(p) for p in r['params']]}")
        if self.omitted:
            lines.append("Left out (no data): " + "; ".join(self.omitted))
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "figures": [f.as_dict() for f in self.figures],
                "omitted": self.omitted}


def _counted_noun(label: str, unit: str) -> str:
    """'Robbery', offences -> 'robbery offences'; 'Knife crime offences' stays as it is."""
    low = label.lower()
    return low if low.endswith(unit.lower()) or not unit else f"{low} {unit.lower()}"


def _fmt_value(v: float | int | None) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float) and not v.is_integer():
        return f"{v:.2f}"
    return f"{int(v):,}"


def _variation_words(ch: Change) -> str:
    """' That is a 16% rise; changes this size are common for ... (p = 0.52).' (the shared wording)."""
    if ch.difference == 0:
        return ""
    return f" That is {change_words(ch.significance)}."


def _change_clause(ch: Change, figs: list[Figure]) -> str:
    prev = ch.then.period.label
    if ch.difference == 0:
        figs.append(Figure(f"{_fmt_value(ch.then.value)}", f"the same figure in {prev}", facts=[ch.then]))
        return f"the same as in {prev}"
    pct = abs(round(ch.pct_change or 0))
    figs.append(Figure(f"{pct}%", f"change {ch.now.period.label} on {prev}",
                       f"({ch.now.value} - {ch.then.value}) / {ch.then.value} = {ch.pct_change:+.1f}%; "
                       f"{ch.significance.sentence} [{ch.significance.method_label}]",
                       [ch.now, ch.then]))
    figs.append(Figure(f"{_fmt_value(ch.then.value)}", f"the figure in {prev}", facts=[ch.then]))
    return f"{pct}% {'down' if ch.difference < 0 else 'up'} on {prev} ({_fmt_value(ch.then.value)})"


def headline(store: StoreLike, *, measure: str = "homicide", area: Area | str = "London",
             year: int) -> Headline:
    """A press-release paragraph for ``measure`` in ``area`` in calendar ``year``."""
    m = get_measure(measure)
    a = as_area(area, store)
    p = calendar_year(year)
    figs: list[Figure] = []
    omitted: list[str] = []
    parts: list[str] = []

    ch: Change | None
    try:
        ch = change(store, measure=m, area=a, period=p)
        now = ch.now
    except PartialPeriodError as exc:
        # the year before is only partly covered: give the year's figure without a comparison
        now = count(store, measure=m, area=a, period=p)
        ch = None
        omitted.append(f"change on {p.previous().label}: {exc}")
    figs.append(Figure(_fmt_value(now.value), f"{m.label}, {a.name}, {p.label}", facts=[now]))
    what = ("homicides recorded under Home Office Counting Rules (HOCR)" if m.name == "homicide"
            else f"{_counted_noun(m.label, now.unit)} recorded")
    where = "in London" if a.code == "metropolitan" else f"in {a.name}"
    if a.alias:
        where = f"in {a.name} (which includes {a.alias})"
    if ch is None:
        parts.append(f"The total number of {what} {where} in {year} was {_fmt_value(now.value)} "
                     f"(no comparison with {p.previous().label}: the data for it is incomplete).")
    else:
        parts.append(f"The total number of {what} {where} in {year} was {_fmt_value(now.value)}, "
                     f"{_change_clause(ch, figs)}.{_variation_words(ch)}")
    try:
        rec = record(store, measure=m, area=a, period=p)
        if rec.strictly_since is not None and rec.since is not None and (p.start.year - rec.strictly_since.start.year) >= 3:
            parts.append(f"It is {rec.sentence()}.")
            lower = next(f for f in rec.facts if f.period == rec.strictly_since)
            figs.append(Figure(rec.strictly_since.label, f"record status of {p.label}",
                               f"most recent earlier year with a lower figure ({_fmt_value(lower.value)}); "
                               "every year after it was higher", [lower]))
    except NoDataError as exc:
        omitted.append(f"record status: {exc}")

    if m.name in ("homicide", "homicide_victims"):
        _weapons(store, a, p, parts, figs, omitted)
        _rates(store, a, p, parts, figs, omitted)
    return Headline(" ".join(parts), figs, omitted)


def _weapons(store: StoreLike, a: Area, p: Period, parts: list[str], figs: list[Figure], omitted: list[str]) -> None:
    try:
        vch = change(store, measure="homicide_victims", area=a, period=p)
    except NoDataError as exc:
        omitted.append(f"homicide victims: {exc}")
        return
    figs.append(Figure(_fmt_value(vch.now.value), f"homicide victims, {a.name}, {p.label}", facts=[vch.now]))
    parts.append(f"The Met's homicide victims data counts {_fmt_value(vch.now.value)} victims in "
                 f"{p.label}, {_change_clause(vch, figs)}.")
    for name, verb in (("gun_homicide_victims", "were killed by shooting"),
                       ("knife_homicide_victims", "were killed with a knife or sharp implement")):
        try:
            wch = change(store, measure=name, area=a, period=p)
            rec = record(store, measure=name, area=a, period=p)
        except NoDataError as exc:
            omitted.append(f"{name}: {exc}")
            continue
        figs.append(Figure(_fmt_value(wch.now.value), f"{get_measure(name).label}, {a.name}, {p.label}",
                           facts=[wch.now]))
        s = f"{_fmt_value(wch.now.value)} victims {verb} in {p.label}, {_change_clause(wch, figs)}"
        if rec.strictly_since is not None or rec.on_record:
            s += f", {rec.sentence()}"
            for q in [rec.strictly_since] + rec.equal_to[:3]:
                if q is not None:
                    f = next(f for f in rec.facts if f.period == q)
                    figs.append(Figure(q.label, f"{name} in {q.label} was {_fmt_value(f.value)} "
                                       f"(record comparison)", facts=[f]))
            if rec.on_record:
                figs.append(Figure(rec.series_start.label, "first year of the series",
                                   facts=[rec.facts[0]]))
        parts.append(s + ".")


def _rates(store: StoreLike, a: Area, p: Period, parts: list[str], figs: list[Figure], omitted: list[str]) -> None:
    try:
        rf = count(store, measure="homicide_rate", area=a, period=p)
    except NoDataError as exc:
        omitted.append(f"homicide rate: {exc}")
        return
    pop_note = next((c for c in rf.caveats if c.startswith("Population:")), "")
    kind = "projection" if "projection" in pop_note else "estimate"
    figs.append(Figure(f"{rf.value:.2f}", f"homicide victims per 100,000 residents, {a.name}, {p.label}",
                       pop_note, [rf]))
    s = (f"That is {rf.value:.2f} homicide victims per 100,000 residents (population: {kind} for "
         f"{p.label})")
    rows = international_rates(store, year=p.start.year)
    if rows:
        bits = []
        for r in rows:
            yr = f" in {r['year']}" if r["year"] != p.start.year else ""
            bits.append(f"{r['value']:.2f} in {r['area_name']}{yr}")
            figs.append(Figure(f"{r['value']:.2f}", f"published homicide rate, {r['area_name']}, {r['year']}",
                               f"latest year at or before {p.start.year} in {r['source']}", rows=[r]))
            if r["year"] != p.start.year:
                figs.append(Figure(str(r["year"]), f"year of the latest published rate for {r['area_name']}",
                                   rows=[r]))
        s += ", against " + ", ".join(bits[:-1]) + (" and " if len(bits) > 1 else "") + bits[-1]
        s += " (UNODC rates per 100,000 via Our World in Data)"
    else:
        omitted.append("international comparison: no published rates in the store")
    parts.append(s + ".")
