"""One sentence being scanned, and the shape of an extraction rule.

An :class:`ExtractionRule` names a claim shape (``kind``), a cheap ``gate`` on the sentence (a
substring test, so most sentences skip the rule's pattern), a ``find`` that returns the rule's claims
and a ``priority``.  The rules themselves live with their claim family (``_extract_count``,
``_extract_ratio``, ``_extract_record`` ...); the table and the overlap rule are in ``_rules``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .._caseless import boundary_factored
from .._lexicon import DOWN_WORDS, UP_WORDS, alternation
from .._model import Claim
from .._sentences import Sentence, _claim, _clause_of, _clauses

__all__ = ["ExtractionRule", "Scan", "Words", "has", "trie_alternation", "DOWN", "UP", "DOWN_RE", "UP_RE", "RATE_WORDS", "direction", "ELIDED_BY",
           "elided_clause", "way_before"]

_I = re.IGNORECASE
DOWN = alternation(DOWN_WORDS)
UP = alternation(UP_WORDS)
DOWN_RE = re.compile(rf"\b(?:{DOWN})\b", _I)
UP_RE = re.compile(rf"\b(?:{UP})\b", _I)
# a rate said in words: 'the rate', 'per head', 'per 1,000' (a ranking or a comparison of rates, not counts)
RATE_WORDS = re.compile(r"\brates?\b|\bper\s+(?:head|capita|person|resident|1,?000|100,?000|thousand)\b", _I)
_DIGIT = re.compile(r"[0-9]")


# a change whose verb was left out after another: ', and <crime> by ...', 'while <crime> by ...'
ELIDED_BY = r"(?:,\s*|\band\s+|\bwhile\s+)(?:[\w'-]+\s+){1,4}?by\s+"
_ELIDED_LEAD = re.compile(r"^(?:,\s*|and\s+|while\s+)", re.IGNORECASE)


def elided_clause(said: str) -> str:
    """The words of an elided change without its conjunction: its own crime, not the first change's."""
    return _ELIDED_LEAD.sub("", said.strip())


def way_before(claims: list[Claim], pos: int, kinds: tuple[str, ...] | None = None) -> str | None:
    """The direction of the last claim (of ``kinds``, any when None) starting before ``pos``: the way an elided
    change goes."""
    return next((c.direction for c in reversed(claims) if (kinds is None or c.kind in kinds)
                 and c.direction in ("up", "down") and c.start < pos), None)


_GATES: dict[tuple[str, ...], re.Pattern[str]] = {}


def trie_alternation(words: tuple[str, ...]) -> str:
    """A regex that occurs in a text exactly when one of ``words`` does, shaped as a trie ('mo(?:st|re)'), so
    the engine tries one branch per first letter rather than one per word.  A word that extends another is
    dropped: for 'does any occur' the shorter one decides."""
    trie: dict[str, dict] = {}
    for w in sorted(set(words), key=len):
        node = trie
        for ch in w:
            if "" in node:          # a shorter word already ends here
                break
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return "(?:" + "|".join(parts) + ")" if len(parts) > 1 else parts[0] if parts else "(?!)"

    return emit(trie)


class Words:
    """A rule's gate words, compiled once into one trie pattern: ``words(low)`` is True when any of them occurs in the
    lowercased sentence.  Built at import, so a call costs one C-level search (no tuple of words per call, as
    :func:`has` builds).  ``patterns``: regex sources searched beside the words, for a need no plain word states
    (a whole word, a quantity)."""

    __slots__ = ("_search", "patterns", "words")

    def __init__(self, *words: str, patterns: tuple[str, ...] = ()) -> None:
        self.words = words
        self.patterns = patterns        # regex sources beside the words (a need that is no plain word)
        # only whether anything matches is asked: the patterns' top-level alternatives may stand beside the trie's
        # and those that begin with \b share one (the same positions match, fewer tests at each)
        self._search = re.compile(boundary_factored("|".join(([trie_alternation(words)] if words or not patterns else [])
                                                             + list(patterns)))).search

    def __call__(self, low: str) -> bool:
        return self._search(low) is not None

    @classmethod
    def any_of(cls, parts: tuple[Words, ...]) -> Words:
        """One test that passes when any of ``parts`` does: all their words in one trie, their patterns beside it."""
        return cls(*(w for p in parts for w in p.words), patterns=tuple(dict.fromkeys(q for p in parts for q in p.patterns)))


