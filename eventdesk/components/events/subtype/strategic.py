"""Predicates of strategic developments: assets and property destroyed, posts handed over,
raids that make arrests, borders crossed, weapons taken (agreements and surrenders are
agreements.py).
"""

from __future__ import annotations

from eventdesk.components.events.common import FAMILY_OF, armed_subject, lexicon
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


@predicate.add
def hands_over_post(facts: ClauseFacts) -> bool:
    """"handed over the base / the garrison / control to the army", "surrendered the
    district compound", "transferred control of the area": a post or control given up,
    which no gazetteer names."""
    root = facts.clause.root
    if root.lemma_.lower() not in ("hand", "surrender", "transfer", "cede"):
        return False
    posts = lexicon()["facility_words"] | {"garrison", "camp", "control", "town", "city"}
    return any(c.dep_ == "dobj" and c.lemma_.lower() in posts for c in root.children)


# Prepositions of the way a withdrawing force went, not the place it left
WAY_TO = frozenset({"toward", "towards", "to"})


@predicate.add
def has_place_object(facts: ClauseFacts) -> bool:
    """"abandoned the port of Kismayo"; not "abandoned their posts", the way a force went
    ("withdrew toward Shwebo", "towards the Shwebo hills") nor where people surrendered."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    surrender = facts.clause.root.lemma_.lower() == "surrender"
    for mention in doc_ext(doc, "places") or []:
        if mention.start in ids and mention.kind != "country":
            head = span_root(doc, mention.start, mention.end)
            way = next(t for t in [head, *head.ancestors] if t.dep_ != "compound")
            if way.dep_ == "pobj" and way.head.lower_ in WAY_TO:
                continue
            if surrender and _where_it_happened(head):
                continue
            if head.dep_ in ("dobj", "pobj", "appos") or head.head.dep_ in ("dobj", "pobj"):
                return True
    return False


def _where_it_happened(place) -> bool:
    """"in the town of Shwebo" after the verb: the scene of the deed, not its object."""
    while place.dep_ in ("pobj", "appos", "compound") or place.dep_ == "prep" \
            and place.lower_ == "of":
        place = place.head
        if place.dep_ == "prep" and place.lower_ in ("in", "at", "near"):
            return True
    return False


# What burning or razing destroys when it destroys property ("burned dozens of homes").
PROPERTY_NOUNS = {"home", "house", "village", "shop", "hut", "building", "church", "mosque",
                  "school", "market", "car", "vehicle", "dwelling", "property", "field", "crop",
                  "granary", "farm", "store", "office", "shelter", "compound", "homestead"}
BURNING_VERBS = {"burn", "torch", "raze", "burnt"}


@predicate.add
def property_burned(facts: ClauseFacts) -> bool:
    """"Soldiers burned dozens of homes": the clause's verb burns property (its object, or
    what the object counts), whatever attack is told as its reason."""
    root = facts.clause.root
    if root.lemma_.lower() not in BURNING_VERBS:
        return False
    for obj in (c for c in root.children if c.dep_ == "dobj"):
        counted = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if any(w.lemma_.lower() in PROPERTY_NOUNS for w in [obj, *counted]):
            return True
    return False


@predicate.add
def burned_down_by_itself(facts: ClauseFacts) -> bool:
    """"The opera house burned down in 1987": every looting word of the clause is "burn"
    in the active voice with a building for its subject and no object — a fire, no one
    burning it (a passive "was burned down" has a doer, told or not)."""
    doc = facts.doc
    words = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if FAMILY_OF.get(m.category) == "looting"]
    return bool(words) and all(
        w.lemma_.lower() in ("burn", "burnt") and w.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in w.children)
        and any(c.dep_ == "nsubj" for c in w.children) and not armed_subject(w)
        for w in words)


# Words of a force's raid: how it makes arrests, as well as how it assaults ("stormed the
# town at dawn, raided homes and arrested five")
RAID_WORDS = {"raid", "storm"}


@predicate.add
def raid_makes_arrests(facts: ClauseFacts) -> bool:
    """The clause tells a raid, and its sentence arrests and no fight nor killing ("the
    army raided neighbourhoods it controls and arrested several members of a militia",
    "security forces are raiding a hospital and arresting the wounded"): the raid is how
    the force made the arrests, ACLED's arrests, not a clash."""
    told = _told_with_a_raid(facts)
    return "arrest" in told and not told & {"kill", "clash"}


@predicate.add
def raid_burns_homes(facts: ClauseFacts) -> bool:
    """The clause tells a raid, and its sentence burning or looting and no fight, killing
    nor arrest ("troops raided the village and set fire to 40 houses"): the raid is how the
    force destroyed property, not a clash with anyone."""
    told = _told_with_a_raid(facts)
    return bool(told & {"looting", "riot"}) and not told & {"kill", "clash", "arrest"}


