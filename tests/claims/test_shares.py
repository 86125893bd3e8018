"""Shares of a whole: "one in ten crimes in London", "N% of ...", "over half of the children searched",
"fewer than one in eight dogs were recovered", "X's share of London's robberies"; which whole a share
is of, and a share of more than the whole.

Expected figures come from the raw files (``raw.py``: pyarrow / csv, never crimestats).
(Percentage-point changes of a share are in test_changes.py.)
"""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from conftest import need
from crimestats.claims import extract_claims

from .raw import (
    borough_counts_2025,
    child_strip_searches,
    city_searches,
    gla_boroughs,
    homicide_victims,
    london_victims,
    mps,
    solved_share,
    victims_by_year,
)
from .support import HOLDS, check, claim_with, one


def test_extraction_of_new_forms():
    c = next(c for c in extract_claims("Westminster accounts for almost one in ten crimes in London.")
             if c.kind == "share")
    assert c.value == 10 and c.approx == "about" and "London" in (c.share_of or "")


def test_share_of_london_and_of_all_crime(real_store):
    share = mps(year=2024, borough="Westminster") / mps(year=2024) * 100
    n = round(100 / share)
    c = one(check(real_store, f"Westminster accounts for about one in {n} crimes in London in 2024.",
                  "2025-01-20"), "share")
    assert c.verdict == "accurate" and abs(c.found - share) < 0.2
    c = one(check(real_store, f"Westminster accounts for more than {share + 3:.0f}% of crimes in London in 2024.",
                  "2025-01-20"), "share")
    assert c.verdict == "inaccurate"


def test_share_of_londons_total_named_before_the_figure(real_store):
    counts = borough_counts_2025("ROBBERY", None, "recorded-crime-borough")
    pop = gla_boroughs(2025)
    london = sum(v for b, v in counts.items() if b in pop)
    b = max((b for b in counts if b in pop), key=counts.get)
    pct = 100 * counts[b] / london
    claims = check(real_store, f"{b}'s share of London's robberies in 2025 was {round(pct)}%.", "2026-03-15")
    c = one(claims, "share", f"{round(pct)}%")
    assert abs(c.found - pct) < 0.3          # over London's robberies, not a group of victims
    assert c.verdict == "accurate"


@pytest.mark.parametrize("offset", [0, 9])
def test_solved_share_from_the_victims_file(real_store, offset):
    share = solved_share(2019)
    claimed = round(share) + offset
    c = claim_with(check(real_store, f"Detectives solved {claimed}% of the killings in London in 2019.",
                         "2026-03-10"), f"{claimed}%")
    assert abs(c.found - share) < 0.05
    assert c.verdict == ("accurate" if offset == 0 else "inaccurate")


def test_strip_search_share_by_ethnicity_among_children(real_store):
    rows = child_strip_searches(2025)
    black = sum(1 for r in rows if r["ethnic_appearance"] == "Black")
    pct = 100 * black / len(rows)
    claims = check(real_store, f"The Met strip-searched {len(rows)} children in 2025. Over half of the "
                               "children strip-searched were Black.", "2026-03-01")
    c = one(claims, "share", "Over half")
    assert c.found == round(pct, 1)
    assert c.verdict == ("accurate" if pct > 50 else "inaccurate")


def test_strip_search_share_of_girls_is_girls_over_children(real_store):
    rows = child_strip_searches(2025)
    girls = sum(1 for r in rows if r["sex"] in ("F", "Female"))
    pct = 100 * girls / len(rows)
    claims = check(real_store, f"The Met strip-searched {len(rows)} children in 2025. Girls made up one "
                               "in ten of the children searched.", "2026-03-01")
    c = one(claims, "share", "one in ten")
    assert c.found == round(pct, 1)
    assert c.verdict == ("accurate" if 8 <= pct <= 12 else "inaccurate")


def test_recovered_dogs_are_a_share_of_stolen_dogs(real_store):
    import pyarrow.parquet as pq

    t = pq.read_table(need("met-london-datastore-parquet/stolen-animals.parquet")).to_pylist()
    dogs = [r for r in t if (r["type_of_animal"] or "").strip().lower() == "dog" and r["year_and_month"].endswith("2021")]
    total = sum(r["count_of_stolen_animals"] for r in dogs)
    back = sum(r["count_of_stolen_animals"] for r in dogs if r["animal_recovered"] == "Recovered")
    pct = 100 * back / total
    claims = check(real_store, "Fewer than one in eight dogs stolen in London in 2021 were recovered.", "2026-03-01")
    c = one(claims, "share", "one in eight")
    assert c.found == round(pct, 1)
    assert c.verdict == ("accurate" if pct < 12.5 else "inaccurate")


