"""A feed or page is read up to the max_bytes limit and within a deadline, never further:
an oversized page, a small gzip body that inflates past the limit, or a server that sends
without end (fast: skipped at the limit; drop by drop: timed out, fetched again next round)
neither fills the memory nor stalls the round (before, `watch --once` never returned), and
the other articles are stored."""

from __future__ import annotations

import gzip

import pytest
from feedserver import FeedServer, Route, article_page, reports

import eventdesk
from eventdesk.store import Store
from eventdesk.watch import PoliteClient, Watcher

pytestmark = pytest.mark.slow
LIMIT = 200_000


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("EVENTDESK_HOST_DELAY", "0")
    monkeypatch.setenv("EVENTDESK_HTTP_TIMEOUT", "0.5")
    monkeypatch.setenv("EVENTDESK_MAX_BYTES", str(LIMIT))
    running = FeedServer().start()
    yield running
    running.stop()


def _round(server, tmp_path, feeds):
    store = Store.open(tmp_path / "w.sqlite")
    http = PoliteClient.from_settings()
    try:
        watcher = Watcher(store, [f"{server.base}{f}" for f in feeds],
                          pipeline=eventdesk.load(), http=http)
        return watcher.run_round(), store
    finally:
        http.close()


def test_pages_past_the_limit_are_skipped_and_the_others_stored(server, tmp_path):
    filler = b"<p>" + b"x" * 1000 + b"</p>"
    server.routes["/big.html"] = Route(body=b"<html><body>" + filler * 300 + b"</body></html>")
    server.routes["/bomb.html"] = Route(body=gzip.compress(b" " * 50_000_000),
                                        content_encoding="gzip")
    server.routes["/endless.html"] = Route(body=filler * 10, endless=True)
    server.routes["/drip.html"] = Route(body=b"<p>x</p>", endless=True)  # under the limit
    server.routes["/a0.html"] = Route(body=article_page(reports()[0]))
    server.feed("/news.xml", [("/big.html", "Big"), ("/bomb.html", "Bomb"),
                              ("/endless.html", "Endless"), ("/drip.html", "Drip"),
                              ("/a0.html", "Tikrit")], etag='"1"')
    report, store = _round(server, tmp_path, ["/news.xml"])
    problems = "\n".join(report.problems)
    for page in ("big", "bomb", "endless"):
        assert (f"article {server.base}/{page}.html: the page is over the max_bytes limit "
                f"({LIMIT:,} bytes) (not fetched again)") in problems
    assert (f"article {server.base}/drip.html: timed out (fetched again next round)"
            in problems)
    assert report.stored == 1 and report.skipped == 3
    assert server.sent["/endless.html"] < 50 * LIMIT  # cut off, not read until the end
    store.close()


def test_a_feed_past_the_limit_fails_and_is_polled_again(server, tmp_path):
    server.routes["/huge.xml"] = Route(body=b"<rss>" + b"<!-- -->" * 1000, endless=True,
                                       content_type="application/rss+xml")
    server.feed("/news.xml", [("/a0.html", "Tikrit")], etag='"1"')
    server.routes["/a0.html"] = Route(body=article_page(reports()[0]))
    report, store = _round(server, tmp_path, ["/huge.xml", "/news.xml"])
    assert (f"feed {server.base}/huge.xml: over the max_bytes limit ({LIMIT:,} bytes) "
            "(polled again next round)") in report.problems
    assert report.stored == 1
    store.close()
