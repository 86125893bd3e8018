"""Shares of a whole: "one in ten crimes in London", "N% of ...", "over half of the children searched",
"fewer than one in eight dogs were recovered", "X's share of London's robberies"; which whole a share
is of, and a share of more than the whole.

Expected figures come from the raw files (``raw.py``: pyarrow / csv, never crimestats).
(Percentage-point changes of a share are in test_changes.py.)
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import need
from crimestats.claims import extract_claims

from .raw import borough_counts_2025, child_strip_searches, city_searches, gla_boroughs, mps, solved_share
from .support import check, claim_with, one


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
