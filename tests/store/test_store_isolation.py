"""One bad document never rolls back or stops the others: validation before insert, a
savepoint per document, failures recorded and retried."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from store_helpers import FakePipeline, make_document, make_event

from eventdesk import settings
from eventdesk.errors import RecordError, StoreError
from eventdesk.store import ClusterFilter
from eventdesk.store import store as store_module


def _docs(n):
    return [make_document(f"doc{i}", text=f"Clashes broke out, report {i}.", outlet=f"O{i}")
            for i in range(n)]


def _stored_ids(store):
    return [r["doc_id"] for r in store._query("SELECT doc_id FROM documents ORDER BY id")]


def test_a_toll_beyond_sqlite_integers_is_kept_as_text(store):
    huge = 9223372036854775808  # 2**63: one past SQLite's INTEGER range
    doc = make_document(text="Clashes broke out, killing 9223372036854775808 civilians.")
    event = make_event(fatalities=huge, fatalities_text=None)
    store.add(doc, [event], extractor_version="v1")
    [stored] = store.query_events(ClusterFilter())
    assert stored["fatalities"] is None
    assert stored["fatalities_text"] == "9223372036854775808"
    ceiling = settings.max_fatalities()  # the one ceiling, pipeline and store
    big = make_event(fatalities=ceiling, fatalities_text="a million")
    store.add(make_document("b", outlet="B"), [big], extractor_version="v1")
    assert {e["fatalities"] for e in store.query_events(ClusterFilter())} == {None, ceiling}


@pytest.mark.parametrize("fields, message", [
    ({"fatalities": -1}, "fatalities cannot be negative"),
    ({"fatalities": 2.5}, "fatalities must be a whole number"),
    ({"fatalities": True}, "fatalities must be a whole number"),
    ({"latitude": 91.0}, "latitude must be a number from -90 to 90"),
    ({"longitude": float("nan")}, "longitude must be a number"),
    ({"latitude": None}, "latitude and longitude must be given together"),
    ({"evidence_end": 10_000}, "evidence_end must be a whole number from 0 to"),
    ({"evidence_start": -1}, "evidence_start must be"),
    ({"event_type": ""}, "event_type must be a non-empty string"),
    ({"actor1": "Rebels \ud800"}, "actor1 is not valid Unicode"),
    ({"actor2": 7}, "actor2 must be a string"),
    ({"time_precision": 9}, "time_precision must be 1, 2 or 3"),
    ({"inter1": 12}, "inter1 must be an ACLED inter code"),
    ({"event_date": "2014-05-09"}, "event_date must be a date"),
    ({"framing": {"x": "not a list"}}, "framing must map actor names"),
])
def test_an_event_the_store_cannot_hold_is_refused_naming_its_field(store, fields, message):
    with pytest.raises(RecordError, match=f"event 1: {message}"):
        store.add(make_document(), [make_event(**fields)], extractor_version="v1")
    assert store.counts() == {"documents": 0, "superseded": 0, "events": 0, "clusters": 0}


def test_a_document_the_store_cannot_hold_is_refused(store):
    with pytest.raises(RecordError, match="text is not valid Unicode"):
        store.add(make_document(text="Clashes \udc80 broke out."), [], extractor_version="v1")
    with pytest.raises(RecordError, match="outlet must be a string"):
        store.add(make_document(outlet=3), [], extractor_version="v1")


def test_datetimes_are_kept_as_dates_and_a_precision_needs_a_date(store):
    doc = make_document(published=dt.datetime(2014, 5, 10, 13, 30))
    event = make_event(event_date=dt.datetime(2014, 5, 9, 8), time_precision=1)
    undated = make_event(event_date=None, time_precision=2, latitude=36.5)
    store.add(doc, [event, undated], extractor_version="v1")
    events = store.query_events(ClusterFilter())
    assert {(e["event_date"], e["time_precision"]) for e in events} == {
        ("2014-05-09", 1), (None, None)}
    assert {e["published"] for e in events} == {"2014-05-10"}


def test_an_empty_doc_id_gets_one_from_the_content_not_a_dash(store):
    doc = make_document(doc_id="")
    store.add(doc, [make_event(doc_id="-")], extractor_version="v1")
    [stored] = store.query_events(ClusterFilter())
    assert stored["doc_id"].startswith("sha256:") and len(stored["doc_id"]) == 23
    assert _stored_ids(store) == [stored["doc_id"]]
    other = make_document(doc_id="", text="Another report entirely.", outlet="B")
    store.add(other, [], extractor_version="v1")
    assert len(set(_stored_ids(store))) == 2


def test_an_unexpected_error_while_storing_rolls_back_that_document_only(store, monkeypatch):
    real = store_module.Store._insert_events

    def flaky(self, document, document_id, events, **kw):
        if document.doc_id == "doc2":
            real(self, document, document_id, events, **kw)  # writes, then fails: must be undone
            raise sqlite3.IntegrityError("UNIQUE constraint failed: fake")
        return real(self, document, document_id, events, **kw)

    monkeypatch.setattr(store_module.Store, "_insert_events", flaky)
    docs = _docs(4)
    events = {d.doc_id: [make_event(d.doc_id)] for d in docs}
    report = store.ingest(docs, pipeline=FakePipeline(events), batch_size=4, progress=False)
    assert [(f.doc_id, f.code) for f in report.failures] == [("doc2", "E008")]
    assert "IntegrityError: UNIQUE constraint failed: fake" in report.failures[0].message
    assert _stored_ids(store) == ["doc0", "doc1", "doc3"]
    counts = store.counts()
    assert (counts["documents"], counts["events"]) == (3, 3)
    members = store._query("SELECT count(*) AS n FROM events e JOIN clusters c"
                           " ON c.id = e.cluster_id")[0]["n"]
    assert members == 3  # no cluster kept a member of the rolled-back document
    assert sum(c["n_reports"] for c in store.query_clusters(ClusterFilter())) == 3


def test_a_store_wide_error_still_aborts_the_batch(store, monkeypatch):
    def full(self, document, document_id, events, **kw):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module.Store, "_insert_events", full)
    with pytest.raises(StoreError, match="disk is full"):
        store.ingest(_docs(2), pipeline=FakePipeline({}), progress=False)
    assert store.counts()["documents"] == 0


def test_failures_are_retried_counted_and_cleared(store):
    docs = _docs(3)
    bad = {d.doc_id: [make_event(d.doc_id)] for d in docs}
    bad["doc1"] = [make_event("doc1", latitude=500.0)]
    for attempt in (1, 2):
        report = store.ingest(docs, pipeline=FakePipeline(bad), progress=False)
        assert [f.doc_id for f in report.failures] == ["doc1"]
        [row] = store.failures()
        assert (row["doc_id"], row["code"], row["attempts"]) == ("doc1", "E009", attempt)
        assert "latitude must be a number from -90 to 90" in row["message"]
    fixed = FakePipeline({"doc1": [make_event("doc1")]})
    report = store.ingest(docs, pipeline=fixed, progress=False)
    assert fixed.seen == ["doc1"]  # the stored ones were skipped, the failed one retried
    assert (report.added, report.skipped, report.failed) == (1, 2, 0)
    assert store.failures() == []


class BatchingPipeline(FakePipeline):
    """Takes documents `size` at a time, like spaCy's pipe and the worker pool, and fails a
    whole batch when one of its documents is poisoned."""

    def __init__(self, events, poisoned, size=4):
        super().__init__(events)
        self.poisoned = set(poisoned)
        self.size = size
        self.calls = 0

    def pipe(self, documents, *, n_process=1, batch_size=16):
        self.calls += 1
        batch = []
        for doc in documents:
            batch.append(doc)
            if len(batch) == self.size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def _run(self, batch):
        if any(d.doc_id in self.poisoned for d in batch):
            raise ValueError(f"cannot code {sorted(self.poisoned)[0]}")
        for doc in batch:
            self.seen.append(doc.doc_id)
            yield doc, list(self.events.get(doc.doc_id, []))


def test_a_failing_document_inside_a_pipe_batch_fails_alone(store):
    docs = _docs(11)
    events = {d.doc_id: [make_event(d.doc_id, latitude=10.0 + i)] for i, d in enumerate(docs)}
    pipeline = BatchingPipeline(events, poisoned={"doc5", "doc9"})
    report = store.ingest(docs, pipeline=pipeline, batch_size=3, progress=False)
    assert [(f.doc_id, f.code) for f in report.failures] == [("doc5", "E008"), ("doc9", "E008")]
    assert _stored_ids(store) == [f"doc{i}" for i in range(11) if i not in (5, 9)]
    assert report.added == 9 and store.counts()["events"] == 9
    assert pipeline.calls > 2  # the pipe was restarted after each failure


def test_an_error_the_pipe_returns_for_a_document_is_a_failure(store):
    class Reporting(FakePipeline):
        def pipe(self, documents, **kwargs):
            for doc, events in super().pipe(documents, **kwargs):
                yield doc, (RecordError("no events: bad text") if doc.doc_id == "doc1"
                            else events)

    report = store.ingest(_docs(3), pipeline=Reporting({}), progress=False)
    assert [(f.doc_id, f.code, f.message) for f in report.failures] == [
        ("doc1", "E009", "no events: bad text")]
    assert _stored_ids(store) == ["doc0", "doc2"]


def test_an_unreadable_input_stream_still_stops_ingest(store):
    def documents():
        yield from _docs(2)
        raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        store.ingest(documents(), pipeline=FakePipeline({}), progress=False)


def test_a_document_with_broken_unicode_fails_alone_in_ingest(store):
    docs = _docs(3)
    docs[1] = make_document("bad\udc80id", text="Clashes \udc80 broke out.", outlet="X")
    report = store.ingest(docs, pipeline=FakePipeline({}), progress=False)
    [failure] = report.failures
    assert (failure.doc_id, failure.code) == ("bad?id", "E009")
    assert "text is not valid Unicode" in failure.message
    assert _stored_ids(store) == ["doc0", "doc2"]
    assert [r["doc_id"] for r in store.failures()] == ["bad?id"]


def test_a_document_the_pipe_passes_over_is_a_failure_not_lost(store):
    class Skipping(FakePipeline):
        def pipe(self, documents, **kwargs):
            for doc, events in super().pipe(documents, **kwargs):
                if doc.doc_id not in ("doc1", "doc3"):
                    yield doc, events

    report = store.ingest(_docs(4), pipeline=Skipping({}), progress=False)
    assert [(f.doc_id, f.code, f.message) for f in report.failures] == [
        ("doc1", "E008", "RuntimeError: the pipeline returned no result for it"),
        ("doc3", "E008", "RuntimeError: the pipeline returned no result for it")]
    assert _stored_ids(store) == ["doc0", "doc2"]


def test_a_lazy_result_that_fails_is_that_documents_failure(store):
    class Lazy(FakePipeline):
        def pipe(self, documents, **kwargs):
            for doc, events in super().pipe(documents, **kwargs):
                yield doc, (1 / 0 for _ in [0]) if doc.doc_id == "doc0" else iter(events)

    report = store.ingest(_docs(2), pipeline=Lazy({}), progress=False)
    assert [(f.doc_id, f.message) for f in report.failures] == [
        ("doc0", "ZeroDivisionError: division by zero")]
    assert _stored_ids(store) == ["doc1"]


def test_a_store_another_process_keeps_busy_says_so_and_keeps_what_it_holds(tmp_path):
    """Two writers at once (an `ingest` while `watch` or `recluster` runs): past SQLite's
    wait, the message was SQLite's bare "database is locked"."""
    from eventdesk.store import Store

    path = tmp_path / "s.sqlite"
    with Store.open(path) as store:
        store.add(make_document("first"), [make_event("first")], extractor_version="v1")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            store._conn.execute("PRAGMA busy_timeout = 50")
            with pytest.raises(StoreError) as caught:
                store.add(make_document("second"), [make_event("second")],
                          extractor_version="v1")
        finally:
            other.execute("ROLLBACK")
            other.close()
        message = str(caught.value)
        assert str(path) in message and "another process" in message
        assert "run this again" in message
        assert _stored_ids(store) == ["first"]
