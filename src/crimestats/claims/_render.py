"""A checked text as plain text, JSON (the stable schema) or a standalone HTML page."""

from __future__ import annotations

import html
import json

from ._model import CheckResult

__all__ = ["render_text", "render_json", "render_html"]

_LABEL = {"accurate": "ACCURATE", "accurate_with_caveat": "ACCURATE, WITH CAVEAT", "inaccurate": "INACCURATE",
          "unverifiable": "UNVERIFIABLE", "opinion": "OPINION"}


def render_json(result: CheckResult) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False, default=str)


def render_text(result: CheckResult) -> str:
    lines = [f"{len(result.claims)} claims checked (as of {result.as_of.isoformat()}{_basis(result)})", ""]
    for i, c in enumerate(result.claims, 1):
        lines.append(f"{i}. [{_LABEL[c.verdict]}] ({c.claim.kind}) \"{c.claim.text}\"")
        lines.append(f"   {c.explanation}")
        for e in c.evidence:
            lines.append(f"   - {e.label or ''}: {e.value} [{e.source}; vintage {e.vintage}]")
        lines.append("")
    counts = ", ".join(f"{k}: {v}" for k, v in result.counts().items() if v)
    lines.append(f"Summary: {counts or 'no claims found'}")
    return "\n".join(lines) + "\n"


_CSS = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
.claim{border-left:.4rem solid #999;padding:.3rem .8rem;margin:1rem 0}
.accurate{border-color:#1a7f37}.accurate_with_caveat{border-color:#9a6700}.inaccurate{border-color:#cf222e}
.unverifiable{border-color:#6e7781}.opinion{border-color:#8250df}
.v{font-weight:700;text-transform:uppercase;font-size:.85rem}
details pre{white-space:pre-wrap;font-size:.8rem;background:#f6f8fa;padding:.5rem}"""


def render_html(result: CheckResult) -> str:
    e = html.escape
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Claim check</title>"
             f"<style>{_CSS}</style></head><body><h1>Claim check</h1>"
             f"<p>{len(result.claims)} claims, as of {e(result.as_of.isoformat())}{e(_basis(result))}.</p>"]
    for c in result.claims:
        parts.append(f"<section class='claim {e(c.verdict)}'><p class='v'>{e(_LABEL[c.verdict])} "
                     f"<small>({e(c.claim.kind)})</small></p><blockquote>{e(c.claim.text)}</blockquote>"
                     f"<p>{e(c.explanation)}</p>")
        if c.evidence:
            parts.append("<details><summary>Evidence</summary><ul>")
            for ev in c.evidence:
                parts.append(f"<li>{e(str(ev.label or ''))}: <b>{e(str(ev.value))}</b> "
                             f"({e(ev.source)}; vintage {e(str(ev.vintage))})<pre>{e(ev.query or '')}</pre></li>")
            parts.append("</ul></details>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)


def _basis(result: CheckResult) -> str:
    """Where the as-of date came from, when the user did not give it."""
    basis = getattr(result, "as_of_basis", "given")
    if basis.startswith("dateline: "):
        return f", the date the text gives: '{basis[len('dateline: '):]}'"
    if basis == "today":
        return ", today: the text gives no date; pass --as-of for 'last year' to mean the right year"
    return ""
