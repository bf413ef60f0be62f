"""Generated input on the surfaces bench/fuzz_surfaces.py and bench/fuzz_inputs.py leave out:
`eventdesk watch`'s rounds over feeds that are malformed, huge, mis-encoded, full of
duplicate links or gone, and article pages of every kind (`feeds`); events with odd text in
every field written in each export format and read back (`export`); WARC records of every
type, status and payload (`warc`); the Dask path's partitions, a report failing, a worker
lost, result files damaged, an input removed (`scale`); the CLI's commands with generated
inputs and options (`args`); and `ingest` writing while the web API reads (`ingest_serve`).
Each case must give exit status 0, 1 or 2 and one-line messages naming the input, no
traceback, and nothing stored lost. It runs in an empty temporary folder with its own
default store (EVENTDESK_DB). Not part of CI: run it by hand.

    .venv/bin/python bench/fuzz_edges.py --n 200            # every target
    .venv/bin/python bench/fuzz_edges.py --n 50 feeds warc  # some
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import io
import json
import logging
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "store"))

import fuzz_inputs  # noqa: E402
from fuzz_inputs import REPORT, TEXT, target  # noqa: E402

import eventdesk  # noqa: E402
from eventdesk.records import Document, DocumentResult, Event  # noqa: E402


class Coder:
    """One event a report (its first words, placed or not, as the store accepts), and an
    exception for a report that says FAIL: a worker failing on one document."""

    version = "fuzz-1"

    def pipe(self, documents, *, n_process=1, batch_size=16):
        for d in documents:
            if "FAIL" in d.text:
                raise RuntimeError(f"the coder broke on {d.doc_id}")
            end = min(len(d.text), 40)
            placed = len(d.text) % 2 == 1
            yield DocumentResult(d, [Event(
                event_type="Battles", sub_event_type="Armed clash", doc_id=d.doc_id,
                evidence=d.text[:end], evidence_start=0, evidence_end=end,
                event_date=d.published, country="Syria", location=d.outlet,
                latitude=34.7 if placed else None, longitude=36.7 if placed else None,
                actor1=d.title)])

# --- feeds -------------------------------------------------------------------------------

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


STATS: Counter = Counter()

# --- export formats ----------------------------------------------------------------------

FIELD = st.one_of(st.none(), TEXT, st.sampled_from([
    "a,b", 'say "no"', "line\nbreak", "cr\rlf\r\n", "\x0b\x0c\x1c\x85\u2028\u2029", "=1+2",
    "-cmd", "@SUM(A1)", "+1", "-5", "'", "\t", "z" * 70_000, "\x00", "ḩ́", "\ufeff",
    "\u202e", "日本語", "🙂", "null", "NaN"]))


@target(st.lists(st.tuples(FIELD, FIELD, FIELD, FIELD, FIELD, st.booleans(),
                           st.one_of(st.none(), st.integers(0, 2**62))), min_size=1,
                 max_size=5), st.sampled_from(["csv", "json", "jsonl", "geojson", "table"]),
        st.booleans())
def export(specs, fmt, stored):
    """Events with odd text in every field, written by `extract`'s writer and read back:
    CSV through Python's csv reader (every row whole, every cell as `_csv_cell` made it),
    JSON and JSON Lines as the rows, one JSON line per event, GeoJSON a point per placed
    event; `stored`, the same events through the store and `events --raw`'s writer keep
    every field."""
    from eventdesk.io import write_events
    from eventdesk.io.cells import _csv_cell
    from eventdesk.io.export_rows import EVENT_EXPORT_COLUMNS, export_row

    events = []
    for k, (actor, place, notes, claimed, evidence, placed, toll) in enumerate(specs):
        evidence = (evidence if evidence and evidence.strip() else "x").encode(
            "utf-8", "replace").decode("utf-8")
        events.append(Event(
            event_type="Battles", sub_event_type="Armed clash", doc_id=f"d{k}",
            evidence=evidence, evidence_start=0, evidence_end=len(evidence),
            event_date=dt.date(2014, 5, 1), time_precision=1, actor1=actor, location=place,
            country=place, notes=notes, claimed_by=claimed, fatalities=toll,
            latitude=34.7 if placed else None, longitude=36.7 if placed else None))
    if stored:
        events = _through_store(events)
    out = io.StringIO(newline="")
    n = write_events(events, fmt, out)
    text = out.getvalue()
    rows = [export_row(e, now=1) for e in events]
    if fmt == "csv":
        read = list(csv.reader(io.StringIO(text, newline="")))
        assert read[0] == list(EVENT_EXPORT_COLUMNS) and len(read) == len(events) + 1, \
            (len(read), len(events))
        for got, row in zip(read[1:], rows, strict=True):
            want = [_csv_cell(row[c]) for c in EVENT_EXPORT_COLUMNS]
            diff = [(c, g, w) for c, g, w in zip(EVENT_EXPORT_COLUMNS, got, want, strict=True)
                    if g != w and c != "timestamp"]
            assert not diff, diff[:3]
    elif fmt == "jsonl":
        lines = text.splitlines()
        assert len(lines) == len(events), (len(lines), len(events))
        for line, row in zip(lines, rows, strict=True):
            assert {**json.loads(line), "timestamp": 1} == json.loads(json.dumps(row))
    elif fmt == "json":
        assert [{**r, "timestamp": 1} for r in json.loads(text)] == json.loads(json.dumps(rows))
    elif fmt == "geojson":
        features = json.loads(text)["features"]
        assert len(features) == n == sum(1 for e in events if e.latitude is not None)
    else:
        assert n == len(events)
# --- WARC --------------------------------------------------------------------------------

ARTICLE = f"<html><body><article><p>{REPORT}</p></article></body></html>"
WARC_RECORD = st.fixed_dictionaries({
    "type": st.sampled_from(["response", "response", "response", "request", "resource",
                             "metadata", "revisit", "warcinfo"]),
    "status": st.sampled_from(["200 OK", "200 OK", "404 Not Found", "301 Moved Permanently",
                               "500 Internal Server Error", "204 No Content"]),
    "content_type": st.sampled_from([
        "text/html", "text/html; charset=utf-8", "TEXT/HTML", "Text/Html; Charset=UTF-8",
        "application/xhtml+xml", "application/pdf", "image/png", "text/plain",
        "application/json", None, "text/html; charset=bogus", "text/html; charset=utf-16"]),
    "payload": st.one_of(st.sampled_from([ARTICLE, "", "%PDF-1.4\x00\x01", "\x89PNG\r\n",
                                          "{\"text\": \"x\"}", "<html></html>"]),
                         TEXT.map(lambda t: f"<html><body><p>{escape(t)} {REPORT}</p>")),
    "encoding": st.sampled_from(["utf-8", "utf-8", "utf-16", "latin-1"]),
    "uri": st.sampled_from(["http://x.test/a", "http://x.test/a", "http://x.test/b c", "",
                            "urn:uuid:1", "http://x.test/\u00e9"]),
})


def warc_bytes(records: list[dict], gzipped: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    for r in records:
        payload = r["payload"].encode(r["encoding"], "replace")
        if r["type"] == "warcinfo":
            writer.write_record(writer.create_warcinfo_record("x.warc", {"software": "fuzz"}))
            continue
        headers = [("Content-Type", r["content_type"])] if r["content_type"] else []
        http = StatusAndHeaders(r["status"], headers, protocol="HTTP/1.1") \
            if r["type"] in ("response", "request", "revisit") else None
        record = writer.create_warc_record(r["uri"] or "http://x.test/", r["type"],
                                           payload=io.BytesIO(payload), http_headers=http,
                                           length=len(payload))
        writer.write_record(record)
    return out.getvalue()


def html_response(r: dict) -> bool:
    """A record eventdesk should read as a page: a 2xx response of an HTML type to an HTTP
    request (warcio reads no HTTP headers in a record of another scheme: urn:, dns:)."""
    return r["type"] == "response" and r["status"].startswith("2") and \
        not r["uri"].startswith("urn:") and \
        "html" in (r["content_type"] or "").lower()


@target(st.lists(WARC_RECORD, min_size=1, max_size=6), st.booleans(),
        st.one_of(st.none(), st.integers(0, 3000)))
def warc(records, gzipped, cut):
    """WARC files of generated records (responses of every status and type, requests,
    metadata, revisits; payloads of HTML, PDF, PNG, JSON, other encodings), whole or cut
    short: Documents or problems naming the file, nothing on standard error, and in a whole
    file every 200 HTML response is a report or a problem naming its record."""
    from eventdesk.io import read_documents
    from eventdesk.io.inputs import InputProblem

    data = warc_bytes(records, gzipped)
    whole = cut is None or cut >= len(data)
    data = data if whole else data[:cut]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("in.warc.gz" if gzipped else "in.warc")
        path.write_bytes(data)
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            items = list(read_documents([str(path)]))
        assert err.getvalue() == "", err.getvalue()
        fuzz_inputs.check_items(items, str(path))
        if whole:
            pages = sum(map(html_response, records))
            read = [i for i in items if isinstance(i, Document) or "#" in i.path]
            assert len(read) == pages, (len(read), pages, [getattr(i, "message", i.doc_id)
                                                           for i in items],
                                        [tuple(r.values()) for r in records])
            STATS["warc: pages read"] += sum(isinstance(i, Document) for i in items)
            STATS["warc: problems"] += sum(isinstance(i, InputProblem) for i in items)


# --- the Dask path's partitions ----------------------------------------------------------

class PartitionCoder(Coder):
    """A worker's pipeline: a report saying FAIL is a failure result (as the pipeline
    gives), one saying CRASH ends the partition while `crash` is set (a worker lost)."""

    crash = True

    def pipe(self, documents, *, n_process=1, batch_size=16):
        from eventdesk.records import DocumentFailure

        for d in documents:
            if "CRASH" in d.text and PartitionCoder.crash:
                raise RuntimeError(f"worker lost on {d.doc_id}")
            if "FAIL" in d.text:
                yield DocumentResult(d, [], DocumentFailure(d.doc_id, "E008", "RuntimeError"))
            else:
                yield from super().pipe([d])


SCALE_LINE = st.sampled_from([REPORT, f"FAIL {REPORT}", f"CRASH {REPORT}", "", "{", "[1]",
                              "Clashes in Aleppo.", "x" * 5000])
SCALE_FILE = st.tuples(st.sampled_from(["jsonl", "txt", "html", "warc", "jsonl.gz"]),
                       st.lists(SCALE_LINE, max_size=5))
DAMAGE = st.tuples(st.sampled_from(["none", "none", "cut", "gone", "junk", "double",
                                    "documents-cut", "documents-gone"]), st.integers(0, 400))


def scale_inputs(folder: Path, files) -> list[str]:
    import gzip

    paths = []
    for k, (kind, lines) in enumerate(files):
        path = folder / f"in{k}.{kind}"
        records = [json.dumps({"text": t, "id": f"f{k}-{n}"}) if t not in ("", "{", "[1]")
                   else t for n, t in enumerate(lines)]
        if kind in ("jsonl", "jsonl.gz"):
            data = "\n".join(records).encode()
            path.write_bytes(gzip.compress(data) if kind.endswith("gz") else data)
        elif kind == "warc":
            path.write_bytes(warc_bytes([{
                "type": "response", "status": "200 OK", "content_type": "text/html",
                "payload": f"<html><body><p>{escape(t)}</p></body></html>",
                "encoding": "utf-8", "uri": f"http://x.test/{k}/{n}"}
                for n, t in enumerate(lines)], False))
        else:
            path.write_text(" ".join(lines), encoding="utf-8")
        paths.append(str(path))
    return paths


def _damage_partition(out: Path, name: str, damage: tuple[str, int]) -> None:
    how, at = damage
    events, documents = out / f"{name}.events.jsonl", out / f"{name}.documents.jsonl"
    target = documents if how.startswith("documents") else events
    if how == "none" or not target.exists():
        return
    data = target.read_bytes()
    if how.endswith("gone"):
        target.unlink()
    elif how.endswith("cut"):
        target.write_bytes(data[:at % max(1, len(data))])
    elif how == "junk":
        target.write_bytes(data + b"{not json\n")
    else:
        target.write_bytes(data + data)


def _load(out: Path, partitions, db: str) -> tuple[list, object]:
    """The partitions' results stored as `ingest --dask` stores them; the problems."""
    from eventdesk.io.inputs import InputProblem
    from eventdesk.scale import results
    from eventdesk.store import Store

    problems = []

    def coded():
        for item in results(out, partitions):
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                yield item

    with Store.open(db) as store:
        report = store.store_coded(coded(), extractor_version="fuzz-1", progress=False)
    return problems, report


