"""Predicates of explosive devices not set off as a bombing: a device stopped or defused, a
blast nobody set off, a device a force or a bomb squad detonated, a mine its victim stepped
on or drove over.
"""

from __future__ import annotations

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.subtype.shared import cue_in_clause_or_subjects
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext

DEVICES = {"suicide", "explosive", "shelling", "grenade"}


@predicate.add
def device_stopped_in_sentence(facts: ClauseFacts) -> bool:
    """A bomber stopped "before she could reach the town", a device defused or found."""
    sent = facts.clause.sent
    found = {m.category for m in doc_ext(facts.doc, "triggers") or []
             if sent.start <= m.start < sent.end}
    return "disrupted" in found and bool(found & DEVICES)


@predicate.add
def blast_by_an_accident(facts: ClauseFacts) -> bool:
    """A cause of a blast that nobody set off (typing.toml cue `accidental_blast`: a gas
    cylinder, a fuel tanker, a fire at a depot) in the clause, or in the subject of one of
    its verbs, or the subject it shares with the verb it is joined to ("fireworks stored
    in a warehouse exploded", "a fuel tanker overturned and exploded": the clause is split
    from its subject); for a verb of exploding parsed with no subject, the sentence's
    words before it ("Fireworks stored in a warehouse exploded", read as "stored" the
    root)."""
    if cue_in_clause_or_subjects(facts, "accidental_blast"):
        return True
    return any(verb.pos_ == "VERB" and verb.lemma_.lower() in SETTING_OFF_VERBS
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
               and _cue("accidental_blast", list(verb.doc[verb.sent.start:verb.i]))
               for verb in facts.clause.tokens)


# Setting a device off on purpose where it can harm no one: a controlled detonation.
SETTING_OFF_VERBS = {"detonate", "explode"}
# Who sets a device off that was found: bomb squads and their people ("police sappers",
# "experts", "the bomb disposal unit"), besides the state's words.
DISPOSAL_WORDS = {"squad", "sapper", "expert", "technician", "disposal", "deminer", "engineer"}


@predicate.add
def device_set_off_by_a_force(facts: ClauseFacts) -> bool:
    """A force or a bomb squad set off the device — "police detonated two explosives found
    on Monday", "the bombs were detonated at a shooting range by the police bomb squad",
    "an army unit detonated an improvised bomb found in the church", "experts detonated a
    suitcase": a controlled detonation of a device found, ACLED's disrupted weapons use,
    not a bombing (the state's forces do not plant bombs; armed groups are named as
    such). Read on the subject of the verb of setting off, or the "by" of its passive."""
    doc = facts.doc
    matcher = ActorMatcher.load()
    states = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ("state", "international")
              for i in range(m.start, m.end)}
    rebels = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    for verb in facts.clause.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SETTING_OFF_VERBS:
            continue
        holder = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
        takers = [c for v in {verb, holder} for c in v.children if c.dep_ == "nsubj"]
        takers += [g for c in verb.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"]
        for who in takers:
            words = [who, *(c for c in who.children if c.dep_ in ("compound", "amod"))]
            words += [g for p in who.children if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj"]   # "officers from Poso Police"
            if any(w.i in rebels for w in words):
                continue
            if any(w.i in states or w.lemma_.lower() in DISPOSAL_WORDS
                   or matcher.role_of_word(w.lower_) == "state" for w in words):
                return True
    return False


# A mine or device a person or vehicle sets off by moving onto it: "stepped on a mine",
# "a patrol drove over an IED", "their vehicle struck an explosive device".
MINE_WORDS = frozenset({"mine", "landmine", "ied", "device", "bomb", "explosive"})
ONTO_VERBS = frozenset({"step", "tread", "drive", "run", "walk"})
STRUCK_DEVICE_VERBS = frozenset({"hit", "strike", "trigger"})


@predicate.add
def device_set_off_by_its_victim(facts: ClauseFacts) -> bool:
    """The victim set the device off ("a policeman was killed when he stepped on a landmine
    while guarding road workers", "the convoy hit a landmine"): a mine or IED, no fight,
    whatever else the clause tells the victim was doing (escorting, patrolling)."""
    for verb in facts.clause.tokens:
        lemma = verb.lemma_.lower()
        if lemma in ONTO_VERBS:
            if any(p.dep_ == "prep" and p.lower_ in ("on", "over", "onto") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in MINE_WORDS for o in p.children)
                   for p in verb.children):
                return True
        elif lemma in STRUCK_DEVICE_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in MINE_WORDS for c in verb.children):
            return True
    return False
