"""The `crimestats` command line.  Commands only parse input, call the library and format output.

Each command module registers its commands on ``app``; every command has help text and an example
in its docstring (a test enforces both).
"""

from __future__ import annotations

from . import _data  # noqa: F401,E402  registers ingest, sources, coverage, query, formats
from ._app import app, main  # noqa: F401  (re-exported entry points)

__all__ = ["app", "main"]

# Command modules written later register themselves here, one import each.
for _name in ("_fetch", "_stats", "_check", "_web", "_hotspots"):
    try:
        __import__(f"{__name__}.{_name}")
    except ModuleNotFoundError as _exc:  # module not written yet
        if _exc.name != f"{__name__}.{_name}":
            raise
