"""Curfews declared as one measure of an emergency regime ("placed the region under a state of
emergency and imposed a curfew from dusk"): the order covers the region or country the regime
does, not one town, so it is no event of its own (rule curfew-with-emergency), as a curfew over
many places is not. Read on the whole coordination the clause's verb belongs to, since news
joins the two measures with "and", as objects of one verb or as two verbs of one subject, and
the trigger pair "declare … curfew" may make the first verb the curfew's clause.
"""

from __future__ import annotations

from eventdesk.components.events.subtype.table import ClauseFacts, _cue, predicate
from eventdesk.extensions import first_conjunct


@predicate.add
def curfew_with_emergency(facts: ClauseFacts) -> bool:
    """A curfew and a state of emergency, of exception or of siege, or martial law, told in
    one coordination (cues `curfew`, `emergency_regime`)."""
    told = list(first_conjunct(facts.clause.root).subtree)
    return _cue("curfew", told) and _cue("emergency_regime", told)
