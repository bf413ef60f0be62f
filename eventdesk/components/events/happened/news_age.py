"""The news's age: a deed dated over a month before publication is background, but for
a periodic review's month and the day an investigation's lead documents as its finding.
Split from times.py, whose readers of a sentence's days it uses.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from eventdesk.components.events.happened.table import Modality, modality
from eventdesk.components.events.happened.times import token_at
from eventdesk.components.events.preamble import preamble_end
from eventdesk.extensions import doc_ext, doc_text


def is_old_news(doc: Doc, date: dt.date | None, precision: int | None) -> bool:
    """Events over a month before publication (a week for a month-only date) are
    background ("the ceasefire agreed in Minsk in September"), but for those of the day
    the report's lead tells as its finding (`finding_day`)."""
    published = doc_ext(doc, "published")
    if published is None or date is None:
        return False
    age = (published - date).days
    cues = modality()
    old = age > cues.max_age_days or (precision == 3 and age > cues.month_max_age_days)
    if not old or (date.year, date.month) == month_reviewed(doc):
        return False
    found = finding_day(doc)
    return found is None or abs((date - found).days) > 1


FINDING_KEY = "eventdesk.finding_day"


def finding_day(doc: Doc) -> dt.date | None:
    """"The army executed 223 villagers on February 25, the watchdog said today": an
    investigation's report leads with the old deed it documents, told under a saying of
    this week. That day is the report's news, not background: the deed's own day, when the
    first sentence of the body tells a stated day over a month old hung under a verb of
    saying dated within a week of publication. Computed once per report."""
    if FINDING_KEY not in doc.user_data:
        doc.user_data[FINDING_KEY] = _finding_day(doc)
    return doc.user_data[FINDING_KEY]


def _finding_day(doc: Doc) -> dt.date | None:
    published = doc_ext(doc, "published")
    if published is None or not doc.has_annotation("SENT_START"):
        return None
    start = preamble_end(doc)
    sent = next((s for s in doc.sents if s.end_char > start and s.text.strip()), None)
    if sent is None:
        return None
    cues = modality()
    dates = [d for d in doc_ext(doc, "dates") or []
             if max(start, sent.start_char) <= d.start_char < sent.end_char
             and d.date is not None and d.precision == 1]
    sayings = {v.i for d in dates if 0 <= (published - d.date).days <= 7
               for v in _saying_above(sent, d.start_char, cues)}
    return next((d.date for d in dates if (published - d.date).days > cues.max_age_days
                 and sayings & {v.i for v in _saying_above(sent, d.start_char, cues)}), None)


def _saying_above(sent: Span, char: int, cues: Modality) -> list[Token]:
    """The verbs of saying the token at `char` hangs under."""
    tok = token_at(sent, char)
    return [] if tok is None else [h for h in tok.ancestors
                                   if h.lemma_.lower() in cues.words["speech"]]


# A month named with its year ("October 2023") in a headline.
MONTH_YEAR = re.compile(r"\b(january|february|march|april|may|june|july|august|september"
                        r"|october|november|december)\s+(\d{4})\b", re.IGNORECASE)
MONTH_NUMBERS = {name: n for n, name in enumerate(
    "january february march april may june july august september october november "
    "december".split(), start=1)}


def month_reviewed(doc: Doc) -> tuple[int, int] | None:
    """The month a periodic review covers ("Monthly security review: X region, October
    2023"), named with its year in the headline or the report's first line, when it is
    the month of publication or the one before: its key incidents, told weeks later, are
    the review's news, not background."""
    published = doc_ext(doc, "published")
    first = doc_text(doc)[:200].split("\n", 1)[0]
    found = published and MONTH_YEAR.search(f"{doc_ext(doc, 'title') or ''}\n{first}")
    if not found:
        return None
    year, month = int(found.group(2)), MONTH_NUMBERS[found.group(1).lower()]
    months_before = (published.year - year) * 12 + published.month - month
    return (year, month) if months_before in (0, 1) else None