@target(st.lists(SCALE_FILE, min_size=1, max_size=4), st.integers(1, 3),
        st.lists(DAMAGE, min_size=6, max_size=6), st.booleans())
def scale(files, partition_size, damages, remove_input):
    """The Dask path without a cluster: each partition coded as a worker codes it (a report
    failing, a worker lost on one, empty partitions), result files damaged, an input
    removed after planning; loading never raises, names each damaged partition, and a
    second run (coding what is unfinished, loading all again) stores exactly what one
    clean run stores."""
    from eventdesk import scale as scaling
    from eventdesk.pipeline import Pipeline

    real = Pipeline.load
    Pipeline.load = classmethod(lambda cls: PartitionCoder())
    try:
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            (folder / "src").mkdir()
            paths = scale_inputs(folder / "src", files)
            partitions, _ = scaling.plan(paths, partition_size=partition_size,
                                         version="fuzz-1")
            clean, out = folder / "clean", folder / "parts"
            for where in (clean, out):
                where.mkdir()
            PartitionCoder.crash = False
            for p in partitions:
                scaling.code_partition(p, out_dir=str(clean), version="fuzz-1")
            _, want = _load(clean, partitions, str(folder / "clean.sqlite"))
            PartitionCoder.crash = True
            lost = []
            if remove_input and paths:
                Path(paths[-1]).rename(folder / "away")
            for p, damage in zip(partitions, damages * 10, strict=False):
                try:
                    scaling.code_partition(p, out_dir=str(out), version="fuzz-1")
                except Exception as exc:  # noqa: BLE001 - a partition lost, as on Dask
                    lost.append((p.name, exc))
                    continue
                _damage_partition(out, p.name, damage)
            problems, _ = _load(out, partitions, str(folder / "run.sqlite"))
            for problem in problems:
                assert "\n" not in problem.message and problem.path, problem
            STATS["scale: partitions"] += len(partitions)
            STATS["scale: partitions lost"] += len(lost)
            STATS["scale: damaged partitions named"] += sum(
                "damaged partition" in p.message for p in problems)
            if remove_input:
                (folder / "away").rename(paths[-1])
            PartitionCoder.crash = False
            for p in partitions:
                scaling.code_partition(p, out_dir=str(out), version="fuzz-1")
            _load(out, partitions, str(folder / "run.sqlite"))
            got, expected = _stored(folder / "run.sqlite"), _stored(folder / "clean.sqlite")
            assert got == expected, (len(got), len(expected), want)
    finally:
        Pipeline.load = real


