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
    by: Optional[str] = typer.Option(None, "--by", help="lad | csp: local authority or CSP figures from LSOA rows."),
    force: Optional[str] = typer.Option(None, "--force", help="With --by: only this force's area (e.g. merseyside)."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table | csv | json"),
    db: Optional[Path] = DbOption,
) -> None:
    """Force league table from data.police.uk street files: counts, coverage, rates and ranks.

    Example: crimestats league --measure burglary --period '12 months to November 2022'
    Example: crimestats league --measure burglary --period 2022-01..2022-11 --by lad --force merseyside
    """
    from ..facts._league import force_league

    if by is not None:
        _local(measure=measure, period=period, by=by, force=force, fmt=fmt, db=db)
        return

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


def _local(*, measure: str, period: str, by: str, force: str | None, fmt: Format, db: Path | None) -> None:
    from ..facts._local import local_figures

    if by not in ("lad", "csp"):
        raise fail(CrimestatsError(f"--by {by!r}: choose lad or csp"), 2)
    store = open_store(db, read_only=True)
    try:
        t = local_figures(store, measure=measure, period=period, level=by, force=force)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    rows = [{"code": r.code, "name": r.name, "force": r.force, "count": r.count, "other_forces": r.other_forces,
             "coverage": f"{r.months_present}/{r.months_expected}"} for r in t.rows]
    emit(rows, fmt, title=f"{t.measure}, {t.period}, by {by} (crimes the area's own force recorded in its LSOAs)")
    if fmt == Format.table:
        console.print("other_forces: crimes other forces (BTP, a neighbour) recorded there, not added in; a count "
                      "is blank when the force lacks a month.", highlight=False)
        if t.unmatched:
            console.print("LSOA names matching no local authority of the lookup (districts merged or renamed "
                          "since 2011): " + ", ".join(f"{k} ({v})" for k, v in sorted(t.unmatched.items())),
                          highlight=False)
