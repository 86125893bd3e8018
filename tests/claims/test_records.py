"""Records in time: "a 10-year low", "the lowest in N years", "the Kth-highest on record", "an all-time
high", "the biggest annual fall on record", "lower than at any point since Y", "the first time below N
since records began", "the highest February on record", "you would have to go back to Y to find a
higher total"; and what a record over a short series is worth.

Expected figures are worked out from the raw Met borough files (``raw.py``: pyarrow / csv, never
crimestats): the latest extract, NFIB fraud left out.  (Streaks, "N years in a row", are in
test_streaks.py.)
"""

from __future__ import annotations

import pytest

from conftest import need
from crimestats.claims import extract_claims

from .raw import croydon_shoplifting_februaries, london_victims, mps, raw
from .support import HOLDS, ORDINAL_WORDS, assert_fields, check, claim_with, extracted_first, extracted_once, one


# ----------------------------------------------------------------------------- extraction (pure text)
@pytest.mark.parametrize("text, want", [
    ("Burglary fell to a 12-year low in 2024.",
     {"kind": "record", "record": "low", "unit": "years", "value": 12.0}),
    ("Robbery is at its highest for more than a decade.",
     {"kind": "record", "record": "high", "unit": "years", "value": 10.0, "approx": "more_than"}),
    ("It was the third-lowest figure since 2015.",
     {"kind": "record", "record": "low", "rank": 3, "since_text": "2015"}),
    ("Shoplifting reached an all-time high in 2025.",
     {"kind": "record", "record": "high", "on_record": True}),
    ("Knife crime is at its lowest since comparable records began in 2008.",
     {"kind": "record", "record": "low", "on_record": True, "period_text": None}),
])
def test_record_phrasings_are_extracted(text, want):
    assert_fields(extracted_once(text, want["kind"]), want)


@pytest.mark.parametrize("text, want", [
    ("It is the first time burglary has dropped below 54,000 since records began.",
     {"unit": "threshold", "value": 54_000, "record": "low"}),
])
def test_extraction_of_new_forms(text, want):
    assert_fields(extracted_first(text, "record"), want)


# ----------------------------------------------------------------------------- the lowest / highest in N years
def _since(series: dict[int, int], y: int, low: bool = True) -> int | None:
    """The most recent earlier year strictly beyond ``series[y]`` (None: a record)."""
    v = series[y]
    return next((k for k in range(y - 1, min(series) - 1, -1)
                 if (series[k] < v if low else series[k] > v)), None)


def test_lowest_in_n_years_follows_the_series(real_store):
    series = {y: raw("VEHICLE OFFENCES", y) for y in range(2011, 2026)}   # 2010 starts in April: not a full year
    y = max(k for k in series if _since(series, k) is not None and k - _since(series, k) >= 3)
    gap = y - _since(series, y)            # lowest of the last `gap` years, the claimed one included
    ok = one(check(real_store, f"Vehicle crime in London fell to a {gap}-year low in {y}.", f"{y + 1}-03-01"),
             "record")
    assert ok.verdict == "accurate", ok.explanation
    bad = one(check(real_store, f"Vehicle crime in London fell to its lowest in {gap + 1} years in {y}.",
                    f"{y + 1}-03-01"), "record")
    assert bad.verdict == "inaccurate", bad.explanation
    assert str(_since(series, y)) in bad.explanation
    decade = one(check(real_store, f"Vehicle crime in London fell to its lowest level in a decade in {y}.",
                       f"{y + 1}-03-01"), "record")
    assert decade.verdict == ("accurate" if gap >= 10 else "inaccurate"), decade.explanation


def test_a_window_longer_than_the_series_is_a_caveat(real_store):
    series = {y: raw("THEFT", y, "Westminster") for y in range(2011, 2026)}
    y = max(series, key=lambda k: series[k])
    if any(v == series[y] for k, v in series.items() if k != y):
        pytest.skip("a tie for the record")
    c = one(check(real_store, f"Theft in Westminster hit its highest level in 30 years in {y}.",
                  f"{y + 1}-03-01"), "record")
    assert c.verdict == "accurate_with_caveat", c.explanation
    assert "starts in 2011" in c.explanation
    assert c.found.startswith("the highest on record")


def test_lower_than_at_any_point_since_a_year_includes_that_year(real_store):
    series = {y: raw("ROBBERY", y) for y in range(2011, 2026)}
    y = 2025
    start = min(k for k in series if all(series[j] > series[y] for j in range(k, y)))   # earliest such year
    ok = one(check(real_store, f"Robbery in London in {y} was lower than at any point since {start}.",
                   f"{y + 1}-03-01"), "record")
    assert ok.verdict == "accurate", ok.explanation
    if start > 2011:
        bad = one(check(real_store, f"Robbery in London in {y} was lower than at any point since {start - 1}.",
                        f"{y + 1}-03-01"), "record")
        assert bad.verdict == "inaccurate", bad.explanation


def test_go_back_to_a_year_to_find_a_higher_total(real_store):
    series = {y: raw("ROBBERY", y) for y in range(2011, 2025)}
    now = 2024
    earlier = [y for y in range(2011, now) if series[y] > series[now]]
    if not earlier:
        pytest.skip("London robbery in 2024 is the highest on record")
    y = max(earlier)
    claims = check(real_store, f"London recorded {series[now]:,} robberies in {now}: you would have to go back to "
                               f"{y} to find a higher total.", "2025-02-01")
    c = one(claims, "record", "go back")
    assert c.verdict == "accurate", c.explanation
    if y > 2012:
        claims = check(real_store, f"London recorded {series[now]:,} robberies in {now}: you would have to go back "
                                   f"to {y - 1} to find a higher total.", "2025-02-01")
        c = one(claims, "record", "go back")
        assert c.verdict == "inaccurate", c.explanation


