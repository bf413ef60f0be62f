"""Date phrases in a report, resolved against its publication date.

Phrases are found with regular expressions over the text (fast, and never mistakes
"$15" for a date); simple phrases are resolved with calendar arithmetic, and
only the odd numeric forms ("16/01/2016") are handed to dateparser, one phrase at
a time, cached.

Conventions (GUIDELINES.md time_precision):

* precision 1: the day is stated or derivable ("on Friday", "yesterday", "16 January");
* precision 2: within about a week ("last week", "earlier this week", "in recent days",
  "16-20 January"); the date is the middle of the span;
* precision 3: a month or longer ("in March", "last month"); the date is the 15th
  (the 5th for "early", the 25th for "late"/"end of"), never after publication.

Kinds: "day", "week", "month" are event dates; "dateline" is the publication date given
by a wire dateline; "background" is a span the report uses for context ("since 2011",
"for months", "since Sunday"); "relative" is an offset from the previously mentioned
date ("a day earlier", "the following day", "hours later"): `date` is None and
`offset_days` tells the caller how far to move from the anchor it chooses (the date of
the event mentioned before). Joining two events, "after"/"before" date the second from the
first: in "A, a day after B", B is A - 1; in "A, a day before B", B is A + 1. Used as
adverbs ("Two days after, ...", "the day before.") they move like "later"/"earlier".

Without a publication date, phrases that need one ("on Friday", "July 1") get date None.

Modules, each importing only those before it in ORDER: days (month and weekday names,
small counts, calendar arithmetic), published (the publication date read and checked),
mentions (`DateMention` and the collector the finders fill), named (datelines, days,
months and years named), weekdays (weekdays, nights, spans of weekdays), from_today
("yesterday", "three days ago", "last week", background spans), offsets ("a day earlier"),
finding (`find_dates`), month_may ("8 May" that the tagger took for the modal,
retagged). Count words are read by `components.raw_text`, as the death counts read them.
"""

from eventdesk.components.dates.finding import find_dates
from eventdesk.components.dates.mentions import DateMention
from eventdesk.components.dates.published import parse_published, published_problem

ORDER = ("days", "published", "mentions", "named", "weekdays", "from_today", "offsets",
         "finding", "month_may")

__all__ = ["ORDER", "DateMention", "find_dates", "parse_published", "published_problem"]
