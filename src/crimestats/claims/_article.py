"""An article as plain text: HTML pages reduced to their readable text, so claims, quotes and
the dateline are read from what a person sees (scripts, styles and the <head> dropped)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

__all__ = ["html_to_text", "looks_like_html", "article_text"]


class _TextOf(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
             "article", "blockquote", "header", "footer"}
    SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page (scripts and styles dropped, paragraphs kept)."""
    p = _TextOf()
    p.feed(markup)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def looks_like_html(text: str) -> bool:
    """True for a page or fragment of HTML (starts with a tag, or has paragraph/body tags)."""
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype", "<html", "<p", "<div", "<article", "<body", "<h1", "<section")) or \
        bool(re.search(r"<(?:p|body|article)[\s>]", head))


def article_text(text: str, *, name: str | None = None) -> str:
    """``text`` as the checker should read it: HTML (by name .html/.htm or by content) as its text."""
    lower = (name or "").lower()
    if lower.endswith((".html", ".htm")) or (not lower.endswith((".txt", ".text", ".md")) and looks_like_html(text)):
        return html_to_text(text)
    return text
