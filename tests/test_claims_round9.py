"""Round 9: a borough's rate against London's ('below the London average', 'three times London's
rate'), a leader's lead over the runner-up ('almost twice as many as the next borough', '... as any
other ward'), and a claimed rate that fits another population base (the ONS police-force-area estimate
for the Met).  Expected figures come from the raw files (csv / pyarrow), never through crimestats."""

from __future__ import annotations

import csv
from functools import lru_cache

import pyarrow.parquet as pq

from conftest import need
from crimestats.claims import check_text

_2025 = [f"2025{m:02d}" for m in range(1, 13)]


def _claim(res, fragment: str, kind: str | None = None):
    got = [c for c in res.claims if fragment in c.claim.text and (kind is None or c.kind == kind)]
    assert got, [(c.kind, c.claim.text) for c in res.claims]
    return got[0]


@lru_cache(maxsize=None)
def _borough_counts(major: str | None, minor: str | None, table: str) -> dict[str, int]:
    """{borough: count over 2025} from the Met's recorded-crime parquet (NFIB fraud left out)."""
    rows = pq.read_table(need(f"met-london-datastore-parquet/{table}.parquet")).to_pylist()
    out: dict[str, int] = {}
    for r in rows:
        maj, mi = r["majortext"].upper(), r["minortext"].upper()
        if maj == "NFIB FRAUD" or (major and maj != major) or (minor and mi != minor):
            continue
        name = r["boroughname"] if "boroughname" in r else r.get("lookup_boroughname")
        key = r.get("wardname") or name
        out[key] = out.get(key, 0) + sum(int(r[m] or 0) for m in _2025 if m in r)
    return out


def _gla(year: int) -> dict[str, float]:
    with open(need("ons-population/london-borough-gla/housing-density-borough.csv"), newline="") as fh:
        return {r["Name"]: float(r["Population"]) for r in csv.DictReader(fh)
                if r["Code"].startswith("E09") and r["Code"] != "E09000001" and int(r["Year"]) == year}


def _rates(major: str) -> tuple[dict[str, float], float]:
    counts, pop = _borough_counts(major, None, "recorded-crime-borough"), _gla(2025)
    rates = {b: 1000 * counts[b] / pop[b] for b in pop if b in counts}
    london = 1000 * sum(counts[b] for b in pop if b in counts) / sum(pop.values())
    return rates, london


def test_borough_rate_against_the_london_average_is_a_rate_not_a_count(real_store):
    rates, london = _rates("BURGLARY")
    low = min(rates, key=rates.get)           # the borough with the lowest burglary rate
    res = check_text(real_store, text=f"In 2025 {low}'s burglary rate was higher than the average for London.",
                     as_of="2026-03-15")
    c = _claim(res, "average for London", "comparison")
    assert c.verdict == "inaccurate"
    assert abs(c.found["this"] - rates[low]) < 0.02
    assert abs(c.found["other"] - london) / london < 0.02
    assert "per 1,000" in c.explanation and "population" in c.explanation


def test_borough_below_london_rate_holds_for_a_low_rate_borough(real_store):
    rates, london = _rates("ROBBERY")
    low = min(rates, key=rates.get)
    res = check_text(real_store, text=f"{low}'s robbery rate sat below the London rate in 2025.", as_of="2026-03-15")
    c = _claim(res, "below the London rate", "comparison")
    assert c.verdict == ("accurate" if rates[low] < london else "inaccurate")


