"""Claim checker round 3: the as-of date limits the data (periods not over, releases published
later), changes checked against earlier releases, 'in the last year' as a rolling 12 months,
percentage points, and rankings among police forces.

Expected figures are worked out here from the raw files (csv / pyarrow, never crimestats).
"""

from __future__ import annotations

import csv
from functools import lru_cache

from conftest import need
from test_claims_more import check, mps, one

HOLDS = {"accurate", "accurate_with_caveat"}


@lru_cache(maxsize=1)
def _extract_2023_11() -> dict[tuple[str, str], int]:
    """(MAJOR or 'minor:MINOR', yyyymm) -> offences in London from the MPS extract to 2023-11 (no NFIB)."""
    out: dict[tuple[str, str], int] = {}
    with open(need("mps-recorded-crime/borough_21_23.csv"), newline="") as fh:
        for r in csv.DictReader(fh):
            maj = r["MajorText"].upper()
            if maj == "NFIB FRAUD":
                continue
            for k, v in r.items():
                if k.isdigit():
                    out[(maj, k)] = out.get((maj, k), 0) + int(v)
                    mi = "minor:" + r["MinorText"].upper()
                    out[(mi, k)] = out.get((mi, k), 0) + int(v)
    return out


def _pct(now: float, then: float) -> float:
    return 100.0 * (now - then) / then


def test_change_that_matches_an_earlier_release_names_the_revision(real_store):
    old = _extract_2023_11()
    # find a month-on-year change whose rounded percent differs between the releases
    for month in ("202306", "202301", "202310", "202303"):
        base = str(int(month) - 100)
        po = _pct(old[("DRUG OFFENCES", month)], old[("DRUG OFFENCES", base)])
        pn = _pct(mps(months=[month], major="DRUG OFFENCES"), mps(months=[base], major="DRUG OFFENCES"))
        if round(abs(po)) != round(abs(pn)) and abs(abs(po) - round(abs(po))) < 0.4:
            break
    else:
        raise AssertionError("no month where the releases differ")
    mname = {"06": "June", "01": "January", "10": "October", "03": "March"}[month[4:]]
    word = "fell" if po < 0 else "rose"
    text = (f"Drug offences in London {word} {round(abs(po))}% in {mname} {month[:4]} "
            f"compared with {mname} {base[:4]}.")
    c = one(check(real_store, text, "2023-12-15"), "change")
    assert c.verdict == "accurate_with_caveat", c.explanation
    assert "MPS extract to 2023-11" in c.explanation and "revises" in c.explanation
    assert "available on 2023-12-15" in c.explanation


def test_count_matching_a_release_published_after_as_of_says_so(real_store):
    old = _extract_2023_11()
    claimed = sum(old[("minor:HOMICIDE", f"2022{m:02d}")] for m in range(1, 13))
    latest = mps(year=2022, minor="HOMICIDE")
    c = one(check(real_store, f"There were {claimed} homicides in London in 2022.", "2023-01-06"), "count")
    if claimed == latest:
        assert c.verdict == "accurate"
    else:
        assert c.verdict == "accurate_with_caveat", c.explanation
        assert "published after 2023-01-06" in c.explanation


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
    p = _pct(now, then)
    word = "rose" if p > 0 else "fell"
    c = one(check(real_store, f"Robbery in Westminster {word} {round(abs(p))}% this year compared with last year.",
                  "2023-06-10"), "change")
    assert c.verdict in HOLDS and abs(c.found - round(p, 1)) < 0.06, c.explanation
    assert "same months a year earlier" in c.explanation


