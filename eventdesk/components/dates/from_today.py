"""Dates told from the day of the report: "today", "yesterday", "three days ago", "last
week", "earlier this month", and the spans a report gives as background ("for months",
"last year")."""

from __future__ import annotations

import datetime as dt
import re

from eventdesk.components.dates.days import APPROX, COUNT, PART_OF_DAY, VAGUE_COUNTS, count_value
from eventdesk.components.dates.mentions import Collector

_DAY_WORDS = re.compile(
    r"\b(?:(?P<today>(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<yesterday>(?:(?:late|early)\s+)?yesterday(?:\s+" + PART_OF_DAY + r")?|last\s+night)"
    r"|(?P<before_yesterday>the\s+day\s+before\s+yesterday)"
    r"|(?P<overnight>overnight)"
    r"|(?P<past24>(?:in|over|during)\s+the\s+(?:past|last)\s+24\s+hours))\b",
)
_AGO = re.compile(
    r"\b" + APPROX + r"(?P<n>" + COUNT + r")\s+(?P<unit>days?|weeks?|months?|years?|decades?)"
    r"\s+ago\b",
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
    r"|(?:earlier\s+)?this\s+year|last\s+year|the\s+previous\s+year"
    # a year or more away from a time told before ("the following year Ocalan was
    # captured", "two years later", "in the ensuing years"): history
    r"|the\s+(?:following|preceding|ensuing|subsequent)\s+(?:years?|decades?)"
    r"|" + APPROX + COUNT + r"\s+(?:years?|decades?)\s+(?:later|earlier|afterwards)"
    r"|(?:years|decades)\s+(?:later|earlier|afterwards|ago))\b",
)


def add_day_words(c: Collector) -> None:
    """"today", "yesterday", "overnight", "three days ago"."""
    for m in c.scan(_DAY_WORDS, "words"):
        if m["today"] or m["past24"] or m["overnight"]:
            days = 0  # "overnight": the night that ran into the day of the report
        elif m["before_yesterday"]:
            days = -2
        else:
            days = -1
        c.add(m.start(), m.end(), c.shifted(days), 1, "day")
    for m in c.scan(_AGO, "words"):
        n = count_value(m["n"])
        unit = m["unit"].lower().rstrip("s")
        vague = m["n"].lower() in VAGUE_COUNTS
        if unit == "day":
            kind, precision = ("week", 2) if vague or n > 2 else ("day", 1)
            c.add(m.start(), m.end(), c.shifted(-n), precision, kind)
        elif unit == "week":
            kind, precision = ("week", 2) if n <= 1 else ("month", 3)
            c.add(m.start(), m.end(), c.shifted(-7 * n), precision, kind)
        elif unit == "month" and n <= 2:
            c.add(m.start(), m.end(), c.shifted(-30 * n), 3, "month")
        else:
            days = {"year": 365, "decade": 3652}.get(unit, 30)
            c.add(m.start(), m.end(), c.shifted(-days * n), 3, "background")


def add_weeks(c: Collector) -> None:
    """"last week", "at the weekend", "last month", and background spans ("for months")."""
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
