"""Predicates of strikes and bombings told again or through another's words: an air campaign's
raids named by its usage ("the aggression launched raids"), "the strikes" named again, the
striker's own claim of what it aimed at, "the bomber" after a suicide bombing, and aircraft
told as who fought. Split from explosions.py, which reads the weapon of a deed told once.
"""

from __future__ import annotations

from eventdesk.components.events.common import lexicon
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.saying import saying_verbs
from eventdesk.extensions import doc_ext, span_root


@predicate.add
def raids_from_the_air(facts: ClauseFacts) -> bool:
    """A raid in a report where raids are launched by an air campaign's name ("the
    aggression launched raids", triggers.toml `air_raiders`): that usage's raids, in this
    sentence or the next ("In Taiz, raids hit a camp"), are air strikes."""
    if not any(span_root(facts.doc, m.start, m.end).lemma_.lower() == "raid"
               for m in facts.clause.triggers):
        return False
    raiders = {*lexicon()["air_raiders"], *AIRCRAFT}
    return any(tok.lemma_.lower() in raiders and _a_subject(tok)
               and any(t.lemma_.lower() == "raid" for t in tok.sent)
               for tok in facts.doc)


# Aircraft as the raiders ("warplanes have waged 12 raids on X"): the raids are theirs.
AIRCRAFT = ["warplane", "jet", "aircraft", "helicopter", "drone"]


def _a_subject(tok) -> bool:
    """The subject, or a noun compounded into it ("the aggression warplanes waged"), but
    not into a noun of ground troops ("allied troops searched a farm and detained six
    men": a ground raid, told by the troops that made it)."""
    return tok.dep_ in ("nsubj", "nsubjpass") \
        or tok.dep_ == "compound" and tok.head.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.lemma_.lower() not in GROUND_TROOPS


# Nouns of troops on the ground: an air campaign's name compounded into one of them names
# ground troops ("coalition forces", "coalition troops"), whose raids are not strikes.
GROUND_TROOPS = frozenset({"force", "forces", "troop", "troops", "soldier", "soldiers",
                           "commando", "commandos", "unit", "units", "police"})


# What news calls an air campaign's strikes when it names them again ("The strikes killed
# eight people in X", "the raids also hit Y").
STRIKE_NOUNS = {"strike", "raid", "bombing"}


STRIKE_DETERMINERS = {"the", "these", "those", "its", "their", "both"}


@predicate.add
def strikes_told_again(facts: ClauseFacts) -> bool:
    """"Aircraft carried out strikes … The strikes killed eight people in X": the subject
    is the strikes or raids named again ("the strikes", "these raids"), in a report that
    has told of aircraft or air strikes before this clause; they are that air campaign's
    strikes, each place its own air strike."""
    doc, root = facts.doc, facts.clause.root
    holder = root.head if root.dep_ == "conj" and root.head.pos_ == "VERB" else root
    subjects = [c for v in {root, holder} for c in v.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in STRIKE_NOUNS and any(
            d.dep_ in ("det", "poss") and d.lower_ in STRIKE_DETERMINERS for d in s.children)
               for s in subjects):
        return False
    start = facts.clause.start
    return any(m.category == "air" and m.start < start for m in doc_ext(doc, "triggers") or [])


# Verbs by which a side says what it struck, and the verbs of saying it ("the army said it
# had targeted a commander in the area")
AIMING_VERBS = {"target", "strike", "hit"}


SAYING_VERBS = saying_verbs("striker_telling_its_aim")


@predicate.add
def strike_claimed_by_the_striker(facts: ClauseFacts) -> bool:
    """"An Israeli air strike destroyed a house in Jabalia … The Israeli army said it had
    targeted a Hamas commander in the area": a side saying what it aimed at, with no
    weapon of its own in the clause, after a report of an air strike, tells that strike
    from the striker's side: the same air strike, not a fight of its own."""
    doc, root = facts.doc, facts.clause.root
    if root.lemma_.lower() not in AIMING_VERBS or root.dep_ != "ccomp" \
            or root.head.lemma_.lower() not in SAYING_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in root.children):
        return False   # the sayer's own pronoun: the side tells its own deed
    if facts.categories - {"attack", "strike"}:
        return False   # a weapon or a fight named in the clause tells its own deed
    start = facts.clause.start
    return any(m.category == "air" and m.start < start for m in doc_ext(doc, "triggers") or [])


@predicate.add
def suicide_bomber_told_again(facts: ClauseFacts) -> bool:
    """"A suicide bomber blew himself up at the station … The bomber struck as passengers
    waited": "the bomber" as the subject, after the report told a suicide bombing, is that
    person again, not an aircraft."""
    doc, root = facts.doc, facts.clause.root
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() == "bomber"
               and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)
               for c in root.children):
        return False
    return any(m.category == "suicide" and m.start < facts.clause.start
               for m in doc_ext(doc, "triggers") or [])


@predicate.add
def aircraft_fought(facts: ClauseFacts) -> bool:
    """"Drones engaged a column of fighters", "aerial vectors engaged a gathering": a fight
    verb whose subject is aircraft (an `air` trigger) tells a strike from the air in an
    army's words for a fight, not a battle on the ground."""
    root = facts.clause.root
    triggers = facts.clause.triggers
    if not any(m.category == "clash" and m.start <= root.i < m.end for m in triggers):
        return False
    air = [(m.start, m.end) for m in triggers if m.category == "air"]
    return any(a <= t.i < b for s in root.children if s.dep_ == "nsubj"
               for t in (s, *(c for c in s.children if c.dep_ in ("compound", "amod")))
               for a, b in air)
