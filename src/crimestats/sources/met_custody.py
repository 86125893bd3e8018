"""Reader for the MPS custody dashboard (``met_custody``).

Offences dealt with in custody, by the *current* disposal (charge, NFA, released under
investigation, ...).  One arrest for three offences counts three; recent months change as cases
progress.  The offence group is stored as ``category``; only groups with an unambiguous canonical
offence key get one (the drug groups split drug offences three ways: possession, supply, other).
"""

from __future__ import annotations

import pyarrow as pa

from ..reference._areas import normalise_name
from ._base import FileHead, IngestContext, Parsed, month_range
from ._met import cover, month_end, require_columns
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

__all__ = ["MetCustody"]


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
                raise no_rows(head, "custody") from None
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
        return dashboard_parsed(self.source, ctx, label=f"MPS custody to {last:%Y-%m}", when=month_end(last),
                                basis="last month in file", rows=rows, notes=notes)
