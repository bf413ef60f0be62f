"""Clauses that tell the scene of a deed told beside them. A deed told as what the doer of
another deed was doing: "the police, who were searching shops in the market, shot at a
van driver". The relative clause on the subject sets the scene of the main clause's deed
(coded there, with its victims), not an incident of its own: a raid, an operation or a
patrol in progress is how the doers came to be there.
"""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import doc_ext

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@predicate.add
def doers_setting(facts: ClauseFacts) -> bool:
    """The clause is a relative clause in the progressive ("who were searching shops")
    on the subject of a verb that carries a trigger word of its own ("opened fire",
    "shot"): the doer's setting, not a deed of its own."""
    root = facts.clause.root
    if root.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lemma_ == "be"
                                       for c in root.children) or root.tag_ != "VBG":
        return False
    subject = root.head
    if subject.dep_ not in SUBJECTS:
        return False
    verb = subject.head
    inside = {t.i for t in root.subtree}
    outside = [t for t in verb.subtree if t.i not in inside and t.i != subject.i]
    ids = {t.i for t in outside}
    return any(m.start in ids and m.category in ("attack", "kill", "clash", "abduction")
               for m in doc_ext(facts.doc, "triggers") or [])


# Who fires tear gas at a crowd, or the crowd it is fired at (rule gas-dropped-on-a-crowd).
CROWD_CONTROL = frozenset({"police", "policemen", "protesters", "protestors", "demonstrators",
                           "crowd", "crowds", "marchers", "farmers", "students"})


@predicate.add
def tear_gas_of_the_sentence(facts: ClauseFacts) -> bool:
    """Drones or aircraft in a clause whose sentence, not the clause, names the tear gas
    they carried, with police or a crowd named ("officers fired tear gas canisters, a few
    released by drones, as the marchers neared the checkpoint"): a force's crowd
    control told in the sentence's first clause, no air strike (typing.toml cue
    `irritant_gas`; a gas named in the clause itself is read by irritant-gas-in-war)."""
    sent = list(facts.clause.sent)
    return not _cue("irritant_gas", facts.clause.tokens) and _cue("irritant_gas", sent) \
        and any(t.lower_ in CROWD_CONTROL for t in sent)