def _stored(db: Path) -> list:
    from eventdesk.store import Store

    with Store.open(db, readonly=True) as store:
        documents = store._query("SELECT content_hash FROM documents ORDER BY content_hash")
        failures = store._query("SELECT doc_id FROM failures ORDER BY doc_id")
        events = store._query("SELECT evidence FROM events ORDER BY evidence")
    return [len(documents), documents, [f["doc_id"] for f in failures], events]


# --- argument combinations --------------------------------------------------------------

ARG_PATH = st.sampled_from(["report", "reports", "folder", "store", "missing", "empty-dir",
                            "new.csv", "new.txt", "dev-null", "under-file", "", "folder/a.txt"])
ARG_OPTION = st.one_of(
    st.tuples(st.just("--format"), st.sampled_from(["csv", "json", "jsonl", "geojson", "table",
                                                    "xml", ""])),
    st.tuples(st.just("-o"), ARG_PATH), st.tuples(st.just("-o"), ARG_PATH),  # weighted
    st.tuples(st.just("-o"), ARG_PATH), st.tuples(st.just("--db"), ARG_PATH),
    st.tuples(st.just("--published"), st.sampled_from(["2014-05-10", "06/07/2013", "0001-01-01",
                                                       "", "July 6, 2013", "2014-02-30"])),
    st.tuples(st.just("--jobs"), st.sampled_from(["0", "1", "-1", "-5", "x", "99999999999"])),
    st.tuples(st.just("--limit"), st.sampled_from(["0", "-1", "3", "x"])),
    st.tuples(st.just("--workers"), st.sampled_from(["0", "1", "2"])),
    st.tuples(st.just("--scheduler"), st.sampled_from(["tcp://127.0.0.1:9", "nonsense", ""])),
    st.tuples(st.just("--partition-size"), st.sampled_from(["0", "1", "-3"])),
    st.tuples(st.just("--batch-size"), st.sampled_from(["0", "1", "5"])),
    st.sampled_from([("--dask",), ("--placed-only",), ("--raw",), ("-q",), ("--quiet",)]))


