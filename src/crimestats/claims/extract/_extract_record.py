"""Extraction of records in time: pure text, no store.

"The lowest on record", "a record low", "an all-time high", "since records began", "the highest since
<year>", "its lowest level in a decade", "the lowest in five years", "a N-year low", "the second-highest
annual total on record", "higher than at any point since <year>", "lower than ever", "since before the
pandemic", and records of a change ("the biggest annual fall on record", "the <year> fall was the largest
since <year>").  Each is a ``kind='record'`` claim: ``record`` low/high, ``since_text`` or ``on_record``;
a window of years is ``unit='years'`` with ``value`` the years; an ordinal is ``rank``; a record of a
change has ``subject='change'`` and ``direction``; "at any point since <year>" (the year included) is
``approx='inclusive'`` ("than in any year since <year>", which may be said of the years after it only, is
``approx='inclusive_or_after'``).  The ``record`` rule (``_rules``) calls :func:`record_claims`; the spans it
consumes go into ``used`` so later scans (rankings, numbers) leave them alone.  Verdicts: ``_record``.
"""

from __future__ import annotations

import re

from .._lexicon import (
    DOWN_VERBS,
    LEXICON,
    ORDINALS,
    UP_VERBS,
    alternation,
    month_alternation,
    number_alternation,
    number_value,
    ordinal_alternation,
)
from .._model import Claim
from ._extract_rank import (
    _I,
    _NOT_CRIME,
    _ORD,
    _SUPER,
    Make,
    _change_kw,
    _clear,
    _crimeish_subject,
    _ordinal,
    _side,
)
from ._scan import DOWN_RE, Scan, Words

__all__ = ["record_claims", "streak_since_claims", "find_threshold", "find_streak", "find_records", "find_turns",
           "turn_gate",
           "threshold_gate", "streak_gate", "record_words"]


_NUM = rf"a|an|{number_alternation(1, 12)}|fifteen|twenty|twenty-five|thirty|forty|fifty|\d{{1,2}}"
_RECORD = re.compile(
    rf"\b(?:the\s+)?(?:(?P<ord>{_ORD})[- ])?(?P<dir>{_SUPER})\b(?P<mid>(?:\s+[\w'/-]+){{0,7}}?)\s+(?P<tail>"
    r"since\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:records|record-keeping|series|data|figures)\s+"
    r"(?:began|started|begin|start)(?:\s+in\s+(?:19|20)\d{2}(?:/\d{2})?)?"
    r"|since\s+(?:at\s+least\s+)?(?P<year>(?:19|20)\d{2}(?:/\d{2})?)\b"
    rf"|since\s+(?P<smonth>(?:last\s+)?(?-i:{month_alternation(capitalised=True)})(?:\s+(?:19|20)\d{{2}}|\s+last\s+year)?)\b"
    r"|since\s+(?P<pan>before\s+)?the\s+(?:covid(?:-19)?\s+|coronavirus\s+)?(?:pandemic|lockdowns?)\b"
    r"|on\s+record|ever(?:\s+recorded)?\b|of\s+all\s+time|in\s+(?:recorded\s+)?history"
    # 'the <highest> <total> in <the borough>'s records', 'in its records'
    r"|in\s+(?:the\s+|its\s+|their\s+|our\s+|(?:the\s+)?[\w-]+['’]s\s+)?(?:own\s+)?records\b(?!\s+(?:of|for|from)\b)"
    r"|(?:the\s+[\w-]+|it|we|they|london)\s+(?:has|have|had)\s+(?:ever\s+)?(?:recorded|seen|known)\b"
    r"|(?:in|for|over)\s+(?:(?P<hedge>more\s+than|over|at\s+least|almost|nearly|about|around|close\s+to)\s+)?"
    rf"(?:(?:the\s+)?(?:last|past)\s+)?(?P<n>{_NUM})\s+(?P<span>decades?|years?)\b"
    r"|(?:in|for|over)\s+(?:(?:the\s+)?(?:last|past)\s+)?(?P<dec>decade)\b)"
    r"|\b(?:a\s+|an\s+|new\s+|fresh\s+)?(?:record|all[- ]time)[- ](?:(?:monthly|annual|yearly)\s+)?(?P<rdir>low|high)s?\b"
    r"|\b(?:hits?|hitting|reach(?:es|ed|ing)?|at|to|set|sets)\s+(?:a\s+)?(?:new|fresh)\s+(?P<ndir>low|high)s?\b"
    r"|\b(?:has|have|had)\s+never\s+been\s+(?P<nvdir>higher|lower|worse|better)\b"
    rf"|\b(?:a|an|its|their|the|new|fresh)\s+(?:(?P<wh>almost|nearly|more\s+than)\s+)?(?P<wn>{_NUM})[- ]"
    r"(?P<wspan>year|decade)[- ](?P<wdir>low|high)s?\b"
    r"|\b(?:a|at|to|hit|hits|reached|reach|reaches|reaching|hitting)\s+(?:a\s+)?(?:new\s+)?record[- ]"
    r"(?P<rnum>numbers?|totals?|levels?|amounts?|tally|figures?)\b"
    # 'rose to a record 9,000', 'a record of almost 500': the figure is the highest on record
    r"|\b(?:to|at|hit|hits|reached|reach|reaches|reaching|hitting)\s+(?:a\s+)?(?:new\s+)?(?P<rfig>record)"
    r"(?=,?\s+(?:of\s+)?(?:(?:about|around|almost|nearly|more\s+than|over|some|roughly)\s+)?\d|"
    # 'hit a record last year', 'rose to a new record in <year>': the highest on record, no figure given
    r"\s*(?:[.,;:!]|$)|\s+(?:last|this|in|for|during|after|as|when|while|and|but|so)\b)"
    # '... rose to N, a record for the borough': the figure in apposition is the highest on record
    r"|(?<=\d),\s+(?:a|another)\s+(?:new\s+)?(?P<rapp>record)(?:\s+high|\s+(?P<rapplow>low))?"
    r"(?:\s+for\s+the\s+(?:borough|force|city|capital|area))?\b"
    # '<offenders> <had> a record year': the year's figure is the highest on record
    r"|\b(?:a|another|their|its)\s+(?:new\s+)?(?P<ryear>record)\s+year\b",
    _I)

