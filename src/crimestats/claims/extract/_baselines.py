"""Periods and baselines in a sentence: which year a claim is about, and which it is compared with.

"That is N% down on <year>, and N% lower than the peak of N in <year>" is about the article's
year (<year>): <year> and <year> are baselines.  A year written after 'on', 'than', 'since',
'compared with', 'down from', 'peak of N in' is the comparison's other end, never the
claim's own period, and it does not become the period later sentences go on talking about.

Extraction (``_extract``) calls ``baseline_spans`` to keep those years out of period finding and
``assign_periods`` to give every claim of a sentence its period and baseline text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .._lexicon import (
    DOWN_WORDS,
    MULTIPLIERS,
    TIMES_WORDS,
    UP_WORDS,
    alternation,
    episode_alternation,
    fraction_alternation,
    month_alternation,
    number_alternation,
    number_value,
)

if TYPE_CHECKING:
    from .._model import Claim
    from ._scan import Scan

__all__ = ["MONTH_WORDS", "find_period", "baseline_spans", "assign_periods", "find_baselines"]

_I = re.IGNORECASE
MONTH_WORDS = month_alternation()
_MONTHS = MONTH_WORDS
_DIGIT = re.compile(r"[0-9]")

# Period phrases, most specific first.  Each yields (span, text).
_CAP_MONTHS = month_alternation(capitalised=True)
_PERIOD_PATTERNS = [
    # 'the three months to <month>', '<month> to <month>', '<month> to <month> <year>' (month names capitalised)
    re.compile(rf"\b(?:the\s+)?(?:(?:{number_alternation(2, 11, capitalised=True)}|"
               rf"[2-9]|1[01])\s+months\s+(?:to|ending(?:\s+in)?)\s+|(?:from\s+|between\s+)?(?:{_CAP_MONTHS})"
               rf"(?:\s+(?:19|20)\d{{2}})?\s*(?:to|until|-|–|and)\s*)(?:{_CAP_MONTHS})\b(?:\s+(?:19|20)\d{{2}}\b)?"),
    re.compile(rf"\b(?:the\s+)?(?:year|12 months|twelve months)\s+(?:to|ending)\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS})"
               rf"(?:\s+\d{{4}})?\b", _I),
    re.compile(r"\b(?:FY\s?|financial\s+year\s+)?(?:19|20)\d{2}\s?[/–-]\s?\d{2}\b(?!\d)", _I),
    re.compile(rf"\bsince\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b", _I),
    re.compile(rf"\b(?:{_CAP_MONTHS})\s+(?:of\s+)?(?:last|this)\s+year\b"),     # '<month> last year'
    re.compile(r"\b(?:the\s+)?(?:spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d{2}\b", _I),   # 'the summer of <year>'
    re.compile(r"\b(?:this|last|the\s+past|(?<=over\s)the|(?<=during\s)the)\s+(?:spring|summer|autumn|winter)\b", _I),    # 'this winter'
    re.compile(r"\bup\s+(?:to|until)\s+(?:and\s+including\s+)?(?:19|20)\d{2}\b(?![/%\d])", _I),   # 'up to <year>'
    # ('the last year for which <data> were published' names no period)
    # ('<figures> <published> this <month>' dates the release, not the figures)
    re.compile(r"(?<!published\s)(?<!released\s)(?<!issued\s)(?<!updated\s)(?<!announced\s)(?<!revealed\s)"
               r"\b(?:last|this)\s+(?:financial\s+)?(?:year|month)\b(?!\s+(?:for|in|of|that|which|when|whose)\s)"
               r"|\bso far this year\b|\byear to date\b"
               rf"|\b(?:the\s+)?(?:past|last|latest)\s+(?:12|twelve|{number_alternation(2, 11)}|[2-9]|1[01])\s+months\b"
               r"(?!\s+of\s+(?:19|20)\d{2})"
               rf"|\b(?:in|over|during|across)\s+the\s+(?:{number_alternation(2, 11)}|[2-9]|1[01])\s+months\b"
               r"(?!\s+(?:to|of|ending|before|since|after|from|until|up\s+to)\b)"
               r"|\b(?:(?:in|over|during)\s+)?the\s+(?:past|last)\s+year\b"
               r"(?!\s+(?:for|in|of|that|which|when|whose)\s)", _I),
    re.compile(rf"\b(?:the\s+)?(?:first|last|final)\s+(?:{number_alternation(2, 11)}|[2-9]|1[01])\s+"
               r"months\s+of\s+(?:19|20)\d{2}\b"
               r"|\b(?:the\s+)?(?:first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:19|20)\d{2}\b"
               r"|\b(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:19|20)\d{2}\b|\bQ[1-4]\s+(?:19|20)\d{2}\b", _I),
    re.compile(rf"\b(?:{_MONTHS})\s+(?:19|20)\d{{2}}\b", _I),
    re.compile(rf"\b(?:[Ll]ast|[Tt]his\s+past)\s+(?:{_CAP_MONTHS})\b"),     # 'last <month>'; not 'last may
    # part of a named episode: 'the first two months of lockdown'
    re.compile(rf"\b(?:the\s+)?(?:first|last|final|opening)\s+(?:full\s+)?(?:(?:{number_alternation(2, 11)}|[2-9])\s+"
               rf"(?:full\s+)?months|month)\s+of\s+(?:the\s+)?(?:{episode_alternation()})\b(?!s)", _I),
    # a named episode with known dates: 'the first lockdown', 'the 2020 lockdown' (after a month named with its year:
    # 'in <month> <year>, the first full month of lockdown'; 'lockdown <noun>', 'lockdown rules' name no period)
    re.compile(rf"\b(?:the\s+)?(?:{episode_alternation()})\b(?!s)(?=\s*(?:[.,;:!?)]|$|(?:period|months?)\b|"
               r"(?:in|of|last|this|and|but|when|while|as|to|from|compared|than|with|began|ended|started|lifted|"
               r"eased|itself|alone|year)\b))", _I),
    re.compile(r"\b(?:in|for|during|of|over)\s+(?:the\s+year\s+)?(?:19|20)\d{2}\b(?![/%\d])", _I),
    # 'in calendar year <year>', 'for the calendar year <year>'
    re.compile(r"\b(?:(?:in|for|during|over)\s+)?(?:the\s+)?calendar\s+year\s+(?:19|20)\d{2}\b(?![/%\d])", _I),
    # '<year> was the deadliest year ...', '<year> saw N killings': the year the sentence is about
    re.compile(r"^\W*(?:19|20)\d{2}(?=\s+(?:was|saw|brought|had|recorded|became|proved)\b)", _I),
]
_BASELINE = re.compile(
    r"\b(?:on|from|than|compared\s+(?:with|to)|versus|vs\.?|against|(?<=%\s)below|(?<=%\s)above|(?<=cent\s)below|"
    r"(?<=cent\s)above)\s+"
    # 'than it was ten years ago', 'than there were in 2019'
    r"(?:(?<=than\s)(?:it|they|crime|this|that|there|the\s+figure|the\s+total)\s+(?:was|were|had\s+been)\s+)?"
    r"(?:in\s+|the\s+)?(?:pre-?\s?(?:pandemic|covid|lockdown)\s+(?=(?:19|20)\d{2}))?"     # 'than in pre-pandemic <year>'
    rf"(?P<b>(?:{_MONTHS})\s+(?:19|20)\d{{2}}|(?:{_MONTHS})\s+(?:of\s+)?last\s+year|(?:19|20)\d{{2}}(?:/\d{{2}})?|last\s+year|"
    rf"(?<=on\s)last\s+(?:{_MONTHS})|"
    r"Q[1-4]\s+(?:19|20)\d{2}|"
    r"the\s+previous\s+year|"
    r"the\s+previous\s+month|the\s+month\s+before|"
    r"the\s+year\s+before|the\s+same\s+(?:months?|period|time|quarter)\s+(?:last|a|the\s+previous)\s+year|"
    r"the\s+same\s+(?:months?|period|time|quarter)\s+(?:of|in)\s+(?:19|20)\d{2}(?:/\d{2})?|"
    r"the\s+same\s+(?:months?|period|time|quarter)\s+a\s+year\s+(?:earlier|before|ago)|"
    rf"(?:{number_alternation(2, 20)}|[2-9]|1[0-9]|20)\s+years\s+(?:earlier|ago|before)|"
    r"(?:a|one)\s+decade\s+(?:earlier|ago|before)|"
    r"a\s+year\s+(?:earlier|ago|before))\b", _I)
# 'higher than before the pandemic', 'up on pre-pandemic levels', 'since before the pandemic': against 2019,
# the last full year before it
_EPISODE_BASE = re.compile(r"\b(?P<w>than|on|compared\s+(?:with|to)|versus|against|since)\s+"
                           r"(?:(?:it|they|crime|this|that)\s+(?:was|were|had\s+been|did)\s+)?(?:the\s+)?"
                           r"(?:(?:before|pre)[- ]?(?:the\s+)?(?:covid(?:-19)?\s+|coronavirus\s+)?(?:pandemic|lockdowns?|covid)"
                           r"(?:\s+(?:levels?|figures?|years?))?)\b", _I)
_PRE_PANDEMIC_YEAR = "2019"
# 'from N to N': two figures of a from-to
_FROM_TO_FIGURES = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?[\d,.]*\d(?:\s+[a-z'-]+){0,3}?\s+to\s+"
                              r"(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d,.]*", _I)
# 'Since <year> there have been over N homicides': a total over every month since that year
_SINCE_TOTAL = re.compile(r"^\W*since\s+(?P<y>(?:19|20)\d{2})\b,?\s+(?:there\s+(?:have|has)\s+been|[\w'’ -]{0,40}?\s+"
                          # ('Since <year>, more than N <women> have been killed'): every one since that year
                          r"(?:has|have)\s+(?:recorded|seen|logged|been))", _I)
# 'since <year>' as the baseline of a change ('has halved since <year>'), not a record's tail
_SINCE_BASE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:start|end|beginning)\s+of\s+|(?:[A-Za-z'’]+\s+){1,6}?in\s+|"
                         r"(?:the|their|its|a)\s+)?(?P<b>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)   # 'since their <year> peak'
# 'between <year> and <year>', 'from <year> to <year>': baseline and period together
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:[\d,.]+\s+(?:[\w'-]+\s+){0,3}?in\s+|[\w,.]+\s+in\s+)?(?P<a>(?:19|20)\d{2}(?:/\d{2})?)\s+(?:and|to)\s+"
                      r"(?:[\d,.]+\s+(?:[\w'-]+\s+){0,3}?in\s+|[\w,.]+\s+in\s+)?(?P<b>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)


_WHOLE_OF = re.compile(r"\b(?:whole|entirety|course|all)\s+of\s+(?P<y>(?:19|20)\d{2})\b", _I)
# (or months: 'from N <crimes> in <month> to M in <month>')
_YEAR_OR_MONTH = rf"(?:19|20)\d{{2}}|(?-i:{_CAP_MONTHS})(?:\s+(?:19|20)\d{{2}})?"
_FROM_FIGURE_YEAR_TO = re.compile(rf"\bfrom\s+(?P<n1>\d[\d,.]*)\s+(?:[\w'-]+\s+){{0,3}}?in\s+(?P<a>{_YEAR_OR_MONTH})\s+to\s+"
                                  rf"(?P<n2>\d[\d,.]*)\s+(?:[\w'-]+\s+){{0,3}}?in\s+(?P<b>{_YEAR_OR_MONTH})\b", _I)


# a change between two months: 'rose by N% between <month> and <month> <year>' (the first month is the base)
_BETWEEN_MONTHS = re.compile(rf"\b(?:between|from)\s+(?P<a>(?-i:{_CAP_MONTHS}))(?:\s+(?P<ay>(?:19|20)\d{{2}}))?\s+"
                             rf"(?:and|to)\s+(?P<b>(?-i:{_CAP_MONTHS}))(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b", _I)


_BARE_MONTH = re.compile(rf"\b(?:in|during)\s+(?:{_CAP_MONTHS})\b(?!\s*,?\s*(?:(?:19|20)\d{{2}}|last|this|next)\b)"
                         # '<month> saw just N': the month is the clause's subject
                         rf"|^\W*(?:{_CAP_MONTHS})\s+(?:saw|had|was|brought|recorded|logged)\b")
_YEARISH = (rf"(?:(?:{_MONTHS})\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}}(?:/\d{{2}})?|last\s+(?-i:{_CAP_MONTHS})|"
            rf"(?-i:{_CAP_MONTHS})\s+(?:of\s+)?last\s+year)(?![\w/%])")
# a word or a figure ('N', 'N.N%') inside a baseline phrase; no clause break
_TOK = r"(?:(?!(?:since|and|but|while|which|when|after|before|because|until)\b)[\w'’%-]+(?:[.,]\d+)*)"
# 'than the peak of N in <year>', 'compared with N in <month> <year>', 'against N in <year>'
_THAN_BASE = re.compile(rf"\b(?P<w>than|compared\s+(?:with|to)|against|versus|vs\.?|"
                        # '<a multiple of> the N <crimes> in <year>': a multiple of that year's figure
                        rf"(?:{'|'.join(TIMES_WORDS)}|times)(?=\s+(?:the|its|their)\s+(?:[a-z]+\s+)?\d))\s+(?P<t>(?:{_TOK}\s+){{0,6}}?)"
                        rf"(?:in\s+|of\s+)?(?P<b>{_YEARISH})", _I)
# 'down from N in <year> and from N in <year>' (a change word earlier in the sentence); not 'from <year> to <year>'
_FROM_BASE = re.compile(rf"\bfrom\s+(?:{_TOK}\s+){{0,4}}?(?:in\s+)?(?P<b>{_YEARISH})(?!\s*(?:to|-|–|until|till|and)\s*(?:19|20)\d{{2}})",
                        _I)
# 'down N% on the N recorded in <year>', 'up on the N of <year>': 'on' after a change names its base
_ON_BASE = re.compile(rf"(?:\b(?:down|up|lower|higher|fewer|more|less)|%|\bper\s+cent)\s+on\s+"
                      rf"(?P<t>(?:{_TOK}\s+){{0,6}}?)(?:in\s+|of\s+)?(?P<b>{_YEARISH})", _I)
# 'the peak of N in <year>', 'peaked at N in <year>', 'the <year> peak'
_PEAK_BASE = re.compile(rf"\bpeak(?:ed)?\s+(?:of|at|in)\s+(?:{_TOK}\s+){{0,3}}?(?:in\s+)?(?P<b>{_YEARISH})"
                        rf"|\b(?:the|its|a)\s+(?P<b2>(?:19|20)\d{{2}}(?:/\d{{2}})?)\s+(?:peak|high|low|level|figure|total)s?\b",
                        _I)
# '<changed> by <N> after a <spike> in <year>': the year of the episode the change is measured from, not the
# sentence's period (a direction said of the episode itself keeps that year: see ``assign_periods``)
_AFTER_EPISODE = re.compile(rf"\b(?:after|following)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?"
                            r"(?:spike|surge|peak|jump|rise|increase|high|fall|drop|dip|low|slump)\s+"
                            rf"(?:in\s+)?(?P<b>{_YEARISH})", _I)
_CHANGE_WORD = re.compile(rf"\b(?:{alternation(DOWN_WORDS + UP_WORDS)}|went|gone|moved|changed|halved|doubled)\b", _I)
# 'more than N in <year>': a bound on the figure, and the year is the figure's own
# '<a multiple of> the N in <year>': a multiple of a yardstick figure, not a bound
_MULTIPLE_OF_THE = re.compile(rf"(?:{'|'.join(TIMES_WORDS)}|[\w-]+\s+times)\s+(?:the|its|their)\s", _I)
_BOUND_THAN = re.compile(r"\b(?:more|fewer|less|greater|no|rather|other)\s+$", _I)
_QUANTITY = re.compile(rf"(?:\d|(?:a|an|{number_alternation(1, 10)}|{'|'.join(TIMES_WORDS)}|{fraction_alternation()}|"
                       rf"dozens?|hundreds?|thousands?|{'|'.join(MULTIPLIERS)})\b)", _I)
# 'than any other borough in <year>', 'than <borough> in <year>': places compared; the year is the claim's own
_PLACE_THAN = re.compile(r"(?:^|\s)(?:[A-Z]|(?:any|every|all|each|other|others|anywhere|elsewhere|rest|average|"
                         r"national|nationally|regional)\b)")


def _wide_baselines(st: str) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    """(phrase span, year span, year text) for each baseline year written with words between it
    and its introducer ('than the peak of N in <year>')."""
    out: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    if not _DIGIT.search(st):
        return out
    for m in _THAN_BASE.finditer(st):
        if m.group("w").lower() == "than" and _BOUND_THAN.search(st[max(0, m.start() - 12):m.start()]) \
                and _QUANTITY.match(m.group("t") or "") and not _MULTIPLE_OF_THE.match(m.group("t") or ""):
            continue        # 'more than N in <year>', 'more than half of ... in <year>': a bound
        if _PLACE_THAN.search(m.group("t") or ""):
            continue
        out.append((m.span(), m.span("b"), m.group("b")))
    for m in _FROM_BASE.finditer(st):
        if _CHANGE_WORD.search(st[:m.start()]):
            out.append((m.span(), m.span("b"), m.group("b")))
    for m in _ON_BASE.finditer(st):
        out.append((m.span(), m.span("b"), m.group("b")))
    for m in _AFTER_EPISODE.finditer(st):
        out.append((m.span(), m.span("b"), m.group("b")))
    for m in _PEAK_BASE.finditer(st):
        g = "b" if m.group("b") else "b2"
        out.append((m.span(), m.span(g), m.group(g)))
    return [_whole_phrase(st, phrase, year) for phrase, year, _ in out]


def _whole_phrase(st: str, phrase: tuple[int, int], year: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int], str]:
    """The baseline's whole period phrase ('the first two months of <year>', not only '<year>')."""
    for pat in _PERIOD_PATTERNS:
        for m in pat.finditer(st, max(0, phrase[0]), min(len(st), phrase[1] + 12)):
            if m.start() <= year[0] and year[1] <= m.end() and m.start() >= phrase[0]:
                text = re.sub(r"^(?:in|for|during|of|over)\s+", "", m.group(0), flags=_I)
                return phrase, (m.start(), m.end()), text
    return phrase, year, st[year[0]:year[1]]


