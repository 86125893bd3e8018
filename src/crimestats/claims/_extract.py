"""Find the statistical claims in a text: pure text handling, no store.

A text is cut into sentences and each sentence into clauses ("..., which was a 25% fall and the
lowest figure since 2014" is three clauses).  Each clause is searched for the shapes claims take:
counts, percentage changes, ratio words, records, equality, shares, rates, direction-only
statements, comparisons between places and opinions about safety.  Numbers that are not claims
(years, ages, dates, road names such as 'the A13', '9/11', '24/7', phone numbers, section numbers,
HTML tags pasted as text) are skipped.  Every claim keeps character offsets into the original text.

All patterns are bounded (no nested unbounded repetition), so a 1 MB paste is scanned in linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._measures import find_measures
from ._model import Claim
from ._numbers import FRACTIONS, MULTIPLIERS, NumberToken, find_numbers

__all__ = ["extract_claims", "split_sentences", "Sentence", "find_places"]

_I = re.IGNORECASE
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DOWN = (r"down|fall|falls|fell|fallen|falling|drop|drops|dropped|reduction|reduced|reduce|decrease|"
         r"decreased|decline|declined|lower|less|fewer|cut|cuts|slump|slumped|plunge|plunged|dip|dipped")
_UP = (r"up|rise|rises|rose|risen|rising|increase|increased|increasing|higher|more|jump|jumped|surge|"
       r"surged|climb|climbed|grew|growth|spike|soared|soar")
_DOWN_RE = re.compile(rf"\b(?:{_DOWN})\b", _I)
_UP_RE = re.compile(rf"\b(?:{_UP})\b", _I)

# Nouns that make a bare number a statistical count.
_STAT_NOUNS = re.compile(
    r"\b(?:homicides?|killings?|murders?|deaths?|stabbings?|shootings?|offences?|crimes?|incidents?|"
    r"victims?|arrests?|robber(?:y|ies)|muggings?|burglar(?:y|ies)|thefts?|assaults?|rapes?|"
    r"attacks?|cases?|stops?|searches|officers?|people|men|women|teenagers?|children|youngsters|"
    r"knife|gun|weapons?|figures?|total|number|cars?|vehicles?|phones?|bikes?|bicycles?|"
    r"reports?|calls?|charges?|convictions?|prosecutions?)\b", _I)
_WORKFORCE = re.compile(
    r"\b(?:officers?|police officers|constables?|pcsos?|staff|workforce|recruits?|men and women|"
    r"the organisation|the organization|employees|personnel|detectives)\b", _I)
_CRIME_WORDS = re.compile(
    r"\b(?:homicides?|killings?|murders?|stabbings?|shootings?|offences?|crimes?|victims?|arrests?|"
    r"robber(?:y|ies)|muggings?|burglar(?:y|ies)|thefts?|assaults?|rapes?)\b", _I)

_PERCENT_AFTER = re.compile(r"\s?(?:%|per ?cent\b|percent\b)", _I)
_POINTS_AFTER = re.compile(r"\s?(?:percentage|%)[ -]points?\b", _I)
_RATE_AFTER = re.compile(
    r"\s(?:per|for every|in every)\s(?P<per>100,000|100 000|100000|100k|10,000|1,000|1000|million|head|capita)", _I)
_AGE_BEFORE = re.compile(r"(?:\baged?|\bages|\bunder|\bover|\bolder than|\byounger than|\bthe age of)"
                         r"(?:\s+between)?(?:\s+[0-9]{1,3}\s*(?:to|-|–|and)\s*)?\s*$", _I)
_AGE_AFTER = re.compile(
    r"^(?:-|\s)?(?:years?[- ]old|year-olds?|yrs?\b|or (?:younger|under|older|over|below|above)\b|"
    r"and (?:under|over|younger|older)\b|s\b)", _I)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", _I)
_DATE_AFTER = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b", _I)
_DURATION_AFTER = re.compile(
    r"^\s*(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|am|pm|a\.m\.|p\.m\.|o'clock|"
    r"miles?|metres?|km|feet|ft|mph|kg|million|billion|bn|pounds|dollars|euros)\b", _I)
_LABEL_BEFORE = re.compile(
    r"\b(?:section|article|no\.?|route|junction|platform|flat|floor|page|pages|chapter|level|tier|"
    r"phase|version|bus|line|room|grade|schedule|part|clause|rule|paragraph|year|stage|number|"
    r"episode|season|series|top|covid|act|lot|unit|gate|terminal|zone|category|class|per|every)\s*$", _I)
_PHONE_NEAR = re.compile(r"\d[\s-]*$")

_RECORD = re.compile(
    r"\b(?:the\s+)?(?P<dir>lowest|highest|fewest|most|smallest|largest|biggest|worst|best)\b"
    r"(?P<mid>(?:\s+[\w'-]+){0,5}?)\s+(?P<tail>since\s+records\s+began|since\s+(?:at\s+least\s+)?(?P<year>\d{4})"
    r"|on\s+record|ever\s+recorded|in\s+(?P<n>\w+)\s+years|for\s+(?P<n2>\w+)\s+years|in\s+a\s+decade)"
    r"|\brecord\s+(?P<rdir>low|high)s?\b", _I)
_EQUAL = re.compile(
    r"\b(?:equal(?:ling|led|s)?\s+to|the\s+same\s+as|level\s+with|matching|unchanged\s+(?:from|on))"
    r"(?:\s+[\w'-]+){0,6}?\s+(?P<year>\d{4}(?:/\d{2})?)\b", _I)
_MULT = re.compile(r"\b(?P<w>halved|doubled|tripled|trebled|quadrupled)\b", _I)
_FRAC_CHANGE = re.compile(
    rf"\b(?P<verb>{_DOWN}|{_UP})\s+(?:by\s+)?(?:almost\s+|nearly\s+|around\s+|about\s+|more than\s+)?"
    r"(?P<f>a half|half|a third|a quarter|a fifth|a tenth|two[- ]thirds|three[- ]quarters)\b", _I)
_FRAC_SHARE = re.compile(
    r"\b(?P<f>a half|half|a third|a quarter|a fifth|a tenth|two[- ]thirds|three[- ]quarters)\s+of\b", _I)
_DIRECTION = re.compile(
    r"\b(?:(?:a|an|the)\s+)?(?P<noun>drop|fall|decrease|reduction|decline|rise|increase|surge|jump|spike)s?\s+in\b"
    r"|\b(?P<verb>fell|rose|dropped|increased|decreased|declined|went\s+(?:down|up)|"
    r"(?:has|have)\s+(?:fallen|risen|dropped|increased|decreased|declined|gone\s+(?:down|up)))\b", _I)
_COMPARE = re.compile(
    r"\b(?P<w>more|fewer|higher|lower|less|safer|more\s+dangerous|worse|better)\b"
    r"(?:\s+[\w'-]+){0,6}?\s+than\s+(?:in\s+)?(?:the\s+)?(?P<t>[\w'&.-]+(?:\s+[\w'&.-]+){0,3})", _I)
_OPINION = re.compile(
    r"\b(?:(?:fantastically|incredibly|very|really|relatively|extremely|remarkably|one of the)\s+)?"
    r"(?:safe|safest|unsafe|dangerous|most dangerous|crime[- ]ridden|lawless|no[- ]go)\b", _I)
_OPINION_PLACE = re.compile(r"\b(?:city|cities|place|capital|town|country|streets|london|borough|area)\b", _I)
_OPINION_NOT = re.compile(r"\b(?:keep|keeps|keeping|kept|make|makes|making|stay|staying|feel|feels)\b"
                          r"(?:\s+[\w'-]+){0,3}\s+(?:safe|safer)\b", _I)
_SPLIT = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Sgt|Insp|Supt|Det|Cllr|Prof|Rev|vs|e\.g|i\.e|Ch|Supt|Cmdr|Gen)\.$")
_CLAUSE_SPLIT = re.compile(
    r",\s|;\s|:\s|\s[—–-]\s|\s(?=(?:which|after|while|but|because|whereas)\s)|\s(?=and\s+(?:the|a|an|equal|was|is|were|it)\b)", _I)
_TAG = re.compile(r"<[^<>\n]{0,400}>")

# Period phrases, most specific first.  Each yields (span, text).
_PERIOD_PATTERNS = [
    re.compile(rf"\b(?:the\s+)?(?:year|12 months|twelve months)\s+(?:to|ending)\s+(?:{_MONTHS})\s+\d{{4}}\b", _I),
    re.compile(r"\b(?:FY\s?|financial\s+year\s+)?(?:19|20)\d{2}\s?[/–-]\s?\d{2}\b(?!\d)", _I),
    re.compile(rf"\bsince\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b", _I),
    re.compile(r"\b(?:last|this)\s+(?:financial\s+)?(?:year|month)\b|\bso far this year\b|\byear to date\b"
               r"|\b(?:the\s+)?(?:past|last)\s+(?:12|twelve)\s+months\b|\bthe\s+past\s+year\b", _I),
    re.compile(rf"\b(?:{_MONTHS})\s+(?:19|20)\d{{2}}\b", _I),
    re.compile(r"\b(?:in|for|during|of|over)\s+(?:the\s+year\s+)?(?:19|20)\d{2}\b(?![/%\d])", _I),
]
_BASELINE = re.compile(
    r"\b(?:on|from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:in\s+|the\s+)?"
    r"(?P<b>(?:19|20)\d{2}(?:/\d{2})?|last\s+year|the\s+previous\s+year|the\s+year\s+before)\b", _I)
_DIGIT = re.compile(r"[0-9]")
_BARE_YEAR = re.compile(r"(?<![\w/£$-])(?:19|20)\d{2}(?![\w/%]|-\d)")


def _has(low: str, *words: str) -> bool:
    """Cheap substring gate (C speed) before running a pattern over a sentence."""
    return any(w in low for w in words)


_NUMBER_GATE = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                "dozen", "hundreds", "thousands", "millions", "scores")
_DIR_GATE = ("drop", "fall", "fell", "decrease", "reduction", "decline", "rise", "rose", "increase", "surge",
             "jump", "spike", "went ", "has ", "have ")


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
    """Sentences with offsets into ``text``; paragraphs never run together."""
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


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    """Clause spans (absolute offsets) within a sentence."""
    spans, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(s.text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(s.text)))
    out = []
    for a, b in spans:
        seg = s.text[a:b]
        lead = len(seg) - len(seg.lstrip(" \"'“‘("))
        if re.match(r"and\s", seg[lead:]):
            lead += len(re.match(r"and\s+", seg[lead:]).group(0))
        seg2 = seg.rstrip(" .,;:!?\"'”’)")
        if seg2.strip():
            out.append((s.start + a + lead, s.start + a + len(seg2)))
    return out or [(s.start, s.end)]


def _number_role(tok: NumberToken, sent: str) -> str | None:
    """Classify a number in its sentence: 'percent', 'points', 'rate', 'count', or None (not a claim)."""
    before, after = sent[max(0, tok.start - 30): tok.start], sent[tok.end: tok.end + 40]
    if tok.written == "digits":
        if _POINTS_AFTER.match(after):
            return "points"
        if _PERCENT_AFTER.match(after):
            return "percent"
        if _RATE_AFTER.match(after):
            return "rate"
        if "." not in tok.text and "," not in tok.text and 1800 <= tok.value <= 2100:
            return None  # a year
        if _PHONE_NEAR.search(before[-3:]) or re.match(r"^[\s-]*\d", after):
            return None  # phone numbers, digit groups
    if tok.written == "vague":
        return "count"
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return None
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return None
    if _DURATION_AFTER.match(after) or _LABEL_BEFORE.search(before):
        return None
    if tok.written == "words":
        # 'nine homicides': a stat noun within the next few words
        if not _STAT_NOUNS.search(" ".join(after.split()[:4])):
            return None
        return "count"
    return "count" if _STAT_NOUNS.search(sent) else None


def _find_period(text: str, exclude: list[tuple[int, int]]) -> str | None:
    low = text.lower()
    if not (_DIGIT.search(text) or _has(low, "last ", "this ", "since ", "year", "month")):
        return None
    for pat in _PERIOD_PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in exclude):
                continue
            return m.group(0)
    return None


def _approx(before: str) -> str:
    b = before.lower()
    if re.search(r"\b(?:about|around|roughly|approximately|some|nearly|almost|close to|an estimated)\s*$", b):
        return "about"
    if re.search(r"\b(?:more than|over|above|at least|in excess of)\s*$", b):
        return "more_than"
    if re.search(r"\b(?:fewer than|less than|under|below|at most)\s*$", b):
        return "fewer_than"
    return "exact"


def _direction(window: str) -> str | None:
    d, u = _DOWN_RE.search(window), _UP_RE.search(window)
    if d and not u:
        return "down"
    if u and not d:
        return "up"
    if d and u:
        return "down" if d.start() < u.start() else "up"
    return None


def find_places(text: str) -> list[tuple[int, int, str]]:
    """Place names mentioned in ``text`` (London words, boroughs, aliases, countries), with offsets."""
    return [(m.start(), m.end(), m.group(0)) for m in _places_re().finditer(text)]


_PLACES_CACHE: list[re.Pattern[str]] = []


def _places_re() -> re.Pattern[str]:
    if not _PLACES_CACHE:
        import csv
        from importlib import resources

        names = {"London", "the capital", "the region", "the Met", "Metropolitan Police", "England and Wales",
                 "United Kingdom", "the UK", "United States", "the US", "New York", "France", "Germany",
                 "Canada", "Australia", "Paris", "Berlin", "City of London", "Greater London", "Scotland"}
        data = resources.files("crimestats.data")
        for fname, col in (("london_boroughs.csv", "area_name"), ("place_aliases.csv", "alias")):
            try:
                with data.joinpath(fname).open(encoding="utf-8") as fh:
                    names.update(r[col] for r in csv.DictReader(fh) if r.get(col))
            except FileNotFoundError:
                pass
        alts = []
        for n in sorted(names, key=len, reverse=True):
            alts.append(r"\s+".join(re.escape(w).replace(r"\ and\ ", r"\s+(?:and|&)\s+") for w in n.split()))
        # Capitalised names must match as written (case-sensitive: 'the capital' lower, 'Bow' not 'bow')
        _PLACES_CACHE.append(re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])"))
    return _PLACES_CACHE[0]


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


def _sentence_claims(s: Sentence, text: str) -> list[Claim]:
    st = s.text
    low = st.lower()
    digits = _DIGIT.search(st) is not None
    gates = {
        "record": _has(low, "lowest", "highest", "fewest", "most", "smallest", "largest", "biggest", "worst",
                       "best", "record"),
        "equal": digits and _has(low, "equal", "same as", "level with", "matching", "unchanged"),
        "mult": _has(low, "halved", "doubled", "tripled", "trebled", "quadrupled"),
        "frac": _has(low, "half", "third", "quarter", "fifth", "tenth"),
        "numbers": digits or _has(low, *_NUMBER_GATE),
        "compare": " than " in low,
        "direction": _has(low, *_DIR_GATE),
        "opinion": _has(low, "safe", "danger", "crime-ridden", "crime ridden", "lawless", "no-go", "no go"),
    }
    if not any(gates.values()):
        return []
    clauses = _clauses(s)
    claims: list[Claim] = []
    used: list[tuple[int, int]] = []     # sentence-relative spans consumed by record/equality/baseline
    for m in (_RECORD.finditer(st) if gates["record"] else ()):
        if m.group("rdir"):
            direction = "low" if m.group("rdir").lower() == "low" else "high"
            since, on_rec = None, True
        else:
            direction = "low" if m.group("dir").lower() in ("lowest", "fewest", "smallest", "best") else "high"
            since, on_rec = m.group("year"), m.group("year") is None
        if m.group("tail"):
            used.append((m.start("tail"), m.end("tail")))
        claims.append(_claim("record", _clause_of(clauses, s.start + m.start()), s, text, record=direction,
                             since_text=since, on_record=on_rec, claimed_text=m.group(0)))
    for m in (_EQUAL.finditer(st) if gates["equal"] else ()):
        used.append(m.span())
        claims.append(_claim("equality", _clause_of(clauses, s.start + m.start()), s, text,
                             equal_to_text=m.group("year"), claimed_text=m.group(0)))
    for m in (_BASELINE.finditer(st) if digits or "year" in low else ()):
        used.append((m.start("b"), m.end("b")))
    ratio_spans = []
    for m in (_MULT.finditer(st) if gates["mult"] else ()):
        w = m.group("w").lower()
        f = MULTIPLIERS[w]
        claims.append(_claim("ratio", _clause_of(clauses, s.start + m.start()), s, text, claimed_text=w,
                             value=f, unit="ratio", direction="down" if f < 1 else "up"))
        ratio_spans.append(m.span())
    for m in (_FRAC_CHANGE.finditer(st) if gates["frac"] else ()):
        f = FRACTIONS[m.group("f").lower()]
        down = bool(_DOWN_RE.fullmatch(m.group("verb")))
        claims.append(_claim("ratio", _clause_of(clauses, s.start + m.start()), s, text,
                             claimed_text=m.group(0), value=(1 - f) if down else (1 + f), unit="ratio",
                             direction="down" if down else "up", approx=_approx(m.group(0))))
        ratio_spans.append(m.span())
    for m in (_FRAC_SHARE.finditer(st) if gates["frac"] else ()):
        if any(a <= m.start() < b for a, b in ratio_spans):
            continue
        f = FRACTIONS[m.group("f").lower()]
        claims.append(_claim("share", _clause_of(clauses, s.start + m.start()), s, text,
                             claimed_text=m.group("f"), value=f * 100, unit="share", approx="about"))
    for tok in (find_numbers(st) if gates["numbers"] else ()):
        if any(a <= tok.start < b for a, b in used):
            continue
        role = _number_role(tok, st)
        if role is None:
            continue
        clause = _clause_of(clauses, s.start + tok.start)
        ctext = text[clause[0]:clause[1]]
        rel = tok.start + s.start - clause[0]
        window = ctext[max(0, rel - 30): rel + len(tok.text) + 40]
        approx = "vague" if tok.written == "vague" else _approx(st[max(0, tok.start - 20): tok.start])
        if role in ("percent", "points"):
            after = st[tok.end: tok.end + 25]
            is_share = re.match(r"^\s?(?:%|per ?cent|percent)\s+of\b", after, _I) is not None
            d = None if is_share else _direction(window)
            kind = "change" if d else "share"
            shown = st[tok.start: tok.end + (_POINTS_AFTER if role == "points" else _PERCENT_AFTER).match(after).end()]
            value = tok.value * (-1 if d == "down" else 1)
            claims.append(_claim(kind, clause, s, text, claimed_text=shown, value=value, unit=role,
                                 direction=d, approx=approx))
        elif role == "rate":
            m = _RATE_AFTER.match(st[tok.end:])
            per_txt = m.group("per").lower().replace(",", "").replace(" ", "") if m else "100000"
            per = {"100k": 100_000, "million": 1_000_000, "head": 1, "capita": 1}.get(per_txt) or int(per_txt)
            claims.append(_claim("rate", clause, s, text, claimed_text=st[tok.start: tok.end + (m.end() if m else 0)],
                                 value=tok.value, unit="rate", per=per, approx=approx))
        else:
            subj = None
            if _WORKFORCE.search(ctext) or (_WORKFORCE.search(st) and not _CRIME_WORDS.search(st)):
                subj = "workforce"
            elif tok.written == "vague" and not _CRIME_WORDS.search(ctext):
                subj = "workforce" if _WORKFORCE.search(st) or re.search(r"\bI(?:'ve| have)\b|\bI’ve\b", st) else None
            claims.append(_claim("count", clause, s, text, claimed_text=tok.text, value=tok.value, low=tok.low,
                                 high=tok.high, unit="count", approx=approx, subject=subj))
    taken = {(c.start, c.end) for c in claims if c.kind in ("change", "ratio", "record")}
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
        if not _CRIME_WORDS.search(st) and not _STAT_NOUNS.search(text[clause[0]:clause[1]]) \
                and not find_measures(st):
            continue
        w = (m.group("noun") or m.group("verb")).lower()
        d = "down" if _DOWN_RE.search(w) or w in ("decrease", "decreased", "declined") else "up"
        claims.append(_claim("direction", clause, s, text, direction=d, claimed_text=m.group(0)))
        taken.add(clause)
    if gates["opinion"] and _OPINION.search(st) and _OPINION_PLACE.search(st) and not _OPINION_NOT.search(st) \
            and not any(c.kind == "comparison" for c in claims):
        m = _OPINION.search(st)
        claims.append(_claim("opinion", (s.start, s.start + len(st.rstrip(" .!?\"”"))), s, text,
                             claimed_text=m.group(0)))
    if not claims:
        return []
    # shared context: period and baseline per claim, from its clause first, then the sentence
    sent_period = _find_period(st, used)
    for c in claims:
        rel = (c.start - s.start, c.end - s.start)
        local = [(a - rel[0], b - rel[0]) for a, b in used]
        c.period_text = _find_period(c.clause, local) or sent_period
        if c.kind in ("change", "ratio", "direction") and c.baseline_text is None:
            bm = _BASELINE.search(c.clause) or _BASELINE.search(st)
            if bm:
                c.baseline_text = bm.group("b")
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def extract_claims(text: str) -> list[Claim]:
    """Every statistical claim in ``text``, in reading order, with offsets into ``text``."""
    clean = _blank_tags(text)
    out: list[Claim] = []
    for s in split_sentences(clean):
        out.extend(_sentence_claims(s, clean))
    for c in out:       # show the original characters (tags were blanked, offsets are the same)
        c.text = text[c.start:c.end]
    return out
