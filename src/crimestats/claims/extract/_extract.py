"""Find the statistical claims in a text: pure text handling, no store.

A text is cut into sentences and each sentence into clauses ("..., which was a N% fall and the
lowest figure since <year>" is three clauses).  Each sentence is scanned by the registered extraction
rules (``_rules.RULES``: counts, percentage changes, ratio words, records, equality, shares, rates,
direction-only statements, comparisons between places and opinions about safety), one module per
claim family, overlaps settled by one rule (priority, then span; see ``_rules``).  Numbers that are
not claims (years, ages, dates, road names such as 'the A13', '9/11', '24/7', phone numbers, section
numbers, HTML tags pasted as text) are skipped.  Every claim keeps character offsets into the original
text.

All patterns are bounded (no nested unbounded repetition), so a 1 MB paste is scanned in linear time.

Sentences and clauses come from ``_sentences``, which numbers are figures from ``_number_roles``, place
names from ``_place_names``, tables from ``_extract_table``.
"""

from __future__ import annotations

from .._limits import (
    CLAIM_SAMPLE_CHARS,
    check_claims_per_sentence,
    check_projected_claims,
    check_sentences,
    check_text_size,
)
from .._model import Claim
from .._sentences import Sentence, _blank_tags, _claim, _clauses, split_sentences
from ._echo import echo_claims
from ._evaluative import quoted_judgement
from ._extract_table import _table_claims
from ._opinion_words import judgement
from ._place_names import find_places
from ._rules import scan_sentence

__all__ = ["extract_claims", "split_sentences", "Sentence", "find_places"]


def _opinion(s: Sentence, text: str, start: int, body: str) -> Claim | None:
    """``body`` (at ``start``) as an opinion claim when it only judges, else None."""
    m = judgement(body)
    if m is None:
        return None
    return _claim("opinion", (start, start + len(body.rstrip(" .!?\"”"))), s, text, claimed_text=m.group(0))


def _judgement_only(s: Sentence, text: str) -> list[Claim]:
    """A sentence with no claim may still be an opinion with no figure ('Londoners deserve better.')."""
    c = _opinion(s, text, s.start, s.text)
    return [c] if c else []


def _judgement_clauses(s: Sentence, text: str, claims: list[Claim]) -> list[Claim]:
    """A clause beside a figure's that only judges (', which says <a judgement>'): its own opinion claim;
    a clause that holds a claim is never one."""
    out = []
    for a, b in _clauses(s):
        if any(c.start < b and a < c.end for c in claims):
            continue
        c = _opinion(s, text, a, text[a:b])
        if c is not None:
            out.append(c)
    q = quoted_judgement(s.text)
    if q is not None and not any(c.start <= s.start + q.start(1) < c.end for c in out):
        # 'said the rise was "<a verdict>"': the quoted verdict, beside any other judging clause
        out.append(_claim("opinion", (s.start + q.start(1), s.start + q.end(1)), s, text, claimed_text=q.group(1)))
    return out


def _sentence_claims(s: Sentence, text: str) -> list[Claim]:
    found = scan_sentence(s, text)
    if found is None:
        return _judgement_only(s, text)
    if any(c.kind != "opinion" for c in found):
        found = sorted(found + _judgement_clauses(s, text, found), key=lambda c: (c.start, c.end))
    return found


def extract_claims(text: str) -> list[Claim]:
    """Every statistical claim in ``text``, in reading order, with offsets into ``text``.

    Raises :class:`~crimestats.LimitError` for a text beyond the limits in ``_limits`` (bounded cost)."""
    check_text_size(text)
    clean = _blank_tags(text)
    out: list[Claim] = []
    sentences = split_sentences(clean)
    check_sentences(clean, sentences)
    table_rows, table_claims = _table_claims(sentences, clean)
    sampled = len(clean) <= 2 * CLAIM_SAMPLE_CHARS      # a short text is never projected
    for s in sentences:
        found = table_claims[s.index] if s.index in table_rows else _sentence_claims(s, clean)
        out.extend(found)
        check_claims_per_sentence(clean, s, len(found), total=len(out))
        if not sampled and s.start + len(s.text) >= CLAIM_SAMPLE_CHARS:
            check_projected_claims(clean, s, total=len(out))
            sampled = True
    out = echo_claims(out, sentences, clean)
    for c in out:       # show the original characters (tags were blanked, offsets are the same)
        c.text = text[c.start:c.end]
    return out
