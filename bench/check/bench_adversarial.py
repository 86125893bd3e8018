"""Benchmark: the adversarial inputs of issue 13 against the checker, each in its own process.

Usage: .venv/bin/python bench/check/bench_adversarial.py --db STORE.duckdb [--limit 120] [--cases a,b]
Each case runs ``check_text`` in a fresh process (imports and the store opened before the clock starts),
killed at ``--limit`` seconds.  Prints per case: outcome (claims found, or the LimitError's first words),
wall time, and the process's peak resident memory.  Targets: under 5 s, or refused within 1 s with a
reason; 1 MB of ordinary text under 5 s; under 1 GB for any accepted input.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adversarial import CASES  # noqa: E402

WARM = ("Burglary in London fell by 9% in 2022 to 55,000 offences, and there were 109 homicides, the lowest "
        "since 2014. Knife crime rose 10% in Camden last year.")
ORDER = ["percents", "from_to_chain", "repeated_clause_35k", "repeated_clause_1m", "comma_numbers", "since_1990",
         "huge_count", "seed_5mb", "seed_1mb", "ordinary_1mb", "dense_sentences", "wordy_figures"]


def _one(name: str, db: str, q: mp.Queue) -> None:
    from crimestats import CrimestatsError, Store, check_text

    gen, size = CASES[name]
    text = gen(size)
    with Store(db, read_only=True) as store:
        check_text(store, text=WARM, as_of="2023-01-06")   # imports and caches warm, as in a running server
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            res = check_text(store, text=text, as_of="2023-01-06")
            outcome = f"checked: {len(res.claims)} claims"
        except CrimestatsError as exc:
            outcome = f"refused: {type(exc).__name__}: {str(exc)[:110]}"
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
    q.put({"case": name, "chars": len(text), "outcome": outcome, "seconds": round(took, 2), "cpu_s": round(cpu, 2),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--limit", type=float, default=120)
    ap.add_argument("--cases", default=",".join(ORDER))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "out" / "check_adversarial.json"))
    a = ap.parse_args()
    ctx = mp.get_context("spawn")
    rows = []
    for name in a.cases.split(","):
        q = ctx.Queue()
        p = ctx.Process(target=_one, args=(name, a.db, q))
        p.start()
        p.join(a.limit + 60)        # imports and the warm-up come before the clock
        if p.is_alive():
            p.kill()
            p.join()
            row = {"case": name, "outcome": f"killed after {a.limit:g} s", "seconds": None}
        else:
            row = q.get() if not q.empty() else {"case": name, "outcome": f"died (exit {p.exitcode})"}
        rows.append(row)
        print(json.dumps(row), flush=True)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(rows, indent=2))
    print(f"\nload average: {os.getloadavg()[0]:.1f}")
    print("\n| input | characters | outcome | wall s | CPU s | peak RSS MB |\n|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['case']} | {r.get('chars', '')} | {r['outcome']} | {r.get('seconds')} | {r.get('cpu_s')} | "
              f"{r.get('peak_rss_mb', '')} |")


if __name__ == "__main__":
    main()
