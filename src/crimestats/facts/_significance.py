"""Exact tests for two counts, and a trend test for a series.

Counts of crimes in two periods are treated as Poisson.  Conditional on their sum, the current
count is binomial with p = r / (1 + r), r the ratio of exposures (1 for two equal periods, or the
population ratio).  That gives an exact p-value (scipy's ``binomtest``) and an exact (Clopper-Pearson)
95% interval for the rate ratio.  A change between two periods of a real series is tested with
:func:`crimestats._change_test.change_test`, which allows for the series' overdispersion and falls
back to this test only where that is right.  Trends are in :mod:`crimestats._trend`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from .._errors import InputError
from ._trend import Trend, trend_test

__all__ = ["PoissonChange", "Trend", "poisson_change", "trend_test"]


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

