"""Where the wounded were treated or died afterwards (issue 9, coordinates when no place is
marked): "was shot in the head and later died in a Paris hospital", "was in stable condition
after undergoing surgery at a hospital in Basra", "was captured ... and died a short time
later at the prison": the hospital's or the later death's town is where the victim was
taken, not where the deed was done. A sentence that names no other place then gives the
event none of its own (the report's place, or the country), not the hospital's town.

Not "a bomb exploded at a hospital in X" or "gunmen stormed the clinic in X" (the site is
the deed's object or scene, hung on no verb of care), nor "was shot and died in X" (a death
told with no later time and no place of care is most often at the scene).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import LATER_WORDS
from eventdesk.components.events.subtype.care_transport import is_care_site

# Verbs that tell what happened to a victim after the deed: treated, operated on, died
CARE_VERBS = frozenset({"treat", "hospitalize", "hospitalise", "admit", "undergo", "operate",
                        "recover", "evacuate", "airlift", "receive", "die", "succumb"})
# A death told as later than the deed: "later died", "died a short time later"
DEATH_VERBS = frozenset({"die", "succumb"})
# Links a place climbs through to the phrase it sits in ("a hospital in [Basra]", "a
# [Paris] hospital", "the Centro Medico hospital in [San Juan], Puerto Rico")
_CLIMB_DEPS = frozenset({"pobj", "prep", "compound", "appos", "conj", "nmod", "amod"})


def where_cared_for(root: Token) -> bool:
    """The place locates where a victim was treated or died after the deed: inside a phrase
    on a verb of care or dying (`CARE_VERBS`) that names a place of care ("at a hospital
    in X", "a X hospital"), or on a death told as later ("died a short time later at X")."""
    tok, cared = root, False
    while tok.dep_ in _CLIMB_DEPS and tok.head is not tok:
        cared = cared or is_care_site(tok)
        head = tok.head
        if tok.dep_ == "prep" and head.pos_ in ("VERB", "AUX"):
            return _verb_of_care(head, cared)
        tok = head
    return False


def _verb_of_care(verb: Token, cared: bool) -> bool:
    """"treated at a clinic", "undergoing surgery at a hospital", "later died": a verb
    telling the victim's care or later death."""
    lemma = verb.lemma_.lower()
    if lemma not in CARE_VERBS:
        return False
    if cared:
        return True
    return lemma in DEATH_VERBS and any(
        t.lower_ in LATER_WORDS for c in verb.children if c.dep_ in ("advmod", "npadvmod")
        for t in c.subtree)
