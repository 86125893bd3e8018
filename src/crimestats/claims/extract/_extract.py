"""Find the statistical claims in a text: pure text handling, no store.

A text is cut into sentences and each sentence into clauses ("..., which was a 25% fall and the
lowest figure since 2014" is three clauses).  Each clause is searched for the shapes claims take:
counts, percentage changes, ratio words, records, equality, shares, rates, direction-only
statements, comparisons between places and opinions about safety.  Numbers that are not claims
(years, ages, dates, road names such as 'the A13', '9/11', '24/7', phone numbers, section numbers,
HTML tags pasted as text) are skipped.  Every claim keeps character offsets into the original text.

All patterns are bounded (no nested unbounded repetition), so a 1 MB paste is scanned in linear time.

Sentences and clauses come from ``_sentences``, which numbers are figures from ``_number_roles``, place
names from ``_place_names``, tables from ``_extract_table``; this module holds the per-sentence scan.
"""

from __future__ import annotations

import re

from .._lexicon import (
    FRACTIONS,
    LEXICON,
    MULTIPLIERS,
    NUMBER_WORDS,
    ORDINALS,
    TIMES_WORDS,
    fraction_alternation,
    number_alternation,
    number_value,
    ordinal_alternation,
)
from .._limits import (
    CLAIM_SAMPLE_CHARS,
    check_claims_per_sentence,
    check_projected_claims,
    check_sentences,
    check_text_size,
)
from .._model import Claim
from .._sentences import Sentence, _blank_tags, _claim, _clause_of, _clauses, split_sentences
from ._baselines import assign_periods, baseline_spans
from ._compare_words import fraction_comparisons, same_as_before
from ._extract_rank import rank_claims
from ._extract_record import record_claims
from ._extract_table import _table_claims
from ._figure_words import from_year_after_noun, one_in_change, population_before
from ._number_roles import (
    _PERCENT_AFTER,
    _POINTS_AFTER,
    _RATE_AFTER,
    _approx,
    _fraction_approx,
    _is_event,
    _number_role,
)
from ._numbers import find_numbers
from ._opinion_words import judgement
from ._place_names import find_places

__all__ = ["extract_claims", "split_sentences", "Sentence", "find_places"]

_I = re.IGNORECASE
_DOWN = (r"down|fall|falls|fell|fallen|falling|drop|drops|dropped|reduction|reduced|reduce|decrease|"
         r"decreased|decline|declined|lower|less|fewer|cut|cuts|slump|slumped|plunge|plunged|dip|dipped|tumbled|tumble|"
         r"plummeted|plummet|slid|shrank|shrunk|eased|sank|dropping|decreasing|declining")
_UP = (r"up|rise|rises|rose|risen|rising|increase|increased|increasing|higher|more|jump|jumped|surge|"
       r"surged|climb|climbed|grew|growth|spike|soared|soar|rocketed|rocket|leapt|leaped|ballooned|spiked|"
       r"shot up|increases|rising|climbing|jumps|soaring")
_DOWN_RE = re.compile(rf"\b(?:{_DOWN})\b", _I)
_UP_RE = re.compile(rf"\b(?:{_UP})\b", _I)

_POPULATION = re.compile(r"\b(?:population|residents|inhabitants|people\s+live)\b", _I)
# 'fell from 126 to 115': the first figure is the earlier period's count
_FROM_TO = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", _I)
# a figure, its noun, then 'from 2019' (that year's) or 'since 2019' (everything since), not a from-to range
_NOUN_YEAR = re.compile(r"^(?P<noun>(?:\s+[\w'-]+){1,4}?)\s+(?P<w>from|since)\s+(?P<p>(?:19|20)\d{2})\b"
                        r"(?!\s*(?:to|-|–|and|until|till)\s)", _I)
