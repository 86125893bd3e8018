"""Area lookups: which local authority lies in which community safety partnership and police force,
and the official names of local authority district codes.

These files hold no figures: they fill the ``areas`` table (type, code, name, parent), inside
the file's transaction.  Forces are keyed by their data.police.uk id (see ``force_slug``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .._errors import ParseError
from ._base import FileHead, IngestContext, Parsed, Reader
from ._readhelp import choose_vintage, csv_rows, force_slug, upsert_areas

__all__ = ["READERS", "LadCspPfaLookup", "LadNamesWorkbook"]

_GSS = re.compile(r"^[EWSN]\d{8}$")


def _lad_type(code: str) -> str:
    return "borough" if code.startswith("E09") else "lad"


@dataclass(frozen=True)
class LadCspPfaLookup:
    """ONS / Home Office lookup: local authority -> community safety partnership -> police force area."""

    format: str = "lad_csp_pfa_lookup"
    source: str = "ons_lad_csp_pfa_lookup"
    description: str = "LAD -> CSP -> police force area lookup (lad-code;lad-name;csp-code;csp-name;PFA..CD;PFA..NM)"

    def sniff(self, head: FileHead) -> bool:
        h = head.header_lower
        return head.kind == "csv" and len(h) >= 6 and h[0] in ("lad-code", "ladcd") and any(
            re.fullmatch(r"pfa\d\dcd", x) for x in h)

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        low = head.header_lower
        delim = ";" if b";" in head.head_bytes.split(b"\n", 1)[0] else ","
        i_pfa = next(i for i, x in enumerate(low) if re.fullmatch(r"pfa\d\dcd", x))
        yy = low[i_pfa][3:5]
        areas: list[tuple[str, str, str, str | None, str | None]] = []
        n = 0
        for line, rec in csv_rows(head, delimiter=delim):
            n += 1
            if len(rec) < 6:
                raise ParseError(head.display, f"expected 6 fields, found {len(rec)}", line=line,
                                 hint="The file should be semicolon-delimited, as published")
            lad, lad_nm, csp, csp_nm, pfa, pfa_nm = (c.strip() for c in rec[:6])
            for code, col in ((lad, "lad-code"), (csp, "csp-code"), (pfa, low[i_pfa])):
                if not _GSS.match(code):
                    raise ParseError(head.display, f"{code!r} is not a GSS code", line=line, column=col)
            slug = force_slug(pfa_nm)
            areas += [(_lad_type(lad), lad, lad_nm, "csp", csp), ("csp", csp, csp_nm, "force", slug),
                      ("force", slug, pfa_nm, None, None)]
        stored = upsert_areas(ctx, areas, source=self.source)
        vintage = choose_vintage(ctx, label=f"PFA{yy} lookup", when=date(2000 + int(yy), 12, 1),
                                 basis="in file (column name)")
        notes = [f"{stored} areas named or refreshed (local authorities, CSPs and forces)",
                 "forces are keyed by their data.police.uk id, derived from the PFA name; the GSS PFA code is not stored"]
        return Parsed(source=self.source, publisher="ONS / Home Office (via macoj/crime-city)", licence="not stated",
                      vintage=vintage[0], vintage_date=vintage[1], vintage_basis=vintage[2],
                      rows_read=n, rows_kept=n, notes=notes)


@dataclass(frozen=True)
class LadNamesWorkbook:
    """ONS 'LAD names and codes' workbook: first sheet has a code column and a name column."""

    format: str = "ons_lad_names_xlsx"
    source: str = "ons_lad_names"
    description: str = "ONS local authority district names and codes workbook (.xlsx: Code, name)"

    def sniff(self, head: FileHead) -> bool:
        if head.kind != "xlsx":
            return False
        rows = self._rows(head, limit=3)
        return bool(len(rows) >= 2 and rows[0] and "code" in str(rows[0][0] or "").lower()
                and _GSS.match(str(rows[1][0] or "").strip()) is not None)

    @staticmethod
    def _rows(head: FileHead, limit: int | None = None) -> list[tuple[object, ...]]:
        import openpyxl

        try:
            wb = openpyxl.load_workbook(head.path, read_only=True, data_only=True)
        except Exception as exc:  # zip/xml errors from a damaged workbook
            raise ParseError(head.display, f"not a readable .xlsx workbook ({exc})",
                             hint="Download the workbook again") from exc
        try:
            ws = wb.worksheets[0]
            out = []
            for i, r in enumerate(ws.iter_rows(values_only=True)):
                if limit is not None and i >= limit:
                    break
                out.append(r)
            return out
        finally:
            wb.close()

    def read(self, head: FileHead, ctx: IngestContext) -> Parsed:
        rows = self._rows(head)
        header = [str(c or "").strip() for c in rows[0]]
        m = re.search(r"_(\w{3})_(\d{4})_", head.display.rsplit("/", 1)[-1].upper())
        areas = []
        n = 0
        for i, r in enumerate(rows[1:], start=2):
            if not r or r[0] is None:
                continue
            n += 1
            code, name = str(r[0]).strip(), str(r[1] or "").strip()
            if not _GSS.match(code) or not name:
                raise ParseError(head.display, f"row {i} has code {code!r} and name {name!r}; expected a GSS code and a name",
                                 line=i, column=header[0] if header else None)
            areas.append((_lad_type(code), code, name, None, None))
        stored = upsert_areas(ctx, areas, source=self.source)
        label = f"LAD {m.group(1).title()} {m.group(2)}" if m else "LAD names"
        when = date(int(m.group(2)), 12, 1) if m else date.today()
        vintage = choose_vintage(ctx, label=label, when=when, basis="file name" if m else "date read")
        return Parsed(source=self.source, publisher="ONS Open Geography", licence="Open Government Licence v3.0",
                      vintage=vintage[0], vintage_date=vintage[1], vintage_basis=vintage[2],
                      rows_read=n, rows_kept=stored, notes=[f"first sheet only ({header[:2]}); metadata sheet ignored"])


READERS: list[Reader] = [LadCspPfaLookup(), LadNamesWorkbook()]
