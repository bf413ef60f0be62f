"""Predicates of explosions and remote violence: air and drone strikes, shelling and
missiles, chemical weapons, suicide bombers; and aircraft sent to rescue, not to strike.
Devices stopped, or set off by accident, by a force or by their victim, are in devices.py.
"""

from __future__ import annotations

from eventdesk.components.events.common import FAMILY_OF, lexicon
from eventdesk.components.events.subtype.shared import _purpose_has
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext, span_root

STRUCK_NOUNS = {"airstrike", "strike", "raid", "bombardment", "shelling", "explosion",
                "blast", "attack", "bombing", "fire"}


# What an aircraft does that strikes nothing: a shell or a bomb lands and a drone carries
# explosives, but a helicopter that "landed" or is "carrying medicines" only flew.
AIRCRAFT_TRAVEL = frozenset({"land", "carry"})


@predicate.add
def something_struck(facts: ClauseFacts) -> bool:
    """An air asset or munition counts when something was struck, not when it is named
    ("a helicopter carrying food landed in X" struck nothing)."""
    verbs = lexicon()["strike_verbs"]
    if {m.category for m in facts.clause.triggers} == {"air"}:
        verbs = verbs - AIRCRAFT_TRAVEL
    if facts.clause.root.lemma_.lower() in verbs:
        return True
    return any(t.lemma_.lower() in STRUCK_NOUNS or t.lemma_.lower() in verbs
               for t in facts.clause.tokens)


# What a strike is flown by, named as who struck or bombed ("the air component", "the air
# force", "aircraft", "a drone", "six NATO planes bombed"); triggers.toml's `air` words
# make an air strike on their own, these only as the striker, since "the plane landed" or
# "a plane crashed" strike nothing.
AIR_SUBJECT_WORDS = {"air", "aircraft", "warplane", "jet", "drone", "helicopter", "plane",
                     "airplane", "aeroplane", "aviation", "airforce", "bomber",
                     "fighter-bomber"}


@predicate.add
def struck_from_the_air(facts: ClauseFacts) -> bool:
    """"The air component struck a base, destroying fuel stocks": the clause's verb is a
    strike whose subject is an air force or aircraft; what it destroyed is the strike's
    damage, and the event is the strike."""
    root = facts.clause.root
    if root.lemma_.lower() not in lexicon()["strike_verbs"] or root.lemma_.lower() == "destroy":
        return False
    return any(w.lemma_.lower() in AIR_SUBJECT_WORDS or w.lower_ in AIR_SUBJECT_WORDS
               for s in root.children if s.dep_ == "nsubj"
               for w in [s, *(c for c in s.children if c.dep_ in ("compound", "amod"))])


# Verbs for sending a munition off from afar: a bomb "fired", "launched" or "lobbed" is a
# shell or missile, not a device planted.
FIRING_VERBS = {"fire", "launch", "lob"}
MUNITION_WORDS = {"bomb", "shell", "rocket", "missile", "mortar", "projectile"}


@predicate.add
def munition_fired(facts: ClauseFacts) -> bool:
    """"Bombs fired by the rebels fell on the area", "fired bombs at the camp": a munition
    of the clause was fired from afar, a shelling, not a bomb planted where it went off.
    Read on the words, as some munitions ("projectiles") are no trigger."""
    for device in facts.clause.tokens:
        if not ({device.lemma_.lower(), device.lower_.removesuffix("s")} & MUNITION_WORDS):
            continue
        fired_by = any(c.dep_ == "acl" and c.lemma_.lower() in FIRING_VERBS
                       for c in device.children)
        # a munition fires nothing: as the subject of "fired" it is a reduced passive the
        # parse read as active ("when bombs fired from across the border landed")
        fired = device.dep_ in ("dobj", "nsubjpass", "nsubj") \
            and device.head.lemma_.lower() in FIRING_VERBS
        if fired_by or fired:
            return True
    return False


