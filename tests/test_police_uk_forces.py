"""Every police force from data.police.uk street files: per-force monthly counts, the counting rule
and coverage, checked against an independent read of the raw files (csv module, not crimestats).

Counting rule (the same for every force): a non-empty Crime ID repeated within a force-month file is
one crime (first row kept, the repeats stored as unit ``duplicate_rows``); rows with an empty Crime
ID (ASB everywhere, and every British Transport Police row) are each counted, exact duplicates
included: they are separate crimes or incidents as published, since nothing identifies them as one.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from datetime import date

import pytest

from conftest import need

FORCES = "police-uk-forces"
LOOKUP = "lookups/lad_to_csp.csv"
POP = "ons-population/britishdrugdynamics/population_policeforces.csv"
CITY_LATER = [f"police-uk-street/city-of-london/2022-{m:02d}" for m in range(7, 12)]   # a later release


def _street_files():
    files = sorted(need(FORCES).glob("*/*-street.csv"))
    for rel in CITY_LATER:
        files += sorted(need(rel).glob("*-street.csv"))
    return files


def _raw_counts():
    """(force, 'YYYY-MM') -> (rows, kept under the rule) read with the csv module."""
    out = {}
    by_type: dict[tuple[str, str, str], int] = Counter()
    for f in _street_files():
        month, force = f.name[:7], f.name[8:-len("-street.csv")]
        seen: set[str] = set()
        rows = kept = 0
        with open(f, newline="", encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                rows += 1
                cid = rec["Crime ID"].strip()
                if cid and cid in seen:
                    continue
                seen.add(cid)
                kept += 1
                by_type[(force, month, rec["Crime type"])] += 1
        out[(force, month)] = (rows, kept)
    return out, by_type


@pytest.fixture(scope="module")
def forces_store(tmp_path_factory):
    from crimestats import Store, ingest_paths

    folder = need(FORCES)
    path = tmp_path_factory.mktemp("forces") / "forces.duckdb"
    with Store(path) as store:
        results = ingest_paths(store, [folder, *(need(r) for r in CITY_LATER), need(POP), need(LOOKUP)])
    assert {r.status for r in results} == {"ingested"}
    with Store(path, read_only=True) as store:
        yield store


def test_per_force_monthly_counts_match_the_raw_files(forces_store):
    raw, by_type = _raw_counts()
    assert len({f for f, _ in raw}) == 7 and len(raw) == 72 + len(CITY_LATER)
    got = defaultdict(dict)
    for force, month, unit, n in forces_store.con.execute(
            "SELECT area_code, strftime(period_start, '%Y-%m'), unit, sum(count) FROM counts_latest "
            "WHERE source = 'police_uk_street' AND area_type = 'force' GROUP BY ALL").fetchall():
        got[(force, month)][unit] = n
    assert set(got) == set(raw)
    for key, (rows, kept) in raw.items():
        assert got[key]["offences"] == kept, key
        assert got[key].get("duplicate_rows", 0) == rows - kept, key
    types = {(f, m, t): n for f, m, t, n in forces_store.con.execute(
        "SELECT area_code, strftime(period_start, '%Y-%m'), category, sum(count) FROM counts_latest "
        "WHERE source = 'police_uk_street' AND area_type = 'force' AND unit = 'offences' GROUP BY ALL").fetchall()}
    assert types == dict(by_type)


def test_btp_exact_duplicates_are_separate_crimes(forces_store):
    """BTP has no Crime IDs: every row is counted, though nearly half repeat another row exactly."""
    raw, _ = _raw_counts()
    folder = need(FORCES)
    exact = 0
    for f in folder.glob("*/*-btp-street.csv"):
        with open(f, newline="", encoding="utf-8") as fh:
            recs = [tuple(r) for r in csv.reader(fh)][1:]
        exact += len(recs) - len(set(recs))
    assert exact > 10000
    btp_rows = sum(r for (force, _), (r, _k) in raw.items() if force == "btp")
    (n,) = forces_store.con.execute(
        "SELECT sum(count) FROM counts_latest WHERE source = 'police_uk_street' AND area_type = 'force' "
        "AND area_code = 'btp' AND unit = 'offences'").fetchone()
    assert n == btp_rows
    # BTP publishes no ASB: 13 crime types, not 14
    (k,) = forces_store.con.execute(
        "SELECT count(DISTINCT category) FROM counts WHERE area_code = 'btp' AND unit = 'offences'").fetchone()
    assert k == 13


def test_coverage_per_force_month_lists_the_gap(forces_store):
    from crimestats import coverage

    spans = {s.scope_code: s for s in coverage(forces_store, source="police_uk_street", level="force")}
    assert set(spans) == {"btp", "city-of-london", "cumbria", "dyfed-powys", "merseyside", "south-wales",
                          "south-yorkshire"}
    assert spans["city-of-london"].missing == [date(2022, 6, 1)]      # no 2022-06 file: no data, not zero
    assert spans["merseyside"].first == date(2021, 12, 1) and not spans["merseyside"].missing
    assert all(not s.missing for k, s in spans.items() if k != "city-of-london")
    (zero,) = forces_store.con.execute(
        "SELECT count(*) FROM counts WHERE area_code = 'city-of-london' AND period_start = DATE '2022-06-01'"
    ).fetchone()
    assert zero == 0


def _ons_pop(year: int) -> dict[str, float]:
    """ONS MYE by police force area for ``year``, keyed by data.police.uk force id (csv module)."""
    with open(need(POP), newline="", encoding="utf-8-sig") as fh:
        rows = {r["year"]: r for r in csv.DictReader(fh)}
    return {name.lower().replace(" ", "-"): float(v) for name, v in rows[str(year)].items() if name != "year"}


def test_force_league_rates_and_ranks_match_an_independent_computation(forces_store):
    from crimestats.facts._league import force_league

    lg = force_league(forces_store, measure="burglary", period="2022-01..2022-11")
    raw_rows = {}
    for f in _street_files():
        month, force = f.name[:7], f.name[8:-len("-street.csv")]
        if not "2022-01" <= month <= "2022-11":
            continue
        seen = set()
        with open(f, newline="", encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                cid = rec["Crime ID"].strip()
                if cid and cid in seen:
                    continue
                seen.add(cid)
                raw_rows.setdefault(force, Counter())[(month, rec["Crime type"])] += 1
    pop = _ons_pop(2019)             # the latest ONS estimate up to 2022 in the shared data
    by = {r.force: r for r in lg.rows}
    assert set(by) == set(raw_rows)
    for force, c in raw_rows.items():
        assert by[force].count == sum(n for (_, t), n in c.items() if t == "Burglary")
        assert by[force].months_present == len({m for m, _ in c})
    complete = [f for f, c in raw_rows.items() if len({m for m, _ in c}) == 11]
    want = {f: by[f].count * 1000 / pop[f] for f in complete if f in pop and f != "btp"}
    assert set(want) == {"merseyside", "south-yorkshire", "cumbria"}
    for f, rate in want.items():
        assert by[f].rate == pytest.approx(rate, rel=1e-12)
        assert by[f].population_year == 2019
    order = sorted(want, key=lambda f: -want[f])
    assert [r.force for r in lg.rows if r.rank is not None] == order
    assert [by[f].rank for f in order] == [1, 2, 3]
    # partial coverage (City: no 2022-06), no residents (BTP), no ONS estimate (Welsh forces): no rank
    assert by["city-of-london"].rank is None and by["city-of-london"].months_present == 10
    assert by["btp"].rate is None and by["south-wales"].rate is None
    assert any("ASB" in c or "anti-social" in c for c in lg.caveats)


def test_force_series_marks_missing_months_as_no_data(forces_store):
    from crimestats.facts._league import force_series

    s = dict(force_series(forces_store, measure="anti_social_behaviour", force="city-of-london",
                          start="2022-04", end="2022-08"))
    assert s[date(2022, 6, 1)] is None
    assert all(v is not None for d, v in s.items() if d != date(2022, 6, 1))


def test_local_authority_figures_from_lsoa_names_match_the_raw_files(forces_store):
    """LAD figures: the LAD's own force's crimes in LSOAs named after it; other forces' beside it."""
    import re

    from crimestats.facts._local import local_figures

    lads = {}
    with open(need(LOOKUP), newline="", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            lads[r["lad-name"].lower()] = (r["lad-code"], r["PFA21NM"].lower().replace(" ", "-"))
    own: Counter = Counter()
    other: Counter = Counter()
    for f in _street_files():
        month, force = f.name[:7], f.name[8:-len("-street.csv")]
        if not "2022-01" <= month <= "2022-11":
            continue
        seen = set()
        with open(f, newline="", encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                cid = rec["Crime ID"].strip()
                if cid and cid in seen:
                    continue
                seen.add(cid)
                if rec["Crime type"] != "Burglary" or not rec["LSOA name"]:
                    continue
                stem = re.sub(r"\s+\d{3}[A-Z]$", "", rec["LSOA name"]).lower()
                if stem in lads:
                    (own if lads[stem][1] == force else other)[lads[stem][0]] += 1
    t = local_figures(forces_store, measure="burglary", period="2022-01..2022-11", force="merseyside")
    got = {r.code: (r.count, r.other_forces) for r in t.rows}
    merseyside = {code for code, pfa in lads.values() if pfa == "merseyside"}
    assert set(got) == merseyside and len(got) == 5
    for code in merseyside:
        assert got[code] == (own[code], other[code]), code
    assert sum(c for c, _ in got.values()) > 0 and any(o for _, o in got.values())   # BTP at Liverpool stations
    everywhere = local_figures(forces_store, measure="burglary", period="2022-01..2022-11")
    city = next(r for r in everywhere.rows if r.force == "city-of-london")
    assert city.count is None and city.months_present == 10     # no 2022-06: no figure, not a part-year one