# ----------------------------------------------------------------------------- on record
def test_kth_highest_on_record_by_financial_year(real_store):
    series = {y: raw("THEFT", y, fy=True) for y in range(2011, 2026)}   # year ending March
    latest = max(series)
    k = 1 + sum(1 for v in series.values() if v > series[latest])
    label = f"{latest - 1}/{latest % 100:02d}"
    if k == 1:
        word, wrong = "highest", "second-highest"
    else:
        word, wrong = f"{ORDINAL_WORDS[k]}-highest", ("highest" if k == 2 else f"{ORDINAL_WORDS[k - 1]}-highest")
    ok = one(check(real_store, f"Theft in London in {label} was the {word} annual total on record.",
                   f"{latest}-06-01"), "record")
    assert ok.verdict == "accurate", ok.explanation
    assert "2010/11" in ok.explanation        # the record is only as long as the series held
    bad = one(check(real_store, f"Theft in London in {label} was the {wrong} annual total on record.",
                    f"{latest}-06-01"), "record")
    assert bad.verdict == "inaccurate", bad.explanation


@pytest.mark.parametrize("phrase, low", [("a record low", True), ("an all-time high", False)])
def test_record_low_and_all_time_high(real_store, phrase, low):
    series = {y: raw("BURGLARY", y) for y in range(2011, 2026)}
    truth = _since(series, 2025, low=low) is None and all(v != series[2025] for k, v in series.items() if k != 2025)
    c = one(check(real_store, f"Burglary in London hit {phrase} in 2025.", "2026-03-01"), "record")
    assert c.verdict == ("accurate" if truth else "inaccurate"), c.explanation
    assert "2011" in c.explanation


def test_on_record_over_a_short_series_is_a_caveat(real_store):
    """The Met's knife crime dashboard starts in 2022: 'on record' over three years says little."""
    import pyarrow.parquet as pq

    rows = [r for r in pq.read_table(need("met-london-datastore-parquet/monthly-crime-dashboard.parquet")).to_pylist()
            if r["area_type"] == "Borough" and r["crime_subtype"] == "Knife Crime" and r["measure"] == "Offences"]
    months = {(r["month_year"].year, r["month_year"].month) for r in rows}
    by_fy: dict[int, int] = {}      # financial years ending March, only those with all twelve months
    for r in rows:
        d = r["month_year"]
        by_fy[d.year + (d.month >= 4)] = by_fy.get(d.year + (d.month >= 4), 0) + r["count"]
    full = [y for y in sorted(by_fy) if all((y - 1, m) in months for m in range(4, 13))
            and all((y, m) in months for m in range(1, 4))]
    fy = max(y for y in full if y <= 2025)
    assert len([y for y in full if y <= fy]) < 5
    high = all(by_fy[fy] > by_fy[y] for y in full if y < fy)
    c = one(check(real_store, f"Knife crime in London reached a record high in {fy - 1}/{fy % 100:02d}.",
                  f"{fy}-06-01"), "record")
    assert c.verdict == ("accurate_with_caveat" if high else "inaccurate"), c.explanation


def test_same_month_record_compares_that_month_across_years(real_store):
    feb = croydon_shoplifting_februaries()
    top = all(feb[2026] > v for y, v in feb.items() if y < 2026)
    claims = check(real_store, f"Croydon recorded {feb[2026]} shoplifting offences in February 2026, the "
                               "highest February total on record.", "2026-03-20")
    c = one(claims, "record", "highest February")
    assert c.period == "February 2026"
    assert c.verdict == ("accurate" if top else "inaccurate"), c.explanation
    assert f"February {min(feb)}" in c.explanation      # the series of Februaries, not of every month


# ----------------------------------------------------------------------------- records of a change, thresholds
def _steps(series: dict[int, int]) -> dict[int, float]:
    return {y: 100 * (series[y] - series[y - 1]) / series[y - 1] for y in series if y - 1 in series}


def test_biggest_annual_fall_on_record(real_store):
    steps = _steps({y: raw("BURGLARY", y) for y in range(2011, 2026)})
    worst = min(steps, key=steps.get)          # the biggest percentage fall
    other = next(y for y in sorted(steps) if steps[y] < 0 and any(steps[k] < steps[y] for k in steps if k < y))
    bigger = min((k for k in steps if k < other), key=steps.get)
    ok = one(check(real_store, f"Burglary in London saw its biggest annual fall on record in {worst}.",
                   f"{worst + 1}-03-01"), "record")
    assert ok.verdict in HOLDS and ok.found == round(steps[worst], 1), ok.explanation
    bad = one(check(real_store, f"Burglary in London saw its biggest annual fall on record in {other}.",
                    f"{other + 1}-03-01"), "record")
    assert bad.verdict == "inaccurate", bad.explanation
    assert str(bigger) in bad.explanation


