"""A cattle camp is held by armed herders: a raid on one, whose dead the report counts only as
"people", is a fight between two armed bands of herders (ACLED: communal militias on both
sides, an armed clash, the camp's keepers actor2: default_actors.toml cattle-camp-keepers),
not an attack on civilians; herders, women or children named among the dead, in the
sentence or the next ("Among the dead were ..."), or the dead called unarmed, still make it
one. Read apart from civilians.py, which asks who was harmed, because it asks what was
attacked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root

# The herds whose camps armed herders keep
HERD_WORDS = frozenset({"cattle", "cow", "livestock"})
# The dead counted with no word of who they were
BARE_PEOPLE = frozenset({"people", "person"})
# Civilians a following sentence may name among the dead ("The dead included four women"):
# not every civilian word there ("the youth guarding the camp" are its armed keepers)
DEAD_NAMED = frozenset({"woman", "child", "boy", "girl", "baby", "infant", "elderly",
                        "herder", "herdsman", "shepherd", "pastoralist", "civilian"})
# Words on the dead that make them civilians: "killing 12 unarmed people"
UNARMED_WORDS = frozenset({"unarmed", "civilian", "innocent", "defenceless", "defenseless"})


def raided_cattle_camps(clause: Clause) -> list[Token]:
    """The cattle camps the clause attacks or raids ("raided a cattle camp near X")."""
    return [t for t in clause.tokens if t.lemma_.lower() == "camp"
            and t.dep_ in ("dobj", "pobj", "nsubjpass")
            and any(c.lemma_.lower() in HERD_WORDS for c in t.children
                    if c.dep_ in ("compound", "amod"))]


def _only_bare_people_harmed(doc: Doc, clause: Clause) -> bool:
    """Every civilian named in the clause's sentence is only "people", none called
    unarmed, and the next sentence names no women, children or herders."""
    sent = clause.root.sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for m in doc_ext(doc, "actors") or []:
        if m.role_hint != "civilian" or not sent.start <= m.start < end:
            continue
        head = span_root(doc, m.start, m.end)
        if m.start >= sent.end:
            if head.lemma_.lower() in DEAD_NAMED:
                return False
        elif head.lemma_.lower() not in BARE_PEOPLE or any(
                c.lower_ in UNARMED_WORDS for c in head.children if c.dep_ == "amod"):
            return False
    return True


@predicate.add
def herders_camp_attacked(facts: ClauseFacts) -> bool:
    """The clause's verb, or one hung on it, attacked or raided a cattle camp ("gunmen
    stormed a cattle camp outside X"), and every civilian its sentence and the next name is
    only "people" ("nine people died when ..."): the camp's armed keepers fought back."""
    return bool(raided_cattle_camps(facts.clause)) \
        and _only_bare_people_harmed(facts.doc, facts.clause)


@predicate.add
def camp_keepers_named_harmed(facts: ClauseFacts) -> bool:
    """The clause harms people it names as herders, women or children ("raiders shot dead
    four herdsmen at a cattle camp"): whom the raid on the camp harmed are named civilians."""
    return bool(raided_cattle_camps(facts.clause)) and any(
        t.dep_ in ("dobj", "nsubjpass") and t.lemma_.lower() in DEAD_NAMED
        for t in facts.clause.tokens)
