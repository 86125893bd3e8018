"""Periods the way official statistics use them, and the phrases people use for them.

A :class:`Period` is a run of whole months (``start`` and ``end`` are the first days of the first
and last month, inclusive).  Calendar years, financial years (April to March), quarters, rolling
12 months and year-to-date are all periods; relative phrases ("last year", "since November") are
resolved against an as-of date, usually the publication date of the text being checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .._errors import Hint, InputError

__all__ = ["Period", "parse_period", "calendar_year", "financial_year", "month", "quarter",
           "rolling_12", "year_to_date", "range_", "last_complete_month", "parse_as_of", "MONTHS"]

MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + (d.month - 1) + n
    return date(k // 12, k % 12 + 1, 1)


def _month_label(d: date) -> str:
    return f"{_MONTH_NAMES[d.month - 1]} {d.year}"


@dataclass(frozen=True)
class Period:
    """A run of whole months, with the grain it was asked for and a label people read."""

    start: date
    end: date
    grain: str   # month | quarter | year | financial_year | rolling_12 | year_to_date | range
    label: str

    def months(self) -> list[date]:
        out, d = [], self.start
        while d <= self.end:
            out.append(d)
            d = _add_months(d, 1)
        return out

    @property
    def n_months(self) -> int:
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def contains(self, d: date) -> bool:
        return self.start <= d.replace(day=1) <= self.end

    def shift_months(self, n: int) -> "Period":
        s, e = _add_months(self.start, n), _add_months(self.end, n)
        return _make(s, e, self.grain)

    def shift_years(self, n: int) -> "Period":
        return self.shift_months(12 * n)

    def previous(self) -> "Period":
        """The period of the same length immediately before (2022 -> 2021, a month -> the one before)."""
        if self.grain in ("year", "financial_year", "rolling_12", "year_to_date"):
            return self.shift_years(-1)
        return self.shift_months(-self.n_months)

    @property
    def year(self) -> int:
        """The calendar year a year-grain period is about (the starting year for a financial year)."""
        return self.start.year

    @property
    def is_calendar_year(self) -> bool:
        return self.start.month == 1 and self.n_months == 12

    def as_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat()[:7], "end": self.end.isoformat()[:7],
                "grain": self.grain, "label": self.label}

    def __str__(self) -> str:
        return self.label


def _make(start: date, end: date, grain: str) -> Period:
    if grain == "year":
        label = str(start.year)
    elif grain == "financial_year":
        label = f"{start.year}/{str(start.year + 1)[2:]}"
    elif grain == "month":
        label = _month_label(start)
    elif grain == "quarter":
        label = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif grain == "rolling_12":
        label = f"12 months to {_month_label(end)}"
    elif grain == "year_to_date":
        label = f"{start.year} to {_month_label(end)}"
    else:
        label = f"{_month_label(start)} to {_month_label(end)}" if start != end else _month_label(start)
    return Period(start, end, grain, label)


def calendar_year(year: int) -> Period:
    return _make(date(year, 1, 1), date(year, 12, 1), "year")


def financial_year(start_year: int) -> Period:
    """April ``start_year`` to March ``start_year + 1`` (the UK financial year)."""
    return _make(date(start_year, 4, 1), date(start_year + 1, 3, 1), "financial_year")


def month(year: int, month_number: int) -> Period:
    if not 1 <= month_number <= 12:
        raise InputError(f"month {month_number}: expected 1-12")
    d = date(year, month_number, 1)
    return _make(d, d, "month")


def quarter(year: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise InputError(f"quarter {q}: expected 1-4")
    s = date(year, 3 * (q - 1) + 1, 1)
    return _make(s, _add_months(s, 2), "quarter")


def rolling_12(end: date) -> Period:
    e = end.replace(day=1)
    return _make(_add_months(e, -11), e, "rolling_12")


def year_to_date(as_of: date) -> Period:
    """January of as_of's year to the last *complete* month before as_of."""
    last = _add_months(as_of.replace(day=1), -1)
    if last.year < as_of.year:
        raise InputError(f"year to date at {as_of}: no complete month yet this year")
    return _make(date(as_of.year, 1, 1), last, "year_to_date")


def range_(start: date, end: date) -> Period:
    return _make(start.replace(day=1), end.replace(day=1), "range")


_FY = re.compile(r"^(?:fy\s*|financial\s+year\s+)?(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$")
_YEAR_TO = re.compile(r"^(?:the\s+)?(?:year|12\s+months|twelve\s+months)\s+(?:to|ending)(?:\s+in)?\s+([a-z]+)\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{4})$")
_QUARTER = re.compile(r"^q([1-4])\s+(\d{4})$|^(\d{4})\s*q([1-4])$")


