"""Force-level figures for every police force from data.police.uk street files: league tables
(counts, rates per 1,000 residents, ranks) and a force's monthly series.

Counts: the ``police_uk_street`` rows at force level of the latest vintage, for the measure's
police.uk crime types (the 14 categories, anti-social behaviour among them as incidents).  The
counting rule is the reader's (:mod:`crimestats.sources.police_uk`): a repeated Crime ID within a
force-month is one crime; rows with no Crime ID (all ASB, every British Transport Police row) are
each counted, exact duplicates included, as published.

Coverage: a force-month no file covers is *no data*; a force missing any month of the period is
shown with its months present and left out of the ranking (never ranked on a part-year).

Rates per 1,000 residents use, for each force, the ONS mid-year population *estimate* by police
force area of the latest year up to the period's last year that the store holds (2019 for a 2022
period with the shared data, which has ONS MYE 2009-2019 for the English forces); the year is given
on every row.  The Home Office 2010 figures of ``police-forces/forces.csv`` are not used: they
disagree with ONS MYE 2010 by more than 10% for 14 of the 38 English forces they share (some by a
factor of 2 to 60), so the Welsh forces, which only that file covers, get no rate.  The
Metropolitan Police and the City of London Police are separate forces with separate files and
separate populations: the Met's rate uses the Met area (the 32 boroughs), the City's its under
10,000 residents (a misleading base, flagged: its daytime population is far larger).  British
Transport Police polices the railways and has no resident population: no rate.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .._errors import InputError, NoDataError
from ..measures._catalogue import get_measure
from ..measures._measure import Measure, SourceSpec
from ..measures._periods import Period, parse_period
from ..store._store import Store

__all__ = ["POLICE_UK_CAVEATS", "ForceRow", "League", "force_league", "force_series", "league_sql"]

SOURCE = "police_uk_street"
# Resident-population sources in order of preference when two give the same year.
_POP_PREF = ("ons_mye_pfa",)
_NO_RESIDENTS = {"btp": "British Transport Police polices the railways and has no resident population: no rate"}
_SMALL_BASE = {"city-of-london": "the City of London has under 10,000 residents but a far larger daytime "
                                 "population, so a rate per resident overstates its crime rate"}

POLICE_UK_CAVEATS = (
    ("data.police.uk street-level data: each crime's location is snapped to an anonymised map point; "
    "anti-social behaviour incidents are published beside crimes but are not crimes (counted separately); "
    "outcomes are revised in later releases; and the counts are not the Home Office police recorded crime "
    "(PRC) tables, which differ in cut-off dates and include offences with no location."),
)


@dataclass
class ForceRow:
    """One force's line in a league table."""

    force: str                      # data.police.uk force id
    name: str
    count: int | None
    months_present: int
    months_expected: int
    population: float | None = None
    population_year: int | None = None
    population_source: str | None = None
    rate: float | None = None       # per ``League.per`` residents
    rank: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.months_present == self.months_expected


@dataclass
class League:
    measure: str
    measure_label: str
    period: str
    per: int
    rows: list[ForceRow]
    sql: str
    params: list[Any]
    caveats: list[str]

    def as_dicts(self) -> list[dict[str, Any]]:
        return [{**asdict(r), "notes": "; ".join(r.notes)} for r in self.rows]


def as_period(period: Period | str | int) -> Period:
    return period if isinstance(period, Period) else parse_period(str(period))


def _spec(m: Measure) -> SourceSpec:
    for s in m.sources:
        if s.source == SOURCE:
            return s
    raise InputError(f"measure {m.name!r} cannot be answered from data.police.uk street files (they give "
                     "14 broad crime types, anti-social behaviour among them); choose one of those, e.g. "
                     "burglary, robbery, anti_social_behaviour, violence_and_sexual_offences")


def league_sql(spec: SourceSpec) -> str:
    """The per-force total over a period (parameters: first month, last month); plain SQL over the
    store's ``counts_latest`` view, so it runs unchanged on an exported Parquet copy."""
    keys = ", ".join("'" + k.replace("'", "''") + "'" for k in sorted(spec.offence_keys or ()))
    key_cond = f" AND offence_key IN ({keys})" if spec.offence_keys is not None else ""
    return (f"SELECT area_code AS force, any_value(area_name) AS name, sum(count)::BIGINT AS count "
            f"FROM counts_latest WHERE source = '{spec.source}' AND area_type = 'force' "
            f"AND unit = '{spec.unit}'{key_cond} AND period_start BETWEEN ? AND ? "
            f"GROUP BY area_code ORDER BY area_code")


def _months_present(store: Store, p: Period) -> dict[str, int]:
    return dict(store.con.execute(
        "SELECT scope_code, count(DISTINCT period_start) FROM coverage WHERE source = ? AND level = 'force' "
        "AND grain = 'month' AND period_start BETWEEN ? AND ? GROUP BY scope_code", [SOURCE, p.start, p.end]
    ).fetchall())


