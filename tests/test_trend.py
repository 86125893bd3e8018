"""Trend: Mann-Kendall with the Hamed-Rao correction, checked against pymannkendall on series read
from the raw homicide file with csv (and on synthetic autocorrelated series)."""

from __future__ import annotations

import csv
from collections import Counter

import numpy as np
import pytest

from conftest import need
from crimestats.facts._trend import mann_kendall, trend_test

mk = pytest.importorskip("pymannkendall")


def _victims() -> dict[int, int]:
    with need("met-homicide-victims/homicides.csv").open(newline="", encoding="utf-8-sig") as fh:
        return dict(Counter(int(r["Year"]) for r in csv.DictReader(fh)))


def _check(values: list[float]) -> None:
    ours = mann_kendall(values)
    ref = mk.hamed_rao_modification_test(np.asarray(values, dtype=float))
    plain = mk.original_test(np.asarray(values, dtype=float))
    assert ours.s == ref.s
    assert ours.var_s == pytest.approx(ref.var_s, rel=1e-12)
    assert ours.z == pytest.approx(ref.z, rel=1e-12, abs=1e-15)
    assert ours.p_value == pytest.approx(ref.p, rel=1e-10)
    assert ours.p_plain == pytest.approx(plain.p, rel=1e-10)
    assert ours.slope == pytest.approx(ref.slope, rel=1e-12)
    assert ours.tau == pytest.approx(ref.Tau, rel=1e-12)


@pytest.mark.parametrize("seed", range(6))
def test_hamed_rao_matches_pymannkendall_on_autocorrelated_series(seed):
    rng = np.random.default_rng(seed)
    n = 12 + 3 * seed
    e = np.zeros(n)
    for t in range(1, n):
        e[t] = 0.7 * e[t - 1] + rng.normal()
    y = np.round(50 + 0.4 * np.arange(n) + 5 * e)     # rounded: ties, as in counts
    _check(list(y))


def test_homicide_victims_2003_2022_the_last_decade_is_reported():
    v = _victims()
    years = list(range(2003, 2023))
    vals = [float(v[y]) for y in years]
    _check(vals)
    _check(vals[-10:])
    t = trend_test(values=vals, labels=[str(y) for y in years], step="year")
    ref = mk.hamed_rao_modification_test(np.asarray(vals))
    plain = mk.original_test(np.asarray(vals))
    assert t.p_value == pytest.approx(ref.p, rel=1e-10)
    assert t.p_uncorrected == pytest.approx(plain.p, rel=1e-10)
    # autocorrelation makes the plain test overconfident here
    assert t.p_value > t.p_uncorrected
    recent = mk.hamed_rao_modification_test(np.asarray(vals[-10:]))
    full_sig, recent_sig = ref.p < 0.05, recent.p < 0.05
    differ = full_sig != recent_sig or np.sign(ref.slope) != np.sign(recent.slope)
    assert (t.recent is not None) == differ
    if t.recent is not None:
        assert t.recent.p_value == pytest.approx(recent.p, rel=1e-10)
        assert t.recent.slope == pytest.approx(recent.slope, rel=1e-12)
        assert "over the last 10 years" in t.sentence and "2013 to 2022" in t.sentence
    assert "corrected for autocorrelation" in t.sentence


def test_short_and_flat_series():
    assert trend_test(values=[1, 2]).p_value is None
    assert "too few points" in trend_test(values=[1, 2, 3]).sentence.lower()
    flat = trend_test(values=[5, 5, 5, 5, 5])
    assert flat.direction == "no clear trend" and "flat" in flat.sentence
    up = trend_test(values=list(range(20)), labels=[str(y) for y in range(2000, 2020)], step="year")
    assert up.direction == "rising" and up.recent is None and up.slope == pytest.approx(1.0)
