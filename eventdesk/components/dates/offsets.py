"""Dates told as an offset from the date told before ("a day earlier", "the following
day", "hours later"): `date` stays None and `offset_days` says how far the caller moves
from the anchor it chooses."""

from __future__ import annotations

import re

from eventdesk.components.dates.days import APPROX, COUNT, VAGUE_COUNTS, count_value
from eventdesk.components.dates.mentions import Collector

_RELATIVE = re.compile(
    r"\b(?:" + APPROX + r"(?P<n>" + COUNT + r")\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later"
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


def add_relatives(c: Collector) -> None:
    """"a day earlier", "the following day", "hours later": offsets, no date."""
    for m in c.scan(_RELATIVE, "words"):
        precision = 1
        rest = c.text[m.end():m.end() + 3].lstrip()
        adverbial = not rest or rest[0] in ",.;:)—–"
        if m["n"]:
            n = count_value(m["n"]) * (7 if m["unit"].lower().startswith("week") else 1)
            offset = _direction(m["dir"], adverbial) * n
            if m["n"].lower() in VAGUE_COUNTS or n > 2:
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
