"""Predicates of territory and agreement words in their plain sense: a road cleared of mud,
people pushed into a drain, a statement signed, the rockets of a fireworks show. Words a
side's deeds share with everyday ones, read on the parse around the trigger word.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext, doc_text, span_root

# Verbs of moving into ground that a side does of itself ("rebels pushed into the town"):
# in the passive, someone moved others ("were pushed into a drain"), no ground taken.
MOVING_VERBS = frozenset({"push", "sweep", "advance"})
# What a signed paper asks for ("signed a letter on Monday calling for a ceasefire"): its
# words, not an accord reached.
ASKING_VERBS = frozenset({"call", "urge", "demand", "appeal", "ask", "press", "seek"})


def _roots(facts: ClauseFacts, category: str) -> list[Token]:
    doc = facts.doc
    return [span_root(doc, m.start, m.end) for m in facts.clause.triggers if m.category == category]


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on: its object, its passive subject, or the noun it describes
    ("the statement, signed by 34 groups")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        found.append(verb.head)
    return found


def _all_in(tokens: list[Token], cue: str) -> bool:
    return bool(tokens) and all(_cue(cue, [t]) for t in tokens)


@predicate.add
def cleared_of_a_thing(facts: ClauseFacts) -> bool:
    """Every "cleared" of the clause clears a thing, not a foe: "roads were cleared of mud",
    "crews cleared the rubble" (typing.toml cue `cleared_things`). What follows "of" decides
    ("cleared the road of militants" is ground retaken); with no "of", the object does.
    A crowd's or a side's obstruction (cue `cleared_blockades`: "riot police cleared a
    barricade on the motorway") is a thing only in a clause whose one deed is the clearing:
    with demonstrators or a gunfight named ("cleared barricades put up by demonstrators",
    "cleared roadblocks manned by the militia after a firefight") the other words decide."""
    verbs = [t for t in _roots(facts, "recapture") if t.lemma_.lower() == "clear"]
    if not verbs:
        return False
    only_clearing = all(m.category == "recapture" for m in facts.clause.triggers)
    for verb in verbs:
        of = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
        cleared = of or _objects(verb)
        if not (_all_in(cleared, "cleared_things")
                or only_clearing and _all_in(cleared, "cleared_blockades")):
            return False
    return True


@predicate.add
def moved_by_others(facts: ClauseFacts) -> bool:
    """Every taking of the clause is a verb of moving into ground in the passive ("others
    were pushed into a drain"): people moved by others, not a side pushing into a place."""
    verbs = _roots(facts, "capture")
    return bool(verbs) and all(
        v.lemma_.lower() in MOVING_VERBS
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) for v in verbs)


@predicate.add
def paper_signed(facts: ClauseFacts) -> bool:
    """Every agreement word of the clause is "signed" with a statement, a letter or a
    petition for what was signed ("the statement, signed by 34 groups", "signed an open
    letter"; typing.toml cue `signed_papers`), or a word of what the paper asks for ("a
    letter calling for a ceasefire"): a saying put in writing, no accord."""
    words = _roots(facts, "agreement")
    signed = [w for w in words if w.lower_ == "signed"]
    if not signed or not all(_all_in(_objects(w), "signed_papers") for w in signed):
        return False
    told = [*(o for w in signed for o in _objects(w)),
            *(c for w in signed for c in w.children
              if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in ASKING_VERBS)]
    inside = {t.i for phrase in told for t in phrase.subtree}
    return all(w.lower_ == "signed" or w.i in inside for w in words)


# A show of fireworks the report tells ("the fireworks battle that closes the festival",
# "a pyrotechnics display"): its rockets, volleys and "attacks" are the show's
FIREWORKS_SHOW = re.compile(r"\b(?:fireworks?|firecrackers?|pyrotechnics?)\b", re.IGNORECASE)
FIREWORKS_REPORT_KEY = "eventdesk.fireworks_report"


@predicate.add
def in_a_fireworks_report(facts: ClauseFacts) -> bool:
    """The report tells of fireworks ("boats loaded with rockets 'attacked' each other",
    "exchanged volleys of rockets and firecrackers"): a festival's show, whose rockets and
    explosions strike nobody; the rule leaves alone a deed with an armed or state side
    (an attack on a festival is violence whatever the show)."""
    doc = facts.doc
    found = doc.user_data.get(FIREWORKS_REPORT_KEY)
    if found is None:
        found = doc.user_data[FIREWORKS_REPORT_KEY] = bool(
            FIREWORKS_SHOW.search(doc_text(doc)))
    return found


# The roles and moments of a game, words a war report does not use: a report with
# `MATCH_WORDS_MIN` of them tells a match even with no score given.
MATCH_WORDS = re.compile(
    r"\b(?:goalkeepers?|goalie|strikers?|midfielders?|midfield|wingers?|hat-trick|"
    r"half-time|halftime|equali[sz]er|title race|league leaders|kick-off|referee|"
    r"penalty area|penalty shoot-?out|stoppage time)\b", re.IGNORECASE)
MATCH_WORDS_MIN = 3
MATCH_REPORT_KEY = "eventdesk.match_report"


@predicate.add
def in_a_match_report(facts: ClauseFacts) -> bool:
    """The report names three or more of a game's roles and moments ("their goalkeeper and
    striker were outstanding", "a winger added a third in stoppage time"): a match told
    in war words ("ambushed the cup holders", "the defence came under fire"), whose score
    it may not give (rule play-in-a-sport-report reads a score)."""
    doc = facts.doc
    found = doc.user_data.get(MATCH_REPORT_KEY)
    if found is None:
        words = {m.group(0).lower() for m in MATCH_WORDS.finditer(doc_text(doc))}
        found = doc.user_data[MATCH_REPORT_KEY] = len(words) >= MATCH_WORDS_MIN
    return found


# The sites an air force names as its own ("near an air force base"): a place, no aircraft.
AIR_FORCE_SITES = frozenset({"base", "academy", "headquarters", "station", "compound",
                             "college", "hospital", "school", "camp"})


@predicate.add
def air_named_only_as_a_site(facts: ClauseFacts) -> bool:
    """Every air word of the clause is "air force" naming one of its sites — "a car bomb
    went off near an air force base", "rockets hit the air force academy": a place, no
    aircraft that struck, so the device or the rockets decide the sub-type."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}   # the tokens the categories are read on
    airs = [m for m in doc_ext(doc, "triggers") or [] if m.category == "air" and m.start in ids]
    return bool(airs) and all(
        doc[m.start:m.end].text.lower() in ("air force", "air forces") and m.end < len(doc)
        and doc[m.end].lemma_.lower() in AIR_FORCE_SITES for m in airs)


# "came under fire", "came under attack": what the subject suffered, not what it did
UNDER_WORDS = frozenset({"fire", "attack", "gunfire", "shelling", "assault", "ambush"})


@predicate.add
def aircraft_under_fire(facts: ClauseFacts) -> bool:
    """Every aircraft of the clause is what "came under fire" or what an attack was "on"
    ("a helicopter came under fire from gunmen as it landed", "condemned the attack on a
    UN helicopter"): the target of other arms, no aircraft that struck."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    airs = [span_root(doc, m.start, m.end) for m in doc_ext(doc, "triggers") or []
            if m.category == "air" and m.start in ids]
    return bool(airs) and all(_under_fire(a) for a in airs)


def _under_fire(air: Token) -> bool:
    if air.dep_ == "pobj" and air.head.lower_ in ("on", "against"):
        return air.head.head.lemma_.lower() in UNDER_WORDS
    return air.dep_ == "nsubj" and air.head.lemma_.lower() == "come" and any(
        p.lower_ == "under" and any(o.lemma_.lower() in UNDER_WORDS for o in p.children)
        for p in air.head.children if p.dep_ == "prep")
