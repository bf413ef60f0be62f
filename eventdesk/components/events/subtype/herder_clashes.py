"""Herders and farmers as the sides of rural violence, where the actor lexicon cannot read the
word's role alone: "herders" are civilians in one report and an ethnic militia's fighters
("Fulani herders", "herdsmen") in another.

- A clash told between herders and the farmers (or villagers, a community) they fight is a
  fight of two communities' armed men: ACLED's armed clash between identity militias, not the
  mob violence of two crowds that the crowd rules read for "a clash between two factions".
- Herders counted as the dead of a side's killing ("vigilantes killed 13 herders at a
  market") are its victims, civilians, however the lexicon names herders who raid: an
  attack, not a clash, unless the clause tells them fighting back.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.shared import _victim_words
from eventdesk.components.events.subtype.table import ClauseFacts, predicate

# The keepers of herds, as news of farmer-herder violence names them
HERDER_WORDS = frozenset({"herder", "herders", "herdsman", "herdsmen", "pastoralist",
                          "pastoralists", "nomad", "nomads", "shepherd", "shepherds"})
# The words of a fight fought back, in which fallen herders are fighters
FIGHT_WORDS = frozenset({"clash", "fight", "battle", "exchange", "duel", "gunfight",
                         "shootout", "repel", "resist", "engage", "confront"})


def _herder(tok: Token) -> bool:
    return tok.lower_ in HERDER_WORDS or tok.lemma_.lower() in HERDER_WORDS


def _a_side(tok: Token) -> bool:
    """The herder word is a side of the fight: between whom, with whom, or who fought."""
    word = tok
    while word.dep_ == "conj":
        word = word.head
    if word.dep_ == "pobj":
        return word.head.lower_ in ("between", "with", "among")
    return word.dep_ in ("nsubj", "dobj")


@predicate.add
def herders_fight_as_a_side(facts: ClauseFacts) -> bool:
    """Herders are a side of the clause's fight ("clashes between farmers and herders",
    "herders clashed with farmers over grazing land"): two communities' armed men."""
    return any(_herder(t) and _a_side(t) for t in facts.clause.tokens)


@predicate.add
def herders_killed_unresisting(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or attacked is a herder ("killed 13 Fulani
    herders at a weekly market"), and no word of the clause tells a fight fought back."""
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN")]
    if not victims or not all(_herder(w) for w in victims):
        return False
    return not any(t.lemma_.lower() in FIGHT_WORDS for t in facts.clause.tokens)
