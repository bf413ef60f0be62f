"""The count: the dead of each group added up, the lowest figure where two count the same
dead, and failing a figure, vague words, "them", one person named, or "no one"."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventdesk import settings
from eventdesk.components.fatalities.figures import Number, read_numbers
from eventdesk.components.fatalities.mentions import Mention, classify
from eventdesk.components.fatalities.tokens import Tok, lowered_text, noun_phrase, tokens


def plausible_toll(count: int | None) -> int | None:
    """`count`, or None when it is above the `max_fatalities` ceiling."""
    return count if count is None or count <= settings.max_fatalities() else None


@dataclass(frozen=True, slots=True)
class FatalityCount:
    """The death count of an event and the words it rests on (offsets into the input).

    `groups` are the (group noun, count) pairs the count adds up ("*total*" for everyone,
    "*more*" for others told as extra), `update` says the count is a toll that rose to a
    new figure: both tell `combine_tolls` how two tellings of one event add up."""

    count: int | None
    text: str | None
    start: int | None
    end: int | None
    groups: tuple[tuple[str, int], ...] = ()
    update: bool = False


_ZERO = re.compile(
    r"\b(?:(?:no\s*-?\s*one|nobody|none)(?:\s+\w+){0,2}?\s+(?:was|were|is|are|had\s+been|has\s+been"
    r"|have\s+been|got)\s+(?:reported\s+|immediately\s+)?(?:killed|hurt|injured|wounded|harmed"
    r"|dead)|(?:no\s*-?\s*one|nobody)\s+(?:\w+\s+)?died"
    r"|there\s+(?:were|was|have\s+been|had\s+been)\s+no\s+(?:immediate\s+|reported\s+)?(?:reports?"
    r"\s+of\s+)?(?:casualties|deaths|fatalities|injuries|dead)"
    r"|no\s+(?:immediate\s+|other\s+|reported\s+|further\s+|civilian\s+)*(?:reports?\s+of\s+)?"
    r"(?:casualties|deaths|fatalities|injuries|loss\s+of\s+life)"
    r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+reported)?"
    r"|without\s+(?:causing\s+)?(?:any\s+)?(?:casualties|deaths|fatalities|injuries|loss\s+of\s+life)"
    r"|no\s+(?:\w+\s+){1,2}?(?:were|was|had\s+been|have\s+been)\s+(?:reported\s+)?(?:killed|hurt"
    r"|injured))\b"
)
# A death whose victims are "them": the people counted just before ("abducted 12 passengers
# and killed them", "seized 13 men and beat and burned them to death").
_THEM_KILLED = re.compile(
    r"\b(?:(?:killed|killing|executed|executing|massacred|slaughtered|beheaded|lynched"
    r"|murdered)\s+them\b"
    r"|(?:beat|beaten|burned|burnt|hacked|stabbed|stoned|clubbed|shot)(?:\s+and\s+\w+)?\s+them"
    r"(?:\s+all)?\s+(?:to\s+death|dead)\b)"
)


def _them_killed(lowered: str, toks: list[Tok]) -> Number | None:
    """The counted group "them" of a death refers to: the last number before it in its
    sentence, itself no death count."""
    found = _THEM_KILLED.search(lowered)
    if found is None:
        return None
    before = [t for t in range(len(toks)) if toks[t].end <= found.start()]
    if not before:
        return None
    numbers = [n for n in read_numbers(toks[:before[-1] + 1]) if n.kind == "num"
               and n.value is not None]
    if not numbers or any(toks[t].low in (".", "!", "?")
                          for t in range(numbers[-1].end, before[-1] + 1)):
        return None
    return numbers[-1]


# One person told by name or pronoun, an aside allowed, as the subject of a death:
# "Alfredo Cabrera, the opposition's candidate for mayor, was shot dead", "he died".
_ONE_NAMED = re.compile(
    r"(?P<who>\b(?!(?:Nobody|None|Noone)\b)"  # "Nobody was killed" names no one
    r"(?:[A-Z][a-z]+(?:[- ](?:[A-Z][a-z]+|al|bin|de|da|del|van|von))*|[Hh]e|[Ss]he))"
    r"(?:,[^,.;:]{1,120},)?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+|allegedly\s+"
    r"|later\s+)?(?:shot\s+dead|killed|assassinated|murdered|beheaded|executed|slain|lynched"
    r"|gunned\s+down|(?:stabbed|beaten|hacked|burned|tortured)\s+to\s+death|martyred)"
    r"|died|was\s+found\s+dead)\b"
)
_ZERO_CUES = re.compile(r"\bno\b|nobody|no-one|without|none")


def _phrase_bounds(toks: list[Tok], number: Number) -> tuple[int, int]:
    """Character span of a number phrase; for an article, the article and its noun."""
    last = number.end - 1
    if number.kind == "article":
        last = number.end + len(noun_phrase(toks, number.end, limit=3)) - 1
    return toks[number.first].start, toks[last].end


def _span(text: str, toks: list[Tok], numbers: list[Number]) -> tuple[str, int, int]:
    bounds = [_phrase_bounds(toks, n) for n in numbers]
    parts = [text[a:b] for a, b in bounds]
    return " + ".join(parts), bounds[0][0], bounds[-1][1]


def count_fatalities(text: str) -> FatalityCount:
    """Deaths stated in an event's clause or sentences (see the package docstring)."""
    return _counted(text, settings.get("max_fatalities"))


