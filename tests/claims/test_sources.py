"""Which release or series answers a claim, and what the verdict says about it: a figure matching an
earlier release (revisions) or one published after the as-of date, totals with or without NFIB fraud,
police.uk's published rows against each Crime ID once, and homicide victims past the end of the
victims file (answered from recorded offences, a different unit).

Expected figures come from the raw files (``raw.py``: csv / pyarrow, never crimestats).
"""

from __future__ import annotations

import csv

import pytest

import crimestats as cs
from conftest import need

from .raw import city_crimes, city_rows_and_ids, extract_2023_11, mps, nfib_cells, pct
from .support import HOLDS, check, one


# ----------------------------------------------------------------------------- earlier and later releases
def test_change_that_matches_an_earlier_release_names_the_revision(real_store):
    old = extract_2023_11()
    # find a month-on-year change whose rounded percent differs between the releases
    for month in ("202306", "202301", "202310", "202303"):
        base = str(int(month) - 100)
        po = pct(old[("DRUG OFFENCES", month)], old[("DRUG OFFENCES", base)])
        pn = pct(mps(months=[month], major="DRUG OFFENCES"), mps(months=[base], major="DRUG OFFENCES"))
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
    old = extract_2023_11()
    claimed = sum(old[("minor:HOMICIDE", f"2022{m:02d}")] for m in range(1, 13))
    latest = mps(year=2022, minor="HOMICIDE")
    c = one(check(real_store, f"There were {claimed} homicides in London in 2022.", "2023-01-06"), "count")
    if claimed == latest:
        assert c.verdict == "accurate"
    else:
        assert c.verdict == "accurate_with_caveat", c.explanation
        assert "published after 2023-01-06" in c.explanation


# ----------------------------------------------------------------------------- what a total counts
def test_totals_without_nfib_fraud_are_a_caveat(real_store):
    n = mps(year=2024, borough="Camden")
    c = one(check(real_store, f"Camden recorded {n:,} crimes in 2024.", "2025-01-20"), "count")
    assert c.verdict in HOLDS
    with_fraud = n + sum(v for (ma, _, b, k), v in nfib_cells().items() if b == "Camden" and k.startswith("2024"))
    assert c.found == with_fraud      # the store's total keeps the NFIB rows; the explanation names them
    if with_fraud != n:
        assert "NFIB" in c.explanation and c.verdict == "accurate"   # published totals leave NFIB out


def test_count_matching_every_published_row_is_a_caveat_not_an_error(tmp_path):
    """A figure counted from every row of the police.uk files (repeated Crime IDs included) is the
    publisher's figure: accurate with a caveat, not inaccurate."""
    city = need("police-uk-street/city-of-london")
    files = sorted(city.glob("2024-*/*-street.csv"))
    if not files:
        pytest.skip("no 2024 City of London street files")
    crimes = 0
    for f in files:
        with open(f, encoding="utf-8-sig", newline="") as fh:
            crimes += sum(r["Crime type"] != "Anti-social behaviour" for r in csv.DictReader(fh))
    with cs.Store(tmp_path / "c.duckdb") as store:
        cs.ingest_paths(store, files)
        ours = cs.count(store, measure="all_crime", area="City of London", period="2024").value
        assert ours != crimes
        res = cs.check_text(store, text=f"The City of London Police recorded {crimes:,} crimes in 2024.",
                            as_of="2025-03-01")
    (claim,) = [c for c in res.claims if c.kind == "count"]
    assert claim.verdict == "accurate_with_caveat" and claim.found == ours
    assert "repeat a Crime ID" in claim.explanation


_CITY_WORDS = {"Shoplifting": "shoplifting", "Robbery": "robbery", "Burglary": "burglary",
               "Theft from the person": "theft from the person", "Bicycle theft": "bicycle theft"}


def test_city_change_that_holds_only_on_published_rows_is_a_caveat_naming_both(real_store):
    pub25, ours25 = city_rows_and_ids(2025)
    pub24, ours24 = city_rows_and_ids(2024)
    picked = None
    for t, word in _CITY_WORDS.items():
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


# ----------------------------------------------------------------------------- past the end of a series
def test_victims_claim_beyond_the_victims_file_uses_offences_with_a_caveat(real_store):
    """Homicide victims end in 2023 (2023 partial); a 2025 borough claim is answered from
    recorded homicide offences, said as a different unit."""
    import pyarrow.parquet as pq

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-borough.parquet")).to_pylist()
    n = sum(sum(v for k, v in r.items() if k.startswith("2025") and v) for r in t
            if r["boroughname"] == "Lewisham" and r["minortext"] == "HOMICIDE")
    res = cs.check_text(real_store, text=f"{n} people lost their lives to homicide in Lewisham in 2025.",
                        as_of="2026-03-01")
    (claim,) = [c for c in res.claims if c.kind == "count"]
    assert claim.found == n and claim.measure == "homicide"
    assert claim.verdict == "accurate_with_caveat" and "different unit" in claim.explanation


_CITY_THEFT = ("Bicycle theft", "Other theft", "Shoplifting", "Theft from the person")


def test_theft_in_a_police_uk_force_is_its_four_theft_groups(real_store):
    now, then = (sum(city_crimes(y, t) for t in _CITY_THEFT) for y in (2025, 2024))
    c = one(check(real_store, "Theft in the City of London rose by 20% in 2025.", "2026-02-01"), "change")
    assert c.measure == "theft" and c.found == pytest.approx(round(100 * (now - then) / then, 1), abs=0.05)


def test_violent_crime_in_a_police_uk_force_is_never_shown_false_by_the_wider_category(real_store):
    c = one(check(real_store, "Violent crime in Merseyside rose in November 2022 compared with October.", "2023-01-15"),
            "direction")
    assert c.measure == "violence_and_sexual_offences"
    assert c.verdict in ("accurate_with_caveat", "unverifiable")
    assert "violence and sexual offences" in c.explanation and "stand-in" in c.explanation


def test_a_change_between_two_months_compares_the_months(real_store):
    c = one(check(real_store, "Burglary in Camden fell by 10% between January and June 2025.", "2026-02-01"), "change")
    jan, jun = (mps(months=[m], major="BURGLARY", borough="Camden") for m in ("202501", "202506"))
    assert c.period == "June 2025"
    assert c.found == pytest.approx(round(100 * (jun - jan) / jan, 1), abs=0.05)
