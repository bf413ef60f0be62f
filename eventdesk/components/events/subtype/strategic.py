"""Predicates of strategic developments: property burned, posts handed over, raids that
make arrests, borders crossed, weapons taken (assets, units and weapons destroyed are
destroyed.py; agreements and surrenders are agreements.py).
"""

from __future__ import annotations

from eventdesk.components.events.common import FAMILY_OF, armed_subject, lexicon
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root


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
