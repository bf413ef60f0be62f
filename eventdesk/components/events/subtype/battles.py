"""Predicates of fighting (ACLED battles): a clash, an attack aimed at a force, a site or
ground, and fight words that tell no battle (a fight against an ill, beside an ally, or only
describing a side). Assaults on ground are in assaults.py, takings told with or without a
fight in takings.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventdesk.components.events.common import ARMED_ROLES, lexicon
from eventdesk.components.events.subtype.shared import _only_by
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.triggers import SPEECH_LEMMAS
from eventdesk.extensions import climb, doc_ext, span_root

# What an attack hits when it hits a force: its people, units and posts ("attacked an
# army post", "raided a police station"). Read only where the actor lexicon named nobody.
FORCE_TARGETS = {"soldier", "troop", "army", "military", "police", "policeman", "officer",
                 "patrol", "convoy", "post", "outpost", "checkpoint", "base", "barracks",
                 "station", "position", "unit", "garrison", "camp", "militant", "fighter",
                 "rebel", "insurgent", "militia", "guard", "gendarmerie", "gendarme",
                 "detachment", "column", "battalion", "platoon", "contingent", "defence",
                 "defense", "frontline", "airbase", "airfield"}
# A station kept for voting, travel or fuel, no force's post ("raided a polling station");
# read only on the noun "station": a fire base is a force's post
CIVIL_STATIONS = {"polling", "bus", "petrol", "filling", "railway", "train", "fire", "gas"}


def fight_denied(word: Token) -> bool:
    """"Without a fight", "no fighting": the fighting word says there was none."""
    return word.head.lower_ == "without" or any(
        c.dep_ in ("det", "neg") and c.lower_ in ("no", "not") for c in word.children)


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
            civil = tok.lemma_.lower() == "station" and words & CIVIL_STATIONS
            if words & FORCE_TARGETS and not civil:
                return True
    return False


def _attack_heads(facts: ClauseFacts) -> set[int]:
    """The clause's verb and its attack triggers: what an attack's object hangs from; and
    the verb it is joined to when it only opened fire, at nothing of its own ("entered a
    hospital and opened fire": the place entered is the one fired on)."""
    doc = facts.doc
    root = facts.clause.root
    heads = {root.i} | {span_root(doc, m.start, m.end).i for m in facts.clause.triggers
                        if m.category == "attack"}
    objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")
               or c.dep_ == "prep" and c.lower_ in ("on", "at")]
    if root.dep_ in ("conj", "advcl") and root.head.pos_ == "VERB" and objects \
            and all(c.lemma_.lower() in FIRE_WORDS for c in objects):
        heads.add(root.head.i)
    return heads


# What a side opens or fires when it opens fire: no target of its own.
FIRE_WORDS = frozenset({"fire", "gunfire", "shot", "shots"})


def _aimed_at(tok: Token, heads: set[int]) -> bool:
    """The token is what an attack was aimed "on" or "at" ("launched an assault on X")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at") and tok.head.head.i in heads


# Verbs by which a force only says who the attackers were ("gunmen, whom police identified
# as rebels, …"): telling, not fighting back.
NAMING_LEMMAS = frozenset({"identify", "describe", "name", "call", "suspect", "believe"})


@predicate.add
def foe_fights_back_in_sentence(facts: ClauseFacts) -> bool:
    """Another armed or state side acts against the assault in the same sentence, as the
    subject of a verb of its own (not of a verb of telling) or the "by" of a passive: "ISIS
    launched an assault on the village, where it was confronted by the army", "… but the
    army repelled it"."""
    agent, doc = facts.agent, facts.doc
    if agent is None:
        return False
    sent = facts.clause.sent
    for m in doc_ext(doc, "actors") or []:
        if not (sent.start <= m.start < sent.end) or m.role_hint not in ARMED_ROLES \
                or m.actor.name == agent.actor.name:
            continue
        head = span_root(doc, m.start, m.end)
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i:
            head = head.head.head   # "a large unit of the army"
        by_passive = head.dep_ == "pobj" and head.head.dep_ == "agent"
        # "…, police said", "whom police identified as": the force that tells the news or
        # names the attackers did not fight back
        # "the attackers invaded the community and shot sporadically": the subject the
        # clause's verb shares with the verb it is joined to is the assault's own side
        root = facts.clause.root
        own_subject = head.dep_ == "nsubj" and head.head.i != root.i \
            and not (root.dep_ == "conj" and root.head.i == head.head.i) \
            and head.head.lemma_.lower() not in SPEECH_LEMMAS | NAMING_LEMMAS
        if by_passive or own_subject:
            return True
    return False


