"""How an event told before went on: the damage an attack left, what a strike was aimed
at, how the event ended or began. A clause that tells only this, with no place or day of
its own, completes that event (completing.py `completes`) rather than telling a new one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.typology import (
    BATTLES,
    EXPLOSIONS,
    RIOTS,
    VAC,
)
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import (
    lexicon,
    names_a_place,
    tells_a_day,
)
from eventdesk.components.events.merging.clause_reading import (
    REPELLING,
    is_backref,
    subject_of,
)
from eventdesk.components.triggers import Clause

# The deeds that only damage property ("were set on fire", "were looted", "destroyed").
DAMAGE_CATEGORIES = frozenset({"looting", "destroy", "riot"})


def damage_of_the_attack(doc: Doc, clause: Clause, attack: Candidate) -> bool:
    """"Gunmen killed 17 people in a village … Several houses were set on fire", "An air
    strike hit the town … A school and a clinic were destroyed": property told burned,
    looted or destroyed with no one doing it, no place and no day of its own, right after
    an attack, a battle or a strike, is the damage of that violence, not a riot or a
    looting of its own (GUIDELINES: code it once)."""
    if attack.event_type not in (VAC, BATTLES, EXPLOSIONS, RIOTS):
        return False
    # "during the attack" names the attack told before, no deed of the clause's own
    deeds = {m.category for m in clause.triggers
             if not is_backref(doc[m.start])} - {"kill"}
    if not deeds or not deeds <= DAMAGE_CATEGORIES:
        return False
    shared = subject_of(clause.root) if clause.root.dep_ == "conj" else None
    if _passive_gapped(clause.root):
        return not names_a_place(doc, {t.i for t in clause.tokens}) \
            and not tells_a_day(doc, clause)
    if any(c.dep_ in ("nsubj", "agent", "expl") for c in clause.root.children) \
            or shared is not None and shared.dep_ == "nsubj":
        return False  # "rioters torched cars", "… and were looted by soldiers"; not "a
        # man was killed and two houses were destroyed", whose subject is the damaged
    return not names_a_place(doc, {t.i for t in clause.tokens}) \
        and not tells_a_day(doc, clause)


def _passive_gapped(verb: Token) -> bool:
    """"Ten fighters were killed and their vehicles destroyed": a participle joined to a
    passive verb, its "were" left out, whose subject is what was damaged, not a doer."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)


def aim_of_the_strike(doc: Doc, clause: Clause, strike: Candidate) -> bool:
    """"A strike hit a building in X on Monday. The military said it targeted a senior
    commander", "a roadside bomb hit an army convoy … Islamic State said its fighters
    attacked the convoy": a clause whose only deed is aiming, or attacking a target named
    with "the", told right after an explosion and with no place or day of its own, names
    what that strike was aimed at — the same incident, not a new attack or clash
    (GUIDELINES: code it once)."""
    if strike.event_type != EXPLOSIONS:
        return False
    aims = lexicon()["aim_verbs"]
    deeds = [m for m in clause.triggers if m.category != "kill"]
    if not deeds or not all(doc[m.start].lemma_.lower() in aims
                            or m.category == "attack" and _attacks_the_named(doc[m.start])
                            for m in deeds):
        return False
    return not names_a_place(doc, {t.i for t in clause.tokens}) \
        and not tells_a_day(doc, clause)


def _attacks_the_named(verb: Token) -> bool:
    """"attacked the convoy": an attack verb whose object is named with "the" or a
    possessive, a target told before."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(d.dep_ in ("det", "poss") and d.lower_ not in
                                 ("a", "an", "another", "every") for d in c.children)
        for c in verb.children)


# Verbs that end the deed named as their object ("ended the siege", "broke the siege")
ENDING_VERBS = frozenset({"end", "break", "lift"})
# Verbs that fight it off ("repelled the attack", "foiled the assault"): how the told deed
# ended only when the clause tells no dead of its own ("foiled the attack, killing two
# militants" is a fight of its own, whose dead are not the deed's)
FENDING_VERBS = REPELLING | {"foil", "thwart", "quell"}


def ends_the_told_event(doc: Doc, clause: Clause) -> bool:
    """"Security forces ended the siege after 14 hours, killing the four attackers",
    "troops repelled the attack": a clause whose object is the event told before, named
    with "the", and which gives no place or day of its own, tells how it ended; its dead
    are the event's."""
    nouns = lexicon()["backref_nouns"]
    obj = next((c for c in clause.root.children if c.dep_ == "dobj"
                and (c.lower_ in nouns or c.lemma_.lower() in nouns)
                and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "another")
                        for d in c.children)), None)
    if obj is None:
        return False
    in_object = {t.i for t in obj.subtree}
    verb = clause.root.lemma_.lower()   # the ending verb may be read as a deed of its own
    if verb in ENDING_VERBS or verb in FENDING_VERBS and not any(
            m.category == "kill" for m in clause.triggers):
        in_object.add(clause.root.i)
    if any(m.category != "kill" and m.start not in in_object for m in clause.triggers):
        return False
    return not names_a_place(doc, {t.i for t in clause.tokens}) \
        and not tells_a_day(doc, clause)


def how_the_told_event_began(doc: Doc, clause: Clause) -> bool:
    """"At least 21 people were killed in the attack, which began on Friday evening when
    militants set off two car bombs outside the hotel and then stormed the building": a
    deed told inside what a back-reference ("in the attack") says of the event told before
    is how that event unfolded, not a new one."""
    tok = clause.root
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl") and is_backref(tok.head):
            return not names_a_place(doc, {t.i for t in clause.tokens})
        tok = tok.head
    return False
