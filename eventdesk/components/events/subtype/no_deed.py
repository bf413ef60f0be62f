"""Clauses with a trigger word and no deed of a side: a fire an accident started ("a faulty
heater set the curtains of the clinic alight", "a short circuit set the market ablaze") and
aircraft that only flew ("surveillance drones circled above the port"). Apart from
explosions.py and harm_causes.py, which are at their size limit.

A fire's cause is read on the noun phrase of the subject (or the passive's "by") of the
clause's verbs up to its head word, not on the clause's words nor on what follows the head:
rioters "set off fireworks and set fire to cars", or "rioters armed with firecrackers
torched a bus", burned on purpose. An aircraft's flight is read on the verb of flying with
"over" or "above" a place and no second deed joined to it ("drones flew over the town and
fired missiles" struck); whether it also struck is rule weapon-only-named's
`something_struck`, which the rule keeps."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate

# Verbs of flying over a place, and the prepositions that make it an overflight (explosions.py
# AIRCRAFT_TRAVEL, "land" and "carry", are the strike verbs an aircraft's trip reads as
# striking nothing; these are no strike verbs and need no such exception)
FLYING_VERBS = frozenset({"fly", "hover", "circle", "overfly", "buzz", "patrol", "cruise"})
OVER_PREPOSITIONS = frozenset({"over", "above"})


def _causes(verb: Token) -> list[Token]:
    """The subject of the verb, of the verb it is joined to when it has none, and the "by"
    of its passive: who or what did it."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    return [c for c in found if c.dep_ != "nsubjpass"]


def _own_phrase(head: Token) -> list[Token]:
    """The noun phrase of a cause up to its head word ("a faulty heater", "short circuit"),
    not what hangs after it ("rioters armed with fireworks", "youths carrying candles"):
    what is carried or named after the head is no cause."""
    return list(head.doc[head.left_edge.i: head.i + 1])


@predicate.add
def burned_by_accident(facts: ClauseFacts) -> bool:
    """What set a fire is an accident's cause (typing.toml cue `fire_by_accident`:
    fireworks, a short circuit, a gas leak, lightning), read on its own noun phrase: "a
    faulty heater set the curtains of the clinic alight", "the depot was set ablaze by a
    short circuit"; not "rioters armed with firecrackers set fire to a bus", nor "crowds
    angered by a gas leak burned the plant"."""
    return any(_cue("fire_by_accident", _own_phrase(s))
               for verb in facts.clause.tokens
               if verb.pos_ in ("VERB", "AUX") and not _in_a_doers_phrase(verb)
               for s in _causes(verb))


def _in_a_doers_phrase(verb: Token) -> bool:
    """The verb hangs inside the subject of another ("demonstrators angered by a gas leak
    set fire to ..."): its "by" tells what moved the doers, not what set the fire."""
    return any(a.dep_ in ("nsubj", "nsubjpass") for a in verb.ancestors)


def _second_deed(verb: Token) -> bool:
    """A verb joined to the flight ("flew over the town and fired two missiles", "circled
    above the camp before striking it"): the aircraft did more than fly."""
    return any(c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ == "VERB"
               for c in verb.children)


@predicate.add
def flown_over(facts: ClauseFacts) -> bool:
    """A verb of flying over or above a place, or "overflew" a place, in the clause, with
    no second deed joined to it: "surveillance planes flew over the border villages",
    "drones were seen hovering above the port"."""
    for verb in facts.clause.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FLYING_VERBS:
            continue
        if _second_deed(verb):
            continue
        if verb.lemma_.lower() == "overfly" or any(
                c.dep_ in ("prep", "prt") and c.lower_ in OVER_PREPOSITIONS
                for c in verb.children):
            return True
    return False
