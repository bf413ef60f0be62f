"""Who gathered outside a seat of power, and why: the protest pair "gather|assemble|converge
outside:parliament|ministry|…" (data/triggers.toml) reads a gathering there as a rally with
no protest word ("scores of midwives assembled outside the labour ministry, beating
drums"); but soldiers, riot police or reporters gathered there are at work, and a
gathering told with a purpose of its own ("to greet the returning envoy", "seeking
permits", "awaiting the ruling") is that purpose, not a rally. Apart from trigger_finder,
which is at its size limit."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.shared import COMBATANT_NOUNS, FORCE_NOUNS, RANK_NOUNS

# A seat of power's doorstep, as the protest pair's dependents are written ("outside:…").
OUTSIDE = "outside:"

# Who gathers at a seat of power at work, not in a rally: a force, its ranks, or the press
# and the crowds of a show ("riot police", "two colonels", "reporters", "fans"). Any other
# subject — a walk of life, relatives, a people ("Hundreds of Tamils"), lawmakers — rallies.
AT_WORK = frozenset(FORCE_NOUNS | COMBATANT_NOUNS | RANK_NOUNS) | frozenset({
    "personnel", "officer", "policemen", "bodyguard", "guard", "security", "journalist", "reporter",
    "photographer", "cameraman", "correspondent", "press", "media", "crew", "fan"})
# Counts of people that stand as the subject with the people after "of" ("hundreds of
# teachers"), or alone ("thousands gathered outside the assembly").
COUNTS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                    "score", "scores", "number", "group", "crowd", "crowds"})
# Words that make a subject a force or the press ("police officers", "armed men").
NOT_A_CROWD = frozenset({"armed", "police", "security", "army", "military", "press",
                         "media", "riot"})
# A purpose of its own told by a participle ("seeking visas", "awaiting the verdict"); any
# other participle tells the manner of the gathering ("holding placards", "waving flags"),
# and an infinitive ("to mark …") is always a purpose.
PURPOSE_VERBS = frozenset({"seek", "await", "wait", "celebrate", "mark", "queue", "collect",
                           "receive", "register"})


def outside_only(forms: list[tuple[str, str]], wanted: list[frozenset[str]]) -> bool:
    """Whether the protest pairs a verb matched match only a doorstep ("outside:palace"),
    none naming a cause ("gathered to demand")."""
    return not any((lower in w or lemma in w) and not lower.startswith(OUTSIDE)
                   for w in wanted for lower, lemma in forms)


def a_crowd_rallied_outside(verb: Token, protest_words: frozenset[str]) -> bool:
    """"Scores of midwives assembled outside the ministry, beating drums", "the marchers
    who had gathered outside the legislature": people gathered with no purpose told but a
    protest's (`protest_words`), so a rally. Not "Troops converged outside the legislature",
    "Crowds gathered outside the legislature to greet the envoy"."""
    # a crowd parsed as a noun phrase ("Hundreds of X gathered outside …, seeking …") hangs
    # the later participle on the crowd, beside the gathering
    later = [c for c in verb.head.children if c.dep_ == "acl" and c.i > verb.i] \
        if verb.dep_ == "acl" else []
    for child in [*verb.children, *later]:
        clause = child.dep_ in ("xcomp", "acl") or (child.dep_ == "advcl" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children))
        lemma = child.lemma_.lower()
        purpose = any(c.tag_ == "TO" for c in child.children) or lemma in PURPOSE_VERBS
        if clause and purpose and child.pos_ in ("VERB", "AUX") and lemma not in protest_words:
            return False   # "to greet", "seeking permits", "awaiting the ruling"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("relcl", "acl") and all(s.tag_ in ("WP", "WDT") for s in subjects):
        # "the protesters who had gathered outside", "a crowd assembled outside" (parsed
        # as a participle on the crowd)
        subjects = [verb.head]
    return any(_people(s) for s in subjects)


def _people(noun: Token) -> bool:
    """The subject names people gathered of their own accord: anyone but a force or the
    press, and of a count ("hundreds of reporters") what follows its "of"."""
    lemma, lower = noun.lemma_.lower(), noun.lower_
    if any(c.lower_ in NOT_A_CROWD for c in noun.children if c.dep_ in ("amod", "compound")):
        return False
    if lemma in AT_WORK or lower in AT_WORK:
        return False
    if lemma in COUNTS or lower in COUNTS:
        after = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        return all(_people(o) for o in after)
    return True
