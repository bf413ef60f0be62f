"""Predicates of a capture that takes a thing or a prize, no event: "captured the title",
"captured the moment", "seized 2.3 tonnes of cocaine" — unless the thing is a point held
on a front."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import armed_subject, lexicon, names_a_place
from eventdesk.components.events.subtype.shared import (
    FIGHTER_NOUNS,
    FORCE_NOUNS,
    GROUND_NOUNS,
    PEOPLE_NOUNS,
    SETTLED_GROUND,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root


@predicate.add
def wins_not_takes(facts: ClauseFacts) -> bool:
    """"captured the title", "seized 52 percent of the vote", "captured on camera": what was
    taken is a prize, a score or a picture (triggers.toml `prize_words`, `picture_words`),
    not ground or people; read on the capture verb's objects (all of them), its subject
    and its prepositions."""
    words = lexicon()
    prizes, pictures = words["prize_words"], words["picture_words"]
    verbs = {span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
             if m.category in ("capture", "recapture")}
    for verb in verbs:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if objects and all(_is_prize(o, prizes | pictures) for o in objects):
            return True
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lemma_.lower() in pictures:
                return True
            if child.dep_ in ("prep", "agent") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in pictures for g in child.children):
                return True
    return False


# What a prize may be "of" besides another prize: its season ("her second title of the year").
PRIZE_SPANS = frozenset({"year", "season", "month", "week", "decade", "century", "career"})


def _is_prize(noun: Token, prizes: frozenset[str]) -> bool:
    """A prize noun; a share ("52 percent") only of a prize ("of the vote"), not of ground
    ("70 percent of the country"); a prize of a season ("her second title of the year")."""
    if noun.lemma_.lower() not in prizes and noun.lower_ not in prizes:
        return False
    of_what = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return all(g.lemma_.lower() in prizes or g.lemma_.lower() in PRIZE_SPANS for g in of_what)


# What a capture verb takes when it takes neither ground nor people: a picture's subject
# ("captured the moment", "captured images of a rare okapi"), animals, contraband
# ("seized 2.3 tonnes of cocaine"), a sport's heat or spot, what a body clears or passes.
THINGS_TAKEN = {
    "moment", "life", "live", "image", "view", "scene", "sentiment", "mood", "essence",
    "beauty", "drama", "emotion", "look", "sound", "likeness", "story", "headline", "page",
    "animal", "bird", "penguin", "frog", "fish", "turtle", "whale", "lobster", "snake",
    "leopard", "lion", "tiger", "elephant", "okapi", "bear", "wolf", "crocodile", "monkey",
    "cocaine", "heroin", "drug", "marijuana", "cannabis", "hashish", "methamphetamine",
    "opium", "contraband", "counterfeit", "cigarette", "ivory", "timber", "fuel",
    "spot", "point", "goal", "event", "pair", "double", "single", "downhill", "slalom",
    "heat", "lap", "sprint", "stage", "time", "leg",
    # what a body clears or passes: candidates, bills, hurdles ("cleared 14 candidates")
    "candidate", "candidacy", "bill", "law", "motion", "budget", "hurdle", "backlog",
    "application", "nomination", "name",
    # a mood or a lead ("captured the spirit of the crowd", "seized the initiative")
    "spirit", "imagination", "attention", "heart", "atmosphere", "momentum", "initiative",
    # what is "brought under control" that is no ground: a fire, prices, a disease
    "fire", "blaze", "flame", "wildfire", "inferno", "inflation", "price", "deficit",
    "outbreak", "epidemic", "pandemic", "disease", "spread", "situation",
    # what deminers clear: mines and ordnance ("cleared 300 landmines from farmland")
    "mine", "landmine", "ordnance", "uxo", "rubble", "debris"}
# Measures before what was taken ("tonnes of cocaine", "images of a rare okapi").
MEASURES = {"tonne", "ton", "kilogram", "kg", "kilo", "gram", "pound", "quantity", "haul",
            "shipment", "consignment", "amount", "image", "picture", "photo", "footage"}


@predicate.add
def takes_a_thing(facts: ClauseFacts) -> bool:
    """Every object of the clause's capture verbs is a thing that is neither ground nor
    people: a picture's subject ("captured the moment", "captured images of an okapi"),
    an animal, contraband ("seized 2.3 tonnes of cocaine"), a sport's heat or spot."""
    doc = facts.doc
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category in ("capture", "recapture", "abduction")]
    objects = [c for v in verbs if v.pos_ == "VERB" for c in v.children
               if c.dep_ in ("dobj", "nsubjpass")
               or (c.dep_ == "nsubj" and v.lemma_.lower() in ("come", "fall"))]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if not objects:
        return False
    for noun in objects:
        lemma = noun.lemma_.lower()
        if lemma in MEASURES:
            of_what = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
            if of_what:
                lemma = of_what[0].lemma_.lower()
        if lemma not in THINGS_TAKEN or _military_point(noun):
            return False
    return True


