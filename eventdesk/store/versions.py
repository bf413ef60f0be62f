"""Versions of one story. Outlets edit what they published (a revised toll, a corrected
town); the edited text is a new document (another content hash), and storing it beside the
first would count one outlet's story as two reports. The newest version is live; the
others are kept, marked `superseded_by` the live one, and their events leave the clusters
(a superseded version's events belong to no cluster), so corroboration, `events`, exports,
the API and the map see one report per story. `history` lists every version."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from eventdesk.errors import UsageError
from eventdesk.io import unicode_problem
from eventdesk.records import Document
from eventdesk.store.clustering import ClusterMaintenance
from eventdesk.store.connection import _now
from eventdesk.store.corroborate import folded_text

# A line or item number eventdesk appends to a file's name for a report without an id
_POSITION = re.compile(r"[:#][0-9]+$")


def own_doc_id(doc_id: str, source_path: str | None) -> bool:
    """True when `doc_id` is the report's own (a JSON `doc_id`, a feed item's link, a WARC
    page's URL, a caller's), False when eventdesk made it up from where it read the report:
    a file's name, a line or item number ("batch.jsonl:3"), `stdin`, a hash of the text.
    Two different reports can share a made-up id (two folders' 1.txt, two days'
    batch.jsonl:1), so it names no story."""
    if doc_id.startswith("sha256:"):
        return False
    base = _POSITION.sub("", doc_id)
    if base == "stdin":
        return False
    if source_path:
        name = _POSITION.sub("", source_path.replace("\\", "/")).rsplit("/", 1)[-1]
        return base != name
    return True


def story_url(url: str | None) -> str | None:
    """The URL as a story's identity, or None when it names no one article: it needs a host
    and a path or query, since an outlet's home page ("https://outlet.example/") is given as
    the URL of many reports, and text that is no URL ("n/a", "0") identifies nothing. It
    is compared as stored (the index finds it so): a URL with spaces around it is another."""
    url = url or ""
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[abc": no host to read
        return None
    if not parts.netloc or (parts.path.strip("/") == "" and not parts.query):
        return None
    return url


@dataclass(slots=True, frozen=True)
class Version:
    """A stored document as versioning sees it."""

    id: int
    doc_id: str
    url: str | None
    source_path: str | None
    published: str | None
    outlet: str | None = None

    @classmethod
    def of(cls, document_id: int, document: Document) -> Version:
        return cls(document_id, document.doc_id, document.url, document.source_path,
                   document.published.isoformat() if document.published else None,
                   document.outlet)

    @property
    def newness(self) -> tuple[str, int]:
        """Newer versions sort last: by publication date (a version without one is older
        than any dated one), then by ingestion order (the row id)."""
        return self.published or "", self.id


def same_story(a: Version, b: Version) -> bool:
    """Two documents are versions of one story when both have an article URL and it is the
    same, or (one lacks it) they share their own doc_id and no two outlets are named (two
    outlets' files merged both number their reports 1, 2, 3)."""
    url_a, url_b = story_url(a.url), story_url(b.url)
    if url_a and url_b:
        return url_a == url_b
    if a.outlet and b.outlet and folded_text(a.outlet) != folded_text(b.outlet):
        return False
    return (a.doc_id == b.doc_id and own_doc_id(a.doc_id, a.source_path)
            and own_doc_id(b.doc_id, b.source_path))


_VERSION_COLUMNS = "id, doc_id, url, source_path, published, outlet"


class StoryVersions(ClusterMaintenance):
    """Marking older versions superseded, and reading a story's versions."""

    def recluster(self) -> int:
        """Set aside the older versions of stories stored twice (by a store before schema 8),
        then rebuild every cluster from scratch (`_rebuild_clusters`), in one transaction.
        Returns the number of clusters."""
        with self._transaction():
            rows = self._conn.execute(f"SELECT {_VERSION_COLUMNS} FROM documents"
                                      " WHERE superseded_by IS NULL ORDER BY id").fetchall()
            set_aside: set[int] = set()
            for row in rows:
                if row[0] not in set_aside:
                    set_aside.update(self._settle_story(Version(*row))[1])
            return self._rebuild_clusters()

    def _settle_story(self, new: Version) -> tuple[int | None, list[int]]:
        """Make the newest version of the new or re-coded document's story the live one:
        (the live version's id when it is not this document, else None; the ids set aside
        now). Versions already superseded by one set aside now point at the live one."""
        rows = self._conn.execute(
            f"SELECT {_VERSION_COLUMNS} FROM documents WHERE superseded_by IS NULL"
            " AND id != ? AND (doc_id = ? OR url = ?)",
            (new.id, new.doc_id, story_url(new.url)))
        versions = [v for v in (Version(*row) for row in rows) if same_story(new, v)]
        if not versions:
            return None, []
        versions.append(new)
        live = max(versions, key=lambda v: v.newness)
        older = [v.id for v in versions if v is not live]
        for version_id in older:
            self._supersede(version_id, live.id)
        return (None if live is new else live.id), older

    def _supersede(self, document_id: int, live_id: int) -> None:
        """Mark a document superseded by `live_id` (and what it superseded); its events
        leave their clusters, which are regrouped without them."""
        conn = self._conn
        conn.execute("UPDATE documents SET superseded_by = ?, superseded_at = ? WHERE id = ?",
                     (live_id, _now(), document_id))
        conn.execute("UPDATE documents SET superseded_by = ? WHERE superseded_by = ?",
                     (live_id, document_id))
        clusters = [r[0] for r in conn.execute(
            "SELECT DISTINCT cluster_id FROM events WHERE document_id = ?"
            " AND cluster_id IS NOT NULL", (document_id,))]
        conn.execute("DELETE FROM possible_matches WHERE event_id IN (SELECT id FROM events"
                     " WHERE document_id = ?) OR other_event_id IN (SELECT id FROM events"
                     " WHERE document_id = ?)", (document_id, document_id))
        conn.execute("UPDATE events SET cluster_id = NULL WHERE document_id = ?",
                     (document_id,))
        self._regroup_clusters(clusters)

    def history(self, key: str) -> list[dict]:
        """Every stored version of the stories a doc_id or URL names, oldest first: each
        with `live` (the one `events` and the clusters read), `superseded_by` (the live
        version's doc_id), when it was set aside, and its number of events."""
        if unicode_problem(key):
            raise UsageError(f"the doc_id or URL is not valid Unicode (a lone surrogate, as "
                             f"undecodable bytes on a command line give): {key!r:.60}")
        lives = self._query(
            "SELECT DISTINCT coalesce(superseded_by, id) AS live FROM documents"
            " WHERE doc_id = ? OR url = ?", (key, key))
        ids = [r["live"] for r in lives]
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        rows = self._query(
            "SELECT d.id, d.doc_id, d.url, d.outlet, d.title, d.published, d.ingested_at,"
            " d.superseded_at, d.content_hash, l.doc_id AS superseded_by,"
            " (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events"
            " FROM documents d LEFT JOIN documents l ON l.id = d.superseded_by"
            f" WHERE d.id IN ({marks}) OR d.superseded_by IN ({marks})", (*ids, *ids))
        rows.sort(key=lambda r: (r["published"] or "", r["id"]))
        for row in rows:
            row["live"] = row["superseded_by"] is None
            del row["id"]
        return rows
