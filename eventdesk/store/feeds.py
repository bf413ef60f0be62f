"""What `eventdesk watch` remembers in the store (tables `feeds` and `articles`): each feed's
ETag and Last-Modified, and each article seen with its outcome, so a restart neither
re-fetches a stored article nor forgets one that failed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from eventdesk.store.connection import _now
from eventdesk.store.store import Store

MAX_ARTICLE_ATTEMPTS = 5  # an article still failing after this many fetches is given up


@dataclass(slots=True, frozen=True)
class FeedState:
    """A feed's HTTP validators from its last successful poll."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(slots=True, frozen=True)
class Article:
    """An article a feed listed, waiting to be fetched (new, or failed before)."""

    url: str
    feed_url: str
    title: str | None
    published: dt.date | None
    attempts: int


class FeedLog:
    """The watch state of one store."""

    def __init__(self, store: Store):
        self._store = store

    def feed(self, url: str) -> FeedState:
        rows = self._store._query(
            "SELECT url, etag, last_modified FROM feeds WHERE url = ?", (url,))
        return FeedState(**rows[0]) if rows else FeedState(url)

    def polled(self, state: FeedState, status: int) -> None:
        """A poll that worked (200 or 304): keep the validators, clear the error count."""
        with self._store._transaction():
            self._store._conn.execute(
                "INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_status,"
                " last_error, failures) VALUES (?, ?, ?, ?, ?, NULL, 0) ON CONFLICT (url) DO"
                " UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                " last_polled_at = excluded.last_polled_at,"
                " last_status = excluded.last_status, last_error = NULL, failures = 0",
                (state.url, state.etag, state.last_modified, _now(), status))

    def poll_failed(self, url: str, status: int | None, error: str) -> None:
        with self._store._transaction():
            self._store._conn.execute(
                "INSERT INTO feeds (url, last_polled_at, last_status, last_error, failures)"
                " VALUES (?, ?, ?, ?, 1) ON CONFLICT (url) DO UPDATE SET"
                " last_polled_at = excluded.last_polled_at,"
                " last_status = excluded.last_status, last_error = excluded.last_error,"
                " failures = failures + 1",
                (url, _now(), status, error))

    def add_articles(self, feed_url: str,
                     entries: Iterable[tuple[str, str | None, dt.date | None]]) -> int:
        """Record the (url, title, published) entries not seen before; returns how many."""
        now = _now()
        with self._store._transaction():
            before = self._store._conn.total_changes
            self._store._conn.executemany(
                "INSERT INTO articles (url, feed_url, title, published, status,"
                " first_seen_at) VALUES (?, ?, ?, ?, 'new', ?) ON CONFLICT (url) DO NOTHING",
                [(url, feed_url, title, published.isoformat() if published else None, now)
                 for url, title, published in entries])
            return self._store._conn.total_changes - before

    def due(self) -> list[Article]:
        """Articles to fetch: new ones, and failed ones not yet given up, oldest first."""
        rows = self._store._query(
            "SELECT url, feed_url, title, published, attempts FROM articles"
            " WHERE status = 'new' OR (status = 'failed' AND attempts < ?)"
            " ORDER BY first_seen_at, url", (MAX_ARTICLE_ATTEMPTS,))
        return [Article(**dict(r, published=dt.date.fromisoformat(r["published"])
                               if r["published"] else None)) for r in rows]

    def fetched(self, url: str, status: str, *, error: str | None = None,
                content_hash: str | None = None) -> None:
        """The outcome of one fetch: stored, skipped (no article text: not fetched again) or
        failed (retried by later polls)."""
        with self._store._transaction():
            self._store._conn.execute(
                "UPDATE articles SET status = ?, error = ?, content_hash = ?,"
                " attempts = attempts + 1, fetched_at = ? WHERE url = ?",
                (status, error, content_hash, _now(), url))

    def articles(self) -> list[dict]:
        """Every article seen, for inspection."""
        return self._store._query(
            "SELECT url, feed_url, status, attempts, error, content_hash FROM articles"
            " ORDER BY first_seen_at, url")
