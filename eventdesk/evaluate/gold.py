"""Gold files (GUIDELINES.md): reading a gold JSONL file into GoldDocuments, each field checked
so that a malformed file is refused with its line and field named, never a traceback. The
field checks shared with prediction files (dates, coordinates) live here too.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from eventdesk.coding.typology import EVENT_TYPES, near_names
from eventdesk.errors import GoldFormatError
from eventdesk.io import json_loads

# Says that field `name` is wrong and why: GoldFormatError, with the line where it is.
Fail = Callable[[str, str], NoReturn]


@dataclass(slots=True)
class GoldEvent:
    """One gold event as GUIDELINES.md defines it."""

    event_type: str
    sub_event_type: str
    evidence: str
    event_date: dt.date | None = None
    time_precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    inter2: int = 0
    fatalities: int | None = None
    claimed_by: str | None = None
    optional: bool = False


@dataclass(slots=True)
class GoldDocument:
    """One gold report: the text the pipeline reads and the events it should find."""

    doc_id: str
    text: str
    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    events: list[GoldEvent] = field(default_factory=list)


_REQUIRED_EVENT = {"event_type": str, "sub_event_type": str, "evidence": str}
_OPTIONAL_EVENT = {
    "country": str, "admin1": str, "location": str, "actor1": str, "actor2": str,
    "claimed_by": str,
}


def read_text(path: Path, *, what: str) -> str:
    """A gold or prediction file's text; GoldFormatError says why it cannot be read."""
    from eventdesk.bounded import TooLong, read_bytes

    try:  # a byte order mark, as Windows editors save: UTF-8's, or UTF-16's ('Unicode')
        data = read_bytes(path)
        return data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig")
    except TooLong as exc:
        raise GoldFormatError(str(exc), path=str(path)) from None
    except FileNotFoundError as exc:
        raise GoldFormatError(f"no such {what} file", path=str(path)) from exc
    except UnicodeDecodeError as exc:
        codec = "UTF-16" if exc.encoding.startswith("utf-16") else "UTF-8"
        raise GoldFormatError(f"not {codec} text (byte {exc.start})", path=str(path)) from exc
    except OSError as exc:
        raise GoldFormatError(f"cannot read: {exc.strerror}", path=str(path)) from exc


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read and validate a gold JSONL file; GoldFormatError names file, line and field."""
    path = Path(path)
    raw = read_text(path, what="gold")
    docs: list[GoldDocument] = []
    seen: set[str] = set()
    for lineno, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            data = json_loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"line {lineno}: not JSON ({exc.msg})", path=str(path)) from exc
        if not isinstance(data, dict):
            raise GoldFormatError(f"line {lineno}: not a JSON object", path=str(path))
        doc = _gold_document(data, where)
        if doc.doc_id in seen:
            raise GoldFormatError(f"{where}: doc_id {doc.doc_id!r} appears twice")
        seen.add(doc.doc_id)
        docs.append(doc)
    if not docs:
        raise GoldFormatError("the gold file holds no reports", path=str(path))
    return docs


def _fail(where: str, name: str, message: str) -> NoReturn:
    raise GoldFormatError(f"{where}: field {name!r} {message}")


def _failing(where: str) -> Fail:
    return lambda name, message: _fail(where, name, message)


def _gold_document(data: dict, where: str) -> GoldDocument:
    doc_id = data.get("doc_id", data.get("id"))
    if not isinstance(doc_id, str) or not doc_id:
        _fail(where, "doc_id", "must be a non-empty string")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        _fail(where, "text", "must be a non-empty string")
    published = read_date(data.get("published"), "published", _failing(where))
    for name in ("outlet", "title", "url"):
        if data.get(name) is not None and not isinstance(data[name], str):
            _fail(where, name, "must be a string or null")
    events = data.get("events")
    if not isinstance(events, list):
        _fail(where, "events", "must be a list")
    gold = [_gold_event(ev, f"{where} event {i + 1}", text) for i, ev in enumerate(events)]
    return GoldDocument(doc_id=doc_id, text=text, published=published,
                        outlet=data.get("outlet"), title=data.get("title"),
                        url=data.get("url"), events=gold)


def read_date(value, name: str, fail: Fail) -> dt.date | None:
    """A date field of a gold or prediction file: YYYY-MM-DD, or None."""
    if value is None:
        return None
    if not isinstance(value, str):
        fail(name, "must be a YYYY-MM-DD string or null")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(name, f"must be a YYYY-MM-DD date, not {value!r}")


def read_coordinates(data: dict, fail: Fail) -> tuple[float | None, float | None]:
    """Latitude and longitude of a gold or prediction event, each a number in range or None."""
    coords = []
    for name, limit in (("latitude", 90), ("longitude", 180)):
        value = data.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)
                                  or not -limit <= value <= limit):
            fail(name, f"must be a number within ±{limit} or null")
        coords.append(value)
    return coords[0], coords[1]


def _int_field(data: dict, name: str, where: str, allowed: range) -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(where, name, f"must be an integer, not {value!r}")
    if value not in allowed:
        _fail(where, name, f"must be {allowed.start}–{allowed.stop - 1}, not {value}")
    return value


def _meant(value: str, names) -> str:
    """' (did you mean ...?)' when ACLED's names hold what `value` may mean (a case slip)."""
    near = near_names(value, names)
    return f" (did you mean {' or '.join(map(repr, near))}?)" if near else ""


def _gold_event(data, where: str, text: str) -> GoldEvent:
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: not a JSON object")
    for name, kind in _REQUIRED_EVENT.items():
        if not isinstance(data.get(name), kind) or not data[name]:
            _fail(where, name, "must be a non-empty string")
    for name, kind in _OPTIONAL_EVENT.items():
        if data.get(name) is not None and not isinstance(data[name], kind):
            _fail(where, name, "must be a string or null")
    event_type, sub_type = data["event_type"], data["sub_event_type"]
    if event_type not in EVENT_TYPES:
        _fail(where, "event_type", f"is not one of the six event types: {event_type!r}"
              + _meant(event_type, EVENT_TYPES))
    if sub_type not in EVENT_TYPES[event_type]:
        _fail(where, "sub_event_type", f"{sub_type!r} is not a sub-type of {event_type!r}"
              + _meant(sub_type, EVENT_TYPES[event_type]))
    if data["evidence"] not in text:
        _fail(where, "evidence", "is not a substring of the report's text")
    latitude, longitude = read_coordinates(data, _failing(where))
    if (latitude is None) != (longitude is None):
        _fail(where, "latitude", "and 'longitude' must both be given or both be null")
    optional = data.get("optional", False)
    if not isinstance(optional, bool):
        _fail(where, "optional", "must be true or false")
    return GoldEvent(
        event_type=event_type, sub_event_type=sub_type, evidence=data["evidence"],
        event_date=read_date(data.get("event_date"), "event_date", _failing(where)),
        time_precision=_int_field(data, "time_precision", where, range(1, 4)),
        country=data.get("country"), admin1=data.get("admin1"), location=data.get("location"),
        latitude=latitude, longitude=longitude,
        geo_precision=_int_field(data, "geo_precision", where, range(1, 4)),
        actor1=data.get("actor1"), inter1=_int_field(data, "inter1", where, range(1, 9)),
        actor2=data.get("actor2"), inter2=_int_field(data, "inter2", where, range(0, 9)) or 0,
        fatalities=_int_field(data, "fatalities", where, range(0, 10**7)),
        claimed_by=data.get("claimed_by"), optional=optional,
    )

