"""Re-running a fact's query for another unit, and multi-value (IN) filters in measures.

Expected figures are computed from the raw files with the csv module and pyarrow, never through
crimestats.
"""

from __future__ import annotations

import csv
from collections import Counter
from types import MappingProxyType

import pytest

from conftest import need
from crimestats import InputError, Store, count, ingest_paths
from crimestats._measures import Measure, SourceSpec
from crimestats._published import published_count

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
