"""Permutation Gi*: checked against PySAL's esda ``G_Local(star=True, permutations=...)`` on weights
built here from the raw boundary files and counts read from the raw MPS file with csv."""

from __future__ import annotations

import csv
import warnings

import numpy as np
import pytest

from conftest import need

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning",
                                        "ignore::DeprecationWarning")

REDBRIDGE = "E09000026"
ROBBERY = "mps-recorded-crime/lsoa-annual-2011-2021/london-2011-2021-major-robbery.csv"
PERMS = 9_999


def _robbery_2021() -> tuple[dict[str, int], dict[str, str]]:
    with need(ROBBERY).open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {r["LSOA11CD"]: int(float(r["2021"])) for r in rows}, {r["LSOA11CD"]: r["LAD11CD"] for r in rows}


def _queen(codes):
    import geopandas as gpd
    from libpysal.weights import Queen

    g = gpd.read_file(need("boundaries/london-lsoa2011-gen20/london-2011-lsoa-gen20.shp"))
    g = g[g.LSOA11CD.isin(codes)].set_index("LSOA11CD", drop=False).sort_index()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Queen.from_dataframe(g, use_index=True)


def _esda_classes(y, w, adjust: str, seed: int = 1):
    """esda's simulated Gi* values, read with the same two-sided rule and adjustment as crimestats
    (twice the smaller tail, ties counted in both), and esda's own directed p_sim for comparison."""
    import esda
    from scipy.stats import false_discovery_control

    g = esda.G_Local(np.asarray(y, dtype=float), w, transform="B", star=True, permutations=PERMS,
                     seed=seed, keep_simulations=True)
    up = ((g.rGs >= g.Gs[:, None]).sum(1) + 1) / (PERMS + 1)
    lo = ((g.rGs <= g.Gs[:, None]).sum(1) + 1) / (PERMS + 1)
    p = np.minimum(1, 2 * np.minimum(up, lo))

    def adj(pv):
        if adjust == "fdr_bh":
            return false_discovery_control(pv, method="bh")
        order = np.argsort(pv, kind="mergesort")    # Holm, written out
        out = np.empty_like(pv)
        running = 0.0
        for k, i in enumerate(order):
            running = max(running, min(1.0, (len(pv) - k) * pv[i]))
            out[i] = running
        return out

    def classes(pv, hot):
        pa = adj(pv)
        return np.where((pa < 0.05) & hot, "hot", np.where((pa < 0.05) & ~hot, "cold", "not significant"))

    return classes(p, up < lo), classes(g.p_sim, g.Zs > 0), p


def _compare(store, area: str, codes: list[str], counts: dict[str, int]):
    from crimestats.hotspot._hotspots import hotspots

    w = _queen(codes)
    order = list(w.id_order)
    r = hotspots(store, measure="robbery", area=area, period="2021", unit="lsoa")
    by = {p.code: p for p in r.places}
    assert set(by) == set(order)
    assert [by[c].count for c in order] == [counts[c] for c in order]
    ours = np.array([by[c].hotspot_class for c in order])
    two_sided, directed, p_esda = _esda_classes([counts[c] for c in order], w, r.adjust)
    p_ours = np.array([by[c].p_value for c in order])
    return r, ours, two_sided, directed, p_ours, p_esda


def test_redbridge_robbery_2021_classes_agree_with_esda(real_store):
    counts, lad = _robbery_2021()
    codes = sorted(c for c in counts if lad[c] == REDBRIDGE)
    r, ours, two_sided, directed, p_ours, p_esda = _compare(real_store, "Redbridge", codes, counts)
    assert r.adjust == "holm" and r.permutations == PERMS and r.seed is not None
    assert (ours == two_sided).mean() >= 0.95
    assert (ours == directed).mean() >= 0.95
    # Monte Carlo error only: p-values agree closely place by place
    assert np.abs(p_ours - p_esda).mean() < 0.01
    assert 1 <= len(r.hot) <= 8          # far fewer than the 10 the normal approximation gave


def test_london_robbery_2021_classes_agree_with_esda(real_store):
    counts, _ = _robbery_2021()
    r, ours, two_sided, directed, p_ours, p_esda = _compare(real_store, "London", sorted(counts), counts)
    assert r.adjust == "fdr_bh" and len(r.places) == len(counts)
    assert (ours == two_sided).mean() >= 0.95
    assert (ours == directed).mean() >= 0.95
    assert np.abs(p_ours - p_esda).mean() < 0.01


def test_same_seed_same_output_and_cold_spots_can_be_found():
    import scipy.sparse as sp
    from libpysal.weights import lat2W

    from crimestats.hotspot._permutation import gi_star_permutation

    w = lat2W(15, 15, rook=False)
    rng = np.random.default_rng(3)
    y = rng.poisson(4, w.n).astype(float)
    grid = y.reshape(15, 15)
    grid[:4, :4] = 0                 # an all-zero corner: a cold spot
    grid[10:13, 10:13] += 15         # a hot one
    y = grid.ravel()
    a = gi_star_permutation(y, sp.csr_matrix(w.sparse), permutations=999, seed=42)
    b = gi_star_permutation(y, sp.csr_matrix(w.sparse), permutations=999, seed=42)
    c = gi_star_permutation(y, sp.csr_matrix(w.sparse), permutations=999, seed=43)
    assert np.array_equal(a.p, b.p) and not np.array_equal(a.p, c.p)
    corner = [r * 15 + k for r in range(1, 3) for k in range(1, 3)]
    assert (a.p[corner] < 0.01).all() and not a.hot_side[corner].any()


def test_same_seed_same_hotspot_result(real_store):
    from crimestats.hotspot._hotspots import hotspots

    a = hotspots(real_store, measure="robbery", area="Redbridge", period="2021", seed=7, permutations=999)
    b = hotspots(real_store, measure="robbery", area="Redbridge", period="2021", seed=7, permutations=999)
    assert [p.as_dict() for p in a.places] == [p.as_dict() for p in b.places]
    assert "999 conditional permutations (seed 7)" in a.summary()


def test_api_takes_seed_and_permutations(real_store_path, tmp_path):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from crimestats.web import create_app

    q = {"measure": "robbery", "area": "Redbridge", "period": "2021", "permutations": 99, "seed": 5}
    with TestClient(create_app(db=real_store_path, cache_dir=tmp_path / "cache"),
                    raise_server_exceptions=False) as client:
        a = client.get("/api/hotspots", params=q).json()
        b = client.get("/api/hotspots", params={**q, "seed": 6}).json()
        assert a["permutations"] == 99 and a["seed"] == 5 and a["adjust"] == "holm"
        assert [p["p_value"] for p in a["places"]] != [p["p_value"] for p in b["places"]]
        assert client.get("/api/hotspots", params={**q, "permutations": -1}).status_code == 400
