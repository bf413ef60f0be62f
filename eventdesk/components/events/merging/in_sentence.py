"""Merging within a sentence: a bare death clause joins the event beside it, and the
event's toll is read up to where another event of the sentence begins."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.common import ARMED_ROLES, armed_subject
from eventdesk.components.events.happened import modality
from eventdesk.components.events.splitting import told_while
from eventdesk.components.triggers import Clause


def fold_weak_clauses(sent_clauses: list[Clause], strong: list[Clause]) -> None:
    """A bare death clause ("two people were killed when …") belongs to the event of its
    sentence when there is one; one with its own subject ("ISIL killed 85 civilians and
    abducted 400", "troops clashed with rebels while gunmen killed a teacher") is an attack
    in its own right. Nor does it join a war's history told on the war ("killed in the
    conflict, which grew out of protests"): it stands alone."""
    for clause in sent_clauses:
        if clause in strong:
            continue
        targets = [c for c in strong if not _war_history_on(c, clause)]
        if targets and not (armed_subject(clause) and (
                clause.root.dep_ in ("ROOT", "conj", "ccomp") or told_while(clause.root))) \
                and not killing_beside_another_deed(clause, strong) \
                and not killing_by_a_side(clause):
            target = min(targets, key=lambda c: abs(c.root.i - clause.root.i))
            target.tokens = sorted(set(target.tokens) | set(clause.tokens), key=lambda t: t.i)
        else:
            strong.append(clause)


def _war_history_on(clause: Clause, deaths: Clause) -> bool:
    """`clause` is a relative clause on a war, conflict or uprising (modality.toml
    war_began's words) that `deaths` names
    ("killed in the conflict, which grew out of protests against the government"): how
    the war began or went, background to the deaths, whose type it does not give."""
    root = clause.root
    return root.dep_ == "relcl" and root.head.lemma_.lower() in modality().words["war_began"] \
        and deaths.root.is_ancestor(root)


# Deeds whose victims are not the dead of a killing told beside them: "abducted 20
# students and killed a teacher" is an abduction and an attack (GUIDELINES: distinct deeds
# of different types in one sentence are events of their own).
DEEDS_APART_FROM_KILLING = frozenset({"abduction", "sexual", "arrest"})


def killing_beside_another_deed(clause: Clause, strong: list[Clause]) -> bool:
    """A killing with victims of its own ("killed a teacher", "killed three sheikhs"),
    joined by "and" to a clause telling arrests by the same subject: its own deed (another
    event type), not the deaths of the other. Beside an abduction or a rape — violence
    against civilians too — it is its own event only at a place of its own ("abducted 20
    students in Kaduna and killed a teacher in Zamfara"); at one place and day GUIDELINES
    make it one event ("killed ten and kidnapped two": an attack)."""
    root = clause.root
    if not any(c.dep_ == "dobj" for c in root.children) or root.lemma_.lower() != "kill":
        return False
    for other in strong:
        if not other.categories() or not other.categories() <= DEEDS_APART_FROM_KILLING:
            continue
        joined = (root.dep_ == "conj" and root.head.i == other.root.i) or (
            other.root.dep_ == "conj" and other.root.head.i == root.i)
        if joined and any(c.dep_ == "cc" and c.lower_ == "and"
                          for c in (*root.children, *other.root.children)) \
                and (other.categories() <= {"arrest"} or _place_of_its_own(clause, other)):
            return True
    return False


def killing_by_a_side(clause: Clause) -> bool:
    """"condemns the killing of ten civilians by ADF combatants on 31 January, and is
    concerned by reports that four women were raped": a killing noun that names its own
    doers, an armed side after "by", is that side's deed, not the toll of another."""
    doc = clause.root.doc
    armed = {i for m in doc._.actors or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    for m in clause.triggers:
        noun = doc[m.start:m.end].root
        if noun.pos_ == "NOUN" and any(
                p.dep_ == "prep" and p.lower_ == "by" and any(
                    o.dep_ == "pobj" and o.i in armed for o in p.children)
                for p in noun.children):
            return True
    return False


def _place_of_its_own(clause: Clause, other: Clause) -> bool:
    """The clause names a place (not a country) the other clause does not name."""
    doc = clause.sent.doc
    mine = {t.i for t in clause.tokens} - {t.i for t in other.tokens}
    return any(m.start in mine and m.kind != "country" for m in doc._.places or [])


def toll_end(doc: Doc, sent: Span, end: int) -> int:
    """Where the event's toll may be read up to: the sentence's end, unless another event
    follows in it ("…, killing 13, officials said; the council put the toll at eight" and
    "…; no one was killed" belong to the event)."""
    for m in doc._.triggers or []:
        if m.category != "kill" and sent.start <= m.start < sent.end \
                and doc[m.start].idx >= end:
            return end
    return sent.end_char
