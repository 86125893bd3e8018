"""Conditional permutation inference for Getis-Ord Gi* (vectorised numpy, seedable).

Crime counts of small places are very skewed (many zeros, a few large counts), so the normal
approximation to Gi* is poor: a place with a few offences is called hot because it borders one
with many, and an all-zero neighbourhood can never be called cold.  Conditional permutation
(Anselin 1995; Getis & Ord 1992) asks instead: holding this place's own count fixed, how often
would its neighbours' total be as large (or as small) if the other places' counts were shuffled at
random?  This is what PySAL's ``esda.G_Local(star=True, permutations=...)`` does; the tests compare
the two on the same weights.

All places share one draw of ``permutations`` x ``k_max`` random indices into the other ``n - 1``
places (the PySAL trick), so the work is a few vectorised gathers and sums per group of places
with the same number of neighbours.  The p-value is two-sided: twice the smaller tail, each tail
counting ties, ``(count + 1) / (permutations + 1)`` (Davison & Hinkley 1997).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from .._errors import InputError

__all__ = ["DEFAULT_PERMUTATIONS", "DEFAULT_REFINE", "DEFAULT_SEED", "PermutationGi", "gi_star_permutation"]

DEFAULT_PERMUTATIONS = 9_999
DEFAULT_SEED = 12345
DEFAULT_REFINE = 99_999  # permutations for places at the p-value floor of the first pass
_CHUNK = 4_000_000      # random draws held at once (memory: ~8 bytes each, a few arrays)


@dataclass(frozen=True)
class PermutationGi:
    p: np.ndarray            # two-sided pseudo p-value per place
    p_upper: np.ndarray      # share of permutations at or above the observed neighbourhood total
    p_lower: np.ndarray      # ... at or below
    hot_side: np.ndarray     # True where the upper tail is the smaller one
    permutations: int
    seed: int | None
    refined: np.ndarray      # permutations used per place (more for places at the first floor)


def _draws(rng: np.random.Generator, n_other: int, k: int, permutations: int) -> np.ndarray:
    """``permutations`` rows of ``k`` distinct indices in [0, n_other)."""
    if k == 0:
        return np.zeros((permutations, 0), dtype=np.int64)
    if 2 * k > n_other:   # dense: rank random keys (cheap because n_other is small here)
        return np.argsort(rng.random((permutations, n_other)), axis=1)[:, :k]
    r = rng.integers(0, n_other, size=(permutations, k))
    while True:
        s = np.sort(r, axis=1)
        bad = np.flatnonzero((s[:, 1:] == s[:, :-1]).any(axis=1))
        if bad.size == 0:
            return r
        r[bad] = rng.integers(0, n_other, size=(bad.size, k))


def _tails(y: np.ndarray, card: np.ndarray, observed: np.ndarray, places: np.ndarray,
           rng: np.random.Generator, permutations: int) -> tuple[np.ndarray, np.ndarray]:
    """For ``places``: how many permutations give a neighbours' total at or above / at or below
    the observed one (islands: all of them)."""
    n = y.shape[0]
    k_max = int(card[places].max(initial=0))
    # one row per neighbour slot (contiguous), int32: the same values in half the memory
    draws = np.ascontiguousarray(_draws(rng, n - 1, k_max, permutations).T.astype(np.int32))
    # whole counts whose total fits a float32 mantissa add up exactly in float32 (half the memory)
    exact32 = bool(np.all(y == np.round(y))) and float(np.abs(y).sum()) < 2 ** 24
    yy = y.astype(np.float32) if exact32 else y
    y0 = yy[draws]                                  # value at index j of 'the others' when j < i
    y1 = yy[np.minimum(draws + 1, n - 1)]           # ... when j >= i (place i skipped)
    upper = np.full(places.size, permutations, dtype=np.int64)
    lower = np.full(places.size, permutations, dtype=np.int64)
    pc = card[places]
    for k in np.unique(pc):
        if k == 0:
            continue
        pos = np.flatnonzero(pc == k)
        d, a, b = draws[:k], y0[:k], y1[:k]
        step = max(1, _CHUNK // permutations)
        for s in range(0, pos.size, step):
            at = pos[s:s + step]
            idx = places[at]
            sums = np.zeros((idx.size, permutations), dtype=a.dtype)
            col = idx[:, None].astype(np.int32)
            for j in range(int(k)):          # one neighbour slot at a time: 2-D, cache-friendly
                sums += np.where(d[j] >= col, b[j], a[j])
            obs = observed[idx][:, None].astype(yy.dtype)
            upper[at] = (sums >= obs).sum(axis=1)
            lower[at] = (sums <= obs).sum(axis=1)
    return upper, lower


def gi_star_permutation(y: np.ndarray, w: sp.spmatrix, *, permutations: int = DEFAULT_PERMUTATIONS,
                        seed: int | None = DEFAULT_SEED, refine: int = DEFAULT_REFINE) -> PermutationGi:
    """Conditional-permutation p-values of Gi* for counts ``y`` on binary weights ``w``.

    The diagonal of ``w`` is ignored (the place itself is always in its Gi* neighbourhood and
    held fixed); the same ``seed`` gives identical results.  Places that no permutation matched
    are tested again with ``refine`` permutations (0: never), so that the floor of the p-value
    does not decide how many places survive the multiple-testing adjustment.
    """
    if permutations < 1:
        raise InputError(f"permutations={permutations}: give at least 1 (9,999 is the default)")
    y = np.asarray(y, dtype=float)
    n = y.shape[0]
    m = sp.csr_matrix(w, dtype=float, copy=True)
    m.setdiag(0)
    m.eliminate_zeros()
    m.data[:] = 1.0
    if m.shape != (n, n):
        raise InputError(f"weights are {m.shape[0]}x{m.shape[1]} but there are {n} places")
    card = np.diff(m.indptr)
    observed = m @ y                       # neighbours' total, the place itself left out
    rng = np.random.default_rng(seed)
    upper, lower = _tails(y, card, observed, np.arange(n), rng, permutations)
    perms = np.full(n, permutations, dtype=np.int64)
    # Places no permutation matched sit at the floor 1 / (permutations + 1), which with many places
    # can be too coarse for the adjustment to tell them apart: test those again with more.
    floor = np.flatnonzero((np.minimum(upper, lower) == 0) & (card > 0))
    if refine > permutations and floor.size:
        upper[floor], lower[floor] = _tails(y, card, observed, floor, rng, refine)
        perms[floor] = refine
    p_up = (upper + 1) / (perms + 1)
    p_lo = (lower + 1) / (perms + 1)
    p = np.minimum(1.0, 2 * np.minimum(p_up, p_lo))
    return PermutationGi(p=p, p_upper=p_up, p_lower=p_lo, hot_side=p_up < p_lo,
                         permutations=permutations, seed=seed, refined=perms)