def test_bare_fraction_after_a_share_is_a_share_of_the_same_searches(real_store):
    rows = city_searches(2018)
    nfa = sum(1 for r in rows if r["Outcome"] in ("A no further action disposal", "Nothing found - no further action"))
    pct = 100 * nfa / len(rows)
    claims = check(real_store, "In 2018 the City of London Police searched people across the Square Mile; a "
                               "quarter of the searches were for weapons, while more than half ended with no "
                               "further action.", "2026-03-15")
    c = one(claims, "share", "more than half")
    assert abs(c.found - pct) < 0.1
    assert c.verdict == ("accurate" if pct > 50 else "inaccurate")


def test_share_over_the_whole_is_never_accurate(real_store):
    claims = check(real_store, "Burglary in Westminster made up more than half of all burglary in the "
                               "West End ward in 2024.", "2026-03-01")
    for c in claims:
        if c.kind == "share" and isinstance(c.found, (int, float)) and c.found > 100:
            raise AssertionError(c.explanation)
    assert all(not (c.kind == "share" and c.verdict == "accurate" and (c.found or 0) > 100) for c in claims)
    assert Counter(c.kind for c in claims)


def test_made_up_a_fraction_of_is_a_share_not_a_rise(real_store):
    """'made up a quarter of': 'up' after 'made' is no direction; the group is the part, victims the whole."""
    from .raw import homicide_victims, london_victims

    male = homicide_victims(2022, Sex="Male") / london_victims(2022) * 100
    assert male > 50        # so 'a quarter' is wrong by design
    c = one(check(real_store, "Men made up a quarter of homicide victims in London in 2022.", "2023-02-01"))
    assert (c.claim.kind, c.measure) == ("share", "male_homicide_victims")
    assert abs(c.found - male) < 0.1 and c.verdict == "inaccurate"


def test_a_boroughs_share_of_all_crime_in_the_capital(real_store):
    """'..., one in N of all the crimes recorded in the capital': the capital is the whole, the
    sentence's borough the part."""
    share = mps(year=2023, borough="Camden") / mps(year=2023) * 100
    claims = check(real_store, f"Camden recorded {mps(year=2023, borough='Camden'):,} crimes in 2023, about one in "
                               f"{round(100 / share)} of all the crimes recorded in the capital.", "2024-02-01")
    c = one(claims, "share")
    assert c.area == "Camden" and abs(c.found - share) < 0.1 and c.verdict == "accurate"


def test_one_in_n_crimes_was_a_kind_the_noun_after_the_figure_is_the_whole(real_store):
    share = mps(year=2023, borough="Camden", major="BURGLARY") / mps(year=2023, borough="Camden") * 100
    wrong = 2 if share < 30 else 10
    c = one(check(real_store, f"In Camden, one in {wrong} crimes in 2023 was a burglary.", "2024-02-01"), "share")
    assert c.measure == "burglary" and abs(c.found - share) < 0.1 and c.verdict == "inaccurate"


def test_the_first_half_of_a_year_is_a_period_not_a_share():
    claims = extract_claims("In the first half of 2025, burglary in Camden was 8% lower than a year earlier.")
    assert [(c.kind, c.period_text) for c in claims] == [("change", "the first half of 2025")]


def test_the_first_place_after_the_figure_is_the_wholes(real_store):
    share = mps(year=2023, major="ROBBERY", borough="Westminster") / mps(year=2023, major="ROBBERY") * 100
    c = one(check(real_store, "One in five robberies in London takes place in Westminster.", "2024-03-10"), "share")
    assert c.area == "Westminster" and abs(c.found - share) < 0.1


def test_most_and_the_majority_of_are_shares_with_no_figure(real_store):
    theft = mps(year=2023, major="THEFT", borough="Westminster") / mps(year=2023, borough="Westminster") * 100
    c = one(check(real_store, "Most crime in Westminster in 2023 was theft.", "2024-03-20"), "share")
    assert abs(c.found - theft) < 0.1 and c.verdict == ("accurate" if theft > 50 else "inaccurate")
    c = one(check(real_store, "Most burglaries in London go unsolved.", "2024-03-20"), "share")
    assert c.verdict == "unverifiable"


