"""Claims in tables pasted as text: a '| <year> | <year> |' header row over rows of counts.

Each count cell becomes a count claim for its column's year; the sentences the table took are not
read again as prose.
"""

from __future__ import annotations

import re

from .._model import Claim
from .._sentences import Sentence, _claim

_I = re.IGNORECASE
_CELL = re.compile(r"[^|]+")
_HEADER_CELL = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2})?", _I)
_COUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _table_claims(sentences: list[Sentence], text: str) -> tuple[set[int], dict[int, list[Claim]]]:
    """Tables pasted as text ('Offence type | <year> | <year>' then 'Burglary | N | N'): each
    count cell is a claim about the row's measure in its column's year.  Returns the sentence
    indexes that are table lines and the claims for each."""
    rows: set[int] = set()
    claims: dict[int, list[Claim]] = {}
    header: list[str] | None = None
    for s in sentences:
        if s.text.count("|") < 1:
            header = None
            continue
        cells = [(s.start + m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.group(0).strip())
                 for m in _CELL.finditer(s.text) if m.group(0).strip()]
        if len(cells) < 2 or all(set(t) <= set("-: ") for _, t in cells):
            if header is not None:
                rows.add(s.index)
                claims[s.index] = []
            continue
        if all(_HEADER_CELL.fullmatch(t) for _, t in cells[1:]):
            header = [t for _, t in cells[1:]]
            rows.add(s.index)
            claims[s.index] = []
            continue
        if header is None or len(cells) - 1 != len(header) or not re.search(r"[A-Za-z]", cells[0][1]):
            continue
        rows.add(s.index)
        out = claims.setdefault(s.index, [])
        for (pos, t), period in zip(cells[1:], header, strict=True):
            if not _COUNT_CELL.fullmatch(t):
                continue
            c = _claim("count", (s.start, s.end), s, text, claimed_text=t, value=float(t.replace(",", "")),
                       unit="count", approx="exact", period_text=period, subject="at")
            c.start, c.end = pos, pos + len(t)
            c.clause = s.text
            out.append(c)
    return rows, claims
