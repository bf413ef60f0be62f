"""Predicates of ground entered for a purpose that is no taking: "troops entered the camp to
arrest members of a cell", "forces stormed into the village to search homes". A force goes
in for a raid and out again; the deeds it went in for (the arrests, the fight) are coded in
their own clauses, and the entry takes no ground."""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext

ENTERING = frozenset({"enter", "storm", "push", "sweep", "move", "raid"})
# what a raid goes in to do
RAID_PURPOSES = frozenset({"arrest", "detain", "search", "apprehend", "seize", "capture",
                           "demolish", "raid", "question", "interrogate", "abduct"})


@predicate.add
def entered_for_a_raid(facts: ClauseFacts) -> bool:
    """The clause's entering verb has a purpose of arrest or search ("entered the camp to
    arrest members of a cell"): a raid, not ground taken."""
    for verb in (t for t in facts.clause.tokens if t.lemma_.lower() in ENTERING):
        for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp")):
            if purpose.lemma_.lower() in RAID_PURPOSES and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children):
                return True
    return False


# The trigger categories of the fight an entering told aside is the setting of
FIGHT_CATEGORIES = frozenset({"clash", "attack", "kill"})
# Subordinators that make an entering the time or manner of something else ("when they
# entered the woods")
SETTING_MARKS = frozenset({"when", "as", "while", "after"})


@predicate.add
def entering_describes_a_fighter(facts: ClauseFacts) -> bool:
    """Every entering of the clause is told aside, as the setting of a fight the sentence
    tells in another clause (a clash, an attack or a killing): a relative clause on a side
    ("the militants, who had entered from across the border, fought the police for hours")
    or a "when" clause of it ("the officers were met with gunfire when they entered a wooded
    area"). Who the fighters are or when they fought, no ground taken: the fight is the
    event. The entering is the clause's own verb: a clause that also holds the fight keeps
    it."""
    doc, ids = facts.doc, {t.i for t in facts.clause.tokens}
    sent = facts.clause.sent
    if not any(sent.start <= m.start < sent.end and m.start not in ids
               and m.category in FIGHT_CATEGORIES for m in doc_ext(doc, "triggers") or []):
        return False
    verbs = [t for t in facts.clause.tokens if t.lemma_.lower() == "enter" and t.pos_ == "VERB"]
    return facts.clause.root in verbs and all(
        v.dep_ == "relcl" or v.dep_ == "advcl" and any(
            c.dep_ == "advmod" and c.lower_ in SETTING_MARKS or c.dep_ == "mark"
            and c.lower_ in SETTING_MARKS for c in v.children)
        for v in verbs)


@predicate.add
def entering_sets_its_clause_fight(facts: ClauseFacts) -> bool:
    """Every entering of the clause is a "when" or "as" clause of a fight word in the same
    clause ("the officers were fired on by gunmen as they entered the slum"): the entering
    tells when the fight began, no place changed hands; the fight is the event."""
    doc, ids = facts.doc, {t.i for t in facts.clause.tokens}
    verbs = [t for t in facts.clause.tokens if t.lemma_.lower() == "enter" and t.pos_ == "VERB"]
    if not verbs or not all(v.dep_ == "advcl" and v.head.i in ids and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in SETTING_MARKS - {"after"}
            for c in v.children) for v in verbs):
        return False
    told_aside = {t.i for v in verbs for t in v.subtree}
    return any(m.start in ids and m.start not in told_aside and m.category in FIGHT_CATEGORIES
               for m in doc_ext(doc, "triggers") or [])
