"""A force that withdrew from or was sent to the scene of a deed the report tells, named only
by a bare "the area" ("the guerrillas retreated from the area", "more police were deployed into
the area to find the raiders"): the sequel of that deed, no ground changing hands nor change of
activity of its own (rule move-to-the-scene). A named place in the clause keeps the move an
event (strategic.py reads the place a withdrawal left).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext

# Nouns that point back at the scene of a deed told before ("retreated from the area")
SCENE_NOUNS = frozenset({"area", "vicinity", "scene", "spot", "locality", "surroundings"})
# Prepositions of a force's move from or to a place
MOVE_PREPS = frozenset({"from", "to", "into", "in", "out", "toward", "towards"})


@predicate.add
def moves_only_to_the_scene(facts: ClauseFacts) -> bool:
    """The clause's verb moves a force from or to a bare "the area", and the clause names no
    place."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    if any(m.start in ids for m in doc_ext(doc, "places") or []):
        return False
    root = facts.clause.root
    return any(
        p.dep_ == "prep" and p.lower_ in MOVE_PREPS and any(
            o.dep_ == "pobj" and o.lower_ in SCENE_NOUNS and _bare_the(o) for o in p.children)
        for p in root.children)


def _bare_the(noun: Token) -> bool:
    """"the area", not "the border area" nor "their area": "the" and no word that names it."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and not any(
        c.dep_ in ("compound", "amod", "poss", "nmod", "nummod") for c in noun.children)
