"""Predicates of fighting (ACLED battles): a clash, ground changing hands with or without
a fight, an attack aimed at a force, a site or ground, and fighting told beside another
event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, lexicon, place_tokens
from eventdesk.components.events.subtype.shared import SETTLED_GROUND, _only_by
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate

# What an attack hits when it hits a force: its people, units and posts ("attacked an
# army post", "raided a police station"). Read only where the actor lexicon named nobody.
FORCE_TARGETS = {"soldier", "troop", "army", "military", "police", "policeman", "officer",
                 "patrol", "convoy", "post", "outpost", "checkpoint", "base", "barracks",
                 "station", "position", "unit", "garrison", "camp", "militant", "fighter",
                 "rebel", "insurgent", "militia", "guard", "gendarmerie", "gendarme",
                 "detachment", "column", "battalion", "platoon", "contingent", "defence",
                 "defense", "frontline", "airbase", "airfield"}
FIGHTING = {"clash", "attack", "air", "shelling", "suicide", "kill", "recapture"}


@predicate.add
def without_fighting(facts: ClauseFacts) -> bool:
    """Entering a place the other side has left under a deal: a non-violent transfer."""
    entering = {t.lemma_.lower() for t in facts.clause.tokens} & {"enter", "move", "deploy"}
    if not entering:
        return False
    sent = facts.clause.sent
    triggers = facts.doc._.triggers or []
    if any(m.category in FIGHTING and sent.start <= m.start < sent.end
           and not _fight_denied(facts.doc[m.start:m.end].root) for m in triggers):
        return False
    return any(m.category in ("agreement", "withdraw") for m in triggers) or any(
        t.lemma_.lower() in WITHDRAWAL_NOUNS for t in sent)


# The other side's leaving, told as a noun ("completed the withdrawal of its forces").
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat"}


def _fight_denied(word: Token) -> bool:
    """"Without a fight", "no fighting": the fighting word says there was none."""
    return word.head.lower_ == "without" or any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in word.children)


@predicate.add
def taken_by_state_words(facts: ClauseFacts) -> bool:
    """"Troops captured the three bunkers", "the army seized the hill", "government soldiers
    took the village": the side that takes the ground is named only by a word the actor
    lexicon gives the state in every country (the subject of the capture verb, or the "by"
    of its passive), with no nationality or name before it that could make it a foreign
    force ("Russian forces", "Turkish troops") — the state's own forces."""
    doc = facts.doc
    matcher = ActorMatcher.load()
    verbs = [doc[m.start:m.end].root for m in facts.clause.triggers if m.category == "capture"]
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
    states = {i for m in doc._.actors or [] if m.role_hint in ("state", "international")
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


@predicate.add
def only_facility(facts: ClauseFacts) -> bool:
    """Overrunning a post or a compound is fighting, not a change of territory; a base,
    headquarters or positions taken is held (HELD_FACILITIES)."""
    objects = [c for c in facts.clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in lexicon()["facility_words"]
                                 and o.lemma_.lower() not in HELD_FACILITIES
                                 for o in objects)


@predicate.add
def force_attacked(facts: ClauseFacts) -> bool:
    """The attack's object is a force or its post ("attacked an army post", "stormed a
    police station"), for reports whose country the text leaves unnamed, where the actor
    lexicon finds no side. "Launched an assault on the airport" aims the attack noun."""
    heads = _attack_heads(facts)
    for tok in facts.clause.tokens:
        if tok.dep_ in ("dobj", "nsubjpass") or _aimed_at(tok, heads):
            words = {tok.lemma_.lower()} | {c.lemma_.lower() for c in tok.children
                                            if c.dep_ in ("compound", "amod")}
            if words & FORCE_TARGETS:
                return True
    return False


def _attack_heads(facts: ClauseFacts) -> set[int]:
    """The clause's verb and its attack triggers: what an attack's object hangs from."""
    doc = facts.doc
    return {facts.clause.root.i} | {doc[m.start:m.end].root.i for m in facts.clause.triggers
                                    if m.category == "attack"}


def _aimed_at(tok: Token, heads: set[int]) -> bool:
    """The token is what an attack was aimed "on" or "at" ("launched an assault on X")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at") and tok.head.head.i in heads


@predicate.add
def foe_fights_back_in_sentence(facts: ClauseFacts) -> bool:
    """Another armed or state side acts against the assault in the same sentence, as the
    subject of a verb of its own or the "by" of a passive: "ISIS launched an assault on
    the village, where it was confronted by the army", "… but the army repelled it"."""
    agent, doc = facts.agent, facts.doc
    if agent is None:
        return False
    sent = facts.clause.sent
    for m in doc._.actors or []:
        if not (sent.start <= m.start < sent.end) or m.role_hint not in ARMED_ROLES \
                or m.actor.name == agent.actor.name:
            continue
        head = doc[m.start:m.end].root
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
            head = head.head.head   # "a large unit of the army"
        by_passive = head.dep_ == "pobj" and head.head.dep_ == "agent"
        own_subject = head.dep_ == "nsubj" and head.head.i != facts.clause.root.i
        if by_passive or own_subject:
            return True
    return False


@predicate.add
def fighting_told(facts: ClauseFacts) -> bool:
    """A fight word of the clause that says fighting took place: not "without a fight",
    "with no fighting"."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    for m in doc._.triggers or []:
        if m.category != "clash" or m.start not in ids:
            continue
        if not _fight_denied(doc[m.start:m.end].root):
            return True
    return False


# Aircraft with a crew, whose shooting down is a fight (LABELLING.md v2 decision 5), unlike a
# drone or a missile intercepted.
MANNED_AIRCRAFT = {"helicopter", "chopper", "plane", "aircraft", "jet", "warplane", "airplane",
                   "airliner", "blackhawk", "chinook", "gunship", "bomber", "fighter"}


# A military aircraft's type designation, letters and a number: "Su-22", "MiG-21", "CH-46"
AIRCRAFT_DESIGNATION = re.compile(r"[A-Za-z]{1,4}-\d{1,3}[A-Za-z]?")
# Pronouns of a relative clause, standing for the noun it qualifies ("the helicopter which
# was shot down")
RELATIVE_THINGS = ("which", "that")


@predicate.add
def manned_aircraft_downed(facts: ClauseFacts) -> bool:
    """What was shot down is an aircraft with a crew ("shot down a helicopter", "a Black
    Hawk was shot down", "the MiG-21 was shot down", a headline's "Helicopter shot down",
    "the helicopter which was shot down"), not a drone, rocket or missile."""
    for tok in facts.clause.tokens:
        if tok.dep_ == "nsubj" and tok.lemma_.lower() != "fighter" \
                and not any(c.dep_ == "dobj" for c in tok.head.children):
            pass   # a headline's passive without its auxiliary: "Helicopter shot down in X"
        elif tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        if tok.lower_ in RELATIVE_THINGS and tok.head.dep_ == "relcl":
            tok = tok.head.head
        named = [t for t in tok.subtree if t.i <= tok.i]   # "a Marine CH-46 Sea Knight"
        words = {tok.lemma_.lower()} | {t.lower_ for t in named}
        if words & {"drone", "drones", "uav", "missile", "rocket", "shell"}:
            return False
        if words & MANNED_AIRCRAFT or tok.lower_ == "hawk" \
                or any(AIRCRAFT_DESIGNATION.fullmatch(t.text) for t in named):
            return True
    return False


@predicate.add
def fight_only_describes(facts: ClauseFacts) -> bool:
    """Every fight word of the clause sits in a participle that describes a side by its
    fights ("killed by one of the clans involved in recent clashes"): background to the
    clause's own deed, its killing."""
    doc, root = facts.doc, facts.clause.root
    fights = [doc[m.start:m.end].root for m in facts.clause.triggers if m.category == "clash"]
    return bool(fights) and all(_in_a_description(t, root) for t in fights)


# Participles that describe a side by the fights it takes part in: "the clans involved in
# recent clashes", "a militia engaged in fighting"
INVOLVED_WORDS = {"involve", "engage", "embroil", "participate"}


def _in_a_description(word: Token, root: Token) -> bool:
    """The word hangs from a participle that describes a side by its fights ("the clans
    involved in clashes"), below the clause's verb."""
    t = word
    for _ in range(12):
        if t.i == root.i or t.head.i == t.i:
            return False
        if t.dep_ in ("acl", "relcl") and t.lemma_.lower() in INVOLVED_WORDS:
            return True
        t = t.head
    return False


@predicate.add
def civilian_site_attacked(facts: ClauseFacts) -> bool:
    """The attack's object is a place where civilians live, shelter, pray, trade or study
    ("attacked a displacement site", "stormed a market", "raided a village"; triggers.toml
    `civilian_sites`), read on the object's head and its modifiers."""
    return _site_attacked(facts, lexicon()["civilian_sites"])


def _site_attacked(facts: ClauseFacts, sites: set[str]) -> bool:
    """The attack's object, or what it was aimed "on" or "at", is one of the sites."""
    heads = _attack_heads(facts)
    for tok in facts.clause.tokens:
        if (tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in heads) or _aimed_at(tok, heads):
            words = {tok.lemma_.lower(), tok.lower_} | {
                c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
            if words & sites:
                return True
    return False


# The attack words of a fight for ground: news "launches an assault on" or "storms" a
# town or a position held by the other side; a one-sided attack on civilians is told with
# its victims ("stormed a hotel, killing 20 guests").
ASSAULT_WORDS = {"assault", "storm", "counter-assault", "counterassault"}
# Words that only name what an assault aims at ("..., targeting the villages of X").
AIMING_WORDS = {"target"}


@predicate.add
def assault_without_victims(facts: ClauseFacts) -> bool:
    """The clause's attack is an assault on or a storming of ground ("launched an assault
    on the village of X", "stormed Tal Afar") and its sentence tells nobody killed or hurt:
    a fight for ground between armed sides, an armed clash."""
    doc = facts.doc
    words = {doc[m.start:m.end].root.lemma_.lower() for m in facts.clause.triggers
             if m.category == "attack"}
    words -= AIMING_WORDS   # "launched an assault, targeting the villages of X": its object
    if not words or not words <= ASSAULT_WORDS:
        return False
    sent = facts.clause.sent
    if any(m.category == "kill" and sent.start <= m.start < sent.end
           for m in doc._.triggers or []):
        return False   # "stormed a hotel, killing 20 guests": its victims decide
    # ground: a town or village, by its word or its name ("stormed Tal Afar"); not a
    # building ("stormed the consulate", "stormed a market")
    places = place_tokens(doc)
    ground = _site_attacked(facts, SETTLED_GROUND) or any(
        t.i in places and (t.dep_ in ("dobj", "nsubjpass") or t.dep_ == "pobj"
                           and t.head.lower_ in ("on", "at", "into"))
        for t in facts.clause.tokens)
    return ground and not _cue("sexual_assault", list(sent))


@predicate.add
def only_targeted(facts: ClauseFacts) -> bool:
    """The clause's deed is only "targeted": news uses it for what sides aim at ("troops
    targeted rebel positions") and for anything aimed at an audience ("the campaign
    targeted young voters"), so with nobody harmed it says nothing of violence on its own."""
    return _only_by(facts, "attack", "target")


@predicate.add
def only_advances(facts: ClauseFacts) -> bool:
    """The clause's fighting is only "advances" made or continued ("the army achieved
    advances on the front"): fighting when a side makes them, progress of any other kind
    ("made advances in research") when none is named."""
    fights = [facts.doc[m.start:m.end].root for m in facts.clause.triggers
              if m.category == "clash"]
    return bool(fights) and all(any(c.dep_ == "dobj" and c.lemma_.lower() == "advance"
                                     for c in t.children) for t in fights)


# Verbs that put an assault in motion as an operation ("launched an assault", "began their
# attack", "continued their assault on X").
OPERATION_VERBS = {"launch", "begin", "start", "continue", "mount", "resume", "renew", "wage"}


@predicate.add
def assault_launched(facts: ClauseFacts) -> bool:
    """An assault or attack named as an operation a side launched, began or kept up ("ISIS
    launched another assault on the district", "the rebels began their attack at dawn"):
    how war reporting tells an offensive on ground the other side holds."""
    for m in facts.clause.triggers:
        noun = facts.doc[m.start:m.end].root
        if m.category == "attack" and noun.pos_ == "NOUN" \
                and noun.dep_ in ("dobj", "nsubjpass") \
                and noun.head.lemma_.lower() in OPERATION_VERBS:
            return True
    return False


@predicate.add
def fighting_in_sentence(facts: ClauseFacts) -> bool:
    """The sentence tells a fight beside the taking: a fight word ("captured after a
    shootout", "during fierce fighting"), an ambush, an attack told as a deed ("when
    gunmen attacked an army base") or casualties ("27 militants were captured and three
    soldiers suffered wounds") — not a raid, which is how arrests are made, nor "the
    attacks" a suspect planned."""
    doc, sent = facts.doc, facts.clause.sent
    for m in doc._.triggers or []:
        if not sent.start <= m.start < sent.end:
            continue
        if m.category == "kill":
            return True
        if m.category not in ("clash", "attack"):
            continue
        word = doc[m.start:m.end].root
        if _fight_denied(word) or word.lemma_.lower() == "raid":
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
    takings = [doc[m.start:m.end].root for m in facts.clause.triggers
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
    for m in doc._.triggers or []:
        if not sent.start <= m.start < sent.end or m.category not in ("clash", "attack"):
            continue
        word = doc[m.start:m.end].root
        if _fight_denied(word):
            continue
        if word.lemma_.lower() == "ambush" or m.category == "attack" and word.pos_ == "VERB" \
                and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FORCE_HOLDINGS
                        for c in word.children):
            return True
    return False


# Prepositions that name a side fighting with another, not against it.
ALLY_PREPS = frozenset({"alongside", "beside"})


@predicate.add
def fought_beside_an_ally(facts: ClauseFacts) -> bool:
    """"The clan militias who fought alongside the army", "volunteers fighting beside the
    troops": every fighting word of the clause names only an ally ("alongside", "beside")
    and no foe (no object, no "against" or "with"): who a side is, not a battle."""
    doc = facts.doc
    words = [doc[m.start:m.end].root for m in facts.clause.triggers]
    if not words:
        return False
    for word in words:
        preps = {c.lower_ for c in word.children if c.dep_ == "prep"}
        if not preps & ALLY_PREPS or preps & {"against", "with"} \
                or any(c.dep_ == "dobj" for c in word.children):
            return False
    return True


# Ills a state's "fight" or "war" is against that are no side: a fight against terrorism
# or crime is a policy, not an armed clash.
ILLS = frozenset({"terrorism", "terror", "extremism", "radicalism", "corruption", "crime",
                  "criminality", "poverty", "drug", "impunity", "insecurity", "banditry",
                  "trafficking", "smuggling"})


@predicate.add
def fight_against_an_ill(facts: ClauseFacts) -> bool:
    """"Praised their sacrifices in the fight against terrorism", "the war on drugs":
    every trigger of the clause is a noun of fighting aimed at an ill, not at a side."""
    doc = facts.doc
    if not facts.clause.triggers:
        return False
    for m in facts.clause.triggers:
        tok = doc[m.start:m.end].root
        if tok.pos_ != "NOUN":
            return False
        aims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                for g in c.children if g.dep_ == "pobj"]
        if not aims or any(g.lemma_.lower() not in ILLS for g in aims):
            return False
    return True


def _ground_taken_after(facts: ClauseFacts) -> list[Token]:
    """The capture verbs that end this clause's fight in a "before" clause of its verb
    ("fought the troops for two days before the insurgents seized control of the town",
    "clashed with the rebels before capturing the hill"): the fight's outcome, which the
    modality table's `other_time` cue leaves uncoded as a clause of its own."""
    doc, ids = facts.doc, {t.i for t in facts.clause.tokens}
    found = []
    for m in doc._.triggers or []:
        if m.category not in ("capture", "recapture") or m.start in ids:
            continue
        verb = doc[m.start:m.end].root
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
        if any(m.start in subjects and m.role_hint == "state" for m in doc._.actors or []):
            return True
    return False
