"""Date phrases in a report, resolved against its publication date.

Phrases are found with regular expressions over the text (fast, and never mistakes
"$15" for a date); simple phrases are resolved here with calendar arithmetic, and
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
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from eventdesk.errors import UsageError
from eventdesk.extensions import doc_text

__all__ = ["DateMention", "find_dates", "parse_published", "published_problem"]

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


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date phrase, its span in the text and what it resolves to."""

    start_char: int
    end_char: int
    text: str
    date: dt.date | None
    precision: int
    kind: str
    offset_days: int | None = None


_MONTH_NUMBERS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3, "few": 3,
}

# Month names are matched capitalised only: "may" and "march" are common lowercase words.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?"
    r"|Nov\.?|Dec\.?)(?![a-z])"
)
# After a day's number "Mar" needs no full stop: "3 Mar – Banadir:" opens a digest's line.
_MONTH_AFTER_DAY = _MONTH.replace(r"Mar\.", r"Mar\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_COUNT = (
    r"(?:a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d{1,2})"
)
_APPROX = r"(?:(?:about|around|some|nearly|almost|roughly|just|only|barely|more than)\s+)?"

_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<all>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?"
    r",\s+(?:(?P<m1>" + _MONTH + r")\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH
    + r"))(?:,?\s+(?P<y>" + _YEAR + r"))?\s*(?:\([^()\n]{1,60}\))?\s*[-–—:])"
)
_DAY_MONTH = re.compile(
    r"\b(?:(?P<on>(?i:on|since|until|till|by|from))\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:(?:" + _DASH + r"|\s+(?:to|and)\s+)(?:the\s+)?(?P<d_end>\d{1,2})(?:st|nd|rd|th)?)?"
    r"\s+(?:of\s+)?(?P<m>" + _MONTH_AFTER_DAY + r")(?:,?\s+(?P<y>" + _YEAR + r"))?\b"
)
_MONTH_DAY = re.compile(
    r"\b(?:(?P<on>(?i:on|since|until|till|by|from))\s+)?(?P<m>" + _MONTH + r")\s+(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?(?!\d)(?:" + _DASH + r"(?P<d_end>\d{1,2})(?!\d))?"
    r"(?:,?\s+(?P<y>" + _YEAR + r")|\s+(?P<last_year>last\s+year))?\b"
)
_ISO_DATE = re.compile(r"(?<![\d-])(?P<y>" + _YEAR + r")-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])")
_NUMERIC_DATE = re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d(?![\d/]|\.\d)")
_MONTH_ALONE = re.compile(
    r"\b(?:(?P<prep>(?i:in|during|since|until|till|by|from|throughout|of|last|this|next"
    r"|before|after|early|late|mid|end))[-\s]+)?(?P<part>(?:the\s+)?(?:(?:early|late|mid)[-\s]|"
    r"(?:end|beginning|start|middle)\s+of\s+))?(?P<m>" + _MONTH + r")"
    # never the month of a day ("on the morning of April 19" is that day)
    r"(?!\s+\d{1,2}(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>" + _YEAR + r"))?\b"
)
_YEAR_SPAN = re.compile(
    r"\b(?P<prep>(?i:in|since|until|till|by|from|during|before|after|of|between|at"
    r"|throughout))"
    r"\s+(?:(?:early|mid|late)[-\s]|the\s+(?:end|beginning|start|middle|spring|summer|autumn"
    r"|fall|winter|course)\s+of\s+)?(?P<y>" + _YEAR + r")(?!\d|,\d)(?:(?:\s*(?:and|to|[-–])\s*)"
    r"(?P<y_end>" + _YEAR + r"))?\b(?!\s+(?:people|persons|civilians|dollars|euros|pounds|troops"
    r"|soldiers|fighters|men|women|children|homes|houses|families|refugees|km|kilomet|metres"
    r"|meters|tonnes|tons|miles))"
)
# "the 2016 peace agreement", "the 2011 uprising": a year naming an earlier event
_YEAR_NAMING = re.compile(r"\b(?i:the)\s+(?P<y>" + _YEAR + r")(?=\s+[a-z])")
_WEEKDAY_PHRASE = re.compile(
    r"\b(?:(?P<adv>(?i:late|early|later|earlier))\s+(?:on\s+)?)?"
    r"(?:(?P<lead>(?i:on|last|this|next|since|by|until|till|from|overnight(?:\s+on)?"
    r"|(?:on|during)\s+the"
    r"\s+night\s+of|in\s+the\s+(?:early\s+)?(?:hours|morning|afternoon|evening)\s+of))\s+)?"
    r"(?P<wd>" + _WEEKDAY + r")(?:['’]s)?(?:\s+" + _PART_OF_DAY + r")?\b"
    # "on Monday last week", "on Tuesday of last week": that day of the week before
    r"(?P<last_week>,?\s+(?i:of\s+)?(?i:last|the\s+previous)\s+week\b)?"
)
# "overnight Friday into Saturday", "on the night of Friday to Saturday", "Friday night into
# Saturday": a night is dated by the day it runs into
_NIGHT_INTO = re.compile(
    r"\b(?:(?i:overnight|(?:on|during)\s+the\s+night\s+of)\s+)?(?:(?i:on|late\s+on)\s+)?"
    r"(?P<a>" + _WEEKDAY + r")(?:\s+night)?\s+(?i:into|to)\s+(?P<z>" + _WEEKDAY + r")"
    r"(?:\s+morning)?\b"
)
_NIGHT_OF = re.compile(r"(?i:night\s+of)\s+(?:the\s+)?$")
# "between Thursday and Saturday", "from Monday to Wednesday", "Friday through Sunday":
# a span of days, coded at its middle day (GUIDELINES, Dates)
_WEEKDAY_SPAN = re.compile(
    r"\b(?:(?i:between)\s+(?P<a>" + _WEEKDAY + r")\s+and"
    r"|(?:(?i:from)\s+)?(?P<b>" + _WEEKDAY + r")\s+(?:to|until|till|through))"
    r"\s+(?P<z>" + _WEEKDAY + r")\b"
)
_DAY_WORDS = re.compile(
    r"\b(?:(?P<today>(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<yesterday>(?:(?:late|early)\s+)?yesterday(?:\s+" + _PART_OF_DAY + r")?|last\s+night)"
    r"|(?P<before_yesterday>the\s+day\s+before\s+yesterday)"
    r"|(?P<overnight>overnight)"
    r"|(?P<past24>(?:in|over|during)\s+the\s+(?:past|last)\s+24\s+hours))\b",
)
_AGO = re.compile(
    r"\b" + _APPROX + r"(?P<n>" + _COUNT + r")\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
)
_WEEK_WORDS = re.compile(
    r"\b(?:(?P<last_week>last\s+week|the\s+previous\s+week)"
    r"|(?P<earlier_week>earlier\s+(?:this|in\s+the)\s+week)"
    r"|(?P<this_week>this\s+week)"
    r"|(?P<recent_days>(?:in|over|during)\s+(?:recent\s+days|the\s+(?:past|last)\s+(?:few|several"
    r"|couple\s+of)\s+days|the\s+past\s+week|the\s+last\s+week))"
    r"|(?P<weekend>(?:over|at|during)\s+the\s+weekend|(?:this|last)\s+weekend)"
    r"|(?P<recent_weeks>(?:in|over|during)\s+(?:recent\s+weeks|the\s+(?:past|last)\s+(?:few|two"
    r"|couple\s+of)\s+weeks))"
    r"|(?P<last_month>last\s+month|the\s+previous\s+month)"
    r"|(?P<this_month>(?:earlier\s+)?this\s+month))\b",
)
_BACKGROUND_WORDS = re.compile(
    r"\b(?:(?:for|over)\s+(?:the\s+(?:past|last)\s+(?:few\s+|several\s+|\w+\s+)?)?(?:days|weeks"
    r"|months|years|decades)|(?:in|over)\s+recent\s+(?:months|years)|over\s+the\s+years"
    r"|(?:earlier\s+)?this\s+year|last\s+year|the\s+previous\s+year)\b",
)
_RELATIVE = re.compile(
    r"\b(?:" + _APPROX + r"(?P<n>" + _COUNT + r")\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later"
    r"|before|after|afterwards|previously|prior)"
    r"|(?P<bare>days|weeks)\s+(?P<bare_dir>earlier|later|before|after|afterwards)"
    r"|the\s+(?P<rel>previous|following|next|same)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+(?P<day_dir>before|after)(?!\s+yesterday)"
    r"|(?:on\s+)?the\s+same\s+day|(?:earlier|later)\s+that\s+(?:day|night|morning|afternoon"
    r"|evening)|that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)"
    r"|(?:hours|minutes|moments)\s+(?:earlier|later|before|after|afterwards)"
    r"|shortly\s+(?:afterwards|after|before|thereafter)|soon\s+(?:afterwards|after)"
    r"|the\s+previous\s+24\s+hours)\b",
)


