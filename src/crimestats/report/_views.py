"""The library calls behind each page, as plain JSON-able dicts (so they can be cached and served).

Functions here take a read-only :class:`~crimestats.Store` first (the runtime passes a per-request
cursor) and only call the library: facts, measures, claims, headline, coverage.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from .._errors import CrimestatsError, InputError
from ..claims import CheckResult, check_text
from ..facts import _compute, _facts, _headline, _rates
from ..facts._model import Fact
from ..measures import _periods
from ..measures._catalogue import CATALOGUE, get_measure
from ..store._lookups import coverage_by_scope, latest_boundaries
from ..store._store import StoreLike
from . import _charts
from ._ward_map import ward_map

__all__ = ["jsonable", "measure_names", "explore", "check", "headline", "sources_page",
           "stats"]

BREAKDOWN_DIMENSIONS = ("borough", "offence_key", "category", "subcategory", "method", "age_group",
                        "sex", "ethnicity", "domestic_abuse", "solved_status", "outcome", "month",
                        "year")
STAT_KINDS = ("count", "change", "rate", "record", "breakdown", "series", "rank")


def jsonable(obj: Any) -> Any:
    """Dataclasses, dates and tuples as JSON types (``as_dict()`` wins where defined)."""
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if hasattr(obj, "as_dict") and callable(obj.as_dict):
        return jsonable(obj.as_dict())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [jsonable(v) for v in obj]
    return str(obj)


def _parse_as_of(as_of: str | None) -> date | None:
    if not as_of:
        return None
    try:
        return date.fromisoformat(as_of)
    except ValueError as exc:
        raise InputError(f"as-of date {as_of!r}: expected YYYY-MM-DD, e.g. 2023-01-20") from exc


# -- measures --------------------------------------------------------------------------------
def measure_names() -> list[dict[str, str]]:
    """Every measure a user can pick: name, label, unit."""
    out = [{"name": m.name, "label": m.label, "unit": m.unit} for m in CATALOGUE.values()]
    return sorted(out, key=lambda m: m["label"].lower())


def default_breakdown(measure: str) -> str:
    """The first breakdown the measure's best source offers, else by borough."""
    try:
        m = get_measure(measure)
        dims = set(m.dimensions)
        return next((d for d in ("method", "category", "age_group") if d in dims), "borough")
    except (CrimestatsError, KeyError):
        return "borough"


# -- facts -----------------------------------------------------------------------------------
def _period(text: str, as_of: date | None) -> Any:
    return _periods.parse_period(text, as_of=as_of)


def _value(fact: Fact) -> float | None:
    v = fact.value
    return None if v is None else float(v)


def _series_points(store: StoreLike, *, measure: str, area: str, period: Any,
                   years: int = 12) -> tuple[list[tuple[str, float | None]], str]:
    """Points for a chart ending at ``period``: yearly for year-like periods, else monthly.

    Periods with no data, or only part of it, come back as ``None`` (drawn as gaps, not zeros).
    """
    yearly = period.grain in ("year", "financial_year", "rolling_12", "year_to_date", "range")
    grain = "year" if yearly else "month"
    if yearly:
        end = _periods.calendar_year(period.end.year)
        start = _periods.calendar_year(period.end.year - years)
    else:
        end = _periods.month(period.end.year, period.end.month)
        start = end.shift_months(-36)
    got = _facts.series(store, measure=measure, area=area, start=start, end=end, grain=grain)
    by_label = {}
    for f in got:
        by_label[f.period.label] = None if f.partial else _value(f)
    labels = []
    p = start
    while p.start <= end.start:
        labels.append(p.label)
        p = p.shift_years(1) if yearly else p.shift_months(1)
    first = next((i for i, lab in enumerate(labels) if by_label.get(lab) is not None), len(labels))
    return [(lab, by_label.get(lab)) for lab in labels[first:]], grain


def _piece(fn: Any) -> Any:
    """Run one part of a page; a library error becomes {"error": message} for that part only."""
    try:
        return fn()
    except (CrimestatsError, ValueError, KeyError) as exc:
        return {"error": str(exc)}


