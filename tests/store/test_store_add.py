"""Writing: idempotent add, re-coding, batch transactions in ingest."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from store_helpers import FakePipeline, make_document, make_event

from eventdesk.errors import RecordError
from eventdesk.store import ClusterFilter, Store


def _rows(path, sql):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_add_stores_document_events_and_a_cluster(store):
    doc = make_document(url="https://example.org/a", title="Clashes in Aleppo")
    event = make_event(framing={"Syrian rebels": ["terrorists"]}, fatalities=4,
                       fatalities_text="four fighters", claimed_by="SOHR")
    result = store.add(doc, [event], extractor_version="v1")
    assert result.status == "added"
    assert result.events_added == 1 and len(result.cluster_ids) == 1
    [stored] = store.query_events(ClusterFilter())
    expected = event.to_dict()
    assert {k: stored[k] for k in expected} == expected
    assert stored["outlet"] == "Levant Wire"
    assert stored["published"] == "2014-05-10"
    assert stored["cluster_id"] == result.cluster_ids[0]


def test_adding_the_same_document_again_changes_nothing(store, tmp_path):
    doc = make_document()
    store.add(doc, [make_event()], extractor_version="v1")
    before = _rows(tmp_path / "events.sqlite", "SELECT * FROM documents")
    events_before = _rows(tmp_path / "events.sqlite", "SELECT * FROM events")
    again = store.add(make_document(), [make_event(), make_event()], extractor_version="v1")
    assert again.status == "unchanged" and again.events_added == 0
    assert _rows(tmp_path / "events.sqlite", "SELECT * FROM documents") == before
    assert _rows(tmp_path / "events.sqlite", "SELECT * FROM events") == events_before


def test_same_text_from_another_outlet_is_another_document(store):
    store.add(make_document(), [make_event()], extractor_version="v1")
    other = store.add(make_document(outlet="Other Wire"), [make_event()], extractor_version="v1")
    assert other.status == "added"
    assert store.counts()["documents"] == 2


def test_new_extractor_version_recodes_the_document(store):
    doc = make_document()
    first = store.add(doc, [make_event()], extractor_version="v1")
    protest = make_event(event_type="Protests", sub_event_type="Peaceful protest",
                         actor1="Protesters (Syria)", inter1=6, actor2=None, inter2=0)
    second = store.add(doc, [protest, make_event(location="Aleppo")], extractor_version="v2")
    assert second.status == "recoded"
    assert second.document_id == first.document_id
    events = store.query_events(ClusterFilter())
    assert sorted(e["event_type"] for e in events) == ["Battles", "Protests"]
    assert store.counts() == {"documents": 1, "superseded": 0, "events": 2, "clusters": 2}
    # The old Battles cluster was emptied and removed; cluster ids are never reused.
    assert first.cluster_ids[0] not in second.cluster_ids
    assert store.cluster(first.cluster_ids[0]) is None
    assert store.add(doc, [], extractor_version="v2").status == "unchanged"


def test_recoding_shrinks_a_shared_cluster(store):
    store.add(make_document("a", outlet="A"), [make_event("a", fatalities=3)],
              extractor_version="v1")
    doc_b = make_document("b", outlet="B", text="Another report of the clash.")
    store.add(doc_b, [make_event("b", fatalities=5)], extractor_version="v1")
    [cluster] = store.query_clusters(ClusterFilter())
    assert (cluster["n_sources"], cluster["fatalities"], cluster["fatalities_max"]) == (2, 3, 5)
    store.add(doc_b, [], extractor_version="v2")  # the new extractor finds no event in b
    [cluster] = store.query_clusters(ClusterFilter())
    assert (cluster["n_sources"], cluster["fatalities"], cluster["fatalities_max"]) == (1, 3, 3)
    assert cluster["contradictions"] == []


def test_two_events_of_one_report_never_merge(store):
    doc = make_document(text="Clashes in Aleppo. More clashes in Aleppo.")
    result = store.add(doc, [make_event(), make_event(latitude=36.21)], extractor_version="v1")
    assert len(set(result.cluster_ids)) == 2


def test_add_many_is_all_or_nothing(store):
    good = (make_document("a", outlet="A"), [make_event("a")])
    bad = (make_document("b", outlet="B"), [make_event("b", evidence=None)])
    with pytest.raises(RecordError, match="event 1: evidence must be a non-empty string"):
        store.add_many([good, bad], extractor_version="v1")
    assert store.counts() == {"documents": 0, "superseded": 0, "events": 0, "clusters": 0}


def _documents(n):
    return [make_document(f"doc{i}", text=f"Report number {i} about clashes.", outlet=f"O{i}")
            for i in range(n)]


def test_ingest_extracts_and_stores_in_batches(store):
    docs = _documents(5)
    pipeline = FakePipeline({d.doc_id: [make_event(d.doc_id)] for d in docs})
    report = store.ingest(docs, pipeline=pipeline, batch_size=2, progress=False)
    assert (report.added, report.events, report.batches, report.skipped) == (5, 5, 3, 0)
    assert report.elapsed_s > 0
    [cluster] = store.query_clusters(ClusterFilter())
    assert cluster["n_sources"] == 5


def test_ingest_skips_stored_documents_before_extracting_them(store):
    docs = _documents(4)
    store.ingest(docs[:2], pipeline=FakePipeline({}), progress=False)
    pipeline = FakePipeline({})
    report = store.ingest(docs, pipeline=pipeline, progress=False)
    assert pipeline.seen == ["doc2", "doc3"]
    assert (report.skipped, report.added) == (2, 2)
    # Another extractor version re-codes everything.
    newer = FakePipeline({"doc0": [make_event("doc0")]}, version="test-2")
    report = store.ingest(docs, pipeline=newer, progress=False)
    assert newer.seen == ["doc0", "doc1", "doc2", "doc3"]
    assert (report.recoded, report.events) == (4, 1)


def test_repeated_document_within_one_run_is_stored_once(store):
    docs = _documents(2) + _documents(2)
    report = store.ingest(docs, pipeline=FakePipeline({}), progress=False)
    assert (report.added, report.unchanged) == (2, 2)
    assert store.counts()["documents"] == 2


def test_interrupt_mid_ingest_keeps_whole_earlier_batches_only(tmp_path):
    path = tmp_path / "events.sqlite"
    docs = _documents(7)
    pipeline = FakePipeline({d.doc_id: [make_event(d.doc_id)] for d in docs},
                            fail_after=5, error=KeyboardInterrupt)
    with Store.open(path) as store, pytest.raises(KeyboardInterrupt):
        store.ingest(docs, pipeline=pipeline, batch_size=2, progress=False)
    # Batches [0,1] and [2,3] were committed; doc4 was extracted but its batch never was.
    stored = [r[0] for r in _rows(path, "SELECT doc_id FROM documents ORDER BY id")]
    assert stored == ["doc0", "doc1", "doc2", "doc3"]
    with Store.open(path) as store:
        report = store.ingest(docs, pipeline=FakePipeline({}), batch_size=2, progress=False)
    assert (report.skipped, report.added) == (4, 3)


def test_an_extraction_error_fails_its_documents_only(tmp_path):
    path = tmp_path / "events.sqlite"
    docs = _documents(7)
    pipeline = FakePipeline({d.doc_id: [make_event(d.doc_id)] for d in docs},
                            fail_after=5, error=RuntimeError)
    with Store.open(path) as store:
        report = store.ingest(docs, pipeline=pipeline, batch_size=2, progress=False)
    # The fake fails every document after the fifth: those two are failures, not the batch.
    assert report.added == 5
    assert [(f.doc_id, f.code) for f in report.failures] == [("doc5", "E008"), ("doc6", "E008")]
    assert report.failures[0].message == "RuntimeError: extraction failed"
    stored = [r[0] for r in _rows(path, "SELECT doc_id FROM documents ORDER BY id")]
    assert stored == ["doc0", "doc1", "doc2", "doc3", "doc4"]
    with Store.open(path) as store:
        report = store.ingest(docs, pipeline=FakePipeline({}), batch_size=2, progress=False)
        assert store.failures() == []
    assert (report.skipped, report.added, report.failed) == (5, 2, 0)


def test_a_bad_record_fails_alone_and_its_neighbours_are_stored(tmp_path):
    path = tmp_path / "events.sqlite"
    docs = _documents(5)
    events = {d.doc_id: [make_event(d.doc_id)] for d in docs}
    events["doc3"] = [make_event("doc3", evidence=None)]
    with Store.open(path) as store:
        report = store.ingest(docs, pipeline=FakePipeline(events), batch_size=2,
                              progress=False)
    assert [(f.doc_id, f.code) for f in report.failures] == [("doc3", "E009")]
    assert "evidence must be a non-empty string" in report.failures[0].message
    assert [r[0] for r in _rows(path, "SELECT doc_id FROM documents ORDER BY id")] == [
        "doc0", "doc1", "doc2", "doc4"]
    assert _rows(path, "SELECT count(*) FROM events") == [(4,)]
    assert _rows(path, "SELECT doc_id, code, attempts FROM failures") == [("doc3", "E009", 1)]


def test_unplaced_event_dates_and_missing_publication_are_kept(store):
    doc = make_document(published=None)
    event = make_event(event_date=None, time_precision=None, latitude=None, longitude=None,
                       admin1=None, location=None)
    store.add(doc, [event], extractor_version="v1")
    [stored] = store.query_events(ClusterFilter())
    assert stored["event_date"] is None and stored["published"] is None
    assert stored["latitude"] is None
    assert store.query_events(ClusterFilter(since=dt.date(2000, 1, 1))) == []


def test_a_reader_sees_whole_batches_while_a_writer_ingests(tmp_path):
    path = tmp_path / "events.sqlite"
    docs = _documents(6)
    seen: list[int] = []
    with Store.open(path) as writer, Store.open(path, readonly=True) as reader:

        class Watching(FakePipeline):
            def pipe(self, documents, **kwargs):
                for pair in super().pipe(documents, **kwargs):
                    seen.append(reader.counts()["documents"])  # WAL: no lock wait
                    yield pair

        writer.ingest(docs, pipeline=Watching({}), batch_size=3, progress=False)
        assert reader.counts()["documents"] == 6
    assert seen == [0, 0, 0, 3, 3, 3]


def test_one_store_serves_many_threads(store):
    import threading

    store.add(make_document(), [make_event()], extractor_version="v1")
    errors: list[BaseException] = []

    def read():
        try:
            for _ in range(50):
                assert len(store.query_clusters(ClusterFilter())) == 1
                assert store.facets()["countries"] == ["Syria"]
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for i in range(10):
        store.add(make_document(f"x{i}", text=f"Unrelated report {i}.", outlet=f"O{i}"), [],
                  extractor_version="v1")
    for thread in threads:
        thread.join()
    assert errors == []
