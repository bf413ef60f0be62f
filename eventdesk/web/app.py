"""FastAPI app factory: a read-only JSON/GeoJSON API over the event store, and the map page.

Everything the page loads is served from this package (eventdesk/web/static); the third-party
libraries are copied into static/vendor by scripts/setup-web.sh, so nothing comes from a CDN.
The routes live here; what guards a request (guards), reads its parameters (params) and
serves the pages (pages) are modules of their own.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from eventdesk.coding.typology import EVENT_TYPES, INTERACTIONS
from eventdesk.errors import EventdeskError, QueryTimeoutError, StoreError, UsageError
from eventdesk.io import event_id_cnty, point_feature, write_stored_events
from eventdesk.web import models, pages
from eventdesk.web.guards import (
    INTERNAL_ERROR,
    MAX_BODY_BYTES,
    CatchAll,
    HostGuard,
    RequestGuard,
    log,
)
from eventdesk.web.params import (
    CLUSTER_REF,
    MAX_PAGE_SIZE,
    MAX_TEXT_PARAM,
    Filter,
    Page,
    cluster_ref,
    known_query_params,
)

MAX_EXPORT_ROWS = 100_000
DEFAULT_POLL_SECONDS = 30.0
MAX_POLL_SECONDS = 86_400


def create_app(
    db_path: str | Path,
    *,
    readonly: bool = True,
    tile_url: str | None = None,
    allowed_hosts: list[str] | None = None,
    poll_seconds: float = DEFAULT_POLL_SECONDS,
) -> FastAPI:
    """Build the app over the store at `db_path` (opened per request, read-only by default).

    `allowed_hosts` turns on Host-header checking, which `eventdesk serve` uses on loopback
    so that a web page elsewhere cannot reach the API through DNS rebinding.
    `poll_seconds` is how often the page asks for events stored since it last looked.
    """
    from eventdesk.store import ClusterFilter, Store

    db_path = Path(db_path)
    if readonly and not db_path.is_file():
        raise StoreError(
            "no event store here; create one with `eventdesk ingest` or pass --db",
            path=str(db_path),
        )
    # opened once now (and migrated when writable): a file that is no store, or a store of
    # an older schema opened read-only, is said at start, not as each request's error 500
    Store.open(db_path, readonly=readonly).close()
    tile_url = tile_url or None
    csp = pages.page_csp(tile_url)
    if not 0 < poll_seconds <= MAX_POLL_SECONDS:
        raise UsageError(f"the polling interval must be over 0 and at most {MAX_POLL_SECONDS}"
                         f" seconds (a day), got {poll_seconds}")

    app = FastAPI(
        title="eventdesk",
        summary="Conflict events coded from news reports, clustered across sources.",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(known_query_params)],
    )
    app.state.db_path = db_path
    app.state.readonly = readonly
    app.state.tile_url = tile_url
    app.state.poll_seconds = poll_seconds

    @contextmanager
    def open_store() -> Iterator[Store]:
        # One connection per request, opened and closed in the worker thread that uses it.
        store = Store.open(db_path, readonly=readonly)
        try:
            yield store
        finally:
            store.close()

    def make_filter(filters: dict[str, Any], page: dict[str, int] | None = None):
        return ClusterFilter(**filters, **(page or {"limit": MAX_PAGE_SIZE, "offset": 0}))

    @app.exception_handler(EventdeskError)
    async def eventdesk_error(request: Request, exc: EventdeskError) -> JSONResponse:
        # The client gets the cause it can act on, never a path; the log gets everything.
        if isinstance(exc, UsageError):
            return JSONResponse({"detail": _message(exc), "code": exc.code}, status_code=400)
        if isinstance(exc, QueryTimeoutError):
            log.warning("%s %s: [%s] %s", request.method, request.url.path, exc.code, exc)
            return JSONResponse({"detail": _message(exc), "code": exc.code}, status_code=503)
        log.error("%s %s: [%s] %s", request.method, request.url.path, exc.code, exc)
        return JSONResponse({"detail": INTERNAL_ERROR, "code": exc.code}, status_code=500)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.get("/api/clusters", tags=["clusters"], responses=_errors())
    def clusters(filters: Filter, page: Page) -> models.ClusterPage:
        """Real-world events (clusters of reports), newest first, one page at a time.
        `latest_ingested_at` is read first, so passing it back as `ingested_since` never
        misses a report stored while this answer was made."""
        with open_store() as store:
            latest = store.latest_ingested_at()
            items = store.query_clusters(make_filter(filters, page))
        return {"items": items, "count": len(items), "latest_ingested_at": latest, **page}

    @app.get("/api/clusters.geojson", tags=["clusters"], response_class=GeoJSONResponse,
             response_model=models.FeatureCollection, responses=_errors(json_ref=True))
    def clusters_geojson(
        filters: Filter,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = MAX_PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> GeoJSONResponse:
        """The same clusters as a GeoJSON FeatureCollection (clusters without coordinates
        are counted in `unplaced` but have no feature)."""
        with open_store() as store:
            items = store.query_clusters(make_filter(filters, {"limit": limit, "offset": offset}))
        features = [f for f in (point_feature(c, id_field="cluster_id") for c in items) if f]
        body = {
            "type": "FeatureCollection",
            "features": features,
            "count": len(items),
            "unplaced": len(items) - len(features),
            "limit": limit,
            "offset": offset,
        }
        # Store values are JSON-native; skipping jsonable_encoder makes this several times faster.
        return GeoJSONResponse(body)

    @app.get("/api/events", tags=["events"], responses=_errors())
    def events(filters: Filter, page: Page) -> models.EventPage:
        """Raw coded events, one per report and event, before clustering."""
        with open_store() as store:
            items = store.query_events(make_filter(filters, page))
        return {"items": items, "count": len(items), **page}

    @app.get("/api/events.csv", tags=["events"], response_class=Response,
             responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                              "description": "the events as CSV (eventdesk.io's writer)",
                              "headers": {"X-Next-Offset": {
                                  "description": "offset of the next file, when more events"
                                                 " match than this one holds",
                                  "schema": {"type": "integer"}}}},
                        **_errors(json_ref=True)})
    def events_csv(
        filters: Filter,
        limit: Annotated[int, Query(ge=1, le=MAX_EXPORT_ROWS)] = MAX_EXPORT_ROWS,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Response:
        """The events `/api/events` selects with the same filters, as a CSV file to download
        (newest first, at most 100,000 rows per file). When more events match, the
        `X-Next-Offset` header gives the `offset` of the next file."""
        with open_store() as store:
            rows = store.query_events(make_filter(filters, {"limit": limit + 1,
                                                            "offset": offset}))
        headers = {}
        if len(rows) > limit:
            rows = rows[:limit]
            headers["X-Next-Offset"] = str(offset + limit)
        out = io.StringIO()
        write_stored_events(rows, "csv", out)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        headers["Content-Disposition"] = f'attachment; filename="eventdesk-events-{stamp}.csv"'
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)

    @app.get("/api/cluster/{cluster_id}", tags=["clusters"], responses=_errors(404))
    def cluster(
        cluster_id: Annotated[str, PathParam(
            pattern=CLUSTER_REF, description="the cluster's number (17) or the event_id_cnty "
                                             "of the exports (SOM17)")],
    ) -> models.ClusterDetail:
        """One cluster with every source report, its text and the evidence offsets."""
        country, number = cluster_ref(cluster_id)
        with open_store() as store:
            found = store.cluster(number)
        if found is None or (country is not None
                             and event_id_cnty(found.get("country"), number) != cluster_id.upper()):
            raise HTTPException(status_code=404, detail=f"no cluster {cluster_id}")
        return found

    @app.get("/api/timeline", tags=["clusters"], responses=_errors())
    def timeline(filters: Filter) -> models.Timeline:
        """Clusters and fatalities per day and event type, for the filters given; events
        without a date are counted in `undated` (they have no day), and `by_type` counts
        every event, dated or not, per type."""
        with open_store() as store:
            f = make_filter(filters)
            items = store.timeline(f)
            by_type = store.type_counts(f)
        return {"items": items, "by_type": by_type,
                "undated": sum(t["undated"] for t in by_type)}

    @app.get("/api/facets", tags=["meta"], responses=_errors())
    def facets() -> models.Facets:
        """Values the filters can take: countries, regions per country, types, outlets,
        date range, and ACLED's sub-event types and interaction codes."""
        with open_store() as store:
            found = store.facets()
        return {**found, "sub_event_types": EVENT_TYPES,
                "interactions": {str(code): name for code, name in INTERACTIONS.items()}}

    @app.get("/api/search", tags=["events"], responses=_errors(503))
    def search(
        q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM)],
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    ) -> models.SearchResult:
        """Full-text search over the stored reports: every report holding all the words
        (at most 20 words of 64 characters; operators and quotes are searched as words),
        best first; `ranked` is false when the words are so common that the newest matching
        reports come instead. A search running over 1 s is stopped with 503."""
        with open_store() as store:
            items, ranked = store.search_ranked(q, limit=limit)
        return {"items": items, "count": len(items), "limit": limit, "ranked": ranked}

    @app.get("/api/config", tags=["meta"], responses=_errors())
    def config() -> models.Config:
        """Settings the page needs: the optional tile server, the limits, and how often
        it asks for newly stored events."""
        return {"tile_url": tile_url, "readonly": readonly, "max_page_size": MAX_PAGE_SIZE,
                "poll_seconds": poll_seconds}

    @app.get("/", include_in_schema=False)
    def index():
        missing = pages.missing_assets()
        if missing:
            return pages.missing_assets_page(missing)
        return FileResponse(
            pages.STATIC_DIR / "index.html",
            media_type="text/html",
            headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"},
        )

    @app.get("/docs", include_in_schema=False)
    def docs():
        missing = pages.missing_assets()
        if missing:
            return pages.missing_assets_page(missing)
        return get_swagger_ui_html(
            openapi_url=app.openapi_url,
            title="eventdesk API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    app.mount("/static", StaticFiles(directory=pages.STATIC_DIR), name="static")
    app.add_middleware(RequestGuard, max_body=MAX_BODY_BYTES)
    if allowed_hosts:
        app.add_middleware(HostGuard, allowed_hosts=allowed_hosts)
    app.add_middleware(CatchAll)  # outermost of ours: nothing unexpected gets past it
    return app


class GeoJSONResponse(JSONResponse):
    media_type = "application/geo+json"


_ERROR_DESCRIPTIONS = {
    400: "Bad request (an invalid Content-Length or Host header, an impossible option)",
    404: "Not found",
    413: "Request body over 1 MB",
    500: "Internal error: a generic message (details are in the server log)",
    503: "The query ran over its time limit and was stopped",
}


def _errors(*extra: int, json_ref: bool = False) -> dict[int | str, dict[str, Any]]:
    """The error responses a route can give besides 422: the request guard's 400 and 413,
    the generic 500, and `extra`; always JSON (`json_ref` for a route whose own media type
    is another, since FastAPI would otherwise give errors that media type)."""
    if json_ref:
        body = {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Error"}}}}
    else:
        body = {"model": models.Error}
    return {code: {**body, "description": _ERROR_DESCRIPTIONS[code]}
            for code in sorted({400, 413, 500, *extra})}


def _message(exc: EventdeskError) -> str:
    """An error's message without the file path it may start with."""
    text = str(exc)
    if exc.path and text.startswith(f"{exc.path}: "):
        text = text[len(exc.path) + 2:]
    return text

