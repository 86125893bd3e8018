"""Periods: what time a claim is about and what it is compared with — the as-of date cutting 'this
year' to the last complete month, rolling twelve months, 'the first N months', bare months and month
ranges without a year, financial years, 'since Y' totals, 'from A to B', baseline years that are not
the claim's period, and one-year-back phrases ('last year alone', 'year on year') in a clause.

Expected figures come from the raw files (``raw.py``: pyarrow / csv, never crimestats).
(Periods carried from one sentence to the next are in test_context.py.)
"""

from __future__ import annotations

from datetime import date

import pytest

from crimestats.claims import extract_claims

from ._internals import month_range
from .raw import fy, london_victims, met_searches, mps, ons_knife, pct, unsolved_victims, victims_by_year, year_counts
from .support import HOLDS, check, claim_with, one

FEB26, FEB25 = ["202602"], ["202502"]


def word(change: float, down: str = "down", up: str = "up") -> str:
    return down if change < 0 else up


# ----------------------------------------------------------------------------- pure text
def test_baseline_years_are_not_periods():
    claims = extract_claims("Burglary was 9% down on 2023, and 30% lower than the high of 2,000 reached in 2018.")
    assert [c.period_text for c in claims if c.unit == "percent"] == [None, None]
    assert [c.baseline_text for c in claims if c.unit == "percent"] == ["2023", "2018"]
    # a place compared and a bound are not baselines: the year stays the claim's own
    (c,) = [c for c in extract_claims("Brent had more stabbings than any other borough in 2017.") if c.kind == "comparison"]
    assert c.period_text == "in 2017"
    (c,) = [c for c in extract_claims("Thefts reached more than 16,000 in 2021.") if c.kind == "count"]
    assert c.period_text in ("2021", "in 2021")


def test_month_ranges_without_a_year():
    day = date(2026, 3, 19)
    p = month_range("the three months to February", as_of=day)
    assert (p.start, p.end) == (date(2025, 12, 1), date(2026, 2, 1))
    p = month_range("November to January", as_of=day)
    assert (p.start, p.end) == (date(2025, 11, 1), date(2026, 1, 1))
    p = month_range("the six months to October", as_of=day)         # October 2025: the latest complete one
    assert (p.start, p.end) == (date(2025, 5, 1), date(2025, 10, 1))
    assert month_range("last year", as_of=day) is None


# ----------------------------------------------------------------------------- the as-of date
def test_this_year_is_cut_to_the_last_complete_month(real_store):
    months = [f"2023{m:02d}" for m in range(1, 6)]            # as of 10 June 2023: January to May
    n = mps(months=months, major="ROBBERY", borough="Westminster")
    c = one(check(real_store, f"There have been {n:,} robberies in Westminster so far this year.",
                  "2023-06-10"), "count")
    assert c.verdict in HOLDS and c.found == n, c.explanation
    c = one(check(real_store, f"There have been {n:,} robberies in Westminster this year.", "2023-06-10"), "count")
    assert c.found == n and "not over on 2023-06-10" in c.explanation, c.explanation


def test_part_year_change_compares_the_same_months_a_year_earlier(real_store):
    now = mps(months=[f"2023{m:02d}" for m in range(1, 6)], major="ROBBERY", borough="Westminster")
    then = mps(months=[f"2022{m:02d}" for m in range(1, 6)], major="ROBBERY", borough="Westminster")
    p = pct(now, then)
    w = "rose" if p > 0 else "fell"
    c = one(check(real_store, f"Robbery in Westminster {w} {round(abs(p))}% this year compared with last year.",
                  "2023-06-10"), "change")
    assert c.verdict in HOLDS and abs(c.found - round(p, 1)) < 0.06, c.explanation
    assert "same months a year earlier" in c.explanation


def test_in_the_last_year_is_a_rolling_twelve_months_before_as_of(real_store):
    months = [f"2022{m:02d}" for m in range(6, 13)] + [f"2023{m:02d}" for m in range(1, 6)]
    before = [str(int(m) - 100) for m in months]
    now, then = (mps(months=ms, major="BURGLARY", borough="Camden") for ms in (months, before))
    p = pct(now, then)
    w = "up" if p > 0 else "down"
    for phrase in ("in the last year", "over the past year", "in the past year"):
        c = one(check(real_store, f"Burglary in Camden is {w} {round(abs(p))}% {phrase}.", "2023-06-10"), "change")
        assert c.period == "12 months to May 2023", (phrase, c.period)
        assert c.verdict in HOLDS, c.explanation


# ----------------------------------------------------------------------------- months, quarters, parts of a year
def test_first_n_months_against_a_year_earlier(real_store):
    now = mps(months=[f"2025{m:02d}" for m in range(1, 5)], major="BURGLARY")
    then = mps(months=[f"2024{m:02d}" for m in range(1, 5)], major="BURGLARY")
    res = check(real_store, f"London saw {now:,} burglaries in the first four months of 2025, "
                            f"compared with {then:,} a year earlier.", "2026-03-10")
    c_now, c_then = claim_with(res, f"{now:,}"), claim_with(res, f"{then:,}")
    assert c_now.found == now and c_now.verdict == "accurate" and "January 2025" in c_now.period
    assert c_then.found == then and c_then.verdict == "accurate" and "January 2024" in c_then.period


