"""The learned final vetting of a report's records: P(kept) for each placed record, from
what the coded Doc already holds, and the records below the model's threshold dropped.

Rules are written one report at a time; a record that is a second telling of an event
already coded at the same place, or no event at all, has signs no single rule weighs
together: the classifier's doubt, a tense or modal on its clause, no place or day of its
own, a record of the same type at the same place before it. A small logistic model,
trained on the studied gold sets (scripts/train_vetter.py), weighs them. It is a JSON
file of weights (data/models/vetter.json), read once; scoring a record is one dot product.
A record placed no better than its country is never scored nor dropped: the scorer the
model learned from leaves such records out, so it knows nothing of them. Nor is a report's
only placed record dropped: the studied reports tell several events each, so the model has
seen few lone records, and a lone one is no second telling (leave-one-set-out, dropping
lone records too changed nothing on the studied sets, but dropped one-sentence reports'
only event, "Soldiers attacked the rebels near X", where the classifier read another type).
"""

from __future__ import annotations

import bisect
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from eventdesk.coding.typology import EVENT_TYPES, NONE, SUB_TYPES
from eventdesk.components.events import DECISIONS_KEY
from eventdesk.components.events.event_records import CANDIDATES_KEY
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_ext, doc_text, doc_tokens
from eventdesk.records import Event

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "vetter.json"
# doc.user_data key: every placed record before vetting, as (Event, features, P(kept) or
# None without a model), what the training script reads and a reader may inspect
VETTING_KEY = "eventdesk.vetting"
# Two records' places as near as the scorer's matching radius are one place to it
SAME_PLACE_KM = 25.0
# The part of speech of the clause's head, as groups of Penn tags: tense and mood
HEAD_TAGS = {"VBD": "past", "VBN": "participle", "VBZ": "present", "VBP": "present",
             "VBG": "gerund", "VB": "base", "NN": "noun", "NNS": "noun", "NNP": "noun"}
HEAD_GROUPS = ("past", "participle", "present", "gerund", "base", "noun", "other")
# How the coder read the telling (events/common.py Candidate): yes-or-no readings
TOLD = ("date_told", "place_by_anaphor", "place_from_context", "region_only",
        "another_incident", "attacks_a_place", "attackers_again", "told_later", "done_again",
        "told_also", "quoted_bare", "side_account", "target_deed", "repelled_them",
        "crowd_again", "device_unnamed", "weapon_stopped", "place_fronted", "own_unknown")


def feature_names() -> list[str]:
    """The features `record_features` computes, in a fixed order (the model's columns)."""
    names = [f"type={t}" for t in EVENT_TYPES] + [f"sub={s}" for s in SUB_TYPES]
    names += [f"head={g}" for g in HEAD_GROUPS] + [f"told:{t}" for t in TOLD]
    names += ["by_proposal", "by_other", "has_proposal", "p_own", "p_type", "p_none",
              "modal", "negated", "quoted", "sent_index", "rel_position", "first_sentence",
              "has_location", "geo1", "geo2", "geo3", "has_date", "time1", "time2", "time3",
              "has_toll", "toll_words", "actor1", "actor2", "claimed", "default_sides",
              "evidence_words", "n_records", "n_tellings", "target", "target_again",
              "in_a_line", "sents_to_last_telling", "same_type", "same_type_place",
              "same_type_place_before", "same_type_date", "same_type_actor",
              "same_place_other_type", "order_same_type", "sents_since_same_type"]
    return names


@dataclass(slots=True)
class Vetter:
    """A logistic model over `feature_names()`: standardised features, weights, bias and
    the P(kept) below which a record is dropped."""

    features: list[str]
    mean: list[float]
    scale: list[float]
    weights: list[float]
    bias: float
    threshold: float

    def p_kept(self, values: dict[str, float]) -> float:
        z = self.bias
        for name, mean, scale, weight in zip(self.features, self.mean, self.scale,
                                             self.weights, strict=True):
            z += weight * (values.get(name, 0.0) - mean) / scale
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict:
        return {"kind": "logistic", "features": self.features, "mean": self.mean,
                "scale": self.scale, "weights": self.weights, "bias": self.bias,
                "threshold": self.threshold}

    @classmethod
    def from_dict(cls, data: dict) -> Vetter:
        return cls(list(data["features"]), [float(x) for x in data["mean"]],
                   [float(x) or 1.0 for x in data["scale"]],
                   [float(x) for x in data["weights"]], float(data["bias"]),
                   float(data["threshold"]))


