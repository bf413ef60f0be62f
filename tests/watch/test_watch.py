"""`eventdesk watch` against a local server: new items, a 304, a 500, a timeout, a malformed
feed, a page without an article, a restart that fetches nothing twice."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from feedserver import FeedServer, Route, article_page, reports, rss

import eventdesk
from eventdesk.cli import main
from eventdesk.store import Store
from eventdesk.watch import PoliteClient, Watcher, watch

pytestmark = pytest.mark.slow


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("EVENTDESK_HOST_DELAY", "0")
    monkeypatch.setenv("EVENTDESK_HTTP_TIMEOUT", "0.5")
    monkeypatch.setenv("EVENTDESK_USER_AGENT", "eventdesk-test (ops@example.org)")
    running = FeedServer().start()
    pages = reports()
    for index, report in enumerate(pages):
        running.routes[f"/a{index}.html"] = Route(body=article_page(report))
    running.routes["/menu.html"] = Route(body=b"<html><body><p>Subscribe.</p></body></html>")
    yield running
    running.stop()


def _stored(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT d.url, d.published, d.ingested_at IS NOT NULL, count(e.id) FROM documents d"
            " LEFT JOIN events e ON e.document_id = d.id GROUP BY d.id ORDER BY d.url"
        ).fetchall()


def test_watch_once_stores_new_articles_survives_failures_and_resumes(
        server, tmp_path, capsys):
    server.feed("/news.xml", [("/a0.html", "Tikrit"), ("/a1.html", "Aleppo"),
                              ("/flaky.html", "Flaky"), ("/menu.html", "Menu")], etag='"v1"')
    server.routes["/flaky.html"] = Route(status=500, body=b"oops")
    server.routes["/down.xml"] = Route(status=500, body=b"oops")
    server.routes["/slow.xml"] = Route(body=b"<rss/>", delay=1.5)
    server.routes["/bad.xml"] = Route(body=b"<<<this is not a feed", content_type="text/xml")
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# fixture feeds\n" + "\n".join(
        f"{server.base}{p}" for p in ("/down.xml", "/slow.xml", "/bad.xml", "/news.xml")))
    db = tmp_path / "watch.sqlite"
    base = server.base

    assert main(["watch", str(feeds), "--db", str(db), "--once"]) == 1
    err = capsys.readouterr().err
    assert f"feed {base}/down.xml: HTTP 500 (polled again next round)" in err
    assert f"feed {base}/slow.xml: timed out" in err
    assert f"feed {base}/bad.xml: not a readable RSS or Atom feed" in err
    assert f"article {base}/flaky.html: HTTP 500 (fetched again next round)" in err
    assert f"article {base}/menu.html: no article text found" in err
    assert "4 new article(s), 2 stored" in err
    stored = _stored(db)
    assert [row[0] for row in stored] == [f"{base}/a0.html", f"{base}/a1.html"]
    assert all(row[2] and row[3] > 0 for row in stored)  # ingested_at set, events coded
    assert stored[0][1] == reports()[0]["published"]
    assert server.user_agents == {"eventdesk-test (ops@example.org)"}

    # A new item appears, the flaky page recovers: a restart fetches those two only.
    server.feed("/news.xml", [("/a0.html", "Tikrit"), ("/a1.html", "Aleppo"),
                              ("/flaky.html", "Flaky"), ("/menu.html", "Menu"),
                              ("/a2.html", "New")], etag='"v2"')
    server.routes["/flaky.html"] = Route(body=article_page(reports()[3]))
    assert main(["watch", str(feeds), "--db", str(db), "--once"]) == 1  # three feeds still fail
    err = capsys.readouterr().err
    assert "1 new article(s), 2 stored" in err
    assert [row[0] for row in _stored(db)] == [f"{base}/a0.html", f"{base}/a1.html",
                                               f"{base}/a2.html", f"{base}/flaky.html"]
    assert (server.hits["/a0.html"], server.hits["/menu.html"], server.hits["/flaky.html"]) == (
        1, 1, 2)

    # Nothing changed: the feed answers 304 to the ETag and no page is fetched.
    feeds.write_text(f"{base}/news.xml\n")
    assert main(["watch", str(feeds), "--db", str(db), "--once"]) == 0
    assert "1 feed(s) polled (1 unchanged), 0 new article(s), 0 stored" in capsys.readouterr().err
    assert server.not_modified["/news.xml"] == 1
    assert sum(server.hits[f"/a{i}.html"] for i in range(3)) == 3


def test_the_loop_picks_up_a_new_article_at_the_next_poll(server, tmp_path):
    server.feed("/news.xml", [("/a0.html", "Tikrit")], etag='"v1"')
    rounds = []
    stop = threading.Event()

    def on_round(report):
        rounds.append(report)
        if len(rounds) == 1:  # published between two polls
            server.feed("/news.xml", [("/a0.html", "Tikrit"), ("/a1.html", "Aleppo")],
                        etag='"v2"')
        else:
            stop.set()

    with Store.open(tmp_path / "loop.sqlite") as store:
        watcher = Watcher(store, [f"{server.base}/news.xml"], pipeline=eventdesk.load(),
                          http=PoliteClient(user_agent="t", timeout=5, host_delay=0))
        runner = threading.Thread(target=watch, args=(watcher,),
                                  kwargs={"every": 1.0, "stop": stop, "on_round": on_round})
        runner.start()
        runner.join(timeout=60)
    assert not runner.is_alive()
    assert [(r.new_articles, r.stored) for r in rounds] == [(1, 1), (1, 1)]


def test_a_feed_with_only_last_modified_answers_304_to_the_next_poll(server, tmp_path):
    server.routes["/lm.xml"] = Route(body=rss(server.base, []), content_type="application/rss+xml",
                                     last_modified="Thu, 12 Jun 2014 08:00:00 GMT")
    with Store.open(tmp_path / "lm.sqlite") as store:
        watcher = Watcher(store, [f"{server.base}/lm.xml"], pipeline=None,
                          http=PoliteClient(user_agent="t", timeout=5, host_delay=0))
        first, second = watcher.run_round(), watcher.run_round()
    assert (first.not_modified, first.problems, second.not_modified) == (0, [], 1)
    assert server.not_modified["/lm.xml"] == 1


def test_requests_to_one_host_are_spaced_by_the_delay(server):
    server.routes["/x"] = Route(body=b"x")
    client = PoliteClient(user_agent="t", timeout=5, host_delay=0.3)
    for _ in range(3):
        assert client.get(f"{server.base}/x").status_code == 200
    client.close()
    times = server.times["/x"]
    assert all(later - earlier >= 0.29 for earlier, later in zip(times, times[1:], strict=False))


@pytest.mark.parametrize(("content", "every", "message"), [
    ("ftp://example.org/feed\n", "10m", "line 1: 'ftp://example.org/feed' is not an http(s) URL"),
    ("# nothing\n", "10m", "the feed list holds no URL"),
    # a local path, or the saved feed itself, given to watch: ingest codes a saved feed
    ("/data/feed.rss\n", "10m", "(one feed URL a line); ingest codes a saved feed"),
    ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>\n', "10m",
     "is a feed, not a list of feed URLs: `eventdesk ingest`"),
    ("http://127.0.0.1:9/feed\n", "soon", "--every must be an interval such as 30s"),
    # past a week: the sleep between rounds overflowed (OverflowError, a traceback)
    ("http://127.0.0.1:9/feed\n", "1e9h", "at most 168h), not '1e9h'"),
    ("http://127.0.0.1:9/feed\n", "604801", "at most 168h), not '604801'"),
])
def test_bad_feed_lists_and_intervals_are_usage_errors(tmp_path, capsys, content, every,
                                                        message):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(content)
    assert main(["watch", str(feeds), "--db", str(tmp_path / "x.sqlite"), "--every", every,
                 "--once"]) == 2
    assert message in capsys.readouterr().err
