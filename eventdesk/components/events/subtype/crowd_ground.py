"""Ground a crowd held, taken back by a force: "officers removed the remaining
demonstrators from the bridge", "riot police entered the occupied lecture hall", "the
gendarmerie took back the ministry" after a crowd broke into it. Western and Asian national
press tell a police operation against an occupation, a blockade or a protest camp with the
words of a taking ("cleared", "entered", "retook", "regained control of"); ACLED codes it
as the crowd's protest met by the force (Protest with intervention), never as territory the
government regains from an armed side (rule ground-held-by-a-crowd). Apart from takings.py,
which reads ground taken in a war and is near its size limit.

A clause reads so when a state force (or no side) takes ground, no armed side (rebels,
militants, gunmen) is named in its sentence or the one before, and either
- the crowd heads what is taken or names who held it ("cleared the protesters", "the
  protesters' camp", "an occupied hall": a building held, where an occupied town or village
  is a war's ground); or
- it takes a building, campus, square or road, and a protest or riot is told in its own
  sentence, or in the one before at the same place and day (the taking's sentence names
  no other place or day): a war's retaking told after a rally elsewhere keeps its own rules."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventdesk.components.crowd_words import CROWD_NOUNS
from eventdesk.components.events.subtype.riot_dead import FIGHTING_CROWD
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.events.subtype.takings import taken_things
from eventdesk.extensions import doc_ext, doc_tokens

# The ground a crowd holds, beside the crowd's own names: its camp, its tents, its sit-in
CROWD_GROUND_WORDS = CROWD_NOUNS | {"encampment", "encampments", "sit-in", "tents", "tent"}
# What a crowd holds that a force takes back: buildings, a campus, a square, a road --
# never a town, village or position, which a war's takings hold
HELD_SITES = frozenset({
    "building", "hall", "parliament", "congress", "palace", "office", "headquarters",
    "campus", "square", "plaza", "bridge", "highway", "road", "street", "avenue",
    "compound", "camp", "encampment", "university", "court", "ministry", "assembly",
    "station", "airport", "terminal", "chamber", "legislature", "residence", "intersection"})
# Trigger categories that tell a crowd's protest or riot
CROWD_CATEGORIES = frozenset({"protest", "riot"})
# Sides whose presence makes the taking a war's: armed groups and unidentified gunmen
WAR_ROLES = frozenset({"armed", "unidentified"})


def _crowd_held(facts: ClauseFacts) -> bool:
    """The crowd heads what the clause takes or names who held it ("cleared the last
    protesters", "the protesters' tents"), or a building taken is told as occupied."""
    for thing in taken_things(facts):
        if any(t.lower_ in CROWD_GROUND_WORDS for t in thing.subtree):
            return True
    return any(t.lower_ == "occupied" and t.head.lemma_.lower() in HELD_SITES
               for t in facts.clause.tokens)


def _places_days(doc, sent: Span) -> tuple[set[str], set]:
    places = {m.text.lower() for m in doc_ext(doc, "places") or []
              if m.kind != "country" and sent.start <= m.start < sent.end}
    days = {d.date for d in doc_ext(doc, "dates") or []
            if d.date is not None and sent.start_char <= d.start_char < sent.end_char}
    return places, days


def _told_in(doc, sent: Span) -> bool:
    """A protest or riot told, or a crowd named, in the sentence."""
    return any(m.category in CROWD_CATEGORIES and sent.start <= m.start < sent.end
               for m in doc_ext(doc, "triggers") or []) \
        or any(m.role_hint in FIGHTING_CROWD and sent.start <= m.start < sent.end
               for m in doc_ext(doc, "actors") or [])


def _same_scene(doc, before: Span, sent: Span) -> bool:
    """The taking's sentence names no place or day the crowd's sentence did not: "Students
    marched to the parliament in X on Sunday. Police regained control of the square"."""
    places, days = _places_days(doc, sent)
    crowd_places, crowd_days = _places_days(doc, before)
    return places <= crowd_places and days <= crowd_days


@predicate.add
def ground_held_by_a_crowd(facts: ClauseFacts) -> bool:
    """A force (or no side named) taking ground that a crowd held: the crowd heads what is
    taken or names who held it, or a building, square or road is taken and its sentence, or
    the one before at the same place and day, tells a protest or riot; no armed side named
    there."""
    if facts.agent_role not in ("state", "none") \
            or facts.patient_role in WAR_ROLES | {"state", "international"}:
        return False
    doc, sent = facts.doc, facts.clause.sent
    tokens = doc_tokens(doc)
    before = tokens[sent.start - 1].sent if sent.start > 0 else None
    start = before.start if before is not None else sent.start
    if any(m.role_hint in WAR_ROLES and start <= m.start < sent.end
           for m in doc_ext(doc, "actors") or []):
        return False
    if _crowd_held(facts):
        return True
    things: list[Token] = taken_things(facts)
    if not things or any(t.lemma_.lower() not in HELD_SITES for t in things):
        return False  # "troops recaptured the town": a war's ground, whatever came before
    return _told_in(doc, sent) or before is not None and _told_in(doc, before) \
        and _same_scene(doc, before, sent)