# 'has fallen every year since <year>', 'rose in each year since <year>', 'has gone up every single year since <year>'
_EVERY_SINCE = re.compile(
    r"\b(?P<verb>fallen|fell|falling|dropped|declined|decreased|risen|rose|rising|increased|climbed|grown|grew|"
    r"gone\s+(?:up|down)|went\s+(?:up|down))\s+(?:in\s+)?(?:every|each)\s+(?:single\s+)?year\s+(?:since\s+"
    # 'since its <year> peak': since that year
    r"(?:(?:its|their|the|a)\s+)?(?P<y>(?:19|20)\d{2})\b(?:\s+(?:peak|high|low|record(?:\s+(?:high|low))?|level)\b)?|(?:from|between)\s+(?P<y1>(?:19|20)\d{2})\s+(?:to|and|until)\s+(?P<y2>(?:19|20)\d{2})\b"
    # 'every year since <someone> was elected in <year>': since the year of the event
    r"|since\s+(?:[\w'’-]+\s+){1,6}?(?:was|were|took|came|became|won|started|began)\s+(?:[\w'’-]+\s+){0,3}?in\s+"
    r"(?P<ye>(?:19|20)\d{2})\b"
    # '<crime> peaked in <year> and has fallen every year since': since the year named before
    r"|(?P<since>since|after\s+that|since\s+then)\b(?!\s*(?:19|20)\d{2}))"
    r"|\b(?P<verb2>fallen|fell|dropped|declined|decreased|risen|rose|increased|climbed|grown|grew)\s+in\s+each\s+of\s+"
    rf"(?:the\s+)?(?:last|past)\s+(?P<n>{_NUM})\s+years\b", _I)
# 'fell for the third year in a row', 'rose for a fifth consecutive year', 'down for the second straight year'
_ORD_STREAK = re.compile(
    rf"\b(?P<verb>{alternation(tuple(v for v in DOWN_VERBS + UP_VERBS if v not in ('cut', 'reduced')))}|falling|rising|"
    rf"gone\s+(?:up|down)|went\s+(?:up|down)|down|up)"
    # a place between ('Crime down in <borough> for second year'), the article left out in a headline
    r"(?:\s+(?:in|across)\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?"
    rf"\s+for\s+(?:(?:the|a)\s+)?(?P<ord>{ordinal_alternation(2, 10)}|"
    r"2nd|3rd|[4-9]th|10th)\s+(?:(?:consecutive|straight|successive)\s+year\b|year(?:\s+(?:in\s+a\s+row|running))?"
    r"\b(?!\s+(?:of|since|after|that|when)\b))", _I)
# 'you have to go back to <year> to find a higher one': the highest since <year> (<year> itself higher)
_GO_BACK = re.compile(
    r"\b(?:you(?:'d|\s+would)?\s+(?:have|need)\s+to|you\s+must|one\s+has\s+to|we\s+have\s+to)\s+go\s+back\s+"
    r"(?:as\s+far\s+as\s+|all\s+the\s+way\s+)?to\s+(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\s+to\s+(?:find|see)\s+(?:a|an|any)\s+"
    r"(?P<w>higher|lower|bigger|smaller|larger|greater|worse|deadlier|more|fewer)\b", _I)
# '<year> was London's deadliest year', '<year> is the worst year': the year the record is about
_YEAR_WAS = re.compile(r"(?:^|[^\w/-])(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\s+(?:was|is|has\s+been|became|proved)\s+"
                       r"(?:[\w'’]+\s+){0,3}?(?:the\s+)?$", _I)
_DOWNV = re.compile(r"fall|fell|drop|declin|decreas|down", _I)
# 'topped N for the first time in <year>', 'passed N for the first time since <year>', 'fell below
# N for the first time on record': a threshold crossed in the period and in no year before it
_CROSSED = re.compile(
    r"\b(?P<verb>topped|passed|exceeded|surpassed|crossed|broke|hit|reached|went\s+(?:over|above|past|below|under)|"
    r"(?:rose|risen|climbed|jumped|fell|fallen|dropped|dipped|slipped|sank)\s+(?:above|over|past|beyond|below|under))\s+"
    r"(?:the\s+)?(?P<n>[0-9][0-9,]*(?:\.[0-9]+)?)(?P<scale>\s*(?:million|m)\b)?\s+(?:[\w'-]+\s+){0,3}?"
    r"for\s+the\s+first\s+time(?P<tail>\s+(?:since\s+(?P<y>(?:19|20)\d{2})\b|since\s+records\s+began|on\s+record|ever))?", _I)
_BELOW = re.compile(r"below|under|fell|fallen|dropped|dipped|slipped|sank", _I)
_MONTH_BEFORE = re.compile(rf"\b(?P<m>(?-i:{month_alternation(capitalised=True)}))\.?\s+$", _I)
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}(?:/\d{2})?\b")

# a verb of feeling or seeming just before the comparative: an impression ('<the streets> feel more <adjective> than ever')
_FEELS_BEFORE = re.compile(r"\b(?:feel|feels|felt|feeling|seem|seems|seemed|look|looks|looked|sound|sounds)\s+"
                           r"(?:(?:even|much|far|so|a\s+lot)\s+)?$", _I)
