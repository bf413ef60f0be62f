"""A local HTTP server on 127.0.0.1 serving fixture feeds and article pages, whose routes a
test changes between polls; it counts requests and honours If-None-Match."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def reports() -> list[dict]:
    lines = (SAMPLES / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def article_page(report: dict) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in report["text"].split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(report['title'])}"
            f"</title><meta property='article:published_time' content='{report['published']}'>"
            f"</head><body><article><h1>{escape(report['title'])}</h1>{paragraphs}</article>"
            "</body></html>").encode()


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{base}{path}</link>"
        f"<pubDate>Thu, 12 Jun 2014 08:00:00 GMT</pubDate></item>" for path, title in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Fixture Wire</title><link>{base}/</link>{entries}</channel></rss>").encode()


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    content_encoding: str | None = None  # e.g. "gzip" for a body sent compressed
    endless: bool = False  # send `body` again and again, with no Content-Length, until cut


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    not_modified: Counter = field(default_factory=Counter)
    times: dict[str, list[float]] = field(default_factory=dict)
    user_agents: set[str] = field(default_factory=set)
    sent: Counter = field(default_factory=Counter)  # bytes of endless bodies sent
    base: str = ""

    def start(self) -> FeedServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server.hits[self.path] += 1
                server.times.setdefault(self.path, []).append(time.monotonic())
                server.user_agents.add(self.headers.get("User-Agent", ""))
                route = server.routes.get(self.path, Route(404, b"not found"))
                time.sleep(route.delay)
                since = self.headers.get("If-Modified-Since")
                if ((route.etag and self.headers.get("If-None-Match") == route.etag)
                        or (route.last_modified and since == route.last_modified)):
                    server.not_modified[self.path] += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.content_encoding:
                    self.send_header("Content-Encoding", route.content_encoding)
                if route.endless:
                    self.end_headers()
                    try:
                        while True:
                            self.wfile.write(route.body)
                            self.wfile.flush()
                            server.sent[self.path] += len(route.body)
                            time.sleep(0.01)
                    except OSError:  # the client gave up
                        return
                self.send_header("Content-Length", str(len(route.body)))
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._httpd.server_port}"
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def feed(self, path: str, items: list[tuple[str, str]], etag: str) -> None:
        self.routes[path] = Route(body=rss(self.base, items),
                                  content_type="application/rss+xml", etag=etag)
