"""Protest sites dismantled: "dismantle" is a trigger of disrupted weapons use (a bomb
dismantled), but a force that dismantles a camp, a sit-in, tents or barricades of protesters
or supporters ("police dismantled the camp of the former president's supporters and detained
1,200 people") clears a protest: ACLED's protest with intervention (rule
protest-site-dismantled), neither a weapon kept from use nor an arrest alone. Kept apart from
demonstrations.py, which reads protests told by their own words."""

from __future__ import annotations

from spacy.tokens import Token

from eventdesk.components.events.subtype.table import ClauseFacts, predicate
from eventdesk.extensions import span_root

# What a crowd sets up where it protests.
SITES = frozenset({"camp", "encampment", "sit-in", "tent", "barricade", "blockade",
                   "occupation", "picket"})
# The people whose site it is, or the word that makes it a protest's ("protest camp").
CROWDS = frozenset({"protester", "protestor", "demonstrator", "supporter", "activist",
                    "striker", "protest", "demonstration", "sit", "farmer", "student",
                    "worker", "occupy"})
CLEARING = frozenset({"dismantle", "clear", "remove", "raze", "tear", "bulldoze"})


def _crowd_site(site: Token) -> bool:
    """'a protest camp', 'the camp of the supporters of X', 'the protesters' tents'."""
    near = [c for c in site.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    near += [g for c in site.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    return any(w.lemma_.lower() in CROWDS for w in near)


@predicate.add
def protest_site_dismantled(facts: ClauseFacts) -> bool:
    """The clause's verb of disrupting dismantles or clears a camp, sit-in, tents or
    barricades that belong to protesters or supporters, or that the word "protest" names."""
    doc = facts.doc
    for m in facts.clause.triggers:
        if m.category != "disrupted":
            continue
        verb = span_root(doc, m.start, m.end)
        if verb.lemma_.lower() not in CLEARING:
            continue
        sites = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        sites += [c for s in sites for c in s.children if c.dep_ == "conj"]
        if any(s.lemma_.lower() in SITES and _crowd_site(s) for s in sites):
            return True
    return False
