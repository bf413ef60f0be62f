"""Whose side the dead or hurt were on (ACLED battles versus attacks): all fighters, all
guards of a post, named civilians beside a force that only qualifies them, a named person
said to be a fighter, or fighters counted among civilians. Split from fighters.py, which
reads whether fallen fighters fought back or could not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, place_tokens
from eventdesk.components.events.subtype.shared import (
    FIGHTER_NOUNS,
    FIGHTER_QUALIFIERS,
    PERSON_NOUNS,
    VAGUE_PEOPLE,
    _a_combatant,
    _is_civilian_token,
    _victim_words,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext


@predicate.add
def victims_are_fighters(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or hurt is of an armed side, several of them
    ("three SDF fighters were killed", "thirteen members of the armed forces were killed
    during the attack"), and no civilian is among them: fighters fall in fighting, an armed
    clash, however the person nouns in "members" read. The captive executed or the officer
    shot off duty is read first (force_victims_defenceless)."""
    doc = facts.doc
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN", "PRON")]
    if not victims:
        return False
    fighters, civilians = _fighters_and_civilians(doc, victims, armed)
    # several fall in a fight; one member of a force shot alone is more often a targeted
    # killing ("a police chief was shot as he left home"), which the attack rules read
    several = any(w.tag_ in ("NNS", "NNPS") for w in fighters)
    return several and not civilians


# Who holds a post and falls when it is attacked: its guards, the volunteers of a village
# or civil defence ("a defence volunteer checkpoint … killing two volunteers").
POST_DEFENDERS = {"guard", "volunteer", "defender", "sentry", "watchman", "vigilante"}