def has(low: str, *words: str) -> bool:
    """Cheap substring gate before running a pattern over a sentence: does any of ``words`` occur in ``low``?

    One compiled trie of the literal words per gate (kept), so the test runs in C, not a Python loop."""
    pat = _GATES.get(words)
    if pat is None:
        pat = _GATES[words] = re.compile(trie_alternation(words))
    return pat.search(low) is not None


def direction(window: str) -> str | None:
    """'down' or 'up' from the first direction word in ``window`` (None when it names neither)."""
    d, u = DOWN_RE.search(window), UP_RE.search(window)
    if d and not u:
        return "down"
    if u and not d:
        return "up"
    if d and u:
        return "down" if d.start() < u.start() else "up"
    return None


@dataclass
class Scan:
    """A sentence under scan: its text, and what the rules run so far have claimed.

    ``used`` holds the sentence-relative spans taken by accepted claims (and by baseline years);
    ``ratio_spans`` the spans of ratio claims (a fraction inside one is not also a share);
    ``taken`` the clauses already holding a change, ratio, record or direction claim."""

    s: Sentence
    text: str
    st: str = ""
    low: str = ""
    digits: bool = False
    clauses: list[tuple[int, int]] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    used: list[tuple[int, int]] = field(default_factory=list)
    ratio_spans: list[tuple[int, int]] = field(default_factory=list)
    _taken: set[tuple[int, int]] | None = None

    def __post_init__(self) -> None:
        self.st = self.s.text
        self.low = self.st.lower()
        self.digits = _DIGIT.search(self.st) is not None

    def open(self) -> None:
        """Cut the sentence into clauses (only for a sentence some gate lets through)."""
        self.clauses = _clauses(self.s)

    def clause_at(self, pos: int) -> tuple[int, int]:
        return _clause_of(self.clauses, self.s.start + pos)

    def make(self, kind: str, pos: int, **kw: object) -> Claim:
        """A claim of ``kind`` in the clause holding sentence-relative position ``pos``."""
        return _claim(kind, self.clause_at(pos), self.s, self.text, **kw)

    def in_clause(self, kind: str, clause: tuple[int, int], **kw: object) -> Claim:
        return _claim(kind, clause, self.s, self.text, **kw)

    def line_span(self) -> tuple[int, int]:
        """The whole sentence as a clause, without a list bullet or the full stop (a fact box's '- <label>: <value>')."""
        st = self.st
        return self.s.start + len(st) - len(st.lstrip(" -•*")), self.s.start + len(st.rstrip(" ."))

    def free(self, pos: int) -> bool:
        """No accepted claim's span holds ``pos``."""
        return not any(a <= pos < b for a, b in self.used)

    @property
    def taken(self) -> set[tuple[int, int]]:
        """Clauses holding a change, ratio, record or direction claim (fixed when first asked)."""
        if self._taken is None:
            self._taken = {(c.start, c.end) for c in self.claims
                           if c.kind in ("change", "ratio", "record") or c.subject == "change"}
        return self._taken


Gate = Callable[[Scan], bool]
Find = Callable[[Scan], list[Claim]]


@dataclass(frozen=True)
class ExtractionRule:
    """A registered claim shape: ``find`` runs on a scanned sentence when ``gate`` passes (``None``: always).

    A sentence is scanned at all only when some rule's ``opener`` (its ``gate`` when not given) passes;
    ``opener`` lets a rule whose patterns gate themselves still name the words that make a sentence
    worth scanning.  ``needs``: words the opener cannot pass without (one of them occurs in the lowercased
    sentence whenever it passes), so one search for all rules' ``needs`` skips a sentence no opener can open."""

    name: str
    kind: str
    gate: Gate | None
    find: Find
    priority: int
    opener: Gate | None = None
    needs: Words | None = None
