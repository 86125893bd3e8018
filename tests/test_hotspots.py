"""Hotspots: Gi* checked against PySAL's esda on weights built here from the raw boundary files,
counts checked against the raw MPS / data.police.uk files read with csv / pyarrow, and the edge
cases (no crime, one place, missing months, no location, oversized grid)."""

from __future__ import annotations

import csv
import json
import warnings
from pathlib import Path

import numpy as np
import pytest

import crimestats
from conftest import need
from crimestats import NoDataError, PartialPeriodError, Store
from crimestats._errors import InputError, UnknownMeasureError

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::FutureWarning")

REDBRIDGE = "E09000026"
THEFT_TYPES = {"Other theft", "Theft from the person", "Shoplifting", "Bicycle theft"}
COL_MONTHS = [f"{y}-{m:02d}" for y in (2018, 2019, 2024, 2025) for m in range(1, 13)]


# -- fixtures -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hot_store_path(tmp_path_factory) -> Path:
    """A store with just what hotspots need, ingested through the real readers."""
    parts = ["boundaries/london-lsoa2011-gen20", "boundaries/london-lsoa2021-gen20",
             "boundaries/london-wards-2014", "boundaries/london-boroughs-gla",
             "mps-recorded-crime/lsoa-annual-2011-2021/london-2011-2021-major-robbery.csv",
             "met-london-datastore-parquet/recorded-crime-lsoa.parquet",
             "met-london-datastore-parquet/recorded-crime-ward-historical.parquet",
             "ons-population/london-lsoa"]
    parts += [f"police-uk-street/city-of-london/{m}" for m in COL_MONTHS]
    paths = [need(p) for p in parts]
    path = tmp_path_factory.mktemp("hot") / "hot.duckdb"
    with Store(path) as store:
        results = crimestats.ingest_paths(store, paths)
    failed = [f"{r.file}: {r.reason}" for r in results if r.status == "failed"]
    assert not failed, failed
    return path


@pytest.fixture()
def hot_store(hot_store_path):
    with Store(hot_store_path, read_only=True) as store:
        yield store


def esda_gi(y, w):
    import esda

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return esda.G_Local(np.asarray(y, dtype=float), w, transform="B", star=True, permutations=0)


def holm(p):
    """Holm's step-down, written out the textbook way."""
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    out, running = [0.0] * m, 0.0
    for k, i in enumerate(order):
        running = max(running, min(1.0, (m - k) * p[i]))
        out[i] = running
    return out


def bh(p):
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i], reverse=True)
    out, running = [0.0] * m, 1.0
    for k, i in enumerate(order):
        rank = m - k
        running = min(running, p[i] * m / rank)
        out[i] = running
    return out


def queen_from(gdf, code_col):
    from libpysal.weights import Queen

    gdf = gdf.set_index(code_col, drop=False).sort_index()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return gdf, Queen.from_dataframe(gdf, use_index=True)


# -- statistics on synthetic data -----------------------------------------------------------

def test_gi_star_matches_esda_on_a_lattice():
    from libpysal.weights import lat2W

    from crimestats.hotspot._stats import gi_star

    rng = np.random.default_rng(7)
    w = lat2W(12, 9, rook=False)
    y = rng.poisson(3, w.n).astype(float)
    y[:5] += 25
    ours = gi_star(y, w.sparse)
    ref = esda_gi(y, w)
    np.testing.assert_allclose(ours.z, ref.Zs, rtol=1e-10)
    np.testing.assert_allclose(ours.p, 2 * ref.p_norm, rtol=1e-10)


def test_adjustments_match_textbook_definitions():
    from crimestats.hotspot._stats import adjust_pvalues

    rng = np.random.default_rng(1)
    p = np.concatenate([rng.uniform(0, 0.01, 8), rng.uniform(0, 1, 40), [0.03, 0.03]])
    np.testing.assert_allclose(adjust_pvalues(p, "holm"), holm(list(p)))
    np.testing.assert_allclose(adjust_pvalues(p, "fdr_bh"), bh(list(p)))
    assert (adjust_pvalues(p, "holm") >= adjust_pvalues(p, "fdr_bh") - 1e-15).all()
    with pytest.raises(InputError):
        adjust_pvalues(p, "bonferonni")


