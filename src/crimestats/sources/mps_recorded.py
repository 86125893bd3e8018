"""London Datastore "MPS recorded crime" files: borough, ward and LSOA counts by month.

The Metropolitan Police publish police-recorded offences as *wide* tables: one row per area and
offence (major and minor category), one column per month named ``YYYYMM``.  The same series comes
in several shapes, all recognised from the header (never the file name):

========  ==========================================  ============================================
level     area columns                                category columns
========  ==========================================  ============================================
borough   ``LookUp_BoroughName`` / ``boroughname``    ``MajorText, MinorText`` (any case)
ward      ``WardName, WardCode, LookUp_BoroughName``  ``MajorText, MinorText``
lsoa      ``lsoa_code, lsoa_name, borough`` (E09)     ``major_category, minor_category``
========  ==========================================  ============================================

Column order differs between files and does not matter.  Two category schemes occur: the older
Title Case one (``Domestic Burglary``, 56 minors) and the newer UPPER CASE one (``RES BURGLARY OF A
HOME``, 33 minors); labels are stored verbatim and mapped with :func:`crimestats.offence_key`.
Borough names get GSS codes from :mod:`crimestats.reference._areas`; the Met's pseudo-borough for Heathrow
and London City airports (``London Heathrow and London City Airports``, in ward files
``Aviation Security (SO18)``) gets ``MPS-AIRPORTS``.  Names with no code (the historical Parquet
file has an ``Unknown`` borough) are kept with a NULL code and listed in the ingest notes.  Zero
cells are stored at borough level, so "no offences" is a stored 0 there; at ward and LSOA level,
where most cells are 0 (millions of rows), they are left out: within a period the file covers
(see ``coverage``), an area and offence with no row had 0 offences.

Wards against boroughs: in the historical Parquet pair, wards sum to their borough in about 99%
of borough-months.  ``ward_21_23.csv`` does not: about 3.5% of the borough file's offences have
no ward, so its ward totals fall short of ``borough_21_23.csv`` in every month.  One ward
(Heathrow Villages, E05013570) appears under two boroughs (Hillingdon and the airports) and is
kept as two rows with different ``parent_code``.

A second, third-party format is read too: LSOA x calendar-year totals of *one* major category
(``LSOA11CD, LSOA11NM, MSOA11CD, MSOA11NM, LAD11CD, LAD11NM, 2011, ..., 2021``, values such as
``5.0``).  Those files have no category column: the category is taken from the file *name*
(``...-major-robbery.csv``) as a label only, and the notes say so.  Each category is stored under
its own source key (``mps_recorded_crime_lsoa_annual_robbery``...), because coverage and "latest
vintage" are decided per (source, level, period): under one shared key the three files, which
cover the same years, would hide each other.

Vintages
--------
None of these files carries an extract date.  A file's vintage is therefore

* the one given at ingest (``crimestats ingest --vintage 2024-03-15``), basis ``given``; or else
* its last month: label ``MPS extract to 2023-11``, ``vintage_date`` = 2023-11-01, basis
  ``last month in file`` (annual files: ``MPS LSOA annual to 2021``, basis ``last year in file``).

Where two files cover the same month at the same level, queries use the later vintage by default
and ``vintage='all'`` shows both.  Limits, stated plainly: the last month is a proxy.  A file
that is a later extract but stops earlier (MPS re-publishes revised history) would rank as older;
two extracts ending in the same month tie and the one ingested last wins.  For the files in
``shared/data``: ``borough_10_21.csv`` ends 2021-11 and ``borough_21_23.csv`` 2023-11; the
historical Parquet borough file restates 2010-04 onwards with revised numbers and in the new
category scheme.  Its columns actually run to 2024-02 (the data manifest says 2023-07), so it
ranks as newer than both CSVs; that is probably right (its numbers read as a later revision), but
nothing in the files proves it.  If a ranking is wrong, ingest with ``--vintage`` (into a fresh
store: a file whose sha256 is already stored is not read again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .._errors import ParseError
from ..reference._areas import borough_code
from ..reference._taxonomy import offence_key
from ._base import FileHead, IngestContext, Parsed, Reader
from ._readhelp import choose_vintage, csv_rows

__all__ = ["READERS", "MpsRecordedWide", "MpsLsoaAnnual", "SOURCE", "ANNUAL_SOURCE"]

SOURCE = "mps_recorded_crime"
ANNUAL_SOURCE = "mps_recorded_crime_lsoa_annual"
PUBLISHER = "Metropolitan Police Service (London Datastore)"
LICENCE = "OGL v2.0"
SCOPE = ("force", "metropolitan", "Metropolitan Police Service")

_CATEGORY_PAIRS = (("majortext", "minortext"), ("major_category", "minor_category"),
                   ("major category", "minor category"), ("majorcategory", "minorcategory"))
_LSOA_CODE = ("lsoa_code", "lsoa code", "lsoacode")
_LSOA_NAME = ("lsoa_name", "lsoa name", "lsoaname")
_WARD_CODE = ("wardcode", "ward_code", "ward code")
_WARD_NAME = ("wardname", "ward_name", "ward name")
_BOROUGH = ("lookup_boroughname", "boroughname", "borough", "borough_name", "lookup_borough_name")
_E09 = re.compile(r"^E09\d{6}$")
# Zero cells are stored at borough level (small; "0 homicides" is then a row) and left out at
# ward and LSOA level, where most cells are 0: there a covered period with no row means 0.
_ZERO_FILTER = "WHERE l._num <> 0"

# file-name token -> MPS major category label (old scheme wording), for the annual LSOA files
_ANNUAL_CATEGORIES = {
    "robbery": "Robbery", "weapons": "Possession of Weapons", "violence": "Violence Against the Person",
    "burglary": "Burglary", "theft": "Theft", "sexual": "Sexual Offences", "drugs": "Drug Offences",
    "arson": "Arson and Criminal Damage", "vehicle": "Vehicle Offences",
}
_ANNUAL_IDS = {"lsoa11cd", "lsoa11nm", "msoa11cd", "msoa11nm", "lad11cd", "lad11nm"}


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _find(lower: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((lower[n] for n in names if n in lower), None)


@dataclass
class _Layout:
    """Which columns of a wide file hold what (actual column names as in the file)."""

    area_type: str
    major: str
    minor: str
    code: str | None
    name: str | None
    borough: str | None
    others: list[str] = field(default_factory=list)   # every remaining column: months, or errors


def _layout(columns: list[str]) -> _Layout | None:
    """The wide layout of these columns, or None when they are not an MPS recorded-crime table."""
    lower = {c.strip().lower(): c for c in columns}
    pair = next(((lower[a], lower[b]) for a, b in _CATEGORY_PAIRS if a in lower and b in lower), None)
    if pair is None:
        return None
    borough = _find(lower, _BOROUGH)
    if (code := _find(lower, _LSOA_CODE)) is not None:
        lay = _Layout("lsoa", *pair, code, _find(lower, _LSOA_NAME), borough)
    elif (code := _find(lower, _WARD_CODE)) is not None:
        lay = _Layout("ward", *pair, code, _find(lower, _WARD_NAME), borough)
    elif borough is not None:
        lay = _Layout("borough", *pair, None, borough, None)
    else:
        return None
    used = {lay.major, lay.minor, lay.code, lay.name, lay.borough}
    lay.others = [c for c in columns if c not in used]
    return lay


def _month(col: str) -> date | None:
    """``YYYYMM`` as the month's first day, or None when the column is not a month."""
    t = col.strip()
    if not re.fullmatch(r"\d{6}", t):
        return None
    y, m = int(t[:4]), int(t[4:])
    return date(y, m, 1) if 1990 <= y <= 2100 and 1 <= m <= 12 else None


