"""MPS recorded crime readers (London Datastore wide files and the LSOA annual aggregates).

Synthetic fixtures in tests/fixtures/mps cover the format rules and bad input; the acceptance
tests read the real files in shared/data and compare with figures computed here straight from the
raw files (csv module / pyarrow), never through crimestats.
"""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import FIXTURES, need
from crimestats import ParseError, Store, UnknownFormatError, detect, ingest_paths, query_counts
from crimestats.sources import FileHead
from crimestats.sources.mps_recorded import MpsLsoaAnnual, MpsRecordedWide

FX = FIXTURES / "mps"
B10 = "mps-recorded-crime/borough_10_21.csv"
B21 = "mps-recorded-crime/borough_21_23.csv"
W21 = "mps-recorded-crime/ward_21_23.csv"
PQ = "met-london-datastore-parquet/"
BHIST = PQ + "recorded-crime-borough-historical.parquet"
BNOW = PQ + "recorded-crime-borough.parquet"
WHIST = PQ + "recorded-crime-ward-historical.parquet"
ANNUAL = "mps-recorded-crime/lsoa-annual-2011-2021/london-2011-2021-major-{}.csv"


# -- raw-file helpers (independent of crimestats) ----------------------------------------------

def raw_rows(path: Path) -> list[dict]:
    """Rows of a raw file as dicts with lower-case keys (CSV via csv, Parquet via pyarrow)."""
    if path.suffix == ".parquet":
        rows = pq.read_table(path).to_pylist()
    else:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    return [{k.lower(): v for k, v in r.items()} for r in rows]


def month_sums(rows: list[dict], keep=lambda r: True, by=lambda r: None) -> dict:
    """{(by(row), 'YYYYMM'): total} over the month columns of the rows kept."""
    out: dict = defaultdict(int)
    for r in rows:
        if keep(r):
            for k, v in r.items():
                if len(k) == 6 and k.isdigit():
                    out[(by(r), k)] += int(float(v))
    return dict(out)


def minor_is(label: str):
    return lambda r: (r.get("minortext") or r.get("minor_category")).strip().lower() == label


def by_year(sums: dict) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for (_, m), v in sums.items():
        out[m[:4]] += v
    return dict(out)


def table_sizes(store: Store) -> tuple[int, ...]:
    return tuple(store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("ingests", "counts", "coverage"))


def ingest_one(store: Store, path: Path, **kw):
    [res] = ingest_paths(store, [path], **kw)
    assert res.status == "ingested", res.reason
    return res


# -- detection ----------------------------------------------------------------------------------

@pytest.mark.parametrize("rel, fmt", [
    (B10, "mps_recorded_crime_wide"), (B21, "mps_recorded_crime_wide"), (W21, "mps_recorded_crime_wide"),
    (BHIST, "mps_recorded_crime_wide"), (BNOW, "mps_recorded_crime_wide"), (WHIST, "mps_recorded_crime_wide"),
    (PQ + "recorded-crime-ward.parquet", "mps_recorded_crime_wide"),
    (PQ + "recorded-crime-lsoa.parquet", "mps_recorded_crime_wide"),
    (ANNUAL.format("robbery"), "mps_recorded_crime_lsoa_annual"),
    (ANNUAL.format("weapons"), "mps_recorded_crime_lsoa_annual"),
    (ANNUAL.format("violence"), "mps_recorded_crime_lsoa_annual"),
])
def test_real_files_detected_from_their_header(rel, fmt):
    assert detect(FileHead.from_path(need(rel))).format == fmt


def test_derived_police_uk_borough_file_is_skipped_not_misread(tmp_path):
    # A third-party derived file (borough x month counts made from police.uk data): no reader is
    # wanted; it must be skipped with a reason naming its header, not taken for an MPS table.
    src = need("police-uk-street/derived-borough-month-2021-metro_2021.csv")
    head = FileHead.from_path(src)
    assert not MpsRecordedWide().sniff(head) and not MpsLsoaAnnual().sniff(head)
    folder = tmp_path / "derived"
    folder.mkdir()
    shutil.copy(src, folder / src.name)            # a temporary copy, outside the repository
    with Store(tmp_path / "s.duckdb") as store:
        [res] = ingest_paths(store, [folder])
        assert res.status == "skipped" and res.format is None
        assert "matches no known format" in res.reason and "borough, month" in res.reason
        assert table_sizes(store) == (0, 0, 0)


