"""Predicates of assaults on ground: an assault or a storming of a town or a position with
nobody told killed or hurt, or an attack named as an operation a side launched or kept up —
how war reporting tells a fight for ground between armed sides.
"""

from __future__ import annotations

from eventdesk.components.events.common import lexicon, place_tokens
from eventdesk.components.events.subtype.battles import _site_attacked
from eventdesk.components.events.subtype.shared import SETTLED_GROUND
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext, span_root

# The attack words of a fight for ground: news "launches an assault on" or "storms" a
# town or a position held by the other side; a one-sided attack on civilians is told with
# its victims ("stormed a hotel, killing 20 guests").
ASSAULT_WORDS = {"assault", "storm", "counter-assault", "counterassault"}
# The plain "attack" is a fight for ground only when aimed at a town or a named place
# ("insurgents attacked the port town of X", "rebels attacked X"): news tells an attack on
# a village, a market or a camp as one on the people there (civilian_sites).
GROUND_ATTACK = "attack"
# Words that only name what an assault aims at ("..., targeting the villages of X").
AIMING_WORDS = {"target"}


@predicate.add
def assault_without_victims(facts: ClauseFacts) -> bool:
    """The clause's attack is an assault on or a storming of ground ("launched an assault
    on the village of X", "stormed Tal Afar") and its sentence tells nobody killed or hurt:
    a fight for ground between armed sides, an armed clash."""
    doc = facts.doc
    roots = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "attack"]
    words = {r.lemma_.lower() for r in roots   # the verb only: "launched an attack on X"
             if r.pos_ == "VERB" or r.lemma_.lower() != GROUND_ATTACK}   # is an offensive's
    words -= AIMING_WORDS   # "launched an assault, targeting the villages of X": its object
    if not words or not words <= ASSAULT_WORDS | {GROUND_ATTACK}:
        return False
    sent = facts.clause.sent
    if any(m.category == "kill" and sent.start <= m.start < sent.end
           for m in doc_ext(doc, "triggers") or []):
        return False   # "stormed a hotel, killing 20 guests": its victims decide
    # ground: a town or village, by its word or its name ("stormed Tal Afar"); not a
    # building ("stormed the consulate", "stormed a market")
    places = place_tokens(doc)
    civilian = lexicon()["civilian_sites"]
    if GROUND_ATTACK in words and _site_attacked(facts, civilian):
        return False   # "attacked a village": the people there, not ground
    ground = _site_attacked(facts, SETTLED_GROUND - civilian if GROUND_ATTACK in words
                            else SETTLED_GROUND) or any(
        t.i in places and (t.dep_ in ("dobj", "nsubjpass") or t.dep_ == "pobj"
                           and t.head.lower_ in ("on", "at", "into"))
        for t in facts.clause.tokens)
    return ground and not _cue("sexual_assault", list(sent))


# Verbs that put an assault in motion as an operation ("launched an assault", "began their
# attack", "continued their assault on X").
OPERATION_VERBS = {"launch", "begin", "start", "continue", "mount", "resume", "renew", "wage"}


@predicate.add
def assault_launched(facts: ClauseFacts) -> bool:
    """An assault or attack named as an operation a side launched, began or kept up ("ISIS
    launched another assault on the district", "the rebels began their attack at dawn"):
    how war reporting tells an offensive on ground the other side holds."""
    for m in facts.clause.triggers:
        noun = span_root(facts.doc, m.start, m.end)
        if m.category == "attack" and noun.pos_ == "NOUN" \
                and noun.dep_ in ("dobj", "nsubjpass") \
                and noun.head.lemma_.lower() in OPERATION_VERBS:
            return True
    return False
