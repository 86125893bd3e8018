"""Benchmark hotspots: a London-wide LSOA analysis on the real data, and a 100,000-cell grid.

    .venv/bin/python bench/hotspots/run.py [--db STORE] [--repeat 3]

LSOA: ``hotspots(store, measure='robbery', area='London', period=P, unit='lsoa')`` for 2021 (MPS
LSOA annual file, LSOA 2011, 4,835 polygons) and 2025 (MPS monthly LSOA Parquet, LSOA 2021,
4,994 polygons).  Without --db a store is built first from ../shared/data (boundaries, the MPS
LSOA files, LSOA population), which is not timed.

Grid: the Met area (union of the 32 borough boundaries + City excluded) at a cell size giving
about 100,000 cells touching London, with 1,000,000 synthetic incidents (seeded: 60% spread
evenly over the bounding box, 40% in 40 Gaussian clusters) inserted as police_uk_street rows for
2025 in a scratch store.  Timed end to end through ``hotspots(..., unit='grid')`` and by stage.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CRIMESTATS_SHARED_DATA", REPO.parent / "shared" / "data"))


def _timed(fn, repeat):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, times


def build_store(path: Path) -> None:
    from crimestats import Store, ingest_paths

    parts = ["boundaries/london-lsoa2011-gen20", "boundaries/london-lsoa2021-gen20",
             "boundaries/london-boroughs-gla",
             "mps-recorded-crime/lsoa-annual-2011-2021/london-2011-2021-major-robbery.csv",
             "met-london-datastore-parquet/recorded-crime-lsoa.parquet", "ons-population/london-lsoa"]
    with Store(path) as s:
        ingest_paths(s, [SHARED / p for p in parts])


def bench_lsoa(db: Path, repeat: int) -> list[str]:
    from crimestats import Store
    from crimestats.hotspot._hotspots import hotspots

    lines = []
    with Store(db, read_only=True) as s:
        for period in ("2021", "2025"):
            hotspots(s, measure="robbery", area="London", period=period)  # warm imports / caches
            r, times = _timed(lambda: hotspots(s, measure="robbery", area="London", period=period), repeat)
            lines.append(f"| LSOA, London, robbery {period} | {len(r.places):,} LSOAs ({r.boundary_vintage}) "
                         f"| {r.concentration.total:,} | {len(r.hot)} hot / {len(r.cold)} cold | "
                         f"{statistics.median(times):.2f} (min {min(times):.2f}) |")
    return lines


def bench_grid(repeat: int) -> list[str]:
    import shapely

    from crimestats import Store, ingest_paths
    from crimestats.hotspot._grid import bin_points, lattice_weights, make_grid, to_bng
    from crimestats.hotspot._hotspots import hotspots
    from crimestats.hotspot._stats import adjust_pvalues, gi_star

    tmp = Path(tempfile.mkdtemp(prefix="hotbench"))
    rng = np.random.default_rng(2026)
    with Store(tmp / "grid.duckdb") as s:
        ingest_paths(s, [SHARED / "boundaries/london-boroughs-gla"])
        from crimestats.hotspot._data import _area_polygon
        from crimestats.measures._places import london_area

        area = _area_polygon(s, london_area())
        size = round(float(np.sqrt(area.area / 100_000)), 1)
        minx, miny, maxx, maxy = area.bounds
        n = 1_000_000
        k = int(n * 0.6)
        x = np.concatenate([rng.uniform(minx, maxx, k),
                            *[rng.normal(cx, 400, (n - k) // 40) for cx in rng.uniform(minx, maxx, 40)]])
        y = np.concatenate([rng.uniform(miny, maxy, k),
                            *[rng.normal(cy, 400, (n - k) // 40) for cy in rng.uniform(miny, maxy, 40)]])
        from pyproj import Transformer

        lon, lat = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True).transform(x, y)
        months = np.array([date(2025, m, 1) for m in range(1, 13)])[rng.integers(0, 12, n)]
        import pyarrow as pa

        tbl = pa.table({"month": months, "longitude": lon, "latitude": lat})
        s.con.execute("INSERT INTO ingests VALUES (999,'police_uk_street','bench','synthetic','synthetic',"
                      "'-',0,NULL,NULL,'bench',DATE '2026-01-01','given',0,0,0,NULL,NULL,now())")
        s.con.execute("INSERT INTO incidents (ingest_id, month, longitude, latitude, crime_type, offence_key) "
                      "SELECT 999, month, longitude, latitude, 'Robbery', 'robbery' FROM tbl")
        s.con.executemany("INSERT INTO coverage VALUES (999,'police_uk_street','force','metropolitan',NULL,"
                          "'force','month',?,DATE '2026-01-01')", [[date(2025, m, 1)] for m in range(1, 13)])
    lines = []
    with Store(tmp / "grid.duckdb", read_only=True) as s:
        # the normal approximation (permutations=0): permutation cost is in permutation.py
        r, times = _timed(lambda: hotspots(s, measure="robbery", area="London", period="2025",
                                           unit="grid", cell_size=size, permutations=0), repeat)
        g = r.grid
        lines.append(f"| grid, London, {g.cell_size_m:g} m, end to end | {g.cells:,} cells | "
                     f"{g.points_in_area:,} in area ({g.points_outside_area:,} outside) | "
                     f"{len(r.hot)} hot / {len(r.cold)} cold | {statistics.median(times):.2f} (min {min(times):.2f}) |")
        # by stage, on the same points
        xs, ys = to_bng(lon, lat)
        inside = shapely.contains_xy(area, xs, ys)
        stages = {}
        t = time.perf_counter(); grid = make_grid(area, size, max_cells=250_000); stages["make grid (cells touching London)"] = time.perf_counter() - t
        t = time.perf_counter(); c = bin_points(grid, xs[inside], ys[inside]); stages["bin 1M points"] = time.perf_counter() - t
        t = time.perf_counter(); w = lattice_weights(grid); stages["Queen lattice weights"] = time.perf_counter() - t
        t = time.perf_counter(); gi = gi_star(c, w); stages["Gi* (sparse)"] = time.perf_counter() - t
        t = time.perf_counter(); adjust_pvalues(gi.p, "holm"); stages["Holm adjustment"] = time.perf_counter() - t
        for name, sec in stages.items():
            lines.append(f"| grid stage: {name} | {grid.n_cells:,} cells | | | {sec:.3f} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    db = a.db
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="hotbench")) / "lsoa.duckdb"
        t = time.perf_counter()
        build_store(db)
        print(f"(store built in {time.perf_counter() - t:.1f} s, not timed below)", file=sys.stderr)
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPU, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f}, {date.today()}")
    print("| run | places | offences | result | wall s (median of %d) |" % a.repeat)
    print("|---|---|---|---|---|")
    for line in bench_lsoa(db, a.repeat) + bench_grid(a.repeat):
        print(line, flush=True)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