def test_threshold_first_time_since_records_began(real_store):
    b = {y: mps(year=y, major="BURGLARY") for y in range(2011, 2025)}
    n = (b[2024] // 1000 + 1) * 1000          # a round threshold just above the 2024 figure
    earlier = any(v < n for y, v in b.items() if y < 2024)
    c = one(check(real_store, f"Burglary fell in 2024. It is the first time burglary has dropped below {n:,} "
                              "since records began.", "2025-01-20"), "record")
    assert c.verdict == ("inaccurate" if earlier else "accurate")


def test_a_new_high_is_a_record_on_the_whole_series():
    c = extracted_once("Shoplifting in Westminster hits a new high", "record")
    assert (c.record, c.on_record) == ("high", True)


def _first_fall_in_five_years() -> tuple[str, int, bool]:
    """(major, year, holds) for a London category whose yearly count fell in ``year``: holds when none
    of the four years before it fell (from the raw files)."""
    for major in ("DRUG OFFENCES", "BURGLARY", "ROBBERY", "THEFT", "SEXUAL OFFENCES"):
        for year in range(2016, 2025):
            seq = {y: mps(year=y, major=major) for y in range(year - 5, year + 1)}
            if seq[year] < seq[year - 1]:
                return major, year, all(seq[y] >= seq[y - 1] for y in range(year - 3, year))
    raise AssertionError("no fall found")


def test_the_first_fall_in_n_years_needs_no_fall_in_between(real_store):
    major, year, holds = _first_fall_in_five_years()
    words = {"DRUG OFFENCES": "Drug offences", "BURGLARY": "Burglary", "ROBBERY": "Robbery", "THEFT": "Theft",
             "SEXUAL OFFENCES": "Sexual offences"}[major]
    c = one(check(real_store, f"{words} in London fell in {year} for the first time in five years.",
                  f"{year + 1}-03-01"), "record")
    assert c.period == str(year) and c.claim.first_in == 5
    assert (c.verdict in HOLDS) == holds


def test_the_lowest_since_the_year_the_series_starts_in(real_store):
    """'the lowest since at least 2010' on a monthly series that starts in April 2010: the lowest of the
    whole series, with the caveat that the months before it cannot be checked."""
    months = [f"{y}{m:02d}" for y in range(2010, 2021) for m in range(1, 13) if (y, m) >= (2010, 4)
              and (y, m) <= (2020, 4)]
    by_month = {k: mps(months=[k], major="THEFT", minor="SHOPLIFTING") for k in months}
    low = min(by_month, key=by_month.get)
    assert low == "202004"      # the first lockdown month is the series' lowest by design of the test
    c = one(check(real_store, f"Shoplifting in London dropped to {by_month[low]:,} offences in April 2020, the lowest "
                              "monthly total since at least 2010.", "2020-07-01"), "record")
    assert c.verdict == "accurate_with_caveat"


def test_since_the_forces_current_records_began_is_a_record():
    c = extracted_once("Shoplifting reached 7,874, the highest figure since the Met's current records began.",
                       "record")
    assert c.record == "high"


def test_a_peak_year_is_the_top_of_the_years_around_it(real_store):
    years = {y: mps(year=y, major="ROBBERY") for y in range(2014, 2024)}
    top = max(years, key=years.get)
    other = min(years, key=years.get)
    c = one(check(real_store, f"Robbery in London peaked in {top} and has not returned to that level since.",
                  "2024-06-01"), "record")
    assert (c.claim.turn, c.verdict) == ("peak", "accurate") if top >= 2019 else c.verdict in HOLDS
    c = one(check(real_store, f"Robbery in London peaked in {other}.", "2024-06-01"), "record")
    assert c.verdict == "inaccurate"


def test_a_peak_month_is_the_top_month_of_its_year(real_store):
    months = {m: mps(months=[f"2023{m:02d}"], major="BURGLARY", borough="Camden") for m in range(1, 13)}
    top = max(months, key=months.get)
    low = min(months, key=months.get)
    name = {1: "January", 2: "February", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "August",
            9: "September", 10: "October", 11: "November", 12: "December"}
    tied = [m for m, v in months.items() if v == months[top]]
    c = one(check(real_store, f"Burglary in Camden peaked in {name[top]} 2023.", "2024-02-01"), "record")
    assert c.verdict == ("accurate" if len(tied) == 1 else "accurate_with_caveat")
    c = one(check(real_store, f"Burglary in Camden peaked in {name[low]} 2023.", "2024-02-01"), "record")
    assert c.verdict == "inaccurate" and c.found == f"{name[top]} 2023"


def test_never_been_higher_is_a_record_on_the_whole_series():
    c = extracted_once("Sexual offences in the capital have never been higher.", "record")
    assert (c.record, c.on_record) == ("high", True)


def test_a_stand_in_band_never_makes_a_record_or_share_about_teenagers_inaccurate(real_store):
    """The Met's 'Adolescent/Young Adult' band stands in for 'teenagers': a claim that fails against it is
    unverifiable, never inaccurate (the stand-in policy)."""
    for text in ("Teenage killings in London fell to their lowest level since 2012 in 2022.",
                 "Teenagers made up a tenth of homicide victims in London in 2021."):
        c = check(real_store, text, "2023-06-20")[0]
        assert c.verdict in ("unverifiable", "accurate_with_caveat"), (text, c.verdict)


def test_naming_the_band_itself_is_no_stand_in(real_store):
    c = check(real_store, "Teenagers and young adults made up more than a third of homicide victims in London in "
                          "2022.", "2023-06-20")[0]
    assert c.verdict == "inaccurate"     # the band's own share is checked as it is


def test_a_month_that_was_the_busiest_is_a_peak(real_store):
    months = {m: mps(months=[f"2023{m:02d}"], major="BURGLARY", borough="Camden") for m in range(1, 13)}
    low = min(months, key=months.get)
    name = {1: "January", 2: "February", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "August",
            9: "September", 10: "October", 11: "November", 12: "December"}
    c = one(check(real_store, f"Burglary in Camden fell in 2023. {name[low]} was the busiest month.", "2024-02-01"),
            "record")
    assert c.claim.turn == "peak" and c.verdict == "inaccurate"


def _month_series(major: str, borough: str, first: tuple[int, int], last: tuple[int, int]) -> dict[str, int]:
    out, (y, m) = {}, first
    while (y, m) <= last:
        out[f"{y}{m:02d}"] = mps(months=[f"{y}{m:02d}"], major=major, borough=borough)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def test_a_record_since_a_month_is_read_at_month_grain(real_store):
    s = _month_series("BURGLARY", "Camden", (2024, 1), (2026, 1))
    jan = s["202601"]
    # the last month at or below January 2026's figure, before it
    last_lower = max(k for k, v in s.items() if k < "202601" and v <= jan)
    c = one(check(real_store, "In January there were 300 burglaries in Camden, the lowest monthly figure since "
                  "February last year.", "2026-03-15"), "record")
    assert c.period == "January 2026"
    assert c.verdict == ("accurate" if last_lower == "202502" else "inaccurate")
    assert str(jan) in c.explanation


def test_a_record_monthly_high_is_a_record_on_record(real_store):
    c = one(check(real_store, "Shoplifting in Croydon hit a record monthly high in November.", "2026-03-15"), "record")
    assert c.claim.on_record and c.period == "November 2025"
    s = _month_series("THEFT", "Croydon", (2010, 4), (2025, 11))    # theft's months hold every minor
    shop = {k: mps(months=[k], minor="SHOPLIFTING", borough="Croydon") for k in s}
    assert c.verdict == ("accurate" if shop["202511"] == max(shop.values()) else "inaccurate")


@pytest.mark.parametrize("words", ["the financial year {fy}", "the year to March {end}"])
def test_a_peak_financial_year_is_the_top_of_the_financial_years_around_it(real_store, words):
    fys = {y: mps(months=[f"{y}{m:02d}" for m in range(4, 13)] + [f"{y + 1}{m:02d}" for m in range(1, 4)],
                  major="ROBBERY") for y in range(2012, 2025)}
    top = max(fys, key=fys.get)
    text = "Robbery in London peaked in " + words.format(fy=f"{top}/{(top + 1) % 100:02d}", end=top + 1) + "."
    c = one(check(real_store, text, "2026-03-15"), "record")
    assert c.claim.turn == "peak" and c.period == f"{top}/{(top + 1) % 100:02d}"
    assert c.verdict == "accurate"


@pytest.mark.parametrize("text,period,turn", [
    ("May was the force's busiest month of those eleven.", "May", "peak"),
    ("Our busiest month in that period was July.", "July", "peak"),
    ("February was the quietest.", "February", "trough"),
    ("The peak was 2020, the year of the lockdown boom.", "2020", "peak"),
])
def test_busiest_and_quietest_said_either_way_round_are_turns(text, period, turn):
    c = extracted_first(text, "record")
    assert (c.period_text, c.turn) == (period, turn)


def test_the_worst_year_in_the_series_is_a_record_on_record():
    c = extracted_first("The deadliest year in the series was 2003, when 210 people died.", "record")
    assert (c.period_text, c.record, c.on_record, c.turn) == ("2003", "high", True, None)


def test_a_record_after_the_victims_file_ends_is_judged_on_offences(real_store):
    years = {y: mps(year=y, minor="HOMICIDE") for y in range(2011, 2026)}
    c = one(check(real_store, "Killings in London dropped to 96 in 2025, the fewest on record.", "2026-02-01"),
            "record")
    assert c.measure == "homicide"
    assert c.verdict == ("accurate_with_caveat" if years[2025] < min(v for y, v in years.items() if y < 2025)
                         else "inaccurate")


def test_a_turns_month_does_not_become_the_articles_period(real_store):
    text = ("Cumbria Constabulary recorded 36,186 crimes between January and November 2022.\n"
            "Our busiest month in that period was July.\n"
            "Robbery remains rare in our county, at 141 offences.")
    claims = check(real_store, text, "2022-12-20")
    turn = [c for c in claims if c.claim.kind == "record"][0]
    assert turn.period == "July 2022"
    robbery = [c for c in claims if c.claim.claimed_text == "141"][0]
    assert robbery.period == "January 2022 to November 2022"


def test_rose_to_a_record_figure_is_a_record_high_and_a_count(real_store):
    """'rose to a record N': the figure, and the claim that it is the highest on record."""
    ys = {y: mps(year=y, minor="RAPE") for y in range(2011, 2026)}
    is_top = ys[2025] == max(ys.values())
    res = check(real_store, f"The number of rapes recorded in London rose to a record {ys[2025]:,} in 2025.", "2026-01-15")
    rec, cnt = one(res, "record"), one(res, "count")
    assert cnt.found == ys[2025] and cnt.verdict == "accurate"
    assert rec.verdict == ("accurate" if is_top else "inaccurate")


def test_a_record_beaten_by_the_year_before_says_so(real_store):
    """A claimed record high below the previous year: the found figure names that year, not 'the highest since'."""
    ys = {y: mps(year=y, major="BURGLARY", borough="Ealing") for y in (2024, 2025)}
    c = one(check(real_store, "Burglary in Ealing hit a record high in 2025.", "2026-01-15"), "record")
    if ys[2025] < ys[2024]:
        assert c.verdict == "inaccurate" and c.found == "below 2024, the period before"


def test_has_been_falling_since_a_year_is_a_direction_against_that_year(real_store):
    now, then = mps(year=2025, major="BURGLARY", borough="Ealing"), mps(year=2019, major="BURGLARY", borough="Ealing")
    c = one(check(real_store, "Burglary in Ealing has been falling steadily since 2019.", "2026-01-15"), "direction")
    assert c.verdict == ("accurate" if now < then else "inaccurate") and "2019" in c.explanation


def test_a_year_in_apposition_as_the_worst_in_the_series_reaches_back_past_the_offence_series(real_store):
    """'the 210 killed in 2003, the worst year in the series': homicide offences start in 2010, so the victims
    series answers; 2003 must top every year after it."""
    from .raw import victims_by_year
    ys = victims_by_year()
    worst = max(ys, key=lambda y: ys[y])
    text = (f"There were {ys[2022]} homicide victims in London in 2022. Even so, it remains well below the "
            f"{ys[worst]} killed in {worst}, the worst year in the series.")
    res = check(real_store, text, "2023-06-01")
    assert one(res, "record").verdict == "accurate"
    c = claim_with(res, f"{ys[worst]} killed")
    assert c.period == str(worst) and c.found == ys[worst]


def test_a_fact_box_line_says_a_direction_or_a_turn(real_store):
    rows = {m: mps(months=[f"2025{m:02d}"]) for m in range(1, 13)}
    busiest = max(rows, key=lambda m: rows[m])
    name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][busiest - 1]
    drugs = mps(year=2025, major="DRUG OFFENCES") - mps(year=2024, major="DRUG OFFENCES")
    text = f"London in numbers, 2025\n\n- Drug offences: {'up' if drugs > 0 else 'down'}\n- Busiest month: {name}\n"
    res = check(real_store, text, "2026-02-01")
    assert one(res, "direction").verdict in HOLDS
    turn = one(res, "record")
    assert turn.measure == "all_crime" and turn.verdict in HOLDS