def _cell_problem(text: str | None) -> str | None:
    """Why a count cell is not a non-negative whole number (None when it is fine)."""
    t = (text or "").strip()
    if not t:
        return "empty count (a blank is neither zero nor a figure)"
    try:
        v = float(t)
    except ValueError:
        return f"count {t!r} is not a number"
    if v != v or v in (float("inf"), float("-inf")):
        return f"count {t!r} is not a number"
    if v < 0:
        return f"negative count {t}"
    if v != int(v):
        return f"count {t} is not a whole number"
    return None


def _first_bad_line(head: FileHead, column: str) -> tuple[int, str] | None:
    """(line, problem) of the first bad count in ``column`` of a CSV (slow path, errors only)."""
    header = [h.strip() for h in head.header or []]
    if column not in header:
        return None
    idx = header.index(column)
    for line, rec in csv_rows(head):
        problem = _cell_problem(rec[idx] if idx < len(rec) else None)
        if problem:
            return line, problem
    return None


def _source_sql(head: FileHead, columns: list[str]) -> str:
    """A table expression reading the file with every column as text (CSV) or as stored (Parquet)."""
    if head.kind == "parquet":
        return f"read_parquet({_lit(str(head.path))}, file_row_number=true)"
    cols = ", ".join(f"{_lit(c)}: 'VARCHAR'" for c in columns)
    return (f"read_csv({_lit(str(head.path))}, header=true, columns={{{cols}}}, auto_detect=false, "
            "strict_mode=true, delim=',', quote='\"', escape='\"', encoding='utf-8')")


