"""Data commands: ingest, sources, coverage, query, formats."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

from .._errors import CrimestatsError
from ..store._ingest import _NOT_DATA
from ._app import DbOption, Format, app, emit, err_console, fail, open_store


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files, folders or zip archives to ingest."),
    db: Optional[Path] = DbOption,
    vintage: Optional[str] = typer.Option(
        None, help="Vintage label (publication/extract date, YYYY-MM-DD) when the file does not say; "
                   "a revision of stored data under a new label is kept beside the old one."),
    replace: bool = typer.Option(
        False, "--replace", help="Let a file replace stored data for the same source, force and month "
                                 "at the same vintage (refused otherwise: it would change figures silently)."),
    fmt: Format = typer.Option(Format.table, "--format", help="Summary as table, csv or json."),
) -> None:
    """Ingest official data files into the store (idempotent; each file atomic).

    Example: crimestats ingest ../shared/data --db crimestats.duckdb
    """
    from ..store._ingest import ingest_paths

    store = open_store(db)
    results = []
    sizes = _file_sizes(paths)
    total = sum(sizes.values())
    try:
        if fmt != Format.table:       # machine-readable output: no progress at all
            results = ingest_paths(store, paths, vintage=vintage, replace=replace)
        elif err_console.is_terminal:   # a bar with files, bytes and time left
            with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                          TextColumn("{task.fields[files]} of {task.fields[of]} files"),
                          DownloadColumn(), TimeRemainingColumn(),
                          console=err_console, transient=True) as prog:
                task = prog.add_task("ingesting", total=total or None, files=0, of=len(sizes))

                def on_file(res):
                    done = prog.tasks[0].fields["files"] + 1
                    prog.update(task, advance=sizes.get(res.file.split("!", 1)[0], 0), files=done,
                                description=f"{res.status}: {res.file[-40:]}")

                results = ingest_paths(store, paths, vintage=vintage, replace=replace, on_file=on_file)
        else:   # piped: a plain line at every tenth of the bytes, on stderr
            seen = {"bytes": 0, "files": 0, "told": 0}

            def on_file(res):
                seen["files"] += 1
                seen["bytes"] += sizes.get(res.file.split("!", 1)[0], 0)
                tenth = int(10 * seen["bytes"] / total) if total else 0
                if tenth > seen["told"]:
                    seen["told"] = tenth
                    sys.stderr.write(f"ingest: {seen['files']} files, {seen['bytes'] / 1e6:,.0f} of "
                                     f"{total / 1e6:,.0f} MB ({10 * tenth}%)\n")
                    sys.stderr.flush()

            results = ingest_paths(store, paths, vintage=vintage, replace=replace, on_file=on_file)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    if fmt == Format.table:
        _print_ingest_summary(results, paths)
    else:
        emit([r.as_dict() for r in results], fmt)
    if any(r.status == "failed" for r in results):
        raise typer.Exit(1)


def _file_sizes(paths: list[Path]) -> dict[str, int]:
    """Bytes of every file under ``paths`` (a zip counts as one file), keyed as results name them."""
    out: dict[str, int] = {}
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file():
                    out[str(f)] = f.stat().st_size
        elif p.is_file():
            out[str(p)] = p.stat().st_size
    return out


# Files that are never data (documents, shapefile parts, metadata): counted, not listed one by one.
_QUIET_SKIPS = tuple(_NOT_DATA.values())


def _short(file: str, roots: list[Path]) -> str:
    """The file's path relative to the folder it was found under, for a narrow terminal."""
    for root in roots:
        r = str(root).rstrip("/") + "/"
        if root.is_dir() and file.startswith(r):
            return file[len(r):]
    return file


