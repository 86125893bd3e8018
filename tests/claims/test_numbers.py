"""Reading figures: number words (above ninety-nine, vague quantities), rounding tolerance, bounds
('just under N'), and numbers that are not figures (section numbers, house numbers, calendar years).

Expected figures come from the raw files through ``raw.py`` (pyarrow / csv, never crimestats).
"""

from __future__ import annotations

from crimestats import check_text
from crimestats.claims import extract_claims

from ._internals import count_holds, find_numbers
from .raw import busiest_borough_2025, mps
from .support import NUMBER_WORDS, check, claim_with, one


# ----------------------------------------------------------------------------- pure text
def test_number_words_above_ninety_nine():
    got = {t.text: (t.value, t.low, t.high) for t in find_numbers(
        "one hundred and nine homicides, two thousand offences, a hundred stabbings, 1.2 million crimes, "
        "half a dozen killings")}
    assert got["one hundred and nine"][0] == 109 and got["two thousand"][0] == 2000
    assert got["a hundred"][0] == 100 and got["half a dozen"][0] == 6
    assert got["1.2 million"] == (1_200_000, 1_150_000, 1_250_000)


def test_round_figures_are_never_looser_than_five_percent():
    assert not count_holds(claimed=10_000, found=7_874)[0]
    assert count_holds(claimed=10_000, found=9_600)[0]
    assert count_holds(claimed=1_200, found=1_249)[0] and not count_holds(claimed=1_200, found=1_251)[0]


def test_number_words_and_vague_quantities():
    cs = extract_claims("I have got tens of thousands of men and women who are fantastic people.")
    assert len(cs) == 1 and cs[0].kind == "count" and cs[0].subject == "workforce"
    assert (cs[0].low, cs[0].high) == (20_000, 99_999)
    cs = extract_claims("Twenty-five stabbings were recorded in Lambeth.")
    assert cs[0].value == 25


# ----------------------------------------------------------------------------- against the raw data
def test_word_figure_up_from_the_year_before(real_store):
    """'up from seven the year before': a number word with no noun after it is the earlier count."""
    pick = [(b, mps(year=2024, minor="HOMICIDE", borough=b)) for b in ("Southwark", "Lambeth", "Newham", "Brent",
                                                                        "Croydon", "Haringey")]
    borough, before = next((b, n) for b, n in pick if n in NUMBER_WORDS)
    now = mps(year=2025, minor="HOMICIDE", borough=borough)
    res = check(real_store, f"{borough} recorded {now} homicides in 2025, up from {NUMBER_WORDS[before]} the year "
                            "before.", "2026-03-10")
    c = claim_with(res, NUMBER_WORDS[before])
    assert c.period == "2024" and c.found == before and c.verdict == "accurate" and c.area == borough


def test_under_a_large_figure_is_a_bound_not_an_age(real_store):
    n = mps(year=2025, major="VIOLENCE AGAINST THE PERSON", borough="Ealing")
    bound = (n // 1000 + 1) * 1000
    c = claim_with(check(real_store, f"Just under {bound:,} violence against the person offences were recorded "
                                     "in Ealing in 2025.", "2026-03-10"), f"{bound:,}")
    assert c.found == n and c.verdict == "accurate"


def test_section_number_and_calendar_year_are_not_the_figure(real_store):
    name, n = busiest_borough_2025("BURGLARY")
    res = check(real_store, f"Crime review 2026/27.\n3.4 The review gave {n:,} burglaries in {name} "
                            f"in calendar year 2025.\n", "2026-09-01")
    c = one(res, "count", f"{n:,}")
    assert c.claimed == n and c.verdict == "accurate"
    assert c.period == "2025"


def test_house_number_and_year_before_rate_are_not_figures(real_store):
    res = check_text(real_store, text="Officers raided a flat at 32 Coldharbour Road on Tuesday and arrested a man.",
                     as_of="2026-03-25")
    assert not [c for c in res.claims if c.claimed == 32]
    res = check_text(real_store, text="In 2024 London's homicide rate was roughly one per 100,000 residents.",
                     as_of="2026-03-25")
    assert [c.claimed for c in res.claims if c.kind == "rate"] == [1.0]


def test_percentages_written_in_words(real_store):
    """'five per cent', 'one per cent', 'twenty-five percent' are percentages, judged as the figure they say."""
    now, then = mps(year=2024, major="ROBBERY", borough="Ealing"), mps(year=2023, major="ROBBERY", borough="Ealing")
    change = (now - then) / then * 100
    said = round(abs(change))
    word = NUMBER_WORDS.get(said) or {1: "one", 20: "twenty", 25: "twenty-five"}.get(said)
    if word is None:
        word, said = "twenty-five", 25
    verb = "rose" if change > 0 else "fell"
    c = one(check(real_store, f"Robbery in Ealing {verb} by {word} per cent in 2024.", "2025-03-01"), "change")
    assert c.claim.unit == "percent" and abs(c.claim.value) == said
    assert (c.verdict in {"accurate", "accurate_with_caveat"}) == (round(abs(change)) == said), c.explanation
    wrong = one(check(real_store, f"Robbery in Ealing {verb} by {NUMBER_WORDS[7] if said != 7 else 'nine'} per cent "
                                  "in 2024.", "2025-03-01"), "change")
    assert wrong.verdict == "inaccurate", wrong.explanation
    assert [t.value for t in find_numbers("up by just over one per cent")] == [1.0]
