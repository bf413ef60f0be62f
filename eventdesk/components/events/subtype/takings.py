"""Predicates of takings, of people or of ground: a fight told beside the taking (a fight's
prisoners, ground won in a battle), ground passing to the state, and a taking only aimed at
(ground changing hands with no fight is unopposed.py). Split from battles.py, which reads the
fighting itself: clashes and attacks on a force, a site or ground.
"""

from __future__ import annotations

from itertools import chain

from spacy.tokens import Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import lexicon
from eventdesk.components.events.subtype.battles import fight_denied
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext, span_root


@predicate.add
def taken_by_state_words(facts: ClauseFacts) -> bool:
    """"Troops captured the three bunkers", "the army seized the hill", "government soldiers
    took the village": the side that takes the ground is named only by a word the actor
    lexicon gives the state in every country (the subject of the capture verb, or the "by"
    of its passive), with no nationality or name before it that could make it a foreign
    force ("Russian forces", "Turkish troops") — the state's own forces."""
    doc = facts.doc
    matcher = ActorMatcher.load()
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category == "capture"]
    for verb in verbs:
        holders = [verb] + ([verb.head] if verb.dep_ in ("conj", "xcomp") else [])
        takers = [c for v in holders for c in v.children if c.dep_ == "nsubj"]
        takers += [g for c in verb.children if c.dep_ == "agent"
                   for g in c.children if g.dep_ == "pobj"]
        for who in takers:
            words = [who, *(c for c in who.children if c.dep_ in ("compound", "amod", "poss"))]
            if any(w.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for w in words):
                continue
            if matcher.role_of_word(who.lower_) == "state":
                return True
    return False


@predicate.add
def control_passes_to_the_state(facts: ClauseFacts) -> bool:
    """"The town came under the control of government forces", "fell under army control",
    "fell into the hands of the army": the place is the subject and the side that takes it
    holds the control (its modifier or its "of"), a state force — government regains."""
    doc = facts.doc
    matcher = ActorMatcher.load()
    states = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ("state", "international")
              for i in range(m.start, m.end)}
    root = facts.clause.root
    if root.lemma_.lower() not in ("come", "fall"):
        return False
    held = [g for c in root.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in ("control", "hand")]
    holders = [c for h in held for c in h.children if c.dep_ in ("compound", "amod", "poss")]
    holders += [g for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    return any(w.i in states or matcher.role_of_word(w.lower_) in ("state", "international")
               for w in holders)


# Facilities that hold ground: a side that captures a base, barracks, the
# other side's positions or a block of buildings holds them afterwards, a change of territory
# in news and in ACLED ("the troops captured the base Friday", "captured three regime
# positions", "captured just over 40 buildings from the rebels"), unlike a checkpoint or a
# post overrun in a raid.
HELD_FACILITIES = {"base", "barracks", "position", "positions", "building"}


# Civilian sites (triggers.toml `civilian_sites`) that are ground, not buildings: taking a
# village is taking territory.
GROUND_SITES = frozenset({"village", "villages", "hamlet", "settlement", "neighbourhood",
                          "neighborhood", "farm", "farms", "displacement", "idp", "idps",
                          "refugee", "refugees"})


@predicate.add
def only_civilian_building(facts: ClauseFacts) -> bool:
    """"RSF fighters entered the hospital", "gunmen stormed a school": a building people
    are treated, taught, pray or live in is entered to harm or rob them (the clauses that
    tell it are the events), never ground a side takes."""
    objects = [c for c in facts.clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    sites = lexicon()["civilian_sites"] - GROUND_SITES
    return bool(objects) and all(o.lemma_.lower() in sites for o in objects)


@predicate.add
def only_facility(facts: ClauseFacts) -> bool:
    """Overrunning a post or a compound is fighting, not a change of territory; a base,
    headquarters or positions taken is held (HELD_FACILITIES)."""
    objects = [c for c in facts.clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in lexicon()["facility_words"]
                                 and o.lemma_.lower() not in HELD_FACILITIES
                                 for o in objects)


# A jail and its parts: a force taking a prison back from fighting inmates ends a fight
# inside it, it regains no ground ("regained control of the pavilions").
JAIL_PARTS = frozenset({"prison", "jail", "penitentiary", "pavilion", "cellblock", "wing"})
# A side's camp in the bush: troops who overrun it end a raid, they do not hold the ground.
CAMP_WORDS = frozenset({"camp", "encampment", "hideout", "lair"})
# Camps people live or gather in, which are ground or a crowd's (GROUND_SITES besides).
PEOPLE_CAMPS = frozenset({"protest", "cattle", "displaced", "relief", "holiday", "summer",
                          "transit", "migrant", "labour", "labor"})


def taken_things(facts: ClauseFacts) -> list[Token]:
    """What the clause's capture verbs take: their objects, or what the control taken is of
    ("regained control of the pavilions")."""
    doc = facts.doc
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category in ("capture", "recapture")]
    things = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    return [g for t in things for g in (
        [g for p in t.children if p.dep_ == "prep" and p.lower_ in ("of", "over")
         for g in p.children if g.dep_ == "pobj"] if t.lemma_.lower() == "control" else [t])]


@predicate.add
def only_a_jail_taken(facts: ClauseFacts) -> bool:
    """Every thing the clause takes is a jail or a part of one (JAIL_PARTS)."""
    things = taken_things(facts)
    return bool(things) and all(t.lemma_.lower() in JAIL_PARTS for t in things)


@predicate.add
def only_a_camp_taken(facts: ClauseFacts) -> bool:
    """Every thing the clause takes is a side's camp or hideout ("overran a camp of the
    rebels", "seized a militant encampment"), not one people live or gather in ("the refugee
    camp", "the protest camp") nor one known by its name ("Yarmouk camp")."""
    things = taken_things(facts)
    return bool(things) and all(
        t.lemma_.lower() in CAMP_WORDS and not any(
            c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.lemma_.lower()
                                                in GROUND_SITES | PEOPLE_CAMPS)
            for c in t.children)
        for t in things)


