"""Predicates of weapons stopped on their way: "the missiles targeted X and were all
destroyed in the air", "two rockets were fired towards Y and were intercepted". A defence
ministry or a wire tells the launch and its end in one sentence; the end decides, an
interception (disrupted weapons use), not a strike on X. Fighters stopped on theirs ("an
attempt to infiltrate the border was thwarted") met the force that stopped them: a clash."""

from __future__ import annotations

from eventdesk.components.events.happened.irrealis import repelled_after
from eventdesk.components.events.subtype.destroyed import AIRBORNE_WEAPONS
from eventdesk.components.events.subtype.shared import PERSON_NOUNS
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.events.subtype.things_taken import STORED_ARMS

# The words after "destroyed" that say the weapon was still flying: "in the air", "in
# mid-air", "in flight", "over the sea"
IN_FLIGHT_WORDS = frozenset({"air", "mid-air", "midair", "flight", "mid"})
STOPPING_VERBS = frozenset({"intercept", "down", "neutralise", "neutralize"})


def _stopped(verb) -> bool:
    """The verb says the weapon was stopped in flight: intercepted, shot down or downed,
    or destroyed in the air (or over a place)."""
    lemma = verb.lemma_.lower()
    if lemma in STOPPING_VERBS:
        return True
    if lemma == "shoot":
        return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    if lemma != "destroy":
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "over" or prep.lower_ == "in" and any(
                t.lower_ in IN_FLIGHT_WORDS for t in prep.subtree):
            return True
    return any(c.dep_ == "advmod" and c.lower_ in ("midair", "mid-air") for c in verb.children)


def _sharing_subject(verb) -> list:
    """The verbs coordinated with `verb` that have no subject of their own."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]


def _weapon_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in AIRBORNE_WEAPONS
               for c in verb.children)


@predicate.add
def weapon_stopped_in_flight(facts: ClauseFacts) -> bool:
    """A missile, rocket or drone the clause tells fired or aimed, and, with the same
    subject, stopped ("targeted Jazan and were all destroyed in the air", "were fired
    towards Ashkelon and were intercepted"): the launch ended in an interception. Read
    also on the stopping verb's own clause ("... and were all destroyed in the air")."""
    for tok in facts.clause.tokens:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in AIRBORNE_WEAPONS \
                and any(_stopped(v) for v in _sharing_subject(tok.head)):
            return True
    root = facts.clause.root
    return root.dep_ == "conj" and _weapon_subject(root.head) \
        and root in _sharing_subject(root.head) and _stopped(root)


# A vehicle that carries a bomb ("a lorry loaded with explosives", "a car bomb")
BOMB_CARRIERS = frozenset({"car", "vehicle", "truck", "lorry", "minibus", "bus", "van",
                           "pickup", "motorcycle", "motorbike", "tanker", "boat"})
BOMB_WORDS = frozenset({"explosive", "explosives", "bomb", "bombs", "ied", "ieds"})
# Verbs of a force halting a vehicle before it reached its target
HALTING_VERBS = frozenset({"stop", "halt", "intercept", "seize", "impound", "catch"})


@predicate.add
def bomb_vehicle_stopped(facts: ClauseFacts) -> bool:
    """A vehicle carrying a bomb that the clause's verb halts ("police halted a
    lorry loaded with explosives at a roadblock", "a car bomb was stopped at the
    gate"): the bombing was prevented, disrupted weapons use, not an explosion. The
    vehicle is the verb's object or passive subject, the bomb words within its phrase."""
    for verb in facts.clause.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HALTING_VERBS:
            continue
        for vehicle in verb.children:
            if vehicle.dep_ in ("dobj", "nsubjpass") and _carries_a_bomb(vehicle):
                return True
    return False


def _carries_a_bomb(noun) -> bool:
    """"a lorry loaded with explosives", "a car bomb"."""
    if noun.lemma_.lower() in BOMB_CARRIERS:
        return any(t.lower_ in BOMB_WORDS for t in noun.subtree)
    return noun.lower_ in BOMB_WORDS and any(
        c.dep_ == "compound" and c.lemma_.lower() in BOMB_CARRIERS for c in noun.children)


@predicate.add
def person_intercepted(facts: ClauseFacts) -> bool:
    """"gunmen who intercepted him as he drove home", "intercepted the mayor on the road":
    a person stopped on the way, how an ambush on that person is told, not a weapon."""
    return any(verb.lemma_.lower() == "intercept" and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her")
                                            or c.lemma_.lower() in PERSON_NOUNS - {"them"})
        for c in verb.children) for verb in facts.clause.tokens)