def test_concentration_and_stability_helpers():
    from crimestats.hotspot._stats import concentration_shares, spearman, top_overlap

    counts = np.array([50, 20, 10] + [1] * 97)   # 100 places, total 177
    shares = concentration_shares(counts)
    assert shares[1] == (1, pytest.approx(50 / 177))
    assert shares[5] == (5, pytest.approx(82 / 177))
    assert shares[10] == (10, pytest.approx(87 / 177))
    a = np.arange(100, dtype=float)
    assert top_overlap(a, a) == 1.0 and spearman(a, a) == pytest.approx(1.0)
    assert top_overlap(a, a[::-1].copy()) == 0.0


def test_lattice_weights_and_binning_match_libpysal_queen():
    import geopandas as gpd
    import shapely
    from libpysal.weights import Queen

    from crimestats.hotspot._grid import bin_points, lattice_weights, make_grid

    # an L-shaped area, so some cells are dropped and edges are irregular
    area = shapely.Polygon([(0, 0), (1000, 0), (1000, 400), (400, 400), (400, 1000), (0, 1000)])
    grid = make_grid(area, 100, max_cells=1000)
    cells = gpd.GeoDataFrame(geometry=grid.polygons())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = Queen.from_dataframe(cells, use_index=True)
    assert (lattice_weights(grid) != ref.sparse).nnz == 0
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 400, 500), rng.uniform(0, 1000, 500)
    counts = bin_points(grid, x, y)
    boxes = grid.polygons()
    brute = [int(shapely.contains_xy(b, x, y).sum()) for b in boxes]
    assert counts.tolist() == brute and counts.sum() == 500
    with pytest.raises(InputError, match="over the cap"):
        make_grid(area, 1, max_cells=1000)


# -- real LSOA data -------------------------------------------------------------------------

