"""Crime words to measures: which series a sentence's words name — never widened to a parent (dog
thefts, strip searches), narrowed by a qualifier the data can apply (custody offence groups, stop and
search object and outcome, children), unverifiable when it cannot; the figure's own noun over a crime
named earlier; drug arrests as the custody file's three drug groups together.

Expected figures come from the raw files (``raw.py``: csv / pyarrow, never crimestats).
"""

from __future__ import annotations

import pytest

from conftest import need

from .raw import custody_drug_offences, custody_offences, met_stops, mps
from .support import HOLDS, check, claim_with, one


def test_series_named_by_their_own_words_are_never_widened_to_a_parent(real_store):
    import pyarrow.parquet as pq

    animals = pq.read_table(need("met-london-datastore-parquet/stolen-animals.parquet")).to_pylist()

    def dogs(y: int) -> int:
        return sum(r["count_of_stolen_animals"] or 0 for r in animals
                   if r["year_and_month"].endswith(str(y)) and (r["type_of_animal"] or "").strip().lower() == "dog")

    searches = pq.read_table(need("met-london-datastore-parquet/thorough-searches.parquet"),
                             columns=["stop_date"]).to_pylist()

    def strip(y: int) -> int:
        return sum(1 for r in searches if str(r["stop_date"])[:4] == str(y))

    c = one(check(real_store, f"There were {dogs(2021)} dog thefts in London in 2021.", "2022-02-10"), "count")
    assert c.measure == "stolen_dogs" and c.verdict in HOLDS, c.explanation
    c = one(check(real_store, f"The Met carried out {strip(2023) + 5:,} strip searches in 2023.", "2024-03-05"), "count")
    assert c.measure == "strip_searches" and c.verdict == "inaccurate" and c.found == strip(2023), c.explanation


def test_a_figures_own_noun_beats_a_measure_named_earlier_in_the_sentence(real_store):
    shop = mps(year=2023, minor="SHOPLIFTING")
    tfp = mps(year=2023, minor="THEFT FROM THE PERSON")
    text = (f"Shoplifting offences numbered {shop:,}, while there were {tfp:,} thefts from the person "
            "in London in 2023.")
    claims = check(real_store, text, "2024-03-01")
    c = one(claims, "count", key=f"{tfp:,}")
    assert c.claim.claimed_text == f"{tfp:,}"
    assert c.measure == "theft_from_person"
    assert c.found == tfp and c.verdict == "accurate", c.explanation


def test_knife_point_robbery_with_injury_is_the_dashboard_part(real_store):
    text = "In 2024/25 knifepoint robberies where the victim was injured went up by 12% in London."
    c = one(check(real_store, text, "2025-06-01"), key="12%")
    assert c.measure == "knife_robbery_with_injury"


# ----------------------------------------------------------------------------- arrests (custody)
@pytest.mark.parametrize("group,words", [("Murder", "on suspicion of murder"), ("Weapons", "for weapons offences")])
def test_custody_qualifier_narrows_to_the_offence_group(real_store, group, words):
    n, total = custody_offences(2024, group), custody_offences(2024)
    assert n != total
    c = one(check(real_store, f"Some {n:,} people were arrested {words} in London in 2024.", "2025-06-01"), "count")
    assert c.found == n and c.verdict in HOLDS, c.explanation
    c = one(check(real_store, f"Some {total:,} people were arrested {words} in London in 2024.", "2025-06-01"), "count")
    assert c.verdict == "inaccurate", c.explanation


def test_custody_qualifier_the_data_cannot_apply_is_unverifiable_not_the_total(real_store):
    total = custody_offences(2023)
    c = one(check(real_store, f"Police made {total:,} arrests for burglary in London in 2023.", "2024-06-01"), "count")
    assert c.verdict == "unverifiable" and c.found is None
    assert "burglary" in c.explanation


def test_drug_arrest_change_uses_all_three_drug_groups(real_store):
    now, before = custody_drug_offences(2023), custody_drug_offences(2022)
    pct = round((now - before) / before * 100)
    text = f"Arrests for drug offences in London fell by {abs(pct)}% in 2023."
    [c] = check(real_store, text, "2024-03-01")
    assert c.measure == "drug_arrests" and c.verdict in ("accurate", "accurate_with_caveat")
    assert {e.value for e in c.evidence} >= {now, before}
    wrong = check(real_store, f"Arrests for drug offences in London fell by {abs(pct) + 10}% in 2023.", "2024-03-01")[0]
    assert wrong.verdict == "inaccurate"


