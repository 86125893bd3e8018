"""Context carried across clauses and sentences: the place, period, crime and baseline a claim is
about when its own clause does not say — and when they must not carry (a borough named in passing, a
publication year, a new subject, a different victims' group).

Every sentence is rendered from figures read from the raw files (``raw.py``: pyarrow / csv, never
crimestats), so a wrong reading of the data fails the test.
"""

from __future__ import annotations

import pytest

from crimestats import check_text

from .raw import busiest_borough_2025, fy, gla_pop, homicide_victims, mps, pct, victims_by_age, year_counts
from .support import HOLDS, check, claim_with, one


def word(change: float, down: str = "down", up: str = "up") -> str:
    return down if change < 0 else up


# ----------------------------------------------------------------------------- place carried (or not)
def test_context_carries_area_and_measure_between_sentences(real_store):
    text = ("Recent figures from Ilford showed a rise in robbery. "
            "It said there had been 71 arrests for robbery since November.")
    res = check_text(real_store, text=text, as_of="2023-01-06")
    arrests = [c for c in res.claims if "71" in c.claim.text][0]
    assert arrests.area == "Redbridge" and "Ilford" in arrests.explanation
    assert arrests.period == "November 2022 to December 2022"


def test_carried_over_place_that_fails_is_retried_for_london(real_store):
    """The article's place (Haringey) stays the place judged; that London would fit is only said."""
    vwi = mps(year=2024, minor="VIOLENCE WITH INJURY")
    res = check(real_store, "Crime in Haringey rose in 2024.\nViolence with injury fell to "
                            f"{vwi:,} offences in 2024.", "2025-01-20")
    c = one(res, "count")
    assert c.area == "Haringey" and c.verdict == "inaccurate" and "London as a whole" in c.explanation


def test_borough_named_in_passing_does_not_carry_to_a_new_subject(real_store):
    """A London article mentions Camden once; the next sentence, about another crime, is London's."""
    rob, cam = mps(year=2025, major="ROBBERY"), mps(year=2025, major="ROBBERY", borough="Camden")
    bur = mps(year=2025, major="BURGLARY")
    text = (f"Robbery in the capital: the figures\n\nRobbery fell to {rob:,} offences last year.\n\n"
            f"Camden alone logged {cam:,} robberies in 2025.\n\nBurglaries totalled {bur:,}.")
    c = claim_with(check(real_store, text, "2026-03-10"), f"{bur:,}")
    assert c.area.startswith("London") and c.verdict == "accurate" and c.found == bur


def test_the_borough_points_back_past_a_scope_mention_of_london(real_store):
    """'in the borough ... than any other area of London': the borough, not London."""
    n = mps(year=2025, minor="HOMICIDE", borough="Croydon")
    text = (f"Croydon: a year of violence\n\nCroydon recorded {mps(year=2025, borough='Croydon'):,} crimes in 2025.\n\n"
            f"There were {n} homicide offences in the borough in 2025, a heavier toll than any other area of London.")
    c = claim_with(check(real_store, text, "2026-03-10"), f"There were {n}")
    assert c.area == "Croydon" and c.found == n and c.verdict == "accurate"


def test_article_place_is_judged_even_when_london_would_fit(real_store):
    """A Sutton round-up: a change that fits London but not Sutton stays judged for Sutton."""
    lon = pct(mps(year=2025, minor="SHOPLIFTING"), mps(year=2024, minor="SHOPLIFTING"))
    sut = pct(mps(year=2025, minor="SHOPLIFTING", borough="Sutton"),
              mps(year=2024, minor="SHOPLIFTING", borough="Sutton"))
    claimed = round(abs(lon))
    text = (f"Sutton crime round-up\n\nSutton recorded {mps(year=2025, borough='Sutton'):,} offences in 2025.\n\n"
            f"Shoplifting went {'up' if lon > 0 else 'down'} {claimed}% last year.")
    c = claim_with(check(real_store, text, "2026-03-10"), f"{claimed}%")
    assert c.area == "Sutton"
    holds_for_sutton = round(abs(sut)) == claimed and (sut > 0) == (lon > 0)
    assert c.verdict == ("accurate" if holds_for_sutton else "inaccurate")
    if not holds_for_sutton:
        assert "London as a whole" in c.explanation


