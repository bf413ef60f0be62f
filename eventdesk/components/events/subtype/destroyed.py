"""Predicates of things destroyed: a military asset, a fighting unit or a weapon in flight
destroyed, and damage told in a strike's tally or as a state — read to tell a strategic
development from a fight or a strike.
"""

from __future__ import annotations

from eventdesk.components.events.common import FAMILY_OF, lexicon
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root

MILITARY_ASSETS = {"headquarters", "base", "camp", "hideout", "position", "stronghold",
                   "depot", "cache", "weapon", "vehicle", "tank", "equipment", "bunker",
                   "trench", "checkpoint", "post", "outpost", "tunnel", "launcher",
                   "ammunition", "barracks", "fortification", "logistics", "stockpile",
                   "bases"}  # spaCy reads "bases" as the plural of "basis"
# A fighting unit or its people "destroyed" ("destroyed a sabotage group"): fighting.
FIGHTING_UNITS = {"group", "unit", "squad", "detachment", "column", "formation", "battalion",
                  "brigade", "platoon", "cell", "fighter", "militant", "soldier", "troop",
                  "terrorist", "insurgent", "rebel", "gunman", "militiaman"}


@predicate.add
def military_asset_object(facts: ClauseFacts) -> bool:
    """What was destroyed is a side's war asset ("their headquarters", "hideouts", "a
    weapons depot", "their logistics bases") or a fighting unit ("a sabotage group"), not
    property. Read on the objects of "destroy" where the clause has it, so that "killed
    dozens of fighters and destroyed their bases" is judged by the bases."""
    return _all_destroyed_in(facts, MILITARY_ASSETS)


@predicate.add
def destroyed_by_an_attack(facts: ClauseFacts) -> bool:
    """"The strikes killed eight people and destroyed a house": what destroyed is the
    attack told before ("the strikes", "the shelling", "the blast"), the subject of the
    verb or of the verb it is coordinated with; the damage is that attack's, not looting."""
    attacks = lexicon()["backref_nouns"]
    for verb in (t for t in facts.clause.tokens if t.lemma_.lower() == "destroy"):
        holder = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
        for subject in (c for c in holder.children if c.dep_ == "nsubj"):
            if subject.lower_ in attacks or subject.lemma_.lower() in attacks:
                return True
    return False


# Families of the deeds whose damage a sentence tallies after them
STRIKE_FAMILIES = frozenset({"explosion", "attack", "battle"})


@predicate.add
def damage_in_a_strike_tally(facts: ClauseFacts) -> bool:
    """"X was shelled, one woman wounded, the house destroyed": a destruction the sentence
    lists after a strike, attack or fight it told before, with nobody named as its doer
    (the rule asks for no acting side), is that deed's damage, as its wounded are."""
    clause = facts.clause
    words = [span_root(facts.doc, m.start, m.end) for m in clause.triggers
             if FAMILY_OF.get(m.category) == "looting"]
    if not words or any(c.dep_ == "agent" for w in words for c in w.children):
        return False
    return any(FAMILY_OF.get(m.category) in STRIKE_FAMILIES
               for m in doc_ext(facts.doc, "triggers") or []
               if clause.sent.start <= m.start < clause.start)


@predicate.add
def damage_as_a_state(facts: ClauseFacts) -> bool:
    """"Rescuers searched the rubble of the destroyed houses", "pulled bodies from the
    rubble of the destroyed clinic": every destruction word of the clause is a participle that says
    what state a thing is in (an adjective on its noun), not a deed done; the deed, where
    the report tells it, has its own clause."""
    doc = facts.doc
    words = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if FAMILY_OF[m.category] == "looting"]
    return bool(words) and all(w.dep_ == "amod" and w.i != facts.clause.root.i
                               for w in words)


@predicate.add
def fighting_unit_destroyed(facts: ClauseFacts) -> bool:
    """What was destroyed is a fighting unit or its people ("destroyed a sabotage group",
    "destroyed an enemy column"): a side's claim of a fight it won."""
    return _all_destroyed_in(facts, FIGHTING_UNITS)


# What flies at a target unmanned: "destroyed nine drones", "destroyed two missiles"
AIRBORNE_WEAPONS = {"drone", "uav", "missile", "rocket", "projectile"}


@predicate.add
def airborne_weapon_destroyed(facts: ClauseFacts) -> bool:
    """What was destroyed is a drone, missile or rocket in flight ("air defences destroyed
    nine drones", "destroyed 12 unmanned aerial vehicles over the region", "the drone was
    destroyed in the air"): the way a
    defence ministry tells an interception, disrupted weapons use, not property destroyed.
    Air defences that destroyed a number of the weapons the sentence named before ("attacked
    the region with drones; air defence forces destroyed 8 of them") intercepted them too."""
    verbs = [v for v in facts.clause.tokens if v.lemma_.lower() == "destroy"]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    by_defences = any(t.lower_ in ("defence", "defense", "defences", "defenses")
                      for v in verbs for c in v.children if c.dep_ == "nsubj"
                      for t in c.subtree)
    in_flight = by_defences or any(
        (c.dep_ == "prep" and c.lower_ == "over") or _in_the_air(c)
        for w in [*verbs, *objects] for c in w.children)
    return in_flight and bool(objects) and all(
        o.lemma_.lower() in AIRBORNE_WEAPONS or o.lower_ == "uavs"
        or (o.lemma_.lower() == "vehicle"
            and bool({c.lower_ for c in o.children} & {"unmanned", "aerial"}))
        or (by_defences and o.like_num)   # "8 of them", "all 12"
        for o in objects)


def _in_the_air(word) -> bool:
    """"Destroyed in the air", "in mid-air", "midair": the weapon was stopped in flight."""
    if word.lower_ in ("midair", "mid-air"):
        return True
    return word.dep_ == "prep" and word.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lower_ in ("air", "midair", "mid-air") for o in word.children)


def _all_destroyed_in(facts: ClauseFacts, words: set[str]) -> bool:
    """Every object of "destroy" (of any verb, where the clause has no "destroy") is one
    of the words."""
    destroyed = [t for t in facts.clause.tokens if t.lemma_.lower() == "destroy"]
    if destroyed:
        objects = [c for v in destroyed for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    else:
        objects = [t for t in facts.clause.tokens if t.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in words or o.lower_ in words
                                 for o in objects)
