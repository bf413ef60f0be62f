"""A citizen's arrest: residents, villagers or a crowd who seize a suspect ("a burglary
suspect was apprehended by villagers and handed to the local chief") detain no one in
ACLED's sense, which codes the arrests of a state or an armed group. Read apart from
police_takings.py, which reads what a force's taking is, because this asks who took.
"""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root

# The sides of no state or armed group, as the actor lexicon reads them
PEOPLE_ROLES = frozenset({"civilian", "rioter"})


@predicate.add
def held_by_people(facts: ClauseFacts) -> bool:
    """The subject of the clause's arrest verb, or its "by" phrase, is civilians or a
    crowd ("villagers apprehended two thieves", "was arrested by residents"); not
    residents told doing something else around an arrest ("residents blocked the road
    after the arrest of a leader")."""
    doc = facts.doc
    people = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in PEOPLE_ROLES
              for i in range(m.start, m.end)}
    for match in facts.clause.triggers:
        if match.category != "arrest":
            continue
        verb = span_root(doc, match.start, match.end)
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [o for c in verb.children if c.dep_ == "agent"
                  for o in c.children if o.dep_ == "pobj"]
        if any(d.i in people for d in doers):
            return True
    return False
