"""Dates told by a weekday: "on Friday", "last Thursday", "on Monday of last week",
"overnight Friday into Saturday" (a night, dated by the day it runs into), "between
Thursday and Saturday" (a span, coded at its middle day)."""

from __future__ import annotations

import datetime as dt
import re

from eventdesk.components.dates.days import (
    PART_OF_DAY,
    WEEKDAYS,
    precision_for_days,
    weekday_date,
)
from eventdesk.components.dates.mentions import Collector

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_PHRASE = re.compile(
    r"\b(?:(?P<adv>(?i:late|early|later|earlier))\s+(?:on\s+)?)?"
    r"(?:(?P<lead>(?i:on|last|this|next|since|by|until|till|from|overnight(?:\s+on)?"
    r"|(?:on|during)\s+the"
    r"\s+night\s+of|in\s+the\s+(?:early\s+)?(?:hours|morning|afternoon|evening)\s+of))\s+)?"
    r"(?P<wd>" + _WEEKDAY + r")(?:['’]s)?(?:\s+" + PART_OF_DAY + r")?\b"
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
# "between Thursday and Saturday", "from Monday to Wednesday", "Friday through Sunday":
# a span of days, coded at its middle day (GUIDELINES, Dates)
_WEEKDAY_SPAN = re.compile(
    r"\b(?:(?i:between)\s+(?P<a>" + _WEEKDAY + r")\s+and"
    r"|(?:(?i:from)\s+)?(?P<b>" + _WEEKDAY + r")\s+(?:to|until|till|through))"
    r"\s+(?P<z>" + _WEEKDAY + r")\b"
)


def add_weekdays(c: Collector) -> None:
    """A weekday, a night from one weekday into the next, a span of weekdays."""
    for m in c.scan(_NIGHT_INTO, "weekdays"):
        a, z = WEEKDAYS[m["a"].lower()], WEEKDAYS[m["z"].lower()]
        if (z - a) % 7 == 1 and _is_a_night(m):
            c.add(m.start(), m.end(), weekday_date(z, c.published, lead=""), 1, "day")
    for m in c.scan(_WEEKDAY_SPAN, "weekdays"):
        last = weekday_date(WEEKDAYS[m["z"].lower()], c.published, lead="")
        days = (WEEKDAYS[m["z"].lower()] - WEEKDAYS[(m["a"] or m["b"]).lower()]) % 7
        if last is not None and days:
            kind, precision = precision_for_days(days + 1)
            c.add(m.start(), m.end(), last - dt.timedelta(days=days - days // 2), precision,
                  kind)
    for m in c.scan(_WEEKDAY_PHRASE, "weekdays"):
        lead = " ".join((m["lead"] or "").lower().split())
        date = weekday_date(WEEKDAYS[m["wd"].lower()], c.published, lead=lead)
        if m["last_week"] and c.published is not None and lead not in ("next", "this"):
            monday = c.published - dt.timedelta(days=c.published.weekday() + 7)
            date = monday + dt.timedelta(days=WEEKDAYS[m["wd"].lower()])
        # "by Wednesday evening the rebels held the bridge": done by that day, told
        # as the day's news; "since Monday", "until Friday" bound a span; not "the toll
        # from Saturday's bombing", whose possessive is the deed's day
        possessive = m.group()[m.end("wd") - m.start():][:2] in ("'s", "’s")
        if lead in ("since", "until", "till", "from") and not (lead == "from" and possessive):
            c.add(m.start(), m.end(), date, 2, "background")
        else:
            c.add(m.start(), m.end(), date, 1, "day")


def _is_a_night(m: re.Match) -> bool:
    """"overnight Friday into Saturday", "the night of Friday to Saturday", "Friday night
    into Saturday" tell one night; "from Friday to Saturday" two days."""
    phrase = m.group().lower()
    return "night" in phrase or " into " in phrase
