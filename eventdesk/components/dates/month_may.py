""""May" as the month the parser took for the modal verb.

Round-ups written in a tracker's clipped style put the day between the subject and its
verb ("Rebels 14 May shelled the market", "Police 21 May detained 30 students"); the
tagger reads "May" there as the modal "may" and the parser hangs it on the verb as its
auxiliary, so the deed read as what may happen. A "May" inside a date phrase the finders
read ("8 May", "May 8") is the month: its tag, part of speech and, for an auxiliary,
dependency are set to a proper noun's and a date's (a noun phrase modifying the verb)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.dates.mentions import DateMention


def month_not_modal(doc: Doc, found: list[DateMention]) -> None:
    """Retag each "May" of a day's date phrase that was tagged a modal verb or hung on
    a verb as its auxiliary."""
    for mention in found:
        if mention.kind not in ("day", "week", "background", "dateline"):
            continue
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        for tok in span if span is not None else ():
            if tok.text == "May" and (tok.tag_ == "MD" or tok.dep_ == "aux"):
                tok.tag_, tok.pos_ = "NNP", "PROPN"
                if tok.dep_ == "aux":
                    tok.dep_ = "npadvmod"
