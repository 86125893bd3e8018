"""Truth helpers for set6 (raw files via csv / pyarrow only; never crimestats).

Figures come from ../truth_lib.py (latest MPS borough parquet, homicide victims, GLA populations) and
../set5/truth5.py (older MPS CSV extracts, data.police.uk files, rankings). The `judge_*` functions turn a
claimed figure and the true figure into the set of allowed verdicts, following the conventions written in
README.md (themselves taken from docs/claims.md, the published rules), so every allowed verdict in spec.py
follows from the data rather than from the writer's memory.
"""
from __future__ import annotations

import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, ".."), os.path.join(HERE, "..", "set5")]

from truth_lib import cal, fy, gla_pop, london32_pop, months, mps, mps_by_borough, pct  # noqa: E402,F401
from truth5 import (_monthly, col_ss, col_street_n, gla_pops, met_ss_rows, mps_old, rank_of,  # noqa: E402,F401
                    vic, vic_by)

A, C, I, U, O = "accurate", "accurate_with_caveat", "inaccurate", "unverifiable", "opinion"
OK = {A}
OKC = {A, C}          # accurate; a caveat (GLA projection, coarse band, series start) is also fine


# ---------------------------------------------------------------- figures
def yearly(*, major=None, minor=None, borough=None, years=range(2011, 2026)):
    """{calendar year: MPS count} (latest extract; 2010 is part-covered, so series start at 2011)."""
    return {y: mps(major=major, minor=minor, borough=borough, mm=cal(y)) for y in years}


def fyearly(*, major=None, minor=None, borough=None, ends=range(2012, 2026)):
    """{year the FY ends: MPS count} (2024/25 -> 2025)."""
    return {e: mps(major=major, minor=minor, borough=borough, mm=fy(e)) for e in ends}


def rate_1000(count, pop):
    return 1000.0 * count / pop


def borough_rates(*, major=None, minor=None, mm, pop_year):
    """{borough: offences per 1,000 residents} for the 32 Met boroughs (GLA populations)."""
    pops = gla_pops(pop_year)
    return {b: rate_1000(v, pops[b]) for b, v in mps_by_borough(major=major, minor=minor, mm=mm).items()}


def outer_boroughs():
    """The 19 outer London boroughs of the 32 the Met polices (ONS inner/outer statistical split)."""
    return {"Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Croydon", "Ealing", "Enfield",
            "Harrow", "Havering", "Hillingdon", "Hounslow", "Kingston upon Thames", "Merton", "Redbridge",
            "Richmond upon Thames", "Sutton", "Waltham Forest", "Haringey"}


def col_year(y, crime_type=None, *, exclude_asb=True):
    """City of London street-file crimes in calendar year y (crime excludes anti-social behaviour)."""
    return col_street_n(cal(y), crime_type, exclude_asb=exclude_asb and crime_type is None)


def col_ss_year(y, **flt):
    return col_ss(cal(y), **flt)


def met_ss(mm, **flt):
    rows = met_ss_rows(mm)
    return sum(1 for r in rows if all(r[k] == v for k, v in flt.items()))


# ---------------------------------------------------------------- judges
def _round_last_nonzero(n: float) -> tuple[int, int]:
    """(claimed, step) for a round figure: 48,000 -> step 1,000; 1,847 -> step 1."""
    n = int(n)
    step = 1
    while n % (step * 10) == 0 and n != 0 and step < n:
        step *= 10
    return n, step


def judge_count(claimed, true, *, mode="exact", ok=OK):
    """exact | round | about | more | fewer | almost."""
    if mode == "exact":
        good = claimed == true
    elif mode == "round":
        c, step = _round_last_nonzero(claimed)
        good = c - step / 2 <= true < c + step / 2
    elif mode == "about":
        good = abs(true - claimed) <= max(1, 0.05 * claimed)
    elif mode == "almost":
        good = claimed - max(1, 0.05 * claimed) <= true < claimed
    elif mode == "more":
        good = true > claimed
    elif mode == "fewer":
        good = true < claimed
    else:
        raise ValueError(mode)
    return set(ok) if good else {I}


