"""Checks a document and its events against what the store can hold, before anything is
inserted: a bad value then fails its own document with a message naming the field (error
E009), instead of an OverflowError or a constraint error that would abort the batch.

Values are normalised where a documented rule says how (a datetime is kept as its date; a
toll above the `max_fatalities` setting is kept as text only, as the pipeline does); anything
else out of bounds raises RecordError.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import math

from eventdesk import settings
from eventdesk.errors import RecordError
from eventdesk.records import Document, Event

PRECISIONS = (1, 2, 3)
INTER_CODES = range(0, 9)
_TEXT_FIELDS = ("event_type", "sub_event_type", "doc_id", "evidence")
_OPTIONAL_TEXT = (
    "event_id", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1",
    "admin2", "location", "source", "notes", "fatalities_text", "claimed_by",
)


def document_id_for(document: Document) -> str:
    """The doc_id to store: the document's own, or one derived from its content when it has
    none (an empty doc_id is never replaced by a placeholder shared by many reports)."""
    doc_id = document.doc_id if isinstance(document.doc_id, str) else ""
    if doc_id.strip():
        return doc_id
    return "sha256:" + hashlib.sha256(document.text.encode("utf-8", "replace")).hexdigest()[:16]


def check_document(document: Document) -> Document:
    """The document as the store keeps it; RecordError when it cannot be stored."""
    if not isinstance(document, Document):
        raise RecordError(f"not a Document but {type(document).__name__}")
    if not isinstance(document.text, str) or not document.text.strip():
        raise RecordError("the text is empty")
    _unicode("text", document.text)
    for name in ("outlet", "url", "title", "source_path"):
        _optional_text(name, getattr(document, name))
    if document.doc_id is not None and not isinstance(document.doc_id, str):
        raise RecordError(f"doc_id must be a string, not {type(document.doc_id).__name__}")
    _unicode("doc_id", document.doc_id or "")
    published = _date("published", document.published)
    doc_id = document_id_for(document)
    if published is document.published and doc_id == document.doc_id:
        return document
    return dataclasses.replace(document, published=published, doc_id=doc_id)


def check_event(event: Event, document: Document, index: int) -> Event:
    """The event as the store keeps it (its doc_id is its document's); RecordError naming
    the event and field when a value cannot be stored."""
    where = f"event {index + 1}"
    if not isinstance(event, Event):
        raise RecordError(f"{where}: not an Event but {type(event).__name__}")
    try:
        for name in _TEXT_FIELDS:
            value = getattr(event, name)
            if not isinstance(value, str) or (name != "doc_id" and not value.strip()):
                raise RecordError(f"{name} must be a non-empty string, not {value!r:.40}")
            _unicode(name, value)
        for name in _OPTIONAL_TEXT:
            _optional_text(name, getattr(event, name))
        start, end = event.evidence_start, event.evidence_end
        _int("evidence_start", start, 0, len(document.text))
        _int("evidence_end", end, start, len(document.text))
        changes: dict = {"doc_id": document.doc_id}
        changes["event_date"] = _date("event_date", event.event_date)
        for name in ("time_precision", "geo_precision"):
            value = getattr(event, name)
            if value is not None and (_is_bool(value) or value not in PRECISIONS):
                raise RecordError(f"{name} must be 1, 2 or 3, not {value!r:.40}")
        if changes["event_date"] is None:
            changes["time_precision"] = None  # a precision says nothing without a date
        for name in ("inter1", "inter2"):
            value = getattr(event, name)
            if value is not None and (_is_bool(value) or value not in INTER_CODES):
                raise RecordError(f"{name} must be an ACLED inter code 0-8, not {value!r:.40}")
        _coordinate("latitude", event.latitude, 90)
        _coordinate("longitude", event.longitude, 180)
        if (event.latitude is None) != (event.longitude is None):
            raise RecordError("latitude and longitude must be given together")
        if event.fatalities is not None:
            if _is_bool(event.fatalities) or not isinstance(event.fatalities, int):
                raise RecordError(
                    f"fatalities must be a whole number, not {event.fatalities!r:.40}")
            if event.fatalities < 0:
                raise RecordError(f"fatalities cannot be negative ({event.fatalities})")
            if event.fatalities > settings.max_fatalities():  # 18 digits at most: < 2**63
                changes["fatalities"] = None
                changes["fatalities_text"] = event.fatalities_text or _digits(event.fatalities)
        _framing(event.framing)
    except RecordError as exc:
        raise RecordError(f"{where}: {exc}") from None
    return dataclasses.replace(event, **changes)


def _is_bool(value) -> bool:
    return isinstance(value, bool)


def _digits(value: int) -> str:
    text = str(value) if value < 10**60 else f"{str(value)[:20]}… ({len(str(value))} digits)"
    return text


def _unicode(name: str, value: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordError(f"{name} is not valid Unicode (a lone surrogate at {exc.start})"
                          ) from None


def _optional_text(name: str, value) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise RecordError(f"{name} must be a string, not {type(value).__name__}")
    _unicode(name, value)


def _int(name: str, value, low: int, high: int) -> None:
    if _is_bool(value) or not isinstance(value, int) or not low <= value <= high:
        raise RecordError(f"{name} must be a whole number from {low} to {high}, not "
                          f"{value!r:.40}")


def _date(name: str, value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise RecordError(f"{name} must be a date, not {type(value).__name__}")


def _coordinate(name: str, value, bound: float) -> None:
    if value is None:
        return
    if _is_bool(value) or not isinstance(value, int | float) or not math.isfinite(value) \
            or not -bound <= value <= bound:
        raise RecordError(f"{name} must be a number from {-bound} to {bound}, not "
                          f"{value!r:.40}")


def _framing(framing) -> None:
    if framing is None:
        return
    if not isinstance(framing, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
        for k, v in framing.items()
    ):
        raise RecordError("framing must map actor names to lists of words")
    try:
        json.dumps(framing, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise RecordError("framing is not valid Unicode") from None


__all__ = ["check_document", "check_event", "document_id_for"]