@predicate.add
def fighting_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence tells a fight beside the taking: a fight word ("captured after a
    shootout", "during fierce fighting"), an ambush, an attack told as a deed ("when
    gunmen attacked an army base") or casualties ("27 militants were captured and three
    soldiers suffered wounds") — not a raid, which is how arrests are made, nor "the
    attacks" a suspect planned."""
    doc, sent = facts.doc, facts.clause.sent
    for m in doc_ext(doc, "triggers") or []:
        if not sent.start <= m.start < sent.end:
            continue
        if m.category == "kill":
            return True
        if m.category not in ("clash", "attack"):
            continue
        word = span_root(doc, m.start, m.end)
        if fight_denied(word) or word.lemma_.lower() == "raid":
            continue
        if m.category == "clash" or word.lemma_.lower() == "ambush" or word.pos_ == "VERB":
            return True
    return False


# What a force moves or holds that an attack on it ambushes: its convoy, patrol or post.
FORCE_HOLDINGS = {"convoy", "patrol", "column", "base", "camp", "post", "outpost",
                 "checkpoint", "garrison", "barracks", "position", "positions"}


# Verbs under which an infinitive's deed was done ("managed to capture", "went on to take").
DONE_VERBS = {"manage", "succeed", "go", "proceed"}


@predicate.add
def taking_only_aimed(facts: ClauseFacts) -> bool:
    """Every taking of ground the clause tells is an infinitive of aim or of failure ("an
    offensive to capture the village", "after failing to capture the town"), not one done
    ("managed to capture")."""
    doc = facts.doc
    takings = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
               if m.category in ("capture", "recapture")]
    return bool(takings) and all(
        any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        and t.head.lemma_.lower() not in DONE_VERBS for t in takings)


