"""Dates that name their day, month or year: a wire dateline ("BAGHDAD, July 6 -"),
"16 January", "January 16-20, 2016", "2016-01-16", "16/01/2016", "on Christmas Eve",
"in March", "early 2015", "since 2011", "the 2016 peace agreement"."""

from __future__ import annotations

import datetime as dt
import functools
import re

from eventdesk.components.dates.days import (
    day_without_year,
    month_date,
    month_number,
    precision_for_days,
    safe_date,
)
from eventdesk.components.dates.mentions import Collector

# Month names are matched capitalised only: "may" and "march" are common lowercase words.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?"
    r"|Nov\.?|Dec\.?)(?![a-z])"
)
# After a day's number "Mar" needs no full stop: "3 Mar – Banadir:" opens a digest's line.
_MONTH_AFTER_DAY = _MONTH.replace(r"Mar\.", r"Mar\.?")
_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# The dash after the place on its own line: a heading in capitals over a bulleted line
# ("INCIDENTS\n- 2 March: Gangs stormed ...") is no dateline, the bullet's day the deed's.
_DATELINE_TAIL = (
    r"(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?"
    r"(?:,|[ \t][-–—])\s+(?:(?P<m1>" + _MONTH + r")\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>"
    + _MONTH + r"))(?:,?\s+(?P<y>" + _YEAR + r"))?\s*(?:\([^()\n]{1,60}\))?\s*[-–—:])"
)
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<all>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]{1,40}" + _DATELINE_TAIL)
# The place written as a name ("Imphal, September 8:", "Rawalpindi - August 27, 2024:"):
# read only for the day the copy was filed, not as a mention (its place and day stay the
# body's own words)
_NAMED_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<all>(?!(?:On|In|At|By|Meanwhile|Also|Since|From|Until|And|But|Then)\b)"
    r"[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ.'’\- ]{1,40}|[a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+){0,2})" + _DATELINE_TAIL)
_DAY_MONTH = re.compile(
    r"\b(?:(?P<on>(?i:on|since|until|till|by|from))\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:(?:" + _DASH + r"|\s+(?:to|and)\s+)(?:the\s+)?(?P<d_end>\d{1,2})(?:st|nd|rd|th)?)?"
    r"\s+(?:of\s+)?(?P<m>" + _MONTH_AFTER_DAY + r")(?:,?\s+(?P<y>" + _YEAR + r"))?\b"
)
# "between August 25 and 31": a span of one month's days, US-style, its "and" read only
# after "between" ("on August 25 and 31 people ..." counts people); after "between" the end
# may name its own month ("between Nov. 28 and Dec. 3")
_MONTH_DAY = re.compile(
    r"\b(?:(?P<on>(?i:on|since|until|till|by|from))\s+|(?P<btw>(?i:between))\s+)?"
    r"(?P<m>" + _MONTH + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
    r"(?:(?(btw)(?:" + _DASH + r"|\s+and\s+)(?:(?P<m_end>" + _MONTH + r")\s+)?"
    r"|(?:" + _DASH + r"|\s+(?:to|through)\s+))"
    r"(?P<d_end>\d{1,2})(?:st|nd|rd|th)?(?!\d))?"
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
# A year before 1800 ("captured Gibraltar in 1704", "sacked the city in 1527"), read only
# after a preposition of time and before a pause or a joining word: a bare "in 1500" may
# count things ("in 1500 homes"); 1800 and after are _YEAR_SPAN's.
_OLD_YEAR = re.compile(
    r"\b(?P<prep>(?i:in|since|until|till|during|before|after|between|from))\s+"
    r"(?P<y>1[0-7]\d\d)(?=\s*[,.;:)]|\s*$|\s+(?:and|to|when|while|as|after|before|during"
    r"|until|but|under|against)\b)"
)
# A line of a chronology or a "today in history" list that opens with its year and a dash
# ("1824 - Turkey captures island of Psara", "2014 – Militants seize the city"): that
# year's deed.
_YEAR_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<y>1\d\d\d|20\d\d)[ \t]*[-–—:_][ \t]+(?=[A-Z])")
# A past season ("last winter", "in the summer of 2014"): its middle month, northern
# seasons as most wire copy means them.
SEASON_MONTH = {"winter": 1, "spring": 4, "summer": 7, "autumn": 10, "fall": 10}
_SEASON = re.compile(
    r"\b(?:last\s+(?P<last>winter|spring|summer|autumn|fall)"
    r"|in\s+(?:the\s+)?(?P<named>winter|spring|summer|autumn|fall)\s+(?:of\s+)?"
    r"(?P<y>1[89]\d\d|20\d\d))\b")
