"""Tables of the web pages as CSV or JSON rows: the explore breakdown, series and borough table,
the sources list, hotspot places and check results.  One function per table, so the page and
its download show the same rows."""

from __future__ import annotations

import csv
import io
from typing import Any

from .._errors import InputError

__all__ = ["EXPLORE_TABLES", "explore_table", "csv_text"]

EXPLORE_TABLES = ("breakdown", "series", "boroughs")


def csv_text(rows: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    """Rows as CSV text (a header line, then one line per row; blank for None)."""
    columns = columns or (list(rows[0].keys()) if rows else [])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in columns})
    return buf.getvalue()


def explore_table(data: dict[str, Any], *, table: str) -> tuple[list[dict[str, Any]], list[str]]:
    """One table of the explore page's data (:func:`crimestats.report._views.explore`) as rows."""
    fact = data.get("fact") or {}
    common = {"measure": data.get("measure"), "area": data.get("area"),
              "period": (data.get("period") or {}).get("label"), "unit": fact.get("unit"),
              "source": fact.get("source"), "vintage": fact.get("vintage")}
    if table not in EXPLORE_TABLES:
        raise InputError(f"table={table!r}: choose one of {', '.join(EXPLORE_TABLES)}")
    part = data.get({"boroughs": "map"}.get(table, table)) or {}
    if "error" in part:
        raise InputError(f"the {table} table is empty here: {part['error']}")
    if table == "breakdown":
        by = part.get("by") or "label"
        rows = [{**common, by: r["label"], "value": r["value"]} for r in part.get("rows", [])]
        return rows, [by, "value", "unit", "measure", "area", "period", "source", "vintage"]
    if table == "series":
        rows = [{**common, "period": p["period"], "value": p["value"], "grain": part.get("grain")}
                for p in part.get("points", [])]
        return rows, ["period", "value", "grain", "unit", "measure", "area", "source", "vintage"]
    rows = [{**common, "borough": r["area"], "code": r["code"], "value": r["value"],
             "value_kind": "per 100,000" if part.get("kind") == "rate" else part.get("unit"),
             "on_map": r.get("on_map", True)} for r in part.get("rows", [])]
    return rows, ["borough", "code", "value", "value_kind", "on_map", "measure", "period", "source",
                  "vintage"]
