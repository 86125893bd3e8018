"""The FastAPI app: pages (server-rendered Jinja) and a JSON API, both thin over the library.

Safety: the store is opened read-only and no SQL comes from the web; every query runs under a
time limit; request bodies are capped; bad parameters get a 400 with a message; user text is
escaped by Jinja's autoescape (and by :func:`~crimestats.report._article.highlight`).
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlencode

from fastapi import FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._errors import CrimestatsError, InputError, NoDataError, UnknownMeasureError
from .._version import __version__
from ..claims._check import publication_date
from ..claims._limits import preflight
from ..report import _export, _hotspot_view, _views
from ..report._article import decode_upload, highlight
from ..report._templating import STATIC, environment
from ..store._store import StoreLike
from ._runtime import DEFAULT_MAX_BODY, BodyLimitMiddleware, QueryTimeout, Runtime, WebSettings
from ._security import SecurityHeadersMiddleware
from ._workers import WorkerBusy

__all__ = ["create_app"]

log = logging.getLogger("crimestats.web")


class CheckRequest(BaseModel):
    text: str = Field(..., description="The article (plain text).", max_length=500_000)
    as_of: Optional[date] = Field(None, description="Date the article was written (YYYY-MM-DD); "
                                                    "'last year', 'since November' are read from it. "
                                                    "Default: the date the text gives in a head or foot "
                                                    "line, else today.")


def _status_for(exc: Exception) -> int:
    if isinstance(exc, QueryTimeout):
        return 504
    if isinstance(exc, WorkerBusy):
        return 503
    if isinstance(exc, (InputError, UnknownMeasureError, ValueError)):
        return 400
    if isinstance(exc, NoDataError):
        return 404
    return 400


def create_app(*, db: str | Path, max_body: int = DEFAULT_MAX_BODY, query_timeout: float = 20.0,
               cache_dir: str | Path | None = None, compute_workers: int | None = None) -> FastAPI:
    """The crimestats web app over the store at ``db`` (opened read-only); ``compute_workers`` worker
    processes run its heavy work (the default: :attr:`WebSettings.worker_slots`)."""
    settings = WebSettings(db=Path(db), max_body=max_body, query_timeout=query_timeout,
                           cache_dir=Path(cache_dir) if cache_dir else None)
    if compute_workers is not None:
        settings.worker_slots = max(1, compute_workers)
    rt = Runtime(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await asyncio.to_thread(rt.workers.start)     # workers warm up while the server starts
        yield
        rt.close()

    app = FastAPI(title="crimestats", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Police-recorded crime statistics: check claims, explore figures. "
                              "Read-only; every figure names its source, vintage and query.")
    app.state.runtime = rt
    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    app.add_middleware(SecurityHeadersMiddleware)     # outermost: on every response, errors included
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # API docs without a CDN: Swagger UI's files come from the swagger-ui-bundle package
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_path), name="docs-assets")

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs() -> Response:
        return HTMLResponse(_DOCS_PAGE)
    templates = Jinja2Templates(env=environment())

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")

    def error_response(request: Request, status: int, message: str) -> Response:
        if wants_html(request):
            return page(request, "error.html", status=status, status_code=status, message=message)
        return JSONResponse({"error": _ERROR_TITLES.get(status, "error"), "detail": message},
                            status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _bad_params(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for e in exc.errors():
            loc = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "form"))
            parts.append(f"{loc or 'input'}: {e.get('msg')}")
        return error_response(request, 400, "; ".join(parts) or "malformed request")

    @app.exception_handler(CrimestatsError)
    async def _lib_error(request: Request, exc: CrimestatsError) -> Response:
        return error_response(request, _status_for(exc), str(exc))

    @app.exception_handler(QueryTimeout)
    async def _timeout(request: Request, exc: QueryTimeout) -> Response:
        return error_response(request, 504, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, f"internal error ({type(exc).__name__}); "
                                            "the server log has the details")

    # -- pages ---------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request) -> Response:
        return page(request, "check_form.html", as_of="", text="")

    @app.post("/check", include_in_schema=False)
    async def check_form(request: Request, text: str = Form(""), as_of: str = Form(""),
                         file: Optional[UploadFile] = File(None)) -> Response:
        if file is not None and file.filename:
            data = await file.read()   # spooled by Starlette in the system temp dir only
            try:
                text = decode_upload(file.filename, data)
            except ValueError as exc:
                raise InputError(str(exc)) from exc
        if not text.strip():
            raise InputError("paste an article or upload a .txt / .html file to check")
        day, basis = publication_date(text=text, as_of=as_of)   # blank: the text's dateline, else today
        key = await _check(text, day.isoformat(), basis)
        return RedirectResponse(f"/check/{key}", status_code=303)

    async def _check(text: str, as_of: str, basis: str = "given") -> str:
        key = rt.result_key(text, as_of)
        if not rt.has_result(key):
            await asyncio.to_thread(preflight, text)      # refused at once, without waiting for a worker
            result = await rt.check(("check", key), text=text, as_of=as_of, basis=basis)
            rt.save_result(key, {"text": text, "as_of": as_of, "result": result})
        return key

    @app.get("/check/{key}.json", include_in_schema=False)
    async def check_download(key: str) -> Response:
        saved = rt.load_result(key)
        if saved is None:
            return JSONResponse({"error": "not found", "detail": "no check result with this id"}, 404)
        body = _strip_svg(saved["result"])
        return Response(_views.dumps(body), media_type="application/json",
                        headers={"content-disposition": f'attachment; filename="check-{key}.json"'})

    @app.get("/check/{key}.csv", include_in_schema=False)
    async def check_csv(key: str) -> Response:
        saved = rt.load_result(key)
        if saved is None:
            return JSONResponse({"error": "not found", "detail": "no check result with this id"}, 404)
        rows = [{"n": i, "verdict": c.get("verdict"), "kind": c.get("kind"), "claim": c.get("text"),
                 "measure": c.get("measure"), "area": c.get("area"), "period": c.get("period"),
                 "claimed": c.get("claimed"), "found": c.get("found"), "unit": c.get("unit"),
                 "explanation": c.get("explanation"), "as_of": saved.get("as_of")}
                for i, c in enumerate(saved["result"].get("claims", []), 1)]
        return _download(rows, None, "csv", f"check-{key}")

    @app.get("/check/{key}", response_class=HTMLResponse, include_in_schema=False)
    async def check_page(request: Request, key: str) -> Response:
        saved = rt.load_result(key)
        if saved is None:
            if rt.result_expired(key):
                return error_response(request, 410, "this check result has expired: results are kept "
                                                    "for a while (bounded by age and space), then "
                                                    "dropped. Paste the article again to check it anew.")
            return error_response(request, 404, "no check result with this link (it may be from "
                                                "another server, or mistyped). Paste the article again.")
        claims = saved["result"].get("claims", [])
        return page(request, "check_result.html", key=key, text=saved["text"], as_of=saved["as_of"],
                    article=highlight(saved["text"], claims), claims=claims,
                    result=saved["result"])

    @app.get("/explore", response_class=HTMLResponse, include_in_schema=False)
    async def explore_page(request: Request, measure: str = Query("homicide"),
                           area: str = Query("London", max_length=200),
                           period: str = Query("2022", max_length=100),
                           by: str = Query(""), map: str = Query("count", pattern="^(count|rate)$"),
                           as_of: str = Query("")) -> Response:
        if by and by not in _views.BREAKDOWN_DIMENSIONS:
            raise InputError(f"by={by!r}: choose one of {', '.join(_views.BREAKDOWN_DIMENSIONS)}")
        by = by or _views.default_breakdown(measure)
        key = ("explore", measure, area, period, by, map, as_of)
        html = rt.cache.get(("html",) + key)
        if html is None:
            qs = urlencode({"measure": measure, "area": area, "period": period, "by": by, "map": map,
                            "as_of": as_of})
            ctx: dict[str, Any] = dict(measures=_views.measure_names(), measure=measure, area=area, period=period,
                       by=by, map=map, dims=_views.BREAKDOWN_DIMENSIONS, as_of=as_of,
                       hotspot_measures=_HOTSPOT_KEYS, query_string=qs)
            try:
                data = await rt.compute(key, _views.explore, measure=measure, area=area,
                                        period=period, by=by or None, map_kind=map,
                                        as_of=as_of or None)
            except CrimestatsError as exc:
                if not wants_html(request):
                    raise
                # A browser gets the message under the form, so the choice can be changed at once.
                status = _status_for(exc)
                return page(request, "explore.html", status=status, error=str(exc),
                            status_code=status, data=None, **ctx)
            html = page(request, "explore.html", data=data, **ctx).body
            rt.cache.put(("html",) + key, html)
        return HTMLResponse(html)

    @app.get("/explore.{ext}", include_in_schema=False)
    async def explore_download(ext: str, measure: str = Query("homicide", max_length=100),
                               area: str = Query("London", max_length=200),
                               period: str = Query("2022", max_length=100),
                               by: str = Query(""), map: str = Query("count", pattern="^(count|rate)$"),
                               as_of: str = Query(""), table: str = Query("breakdown")) -> Response:
        if by and by not in _views.BREAKDOWN_DIMENSIONS:
            raise InputError(f"by={by!r}: choose one of {', '.join(_views.BREAKDOWN_DIMENSIONS)}")
        by = by or _views.default_breakdown(measure)
        data = await rt.compute(("explore", measure, area, period, by, map, as_of), _views.explore,
                                measure=measure, area=area, period=period, by=by or None,
                                map_kind=map, as_of=as_of or None)
        rows, cols = _export.explore_table(data, table=table)
        return _download(rows, cols, ext, f"explore-{measure}-{table}")

    @app.get("/sources.{ext}", include_in_schema=False)
    async def sources_download(ext: str) -> Response:
        rows = await rt.run(lambda store: store.sources())
        return _download(rows, None, ext, "sources")

    @app.get("/hotspots.{ext}", include_in_schema=False)
    async def hotspots_download(ext: str,
                                measure: str = Query(_hotspot_view.DEFAULTS["measure"], max_length=100),
                                area: str = Query(_hotspot_view.DEFAULTS["area"], max_length=200),
                                period: str = Query(_hotspot_view.DEFAULTS["period"], max_length=100),
                                unit: str = Query(_hotspot_view.DEFAULTS["unit"], max_length=10),
                                adjust: str = Query(_hotspot_view.DEFAULTS["adjust"], max_length=10),
                                as_of: str = Query("", max_length=10)) -> Response:
        data = await rt.compute(("hotspots", measure, area, period, unit, adjust, as_of),
                                _hotspot_view.hotspots, measure=measure, area=area,
                                period=period, unit=unit, adjust=adjust, as_of=as_of or None)
        cols = ["rank", "code", "name", "count", "rate_per_1000", "gi_z", "p_value", "p_adjusted",
                "hotspot_class"]
        return _download(list(data["places"]), cols, ext, f"hotspots-{measure}-{area}-{period}")

    @app.get("/sources", response_class=HTMLResponse, include_in_schema=False)
    async def sources_page(request: Request) -> Response:
        data = await rt.compute(("sources",), _views.sources_page)
        return page(request, "sources.html", data=data)

    @app.get("/hotspots", response_class=HTMLResponse, include_in_schema=False)
    async def hotspots_page(request: Request,
                            measure: str = Query(_hotspot_view.DEFAULTS["measure"], max_length=100),
                            area: str = Query(_hotspot_view.DEFAULTS["area"], max_length=200),
                            period: str = Query(_hotspot_view.DEFAULTS["period"], max_length=100),
                            unit: str = Query(_hotspot_view.DEFAULTS["unit"], max_length=10),
                            adjust: str = Query(_hotspot_view.DEFAULTS["adjust"], max_length=10),
                            as_of: str = Query("", max_length=10)) -> Response:
        q = {"measure": measure, "area": area, "period": period, "unit": unit, "adjust": adjust}
        ctx: dict[str, Any] = {"q": q, "measures": _hotspot_view.hotspot_measures(),
                               "units": _hotspot_view.UNITS, "adjusts": _hotspot_view.ADJUST,
                               "table_rows": _hotspot_view.TABLE_ROWS,
                               "held": await rt.compute(("hotspot-held",), _hotspot_view.data_held)}
        try:
            data = await rt.compute(("hotspots", measure, area, period, unit, adjust, as_of),
                                    _hotspot_view.hotspots, measure=measure, area=area,
                                    period=period, unit=unit, adjust=adjust, as_of=as_of or None)
        except CrimestatsError as exc:
            # Shown on the page under the form, so the reader can change the choice at once.
            status = _status_for(exc)
            return page(request, "hotspots.html", status=status, error=str(exc),
                        status_code=status, **ctx)
        return page(request, "hotspots.html", data=data, **ctx)

    # -- JSON API ------------------------------------------------------------------------
    @app.post("/api/check", tags=["api"], summary="Check every claim in an article")
    async def api_check(req: CheckRequest) -> Response:
        day, basis = publication_date(text=req.text, as_of=req.as_of)
        if not req.text.strip():
            raise InputError("text is empty: send the article to check")
        key = await _check(req.text, day.isoformat(), basis)
        body = rt.cache.get(("api-check", key))   # the same article again: the same answer
        if body is None:
            saved = rt.load_result(key)
            data = _strip_svg((saved or {}).get("result", {}))
            data["permalink"] = f"/check/{key}"
            body = JSONResponse(data).body
            if saved is not None:
                rt.cache.put(("api-check", key), body)
        return Response(body, media_type="application/json")

    @app.get("/api/stats", tags=["api"], summary="One figure: count, change, rate, record, "
                                                 "breakdown, series or rank")
    async def api_stats(measure: str = Query(..., max_length=100, examples=["homicide"]),
                        area: str = Query("London", max_length=200),
                        period: str = Query(..., max_length=100, examples=["2022"]),
                        kind: str = Query("count", description=", ".join(_views.STAT_KINDS)),
                        by: Optional[str] = Query(None), as_of: Optional[date] = Query(None)) -> Any:
        if by is not None and by not in _views.BREAKDOWN_DIMENSIONS:
            raise InputError(f"by={by!r}: choose one of {', '.join(_views.BREAKDOWN_DIMENSIONS)}")
        return await rt.compute(("stats", kind, measure, area, period, by, as_of), _views.stats,
                                kind=kind, measure=measure, area=area, period=period, by=by,
                                as_of=as_of.isoformat() if as_of else None)

    @app.get("/api/headline", tags=["api"], summary="A headline and its facts for one year")
    async def api_headline(measure: str = Query(..., max_length=100, examples=["homicide"]),
                           area: str = Query("London", max_length=200),
                           year: int = Query(..., ge=1900, le=2100)) -> Any:
        data = await rt.compute(("headline", measure, area, year), _views.headline,
                                measure=measure, area=area, year=year)
        return _strip_svg(data)

    @app.get("/api/coverage", tags=["api"], summary="Periods each source covers, with gaps")
    async def api_coverage(source: Optional[str] = Query(None, max_length=100),
                           scope: Optional[str] = Query(None, max_length=100),
                           level: Optional[str] = Query(None, max_length=50)) -> Any:
        from ..store._coverage import coverage

        def run(store: StoreLike) -> list[dict[str, Any]]:
            return [s.as_dict() for s in coverage(store, source=source, scope=scope, level=level)]

        return await rt.cached(("coverage", source, scope, level), run)

    @app.get("/api/sources", tags=["api"], summary="Every ingested file with its vintage")
    async def api_sources() -> Any:
        return await rt.cached(("api-sources",), lambda store: store.sources())

    @app.get("/api/hotspots", tags=["api"], summary="Hotspots: places ranked, Getis-Ord Gi* "
                                                    "z-scores, adjusted p-values and classes")
    async def api_hotspots(
            measure: str = Query("robbery", max_length=100, description="An offence key, e.g. "
                                 "robbery, burglary, theft, all_crime"),
            area: str = Query("Redbridge", max_length=200, description="London, a London borough "
                              "or City of London"),
            period: str = Query("2021", max_length=100, description="e.g. 2021 or 2024-03; LSOA "
                                "counts cover 2011-2021 by year and 2024-02 on by month"),
            unit: str = Query("lsoa", pattern="^(lsoa|ward|grid)$",
                              description="lsoa | ward | grid (street-level points binned to "
                                          "square cells)"),
            adjust: str = Query("auto", pattern="^(auto|holm|fdr)$",
                                description="auto (Holm up to 200 places, else FDR), holm (family-wise "
                                            "error rate) or fdr (Benjamini-Hochberg false discovery rate)"),
            permutations: int = Query(9_999, ge=0, le=99_999,
                                      description="conditional permutations for the Gi* p-values "
                                                  "(0: normal approximation)"),
            seed: int = Query(12345, description="random seed for the permutations (same seed, same output)"),
            format: str = Query("json", pattern="^(json|geojson)$",
                                description="json: figures; geojson: a FeatureCollection (WGS84) "
                                            "with the figures as properties"),
            as_of: Optional[date] = Query(None)) -> Any:
        args = dict(measure=measure, area=area, period=period, unit=unit, adjust=adjust,
                    as_of=as_of.isoformat() if as_of else None, permutations=permutations, seed=seed)
        if format == "geojson":
            return await rt.compute(("hotspots-geojson",) + tuple(args.values()),
                                    _hotspot_view.hotspots_geojson, **args)
        data = await rt.compute(("hotspots-api",) + tuple(args.values()),
                                _hotspot_view.hotspots, with_map=False, **args)
        return _strip_svg(data)

    @app.get("/api/measures", tags=["api"], summary="Measure names the other endpoints accept")
    async def api_measures() -> Any:
        return _views.measure_names()

    return app


# Swagger UI from local files only; started by /static/docs-init.js (no inline script, so the page
# works under a Content-Security-Policy without 'unsafe-inline' scripts).
_DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>crimestats API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script>
<script src="/static/docs-init.js"></script></body></html>
"""


