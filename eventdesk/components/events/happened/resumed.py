"""A deed named again as what started again on a day the clause tells ("clashes restarted
near X on Tuesday"): a new round of it, not the earlier one named again. An exception
`deciding.why_not` asks after `told_before.named_again` has found the deed told before."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import tells_a_day
from eventdesk.components.triggers import Clause

# Verbs that say a deed started again ("resumed", "restarted", "reignited").
STARTED_AGAIN = frozenset({"resume", "restart", "reignite", "renew"})


def started_again(doc: Doc, clause: Clause) -> bool:
    """The clause's verb says its deed started again and the clause writes its own day:
    "Clashes restarted in X on Tuesday", after Monday's clashes told before, are
    Tuesday's (GUIDELINES: one event per place and day). Without a day of its own
    ("the fighting resumed after a lull") it stays the deed named again."""
    return clause.root.lemma_.lower() in STARTED_AGAIN and clause.root.pos_ == "VERB" \
        and tells_a_day(doc, clause)
