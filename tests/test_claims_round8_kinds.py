"""Round 8 kinds: streaks judged step by step ('every year since'), thresholds crossed for the first
time, same-month records, and shares whose part or whole needed a second look (strip searches by
ethnicity and sex, recovered dogs).  Expected figures come from the raw files (csv / pyarrow)."""

from __future__ import annotations

import csv
from collections import Counter

import pyarrow.parquet as pq

from conftest import need
from crimestats.claims import check_text


def _claim(res, fragment: str, kind: str | None = None):
    got = [c for c in res.claims if fragment in c.claim.text and (kind is None or c.kind == kind)]
    assert got, [(c.kind, c.claim.text) for c in res.claims]
    return got[0]


def _owid(country: str) -> dict[int, float]:
    p = need("international-homicide/owid-unodc-timeseries/homicide-rate-unodc.csv")
    with open(p, newline="") as fh:
        return {int(r["Year"]): float(r["Homicide rate per 100,000 population"])
                for r in csv.DictReader(fh) if r["Entity"] == country}


def test_country_rate_streak_every_year_since_uses_the_rate_series(real_store):
    rates = _owid("Canada")
    last = max(rates)
    since = last - 4
    rising = all(rates[y] > rates[y - 1] for y in range(since + 1, last + 1))
    res = check_text(real_store, text=f"Canada's homicide rate has gone up every year since {since}.",
                     as_of="2026-03-01")
    c = _claim(res, "every year since", "record")
    assert c.measure == "homicide_rate"
    assert c.found == [round(rates[y], 2) for y in range(since, last + 1)]
    assert c.verdict == ("accurate" if rising else "inaccurate")


def test_streak_in_each_of_the_last_years_names_the_failing_steps(real_store):
    rates = _owid("France")
    last = max(rates)
    falls = [rates[y] < rates[y - 1] for y in range(last - 2, last + 1)]
    res = check_text(real_store, text="France's homicide rate fell in each of the last three years.",
                     as_of="2026-03-01")
    c = _claim(res, "each of the last three years", "record")
    assert c.verdict == ("accurate" if all(falls) else "inaccurate")
    assert len(c.found) == 4


def _child_strip(year: int) -> list[dict]:
    t = pq.read_table(need("met-london-datastore-parquet/thorough-searches.parquet"),
                      columns=["stop_date", "age_group", "sex", "ethnic_appearance"]).to_pylist()
    return [r for r in t if (r["stop_date"] or "").startswith(str(year)) and r["age_group"] == "Under 18"]


def test_strip_search_share_by_ethnicity_among_children(real_store):
    rows = _child_strip(2025)
    black = sum(1 for r in rows if r["ethnic_appearance"] == "Black")
    pct = 100 * black / len(rows)
    res = check_text(real_store, text=f"The Met strip-searched {len(rows)} children in 2025. Over half of the "
                                      "children strip-searched were Black.", as_of="2026-03-01")
    c = _claim(res, "Over half", "share")
    assert c.found == round(pct, 1)
    assert c.verdict == ("accurate" if pct > 50 else "inaccurate")


def test_strip_search_share_of_girls_is_girls_over_children(real_store):
    rows = _child_strip(2025)
    girls = sum(1 for r in rows if r["sex"] in ("F", "Female"))
    pct = 100 * girls / len(rows)
    res = check_text(real_store, text=f"The Met strip-searched {len(rows)} children in 2025. Girls made up one "
                                      "in ten of the children searched.", as_of="2026-03-01")
    c = _claim(res, "one in ten", "share")
    assert c.found == round(pct, 1)
    assert c.verdict == ("accurate" if 8 <= pct <= 12 else "inaccurate")


def test_recovered_dogs_are_a_share_of_stolen_dogs(real_store):
    t = pq.read_table(need("met-london-datastore-parquet/stolen-animals.parquet")).to_pylist()
    dogs = [r for r in t if (r["type_of_animal"] or "").strip().lower() == "dog" and r["year_and_month"].endswith("2021")]
    total = sum(r["count_of_stolen_animals"] for r in dogs)
    back = sum(r["count_of_stolen_animals"] for r in dogs if r["animal_recovered"] == "Recovered")
    pct = 100 * back / total
    res = check_text(real_store, text="Fewer than one in eight dogs stolen in London in 2021 were recovered.",
                     as_of="2026-03-01")
    c = _claim(res, "one in eight", "share")
    assert c.found == round(pct, 1)
    assert c.verdict == ("accurate" if pct < 12.5 else "inaccurate")


def _croydon_shoplifting_februaries() -> dict[int, int]:
    """Croydon shoplifting in each February, from the three MPS borough files (later files win)."""
    out: dict[int, int] = {}
    for rel in ("mps-recorded-crime/borough_10_21.csv", "mps-recorded-crime/borough_21_23.csv"):
        with open(need(rel), newline="") as fh:
            for r in csv.DictReader(fh):
                if r["LookUp_BoroughName"] == "Croydon" and r["MinorText"].lower() == "shoplifting":
                    for k, v in r.items():
                        if k.isdigit() and k.endswith("02"):
                            out[int(k[:4])] = int(v)
    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-borough.parquet")).to_pylist()
    rows = [r for r in t if r["boroughname"] == "Croydon" and r["minortext"] == "SHOPLIFTING"]
    for k in rows[0]:
        if k.isdigit() and k.endswith("02"):
            out[int(k[:4])] = sum(r[k] for r in rows)
    return out


def test_same_month_record_compares_that_month_across_years(real_store):
    feb = _croydon_shoplifting_februaries()
    top = all(feb[2026] > v for y, v in feb.items() if y < 2026)
    res = check_text(real_store, text=f"Croydon recorded {feb[2026]} shoplifting offences in February 2026, the "
                                      "highest February total on record.", as_of="2026-03-20")
    c = _claim(res, "highest February", "record")
    assert c.period == "February 2026"
    assert c.verdict == ("accurate" if top else "inaccurate"), c.explanation
    assert f"February {min(feb)}" in c.explanation      # the series of Februaries, not of every month


def test_share_over_the_whole_is_never_accurate(real_store):
    res = check_text(real_store, text="Burglary in Westminster made up more than half of all burglary in the "
                                      "West End ward in 2024.", as_of="2026-03-01")
    for c in res.claims:
        if c.kind == "share" and isinstance(c.found, (int, float)) and c.found > 100:
            raise AssertionError(c.explanation)
    assert all(not (c.kind == "share" and c.verdict == "accurate" and (c.found or 0) > 100) for c in res.claims)
    assert Counter(c.kind for c in res.claims)
