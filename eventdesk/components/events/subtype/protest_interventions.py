"""Predicates of force used on a protest: a force firing on a protest its sentence tells,
tear gas, dispersal or arrests done to the crowd (not the arrests it marches against), a
force blocking the crowd's way — an intervention, not a fight with an armed side.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext


@predicate.add
def fire_on_a_protest_in_sentence(facts: ClauseFacts) -> bool:
    """"The students had been demonstrating peacefully when police opened fire": the
    firing, with no target of its own, falls on the protest its sentence tells in another
    clause; the force used on that protest, not a fight with an armed side."""
    doc, sent = facts.doc, facts.clause.sent
    ids = {t.i for t in facts.clause.tokens}
    return any(m.category == "protest" and sent.start <= m.start < sent.end
               and m.start not in ids for m in doc_ext(doc, "triggers") or [])


# Arrest words of the intervention cue, and what they may be told about without a force
# stopping the protest ("demonstrated for the release of the detained policemen").
DETENTION_WORDS = {"arrested", "detained"}
DEMANDED_WORDS = {"release", "free", "freedom", "rumour", "rumor", "report", "arrest"}


@predicate.add
def intervention_on_protest(facts: ClauseFacts) -> bool:
    """Tear gas, dispersal or arrests the clause tells as done to the protest — not people
    "arrested" or "detained" whom the protesters march for ("demonstrated for the release
    of the detained policemen", "demanding the release of activists arrested earlier"):
    those arrests are the protest's reason, and the protest itself was peaceful."""
    tokens = [t for t in facts.clause.tokens if not _demanded_detention(t)]
    return _cue("intervention", tokens)


def _demanded_detention(word: Token) -> bool:
    """"arrested"/"detained" naming whom a protest demands back: a modifier of a noun
    ("the detained policemen", "activists arrested in Beijing") or under a "release"."""
    if word.lower_ not in DETENTION_WORDS:
        return False
    if word.dep_ in ("amod", "acl", "relcl"):
        return True
    return any(a.lemma_.lower() in DEMANDED_WORDS for a in word.ancestors)


# Verbs of a force stopping a crowd in its way ("riot police blocked the marchers",
# "were stopped by a cordon of police"): an intervention, without a blow or an arrest
BLOCKING_VERBS = ("block", "stop", "cordon", "halt")


@predicate.add
def force_blocks_the_protest(facts: ClauseFacts) -> bool:
    """A blocking verb — the clause's own, or one hung on it ("marched ..., only to be
    blocked by a cordon of riot police") — whose subject or "by" phrase is a state force
    ("riot police blocked several hundred protesters"), or officers, whom the lexicon
    names no side; not a crowd that blocks a road ("youths blocked the highway")."""
    doc, root = facts.doc, facts.clause.root
    states = {i for m in doc_ext(doc, "actors") or [] if m.role_hint == "state"
              for i in range(m.start, m.end)}
    for verb in root.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in BLOCKING_VERBS \
                or not (verb.i == root.i or verb.head.i == root.i):
            continue
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
                  if g.dep_ == "pobj"]
        if any(t.i in states or t.lemma_.lower() in BLOCKING_FORCES
               for d in doers for t in d.subtree):
            return True
    return False


# Who blocks a protest's way as a force, though the actor lexicon, which names groups, reads
# no side in the word ("officers blocked several hundred protesters from marching").
BLOCKING_FORCES = frozenset({"officer"})
