"""Readers for the Metropolitan Police homicide dashboard: victims (CSV) and accused (Parquet).

*Victims* (``homicides.csv``, London Datastore homicide dashboard): one row per victim with
coarse age group, sex, method of killing, domestic-abuse flag, solved status, borough, ethnicity
and calendar year (no month).  Stored as one ``counts`` row per distinct combination, unit
``victims``, yearly.  The last year in an extract is often partial (the extract is taken during
the year): when it holds under half the median year's victims, the reader says so in its notes and
does not mark that year as covered, so it is never read as a complete year.

*Accused* (``homicide.parquet``): one row per person proceeded against (``count_of_ppa``), by
borough, sex, age band, self-classified ethnicity, offence (murder, manslaughter, ...), outcome
(charged/summonsed, accused deceased, ...) and month of proceedings (``'Jan-03'``).  Unit
``accused``, monthly.  Accused are *people charged*, not victims or offences: one homicide can
have several accused and many have none yet.

The helpers every Met reader shares (vintage, borough codes, column checks) are in
:mod:`crimestats.sources._met`.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from typing import Any

import pyarrow as pa

from .._errors import ParseError
from ._base import FileHead, IngestContext, Parsed, Reader, month_range
from ._met import (
    LICENCE,
    PUBLISHER,
    borough_lookup,
    cover,
    drain,
    month_end,
    require_columns,
    sql_path,
    vintage_of,
)

__all__ = ["READERS", "MetHomicideVictims", "MetHomicideAccused"]

_VICTIM_COLUMNS = ["Age_Group", "Sex", "Method_of_Killing", "Domestic_Abuse", "Solved_Status",
                   "Borough", "Ethnicity", "Year"]
# stored column <- file column
_VICTIM_DIMS = {"age_group": "Age_Group", "sex": "Sex", "method": "Method_of_Killing",
                "domestic_abuse": "Domestic_Abuse", "solved_status": "Solved_Status",
                "ethnicity": "Ethnicity"}


class MetHomicideVictims:
    """MPS homicide dashboard, victims: one CSV row per victim, yearly."""

    format = "met_homicide_victims"
    source = "met_homicide_victims"
    description = "MPS homicide victims CSV (one row per victim: age group, sex, method, borough, year)"

    def sniff(self, head: FileHead) -> bool:
        cols = set(head.header_lower) if head.kind == "csv" else set()
        return "method_of_killing" in cols or {"solved_status", "domestic_abuse"} <= cols

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        with open(head.path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = [h.strip() for h in next(reader, [])]
            require_columns(head, header, _VICTIM_COLUMNS, what="Met homicide victims")
            idx = {h.lower(): i for i, h in enumerate(header)}
            combos: Counter[tuple[Any, ...]] = Counter()
            rows_read = 0
            for rec in reader:
                if not any(v.strip() for v in rec):
                    continue
                rows_read += 1
                if len(rec) != len(header):
                    raise ParseError(head.display, f"row has {len(rec)} fields, the header has {len(header)}",
                                     line=reader.line_num, hint="The file may be truncated or hand-edited")
                raw_year = rec[idx["year"]].strip()
                if not re.fullmatch(r"\d{4}", raw_year):
                    raise ParseError(head.display, f"year {raw_year!r} is not a four-digit year",
                                     line=reader.line_num, column="Year",
                                     hint="Every victim row needs a calendar year such as 2021")
                dims = tuple(rec[idx[c.lower()]].strip() or None for c in _VICTIM_DIMS.values())
                combos[(int(raw_year), rec[idx["borough"]].strip() or None, *dims)] += 1
        if rows_read == 0:
            raise ParseError(head.display, "the file has a header but no victim rows",
                             hint="Download the file again; an empty extract cannot be stored")
        years = sorted({k[0] for k in combos})
        cols: dict[str, list[Any]] = {"period_start": [], "area_name": [], "count": []}
        cols.update({k: [] for k in _VICTIM_DIMS})
        for (year, borough, *dim_values), n in combos.items():
            cols["period_start"].append(date(year, 1, 1))
            cols["area_name"].append(borough)
            cols["count"].append(n)
            for k, v in zip(_VICTIM_DIMS, dim_values, strict=True):
                cols[k].append(v)
        table = pa.table(cols)
        notes = ["Year only (no month); age groups are coarse (Child, Adolescent/Young Adult, Adult, Elderly)"]
        with borough_lookup(ctx.con, cols["area_name"]) as unknown:
            if unknown:
                notes.append(f"borough names with no GSS code (kept, area_code NULL): {', '.join(unknown)}")
            _insert_with(
                ctx, table, "_met_victims_stage", f"""
                SELECT '{self.source}' AS source, 'year' AS period_grain, t.period_start,
                       'borough' AS area_type, b.area_code, t.area_name, 'Homicide' AS category,
                       'homicide' AS offence_key, 'victims' AS unit, t.age_group, t.sex, t.ethnicity,
                       t.method, t.domestic_abuse, t.solved_status, t.count
                FROM _met_victims_stage t LEFT JOIN _met_borough_lookup b ON b.name = t.area_name
            """)
        per_year: Counter[int] = Counter()
        for (year, *_), n in combos.items():
            per_year[year] += n
        earlier = sorted(per_year[y] for y in years[:-1])
        full_years = [date(y, 1, 1) for y in range(years[0], years[-1] + 1)]
        median = earlier[len(earlier) // 2] if earlier else 0
        # (only for files large enough for the comparison to mean something)
        if median >= 20 and per_year[years[-1]] < median / 2:
            # An extract taken during the year: its last year is incomplete.  The rows are kept, but
            # the year is not marked covered, so a figure for it is refused as partial rather than
            # read as a fall in homicide.
            full_years = full_years[:-1]
            notes.append(f"last year {years[-1]} holds {per_year[years[-1]]} victims, under half the median "
                         f"year: most likely a partial year (extract taken during {years[-1]}); stored but "
                         f"not marked as covered, so figures for {years[-1]} are refused as incomplete")
        cover(ctx, source=self.source, level="borough", grain="year", periods=full_years)
        label, when, basis = vintage_of(ctx, label=f"Met homicide victims to {years[-1]}",
                                        when=date(years[-1], 12, 31), basis="last year in file")
        return Parsed(source=self.source, publisher=PUBLISHER, licence=LICENCE, vintage=label,
                      vintage_date=when, vintage_basis=basis, rows_read=rows_read, rows_kept=rows_read,
                      notes=notes)


def _insert_with(ctx: IngestContext, table: pa.Table, name: str, query: str) -> int:
    """Register an Arrow table under ``name`` for the length of one ``ctx.insert`` query."""
    drain(ctx.con)
    ctx.con.register(name, table)
    try:
        return ctx.insert("counts", query)
    finally:
        drain(ctx.con)
        ctx.con.unregister(name)


# -- accused ---------------------------------------------------------------------------------

_ACCUSED_COLUMNS = ["count_of_ppa", "borough", "gender", "age_group", "self_classified_ethnicity",
                    "offence_type", "charged_summonsed", "proceedings_date"]


class MetHomicideAccused:
    """MPS homicide dashboard, accused: people proceeded against, by month of proceedings."""

    format = "met_homicide_accused"
    source = "met_homicide_accused"
    description = "MPS homicide accused Parquet (count_of_ppa by borough, offence, month of proceedings)"

    def sniff(self, head: FileHead) -> bool:
        cols = set(head.header_lower) if head.kind == "parquet" else set()
        return "count_of_ppa" in cols or {"charged_summonsed", "proceedings_date"} <= cols

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        require_columns(head, head.columns or [], _ACCUSED_COLUMNS, what="Met homicide accused")
        con = ctx.con
        con.execute(f"""CREATE OR REPLACE TEMP VIEW _met_accused AS
            SELECT row_number() OVER () AS row_no, *, try_strptime(trim(proceedings_date), '%b-%y') AS month
            FROM read_parquet({sql_path(head)})""")
        try:
            bad = con.execute("""SELECT row_no, proceedings_date FROM _met_accused
                                 WHERE month IS NULL ORDER BY row_no LIMIT 1""").fetchone()
            if bad:
                raise ParseError(head.display, f"row {bad[0]}: proceedings date {bad[1]!r} is not like 'Jan-03'",
                                 column="proceedings_date", hint="Dates must be month-abbreviation and two-digit year")
            bad = con.execute("""SELECT row_no, count_of_ppa FROM _met_accused
                                 WHERE count_of_ppa IS NULL OR count_of_ppa < 0 ORDER BY row_no LIMIT 1""").fetchone()
            if bad:
                raise ParseError(head.display, f"row {bad[0]}: count {bad[1]!r} is not a count of people",
                                 column="count_of_ppa")
            rows_read, first, last = con.execute(
                "SELECT count(*), min(month), max(month) FROM _met_accused").fetchone()  # type: ignore[misc]
            if rows_read == 0:
                raise ParseError(head.display, "the file holds no accused rows", hint="Download it again")
            names = [r[0] for r in con.execute("SELECT DISTINCT trim(borough) FROM _met_accused").fetchall()]
            with borough_lookup(con, names) as unknown:
                ctx.insert("counts", f"""
                    SELECT '{self.source}' AS source, 'month' AS period_grain, CAST(a.month AS DATE) AS period_start,
                           'borough' AS area_type, b.area_code, trim(a.borough) AS area_name,
                           'Homicide' AS category, trim(a.offence_type) AS subcategory,
                           'homicide' AS offence_key, 'accused' AS unit, trim(a.age_group) AS age_group,
                           trim(a.gender) AS sex, trim(a.self_classified_ethnicity) AS ethnicity,
                           trim(a.charged_summonsed) AS outcome, sum(a.count_of_ppa) AS count
                    FROM _met_accused a LEFT JOIN _met_borough_lookup b ON b.name = trim(a.borough)
                    GROUP BY ALL""")
        finally:
            con.execute("DROP VIEW IF EXISTS _met_accused")
        first_d, last_d = first.date(), last.date()
        cover(ctx, source=self.source, level="borough", grain="month", periods=month_range(first_d, last_d))
        notes = ["Accused = people proceeded against (charged/summonsed, or accused deceased), by month of "
                 "proceedings, not month of the killing; not a count of homicides",
                 "Labels trimmed of trailing spaces (e.g. 'Black ')"]
        if unknown:
            notes.append(f"borough names with no GSS code (kept, area_code NULL): {', '.join(unknown)}")
        label, when, basis = vintage_of(ctx, label=f"Met homicide accused to {last_d:%Y-%m}",
                                        when=month_end(last_d), basis="last month in file")
        return Parsed(source=self.source, publisher=PUBLISHER, licence=LICENCE, vintage=label,
                      vintage_date=when, vintage_basis=basis, rows_read=int(rows_read),
                      rows_kept=int(rows_read), notes=notes)


READERS: list[Reader] = [MetHomicideVictims(), MetHomicideAccused()]