def _vintage(ctx: IngestContext, last: date, *, annual: bool = False) -> tuple[str, date, str]:
    if annual:
        return choose_vintage(ctx, label=f"MPS LSOA annual to {last.year}", when=last,
                              basis="last year in file")
    return choose_vintage(ctx, label=f"MPS extract to {last:%Y-%m}", when=last, basis="last month in file")


def _stage(ctx: IngestContext, head: FileHead, *, columns: list[str], ids: dict[str, str | None],
           values: list[str], stage: str, long: str) -> int:
    """Load the file into temp table ``stage`` (id columns renamed, values as text or numbers)
    and define view ``long``: one row per (row, value column) with ``_raw`` and ``_num``.

    Returns the number of data rows.  Numeric Parquet columns are kept as numbers (no text
    round trip); CSV cells are text, parsed with TRY_CAST so bad cells can be reported.
    """
    numeric = False
    if head.kind == "parquet":
        import pyarrow.parquet as pq

        schema = pq.read_schema(head.path)
        numeric = all(_is_number(schema.field(c).type) for c in values)
    rn = "file_row_number + 1" if head.kind == "parquet" else "row_number() OVER ()"
    id_sql = ", ".join(f"CAST({_q(c)} AS VARCHAR) AS {k}" if c else f"NULL::VARCHAR AS {k}"
                       for k, c in ids.items())
    cast = "DOUBLE" if numeric else "VARCHAR"
    val_sql = ", ".join(f"CAST({_q(c)} AS {cast}) AS {_q(c)}" for c in values)
    con = ctx.con
    con.execute(f"CREATE OR REPLACE TEMP TABLE {stage} AS SELECT {rn} AS _rn, {id_sql}, {val_sql} "
                f"FROM {_source_sql(head, columns)}")
    rows = int(con.execute(f"SELECT count(*) FROM {stage}").fetchone()[0])  # type: ignore[index]
    if rows == 0:
        raise ParseError(head.display, "no data rows below the header",
                         hint="The file is empty or cut short; re-download it")
    num = "_raw" if numeric else "TRY_CAST(trim(_raw) AS DOUBLE)"
    con.execute(f"""CREATE OR REPLACE TEMP VIEW {long} AS
        SELECT _rn, {', '.join(ids)}, _col, _raw, {num} AS _num
        FROM {stage} UNPIVOT INCLUDE NULLS (_raw FOR _col IN ({', '.join(_q(c) for c in values)}))""")
    return rows


def _drop(ctx: IngestContext, stage: str, long: str) -> None:
    ctx.con.execute(f"DROP VIEW IF EXISTS {long}")
    ctx.con.execute(f"DROP TABLE IF EXISTS {stage}")


def _is_number(t: object) -> bool:
    import pyarrow.types as pt

    return bool(pt.is_integer(t) or pt.is_floating(t))


def _check_cells(ctx: IngestContext, head: FileHead, long: str) -> None:
    """Raise ParseError for the first count that is blank, not a number, negative or fractional."""
    bad = ctx.con.execute(f"""
        SELECT _rn, _col, CAST(_raw AS VARCHAR) FROM {long}
        WHERE _num IS NULL OR NOT isfinite(_num) OR _num < 0 OR _num <> floor(_num)
        ORDER BY _rn LIMIT 1""").fetchone()
    if bad is None:
        return
    rn, col, raw = bad
    hint = "Counts must be whole numbers of offences, 0 or more; re-download the publisher's file"
    if head.kind != "parquet":
        found = _first_bad_line(head, col)
        if found:
            raise ParseError(head.display, found[1], line=found[0], column=col, hint=hint)
    problem = _cell_problem(None if raw is None else str(raw)) or f"bad count {raw!r}"
    raise ParseError(head.display, f"row {rn}: {problem}", column=col, hint=hint)