def test_the_part_named_after_the_whole_and_a_copula_is_the_part(real_store):
    part = mps(year=2025, minor="ROBBERY OF PERSONAL PROPERTY", borough="Lambeth")
    rob = mps(year=2025, major="ROBBERY", borough="Lambeth")
    c = one(check(real_store, "Half of all robberies in Lambeth were muggings in 2025.", "2026-03-15"), "share")
    assert c.measure == "personal_robbery" and part
    assert c.found == pytest.approx(round(100 * part / rob, 1))
    assert c.verdict == ("accurate" if 40 <= 100 * part / rob <= 60 else "inaccurate")


def _force_types(force: str, months: list[str]) -> Counter:
    out: Counter = Counter()
    for m in months:
        with open(need(f"police-uk-forces/{m}/{m}-{force}-street.csv"), newline="") as fh:
            out.update(r["Crime type"] for r in csv.DictReader(fh))
    return out


def test_a_part_named_before_a_share_of_them_is_the_part(real_store):
    types = _force_types("south-wales", [f"2022-{m:02d}" for m in range(1, 12)])
    crimes = sum(v for k, v in types.items() if k != "Anti-social behaviour")
    vso = types["Violence and sexual offences"]
    text = (f"South Wales Police recorded {crimes:,} crimes between January and November 2022.\n"
            "Violence and sexual offences made up more than two in five of them.")
    c = one(check(real_store, text, "2022-12-20"), "share")
    assert c.measure == "violence_and_sexual_offences"
    assert c.found == pytest.approx(round(100 * vso / crimes, 1))
    assert c.verdict == ("accurate" if vso / crimes > 0.4 else "inaccurate")


@pytest.mark.parametrize("year", [2019, 2021])
def test_nine_in_ten_is_as_tight_as_one_in_ten(real_store, year):
    """'Nine in ten were solved' is 'one in ten were not': the band is taken on the smaller side (five points
    either way at least), not 20% of 90% (72% to 108%, which any share above 72% would pass)."""
    share = solved_share(year)
    c = claim_with(check(real_store, f"Nine in ten of the killings in London in {year} were solved.", "2026-03-10"),
                   "Nine in ten")
    assert abs(c.found - share) < 0.05
    assert (c.verdict in HOLDS) == (abs(share - 90) <= 5)


def test_of_them_after_a_place_is_the_share_of_that_places_crimes(real_store):
    """'<crime> in London reached N. <borough> alone accounted for about a quarter of them.': the borough's
    part of London's <crime>, not a part of the borough's own."""
    counts = borough_counts_2025("THEFT", "THEFT FROM THE PERSON", "recorded-crime-borough")
    london, camden = sum(counts.values()), counts["Camden"]
    text = (f"Theft from the person in London reached {london:,} in 2025. Camden alone accounted for about "
            "a tenth of them.")
    c = one(check(real_store, text, "2026-02-01"), "share")
    assert abs(c.found - 100 * camden / london) < 0.1
    assert (c.verdict in HOLDS) == (abs(100 * camden / london - 10) <= 5)


def test_made_up_the_majority_of_is_more_than_half(real_store):
    rows = borough_counts_2025("THEFT", None, "recorded-crime-borough")
    theft, everything = rows["Westminster"], borough_counts_2025(None, None, "recorded-crime-borough")["Westminster"]
    c = one(check(real_store, "Thefts made up the majority of crimes in Westminster in 2025.", "2026-02-01"), "share")
    assert abs(c.found - 100 * theft / everything) < 0.1 and (c.verdict in HOLDS) == (theft > everything / 2)


def test_a_small_share_keeps_its_own_band():
    """Only fractions above a half take the rest's band (with a five-point floor); 'six in every 100' stays 4.8-7.2%."""
    from ._internals import share_fraction_holds
    assert share_fraction_holds(implied=0.06, found=0.075)[0] is False
    assert share_fraction_holds(implied=0.06, found=0.07)[0] is True
    assert share_fraction_holds(implied=0.9, found=0.80)[0] is False
    assert share_fraction_holds(implied=0.9, found=0.86)[0] is True
    assert share_fraction_holds(implied=1 / 3, found=0.39)[0] is True


def test_a_share_of_the_total_is_of_all_crime(real_store):
    counts = borough_counts_2025("VIOLENCE AGAINST THE PERSON", None, "recorded-crime-borough")
    total = borough_counts_2025(None, None, "recorded-crime-borough")
    text = (f"Greenwich recorded {total['Greenwich']:,} offences in 2025. Violence against the person made up "
            "about a third of the total.")
    c = one(check(real_store, text, "2026-02-15"), "share")
    assert abs(c.found - 100 * counts["Greenwich"] / total["Greenwich"]) < 0.1


