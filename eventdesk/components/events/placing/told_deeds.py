"""A deed told as what witnesses or sources reported ("Farmers described gun battles overnight
around X, Y and Z"): the clause grouping keeps the deed noun alone, and the parse hangs
the places on the verb of telling, so each listed place the verb holds is the deed's scene
(GUIDELINES: each distinct place where fighting is reported is an event of its own)."""

from __future__ import annotations

from eventdesk.components.triggers import Clause

# Verbs by which witnesses or sources tell a deed as their object ("reported clashes in X").
TELLING_VERBS = frozenset({"report", "witness", "hear", "describe", "record"})
# The prepositions of a deed's scene hung on such a verb.
SCENE_PREPS = frozenset({"in", "at", "near", "around"})


def told_deed_scene(clause: Clause) -> set[int]:
    """"witnesses heard gunfire near X and Y": a deed noun that is the object of
    a verb of telling, the clause without that verb, has its scene in the verb's place
    phrases (the parse hangs them on the verb)."""
    noun = clause.root
    verb = noun.head
    if noun.dep_ != "dobj" or clause.has_token(verb.i) \
            or verb.lemma_.lower() not in TELLING_VERBS:
        return set()
    return {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in SCENE_PREPS
            for t in p.subtree}
