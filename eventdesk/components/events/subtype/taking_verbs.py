"""The verbs of a taking and of harm joined to it: which of a clause's verbs take people or
ground, what objects the verbs joined to a taking share with it, and whether captives are
harmed by a joined verb ("seized and executed them"). Split from captives.py, which reads
whom a capture takes."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.shared import FIGHTER_NOUNS, PERSON_NOUNS
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext

# Verbs that take people as well as ground; "entered X" or "overran X" take only ground,
# whatever NER calls a place name the gazetteer missed
PERSON_TAKING_VERBS = {"capture", "seize", "catch", "nab", "snatch", "grab", "apprehend"}


# Trigger categories that take people or ground
TAKING_CATEGORIES = {"capture", "recapture", "abduction", "arrest"}


def _taking_verbs(facts: ClauseFacts) -> set[int]:
    """The words of the clause's triggers of taking and the verbs joined to them ("captured
    and extradited X", "seized and beat two men"): only what these take is taken; the
    object of another verb of the clause is not ("a battle that left 18 people dead")."""
    doc = facts.doc
    ids = {i for m in facts.clause.triggers if m.category in TAKING_CATEGORIES
           for i in range(m.start, m.end)}
    joined = {c.i for i in ids for c in doc[i].children if c.dep_ == "conj"}
    joined |= {doc[i].head.i for i in ids if doc[i].dep_ == "conj"}
    return ids | joined


def _objects_of_joined(facts: ClauseFacts, taking: set[int]) -> list[Token]:
    """The objects of verbs joined to the clause's verb of taking that has none of its own,
    where the parse made the joined verb a clause of its own ("rebels captured and executed
    two soldiers"): what both verbs took."""
    doc = facts.doc
    ids = {t.i for t in facts.clause.tokens}
    return [g for i in taking if i in ids and _object_shared_by(doc[i])
            for c in doc[i].children if c.dep_ == "conj" and c.i not in ids
            for g in c.children if g.dep_ == "dobj"]


def _object_shared_by(verb: Token) -> bool:
    """A verb with no object of its own, whose objects a verb joined to it may share."""
    return verb.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass")
                                           for c in verb.children)


@predicate.add
def captives_harmed_by_a_joined_verb(facts: ClauseFacts) -> bool:
    """A verb of killing or attack joined to the clause's verb of taking, which the parse
    made a clause of its own ("rebels captured and executed two soldiers", "was captured
    and shot by partisans"), sharing its subject: the captives were harmed. Not a verb
    with a subject of its own ("captured two men and one of their bases was attacked")."""
    doc = facts.doc
    harm = {i for m in doc_ext(doc, "triggers") or [] if m.category in ("kill", "attack")
            for i in range(m.start, m.end)}
    ids = {t.i for t in facts.clause.tokens}
    return any(c.dep_ == "conj" and c.i in harm and c.i not in ids
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for i in _taking_verbs(facts) for c in doc[i].children)


@predicate.add
def harm_of_its_own_victims(facts: ClauseFacts) -> bool:
    """A verb of killing or attack joined to the clause's verb of taking, each with an
    object of its own that is no pronoun ("abducted six children and killed three
    people"): two groups of victims, the taking an event of its own. "abducted and killed
    two farmers", "dragged off six passengers and shot them" harm those taken."""
    doc = facts.doc
    harm = {i for m in doc_ext(doc, "triggers") or [] if m.category in ("kill", "attack")
            for i in range(m.start, m.end)}

    def own_object(verb: Token) -> bool:
        return any(g.dep_ == "dobj" and g.pos_ != "PRON" for g in verb.children)

    return any(c.dep_ == "conj" and c.i in harm and own_object(c) and own_object(doc[i])
               for i in _taking_verbs(facts) for c in doc[i].children)


def _object_shared(verb: Token, taking: set[int]) -> bool:
    """The verb is co-ordinated with a verb of taking that has no object of its own
    ("gunmen captured and killed a chief"): its object is what both verbs took."""
    return verb.dep_ == "conj" and verb.head.i in taking and _object_shared_by(verb.head)


def _taken_by_participle(tok: Token) -> bool:
    """A person or fighter noun that a participle of taking qualifies ("15 sailors and
    marines captured on Friday", "the soldiers seized last week"): the participle tells
    what was done to them, as a passive would ("were captured")."""
    if tok.lemma_.lower() not in PERSON_NOUNS | FIGHTER_NOUNS:
        return False
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PERSON_TAKING_VERBS
               for c in tok.children)


# Triggers whose object is harmed, not taken: a capture told with its toll ("captured all
# of the sites, killing and wounding several members of the group")
_HARM_CATEGORIES = {"kill", "attack", "clash", "explosive", "blast", "air", "strike",
                    "shelling", "suicide", "grenade", "chemical", "sexual", "looting", "destroy"}


def _harm_verbs(facts: ClauseFacts) -> set[int]:
    """The tokens of the clause's triggers that harm rather than take."""
    ids = {t.i for t in facts.clause.tokens}
    return {i for m in doc_ext(facts.doc, "triggers") or [] if m.category in _HARM_CATEGORIES
            and m.start in ids for i in range(m.start, m.end)}


# What raiders do once inside a village: the deed the entering was the way in to
RAID_DEEDS = {"looting", "destroy", "kill", "attack", "abduction"}


@predicate.add
def entered_to_raid(facts: ClauseFacts) -> bool:
    """"Armed men entered the village and set fire to huts": the clause takes ground only by
    "entering", and a verb joined to it, sharing its subject, tells what they did there --
    a raid, coded as that deed, not ground taken."""
    doc = facts.doc
    takes = [doc[m.start] for m in facts.clause.triggers if m.category == "capture"]
    if not takes or any(t.lemma_.lower() != "enter" for t in takes):
        return False
    deeds = {i for m in doc_ext(doc, "triggers") or [] if m.category in RAID_DEEDS
             for i in range(m.start, m.end)}
    return any(c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               and any(k in deeds for k in (c.i, *(g.i for g in c.subtree)))
               for t in takes for c in t.children)
