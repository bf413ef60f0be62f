"""Ingest with the real pipeline and a worker pool: a document whose extraction raises in a
worker process fails alone; the others are stored as a single-process run stores them."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventdesk
from eventdesk.io import read_documents
from eventdesk.pipeline import Pipeline
from eventdesk.records import Document
from eventdesk.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "reports.jsonl"


def _documents() -> list[Document]:
    docs = [d for d in read_documents([str(SAMPLES)]) if isinstance(d, Document)]
    poison = Document(text="POISON: shelling hit the town of Idlib on Monday.",
                      doc_id="poisoned", source_path="test")
    return docs[:3] + [poison] + docs[3:]


def _stored(path: Path) -> list[tuple]:
    with Store.open(path, readonly=True) as store:
        return store._query(
            "SELECT d.doc_id, count(e.id) AS n FROM documents d LEFT JOIN events e"
            " ON e.document_id = d.id GROUP BY d.id ORDER BY d.doc_id")


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_failing_inside_the_pipeline_fails_alone(tmp_path, monkeypatch, jobs):
    real = Pipeline._make_doc

    def make_doc(self, document):
        if document.text.startswith("POISON"):
            raise RuntimeError("poisoned report")
        return real(self, document)

    # Set before the pool forks, so the workers run it too.
    monkeypatch.setattr(Pipeline, "_make_doc", make_doc)
    pipeline = eventdesk.load()
    docs = _documents()
    with Store.open(tmp_path / "events.sqlite") as store:
        report = store.ingest(docs, pipeline=pipeline, n_process=jobs, batch_size=2,
                              progress=False)
    assert [(f.doc_id, f.code, f.message) for f in report.failures] == [
        ("poisoned", "E008", "RuntimeError: poisoned report")]
    assert report.added == len(docs) - 1 and report.events > 0
    stored = _stored(tmp_path / "events.sqlite")
    assert sorted(d.doc_id for d in docs if d.doc_id != "poisoned") == [r["doc_id"] for r in stored]
    if jobs == 2:
        monkeypatch.undo()
        with Store.open(tmp_path / "one.sqlite") as store:
            store.ingest([d for d in docs if d.doc_id != "poisoned"], pipeline=pipeline,
                         progress=False)
        assert _stored(tmp_path / "one.sqlite") == stored


@pytest.mark.slow
def test_a_document_killing_its_worker_fails_alone_and_the_rest_is_stored(tmp_path,
                                                                           monkeypatch):
    """Found by injection: `ingest --jobs 2` waited for ever once a worker process died
    (killed, out of memory, a crash in native code) while coding a report."""
    import os

    from eventdesk.errors import WORKER_DIED

    real = Pipeline._make_doc

    def make_doc(self, document):
        if document.text.startswith("POISON"):
            os._exit(1)
        return real(self, document)

    monkeypatch.setattr(Pipeline, "_make_doc", make_doc)
    docs = _documents()
    with Store.open(tmp_path / "events.sqlite") as store:
        report = store.ingest(docs, pipeline=eventdesk.load(), n_process=2, batch_size=2,
                              progress=False)
    assert [(f.doc_id, f.code, f.message) for f in report.failures] == [
        ("poisoned", "E008", WORKER_DIED)]
    assert report.added == len(docs) - 1
    assert sorted(d.doc_id for d in docs if d.doc_id != "poisoned") == [
        r["doc_id"] for r in _stored(tmp_path / "events.sqlite")]