def _told_with_a_raid(facts: ClauseFacts) -> set[str]:
    """The trigger categories of the sentence of a clause that tells a raid (what the raid
    was how of); none when the clause tells no raid."""
    doc, sent = facts.doc, facts.clause.sent
    if not any(span_root(doc, m.start, m.end).lemma_.lower() in RAID_WORDS
               for m in facts.clause.triggers):
        return set()
    return {m.category for m in doc_ext(doc, "triggers") or [] if sent.start <= m.start < sent.end}


# Words of a border crossed: "entered the city via the border crossing", "through the
# frontier"; the prepositions that tell the way in
BORDER_WORDS = {"border", "frontier", "crossing", "border-crossing"}
WAY_IN = {"via", "through", "across", "from"}


@predicate.add
def entered_across_a_border(facts: ClauseFacts) -> bool:
    """A side entering a country ("militants entered Syria", "forces entered Chechnya"), or
    entering after crossing ("tanks crossed the border and entered the governorate") or
    by way of a border ("entered the city via the border crossing from Turkey"): forces
    moving in from abroad, no ground taken from a side there (the real sentences so
    written are labelled "Other", not territory taken). Not "entered the border town"."""
    doc = facts.doc
    entering = [t for t in facts.clause.tokens if t.lemma_.lower() == "enter"
                and t.pos_ == "VERB"]
    countries = {i for m in doc_ext(doc, "places") or [] if m.kind == "country"
                 for i in range(m.start, m.end)}
    for verb in entering:
        joined = [c for c in verb.children if c.dep_ == "conj"] + (
            [verb.head] if verb.dep_ == "conj" else [])
        if any(c.dep_ == "dobj" and c.i in countries for c in verb.children) \
                or any(v.lemma_.lower() == "cross" for v in joined):
            return True
        if any(g.lemma_.lower() in BORDER_WORDS for c in verb.children
               if c.dep_ == "prep" and c.lower_ in WAY_IN for g in c.subtree):
            return True
    return False


# The families of a violent deed people may be held for.
VIOLENT_FAMILIES = frozenset({"attack", "kill", "explosion", "battle", "abduction", "riot",
                              "sexual"})
# Prepositions that hang the deed a detention is for on it ("in connection with the
# killings", "over the attack", "for the bombing", "linked to the raid").
HELD_FOR_PREPS = frozenset({"with", "over", "for", "to"})


@predicate.add
def held_for_a_violent_deed(facts: ClauseFacts) -> bool:
    """"Police detained eight men in connection with the killings", "held five men over
    Monday's bombing": people held for a violent deed the report names as one
    incident ("the", a day's or a place's possessive) — a conflict event's sequel, not an
    ordinary crime's, whatever a classifier reading the clause alone makes of it."""
    doc = facts.doc
    for m in facts.clause.triggers:
        if FAMILY_OF.get(m.category) not in VIOLENT_FAMILIES:
            continue
        deed = span_root(doc, m.start, m.end)
        if deed.pos_ == "NOUN" and deed.dep_ == "pobj" \
                and deed.head.lower_ in HELD_FOR_PREPS \
                and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any")
                        for c in deed.children):
            return True
    return False


# Verbs that take weapons from their holders, and the deeds told with such a taking
WEAPON_TAKING = {"recover", "seize", "confiscate", "collect", "find"}
HOLDERS_TAKEN = {"arrest", "detain", "apprehend", "nab", "capture", "kill", "neutralise",
                 "neutralize", "overrun"}


@predicate.add
def weapons_taken_from_the_told(facts: ClauseFacts) -> bool:
    """Weapons taken from people or a place the report has just told ("arrested two men and
    recovered two grenades from them", "seized rifles from the camp", "detained three
    suspects and seized a pistol"): part of the arrest or raid, not an event of its own."""
    for verb in facts.clause.tokens:
        taking = verb.lemma_.lower() in WEAPON_TAKING
        if not taking and not (verb.dep_ == "conj" and verb.head.lemma_.lower() in WEAPON_TAKING):
            continue   # a verb joined to the taking ("seized rifles and improvised devices")
        joined = [verb.head] if verb.dep_ == "conj" else []
        joined += [c for c in verb.children if c.dep_ == "conj"]
        if any(j.lemma_.lower() in HOLDERS_TAKEN for j in joined):
            return True
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        for source in (o for h in holders for c in h.children
                       if c.dep_ == "prep" and c.lower_ == "from"
                       for o in c.children if o.dep_ == "pobj"):
            if source.lower_ in ("them", "him", "her", "it") or any(
                    c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "his", "her")
                    for c in source.children):
                return True
    return False


@predicate.add
def dates_a_finding(facts: ClauseFacts) -> bool:
    """The clause is an "after" clause of a finding ("a mass grave was found in the town
    after the city was liberated"): the deed it names only dates the finding, history the
    report does not tell as news (its own telling would name its day or its side)."""
    root = facts.clause.root
    if root.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after"
                                       for c in root.children) \
            or any(c.dep_ in ("nsubj", "agent") for c in root.children):
        return False   # "after troops retook the city": a side named, a deed of its own
    finding = {t.i for t in root.head.subtree} - {t.i for t in root.subtree}
    return any(m.category == "other" and m.start in finding
               for m in doc_ext(facts.doc, "triggers") or [])