def _number(word: str) -> int:
    """Value of a small count word or digits ("a", "two", "12")."""
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _SMALL_NUMBERS[word]


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_without_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """The most recent such day not after publication (None without a publication date)."""
    if published is None:
        return None
    for year in (published.year, published.year - 1, published.year - 4):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= published:
            return candidate
    return None


def _month_date(month: int, year: int | None, published: dt.date | None, day: int) -> (
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


def _weekday_date(weekday: int, published: dt.date | None, *, lead: str) -> dt.date | None:
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


def _precision_for_days(days: int) -> tuple[str, int]:
    if days <= 1:
        return "day", 1
    if days <= 10:
        return "week", 2
    return "month", 3


@functools.lru_cache(maxsize=4096)
def _dateparse(phrase: str, base: dt.date | None) -> dt.date | None:
    """dateparser on one phrase only, past-preferring, cached per (phrase, base)."""
    import dateparser  # imported lazily: it is slow to import and rarely needed

    # Day-first: most conflict reporting outside the US writes 05/06/2014 for 5 June.
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time())
    parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


# Cheap triggers: the full patterns only run in windows around these, which keeps a
# 400-word report well under a millisecond. The word patterns run on the lowercased text.
_TRIGGERS = {
    "words": re.compile(
        r"\b(?:ago|days?|weeks?|weekend|months?|years?|decades|today|tonight|yesterday"
        r"|overnight|night|morning|afternoon|evening|hours|minutes|moments|shortly|soon)\b"),
    "months": re.compile(
        r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])"),
    "weekdays": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "years": re.compile(r"[12][09]\d\d"),
}
_BEFORE, _AFTER = 50, 30


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


