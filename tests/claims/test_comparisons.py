"""Comparisons: a place set against another place or against London's average ("safer than the United
States", "below the London rate", "three times the London average", "Canada's murder rate was double
London's"), and equality with another year ("roughly the same as in 2016").

Expected figures come from the raw files (``raw.py``: csv / pyarrow, never crimestats).
(Rankings among many places are in test_rankings.py.)
"""

from __future__ import annotations

import pytest

from crimestats import check_text
from crimestats.claims import extract_claims

from .raw import borough_rates_2025, london32_pop, london_victims, mps, owid, pct
from .support import HOLDS, check, claim_with, one

FEB26, FEB25 = ["202602"], ["202502"]


# ----------------------------------------------------------------------------- against another place
def test_safety_comparison_uses_homicide_rates(real_store):
    res = check_text(real_store, text="London is safer than the United States.", as_of="2022-06-30")
    c = [c for c in res.claims if c.claim.kind == "comparison"][0]
    assert c.measure == "homicide_rate" and "homicide rate alone" in c.explanation
    assert c.verdict in ("accurate_with_caveat", "inaccurate")
    assert c.found["this"] < c.found["other"] if c.verdict == "accurate_with_caveat" else True


def test_country_ratio_uses_published_rates(real_store):
    ratio = owid("Canada", 2022) / (london_victims(2022) * 1e5 / london32_pop(2022))
    word = "double" if 1.8 <= ratio <= 2.2 else "three times"
    c = one(check(real_store, f"Canada's murder rate in 2022 was {word} London's.", "2024-06-01"), "ratio")
    assert c.measure == "homicide_rate" and abs(c.found - ratio) < 0.02
    assert c.verdict == ("accurate" if word == "double" else "inaccurate")


# ----------------------------------------------------------------------------- a borough against London
def test_borough_rate_against_the_london_average_is_a_rate_not_a_count(real_store):
    rates, london = borough_rates_2025("BURGLARY")
    low = min(rates, key=rates.get)           # the borough with the lowest burglary rate
    claims = check(real_store, f"In 2025 {low}'s burglary rate was higher than the average for London.", "2026-03-15")
    c = one(claims, "comparison", "average for London")
    assert c.verdict == "inaccurate"
    assert abs(c.found["this"] - rates[low]) < 0.02
    assert abs(c.found["other"] - london) / london < 0.02
    assert "per 1,000" in c.explanation and "population" in c.explanation


def test_borough_below_london_rate_holds_for_a_low_rate_borough(real_store):
    rates, london = borough_rates_2025("ROBBERY")
    low = min(rates, key=rates.get)
    claims = check(real_store, f"{low}'s robbery rate sat below the London rate in 2025.", "2026-03-15")
    c = one(claims, "comparison", "below the London rate")
    assert c.verdict == ("accurate" if rates[low] < london else "inaccurate")