# 'higher than at any point since <year>' (<year> itself included), 'lower than ever before'
_EVER = re.compile(
    r"\b(?P<w>higher|lower|more|fewer|less|greater|bigger|smaller)\b(?P<mid>(?:\s+(?!than\b)[\w'’]+(?:-[\w'’]+)*){0,8}?)\s+than\s+(?:"
    r"(?:(?:at|in|during)\s+)?any\s+(?:other\s+|previous\s+|earlier\s+|single\s+)?(?P<unit>point|time|year|stage|month)\s+"
    rf"(?:since\s+(?:at\s+least\s+)?(?P<y>(?:(?-i:{month_alternation(capitalised=True)})\s+)?(?:19|20)\d{{2}}(?:/\d{{2}})?)\b|"
    r"(?P<rec>on\s+record|since\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:records|figures|series|data|record-keeping)\s+"
    r"(?:began|started|begin|start)|in\s+(?:recorded\s+)?history|before)|"
    # 'lower than at any time in the past decade / in the last five years': the lowest in that window
    rf"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?P<dec>decade)|(?P<n>{_NUM})\s+years))|ever(?:\s+before)?\b"
    # 'than in any previous year': every year before it
    r"|(?:at|in)\s+any\s+(?P<prev>previous|earlier)\s+(?:year|month)\b)"
    # 'has not been this low since <year>', 'hasn't been so high since <year>'
    r"|\b(?:has|have|had|is|was|were)\s*(?:not|n't|n’t|never)\s+been\s+(?:this|so|as|that)\s+(?P<w2>low|high|bad|good)\s+"
    r"since\s+(?P<y2>(?:19|20)\d{2}(?:/\d{2})?)\b", _I)


def streak_since_claims(st: str, make: Make, used: list[tuple[int, int]]) -> list[Claim]:
    """'has fallen every year since <year>' (``since_text``) and 'rose in each of the last five years'
    (``streak``): streaks whose every year-on-year step is judged (``_streak``), not one change."""
    out: list[Claim] = []
    for m in _EVERY_SINCE.finditer(st) if "year" in st else ():
        if not _clear(used, m.span()):
            continue
        verb = m.group("verb") or m.group("verb2")
        d = "down" if _DOWNV.search(verb) else "up"
        earlier = _YEAR_IN.findall(st[:m.start()]) if m.group("since") else []
        if m.group("since") and not earlier:
            continue
        if m.group("y") or m.group("ye") or earlier:
            kw: dict[str, object] = {"since_text": m.group("y") or m.group("ye") or earlier[-1], "streak": 1}
        elif m.group("y1"):     # 'fell every year from <year> to <year>': the steps between the two years
            kw = {"since_text": m.group("y1"), "streak": 1, "period_text": m.group("y2")}
        else:
            n = m.group("n").lower()
            kw = {"streak": int(n) if n.isdigit() else number_value(n) or 1}
        used.append(m.span())
        out.append(make("record", m.start(), claimed_text=m.group(0), direction=d, **kw))
    for m in _ORD_STREAK.finditer(st) if "year" in st else ():
        if not _clear(used, m.span()):
            continue
        o = m.group("ord").lower()
        k = ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        used.append(m.span())
        out.append(make("record", m.start(), claimed_text=m.group(0),
                        direction="down" if _DOWNV.search(m.group("verb")) or DOWN_RE.search(m.group("verb")) else "up",
                        streak=k))
    for m in _CROSSED.finditer(st) if "first time" in st.lower() else ():
        if not _clear(used, m.span()):
            continue
        n = float(m.group("n").replace(",", "")) * (1e6 if m.group("scale") else 1)
        used.append(m.span())
        out.append(make("record", m.start(), claimed_text=m.group(0), value=n, unit="threshold",
                        record="low" if _BELOW.search(m.group("verb")) else "high",
                        first_since=m.group("y") or "records began"))
    return out


