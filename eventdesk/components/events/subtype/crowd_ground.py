"""Ground a crowd held, taken back by a force: "police cleared the last protesters",
"officers entered the occupied hall and cleared the encampment", "military police used tear
gas and regained control of the buildings" after rioters stormed them. Western and Asian
national press tell a police operation against an occupation, a blockade or a protest camp
with the words of a taking ("cleared", "entered", "retook", "regained control of"); ACLED
codes it as the crowd's protest met by the force (Protest with intervention), never as
territory the government regains from an armed side (rule ground-held-by-a-crowd). Apart
from takings.py, which reads ground taken in a war and is near its size limit.

A clause reads so when a state force (or no side) takes ground and either the clause
names the crowd (its protest words, "the occupied hall", "a protest camp"), or it takes a
building, campus, square or road and its sentence, or the one before, tells a protest or a
riot — while no armed side
(rebels, militants, gunmen) is named in those sentences: a war report's retaking told
after a rally elsewhere keeps its own rules."""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.events.subtype.takings import _taken_things
from eventdesk.extensions import doc_ext, doc_tokens

# Words that name a crowd, or the ground a crowd holds, in the taking's own clause
CROWD_GROUND_WORDS = frozenset({
    "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
    "crowd", "crowds", "rioter", "rioters", "marcher", "marchers", "encampment",
    "encampments", "occupied", "occupier", "occupiers", "blockade", "blockades",
    "sit-in", "convoy", "tents", "tent"})
# What a crowd holds that a force takes back: buildings, a campus, a square, a road --
# never a town, village or position, which a war's takings hold
HELD_SITES = frozenset({
    "building", "hall", "parliament", "congress", "palace", "office", "headquarters",
    "campus", "square", "plaza", "bridge", "highway", "road", "street", "avenue",
    "compound", "camp", "encampment", "university", "court", "ministry", "assembly",
    "station", "airport", "terminal", "chamber", "legislature", "residence", "intersection"})
# Trigger categories that tell a crowd's protest or riot
CROWD_CATEGORIES = frozenset({"protest", "riot"})
# Sides that are a crowd ("supporters stormed the parliament")
CROWD_ROLES = frozenset({"protester", "rioter"})
# Sides whose presence makes the taking a war's: armed groups and unidentified gunmen
WAR_ROLES = frozenset({"armed", "unidentified"})


@predicate.add
def ground_held_by_a_crowd(facts: ClauseFacts) -> bool:
    """A force (or no side named) taking ground that a crowd held: the clause names the
    crowd or its ground ("cleared the last protesters", "the occupied hall"), or its
    sentence or the one before tells a protest or riot or names a crowd; no armed side
    named there."""
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
    if any(t.lower_ in CROWD_GROUND_WORDS for t in facts.clause.tokens):
        return True
    things = _taken_things(facts)
    if not things or any(t.lemma_.lower() not in HELD_SITES for t in things):
        return False  # "troops recaptured the town": a war's ground, whatever came before
    return any(m.category in CROWD_CATEGORIES and start <= m.start < sent.end
               for m in doc_ext(doc, "triggers") or []) \
        or any(m.role_hint in CROWD_ROLES and start <= m.start < sent.end
               for m in doc_ext(doc, "actors") or [])
