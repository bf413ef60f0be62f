"""Merging within a sentence: a bare death clause joins the event beside it, and the
event's toll is read up to where another event of the sentence begins."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.common import (
    ARMED_ROLES,
    a_being,
    armed_subject,
    main_family,
    place_tokens,
)
from eventdesk.components.events.happened import modality, why_not
from eventdesk.components.events.splitting import told_while
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root


def fold_weak_clauses(sent_clauses: list[Clause], strong: list[Clause]) -> None:
    """A bare death clause ("two people were killed when …") belongs to the event of its
    sentence when there is one; one with its own subject ("ISIL killed 85 civilians and
    abducted 400", "troops clashed with rebels while gunmen killed a teacher") is an attack
    in its own right. Nor does it join a war's history told on the war ("killed in the
    conflict, which grew out of protests"), nor a protest when it is the toll of a thing
    the protest names ("protesting against the operation, which left 110 people dead"):
    it stands alone; so does one whose only neighbour is what it was for ("killed in
    the operation to take the city"), or a deed below it that only times it or tells what
    the dead meant to do ("were killed before the rebels withdrew", `LOST_BELOW`), or a
    deed at another place the sentence names for each ("two policemen were killed in X,
    while in Y three soldiers died in a blast")."""
    for clause in sent_clauses:
        if clause in strong:
            continue
        targets = [c for c in strong if not _war_history_on(c, clause)
                   and not _toll_of_what_a_protest_names(clause, c)
                   and not _aim_below(clause, c) and not _time_clause_below(clause, c)
                   and not _places_apart(clause, c)]
        if targets and not (armed_subject(clause) and (
                clause.root.dep_ in ("ROOT", "conj", "ccomp") or told_while(clause.root))) \
                and not killing_beside_another_deed(clause, strong) \
                and not killing_by_a_side(clause):
            target = min(targets, key=lambda c: abs(c.root.i - clause.root.i))
            target.tokens = sorted(set(target.tokens) | set(clause.tokens), key=lambda t: t.i)
        else:
            strong.append(clause)


def _places_apart(clause: Clause, other: Clause) -> bool:
    """The clauses are told side by side ("while", "and") and each names a place of its
    own that the other does not: two scenes. Not a "when" or "after" clause below the
    deaths, whose place may be a part of theirs ("killed in X when a bomb exploded in the
    market district of Y")."""
    if not any(told_while(c.root) or c.root.dep_ == "conj" for c in (clause, other)):
        return False
    places = place_tokens(clause.root.doc)

    def own(c: Clause) -> set[str]:
        """The places the clause's verb is told at ("killed in X", "in Y ... died"): not a
        place of origin ("observers from X") nor one qualifying another noun."""
        found = set()
        for t in c.tokens:
            if t.i not in places:
                continue
            head = t
            while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
                head = head.head
            if head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPS \
                    and head.head.head.i == c.root.i:
                found.add(t.lower_)
        return found
    mine, theirs = own(clause), own(other)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


# Prepositions that tell where a deed was done ("killed in X", "died near Y").
SCENE_PREPS = frozenset({"in", "near", "at", "outside", "around"})


# Pronouns by which a "when" clause names again the doers of the deed it hangs on.
DOERS_AGAIN = frozenset({"they", "he", "she"})


def fold_how_clauses(doc: Doc, strong: list[Clause]) -> None:
    """"Bandits killed 14 traders when they ambushed a lorry convoy outside X on Friday": a
    "when" clause whose subject is a pronoun naming the killers again tells how the
    killing of the clause it hangs on was done — one event, whose place and day the "when"
    clause may be the only one to give — not a second event. Its words join that clause,
    whose own deed (the killing of the people named) stays the one typed."""
    for clause in list(strong):
        root = clause.root
        if root.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                                           for c in root.children) \
                or not any(c.dep_ == "nsubj" and c.lower_ in DOERS_AGAIN
                           for c in root.children):
            continue
        target = next((c for c in strong if c is not clause and c.root.i == root.head.i), None)
        if target is None or main_family(doc, target) not in ("kill", "attack") \
                or not armed_subject(target):
            continue
        target.tokens = sorted(set(target.tokens) | set(clause.tokens), key=lambda t: t.i)
        strong.remove(clause)


# Deeds told in the passive that are no harm the "when" clause's deed did, but one of their
# own ("the Iranians were captured when the militants took the town").
TAKEN_NOT_HARMED = frozenset({"abduction", "capture", "recapture", "arrest", "sexual"})


def fold_harm_done_when(doc: Doc, strong: list[Clause]) -> None:
    """"A villager was wounded by gunfire and shops were set on fire when settlers attacked
    the village": harm or damage told in the passive with no doer, on a verb a "when"
    clause names an armed doer's deed below, is what that deed did -- one event, the
    doer's, not a second one whose crowd or doer the typing rules would have to guess.
    Its words join the "when" clause, whose deed is the one typed."""
    for clause in list(strong):
        root = clause.root
        if clause.categories() & TAKEN_NOT_HARMED \
                or not any(c.dep_ in ("nsubjpass", "auxpass") for c in root.children) \
                or any(c.dep_ == "agent" and any(a_being(g) for g in c.children)
                       for c in root.children):
            continue
        own = {t.i for t in clause.tokens}
        doer = next((c for c in strong if c is not clause and c.root.dep_ == "advcl"
                     and c.root.head.i in own and armed_subject(c)
                     and any(w.lower_ == "when" and w.dep_ in ("advmod", "mark")
                             for w in c.root.children)), None)
        if doer is None:
            continue
        doer.tokens = sorted(set(doer.tokens) | set(clause.tokens), key=lambda t: t.i)
        strong.remove(clause)


def _to(verb: Token) -> bool:
    """The verb is an infinitive with "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# Why a clause below the deaths is no event that could carry them: it times them
# ("before the rebels withdrew"), or tells what the dead planned ("insurgents who were
# preparing an ambush"). Not an attempt: deaths "as they tried to defuse a bomb" are no
# deed of a side (modality.toml cue.attempt's control).
LOST_BELOW = frozenset({"other_time", "plan"})


def _time_clause_below(deaths: Clause, clause: Clause) -> bool:
    """`clause` hangs below the death's verb and is never coded for a reason of
    `LOST_BELOW` ("three insurgents were killed before the rebel forces withdrew", "five
    insurgents who were preparing an ambush were killed by a patrol"): folded into it the
    deaths would be lost with it; they stand alone."""
    return deaths.root in clause.root.ancestors \
        and why_not(clause.root.doc, clause) in LOST_BELOW


def _aim_below(deaths: Clause, clause: Clause) -> bool:
    """`clause` is an infinitive of purpose below the death's verb or on one of its nouns
    ("killed in the operation to take the city", "pilgrims planning to join the rally
    were shot dead"): what someone meant to do, not the deed the deaths belong to, which
    the death clause tells itself."""
    root = clause.root
    if deaths.root not in root.ancestors:
        return False
    if root.dep_ == "advcl":
        return _to(root)
    return root.dep_ == "acl" and root.head.pos_ in ("NOUN", "PROPN") and (
        _to(root) or any(c.dep_ == "xcomp" and _to(c) for c in root.children))


def _war_history_on(clause: Clause, deaths: Clause) -> bool:
    """`clause` lies in a relative clause on a war, conflict or uprising (modality.toml
    war_began's words) that `deaths` names ("killed in the conflict, which grew out of
    protests against the government", "in the conflict in Syria, which began with
    protests"): how the war began or went, background to the deaths, whose type it does
    not give."""
    relative = _relative_above(clause.root, deaths.root)
    if relative is None:
        return False
    nouns = [relative.head] + ([relative.head.head.head] if relative.head.dep_ == "pobj" else [])
    return any(n.lemma_.lower() in modality().words["war_began"] for n in nouns)


def _toll_of_what_a_protest_names(deaths: Clause, clause: Clause) -> bool:
    """`deaths` lies in a relative clause on a thing, not people, that the protest `clause`
    names ("protesting against the military operation, which left 110 people dead",
    "during two weeks of violence in which 100 people were killed"): that thing's toll,
    not force used on the protest. Not a place the protest went ("marched through the
    town, where two were killed"): deaths there are the protest's."""
    if main_family(clause.root.doc, clause) != "protest":
        return False
    relative = _relative_above(deaths.root, clause.root)
    return relative is not None and not a_being(relative.head) and not any(
        c.lower_ in ("where", "when") for c in relative.children)


def _relative_above(word: Token, top: Token) -> Token | None:
    """The relative clause `word` lies in (itself or an ancestor) below `top`, else None."""
    t = word
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "relcl":
            return t if top.is_ancestor(t) else None
        t = t.head
    return None


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
    armed = {i for m in doc_ext(doc, "actors") or [] if m.role_hint in ARMED_ROLES
             for i in range(m.start, m.end)}
    for m in clause.triggers:
        noun = span_root(doc, m.start, m.end)
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
    return any(m.start in mine and m.kind != "country" for m in doc_ext(doc, "places") or [])


def toll_end(doc: Doc, sent: Span, end: int) -> int:
    """Where the event's toll may be read up to: the sentence's end, unless another event
    follows in it ("…, killing 13, officials said; the council put the toll at eight" and
    "…; no one was killed" belong to the event)."""
    for m in doc_ext(doc, "triggers") or []:
        if m.category != "kill" and sent.start <= m.start < sent.end \
                and doc[m.start].idx >= end:
            return end
    return sent.end_char
