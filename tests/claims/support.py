"""Small helpers the claim-checker tests share: run the checker, pick a claim out of its answer.

They go through the public API only (``crimestats.check_text``, ``crimestats.claims.extract_claims``).
Expected figures live in ``raw.py``; private imports in ``_internals.py``.
"""

from __future__ import annotations

from typing import Any

from crimestats import check_text
from crimestats.claims import CheckedClaim, extract_claims

HOLDS = {"accurate", "accurate_with_caveat"}
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
                11: "eleven", 12: "twelve"}
ORDINAL_WORDS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
                 9: "ninth", 10: "tenth"}


def check(store, text: str, as_of: str) -> list[CheckedClaim]:
    """The checked claims of ``text`` as of a date."""
    return check_text(store, text=text, as_of=as_of).claims


def one(claims: list[CheckedClaim], kind: str | None = None, key: str | None = None) -> CheckedClaim:
    """The first claim of ``kind`` (any kind if None) whose sentence text contains ``key``."""
    got = [c for c in claims if (kind is None or c.claim.kind == kind) and (key is None or key in c.claim.text)]
    assert got, f"no {kind} claim with {key!r}; got {[(c.claim.kind, c.claim.text) for c in claims]}"
    return got[0]


def claim_with(claims: list[CheckedClaim], needle: str) -> CheckedClaim:
    """The first claim whose claimed figure or sentence text contains ``needle``."""
    hits = [c for c in claims if needle in (c.claim.claimed_text or "") or needle in c.claim.text]
    assert hits, [c.claim.text for c in claims]
    return hits[0]


def kinds(text: str) -> list[str]:
    """The kinds of the claims extracted from ``text``, in order."""
    return [c.kind for c in extract_claims(text)]


def assert_fields(claim: Any, want: dict[str, Any]) -> None:
    """Every field named in ``want`` equals its value on ``claim``."""
    for k, v in want.items():
        assert getattr(claim, k) == v, (k, getattr(claim, k), claim)


def extracted_once(text: str, kind: str):
    """The only claim of ``kind`` extracted from ``text`` (fails if there are none or several)."""
    got = [c for c in extract_claims(text) if c.kind == kind]
    assert len(got) == 1, [(c.kind, c.claimed_text) for c in extract_claims(text)]
    return got[0]


def extracted_first(text: str, kind: str):
    """The first claim of ``kind`` extracted from ``text``."""
    return next(c for c in extract_claims(text) if c.kind == kind)
