"""A clause that completes an event told before rather than telling a new one: deaths
"in the raids", a bare toll, the subject naming the attack again ("the air raid had
targeted …"), how the event began or ended, what a strike was aimed at, the damage an
attack left (the last four read in sequels.py). Its dead and its day join the earlier
event's."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.typology import (
    ABDUCTION,
    ARRESTS,
    BATTLES,
    EXPLOSIONS,
    LOOTING,
    PROTESTS,
    RIOTS,
    SEXUAL_VIOLENCE,
)
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import (
    FAMILY_OF,
    clause_span_chars,
    lexicon,
    names_a_place,
    tells_a_day,
)
from eventdesk.components.events.merging.clause_reading import (
    is_backref,
    subject_of,
    told_also,
    told_as_another,
)
from eventdesk.components.events.merging.dated_apart import dated_apart
from eventdesk.components.events.merging.places_days import RESTATED_WITHIN_DAYS
from eventdesk.components.events.merging.sequels import (
    aim_of_the_strike,
    damage_of_the_attack,
    ends_the_told_event,
    how_the_told_event_began,
)
from eventdesk.components.events.merging.tolls import add_deaths, bare_toll, fight_tally
from eventdesk.components.events.merging.victims import restated_victim
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root

# The event type a back-reference's noun names ("killed in the fighting" → a battle).
FAMILY_TYPES = {"battle": BATTLES, "explosion": EXPLOSIONS, "protest": PROTESTS, "riot": RIOTS}
# The other types a type's nouns also name when they point back: "Protesters clashed with
# police … The clashes left two people dead" — a crowd's fight with a force is told with
# battle words, and it is a riot.
ALSO_NAMES = {BATTLES: frozenset({RIOTS})}


def referent(clause: Clause, candidates: list[Candidate]) -> Candidate | None:
    """The event a back-reference points to: the latest of the kind it names ("killed in
    the fighting" → the latest battle), else the latest event."""
    if not candidates:
        return None
    wanted = {FAMILY_TYPES.get(FAMILY_OF[m.category]) for m in clause.triggers
              if m.category != "kill"} - {None}
    wanted |= {also for family in wanted for also in ALSO_NAMES.get(family, ())}
    kind = [c for c in candidates if not wanted or c.event_type in wanted]
    named = _places_named(clause)
    for cand in reversed(kind):
        if cand.place is not None and cand.place.geonameid in named:
            return cand   # "the toll from the overnight strike on X has risen": X's strike
    return kind[-1] if kind else candidates[-1]


def told_again(clause: Clause, candidates: list[Candidate], sent_index: int) -> None:
    """A deed named again right after the event's latest telling ("Police fired tear gas
    at youths protesting in Kano on Monday. The protesters had blocked the main road. 14
    people were arrested") is one more telling of it: its latest telling moves on, so
    what the next sentence tells of the crowd or the fight is still read with it."""
    earlier = referent(clause, candidates)
    if earlier is not None and earlier is candidates[-1] \
            and 0 < sent_index - max(earlier.sent_index, earlier.last_told) <= 1:
        earlier.last_told = sent_index


def negated_toll(doc: Doc, clause: Clause, reason: str, candidates: list[Candidate]) -> None:
    """"Gunmen attacked a village near X. No one was killed": the killing, negated by its
    subject (`happened.no_one`), is no deed, but tells the toll of the event it completes:
    none (GUIDELINES: 0 when the report says nobody died)."""
    earlier = referent(clause, candidates) if reason == "negation" else None
    if earlier is not None and completes(doc, clause, earlier, latest=earlier is candidates[-1]):
        add_deaths(doc, clause, earlier)


def _places_named(clause: Clause) -> set[int]:
    """The index ids of the places the clause names ("the strike on Zaporizhzhia")."""
    doc, ids = clause.sent.doc, {t.i for t in clause.tokens}
    return {c.geonameid for m in doc_ext(doc, "places") or [] if m.start in ids
            for c in m.candidates or [] if c.geonameid is not None}


# The sub-types a deed noun of a family names when it points back ("the abduction" → an
# abduction told before); the families of FAMILY_TYPES name their event type.
FAMILY_SUBTYPES = {"abduction": frozenset({ABDUCTION}),
                   "sexual": frozenset({SEXUAL_VIOLENCE}),
                   "arrest": frozenset({ARRESTS}),
                   "looting": frozenset({LOOTING})}


def new_kind_named(clause: Clause, candidates: list[Candidate]) -> bool:
    """A deed noun that names no event of its kind told before: "the abduction of 20
    worshippers in X on Saturday was confirmed", after a report's killings, tells a new
    abduction. A noun of no definite kind ("the attack", "the incident") may name any event
    told before; a clause hung on a time word ("since the fighting began last Monday")
    dates another deed."""
    if not candidates:
        return True
    if any(c.dep_ == "mark" for c in clause.root.children):
        return False
    families = {FAMILY_OF[m.category] for m in clause.triggers if m.category != "kill"}
    if not families or not families <= FAMILY_TYPES.keys() | FAMILY_SUBTYPES.keys():
        return False
    types = {FAMILY_TYPES[f] for f in families if f in FAMILY_TYPES}
    types |= {also for family in types for also in ALSO_NAMES.get(family, ())}
    subtypes = set().union(*(FAMILY_SUBTYPES.get(f, ()) for f in families))
    return not any(c.event_type in types or c.sub_event_type in subtypes for c in candidates)


def completes(doc: Doc, clause: Clause, earlier: Candidate, latest: bool = False) -> bool:
    """The clause tells more of `earlier` (`latest`: the last event the report told)
    rather than a new event; never one the report marks as another incident
    ("Separately, two people were killed in the fighting", "In another attack, …")."""
    if told_as_another(doc, clause.root.sent, clause) or dated_apart(doc, clause, earlier):
        return False
    return refers_back(doc, clause, earlier) or bare_toll(doc, clause) \
        or restated_subject(doc, clause, earlier, latest) or ends_the_told_event(doc, clause) \
        or how_the_told_event_began(doc, clause) \
        or latest and (aim_of_the_strike(doc, clause, earlier)
                       or damage_of_the_attack(doc, clause, earlier)
                       or fight_tally(doc, clause, earlier)
                       or restated_victim(doc, clause, earlier))


def restated_subject(doc: Doc, clause: Clause, earlier: Candidate,
                     latest: bool = False) -> bool:
    """"The air raid had targeted PDF fighters", "the helicopter returned and fired on
    villagers": a clause whose subject names, with "the", the attack or the weapon of the
    event told before, and which gives no place or day of its own, tells more of it (a
    place in the subject of the last event told describes it again). Not a deed told
    "also" ("the air force has also targeted gatherings in X"): one beside it."""
    subject = subject_of(clause.root)
    if subject is None or told_also(clause) or not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "every")
            for c in subject.children):
        return False
    in_subject = {t.i for t in subject.subtree}
    named = [m for m in doc_ext(doc, "triggers") or []
             if m.category != "kill" and m.start in in_subject]
    if not named:
        return False
    families = {FAMILY_TYPES.get(FAMILY_OF[m.category]) for m in named} - {None}
    families |= {also for family in families for also in ALSO_NAMES.get(family, ())}
    if families and earlier.event_type not in families:
        return False
    generic = lexicon()["generic"] | lexicon()["weak"]
    if any(m.start not in in_subject and m.category not in generic
           and not _told_of_a_noun(doc[m.start], clause.root) for m in clause.triggers):
        return False  # "the army shelled the town": a new deed besides the subject's
    ids = {t.i for t in clause.tokens}
    if latest:
        ids -= in_subject  # "The protest in the capital of X province followed reports …"
    if names_a_place(doc, ids - _launch_site(doc, clause) - _doer_described(clause)):
        return False
    if not earlier.date_told:
        return True  # "The blast … shortly after midnight on Sunday" gives its untold day
    return not tells_a_day(doc, clause) or _named_by_its_day(doc, clause, subject, earlier)


