"""A date phrase found (`DateMention`) and the collector the finders add them to, which
runs each pattern only in windows around cheap trigger words."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventdesk.components.raw_text import lower_same_length


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


# Cheap triggers: the full patterns only run in windows around these, which keeps a
# 400-word report well under a millisecond. The word patterns run on the lowercased text.
_TRIGGERS = {
    "words": re.compile(
        r"\b(?:ago|days?|weeks?|weekend|months?|years?|decades|today|tonight|yesterday"
        r"|overnight|night|morning|afternoon|evening|hours|minutes|moments|shortly|soon"
        r"|winter|spring|summer|autumn|fall)\b"),
    "months": re.compile(
        r"(?:January|February|March|April|May|June|July|August|September|October|November"
        r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])"),
    "weekdays": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"),
    "years": re.compile(r"1\d\d\d|20\d\d"),
    "holidays": re.compile(r"(?:Christmas|New Year|Boxing Day|May Day|Labour Day|Workers['’] Day"
                           r"|Women['’]s Day)"),
}
_BEFORE, _AFTER = 50, 30


class Collector:
    """Gathers candidate mentions; overlaps are settled afterwards (longest wins)."""

    def __init__(self, text: str, published: dt.date | None):
        self.text = text
        self.lowered = lower_same_length(text)
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
        """A candidate mention of the text's characters start..end."""
        self.found.append(DateMention(start, end, self.text[start:end], date, precision, kind,
                                      offset_days))

    def shifted(self, days: int) -> dt.date | None:
        """The publication date moved by `days` (None without one)."""
        return None if self.published is None else self.published + dt.timedelta(days=days)
