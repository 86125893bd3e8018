"""Figures read as numbers: counts, percentage changes and shares, differences and rates, pure text.

Every number in a sentence that ``_number_roles`` says is a figure (not a year, age, date or road) and
that no earlier rule's claim has taken becomes one claim: a percentage with a direction nearby is a
change, without one a share; 'N fewer than' or 'down by N' is a change of ``unit='difference'``;
'N.N per 1,000' a rate; anything else a count (workforce, population and non-crime counts are marked
in ``subject``).  Rule registered in ``_rules``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._lexicon import DOWN_VERBS, LEXICON, NUMBER_WORDS, UP_VERBS, alternation, month_alternation
from .._model import Claim
from ._extract_interval import per_span
from ._extract_share import non_crime_whole
from ._figure_words import from_year_after_noun, population_before
from ._number_roles import _PERCENT_AFTER, _POINTS_AFTER, _RATE_AFTER, _approx, _is_event, _number_role
from ._numbers import find_numbers
from ._place_names import find_places
from ._scan import ELIDED_BY, UP_RE, Scan, Words, direction, elided_clause, way_before

__all__ = ["find_figures", "numbers_gate", "find_zero_counts", "zero_gate"]

_I = re.IGNORECASE
_WAY_AFTER_PERCENT = re.compile(r"^\s?(?:%|per\s?cent|percent)\s+(?P<w>fewer|lower|less|down|below|more|higher|up|above|"
                                r"greater)\b", _I)
_DOWN_AFTER = ("fewer", "lower", "less", "down", "below")
_SAMPLE_BEFORE = re.compile(r"\b(?:survey|poll|sample|questionnaire|study)\s+of\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|"
                            r"over\s+|almost\s+|nearly\s+)?$", _I)
_POPULATION = re.compile(r"\b(?:population|residents|inhabitants|people\s+live)\b", _I)
# 'fell from N to M': the first figure is the earlier period's count
_FROM_TO = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+|(?:just\s+)?(?:more\s+than|over|under|below|above)\s+|"
                      r"nearly\s+|almost\s+|(?:fewer|less)\s+than\s+)?$", _I)
_FROM_RATE_TO = re.compile(r"\s+to\s+(?:about\s+|around\s+)?\d[\d,.]*\s+(?:(?:offences|crimes|homicides|murders|killings)\s+)?"
                           r"(?:per|for\s+every)\s+(?P<per>100,000|100000|1,000|1000|10,000|10000)\b", _I)
# '<down by a fifth>, N offences against M': after a change, the second figure is the earlier period's
_AGAINST_FIGURE = re.compile(r"\d\s+(?:[a-z'-]+\s+){0,2}?(?:against|versus|vs\.?|compared\s+(?:with|to))\s+"
                             r"(?:about\s+|around\s+|some\s+)?$", _I)
# a figure, its noun, then 'from <year>' (that year's) or 'since <year>' (everything since), not a from-to range
_NOUN_YEAR = re.compile(r"^(?P<noun>(?:\s+[\w'-]+){1,4}?)\s+(?P<w>from|since)\s+(?P<p>(?:19|20)\d{2})\b"
                        r"(?!\s*(?:to|-|–|and|until|till)\s)"
                        # 'the N killed in <year>': that year's figure, whatever year the sentence is about
                        r"|^(?P<noun2>(?:\s+[\w'-]+){0,2}?\s+(?:killed|murdered|died|stabbed\s+to\s+death|shot\s+dead))"
                        r"\s+(?P<w2>in)\s+(?P<p2>(?:19|20)\d{2})\b", _I)
# a monthly figure: 'N crimes a month'; 'up to' / 'as many as' makes it the busiest month
_A_MONTH = re.compile(r"^(?:\s+[\w'-]+){0,3}?\s+(?:a|per|each|every)\s+month\b", _I)
# a bound said of every month: 'more than N thefts in <place> in each month of <year>', 'over N every month'
_OF_YEAR = re.compile(r"\s+of\s+(?P<y>(?:19|20)\d{2})\b")
# the yardstick is London's mean borough: 'against a London average of about N', 'the average borough saw N'
_BOROUGH_AVERAGE_BEFORE = re.compile(
    r"(?:\b(?:London|capital(?:'s|’s)?|London-wide|pan-London|borough)\s+average\s+(?:of\s+)?|"
    r"\bthe\s+(?:London|capital(?:'s|’s)?)\s+(?:figure|rate|level)\s+of\s+|"
    r"\baverage\s+(?:London\s+)?borough\s+(?:[\w']+\s+){0,2}?)"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+over|just\s+under|over|under)\s+)?$", _I)
_PER_BOROUGH_AFTER = re.compile(r"^(?:\s+[\w'-]+){0,2}?\s+(?:per|a|each|for\s+each|in\s+each)\s+borough\b", _I)
_EACH_MONTH = re.compile(r"^(?:\s+[\w'-]+){0,5}?\s+(?:in\s+)?(?:each|every)(?:\s+single)?\s+month\b", _I)
_UP_TO = re.compile(r"\b(?:up\s+to|as\s+many\s+as|as\s+high\s+as|peaking\s+at|at\s+most)\s+$", _I)
_FROM_PERIOD = re.compile(rf"^\s+(?:in\s+)?(?P<p>(?:19|20)\d{{2}}(?:/\d{{2}})?|last\s+(?:{month_alternation(capitalised=True)}))\b")
# 'down N% on <year>, when N people died': the figure belongs to the year just named
# absolute differences: 'N fewer than in <year>', 'N more robberies than the year before', 'down by N'
_DIFF_AFTER = re.compile(r"^\s*(?P<w>fewer|more|less)\b(?:\s+[\w'-]+){0,6}?\s+than\b", _I)
_DIFF_BEFORE = re.compile(
    r"\b(?:(?P<v>down|up|fell|fall|falls|falling|rose|rise|rises|rising|dropped|drop|drops|increased|increase|decreased|"
    r"decrease|declined|decline|fallen|risen|climbed|climb|grew|grow|grown|jumped|jump|cut|reduced)\s+by"
    r"|(?:a|an)\s+(?P<n>fall|drop|rise|increase|reduction|decrease|decline|jump)\s+of)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+|fewer\s+than\s+"
    r"|less\s+than\s+|under\s+)?$", _I)
# a figure counting something other than crime: 'N.N million calls', 'N visits'; or crimes' outcomes: 'N charges',
# 'N (crimes) were solved' (homicides keep their own series), 'one <crime> report in N ended in a charge'
_NON_CRIME_AFTER = re.compile(r"^\s+(?:prolific|repeat|persistent|known|serial)\s+(?:offenders|shoplifters|thieves|burglars|"
                              r"criminals)\b"
                              r"|^\s+(?:[a-z-]+\s+)?(?:calls|phone\s+calls|999\s+calls|visits|views|followers|"
                              r"emails|hours|patrols|shifts|pounds|complaints|applications|vehicles\s+seized|charges)\b"
                              r"|^\s+(?:(?!(?:and|but|while|whereas|or|murders?|homicides?|killings?)\b)[a-z'’-]+\s+){0,4}?"
                              r"(?:(?:were|are|was|is|have\s+been|has\s+been|had\s+been|get|got|go|went)\s+(?:ever\s+)?"
                              r"(?:solved|detected|unsolved)|"
                              r"(?:end|ends|ended|ending|result|results|resulted|resulting|led|lead|leads|leading)\s+"
                              r"(?:in|with|to)\s+(?:[\w'’-]+\s+){0,3}?(?:charge[sd]?|prosecut(?:ed|ions?)|"
                              r"convict(?:ed|ions?)|cautions?|cautioned))\b", _I)
_WHEN_BEFORE = re.compile(r"(?P<p>(?:19|20)\d{2}(?:/\d{2})?)\s*,?\s*when\s+(?:\w+\s+){0,4}$", _I)
_WORKFORCE = re.compile(
    r"\b(?:officers?|police officers|constables?|pcsos?|staff|workforce|recruits?|men and women|"
    r"the organisation|the organization|employees|personnel|detectives)\b", _I)
_PER_WORDS = {"100k": 100_000, "million": 1_000_000, "head": 1, "capita": 1, "thousand": 1_000,
              "hundredthousand": 100_000}
# a bare figure set against a rate earlier in the sentence is a rate too: '... N.N per 100,000, compared
# with N.N in <place>'
_RATE_CARRIED = re.compile(r"\b(?:compared (?:with|to)|against|versus|vs\.?|than|while|whereas)\s+"
                           r"(?:(?:just|only|about|around|roughly|nearly|almost|some)\s+)?$", _I)

# number words, and the vague quantities the scan reads without another number ('a handful' alone is not one)
_NUMBER_GATE = (*(w for w in NUMBER_WORDS if w != "one"), "teen", "dozen", "hundreds", "thousands", "millions",
                "scores")

_PREVIOUS_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:in|during|over|for)?\s*(?:the\s+)?(?:previous|preceding|prior)\s+"
                             r"(?:12|twelve)\s+months|^\s+(?:[a-z]+\s+){0,2}?(?:in\s+)?(?:the\s+year\s+(?:before|earlier)|"
                             r"the\s+previous\s+year|a\s+year\s+(?:earlier|before))", _I)


_AGAINST_TIME = re.compile(
    r"\s?(?:%|per\s?cent|percent)\s+(?P<w>below|under|above|over)\s+(?:the\s+same\s+(?:period|months?|time|quarter)|"
    r"last\s+year|the\s+year\s+before|the\s+previous\s+(?:year|month|period)|a\s+year\s+(?:earlier|ago|before)|"
    r"(?:19|20)\d{2}(?:/\d{2})?(?:['’]s)?\s+(?:level|figure|total)s?|(?:its|their|the)\s+(?:19|20)\d{2}\s+(?:level|figure|total)s?|"
    r"(?:the\s+)?pre-?\s?(?:pandemic|covid|lockdown)\s+(?:level|figure|total)s?)", re.IGNORECASE)
_WAY_WORDS = alternation(DOWN_VERBS + UP_VERBS + ("down", "up", "higher", "lower"))
_WAY_RE = re.compile(rf"\b(?:{_WAY_WORDS})\b", _I)
_WAY_BEFORE = re.compile(rf"\b(?:{_WAY_WORDS})\b(?:[^.;]{{0,16}}|[^.;]{{0,30}}\bby(?:\s+(?:about|around|some|"
                         r"roughly|nearly|almost|just\s+over|just\s+under|more\s+than|less\s+than))?)$", _I)


def _direction_before(text: str) -> str | None:
    """'Burglary was also down, by around N%', 'fell only slightly, by N%': the direction named just
    before the figure's clause."""
    m = _WAY_BEFORE.search(text.rstrip())
    return direction(m.group(0)) if m else None


