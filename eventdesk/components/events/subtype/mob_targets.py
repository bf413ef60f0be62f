"""What a crowd burned or wrecked decides between ACLED's two riots: homes and places of
worship ("a mob set fire to churches and dozens of Christian homes", "mobs torched several
houses") are the people's own -- a crowd on a community, mob violence -- while cars, shops,
offices, tyres and a politician's house are the targets of a violent demonstration. Read
apart from demonstrations.py (the crowd's violence at a protest) because it asks what the
deed's objects are, not who did it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import ARMED_ROLES
from eventdesk.components.events.subtype.demonstrations import SPEECH_VERBS
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, span_root

# Where people live: "houses", "homes", "huts", "shanties"
DWELLINGS = frozenset({"house", "home", "hut", "shanty", "dwelling", "hamlet"})
# Where a community worships
WORSHIP = frozenset({"church", "mosque", "temple", "gurdwara", "synagogue", "shrine",
                     "monastery", "pagoda", "chapel", "madrasa", "madrassa"})
# Owners that make a house a political target: an office-holder's house burned by a crowd
# is a protest turned violent ("set fire to the house of a former minister")
OFFICE_WORDS = frozenset({"minister", "mp", "lawmaker", "legislator", "politician", "leader",
                          "mayor", "governor", "official", "president", "commander", "chief",
                          "councillor", "councilor", "senator", "deputy", "chairman", "party",
                          "premier", "secretary"})
# How a deed's objects hang on its verb: "burned houses", "set fire to houses", "set houses
# on fire", "houses were torched"
OBJECT_DEPS = ("dobj", "nsubjpass")
OBJECT_PREPS = frozenset({"to", "on"})


def _objects(verb: Token) -> list[Token]:
    """What `verb` burned or wrecked, with the nouns joined to them by "and"."""
    found = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return found + [j for o in found for j in o.conjuncts]


def _an_office_holders(noun: Token) -> bool:
    """"The house of a former minister", "the ancestral house of the Rajapaksas", "the
    minister's house": a house named by whose it is, an office-holder or a named family."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in OFFICE_WORDS or o.pos_ == "PROPN" for o in owners)


@predicate.add
def homes_or_worship_wrecked(facts: ClauseFacts) -> bool:
    """The clause's deed, or a verb joined to it by "and", burned or wrecked homes or a
    place of worship ("set fire to at least five churches and dozens of Christian homes",
    "vandalised and set on fire several churches and houses of Christians", "torched
    several houses and vehicles"): a crowd on a community, mob violence (ACLED). Not a
    house named as an office-holder's or a named family's, a political target; nor where
    the sentence names a force ("burnt houses and shops and engaged soldiers in running
    battles"): the crowd fought it, a violent demonstration."""
    if _force_in_sentence(facts):
        return False
    root = facts.clause.root
    verbs = [root, *root.conjuncts]
    for noun in (o for v in verbs for o in _objects(v)):
        lemma = noun.lemma_.lower()
        if lemma in WORSHIP or lemma in DWELLINGS and not _an_office_holders(noun):
            return True
    return False


# The roles of a crowd as the actor lexicon names people
CROWD_ROLES = frozenset({"protester", "rioter", "civilian"})


@predicate.add
def riot_or_crowd_doer(facts: ClauseFacts) -> bool:
    """A riot's word ("torched", "rampaged"), which a crowd does whoever the sentence names,
    or a looting or burning whose doer is named as a crowd ("a mob set fire to"): "homes
    were set on fire" by nobody named may be an armed side's raid, property destruction."""
    return facts.family == "riot" or facts.agent_role in CROWD_ROLES


def _force_in_sentence(facts: ClauseFacts) -> bool:
    """An armed, state or foreign side named in the clause's sentence, the speaker of a
    report aside ("police said"), which the parse often splits off the crowd's clause."""
    doc = facts.doc
    sent = facts.clause.root.sent
    for m in doc_ext(doc, "actors") or []:
        if not sent.start <= m.start < sent.end or m.role_hint not in ARMED_ROLES:
            continue
        root = span_root(doc, m.start, m.end)
        if not (root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS):
            return True
    return False