def test_a_month_in_apposition_is_the_peak_of_its_year(real_store):
    """'N in <month> <year> alone, the highest of any month that year'; '..., with <month> the busiest month'."""
    by_month = {m: mps(months=[f"2024{m:02d}"], major="THEFT") for m in range(1, 13)}
    top = max(by_month, key=by_month.__getitem__)
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
    c = one(check(real_store, f"Thefts in London reached {by_month[top]:,} in {names[top - 1]} 2024 alone, the highest "
                              "of any month that year.", "2025-03-01"), "record")
    assert c.verdict in HOLDS
    low = min(by_month, key=by_month.__getitem__)
    c = one(check(real_store, f"London recorded more than {sum(by_month.values()) // 2:,} thefts in 2024, with "
                              f"{names[low - 1]} the busiest month.", "2025-03-01"), "record")
    assert c.verdict == "inaccurate" and c.period == f"{names[low - 1]} 2024"


@pytest.mark.parametrize("borough", ["Camden", "Sutton", "Newham"])
def test_a_denied_record_is_right_when_the_record_fails(real_store, borough):
    """'<year> was not, as some claim, the lowest on record': the denial holds exactly when the record does not."""
    years = range(2011, 2026)
    counts = {y: mps(year=y, major="BURGLARY", borough=borough) for y in years}
    lowest = counts[2025] <= min(counts.values())
    plain = one(check(real_store, f"Burglary in {borough} in 2025 was the lowest on record.", "2026-03-01"), "record")
    denied = one(check(real_store, f"Burglary in {borough} in 2025 was not, as some have claimed, the lowest on record.",
                       "2026-03-01"), "record")
    assert (plain.verdict in HOLDS) is lowest and (denied.verdict in HOLDS) is (not lowest), denied.explanation


