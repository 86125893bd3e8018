"""Readers for the MPS monthly crime dashboard and the third-party knife crime series derived from it.

``met_crime_dashboard``   knife crime by borough and by Safer Neighbourhood Team (SNT), offences and
                          positive outcomes.  There are **no London total rows**: the borough rows
                          (with pseudo-areas 'N/K', 'Non MET police force', a blank area and the
                          airports) add up to London, and the SNT rows are a *second* breakdown of the
                          same offences.  Never add borough and ward rows together.  'Knife Crime with
                          Injury' is a subset of 'Knife Crime'; the two 'Knife Injury Victims' subtypes
                          count *people* (unit ``victims``) although the file's measure says 'Offences'.
``met_knife_crime_json``  a third party's monthly London 'knife crime' series (JSON).  It equals the
                          sum of *every* subtype with measure 'Offences' in the dashboard, so it
                          double counts (injury subsets and victims added to knife crime): stored
                          with no offence key so that no measure picks it up as knife crime.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pyarrow as pa

from .._errors import ParseError
from ..reference._areas import london_boroughs, normalise_name
from ._base import FileHead, IngestContext, Parsed, month_range
from ._met import cover, met_borough_code, month_end, require_columns
from .met_common import (
    FORCE_CODE,
    FORCE_NAME,
    check_rows,
    dashboard_parsed,
    no_rows,
    parquet_view,
    snake,
    span,
    staged,
)

__all__ = ["MetCrimeDashboard", "MetKnifeCrimeDerived", "dashboard_unit"]


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
                raise no_rows(head, "dashboard") from None
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
        unknown = sorted({s for s, k in zip(unit_map["subtype"], unit_map["offence_key"], strict=True) if k is None})
        if unknown:
            notes.append(f"crime subtypes with no offence key: {', '.join(unknown)}")
        if len(refresh) > 1:
            notes.append(f"{len(refresh)} refresh dates in file; the latest dates the vintage")
        if refresh:
            r = refresh[-1].date()
            return dashboard_parsed(self.source, ctx, label=f"MPS dashboard refreshed {r:%Y-%m-%d}", when=r,
                                    basis="in file", rows=rows, notes=notes)
        return dashboard_parsed(self.source, ctx, label=f"MPS dashboard to {last:%Y-%m}",
                                when=month_end(last), basis="last month in file", rows=rows, notes=notes)

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
            for k, val in zip(out, (atype, snt, name, code, kind, out_code, name or snt, parent), strict=True):
                out[k].append(val)
        return pa.table({k: pa.array(val, pa.string()) for k, val in out.items()})


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
            raise no_rows(head, "knife crime")
        months: list[date] = []
        for i, (lab, val) in enumerate(zip(labels, values, strict=True)):
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
        return dashboard_parsed(self.source, ctx, label=f"derived knife crime to {last:%Y-%m}",
                                when=month_end(last), basis="last month in file", rows=len(months),
                                notes=notes)
