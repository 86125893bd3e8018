"""Ingest benchmark: data.police.uk street files at the Met's size, ingest vs a bare DuckDB read.

Generates synthetic street files (~90,000 rows a month, the Met's volume) whose values are sampled
from the real City of London rows (crime types, outcome categories, LSOA codes and names,
coordinates), with blank Crime IDs (ASB), 'No Location' rows and a few duplicate Crime IDs.
Then, for 12 and 60 months, times in separate processes (each reporting its own peak RSS):

* bare:   ``INSERT INTO t SELECT * FROM read_csv(file)`` for each file into a fresh DuckDB file;
* glob:   one ``CREATE TABLE t AS SELECT * FROM read_csv([all files])`` (DuckDB's best case);
* ingest: ``crimestats.ingest_paths`` into a fresh store (sha256, detection, typed strict parse,
          duplicate rule, offence keys, counts at force + LSOA level, coverage, provenance);
* cli:    ``crimestats ingest FOLDER`` once (12 months).

Usage: python bench/ingest/run.py [--months 12 60] [--rows 90000] [--out bench/out/ingest]
Writes bench/out/ingest/results.json and prints a Markdown section for BENCHMARKS.md.
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
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("CRIMESTATS_SHARED_DATA", REPO.parent / "shared" / "data"))
HEADER = ("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          "Crime type,Last outcome category,Context")
FORCE = "Metropolitan Police Service"


def _sample_rows() -> list[dict[str, str]]:
    rows = []
    for f in sorted((SHARED / "police-uk-street" / "city-of-london").rglob("*-street.csv")):
        with open(f, newline="", encoding="utf-8") as fh:
            rows.extend(csv.DictReader(fh))
    if not rows:
        sys.exit(f"no City of London street files under {SHARED}")
    return rows


def generate(folder: Path, months: int, rows_per_month: int, seed: int = 1) -> list[Path]:
    """Write ``months`` street files laid out like data.police.uk (YYYY-MM/YYYY-MM-force-street.csv)."""
    rng = random.Random(seed)
    sample = _sample_rows()
    out = []
    y, m = 2019, 1
    for _ in range(months):
        month = f"{y:04d}-{m:02d}"
        path = folder / month / f"{month}-metropolitan-street.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [HEADER]
        prev_ids: list[str] = []
        for _ in range(rows_per_month):
            s = rng.choice(sample)
            asb = s["Crime type"] == "Anti-social behaviour"
            if asb:
                cid = ""
            elif prev_ids and rng.random() < 0.0003:     # a repeated Crime ID, as since 2017-12
                cid = rng.choice(prev_ids)
            else:
                cid = "%064x" % rng.getrandbits(256)
                if len(prev_ids) < 1000:
                    prev_ids.append(cid)
            loc = s["Location"]
            lsoa = f"{s['LSOA code']},{s['LSOA name']}" if s["LSOA code"] else ","
            lines.append(f"{cid},{month},{FORCE},{FORCE},{s['Longitude']},{s['Latitude']},"
                         f"{_q(loc)},{lsoa},{s['Crime type']},{_q(s['Last outcome category'])},")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out.append(path)
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def _q(text: str) -> str:
    return f'"{text}"' if ("," in text or '"' in text) else text


# -- the timed tasks, each run in its own process -------------------------------------------------

def task_bare(folder: Path, db: Path) -> dict:
    import duckdb

    files = sorted(folder.rglob("*.csv"))
    con = duckdb.connect(str(db))
    t0 = time.perf_counter()
    for i, f in enumerate(files):
        if i == 0:
            con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [str(f)])
        else:
            con.execute("INSERT INTO t SELECT * FROM read_csv(?)", [str(f)])
    con.execute("CHECKPOINT")
    secs = time.perf_counter() - t0
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
    con.close()
    return {"seconds": secs, "rows": rows}


def task_glob(folder: Path, db: Path) -> dict:
    import duckdb

    files = [str(f) for f in sorted(folder.rglob("*.csv"))]
    con = duckdb.connect(str(db))
    t0 = time.perf_counter()
    con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?)", [files])
    con.execute("CHECKPOINT")
    secs = time.perf_counter() - t0
    rows = con.execute("SELECT count(*) FROM t").fetchone()[0]
    con.close()
    return {"seconds": secs, "rows": rows}


def task_ingest(folder: Path, db: Path) -> dict:
    from crimestats import Store, ingest_paths

    t0 = time.perf_counter()
    with Store(db) as store:
        results = ingest_paths(store, [folder])
        store.con.execute("CHECKPOINT")
        rows = store.con.execute("SELECT count(*) FROM incidents").fetchone()[0]
    secs = time.perf_counter() - t0
    bad = [r.file for r in results if r.status != "ingested"]
    if bad:
        raise SystemExit(f"not ingested: {bad[:3]}")
    return {"seconds": secs, "rows": rows, "rows_read": sum(r.rows_read for r in results),
            "dropped": sum(r.rows_dropped for r in results)}


TASKS = {"bare": task_bare, "glob": task_glob, "ingest": task_ingest}


def run_task(name: str, folder: Path, db: Path) -> dict:
    """Run one task in a fresh Python process; returns its timing and peak RSS (MiB)."""
    for p in (db, Path(str(db) + ".wal")):
        p.unlink(missing_ok=True)
    cmd = [sys.executable, __file__, "--task", name, "--folder", str(folder), "--db", str(db)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def task_cli(folder: Path, db: Path) -> dict:
    """`crimestats ingest FOLDER` as a user runs it (includes interpreter start-up and imports)."""
    exe = Path(sys.executable).with_name("crimestats")
    t0 = time.perf_counter()
    out = subprocess.run([str(exe), "ingest", str(folder), "--db", str(db), "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    secs = time.perf_counter() - t0
    rows = sum(r["rows_kept"] for r in json.loads(out))
    return {"seconds": secs, "rows": rows,
            "cli_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


ALL_TASKS = {**TASKS, "cli": task_cli}


def machine() -> dict:
    model = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                  if ln.startswith("model name")), platform.processor())
    mem = next((int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0)
    import duckdb

    return {"nproc": os.cpu_count(), "ram_gib": round(mem / 1024 / 1024, 1), "cpu": model,
            "python": platform.python_version(), "duckdb": duckdb.__version__,
            "date": date.today().isoformat()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--months", type=int, nargs="+", default=[12, 60])
    ap.add_argument("--rows", type=int, default=90_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "ingest")
    ap.add_argument("--task")
    ap.add_argument("--folder", type=Path)
    ap.add_argument("--db", type=Path)
    a = ap.parse_args()
    if a.task:
        res = ALL_TASKS[a.task](a.folder, a.db)
        ru = resource.getrusage(resource.RUSAGE_SELF)
        res["peak_rss_mib"] = round(ru.ru_maxrss / 1024, 1)
        res["cpu_seconds"] = round(ru.ru_utime + ru.ru_stime, 2)   # whole process, incl. start-up
        print(json.dumps(res))
        return
    a.out.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "runs": []}
    for months in a.months:
        folder = a.out / f"street-{months}m"
        if folder.exists():
            shutil.rmtree(folder)
        t0 = time.perf_counter()
        files = generate(folder, months, a.rows)
        mb = sum(f.stat().st_size for f in files) / 1e6
        print(f"{months} months: {len(files)} files, {mb:.0f} MB generated in {time.perf_counter()-t0:.0f}s",
              file=sys.stderr)
        best: dict[str, dict] = {}
        for _ in range(a.repeat):          # interleaved, best of N: same page-cache state for all
            for name in TASKS:
                r = run_task(name, folder, a.out / f"{name}.duckdb")
                print(f"  {name}: {r}", file=sys.stderr)
                if name not in best or r["seconds"] < best[name]["seconds"]:
                    best[name] = r
        run = {"months": months, "files": len(files), "megabytes": round(mb, 1), **{
            k: {**v, "rows_per_s": round(v["rows"] / v["seconds"])} for k, v in best.items()}}
        run["ratio_vs_bare"] = round(best["bare"]["seconds"] / best["ingest"]["seconds"], 3)
        run["ratio_vs_glob"] = round(best["glob"]["seconds"] / best["ingest"]["seconds"], 3)
        run["cpu_ratio_vs_bare"] = round(best["bare"]["cpu_seconds"] / best["ingest"]["cpu_seconds"], 3)
        if months == min(a.months):
            run["cli"] = run_task("cli", folder, a.out / "cli.duckdb")
        report["runs"].append(run)
        shutil.rmtree(folder)
        (a.out / "results.json").write_text(json.dumps(report, indent=2))   # after each size
    for name in TASKS:
        (a.out / f"{name}.duckdb").unlink(missing_ok=True)
    (a.out / "cli.duckdb").unlink(missing_ok=True)
    (a.out / "results.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