@pytest.mark.parametrize("borough", ["Camden", "Islington", "Newham"])
def test_records_written_as_not_this_low_since_a_decade_and_near_record(real_store, borough):
    counts = {y: mps(year=y, major="THEFT", borough=borough) for y in range(2011, 2026)}
    now = counts[2025]
    # 'hasn't been this low since <year>': lower than every year after <year>, <year> itself lower or equal
    since = max((y for y in range(2011, 2025) if counts[y] <= now), default=None)
    if since is not None:
        c = one(check(real_store, f"Theft in {borough} hasn't been this low since {since}.", "2026-03-01"), "record")
        assert c.verdict in HOLDS, c.explanation
    # 'lower than at any time in the past decade': the lowest of 2016-2025
    c = one(check(real_store, f"Theft in {borough} is lower than at any time in the past decade.", "2026-03-01"), "record")
    assert (c.verdict in HOLDS) is (now <= min(counts[y] for y in range(2016, 2025))), c.explanation
    # 'a near-record low': among the three lowest on record, or within 5% of the lowest
    ranked = sorted(counts[y] for y in range(2011, 2025))
    near = sum(1 for v in ranked if v < now) < 3 or abs(now - ranked[0]) <= 0.05 * ranked[0]
    c = one(check(real_store, f"Theft in {borough} was at a near-record low in 2025.", "2026-03-01"), "record")
    assert (c.verdict in HOLDS) is near, c.explanation


