"""Splitting: one sentence that tells two deeds at once is two events (GUIDELINES: an
event is one type of interaction at one location on one day; "code, as its own event, each
distinct place where fighting or an attack is reported").

The clause grouping folds an "as"/"while" clause into the clause it qualifies ("two people
were killed as a bomb exploded": one event). News also joins two deeds that way: "Jets
bombed Saraqib as troops clashed with rebels near Maarat al-Numan" — a strike and a ground
clash, each with its own subject (and here its own place). Such a clause is set apart again
when it has a subject of its own, a deed of its own (a trigger that is not a bare death)
and either its own place or a deed of another armed family (a strike beside a clash).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import FAMILY_OF, lexicon
from eventdesk.components.triggers import Clause, TriggerMatch

# Conjunctions that tell two deeds going on at one time ("when" tells how the first came
# about: "killed when a bomb exploded" is one event).
CONCURRENT_MARKERS = frozenset({"as", "while", "whilst"})
# Families of armed deeds that are events of their own types when told side by side: a
# strike or shelling beside a ground clash.
ARMED_FAMILIES = frozenset({"battle", "explosion"})
SUBJECT_TAGS = frozenset({"NOUN", "PROPN"})
# Nouns naming a part of the place after "of" ("the outskirts of Idlib"), beside the
# ground words of triggers.toml ("the town of Rafah").
PARTS_OF_A_PLACE = frozenset({"outskirts", "outskirt", "suburb", "suburbs", "countryside",
                              "part", "parts", "centre", "center", "heart", "edge", "north",
                              "south", "east", "west", "vicinity", "street", "streets",
                              "region", "governorate", "department", "state", "county",
                              "municipality", "downtown", "entrance", "periphery"})


def concurrent_deeds(doc: Doc, sent_clauses: list[Clause]) -> list[Clause]:
    """The sentence's clauses, each "as"/"while" clause telling a deed of its own set apart
    from the clause it was grouped with."""
    if not any(t.lower_ in CONCURRENT_MARKERS for c in sent_clauses for t in c.tokens):
        return sent_clauses
    found: list[Clause] = []
    for clause in sent_clauses:
        found.extend(_split(doc, clause))
    return sorted(found, key=lambda c: c.start)


def _split(doc: Doc, clause: Clause) -> list[Clause]:
    ids = {t.i for t in clause.tokens}
    for tok in clause.tokens:
        if tok.i == clause.root.i or not _concurrent_clause(tok):
            continue
        own = {t.i for t in tok.subtree} & ids
        mine = [m for m in clause.triggers if m.start in own]
        rest = [m for m in clause.triggers if m.start not in own]
        if not _strong(mine) or not _strong(rest):
            continue
        if not (_families_apart(mine, rest) or _places_apart(doc, own, ids - own)):
            continue
        main = Clause(root=clause.root, tokens=[t for t in clause.tokens if t.i not in own],
                      sent=clause.sent, triggers=rest)
        second = Clause(root=tok, tokens=[t for t in clause.tokens if t.i in own],
                        sent=clause.sent, triggers=mine)
        return [*_split(doc, main), second]
    return [clause]


def _concurrent_clause(tok: Token) -> bool:
    """A verb joined by "as"/"while" with a subject of its own that is a noun ("as troops
    clashed"), not a pronoun that may be the first clause's actors again."""
    return tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in CONCURRENT_MARKERS for c in tok.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in SUBJECT_TAGS for c in tok.children)


def _strong(matches: list[TriggerMatch]) -> bool:
    weak = lexicon()["weak"]
    return any(m.category not in weak for m in matches)


def _families(matches: list[TriggerMatch]) -> set[str]:
    weak = lexicon()["weak"]
    return {FAMILY_OF.get(m.category) for m in matches if m.category not in weak}


def _families_apart(mine: list[TriggerMatch], rest: list[TriggerMatch]) -> bool:
    """A strike told beside a clash: armed deeds of two families, none shared."""
    a, b = _families(mine), _families(rest)
    return bool(a) and bool(b) and a <= ARMED_FAMILIES and b <= ARMED_FAMILIES \
        and not a & b


def _places_apart(doc: Doc, own: set[int], rest: set[int]) -> bool:
    """Each part names a town of its own as where its deed was, and not the same one."""
    mine, others = set(), set()
    for m in doc._.places or []:
        if m.kind != "place" or not _a_scene(doc[m.start:m.end].root):
            continue
        if m.start in own:
            mine.add(m.text.lower())
        elif m.start in rest:
            others.add(m.text.lower())
    return bool(mine) and bool(others) and not mine & others


def _a_scene(name: Token) -> bool:
    """The name may say where the deed was: not when it only says whose people or office a
    noun names ("the supporters of Sadr", "the governor of Kirkuk"); "the town of Rafah",
    "the outskirts of Idlib" say where."""
    head = name.head
    if name.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ not in ("NOUN", "PROPN"):
        return True
    noun = head.head.lemma_.lower()
    return noun in lexicon()["ground_words"] or noun in PARTS_OF_A_PLACE
