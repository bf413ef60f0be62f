"""Predicates of the dead a report of unrest tells with no doer beside the crowd's fight.

Reports of post-election and anti-government unrest tell the crowd's fight with a force and
its dead in clauses of one sentence: "troops clashed with opposition youths near the
campus, and one student died, hospital staff said", "a teenager was killed in the market
district, where rioters had set cars ablaze". The killing clause names no doer, so alone it
reads as an attack on civilians by someone unnamed; told beside the crowd's fight it is
that riot's toll (ACLED: a violent demonstration with its dead; excessive force is for
protesters told as peaceful). A killing whose doer is named is not read here (rule
dead-beside-a-riot takes no doer): a force's raid told in the same sentence is its own
event. Kept apart from demonstrations.py and joined_crowds.py, near their size limit.
"""

from __future__ import annotations

from eventdesk.components.events.common import FAMILY_OF
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext, span_root

# Roles of a crowd that fights ("supporters stormed the parliament"); crowd_ground.py, later
# in subtype/__init__.py's ORDER, reads them too
FIGHTING_CROWD = frozenset({"protester", "rioter"})
# Roles of a force a crowd fights
FORCES = frozenset({"state"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@predicate.add
def riot_told_beside(facts: ClauseFacts) -> bool:
    """Another clause of the clause's sentence tells a crowd's violence: a riot trigger
    ("rioters had set cars ablaze", "students hurled rocks at the gate"), or a clash or
    attack between a crowd (FIGHTING_CROWD) and a force both named in the
    sentence ("troops clashed with opposition youths", "after a mob charged the police
    post"). Not a force's attack on a crowd ("when police opened fire on a march"):
    the crowd must be the attack's doer, or the sides of a clash."""
    doc = facts.doc
    sent = facts.clause.sent
    ids = {t.i for t in facts.clause.tokens}
    mentions = [m for m in doc_ext(doc, "actors") or []
                if sent.start <= m.start < sent.end]
    crowd = [m for m in mentions if m.role_hint in FIGHTING_CROWD]
    force = any(m.role_hint in FORCES for m in mentions)
    for m in doc_ext(doc, "triggers") or []:
        if not sent.start <= m.start < sent.end or m.start in ids:
            continue
        family = FAMILY_OF.get(m.category)
        if family == "riot":
            return True
        if not crowd or not force:
            continue
        if family == "battle" and m.category == "clash":
            return True
        if family == "attack":
            verb = span_root(doc, m.start, m.end)
            if any(c.dep_ in SUBJECTS and any(x.start <= c.i < x.end for x in crowd)
                   for c in verb.children):
                return True
    return False


# Roles of the gunmen of a protest's dead: unnamed armed men ("gunmen", "armed men on
# motorcycles"); not a named group, which may be a state's paramilitary ("security forces
# led by the Rapid Support Forces stormed the sit-in": excessive force)
NON_STATE_ARMED = frozenset({"unidentified"})


@predicate.add
def non_state_gunmen_fired(facts: ClauseFacts) -> bool:
    """The doer of an attack verb in the clause's sentence is unnamed armed men, and no
    state force nor named armed group is one ("a woman was killed when gunmen on
    motorbikes opened fire on a rally"): the shooters are gunmen, not the police."""
    doc = facts.doc
    sent = facts.clause.sent
    mentions = [m for m in doc_ext(doc, "actors") or [] if sent.start <= m.start < sent.end]
    doers = set()
    for m in doc_ext(doc, "triggers") or []:
        if sent.start <= m.start < sent.end and FAMILY_OF.get(m.category) in ("attack", "kill"):
            verb = span_root(doc, m.start, m.end)
            if not _aimed_at_the_crowd(verb):
                continue   # "marched for the dead killed when gunmen burst into a party"
            for c in verb.children:
                if c.dep_ == "nsubj":
                    doers |= {x.role_hint for x in mentions if x.start <= c.i < x.end}
    return bool(doers & NON_STATE_ARMED) and not doers & (FORCES | {"armed"})


# What the gunmen fired on when they fired on a protest: the cue protest_crowd's words, and
# these the cue lacks (a singular protester, a procession)
MORE_CROWD_TARGETS = frozenset({"protester", "demonstrator", "marcher", "procession",
                                "sit-in", "gathering"})


def _aimed_at_the_crowd(verb) -> bool:
    """The attack verb's object, or its "on"/"at" object, is the protest or its crowd."""
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                for g in c.children if g.dep_ == "pobj"]
    targets += [g for t in verb.children if t.dep_ == "dobj" and t.lemma_.lower() == "fire"
                for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "at")
                for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in MORE_CROWD_TARGETS or _cue("protest_crowd", [t])
               for t in targets)
