"""Sentences and clauses of a text, with offsets into it; a claim's span is a clause of one sentence.

A paragraph is cut at sentence ends (not after 'Mr.' or 'No.'), and remembers whether it sits in a
quotation; a sentence is cut into clauses at commas, dashes and joining words ('which', 'but', 'and the').
HTML tags pasted as text are blanked to spaces of the same length, so offsets stay true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._lexicon import LEXICON, fraction_alternation
from ._model import Claim

__all__ = ["Sentence", "split_sentences"]
_I = re.IGNORECASE
_SPLIT = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Sgt|Insp|Supt|Det|Cllr|Prof|Rev|vs|e\.g|i\.e|Ch|Supt|Cmdr|Gen)\.$")
# a parenthetical adverb between commas ('<crime>, however, went up') does not part its clause
_ASIDE = r"(?:however|meanwhile|instead|likewise|similarly|by\s+contrast|in\s+contrast|in\s+turn)"
_CLAUSE_SPLIT = re.compile(
    rf",\s(?!{_ASIDE},)(?<!\bhowever,\s)(?<!\bmeanwhile,\s)"
    rf"(?<!\binstead,\s)(?<!\blikewise,\s)(?<!\bsimilarly,\s)(?<!\bcontrast,\s)(?<!\bturn,\s)|;\s|:\s|\s[—–-]\s|\s(?=(?:which|after|while|but|because|whereas)\s)|\s(?=and\s+(?:the|a(?![\s-]+half\b)|an|equal|was|is|were|it|has|have|had|that)\b)", _I)   # ('two and a half': one number)
_TAG = re.compile(r"<[^<>\n]{0,400}>")
# a report's section number leading a paragraph ('N.N Last year's assessment ...') is no figure
_SECTION_NO = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=[A-Z\"'“‘])")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    quoted: bool


def _blank_tags(text: str) -> str:
    """HTML tags pasted as text become spaces of the same length (offsets stay true)."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda m: " " * len(m.group(0)), text)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into ``text``; paragraphs never run together.  (The limits check, extraction and
    the resolver each ask for the same text's sentences: split once, the frozen sentences shared.)"""
    return list(_split_cached(text))


@lru_cache(maxsize=4)
def _split_cached(text: str) -> tuple[Sentence, ...]:
    return tuple(_split(text))


def _split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    in_quote = False
    for para in re.finditer(r"[^\n]+", text):
        p0, ptext = para.start(), para.group(0)
        pos = 0
        cuts = []
        for m in _SPLIT.finditer(ptext):
            if _ABBREV.search(ptext[max(0, m.start() - 6): m.start() + 1]):
                continue
            cuts.append(m.end())
        for cut in cuts + [len(ptext)]:
            seg = ptext[pos:cut]
            lead = len(seg) - len(seg.lstrip())
            body = seg.strip()
            if not pos and (sec := _SECTION_NO.match(body)):
                lead += sec.end()
                body = body[sec.end():]
            if body:
                s0 = p0 + pos + lead
                quoted = in_quote or any(q in body for q in "\"“”")
                for ch in body:
                    if ch == "“":
                        in_quote = True
                    elif ch == "”":
                        in_quote = False
                    elif ch == '"':
                        in_quote = not in_quote
                out.append(Sentence(len(out), s0, s0 + len(body), body, quoted))
            pos = cut
        in_quote = False
    return out


# '<crime> is down by a fifth and <crime> has fallen by N%': a second subject and its verb after a finished figure
_AND_SUBJECT = re.compile(r"\s(?=and\s+(?:[\w'-]+\s+){1,4}?(?:has|have|had|is|are|was|were|fell|rose|dropped|jumped|"
                          r"climbed|increased|decreased|declined|doubled|halved|went|seems|seem|appears|cares|says|knows|does)\b)", re.I)
# '<place> crime climbs to a record as <crime> soars': the 'as' clause has its own subject and verb
_AS_SUBJECT = re.compile(r"\s(?=as\s+(?:[\w'-]+\s+){1,3}?(?:soars?|soared|rises?|rose|climbs?|climbed|jumps?|jumped|"
                         r"falls?|fell|drops?|dropped|surges?|surged|increases?|increased|doubles?|doubled)\b)", re.I)
