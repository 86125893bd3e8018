"""Adversarial inputs for the claim checker (issue 13), as generators sized by a parameter.

Each generator returns text; ``CASES`` maps a name to (generator, the size the red-team used).
The benchmark (``bench_adversarial.py``) runs them at full size; tests/test_reliability_check.py
imports them at small sizes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve()
SEED = HERE.parents[3] / "shared" / "docs" / "seed-article.txt"


def percents(n: int) -> str:
    """'0% 1% 2% ... (n-1)%': one sentence of n percentages (11 KB at n=2,000)."""
    return " ".join(f"{i}%" for i in range(n))


def from_to_chain(n: int) -> str:
    """'from 0 to 1 to 2 ...': n steps of one range (10 KB at n=2,000)."""
    return "from " + " to ".join(str(i) for i in range(n))


def repeated_clause(size: int) -> str:
    """'crime rose 5 per cent in London in 2022 and ' repeated to ``size`` characters: one sentence."""
    unit = "crime rose 5 per cent in London in 2022 and "
    return (unit * (size // len(unit) + 1))[:size]


def comma_numbers(n: int) -> str:
    """n comma-separated numbers: '1, 2, 3, ...'."""
    return ", ".join(str(i) for i in range(1, n + 1))


def since_1990(n: int) -> str:
    """'since 1990 ' repeated n times (550 KB at n=50,000)."""
    return "since 1990 " * n


def huge_count(digits: int) -> str:
    """A count with ``digits`` digits (310 overflows a float)."""
    return f"There were {'9' * digits} burglaries in London in 2022."


def seed_repeated(size: int) -> str:
    """The seed article repeated to ``size`` characters (ordinary text)."""
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else (
        "Burglary in London fell by 9% in 2022 to 55,000 offences. Homicides rose to 109.\n")
    return (text * (size // len(text) + 1))[:size]


def dense_sentences(n: int) -> str:
    """n sentences each just under the per-sentence limits (about 38 claims each): the costliest text the
    limits let through."""
    unit = "crime rose 5 per cent in London in 2022 and "
    one = (unit * 38).rstrip(" and") + "."
    return "\n".join(one[0].upper() + one[1:] for _ in range(n))


def wordy_figures(n: int) -> str:
    """One sentence of n word-numbers ('nine, ten, eleven, ...' ) with stat nouns, under the length limit."""
    words = ["nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty"]
    return "There were " + ", ".join(f"{words[i % len(words)]} burglaries" for i in range(n)) + " in 2022."


_PROSE = ("The council's committee met on Tuesday evening to talk about the library, the park and the "
          "bus routes that residents have asked about for some time. Several speakers said the plans needed "
          "more thought before anything was agreed, and the chair promised a fuller report in the spring.\n")


def ordinary_text(size: int) -> str:
    """``size`` characters of ordinary prose: the seed article once per ~60 KB, the rest sentences with
    no figures (a long report, as opposed to a dump of claims)."""
    seed = seed_repeated(len(SEED.read_text(encoding="utf-8")) if SEED.exists() else 200)
    block = seed + _PROSE * ((60_000 - len(seed)) // len(_PROSE))
    return (block * (size // len(block) + 1))[:size]


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "percents": (percents, 2_000),
    "from_to_chain": (from_to_chain, 2_000),
    "repeated_clause_35k": (repeated_clause, 35_000),
    "repeated_clause_1m": (repeated_clause, 1_000_000),
    "comma_numbers": (comma_numbers, 10_000),
    "since_1990": (since_1990, 50_000),
    "huge_count": (huge_count, 310),
    "seed_5mb": (seed_repeated, 5_000_000),
    "seed_1mb": (seed_repeated, 1_000_000),
    "ordinary_1mb": (ordinary_text, 1_000_000),
    "dense_sentences": (dense_sentences, 26),
    "wordy_figures": (wordy_figures, 200),
}
