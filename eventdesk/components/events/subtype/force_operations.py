"""Force operations: deaths told as the toll of a police or army "operation" or "raid" ("the
operation by the Military Police in X on Tuesday left at least 22 people dead") in a report
that names the armed side the force went after (a gang, a faction, traffickers). News tells
such a toll by "people" or "suspects", which the actor lexicon reads as civilians, but the
dead fell in the force's fight with that side: ACLED's armed clash (rule
force-operation-toll), not an attack on civilians. Victims named as residents, children,
bystanders and the like keep the attack."""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext

OPERATIONS = frozenset({"operation", "raid"})
FORCE_WORDS = frozenset({"police", "army", "military", "troops", "soldiers", "forces"})
# The dead called by words that say they were not fighting.
CIVILIAN_WORDS = frozenset({"civilian", "resident", "child", "children", "woman", "women",
                            "bystander", "villager", "student", "passer", "passerby",
                            "worker", "girl", "boy", "baby", "pupil", "family"})
# How far from the toll (in sentences) the report may name the side the force went after.
NEAR = 3


def _force_operation(facts: ClauseFacts) -> bool:
    """The clause's sentence names an operation or raid of a state force."""
    doc, sent = facts.doc, facts.clause.sent
    state = [m for m in doc_ext(doc, "actors") or [] if m.role_hint == "state"
             and sent.start <= m.start < sent.end]
    for op in sent:
        if op.lemma_.lower() not in OPERATIONS or op.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in FORCE_WORDS
               for c in op.children):
            return True
        span = {t.i for t in op.subtree}
        if any(m.start in span for m in state):
            return True
    return False


@predicate.add
def force_operation_toll(facts: ClauseFacts) -> bool:
    """Deaths in the sentence of a state force's operation or raid (whichever armed side the
    parse makes the clause's actor: the force, the side it went after), none of the dead called
    civilians by their word, in a report that names an armed or unnamed armed side within
    three sentences: the force fought that side."""
    if facts.agent_role in ("civilian", "protester", "rioter") or not _force_operation(facts):
        return False
    sent = facts.clause.sent
    # not a word that only owns another ("residents' associations count 23")
    if any(t.lemma_.lower() in CIVILIAN_WORDS and t.dep_ != "poss" for t in sent):
        return False
    sents = list(facts.doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start == sent.start)
    lo, hi = sents[max(0, at - NEAR)].start, sents[min(len(sents) - 1, at + NEAR)].end
    return any(m.role_hint in ("armed", "unidentified") and lo <= m.start < hi
               for m in doc_ext(facts.doc, "actors") or [])