def judge_pct(claimed_signed, true_pct, *, mode="plain", ok=OK):
    """A percent change: plain ('17%': 16.5 <= x < 17.5, half up), about (1.5 points), almost (below, 1.5)."""
    if (claimed_signed > 0) != (true_pct > 0):
        return {I}
    c, t = abs(claimed_signed), abs(true_pct)
    decimals = 0 if float(c).is_integer() else len(str(c).split(".")[1])
    half = 0.5 / 10 ** decimals
    if mode == "plain":
        good = c - half <= t < c + half
    elif mode == "about":
        good = abs(t - c) <= 1.5
    elif mode == "almost":
        good = c - 1.5 <= t < c
    elif mode == "more":
        good = t > c
    else:
        raise ValueError(mode)
    return set(ok) if good else {I}


BANDS = {"halved": (0.5, 0.40, 0.60), "fell by a third": (0.667, 0.60, 0.73), "fell by a quarter": (0.75, 0.70, 0.80),
         "fell by a fifth": (0.80, 0.76, 0.84), "rose by a third": (1.333, 1.27, 1.40),
         "rose by a quarter": (1.25, 1.20, 1.30), "doubled": (2.0, 1.80, 2.20), "tripled": (3.0, 2.60, 3.40)}


def judge_ratio(word, ratio, *, mode="plain", ok=OK):
    """Ratio words in the bands of docs/claims.md; 'almost' stays inside the band and short of the word;
    'more than' needs the ratio past the word's value (further from 1)."""
    target, lo, hi = BANDS[word]
    up = target > 1
    if mode == "more":
        good = ratio > target if up else ratio < target
    elif mode == "almost":
        good = lo <= ratio <= hi and (ratio <= target if up else ratio >= target)
    else:
        good = lo <= ratio <= hi
    return set(ok) if good else {I}


def judge_share(frac, true_share, *, mode="plain", ok=OK):
    """Share words: within 20% of the fraction; 'more than' above it; 'almost'/'fewer than' below it
    (almost: within the 20% band)."""
    if mode == "more":
        good = true_share > frac
    elif mode == "fewer":
        good = true_share < frac
    elif mode == "almost":
        good = 0.8 * frac <= true_share < frac
    else:
        good = 0.8 * frac <= true_share <= 1.2 * frac
    return set(ok) if good else {I}


def judge_rate(claimed, true, *, ok=OKC):
    """A rate written to d decimals holds when the true rate rounds (half up) to it."""
    s = f"{claimed}"
    d = len(s.split(".")[1]) if "." in s else 0
    good = math.floor(true * 10 ** d + 0.5) == round(claimed * 10 ** d)
    return set(ok) if good else {I}


def judge_truth(cond: bool, *, ok=OK):
    """A record, ranking, streak or direction that either holds or does not."""
    return set(ok) if cond else {I}


def lowest_since_ok(series: dict, year_now: int, since: int) -> bool:
    """'Lowest since Y': Y at or below now, every year strictly between higher."""
    v = series[year_now]
    return series[since] <= v and all(series[y] > v for y in range(since + 1, year_now))


def highest_since_ok(series: dict, year_now: int, since: int) -> bool:
    v = series[year_now]
    return series[since] >= v and all(series[y] < v for y in range(since + 1, year_now))


def is_record_high(series: dict, year_now: int) -> bool:
    return all(series[y] < series[year_now] for y in series if y < year_now)


def is_record_low(series: dict, year_now: int) -> bool:
    return all(series[y] > series[year_now] for y in series if y < year_now)


def falls_in_a_row(series: dict, year_now: int, n: int) -> bool:
    """The last n yearly changes to year_now are all falls (and not n+1: 'the third year in a row')."""
    return all(series[y] < series[y - 1] for y in range(year_now - n + 1, year_now + 1))


def streak_len(series: dict, year_now: int, *, down=True) -> int:
    n, y = 0, year_now
    while y - 1 in series and ((series[y] < series[y - 1]) if down else (series[y] > series[y - 1])):
        n, y = n + 1, y - 1
    return n
