"""Full-text search of report titles and texts, bounded in words and in time: a user's
words are searched as words, and a search that runs too long is stopped."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from eventdesk.errors import QueryTimeoutError, StoreError, UsageError
from eventdesk.store.connection import StoreConnection
from eventdesk.store.filters import SQLITE_MAX_INT

# Full-text search bounds: words per query, characters per word, seconds per query.
MAX_SEARCH_TERMS = 20


MAX_TERM_CHARS = 64


SEARCH_TIMEOUT_S = 1.0


_RANKING_SHARE = 0.5  # of the time limit, for ranking every match before falling back


_PROGRESS_STEPS = 2000  # SQLite VM steps between deadline checks (microseconds apart)


class StoreSearch(StoreConnection):
    """Bounded full-text search over the stored reports."""

    def search(self, q: str, *, limit: int = 50,
               timeout_s: float = SEARCH_TIMEOUT_S) -> list[dict]:
        """Full-text search over report titles and texts (see `search_ranked`)."""
        return self.search_ranked(q, limit=limit, timeout_s=timeout_s)[0]

    def search_ranked(self, q: str, *, limit: int = 50,
                      timeout_s: float = SEARCH_TIMEOUT_S) -> tuple[list[dict], bool]:
        """Full-text search over report titles and texts: (hits, ranked). The query is
        plain words (see `fts_terms`): every report holding all of them matches; FTS5
        operators are searched as words. Matches in the snippet are wrapped in [ and ].
        Older versions of a story (`versions`) are not searched.

        Hits come best first (ranked) unless ranking every match takes over half of
        `timeout_s` (words found in most of a large store): then the newest matching
        reports come, unranked, which costs only `limit` rows. A search still running at
        `timeout_s` is stopped with QueryTimeoutError."""
        if not 0 <= limit <= SQLITE_MAX_INT:  # SQLite's LIMIT: -1 is none, over 2**63 raises
            raise UsageError(f"limit must be 0 to {SQLITE_MAX_INT:,}, not {limit!r:.40}")
        terms = fts_terms(q)
        if not terms:
            return [], True
        sql = (
            "SELECT d.doc_id, d.title, d.outlet, d.published,"
            " snippet(documents_fts, -1, '[', ']', '…', 16) AS snippet"
            " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
            " WHERE documents_fts MATCH ? AND d.superseded_by IS NULL"
            " ORDER BY {order} LIMIT ?"
        )
        params = [" ".join(terms), limit]
        start = time.monotonic()
        with self._lock:
            try:
                with self._deadline(timeout_s * _RANKING_SHARE, timeout_s):
                    return self._query(sql.format(order="rank"), params), True
            except QueryTimeoutError:
                pass
            remaining = max(0.0, timeout_s - (time.monotonic() - start))
            with self._deadline(remaining, timeout_s):
                return self._query(sql.format(order="documents_fts.rowid DESC"), params), False

    @contextmanager
    def _deadline(self, seconds: float, limit_s: float) -> Iterator[None]:
        """Interrupt any statement of this connection still running after `seconds`
        (QueryTimeoutError, naming the search's time limit `limit_s`)."""
        stop = time.monotonic() + seconds
        expired = False

        def check() -> int:
            nonlocal expired
            expired = time.monotonic() > stop
            return int(expired)

        self._conn.set_progress_handler(check, _PROGRESS_STEPS)
        try:
            yield
        except StoreError as exc:
            if expired:
                raise QueryTimeoutError(
                    f"the search took longer than {limit_s:g} s and was stopped; use fewer or"
                    " rarer words", path=self.path) from exc
            raise
        finally:
            self._conn.set_progress_handler(None, 0)


def fts_terms(q: str) -> list[str]:
    """A user's search as FTS5 phrases: control characters dropped, split on spaces, each
    word quoted (so AND, NEAR(, * and quotes are plain text), words without a letter or
    digit dropped, at most MAX_SEARCH_TERMS words of MAX_TERM_CHARS characters, repeats
    once."""
    clean = "".join(_CLEAN.get(unicodedata.category(c), c) for c in q or "")
    terms: list[str] = []
    for word in clean.split():
        word = word[:MAX_TERM_CHARS]
        if not any(c.isalnum() for c in word):
            continue
        phrase = '"' + word.replace('"', '""') + '"'
        if phrase not in terms:
            terms.append(phrase)
        if len(terms) == MAX_SEARCH_TERMS:
            break
    return terms


# Control characters and line breaks separate words; format, surrogate, private-use and
# unassigned code points are removed.
_CLEAN = {"Cc": " ", "Zl": " ", "Zp": " ", "Cf": "", "Cs": "", "Co": "", "Cn": ""}
