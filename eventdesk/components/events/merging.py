"""Merging: one event told several times becomes one record (GUIDELINES: "Code it once
even when several sentences describe it").

Within a sentence, a bare death clause joins the event beside it; across sentences, a
toll "in the raids" or one with no attacker, place or day of its own completes the event
told before; at the end, candidates of one type, place and day merge, the sub-type
highest in ACLED's priority speaking for them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.coding.typology import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VAC,
    priority,
)
from eventdesk.components.events.common import (
    FAMILY_OF,
    Candidate,
    armed_subject,
    clause_span_chars,
    evidence_bounds,
    is_weak,
    lexicon,
    text,
)
from eventdesk.components.events.placing import place_key
from eventdesk.components.fatalities import count_fatalities
from eventdesk.components.triggers import Clause
from eventdesk.records import Place

# The event type a back-reference's noun names ("killed in the fighting" → a battle).
FAMILY_TYPES = {"battle": BATTLES, "explosion": EXPLOSIONS, "protest": PROTESTS, "riot": RIOTS}


# ---- within a sentence --------------------------------------------------------------

def fold_weak_clauses(sent_clauses: list[Clause], strong: list[Clause]) -> None:
    """A bare death clause ("two people were killed when …") belongs to the event of its
    sentence when there is one; one with its own subject ("ISIL killed 85 civilians and
    abducted 400") is an attack in its own right."""
    for clause in sent_clauses:
        if clause in strong:
            continue
        if strong and not (armed_subject(clause)
                           and clause.root.dep_ in ("ROOT", "conj", "ccomp")):
            target = min(strong, key=lambda c: abs(c.root.i - clause.root.i))
            target.tokens = sorted(set(target.tokens) | set(clause.tokens), key=lambda t: t.i)
        else:
            strong.append(clause)


def toll_end(doc: Doc, sent: Span, end: int) -> int:
    """Where the event's toll may be read up to: the sentence's end, unless another event
    follows in it ("…, killing 13, officials said; the council put the toll at eight" and
    "…; no one was killed" belong to the event)."""
    for m in doc._.triggers or []:
        if m.category != "kill" and sent.start <= m.start < sent.end \
                and doc[m.start].idx >= end:
            return end
    return sent.end_char


# ---- a clause that completes an earlier event ---------------------------------------

def referent(clause: Clause, candidates: list[Candidate]) -> Candidate | None:
    """The event a back-reference points to: the latest of the kind it names ("killed in
    the fighting" → the latest battle), else the latest event."""
    if not candidates:
        return None
    wanted = {FAMILY_TYPES.get(FAMILY_OF[m.category]) for m in clause.triggers
              if m.category != "kill"} - {None}
    for cand in reversed(candidates):
        if not wanted or cand.event_type in wanted:
            return cand
    return candidates[-1]


def completes(doc: Doc, clause: Clause, earlier: Candidate) -> bool:
    """The clause tells more of `earlier` rather than a new event."""
    return refers_back(doc, clause, earlier) or bare_toll(doc, clause)


def refers_back(doc: Doc, clause: Clause, earlier: Candidate) -> bool:
    """Deaths "in the raids" or "during Friday's fighting" belong to an event told before:
    the clause adds its dead to it rather than coding a new event."""
    ids = {t.i for t in clause.tokens}
    if "kill" not in {m.category for m in doc._.triggers or [] if m.start in ids}:
        return False
    others = [m for m in clause.triggers if m.category != "kill"]
    if not others or not all(_is_backref(doc[m.start:m.end].root) for m in others):
        return False
    # "killed … in the final battles on Monday" is its own event when its day differs
    start, end = clause_span_chars(doc, clause)
    own_days = [d.date for d in doc._.dates or [] if start <= d.start_char < end
                and d.kind == "day"]
    return all(day == earlier.date for day in own_days)


def _is_backref(tok: Token) -> bool:
    nouns = lexicon()["backref_nouns"]
    if tok.lower_ not in nouns and tok.lemma_.lower() not in nouns:
        return False
    if tok.head.lower_ not in ("in", "during", "from"):
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
               for c in tok.children)