def _print_ingest_summary(results, roots: list[Path]) -> None:
    """One line per source ingested, then every failed or skipped data file with its reason
    (the list of known formats once, not once per file).  Plain lines: a narrow terminal or a
    pipe never wraps a source name a few letters a line."""
    from ..sources import READERS

    by_source: dict[str, dict] = {}
    for r in results:
        if r.status not in ("ingested", "unchanged"):
            continue
        d = by_source.setdefault(r.source or "?", {"ingested": 0, "unchanged": 0, "read": 0, "kept": 0,
                                                   "dropped": 0, "why": {}, "vintages": set()})
        d[r.status] += 1
        d["read"] += r.rows_read
        d["kept"] += r.rows_kept
        d["dropped"] += r.rows_dropped
        for k, v in r.drop_reasons.items():
            d["why"][k] = d["why"].get(k, 0) + v
        if r.vintage:
            d["vintages"].add(r.vintage)
    lines = []
    for src, d in sorted(by_source.items()):
        files = ", ".join(f"{d[k]} {k}" for k in ("ingested", "unchanged") if d[k])
        why = ", ".join(f"{v:,} {k}" for k, v in d["why"].items())
        dropped = f", {d['dropped']:,} dropped ({why})" if d["dropped"] else ""
        vint = sorted(d["vintages"])
        vtext = vint[0] if len(vint) == 1 else f"{len(vint)} vintages" if vint else ""
        kept = f", {d['kept']:,} rows kept{dropped}" if d["ingested"] else ""
        lines.append(f"{src}: {files} file{'s' if d['ingested'] + d['unchanged'] != 1 else ''}{kept}"
                     + (f"; {vtext}" if vtext else ""))
    quiet = [r for r in results if r.status == "skipped" and (r.reason or "").startswith(_QUIET_SKIPS)]
    loud = [r for r in results if r.status in ("failed", "skipped") and r not in quiet]
    unknown = False
    for r in loud:
        if r.status == "skipped" and r.detail:
            unknown = True
            lines.append(f"skipped: {_short(r.file, roots)}: {r.detail}")
        else:
            reason = (r.reason or "").replace(r.file + ": ", "")
            lines.append(f"{r.status}: {_short(r.file, roots)}: {reason}")
    if unknown:
        lines.append("Known formats: " + ", ".join(rd.format for rd in READERS)
                     + " (`crimestats formats` describes each). A skipped file is none of these, "
                     "or not as the publisher ships it.")
    sys.stdout.write("\n".join(lines) + ("\n" if lines else ""))
    tally: dict[str, int] = {}
    for r in results:
        tally[r.status] = tally.get(r.status, 0) + 1
    summary = ", ".join(f"{v} {k}" for k, v in sorted(tally.items())) or "no files"
    if quiet:
        summary += f" ({len(quiet)} of the skipped are documents or shapefile parts, not data)"
    sys.stdout.write(summary + "\n")