def test_population_lsoa_file_is_not_taken_for_annual_crime():
    head = FileHead.from_path(need("ons-population/london-lsoa/london-mid2019-pop.csv"))
    assert not MpsLsoaAnnual().sniff(head) and not MpsRecordedWide().sniff(head)


# -- synthetic fixtures: what is stored ------------------------------------------------------------

def test_borough_file_rows_codes_keys_and_coverage(empty_store):
    res = ingest_one(empty_store, FX / "borough_small.csv")
    assert res.source == "mps_recorded_crime" and res.rows_read == 5
    assert res.vintage == "MPS extract to 2022-03"
    rows = empty_store.con.execute(
        "SELECT area_code, area_name, category, subcategory, offence_key, period_start, count, "
        "period_grain, unit, area_type, parent_code FROM counts ORDER BY ALL").fetchall()
    assert len(rows) == 15                                    # 5 rows x 3 months, zeros kept
    assert {r[7:] for r in rows} == {("month", "offences", "borough", None)}
    robbery = [r[6] for r in rows if r[3] == "Robbery of Personal Property"]
    assert robbery == [40, 35, 38]
    assert {r[0] for r in rows if r[1] == "Redbridge"} == {"E09000026"}
    assert {r[0] for r in rows if r[1].startswith("London Heathrow")} == {"MPS-AIRPORTS"}
    assert {r[4] for r in rows if r[2] == "Made Up Major"} == {None}          # kept, key NULL
    assert any("Made Up Major / Made Up Minor" in n for n in res.notes)
    cov = empty_store.con.execute(
        "SELECT DISTINCT source, scope_type, scope_code, scope_name, level, grain FROM coverage").fetchall()
    assert cov == [("mps_recorded_crime", "force", "metropolitan", "Metropolitan Police Service",
                    "borough", "month")]
    basis = empty_store.con.execute("SELECT vintage_basis, vintage_date::VARCHAR FROM ingests").fetchone()
    assert basis == ("last month in file", "2022-03-01")


def test_ward_file_keeps_a_ward_split_between_two_boroughs(empty_store):
    ingest_one(empty_store, FX / "ward_small.csv")
    rows = empty_store.con.execute(
        "SELECT area_code, area_name, parent_code, sum(count) FROM counts GROUP BY ALL ORDER BY ALL").fetchall()
    assert rows == [("E05011238", "Clementswood", "E09000026", 12),
                    ("E05013570", "Heathrow Villages", "E09000017", 7),
                    ("E05013570", "Heathrow Villages", "MPS-AIRPORTS", 2)]


def test_lsoa_parquet_with_its_own_column_order(tmp_path, empty_store):
    path = tmp_path / "lsoa.parquet"
    pq.write_table(pa.table({
        "lsoa_code": ["E01003700", "E01003700"], "lsoa_name": ["Redbridge 001A"] * 2,
        "borough": ["E09000026"] * 2, "major_category": ["ROBBERY", "VIOLENCE AGAINST THE PERSON"],
        "minor_category": ["ROBBERY OF PERSONAL PROPERTY", "HOMICIDE"],
        "202402": pa.array([4, 0], pa.int64()), "202403": pa.array([6, 1], pa.int64())}), path)
    ingest_one(empty_store, path)
    rows = empty_store.con.execute(
        "SELECT area_type, area_code, parent_code, offence_key, strftime(period_start, '%Y-%m'), count "
        "FROM counts ORDER BY ALL").fetchall()
    # the 0 cell is not stored at LSOA level (covered month, no row = 0)
    assert rows == [("lsoa", "E01003700", "E09000026", "homicide", "2024-03", 1),
                    ("lsoa", "E01003700", "E09000026", "personal_robbery", "2024-02", 4),
                    ("lsoa", "E01003700", "E09000026", "personal_robbery", "2024-03", 6)]


def test_given_vintage_wins_over_last_month(empty_store):
    res = ingest_one(empty_store, FX / "borough_small.csv", vintage="2022-04-20")
    assert res.vintage == "2022-04-20"
    row = empty_store.con.execute("SELECT vintage_basis, vintage_date::VARCHAR FROM ingests").fetchone()
    assert row == ("given", "2022-04-20")


# -- bad input: ParseError naming file and column/line, store unchanged -----------------------------