# a monthly figure: '70,000 crimes a month'; 'up to' / 'as many as' makes it the busiest month
_A_MONTH = re.compile(r"^(?:\s+[\w'-]+){0,3}?\s+(?:a|per|each|every)\s+month\b", _I)
_UP_TO = re.compile(r"\b(?:up\s+to|as\s+many\s+as|as\s+high\s+as|peaking\s+at|at\s+most)\s+$", _I)
_FROM_PERIOD = re.compile(r"^\s+(?:in\s+)?(?P<p>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)
# 'down 2% on 2023, when 110 people lost their lives': the figure belongs to the year just named
# absolute differences: '12 fewer than in 2024', '300 more robberies than the year before', 'down by 1,200'
_DIFF_AFTER = re.compile(r"^\s*(?P<w>fewer|more|less)\b(?:\s+[\w'-]+){0,6}?\s+than\b", _I)
_DIFF_BEFORE = re.compile(
    r"\b(?:(?P<v>down|up|fell|rose|dropped|increased|decreased|declined|fallen|risen|climbed|grew|grown|jumped)\s+by"
    r"|(?:a|an)\s+(?P<n>fall|drop|rise|increase|reduction|decrease|decline|jump)\s+of)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|fewer\s+than\s+"
    r"|less\s+than\s+|under\s+)?$", _I)
# a figure counting something other than crime: '5.6 million calls', '2,000 visits'
_NON_CRIME_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:calls|phone\s+calls|999\s+calls|visits|views|followers|"
                              r"emails|hours|patrols|shifts|pounds|complaints|applications|vehicles\s+seized)\b", _I)
_WHEN_BEFORE = re.compile(r"(?P<p>(?:19|20)\d{2}(?:/\d{2})?)\s*,?\s*when\s+(?:\w+\s+){0,2}$", _I)
# 'the first time burglary has dropped below 54,000 since records began'
_THRESHOLD = re.compile(r"\bfirst\s+time\b(?:\s+[\w'-]+){0,6}?\s+(?:dropped|fallen|fell|gone|risen|rose|been|"
                        r"climbed)?\s*(?P<side>below|under|above|over|beyond)\s+(?P<n>[0-9][0-9,]*)\s+since\s+"
                        r"(?:records\s+began|(?P<y>(?:19|20)\d{2}))", _I)
_WORKFORCE = re.compile(
    r"\b(?:officers?|police officers|constables?|pcsos?|staff|workforce|recruits?|men and women|"
    r"the organisation|the organization|employees|personnel|detectives)\b", _I)
_PER_WORDS = {"100k": 100_000, "million": 1_000_000, "head": 1, "capita": 1, "thousand": 1_000,
              "hundredthousand": 100_000}
# a bare figure set against a rate earlier in the sentence is a rate too: '... 1.1 per 100,000, compared
# with 6.8 in the United States'
_RATE_CARRIED = re.compile(r"\b(?:compared (?:with|to)|against|versus|vs\.?|than|while|whereas)\s+"
                           r"(?:(?:just|only|about|around|roughly|nearly|almost|some)\s+)?$", _I)

_FRACTION_ALT = fraction_alternation()
_FRACTION_GATE = tuple(dict.fromkeys(re.split(r"[- ]", f)[-1].removesuffix("s") for f in FRACTIONS))
_MULTIPLE_ALT = "|".join(w for w, v in TIMES_WORDS.items() if v > 1)      # 'double', 'twice', 'treble'
_TIMES_GATE = (*(w for w in TIMES_WORDS if w != "half"), "times", "half ")
_EQUAL = re.compile(
    r"\b(?:equal(?:ling|led|s)?\s+to|the\s+same\s+as|level\s+with|matching|unchanged\s+(?:from|on))"
    r"(?:\s+[\w'-]+){0,6}?\s+(?P<year>\d{4}(?:/\d{2})?)\b", _I)
_TIMES = re.compile(
    rf"\b(?P<w>{'|'.join(TIMES_WORDS)}|(?:{number_alternation(2, 10)}|[2-9]|1[0-9])\s+times)"
    r"\s+(?:(?:as\s+\w+\s+as|that\s+(?:of|in)|the\s+(?:\w+\s+){0,3}?(?:of|in))\s+)?(?:the\s+)?"
    r"(?P<t>[A-Z][\w'&.-]*(?:\s+(?:and\s+)?[A-Z][\w'&.-]*){0,3})")
_MULT = re.compile(rf"\b(?P<w>{'|'.join(MULTIPLIERS)})\b", _I)
_FRAC_CHANGE = re.compile(
    rf"\b(?P<verb>{_DOWN}|{_UP})\s+(?:by\s+|of\s+)?(?:almost\s+|nearly\s+|around\s+|about\s+|more than\s+)?"
    rf"(?P<f>{_FRACTION_ALT})\b", _I)
