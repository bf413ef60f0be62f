"""A report that kills the worker coding it (killed, out of memory, a crash in native code)
on the Dask path: the attempts Dask makes at its partition (or a re-run's) find the batch
the worker died in, code it one report at a time, and record the killer as failed; the
partition's other reports are coded and stored."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest

from eventdesk import scale
from eventdesk.errors import WORKER_DIED
from eventdesk.records import DocumentFailure, DocumentResult, Event


class _Coder:
    """One event a report; the process dies while a batch holding KILL is coded."""

    version = "v1"

    def pipe(self, documents):
        documents = list(documents)
        if any("KILL" in d.text for d in documents):
            os._exit(1)  # the worker process dies: nothing after this runs
        for d in documents:
            yield DocumentResult(d, [Event(
                event_type="Battles", sub_event_type="Armed clash", doc_id=d.doc_id,
                evidence=d.text[:5], evidence_start=0, evidence_end=5, country="Syria")])


def _attempts(partition, out: str) -> int:
    """code_partition in a worker process, again after each death as Dask retries a task
    whose worker died; the attempts it took."""
    for attempt in range(1, 5):
        worker = multiprocessing.get_context("fork").Process(
            target=scale.code_partition, args=(partition,),
            kwargs={"out_dir": out, "version": "v1"})
        worker.start()
        worker.join(60)
        if worker.exitcode == 0:
            return attempt
    raise AssertionError("the partition was never coded")


def test_a_report_that_kills_its_worker_fails_alone_on_the_dask_path(tmp_path, monkeypatch):
    """Found by injection: a report whose coding killed the worker process lost its whole
    partition: Dask retried it on other workers, each died on it, and the run ended with
    the partition unloaded (KilledWorker); every re-run did the same."""
    monkeypatch.setattr("eventdesk.pipeline.Pipeline.load", classmethod(lambda cls: _Coder()))
    source = tmp_path / "in.jsonl"
    texts = [("KILL " if k == 20 else "") + f"Clashes in Homs, day {k}." for k in range(40)]
    source.write_text("".join(json.dumps({"text": t, "id": f"r{k}"}) + "\n"
                              for k, t in enumerate(texts)), encoding="utf-8")
    [partition], _ = scale.plan([str(source)], partition_size=100, version="v1")
    out = tmp_path / "parts"
    out.mkdir()
    assert _attempts(partition, str(out)) == 3  # dies in a batch, then on the report alone
    items = list(scale.results(out, [partition]))
    assert [doc.doc_id for doc, _ in items] == [f"r{k}" for k in range(40)]
    assert [found for doc, found in items if not isinstance(found, list)] == [
        DocumentFailure("r20", "E008", WORKER_DIED)]
    assert all(len(found) == 1 for doc, found in items if doc.doc_id != "r20")
    assert not list(out.glob("*.coding.jsonl"))  # finished: nothing left to resume


@pytest.mark.parametrize("junk", ["{cut", "[1, 2]", '{"batch": 7}', ""])
def test_a_damaged_journal_is_read_as_far_as_it_goes(tmp_path, monkeypatch, junk):
    monkeypatch.setattr("eventdesk.pipeline.Pipeline.load", classmethod(lambda cls: _Coder()))
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": "Clashes in Homs.", "id": "r0"}) + "\n",
                      encoding="utf-8")
    [partition], _ = scale.plan([str(source)], version="v1")
    (tmp_path / f"{partition.name}.coding.jsonl").write_text(junk + "\n", encoding="utf-8")
    assert scale.code_partition(partition, out_dir=str(tmp_path), version="v1").events == 1