def _populations(store: Store, year: int) -> dict[str, tuple[float, int, str]]:
    """force id -> (population, year, source): the latest estimate up to ``year``."""
    pref = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(_POP_PREF))
    rows = store.con.execute(
        f"""SELECT area_code, arg_min([population, year], [-year, CASE source {pref} ELSE 9 END]),
                   arg_min(source, [-year, CASE source {pref} ELSE 9 END])
            FROM population WHERE area_type = 'force' AND kind = 'estimate' AND year <= ?
              AND source IN ({", ".join(repr(x) for x in _POP_PREF)})
              AND age_band IS NULL AND sex IS NULL GROUP BY area_code""", [year]).fetchall()
    return {code: (float(v[0]), int(v[1]), src) for code, v, src in rows}


def _names(store: Store) -> dict[str, str]:
    return dict(store.con.execute("SELECT area_code, area_name FROM areas WHERE area_type = 'force'").fetchall())


def force_league(store: Store, *, measure: str | Measure, period: Period | str | int, per: int = 1000,
                 vintage: str = "latest") -> League:
    """Every force with police.uk street data in ``period``: count, coverage, rate per ``per``
    residents and rank by rate (1 = highest), complete forces with a population only."""
    if vintage != "latest":
        raise InputError("force league tables use the latest vintage of each force-month")
    m = get_measure(measure)
    spec = _spec(m)
    p = as_period(period)
    sql = league_sql(spec)
    params: list[Any] = [p.start, p.end]
    counted = {r[0]: (r[1], int(r[2])) for r in store.con.execute(sql, params).fetchall()}
    present = _months_present(store, p)
    if not present:
        raise NoDataError(f"no data.police.uk street data for any force in {p.label}: ingest the archive "
                          "(`crimestats fetch police-uk --months ...`)")
    pops = _populations(store, p.end.year)
    names = _names(store)
    rows: list[ForceRow] = []
    for force in sorted(present):
        name = names.get(force) or counted.get(force, (force, 0))[0] or force
        n = counted.get(force, (None, 0))[1]     # a covered force with no matching rows had none
        row = ForceRow(force, name, n, present[force], p.n_months)
        if not row.complete:
            row.notes.append(f"data for {row.months_present} of {row.months_expected} months (missing months "
                             "are no data, not zero): no rate, not ranked")
        if force in _NO_RESIDENTS:
            row.notes.append(_NO_RESIDENTS[force])
        elif force in pops:
            row.population, row.population_year, row.population_source = pops[force]
            # a rate over part of the period would not compare with the others: complete forces only
            row.rate = n * per / row.population if row.population and row.complete else None
            if force in _SMALL_BASE:
                row.notes.append(_SMALL_BASE[force])
        else:
            row.notes.append("no ONS population estimate for this force area in the store: no rate")
        rows.append(row)
    ranked = sorted((r for r in rows if r.complete and r.rate is not None), key=lambda r: (-(r.rate or 0), r.force))
    for i, r in enumerate(ranked, 1):
        r.rank = i
    rows.sort(key=lambda r: (r.rank is None, r.rank or 0, r.force))
    caveats = list(POLICE_UK_CAVEATS)
    years = sorted({(r.population_source, r.population_year) for r in rows if r.population_year is not None})
    if years:
        caveats.append("Rates per resident use " + ", ".join(f"{s} estimates for {y}" for s, y in years)
                       + f" (the latest up to {p.end.year} in the store)"
                       + ("." if all(y == p.end.year for _, y in years) else ", not the period's own year."))
    if m.name == "all_crime":
        caveats.append("'All crime' here is the 13 crime types; anti-social behaviour is not included.")
    return League(m.name, m.label, p.label, per, rows, sql, params, caveats)


def force_series(store: Store, *, measure: str | Measure, force: str, start: str | date,
                 end: str | date) -> list[tuple[date, int | None]]:
    """A force's monthly counts from ``start`` to ``end`` (YYYY-MM); None for a month with no data."""
    m = get_measure(measure)
    spec = _spec(m)
    first = as_period(start if isinstance(start, str) else start.strftime("%Y-%m")).start
    last = as_period(end if isinstance(end, str) else end.strftime("%Y-%m")).end
    keys = sorted(spec.offence_keys or ())
    rows = store.con.execute(
        f"""WITH cov AS (SELECT DISTINCT period_start FROM coverage WHERE source = ? AND level = 'force'
                         AND scope_code = ? AND period_start BETWEEN ? AND ?),
                 n AS (SELECT period_start, sum(count)::BIGINT AS n FROM counts_latest
                       WHERE source = ? AND area_type = 'force' AND area_code = ? AND unit = ?
                       {'AND offence_key IN (SELECT unnest(?))' if spec.offence_keys is not None else ''}
                       AND period_start BETWEEN ? AND ? GROUP BY ALL)
            SELECT cov.period_start, coalesce(n.n, 0) FROM cov LEFT JOIN n USING (period_start)""",
        [SOURCE, force, first, last, SOURCE, force, spec.unit,
         *([keys] if spec.offence_keys is not None else []), first, last]).fetchall()
    have = {d: int(v) for d, v in rows}
    out: list[tuple[date, int | None]] = []
    d = first
    while d <= last:
        out.append((d, have.get(d)))
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out
