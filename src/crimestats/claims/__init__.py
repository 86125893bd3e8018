"""The claim checker: find statistical claims in text, resolve what they are about, give verdicts.

``extract_claims(text)`` is pure text handling; ``check_text(store, text=..., as_of=...)`` resolves
each claim against the store through the facts API and returns a :class:`CheckResult`, whose
``as_dict()`` is the JSON schema documented in docs/claims.md.
"""

from __future__ import annotations

from ._check import check_text
from ._model import KINDS, VERDICT_LABELS, VERDICTS, CheckedClaim, CheckResult, Claim, Evidence
from ._render import render_json, render_rows, render_text
from ._sentences import split_sentences
from .extract._extract import extract_claims

__all__ = ["check_text", "extract_claims", "split_sentences", "Claim", "CheckedClaim", "CheckResult",
           "Evidence", "KINDS", "VERDICTS", "render_text", "render_json", "render_rows", "VERDICT_LABELS"]
