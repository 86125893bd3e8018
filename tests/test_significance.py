"""The change test allows for overdispersion: every figure checked against statsmodels on counts
read from the raw files with pyarrow (never crimestats against itself), plus the shared wording."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import numpy as np
import pytest

from conftest import need
from crimestats import change
from crimestats.facts._change_test import change_test
from crimestats.facts._change_words import change_words
from crimestats.facts._dispersion import Dispersion, panel_dispersion, series_dispersion

pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning", "ignore::UserWarning")

HIST = "met-london-datastore-parquet/recorded-crime-borough-historical.parquet"


def _sm():
    return pytest.importorskip("statsmodels.api")


def _years(major: str, minor: str | None = None, borough: str | None = None) -> Counter:
    import pyarrow.parquet as pq

    out: Counter = Counter()
    for r in pq.read_table(need(HIST)).to_pylist():
        if r["majortext"].upper() != major or (minor and r["minortext"].upper() != minor):
            continue
        if borough and r["boroughname"] != borough:
            continue
        for k, v in r.items():
            if k.isdigit() and v is not None:
                out[int(k[:4])] += int(v)
    return out


def _sm_dispersion(counts: list[float], years: list[int]) -> float:
    sm = _sm()
    t = np.asarray(years, dtype=float)
    x = sm.add_constant(t - t.mean())
    fit = sm.GLM(np.asarray(counts, dtype=float), x, family=sm.families.Poisson()).fit(scale="X2", tol=1e-14)
    return float(fit.scale)


def _sm_two_counts(a: int, b: int, phi: float, exposure: float = 1.0):
    """statsmodels' Wald test of 'no change' for two counts with the scale fixed at phi."""
    sm = _sm()
    x = np.array([[1.0, 0.0], [1.0, 1.0]])
    res = sm.GLM(np.array([b, a], dtype=float), x, family=sm.families.Poisson(),
                 offset=np.array([0.0, np.log(exposure)])).fit(scale=phi, tol=1e-14)
    lo, hi = np.exp(res.conf_int()[1])
    return float(res.pvalues[1]), float(np.exp(res.params[1])), float(lo), float(hi)


def test_series_and_panel_dispersion_match_statsmodels():
    sm = _sm()
    rng = np.random.default_rng(7)
    years = list(range(2011, 2023))
    y = rng.negative_binomial(5, 0.01, size=len(years)).astype(float)
    phi, df = series_dispersion(list(y), years)
    assert df == len(years) - 2
    assert phi == pytest.approx(_sm_dispersion(list(y), years), rel=1e-8)

    table = rng.negative_binomial(8, 0.05, size=(6, 5)).astype(float)
    t = np.arange(5, dtype=float) - 2.0
    rows, yy = [], []
    for i in range(6):
        for j in range(5):
            rows.append([1.0] + [float(i == k) for k in range(1, 6)] + [float(j == k) for k in range(1, 5)]
                        + [t[j] * float(i == k) for k in range(1, 6)])
            yy.append(table[i, j])
    ref = sm.GLM(np.array(yy), np.array(rows), family=sm.families.Poisson()).fit(scale="X2")
    phi, df = panel_dispersion(table, list(range(2018, 2023)), trends=True)
    assert (phi, df) == (pytest.approx(ref.scale, rel=1e-8), int(ref.df_resid))
    # main effects only: the closed-form independence fit, i.e. the chi-squared statistic / df
    from scipy.stats import chi2_contingency

    stat, _, dof, _ = chi2_contingency(table, correction=False)
    phi, df = panel_dispersion(table, list(range(2018, 2023)), trends=False)
    assert (phi, df) == (pytest.approx(stat / dof, rel=1e-8), dof)


@pytest.mark.parametrize("a,b,phi,exposure", [(798, 686, 37.8, 1.0), (112, 135, 1.24, 1.0),
                                               (40, 25, 3.0, 31 / 28)])
def test_quasi_poisson_change_matches_statsmodels(a, b, phi, exposure):
    t = change_test(current=a, previous=b, exposure_ratio=exposure,
                    dispersion=Dispersion(phi, "own_series", 8, [str(y) for y in range(2013, 2023)], 1))
    p, rr, lo, hi = _sm_two_counts(a, b, phi, exposure)
    assert t.method == "quasi_poisson_wald"
    assert (t.p_value, t.rate_ratio, t.ci_low, t.ci_high) == (
        pytest.approx(p, rel=1e-9), pytest.approx(rr, rel=1e-12), pytest.approx(lo, rel=1e-9),
        pytest.approx(hi, rel=1e-9))


def test_zero_count_and_underdispersed_series():
    from scipy import stats

    t = change_test(current=0, previous=9, dispersion=Dispersion(2.0, "own_series", 6, ["2015", "2022"], 1))
    # deviance of 'one common rate' for (0, 9) is 2 * 9 * log(9 / 4.5); scaled by phi = 2
    assert t.method == "quasi_poisson_lr"
    assert t.p_value == pytest.approx(stats.chi2.sf(2 * 9 * np.log(2) / 2.0, 1), rel=1e-12)
    t = change_test(current=30, previous=20, dispersion=Dispersion(0.8, "own_series", 6, ["2015", "2022"], 1))
    assert t.method == "exact_poisson"
    assert t.p_value == pytest.approx(stats.binomtest(30, 50, 0.5).pvalue, rel=1e-12)
    assert "varies no more than Poisson counts" in t.sentence


