"""A verb joined to an earlier one shares its place both ways: the first verb's phrases
hold the place of a later verb that names none. A place name joined by "and" to another
is a place of its own ("retook Makhmour and Gwer", placer.same_event_elsewhere)."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.place_mentions import SETTLEMENT_WORDS
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


def joined_to_a_name(head: Token, mentions, mention) -> bool:
    """A place name (`head`, the root of `mention`) joined by "and" to another place name
    of the clause: to the name itself ("retook Makhmour and Gwer", "strikes on Kobani and
    the town of Derik") or to the settlement word that name qualifies ("retook Makhmour
    town and Gwer", where the parse joins Gwer to "town")."""
    of = head.head
    if head.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in SETTLEMENT_WORDS \
            and of.head.dep_ == "conj":
        head = of.head   # "and the town of Derik": "town" is what "and" joins
    if head.dep_ != "conj":
        return False
    target = head.head
    names = [target, *(c for c in target.children if c.dep_ == "compound")] \
        if target.lower_ in SETTLEMENT_WORDS else [target]
    return any(o.start <= t.i < o.end for o in mentions if o is not mention for t in names)