def test_bare_month_and_than_in_month(real_store):
    feb, jan = met_searches(2018, 2), met_searches(2018, 1)
    p = round(100 * (feb - jan) / jan)
    text = ("Stop and search in London in the first three months of 2018.\n\n"
            f"During February the Met carried out {feb:,} searches, {abs(p)}% "
            f"{'fewer' if p < 0 else 'more'} than in January.")
    res = check(real_store, text, "2018-06-01")
    count = one(res, key=f"{feb:,}")
    assert count.period == "February 2018" and count.found == feb
    change = [c for c in res if c.kind == "change"][0]
    assert change.verdict == "accurate"
    assert abs(change.found - 100 * (feb - jan) / jan) < 0.06


def test_compared_with_last_years_month_and_bare_month(real_store):
    """'N in February, against M in February 2025': the bare month is February 2026; it carries on."""
    now, then = mps(months=FEB26, borough="Hackney"), mps(months=FEB25, borough="Hackney")
    v26, v25 = (mps(months=m, major="VIOLENCE AGAINST THE PERSON", borough="Hackney") for m in (FEB26, FEB25))
    z = pct(v26, v25)
    text = (f"Hackney crime update\n\nPolice in Hackney logged {now:,} crimes in February, against {then:,} "
            f"in February 2025.\n\nViolence against the person {word(z, 'fell', 'rose')} by {abs(round(z))}% "
            "on the same month last year.")
    res = check(real_store, text, "2026-03-19")
    a, b = claim_with(res, f"{now:,}"), claim_with(res, f"{then:,}")
    assert (a.period, a.found, a.verdict) == ("February 2026", now, "accurate")
    assert (b.period, b.found, b.verdict) == ("February 2025", then, "accurate")
    c = claim_with(res, f"{abs(round(z))}%")
    assert c.period == "February 2026" and c.verdict in HOLDS and abs(c.found - round(z, 1)) < 0.15


@pytest.mark.parametrize("span", ["In the three months to February", "Between December and February"])
def test_quarter_without_a_year_against_the_same_months(real_store, span):
    months = ["202512", "202601", "202602"]
    before = ["202412", "202501", "202502"]
    now, then = mps(months=months, major="ROBBERY", borough="Westminster"), \
        mps(months=before, major="ROBBERY", borough="Westminster")
    x = pct(now, then)
    text = (f"Westminster robbery\n\nWestminster recorded {mps(year=2025, borough='Westminster'):,} offences in 2025. "
            f"{span}, robbery {word(x, 'fell', 'rose')} by {abs(round(x))}% compared with a year earlier.")
    c = claim_with(check(real_store, text, "2026-03-19"), f"{abs(round(x))}%")
    assert c.period == "December 2025 to February 2026"
    assert c.verdict in HOLDS and abs(c.found - round(x, 1)) < 0.15


# ----------------------------------------------------------------------------- years named in the sentence
def test_from_a_to_b_binds_the_first_figure_to_the_year_before(real_store):
    a, b = mps(months=fy(2022), minor="HOMICIDE"), mps(months=fy(2023), minor="HOMICIDE")
    res = check(real_store, f"In the year ending March 2023, homicides fell from {a} to {b}.", "2023-07-20")
    counts = [c for c in res if c.claim.kind == "count"]
    assert [c.period for c in counts] == ["2021/22", "2022/23"]
    assert all(c.verdict in HOLDS for c in counts)


def test_from_figure_with_its_own_year_after_the_noun(real_store):
    a, b = mps(year=2022, major="ROBBERY"), mps(year=2025, major="ROBBERY")
    res = check(real_store, f"Robbery in London climbed from {a:,} offences in 2022 to {b:,} last year.", "2026-03-10")
    first = claim_with(res, f"{a:,}")
    assert first.period == "2022" and first.found == a and first.verdict == "accurate"


@pytest.mark.parametrize("true", [True, False])
def test_figure_noun_from_a_year_is_that_years_figure(real_store, true):
    n = unsolved_victims(2019)
    claimed = n if true else n + 9
    text = f"In 2020 the Met opened a new cold-case unit. Some {claimed} homicides from 2019 remain unsolved."
    c = one(check(real_store, text, "2026-03-20"), "count", key=str(claimed))
    assert c.period == "2019"
    assert c.found == n
    assert (c.verdict in HOLDS) is true, c.explanation


def test_figure_noun_since_a_year_is_the_total_since(real_store):
    months = [f"{y}{m:02d}" for y in (2024, 2025) for m in range(1, 13)] + ["202601", "202602"]
    total = mps(months=months, major="BURGLARY")
    text = f"There have been {total:,} burglaries in London since 2024."
    c = one(check(real_store, text, "2026-03-20"), "count")
    assert c.period.startswith("January 2024 to February 2026")
    assert c.found == total
    assert c.verdict == "accurate", c.explanation