def _wide_in(clause: str) -> str | None:
    found = _wide_baselines(clause)
    return min(found)[2] if found else None


# 'over the last decade', 'in the past five years', 'in five years': a change measured back that far
_SPAN_BACK = re.compile(rf"\b(?:over|in|during|across)\s+(?:the\s+)?(?:(?:last|past)\s+)?(?:(?P<dec>decade)|"
                        rf"(?P<n>{number_alternation(2, 20)}|[2-9]|1[0-9]|20)\s+years)\b", _I)
# a clause's own one-year-back phrase: its change is against the year before
_YEAR_BEFORE = re.compile(r"\blast\s+year\s+alone\b|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:year|12\s+months|"
                          r"twelve\s+months)\b|\byear[- ](?:on|over)[- ]year\b|\bon\s+the\s+(?:previous|year\s+before)\b", _I)


# 'figures published in <year> showed ...': the year of a release, not the period its figures cover
_PUBLISHED_IN = re.compile(r"\b(?:published|released|issued|came\s+out)\s+(?:in|during)\s+(?P<y>(?:19|20)\d{2})\b", _I)
# 'Vehicle crime peaked in <year> at N, up N% on <year>': the peak year is the sentence's own period
_PEAKED_IN = re.compile(r"\b(?:peaked|bottomed\s+out|the\s+(?:peak|low(?:est)?\s+point)\s+came)\s+(?:in|during)\s+"
                        r"(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)


_NAMED_MONTH = re.compile(rf"\b(?:{_CAP_MONTHS})\b")     # 'between January and November': months without a year


def find_period(text: str, exclude: list[tuple[int, int]]) -> str | None:
    """The first period phrase in ``text`` that overlaps none of the ``exclude`` spans."""
    low = text.lower()
    if not (_DIGIT.search(text) or any(w in low for w in ("last ", "this ", "since ", "year", "month", "lockdown"))
            or _NAMED_MONTH.search(text)):
        return None
    for pat in _PERIOD_PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in exclude):
                continue
            return m.group(0)
    return None


