"""Storing one document and its events, idempotent by content hash: a report stored
again changes nothing, a new extractor version replaces its events, and a new version of a
stored story supersedes the older one (`versions`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from eventdesk.records import COLUMNS, Document, Event
from eventdesk.store import cluster_summary
from eventdesk.store.connection import _now
from eventdesk.store.corroborate import Member
from eventdesk.store.validate import check_document, check_event
from eventdesk.store.versions import StoryVersions, Version

_EVENT_INSERT = (
    f"INSERT INTO events (document_id, cluster_id, denial, {', '.join(COLUMNS)}) "
    f"VALUES (?, ?, ?, {', '.join('?' * len(COLUMNS))})"
)


@dataclass(slots=True)
class AddResult:
    """What `Store.add` did with one document."""

    status: str  # "added", "recoded" (new extractor version) or "unchanged"
    document_id: int
    events_added: int = 0
    cluster_ids: list[int] = field(default_factory=list)  # none for a superseded version
    # the live version's id when this document is an older version of a stored story
    superseded_by: int | None = None
    set_aside: list[int] = field(default_factory=list)  # versions this add superseded


class DocumentWriter(StoryVersions):
    """Writing documents and their events, joined to clusters."""

    def add(self, document: Document, events: list[Event], *, extractor_version: str) -> AddResult:
        """Store one document and its events, joining them to clusters. Idempotent by content
        hash; a new extractor version replaces the document's old events; the newest version
        of a story is the live one (`versions`)."""
        with self._transaction():
            return self._add(document, events, extractor_version)

    def add_many(
        self, items: Iterable[tuple[Document, list[Event]]], *, extractor_version: str
    ) -> list[AddResult]:
        """`add` for many documents in one transaction (all or nothing)."""
        with self._transaction():
            return [self._add(doc, evs, extractor_version) for doc, evs in items]

    def _add(self, document: Document, events: list[Event], version: str) -> AddResult:
        # Checked before any write: a bad value fails here, naming the event and field.
        document = check_document(document)
        content_hash = document.content_hash
        events = [check_event(e, document, i) for i, e in enumerate(events)]
        conn = self._conn
        row = conn.execute(
            "SELECT id, extractor_version, superseded_by FROM documents"
            " WHERE content_hash = ?",
            (content_hash,),
        ).fetchone()
        if row and row[1] == version:
            return AddResult("unchanged", row[0], superseded_by=row[2])
        now = _now()
        superseded_by, set_aside = None, []
        if row:
            document_id, status, superseded_by = row[0], "recoded", row[2]
            old = [r[0] for r in conn.execute(
                "SELECT DISTINCT cluster_id FROM events WHERE document_id = ?"
                " AND cluster_id IS NOT NULL", (document_id,))]
            conn.execute("DELETE FROM events WHERE document_id = ?", (document_id,))
            conn.execute(
                "UPDATE documents SET doc_id = ?, source_path = ?, extractor_version = ?,"
                " ingested_at = ? WHERE id = ?",
                (document.doc_id, document.source_path, version, now, document_id),
            )
            self._regroup_clusters(old)
        else:
            status = "added"
            document_id = conn.execute(
                "INSERT INTO documents (doc_id, content_hash, text, outlet, url, title,"
                " published, source_path, extractor_version, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document.doc_id, content_hash, document.text, document.outlet, document.url,
                 document.title,
                 document.published.isoformat() if document.published else None,
                 document.source_path, version, now),
            ).lastrowid
        if superseded_by is None:
            superseded_by, set_aside = self._settle_story(Version.of(document_id, document))
        clusters = self._insert_events(document, document_id, events,
                                       clustered=superseded_by is None)
        return AddResult(status, document_id, len(events), clusters, superseded_by, set_aside)

    def _insert_events(
        self, document: Document, document_id: int, events: list[Event], *, clustered: bool
    ) -> list[int]:
        """Insert the events; those of a live version join clusters and possible matches,
        a superseded version's stay out of both."""
        content_hash = document.content_hash
        members = []
        for event in events:
            denial = cluster_summary.find_denial(
                document.text, event.evidence_start, event.evidence_end)
            values = event.to_dict()
            values["framing"] = json.dumps(event.framing or {}, ensure_ascii=False)
            event_id = self._conn.execute(
                _EVENT_INSERT, (document_id, None, denial, *(values[c] for c in COLUMNS)),
            ).lastrowid
            members.append(Member(
                id=event_id, document_id=document_id, event_type=event.event_type,
                sub_event_type=event.sub_event_type, event_date=event.event_date,
                time_precision=event.time_precision, country=event.country,
                admin1=event.admin1, location=event.location, latitude=event.latitude,
                longitude=event.longitude, geo_precision=event.geo_precision,
                actor1=event.actor1, actor2=event.actor2, fatalities=event.fatalities,
                claimed_by=event.claimed_by, outlet=document.outlet, url=document.url,
                denial=denial, doc_id=document.doc_id, content_hash=content_hash,
                evidence_start=event.evidence_start, evidence_end=event.evidence_end,
            ))
        if not clustered:
            return []
        cluster_of = self._regroup(members)
        for member in members:
            self._link_possible_matches(member)
        return [cluster_of[m.id] for m in members]