def test_the_first_time_below_a_threshold_with_no_since_is_on_record(real_store):
    counts = {y: mps(year=y, major="BURGLARY", borough="Ealing") for y in range(2011, 2026)}
    for n in (2000, counts[2025] + 1):
        c = one(check(real_store, f"This is the first time burglary in Ealing has fallen below {n:,} a year.",
                      "2026-03-01"), "record")
        first = counts[2025] < n and all(counts[y] >= n for y in range(2011, 2025))
        assert (c.verdict in HOLDS) is first, c.explanation


# ----------------------------------------------------------------------------- 'more <crime> in <year> than in any year since ...'
def _year_series(major: str, borough: str, years: range) -> dict[int, int]:
    return {y: mps(year=y, major=major, borough=borough) for y in years}


@pytest.mark.parametrize("major, word, borough", [("ROBBERY", "robberies", "Hackney"),
                                                  ("BURGLARY", "burglaries", "Barnet")])
def test_more_in_a_year_than_in_any_year_since(real_store, major, word, borough):
    """The year inside 'more <crimes> in <year> than in any (other) year since <year>' is the record's period; the
    verdict follows the raw series, the year after 'since' counted (said of the years after it only: a caveat)."""
    s = _year_series(major, borough, range(2012, 2026))
    top = max(range(2016, 2026), key=lambda y: s[y])
    since = min(y for y in range(2012, top) if all(s[k] < s[top] for k in range(y, top)))
    c = one(check(real_store, f"More {word} were recorded in {borough} in {top} than in any year since {since}.",
                  f"{top + 1}-03-01"), "record")
    assert c.period == str(top) and c.verdict == "accurate", c.explanation
    low = min(range(2016, 2026), key=lambda y: s[y])
    c = one(check(real_store, f"Fewer {word} were recorded in {borough} in {low} than in any other year on record.",
                  f"{low + 1}-03-01"), "record")
    want = "accurate" if all(s[k] > s[low] for k in s if k < low) else "inaccurate"
    assert c.period == str(low) and (c.verdict == want or (want == "accurate" and c.verdict in HOLDS)), c.explanation


def test_any_year_since_a_year_lower_than_the_claim_is_a_caveat_not_a_record(real_store):
    s = _year_series("BURGLARY", "Camden", range(2011, 2026))
    cases = [(y, k) for y in range(2015, 2026) for k in range(2011, y - 1)
             if s[k] < s[y] and all(s[j] > s[y] for j in range(k + 1, y))]
    assert cases
    y, k = cases[-1]
    c = one(check(real_store, f"Fewer burglaries were recorded in Camden in {y} than in any year since {k}.",
                  f"{y + 1}-03-01"), "record")
    assert c.verdict == "accurate_with_caveat" and str(k) in c.explanation, c.explanation


# ----------------------------------------------------------------------------- records and turns among months
def _months(major: str, borough: str, year: int) -> dict[int, int]:
    return {m: mps(months=[f"{year}{m:02d}"], major=major, borough=borough) for m in range(1, 13)}


def test_month_above_every_month_of_another_year(real_store):
    """'more than in any single month of <year>' / 'last year': the month against each month of that year."""
    a, b = _months("ROBBERY", "Lambeth", 2024), _months("ROBBERY", "Lambeth", 2025)
    for m in (1, 3, 6):
        said = f"Robbery in Lambeth in {MONTHS[m]} 2025 was higher than in any single month of 2024."
        c = one(check(real_store, said, "2026-03-01"), "record")
        want = "accurate" if b[m] > max(a.values()) else "inaccurate"
        assert c.verdict == want, c.explanation
    c = one(check(real_store, f"Robbery in Lambeth hit {b[2]} in February, more than any single month last year.",
                  "2025-04-10"), "record")
    assert c.verdict == ("accurate" if b[2] > max(a.values()) else "inaccurate"), c.explanation


def test_lowest_since_a_month_named_without_a_year(real_store):
    """'the lowest since last <month>' said of a month: that month a year before it, whatever the publication date;
    it holds when every month between is higher and that month is not (a tie there is a caveat)."""
    s = {**{(2024, m): v for m, v in _months("BURGLARY", "Sutton", 2024).items()},
         **{(2025, m): v for m, v in _months("BURGLARY", "Sutton", 2025).items()}}
    keys = sorted(s)
    for i in (12, 15, 18, 21):
        y, m = keys[i]
        v, then, between = s[keys[i]], s[keys[i - 12]], [s[k] for k in keys[i - 11:i]]
        c = one(check(real_store, f"Burglary in Sutton in {MONTHS[m]} {y} was the lowest since last {MONTHS[m]}.",
                      "2026-03-01"), "record")
        holds = all(b > v for b in between) and then <= v
        assert (c.verdict in HOLDS) == holds, c.explanation
        assert f"{MONTHS[m]} {y - 1}" in c.explanation or not holds, c.explanation


