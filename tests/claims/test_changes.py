"""Changes: percentages, absolute differences ("1,200 fewer", "down by 3,000"), ratios and fractions
("halved since 2011", "nearly double", "a drop of more than a quarter", "by around one in five", "a
quarter more"), percentage points of a share, and directions without a figure ("above its 2016 level").

Expected figures come from the raw files (``raw.py``: pyarrow / csv, never crimestats).
(Which months a change compares is in test_periods.py; changes matched to an earlier release in
test_sources.py.)
"""

from __future__ import annotations

import pytest

from crimestats.claims import extract_claims

from .raw import majors, mps, pct, raw, victims_by_method
from .support import HOLDS, assert_fields, check, claim_with, extracted_once, one


# ----------------------------------------------------------------------------- extraction (pure text)
@pytest.mark.parametrize("text, want", [
    ("Robbery in 2025 remained above its 2016 level.",
     {"kind": "direction", "direction": "up", "baseline_text": "2016"}),
    ("Theft was 290,000 in 2024, still above the pre-pandemic level of 2019.",
     {"kind": "direction", "direction": "up", "baseline_text": "2019", "period_text": "in 2024"}),
])
def test_direction_phrasings_are_extracted(text, want):
    assert_fields(extracted_once(text, want["kind"]), want)


def test_extraction_of_new_forms():
    c = next(c for c in extract_claims("Burglary in London has halved since 2011.") if c.kind == "ratio")
    assert c.baseline_text == "2011" and c.since_baseline


def test_change_baseline_and_period():
    c = [c for c in extract_claims("The total for 2022 is 109, which is 17% down on 2021.") if c.kind == "change"][0]
    assert c.baseline_text == "2021" and "2022" in (c.period_text or "")


# ----------------------------------------------------------------------------- absolute differences
@pytest.mark.parametrize("true", [True, False])
def test_absolute_difference_against_the_year_before(real_store, true):
    now, then = mps(year=2023, major="BURGLARY"), mps(year=2022, major="BURGLARY")
    diff = now - then
    claimed = abs(diff) if true else abs(diff) + 37
    word = "fewer" if diff < 0 else "more"
    text = f"There were {claimed:,} {word} burglaries in London in 2023 than the year before."
    c = one(check(real_store, text, "2024-03-01"), "change")
    assert c.claim.unit == "difference"
    assert c.found == diff
    assert (c.verdict == "accurate") is true, c.explanation


def test_down_by_reads_a_count_not_a_percent(real_store):
    now, then = mps(year=2022, major="ROBBERY"), mps(year=2021, major="ROBBERY")
    diff = now - then
    verb = "down" if diff < 0 else "up"
    text = f"Robbery in London was {verb} by {abs(diff):,} in 2022 compared with 2021."
    c = one(check(real_store, text, "2023-03-01"), "change")
    assert c.verdict == "accurate", c.explanation
    # the other direction never holds
    other = "up" if verb == "down" else "down"
    c2 = one(check(real_store, text.replace(f"{verb} by", f"{other} by"), "2023-03-01"), "change")
    assert c2.verdict == "inaccurate", c2.explanation


# ----------------------------------------------------------------------------- ratios and fractions
def test_since_year_baseline_and_more_than_doubled(real_store):
    ratio = mps(year=2025, minor="SHOPLIFTING") / mps(year=2021, minor="SHOPLIFTING")
    c = one(check(real_store, "Shoplifting has more than doubled in London since 2021.", "2026-03-20"), "ratio")
    assert c.period == "2025" and c.verdict == ("accurate" if ratio > 2 else "inaccurate")
    assert abs(c.found - ratio) < 0.01


def test_fraction_after_a_from_to_pair_with_a_bound(real_store):
    a, b = mps(year=2016, major="BURGLARY"), mps(year=2023, major="BURGLARY")
    ratio = b / a
    text = (f"Burglary in London fell from {a:,} in 2016 to {b:,} in 2023, a drop of more than a quarter.")
    c = one(check(real_store, text, "2024-03-01"), "ratio")
    assert abs(c.found - round(ratio, 3)) < 1e-9
    assert (c.verdict == "accurate") is (ratio < 0.75), c.explanation


