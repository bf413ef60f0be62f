"""Predicates of ground changing hands with no fight: entering what the other side left
under a deal, ground taken unopposed or told as abandoned, a force entering a place its
people fled, the takers leaving what they took. Split from takings.py, which reads the fight
told beside a taking.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.battles import fight_denied
from eventdesk.components.events.subtype.shared import GROUND_NOUNS, PEOPLE_NOUNS, SETTLED_GROUND
from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.components.events.subtype.takings import fighting_in_sentence
from eventdesk.extensions import doc_ext, doc_tokens, span_root

FIGHTING = {"clash", "attack", "air", "shelling", "suicide", "kill", "recapture"}


@predicate.add
def without_fighting(facts: ClauseFacts) -> bool:
    """Entering a place the other side has left under a deal: a non-violent transfer (not
    the enterers' own leaving told after)."""
    entering = {t.lemma_.lower() for t in facts.clause.tokens} & {"enter", "move", "deploy"}
    if not entering:
        return False
    sent = facts.clause.sent
    triggers = doc_ext(facts.doc, "triggers") or []
    if any(m.category in FIGHTING and sent.start <= m.start < sent.end
           and not fight_denied(span_root(facts.doc, m.start, m.end)) for m in triggers):
        return False
    # the other side's leaving told in this sentence or one beside it ("The army's entry
    # came after the last gunmen left under a settlement"), not further on ("the army
    # withdrew to its camp", of another town)
    doc = facts.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(start <= m.start < end and (
        m.category == "agreement" or m.category == "withdraw"
        and not _own_withdrawal(span_root(facts.doc, m.start, m.end))) for m in triggers) \
        or any(t.lemma_.lower() in WITHDRAWAL_NOUNS
               for t in doc_tokens(sent.doc)[sent.start:sent.end])


def _own_withdrawal(word: Token) -> bool:
    """"entered the town and held it for hours before withdrawing": a verb of leaving with
    no subject of its own is the enterers' own leaving, not the other side's."""
    return word.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in word.children)


@predicate.add
def leaves_ground_it_took(facts: ClauseFacts) -> bool:
    """"Rebels entered X and held the town for hours before withdrawing": a leaving with no
    subject of its own, after a taking in its sentence, is the takers leaving what they
    took — part of that taking (held briefly: a clash), not ground handed to another."""
    doc, sent = facts.doc, facts.clause.sent
    leaving = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
               if m.category == "withdraw"]
    return any(_own_withdrawal(w) for w in leaving) and any(
        m.category in ("capture", "recapture") and sent.start <= m.start < leaving[0].i
        for m in doc_ext(doc, "triggers") or [])


# The other side's leaving, told as a noun ("completed the withdrawal of its forces").
WITHDRAWAL_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat"}


@predicate.add
def taken_unopposed(facts: ClauseFacts) -> bool:
    """Ground taken that nobody held against the taker, with no fight told in the
    sentence: taken "without a fight" or "unopposed" (typing.toml cue `unopposed`), or
    told as left — "captured an abandoned camp", "captured the church after it had been
    abandoned by the rebels" (the ground the passive's subject, below the taking verb).
    Not "took the town after the rebels abandoned their positions": a side's retreat,
    which news tells of a fight as often as of none."""
    if fighting_in_sentence(facts):
        return False
    doc, sent = facts.doc, facts.clause.sent
    if _cue("unopposed", list(doc_tokens(sent.doc)[sent.start:sent.end])):
        return True
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category in ("capture", "recapture")]
    if any(a.dep_ == "amod" and a.lower_ in LEFT_GROUND for v in verbs for o in v.children
           if o.dep_ in ("dobj", "nsubjpass") for a in o.children):
        return True   # "captured an abandoned camp"
    ids = {v.i for v in verbs}
    for m in doc_ext(doc, "triggers") or []:
        left = span_root(doc, m.start, m.end)   # "after it had been abandoned"
        if m.category == "withdraw" and left.dep_ == "advcl" and left.head.i in ids \
                and any(c.dep_ == "nsubjpass" for c in left.children):
            return True
    return False


# Verbs of people leaving their homes ahead of a force ("after residents had fled").
FLED_VERBS = frozenset({"flee", "abandon", "desert", "evacuate", "leave"})


