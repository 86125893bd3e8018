"""The claim checker: find statistical claims in text, resolve what they are about, give verdicts.

``extract_claims(text)`` is pure text handling; ``check_text(store, text=..., as_of=...)`` resolves
each claim against the store through the facts API and returns a :class:`CheckResult`.
"""

from __future__ import annotations

from ._extract import extract_claims, split_sentences
from ._model import KINDS, VERDICTS, CheckedClaim, CheckResult, Claim, Evidence

__all__ = ["extract_claims", "split_sentences", "Claim", "CheckedClaim", "CheckResult", "Evidence",
           "KINDS", "VERDICTS"]
