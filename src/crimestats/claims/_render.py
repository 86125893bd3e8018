"""A checked text as plain text or JSON (the stable schema); the HTML page is the report's
(:func:`crimestats.report._report.check_report`)."""

from __future__ import annotations

import json

from ._model import VERDICT_LABELS, CheckResult

__all__ = ["render_text", "render_json"]


def render_json(result: CheckResult) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False, default=str)


def render_text(result: CheckResult) -> str:
    lines = [f"{len(result.claims)} claims checked (as of {result.as_of.isoformat()}{_basis(result)})", ""]
    for i, c in enumerate(result.claims, 1):
        lines.append(f"{i}. [{VERDICT_LABELS[c.verdict].upper()}] ({c.claim.kind}) \"{c.claim.text}\"")
        lines.append(f"   {c.explanation}")
        for e in c.evidence:
            lines.append(f"   - {e.label or ''}: {e.value} [{e.source}; vintage {e.vintage}]")
        lines.append("")
    counts = ", ".join(f"{k}: {v}" for k, v in result.counts().items() if v)
    lines.append(f"Summary: {counts or 'no claims found'}")
    return "\n".join(lines) + "\n"


def _basis(result: CheckResult) -> str:
    """Where the as-of date came from, when the user did not give it."""
    basis = getattr(result, "as_of_basis", "given")
    if basis.startswith("dateline: "):
        return f", the date the text gives: '{basis[len('dateline: '):]}'"
    if basis == "today":
        return ", today: the text gives no date; pass --as-of for 'last year' to mean the right year"
    return ""
