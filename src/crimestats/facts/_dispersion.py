"""How much a count series varies from one period to the next, beyond what Poisson counts would.

Police-recorded crime is a full count, not a sample, but a year's count still moves for reasons
nobody would call a change in the underlying level (a few prolific offenders, an operation, a
recording drive).  Those movements are larger than the Poisson model allows: the ratio of the
observed to the Poisson variance, the *dispersion*, is estimated here the quasi-Poisson way
(McCullagh & Nelder 1989, s. 4.5): fit a log-linear Poisson model to the history and take the
Pearson X2 statistic over its residual degrees of freedom.

* Own series (preferred): the comparable periods before the one being tested (up to
  ``MAX_HISTORY`` of them, the baseline included) of the same area and measure, with a log-linear
  trend, ``log mu_t = a + b t``.  Needs at least ``MIN_OWN`` periods.
* Boroughs (when the own series of a borough, or of London, is too short): every London borough
  over the same periods, with borough and period effects (plus a linear trend per borough when
  there are at least four periods).  For London's total this assumes the boroughs vary
  independently; if they move together, London's dispersion is larger than this estimate.

The fitting is plain iteratively reweighted least squares in numpy; the tests check it against
statsmodels ``GLM(Poisson).fit(scale='X2')`` on the same counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from .._errors import CrimestatsError

__all__ = [
    "MAX_HISTORY",
    "MIN_OWN",
    "NOT_ESTIMATED",
    "Dispersion",
    "estimate_dispersion",
    "panel_dispersion",
    "pearson_dispersion",
    "series_dispersion",
]

MIN_OWN = 6          # own-series periods needed (a trend leaves 4 degrees of freedom)
MIN_PANEL = 3        # periods needed across boroughs
MAX_HISTORY = 10     # most recent comparable periods used


@dataclass(frozen=True)
class Dispersion:
    """A dispersion estimate and where it came from (structured: words are rendered elsewhere).

    ``basis``: 'own_series' | 'boroughs' | 'none' (not estimated).  ``reason`` says why it was not
    estimated ('history_too_short') or is None.
    """

    value: float
    basis: str
    df: int = 0
    periods: list[str] = field(default_factory=list)
    places: int = 0
    model: str = ""
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


NOT_ESTIMATED = Dispersion(1.0, "none", reason="history_too_short")


def _poisson_fit(x: np.ndarray, y: np.ndarray, *, iters: int = 100, tol: float = 1e-10) -> np.ndarray:
    """Fitted means of a log-link Poisson GLM (IRLS); ``x`` must have full column rank."""
    mu = np.maximum(y, 0.5) + 0.0
    eta = np.log(mu)
    beta = np.zeros(x.shape[1])
    for _ in range(iters):
        z = eta + (y - mu) / mu
        xw = x * mu[:, None]
        new = np.linalg.solve(x.T @ xw, xw.T @ z)
        eta = np.clip(x @ new, -30.0, 30.0)    # a cell of zeros drives its mean towards 0, never to it
        mu = np.exp(eta)
        if np.max(np.abs(new - beta)) < tol * (1 + np.max(np.abs(new))):
            break
        beta = new
    return np.asarray(mu, dtype=float)


def pearson_dispersion(x: np.ndarray, y: np.ndarray) -> tuple[float, int]:
    """Pearson X2 / residual df of a Poisson GLM with design ``x`` (a column of ones included)."""
    y = np.asarray(y, dtype=float)
    rank = int(np.linalg.matrix_rank(x))
    df = len(y) - rank
    if df < 1:
        raise CrimestatsError(f"{len(y)} counts and {rank} parameters leave no degrees of freedom")
    mu = _poisson_fit(x, y)
    return float(((y - mu) ** 2 / mu).sum() / df), df


def series_dispersion(counts: list[float], times: list[float]) -> tuple[float, int]:
    """Dispersion of one series around a log-linear trend: (Pearson X2 / df, df)."""
    t = np.asarray(times, dtype=float)
    t = t - t.mean()
    return pearson_dispersion(np.column_stack([np.ones_like(t), t]), np.asarray(counts, dtype=float))


def panel_dispersion(table: np.ndarray, times: list[float], *, trends: bool) -> tuple[float, int]:
    """Dispersion of an areas x periods table with area and period effects (and, if ``trends``,
    a linear trend per area): (Pearson X2 / df, df)."""
    table = np.asarray(table, dtype=float)
    n_a, n_p = table.shape
    t = np.asarray(times, dtype=float)
    t = t - t.mean()
    rows = []
    for i in range(n_a):
        for j in range(n_p):
            r = [1.0] + [float(i == k) for k in range(1, n_a)] + [float(j == k) for k in range(1, n_p)]
            if trends:
                r += [t[j] * float(i == k) for k in range(1, n_a)]
            rows.append(r)
    return pearson_dispersion(np.asarray(rows), table.ravel())


def _time(label_start: Any) -> float:
    return float(label_start.year + (label_start.month - 1) / 12.0)


def estimate_dispersion(*, history: list[Any], area: Any,
                        borough_panel: Callable[[list[Any]], dict[str, dict[str, float]]] | None = None
                        ) -> Dispersion:
    """Dispersion of the series ``history`` (Facts, oldest first, ending with the baseline of the
    change): its own series first; for a borough or London with too short a series, the boroughs'
    panel from ``borough_panel(periods)`` ({borough code: {period label: count}}).
    """
    hist = [f for f in history if f.value is not None][-MAX_HISTORY:]
    if len(hist) >= MIN_OWN and sum(float(f.value) for f in hist) > 0:
        phi, df = series_dispersion([float(f.value) for f in hist], [_time(f.period.start) for f in hist])
        if np.isfinite(phi):
            return Dispersion(phi, "own_series", df, [f.period.label for f in hist], 1, "log-linear trend")
    local = getattr(area, "area_type", None) == "borough" or getattr(area, "code", None) == "metropolitan"
    if not local or borough_panel is None or len(hist) < MIN_PANEL:
        return NOT_ESTIMATED
    periods = [f.period for f in hist]
    table = borough_panel(periods)
    labels = [p.label for p in periods]
    codes = [c for c, row in table.items() if all(lab in row for lab in labels) and sum(row.values()) > 0]
    if len(codes) < 2:
        return NOT_ESTIMATED
    arr = np.array([[table[c][lab] for lab in labels] for c in codes])
    trends = len(periods) >= 4
    phi, df = panel_dispersion(arr, [_time(p.start) for p in periods], trends=trends)
    if not np.isfinite(phi):
        return NOT_ESTIMATED
    return Dispersion(phi, "boroughs", df, labels, len(codes),
                      "borough and period effects" + (", a trend per borough" if trends else ""))
