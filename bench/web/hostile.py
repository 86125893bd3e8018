"""Bounded load test (issue 13): cache-missing checks and explores plus eight hostile articles at once.

Loopback only (the server is started here on 127.0.0.1), bounded in connections and in time:

    python bench/web/hostile.py --db /path/real.duckdb --clients 50 --hostile 8 --seconds 30

``--clients`` connections loop: two fifths POST /api/check with a new paragraph each time, two fifths
GET /explore with a new measure x borough x period each time (neither is in any cache), one fifth read
normal pages (the home page and a popular figure already cached): their latency is what users feel.  ``--hostile``
more connections loop over the adversarial articles of ``bench/check/adversarial.py`` (refused at once
by the checker's limits, or, for the costliest text inside the limits, stopped at the time limit).
Reports per kind: statuses, p50/p95/max latency; the server's peak resident memory (the app process,
and its check workers); and whether any 5xx other than the documented 503 (busy) / 504 (stopped) came.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "check"))
import adversarial  # noqa: E402

MEASURES = ["burglary", "robbery", "homicide", "all_crime", "theft", "violence_against_the_person"]
PERIODS = ["2021", "2022", "2023", "2022-11"]
BOROUGHS = ["Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing",
            "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering",
            "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth",
            "Lewisham", "Merton", "Newham", "Redbridge", "Richmond upon Thames", "Southwark", "Sutton",
            "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster"]
HOSTILE = [("percents", 2_000), ("from_to_chain", 2_000), ("repeated_clause_35k", 35_000),
           ("comma_numbers", 10_000), ("dense_sentences", 26), ("huge_count", 310),
           ("seed_5mb", 5_000_000), ("wordy_figures", 200)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def pss_mb(pid: int) -> float:
    """Proportional set size: pages shared with the forkserver and other workers counted once overall."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def role_of(pid: int) -> str:
    """What a child of the server is: the forkserver, a worker forked from it, or the resource tracker."""
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        ppid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1].split()[1])
        parent = Path(f"/proc/{ppid}/cmdline").read_bytes().decode(errors="replace")
    except (OSError, ValueError, IndexError):
        return "gone"
    if "forkserver" in cmd:
        return "worker" if "forkserver" in parent else "forkserver"
    return "resource_tracker" if "resource_tracker" in cmd else "child"


