"""Is a series rising or falling?  Mann-Kendall with the Hamed-Rao correction for autocorrelation.

Mann-Kendall asks whether later values tend to be larger (or smaller) than earlier ones, without
assuming a straight line.  Its usual variance assumes the years are independent; crime series
are not (a high year tends to follow a high year), which makes the plain test call too many
trends.  Hamed & Rao (1998) inflate the variance by ``n/n*`` computed from the significant
autocorrelations of the ranks of the detrended series (detrended with the Theil-Sen slope).

Over a long series the direction can change (homicide falling to 2014 and flat since), so the
last ``RECENT`` periods are tested too and reported beside the full series when the two differ in
sign or in significance.  The computation follows pymannkendall's
``hamed_rao_modification_test`` step for step; the tests check it against that package.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import numpy as np

__all__ = ["RECENT", "MannKendall", "Trend", "mann_kendall", "trend_test"]

RECENT = 10          # periods in the 'last ten years' comparison
MIN_POINTS = 4


@dataclass(frozen=True)
class MannKendall:
    s: float
    var_s: float               # corrected for autocorrelation
    var_s_plain: float         # assuming independent periods
    n_ns: float                # variance inflation n/n* (1 = no autocorrelation found)
    z: float
    p_value: float             # Hamed-Rao corrected, two-sided
    p_plain: float             # uncorrected, two-sided
    tau: float
    slope: float               # Theil-Sen, units per period
    lag1: float                # lag-1 autocorrelation of the detrended ranks


def _z(s: float, var: float) -> float:
    if s == 0 or var <= 0:
        return 0.0
    return (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var)


def mann_kendall(values: list[float], *, alpha: float = 0.05) -> MannKendall:
    """Mann-Kendall S, its tie-corrected variance, the Hamed-Rao correction and the Theil-Sen slope."""
    from scipy import stats

    x = np.asarray(values, dtype=float)
    n = len(x)
    i, j = np.triu_indices(n, k=1)
    s = float(np.sign(x[j] - x[i]).sum())
    _, ties = np.unique(x, return_counts=True)
    var_plain = (n * (n - 1) * (2 * n + 5) - float((ties * (ties - 1) * (2 * ties + 5)).sum())) / 18
    slope = float(np.median((x[j] - x[i]) / (j - i)))
    ranks = stats.rankdata(x - np.arange(1, n + 1) * slope)
    y = ranks - ranks.mean()
    acov = np.correlate(y, y, "full")[n - 1:] / n
    acf = acov / acov[0] if acov[0] > 0 else np.zeros(n)
    bound = float(stats.norm.ppf(1 - alpha / 2)) / math.sqrt(n)
    lags = np.arange(1, n)
    keep = np.abs(acf[1:]) > bound
    k = lags[keep]
    sni = float(((n - k) * (n - k - 1) * (n - k - 2) * acf[1:][keep]).sum())
    n_ns = 1 + 2 / (n * (n - 1) * (n - 2)) * sni
    var = var_plain * n_ns
    z = _z(s, var)
    z_plain = _z(s, var_plain)
    return MannKendall(s=s, var_s=var, var_s_plain=var_plain, n_ns=n_ns, z=z,
                       p_value=float(2 * stats.norm.sf(abs(z))), p_plain=float(2 * stats.norm.sf(abs(z_plain))),
                       tau=s / (0.5 * n * (n - 1)), slope=slope, lag1=float(acf[1]) if n > 1 else 0.0)


@dataclass(frozen=True)
class Trend:
    direction: str        # 'rising' | 'falling' | 'no clear trend'
    p_value: float | None
    tau: float | None
    slope: float | None   # Theil-Sen slope, units per period
    n: int
    method: str
    sentence: str
    p_uncorrected: float | None = None
    variance_inflation: float | None = None   # Hamed-Rao n/n*
    lag1: float | None = None
    start: str | None = None
    end: str | None = None
    recent: Trend | None = None             # the last RECENT periods, when they tell another story

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


METHOD = ("Mann-Kendall with the Hamed-Rao correction for autocorrelation, Theil-Sen slope")


def _fmt_p(p: float) -> str:
    from ._change_words import fmt_p

    return fmt_p(p)


def _one(vals: list[float], labels: list[str] | None, alpha: float) -> Trend:
    n = len(vals)
    start, end = (labels[0], labels[-1]) if labels and len(labels) == n and n else (None, None)
    if n < MIN_POINTS:
        return Trend("no clear trend", None, None, None, n, METHOD, "", start=start, end=end)
    if len(set(vals)) == 1:
        return Trend("no clear trend", None, None, 0.0, n, METHOD, "", start=start, end=end)
    mk = mann_kendall(vals, alpha=alpha)
    direction = ("rising" if mk.z > 0 else "falling") if mk.p_value < alpha else "no clear trend"
    return Trend(direction, mk.p_value, mk.tau, mk.slope, n, METHOD, "", mk.p_plain, mk.n_ns, mk.lag1,
                 start, end)


def _words(t: Trend, step: str, *, lead: bool) -> str:
    span = f" from {t.start} to {t.end}" if t.start else ""
    if t.p_value is None:
        if t.n < MIN_POINTS:
            return f"too few points ({t.n}) to test for a trend{span}; at least {MIN_POINTS} are needed"
        return f"the series is flat{span}"
    how = "Mann-Kendall, corrected for autocorrelation" if lead else "Mann-Kendall"
    slope = f"about {abs(t.slope or 0):,.1f} a {step}"
    if t.direction != "no clear trend":
        return f"a {t.direction} trend{span} ({_fmt_p(t.p_value)}, {how}), {slope}"
    sign = "+" if (t.slope or 0) > 0 else "-" if (t.slope or 0) < 0 else ""
    return (f"no clear trend{span} ({_fmt_p(t.p_value)}, {how}; Theil-Sen slope "
            f"{sign}{abs(t.slope or 0):,.1f} a {step})")


def trend_test(*, values: list[float], labels: list[str] | None = None, alpha: float = 0.05,
               step: str = "period") -> Trend:
    """Trend of an ordered series (Hamed-Rao Mann-Kendall, Theil-Sen slope); the last ten periods
    are added as ``recent`` when they differ from the whole series in sign or significance."""
    from dataclasses import replace

    vals = [float(v) for v in values]
    full = _one(vals, labels, alpha)
    recent = None
    if len(vals) > RECENT and full.p_value is not None:
        r = _one(vals[-RECENT:], labels[-RECENT:] if labels and len(labels) == len(vals) else None, alpha)
        sig_full, sig_r = full.direction != "no clear trend", r.direction != "no clear trend"
        if r.p_value is not None and (sig_full != sig_r or np.sign(full.slope or 0) != np.sign(r.slope or 0)):
            recent = replace(r, sentence=_words(r, step, lead=False))
    text = _words(full, step, lead=True)
    if recent is not None:
        text += f"; over the last {RECENT} {step}s, {recent.sentence}"
    return replace(full, sentence=text[:1].upper() + text[1:] + ".", recent=recent)