# '<place>, the <worst> borough in <year>, ...': a year inside an aside that describes a place is the aside's own,
# not the period of the sentence's claims
_PLACE_ASIDE_YEAR = re.compile(r"(?<=[a-z])\s*,\s+(?:the|its|once\s+the|previously\s+the)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:borough|force|area|city|district|town|county|region|ward)\s+(?:[\w'’-]+\s+){0,3}?"
                               r"(?:in|of|for|during)\s+(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\s*,", _I)


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
    out += [year for _, year, _ in _wide_baselines(st)]
    if digits and (", the " in low or ", its " in low):
        out += [m.span("y") for m in _PLACE_ASIDE_YEAR.finditer(st)]
    if "ublish" in low or "releas" in low:     # 'figures published in <year>': when a release came out, not its period
        out += [m.span("y") for m in _PUBLISHED_IN.finditer(st)]
    return out


def _since_base(clause: str, st: str, rec_spans: list[tuple[int, int]], rel: int) -> str | None:
    """'has halved since <year>': the year a change is measured from, unless it is a record's 'since'."""
    for m in _SINCE_BASE.finditer(clause):
        if not any(a <= m.start() + rel < b for a, b in rec_spans):
            return m.group("b")
    if not rec_spans:
        found = _SINCE_BASE.search(st)
        return found.group("b") if found else None
    return None


