"""The aftermath of an incident told in a follow-up report, which is no event of its own:
a crowd attending or holding the funerals or burial of the dead (mourning, not a protest,
unless the report says they protested or a force acted on them), the bodies of the dead
taken away (no one abducted), a suspect held at the scene of the deed (part of that deed,
not a separate arrest). Follow-ups tell these beside the deed and its toll; the deed is
coded from its own telling.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.common import tells_a_day
from eventdesk.components.events.subtype.joined_crowds import MOURNING_NOUNS
from eventdesk.components.events.subtype.mob_targets import PROTEST_WORDS
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.components.events.subtype.unrest import BODY_WORDS

# Verbs a crowd does a funeral or a burial with: "attended the funerals", "held a funeral",
# "buried their dead", "mourned the victims", "joined the funeral procession"
MOURNING_VERBS = frozenset({"attend", "hold", "join", "bury", "mourn", "throng"})
# Words that are a protest whatever else the mourners did: the report says they protested,
# rioted, or a force broke them up
PROTEST_LEMMAS = PROTEST_WORDS | {"rally", "march", "riot", "clash", "disperse", "block",
                                  "storm", "stone", "burn", "torch"}
# Verbs of a demand: mourners "demanding the governor resign", "calling for justice" protest
DEMAND_VERBS = frozenset({"demand", "call", "urge", "denounce", "condemn"})
# Where a suspect is held as the deed ends: "arrested at the scene", "caught on the spot"
SCENE_NOUNS = frozenset({"scene", "spot"})


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, and the objects of its prepositions ("to the funeral")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    found += [g for c in verb.children if c.dep_ == "prep"
              for g in c.children if g.dep_ == "pobj"]
    return found


@predicate.add
def crowd_at_a_funeral(facts: ClauseFacts) -> bool:
    """The clause tells people attending, holding or joining funerals, a burial or a vigil,
    or burying or mourning their dead ("hundreds of relatives attended the funerals of the
    four herders", "relatives buried the two shepherds"), and no protest, march, riot,
    dispersal or demand in its words: mourning, not a protest (the dead it names died
    before). "Mourners marched to the governor's office" is told by its march, "chanting
    slogans against the governor" or "calling for the killers' trial" by its demand."""
    verb = facts.clause.root
    lemma = verb.lemma_.lower()
    if lemma not in MOURNING_VERBS and lemma not in MOURNING_NOUNS:
        return False
    if lemma not in ("bury", "mourn") and lemma not in MOURNING_NOUNS and not any(
            o.lemma_.lower() in MOURNING_NOUNS | {"prayer"} for o in _objects(verb)):
        return False
    if facts.agent_role == "protester" or any(
            t.lemma_.lower() in PROTEST_LEMMAS for t in facts.clause.tokens):
        return False   # "demonstrators mourned a slain student at a vigil": protesters
    if _demands(facts):
        return False
    # every other deed word names the dead or what killed them, in the mourned objects
    # ("for the victims of Tuesday's blast"), not a deed beside the mourning ("mourned as
    # gunmen raided the market", "before police broke it up")
    told = {t.i for o in _objects(verb) for t in o.subtree}
    return all(m.category == "protest" or m.start in told for m in facts.clause.triggers)


@predicate.add
def takes_only_the_dead(facts: ClauseFacts) -> bool:
    """What the clause takes away is the bodies of the dead ("the militiamen carried off the
    corpses of the slain villagers"): nobody alive is taken, no abduction."""
    taken = [c for c in facts.clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(taken) and all(t.lemma_.lower() in BODY_WORDS for t in taken)


@predicate.add
def held_at_the_scene(facts: ClauseFacts) -> bool:
    """The arrest is told "at the scene" or "on the spot" ("the attacker, detained on the
    spot by passers-by and guards, was handed to the police"): the doer held as the deed
    ended, part of the deed the report tells, not an arrest of its own. Only the doer named
    again ("the gunman", "he"), held with no day of its own: "police arrested two suspects at
    the scene on Wednesday" or "arrested three men on the spot for selling alcohol" are
    arrests of their own."""
    held = [c for c in facts.clause.root.children if c.dep_ in ("dobj", "nsubjpass")]
    if not held or not all(_named_again(t) for t in held) \
            or tells_a_day(facts.doc, facts.clause):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on")
               and any(g.lemma_.lower() in SCENE_NOUNS for g in c.children if g.dep_ == "pobj")
               for c in facts.clause.root.children)


def _named_again(person: Token) -> bool:
    """A person named with "the" or a pronoun: the doer the report told before."""
    return person.pos_ == "PRON" or any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in person.children)


def _demands(facts: ClauseFacts) -> bool:
    """The mourners demand something: a verb of demand ("demanding the governor resign",
    "calling for the killers' trial"), or a protest word aimed at someone or something
    ("chanting slogans against the governor", "shouting for revenge")."""
    for t in facts.clause.tokens:
        if t.lemma_.lower() in DEMAND_VERBS and t.pos_ == "VERB" and (
                t.lemma_.lower() != "call" or any(c.lower_ == "for" for c in t.children)):
            return True
    for m in facts.clause.triggers:
        if m.category == "protest" and any(
                t.dep_ == "prep" and t.lower_ in ("against", "for")
                for t in facts.doc[m.start].subtree):
            return True
    return False