# Vehicles that carry people on a road or at sea: intercepted, they are stopped, not a
# weapon kept from use (rule vehicle-intercepted)
VEHICLE_NOUNS = frozenset({"minibus", "bus", "car", "vehicle", "truck", "lorry", "van", "taxi",
                           "pickup", "motorcycle", "motorbike", "boat", "canoe", "jeep"})
# What a vehicle intercepted may carry that makes it arms kept from use: the one list of
# arms (things_taken.py) and of bombs (above), compared by lemma; a vehicle is no cargo
CARGO_OF_ARMS = (STORED_ARMS | BOMB_WORDS) - VEHICLE_NOUNS


@predicate.add
def vehicle_intercepted(facts: ClauseFacts) -> bool:
    """"Gendarmes intercepted a taxi outside the town", "a lorry with 25 migrants aboard
    was intercepted": every trigger of the clause is "intercept", acting on a vehicle —
    people stopped on the road (their arrest or lynching, if any, told in its own words),
    not a weapon stopped. Not a vehicle carrying arms (`_carries_arms`); arms seized in a
    clause of their own ("… and seized rifles") are coded there."""
    verbs = [t for m in facts.clause.triggers for t in facts.doc[m.start:m.end]
             if t.pos_ == "VERB"]
    return bool(verbs) and all(v.lemma_.lower() == "intercept" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in VEHICLE_NOUNS
        and not _carries_arms(c) for c in v.children) for v in verbs)


def _carries_arms(vehicle) -> bool:
    """A word of the vehicle's phrase names arms or a bomb, read by lemma against the arms
    things_taken.py reads in a store (`STORED_ARMS`) and the bomb words above: "a car
    carrying a bomb", "a pickup carrying a mortar", "a van laden with an IED", "a boat
    carrying weapons to the rebels"."""
    return any(t.lemma_.lower() in CARGO_OF_ARMS or t.lower_ in CARGO_OF_ARMS
               for t in vehicle.subtree)


# A force of people moving into ground held by another ("foiled an incursion"), and the
# verbs an "attempt" of such a move is told with ("an attempt to infiltrate the border")
INCURSION_NOUNS = frozenset({"incursion", "infiltration", "assault", "offensive", "advance",
                             "breakthrough", "landing"})
INCURSION_VERBS = frozenset({"infiltrate", "cross", "penetrate", "enter", "breach", "storm",
                             "break", "land", "advance", "overrun"})
THWARTING_VERBS = frozenset({"thwart", "foil", "stop", "prevent"})


@predicate.add
def incursion_thwarted(facts: ClauseFacts) -> bool:
    """"An attempt by a sabotage group to infiltrate the border was thwarted by guards",
    "troops foiled an incursion by rebel fighters": fighters moving on another side's
    ground, stopped by that side, met it — an armed clash (ACLED), not a weapon kept from
    use. Not an attempt to smuggle, plant or attack (a plot or a device, disrupted)."""
    for verb in facts.clause.tokens:
        if verb.lemma_.lower() not in THWARTING_VERBS:
            continue
        for noun in verb.children:
            if noun.dep_ not in ("dobj", "nsubjpass"):
                continue
            if noun.lemma_.lower() in INCURSION_NOUNS or noun.lemma_.lower() == "attempt" and any(
                    c.dep_ in ("acl", "relcl") and c.lemma_.lower() in INCURSION_VERBS
                    for c in noun.children):
                return True
    return False


@predicate.add
def foiled_by_arrests(facts: ClauseFacts) -> bool:
    """"Officers thwarted a scheme to blow up a depot by detaining two men": a plot stopped by an
    arrest as its means ("by arresting", "by detaining"), wherever the parse hangs that "by";
    the arrest is the deed done, the plot only what it stopped."""
    if not any(t.lemma_.lower() in THWARTING_VERBS for t in facts.clause.tokens):
        return False
    arrests = {t.i for m in facts.clause.triggers if m.category == "arrest"
               for t in facts.doc[m.start:m.end]}
    return any(t.i in arrests and t.dep_ == "pcomp" and t.head.lower_ == "by"
               for t in facts.clause.tokens)


@predicate.add
def attempt_repelled_after(facts: ClauseFacts) -> bool:
    """"The enemy attempted to attack our positions near X. ... the enemy was repelled": a
    communiqué tells the attack as an attempt and, in the next sentence, its beating off;
    the attack took place and was fought (the clause's verb is the attempt)."""
    return repelled_after(facts.clause.root)
