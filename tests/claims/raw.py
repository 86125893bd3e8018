"""Expected figures for the claim-checker tests, read straight from the raw files in ../shared/data.

Everything here uses the csv module or pyarrow, never crimestats: a test renders its sentence from
these figures (or a wrong one) and checks the checker's verdict, so a wrong reading of the data fails.
A missing file skips the test loudly (``need``).

The Met recorded-crime readers, and which rows they keep:
- ``mps`` / ``_mps``: the latest extract (recorded-crime-borough-historical.parquet, April 2010 to
  February 2024, plus recorded-crime-borough.parquet, March 2024 on), NFIB fraud rows left out;
- ``raw`` / ``table``: the same two files by major category (for rankings and records);
- ``borough_counts_2025``: one file's 2025 columns by borough or ward;
- ``extract_2023_11``: the earlier MPS CSV extract to 2023-11 (a second release, for revisions).
"""

from __future__ import annotations

import csv
import glob
from collections import Counter
from functools import lru_cache

import pytest

from conftest import SHARED, need

_P = "met-london-datastore-parquet"
MONTHS_2025 = [f"2025{m:02d}" for m in range(1, 13)]


def seed_text() -> str:
    """The seed article the checker was built on (docs/seed-article.txt beside the shared data)."""
    p = SHARED.parent / "docs" / "seed-article.txt"
    if not p.exists():
        pytest.skip(f"seed article missing: {p}")
    return p.read_text(encoding="utf-8")


def pct(now: float, then: float) -> float:
    """Percentage change from ``then`` to ``now``."""
    return (now - then) / then * 100


def fy(end: int) -> list[str]:
    """The yyyymm months of the financial year ending March ``end``."""
    return [f"{end - 1}{m:02d}" for m in range(4, 13)] + [f"{end}{m:02d}" for m in range(1, 4)]


# ----------------------------------------------------------------------------- Met recorded crime, latest extract
@lru_cache(maxsize=1)
def _mps() -> dict[tuple[str, str, str, str], int]:
    """(MAJOR, MINOR, borough, yyyymm) -> offences, latest extract (historical + current parquet), no NFIB."""
    import pyarrow.parquet as pq

    out: dict[tuple[str, str, str, str], int] = {}
    for f in ("recorded-crime-borough-historical", "recorded-crime-borough"):
        for r in pq.read_table(need(f"{_P}/{f}.parquet")).to_pylist():
            maj, mi = (r["majortext"] or "").upper(), (r["minortext"] or "").upper()
            if maj == "NFIB FRAUD":
                continue
            for k, v in r.items():
                if k.isdigit() and v is not None:
                    key = (maj, mi, r["boroughname"], k)
                    out[key] = out.get(key, 0) + int(v)
    return out


def mps(*, year: int | None = None, months: list[str] | None = None, major: str | None = None,
        minor: str | None = None, borough: str | None = None) -> int:
    """Met offences over a calendar year or a list of yyyymm months, any filter left None is all."""
    mm = set(months or [f"{year}{m:02d}" for m in range(1, 13)])
    return sum(v for (ma, mi, b, k), v in _mps().items()
               if k in mm and (major is None or ma == major) and (minor is None or mi == minor)
               and (borough is None or b == borough))


def majors() -> set[str]:
    """Every major category in the latest extract (NFIB fraud already left out)."""
    return {ma for (ma, _, _, _) in _mps()}


def boroughs() -> list[str]:
    """The boroughs of the latest extract (no Unknown, airports or aviation security)."""
    return sorted({b for (_, _, b, _) in _mps()} - {"Unknown", "London Heathrow and London City Airports",
                                                    "Aviation Security (SO18)"})


@lru_cache(maxsize=1)
def nfib_cells() -> dict[tuple[str, str, str, str], int]:
    """('NFIB FRAUD', '', borough, yyyymm) -> the NFIB fraud rows the published totals leave out."""
    import pyarrow.parquet as pq

    out: dict[tuple[str, str, str, str], int] = {}
    for f in ("recorded-crime-borough-historical", "recorded-crime-borough"):
        for r in pq.read_table(need(f"{_P}/{f}.parquet")).to_pylist():
            if (r["majortext"] or "").upper() == "NFIB FRAUD":
                for k, v in r.items():
                    if k.isdigit() and v is not None:
                        key = ("NFIB FRAUD", "", r["boroughname"], k)
                        out[key] = out.get(key, 0) + int(v)
    return out


