"""A cattle camp is held by armed herders: a raid on one, whose dead the report counts only as
"people", is a fight between two armed bands of herders (ACLED: communal militias on both
sides, an armed clash), not an attack on civilians; herders, women or children named among
the dead still make it one. Read apart from civilians.py, which asks who was harmed,
because it asks what was attacked.
"""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root

# The herds whose camps armed herders keep
HERD_WORDS = frozenset({"cattle", "cow", "livestock"})
# The dead counted with no word of who they were
BARE_PEOPLE = frozenset({"people", "person"})


@predicate.add
def herders_camp_attacked(facts: ClauseFacts) -> bool:
    """The clause's verb, or one hung on it, attacked or raided a cattle camp ("armed youth
    attacked a cattle camp near X", "raided Y cattle camp"), and every civilian it names is
    only "people" ("at least 14 people were killed when ..."): the camp's armed keepers fought
    back."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    camps = [t for t in facts.clause.tokens if t.lemma_.lower() == "camp"
             and t.dep_ in ("dobj", "pobj", "nsubjpass")
             and any(c.lemma_.lower() in HERD_WORDS for c in t.children
                     if c.dep_ in ("compound", "amod"))]
    if not camps:
        return False
    return all(span_root(doc, m.start, m.end).lemma_.lower() in BARE_PEOPLE
               for m in doc_ext(doc, "actors") or []
               if m.role_hint == "civilian" and m.start in ids)
