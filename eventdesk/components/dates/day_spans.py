"""A span whose two ends each name their month: "between Dec. 6 and Dec. 11", "between
28 February and 3 March".

`named.add_day_months` reads "between August 25 and 31" as one span, but with the month told
again at the end it finds two days, and an event told for the span becomes two events, one
at each end. Reports that tally a killing spree or a siege after the fact write spans this
way ("at least 207 people were killed between Dec. 6 and Dec. 11"); the guidelines date
such an event by the span's middle day (GUIDELINES "Dates")."""

from __future__ import annotations

import datetime as dt
import re

from eventdesk.components.dates.days import (
    day_without_year,
    month_number,
    precision_for_days,
    safe_date,
)
from eventdesk.components.dates.mentions import Collector
from eventdesk.components.dates.named import _MONTH, _MONTH_AFTER_DAY, _YEAR

# One end: "Dec. 6" or "6 December"
_END = (r"(?:(?P<m{n}>" + _MONTH + r")\s+(?P<d{n}>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
        r"|(?:the\s+)?(?P<dd{n}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mm{n}>"
        + _MONTH_AFTER_DAY + r"))")
_SPAN = re.compile(r"\b(?i:between)\s+" + _END.format(n=1) + r"(?:,?\s+(?P<y1>" + _YEAR
                   + r"))?\s+and\s+" + _END.format(n=2) + r"(?:,?\s+(?P<y>" + _YEAR + r"))?\b")
# The longest span read as one incident's days; longer is a period, not a telling's span.
MAX_DAYS = 31


def _end(m: re.Match, n: int) -> tuple[int, int]:
    """The month and day of one end."""
    if m[f"m{n}"]:
        return month_number(m[f"m{n}"]), int(m[f"d{n}"])
    return month_number(m[f"mm{n}"]), int(m[f"dd{n}"])


def add_day_spans(c: Collector) -> None:
    """"between Dec. 6 and Dec. 11": one span, dated by its middle day."""
    for m in c.scan(_SPAN, "months"):
        (month1, day1), (month2, day2) = _end(m, 1), _end(m, 2)
        year = int(m["y"]) if m["y"] else None
        if year is not None:
            last = safe_date(year, month2, day2)
            first = safe_date(int(m["y1"]) if m["y1"] else (
                year if month1 <= month2 else year - 1), month1, day1)
        else:
            last = day_without_year(month2, day2, c.published)
            first = None if last is None else safe_date(
                last.year if month1 <= month2 else last.year - 1, month1, day1)
        if first is None or last is None or not 0 < (last - first).days < MAX_DAYS:
            continue
        days = (last - first).days
        kind, precision = precision_for_days(days + 1)
        c.add(m.start(), m.end(), first + dt.timedelta(days=days // 2), precision, kind)