# ----------------------------------------------------------------------------- by major category (rankings, records)
@lru_cache(maxsize=None)
def _cells() -> dict[tuple[str, str, str], int]:
    """{(MAJOR, borough, yyyymm): count} from the two latest Met borough files."""
    import pyarrow.parquet as pq

    out: dict[tuple[str, str, str], int] = {}
    for f in ("recorded-crime-borough-historical", "recorded-crime-borough"):
        for r in pq.read_table(need(f"{_P}/{f}.parquet")).to_pylist():
            key = (r["majortext"].upper(), r["boroughname"])
            for k, v in r.items():
                if k.isdigit() and v is not None:
                    out[(*key, k)] = out.get((*key, k), 0) + int(v)
    return out


def calendar_months(year: int, fy: bool = False) -> set[str]:
    """The yyyymm months of a calendar year, or of the financial year ending March ``year``."""
    if fy:
        return {f"{year - 1}{m:02d}" for m in range(4, 13)} | {f"{year}{m:02d}" for m in range(1, 4)}
    return {f"{year}{m:02d}" for m in range(1, 13)}


def raw(major: str, year: int, borough: str | None = None, fy: bool = False) -> int:
    """One major category's count over a (financial) year, in one borough or all of London."""
    mm = calendar_months(year, fy)
    return sum(v for (maj, b, k), v in _cells().items()
               if maj == major and k in mm and (borough is None or b == borough))


def table_boroughs() -> list[str]:
    return sorted({b for (_, b, _) in _cells()} - {"Unknown", "London Heathrow and London City Airports"})


def table(major: str, year: int) -> list[tuple[str, int]]:
    """Every Met borough's count for the calendar year, highest first (ties by name)."""
    rows = [(b, raw(major, year, b)) for b in table_boroughs()]
    assert len(rows) == 32
    return sorted(rows, key=lambda t: (-t[1], t[0]))


def position(rows: list[tuple[str, float]], name: str, high: bool = True) -> int:
    """1 + how many rows are strictly beyond ``name``'s value."""
    v = dict(rows)[name]
    return 1 + sum(1 for _, x in rows if (x > v if high else x < v))


@lru_cache(maxsize=None)
def homicide_cells() -> dict[tuple[str, str], int]:
    """{(borough, yyyymm): homicide offences} (Violence Against the Person / Homicide rows)."""
    import pyarrow.parquet as pq

    out: dict[tuple[str, str], int] = {}
    for f in ("recorded-crime-borough-historical", "recorded-crime-borough"):
        for r in pq.read_table(need(f"{_P}/{f}.parquet")).to_pylist():
            if r["minortext"].upper() != "HOMICIDE":
                continue
            for k, v in r.items():
                if k.isdigit() and v is not None:
                    out[(r["boroughname"], k)] = out.get((r["boroughname"], k), 0) + int(v)
    return out


# ----------------------------------------------------------------------------- one file's 2025 columns
@lru_cache(maxsize=None)
def borough_counts_2025(major: str | None, minor: str | None, table: str) -> dict[str, int]:
    """{borough (or ward): count over 2025} from one Met recorded-crime parquet (NFIB fraud left out)."""
    import pyarrow.parquet as pq

    rows = pq.read_table(need(f"{_P}/{table}.parquet")).to_pylist()
    out: dict[str, int] = {}
    for r in rows:
        maj, mi = r["majortext"].upper(), r["minortext"].upper()
        if maj == "NFIB FRAUD" or (major and maj != major) or (minor and mi != minor):
            continue
        name = r["boroughname"] if "boroughname" in r else r.get("lookup_boroughname")
        key = r.get("wardname") or name
        out[key] = out.get(key, 0) + sum(int(r[m] or 0) for m in MONTHS_2025 if m in r)
    return out


def busiest_borough_2025(major: str) -> tuple[str, int]:
    counts = borough_counts_2025(major, None, "recorded-crime-borough")
    name = max(counts, key=counts.get)
    return name, counts[name]


def borough_rates_2025(major: str) -> tuple[dict[str, float], float]:
    """({borough: offences per 1,000 residents in 2025}, London's rate) with the GLA 2025 populations."""
    counts, pop = borough_counts_2025(major, None, "recorded-crime-borough"), gla_boroughs(2025)
    rates = {b: 1000 * counts[b] / pop[b] for b in pop if b in counts}
    london = 1000 * sum(counts[b] for b in pop if b in counts) / sum(pop.values())
    return rates, london


