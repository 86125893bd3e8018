"""Periods, significance and places: the engine's small parts, checked against first principles."""

from __future__ import annotations

from datetime import date

import pytest
from scipy import stats

from crimestats import InputError, UnknownAreaError
from crimestats.facts._significance import poisson_change, trend_test
from crimestats.measures._periods import calendar_year, financial_year, parse_period
from crimestats.measures._places import resolve_area

AS_OF = date(2023, 1, 6)


@pytest.mark.parametrize("text,start,end,grain", [
    ("2022", "2022-01", "2022-12", "year"),
    ("in 2022", "2022-01", "2022-12", "year"),
    ("2021/22", "2021-04", "2022-03", "financial_year"),
    ("2021-22", "2021-04", "2022-03", "financial_year"),
    ("FY2021/22", "2021-04", "2022-03", "financial_year"),
    ("the year to March 2023", "2022-04", "2023-03", "financial_year"),
    ("12 months to June 2023", "2022-07", "2023-06", "rolling_12"),
    ("March 2023", "2023-03", "2023-03", "month"),
    ("2022-03", "2022-03", "2022-03", "month"),
    ("Q1 2023", "2023-01", "2023-03", "quarter"),
    ("last year", "2022-01", "2022-12", "year"),
    ("since November", "2022-11", "2022-12", "range"),   # ends at the last complete month (issue 14)
    ("last financial year", "2021-04", "2022-03", "financial_year"),
])
def test_parse_period(text, start, end, grain):
    p = parse_period(text, as_of=AS_OF)
    assert (p.start.isoformat()[:7], p.end.isoformat()[:7], p.grain) == (start, end, grain)


def test_previous_periods():
    assert calendar_year(2022).previous() == calendar_year(2021)
    assert financial_year(2022).previous() == financial_year(2021)
    assert parse_period("March 2023").previous().label == "February 2023"
    assert parse_period("Q1 2023").previous().label == "Q4 2022"
    assert calendar_year(2020).n_months == 12 and len(calendar_year(2020).months()) == 12


@pytest.mark.parametrize("bad", ["someday", "2021/23", "since Smarch", "13/2022"])
def test_bad_periods_raise(bad):
    with pytest.raises(InputError):
        parse_period(bad, as_of=AS_OF)


def test_relative_needs_as_of():
    with pytest.raises(InputError, match="as-of"):
        parse_period("last year")


def test_poisson_change_matches_binomial_test():
    res = poisson_change(current=109, previous=131)
    expected = stats.binomtest(109, 240, 0.5).pvalue
    assert res.p_value == pytest.approx(expected)
    assert res.rate_ratio == pytest.approx(109 / 131)
    assert res.ci_low < res.rate_ratio < res.ci_high
    assert not res.significant and "changes this size are common" in res.sentence


def test_poisson_change_with_exposure_and_significance():
    res = poisson_change(current=200, previous=100, exposure_ratio=2.0)
    assert res.rate_ratio == pytest.approx(1.0) and not res.significant
    big = poisson_change(current=50, previous=150)
    assert big.significant and "larger than the usual" in big.sentence
    with pytest.raises(InputError):
        poisson_change(current=-1, previous=3)


def test_trend_test():
    down = trend_test(values=[20, 18, 17, 15, 12, 11, 9], labels=[str(y) for y in range(2016, 2023)])
    assert down.direction == "falling" and down.slope < 0
    flat = trend_test(values=[5, 7, 5, 7, 5, 7])
    assert flat.direction == "no clear trend"
    assert trend_test(values=[1, 2]).p_value is None


def test_resolve_area():
    assert resolve_area("London").code == "metropolitan"
    assert resolve_area("the capital").code == "metropolitan"
    red = resolve_area("Ilford")
    assert (red.area_type, red.code, red.alias) == ("borough", "E09000026", "Ilford")
    assert "Redbridge" in red.note
    assert resolve_area("E09000026").name == "Redbridge"
    assert resolve_area("Kingston Upon Thames").name == "Kingston upon Thames"
    assert resolve_area("England and Wales").area_type == "country"
    assert resolve_area("City of London").code == "city-of-london"
    with pytest.raises(UnknownAreaError, match="Did you mean"):
        resolve_area("Redbrige")


def test_resolve_area_accepts_every_code_it_gives():
    for text in ("London", "Redbridge", "Ilford", "City of London", "England and Wales", "UK", "New York"):
        a = resolve_area(text)
        assert resolve_area(a.code).code == a.code, text