def _arg_files(folder: Path) -> dict[str, str]:
    from eventdesk.store import Store

    (folder / "folder").mkdir()
    (folder / "empty-dir").mkdir()
    (folder / "folder" / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "report.txt").write_text(REPORT + " ", encoding="utf-8")
    (folder / "reports.jsonl").write_text(json.dumps({"text": REPORT, "id": "j1"}) + "\n",
                                          encoding="utf-8")
    (folder / "afile").write_text("keep", encoding="utf-8")
    with Store.open(folder / "store.sqlite") as store:
        store.add(*_stored_report(), extractor_version="fuzz-1")
    names = {"report": "report.txt", "reports": "reports.jsonl", "folder": "folder",
             "store": "store.sqlite", "missing": "nope.txt", "empty-dir": "empty-dir",
             "new.csv": "new.csv", "new.txt": "new.txt", "under-file": "afile/x.csv",
             "folder/a.txt": "folder/a.txt"}
    paths = {k: str(folder / v) for k, v in names.items()}
    return {**paths, "dev-null": os.devnull, "": ""}


def _stored_report():
    from eventdesk.records import Document

    text = "Clashes broke out in Homs on Friday."
    return Document(text=text, doc_id="s1"), [Event(
        event_type="Battles", sub_event_type="Armed clash", doc_id="s1", evidence=text[:15],
        evidence_start=0, evidence_end=15, country="Syria")]