def year_counts(major: str, borough: str, years: tuple[int, ...]) -> dict[int, int]:
    """{year: count} for one borough and major category, from the current recorded-crime parquet
    (March 2024 on) and the historical one (months before)."""
    import pyarrow.parquet as pq

    out = dict.fromkeys(years, 0)
    seen: set[str] = set()
    for name in ("recorded-crime-borough", "recorded-crime-borough-historical"):
        rows = pq.read_table(need(f"{_P}/{name}.parquet")).to_pylist()
        cols = {k for k in (rows[0] if rows else {}) if k.isdigit() and k not in seen}
        for r in rows:
            if r["majortext"].upper() != major or r["boroughname"] != borough:
                continue
            for y in years:
                out[y] += sum(int(r[k] or 0) for k in cols if k.startswith(str(y)))
        seen |= cols
    return out


# ----------------------------------------------------------------------------- earlier Met releases (CSV extracts)
@lru_cache(maxsize=1)
def extract_2023_11() -> dict[tuple[str, str], int]:
    """(MAJOR or 'minor:MINOR', yyyymm) -> offences in London from the MPS extract to 2023-11 (no NFIB)."""
    out: dict[tuple[str, str], int] = {}
    with open(need("mps-recorded-crime/borough_21_23.csv"), newline="") as fh:
        for r in csv.DictReader(fh):
            maj = r["MajorText"].upper()
            if maj == "NFIB FRAUD":
                continue
            for k, v in r.items():
                if k.isdigit():
                    out[(maj, k)] = out.get((maj, k), 0) + int(v)
                    mi = "minor:" + r["MinorText"].upper()
                    out[(mi, k)] = out.get((mi, k), 0) + int(v)
    return out


def london_homicides_2023_11(year: int) -> int:
    """London homicide offences in a year from the CSV extract to 2023-11 (airports left out)."""
    with open(need("mps-recorded-crime/borough_21_23.csv"), newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    cols = [c for c in rows[0] if c.startswith(str(year))]
    return sum(int(float(r[c] or 0)) for r in rows if r["MinorText"].strip().lower() == "homicide"
               and r["LookUp_BoroughName"] != "London Heathrow and London City Airports" for c in cols)


def croydon_shoplifting_februaries() -> dict[int, int]:
    """Croydon shoplifting in each February, from the three MPS borough files (later files win)."""
    import pyarrow.parquet as pq

    out: dict[int, int] = {}
    for rel in ("mps-recorded-crime/borough_10_21.csv", "mps-recorded-crime/borough_21_23.csv"):
        with open(need(rel), newline="") as fh:
            for r in csv.DictReader(fh):
                if r["LookUp_BoroughName"] == "Croydon" and r["MinorText"].lower() == "shoplifting":
                    for k, v in r.items():
                        if k.isdigit() and k.endswith("02"):
                            out[int(k[:4])] = int(v)
    t = pq.read_table(need(f"{_P}/recorded-crime-borough.parquet")).to_pylist()
    rows = [r for r in t if r["boroughname"] == "Croydon" and r["minortext"] == "SHOPLIFTING"]
    for k in rows[0]:
        if k.isdigit() and k.endswith("02"):
            out[int(k[:4])] = sum(r[k] for r in rows)
    return out


# ----------------------------------------------------------------------------- homicide victims (Met victims file)
def victims_by_year(**filters: str) -> Counter:
    """{year: victims} where every column=value filter holds."""
    with open(need("met-homicide-victims/homicides.csv"), newline="", encoding="utf-8") as fh:
        return Counter(int(r["Year"]) for r in csv.DictReader(fh)
                       if all(r[k] == v for k, v in filters.items()))


def homicide_victims(year: int, **flt: str) -> int:
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        return sum(1 for r in csv.DictReader(fh)
                   if int(r["Year"]) == year and all(r[k] == v for k, v in flt.items()))


def london_victims(year: int) -> int:
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        return sum(1 for r in csv.DictReader(fh) if int(r["Year"]) == year)


def unsolved_victims(year: int) -> int:
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        return sum(1 for r in csv.DictReader(fh) if int(r["Year"]) == year and r["Solved_Status"] == "Unsolved")


def solved_share(year: int) -> float:
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if int(r["Year"]) == year]
    return 100 * sum(r["Solved_Status"] == "Solved" for r in rows) / len(rows)


