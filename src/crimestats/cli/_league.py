"""`crimestats league`: every police force ranked on a data.police.uk measure, per 1,000 residents."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .._errors import CrimestatsError
from ._app import DbOption, Format, app, console, emit, fail, open_store


@app.command("league")
def league_cmd(
    measure: str = typer.Option(..., "--measure", "-m", help="A police.uk crime type: burglary, robbery, asb, ..."),
    period: str = typer.Option(..., "--period", "-p", help="2022, '12 months to November 2022', 2022-01..2022-06 ..."),
    per: int = typer.Option(1000, "--per", help="Rate per this many residents."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | csv | json"),
    db: Optional[Path] = DbOption,
) -> None:
    """Force league table from data.police.uk street files: counts, coverage, rates and ranks.

    Example: crimestats league --measure burglary --period '12 months to November 2022'
    """
    from ..measures._league import force_league

    store = open_store(db, read_only=True)
    try:
        lg = force_league(store, measure=measure, period=period, per=per)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    rows = [{"rank": r.rank, "force": r.force, "name": r.name, "count": r.count,
             "coverage": f"{r.months_present}/{r.months_expected}",
             f"per_{per}": None if r.rate is None else round(r.rate, 3),
             "population": None if r.population is None else int(r.population),
             "population_year": r.population_year, "notes": "; ".join(r.notes)} for r in lg.rows]
    if fmt == Format.json:
        sys.stdout.write(json.dumps({"measure": lg.measure, "period": lg.period, "per": per, "rows": rows,
                                     "caveats": lg.caveats, "sql": lg.sql}, indent=2, default=str) + "\n")
        return
    if fmt == Format.csv:
        emit(rows, fmt)
        return
    emit(rows, fmt, title=f"{lg.measure_label}, {lg.period}: forces by rate per {per:,} residents",
         columns=["rank", "name", "count", "coverage", f"per_{per}", "population_year"])
    for r in lg.rows:
        for n in r.notes:
            console.print(f"{r.name}: {n}", highlight=False)
    for c in lg.caveats:
        console.print(f"note: {c}", highlight=False)