# ----------------------------------------------------------------------------- stop and search, strip searches
def test_stop_and_search_outcome_and_object(real_store):
    months = ["2018-01", "2018-02", "2018-03"]
    arrests = met_stops(months, "Outcome", "Arrest")
    drugs, total = met_stops(months, "Object of search", "Controlled drugs"), met_stops(months)
    text = (f"Of the {total:,} stop and searches in the first quarter of 2018, {arrests:,} led to an arrest. "
            f"In the first quarter of 2018 the Met carried out {drugs:,} stop and searches for drugs.")
    got = check(real_store, text, "2019-01-01")
    c = one(got, "count", "led to an arrest")
    assert c.measure == "stop_search_arrests" and c.found == arrests and c.verdict in HOLDS, c.explanation
    c = one(got, "count", "for drugs")
    assert c.measure == "drug_stop_search" and c.found == drugs and c.verdict in HOLDS, c.explanation


def test_arrests_from_searches_are_the_searches_outcome_not_custody(real_store):
    months = ["2018-01", "2018-02", "2018-03"]
    total, arrests = met_stops(months), met_stops(months, "Outcome", "Arrest")
    text = (f"Officers in London made {total:,} stop and searches in the first quarter of 2018.\n"
            f"Arrests resulting from the searches numbered {arrests:,} in the first quarter of 2018.\n")
    got = one(check(real_store, text, "2019-01-01"), "count", f"{arrests:,}")
    assert got.measure == "stop_search_arrests" and got.found == arrests, got.explanation


def test_strip_searches_of_children(real_store):
    import pyarrow.parquet as pq

    rows = pq.read_table(need("met-london-datastore-parquet/thorough-searches.parquet"),
                         columns=["stop_date", "age_group"]).to_pylist()
    kids = sum(1 for r in rows if str(r["stop_date"])[:4] == "2022" and r["age_group"] == "Under 18")
    every = sum(1 for r in rows if str(r["stop_date"])[:4] == "2022")
    assert kids != every
    c = one(check(real_store, f"The Met strip-searched {kids} children in 2022.", "2023-06-01"), "count")
    assert c.measure == "child_strip_searches" and c.found == kids and c.verdict in HOLDS, c.explanation
    c = one(check(real_store, f"The Met strip-searched {every:,} children in 2022.", "2023-06-01"), "count")
    assert c.verdict == "inaccurate", c.explanation


def test_stabbings_outside_a_text_about_killings_are_knife_crime_with_injury(real_store):
    c = one(check(real_store, "Stabbings rose by 30 per cent last year in Newham.", "2025-03-10"), "change")
    assert c.measure == "knife_crime_with_injury"
    c = one(check(real_store, "In Haringey there were eight killings in 2018, half of them stabbings.", "2019-03-10"),
            "share")
    assert c.measure == "knife_homicide_victims"


def test_home_burglary_is_the_mets_burglary_of_a_home_where_that_series_runs(real_store):
    now, then = (mps(year=y, minor="RES BURGLARY OF A HOME", borough="Newham") for y in (2025, 2024))
    c = one(check(real_store, "Home burglaries in Newham fell by 10% in 2025.", "2026-03-15"), "change")
    assert c.measure == "burglary_home"
    assert c.found == pytest.approx(round(100 * (now - then) / then, 1), abs=0.05)


def test_home_burglary_reaching_back_before_that_series_uses_residential_burglary(real_store):
    c = one(check(real_store, "Homes burgled in Newham fell by a fifth between 2022 and 2025.", "2026-03-15"), "ratio")
    assert c.measure == "residential_burglary" and "does not reach back to 2022" in c.explanation
    c = one(check(real_store, "Home burglaries in Newham are at their lowest level since records began.", "2026-03-15"),
            "record")
    assert c.measure == "residential_burglary"


def test_cycles_reported_stolen_are_bicycle_thefts(real_store):
    n = mps(year=2024, minor="BICYCLE THEFT", borough="Hackney")
    c = one(check(real_store, f"In Hackney, {n:,} cycles were reported stolen in 2024.", "2025-03-01"), "count")
    assert c.measure == "bicycle_theft" and c.found == n and c.verdict == "accurate"


def test_the_deadliest_year_is_about_homicide(real_store):
    from .raw import london_victims
    ys = {y: london_victims(y) for y in range(2003, 2020)}
    c = one(check(real_store, "2019 was the deadliest year in London since 2008.", "2020-02-01"), "record")
    assert c.measure is not None and "homicide" in c.measure
    assert (c.verdict in HOLDS) == (all(ys[y] < ys[2019] for y in range(2009, 2019)) and ys[2008] >= ys[2019])