def test_in_the_last_year_is_a_rolling_twelve_months_before_as_of(real_store):
    months = [f"2022{m:02d}" for m in range(6, 13)] + [f"2023{m:02d}" for m in range(1, 6)]
    before = [str(int(m) - 100) for m in months]
    now, then = (mps(months=ms, major="BURGLARY", borough="Camden") for ms in (months, before))
    p = _pct(now, then)
    word = "up" if p > 0 else "down"
    for phrase in ("in the last year", "over the past year", "in the past year"):
        c = one(check(real_store, f"Burglary in Camden is {word} {round(abs(p))}% {phrase}.", "2023-06-10"), "change")
        assert c.period == "12 months to May 2023", (phrase, c.period)
        assert c.verdict in HOLDS, c.explanation


def test_twelve_months_to_a_month_without_year_carries_through_the_article(real_store):
    now_m = [f"2024{m:02d}" for m in range(10, 13)] + [f"2025{m:02d}" for m in range(1, 10)]
    prev_m = [str(int(m) - 100) for m in now_m]
    rob, rob0 = (mps(months=ms, major="ROBBERY", borough="Lambeth") for ms in (now_m, prev_m))
    burg, burg0 = (mps(months=ms, major="BURGLARY", borough="Lambeth") for ms in (now_m, prev_m))
    allc, allc0 = (mps(months=ms, borough="Lambeth") for ms in (now_m, prev_m))
    text = (f"Figures for the 12 months to September show robbery in Lambeth fell by {round(abs(_pct(rob, rob0)))}%, "
            f"with {rob:,} offences recorded.\n\nBurglary was also down, by around {round(abs(_pct(burg, burg0)))}%.\n\n"
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


def _victims(year: int, **flt: str) -> int:
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        return sum(1 for r in csv.DictReader(fh)
                   if int(r["Year"]) == year and all(r[k] == v for k, v in flt.items()))


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


def test_a_qualifier_narrows_homicide_victims_named_earlier(real_store):
    total, women = _victims(2022), _victims(2022, Sex="Female")
    child = _victims(2022, Age_Group="Child")
    text = (f"Of the {total} people who were victims of homicide in London in 2022, {women} were women and girls.\n\n"
            f"{child + 1} of the victims were children.")
    claims = check(real_store, text, "2023-02-01")
    c = next(c for c in claims if c.claimed == women)
    assert c.measure == "female_homicide_victims" and c.verdict in HOLDS, c.explanation
    c = next(c for c in claims if c.claimed == child + 1)
    assert c.measure == "child_homicide_victims" and c.verdict == "inaccurate", c.explanation


def test_since_an_event_in_a_year_is_a_baseline_and_total_is_never_narrowed(real_store):
    now, then = mps(year=2023), mps(year=2016)
    shop = mps(year=2023, minor="SHOPLIFTING")
    text = (f"Recorded crime in London has risen by {round(abs(_pct(now, then)))}% since Sadiq Khan became Mayor "
            f"in 2016.\n\nTotal offences reached {now:,} last year, she said, and shoplifting reached {shop:,}.")
    claims = check(real_store, text, "2024-04-20")
    c = one(claims, "change")
    assert c.period == "2023" and c.verdict in HOLDS, c.explanation
    c = next(c for c in claims if c.claimed == now)
    assert c.measure == "all_crime" and c.verdict in HOLDS, c.explanation


def test_not_feeling_safe_is_an_opinion_but_making_people_feel_safe_is_not_a_claim():
    from crimestats.claims import extract_claims

    assert [c.kind for c in extract_claims('"Londoners no longer feel safe on their own streets," she said.')] \
        == ["opinion"]
    assert [c.kind for c in extract_claims("Lambeth is a safer place than it was a year ago.")] == ["opinion"]
    assert extract_claims("We will make London feel safe for women.") == []


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


def test_durations_the_emergency_number_and_people_in_an_event_are_not_claims():
    from crimestats.claims import extract_claims

    assert extract_claims("The 24-year-old was one of three men charged at the Old Bailey.") == []
    assert extract_claims("A spokesperson said 999 calls were answered within 10 seconds.") == []
    assert [c.kind for c in extract_claims("There were 10 homicides in Lambeth in 2024.")] == ["count"]