class _Collector:
    """Gathers candidate mentions; overlaps are settled afterwards (longest wins)."""

    def __init__(self, text: str, published: dt.date | None):
        self.text = text
        self.lowered = _lower_same_length(text)
        self.published = published
        self.found: list[DateMention] = []
        self._windows: dict[str, list[tuple[int, int]]] = {}

    def windows(self, group: str) -> list[tuple[int, int]]:
        """Merged (start, end) windows around the group's trigger words."""
        if group not in self._windows:
            source = self.lowered if group == "words" else self.text
            merged: list[tuple[int, int]] = []
            size = len(source)
            for m in _TRIGGERS[group].finditer(source):
                start, end = max(0, m.start() - _BEFORE), min(size, m.end() + _AFTER)
                while end < size and source[end].isalnum():
                    end += 1  # never cut a word: a cut would fake a word boundary
                if merged and start <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                else:
                    merged.append((start, end))
            self._windows[group] = merged
        return self._windows[group]

    def scan(self, regex: re.Pattern, group: str):
        """Matches of `regex` inside the group's windows, each once."""
        source = self.lowered if group == "words" else self.text
        seen: set[tuple[int, int]] = set()
        for start, end in self.windows(group):
            for m in regex.finditer(source, start, end):
                if m.span() not in seen:
                    seen.add(m.span())
                    yield m

    def add(self, start: int, end: int, date: dt.date | None, precision: int, kind: str,
            *, offset_days: int | None = None) -> None:
        self.found.append(DateMention(start, end, self.text[start:end], date, precision, kind,
                                      offset_days))

    def shifted(self, days: int) -> dt.date | None:
        return None if self.published is None else self.published + dt.timedelta(days=days)