def test_a_boroughs_rate_set_against_the_london_average_stays_the_boroughs(real_store):
    total = mps(months=fy(2025), borough="Camden")
    rate = total / gla_pop("Camden", 2024) * 1000
    text = (f"Camden community safety assessment\n\nCamden recorded {total:,} offences in 2024/25. "
            f"The crime rate, at {round(rate)} offences per 1,000 residents, is well above the London average.")
    c = claim_with(check(real_store, text, "2026-03-19"), f"{round(rate)} offences per 1,000")
    assert c.area == "Camden" and c.kind == "rate"
    assert abs(c.found - rate) < 1.5 and c.verdict in HOLDS


# ----------------------------------------------------------------------------- period carried (or not)
def test_latest_period_of_a_sentence_carries_on(real_store):
    """'... last year, while ... in 2023.  Arson reached N.' -> N is for last year (2025)."""
    ars = mps(year=2025, major="ARSON AND CRIMINAL DAMAGE", minor="ARSON")
    text = ("London crime, 2025\n\nRobbery rose last year, while burglary fell in 2023.\n\n"
            f"Arson reached {ars:,} offences.")
    c = claim_with(check(real_store, text, "2026-03-10"), f"{ars:,}")
    assert c.period == "2025" and c.verdict == "accurate"


def test_twelve_months_to_a_month_without_year_carries_through_the_article(real_store):
    now_m = [f"2024{m:02d}" for m in range(10, 13)] + [f"2025{m:02d}" for m in range(1, 10)]
    prev_m = [str(int(m) - 100) for m in now_m]
    rob, rob0 = (mps(months=ms, major="ROBBERY", borough="Lambeth") for ms in (now_m, prev_m))
    burg, burg0 = (mps(months=ms, major="BURGLARY", borough="Lambeth") for ms in (now_m, prev_m))
    allc, allc0 = (mps(months=ms, borough="Lambeth") for ms in (now_m, prev_m))
    text = (f"Figures for the 12 months to September show robbery in Lambeth fell by {round(abs(pct(rob, rob0)))}%, "
            f"with {rob:,} offences recorded.\n\nBurglary was also down, by around {round(abs(pct(burg, burg0)))}%.\n\n"
            f"Overall, recorded crime in the borough was {allc:,} offences, compared with {allc0:,} in the "
            "previous 12 months.")
    claims = check(real_store, text, "2025-10-25")
    assert all(c.period in ("12 months to September 2025", "12 months to September 2024") for c in claims), \
        [(c.claim.text, c.period) for c in claims]
    assert one(claims, "change", "fell by").verdict in HOLDS
    c = one(claims, "change", "around")          # direction named before the figure's clause
    assert c.claimed < 0 and c.verdict in HOLDS, c.explanation
    c = next(c for c in claims if c.claimed == allc0)
    assert c.period == "12 months to September 2024" and c.verdict in HOLDS, c.explanation


def test_the_same_year_is_the_year_the_sentence_before_named(real_store):
    text = ("Knife crime by force.\n\nIn 2018/19 forces across England reported big rises in knife crime.\n\n"
            "Northumbria's figure roughly tripled in the same year.")
    c = one(check(real_store, text, "2020-09-01"), key="tripled")
    assert c.period == "2018/19"


def test_published_year_is_not_the_period_and_does_not_carry(real_store):
    name, n = busiest_borough_2025("ROBBERY")
    claims = check(real_store, f"{name} robbery in 2025.\nFigures released in 2026 showed {n:,} robberies "
                               f"in {name} in 2025.\nThe borough's robbery total was {n:,}.\n", "2026-12-01")
    got = [c for c in claims if c.kind == "count" and c.claimed == n]
    assert len(got) == 2 and all(c.period == "2025" for c in got), [(c.period) for c in got]


