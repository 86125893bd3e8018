"""Fast search for long case-insensitive patterns: a lowercase twin finds where to look.

CPython's ``re`` has no fast path for case-insensitive literals, so a long alternation of phrases compiled
with ``re.IGNORECASE`` costs several times more per character than the same alternation compiled
case-sensitively.  :class:`Caseless` keeps the pattern as written and adds its *lowercase twin*: the same
pattern with every letter outside an escape lowercased, compiled without ``IGNORECASE``, and searched over
the lowercased text.  The twin matches wherever the pattern does (it is a superset: ``(?-i:[A-Z])`` becomes
``[a-z]``), so a text where the twin finds nothing is answered at once, and otherwise the pattern itself
searches from the twin's first match.  Results are exactly those of the pattern; a test holds the two to it
over every evaluation text.

A pattern whose case-sensitive parts sit in a negative context (``(?!(?-i:[A-Z]))``, ``(?-i:[^a-z])``) would
break the superset and is refused when it is built.
"""

from __future__ import annotations

import re

__all__ = ["Caseless", "lowercase_twin"]

_NEGATIVE_CASED = re.compile(r"\(\?-i:\[\^|\(\?<?!\(\?-i:")


def lowercase_twin(pattern: str) -> str:
    """``pattern`` with every letter outside an escape lowercased (``\\S`` stays ``\\S``, ``A-Z`` becomes ``a-z``)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


class Caseless:
    """A case-insensitive pattern searched through its lowercase twin first (see the module docstring)."""

    __slots__ = ("pattern", "twin")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if _NEGATIVE_CASED.search(pattern):
            raise ValueError("a case-sensitive part in a negative context: the lowercase twin would not be a superset")
        self.pattern = re.compile(pattern, flags | re.IGNORECASE)
        self.twin = re.compile(lowercase_twin(pattern), flags & ~re.IGNORECASE)

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """The pattern's first match in ``text`` (``low`` is ``text.lower()`` when the caller has it)."""
        low = text.lower() if low is None else low
        if len(low) != len(text):       # a letter whose lowercase is longer: positions differ, search plainly
            return self.pattern.search(text)
        hint = self.twin.search(low)
        if hint is None:
            return None
        return self.pattern.search(text, hint.start())
