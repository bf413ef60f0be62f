"""FastAPI app factory: a read-only JSON/GeoJSON API over the event store, and the map page.

Everything the page loads is served from this package (eventdesk/web/static); the third-party
libraries are copied into static/vendor by scripts/setup-web.sh, so nothing comes from a CDN.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BeforeValidator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventdesk.coding.typology import EVENT_TYPES, INTERACTIONS
from eventdesk.errors import EventdeskError, QueryTimeoutError, StoreError, UsageError
from eventdesk.io import event_id_cnty, write_stored_events
from eventdesk.web import models

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
# The vendor files the page and /docs cannot work without (copied by scripts/setup-web.sh).
REQUIRED_ASSETS = (
    "leaflet/leaflet.js",
    "leaflet/leaflet.css",
    "markercluster/leaflet.markercluster.js",
    "markercluster/MarkerCluster.css",
    "markercluster/MarkerCluster.Default.css",
    "topojson-client/topojson-client.min.js",
    "world-atlas/countries-50m.json",
    "swagger-ui/swagger-ui-bundle.js",
    "swagger-ui/swagger-ui.css",
)
SETUP_HINT = "run scripts/setup-web.sh (needs Node.js and npm) to install them"

MAX_BODY_BYTES = 1024 * 1024
MAX_PAGE_SIZE = 1000
MAX_EXPORT_ROWS = 100_000
DEFAULT_POLL_SECONDS = 30.0
MAX_POLL_SECONDS = 86_400
MAX_TEXT_PARAM = 200
READ_METHODS = frozenset({"GET", "HEAD"})
ALLOW = "GET, HEAD"
INTERNAL_ERROR = "internal server error; the server log has the details"
# A cluster as the API numbers it (17) or as the exports name it (event_id_cnty "SOM17").
CLUSTER_REF = r"^([A-Za-z]{3})?[0-9]{1,18}$"

log = logging.getLogger("eventdesk.web")


def missing_assets(*, vendor_dir: Path = VENDOR_DIR) -> list[str]:
    """Vendor files that setup-web.sh has not (yet) copied; empty when the page can load."""
    return [name for name in REQUIRED_ASSETS if not (vendor_dir / name).is_file()]


def _plain_response(status: int, text: str, *, headers: dict[str, str] | None = None):
    return JSONResponse({"detail": text}, status_code=status, headers=headers)


class RequestGuard:
    """ASGI middleware enforcing the API's contract before any route runs.

    The API is read-only: only GET and HEAD are accepted (405 otherwise), and no request may
    carry a body over `max_body` bytes (413), whether declared by Content-Length or streamed.
    HEAD is answered as GET without the body, so it works wherever GET does.
    """

    def __init__(self, app: ASGIApp, *, max_body: int = MAX_BODY_BYTES):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _plain_response(400, "invalid Content-Length")(scope, receive, send)
                return
            if declared > self.max_body:
                await self._too_large(scope, receive, send)
                return
        if scope["method"] not in READ_METHODS:
            response = _plain_response(
                405, "the eventdesk API is read-only: use GET", headers={"Allow": ALLOW}
            )
            await response(scope, receive, send)
            return
        if scope["method"] == "HEAD":
            scope = {**scope, "method": "GET"}
            send = _without_body(send)
        if length is None and b"transfer-encoding" in headers:
            # A streamed body of unknown size: read it (bounded) before the app sees it.
            buffered: list[Message] = []
            total = 0
            while True:
                message = await receive()
                buffered.append(message)
                if message["type"] != "http.request":
                    break
                total += len(message.get("body", b""))
                if total > self.max_body:
                    await self._too_large(scope, receive, send)
                    return
                if not message.get("more_body", False):
                    break

            async def replay() -> Message:
                return buffered.pop(0) if buffered else await receive()

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = _plain_response(413, f"request body larger than {self.max_body} bytes")
        await response(scope, receive, send)


def _without_body(send: Send) -> Send:
    """A `send` that passes the status and headers (Content-Length included) but no body."""

    async def send_head(message: Message) -> None:
        if message["type"] == "http.response.body":
            if message.get("more_body", False):
                return
            message = {"type": "http.response.body", "body": b"", "more_body": False}
        await send(message)

    return send_head


class HostGuard:
    """ASGI middleware answering 400 (JSON, like every API error) to a request whose Host
    header names none of `allowed_hosts` (the port is ignored): DNS rebinding protection."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: list[str]):
        self.app = app
        self.allowed = {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers", []))
            host = headers.get(b"host", b"").decode("latin-1").lower().rsplit(":", 1)[0]
            if host not in self.allowed:
                await _plain_response(400, "invalid Host header")(scope, receive, send)
                return
        await self.app(scope, receive, send)


class CatchAll:
    """ASGI middleware turning any unexpected exception into a JSON 500 without details (the
    traceback goes to the log), so no path or internal ever reaches a client."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:  # the boundary of a request: log it, answer 500, serve on
            log.exception("unexpected error answering %s %s", scope.get("method"),
                          scope.get("path"))
            if started:
                raise
            await _plain_response(500, INTERNAL_ERROR)(scope, receive, send)


def cluster_ref(ref: str) -> tuple[str | None, int]:
    """("SOM", 17) for "SOM17", (None, 17) for "17": an analyst pastes the id from a CSV."""
    prefix = ref[:3] if ref[:1].isalpha() else None
    return prefix, int(ref[3:] if prefix else ref)


def _iso_date_only(value):
    """Dates in the query string are YYYY-MM-DD, nothing else (not "0", not a timestamp):
    read by the store's one date parser, so the API and `events --since` agree."""
    from eventdesk.store.store import iso_date

    if not isinstance(value, str):
        return value
    try:
        return iso_date(value, "date")
    except UsageError:
        raise ValueError("must be a date as YYYY-MM-DD") from None


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]