# What a strike hits when a chemical weapon is its target, not its weapon.
CHEMICAL_SITES = {"facility", "plant", "factory", "site", "depot", "stockpile", "laboratory",
                  "lab", "storage", "warehouse", "store", "production", "complex", "cache"}


@predicate.add
def chemical_only_a_target(facts: ClauseFacts) -> bool:
    """"Struck an IS chemical weapons facility": every chemical word names what a site
    holds, the strike's target; the weapon used is the strike's own."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    chemical = [m for m in doc_ext(doc, "triggers") or []
                if m.category == "chemical" and m.start in ids]
    if not chemical:
        return False
    for m in chemical:
        head = span_root(doc, m.start, m.end)
        if not (head.dep_ in ("compound", "amod", "nmod")
                and head.head.lemma_.lower() in CHEMICAL_SITES):
            return False
    return True


@predicate.add
def for_rescue(facts: ClauseFacts) -> bool:
    """The clause's verb has a purpose of rescue or relief (typing.toml cue `rescue`, in
    its "to …" clause: "were deployed to evacuate residents", "used helicopters to reach
    families stranded on rooftops"); not rescuers who were its victims, nor a strike made
    to stop a rescue ("bombed the town to stop the rescue of the wounded")."""
    doc = facts.doc
    if any(FAMILY_OF.get(m.category) == "explosion"
           and span_root(doc, m.start, m.end).pos_ == "VERB"
           for m in facts.clause.triggers):
        return False
    return _purpose_has(facts, "rescue")


# Who sets off a bomb he dies with: a person, not a group ("militants detonated a bomb").
BOMBER_NOUNS = {"bomber", "attacker", "driver", "man", "woman", "girl", "boy", "assailant"}
SELF_WORDS = {"himself", "herself", "themselves"}
# Driving a vehicle that carries the bomb into its target: the driver dies with it.
RAMMING_VERBS = {"ram", "crash", "drive", "plough", "plow", "smash", "slam", "steer"}
EXPLOSIVE_LOAD = {"explosive", "explosives", "bomb", "bombs", "laden", "booby"}


@predicate.add
def bomber_died_with_device(facts: ClauseFacts) -> bool:
    """The one who set the bomb off died with it: "killing himself and five others", "an
    attacker detonated his explosives-laden car", "detonated the explosives in his car",
    "explosives strapped to a girl detonated", "rammed a truck packed with explosives
    into the gate". ACLED's suicide bomb, whatever the device is
    called, not a remote explosive. Not a blast the sentence tells as an accident ("a
    cowherd detonated an old shell by accident, killing himself")."""
    tokens = list(facts.clause.sent)
    if _cue("accidental_blast", tokens):
        return False
    if any(t.lower_ in SELF_WORDS and t.dep_ in ("dobj", "conj") for t in tokens):
        return True
    if any(t.lemma_.lower() == "strap" for t in tokens):
        return True
    for verb in tokens:
        if verb.lemma_.lower() in RAMMING_VERBS and any(
                t.lower_ in EXPLOSIVE_LOAD for c in verb.children if c.dep_ == "dobj"
                for t in c.subtree):
            return True   # "rammed his explosives-laden truck into the gate"
        if verb.lemma_.lower() not in ("detonate", "explode", "blow"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":   # "approached the crowd and detonated …"
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not any(s.lemma_.lower() in BOMBER_NOUNS or s.ent_type_ in ("PERSON", "NORP")
                   for s in subjects):
            continue
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [g for t in things for p in t.children if p.dep_ == "prep"
                   for g in p.children if g.dep_ == "pobj"]   # "the explosives in his car"
        things += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")
                   for g in p.children if g.dep_ == "pobj"]   # the parse hangs it on the verb
        if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for t in things
               for c in t.children):
            return True
    return False


