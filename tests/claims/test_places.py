"""Places: which area a sentence names — the Square Mile is the City, a ward is counted for the ward, a
town-centre ward name stays its borough, Westminster Hall is Parliament, "setting aside the City" is
not the place; places the data does not hold (Manchester) are unverifiable, never London; and outside
London, knife crime reads the ONS series for forces and England, with England and Wales said to be
beyond it.

Expected figures come from the raw files (``raw.py``: csv / pyarrow, never crimestats).
(Places carried from one sentence to the next are in test_context.py.)
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims

from .raw import borough_counts_2025, city_crimes, mps, ons_knife
from .support import HOLDS, check, claim_with, one


# ----------------------------------------------------------------------------- London's places in text
def test_square_mile_keeps_the_city(real_store):
    now, before = city_crimes(2025, "Burglary"), city_crimes(2024, "Burglary")
    word = "rose" if now > before else "fell"
    text = (f"Square Mile crime review\n\nBurglaries in the Square Mile {word} in 2025, to {now:,}.\n\n"
            f"Bike thefts in the City were also recorded in 2025.")
    c = [c for c in check(real_store, text, "2026-02-01") if f"{now:,}" in c.claim.text][-1]
    assert c.area == "City of London"
    assert c.found == now and c.verdict in ("accurate", "accurate_with_caveat")


def test_ward_named_in_text_is_counted_for_the_ward(real_store):
    text = "Offences in the Stratford Olympic Park ward went up by 40% in 2025."
    c = one(check(real_store, text, "2026-03-01"), key="40%")
    assert "Stratford Olympic Park" in (c.area or "")
    assert c.area != "Newham"


def test_town_centre_ward_name_stays_the_borough(real_store):
    counts = borough_counts_2025("DRUG OFFENCES", None, "recorded-crime-borough")
    n = counts["Ealing"]
    claims = check(real_store, f"Drug offences in 2025 reached {n:,} , many of them near Ealing Broadway.",
                   "2026-03-15")
    c = one(claims, "count", f"{n:,}")
    assert c.area == "Ealing" and c.claimed == n and c.verdict in ("accurate", "accurate_with_caveat")


def test_westminster_hall_is_parliament_not_the_borough(real_store):
    n = mps(year=2025, major="ROBBERY")
    text = (f"Robbery: a debate in Westminster Hall\n\nMr Speaker, last year the Metropolitan Police recorded "
            f"{n:,} robberies.")
    c = claim_with(check(real_store, text, "2026-03-19"), f"{n:,}")
    assert c.area.startswith("London") and c.found == n and c.verdict == "accurate"


def test_leaving_aside_the_city_is_not_the_place(real_store):
    text = ("Knife crime across England\n\nKnife crime in London rose in 2018/19. Setting aside the small City "
            "of London, the Met had the highest rate of any force, at 150 offences per 100,000 people.")
    c = claim_with(check(real_store, text, "2026-03-19"), "150 offences")
    assert c.area.startswith("London") and c.measure == "knife_crime"


def test_place_without_data_is_unverifiable_never_london(real_store):
    c = one(check(real_store, "Knife crime in Manchester rose by 12% in 2023.", "2024-06-01"), "change")
    assert c.verdict == "unverifiable" and c.area == "Manchester"


# ----------------------------------------------------------------------------- outside London: the ONS knife series
@pytest.mark.parametrize("true", [True, False])
def test_knife_or_sharp_instrument_in_a_force_reads_the_ons_series(real_store, true):
    n = ons_knife("knifecrime_polices.csv", "West Yorkshire", 2017)
    claimed = n if true else n + 250
    text = (f"There were {claimed:,} offences involving a knife or sharp instrument in West Yorkshire "
            "in the year ending March 2017.")
    c = one(check(real_store, text, "2017-08-01"), "count")
    assert c.measure == "knife_crime"
    assert c.found == n
    assert (c.verdict == "accurate") is true, c.explanation


def test_knife_or_sharp_instrument_change_for_england(real_store):
    now = ons_knife("knifecrime_England_and_Regions.csv", "England", 2018)
    then = ons_knife("knifecrime_England_and_Regions.csv", "England", 2017)
    pct = round((now - then) / then * 100)
    text = (f"Offences involving a knife or sharp instrument in England rose {pct}% in the year "
            "ending March 2018.")
    c = one(check(real_store, text, "2018-08-01"), "change")
    assert c.measure == "knife_crime"
    assert c.verdict == "accurate", c.explanation


def test_england_and_wales_is_checked_against_england_and_says_so(real_store):
    eng = ons_knife("knifecrime_England_and_Regions.csv", "England", 2017)
    text = (f"There were {eng:,} offences involving a knife or sharp instrument in England and Wales "
            "in the year ending March 2017.")
    c = one(check(real_store, text, "2017-08-01"), "count")
    assert c.measure == "knife_crime"
    assert c.verdict == "accurate_with_caveat", c.explanation
    assert "Wales" in c.explanation and "England" in c.explanation
    # a figure well above England's is neither confirmed nor refuted: Wales is not in the series
    far = one(check(real_store, text.replace(f"{eng:,}", f"{eng + 4000:,}"), "2017-08-01"), "count")
    assert far.verdict == "unverifiable", far.explanation
    assert "Welsh" in far.explanation


def test_england_and_wales_after_the_series_ends_is_unverifiable_not_all_crime(real_store):
    text = ("Offences involving a knife or sharp instrument rose 7% to 50,489 in England and Wales "
            "in the year ending March 2023.")
    claims = check(real_store, text, "2023-08-01")
    for kind in ("change", "count"):
        c = one(claims, kind)
        assert c.measure == "knife_crime"
        assert c.verdict == "unverifiable", c.explanation


def test_british_transport_police_is_a_force_not_the_articles_place(real_store):
    c = one(check(real_store, "Crime in Merseyside fell in 2022.\nBritish Transport Police recorded 2,000 bicycle "
                              "thefts in 2022.", "2023-01-20"), "count")
    assert c.area == "British Transport Police"


def test_scotland_yard_is_the_met_not_scotland(real_store):
    c = one(check(real_store, "Scotland Yard figures show theft from the person rose in 2024.", "2025-05-01"))
    assert c.area == "London (Metropolitan Police area)"


def test_a_place_after_than_is_the_yardstick_not_the_figures_place(real_store):
    text = ("Cumbria Constabulary recorded 36,186 crimes between January and November 2022.\n"
            "Our 1,522 burglaries are fewer than in Dyfed-Powys.")
    claims = check(real_store, text, "2022-12-20")
    count = [c for c in claims if c.claim.kind == "count" and c.claim.claimed_text == "1,522"][0]
    assert count.area == "Cumbria"
    comparison = [c for c in claims if c.claim.kind == "comparison"][0]
    assert comparison.area == "Cumbria" and comparison.found["this"] == count.found


def test_an_english_region_reads_the_ons_region_series(real_store):
    now = ons_knife("knifecrime_England_and_Regions.csv", "South West", 2019)
    then = ons_knife("knifecrime_England_and_Regions.csv", "South West", 2018)
    c = one(check(real_store, "In the South West, knife offences rose by a quarter in the year to March 2019.",
                  "2019-08-01"), "ratio")
    assert c.area == "South West" and abs(c.found - now / then) < 0.001
    assert (c.verdict in HOLDS) == (1.2 <= now / then <= 1.3)


def test_that_was_up_on_the_year_before_is_the_place_just_given_in_its_latest_year(real_store):
    """A fact box on a financial-year series: 'That was up N% on the year before, while the total for England
    fell': 'that' is the force just named, the year before is the financial year before the latest."""
    now = ons_knife("knifecrime_polices.csv", "Merseyside", 2020)
    then = ons_knife("knifecrime_polices.csv", "Merseyside", 2019)
    change = round((now - then) / then * 100)
    text = (f"Knife crime in numbers\n\n- Merseyside Police recorded {now:,} offences involving a knife or sharp "
            f"instrument in the latest year.\n- That was {'up' if change > 0 else 'down'} {abs(change)}% on the year "
            "before, while the total for England moved the other way.")
    c = claim_with(check(real_store, text, "2020-08-20"), f"{abs(change)}%")
    assert c.area == "Merseyside" and c.period == "2019/20" and c.verdict in HOLDS


