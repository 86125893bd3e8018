"""Round 10 kinds: City of London changes as the published files count them, borough rankings whose
place is named earlier in the sentence or that span several years, ordinal streaks ('for the second
consecutive year'), 'you would have to go back to Y to find a higher total', and round rates ('about
1,230 per 100,000').  Expected figures come from the raw files (csv / pyarrow), never crimestats."""

from __future__ import annotations

import csv

import pytest

from conftest import need
from test_claims_more import check, one
from test_claims_round6_rank import gla_population, raw, table

HOLDS = {"accurate", "accurate_with_caveat"}


def _city(year: int) -> tuple[dict[str, int], dict[str, int]]:
    """City of London street crimes by type in a calendar year: (every row, each Crime ID once)."""
    rows: dict[str, int] = {}
    ids: dict[str, set[str]] = {}
    blank: dict[str, int] = {}
    for m in range(1, 13):
        p = need(f"police-uk-street/city-of-london/{year}-{m:02d}/{year}-{m:02d}-city-of-london-street.csv")
        with open(p, newline="") as fh:
            for r in csv.DictReader(fh):
                t = r["Crime type"]
                rows[t] = rows.get(t, 0) + 1
                if r["Crime ID"]:
                    ids.setdefault(t, set()).add(r["Crime ID"])
                else:
                    blank[t] = blank.get(t, 0) + 1
    return rows, {t: len(ids.get(t, ())) + blank.get(t, 0) for t in rows}


_WORDS = {"Shoplifting": "shoplifting", "Robbery": "robbery", "Burglary": "burglary",
          "Theft from the person": "theft from the person", "Bicycle theft": "bicycle theft"}


def test_city_change_that_holds_only_on_published_rows_is_a_caveat_naming_both(real_store):
    pub25, ours25 = _city(2025)
    pub24, ours24 = _city(2024)
    picked = None
    for t, word in _WORDS.items():
        if not pub24.get(t) or not ours24.get(t):
            continue
        p_pub = 100 * (pub25[t] - pub24[t]) / pub24[t]
        p_ours = 100 * (ours25[t] - ours24[t]) / ours24[t]
        if round(p_pub) != round(p_ours) and round(p_pub) != 0:
            picked = (word, p_pub, pub25[t], pub24[t])
            break
    if picked is None:
        pytest.skip("no crime type whose change differs between published rows and Crime IDs")
    word, p_pub, n, t = picked
    verb = "dropped" if p_pub < 0 else "climbed"
    claims = check(real_store, f"In the Square Mile, {word} {verb} {abs(round(p_pub))}% in 2025 compared with 2024.",
                   "2026-02-20")
    c = one(claims, "change")
    assert c.verdict == "accurate_with_caveat", c.explanation
    assert f"{n:,}" in c.explanation and f"{t:,}" in c.explanation
    assert "Crime ID" in c.explanation


def test_ranking_clause_ranks_the_borough_named_earlier_in_the_sentence(real_store):
    (top, a), (second, b) = table("ROBBERY", 2024)[:2]
    claims = check(real_store, f"{top} logged {a:,} robberies in 2024, more robberies than any other London borough.",
                   "2025-03-01")
    c = one(claims, "comparison", "any other London borough")
    assert c.area == top
    assert c.verdict == ("accurate" if a > b else "accurate_with_caveat")
    # the runner-up named the same way is not the highest
    claims = check(real_store, f"{second} logged {b:,} robberies in 2024, more robberies than any other London "
                               "borough.", "2025-03-01")
    c = one(claims, "comparison", "any other London borough")
    assert c.area == second and c.verdict == ("inaccurate" if a > b else "accurate_with_caveat")


def test_ranking_between_two_years_sums_the_years(real_store):
    totals = {}
    for b, _ in table("BURGLARY", 2021):
        totals[b] = sum(raw("BURGLARY", y, b) for y in (2021, 2022, 2023))
    order = sorted(totals, key=lambda b: (-totals[b], b))
    claims = check(real_store, f"{order[1]} had more burglaries than any other borough between 2021 and 2023.",
                   "2025-06-01")
    c = one(claims, "comparison")
    assert c.found == 2, c.explanation
    assert c.verdict == "inaccurate"
    assert f"{totals[order[0]]:,}" in c.explanation


def test_ordinal_streak_is_every_step_not_one_change(real_store):
    b = table("VEHICLE OFFENCES", 2024)[0][0]
    v = {y: raw("VEHICLE OFFENCES", y, b) for y in (2021, 2022, 2023, 2024)}
    rose_twice = v[2024] > v[2023] > v[2022]
    claims = check(real_store, f"Vehicle offences in {b} went up for a second consecutive year in 2024.",
                   "2025-02-01")
    c = one(claims, "record", "second consecutive year")
    assert c.verdict == ("accurate" if rose_twice else "inaccurate"), c.explanation


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


def test_round_rate_holds_at_its_last_nonzero_digit(real_store):
    pops = gla_population(2024)
    for b, n in table("THEFT", 2024):
        rate = 100_000 * n / pops[b]
        if rate >= 1000 and round(rate) % 10 != 0:
            break
    else:
        pytest.skip("no borough with a suitable rate")
    tens = int(round(rate / 10) * 10)
    claims = check(real_store, f"{b} recorded {tens:,} theft offences per 100,000 residents in 2024.", "2025-03-01")
    c = one(claims, "rate")
    assert c.verdict in HOLDS, c.explanation
    off = tens + 20 if tens > rate else tens - 20
    claims = check(real_store, f"{b} recorded {off:,} theft offences per 100,000 residents in 2024.", "2025-03-01")
    assert one(claims, "rate").verdict == "inaccurate"


def test_highest_outside_a_named_borough_ranks_without_it(real_store):
    (first, a), (second, b), (third, c3) = table("DRUG OFFENCES", 2024)[:3]
    if not a > b > c3:
        pytest.skip("ties at the top")
    for name, want in ((second, "accurate"), (third, "inaccurate")):
        for text in (f"{name} had London's highest number of drug offences outside {first} in 2024.",
                     f"{name} recorded the most drug offences of any borough apart from {first} in 2024."):
            c = one(check(real_store, text, "2025-03-01"), "comparison")
            assert c.verdict == want, (text, c.explanation)