def record_claims(st: str, make: Make, used: list[tuple[int, int]]) -> list[Claim]:
    """Records in time in one sentence (see the module docstring)."""
    out: list[Claim] = streak_since_claims(st, make, used)
    for m in _EVER.finditer(st) if (" than " in st or " been " in st) else ():
        if m.group("w2"):     # 'has not been this low since <year>': the lowest since <year>, <year> itself lower
            used.append(m.span())
            out.append(make("record", m.start(), record="low" if m.group("w2").lower() in ("low", "good") else "high",
                            since_text=m.group("y2"), on_record=False, claimed_text=m.group(0)))
            continue
        if _FEELS_BEFORE.search(st[max(0, m.start() - 30):m.start()]):
            continue    # '<the streets> feel more <adjective> than ever': an impression, not a figure's record
        direction = "low" if m.group("w").lower() in ("lower", "fewer", "less", "smaller") else "high"
        used.append(m.span())
        y = m.group("y")
        # 'than at any point since <year>': <year> included; 'than in any year since <year>' may be said of the
        # years after it only ('inclusive_or_after': a caveat when only that reading holds)
        ever_kw: dict[str, object] = {"approx": "inclusive_or_after" if m.group("unit") in ("year", "month") else "inclusive"} \
            if y else {}
        said = _YEAR_IN.findall(m.group("mid") or "")
        if said:      # 'more <crimes> in <year> than in any other year ...': the year the record is about
            ever_kw["period_text"] = said[-1]
        if m.group("dec") or m.group("n"):      # 'than at any time in the past decade': the ever_kw, in years
            years = 10 if m.group("dec") else (number_value(m.group("n")) or int(m.group("n")))
            ever_kw = {"unit": "years", "value": float(years), "approx": "exact"}
        out.append(make("record", m.start(), record=direction, since_text=y,
                        on_record=y is None and "unit" not in ever_kw, claimed_text=m.group(0), **ever_kw))
    for m in _GO_BACK.finditer(st) if "go back" in st.lower() else ():
        if not _clear(used, m.span()):
            continue
        used.append(m.span())
        low = m.group("w").lower() in ("lower", "smaller", "fewer")
        out.append(make("record", m.start(), record="low" if low else "high", since_text=m.group("y"),
                        on_record=False, claimed_text=m.group(0)))
    for m in _RECORD.finditer(st):
        if not _clear(used, m.span()) or _NOT_CRIME.search(m.group("mid") or ""):
            continue     # 'the highest temperatures on record' is not a crime record
        if m.group("ryear") and not LEXICON.find_measures(st):
            continue     # 'a record year for the charity's fundraising': no crime in it
        if re.match(r"most\s+(?:of\s+)?(?:the\s+|London['’]s\s+)?(?:London\s+)?boroughs\b", m.group(0), re.IGNORECASE):
            continue     # 'risen in most London boroughs since <year>': how many places, not a record
        pre = st[max(0, m.start() - 40): m.start()]
        if _NOT_CRIME.search(pre) and not _crimeish_subject(pre):
            continue     # 'police confidence is at its lowest level since <year>'
        rank = None
        window = None
        approx = "exact"
        if m.group("wdir"):       # 'a N-year low', 'a decade high'
            direction = "low" if m.group("wdir").lower() == "low" else "high"
            n = m.group("wn").lower()
            k = number_value(n) or (int(n) if n.isdigit() else 1)
            window = k * (10 if m.group("wspan").lower() == "decade" else 1)
            hedge = (m.group("wh") or "").lower()
            approx = "more_than" if hedge == "more than" else "about" if hedge else "exact"
            since, on_rec = None, False
        elif m.group("rdir") or m.group("rnum") or m.group("ndir") or m.group("nvdir") or m.group("rfig") or \
                m.group("rapp") or m.group("ryear"):
            direction = "low" if (m.group("rdir") or m.group("ndir") or m.group("rapplow") or "").lower() == "low" or \
                (m.group("nvdir") or "").lower() in ("lower", "better") else "high"
            since, on_rec = None, True
        else:
            direction = _side(m.group("dir"))
            rank = _ordinal(m.group("ord"))
            if rank == 1:
                rank = None
            since = m.group("year") or m.group("smonth")     # 'since <year>', 'since <month> last year'
            if m.group("tail") and re.match(r"since\s+(?:before\s+)?the\s", m.group("tail"), _I) \
                    and re.search(r"pandemic|lockdown", m.group("tail"), _I):
                since = "2019" if m.group("pan") else "2020"     # the pandemic began in 2020
            n = m.group("n")
            if m.group("dec") or n:
                k = 1 if m.group("dec") else (int(n) if n.isdigit() else number_value(n) or 1)
                window = k * (10 if (m.group("dec") or (m.group("span") or "").lower().startswith("decade")) else 1)
                hedge = (m.group("hedge") or "").lower()
                if hedge in ("almost", "nearly", "close to", "about", "around"):
                    approx = "about"
                elif hedge and hedge != "at least":     # 'in at least two years' holds at two years
                    approx = "more_than"
            on_rec = since is None and window is None
        used.append(m.span())
        extra: dict[str, object] = {}
        if window:
            extra = {"unit": "years", "value": float(window), "approx": approx}
        if m.group("dir"):
            ch = _change_kw(st[m.end("dir"): m.end("dir") + 80])
            said_before = re.search(r"\b(?:(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\s+)?(?P<n>falls?|drops?|declines?|decreases?|reductions?|rises?|increases?|jumps?)\s+"
                            r"(?:[\w'-]+\s+){0,3}?(?:was|is|were|are|marks?|marked)\s+(?:the\s+)?$",
                            st[max(0, m.start() - 50): m.start()], _I)
            if not ch and said_before:      # 'the <year> fall was the largest since <year>'
                ch = _change_kw(" " + said_before.group("n"))
                if said_before.group("y"):
                    ch["period_text"] = said_before.group("y")
            if ch:       # 'the biggest fall on record': the size of the change, whatever its sign
                direction = "low" if m.group("dir").lower() in ("smallest", "lowest") else "high"
                extra.update({k: v for k, v in ch.items() if k != "unit" or not window})
        if since and re.search(r"\b(?:in|of)\s+any\s+(?:other\s+)?(?:year|month|period|quarter)\b", m.group("mid") or "", _I):
            # 'the fewest recorded in any year since <year>': <year> included, or the years after it only (said both
            # ways; a caveat when only one reading holds)
            extra["approx"] = "inclusive_or_after"
        elif since and re.match(r"since\s+at\s+least\b", m.group("tail") or "", _I):
            extra["approx"] = "at_least"     # 'the highest since at least <year>': <year> is the earliest year compared
        before = st[max(0, m.start() - 60): m.start()]
        yr = _YEAR_WAS.search(before)
        if yr and "period_text" not in extra:      # '<year> was London's deadliest year since <year>'
            mo = _MONTH_BEFORE.search(before[:yr.start("y")])     # '<month> <year> was the lowest since ...'
            extra["period_text"] = f"{mo.group('m')} {yr.group('y')}" if mo else yr.group("y")
        if _NEAR.search(st[max(0, m.start() - 20): m.start() + 8]) and not window:
            extra["approx"] = "near"    # 'a near-record low', 'close to the highest on record'
        if _DENIED.search(st[max(0, m.start() - 70): m.start()]):
            extra["denied"] = True      # 'it is not, as <someone> says, the lowest since <year>'
        # ('..., a record <low> for <the place>': the apposition's own clause, not the figure's before it)
        out.append(make("record", m.start("rapp") if m.group("rapp") else m.start(), record=direction, since_text=since,
                        on_record=on_rec,
                        claimed_text=m.group(0), rank=rank, **extra))
    return out


# a record nearly reached: 'a near-record low', 'close to a record high', 'almost a record', 'near its lowest'
_NEAR = re.compile(r"\b(?:near|close\s+to|almost|nearly)[- ](?:a\s+|an\s+|its\s+|their\s+|the\s+)?(?:record|all[- ]time|"
                   r"lowest|highest)\b", re.IGNORECASE)