# ----------------------------------------------------------------------------- baselines
def test_since_an_event_in_a_year_is_a_baseline_and_total_is_never_narrowed(real_store):
    now, then = mps(year=2023), mps(year=2016)
    shop = mps(year=2023, minor="SHOPLIFTING")
    text = (f"Recorded crime in London has risen by {round(abs(pct(now, then)))}% since Sadiq Khan became Mayor "
            f"in 2016.\n\nTotal offences reached {now:,} last year, she said, and shoplifting reached {shop:,}.")
    claims = check(real_store, text, "2024-04-20")
    c = one(claims, "change")
    assert c.period == "2023" and c.verdict in HOLDS, c.explanation
    c = next(c for c in claims if c.claimed == now)
    assert c.measure == "all_crime" and c.verdict in HOLDS, c.explanation


def test_last_year_alone_is_against_the_year_before_not_the_sentence_since(real_store):
    c = year_counts("ROBBERY", "Lewisham", (2024, 2025))
    p = round(100 * (c[2025] - c[2024]) / c[2024])
    w = "rose" if p >= 0 else "fell"
    text = (f"Burglary in Lewisham has changed little since 2013, while robbery {w} {abs(p)}% "
            f"last year alone.")
    got = one(check(real_store, text, "2026-03-15"), "change", f"{abs(p)}%")
    assert got.period == "2025" and got.verdict in ("accurate", "accurate_with_caveat"), got.explanation
    assert "2013" not in got.explanation


def test_year_on_year_is_against_the_year_before(real_store):
    c = year_counts("VEHICLE OFFENCES", "Croydon", (2013, 2024, 2025))
    wrong = round(100 * (c[2025] - c[2013]) / c[2013])
    right = round(100 * (c[2025] - c[2024]) / c[2024])
    if abs(wrong - right) < 3:
        pytest.skip(f"the two readings agree ({wrong}% since 2013, {right}% on 2024): nothing to tell apart")
    w = "up" if right >= 0 else "down"
    text = (f"Since 2013 Croydon has added new patrols, and in 2025 vehicle crime was {w} {abs(right)}% "
            f"year on year.")
    got = one(check(real_store, text, "2026-03-15"), "change", f"{abs(right)}%")
    assert got.verdict in ("accurate", "accurate_with_caveat"), got.explanation


def test_last_month_name_in_a_from_to_is_the_latest_such_month(real_store):
    dec, nov = mps(months=["202412"], major="BURGLARY", borough="Camden"), mps(months=["202511"], major="BURGLARY",
                                                                               borough="Camden")
    claims = check(real_store, f"Burglaries in Camden went from {dec} last December to {nov} in November.",
                   "2025-12-10")
    assert [(c.claim.claimed_text, c.period, c.verdict) for c in claims if c.claim.kind == "count"] == [
        (str(dec), "December 2024", "accurate"), (str(nov), "November 2025", "accurate")]


def test_a_month_of_last_year_is_that_month_not_the_year(real_store):
    now, then = mps(months=["202502"], major="BURGLARY"), mps(months=["202402"], major="BURGLARY")
    claims = check(real_store, f"In February, there were {now:,} burglaries across the capital, compared with "
                               f"{then:,} in February last year.", "2025-03-10")
    assert [(c.period, c.verdict) for c in claims if c.claim.kind == "count"] == [
        ("February 2025", "accurate"), ("February 2024", "accurate")]


def test_over_the_last_decade_is_against_ten_years_before(real_store):
    now, then = mps(year=2023, major="BURGLARY"), mps(year=2013, major="BURGLARY")
    word = "fallen by a third" if abs(now / then - 2 / 3) < 0.07 else "halved"
    c = one(check(real_store, f"Over the last decade, burglary in the capital has {word}.", "2024-03-10"), "ratio")
    assert c.claim.baseline_text == "10 years earlier" and abs(c.found - now / then) < 0.001


@pytest.mark.parametrize("text,label", [
    ("the summer of 2022", "June 2022 to August 2022"),
    ("winter 2023", "December 2022 to February 2023"),
    ("spring of 2021", "March 2021 to May 2021"),
])
def test_a_season_of_a_year_is_its_three_months(text, label):
    from crimestats.claims.extract._period_words import _period_raw

    p = _period_raw(text, date(2024, 5, 1))
    assert p is not None and p.label == label


def test_that_year_is_the_year_talked_about_not_a_baseline_year(real_store):
    from .raw import homicide_victims

    claims = check(real_store, "2019 was the deadliest year of the decade, the highest toll since 2008.\n"
                               f"Knife killings that year reached {homicide_victims(2019, Method_of_Killing='Knife or Sharp Implement')}.",
                   "2023-06-01")
    assert one(claims, "count", "that year").period == "2019"


def test_before_the_pandemic_is_against_2019(real_store):
    now, then = mps(year=2023, major="ROBBERY", borough="Southwark"), mps(year=2019, major="ROBBERY", borough="Southwark")
    c = one(check(real_store, "Robbery in Southwark in 2023 was 30% higher than before the pandemic.", "2024-03-20"),
            "change")
    assert c.claim.baseline_text == "2019" and abs(c.found - pct(now, then)) < 0.1