@predicate.add
def bombed_by_a_state_or_aircraft(facts: ClauseFacts) -> bool:
    """"Israel bombed a camp", "US forces bombed a mosque", "a village was bombed by an
    unidentified plane", "the US bombing of the town", "Israeli bombing": the verb "bomb"
    (or the noun "bombing") with a state, a foreign force or an aircraft as who bombed is an
    air strike — states bomb from the air; a group that "bombed a hotel" ("rebels bombed a
    police post", "the ISIS bombing") set off a device, a remote explosive."""
    doc = facts.doc
    states = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ("state", "international")
              for i in range(m.start, m.end)}
    for verb in facts.clause.tokens:
        if verb.lemma_.lower() == "bombing" and verb.pos_ == "NOUN":
            bombers = [c for c in verb.children if c.dep_ in ("poss", "compound", "amod")]
            if any(who.i in states or who.ent_type_ in ("GPE", "NORP")
                   or who.lemma_.lower() in AIR_SUBJECT_WORDS for who in bombers):
                return True
            continue
        if verb.lemma_.lower() != "bomb" or verb.pos_ != "VERB":
            continue
        bombers = [c for c in verb.children if c.dep_ == "nsubj"]
        bombers += [g for c in verb.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]
        for who in bombers:
            if who.i in states or who.ent_type_ == "GPE" \
                    or who.lemma_.lower() in AIR_SUBJECT_WORDS \
                    or who.lemma_.lower() == "force" and any(c.lower_ == "air"
                                                             for c in who.children):
                return True
    return False


@predicate.add
def shelling_told_too(facts: ClauseFacts) -> bool:
    """The clause that names aircraft or drones names shells, rockets or missiles too
    ("artillery and drone fire hit the town", "shelled by tanks and warplanes"): one event
    by two means, coded by ACLED's priority as the air strike (GUIDELINES "The typology")."""
    return "shelling" in facts.categories


# The words after "air and …" that name what struck ("air and artillery strikes", "air and
# missile attacks", "aerial and ground bombardment").
AIR_CONJOINED_HEADS = STRUCK_NOUNS | {"strike", "raid", "assault", "bombing", "fire"}
AIR_MODIFIERS = {"air", "aerial"}


@predicate.add
def air_told_with_other_fire(facts: ClauseFacts) -> bool:
    """"Air and artillery strikes hit rebel positions", "air and missile attacks killed
    five": "air" coordinated with another means before the noun of the strike, which the
    trigger phrases ("air strikes") do not read; the air strike outranks the other means
    (ACLED's priority). Read on the surface: "air" or "aerial", then "and" or "or", then
    the strike noun within the next three words."""
    tokens = facts.clause.tokens
    doc = facts.doc
    for tok in tokens:
        if tok.lower_ not in AIR_MODIFIERS or tok.i + 2 >= len(doc):
            continue
        if doc[tok.i + 1].lower_ not in ("and", "or", "&"):
            continue
        ahead = doc[tok.i + 2:min(len(doc), tok.i + 5)]
        if any(t.lemma_.lower() in AIR_CONJOINED_HEADS and t.pos_ == "NOUN" for t in ahead):
            return True
    return False


# What grows, not what blows up: "freight costs exploded", "demand has exploded".
FIGURES = {"price", "cost", "rate", "demand", "sale", "inflation", "premium", "share", "stock",
           "debt", "spending", "number", "traffic", "population", "value", "fee", "rent",
           "bill", "index", "market", "export", "import", "output", "production"}


@predicate.add
def figure_not_weapon(facts: ClauseFacts) -> bool:
    """A figure that "exploded" ("freight costs exploded", "demand has exploded") or a
    price "a barrel" ("$80 a barrel"): the words of markets, no blast and no barrel bomb."""
    doc = facts.doc
    for match in facts.clause.triggers:
        word = span_root(doc, match.start, match.end)
        if match.category == "blast" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FIGURES
                for c in word.children):
            return True
        if match.category == "air" and word.lower_ == "barrel" and (
                word.dep_ == "npadvmod" or any(c.lower_ == "per" for c in word.children)
                or doc[word.i - 1].lower_ == "per"):
            return True
    return False
