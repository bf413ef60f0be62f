"""The wounded carried to care: "the injured were airlifted to a clinic", "the casualties
were taken by helicopter to a hospital in X". Local reports follow a shooting or a blast
with how the victims reached a hospital; the aircraft that carried them names no strike
(rule carried-to-care). Apart from explosions.py, which is at its size limit.

Only a passive carry verb whose subject is the hurt ("the wounded", "injured soldiers",
"the victims") and whose own phrase ends at the place of care, as classifier.py
`_care_of_the_wounded` reads it: not "jets carried out strikes near a hospital", "a blast
took place outside a clinic" nor "an explosion brought down part of a hospital"."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import CARE_SITE_NOUNS
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root

# Verbs that move people from the scene to care
CARRY_VERBS = frozenset({"fly", "airlift", "evacuate", "transfer", "take", "rush", "carry",
                         "ferry", "transport", "move", "medevac", "helicopter", "bring"})
# Verbs that tell an aircraft striking, which no trip to a hospital undoes
STRIKE_VERBS = frozenset({"strike", "bomb", "shell", "fire", "hit", "target", "attack",
                          "pound", "raid", "kill", "destroy"})
# The people carried: those hurt by the deed told beside it
HURT_WORDS = frozenset({"wounded", "injured", "victim", "casualty", "survivor", "hurt"})


@predicate.add
def carried_to_care(facts: ClauseFacts) -> bool:
    """The clause's own verb, or its trigger's, is a passive carry verb taking the hurt to a
    place of care (`_to_care`), and no verb of the clause strikes: the aircraft is the
    victims' transport, no air strike."""
    tokens = list(facts.clause.tokens)
    if any(t.lemma_.lower() in STRIKE_VERBS and t.pos_ == "VERB" for t in tokens):
        return False
    doc = facts.doc
    roots = [span_root(doc, m.start, m.end) for m in facts.clause.triggers]
    # the clause's own verb, or the verb its trigger hangs on ("were flown by helicopter")
    verbs = {facts.clause.root} | {t if t.pos_ == "VERB" else t.head for t in roots}
    return any(_to_care(v) for v in verbs)


def _to_care(verb: Token) -> bool:
    """"The wounded were flown to a clinic": a carry verb, passive, no particle ("carried
    out", "brought down", "took over") and not "take place", whose subject is the hurt and
    whose own subtree holds a place of care as a preposition's object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CARRY_VERBS:
        return False
    children = list(verb.children)
    if any(c.dep_ == "prt" for c in children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    if not subjects or not any(c.dep_ == "auxpass" for c in children):
        return False
    if not any(s.lemma_.lower() in HURT_WORDS or s.lower_ in HURT_WORDS or any(
            a.dep_ in ("amod", "compound") and a.lower_ in HURT_WORDS for a in s.children)
            for s in subjects):
        return False
    return any(t.dep_ == "pobj" and (t.lemma_.lower() in CARE_SITE_NOUNS
                                     or t.lower_ in CARE_SITE_NOUNS)
               for t in verb.subtree if t.i > verb.i)
