"""Borough figures name the share of London's total their extract leaves under no borough
('Unknown'), computed here from the raw MPS parquet with pyarrow."""

from __future__ import annotations

from collections import Counter

from conftest import need
from crimestats import count, rank

HIST = "met-london-datastore-parquet/recorded-crime-borough-historical.parquet"


def _by_borough(year: int, minor: str) -> Counter:
    import pyarrow.parquet as pq

    out: Counter = Counter()
    for r in pq.read_table(need(HIST)).to_pylist():
        if r["minortext"].upper() != minor:
            continue
        out[r["boroughname"]] += sum(int(v) for k, v in r.items() if k.startswith(str(year)) and k.isdigit()
                                     and v is not None)
    return out


def test_borough_figure_names_the_unattributed_share(real_store):
    raw = _by_borough(2022, "ROBBERY OF PERSONAL PROPERTY")
    f = count(real_store, measure="personal_robbery", area="Redbridge", period="2022")
    if f.provenance[0]["file"] != HIST.split("/")[-1]:
        import pytest

        pytest.skip(f"latest vintage for 2022 is {f.provenance[0]['file']}")
    assert f.value == raw["Redbridge"]
    unknown, total = raw["Unknown"], sum(raw.values())
    assert unknown > 0
    note = next(c for c in f.caveats if "under no borough" in c)
    assert f"{unknown:,} of the {total:,}" in note and f"({unknown / total:.1%})" in note
    # London's own figure is the whole total and carries no such caveat
    london = count(real_store, measure="personal_robbery", area="London", period="2022")
    assert london.value == total
    assert not any("under no borough" in c for c in london.caveats)
    # ranked borough figures carry it too, and they add up to less than London's total
    ranked = rank(real_store, measure="personal_robbery", period="2022")
    assert all(any("under no borough" in c for c in fct.caveats) for _, fct in ranked)
    boroughs = [(a, fct) for a, fct in ranked if a.code.startswith("E09")]
    assert sum(fct.value or 0 for _, fct in boroughs) == total - unknown
