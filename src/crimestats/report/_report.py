"""Self-contained HTML reports (and PDF when a headless Chromium is installed).

A report is one HTML file: CSS inline, charts as inline SVG, no scripts and no external requests,
so it can be emailed or archived.  ``report_check`` reports a checked article, ``report_headline``
one measure's headline for a year.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .._errors import CrimestatsError, InputError
from ..claims import CheckResult
from ..store._store import StoreLike

__all__ = ["report_check", "check_report", "report_headline", "write_pdf", "find_chromium"]


def _render(template: str, **ctx: Any) -> str:
    from ._templating import STATIC, environment

    css = (STATIC / "app.css").read_text()
    return environment().get_template(template).render(report=True, inline_css=css, **ctx)


def report_check(store: StoreLike, *, text: str, as_of: str) -> str:
    """HTML report of every claim in ``text``, checked as of ``as_of`` (YYYY-MM-DD)."""
    from . import _views
    from ._article import highlight

    result = _views.check(store, text=text, as_of=as_of)
    claims = result.get("claims", [])
    return _render("check_result.html", key="", text=text, as_of=as_of, result=result,
                   claims=claims, article=highlight(text, claims))


def check_report(store: StoreLike, *, text: str, result: CheckResult) -> str:
    """The same HTML report for a check already run (``crimestats check --format html``)."""
    from . import _views
    from ._article import highlight

    data = _views.check_data(store, result=result)
    claims = data.get("claims", [])
    return _render("check_result.html", key="", text=text, as_of=result.as_of.isoformat(), result=data,
                   claims=claims, article=highlight(text, claims))


def report_headline(store: StoreLike, *, measure: str, area: str, year: int) -> str:
    """HTML report of the headline for ``measure`` in ``area`` and calendar ``year``."""
    from . import _views

    data = _views.headline(store, measure=measure, area=area, year=year)
    return _render("headline_report.html", data=data,
                   title=f"{measure.replace('_', ' ')} in {area}, {year}")


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def write_pdf(html_path: Path, pdf_path: Path, *, timeout: float = 60.0) -> None:
    """Print ``html_path`` to ``pdf_path`` with headless Chromium (no network access needed)."""
    exe = find_chromium()
    if exe is None:
        raise CrimestatsError("no PDF written: Chromium is not installed (apt install chromium); "
                              "the HTML report is complete on its own")
    if not html_path.exists():
        raise InputError(f"{html_path}: no such HTML file to print")
    with tempfile.TemporaryDirectory(prefix="crimestats-pdf-") as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               f"--user-data-dir={profile}", "--no-pdf-header-footer",
               f"--print-to-pdf={pdf_path}", html_path.resolve().as_uri()]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise CrimestatsError(f"no PDF written: Chromium took over {timeout:g} s") from exc
    if proc.returncode != 0 or not pdf_path.exists():
        raise CrimestatsError(f"no PDF written: Chromium failed ({proc.stderr.strip()[-300:]})")
