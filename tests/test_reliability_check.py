"""The checker's cost is bounded (issue 13, part 1): the red team's inputs are refused with the limit
named (or, at small sizes, checked normally); a 310-digit count is no OverflowError; random text never
raises anything but a LimitError.  Speed itself is measured in bench/check/bench_adversarial.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crimestats import LimitError
from crimestats.claims import extract_claims
from crimestats.claims._limits import (
    CLAIM_SAMPLE_CHARS,
    MAX_CLAIMS_PER_SENTENCE,
    MAX_CLAIMS_PER_TEXT,
    MAX_FIGURES_PER_TEXT,
    MAX_SENTENCE_CHARS,
    MAX_TEXT_CHARS,
    preflight,
)
from reliability_util import cli, no_traceback

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench" / "check"))
import adversarial  # noqa: E402


@pytest.mark.parametrize("name", ["percents", "from_to_chain", "repeated_clause_35k", "repeated_clause_1m",
                                  "comma_numbers", "since_1990", "seed_5mb"])
def test_red_team_inputs_are_refused_with_the_limit_named(name):
    gen, size = adversarial.CASES[name]
    text = gen(size)
    with pytest.raises(LimitError) as e:
        preflight(text)             # the web app's check before a worker is asked
    err = e.value
    assert err.found > err.limit
    assert err.limit in (MAX_SENTENCE_CHARS, MAX_TEXT_CHARS)
    assert "over the limit" in str(err) and (err.where or "text's length" in str(err))
    with pytest.raises(LimitError):
        extract_claims(text)        # the library refuses the same text itself


@pytest.mark.parametrize(("name", "size", "kind"), [("percents", 30, "change"), ("comma_numbers", 20, None),
                                                    ("repeated_clause", 400, "change"), ("since_1990", 50, None)])
def test_the_same_shapes_at_ordinary_sizes_are_checked(name, size, kind):
    gen = getattr(adversarial, name)
    claims = extract_claims(gen(size))
    assert len(claims) <= MAX_CLAIMS_PER_SENTENCE
    if kind:
        assert any(c.kind in (kind, "share") for c in claims)


def test_too_many_claims_in_one_sentence_is_refused():
    with pytest.raises(LimitError, match="claims in it") as e:
        extract_claims(adversarial.wordy_figures(200))
    assert e.value.limit == MAX_CLAIMS_PER_SENTENCE and e.value.found == 200
    assert "line 1" in e.value.where


def test_a_dense_one_megabyte_paste_is_refused_from_its_first_part():
    text = adversarial.seed_repeated(1_000_000)        # ~330 copies of a short article: ~8,000 claims
    with pytest.raises(LimitError, match="claims the text would give") as e:
        extract_claims(text)
    assert e.value.limit == MAX_CLAIMS_PER_TEXT and e.value.found > 2 * MAX_CLAIMS_PER_TEXT
    assert "Check it in parts" in str(e.value) and "line " in str(e.value)
    # refused once the first 64 KB are read, not at the 3,001st claim
    assert int(e.value.where.split("character ")[1].rstrip(")").replace(",", "")) < 2 * CLAIM_SAMPLE_CHARS


def test_a_long_text_with_many_figures_but_few_claims_is_not_refused_by_projection():
    line = "On 6 January 2023 at 10:30 residents, aged 18 to 80, called 020 7946 0000. Crime fell 5% in Camden in 2022.\n"
    claims = extract_claims(line * (300_000 // len(line)))
    assert 0 < len(claims) <= MAX_CLAIMS_PER_TEXT


def test_the_figure_limit_counts_the_whole_text_not_one_sentence():
    line = "There were 7 burglaries.\n"       # one figure a sentence, every sentence far inside its limits
    preflight(line * MAX_FIGURES_PER_TEXT)
    with pytest.raises(LimitError, match="figures in the text") as e:
        preflight(line * (MAX_FIGURES_PER_TEXT + 1))
    assert e.value.found == MAX_FIGURES_PER_TEXT + 1
    assert f"line {MAX_FIGURES_PER_TEXT + 1}" in str(e.value)    # where the limit was passed


def test_a_310_digit_count_is_no_overflow(tmp_path, real_store_path):
    text = adversarial.huge_count(310)
    assert [c for c in extract_claims(text) if "9" * 20 in c.claimed_text] == []
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    r = cli("check", f, "--db", real_store_path, "--as-of", "2023-01-06")
    no_traceback(r)
    assert r.exit_code == 0, r.output
    # 15 digits is still a figure
    assert any(c.value == 999_999_999_999_999 for c in extract_claims(adversarial.huge_count(15)))


def test_cli_check_of_a_hostile_file_is_a_message(tmp_path, real_store_path):
    f = tmp_path / "h.txt"
    f.write_text(adversarial.percents(2_000), encoding="utf-8")
    r = cli("check", f, "--db", real_store_path, "--as-of", "2023-01-06")
    no_traceback(r)
    text = " ".join(r.output.split())
    assert r.exit_code == 1 and "over the limit of 5,000 characters" in text and "line 1" in text


_TOKENS = st.sampled_from(["crime", "rose", "fell", "by", "9%", "per cent", "in", "London", "2022", "since",
                           "1990", "from", "to", "homicides", "burglary", "the", "lowest", "record", ",", ".",
                           "9" * 40, "one in five", "half", "twice", "Croydon", "\n", "£3m", "<b>", "</b>",
                           "per 100,000", "5", "1,234", "0.5", "a third", "doubled", "Mr.", "“", "”", ";",
                           "than", "more", "fewer", "dozens", "hundreds of thousands", "-"])


@settings(max_examples=150, deadline=None)
@given(tokens=st.lists(_TOKENS, min_size=0, max_size=400))
def test_random_text_is_checked_or_refused_never_a_crash(tokens):
    text = " ".join(tokens)
    try:
        claims = extract_claims(text)
    except LimitError as exc:
        assert exc.found > exc.limit
        return
    for c in claims:
        assert text[c.start:c.end] == c.text