def test_nearly_double_an_earlier_year(real_store):
    a, b = mps(year=2016, major="ROBBERY"), mps(year=2023, major="ROBBERY")
    ratio = b / a
    text = f"There were {b:,} robberies in London in 2023, nearly double the number in 2016."
    c = one(check(real_store, text, "2024-03-01"), "ratio")
    assert c.claim.baseline_text == "2016"
    assert abs(c.found - round(ratio, 3)) < 1e-9
    assert (c.verdict == "accurate") is (1.6 <= ratio <= 2.0), c.explanation


@pytest.mark.parametrize("template, base", [
    ("Robbery in London in 2023 was roughly half the {y} toll.", 2012),
    ("Robbery in London in 2023 was about double the previous year's total.", 2022),
    ("Robbery in London in 2023 came to half the {y} figure.", 2016),
    ("Robbery in London in 2023 was about 50,000 - double the figure from {y}.", 2014),
    ("Robbery in London rose in 2023, and it is now more than double what it was in {y}.", 2014),
])
def test_a_multiple_or_half_of_an_earlier_years_total(real_store, template, base):
    now, then = mps(year=2023, major="ROBBERY"), mps(year=base, major="ROBBERY")
    c = one(check(real_store, template.format(y=base), "2024-03-01"), "ratio")
    assert abs(c.found - round(now / then, 3)) < 1e-9, c.explanation
    factor = c.claim.value
    assert c.claim.baseline_text in (str(base), "the year before")
    # the band of the fraction rules: the implied change give or take 20% (a wider 'about' never narrows it)
    if abs(now / then - factor) > 0.3 * abs(1 - factor) + 0.1:
        assert c.verdict == "inaccurate", c.explanation
    if abs(now / then - factor) < 0.1 * abs(1 - factor):
        assert c.verdict in HOLDS, c.explanation


def test_fraction_of_a_change_written_one_in_n(real_store):
    now, then = mps(year=2025, minor="SHOPLIFTING", borough="Camden"), mps(year=2024, minor="SHOPLIFTING",
                                                                           borough="Camden")
    ratio = now / then
    claims = check(real_store, f"Shoplifting in Camden {'rose' if ratio > 1 else 'fell'} by around one in five in "
                               "2025.", "2026-03-10")
    c = claim_with(claims, "one in five")
    assert c.claim.kind == "ratio" and abs(c.found - ratio) < 0.001
    change = abs(ratio - 1)
    assert c.verdict == ("accurate" if 0.16 <= change <= 0.24 else "inaccurate")


def test_fraction_fewer_than_the_same_period_of_an_earlier_year(real_store):
    now = mps(months=[f"2024{m:02d}" for m in range(1, 7)], major="ROBBERY")
    then = mps(months=[f"2021{m:02d}" for m in range(1, 7)], major="ROBBERY")
    ratio = now / then
    text = ("There were a quarter more robberies in the first six months of 2024 than in the same period "
            "of 2021.")
    c = claim_with(check(real_store, text, "2026-03-19"), "a quarter more")
    assert c.kind == "ratio" and c.period == "January 2024 to June 2024"
    assert abs(c.found - round(ratio, 3)) < 0.002
    assert c.verdict == ("accurate" if 1.20 <= ratio <= 1.30 else "inaccurate")


# ----------------------------------------------------------------------------- percentage points
def test_points_change_of_a_homicide_share(real_store):
    k1, t1 = victims_by_method(2022)
    k0, t0 = victims_by_method(2021)
    diff = 100 * k1 / t1 - 100 * k0 / t0
    word = "rose" if diff > 0 else "fell"
    text = f"The share of homicide victims killed with a knife {word} by {abs(diff):.1f} percentage points in 2022."
    c = one(check(real_store, text, "2023-03-01"), "change")
    assert c.unit == "percentage points" and abs(c.found - round(diff, 2)) < 1e-9, c.explanation
    assert c.verdict == "accurate", c.explanation
    c = one(check(real_store, text.replace(f"{abs(diff):.1f}", f"{abs(diff) + 2:.1f}"), "2023-03-01"), "change")
    assert c.verdict == "inaccurate", c.explanation