@pytest.mark.parametrize("name, must_name", [
    ("bad_month_202213.csv", ["column '202213'", "YYYYMM"]),
    ("bad_month_total.csv", ["column 'Total'", "not a month"]),
    ("bad_negative.csv", ["line 3", "column '202212'", "negative"]),
    ("bad_nonnumeric.csv", ["line 4", "column '202211'", "'x' is not a number"]),
    ("bad_fraction.csv", ["line 2", "column '202212'", "not a whole number"]),
    ("bad_blank_count.csv", ["line 2", "column '202212'", "empty count"]),
    ("bad_header_only.csv", ["no data rows"]),
    ("bad_no_months.csv", ["no month columns"]),
    ("bad_duplicate_rows.csv", ["double-count"]),
    ("london-2011-2012-major-weapons-bad.csv", ["line 3", "column '2012'", "not a whole number"]),
    ("lsoa-annual-totals.csv", ["file name", "london-2011-2021-major-robbery.csv"]),
])
def test_bad_input_raises_parse_error_and_keeps_store(empty_store, name, must_name):
    ingest_one(empty_store, FX / "borough_small.csv")
    before = table_sizes(empty_store)
    with pytest.raises(ParseError) as err:
        ingest_paths(empty_store, [FX / name])
    text = str(err.value)
    assert name in text
    for part in must_name:
        assert part in text, text
    assert table_sizes(empty_store) == before


def test_bad_parquet_counts_name_row_and_column(tmp_path, empty_store):
    path = tmp_path / "neg.parquet"
    pq.write_table(pa.table({"majortext": ["ROBBERY"] * 2, "minortext": ["ROBBERY OF PERSONAL PROPERTY"] * 2,
                             "boroughname": ["Redbridge", "Barnet"], "202401": [3, -1]}), path)
    with pytest.raises(ParseError, match=r"neg\.parquet.*row 2.*negative.*column '202401'|"
                                          r"neg\.parquet.*column '202401'.*row 2.*negative"):
        ingest_paths(empty_store, [path])
    assert table_sizes(empty_store) == (0, 0, 0)


def test_empty_file_is_refused_before_any_reader(empty_store):
    # A 0-byte file is stopped by shared detection (UnknownFormatError, an InputError like
    # ParseError), before any reader runs; a header with no rows is the reader's ParseError above.
    with pytest.raises(UnknownFormatError, match=r"bad_empty\.csv.*empty"):
        ingest_paths(empty_store, [FX / "bad_empty.csv"])
    assert table_sizes(empty_store) == (0, 0, 0)


# -- LSOA annual aggregates ----------------------------------------------------------------------

def test_annual_lsoa_file_category_from_name_and_years(empty_store):
    res = ingest_one(empty_store, FX / "london-2011-2012-major-robbery.csv")
    assert res.source == "mps_recorded_crime_lsoa_annual_robbery"
    assert any("file NAME" in n for n in res.notes)
    rows = empty_store.con.execute(
        "SELECT area_code, parent_code, category, subcategory, offence_key, period_grain, "
        "year(period_start), count FROM counts ORDER BY ALL").fetchall()
    assert rows[0] == ("E01000006", "E09000002", "Robbery", None, "robbery", "year", 2011, 9)
    assert [r[7] for r in rows] == [9, 5, 3]                 # Redbridge 001A's 2012 zero not stored
    assert empty_store.con.execute("SELECT vintage, vintage_basis FROM ingests").fetchone() == (
        "MPS LSOA annual to 2012", "last year in file")


def test_annual_files_of_two_categories_both_count_as_latest(tmp_path, empty_store):
    # Same years, different categories: neither may hide the other in the default (latest) view.
    weapons = tmp_path / "london-2011-2012-major-weapons.csv"
    text = (FX / "london-2011-2012-major-robbery.csv").read_text()
    weapons.write_text(text.replace(",3.0,0.0", ",1.0,2.0"))       # not byte-identical
    ingest_one(empty_store, FX / "london-2011-2012-major-robbery.csv")
    ingest_one(empty_store, weapons)
    for key in ("robbery", "possession_of_weapons"):
        got = query_counts(empty_store, offence_key=key, area_type="lsoa", by="year")
        want = [("2011", 12), ("2012", 5)] if key == "robbery" else [("2011", 10), ("2012", 7)]
        assert [tuple(r) for r in got.rows] == want, key