# "captured a strategic point from the rebels", "seized several points around the
# village": a point held on a front is ground, not a sport's point ("captured their first
# three points in Group C").
POINT_WORDS = {"point", "position", "hill", "hilltop"}
GROUND_MODIFIERS = {"strategic", "military", "key", "important", "fortified", "defensive",
                    "several", "many", "multiple"}
GROUND_PREPS = {"around", "near", "inside", "along", "outside"}


def _military_point(noun: Token) -> bool:
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    return noun.lemma_.lower() in POINT_WORDS and (any(
        (c.dep_ in ("amod", "compound") and c.lower_ in GROUND_MODIFIERS)
        or (c.dep_ == "prep" and c.lower_ in GROUND_PREPS) for c in noun.children)
        or any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.head.children))



# Nouns of what a side takes by force: ground and people (with triggers.toml's ground,
# district and facility words and civilian sites: posts, bases, buildings).
TAKEN_BY_FORCE = GROUND_NOUNS | SETTLED_GROUND | PEOPLE_NOUNS | FIGHTER_NOUNS | FORCE_NOUNS
# Entities a capture of ground or people names.
TAKEN_ENTITIES = {"GPE", "LOC", "FAC", "PERSON", "NORP"}


@predicate.add
def one_person_wins(facts: ClauseFacts) -> bool:
    """"Paul Tracy captured pole position", "Toney captured the heavyweight crown",
    "Indurain captured five back-to-back": every capture verb of the clause has one named
    person for its subject, no armed actor, and takes neither ground nor people — no
    place, person or force named in its objects, and no noun of ground, posts or people
    (but "pole position", a prize's position) — a win in sport, not a side's capture."""
    doc = facts.doc
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category in ("capture", "recapture")]
    if not verbs:
        return False
    words = lexicon()
    prizes = words["prize_words"]
    forced = TAKEN_BY_FORCE | words["ground_words"] | words["district_words"] \
        | words["facility_words"] | words["civilian_sites"]
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        if verb.pos_ != "VERB" or len(subjects) != 1 or subjects[0].ent_type_ != "PERSON" \
                or armed_subject(verb) or not objects:
            return False
        for noun in objects:
            ids = {t.i for t in noun.subtree}
            prize_named = any(c.dep_ == "compound" and c.lower_ in prizes
                              for c in noun.children)
            if names_a_place(doc, ids) or any(t.ent_type_ in TAKEN_ENTITIES for t in noun.subtree) \
                    or ((noun.lemma_.lower() in forced or noun.lower_ in forced)
                        and not prize_named):
                return False
    return True


# Arms a side takes off the dead or the beaten ("two rifles seized", "several guns seized").
WEAPON_NOUNS = frozenset({"weapon", "gun", "rifle", "arm", "ammunition", "pistol", "grenade",
                          "vehicle", "tank",  # "seizing 40 combat vehicles": materiel
                          "rocket", "launcher", "explosive", "bomb", "mortar", "machinegun"})


@predicate.add
def weapons_seized(facts: ClauseFacts) -> bool:
    """Every thing the clause's capture verbs took is arms, read also where a passive's
    "were" is left out after "and" ("three gunmen were killed and two rifles seized": the
    parse makes the rifles a subject, or the verb a modifier of "guns"): weapons taken in
    a fight, no ground."""
    doc = facts.doc
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "capture"]
    taken = []
    for verb in (v for v in verbs if v.pos_ == "VERB"):
        taken += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                  or c.dep_ == "nsubj" and verb.dep_ == "conj"
                  and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)]
        if verb.dep_ == "acl":
            taken.append(verb.head)
    taken += [c for t in taken for c in t.children if c.dep_ == "conj"]
    return bool(taken) and all(t.lemma_.lower() in WEAPON_NOUNS for t in taken)


# Where arms are kept: a store taken whose contents are arms is the arms, not ground.
ARMS_STORES = frozenset({"depot", "warehouse", "store", "storehouse", "stockpile", "arsenal",
                         "dump", "cache", "armoury", "armory", "magazine"})
# Arms as a store's contents ("containing anti-tank missiles and mortar rounds").
STORED_ARMS = WEAPON_NOUNS | {"missile", "munition", "shell", "round", "ammo", "firearm"}


@predicate.add
def arms_store_taken(facts: ClauseFacts) -> bool:
    """"Security forces seized a depot containing missiles and mortar rounds", "seized an
    arms dump": what the capture verb took is a store whose own words (a compound, or
    what it contains, holds or is full of) name arms — weapons kept from use, not ground."""
    verbs = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "capture"]
    stores = [c for v in verbs if v.pos_ == "VERB" for c in v.children
              if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ARMS_STORES]
    return any(t is not store and t.lemma_.lower() in STORED_ARMS
               for store in stores for t in store.subtree)
