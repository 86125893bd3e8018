"""Population readers: GLA borough and ward series, ONS small-area estimates, ONS MYE tables.

All write the ``population`` table (one row per area x year, ``kind`` estimate | projection,
``age_band``/``sex`` NULL for all ages / persons) and name the areas they meet in ``areas``.
Population files have no months, so they record no coverage; the ``ingests`` line still says
which years a file holds in its vintage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .._errors import ParseError
from ..reference._areas import borough_code, normalise_name
from ._base import FileHead, IngestContext, Parsed, Reader
from ._readhelp import (
    choose_vintage,
    csv_rows,
    first_data_record,
    force_slug,
    insert_rows,
    number,
    upsert_areas,
)

__all__ = ["READERS", "GlaBoroughDensity", "GlaWardPopulation", "OnsSapeLsoa", "OnsMyeWide", "ForcePopulation2010"]

POP_COLUMNS = ("source", "area_type", "area_code", "area_name", "year", "kind", "age_band", "sex", "population")
OGL = "Open Government Licence v3.0"


def _area_type_of(code: str) -> str:
    """The area type an ONS GSS code prefix stands for."""
    return {"E09": "borough", "E05": "ward", "E01": "lsoa", "E12": "region", "E13": "inner_outer",
            "E92": "country", "E06": "lad", "E07": "lad", "E08": "lad"}.get(code[:3], "other")


def _year(value: str, *, head: FileHead, line: int, column: str) -> int:
    v = value.strip()
    if not re.fullmatch(r"(19|20)\d\d", v):
        raise ParseError(head.display, f"{value!r} is not a year", line=line, column=column,
                         hint="Check the file is the publisher's original, unedited")
    return int(v)


def _index(head: FileHead, names: list[str]) -> dict[str, int]:
    low = head.header_lower
    return {n: low.index(n) for n in names}


def _parsed(source: str, publisher: str, licence: str, vintage: tuple[str, date, str], rows_read: int,
            rows_kept: int, drops: dict[str, int] | None = None, notes: list[str] | None = None) -> Parsed:
    return Parsed(source=source, publisher=publisher, licence=licence, vintage=vintage[0],
                  vintage_date=vintage[1], vintage_basis=vintage[2], rows_read=rows_read,
                  rows_kept=rows_kept, drop_reasons=drops or {}, notes=notes or [])


@dataclass(frozen=True)
class GlaBoroughDensity:
    """GLA 'land area and population density' by borough: ONS MYE to 2010, GLA projections after."""

    format: str = "gla_housing_density_borough"
    source: str = "gla_housing_density_borough"
    description: str = "GLA borough population and density (ONS MYE 1999-2010, GLA projections 2011-)"

    def sniff(self, head: FileHead) -> bool:
        h = set(head.header_lower)
        return head.kind == "csv" and {"code", "name", "year", "source", "population",
                                       "population_per_hectare"} <= h and "ward_name" not in h

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        ix = _index(head, ["code", "name", "year", "source", "population"])
        rows, areas, names_e12 = [], [], set()
        kinds: dict[str, set[int]] = {}
        n = 0
        for line, rec in csv_rows(head):
            n += 1
            code, name, src = rec[ix["code"]].strip(), rec[ix["name"]].strip(), rec[ix["source"]].strip()
            year = _year(rec[ix["year"]], head=head, line=line, column="Year")
            if "projection" in src.lower():
                kind = "projection"
            elif "mye" in src.lower() or "estimate" in src.lower():
                kind = "estimate"
            else:
                raise ParseError(head.display, f"source {src!r} is neither an ONS estimate nor a projection",
                                 line=line, column="Source", hint="Expected 'ONS MYE' or 'GLA Population Projections'")
            pop = number(rec[ix["population"]], head=head, line=line, column="Population")
            atype = _area_type_of(code)
            if atype == "region":
                names_e12.add(name)
            rows.append((self.source, atype, code, name, year, kind, None, None, pop))
            areas.append((atype, code, name, None, None))
            kinds.setdefault(kind, set()).add(year)
        kept = insert_rows(ctx, "population", POP_COLUMNS, rows)
        upsert_areas(ctx, areas, source=self.source)
        last = max(y for ys in kinds.values() for y in ys)
        notes = [f"{k}: {min(ys)}-{max(ys)}" for k, ys in sorted(kinds.items())]
        notes.append("years from the GLA projection are projections, not ONS mid-year estimates")
        if len(names_e12) > 1:
            notes.append(f"the region is named {' / '.join(sorted(names_e12))} in different years; the code is the same")
        vintage = choose_vintage(ctx, label=f"GLA housing density, years to {last}", when=date(last, 1, 1),
                                 basis="last year in file")
        return _parsed(self.source, "Greater London Authority (London Datastore)", "Open Government Licence",
                       vintage, n, kept, notes=notes)


@dataclass(frozen=True)
class GlaWardPopulation:
    """GLA ward population projections (2014 wards), as the London Datastore ward density file."""

    format: str = "gla_ward_population"
    source: str = "gla_ward_population"
    description: str = "GLA ward population projections (Code, Borough, Ward_Name, Year, Population); CSV or .csv.gz"

    def sniff(self, head: FileHead) -> bool:
        return head.kind == "csv" and {"code", "borough", "ward_name", "year", "population"} <= set(head.header_lower)

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        ix = _index(head, ["code", "borough", "ward_name", "year", "population"])
        rows, areas, years, unknown = [], [], set(), set()
        n = 0
        for line, rec in csv_rows(head):
            n += 1
            code, ward, borough = rec[ix["code"]].strip(), rec[ix["ward_name"]].strip(), rec[ix["borough"]].strip()
            year = _year(rec[ix["year"]], head=head, line=line, column="Year")
            pop = number(rec[ix["population"]], head=head, line=line, column="Population")
            parent = borough_code(borough)
            if parent is None:
                unknown.add(borough)
            rows.append((self.source, "ward", code, ward, year, "projection", None, None, pop))
            areas.append(("ward", code, ward, "borough" if parent else None, parent))
            years.add(year)
        kept = insert_rows(ctx, "population", POP_COLUMNS, rows)
        upsert_areas(ctx, areas, source=self.source)
        notes = ["all years are GLA projections (kind 'projection'), 2014 ward boundaries"]
        if head.compressed:
            notes.append(f"read from a {head.compressed}-compressed file")
        if unknown:
            notes.append(f"borough names not recognised (ward parent left empty): {', '.join(sorted(unknown))}")
        last = max(years) if years else date.today().year
        vintage = choose_vintage(ctx, label=f"GLA ward projections, years to {last}", when=date(last, 1, 1),
                                 basis="last year in file")
        return _parsed(self.source, "Greater London Authority (London Datastore)", "Open Government Licence",
                       vintage, n, kept, notes=notes)


_SAPE_BAND = re.compile(r"^(persons|males|females)_(all-ages|\d+-\d+|\d+\+)$")


@dataclass(frozen=True)
class OnsSapeLsoa:
    """ONS small-area population estimates (SAPE) by LSOA 2011, broad age bands and sex.

    The file has no year column: the mid-year is taken from the file name ('...mid2020...').
    """

    format: str = "ons_sape_lsoa"
    source: str = "ons_sape_lsoa"
    description: str = "ONS mid-year LSOA population estimates (LSOA11CD, Persons_All-Ages, Males_0-15, ...)"

    def sniff(self, head: FileHead) -> bool:
        h = head.header_lower
        return head.kind == "csv" and "lsoa11cd" in h and "persons_all-ages" in h

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        m = re.search(r"mid[-_ ]?((?:19|20)\d\d)", head.display.rsplit("/", 1)[-1], flags=re.I)
        if not m:
            raise ParseError(head.display, "the file has no year column and its name does not say the mid-year",
                             hint="Keep the publisher's file name (e.g. 'london-mid2020-pop.csv')")
        year = int(m.group(1))
        low = head.header_lower
        bands = [(i, b) for i, h in enumerate(low) if (b := _SAPE_BAND.match(h))]
        i_code, i_name = low.index("lsoa11cd"), low.index("lsoa11nm")
        i_lad = low.index("lad11cd") if "lad11cd" in low else None
        i_ladnm = low.index("lad11nm") if "lad11nm" in low else None
        sex_of = {"persons": None, "males": "male", "females": "female"}
        rows, areas = [], []
        n = 0
        for line, rec in csv_rows(head):
            n += 1
            code, name = rec[i_code].strip(), rec[i_name].strip()
            lad = rec[i_lad].strip() if i_lad is not None else None
            for i, b in bands:
                band = None if b.group(2) == "all-ages" else b.group(2)
                pop = number(rec[i], head=head, line=line, column=head.header[i] if head.header else str(i))
                rows.append((self.source, "lsoa", code, name, year, "estimate", band, sex_of[b.group(1)], pop))
            areas.append(("lsoa", code, name, "borough" if lad else None, lad))
            if lad and i_ladnm is not None:
                areas.append((_area_type_of(lad), lad, rec[i_ladnm].strip(), None, None))
        insert_rows(ctx, "population", POP_COLUMNS, rows)
        upsert_areas(ctx, areas, source=self.source)
        vintage = choose_vintage(ctx, label=f"ONS SAPE mid-{year}", when=date(year, 6, 30), basis="file name")
        notes = [f"mid-year {year} taken from the file name (the file has no year column)",
                 "one row per LSOA x age band x sex; age_band NULL = all ages, sex NULL = persons"]
        return _parsed(self.source, "Office for National Statistics", OGL, vintage, n, n, notes=notes)


@dataclass(frozen=True)
class OnsMyeWide:
    """ONS mid-year estimates laid out as year rows x area columns (force, local authority, region).

    The same shape is used for knife-crime counts; populations are told apart by size: whole
    numbers with a median in the hundreds of thousands (the count tables hold hundreds).
    """

    format: str = "ons_mye_wide"
    source: str = "ons_mye"
    description: str = "ONS mid-year population estimates, one row per year, one column per area"

    def sniff(self, head: FileHead) -> bool:
        h = head.header_lower
        if head.kind != "csv" or len(h) < 3 or h[0] != "year":
            return False
        rec = first_data_record(head)
        if not rec or len(rec) != len(h) or not re.fullmatch(r"(19|20)\d\d", rec[0].strip()):
            return False
        vals = [v.strip() for v in rec[1:] if v.strip()]
        if not vals or not all(v.isdigit() for v in vals):
            return False
        nums = sorted(int(v) for v in vals)
        return nums[len(nums) // 2] >= 100_000

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        names = [h.strip() for h in (head.header or [])][1:]
        level, source = self._level(names)
        notes: list[str] = []
        cols = [self._area(level, nm, notes) for nm in names]
        rows, years = [], set()
        n = 0
        for line, rec in csv_rows(head):
            n += 1
            year = _year(rec[0], head=head, line=line, column="year")
            years.add(year)
            # not strict: this reader has always read a ragged row as far as it goes (a short row's
            # missing cells are simply absent, extra cells ignored); the other wide readers reject one
            for (atype, code, name), raw, col in zip(cols, rec[1:], names, strict=False):
                pop = number(raw, head=head, line=line, column=col, allow_blank=True)
                if pop is not None:
                    rows.append((source, atype, code, name, year, "estimate", None, None, pop))
        insert_rows(ctx, "population", POP_COLUMNS, rows)
        upsert_areas(ctx, [(t, c, nm, None, None) for t, c, nm in cols if c], source=source)
        last = max(years) if years else date.today().year
        vintage = choose_vintage(ctx, label=f"ONS MYE, years {min(years, default=last)}-{last}",
                                 when=date(last, 6, 30), basis="last year in file")
        notes.append(f"{level} populations, one column per area; aggregated by the file's author from ONS MYE")
        return _parsed(source, "Office for National Statistics (compiled by BritishDrugDynamics)", OGL,
                       vintage, n, n, notes=notes)

    @staticmethod
    def _level(names: list[str]) -> tuple[str, str]:
        low = {normalise_name(x) for x in names}
        if "england" in low:
            return "region", "ons_mye_regions"
        if "metropolitan police" in low or "metropolitan" in low:
            return "force", "ons_mye_pfa"
        return "local authority", "ons_mye_la"

    @staticmethod
    def _area(level: str, name: str, notes: list[str]) -> tuple[str, str | None, str]:
        if level == "region":
            return ("country" if normalise_name(name) == "england" else "region"), None, name
        if level == "force":
            return "force", force_slug(name), name
        code = borough_code(name)
        if code:
            return "borough", code, name
        parts = re.split(r"\s+and\s+", name)
        if len(parts) == 2 and all(borough_code(p) for p in parts):
            others = [p for p in parts if normalise_name(p) != "city of london"]
            merged = f"{others[0]} and City of London" if len(others) == 1 else name
            notes.append(f"{name!r}: two London boroughs merged by the file's author; stored as {merged!r} "
                         "with no code (it matches no single borough)")
            return "borough", None, merged
        return "la", None, name


@dataclass(frozen=True)
class ForcePopulation2010:
    """data.police.uk force ids with names and 2010 police force area populations (Home Office)."""

    format: str = "force_population_2010"
    source: str = "home_office_pfa_population"
    description: str = "police force ids, names and 2010 populations (id, Label, Population 2010)"

    def sniff(self, head: FileHead) -> bool:
        h = head.header_lower
        return head.kind == "csv" and len(h) == 3 and h[0] == "id" and h[1] == "label" and h[2].startswith("population")

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        col = (head.header or ["", "", "Population"])[2]
        m = re.search(r"(19|20)\d\d", col)
        if not m:
            raise ParseError(head.display, f"the population column {col!r} does not say its year", column=col)
        year = int(m.group(0))
        rows, areas = [], []
        drops: dict[str, int] = {}
        n = 0
        for line, rec in csv_rows(head):
            n += 1
            slug, label = rec[0].strip(), rec[1].strip()
            areas.append(("force", slug, label, None, None))
            pop = number(rec[2], head=head, line=line, column=col, allow_blank=True)
            if not pop:
                drops["no population given"] = drops.get("no population given", 0) + 1
                continue
            rows.append((self.source, "force", slug, label, year, "estimate", None, None, pop))
        kept = insert_rows(ctx, "population", POP_COLUMNS, rows)
        upsert_areas(ctx, areas, source=self.source)
        vintage = choose_vintage(ctx, label=f"PFA populations {year}", when=date(year, 6, 30), basis="in file")
        return _parsed(self.source, "Home Office (via datahub.io)", "not stated", vintage, n, kept, drops,
                       notes=["forces are keyed by their data.police.uk id"])


READERS: list[Reader] = [GlaBoroughDensity(), GlaWardPopulation(), OnsSapeLsoa(), OnsMyeWide(), ForcePopulation2010()]