def test_up_on_last_year_with_no_period_is_the_latest_twelve_months(real_store):
    c = one(check(real_store, "Shoplifting is up 30% on last year in Croydon, according to police figures.",
                  "2024-03-20"), "change")
    assert c.period == "12 months to February 2024"


def test_since_a_year_there_have_been_is_a_total_since_then(real_store):
    c = one(check(real_store, "Since 2016 there have been over 1,000 homicides in London.", "2024-03-20"), "count")
    assert c.claim.period_text == "since 2016" and c.period.startswith("January 2016 to ")


def test_from_to_between_two_years_gives_each_figure_its_year(real_store):
    a, b = mps(year=2019, major="BURGLARY", borough="Camden"), mps(year=2020, major="BURGLARY", borough="Camden")
    claims = check(real_store, f"Burglary in Camden fell from {a:,} to {b:,} between 2019 and 2020.", "2024-03-20")
    assert [(c.period, c.verdict) for c in claims if c.claim.kind == "count"] == [("2019", "accurate"),
                                                                                   ("2020", "accurate")]


def test_compared_with_the_previous_month_is_the_month_before(real_store):
    c = one(check(real_store, "Burglary in Camden fell by 10% in January compared with the previous month.",
                  "2024-06-20"), "change")
    now, then = mps(months=["202401"], major="BURGLARY", borough="Camden"), mps(months=["202312"], major="BURGLARY",
                                                                               borough="Camden")
    assert abs(c.found - pct(now, then)) < 0.1


def test_a_bare_month_is_never_a_month_not_yet_over(real_store):
    text = "In January there were 78 burglaries in Bromley.\nIn December burglaries in Bromley fell."
    c = [c for c in check(real_store, text, "2026-03-21") if "December" in c.claim.text][0]
    assert c.period == "December 2025"


def test_this_winter_is_the_latest_winter_complete(real_store):
    c = one(check(real_store, "Burglaries in Bromley went up this winter.", "2026-03-21"), "direction")
    assert c.period == "December 2025 to February 2026"


def test_the_winter_before_is_the_same_season_a_year_earlier(real_store):
    c = [c for c in check(real_store, "In Bromley, burglaries this winter fell to 200, from 300 the winter before.",
                          "2026-03-21") if "300" in (c.claim.claimed_text or "")][0]
    assert c.period == "December 2024 to February 2025"


# ----------------------------------------------------------------------------- named episodes, fronted months, each month
LOCKDOWN_1 = [f"2020{m:02d}" for m in (4, 5, 6)]


def test_a_named_lockdown_is_its_months_against_the_same_months_a_year_earlier(real_store):
    now = mps(months=LOCKDOWN_1, major="BURGLARY")
    then = mps(months=[m.replace("2020", "2019") for m in LOCKDOWN_1], major="BURGLARY")
    for name in ("the first lockdown", "the 2020 lockdown", "lockdown", "the first Covid lockdown"):
        c = one(check(real_store, f"Burglary in London fell by {abs(pct(now, then)):.0f}% during {name}.",
                      "2026-02-15"), "change")
        assert c.period == "April 2020 to June 2020" and c.verdict in HOLDS, name
    nov = mps(months=["202011"], major="ROBBERY"), mps(months=["201911"], major="ROBBERY")
    c = one(check(real_store, f"Robbery fell {abs(pct(*nov)):.1f}% in the November lockdown.", "2026-02-15"), "change")
    assert c.period == "November 2020" and c.verdict in HOLDS


def test_a_capitalised_last_month_fronting_the_sentence_is_the_period(real_store):
    n = mps(months=["202503"], major="ROBBERY", borough="Enfield")
    c = one(check(real_store, f"Last March, robbery in Enfield reached {n} offences.", "2026-02-15"), "count")
    assert c.period == "March 2025" and c.found == n and c.verdict == "accurate"


def test_a_direction_in_each_month_holds_only_if_every_month_moved_that_way(real_store):
    """'rose in each month of <year>': every month against the same month a year earlier; a miss is named."""
    def months_up(major: str, borough: str, year: int) -> list[bool]:
        return [mps(months=[f"{year}{m:02d}"], major=major, borough=borough)
                > mps(months=[f"{year - 1}{m:02d}"], major=major, borough=borough) for m in range(1, 13)]
    up = months_up("ROBBERY", "Newham", 2023)
    c = one(check(real_store, "Robbery in Newham rose in each month of 2023 compared with the same month a year "
                              "earlier.", "2026-02-15"), "direction")
    assert c.period == "2023" and c.verdict == ("accurate" if all(up) else "inaccurate")
    if not all(up):
        first = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"][up.index(False)]
        assert f"{first} 2023" in c.explanation


def test_a_month_named_with_its_year_beats_the_lockdown_it_fell_in(real_store):
    now, then = mps(months=["202004"]), mps(months=["201904"])
    c = one(check(real_store, f"In April 2020, the first full month of lockdown, recorded crime in London fell by "
                              f"{abs(pct(now, then)):.0f}% compared with April 2019.", "2026-01-15"), "change")
    assert c.period == "April 2020" and c.verdict in HOLDS


