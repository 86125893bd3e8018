"""Breadth of the measure catalogue: stop-and-search parts, the Met knife dashboard's narrower
series, things no file holds, wards and the City by name, and New York murders by year.

Expected figures are computed here from the raw files (csv / pyarrow), never through crimestats.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import need

LONDON_TZ = ZoneInfo("Europe/London")
NFA = {"A no further action disposal", "Nothing found - no further action"}


def _stops(folder: Path, pattern: str, month: str | None = None, year: int | None = None) -> list[dict[str, str]]:
    """Stop-and-search rows whose stop date, in London time, falls in ``month`` (YYYY-MM) or ``year``."""
    out = []
    for f in sorted(folder.rglob(pattern)):
        with open(f, newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                when = datetime.fromisoformat(row["Date"]).astimezone(LONDON_TZ)
                if (month and when.strftime("%Y-%m") == month) or (year and when.year == year):
                    out.append(row)
    return out


def _blank(v: str | None) -> str | None:
    return v if v not in (None, "") else None


# --------------------------------------------------------------------------- catalogue invariants
def test_every_part_names_a_declared_whole_with_the_same_source_and_unit():
    from crimestats.facts._plan import _FILTERABLE
    from crimestats.measures._catalogue import CATALOGUE

    parts = [m for m in CATALOGUE.values() if m.part_of]
    assert len(parts) >= 30
    for m in parts:
        whole = CATALOGUE[m.part_of]
        if m.sources and whole.sources and m.sources[0].source == "police_uk_stop_search":
            assert (m.sources[0].source, m.sources[0].unit) == (whole.sources[0].source, whole.sources[0].unit), m.name
    for m in CATALOGUE.values():
        for spec in m.sources:
            assert set(spec.filters) <= set(_FILTERABLE), (m.name, spec.filters)


def test_find_part_picks_the_stop_search_part_a_share_claim_names():
    from crimestats.measures._catalogue import find_part

    cases = {"40% of those searched were Black": "stop_search_black",
             "6.5% of people stopped were women": "stop_search_female",
             "seven in ten searches ended with no further action": "stop_search_no_further_action",
             "searches for drugs made up 60%": "drug_stop_search",
             "one in five searches led to an arrest": "stop_search_arrests",
             "children made up 8% of those searched": "stop_search_under_18",
             "BAME people were 60% of those stopped": "stop_search_ethnic_minority"}
    for text, want in cases.items():
        got = find_part("stop_search", text)
        assert got is not None and got.name == want, (text, got and got.name)
    assert find_part("stop_search", "searches rose by 10%") is None
    assert find_part("knife_crime", "knife offences causing injury fell").name == "knife_crime_with_injury"


def test_narrow_knife_phrases_find_the_narrow_measure_not_all_knife_crime():
    from crimestats.measures._catalogue import find_measures

    for text, want in {"knife offences causing injury rose by 5%": "knife_crime_with_injury",
                       "knife crime with injury fell": "knife_crime_with_injury",
                       "positive outcomes for knife crime rose": "knife_crime_positive_outcomes",
                       "knife offences with a positive outcome": "knife_crime_positive_outcomes",
                       "young victims of knife crime fell": "knife_injury_victims_under_25",
                       "searches for drugs made up 60%": "drug_stop_search"}.items():
        assert find_measures(text)[0].name == want, text


def test_things_no_file_holds_find_an_unanswerable_measure(real_store):
    from crimestats._errors import NoDataError
    from crimestats.facts import _facts as facts
    from crimestats.measures._catalogue import find_measures

    for text, want in {"2,000 knives were seized last year": "knives_seized",
                       "the Met took 5,000 knives off the streets": "knives_seized",
                       "knives taken off the streets rose": "knives_seized",
                       "1,200 weapons surrendered in the knife amnesty": "weapons_surrendered",
                       "knife bins collected 300 blades": "weapons_surrendered"}.items():
        found = find_measures(text)
        assert found and found[0].name == want, (text, [m.name for m in found])
        with pytest.raises(NoDataError, match="No file in the store holds this"):
            facts.count(real_store, measure=want, area="London", period=2023)


# --------------------------------------------------------------------------- stop and search
def test_met_stop_search_ethnicity_shares_match_the_file(real_store):
    from crimestats.facts import _facts as facts

    folder = need("police-uk-street/metropolitan-stop-and-search")
    rows = _stops(folder, "*-metropolitan-stop-and-search.csv", month="2018-01")
    by_eth = Counter(_blank(r["Officer-defined ethnicity"]) for r in rows)
    got = {f.filters["ethnicity"]: f.value for f in
           facts.breakdown(real_store, measure="stop_search", area="London", period="2018-01", by="ethnicity")}
    assert got == dict(by_eth)
    whole = facts.count(real_store, measure="stop_search", area="London", period="2018-01")
    black = facts.count(real_store, measure="stop_search_black", area="London", period="2018-01")
    assert whole.value == len(rows) and black.value == by_eth["Black"]
    assert round(100 * black.value / whole.value, 1) == round(100 * by_eth["Black"] / len(rows), 1)
    assert 35 < 100 * black.value / whole.value < 45        # '40% of those searched were Black'


def test_met_stop_search_self_defined_ethnicity_is_its_own_unit(real_store):
    from crimestats.facts import _facts as facts

    rows = _stops(need("police-uk-street/metropolitan-stop-and-search"), "*-metropolitan-stop-and-search.csv",
                  month="2018-02")
    black = sum(1 for r in rows if r["Self-defined ethnicity"].lower().startswith("black"))
    f = facts.count(real_store, measure="stop_search_black_self_defined", area="London", period="2018-02")
    whole = facts.count(real_store, measure="stop_search_self_defined", area="London", period="2018-02")
    assert (f.value, whole.value) == (black, len(rows))
    assert f.unit == "stops_self_defined_ethnicity" and f.source == "police_uk_stop_search"


def test_met_stop_search_sex_outcome_object_and_power(real_store):
    from crimestats.facts import _facts as facts

    rows = _stops(need("police-uk-street/metropolitan-stop-and-search"), "*-metropolitan-stop-and-search.csv",
                  month="2018-02")

    def n(measure: str) -> int | None:
        return facts.count(real_store, measure=measure, area="London", period="2018-02").value

    assert n("stop_search_female") == sum(r["Gender"] == "Female" for r in rows)
    assert n("stop_search_no_further_action") == sum(r["Outcome"] in NFA for r in rows)
    assert n("drug_stop_search") == sum(r["Object of search"] == "Controlled drugs" for r in rows)
    assert n("section_60_stop_search") == sum("(section 60)" in r["Legislation"] for r in rows)
    by_power = {f.filters["legislation"]: f.value for f in facts.breakdown(
        real_store, measure="stop_search", area="London", period="2018-02", by="legislation")}
    assert by_power == dict(Counter(_blank(r["Legislation"]) for r in rows))
    by_object = {f.filters["object_of_search"]: f.value for f in facts.breakdown(
        real_store, measure="stop_search", area="London", period="2018-02", by="object_of_search")}
    assert by_object == dict(Counter(_blank(r["Object of search"]) for r in rows))


def test_city_stop_search_no_further_action_and_age_share_2019(real_store):
    from crimestats.facts import _facts as facts

    rows = _stops(need("police-uk-street/city-of-london"), "*-city-of-london-stop-and-search.csv", year=2019)
    nfa = facts.count(real_store, measure="stop_search_no_further_action", area="City of London", period=2019)
    assert nfa.value == sum(r["Outcome"] in NFA for r in rows)
    kids = facts.count(real_store, measure="stop_search_under_18", area="the Square Mile", period=2019)
    aged = facts.count(real_store, measure="stop_search_age_recorded", area="City of London", period=2019)
    assert kids.value == sum(r["Age range"] in ("under 10", "10-17") for r in rows)
    assert aged.value == sum(bool(r["Age range"]) for r in rows)


# --------------------------------------------------------------------------- Met knife dashboard
def test_knife_dashboard_narrow_measures_match_the_parquet(real_store):
    import pyarrow.parquet as pq

    from crimestats.facts import _facts as facts

    t = pq.read_table(need("met-london-datastore-parquet/monthly-crime-dashboard.parquet")).to_pylist()

    def raw(subtype: str, measure: str) -> int:
        return sum(r["count"] for r in t if r["area_type"] == "Borough" and r["crime_subtype"] == subtype
                   and r["measure"] == measure and r["month_year"].year == 2023)

    for name, subtype, measure in (("knife_crime_with_injury", "Knife Crime with Injury", "Offences"),
                                   ("knife_crime_positive_outcomes", "Knife Crime", "Positive Outcomes"),
                                   ("knife_robbery_with_injury", "Knife Crime with Injury (Personal Robbery)", "Offences"),
                                   ("knife_injury_victims_under_25", "Knife Injury Victims (1-24)", "Offences")):
        f = facts.count(real_store, measure=name, area="London", period=2023)
        assert f.value == raw(subtype, measure), name
    allk = facts.count(real_store, measure="knife_crime", area="London", period=2023).value
    inj = facts.count(real_store, measure="knife_crime_with_injury", area="London", period=2023).value
    assert 0 < inj < allk


# --------------------------------------------------------------------------- places
def test_ward_by_name_counts_at_ward_level(real_store):
    import pyarrow.parquet as pq

    from crimestats.facts import _facts as facts
    from crimestats.measures._places import resolve_area

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-ward.parquet")).to_pylist()
    rows = [r for r in t if r["wardcode"] == "E05013925" and r["majortext"].upper() == "ROBBERY"]
    assert rows and rows[0]["wardname"] == "Stratford Olympic Park"
    want = sum(r[f"2025{m:02d}"] for r in rows for m in range(1, 13))
    for name in ("Stratford Olympic Park", "Stratford Olympic Park ward", "stratford olympic park ward, Newham"):
        a = resolve_area(name, store=real_store)
        assert (a.area_type, a.code) == ("ward", "E05013925"), name
        assert facts.count(real_store, measure="robbery", area=a, period=2025).value == want
    assert resolve_area("Stratford", store=real_store).code == "E09000025"       # the town: Newham
    assert resolve_area("Stratford ward", store=real_store).area_type == "ward"


def test_a_ward_name_two_boroughs_share_must_name_the_borough(real_store):
    from crimestats._errors import UnknownAreaError
    from crimestats.measures._places import resolve_area

    codes = {r[0] for r in real_store.con.execute(
        "SELECT DISTINCT area_code FROM counts WHERE area_type = 'ward' AND area_name = 'Highgate'").fetchall()}
    if len(codes) < 2:
        pytest.skip("the store has one Highgate ward only")
    with pytest.raises(UnknownAreaError, match="more than one ward"):
        resolve_area("Highgate ward", store=real_store)
    assert resolve_area("Highgate ward, Camden", store=real_store).code in codes


def test_a_ward_code_the_source_never_uses_is_no_data_not_zero(real_store):
    from crimestats._errors import NoDataError
    from crimestats.facts import _facts as facts
    from crimestats.measures._places import Area

    with pytest.raises(NoDataError, match="no figures for ward"):
        facts.count(real_store, measure="robbery", area=Area("ward", "E05999999", "Nowhere"), period=2025)


def _city_street(year: int) -> tuple[int, set[str]]:
    n, months, seen = 0, set(), set()
    for f in sorted(need("police-uk-street/city-of-london").rglob(f"{year}-*-city-of-london-street.csv")):
        with open(f, newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                months.add(row["Month"])
                cid = row["Crime ID"]
                if cid and cid in seen:
                    continue
                seen.add(cid)
                n += row["Crime type"] == "Theft from the person"
    return n, months


def test_city_theft_from_the_person_2024_and_the_partial_2023(real_store):
    from crimestats._errors import PartialPeriodError
    from crimestats.facts import _facts as facts

    n24, months24 = _city_street(2024)
    assert len(months24) == 12
    assert facts.count(real_store, measure="theft_from_person", area="the Square Mile", period=2024).value == n24
    n23, months23 = _city_street(2023)
    assert len(months23) < 12
    with pytest.raises(PartialPeriodError):
        facts.count(real_store, measure="theft_from_person", area="City of London", period=2023)
    f = facts.count(real_store, measure="theft_from_person", area="City of London", period=2023, allow_partial=True)
    assert f.value == n23 and f.months_present == len(months23)


# --------------------------------------------------------------------------- New York
def test_new_york_murders_by_year_and_no_rate(real_store):
    from crimestats._errors import NoDataError
    from crimestats.facts import _facts as facts

    seen: set[str] = set()
    per_year: Counter[str] = Counter()
    with open(need("international-homicide/nyc/nyc_homicides.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["uid"] not in seen:
                seen.add(row["uid"])
                per_year[row["offense_date"][:4]] += 1
    nyc = facts.count(real_store, measure="homicide", area="New York", period=2017)
    assert (nyc.value, nyc.source, nyc.area.code) == (per_year["2017"], "nyc_homicides", "nyc")
    assert any("no New York population" in c for c in nyc.caveats)
    london = facts.count(real_store, measure="homicide", area="London", period=2017)
    assert london.source == "mps_recorded_crime" and london.value < nyc.value
    with pytest.raises(NoDataError, match="no population for New York City"):
        facts.count(real_store, measure="homicide_rate", area="New York City", period=2017)
