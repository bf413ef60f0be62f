"""Herders and farmers as the sides of rural violence, where the actor lexicon cannot read the
word's role alone: "herders" are civilians in one report and an ethnic militia's fighters
("Fulani herders", "herdsmen") in another.

- A fight told between herders and the farmers (or villagers, a community) they fight is a
  fight of two communities' armed men: ACLED's armed clash between identity militias, not the
  mob violence of two crowds that the crowd rules read for "a clash between two factions".
- Herders counted as the dead of a side's killing ("masked gunmen killed six
  herdsmen") are its victims, civilians, however the lexicon names herders who raid: an
  attack, not a clash, unless the sentence tells a fight or the herders armed, suspected
  or doing something themselves.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.shared import _victim_words
from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import doc_ext, first_conjunct

# The keepers of herds, as news of farmer-herder violence names them (not "shepherds" or
# "nomads", said of herders far from that conflict: a shepherd facing settlers is no militia)
HERDER_WORDS = frozenset({"herder", "herders", "herdsman", "herdsmen", "pastoralist",
                          "pastoralists"})
# Words on the dead that tell them fighters or suspects, not unresisting victims
# ("five armed herdsmen", "herdsmen suspected of kidnapping")
FIGHTER_WORDS = frozenset({"armed", "suspected", "alleged", "militant", "gunman", "gunmen"})
# Words of a longer militia name the lexicon read around the herders ("herdsmen militia")
MILITIA_WORDS = frozenset({"militia", "militiaman", "fighter", "gunman", "bandit"})


def _herder(tok: Token) -> bool:
    return tok.lower_ in HERDER_WORDS or tok.lemma_.lower() in HERDER_WORDS


def _a_side(tok: Token) -> bool:
    """The herder word is a side of the fight: between whom, with whom, or who fought."""
    word = first_conjunct(tok)
    if word.dep_ == "pobj":
        return word.head.lower_ in ("between", "with", "among")
    return word.dep_ in ("nsubj", "dobj")


@predicate.add
def herders_fight_as_a_side(facts: ClauseFacts) -> bool:
    """Herders are a side of the clause's fight ("fighting between herdsmen and crop
    growers", "pastoralists fought villagers over a well"): two communities' armed men."""
    return any(_herder(t) and _a_side(t) for t in facts.clause.tokens)


@predicate.add
def herders_killed_unresisting(facts: ClauseFacts) -> bool:
    """Everyone the clause names as killed or attacked is a herder ("four herdsmen were
    shot dead"), none told fighting, and no clash is told in the sentence."""
    victims = [w for w in _victim_words(facts) if w.pos_ in ("NOUN", "PROPN")]
    if not victims or not all(_herder(w) and not _told_fighting(w) for w in victims):
        return False
    sent = facts.clause.root.sent
    return not any(m.category == "clash" and sent.start <= m.start < sent.end
                   for m in doc_ext(facts.doc, "triggers") or [])


def _told_fighting(word: Token) -> bool:
    """The herders are told armed or suspected ("five armed herdsmen"), or a clause on them
    tells what they did ("herdsmen who had attacked farmers", "herdsmen suspected of
    kidnapping"), or the lexicon read a longer militia's name around them: fighters."""
    if any(c.lower_ in FIGHTER_WORDS or c.dep_ in ("relcl", "acl")
           for c in word.children):
        return True
    return any(m.start <= word.i < m.end and any(
                   t.lemma_.lower() in MILITIA_WORDS for t in word.doc[m.start:m.end])
               for m in doc_ext(word.doc, "actors") or [])