def test_a_country_said_with_its_article_is_that_country(real_store):
    """'the UK's': the name with its article resolves as the name does without it."""
    c = one(check(real_store, "London's homicide rate in 2022 was lower than the UK's.", "2023-06-01"), "comparison")
    assert "United Kingdom" in c.explanation and "United States" not in c.explanation


def test_a_police_command_unit_is_not_the_region_of_the_same_name(real_store):
    """'the North East Command Unit' is a Met command unit over several boroughs, not the North East region."""
    c = one(check(real_store, "Burglary in the North East Command Unit rose in 2025.", "2026-02-01"))
    assert c.area != "North East"



def test_any_london_borough_is_the_scope_not_the_place(real_store):
    got = check(real_store, "Lewisham crime figures for 2023. Robbery was up to "
                            f"{mps(year=2023, major='ROBBERY', borough='Lewisham'):,}, the ninth highest figure of any "
                            "London borough.", "2024-03-01")
    c = one(got, "count")
    assert c.area == "Lewisham", c.explanation


def test_the_place_a_rank_is_shared_with_is_not_the_subject():
    from crimestats.claims.resolve._context import is_ranked_ahead
    t = "But the borough saw eight homicides, with Newham, the joint highest in London."
    i = t.index("Newham")
    assert is_ranked_ahead(t, i, i + len("Newham"))
    t2 = "Homicide rose in Newham with the borough's gangs."
    assert not is_ranked_ahead(t2, t2.index("Newham"), t2.index("Newham") + 6)


