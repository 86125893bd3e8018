"""Limits that keep one check's cost bounded (issue 13): input size, sentence length, figures and
claims per sentence.

The checker's work per sentence grows with the sentence's length times its figures, so a pasted list
of thousands of numbers with no full stop, or a megabyte-long 'sentence', would take minutes.  Real
articles stay far below every limit (the evaluation sets: sentences under 1,000 characters, at most
15 claims in one).  Input beyond a limit is refused before the costly steps, with a
:class:`~crimestats.LimitError` that says which limit, where, and how to get under it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .._errors import LimitError
from ._sentences import _blank_tags, split_sentences

__all__ = [
    "MAX_CLAIMS_PER_SENTENCE",
    "MAX_CLAIMS_PER_TEXT",
    "MAX_FIGURES_PER_SENTENCE",
    "MAX_FIGURES_PER_TEXT",
    "MAX_SENTENCE_CHARS",
    "MAX_TEXT_CHARS",
    "CLAIM_SAMPLE_CHARS",
    "check_claims_per_sentence",
    "check_projected_claims",
    "check_sentences",
    "check_text_size",
    "preflight",
]

MAX_TEXT_CHARS = 1_048_576          # 1 MiB of text: a long report, not a data dump
MAX_SENTENCE_CHARS = 5_000          # about 800 words; journalism's longest sentences are a few hundred
MAX_FIGURES_PER_SENTENCE = 100      # digit runs in one sentence (a table row is its own line)
MAX_CLAIMS_PER_SENTENCE = 40
MAX_CLAIMS_PER_TEXT = 3_000         # each claim costs a few store look-ups; a long report has a few hundred
# Digit runs in one text: a data dump, not prose, refused before extraction at the cost of one scan.  Not
# tied to the claim limit: a long report's dates, times, phone numbers and road names are figures too.
MAX_FIGURES_PER_TEXT = 40_000
# A dense paste of many articles would pass the claim limit only after seconds of extraction; once the
# first CLAIM_SAMPLE_CHARS of a longer text are read, its claims so far, scaled to the whole text, are
# compared with the limit (with room: twice it), so such a paste is refused after a fraction of the work.
CLAIM_SAMPLE_CHARS = 65_536

_FIGURE = re.compile(r"[0-9]+")


class _Sentence(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def text(self) -> str: ...


def _where(text: str, start: int) -> str:
    line = text.count("\n", 0, start) + 1
    return f"sentence at line {line} (character {start + 1:,})"


def check_text_size(text: str) -> None:
    """Refuse a text over :data:`MAX_TEXT_CHARS` characters."""
    if len(text) > MAX_TEXT_CHARS:
        raise LimitError(what="the text's length", limit=MAX_TEXT_CHARS, found=len(text), unit="characters",
                         hint="Check it in parts (an article or a report section at a time)")


def check_sentences(text: str, sentences: Sequence[_Sentence]) -> None:
    """Refuse a sentence over :data:`MAX_SENTENCE_CHARS` characters or :data:`MAX_FIGURES_PER_SENTENCE`
    figures (the checker reads prose, and such a 'sentence' is a list or a dump with no full stops), and
    a text with more than :data:`MAX_FIGURES_PER_TEXT` figures in all (a dense paste of many articles)."""
    total = 0
    for s in sentences:
        if len(s.text) > MAX_SENTENCE_CHARS:
            raise LimitError(what="its length", limit=MAX_SENTENCE_CHARS, found=len(s.text), unit="characters",
                             where=_where(text, s.start),
                             hint="Break it into sentences (full stops, line breaks) or check a shorter part")
        n = sum(1 for _ in _FIGURE.finditer(s.text))
        if n > MAX_FIGURES_PER_SENTENCE:
            raise LimitError(what="the number of figures in it", limit=MAX_FIGURES_PER_SENTENCE, found=n,
                             where=_where(text, s.start),
                             hint="Put a table's rows on lines of their own, or check a shorter part")
        total += n
        if total > MAX_FIGURES_PER_TEXT:
            raise LimitError(what="the number of figures in the text", limit=MAX_FIGURES_PER_TEXT,
                             found=sum(1 for _ in _FIGURE.finditer(text)),
                             hint=f"Check it in parts (an article or a report section at a time): figure "
                                  f"{MAX_FIGURES_PER_TEXT + 1:,} is in the {_where(text, s.start)}")


def check_projected_claims(text: str, sentence: _Sentence, *, total: int) -> None:
    """Refuse a text whose first :data:`CLAIM_SAMPLE_CHARS` characters (up to the end of ``sentence``)
    gave ``total`` claims, when that rate over the whole text passes twice :data:`MAX_CLAIMS_PER_TEXT`."""
    read = sentence.start + len(sentence.text)
    projected = total * len(text) // max(read, 1)
    if projected > 2 * MAX_CLAIMS_PER_TEXT:
        raise LimitError(what="the number of claims the text would give (from its first "
                              f"{read:,} characters: {total:,} claims)", limit=MAX_CLAIMS_PER_TEXT,
                         found=projected, where=f"up to the {_where(text, sentence.start)}",
                         hint="Check it in parts (an article or a report section at a time)")


def check_claims_per_sentence(text: str, sentence: _Sentence, n: int, *, total: int = 0) -> None:
    """Refuse a sentence yielding more than :data:`MAX_CLAIMS_PER_SENTENCE` claims, or a text whose claims
    so far (``total``, this sentence's included) pass :data:`MAX_CLAIMS_PER_TEXT`."""
    if total > MAX_CLAIMS_PER_TEXT:
        raise LimitError(what="the number of claims in the text", limit=MAX_CLAIMS_PER_TEXT, found=total,
                         where=f"up to the {_where(text, sentence.start)}",
                         hint="Check it in parts (an article or a report section at a time)")
    if n > MAX_CLAIMS_PER_SENTENCE:
        raise LimitError(what="the number of claims in it", limit=MAX_CLAIMS_PER_SENTENCE, found=n,
                         where=_where(text, sentence.start),
                         hint="Split it into sentences of a few claims each")


def preflight(text: str) -> None:
    """The cheap limits (size, sentence length, figures per sentence), checked without extracting: the
    web app runs this before handing a text to a check worker, so a refused text never waits for one."""
    check_text_size(text)
    clean = _blank_tags(text)
    check_sentences(clean, split_sentences(clean))
