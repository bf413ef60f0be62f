"""The map page and /docs: the static files they load, the vendor libraries setup-web.sh
copies (and the page said instead when they are missing), and the page's Content Security
Policy, which admits the optional tile server and nothing else from outside.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urlsplit

from fastapi.responses import HTMLResponse

from eventdesk.errors import UsageError

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


def missing_assets(*, vendor_dir: Path = VENDOR_DIR) -> list[str]:
    """Vendor files that setup-web.sh has not (yet) copied; empty when the page can load."""
    return [name for name in REQUIRED_ASSETS if not (vendor_dir / name).is_file()]


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


def page_csp(tile_url: str | None) -> str:
    """The map page's CSP: its own files only, and the tile server's images when one is set."""
    img = "'self' data:" + (f" {_tile_source(tile_url)}" if tile_url else "")
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {img}; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def missing_assets_page(missing: list[str]) -> HTMLResponse:
    """What / and /docs answer (503) until setup-web.sh has copied the vendor files."""
    items = "".join(f"<li>{html.escape(name)}</li>" for name in missing)
    return HTMLResponse(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>eventdesk: set-up needed"
        "</title></head><body><h1>Front-end libraries are missing</h1>"
        f"<p>The page needs files under eventdesk/web/static/vendor/: {SETUP_HINT}.</p>"
        f"<ul>{items}</ul></body></html>",
        status_code=503,
    )