def _map(store: StoreLike, *, measure: str, period: Any, kind: str) -> dict[str, Any]:
    ranked = _facts.rank(store, measure=measure, period=period, area_type="borough")
    values: dict[str, float | None] = {}
    names: dict[str, str] = {}
    unit = "count"
    for area, fact in ranked:
        if kind == "rate":
            try:
                r = _rates.rate(store, measure=measure, area=area, period=period)
                values[area.code] = float(r.value)
                unit = "per 100,000 people"
            except CrimestatsError:
                values[area.code] = None
        else:
            values[area.code] = _value(fact)
            unit = fact.unit
        names[area.code] = area.name
    shapes = latest_boundaries(store, area_type="borough")
    # facts.rank lists only boroughs with stored rows.  For a count measure, a borough whose force
    # the source covers for the whole period but with no row had none (homicide victims: one row
    # per victim), so it is drawn as 0; only boroughs the source does not cover are "no data".
    # (Better done in facts.rank/breakdown, which could return explicit zeros for covered periods.)
    source = next((f.source for _, f in ranked), None)
    if source and _is_count(measure):
        scopes = _covered_scopes(store, source=source, period=period)
        for s in shapes:
            code = s["area_code"]
            if code not in values and _borough_scope(code) in scopes:
                values[code] = 0.0
    if not shapes:
        return {"error": "no borough boundaries in the store: ingest a boundaries file "
                         "(e.g. ../shared/data/boundaries/london-lad22-gen20) to see the map"}
    features = [{"geometry": s["geojson"], "properties": {
        "name": s["area_name"], "code": s["area_code"], "value": values.get(s["area_code"]),
        # click an area: its own figures on the explore page
        "href": "/explore?" + urlencode({"measure": measure, "area": s["area_name"],
                                         "period": period.label})}}
                for s in shapes]
    legend = unit if kind == "count" else "per 100,000"
    svg = _charts.choropleth_svg(features=features, legend=legend,
                                 title=f"{_label(measure)} by borough, {period.label} ({legend})")
    table = [{"area": s["area_name"], "code": s["area_code"], "value": values.get(s["area_code"]),
              "on_map": True} for s in shapes]
    # rows the source gives that no borough shape draws ('Unknown': no borough recorded; the
    # airports): listed, never dropped, so the table adds up to what the source says
    drawn = {s["area_code"] for s in shapes}
    table += [{"area": names.get(code, code), "code": code, "value": v, "on_map": False}
              for code, v in values.items() if code not in drawn]
    table.sort(key=lambda r: (r["value"] is None, -(r["value"] or 0)))
    return {"svg": svg, "unit": unit, "kind": kind, "rows": table,
            "not_on_map": [r["area"] for r in table if not r["on_map"]]}


def _is_count(measure: str) -> bool:
    try:
        return get_measure(measure).kind == "count"
    except (CrimestatsError, KeyError):
        return False


def _borough_scope(code: str) -> str | None:
    """The force whose sources cover a London borough: the City of London has its own."""
    from ..reference._areas import CITY_FORCE, MET_FORCE

    if not code.startswith("E09"):
        return None
    return CITY_FORCE[0] if code == "E09000001" else MET_FORCE[0]


def _covered_scopes(store: StoreLike, *, source: str, period: Any) -> set[str]:
    """Scopes (forces) for which ``source`` has borough-level coverage of every part of ``period``."""
    months = period.months()
    expect = {"month": set(months), "year": {date(m.year, 1, 1) for m in months},
              "financial_year": {date(m.year if m.month >= 4 else m.year - 1, 4, 1) for m in months}}
    got = coverage_by_scope(store, source=source, level="borough",
                            start=min(min(v) for v in expect.values()), end=period.end)
    return {scope for (scope, grain), present in got.items() if grain in expect and expect[grain] <= present}


def _label(measure: str) -> str:
    try:
        return str(get_measure(measure).label)
    except (CrimestatsError, KeyError):
        return measure.replace("_", " ")