def test_last_month_name_said_the_month_after_is_a_year_back(real_store):
    """Said in February, 'last January' is January of the year before (the month just gone is 'last month')."""
    n = mps(months=["202501"], borough="Westminster")
    c = claim_with(check(real_store, f"Westminster recorded {n:,} crimes last January.", "2026-02-20"), f"{n:,}")
    assert c.period == "January 2025" and c.verdict == "accurate"


def test_a_total_between_two_years_is_the_whole_span(real_store):
    from .raw import victims_by_year
    women = sum(v for y, v in victims_by_year(Sex="Female").items() if 2003 <= y <= 2022)
    c = one(check(real_store, f"Between 2003 and 2022, {women} women and girls were killed in London.", "2023-06-01"),
            "count")
    assert c.period == "January 2003 to December 2022" and c.found == women and c.verdict == "accurate"


def test_no_period_named_and_a_financial_year_series_takes_the_latest_financial_year(real_store):
    """The ONS knife series by force is published by financial year: 'almost N' said in August is last year's."""
    from .raw import met_knife_fy
    n = met_knife_fy(2020)
    c = one(check(real_store, f"Knife crime in London rose to almost {round(n, -3):,.0f} offences, according to the ONS.",
                  "2020-08-03"), "count")
    assert c.period == "2019/20" and c.found == n


# ----------------------------------------------------------------------------- a year still being published
def test_a_year_written_about_before_its_last_months_were_published_reads_as_the_months_out(real_store):
    """Written in January, 'in 2022' can only mean the months published by then: a force's street files end in
    November, so the claim is read as January to November and says so; long after, the gap is a gap."""
    from .raw import force_street_count
    n = force_street_count("cumbria", "Burglary")
    c = one(check(real_store, f"Cumbria Police recorded {n:,} burglaries in 2022.", "2023-01-12"), "count")
    assert c.verdict in HOLDS and c.found == n and c.period == "January 2022 to November 2022"
    assert "months published" in c.explanation
    c = one(check(real_store, f"Cumbria Police recorded {n + n // 5:,} burglaries in 2022.", "2023-01-12"), "count")
    assert c.verdict == "inaccurate"
    late = one(check(real_store, f"Cumbria Police recorded {n:,} burglaries in 2022.", "2024-06-01"), "count")
    assert late.verdict == "unverifiable" and late.found is None


def test_two_forces_compared_over_a_year_still_being_published(real_store):
    from .raw import force_street_count
    cu, dp = force_street_count("cumbria", "Drugs"), force_street_count("dyfed-powys", "Drugs")
    c = one(check(real_store, "Cumbria recorded more drug offences than Dyfed-Powys in 2022.", "2023-01-20"))
    assert c.period == "January 2022 to November 2022"
    assert (c.verdict in HOLDS) == (cu > dp)


def test_a_total_from_one_month_to_another_is_over_the_months_between(real_store):
    """'N offences from <month> to <month> <year>' is a total over those months, not a change between them."""
    from .raw import force_street_count
    n = force_street_count("south-wales", "Robbery")
    c = one(check(real_store, f"South Wales Police dealt with more than {n + 200:,} robberies from January to "
                              "November 2022.", "2023-02-20"), "count")
    assert c.period == "January 2022 to November 2022" and c.found == n and c.verdict == "inaccurate"


@pytest.mark.parametrize("borough", ["Lambeth", "Croydon"])
def test_a_period_named_by_an_opening_line_without_a_claim_carries(real_store, borough):
    """'Let's go through the burglary figures for 2023/24.' names no claim, but it is what the next lines are about."""
    n = mps(months=fy(2024), major="BURGLARY", borough=borough)
    text = (f"PRESENTER: Let's go through the burglary figures for 2023/24 that the Met put out.\n"
            f"PRESENTER: {borough} had {n:,} burglaries.")
    c = one(check(real_store, text, "2024-09-01"), "count")
    assert c.period == "2023/24" and c.verdict in HOLDS, c.explanation


@pytest.mark.parametrize("name, months", [
    ("the 2021 lockdowns", [f"2021{m:02d}" for m in (1, 2, 3)]),
    ("the lockdowns", [f"2020{m:02d}" for m in range(4, 13)] + [f"2021{m:02d}" for m in (1, 2, 3)]),
])
def test_lockdowns_in_the_plural_are_their_months(real_store, name, months):
    now = mps(months=months, major="BURGLARY")
    then = mps(months=[str(int(m) - 100) for m in months], major="BURGLARY")
    c = one(check(real_store, f"Burglary in London fell by {abs(pct(now, then)):.0f}% during {name}.", "2026-02-15"),
            "change")
    assert c.verdict in HOLDS, c.explanation


def test_a_quarter_against_the_same_quarter_named_after_than(real_store):
    now = mps(months=["202504", "202505", "202506"], major="ROBBERY", borough="Lambeth")
    then = mps(months=["202404", "202405", "202406"], major="ROBBERY", borough="Lambeth")
    c = one(check(real_store, "Robbery in Lambeth was higher in Q2 2025 than in Q2 2024.", "2025-10-20"), "direction")
    assert c.period == "Q2 2025" and (c.verdict in HOLDS) is (now > then), c.explanation