@functools.lru_cache(maxsize=4)
def load_vetter(path: Path = MODEL_PATH) -> Vetter | None:
    """The shipped vetting model; None when there is none (every record is kept)."""
    if not path.is_file():
        return None
    return Vetter.from_dict(json.loads(path.read_text("utf-8")))


def vet(doc: Doc, vetter: Vetter | None, decisions: list | None = None) -> list[Event]:
    """The report's records less those `vetter` finds unlikely to be kept; each placed
    record's features and P(kept) are kept in `doc.user_data[VETTING_KEY]`, and each drop
    among `decisions` (the coder's list of why each clause was or was not coded)."""
    events = list(doc_ext(doc, "events") or [])
    placed = [e for e in events if e.latitude is not None or e.admin1 is not None]
    rows, dropped = [], set()
    for event, values in zip(placed, record_features(doc, placed), strict=True):
        p = vetter.p_kept(values) if vetter is not None else None
        rows.append((event, values, p))
        if p is not None and p < vetter.threshold and len(placed) > 1:
            dropped.add(id(event))
            if decisions is not None:
                decisions.append((event.evidence_start, event.evidence, "vetted out",
                                  f"P(kept)={p:.2f} < {vetter.threshold:.2f}"))
    doc.user_data[VETTING_KEY] = rows
    return [e for e in events if id(e) not in dropped]


def record_features(doc: Doc, events: list[Event]) -> list[dict[str, float]]:
    """One dict of `feature_names()` values per record (absent names are 0)."""
    text = doc_text(doc)
    tokens = doc_tokens(doc)
    starts = [s.start_char for s in doc.sents]
    token_starts = [t.idx for t in tokens]
    decisions = doc.user_data.get(DECISIONS_KEY) or []
    proposals = doc_ext(doc, "proposals") or {}
    coded = doc_ext(doc, "events") or []
    candidates = doc.user_data.get(CANDIDATES_KEY) or []
    candidate_of = dict(zip(map(id, coded), candidates, strict=False)) \
        if len(candidates) == len(coded) else {}
    out = []
    for n, event in enumerate(events):
        values: dict[str, float] = {f"type={event.event_type}": 1.0,
                                    f"sub={event.sub_event_type}": 1.0}
        first = bisect.bisect_left(token_starts, event.evidence_start)
        last = bisect.bisect_left(token_starts, event.evidence_end)
        words = [t for t in tokens[first:last] if not t.is_space]
        values.update(_clause_cues(words))
        values.update(_decided_by(decisions, event))
        values.update(_proposal(proposals, words, event))
        sent = bisect.bisect_right(starts, event.evidence_start) - 1
        values["sent_index"] = math.log1p(max(sent, 0))
        values["first_sentence"] = float(sent <= 0)
        values["rel_position"] = event.evidence_start / max(len(text), 1)
        values["quoted"] = float(any(t.is_quote for t in words))
        values["evidence_words"] = math.log1p(len(words))
        values.update(_own_facts(event))
        values["n_records"] = math.log1p(len(events))
        values.update(_telling(candidate_of.get(id(event))))
        values.update(_others(events, n, starts))
        out.append(values)
    return out


def _clause_cues(words) -> dict[str, float]:
    """Tense and mood of the clause: its head's part of speech, a modal, a negation."""
    ids = {t.i for t in words}
    head = next((t for t in words if t.head.i == t.i or t.head.i not in ids), None)
    group = HEAD_TAGS.get(head.tag_, "other") if head is not None else "other"
    return {f"head={group}": 1.0, "modal": float(any(t.tag_ == "MD" for t in words)),
            "negated": float(any(t.dep_ == "neg" for t in words))}