# a multiple of an earlier year: 'nearly double the number in 2018', 'twice as many as in 2019'
_MULT_BASE = re.compile(
    rf"\b(?P<w>{_MULTIPLE_ALT}|(?:{number_alternation(2, 5)}|[2-9])\s+times)\s+"
    r"(?:the\s+(?:number|figure|total|level|count|rate|amount)s?(?:\s+(?:recorded|seen|of\s+\w+))?|"
    r"(?:as\s+(?:many|much|high|often)|that)(?:\s+as)?)\s+(?:(?:in|for|during|of)\s+)?(?:the\s+)?"
    r"(?P<y>(?:19|20)\d{2}(?:/\d{2})?|year\s+before|previous\s+year|last\s+year|a\s+year\s+(?:earlier|ago|before))\b", _I)
# sameness with a place: 'roughly the same as England and Wales', 'similar to the national rate'
_SAME_PLACE = re.compile(
    r"\b(?:(?P<h>roughly|about|broadly|much|almost|nearly|virtually|more\s+or\s+less)\s+)?"
    r"(?:the\s+same\s+as|similar\s+to|in\s+line\s+with|on\s+a\s+par\s+with|level\s+with)\s+"
    r"(?:(?:that|those|the\s+rate|the\s+figure)\s+(?:of|in|for)\s+)?(?P<t>[A-Z][\w'&.-]*(?:\s+(?:and\s+)?[A-Z][\w'&.-]*){0,3})")
_FRAC_SHARE = re.compile(
    rf"\b(?P<f>{_FRACTION_ALT})\s+of\b", _I)
_DIRECTION = re.compile(
    r"\b(?:(?:a|an|the)\s+)?(?P<noun>drop|fall|decrease|reduction|decline|rise|increase|surge|jump|spike)s?\s+in\b"
    r"|\b(?P<verb>fell|rose|dropped|increased|decreased|declined|went\s+(?:down|up)|"
    r"(?:has|have|had)\s+(?:also\s+|since\s+|now\s+)?(?:fallen|risen|dropped|increased|decreased|declined|"
    r"gone\s+(?:down|up)))\b", _I)
_COMPARE = re.compile(
    r"\b(?P<w>more|fewer|higher|lower|less|safer|more\s+dangerous|worse|better)\b"
    r"(?:\s+[\w'-]+){0,6}?\s+than\s+(?:in\s+)?(?:the\s+)?(?P<t>[\w'&.-]+(?:\s+[\w'&.-]+){0,3})", _I)
_OPINION = re.compile(
    r"\b(?:(?:fantastically|incredibly|very|really|relatively|extremely|remarkably|one of the)\s+)?"
    r"(?:safe|safest|safer|less safe|unsafe|dangerous|most dangerous|more dangerous|crime[- ]ridden|lawless|no[- ]go|out of control|"
    r"crime wave|war zone|warzone|epidemic|crisis|hellhole|hell hole)\b", _I)
_OPINION_PLACE = re.compile(r"\b(?:city|cities|place|capital|town|country|streets|london|borough|area|crime|"
                            r"violence|stabbings|knife)\b", _I)
_OPINION_NOT = re.compile(r"\b(?:keep|keeps|keeping|kept|make|makes|making|stay|staying)\b"
                          r"(?:\s+[\w'-]+){0,3}\s+(?:safe|safer)\b", _I)

# shares written as 'one in ten', '1 in 5'
_ONE_IN = re.compile(rf"\b(?P<a>{number_alternation(1, 9)}|[1-9])\s+(?:in|out\s+of)\s+(?:every\s+)?"
                     rf"(?P<b>{number_alternation(2, 10)}|twenty|fifty|hundred|[1-9][0-9]{{0,2}})\b", _I)
