"""Write the claim files, run `crimestats check` on each, compare with independently computed truth.

Usage: /work/main/.venv/bin/python /tmp/redteam/truth.py   -> results.json + results.txt
Truth figures come from truth_lib.py (raw files via csv / pyarrow only).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

sys.path[:0] = [os.path.dirname(os.path.abspath(__file__)),
                os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")]  # ../truth_lib.py
from spec_lines import FILES  # noqa: E402
from spec_articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CLI = os.environ.get("CRIMESTATS_CLI") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".venv", "bin", "crimestats")
DB = os.environ.get("CRIMESTATS_DB") or f"{HERE}/store.duckdb"


def write_inputs():
    units = []   # (path, as_of, text, [(span_start, span_end, expects)])
    os.makedirs(f"{HERE}/lines", exist_ok=True)
    os.makedirs(f"{HERE}/articles", exist_ok=True)
    for name, (as_of, lines) in FILES.items():
        text, spans = "", []
        for line, exp in lines:
            s = len(text)
            text += line + "\n"
            spans.append((s, s + len(line), exp))
        path = f"{HERE}/lines/{name}"
        open(path, "w").write(text)
        open(path + ".asof", "w").write(as_of + "\n")
        units.append((path, as_of, text, spans))
    for name, (as_of, body, exp) in ARTICLES.items():
        path = f"{HERE}/articles/{name}"
        open(path, "w").write(body)
        open(path + ".asof", "w").write(as_of + "\n")
        units.append((path, as_of, body, [(0, len(body), exp)]))
    return units


def run(path, as_of):
    t0 = time.time()
    p = subprocess.run([CLI, "check", path, "--as-of", as_of, "--db", DB, "--format", "json"],
                       capture_output=True, text=True)
    dt = time.time() - t0
    if p.returncode != 0:
        return None, dt, p.stderr[-3000:]
    return json.loads(p.stdout), dt, p.stderr[-500:]


def main():
    units = write_inputs()
    results, timing = [], {}
    for path, as_of, text, spans in units:
        out, dt, err = run(path, as_of)
        timing[os.path.basename(path)] = round(dt, 2)
        if out is None:
            results.append({"file": path, "crash": err})
            continue
        claims = out["claims"]
        used = set()
        for s, e, exps in spans:
            unit_text = text[s:e]
            in_span = [i for i, c in enumerate(claims) if c["start"] < e and c["end"] > s]
            for key, allowed, kind, note in exps:
                k = unit_text.lower().find(key.lower())
                pos = s + k if k >= 0 else None
                cands = [i for i in in_span if pos is not None and claims[i]["start"] <= pos < claims[i]["end"]]
                cands = [i for i in cands if i not in used] or cands
                cands.sort(key=lambda i: claims[i]["end"] - claims[i]["start"])
                row = {"file": os.path.basename(path), "as_of": as_of, "unit": unit_text if len(unit_text) < 300 else None,
                       "key": key, "expected": sorted(allowed), "exp_kind": kind, "truth": note}
                if not cands:
                    row.update(status="MISSED")
                else:
                    i = cands[0]
                    used.add(i)
                    c = claims[i]
                    row.update({k2: c.get(k2) for k2 in ("text", "kind", "measure", "area", "period", "claimed", "found", "unit", "verdict", "explanation")})
                    row["status"] = "OK" if c["verdict"] in allowed else "WRONG"
                results.append(row)
            for i in in_span:
                if i not in used:
                    c = claims[i]
                    used.add(i)
                    results.append({"file": os.path.basename(path), "as_of": as_of, "status": "EXTRA",
                                    "unit": unit_text if len(unit_text) < 300 else None,
                                    **{k2: c.get(k2) for k2 in ("text", "kind", "measure", "area", "period", "claimed", "found", "verdict", "explanation")}})
    json.dump({"timing": timing, "results": results}, open(f"{HERE}/results.json", "w"), indent=1, default=str)
    with open(f"{HERE}/results.txt", "w") as fh:
        for r in results:
            fh.write(f"[{r['status']}] {r.get('file')} :: {r.get('unit') or ''}\n")
            if "crash" in r:
                fh.write(r["crash"] + "\n\n")
                continue
            fh.write(f"   key={r.get('key')!r} expected={r.get('expected')} truth: {r.get('truth')}\n")
            fh.write(f"   got: verdict={r.get('verdict')} kind={r.get('kind')} measure={r.get('measure')} area={r.get('area')} period={r.get('period')} claimed={r.get('claimed')} found={r.get('found')}\n")
            fh.write(f"   clause={r.get('text')!r}\n   expl: {str(r.get('explanation'))[:400]}\n\n")
    from collections import Counter
    print(timing)
    print(Counter(r["status"] for r in results))


if __name__ == "__main__":
    main()