@target(st.sampled_from(["extract", "ingest", "events", "recluster"]),
        st.lists(ARG_PATH, min_size=1, max_size=3), st.lists(ARG_OPTION, max_size=3))
def args(command, paths, options):
    """A command with generated inputs and options (each file kind, the store, folders,
    missing paths, -o on an input or the store, odd values, Dask options with no cluster
    to reach): exit 0, 1 or 2, messages and no traceback, and every input file and the
    store as they were (a store may only gain reports)."""
    from eventdesk import scale as scaling
    from eventdesk.errors import ClusterError

    def no_cluster(*a, **k):
        raise ClusterError("no cluster while fuzzing")

    real = scaling.connect
    scaling.connect = no_cluster
    try:
        with tempfile.TemporaryDirectory() as folder:
            files = _arg_files(Path(folder))
            kept = {p: Path(p).read_bytes() for p in files.values()
                    if p and Path(p).is_file() and p != os.devnull and "store" not in p}
            argv = [command] + [files[p] for p in paths if command in ("extract", "ingest")]
            outputs = [files.get(o[1]) for o in options if o[0] == "-o"]
            inputs = argv[1:]
            if outputs and not any(outputs[-1] == i or outputs[-1].startswith(i + "/")
                                   for i in inputs if i):
                kept.pop(outputs[-1], None)  # the file -o names, and no input: replaced
            for option in options:
                argv += [option[0]] + ([files.get(option[1], option[1])] if len(option) > 1
                                       else [])
            err = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                try:
                    status = fuzz_inputs.cli(argv)
                except SystemExit as exc:
                    status = exc.code
            text = err.getvalue()
            assert status in (0, 1, 2), (status, text[-500:])
            assert "Traceback" not in text, text[-1500:]
            changed = [p for p, data in kept.items() if Path(p).read_bytes() != data]
            assert not changed, ("an input was changed", changed, argv)
            from eventdesk.store import Store

            with Store.open(files["store"], readonly=True) as store:
                assert store.counts()["documents"] >= 1, "the store lost reports"
            STATS[f"args: exit {status}"] += 1
    finally:
        scaling.connect = real


# --- ingest while the web API reads ------------------------------------------------------

def _ingest_slowly(db: str, specs, recluster_at: int | None) -> None:
    """A writer process: each report in its own batch, a recluster among them."""
    import time

    import fuzz_surfaces

    from eventdesk.store import Store

    items = fuzz_surfaces.documents(specs)
    for n, item in enumerate(items):
        fuzz_surfaces.ingest_all(db, [item], batch_size=1)
        if n == recluster_at:
            with Store.open(db) as store:
                store.recluster()
        time.sleep(0.01)


@target(st.lists(st.tuples(st.sampled_from([None, "Wire", "SANA"]), st.integers(0, 6),
                           st.lists(st.fixed_dictionaries({
                               "sub": st.just(("Battles", "Armed clash")),
                               "place": st.sampled_from([("Syria", "Homs", "Homs", 34.73,
                                                          36.72), (None,) * 5]),
                               "day": st.one_of(st.none(), st.integers(0, 4)),
                               "fatalities": st.one_of(st.none(), st.integers(0, 9)),
                               "actor1": st.sampled_from([None, "Syrian rebels"])}),
                               min_size=1, max_size=2), st.integers(0, 3)),
                 min_size=1, max_size=8),
        st.one_of(st.none(), st.integers(0, 7)))