def test_multiple_of_the_london_average_divides_rates(real_store):
    rates, london = _rates("THEFT")
    top = max(rates, key=rates.get)
    ratio = rates[top] / london
    k = max(2, round(ratio))
    word = {2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times"}.get(k, f"{k} times")
    res = check_text(real_store, text=f"{top}'s theft rate in 2025 was {word} the London average.",
                     as_of="2026-03-15")
    c = _claim(res, word, "ratio")
    assert abs(c.found - ratio) < 0.05 * ratio      # rates per resident, not a borough count over London's
    assert c.found > 1


def test_lead_over_the_next_borough(real_store):
    counts = _borough_counts("THEFT", "THEFT FROM THE PERSON", "recorded-crime-borough")
    pop = _gla(2025)
    ranked = sorted((v, b) for b, v in counts.items() if b in pop)
    (n2, _b2), (n1, b1) = ranked[-2], ranked[-1]
    lead = n1 / n2
    res = check_text(real_store, text=f"{b1} logged almost twice as many thefts from the person in 2025 as the "
                                      "next borough.", as_of="2026-03-15")
    c = _claim(res, "as the next borough", "comparison")
    assert c.found == 1
    assert c.verdict == ("accurate" if 1.8 <= lead <= 2.4 else "inaccurate")
    assert f"{lead:.2f} times the next" in c.explanation


def test_lead_over_any_other_ward_ranks_the_wards_of_its_borough(real_store):
    rows = pq.read_table(need("met-london-datastore-parquet/recorded-crime-ward.parquet")).to_pylist()
    cols = set(rows[0])
    bcol = next(k for k in ("lookup_boroughname", "boroughname", "borough") if k in cols)
    wcol = next(k for k in ("wardname", "ward_name") if k in cols)
    by_ward: dict[str, int] = {}
    for r in rows:
        if r[bcol] == "Croydon" and r["majortext"].upper() != "NFIB FRAUD":
            by_ward[r[wcol]] = by_ward.get(r[wcol], 0) + sum(int(r[m] or 0) for m in _2025 if m in r)
    ranked = sorted(by_ward.items(), key=lambda t: -t[1])
    (w1, n1), (_w2, n2) = ranked[0], ranked[1]
    res = check_text(real_store, text=f"{w1} ward in Croydon recorded nearly double the offences in 2025 of any "
                                      "other ward.", as_of="2026-03-15")
    c = _claim(res, "any other ward", "comparison")
    assert c.found == 1
    assert f"{n1 / n2:.2f} times the next" in c.explanation
    assert c.verdict == ("accurate" if 1.8 <= n1 / n2 <= 2.4 else "inaccurate")


def _pfa_pop(year: int) -> float:
    with open(need("ons-population/britishdrugdynamics/population_policeforces.csv"), newline="") as fh:
        return next(float(r["Metropolitan Police"]) for r in csv.DictReader(fh) if int(r["year"]) == year)


def _ons_knife(fy_end: int) -> int:
    with open(need("knife-crime/britishdrugdynamics/knifecrime_polices.csv"), encoding="utf-8-sig") as fh:
        return next(int(r["Metropolitan Police"]) for r in csv.DictReader(fh) if int(r["year"]) == fy_end)


def test_met_rate_on_the_force_area_population_is_named_not_silently_switched(real_store):
    n, pop = _ons_knife(2018), _pfa_pop(2017)       # 2017/18, with the mid-2017 force-area estimate
    rate = 100_000 * n / pop
    res = check_text(real_store, text=f"In 2017/18 the Met recorded {round(rate)} knife offences for every "
                                      "100,000 people.", as_of="2026-03-15")
    c = _claim(res, "100,000", "rate")
    assert c.verdict == "accurate_with_caveat"
    assert c.found == round(rate, 2)
    assert "police force area" in c.explanation and "London region" in c.explanation


def test_share_of_londons_total_named_before_the_figure(real_store):
    counts = _borough_counts("ROBBERY", None, "recorded-crime-borough")
    pop = _gla(2025)
    london = sum(v for b, v in counts.items() if b in pop)
    b = max((b for b in counts if b in pop), key=counts.get)
    pct = 100 * counts[b] / london
    res = check_text(real_store, text=f"{b}'s share of London's robberies in 2025 was {round(pct)}%.",
                     as_of="2026-03-15")
    c = _claim(res, f"{round(pct)}%", "share")
    assert abs(c.found - pct) < 0.3          # over London's robberies, not a group of victims
    assert c.verdict == "accurate"


def test_bare_fraction_after_a_share_is_a_share_of_the_same_searches(real_store):
    import glob

    rows = []
    for f in sorted(glob.glob(str(need("police-uk-street/city-of-london")) + "/2018-*/2018-*-city-of-london-stop-and-search.csv")):
        with open(f, newline="", encoding="utf-8-sig") as fh:
            rows += list(csv.DictReader(fh))
    nfa = sum(1 for r in rows if r["Outcome"] in ("A no further action disposal", "Nothing found - no further action"))
    pct = 100 * nfa / len(rows)
    res = check_text(real_store, text="In 2018 the City of London Police searched people across the Square Mile; a "
                                      "quarter of the searches were for weapons, while more than half ended with no "
                                      "further action.", as_of="2026-03-15")
    c = _claim(res, "more than half", "share")
    assert abs(c.found - pct) < 0.1
    assert c.verdict == ("accurate" if pct > 50 else "inaccurate")


def test_rate_against_london_with_no_figure_in_the_sentence_is_extracted(real_store):
    rates, london = _rates("ROBBERY")
    top = max(rates, key=rates.get)
    res = check_text(real_store, text=f"{top}'s robbery rate is higher than the London average.", as_of="2026-03-15")
    c = _claim(res, "London average", "comparison")
    assert c.period == "2025"
    assert abs(c.found["this"] - rates[top]) < 0.02
    assert c.verdict == ("accurate" if rates[top] > london else "inaccurate")


def test_runner_up_among_forces_is_ranked_among_forces(real_store):
    with open(need("knife-crime/britishdrugdynamics/knifecrime_polices.csv"), encoding="utf-8-sig") as fh:
        knife = next(r for r in csv.DictReader(fh) if int(r["year"]) == 2019)      # 2018/19
    with open(need("ons-population/britishdrugdynamics/population_policeforces.csv"), newline="") as fh:
        pop = next(r for r in csv.DictReader(fh) if int(r["year"]) == 2018)
    rates = {f: 100_000 * float(knife[f]) / float(pop[f]) for f in pop
             if f in knife and knife[f] and pop[f] and f not in ("year", "City of London")}
    ranked = sorted(rates, key=rates.get, reverse=True)
    second, third = ranked[1], ranked[2]
    res = check_text(real_store, text=f"In 2018/19 the Met had the highest knife crime rate of any force, with {third} "
                                      "second.", as_of="2026-03-15")
    c = _claim(res, f"{third} second", "comparison")
    assert c.found == 3 and c.verdict == "inaccurate"
    assert second in c.explanation