# ----------------------------------------------------------------------------- a month singled out of its year
def test_a_month_said_alone_hands_on_its_year_to_the_whole_year_lines_after_it(real_store):
    """'N in <month> alone' singles a month out; 'over the whole year' and 'N% lower than <year>' after it
    are about the calendar year, not that month."""
    nov = mps(months=["202511"], major="BURGLARY", borough="Bexley")
    burglary = pct(mps(year=2025, major="BURGLARY", borough="Bexley"), mps(year=2024, major="BURGLARY", borough="Bexley"))
    robbery = pct(mps(year=2025, major="ROBBERY", borough="Bexley"), mps(year=2024, major="ROBBERY", borough="Bexley"))
    text = (f"Burglars struck {nov} homes in Bexley in November 2025 alone. Over the whole year, burglary was "
            f"{'down' if burglary < 0 else 'up'} {abs(round(burglary))}%. Robbery was {abs(round(robbery))}% "
            f"{'lower' if robbery < 0 else 'higher'} than 2024.")
    claims = check(real_store, text, "2026-02-01")
    assert claim_with(claims, str(nov)).period == "November 2025"
    whole = claim_with(claims, f"{abs(round(burglary))}%")
    assert whole.period == "2025" and whole.verdict in HOLDS, whole.explanation
    against_year = claim_with(claims, f"{abs(round(robbery))}%")
    assert against_year.period == "2025" and against_year.verdict in HOLDS, against_year.explanation


def test_a_month_without_alone_still_carries_as_the_month(real_store):
    """Without 'alone' or a whole-year phrase, the next line's change stays on the month carried."""
    claims = check(real_store, "Burglars struck homes in Bexley 90 times in November 2025. Robbery was down 10%.",
                   "2026-02-01")
    assert claim_with(claims, "10%").period == "November 2025"


def test_the_last_months_of_a_year_against_the_same_quarter_before(real_store):
    """'In the last three months of <year>, <crime> fell by N% compared with the same quarter of <year-1>'."""
    q4 = [f"2025{m}" for m in ("10", "11", "12")]
    now = mps(months=q4, major="ROBBERY", borough="Islington")
    then = mps(months=[m.replace("2025", "2024") for m in q4], major="ROBBERY", borough="Islington")
    ch = pct(now, then)
    text = (f"In Islington, in the last three months of 2025, robbery {'fell' if ch < 0 else 'rose'} by "
            f"{abs(ch):.0f}% compared with the same quarter of 2024.")
    c = one(check(real_store, text, "2026-03-20"), "change")
    assert c.period == "October 2025 to December 2025" and c.verdict in HOLDS, c.explanation


def test_a_change_between_two_months_without_a_year_and_its_from_to_figures(real_store):
    """'<crime> in <force> rose N% between <month> and <month>, from A to B' in an article about one year of a
    force's street files: the two months of that year, not the months against the year before."""
    from .raw import force_street_count
    feb = force_street_count("cumbria", "Shoplifting", months=range(2, 3))
    sep = force_street_count("cumbria", "Shoplifting", months=range(9, 10))
    ch = pct(sep, feb)
    text = (f"Cumbria Police recorded crimes all through 2022. Shoplifting in Cumbria "
            f"{'rose' if ch > 0 else 'fell'} by {abs(ch):.0f}% between February and September, from {feb} to {sep}.")
    got = check(real_store, text, "2023-01-20")
    c = one(got, "change")
    assert (c.period, c.verdict) == ("September 2022", "accurate"), c.explanation
    counts = [k for k in got if k.claim.kind == "count" and k.claimed in (feb, sep)]
    assert [(k.period, k.found) for k in counts] == [("February 2022", feb), ("September 2022", sep)]


def test_the_first_months_of_a_named_episode(real_store):
    """'<crime> fell by N% during the first two months of lockdown': the episode's first two months, against the
    same months a year before."""
    now = mps(months=["202004", "202005"], major="ROBBERY")
    then = mps(months=["201904", "201905"], major="ROBBERY")
    text = f"Robbery in London fell by {abs(pct(now, then)):.0f}% during the first two months of lockdown."
    c = one(check(real_store, text, "2021-06-01"), "change")
    assert c.period == "April 2020 to May 2020" and c.verdict in HOLDS, c.explanation


def test_the_past_n_months(real_store):
    """'Over the past three months, <crime> rose N% year on year': the three months to the last complete month,
    against the same months a year before."""
    months = ["202512", "202601", "202602"]
    now = mps(months=months, minor="SHOPLIFTING", borough="Brent")
    then = mps(months=[str(int(m) - 100) for m in months], minor="SHOPLIFTING", borough="Brent")
    ch = pct(now, then)
    text = (f"Over the past three months, shoplifting in Brent {'rose' if ch > 0 else 'fell'} {abs(ch):.0f}% "
            "year on year.")
    c = one(check(real_store, text, "2026-03-20"), "change")
    assert c.period == "December 2025 to February 2026" and c.verdict in HOLDS, c.explanation