def _columns(head: FileHead) -> list[str]:
    return list(head.columns or head.header or [])


class MpsRecordedWide:
    """MPS recorded crime, wide monthly table (borough, ward or LSOA; CSV or Parquet)."""

    format = "mps_recorded_crime_wide"
    source = SOURCE
    description = ("London Datastore MPS recorded crime: area x major/minor category rows, one "
                   "YYYYMM column per month (borough, ward or LSOA; CSV or Parquet)")

    def sniff(self, head: FileHead) -> bool:
        return head.kind in ("csv", "parquet") and _layout(_columns(head)) is not None

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        columns = _columns(head)
        lay = _layout(columns)
        if lay is None:  # sniff said yes, so only a changed file gets here
            raise ParseError(head.display, "header is not an MPS recorded-crime table")
        months: dict[str, date] = {}
        for col in lay.others:
            when = _month(col)
            if when is None:
                raise ParseError(head.display, "column is not a month: expected YYYYMM, e.g. 202211",
                                 column=col, hint="Remove total or note columns; keep the publisher's "
                                 "month columns unchanged")
            months[col] = when
        if not months:
            raise ParseError(head.display, "the header has category and area columns but no month "
                             "columns (YYYYMM)", hint="The file may be cut short; re-download it")
        stage, long = f"_mps_stage_{ctx.ingest_id}", f"_mps_long_{ctx.ingest_id}"
        ids = {"_major": lay.major, "_minor": lay.minor, "_code": lay.code, "_name": lay.name,
               "_borough": lay.borough}
        try:
            rows_read = _stage(ctx, head, columns=columns, ids=ids, values=list(months),
                               stage=stage, long=long)
            _check_cells(ctx, head, long)
            notes = self._check_rows(ctx, head, lay, stage)
            kept = self._insert(ctx, lay, stage, long, months, notes)
        finally:
            _drop(ctx, stage, long)
        first, last = min(months.values()), max(months.values())
        ctx.cover(source=SOURCE, scope_type=SCOPE[0], scope_code=SCOPE[1], scope_name=SCOPE[2],
                  level=lay.area_type, grain="month", periods=sorted(months.values()))
        vintage, vdate, basis = _vintage(ctx, last)
        zeros = rows_read * len(months) - kept
        notes.insert(0, f"{lay.area_type} level, {len(months)} months {first:%Y-%m}..{last:%Y-%m}, "
                        f"{rows_read} area x category rows, {kept} monthly counts stored"
                        + ("" if lay.area_type == "borough" else
                           f"; {zeros} zero cells not stored (0 = covered month with no row)"))
        return Parsed(source=SOURCE, publisher=PUBLISHER, licence=LICENCE, vintage=vintage,
                      vintage_date=vdate, vintage_basis=basis, rows_read=rows_read,
                      rows_kept=rows_read, notes=notes)

    @staticmethod
    def _check_rows(ctx: IngestContext, head: FileHead, lay: _Layout, stage: str) -> list[str]:
        """Blank labels and repeated rows are errors; odd but usable content becomes notes."""
        con = ctx.con
        area = "_code" if lay.area_type != "borough" else "_name"
        blank = con.execute(f"""SELECT min(_rn) FILTER (WHERE coalesce(trim(_major), '') = ''
                                   OR coalesce(trim(_minor), '') = ''),
                                   min(_rn) FILTER (WHERE coalesce(trim({area}), '') = '')
                                FROM {stage}""").fetchone()
        for rn, what, col in ((blank[0], "blank offence category", lay.major),   # type: ignore[index]
                              (blank[1], "blank area", lay.code or lay.name)):    # type: ignore[index]
            if rn is not None:
                where = f"line {rn + 1}" if head.kind != "parquet" else f"row {rn}"
                raise ParseError(head.display, f"{what} (about {where})", column=col,
                                 hint="Every row needs its category and area; re-download the file")
        # a ward may appear under two boroughs (Heathrow Villages: Hillingdon and the airports)
        dup = con.execute(f"""SELECT _major, _minor, coalesce(_code, _name), _borough, count(*)
                              FROM {stage} GROUP BY _major, _minor, _code, _name, _borough
                              HAVING count(*) > 1 LIMIT 1""").fetchone()
        if dup is not None:
            where = " / ".join(str(v) for v in (dup[2], dup[3], dup[0], dup[1]) if v is not None)
            raise ParseError(head.display, f"{dup[4]} rows for the same area and offence "
                             f"({where}): summing them would double-count",
                             hint="Keep one row per area and category")
        notes: list[str] = []
        scheme = con.execute(f"SELECT bool_and(_major = upper(_major)) FROM {stage}").fetchone()[0]  # type: ignore[index]
        notes.append("category scheme: " + ("UPPER CASE (newer MPS scheme)" if scheme
                                            else "Title Case (older MPS scheme)"))
        if head.kind == "parquet":
            notes.append("Parquet copy of the London Datastore CSV (lower-case column names); "
                         "values as converted by whoever made the copy")
        return notes

    @staticmethod
    def _insert(ctx: IngestContext, lay: _Layout, stage: str, long: str, months: dict[str, date],
                notes: list[str]) -> int:
        import pyarrow as pa

        con = ctx.con
        pairs = con.execute(f"SELECT DISTINCT _major, _minor FROM {stage}").fetchall()
        keys = {(a, b): offence_key("mps", a, b) for a, b in pairs}
        unmapped = sorted(f"{a} / {b}" for (a, b), k in keys.items() if k is None)
        if unmapped:
            notes.append(f"{len(unmapped)} category pair(s) with no offence key (kept, key NULL): "
                         + "; ".join(unmapped))
        col = "_name" if lay.area_type == "borough" else "_borough"
        boroughs = [r[0] for r in con.execute(f"SELECT DISTINCT {col} FROM {stage} "
                                              f"WHERE {col} IS NOT NULL").fetchall()]
        codes = {b: (b.strip() if _E09.match(b.strip()) else borough_code(b)) for b in boroughs}
        nocode = sorted(b for b, c in codes.items() if c is None)
        if nocode:
            notes.append(f"borough name(s) with no code, kept with a NULL code: {', '.join(nocode)}")
        if any(c == "MPS-AIRPORTS" for c in codes.values()):
            notes.append("airports pseudo-borough (Heathrow and London City, Aviation Security SO18) "
                         "coded MPS-AIRPORTS")
        tables = {
            f"_mps_keys_{ctx.ingest_id}": pa.table({"k_major": [a for a, _ in keys],
                                                    "k_minor": [b for _, b in keys],
                                                    "offence_key": list(keys.values())}),
            f"_mps_months_{ctx.ingest_id}": pa.table({"_col": list(months),
                                                      "period_start": list(months.values())}),
            f"_mps_boroughs_{ctx.ingest_id}": pa.table({"b_value": list(codes),
                                                        "b_code": list(codes.values())}),
        }
        kt, mt, bt = tables
        if lay.area_type == "borough":
            area = "b.b_code AS area_code, l._name AS area_name, NULL::VARCHAR AS parent_code"
            join_b = f"LEFT JOIN {bt} b ON b.b_value = l._name"
        else:
            area = "l._code AS area_code, l._name AS area_name, b.b_code AS parent_code"
            join_b = f"LEFT JOIN {bt} b ON b.b_value = l._borough"
        sql = f"""SELECT {_lit(SOURCE)} AS source, 'month' AS period_grain, m.period_start,
                         {_lit(lay.area_type)} AS area_type, {area},
                         l._major AS category, l._minor AS subcategory, k.offence_key,
                         'offences' AS unit, CAST(l._num AS BIGINT) AS count
                  FROM {long} l JOIN {mt} m USING (_col)
                  LEFT JOIN {kt} k ON k.k_major = l._major AND k.k_minor = l._minor
                  {join_b} {_ZERO_FILTER if lay.area_type != "borough" else ""}"""
        for name, tbl in tables.items():
            con.register(name, tbl)
        try:
            return ctx.insert("counts", sql)
        finally:
            for name in tables:
                con.unregister(name)


