"""The period a claim's words name, relative to the as-of date.

'In <year>', '<year>', 'the first six months of <year>', 'the past year', 'the year to <month>', 'this
financial year': each becomes a ``Period``; one not over at the as-of date is cut to the last complete
month before it (the data are monthly).
"""

from __future__ import annotations

import re
from datetime import date

from ..._errors import CrimestatsError
from ...measures._periods import Period, calendar_year, financial_year, last_complete_month, parse_period, range_
from .._lexicon import MONTH_ABBRS, MONTH_NUMBERS, episode_months, number_alternation, number_value
from ._months import month_range

_I = re.IGNORECASE
_FIRST_MONTHS = re.compile(rf"(?:the\s+)?(first|last|final)\s+({number_alternation(2, 11)}|[2-9]|1[01])\s+"
                           r"months\s+of\s+(\d{4})|"
                           r"(?:the\s+)?(first|second)\s+half\s+of\s+(\d{4})|"
                           r"(?:the\s+)?(first|second|third|fourth|final|last)\s+quarter\s+of\s+(\d{4})", _I)


# 'the first two months of lockdown', 'the last month of the third lockdown': part of a named episode
_EPISODE_PART = re.compile(rf"(?:the\s+)?(?P<fl>first|last|final|opening)\s+(?:full\s+)?(?:(?P<n>{number_alternation(2, 11)}|"
                           r"[2-9])\s+(?:full\s+)?months|month)\s+of\s+(?P<ep>.+)$", _I)


