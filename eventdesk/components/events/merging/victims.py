"""The victim of the killing just told, named or described again in the next sentence: "The
victim, identified as X of Y village, was dragged from his shop and stabbed", "X, 52, was
led out of his hut on the edge of a hamlet and beaten to death". Local press often tell a
killing in its lead, then who the victim was and how he died: one incident, not a second
one (its village, often a namesake of a town elsewhere, placed a second event far away).
Read by completing.py (`completes`, which has already set aside a clause told as another
incident), for the latest event only.

Not a victim told beside the first ("X, 52, was also shot dead", "a second man"), one other
than the person the lead names, a killing after an abduction (the death is news of its
own), nor a victim harmed at a place of the clause's own ("... was hacked to death in Y")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.coding.typology import ABDUCTION, ATTACK
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import FAMILY_OF
from eventdesk.components.events.merging.clause_reading import subject_of, told_also
from eventdesk.components.events.place_mentions.homes import person_with_age
from eventdesk.components.triggers import Clause

# Nouns that name the one harmed in the deed told before ("the victim", "the deceased").
VICTIM_NOUNS = frozenset({"victim", "deceased"})
# The deeds a victim's retelling tells again: the killing, the shooting, the taking away.
HARM_FAMILIES = frozenset({"attack", "kill", "abduction"})
# Words that tell a victim or a deed beside the one told before ("also", "a second man").
BESIDE_WORDS = frozenset({"also", "too", "again", "another", "second", "third", "other"})
# Prepositions that set a deed at a place of its own ("was shot dead in Y").
PLACE_PREPS = frozenset({"in", "at", "near"})


def restated_victim(doc: Doc, clause: Clause, earlier: Candidate) -> bool:
    """The clause's subject is the one victim of the event told just before, named again
    with "the victim" or as a person with an age ("X, 52,"), and the clause tells only harm
    done to him: it tells more of that event. Not after an event of many dead (a named
    victim among them is told by the toll's own tellings), nor one told beside it
    (`_told_apart`)."""
    if earlier.sub_event_type not in (ATTACK, ABDUCTION) or (earlier.fatalities or 0) > 1:
        return False
    subject = subject_of(clause.root)
    if subject is None or subject.dep_ != "nsubjpass" or not (
            _the_victim(subject) or person_with_age(subject)):
        return False
    families = {FAMILY_OF[m.category] for m in clause.triggers}
    if not families or not families <= HARM_FAMILIES:
        return False
    return not _told_apart(doc, clause, earlier, subject, families)


def _told_apart(doc: Doc, clause: Clause, earlier: Candidate, subject: Token,
                families: set[str]) -> bool:
    """The clause tells another victim or another deed: a word of one beside ("also",
    "another", "a second"), a named victim other than the one the earlier deed names, a
    killing after an abduction, or a place the clause's verb is done at ("in Y")."""
    if told_also(clause) or any(t.lower_ in BESIDE_WORDS for t in clause.tokens
                                if t.dep_ in ("advmod", "amod", "det")):
        return True
    if earlier.sub_event_type == ABDUCTION and families - {"abduction"}:
        return True
    names = {t.lower_ for t in (*subject.lefts, subject) if t.pos_ == "PROPN"}
    if person_with_age(subject) and any(
            t.ent_type_ == "PERSON" and t.lower_ not in names for t in doc
            if earlier.start_char <= t.idx < earlier.end_char):
        return True   # a name in the earlier deed's own words (not its speaker's)
    return any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS and any(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "LOC")
        for g in c.children if g.dep_ == "pobj" for t in g.subtree)
        for c in clause.root.children)


def _the_victim(subject: Token) -> bool:
    """"The victim", "the deceased": named with "the"."""
    return subject.lemma_.lower() in VICTIM_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