def test_points_change_after_a_share_of_all_crime(real_store):
    burg = [mps(year=y, major="BURGLARY") for y in (2022, 2023)]
    allc = [sum(mps(year=y, major=m) for m in majors() if m != "NFIB FRAUD") for y in (2022, 2023)]
    s0, s1 = (100 * b / a for b, a in zip(burg, allc, strict=True))
    diff = s1 - s0
    text = (f"Burglary made up {s1:.1f}% of all recorded crime in London in 2023, "
            f"{'up' if diff > 0 else 'down'} {abs(diff):.1f} percentage points on 2022.")
    c = one(check(real_store, text, "2024-03-01"), "change")
    assert c.unit == "percentage points", c.explanation
    assert abs(c.found - round(diff, 2)) < 0.05, c.explanation
    assert c.verdict == "accurate", c.explanation


def test_points_with_no_share_is_unverifiable(real_store):
    c = one(check(real_store, "Burglary in London rose 3 percentage points in 2023.", "2024-03-01"), "change")
    assert c.verdict == "unverifiable" and "share" in c.explanation


# ----------------------------------------------------------------------------- directions
@pytest.mark.parametrize("word", ["above", "below"])
def test_level_against_an_earlier_year(real_store, word):
    now, then = raw("ROBBERY", 2025), raw("ROBBERY", 2016)
    text = f"London's robbery total for 2025 was {word} the level recorded in 2016."
    c = one(check(real_store, text, "2026-03-01"), "direction")
    assert c.period == "2025"
    assert c.verdict == ("accurate" if (now > then) == (word == "above") else "inaccurate"), c.explanation


def test_had_fallen_is_a_direction(real_store):
    got = check(real_store, "The force said robbery in London had also fallen in 2023.", "2024-03-01")
    d = one(got, "direction")
    now, then = mps(year=2023, major="ROBBERY"), mps(year=2022, major="ROBBERY")
    assert d.verdict == ("accurate" if now < then else "inaccurate"), d.explanation



@pytest.mark.parametrize("verb", ["collapsed", "plummeted", "slipped", "soared", "surged"])
def test_every_change_verb_of_the_lexicon_makes_a_change(verb):
    from crimestats.claims._lexicon import DOWN_VERBS

    c = extracted_once(f"Robbery in Lambeth {verb} by 40% in 2021.", "change")
    assert c.value == (-40 if verb in DOWN_VERBS else 40)


def test_a_change_figure_after_a_comma_keeps_its_verb(real_store):
    now = mps(months=["202004"], major="VIOLENCE AGAINST THE PERSON", borough="Hackney")
    then = mps(months=["201904"], major="VIOLENCE AGAINST THE PERSON", borough="Hackney")
    change = round((now - then) / then * 100)
    assert change < 0
    c = one(check(real_store, f"Violent crime in Hackney fell only slightly, by {abs(change)}%, in April 2020.",
                  "2020-07-01"), "change")
    assert c.verdict in ("accurate", "accurate_with_caveat") and c.period == "April 2020"


def test_down_on_the_figure_recorded_in_a_year_is_the_base_not_the_period(real_store):
    now, then = mps(year=2024, major="BURGLARY", borough="Camden"), mps(year=2023, major="BURGLARY", borough="Camden")
    change = round((now - then) / then * 100)
    word = "up" if change > 0 else "down"
    claims = check(real_store, f"Burglary in Camden reached {now:,} last year, {word} {abs(change)}% on the "
                               f"{then:,} recorded in 2023.", "2025-03-10")
    c = one(claims, "change")
    assert c.period == "2024" and c.verdict in ("accurate", "accurate_with_caveat")
    assert one(claims, "count", f"{then:,}").period == "2023"


def _changes_2023() -> list[tuple[str, str, float]]:
    from .raw import boroughs

    out = []
    for major in ("BURGLARY", "ROBBERY", "THEFT", "DRUG OFFENCES", "SEXUAL OFFENCES"):
        for borough in boroughs()[:12]:
            now, then = mps(year=2023, major=major, borough=borough), mps(year=2022, major=major, borough=borough)
            if then:
                out.append((major, borough, (now - then) / then * 100))
    return out


