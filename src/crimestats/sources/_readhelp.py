"""Small helpers shared by the population, reference, rates and boundary readers.

They cover what those readers all need: choosing a vintage, walking a small CSV with line
numbers (plain or gzip), turning a cell into a number with an error that names line and column,
staging rows into a store table, and adding rows to ``areas`` without losing parents already known.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from .._errors import ParseError
from ._base import FileHead, IngestContext

__all__ = ["Vintage", "choose_vintage", "csv_rows", "number", "insert_rows", "upsert_areas",
           "force_slug", "first_data_record"]

Vintage = tuple[str, date, str]


def choose_vintage(ctx: IngestContext, *, label: str, when: date, basis: str) -> Vintage:
    """(vintage, vintage_date, vintage_basis): the user's ``--vintage`` wins over the file's own."""
    if ctx.given_vintage:
        return ctx.given_vintage, _date_in(ctx.given_vintage) or when, "given"
    return label, when, basis


def _date_in(text: str) -> date | None:
    m = re.search(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _text_stream(head: FileHead) -> io.TextIOBase:
    if head.compressed == "gzip":
        return io.TextIOWrapper(gzip.open(head.path, "rb"), encoding="utf-8-sig", newline="")
    return open(head.path, encoding="utf-8-sig", newline="")  # noqa: SIM115 - closed by caller


def csv_rows(head: FileHead, *, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """(line number, record) for every data record after the header; decoding errors name the file."""
    try:
        with _text_stream(head) as fh:
            reader = csv.reader(fh, delimiter=delimiter)
            try:
                next(reader)
            except StopIteration:
                return
            for rec in reader:
                if not rec or all(not c.strip() for c in rec):
                    continue
                yield reader.line_num, rec
    except UnicodeDecodeError as exc:
        raise ParseError(head.display, f"bytes at offset {exc.start} are not UTF-8",
                         hint="Save the file as UTF-8, or re-download it from the publisher") from exc
    except (EOFError, gzip.BadGzipFile, OSError) as exc:
        raise ParseError(head.display, f"the compressed file is truncated or corrupt ({exc})",
                         hint="Download the file again") from exc
    except csv.Error as exc:
        raise ParseError(head.display, f"malformed CSV ({exc})",
                         hint="Check the file is complete and unmodified") from exc


def first_data_record(head: FileHead) -> list[str] | None:
    """The second CSV record in the sniffed head (the first data row), for shape checks."""
    text = head.head_bytes.decode("utf-8-sig", errors="replace")
    try:
        recs = csv.reader(io.StringIO(text))
        next(recs)
        return next(recs)
    except (StopIteration, csv.Error):
        return None


def number(value: str, *, head: FileHead, line: int, column: str, allow_blank: bool = False) -> float | None:
    """``value`` as a float (thousands commas allowed), or :class:`ParseError` naming line and column."""
    v = value.strip().replace(",", "")
    if not v:
        if allow_blank:
            return None
        raise ParseError(head.display, "empty value where a number is expected", line=line, column=column,
                         hint="Fill in the figure or remove the row")
    try:
        return float(v)
    except ValueError:
        raise ParseError(head.display, f"{value!r} is not a number", line=line, column=column,
                         hint="Check the file is the publisher's original, unedited") from None


def insert_rows(ctx: IngestContext, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> int:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table`` with this ingest's id."""
    if not rows:
        return 0
    import pyarrow as pa

    data = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
    return ctx.insert(table, pa.table(data))


def upsert_areas(ctx: IngestContext, rows: Sequence[tuple[str, str, str, str | None, str | None]], *,
                 source: str, name_authority: bool = True) -> int:
    """Add (area_type, code, name, parent_type, parent_code) rows to ``areas``.

    Runs inside the file's transaction, so a failed file leaves ``areas`` as it was.  A later file never
    erases a parent another file gave.  A file that is not a ``name_authority`` for the codes it carries
    (a boundary file: its names are labels on shapes) keeps the name another source stored, so a
    boundary file that spells a code's name differently (or wrongly) does not rename the area
    everywhere; among files of its own kind ('boundaries: wards 2014' / '... 2022') the later year's
    name is kept.
    """
    seen: dict[tuple[str, str], tuple[str, str, str, str | None, str | None]] = {}
    for r in rows:
        if r[1] and r[2]:
            key = (r[0], r[1])
            old = seen.get(key)
            seen[key] = r if old is None or r[4] else (r[0], r[1], r[2], old[3], old[4])
    if not seen:
        return 0
    import pyarrow as pa

    vals = list(seen.values())
    staged = pa.table({c: [r[i] for r in vals] for i, c in enumerate(
        ("area_type", "area_code", "area_name", "parent_type", "parent_code"))})
    name = f"_crimestats_areas_{ctx.ingest_id}"
    ctx.con.complete()   # DuckDB 2 refuses register() while an earlier result is unfinished
    ctx.con.register(name, staged)
    try:   # one statement, not executemany: row-by-row upserts are very slow in DuckDB
        ctx.con.execute(
            f"""INSERT INTO areas SELECT *, ? AS source FROM {name}
                ON CONFLICT (area_type, area_code) DO UPDATE SET
                  area_name = CASE WHEN {_renames} THEN excluded.area_name ELSE areas.area_name END,
                  parent_type = coalesce(excluded.parent_type, areas.parent_type),
                  parent_code = coalesce(excluded.parent_code, areas.parent_code),
                  source = CASE WHEN {_renames} THEN excluded.source ELSE areas.source END""",
            [source, name_authority, name_authority],
        )
    finally:
        ctx.con.unregister(name)
    return len(seen)


# who may rename a stored area: the name authority, or a later file of the same kind ('boundaries: ...')
_renames = ("(? OR (split_part(areas.source, ':', 1) = split_part(excluded.source, ':', 1) "
            "AND coalesce(regexp_extract(excluded.source, '(19|20)[0-9][0-9]'), '') >= "
            "coalesce(regexp_extract(areas.source, '(19|20)[0-9][0-9]'), '')))")


def force_slug(name: str) -> str:
    """The data.police.uk force id for a force name ('Avon & Somerset Constabulary' -> 'avon-and-somerset').

    Forces are keyed by this id everywhere in the store (it is what police.uk files and coverage use).
    """
    n = name.strip()
    m = re.match(r"^(.*),\s*(City of)$", n, flags=re.I)        # 'London, City of'
    if m:
        n = f"{m.group(2)} {m.group(1)}"
    n = n.lower().replace("&", " and ")
    n = re.sub(r"\b(police service|police|constabulary|service)\b", " ", n)
    n = re.sub(r"[^a-z0-9]+", "-", n).strip("-")
    return {"british-transport": "btp"}.get(n, n)
