"""One exception tree for crimestats.

Every error a user can cause carries a message that names the file, line or field at fault and
says what to do.  Catch :class:`CrimestatsError` to handle them all.

    CrimestatsError
    ├── InputError            bad input file or argument
    │   ├── UnknownFormatError    file shape matches no reader (lists the formats known)
    │   └── ParseError            a reader found bad content (file, line, column)
    ├── StoreError            the DuckDB store cannot be opened or is inconsistent
    ├── FetchError            a download failed or its checksum did not match
    ├── NoDataError           the store has no data that answers the question
    │   ├── PartialPeriodError    the period is only partly covered by the data
    │   └── UnknownAreaError      an area name or code that is not known
    └── UnknownMeasureError   no measure of that name (suggests close names)
"""

from __future__ import annotations

__all__ = [
    "CrimestatsError",
    "InputError",
    "UnknownFormatError",
    "ParseError",
    "StoreError",
    "FetchError",
    "NoDataError",
    "PartialPeriodError",
    "UnknownAreaError",
    "UnknownMeasureError",
]


class CrimestatsError(Exception):
    """Base class of every error crimestats raises on purpose."""


class InputError(CrimestatsError, ValueError):
    """Input (a file or an argument) that crimestats cannot use."""


class UnknownFormatError(InputError):
    """A file whose header or shape matches none of the known formats."""

    def __init__(self, path: str, detail: str, known: list[str]) -> None:
        self.path = path
        self.known = list(known)
        super().__init__(
            f"{path}: {detail}. Known formats: {', '.join(known)} (`crimestats formats` describes "
            "each). Check that the file is one of these, unmodified, as the publisher ships it."
        )


class ParseError(InputError):
    """Bad content inside a file of a known format."""

    def __init__(
        self,
        path: str,
        message: str,
        *,
        line: int | None = None,
        column: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.column = column
        where = path
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {column!r}"
        text = f"{where}: {message}"
        if hint:
            text += f". {hint}"
        super().__init__(text)


class StoreError(CrimestatsError):
    """The store cannot be opened, or is not a crimestats store."""


class FetchError(CrimestatsError):
    """A download failed, or what arrived is not what was expected."""


class NoDataError(CrimestatsError, LookupError):
    """The store holds no data that answers the question asked."""


class PartialPeriodError(NoDataError):
    """The period asked for is only partly covered: summing it would understate the figure."""


class UnknownAreaError(NoDataError):
    """An area name, code or alias that crimestats does not know."""


class UnknownMeasureError(CrimestatsError, KeyError):
    """No measure of that name in the catalogue."""

    def __str__(self) -> str:  # KeyError quotes its message; we want it plain
        return str(self.args[0]) if self.args else ""
