"""Benchmark permutation Gi*: all London LSOAs, one year, 9,999 conditional permutations.

    .venv/bin/python bench/hotspots/permutation.py [--db STORE] [--repeat 3] [--esda]

Times ``gi_star_permutation`` alone (the vectorised permutations, with the re-test of places at the
p-value floor) and ``hotspots(store, measure='robbery', area='London', period='2021')`` end to end
(reading counts, Queen weights from 4,835 LSOA polygons, permutations, adjustment).  ``--esda`` also
times esda's ``G_Local(star=True, permutations=9999)`` (numba, all cores) on the same counts and
weights, and reports how often the two class places alike.  Without --db a store is built first
from ../shared/data (not timed).  Goal: under 10 s on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import build_store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--esda", action="store_true")
    a = ap.parse_args()
    db = a.db
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="permbench")) / "lsoa.duckdb"
        build_store(db)
    from crimestats import Store
    from crimestats.hotspot._data import load_areas
    from crimestats.hotspot._hotspots import _measure, hotspots
    from crimestats.hotspot._permutation import gi_star_permutation
    from crimestats.measures._periods import parse_period
    from crimestats.measures._places import resolve_area

    warnings.simplefilter("ignore")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPU, {platform.processor() or ''} Python "
          f"{platform.python_version()}, numpy {np.__version__}, load average {os.getloadavg()[0]:.1f}, "
          f"{date.today()}")
    with Store(db, read_only=True) as s:
        d = load_areas(s, keys=_measure("robbery")[2], area=resolve_area("London", store=s),
                       period=parse_period("2021"), unit="lsoa", allow_partial=False)
        y = np.asarray(d.counts, dtype=float)
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            perm = gi_star_permutation(y, d.weights, permutations=9_999, seed=12345)
            times.append(time.perf_counter() - t)
        refined = int((perm.refined > 9_999).sum())
        print(f"| permutations only (9,999; {refined} places re-tested with 99,999) | {len(y):,} LSOAs | "
              f"{statistics.median(times):.2f} s (min {min(times):.2f}) |")
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            r = hotspots(s, measure="robbery", area="London", period="2021")
            times.append(time.perf_counter() - t)
        print(f"| hotspots() end to end, {r.adjust} | {len(r.places):,} LSOAs, {len(r.hot)} hot / {len(r.cold)} cold | "
              f"{statistics.median(times):.2f} s (min {min(times):.2f}) |")
    if a.esda:
        import esda
        from libpysal.weights import WSP

        w = WSP(d.weights).to_W(silence_warnings=True)
        t = time.perf_counter()
        g = esda.G_Local(y, w, transform="B", star=True, permutations=9_999, seed=1, keep_simulations=True)
        sec = time.perf_counter() - t
        up = ((g.rGs >= g.Gs[:, None]).sum(1) + 1) / 10_000
        lo = ((g.rGs <= g.Gs[:, None]).sum(1) + 1) / 10_000
        p = np.minimum(1, 2 * np.minimum(up, lo))
        print(f"| esda G_Local(star=True, permutations=9999), first call incl. numba compile | {len(y):,} LSOAs | "
              f"{sec:.2f} s | mean abs p difference {np.abs(p - perm.p).mean():.4f} |")


if __name__ == "__main__":
    main()
