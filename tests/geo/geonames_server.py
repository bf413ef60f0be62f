"""A local stand-in for GeoNames' export server: http.server on 127.0.0.1 in a thread.

It serves byte strings by path, honours Range requests as the real server does, records
every request, and can cut a file short once (a dropped connection mid-download).
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .geonames_files import ADMIN1, ADMIN2, ALTERNATE_NAMES, PLACES, geoname_line


def zipped(member: str, text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, text)
    return buffer.getvalue()


def tsv(rows) -> str:
    return "".join("\t".join(map(str, r)) + "\n" for r in rows)


def country_files(code: str, places=None) -> dict[str, bytes]:
    """CC.zip and alternatenames/CC.zip of the tiny gazetteer's rows in that country."""
    rows = [p for p in (places if places is not None else PLACES) if p[8] == code]
    ids = {p[0] for p in rows}
    alternates = [a for a in ALTERNATE_NAMES if a[1] in ids]
    return {f"{code}.zip": zipped(f"{code}.txt", "".join(geoname_line(r) for r in rows)),
            f"alternatenames/{code}.zip": zipped(f"{code}.txt", tsv(alternates))}


def admin_files() -> dict[str, bytes]:
    return {"admin1CodesASCII.txt": tsv(ADMIN1).encode(),
            "admin2Codes.txt": tsv(ADMIN2).encode()}


class GeoNamesServer:
    """`with GeoNamesServer(files) as server:` … `server.url` is the base URL."""

    def __init__(self, files: dict[str, bytes]):
        self.files = dict(files)
        self.requests: list[tuple[str, str | None]] = []
        self.cut_once: dict[str, int] = {}  # path -> bytes sent before the connection drops
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                path = self.path.split("/", 2)[-1] if self.path.startswith("/dump/") else ""
                outer.requests.append((path, self.headers.get("Range")))
                data = outer.files.get(path)
                if data is None:
                    self.send_error(404)
                    return
                start = 0
                match = re.fullmatch(r"bytes=(\d+)-", self.headers.get("Range") or "")
                if match:
                    start = int(match.group(1))
                    if start >= len(data):
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{len(data)}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range",
                                     f"bytes {start}-{len(data) - 1}/{len(data)}")
                else:
                    self.send_response(200)
                body = data[start:]
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                cut = outer.cut_once.pop(path, None)
                self.wfile.write(body if cut is None else body[:cut])
                self.wfile.flush()
                self.close_connection = True

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/dump/"

    def paths_requested(self) -> list[str]:
        return [path for path, _ in self.requests]

    def __enter__(self) -> GeoNamesServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
