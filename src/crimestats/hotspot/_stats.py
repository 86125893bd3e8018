"""The statistics behind hotspots: Getis-Ord Gi*, multiple-testing adjustment, concentration.

Gi* is computed here with sparse matrices (so a 100,000-cell grid takes well under a second);
the formula is the one PySAL's ``esda.G_Local(y, w, transform='B', star=True)`` uses, and the tests
compare the two on the same weights.  With binary weights that include each place itself,

    G*_i = sum_j w_ij x_j / sum_j x_j,   E[G*_i] = W_i / n,
    Var[G*_i] = W_i (n - W_i) / (n - 1) / n^2 * s^2 / xbar^2,

where W_i is the number of places in i's neighbourhood (itself included), xbar and s^2 the mean
and variance of the counts over all n places.  z = (G* - E) / sqrt(Var), p two-sided normal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy import stats

from .._errors import InputError

__all__ = ["GiStar", "gi_star", "adjust_pvalues", "ADJUST_METHODS", "concentration_shares",
           "top_share_places", "spearman", "top_overlap"]

ADJUST_METHODS = {
    "holm": "Holm step-down (controls the family-wise error rate)",
    "fdr_bh": "Benjamini-Hochberg (controls the false discovery rate)",
    "none": "no adjustment for multiple testing",
}


@dataclass(frozen=True)
class GiStar:
    """Gi* for every place: the statistic, its z-score and two-sided normal p-value."""

    g: np.ndarray
    z: np.ndarray
    p: np.ndarray
    neighbours: np.ndarray      # places in each neighbourhood, the place itself included


def with_self(w: sp.spmatrix) -> sp.csr_matrix:
    """Binary weights with the diagonal set to 1 (the 'star' in Gi*)."""
    m = sp.csr_matrix(w, dtype=float, copy=True)
    m.data[:] = 1.0
    m = m - sp.diags(m.diagonal()) + sp.eye(m.shape[0], format="csr")
    m.eliminate_zeros()
    return sp.csr_matrix(m)


def gi_star(y: np.ndarray, w: sp.spmatrix) -> GiStar:
    """Getis-Ord Gi* of counts ``y`` on binary weights ``w`` (self-weight added if missing)."""
    y = np.asarray(y, dtype=float)
    n = y.shape[0]
    if n < 2:
        raise InputError(f"Gi* needs at least two places; got {n}")
    wb = with_self(w)
    if wb.shape != (n, n):
        raise InputError(f"weights are {wb.shape[0]}x{wb.shape[1]} but there are {n} places")
    total = y.sum()
    mean = total / n
    var = (y ** 2).sum() / n - mean ** 2
    if total <= 0 or var <= 0:
        raise InputError("Gi* is undefined when every place has the same count "
                         f"(all {mean:g}); there is no spatial pattern to test")
    card = np.asarray(wb.sum(axis=1)).ravel()
    g = (wb @ y) / total
    expected = card / n
    variance = card * (n - card) / (n - 1) / n ** 2 * var / mean ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (g - expected) / np.sqrt(variance)
    z = np.where(variance > 0, z, 0.0)   # a neighbourhood of every place carries no information
    p = 2.0 * stats.norm.sf(np.abs(z))
    return GiStar(g=g, z=z, p=p, neighbours=card.astype(int))


def adjust_pvalues(p: np.ndarray, method: str) -> np.ndarray:
    """p-values adjusted for testing every place at once: 'holm', 'fdr_bh' or 'none'."""
    p = np.asarray(p, dtype=float)
    m = p.shape[0]
    if method == "none" or m == 0:
        return p.copy()
    order = np.argsort(p, kind="mergesort")
    ps = p[order]
    if method == "holm":
        adj = np.maximum.accumulate((m - np.arange(m)) * ps)
    elif method == "fdr_bh":
        return np.asarray(stats.false_discovery_control(p, method="bh"), dtype=float)
    else:
        raise InputError(f"adjust={method!r}: choose one of {', '.join(ADJUST_METHODS)}")
    out = np.empty(m)
    out[order] = np.minimum(adj, 1.0)
    return out


def top_share_places(n: int, pct: float) -> int:
    """How many places make the top ``pct`` per cent (at least one)."""
    return max(1, math.ceil(n * pct / 100.0))


def concentration_shares(counts: np.ndarray, pcts: tuple[float, ...] = (1, 5, 10)) -> dict[float, tuple[int, float]]:
    """Share of all crime in the top ``pct`` % of places: {pct: (places, share 0..1)}."""
    c = np.sort(np.asarray(counts, dtype=float))[::-1]
    total = c.sum()
    out = {}
    for pct in pcts:
        k = top_share_places(len(c), pct)
        out[pct] = (k, float(c[:k].sum() / total) if total > 0 else float("nan"))
    return out


def top_overlap(a: np.ndarray, b: np.ndarray, pct: float = 10) -> float:
    """Share of the top ``pct`` % places in ``b`` that were also top ``pct`` % in ``a``.

    Ties at the cut-off are broken by position so both sets have the same size.
    """
    k = top_share_places(len(a), pct)
    ta = set(np.argsort(-np.asarray(a), kind="mergesort")[:k].tolist())
    tb = set(np.argsort(-np.asarray(b), kind="mergesort")[:k].tolist())
    return len(ta & tb) / k


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman rank correlation of two count vectors over the same places."""
    r = stats.spearmanr(a, b)
    return float(r.statistic if hasattr(r, "statistic") else r[0])