def _figure_baseline(c: "Claim", st: str, sentence_start: int) -> str | None:
    """'compared with N in <month> <year>': a count written inside a baseline phrase is that
    period's figure (not the sentence's period)."""
    if not c.claimed_text:
        return None
    pos = st.find(c.claimed_text, max(0, c.start - sentence_start))
    if pos < 0:
        return None
    for (a, b), _, text in _wide_baselines(st):
        if a <= pos < b:
            return text
    return None


# ('<month> was the <busiest> month for <crime> in <year>, with N': words without a figure between, then 'with')
_WITH_GAP = re.compile(r"\W*(?:with\s+)?|[^\d.;]{0,60}?,\s*with\s+", _I)


def _turn_just_before(claims: list["Claim"], c: "Claim", st: str, sentence_start: int) -> "Claim | None":
    """The turn said of a month right before count ``c`` ('<month> was the <worst> month, with N ...'), if any."""
    for t in claims:
        if t.turn and t.period_text and t.end <= c.start and \
                _WITH_GAP.fullmatch(st[t.end - sentence_start:c.start - sentence_start]):
            return t
    return None


# '..., <down> from N in <year>, which <had been> the <worst> year ...': the year just before the relative clause
_YEAR_THEN_WHICH = re.compile(r"\b(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\s*,\s*$")
_WHICH = re.compile(r"^\W*which\b", _I)
_IN_MONTH = re.compile(rf"\b(?:in|during)\s+(?P<m>(?-i:{_CAP_MONTHS}))(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b", _I)