def test_baselines_after_on_and_peak_of_keep_the_articles_year(real_store):
    """'X% down on 2024, and Y% below the 2019 level of N': both about 2025, and the next sentence too."""
    b = {y: mps(year=y, major="BURGLARY", borough="Lambeth") for y in (2019, 2024, 2025)}
    r25, r24 = mps(year=2025, major="ROBBERY", borough="Lambeth"), mps(year=2024, major="ROBBERY", borough="Lambeth")
    x, y, z = pct(b[2025], b[2024]), pct(b[2025], b[2019]), pct(r25, r24)
    text = (f"Lambeth burglary falls\n\nLambeth recorded {b[2025]:,} burglaries last year.\n\n"
            f"That is {abs(round(x))}% {word(x, 'down', 'up')} on 2024, and {abs(round(y))}% "
            f"{word(y, 'lower', 'higher')} than the peak of {b[2019]:,} in 2019.\n\n"
            f"Robbery {word(z, 'fell', 'rose')} by {abs(round(z))}%.")
    res = check(real_store, text, "2026-03-19")
    c1, c2 = claim_with(res, f"{abs(round(x))}%"), claim_with(res, f"{abs(round(y))}%")
    assert c1.period == c2.period == "2025"
    assert c1.verdict in HOLDS and c2.verdict in HOLDS
    assert abs(c2.found - round(y, 1)) < 0.15
    c3 = claim_with(res, f"{abs(round(z))}%")
    assert c3.period == "2025" and c3.verdict in HOLDS and abs(c3.found - round(z, 1)) < 0.15


# ----------------------------------------------------------------------------- crime and group carried (or not)
def test_a_qualifier_narrows_homicide_victims_named_earlier(real_store):
    total, women = homicide_victims(2022), homicide_victims(2022, Sex="Female")
    child = homicide_victims(2022, Age_Group="Child")
    text = (f"Of the {total} people who were victims of homicide in London in 2022, {women} were women and girls.\n\n"
            f"{child + 1} of the victims were children.")
    claims = check(real_store, text, "2023-02-01")
    c = next(c for c in claims if c.claimed == women)
    assert c.measure == "female_homicide_victims" and c.verdict in HOLDS, c.explanation
    c = next(c for c in claims if c.claimed == child + 1)
    assert c.measure == "child_homicide_victims" and c.verdict == "inaccurate", c.explanation


def test_older_victims_are_their_own_band_not_the_previous_sentences_children(real_store):
    kids, old = victims_by_age("Child"), victims_by_age("Elderly")
    year = max(y for y in old if y in kids and y - 1 in old)
    text = (f"In {year}, {kids[year]} children were among the people killed in London.\n"
            f"Older victims numbered {old[year]} that year, against {old[year - 1]} in {year - 1}.\n")
    res = check(real_store, text, f"{year + 1}-06-01")
    got = one(res, "count", f"{old[year]}")
    assert got.measure == "elderly_homicide_victims" and got.verdict in ("accurate", "accurate_with_caveat"), \
        got.explanation
    child = one(res, "count", f"{kids[year]}")
    assert child.measure == "child_homicide_victims"


def test_carried_stop_search_part_is_re_read_from_its_own_clause(real_store):
    text = ("Stop and search in London in the first three months of 2018.\n\n"
            "Only about one in six searches resulted in an arrest.\n\n"
            "Roughly 70% of them ended with no further action.")
    nfa = one(check(real_store, text, "2018-06-01"), key="no further action")
    assert nfa.measure == "stop_search_no_further_action"


def test_fraud_reports_from_businesses_do_not_inherit_the_previous_measure(real_store):
    c = year_counts("BURGLARY", "Hackney", (2025,))
    text = (f"Hackney recorded {c[2025]:,} burglaries in 2025.\n"
            "Action Fraud logged more than 2,300 reports from local firms over the same year.\n"
            "The borough's fraud squad said scams against small businesses rose 12%.\n")
    res = check(real_store, text, "2026-03-15")
    burg = one(res, "count", f"{c[2025]:,}")
    assert burg.verdict in ("accurate", "accurate_with_caveat")
    for frag in ("2,300", "12%"):
        got = one(res, key=frag)
        assert got.verdict == "unverifiable" and got.measure != "burglary", (frag, got.explanation)


