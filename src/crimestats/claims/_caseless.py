"""Fast search for long case-insensitive patterns: a lowercase twin finds where to look.

CPython's ``re`` has no fast path for case-insensitive literals, so a long alternation of phrases compiled
with ``re.IGNORECASE`` costs several times more per character than the same alternation compiled
case-sensitively.  :class:`Caseless` keeps the pattern as written and adds its *lowercase twin*: the same
pattern with every letter outside an escape lowercased, compiled without ``IGNORECASE``, and searched over
the lowercased text.  The twin matches wherever the pattern does (it is a superset: ``(?-i:[A-Z])`` becomes
``[a-z]``), so a text where the twin finds nothing is answered at once, and otherwise the pattern itself
searches from the twin's first match.  Results are exactly those of the pattern; a test holds the two to it
over every evaluation text.

Only where the twin's first match *starts* is used, so the twin is compiled with its top-level alternatives that
begin with ``\b`` under one ``\b(?:...|...)`` (:func:`boundary_factored`): the same starts, but a position inside a
word fails one test instead of one per alternative (a long judgement alternation searches several times faster).

A pattern whose case-sensitive parts sit in a negative context (``(?!(?-i:[A-Z]))``, ``(?-i:[^a-z])``) would
break the superset and is refused when it is built.
"""

from __future__ import annotations

import re

__all__ = ["Caseless", "any_twin", "boundary_factored", "lowercase_twin", "twin_may_answer"]

_NEGATIVE_CASED = re.compile(r"\(\?-i:\[\^|\(\?<?!\(\?-i:")
# what a plain reading of a pattern's text cannot regroup safely: verbose mode, global flags, group references,
# conditionals
_NOT_REGROUPABLE = re.compile(r"\(\?[a-zA-Z]*x|\(\?[aiLmsux]+\)|\(\?P=|\(\?\(|\\[1-9]|\\g<")


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


def _top_alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (outside groups, character classes and escapes)."""
    out: list[str] = []
    depth, in_class, start, i = 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + (pattern[i + 1:i + 2] == "^")
            i += pattern[i:i + 1] == "]"        # a ']' first in a class is a literal
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def boundary_factored(pattern: str, flags: int = 0) -> str:
    """``pattern`` with its top-level alternatives that begin with ``\\b`` under one ``\\b(?:...)``, the others after
    them: a match starts at exactly the same positions (which alternative matches there may differ).  ``pattern``
    as it is when it has fewer than two such alternatives or anything a plain reading cannot regroup safely."""
    if flags & re.VERBOSE or _NOT_REGROUPABLE.search(pattern):
        return pattern
    alts = _top_alternatives(pattern)
    bounded = [a[2:] for a in alts if a.startswith("\\b") and a[2:3] not in ("?", "*", "+", "{")]
    if len(bounded) < 2:
        return pattern
    others = [a for a in alts if not (a.startswith("\\b") and a[2:3] not in ("?", "*", "+", "{"))]
    return "|".join(["\\b(?:" + "|".join(bounded) + ")", *others])


# letters ``re.IGNORECASE`` matches to an ASCII letter that lowercasing does not make it ('ſ' is 's', 'ı' is 'i');
# 'İ' lowercases to two characters
_FOLDS_APART = re.compile("[\u0130\u0131\u017f]")


def twin_may_answer(text: str, low: str) -> bool:
    """Whether a lowercase twin searched in ``low`` (``text.lower()``) answers for case-insensitive patterns in
    ``text``: not when a letter folds to an ASCII letter it does not lowercase to, or lowercasing moved positions."""
    return len(low) == len(text) and _FOLDS_APART.search(text) is None


def any_twin(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One lowercase twin for several case-insensitive patterns (their named groups unnamed): where it finds
    nothing in a lowercased text (see :func:`twin_may_answer`), none of them matches the text.  None when some
    pattern cannot be twinned (not case-insensitive, verbose, a group reference, a case-sensitive part in a
    negative context)."""
    if any(not p.flags & re.IGNORECASE or p.flags & re.VERBOSE or _NEGATIVE_CASED.search(p.pattern)
           or _NOT_REGROUPABLE.search(p.pattern) for p in patterns):
        return None
    union = "|".join(re.sub(r"\(\?P<\w+>", "(?:", lowercase_twin(p.pattern)) for p in patterns)
    return re.compile(boundary_factored(union))


class Caseless:
    """A case-insensitive pattern searched through its lowercase twin first (see the module docstring)."""

    __slots__ = ("pattern", "twin")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        if _NEGATIVE_CASED.search(pattern):
            raise ValueError("a case-sensitive part in a negative context: the lowercase twin would not be a superset")
        self.pattern = re.compile(pattern, flags | re.IGNORECASE)
        # only the twin's match starts are used, so it may be regrouped (same starts, cheaper search)
        self.twin = re.compile(boundary_factored(lowercase_twin(pattern), flags), flags & ~re.IGNORECASE)

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """The pattern's first match in ``text`` (``low`` is ``text.lower()`` when the caller has it)."""
        low = text.lower() if low is None else low
        if len(low) != len(text):       # a letter whose lowercase is longer: positions differ, search plainly
            return self.pattern.search(text)
        hint = self.twin.search(low)
        if hint is None:
            return None
        return self.pattern.search(text, hint.start())