def _record_in_apposition(claims: list["Claim"], c: "Claim", st: str, sentence_start: int) -> None:
    """A record said of the figure just before it: 'in <month> <police> recorded N, the <highest> <monthly> figure ...' takes
    that figure's period; '... in <year>, which <had been> the <worst> year ...' takes that year."""
    rel = c.start - sentence_start
    if _WHICH.match(st[rel:]) and (y := _YEAR_THEN_WHICH.search(st[max(0, rel - 12):rel])):
        c.period_text = y.group("y")
        return
    before = [k for k in claims if k.kind == "count" and k.end <= c.start]
    if not before or not re.fullmatch(r"\s*,\s*", st[before[-1].end - sentence_start:rel]):
        return
    figure = before[-1]
    month = _IN_MONTH.search(figure.clause)
    if figure.period_text and figure.subject != "from":
        c.period_text = figure.period_text
    elif month is not None:
        c.period_text = f"{month.group('m')} {month.group('y') or ''}".strip()


_SHARE_FROM_YEAR = re.compile(r"^\W*(?:(?:up|down|rising|falling|compared)\s+)?(?:from|with)\s+[^,;]{1,40}?\b(?:in|during)\s+"
                              r"(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)


# what parts two statements in one sentence: a semicolon, or 'but' / 'while' / 'whereas' (', from N to M in <year>' after a
# change is the change's own figures, not another statement)
_CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas|although|though)\b", _I)