def test_the_force_named_as_keeper_of_the_records_is_not_the_place(real_store):
    """'..., the highest figure since the Met's current records began': the Met keeps the series; the
    sentence goes on about the borough of the sentence before."""
    shop = mps(year=2025, minor="SHOPLIFTING", borough="Westminster")
    text = ("Theft from the person in Westminster fell last year.\n"
            f"Shoplifting went the other way, rising to {shop:,}, the highest figure since the Met's current "
            "records began.")
    c = claim_with(check(real_store, text, "2026-03-20"), f"{shop:,}")
    assert c.area == "Westminster" and c.verdict in HOLDS, c.explanation


def test_a_wider_crime_word_goes_on_with_the_articles_narrower_crime(real_store):

    bikes = mps(year=2023, major="THEFT", minor="BICYCLE THEFT", borough="Camden")
    claims = check(real_store, "Bike theft in London fell in 2023.\n"
                               f"In Camden, {bikes:,} thefts were recorded that year.", "2024-02-01")
    c = one(claims, "count")
    assert (c.measure, c.verdict) == ("bicycle_theft", "accurate")
    claims = check(real_store, "Bike theft in London fell in 2023.\n"
                               f"In Camden, all thefts together came to {bikes:,} that year.", "2024-02-01")
    assert one(claims, "count").measure == "theft"     # 'all thefts': the whole, not the article's crime


def test_the_force_that_publishes_the_figures_is_not_the_place(real_store):
    """'according to the Met's monthly figures' names the publisher; the article's borough stays. A town
    after 'figures from' is still the place the figures are about."""
    claims = check(real_store, "Burglary in Camden fell in 2023.\nKnife crime fell by 5% on 2022, according to the "
                               "Met's monthly figures.", "2024-02-01")
    assert one(claims, key="Knife crime").area == "Camden"


def test_a_share_of_the_capital_after_the_borough_is_the_boroughs_part(real_store):
    share = mps(year=2023, borough="Camden") / mps(year=2023) * 100
    claims = check(real_store, "Burglary in Camden rose in 2023.\nOverall, crime in the borough came to "
                               f"{mps(year=2023, borough='Camden'):,} offences, about one in {round(100 / share)} "
                               "of all the crimes recorded in the capital.", "2024-02-01")
    c = one(claims, "share")
    assert c.area == "Camden" and abs(c.found - share) < 0.1


def test_a_full_category_name_is_never_narrowed_to_the_articles_crime(real_store):
    vap = mps(year=2023, major="VIOLENCE AGAINST THE PERSON")
    claims = check(real_store, "Homicides in London fell in 2023.\n"
                               f"Violence against the person in London came to {vap:,} offences in 2023.", "2024-02-01")
    c = one(claims, "count")
    assert (c.measure, c.verdict) == ("violence_against_the_person", "accurate")


def test_a_headline_with_no_period_takes_the_one_its_first_lines_name(real_store):
    claims = check(real_store, "Camden welcomes fall in burglary\nBurglary in Camden fell in the year to February "
                               "2026, new figures show.", "2026-03-20")
    assert [c.period for c in claims] == ["12 months to February 2026", "12 months to February 2026"]


def test_a_dateline_is_not_the_period_a_headline_is_about(real_store):
    claims = check(real_store, "Camden welcomes fall in burglary\n20 March 2026\nBurglary in Camden fell in the year to "
                               "February 2026, new figures show.", "2026-03-20")
    assert claims[0].period == "12 months to February 2026"


def test_the_force_that_recorded_figures_in_the_borough_is_not_the_place(real_store):

    claims = check(real_store, "I am writing to you about knife crime in Hackney.\nIn the financial year 2024/25 the "
                               "Metropolitan Police recorded 714 knife crime offences in the borough.", "2025-05-10")
    assert one(claims, "count").area == "Hackney"


# ----------------------------------------------------------------------------- crime carried by unit nouns and claim-free sentences
def test_bare_offences_are_all_crime_unless_a_pronoun_carries_the_crime(real_store):
    """'The borough recorded N offences' after a sentence on one crime is the borough's total (scrutiny reports,
    round-ups); 'It rose ... to N offences' goes on about the crime just named."""
    allc = mps(year=2025, borough="Lambeth")
    text = f"Robbery in Lambeth fell last year. The borough recorded {allc:,} offences."
    c = claim_with(check(real_store, text, "2026-02-15"), f"{allc:,}")
    assert c.measure == "all_crime" and c.found == allc and c.verdict == "accurate"
    shop = mps(year=2025, minor="SHOPLIFTING")
    text = f"Shoplifting has soared in London. It rose in 2025 to {shop:,} offences."
    c = claim_with(check(real_store, text, "2026-02-15"), f"{shop:,}")
    assert c.measure == "shoplifting" and c.found == shop and c.verdict == "accurate"


