"""`find_dates`: every finder run over the report, then the longest of overlapping
phrases kept."""

from __future__ import annotations

import datetime as dt

from eventdesk.components.dates.from_today import add_day_words, add_weeks
from eventdesk.components.dates.mentions import Collector, DateMention
from eventdesk.components.dates.named import (
    add_datelines,
    add_day_months,
    add_holidays,
    add_months,
    filed_on,
)
from eventdesk.components.dates.offsets import add_relatives
from eventdesk.components.dates.weekdays import add_weekdays
from eventdesk.extensions import doc_text


def _settle(found: list[DateMention]) -> list[DateMention]:
    """Keep the longest of overlapping candidates, then text order."""
    kept: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(found, key=lambda x: (-(x.end_char - x.start_char), x.start_char)):
        if any(mention.start_char < end and start < mention.end_char for start, end in taken):
            continue
        kept.append(mention)
        taken.append((mention.start_char, mention.end_char))
    return sorted(kept, key=lambda x: x.start_char)


def find_dates(doc, published: dt.date | None) -> list[DateMention]:
    """All date phrases of a report (a spaCy Doc or its text), resolved against `published`."""
    text = doc if isinstance(doc, str) else doc_text(doc)
    if isinstance(published, dt.datetime):
        published = published.date()  # a datetime does not compare with a date
    c = Collector(text, published)
    add_datelines(c)
    told = filed_on(c)
    if told is not None and published is not None and 0 < (published - told).days <= 3:
        # copy filed under a dateline before its publication ("PAUK, 8 Oct — ... today",
        # printed on the 9th) counts "today", "last night" and weekdays from the dateline
        c.published = told
    add_day_months(c)
    add_holidays(c)
    add_months(c)
    add_weekdays(c)
    add_day_words(c)
    add_weeks(c)
    add_relatives(c)
    return _settle(c.found)
