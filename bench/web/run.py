"""Load test for the web app: N concurrent clients on loopback for T seconds per scenario.

Starts ``crimestats serve`` on a free loopback port over an existing store, then runs each
scenario with httpx's async client and reports requests/s, p50/p95/max latency and errors.

    python bench/web/run.py --db /path/real.duckdb --clients 50 --seconds 30

Scenarios:
  explore       GET /explore (HTML page: figure, change + significance, series chart, breakdown,
                borough map) rotating over 8 measure/period/map combinations.  The first request
                for each combination computes it; later ones are served from the app's cache
                (the store is read-only, so a result cannot go stale while the server runs).
  explore-api   GET /api/stats?kind=change rotating over the same combinations.
  check         POST /api/check with the seed article (repeat checks of the same text hit the
                permalink cache, as shared links do).
  check-fresh   POST /api/check with a short new paragraph per request (no cache: the full
                extract -> resolve -> verdict pipeline each time).
  explore-wrk   the explore scenario driven by wrk (bench/web/explore.lua) instead of httpx, if
                wrk is installed.  httpx's async client needs ~4 ms of CPU per 190 KB page, about
                five times what the server spends, so on a 2-core machine the httpx numbers
                mostly measure the load generator; wrk (C) shows the server's own latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

EXPLORE = [
    {"measure": "homicide", "area": "London", "period": "2022"},
    {"measure": "homicide_victims", "area": "London", "period": "2022", "by": "method"},
    {"measure": "knife_homicide_victims", "area": "London", "period": "2021"},
    {"measure": "robbery", "area": "London", "period": "2023"},
    {"measure": "burglary", "area": "Camden", "period": "2022"},
    {"measure": "all_crime", "area": "London", "period": "2021/22"},
    {"measure": "homicide_victims", "area": "London", "period": "2019", "map": "rate"},
    {"measure": "personal_robbery", "area": "Redbridge", "period": "2022-11"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def scenario(base: str, name: str, clients: int, seconds: float, seed_text: str) -> dict:
    lat: list[float] = []
    errors: dict[str, int] = {}
    stop = time.monotonic() + seconds
    counter = 0

    def next_request(i: int) -> tuple[str, str, dict]:
        if name == "explore":
            return "GET", "/explore", {"params": EXPLORE[i % len(EXPLORE)],
                                       "headers": {"accept": "text/html"}}
        if name == "explore-api":
            return "GET", "/api/stats", {"params": {**{k: v for k, v in EXPLORE[i % len(EXPLORE)].items()
                                                       if k in ("measure", "area", "period")},
                                                    "kind": "change"}}
        if name == "check":
            return "POST", "/api/check", {"json": {"text": seed_text, "as_of": "2023-01-20"}}
        text = (f"Request {i}: there were {100 + i % 50} homicides in London in 2022, "
                f"{i % 30}% down on 2021. Knife crime rose in Camden last year.")
        return "POST", "/api/check", {"json": {"text": text, "as_of": "2023-01-20"}}

    async def client(c: httpx.AsyncClient) -> None:
        nonlocal counter
        while time.monotonic() < stop:
            counter += 1
            method, path, kw = next_request(counter)
            t = time.perf_counter()
            try:
                r = await c.request(method, base + path, **kw)
                if r.status_code != 200:
                    errors[str(r.status_code)] = errors.get(str(r.status_code), 0) + 1
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
            lat.append(time.perf_counter() - t)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    t0 = time.monotonic()
    async with httpx.AsyncClient(timeout=60, limits=limits) as c:
        await asyncio.gather(*(client(c) for _ in range(clients)))
    wall = time.monotonic() - t0
    lat.sort()
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
    return {"scenario": name, "clients": clients, "seconds": round(wall, 1), "requests": len(lat),
            "rps": round(len(lat) / wall, 1), "p50_ms": round(q[49] * 1000, 1),
            "p95_ms": round(q[94] * 1000, 1), "max_ms": round(lat[-1] * 1000, 1),
            "errors": sum(errors.values()), "error_kinds": errors}


def wrk_explore(base: str, clients: int, seconds: float) -> dict:
    """The explore scenario with wrk: 2 threads, ``clients`` connections (keep-alive)."""
    script = Path(__file__).with_name("explore.lua")
    out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    res = json.loads(out.strip().splitlines()[-1])
    return {"scenario": "explore-wrk", "clients": clients, "seconds": res["seconds"],
            "requests": res["requests"], "rps": res["rps"], "p50_ms": res["p50_ms"],
            "p95_ms": res["p95_ms"], "max_ms": res["max_ms"], "errors": res["errors"],
            "error_kinds": {"non-2xx": res["non_2xx"]} if res["non_2xx"] else {}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--scenarios", default="explore,explore-wrk,explore-api,check,check-fresh")
    ap.add_argument("--fresh-clients", type=int, default=None,
                    help="clients for check-fresh (default: --clients)")
    ap.add_argument("--seed", default=str(Path(__file__).resolve().parents[3] / "shared" / "docs" / "seed-article.txt"))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "out" / "web.json"))
    args = ap.parse_args()
    seed_text = Path(args.seed).read_text(encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-c", "from crimestats.cli import main; main()", "serve",
                             "--db", args.db, "--port", str(port)], stderr=subprocess.DEVNULL)
    results = []
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        # Cold: the first request for each explore combination (computed, then cached).
        cold = []
        for params in EXPLORE:
            t = time.perf_counter()
            r = httpx.get(base + "/explore", params=params, headers={"accept": "text/html"}, timeout=120)
            cold.append({"params": params, "status": r.status_code,
                         "ms": round((time.perf_counter() - t) * 1000, 1)})
        print(json.dumps({"cold_explore": cold}), flush=True)
        results.append({"scenario": "explore-cold", "requests": len(cold),
                        "ms": [c["ms"] for c in cold], "errors": sum(c["status"] != 200 for c in cold)})
        load0 = os.getloadavg()[0]
        for name in args.scenarios.split(","):
            n = args.fresh_clients if (name == "check-fresh" and args.fresh_clients) else args.clients
            if name == "explore-wrk":
                if shutil.which("wrk") is None:
                    print("explore-wrk skipped: wrk is not installed", file=sys.stderr)
                    continue
                res = wrk_explore(base, n, args.seconds)
            else:
                res = asyncio.run(scenario(base, name, n, args.seconds, seed_text))
            res["load_before"] = round(load0, 1)
            results.append(res)
            print(json.dumps(res), flush=True)
            load0 = os.getloadavg()[0]
    finally:
        proc.terminate()
        proc.wait(10)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2))
    print("\n| scenario | clients | requests | req/s | p50 ms | p95 ms | max ms | errors |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        if r["scenario"] == "explore-cold":
            print(f"| explore, first request per combination (sequential) | 1 | {r['requests']} | – | "
                  f"{statistics.median(r['ms']):.0f} | – | {max(r['ms']):.0f} | {r['errors']} |")
            continue
        print(f"| {r['scenario']} | {r['clients']} | {r['requests']} | {r['rps']} | {r['p50_ms']} | "
              f"{r['p95_ms']} | {r['max_ms']} | {r['errors']} {r['error_kinds'] or ''} |")


if __name__ == "__main__":
    main()
