"""`crimestats check`: every statistical claim in an article, with a verdict and the evidence."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .._errors import CrimestatsError, InputError
from ._app import DbOption, Format, app, emit, fail, open_store


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    csv = "csv"
    html = "html"


@app.command()
def check(
    file: str = typer.Argument(..., help="Text or HTML file to check (UTF-8; an HTML page is read as its visible text), or '-' to read standard input."),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", help="Publication date YYYY-MM-DD; resolves 'last year', 'since November'. Default: the date the text gives in a head or foot line ('Published 6 January 2023'), else today."),
    fmt: CheckFormat = typer.Option(CheckFormat.text, "--format", help="text, json (stable schema), csv (one row per claim) or html."),
    explain: bool = typer.Option(False, "--explain", help="Text: list every figure with its source key, files and vintage."),
    db: Optional[Path] = DbOption,
) -> None:
    """Check the statistical claims in an article or press release against the data.

    Example: crimestats check article.txt --as-of 2023-01-06 --format json
    """
    from ..claims import check_text, render_json, render_rows, render_text
    from ..claims._article import article_text
    from ..report._report import check_report

    try:
        if file == "-":
            text = sys.stdin.read()
        else:
            p = Path(file)
            if not p.is_file():
                raise InputError(f"{file}: no such file. Give a text file, or '-' to read standard input.")
            try:
                text = p.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as exc:
                raise InputError(f"{file}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and retry.") from exc
        text = article_text(text, name=None if file == "-" else file)   # an HTML page: its readable text
    except CrimestatsError as exc:
        raise fail(exc) from exc
    store = open_store(db, read_only=True)
    try:
        result = check_text(store, text=text, as_of=as_of)
        if fmt is CheckFormat.html:   # the report page, charts drawn from the store
            out = check_report(store, text=text, result=result)
        elif fmt is CheckFormat.csv:
            emit(render_rows(result), Format.csv)
            return
        elif fmt is CheckFormat.json:
            out = render_json(result)
        else:
            out = render_text(result, explain=explain)
    except CrimestatsError as exc:
        raise fail(exc) from exc
    finally:
        store.close()
    sys.stdout.write(out if out.endswith("\n") else out + "\n")
