"""Re-running a fact's query for another unit, and multi-value (IN) filters in measures.

Expected figures are computed from the raw files with the csv module and pyarrow, never through
crimestats.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from types import MappingProxyType

import pytest

from conftest import need
from crimestats import InputError, Store, breakdown, count, ingest_paths
from crimestats.facts._published import published_count
from crimestats.measures._catalogue import Measure, SourceSpec
from crimestats.measures._periods import range_

CITY = "police-uk-street/city-of-london"


def _city_2024_raw() -> tuple[list, int, int]:
    """(files, rows as published, rows once later repeats of a Crime ID in the same file are dropped),
    both without anti-social behaviour (not a crime, no Crime ID)."""
    files = sorted(need(CITY).glob("2024-*/*-street.csv"))
    if len(files) != 12:
        pytest.skip(f"need the 12 City of London street files for 2024, found {len(files)}")
    published = first_seen = 0
    for f in files:
        seen: set[str] = set()
        with open(f, encoding="utf-8-sig", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["Crime type"] == "Anti-social behaviour":
                    continue
                published += 1
                cid = r["Crime ID"].strip()
                if cid and cid in seen:
                    continue
                seen.add(cid)
                first_seen += 1
    return files, published, first_seen


@pytest.fixture(scope="module")
def city_store(tmp_path_factory):
    files, published, first_seen = _city_2024_raw()
    path = tmp_path_factory.mktemp("city") / "c.duckdb"
    with Store(path) as store:
        assert {r.status for r in ingest_paths(store, files)} == {"ingested"}
    with Store(path, read_only=True) as store:
        yield store, published, first_seen


def test_published_and_deduplicated_city_2024_equal_raw(city_store):
    store, published, first_seen = city_store
    assert published > first_seen  # the files do repeat Crime IDs
    fact = count(store, measure="all_crime", area="City of London", period="2024")
    assert fact.value == first_seen
    assert published_count(store, fact) == published
    sql, params = fact.query(unit="duplicate_rows")
    (extra,), = store.con.execute(sql, params).fetchall()
    assert extra == published - first_seen


def test_published_count_changes_only_the_unit_parameter(tmp_path, empty_store):
    """A filter value equal to the unit's name ('offences') must survive: the old rule swapped every
    parameter equal to 'offences' and so asked for category 'duplicate_rows' and found nothing."""
    real = sorted(need(CITY).glob("2024-01/*-street.csv"))
    if not real:
        pytest.skip("no City of London street file for 2024-01")
    with open(real[0], encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    ids = ["a1", "a2", "a1", "a3", "a2", "a1"]           # 3 crimes, 6 published rows
    street = tmp_path / "2024-01" / "2024-01-city-of-london-street.csv"
    street.parent.mkdir()
    with open(street, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, header)
        w.writeheader()
        for cid in ids:
            w.writerow({**dict.fromkeys(header, ""), "Crime ID": cid, "Month": "2024-01",
                        "Reported by": "City of London Police", "Falls within": "City of London Police",
                        "Crime type": "Offences", "Last outcome category": "Under investigation"})
    assert {r.status for r in ingest_paths(empty_store, [street])} == {"ingested"}
    measure = Measure("offences_labelled", "Crimes labelled 'Offences'", "test", "offences",
                      (SourceSpec("police_uk_street", "offences", "month",
                                  filters=MappingProxyType({"category": "Offences"})),))
    fact = count(empty_store, measure=measure, area="City of London", period="2024-01")
    assert fact.value == len(set(ids))
    others = [i for i, p in enumerate(fact.params) if p == "offences" and i != fact.unit_param]
    assert fact.params[fact.unit_param] == "offences" and others, fact.params
    assert published_count(empty_store, fact) == len(ids)


def test_query_without_a_unit_parameter_refuses_another_unit(city_store):
    from dataclasses import replace

    store, _, _ = city_store
    fact = count(store, measure="all_crime", area="City of London", period="2024")
    assert fact.query() == (fact.sql, list(fact.params))
    bare = replace(fact, unit_param=None)
    with pytest.raises(InputError, match="no unit parameter"):
        bare.query(unit="duplicate_rows")
    assert published_count(store, bare) is None


# ----------------------------------------------------------------------------- multi-value filters
CUSTODY = "met-london-datastore-parquet/custody.parquet"


@pytest.fixture(scope="module")
def custody():
    """(store holding only the custody file, its raw rows read with pyarrow)."""
    import pyarrow.parquet as pq

    rel = need(CUSTODY)
    rows = pq.read_table(rel, columns=["current_disposal_year", "offence_group", "offence_count"]).to_pylist()
    from tempfile import TemporaryDirectory

    with TemporaryDirectory() as tmp:
        with Store(f"{tmp}/c.duckdb") as store:
            assert [r.status for r in ingest_paths(store, [rel])] == ["ingested"]
            yield store, rows


def _raw_by(rows: list[dict], groups: set[str]) -> Counter[int]:
    out: Counter[int] = Counter()
    for r in rows:
        if r["offence_group"] in groups:
            out[r["current_disposal_year"]] += r["offence_count"]
    return out


def _full_years(rows: list[dict]) -> list[int]:
    years = sorted({r["current_disposal_year"] for r in rows})
    return years[:-1]   # the last year is part-covered (the file runs to early 2026)


def test_drug_arrests_sum_every_drug_group_of_the_file(custody):
    from crimestats.measures._catalogue import get_measure

    store, rows = custody
    drug_groups = {r["offence_group"] for r in rows if "drug" in (r["offence_group"] or "").lower()}
    assert len(drug_groups) > 1   # the file splits drug offences over several groups
    spec_groups = {s.filters["category"] for s in get_measure("drug_arrests").sources}
    assert spec_groups == {tuple(sorted(drug_groups))}
    raw = _raw_by(rows, drug_groups)
    for year in _full_years(rows):
        fact = count(store, measure="drug_arrests", period=str(year))
        assert fact.value == raw[year] > 0, year
        assert fact.unit == "disposals" and " IN (" in fact.sql
        (again,), = store.con.execute(fact.sql, fact.params).fetchall()
        assert again == fact.value


def test_breaking_down_a_multi_value_measure_narrows_it(custody):
    store, rows = custody
    year = _full_years(rows)[-1]
    groups = {r["offence_group"] for r in rows if "drug" in (r["offence_group"] or "").lower()}
    parts = breakdown(store, measure="drug_arrests", period=str(year), by="category")
    assert {f.filters["category"] for f in parts} == groups
    for f in parts:
        want = _raw_by(rows, {f.filters["category"]})[year]
        (rerun,), = store.con.execute(f.sql, f.params).fetchall()
        assert f.value == rerun == want, f.filters
    one = sorted(groups)[0]
    asked = count(store, measure="drug_arrests", period=str(year), filters={"category": one.upper()})
    assert asked.value == _raw_by(rows, {one})[year]
    outside = count(store, measure="drug_arrests", period=str(year), filters={"category": "Robbery"})
    assert outside.value == 0   # robbery is not one of the drug groups


def test_list_and_tuple_filters_agree_and_an_empty_one_is_refused(custody):
    store, rows = custody
    year = str(_full_years(rows)[0])
    pair = ["Robbery", "Murder"]
    want = _raw_by(rows, set(pair))[int(year)]
    assert count(store, measure="arrests", period=year, filters={"category": pair}).value == want
    assert count(store, measure="arrests", period=year, filters={"category": tuple(reversed(pair))}).value == want
    assert count(store, measure="arrests", period=year, filters={"category": ("robbery",)}).value == \
        _raw_by(rows, {"Robbery"})[int(year)]
    with pytest.raises(InputError, match="lists no values"):
        count(store, measure="arrests", period=year, filters={"category": ()})


def test_stop_search_arrests_count_both_names_of_the_outcome(tmp_path):
    """data.police.uk renamed the outcome 'Suspect arrested' to 'Arrest' (the City's files switch in
    April 2018): a period across the change counts both."""
    months = ["2017-12", "2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"]
    city = need(CITY)
    files = [f for m in months for f in sorted(city.glob(f"{m}/*-stop-and-search.csv"))]
    if len(files) != len(months):
        pytest.skip("need the City of London stop-and-search files for December 2017 to June 2018")
    by_outcome: Counter[str] = Counter()
    for f in files:
        with open(f, encoding="utf-8-sig", newline="") as fh:
            by_outcome.update(r["Outcome"] for r in csv.DictReader(fh))
    assert by_outcome["Arrest"] and by_outcome["Suspect arrested"]
    with Store(tmp_path / "s.duckdb") as store:
        assert {r.status for r in ingest_paths(store, files)} == {"ingested"}
        fact = count(store, measure="stop_search_arrests", area="City of London",
                     period=range_(date(2017, 12, 1), date(2018, 6, 1)))
    assert fact.value == by_outcome["Arrest"] + by_outcome["Suspect arrested"]
