"""Counts: a figure of offences, victims or people in a place and period — which number is the count
(from-to pairs, stop and searches beside officers), cells of a pasted table, 'N a month' (the monthly
average) and 'up to N a month' (the busiest month), a population named before its figure.

Expected figures come from the raw files (``raw.py``: pyarrow / csv, never crimestats).
(Which release or series a count is matched against is in test_sources.py; which crime a count is of
in test_measures_words.py.)
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims

from .raw import gla_pop, mps
from .support import HOLDS, check, claim_with, one


# ----------------------------------------------------------------------------- extraction (pure text)
def test_extraction_of_new_forms():
    counts = [c for c in extract_claims("Homicides fell from 126 to 115.") if c.kind == "count"]
    assert [c.subject for c in counts] == ["from", None]
    c = next(c for c in extract_claims("The Met recorded 1,000 more stop and searches, as 300 officers joined.")
             if c.kind == "count")
    assert c.subject is None       # the stop and searches, not the officers
    c = next(c for c in extract_claims("Met officers carried out 33,774 stop and searches in the first three "
                                       "months of 2018.") if c.kind == "count")
    assert c.subject is None and c.period_text == "the first three months of 2018"


# ----------------------------------------------------------------------------- against the raw data
def test_a_pasted_table_gives_each_cell_its_column_year(real_store):
    b23, b24 = (mps(year=y, major="BURGLARY", borough="Croydon") for y in (2023, 2024))
    v23, v24 = (mps(year=y, minor="VIOLENCE WITH INJURY", borough="Croydon") for y in (2023, 2024))
    text = (f"Crime in Croydon rose last year.\n\nOffence type | 2023 | 2024\nBurglary | {b23:,} | {b24 + 1:,}\n"
            f"Violence with injury | {v23:,} | {v24:,}\n")
    claims = check(real_store, text, "2025-02-12")
    cells = {c.claim.text: c for c in claims if c.claim.kind == "count"}
    assert cells[f"{b23:,}"].period == "2023" and cells[f"{b23:,}"].verdict == "accurate"
    assert cells[f"{b24 + 1:,}"].period == "2024" and cells[f"{b24 + 1:,}"].verdict == "inaccurate"
    assert cells[f"{v23:,}"].measure == "violence_with_injury" and cells[f"{v24:,}"].verdict == "accurate"


@pytest.mark.parametrize("over", [True, False])
def test_up_to_n_a_month_is_the_busiest_month_not_the_total(real_store, over):
    monthly = [mps(months=[f"2024{m:02d}"], major="BURGLARY") for m in range(1, 13)]
    top = max(monthly)
    claimed = round(top, -2) if not over else round(top * 0.6, -2)
    text = f"Police recorded up to {claimed:,} burglaries a month in London in 2024."
    c = one(check(real_store, text, "2025-03-01"), "count")
    assert c.found == top            # the busiest month, never the year's total
    assert (c.verdict == "accurate") is (not over), c.explanation


def test_n_a_month_is_the_monthly_average(real_store):
    total = mps(year=2024, major="ROBBERY")
    avg = total / 12
    text = f"There were {round(avg):,} robberies a month in London in 2024."
    c = one(check(real_store, text, "2025-03-01"), "count")
    assert abs(c.found - round(avg, 1)) < 0.06
    assert c.verdict == "accurate", c.explanation


def test_population_named_before_the_figure(real_store):
    pop = gla_pop("Croydon", 2024)
    claimed = int(pop // 10_000 * 10_000)
    res = check(real_store, f"Croydon's population topped {claimed:,} in 2024.", "2026-03-10")
    c = claim_with(res, f"{claimed:,}")
    assert c.unit == "people" and c.found == round(pop) and c.verdict in HOLDS


# ----------------------------------------------------------------------------- a London average as the yardstick
def test_a_london_average_in_a_borough_sentence_is_the_mean_borough(real_store):
    """'against a London average of about N': London's total over its 32 Met boroughs, not the borough."""
    from .raw import boroughs
    met = [b for b in boroughs() if b != "City of London"]
    per = {b: mps(year=2025, major="THEFT", borough=b) for b in met}
    mean = sum(per.values()) / len(per)
    isl = per["Islington"]
    text = f"Islington recorded {isl:,} thefts last year, against a London average of about {round(mean, -2):,.0f}."
    c = claim_with(check(real_store, text, "2026-02-15"), "average")
    assert c.area.startswith("London") and abs(c.found - mean) <= 1 and c.verdict == "accurate"
    c = claim_with(check(real_store, text.replace(f"{round(mean, -2):,.0f}", f"{round(mean * 0.7, -2):,.0f}"),
                         "2026-02-15"), "average")
    assert c.verdict == "inaccurate"