@pytest.mark.parametrize("big", [True, False])
def test_a_whole_percentage_that_drops_small_decimals_holds_with_a_caveat(real_store, big):
    """'fell by 40%' for a fall of 40.8%: truncated, and the decimals are small beside the figure: a caveat.
    'rose by 10%' for 10.7% is not: the dropped part is 7% of the figure."""
    def fits(ch: float) -> bool:
        frac = abs(ch) % 1      # (a figure of N.5 to one decimal place is rounded either way: a caveat, left out here)
        return frac >= (0.5 if big else 0.55) and int(abs(ch)) >= 1 and ((frac <= 0.025 * int(abs(ch))) == big)

    found = next(((m, b, ch) for m, b, ch in _changes_2023() if fits(ch)), None)
    if found is None:
        pytest.skip("no such change in the sample")
    major, borough, change = found
    word = "rose" if change > 0 else "fell"
    c = one(check(real_store, f"{major.capitalize()} in {borough} {word} by {int(abs(change))}% in 2023.",
                  "2024-02-01"), "change")
    assert c.verdict == ("accurate_with_caveat" if big else "inaccurate")


def test_in_a_year_is_the_latest_twelve_months(real_store):
    c = one(check(real_store, "Burglary in Camden rose 5% in a year", "2025-04-22"), "change")
    assert c.period == "12 months to March 2025"


@pytest.mark.parametrize("text,direction", [
    ("Burglary in Camden did not fall in 2023.", "up"),
    ("Burglary in Camden failed to fall in 2023.", "up"),
    ("Robbery in Lambeth has not risen since 2019.", "down"),
    ("There was no rise in robbery in Ealing in 2023.", "down"),
    ("Harrow saw no real fall in vehicle crime in 2024.", "up"),
])
def test_a_denied_direction_is_the_other_way(text, direction):
    c = extracted_once(text, "direction")
    assert c.direction == direction


@pytest.mark.parametrize("text,direction", [
    ("Violent crime in Camden is also coming down, the figures show.", "down"),
    ("Shoplifting in Ealing was up in January compared with the same month last year.", "up"),
])
def test_is_coming_down_and_was_up_are_directions(text, direction):
    assert extracted_once(text, "direction").direction == direction


def test_a_change_on_n_years_ago_is_against_that_year(real_store):
    now, then = (mps(year=y, major="ROBBERY", borough="Hackney") for y in (2025, 2020))
    c = one(check(real_store, "Robbery in Hackney in 2025 was up 20% on five years ago.", "2026-03-15"), "change")
    assert c.found == pytest.approx(round(100 * (now - then) / then, 1), abs=0.05)


def test_lower_than_the_same_period_a_year_earlier_is_a_direction(real_store):
    summer = [f"2025{m:02d}" for m in (6, 7, 8)]
    now = mps(months=summer, major="BURGLARY", borough="Barnet")
    then = mps(months=[m.replace("2025", "2024") for m in summer], major="BURGLARY", borough="Barnet")
    c = one(check(real_store, "Over the summer of 2025, burglaries in Barnet were lower than the same period a year "
                  "earlier.", "2026-03-15"), "direction")
    assert c.period == "June 2025 to August 2025"
    assert c.verdict in (("accurate", "accurate_with_caveat") if now < then else ("inaccurate",))


def test_a_change_in_a_rate_keeps_its_decimals_and_claims_no_count_test(real_store):
    """'the US homicide rate jumped by N%': the published rates' change (6.35 against 4.93 is not 6 against 4),
    and no Poisson-style 'changes this size are common' remark: a rate per resident is not a count of events."""
    from .raw import owid
    now, then = owid("United States", 2020), owid("United States", 2019)
    c = one(check(real_store, f"The US homicide rate jumped by {pct(now, then):.0f}% in 2020.", "2022-01-01"), "change")
    assert c.measure == "homicide_rate" and abs(c.found - pct(now, then)) < 0.1
    assert c.verdict == "accurate" and "p =" not in c.explanation


def test_went_back_up_is_a_rise(real_store):
    from .raw import mps
    now, then = mps(year=2025, major="BURGLARY", borough="Ealing"), mps(year=2024, major="BURGLARY", borough="Ealing")
    c = one(check(real_store, "Burglary in Ealing went back up in 2025.", "2026-02-01"), "direction")
    assert (c.verdict in ("accurate", "accurate_with_caveat")) == (now > then)