def _download(rows: list[dict[str, Any]], columns: list[str] | None, ext: str, name: str) -> Response:
    """A table as a CSV or JSON file download."""
    if ext == "csv":
        return Response(_export.csv_text(rows, columns), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": f'attachment; filename="{name}.csv"'})
    if ext == "json":
        return Response(_views.dumps(rows), media_type="application/json",
                        headers={"content-disposition": f'attachment; filename="{name}.json"'})
    raise InputError(f"download as .{ext}: choose .csv or .json")


def _offence_keys() -> frozenset[str]:
    from ..reference._taxonomy import OFFENCE_KEYS

    return frozenset(OFFENCE_KEYS)


_HOTSPOT_KEYS = _offence_keys()   # measures the hotspots page takes (recorded offence keys)

_ERROR_TITLES = {400: "bad request", 404: "not found", 413: "request too large",
                 500: "internal error", 503: "not available", 504: "query time limit"}


def _strip_svg(data: Any) -> Any:
    """A copy of ``data`` without rendered SVG (the JSON API returns figures, not drawings)."""
    if isinstance(data, dict):
        return {k: _strip_svg(v) for k, v in data.items() if k not in ("chart_svg", "svg")}
    if isinstance(data, list):
        return [_strip_svg(v) for v in data]
    return data



def app_from_env() -> FastAPI:
    """App factory for ``uvicorn --factory`` (used by ``crimestats serve``): settings from the env."""
    import os

    return create_app(db=os.environ["CRIMESTATS_WEB_DB"],
                      max_body=int(os.environ.get("CRIMESTATS_WEB_MAX_BODY", DEFAULT_MAX_BODY)),
                      query_timeout=float(os.environ.get("CRIMESTATS_WEB_QUERY_TIMEOUT", "20")),
                      cache_dir=os.environ.get("CRIMESTATS_WEB_RESULTS") or None,
                      compute_workers=int(os.environ["CRIMESTATS_WEB_COMPUTE_WORKERS"])
                      if os.environ.get("CRIMESTATS_WEB_COMPUTE_WORKERS") else None)