def explore(store: StoreLike, *, measure: str, area: str, period: str, by: str | None = None,
            map_kind: str = "count", as_of: str | None = None) -> dict[str, Any]:
    """Everything the explore page shows for one measure, area and period."""
    per = _period(period, _parse_as_of(as_of))
    fact = _facts.count(store, measure=measure, area=area, period=per)  # errors here are the page's
    out: dict[str, Any] = {"measure": measure, "area": area, "period": per.as_dict(),
                           "fact": jsonable(fact)}
    out["change"] = _piece(lambda: jsonable(_compute.change(store, measure=measure, area=area,
                                                           period=per)))

    def series() -> dict[str, Any]:
        points, grain = _series_points(store, measure=measure, area=area, period=per)
        svg = _charts.series_svg(points=points, highlight=per.label, unit=fact.unit,
                                 title=f"{fact.measure_label}, {area}, by {grain}")
        return {"points": [{"period": p, "value": v} for p, v in points], "grain": grain, "svg": svg}

    out["series"] = _piece(series)

    def breakdown() -> dict[str, Any]:
        if not by:
            return {"error": "pick a dimension to break the figure down by"}
        parts = _facts.breakdown(store, measure=measure, area=area, period=per, by=by)
        rows = [{"label": _breakdown_label(f, by), "value": _value(f), "fact": jsonable(f)}
                for f in parts]
        rows.sort(key=lambda r: -(r["value"] or 0))
        return {"by": by, "rows": rows}

    out["breakdown"] = _piece(breakdown)
    out["map"] = _piece(lambda: _map(store, measure=measure, period=per, kind=map_kind))
    where = fact.area
    out["wards"] = _piece(lambda: ward_map(store, measure=measure, area=where, period=per, kind=map_kind)) \
        if where.area_type == "borough" else None
    return out


def _breakdown_label(fact: Fact, by: str) -> str:
    area = fact.area
    if by in ("borough", "area") and area is not None:
        return str(area)
    filters = fact.filters or {}
    if isinstance(filters, dict) and by in filters:
        return "(not stated)" if filters[by] in (None, "") else str(filters[by])
    if by in ("month", "year"):
        return str(fact.period)
    return str(fact.measure_label)


def stats(store: StoreLike, *, kind: str, measure: str, area: str, period: str | None,
          by: str | None = None, as_of: str | None = None) -> Any:
    """One fact-API call, for the JSON API."""
    if kind not in STAT_KINDS:
        raise InputError(f"kind={kind!r}: choose one of {', '.join(STAT_KINDS)}")
    if not period:
        raise InputError("period is required, e.g. period=2022, period=2021/22 or period=2023-03")
    per = _period(period, _parse_as_of(as_of))
    if kind == "count":
        return jsonable(_facts.count(store, measure=measure, area=area, period=per))
    if kind == "change":
        return jsonable(_compute.change(store, measure=measure, area=area, period=per))
    if kind == "rate":
        return jsonable(_rates.rate(store, measure=measure, area=area, period=per))
    if kind == "record":
        return jsonable(_compute.record(store, measure=measure, area=area, period=per))
    if kind == "breakdown":
        if not by:
            raise InputError(f"kind=breakdown needs by=, one of {', '.join(BREAKDOWN_DIMENSIONS)}")
        return jsonable(_facts.breakdown(store, measure=measure, area=area, period=per, by=by))
    if kind == "rank":
        return [{"area": jsonable(a), "fact": jsonable(f)}
                for a, f in _facts.rank(store, measure=measure, period=per, area_type="borough")]
    points, grain = _series_points(store, measure=measure, area=area, period=per)
    return {"grain": grain, "points": [{"period": p, "value": v} for p, v in points]}


# -- claims ----------------------------------------------------------------------------------
def check(store: StoreLike, *, text: str, as_of: str | None, basis: str = "given") -> dict[str, Any]:
    """Check every claim in ``text``; add a small series chart per claim where one can be drawn.

    ``basis`` says where the web layer got ``as_of`` (see ``claims.publication_date``)."""
    result = check_text(store, text=text, as_of=_parse_as_of(as_of))
    return check_data(store, result=result, basis=basis)