def _in_other_claim(claims: list["Claim"], c: "Claim", a: int, b: int, st: str, sentence_start: int) -> bool:
    """Whether sentence-relative span ``a:b`` lies outside claim ``c``'s clause and inside another claim's."""
    own = st.find(c.clause) if c.clause else -1
    if own >= 0 and own <= a and b <= own + len(c.clause):
        return False
    # a phrase before the sentence's first figure is fronted, shared by every clause ('In <year>, <a> rose and <b> fell')
    figures = [st.find(k.claimed_text, max(0, k.start - sentence_start)) for k in claims if k.claimed_text]
    if a < min((f for f in figures if f >= 0), default=0):
        return False
    # (a later clause's own phrase, or a record's own 'since <year>' / 'in N years'; an earlier clause's period or
    # baseline goes on to the clauses after it)
    cut = _CLAUSE_BREAK.search(st, max(0, c.end - sentence_start), a) if a > c.end - sentence_start else None
    return any(k is not c and k.clause != c.clause and k.start - sentence_start <= a and b <= k.end - sentence_start
               and ((k.start > c.start and cut is not None) or k.kind == "record") for k in claims)


def assign_periods(claims: list["Claim"], *, st: str, sentence_start: int, used: list[tuple[int, int]]) -> None:
    """Give each claim of sentence ``st`` its period and baseline text, from its clause first, then
    the sentence; ``used`` are sentence-relative spans already taken (records, baselines)."""
    rec_spans = [(c.start - sentence_start, c.end - sentence_start) for c in claims if c.kind == "record"]
    sent_period = find_period(st, used)
    for c in claims:
        rel = (c.start - sentence_start, c.end - sentence_start)
        local = [(a - rel[0], b - rel[0]) for a, b in used]
        if c.subject == "at":   # '... compared with N in <year>': a second year in the sentence binds its figure only
            c.subject = None if sent_period and c.period_text and c.period_text in sent_period else "when"
        if c.kind == "count" and c.subject in (None, "at"):
            own = _figure_baseline(c, st, sentence_start)
            if own and (not c.period_text or own in c.period_text):
                # '<a multiple of> the N in <year>': the yardstick's own year, not the one the text goes on about
                c.period_text, c.subject = c.period_text or own, "when"
        if c.kind == "count" and not c.period_text and (fy := _FROM_FIGURE_YEAR_TO.search(st)):
            # 'from N <crimes> in <year> to M in <year>': each figure its own year
            pos = st.find(c.claimed_text or "\0", max(0, rel[0]))
            if pos == fy.start("n1"):
                c.period_text, c.subject = fy.group("a"), "when"
            elif pos == fy.start("n2"):
                c.period_text = fy.group("b")
        if c.kind in ("count", "rate") and not c.period_text and "between" in st.lower() and " to " in st.lower():
            bt = _BETWEEN.search(st)    # 'fell from N to N between <year> and <year>': first figure, first year
            if bt and _FROM_TO_FIGURES.search(st):
                first = c.subject == "from"
                c.period_text, c.subject = (bt.group("a"), "when") if first else (bt.group("b"), c.subject)
        ft = _FROM_TO_FIGURES.search(st) if c.kind == "count" else None
        if ft is not None and ft.start() <= rel[0] < ft.end() and (bmo := _BETWEEN_MONTHS.search(st)) and \
                c.subject in (None, "from") and (not c.period_text or bmo.group(0) in f"between {c.period_text}"):
            # '<crime> doubled between <month> and <month>, from N to M': N is the first month's, M the second's
            first = c.subject == "from"
            year = (bmo.group("ay") if first else None) or bmo.group("y")
            c.period_text = f"{bmo.group('a') if first else bmo.group('b')} {year or ''}".strip()
            c.subject = "when" if first else c.subject
        if c.kind in ("count", "comparison") and not c.period_text and not c.compare_to and \
                not _FROM_TO_FIGURES.search(st) and ("between" in st.lower() or " from " in st.lower()):
            whole = _BETWEEN.search(st)     # 'Between <year> and <year>, N were killed': the whole span's total
            if whole and "/" not in whole.group(0):
                c.period_text = f"{whole.group('a')}-01 to {whole.group('b')}-12"
        if c.kind not in ("change", "direction") and not (c.kind == "ratio" and not c.compare_to) and \
                not c.period_text and (months := _BETWEEN_MONTHS.search(st)) and months.group("y") and \
                not _in_other_claim(claims, c, months.start(), months.end(), st, sentence_start):
            # '<N> offences from <month> to <month> <year>': a total over the months, not a change between them
            c.period_text = f"{months.group('a')} {months.group('ay') or months.group('y')} to " \
                            f"{months.group('b')} {months.group('y')}"
        if c.kind == "count" and not c.period_text and not rec_spans:
            since = _SINCE_TOTAL.search(st)     # 'Since <year> there have been over N homicides': all of them
            if since:
                c.period_text = f"since {since.group('y')}"
        if c.kind == "count" and not c.period_text and (turn := _turn_just_before(claims, c, st, sentence_start)):
            # '<month> was the busiest month, with N <crimes>': the month's own figure; an aside that hands on no period
            c.period_text, c.subject = turn.period_text, "when"
        if c.kind == "record" and not c.period_text and not c.turn:
            _record_in_apposition(claims, c, st, sentence_start)
        # a month named alone in the claim's own clause ('N burgled in <month>') is its period (the resolver
        # places it in a year), not another clause's '<month> last year'
        episode = _AFTER_EPISODE.search(st) if c.kind == "direction" and not c.period_text else None
        if episode is not None and episode.start() <= rel[0] < episode.end():
            # 'after a spike in <year>': the episode's own year, against the year before it; an aside that does not
            # hand its year on to the lines after it
            c.period_text, c.subject = episode.group("b"), "when"
        if c.kind == "share" and not c.period_text and (fy := _SHARE_FROM_YEAR.match(c.clause)):
            # '<share> in <year>, up from <share> in <year>': the earlier share's own year
            c.period_text, c.subject = fy.group("y"), "when"
        shared = sent_period
        if sent_period and (at := st.find(sent_period)) >= 0 and \
                _in_other_claim(claims, c, at, at + len(sent_period), st, sentence_start):
            shared = None   # '<a figure>; from <month> to <month> we <recorded more ...>': the later clause's own period
        c.period_text = c.period_text or find_period(c.clause, local) or \
            (None if _BARE_MONTH.search(c.clause) else shared)
        if c.period_text and (whole := _WHOLE_OF.search(st)) and c.period_text == f"of {whole.group('y')}":
            c.period_text = whole.group("y")     # 'for the whole of <year>': the year ('the low of <year>' is none)
        pk = _PEAKED_IN.search(st) if c.period_text is None and ("peak" in st or "point came" in st) else None
        if pk and pk.end() <= rel[0] and c.kind in ("change", "ratio", "direction", "count"):
            c.period_text = pk.group("y")
        if c.kind in ("change", "ratio", "direction", "comparison") and c.baseline_text is None \
                and c.per_month != "sequence":      # month on month: each month against the one before
            if c.kind == "comparison" and c.compare_to:
                continue
            bw = _BETWEEN.search(c.clause) or _BETWEEN.search(st)
            bm = _BASELINE.search(c.clause)
            wide = _wide_in(c.clause) if bm is None else None
            bm = bm or (None if wide else _BASELINE.search(st))
            sm = _since_base(c.clause, st, rec_spans, c.start - sentence_start)
            if sm and sm in c.clause and _BASELINE.search(c.clause) is None and _BETWEEN.search(c.clause) is None:
                bw = bm = wide = None   # 'and has more than doubled since <year>': the clause's own 'since'
            if _YEAR_BEFORE.search(c.clause):
                # 'jumped N% last year alone', 'up N% year on year': against the year before, never a
                # baseline ('since <year>') written elsewhere in the sentence
                bw = bw if bw and bw.group(0) in c.clause else None
                bm = bm if bm and bm.group(0) in c.clause else None
                sm = sm if sm and sm in c.clause else None
            # a baseline written only in another claim's clause of the sentence is that claim's ('<crime> fell for the
            # first time in N years, and <crime> was down by N'; '... rose by N%, but it has doubled since <year>')
            bw = None if bw and _in_other_claim(claims, c, bw.start(), bw.end(), st, sentence_start) else bw
            bm = None if bm and _in_other_claim(claims, c, bm.start(), bm.end(), st, sentence_start) else bm
            if sm and sm not in c.clause and (at := st.find(sm)) >= 0 and \
                    _in_other_claim(claims, c, at, at + len(sm), st, sentence_start):
                sm = None
            span = (_SPAN_BACK.search(c.clause) or _SPAN_BACK.search(st)) if not (bw or bm or wide or sm) else None
            span = None if span and span.group(0) not in c.clause and \
                _in_other_claim(claims, c, span.start(), span.end(), st, sentence_start) else span
            episode = (_EPISODE_BASE.search(c.clause) or _EPISODE_BASE.search(st)) if not (bm or wide) else None
            if episode and c.kind != "comparison":
                c.baseline_text = _PRE_PANDEMIC_YEAR
                c.since_baseline = episode.group("w").lower() == "since"
            elif span:        # 'has halved over the last decade': against the same period ten years before
                n = 10 if span.group("dec") else number_value(span.group("n")) or int(span.group("n"))
                c.baseline_text = f"{n} years earlier"
            elif bw and not (c.rank and c.period_text and " to " in c.period_text):     # a ranking over the span
                c.baseline_text, c.period_text = bw.group("a"), bw.group("b")
            elif c.kind != "comparison" and not c.compare_to and (bmo := _BETWEEN_MONTHS.search(c.clause)):
                # in the change's own clause; fronted ('Between <month> and <month> <year>, ...') it is the period
                # (no year: '<crime> doubled between <month> and <month>', both months of the year talked about)
                y = bmo.group("y") or ""
                c.baseline_text, c.period_text = f"{bmo.group('a')} {bmo.group('ay') or y}".strip(), f"{bmo.group('b')} {y}".strip()
            elif bm and c.kind != "comparison":
                c.baseline_text = bm.group("b")
            elif wide and c.kind != "comparison":
                c.baseline_text = wide      # 'N% lower than the peak of N in <year>'
            elif sm and c.kind != "comparison":
                c.baseline_text, c.since_baseline = sm, True
            if c.baseline_text and c.period_text == c.baseline_text and c.subject == "when":
                c.baseline_text = None      # the episode's year is its own period, not its other end
            if c.baseline_text and c.period_text == c.baseline_text and c.baseline_text.lower().startswith("last "):
                c.period_text = None    # 'down on last <month>': that month is the other end, not the period


