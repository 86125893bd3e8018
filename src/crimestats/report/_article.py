"""Turning an uploaded article into text, and text plus claims into escaped, highlighted HTML.

Claims carry ``start``/``end`` character offsets into the text that was checked; the article is
re-drawn with each claim wrapped in a ``<mark>``, every piece of user text HTML-escaped.
"""

from __future__ import annotations

import html
import re
from typing import Any

from markupsafe import Markup

from ..claims._article import html_to_text
from ..claims._model import VERDICT_LABELS

__all__ = ["html_to_text", "decode_upload", "highlight", "verdict_style"]

# The colour class of each verdict; the words are the claim checker's one table (VERDICT_LABELS).
_VERDICT_CLASS = {"accurate": "ok", "accurate_with_caveat": "near", "inaccurate": "bad",
                  "unverifiable": "none", "opinion": "none"}


def verdict_style(verdict: str) -> tuple[str, str]:
    """(css class, words) for a verdict the checker gives."""
    return _VERDICT_CLASS[verdict], VERDICT_LABELS[verdict]


def decode_upload(name: str, data: bytes) -> str:
    """Text of an uploaded .txt or .html file (UTF-8, else Windows-1252)."""
    lower = (name or "").lower()
    if not lower.endswith((".txt", ".html", ".htm", ".text", ".md")):
        raise ValueError(f"{name}: upload a .txt or .html file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return html_to_text(text) if lower.endswith((".html", ".htm")) else text


def highlight(text: str, claims: list[dict[str, Any]]) -> Markup:
    """The article as HTML paragraphs with each claim wrapped in a clickable, labelled ``<mark>``.

    Overlapping or out-of-range claims are not highlighted (they are still listed below).
    """
    spans = []
    last_end = 0
    for i, c in sorted(enumerate(claims), key=lambda ic: (ic[1].get("start") or 0, ic[0])):
        s, e = c.get("start"), c.get("end")
        if not isinstance(s, int) or not isinstance(e, int) or not (0 <= s < e <= len(text)):
            continue
        if s < last_end:
            continue
        spans.append((s, e, i, c))
        last_end = e
    out: list[str] = []
    pos = 0
    for s, e, i, c in spans:
        out.append(html.escape(text[pos:s]))
        cls, word = verdict_style(c["verdict"])
        claim_html = html.escape(text[s:e]).replace("\n", " ")
        out.append(
            f'<mark class="claim v-{cls}" id="claim-{i}" data-claim="{i}" tabindex="0" role="button" '
            f'aria-controls="detail-{i}" aria-expanded="false">{claim_html}'
            f'<span class="vword">{html.escape(word)}</span></mark>')
        pos = e
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    paras = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    return Markup("".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paras))
