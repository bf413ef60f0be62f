"""A clause dated to another time than an event told before it tells another event: "the
October 2017 truck bombing killed more than 500 people" after today's attack, "Two days
earlier, an operation ended in an encounter in which five rebels were killed" after a
blast. Its dead are not that event's, whatever words it shares with it."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import clause_span_chars
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext

# Kinds of date mention that name a day; the others name a month, a year or a span of them.
DAY_KINDS = frozenset({"day", "relative"})
# A day told this many days from the event's is another day, not a later toll's.
DAYS_APART = 2


def dated_apart(doc: Doc, clause: Clause, earlier: Candidate) -> bool:
    """The clause (or, for a relative clause, the sentence whose noun it tells of) names a
    time that is not `earlier`'s: a year or month its day falls outside, a day more than
    two days from it, or a day counted from the event told before ("two days earlier")."""
    start, end = clause_span_chars(doc, clause)
    if clause.root.dep_ == "relcl":  # "an encounter in which five were killed"
        start, end = clause.sent.start_char, clause.sent.end_char
    for mention in doc_ext(doc, "dates") or []:
        if not start <= mention.start_char < end:
            continue
        if mention.date is None:
            if mention.kind == "relative" and mention.offset_days:
                return True
            continue
        if earlier.date is None:
            continue
        if mention.kind in DAY_KINDS:
            if abs((mention.date - earlier.date).days) > DAYS_APART:
                return True
        elif mention.date.year != earlier.date.year or mention.kind == "month" \
                and mention.date.month != earlier.date.month:
            return True
    return False
