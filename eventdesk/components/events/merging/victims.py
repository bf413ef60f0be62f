"""The victim of the killing just told, named or described again in the next sentence: "The
victim, identified as X of Y village, was dragged out of his house and shot", "X, 40, was
taken from his house in a village under Z police station limits and hacked to death".
South Asian and other local press tell a killing in its lead, then who the victim was and
how he died: one incident, not a second one (its village or police station, often a
namesake of a town elsewhere, placed a second event far away). Read by completing.py
(`completes`), for the latest event only."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.typology import ABDUCTION, ATTACK
from eventdesk.components.events.common import FAMILY_OF, Candidate
from eventdesk.components.events.merging.clause_reading import subject_of, told_as_another
from eventdesk.components.triggers import Clause

# Nouns that name the one harmed in the deed told before ("the victim", "the deceased").
VICTIM_NOUNS = frozenset({"victim", "deceased"})
# The deeds a victim's retelling tells again: the killing, the shooting, the taking away.
HARM_FAMILIES = frozenset({"attack", "kill", "abduction"})


def restated_victim(doc: Doc, clause: Clause, earlier: Candidate) -> bool:
    """The clause's subject is the one victim of the event told just before, named again
    with "the victim" or as a person with an age ("X, 40,"), and the clause tells only harm
    done to him: it tells more of that event. Not a deed told as another ("in another
    attack"), nor after an event of many dead (a named victim among them is told by the
    toll's own tellings)."""
    if earlier.sub_event_type not in (ATTACK, ABDUCTION) or (earlier.fatalities or 0) > 1 \
            or told_as_another(doc, clause.root.sent, clause):
        return False
    subject = subject_of(clause.root)
    if subject is None or subject.dep_ != "nsubjpass" or not (
            _the_victim(subject) or _person_with_age(subject)):
        return False
    families = {FAMILY_OF[m.category] for m in clause.triggers}
    return bool(families) and families <= HARM_FAMILIES


def _the_victim(subject: Token) -> bool:
    """"The victim", "the deceased": named with "the"."""
    return subject.lemma_.lower() in VICTIM_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _person_with_age(subject: Token) -> bool:
    """"Panchuram Nureti, 40,": a person's name with an age set off by commas."""
    doc = subject.doc
    if subject.pos_ != "PROPN" and subject.ent_type_ != "PERSON" or subject.i + 3 >= len(doc):
        return False
    after = doc[subject.i + 1:subject.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].like_num \
        and after[2].text == ","