def children(pid: int) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().split(") ", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                out.append(int(p.name))
                out += children(int(p.name))
    return out


async def run(base: str, clients: int, hostile: int, seconds: float, server_pid: int) -> dict:
    lat: dict[str, list[float]] = {"check": [], "explore": [], "normal": [], "hostile": []}
    status: dict[str, dict[str, int]] = {k: {} for k in lat}
    stop = time.monotonic() + seconds
    n = 0
    texts = {name: gen(size) for name, (gen, size) in
             ((h[0], (adversarial.CASES[h[0]][0], h[1])) for h in HOSTILE)}
    mem = {"app": 0.0, "workers": 0.0, "total": 0.0, "total_pss": 0.0}
    per_process: dict[str, float] = {}      # peak RSS of each process of the tree, by role and pid

    def request(kind: str, i: int) -> tuple[str, str, dict]:
        if kind == "check":
            text = (f"Request {i} at {time.time():.6f}: there were {100 + i % 900} burglaries in "
                    f"{BOROUGHS[i % len(BOROUGHS)]} in 2022, {i % 40}% down on 2021.")
            return "POST", "/api/check", {"json": {"text": text, "as_of": "2023-01-20"}}
        if kind == "explore":
            k = i * 7919
            params = {"measure": MEASURES[k % len(MEASURES)], "area": BOROUGHS[(k // 7) % len(BOROUGHS)],
                      "period": PERIODS[(k // 11) % len(PERIODS)]}
            return "GET", "/explore", {"params": params, "headers": {"accept": "text/html"}}
        if kind == "normal":      # pages people read all the time: the home page, a popular (cached) figure
            if i % 2:
                return "GET", "/", {"headers": {"accept": "text/html"}}
            return "GET", "/explore", {"params": {"measure": "homicide", "area": "London", "period": "2022"},
                                       "headers": {"accept": "text/html"}}
        name = HOSTILE[i % len(HOSTILE)][0]
        return "POST", "/api/check", {"json": {"text": texts[name], "as_of": "2023-01-20"}}

    async def client(c: httpx.AsyncClient, kind: str) -> None:
        nonlocal n
        while time.monotonic() < stop:
            n += 1
            method, path, kw = request(kind, n)
            t = time.perf_counter()
            try:
                r = await c.request(method, base + path, **kw)
                key = str(r.status_code)
            except httpx.HTTPError as exc:
                key = type(exc).__name__
            lat[kind].append(time.perf_counter() - t)
            status[kind][key] = status[kind].get(key, 0) + 1

    async def watch() -> None:
        while time.monotonic() < stop + 5:
            app = rss_mb(server_pid)
            workers = sum(rss_mb(p) for p in children(server_pid))
            mem["app"] = max(mem["app"], app)
            mem["workers"] = max(mem["workers"], workers)
            mem["total"] = max(mem["total"], app + workers)
            mem["total_pss"] = max(mem["total_pss"], pss_mb(server_pid) + sum(pss_mb(p) for p in children(server_pid)))
            for p in [server_pid, *children(server_pid)]:
                role = "app" if p == server_pid else role_of(p)
                per_process[f"{role} {p}"] = max(per_process.get(f"{role} {p}", 0.0), rss_mb(p))
            await asyncio.sleep(0.5)

    limits = httpx.Limits(max_connections=clients + hostile, max_keepalive_connections=clients + hostile)
    async with httpx.AsyncClient(timeout=90, limits=limits) as c:
        kinds = ("check", "explore", "normal", "check", "explore")       # 2:2:1
        tasks = [client(c, kinds[i % len(kinds)]) for i in range(clients)]
        tasks += [client(c, "hostile") for _ in range(hostile)]
        await asyncio.gather(watch(), *tasks)
    out: dict = {"seconds": seconds, "clients": clients, "hostile_connections": hostile, "memory_mb": {
        k: round(v) for k, v in mem.items()}, "peak_rss_mb_per_process": {k: round(v) for k, v in per_process.items()}}
    for kind, xs in lat.items():
        xs.sort()
        q = statistics.quantiles(xs, n=100) if len(xs) > 1 else (xs * 99 if xs else [0.0] * 99)
        out[kind] = {"requests": len(xs), "p50_ms": round(q[49] * 1000), "p95_ms": round(q[94] * 1000),
                     "max_ms": round(xs[-1] * 1000) if xs else 0, "statuses": status[kind]}
    bad = {k: v for kind in status for k, v in status[kind].items() if k.startswith("5") and k not in ("503", "504")}
    out["undocumented_5xx"] = bad
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--hostile", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--compute-workers", type=int, default=None, help="the server's --compute-workers")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "out" / "web_hostile.json"))
    a = ap.parse_args()
    if a.clients + a.hostile > 100 or a.seconds > 120:
        sys.exit("bounded on purpose: at most 100 connections and 120 s")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    extra = ["--compute-workers", str(a.compute_workers)] if a.compute_workers else []
    proc = subprocess.Popen([sys.executable, "-c", "from crimestats.cli import main; main()", "serve",
                             "--db", a.db, "--host", "127.0.0.1", "--port", str(port), *extra],
                            stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        time.sleep(5)       # the check workers warm up
        httpx.get(base + "/explore", params={"measure": "homicide", "area": "London", "period": "2022"},
                  headers={"accept": "text/html"}, timeout=120)     # the popular page, cached once
        load_before = round(os.getloadavg()[0], 1)
        res = asyncio.run(run(base, a.clients, a.hostile, a.seconds, proc.pid))
        res["load_average_before"] = load_before
        res["load_average_after"] = round(os.getloadavg()[0], 1)
        res["compute_workers"] = a.compute_workers or "default"
        res["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                       cwd=Path(__file__).resolve().parent).stdout.strip()
        res["when_utc"] = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
    finally:
        proc.terminate()
        proc.wait(20)
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(res, indent=2))
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
