"""The package's import layers: data flows one way, and no module imports itself in a circle.

Layers, lowest first (a module may import its own subpackage or a lower layer, never a higher or a
sibling one):

    _errors, _version, data, reference  <  sources  <  store  <  measures  <  facts  <
    claims | hotspot  <  report  <  web  <  cli

The top-level ``crimestats/__init__.py`` is the public facade: it may import anything, and no
library module imports it. Imports are read from the source (every ``import``, at module level or
inside a function), so a lazy import cannot hide an edge.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "crimestats"
LAYERS: dict[str, int] = {
    "_errors": 0, "_version": 0, "data": 0, "reference": 0,
    "sources": 1,
    "store": 2,
    "measures": 3,
    "facts": 4,
    "claims": 5, "hotspot": 5,
    "report": 6,
    "web": 7,
    "cli": 8,
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in (SRC / PACKAGE).rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _edges(mods: dict[str, Path]) -> dict[str, set[str]]:
    """module -> the crimestats modules it imports (a package's ``from . import sub`` names ``sub`` only)."""
    edges: dict[str, set[str]] = defaultdict(set)
    for name, path in mods.items():
        pkg = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in mods]
                targets = subs if len(subs) == len(node.names) else [*subs, target]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            edges[name].update(t for t in targets if t in mods and t != name)
    return edges


def _layer(module: str) -> tuple[str, int]:
    parts = module.split(".")
    if len(parts) == 1:
        return "", 99   # the facade
    top = parts[1]
    assert top in LAYERS, f"{module}: subpackage {top!r} has no layer; add it to LAYERS and docs/design.md"
    return top, LAYERS[top]


def test_every_import_points_down_or_within() -> None:
    mods = _modules()
    bad = []
    for src, targets in _edges(mods).items():
        top_a, layer_a = _layer(src)
        for dst in targets:
            top_b, layer_b = _layer(dst)
            if top_a == top_b:
                continue
            if layer_b >= layer_a:
                bad.append(f"{src} -> {dst} (layer {layer_a} -> {layer_b})")
    assert not bad, "imports that go up or sideways:\n" + "\n".join(sorted(bad))


def test_no_import_cycles() -> None:
    mods = _modules()
    edges = _edges(mods)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:   # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for m in sorted(mods):
        if m not in index:
            visit(m)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_layer_test_sees_edges() -> None:
    """The walker itself finds known imports (so an empty result means no violations, not no data)."""
    edges = _edges(_modules())
    assert "crimestats.store._store" in edges["crimestats.store._ingest"]
    assert any(t.startswith("crimestats.facts") for t in edges["crimestats.claims.judge._count"])


def test_design_doc_draws_the_same_layers() -> None:
    """docs/design.md's layer table lists exactly the layers this test enforces."""
    import re

    doc = (SRC.parent / "docs" / "design.md").read_text(encoding="utf-8")
    table = doc.split("<!-- layers: the test reads this table -->", 1)[1].split("\n\n", 1)[0]
    drawn: dict[str, int] = {}
    for line in table.splitlines():
        m = re.match(r"\|\s*(\d+)\s*\|([^|]*)\|", line)
        if m:
            for name in re.findall(r"`([a-z_]+)`", m.group(2)):
                drawn[name] = int(m.group(1))
    assert drawn == LAYERS


def test_every_subpackage_has_a_layer() -> None:
    subpackages = {p.parent.name for p in (SRC / PACKAGE).glob("*/__init__.py")}
    modules = {p.stem for p in (SRC / PACKAGE).glob("_*.py") if p.stem != "__init__"}
    assert subpackages | modules <= set(LAYERS), sorted((subpackages | modules) - set(LAYERS))



def test_only_store_facts_and_readers_hold_sql() -> None:
    """Consumers call look-ups instead of querying the store themselves."""
    allowed = {"store", "facts", "sources"}
    offenders = []
    for path in (SRC / PACKAGE).rglob("*.py"):
        top = path.relative_to(SRC / PACKAGE).parts[0]
        if top in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        if ".con.execute(" in text or ".execute(\"SELECT" in text or "con.sql(" in text:
            offenders.append(str(path.relative_to(SRC)))
    assert not offenders, f"SQL outside store/, facts/ and sources/: {offenders}"


