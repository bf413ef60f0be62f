"""The event store: reports, their events and corroboration clusters in SQLite."""

from __future__ import annotations

from eventdesk.store.schema import SCHEMA_VERSION
from eventdesk.store.store import AddResult, ClusterFilter, Failure, IngestReport, Store

__all__ = ["SCHEMA_VERSION", "AddResult", "ClusterFilter", "Failure", "IngestReport", "Store"]
