"""`export --parquet`: a Hive-partitioned dataset (source/force/year) that DuckDB and pyarrow read, on
which the store's own measure SQL runs unchanged."""

from __future__ import annotations

import pyarrow.dataset as ds
from typer.testing import CliRunner

from conftest import need
from crimestats.cli import app
from test_police_uk_archive import build_archive

POP = "ons-population/britishdrugdynamics/population_policeforces.csv"


def test_export_partitions_and_measure_sql_runs_unchanged(tmp_path):
    from crimestats import Store, count, ingest_paths
    from crimestats.facts._league import force_league
    from crimestats.store._export import open_parquet

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ingest_paths(store, [build_archive(tmp_path / "2023-01.zip"), need(POP)])
        # an older release of one member too: the export keeps every vintage, the view picks the latest
        ingest_paths(store, [build_archive(tmp_path / "2022-12.zip", drop={("2022-02", "cumbria"): 5})])
    out = tmp_path / "pq"
    r = CliRunner().invoke(app, ["export", "--parquet", str(out), "--db", str(db), "--format", "csv"])
    assert r.exit_code == 0, r.output
    parts = {p.relative_to(out / "counts").parts[:3] for p in (out / "counts").glob("**/*.parquet")}
    assert ("source=police_uk_street", "force=cumbria", "year=2022") in parts
    # an independent reader (pyarrow) sees every stored row, partition columns restored
    table = ds.dataset(out / "counts", format="parquet", partitioning="hive").to_table()
    with Store(db, read_only=True) as store:
        assert table.num_rows == store.con.execute("SELECT count(*) FROM counts").fetchone()[0]
        assert set(table.column("force").to_pylist()) >= {"cumbria", "btp", "city-of-london"}
        pq = open_parquet(out)
        f = count(store, measure="burglary", area="cumbria", period="2022-02")
        assert pq.execute(f.sql, f.params).fetchall() == store.con.execute(f.sql, f.params).fetchall()
        assert pq.execute(f.sql, f.params).fetchone()[0] == f.value
        lg = force_league(store, measure="anti_social_behaviour", period="2022-01..2022-03")
        assert pq.execute(lg.sql, lg.params).fetchall() == store.con.execute(lg.sql, lg.params).fetchall()
        q = "SELECT * FROM counts_latest ORDER BY ALL"
        cols = ", ".join(d[0] for d in store.con.execute("SELECT * FROM counts LIMIT 0").description)
        assert pq.execute(q.replace("*", cols)).fetchall() == store.con.execute(q.replace("*", cols)).fetchall()
    r = CliRunner().invoke(app, ["export", "--parquet", str(out), "--db", str(db)])
    assert r.exit_code == 1 and "not empty" in r.output
