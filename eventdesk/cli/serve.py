"""`eventdesk serve`: the analyst web app (map, timeline, event view) and its JSON API."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import socket
import sys
from pathlib import Path

from eventdesk import settings
from eventdesk.cli import nonblank_path
from eventdesk.errors import StoreError, UsageError

LOOPBACK_NAMES = ("localhost",)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the analyst web page and the JSON API over an event store",
        description=(
            "Start the web app: a map of clustered events, a timeline, filters and an event "
            "view with every source's evidence; a JSON and GeoJSON API (OpenAPI at /docs). "
            "Read-only and bound to 127.0.0.1 unless told otherwise."
        ),
    )
    parser.add_argument(
        "--db", type=nonblank_path, default=None,
        help=f"event store file (default: {settings.db_path()}; setting EVENTDESK_DB)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1",
        help="address to bind (default 127.0.0.1; use 0.0.0.0 to expose it to the network)",
    )
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default 8000)")
    parser.add_argument(
        "--tile-url", default=None,
        help="map tile URL template, e.g. http://localhost:8080/{z}/{x}/{y}.png "
        "(default: setting EVENTDESK_TILE_URL; without one the map draws Natural Earth "
        "country outlines only, which works offline)",
    )
    parser.add_argument(
        "--poll", type=float, default=None, metavar="SECONDS",
        help="how often the page asks for events stored since it last looked, so an "
        "ingest running alongside shows up as 'new' (default 30)",
    )
    parser.add_argument(
        "--writable", action="store_true",
        help="open the store read-write (default: read-only; the API never writes either way)",
    )
    parser.set_defaults(func=run)


def is_loopback(host: str) -> bool:
    """True when `host` only accepts connections from this machine."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_can_listen(host: str, port: int) -> None:
    """UsageError now, before any banner, when the address is taken or not this machine's."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UsageError(f"--host {host!r} is not an address of this machine: {exc}") from exc
    except UnicodeError as exc:  # the IDNA codec: an empty or over-long label, a surrogate
        raise UsageError(f"--host {host!r} is no host name or address: "
                         f"{exc.__cause__ or exc}") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise UsageError(
                f"cannot listen on {host} port {port} ({exc.strerror}); is another server "
                "running there? Choose another --port"
            ) from exc


def _log_to_stderr() -> None:
    """The web app's log lines (errors with their details, which clients never see) on
    stderr, beside uvicorn's."""
    logger = logging.getLogger("eventdesk.web")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("eventdesk: %(levelname)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventdesk.web import app as web_app
    from eventdesk.web import pages

    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be between 1 and 65535, got {args.port}")
    db_path = Path(args.db) if args.db else settings.db_path()
    if not db_path.is_file():
        raise StoreError(
            "no event store here: run `eventdesk ingest PATHS --db FILE` first, or pass --db",
            path=str(db_path),
        )
    missing = pages.missing_assets()
    if missing:
        raise UsageError(
            f"the web page's front-end libraries are missing ({', '.join(missing[:3])}"
            f"{', ...' if len(missing) > 3 else ''}): {pages.SETUP_HINT}"
        )
    check_can_listen(args.host, args.port)
    tile_url = args.tile_url if args.tile_url is not None else settings.get("tile_url")
    loopback = is_loopback(args.host)
    # On loopback, also refuse foreign Host headers (DNS rebinding); IPv6 literals are
    # skipped because Starlette's host check cannot parse them.
    allowed_hosts = ["127.0.0.1", "localhost"] if loopback and ":" not in args.host else None
    app = web_app.create_app(
        db_path, readonly=not args.writable, tile_url=tile_url or None,
        allowed_hosts=allowed_hosts,
        poll_seconds=web_app.DEFAULT_POLL_SECONDS if args.poll is None else args.poll,
    )
    shown_host = f"[{args.host}]" if ":" in args.host else args.host
    mode = "read-write" if args.writable else "read-only"
    print(
        f"eventdesk: serving {db_path} ({mode}) at http://{shown_host}:{args.port}/"
        f"  (API docs at /docs; Ctrl-C to stop)",
        file=sys.stderr,
    )
    if not loopback:
        print(
            f"eventdesk: warning: bound to {args.host}, so other machines can reach the page "
            "and API; there is no authentication",
            file=sys.stderr,
        )
    _log_to_stderr()
    uvicorn.run(
        app, host=args.host, port=args.port, log_level="warning", server_header=False,
        proxy_headers=False, limit_concurrency=64,
    )
    return 0
