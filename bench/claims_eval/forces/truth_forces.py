"""Truth helpers for the forces set: data.police.uk street files read with the csv module only
(never crimestats), and ONS MYE force-area populations.

Counting rule (the one docs/claims.md and crimestats use, re-implemented here): a non-empty Crime ID
repeated within a force-month file is one crime; rows with an empty Crime ID (ASB, every BTP row) are
each counted.  Judges come from ../set6/truth6.py.
"""
from __future__ import annotations

import csv
import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, ".."), os.path.join(HERE, "..", "set6")]
from truth6 import A, C, I, O, OK, OKC, U, judge_count, judge_pct, judge_rate, judge_truth  # noqa: E402,F401
from truth_lib import D, pct  # noqa: E402,F401

FORCES = f"{D}/police-uk-forces"
CITY = f"{D}/police-uk-street/city-of-london"
POP = f"{D}/ons-population/britishdrugdynamics/population_policeforces.csv"


@functools.lru_cache(maxsize=None)
def _file(force: str, month: str) -> dict[str, int] | None:
    """{crime type: count} for one force-month (None when no file: no data)."""
    for folder in (FORCES, CITY):
        path = f"{folder}/{month}/{month}-{force}-street.csv"
        if os.path.exists(path):
            break
    else:
        return None
    out: dict[str, int] = {}
    seen: set[str] = set()
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cid = r["Crime ID"].strip()
            if cid and cid in seen:
                continue
            seen.add(cid)
            out[r["Crime type"]] = out.get(r["Crime type"], 0) + 1
    return out


def n(force: str, month: str, crime_type: str | None = None, *, asb: bool = False) -> int | None:
    """Count for a force-month: one crime type, or all crimes (ASB only if ``asb``)."""
    got = _file(force, month)
    if got is None:
        return None
    if crime_type is not None:
        return got.get(crime_type, 0)
    return sum(v for t, v in got.items() if asb or t != "Anti-social behaviour")


def span(force: str, months: list[str], crime_type: str | None = None) -> int | None:
    vals = [n(force, m, crime_type) for m in months]
    return None if any(v is None for v in vals) else sum(vals)  # type: ignore[misc]


def mm(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def ons_pop(force_column: str, year: int) -> float:
    with open(POP, newline="", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if r["year"] == str(year):
                return float(r[force_column])
    raise KeyError(year)
