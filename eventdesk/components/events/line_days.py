"""The day a digest's line opens with, for the sentences of that line.

Security briefs and incident logs give one incident a line or bullet and put its day in
front as a label ("- 2 January: An Israeli drone struck …", "7 May - Mocimboa da Praia
district. Insurgents ambushed …", "19 September: …"): the day is no word of the deed's
sentence, often a sentence of its own once the label is cut off, and each line's day is
its own (the day of the line before is not carried over). A clause that tells no day of
its own takes the day its line opens with: a date at the start of the line (after a
bullet mark, if any) followed by a colon or a dash."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventdesk.extensions import doc_ext, doc_text

# What may stand before the day on its line: spaces and a list's bullet mark
_LEAD = re.compile(r"[ \t]*(?:[-•*·▪◦‣●][ \t]+)?")
# What follows the day: the label's colon or dash
_AFTER = re.compile(r"[ \t]*[:–—-]")
_KINDS = ("day", "week")


def line_day(doc: Doc, sent: Span):
    """The date mention that labels the line `sent` starts on, if any, else None."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    lead = _LEAD.match(text, start)
    at = lead.end() if lead else start
    if at > sent.end_char:
        return None
    for mention in doc_ext(doc, "dates") or []:
        if mention.start_char == at and mention.kind in _KINDS and mention.date is not None:
            return mention if _AFTER.match(text, mention.end_char) else None
        if mention.start_char > at:
            break
    return None