# a place named with 'and' inside it ('<country> and <country>', '<borough> and <borough>'): capitalised on both sides
_NAME_AND_NAME = re.compile(r"(?-i:[A-Z][a-z]+)(?P<and>\s)and\s+(?-i:[A-Z][a-z]+)\b")
_FINISHED = re.compile(rf"\d|%|\b(?:{fraction_alternation(loose=True)}|doubled|halved|tripled|trebled)\b", re.I)


_DASH_ASIDE = re.compile(r"\s[—–-]\s[^—–\d.;:]{1,80}?\s[—–-]\s")


def _second_subject(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A clause parted at 'and' when a figure came before it and a new subject with a verb follows."""
    for m in _AND_SUBJECT.finditer(text, a, b):
        named = _NAME_AND_NAME.search(text, max(a, m.start() - 30), m.start() + 30)
        if named is not None and named.start("and") == m.start():
            continue    # '<country> and <country> was ...', '<borough> and <borough> has ...': one name, not two subjects
        if any(w.start() < m.start() < w.end() for w in LEXICON.measure_words_re.finditer(text, max(a, m.start() - 40),
                                                                                          min(b, m.start() + 40))):
            continue    # '<stop and search>', '<theft and handling>': one crime word, not two subjects
        if _FINISHED.search(text, a, m.start()):
            return [(a, m.start()), *_second_subject(text, m.start(), b)]
    as_clause = _AS_SUBJECT.search(text, a, b)
    if as_clause and as_clause.start() > a:
        return [(a, as_clause.start()), (as_clause.start(), b)]
    return [(a, b)]


# '<crime>, <the force's largest group>, <also> <fell>': an apposition between commas, then the verb of the subject before it
_APPOSITION = re.compile(r"^\s*(?:the|a|an|its|their|our|one\s+of|(?-i:[A-Z][\w'’.-]*)['’]s)\s[^\d%]{0,60}$", _I)
_VERB_FIRST = re.compile(r"^\s*(?:(?:also|still|too|again|then|now)\s+)?(?:fell|rose|dropped|fallen|risen|increased|decreased|"
                         r"declined|climbed|jumped|doubled|halved|went|is|was|were|are|has|have|had|remains|remained|saw|"
                         r"recorded|edged|dipped|soared|surged|slumped)\b", _I)


def _appositions_kept(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join '<subject>', '<an apposition>', '<verb ...>' into one clause: the verb's subject is before the apposition."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        if i + 2 < len(spans) and _APPOSITION.match(text[spans[i + 1][0]:spans[i + 1][1]]) and \
                _VERB_FIRST.match(text[spans[i + 2][0]:spans[i + 2][1]]) and not _VERB_FIRST.match(text[spans[i][0]:spans[i][1]]):
            out.append((spans[i][0], spans[i + 2][1]))
            i += 3
            continue
        out.append(spans[i])
        i += 1
    return out


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    """Clause spans (absolute offsets) within a sentence."""
    spans, pos = [], 0
    asides = [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(s.text)]
    for m in _CLAUSE_SPLIT.finditer(s.text):
        if any(a <= m.start() < b for a, b in asides):
            continue    # '<subject> - mostly <words> - is down ...': an aside between dashes keeps its clause whole
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(s.text)))
    spans = _appositions_kept(s.text, spans)
    spans = [part for a, b in spans for part in _second_subject(s.text, a, b)]
    out = []
    for a, b in spans:
        seg = s.text[a:b]
        lead = len(seg) - len(seg.lstrip(" \"'“‘("))
        if joined := re.match(r"and\s+", seg[lead:]):
            lead += len(joined.group(0))
        seg2 = seg.rstrip(" .,;:!?\"'”’)")
        if seg2.strip():
            out.append((s.start + a + lead, s.start + a + len(seg2)))
    return out or [(s.start, s.end)]


def _claim(kind: str, clause: tuple[int, int], s: Sentence, text: str, **kw: object) -> Claim:
    a, b = clause
    c = Claim(text=text[a:b], start=a, end=b, kind=kind, sentence_index=s.index, sentence_start=s.start,
              sentence_end=s.end, quoted=s.quoted, clause=text[a:b])
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return (a, b)
    return min(clauses, key=lambda ab: min(abs(ab[0] - pos), abs(ab[1] - pos)))
