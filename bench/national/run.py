"""National benchmark: a synthetic data.police.uk bulk archive at real shape, ingested end to end.

Builds ``YYYY-MM.zip`` holding 36 months x 44 forces (the 43 of England and Wales and BTP, the ids of
``police-forces/forces.csv``) of street files laid out like the real archive
(``YYYY-MM/YYYY-MM-<force>-street.csv``), rows sampled from the real force files in
``../shared/data/police-uk-forces`` (crime types, outcomes, LSOAs, coordinates, 'No Location' rows,
blank Crime IDs for ASB; fresh random Crime IDs).  Force sizes: rows a month proportional to the ONS
2019 population of the force area (``population_policeforces.csv``); forces it lacks (the four Welsh
forces and BTP) get the mean monthly rows of the real South Wales and Dyfed-Powys files.
At ``--scale 1`` the archive holds ~18 million street rows (500,000 a month nationally); smaller scales
shrink every force alike (the file count stays 1,584).  No outcomes or stop-and-search files are
generated (the shared data has none for these forces).

Then, each in its own process (peak RSS = that process's ru_maxrss):
* **ingest**: ``crimestats ingest ARCHIVE.zip`` path (``ingest_paths``): members streamed from the zip,
  one transaction per force-month, duplicate rule, offence keys, counts, coverage, provenance;
* **duckdb**: the same files extracted beforehand (not timed), then one
  ``CREATE TABLE t AS SELECT * FROM read_csv([every file])`` (DuckDB's best case);
* **queries** on the ingested store (+ the ONS population file): a force league table for a year
  (44 forces, rates, ranks) and one force's 36-month series, each best of 5; the store's size on disk.

Usage: python bench/national/run.py [--scale 0.1] [--out bench/out/national]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CRIMESTATS_SHARED_DATA", REPO.parent / "shared" / "data"))
POP = SHARED / "ons-population" / "britishdrugdynamics" / "population_policeforces.csv"
HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          "Crime type,Last outcome category,Context")
NATIONAL_ROWS_A_MONTH = 500_000
MONTHS = [f"{2020 + i // 12:04d}-{i % 12 + 1:02d}" for i in range(36)]     # 2020-01 .. 2022-12


def force_sizes() -> dict[str, float]:
    """force id -> share of national rows."""
    ids = []
    with open(SHARED / "police-forces" / "forces.csv", newline="", encoding="utf-8") as fh:
        ids = [r["id"] for r in csv.DictReader(fh)]
    with open(POP, newline="", encoding="utf-8-sig") as fh:
        row = next(r for r in csv.DictReader(fh) if r["year"] == "2019")
    pop = {k.lower().replace(" ", "-"): float(v) for k, v in row.items() if k != "year"}
    # rows per resident from the real Merseyside files; Welsh mean for forces with no ONS estimate
    mers = _rows("merseyside") / 12
    per_resident = mers / pop["merseyside"]
    welsh = (_rows("south-wales") + _rows("dyfed-powys")) / 22
    monthly = {f: pop[f] * per_resident if f in pop else welsh for f in ids}
    total = sum(monthly.values())
    return {f: v / total for f, v in monthly.items()}


def _rows(force: str) -> int:
    n = 0
    for f in (SHARED / "police-uk-forces").glob(f"*/*-{force}-street.csv"):
        with open(f, "rb") as fh:
            n += sum(1 for _ in fh) - 1
    return n


def _sample() -> list[list[str]]:
    rows = []
    for f in sorted((SHARED / "police-uk-forces").glob("*/*-street.csv"))[::6]:
        with open(f, newline="", encoding="utf-8") as fh:
            rows.extend(csv.reader(fh))
    return [r for r in rows if r[0] != "Crime ID"]


def _q(text: str) -> str:
    return f'"{text}"' if ("," in text or '"' in text) else text


def build(path: Path, scale: float, seed: int = 1) -> dict:
    rng = random.Random(seed)
    sample = _sample()
    templates = [(r[0] == "", ",".join(_q(x) for x in r[4:9]), ",".join(_q(x) for x in r[9:11])) for r in sample]
    sizes = force_sizes()
    rows = 0
    t0 = time.perf_counter()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for month in MONTHS:
            for force, share in sorted(sizes.items()):
                n = max(1, round(NATIONAL_ROWS_A_MONTH * share * scale))
                name = force.replace("-", " ").title() + " Police"
                lines = [HEADER]
                for blank, loc, tail in rng.choices(templates, k=n):
                    cid = "" if blank else "%064x" % rng.getrandbits(256)
                    lines.append(f"{cid},{month},{name},{name},{loc},{tail},")
                zf.writestr(f"{month}/{month}-{force}-street.csv", "\r\n".join(lines) + "\r\n")
                rows += n
    return {"rows": rows, "files": len(MONTHS) * len(sizes), "forces": len(sizes),
            "zip_bytes": path.stat().st_size, "build_seconds": round(time.perf_counter() - t0, 1)}


# -- timed tasks, each in its own process -----------------------------------------------------------

def task_ingest(archive: Path, db: Path) -> dict:
    from crimestats import Store, ingest_paths

    t0 = time.perf_counter()
    with Store(db) as store:
        res = ingest_paths(store, [archive])
        store.con.execute("CHECKPOINT")
        rows = store.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    secs = time.perf_counter() - t0
    bad = [r.file for r in res if r.status != "ingested"]
    if bad:
        raise SystemExit(f"not ingested: {bad[:3]}")
    return {"seconds": secs, "rows": rows}


def task_duckdb(folder: Path, db: Path) -> dict:
    import duckdb

    files = [str(f) for f in sorted(folder.rglob("*.csv"))]
    con = duckdb.connect(str(db))
    t0 = time.perf_counter()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [files])
    con.execute("CHECKPOINT")
    secs = time.perf_counter() - t0
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
    return {"seconds": secs, "rows": rows}


def task_queries(db: Path) -> dict:
    from crimestats import Store, ingest_paths
    from crimestats.facts._league import force_league, force_series

    with Store(db) as store:
        ingest_paths(store, [POP])
    out: dict = {}
    with Store(db, read_only=True) as store:
        for key, fn in (("league_seconds", lambda: force_league(store, measure="burglary", period="2021")),
                        ("series_seconds", lambda: force_series(store, measure="burglary", force="merseyside",
                                                                start=MONTHS[0], end=MONTHS[-1]))):
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                got = fn()
                times.append(time.perf_counter() - t0)
            out[key] = min(times)
        lg = force_league(store, measure="burglary", period="2021")
        out["league_forces"] = len(lg.rows)
        out["league_ranked"] = sum(1 for r in lg.rows if r.rank is not None)
        out["series_months"] = len(got)
    out["store_bytes"] = db.stat().st_size
    return out


def _child(task: str, *args: str) -> dict:
    p = subprocess.run([sys.executable, __file__, "--task", task, *args], capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(p.stderr[-2000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=0.1)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "national")
    ap.add_argument("--task")
    ap.add_argument("args", nargs="*")
    a = ap.parse_args()
    if a.task:
        fn = {"ingest": task_ingest, "duckdb": task_duckdb, "queries": task_queries}[a.task]
        res = fn(*[Path(x) for x in a.args])
        res["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        res["cpu_seconds"] = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
        print(json.dumps(res))
        return
    out = a.out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    archive = out / "2022-12.zip"
    info = build(archive, a.scale)
    print("built", info, flush=True)
    folder = out / "extracted"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(folder)
    res = {"scale": a.scale, **info, "machine": f"{platform.machine()}, nproc {os.cpu_count()}, "
           f"python {platform.python_version()}", "load_before": os.getloadavg()[0],
           "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    res["duckdb"] = _child("duckdb", str(folder), str(out / "bare.duckdb"))
    print("duckdb", res["duckdb"], flush=True)
    res["ingest"] = _child("ingest", str(archive), str(out / "store.duckdb"))
    print("ingest", res["ingest"], flush=True)
    res["queries"] = _child("queries", str(out / "store.duckdb"))
    res["load_after"] = os.getloadavg()[0]
    (out / "results.json").write_text(json.dumps(res, indent=2))
    d, i, q = res["duckdb"], res["ingest"], res["queries"]
    print(f"| scale {a.scale} | {info['forces']} forces x 36 months = {info['files']:,} files, {info['rows']:,} rows, "
          f"zip {info['zip_bytes'] / 2**20:.0f} MiB |")
    print(f"| duckdb read_csv (one statement, extracted files) | {d['seconds']:.1f} s | {d['peak_rss_mib']:.0f} MiB |")
    print(f"| crimestats ingest ARCHIVE.zip | {i['seconds']:.1f} s | {i['peak_rss_mib']:.0f} MiB | "
          f"speed ratio {d['seconds'] / i['seconds']:.2f}x |")
    print(f"| league table (burglary 2021, {q['league_forces']} forces) | {q['league_seconds'] * 1000:.0f} ms |")
    print(f"| 36-month force series | {q['series_seconds'] * 1000:.0f} ms |")
    print(f"| store size | {q['store_bytes'] / 2**20:.0f} MiB |")


if __name__ == "__main__":
    main()