# streaks and first changes: 'fallen for four years in a row', 'the first fall since 2020'
_STREAK = re.compile(
    r"\b(?P<verb>fallen|fell|falling|dropped|declined|risen|rose|rising|increased|gone\s+(?:up|down))\s+"
    rf"(?:(?:for|in)\s+)?(?:(?:the\s+|a\s+)?(?P<n>{number_alternation(2, 10)}|[2-9]|1[0-9])\s+"
    r"(?:consecutive\s+|straight\s+|successive\s+)?years?(?:\s+in\s+a\s+row|\s+running)?)"
    rf"|\b(?:the\s+)?(?P<ord>{ordinal_alternation(2, 10)})\s+(?:consecutive\s+|"
    r"successive\s+|straight\s+)?(?:year(?:ly)?\s+)?(?P<noun>fall|drop|decline|decrease|rise|increase)"
    r"|\bfirst\s+(?P<fnoun>fall|drop|decline|decrease|rise|increase)\s+since\s+(?P<fy>(?:19|20)\d{2})", _I)
_DIGIT = re.compile(r"[0-9]")
_BARE_YEAR = re.compile(r"(?<![\w/£$-])(?:19|20)\d{2}(?![\w/%]|-\d)")


def _has(low: str, *words: str) -> bool:
    """Cheap substring gate (C speed) before running a pattern over a sentence."""
    return any(w in low for w in words)


# number words, and the vague quantities the scan reads without another number ('a handful' alone is not one)
_NUMBER_GATE = (*(w for w in NUMBER_WORDS if w != "one"), "teen", "dozen", "hundreds", "thousands", "millions",
                "scores")
_DIR_GATE = ("drop", "fall", "fell", "decrease", "reduction", "decline", "rise", "rose", "increase", "surge",
             "jump", "spike", "went ", "has ", "have ")


_PREVIOUS_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:in|during|over|for)?\s*(?:the\s+)?(?:previous|preceding|prior)\s+"
                             r"(?:12|twelve)\s+months|^\s+(?:[a-z]+\s+){0,2}?(?:in\s+)?(?:the\s+year\s+(?:before|earlier)|"
                             r"the\s+previous\s+year|a\s+year\s+(?:earlier|before))", _I)


def _direction_before(text: str) -> str | None:
    """'Burglary was also down, by around 9%': the direction named just before the figure's clause."""
    m = re.search(r"\b(?:down|up|fell|rose|dropped|increased|decreased|higher|lower)\b[^.;]{0,16}$", text.rstrip(), _I)
    return _direction(m.group(0)) if m else None


def _direction(window: str) -> str | None:
    d, u = _DOWN_RE.search(window), _UP_RE.search(window)
    if d and not u:
        return "down"
    if u and not d:
        return "up"
    if d and u:
        return "down" if d.start() < u.start() else "up"
    return None


def _judgement_only(s: Sentence, text: str) -> list[Claim]:
    """A sentence with no claim may still be an opinion with no figure ('Londoners deserve better.')."""
    m = judgement(s.text)
    if m is None:
        return []
    return [_claim("opinion", (s.start, s.start + len(s.text.rstrip(" .!?\"”"))), s, text, claimed_text=m.group(0))]