def test_n_for_a_crime_after_arrests_is_arrests_for_it(real_store):
    """'<N> arrests ..., including around <N> for drug offences': the custody series for that crime, not the
    crime's recorded count."""
    n = custody_drug_offences(2023)
    c = claim_with(check(real_store, f"The Met made thousands of arrests in 2023, including {n:,} for drug offences.",
                         "2024-03-01"), f"{n:,}")
    assert c.measure == "drug_arrests" and c.found == n


@pytest.mark.parametrize("words, measure, minor", [
    ("Drug dealing", "drug_trafficking", "TRAFFICKING OF DRUGS"),
    ("Drug possession offences", "drug_possession", "POSSESSION OF DRUGS"),
    ("Robberies of shops and businesses", "business_robbery", "ROBBERY OF BUSINESS PROPERTY"),
])
def test_everyday_names_of_met_minor_categories(real_store, words, measure, minor):
    """A named crime resolves to the narrowest measure the data holds (never the major category or another crime)."""
    n = mps(year=2025, minor=minor, borough="Hounslow")
    c = one(check(real_store, f"{words} in Hounslow reached {n:,} in 2025.", "2026-02-15"), "count")
    assert c.measure == measure and c.found == n


@pytest.mark.parametrize("text, measure", [
    ("Statistics show one person is stabbed every hour in London.", "knife_crime_with_injury"),
    ("Five people were stabbed to death in Croydon in 2022.", "knife_homicide_victims"),
])
def test_stabbed_is_knife_crime_with_injury_and_stabbed_to_death_a_killing(real_store, text, measure):
    got = [c.measure for c in check(real_store, text, "2026-03-01") if c.claim.kind == "count"]
    assert got == [measure], got


def test_victims_stabbed_in_a_text_about_killings_are_knife_homicide_victims(real_store):
    from .raw import victims_by_method
    knife, _ = victims_by_method(2022)
    text = f"London recorded 106 homicide victims in 2022. {knife} of the victims were stabbed."
    c = claim_with(check(real_store, text, "2023-03-01"), "were stabbed")
    assert c.measure == "knife_homicide_victims" and c.verdict in HOLDS, c.explanation


@pytest.mark.parametrize("words, measure", [
    ("Things nicked from cars", "theft_from_vehicle"), ("Shop thefts", "shoplifting"),
    ("Motor vehicle theft", "theft_of_vehicle"), ("Sex crimes", "sexual_offences"), ("Drug crimes", "drug_offences"),
    ("Cars pinched", "theft_of_vehicle"), ("Motors stolen", "theft_of_vehicle"),
    ("Cars broken into", "theft_from_vehicle"),
])
def test_everyday_crime_words_name_the_narrowest_series(real_store, words, measure):
    c = one(check(real_store, f"{words} in Kingston upon Thames rose in 2025.", "2026-02-10"), "direction")
    assert c.measure == measure, c.explanation


@pytest.mark.parametrize("text, measure", [
    ("More dogs were stolen in London in 2022 than in 2021.", "stolen_dogs"),
    ("More bikes have been stolen in Hackney in 2025 than in 2024.", "bicycle_theft"),
    ("More homes were burgled in Barnet in 2025 than in 2024.", "burglary_home"),
])
def test_a_passive_crime_phrase_is_the_crime(real_store, text, measure):
    """'<things> were stolen' is '<things> stolen': every '<noun> <participle>' word of the catalogue reads with
    'were', 'was', 'have been' between."""
    c = one(check(real_store, text, "2026-03-01"), "direction")
    assert c.measure == measure, c.explanation


def test_burglaries_of_homes_and_businesses_are_all_burglary(real_store):
    now, then = mps(year=2025, major="BURGLARY", borough="Barnet"), mps(year=2024, major="BURGLARY", borough="Barnet")
    text = f"Burglaries of homes and businesses in Barnet fell by {abs(100 * (now - then) / then):.0f}% in 2025."
    c = one(check(real_store, text, "2026-03-02"), "change")
    assert c.measure == "burglary" and c.verdict in HOLDS, c.explanation


def test_crime_named_first_is_the_total_even_with_crimes_after_it(real_store):
    """'Crime in <borough> hit a record high in <year> as <crimes> rose': all crime, not the crimes named after."""
    c = one(check(real_store, "Crime in Camden hit a new record high in 2025 as shoplifters ran riot.", "2026-03-02"),
            "record")
    assert c.measure == "all_crime", c.explanation