# 'and <crime> by N%': a change whose verb was left out
_BY_BEFORE = re.compile(ELIDED_BY + r"(?:about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|"
                        r"some\s+|over\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+|a\s+further\s+)?$", re.IGNORECASE)
# 'just over N', 'slightly fewer than N': close to N on one side
_JUST = re.compile(r"\b(?:just|slightly|a\s+little|a\s+shade)\s+(?P<w>over|above|more\s+than|under|below|fewer\s+than|"
                   r"less\s+than|short\s+of)\s*$", re.IGNORECASE)
_OVER = ("over", "above", "more than")


_NUMBERS_GATE_TEST = Words(*_NUMBER_GATE)


def _per(words: str) -> int:
    """The base of a rate as written: '100,000' 100000, 'thousand' 1000, 'head' 1."""
    t = words.lower().replace(",", "").replace(" ", "")
    return _PER_WORDS.get(t) or int(t)


def numbers_gate(sc: Scan) -> bool:
    return sc.digits or _NUMBERS_GATE_TEST(sc.low)


NUMBERS_NEEDS = Words(*"0123456789", *_NUMBERS_GATE_TEST.words)


def find_figures(sc: Scan) -> list[Claim]:
    """One claim per free figure in the sentence (see the module docstring)."""
    st = sc.st
    out: list[Claim] = []
    carried_per: int | None = None
    for tok in find_numbers(st):
        if not sc.free(tok.start):
            continue
        role = _number_role(tok, st)
        if role is None:
            continue
        carried = None
        london_average = _BOROUGH_AVERAGE_BEFORE.search(st[max(0, tok.start - 50): tok.start]) is not None
        ahead = _FROM_RATE_TO.match(st, tok.end) if role == "count" and _FROM_TO.search(st[max(0, tok.start - 20): tok.start]) \
            else None
        if ahead is not None:
            # 'jumped from N.N to N.N per 100,000': the first figure is a rate too
            role, carried = "rate", _per(ahead.group("per"))
        elif role == "count" and carried_per and tok.written == "digits" and (
                _RATE_CARRIED.search(st[:tok.start]) or london_average) \
                and not LEXICON.figure_nouns.match(" ".join(st[tok.end:].split()[:2])):
            role, carried = "rate", carried_per  # 'N.N per 100,000, compared with N.N in <place>'
        clause = sc.clause_at(tok.start)
        ctext = sc.text[clause[0]:clause[1]]
        rel = tok.start + sc.s.start - clause[0]
        window = ctext[max(0, rel - 30): rel + len(tok.text) + 40]
        approx = "vague" if tok.written == "vague" else _approx(st[max(0, tok.start - 24): tok.start])
        if tok.written == "scaled" and approx == "exact":
            approx = "vague"
        if role in ("percent", "points"):
            after = st[tok.end: tok.end + 25]
            is_share = re.match(r"^\s?(?:%|per ?cent|percent)\s+of\b", after, _I) is not None
            said = _WAY_AFTER_PERCENT.match(after)     # 'more than N% fewer': the word after the figure, not the hedge
            way = None if is_share else ("down" if said and said.group("w").lower() in _DOWN_AFTER else "up") if said \
                else (direction(window) or _direction_before(st[max(0, tok.start - 40): tok.start]))
            elided = _BY_BEFORE.search(st[max(0, tok.start - 30): tok.start]) if not is_share else None
            if way is None and elided:
                # '<crime> was down N%, and <crime> by N%': the verb left out, the way of the change before
                way = way_before(sc.claims + out, sc.s.start + tok.start, ("change", "ratio"))
            if way is None and not is_share:
                # 'N% below the same period last year', 'N% above <year>'s level': a change against a time, not a share
                bt = _AGAINST_TIME.match(st[tok.end: tok.end + 60])
                way = ("down" if bt.group("w").lower() in ("below", "under") else "up") if bt else None
            kind = "change" if way else "share"
            sign = (_POINTS_AFTER if role == "points" else _PERCENT_AFTER).match(after)
            shown = st[tok.start: tok.end + (sign.end() if sign else 0)]   # the role says the sign follows
            value = tok.value * (-1 if way == "down" else 1)
            extra: dict[str, object] = {"share_part": st[:tok.start], "share_of": st[tok.end:]} if kind == "share" else {}
            pc = sc.in_clause(kind, clause, claimed_text=shown, value=value, unit=role,
                              direction=way, approx=approx, **extra)
            if elided and kind == "change" and LEXICON.find_measures(elided.group(0)):
                # '..., and <crime> by N%': that crime, not the first one the clause names
                pc.clause = elided_clause(elided.group(0)) + shown
            if kind == "share" and non_crime_whole(re.sub(r"^\s*(?:%|per\s?cent|percent)", "", st[tok.end:]), st):
                pc.subject = "non_crime"     # '40% of their time': a share of officers' time, not of crime
            out.append(pc)
        elif role == "rate":
            ra = _RATE_AFTER.match(st[tok.end:])
            per = carried or _per(ra.group("per") if ra else "100000")
            carried_per = per
            out.append(sc.in_clause("rate", clause, claimed_text=st[tok.start: tok.end + (ra.end() if ra else 0)],
                                 value=tok.value, unit="rate", per=per, approx=approx,
                                 per_borough=london_average,      # 'against a London average of N': London's rate
                                 subject="from" if ahead is not None else None))
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
                d = "up" if w in ("more", "up", "grown", "grow", "rise", "rises", "rising", "increase", "climb", "jump") \
                    or UP_RE.fullmatch(w) else "down"
                out.append(sc.in_clause("change", clause, claimed_text=tok.text, unit="difference",
                                     value=tok.value * (-1 if d == "down" else 1), direction=d, approx=approx))
                continue
            extra = {}
            if _FROM_TO.search(st[max(0, tok.start - 20): tok.start]):
                fp = _FROM_PERIOD.match(st[tok.end: tok.end + 16])
                extra = {"subject": "from", "baseline_text": fp.group("p") if fp else from_year_after_noun(st[tok.end:])}
            if not extra and _AGAINST_FIGURE.search(st[max(0, tok.start - 40): tok.start]) and \
                    _WAY_RE.search(st[:tok.start]):
                extra = {"subject": "from"}
            if _PREVIOUS_AFTER.match(st[tok.end: tok.end + 60]) and not extra:
                extra = {"subject": "from"}     # 'compared with N in the previous 12 months'
            pa = _FROM_PERIOD.match(st[tok.end: tok.end + 16])
            if pa and not extra:
                extra = {"period_text": pa.group("p"), "subject": "at"}
            ny = _NOUN_YEAR.match(st[tok.end: tok.end + 60]) if not extra else None
            if ny and ny.group("p2"):       # 'the N killed in <year>'
                extra = {"period_text": ny.group("p2"), "subject": "at"}
            elif ny and LEXICON.figure_nouns.search(ny.group("noun")):
                # 'N homicides from <year>': that year's homicides; 'N homicides since <year>': all of them since
                p = ny.group("p") if ny.group("w").lower() == "from" else f"since {ny.group('p')}"
                extra = {"period_text": p, "subject": "at"}
            wb = _WHEN_BEFORE.search(st[max(0, tok.start - 30): tok.start])
            if wb:
                extra = {"period_text": wb.group("p"), "subject": "when"}
            if _POPULATION.search(" ".join(st[tok.end:].split()[:3])) or \
                    re.search(r"\bpopulation\s+of\s+(?:about\s+|around\s+|some\s+|almost\s+|nearly\s+|over\s+)?$",
                              st[max(0, tok.start - 30): tok.start], _I) or population_before(st[:tok.start]):
                subj = "population"
            if _SAMPLE_BEFORE.search(st[max(0, tok.start - 30): tok.start]):
                subj = "non_crime"      # 'a survey of N residents': the size of a sample, not a population or a crime count
            low, high, just = tok.low, tok.high, _JUST.search(st[max(0, tok.start - 24): tok.start])
            if just and tok.written == "digits" and tok.value >= 20:
                # 'just over N' is a little above N (up to a tenth), 'just under N' a little below it
                approx = "vague"
                low, high = (tok.value, tok.value * 1.1) if just.group("w").lower() in _OVER else (tok.value * 0.9,
                                                                                                    tok.value)
            c = sc.in_clause("count", clause, claimed_text=tok.text, value=tok.value, low=low,
                       high=high, unit="count", approx=approx, subject=subj)
            if subj is None and (_BOROUGH_AVERAGE_BEFORE.search(st[max(0, tok.start - 50): tok.start])
                                 or _PER_BOROUGH_AFTER.match(st[tok.end: tok.end + 40])):
                c.per_borough = True       # 'against a London average of about N', 'N per borough'
            elif subj is None and approx in ("more_than", "fewer_than") and _EACH_MONTH.match(st[tok.end: tok.end + 80]):
                c.per_month = "every"      # the bound holds in every month: the lowest (or highest) month decides
            elif subj is None and _A_MONTH.match(st[tok.end: tok.end + 50]):
                c.per_month = "max" if _UP_TO.search(st[max(0, tok.start - 20): tok.start]) else "mean"
            elif subj is None:
                c.per_minutes = per_span(st[tok.end: tok.end + 50])    # 'N a day', 'N a week'
            for k, v in extra.items():
                if k == "subject" and subj is not None:
                    continue
                setattr(c, k, v)
            each = _EACH_MONTH.match(st[tok.end: tok.end + 80]) if c.per_month == "every" else None
            of_year = _OF_YEAR.match(st, tok.end + each.end()) if each else None
            if of_year:
                c.period_text = of_year.group("y")     # 'in each month of <year>': that year's months
            out += _each_place(c, st[:tok.start])
    return out