def test_multiple_of_the_london_average_divides_rates(real_store):
    rates, london = borough_rates_2025("THEFT")
    top = max(rates, key=rates.get)
    ratio = rates[top] / london
    k = max(2, round(ratio))
    word = {2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times"}.get(k, f"{k} times")
    claims = check(real_store, f"{top}'s theft rate in 2025 was {word} the London average.", "2026-03-15")
    c = one(claims, "ratio", word)
    assert abs(c.found - ratio) < 0.05 * ratio      # rates per resident, not a borough count over London's
    assert c.found > 1


def test_rate_against_london_with_no_figure_in_the_sentence_is_extracted(real_store):
    rates, london = borough_rates_2025("ROBBERY")
    top = max(rates, key=rates.get)
    claims = check(real_store, f"{top}'s robbery rate is higher than the London average.", "2026-03-15")
    c = one(claims, "comparison", "London average")
    assert c.period == "2025"
    assert abs(c.found["this"] - rates[top]) < 0.02
    assert c.verdict == ("accurate" if rates[top] > london else "inaccurate")


# ----------------------------------------------------------------------------- equality with another period
@pytest.mark.parametrize("years", [("2022", "2021"), ("2023", "2016")])
def test_roughly_the_same_as_a_year(real_store, years):
    now, then = (mps(year=int(y), major="BURGLARY") for y in years)
    gap = abs(now - then) / then
    text = f"Burglary in London in {years[0]} was roughly the same as in {years[1]}."
    c = one(check(real_store, text, "2024-03-01"), "equality")
    assert (c.verdict == "accurate") is (gap <= 0.10), c.explanation


def test_roughly_the_same_as_a_year_earlier(real_store):
    now, then = mps(months=FEB26, major="BURGLARY", borough="Hackney"), \
        mps(months=FEB25, major="BURGLARY", borough="Hackney")
    text = "Burglary in Hackney was broadly the same last month as a year earlier."
    c = claim_with(check(real_store, text, "2026-03-19"), "the same")
    assert c.kind == "equality" and c.period == "February 2026" and c.found == then
    assert (c.verdict == "accurate") == (abs(now - then) / then <= 0.10)


def test_unchanged_and_the_same_number_as_are_equalities(real_store):
    from .raw import homicide_victims

    shot = {y: homicide_victims(y, Method_of_Killing="Shooting") for y in (2021, 2022)}
    c = one(check(real_store, f"{shot[2022]} people were shot dead in London in 2022, the same number as in 2021.",
                  "2023-02-01"), "equality")
    assert c.verdict == ("accurate" if shot[2021] == shot[2022] else "inaccurate")
    b = {y: mps(year=y, major="BURGLARY", borough="Camden") for y in (2022, 2023)}
    c = one(check(real_store, "Burglary in Camden was unchanged last year.", "2024-02-01"), "equality")
    assert c.verdict == ("accurate" if b[2022] == b[2023] else "inaccurate")


def test_a_fraction_more_than_another_place_is_a_ratio_between_places(real_store):
    a, b = mps(year=2023, major="BURGLARY", borough="Camden"), mps(year=2023, major="BURGLARY", borough="Islington")
    more, less = (("Camden", a), ("Islington", b)) if a > b else (("Islington", b), ("Camden", a))
    ratio = more[1] / less[1]
    words = "a half" if ratio > 1.35 else "a tenth"
    c = one(check(real_store, f"{more[0]} recorded {more[1]:,} burglaries in 2023, {words} more than neighbouring "
                              f"{less[0]}.", "2024-02-01"), "ratio")
    assert c.area == more[0] and abs(c.found - ratio) < 0.01


def test_a_multiple_of_a_figure_in_another_place_is_about_the_place_before(real_store):
    w = mps(year=2023, major="THEFT", minor="SHOPLIFTING", borough="Westminster")
    cam = mps(year=2023, major="THEFT", minor="SHOPLIFTING", borough="Camden")
    claims = check(real_store, f"Westminster recorded {w:,} shoplifting offences in 2023. That is double the {cam:,} "
                               "shoplifting offences recorded in neighbouring Camden.", "2024-02-01")
    r = one(claims, "ratio")
    assert (r.area, round(r.found, 2)) == ("Westminster", round(w / cam, 2))
    assert one(claims, "count", "That is").area == "Camden"       # the figure inside is Camden's own


def test_half_the_figure_recorded_by_another_force(real_store):
    claims = check(real_store, "Merseyside Police recorded 5,492 burglaries between January and November this "
                               "year.\nThat is little more than half the 10,669 recorded by South Yorkshire Police "
                               "over the same months.", "2022-12-22")
    r = one(claims, "ratio")
    assert (r.area, r.claim.compare_to) == ("Merseyside", "South Yorkshire") and r.period == \
        "January 2022 to November 2022"


def test_twice_as_many_crimes_as_another_force():
    from crimestats.claims import extract_claims

    (c,) = [c for c in extract_claims("South Yorkshire Police recorded nearly twice as many burglaries as Merseyside "
                                      "Police.") if c.kind == "ratio"]
    assert (c.value, c.compare_to) == (2.0, "Merseyside")


@pytest.mark.parametrize("text", [
    "Camden and Newham recorded almost exactly the same number of crimes in 2023.",
    "Camden recorded much the same number of crimes as Newham in 2023.",
])
def test_the_same_number_as_another_place(real_store, text):
    a, b = mps(year=2023, borough="Camden"), mps(year=2023, borough="Newham")
    c = one(check(real_store, text, "2024-03-01"), "comparison")
    assert (c.area, c.claim.compare_to) == ("Camden", "Newham")
    assert c.verdict == ("accurate" if abs(a - b) / max(a, b) <= 0.1 else "inaccurate")


def test_a_rate_named_before_the_comparison_compares_rates(real_store):
    rates, _ = borough_rates_2025("ROBBERY")
    a, b = "Lambeth", "Southwark"
    c = one(check(real_store, f"{a}'s robbery rate was higher than {b}'s in 2025.", "2026-03-15"), "comparison")
    assert c.found["this"] / c.found["other"] == pytest.approx(rates[a] / rates[b], rel=0.01)   # rates, not counts
    assert c.verdict == ("accurate" if rates[a] > rates[b] else "inaccurate")


def test_a_neighbouring_place_after_than_is_the_place_compared(real_store):
    h, e = mps(year=2025, major="BURGLARY", borough="Haringey"), mps(year=2025, major="BURGLARY", borough="Enfield")
    c = one(check(real_store, "Burglary in Haringey was lower than in neighbouring Enfield in 2025.", "2026-03-15"),
            "comparison")
    assert c.found == {"this": h, "other": e}
    assert c.verdict == ("accurate" if h < e else "inaccurate")


def test_the_same_number_as_in_a_month_of_a_year_is_that_month(real_store):
    jan26, jan24 = (mps(months=[m], minor="RES BURGLARY OF A HOME", borough="Bromley") for m in ("202601", "202401"))
    c = one(check(real_store, "In January, 78 homes were burgled in Bromley, exactly the same number as in January "
                  "2024.", "2026-03-21"), "equality")
    assert c.verdict == ("accurate" if jan26 == jan24 else "inaccurate")


# ----------------------------------------------------------------------------- two places in one sentence
def test_percent_more_than_a_neighbour_is_a_ratio_between_places(real_store):
    """'N% more burglaries than neighbouring <borough>' is Barnet against Enfield, not Barnet against 2024."""
    a, b = mps(year=2025, major="BURGLARY", borough="Barnet"), mps(year=2025, major="BURGLARY", borough="Enfield")
    right = round((a / b - 1) * 100)
    c = one(check(real_store, f"Barnet recorded {right}% more burglaries than neighbouring Enfield in 2025.",
                  "2026-02-15"), "ratio")
    assert c.verdict == "accurate" and abs(c.found - a / b) < 0.01
    wrong = right + 25
    c = one(check(real_store, f"Barnet recorded {wrong}% more burglaries than Enfield in 2025.", "2026-02-15"), "ratio")
    assert c.verdict == "inaccurate"
    assert not [x for x in check(real_store, f"Barnet recorded {wrong}% more burglaries than Enfield in 2025.",
                                 "2026-02-15") if x.claim.kind == "change"]


def test_a_fraction_more_than_a_place_holds_only_near_that_fraction(real_store):
    """'a quarter more' is not met by an eighth more (the band scales with the change, not the multiple)."""
    a, b = mps(year=2025, major="BURGLARY", borough="Barnet"), mps(year=2025, major="BURGLARY", borough="Enfield")
    c = one(check(real_store, "Barnet recorded a quarter more burglary than neighbouring Enfield last year.",
                  "2026-02-15"), "ratio")
    assert c.verdict == ("accurate" if 1.175 <= a / b <= 1.30 else "inaccurate")


def test_up_in_one_place_but_down_in_another_is_two_directions(real_store):
    cro = mps(year=2025, major="ROBBERY", borough="Croydon") - mps(year=2024, major="ROBBERY", borough="Croydon")
    bro = mps(year=2025, major="ROBBERY", borough="Bromley") - mps(year=2024, major="ROBBERY", borough="Bromley")
    res = check(real_store, "Robbery was up in Croydon last year but down in Bromley.", "2026-02-15")
    got = {c.area: (c.verdict in HOLDS) for c in res if c.claim.kind == "direction"}
    assert got == {"Croydon": cro > 0, "Bromley": bro < 0}


def test_each_figure_takes_the_place_written_after_it(real_store):
    now = {b: mps(year=2025, major="BURGLARY", borough=b) for b in ("Brent", "Harrow")}
    then = {b: mps(year=2024, major="BURGLARY", borough=b) for b in ("Brent", "Harrow")}
    ch = {b: pct(now[b], then[b]) for b in now}
    text = (f"Burglary went {'up' if ch['Brent'] > 0 else 'down'} {abs(ch['Brent']):.0f}% in Brent and "
            f"{abs(ch['Harrow']):.0f}% in Harrow last year.")
    got = [(c.area, c.verdict) for c in check(real_store, text, "2026-02-15") if c.claim.kind == "change"]
    assert [a for a, _ in got] == ["Brent", "Harrow"] and got[0][1] == "accurate"


def test_much_the_same_as_another_place_with_the_year_between(real_store):
    """'much the same last year as in <borough>': two places, the year in the middle kept as the period."""
    a, b = mps(year=2024, major="ROBBERY", borough="Camden"), mps(year=2024, major="ROBBERY", borough="Islington")
    c = one(check(real_store, "Robbery in Camden was roughly the same in 2024 as in Islington.", "2026-02-15"))
    assert c.period == "2024" and c.verdict == ("accurate" if abs(a - b) / max(a, b) <= 0.10 else "inaccurate")


def test_a_fraction_of_another_countrys_rate_is_a_ratio_of_rates(real_store):
    """'London's murder rate is about a third of France's': London's rate over France's, not a share."""
    c = one(check(real_store, "London's murder rate in 2022 was about a third of France's.", "2026-02-15"))
    want = london_victims(2022) / london32_pop(2022) * 1e5 / owid("France", 2022)
    assert c.claim.kind == "ratio" and abs(c.found - want) < 0.05
    assert c.verdict == ("accurate" if 0.2 <= want <= 0.47 else "inaccurate")


def test_as_many_as_we_did_compares_with_the_speakers_place(real_store):
    """A police statement: 'Merseyside had about a third as many burglaries as we did' is Merseyside over the force."""
    from .raw import force_street_count
    sy = force_street_count("south-yorkshire", "Burglary")
    me = force_street_count("merseyside", "Burglary")
    text = ("South Yorkshire Police: our year\n\nBetween January and November 2022 we recorded "
            f"{sy:,} burglaries in South Yorkshire. Merseyside had about a third as many burglaries as we did.")
    c = one(check(real_store, text, "2023-01-10"), "ratio")
    assert abs(c.found - me / sy) < 0.01 and c.verdict == ("accurate" if 0.2 <= me / sy <= 0.47 else "inaccurate")


# ----------------------------------------------------------------------------- yardsticks left to the reader
def test_ours_and_elliptical_multiples_compare_with_the_place_just_given(real_store):
    """A column gives one country's rate, then 'higher than ours', '<country>'s was lower', 'half of ours',
    'N times higher': each against the rate just given, not the column's own city."""
    ew = owid("England and Wales", 2020)
    text = (f"Rates abroad\n\nEngland and Wales had a homicide rate of about {ew:.1f} per 100,000 people in 2020. "
            "Canada had a higher rate than ours. Spain's was lower, and Japan's less than half of ours. "
            "In the United States the rate was roughly seven times higher.")
    claims = check(real_store, text, "2022-05-01")
    ca, es, jp, us = (owid(c, 2020) for c in ("Canada", "Spain", "Japan", "United States"))
    higher = one(claims, "comparison", "Canada")
    assert higher.found == {"this": ca, "other": ew} and (higher.verdict in HOLDS) == (ca > ew)
    lower = one(claims, "comparison", "Spain")
    assert lower.found["other"] == ew and (lower.verdict in HOLDS) == (es < ew)
    half = claim_with(claims, "less than half of ours")
    assert abs(half.found - jp / ew) < 0.01 and (half.verdict in HOLDS) == (0.25 <= jp / ew <= 0.5)
    times = claim_with(claims, "seven times higher")
    assert abs(times.found - us / ew) < 0.01 and (times.verdict in HOLDS) == (5.8 <= us / ew <= 8.2)


def test_a_multiple_with_its_yardstick_left_out_is_against_the_place_compared_before(real_store):
    from .raw import force_street_count
    sw, cu = force_street_count("south-wales", "Shoplifting"), force_street_count("cumbria", "Shoplifting")
    text = "In 2022 South Wales recorded more burglaries than Cumbria, and about three times as many shoplifting offences."
    c = claim_with(check(real_store, text, "2023-01-15"), "three times as many")
    assert c.measure == "shoplifting" and abs(c.found - sw / cu) < 0.01
    assert (c.verdict in HOLDS) == (2.46 <= sw / cu <= 3.54)


def test_more_than_two_places_put_together_is_against_their_sum(real_store):
    a, b, c_ = (mps(year=2024, major="BURGLARY", borough=p) for p in ("Barnet", "Harrow", "Hillingdon"))
    c = one(check(real_store, "In 2024 Barnet recorded more burglaries than Harrow and Hillingdon put together.",
                  "2025-02-01"), "comparison")
    assert c.found == {"this": a, "other": float(b + c_)} and c.verdict == ("accurate" if a > b + c_ else "inaccurate")


@pytest.mark.parametrize("first, others, words", [
    ("Westminster", ("Camden", "Newham", "Southwark"), "combined"),
    ("Croydon", ("Sutton", "Barking and Dagenham"), "put together"),
    ("Lambeth", ("Merton", "Kingston upon Thames", "Richmond upon Thames"), "combined"),
])
def test_more_than_a_list_of_places_combined_is_against_their_sum(real_store, first, others, words):
    a = mps(year=2024, major="ROBBERY", borough=first)
    rest = [mps(year=2024, major="ROBBERY", borough=p) for p in others]
    listed = ", ".join(others[:-1]) + " and " + others[-1]
    c = one(check(real_store, f"In 2024 {first} recorded more robberies than {listed} {words}.", "2025-02-01"),
            "comparison")
    assert c.found == {"this": a, "other": float(sum(rest))}
    assert c.verdict == ("accurate" if a > sum(rest) else "inaccurate")


def test_the_same_rate_as_another_place_compares_rates(real_store):
    rates, london = borough_rates_2025("ROBBERY")
    name = min(rates, key=lambda k: abs(rates[k] - london))
    c = one(check(real_store, f"{name}'s robbery rate in 2025 was the same as London's.", "2026-03-01"), "comparison")
    assert "per " in c.unit and (c.verdict in HOLDS) == (abs(rates[name] - london) / max(rates[name], london) <= 0.01)


def test_more_than_before_the_pandemic_is_against_2019(real_store):
    now, then = mps(year=2025, major="ROBBERY", borough="Lambeth"), mps(year=2019, major="ROBBERY", borough="Lambeth")
    c = one(check(real_store, "There were more robberies in Lambeth in 2025 than before the pandemic.", "2026-02-01"))
    assert c.claim.kind == "direction" and (c.verdict in HOLDS) == (now > then)


def test_a_citys_homicides_against_londons_victims_are_counted_alike(real_store):
    """'New York had twice London's toll of homicide victims': New York's file counts incidents (one per victim),
    so London's homicides are set against it; the sentence after still reads London's victims series."""
    import csv as _csv

    from conftest import need
    seen, nyc = set(), 0
    with open(need("international-homicide/nyc/nyc_homicides.csv"), newline="", encoding="utf-8") as fh:
        for row in _csv.DictReader(fh):
            if row["uid"] not in seen and row["offense_date"][:4] == "2017":
                seen.add(row["uid"])
                nyc += 1
    ldn = mps(year=2017, major="VIOLENCE AGAINST THE PERSON", minor="HOMICIDE")
    text = (f"New York had {nyc} murders in 2017, more than twice London's toll of homicide victims that year. "
            "London's own toll has fallen by half since 2003.")
    claims = check(real_store, text, "2023-05-01")
    c = claim_with(claims, "more than twice")
    assert c.measure == "homicide" and abs(c.found - nyc / ldn) < 0.01
    assert claim_with(claims, "by half since 2003").measure == "homicide_victims"


def test_but_more_of_another_crime_keeps_the_two_places(real_store):
    a, b = mps(year=2024, major="ROBBERY", borough="Lambeth"), mps(year=2024, major="ROBBERY", borough="Wandsworth")
    claims = check(real_store, "Lambeth had fewer burglaries than Wandsworth in 2024, but more robberies.", "2026-02-15")
    c = claim_with(claims, "more robberies")
    assert c.measure == "robbery" and c.found == {"this": a, "other": b} and (c.verdict in HOLDS) == (a > b)


def test_a_fronted_yardstick_without_than_is_a_comparison_of_places(real_store):
    a, b = mps(year=2025, major="BURGLARY", borough="Greenwich"), mps(year=2025, major="BURGLARY", borough="Lewisham")
    c = one(check(real_store, "Compared with neighbouring Lewisham, Greenwich had more burglaries in 2025.",
                  "2026-02-15"), "comparison")
    assert c.found == {"this": a, "other": b} and (c.verdict in HOLDS) == (a > b)


@pytest.mark.parametrize("other", ["America's", "the US's", "that of the United States", "the USA's"])
def test_the_united_states_by_any_of_its_names(real_store, other):
    """'America', 'the US', 'the USA': one country (and 'the US's' is never 'ours')."""
    from .raw import owid
    ca, us = owid("Canada", 2021), owid("United States", 2021)
    c = one(check(real_store, f"Canada's homicide rate was higher than {other} in 2021.", "2023-03-01"), "comparison")
    assert c.found == {"this": pytest.approx(ca, rel=1e-3), "other": pytest.approx(us, rel=1e-3)}
    assert (c.verdict == "accurate") is (ca > us)


@pytest.mark.parametrize("first, others", [("Westminster", ("Camden", "Lambeth")), ("Tower Hamlets", ("Hackney", "Newham")),
                                           ("Croydon", ("Sutton", "Bromley", "Merton"))])
def test_more_than_a_list_of_places_with_nothing_summed_is_more_than_each(real_store, first, others):
    a = mps(year=2025, major="ROBBERY", borough=first)
    rest = {p: mps(year=2025, major="ROBBERY", borough=p) for p in others}
    listed = ", ".join(others[:-1]) + " and " + others[-1]
    c = one(check(real_store, f"{first} had more robberies than {listed} in 2025.", "2026-03-01"), "comparison")
    assert c.found == {"this": a, "others": rest}
    assert c.verdict == ("accurate" if all(a > v for v in rest.values()) else "inaccurate")


def test_a_borough_named_with_and_is_one_place_not_a_list(real_store):
    c = one(check(real_store, "Croydon had more robberies than Barking and Dagenham in 2025.", "2026-03-01"), "comparison")
    assert set(c.found) == {"this", "other"}


@pytest.mark.parametrize("a, b", [("Westminster", "Richmond upon Thames"), ("Camden", "Sutton")])
def test_times_more_likely_to_be_a_victim_is_a_ratio_of_rates(real_store, a, b):
    from .raw import gla_pop
    ra = mps(year=2025, borough=a) / gla_pop(a, 2025)
    rb = mps(year=2025, borough=b) / gla_pop(b, 2025)
    k = round(ra / rb)
    c = one(check(real_store, f"Residents of {a} are {k} times more likely to be victims of crime than those in {b}.",
                  "2026-03-01"), "ratio")
    assert abs(c.found - round(ra / rb, 2)) < 0.02, c.explanation


def test_level_with_another_place_in_a_year_is_no_equality_with_a_year(real_store):
    got = check(real_store, "Havering's violent crime levels were level with Redbridge's in 2025.", "2026-03-01")
    assert [c.claim.kind for c in got] == ["comparison"]


# ----------------------------------------------------------------------------- sameness said another way
def _homicides_2025() -> dict[str, int]:
    return {b: mps(year=2025, minor="HOMICIDE", borough=b) for b in
            ("Camden", "Hammersmith and Fulham", "Islington", "Lambeth", "Hackney", "Southwark", "Brent", "Ealing")}


def test_as_many_as_and_an_identical_number_are_exact(real_store):
    """'<a> had as many <crimes> as <b>', '<a> and <b> recorded an identical number of <crimes>': the same
    figure, not roughly."""
    h = _homicides_2025()
    pairs = [(a, b) for a in h for b in h if a < b]
    same = next((p for p in pairs if h[p[0]] == h[p[1]]), None)
    differ = next(p for p in pairs if h[p[0]] != h[p[1]])
    for a, b in [p for p in (same, differ) if p]:
        for text in (f"{a} had as many homicides as {b} in 2025.",
                     f"{a} and {b} recorded an identical number of homicides in 2025."):
            c = one(check(real_store, text, "2026-03-01"), "comparison")
            assert c.claim.compare_to == b and c.found == {"this": h[a], "other": h[b]}, c.explanation
            assert c.verdict == ("accurate" if h[a] == h[b] else "inaccurate"), c.explanation


def test_same_as_the_year_before_after_a_dash(real_store):
    now, then = mps(year=2024, major="ROBBERY", borough="Sutton"), mps(year=2023, major="ROBBERY", borough="Sutton")
    c = one(check(real_store, f"Robbery in Sutton hasn't budged - {now:,} in 2024, same as the year before.",
                  "2025-03-01"), "equality")
    assert c.found == then and c.verdict == ("accurate" if now == then else "inaccurate"), c.explanation


def test_as_many_murders_as_compares_counts_even_beside_a_rate(real_store):
    """'<city>, which had N times as many murders as London in <year>, and <country>, whose homicide rate ...':
    the first is a ratio of counts, never of rates."""
    text = ("Compare New York, which had about twice as many murders as London in 2017, and the United States "
            "as a whole, whose homicide rate in 2017 was far higher.")
    c = claim_with(check(real_store, text, "2023-01-20"), "as many murders")
    assert c.measure != "homicide_rate" and c.verdict != "unverifiable", c.explanation


def test_exactly_the_same_number_of_crimes_in_one_year_as_another(real_store):
    """'<borough> recorded exactly the same number of crimes in <year> as in <year>': equal only when equal."""
    a, b = mps(year=2025, borough="Hounslow"), mps(year=2024, borough="Hounslow")
    c = one(check(real_store, "Hounslow recorded exactly the same number of crimes in 2025 as in 2024.", "2026-03-01"),
            "equality")
    assert c.period == "2025" and (c.verdict in HOLDS) == (a == b), c.explanation


def test_as_many_crimes_in_one_month_as_in_another(real_store):
    """'The force recorded exactly as many <crimes> in <month> as in <month>', in an article about one year."""
    from .raw import force_street_count
    by_month = {m: force_street_count("merseyside", "Robbery", months=range(m, m + 1)) for m in range(1, 12)}
    same = [(a, b) for a in range(1, 12) for b in range(1, a) if by_month[a] == by_month[b]]
    a, b = same[0] if same else (5, 3)
    names = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November"]
    text = (f"Merseyside Police recorded crimes all through 2022. The force recorded exactly as many robberies in "
            f"{names[a]} as in {names[b]}.")
    c = one(check(real_store, text, "2023-01-20"), "equality")
    assert c.period == f"{names[a]} 2022", c.explanation
    assert (c.verdict in HOLDS) == (by_month[a] == by_month[b]), c.explanation


@pytest.mark.parametrize("words, factor", [("two and a half times", 2.5), ("one and a half times", 1.5),
                                           ("2.5 times", 2.5)])
def test_a_multiple_with_a_half_or_a_decimal(real_store, words, factor):
    """'more than two and a half times the <year> figure', '2.5 times that of <place>': the multiple as written."""
    now, then = mps(year=2025, major="DRUG OFFENCES", borough="Lewisham"), mps(year=2012, major="DRUG OFFENCES",
                                                                              borough="Lewisham")
    text = f"Drug offences in Lewisham reached {now:,} in 2025, more than {words} the 2012 figure."
    c = claim_with(check(real_store, text, "2026-03-20"), words)
    assert c.claim.kind == "ratio" and c.claim.value == factor, c.explanation
    assert (c.verdict in HOLDS) == (now / then > factor), c.explanation


def test_two_forces_compared_with_no_period_late_in_the_first_year_of_their_data(real_store):
    """'<force> records N times as many <crimes> as <force>', said in December of a year whose street files begin in
    January: the year so far, not an earlier year with no data."""
    from .raw import force_street_count
    a, b = force_street_count("merseyside", "Robbery"), force_street_count("south-yorkshire", "Robbery")
    n = round(a / b) if a > b else 2
    c = one(check(real_store, f"Merseyside Police records about {n} times as many robberies as South Yorkshire.",
                  "2022-12-20"), "ratio")
    assert c.verdict != "unverifiable" and c.period == "January 2022 to November 2022", c.explanation


def test_back_to_pre_pandemic_levels_is_about_the_same_as_2019(real_store):
    """'<crime> in <borough> is back to pre-pandemic levels': the latest year within 10% of 2019."""
    for b in ("Brent", "Ealing", "Lambeth", "Hounslow", "Barnet", "Camden", "Croydon", "Enfield"):
        now, then = mps(year=2025, major="ROBBERY", borough=b), mps(year=2019, major="ROBBERY", borough=b)
        c = one(check(real_store, f"Robbery in {b} is back to pre-pandemic levels.", "2026-03-20"), "equality")
        assert (c.verdict in HOLDS) == (abs(now - then) / then <= 0.10), c.explanation


def test_higher_per_head_than_another_place_compares_rates(real_store):
    """'<crime> in <a> is higher per head than in <b>': rates per resident, not counts."""
    from .raw import gla_pop
    a = mps(year=2025, major="BURGLARY", borough="Camden") / gla_pop("Camden", 2025)
    b = mps(year=2025, major="BURGLARY", borough="Islington") / gla_pop("Islington", 2025)
    c = one(check(real_store, "Burglary in Camden is higher per head than in Islington.", "2026-03-20"), "comparison")
    assert "per 100,000" in c.explanation and (c.verdict in HOLDS) == (a > b), c.explanation


def test_two_forces_with_no_period_use_their_latest_financial_year(real_store):
    """'Knife crime in <force> is higher per head than in <force>': the latest financial year both publish."""
    c = one(check(real_store, "Knife crime in Merseyside is higher per head than in West Yorkshire.", "2026-03-20"),
            "comparison")
    assert c.verdict != "unverifiable" and "/" in (c.period or ""), c.explanation


def test_than_there_were_in_a_year_is_a_change_over_time(real_store):
    now, then = mps(year=2025, major="BURGLARY", borough="Harrow"), mps(year=2019, major="BURGLARY", borough="Harrow")
    text = f"There were {'fewer' if now < then else 'more'} burglaries in Harrow in 2025 than there were in 2019."
    c = one(check(real_store, text, "2026-03-01"), "direction")
    assert c.verdict in HOLDS, c.explanation


def test_that_of_after_a_rate_divides_the_two_places_rates(real_store):
    """'<a> has one of the lowest rates of <crime>, less than half that of <b>': 'that of' is the rate, so the
    rates per resident are divided (not the counts), and the two ratio patterns reading it make one claim."""
    rates, _ = borough_rates_2025("VIOLENCE AGAINST THE PERSON")
    ratio = rates["Bromley"] / rates["Westminster"]
    text = ("Bromley has one of the lowest rates of violence against the person in the capital, "
            "less than half that of Westminster.")
    cs = [c for c in check(real_store, text, "2026-03-01") if c.kind == "ratio"]
    assert len(cs) == 1
    assert cs[0].found == pytest.approx(ratio, abs=0.01), cs[0].explanation
    assert "per 100,000" in cs[0].explanation



def test_fewer_than_we_do_is_against_the_speakers_place(real_store):
    got = check(real_store, "Merseyside recorded about 1,100 robberies between January and November 2022. "
                            "Cumbria also has fewer robberies than we do.", "2022-12-20")
    c = claim_with(got, "than we do")
    assert c.claim.kind == "comparison" and c.verdict in HOLDS and "Merseyside" in c.explanation, c.explanation


def test_down_in_both_places_must_hold_in_each(real_store):
    a = [mps(months=["202406", "202407", "202408"], major="BURGLARY", borough=b) for b in ("Brent", "Ealing")]
    p = [mps(months=["202306", "202307", "202308"], major="BURGLARY", borough=b) for b in ("Brent", "Ealing")]
    both = all(x < y for x, y in zip(a, p, strict=True))
    c = one(check(real_store, "From June to August 2024 burglary was down in both Brent and Ealing compared with the "
                              "same months last year.", "2024-10-01"), "direction")
    assert c.claim.places_quant == "among" and (c.verdict in HOLDS) == both, c.explanation


def test_in_all_but_n_boroughs():
    got = [c for c in extract_claims("Knife crime fell in all but three boroughs last year.") if c.kind == "direction"]
    assert got and got[0].places_quant == "count" and got[0].places_k == 29


def test_london_against_new_york_for_one_month(real_store):
    """The NYC file dates each murder, so a month is answered from the month's records, not the year's."""
    import csv

    from conftest import need
    with open(need("international-homicide/nyc/nyc_homicides.csv"), newline="", encoding="utf-8") as fh:
        nyc = sum(1 for r in csv.DictReader(fh) if r["offense_date"].startswith("2018-03"))
    london = mps(months=["201803"], minor="HOMICIDE")
    word = "more" if london > nyc else "fewer"
    c = one(check(real_store, f"London recorded {word} homicides than New York City in March 2018.", "2018-05-01"))
    assert c.period == "March 2018" and c.verdict in HOLDS, c.explanation
    other = "fewer" if word == "more" else "more"
    c = one(check(real_store, f"London recorded {other} homicides than New York City in March 2018.", "2018-05-01"))
    assert c.verdict == "inaccurate", c.explanation


def test_a_multiple_as_many_as_in_a_place_is_against_that_place(real_store):
    w, c = mps(year=2025, minor="THEFT FROM THE PERSON", borough="Westminster"), \
        mps(year=2025, minor="THEFT FROM THE PERSON", borough="Camden")
    text = (f"Westminster recorded {w:,} thefts from the person in 2025, more than "
            f"{'three' if w / c > 3 else 'two'} times as many as in Camden.")
    r = one(check(real_store, text, "2026-03-01"), "ratio")
    assert r.verdict in HOLDS and abs(r.found - w / c) < 0.01, r.explanation


def test_a_multiple_with_its_yardstick_in_the_clause_before(real_store):
    got = extract_claims("In 2018 New York recorded 297 murders; London recorded fewer than half as many.")
    r = next(c for c in got if c.kind == "ratio")
    assert (r.value, r.compare_to) == (0.5, "New York")


def test_higher_than_one_place_but_lower_than_another_is_two_comparisons():
    got = [c for c in extract_claims("Its homicide rate in 2018 was higher than Germany's but lower than France's.")
           if c.kind == "comparison"]
    assert [(c.compare_to, c.direction) for c in got] == [("Germany", "up"), ("France", "down")]


def test_the_nypd_is_new_york_and_a_dotted_word_does_not_stop_a_comparison():
    got = extract_claims("In February 2018 the Met recorded more homicides than the NYPD.")
    assert [c.compare_to for c in got if c.kind == "comparison"] == ["NYPD"]
    got = extract_claims("South Wales had more anti-social behaviour on police.uk than South Yorkshire in 2022.")
    assert [c.compare_to for c in got if c.kind == "comparison"] == ["South Yorkshire"]
