"""bench/fuzz_edges.py's `feeds` target: `eventdesk watch`'s rounds over feeds that are
malformed, huge, mis-encoded, full of duplicate links or gone, and article pages of every
kind."""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

from fuzz_inputs import REPORT, STATS, TEXT, Coder, target
from hypothesis import strategies as st

LINK = st.one_of(
    st.sampled_from(["a1", "a2", "a3", "a1", "a1#x", "a2?utm=1", "a3 ", "A1"]).map(
        lambda p: f"http://news.test/{p}"),
    st.sampled_from(["", "/relative", "javascript:alert(1)", "ftp://news.test/x",
                     "http://", "http://[abc", "https://other.test/\udcff", "mailto:a@b",
                     "http://news.test/" + "p" * 3000, "http://news.test/\u00e9t\u00e9",
                     "http://news.test/a b", "HTTP://NEWS.TEST/A1"]))
ENTRY = st.fixed_dictionaries({
    "link": LINK,
    "title": st.one_of(TEXT, st.sampled_from(["<b>bold</b>", "a & b", "]]>", "x" * 100_000])),
    "date": st.sampled_from(["", "Thu, 12 Jun 2014 08:00:00 GMT", "2014-06-12T08:00:00Z",
                             "31 Dec 9999", "0000-00-00", "yesterday", "1 Jan 1850",
                             "Fri, 30 Feb 2014 25:61:00 +9900", "\x00"]),
    "guid": st.sampled_from(["", "g1", "g1", "g2"]),
})
FEED = st.fixed_dictionaries({
    "kind": st.sampled_from(["rss", "atom", "rss", "html", "json", "empty", "binary"]),
    "entries": st.lists(ENTRY, max_size=6),
    "encoding": st.sampled_from(["utf-8", "utf-8", "latin-1", "utf-16", "cp1252",
                                 "declared-latin-sent-utf8", "declared-utf8-sent-latin"]),
    "cut": st.one_of(st.none(), st.integers(0, 400)),
    "junk": st.sampled_from([b"", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"<!DOCTYPE x [<!ENTITY"
                             b" a 'aaaaaaaaaa'>]>", b"\x1f\x8b"]),
})
# What the server answers a feed poll with in one round
ANSWER = st.sampled_from(["200", "200", "200", "304", "404", "500", "gone", "timeout",
                          "toolarge", "redirect-html"])
PAGE = st.one_of(
    st.just(f"<html><body><article><p>{REPORT}</p></article></body></html>"),
    st.sampled_from(["", "<html></html>", "\x00\x01", "%PDF-1.4 binary", "{\"text\": 1}",
                     "<html><body><p>" + "y " * 50_000 + "</p></body></html>",
                     "<html><head><meta charset='rot13'></head><body><p>" + REPORT + "</p>",
                     "<html><head><meta property='article:published_time' "
                     "content='9999-99-99'></head><body><p>" + REPORT + "</p></body></html>"]),
    TEXT.map(lambda t: f"<html><body><p>{escape(t)} {REPORT}</p></body></html>"),
    st.just(f"<html><body><p>FAIL {REPORT}</p></body></html>"))
PAGE_ANSWER = st.sampled_from(["200", "200", "200", "404", "timeout", "toolarge", "500"])


def feed_bytes(feed: dict) -> tuple[bytes, str]:
    """A feed document and the Content-Type it is served with."""
    kind, entries = feed["kind"], feed["entries"]
    if kind == "rss":
        items = "".join(
            f"<item><title>{escape(e['title'])}</title><link>{escape(e['link'])}</link>"
            + (f"<guid>{e['guid']}</guid>" if e["guid"] else "")
            + (f"<pubDate>{escape(e['date'])}</pubDate>" if e["date"] else "") + "</item>"
            for e in entries)
        text = f"<rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>"
    elif kind == "atom":
        items = "".join(
            f"<entry><title>{escape(e['title'])}</title><link href=\"{escape(e['link'])}\"/>"
            + (f"<id>{e['guid']}</id>" if e["guid"] else "")
            + (f"<updated>{escape(e['date'])}</updated>" if e["date"] else "") + "</entry>"
            for e in entries)
        text = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>{items}</feed>"
    elif kind == "html":
        text = "<html><body>" + "".join(f"<a href='{escape(e['link'])}'>x</a>"
                                        for e in entries) + "</body></html>"
    elif kind == "json":
        text = json.dumps({"items": [e["link"] for e in entries]})
    elif kind == "empty":
        text = ""
    else:
        return bytes(range(256)) * 3, "application/octet-stream"
    encoding = feed["encoding"]
    declared = {"declared-latin-sent-utf8": "iso-8859-1",
                "declared-utf8-sent-latin": "utf-8"}.get(encoding, encoding)
    sent = {"declared-latin-sent-utf8": "utf-8",
            "declared-utf8-sent-latin": "latin-1"}.get(encoding, encoding)
    if kind in ("rss", "atom"):
        text = f"<?xml version='1.0' encoding='{declared}'?>" + text
    data = feed["junk"] + text.encode(sent, errors="replace")
    if feed["cut"] is not None:
        data = data[:feed["cut"]]
    return data, f"application/xml; charset={declared}"


