"""Reader for the MPS violence against women and girls (VAWG) dashboard (``met_vawg``).

Offences or victims.  Each sheet of the file is a full breakdown of the same total (by location,
classification, age group, ethnic group), so each sheet is stored under its own source key
(``met_vawg_offences``, ``met_vawg_victims_by_age`` ...) and no two are ever added.
"""

from __future__ import annotations

from .._errors import ParseError
from ..reference._areas import normalise_name
from ._base import FileHead, IngestContext, Parsed, month_range
from ._met import borough_lookup, cover, month_end, require_columns
from .met_common import FORCE_CODE, FORCE_NAME, check_rows, dashboard_parsed, no_rows, parquet_view, span

__all__ = ["MetVawg"]


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
                raise no_rows(head, "VAWG") from None
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
        return dashboard_parsed("met_vawg_" + what, ctx, label=f"MPS VAWG {what} to {last:%Y-%m}",
                                when=month_end(last), basis="last month in file", rows=rows, notes=notes)