def parse_period(text: str, *, as_of: date | None = None) -> Period:
    """Read a period from text: '2022', '2021/22', 'March 2023', 'the year to March 2023', 'last year'...

    Relative phrases need ``as_of`` (the date the text speaks from).
    """
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" .,")
    t = re.sub(r"^(?:in|during|for|over)\s+", "", t)
    t = re.sub(r"^(?:calendar year|the year)\s+(\d{4})$", r"\1", t)
    if re.fullmatch(r"\d{4}", t):
        return calendar_year(int(t))
    m = _FY.match(t)
    if m and not (re.fullmatch(r"\d{4}-\d{2}", t) and (int(m.group(1)) + 1) % 100 != int(m.group(2))):
        a, b = int(m.group(1)), m.group(2)
        b_full = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if b_full != a + 1:
            raise InputError(f"period {text!r}: a financial year runs over two consecutive years, e.g. 2021/22")
        return financial_year(a)
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m:
        return month(int(m.group(1)), int(m.group(2)))
    m = _YEAR_TO.match(t)
    if m and m.group(1) in MONTHS:
        end = date(int(m.group(2)), MONTHS[m.group(1)], 1)
        if end.month == 3:
            return financial_year(end.year - 1)
        return rolling_12(end)
    m = _MONTH_YEAR.match(t)
    if m and m.group(1) in MONTHS:
        return month(int(m.group(2)), MONTHS[m.group(1)])
    m = _QUARTER.match(t)
    if m:
        q, y = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return quarter(int(y), int(q))
    m = re.fullmatch(r"(\d{4})-(\d{2})\s*(?:to|\.\.)\s*(\d{4})-(\d{2})", t)
    if m:
        return range_(date(int(m.group(1)), int(m.group(2)), 1), date(int(m.group(3)), int(m.group(4)), 1))
    got = _labelled_range(t)
    if got is not None:
        return got
    return _relative(t, text, as_of)


_RANGE_LABEL = re.compile(r"([a-z]+) (\d{4}) to ([a-z]+) (\d{4})")
_YTD_LABEL = re.compile(r"(\d{4}) to ([a-z]+) (\d{4})")


def _labelled_range(t: str) -> Period | None:
    """The labels this module prints for ranges read back: 'November 2022 to December 2022'
    (a range) and '2023 to March 2023' (year to date)."""
    m = _RANGE_LABEL.fullmatch(t)
    if m and m.group(1) in MONTHS and m.group(3) in MONTHS:
        start = date(int(m.group(2)), MONTHS[m.group(1)], 1)
        end = date(int(m.group(4)), MONTHS[m.group(3)], 1)
        if end < start:
            raise InputError(f"period {t!r}: the end month comes before the start month")
        return range_(start, end)
    m = _YTD_LABEL.fullmatch(t)
    if m and m.group(2) in MONTHS and int(m.group(1)) == int(m.group(3)):
        return _make(date(int(m.group(1)), 1, 1), date(int(m.group(3)), MONTHS[m.group(2)], 1),
                     "year_to_date")
    return None


def parse_as_of(text: str | date | None) -> date | None:
    """An as-of date given as YYYY-MM-DD (None or blank: none given)."""
    if text is None or isinstance(text, date):
        return text
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(f"as-of date {text!r}: expected YYYY-MM-DD, e.g. 2023-01-06",
                         hints=[Hint("as_of", "YYYY-MM-DD")]) from exc


def last_complete_month(as_of: date) -> date:
    """The first day of the last whole month before ``as_of`` (6 January 2023 -> December 2022).

    Every relative period ('since November', 'last month') ends there: the month ``as_of`` falls
    in has barely started, and no publisher has data for it yet.
    """
    return _add_months(as_of.replace(day=1), -1)


def _relative(t: str, original: str, as_of: date | None) -> Period:
    rel = ("last year", "this year", "last month", "this month", "year to date", "so far this year",
           "last financial year", "the past year", "the past 12 months", "the last 12 months",
           "past 12 months", "last 12 months")
    is_since = t.startswith("since ")
    if not (t in rel or is_since):
        raise InputError(
            f"period {original!r}: not understood. Use e.g. 2022, 2022-03, March 2023, 2021/22, "
            "'the year to March 2023', Q1 2023, or a relative phrase with an as-of date")
    if as_of is None:
        raise InputError(f"period {original!r} is relative: give an as-of date (the date it is counted from)",
                         hints=[Hint("as_of", "YYYY-MM-DD")])
    cur = as_of.replace(day=1)
    if t == "last year":
        return calendar_year(as_of.year - 1)
    if t == "this year":
        return calendar_year(as_of.year)
    if t == "last month":
        return month(_add_months(cur, -1).year, _add_months(cur, -1).month)
    if t == "this month":
        return month(cur.year, cur.month)
    if t in ("year to date", "so far this year"):
        return year_to_date(as_of)
    if t == "last financial year":
        fy_start = as_of.year if as_of.month >= 4 else as_of.year - 1
        return financial_year(fy_start - 1)
    if t in ("the past year", "the past 12 months", "the last 12 months", "past 12 months", "last 12 months"):
        return rolling_12(_add_months(cur, -1))
    # since <month> [year]: from that month (the latest such month before as_of) to the last
    # complete month before as_of (the same reading the claim checker uses)
    rest = t[len("since "):].strip()
    m = re.fullmatch(r"([a-z]+)(?:\s+(\d{4}))?", rest)
    if not m or m.group(1) not in MONTHS:
        raise InputError(f"period {original!r}: expected 'since <month> [year]'")
    mon = MONTHS[m.group(1)]
    if m.group(2):
        start = date(int(m.group(2)), mon, 1)
    else:
        start = date(as_of.year, mon, 1)
        if start > cur:
            start = date(as_of.year - 1, mon, 1)
    end = last_complete_month(as_of)
    if start > end:
        raise InputError(f"period {original!r} as of {as_of}: no complete month since then yet; "
                         "give a later as-of date or a fixed period")
    return range_(start, end)