def _restating_appositive(doc: Doc, clause: Clause) -> set[int]:
    """The tokens of "an attack …" set beside a toll ("killed seven soldiers, an attack
    claimed by X"): an attack noun in apposition names the event told, not a new one."""
    nouns = lexicon()["backref_nouns"]
    found: set[int] = set()
    for m in clause.triggers:
        head = doc[m.start:m.end].root
        if head.dep_ == "appos" and (head.lower_ in nouns or head.lemma_.lower() in nouns):
            found |= {t.i for t in head.subtree}
    return found


def bare_toll(doc: Doc, clause: Clause) -> bool:
    """"Eight people were killed, the minister said": a toll with no attacker, place or day
    of its own completes the event told before it."""
    restated = _restating_appositive(doc, clause)
    if restated:
        # "…, killed seven soldiers, an attack the ministry blamed on X": the appositive
        # and what it says of the attack restate the event, they add none
        ids = {t.i for t in clause.tokens} - restated
        if not {m.category for m in clause.triggers if m.start in ids} <= lexicon()["weak"]:
            return False
    elif not is_weak(clause):
        return False
    else:
        ids = {t.i for t in clause.tokens}
    if armed_subject(clause):
        return False
    if any(m.start in ids and m.kind != "country" for m in doc._.places or []):
        return False
    start, end = clause_span_chars(doc, clause)
    if any(start <= d.start_char < end and d.kind in ("day", "relative")
           for d in doc._.dates or []):
        return False
    return not any(c.dep_ == "agent" for c in clause.root.children)


def add_deaths(doc: Doc, clause: Clause, earlier: Candidate) -> None:
    start, end = evidence_bounds(doc, clause)
    deaths = count_fatalities(text(doc)[start:end])
    if deaths.count is not None:
        earlier.fatalities = (earlier.fatalities or 0) + deaths.count
    earlier.fatalities_text = earlier.fatalities_text or deaths.text


# ---- one event per type, place and day ----------------------------------------------

def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One event per type, place and day; the highest-priority sub-type speaks for it.

    A mention of the city joins an event in one of its districts the same day; two
    different districts stay two events."""
    kept: list[Candidate] = []
    for cand in candidates:
        same = next((k for k in kept if same_event(k, cand)), None)
        if same is None:
            kept.append(cand)
            continue
        winner, other = (cand, same) if priority(cand.sub_event_type) < \
            priority(same.sub_event_type) else (same, cand)
        winner.fatalities = _larger(winner.fatalities, other.fatalities)
        winner.fatalities_text = winner.fatalities_text or other.fatalities_text
        winner.claimed_by = winner.claimed_by or other.claimed_by
        if winner.actor2 is None and not (
                winner.actor1 and other.actor2 and winner.actor1.name == other.actor2.name):
            winner.actor2 = other.actor2  # never the winner's own actor1, even a collective
        if is_district(other.place) and not is_district(winner.place):
            winner.place = other.place
        if (other.time_precision or 3) < (winner.time_precision or 3):
            winner.date, winner.time_precision = other.date, other.time_precision
        kept[kept.index(same)] = winner
    return kept


def same_event(a: Candidate, b: Candidate) -> bool:
    """Same type, same day, same place (a city and one of its districts count as one)."""
    if a.event_type != b.event_type or not same_day(a, b):
        return False
    if a.event_type in (STRATEGIC, VAC) and a.sub_event_type != b.sub_event_type:
        return False  # an arrest and a looting, a killing and an abduction: two events
    key_a, key_b = place_key(a.place), place_key(b.place)
    if key_a == key_b:
        return True
    if not (a.place and b.place) or (a.place.geo_precision == 3) != (b.place.geo_precision == 3):
        return False
    city_a, city_b = key_a.split(" - ")[0], key_b.split(" - ")[0]
    return city_a == city_b and (not is_district(a.place) or not is_district(b.place))


def same_day(a: Candidate, b: Candidate) -> bool:
    """Equal dates, or a month-only date ("this month") that holds the other one."""
    if a.date == b.date:
        return True
    if a.date is None or b.date is None:
        return False
    if 3 in (a.time_precision, b.time_precision):
        return (a.date.year, a.date.month) == (b.date.year, b.date.month)
    return False


def is_district(place: Place | None) -> bool:
    return place is not None and " - " in (place.location or "")


def _larger(a: int | None, b: int | None) -> int | None:
    """The same event told twice: keep the larger stated toll of the two tellings."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