@app.command()
def sources(
    db: Optional[Path] = DbOption,
    all_: bool = typer.Option(False, "--all", help="One row per file (source, format, vintage and how it was decided, rows read/kept/dropped, span), not one per source."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json (json: one object per file, with every field)."),
) -> None:
    """What is stored: one line per source (files, span, vintage, rows); --all for every file.

    Example: crimestats sources --all --format csv
    """
    from ..store._lookups import source_summary

    store = open_store(db, read_only=True)
    try:
        rows = store.sources() if (all_ or fmt == Format.json) else source_summary(store)
    finally:
        store.close()
    if fmt == Format.json:
        emit(rows, fmt)
    elif all_:
        emit(rows, fmt, title="sources, one row per file",
             columns=["ingest_id", "source", "format", "file_name", "vintage", "vintage_basis",
                      "rows_read", "rows_kept", "rows_dropped", "first_period", "last_period", "periods"])
    elif fmt == Format.csv:
        emit(rows, fmt)
    else:
        lines = []
        for r in rows:   # plain lines, one per source, never wrapped mid-word by a narrow terminal
            span = (f"{r['first_period'][:7]}..{r['last_period'][:7]}" if r["first_period"]
                    else "reference data")
            lines.append(f"{r['source']}: {r['files']} file{'s' if r['files'] != 1 else ''}, {span}, "
                         f"{r['rows_kept']:,} rows; {r['vintage']}")
        lines.append(f"{len(rows)} sources. `crimestats sources --all` lists every file; "
                     "`--format json` gives every field.")
        sys.stdout.write("\n".join(lines) + "\n")


@app.command()
def coverage(
    db: Optional[Path] = DbOption,
    source: Optional[str] = typer.Option(None, help="Only this source, e.g. police_uk_street."),
    scope: Optional[str] = typer.Option(None, help="Only this force, e.g. city-of-london."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json."),
) -> None:
    """Show which months each source covers, and which are missing (no data, not zero).

    Example: crimestats coverage --source police_uk_street --scope city-of-london
    """
    from ..store._coverage import coverage as _coverage

    store = open_store(db, read_only=True)
    try:
        spans = [s.as_dict() for s in _coverage(store, source=source, scope=scope)]
    finally:
        store.close()
    if fmt == Format.table:
        for s in spans:
            s["missing_ranges"] = ", ".join(s["missing_ranges"]) or "none"
        emit(spans, fmt, title="coverage", columns=["source", "scope_code", "level", "grain", "first",
                                                     "last", "periods_present", "periods_missing",
                                                     "missing_ranges"])
    else:
        for s in spans:
            if fmt == Format.csv:
                s["missing_ranges"] = " ".join(s["missing_ranges"])
                s.pop("missing")
                s["vintages"] = " | ".join(s["vintages"])
        emit(spans, fmt)


@app.command()
def query(
    db: Optional[Path] = DbOption,
    source: Optional[str] = typer.Option(None, help="Source key, e.g. mps_recorded_crime."),
    offence: Optional[str] = typer.Option(None, "--measure", "--offence", help="Canonical offence key, e.g. homicide (--offence is the same)."),
    category: Optional[str] = typer.Option(None, help="The source's own major category label."),
    subcategory: Optional[str] = typer.Option(None, help="The source's own minor category label."),
    unit: Optional[str] = typer.Option(None, help="offences, victims, arrests, stops ..."),
    area_type: Optional[str] = typer.Option(None, help="force, borough, ward or lsoa."),
    area: Optional[str] = typer.Option(None, help="Area code or name, e.g. Redbridge or E09000026."),
    start: Optional[str] = typer.Option(None, "--from", help="First period, YYYY or YYYY-MM."),
    end: Optional[str] = typer.Option(None, "--to", help="Last period, YYYY or YYYY-MM."),
    period: Optional[str] = typer.Option(None, "--period", help="Instead of --from/--to: 2022, 2021/22, 'Q1 2023', 'since November' (with --as-of)..."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date (YYYY-MM-DD) a relative --period is counted from."),
    by: str = typer.Option("month", help="Group periods by month, year or none."),
    group: List[str] = typer.Option([], "--group", help="Also group by this column (repeatable)."),
    vintage: str = typer.Option("latest", help="latest, all (side by side) or a vintage label."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json."),
) -> None:
    """Read-only counts by period, area and category.

    Example: crimestats query --source mps_recorded_crime --offence personal_robbery --area Redbridge --from 2022-01 --to 2022-12
    """
    from ..measures._periods import parse_as_of, parse_period
    from ..store._query import query_counts

    store = open_store(db, read_only=True)
    try:
        if period is not None:
            if start is not None or end is not None:
                raise CrimestatsError("give --period, or --from/--to, not both")
            p = parse_period(period, as_of=parse_as_of(as_of))
            start, end = p.start.isoformat()[:7], p.end.isoformat()[:7]
        res = query_counts(store, source=source, offence_key=offence, category=category,
                           subcategory=subcategory, unit=unit, area_type=area_type, area=area,
                           start=start, end=end, by=by, group_by=group, vintage=vintage)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    emit(res.as_dicts(), fmt, columns=res.columns)


@app.command()
def formats(fmt: Format = typer.Option(Format.table, "--format", help="table, csv or json.")) -> None:
    """List the file formats crimestats can read, with the source each is stored under.

    Example: crimestats formats
    """
    from ..sources import READERS

    emit([{"format": r.format, "source": r.source, "description": r.description} for r in READERS], fmt)
