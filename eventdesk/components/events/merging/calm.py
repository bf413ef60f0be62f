"""A protest its own words tell passed off peacefully: not the crowd of a riot told in
another sentence (merging/crowds.py `turned_violent`). Kept apart from crowds.py, which is
at its size limit."""

from __future__ import annotations

from eventdesk.components.triggers import Clause

# Words a protest's own clause tells it passed without violence with ("marched
# peacefully", "a peaceful march", "without incident", "passed off peacefully")
CALM_WORDS = frozenset({"peacefully", "peaceful", "incident", "incidents"})
# Verbs of a beginning ("had started peacefully before the clashes") and words of a change
# ("peaceful until", "turned violent"): the calm was the start of the protest that turned
# violent, the same crowd. Not "before" alone: a march that "ended peacefully before" a
# brawl told later was over, calm, when the brawl began
BEGIN_VERBS = frozenset({"begin", "start"})
CHANGE_WORDS = frozenset({"until", "till", "turn", "descend", "degenerate"})


def told_calm(clause: Clause) -> bool:
    """"Earlier in the day, about 2,000 nurses walked peacefully to the ministry", "the
    procession ended at the cathedral without any incident": a protest its own sentence
    tells was peaceful is not the crowd of a riot told in another sentence (news tells the
    march and the clashes that followed it apart: two events, GUIDELINES one type per
    event). Not "incident" named without "without" ("the incident"); not a calm start
    ("the protest had begun peacefully before the clashes"): the crowd that turned."""
    words = list(clause.root.subtree)
    if any(t.lemma_.lower() in CHANGE_WORDS for t in words):
        return False
    return any(tok.lower_ in CALM_WORDS and (tok.lower_.startswith("peace")
                                             or tok.head.lower_ == "without")
               and tok.head.lemma_.lower() not in BEGIN_VERBS
               for tok in words)