def test_a_sentence_without_a_claim_sets_the_next_ones_crime_and_place(real_store):
    """'<crime> worried residents in <borough> most last year. It went up N% ...': that crime, that borough."""
    now, then = mps(year=2025, major="BURGLARY", borough="Barnet"), mps(year=2024, major="BURGLARY", borough="Barnet")
    ch = pct(now, then)
    text = (f"Robbery in Lambeth fell last year. Burglary worried residents in Barnet most last year. "
            f"It went {word(ch)} {abs(ch):.0f}%.")
    c = one(check(real_store, text, "2026-02-15"), "change")
    assert (c.measure, c.area) == ("burglary", "Barnet") and c.verdict in HOLDS


def test_a_pronoun_opening_goes_on_about_the_place_before(real_store):
    """An article about one borough turns to London; 'It rose ...' right after is London's."""
    now, then = mps(year=2025, minor="SHOPLIFTING"), mps(year=2024, minor="SHOPLIFTING")
    text = (f"Robbery in Lambeth fell last year. Shoplifting has {'soared' if now > then else 'fallen'} in London. "
            f"It {'rose' if now > then else 'fell'} by {abs(pct(now, then)):.0f}% in 2025.")
    c = one(check(real_store, text, "2026-02-15"), "change")
    assert c.area.startswith("London") and c.measure == "shoplifting" and c.verdict in HOLDS


def test_a_share_of_them_hands_the_whole_on_not_the_part(real_store):
    """'Home burglaries made up N of them. Neighbouring <borough> ... with N burglaries': all burglary."""
    isl = mps(year=2025, major="BURGLARY", borough="Islington")
    text = ("Burglary in Hackney rose last year. Home burglaries made up about two thirds of them. "
            f"Neighbouring Islington fared better, with {isl:,} burglaries.")
    c = claim_with(check(real_store, text, "2026-02-15"), f"{isl:,}")
    assert (c.measure, c.area, c.found) == ("burglary", "Islington", isl) and c.verdict == "accurate"


def test_its_after_a_line_naming_only_a_borough_and_the_figure_there(real_store):
    """'<borough> remains the centre of it.  Its N offences ...' and 'the figure there': the borough just named."""
    from .raw import gla_pop
    n = mps(year=2025, minor="THEFT FROM THE PERSON", borough="Westminster")
    rate = 1000 * n / gla_pop("Westminster", 2025)
    text = ("Thefts from the person fell across London in 2025.\n"
            "Westminster remains the epicentre. Its " + f"{n:,}" + " offences were the most of any borough.\n"
            f"Per head, the figure there works out at about {rate:.0f} offences for every 1,000 residents.")
    got = check(real_store, text, "2026-03-01")
    assert claim_with(got, f"{n:,}").area == "Westminster"
    assert claim_with(got, "for every 1,000").area == "Westminster"


def test_the_first_annual_drop_since_a_year_is_a_first_change_not_a_baseline(real_store):
    got = check(real_store, "Burglary in London fell 11% in 2025, the first annual drop since 2020.", "2026-03-01")
    assert [c.claim.kind for c in got] == ["change", "record"]
    assert got[0].claim.baseline_text is None


def test_a_pronoun_after_a_fronted_place_keeps_the_crime_before(real_store):
    """'<crime> in <a> went up in <year>. In <b> it went up too.': the crime of the sentence before, in <b>."""
    a = {y: mps(year=y, major="VEHICLE OFFENCES", borough="Brent") for y in (2024, 2025)}
    b = {y: mps(year=y, major="VEHICLE OFFENCES", borough="Ealing") for y in (2024, 2025)}
    text = f"Vehicle crime in Brent went {word(a[2025] - a[2024])} in 2025. In Ealing it went up too."
    c = claim_with(check(real_store, text, "2026-02-10"), "it went up too")
    assert (c.area, c.measure, c.period) == ("Ealing", "vehicle_offences", "2025"), c.explanation
    assert (c.verdict in HOLDS) == (b[2025] > b[2024]), c.explanation


