"""'Arrests for drug offences' are answered from the custody file's three drug groups together."""

from __future__ import annotations

import pyarrow.parquet as pq

from conftest import need
from crimestats.claims import check_text


def _drug_rows(year: int) -> int:
    t = pq.read_table(need("met-london-datastore-parquet/custody.parquet")).to_pylist()
    return sum(r["offence_count"] or 0 for r in t
               if r["current_disposal_year"] == year and "drug" in (r["offence_group"] or "").lower())


def test_drug_arrest_change_uses_all_three_drug_groups(real_store):
    now, before = _drug_rows(2023), _drug_rows(2022)
    pct = round((now - before) / before * 100)
    text = f"Arrests for drug offences in London fell by {abs(pct)}% in 2023."
    [c] = check_text(real_store, text=text, as_of="2024-03-01").claims
    assert c.measure == "drug_arrests" and c.verdict in ("accurate", "accurate_with_caveat")
    assert {e.value for e in c.evidence} >= {now, before}
    wrong = check_text(real_store, text=f"Arrests for drug offences in London fell by {abs(pct) + 10}% in 2023.",
                       as_of="2024-03-01").claims[0]
    assert wrong.verdict == "inaccurate"