@pytest.mark.parametrize("borough", ["Westminster", "Camden"])
def test_the_place_of_the_whole_is_the_parts_when_the_sentence_names_no_other(real_store, borough):
    """'Nearly half of all crime in <borough> is theft' after a line about another borough: both in <borough>."""
    part, whole = mps(year=2025, major="THEFT", borough=borough), mps(year=2025, borough=borough)
    text = f"Bike thefts in Hackney rose in 2025. About {round(100 * part / whole)}% of all crime in {borough} is theft."
    c = one(check(real_store, text, "2026-03-01"), "share")
    assert c.area == borough and c.verdict in HOLDS, c.explanation


def test_a_fraction_set_beside_a_part_of_a_whole_is_the_parts_share(real_store):
    """'<method> was used in N of those killings, about <fraction>': N's share of the year's victims."""
    from .raw import homicide_victims
    total, knife = homicide_victims(2021), homicide_victims(2021, Method_of_Killing="Knife or Sharp Implement")
    share = knife / total
    frac, ok = ("two-thirds", abs(share - 2 / 3) < 0.06) if share > 0.58 else ("half", abs(share - 0.5) < 0.06)
    text = f"{total} people were killed in London in 2021. Knives were used in {knife} of those killings, about {frac}."
    c = claim_with(check(real_store, text, "2022-02-01"), frac)
    assert c.claim.kind == "share" and (c.verdict in HOLDS) == ok, c.explanation


def test_a_share_set_after_a_figure_with_a_crime_left_out_of_the_whole(real_store):
    """'<crime> accounted for N of them - more than <fraction> of all crimes once <other crime> is set aside':
    the figure's share of all crime, the left-out crime named only to say it is not counted."""
    from .raw import force_street_count
    types = ("Violence and sexual offences", "Anti-social behaviour", "Burglary", "Robbery", "Vehicle crime",
             "Criminal damage and arson", "Other theft", "Shoplifting", "Drugs", "Public order", "Other crime",
             "Theft from the person", "Bicycle theft", "Possession of weapons")
    counts = {t: force_street_count("merseyside", t) for t in types}
    crimes = sum(v for t, v in counts.items() if t != "Anti-social behaviour")
    part = counts["Public order"]
    share = part / crimes
    word, ok = ("a tenth", abs(share - 0.1) < 0.03) if share < 0.15 else ("a fifth", abs(share - 0.2) < 0.04)
    text = (f"Merseyside Police recorded crimes from January to November 2022. Public order offences accounted for "
            f"{part:,} of them – about {word} of all crimes once anti-social behaviour is set aside.")
    c = claim_with(check(real_store, text, "2023-01-20"), word)
    assert c.claim.kind == "share" and c.measure == "public_order", c.explanation
    assert (c.verdict in HOLDS) == ok, c.explanation


def test_one_in_a_number_above_ten(real_store):
    """'one in twelve', 'one in fifteen': shares like 'one in ten', not a count of one."""
    part, whole = mps(year=2025, major="BURGLARY", borough="Barnet"), mps(year=2025, borough="Barnet")
    c = one(check(real_store, "Burglary accounted for one in twelve crimes in Barnet last year.", "2026-03-20"),
            "share")
    assert abs(c.found - 100 * part / whole) < 0.1, c.explanation


def test_a_percentage_of_them_is_of_the_figure_before(real_store):
    """'<force> recorded N crimes in <year>. <crime> alone accounted for over M% of them.': the share of the crimes
    just counted (the '%' sign does not hide the pronoun)."""
    from .raw import force_street_count
    vso = force_street_count("south-wales", "Violence and sexual offences")
    types = ("Violence and sexual offences", "Burglary", "Robbery", "Vehicle crime", "Criminal damage and arson",
             "Other theft", "Shoplifting", "Drugs", "Public order", "Other crime", "Theft from the person",
             "Bicycle theft", "Possession of weapons")
    crimes = sum(force_street_count("south-wales", t) for t in types)
    floor = int(100 * vso / crimes) // 5 * 5
    text = (f"South Wales Police recorded {crimes:,} crimes from January to November 2022. Violence and sexual "
            f"offences alone accounted for over {floor}% of them, and shoplifting rose.")
    c = one(check(real_store, text, "2023-01-20"), "share")
    assert c.verdict in HOLDS and abs(c.found - 100 * vso / crimes) < 0.1, c.explanation