def test_down_from_a_figure_after_a_pronoun_is_the_year_befores_count(real_store):
    from .raw import london_victims
    a, b = london_victims(2019), london_victims(2018)
    text = f"The Met says {a} people were killed in London in 2019. That's up from {b} the year before."
    c = claim_with(check(real_store, text, "2020-02-01"), f"{b}")
    assert c.claim.kind == "count" and c.period == "2018" and c.verdict in HOLDS


@pytest.mark.parametrize("words, offset", [("just over", -0.04), ("just over", -0.5), ("just under", 0.04)])
def test_just_over_a_figure_is_close_above_it(real_store, words, offset):
    n = mps(year=2025, borough="Sutton")
    claimed = round(n * (1 + offset), -2)
    c = one(check(real_store, f"Sutton saw {words} {claimed:,.0f} crimes in 2025.", "2026-02-15"), "count")
    lo, hi = (claimed, claimed * 1.1) if words == "just over" else (claimed * 0.9, claimed)
    assert (c.verdict in HOLDS) == (lo <= n <= hi)


@pytest.mark.parametrize("borough", ["Havering", "Merton", "Hackney", "Sutton"])
@pytest.mark.parametrize("words", ["Not one homicide was recorded in {b} in 2024.",
                                   "{b} recorded no homicides at all in 2024.",
                                   "There were zero homicides in {b} in 2024."])
def test_a_count_of_none_is_a_count_of_zero(real_store, borough, words):
    n = mps(year=2024, minor="HOMICIDE", borough=borough)
    c = one(check(real_store, words.format(b=borough), "2025-03-01"), "count")
    assert c.claim.value == 0 and (c.verdict in HOLDS) == (n == 0), (c.found, n)


@pytest.mark.parametrize("text", ["There is no knife crime strategy in the borough plan.",
                                  "No burglary victim should wait for an officer."])
def test_no_before_a_crime_word_without_a_place_or_period_is_no_count(text):
    assert not [c for c in extract_claims(text) if c.kind == "count"]


@pytest.mark.parametrize("places", [("Camden", "Brent"), ("Westminster", "Lambeth", "Newham")])
def test_each_recorded_n_is_a_count_for_every_place_listed(real_store, places):
    """'<a>, <b> and <c> each recorded N <crimes>': N is checked in every place named."""
    counts = {p: mps(year=2024, major="ROBBERY", borough=p) for p in places}
    n = counts[places[0]]
    listed = ", ".join(places[:-1]) + " and " + places[-1]
    got = [c for c in check(real_store, f"{listed} each recorded {n:,} robberies in 2024.", "2025-03-01")
           if c.claim.kind == "count"]
    assert sorted(c.area for c in got) == sorted(places)
    for c in got:
        assert (c.verdict in HOLDS) is (counts[c.area] == n), c.explanation


@pytest.mark.parametrize("borough", ["Hackney", "Islington"])
def test_a_figure_alone_on_a_line_counts_the_crime_named_before(real_store, borough):
    n = mps(year=2025, minor="BICYCLE THEFT", borough=borough)
    for claimed in (n - 1, n + 400):
        text = f"Anyone else notice bike thefts in {borough} have gone up? Over {claimed:,} last year!!"
        c = claim_with(check(real_store, text, "2026-03-01"), f"{claimed:,}")
        assert c.claim.kind == "count" and c.area == borough and (c.verdict in HOLDS) is (n > claimed), c.explanation


@pytest.mark.parametrize("borough", ["Camden", "Croydon", "Barnet"])
def test_a_round_count_cut_down_rather_than_rounded_holds_with_a_caveat(real_store, borough):
    n = mps(year=2025, borough=borough)
    cut = n // 1000 * 1000
    c = one(check(real_store, f"{borough} recorded {cut:,} crimes in 2025.", "2026-03-01"), "count")
    assert c.verdict in HOLDS, c.explanation
    if round(n / 1000) * 1000 != cut and cut % 10000:
        assert c.verdict == "accurate_with_caveat" and "cut down" in c.explanation
    far = cut - 3000
    assert one(check(real_store, f"{borough} recorded {far:,} crimes in 2025.", "2026-03-01"), "count").verdict == "inaccurate"