def _tile_source(tile_url: str) -> str:
    """The CSP source allowing the optional tile server; validates the URL template."""
    parts = urlsplit(tile_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UsageError(f"tile URL must be an http(s) URL template, got {tile_url!r}")
    if not all(key in tile_url for key in ("{z}", "{x}", "{y}")):
        raise UsageError(f"tile URL must contain {{z}}, {{x}} and {{y}}, got {tile_url!r}")
    host = parts.netloc.replace("{s}", "*")
    if "{" in host or "}" in host or "'" in host or ";" in host or " " in host:
        return f"{parts.scheme}:"
    return f"{parts.scheme}://{host}"


def _page_csp(tile_url: str | None) -> str:
    img = "'self' data:" + (f" {_tile_source(tile_url)}" if tile_url else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def _interaction_code(value: int) -> int:
    """An ACLED interaction code: one actor type alone (10 … 80) or two, lower first."""
    if value not in INTERACTIONS:
        raise ValueError("must be an ACLED interaction code: 10, 20 … 80 for one actor type"
                         " alone, or two inter codes 1-8, lower first (12, 17, 88)")
    return value


_ISO_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?")


def _utc_instant(value):
    """ISO 8601 date and time, as `latest_ingested_at` gives it; no offset means UTC."""
    if isinstance(value, str) and not _ISO_INSTANT.fullmatch(value):
        raise ValueError("must be a date and time in ISO 8601, e.g. 2024-03-01T12:00:00Z")
    return value


Text = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT_PARAM)]
Interaction = Annotated[int, AfterValidator(_interaction_code)]
Instant = Annotated[dt.datetime, BeforeValidator(_utc_instant)]