def _decided_by(decisions: list, event: Event) -> dict[str, float]:
    """Whether the classifier's proposal typed the record, or neither it nor a typing rule
    (a copy for another place or day); and whether default actors filled its sides."""
    here = [d for d in decisions if d[0] == event.evidence_start]
    typed = [d[3] for d in here if d[2] == event.sub_event_type]
    sides = [d[3] for d in here if d[2] == "sides"]
    return {"by_proposal": float("proposal" in typed),
            "by_other": float(not typed or not here),
            "default_sides": float(any(s.strip() for s in sides))}


def _proposal(proposals: dict, words, event: Event) -> dict[str, float]:
    """The classifier's figures for the record's clause: P(its sub-type), P(its event
    type), P(none); the best over the clause roots inside its evidence."""
    found = [proposals[t.i] for t in words if t.i in proposals]
    if not found:
        return {}
    own = EVENT_TYPES[event.event_type]
    return {"has_proposal": 1.0,
            "p_own": max(p.get(event.sub_event_type, 0.0) for p in found),
            "p_type": max(sum(p.get(s, 0.0) for s in own) for p in found),
            "p_none": min(p.get(NONE, 0.0) for p in found)}


def _telling(cand) -> dict[str, float]:
    """How the coder read the record's telling: the Candidate's readings, how many tellings
    were merged into it and how far apart."""
    if cand is None:
        return {}
    values = {f"told:{t}": float(bool(getattr(cand, t))) for t in TOLD}
    values["target"] = float(cand.target is not None)
    values["target_again"] = float(cand.target_again is not None)
    values["in_a_line"] = float(cand.line >= 0)
    values["n_tellings"] = math.log1p(len(cand.mentions))
    values["sents_to_last_telling"] = math.log1p(max(cand.last_told - cand.sent_index, 0))
    return values


def _own_facts(event: Event) -> dict[str, float]:
    """What the record has of its own: a place and how precise, a day and how precise,
    a toll, named sides, a source."""
    values = {"has_location": float(event.location is not None),
              "has_date": float(event.event_date is not None),
              "has_toll": float(bool(event.fatalities)),
              "toll_words": float(event.fatalities_text is not None),
              "actor1": float(event.actor1 is not None),
              "actor2": float(event.actor2 is not None),
              "claimed": float(event.claimed_by is not None)}
    if event.geo_precision in (1, 2, 3):
        values[f"geo{event.geo_precision}"] = 1.0
    if event.time_precision in (1, 2, 3):
        values[f"time{event.time_precision}"] = 1.0
    return values


def _same_place(a: Event, b: Event) -> bool:
    """Within the scorer's radius, or the same admin1 where either has no point."""
    if None not in (a.latitude, b.latitude):
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_PLACE_KM
    return a.admin1 is not None and a.admin1 == b.admin1


def _others(events: list[Event], n: int, starts: list[int]) -> dict[str, float]:
    """The report's other records as the scorer would see them beside this one: of the
    same type, at the same place (and before it), on the same day, sharing an actor; and
    this record's rank among those of its type."""
    event = events[n]
    actors = {event.actor1, event.actor2} - {None}
    same_type = [(m, e) for m, e in enumerate(events) if m != n
                 and e.event_type == event.event_type]
    place = [(m, e) for m, e in same_type if _same_place(e, event)]
    earlier = [e for m, e in same_type if m < n]
    values = {"same_type": math.log1p(len(same_type)),
              "same_type_place": float(bool(place)),
              "same_type_place_before": float(any(m < n for m, _ in place)),
              "same_type_date": float(any(e.event_date == event.event_date
                                          for _, e in same_type)),
              "same_type_actor": float(any(actors & {e.actor1, e.actor2}
                                           for _, e in same_type)),
              "same_place_other_type": float(any(
                  e.event_type != event.event_type and _same_place(e, event)
                  for m, e in enumerate(events) if m != n)),
              "order_same_type": math.log1p(len(earlier))}
    if earlier:
        here = bisect.bisect_right(starts, event.evidence_start)
        there = bisect.bisect_right(starts, earlier[-1].evidence_start)
        values["sents_since_same_type"] = math.log1p(max(here - there, 0))
    else:
        values["sents_since_same_type"] = math.log1p(50)
    return values