def test_the_second_month_of_an_elided_turn_is_in_the_same_year(real_store):
    s = _months("THEFT", "Westminster", 2025)
    hi, lo = max(s, key=s.get), min(s, key=s.get)
    claims = check(real_store, f"In Westminster, {MONTHS[hi]} was the busiest month of the year for theft, and "
                   f"{MONTHS[lo]} the quietest.", "2026-02-10")
    turns = [c for c in claims if c.claim.kind == "record"]
    assert len(turns) == 2 and all(c.verdict == "accurate" for c in turns), [c.explanation for c in turns]
    assert all("2025" in (c.period or "") for c in turns)


MONTHS = {1: "January", 2: "February", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "August",
          9: "September", 10: "October", 11: "November", 12: "December"}


def _months_between(a: tuple[int, int], b: tuple[int, int]) -> list[str]:
    (y, m), out = a, []
    while (y, m) <= b:
        out.append(f"{y}{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def test_fewer_than_any_month_since_a_month(real_store):
    """'<month> saw fewer <crimes> in <borough> than any month since <month> <year>': the lowest since then, the
    named month itself counted or left out (a caveat when only the second reading holds)."""
    series = {k: mps(months=[k], major="BURGLARY", borough="Croydon") for k in _months_between((2022, 1), (2025, 12))}
    dec = series["202512"]
    lower = [k for k in series if k < "202512" and series[k] <= dec]
    since = max(lower) if lower else "202201"
    y, m = int(since[:4]), int(since[4:])
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
    text = f"December saw fewer burglaries in Croydon than any month since {names[m - 1]} {y}."
    c = one(check(real_store, text, "2026-02-10"), "record")
    assert c.period == "December 2025" and c.verdict in HOLDS, c.explanation


def test_a_months_total_the_lowest_for_any_month_in_more_than_n_years(real_store):
    """"<month>'s total of N offences was the lowest for any month in more than <n> years": the month's own
    figure, and no month lower within the n years (and a month) before it."""
    series = {k: mps(months=[k], borough="Lewisham") for k in _months_between((2019, 1), (2026, 1))}
    jan = series["202601"]
    lower = [k for k in series if k < "202601" and series[k] < jan]
    last_lower = max(lower) if lower else "201901"
    gap_years = (2026 * 12 + 1 - (int(last_lower[:4]) * 12 + int(last_lower[4:])) - 1) // 12
    text = f"In Lewisham, January's total of {jan:,} offences was the lowest for any month in more than {{n}} years."
    got = check(real_store, text.format(n=gap_years), "2026-03-20")
    assert claim_with(got, f"{jan:,}").period == "January 2026"
    if gap_years >= 1:
        assert one(got, "record").verdict in HOLDS, one(got, "record").explanation
    wrong = one(check(real_store, text.format(n=gap_years + 1), "2026-03-20"), "record")
    assert wrong.verdict == "inaccurate", wrong.explanation


def test_a_forces_busiest_month_with_no_crime_named_is_all_crime(real_store):
    """"<month> was <force>'s busiest month": the force's whole workload, not an unknown crime."""
    from .raw import force_street_count
    types = ("Violence and sexual offences", "Burglary", "Robbery", "Vehicle crime", "Criminal damage and arson",
             "Other theft", "Shoplifting", "Drugs", "Public order", "Other crime", "Theft from the person",
             "Bicycle theft", "Possession of weapons")
    by_month = {m: sum(force_street_count("south-yorkshire", t, months=range(m, m + 1)) for t in types)
                for m in range(1, 12)}
    top = max(by_month, key=by_month.__getitem__)
    names = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November"]
    c = one(check(real_store, f"{names[top]} was South Yorkshire Police's busiest month of 2022.", "2023-01-20"),
            "record")
    assert c.measure == "all_crime" and c.verdict in HOLDS, c.explanation


def test_our_busiest_month_in_a_clause_of_its_own_is_the_whole_workload(real_store):
    """'<crime type> remained the most common offence, and <month> was our busiest month': the force's (the
    council's) every crime, not the crime type named in the clause before."""
    months = {m: mps(months=[f"2025{m:02d}"], borough="Brent") for m in range(1, 13)}
    top = max(months, key=months.__getitem__)
    name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][top - 1]
    text = (f"Brent Council: crime in 2025. Violence against the person remained the most common offence, and {name} "
            "was our busiest month.")
    c = claim_with(check(real_store, text, "2026-03-01"), "busiest")
    assert c.measure == "all_crime" and c.verdict in HOLDS, c.explanation


def test_hit_a_record_with_no_figure_is_the_highest_on_record(real_store):
    """'<crime> in <place> hit a record last year': the highest on record, no figure needed."""
    by_year = {y: mps(year=y, major="THEFT", borough="Westminster") for y in range(2011, 2026)}
    c = one(check(real_store, "Theft in Westminster hit a record last year.", "2026-03-01"), "record")
    assert (c.verdict in HOLDS) == (by_year[2025] == max(by_year.values())), c.explanation


def test_at_their_highest_in_a_month_is_a_peak(real_store):
    """'<crimes> in <force> were at their highest in <month>': that month tops the months around it."""
    from .raw import force_street_count
    by_month = {m: force_street_count("merseyside", "Burglary", months=range(m, m + 1)) for m in range(1, 12)}
    top = max(by_month, key=by_month.__getitem__)
    low = min(by_month, key=by_month.__getitem__)
    names = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November"]
    ok = one(check(real_store, f"Burglaries in Merseyside were at their highest in {names[top]}.", "2022-12-20"),
             "record")
    assert ok.verdict in HOLDS, ok.explanation
    bad = one(check(real_store, f"Burglaries in Merseyside were at their highest in {names[low]}.", "2022-12-20"),
              "record")
    assert bad.verdict == "inaccurate", bad.explanation