def _sentence_claims(s: Sentence, text: str) -> list[Claim]:
    st = s.text
    low = st.lower()
    digits = _DIGIT.search(st) is not None
    gates = {
        "record": _has(low, "lowest", "highest", "fewest", "most", "smallest", "largest", "biggest", "worst",
                       "best", "record", "all-time", "all time"),
        "equal": digits and _has(low, "equal", "same as", "level with", "matching", "unchanged"),
        "mult": _has(low, *MULTIPLIERS),
        "frac": _has(low, *_FRACTION_GATE),
        "numbers": digits or _has(low, *_NUMBER_GATE),
        "compare": " than " in low,
        "direction": _has(low, *_DIR_GATE),
        "opinion": _has(low, "safe", "danger", "crime-ridden", "crime ridden", "lawless", "no-go", "no go",
                        "out of control", "crime wave", "war zone", "warzone", "epidemic", "crisis", "hell"),
        "rank": _has(low, "highest", "most", "largest", "biggest", "worst", "lowest", "fewest", "smallest", "least",
                     "second only", "any other", "anywhere else", "pandemic", "decade", "-year", "ranked",
                     "london average", "london rate", "average for london", "capital's average", "the next"),
        "one_in": " in " in low or " out of " in low,
        "streak": _has(low, "year", "first fall", "first rise", "first drop", "first increase", "first decline",
                       "consecutive", "successive"),
        "times": _has(low, *_TIMES_GATE),
        "same": _has(low, "same as", "similar to", "in line with", "on a par", "level with"),
    }
    if not any(gates.values()):
        return _judgement_only(s, text)
    clauses = _clauses(s)
    claims: list[Claim] = []
    used: list[tuple[int, int]] = []     # sentence-relative spans consumed by record/equality/baseline
    for m in (_THRESHOLD.finditer(st) if "first time" in low else ()):
        used.append(m.span())
        n = float(m.group("n").replace(",", ""))
        claims.append(_claim("record", _clause_of(clauses, s.start + m.start()), s, text, claimed_text=m.group(0),
                             value=n, record="low" if m.group("side").lower() in ("below", "under") else "high",
                             first_since=m.group("y") or "records began", unit="threshold"))
    for m in (_STREAK.finditer(st) if gates["streak"] else ()):
        if m.group("fy"):
            w = m.group("fnoun").lower()
            claims.append(_claim("record", _clause_of(clauses, s.start + m.start()), s, text,
                                 first_since=m.group("fy"), claimed_text=m.group(0),
                                 direction="down" if w in ("fall", "drop", "decline", "decrease") else "up"))
            used.append(m.span("fy"))
            continue
        if m.group("n"):
            n = number_value(m.group("n")) or int(m.group("n"))
            d = "down" if _DOWN_RE.search(m.group("verb")) or "down" in m.group("verb").lower() else "up"
        else:
            n = ORDINALS[m.group("ord").lower()]
            d = "down" if m.group("noun").lower() in ("fall", "drop", "decline", "decrease") else "up"
        claims.append(_claim("record", _clause_of(clauses, s.start + m.start()), s, text, streak=n,
                             claimed_text=m.group(0), direction=d))
        used.append(m.span())
    def make(kind: str, pos: int, **kw: object) -> Claim:
        return _claim(kind, _clause_of(clauses, s.start + pos), s, text, **kw)

    claims += record_claims(st, make, used)     # records in time: _extract_rank
    claims += fraction_comparisons(st, make, used) + same_as_before(st, make, used)   # _compare_words
    for m in (_EQUAL.finditer(st) if gates["equal"] else ()):
        used.append(m.span())
        hedged = re.search(r"\b(?:roughly|about|broadly|much|almost|nearly|virtually|more\s+or\s+less)\s+$",
                           st[max(0, m.start() - 20): m.start()], _I)
        claims.append(_claim("equality", _clause_of(clauses, s.start + m.start()), s, text,
                             equal_to_text=m.group("year"), claimed_text=m.group(0),
                             approx="about" if hedged else "exact"))
    used += baseline_spans(st)      # years compared with are not the claim's period: _baselines
    claims += rank_claims(st, make, used, claims)     # rankings among places, levels: _extract_rank
    for m in (_ONE_IN.finditer(st) if gates["one_in"] else ()):
        a = number_value(m.group("a")) or int(m.group("a"))
        b = number_value(m.group("b")) or int(m.group("b"))
        if b <= a:
            continue
        used.append(m.span())
        ch = one_in_change(st[:m.start()], a, b, m.group(0))     # 'fell by roughly one in six': a change
        if ch is not None:
            claims.append(_claim("ratio", _clause_of(clauses, s.start + m.start()), s, text, **ch))
            continue
        claims.append(_claim("share", _clause_of(clauses, s.start + m.start()), s, text, claimed_text=m.group(0),
                             value=100 * a / b, unit="share", approx=_fraction_approx(st[max(0, m.start() - 20): m.start()]),
                             share_part=st[:m.start()], share_of=st[m.end():]))
    for m in (_TIMES.finditer(st) if gates["times"] else ()):
        places = find_places(m.group("t"))
        if not places or places[0][0] != 0:
            continue
        w = m.group("w").lower()
        f = TIMES_WORDS.get(w) or float(number_value(w.split()[0]) or int(w.split()[0]))
        used.append(m.span())
        claims.append(_claim("ratio", _clause_of(clauses, s.start + m.start()), s, text, claimed_text=m.group(0),
                             value=f, unit="ratio", compare_to=places[0][2],
                             approx=_approx(st[max(0, m.start() - 20): m.start()])))
    ratio_spans = []
    for m in (_MULT_BASE.finditer(st) if gates["times"] else ()):
        if any(a <= m.start() < b for a, b in used):
            continue
        w = m.group("w").lower()
        f = TIMES_WORDS.get(w) or float(number_value(w.split()[0]) or int(w.split()[0]))
        used.append(m.span())
        y = m.group("y")
        base = y if y[0].isdigit() else ("the year before" if "before" in y.lower() or "previous" in y.lower()
                                         else y)
        hedge = st[max(0, m.start() - 24): m.start()]
        claims.append(_claim("ratio", _clause_of(clauses, s.start + m.start()), s, text,
                             claimed_text=(re.search(r"(?:nearly|almost|about|around|roughly|more than|over)\s*$",
                                                     hedge, _I) or [""])[0] + m.group("w"),
                             value=f, unit="ratio", direction="up", baseline_text=base, approx=_approx(hedge)))
        ratio_spans.append(m.span())
    for m in (_SAME_PLACE.finditer(st) if gates["same"] else ()):
        places = find_places(m.group("t"))
        if not places or places[0][0] != 0:
            continue
        used.append(m.span())
        claims.append(_claim("comparison", _clause_of(clauses, s.start + m.start()), s, text, direction="same",
                             compare_to=places[0][2], claimed_text=m.group(0).rstrip("."),
                             approx="about" if m.group("h") or "same" not in m.group(0).lower() else "exact"))
    for m in (_MULT.finditer(st) if gates["mult"] else ()):
        w = m.group("w").lower()
        f = MULTIPLIERS[w]
        claims.append(_claim("ratio", _clause_of(clauses, s.start + m.start()), s, text, claimed_text=w,
                             value=f, unit="ratio", direction="down" if f < 1 else "up",
                             approx=_approx(st[max(0, m.start() - 24): m.start()])))
        ratio_spans.append(m.span())
    for m in (_FRAC_CHANGE.finditer(st) if gates["frac"] else ()):
        f = FRACTIONS[m.group("f").lower()]
        down = bool(_DOWN_RE.fullmatch(m.group("verb")))
        claims.append(_claim("ratio", _clause_of(clauses, s.start + m.start()), s, text,
                             claimed_text=m.group(0), value=(1 - f) if down else (1 + f), unit="ratio",
                             direction="down" if down else "up", approx=_approx(st[m.start(): m.start("f")])))
        ratio_spans.append(m.span())
    for m in (_FRAC_SHARE.finditer(st) if gates["frac"] else ()):
        if any(a <= m.start() < b for a, b in ratio_spans):
            continue
        f = FRACTIONS[m.group("f").lower()]
        used.append(m.span())
        claims.append(_claim("share", _clause_of(clauses, s.start + m.start()), s, text,
                             claimed_text=m.group("f"), value=f * 100, unit="share",
                             approx=_fraction_approx(st[max(0, m.start() - 20): m.start()]),
                             share_part=st[:m.start()], share_of=st[m.end():]))
    carried_per: int | None = None
    for tok in (find_numbers(st) if gates["numbers"] else ()):
        if any(a <= tok.start < b for a, b in used):
            continue
        role = _number_role(tok, st)
        if role is None:
            continue
        carried = None
        if role == "count" and carried_per and tok.written == "digits" and _RATE_CARRIED.search(st[:tok.start]) \
                and not LEXICON.figure_nouns.match(" ".join(st[tok.end:].split()[:2])):
            role, carried = "rate", carried_per  # '1.1 per 100,000, compared with 6.8 in the US'
        clause = _clause_of(clauses, s.start + tok.start)
        ctext = text[clause[0]:clause[1]]
        rel = tok.start + s.start - clause[0]
        window = ctext[max(0, rel - 30): rel + len(tok.text) + 40]
        approx = "vague" if tok.written == "vague" else _approx(st[max(0, tok.start - 24): tok.start])
        if tok.written == "scaled" and approx == "exact":
            approx = "vague"
        if role in ("percent", "points"):
            after = st[tok.end: tok.end + 25]
            is_share = re.match(r"^\s?(?:%|per ?cent|percent)\s+of\b", after, _I) is not None
            way = None if is_share else (_direction(window) or _direction_before(st[max(0, tok.start - 40): tok.start]))
            kind = "change" if way else "share"
            sign = (_POINTS_AFTER if role == "points" else _PERCENT_AFTER).match(after)
            shown = st[tok.start: tok.end + (sign.end() if sign else 0)]   # the role says the sign follows
            value = tok.value * (-1 if way == "down" else 1)
            extra: dict[str, object] = {"share_part": st[:tok.start], "share_of": st[tok.end:]} if kind == "share" else {}
            claims.append(_claim(kind, clause, s, text, claimed_text=shown, value=value, unit=role,
                                 direction=way, approx=approx, **extra))
        elif role == "rate":
            ra = _RATE_AFTER.match(st[tok.end:])
            per_txt = ra.group("per").lower().replace(",", "").replace(" ", "") if ra else "100000"
            per = carried or _PER_WORDS.get(per_txt) or int(per_txt)
            carried_per = per
            claims.append(_claim("rate", clause, s, text, claimed_text=st[tok.start: tok.end + (ra.end() if ra else 0)],
                                 value=tok.value, unit="rate", per=per, approx=approx))
        else:
            subj = None
            near = " ".join(st[tok.end:].split()[:4])
            if _WORKFORCE.match(near) or re.match(r"(?:[\w-]+\s){0,2}(?:police\s)?(?:officers?|staff|pcsos?|recruits?|"
                                                   r"detectives|constables?)\b", near, _I) \
                    or (_WORKFORCE.search(ctext) and not LEXICON.crime_nouns.search(ctext) and not LEXICON.find_measures(ctext)) \
                    or (_WORKFORCE.search(st) and not LEXICON.crime_nouns.search(st) and not LEXICON.find_measures(st)):
                subj = "workforce"
            elif tok.written == "vague" and not LEXICON.crime_nouns.search(ctext):
                subj = "workforce" if _WORKFORCE.search(st) or re.search(r"\bI(?:'ve| have)\b|\bI’ve\b", st) else None
            if _is_event(tok, st):
                continue
            if subj is None and _NON_CRIME_AFTER.match(st[tok.end: tok.end + 40]):
                subj = "non_crime"
            da = _DIFF_AFTER.match(st[tok.end: tok.end + 60]) if subj is None else None
            db = _DIFF_BEFORE.search(st[max(0, tok.start - 40): tok.start]) if subj is None else None
            if da or db:
                w = (da.group("w") if da else (db.group("v") or db.group("n")) if db else "").lower()
                d = "up" if w in ("more", "up", "grown") or _UP_RE.fullmatch(w) else "down"
                claims.append(_claim("change", clause, s, text, claimed_text=tok.text, unit="difference",
                                     value=tok.value * (-1 if d == "down" else 1), direction=d, approx=approx))
                continue
            extra = {}
            if _FROM_TO.search(st[max(0, tok.start - 20): tok.start]):
                fp = _FROM_PERIOD.match(st[tok.end: tok.end + 16])
                extra = {"subject": "from", "baseline_text": fp.group("p") if fp else from_year_after_noun(st[tok.end:])}
            if _PREVIOUS_AFTER.match(st[tok.end: tok.end + 60]) and not extra:
                extra = {"subject": "from"}     # 'compared with 38,127 in the previous 12 months'
            pa = _FROM_PERIOD.match(st[tok.end: tok.end + 16])
            if pa and not extra:
                extra = {"period_text": pa.group("p"), "subject": "at"}
            ny = _NOUN_YEAR.match(st[tok.end: tok.end + 60]) if not extra else None
            if ny and LEXICON.figure_nouns.search(ny.group("noun")):
                # '28 homicides from 2019': that year's homicides; '950 homicides since 2019': all of them since
                p = ny.group("p") if ny.group("w").lower() == "from" else f"since {ny.group('p')}"
                extra = {"period_text": p, "subject": "at"}
            wb = _WHEN_BEFORE.search(st[max(0, tok.start - 30): tok.start])
            if wb:
                extra = {"period_text": wb.group("p"), "subject": "when"}
            if _POPULATION.search(" ".join(st[tok.end:].split()[:3])) or \
                    re.search(r"\bpopulation\s+of\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+|over\s+)?$",
                              st[max(0, tok.start - 30): tok.start], _I) or population_before(st[:tok.start]):
                subj = "population"
            c = _claim("count", clause, s, text, claimed_text=tok.text, value=tok.value, low=tok.low,
                       high=tok.high, unit="count", approx=approx, subject=subj)
            if subj is None and _A_MONTH.match(st[tok.end: tok.end + 50]):
                c.per_month = "max" if _UP_TO.search(st[max(0, tok.start - 20): tok.start]) else "mean"
            for k, v in extra.items():
                if k == "subject" and subj is not None:
                    continue
                setattr(c, k, v)
            claims.append(c)
    taken = {(c.start, c.end) for c in claims if c.kind in ("change", "ratio", "record") or c.subject == "change"}
    for m in (_COMPARE.finditer(st) if gates["compare"] else ()):
        tgt = m.group("t")
        clause = _clause_of(clauses, s.start + m.start())
        ym = re.match(r"(?:19|20)\d{2}", tgt)
        if ym:
            if clause not in taken:
                d = "down" if m.group("w").lower() in ("fewer", "lower", "less", "safer", "better") else "up"
                claims.append(_claim("direction", clause, s, text, direction=d, baseline_text=ym.group(0),
                                     claimed_text=m.group(0)))
                taken.add(clause)
            continue
        places = find_places(tgt)
        if places and places[0][0] == 0:
            claims.append(_claim("comparison", clause, s, text, compare_to=places[0][2], claimed_text=m.group(0),
                                 direction="down" if m.group("w").lower() in ("fewer", "lower", "less", "safer", "better") else "up"))
            taken.add(clause)
    for m in (_DIRECTION.finditer(st) if gates["direction"] else ()):
        clause = _clause_of(clauses, s.start + m.start())
        if clause in taken or any(c.kind in ("change", "ratio") and c.start == clause[0] for c in claims):
            continue
        if not LEXICON.crime_nouns.search(st) and not LEXICON.figure_nouns.search(text[clause[0]:clause[1]]) \
                and not LEXICON.find_measures(st):
            continue
        w = (m.group("noun") or m.group("verb")).lower()
        d = "down" if _DOWN_RE.search(w) or w in ("decrease", "decreased", "declined") else "up"
        claims.append(_claim("direction", clause, s, text, direction=d, claimed_text=m.group(0)))
        taken.add(clause)
    if gates["opinion"] and _OPINION.search(st) and _OPINION_PLACE.search(st) and not _OPINION_NOT.search(st) \
            and not any(c.kind == "comparison" for c in claims):
        op = _OPINION.search(st)
        claims.append(_claim("opinion", (s.start, s.start + len(st.rstrip(" .!?\"”"))), s, text,
                             claimed_text=op.group(0) if op else ""))
    if not claims:
        return _judgement_only(s, text)
    # shared context: period and baseline per claim, from its clause first, then the sentence
    assign_periods(claims, st=st, sentence_start=s.start, used=used)
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def extract_claims(text: str) -> list[Claim]:
    """Every statistical claim in ``text``, in reading order, with offsets into ``text``.

    Raises :class:`~crimestats.LimitError` for a text beyond the limits in ``_limits`` (bounded cost)."""
    check_text_size(text)
    clean = _blank_tags(text)
    out: list[Claim] = []
    sentences = split_sentences(clean)
    check_sentences(clean, sentences)
    table_rows, table_claims = _table_claims(sentences, clean)
    sampled = len(clean) <= 2 * CLAIM_SAMPLE_CHARS      # a short text is never projected
    for s in sentences:
        found = table_claims[s.index] if s.index in table_rows else _sentence_claims(s, clean)
        out.extend(found)
        check_claims_per_sentence(clean, s, len(found), total=len(out))
        if not sampled and s.start + len(s.text) >= CLAIM_SAMPLE_CHARS:
            check_projected_claims(clean, s, total=len(out))
            sampled = True
    for c in out:       # show the original characters (tags were blanked, offsets are the same)
        c.text = text[c.start:c.end]
    return out
