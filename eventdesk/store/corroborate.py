"""Corroboration rules: when two reported events are one real-world event, and what a
cluster of them says (sources, fatality range, contradictions).

Pure functions over `Member` records so the rules can be tested without a database; the
store fetches candidates by index and calls `compatible` / `summarise`.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from eventdesk.distance import haversine_km

MAX_KM = 25.0
KM_PER_DEGREE = 110.0  # a little under the true 111.2: the box errs on the large side

# Battles sub-event types as outcomes for the territory: two sources that disagree on the
# outcome contradict each other (the state says the assault was repelled, rebels say taken).
OUTCOMES = {
    "Non-state actor overtakes territory": "taken by non-state actor",
    "Government regains territory": "retaken by government",
    "Armed clash": "no change of control",
}

_DENIAL = re.compile(
    r"\b(denied|denies|deny|denying|denial|refuted|refutes|fabricated|baseless|untrue|"
    r"false (?:claims?|reports?)|no truth)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s+|$)")
_UNIDENTIFIED = re.compile(r"^(unidentified|unknown)\b")


@dataclass(slots=True)
class Member:
    """One stored event as corroboration sees it."""

    id: int
    document_id: int
    event_type: str
    sub_event_type: str
    event_date: dt.date | None = None
    time_precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    claimed_by: str | None = None
    outlet: str | None = None
    url: str | None = None
    denial: str | None = None

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None




@functools.lru_cache(maxsize=8192)
def _norm(text: str | None) -> str:
    return " ".join(text.casefold().split()) if text else ""


@functools.lru_cache(maxsize=8192)
def actor_key(name: str | None) -> str | None:
    """Normalised actor name; None for a missing or unidentified actor (it matches anyone)."""
    key = _norm(name)
    if not key or _UNIDENTIFIED.match(key):
        return None
    return key


def dates_compatible(a: Member, b: Member) -> bool:
    """Dates agree given the coarser precision: 1 → ±1 day, 2 → ±7 days, 3 → same month.

    A missing date is unknown and agrees with any date (as in the scorer of GUIDELINES.md).
    """
    if a.event_date is None or b.event_date is None:
        return True
    precision = max(a.time_precision or 1, b.time_precision or 1)
    if precision >= 3:
        return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)
    limit = 1 if precision == 1 else 7
    return abs((a.event_date - b.event_date).days) <= limit


def places_compatible(a: Member, b: Member) -> bool:
    """Within 25 km when both have coordinates; otherwise the same country, admin1 and
    location string. Events known only to their country never merge: nothing says where."""
    if a.has_coordinates and b.has_coordinates:
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= MAX_KM
    if not (a.admin1 or a.location) or not (b.admin1 or b.location):
        return False
    return (_norm(a.country), _norm(a.admin1), _norm(a.location)) == (
        _norm(b.country), _norm(b.admin1), _norm(b.location))


@functools.lru_cache(maxsize=8192)
def _unknown(name: str | None) -> bool:
    return bool(name) and _UNIDENTIFIED.match(_norm(name)) is not None


def actors_compatible(a: Member, b: Member) -> bool:
    """Normalised actor sets overlap, or either report leaves a side unknown (no actor named
    at all, or an "Unidentified …" group that may be the other report's named actor)."""
    sa = {k for k in (actor_key(a.actor1), actor_key(a.actor2)) if k}
    sb = {k for k in (actor_key(b.actor1), actor_key(b.actor2)) if k}
    if not sa or not sb or sa & sb:
        return True
    return any(_unknown(n) for n in (a.actor1, a.actor2, b.actor1, b.actor2))


def compatible(a: Member, b: Member) -> bool:
    """Whether two events from different documents can be the same real-world event."""
    return (
        a.document_id != b.document_id
        and _norm(a.event_type) == _norm(b.event_type)
        and dates_compatible(a, b)
        and places_compatible(a, b)
        and actors_compatible(a, b)
    )


def match_score(new: Member, members: Sequence[Member]) -> float | None:
    """How well `new` fits a cluster (lower is better), or None when it is incompatible with
    any member. Complete linkage: every member must agree, so chains of near-misses never
    grow one cluster across a week or a province."""
    total = 0.0
    for m in members:
        if not compatible(new, m):
            return None
        if new.has_coordinates and m.has_coordinates:
            total += haversine_km(new.latitude, new.longitude, m.latitude, m.longitude) / MAX_KM
        if new.event_date and m.event_date:
            total += abs((new.event_date - m.event_date).days)
        total += 0.0 if new.sub_event_type == m.sub_event_type else 0.5
    return total / len(members)


def date_ranges(
    event_date: dt.date | None, time_precision: int | None
) -> list[tuple[str, str, bool]] | None:
    """ISO date ranges holding every date compatible with this one, for the index queries:
    (first, last, month_precision_only). None when the date is unknown (any date fits).

    A day- or week-precise date fits dates within 7 days, and month-precise dates of its
    month; a month-precise date fits anything in its month."""
    if event_date is None:
        return None
    first = event_date.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if (time_precision or 1) >= 3:
        return [(first.isoformat(), last.isoformat(), False)]
    week = dt.timedelta(days=7)
    return [((event_date - week).isoformat(), (event_date + week).isoformat(), False),
            (first.isoformat(), last.isoformat(), True)]


def bounding_box(lat: float, lon: float) -> tuple[float, float, float, float]:
    """(lat_lo, lat_hi, lon_lo, lon_hi) enclosing the 25 km circle around a point."""
    dlat = MAX_KM / KM_PER_DEGREE
    # Parallels converge towards the poles: size the longitude span at the box's polar edge.
    dlon = dlat / max(math.cos(math.radians(min(abs(lat) + dlat, 89.9))), 0.001)
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def outlet_key(outlet: str | None, url: str | None, document_id: int) -> str:
    """Identity of an independent source: the outlet name, else the URL's host, else the
    document itself (an unnamed source is counted once per report)."""
    name = _norm(outlet)
    if name.startswith("the "):
        name = name[4:]
    if name:
        return f"outlet:{name}"
    host = (urlsplit(url).hostname or "") if url else ""
    if host:
        return f"host:{host.removeprefix('www.')}"
    return f"doc:{document_id}"


def find_denial(text: str, start: int, end: int) -> str | None:
    """The sentence, within the evidence's sentence and the one after it, that denies the
    claim ("the army denied…"), trimmed; None when there is none."""
    begin = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stop = end
    for _ in range(2):
        found = _SENTENCE_END.search(text, stop)
        if not found:
            stop = len(text)
            break
        stop = found.end()
    passage = text[begin:stop]
    hit = _DENIAL.search(passage)
    if not hit:
        return None
    s_begin = max(passage.rfind(".", 0, hit.start()), passage.rfind("\n", 0, hit.start())) + 1
    found = _SENTENCE_END.search(passage, hit.end())
    sentence = " ".join(passage[s_begin:found.end() if found else len(passage)].split())
    return sentence if len(sentence) <= 120 else sentence[:117] + "…"


def _name(m: Member) -> str:
    return m.outlet or (urlsplit(m.url).hostname if m.url else None) or f"report {m.document_id}"


def _label(m: Member) -> str:
    name = _name(m)
    if m.claimed_by and _norm(m.claimed_by) != _norm(name):
        return f"{name}, per {m.claimed_by}"
    return name


def _group(members: Sequence[Member], key) -> dict:
    groups: dict = {}
    for m in members:
        groups.setdefault(key(m), []).append(m)
    return groups


def _describe(groups: dict, fmt) -> str:
    parts = []
    for value, ms in groups.items():
        labels = list(dict.fromkeys(_label(m) for m in ms))
        shown = "; ".join(labels[:3]) + (f" +{len(labels) - 3}" if len(labels) > 3 else "")
        parts.append(f"{fmt(value)} ({shown})")
    return " vs ".join(parts)


def contradictions(members: Sequence[Member]) -> list[str]:
    """What the sources disagree on, as short sentences. Detected from stored fields only:
    different outcomes of a battle (taken / retaken / no change of control), otherwise
    different sub-event types; different fatality counts; and a denial in the words around
    a report's evidence ("…, but the army denied the claim"), quoted."""
    out = []
    subs = _group(members, lambda m: m.sub_event_type)
    if len(subs) > 1:
        if all(s in OUTCOMES for s in subs):
            out.append("outcome disputed: " + _describe(subs, lambda s: OUTCOMES[s]))
        else:
            out.append("sub-event type differs: " + _describe(subs, str))
    counts = _group(
        sorted((m for m in members if m.fatalities is not None), key=lambda m: m.fatalities),
        lambda m: m.fatalities,
    )
    if len(counts) > 1:
        out.append("fatalities differ: " + _describe(counts, str))
    for m in members:
        if m.denial:
            out.append(f"denial reported by {_name(m)}: {m.denial}")
    return out


def representative(members: Sequence[Member]) -> Member:
    """The most precisely placed and dated report stands for the cluster."""
    return min(
        members,
        key=lambda m: (
            not m.has_coordinates,
            m.geo_precision or 9,
            m.event_date is None,
            m.time_precision or 9,
            m.id,
        ),
    )


def _mode(values: list, preferred):
    """The most frequent non-None value; ties go to `preferred`, then to the earliest."""
    counts: dict = {}
    for v in values:
        if v is not None:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    if counts.get(preferred) == best:
        return preferred
    return next(v for v in values if counts.get(v) == best)


def summarise(members: Sequence[Member]) -> dict:
    """The clusters-table row (without id and updated_at) for a set of members."""
    rep = representative(members) if len(members) > 1 else members[0]
    fatalities = [m.fatalities for m in members if m.fatalities is not None]
    actors = sorted({k for m in members for k in (_norm(m.actor1), _norm(m.actor2)) if k})
    return {
        "event_type": rep.event_type,
        "sub_event_type": _mode([m.sub_event_type for m in members], rep.sub_event_type),
        "event_date": rep.event_date.isoformat() if rep.event_date else None,
        "time_precision": rep.time_precision,
        "country": rep.country,
        "admin1": rep.admin1,
        "location": rep.location,
        "latitude": rep.latitude,
        "longitude": rep.longitude,
        "geo_precision": rep.geo_precision,
        "actor1": _mode([m.actor1 for m in members], rep.actor1),
        "actor2": _mode([m.actor2 for m in members], rep.actor2),
        "actors": "\n".join(actors),
        "n_sources": len({outlet_key(m.outlet, m.url, m.document_id) for m in members}),
        "n_reports": len({m.document_id for m in members}),
        "fatalities_min": min(fatalities) if fatalities else None,
        "fatalities_max": max(fatalities) if fatalities else None,
        "contradictions": contradictions(members) if len(members) > 1 else [],
    }