# -- acceptance on the real files ------------------------------------------------------------------

@pytest.fixture(scope="module")
def mps_store(tmp_path_factory):
    """A store with the real MPS borough and ward files (CSV and Parquet vintages)."""
    paths = [need(r) for r in (B10, B21, W21, BHIST, BNOW, WHIST)]
    db = tmp_path_factory.mktemp("mps") / "mps.duckdb"
    with Store(db) as store:
        for res in ingest_paths(store, paths):
            assert res.status == "ingested", (res.file, res.reason)
    with Store(db, read_only=True) as store:
        yield store


def homicide_q(store, **kw):
    return query_counts(store, source="mps_recorded_crime", offence_key="homicide",
                        area_type="borough", by="year", **kw)


def test_london_homicide_offences_by_calendar_year(mps_store):
    # London = every borough row, airports pseudo-borough (and the Parquet's 'Unknown') included.
    hist = by_year(month_sums(raw_rows(need(BHIST)), minor_is("homicide")))
    got = {p: c for p, c in homicide_q(mps_store, start="2011", end="2023").rows}
    # Default = latest vintage per month.  The historical Parquet runs 2010-04..2024-02, so it is
    # the latest extract for every month of 2011-2023: 2021 and 2022 come from the Parquet, not
    # from borough_10_21.csv / borough_21_23.csv.
    assert got == {str(y): hist[str(y)] for y in range(2011, 2024)}
    assert all(80 <= got[y] <= 250 for y in ("2021", "2022"))   # plausible London homicide counts


def test_london_homicide_2021_2022_in_every_vintage(mps_store):
    b10 = by_year(month_sums(raw_rows(need(B10)), minor_is("homicide")))
    b21 = by_year(month_sums(raw_rows(need(B21)), minor_is("homicide")))
    hist = by_year(month_sums(raw_rows(need(BHIST)), minor_is("homicide")))
    got = {(p, v): c for p, v, c in homicide_q(mps_store, start="2021", end="2022", vintage="all").rows}
    assert got == {
        # 2021: Jan-Nov in borough_10_21.csv, Dec in borough_21_23.csv, all 12 months in the Parquet
        ("2021", "MPS extract to 2021-11"): b10["2021"],
        ("2021", "MPS extract to 2023-11"): b21["2021"],
        ("2021", "MPS extract to 2024-02"): hist["2021"],
        # 2022: complete in borough_21_23.csv and in the Parquet
        ("2022", "MPS extract to 2023-11"): b21["2022"],
        ("2022", "MPS extract to 2024-02"): hist["2022"],
    }


def test_redbridge_personal_robbery_by_month(mps_store):
    def is_rb(r):
        return ((r.get("minortext") or "").lower() == "robbery of personal property"
                and (r.get("lookup_boroughname") or r.get("boroughname")) == "Redbridge")

    hist = {m: v for (_, m), v in month_sums(raw_rows(need(BHIST)), is_rb).items()}
    now = {m: v for (_, m), v in month_sums(raw_rows(need(BNOW)), is_rb).items()}
    b21 = {m: v for (_, m), v in month_sums(raw_rows(need(B21)), is_rb).items()}

    def fmt(m):
        return f"{m[:4]}-{m[4:]}"

    expected = {fmt(m): v for m, v in {**hist, **now}.items()}   # hist to 2024-02, current after
    assert not set(hist) & set(now)
    q = dict(query_counts(mps_store, source="mps_recorded_crime", offence_key="personal_robbery",
                          area_type="borough", area="Redbridge").rows)
    assert q == expected and len(q) == 167 + 24
    old = dict(query_counts(mps_store, source="mps_recorded_crime", offence_key="personal_robbery",
                            area_type="borough", area="E09000026", vintage="MPS extract to 2023-11").rows)
    assert old == {fmt(m): v for m, v in b21.items()}


def parquet_sums_by(path: Path, column: str) -> dict[tuple[str, str], int]:
    """{(value of column, 'YYYYMM'): total} straight from a Parquet file with pyarrow."""
    table = pq.read_table(path)
    months = [c for c in table.column_names if len(c) == 6 and c.isdigit()]
    agg = table.group_by(column).aggregate([(m, "sum") for m in months]).to_pylist()
    return {(r[column], m): int(r[f"{m}_sum"]) for r in agg for m in months}


