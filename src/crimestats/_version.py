"""The package version, in the lowest layer so any module may show it (read by pyproject too)."""

__version__ = "0.1.0"
