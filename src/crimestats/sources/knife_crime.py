"""Home Office / ONS knife crime by police force and region, as compiled by BritishDrugDynamics.

The compiler's files are wide: one row per ``year``, one column per police force (or England and
its regions), plus a ``British Transport Police`` column.  Two kinds share that shape:

* counts of "offences involving a knife or sharp instrument" (whole numbers) -> ``counts``;
* the same per 100,000 residents, worked out by the compiler (decimals) -> ``rates``.

**Years.**  The ``year`` label is the *year ending March* (2019 = April 2018 to March 2019), the
period ONS publishes police-recorded knife crime in.  The files agree with that and not with
calendar years: Greater Manchester is blank in 2020 only (GMP could not supply data from July 2019,
so ONS left it out of the year ending March 2020, while the year ending March 2019 was complete),
and the 2012 -> 2013 fall matches ONS's year-ending-March figures.  Counts are therefore stored
with ``period_grain`` 'financial_year' and ``period_start`` the 1 April the year begins; rates keep
the label as ``year`` and say so in ``basis``.

**Telling these from population files of the same shape** (``population_policeforces.csv``, read
by :class:`crimestats.sources.population.OnsMyeWide`): police-recorded crime has a British
Transport Police column, resident populations cannot (BTP polices the railways), and the values
are small (populations have a median in the hundreds of thousands).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date

from .._errors import ParseError
from ..reference._areas import normalise_name
from ._base import FileHead, IngestContext, Parsed, Reader
from ._readhelp import choose_vintage, csv_rows, insert_rows

__all__ = ["READERS", "KnifeCrimeCounts", "KnifeCrimeRates", "force_of", "region_of"]

COUNT_COLUMNS = ("source", "period_grain", "period_start", "area_type", "area_code", "area_name",
                 "category", "offence_key", "unit", "count")
RATE_COLUMNS = ("source", "area_type", "area_code", "area_name", "year", "measure", "per", "value", "basis")

CATEGORY = "Offences involving a knife or sharp instrument"
PUBLISHER = "Home Office police recorded crime via ONS (compiled by BritishDrugDynamics)"
LICENCE = "Open Government Licence v3.0 (upstream); compilation MIT"
BTP = "btp"
_SCOPE = {"scope_type": "country", "scope_code": "england", "scope_name": "England"}

# data.police.uk force ids, keyed by normalised force name (see _key); English and Welsh
# territorial forces and British Transport Police.
_FORCES = {
    "avon and somerset": "avon-and-somerset", "bedfordshire": "bedfordshire",
    "cambridgeshire": "cambridgeshire", "cheshire": "cheshire", "city of london": "city-of-london",
    "cleveland": "cleveland", "cumbria": "cumbria", "derbyshire": "derbyshire",
    "devon and cornwall": "devon-and-cornwall", "dorset": "dorset", "durham": "durham",
    "essex": "essex", "gloucestershire": "gloucestershire", "greater manchester": "greater-manchester",
    "hampshire": "hampshire", "hertfordshire": "hertfordshire", "humberside": "humberside",
    "kent": "kent", "lancashire": "lancashire", "leicestershire": "leicestershire",
    "lincolnshire": "lincolnshire", "merseyside": "merseyside", "metropolitan": "metropolitan",
    "norfolk": "norfolk", "north yorkshire": "north-yorkshire", "northamptonshire": "northamptonshire",
    "northumbria": "northumbria", "nottinghamshire": "nottinghamshire",
    "south yorkshire": "south-yorkshire", "staffordshire": "staffordshire", "suffolk": "suffolk",
    "surrey": "surrey", "sussex": "sussex", "thames valley": "thames-valley",
    "warwickshire": "warwickshire", "west mercia": "west-mercia", "west midlands": "west-midlands",
    "west yorkshire": "west-yorkshire", "wiltshire": "wiltshire",
    "dyfed-powys": "dyfed-powys", "gwent": "gwent", "north wales": "north-wales", "south wales": "south-wales",
    "british transport": BTP,
}
# Labels that are not the force's name; each is fixed with a note saying so.
_MISLABELLED = {"northumberland": ("northumbria", "Northumbria",
                                   "'Northumberland' is the compiler's label for Northumbria Police "
                                   "(which also covers Tyne and Wear); stored as force 'northumbria'")}
# ONS codes for England (E92) and its regions (E12).
_REGIONS = {
    "england": ("country", "E92000001"), "north east": ("region", "E12000001"),
    "north west": ("region", "E12000002"), "yorkshire and the humber": ("region", "E12000003"),
    "east midlands": ("region", "E12000004"), "west midlands": ("region", "E12000005"),
    "east of england": ("region", "E12000006"), "london": ("region", "E12000007"),
    "south east": ("region", "E12000008"), "south west": ("region", "E12000009"),
}
_WALES = {"dyfed-powys", "gwent", "north-wales", "south-wales"}


def _key(label: str) -> str:
    """A force label reduced to its name: 'London, City of' -> 'city of london', '... Police' dropped."""
    n = label.strip()
    m = re.match(r"^(.*),\s*(city of)$", n, flags=re.I)
    if m:
        n = f"{m.group(2)} {m.group(1)}"
    n = normalise_name(n.replace("&", " and "))
    n = re.sub(r"\b(police service|police|constabulary|service)\b", " ", n)
    return re.sub(r"\s+", " ", n).strip()


def force_of(label: str) -> tuple[str, str, str | None] | None:
    """(data.police.uk force id, name to store, note) for a force column label, or None if unknown."""
    k = _key(label)
    if k in _MISLABELLED:
        return _MISLABELLED[k]
    slug = _FORCES.get(k)
    return (slug, label.strip(), None) if slug else None


def region_of(label: str) -> tuple[str, str] | None:
    """(area_type, ONS code) for 'England' or an English region label, or None."""
    return _REGIONS.get(normalise_name(label.strip()))


def _is_btp(label: str) -> bool:
    f = force_of(label)
    return f is not None and f[0] == BTP


def _layout(head: FileHead) -> str | None:
    """'force' or 'region' when the header is year + areas with a British Transport Police column."""
    h = head.header or []
    if head.kind != "csv" or len(h) < 4 or h[0].strip().lower() != "year":
        return None
    areas = h[1:]
    if not any(_is_btp(a) for a in areas):
        return None
    regions = sum(1 for a in areas if region_of(a))
    forces = sum(1 for a in areas if force_of(a))
    if any(region_of(a) == ("country", "E92000001") for a in areas) and regions >= 3:
        return "region"
    if "england" not in {normalise_name(a) for a in areas} and forces >= 10:
        return "force"
    return None


def _head_records(head: FileHead) -> list[list[str]]:
    """The data records in the sniffed head (when the head is cut, its last record is left out)."""
    text = head.head_bytes.decode("utf-8-sig", errors="replace")
    try:
        recs = list(csv.reader(io.StringIO(text)))[1:]
    except csv.Error:
        return []
    if len(head.head_bytes) >= 65536:
        recs = recs[:-1]
    width = len(head.header or [])
    return [r for r in recs if len(r) == width]


def _value_kind(head: FileHead) -> str | None:
    """'count' (whole numbers), 'rate' (some decimals), 'empty' (no data rows) or None.

    Decided by most cells, so one bad cell still reaches ``read`` (which names its line and
    column) instead of making the file unrecognisable.  None for populations or non-numbers.
    """
    recs = _head_records(head)
    if not recs:
        return "empty"
    years = [r[0].strip() for r in recs]
    if sum(bool(re.fullmatch(r"(19|20)\d\d", y)) for y in years) * 2 <= len(years):
        return None
    vals = [v.strip() for r in recs for v in r[1:] if v.strip()]
    nums = [v for v in vals if re.fullmatch(r"-?\d+(\.\d+)?", v)]
    if not nums or len(nums) * 10 < len(vals) * 9:
        return None
    ordered = sorted(float(v) for v in nums)
    if ordered[len(ordered) // 2] >= 100_000:     # resident populations, not offences
        return None
    return "rate" if sum("." in v for v in nums) * 2 > len(nums) else "count"


def _year(value: str, *, head: FileHead, line: int, seen: set[int]) -> int:
    v = value.strip()
    if not re.fullmatch(r"(19|20)\d\d", v):
        raise ParseError(head.display, f"{value!r} is not a year", line=line, column="year",
                         hint="The compiler labels each row with the year ending March, e.g. 2019")
    y = int(v)
    if y in seen:
        raise ParseError(head.display, f"year {y} appears twice", line=line, column="year",
                         hint="Each year must have one row; summing both would double-count")
    seen.add(y)
    return y


def _columns(head: FileHead, layout: str, notes: list[str]) -> list[tuple[str, str | None, str] | None]:
    """Per data column: (area_type, area_code, area_name), or None for a column not stored."""
    out: list[tuple[str, str | None, str] | None] = []
    for label in (head.header or [])[1:]:
        if layout == "region":
            reg = region_of(label)
            if reg:
                out.append((reg[0], reg[1], label.strip()))
            elif _is_btp(label):
                notes.append(f"{label!r} is a force, not a region: not stored from this file "
                             "(the force-level file carries it)")
                out.append(None)
            else:
                raise ParseError(head.display, f"column {label!r} is neither England nor an English region",
                                 column=label, hint="Expected England, the nine regions and British Transport Police")
            continue
        f = force_of(label)
        if f is None:
            raise ParseError(head.display, f"column {label!r} is not a police force this reader knows",
                             column=label, hint="Expected police force area names such as 'Metropolitan Police'")
        slug, name, note = f
        if note:
            notes.append(note)
        out.append(("force", slug, name))
    codes = [c[1] for c in out if c and c[1]]
    dup = sorted({c for c in codes if codes.count(c) > 1})
    if dup:
        raise ParseError(head.display, f"more than one column for {', '.join(dup)}",
                         hint="Each area must have one column")
    return out


def _years_note() -> str:
    return ("'year' is read as the year ending March (2019 = April 2018 to March 2019), the year ONS "
            "publishes police-recorded knife crime in; counts are stored by financial year")


@dataclass(frozen=True)
class KnifeCrimeCounts:
    """Knife crime counts by force (or England and regions) per year ending March."""

    format: str = "ons_knife_crime_wide"
    source: str = "ons_knife_crime"
    description: str = ("knife or sharp instrument offences, one row per year (ending March), one column "
                        "per police force or region, with British Transport Police")

    def sniff(self, head: FileHead) -> bool:
        return _layout(head) is not None and _value_kind(head) in ("count", "empty")

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        layout = _layout(head) or "force"
        notes: list[str] = []
        cols = _columns(head, layout, notes)
        names = (head.header or [])[1:]
        rows, blanks, n = [], [], 0
        years: set[int] = set()
        by_year: dict[int, dict[str, int]] = {}
        for line, rec in csv_rows(head):
            n += 1
            if len(rec) != len(names) + 1:
                raise ParseError(head.display, f"{len(rec)} fields where the header has {len(names) + 1}",
                                 line=line, hint="Check the file is complete and unmodified")
            y = _year(rec[0], head=head, line=line, seen=years)
            start = date(y - 1, 4, 1)
            for col, raw, label in zip(cols, rec[1:], names, strict=True):
                v = raw.strip().replace(",", "")
                if not v:
                    blanks.append(f"{label.strip()} {y}")
                    continue
                if not re.fullmatch(r"-?\d+(\.0+)?", v):
                    what = "not a whole number" if re.fullmatch(r"-?\d*\.\d+", v) else "not a number"
                    raise ParseError(head.display, f"{raw!r} is {what}", line=line, column=label,
                                     hint="Counts of offences are whole numbers; check the file is unedited")
                count = int(float(v))
                if count < 0:
                    raise ParseError(head.display, f"negative count {count}", line=line, column=label)
                by_year.setdefault(y, {})[label.strip()] = count
                if col is None:
                    continue
                atype, code, name = col
                rows.append((self.source, "financial_year", start, atype, code, name, CATEGORY,
                             "knife_crime", "offences", count))
        if not years:
            raise ParseError(head.display, "no data rows under the header", hint="Use the complete file")
        insert_rows(ctx, "counts", COUNT_COLUMNS, rows)
        periods = [date(y - 1, 4, 1) for y in sorted(years)]
        levels = sorted({c[0] for c in cols if c})
        for level in levels:
            ctx.cover(source=self.source, level=level, grain="financial_year", periods=periods, **_SCOPE)
        notes.insert(0, _years_note())
        if blanks:
            notes.append(f"blank cells, not stored (no figure, not zero): {', '.join(blanks)}")
        if layout == "region":
            notes += _england_checks(by_year, names)
        else:
            welsh = [c[1] for c in cols if c and c[1] in _WALES]
            notes.append("English forces" + (" and Welsh forces" if welsh else " only (no Welsh forces)")
                         + " plus British Transport Police")
        last = max(years)
        vintage = choose_vintage(ctx, label=f"BritishDrugDynamics compilation, years ending March "
                                            f"{min(years)}-{last}",
                                 when=date(last, 3, 31), basis="last year in file")
        return Parsed(source=self.source, publisher=PUBLISHER, licence=LICENCE, vintage=vintage[0],
                      vintage_date=vintage[1], vintage_basis=vintage[2], rows_read=n, rows_kept=n,
                      notes=notes)


def _england_checks(by_year: dict[int, dict[str, int]], names: list[str]) -> list[str]:
    """Say whether England = its regions + BTP in each year (the compiler's total includes BTP)."""
    labels = [x.strip() for x in names]
    eng = next((x for x in labels if region_of(x) == ("country", "E92000001")), None)
    regs = [x for x in labels if (r := region_of(x)) and r[0] == "region"]
    btp = next((x for x in labels if _is_btp(x)), None)
    if eng is None or btp is None:
        return []
    off = []
    for y, vals in sorted(by_year.items()):
        if eng in vals and btp in vals and all(r in vals for r in regs):
            diff = vals[eng] - sum(vals[r] for r in regs) - vals[btp]
            if diff:
                off.append(f"{y}: {diff:+d}")
    out = [f"'{eng}' includes British Transport Police: it is the nine regions plus BTP"]
    if off:
        out.append(f"except in these years, where England minus (regions + BTP) is not 0: {', '.join(off)}")
    return out


@dataclass(frozen=True)
class KnifeCrimeRates:
    """Knife crime per 100,000 residents by force per year ending March, as the compiler worked it out."""

    format: str = "ons_knife_crime_rate_wide"
    source: str = "ons_knife_crime_rate"
    description: str = ("knife or sharp instrument offences per 100,000 residents, one row per year "
                        "(ending March), one column per police force or region")

    def sniff(self, head: FileHead) -> bool:
        return _layout(head) is not None and _value_kind(head) == "rate"

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        layout = _layout(head) or "force"
        notes: list[str] = []
        cols = _columns(head, layout, notes)
        names = (head.header or [])[1:]
        basis = "as published by the compiler; year = year ending March"
        rows, blanks, n = [], [], 0
        years: set[int] = set()
        for line, rec in csv_rows(head):
            n += 1
            if len(rec) != len(names) + 1:
                raise ParseError(head.display, f"{len(rec)} fields where the header has {len(names) + 1}",
                                 line=line, hint="Check the file is complete and unmodified")
            y = _year(rec[0], head=head, line=line, seen=years)
            for col, raw, label in zip(cols, rec[1:], names, strict=True):
                v = raw.strip()
                if not v:
                    blanks.append(f"{label.strip()} {y}")
                    continue
                try:
                    value = float(v)
                except ValueError:
                    raise ParseError(head.display, f"{raw!r} is not a number", line=line, column=label,
                                     hint="Check the file is the compiler's original, unedited") from None
                if value < 0:
                    raise ParseError(head.display, f"negative rate {value}", line=line, column=label)
                if col is None or col[1] == BTP:
                    continue
                atype, code, name = col
                rows.append((self.source, atype, code, name, y, "knife_crime", 100_000, value, basis))
        if not years:
            raise ParseError(head.display, "no data rows under the header", hint="Use the complete file")
        insert_rows(ctx, "rates", RATE_COLUMNS, rows)
        notes.insert(0, _years_note())
        if any(c and c[1] == BTP for c in cols):
            notes.append("British Transport Police column not stored: BTP polices the railways and has no "
                         "resident population, so it has no rate per 100,000 residents")
        if blanks:
            notes.append(f"blank cells, not stored (no rate given): {', '.join(blanks)}")
        notes.append("rates are the compiler's, kept as published (not recomputed from counts and population)")
        last = max(years)
        vintage = choose_vintage(ctx, label=f"BritishDrugDynamics compilation, years ending March "
                                            f"{min(years)}-{last}",
                                 when=date(last, 3, 31), basis="last year in file")
        return Parsed(source=self.source, publisher=PUBLISHER, licence=LICENCE, vintage=vintage[0],
                      vintage_date=vintage[1], vintage_basis=vintage[2], rows_read=n, rows_kept=n,
                      notes=notes)


READERS: list[Reader] = [KnifeCrimeCounts(), KnifeCrimeRates()]