def victims_by_method(year: int) -> tuple[int, int]:
    """(knife victims, all victims) in London for a year, from the Met homicide victims CSV."""
    knife = total = 0
    with open(need("met-homicide-victims/homicides.csv"), newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    ycol = next(k for k in rows[0] if "year" in k.lower())
    mcol = next(k for k in rows[0] if "method" in k.lower())
    ccol = next((k for k in rows[0] if k.lower() in ("count", "count_of_victims", "victims")), None)
    for r in rows:
        if str(r[ycol]).strip()[:4] != str(year):
            continue
        n = int(r[ccol]) if ccol else 1
        total += n
        knife += n if "knife" in r[mcol].lower() else 0
    return knife, total


def victims_by_age(band: str) -> dict[int, int]:
    """{year: homicide victims in the Met age band} from the raw victims csv."""
    out: dict[int, int] = {}
    with open(need("met-homicide-victims/homicides.csv"), newline="") as fh:
        for r in csv.DictReader(fh):
            if r["Age_Group"] == band:
                out[int(r["Year"])] = out.get(int(r["Year"]), 0) + 1
    return out


# ----------------------------------------------------------------------------- populations
def gla_pop(name: str, year: int) -> float:
    with open(need("ons-population/london-borough-gla/housing-density-borough.csv"), newline="") as fh:
        for r in csv.DictReader(fh):
            if r["Name"] == name and int(r["Year"]) == year:
                return float(r["Population"])
    raise KeyError(name)


@lru_cache(maxsize=None)
def gla_population(year: int) -> dict[str, float]:
    """{name: population} of the 33 London local authorities (the City included)."""
    with open(need("ons-population/london-borough-gla/housing-density-borough.csv"), newline="") as fh:
        return {r["Name"]: float(r["Population"]) for r in csv.DictReader(fh)
                if r["Code"].startswith("E09") and int(r["Year"]) == year}


def gla_boroughs(year: int) -> dict[str, float]:
    """{name: population} of the 32 boroughs (the City left out)."""
    with open(need("ons-population/london-borough-gla/housing-density-borough.csv"), newline="") as fh:
        return {r["Name"]: float(r["Population"]) for r in csv.DictReader(fh)
                if r["Code"].startswith("E09") and r["Code"] != "E09000001" and int(r["Year"]) == year}


def london32_pop(year: int) -> float:
    with open(need("ons-population/london-borough-gla/housing-density-borough.csv"), newline="") as fh:
        return sum(float(r["Population"]) for r in csv.DictReader(fh)
                   if r["Code"].startswith("E09") and r["Code"] != "E09000001" and int(r["Year"]) == year)


def pfa_pop(year: int) -> float:
    """The ONS mid-year estimate for the Metropolitan Police force area."""
    with open(need("ons-population/britishdrugdynamics/population_policeforces.csv"), newline="") as fh:
        return next(float(r["Metropolitan Police"]) for r in csv.DictReader(fh) if int(r["year"]) == year)


# ----------------------------------------------------------------------------- international homicide rates (OWID)
def owid(country: str, year: int) -> float:
    with open(need("international-homicide/owid-unodc-timeseries/homicide-rate-unodc.csv"), newline="") as fh:
        rows = list(csv.reader(fh))
    return next(float(r[3]) for r in rows[1:] if r[0] == country and int(r[2]) == year)


def owid_series(country: str) -> dict[int, float]:
    p = need("international-homicide/owid-unodc-timeseries/homicide-rate-unodc.csv")
    with open(p, newline="") as fh:
        return {int(r["Year"]): float(r["Homicide rate per 100,000 population"])
                for r in csv.DictReader(fh) if r["Entity"] == country}


# ----------------------------------------------------------------------------- ONS knife crime (compiled tables)
_KNIFE = "knife-crime/britishdrugdynamics"


def ons_knife(file: str, column: str, year_ending_march: int) -> int:
    """One cell of the compiled ONS knife table (the 'year' label is the year ending March)."""
    with open(need(f"{_KNIFE}/{file}"), newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            if int(row["year"]) == year_ending_march:
                return int(float(row[column]))
    raise KeyError((column, year_ending_march))


def forces_knife_fy(year_ending: int) -> list[tuple[str, int]]:
    """Every force's knife crime count in the year ending March, highest first."""
    with open(need(f"{_KNIFE}/knifecrime_polices.csv"), newline="", encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            if r["year"] == str(year_ending):
                return sorted(((k, int(v)) for k, v in r.items() if k != "year" and v), key=lambda kv: -kv[1])
    raise KeyError(year_ending)


def met_knife_fy(fy_end: int) -> int:
    with open(need(f"{_KNIFE}/knifecrime_polices.csv"), encoding="utf-8-sig") as fh:
        return next(int(r["Metropolitan Police"]) for r in csv.DictReader(fh) if int(r["year"]) == fy_end)


# ----------------------------------------------------------------------------- custody, searches, animals
def custody_offences(year: int, group: str | None = None) -> int:
    import pyarrow.parquet as pq

    rows = pq.read_table(need(f"{_P}/custody.parquet")).to_pylist()
    return sum(r["offence_count"] for r in rows if r["current_disposal_year"] == year
               and (group is None or r["offence_group"] == group))


def custody_drug_offences(year: int) -> int:
    """Custody offences in the three drug groups together."""
    import pyarrow.parquet as pq

    t = pq.read_table(need(f"{_P}/custody.parquet")).to_pylist()
    return sum(r["offence_count"] or 0 for r in t
               if r["current_disposal_year"] == year and "drug" in (r["offence_group"] or "").lower())


def met_stops(months: list[str], col: str | None = None, val: str | None = None) -> int:
    """Met stop and searches (police.uk) over 'YYYY-MM' months, optionally where column == value."""
    n = 0
    for m in months:
        with open(need(f"police-uk-street/metropolitan-stop-and-search/{m}/{m}-metropolitan-stop-and-search.csv"),
                  newline="") as fh:
            n += sum(1 for r in csv.DictReader(fh) if col is None or r[col] == val)
    return n


def met_searches(year: int, month: int) -> int:
    p = need(f"police-uk-street/metropolitan-stop-and-search/{year}-{month:02d}/"
             f"{year}-{month:02d}-metropolitan-stop-and-search.csv")
    with open(p, newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def city_searches(year: int) -> list[dict[str, str]]:
    """Every City of London stop and search row of a year (police.uk)."""
    rows: list[dict[str, str]] = []
    pattern = str(need("police-uk-street/city-of-london")) + f"/{year}-*/{year}-*-city-of-london-stop-and-search.csv"
    for f in sorted(glob.glob(pattern)):
        with open(f, newline="", encoding="utf-8-sig") as fh:
            rows += list(csv.DictReader(fh))
    return rows


def child_strip_searches(year: int) -> list[dict]:
    import pyarrow.parquet as pq

    t = pq.read_table(need(f"{_P}/thorough-searches.parquet"),
                      columns=["stop_date", "age_group", "sex", "ethnic_appearance"]).to_pylist()
    return [r for r in t if (r["stop_date"] or "").startswith(str(year)) and r["age_group"] == "Under 18"]


# ----------------------------------------------------------------------------- City of London street crime (police.uk)
def city_crimes(year: int, crime_type: str) -> int:
    """City of London street crimes of one type in a calendar year, each Crime ID once."""
    ids: set[str] = set()
    blank = 0
    for m in range(1, 13):
        p = need(f"police-uk-street/city-of-london/{year}-{m:02d}/{year}-{m:02d}-city-of-london-street.csv")
        with open(p, newline="") as fh:
            for r in csv.DictReader(fh):
                if r["Crime type"] == crime_type:
                    if r["Crime ID"]:
                        ids.add(r["Crime ID"])
                    else:
                        blank += 1
    return len(ids) + blank


def city_rows_and_ids(year: int) -> tuple[dict[str, int], dict[str, int]]:
    """City of London street crimes by type in a calendar year: (every row, each Crime ID once)."""
    rows: dict[str, int] = {}
    ids: dict[str, set[str]] = {}
    blank: dict[str, int] = {}
    for m in range(1, 13):
        p = need(f"police-uk-street/city-of-london/{year}-{m:02d}/{year}-{m:02d}-city-of-london-street.csv")
        with open(p, newline="") as fh:
            for r in csv.DictReader(fh):
                t = r["Crime type"]
                rows[t] = rows.get(t, 0) + 1
                if r["Crime ID"]:
                    ids.setdefault(t, set()).add(r["Crime ID"])
                else:
                    blank[t] = blank.get(t, 0) + 1
    return rows, {t: len(ids.get(t, ())) + blank.get(t, 0) for t in rows}


# ----------------------------------------------------------------------------- police.uk street files, forces outside London
def force_street_count(force: str, crime_type: str, months: range = range(1, 12), year: int = 2022) -> int:
    """Crimes of ``crime_type`` in a force's street files for the months of ``year`` (Jan-Nov 2022 by default),
    a Crime ID repeated within a force-month file counted once (the store's counting rule)."""
    total = 0
    for m in months:
        f = need(f"police-uk-forces/{year}-{m:02d}/{year}-{m:02d}-{force}-street.csv")
        seen: set[str] = set()
        with open(f, newline="", encoding="utf-8") as fh:
            for rec in csv.DictReader(fh):
                cid = rec["Crime ID"].strip()
                if cid and cid in seen:
                    continue
                seen.add(cid)
                total += rec["Crime type"] == crime_type
    return total