def test_the_same_in_one_year_as_in_another_is_an_equality_of_the_first_year(real_store):
    from .raw import mps
    a, b = mps(year=2025, major="THEFT", borough="Camden"), mps(year=2024, major="THEFT", borough="Camden")
    c = one(check(real_store, "Theft in Camden was roughly the same in 2025 as in 2024.", "2026-02-15"), "equality")
    assert c.period == "2025" and (c.verdict in ("accurate", "accurate_with_caveat")) == (abs(a - b) / max(a, b) <= 0.1)


@pytest.mark.parametrize("phrase, year", [("than it was in 2015", 2015), ("than it was a decade ago", 2015)])
def test_lower_than_it_was_then_is_a_direction_against_that_year(real_store, phrase, year):
    from .raw import mps
    now, then = mps(year=2025, major="BURGLARY", borough="Bromley"), mps(year=year, major="BURGLARY", borough="Bromley")
    c = one(check(real_store, f"Burglary in Bromley is now lower {phrase}.", "2026-02-15"), "direction")
    assert (c.verdict in ("accurate", "accurate_with_caveat")) == (now < then)


def test_since_their_peak_year_is_against_that_year(real_store):
    from .raw import mps
    now, then = mps(year=2025, major="DRUG OFFENCES", borough="Haringey"), mps(year=2019, major="DRUG OFFENCES",
                                                                              borough="Haringey")
    c = one(check(real_store, "Drug offences in Haringey have halved since their 2019 peak.", "2026-02-15"), "ratio")
    assert abs(c.found - now / then) < 0.001


def test_gone_through_the_roof_is_a_rise(real_store):
    from .raw import mps
    now, then = mps(year=2025, major="BURGLARY", borough="Brent"), mps(year=2024, major="BURGLARY", borough="Brent")
    c = one(check(real_store, "Under this council, burglary in Brent has gone through the roof.", "2026-02-15"),
            "direction")
    assert (c.verdict in ("accurate", "accurate_with_caveat")) == (now > then)


@pytest.mark.parametrize("borough", ["Camden", "Brent", "Sutton"])
def test_the_verb_left_out_after_a_change_carries_its_way(real_store, borough):
    """'<crime> was down N%, and <crime> by N%' / '... by almost a fifth': the second change goes the first one's way."""
    b_now, b_then = mps(year=2025, major="BURGLARY", borough=borough), mps(year=2024, major="BURGLARY", borough=borough)
    r_now, r_then = mps(year=2025, major="ROBBERY", borough=borough), mps(year=2024, major="ROBBERY", borough=borough)
    b_pct = round(100 * (b_now - b_then) / b_then)
    r_pct = round(100 * (r_now - r_then) / r_then)
    way = "down" if b_pct < 0 else "up"
    text = f"Burglary in {borough} was {way} {abs(b_pct)}% in 2025, and robbery by {abs(r_pct)}%."
    c = claim_with(check(real_store, text, "2026-03-01"), f"robbery by {abs(r_pct)}%")
    assert c.claim.kind == "change" and c.claim.direction == way
    assert (c.verdict in HOLDS) is ((r_pct < 0) == (b_pct < 0) or r_pct == 0), c.explanation
    text = f"Burglary in {borough} was {way} {abs(b_pct)}% in 2025, and robbery by almost a fifth."
    c = claim_with(check(real_store, text, "2026-03-01"), "robbery by almost a fifth")
    assert c.claim.kind == "ratio" and c.claim.direction == way


@pytest.mark.parametrize("words, hedged", [("halved", False), ("roughly halved", True), ("fell by a third", False),
                                           ("fell by about a third", True), ("fell by a quarter", False)])
