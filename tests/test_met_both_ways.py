"""The Met both ways: MPS recorded crime (real file) beside Met police.uk street files.

The shared data holds no Met street files (every one is over 4 MiB), so the street side here is a
real force file (Merseyside, March 2022) relabelled as the Met: the figures are not the Met's, but
the reconciliation and the claim wording are exercised on real rows of both formats.
"""

from __future__ import annotations

import csv

import pytest

from conftest import need


@pytest.fixture(scope="module")
def both_store(tmp_path_factory):
    from crimestats import Store, ingest_paths

    root = tmp_path_factory.mktemp("met")
    folder = root / "2022-03"
    folder.mkdir()
    with open(need("police-uk-forces/2022-03/2022-03-merseyside-street.csv"), newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    with open(folder / "2022-03-metropolitan-street.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(rows[0])
        for r in rows[1:]:
            r[2] = r[3] = "Metropolitan Police Service"
            w.writerow(r)
    path = root / "s.duckdb"
    with Store(path) as store:
        ingest_paths(store, [root / "2022-03", need("mps-recorded-crime/borough_21_23.csv")])
    street = sum(1 for r in rows[1:] if r[9] == "Burglary")
    with open(need("mps-recorded-crime/borough_21_23.csv"), newline="", encoding="utf-8") as fh:
        recorded = sum(int(r["202203"]) for r in csv.DictReader(fh) if r["MajorText"] == "Burglary")
    with Store(path, read_only=True) as store:
        yield store, recorded, street


def test_both_figures_side_by_side(both_store):
    from crimestats.facts._both_ways import met_both_ways

    store, recorded, street = both_store
    b = met_both_ways(store, measure="burglary", period="2022-03")
    assert (b.recorded.value, b.street.value) == (recorded, street)
    assert b.difference == recorded - street and recorded != street
    assert "definition and timing" in b.note
    none = met_both_ways(store, measure="burglary", period="2022-04")     # no street file for April
    assert none.street is None and none.recorded is not None


def test_claim_matching_one_series_but_not_the_other_says_so(both_store):
    from crimestats import check_text

    store, recorded, street = both_store
    res = check_text(store, text=f"There were {street:,} burglaries in London in March 2022.", as_of="2022-12-20")
    (c,) = res.claims
    assert c.verdict == "inaccurate"                         # the preferred series: MPS recorded crime
    assert f"matches data.police.uk street-level data ({street:,})" in c.explanation
    assert f"not MPS recorded crime ({recorded:,})" in c.explanation
    res = check_text(store, text=f"There were {recorded:,} burglaries in London in March 2022.", as_of="2022-12-20")
    (c,) = res.claims
    assert c.verdict == "accurate" and "not data.police.uk street-level data" in c.explanation