# '<its> <year> total of N': the figure is that year's; a change in the same clause is not against it, and a
# record said of it in apposition (', the <worst> year since ...') is about that year
_YEAR_TOTAL = re.compile(rf"\b(?P<y>(?:19|20)\d{{2}}|(?-i:{month_alternation(short=False, capitalised=True)}))(?:/\d{{2}}|['’]s)?\s+"
                         r"(?:total|figure|count|tally)\s+of\s+"
                         r"(?:(?:about|around|almost|nearly|some|just\s+over|just\s+under|over|under)\s+)?"
                         r"(?P<n>\d(?:[\d,.]*\d)?)", re.IGNORECASE)
_IN_APPOSITION = re.compile(r"(?:\s+[a-z]+){0,2}\s*,\s*$")


# '... was <year>, with N <victims>': N is that year's, and a record in apposition after it too
_YEAR_WITH = re.compile(r"\b(?:was|were|came\s+in|in)\s+(?P<y>(?:19|20)\d{2})\s*,\s*with\s+"
                        r"(?:(?:about|around|almost|nearly|some|just\s+over|just\s+under|over|under)\s+)?(?P<n>\d(?:[\d,.]*\d)?)",
                        re.IGNORECASE)


def year_totals(claims: list["Claim"], *, st: str, sentence_start: int) -> None:
    """Bind '<year> total of N' (see ``_YEAR_TOTAL``) and '<year>, with N' (``_YEAR_WITH``) in sentence ``st``."""
    for m in (*_YEAR_TOTAL.finditer(st), *_YEAR_WITH.finditer(st)):
        y, (a, b) = m.group("y"), m.span("n")
        for c in claims:
            rel = c.start - sentence_start
            pos = st.find(c.claimed_text or "\0", max(0, rel))
            if c.kind == "count" and a <= pos < b:
                c.period_text, c.subject = y, "when"
            elif c.kind in ("change", "ratio", "direction") and c.baseline_text == y and rel < m.start():
                c.baseline_text = None
            elif c.kind == "record" and rel >= m.end() and _IN_APPOSITION.fullmatch(st[m.end():rel]):
                c.period_text = y


def find_baselines(sc: Scan) -> list[Claim]:
    """Take the spans naming a comparison's other end (no claims of its own)."""
    sc.used += baseline_spans(sc.st)
    return []
