"""What a cluster of reports of one real-world event says: its row of the clusters table
(the representative report, the most told sub-type and actors, the fatality range, the
independent sources), the sources' contradictions and denials, and what its merge rests
on. Split from `corroborate`, which decides which reports are one event.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence

from eventdesk.coding.typology import ARMED_CLASH, OVERTAKES_TERRITORY, REGAINS_TERRITORY
from eventdesk.distance import haversine_km
from eventdesk.io import url_host
from eventdesk.store.corroborate import Member, actor_key, canonical_key, folded_text

PRECISION_NAMES = {1: "day", 2: "week", 3: "month"}

# Battles sub-event types as outcomes for the territory: two sources that disagree on the
# outcome contradict each other (the state says the assault was repelled, rebels say taken).
OUTCOMES = {
    OVERTAKES_TERRITORY: "taken by non-state actor",
    REGAINS_TERRITORY: "retaken by government",
    ARMED_CLASH: "no change of control",
}
UNKNOWN_OUTLET = "unknown outlet"

_DENIAL = re.compile(
    r"\b(denied|denies|deny|denying|denial|refuted|refutes|fabricated|baseless|untrue|"
    r"false (?:claims?|reports?)|no truth)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s+|$)")


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
