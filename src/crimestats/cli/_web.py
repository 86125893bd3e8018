"""Web commands: serve (the web app) and report (self-contained HTML / PDF)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Optional

import typer

from .._errors import CrimestatsError, Hint
from ._app import DbOption, app, console, err_console, fail, open_store


@app.command()
def serve(
    db: Optional[Path] = DbOption,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (localhost by default)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    max_body: int = typer.Option(1_000_000, help="Largest request body accepted, in bytes (413 above)."),
    query_timeout: float = typer.Option(20.0, help="Seconds a query may run before it is stopped."),
    workers: int = typer.Option(1, help="Server processes (each opens the store read-only)."),
    compute_workers: Optional[int] = typer.Option(None, "--compute-workers", min=1, help="Worker processes per server process for heavy work (checks, cache-missing pages), each killed at the time limit; ~300-500 MB each (default 1; more for more cores)."),
    results: Optional[Path] = typer.Option(None, "--results", help="Folder keeping check results so their permalinks survive a restart (default: beside the store, STORE.results/)."),
) -> None:
    """Start the web app: check articles, explore figures, browse sources, JSON API at /docs.

    Example: crimestats serve --db crimestats.duckdb --port 8000
    """
    import os

    import uvicorn

    from ..store._store import default_db_path

    path = Path(db) if db is not None else default_db_path()
    open_store(path, read_only=True).close()   # fail early, with the store's own message
    os.environ["CRIMESTATS_WEB_DB"] = str(path)
    os.environ["CRIMESTATS_WEB_MAX_BODY"] = str(max_body)
    os.environ["CRIMESTATS_WEB_QUERY_TIMEOUT"] = str(query_timeout)
    os.environ["CRIMESTATS_WEB_RESULTS"] = str(results or path.with_name(path.name + ".results"))
    if compute_workers is not None:
        os.environ["CRIMESTATS_WEB_COMPUTE_WORKERS"] = str(compute_workers)
    err_console.print(f"crimestats web on http://{host}:{port}/ (store {path}, read-only)")
    uvicorn.run("crimestats.web._app:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="warning")


@app.command()
def report(
    out: Path = typer.Option(..., "-o", "--out", help="HTML file to write."),
    check: Optional[Path] = typer.Option(None, "--check", help="Article (.txt or .html) to check."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date the article was written, YYYY-MM-DD."),
    headline: bool = typer.Option(False, "--headline", help="Report a headline instead of a check."),
    measure: str = typer.Option("homicide", help="Measure for --headline."),
    area: str = typer.Option("London", help="Area for --headline."),
    year: Optional[int] = typer.Option(None, "--period", "--year", help="Calendar year for --headline, e.g. 2022."),
    pdf: bool = typer.Option(False, "--pdf", help="Also write a PDF beside the HTML (needs Chromium)."),
    db: Optional[Path] = DbOption,
) -> None:
    """Write a self-contained HTML report (inline charts, no external requests) for a check or headline.

    Example: crimestats report --check article.txt --as-of 2023-01-20 -o report.html
    """
    from ..report._article import decode_upload
    from ..report._report import report_check, report_headline, write_pdf

    if (check is None) == (not headline):
        raise fail(CrimestatsError("give either --check FILE or --headline (with --measure, --area, --period)",
                                   hints=[Hint("check", "FILE"), Hint("headline")]), 2)
    store = open_store(db, read_only=True)
    try:
        if check is not None:
            if not check.exists():
                raise fail(CrimestatsError(f"{check}: no such file"), 2)
            try:
                text = decode_upload(check.name, check.read_bytes())
            except ValueError as exc:
                raise fail(exc, 2) from exc
            when = as_of or date.today().isoformat()
            html = report_check(store, text=text, as_of=when)
        else:
            if year is None:
                raise fail(CrimestatsError("a headline report needs a year", hints=[Hint("period", "2022")]), 2)
            html = report_headline(store, measure=measure, area=area, year=year)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    size = out.stat().st_size
    shown = f"{size / 1024:,.0f} KB" if size >= 10_240 else f"{size:,} bytes"
    console.print(f"wrote {out} ({shown}, self-contained)", highlight=False, soft_wrap=True)
    if pdf:
        pdf_path = out.with_suffix(".pdf")
        try:
            write_pdf(out, pdf_path)
            console.print(f"wrote {pdf_path}")
        except CrimestatsError as exc:
            err_console.print(f"[yellow]{exc}[/]")