# '<a>, <b> and <c> each recorded N <crimes>': the same count said of every place listed
_EACH_LISTED = re.compile(r"(?P<list>[A-Z][\w'&.-]*(?:\s+(?:and\s+|upon\s+)?[A-Z][\w'&.-]*)*(?:,\s+[A-Z][\w'&.-]*"
                          r"(?:\s+(?:and\s+|upon\s+)?[A-Z][\w'&.-]*)*)*,?\s+and\s+[A-Z][\w'&.-]*(?:\s+(?:and\s+|upon\s+)?"
                          r"[A-Z][\w'&.-]*)*)\s+(?:each|all|both)\s+(?:recorded|had|saw|logged|reported|registered|suffered)\s+"
                          r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|fewer\s+than|under|just\s+over|exactly)\s+)?$")


def _each_place(c: Claim, before: str) -> list[Claim]:
    """One count per place listed before 'each recorded N' (the claim itself when none is listed)."""
    m = _EACH_LISTED.search(before)
    places = [p[2] for p in find_places(m.group("list"))] if m else []
    if len(places) < 2:
        return [c]
    assert m is not None
    return [replace(c, clause=f"{p}: " + c.clause.replace(m.group("list"), " ", 1)) for p in places]


# a count of none: 'not one <crime> was recorded', 'not a single <crime>', 'zero <crimes>', '<place> recorded no <crimes>'
_ZERO = re.compile(r"\b(?P<w>not\s+(?:one|a\s+single)|without\s+(?:a\s+single|any|one)|zero|(?:recorded|reported|saw|had|logged|with)\s+(?:no|zero)|"
                   r"^\W*no|there\s+(?:were|was|have\s+been|has\s+been)\s+no)\s+(?P<noun>(?:[\w'-]+\s+){0,2}?[\w'-]+)"
                   r"(?P<tail>\s+(?:at\s+all|whatsoever|(?:was|were|has\s+been|have\s+been)\s+(?:recorded|reported|committed|"
                   r"logged)|in\s+[A-Z]|last\s+year|this\s+year|(?:in|during)\s+(?:19|20)\d{2}))?", _I)