def test_wards_sum_to_boroughs_in_historical_parquet(mps_store):
    # The historical ward and borough Parquet files agree for almost every borough-month.  Compared
    # by value, so no name-to-code table is needed: the (month, ward sum, borough sum) triples that
    # disagree in the raw files must be exactly those that disagree in the store.
    # The airports are 'Aviation Security (SO18)' in ward files and 'London Heathrow and London
    # City Airports' in borough files: one pseudo-borough under two names.
    raw_w = parquet_sums_by(need(WHIST), "lookup_boroughname")
    raw_b = parquet_sums_by(need(BHIST), "boroughname")
    same = {"Aviation Security (SO18)": "London Heathrow and London City Airports"}
    raw_pairs = {(m, v, raw_b[(same.get(b, b), m)]) for (b, m), v in raw_w.items() if v}
    raw_diff = sorted(t for t in raw_pairs if t[1] != t[2])
    assert len(raw_diff) <= 0.01 * len(raw_pairs)
    sql = """SELECT {key}, strftime(period_start, '%Y%m'), sum(count) FROM counts c
             JOIN ingests i USING (ingest_id) WHERE i.file_name = ? GROUP BY ALL"""
    ward = {(a, m): v for a, m, v in mps_store.con.execute(
        sql.format(key="parent_code"), [Path(WHIST).name]).fetchall()}
    boro = {(a, m): v for a, m, v in mps_store.con.execute(
        sql.format(key="area_code"), [Path(BHIST).name]).fetchall()}
    pairs = {(m, v, boro[(a, m)]) for (a, m), v in ward.items()}
    assert pairs == raw_pairs
    assert sorted(t for t in pairs if t[1] != t[2]) == raw_diff


def test_ward_csv_falls_short_of_borough_csv(mps_store):
    # ward_21_23.csv does NOT add up to borough_21_23.csv: about 3.5% of offences have no ward,
    # so ward totals are below borough totals in every month (the airports appear as
    # 'Aviation Security (SO18)' wards there).  Checked against the raw sums.
    raw_w = {m: v for (_, m), v in month_sums(raw_rows(need(W21))).items()}
    raw_b = {m: v for (_, m), v in month_sums(raw_rows(need(B21))).items()}

    def q(t):
        return {p.replace("-", ""): c for p, c in query_counts(
            mps_store, source="mps_recorded_crime", area_type=t, vintage="MPS extract to 2023-11").rows}

    ward, boro = q("ward"), q("borough")
    assert ward == raw_w and boro == raw_b and len(ward) == 24
    assert all(ward[m] < boro[m] for m in ward)
    assert 0.9 < sum(ward.values()) / sum(boro.values()) < 1.0


@pytest.mark.parametrize("order", ["csv first", "parquet first"])
def test_parquet_revision_beats_csv_whatever_the_order(tmp_path, order):
    csv_path, pq_path = need(B10), need(BHIST)
    raw_csv = {m: v for (_, m), v in month_sums(raw_rows(csv_path)).items()}
    raw_pq = {m: v for (_, m), v in month_sums(raw_rows(pq_path)).items()}
    revised = sorted(m for m in raw_csv if raw_csv[m] != raw_pq[m])
    assert revised, "expected the Parquet extract to revise some months"
    month = revised[-1]
    with Store(tmp_path / "v.duckdb") as store:
        for p in ([csv_path, pq_path] if order == "csv first" else [pq_path, csv_path]):
            ingest_one(store, p)
        span = f"{month[:4]}-{month[4:]}"
        both = dict((v, c) for _, v, c in query_counts(store, source="mps_recorded_crime", area_type="borough",
                                                       start=span, end=span, vintage="all").rows)
        assert both == {"MPS extract to 2021-11": raw_csv[month], "MPS extract to 2024-02": raw_pq[month]}
        latest = query_counts(store, source="mps_recorded_crime", area_type="borough", start=span, end=span)
        assert latest.rows == [(span, raw_pq[month])]


def test_real_annual_lsoa_totals(tmp_path):
    path = need(ANNUAL.format("robbery"))
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = {y: int(sum(float(r[y]) for r in rows)) for y in map(str, range(2011, 2022))}
    with Store(tmp_path / "a.duckdb") as store:
        ingest_one(store, path)
        got = dict(query_counts(store, offence_key="robbery", area_type="lsoa", by="year").rows)
    assert got == expected