def test_an_opening_line_saying_whose_figures_they_are_outranks_a_ward_in_the_masthead(real_store):
    """A ward residents' newsletter: '<ward> Residents' Association ... The latest police figures for <borough>
    are ...': the later lines are about the borough, not the ward in the masthead."""
    n = mps(year=2025, major="BURGLARY", borough="Hackney")
    text = ("Dalston Residents' Association - Winter Bulletin\nNews from the committee\n"
            f"The latest police figures for Hackney are in.\nBurglary reached {n:,} offences in 2025.")
    c = claim_with(check(real_store, text, "2026-03-10"), f"{n:,}")
    assert (c.area, c.found, c.verdict) == ("Hackney", n, "accurate"), c.explanation


def test_the_place_ranked_ahead_is_not_the_subject_of_the_ranking_sentence(real_store):
    """'<crime> fell by N%, the second-largest drop in the capital after <b>, and is at its lowest ...': the
    article's borough; <b> is only the one ahead (and does not carry to the next line)."""
    from .raw import boroughs
    ch = {b: pct(mps(year=2025, major="ROBBERY", borough=b), mps(year=2024, major="ROBBERY", borough=b))
          for b in boroughs()}
    order = sorted(ch, key=lambda b: ch[b])         # the biggest fall first
    first, second = order[0], order[1]
    text = (f"{second}: robbery down\n{second} Council, 2 March 2026\n"
            f"Robbery fell by {abs(ch[second]):.1f}% last year, the second-largest drop in London after {first}.")
    got = check(real_store, text, "2026-03-02")
    c = claim_with(got, f"{abs(ch[second]):.1f}%")
    assert (c.area, c.verdict) == (second, "accurate"), c.explanation
    r = claim_with(got, "second-largest")
    assert r.area == second and r.verdict in HOLDS, r.explanation


def test_a_speakers_place_in_a_transcript_label_is_not_what_is_said(real_store):
    """'CALLER (<name>, <district>): Shootings went up again last year.': London's figure, not the district's."""
    v = {y: homicide_victims(y, Method_of_Killing="Shooting") for y in (2021, 2022)}
    said = "went up again" if v[2022] > v[2021] else "went down again"
    text = (f"PRESENTER: Figures show {homicide_victims(2022)} people were killed in London last year.\n"
            f"CALLER (Sue, Bexleyheath): Shootings {said} last year.")
    c = claim_with(check(real_store, text, "2023-01-20"), "Shootings")
    assert c.area.startswith("London"), c.explanation


def test_a_relative_clause_hangs_on_the_place_just_before_it(real_store):
    """'Compare <city>, ..., and <country> as a whole, whose homicide rate was N times that of <other>': the
    country's rate, not the city named first."""
    from .raw import owid
    us, fr = owid("United States", 2021), owid("France", 2021)
    text = ("Compare New York, which is often in the news, and the United States as a whole, whose homicide rate "
            f"in 2021 was about {round(us / fr)} times that of France.")
    c = claim_with(check(real_store, text, "2023-01-20"), "times that of France")
    assert c.area == "United States" and c.verdict in HOLDS, c.explanation


def test_a_crime_named_between_two_claims_is_the_second_claims(real_store):
    """'<crime> fell by N%, but <other crime> went the other way, up M%': M is the other crime's change."""
    b = {y: mps(year=y, major="BURGLARY", borough="Brent") for y in (2024, 2025)}
    r = {y: mps(year=y, major="ROBBERY", borough="Brent") for y in (2024, 2025)}
    text = (f"In Brent in 2025, robbery went {word(pct(r[2025], r[2024]))} {abs(pct(r[2025], r[2024])):.0f}% "
            f"on 2024, but burglary went its own way, {word(pct(b[2025], b[2024]))} {abs(pct(b[2025], b[2024])):.0f}%.")
    got = check(real_store, text, "2026-03-02")
    c = [k for k in got if k.claim.kind == "change"][-1]
    assert (c.measure, c.verdict) == ("burglary", "accurate"), c.explanation


