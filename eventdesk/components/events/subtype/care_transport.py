"""The wounded carried to care: "the injured were airlifted to a clinic", "the casualties
were taken by helicopter to a hospital in X". Local reports follow a shooting or a blast
with how the victims reached a hospital; the aircraft that carried them names no strike
(rule carried-to-care). Apart from explosions.py, which is at its size limit.

Only a passive carry verb whose subject is the hurt ("the wounded", "injured soldiers",
"the victims") and whose own phrase ends at the place of care, as classifier.py
reads it too (`carries_to_care`): not "jets carried out strikes near a hospital", "a blast
took place outside a clinic" nor "an explosion brought down part of a hospital".

The one home of the words of care: the places of care (`CARE_SITE_NOUNS`, which placing's
aftercare reads too) and the verbs that carry people somewhere (`CARRY_VERBS`, the core of
place_mentions/destinations.py's `CONVEYANCE_VERBS`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root

# Places of care a victim is taken to, or a body kept: for typing, placing and the classifier
CARE_SITE_NOUNS = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary",
                             "dispensary", "mortuary", "morgue", "ward"})
# Verbs by which others move people somewhere: from the scene to care ("were airlifted to a
# clinic"), or away ("deported to the camp at X")
CARRY_VERBS = frozenset({"fly", "airlift", "evacuate", "transfer", "take", "rush", "carry",
                         "ferry", "transport", "move", "medevac", "helicopter", "bring",
                         "deport", "send", "relocate", "escort"})
# Those of them that also tell people going of themselves ("protesters moved to the
# governor's office", "the minister flew to X"): carrying only in the passive ("the wounded
# were moved to a clinic")
SELF_MOVING_VERBS = frozenset({"fly", "ferry", "move", "medevac", "helicopter"})
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


@predicate.add
def a_verb_strikes(facts: ClauseFacts) -> bool:
    """A verb of the clause strikes ("warplanes hit a paratroop base", "drones struck the
    airlift hub"): troops flown in are then only the target's name (rule
    troops-dropped-from-the-air)."""
    return any(t.lemma_.lower() in STRIKE_VERBS and t.pos_ == "VERB"
               for t in facts.clause.tokens)


def _to_care(verb: Token) -> bool:
    """"The wounded were flown to a clinic": a carry verb, passive, no particle ("carried
    out", "brought down", "took over") and not "take place", whose subject is the hurt and
    whose own subtree holds a place of care as a preposition's object."""
    if verb.pos_ != "VERB" or not carries_to_care(verb):
        return False
    children = list(verb.children)
    if any(c.dep_ == "prt" for c in children) or any(
            c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    if not subjects or not any(c.dep_ == "auxpass" for c in children):
        return False
    return any(s.lemma_.lower() in HURT_WORDS or s.lower_ in HURT_WORDS or any(
        a.dep_ in ("amod", "compound") and a.lower_ in HURT_WORDS for a in s.children)
        for s in subjects)


def carries_to_care(verb: Token) -> bool:
    """"The wounded soldiers were rushed to the regional hospital", "the injured were taken
    to clinics in X": a carry verb whose own phrase, after it, holds a place of care as a
    preposition's object."""
    return verb.lemma_.lower() in CARRY_VERBS and any(
        t.dep_ == "pobj" and is_care_site(t) for t in verb.subtree if t.i > verb.i)


def is_care_site(tok: Token) -> bool:
    """"hospital", "clinics", "the morgue": a place of care, by its lemma or its form."""
    return tok.lemma_.lower() in CARE_SITE_NOUNS or tok.lower_ in CARE_SITE_NOUNS