@predicate.add
def entered_where_people_fled(facts: ClauseFacts) -> bool:
    """"The soldiers entered the village after residents had fled": a force entering a
    place its people left, with no fight told, is how a raid on a village is told (what it
    did there, burning or looting, is the event), not ground won from a side that held it."""
    doc, sent = facts.doc, facts.clause.sent
    if not any(span_root(doc, m.start, m.end).lemma_.lower() == "enter"
               for m in facts.clause.triggers if m.category == "capture"):
        return False
    if fighting_in_sentence(facts):
        return False
    return any(t.lemma_.lower() in FLED_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in PEOPLE_NOUNS | INHABITANTS
        for c in t.children) for t in doc_tokens(sent.doc)[sent.start:sent.end])


# People of a place, as news names those who fled it.
INHABITANTS = frozenset({"inhabitant", "population", "family", "local", "villager"})


# Ground told as left by who held it ("an abandoned camp", "the deserted village").
LEFT_GROUND = frozenset({"abandoned", "deserted", "evacuated", "vacated", "empty"})


# Subordinators that tell one side's leaving as the moment of another's taking.
LEAVING_MARKS = frozenset({"after", "as", "once", "when"})


@predicate.add
def leaving_told_with_a_taking(facts: ClauseFacts) -> bool:
    """"Kenyan troops took up positions in the town after the rebels pulled back": the
    leaving told as when another side took the ground over, part of that transfer (coded
    once, on the taking), not a development of its own."""
    doc, root = facts.doc, facts.clause.root
    if root.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in LEAVING_MARKS
                                       for c in root.children):
        return False
    return any(m.start == root.head.i and m.category in ("capture", "recapture", "withdraw")
               for m in doc_ext(doc, "triggers") or [])


# Verbs of a side giving up a place of its own accord (no "retreat" or "flee": news tells
# them of a side beaten back), and the words that name the place the taking took
LEFT_IT_VERBS = frozenset({"leave", "withdraw", "abandon", "evacuate", "vacate", "quit"})
TAKEN_PLACE_WORDS = frozenset({"it", "them"}) | SETTLED_GROUND | GROUND_NOUNS


@predicate.add
def taken_after_the_holders_left(facts: ClauseFacts) -> bool:
    """"The army retook the town after the rebels left it", "recaptured X after the
    militants withdrew from the town", "took control of X after the militants withdrew":
    ground taken once its holders had left that very place — the place itself left (it,
    the town, or its name), or a leaving told with no ground at all, which can only be the
    place taken; not "their positions" (a line given up in a fight, taken_unopposed) —
    with no fight in the sentence: a non-violent transfer of territory (GUIDELINES,
    Territory)."""
    if fighting_in_sentence(facts):
        return False
    doc = facts.doc
    for m in facts.clause.triggers:
        if m.category not in ("capture", "recapture"):
            continue
        verb = span_root(doc, m.start, m.end)
        for left in verb.children:
            if left.dep_ != "advcl" or left.lemma_.lower() not in LEFT_IT_VERBS \
                    or not any(c.dep_ == "mark" and c.lower_ in LEAVING_MARKS
                               for c in left.children) \
                    or not any(c.dep_ == "nsubj" for c in left.children):
                continue
            taken = {c.lower_ for c in verb.subtree if c.dep_ in ("dobj", "pobj", "nsubjpass")
                     and c not in left.subtree}
            if _place_left(left, taken):
                return True
    return False


def _place_left(left: Token, taken: set[str]) -> bool:
    """The leaving's object, or its "from"/"out of" ground, is the taken place; or the
    leaving names no ground and no way or place it went ("after the militants withdrew"),
    so what was left is the place taken (not "withdrew to their bases": where they went)."""
    places = [c for c in left.children if c.dep_ == "dobj"]
    places += [g for c in left.children
               if c.dep_ in ("prep", "prt") and c.lower_ in ("from", "of", "out")
               for g in c.subtree if g.dep_ == "pobj"]
    if not places and not any(c.dep_ in ("prep", "prt", "advmod", "npadvmod", "advcl", "conj")
                              for c in left.children):
        return True
    return any(p.lower_ in TAKEN_PLACE_WORDS or p.lower_ in taken for p in places)
