"""Benchmark: check the seed article against a warm store (target: under 0.5 s).

Usage: .venv/bin/python bench/check/bench_check.py --db STORE.duckdb [--text FILE] [--repeat 10]
Builds nothing: point --db at a store made with `crimestats ingest ../shared/data`.
Prints the cold (first) time, then warm times (median, min, max) on one open store (a read-only store keeps
what it has read, so a repeat is cheap), then on a newly opened store each time, and the verdict counts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import date
from pathlib import Path

from crimestats import LimitError, Store, check_text
from crimestats.claims import extract_claims

HERE = Path(__file__).resolve()
SEED = HERE.parents[3] / "shared" / "docs" / "seed-article.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--text", default=str(SEED))
    ap.add_argument("--as-of", default="2023-01-06")
    ap.add_argument("--repeat", type=int, default=10)
    a = ap.parse_args()
    text = Path(a.text).read_text(encoding="utf-8")
    as_of = date.fromisoformat(a.as_of)
    with Store(a.db, read_only=True) as store:
        t0 = time.perf_counter()
        res = check_text(store, text=text, as_of=as_of)
        cold = time.perf_counter() - t0
        warm, cpu = [], []
        for _ in range(a.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            check_text(store, text=text, as_of=as_of)
            warm.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    # each check on a newly opened store: nothing kept from an earlier check (as one CLI call sees it)
    fresh, fresh_cpu = [], []
    for _ in range(a.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        with Store(a.db, read_only=True) as store:
            check_text(store, text=text, as_of=as_of)
        fresh.append(time.perf_counter() - t0)
        fresh_cpu.append(time.process_time() - c0)
    t0 = time.perf_counter()
    for _ in range(a.repeat):
        extract_claims(text)
    ext = (time.perf_counter() - t0) / a.repeat
    big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    t0 = time.perf_counter()
    try:
        big_out = f"{len(extract_claims(big))} claims"
    except LimitError as exc:       # ~8,000 claims: over the claim limit, refused from its first 64 KB
        big_out = f"refused ({exc.what})"
    t_big = time.perf_counter() - t0
    # 1 MB that is mostly not claims (dates, times, phone numbers, road names; one claim in ~420 characters),
    # checked end to end against the store
    block = ("<p>The A13 was closed 24/7 after 9/11-style warnings; call 020 7946 0000.</p> "
             "Residents of Croydon, aged 18 to 80, met on 6 January 2023 at 10:30. "
             "There were 109 homicides in London in 2022. " + "Prose about community work. " * 10)
    mixed = (block * (1_000_000 // len(block) + 1))[:1_000_000]
    with Store(a.db, read_only=True) as store:
        t0 = time.perf_counter()
        n_mixed = len(check_text(store, text=mixed, as_of=as_of).claims)
        t_mixed = time.perf_counter() - t0
    print(f"claims: {len(res.claims)}  verdicts: {res.counts()}")
    print(f"check_text cold: {cold:.3f} s; warm median {statistics.median(warm):.3f} s "
          f"(min {min(warm):.3f}, max {max(warm):.3f}, n={len(warm)}); CPU median {statistics.median(cpu):.3f} s")
    print(f"check_text on a newly opened store each time: median {statistics.median(fresh):.3f} s "
          f"(min {min(fresh):.3f}, n={len(fresh)}); CPU median {statistics.median(fresh_cpu):.3f} s")
    print(f"load average: {os.getloadavg()[0]:.1f}")
    print(f"extraction only: {ext * 1000:.1f} ms; 1 MB of repeated article text: {t_big:.2f} s, {big_out}")
    print(f"1 MB paste, mostly not claims, checked end to end: {t_mixed:.2f} s, {n_mixed} claims")


if __name__ == "__main__":
    main()
