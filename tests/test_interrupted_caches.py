"""A report cut short anywhere in its coding (past the report_timeout setting, or a stage's
exception), even while the process's caches fill (gazetteer rows and candidates, loose
spellings, city states, the actor matcher's phrase matchers and rule selections), leaves the
process coding the next reports exactly as before: no cache is left half-built."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import eventdesk
from eventdesk.coding.actors import ActorMatcher
from eventdesk.errors import ReportTimeoutError
from eventdesk.geo import open_gazetteer
from eventdesk.records import Document
from eventdesk.time_limit import TimeUp

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parent.parent / "bench" / "data"


def _reports() -> list[Document]:
    docs = []
    for name in ("multi_event_reports.jsonl", "placing_reports.jsonl"):
        for line in (BENCH / name).read_text("utf-8").splitlines()[:2]:
            r = json.loads(line)
            docs.append(Document(text=r["text"], doc_id=r["doc_id"], published=r["published"],
                                 outlet=r.get("outlet"), title=r.get("title")))
    return docs


@pytest.fixture(scope="module")
def pipeline():
    return eventdesk.load()


def _cold() -> None:
    """Empty the caches that fill while reports are coded, so the cut lands in their build."""
    gaz = open_gazetteer()
    for cache in (gaz._row_cache, gaz._candidate_cache, gaz._loose_by_country,
                  gaz._city_states):
        cache.clear()
    matcher = ActorMatcher.load()
    matcher._matchers.clear()
    matcher._rule_cache.clear()


def _cut_after(steps: int):
    """A tracer raising TimeUp where the code is after `steps` calls and lines, as the
    report_timeout's SIGALRM or async exception does between two bytecodes: at the next line,
    since an exception raised at a generator's return while it is being closed (catalogue's
    scan of entry points, when the actor matcher is rebuilt) is ignored by Python."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        if count >= steps and event == "line":
            sys.settrace(None)
            raise TimeUp
        return tracer
    return tracer


def _steps_to_code(pipeline, doc: Document) -> int:
    """How many calls and lines coding `doc` takes from cold caches: cuts are placed as shares
    of it, so they land inside the coding however fast it has become (and whatever state other
    tests built before this one)."""
    count = 0

    def counter(frame, event, arg):
        nonlocal count
        count += 1
        return counter

    # once warm first: state built once per process (a table of country names, loaded on
    # first use) is not rebuilt by the cut run, and counting it would put a cut past its end
    pipeline.extract(doc)
    _cold()
    sys.settrace(counter)
    try:
        pipeline.extract(doc)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize(("share", "cut"), [(0.01, 2), (0.05, 2), (0.15, 0), (0.45, 0),
                                            (0.9, 0)])
def test_a_report_cut_anywhere_leaves_the_next_reports_coded_as_before(pipeline, share, cut):
    docs = _reports()
    steps = max(1, int(_steps_to_code(pipeline, docs[cut]) * share))
    _cold()
    fresh = [pipeline.extract(d) for d in docs]
    assert all(fresh)
    _cold()
    sys.settrace(_cut_after(steps))
    try:
        with pytest.raises(ReportTimeoutError):
            pipeline.extract(docs[cut])
    finally:
        sys.settrace(None)
    assert [pipeline.extract(d) for d in docs] == fresh


def test_reports_after_one_past_the_time_limit_are_coded_as_before(pipeline, monkeypatch):
    """The real limit (1 s, a stage looping for ever) in a batch, as `pipe` codes them. Caches
    stay warm: a cold report may itself take about 1 s on a loaded machine."""
    from eventdesk.components.events import EventCoder

    docs = _reports()
    fresh = [pipeline.extract(d) for d in docs]
    original = EventCoder.__call__

    def looping(self, doc):
        while "LOOP" in doc.text:
            pass
        return original(self, doc)

    monkeypatch.setattr(EventCoder, "__call__", looping)
    monkeypatch.setenv("EVENTDESK_REPORT_TIMEOUT", "1")
    looped = Document(text="LOOP " + docs[0].text, doc_id="loop", published=docs[0].published)
    results = list(pipeline.pipe([looped, *docs], batch_size=2))
    assert results[0].failure is not None and results[0].failure.code == "E015"
    assert [r.events for r in results[1:]] == fresh
