"""A sentence that tells history names no scene for the news after it (issue 8).

Long-form reports set their new events inside background: "For years, as the rebels
tightened their hold on Ayora, families moved to Belcosta", "the offensive extends a
campaign that began with the attacks on Tarvo and Lune last year". The towns of such a
sentence are where the past happened; the next sentence's deed that names no place of its
own ("On Wednesday, thousands marched on the ministry") is not at them. A sentence tells
history when every date it names is old news (`happened.news_age.is_old_news`: over the
age the modality table allows) and none is a recent day; a sentence that placed an event
of its own is left to the coder's own readings.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.happened.news_age import is_old_news
from eventdesk.extensions import doc_ext


def tells_history(doc: Doc, sent: Span) -> bool:
    """The sentence names dates, all of them older than news ("last year", "in 2019",
    "since 2015"): its places are the backdrop's, not the scene the report is at."""
    dates = [d for d in doc_ext(doc, "dates") or []
             if sent.start_char <= d.start_char < sent.end_char]
    return bool(dates) and all(d.date is not None and is_old_news(doc, d.date, d.precision)
                               for d in dates)
