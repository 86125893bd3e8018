"""Round 7: wards and the Square Mile in text, narrow parts, bare months, 'the same year', safety
opinions, house numbers.  Expected figures come from the raw files (csv module), not crimestats."""

from __future__ import annotations

import csv

from conftest import need
from crimestats.claims import check_text


def _city_rows(year: int, crime_type: str) -> int:
    """City of London street crimes of one type in a calendar year, each Crime ID once."""
    ids: set[str] = set()
    blank = 0
    for m in range(1, 13):
        p = need(f"police-uk-street/city-of-london/{year}-{m:02d}/{year}-{m:02d}-city-of-london-street.csv")
        with open(p, newline="") as fh:
            for r in csv.DictReader(fh):
                if r["Crime type"] == crime_type:
                    if r["Crime ID"]:
                        ids.add(r["Crime ID"])
                    else:
                        blank += 1
    return len(ids) + blank


def _met_searches(year: int, month: int) -> int:
    p = need(f"police-uk-street/metropolitan-stop-and-search/{year}-{month:02d}/"
             f"{year}-{month:02d}-metropolitan-stop-and-search.csv")
    with open(p, newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def _by_text(res, fragment: str):
    got = [c for c in res.claims if fragment in c.claim.text]
    assert got, [c.claim.text for c in res.claims]
    return got


def test_square_mile_keeps_the_city(real_store):
    now, before = _city_rows(2025, "Burglary"), _city_rows(2024, "Burglary")
    word = "rose" if now > before else "fell"
    text = (f"Square Mile crime review\n\nBurglaries in the Square Mile {word} in 2025, to {now:,}.\n\n"
            f"Bike thefts in the City were also recorded in 2025.")
    res = check_text(real_store, text=text, as_of="2026-02-01")
    c = _by_text(res, f"{now:,}")[-1]
    assert c.area == "City of London"
    assert c.found == now and c.verdict in ("accurate", "accurate_with_caveat")


def test_ward_named_in_text_is_counted_for_the_ward(real_store):
    text = "Offences in the Stratford Olympic Park ward went up by 40% in 2025."
    res = check_text(real_store, text=text, as_of="2026-03-01")
    c = _by_text(res, "40%")[0]
    assert "Stratford Olympic Park" in (c.area or "")
    assert c.area != "Newham"


def test_bare_month_and_than_in_month(real_store):
    feb, jan = _met_searches(2018, 2), _met_searches(2018, 1)
    pct = round(100 * (feb - jan) / jan)
    text = ("Stop and search in London in the first three months of 2018.\n\n"
            f"During February the Met carried out {feb:,} searches, {abs(pct)}% "
            f"{'fewer' if pct < 0 else 'more'} than in January.")
    res = check_text(real_store, text=text, as_of="2018-06-01")
    count = _by_text(res, f"{feb:,}")[0]
    assert count.period == "February 2018" and count.found == feb
    change = [c for c in res.claims if c.kind == "change"][0]
    assert change.verdict == "accurate"
    assert abs(change.found - 100 * (feb - jan) / jan) < 0.06


def test_carried_stop_search_part_is_re_read_from_its_own_clause(real_store):
    text = ("Stop and search in London in the first three months of 2018.\n\n"
            "Only about one in six searches resulted in an arrest.\n\n"
            "Roughly 70% of them ended with no further action.")
    res = check_text(real_store, text=text, as_of="2018-06-01")
    nfa = _by_text(res, "no further action")[0]
    assert nfa.measure == "stop_search_no_further_action"


def test_knife_point_robbery_with_injury_is_the_dashboard_part(real_store):
    text = "In 2024/25 knifepoint robberies where the victim was injured went up by 12% in London."
    res = check_text(real_store, text=text, as_of="2025-06-01")
    c = _by_text(res, "12%")[0]
    assert c.measure == "knife_robbery_with_injury"


def test_safer_than_new_york_is_an_opinion_with_counts(real_store):
    res = check_text(real_store, text="Our capital is a much safer city than New York, says the mayor of London.",
                     as_of="2026-03-25")
    c = res.claims[0]
    assert c.verdict == "opinion"
    assert "no population" in c.explanation


def test_house_number_and_year_before_rate_are_not_figures(real_store):
    res = check_text(real_store, text="Officers raided a flat at 32 Coldharbour Road on Tuesday and arrested a man.",
                     as_of="2026-03-25")
    assert not [c for c in res.claims if c.claimed == 32]
    res = check_text(real_store, text="In 2024 London's homicide rate was roughly one per 100,000 residents.",
                     as_of="2026-03-25")
    assert [c.claimed for c in res.claims if c.kind == "rate"] == [1.0]


def test_the_same_year_is_the_year_the_sentence_before_named(real_store):
    text = ("Knife crime by force.\n\nIn 2018/19 forces across England reported big rises in knife crime.\n\n"
            "Northumbria's figure roughly tripled in the same year.")
    res = check_text(real_store, text=text, as_of="2020-09-01")
    c = _by_text(res, "tripled")[0]
    assert c.period == "2018/19"
