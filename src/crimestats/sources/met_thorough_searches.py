"""Reader for the MPS strip searches ('more thorough searches') file (``met_thorough_searches``).

One row per search, counted here by month of the stop, borough, reason, age group, sex,
ethnicity and whether the search had a positive outcome.
"""

from __future__ import annotations

from ._base import FileHead, IngestContext, Parsed, month_range
from ._met import borough_lookup, cover, month_end, require_columns
from .met_common import check_rows, dashboard_parsed, no_rows, parquet_view, span

__all__ = ["MetThoroughSearches"]


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
                raise no_rows(head, "search") from None
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
        return dashboard_parsed(self.source, ctx, label=f"MPS strip searches to {last:%Y-%m}",
                                when=month_end(last), basis="last month in file", rows=rows, notes=notes)
