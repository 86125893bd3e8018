"""Round 10 (context): a report's section number is no figure, 'in calendar year 2022' is the figure's
own period, an older release's year does not carry to later sentences, a clause's own 'since' beats the
sentence's other baseline, a ward name that is also a town centre stays the borough, and opinions with
no figure.  Expected figures come from the raw Met parquet (pyarrow), never through crimestats."""

from __future__ import annotations

from crimestats.claims import check_text
from test_claims_round9 import _borough_counts, _claim


def _busiest(major: str) -> tuple[str, int]:
    counts = _borough_counts(major, None, "recorded-crime-borough")
    name = max(counts, key=counts.get)
    return name, counts[name]


def test_section_number_and_calendar_year_are_not_the_figure(real_store):
    name, n = _busiest("BURGLARY")
    res = check_text(real_store, text=f"Crime review 2026/27.\n3.4 The review gave {n:,} burglaries in {name} "
                                      f"in calendar year 2025.\n", as_of="2026-09-01")
    c = _claim(res, f"{n:,}", "count")
    assert c.claimed == n and c.verdict == "accurate"
    assert c.period == "2025"


def test_published_year_is_not_the_period_and_does_not_carry(real_store):
    name, n = _busiest("ROBBERY")
    res = check_text(real_store, text=(f"{name} robbery in 2025.\nFigures released in 2026 showed {n:,} robberies "
                                       f"in {name} in 2025.\nThe borough's robbery total was {n:,}.\n"),
                     as_of="2026-12-01")
    got = [c for c in res.claims if c.kind == "count" and c.claimed == n]
    assert len(got) == 2 and all(c.period == "2025" for c in got), [(c.period) for c in got]


def test_town_centre_ward_name_stays_the_borough(real_store):
    counts = _borough_counts("DRUG OFFENCES", None, "recorded-crime-borough")
    n = counts["Ealing"]
    res = check_text(real_store, text=f"Drug offences in 2025 reached {n:,} , many of them near Ealing Broadway.",
                     as_of="2026-03-15")
    c = _claim(res, f"{n:,}", "count")
    assert c.area == "Ealing" and c.claimed == n and c.verdict in ("accurate", "accurate_with_caveat")


def test_praise_and_neglect_without_figures_are_opinions(real_store):
    for text in ("Councillors say Lewisham remains a thriving borough for families.",
                 "Residents feel they have been ignored by City Hall for years.",
                 "The chief said Canary Wharf is one of the safest financial centres in the world."):
        res = check_text(real_store, text=text, as_of="2026-03-15")
        assert [c.kind for c in res.claims] == ["opinion"], text