# a count of one ('one' is otherwise a pronoun): '<place> recorded just one <crime>', 'there was only one <crime>'
_ONE = re.compile(r"\b(?:recorded|records|had|has|saw|sees|logged|suffered|reported|registered|there\s+(?:was|has\s+been))\s+"
                  r"(?:(?:just|only|exactly)\s+)?(?P<w>one)\s+(?P<noun>(?:[\w'-]+\s+){0,2}?[\w'-]+)", _I)


_ZERO_GATE_TEST = Words("not one", "not a single", "zero", "no ", " one ", "without")


def zero_gate(sc: Scan) -> bool:
    return _ZERO_GATE_TEST(sc.low)


ZERO_NEEDS = _ZERO_GATE_TEST


def find_zero_counts(sc: Scan) -> list[Claim]:
    """'Not one <crime> was recorded in <place> last year': a count of zero of a crime the catalogue names."""
    out: list[Claim] = []
    for m in _ZERO.finditer(sc.st):
        if not sc.free(m.start()) or not LEXICON.crime_nouns.fullmatch(m.group("noun").strip()) and not \
                LEXICON.crime_nouns.search(m.group("noun").split()[-1]):
            continue
        w = m.group("w").lower()
        if (w.startswith("no") or w.endswith(" no") or w.startswith("there")) and not m.group("tail"):
            continue    # 'no <crime>' only with a place, a period or 'recorded' after it ('no knife crime policy' is none)
        none = re.sub(r"^(?:recorded|reported|saw|had|logged|with|without|there\s+\w+(?:\s+been)?)\s+", "", m.group("w").strip(), flags=_I)
        out.append(sc.in_clause("count", sc.clause_at(m.start()), claimed_text=f"{none} {m.group('noun')}", value=0.0,
                                low=0.0, high=0.0, unit="count", approx="exact"))
        sc.used.append((m.start(), m.end()))
    for m in _ONE.finditer(sc.st) if " one " in sc.low else ():
        noun = m.group("noun").strip()
        if not sc.free(m.start("w")) or not (LEXICON.crime_nouns.fullmatch(noun) or LEXICON.crime_nouns.match(noun)):
            continue
        out.append(sc.in_clause("count", sc.clause_at(m.start("w")), claimed_text=f"one {noun}", value=1.0,
                                low=1.0, high=1.0, unit="count", approx="exact"))
        sc.used.append((m.start("w"), m.end()))
    return out