@pytest.mark.parametrize("major, k", [("ROBBERY", 5), ("BURGLARY", 10)])
def test_a_share_in_just_k_boroughs_is_the_k_highest_boroughs_share(real_store, major, k):
    """'N% of London's <crimes> were recorded in just K boroughs': the K boroughs with the most, over the 32."""
    boroughs = gla_boroughs(2025)
    counts = sorted((v for b, v in borough_counts_2025(major, None, "recorded-crime-borough").items() if b in boroughs),
                    reverse=True)
    assert len(counts) == 32
    pct_top = 100 * sum(counts[:k]) / sum(counts)
    crime = major.lower().replace("burglary", "burglaries").replace("robbery", "robberies")
    ok = one(check(real_store, f"In 2025, {pct_top:.1f}% of London's {crime} were recorded in just {k} boroughs.",
                   "2026-03-01"), "share")
    bad = one(check(real_store, f"In 2025, {pct_top + 12:.1f}% of London's {crime} were recorded in just {k} "
                    "boroughs.", "2026-03-01"), "share")
    assert ok.found == pytest.approx(round(pct_top, 1)) and ok.verdict in HOLDS, ok.explanation
    assert bad.verdict == "inaccurate", bad.explanation



def test_violent_disorder_is_its_own_subcategory(real_store):
    n = mps(months=["202406", "202407", "202408"], minor="VIOLENT DISORDER")
    c = one(check(real_store, f"The Met recorded {n} offences of violent disorder between June and August 2024.",
                  "2025-01-10"), "count")
    assert c.measure == "violent_disorder" and c.verdict in HOLDS, c.explanation


def test_a_share_of_victims_by_ethnic_group(real_store):
    part, whole = homicide_victims(2021, Ethnicity="Black"), london_victims(2021)
    pct = round(100 * part / whole)
    c = one(check(real_store, f"Black Londoners were {pct}% of homicide victims in the capital in 2021.", "2024-06-01"), "share")
    assert c.measure == "black_homicide_victims" and c.verdict in HOLDS, c.explanation
    c = one(check(real_store, f"Black Londoners were {pct + 15}% of homicide victims in the capital in 2021.", "2024-06-01"),
            "share")
    assert c.verdict == "inaccurate", c.explanation


def test_women_killed_by_a_setting_are_a_part_of_the_women_killed(real_store):
    """'N of them were killed in a domestic abuse setting' after the women killed; 'more than half of the women
    killed ...' is a share of the women, not of all victims; 'N of the women were killed with a knife'."""
    women = victims_by_year(Sex="Female")[2022]
    dom = victims_by_year(Sex="Female", Domestic_Abuse="Domestic Abuse")[2022]
    knife = victims_by_year(Sex="Female", Method_of_Killing="Knife or Sharp Implement")[2022]
    text = (f"In 2022, {women} women and girls were killed in London. {dom} of them were killed in a domestic abuse "
            f"context. That means more than half of the women killed last year died in a domestic abuse context. "
            f"{knife} of the women were killed with a knife.")
    got = check(real_store, text, "2023-03-08")
    assert claim_with(got, f"{dom} of them").measure == "female_domestic_homicide_victims"
    share = one(got, "share")
    assert share.measure == "female_domestic_homicide_victims" and abs(share.found - 100 * dom / women) < 0.1
    assert share.verdict == ("accurate" if dom / women > 0.5 else "inaccurate")
    k = claim_with(got, f"{knife} of the women")
    assert k.measure == "female_knife_homicide_victims" and k.found == knife


def test_a_share_of_all_such_crimes_is_of_the_crime_just_named(real_store):
    w = mps(year=2025, minor="THEFT FROM THE PERSON", borough="Westminster")
    london = mps(year=2025, minor="THEFT FROM THE PERSON")
    frac, holds = ("more than a quarter", w / london > 0.25)
    text = (f"Westminster recorded {w:,} thefts from the person in 2025. Westminster alone accounts for {frac} of all "
            "such thefts in London.")
    c = claim_with(check(real_store, text, "2026-03-01"), "a quarter")
    assert c.measure == "theft_from_person" and (c.verdict in HOLDS) == holds, c.explanation


def test_everything_a_force_records_is_its_whole_workload_in_its_own_area(real_store):
    """'... of everything we record, and that is <more> than <another force>': the whole is the force's own
    crime (the other force belongs to the next clause)."""
    text = ("Between January and November 2022 in Dyfed-Powys violence and sexual offences made up more than two in "
            "five of everything we record, and that is a third more than Cumbria.")
    c = claim_with(check(real_store, text, "2023-01-25"), "two in five")
    assert c.kind == "share" and c.verdict in HOLDS and "Cumbria" not in c.explanation, c.explanation
