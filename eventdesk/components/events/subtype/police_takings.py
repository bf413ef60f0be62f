"""Predicates of a capture by the police: police, authorities and agents take wanted people,
not ground ("Panamanian police captured Henao in a remote part of southern Panama", "X was
captured in a hotel by police"). The taken person is often one word a gazetteer also holds
as a town, which the territory rules would read as ground taken; the taker tells the sense.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import main_trigger, place_tokens
from eventdesk.components.events.subtype.captives import _a_named_site, _taken_ground
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root

# The takers whose captures are arrests: law enforcement, named by its word or as the
# compound of one ("police officers", "intelligence agents", "FBI agents").
POLICE_WORDS = frozenset({
    "police", "policeman", "policemen", "policewoman", "policewomen", "authorities",
    "agent", "agents", "detective", "detectives", "gendarme", "gendarmes", "gendarmerie",
    "fbi", "cia", "interpol", "constabulary", "marshal", "marshals",
})
# "Seized" is left out: masked agents who seize an activist from his home make him disappear
# (rule people-seized).
CAPTURE_LEMMAS = frozenset({"capture", "nab"})


# Where a person is found, not ground taken ("captured Mosquera at a ranch", "in a hotel").
HIDING_PLACES = frozenset({
    "house", "home", "hotel", "motel", "ranch", "farmhouse", "apartment", "flat", "hideout",
    "hideaway", "residence", "villa", "hospital", "car", "vehicle", "restaurant", "safehouse",
})


def _found_in_hiding(verb: Token) -> bool:
    """The capture is told where a person is found ("at a ranch", "in a hotel"): a
    one-word name it takes that the placer read as a town is a person."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in HIDING_PLACES for g in c.children)
        for c in verb.children)


def _police(tok: Token) -> bool:
    """A taker named as law enforcement, or a phrase joining one ("police and intelligence
    agents")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    if any(w.lemma_.lower() in POLICE_WORDS or w.lower_ in POLICE_WORDS for w in words):
        return True
    return any(c.dep_ == "conj" and _police(c) for c in tok.children)


def _takers(verb: Token) -> list[Token]:
    """Who took: the active subject, or the passive's "by" phrase ("by police", and "by
    police searching homes", which the parse reads as a clause after "by")."""
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    for by in (c for c in verb.children if c.dep_ == "agent"):
        takers += [g for g in by.children if g.dep_ == "pobj"]
        takers += [s for g in by.children if g.dep_ == "pcomp"
                   for s in g.children if s.dep_ == "nsubj"]
    return takers


@predicate.add
def taken_by_police(facts: ClauseFacts) -> bool:
    """A capture verb of the clause whose taker is the police, authorities or agents and
    whose object (or passive subject) is no ground, settlement, named site or place the
    placer read ("police captured the headquarters", "police captured Sinjar after a battle"
    stay takings) unless the capture is told where a person hides: the arrest of wanted
    people."""
    ground = _taken_ground()
    places = place_tokens(facts.doc)
    for verb in facts.clause.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CAPTURE_LEMMAS \
                or not any(_police(t) for t in _takers(verb)):
            continue
        taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        hiding = _found_in_hiding(verb)
        if taken and not any(t.i in places and not hiding or t.lemma_.lower() in ground
                             or t.lower_ in ground or t.pos_ == "PROPN"
                             and t.ent_type_ != "PERSON" and _a_named_site(t, ground)
                             for t in taken):
            return True
    return False


# Prepositions that name a deed as what came before the clause's own ("after the arrest of").
CAUSE_PREPS = frozenset({"after", "following"})


@predicate.add
def arrest_named_as_cause(facts: ClauseFacts) -> bool:
    """"Residents blocked the highway with burning trucks after the arrest of a local
    leader": an arrest noun after "after" or "following" on a verb that tells no deed of a
    trigger's, with no day of its own, is named as the cause of what the clause reports
    (ACLED codes the arrest where the report tells it with its day), not the clause's event."""
    main = main_trigger(facts.doc, facts.clause)
    word = span_root(facts.doc, main.start, main.end)
    if word.pos_ != "NOUN" or word.dep_ != "pobj" or word.head.lower_ not in CAUSE_PREPS:
        return False
    verb = word.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb not in facts.clause.tokens \
            or any(m.start <= verb.i < m.end for m in facts.clause.triggers):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in word.subtree)