def _episode_part(text: str) -> Period | None:
    m = _EPISODE_PART.fullmatch(text.strip())
    ep = episode_months(m.group("ep")) if m else None
    if m is None or ep is None:
        return None
    (y0, m0), (y1, m1) = ep
    n = (number_value(m.group("n")) or int(m.group("n"))) if m.group("n") else 1
    start, end = date(y0, m0, 1), date(y1, m1, 1)
    if m.group("fl").lower() in ("first", "opening"):
        last = y0 * 12 + m0 - 1 + n - 1
        return range_(start, min(end, date(last // 12, last % 12 + 1, 1)))
    first = y1 * 12 + m1 - 1 - (n - 1)
    return range_(max(start, date(first // 12, first % 12 + 1, 1)), end)


def _latest_like(base: Period, as_of: date) -> Period:
    """The latest complete period of ``base``'s kind before ``as_of`` (a calendar or financial year)."""
    if base.grain == "financial_year":
        fy = as_of.year - 1 if as_of.month >= 4 else as_of.year - 2
        return financial_year(fy)
    return calendar_year(as_of.year - 1)


_PAST_MONTHS = re.compile(rf"(?:(?:in|over|during)\s+)?(?:the\s+)?(?:past|last|latest)\s+(?P<n>{number_alternation(2, 11)}|[2-9]|1[01])"
                          r"\s+months"
                          # 'over the <N> months' (none named): the months to the last one with data, as 'the past N'
                          rf"|(?:in|over|during|across)\s+the\s+(?P<n2>{number_alternation(2, 11)}|[2-9]|1[01])\s+months", _I)
_ROLLING_YEAR = re.compile(r"(?:(?:in|over|during|for)\s+)?the\s+(?:past|last|latest)\s+(?:year|12\s+months|twelve\s+months)", _I)
_YEAR_TO_MONTH = re.compile(r"(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending)\s+"
                            rf"(?P<m>{'|'.join(MONTH_ABBRS)})[a-z]*", _I)
_SEASON = re.compile(r"(?:the\s+)?(?P<s>spring|summer|autumn|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})", _I)
_THIS_SEASON = re.compile(r"(?:this|last|the\s+past|the)\s+(?P<s>spring|summer|autumn|winter)", _I)   # 'over the <season>': the latest
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
_MONTH_OF_YEAR = re.compile(rf"(?P<m>{'|'.join(MONTH_ABBRS)})[a-z]*\s+(?:of\s+)?(?P<w>last|this)\s+year", _I)
_LAST_MONTH = re.compile(rf"(?:last|this\s+past)\s+(?P<m>{'|'.join(MONTH_ABBRS)})[a-z]*", _I)
_THIS_FY = re.compile(r"(?:this|the\s+current)\s+financial\s+year", _I)


# a sentence quoting an older release ('figures published in <year> showed ...', 'the latest release revises that
# to ...', 'last year's report gave ...'): its year is that figure's own and does not carry to later sentences
STALE_RELEASE = re.compile(r"\b(?:published|released|issued)\s+in\s+(?:19|20)\d{2}\b|\brevis(?:es|ed|ing)\b"
                           r"|\blast\s+year's\s+(?:report|assessment|release|figures|review)\b"
                           r"|\b(?:an?\s+|the\s+)?(?:earlier|older)\s+(?:release|extract|edition)\b", re.I)
_SINCE_YEAR = re.compile(r"since\s+((?:19|20)\d{2})", re.I)


def _period(text: str | None, as_of: date) -> Period | None:
    """The period a phrase names, relative to ``as_of``; a period not over at ``as_of`` ('this
    year', a financial year still running) is cut to the last complete month before it."""
    p = _period_raw(text, as_of)
    return _clip(p, as_of) if p is not None else None


def _period_raw(text: str | None, as_of: date) -> Period | None:
    if not text:
        return None
    text = re.sub(r"\b(to|ending)\s+the\s+end\s+of\s+", r"\1 ", text, flags=re.I)    # '12 months to the end of <month>'
    # 'the whole of <year>', 'of <year>': the year
    text = re.sub(r"^(?:(?:for|in|over|during|across)\s+)?(?:the\s+(?:whole|entirety|full|course)|all)\s+of\s+"
                  r"(?=(?:19|20)\d{2}\b)", "", text.strip(), flags=re.I)
    part = _episode_part(text)      # 'the first two months of lockdown'
    if part is not None:
        return part
    ep = episode_months(text)       # 'the first lockdown': the months it ran
    if ep is not None:
        (y0, m0), (y1, m1) = ep
        return range_(date(y0, m0, 1), date(y1, m1, 1))
    mr = month_range(text, as_of=as_of)     # 'the three months to <month>', '<month> to <month>'
    if mr is not None:
        return mr
    pm = _PAST_MONTHS.fullmatch(text.strip())
    if pm:      # 'the past three months': that many months to the last complete month
        said = pm.group("n") or pm.group("n2")
        n = number_value(said) or int(said)
        last = last_complete_month(as_of)
        k = last.year * 12 + last.month - 1 - (n - 1)
        return range_(date(k // 12, k % 12 + 1, 1), last)
    if _ROLLING_YEAR.fullmatch(text.strip()):
        text = "the past year"          # 'in the last year': the 12 months to the last complete month
    ym = _YEAR_TO_MONTH.fullmatch(text.strip())
    if ym:      # '12 months to <month>' with no year: the latest <month> complete before as-of
        mon = MONTH_NUMBERS[ym.group("m").lower()[:3]]
        last = last_complete_month(as_of)
        year = last.year if mon <= last.month else last.year - 1
        text = f"{text.strip()} {year}"
    text = re.sub(r"^up\s+(?:to|until)\s+(?:and\s+including\s+)?(?=(?:19|20)\d{2}$)", "", text.strip(), flags=re.I)
    ts = _THIS_SEASON.fullmatch(text.strip())
    if ts:      # 'this winter', 'last summer': the latest such season complete before as-of
        first = _SEASON_START[ts.group("s").lower()]
        last = last_complete_month(as_of)
        y = last.year + 1
        while True:
            start = date(y - 1, 12, 1) if first == 12 else date(y, first, 1)
            end = date(y, 2, 1) if first == 12 else date(y, first + 2, 1)
            if end <= last:
                return range_(start, end)
            y -= 1
    se = _SEASON.fullmatch(text.strip())
    if se:      # 'the summer of <year>': its three months (winter: December to February)
        y, first = int(se.group("y")), _SEASON_START[se.group("s").lower()]
        if first == 12:
            return range_(date(y - 1, 12, 1), date(y, 2, 1))
        return range_(date(y, first, 1), date(y, first + 2, 1))
    my = _MONTH_OF_YEAR.fullmatch(text.strip())
    if my:      # '<month> last year': that month of the year before the as-of year
        mon = MONTH_NUMBERS[my.group("m").lower()[:3]]
        return parse_period(f"{as_of.year - (my.group('w').lower() == 'last')}-{mon:02d}", as_of=as_of)
    lm = _LAST_MONTH.fullmatch(text.strip())
    if lm:      # 'last <month>': the latest <month> complete before as-of, but never one of the last three months
        mon = MONTH_NUMBERS[lm.group("m").lower()[:3]]      # (said in <month>, 'last <the month before>' is a year ago:
        last = last_complete_month(as_of)                   # a month just gone is 'last month' or 'in <month>')
        year = last.year if mon <= last.month else last.year - 1
        if year == as_of.year and 0 <= as_of.month - mon <= 2:
            year -= 1
        return parse_period(f"{year}-{mon:02d}", as_of=as_of)
    sm = _SINCE_YEAR.fullmatch(text.strip())
    if sm:      # 'N homicides since <year>': January of that year to the last complete month
        return range_(date(int(sm.group(1)), 1, 1), last_complete_month(as_of))
    if _THIS_FY.fullmatch(text.strip()):
        return financial_year(as_of.year if as_of.month >= 4 else as_of.year - 1)
    fm = _FIRST_MONTHS.fullmatch(text.strip())
    if fm:
        if fm.group(2):
            n = number_value(fm.group(2)) or int(fm.group(2))
            y = int(fm.group(3))
            if fm.group(1).lower() != "first":      # 'the last three months of <year>': its closing months
                return range_(date(y, 13 - n, 1), date(y, 12, 1))
            return range_(date(y, 1, 1), date(y, n, 1))
        if fm.group(6):
            q = {"first": 1, "second": 2, "third": 3}.get(fm.group(6).lower(), 4)
            y = int(fm.group(7))
            return range_(date(y, 3 * q - 2, 1), date(y, 3 * q, 1))
        y = int(fm.group(5))
        return range_(date(y, 1, 1), date(y, 6, 1)) if fm.group(4).lower() == "first" \
            else range_(date(y, 7, 1), date(y, 12, 1))
    try:
        p = parse_period(text, as_of=as_of)
    except CrimestatsError:
        return None
    return p


def _clip(p: Period, as_of: date) -> Period:
    """'since <month>' said on N <month>, or 'this year' in <month>: only whole months before the
    as-of month can have data, so the period ends at the last complete month."""
    cur = as_of.replace(day=1)
    if p.end >= cur and p.start < cur:
        return range_(p.start, last_complete_month(as_of))
    return p