def test_a_ratio_word_alone_is_read_closer_than_with_a_hedge(real_store, words, hedged):
    """'halved' alone holds within 10% of the change it implies (or 20% where no other word is nearer), 'roughly
    halved' within 20%."""
    from crimestats.claims.judge._rounding import BAND, EXACT_BAND
    implied = {"halved": 0.5, "third": 2 / 3, "quarter": 0.75}[next(k for k in ("halved", "third", "quarter") if k in words)]
    width = BAND if hedged else EXACT_BAND
    lo, hi = sorted((1 + (implied - 1) * (1 - width), 1 + (implied - 1) * (1 + width)))
    wlo, whi = sorted((1 + (implied - 1) * (1 - BAND), 1 + (implied - 1) * (1 + BAND)))
    sizes = (0.1, 0.125, 1 / 6, 0.2, 0.25, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.75, 1.0, 1.5, 2.0, 3.0)

    def holds(ratio: float) -> bool:    # alone: within 10%, or within 20% where no other word is nearer
        if lo <= ratio <= hi:
            return True
        size = abs(ratio - 1)
        return wlo <= ratio <= whi and abs(abs(implied - 1) - size) <= min(abs(w - size) for w in sizes) + 1e-9
    seen = set()
    for b in ("Camden", "Brent", "Sutton", "Hackney", "Ealing", "Lambeth", "Barnet", "Harrow"):
        for major in ("BURGLARY", "ROBBERY", "VEHICLE OFFENCES"):
            ratio = mps(year=2025, major=major, borough=b) / mps(year=2019, major=major, borough=b)
            crime = {"BURGLARY": "Burglary", "ROBBERY": "Robbery", "VEHICLE OFFENCES": "Vehicle crime"}[major]
            c = one(check(real_store, f"{crime} in {b} has {words} since 2019.", "2026-03-01"), "ratio")
            assert abs(c.found - round(ratio, 3)) < 1e-9
            assert (c.verdict in HOLDS) is holds(ratio), (b, major, ratio, c.explanation)
            seen.add(c.verdict in HOLDS)


@pytest.mark.parametrize("verb, up", [("fall", False), ("rise", True), ("drop", False), ("grow", True)])
def test_a_change_in_numbers_after_an_infinitive_verb(verb, up):
    """'has seen <crime> fall by more than N offences': a difference, whatever form the verb takes."""
    c = extracted_once(f"Lewisham has seen violence with injury {verb} by more than 500 offences.", "change")
    assert c.unit == "difference" and c.direction == ("up" if up else "down")


# ----------------------------------------------------------------------------- directions in phrasal verbs and 'than it was'
@pytest.mark.parametrize("verb, down", [("came down", True), ("crept up", False), ("edged down", True),
                                        ("ticked up", False), ("has come down", True), ("inched higher", False)])
def test_phrasal_verbs_say_which_way(real_store, verb, down):
    now, then = mps(year=2024, major="BURGLARY", borough="Harrow"), mps(year=2023, major="BURGLARY", borough="Harrow")
    c = one(check(real_store, f"Burglary in Harrow {verb} in 2024.", "2025-03-01"), "direction")
    assert (c.verdict in HOLDS) == ((now < then) == down), c.explanation


def test_a_phrasal_verb_before_a_figure_leaves_the_figure_to_the_count():
    assert [c.kind for c in extract_claims("Knife crime with injury edged down to 3,736.")] == ["count"]


@pytest.mark.parametrize("said, back", [("than it was a year ago", 1), ("than it was two years ago", 2),
                                        ("than it was last year", 1)])
def test_higher_than_it_was_some_years_ago(real_store, said, back):
    now = mps(year=2025, major="VIOLENCE AGAINST THE PERSON", borough="Bexley")
    then = mps(year=2025 - back, major="VIOLENCE AGAINST THE PERSON", borough="Bexley")
    c = one(check(real_store, f"Violent crime in Bexley is higher {said}.", "2026-02-15"), "direction")
    assert (c.verdict in HOLDS) == (now > then), c.explanation


@pytest.mark.parametrize("words, up", [("well below where it was in 2019", False),
                                       ("above what it was in 2019", True)])
def test_below_where_it_was_in_a_year(real_store, words, up):
    now, then = mps(year=2025, major="BURGLARY", borough="Merton"), mps(year=2019, major="BURGLARY", borough="Merton")
    c = one(check(real_store, f"Burglary in Merton is {words}.", "2026-02-15"), "direction")
    assert c.period == "2025" and (c.verdict in HOLDS) == ((now > then) == up), c.explanation


# ----------------------------------------------------------------------------- 'by a similar amount'
def test_a_similar_amount_is_the_size_of_the_change_before(real_store):
    """', and <crime> down by a similar amount': the change just claimed, give or take a fifth of it."""
    veh = [mps(year=y, major="VEHICLE OFFENCES", borough="Bexley") for y in (2024, 2025)]
    rob = [mps(year=y, major="ROBBERY", borough="Bexley") for y in (2024, 2025)]
    said = round(pct(veh[1], veh[0]))
    verb = "fell" if said < 0 else "rose"
    c = claim_with(check(real_store, f"Vehicle crime in Bexley {verb} by {abs(said)}% in 2025, and robbery "
                                     f"by a similar amount.", "2026-02-15"), "similar amount")
    ratio, want = rob[1] / rob[0], 1 + said / 100
    assert c.claim.kind == "ratio" and c.measure == "robbery"
    assert (c.verdict in HOLDS) == (abs(ratio - want) <= 0.2 * abs(want - 1) + 1e-9), c.explanation


