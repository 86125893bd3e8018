"""Benchmark: a headline figure and a 20-year series, on the real store and on 100M synthetic rows.

    python bench/measures/bench_measures.py --real /path/real.duckdb --synthetic /tmp/synth.duckdb [--rows 100000000]

The synthetic store is generated inside DuckDB with range() (no Python loops): ``rows`` counts rows
of mps_recorded_crime at borough level over 240 months (2004-2023), 32 boroughs, 20 offence keys.
Each timing is the median of 5 runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from crimestats import Store, count, series
from crimestats.reference._taxonomy import OFFENCE_KEYS


def build_synthetic(path: Path, rows: int) -> None:
    keys = [k for k in OFFENCE_KEYS if k not in ("all_crime", "anti_social_behaviour")][:20]
    with Store(path) as store:
        con = store.con
        if con.execute("SELECT count(*) FROM counts").fetchone()[0] >= rows:
            return
        con.execute("INSERT INTO ingests VALUES (1,'mps_recorded_crime','synthetic','synthetic.csv','synthetic.csv',"
                    "repeat('0',64),0,'bench','none','synthetic',DATE '2024-01-01','given',?,?,0,'{}','[]',now())",
                    [rows, rows])
        con.execute("INSERT INTO coverage SELECT 1,'mps_recorded_crime','force','metropolitan','Met','borough','month',"
                    "CAST(DATE '2004-01-01' + to_months(i) AS DATE), DATE '2024-01-01' FROM range(240) t(i)")
        key_list = "[" + ", ".join(f"'{k}'" for k in keys) + "]"
        con.execute(f"""
            INSERT INTO counts
            SELECT 1, 'mps_recorded_crime', 'month', CAST(DATE '2004-01-01' + to_months(CAST(i % 240 AS INTEGER)) AS DATE),
                   'borough', 'E09' || lpad(CAST(2 + (i // 240) % 32 AS VARCHAR), 6, '0'), NULL, NULL,
                   'cat', 'sub', list_extract({key_list}, CAST(1 + (i // 7680) % {len(keys)} AS INTEGER)),
                   'offences', NULL, NULL, NULL, NULL, NULL, NULL, NULL, (i % 7)::BIGINT
            FROM range({rows}) t(i)
            ORDER BY 4
        """)


CPU: list[float] = []   # median CPU seconds of each timed() call, in order (DuckDB's threads included)


def timed(fn, n: int = 5) -> float:
    """Median wall seconds of ``n`` runs after a warm-up (median CPU seconds appended to CPU)."""
    fn()
    times, cpu = [], []
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    CPU.append(statistics.median(cpu))
    return statistics.median(times)


def run(path: Path, label: str, headline_year: str, series_span: tuple[str, str], measure: str) -> None:
    with Store(path, read_only=True) as store:
        n = store.con.execute("SELECT count(*) FROM counts").fetchone()[0]
        f = count(store, measure=measure, area="London", period=headline_year)
        t1 = timed(lambda: count(store, measure=measure, area="London", period=headline_year))
        t2 = timed(lambda: series(store, measure=measure, area="London", start=series_span[0], end=series_span[1]))
        t3 = timed(lambda: count(store, measure=measure, area="Redbridge", period=headline_year))
        c1, c2, c3 = CPU[-3:]
        print(f"| {label} | {n:,} | {measure} London {headline_year} = {f.value:,} | {t1 * 1000:.0f} ms "
              f"(CPU {c1 * 1000:.0f}) | {t2 * 1000:.0f} ms (CPU {c2 * 1000:.0f}) | {t3 * 1000:.0f} ms "
              f"(CPU {c3 * 1000:.0f}) |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--real", type=Path)
    ap.add_argument("--synthetic", type=Path)
    ap.add_argument("--rows", type=int, default=100_000_000)
    a = ap.parse_args()
    print("| store | counts rows | figure | headline figure (count) | 20-year series | borough figure |")
    print("|---|---|---|---|---|---|")
    if a.real:
        run(a.real, "real", "2022", ("2003", "2022"), "homicide_victims")
        run(a.real, "real", "2022", ("2011", "2022"), "homicide")
    if a.synthetic:
        t = time.perf_counter()
        build_synthetic(a.synthetic, a.rows)
        print(f"<!-- synthetic store built in {time.perf_counter() - t:.0f} s -->")
        run(a.synthetic, "synthetic", "2022", ("2004", "2023"), "robbery")


if __name__ == "__main__":
    main()
