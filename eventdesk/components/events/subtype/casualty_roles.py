"""Predicates of the casualties' roles: whether the dead or attacked are fighters or
civilians, read from the side acted upon, the words of the victims, or the deaths folded into a
clause. Split from civilians.py, which reads whether anyone was harmed and who.
"""

from __future__ import annotations

from eventdesk.coding.actors import ActorMatcher
from eventdesk.components.events.common import ARMED_ROLES, place_tokens
from eventdesk.components.events.subtype.civilians import _a_name_stormed, _names_ground
from eventdesk.components.events.subtype.shared import (
    SUBJECT_DIES,
    _a_combatant,
    _victim_words,
)
from eventdesk.components.events.subtype.table import ClauseFacts, predicate


@predicate.add
def combatant_casualties(facts: ClauseFacts) -> bool:
    """The dead or attacked are fighters, soldiers or police, named as the side acted upon
    or, where no country tells whose they are, by their word ("20 militants were killed")."""
    return _casualty_role(facts) in ARMED_ROLES


@predicate.add
def civilian_casualties(facts: ClauseFacts) -> bool:
    """The dead or attacked are civilians, named by their word ("dozens of villagers were
    killed") or by their own name, where no country tells whose they are."""
    return _casualty_role(facts) == "civilian"


def _casualty_role(facts: ClauseFacts) -> str | None:
    """The role of the side acted upon: its actor mention, else the role its words have in
    any country; fighters outrank civilians when both are named."""
    if facts.patient is not None:
        return facts.patient_role
    matcher = ActorMatcher.load()
    # a person named by name ("Halaby was shot dead") is a civilian unless called a fighter;
    # a name the gazetteer reads as a place ("attacked Tal Afar") is the scene, not a victim
    in_places = place_tokens(facts.doc)
    roles = {"armed" if _a_combatant(t, set())
             else "civilian" if t.ent_type_ == "PERSON" and t.i not in in_places
             else matcher.role_of_word(t.lower_)
             for t in _victim_words(facts) if not _names_ground(t) and not _a_name_stormed(t)}
    if roles & ARMED_ROLES:
        return "armed"
    return "civilian" if "civilian" in roles else None


def _folded_death_roles(facts: ClauseFacts) -> set[str]:
    """The roles of the dead of the death triggers among the clause's words (also those
    of a bare death clause folded into it: "neutralised dozens of terrorists and destroyed
    their bases"): an actor mention's role, else the role the word has in any country."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    matcher = ActorMatcher.load()
    roles: set[str] = set()
    for m in doc._.triggers or []:
        if m.category != "kill" or m.start not in ids:
            continue
        head = doc[m.start:m.end].root
        deps = {"nsubjpass", "dobj"} | ({"nsubj"} if head.lemma_.lower() in SUBJECT_DIES
                                        else set())
        stack = [c for c in head.children if c.dep_ in deps]
        while stack:
            tok = stack.pop()
            mention = next((a for a in doc._.actors or [] if a.start <= tok.i < a.end), None)
            role = mention.role_hint if mention is not None else matcher.role_of_word(tok.lower_)
            if role is None and _a_combatant(tok, set()):
                role = "armed"   # "killed its commander", "killed a colonel"
            if role is not None:
                roles.add(role)
            stack.extend(g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj")
            stack.extend(c for c in tok.children if c.dep_ == "conj")
    return roles


@predicate.add
def fighters_killed_in_clause(facts: ClauseFacts) -> bool:
    """The clause's deaths (its own or a folded bare death clause's) are fighters,
    soldiers or police: "killed dozens of militants and destroyed their vehicles"."""
    return bool(_folded_death_roles(facts) & ARMED_ROLES)


@predicate.add
def civilians_killed_in_clause(facts: ClauseFacts) -> bool:
    """The clause's deaths are civilians only: "the attack killed five villagers and
    destroyed their homes"."""
    return _folded_death_roles(facts) == {"civilian"}


@predicate.add
def civilians_are_the_object(facts: ClauseFacts) -> bool:
    """"Ambushed a convoy of people fleeing the area": the civilians are what the battle
    verb acted upon (its object, or counted by it), not a side it fought with ("clashed
    with villagers") nor the toll of a fight ("fighting killed 55 people")."""
    if facts.patient is None or facts.patient_role != "civilian":
        return False
    doc = facts.doc
    battle_verbs = {doc[m.start:m.end].root.i for m in facts.clause.triggers
                    if m.category == "clash"}
    tok = doc[facts.patient.start:facts.patient.end].root
    for _ in range(4):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in battle_verbs:
            return True
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            return False
        tok = tok.head.head
    return False
