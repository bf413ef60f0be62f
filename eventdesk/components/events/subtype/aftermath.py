"""The aftermath of an incident told in a follow-up report, which is no event of its own:
a crowd attending or holding the funerals or burial of the dead (mourning, not a protest,
unless the report says they protested or a force acted on them), the bodies of the dead
taken away (no one abducted), a suspect held at the scene of the deed (part of that deed,
not a separate arrest). Follow-ups tell these beside the deed and its toll; the deed is
coded from its own telling.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.joined_crowds import MOURNING_NOUNS
from eventdesk.components.events.subtype.table import ClauseFacts, predicate

# Verbs a crowd does a funeral or a burial with: "attended the funerals", "held a funeral",
# "buried their dead", "mourned the victims", "joined the funeral procession"
MOURNING_VERBS = frozenset({"attend", "hold", "join", "bury", "mourn", "throng", "fill"})
# Verbs that are a protest whatever else the mourners did: the report says they protested
PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march", "riot", "clash",
                            "disperse", "block", "storm", "stone", "burn", "torch"})
# What the dead leave that is taken away: no person taken
DEAD_NOUNS = frozenset({"body", "corpse", "remains"})
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
    or burying or mourning their dead ("villagers filled the cemetery for the funerals of
    the slain, shouting slogans", "relatives buried the two shepherds"), and no protest, march,
    riot or dispersal in its words: mourning, not a protest (the dead it names died
    before). "Mourners marched to the governor's office" is told by its march."""
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
    return bool(taken) and all(t.lemma_.lower() in DEAD_NOUNS for t in taken)


@predicate.add
def held_at_the_scene(facts: ClauseFacts) -> bool:
    """The arrest is told "at the scene" or "on the spot" ("the attacker, detained on the
    spot by passers-by and guards, was handed to the police"): the doer held as the deed
    ended, part of the deed the report tells, not an arrest of its own."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on")
               and any(g.lemma_.lower() in SCENE_NOUNS for g in c.children if g.dep_ == "pobj")
               for c in facts.clause.root.children)