@predicate.add
def victims_guard_the_post(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or hurt is named as one who guards a post —
    guards, volunteers, sentries — words that alone read as civilians ("volunteers" of
    an aid group): read with force_attacked, the post's armed defenders."""
    doc = facts.doc
    nouns = PERSON_NOUNS | FIGHTER_NOUNS | POST_DEFENDERS
    people = [w for w in _victim_words(facts)
              if w.lemma_.lower() in nouns or w.pos_ == "PRON"
              or w.ent_type_ in ("PERSON", "NORP") or _is_civilian_token(doc, w)]
    return bool(people) and all(w.lemma_.lower() in POST_DEFENDERS for w in people)


def _qualifiers(word: Token) -> list[Token]:
    """The words that tell whose or what a person is: modifiers, possessors, appositions
    and the nouns after "of", "in" or "from" ("the head of ISIS media", "Al-Qaeda founder
    bin Laden"), not a relative clause about them ("an imam opposed to the campaign")."""
    found, stack = [], [c for c in word.children]
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("compound", "amod", "poss", "nmod", "appos", "pobj"):
            found.append(tok)
            stack.extend(c for c in tok.children)
        elif tok.dep_ == "prep" and tok.lower_ in ("of", "in", "from", "with"):
            stack.extend(c for c in tok.children if c.dep_ == "pobj")
    return found


MILITARY_QUALIFIERS = FIGHTER_QUALIFIERS | {"commander"}


@predicate.add
def victims_named_civilians_beside_a_force(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or hurt is a person with no armed side — an
    elder, a pastor, officials, a named man ("killed a pro-government tribal elder",
    "killed two city council officials and a former parliamentarian", "shot Alhaji X, the
    director at the State Ministry") — and the force the actor lexicon found in the clause
    is none of them: it only qualifies a victim or a place, or reports ("police said").
    One-sided violence on civilians, an attack, not a clash with the force."""
    doc = facts.doc
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN", "PRON")
               and w.lower_ != "of"]
    if not victims or any(_a_combatant(w, armed) for w in victims):
        return False
    rebels = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    if any(t.i in rebels or t.lemma_.lower() in MILITARY_QUALIFIERS
           for w in victims for t in _qualifiers(w)):
        return False   # "the head of ISIS media", "Al-Qaeda founder bin Laden"
    patient = facts.patient
    if patient is not None and any(patient.start <= w.i < patient.end for w in victims):
        return False
    named = [w for w in victims if w.ent_type_ == "PERSON"
             or w.lemma_.lower() in PERSON_NOUNS - VAGUE_PEOPLE]
    return bool(named)


# What a relative clause has a named victim do when it makes him a fighter ("who was leading
# Nusra operations", "who joined Kurdish fighters", "who commanded the brigade").
FIGHTER_DEEDS = {"lead", "command", "head", "join", "fight", "run"}
# Words that put a person's side in his past: "a former rebel", "a rebel leader-turned-
# president", "a longtime rebel who seized power".
PAST_SIDE_WORDS = {"former", "ex", "ex-", "turned", "longtime", "one-time", "onetime",
                   "retired", "erstwhile"}
# The words that make a named person one of a non-state armed side ("ISIS commander X", "X,
# a jihadi", "the militant group's leader X"); a force's words are read apart (of_a_force).
REBEL_WORDS = (MILITARY_QUALIFIERS - {"military", "army"}) | {
    "fighter", "jihadi", "militiaman", "militiamen", "guerrilla", "mujahid", "emir"}


@predicate.add
def named_victim_a_fighter(facts: ClauseFacts) -> bool:
    """A victim named by name is said to be of a non-state armed side — by an apposition,
    title or "of" ("X, a member of the Jund al-Sham group", "ISIS commander X", "X, the
    militant group's leader") or by a relative clause ("X, who was leading Nusra operations",
    "X, a volunteer who joined Kurdish fighters") — and no victim is a civilian: a fighter
    who fell, ACLED's armed clash (violence against civilians needs civilian victims), where
    the name alone would read him as a civilian. Not a member of a force: a lone officer
    shot is more often a targeted killing (rules force-members-defenceless,
    civilians-attacked)."""
    doc = facts.doc
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    rebels = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    places = place_tokens(doc)
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN", "PRON")]
    names = [w for w in victims if w.i not in places and (
        w.ent_type_ == "PERSON" or w.pos_ == "PROPN" and w.ent_type_ in ("", "ORG"))]
    if not names:
        return False
    if any(w not in names and (w.lemma_.lower() in PERSON_NOUNS - VAGUE_PEOPLE
                               or _is_civilian_token(doc, w))
           for w in victims):
        return False   # "X and two farmers": civilians among the dead

    matcher = ActorMatcher.load()

    def fighter_word(t: Token) -> bool:
        lemma = t.lemma_.lower()
        return t.i in rebels or lemma in REBEL_WORDS

    def of_a_force(t: Token) -> bool:
        return t.i in armed and t.i not in rebels or t.lemma_.lower() in ("army", "military") \
            or matcher.role_of_word(t.lower_) in ("state", "international")

    for name in names:
        quals = _qualifiers(name)
        if any(of_a_force(t) for t in quals):
            continue   # "police commander X", "army colonel X": the force rules read him
        if any(t.lower_ in PAST_SIDE_WORDS for q in quals for t in q.subtree):
            continue   # "a longtime rebel who seized power", "rebel leader-turned-president"
        if any(fighter_word(t) for t in quals):
            return True
        clauses = [c for w in [name, *(q for q in quals if q.dep_ == "appos")]
                   for c in w.children if c.dep_ == "relcl"]
        if any(c.lemma_.lower() in FIGHTER_DEEDS and any(
                fighter_word(t) or t.i in armed for t in c.subtree if t.i != c.i)
               for c in clauses):
            return True
        if any(_described_as_a_fighter(c, rebels) for c in clauses):
            return True   # "X, whom the sources described as the militant group's leader"
    return False


# Verbs by which a report or its sources say who someone was: "described as", "identified as"
DESCRIBING_VERBS = {"describe", "identify", "call", "label"}
# Heads of a side's people: "the militant group's leader", "a member of the militia"
SIDE_POSTS = {"leader", "commander", "member", "chief", "head", "emir", "fighter"}


def _described_as_a_fighter(verb: Token, rebels: set[int]) -> bool:
    """The verb describes someone "as" a fighter of a non-state side ("describing them as
    guerrilla fighters", "whom the sources described as the militant group's leader")."""
    if verb.lemma_.lower() not in DESCRIBING_VERBS:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for what in (g for g in prep.children if g.dep_ == "pobj"):
            words = [t for t in what.subtree]
            if what.lemma_.lower() in REBEL_WORDS | SIDE_POSTS and any(
                    t.i in rebels or t.lemma_.lower() in REBEL_WORDS for t in words):
                return True
    return False


@predicate.add
def victims_described_as_fighters(facts: ClauseFacts) -> bool:
    """The clause's verb is told with the victims described as fighters of a non-state
    side ("police shot two people to death, describing them as guerrilla fighters"): the
    side that fired fought them, whatever "people" reads as."""
    doc = facts.doc
    rebels = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ("armed", "unidentified")
              for i in range(m.start, m.end)}
    return any(c.dep_ == "advcl" and _described_as_a_fighter(c, rebels)
               and any(g.dep_ == "dobj" and g.lower_ in ("them", "him", "her")
                       for g in c.children)
               for c in facts.clause.root.children)


@predicate.add
def force_among_the_victims(facts: ClauseFacts) -> bool:
    """The dead or hurt, counted together, include members of a force or fighters beside
    civilians ("14 people, including eight soldiers and six civilians, were killed", "killed
    nine people, including a police sergeant", "wounded ten soldiers and five civilians"):
    ACLED codes an attack on a force as a battle even when civilians die in it too."""
    doc = facts.doc
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    victims = _victim_words(facts)
    # "including …" hangs on the victims or, as the parser often has it, elsewhere in the
    # clause ("killed nine people at the station including a sergeant")
    stack = [g for p in facts.clause.tokens
             if p.dep_ == "prep" and p.lower_ in ("including", "among") and victims
             for g in p.children if g.dep_ == "pobj"]
    while stack:
        tok = stack.pop()
        victims.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos"))
    if _toll_of_many_attacks(facts.clause.root):
        return False
    # an apposition is the same person ("X, a longtime rebel"), the noun after "of" a
    # victim only when counted ("dozens of soldiers", not "a critic of Islamists")
    victims = [w for w in victims if w.dep_ != "appos" and (
        w.dep_ != "pobj" or w.head.lower_ != "of" or w.head.head.like_num
        or w.head.head.pos_ in ("NUM", "PRON") or w.head.head.lemma_.lower() in COUNTING_NOUNS)]
    fighters, civilians = _fighters_and_civilians(doc, victims, armed)
    return bool(fighters) and bool(civilians)


# Nouns that count the people after "of" ("dozens of soldiers", "scores of civilians").
COUNTING_NOUNS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score",
                  "scores", "number", "handful", "group", "majority", "most", "many", "some",
                  "several", "all"}
# Words that make a toll the sum of many attacks ("killed in separate attacks", "in
# violence across Iraq").
MANY_ATTACKS = {"separate", "various", "different", "several", "multiple", "other", "series"}


def _toll_of_many_attacks(verb: Token) -> bool:
    """The toll is told as the sum of several attacks or of a country's violence ("killed
    in separate attacks", "in various other attacks across Iraq"): no one attack on a
    force."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "across":
            return True
        if prep.lower_ == "in" and any(
                a.lower_ in MANY_ATTACKS for g in prep.children if g.dep_ == "pobj"
                for a in g.children if a.dep_ in ("amod", "compound")):
            return True
    return False


def _fighters_and_civilians(doc: Doc, victims: list, armed: set[int]) -> tuple[list, list]:
    """The victim words that are a force's or an armed side's, and those that are people
    with no armed side; the side a fighter is counted from ("members of the armed forces")
    is neither."""
    fighters = [w for w in victims if _a_combatant(w, armed)]
    counted = {g.i for w in fighters for p in w.children if p.dep_ == "prep"
               for g in p.subtree}
    civilians = [w for w in victims if w not in fighters and w.i not in counted
                 and (w.lemma_.lower() in PERSON_NOUNS or w.ent_type_ in ("PERSON", "NORP")
                      or _is_civilian_token(doc, w))]
    return fighters, civilians
