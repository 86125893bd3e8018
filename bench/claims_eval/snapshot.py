"""Snapshot what the checker answers on every evaluation input, to prove a refactor changes nothing.

Usage:
    CRIMESTATS_DB=/tmp/all.duckdb python bench/claims_eval/snapshot.py OUT.json
    python bench/claims_eval/snapshot.py --diff OLD.json NEW.json

Runs ``check_text`` in process (one store, no CLI start-up) on every unit of every set (set1-setN,
forces) and on the seed article, and writes each result's ``as_dict()``.  ``--diff`` lists every
input whose claims differ, claim by claim (text, kind, verdict, found, explanation), and exits 1
when anything differs.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(ROOT))
SEED = os.path.join(REPO, "..", "shared", "docs", "seed-article.txt")


def _load(path: str, name: str):
    sys.path[:0] = [os.path.dirname(path), ROOT]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    del sys.path[:2]
    return mod


def _lines_text(body) -> str:
    if isinstance(body, str):
        return body
    return "".join(line + "\n" for line, _ in body)


def inputs() -> list[tuple[str, str, str]]:
    """(name, as_of, text) for every evaluation input, in a fixed order."""
    out: list[tuple[str, str, str]] = []
    for d in sorted(os.listdir(ROOT)):
        here = os.path.join(ROOT, d)
        if not os.path.isdir(here):
            continue
        if os.path.exists(os.path.join(here, "spec.py")):
            units = _load(os.path.join(here, "spec.py"), f"spec_{d}").UNITS
            for name, (as_of, body, *_rest) in units.items():
                out.append((f"{d}/{name}", as_of, _lines_text(body)))
        elif os.path.exists(os.path.join(here, "spec_lines.py")):
            for name, (as_of, lines) in _load(os.path.join(here, "spec_lines.py"), f"lines_{d}").FILES.items():
                out.append((f"{d}/{name}", as_of, _lines_text(lines)))
            for name, (as_of, body, _exp) in _load(os.path.join(here, "spec_articles.py"), f"art_{d}").ARTICLES.items():
                out.append((f"{d}/{name}", as_of, body))
    if os.path.exists(SEED):
        out.append(("seed-article", "2023-01-06", open(SEED, encoding="utf-8").read()))
    return out


def snapshot(path: str) -> None:
    from crimestats import Store, check_text

    store = Store(os.environ["CRIMESTATS_DB"], read_only=True)
    result = {name: check_text(store, text=text, as_of=as_of).as_dict() for name, as_of, text in inputs()}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1, sort_keys=True, default=str)
    print(f"{len(result)} inputs, {sum(len(r['claims']) for r in result.values())} claims -> {path}")


_SHOW = ("text", "kind", "measure", "area", "period", "claimed", "found", "verdict", "explanation")


def diff(old_path: str, new_path: str) -> int:
    old, new = (json.load(open(p, encoding="utf-8")) for p in (old_path, new_path))
    changed = 0
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name, {}).get("claims", []), new.get(name, {}).get("claims", [])
        if a == b:
            continue
        changed += 1
        print(f"== {name}: {len(a)} -> {len(b)} claims")
        keyed_a = {(c["start"], c["end"]): c for c in a}
        keyed_b = {(c["start"], c["end"]): c for c in b}
        for key in sorted(set(keyed_a) | set(keyed_b)):
            ca, cb = keyed_a.get(key), keyed_b.get(key)
            if ca == cb:
                continue
            if ca is None or cb is None:
                c = ca or cb
                print(f"  {'-' if cb is None else '+'} {c['text']!r} [{c['kind']}] {c['verdict']}")
                continue
            for f in _SHOW + ("evidence", "unit", "area_code", "quote"):
                if ca.get(f) != cb.get(f):
                    print(f"  ~ {ca['text']!r} {f}: {str(ca.get(f))[:200]!r} -> {str(cb.get(f))[:200]!r}")
    print(f"{changed} inputs differ")
    return 1 if changed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--diff"]:
        sys.exit(diff(sys.argv[2], sys.argv[3]))
    snapshot(sys.argv[1])
