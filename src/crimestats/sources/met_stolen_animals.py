"""Reader for the MPS stolen animals file (``met_stolen_animals``).

Animals stolen (not offences) by borough, month, animal, offence and whether recovered.
"""

from __future__ import annotations

from ._base import FileHead, IngestContext, Parsed, month_range
from ._met import borough_lookup, cover, month_end, require_columns
from .met_common import check_rows, dashboard_parsed, no_rows, parquet_view, span

__all__ = ["MetStolenAnimals"]


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
                raise no_rows(head, "stolen animal") from None
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
        return dashboard_parsed(self.source, ctx, label=f"MPS stolen animals to {last:%Y-%m}",
                                when=month_end(last), basis="last month in file", rows=rows,
                                kept=rows - int(blank), drops=drops, notes=notes)
