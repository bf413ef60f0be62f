"""Typed records used inside eventdesk; dicts exist only at the JSON/CSV/SQL boundary."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field

from eventdesk import settings
from eventdesk.coding.typology import EVENT_TYPES, may_face_itself

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

    def to_dict(self) -> dict:
        """The document under its field names, JSON-ready (the published date as ISO)."""
        out = dataclasses.asdict(self)
        out["published"] = self.published.isoformat() if self.published else None
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Document:
        """Inverse of `to_dict`."""
        published = data.get("published")
        return cls(**dict(data, published=dt.date.fromisoformat(published) if published
                          else None))


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


# ACLED writes a place inside a town as the town, " - " and the part ("Aleppo - al-Rashedin",
# GUIDELINES "City - District"), so that a quarter's events stay one place with its town's
# and a reader sees which town holds it; hyphens inside a name ("Deir ez-Zor") are no parts.
# The pieces are returned as written: locations are joined from names already trimmed.
PART_SEPARATOR = " - "


def town_of(location: str | None) -> str:
    """The town a location is written in: "Aleppo" of "Aleppo - al-Rashedin", the whole
    location when it has no part, "" for none."""
    return (location or "").partition(PART_SEPARATOR)[0]


def part_of(location: str | None) -> str:
    """What is written inside the town: "al-Rashedin" of "Aleppo - al-Rashedin", "B - C" of
    "A - B - C"; "" when it has no part."""
    return (location or "").partition(PART_SEPARATOR)[2]


def local_name_of(location: str | None) -> str:
    """The most local name written: the last part ("C" of "A - B - C"), the whole location
    when it has no part."""
    return (location or "").rpartition(PART_SEPARATOR)[2]


def join_parts(town: str, part: str) -> str:
    """The location of `part` inside `town`: "Aleppo - al-Rashedin"."""
    return f"{town}{PART_SEPARATOR}{part}"


def is_city_part(place: Place | None) -> bool:
    """A place written as a part of its city ("Aleppo - al-Sakhour"); not geo's
    `is_district`, a second-level division."""
    return place is not None and PART_SEPARATOR in (place.location or "")


@dataclass(slots=True)
class Actor:
    """A normalised actor with its ACLED inter code and the words the report used for it."""

    name: str
    inter: int
    country: str | None = None
    framing: list[str] = field(default_factory=list)

    # ACLED's names for sides a report does not name, read by merging and sides alike
    @property
    def unnamed(self) -> bool:
        """A side the report does not name ("Unidentified Armed Group (Mali)", "Unidentified
        Communal Militia (Nigeria)"): it may be any named side told elsewhere."""
        return self.name.startswith("Unidentified")

    @property
    def armed_men(self) -> bool:
        """ACLED's catch-all for unnamed armed men, "Unidentified Armed Group (X)"."""
        return self.name.startswith("Unidentified Armed Group")

    @property
    def civilians(self) -> bool:
        """Those harmed who fight for no side, "Civilians (X)"."""
        return self.name.startswith("Civilians")


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
        """Inverse of `to_dict`, and of the export rows of `io.export_row`; unknown keys
        are ignored."""
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        if "fatalities_reported" in data:  # an export row: `fatalities` is 0 for "no number"
            kwargs["fatalities"] = data["fatalities_reported"]
        if kwargs.get("inter1") == 0 and not kwargs.get("actor1"):
            kwargs["inter1"] = None  # an export row's 0 for "no actor"
        if isinstance(kwargs.get("event_date"), str):
            kwargs["event_date"] = dt.date.fromisoformat(kwargs["event_date"])
        kwargs.setdefault("framing", {})
        kwargs["framing"] = kwargs["framing"] or {}
        return cls(**kwargs)


def event_problems(event: Event, text: str, *, max_fatalities: int | None = None) -> list[str]:
    """The record invariants `event` breaks against its report's `text` (empty when sound):
    evidence is the text at its offsets, ACLED types, coordinates on the globe, a toll within
    the ceiling, precisions only with what they qualify, no actor (but ACLED's unnamed
    collectives) on both sides. Used by tests, bench/fuzz.py and
    anything that must check a record before keeping it."""
    problems = []
    start, end = event.evidence_start, event.evidence_end
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
            and text[start:end] == event.evidence):
        problems.append(f"evidence is not text[{start}:{end}]")
    if event.sub_event_type not in EVENT_TYPES.get(event.event_type, ()):
        problems.append(f"type {event.event_type!r} / {event.sub_event_type!r} is not ACLED's")
    if (event.latitude is None) != (event.longitude is None):
        problems.append("only one of latitude and longitude")
    if event.latitude is not None and not -90 <= event.latitude <= 90:
        problems.append(f"latitude {event.latitude} out of range")
    if event.longitude is not None and not -180 <= event.longitude <= 180:
        problems.append(f"longitude {event.longitude} out of range")
    if event.fatalities is not None:
        ceiling = max_fatalities if max_fatalities is not None else settings.max_fatalities()
        if isinstance(event.fatalities, bool) or not 0 <= event.fatalities <= ceiling:
            problems.append(f"fatalities {event.fatalities} outside 0..{ceiling}")
    if event.time_precision is not None and (
            event.event_date is None or event.time_precision not in (1, 2, 3)):
        problems.append(f"time_precision {event.time_precision} with date {event.event_date}")
    if event.geo_precision is not None and (
            event.geo_precision not in (1, 2, 3) or not event.is_placed):
        problems.append(f"geo_precision {event.geo_precision} without coordinates or admin1")
    if event.actor1 and event.actor1 in (event.actor2, event.assoc_actor_2) \
            and not may_face_itself(event.actor1):
        problems.append(f"{event.actor1} on both sides")
    return problems


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """Why one document could not be coded: its id, the error code and a one-line cause."""

    doc_id: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.doc_id}: [{self.code}] {self.message}"


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One document's outcome: its events, or the failure that stopped it (events empty).

    Unpacks as `(document, events)`, so `for doc, events in pipeline.pipe(...)` still works."""

    document: Document
    events: list[Event]
    failure: DocumentFailure | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None

    def __iter__(self):
        return iter((self.document, self.events))
