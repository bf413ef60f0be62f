"""Calendar words and arithmetic the date phrases share: month and weekday names, small
counts ("a few days"), and the day a phrase resolves to against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt

from eventdesk.components.raw_text import number_value

MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
# Counts of days or weeks that are no number word: the vague ones are read as a few.
VAGUE_COUNTS = {"a couple of": 2, "a few": 3, "several": 3, "few": 3}
_ARTICLES = {"a": 1, "an": 1}

PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
COUNT = (
    r"(?:a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d{1,2})"
)
APPROX = r"(?:(?:about|around|some|nearly|almost|roughly|just|only|barely|more than)\s+)?"


def count_value(word: str) -> int:
    """Value of a COUNT word ("a", "a few", "two", "12")."""
    word = " ".join(word.lower().split())
    return _ARTICLES.get(word) or VAGUE_COUNTS.get(word) or number_value(word)


def month_number(name: str) -> int:
    """The month a name or abbreviation ("Sept.") stands for."""
    return MONTH_NUMBERS[name.lower().rstrip(".")]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the calendar has no such day ("30 February")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_without_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """The most recent such day not after publication (None without a publication date)."""
    if published is None:
        return None
    for year in (published.year, published.year - 1, published.year - 4):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= published:
            return candidate
    return None


def month_date(month: int, year: int | None, published: dt.date | None, day: int) -> (
        dt.date | None):
    """A representative day of a month: the given day, never after publication."""
    if year is None:
        if published is None:
            return None
        year = published.year if month <= published.month else published.year - 1
    candidate = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    if published is not None and candidate > published and (year, month) == (
            published.year, published.month):
        return published
    return candidate


def weekday_date(weekday: int, published: dt.date | None, *, lead: str) -> dt.date | None:
    """Weekday arithmetic: the most recent such day, today included unless "last"."""
    if published is None:
        return None
    if lead == "next":
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if lead == "last" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def precision_for_days(days: int) -> tuple[str, int]:
    """The kind and time_precision of a span of `days` days."""
    if days <= 1:
        return "day", 1
    if days <= 10:
        return "week", 2
    return "month", 3