def _annual_robbery(year: int) -> dict[str, int]:
    path = need("mps-recorded-crime/lsoa-annual-2011-2021/london-2011-2021-major-robbery.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        return {r["LSOA11CD"]: int(float(r[str(year)])) for r in csv.DictReader(fh)}


def _lsoa11(codes):
    import geopandas as gpd

    g = gpd.read_file(need("boundaries/london-lsoa2011-gen20/london-2011-lsoa-gen20.shp"))
    return queen_from(g[g.LSOA11CD.isin(codes)], "LSOA11CD")


def _check_against_esda(result, codes_order, counts, w, adjust="holm"):
    by_code = {p.code: p for p in result.places}
    assert set(by_code) == set(codes_order)
    assert [by_code[c].count for c in codes_order] == [counts[c] for c in codes_order]
    ref = esda_gi([counts[c] for c in codes_order], w)
    ours = np.array([by_code[c].gi_z for c in codes_order])
    np.testing.assert_allclose(ours, ref.Zs, rtol=1e-9, atol=1e-9)
    p = list(2 * ref.p_norm)
    adj = holm(p) if adjust == "holm" else bh(p)
    np.testing.assert_allclose([by_code[c].p_adjusted for c in codes_order], adj, rtol=1e-9, atol=1e-300)
    for c, pa, z in zip(codes_order, adj, ref.Zs, strict=True):
        want = "hot" if pa < 0.05 and z > 0 else "cold" if pa < 0.05 and z < 0 else "not significant"
        assert by_code[c].hotspot_class == want


def test_redbridge_robbery_2021_lsoa_matches_esda(hot_store):
    from crimestats.hotspot._hotspots import hotspots

    counts = _annual_robbery(2021)
    with open(need("mps-recorded-crime/lsoa-annual-2011-2021/london-2011-2021-major-robbery.csv")) as fh:
        red = {r["LSOA11CD"] for r in csv.DictReader(fh) if r["LAD11CD"] == REDBRIDGE}
    gdf, w = _lsoa11(red)
    r = hotspots(hot_store, measure="robbery", area="Redbridge", period="2021", unit="lsoa",
                 adjust="holm", permutations=0)   # the normal approximation, still available
    _check_against_esda(r, list(w.id_order), counts, w)
    assert r.source.startswith("mps_recorded_crime_lsoa_annual") and r.boundary_vintage == "LSOA 2011"
    assert r.adjust == "holm" and "Holm" in r.adjust_label
    assert r.concentration.total == sum(counts[c] for c in red)
    top10 = sorted((counts[c] for c in red), reverse=True)[: -(-len(red) // 10)]
    assert r.concentration.top["10%"]["share"] == pytest.approx(sum(top10) / r.concentration.total)
    assert r.hot, "Ilford town centre robbery cluster expected to be significant"
    # rates: mid-2020 LSOA population straight from the ONS file
    with open(need("ons-population/london-lsoa/london-mid2020-pop.csv"), newline="") as fh:
        pop = {x["LSOA11CD"]: float(x["Persons_All-Ages"].replace(",", "")) for x in csv.DictReader(fh)}
    first = r.places[0]
    assert first.rate_per_1000 == pytest.approx(1000 * first.count / pop[first.code], abs=1e-3)
    assert "2020" in r.population_note
    # stability: consecutive years 2011..2021 from the same file
    assert [s.year_a for s in r.stability][:2] == ["2011", "2012"] and len(r.stability) == 10
    c20, c21 = _annual_robbery(2020), counts
    from scipy.stats import spearmanr

    codes = list(w.id_order)
    rho = spearmanr([c20[c] for c in codes], [c21[c] for c in codes]).statistic
    assert r.stability[-1].spearman == pytest.approx(rho)


def test_london_robbery_2021_lsoa_fdr_matches_esda(hot_store):
    from crimestats.hotspot._hotspots import hotspots

    counts = _annual_robbery(2021)
    gdf, w = _lsoa11(set(counts))
    r = hotspots(hot_store, measure="robbery", area="London", period="2021", adjust="fdr", permutations=0)
    assert r.adjust == "fdr_bh"
    _check_against_esda(r, list(w.id_order), counts, w, adjust="fdr")
    assert len(r.places) == len(counts)


def test_london_robbery_2025_lsoa_monthly_parquet(hot_store):
    import geopandas as gpd
    import pyarrow.parquet as pq

    from crimestats.hotspot._hotspots import hotspots

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-lsoa.parquet")).to_pylist()
    months = [f"2025{m:02d}" for m in range(1, 13)]
    counts: dict[str, int] = {}
    for row in t:
        counts.setdefault(row["lsoa_code"], 0)
        if row["major_category"].upper() == "ROBBERY":
            counts[row["lsoa_code"]] += sum(int(row[m] or 0) for m in months)
    g = gpd.read_file(need("boundaries/london-lsoa2021-gen20/london-2021-lsoa-gen20.shp"))
    gdf, w = queen_from(g[g.LSOA21CD.isin(counts)], "LSOA21CD")
    r = hotspots(hot_store, measure="robbery", area="London", period="2025", adjust="holm", permutations=0)
    assert r.boundary_vintage == "LSOA 2021" and r.months_present == 12
    _check_against_esda(r, list(w.id_order), counts, w)
    # only one full calendar year: stability falls back to consecutive 12-month blocks
    assert [(s.year_a, s.year_b) for s in r.stability] == [("2024-03..2025-02", "2025-03..2026-02")]
    red = hotspots(hot_store, measure="robbery", area="Redbridge", period="2025")
    assert {p.code for p in red.places} == {c for c in counts
                                           if g.set_index("LSOA21CD").LAD22CD.get(c) == REDBRIDGE}


def test_ward_hotspots_where_ward_codes_match_the_2014_boundaries(hot_store):
    import geopandas as gpd
    import pyarrow.parquet as pq

    from crimestats.hotspot._hotspots import hotspots

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-ward-historical.parquet")).to_pylist()
    wards = gpd.read_file("zip://" + str(need("boundaries/london-wards-2014/london_wards.zip"))
                          + "!London_Ward_Boundaries.shp")
    hackney = wards[wards.BOROUGH == "Hackney"]
    counts = {c: 0 for c in hackney.GSS_CODE}
    for row in t:
        if row["wardcode"] in counts and row["majortext"].upper() == "ROBBERY":
            counts[row["wardcode"]] += sum(int(row[f"2022{m:02d}"] or 0) for m in range(1, 13))
    gdf, w = queen_from(hackney, "GSS_CODE")
    r = hotspots(hot_store, measure="robbery", area="Hackney", period="2022", unit="ward", adjust="holm",
                 permutations=0)
    assert r.boundary_vintage == "wards 2014"
    _check_against_esda(r, list(w.id_order), counts, w)
    # Redbridge's wards were redrawn after 2014: the counts' codes have no boundary; say so
    with pytest.raises(NoDataError, match="different ward geography"):
        hotspots(hot_store, measure="robbery", area="Redbridge", period="2022", unit="ward")


# -- real City of London points --------------------------------------------------------------

def _street_rows(year: int):
    """Street rows of a year as the reader keeps them: later duplicate Crime IDs dropped."""
    out = []
    for m in range(1, 13):
        p = need(f"police-uk-street/city-of-london/{year}-{m:02d}/{year}-{m:02d}-city-of-london-street.csv")
        seen = set()
        with open(p, newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                cid = row["Crime ID"].strip()
                if cid and cid in seen:
                    continue
                seen.add(cid)
                out.append(row)
    return out


@pytest.mark.parametrize("measure,year,types", [
    ("all_crime", 2019, None),
    ("theft", 2024, THEFT_TYPES),
])
def test_city_of_london_grid(hot_store, measure, year, types):
    import geopandas as gpd
    import shapely

    from crimestats.hotspot._hotspots import hotspots

    rows = [r for r in _street_rows(year)
            if (r["Crime type"] in types if types else r["Crime type"] != "Anti-social behaviour")]
    no_loc = sum(1 for r in rows if not r["Longitude"].strip())
    r = hotspots(hot_store, measure=measure, area="City of London", period=str(year), unit="grid",
                 adjust="holm", permutations=0)   # the normal approximation, compared with esda's below
    g = r.grid
    assert g is not None and g.cell_size_m >= 50 and "automatic" in g.rule
    assert g.points_total == len(rows)
    assert g.points_no_location == no_loc > 0
    assert g.points_in_area + g.points_outside_area + g.points_no_location == g.points_total
    assert g.points_outside_area > 0   # City of London Police record some crimes outside the City
    assert sum(p.count for p in r.places) == g.points_in_area == r.concentration.total
    assert any("no location" in c for c in r.caveats)
    # Gi* against esda on Queen weights libpysal builds from the cell squares
    s = g.cell_size_m
    cells = gpd.GeoDataFrame(
        {"code": [p.code for p in r.places]},
        geometry=[shapely.box(int(p.code.split("_")[0]), int(p.code.split("_")[1]),
                              int(p.code.split("_")[0]) + s, int(p.code.split("_")[1]) + s)
                  for p in r.places])
    gdf, w = queen_from(cells, "code")
    counts = {p.code: p.count for p in r.places}
    _check_against_esda(r, list(w.id_order), counts, w)
    # a chosen cell size is reported as chosen
    r2 = hotspots(hot_store, measure=measure, area="City of London", period=str(year), unit="grid",
                  cell_size=150)
    assert r2.grid.cell_size_m == 150 and r2.grid.rule.startswith("chosen")


# -- edge cases -------------------------------------------------------------------------------

def test_period_with_missing_months_is_refused_unless_allowed(hot_store):
    from crimestats.hotspot._hotspots import hotspots

    with pytest.raises(PartialPeriodError, match="2024-01"):
        hotspots(hot_store, measure="robbery", area="Redbridge", period="2024")
    r = hotspots(hot_store, measure="robbery", area="Redbridge", period="2024", allow_partial=True)
    assert r.months_present == 11 and r.months_expected == 12
    assert any("partial period" in c for c in r.caveats)
    # City of London street data has a gap 2020-12..2022-06: 2021 has no data at all
    with pytest.raises(NoDataError, match="no data for 2021"):
        hotspots(hot_store, measure="theft", area="City of London", period="2021", unit="grid")


def test_period_outside_the_data_names_what_is_held(hot_store):
    from crimestats.hotspot._hotspots import hotspots

    with pytest.raises(NoDataError, match=r"2024-02\.\.2026-02.*2011\.\.2021"):
        hotspots(hot_store, measure="robbery", area="Redbridge", period="2022")


def test_bad_arguments(hot_store):
    from crimestats.hotspot._hotspots import hotspots

    with pytest.raises(UnknownMeasureError, match="recorded offences"):
        hotspots(hot_store, measure="knife_crime_hotness", area="Redbridge", period="2021")
    with pytest.raises(InputError, match="over the cap"):
        hotspots(hot_store, measure="theft", area="City of London", period="2024", unit="grid",
                 cell_size=2)
    with pytest.raises(InputError, match="adjust"):
        hotspots(hot_store, measure="robbery", area="Redbridge", period="2021", adjust="sidak")


def _tiny_store(path: Path, counts: dict[str, int]) -> Store:
    """Three (or fewer) square 'LSOAs' in Redbridge with the counts given, for one month."""
    store = Store(path)
    con = store.con
    con.execute("INSERT INTO ingests VALUES (1,'mps_recorded_crime','test','t.csv','t.csv','x',0,"
                "NULL,NULL,'test',DATE '2020-01-01','given',1,1,0,NULL,NULL,now())")
    con.execute("INSERT INTO coverage VALUES (1,'mps_recorded_crime','force','metropolitan',NULL,"
                "'lsoa','month',DATE '2020-01-01',DATE '2020-01-01')")
    for i, (code, n) in enumerate(counts.items()):
        con.execute("INSERT INTO counts (ingest_id, source, period_grain, period_start, area_type, "
                    "area_code, area_name, parent_code, offence_key, unit, count) VALUES "
                    "(1,'mps_recorded_crime','month',DATE '2020-01-01','lsoa',?,?,?,'personal_robbery',"
                    "'offences',?)", [code, f"Redbridge 00{i}A", REDBRIDGE, n])
        lon = 0.0625 * i   # exact in binary, so neighbouring squares share vertices exactly
        geo = {"type": "Polygon", "coordinates": [[[lon, 51.5], [lon + 0.0625, 51.5],
                                                    [lon + 0.0625, 51.5625], [lon, 51.5625], [lon, 51.5]]]}
        con.execute("INSERT INTO boundaries VALUES (1,'lsoa',?,NULL,'LSOA 2021',?)", [code, json.dumps(geo)])
    return store


def test_area_with_no_crime(tmp_path):
    from crimestats.hotspot._hotspots import hotspots

    with _tiny_store(tmp_path / "z.duckdb", {"E01000001": 0, "E01000002": 0, "E01000003": 0}) as s:
        with pytest.raises(NoDataError, match="no robbery recorded in Redbridge"):
            hotspots(s, measure="robbery", area="Redbridge", period="2020-01")


def test_one_place_only(tmp_path):
    from crimestats.hotspot._hotspots import hotspots

    with _tiny_store(tmp_path / "o.duckdb", {"E01000001": 4}) as s:
        with pytest.raises(NoDataError, match="only one LSOA"):
            hotspots(s, measure="robbery", area="Redbridge", period="2020-01")


def test_tiny_store_counts_children_of_the_measure(tmp_path):
    from crimestats.hotspot._hotspots import hotspots

    with _tiny_store(tmp_path / "t.duckdb", {"E01000001": 9, "E01000002": 1, "E01000003": 0}) as s:
        r = hotspots(s, measure="robbery", area="Ilford", period="2020-01")
        assert [p.count for p in r.places] == [9, 1, 0]
        assert r.population_note.startswith("no lsoa population")
        assert r.places[0].neighbours == 2 and r.places[1].neighbours == 3


# -- maps and CLI -----------------------------------------------------------------------------

def test_maps_svg_png_geojson(hot_store, tmp_path):
    from crimestats.hotspot._hotspots import hotspots
    from crimestats.hotspot._maps import hotspot_geojson, save_hotspot_map

    r = hotspots(hot_store, measure="robbery", area="Redbridge", period="2021")
    gj = hotspot_geojson(r)
    assert len(gj["features"]) == len(r.places)
    f0 = gj["features"][0]
    assert f0["properties"]["hotspot_class"] in ("hot", "cold", "not significant")
    assert f0["geometry"]["type"] in ("Polygon", "MultiPolygon")
    lon, lat = f0["geometry"]["coordinates"][0][0][:2] if f0["geometry"]["type"] == "Polygon" \
        else f0["geometry"]["coordinates"][0][0][0][:2]
    assert -0.6 < lon < 0.4 and 51.2 < lat < 51.8
    svg = save_hotspot_map(r, tmp_path / "m.svg").read_text()
    assert svg.lstrip().startswith("<svg") and "Hot and cold spots" in svg
    assert (save_hotspot_map(r, tmp_path / "m.png").read_bytes()[:8]) == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(InputError, match="map format"):
        save_hotspot_map(r, tmp_path / "m.bmp")


def test_cli_hotspots(hot_store_path, tmp_path):
    from typer.testing import CliRunner

    from crimestats.cli import app

    runner = CliRunner()
    out = tmp_path / "map.svg"
    res = runner.invoke(app, ["hotspots", "--measure", "robbery", "--area", "Redbridge", "--period",
                              "2021", "--db", str(hot_store_path), "--format", "json", "--map", str(out)])
    assert res.exit_code == 0, res.output
    d = json.loads(res.stdout)
    assert d["adjust"] == "holm" and d["places"][0]["rank"] == 1 and out.exists()
    res = runner.invoke(app, ["hotspots", "--area", "City of London", "--measure", "theft", "--period",
                              "2024", "--unit", "grid", "--db", str(hot_store_path)])
    assert res.exit_code == 0, res.output
    assert "Grid:" in res.stdout and "m cells" in res.stdout
    res = runner.invoke(app, ["hotspots", "--area", "Redbridge", "--period", "2024",
                              "--db", str(hot_store_path)])
    assert res.exit_code == 1 and "2024-01" in res.output


def test_ward_hotspots_for_london_and_redbridge_once_2022_ward_boundaries_are_ingested(hot_store_path, tmp_path):
    """The MPS ward counts use the 2022 ward codes; ../shared/data has only 2014 ward polygons.
    Supplying a boundary file with the 2022 codes (here a synthetic square tessellation carrying the
    real codes, in the ONS WD22CD/WD22NM/LAD22CD layout) is all ward hotspots need: the counts are
    the real ones and Gi* is checked against esda on the same Queen weights."""
    import shutil

    import geopandas as gpd
    import pyarrow.parquet as pq
    from shapely.geometry import box

    from crimestats.hotspot._hotspots import hotspots

    t = pq.read_table(need("met-london-datastore-parquet/recorded-crime-ward-historical.parquet")).to_pylist()
    lad = gpd.read_file(need("boundaries/london-lad22-gen20/london-2021-lad22-gen20.shp"))
    lad_code = dict(zip(lad.LAD22NM, lad.LAD22CD, strict=True))
    wards: dict[str, tuple[str, str | None]] = {}
    robbery: dict[str, int] = {}
    for row in t:
        code = row["wardcode"]
        wards[code] = (row["wardname"], lad_code.get(row["lookup_boroughname"]))
        robbery.setdefault(code, 0)
        if row["majortext"].upper() == "ROBBERY":
            robbery[code] += sum(int(row[f"2022{m:02d}"] or 0) for m in range(1, 13))
    codes = sorted(wards)
    ncol = 26
    gdf = gpd.GeoDataFrame(
        {"WD22CD": codes, "WD22NM": [wards[c][0] for c in codes], "LAD22CD": [wards[c][1] or "" for c in codes]},
        geometry=[box(500000 + (i % ncol) * 1000, 170000 + (i // ncol) * 1000,
                      501000 + (i % ncol) * 1000, 171000 + (i // ncol) * 1000) for i in range(len(codes))],
        crs="EPSG:27700")
    gpkg = tmp_path / "wards-2022.gpkg"
    gdf.to_file(gpkg, driver="GPKG")
    db = tmp_path / "hot-wards.duckdb"
    shutil.copy(hot_store_path, db)
    with Store(db) as store:
        [res] = crimestats.ingest_paths(store, [gpkg])
        assert res.status == "ingested", res.reason
    with Store(db, read_only=True) as store:
        red_codes = [c for c in codes if wards[c][1] == REDBRIDGE]
        assert len(red_codes) >= 20
        r = hotspots(store, measure="robbery", area="Redbridge", period="2022", unit="ward", adjust="holm",
                     permutations=0)
        assert r.boundary_vintage == "wards 2022"
        sub, w = queen_from(gdf[gdf.WD22CD.isin(red_codes)], "WD22CD")
        _check_against_esda(r, list(w.id_order), robbery, w)
        # London: every ward the Met counts, Heathrow's SO18 wards included (no borough needed)
        r = hotspots(store, measure="robbery", area="London", period="2022", unit="ward", adjust="holm",
                     permutations=0)
        assert r.boundary_vintage == "wards 2022"
        in_london = {p.code for p in r.places}
        sub, w = queen_from(gdf[gdf.WD22CD.isin(in_london)], "WD22CD")
        assert len(in_london) >= 600 and not r.unmatched, (len(in_london), r.unmatched[:3])
        _check_against_esda(r, list(w.id_order), robbery, w)
        assert r.concentration.total == sum(robbery[c] for c in in_london)
