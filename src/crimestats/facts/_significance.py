"""Exact tests for two counts, and a trend test for a series.

Counts of crimes in two periods are treated as Poisson.  Conditional on their sum, the current
count is binomial with p = r / (1 + r), r the ratio of exposures (1 for two equal periods, or the
population ratio).  That gives an exact p-value (scipy's ``binomtest``) and an exact (Clopper-Pearson)
95% interval for the rate ratio.  For a series, the Mann-Kendall test (Kendall's tau against time)
with a Theil-Sen slope: robust to one odd year, and honest about short series.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

from .._errors import InputError

__all__ = ["PoissonChange", "poisson_change", "Trend", "trend_test"]


@dataclass(frozen=True)
class PoissonChange:
    current: int
    previous: int
    rate_ratio: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float
    significant: bool
    sentence: str
    method: str
    alpha: float

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def poisson_change(*, current: int, previous: int, exposure_ratio: float = 1.0,
                   alpha: float = 0.05) -> PoissonChange:
    """Exact test that two Poisson counts share one rate (conditional binomial)."""
    for name, v in (("current", current), ("previous", previous)):
        if v is None or v < 0 or int(v) != v:
            raise InputError(f"{name}={v!r}: counts must be whole numbers of zero or more")
    if exposure_ratio <= 0:
        raise InputError(f"exposure_ratio={exposure_ratio!r}: must be positive")
    from scipy import stats  # imported here: scipy.stats costs ~0.8 s at start-up

    from ._change_words import change_words

    a, b = int(current), int(previous)
    n = a + b
    method = "exact conditional binomial test of two Poisson counts (Clopper-Pearson interval)"
    if n == 0:
        res0 = PoissonChange(a, b, None, None, None, 1.0, False, "", method, alpha)
        return replace(res0, sentence=change_words(res0, detail=True))
    p0 = exposure_ratio / (1 + exposure_ratio)
    res = stats.binomtest(a, n, p0, alternative="two-sided")
    ci = res.proportion_ci(confidence_level=1 - alpha, method="exact")
    rr = (a / b) / exposure_ratio if b > 0 else None

    def to_rr(p: float) -> float | None:
        if p >= 1:
            return None
        return (p / (1 - p)) / exposure_ratio

    lo, hi = to_rr(ci.low), to_rr(ci.high)
    p = float(res.pvalue)
    out = PoissonChange(a, b, rr, lo, hi, p, p < alpha, "", method, alpha)
    return replace(out, sentence=change_words(out, detail=True))


def _fmt_p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}" if p < 0.01 else f"p = {p:.2f}"


@dataclass(frozen=True)
class Trend:
    direction: str        # 'rising' | 'falling' | 'no clear trend'
    p_value: float | None
    tau: float | None
    slope: float | None   # Theil-Sen slope, units per period
    n: int
    method: str
    sentence: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def trend_test(*, values: list[float], labels: list[str] | None = None, alpha: float = 0.05,
               step: str = "period") -> Trend:
    """Mann-Kendall trend test with a Theil-Sen slope over an ordered series."""
    method = "Mann-Kendall (Kendall's tau against time) with Theil-Sen slope"
    vals = [float(v) for v in values]
    n = len(vals)
    span = f" from {labels[0]} to {labels[-1]}" if labels and len(labels) == n and n else ""
    if n < 4:
        return Trend("no clear trend", None, None, None, n, method,
                     f"Too few points ({n}) to test for a trend{span}; at least 4 are needed.")
    from scipy import stats

    x = list(range(n))
    tau, p = stats.kendalltau(x, vals)
    slope = float(stats.theilslopes(vals, x).slope)
    if tau is None or math.isnan(tau):
        return Trend("no clear trend", None, None, slope, n, method, f"The series is flat{span}.")
    p = float(p)
    if p < alpha:
        direction = "rising" if tau > 0 else "falling"
        sentence = (f"A {direction} trend{span} ({_fmt_p(p)}, Mann-Kendall), about "
                    f"{abs(slope):,.1f} a {step}.")
    else:
        direction = "no clear trend"
        sentence = f"No clear trend{span} ({_fmt_p(p)}, Mann-Kendall)."
    return Trend(direction, p, float(tau), slope, n, method, sentence)