def test_a_year_or_month_total_of_n_is_that_periods_figure(real_store):
    y2019 = mps(year=2019, borough="Lewisham")
    got = check(real_store, f"Police in Lewisham recorded {mps(year=2023, borough='Lewisham'):,} crimes in 2023, "
                            f"short of the borough's 2019 total of {y2019:,}, the worst year since the series began.",
                "2024-03-01")
    c = claim_with(got, f"{y2019:,}")
    assert c.claim.kind == "count" and c.period == "2019" and c.verdict in HOLDS, c.explanation
    rec = one(got, "record")
    assert rec.period == "2019", rec.explanation


def test_a_months_total_of_n_is_that_month(real_store):
    jan = mps(months=["202401"], borough="Merton")
    c = claim_with(check(real_store, f"In February police recorded crimes in Merton; January's total of {jan:,} was "
                                     "higher than a year before.", "2024-03-25"), f"{jan:,}")
    assert c.period == "January 2024" and c.verdict in HOLDS, c.explanation


def test_that_rise_of_n_is_the_change_just_given(real_store):
    a, b = mps(year=2022, borough="Lewisham"), mps(year=2023, borough="Lewisham")
    pct = round(100 * (b - a) / a)
    got = check(real_store, f"Lewisham recorded {b:,} crimes in 2023, against {a:,} in 2022. That rise of about "
                            f"{pct}% leaves it close to its 2019 total.", "2024-03-01")
    c = one(got, "change")
    assert c.verdict in HOLDS and "2022" in c.explanation, c.explanation


def test_rolling_twelve_months_and_the_whole_of_a_year_are_periods(real_store):
    c = one(check(real_store, "Over the last twelve months crime in Barnet was up 4% on the previous twelve.", "2024-06-01"),
            "change")
    assert c.period == "12 months to May 2024", c.explanation
    c = one(check(real_store, "For the whole of 2023 robbery in Ealing was roughly the same as in 2022.", "2024-06-01"))
    assert c.period == "2023", c.explanation


def test_down_on_last_month_name_is_against_that_month(real_store):
    now, then = (mps(months=[m], major="BURGLARY", borough="Harrow") for m in ("202403", "202303"))
    got = check(real_store, "In March police recorded crimes in Harrow. Burglaries were also down on last March.",
                "2024-04-20")
    c = one(got, "direction")
    assert c.period == "March 2024" and (c.verdict in HOLDS) == (now < then), c.explanation


def test_offences_in_that_category_are_the_crime_just_named(real_store):
    theft = mps(year=2023, major="THEFT", borough="Islington")
    c = claim_with(check(real_store, f"Islington recorded more crime in 2023. Theft drove the increase. Offences in "
                                     f"that category reached {theft:,}.", "2024-03-01"), f"{theft:,}")
    assert c.measure == "theft" and c.verdict in HOLDS, c.explanation


def test_a_fraction_change_from_one_years_figure_to_anothers(real_store):
    a, b = london_victims(2004), london_victims(2022)
    got = check(real_store, f"The number of people killed in London fell by a third, from {a} victims in 2004 to {b} "
                            "in 2022.", "2023-06-01")
    r = one(got, "ratio")
    assert "2004" in r.explanation and "2022" in r.explanation, r.explanation
    assert [k.claim.kind for k in got].count("change") == 0
    assert claim_with(got, str(a)).period == "2004"


def test_a_year_then_with_n_binds_the_figure_and_a_record_after_it():
    """'the worst recent year was <year>, with N <victims>, the most since <year>': N and the record are that year's."""
    got = extract_claims("The low point came in 2012, when 97 people lost their lives; the worst recent year was "
                         "2017, with 133 victims, the most since 2008.")
    by_text = {c.claimed_text: c for c in got}
    assert by_text["133"].period_text == "2017" and by_text["97"].period_text == "2012"
    assert [c.period_text for c in got if c.kind == "record" and c.since_text] == ["2017"]


def test_over_the_summer_is_the_latest_summer():
    from datetime import date as _date

    from crimestats.claims.extract._period_words import _period
    p = _period("the summer", _date(2025, 10, 1))
    assert p is not None and p.label == "June 2025 to August 2025"
    got = extract_claims("Robbery in Hackney rose by 8% over the summer.")
    assert got and got[0].period_text == "the summer"


def test_figures_published_this_month_are_not_this_months():
    """'according to figures published this month' dates the release; the figures' period is the year named."""
    got = extract_claims("Police recorded 24,000 crimes in Harrow in 2023, down 3% on 2022, according to figures "
                         "published this month.")
    assert {c.period_text for c in got} == {"in 2023"}, [(c.kind, c.period_text) for c in got]
    got = extract_claims("Burglary in Harrow rose this month, according to figures released last week.")
    assert got and got[0].period_text == "this month"


