"""Is a change between two periods beyond the series' usual period-to-period variation?

The question is not whether the counts are a lucky sample (police-recorded crime is a full count)
but whether this change is larger than the changes the series usually shows.  The usual variation
is the Poisson variance times the dispersion estimated from the series' own history
(:mod:`crimestats._dispersion`):

* dispersion above 1: quasi-Poisson test.  Both counts above zero: Wald test on the log rate ratio,
  ``se = sqrt(phi (1/a + 1/b))``, with the interval ``exp(log rr +- z se)`` (what statsmodels
  ``GLM(Poisson).fit(scale=phi)`` gives for the two counts).  A zero count: the quasi-likelihood
  ratio test (the Poisson deviance of 'no change' divided by phi, chi-squared with 1 df); no interval.
* dispersion not above 1, or too little history to estimate it: the exact conditional test of two
  Poisson counts (:func:`crimestats._significance.poisson_change`), and the result says which.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import Any

from .._errors import InputError
from ._dispersion import NOT_ESTIMATED, Dispersion
from ._significance import poisson_change

__all__ = ["METHODS", "ChangeTest", "change_test"]

METHODS = {
    "quasi_poisson_wald": "quasi-Poisson Wald test on the log rate ratio (dispersion from the history)",
    "quasi_poisson_lr": "quasi-Poisson likelihood-ratio test (a zero count; dispersion from the history)",
    "exact_poisson": "exact conditional binomial test of two Poisson counts (Clopper-Pearson interval)",
    "none": "no test (both counts are zero)",
}


@dataclass(frozen=True)
class ChangeTest:
    """The test of one change, as structured fields; ``sentence`` renders them in words."""

    current: int
    previous: int
    exposure_ratio: float
    rate_ratio: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float
    significant: bool
    alpha: float
    method: str                   # a key of METHODS
    dispersion: Dispersion = field(default_factory=lambda: NOT_ESTIMATED)
    what: str | None = None       # the measure, in words ('personal robbery')
    where: str | None = None      # the area's name
    step: str = "period"          # 'year' | 'month' | 'period': what 'from one ... to the next' says

    @property
    def method_label(self) -> str:
        return METHODS[self.method]

    @property
    def sentence(self) -> str:
        from ._change_words import change_words

        return change_words(self, detail=True)

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["method_label"] = self.method_label
        d["sentence"] = self.sentence
        return d


def change_test(*, current: int, previous: int, exposure_ratio: float = 1.0, alpha: float = 0.05,
                dispersion: Dispersion | None = None, what: str | None = None, where: str | None = None,
                step: str = "period") -> ChangeTest:
    """Test ``current`` against ``previous`` allowing for the ``dispersion`` of their series."""
    from scipy import stats

    disp = dispersion or NOT_ESTIMATED
    base = poisson_change(current=current, previous=previous, exposure_ratio=exposure_ratio, alpha=alpha)
    a, b = int(current), int(previous)
    test = partial(ChangeTest, current=a, previous=b, exposure_ratio=exposure_ratio, alpha=alpha, dispersion=disp,
                   what=what, where=where, step=step)
    if a + b == 0:
        return test(rate_ratio=None, ci_low=None, ci_high=None, p_value=1.0, significant=False,
                    method="none")
    phi = disp.value
    if not (phi > 1 and math.isfinite(phi)):
        return test(rate_ratio=base.rate_ratio, ci_low=base.ci_low, ci_high=base.ci_high,
                    p_value=base.p_value, significant=base.significant, method="exact_poisson")
    if exposure_ratio <= 0:
        raise InputError(f"exposure_ratio={exposure_ratio!r}: must be positive")
    if a > 0 and b > 0:
        log_rr = math.log(a / b) - math.log(exposure_ratio)
        se = math.sqrt(phi * (1 / a + 1 / b))
        p = float(2 * stats.norm.sf(abs(log_rr) / se))
        q = float(stats.norm.ppf(1 - alpha / 2))
        return test(rate_ratio=math.exp(log_rr), ci_low=math.exp(log_rr - q * se),
                    ci_high=math.exp(log_rr + q * se), p_value=p, significant=p < alpha,
                    method="quasi_poisson_wald")
    # one count is zero: deviance of the common-rate model, scaled by phi
    n = a + b
    mu_a = n * exposure_ratio / (1 + exposure_ratio)
    mu_b = n - mu_a
    dev = 2 * sum(y * math.log(y / m) for y, m in ((a, mu_a), (b, mu_b)) if y > 0)
    p = float(stats.chi2.sf(dev / phi, 1))
    rr = (a / b) / exposure_ratio if b > 0 else None
    return test(rate_ratio=rr, ci_low=None, ci_high=None, p_value=p, significant=p < alpha,
                method="quasi_poisson_lr")
