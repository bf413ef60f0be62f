"""Corroboration rules: when two reported events are one real-world event, and what a
cluster of them says (sources, fatality range, contradictions, what the merge rests on).

Pure functions over `Member` records so the rules can be tested without a database; the
store fetches candidates by index and calls `group` / `summarise` / `possible_match`.

Clustering is a function of the set of events, never of the order they arrived in: `group`
takes events by a canonical key (date, doc_id, content hash, evidence offsets) and each
joins the best-fitting cluster formed before it.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventdesk.distance import haversine_km
from eventdesk.io import url_host

MAX_KM = 25.0
KM_PER_DEGREE = 110.0  # a little under the true 111.2: the box errs on the large side
# Days two dates may lie apart, by the coarser precision of the two. A week-precise date is
# the middle of its span ("last week"), so the event lies within 3 days of it; one more
# day covers a report dated by its publication. Month precision: the same calendar month.
DAY_WINDOW = {1: 1, 2: 4}
WINDOW_DAYS = max(DAY_WINDOW.values())
PRECISION_NAMES = {1: "day", 2: "week", 3: "month"}

# Sub-event types that sources telling one event commonly disagree on; any other two
# sub-types are two events (an IED on Monday and an air strike on Tuesday stay apart).
CONFUSABLE_SUB_TYPES: tuple[frozenset[str], ...] = (
    frozenset({"Government regains territory", "Non-state actor overtakes territory",
               "Armed clash"}),
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    frozenset({"Suicide bomb", "Remote explosive/landmine/IED"}),
    frozenset({"Excessive force against protesters", "Protest with intervention",
               "Peaceful protest"}),
    frozenset({"Violent demonstration", "Mob violence"}),
)

# Battles sub-event types as outcomes for the territory: two sources that disagree on the
# outcome contradict each other (the state says the assault was repelled, rebels say taken).
OUTCOMES = {
    "Non-state actor overtakes territory": "taken by non-state actor",
    "Government regains territory": "retaken by government",
    "Armed clash": "no change of control",
}
UNKNOWN_OUTLET = "unknown outlet"

_DENIAL = re.compile(
    r"\b(denied|denies|deny|denying|denial|refuted|refutes|fabricated|baseless|untrue|"
    r"false (?:claims?|reports?)|no truth)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s+|$)")
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


def outlet_key(outlet: str | None, url: str | None) -> str | None:
    """Identity of an independent source: the outlet name, else the URL's host; None when
    neither is known (such a report is not counted as an independent outlet)."""
    name = folded_text(outlet)
    if name.startswith("the "):
        name = name[4:]
    if name:
        return f"outlet:{name}"
    host = url_host(url)
    return f"host:{host}" if host else None


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


def _outlet_name(m: Member) -> str:
    return m.outlet or url_host(m.url) or UNKNOWN_OUTLET


def source_name(m: Member) -> str:
    """A report as an analyst finds it again: its outlet and its doc_id."""
    return f"{_outlet_name(m)} [{m.doc_id}]"


def _label(m: Member) -> str:
    name = source_name(m)
    if m.claimed_by and folded_text(m.claimed_by) != folded_text(_outlet_name(m)):
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
            out.append(f"denial reported by {source_name(m)}: {m.denial}")
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
            canonical_key(m),
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


def _max_pairwise(members: Sequence[Member], distance) -> float:
    return max((distance(a, b) for a, b in itertools.combinations(members, 2)), default=0.0)


def _km(a: Member, b: Member) -> float:
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _days(a: Member, b: Member) -> float:
    return abs((a.event_date - b.event_date).days)


def merge_basis(members: Sequence[Member]) -> str:
    """On what the cluster's merge rests, in the terms of the rules: sub-event types, how far
    apart the places and dates are, the actor they share."""
    if len(members) == 1:
        if members[0].event_date is None:
            return "single report; undated, so never merged (see possible matches)"
        return "single report"
    first = members[0]
    subs = sorted({m.sub_event_type for m in members})
    parts = ["same sub-event type" if len(subs) == 1
             else "related sub-event types (" + " / ".join(subs) + ")"]
    if all(m.has_coordinates for m in members):
        parts.append(f"places within {max(1, math.ceil(_max_pairwise(members, _km)))} km")
    else:  # a report placed by name only was compared by name
        unplaced = next(m for m in members if not m.has_coordinates)
        parts.append(f"same named place ({unplaced.location or unplaced.admin1})")
    days = int(_max_pairwise(members, _days))
    precision = max(m.time_precision or 1 for m in members)
    when = "same day" if days == 0 else f"dates within {days} day{'s' if days > 1 else ''}"
    if precision > 1:
        when += f" ({PRECISION_NAMES[precision]} precision)"
    parts.append(when)
    actors = [{actor_key(n): n for n in (m.actor1, m.actor2) if actor_key(n)} for m in members]
    shared = set.intersection(*(set(a) for a in actors if a)) if any(actors) else set()
    if shared:
        key = min(shared)
        parts.append("shared actor " + next(a[key] for a in actors if key in a))
    else:
        parts.append("actors overlap or are unnamed in some reports")
    return f"{len({m.document_id for m in members})} reports of {first.event_type}: " + (
        ", ".join(parts))


def summarise(members: Sequence[Member]) -> dict:
    """The clusters-table row (without id and updated_at) for a set of members; the same
    whatever order the members come in."""
    members = sorted(members, key=canonical_key)
    rep = representative(members) if len(members) > 1 else members[0]
    fatalities = [m.fatalities for m in members if m.fatalities is not None]
    actors = sorted({k for m in members
                     for k in (folded_text(m.actor1), folded_text(m.actor2)) if k})
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
        "n_sources": len({k for m in members if (k := outlet_key(m.outlet, m.url))}),
        "n_reports": len({m.document_id for m in members}),
        "n_reports_unknown_outlet": len({m.document_id for m in members
                                         if outlet_key(m.outlet, m.url) is None}),
        "fatalities_min": min(fatalities) if fatalities else None,
        "fatalities_max": max(fatalities) if fatalities else None,
        "contradictions": contradictions(members) if len(members) > 1 else [],
        "merge_basis": merge_basis(members),
    }
