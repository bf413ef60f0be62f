"""Predicates of ground entered for a purpose that is no taking: "troops entered the camp to
arrest members of a cell", "forces stormed into the village to search homes". A force goes
in for a raid and out again; the deeds it went in for (the arrests, the fight) are coded in
their own clauses, and the entry takes no ground."""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, predicate

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
