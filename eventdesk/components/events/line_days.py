"""The day a digest's line opens with, for the sentences of that line.

Security briefs and incident logs give one incident a line or bullet and put its day in
front as a label ("• 14 June: A car bomb went off …", "3 June – Kismayo area. Fighters
overran …", "21 October:"): the day is no word of the deed's sentence, often a sentence of
its own once the label is cut off, and each line's day is its own (the day of the line
before is not carried over). A clause that tells no day of its own takes the day its line
opens with: a date at the start of the line (after a bullet mark, if any) followed by a
colon or a dash, when the report is a digest (two lines or more open with a day) and no
sentence telling a day of its own stands between the label and the clause ("- 2 March:
… On 28 February, gunmen … They also …": the carried day). A single labelled line is a
dateline's or a lead's day ("May 3 - The army said militants attacked … on Wednesday"):
its later sentences carry the day told before them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventdesk.components.bullets import MARK
from eventdesk.extensions import doc_ext, doc_text

# What may stand before the day on its line: spaces and a list's bullet mark
_LEAD = re.compile(r"[ \t]*(?:" + MARK + r"[ \t]+)?")
# What follows the day: the label's colon or dash
_AFTER = re.compile(r"[ \t]*[:–—-]")
_KINDS = ("day", "week")
# The kinds of date a sentence tells its own day by
_OWN = ("day", "week", "month", "relative")


_KEY = "eventdesk.line_days"


def line_day(doc: Doc, sent: Span):
    """The date mention that labels the line `sent` starts on, if the report is a digest
    and no sentence with a day of its own comes between the label and `sent`, else None."""
    labels = _labels(doc)
    if len(labels) < 2:
        return None
    text = doc_text(doc)
    label = labels.get(text.rfind("\n", 0, sent.start_char) + 1)
    if label is None or label.start_char > sent.end_char:
        return None
    if any(label.end_char <= d.start_char < sent.start_char and d.date is not None
           and d.kind in _OWN for d in doc_ext(doc, "dates") or []):
        return None   # "- 2 March: … On 28 February, gunmen …. They also …": carried
    return label


def _labels(doc: Doc) -> dict:
    """The day that labels each line opening with one, by the line's first character."""
    found = doc.user_data.get(_KEY)
    if found is None:
        text = doc_text(doc)
        mentions = {m.start_char: m for m in doc_ext(doc, "dates") or []
                    if m.kind in _KINDS and m.date is not None}
        found = {}
        for line in re.finditer(r"(?m)^", text):
            mention = mentions.get(_LEAD.match(text, line.start()).end())
            if mention is not None and _AFTER.match(text, mention.end_char):
                found[line.start()] = mention
        doc.user_data[_KEY] = found
    return found
