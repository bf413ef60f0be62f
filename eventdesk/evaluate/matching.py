"""Matching gold events to predictions, one report at a time (GUIDELINES.md, "Scoring"):
which pairs may match (type, 25 km or the same admin1 as regions.py reads it, 2 days) and
the one-to-one greedy choice among them, best pairs first. Gold events, Events and dicts
are read alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from eventdesk.distance import haversine_km
from eventdesk.errors import GoldFormatError
from eventdesk.evaluate.regions import same_admin1

MAX_KM = 25.0
MAX_DAYS = 2


@dataclass(slots=True)
class Item:
    """What the scorer compares, taken alike from gold events, Events and dicts."""

    event_type: str
    sub_event_type: str | None
    event_date: dt.date | None
    time_precision: int | None
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    inter1: int | None
    inter2: int
    fatalities: int | None
    claimed_by: str | None
    location: str | None
    evidence: str
    optional: bool = False


def to_item(source) -> Item:
    """The compared fields of a GoldEvent, an Event or a prediction dict."""
    get = source.get if isinstance(source, Mapping) else lambda k, d=None: getattr(source, k, d)
    date = get("event_date")
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date) if date else None
        except ValueError as exc:
            raise GoldFormatError(f"prediction event_date {date!r} is not YYYY-MM-DD") from exc
    lat, lon = get("latitude"), get("longitude")
    if lat is None or lon is None:
        lat = lon = None
    return Item(
        event_type=get("event_type") or "", sub_event_type=get("sub_event_type"),
        event_date=date, time_precision=get("time_precision"), country=get("country") or None,
        admin1=get("admin1") or None, latitude=lat, longitude=lon,
        inter1=get("inter1") or None, inter2=get("inter2") or 0,
        # an export row writes 0 for "no number" and keeps the report's in fatalities_reported
        fatalities=get("fatalities_reported", get("fatalities")),
        claimed_by=get("claimed_by") or None,
        location=get("location"), evidence=get("evidence") or "",
        optional=bool(get("optional", False)),
    )


def distance(g: Item, p: Item) -> float | None:
    """Kilometres between the two places, None when either has no coordinates."""
    if None in (g.latitude, g.longitude, p.latitude, p.longitude):
        return None
    return haversine_km(g.latitude, g.longitude, p.latitude, p.longitude)


def _pair_cost(g: Item, p: Item, *, strict: bool) -> tuple[float, float] | None:
    """(km, days) when the pair may match, else None."""
    if g.event_type != p.event_type:
        return None
    if strict and g.sub_event_type != p.sub_event_type:
        return None
    km = distance(g, p)
    if km is None:
        if not same_admin1(g.admin1, g.country, p.admin1, p.country):
            return None
        km_cost = MAX_KM
    elif km > MAX_KM:
        return None
    else:
        km_cost = km
    if (g.event_date is None or p.event_date is None
            or g.time_precision == 3 or p.time_precision == 3):
        days = float(MAX_DAYS)
    else:
        days = abs((g.event_date - p.event_date).days)
        if days > MAX_DAYS:
            return None
    return km_cost, float(days)


def match(gold: list[Item], pred: list[Item], *, strict: bool) -> list[tuple[int, int]]:
    """One-to-one greedy matching, best (km, days) pairs first, ties by position."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            cost = _pair_cost(g, p, strict=strict)
            if cost is not None:
                candidates.append((cost[0], cost[1], gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs

