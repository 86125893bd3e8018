"""`crimestats hotspots`: where crime concentrates, with Gi* and adjusted p-values."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from .._errors import CrimestatsError
from ._app import DbOption, Format, app, console, emit, fail, open_store


class Unit(str, Enum):
    lsoa = "lsoa"
    ward = "ward"
    grid = "grid"


class Adjust(str, Enum):
    auto = "auto"
    holm = "holm"
    fdr = "fdr"
    none = "none"


COLUMNS = ["rank", "code", "name", "ward", "borough", "count", "rate_per_1000", "gi_z", "p_value",
           "p_adjusted", "hotspot_class", "neighbours"]


def _p(p: float | None) -> str:
    """p-values as people read them: '<0.001', '0.012', '1.00'."""
    if p is None:
        return ""
    return "<0.001" if p < 0.001 else f"{p:.3f}" if p < 0.1 else f"{p:.2f}"


@app.command()
def hotspots(
    measure: str = typer.Option("robbery", help="Offence key, e.g. robbery, personal_robbery, theft, all_crime."),
    area: str = typer.Option("London", help="London (the Met area), a borough (Redbridge) or City of London."),
    period: str = typer.Option(..., help="Period the data covers, e.g. 2021, 2025, '12 months to February 2026'."),
    unit: Unit = typer.Option(Unit.lsoa, "--unit", "--level",
                              help="Places: lsoa, ward (MPS counts) or grid (data.police.uk points)."),
    cell_size: float | None = typer.Option(None, "--cell-size", help="Grid cell side in metres (default: automatic, reported)."),
    max_cells: int = typer.Option(250_000, "--max-cells", help="Refuse grids with more cells than this."),
    adjust: Adjust = typer.Option(Adjust.auto, help="Multiple-testing adjustment: auto (default: Holm up to 200 "
                                  "places, else FDR), holm, fdr (Benjamini-Hochberg) or none."),
    permutations: int = typer.Option(9_999, "--permutations",
                                     help="Conditional permutations for the Gi* p-values (0: normal approximation)."),
    seed: int = typer.Option(12345, "--seed", help="Random seed for the permutations (same seed, same output)."),
    alpha: float = typer.Option(0.05, help="Significance level for the adjusted p-values."),
    allow_partial: bool = typer.Option(False, "--allow-partial", help="Analyse a period the data only partly covers (said in the output)."),
    top: int = typer.Option(20, help="Rows to print in the table (csv/json give every place)."),
    map_path: Path | None = typer.Option(None, "--map", help="Write a map: .svg, .png, .html or .geojson."),
    db: Path | None = DbOption,
    fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json."),
) -> None:
    """Rank places by count and find hot and cold spots (Getis-Ord Gi*, adjusted p-values).

    Example: crimestats hotspots --measure robbery --area Redbridge --period 2021 --map redbridge.svg
    """
    from ..hotspot._hotspots import hotspots as run

    store = open_store(db, read_only=True)
    try:
        result = run(store, measure=measure, area=area, period=period, unit=unit.value,
                     cell_size=cell_size, adjust=adjust.value, alpha=alpha, max_cells=max_cells,
                     allow_partial=allow_partial, permutations=permutations, seed=seed)
        if map_path is not None:
            from ..hotspot._maps import save_hotspot_map

            save_hotspot_map(result, map_path)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    rows = [p.as_dict() for p in result.places]
    for r in rows:
        for k in ("gi_z",):
            r[k] = round(r[k], 3)
        for k in ("p_value", "p_adjusted"):
            r[k] = float(f"{r[k]:.4g}")
    if fmt == Format.json:
        sys.stdout.write(json.dumps(result.as_dict(), indent=2, default=str) + "\n")
        return
    if fmt == Format.csv:
        emit(rows, fmt, columns=COLUMNS)
        return
    adj = {"holm": "Holm", "fdr": "FDR", "fdr_bh": "FDR"}.get(result.adjust, result.adjust)
    def where(r: dict) -> dict:
        keys = ("ward", "borough") if result.unit == "lsoa" else ("borough",) if result.unit == "ward" else ()
        return {k: r.get(k) or "" for k in keys}

    shown = [{"#": r["rank"], "place": r["name"] or r["code"], **where(r), "count": r["count"],
              "per 1,000": "" if r.get("rate_per_1000") is None else f"{r['rate_per_1000']:.1f}",
              "Gi* z": f"{r['gi_z']:.2f}", "p": _p(r["p_value"]), f"p ({adj})": _p(r["p_adjusted"]),
              "class": r["hotspot_class"]} for r in rows[:top]]
    emit(shown, fmt, title=f"{result.measure_label}, {result.area.name}, {result.period.label}")
    out = [result.summary(), f"Weights: {result.weights}.",
           f"Source: {result.source}; {result.months_present} of {result.months_expected} months."]
    if result.boundary_vintage:
        out.append(f"Boundaries: {result.boundary_vintage}.")
    if result.population_note:
        out.append(f"Population: {result.population_note}.")
    if result.grid:
        g = result.grid
        out.append(f"Grid: {g.cell_size_m:g} m cells ({g.rule}); {g.cells:,} cells; {g.points_total:,} "
                   f"incidents, {g.points_in_area:,} in the area, {g.points_outside_area:,} outside, "
                   f"{g.points_no_location:,} with no location.")
    for s in result.stability:
        out.append(f"Stability {s.year_a} -> {s.year_b}: top-10% overlap {s.top10_overlap:.0%}, "
                   f"Spearman {s.spearman:.2f}.")
    if not result.stability:
        out.append(result.stability_note + ".")
    out += [f"Note: {c}." for c in result.caveats]
    if map_path is not None:
        out.append(f"Map written to {map_path}.")
    for line in out:
        console.print(line, highlight=False, markup=False)
