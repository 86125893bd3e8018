"""International homicide: published rates per 100,000 (Our World in Data, from UNODC or IHME)
and point-level New York City murders, counted by year.

Rates come with no counts, so they go to the ``rates`` table with their ``basis``: UNODC rates
are recorded homicides (police or death records); IHME GBD rates are *modelled* estimates, and
the two disagree on purpose-built grounds, so they are kept apart by ``source``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .._errors import ParseError
from ._base import FileHead, IngestContext, Parsed, Reader
from ._readhelp import choose_vintage, csv_rows, insert_rows, number

__all__ = ["READERS", "OwidHomicideRates", "NycHomicides"]

RATE_COLUMNS = ("source", "area_type", "area_code", "area_name", "year", "measure", "per", "value", "basis")
COUNT_COLUMNS = ("source", "period_grain", "period_start", "area_type", "area_code", "area_name",
                 "category", "offence_key", "unit", "count")

# OWID entities without an ISO code that are aggregates, not countries (UN and GBD regions).
_REGION_WORDS = re.compile(r"\((UN|WHO|WB)\)$|\bSDI\b|income|^World$|^(Africa|Asia|Europe|Oceania|"
                           r"North America|South America|European Union.*)$", re.I)
_GBD_REGIONS = {
    "andean latin america", "australasia", "caribbean", "central asia", "central europe",
    "central latin america", "central sub-saharan africa", "east asia", "eastern europe",
    "eastern sub-saharan africa", "latin america and caribbean", "north africa and middle east",
    "high-income asia pacific", "oceania", "south asia", "southeast asia", "southern latin america",
    "southern sub-saharan africa", "sub-saharan africa", "tropical latin america", "western europe",
    "western sub-saharan africa", "north america",
}
_OWID_COUNTRY_CODES = {"OWID_KOS", "OWID_CYN", "OWID_SML"}   # Kosovo, Northern Cyprus, Somaliland


def _area_type(name: str, code: str) -> str:
    """'country' for ISO3 (and OWID's few non-ISO countries), 'region' for aggregates,
    'subnational' for parts of a country such as 'Iraq (Kurdistan Region)'."""
    if re.fullmatch(r"[A-Z]{3}", code) or code in _OWID_COUNTRY_CODES:
        return "country"
    if code.startswith("OWID_") or _REGION_WORDS.search(name) or name.lower() in _GBD_REGIONS:
        return "region"
    if re.search(r"\((?!country\))[^)]*\)$", name):
        return "subnational"
    return "country"   # e.g. England and Wales, Scotland: jurisdictions with their own statistics


@dataclass(frozen=True)
class OwidHomicideRates:
    """OWID grapher CSV of a homicide rate per 100,000: Entity, Code, Year, <rate column>[, ..., time, time]."""

    format: str = "owid_homicide_rate"
    source: str = "owid_homicide_rate"
    description: str = "Our World in Data homicide rate per 100,000 (UNODC recorded or IHME GBD modelled)"

    def sniff(self, head: FileHead) -> bool:
        h = head.header_lower
        return (head.kind == "csv" and h[:2] == ["entity", "code"] and "year" in h
                and self._rate_col(h) is not None)

    @staticmethod
    def _rate_col(low: list[str]) -> int | None:
        for i, c in enumerate(low):
            if "per 100,000" in c and ("homicide" in c or "interpersonal violence" in c):
                return i
        return None

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        low = head.header_lower
        i_rate = self._rate_col(low)
        assert i_rate is not None
        i_year = low.index("year")
        rate_col = (head.header or [])[i_rate]
        modelled = "interpersonal violence" in low[i_rate]
        source = "owid_ihme_homicide_rate" if modelled else "owid_unodc_homicide_rate"
        basis = "IHME GBD modelled estimate" if modelled else "UNODC recorded (OWID)"
        # The 'filtered' latest-value download repeats a 'time' column, one per indicator; the
        # one after the rate's block is the rate's own year (Year is blank for most rows there).
        time_cols = [i for i, c in enumerate(low) if c == "time"]
        notes: list[str] = []
        if len(time_cols) > 1:
            notes.append(f"{len(time_cols)} columns named 'time'; the year of each rate is the last one "
                         "(Year is blank for most rows of this latest-value download)")
        i_time = time_cols[-1] if time_cols else None
        rows, years = [], set()
        drops: dict[str, int] = {}
        n = 0
        for line, rec in csv_rows(head):
            n += 1
            name, code = rec[0].strip(), rec[1].strip()
            value = number(rec[i_rate], head=head, line=line, column=rate_col, allow_blank=True)
            if value is None:
                drops["no rate given"] = drops.get("no rate given", 0) + 1
                continue
            y = rec[i_time].strip() if i_time is not None and rec[i_time].strip() else rec[i_year].strip()
            if not re.fullmatch(r"\d{4}", y):
                raise ParseError(head.display, f"{y!r} is not a year", line=line,
                                 column="time" if i_time is not None else "Year")
            years.add(int(y))
            rows.append((source, _area_type(name, code), code or None, name, int(y), "homicide", 100_000,
                         value, basis))
        kept = insert_rows(ctx, "rates", RATE_COLUMNS, rows)
        meta = self._metadata(head)
        last = max(years) if years else date.today().year
        if meta.get("lastUpdated"):
            when = datetime.strptime(meta["lastUpdated"], "%Y-%m-%d").date()
            vintage = choose_vintage(ctx, label=f"OWID, updated {meta['lastUpdated']}", when=when,
                                     basis="metadata file beside the CSV")
        else:
            vintage = choose_vintage(ctx, label=f"OWID, years to {last}", when=date(last, 12, 31),
                                     basis="last year in file")
        if meta.get("citationShort"):
            notes.append(f"citation: {meta['citationShort']}")
        licence = "CC BY 4.0 (OWID); IHME terms of use" if modelled else "CC BY 4.0 (OWID)"
        return Parsed(source=source, publisher=f"Our World in Data, from {'IHME' if modelled else 'UNODC'}",
                      licence=licence, vintage=vintage[0], vintage_date=vintage[1], vintage_basis=vintage[2],
                      rows_read=n, rows_kept=kept, drop_reasons=drops, notes=notes)

    @staticmethod
    def _metadata(head: FileHead) -> dict[str, str]:
        """lastUpdated/citation from an OWID '<name>.metadata.json' beside the CSV, if there is one."""
        p = head.path.with_name(head.path.name.removesuffix(".csv") + ".metadata.json")
        if not p.exists():
            return {}
        try:
            doc = json.loads(p.read_text(encoding="utf-8"))
            col: dict[str, Any] = next(iter(doc.get("columns", {}).values()), {})
            return {k: str(col[k]) for k in ("lastUpdated", "citationShort") if col.get(k)}
        except (ValueError, OSError, AttributeError):
            return {}


@dataclass(frozen=True)
class NycHomicides:
    """NYC murders, one row per offence (Crime Open Database, NIBRS 09A): uid, offense_date, lon, lat.

    Counted by calendar year and by month into ``counts`` with unit 'offences': each row is one NYPD complaint
    record of murder / non-negligent manslaughter, not one victim.
    """

    format: str = "nyc_homicides_points"
    source: str = "nyc_homicides"
    description: str = "New York City murders as points (uid, offense_date, longitude, latitude)"

    def sniff(self, head: FileHead) -> bool:
        return head.kind == "csv" and head.header_lower == ["uid", "offense_date", "longitude", "latitude"]

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        per_year: dict[int, int] = {}
        per_month: dict[tuple[int, int], int] = {}
        months: set[tuple[int, int]] = set()
        seen: set[str] = set()
        drops: dict[str, int] = {}
        n = 0
        for line, rec in csv_rows(head):
            n += 1
            uid, when = rec[0].strip(), rec[1].strip()
            m = re.match(r"^(\d{4})-(\d{2})-\d{2}", when)
            if not m:
                raise ParseError(head.display, f"{when!r} is not a date", line=line, column="offense_date")
            if uid in seen:
                drops["duplicate uid"] = drops.get("duplicate uid", 0) + 1
                continue
            seen.add(uid)
            y = int(m.group(1))
            per_year[y] = per_year.get(y, 0) + 1
            ym = (y, int(m.group(2)))
            per_month[ym] = per_month.get(ym, 0) + 1
            months.add(ym)
        rows = [(self.source, "year", date(y, 1, 1), "city", None, "New York City", "Murder (NIBRS 09A)",
                 "homicide", "offences", c) for y, c in sorted(per_year.items())]
        # the offence dates are kept to the month too, so a month ('more murders than New York in February') is
        # answered from the same records
        rows += [(self.source, "month", date(y, mm, 1), "city", None, "New York City", "Murder (NIBRS 09A)",
                  "homicide", "offences", c) for (y, mm), c in sorted(per_month.items())]
        insert_rows(ctx, "counts", COUNT_COLUMNS, rows)
        full = [y for y in per_year if all((y, mm) in months for mm in range(1, 13))]
        ctx.cover(source=self.source, scope_type="force", scope_code="nypd", scope_name="New York City Police Department",
                  level="city", grain="year", periods=[date(y, 1, 1) for y in sorted(full)])
        # a month with no murder in a year that has any is a true zero (the file lists every offence of its years)
        ctx.cover(source=self.source, scope_type="force", scope_code="nypd", scope_name="New York City Police Department",
                  level="city", grain="month", periods=[date(y, mm, 1) for y in sorted(per_year) for mm in range(1, 13)
                                                         if (y in full or (y, mm) in months)])
        notes = ["one row per offence record, not per victim (unit 'offences')",
                 f"years with offences in all 12 months (covered): {sorted(full)}"]
        partial = sorted(set(per_year) - set(full))
        if partial:
            notes.append(f"years with months missing (not marked covered): {partial}")
        last = max(per_year) if per_year else date.today().year
        vintage = choose_vintage(ctx, label=f"CODE extract, years to {last}", when=date(last, 12, 31),
                                 basis="last year in file")
        return Parsed(source=self.source, publisher="NYPD via Crime Open Database (crimemappingdata)",
                      licence="not stated", vintage=vintage[0], vintage_date=vintage[1], vintage_basis=vintage[2],
                      rows_read=n, rows_kept=n - sum(drops.values()), drop_reasons=drops, notes=notes)


READERS: list[Reader] = [OwidHomicideRates(), NycHomicides()]
