"""One Jinja environment for the web pages and the standalone HTML reports."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from .._version import __version__
from ..reference._source_names import source_name
from ._article import verdict_style

__all__ = ["environment", "STATIC", "num"]

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"


def num(value: Any, digits: int = 0) -> str:
    """A figure for people: thousands separators, '–' for none."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return str(value)
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    if digits == 0 or f.is_integer():
        return f"{round(f):,}" if f.is_integer() or digits == 0 else f"{f:,.1f}"
    return f"{f:,.{digits}f}"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=jinja2.select_autoescape(["html", "xml"], default=True))
    env.globals.update(verdict_style=verdict_style, version=__version__)
    env.filters["num"] = num
    env.filters["source_name"] = source_name
    return env
