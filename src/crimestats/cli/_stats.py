"""`crimestats stats` and `crimestats headline`: figures from the measure catalogue."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from .._errors import CrimestatsError, Hint
from ..measures._periods import parse_as_of, parse_period
from ._app import DbOption, Format, app, console, emit, fail, open_store


def _row(f) -> dict:
    return {"measure": f.measure, "area": f.area.name, "period": f.period.label,
            **{k: v for k, v in f.filters.items() if k not in ("method",) or True},
            "value": round(f.value, 3) if isinstance(f.value, float) else f.value, "unit": f.unit,
            "source": f.source, "vintage": f.vintage,
            "coverage": f"{f.months_present}/{f.months_expected}", "partial": f.partial}


_TABLE_COLUMNS = ["period", "value", "unit", "coverage", "vintage"]


def _table(facts: list, fmt: Format, *, title: str, lead: list[str] | None = None) -> None:
    """Facts as a narrow table (what, where and which source said once, above it) or full CSV/JSON rows."""
    rows = [_row(f) for f in facts]
    if fmt != Format.table:
        emit(rows, fmt)
        return
    extra = [k for k in (lead or []) if k not in _TABLE_COLUMNS]
    emit(rows, fmt, title=title, columns=extra + _TABLE_COLUMNS)
    if facts:
        f = facts[0]
        sources = sorted({x.source for x in facts})
        console.print(f"{f.measure_label}, {f.area.name}; source {', '.join(sources)}.", highlight=False)
        seen: set[str] = set()
        for x in facts:
            for c in x.caveats:
                if c not in seen:
                    seen.add(c)
                    console.print(f"note: {c}", highlight=False)


@app.command("stats")
def stats_cmd(
    measure: Optional[str] = typer.Option(None, "--measure", "-m", help="Measure name or word, e.g. homicide, mugging."),
    area: str = typer.Option("London", "--area", "-a", help="London, a borough, a place (Ilford), ward/LSOA code, or a country."),
    period: Optional[str] = typer.Option(None, "--period", "-p", "--year", "-y", help="2022, 2021/22, 2023-03, 'Q1 2023', '12 months to March 2023', 'since November' (with --as-of)..."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date (YYYY-MM-DD) a relative period ('since November', 'last year') is counted from; it ends at the last complete month before it."),
    series_: Optional[str] = typer.Option(None, "--series", help="START..END, e.g. 2003..2022 (one row per --grain period)."),
    grain: str = typer.Option("year", "--grain", help="year | financial_year | month (for --series)."),
    by: Optional[str] = typer.Option(None, "--by", help="Break down by a dimension: method, age_group, borough, month, ..."),
    compare: Optional[str] = typer.Option(None, "--compare", help="Compare with this period ('previous' = the one before)."),
    rank_: bool = typer.Option(False, "--rank", help="Rank boroughs by the figure."),
    rate_: bool = typer.Option(False, "--rate", help="Per 100,000 residents (with --rank: rank boroughs by rate)."),
    allow_partial: bool = typer.Option(False, "--allow-partial", help="Sum a partly covered period anyway (flagged)."),
    list_: bool = typer.Option(False, "--list", help="List every measure in the catalogue."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | csv | json"),
    db: Optional[Path] = DbOption,
) -> None:
    """Compute a figure: measure x area x period, with breakdowns, series and comparisons.

    Example: crimestats stats --measure homicide --area London --period 2022 --compare previous
    """
    from ..facts import _compute, _facts
    from ..measures._catalogue import CATALOGUE

    if list_:
        emit([{"measure": m.name, "label": m.label, "unit": m.unit,
               "sources": ", ".join(s.source for s in m.sources) or ("computed" if m.kind == "rate" else ""),
               "words": ", ".join(m.words[:4])} for m in CATALOGUE.values()], fmt, title="Measures")
        return
    if measure is None:
        raise fail(CrimestatsError("give a measure (see --list)", hints=[Hint("measure", "homicide")]), 2)
    store = open_store(db, read_only=True)
    try:
        when = parse_as_of(as_of)
        if series_:
            if ".." not in series_:
                raise fail(CrimestatsError(f"--series {series_!r}: expected START..END, e.g. 2003..2022"), 2)
            a, b = series_.split("..", 1)
            facts = _facts.series(store, measure=measure, area=area, start=a, end=b, grain=grain)
            _table(facts, fmt, title=f"{measure}, {area}")
            if fmt == Format.table:
                from ..facts._significance import trend_test

                known = [(f.period.label, float(f.value)) for f in facts if f.value is not None and not f.partial]
                trend = trend_test(values=[v for _, v in known],
                                   labels=[label for label, _ in known],
                                   step={"financial_year": "year"}.get(grain, grain))
                console.print(f"trend: {trend.sentence}", highlight=False)
            return
        if period is None:
            raise fail(CrimestatsError("give a period, or a series of periods",
                                       hints=[Hint("period", "2022"), Hint("series", "2003..2022")]), 2)
        period_ = parse_period(period, as_of=when)
        if rate_:
            from ..facts._rates import rate

            areas: list[Any] = ([a for a, _ in _facts.rank(store, measure=measure, period=period_,
                                                           allow_partial=allow_partial)]
                                if rank_ else [area])
            rates, no_rate = [], []
            for a in areas:
                try:
                    rates.append(rate(store, measure=measure, area=a, period=period_))
                except CrimestatsError as exc:
                    if not rank_:
                        raise
                    no_rate.append(f"{getattr(a, 'name', a)} ({exc})")   # e.g. 'Unknown': no residents to divide by
            rows = [{"area": r.count.area.name, "period": r.count.period.label,
                     "rate": round(r.value, 2), "per": f"{r.per:,} residents", "count": r.count.value,
                     "population": round(r.population), "population_kind": r.population_kind,
                     "population_year": r.population_year, "source": r.count.source}
                    for r in sorted(rates, key=lambda r: -r.value)]
            if rank_:
                rows = [{"rank": i, **row} for i, row in enumerate(rows, 1)]
            emit(rows, fmt, title=f"{measure} per 100,000 residents")
            if no_rate and fmt == Format.table:
                console.print("no rate for: " + "; ".join(no_rate), highlight=False, markup=False)
            return
        if rank_:
            ranked = _facts.rank(store, measure=measure, period=period_, allow_partial=allow_partial)
            emit([{"rank": i, **_row(f)} for i, (_, f) in enumerate(ranked, 1)], fmt, title=f"{measure} by borough")
            return
        if by:
            facts = _facts.breakdown(store, measure=measure, area=area, period=period_, by=by,
                                     allow_partial=allow_partial)
            rows = [{by: f.filters.get(by, f.area.name if by in ("borough", "area") else f.period.label), **_row(f)}
                    for f in facts]
            emit(rows, fmt, title=f"{measure} by {by}")
            return
        if compare:
            ch = _compute.change(store, measure=measure, area=area, period=period_,
                                 baseline=None if compare == "previous" else parse_period(compare, as_of=when),
                                 allow_partial=allow_partial)
            if fmt == Format.json:
                sys.stdout.write(json.dumps(ch.as_dict(), indent=2, default=str) + "\n")
                return
            _table([ch.now, ch.then], fmt, title=ch.sentence())
            if fmt == Format.table:
                from ..facts._change_words import capitalise

                console.print(capitalise(ch.significance.sentence) + ".", highlight=False)
            return
        f = _facts.count(store, measure=measure, area=area, period=period_, allow_partial=allow_partial)
        if fmt == Format.json:
            sys.stdout.write(json.dumps(f.as_dict(), indent=2, default=str) + "\n")
            return
        _table([f], fmt, title=f.measure_label)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()


class HeadlineFormat(str, Enum):
    text = "text"
    json = "json"


@app.command("headline")
def headline_cmd(
    measure: str = typer.Option("homicide", "--measure", "-m", help="Measure (homicide adds weapons and rates)."),
    area: str = typer.Option("London", "--area", "-a", help="Area name."),
    period: str = typer.Option(..., "--period", "-p", "--year", "-y", help="A calendar year: 2022, or 'last year' with --as-of."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date (YYYY-MM-DD) 'last year' is counted from."),
    explain: bool = typer.Option(False, "--explain", help="List every figure with its source file, vintage and SQL."),
    fmt: HeadlineFormat = typer.Option(HeadlineFormat.text, "--format", "-f", help="text | json"),
    db: Optional[Path] = DbOption,
) -> None:
    """Write a press-release paragraph of headline figures, every number from the data.

    Example: crimestats headline --measure homicide --area London --year 2022 --explain
    """
    from ..facts._headline import headline

    store = open_store(db, read_only=True)
    try:
        p = parse_period(period, as_of=parse_as_of(as_of))
        if not (p.grain == "year" and p.is_calendar_year):
            raise CrimestatsError(f"period {period!r} is {p.label}; a headline is for one calendar year",
                                  hints=[Hint("period", str(p.end.year))])
        h = headline(store, measure=measure, area=area, year=p.year)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    if fmt == HeadlineFormat.json:
        sys.stdout.write(json.dumps(h.as_dict(), indent=2, default=str) + "\n")
        return
    sys.stdout.write(h.text + "\n")
    if explain:
        sys.stdout.write("\n" + h.explain() + "\n")