def test_an_episode_after_which_a_change_is_measured_is_not_the_period():
    """'fell by a third after a spike in <year>': the change has the text's period; the spike keeps its own year and
    hands it on to no later sentence."""
    got = extract_claims("Theft in Brent fell by a third after a spike in 2022.")
    change = next(c for c in got if c.kind in ("change", "ratio"))
    spike = next(c for c in got if c.kind == "direction")
    assert change.period_text is None
    assert spike.period_text == "2022" and spike.subject == "when" and spike.baseline_text is None


def test_figures_from_one_month_to_another_take_their_own_months():
    got = [c for c in extract_claims("Robbery fell this year, from 320 offences in February to 280 in October.")
           if c.kind == "count"]
    assert [(c.claimed_text, c.period_text) for c in got] == [("320", "February"), ("280", "October")]


def test_a_month_as_its_clause_subject_is_that_claims_month(real_store):
    text = ("Burglary in Camden fell in 2023, from 200 offences in January to 150 in December, and June saw just "
            f"{mps(months=['202306'], major='BURGLARY', borough='Camden')}.")
    c = claim_with(check(real_store, text, "2024-02-01"), "June saw")
    assert c.period == "June 2023" and c.verdict in HOLDS, c.explanation


def test_a_rolling_twelve_months_is_a_period_not_a_run_of_falls():
    got = extract_claims("Crime in Sutton fell in the twelve months to March.")
    assert [c.kind for c in got] == ["direction"] and not got[0].streak


def test_a_year_set_against_a_financial_year_series_is_the_year_to_march(real_store):
    now, then = ons_knife("knifecrime_polices.csv", "Merseyside", 2020), ons_knife("knifecrime_polices.csv", "Merseyside", 2016)
    text = (f"In the year to March 2020 Merseyside recorded {now} knife crime offences, "
            f"{'double' if 1.9 <= now / then <= 2.1 else 'three times'} what it was in 2016.")
    c = one(check(real_store, text, "2020-11-05"), "ratio")
    assert c.verdict == ("accurate" if 1.9 <= now / then <= 2.1 else "inaccurate")
    assert "2015/16" in c.explanation


def test_a_total_since_a_year_in_a_yearly_series_is_its_whole_years(real_store):
    total = sum(n for y, n in victims_by_year(Sex="Female").items() if 2003 <= y <= 2022)
    text = f"Since 2003, more than {total - 10} women have been victims of homicide in London."
    c = one(check(real_store, text, "2023-03-08"), "count")
    assert c.period == "January 2003 to December 2022" and c.found == total and c.verdict == "accurate"


def test_a_year_in_an_aside_about_a_place_is_the_asides_own():
    """'<borough>, the worst borough in <year>, saw ...': the aside is a ranking for that year; the sentence's change
    keeps the text's period."""
    got = extract_claims("Lambeth, the worst borough in 2024, saw its knife crime fall by a third.")
    rank = next(c for c in got if c.kind == "comparison")
    change = next(c for c in got if c.kind == "ratio")
    assert (rank.rank, rank.period_text, rank.subject) == (1, "2024", "when")
    assert change.period_text is None


def test_a_later_statements_own_period_is_not_handed_back():
    got = extract_claims("We recorded 1,200 drug offences; from January to June we recorded more burglaries than South Wales.")
    count = next(c for c in got if c.kind == "count")
    assert count.period_text is None, count.period_text
    got = extract_claims("Robbery fell for the first time in four years, and theft was down by more than 1,000 offences.")
    diff = next(c for c in got if c.kind == "change")
    assert diff.baseline_text is None, diff.baseline_text
    got = extract_claims("Stalking rose by about 10%, but it has almost doubled since 2015.")
    first = next(c for c in got if c.kind == "change")
    assert first.baseline_text is None and first.period_text is None


def test_a_from_to_pair_after_a_change_keeps_the_changes_years():
    got = extract_claims("Killings roughly halved over the period, from 200 victims in 2004 to 100 in 2021.")
    ratio = next(c for c in got if c.kind == "ratio")
    assert (ratio.period_text, ratio.baseline_text) == ("2021", "2004")


def test_a_change_between_two_months_does_not_move_the_texts_period(real_store):
    from .raw import force_street_count
    n = force_street_count("dyfed-powys", "Shoplifting")
    text = ("Dyfed-Powys recorded 47,000 crimes and incidents between January and November last year.\n"
            "In Dyfed-Powys the monthly total rose by more than a tenth between January and August.\n"
            f"Shoplifting in Dyfed-Powys came to {n:,} offences.")
    c = claim_with(check(real_store, text, "2023-01-25"), f"{n:,}")
    assert c.period == "January 2022 to November 2022" and c.verdict in HOLDS, c.explanation


def test_a_financial_year_in_one_sentence_of_a_calendar_year_text_is_its_own(real_store):
    now = mps(year=2025, borough="Southwark")
    text = ("Crime in Lambeth fell last year.\nIn the 2024/25 financial year Lambeth recorded more knife crime than any "
            f"other borough.\nNext door in Southwark, total crime came to {now:,}.")
    c = claim_with(check(real_store, text, "2026-03-20"), f"{now:,}")
    assert c.period == "2025" and c.verdict in HOLDS, c.explanation