@pytest.mark.parametrize("borough", ["Westminster", "Camden", "Bromley"])
def test_one_and_without_a_single_and_compared_with_n_the_year_before(real_store, borough):
    now = mps(year=2025, minor="HOMICIDE", borough=borough)
    then = mps(year=2024, minor="HOMICIDE", borough=borough)
    got = check(real_store, f"{borough} recorded just one homicide in 2025, compared with {then} the previous year.",
                "2026-03-01")
    ones = [c for c in got if c.claim.kind == "count" and c.claim.value == 1]
    assert ones and (ones[0].verdict in HOLDS) is (now == 1)
    before = [c for c in got if c.claim.kind == "count" and c.period == "2024"]
    assert before and before[0].verdict in HOLDS
    c = claim_with(check(real_store, f"{borough} went the whole of 2025 without a single homicide.", "2026-03-01"),
                   "without a single")
    assert c.claim.value == 0 and (c.verdict in HOLDS) is (now == 0)


def test_a_part_of_london_said_of_the_borough_is_the_borough(real_store):
    n = mps(year=2025, borough="Hillingdon")
    text = f"Crime in Hillingdon hit a record in 2025. Police logged {n:,} crimes in the west London borough last year."
    c = claim_with(check(real_store, text, "2026-03-01"), f"{n:,}")
    assert c.area == "Hillingdon" and c.verdict in HOLDS


def test_a_multiple_of_a_yardstick_figure_checks_the_yardstick_in_its_own_year(real_store):
    """'more than double the N offences logged in <year>': N is that year's figure, not the headline year's."""
    then = mps(year=2015, major="BURGLARY", borough="Bexley")
    text = f"Burglary in Bexley reached 2,000 in 2025, more than double the {then:,} offences logged in 2015."
    c = claim_with(check(real_store, text, "2026-02-01"), f"{then:,}")
    assert c.claim.kind == "count" and c.period == "2015" and c.verdict in HOLDS, c.explanation


def test_crimes_and_incidents_of_anti_social_behaviour_are_every_street_file_row(real_store):
    """'<force> recorded N crimes and incidents of anti-social behaviour': crimes plus ASB incidents (police.uk),
    never the ASB incidents alone."""
    from .raw import force_street_count
    types = ("Violence and sexual offences", "Burglary", "Robbery", "Vehicle crime", "Criminal damage and arson",
             "Other theft", "Shoplifting", "Drugs", "Public order", "Other crime", "Theft from the person",
             "Bicycle theft", "Possession of weapons", "Anti-social behaviour")
    n = sum(force_street_count("cumbria", t) for t in types)
    text = f"Cumbria Police recorded {n:,} crimes and incidents of anti-social behaviour between January and November 2022."
    c = one(check(real_store, text, "2023-01-24"), "count")
    assert (c.measure, c.found, c.verdict) == ("crime_and_asb", n, "accurate"), c.explanation


def test_n_of_the_m_people_killed_after_a_fronted_year_aside(real_store):
    """'In <year>, the last year for which the Met has published full victim data, N of the M people killed in London
    were women': the fronted year is the period ('the last year for which ...' names none); M is every victim."""
    from .raw import homicide_victims
    total, women = homicide_victims(2021), homicide_victims(2021, Sex="Female")
    text = (f"In 2021, the last year for which the Met had published full victim data, {women} of the {total} people "
            "killed in London were women.")
    got = [c for c in check(real_store, text, "2023-03-10") if c.claim.kind == "count"]
    assert [(c.period, c.found) for c in got] == [("2021", women), ("2021", total)], [c.explanation for c in got]
    assert all(c.verdict in HOLDS for c in got)


def test_a_crime_every_month_needs_one_in_each_month(real_store):
    """'a <crime> in <place> every month this year': the quietest month decides, and one with none fails it."""
    months = [f"2024{m:02d}" for m in range(1, 13)]
    quietest = min(mps(months=[k], minor="HOMICIDE", borough="Lambeth") for k in months)
    c = one(check(real_store, "There was a murder in Lambeth every month in 2024.", "2025-03-01"), "count")
    assert c.claim.per_month == "every" and (c.verdict in HOLDS) == (quietest >= 1), c.explanation
    vehicles = min(mps(months=[k], minor="THEFT OR UNAUTH TAKING OF A MOTOR VEH", borough="Sutton") for k in months)
    c = one(check(real_store, "A car was stolen in Sutton every month in 2024.", "2025-03-01"), "count")
    assert (c.verdict in HOLDS) == (vehicles >= 1), c.explanation
