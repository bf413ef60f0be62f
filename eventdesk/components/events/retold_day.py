"""The day a follow-up report gives its lead's incident in a retelling the coder does not
code for itself.

A toll update opens with the count ("The death toll from the attacks on villages in X has
risen to 160, officials said on Tuesday": dated by publication, no day of its own) and
retells the incident in the next sentence with its day ("Gunmen attacked more than 20
villages in the area on Sunday night"). That retelling is no event of its own — it tells
many villages at once (`happened` finds it an aggregate) — but it is the lead's incident
told again, and its day is the incident's day (GUIDELINES "Dates": the day of the event,
not of the report)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.common import Candidate, Context
from eventdesk.components.events.dating import date_for
from eventdesk.components.events.merging import completing
from eventdesk.components.triggers import Clause

# The reasons a clause is not coded that still let it tell its incident's day.
RETELLING_REASONS = frozenset({"aggregate"})


def not_coded(doc: Doc, sent: Span, sent_index: int, clause: Clause, ctx: Context,
              reason: str, candidates: list[Candidate]) -> None:
    """What a clause that is no event of its own still tells of the event before it: a
    negated killing its toll (`completing.negated_toll`), a retelling of many places at
    once the day of the undated incident the sentence before told."""
    completing.negated_toll(doc, clause, reason, candidates)   # "no one was hurt"
    if reason not in RETELLING_REASONS or not candidates:
        return
    earlier = completing.referent(clause, candidates)
    if earlier is None or earlier.date_told or earlier is not candidates[-1] \
            or not 0 < sent_index - earlier.sent_index <= 1:
        return
    named = completing.places_named(clause)
    if named and (earlier.place is None or earlier.place.geonameid not in named):
        return   # "Gunmen attacked villages in Y on Sunday": another place's incident
    date, precision, told = date_for(doc, sent, clause, ctx)
    if told and precision == 1:
        completing.take_told_day(earlier, date, precision, told)