def test_hit_a_threshold_for_the_first_time(real_store):
    """'<crime> in <place> hit N for the first time in <year>': above N that year and in no year before."""
    by = {y: mps(year=y, minor="SHOPLIFTING", borough="Westminster") for y in range(2011, 2026)}
    first = next(y for y in sorted(by) if by[y] > 5000) if any(v > 5000 for v in by.values()) else None
    if first is None:
        pytest.skip("never above 5,000")
    c = one(check(real_store, f"Shoplifting in Westminster hit 5,000 for the first time in {first}.", "2026-03-20"),
            "record")
    assert c.verdict in HOLDS, c.explanation



def _monthly(borough: str, major: str, year: int) -> dict[str, int]:
    return {f"{year}{m:02d}": mps(months=[f"{year}{m:02d}"], major=major, borough=borough) for m in range(1, 13)}




def test_since_at_least_holds_and_fails_by_the_data(real_store):
    v = {y: london_victims(y) for y in range(2010, 2022)}
    for year in (2019, 2021):
        want = "accurate" if all(v[y] < v[year] for y in v if y < year) else "inaccurate"
        c = one(check(real_store, f"Homicide victims in London in {year} were the highest since at least 2010.", "2024-06-01"),
                "record")
        assert c.verdict == want or (want == "accurate" and c.verdict in HOLDS), c.explanation


def test_the_lowest_monthly_figure_since_a_year_looks_at_every_month(real_store):
    """A monthly series, a year named: some month of that year at least as low, none lower after it."""
    months: dict[str, int] = {}
    for y in (2021, 2022, 2023, 2024):
        months.update(_monthly("Camden", "BURGLARY", y))
    feb = months["202402"]
    after = [k for k in months if "202112" < k < "202402"]
    holds = any(months[k] <= feb for k in months if k.startswith("2021")) and all(months[k] > feb for k in after)
    c = claim_with(check(real_store, f"Burglary in Camden fell to {feb} in February 2024, the lowest monthly figure "
                                     "since 2021.", "2024-06-01"), "the lowest monthly figure")
    assert (c.verdict in HOLDS) == holds and c.verdict != "unverifiable", c.explanation


def test_since_records_began_uses_the_series_that_reaches_back_further(real_store):
    c = one(check(real_store, "2019 was London's deadliest year since records began.", "2024-06-01"), "record")
    assert c.measure == "homicide_victims" and "reaches back" in c.explanation, c.explanation
    v = {y: london_victims(y) for y in range(2003, 2020)}
    assert (c.verdict in HOLDS) == (max(v.values()) == v[2019] and list(v.values()).count(v[2019]) == 1)


def test_the_highest_in_the_boroughs_records_is_a_record():
    got = [c for c in extract_claims("Southwark recorded 37,000 crimes in 2023, the highest total in the borough's "
                                     "records.") if c.kind == "record"]
    assert got and got[0].on_record


def test_a_record_year_for_offenders_is_the_highest_on_record():
    got = [c for c in extract_claims("Burglars enjoyed a record year in Barnet.") if c.kind == "record"]
    assert got and got[0].on_record and got[0].record == "high"
    assert extract_claims("It was a record year for the charity's fundraising.") == []


def test_the_fewest_in_any_month_since_a_year_holds_of_the_months_after_it(real_store):
    """'the fewest in any month since <year>' said either with that year's months or after them: a caveat when only
    the second reading holds, never a plain 'no'."""
    months = {f"{y}{m:02d}": mps(months=[f"{y}{m:02d}"]) for y in range(2022, 2026) for m in range(1, 13)}
    feb = mps(months=["202602"])
    since_2022 = [v for k, v in months.items()]
    after_2022 = [v for k, v in months.items() if k >= "202301"]
    text = f"Some {feb:,} offences were recorded in London in February, the fewest in any month since 2022."
    c = one(check(real_store, text, "2026-03-20"), "record")
    if feb < min(since_2022):
        assert c.verdict == "accurate"
    elif feb < min(after_2022):
        assert c.verdict == "accurate_with_caveat", c.explanation
    else:
        assert c.verdict == "inaccurate"


def test_a_record_over_a_series_of_two_years_is_unverifiable(real_store):
    """The store's New York file holds 2016-2018: 'a record low for the city' in 2017 cannot be checked."""
    c = one(check(real_store, "New York's murders fell in 2017, a record low for the city.", "2019-02-14"), "record")
    assert c.verdict == "unverifiable" and c.claim.text.startswith("a record low"), c.explanation


def test_a_record_in_apposition_takes_its_figures_period(real_store):
    """'in <month> police recorded N, the highest monthly figure since ...': that month's record;
    '... down from N in <year>, which itself had been the worst year ...': that year's."""
    got = extract_claims("Burglary rose by a tenth in March, and in May police recorded 5,000, the highest monthly "
                         "figure since the series began.")
    assert next(c for c in got if c.kind == "record").period_text == "May"
    got = extract_claims("Some 110 people were killed in 2021, down from 130 in 2019, which itself had been the worst "
                         "year for a decade.")
    assert next(c for c in got if c.kind == "record").period_text == "2019"
