"""What a crowd burned or wrecked decides between ACLED's two riots: homes and places of
worship ("a crowd burned a temple and twenty homes of the minority", "a mob razed huts")
are the people's own -- a crowd on a community, mob violence -- while cars, shops,
offices, tyres and a politician's house are the targets of a violent demonstration, as is
anything burned by a crowd the sentence tells as protesting. Read apart from
demonstrations.py (the crowd's violence at a protest) because it asks what the deed's
objects are, not who did it.
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
# is a protest turned violent ("burned the home of a provincial legislator")
OFFICE_WORDS = frozenset({"minister", "mp", "lawmaker", "legislator", "politician", "leader",
                          "mayor", "governor", "official", "president", "commander", "chief",
                          "councillor", "councilor", "senator", "deputy", "chairman", "party",
                          "premier", "secretary", "commissioner", "chancellor",
                          "vice-chancellor", "principal", "director", "administrator",
                          "officer", "magistrate", "judge", "rector", "dean"})
# A crowd told as protesting: what it burned is a demonstration's ("students protesting
# fees burned a hostel", "demonstrators torched the home of ...")
PROTEST_WORDS = frozenset({"protest", "protesting", "protester", "protestor", "demonstrate",
                           "demonstrating", "demonstration", "demonstrator"})
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
    """"The home of a provincial legislator", "the family house of the Okonkwos", "the
    mayor's house": a house named by whose it is, an office-holder or a named family."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in OFFICE_WORDS or o.pos_ == "PROPN" for o in owners)


@predicate.add
def homes_or_worship_wrecked(facts: ClauseFacts) -> bool:
    """The clause's deed, or a verb joined to it by "and", burned or wrecked homes or a
    place of worship ("burned a temple and twenty homes of the minority", "looted and
    razed a chapel and the huts around it"): a crowd on a community, mob violence (ACLED).
    Not a house named as an office-holder's or a named family's, a political target; nor
    where the sentence tells the crowd as protesting, or names a force ("torched huts and
    fought the police with machetes"): a violent demonstration. The objects are read first:
    most clauses burn no home, and the sentence's sides need not be walked."""
    root = facts.clause.root
    verbs = [root, *root.conjuncts]
    if not any(lemma in WORSHIP or lemma in DWELLINGS and not _an_office_holders(noun)
               for noun in (o for v in verbs for o in _objects(v))
               for lemma in (noun.lemma_.lower(),)):
        return False
    if any(t.lemma_.lower() in PROTEST_WORDS or t.lower_ in PROTEST_WORDS
           for t in root.sent):
        return False
    return not _force_in_sentence(facts)


# The roles of a crowd as the actor lexicon names people
CROWD_ROLES = frozenset({"rioter", "civilian"})


@predicate.add
def riot_or_crowd_doer(facts: ClauseFacts) -> bool:
    """A riot's word ("torched", "rampaged"), which a crowd does whoever the sentence names,
    or a looting or burning whose doer is named as a crowd ("a mob set fire to"): "homes
    were set on fire" by nobody named may be an armed side's raid, property destruction."""
    # "a group" and nothing more is such a crowd too
    return facts.family == "riot" or facts.agent_role in CROWD_ROLES or bare_group_doer(facts)


# The determiners of a group told for the first time: "a group", "another group"
FIRST_MENTION = frozenset({"a", "an", "another"})


@predicate.add
def bare_group_doer(facts: ClauseFacts) -> bool:
    """The deed's doer is "a group" and nothing more ("another group burned the kiosks",
    "the shop was ransacked by a group"): people the report does not name, a crowd -- an
    armed one is told as such ("a group of gunmen", "an armed group"), and "the group" is
    one named before. Read only where the actor lexicon named no side."""
    if facts.agent_role != "none":
        return False
    deeds = [span_root(facts.doc, m.start, m.end) for m in facts.clause.triggers]
    verbs = [v for deed in deeds for v in ([deed, deed.head] if deed.dep_ == "conj" else [deed])]
    doers = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    doers += [g for v in verbs for c in v.children if c.dep_ == "agent"
              for g in c.children if g.dep_ == "pobj"]
    # "a group torched …" parsed as a reduced relative, the deed hung on its doer
    doers += [v.head for v in verbs if v.dep_ == "acl"
              and not any(c.dep_ == "agent" for c in v.children)]
    return any(d.lemma_.lower() == "group"
               and [c.lower_ for c in d.children if c not in verbs]
               in ([f] for f in FIRST_MENTION)
               for d in doers)


def _force_in_sentence(facts: ClauseFacts) -> bool:
    """An armed, state or foreign side named in the clause's sentence, the speaker of a
    report aside ("police said", "according to the army"), which the parse often splits
    off the crowd's clause."""
    doc = facts.doc
    sent = facts.clause.root.sent
    for m in doc_ext(doc, "actors") or []:
        if not sent.start <= m.start < sent.end or m.role_hint not in ARMED_ROLES:
            continue
        root = span_root(doc, m.start, m.end)
        if not (root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS
                or _according_to(root)):
            return True
    return False


def _according_to(noun: Token) -> bool:
    """`noun` is the source of a report: "according to the army"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"
