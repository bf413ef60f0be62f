"""Who gathered outside a seat of power, and why: the protest pair "gather|assemble|converge
outside:parliament|ministry|…" (data/triggers.toml) reads a crowd's gathering there as a
rally with no protest word, but only a crowd of people gathers so ("hundreds of teachers
gathered outside the education ministry"); soldiers, riot police or reporters gathered
there are at work, and a gathering told with a purpose of its own ("to mark the king's
birthday", "seeking visas", "awaiting the verdict") is that purpose, not a rally. Apart
from trigger_finder, which is at its size limit."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.crowd_words import CROWD_NOUNS

# A seat of power's doorstep, as the protest pair's dependents are written ("outside:…").
OUTSIDE = "outside:"

# The people a rally is made of, named as a crowd or as a walk of life; never a force, the
# press or a name ("Hundreds of Afghans"), which the pair cannot tell from a queue.
PEOPLE = CROWD_NOUNS | frozenset({
    "people", "citizen", "resident", "villager", "supporter", "activist", "worker",
    "teacher", "student", "farmer", "nurse", "doctor", "lawyer", "pensioner", "retiree",
    "employee", "trader", "vendor", "driver", "miner", "parent", "woman", "youth",
    "opponent", "unionist", "mother", "family"})
# Counts of people that stand as the subject with the people after "of" ("hundreds of
# teachers"), or alone ("thousands gathered outside the assembly").
COUNTS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                    "score", "scores", "number", "group", "crowd", "crowds"})
# Words that make a people noun a force or the press ("police officers", "armed men").
NOT_A_CROWD = frozenset({"armed", "police", "security", "army", "military", "press",
                         "media", "riot"})


def outside_only(forms: list[tuple[str, str]], wanted: list[frozenset[str]]) -> bool:
    """Whether the protest pairs a verb matched match only a doorstep ("outside:palace"),
    none naming a cause ("gathered to demand")."""
    return not any((lower in w or lemma in w) and not lower.startswith(OUTSIDE)
                   for w in wanted for lower, lemma in forms)


def a_crowd_rallied_outside(verb: Token, protest_words: frozenset[str]) -> bool:
    """"Hundreds of teachers gathered outside the ministry", "the protesters who had
    gathered outside parliament": people gathered with no purpose told but a protest's
    (`protest_words`), so a rally. Not "Soldiers converged outside the palace", "Crowds
    gathered outside the palace to mark the king's birthday"."""
    for child in verb.children:
        purpose = child.dep_ == "xcomp" or (child.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children))
        if purpose and child.pos_ in ("VERB", "AUX") \
                and child.lemma_.lower() not in protest_words:
            return False   # "to mark", "to register", "seeking visas", "awaiting"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("relcl", "acl") and all(s.tag_ in ("WP", "WDT") for s in subjects):
        # "the protesters who had gathered outside", "a crowd assembled outside" (parsed
        # as a participle on the crowd)
        subjects = [verb.head]
    return any(_people(s) for s in subjects)


def _people(noun: Token) -> bool:
    """The subject names people as a crowd: a people noun, or a count of them."""
    lemma = noun.lemma_.lower()
    if any(c.lower_ in NOT_A_CROWD for c in noun.children if c.dep_ in ("amod", "compound")):
        return False
    if lemma in PEOPLE or noun.lower_ in PEOPLE:
        return True
    if lemma in COUNTS or noun.lower_ in COUNTS:
        after = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        return not after or any(_people(o) for o in after)
    return False