@pytest.mark.parametrize("text, way", [
    ("Robbery is down too.", "down"),                 # 'too' is not 'to <figure>'
    ("Shoplifting is rising again.", "up"),           # a present-tense way with no figure
    ("Vehicle crime is still falling.", "down"),
    ("Knife crime is up too, officers admit.", "up"),
])
def test_a_way_said_without_a_figure_is_a_direction(text, way):
    got = extracted_once(text, "direction")
    assert got.direction == way


def test_a_present_way_with_a_figure_stays_a_change():
    assert [c.kind for c in extract_claims("Shoplifting is rising by 5% a year.")] == ["change"]


@pytest.mark.parametrize("words, n", [("more than fourfold", 4), ("a three-fold increase", 3), ("risen 2-fold", 2)])
def test_a_fold_multiple_is_a_ratio(words, n):
    """'has risen more than sixfold since <year>', 'a three-fold increase': a multiple of the baseline."""
    got = [c for c in extract_claims(f"Drug offences in Lambeth saw {words} since 2012.") if c.kind == "ratio"]
    assert [c.value for c in got] == [float(n)]


def test_higher_now_than_it_was_before_the_pandemic_and_a_second_reported_claim(real_store):
    """'claimed that "<crime> is higher now than it was before the pandemic" and that "<crime> is at a ten-year
    high"': two claims, the first against 2019."""
    now, then = mps(year=2025, major="BURGLARY"), mps(year=2019, major="BURGLARY")
    text = ('The candidate claimed that "burglary is higher now than it was before the pandemic" and that '
            '"robbery is at a ten-year high".')
    got = check(real_store, text, "2026-03-10")
    d = one(got, "direction")
    assert d.measure == "burglary" and (d.verdict in HOLDS) == (now > then), d.explanation
    assert one(got, "record").measure == "robbery"


def test_a_whole_percentage_for_a_figure_of_n_point_5_holds_with_a_caveat(real_store):
    """'fell by 17%' for 17.51%: published to one decimal place it is 17.5%, which is rounded either way."""
    found = next(((m, b, ch) for m, b, ch in _changes_2023() if round(abs(ch) % 1, 1) == 0.5 and abs(ch) >= 2), None)
    if found is None:
        pytest.skip("no such change in the sample")
    major, borough, change = found
    word = "rose" if change > 0 else "fell"
    c = one(check(real_store, f"{major.capitalize()} in {borough} {word} by {int(abs(change))}% in 2023.",
                  "2024-02-01"), "change")
    assert c.verdict in HOLDS, c.explanation


@pytest.mark.parametrize("words, back", [("than it was ten years ago", 10), ("than a decade earlier", 10),
                                         ("than it was five years ago", 5)])
def test_a_change_against_years_back_takes_that_year(real_store, words, back):
    """'<crime> was N% lower in <year> than it was ten years ago': against <year> - 10, not the year before."""
    now = mps(year=2025, major="ROBBERY", borough="Bromley")
    then = mps(year=2025 - back, major="ROBBERY", borough="Bromley")
    text = f"Robbery in Bromley was {abs(pct(now, then)):.0f}% {'lower' if now < then else 'higher'} in 2025 {words}."
    c = one(check(real_store, text, "2026-03-01"), "change")
    assert c.verdict in HOLDS and c.found == pytest.approx(pct(now, then), abs=0.05), c.explanation


def test_n_percent_below_a_time_is_a_change_not_a_share(real_store):
    """'<crime> was N% below the same period last year', 'N% above <year> levels': a change against that time."""
    months = [f"2025{m:02d}" for m in range(1, 7)]
    now = mps(months=months, major="ROBBERY", borough="Lambeth")
    then = mps(months=[m.replace("2025", "2024") for m in months], major="ROBBERY", borough="Lambeth")
    way = "below" if now < then else "above"
    c = one(check(real_store, f"In the first half of 2025, robbery in Lambeth was {abs(pct(now, then)):.0f}% {way} "
                  "the same period last year.", "2025-09-01"), "change")
    assert c.found == pytest.approx(pct(now, then), abs=0.05) and c.verdict in HOLDS, c.explanation
    assert [c.kind for c in extract_claims("Around 5% of robberies in Lambeth involved a knife.")] == ["share"]


