"""A checked text as plain text or JSON (the stable schema); the HTML page is the report's
(:func:`crimestats.report._report.check_report`)."""

from __future__ import annotations

import json
from typing import Any

from ..reference._source_names import source_name
from ._model import VERDICT_LABELS, VERDICTS, CheckedClaim, CheckResult, Evidence

__all__ = ["render_text", "render_json", "render_rows", "summary_words", "people_number"]

# How many claims got each verdict, in words: 'N accurate with a caveat', 'N opinions'.
_COUNT_WORDS = {"accurate": ("accurate", "accurate"),
                "accurate_with_caveat": ("accurate with a caveat", "accurate with a caveat"),
                "inaccurate": ("inaccurate", "inaccurate"),
                "unverifiable": ("could not be checked", "could not be checked"),
                "opinion": ("opinion (no figure to check)", "opinions (no figure to check)")}



def render_json(result: CheckResult) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False, default=str)


def people_number(v: Any) -> str:
    """A figure as people write it: whole numbers with thousands commas, two decimals below 100, two
    significant digits below 0.1 (never a float's full repr)."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, int) or float(v).is_integer():
        return f"{int(v):,}"
    a = abs(v)
    if a >= 100:
        return f"{round(v):,}"
    if a >= 0.1:
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return f"{v:.2g}"


def summary_words(result: CheckResult) -> str:
    """'N claims: N accurate, N accurate with a caveat, N could not be checked, N opinions'."""
    counts = result.counts()
    n = len(result.claims)
    if not n:
        return "No statistical claims found."
    parts = [f"{counts[v]} {_COUNT_WORDS[v][counts[v] != 1]}" for v in VERDICTS if counts.get(v)]
    return f"{n} claim{'s' if n != 1 else ''}: {', '.join(parts)}."


def _source_key(e: Evidence) -> str:
    return e.source.split(":", 1)[0].strip()


def _sources_line(c: CheckedClaim) -> str:
    names = list(dict.fromkeys(source_name(_source_key(e)) for e in c.evidence))
    vint = list(dict.fromkeys(e.vintage for e in c.evidence if e.vintage))
    if not names:
        return ""
    return "Source: " + "; ".join(names) + (f" (release: {'; '.join(vint)})" if vint else "") + "."


def _para(text: str, indent: str = "   ") -> list[str]:
    """One paragraph on one line (the terminal wraps it; a pipe or file keeps it whole)."""
    return [indent + text]


def render_text(result: CheckResult, *, explain: bool = False) -> str:
    """The check for people: the verdicts in words first, then one short paragraph per claim.

    A context paragraph shared by several claims (e.g. opinions about safety) is given once and
    pointed to after.  ``explain`` adds every figure with its source key, files and vintage."""
    lines = [summary_words(result), f"As of {result.as_of.isoformat()}{_basis(result)}.", ""]
    seen: dict[str, int] = {}
    for i, c in enumerate(result.claims, 1):
        lines += _para(f"{i}. {VERDICT_LABELS[c.verdict]}: \u201c{c.claim.text}\u201d", indent="")
        first = seen.setdefault(c.explanation, i)
        if first != i:
            lines += _para(f"Same explanation and figures as claim {first}.")
        else:
            lines += _para(" ".join(x for x in (c.explanation, _sources_line(c)) if x))
        if explain:
            for e in c.evidence:
                lines += _para(f"- {e.label or ''}: {people_number(e.value)} [{e.source}; vintage "
                               f"{e.vintage}]", indent="     ")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_rows(result: CheckResult) -> list[dict[str, Any]]:
    """One row per claim, for CSV: number, verdict, kind, the claim, the figures and the words."""
    return [{"n": i, "verdict": c.verdict, "verdict_label": VERDICT_LABELS[c.verdict], "kind": c.kind,
             "claim": c.claim.text, "measure": c.measure, "area": c.area, "period": c.period,
             "claimed": c.claimed, "found": c.found, "unit": c.unit, "explanation": c.explanation,
             "sources": "; ".join(dict.fromkeys(_source_key(e) for e in c.evidence)),
             "as_of": result.as_of.isoformat()}
            for i, c in enumerate(result.claims, 1)]


def _basis(result: CheckResult) -> str:
    """Where the as-of date came from, when the user did not give it."""
    basis = getattr(result, "as_of_basis", "given")
    if basis.startswith("dateline: "):
        return f", the date the text gives: '{basis[len('dateline: '):]}'"
    if basis == "today":
        return ", today: the text gives no date; pass --as-of for 'last year' to mean the right year"
    return ""
