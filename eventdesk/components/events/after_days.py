"""The day of a deed a report names as the reference of another's day: in "gunmen raided a
farm at dawn on Sunday, three days after a car bomb in X wounded ten", the car bomb is the
Sunday less three days, whatever the report's last date was. A lead written so names the
earlier deed briefly and the body tells it again with its own day; dated by the lead's
day, the brief mention became a second record. Apart from dating.py, which is at its size
limit."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

# How many words may stand between "a day after" and the deed it dates ("a day after a
# car bomb", "two days after bandits raided", "the day after heavy shelling").
DEED_WITHIN_WORDS = 3


def counted_from_its_day(doc: Doc, sent: Span, dates: list, trigger: int
                         ) -> tuple[dt.date, int] | None:
    """The day and precision of the deed whose trigger starts at token `trigger`, when a
    joining "after" or "before" with its count ("a day after", "two days before") comes
    just before it, and the sentence names a day before that phrase: that day moved by
    the count. None otherwise (an adverbial "two days after," counts from the report's
    last date as before)."""
    relatives = [d for d in dates if d.kind == "relative" and d.offset_days
                 and sent.start_char <= d.start_char < doc[trigger].idx]
    if not relatives:
        return None
    joining = max(relatives, key=lambda d: d.start_char)
    span = doc.char_span(joining.start_char, joining.end_char, alignment_mode="expand")
    if span is None or span.sent != sent or span[-1].lower_ not in ("after", "before"):
        return None
    between = doc[span.end:trigger]
    if len(between) > DEED_WITHIN_WORDS or any(t.is_punct or t.pos_ in ("VERB", "AUX")
                                               for t in between):
        return None
    days = [d for d in dates if d.kind == "day" and d.date is not None
            and sent.start_char <= d.start_char < joining.start_char]
    if not days:
        return None
    told = max(days, key=lambda d: d.start_char)
    return told.date + dt.timedelta(days=joining.offset_days), max(told.precision,
                                                                   joining.precision)