def check_data(store: StoreLike, *, result: CheckResult, basis: str | None = None) -> dict[str, Any]:
    """A checked text as the page shows it: the JSON schema plus a small series chart per claim.

    ``basis`` (where the as-of date came from) overrides the result's own when the caller decided it."""
    when = result.as_of
    data: dict[str, Any] = jsonable(result)
    data.setdefault("as_of", when.isoformat())
    data["as_of_basis"] = basis if basis is not None else result.as_of_basis
    for c in data.get("claims", []):
        c["chart_svg"] = None
        if not c.get("measure") or not c.get("period"):
            continue
        try:
            per_text = c["period"] if isinstance(c["period"], str) else (
                c["period"].get("label") or c["period"].get("start"))
            per = _period(str(per_text), when)
            # the claim carries its area's code; its name is for people
            area = c.get("area_code") or "London"
            points, grain = _series_points(store, measure=c["measure"], area=area, period=per, years=10)
            if points:
                c["chart_svg"] = _charts.series_svg(points=points, highlight=per.label,
                                                    unit=c.get("unit") or "", width=380, height=140,
                                                    title=f"{c['measure'].replace('_', ' ')} by {grain}")
        except (CrimestatsError, ValueError, KeyError):
            continue
    return data


def headline(store: StoreLike, *, measure: str, area: str, year: int) -> dict[str, Any]:
    """The headline writer's story for one measure, area and year, with its facts."""
    got = _headline.headline(store, measure=measure, area=area, year=year)
    data = jsonable(got)
    if not isinstance(data, dict):
        data = {"text": str(data)}
    try:
        per = _periods.calendar_year(year)
        points, grain = _series_points(store, measure=measure, area=area, period=per)
        data["chart_svg"] = _charts.series_svg(points=points, highlight=per.label, unit="",
                                               title=f"{measure.replace('_', ' ')}, {area}, by {grain}")
    except (CrimestatsError, ValueError, KeyError):
        data["chart_svg"] = None
    return data


# -- sources and coverage --------------------------------------------------------------------
def sources_page(store: StoreLike) -> dict[str, Any]:
    """Files stored (with vintages) and coverage spans (with missing months as gaps)."""
    from ..store._coverage import coverage

    spans = []
    for s in coverage(store):
        d = s.as_dict()
        d["strip"] = _coverage_strip(s.first, s.last, set(s.present), s.grain)
        spans.append(d)
    return {"files": store.sources(), "coverage": spans}


def _coverage_strip(first: date, last: date, present: set[date], grain: str) -> str:
    """A tiny inline SVG: one cell per period, filled where present, hatched red where missing."""
    from ..store._coverage import expected_periods

    periods = expected_periods(first, last, grain)
    n = len(periods)
    w = max(2.0, min(8.0, 480.0 / max(n, 1)))
    cells = []
    for i, p in enumerate(periods):
        ok = p in present
        label = p.isoformat()[:7 if grain == "month" else 4] + (" present" if ok else " missing (no data)")
        fill = "#2b5d8a" if ok else "url(#gap)"
        cells.append(f'<rect x="{i * w:.1f}" y="0" width="{w:.1f}" height="14" fill="{fill}">'
                     f'<title>{label}</title></rect>')
    width = n * w
    return (f'<svg class="strip" width="{width:.0f}" height="14" viewBox="0 0 {width:.1f} 14" '
            f'role="img" aria-label="coverage {first.isoformat()[:7]} to {last.isoformat()[:7]}">'
            '<defs><pattern id="gap" width="4" height="4" patternUnits="userSpaceOnUse">'
            '<rect width="4" height="4" fill="#fff"/><path d="M0,4 L4,0" stroke="#c0392b"/></pattern></defs>'
            + "".join(cells) + "</svg>")


def dumps(data: Any) -> str:
    return json.dumps(data, default=str, indent=2)