def test_offences_counted_in_a_text_about_one_crime_are_that_crime(real_store):
    """'<borough> alone logged N offences, up <fraction>' in an article about one crime: that crime, not all crime;
    'crimes' or 'total crime' would be all crime."""
    now, then = mps(year=2025, minor="SHOPLIFTING", borough="Ealing"), mps(year=2024, minor="SHOPLIFTING", borough="Ealing")
    text = (f"Shop thieves run riot\nBy our crime reporter\nShoplifting in London rose again last year. Ealing alone "
            f"logged {now:,} offences, {word(now - then)} {abs(pct(now, then)):.0f}%.")
    got = check(real_store, text, "2026-03-01")
    c = claim_with(got, f"{now:,}")
    assert (c.measure, c.found, c.verdict) == ("shoplifting", now, "accurate"), c.explanation
    ch = one(got, "change")
    assert ch.measure == "shoplifting" and ch.verdict in HOLDS, ch.explanation
    total = claim_with(check(real_store, "Shoplifting in London hit a record last year. Ealing recorded "
                                         f"{mps(year=2025, borough='Ealing'):,} crimes in all.", "2026-03-01"), "crimes")
    assert total.measure == "all_crime", total.explanation


def test_the_crime_named_before_an_aside_is_the_first_claims(real_store):
    """'<crime>, the offence that most <affects someone>, fell by <fraction> last year, and <other crime> fell by
    <fraction>': the first change is the crime named before the aside, not the one named later."""
    a = {y: mps(year=y, major="ROBBERY", borough="Hackney") for y in (2024, 2025)}
    text = (f"Robbery, the offence that most worries young people, went {word(a[2025] - a[2024])} by "
            f"{abs(pct(a[2025], a[2024])):.0f}% last year in Hackney, and reports of burglary fell too.")
    c = one(check(real_store, text, "2026-03-01"), "change")
    assert c.measure == "robbery" and c.verdict in HOLDS, c.explanation


def test_a_month_named_in_a_later_clause_is_not_the_first_claims(real_store):
    """'<crime> was up by N% last year, peaking in <month> when M were stolen': the change is the year's; the month
    and its figure do not carry to the next sentence."""
    y = {k: mps(year=k, minor="THEFT FROM THE PERSON", borough="Camden") for k in (2024, 2025)}
    months = {m: mps(months=[f"2025{m:02d}"], minor="THEFT FROM THE PERSON", borough="Camden") for m in range(1, 13)}
    top = max(months, key=months.__getitem__)
    name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][top - 1]
    r = {k: mps(year=k, major="ROBBERY", borough="Camden") for k in (2024, 2025)}
    text = (f"In Camden, theft from the person was {word(y[2025] - y[2024])} by {abs(pct(y[2025], y[2024])):.0f}% "
            f"last year, peaking in {name} when {months[top]} were stolen. Robbery went "
            f"{word(r[2025] - r[2024])} by {abs(pct(r[2025], r[2024])):.0f}%.")
    got = check(real_store, text, "2026-03-01")
    changes = [k for k in got if k.claim.kind == "change"]
    assert [k.period for k in changes] == ["2025", "2025"], [k.explanation for k in changes]
    assert all(k.verdict in HOLDS for k in changes), [k.explanation for k in changes]


def test_a_headline_and_dateline_with_no_place_leave_the_article_to_its_first_body_line(real_store):
    """'<Topic>. <Debate>, <date>' then '<speaker>: In <period>, <force> recorded ...': later lines with no place are
    the force's, not London's."""
    from .raw import force_street_count
    jul = force_street_count("south-yorkshire", "Robbery", months=range(7, 8))
    text = ("Urban crime. Westminster Hall debate, 18 January 2023\n"
            "Ms Jones (Sheffield Central) (Lab): In 2022, South Yorkshire Police recorded a great many crimes.\n"
            f"In July alone there were {jul} robberies.")
    c = claim_with(check(real_store, text, "2023-01-18"), f"{jul} robberies")
    assert (c.area, c.verdict) == ("South Yorkshire", "accurate"), c.explanation


