"""The store: creation, default path, atomic ingest with rollback, idempotency, coverage gaps."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import crimestats
from crimestats import Store, StoreError
from crimestats.sources._base import FileHead, IngestContext, Parsed
from crimestats.store._coverage import coverage


class _ToyReader:
    """A reader for a two-column toy CSV (month,count), to exercise the store alone."""

    format = "toy"
    source = "toy"
    description = "toy month,count file"

    def __init__(self, fail_after_insert: bool = False) -> None:
        self.fail_after_insert = fail_after_insert

    def sniff(self, head: FileHead) -> bool:
        return head.header == ["month", "count"]

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        rows = [line.split(",") for line in head.path.read_text().splitlines()[1:]]
        ctx.insert("counts", f"""SELECT 'toy' AS source, 'month' AS period_grain,
                   CAST(m || '-01' AS DATE) AS period_start, 'force' AS area_type, 'x' AS area_code,
                   'offences' AS unit, CAST(c AS BIGINT) AS count
                   FROM (VALUES {', '.join(f"('{m}', '{c}')" for m, c in rows)}) t(m, c)""")
        months = [date.fromisoformat(m + "-01") for m, _ in rows]
        ctx.cover(source="toy", scope_type="force", scope_code="x", scope_name="X", level="force",
                  grain="month", periods=months)
        if self.fail_after_insert:
            raise crimestats.ParseError(head.display, "boom", line=3)
        return Parsed(source="toy", publisher="me", licence="OGL", vintage="v1",
                      vintage_date=date(2020, 1, 1), vintage_basis="given", rows_read=len(rows),
                      rows_kept=len(rows))


def _toy(tmp_path: Path, name: str, body: str) -> FileHead:
    p = tmp_path / name
    p.write_text("month,count\n" + body)
    return FileHead.from_path(p)


def test_ingest_is_idempotent_and_coverage_reports_gap(tmp_path, empty_store):
    head = _toy(tmp_path, "a.csv", "2020-01,5\n2020-02,7\n2020-04,1\n")
    r1 = empty_store.ingest(head, _ToyReader())
    assert r1.status == "ingested" and r1.rows_kept == 3
    r2 = empty_store.ingest(head, _ToyReader())
    assert r2.status == "unchanged" and r2.ingest_id == r1.ingest_id
    n = empty_store.con.execute("SELECT count(*) FROM counts").fetchone()[0]
    assert n == 3
    (span,) = coverage(empty_store, source="toy")
    assert span.missing == [date(2020, 3, 1)]  # a missing month is a gap, not a zero


def test_failed_ingest_leaves_store_unchanged(tmp_path, empty_store):
    good = _toy(tmp_path, "a.csv", "2020-01,5\n")
    empty_store.ingest(good, _ToyReader())
    before = {t: empty_store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("counts", "coverage", "ingests")}
    bad = _toy(tmp_path, "b.csv", "2020-02,9\n2020-03,1\n")
    with pytest.raises(crimestats.ParseError, match=r"b\.csv, line 3"):
        empty_store.ingest(bad, _ToyReader(fail_after_insert=True))
    after = {t: empty_store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("counts", "coverage", "ingests")}
    assert after == before


def test_default_path_honours_env(tmp_path, monkeypatch):
    monkeypatch.setenv("CRIMESTATS_DB", str(tmp_path / "x.duckdb"))
    assert crimestats.default_db_path() == tmp_path / "x.duckdb"


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store here yet"):
        Store(tmp_path / "none.duckdb", read_only=True)


PUBLIC_API = {
    'LimitError',
    'VintageConflictError',
    'Area',
    'CATALOGUE',
    'Change',
    'CheckResult',
    'CoverageSpan',
    'CrimestatsError',
    'Fact',
    'FetchError',
    'Headline',
    'HotspotResult',
    'IngestResult',
    'InputError',
    'Measure',
    'NoDataError',
    'OFFENCE_KEYS',
    'ParseError',
    'PartialPeriodError',
    'Period',
    'PoissonChange',
    'QueryResult',
    'Rate',
    'Record',
    'Share',
    'Store',
    'StoreError',
    'Trend',
    'UnknownAreaError',
    'UnknownFormatError',
    'UnknownMeasureError',
    '__version__',
    'breakdown',
    'change',
    'check_text',
    'count',
    'coverage',
    'default_db_path',
    'descendants',
    'detect',
    'fetch',
    'find_measures',
    'get_measure',
    'headline',
    'hotspots',
    'ingest_paths',
    'international_rates',
    'missing_periods',
    'offence_key',
    'parse_period',
    'poisson_change',
    'query_counts',
    'rank',
    'rate',
    'ratio_words',
    'record',
    'resolve_area',
    'series',
    'share',
    'trend_test',
    # issue 15: national scale
    'ingest_archive', 'fetch_police_uk', 'force_league', 'force_series', 'League', 'ForceRow',
    'local_figures', 'LocalTable', 'export_parquet', 'open_parquet', 'met_both_ways', 'BothWays',
}


def test_public_api_is_pinned():
    """Adding or removing a public name is a decision: update PUBLIC_API with it."""
    assert set(crimestats.__all__) == PUBLIC_API
    assert len(crimestats.__all__) == len(PUBLIC_API)
    for name in crimestats.__all__:
        assert hasattr(crimestats, name), name


def test_coverage_steps_by_grain():
    from crimestats.store._coverage import _ranges, expected_periods

    fy = expected_periods(date(2008, 4, 1), date(2011, 4, 1), "financial_year")
    assert fy == [date(2008, 4, 1), date(2009, 4, 1), date(2010, 4, 1), date(2011, 4, 1)]
    assert expected_periods(date(2020, 1, 1), date(2022, 1, 1), "year")[-1] == date(2022, 1, 1)
    assert _ranges([date(2009, 4, 1), date(2010, 4, 1)], "financial_year") == [(date(2009, 4, 1), date(2010, 4, 1))]


def test_read_only_store_answers_a_repeated_read_once_writable_store_always_afresh(tmp_path):
    """Kept reads (store._reads): a read-only store cannot change while open, so a repeated question is
    answered from what was read; a writable store sees its own new ingest at once."""
    from crimestats.store._reads import read_one, read_rows

    path = tmp_path / "k.duckdb"
    sql = "SELECT coalesce(sum(count), 0)::BIGINT FROM counts WHERE source = ?"
    with Store(path) as store:
        store.ingest(_toy(tmp_path, "a.csv", "2020-01,5\n"), _ToyReader())
        assert read_one(store, sql, ["toy"]) == (5,)
        store.ingest(_toy(tmp_path, "b.csv", "2020-02,7\n"), _ToyReader())
        assert read_one(store, sql, ["toy"]) == (12,)          # writable: never kept
    with Store(path, read_only=True) as ro:
        first = read_rows(ro, sql, ["toy"])
        assert first == [(12,)]
        assert read_rows(ro, sql, ["toy"]) is first            # kept: the same answer object
        assert read_rows(ro, sql, ["nobody"]) == [(0,)]        # another question is asked
        assert len(ro._kept_reads) == 2
