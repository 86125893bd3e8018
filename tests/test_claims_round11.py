"""Round 11: a clause's own one-year-back phrase ('last year alone', 'in the past year', 'year on
year') compares with the year before, never with a 'since 2013' baseline written elsewhere in the
sentence.  Expected figures come from the raw Met parquet (pyarrow), never through crimestats."""

from __future__ import annotations

import pyarrow.parquet as pq

from conftest import need
from crimestats.claims import check_text
from test_claims_round9 import _claim


def _year_counts(major: str, borough: str, years: tuple[int, ...]) -> dict[int, int]:
    """{year: count} for one borough and major category, from the current recorded-crime parquet
    (March 2024 on) and the historical one (months before)."""
    out = dict.fromkeys(years, 0)
    seen: set[str] = set()
    for name in ("recorded-crime-borough", "recorded-crime-borough-historical"):
        rows = pq.read_table(need(f"met-london-datastore-parquet/{name}.parquet")).to_pylist()
        cols = {k for k in (rows[0] if rows else {}) if k.isdigit() and k not in seen}
        for r in rows:
            if r["majortext"].upper() != major or r["boroughname"] != borough:
                continue
            for y in years:
                out[y] += sum(int(r[k] or 0) for k in cols if k.startswith(str(y)))
        seen |= cols
    return out


def test_last_year_alone_is_against_the_year_before_not_the_sentence_since(real_store):
    c = _year_counts("ROBBERY", "Lewisham", (2024, 2025))
    pct = round(100 * (c[2025] - c[2024]) / c[2024])
    word = "rose" if pct >= 0 else "fell"
    text = (f"Burglary in Lewisham has changed little since 2013, while robbery {word} {abs(pct)}% "
            f"last year alone.")
    res = check_text(real_store, text=text, as_of="2026-03-15")
    got = _claim(res, f"{abs(pct)}%", "change")
    assert got.period == "2025" and got.verdict in ("accurate", "accurate_with_caveat"), got.explanation
    assert "2013" not in got.explanation


def test_year_on_year_is_against_the_year_before(real_store):
    c = _year_counts("VEHICLE OFFENCES", "Croydon", (2013, 2024, 2025))
    wrong = round(100 * (c[2025] - c[2013]) / c[2013])
    right = round(100 * (c[2025] - c[2024]) / c[2024])
    if abs(wrong - right) < 3:
        return      # the two readings would agree: nothing to tell apart
    word = "up" if right >= 0 else "down"
    text = (f"Since 2013 Croydon has added new patrols, and in 2025 vehicle crime was {word} {abs(right)}% "
            f"year on year.")
    res = check_text(real_store, text=text, as_of="2026-03-15")
    got = _claim(res, f"{abs(right)}%", "change")
    assert got.verdict in ("accurate", "accurate_with_caveat"), got.explanation


def test_fraud_reports_from_businesses_do_not_inherit_the_previous_measure(real_store):
    c = _year_counts("BURGLARY", "Hackney", (2025,))
    text = (f"Hackney recorded {c[2025]:,} burglaries in 2025.\n"
            "Action Fraud logged more than 2,300 reports from local firms over the same year.\n"
            "The borough's fraud squad said scams against small businesses rose 12%.\n")
    res = check_text(real_store, text=text, as_of="2026-03-15")
    burg = _claim(res, f"{c[2025]:,}", "count")
    assert burg.verdict in ("accurate", "accurate_with_caveat")
    for frag in ("2,300", "12%"):
        got = _claim(res, frag)
        assert got.verdict == "unverifiable" and got.measure != "burglary", (frag, got.explanation)


def _victims_by_age(band: str) -> dict[int, int]:
    """{year: homicide victims in the Met age band} from the raw victims csv."""
    import csv
    out: dict[int, int] = {}
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        for r in csv.DictReader(fh):
            if r["Age_Group"] == band:
                out[int(r["Year"])] = out.get(int(r["Year"]), 0) + 1
    return out


def test_older_victims_are_their_own_band_not_the_previous_sentences_children(real_store):
    kids, old = _victims_by_age("Child"), _victims_by_age("Elderly")
    year = max(y for y in old if y in kids and y - 1 in old)
    text = (f"In {year}, {kids[year]} children were among the people killed in London.\n"
            f"Older victims numbered {old[year]} that year, against {old[year - 1]} in {year - 1}.\n")
    res = check_text(real_store, text=text, as_of=f"{year + 1}-06-01")
    got = _claim(res, f"{old[year]}", "count")
    assert got.measure == "elderly_homicide_victims" and got.verdict in ("accurate", "accurate_with_caveat"), \
        got.explanation
    child = _claim(res, f"{kids[year]}", "count")
    assert child.measure == "child_homicide_victims"


def test_arrests_from_searches_are_the_searches_outcome_not_custody(real_store):
    from test_claims_round4 import _met_stops

    months = ["2018-01", "2018-02", "2018-03"]
    total, arrests = _met_stops(months), _met_stops(months, "Outcome", "Arrest")
    text = (f"Officers in London made {total:,} stop and searches in the first quarter of 2018.\n"
            f"Arrests resulting from the searches numbered {arrests:,} in the first quarter of 2018.\n")
    res = check_text(real_store, text=text, as_of="2019-01-01")
    got = _claim(res, f"{arrests:,}", "count")
    assert got.measure == "stop_search_arrests" and got.found == arrests, got.explanation
