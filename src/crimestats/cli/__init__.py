"""The `crimestats` command line.  Commands only parse input, call the library and format output.

Each command module registers its commands on ``app`` when imported; every command has help text
and an example in its docstring (a test enforces both).
"""
# ruff: noqa: I001
# (imports unsorted on purpose: registration order is the order `crimestats --help` lists commands in)

from __future__ import annotations

from ._app import app, main
from . import _data  # noqa: F401  ingest, sources, coverage, query, formats
from . import _fetch  # noqa: F401  fetch
from . import _stats  # noqa: F401  stats, headline
from . import _check  # noqa: F401  check
from . import _web  # noqa: F401  serve, report
from . import _hotspots  # noqa: F401  hotspots
from . import _league  # noqa: F401  league
from . import _export  # noqa: F401  export

__all__ = ["app", "main"]