# Days before publication within which "last winter" still means the season before this
# one ("last winter" in February is the winter a year ago).
SEASON_SETTLED_DAYS = 60
# "the 2016 peace agreement", "the 2011 uprising": a year naming an earlier event
_YEAR_NAMING = re.compile(r"\b(?i:the)\s+(?P<y>" + _YEAR + r")(?=\s+[a-z])")
# Holidays on a fixed day of the year, which reports date deeds by ("gunmen killed 200
# people on Christmas Eve"): the month and day each names.
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
            "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
            # the days marches and strikes are called for the world over
            "may day": (5, 1), "labour day": (5, 1), "international workers' day": (5, 1),
            "international women's day": (3, 8), "women's day": (3, 8)}
_HOLIDAY = re.compile(
    r"\b(?:(?P<on>(?i:on|since|until|till|by|from))\s+)?(?P<h>Christmas\s+(?:Eve|Day)"
    r"|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|(?<=on\s)Christmas(?!\s+[A-Z])"
    r"|May\s+Day|Labour\s+Day|International\s+Workers['’]\s+Day"
    r"|(?:International\s+)?Women['’]s\s+Day)"
    r"(?:,?\s+(?P<y>" + _YEAR + r"))?\b"
)
# The days around a holiday ("killed in raids over Christmas", "during the New Year
# holiday"): the holiday's day, within about a week. Not a thing named for it ("over
# Christmas decorations").
_HOLIDAY_SPAN = re.compile(
    r"\b(?i:over|during)\s+(?:the\s+)?(?P<h>Christmas|New\s+Year)"
    r"(?:\s+(?:holidays?|period|break|weekend|season)\b|(?=\s*(?:[^\w\s]|$)"
    r"|\s+(?:and|or|in|at|on|when|as|while|after|before|last|this)\b))"
)
_SPAN_HOLIDAYS = {"christmas": (12, 25), "new year": (1, 1)}
_NIGHT_OF = re.compile(r"(?i:night\s+of)\s+(?:the\s+)?$")
# A day and month naming a scheduled event ("the March 14 council vote", "the June 30
# deadline", "ahead of tomorrow's May 2 General Elections"): the date of the thing named,
# not of the clause's deed. When that day is still to come this year (tomorrow or later),
# the most recent such day (a year ago) is no date of the report at all: the mention is
# left out, so the deed keeps its own day ("were killed on Monday as rival camps fought over
# seats in the March 14 council vote") instead of reading as last year's news.
_SCHEDULED_AFTER = re.compile(
    r"(?i)\s+(?:[a-z][\w'-]*\s+){0,2}(?:polls?|elections?|vote|votes|voting|referendum"
    r"|run-?off|ballot|deadline|summit|hearing|inauguration|census|swearing-in)\b")
SCHEDULED_AHEAD_DAYS = 183


def _names_a_coming_event(c: Collector, m: re.Match, month: int, day: int) -> bool:
    """A day and month with no year, followed by a noun of a scheduled event, that falls
    from tomorrow to about six months after publication this year."""
    if c.published is None or not _SCHEDULED_AFTER.match(c.text, m.end()):
        return False
    ahead = safe_date(c.published.year, month, day)
    return ahead is not None and 0 < (ahead - c.published).days <= SCHEDULED_AHEAD_DAYS


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


def _dateline_date(m: re.Match, published: dt.date | None) -> dt.date | None:
    month = month_number(m["m1"] or m["m2"])
    day = int(m["d1"] or m["d2"])
    if m["y"]:
        return safe_date(int(m["y"]), month, day)
    date = day_without_year(month, day, published)
    # A dateline never runs ahead of its report; tolerate a one-day clock skew.
    if published is not None and date is None:
        date = safe_date(published.year, month, day)
    return date


def add_datelines(c: Collector) -> None:
    """A wire dateline in the head of the report ("BAGHDAD, July 6 -"): the publication day."""
    head = c.text[:400]
    for m in _DATELINE.finditer(head):  # only the head of a report carries a dateline
        c.add(m.start("all"), m.end("all"), _dateline_date(m, c.published), 1, "dateline")


def filed_on(c: Collector) -> dt.date | None:
    """The day of the dateline the report opens with, its place in capitals or as a name."""
    head = c.text[:400]
    m = _DATELINE.search(head) or _NAMED_DATELINE.search(head)
    return _dateline_date(m, c.published) if m else None