class FakeHttp:
    """Answers the watcher's GETs from the generated rounds, counting fetches per URL."""

    def __init__(self):
        self.feeds: dict[str, tuple[str, bytes, str]] = {}
        self.pages: dict[str, tuple[str, str]] = {}
        self.fetched: Counter = Counter()

    def get(self, url: str, headers: dict | None = None):
        import httpx

        from eventdesk.watch import Fetched, TooLarge

        self.fetched[url] += 1
        answer, body, content_type = self.feeds[url] if url in self.feeds else (
            *self.pages.get(url, ("404", "")), "text/html; charset=utf-8")
        if isinstance(body, str):
            body = body.encode("utf-8", "surrogatepass")
        if answer == "timeout":
            raise httpx.ReadTimeout("timed out")
        if answer == "gone":
            raise httpx.ConnectError("[Errno 111] Connection refused")
        if answer == "toolarge":
            raise TooLarge(200_000)
        if answer == "redirect-html":
            return Fetched(200, url, httpx.Headers({"content-type": "text/html"}),
                           b"<html><body>Moved</body></html>")
        status = int(answer)
        return Fetched(status, url, httpx.Headers({"content-type": content_type,
                                                   "etag": '"e1"'}),
                       body if status == 200 else b"")

    def close(self) -> None:
        pass


@target(st.lists(st.tuples(st.lists(st.tuples(FEED, ANSWER), min_size=1, max_size=3),
                           st.lists(PAGE, min_size=6, max_size=6),
                           st.lists(PAGE_ANSWER, min_size=6, max_size=6)),
                 min_size=1, max_size=3))
def feeds(rounds):
    """`watch` rounds over generated feeds and pages: no round raises, every problem is one
    line naming its feed or article, a stored article is never fetched again, and what a
    round stored is still stored after the next."""
    from eventdesk.store import Store
    from eventdesk.watch import Watcher

    http = FakeHttp()
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "w.sqlite") as store:
        urls = [f"http://feeds.test/{k}.xml" for k in range(3)]
        watcher = Watcher(store, urls, pipeline=Coder(), http=http)
        stored: set[str] = set()
        for feed_answers, pages, page_answers in rounds:
            for url, (feed, answer) in zip(urls, feed_answers * 3, strict=False):
                http.feeds[url] = (answer, *feed_bytes(feed))
            links = sorted({a["url"] for a in watcher.log.articles()} | {
                e["link"] for f, _ in feed_answers for e in f["entries"]})
            for k, link in enumerate(links):
                http.pages[link] = (page_answers[k % 6], pages[k % 6])
            before = Counter(http.fetched)
            report = watcher.run_round()
            for problem in report.problems:
                assert "\n" not in problem and problem.split(" ", 1)[0] in ("feed", "article"), \
                    problem
                assert "Traceback" not in problem, problem
            again = [u for u in stored if http.fetched[u] > before[u]]
            assert not again, f"stored articles fetched again: {again}"
            articles = watcher.log.articles()
            now_stored = {a["url"] for a in articles if a["status"] == "stored"}
            assert stored <= now_stored, "a stored article lost its state"
            hashes = {r["content_hash"] for r in store._query(
                "SELECT content_hash FROM documents")}
            assert {a["content_hash"] for a in articles if a["status"] == "stored"} <= hashes, \
                "an article marked stored has no stored report"
            stored = now_stored
            STATS["feeds: rounds"] += 1
            STATS["feeds: problems"] += len(report.problems)
        STATS["feeds: articles stored"] += len(stored)