def test_that_is_a_rise_of_is_the_change_between_the_two_figures_just_given(real_store):
    """'<N> <crimes> in <year>. In <later year> the figure was <M>. That is a rise of X%': X is M against N, the two
    figures' periods; a later 'over the period' in another place keeps that span."""
    then, now = mps(year=2019, major="BURGLARY", borough="Camden"), mps(year=2025, major="BURGLARY", borough="Camden")
    t_then = mps(year=2019, major="BURGLARY", borough="Brent")
    t_now = mps(year=2025, major="BURGLARY", borough="Brent")
    text = (f"Camden recorded {then:,} burglaries in 2019. In 2025 the figure was {now:,}. "
            f"That is a {'fall' if now < then else 'rise'} of {abs(pct(now, then)):.0f}%. "
            f"In Brent, burglary {'fell' if t_now < t_then else 'rose'} by {abs(pct(t_now, t_then)):.0f}% over the period.")
    changes = [c for c in check(real_store, text, "2026-03-01") if c.kind == "change"]
    assert [c.found for c in changes] == [pytest.approx(pct(now, then), abs=0.05),
                                          pytest.approx(pct(t_now, t_then), abs=0.05)]
    assert all(c.verdict in HOLDS for c in changes), [c.explanation for c in changes]


def test_under_a_country_masthead_a_force_named_goes_on_being_the_place(real_store):
    """'<Country> Online' over a text about one force: 'the force' and the sentences after it are that force,
    a share 'of all crime in <force>' is that force's (not the masthead's country), and 'over the eleven months'
    is the months to the last one with data."""
    from .raw import force_street_count

    shop = force_street_count("south-wales", "Shoplifting")
    nov_shop = force_street_count("south-wales", "Shoplifting", months=range(11, 12))
    types = ("Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs",
             "Other crime", "Other theft", "Possession of weapons", "Public order", "Robbery", "Shoplifting",
             "Theft from the person", "Vehicle crime", "Violence and sexual offences")
    nov_all = sum(force_street_count("south-wales", t, months=range(11, 12)) for t in types[1:])
    text = ("Wales Online, December 2022\n\n"
            "Shoplifting in South Wales kept rising in 2022. "
            f"The force recorded {shop:,} shoplifting offences over the eleven months. "
            f"In November 2022 shoplifting made up {100 * nov_shop / nov_all:.1f}% of all crime in South Wales.")
    got = check(real_store, text, "2022-12-20")
    count, share = one(got, "count"), one(got, "share")
    assert count.area == share.area == "South Wales", (count.explanation, share.explanation)
    assert count.found == shop and count.verdict in HOLDS, count.explanation
    assert share.verdict in HOLDS, share.explanation


def test_offences_in_a_run_of_boroughs_go_on_with_the_crime_the_text_opens_on(real_store):
    """A text that opens on one crime and goes from borough to borough: 'N offences' in the next borough is that
    crime, not all crime (the figure just before was for the same crime)."""
    a = mps(year=2025, minor="SHOPLIFTING", borough="Hackney")
    b_now, b_then = mps(year=2025, minor="SHOPLIFTING", borough="Enfield"), mps(year=2024, minor="SHOPLIFTING", borough="Enfield")
    london = mps(year=2025, minor="SHOPLIFTING")
    text = ("Shoplifting across London: the boroughs compared\n"
            f"Shoplifting in London reached {london:,} offences in 2025.\n"
            f"Hackney recorded {a:,} offences.\n"
            f"In Enfield, offences {'rose' if b_now > b_then else 'fell'} by {abs(round(pct(b_now, b_then)))}% on 2024.")
    got = check(real_store, text, "2026-02-10")
    assert {c.measure for c in got if c.claim.kind in ("count", "change")} == {"shoplifting"}, \
        [(c.claim.kind, c.measure) for c in got]


def test_a_list_of_unrelated_lines_keeps_offences_as_all_crime(real_store):
    text = ("Robbery in Lambeth rose in 2025.\nBurglary in Brent fell by 5% in 2025.\n"
            f"Ealing recorded {mps(year=2025, borough='Ealing'):,} offences in 2025.")
    c = one(check(real_store, text, "2026-03-01"), "count")
    assert c.measure == "all_crime" and c.verdict in HOLDS, c.explanation
