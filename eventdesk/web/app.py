"""FastAPI app factory: a read-only JSON/GeoJSON API over the event store, and the map page.

Everything the page loads is served from this package (eventdesk/web/static); the third-party
libraries are copied into static/vendor by scripts/setup-web.sh, so nothing comes from a CDN.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventdesk.errors import EventdeskError, StoreError, UsageError
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
MAX_TEXT_PARAM = 200
READ_METHODS = frozenset({"GET", "HEAD"})


def missing_assets(*, vendor_dir: Path = VENDOR_DIR) -> list[str]:
    """Vendor files that setup-web.sh has not (yet) copied; empty when the page can load."""
    return [name for name in REQUIRED_ASSETS if not (vendor_dir / name).is_file()]


def _plain_response(status: int, text: str, *, headers: dict[str, str] | None = None):
    return JSONResponse({"detail": text}, status_code=status, headers=headers)


class RequestGuard:
    """ASGI middleware enforcing the API's contract before any route runs.

    The API is read-only: only GET and HEAD are accepted (405 otherwise), and no request may
    carry a body over `max_body` bytes (413), whether declared by Content-Length or streamed.
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
                405, "the eventdesk API is read-only: use GET", headers={"Allow": "GET"}
            )
            await response(scope, receive, send)
            return
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


Text = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT_PARAM)]


def _filter_params(
    country: Text = None,
    admin1: Text = None,
    event_type: Text = None,
    since: Annotated[dt.date | None, Query(description="first event date, YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="last event date, YYYY-MM-DD")] = None,
    actor: Text = None,
    min_sources: Annotated[int, Query(ge=1, le=1000, description="independent outlets")] = 1,
) -> dict[str, Any]:
    if since and until and since > until:
        raise HTTPException(
            status_code=422,
            detail=[{"loc": ["query", "until"], "msg": "until is before since",
                     "type": "value_error"}],
        )
    return {"country": country, "admin1": admin1, "event_type": event_type, "since": since,
            "until": until, "actor": actor, "min_sources": min_sources}


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
) -> FastAPI:
    """Build the app over the store at `db_path` (opened per request, read-only by default).

    `allowed_hosts` turns on Host-header checking, which `eventdesk serve` uses on loopback
    so that a web page elsewhere cannot reach the API through DNS rebinding.
    """
    from eventdesk.store import ClusterFilter, Store

    db_path = Path(db_path)
    if readonly and not db_path.is_file():
        raise StoreError(
            "no event store here; create one with `eventdesk ingest` or pass --db",
            path=str(db_path),
        )
    tile_url = tile_url or None
    csp = _page_csp(tile_url)

    app = FastAPI(
        title="eventdesk",
        summary="Conflict events coded from news reports, clustered across sources.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = db_path
    app.state.readonly = readonly
    app.state.tile_url = tile_url

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
        status = 400 if isinstance(exc, UsageError) else 500
        return JSONResponse({"detail": str(exc), "code": exc.code}, status_code=status)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.get("/api/clusters", tags=["clusters"])
    def clusters(filters: Filter, page: Page) -> models.ClusterPage:
        """Real-world events (clusters of reports), newest first, one page at a time."""
        with open_store() as store:
            items = store.query_clusters(make_filter(filters, page))
        return {"items": items, "count": len(items), **page}

    @app.get("/api/clusters.geojson", tags=["clusters"])
    def clusters_geojson(
        filters: Filter,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = MAX_PAGE_SIZE,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> JSONResponse:
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
        return JSONResponse(body, media_type="application/geo+json")

    @app.get("/api/events", tags=["events"])
    def events(filters: Filter, page: Page) -> models.EventPage:
        """Raw coded events, one per report and event, before clustering."""
        with open_store() as store:
            items = store.query_events(make_filter(filters, page))
        return {"items": items, "count": len(items), **page}

    @app.get("/api/cluster/{cluster_id}", tags=["clusters"])
    def cluster(
        cluster_id: Annotated[int, PathParam(ge=0, le=2**63 - 1)],
    ) -> models.ClusterDetail:
        """One cluster with every source report, its text and the evidence offsets."""
        with open_store() as store:
            found = store.cluster(cluster_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no cluster {cluster_id}")
        return found

    @app.get("/api/timeline", tags=["clusters"])
    def timeline(filters: Filter) -> models.Timeline:
        """Clusters per day and event type, for the filters given."""
        with open_store() as store:
            items = store.timeline(make_filter(filters))
        return {"items": items}

    @app.get("/api/facets", tags=["meta"])
    def facets() -> models.Facets:
        """Values the filters can take: countries, regions per country, types, date range."""
        with open_store() as store:
            return store.facets()

    @app.get("/api/search", tags=["events"])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT_PARAM)],
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    ) -> models.SearchResult:
        """Full-text search over the stored reports."""
        with open_store() as store:
            items = store.search(q, limit=limit)
        return {"items": items, "count": len(items), "limit": limit}

    @app.get("/api/config", tags=["meta"])
    def config() -> models.Config:
        """Settings the page needs: the optional tile server and the limits."""
        return {"tile_url": tile_url, "readonly": readonly, "max_page_size": MAX_PAGE_SIZE}

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
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    return app


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