def _doer_described(clause: Clause) -> set[int]:
    """"The attack was carried out by a resident of east Jerusalem": a place in the
    by-phrase naming who did the deed describes the doer, not where the deed was done."""
    return {t.i for c in clause.root.children if c.dep_ == "agent" for t in c.subtree}


def _launch_site(doc: Doc, clause: Clause) -> set[int]:
    """"The missile was launched from Saada province": the place a weapon told before
    was fired from is not a place of a new event (its tokens, when the clause's verb is a
    launching or firing one)."""
    if clause.root.lemma_.lower() not in ("launch", "fire", "shoot"):
        return set()
    return {t.i for c in clause.root.children if c.dep_ == "prep" and c.lower_ == "from"
            for t in c.subtree}


def _named_by_its_day(doc: Doc, clause: Clause, subject: Token, earlier: Candidate) -> bool:
    """"The military said last Tuesday's strike had targeted fighters": the only day the
    clause tells is the one its subject names the event by ("Tuesday's strike"), the day of
    the event told before or a sharper telling of a day told loosely ("a week after")."""
    start, end = clause_span_chars(doc, clause)
    first, last = subject.left_edge.idx, subject.idx
    days = [d for d in doc_ext(doc, "dates") or [] if start <= d.start_char < end
            and d.kind in ("day", "relative")]
    if not days or any(not first <= d.start_char < last for d in days):
        return False
    if earlier.date is None:
        return True
    return all(d.date == earlier.date or earlier.time_precision != 1 and d.date is not None
               and abs((d.date - earlier.date).days) <= RESTATED_WITHIN_DAYS for d in days)


def take_told_day(earlier: Candidate, date, precision: int | None, told: bool) -> None:
    """A telling that completes an event whose day the report did not tell (a toll
    update's day, the publication date), or told only loosely ("a week after"), gives it
    the day it tells ("last Tuesday's strike")."""
    if told and date is not None and (not earlier.date_told or (
            precision or 3) < (earlier.time_precision or 3)):
        earlier.date, earlier.time_precision, earlier.date_told = date, precision, True


def _told_of_a_noun(tok: Token, root: Token) -> bool:
    """"followed reports that a commander had raped a girl": a deed inside a clause that a
    noun governs is what the reports say, not a deed of the clause's own verb."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in ("acl", "ccomp", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        tok = tok.head
    return False


def refers_back(doc: Doc, clause: Clause, earlier: Candidate) -> bool:
    """Deaths "in the raids" or "during Friday's fighting" belong to an event told before:
    the clause adds its dead to it rather than coding a new event."""
    ids = {t.i for t in clause.tokens}
    if "kill" not in {m.category for m in doc_ext(doc, "triggers") or [] if m.start in ids}:
        return False
    others = [m for m in clause.triggers if m.category != "kill"]
    if not others or not all(is_backref(span_root(doc, m.start, m.end)) for m in others):
        return False
    # "killed … in the final battles on Monday" is its own event when its day differs;
    # "killed in the attack, which began on Friday evening" tells when that event began
    start, end = clause_span_chars(doc, clause)
    began = {t.idx for m in others for c in span_root(doc, m.start, m.end).children
             if c.dep_ in ("relcl", "acl") for t in c.subtree}
    own_days = [d.date for d in doc_ext(doc, "dates") or [] if start <= d.start_char < end
                and d.kind == "day" and d.start_char not in began]
    return all(day == earlier.date for day in own_days)