def test_a_spot_named_after_london_is_not_london():
    from crimestats.claims.resolve._places_text import find_places_in
    assert [n for _, _, n in find_places_in("Thefts around London Bridge station rose.")] == []
    assert [n for _, _, n in find_places_in("Thefts in London rose.")] == ["London"]


def test_england_and_wales_is_one_subject():
    got = extract_claims("In 2020 the homicide rate for England and Wales was about one per 100,000 people.")
    assert len(got) == 1 and "England and Wales" in got[0].text


def test_only_a_list_of_places_saw_more_runs_over_the_list(real_store):
    got = extract_claims("Only Westminster, Camden and Kensington and Chelsea saw more of those thefts.")
    assert got and got[0].rank == 4 and got[0].text.endswith("saw more")


def test_a_broadcaster_named_after_a_place_is_not_the_place(real_store):
    """'BBC Radio London': a station; the topic line's borough is what the transcript is about."""
    text = ("Transcript: BBC Radio London phone-in, Tuesday 9 January 2024. Topic: crime in Harrow.\n"
            "PRESENTER: Burglaries went up in December compared with a year earlier.")
    c = one(check(real_store, text, "2024-01-09"), "direction")
    assert c.area == "Harrow", c.explanation


@pytest.mark.parametrize("line, other", [
    ("we recorded {n} drug offences between January and November, more than three times the number in South Wales.",
     "South Wales"),
    ("at {n} drug offences between January and November we recorded more than three times as many as South Wales.",
     "South Wales"),
])
def test_a_force_statement_keeps_its_own_force_beside_the_other_side(real_store, line, other):
    """'we recorded N, <a multiple of> the number in <force>': the place after the multiple is the other side."""
    from .raw import force_street_count

    n = force_street_count("merseyside", "Drugs")
    text = "Merseyside Police: statement on crime in 2022\n" + line.format(n=f"{n:,}")
    c = one(check(real_store, text, "2022-12-21"), "count", f"{n:,}")
    assert c.area == "Merseyside" and c.found == n, c.explanation