def ingest_serve(specs, recluster_at):
    """`ingest` (and a `recluster`) in one process while the read-only web API answers in
    this one: no answer is a server error, and a client polling with the
    `latest_ingested_at` it was given as `ingested_since` sees every stored event."""
    import multiprocessing

    from fastapi.testclient import TestClient

    from eventdesk.store import ClusterFilter, Store
    from eventdesk.web import create_app

    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "live.sqlite")
        Store.open(db).close()
        writer = multiprocessing.get_context("fork").Process(
            target=_ingest_slowly, args=(db, specs, recluster_at))
        seen: set[str] = set()
        cursor = None
        with TestClient(create_app(db, readonly=True), raise_server_exceptions=False) as client:
            writer.start()
            done = False
            while not done:
                done = not writer.is_alive()  # one more round after the writer ended
                for route in ("/api/facets", "/api/timeline", "/api/search?q=Event",
                              "/api/clusters.geojson", "/api/events.csv"):
                    response = client.get(route)
                    assert response.status_code < 500 or (
                        route.startswith("/api/search") and response.status_code == 503), \
                        (route, response.status_code, response.text[:300])
                page = client.get("/api/clusters", params={"limit": 1})
                assert page.status_code == 200, (page.status_code, page.text[:300])
                latest = page.json()["latest_ingested_at"]
                params = {"limit": 1000, **({"ingested_since": cursor} if cursor else {})}
                response = client.get("/api/events", params=params)
                assert response.status_code == 200, (response.status_code, response.text[:300])
                seen |= {(e["doc_id"], e["evidence_start"]) for e in response.json()["items"]}
                cursor = latest or cursor
                STATS["ingest_serve: polls"] += 1
            writer.join(60)
        assert writer.exitcode == 0, writer.exitcode
        with Store.open(db, readonly=True) as store:
            stored = {(r["doc_id"], r["evidence_start"])
                      for r in store.query_events(ClusterFilter(limit=10_000))}
        assert stored <= seen, f"polling missed {len(stored - seen)} of {len(stored)} events"
        STATS["ingest_serve: events"] += len(stored)


def _through_store(events: list[Event]) -> list[Event]:
    """The events as the store gives them back (each its own report), or as refused: a
    refusal must be an EventdeskError naming the event on one line."""
    from eventdesk.errors import EventdeskError
    from eventdesk.records import Document
    from eventdesk.store import ClusterFilter, Store

    with Store.open(":memory:") as store:
        for e in events:
            try:
                store.add(Document(text=e.evidence, doc_id=e.doc_id), [e],
                          extractor_version="fuzz-1")
            except EventdeskError as exc:
                assert "\n" not in str(exc) and "event" in str(exc), exc
        back = [Event.from_dict(r) for r in store.iter_events(ClusterFilter(limit=100))]
    kept = {e.doc_id: e for e in back}
    for e in events:
        if e.doc_id in kept:
            got = kept[e.doc_id]
            for name in ("actor1", "location", "notes", "claimed_by", "evidence"):
                assert getattr(got, name) == getattr(e, name), (name, getattr(got, name),
                                                                getattr(e, name))
    return sorted(back, key=lambda e: e.doc_id)


TARGETS = {f.__name__: f for f in (feeds, export, warc, scale, args, ingest_serve)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", choices=[[], *TARGETS], default=[],
                        help="which (default: all)")
    parser.add_argument("--n", type=int, default=100, help="cases per target (default 100)")
    args = parser.parse_args(argv)
    eventdesk.load = Coder  # the surfaces are fuzzed here, not the coding
    logging.getLogger("eventdesk").setLevel(logging.CRITICAL)
    home = os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        # a command without --db writes the default store: here, not the user's; a path
        # read as the current folder reads this empty one
        os.environ["EVENTDESK_DB"] = str(Path(folder) / "default.sqlite")
        os.chdir(folder)
        try:
            fuzz_inputs.run_targets(TARGETS, args.targets, args.n)
        finally:
            os.chdir(home)
    return fuzz_inputs.report_failures(STATS)


if __name__ == "__main__":
    sys.exit(main())
