"""Local authority (LAD) and community safety partnership (CSP) figures from police.uk LSOA rows.

data.police.uk gives each located crime an LSOA whose name is its local authority's name plus a
code ('Liverpool 001A'); the ONS LAD -> CSP -> police force area lookup (``areas``: lad/borough with
parent csp, csp with parent force) names the local authorities.  A local authority's figure is the
crimes its *own* force recorded in LSOAs carrying its name, by the force's coverage: a month the
force has no file for is no data.  Crimes other forces recorded there (British Transport Police at
stations, a neighbouring force across a border) are given beside it as ``other_forces``, never
added in.  Crimes with no location have no LSOA and are in no local authority (force totals only).

Where the lookups do not allow it, it says so: LSOA names of districts merged or renamed after 2011
(the LSOA 2011 names police.uk uses until 2023) match no local authority of the lookup and are
listed as unmatched with their counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..measures._catalogue import get_measure
from ..measures._measure import Measure
from ..measures._periods import Period
from ..store._store import Store
from ._league import SOURCE, _spec, as_period

__all__ = ["LocalRow", "LocalTable", "local_figures"]

_LAD_OF_LSOA = r"regexp_replace(c.area_name, '\s+[0-9]{3}[A-Z]$', '')"


def _key(expr: str) -> str:
    """SQL: a local authority name as matched: case, a leading 'The' and ', County of' / ', City of' aside."""
    return (f"regexp_replace(regexp_replace(lower(trim({expr})), '^the\\s+', ''), "
            "',\\s*(county|city) of$', '')")


@dataclass
class LocalRow:
    code: str
    name: str
    force: str
    count: int | None               # None: the force does not cover every month
    other_forces: int
    months_present: int
    months_expected: int


@dataclass
class LocalTable:
    level: str                      # 'lad' | 'csp'
    measure: str
    period: str
    rows: list[LocalRow]
    unmatched: dict[str, int] = field(default_factory=dict)   # LSOA name stem -> count
    sql: str = ""
    params: list[Any] = field(default_factory=list)


def _sql(m: Measure) -> str:
    spec = _spec(m)
    keys = ", ".join("'" + k.replace("'", "''") + "'" for k in sorted(spec.offence_keys or ()))
    cond = f" AND c.offence_key IN ({keys})" if spec.offence_keys is not None else ""
    return f"""
        WITH rows AS (
            SELECT {_LAD_OF_LSOA} AS stem, f.scope_code AS force, sum(c.count)::BIGINT AS n
            FROM counts_latest c
            JOIN (SELECT DISTINCT ingest_id, scope_code FROM coverage WHERE level = 'lsoa') f USING (ingest_id)
            WHERE c.source = '{SOURCE}' AND c.area_type = 'lsoa' AND c.unit = '{spec.unit}'{cond}
              AND c.period_start BETWEEN ? AND ?
            GROUP BY ALL),
        lad AS (
            SELECT a.area_code AS lad, a.area_name AS lad_name, {_key("a.area_name")} AS key,
                   csp.area_code AS csp, csp.area_name AS csp_name, csp.parent_code AS force
            FROM areas a JOIN areas csp ON csp.area_type = 'csp' AND csp.area_code = a.parent_code
            WHERE a.area_type IN ('lad', 'borough'))
        SELECT lad.lad, lad.lad_name, lad.csp, lad.csp_name, lad.force, rows.stem,
               sum(rows.n) FILTER (rows.force = lad.force)::BIGINT AS own,
               coalesce(sum(rows.n) FILTER (rows.force <> lad.force), 0)::BIGINT AS other,
               sum(rows.n)::BIGINT AS total
        FROM rows LEFT JOIN lad ON {_key("rows.stem")} = lad.key
        GROUP BY ALL"""


def local_figures(store: Store, *, measure: str | Measure, period: Period | str | int,
                  level: str = "lad", force: str | None = None) -> LocalTable:
    """Figures per local authority (``level='lad'``) or CSP, optionally of one force's area."""
    if level not in ("lad", "csp"):
        raise ValueError("level must be 'lad' or 'csp'")
    m = get_measure(measure)
    p = as_period(period)
    sql = _sql(m)
    params: list[Any] = [p.start, p.end]
    months = dict(store.con.execute(
        "SELECT scope_code, count(DISTINCT period_start) FROM coverage WHERE source = ? AND level = 'lsoa' "
        "AND period_start BETWEEN ? AND ? GROUP BY ALL", [SOURCE, p.start, p.end]).fetchall())
    acc: dict[str, list[Any]] = {}
    unmatched: dict[str, int] = {}
    for lad, lad_nm, csp, csp_nm, frc, stem, own, other, total in store.con.execute(sql, params).fetchall():
        if lad is None:
            unmatched[stem] = unmatched.get(stem, 0) + int(total or 0)
            continue
        if force is not None and frc != force:
            continue
        code, name = (lad, lad_nm) if level == "lad" else (csp, csp_nm)
        row = acc.setdefault(code, [name, frc, 0, 0])
        row[2] += int(own or 0)
        row[3] += int(other or 0)
    rows = []
    for code, (name, frc, own, other) in sorted(acc.items(), key=lambda kv: kv[1][0]):
        have = months.get(frc, 0)
        if have == 0 and force is None:   # its force has no data in the period: not listed
            continue
        rows.append(LocalRow(code, name, frc, own if have == p.n_months else None, other, have, p.n_months))
    if force is not None:
        unmatched = {}
    return LocalTable(level, m.name, p.label, rows, unmatched, sql, params)
