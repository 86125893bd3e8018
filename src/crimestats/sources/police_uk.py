"""data.police.uk CSV files (any force): street crimes, outcomes and stop-and-search.

Each file is recognised from its header row alone.  Rows are parsed by DuckDB ``read_csv`` with
explicit column types in strict mode, written straight into ``incidents`` / ``outcomes`` /
``stops`` and then aggregated from there into ``counts`` at two levels: the force
(``area_type='force'``, ``area_code`` = the data.police.uk force slug such as ``city-of-london``)
and the LSOA (rows without an LSOA are counted at force level only).  Stop-and-search rows carry
no LSOA, so they are counted at force level only.

Stop-and-search counts (unit ``stops``) keep the record's dimensions: ``category`` = Type (person /
vehicle search), ``subcategory`` = Object of search, ``age_group`` = Age range, ``sex`` = Gender,
``ethnicity`` = **Officer-defined** ethnicity (White, Black, Asian, Other, Mixed), ``outcome`` =
Outcome and ``method`` = Legislation (the power used, e.g. section 60).  The same stops are counted a
second time under unit ``stops_self_defined_ethnicity`` with ``ethnicity`` = the broad group of the
person's **Self-defined** ethnicity (White, Black, Asian, Mixed, Other, Not stated; the prefix of the
16+1 category label, whose wording changed over the years) and ``category`` = that label as written;
the other dimensions as above.  Never add the two units together: they are the same stops.

Rules, applied the same way to every force and reported in ``Parsed.drop_reasons`` / ``notes``:

* A blank ``Crime ID`` marks an anti-social behaviour incident: kept (``crime_id`` NULL).  Rows with
  a blank Crime ID are never merged, not even exact duplicates: British Transport Police publishes no
  Crime IDs at all and many identical rows (several bicycle thefts at one station in one month), and
  nothing identifies two such rows as one crime, so they are separate crimes as published.
* **Duplicate Crime IDs in one street file: the first row in file order is kept, later rows with
  the same non-empty Crime ID are dropped** and counted under ``'duplicate crime id'``; their
  counts are kept in ``counts`` under unit ``duplicate_rows`` (force level), so the figure as
  published, every row, is ``offences + duplicate_rows``.  (Since
  2017 data.police.uk files repeat a few IDs per month; the repeats are the same crime.)
* Outcomes files: rows that repeat an earlier row exactly are dropped (``'exact duplicate row'``).
* ``No Location`` rows are kept with NULL coordinates (count noted); LSOA 2011 and 2021 codes are
  both kept as given (2021-only codes are ``E01035000`` and above; counts noted).
* ``Month`` must be ``YYYY-MM``; a file may hold several months.  Stop-and-search months are the
  month of the stop's date in London time (the file gives UTC, so 00:30 BST on the 1st is in the
  file of that month although its UTC date falls in the month before).

Vintage: data.police.uk files carry no extract date, so the vintage is the one given at ingest
(``--vintage``) or else the last month in the file ('police.uk to 2016-01').

Force: street and outcomes rows name it ('Falls within'); stop-and-search rows do not, so the
force slug is taken from the data.police.uk file name ``YYYY-MM-<force>-stop-and-search.csv``
(only for that; detection never uses the name).
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import duckdb

from .._errors import InputError, ParseError, clip
from ..reference._taxonomy import offence_key, police_uk_labels
from ._base import FileHead, IngestContext, Parsed, Reader

__all__ = ["READERS", "PoliceUkStreet", "PoliceUkOutcomes", "PoliceUkStopSearch", "force_slug", "SELF_DEFINED_UNIT"]

PUBLISHER = "data.police.uk"
LICENCE = "OGL v3.0"
LSOA21_FIRST = "E01035000"   # LSOA codes from here on exist only in the 2021 series

_LOC = ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
        "LSOA code", "LSOA name"]
STREET_HEADER = [*_LOC, "Crime type", "Last outcome category", "Context"]
OUTCOMES_HEADER = [*_LOC, "Outcome type"]
# 2015-2020 schema; newer files drop 'Policing operation', older ones lack the last two columns.
STOP_HEADER = ["Type", "Date", "Part of a policing operation", "Policing operation", "Latitude",
               "Longitude", "Gender", "Age range", "Self-defined ethnicity", "Officer-defined ethnicity",
               "Legislation", "Object of search", "Outcome", "Outcome linked to object of search",
               "Removal of more than just outer clothing"]
_STOP_REQUIRED = {"type", "date", "latitude", "longitude", "gender", "age range", "legislation",
                  "object of search", "outcome"}

# Stops counted by the person's self-defined ethnicity (a second unit over the same stops).
SELF_DEFINED_UNIT = "stops_self_defined_ethnicity"
# Broad group of a self-defined ethnicity label: its prefix ('Black/African/Caribbean/Black British -
# African' and 'Black or Black British - African (B2)' are both Black); 'not stated' before 'Other'.
_SELF_GROUP_SQL = ("CASE WHEN self_ethnicity IS NULL THEN NULL "
                   "WHEN lower(self_ethnicity) LIKE '%not stated%' THEN 'Not stated' "
                   "WHEN lower(self_ethnicity) LIKE 'white%' THEN 'White' "
                   "WHEN lower(self_ethnicity) LIKE 'black%' THEN 'Black' "
                   "WHEN lower(self_ethnicity) LIKE 'asian%' THEN 'Asian' "
                   "WHEN lower(self_ethnicity) LIKE 'mixed%' THEN 'Mixed' ELSE 'Other' END")

_TYPES = {"Month": "DATE", "Longitude": "DOUBLE", "Latitude": "DOUBLE", "Date": "TIMESTAMPTZ"}
_SPECIAL_SLUGS = {"british transport police": "btp",
                  "police service of northern ireland": "northern-ireland"}


def force_slug(name: str) -> str:
    """data.police.uk force slug from a force name: 'City of London Police' -> 'city-of-london'."""
    low = name.strip().lower()
    if low in _SPECIAL_SLUGS:
        return _SPECIAL_SLUGS[low]
    low = re.sub(r"\s+(police service|police|constabulary)$", "", low.replace("&", " and "))
    return re.sub(r"[^a-z0-9]+", "-", low).strip("-")


# -- shared helpers ----------------------------------------------------------------------------

def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read_csv_sql(path: Path, header: list[str]) -> str:
    """A strict, typed ``read_csv`` call for a file with this header (as an SQL table expression)."""
    cols = ", ".join(f"{_sql_str(h)}: {_sql_str(_TYPES.get(h, 'VARCHAR'))}" for h in header)
    return (f"read_csv({_sql_str(str(path))}, header=true, columns={{{cols}}}, dateformat='%Y-%m', "
            "auto_detect=false, strict_mode=true, delim=',', quote='\"', escape='\"', encoding='utf-8')")


def _parse_error(head: FileHead, exc: duckdb.Error) -> ParseError:
    """Turn a DuckDB CSV error into a ParseError naming file, line and column."""
    text = str(exc)
    m = re.search(r"CSV Error on Line: (\d+)", text)
    line = int(m.group(1)) if m else None
    col = re.search(r'converting column "([^"]+)"', text)
    column = col.group(1) if col else None
    if column:
        bad = re.search(r'Could not convert string "([^"]*)"', text)
        value = bad.group(1) if bad else "?"
        want = {"Month": "a YYYY-MM month", "Longitude": "a number", "Latitude": "a number",
                "Date": "an ISO date-time"}.get(column, "of the expected type")
        return ParseError(head.display, f"value {value!r} is not {want}", line=line, column=column,
                          hint="The file may be damaged; re-download it from data.police.uk")
    if "Invalid unicode" in text:
        return ParseError(head.display, "bytes that are not UTF-8", line=line,
                          hint="Save the file as UTF-8, or re-download it from data.police.uk")
    found = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", text)
    if found:
        return ParseError(head.display, f"row has {found.group(2)} fields, expected {found.group(1)} "
                          "(the file looks truncated or the row is malformed)", line=line,
                          hint="Re-download the file from data.police.uk")
    first = next((ln for ln in text.splitlines() if ln.strip()), text)
    return ParseError(head.display, f"cannot be parsed ({first.strip()})", line=line,
                      hint="Check the file is complete and unmodified")


def _first_blank(head: FileHead, column: str) -> int | None:
    """File line of the first row whose ``column`` is blank (slow path, errors only)."""
    with open(head.path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            if not (row.get(column) or "").strip():
                return reader.line_num
    return None


def _check_months(head: FileHead, ctx: IngestContext, table: str) -> None:
    """DuckDB's '%Y-%m' also takes '16-01' (year 16): reject months outside 2000 to next year."""
    row = ctx.con.execute(f"SELECT min(month), max(month) FROM {table} WHERE ingest_id = ?",
                          [ctx.ingest_id]).fetchone()
    if row is None or row[0] is None:
        return
    if row[0] >= date(2000, 1, 1) and row[1] <= date(date.today().year + 1, 12, 31):
        return
    last_ok = date(date.today().year + 1, 12, 1)
    with open(head.path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        for rec in reader:
            value = (rec.get("Month") or "").strip()
            if not re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", value):
                raise ParseError(head.display, f"value {clip(value, 40)!r} is not a YYYY-MM month",
                                 line=reader.line_num, column="Month",
                                 hint="The file may be damaged; re-download it from data.police.uk")
            month = date(int(value[:4]), int(value[5:7]), 1)
            if not date(2000, 1, 1) <= month <= last_ok:
                when = "in the future" if month > last_ok else "before data.police.uk began (2000)"
                raise ParseError(head.display, f"month {value} is {when}", line=reader.line_num, column="Month",
                                 hint="The file may be damaged or edited; re-download it from data.police.uk")
    raise ParseError(head.display, f"months run from {row[0]:%Y-%m} to {row[1]:%Y-%m}, outside 2000 to "
                     f"{last_ok:%Y}", column="Month", hint="Re-download the file from data.police.uk")


def _vintage(ctx: IngestContext, last_month: date) -> tuple[str, date, str]:
    """(label, date, basis): the given vintage if any, else the last month in the file."""
    if ctx.given_vintage:
        text = ctx.given_vintage.strip()
        # a date, or a label ending in one ('police.uk archive 2023-01': a bulk archive's release)
        tail = re.search(r"(\d{4}-\d{2}(?:-\d{2})?)$", text)
        try:
            day = tail.group(1) if tail else text
            when = date.fromisoformat(day if len(day) > 7 else day + "-01")
        except ValueError:
            raise InputError(f"vintage {text!r} is not a date: give it as YYYY-MM-DD or YYYY-MM") from None
        return text, when, ctx.given_basis
    return f"police.uk to {last_month:%Y-%m}", last_month, "last month in file"


_Forces = dict[str | None, tuple[str, str | None]]


class _Summary:
    """What one grouped scan of this ingest's rows tells: forces, months, labels, notes' numbers.

    One pass replaces the separate scans for forces, coverage months, offence-key labels, blank
    Crime IDs and the location notes (``group`` adds the reader's own columns to the grouping).
    """

    def __init__(self, ctx: IngestContext, table: str, group: tuple[str, ...] = (),
                 blank_id: bool = False) -> None:
        extra = "".join(f", {g}" for g in group)
        rows = ctx.con.execute(
            f"""SELECT falls_within, month{extra},
                       count(*) FILTER ({'crime_id IS NULL' if blank_id else 'false'}),
                       count(*) FILTER (longitude IS NULL OR latitude IS NULL),
                       count(*) FILTER (lsoa_code IS NULL),
                       count(*) FILTER (lsoa_code LIKE 'E01%' AND lsoa_code < '{LSOA21_FIRST}'),
                       count(*) FILTER (lsoa_code >= '{LSOA21_FIRST}' AND lsoa_code LIKE 'E01%')
                FROM {table} WHERE ingest_id = ? GROUP BY ALL""", [ctx.ingest_id]).fetchall()
        n = len(group)
        self.months: dict[str | None, set[date]] = {}
        self.groups: set[tuple] = set()
        self.blank_id = self.no_xy = self.no_lsoa = self.l11 = self.l21 = 0
        for r in rows:
            self.months.setdefault(r[0], set()).add(r[1])
            self.groups.add(tuple(r[2:2 + n]))
            b, xy, nl, a, c = (int(v) for v in r[2 + n:])
            self.blank_id += b
            self.no_xy += xy
            self.no_lsoa += nl
            self.l11 += a
            self.l21 += c
        self.forces: _Forces = {fw: ((force_slug(fw) or "unknown") if fw else "unknown", fw)
                                for fw in self.months}

    def cover(self, ctx: IngestContext, source: str, levels: tuple[str, ...]) -> date:
        """Record coverage per force and month; returns the last month in the file."""
        for fw in sorted(self.months, key=lambda f: (f is None, f or "")):
            slug, name = self.forces[fw]
            for level in levels:
                ctx.cover(source=source, scope_type="force", scope_code=slug, scope_name=name,
                          level=level, grain="month", periods=sorted(self.months[fw]))
        return max(max(ms) for ms in self.months.values())

    def location_notes(self) -> list[str]:
        notes = []
        if self.no_xy:
            notes.append(f"{self.no_xy} rows with no coordinates ('No Location'): kept, counted at force level")
        if self.no_lsoa:
            notes.append(f"{self.no_lsoa} rows with no LSOA: counted at force level only")
        if self.l21:
            notes.append(f"LSOA codes kept as given: {self.l11} rows with 2011-series codes, "
                         f"{self.l21} with 2021-only codes (>= {LSOA21_FIRST})")
        return notes


def _slug_sql(forces: _Forces) -> str:
    """SQL mapping ``t.falls_within`` to the force slug (the few names of this file, inline)."""
    whens = " ".join(f"WHEN t.falls_within = {_sql_str(fw)} THEN {_sql_str(slug)}"
                     for fw, (slug, _) in forces.items() if fw is not None)
    null = _sql_str(forces[None][0]) if None in forces else "NULL"
    return f"CASE WHEN t.falls_within IS NULL THEN {null} {whens} END"


def _insert_counts(ctx: IngestContext, *, source: str, table: str, forces: _Forces, unit: str,
                   category: str, extra: str = "", lsoa: bool = True) -> None:
    """Aggregate this ingest's rows of ``table`` into ``counts`` (force level, and LSOA level)."""
    dims = f", {extra}" if extra else ""
    base = (f"SELECT '{source}' AS source, 'month' AS period_grain, t.month AS period_start, "
            f"'{unit}' AS unit, {category} AS category{dims}")
    where = f"FROM {table} t WHERE t.ingest_id = {ctx.ingest_id}"
    ctx.insert("counts", f"{base}, 'force' AS area_type, {_slug_sql(forces)} AS area_code, "
                         f"any_value(t.falls_within) AS area_name, count(*) AS count {where} GROUP BY ALL")
    if lsoa:
        ctx.insert("counts", f"{base}, 'lsoa' AS area_type, t.lsoa_code AS area_code, "
                             f"min(t.lsoa_name) AS area_name, count(*) AS count {where} "
                             "AND t.lsoa_code IS NOT NULL GROUP BY ALL")


def _parsed(ctx: IngestContext, *, source: str, forces: dict[str | None, tuple[str, str | None]],
            last: date, read: int, kept: int, drops: dict[str, int], notes: list[str]) -> Parsed:
    label, when, basis = _vintage(ctx, last)
    names = sorted({n for _, n in forces.values() if n})
    publisher = f"{PUBLISHER} ({', '.join(names)})" if names else PUBLISHER
    return Parsed(source=source, publisher=publisher, licence=LICENCE, vintage=label,
                  vintage_date=when, vintage_basis=basis, rows_read=read, rows_kept=kept,
                  drop_reasons={k: v for k, v in drops.items() if v}, notes=notes)


# Crime types exactly as written in files -> offence key (from :func:`offence_key`).  Seeded with
# the capitalised form of each known label and grown with every label met, so the per-row SQL is a
# plain string match; only labels not seen before take the (much slower) normalising path.
_RAW_KEYS: dict[str, str | None] = {}


def _raw_keys() -> dict[str, str | None]:
    if not _RAW_KEYS:
        for label, _ in police_uk_labels():
            raw = label[:1].upper() + label[1:]
            _RAW_KEYS[raw] = offence_key("police_uk", raw)
    return _RAW_KEYS


def _offence_key_sql(column: str) -> str:
    """SQL for the offence key of a police.uk crime type, computed while parsing.

    Labels already met are matched as written (each mapped by :func:`offence_key` in Python);
    any other label is normalised in SQL as :func:`normalise_label` does, then looked up in the
    police.uk label table.  :func:`_check_offence_keys` re-checks every distinct label against
    :func:`offence_key` afterwards, so the two can never silently disagree.
    """
    norm = f"trim(regexp_replace(lower(replace({column}, '&', ' and ')), '[^a-z0-9]+', ' ', 'g'))"
    whens = " ".join(f"WHEN {_sql_str(label)} THEN {_sql_str(key)}" for label, key in police_uk_labels())
    fast = " ".join(f"WHEN {_sql_str(raw)} THEN {_sql_str(key) if key else 'NULL'}"
                    for raw, key in sorted(_raw_keys().items()))
    return f"CASE {column} {fast} ELSE (CASE {norm} {whens} END) END"


def _check_offence_keys(ctx: IngestContext, pairs: set[tuple]) -> list[str]:
    """Fix any label the SQL mapping got wrong, and note the crime types with no key.

    ``pairs`` holds each distinct (crime_type, offence_key) of this ingest's rows.
    """
    for ctype, got in pairs:
        want = offence_key("police_uk", ctype)
        if ctype is not None and len(_RAW_KEYS) < 256:
            _RAW_KEYS[ctype] = want
        if want != got:   # only if normalise_label changes without the SQL above: slow but right
            ctx.con.execute("UPDATE incidents SET offence_key = ? WHERE ingest_id = ? AND crime_type "
                            "IS NOT DISTINCT FROM ?", [want, ctx.ingest_id, ctype])
    unknown = sorted(str(t) for t, _ in pairs if offence_key("police_uk", t) is None)
    return [f"crime types with no offence key (kept, offence_key NULL): {', '.join(unknown)}"] if unknown else []


# -- readers -----------------------------------------------------------------------------------

class PoliceUkStreet:
    """Street-level crimes and ASB incidents: ``YYYY-MM-<force>-street.csv``."""

    format = "police_uk_street"
    source = "police_uk_street"
    description = "data.police.uk street-level crime CSV (any force)"

    def sniff(self, head: FileHead) -> bool:
        h = head.header_lower
        want = [c.lower() for c in STREET_HEADER]
        return head.kind == "csv" and (h == want or h == want[:-1])

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        header = [c for c in STREET_HEADER if c.lower() in head.header_lower]
        src = _read_csv_sql(head.path, header)
        context = '"Context"' if "Context" in header else "NULL"
        select = (f'SELECT "Crime ID" AS crime_id, "Month" AS month, "Reported by" AS reported_by, '
                  f'"Falls within" AS falls_within, "Longitude" AS longitude, "Latitude" AS latitude, '
                  f'"Location" AS location, "LSOA code" AS lsoa_code, "LSOA name" AS lsoa_name, '
                  f'"Crime type" AS crime_type, {_offence_key_sql(_q("Crime type"))} AS offence_key, '
                  f'"Last outcome category" AS last_outcome, '
                  f'{context} AS context FROM {src}')
        read = _run(head, ctx, "incidents", select, "Month")
        _check_months(head, ctx, "incidents")
        if read == 0:
            raise ParseError(head.display, "has a header but no rows", hint="Re-download the file")
        # Duplicate rule: keep the first row of each non-empty Crime ID in file (= insertion) order.
        # Only the few repeated IDs are ranked (a grouped scan), not every row of the file.
        made = ctx.con.execute(   # CREATE TABLE AS answers with its row count
            """CREATE OR REPLACE TEMP TABLE _police_uk_dups AS
               SELECT rowid AS rid, month, falls_within, crime_type, offence_key, ingest_id
               FROM incidents WHERE ingest_id = $1 AND crime_id IN (
                   SELECT crime_id FROM incidents WHERE ingest_id = $1 AND crime_id IS NOT NULL
                   GROUP BY crime_id HAVING count(*) > 1)
               QUALIFY row_number() OVER (PARTITION BY crime_id ORDER BY rowid) > 1""",
            [ctx.ingest_id]).fetchall()
        dropped = int(made[0][0]) if made else 0
        if dropped:
            ctx.con.execute("DELETE FROM incidents WHERE rowid IN (SELECT rid FROM _police_uk_dups)")
        summary = _Summary(ctx, "incidents", ("crime_type", "offence_key"), blank_id=True)
        notes = _check_offence_keys(ctx, summary.groups)
        forces = summary.forces
        _insert_counts(ctx, source=self.source, table="incidents", forces=forces, unit="offences",
                       category="t.crime_type", extra="t.offence_key AS offence_key")
        if dropped:
            # The dropped rows are counted too (unit 'duplicate_rows', force level), so the figure
            # as published (every row of the file) can still be given beside ours.
            _insert_counts(ctx, source=self.source, table="_police_uk_dups", forces=forces,
                           unit="duplicate_rows", category="t.crime_type",
                           extra="t.offence_key AS offence_key", lsoa=False)
        ctx.con.execute("DROP TABLE IF EXISTS _police_uk_dups")
        last = summary.cover(ctx, self.source, ("force", "lsoa"))
        if summary.blank_id:
            notes.append(f"{summary.blank_id} rows with a blank Crime ID (anti-social behaviour): kept")
        if dropped:
            notes.append(f"{dropped} rows repeat an earlier Crime ID: first row kept, later ones dropped")
        notes += summary.location_notes()
        return _parsed(ctx, source=self.source, forces=forces, last=last, read=read,
                       kept=read - dropped, drops={"duplicate crime id": dropped}, notes=notes)


class PoliceUkOutcomes:
    """Outcomes of crimes (any month's crimes): ``YYYY-MM-<force>-outcomes.csv``."""

    format = "police_uk_outcomes"
    source = "police_uk_outcomes"
    description = "data.police.uk outcomes CSV (any force)"

    def sniff(self, head: FileHead) -> bool:
        return head.kind == "csv" and head.header_lower == [c.lower() for c in OUTCOMES_HEADER]

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        src = _read_csv_sql(head.path, OUTCOMES_HEADER)
        select = ('SELECT "Crime ID" AS crime_id, "Month" AS month, "Reported by" AS reported_by, '
                  '"Falls within" AS falls_within, "Longitude" AS longitude, "Latitude" AS latitude, '
                  '"Location" AS location, "LSOA code" AS lsoa_code, "LSOA name" AS lsoa_name, '
                  f'"Outcome type" AS outcome_type FROM {src}')
        read = _run(head, ctx, "outcomes", select, "Month")
        _check_months(head, ctx, "outcomes")
        if read == 0:
            raise ParseError(head.display, "has a header but no rows", hint="Re-download the file")
        cols = ("crime_id, month, reported_by, falls_within, longitude, latitude, location, "
                "lsoa_code, lsoa_name, outcome_type")
        dup = ctx.con.execute(
            f"""DELETE FROM outcomes WHERE rowid IN (
                   SELECT rowid FROM outcomes WHERE ingest_id = ?
                   QUALIFY row_number() OVER (PARTITION BY {cols} ORDER BY rowid) > 1)""",
            [ctx.ingest_id]).fetchone()
        dropped = int(dup[0]) if dup else 0
        summary = _Summary(ctx, "outcomes")
        forces = summary.forces
        _insert_counts(ctx, source=self.source, table="outcomes", forces=forces, unit="outcomes",
                       category="NULL", extra="t.outcome_type AS outcome")
        last = summary.cover(ctx, self.source, ("force", "lsoa"))
        notes = [f"{dropped} rows repeat an earlier row exactly: dropped"] if dropped else []
        notes += summary.location_notes()
        return _parsed(ctx, source=self.source, forces=forces, last=last, read=read,
                       kept=read - dropped, drops={"exact duplicate row": dropped}, notes=notes)


class PoliceUkStopSearch:
    """Stop-and-search records: ``YYYY-MM-<force>-stop-and-search.csv`` (14 to 15 columns)."""

    format = "police_uk_stop_search"
    source = "police_uk_stop_search"
    description = "data.police.uk stop-and-search CSV (any force, 2014+ column variants)"

    def sniff(self, head: FileHead) -> bool:
        h = head.header_lower
        known = {c.lower() for c in STOP_HEADER}
        return head.kind == "csv" and _STOP_REQUIRED <= set(h) and set(h) <= known and len(set(h)) == len(h)

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        by_lower = {c.lower(): c for c in STOP_HEADER}
        header = [by_lower[h] for h in head.header_lower]
        src = _read_csv_sql(head.path, header)
        target = {"Type": "stop_type", "Part of a policing operation": "policing_operation",
                  "Latitude": "latitude", "Longitude": "longitude", "Gender": "gender",
                  "Age range": "age_range", "Self-defined ethnicity": "self_ethnicity",
                  "Officer-defined ethnicity": "officer_ethnicity", "Legislation": "legislation",
                  "Object of search": "object_of_search", "Outcome": "outcome",
                  "Outcome linked to object of search": "outcome_linked",
                  "Removal of more than just outer clothing": "outer_clothing_removed"}
        name_match = re.search(r"(\d{4}-\d{2})-([a-z0-9-]+?)-stop-and-search\.csv$",
                               Path(head.display.split("!")[-1]).name.lower())
        slug = name_match.group(2) if name_match else "unknown"
        parts = [f"{_q(c)} AS {target[c]}" for c in header if c in target]
        select = (f"SELECT {', '.join(parts)}, timezone('UTC', \"Date\") AS stop_datetime, "
                  f"CAST(date_trunc('month', timezone('Europe/London', \"Date\")) AS DATE) AS month, "
                  f"'{slug}' AS force FROM {src}")
        read = _run(head, ctx, "stops", select, "Date")
        notes = [] if name_match else ["force not known: the file name is not "
                                       "YYYY-MM-<force>-stop-and-search.csv, so scope 'unknown' is used"]
        missing = [c for c in STOP_HEADER if c not in header]
        if missing:
            notes.append(f"columns not in this file (stored as NULL): {', '.join(missing)}")
        dims = ("object_of_search AS subcategory, age_range AS age_group, gender AS sex, outcome, "
                "legislation AS method")
        ctx.insert("counts", f"""
            SELECT '{self.source}' AS source, 'month' AS period_grain, month AS period_start,
                   'force' AS area_type, force AS area_code, 'stops' AS unit,
                   stop_type AS category, officer_ethnicity AS ethnicity, {dims}, count(*) AS count
            FROM stops WHERE ingest_id = {ctx.ingest_id} GROUP BY ALL""")
        ctx.insert("counts", f"""
            SELECT '{self.source}' AS source, 'month' AS period_grain, month AS period_start,
                   'force' AS area_type, force AS area_code, '{SELF_DEFINED_UNIT}' AS unit,
                   self_ethnicity AS category, {_SELF_GROUP_SQL} AS ethnicity, {dims}, count(*) AS count
            FROM stops WHERE ingest_id = {ctx.ingest_id} GROUP BY ALL""")
        months = {r[0] for r in ctx.con.execute(
            "SELECT DISTINCT month FROM stops WHERE ingest_id = ?", [ctx.ingest_id]).fetchall()}
        if name_match:   # an empty month is still a month with data: zero stops
            y, m = name_match.group(1).split("-")
            months.add(date(int(y), int(m), 1))
        if not months:
            raise ParseError(head.display, "has no rows and no month in its name", hint="Re-download the file")
        periods = sorted(months)
        ctx.cover(source=self.source, scope_type="force", scope_code=slug, scope_name=None,
                  level="force", grain="month", periods=periods)
        label, when, basis = _vintage(ctx, periods[-1])
        return Parsed(source=self.source, publisher=f"{PUBLISHER} ({slug})", licence=LICENCE,
                      vintage=label, vintage_date=when, vintage_basis=basis, rows_read=read,
                      rows_kept=read, notes=notes)


def _run(head: FileHead, ctx: IngestContext, table: str, select: str, required: str) -> int:
    """Insert the parsed file into ``table``; DuckDB errors become ParseErrors with a line."""
    try:
        return ctx.insert(table, select)
    except duckdb.ConstraintException:
        line = _first_blank(head, required)
        raise ParseError(head.display, f"{required} is empty", line=line, column=required,
                         hint="Every row needs one; re-download the file") from None
    except duckdb.Error as exc:
        raise _parse_error(head, exc) from None


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


READERS: list[Reader] = [PoliceUkStreet(), PoliceUkOutcomes(), PoliceUkStopSearch()]