@functools.lru_cache(maxsize=2048)
def _counted(text: str, ceiling: str) -> FatalityCount:
    """Read once per text and `ceiling` (the max_fatalities setting as written, which
    `plausible_toll` reads): the coder asks of the same clause or sentence about five times
    a report (for its toll, a war's toll, a zero told next, a merge)."""
    lowered = lowered_text(text)
    toks = tokens(lowered)
    mentions = [m for m in classify(toks, read_numbers(toks)) if m.status == "death"]
    counted = [m for m in mentions if m.number.kind != "vague"]
    risen = [m for m in counted if m.update]
    if risen:  # "killed 12 … the toll rose to 15": the risen toll replaces what came before
        counted = [m for m in counted if m.number.first >= risen[-1].number.first
                   and not m.extra]  # "… rose to 15 after 3 more bodies were found"
    if counted:
        extras = [m for m in counted if m.extra]
        groups: dict[str, Mention] = {}
        for mention in counted:
            if mention.extra:
                continue
            held = groups.get(mention.head)
            if held is None or mention.number.value < held.number.value:
                groups[mention.head] = mention
        if "*total*" in groups and len(groups) > 1:
            # a total and groups: the lower figure ("killed nine civilians, though a
            # leader put the toll at 14" -> 9; "… bringing the toll to 6" sums them up)
            lowest_total = groups.pop("*total*")
            if lowest_total.number.value <= sum(m.number.value for m in groups.values()):
                groups = {"*total*": lowest_total}
        chosen = sorted([*groups.values(), *extras], key=lambda m: m.number.first)
        total = sum(m.number.value for m in chosen)
        phrase, start, end = _span(text, toks, [m.number for m in chosen])
        count = plausible_toll(total)
        told = tuple(("*more*" if m.extra else m.head, m.number.value) for m in chosen)
        return FatalityCount(count, phrase, start, end, told if count is not None else (),
                             count is not None and any(m.update for m in chosen))
    vague = [m for m in mentions if m.number.kind == "vague"]
    if vague:
        first = vague[0].number
        start, end = toks[first.num_start].start, toks[first.end - 1].end
        return FatalityCount(None, text[start:end], start, end)
    them = _them_killed(lowered, toks)
    if them is not None:  # "seized 13 gang members … and burned them to death"
        number = them
        start, end = toks[number.num_start].start, toks[number.end - 1].end
        return FatalityCount(plausible_toll(number.value), text[start:end], start, end,
                             (("*them*", number.value),))
    one = _ONE_NAMED.search(text)
    if one:  # "Alfredo Cabrera, the candidate for mayor, was shot dead"
        return FatalityCount(1, one["who"], one.start("who"), one.end("who"), (("*one*", 1),))
    zero = _ZERO.search(lowered) if _ZERO_CUES.search(lowered) else None
    if zero:
        return FatalityCount(0, zero.group(), zero.start(), zero.end())
    return FatalityCount(None, None, None, None)