@predicate.add
def ambushed_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence tells an ambush or an attack on a force's convoy, patrol, base or post
    ("captured after her convoy was ambushed", "captured when guerrillas attacked an army
    camp"): the fight soldiers are taken prisoner in, not the shootout or the clash in
    which a force takes a suspect, which news tells as an arrest."""
    doc, sent = facts.doc, facts.clause.sent
    for m in doc_ext(doc, "triggers") or []:
        if not sent.start <= m.start < sent.end or m.category not in ("clash", "attack"):
            continue
        word = span_root(doc, m.start, m.end)
        if fight_denied(word):
            continue
        if word.lemma_.lower() == "ambush" or m.category == "attack" and word.pos_ == "VERB" \
                and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FORCE_HOLDINGS
                        for c in word.children):
            return True
    return False


def _ground_taken_after(facts: ClauseFacts) -> list[Token]:
    """The capture verbs that end this clause's fight in a "before" clause of its verb
    ("fought the troops for two days before the insurgents seized control of the town",
    "clashed with the rebels before capturing the hill"): the fight's outcome, which the
    modality table's `other_time` cue leaves uncoded as a clause of its own."""
    doc, ids = facts.doc, {t.i for t in facts.clause.tokens}
    found = []
    for m in doc_ext(doc, "triggers") or []:
        if m.category not in ("capture", "recapture") or m.start in ids:
            continue
        verb = span_root(doc, m.start, m.end)
        if verb.pos_ != "VERB":
            continue
        marked = verb.dep_ == "advcl" and verb.head.i in ids and any(
            c.dep_ == "mark" and c.lower_ == "before" for c in verb.children)
        after_prep = verb.dep_ == "pcomp" and verb.head.lower_ == "before" \
            and verb.head.head.i in ids
        if (marked or after_prep) and _names_what_was_taken(verb):
            found.append(verb)
    return found


def _names_what_was_taken(verb: Token) -> bool:
    """The capture names the ground it took ("seized control of the town", "capturing the
    hill"); bare "regained control" after gunmen stormed a compound is a raid ended within
    the day, which GUIDELINES code as the clash itself."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass"):
            continue
        if obj.lemma_.lower() != "control" or any(
                c.dep_ == "prep" and c.lower_ in ("of", "over") for c in obj.children):
            return True
    return False


@predicate.add
def ground_taken_after_the_fight(facts: ClauseFacts) -> bool:
    """A capture told in a "before" clause of the fight's verb (_ground_taken_after)."""
    return bool(_ground_taken_after(facts))


@predicate.add
def state_takes_ground_after_the_fight(facts: ClauseFacts) -> bool:
    """The ground taken after the fight was taken by a state force: the subject of the
    capture verb, or with none ("before capturing the hill"), the fight's acting side."""
    doc = facts.doc
    for verb in _ground_taken_after(facts):
        subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        if not subjects:
            return facts.agent_role == "state"
        if any(m.start in subjects and m.role_hint == "state"
               for m in doc_ext(doc, "actors") or []):
            return True
    return False


# Prepositions that tell a fight as what came before a taking ("after fierce battles").
FIGHT_BEFORE = frozenset({"after", "following"})


@predicate.add
def fight_that_won_a_taking(facts: ClauseFacts) -> bool:
    """"Soldiers retook the police headquarters and posted guards at its gates, following
    fierce battles with militants": a fight named only after "after" or "following" on a verb
    joined to a verb of taking ground in its sentence is how the ground was won, the
    taking's fight, coded with it — not a clash of its own."""
    doc = facts.doc
    takings = {span_root(doc, m.start, m.end).i for m in doc_ext(doc, "triggers") or []
               if m.category in ("capture", "recapture")}
    found = False
    for m in facts.clause.triggers:
        fight = span_root(doc, m.start, m.end)
        verb = fight.head.head
        if m.category != "clash" or fight.pos_ != "NOUN" or fight.dep_ != "pobj" \
                or fight.head.lower_ not in FIGHT_BEFORE or verb.pos_ != "VERB" \
                or verb.i in takings:
            return False  # a deed of the clause's own ("rebels fought the army")
        found = found or bool(({verb.i} | {c.i for c in verb.conjuncts}) & takings)
    return found


@predicate.add
def taking_held_briefly(facts: ClauseFacts) -> bool:
    """"Insurgents seized the market and kept it for a few hours until soldiers drove them
    back", "rebels briefly seized the town": the words of the taking verb and
    of the verbs joined to it (cue held_briefly), not a clause on one of their nouns
    ("after clashes that lasted for hours"), say the ground was held for a day or less —
    an armed clash (GUIDELINES, Territory). A retaking told done the same day ("security
    forces regained control of the town by midnight", cue retaken_within_the_day) says the
    same of the other side's hold."""
    doc = facts.doc
    tokens: set[Token] = set()
    retaken: set[Token] = set()
    for m in facts.clause.triggers:
        if m.category not in ("capture", "recapture"):
            continue
        verb = span_root(doc, m.start, m.end)
        for v in (verb, *verb.conjuncts):
            said = {t for t in v.subtree if not _said_of_a_noun(t, v)}
            tokens.update(said)
            if m.category == "recapture":
                retaken.update(said)
    return bool(tokens) and _cue("held_briefly", sorted(tokens, key=lambda t: t.i)) or bool(
        retaken) and _cue("retaken_within_the_day", sorted(retaken, key=lambda t: t.i))


def _said_of_a_noun(word: Token, verb: Token) -> bool:
    """The word lies in a clause hung on a noun below `verb` ("after clashes that lasted
    for several hours"): said of that noun, not of the taking."""
    for a in chain((word,), word.ancestors):
        if a.i == verb.i:
            return False
        if a.dep_ in ("relcl", "acl"):
            return True
    return False