def _add_datelines(c: _Collector) -> None:
    head = c.text[:400]
    for m in _DATELINE.finditer(head):  # only the head of a report carries a dateline
        month = _month_number(m["m1"] or m["m2"])
        day = int(m["d1"] or m["d2"])
        if m["y"]:
            date = _safe_date(int(m["y"]), month, day)
        else:
            date = _day_without_year(month, day, c.published)
            # A dateline never runs ahead of its report; tolerate a one-day clock skew.
            if c.published is not None and date is None:
                date = _safe_date(c.published.year, month, day)
        c.add(m.start("all"), m.end("all"), date, 1, "dateline")


def _add_day_months(c: _Collector) -> None:
    for regex in (_DAY_MONTH, _MONTH_DAY):
        for m in c.scan(regex, "months"):
            month = _month_number(m["m"])
            first = int(m["d"])
            last = int(m["d_end"]) if m["d_end"] else first
            if not 1 <= first <= 31 or not first <= last <= 31:
                continue
            year = int(m["y"]) if m["y"] else None
            if m.groupdict().get("last_year") and c.published is not None:
                year = c.published.year - 1  # "October 7 last year"
            if year is not None:
                start_date = _safe_date(year, month, first)
                end_date = _safe_date(year, month, last)
            else:
                start_date = _day_without_year(month, first, c.published)
                end_date = (start_date.replace(day=last)
                            if start_date is not None and _safe_date(
                                start_date.year, month, last) else None)
            if _safe_date(year or 2000, month, first) is None or start_date is None and (
                    year is not None or c.published is not None):
                continue  # an impossible day such as "30 February": not a date
            span = last - first
            kind, precision = _precision_for_days(span + 1)
            date = start_date
            if start_date is not None and end_date is not None and span:
                date = start_date + dt.timedelta(days=span // 2)
            if m["on"] and m["on"].lower() != "on":
                kind, precision = "background", max(precision, 2)
            elif span == 1 and end_date is not None and _NIGHT_OF.search(
                    c.text[max(0, m.start() - 20):m.start()]):
                date, precision, kind = end_date, 1, "day"  # "the night of 26 to 27 August"
            c.add(m.start(), m.end(), date, precision, kind)
    for m in c.scan(_ISO_DATE, "years"):
        date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if date is not None:
            c.add(m.start(), m.end(), date, 1, "day")
    for m in c.scan(_NUMERIC_DATE, "years"):
        date = _dateparse(m.group(), c.published)
        if date is not None:
            c.add(m.start(), m.end(), date, 1, "day")


def _add_months(c: _Collector) -> None:
    for m in c.scan(_MONTH_ALONE, "months"):
        prep = (m["prep"] or "").lower()
        part = (m["part"] or "").lower()
        if not (prep or part or m["y"]):
            continue  # a bare capitalised "May"/"March" is too often not a month
        month = _month_number(m["m"])
        year = int(m["y"]) if m["y"] else None
        day = 15
        if prep == "early" or "early" in part or "beginning" in part or "start" in part:
            day = 5
        elif prep in ("late", "end") or "late" in part or "end" in part:
            day = 25
        if year is None and c.published is not None and prep == "next":
            year = c.published.year + (month <= c.published.month)
        elif year is None and c.published is not None and prep == "last":
            year = c.published.year - (month >= c.published.month)
        date = _month_date(month, year, c.published, day)
        kind = "background" if prep in ("since", "until", "till", "by", "from",
                                        "throughout") else "month"
        c.add(m.start(), m.end(), date, 3, kind)
    for m in c.scan(_YEAR_SPAN, "years"):
        year = int(m["y"])
        c.add(m.start(), m.end(), dt.date(year, 1, 1), 3, "background")
    for m in c.scan(_YEAR_NAMING, "years"):
        year = int(m["y"])
        if c.published is None or year < c.published.year:
            c.add(m.start(), m.end(), dt.date(year, 1, 1), 3, "background")


def _add_weekdays(c: _Collector) -> None:
    for m in c.scan(_NIGHT_INTO, "weekdays"):
        a, z = _WEEKDAYS[m["a"].lower()], _WEEKDAYS[m["z"].lower()]
        if (z - a) % 7 == 1 and _is_a_night(m):
            c.add(m.start(), m.end(), _weekday_date(z, c.published, lead=""), 1, "day")
    for m in c.scan(_WEEKDAY_SPAN, "weekdays"):
        last = _weekday_date(_WEEKDAYS[m["z"].lower()], c.published, lead="")
        days = (_WEEKDAYS[m["z"].lower()] - _WEEKDAYS[(m["a"] or m["b"]).lower()]) % 7
        if last is not None and days:
            kind, precision = _precision_for_days(days + 1)
            c.add(m.start(), m.end(), last - dt.timedelta(days=days - days // 2), precision,
                  kind)
    for m in c.scan(_WEEKDAY_PHRASE, "weekdays"):
        lead = " ".join((m["lead"] or "").lower().split())
        date = _weekday_date(_WEEKDAYS[m["wd"].lower()], c.published, lead=lead)
        if m["last_week"] and c.published is not None and lead not in ("next", "this"):
            monday = c.published - dt.timedelta(days=c.published.weekday() + 7)
            date = monday + dt.timedelta(days=_WEEKDAYS[m["wd"].lower()])
        if lead in ("since", "by", "until", "till", "from"):
            c.add(m.start(), m.end(), date, 2, "background")
        else:
            c.add(m.start(), m.end(), date, 1, "day")


def _is_a_night(m: re.Match) -> bool:
    """"overnight Friday into Saturday", "the night of Friday to Saturday", "Friday night
    into Saturday" tell one night; "from Friday to Saturday" two days."""
    phrase = m.group().lower()
    return "night" in phrase or " into " in phrase


def _add_day_words(c: _Collector) -> None:
    for m in c.scan(_DAY_WORDS, "words"):
        if m["today"] or m["past24"] or m["overnight"]:
            days = 0  # "overnight": the night that ran into the day of the report
        elif m["before_yesterday"]:
            days = -2
        else:
            days = -1
        c.add(m.start(), m.end(), c.shifted(days), 1, "day")
    for m in c.scan(_AGO, "words"):
        n = _number(m["n"])
        unit = m["unit"].lower().rstrip("s")
        vague = m["n"].lower() in ("a few", "several", "few", "a couple of")
        if unit == "day":
            kind, precision = ("week", 2) if vague or n > 2 else ("day", 1)
            c.add(m.start(), m.end(), c.shifted(-n), precision, kind)
        elif unit == "week":
            kind, precision = ("week", 2) if n <= 1 else ("month", 3)
            c.add(m.start(), m.end(), c.shifted(-7 * n), precision, kind)
        elif unit == "month" and n <= 2:
            c.add(m.start(), m.end(), c.shifted(-30 * n), 3, "month")
        else:
            c.add(m.start(), m.end(), c.shifted(-(365 if unit == "year" else 30) * n), 3,
                  "background")


def _add_weeks(c: _Collector) -> None:
    for m in c.scan(_WEEK_WORDS, "words"):
        pub = c.published
        if m["last_week"]:
            c.add(m.start(), m.end(), c.shifted(-7), 2, "week")
        elif m["earlier_week"]:
            back = 1 if pub is None else max(1, min(3, pub.weekday()))
            c.add(m.start(), m.end(), c.shifted(-back), 2, "week")
        elif m["this_week"]:
            c.add(m.start(), m.end(), pub, 2, "week")
        elif m["recent_days"]:
            c.add(m.start(), m.end(), c.shifted(-3), 2, "week")
        elif m["weekend"]:
            back = None if pub is None else (pub.weekday() - 5) % 7
            if back is not None and m.group().lower().startswith("last") and back < 2:
                back += 7
            c.add(m.start(), m.end(), None if back is None else c.shifted(-back), 2, "week")
        elif m["recent_weeks"]:
            c.add(m.start(), m.end(), c.shifted(-14), 3, "month")
        elif m["last_month"]:
            date = None
            if pub is not None:
                year, month = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                date = dt.date(year, month, 15)
            c.add(m.start(), m.end(), date, 3, "month")
        elif m["this_month"]:
            date = None if pub is None else min(pub, pub.replace(day=15))
            c.add(m.start(), m.end(), date, 3, "month")
    for m in c.scan(_BACKGROUND_WORDS, "words"):
        date = None
        if c.published is not None and m.group().endswith("this year"):
            date = dt.date(c.published.year, 1, 1)
        elif c.published is not None and m.group().endswith(("last year", "previous year")):
            date = dt.date(c.published.year - 1, 1, 1)
        c.add(m.start(), m.end(), date, 3, "background")


def _direction(word: str, adverbial: bool) -> int:
    """+1 when the phrase moves forward from its anchor, -1 when backward.

    "later"/"afterwards" move forward, "earlier"/"previously" backward. "after"/"before"
    depend on use: as an adverb ("two days after, ...") they move like "later"/"earlier";
    joining two events ("A, a day after B") they date B from A, so "after" goes back.
    """
    word = word.lower()
    if word in ("later", "afterwards"):
        return 1
    if word in ("earlier", "previously", "prior"):
        return -1
    if word == "after":
        return 1 if adverbial else -1
    return -1 if adverbial else 1  # "before"


def _add_relatives(c: _Collector) -> None:
    for m in c.scan(_RELATIVE, "words"):
        precision = 1
        rest = c.text[m.end():m.end() + 3].lstrip()
        adverbial = not rest or rest[0] in ",.;:)—–"
        if m["n"]:
            n = _number(m["n"]) * (7 if m["unit"].lower().startswith("week") else 1)
            offset = _direction(m["dir"], adverbial) * n
            if m["n"].lower() in ("a few", "several", "few", "a couple of") or n > 2:
                precision = 2 if n <= 10 else 3
        elif m["bare"]:
            week = m["bare"].lower() == "weeks"
            offset = _direction(m["bare_dir"], adverbial) * (14 if week else 3)
            precision = 3 if week else 2
        elif m["rel"]:
            offset = {"previous": -1, "following": 1, "next": 1, "same": 0}[m["rel"].lower()]
        elif m["day_dir"]:
            offset = _direction(m["day_dir"], adverbial)
        else:
            offset = 0
        c.add(m.start(), m.end(), None, precision, "relative", offset_days=offset)


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
    c = _Collector(text, published)
    _add_datelines(c)
    _add_day_months(c)
    _add_months(c)
    _add_weekdays(c)
    _add_day_words(c)
    _add_weeks(c)
    _add_relatives(c)
    return _settle(c.found)


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
        date = _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
        if date is None:
            raise UsageError(f"the publication date {value!r} does not exist in the calendar")
        if iso["time"] and not _is_clock_time(iso["time"], iso["zone"]):
            raise UsageError(f"the publication date {value!r} has a time of day that does "
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
    if re.search(r"\d{4}", cleaned) and re.search(r"[A-Za-z]{3}", cleaned):
        parts = re.fullmatch(r"(?:(\d{1,2})\s+([A-Za-z]+)|([A-Za-z]+)\s+(\d{1,2}),?)\s+(\d{4})",
                             cleaned)
        if parts and (parts[2] or parts[3]).lower().rstrip(".") in _MONTH_NUMBERS:
            raise UsageError(f"the publication date {value!r} does not exist in the calendar")
    raise UsageError(
        f"cannot read the publication date {value!r}; use an ISO date such as 2013-07-06 "
        "or a form such as '6 July 2013'"
    )


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
    return _safe_date(int(year[1]), date.month, date.day)


def _in_range(date: dt.date) -> dt.date:
    problem = published_problem(date)
    if problem:
        raise UsageError(problem)
    return date
