"""An event told before, named again: a deed's noun with "the" as a subject, as the time
of another deed, as what "it" was or what a side claims; a deed that gives its own place or
day; a deed told in a claim. Several cues read these to tell a retelling from news.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import lexicon, main_trigger, names_a_place, tells_a_day
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, span_root


def named_again(doc: Doc, clause: Clause) -> bool:
    """"The protests came as …", "people fled following the attack", "it was the second
    attack this week", "JNIM claimed the ambush": only definite nouns, as subjects, as the
    time of another deed, as what "it" was or as what a side claims, name the event — one
    told before, not a new one; so do participles with "the" that name the people a
    deed was done to ("one of the abducted", "families of the kidnapped")."""
    if clause.triggers and all(_people_by_their_ordeal(doc[m.start:m.end].root)
                               for m in clause.triggers):
        return True
    if any(m.category == "kill" for m in clause.triggers):
        return False
    for m in clause.triggers:
        tok = span_root(doc, m.start, m.end)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
                   for c in tok.children):
            return False
        if tok.dep_ not in ("nsubj", "nsubjpass") and not _time_of_a_new_deed(tok) \
                and not _said_of_the_event_told(tok) and not _claimed(tok):
            return False
        if _where_it_was_heaviest(doc, clause, tok):
            return False
    return clause.root.lemma_.lower() not in lexicon()["strike_verbs"]


def _people_by_their_ordeal(tok: Token) -> bool:
    """"A relative of one of the abducted", "families of the kidnapped": a participle
    with "the" and no side or object of its own, after "of", is a noun for the people a
    deed told before was done to, not a telling of a deed. Not a subject ("the injured
    were taken to X"), which other readings place."""
    return tok.tag_ == "VBN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "agent", "prep", "npadvmod")
                    for c in tok.children)


# Prepositions that date a clause's own deed by an event told before ("fled the area
# following the attack", "schools closed after the clashes").
AFTER_THE_EVENT = frozenset({"after", "following"})


# Prepositions that put a clause's own happening inside an event told before ("a farmer
# who lost two brothers in the attack", "the car was damaged during the raid").
IN_THE_EVENT = frozenset({"in", "during"})


def _time_of_a_new_deed(noun: Token) -> bool:
    """"About 3,000 people fled the area following the attack", "a farmer who lost two
    brothers in the attack": the event named with "the" and nothing more (no place, no
    day: "since the capture of Bakhmut in May" is an old event) only dates what the clause
    tells, or is where its loss happened, no new event of its kind. A day that owns the
    deed ("in the days after Sunday's abduction") is how news names the event it told."""
    owner = _day_owning(noun)
    if noun.dep_ != "pobj" or any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME")
                                  for t in noun.subtree if t.i not in owner):
        return False
    if noun.head.lower_ in AFTER_THE_EVENT:
        # the day's deed bare: "after Tuesday's abduction of two traders" tells who
        return not owner or all(c.dep_ in ("det", "poss", "amod") for c in noun.children)
    # "in the attack", bare: not "in the fight against terrorism", a cause, not a deed
    return noun.head.lower_ in IN_THE_EVENT and all(
        c.dep_ in ("det", "poss", "amod") for c in noun.children)


def _day_owning(noun: Token) -> set[int]:
    """The tokens of a day in the possessive on the deed's noun ("Sunday's", "last week's"
    attack): a back-reference to the event told for that day, not a date of another."""
    return {t.i for c in noun.children if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")
            for t in c.subtree}


def _claimed(noun: Token) -> bool:
    """"JNIM claimed the ambush", "IS claimed responsibility for the attack": the event
    named with "the" and nothing more (no place, no day: "claimed the attack on a church
    in X on Sunday" may be another) as what a side claims is the one told before."""
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "TIME") for t in noun.subtree):
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() == "claim"
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.lemma_.lower() == "responsibility"


# Pronouns that stand for the event just told ("It was the second attack this week").
EVENT_PRONOUNS = frozenset({"it", "this", "that"})


def _said_of_the_event_told(noun: Token) -> bool:
    """"It was the second attack in the area this week", "This was the deadliest bombing
    since 2021": the event named with "the" as what a pronoun for the event just told is,
    a comment on that event (its rank, its count), not a new one."""
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in EVENT_PRONOUNS for c in noun.head.children)


def told_where_or_when(doc: Doc, clause: Clause) -> bool:
    """"The attack occurred in the X district", "the blast happened on Monday": a deed named
    with "the" that gives its own place or day. Where no event was told before it (the
    headline is never coded), it is the report's first telling, not one named again."""
    return names_a_place(doc, {t.i for t in clause.tokens}) or tells_a_day(doc, clause)


def _where_it_was_heaviest(doc: Doc, clause: Clause, noun: Token) -> bool:
    """"The heaviest fighting was in X and Y", "the worst clashes took place near Z": a
    superlative on the event's noun locates the incident told in summary at the places
    the clause names, each an event of its own."""
    if not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children):
        return False
    ids = {t.i for t in clause.tokens} - {t.i for t in noun.subtree}
    return any(m.start in ids and m.kind == "place" for m in doc_ext(doc, "places") or [])


# Verbs by which a side owns a deed ("claimed the attack", "claimed responsibility for").
CLAIM_VERBS = frozenset({"claim"})
# Links from a deed told in a claim up to the claiming verb ("claimed the attack, saying
# its fighters had killed 20 soldiers").
CLAIM_LINKS = frozenset({"ccomp", "advcl", "xcomp", "conj"})


def told_in_a_claim(doc: Doc, clause: Clause) -> bool:
    """"The group claimed the ambush on Sunday, saying its fighters had killed 14 soldiers":
    a deed named with "the" as what a side claims (its object, or what "responsibility" is
    "for"), and the deed the claimant tells while claiming it, name a deed told before —
    the coder reads it as a first telling where none of its kind was (`named_again`)."""
    anchor = doc[main_trigger(doc, clause).start]
    if anchor.head.lemma_.lower() in CLAIM_VERBS and _deed_named_again(doc, anchor) \
            and anchor in _claimed(anchor.head):
        return True
    if anchor.dep_ == "pobj" and anchor.head.head.lemma_.lower() == "responsibility" \
            and anchor.head.head.head.lemma_.lower() in CLAIM_VERBS \
            and _deed_named_again(doc, anchor):
        return True
    verb = clause.root
    for _ in range(3):
        if verb.dep_ not in CLAIM_LINKS or verb.head.i == verb.i:
            return False
        verb = verb.head
        if verb.lemma_.lower() in CLAIM_VERBS:
            return any(_deed_named_again(doc, obj) for obj in _claimed(verb))
    return False


def _claimed(verb: Token) -> list[Token]:
    """What the claim verb owns: its object, or what "responsibility" is "for"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [g for o in objects if o.lemma_.lower() == "responsibility"
                      for p in o.children if p.dep_ == "prep" and p.lower_ == "for"
                      for g in p.children if g.dep_ == "pobj"]


def _deed_named_again(doc: Doc, noun: Token) -> bool:
    """A deed's noun with "the" or a possessive: one told before."""
    return any(m.start <= noun.i < m.end for m in doc_ext(doc, "triggers") or []) and any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another")
        for c in noun.children)