def add_day_months(c: Collector) -> None:
    """A day and month ("16 January", "January 16-20, 2016"), ISO and numeric dates."""
    for regex in (_DAY_MONTH, _MONTH_DAY):
        for m in c.scan(regex, "months"):
            month = month_number(m["m"])
            first = int(m["d"])
            last = int(m["d_end"]) if m["d_end"] else first
            m_end = m.groupdict().get("m_end")
            month_end = month_number(m_end) if m_end else month
            if not 1 <= first <= 31 or not 1 <= last <= 31 or (
                    month_end == month and last < first):
                continue
            year = int(m["y"]) if m["y"] else None
            if m.groupdict().get("last_year") and c.published is not None:
                year = c.published.year - 1  # "October 7 last year"
            if year is None and _names_a_coming_event(c, m, month, first):
                continue
            if month_end != month:
                start_date, end_date = _across_months(c, year, month, first, month_end, last)
                if start_date is None or end_date is None or end_date <= start_date:
                    continue
            elif year is not None:
                start_date = safe_date(year, month, first)
                end_date = safe_date(year, month, last)
            else:
                start_date = day_without_year(month, first, c.published)
                end_date = (start_date.replace(day=last)
                            if start_date is not None and safe_date(
                                start_date.year, month, last) else None)
            if safe_date(year or 2000, month, first) is None or start_date is None and (
                    year is not None or c.published is not None):
                continue  # an impossible day such as "30 February": not a date
            span = (end_date - start_date).days if month_end != month else last - first
            kind, precision = precision_for_days(span + 1)
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
        date = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if date is not None:
            c.add(m.start(), m.end(), date, 1, "day")
    for m in c.scan(_NUMERIC_DATE, "years"):
        date = _dateparse(m.group(), c.published)
        if date is not None:
            c.add(m.start(), m.end(), date, 1, "day")


def _across_months(c: Collector, year: int | None, month: int, first: int, month_end: int,
                   last: int) -> tuple[dt.date | None, dt.date | None]:
    """The ends of "between Nov. 28 and Dec. 3": the year told (at the end) or the latest end
    not after publication; the first end in the year before when its month comes later."""
    if year is not None:
        end = safe_date(year, month_end, last)
    else:
        end = day_without_year(month_end, last, c.published)
    if end is None:
        return None, None
    return safe_date(end.year if month <= month_end else end.year - 1, month, first), end


def add_holidays(c: Collector) -> None:
    """A holiday on a fixed day ("on Christmas Eve", "since New Year's Day 2024"): that
    day, the latest one not after publication unless a year is given; the days around
    one ("over Christmas") within about a week of it."""
    for m in c.scan(_HOLIDAY, "holidays"):
        month, day = HOLIDAYS[re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))]
        date = safe_date(int(m["y"]), month, day) if m["y"] else \
            day_without_year(month, day, c.published)
        since = m["on"] is not None and m["on"].lower() != "on"
        c.add(m.start(), m.end(), date, 2 if since else 1, "background" if since else "day")
    for m in c.scan(_HOLIDAY_SPAN, "holidays"):
        month, day = _SPAN_HOLIDAYS[re.sub(r"\s+", " ", m["h"].lower())]
        c.add(m.start(), m.end(), day_without_year(month, day, c.published), 2, "week")


def _season_date(m: re.Match, published: dt.date | None) -> dt.date | None:
    """The middle of the season named: of its year, or for "last winter" the latest one
    settled before publication."""
    if m["named"]:
        return dt.date(int(m["y"]), SEASON_MONTH[m["named"]], 15)
    if published is None:
        return None
    month = SEASON_MONTH[m["last"]]
    date = dt.date(published.year, month, 15)
    while (published - date).days <= SEASON_SETTLED_DAYS:
        date = date.replace(year=date.year - 1)
    return date


def add_months(c: Collector) -> None:
    """A month ("in March", "late May 2015") or a year ("since 2011", "the 2016 accord",
    "in 1704", a chronology's "1824 - …")."""
    for m in c.scan(_MONTH_ALONE, "months"):
        prep = (m["prep"] or "").lower()
        part = (m["part"] or "").lower()
        if not (prep or part or m["y"]):
            continue  # a bare capitalised "May"/"March" is too often not a month
        month = month_number(m["m"])
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
        date = month_date(month, year, c.published, day)
        kind = "background" if prep in ("since", "until", "till", "by", "from",
                                        "throughout") else "month"
        c.add(m.start(), m.end(), date, 3, kind)
    for m in c.scan(_YEAR_SPAN, "years"):
        year = int(m["y"])
        c.add(m.start(), m.end(), dt.date(year, 1, 1), 3, "background")
    for m in c.scan(_SEASON, "words"):
        date = _season_date(m, c.published)
        if date is not None:
            c.add(m.start(), m.end(), date, 3, "month")
    for m in c.scan(_OLD_YEAR, "years"):
        c.add(m.start(), m.end(), dt.date(int(m["y"]), 1, 1), 3, "background")
    for m in c.scan(_YEAR_LINE, "years"):
        c.add(m.start("y"), m.end("y"), dt.date(int(m["y"]), 1, 1), 3, "background")
    for m in c.scan(_YEAR_NAMING, "years"):
        year = int(m["y"])
        if c.published is None or year < c.published.year:
            c.add(m.start(), m.end(), dt.date(year, 1, 1), 3, "background")
