"""Bulk archives (data.police.uk layout) built here from the real force files: streamed member by
member, one committed unit per force-month, release vintages (newest wins, older stay queryable)."""

from __future__ import annotations

import csv
import zipfile
from datetime import date
from pathlib import Path

import pytest

from conftest import need

FORCES = "police-uk-forces"
PICK = [(m, f) for m in ("2022-01", "2022-02", "2022-03") for f in ("btp", "cumbria", "city-of-london")]


def build_archive(target: Path, *, drop: dict[tuple[str, str], int] | None = None) -> Path:
    """A zip laid out like the data.police.uk archive; ``drop`` removes the last n rows of a member."""
    folder = need(FORCES)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for month, force in PICK:
            name = f"{month}/{month}-{force}-street.csv"
            data = (folder / name).read_bytes()
            n = (drop or {}).get((month, force))
            if n:
                lines = data.splitlines(keepends=True)
                data = b"".join(lines[:-n])
            zf.writestr(name, data)
    return target


def raw_rows(month: str, force: str) -> int:
    with open(need(FORCES) / month / f"{month}-{force}-street.csv", newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def _latest(store, force: str, month: str) -> tuple[int, str]:
    return store.con.execute(
        "SELECT sum(c.count), any_value(i.vintage) FROM counts_latest c JOIN ingests i USING (ingest_id) "
        "WHERE c.source = 'police_uk_street' AND c.area_type = 'force' AND c.area_code = ? "
        "AND c.period_start = ?", [force, date.fromisoformat(month + "-01")]).fetchone()


def test_archive_streams_members_with_release_vintage(tmp_path, empty_store, monkeypatch):
    from crimestats import ingest_paths
    from crimestats.store import _archive

    zpath = build_archive(tmp_path / "2023-01.zip")

    def no_extract(*a, **k):
        raise AssertionError("the archive must not be extracted whole")

    monkeypatch.setattr(zipfile.ZipFile, "extractall", no_extract)
    monkeypatch.setattr(zipfile.ZipFile, "extract", no_extract)
    on_disk: list[int] = []
    real = _archive._extract_one

    def spy(path, member, folder):
        on_disk.append(len(list(folder.iterdir())))
        return real(path, member, folder)

    monkeypatch.setattr(_archive, "_extract_one", spy)
    results = ingest_paths(empty_store, [zpath])
    assert [r.status for r in results] == ["ingested"] * len(PICK)
    assert max(on_disk) <= 1            # the member being parsed, while the next is decompressed
    for month, force in PICK:
        n, vintage = _latest(empty_store, force, month)
        assert n == raw_rows(month, force)
        assert vintage == "police.uk archive 2023-01"
    rows = empty_store.con.execute("SELECT file_path, vintage_date, vintage_basis FROM ingests ORDER BY ingest_id"
                                   ).fetchall()
    assert rows[0][0].endswith("2023-01.zip!2022-01/2022-01-btp-street.csv")
    assert {(r[1], r[2]) for r in rows} == {(date(2023, 1, 1), "archive name")}
    cov = empty_store.con.execute("SELECT count(DISTINCT (ingest_id, scope_code, period_start)) FROM coverage "
                                  "WHERE level = 'force'").fetchone()
    assert cov == (len(PICK),)     # each force-month its own committed unit


def test_newest_release_wins_and_older_stays_queryable(tmp_path, empty_store):
    from crimestats import ingest_paths, query_counts

    ingest_paths(empty_store, [build_archive(tmp_path / "2023-01.zip")])
    # an OLDER release with a different Cumbria 2022-02: stored, but never replaces the newer figures
    older = build_archive(tmp_path / "2022-12.zip", drop={("2022-02", "cumbria"): 7})
    res = ingest_paths(empty_store, [older])
    assert [r.status for r in res].count("ingested") == 1        # the other members: same bytes
    full = raw_rows("2022-02", "cumbria")
    assert _latest(empty_store, "cumbria", "2022-02") == (full, "police.uk archive 2023-01")
    every = query_counts(empty_store, source="police_uk_street", area="cumbria", start="2022-02", end="2022-02",
                         vintage="all", area_type="force").as_dicts()
    assert {(r["vintage"], r["count"]) for r in every} == {("police.uk archive 2023-01", full),
                                                           ("police.uk archive 2022-12", full - 7)}
    # a NEWER release replaces it
    newer = build_archive(tmp_path / "2023-02.zip", drop={("2022-02", "cumbria"): 3})
    ingest_paths(empty_store, [newer])
    assert _latest(empty_store, "cumbria", "2022-02") == (full - 3, "police.uk archive 2023-02")
    assert _latest(empty_store, "btp", "2022-02")[1] == "police.uk archive 2023-01"   # unchanged bytes


def test_archive_filters_and_release(tmp_path, empty_store):
    from crimestats._errors import InputError
    from crimestats.store._archive import archive_members, archive_release, ingest_archive

    zpath = build_archive(tmp_path / "police-archive.zip")       # no release in the name
    members = archive_members(zpath)
    assert archive_release(zpath, members) == ("police.uk archive 2022-03", date(2022, 3, 1),
                                               "latest month in archive")
    assert archive_release(zpath, members, "2024-05")[1] == date(2024, 5, 1)
    res = ingest_archive(empty_store, zpath, forces=["cumbria"], months=(date(2022, 2, 1), date(2022, 3, 1)))
    assert [r.file.rsplit("!", 1)[1] for r in res] == ["2022-02/2022-02-cumbria-street.csv",
                                                       "2022-03/2022-03-cumbria-street.csv"]
    with pytest.raises(InputError, match="no files for force"):
        archive_members(zpath, forces=["west-midlands"])


def test_archive_inside_a_folder_is_streamed_too(tmp_path, empty_store, monkeypatch):
    from crimestats import ingest_paths

    folder = tmp_path / "downloads"
    folder.mkdir()
    build_archive(folder / "2023-01.zip")

    def no_extract(*a, **k):
        raise AssertionError("the archive must not be extracted whole")

    monkeypatch.setattr(zipfile.ZipFile, "extract", no_extract)
    res = ingest_paths(empty_store, [folder])
    assert [r.status for r in res] == ["ingested"] * len(PICK)
    assert all(r.vintage == "police.uk archive 2023-01" for r in res)
