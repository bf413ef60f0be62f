"""The wounded carried to care: "the wounded were flown by helicopter to the military
hospital in X", "the injured were airlifted to a clinic". Local reports follow a shooting or
a blast with how the victims reached a hospital; the aircraft that carried them names no
strike (rule carried-to-care). Apart from explosions.py, which is at its size limit."""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root

# Places of care the victims are taken to (as place_mentions/aftercare.py, which typing may
# not import)
CARE_SITE_NOUNS = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary",
                             "dispensary", "ward"})
# Verbs that move people from the scene to care
CARRY_VERBS = frozenset({"fly", "airlift", "evacuate", "transfer", "take", "rush", "carry",
                         "ferry", "transport", "move", "medevac", "helicopter", "bring"})
# Verbs that tell an aircraft striking, which no trip to a hospital undoes
STRIKE_VERBS = frozenset({"strike", "bomb", "shell", "fire", "hit", "target", "attack",
                          "pound", "raid", "kill", "destroy"})


@predicate.add
def carried_to_care(facts: ClauseFacts) -> bool:
    """The clause's verb carries people to a place of care (`CARE_SITE_NOUNS`: "were flown
    by helicopter to the military hospital"), and no verb of it strikes: the aircraft is the
    victims' transport, no air strike."""
    tokens = list(facts.clause.tokens)
    if any(t.lemma_.lower() in STRIKE_VERBS and t.pos_ == "VERB" for t in tokens):
        return False
    if not any(t.lower_ in CARE_SITE_NOUNS for t in tokens):
        return False
    doc = facts.doc
    roots = [span_root(doc, m.start, m.end) for m in facts.clause.triggers]
    verbs = {t.head for t in roots if t.pos_ != "VERB"} | {t for t in roots if t.pos_ == "VERB"}
    verbs |= {t for t in tokens if t.dep_ == "ROOT"}
    return any(v.lemma_.lower() in CARRY_VERBS for v in verbs) or any(
        v.head.lemma_.lower() in CARRY_VERBS for v in verbs)