def _filter_params(
    country: Text = None,
    admin1: Text = None,
    event_type: Text = None,
    since: Annotated[IsoDate | None, Query(description="first event date, YYYY-MM-DD")] = None,
    until: Annotated[IsoDate | None, Query(description="last event date, YYYY-MM-DD")] = None,
    actor: Text = None,
    min_sources: Annotated[int, Query(ge=1, le=1000, description="independent outlets")] = 1,
    sub_event_type: Annotated[str | None, Query(
        min_length=1, max_length=MAX_TEXT_PARAM,
        description="ACLED sub-event type, e.g. Armed clash")] = None,
    interaction: Annotated[Interaction | None, Query(
        description="ACLED interaction code of any report of the event: 10 … 80 for one "
                    "actor type alone, two inter codes lower first otherwise (17: state "
                    "forces–civilians); `/api/facets` lists them")] = None,
    fatal: Annotated[bool, Query(
        description="only events with fatalities > 0 (by the highest count reported)")] = False,
    outlet: Annotated[str | None, Query(
        min_length=1, max_length=MAX_TEXT_PARAM,
        description="only events reported by this outlet (exact name, see `/api/facets`)",
    )] = None,
    include_undated: Annotated[bool | None, Query(
        description="events without a date: true keeps them (with a date range too), false "
                    "leaves them out; unset keeps them only when no date range is given"),
    ] = None,
    ingested_since: Annotated[Instant | None, Query(
        description="only events with a report stored at or after this time (ISO 8601; "
                    "without an offset, UTC): pass the `latest_ingested_at` of an earlier "
                    "answer to get what arrived since")] = None,
) -> dict[str, Any]:
    if since and until and since > until:
        raise HTTPException(
            status_code=422,
            detail=[{"loc": ["query", "until"], "msg": "until is before since",
                     "type": "value_error"}],
        )
    return {"country": country, "admin1": admin1, "event_type": event_type, "since": since,
            "until": until, "actor": actor, "min_sources": min_sources,
            "sub_event_type": sub_event_type, "interaction": interaction, "fatal": fatal,
            "outlet": outlet, "include_undated": include_undated,
            "ingested_since": ingested_since}


def _page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="page size")] = 500,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, int]:
    return {"limit": limit, "offset": offset}


Filter = Annotated[dict[str, Any], Depends(_filter_params)]
Page = Annotated[dict[str, int], Depends(_page_params)]


def _feature(cluster: dict) -> dict | None:
    lat, lon = cluster.get("latitude"), cluster.get("longitude")
    if lat is None or lon is None:
        return None
    properties = {k: v for k, v in cluster.items() if k not in ("latitude", "longitude")}
    return {
        "type": "Feature",
        "id": cluster.get("cluster_id"),
        "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
        "properties": properties,
    }


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
    csp = _page_csp(tile_url)
    if not 0 < poll_seconds <= MAX_POLL_SECONDS:
        raise UsageError(f"the polling interval must be over 0 and at most {MAX_POLL_SECONDS}"
                         f" seconds (a day), got {poll_seconds}")

    app = FastAPI(
        title="eventdesk",
        summary="Conflict events coded from news reports, clustered across sources.",
        docs_url=None,
        redoc_url=None,
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
        features = [f for f in map(_feature, items) if f is not None]
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
        missing = missing_assets()
        if missing:
            return _missing_assets_page(missing)
        return FileResponse(
            STATIC_DIR / "index.html",
            media_type="text/html",
            headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"},
        )

    @app.get("/docs", include_in_schema=False)
    def docs():
        missing = missing_assets()
        if missing:
            return _missing_assets_page(missing)
        return get_swagger_ui_html(
            openapi_url=app.openapi_url,
            title="eventdesk API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},
        )

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
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


def _missing_assets_page(missing: list[str]) -> HTMLResponse:
    import html

    items = "".join(f"<li>{html.escape(name)}</li>" for name in missing)
    return HTMLResponse(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>eventdesk: set-up needed"
        "</title></head><body><h1>Front-end libraries are missing</h1>"
        f"<p>The page needs files under eventdesk/web/static/vendor/: {SETUP_HINT}.</p>"
        f"<ul>{items}</ul></body></html>",
        status_code=503,
    )
