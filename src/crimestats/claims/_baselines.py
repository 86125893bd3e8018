"""Periods and baselines in a sentence: which year a claim is about, and which it is compared with.

"That is 11% down on 2024, and 40% lower than the peak of 153 in 2019" is about the article's
year (2025): 2024 and 2019 are baselines.  A year written after 'on', 'than', 'since',
'compared with', 'down from', 'peak of 153 in' is the comparison's other end, never the
claim's own period, and it does not become the period later sentences go on talking about.

Extraction (``_extract``) calls ``baseline_spans`` to keep those years out of period finding and
``assign_periods`` to give every claim of a sentence its period and baseline text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._model import Claim

__all__ = ["MONTH_WORDS", "find_period", "baseline_spans", "assign_periods"]

_I = re.IGNORECASE
MONTH_WORDS = ("january|february|march|april|may|june|july|august|september|october|november|december"
               "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_MONTHS = MONTH_WORDS
_DIGIT = re.compile(r"[0-9]")

# Period phrases, most specific first.  Each yields (span, text).
_PERIOD_PATTERNS = [
    re.compile(rf"\b(?:the\s+)?(?:year|12 months|twelve months)\s+(?:to|ending)\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b", _I),
    re.compile(r"\b(?:FY\s?|financial\s+year\s+)?(?:19|20)\d{2}\s?[/–-]\s?\d{2}\b(?!\d)", _I),
    re.compile(rf"\bsince\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b", _I),
    re.compile(r"\b(?:last|this)\s+(?:financial\s+)?(?:year|month)\b|\bso far this year\b|\byear to date\b"
               r"|\b(?:the\s+)?(?:past|last)\s+(?:12|twelve)\s+months\b|\b(?:(?:in|over|during)\s+)?the\s+(?:past|last)\s+year\b", _I),
    re.compile(r"\b(?:the\s+)?first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+"
               r"months\s+of\s+(?:19|20)\d{2}\b"
               r"|\b(?:the\s+)?(?:first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:19|20)\d{2}\b"
               r"|\b(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:19|20)\d{2}\b|\bQ[1-4]\s+(?:19|20)\d{2}\b", _I),
    re.compile(rf"\b(?:{_MONTHS})\s+(?:19|20)\d{{2}}\b", _I),
    re.compile(r"\b(?:in|for|during|of|over)\s+(?:the\s+year\s+)?(?:19|20)\d{2}\b(?![/%\d])", _I),
]
_BASELINE = re.compile(
    r"\b(?:on|from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:in\s+|the\s+)?"
    rf"(?P<b>(?:{_MONTHS})\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}}(?:/\d{{2}})?|last\s+year|the\s+previous\s+year|"
    r"the\s+year\s+before|the\s+same\s+(?:month|period|time|quarter)\s+(?:last|a|the\s+previous)\s+year|"
    r"a\s+year\s+(?:earlier|ago|before))\b", _I)
# 'since 2011' as the baseline of a change ('has halved since 2011'), not a record's tail
_SINCE_BASE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:start|end|beginning)\s+of\s+|(?:[A-Za-z'’]+\s+){1,6}?in\s+)?(?P<b>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)
# 'between 2015/16 and 2019/20', 'from 2016 to 2019': baseline and period together
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:[\w,.]+\s+in\s+)?(?P<a>(?:19|20)\d{2}(?:/\d{2})?)\s+(?:and|to)\s+"
                      r"(?:[\w,.]+\s+in\s+)?(?P<b>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)


def find_period(text: str, exclude: list[tuple[int, int]]) -> str | None:
    """The first period phrase in ``text`` that overlaps none of the ``exclude`` spans."""
    low = text.lower()
    if not (_DIGIT.search(text) or any(w in low for w in ("last ", "this ", "since ", "year", "month"))):
        return None
    for pat in _PERIOD_PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in exclude):
                continue
            return m.group(0)
    return None


def baseline_spans(st: str) -> list[tuple[int, int]]:
    """Spans of ``st`` that name a comparison's other end (kept out of period finding)."""
    low = st.lower()
    digits = _DIGIT.search(st) is not None
    out: list[tuple[int, int]] = []
    for m in (_BASELINE.finditer(st) if digits or "year" in low else ()):
        out.append((m.start("b"), m.end("b")))
    for m in (_BETWEEN.finditer(st) if digits else ()):
        out += [m.span("a"), m.span("b")]
    for m in (_SINCE_BASE.finditer(st) if "since" in low else ()):
        out.append(m.span("b"))
    return out


def _since_base(clause: str, st: str, rec_spans: list[tuple[int, int]], rel: int) -> str | None:
    """'has halved since 2011': the year a change is measured from, unless it is a record's 'since'."""
    for m in _SINCE_BASE.finditer(clause):
        if not any(a <= m.start() + rel < b for a, b in rec_spans):
            return m.group("b")
    if not rec_spans:
        m = _SINCE_BASE.search(st)
        return m.group("b") if m else None
    return None


def assign_periods(claims: list["Claim"], *, st: str, sentence_start: int, used: list[tuple[int, int]]) -> None:
    """Give each claim of sentence ``st`` its period and baseline text, from its clause first, then
    the sentence; ``used`` are sentence-relative spans already taken (records, baselines)."""
    rec_spans = [(c.start - sentence_start, c.end - sentence_start) for c in claims if c.kind == "record"]
    sent_period = find_period(st, used)
    for c in claims:
        rel = (c.start - sentence_start, c.end - sentence_start)
        local = [(a - rel[0], b - rel[0]) for a, b in used]
        if c.subject == "at":   # '... compared with 21 in 2023': a second year in the sentence binds its figure only
            c.subject = None if sent_period and c.period_text and c.period_text in sent_period else "when"
        c.period_text = c.period_text or find_period(c.clause, local) or sent_period
        if c.kind in ("change", "ratio", "direction", "comparison") and c.baseline_text is None:
            if c.kind == "comparison" and c.compare_to:
                continue
            bw = _BETWEEN.search(c.clause) or _BETWEEN.search(st)
            bm = _BASELINE.search(c.clause) or _BASELINE.search(st)
            sm = _since_base(c.clause, st, rec_spans, c.start - sentence_start)
            if bw:
                c.baseline_text, c.period_text = bw.group("a"), bw.group("b")
            elif bm and c.kind != "comparison":
                c.baseline_text = bm.group("b")
            elif sm and c.kind != "comparison":
                c.baseline_text, c.since_baseline = sm, True