def test_redbridge_robbery_2023_is_within_its_usual_variation(real_store):
    raw = _years("ROBBERY", borough="Redbridge")
    ch = change(real_store, measure="robbery", area="Redbridge", period="2023")
    assert (ch.now.value, ch.then.value) == (raw[2023], raw[2022])
    sig = ch.significance
    years = list(range(2013, 2023))
    phi = _sm_dispersion([raw[y] for y in years], years)
    assert sig.dispersion.basis == "own_series" and sig.dispersion.periods == [str(y) for y in years]
    assert sig.dispersion.value == pytest.approx(phi, rel=1e-8)
    p, _rr, lo, hi = _sm_two_counts(raw[2023], raw[2022], phi)
    assert sig.p_value == pytest.approx(p, rel=1e-8)
    assert (sig.ci_low, sig.ci_high) == (pytest.approx(lo, rel=1e-8), pytest.approx(hi, rel=1e-8))
    assert not sig.significant and p > 0.05
    words = change_words(sig)
    assert words.startswith("a 16% rise; changes this size are common for robbery in Redbridge "
                            "from one year to the next (p = 0.")


def test_london_homicide_2022_stays_not_significant(real_store):
    raw = _years("VIOLENCE AGAINST THE PERSON", "HOMICIDE")
    ch = change(real_store, measure="homicide", area="London", period="2022")
    if (ch.now.value, ch.then.value) != (raw[2022], raw[2021]):
        pytest.skip("the latest vintage for 2021/2022 is not the historical parquet")
    years = list(range(2012, 2022))
    phi = _sm_dispersion([raw[y] for y in years], years)
    sig = ch.significance
    assert sig.dispersion.value == pytest.approx(phi, rel=1e-8)
    p = _sm_two_counts(raw[2022], raw[2021], phi)[0] if phi > 1 else None
    if p is None:
        from scipy import stats

        p = stats.binomtest(raw[2022], raw[2022] + raw[2021], 0.5).pvalue
    assert sig.p_value == pytest.approx(p, rel=1e-8)
    assert 0.1 < sig.p_value < 0.5 and not sig.significant


def test_too_little_history_says_so(real_store):
    """Knife crime from the monthly dashboard starts in 2022-03: 2023 is its only earlier whole
    year, so 2024 is tested as Poisson and the words say that may call too much significant."""
    ch = change(real_store, measure="knife_crime", area="London", period="2024")
    sig = ch.significance
    assert sig.method == "exact_poisson" and sig.dispersion.basis == "none"
    assert sig.dispersion.reason == "history_too_short"
    assert "too little history" in sig.sentence


def test_no_frequency_wording_anywhere(real_store):
    from crimestats.facts._headline import headline

    h = headline(real_store, measure="robbery", area="Redbridge", year=2023)
    assert "changes this size are common for robbery in Redbridge" in h.text
    for text in (h.text, h.explain(), change(real_store, measure="homicide", area="London", period="2022")
                 .significance.sentence):
        assert not re.search(r"one (year|time) in|by chance|unlikely to be chance", text), text


def test_short_own_series_uses_the_borough_panel(real_store):
    """Knife crime from the monthly dashboard starts in 2022-03, so August 2022 in Redbridge has
    only five earlier months: the dispersion comes from the 32 boroughs over those months, fitted
    here with statsmodels (borough, month and a trend per borough) on the raw parquet."""
    import pyarrow.parquet as pq

    sm = _sm()
    rows = pq.read_table(need("met-london-datastore-parquet/monthly-crime-dashboard.parquet")).to_pylist()
    raw: Counter = Counter()
    for r in rows:
        if r["area_type"] == "Borough" and r["crime_subtype"] == "Knife Crime" and r["measure"] == "Offences":
            raw[(r["borough_snt"], r["month_year"].date())] += r["count"]
    months = [date(2022, m, 1) for m in range(3, 8)]
    ch = change(real_store, measure="knife_crime", area="Redbridge", period="2022-08")
    assert (ch.now.value, ch.then.value) == (raw[("Redbridge", date(2022, 8, 1))], raw[("Redbridge", months[-1])])
    d = ch.significance.dispersion
    assert d.basis == "boroughs" and d.periods[0] == "March 2022" and len(d.periods) == 5
    from crimestats.reference._areas import london_boroughs

    names = [b.name for b in london_boroughs() if b.code != "E09000001"]
    table = np.array([[raw[(b, m)] for m in months] for b in names], dtype=float)
    assert d.places == len(names) == 32
    t = np.arange(5, dtype=float) - 2.0
    x, y = [], []
    for i in range(32):
        for j in range(5):
            x.append([1.0] + [float(i == k) for k in range(1, 32)] + [float(j == k) for k in range(1, 5)]
                     + [t[j] * float(i == k) for k in range(1, 32)])
            y.append(table[i, j])
    ref = sm.GLM(np.array(y), np.array(x), family=sm.families.Poisson()).fit(scale="X2", tol=1e-14)
    assert d.value == pytest.approx(ref.scale, rel=1e-7) and d.df == int(ref.df_resid)
    assert "as the 32 boroughs show over March 2022-July 2022" in ch.significance.sentence
