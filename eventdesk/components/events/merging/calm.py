"""A protest its own words tell passed off peacefully: not the crowd of a riot told in
another sentence (merging/crowds.py `turned_violent`). Kept apart from crowds.py, which is
at its size limit."""

from __future__ import annotations

from eventdesk.components.triggers import Clause

# Words a protest's own clause tells it passed without violence with ("marched
# peacefully", "a peaceful march", "without incident", "passed off peacefully")
CALM_WORDS = frozenset({"peacefully", "peaceful", "incident", "incidents"})


def told_calm(clause: Clause) -> bool:
    """"Earlier, some 3,000 people marched peacefully to parliament", "the procession
    reached the square without major incident": a protest its own sentence tells was
    peaceful is not the crowd of a riot told in another sentence (news tells the march and
    the clashes that followed it apart: two events, GUIDELINES one type per event). Not
    "incident" named without "without" ("the incident")."""
    return any(tok.lower_ in CALM_WORDS and (tok.lower_.startswith("peace")
                                             or tok.head.lower_ == "without")
               for tok in clause.root.subtree)
