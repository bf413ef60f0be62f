"""A verb joined to an earlier one shares its place both ways: the first verb's phrases
hold the place of a later verb that names none."""

from __future__ import annotations

from eventdesk.components.events.placing.deeds import (
    _is_clause,
    _phrase_without_clauses,
    with_shared_verbs,
)
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def with_joined_verbs(clause: Clause) -> Clause:
    """The clause with the phrases of the verbs joined to it (`with_shared_verbs`); and,
    when its verb is joined to an earlier one, has no subject of its own and names no
    place ("stormed the village of X, north of Y, and opened fire on residents, killing
    124"), with the earlier verb's phrases too: it was done where that verb was."""
    clause = with_shared_verbs(clause)
    root, doc = clause.root, clause.sent.doc
    first = root.head
    if root.dep_ != "conj" or first.pos_ not in ("VERB", "AUX") or first.i > root.i \
            or any(c.dep_ in SUBJECT_DEPS for c in root.children):
        return clause
    own = {t.i for t in clause.tokens}
    if any(m.start in own and m.kind != "country" for m in doc_ext(doc, "places") or []) \
            or any(_names_its_own_place(t) for t in clause.tokens):
        return clause
    extra = [t for child in first.children if child.i not in own
             and child.dep_ not in SUBJECT_DEPS and not _is_clause(child)
             for t in _phrase_without_clauses(child, own)]
    if not extra:
        return clause
    return Clause(root=root, tokens=sorted(clause.tokens + extra, key=lambda t: t.i),
                  sent=clause.sent, triggers=clause.triggers)


def _names_its_own_place(tok) -> bool:
    """"seized another base at Kawmoora": a proper name after a preposition of place, known
    to the index or not, is the joined verb's own place."""
    return tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in SCENE_PREPS


# Prepositions that put a deed at a place.
SCENE_PREPS = frozenset({"in", "at", "near", "outside", "around", "into"})
