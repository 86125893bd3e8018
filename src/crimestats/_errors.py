"""One exception tree for crimestats.

Every error a user can cause carries a message that names the file, line or field at fault and
says what to do.  Catch :class:`CrimestatsError` to handle them all.

    CrimestatsError
    ├── InputError            bad input file or argument
    │   ├── UnknownFormatError    file shape matches no reader (lists the formats known)
    │   ├── ParseError            a reader found bad content (file, line, column)
    │   ├── LimitError            input beyond a documented limit (what, limit, found, where)
    │   └── VintageConflictError  a file would silently replace stored data of the same vintage
    ├── StoreError            the DuckDB store cannot be opened or is inconsistent
    ├── FetchError            a download failed or its checksum did not match
    ├── NoDataError           the store has no data that answers the question
    │   ├── PartialPeriodError    the period is only partly covered by the data
    │   └── UnknownAreaError      an area name or code that is not known
    └── UnknownMeasureError   no measure of that name (suggests close names)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "Hint",
    "CrimestatsError",
    "InputError",
    "UnknownFormatError",
    "ParseError",
    "LimitError",
    "VintageConflictError",
    "StoreError",
    "FetchError",
    "NoDataError",
    "PartialPeriodError",
    "UnknownAreaError",
    "UnknownMeasureError",
]


MAX_MESSAGE_CHARS = 600


def clip(text: object, limit: int = 120) -> str:
    """``text`` cut to ``limit`` characters with a marker, so no message echoes a huge input."""
    s = str(text)
    return s if len(s) <= limit else s[: max(0, limit - 1)] + "…"


@dataclass(frozen=True)
class Hint:
    """Something the user can set to act on an error, carried beside the message (never parsed
    out of it): ``option`` is the keyword argument's name (``as_of``, ``allow_partial``),
    ``example`` a value to show with it (``None`` for a switch).  The CLI renders it as a flag
    (``--as-of YYYY-MM-DD``), the web app as a form field, the API as JSON."""

    option: str
    example: str | None = None

    @property
    def flag(self) -> str:
        return "--" + self.option.replace("_", "-")

    def as_cli(self) -> str:
        return self.flag if self.example is None else f"{self.flag} {self.example}"

    def as_dict(self) -> dict[str, str | None]:
        return {"option": self.option, "example": self.example}


class CrimestatsError(Exception):
    """Base class of every error crimestats raises on purpose.

    ``hints`` name the options that would answer the error (see :class:`Hint`).
    """

    def __init__(self, *args: object, hints: tuple[Hint, ...] | list[Hint] = ()) -> None:
        super().__init__(*args)
        self.hints: tuple[Hint, ...] = tuple(hints)


class InputError(CrimestatsError, ValueError):
    """Input (a file or an argument) that crimestats cannot use."""


class UnknownFormatError(InputError):
    """A file whose header or shape matches none of the known formats."""

    def __init__(self, path: str, detail: str, known: list[str]) -> None:
        self.path = path
        self.detail = detail
        self.known = list(known)
        super().__init__(
            f"{clip(path, 300)}: {clip(detail, MAX_MESSAGE_CHARS)}. Known formats: {', '.join(known)} (`crimestats formats` describes "
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
        where = clip(path, 300)
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column {clip(column, 80)!r}"
        text = f"{where}: {clip(message, MAX_MESSAGE_CHARS)}"     # never echo a huge input back
        if hint:
            text += f". {clip(hint, 300)}"
        super().__init__(text)


class LimitError(InputError):
    """Input beyond a documented limit: ``what`` (the limit's name), ``limit``, ``found`` and ``where``.

    The limits keep work bounded (a checker call, an archive extraction); each says how to get under it.
    """

    def __init__(self, *, what: str, limit: float, found: float, where: str = "",
                 hint: str = "", unit: str = "") -> None:
        self.what, self.limit, self.found, self.where, self.hint, self.unit = what, limit, found, where, hint, unit
        u = f" {unit}" if unit else ""
        text = f"{clip(where, 200) + ': ' if where else ''}{what} is {found:,}{u}, over the limit of {limit:,}{u}"
        if hint:
            text += f". {hint}"
        super().__init__(text)


class VintageConflictError(InputError):
    """A file whose content differs from the file already stored for the same source, force, month and
    vintage: storing it would silently replace (or double) published figures."""

    def __init__(self, *, path: str, stored_path: str, source: str, key: str, vintage: str) -> None:
        self.path, self.stored_path, self.source, self.key, self.vintage = path, stored_path, source, key, vintage
        super().__init__(
            f"{clip(path, 200)}: covers {source} {key}, already stored at vintage {vintage!r} from "
            f"{clip(stored_path, 200)} with different content. Say what the new file is: "
            "`--vintage NAME` stores it as a new revision beside the old one, `--replace` replaces the stored "
            "one; or leave it out if it is a stray copy.")


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