def test_a_multiple_of_an_earlier_months_level_is_against_that_month(real_store):
    """"<crime> in <month> <year> was double <earlier month>'s level": that month of the same year, not the same
    month a year before."""
    jul = mps(months=["202507"], major="THEFT", borough="Westminster")
    jan = mps(months=["202501"], major="THEFT", borough="Westminster")
    c = one(check(real_store, "Theft in Westminster was double January's level in July 2025.", "2026-02-01"), "ratio")
    assert c.found == pytest.approx(round(jul / jan, 3), abs=0.002), c.explanation
    assert c.verdict == ("accurate" if 1.9 <= jul / jan <= 2.1 else "inaccurate")


def test_a_hedge_before_a_percentage_does_not_set_its_way():
    """'more than N% fewer': fewer decides the way, 'more than' only bounds the figure; 'pre-pandemic <year>' is
    still the year."""
    c = extracted_once("Even in 2021 London recorded more than 10% fewer crimes than in pre-pandemic 2019.", "change")
    assert (c.value, c.direction, c.approx, c.baseline_text) == (-10.0, "down", "more_than", "2019")


def test_the_second_of_two_figures_against_each_other_is_the_earlier_periods():
    got = [c for c in extract_claims("Knife crime in Ealing is down by a fifth over the last year, 610 offences against 785.")
           if c.kind == "count"]
    assert [(c.claimed_text, c.subject) for c in got] == [("610", None), ("785", "from")]


def test_the_same_was_true_repeats_the_claim_for_the_place_it_names(real_store):
    """'<claim>, and the same was true in <place>': the claim again, about that place; 'virtually unchanged' is close
    (3%), not roughly (10%)."""
    now = {b: mps(year=2025, borough=b) for b in ("Greenwich", "Croydon")}
    then = {b: mps(year=2024, borough=b) for b in ("Greenwich", "Croydon")}
    text = ("In Greenwich, the number of recorded crimes in 2025 was virtually unchanged from 2024, and the same was "
            "true in Croydon.")
    got = [c for c in check(real_store, text, "2026-02-01") if c.claim.kind == "equality"]
    assert [c.area for c in got] == ["Greenwich", "Croydon"]
    for c in got:
        b = c.area or ""
        close = abs(now[b] - then[b]) / then[b] <= 0.03
        assert (c.verdict == "accurate") == close, c.explanation


def test_a_hedged_participle_after_a_from_to_pair_is_a_ratio():
    got = extract_claims("Knife crime in Merseyside rose from 715 offences in 2016 to 1,424 in 2020, nearly doubling.")
    r = next(c for c in got if c.kind == "ratio")
    assert (r.value, r.approx, r.direction) == (2.0, "about", "up")


@pytest.mark.parametrize(("text", "way"), [
    ("Merseyside bucked the national trend, with knife crime falling in 2019.", "down"),
    ("KNIFE CRIME STILL RISING ACROSS LONDON", "up"),
    ("Lambeth's knife crime fell sharply, but Croydon bucked the trend with a rise.", "up"),
])
def test_ways_without_a_finite_verb(text, way):
    got = [c for c in extract_claims(text) if c.kind == "direction"]
    assert got and got[-1].direction == way, [(c.kind, c.direction, c.text) for c in extract_claims(text)]


def test_a_claim_naming_the_age_band_itself_is_read_at_the_band(real_store):
    """'adolescent and young adult victims ... halved': the band is the claim's own group, so the exact band for
    'halved' applies (the stand-in's wider band is for narrower words such as 'teenagers')."""
    from .raw import victims_by_age
    band = victims_by_age("Adolescent/Young Adult")
    now, then = band[2022], band[2021]
    text = "The number of adolescent and young adult homicide victims in London halved in 2022."
    c = one(check(real_store, text, "2023-02-01"), "ratio")
    assert (c.verdict in HOLDS) == (0.45 <= now / then <= 0.55), c.explanation
