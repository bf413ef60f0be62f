"""Typed records used inside eventdesk; dicts exist only at the JSON/CSV/SQL boundary."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field

# ACLED's column names first, then eventdesk's own provenance columns.
ACLED_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "country", "admin1", "admin2", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
)
EVENTDESK_COLUMNS = (
    "fatalities_text", "claimed_by", "evidence", "evidence_start", "evidence_end",
    "framing", "doc_id", "geonameid",
)
COLUMNS = ACLED_COLUMNS + EVENTDESK_COLUMNS


@dataclass(slots=True)
class Document:
    """One news report as read from a file, a JSONL line or stdin."""

    text: str
    doc_id: str
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    source_path: str | None = None

    @property
    def content_hash(self) -> str:
        """Stable identity of the report's content, used to make loads idempotent."""
        key = "\x1f".join(
            [self.text, self.published.isoformat() if self.published else "",
             self.outlet or "", self.url or "", self.title or ""]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Place:
    """A resolved place. Coordinates are None when nothing better than the country is known."""

    country: str | None
    country_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None


@dataclass(slots=True)
class Actor:
    """A normalised actor with its ACLED inter code and the words the report used for it."""

    name: str
    inter: int
    country: str | None = None
    framing: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """One coded event: an ACLED row plus the evidence it rests on."""

    event_type: str
    sub_event_type: str
    doc_id: str
    evidence: str
    evidence_start: int
    evidence_end: int
    event_id: str | None = None
    event_date: dt.date | None = None
    time_precision: int | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int = 0
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    notes: str | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    claimed_by: str | None = None
    framing: dict[str, list[str]] = field(default_factory=dict)
    geonameid: int | None = None  # the GeoNames place of `location`, when the index has it

    @property
    def interaction(self) -> int | None:
        """ACLED's interaction code: the two inter codes, lower first (10 when alone)."""
        if self.inter1 is None:
            return None
        low, high = sorted((self.inter1, self.inter2 or 0))
        return int(f"{high}{low}") if low == 0 else int(f"{low}{high}")

    @property
    def is_placed(self) -> bool:
        """True when the event is placed better than its country."""
        return self.latitude is not None or self.admin1 is not None

    def to_dict(self) -> dict:
        """The record under ACLED + eventdesk column names, JSON-ready."""
        out = {}
        for name in COLUMNS:
            value = getattr(self, name)
            if isinstance(value, dt.date):
                value = value.isoformat()
            out[name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Event:
        """Inverse of `to_dict`; unknown keys are ignored."""
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        if isinstance(kwargs.get("event_date"), str):
            kwargs["event_date"] = dt.date.fromisoformat(kwargs["event_date"])
        kwargs.setdefault("framing", {})
        kwargs["framing"] = kwargs["framing"] or {}
        return cls(**kwargs)
