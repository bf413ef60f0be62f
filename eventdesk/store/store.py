"""The SQLite event store: documents, their coded events, and the clusters that join
reports of one real-world event. See docs/SCHEMA.md for the tables.

`Store` is put together from one class per concern, each in its module:
`connection` (opening, transactions), `clustering` (keeping clusters right), `writing`
(storing a document, idempotent), `versions` (a story's older versions set aside),
`ingesting` (batches, failures; `extraction` runs the pipeline), `queries` (reading) and
`search` (full text); `filters` holds `ClusterFilter`."""

from __future__ import annotations

from eventdesk.store.filters import ClusterFilter, iso_date, region_key, stored_country
from eventdesk.store.ingesting import Failure, Ingester, IngestReport
from eventdesk.store.queries import StoreQueries
from eventdesk.store.search import (
    MAX_SEARCH_TERMS,
    MAX_TERM_CHARS,
    SEARCH_TIMEOUT_S,
    StoreSearch,
    fts_terms,
)
from eventdesk.store.writing import AddResult


class Store(Ingester, StoreQueries, StoreSearch):
    """An open event store. Use `Store.open`; safe to share between threads."""


__all__ = ["MAX_SEARCH_TERMS", "MAX_TERM_CHARS", "SEARCH_TIMEOUT_S", "AddResult",
           "ClusterFilter", "Failure", "IngestReport", "Store", "fts_terms", "iso_date",
           "region_key", "stored_country"]
