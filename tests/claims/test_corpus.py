"""The claim corpus: ~100 claim sentences whose expected verdicts come from the raw files.

Each line of tests/fixtures/claims/corpus.jsonl holds a sentence template and the raw-data
question that decides it ({"src": "victims" | "offences" | "rate", ...}).  This file answers
those questions with the csv module and pyarrow, straight from ../shared/data (never through
crimestats), renders the sentence with the true figure (or a wrong one), works out the verdict the
rounding policy in docs/claims.md demands, and checks the claim checker agrees.
"""

from __future__ import annotations

import csv
import json
import math
from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import pytest

from conftest import FIXTURES, need

CORPUS = [json.loads(line) for line in (FIXTURES / "claims" / "corpus.jsonl").read_text().splitlines() if line]
HOLDS = {"accurate", "accurate_with_caveat"}
WORDS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine", 10: "Ten",
         11: "Eleven", 12: "Twelve"}


def rhu(x: float, places: int = 0) -> float:
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


# ----------------------------------------------------------------------------- raw answers
@lru_cache(maxsize=1)
def _victims() -> list[dict[str, str]]:
    with open(need("met-homicide-victims/homicides.csv"), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _norm_borough(b: str) -> str:
    return b.replace("&", "and").lower().replace(" upon ", " upon ").strip()


def victims(q: dict) -> int:
    n = 0
    for r in _victims():
        if int(r["Year"]) != q["year"]:
            continue
        if q.get("borough") and _norm_borough(r["Borough"]) != _norm_borough(q["borough"]):
            continue
        if q.get("method") and r["Method_of_Killing"] != q["method"]:
            continue
        if q.get("age_group") and r["Age_Group"] != q["age_group"]:
            continue
        if q.get("sex") and r["Sex"] != q["sex"]:
            continue
        if q.get("domestic_abuse") and r["Domestic_Abuse"] != q["domestic_abuse"]:
            continue
        if q.get("solved_status") and r["Solved_Status"] != q["solved_status"]:
            continue
        n += 1
    return n


@lru_cache(maxsize=1)
def _mps_csv() -> dict[tuple[str, str, str, str], int]:
    """(major, minor, borough, yyyymm) -> count from the two London Datastore CSV extracts."""
    out: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for rel in ("mps-recorded-crime/borough_10_21.csv", "mps-recorded-crime/borough_21_23.csv"):
        with open(need(rel), newline="", encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                for k, v in r.items():
                    if k and k.isdigit() and v not in (None, ""):
                        out[(r["MajorText"].lower(), r["MinorText"].lower(), r["LookUp_BoroughName"].lower(), k)] += int(float(v))
    return out


@lru_cache(maxsize=1)
def _mps_parquet() -> dict[tuple[str, str, str, str], int]:
    """The same from the later Parquet extract (a second vintage, with revisions)."""
    import pyarrow.parquet as pq

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-borough-historical.parquet")).to_pylist()
    out: dict[tuple[str, str, str, str], int] = defaultdict(int)
    for r in t:
        for k, v in r.items():
            if k.isdigit() and v is not None:
                out[((r["majortext"] or "").lower(), (r["minortext"] or "").lower(),
                     (r["boroughname"] or "").lower(), k)] += int(float(v))
    return out


def _months(period: str) -> list[str]:
    if period.startswith("fy"):
        y = int(period[2:])
        return [f"{y}{m:02d}" for m in range(4, 13)] + [f"{y + 1}{m:02d}" for m in range(1, 4)]
    return [f"{period}{m:02d}" for m in range(1, 13)]


def _offences_from(table: dict, q: dict) -> int | None:
    months = set(_months(q["period"]))
    major, minor = q["major"].lower(), (q.get("minor") or "").lower()
    borough = (q.get("borough") or "").lower()
    seen, n = set(), 0
    for (ma, mi, b, ym), v in table.items():
        if ym in months and ma == major and (not minor or mi == minor) and (not borough or b == borough):
            n += v
            seen.add(ym)
    return n if seen == months else None


def offences(q: dict) -> list[int]:
    """Every distinct value the stored vintages give (CSV extracts first)."""
    vals = [v for v in (_offences_from(_mps_csv(), q), _offences_from(_mps_parquet(), q)) if v is not None]
    return list(dict.fromkeys(vals))


@lru_cache(maxsize=1)
def _rates() -> dict[tuple[str, int], float]:
    with open(need("international-homicide/owid-unodc-timeseries/homicide-rate-unodc.csv"), newline="",
              encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    col = next(i for i, h in enumerate(head) if h.lower().startswith("homicide rate"))
    return {(r[0], int(r[2])): float(r[col]) for r in rows[1:] if r[col] not in ("", None)}


def values(q: dict) -> list[float]:
    if q["src"] == "victims":
        return [victims(q)]
    if q["src"] == "offences":
        return offences(q)
    return [_rates()[(q["entity"], q["year"])]]


# ----------------------------------------------------------------------------- rendering
def render(e: dict) -> tuple[str, set[str]]:
    """The sentence and the set of verdicts the raw data allows."""
    t, kind, var = e["template"], e["kind"], e.get("variant", "true")
    if "expect" in e:
        return t, {e["expect"]}
    if kind == "count":
        vs = values(e["q"])
        n = int(vs[0])
        if var == "false":
            n = n + max(3, round(n * 0.25))
        if var == "alt":
            n = victims(e["alt"])
            if n in vs:
                pytest.skip("the two series agree here")
        text = t.replace("{n}", f"{n:,}").replace("{n_words}", WORDS.get(n, str(n)))
        if e.get("alias"):   # a town inside a borough: never plainly accurate
            return text, {"accurate_with_caveat"} if var == "true" else {"unverifiable"}
        if var == "alt":
            return text, {"accurate_with_caveat"}
        if var == "false":
            return text, {"inaccurate"}
        return text, HOLDS if len(vs) > 1 else ({"accurate", "accurate_with_caveat"} if "teenage" in t else {"accurate"})
    if kind == "change":
        # not strict: each side lists its distinct values over the vintages, and one side can have fewer
        pairs = list(zip(values(e["q"]), values(e["base"]), strict=False))
        now, then = pairs[0]
        pct = (now - then) / then * 100
        shown = int(rhu(abs(pct)))
        word = "fell" if pct < 0 else "rose"
        if var == "false":
            shown += 9
        if var == "flip":
            word = "rose" if word == "fell" else "fell"
        text = t.replace("{pct}", str(shown)).replace("{fell_rose}", word)
        if var in ("false", "flip"):
            return text, {"inaccurate"}
        agree = all(int(rhu(abs((a - b) / b * 100))) == shown and (a < b) == (pct < 0) for a, b in pairs)
        return text, HOLDS if agree else HOLDS | {"inaccurate"}
    if kind == "ratio":
        # not strict: each side lists its distinct values over the vintages, and one side can have fewer
        ratios = [a / b for a, b in zip(values(e["q"]), values(e["base"]), strict=False)]
        change = e["implied"] - 1
        lo, hi = sorted((1 + change * 0.8, 1 + change * 1.2))
        ok = [lo <= r <= hi for r in ratios]
        return t, (HOLDS if all(ok) else {"inaccurate"} if not any(ok) else HOLDS | {"inaccurate"})
    if kind == "record":
        q = e["q"]
        series = {y: victims({**q, "year": y}) for y in range(2003, q["year"] + 1)}
        v = series[q["year"]]
        earlier = [y for y in series if y < q["year"]]
        at = (lambda x: x <= v) if e["direction"] == "low" else (lambda x: x >= v)
        strict = (lambda x: x < v) if e["direction"] == "low" else (lambda x: x > v)
        if e["claim_since"] is None:
            if not any(strict(series[y]) for y in earlier):
                return t, {"accurate_with_caveat"} if any(series[y] == v for y in earlier) else {"accurate"}
            return t, {"inaccurate"}
        x = e["claim_since"]
        between_clear = all(not at(series[y]) for y in earlier if y > x)
        if between_clear and at(series[x]):
            return t, {"accurate_with_caveat"} if series[x] == v else {"accurate"}
        if all(not strict(series[y]) and (series[y] == v or not at(series[y])) for y in earlier if y > x) \
                and at(series[x]) and any(series[y] == v for y in earlier if y > x):
            return t, {"accurate_with_caveat"}
        return t, {"inaccurate"}
    if kind == "equality":
        return t, {"accurate"} if values(e["q"])[0] == values(e["other"])[0] else {"inaccurate"}
    if kind == "share":
        part, whole = values(e["q"])[0], values(e["whole"])[0]
        s = part / whole * 100
        if "fraction" in e:
            f = e["fraction"] * 100
            return t, {"accurate"} if f * 0.8 <= s <= f * 1.2 else {"inaccurate"}
        shown = int(rhu(s)) + (7 if var == "false" else 0)
        return t.replace("{pct}", str(shown)), {"accurate"} if var == "true" else {"inaccurate"}
    if kind == "direction":
        # not strict: each side lists its distinct values over the vintages, and one side can have fewer
        pairs = list(zip(values(e["q"]), values(e["base"]), strict=False))
        ok = [(a < b) if e["dir"] == "down" else (a > b) for a, b in pairs]
        return t, (HOLDS if all(ok) else {"inaccurate"} if not any(ok) else HOLDS | {"inaccurate"})
    if kind == "comparison":
        a, b = values(e["q"])[0], values(e["other"])[0]
        ok = a > b if e["dir"] == "up" else a < b
        return t, {"accurate"} if ok else {"inaccurate"}
    if kind == "rate":
        r = values(e["q"])[0]
        shown = rhu(r, 2) + (1.0 if var == "false" else 0)
        return t.replace("{r}", f"{shown:.2f}"), {"accurate"} if var == "true" else {"inaccurate"}
    raise AssertionError(f"unknown kind {kind}")


def test_corpus_is_big_and_varied():
    assert len(CORPUS) >= 80
    kinds = {e["kind"] for e in CORPUS}
    assert kinds >= {"count", "change", "ratio", "record", "equality", "share", "direction", "comparison",
                     "rate", "opinion"}
    assert {e.get("variant") for e in CORPUS} >= {"true", "false"}
    assert {e.get("expect") for e in CORPUS} >= {"unverifiable", "opinion"}


@pytest.mark.parametrize("entry", CORPUS, ids=[e["id"] for e in CORPUS])
def test_corpus_verdict(entry, real_store):
    from crimestats import check_text

    text, allowed = render(entry)
    as_of = date.fromisoformat(entry.get("as_of", "2023-06-30"))
    result = check_text(real_store, text=text, as_of=as_of)
    mine = [c for c in result.claims if c.claim.kind == entry["kind"]]
    assert mine, f"{text!r}: no {entry['kind']} claim found; got {[c.claim.kind for c in result.claims]}"
    c = mine[0]
    assert c.verdict in allowed, f"{text!r}: {c.verdict} ({c.explanation}); expected one of {sorted(allowed)}"
    assert text[c.claim.start:c.claim.end] == c.claim.text
    if c.verdict in ("accurate", "accurate_with_caveat", "inaccurate") and c.claim.kind != "opinion":
        assert c.evidence and all(ev.query for ev in c.evidence), "a verdict from data must show its query"
    assert not math.isnan(float(c.found)) if isinstance(c.found, float) else True
