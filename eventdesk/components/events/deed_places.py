"""Whether a part of a clause names a town of its own as the scene of its deed: a town
named after "of" says where only as "the town of Rafah", "the outskirts of Idlib" or "the
shelling of Khiam" do, not as "the governor of Kirkuk". Split from splitting.py, which sets
a deed apart when its place is not the clause's; struck_elsewhere.py reads the towns a deed
told again struck.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import lexicon
from eventdesk.extensions import doc_ext, span_root

# Kinds of place mention that say where a deed was: a town, not a province or region
# ("as the regime escalated its crackdown on protests in Kurdistan": the wider scene).
SCENE_KINDS = frozenset({"place"})
# Nouns naming a part of the place after "of" ("the outskirts of Idlib"), beside the
# ground words of triggers.toml ("the town of Rafah").
PARTS_OF_A_PLACE = frozenset({"outskirts", "outskirt", "suburb", "suburbs", "countryside",
                              "part", "parts", "centre", "center", "heart", "edge", "north",
                              "south", "east", "west", "vicinity", "street", "streets",
                              "region", "governorate", "department", "state", "county",
                              "municipality", "downtown", "entrance", "periphery"})


def places_apart(doc: Doc, own: set[int], rest: set[int]) -> bool:
    """Each part names a town of its own as where its deed was, and not the same one."""
    mine, others = set(), set()
    for m in doc_ext(doc, "places") or []:
        if m.kind not in SCENE_KINDS or not a_scene(span_root(doc, m.start, m.end)):
            continue
        if m.start in own:
            mine.add(m.text.lower())
        elif m.start in rest:
            others.add(m.text.lower())
    return bool(mine) and bool(others) and not mine & others


def a_scene(name: Token) -> bool:
    """The name may say where the deed was: not when it only says whose people or office a
    noun names ("the supporters of Sadr", "the governor of Kirkuk"); "the town of Rafah",
    "the outskirts of Idlib" say where."""
    head = name.head
    if name.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ not in ("NOUN", "PROPN"):
        return True
    noun = head.head.lemma_.lower()
    return noun in lexicon()["ground_words"] or noun in PARTS_OF_A_PLACE \
        or _names_a_deed(head.head)


def _names_a_deed(noun: Token) -> bool:
    """"took control of Afgoye", "the shelling of Khiam": a noun that is a trigger's word
    names a deed done at the place after "of"."""
    return any(m.start <= noun.i < m.end for m in doc_ext(noun.doc, "triggers") or [])
