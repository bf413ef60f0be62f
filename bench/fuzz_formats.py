"""bench/fuzz_edges.py's `export` and `warc` targets: events with odd text in every field
written in each export format and read back, and WARC records of every type, status and
payload."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import fuzz_inputs
from fuzz_inputs import REPORT, STATS, TEXT, target
from hypothesis import strategies as st

from eventdesk.records import Document, Event

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
