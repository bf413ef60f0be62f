"""The publication date every date phrase is resolved against: read from what a user or
a feed gives ("2013-07-06", "6 July 2013", an RSS pubDate), and refused outside the
plausible range with a message naming the problem."""

from __future__ import annotations

import datetime as dt
import re
from calendar import month_name

from eventdesk.components.dates.days import MONTH_NUMBERS, safe_date
from eventdesk.errors import UsageError

# Publication dates outside this range are typos or placeholders ("0001-01-01"), and date
# arithmetic on them overflows: 1 January 1900 to a year after today.
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
LATEST_PUBLISHED_AHEAD = dt.timedelta(days=366)


def published_problem(date: dt.date) -> str | None:
    """Why `date` cannot be a publication date (outside the documented range), else None."""
    latest = dt.date.today() + LATEST_PUBLISHED_AHEAD
    if EARLIEST_PUBLISHED <= date <= latest:
        return None
    return (f"the publication date {date.isoformat()} is outside "
            f"{EARLIEST_PUBLISHED.isoformat()} .. {latest.isoformat()}")


_PUBLISHED_FORMATS = (
    "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
    "%d %B, %Y", "%Y/%m/%d", "%d.%m.%Y", "%A, %d %B %Y", "%A, %B %d, %Y", "%a, %d %b %Y",
)


def parse_published(value: str) -> dt.date:
    """A publication date from ISO dates/datetimes or common written forms; UsageError if not."""
    raw = " ".join(str(value).split())
    if not raw:
        raise UsageError("the publication date is empty; give a date such as 2013-07-06")
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})"
                       r"(?:[T ](?P<time>[0-9:.,]+)(?P<zone>Z|[+-]\d\d:?\d\d)?)?", raw)
    if iso:
        date = safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
        if date is None:
            raise UsageError(f"the publication date {_quoted(value)} does not exist in the "
                             "calendar")
        if iso["time"] and not _is_clock_time(iso["time"], iso["zone"]):
            raise UsageError(f"the publication date {_quoted(value)} has a time of day that does "
                             "not exist; use an ISO date such as 2013-07-06 or a datetime "
                             "such as 2013-07-06T10:22:00Z")
        return _in_range(date)
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", raw).replace("Sept ", "Sep ")
    cleaned = re.sub(r"\b([A-Za-z]{3,9})\.", r"\1", cleaned)
    for fmt in _PUBLISHED_FORMATS:
        try:
            date = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        return _in_range(date)
    rfc2822 = _rfc2822_date(raw)
    if rfc2822 is not None:
        return _in_range(rfc2822)
    slashed = _slashed_date(value, raw)
    if slashed is not None:
        return _in_range(slashed)
    if re.search(r"\d{4}", cleaned) and re.search(r"[A-Za-z]{3}", cleaned):
        parts = re.fullmatch(r"(?:(\d{1,2})\s+([A-Za-z]+)|([A-Za-z]+)\s+(\d{1,2}),?)\s+(\d{4})",
                             cleaned)
        if parts and (parts[2] or parts[3]).lower().rstrip(".") in MONTH_NUMBERS:
            raise UsageError(f"the publication date {_quoted(value)} does not exist in the "
                             "calendar")
    raise UsageError(
        f"cannot read the publication date {_quoted(value)}; use an ISO date such as 2013-07-06 "
        "or a form such as '6 July 2013'"
    )


# "22/01/2015" or "1/22/2015 14:30", as spreadsheets and monitoring tools export dates
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"
                      r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?")


def _slashed_date(value, raw: str) -> dt.date | None:
    """A day/month/year date whose order the numbers settle (22/01/2015: no month 22; or
    the same either way, 05/05/2015); UsageError when they do not (06/07/2013 is 6 July in
    Europe, 7 June in the US), None when `raw` is no such date."""
    found = _SLASHED.fullmatch(raw)
    if not found:
        return None
    first, second, year = (int(g) for g in found.groups())
    if first > 12 >= second or first == second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        raise UsageError(f"the publication date {_quoted(value)} is ambiguous ({first} "
                         f"{month_name[second]} or {second} {month_name[first]}?); write it as "
                         "2013-07-06")
    date = safe_date(year, month, day)
    if date is None:
        raise UsageError(f"the publication date {_quoted(value)} does not exist in the "
                         "calendar")
    return date


def _quoted(value, width: int = 60) -> str:
    """`value` quoted for a message, cut to `width` characters: a 100,000-character field
    of a JSON record was echoed whole, a message of 100 kB per record."""
    text = str(value)
    if len(text) <= width:
        return repr(text)
    return f"{text[:width]!r}… ({len(text):,} characters)"


_CLOCK = re.compile(r"(\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,]\d+)?)?)?")


def _is_clock_time(time: str, zone: str | None) -> bool:
    """Whether an ISO datetime's time ("10:22", "10:22:00.5", "1022") and zone ("Z",
    "+02:00") can be read off a clock: hours to 23 (24:00 for midnight), minutes to 59,
    seconds to 60 (a leap second)."""
    clock = _CLOCK.fullmatch(time)
    if not clock:
        return False
    hour, minute, second = (int(part or 0) for part in clock.groups())
    if minute > 59 or second > 60 or hour > 24 or hour == 24 and (minute or second):
        return False
    offset = re.fullmatch(r"[+-](\d\d):?(\d\d)", zone or "")
    return not offset or int(offset[1]) <= 23 and int(offset[2]) <= 59


def _rfc2822_date(raw: str) -> dt.date | None:
    """The day of an RSS pubDate or e-mail Date ("Sat, 06 Jul 2013 10:22:00 GMT"), as
    published (in its own time zone), else None."""
    import email.utils

    year = re.search(r"\b(\d{4})\b", raw)
    if not year or not re.search(r"\d{1,2}:\d\d", raw):
        return None
    try:
        date = email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # The parser reads years below 100 as two-digit ones ("0001" as 2001): keep the written.
    return safe_date(int(year[1]), date.month, date.day)


def _in_range(date: dt.date) -> dt.date:
    """`date`, or a UsageError naming why it cannot be a publication date."""
    problem = published_problem(date)
    if problem:
        raise UsageError(problem)
    return date