# a record denied: 'is not the lowest', 'was not, as <someone> says, the highest', 'isn't actually a record'
_DENIED = re.compile(r"\b(?:is|was|are|were|it's|that's)\s*(?:not|n't)\b(?:\s*,[^,]{1,60},)?\s*(?:(?:quite|actually|really|"
                     r"even|in\s+fact)\s+)?(?:the\s+|a\s+|an\s+|at\s+(?:its|their|a)\s+)?$|\bisn't\s+(?:the\s+|a\s+)?$|"
                     r"\bwasn't\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


# 'the first time burglary has dropped below N since records began'
_THRESHOLD = re.compile(r"\bfirst\s+time\b(?:\s+[\w'-]+){0,6}?\s+(?:dropped|fallen|fell|gone|risen|rose|been|"
                        r"climbed)?\s*(?P<side>below|under|above|over|beyond)\s+(?P<n>[0-9][0-9,]*)"
                        # 'since <year>'; none said: the first time on record
                        r"(?:\s+(?:a|per|in\s+a)\s+year)?(?:\s+since\s+(?:records\s+began|(?P<y>(?:19|20)\d{2})))?", _I)
# streaks and first changes: 'fallen for four years in a row', 'the first fall since <year>'
_STREAK = re.compile(
    r"\b(?P<verb>fallen|fell|falling|dropped|declined|risen|rose|rising|increased|gone\s+(?:up|down)|"
    r"(?:fall|rise|drop|decline|go\s+(?:up|down))(?=\s+for\s))\s+"    # a bare verb only with 'for': 'fall for N years'

    rf"(?:(?:for|in)\s+)?(?:(?:the\s+|a\s+)?(?P<n>{number_alternation(2, 10)}|[2-9]|1[0-9])\s+"
    r"(?:consecutive\s+|straight\s+|successive\s+)?years?(?:\s+in\s+a\s+row|\s+running)?)"
    rf"|\b(?:the\s+)?(?P<ord>{ordinal_alternation(2, 10)})\s+(?:consecutive\s+|"
    r"successive\s+|straight\s+)?(?:year(?:ly)?\s+)?(?P<noun>fall|drop|decline|decrease|rise|increase)"
    r"|\bfirst\s+(?:(?:annual|yearly|year-on-year|calendar-year|real|significant)\s+)?"
    r"(?P<fnoun>fall|drop|decline|decrease|rise|increase)\s+since\s+(?P<fy>(?:19|20)\d{2})"
    # 'the first (calendar) year since <year> in which <the figure> <fell>'
    r"|\bfirst\s+(?:full\s+|calendar\s+|whole\s+)?year\s+since\s+(?P<fy2>(?:19|20)\d{2})\s+(?:in\s+which|when|that|where)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?P<fv>fell|dropped|declined|decreased|rose|increased|went\s+(?:up|down)|has\s+fallen|has\s+risen)\b",
    _I)


# a streak of monthly steps: 'up for the third month running', 'fallen for four consecutive months', 'rose in each of the
# last three months'
_MONTH_STREAK = re.compile(
    r"\b(?P<verb>fallen|fell|falling|dropped|declined|decreased|risen|rose|rising|increased|climbed|grown|grew|"
    r"gone\s+(?:up|down)|went\s+(?:up|down)|going\s+(?:up|down)|(?:was|were|is|are|been)\s+(?:up|down)|"
    r"(?:fall|rise|drop|decline|go\s+(?:up|down))(?=\s+for\s))\s+(?:again\s+)?"
    rf"(?:(?:for|in)\s+(?:the\s+|a\s+)?(?:(?P<n>{number_alternation(2, 12)}|[2-9]|1[0-9]|2[0-4])\s+"
    # ('fell in the twelve months to <month>' is a rolling period, not a run of falls)
    r"(?:consecutive\s+|straight\s+|successive\s+)?months(?:\s+in\s+a\s+row|\s+running|(?!\s+(?:to|ending|up\s+to|until)\b))"
    rf"|(?P<ord>{ordinal_alternation(2, 12)})\s+(?:consecutive\s+|straight\s+|successive\s+)?month"
    r"(?:\s+in\s+a\s+row|\s+running)?)"
    rf"|in\s+each\s+of\s+the\s+(?:last|past)\s+(?P<each>{number_alternation(2, 12)}|[2-9]|1[0-9])\s+months"
    # 'has fallen in every month since <month>': a step each month from that month to the latest
    rf"|(?:in\s+)?(?:every|each)\s+(?:single\s+)?month\s+since\s+(?P<smon>(?-i:{month_alternation(short=False, capitalised=True)})"
    r"(?:\s+(?:19|20)\d{2})?))\b", _I)


# 'fallen in four of the last five years': K yearly steps that way among the last N
_K_OF_N = re.compile(
    r"\b(?P<verb>fallen|fell|dropped|declined|decreased|risen|rose|increased|climbed|grown|grew|gone\s+(?:up|down)|"
    rf"went\s+(?:up|down))\s+in\s+(?P<k>{number_alternation(1, 10)}|[1-9])\s+(?:out\s+)?of\s+the\s+(?:last|past)\s+"
    rf"(?P<n>{number_alternation(2, 12)}|[2-9]|1[0-2])\s+years\b", _I)


# a streak ended by the period's change: 'ending two years of decline', 'the first fall after three
# consecutive annual rises', 'broke a run of four straight years of increases'
_ENDED = re.compile(
    r"\b(?:(?:end(?:ing|ed|s)?|break(?:ing|s)?|broke|halt(?:ing|ed|s)?|revers(?:ing|ed|es)|snapp(?:ing|ed|s))\s+"
    r"(?:a\s+(?:run|streak)\s+of\s+)?|(?:the\s+)?first\s+(?:fall|drop|decline|decrease|rise|increase)\s+"
    r"(?:after|following)\s+)"
    rf"(?P<n>{number_alternation(2, 10)}|[2-9]|1[0-9])\s+(?:consecutive\s+|straight\s+|successive\s+)?"
    r"(?:years?\s+of\s+|(?:annual|yearly)\s+)?(?P<noun>rises|increases|growth|falls|declines?|decreases|drops|reductions)\b",
    _I)


# 'after three straight years of increases, <crime> finally fell': a streak ended, when the sentence turns the other way
_AFTER_RUN = re.compile(
    rf"\b(?:after|following)\s+(?P<n>{number_alternation(2, 10)}|[2-9]|1[0-9])\s+(?:consecutive\s+|straight\s+|successive\s+)?"
    r"(?:years?\s+of\s+|(?:annual|yearly)\s+)(?:(?:steady|steep|sharp|continued)\s+)?"
    r"(?P<noun>rises|increases|growth|falls|declines?|decreases|drops|reductions)\b", _I)
_TURNED_UP = re.compile(r"\b(?:rose|risen|increased|went\s+up|turned\s+up(?!\s+at)|climbed|jumped|rising|up)\b", _I)


# 'fell for the first time in five years', 'rose in <year> for the first time in more than a decade'
_FIRST_IN = re.compile(
    rf"\b(?P<verb>{alternation(DOWN_VERBS + UP_VERBS + ('falls', 'rises', 'drops', 'fall', 'rise', 'drop'))})\b"
    r",?(?:\s+[\w,/]+){0,4}?\s+for\s+the\s+first\s+time\s+(?:in\s+(?:(?:more\s+than|over|almost|nearly)\s+)?"
    rf"(?:(?P<n>{number_alternation(2, 20)}|[2-9]|[1-4][0-9])\s+years|(?P<dec>a\s+decade))|since\s+(?P<y>(?:19|20)\d{{2}}))\b",
    _I)


# turns: 'peaked in <year>', 'reached its peak in <month>', 'bottomed out in <year>'
_TURN = re.compile(
    r"\b(?:(?P<peak>peaked|peaking|(?:reached|hit)\s+(?:a|its|their)\s+peak|the\s+peak\s+(?:came|coming)|"
    r"(?:was|were|is|are)\s+at\s+(?:its|their)\s+(?:highest|peak))|(?P<low>bottomed\s+out|"
    r"(?:reached|hit)\s+(?:a|its|their)\s+low(?:est)?\s+point|the\s+low(?:est)?\s+point\s+(?:came|coming)|"
    r"(?:was|were|is|are)\s+at\s+(?:its|their)\s+lowest))\s+(?:in|during|around)\s+"
    rf"(?P<p>(?:{month_alternation(capitalised=True)})(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}}(?:/\d{{2}})?"
    rf"|the\s+(?:year|12\s+months|twelve\s+months)\s+to\s+(?:{month_alternation(capitalised=True)})\s+(?:19|20)\d{{2}}"
    r"|(?:the\s+)?financial\s+year\s+(?:19|20)\d{2}/\d{2})\b", _I)


# '<month> was our busiest month', '<month> was the quietest month of the year': a turn said of a month
_MONTH_P = rf"(?P<p>(?:{month_alternation(capitalised=True)})(?:\s+(?:19|20)\d{{2}})?)"
_WHOSE = r"(?:our|the|its|their|this|that|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}['’]s|the\s+[\w-]+['’]s)"
_EXTREME = r"(?:(?P<peak>busiest|worst|deadliest|highest)|(?P<low>quietest|calmest|best|lowest|safest))"
_BUSIEST = re.compile(rf"\b{_MONTH_P}\s+(?:was|is)\s+{_WHOSE}\s+{_EXTREME}(?:\s+month\b|(?=\s*[.,;])|"
                      r"\s+of\s+(?:those|these|the)\s+(?:[\w-]+\s+)?months\b)")
# '<whose> busiest month (in that period) was <month>', 'the peak was <year>', 'the worst year was <year>'
_BUSIEST_WAS = re.compile(
    rf"\b{_WHOSE}\s+(?:{_EXTREME}\s+(?P<unit>month|year)|(?P<peak2>peak)(?:\s+(?:month|year))?)"
    r"(?P<tail>(?:,?\s+(?!was\b|is\b|came\b)[\w'’-]+){0,12}?),?\s+(?:was|is|came\s+in)\s+"
    rf"(?P<p>(?:(?-i:{month_alternation(capitalised=True)})(?:\s+(?:19|20)\d{{2}})?)|(?:19|20)\d{{2}}(?:/\d{{2}})?)\b", _I)
_WHOLE_SERIES = re.compile(r"\b(?:in\s+the\s+series|on\s+record|since\s+records\s+began|ever)\b", _I)
# 'more than in any other month that year': the sentence's month is the top of its year
# ('the highest of any month that year' the same)
_ANY_OTHER_MONTH = re.compile(r"\b(?:(?P<w>more|fewer|higher|lower)\s+than\s+(?:in\s+)?any\s+other|the\s+(?P<w2>highest|lowest|"
                              r"busiest|quietest|most|fewest)\s+(?:of|for|in)\s+any)\s+month\s+"
                              r"(?:that|this|of\s+the)\s+year\b", _I)
# 'more than in any (single) month of <year> / last year': the month above every month of another year
_ANY_MONTH_OF = re.compile(r"\b(?P<w>more|fewer|higher|lower)\s+than\s+(?:in\s+|during\s+)?any\s+(?:single\s+|other\s+|one\s+)?"
                           r"month\s+(?:of\s+|in\s+|during\s+)?(?P<y>last\s+year|(?:19|20)\d{2})\b", _I)
# '<month> saw N, our <lowest> <monthly> total of <year>': a turn said of a month's figure in apposition
_MONTH_SAW = re.compile(rf"\b{_MONTH_P}\s+(?:saw|had|recorded|brought|logged)\b[^,.;]{{0,40}},\s+{_WHOSE}\s+{_EXTREME}\s+"
                        r"(?:monthly\s+(?:total|figure|count)|month|total)\s+(?:of|in|for)\s+"
                        r"(?P<y>(?:19|20)\d{2}|the\s+year|this\s+year|last\s+year)\b", _I)
# '..., with <month> the busiest month': a turn said of a month in apposition
_WITH_MONTH = re.compile(rf"\bwith\s+(?P<p>(?-i:{month_alternation(capitalised=True)}))\s+(?:being\s+)?(?:the|its|our|their)\s+"
                         rf"{_EXTREME}(?:\s+month)?\b", _I)


_TURN_GATE_TEST = Words("peak", "bottomed", "low point", "lowest point", "busiest", "worst", "quietest",
                        "calmest", "best", "deadliest", "safest", "highest", "lowest", "any other month", "any month", "any single month", "any one month")


def turn_gate(sc: Scan) -> bool:
    return _TURN_GATE_TEST(sc.low)


TURN_NEEDS = _TURN_GATE_TEST     # the words turn_gate cannot pass without (the union prefilter, ``_rules``)


# '<N> killed in <year>, the worst year in the series': the year in apposition is the record over the series
_YEAR_THE_WORST = re.compile(
    r"\b(?:in\s+)?(?P<p>(?:19|20)\d{2}(?:/\d{2})?),?\s+(?:the|its|their|london's|the\s+capital's)\s+"
    r"(?P<w>worst|deadliest|highest|busiest|bloodiest|lowest|best|quietest|safest)\s+(?:single\s+)?"
    r"(?P<unit>year|month)\s+(?:in\s+the\s+series|on\s+record|since\s+records\s+began|ever)\b", _I)


_LOW_EXTREMES = ("quietest", "calmest", "best", "lowest", "safest")     # the words of a low point (_EXTREME's 'low')
_LABEL_TURN = re.compile(
    r"^\W*(?:the\s+)?(?P<w>busiest|quietest|calmest|worst|best|deadliest|highest|lowest|peak)\s+(?:single\s+)?"
    rf"(?:month|year):\s+(?P<p>(?-i:{month_alternation(capitalised=True)})(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})\b", _I)


def find_turns(sc: Scan) -> list[Claim]:
    """'<crime> peaked in <year>', '<month> was our busiest month': the period named is the top (or
    bottom) of the periods around it (judged in ``judge/_turn``)."""
    out = []
    for m in _BUSIEST_WAS.finditer(sc.st):
        peak = bool(m.group("peak") or m.group("peak2"))
        sc.used.append(m.span())
        if m.group("unit") == "year" and _WHOLE_SERIES.search(m.group("tail") or ""):
            # 'the deadliest year in the series was <year>': a record over the whole series
            out.append(sc.make("record", m.start(), claimed_text=m.group(0), period_text=m.group("p"),
                               record="high" if peak else "low", on_record=True))
            continue
        out.append(sc.make("record", m.start(), claimed_text=m.group(0), period_text=m.group("p"),
                           turn="peak" if peak else "trough", record="high" if peak else "low"))
    lt = _LABEL_TURN.match(sc.st)
    if lt and not any(a <= lt.start("p") < b for a, b in sc.used):     # a fact box's 'Busiest month: <month>'
        sc.used.append(lt.span())
        low = lt.group("w").lower() in _LOW_EXTREMES
        out.append(sc.in_clause("record", sc.line_span(), claimed_text=lt.group(0).strip(" -•*"), period_text=lt.group("p"),
                                turn="trough" if low else "peak", record="low" if low else "high"))
    for m in _YEAR_THE_WORST.finditer(sc.st):
        if any(a <= m.start() < b for a, b in sc.used):
            continue
        sc.used.append(m.span())
        high = m.group("w").lower() in ("worst", "deadliest", "highest", "busiest", "bloodiest")
        out.append(sc.make("record", m.start("w"), claimed_text=m.group(0), period_text=m.group("p"),
                           turn="peak" if high else "trough", record="high" if high else "low"))
    for m in _MONTH_SAW.finditer(sc.st):
        sc.used.append(m.span())
        year = m.group("y") if m.group("y")[0].isdigit() else None
        out.append(sc.make("record", m.end("p") + 1, claimed_text=m.group(0),
                           period_text=f"{m.group('p')} {year}" if year else m.group("p"),
                           turn="peak" if m.group("peak") else "trough", record="high" if m.group("peak") else "low"))
    for m in _WITH_MONTH.finditer(sc.st):
        if any(a <= m.start() < b for a, b in sc.used):
            continue
        sc.used.append(m.span())
        years = re.findall(r"\b(?:19|20)\d{2}\b", sc.st[:m.start()])     # the month of the year the sentence names
        out.append(sc.make("record", m.start(), claimed_text=m.group(0),
                           period_text=f"{m.group('p')} {years[-1]}" if years else m.group("p"),
                           turn="peak" if m.group("peak") else "trough", record="high" if m.group("peak") else "low"))
    for m in _ANY_MONTH_OF.finditer(sc.st) if "any" in sc.low else ():
        if any(a <= m.start() < b for a, b in sc.used):
            continue
        sc.used.append(m.span())
        up = m.group("w").lower() in ("more", "higher")
        out.append(sc.make("record", m.start(), claimed_text=m.group(0), turn="peak" if up else "trough",
                           record="high" if up else "low", baseline_text=m.group("y")))
    for m in _ANY_OTHER_MONTH.finditer(sc.st):
        sc.used.append(m.span())
        up = (m.group("w") or m.group("w2")).lower() in ("more", "higher", "highest", "busiest", "most")
        out.append(sc.make("record", m.start(), claimed_text=m.group(0), turn="peak" if up else "trough",
                           record="high" if up else "low"))
    for m in (m for pattern in (_BUSIEST, _TURN) for m in pattern.finditer(sc.st)):
        if any(a <= m.start() < b for a, b in sc.used):
            continue
        sc.used.append(m.span())
        period = re.sub(r"^(?:the\s+)?financial\s+year\s+", "", m.group("p"), flags=_I)    # '<yyyy>/<yy>'
        out.append(sc.make("record", m.start(), claimed_text=m.group(0), period_text=period,
                           turn="peak" if m.group("peak") else "trough",
                           record="high" if m.group("peak") else "low"))
        # '<month> was our busiest month and <month> the quietest': the second turn, its verb left out
        more = _AND_THE_OTHER.match(sc.st, m.end())
        if more:
            sc.used.append(more.span())
            low = more.group("w").lower() in _LOW_EXTREMES
            out.append(sc.make("record", more.start("p"), claimed_text=more.group(0).strip(" ,"),
                               period_text=more.group("p"), turn="trough" if low else "peak",
                               record="low" if low else "high"))
    return out


_AND_THE_OTHER = re.compile(
    rf"(?:\s+[\w'’-]+){{0,6}}?,?\s+(?:and|while|with)\s+(?P<p>(?-i:{month_alternation(capitalised=True)}))\s+(?:was\s+)?(?:the|its|our|their)\s+"
    r"(?P<w>quietest|calmest|best|lowest|safest|busiest|worst|highest|deadliest)\b", _I)


def threshold_gate(sc: Scan) -> bool:
    # the pattern needs a digit, so a sentence this lets through is one the numbers rule opens too
    return sc.digits and "first time" in sc.low


THRESHOLD_NEEDS = Words("first time")


_STREAK_GATE_TEST = Words("year", "decade", "month", "first fall", "first time", "first annual", "first yearly", "first year-on-year", "first real", "first significant", "first rise", "first drop", "first increase", "first decline",
                          "consecutive", "successive")


def streak_gate(sc: Scan) -> bool:
    return _STREAK_GATE_TEST(sc.low)


STREAK_NEEDS = _STREAK_GATE_TEST


_RECORD_WORDS_GATE = Words("lowest", "highest", "fewest", "most", "smallest", "largest", "biggest", "worst",
                           "best", "record", "all-time", "all time", "new high", "new low", "fresh high", "fresh low",
                           "never been")


def record_words(sc: Scan) -> bool:
    """Words that make a sentence worth scanning for a record (the record patterns gate themselves)."""
    return _RECORD_WORDS_GATE(sc.low)


RECORD_NEEDS = _RECORD_WORDS_GATE


def find_threshold(sc: Scan) -> list[Claim]:
    """'the first time ... below N since records began': a record against a threshold."""
    out = []
    for m in _THRESHOLD.finditer(sc.st):
        sc.used.append(m.span())
        n = float(m.group("n").replace(",", ""))
        out.append(sc.make("record", m.start(), claimed_text=m.group(0),
                           value=n, record="low" if m.group("side").lower() in ("below", "under") else "high",
                           first_since=m.group("y") or "records began", unit="threshold"))
    return out


def _verb_way(verb: str) -> str:
    """'down' for a verb of falling ('fell', 'gone down'), else 'up'."""
    return "down" if DOWN_RE.search(verb) or "down" in verb.lower() else "up"


def find_streak(sc: Scan) -> list[Claim]:
    """'fallen for four years in a row', 'the third consecutive fall', 'the first rise since <year>',
    'fell for the first time in five years'."""
    out = []
    for m in _FIRST_IN.finditer(sc.st) if "first time in" in sc.low or "first time since" in sc.low else ():
        # 'rose for the first time since <year>': as 'the first rise since <year>'
        n = None if m.group("y") else 10 if m.group("dec") else number_value(m.group("n")) or int(m.group("n"))
        first = sc.low.find("for the first time", m.start())
        # ('<crime> <fell>, for the first time in <N years>': the claim is the clause after the comma)
        at = first if "," in sc.st[m.start():first] else m.start()
        out.append(sc.make("record", at, first_in=n, first_since=m.group("y"), claimed_text=m.group(0),
                           direction="down" if DOWN_RE.fullmatch(m.group("verb")) or
                           m.group("verb").lower() in ("falls", "drops") else "up"))
        sc.used.append((sc.low.find("for the first time", m.start()), m.end()))    # a year before it is the period
    ended: list[tuple[int, int]] = []
    for m in _ENDED.finditer(sc.st):
        n = number_value(m.group("n")) or int(m.group("n"))
        up = m.group("noun").lower() in ("rises", "increases", "growth")
        out.append(sc.make("record", m.start(), streak=n, streak_ended=True, claimed_text=m.group(0),
                           direction="up" if up else "down"))
        ended.append(m.span())
    for m in _AFTER_RUN.finditer(sc.st) if "after" in sc.low or "following" in sc.low else ():
        if any(a <= m.start() < b for a, b in ended):
            continue     # 'the first fall after N consecutive rises': read above
        up = m.group("noun").lower() in ("rises", "increases", "growth")
        rest = sc.st[:m.start()] + " " + sc.st[m.end():]
        if not (DOWN_RE.search(rest) or re.search(r"\bturned\s+down\b", rest, _I)) if up else not _TURNED_UP.search(rest):
            continue     # 'after three years of rises, <crime> rose again': the run goes on, not ended
        n = number_value(m.group("n")) or int(m.group("n"))
        out.append(sc.make("record", m.start(), streak=n, streak_ended=True, claimed_text=m.group(0),
                           direction="up" if up else "down"))
        ended.append(m.span())
    sc.used += ended
    for m in _K_OF_N.finditer(sc.st) if " of the " in sc.low else ():
        k, n = (number_value(m.group(g)) or int(m.group(g)) for g in ("k", "n"))
        d = _verb_way(m.group("verb"))
        out.append(sc.make("record", m.start(), streak=n, streak_of=k, claimed_text=m.group(0), direction=d))
        ended.append(m.span())
        sc.used.append(m.span())
    for m in _MONTH_STREAK.finditer(sc.st) if "month" in sc.low else ():
        g = m.group("n") or m.group("each")
        d = _verb_way(m.group("verb"))
        if m.group("smon"):     # the steps run from the month named: counted by the judge
            out.append(sc.make("record", m.start(), streak=1, streak_months=True, since_text=m.group("smon"),
                               claimed_text=m.group(0), direction=d))
            ended.append(m.span())
            sc.used.append(m.span())
            continue
        n = (number_value(g) or int(g)) if g else ORDINALS[m.group("ord").lower()]
        out.append(sc.make("record", m.start(), streak=n, streak_months=True, claimed_text=m.group(0), direction=d))
        ended.append(m.span())
        sc.used.append(m.span())
    for m in _STREAK.finditer(sc.st):
        if any(a <= m.start() < b for a, b in ended):
            continue
        if m.group("fy2"):
            out.append(sc.make("record", m.start(), first_since=m.group("fy2"), claimed_text=m.group(0),
                               direction=_verb_way(m.group("fv"))))
            sc.used.append(m.span())
            continue
        if m.group("fy"):
            w = m.group("fnoun").lower()
            out.append(sc.make("record", m.start(), first_since=m.group("fy"), claimed_text=m.group(0),
                               direction="down" if w in ("fall", "drop", "decline", "decrease") else "up"))
            sc.used.append(m.span("fy"))
            continue
        if m.group("n"):
            n = number_value(m.group("n")) or int(m.group("n"))
            d = _verb_way(m.group("verb"))
        else:
            n = ORDINALS[m.group("ord").lower()]
            d = "down" if m.group("noun").lower() in ("fall", "drop", "decline", "decrease") else "up"
        out.append(sc.make("record", m.start(), streak=n, claimed_text=m.group(0), direction=d))
        sc.used.append(m.span())
    return out


def find_records(sc: Scan) -> list[Claim]:
    return record_claims(sc.st, sc.make, sc.used)
