"""Clauses with a trigger word and no deed of a side: a fire an accident started ("fireworks
set alight the ceiling of the hall", "a short circuit set the market ablaze") and aircraft
that only flew ("reconnaissance drones flew over the town"). Apart from explosions.py and
harm_causes.py, which are at their size limit.

A fire's cause is read on the subject (or the passive's "by") of the clause's verbs, not on
the clause's words: rioters "set off fireworks and set fire to cars" burned on purpose. An
aircraft's flight is read on the verb of flying with "over" or "above" a place; whether it
also struck is rule weapon-only-named's `something_struck`, which the rule keeps."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate

# Verbs of flying over a place, and the prepositions that make it an overflight
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


@predicate.add
def burned_by_accident(facts: ClauseFacts) -> bool:
    """What set a fire is an accident's cause (typing.toml cue `fire_by_accident`:
    fireworks, a short circuit, a gas leak, lightning): "fireworks set alight the flammable
    ceiling panels of the hall", "the market was set ablaze by a short circuit"."""
    return any(_cue("fire_by_accident", list(s.subtree))
               for verb in facts.clause.tokens if verb.pos_ in ("VERB", "AUX")
               for s in _causes(verb))


@predicate.add
def flown_over(facts: ClauseFacts) -> bool:
    """A verb of flying over or above a place, or "overflew" a place, in the clause:
    "reconnaissance aircraft flew over the districts", "drones were seen hovering above
    the town"."""
    for verb in facts.clause.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in FLYING_VERBS:
            continue
        if verb.lemma_.lower() == "overfly" or any(
                c.dep_ == "prep" and c.lower_ in OVER_PREPOSITIONS for c in verb.children):
            return True
    return False
