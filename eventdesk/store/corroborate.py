"""Corroboration rules: when two reported events are one real-world event, and how a set
of them is grouped into clusters (what a cluster says is in `cluster_summary`).

Pure functions over `Member` records so the rules can be tested without a database; the
store fetches candidates by index and calls `group` / `possible_match`, and
`cluster_summary.summarise` for what a cluster says.

Clustering is a function of the set of events, never of the order they arrived in: `group`
takes events by a canonical key (date, doc_id, content hash, evidence offsets) and each
joins the best-fitting cluster formed before it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventdesk.coding import typology
from eventdesk.distance import haversine_km

MAX_KM = 25.0
KM_PER_DEGREE = 110.0  # a little under the true 111.2: the box errs on the large side
# Days two dates may lie apart, by the coarser precision of the two. A week-precise date is
# the middle of its span ("last week"), so the event lies within 3 days of it; one more
# day covers a report dated by its publication. Month precision: the same calendar month.
DAY_WINDOW = {1: 1, 2: 4}
WINDOW_DAYS = max(DAY_WINDOW.values())

# Sub-event types that sources telling one event commonly disagree on; any other two
# sub-types are two events (an IED on Monday and an air strike on Tuesday stay apart).
CONFUSABLE_SUB_TYPES: tuple[frozenset[str], ...] = (
    frozenset({typology.REGAINS_TERRITORY, typology.OVERTAKES_TERRITORY, typology.ARMED_CLASH}),
    frozenset({typology.AIR_STRIKE, typology.SHELLING}),
    frozenset({typology.SUICIDE_BOMB, typology.REMOTE_EXPLOSIVE}),
    frozenset({typology.EXCESSIVE_FORCE, typology.PROTEST_WITH_INTERVENTION,
               typology.PEACEFUL_PROTEST}),
    frozenset({typology.VIOLENT_DEMONSTRATION, typology.MOB_VIOLENCE}),
)

_UNIDENTIFIED = re.compile(r"^(unidentified|unknown)\b")


@dataclass(slots=True)
class Member:
    """One stored event as corroboration sees it, with its report's identity (doc_id,
    content hash, outlet) for the canonical order and for naming sources."""

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
    doc_id: str = ""
    content_hash: str = ""
    evidence_start: int = 0
    evidence_end: int = 0

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def canonical_key(m: Member) -> tuple:
    """A total order on events that no arrival order changes: dated events by date (undated
    last), then by report (doc_id, content hash) and place in the report."""
    return (
        m.event_date is None, m.event_date or dt.date.min, m.time_precision or 0,
        m.doc_id, m.content_hash, m.evidence_start, m.evidence_end, m.sub_event_type,
        m.actor1 or "", m.actor2 or "",
    )


@functools.lru_cache(maxsize=8192)
def folded_text(text: str | None) -> str:
    """Case and spacing folded: how names and types are compared here, and (as the SQL
    function `casefold`) how the store's queries match the `actors` this builds."""
    return " ".join(text.casefold().split()) if text else ""


@functools.lru_cache(maxsize=8192)
def actor_key(name: str | None) -> str | None:
    """Normalised actor name; None for a missing or unidentified actor (it matches anyone)."""
    key = folded_text(name)
    if not key or _UNIDENTIFIED.match(key):
        return None
    return key


def _precision(a: Member, b: Member) -> int:
    return max(a.time_precision or 1, b.time_precision or 1)


def dates_compatible(a: Member, b: Member) -> bool:
    """Dates agree given the coarser precision: 1 -> within 1 day, 2 -> within 4 days,
    3 -> the same month. An undated report agrees with nothing: place and type alone never
    make two reports one event (it is linked as a possible match instead)."""
    if a.event_date is None or b.event_date is None:
        return False
    precision = _precision(a, b)
    if precision >= 3:
        return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)
    return abs((a.event_date - b.event_date).days) <= DAY_WINDOW[precision]


def sub_types_compatible(a: Member, b: Member) -> bool:
    """The same sub-event type, or two that sources commonly confuse for one event."""
    if a.sub_event_type == b.sub_event_type:
        return True
    pair = {a.sub_event_type, b.sub_event_type}
    return any(pair <= family for family in CONFUSABLE_SUB_TYPES)


def places_compatible(a: Member, b: Member) -> bool:
    """Within 25 km when both have coordinates; otherwise the same country, admin1 and
    location string. Events known only to their country never merge: nothing says where."""
    if a.has_coordinates and b.has_coordinates:
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= MAX_KM
    if not (a.admin1 or a.location) or not (b.admin1 or b.location):
        return False
    return (folded_text(a.country), folded_text(a.admin1), folded_text(a.location)) == (
        folded_text(b.country), folded_text(b.admin1), folded_text(b.location))


