"""Predicates of voting material taken or wrecked: a poll's own kind of damage.

Election reports tell party youths "grabbing the ballot papers", "making off with the tally
forms", "breaking the voting machines". The verbs are those of an abduction or a capture
("snatched", "seized", "carted away"), but what is taken is no person and no ground: ACLED
codes the theft or wrecking of a poll's material as looting/property destruction (strategic
developments). A state's or foreign force that seizes it is no looter (rule
poll-material-taken's agent_role_not: police holding ballot papers as evidence). Read on the
objects of the clause's taking verbs, as things_taken.py reads a capture of a thing.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root

# Heads that are a poll's material by themselves ("EVMs", "ballots")
POLL_THINGS = frozenset({"ballot", "evm", "evms", "vvpat"})
# Heads that are when a poll's word names them ("ballot boxes", "voting machines",
# "result sheets", "electoral materials")
POLL_HEADS = frozenset({"box", "paper", "machine", "sheet", "material", "form", "card"})
POLL_WORDS = frozenset({"ballot", "voting", "vote", "result", "electoral", "election",
                        "polling", "voter", "tally"})
TAKING = ("abduction", "capture", "recapture", "looting", "destroy")


def _poll_thing(noun: Token) -> bool:
    """"voting machines", "tally forms", "EVMs", "ballots"."""
    lemma = noun.lemma_.lower()
    if lemma in POLL_THINGS or noun.lower_ in POLL_THINGS:
        return True
    return lemma in POLL_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in POLL_WORDS
        for c in noun.children)


@predicate.add
def poll_material_taken(facts: ClauseFacts) -> bool:
    """Every object of the clause's taking verbs is a poll's material ("grabbed the
    ballot papers from the officer", "made off with the tally forms"): no person taken."""
    doc = facts.doc
    verbs = [span_root(doc, m.start, m.end) for m in facts.clause.triggers
             if m.category in TAKING]
    objects = [c for v in verbs if v.pos_ == "VERB" for c in v.children
               if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    return bool(objects) and all(_poll_thing(o) for o in objects)
