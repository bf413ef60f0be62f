"""Deeds told as going on over a month: a round-up's trend, not an incident.

Monthly round-ups sum a group's campaign up in one line: "ADF continued attacks on
civilians in Beni and Irumu territories, with 120 killed in May", "gangs kept up raids on
villages throughout March". The deed is a plural noun that "continue" or "keep up" takes
as its object, and the only time the sentence names is a month or longer, with no day or
week: many incidents over the month, each (if at all) told in a line of its own. Not
"continued attacks on the town on Monday" (a day: news), nor a single deed continued
("continued its offensive on X")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.happened.times import date_told_in, day_told_in
from eventdesk.components.triggers import Clause

GOING_ON = frozenset({"continue", "keep", "sustain", "maintain"})
SPAN_KINDS = ("month",)


def continued_over_a_month(doc: Doc, clause: Clause, tok: Token) -> bool:
    """The trigger a plural deed noun kept up over a month the sentence names, no day."""
    if tok.tag_ != "NNS" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in GOING_ON:
        return False
    sent = clause.sent
    return date_told_in(doc, sent, SPAN_KINDS) and not day_told_in(doc, sent)
