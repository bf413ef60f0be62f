"""The SQLite event store: documents, their coded events, and the clusters that join
reports of one real-world event. See docs/SCHEMA.md for the tables."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import itertools
import json
import re
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from eventdesk import settings
from eventdesk.coding.typology import INTERACTIONS
from eventdesk.errors import (
    EventdeskError,
    InternalError,
    QueryTimeoutError,
    StoreError,
    UsageError,
)
from eventdesk.errors import one_line as _one_line
from eventdesk.geo.build import strip_region_word
from eventdesk.geo.countries import country_name, country_of
from eventdesk.geo.normalize import name_key
from eventdesk.records import COLUMNS, Document, DocumentFailure, Event
from eventdesk.store import corroborate
from eventdesk.store.corroborate import Member
from eventdesk.store.schema import SCHEMA_VERSION, check, migrate
from eventdesk.store.validate import check_document, check_event
from eventdesk.store.search import MAX_SEARCH_TERMS, MAX_TERM_CHARS, SEARCH_TIMEOUT_S, _RANKING_SHARE, _PROGRESS_STEPS, fts_terms, _CLEAN, StoreSearch  # noqa: F401, E501
from eventdesk.store.queries import MAX_POSSIBLE_MATCHES, _unix_time, StoreQueries  # noqa: F401, E501
from eventdesk.store.ingesting import INTERNAL_ERROR_CODE, _MAX_CAUSE, Failure, error_code, one_line, _fails_alone, IngestReport, _safe_text, _safe_hash, Ingester  # noqa: F401, E501
from eventdesk.store.extraction import _PipelineFailure, _result_outcome, _key, _outcome, _SOLO_RETRIES, _extract_isolated  # noqa: F401, E501
from eventdesk.store.writing import _EVENT_INSERT, AddResult, DocumentWriter  # noqa: F401, E501
from eventdesk.store.clustering import _MEMBER_SELECT, _CLUSTER_FIELDS, _CLUSTER_INSERT, REGION_LIMIT, _date, _member, ClusterMaintenance  # noqa: F401, E501
from eventdesk.store.connection import _MAX_IN, _norm, _now, _in_chunks, StoreConnection  # noqa: F401, E501
from eventdesk.store.filters import region_key, stored_country, _ISO_DATE, iso_date, SQLITE_MAX_INT, _FILTER_TEXTS, _is_unicode, _utc, _as_date, ClusterFilter  # noqa: F401, E501


class Store(Ingester, StoreQueries, StoreSearch):
    """An open event store. Use `Store.open`; safe to share between threads."""

    # -- writing -----------------------------------------------------------------------

    # -- reading -----------------------------------------------------------------------





__all__ = ["AddResult", "ClusterFilter", "Failure", "IngestReport", "Store"]