def _annual_category(head: FileHead) -> tuple[str, str]:
    """(slug, MPS major label) named by the file name, or ParseError asking for a standard name."""
    stem = head.display.replace("\\", "/").split("/")[-1].split("!")[-1].lower()
    tokens = set(re.split(r"[^a-z0-9]+", stem))
    found = sorted(t for t in _ANNUAL_CATEGORIES if t in tokens)
    if len(found) != 1:
        raise ParseError(
            head.display,
            "this LSOA x year file has no category column, so its offence category is taken from "
            f"the file name, which names {'none' if not found else 'several: ' + ', '.join(found)}",
            hint="Rename it in the standard way, e.g. 'london-2011-2021-major-robbery.csv' (one of: "
                 + ", ".join(sorted(_ANNUAL_CATEGORIES)) + ")")
    return found[0], _ANNUAL_CATEGORIES[found[0]]


class MpsLsoaAnnual:
    """LSOA x calendar-year totals of one MPS major category (third-party aggregate of MPS data)."""

    format = "mps_recorded_crime_lsoa_annual"
    source = ANNUAL_SOURCE
    description = ("MPS recorded crime aggregated to LSOA x calendar year for one major category "
                   "(LSOA11CD..LAD11NM, then YYYY columns; category from the file name)")

    def sniff(self, head: FileHead) -> bool:
        cols = [c.strip().lower() for c in (head.header or [])]
        return (head.kind == "csv" and "lsoa11cd" in cols
                and any(re.fullmatch(r"\d{4}", c) for c in cols))

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        header = list(head.header or [])
        lower = {h.strip().lower(): h for h in header}
        years: dict[str, date] = {}
        for col in header:
            if col.strip().lower() in _ANNUAL_IDS:
                continue
            if not re.fullmatch(r"\d{4}", col.strip()) or not 1990 <= int(col) <= 2100:
                raise ParseError(head.display, "column is not a calendar year (YYYY)", column=col,
                                 hint="Remove total or note columns")
            years[col] = date(int(col), 1, 1)
        slug, major = _annual_category(head)
        source = f"{ANNUAL_SOURCE}_{slug}"
        key = offence_key("mps", major, None)
        stage, long = f"_mps_astage_{ctx.ingest_id}", f"_mps_along_{ctx.ingest_id}"
        ids = {"_code": lower["lsoa11cd"], "_name": lower.get("lsoa11nm"), "_parent": lower.get("lad11cd")}
        try:
            rows_read = _stage(ctx, head, columns=header, ids=ids, values=list(years),
                               stage=stage, long=long)
            _check_cells(ctx, head, long)
            kept = ctx.insert("counts", f"""
                SELECT {_lit(source)} AS source, 'year' AS period_grain,
                       make_date(CAST(_col AS INTEGER), 1, 1) AS period_start, 'lsoa' AS area_type,
                       _code AS area_code, _name AS area_name, _parent AS parent_code,
                       {_lit(major)} AS category, NULL::VARCHAR AS subcategory,
                       {_lit(key) if key else 'NULL::VARCHAR'} AS offence_key,
                       'offences' AS unit, CAST(_num AS BIGINT) AS count
                FROM {long} l {_ZERO_FILTER}""")
        finally:
            _drop(ctx, stage, long)
        first, last = min(years.values()), max(years.values())
        ctx.cover(source=source, scope_type=SCOPE[0], scope_code=SCOPE[1], scope_name=SCOPE[2],
                  level="lsoa", grain="year", periods=sorted(years.values()))
        vintage, vdate, basis = _vintage(ctx, last, annual=True)
        notes = [
            f"category {major!r} taken from the file NAME (token {slug!r}): the file has no category "
            "column, so a renamed file would be mislabelled",
            f"stored under source {source!r}: one source per category, so the category files do "
            "not replace one another as 'latest' for the same years",
            "calendar-year totals aggregated from MPS monthly LSOA data by a third party, not by "
            "the MPS; whether the first and last years are complete cannot be checked from the file",
            *([] if key else [f"category {major!r} has no offence key (kept, key NULL)"]),
            f"LSOA 2011 codes; {len(years)} years {first.year}..{last.year}, {rows_read} LSOAs, "
            f"{kept} yearly counts stored; {rows_read * len(years) - kept} zero cells not stored",
        ]
        return Parsed(source=source, publisher="MPS recorded crime, aggregated to years by a third "
                      "party", licence=LICENCE, vintage=vintage, vintage_date=vdate,
                      vintage_basis=basis, rows_read=rows_read, rows_kept=rows_read, notes=notes)


READERS: list[Reader] = [MpsRecordedWide(), MpsLsoaAnnual()]
