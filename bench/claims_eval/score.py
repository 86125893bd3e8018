"""Scorer for a claim set with a spec.py (sets 2 and 3): writes the set's inputs, runs `crimestats
check` on each, scores against spec.py truth.

Usage: python bench/claims_eval/score.py SET_DIR [unit-name-substring]   (or SET_DIR/truth.py)
Writes SET_DIR/inputs/*.txt, results.json, results.txt and prints the score.
With --truth-only: prints every expectation with its truth note, writes inputs/*.txt, never calls the checker.
Truth figures: spec.py + truth_lib.py (raw files via csv / pyarrow only; never crimestats).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))          # bench/claims_eval (truth_lib.py)
HERE = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 and os.path.isdir(sys.argv[1]) else ROOT
sys.path[:0] = [HERE, ROOT]
from spec import UNITS, REASON  # noqa: E402
try:  # optional: truth class per expectation, {(unit, key): 'true'|'false'|'unverifiable'|'opinion'} (set7+)
    from spec import CLASS  # noqa: E402
except ImportError:
    CLASS = {}

CLI = os.environ.get("CRIMESTATS_CLI") or os.path.join(ROOT, "..", "..", ".venv", "bin", "crimestats")
DB = os.environ.get("CRIMESTATS_DB") or f"{HERE}/store.duckdb"


def build(name, as_of, body):
    """-> (text, [(span_start, span_end, expects)])"""
    if isinstance(body, str):
        return body, [(0, len(body), None)]
    text, spans = "", []
    for line, exp in body:
        s = len(text)
        text += line + "\n"
        spans.append((s, s + len(line), exp))
    return text, spans


def run(path, as_of):
    t0 = time.time()
    p = subprocess.run([CLI, "check", path, "--as-of", as_of, "--db", DB, "--format", "json"],
                       capture_output=True, text=True)
    dt = time.time() - t0
    if p.returncode != 0:
        return None, dt, p.stderr[-3000:]
    return json.loads(p.stdout), dt, ""


FIELDS = ("text", "kind", "measure", "area", "period", "claimed", "found", "unit", "verdict", "explanation")


def truth_only():
    """Every expectation with its truth note; inputs/*.txt written exactly as main() writes them."""
    n, verdicts = 0, Counter()
    os.makedirs(f"{HERE}/inputs", exist_ok=True)
    for name, (as_of, body, *rest) in UNITS.items():
        text, spans = build(name, as_of, body)
        with open(f"{HERE}/inputs/{name}", "w") as fh:
            fh.write(text)
        exps = [e for _, _, es in spans for e in es] if spans[0][2] is not None else rest[0]
        print(f"== {name} (as of {as_of})")
        for key, allowed, kind, note in exps:
            n += 1
            verdicts[",".join(sorted(allowed)) or "no claim"] += 1
            print(f"  [{kind}] {key!r} -> {sorted(allowed) or 'no claim'} :: {note}")
    print(f"{n} expectations; allowed-verdict sets: {dict(verdicts)}")


def main():
    if "--truth-only" in sys.argv:
        return truth_only()
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    os.makedirs(f"{HERE}/inputs", exist_ok=True)
    results, timing = [], {}
    for name, (as_of, body, *rest) in UNITS.items():
        if only not in name:
            continue
        text, spans = build(name, as_of, body)
        if spans[0][2] is None:
            spans = [(0, len(text), rest[0])]
        path = f"{HERE}/inputs/{name}"
        open(path, "w").write(text)
        out, dt, err = run(path, as_of)
        timing[name] = round(dt, 2)
        if out is None:
            results.append({"file": name, "status": "CRASH", "crash": err})
            continue
        claims = out["claims"]
        used = set()
        for s, e, exps in spans:
            unit_text = text[s:e]
            in_span = [i for i, c in enumerate(claims) if c["start"] < e and c["end"] > s]
            search_from = 0
            for key, allowed, kind, note in exps:
                neg = key.startswith("N:")
                k2 = key[2:] if neg else key
                k = unit_text.find(k2, 0)
                if k < 0:
                    k = unit_text.lower().find(k2.lower())
                pos = s + k if k >= 0 else None
                if pos is None:
                    results.append({"file": name, "key": key, "status": "SPECERR"})
                    continue
                cands = [i for i in in_span if claims[i]["start"] <= pos < claims[i]["end"]]
                fresh = [i for i in cands if i not in used]
                cands = fresh or cands
                # prefer claims whose kind matches, then the shortest clause
                cands.sort(key=lambda i: (claims[i]["kind"] != kind, claims[i]["end"] - claims[i]["start"]))
                row = {"file": name, "as_of": as_of, "unit": unit_text if len(unit_text) < 300 else None,
                       "key": key, "expected": sorted(allowed), "exp_kind": kind, "truth": note}
                if CLASS:
                    row["cls"] = CLASS.get((name, key))
                if not cands:
                    row["status"] = "OK" if neg else "MISSED"
                else:
                    i = cands[0]
                    used.add(i)
                    c = claims[i]
                    row.update({f: c.get(f) for f in FIELDS})
                    if neg:
                        row["status"] = "OK" if c["verdict"] in allowed else "INVENTED"
                    else:
                        row["status"] = "OK" if c["verdict"] in allowed else "WRONG"
                        need = REASON.get((name, key))
                        ok_reason = (need[1](c.get(need[0])) if callable(need[1]) else need[1] in str(c.get(need[0]) or "").lower()) if need else True
                        if row["status"] == "OK" and not ok_reason:
                            row["status"] = "WRONG"
                            row["truth"] = f"{note} [right verdict, wrong reason: {need[0]}={c.get(need[0])!r}]"
                results.append(row)
            for i in in_span:
                if i not in used:
                    used.add(i)
                    results.append({"file": name, "as_of": as_of, "status": "EXTRA",
                                    "unit": unit_text if len(unit_text) < 300 else None,
                                    **{f: claims[i].get(f) for f in FIELDS}})
    json.dump({"timing": timing, "results": results}, open(f"{HERE}/results.json", "w"), indent=1, default=str)
    with open(f"{HERE}/results.txt", "w") as fh:
        for r in results:
            fh.write(f"[{r['status']}] {r.get('file')} :: {r.get('unit') or ''}\n")
            if "crash" in r:
                fh.write(r["crash"] + "\n\n")
                continue
            fh.write(f"   key={r.get('key')!r} expected={r.get('expected')} truth: {r.get('truth')}\n")
            fh.write(f"   got: verdict={r.get('verdict')} kind={r.get('kind')} measure={r.get('measure')} area={r.get('area')} "
                     f"period={r.get('period')} claimed={r.get('claimed')} found={r.get('found')}\n")
            fh.write(f"   clause={r.get('text')!r}\n   expl: {str(r.get('explanation'))[:500]}\n\n")
    st = Counter(r["status"] for r in results)
    scored = st["OK"] + st["WRONG"] + st["MISSED"] + st["INVENTED"] + st["CRASH"]
    print("timing (s):", timing)
    print("status:", dict(st))
    print(f"SCORE: {st['OK']}/{scored} = {100 * st['OK'] / max(scored, 1):.1f}% right "
          f"(wrong {st['WRONG']}, missed {st['MISSED']}, invented {st['INVENTED']}, crash {st['CRASH']}; extra claims {st['EXTRA']})")
    if CLASS:
        breakdown(results)


def breakdown(results):
    """Per expected kind and per truth class: right / wrong / missed / invented (only for specs with CLASS)."""
    scored = [r for r in results if r["status"] in ("OK", "WRONG", "MISSED", "INVENTED")]
    for label, field in (("kind", "exp_kind"), ("truth class", "cls")):
        print(f"by {label}:")
        for k in sorted({str(r.get(field)) for r in scored}):
            c = Counter(r["status"] for r in scored if str(r.get(field)) == k)
            n = sum(c.values())
            print(f"  {k:14} {c['OK']:3}/{n:<3} = {100 * c['OK'] / n:5.1f}% right  "
                  f"(wrong {c['WRONG']}, missed {c['MISSED']}, invented {c['INVENTED']})")


if __name__ == "__main__":
    main()
