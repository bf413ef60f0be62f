"""Shared helpers for the store tests: the hand-made corroboration corpus and a fake
pipeline with the shape of `eventdesk.load()`."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

from eventdesk.records import Document, Event

CORPUS = Path(__file__).with_name("corpus.jsonl")
# Same-place incidents on nearby days (Mogadishu and Maiduguri, one week), undated and
# outlet-less reports among them: issue 10's corroboration figures.
SAME_PLACE_CORPUS = Path(__file__).with_name("same_place_corpus.jsonl")
DOC_FIELDS = ("outlet", "published", "url")


def load_corpus(path: Path = CORPUS) -> list[tuple[Document, list[Event], list[str]]]:
    """(document, events, true event labels) per report, in file order. A report's text is
    its events' evidence sentences (each followed by its `after` words), so evidence offsets
    are real."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_doc: dict[str, list[dict]] = {}
    for line in lines:
        by_doc.setdefault(line["doc_id"], []).append(line)
    out = []
    for doc_id, items in by_doc.items():
        text, events, labels = "", [], []
        for item in items:
            start = len(text)
            text += item["evidence"]
            events.append(Event.from_dict({**item, "evidence_start": start,
                                           "evidence_end": len(text)}))
            labels.append(item["true_event"])
            text += " " + item["after"] + " " if item.get("after") else " "
        first = items[0]
        document = Document(
            text=text.strip(), doc_id=doc_id, outlet=first.get("outlet"), url=first.get("url"),
            published=dt.date.fromisoformat(first["published"]) if first.get("published")
            else None, title=f"Report {doc_id}",
        )
        out.append((document, events, labels))
    return out


def purity(clusters: list[list[str]]) -> tuple[float, float]:
    """(purity, inverse purity) of predicted clusters given each member's true label."""
    n = sum(len(c) for c in clusters)
    pure = sum(Counter(c).most_common(1)[0][1] for c in clusters) / n
    truth: dict[str, Counter] = {}
    for index, members in enumerate(clusters):
        for label in members:
            truth.setdefault(label, Counter())[index] += 1
    inverse = sum(c.most_common(1)[0][1] for c in truth.values()) / n
    return pure, inverse


def make_event(doc_id: str = "d", **fields) -> Event:
    base = dict(
        event_type="Battles", sub_event_type="Armed clash", doc_id=doc_id,
        evidence="Clashes broke out", evidence_start=0, evidence_end=17,
        event_date=dt.date(2014, 5, 9), time_precision=1, actor1="Military Forces of Syria",
        inter1=1, actor2="Syrian rebels", inter2=2, country="Syria", admin1="Aleppo",
        location="Aleppo", latitude=36.2, longitude=37.16, geo_precision=1,
    )
    base.update(fields)
    return Event(**base)


def make_document(doc_id: str = "d", text: str = "Clashes broke out in Aleppo on Friday.",
                  **fields) -> Document:
    fields.setdefault("published", dt.date(2014, 5, 10))
    fields.setdefault("outlet", "Levant Wire")
    return Document(text=text, doc_id=doc_id, **fields)


class FakePipeline:
    """Same shape as `eventdesk.load()`: `.version` and `.pipe(docs, n_process=...)`. Codes
    each document with the events registered for its doc_id; records what it was given."""

    def __init__(self, events: dict[str, list[Event]], *, version: str = "test-1",
                 fail_after: int | None = None, error: type[BaseException] = RuntimeError):
        self.events = events
        self.version = version
        self.fail_after = fail_after
        self.error = error
        self.seen: list[str] = []

    def pipe(self, documents, *, n_process: int = 1, batch_size: int = 16):
        for doc in documents:
            if self.fail_after is not None and len(self.seen) >= self.fail_after:
                raise self.error("extraction failed")
            self.seen.append(doc.doc_id)
            yield doc, list(self.events.get(doc.doc_id, []))


def write_v1_store(path) -> None:
    """A store as eventdesk's first schema left it (one cluster)."""
    import sqlite3

    from eventdesk.store.schema import APPLICATION_ID, MIGRATIONS

    conn = sqlite3.connect(path)
    conn.executescript(
        f"BEGIN;{MIGRATIONS[0]}\nPRAGMA application_id = {APPLICATION_ID};"
        "PRAGMA user_version = 1; COMMIT;")
    conn.execute(
        "INSERT INTO clusters (event_type, country, admin1, n_sources, n_reports, updated_at)"
        " VALUES ('Battles', 'Syria', 'Homs', 1, 1, '2014-01-01T00:00:00+00:00')")
    conn.commit()
    conn.close()