@predicate.add
def fighting_told(facts: ClauseFacts) -> bool:
    """A fight word of the clause that says fighting took place: not "without a fight",
    "with no fighting"."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    for m in doc_ext(doc, "triggers") or []:
        if m.category != "clash" or m.start not in ids:
            continue
        if not fight_denied(span_root(doc, m.start, m.end)):
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
        if "suicide" not in words and (words & MANNED_AIRCRAFT or tok.lower_ == "hawk" or any(
                AIRCRAFT_DESIGNATION.fullmatch(t.text) for t in named)):  # a suicide bomber: a man
            return True
    return False


@predicate.add
def fight_only_describes(facts: ClauseFacts) -> bool:
    """Every fight word of the clause sits in a participle that describes a side by its
    fights ("killed by one of the clans involved in recent clashes"): background to the
    clause's own deed, its killing."""
    doc, root = facts.doc, facts.clause.root
    fights = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
              if m.category == "clash"]
    return bool(fights) and all(_in_a_description(t, root) for t in fights)


# Participles that describe a side by the fights it takes part in: "the clans involved in
# recent clashes", "a militia engaged in fighting"
INVOLVED_WORDS = {"involve", "engage", "embroil", "participate"}


def _in_a_description(word: Token, root: Token) -> bool:
    """The word hangs from a participle that describes a side by its fights ("the clans
    involved in clashes"), below the clause's verb."""
    for t in climb(word, 12):
        if t.i == root.i:
            return False
        if t.dep_ in ("acl", "relcl") and t.lemma_.lower() in INVOLVED_WORDS:
            return True
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
    doc = facts.doc
    joined = [c for h in heads for c in doc[h].children]   # an object outside the clause
    for tok in [*facts.clause.tokens, *joined]:
        if (tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in heads) or _aimed_at(tok, heads):
            words = {tok.lemma_.lower(), tok.lower_} | {
                c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
            if words & sites:
                return True
    return False


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
    ("made advances in research") when none is named; losses inflicted beside them
    ("inflicting heavy losses on the militants") are how the advance went."""
    fights = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
              if m.category == "clash"]
    advances = [t for t in fights if any(c.dep_ == "dobj" and c.lemma_.lower() == "advance"
                                         for c in t.children)]
    return bool(advances) and all(t in advances or t.lemma_.lower() == "inflict"
                                  for t in fights)


@predicate.add
def only_inflicted(facts: ClauseFacts) -> bool:
    """The clause's fighting is only damage or losses "inflicted" ("inflicted heavy damage
    on the remnants of the militia around X"): fighting when a side inflicts them or
    suffers them, a storm's or a crisis's toll when none is named."""
    fights = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers
              if m.category == "clash"]
    return bool(fights) and all(t.lemma_.lower() == "inflict" for t in fights)


# Prepositions that name a side fighting with another, not against it.
ALLY_PREPS = frozenset({"alongside", "beside"})


@predicate.add
def fought_beside_an_ally(facts: ClauseFacts) -> bool:
    """"The clan militias who fought alongside the army", "volunteers fighting beside the
    troops": every fighting word of the clause names only an ally ("alongside", "beside")
    and no foe (no object, no "against" or "with"): who a side is, not a battle."""
    doc = facts.doc
    words = [span_root(doc, m.start, m.end) for m in facts.clause.triggers]
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
        tok = span_root(doc, m.start, m.end)
        if tok.pos_ != "NOUN":
            return False
        aims = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                for g in c.children if g.dep_ == "pobj"]
        if not aims or any(g.lemma_.lower() not in ILLS for g in aims):
            return False
    return True