@functools.lru_cache(maxsize=8192)
def _unknown(name: str | None) -> bool:
    return bool(name) and _UNIDENTIFIED.match(folded_text(name)) is not None


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
        and folded_text(a.event_type) == folded_text(b.event_type)
        and dates_compatible(a, b)
        and sub_types_compatible(a, b)
        and places_compatible(a, b)
        and actors_compatible(a, b)
    )


def possible_match(a: Member, b: Member) -> bool:
    """Whether an undated report may be the same event as another report: everything agrees
    but the date, which one of them lacks. Shown as "possibly the same", never merged."""
    return (
        (a.event_date is None or b.event_date is None)
        and a.document_id != b.document_id
        and folded_text(a.event_type) == folded_text(b.event_type)
        and sub_types_compatible(a, b)
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
        total += abs((new.event_date - m.event_date).days)
        total += 0.0 if new.sub_event_type == m.sub_event_type else 0.5
    return total / len(members)


def group(members: Iterable[Member]) -> list[list[Member]]:
    """Clusters of `members`, the same set of clusters whatever order they come in.

    Events are taken by `canonical_key` (earliest date first); each joins the cluster formed
    so far that it fits best (`match_score`; a tie goes to the older cluster), else starts
    its own. Undated events stay alone. Candidates are looked up by type and day (or month,
    for month-precise dates), so a whole store groups in one pass."""
    clusters: list[list[Member]] = []
    by_day: dict[tuple, set[int]] = {}
    by_month: dict[tuple, set[int]] = {}
    month_precise: dict[tuple, set[int]] = {}
    for m in sorted(members, key=canonical_key):
        if m.event_date is None:
            clusters.append([m])
            continue
        kind = folded_text(m.event_type)
        month = (kind, m.event_date.year, m.event_date.month)
        if (m.time_precision or 1) >= 3:
            found = by_month.get(month, set())
        else:
            day = m.event_date.toordinal()
            found = set(month_precise.get(month, set()))
            for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1):
                found |= by_day.get((kind, day + offset), set())
        best: tuple[float, int] | None = None
        for index in found:
            score = match_score(m, clusters[index])
            if score is not None and (best is None or (score, index) < best):
                best = (score, index)
        if best is None:
            clusters.append([m])
            index = len(clusters) - 1
        else:
            index = best[1]
            clusters[index].append(m)
        by_day.setdefault((kind, m.event_date.toordinal()), set()).add(index)
        by_month.setdefault(month, set()).add(index)
        if (m.time_precision or 1) >= 3:
            month_precise.setdefault(month, set()).add(index)
    return clusters


def date_ranges(
    event_date: dt.date | None, time_precision: int | None
) -> list[tuple[str, str, bool]] | None:
    """ISO date ranges holding every date compatible with this one, for the index queries:
    (first, last, month_precision_only). None when the date is unknown (nothing merges).

    A day- or week-precise date fits dates within WINDOW_DAYS, and month-precise dates of
    its month; a month-precise date fits anything in its month."""
    if event_date is None:
        return None
    first = event_date.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if (time_precision or 1) >= 3:
        return [(first.isoformat(), last.isoformat(), False)]
    window = dt.timedelta(days=WINDOW_DAYS)
    return [((event_date - window).isoformat(), (event_date + window).isoformat(), False),
            (first.isoformat(), last.isoformat(), True)]


def bounding_box(lat: float, lon: float) -> tuple[float, float, float, float]:
    """(lat_lo, lat_hi, lon_lo, lon_hi) enclosing the 25 km circle around a point; the
    longitudes may pass ±180 (`longitude_spans` wraps them), and a circle around a pole
    spans every longitude."""
    dlat = MAX_KM / KM_PER_DEGREE
    # Parallels converge towards the poles: size the longitude span at the box's polar edge.
    polar_edge = abs(lat) + dlat
    dlon = 180.0 if polar_edge >= 90 else dlat / math.cos(math.radians(polar_edge))
    return lat - dlat, lat + dlat, lon - min(dlon, 180.0), lon + min(dlon, 180.0)


def longitude_spans(lon_lo: float, lon_hi: float) -> tuple[float, ...]:
    """A box's longitude span and its copies a turn east and west, as three (lo, hi) pairs
    flattened for `longitude BETWEEN ? AND ?` ORed thrice: a circle across the antimeridian
    (Fiji, Chukotka) finds the events on its other side, as the distance itself does."""
    return (lon_lo, lon_hi, lon_lo + 360, lon_hi + 360, lon_lo - 360, lon_hi - 360)
