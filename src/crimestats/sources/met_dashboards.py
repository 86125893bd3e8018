"""Readers for the Metropolitan Police dashboards published on the London Datastore.

All are long-format files (Parquet as converted by fenneh/london-crime-data, plus one small JSON)
stored as ``counts`` rows under the Met force scope:

``met_crime_dashboard``   monthly crime dashboard: knife crime by borough and by Safer
                          Neighbourhood Team (SNT), offences and positive outcomes.  There are
                          **no London total rows**: the borough rows (with pseudo-areas 'N/K',
                          'Non MET police force', a blank area and the airports) add up to London,
                          and the SNT rows are a *second* breakdown of the same offences.  Never add
                          borough and ward rows together.  'Knife Crime with Injury' is a subset of
                          'Knife Crime'; the two 'Knife Injury Victims' subtypes count *people*
                          (unit ``victims``) although the file's measure says 'Offences'.
``met_custody``           custody disposals: offences dealt with in custody, by the *current*
                          disposal (charge, NFA, released under investigation, ...).  One arrest for
                          three offences counts three; recent months change as cases progress.
``met_knife_crime_derived`` a third party's monthly London 'knife crime' series (JSON).  It equals the
                          sum of *every* subtype with measure 'Offences' in the dashboard, so it
                          double counts (injury subsets and victims added to knife crime): stored
                          with no offence key so that no measure picks it up as knife crime.
``met_vawg_*``            VAWG offences and victims; each sheet is a full breakdown of the same total,
                          so each sheet is stored under its own source key.
``met_thorough_searches`` strip searches (more thorough searches), one row per search.
``met_stolen_animals``    stolen animals by borough, animal, offence and recovery.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import duckdb
import pyarrow as pa

from .._areas import MET_FORCE, london_boroughs, normalise_name
from .._errors import ParseError
from ._base import FileHead, IngestContext, Parsed, Reader, month_range
from .met_homicide import (LICENCE, PUBLISHER, borough_lookup, cover, drain, met_borough_code,
                           month_end, require_columns, sql_path, vintage_of)

__all__ = ["READERS", "MetCrimeDashboard", "MetCustody", "MetKnifeCrimeDerived", "MetVawg",
           "MetThoroughSearches", "MetStolenAnimals"]

FORCE_CODE, FORCE_NAME = MET_FORCE[0], MET_FORCE[1]


def snake(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")


@contextmanager
def staged(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """Register Arrow tables by name for the length of a block."""
    drain(con)
    for name, t in tables.items():
        con.register(name, t)
    try:
        yield
    finally:
        drain(con)
        for name in tables:
            con.unregister(name)


@contextmanager
def parquet_view(ctx: IngestContext, head: FileHead, view: str, extra: str = "") -> Iterator[None]:
    """A temp view over the Parquet file with a 1-based ``row_no`` (for error messages)."""
    ctx.con.execute(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT row_number() OVER () AS row_no, *{extra} "
                    f"FROM read_parquet({sql_path(head)})")
    try:
        yield
    finally:
        ctx.con.execute(f"DROP VIEW IF EXISTS {view}")


def check_rows(ctx: IngestContext, head: FileHead, view: str, checks: list[tuple[str, str, str]]) -> None:
    """Raise :class:`ParseError` on the first row failing any (SQL condition, column, what) check."""
    for cond, column, what in checks:
        bad = ctx.con.execute(f"SELECT row_no FROM {view} WHERE {cond} ORDER BY row_no LIMIT 1").fetchall()
        if bad:
            raise ParseError(head.display, f"row {bad[0][0]}: {what}", column=column,
                             hint="Download the file again unmodified")


def span(ctx: IngestContext, view: str, month_expr: str) -> tuple[int, date, date]:
    n, first, last = ctx.con.execute(f"SELECT count(*), min({month_expr}), max({month_expr}) FROM {view}").fetchall()[0]
    if not n:
        raise ValueError("empty")
    return int(n), _as_date(first), _as_date(last)


def _as_date(v: Any) -> date:
    return date(v.year, v.month, 1)


def _empty(head: FileHead, what: str) -> ParseError:
    return ParseError(head.display, f"the file holds no {what} rows", hint="Download it again")


def _parsed(source: str, ctx: IngestContext, *, label: str, when: date, basis: str, rows: int,
            notes: list[str], kept: int | None = None, drops: dict[str, int] | None = None) -> Parsed:
    v, d, b = vintage_of(ctx, label=label, when=when, basis=basis)
    return Parsed(source=source, publisher=PUBLISHER, licence=LICENCE, vintage=v, vintage_date=d,
                  vintage_basis=b, rows_read=rows, rows_kept=rows if kept is None else kept,
                  drop_reasons=drops or {}, notes=notes)


# -- monthly crime dashboard -------------------------------------------------------------------

# normalised crime_subtype -> offence key (see the marked section of _taxonomy.OFFENCE_KEYS)
_DASHBOARD_KEYS = {
    "knife crime": "knife_crime",
    "knife crime with injury": "knife_crime_with_injury",
    "knife crime with injury personal robbery": "knife_crime_with_injury_robbery",
    "knife injury victims 1 24": "knife_injury_victims_u25",
    "knife injury victims non da 1 24": "knife_injury_victims_u25_non_da",
}
_DASHBOARD_COLUMNS = ["month_year", "area_type", "borough_snt", "area_name", "area_code", "crime_type",
                      "crime_subtype", "measure", "count", "refresh_date"]


def dashboard_unit(subtype: str, measure: str) -> str:
    """'victims' for victim-count subtypes (their measure is labelled 'Offences'), else the measure."""
    if "victim" in subtype.lower() and measure.strip().lower() == "offences":
        return "victims"
    return snake(measure)


def _snt_parent(borough_snt: str | None) -> str | None:
    """Borough code of an SNT from its 'Borough SNT-name' label (longest borough-name prefix)."""
    if not borough_snt:
        return None
    label = normalise_name(borough_snt)
    names = sorted((normalise_name(b.name) for b in london_boroughs()), key=len, reverse=True)
    for n in names:
        if label.startswith(n + " ") or label == n:
            return met_borough_code(n)
    return met_borough_code(borough_snt.split(" Non MET")[0]) if "aviation" in label else None


class MetCrimeDashboard:
    """MPS monthly crime dashboard (knife crime by borough and SNT, offences and outcomes)."""

    format = "met_crime_dashboard"
    source = "met_crime_dashboard"
    description = "MPS monthly crime dashboard Parquet (crime_subtype x measure by borough / SNT)"

    def sniff(self, head: FileHead) -> bool:
        cols = set(head.header_lower) if head.kind == "parquet" else set()
        return {"crime_subtype", "measure", "borough_snt"} <= cols

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        require_columns(head, head.columns or [], _DASHBOARD_COLUMNS, what="MPS monthly crime dashboard")
        con, v = ctx.con, "_met_dash"
        with parquet_view(ctx, head, v):
            check_rows(ctx, head, v, [
                ("month_year IS NULL", "month_year", "no month"),
                ("count IS NULL OR count < 0", "count", "count missing or negative"),
                ("measure IS NULL OR crime_subtype IS NULL", "measure", "measure or crime subtype missing"),
                ("area_type IS NULL", "area_type", "area type missing")])
            try:
                rows, first, last = span(ctx, v, "month_year")
            except ValueError:
                raise _empty(head, "dashboard") from None
            refresh = [r[0] for r in con.execute(f"SELECT DISTINCT refresh_date FROM {v} "
                                                 "WHERE refresh_date IS NOT NULL ORDER BY 1").fetchall()]
            areas = con.execute(f"SELECT DISTINCT area_type, borough_snt, area_name, area_code FROM {v}").fetchall()
            labels = con.execute(f"SELECT DISTINCT crime_subtype, measure FROM {v}").fetchall()
            area_map = self._areas(areas)
            unit_map = {"subtype": [s for s, _ in labels], "measure": [m for _, m in labels],
                        "unit": [dashboard_unit(s, m) for s, m in labels],
                        "offence_key": [_DASHBOARD_KEYS.get(normalise_name(s)) for s, _ in labels]}
            with staged(con, _met_dash_areas=area_map, _met_dash_units=pa.table(unit_map)):
                ctx.insert("counts", f"""
                    SELECT '{self.source}' AS source, 'month' AS period_grain,
                           CAST(date_trunc('month', d.month_year) AS DATE) AS period_start,
                           a.out_type AS area_type, a.out_code AS area_code, a.out_name AS area_name,
                           a.parent_code, d.crime_type AS category, d.crime_subtype AS subcategory,
                           u.offence_key, u.unit, d.count
                    FROM {v} d
                    JOIN _met_dash_areas a ON a.area_type IS NOT DISTINCT FROM d.area_type
                     AND a.borough_snt IS NOT DISTINCT FROM d.borough_snt
                     AND a.area_name IS NOT DISTINCT FROM d.area_name AND a.area_code IS NOT DISTINCT FROM d.area_code
                    JOIN _met_dash_units u ON u.subtype = d.crime_subtype AND u.measure = d.measure""")
            levels = sorted(set(area_map.column("out_type").to_pylist()))
        for level in levels:
            cover(ctx, source=self.source, level=level, grain="month", periods=month_range(first, last))
        notes = ["No London total rows: borough rows (with pseudo-areas N/K, Non MET police force, blank and "
                 "airports) sum to London; ward (SNT) rows are a second breakdown of the same offences",
                 "Knife Crime with Injury is a subset of Knife Crime; 'Knife Injury Victims' subtypes count "
                 "victims (unit 'victims') although their measure reads 'Offences'",
                 "SNT rows stored as area_type 'ward' (SNTs are ward teams; codes are ward GSS codes)",
                 "fy_fyindex ignored: it repeats one index for every month of a financial year"]
        unknown = sorted({s for s, k in zip(unit_map["subtype"], unit_map["offence_key"]) if k is None})
        if unknown:
            notes.append(f"crime subtypes with no offence key: {', '.join(unknown)}")
        if len(refresh) > 1:
            notes.append(f"{len(refresh)} refresh dates in file; the latest dates the vintage")
        if refresh:
            r = refresh[-1].date()
            return _parsed(self.source, ctx, label=f"MPS dashboard refreshed {r:%Y-%m-%d}", when=r,
                           basis="in file", rows=rows, notes=notes)
        return _parsed(self.source, ctx, label=f"MPS dashboard to {last:%Y-%m}", when=month_end(last),
                       basis="last month in file", rows=rows, notes=notes)

    @staticmethod
    def _areas(areas: list[tuple[Any, ...]]) -> pa.Table:
        out: dict[str, list[Any]] = {k: [] for k in ("area_type", "borough_snt", "area_name", "area_code",
                                                     "out_type", "out_code", "out_name", "parent_code")}
        for atype, snt, name, code in areas:
            clean = (code or "").strip()
            if normalise_name(atype) == "borough":
                kind = "borough"
                out_code = clean if clean.startswith("E09") else (met_borough_code(name) if name else None)
                parent = None
            elif "neighbourhood" in normalise_name(atype) or "ward" in normalise_name(atype):
                kind = "ward"
                out_code = clean if clean.startswith("E05") else None
                parent = _snt_parent(snt)
            else:
                kind, out_code, parent = snake(atype), clean or None, None
            for k, val in zip(out, (atype, snt, name, code, kind, out_code, name or snt, parent)):
                out[k].append(val)
        return pa.table({k: pa.array(val, pa.string()) for k, val in out.items()})


# -- custody -------------------------------------------------------------------------------------

_CUSTODY_COLUMNS = ["current_disposal_year", "current_disposal_month", "gender", "age_group",
                    "ethnicity_4+1", "offence_group", "current_disposal", "offence_count", "sheet"]
# MPS custody offence groups with an unambiguous canonical key ('Murder', 'Assault', 'Weapons' and
# 'Other Offence' have none: the groups' exact offence lists are not published with the file).
_CUSTODY_KEYS = {"robbery": "robbery", "sexual offences": "sexual_offences",
                 "drug possession": "drug_possession", "drug supply": "drug_trafficking",
                 "drugs other": "drug_offences"}


class MetCustody:
    """MPS custody dashboard: offences disposed of in custody, by month and current disposal."""

    format = "met_custody"
    source = "met_custody"
    description = "MPS custody disposals Parquet (offence_count by month, offence group, current disposal)"

    def sniff(self, head: FileHead) -> bool:
        cols = set(head.header_lower) if head.kind == "parquet" else set()
        return {"current_disposal", "offence_count"} <= cols

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        require_columns(head, head.columns or [], _CUSTODY_COLUMNS, what="MPS custody")
        con, v = ctx.con, "_met_custody"
        month = "make_date(CAST(current_disposal_year AS INTEGER), CAST(current_disposal_month AS INTEGER), 1)"
        with parquet_view(ctx, head, v):
            check_rows(ctx, head, v, [
                ("current_disposal_year IS NULL OR current_disposal_month NOT BETWEEN 1 AND 12",
                 "current_disposal_month", "month missing or not 1-12"),
                ("offence_count IS NULL OR offence_count < 0", "offence_count", "count missing or negative")])
            try:
                rows, first, last = span(ctx, v, month)
            except ValueError:
                raise _empty(head, "custody") from None
            sheets = [s for (s,) in con.execute(f"SELECT DISTINCT sheet FROM {v} ORDER BY 1").fetchall()]
            groups = [g for (g,) in con.execute(f"SELECT DISTINCT offence_group FROM {v}").fetchall()]
            units = pa.table({"sheet": pa.array(sheets, pa.string()),
                              "unit": pa.array([snake(s or "disposals") for s in sheets], pa.string())})
            keys = pa.table({"grp": pa.array(groups, pa.string()),
                             "offence_key": pa.array([_CUSTODY_KEYS.get(normalise_name(g or "")) for g in groups],
                                                     pa.string())})
            with staged(con, _met_custody_units=units, _met_custody_keys=keys):
                ctx.insert("counts", f"""
                    SELECT '{self.source}' AS source, 'month' AS period_grain, {month} AS period_start,
                           'force' AS area_type, '{FORCE_CODE}' AS area_code, '{FORCE_NAME}' AS area_name,
                           trim(d.offence_group) AS category, k.offence_key, u.unit,
                           trim(d.age_group) AS age_group, trim(d.gender) AS sex,
                           trim(d."ethnicity_4+1") AS ethnicity, trim(d.current_disposal) AS outcome,
                           sum(d.offence_count) AS count
                    FROM {v} d JOIN _met_custody_units u ON u.sheet IS NOT DISTINCT FROM d.sheet
                    LEFT JOIN _met_custody_keys k ON k.grp IS NOT DISTINCT FROM d.offence_group
                    GROUP BY ALL""")
        cover(ctx, source=self.source, level="force", grain="month", periods=month_range(first, last))
        notes = [f"sheets in file: {', '.join(str(s) for s in sheets)} (unit taken from the sheet name)",
                 "Counts offences by their *current* disposal, not people or arrests: one arrest for "
                 "several offences counts several times, and recent months change as cases progress",
                 "Offence groups Murder, Assault, Weapons and Other Offence have no offence key"]
        return _parsed(self.source, ctx, label=f"MPS custody to {last:%Y-%m}", when=month_end(last),
                       basis="last month in file", rows=rows, notes=notes)


# -- third-party knife crime JSON ------------------------------------------------------------------

class MetKnifeCrimeDerived:
    """{"labels": [YYYY-MM...], "values": [...]}: a third party's monthly London knife crime series."""

    format = "met_knife_crime_json"
    source = "met_knife_crime_derived"
    description = 'monthly London knife crime JSON {"labels": [YYYY-MM], "values": [n]} (third-party derived)'

    def sniff(self, head: FileHead) -> bool:
        if head.kind != "json":
            return False
        try:
            doc = json.loads(head.head_bytes.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return False
        return (isinstance(doc, dict) and set(doc) == {"labels", "values"} and isinstance(doc["labels"], list)
                and all(isinstance(x, str) and re.fullmatch(r"\d{4}-\d{2}", x) for x in doc["labels"][:3]))

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        try:
            doc = json.loads(head.path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ParseError(head.display, f"not valid JSON ({exc})", hint="Download the file again") from exc
        labels, values = doc.get("labels") or [], doc.get("values") or []
        if len(labels) != len(values):
            raise ParseError(head.display, f"{len(labels)} labels but {len(values)} values", column="values")
        if not labels:
            raise _empty(head, "knife crime")
        months: list[date] = []
        for i, (lab, val) in enumerate(zip(labels, values)):
            if not (isinstance(lab, str) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", lab)):
                raise ParseError(head.display, f"label {i + 1} ({lab!r}) is not a YYYY-MM month", column="labels")
            if not isinstance(val, int) or isinstance(val, bool) or val < 0:
                raise ParseError(head.display, f"value {i + 1} ({val!r}) is not a count", column="values")
            months.append(date(int(lab[:4]), int(lab[5:]), 1))
        table = pa.table({"period_start": months, "count": pa.array(values, pa.int64())})
        with staged(ctx.con, _met_knife_json=table):
            ctx.insert("counts", f"""
                SELECT '{self.source}' AS source, 'month' AS period_grain, period_start,
                       'force' AS area_type, '{FORCE_CODE}' AS area_code, '{FORCE_NAME}' AS area_name,
                       'Knife crime (third-party derived total)' AS category, NULL AS offence_key,
                       'offences' AS unit, count FROM _met_knife_json""")
        cover(ctx, source=self.source, level="force", grain="month", periods=sorted(set(months)))
        notes = ["Third-party derived (fenneh/london-crime-data), not published by the MPS in this form",
                 "Equals the sum of every dashboard subtype with measure 'Offences' (knife crime + knife crime "
                 "with injury + robbery subset + knife injury victims): it double counts, so it carries no "
                 "offence key. Use met_crime_dashboard 'Knife Crime' offences for knife crime"]
        last = max(months)
        return _parsed(self.source, ctx, label=f"derived knife crime to {last:%Y-%m}", when=month_end(last),
                       basis="last month in file", rows=len(months), notes=notes)


# -- VAWG, strip searches, stolen animals --------------------------------------------------------

# sheet (normalised) -> (source key its rows are stored under, area level, unit)
_VAWG_SHEETS = {
    "offence count location": ("met_vawg_offences", "borough", "offences"),
    "offence count classification": ("met_vawg_offences_by_offence", "force", "offences"),
    "victim count by location": ("met_vawg_victims", "borough", "victims"),
    "victim count by age group": ("met_vawg_victims_by_age", "force", "victims"),
    "victim count by ethnic group": ("met_vawg_victims_by_ethnicity", "force", "victims"),
}


class MetVawg:
    """MPS VAWG dashboard (offences or victims): each sheet is one breakdown of the same total."""

    format = "met_vawg"
    source = "met_vawg"
    description = "MPS VAWG offences / victims Parquet (sheets by location, classification, age, ethnicity)"

    def sniff(self, head: FileHead) -> bool:
        cols = set(head.header_lower) if head.kind == "parquet" else set()
        return {"recorded_date_months", "ward_name_clean_2", "sheet"} <= cols

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        require_columns(head, head.columns or [], ["recorded_date_months", "borough_name", "count", "sheet"],
                        what="MPS VAWG")
        cols = set(head.header_lower)
        victims = "age_group" in cols or "ethnic_appearance_group_group" in cols
        con, v = ctx.con, "_met_vawg"
        with parquet_view(ctx, head, v):
            check_rows(ctx, head, v, [("recorded_date_months IS NULL", "recorded_date_months", "no month"),
                                      ("count IS NULL OR count < 0", "count", "count missing or negative")])
            try:
                rows, first, last = span(ctx, v, "recorded_date_months")
            except ValueError:
                raise _empty(head, "VAWG") from None
            sheets = [s for (s,) in con.execute(f"SELECT DISTINCT sheet FROM {v} ORDER BY 1").fetchall()]
            unknown = [s for s in sheets if normalise_name(s or "") not in _VAWG_SHEETS]
            if unknown:
                raise ParseError(head.display, f"unknown sheet {unknown[0]!r}", column="sheet",
                                 hint=f"Known sheets: {', '.join(_VAWG_SHEETS)}")
            names = [n for (n,) in con.execute(f"SELECT DISTINCT borough_name FROM {v}").fetchall()]
            opt = {c: (f"trim(d.{c})" if c in cols else "NULL")
                   for c in ("crimsec_group", "vawg_offence", "age_group", "ethnic_appearance_group_group")}
            sources = []
            with borough_lookup(con, names):
                for sheet in sheets:
                    source, level, unit = _VAWG_SHEETS[normalise_name(sheet)]
                    area = ("'borough' AS area_type, b.area_code, trim(d.borough_name) AS area_name"
                            if level == "borough" else
                            f"'force' AS area_type, '{FORCE_CODE}' AS area_code, '{FORCE_NAME}' AS area_name")
                    ctx.insert("counts", f"""
                        SELECT '{source}' AS source, 'month' AS period_grain,
                               CAST(date_trunc('month', d.recorded_date_months) AS DATE) AS period_start, {area},
                               coalesce({opt['crimsec_group']}, 'VAWG') AS category,
                               {opt['vawg_offence']} AS subcategory, 'vawg' AS offence_key, '{unit}' AS unit,
                               {opt['age_group']} AS age_group, {opt['ethnic_appearance_group_group']} AS ethnicity,
                               sum(d.count) AS count
                        FROM {v} d LEFT JOIN _met_borough_lookup b ON b.name = trim(d.borough_name)
                        WHERE d.sheet = ? GROUP BY ALL""", params=[sheet])
                    cover(ctx, source=source, level=level, grain="month", periods=month_range(first, last))
                    sources.append(source)
        what = "victims" if victims else "offences"
        notes = [f"each sheet is a full breakdown of the same total, stored under its own source: {', '.join(sources)}",
                 "month = recorded month (recorded_date_months); ward detail summed to boroughs (wards have names "
                 "only); borough names 'Other' and 'Unknown' kept with no code",
                 "totals include offences the MPS classes as flagged but outside VAWG"]
        return _parsed("met_vawg_" + what, ctx, label=f"MPS VAWG {what} to {last:%Y-%m}", when=month_end(last),
                       basis="last month in file", rows=rows, notes=notes)


class MetThoroughSearches:
    """MPS strip searches ('more thorough searches'): one row per search."""

    format = "met_thorough_searches"
    source = "met_thorough_searches"
    description = "MPS strip (more thorough) searches Parquet, one row per search"

    def sniff(self, head: FileHead) -> bool:
        cols = set(head.header_lower) if head.kind == "parquet" else set()
        return {"stop_date", "stop_reason"} <= cols and "ethnic_appearance" in cols

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        require_columns(head, head.columns or [], ["stop_date", "borough", "age_group", "sex",
                                                   "ethnic_appearance", "stop_reason"], what="MPS thorough searches")
        cols = set(head.header_lower)
        flags = [c for c in ("positive_outcome_of_stop", "postive_outcome_of_stop", "positve_outcome") if c in cols]
        positive = f"coalesce({', '.join(flags)})" if flags else "NULL"
        con, v = ctx.con, "_met_ts"
        with parquet_view(ctx, head, v, extra=", try_cast(stop_date AS TIMESTAMP) AS stop_ts"):
            check_rows(ctx, head, v, [("stop_ts IS NULL", "stop_date", "stop date missing or not a date")])
            try:
                rows, first, last = span(ctx, v, "stop_ts")
            except ValueError:
                raise _empty(head, "search") from None
            names = [n for (n,) in con.execute(f"SELECT DISTINCT trim(borough) FROM {v}").fetchall()]
            with borough_lookup(con, names) as unknown:
                ctx.insert("counts", f"""
                    SELECT '{self.source}' AS source, 'month' AS period_grain,
                           CAST(date_trunc('month', d.stop_ts) AS DATE) AS period_start, 'borough' AS area_type,
                           b.area_code, trim(d.borough) AS area_name, 'Strip search' AS category,
                           trim(d.stop_reason) AS subcategory, 'searches' AS unit,
                           CASE WHEN trim(d.age_group) IN ('18 or older', '18 or over') THEN '18 or over'
                                ELSE trim(d.age_group) END AS age_group,
                           CASE upper(trim(d.sex)) WHEN 'M' THEN 'Male' WHEN 'F' THEN 'Female'
                                ELSE nullif(trim(d.sex), '') END AS sex,
                           trim(d.ethnic_appearance) AS ethnicity,
                           CASE trim({positive}) WHEN 'Yes' THEN 'Positive outcome'
                                WHEN 'No' THEN 'No positive outcome' END AS outcome,
                           count(*) AS count
                    FROM {v} d LEFT JOIN _met_borough_lookup b ON b.name = trim(d.borough) GROUP BY ALL""")
        cover(ctx, source=self.source, level="borough", grain="month", periods=month_range(first, last))
        notes = ["one row per search; sex M/F and age '18 or older'/'18 or over' harmonised; positive outcome "
                 f"taken from whichever of {', '.join(flags) or 'no'} columns is filled (misspelt duplicates)"]
        if unknown:
            notes.append(f"area names with no borough code (kept): {', '.join(unknown)}")
        return _parsed(self.source, ctx, label=f"MPS strip searches to {last:%Y-%m}", when=month_end(last),
                       basis="last month in file", rows=rows, notes=notes)


class MetStolenAnimals:
    """MPS stolen animals: count of animals by borough, month, animal, offence and recovery."""

    format = "met_stolen_animals"
    source = "met_stolen_animals"
    description = "MPS stolen animals Parquet (count_of_stolen_animals by borough and month)"

    def sniff(self, head: FileHead) -> bool:
        cols = set(head.header_lower) if head.kind == "parquet" else set()
        return "count_of_stolen_animals" in cols

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        require_columns(head, head.columns or [], ["count_of_stolen_animals", "type_of_animal", "borough",
                                                   "type_of_offence", "animal_recovered", "year_and_month"],
                        what="MPS stolen animals")
        con, v = ctx.con, "_met_animals"
        with parquet_view(ctx, head, v, extra=", try_strptime(trim(year_and_month), '%b-%Y') AS month"):
            check_rows(ctx, head, v, [
                ("month IS NULL", "year_and_month", "month is not like 'Jan-2010'"),
                ("count_of_stolen_animals < 0", "count_of_stolen_animals", "count is negative")])
            (blank,), = con.execute(f"SELECT count(*) FROM {v} WHERE count_of_stolen_animals IS NULL").fetchall()
            try:
                rows, first, last = span(ctx, v, "month")
            except ValueError:
                raise _empty(head, "stolen animal") from None
            names = [n for (n,) in con.execute(f"SELECT DISTINCT trim(borough) FROM {v}").fetchall()]
            with borough_lookup(con, names) as unknown:
                # 'Dog ' / 'BIrd' / 'mammal (...)': one spelling per animal, the most frequent one
                ctx.insert("counts", f"""
                    WITH spell AS (SELECT lower(trim(type_of_animal)) AS k,
                                          mode(trim(type_of_animal)) AS animal FROM {v} GROUP BY 1)
                    SELECT '{self.source}' AS source, 'month' AS period_grain, CAST(d.month AS DATE) AS period_start,
                           'borough' AS area_type, b.area_code, trim(d.borough) AS area_name,
                           trim(d.type_of_offence) AS category, s.animal AS subcategory,
                           'stolen_animals' AS unit, trim(d.animal_recovered) AS outcome,
                           sum(d.count_of_stolen_animals) AS count
                    FROM {v} d LEFT JOIN _met_borough_lookup b ON b.name = trim(d.borough)
                    LEFT JOIN spell s ON s.k = lower(trim(d.type_of_animal))
                    WHERE d.count_of_stolen_animals IS NOT NULL GROUP BY ALL""")
        cover(ctx, source=self.source, level="borough", grain="month", periods=month_range(first, last))
        notes = ["unit is animals stolen, not offences; animal labels harmonised by case and spacing"]
        if unknown:
            notes.append(f"area names with no borough code (kept): {', '.join(unknown)}")
        drops = {"count of animals blank": int(blank)} if blank else {}
        return _parsed(self.source, ctx, label=f"MPS stolen animals to {last:%Y-%m}", when=month_end(last),
                       basis="last month in file", rows=rows, kept=rows - int(blank), drops=drops, notes=notes)


READERS: list[Reader] = [MetCrimeDashboard(), MetCustody(), MetKnifeCrimeDerived(), MetVawg(),
                         MetThoroughSearches(), MetStolenAnimals()]