# Inside the claim checker: three stages, each importing only the ones before it.
#   base (_model, _frames, _sentences, _limits, _article, _lexicon, _reasons) < extract < resolve < judge < pipeline (_check, _render, facade)
CLAIM_STAGES: dict[str, int] = {"_model": 0, "_frames": 0, "_sentences": 0, "_limits": 0, "_article": 0, "_lexicon": 0, "_reasons": 0,
                                "_caseless": 0,
                                "extract": 1, "resolve": 2, "judge": 3, "_check": 4, "_render": 4, "": 5}


def _claim_stage(module: str) -> tuple[str, int]:
    parts = module.split(".")[2:]
    name = parts[0] if parts else ""
    assert name in CLAIM_STAGES, f"{module}: claims module or stage {name!r} has no place in CLAIM_STAGES"
    rank = CLAIM_STAGES[name]
    return ("base" if rank == 0 else name), rank


def test_claim_stages_import_downwards() -> None:
    """extract never sees resolve or judge; resolve never sees judge; stages of one rank do not mix."""
    bad = []
    for src, targets in _edges(_modules()).items():
        if not src.startswith("crimestats.claims"):
            continue
        a, rank_a = _claim_stage(src)
        for dst in targets:
            if not dst.startswith("crimestats.claims"):
                continue
            b, rank_b = _claim_stage(dst)
            if a != b and rank_b >= rank_a:
                bad.append(f"{src} -> {dst}")
    assert not bad, "claims imports that go up or sideways:\n" + "\n".join(sorted(bad))


def _function_imports(path: Path) -> list[str]:
    """The crimestats imports made inside a function body (not at module level or under TYPE_CHECKING)."""
    out = []
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith(PACKAGE)):
                out.append(f"{path.name}:{node.lineno} from {'.' * node.level}{node.module or ''}")
            elif isinstance(node, ast.Import) and any(a.name.startswith(PACKAGE) for a in node.names):
                out.append(f"{path.name}:{node.lineno} import {', '.join(a.name for a in node.names)}")
    return out


# Function-level imports left in the claim checker, each to be lifted by the rewrite of its stage
# (extraction is being restructured separately; see docs/claims.md, "Still to do").
_LAZY_IMPORTS_ALLOWED = {"crimestats.claims.extract._extract_rank"}


def test_claims_make_no_function_level_imports() -> None:
    """Imports in the claim checker sit at module level, where the cycle test sees them as the
    module's own edges; a function-level import is how a cycle used to be dodged."""
    bad = []
    for name, path in _modules().items():
        if name.startswith("crimestats.claims") and name not in _LAZY_IMPORTS_ALLOWED:
            bad += [f"{name}: {hit}" for hit in _function_imports(path)]
    assert not bad, "function-level imports:\n" + "\n".join(bad)


def test_judges_read_frames_not_text() -> None:
    """``judge`` is a function of (frame, resolved, store): no judge module parses text with ``re``,
    reads a claim's clause or tests the figure as written (``claimed_text`` only words an explanation);
    only ``_outcome`` reads the extracted claim a frame came from (to report it)."""
    bad = []
    for path in sorted((SRC / PACKAGE / "claims" / "judge").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "re" for a in node.names):
                bad.append(f"{path.name}:{node.lineno} imports re")
            elif isinstance(node, ast.Attribute) and node.attr in ("clause", "text"):
                bad.append(f"{path.name}:{node.lineno} reads .{node.attr}")
            elif isinstance(node, ast.Attribute) and node.attr == "origin" and path.name != "_outcome.py":
                bad.append(f"{path.name}:{node.lineno} reads the extracted claim (.origin)")
            elif isinstance(node, ast.Compare) and any(isinstance(n, ast.Attribute) and n.attr == "claimed_text"
                                                       for n in ast.walk(node)):
                bad.append(f"{path.name}:{node.lineno} tests the figure as written (claimed_text)")
    assert not bad, "judge modules that read text:\n" + "\n".join(bad)
