"""The figures in the tokens: numbers in digits or words, ranges, vague quantities and
articles, each with the modifiers before it ("at least 5"); money, units, years, times and
ages are no count of people."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eventdesk.components.fatalities.lexicon import lexicon
from eventdesk.components.fatalities.tokens import Tok, noun_phrase
from eventdesk.components.raw_text import (
    DIGITS,
    MAX_DIGITS,
    TOO_MANY,
    compose,
    digits_value,
    number_words,
    word_value,
)

_DECIMAL = re.compile(r"\d+\.\d+")
_DIGIT_RANGE = re.compile(r"(\d+)[-–](\d+)")
_MODIFIER_PHRASES = tuple(
    tuple(phrase.split()) for phrase in sorted(
        ["at least", "more than", "up to", "as many as", "an estimated", "a total of", "some",
         "about", "around", "nearly", "almost", "over", "approximately", "roughly",
         "fewer than", "less than", "at most", "another", "between", "close to", "upwards of",
         "as few as", "no fewer than", "no less than", "just over", "well over", "just under",
         "a further", "an additional", "estimated", "only", "all", "the", "exactly",
         "at least another", "possibly", "perhaps"],
        key=lambda p: -len(p.split())))
_MODIFIER_LAST = frozenset(phrase[-1] for phrase in _MODIFIER_PHRASES)


@dataclass(slots=True)
class Number:
    """A figure: its value and where it and its modifiers stand among the tokens."""

    value: int | None  # None for vague words
    kind: str  # "num", "vague" or "article"
    first: int  # first token of the phrase, modifiers included
    num_start: int  # first token of the number itself
    end: int  # token after the number


@functools.cache
def _starters() -> frozenset[str]:
    table = number_words()
    return frozenset([*table["units"], *table["tens"], *table["scales"], *lexicon()["vague"],
                      "dozen", "a", "an", "half", "tens", "his", "her", "their", "himself",
                      "herself", "the", "its"])


def _one_person(toks: list[Tok], i: int) -> bool:
    """The noun phrase at token i names one person ("their Pakistani driver", not "their
    children")."""
    words = noun_phrase(toks, i, limit=3)
    return bool(words) and words[-1].isalpha() and not words[-1].endswith("s")


def _one_noun(toks: list[Tok], i: int) -> bool:
    """One word at token i naming one being ("the driver", "its pilot"), the phrase ending
    there: no number, no plural, no longer noun phrase ("the three gunmen", "the soldiers
    inside", "the two brothers")."""
    if i >= len(toks):
        return False
    word = toks[i].low
    if not word.isalpha() or word.endswith("s") or word in _starters() \
            or word_value(word) is not None:
        return False
    after = toks[i + 1].low if i + 1 < len(toks) else ""
    return not after.isalpha() or after in lexicon()["stops"] or after.endswith("ly")


def _read_value(toks: list[Tok], i: int) -> tuple[int | None, str, int] | None:
    """A number, vague quantity or article starting at token i: (value, kind, end)."""
    low = toks[i].low
    starters = _starters()
    if low not in starters and not low[0].isdigit() and (
            "-" not in low or low.split("-")[0] not in starters):
        return None
    lex = lexicon()
    scales = number_words()["scales"]
    if DIGITS.fullmatch(low):
        value, end = digits_value(low), i + 1
        if end < len(toks) and toks[end].low in ("hundred", "thousand", "million"):
            value *= scales[toks[end].low]
            end += 1
        return value, "num", end
    if _DECIMAL.fullmatch(low):
        if i + 1 < len(toks) and toks[i + 1].low in ("thousand", "million"):
            if len(low) > MAX_DIGITS:
                return TOO_MANY, "num", i + 2
            return int(float(low) * scales[toks[i + 1].low]), "num", i + 2
        return None
    rng = _DIGIT_RANGE.fullmatch(low)
    if rng:
        return min(digits_value(rng[1]), digits_value(rng[2])), "num", i + 1
    window = [t.low for t in toks[i:i + 6]]
    composed = compose(window)
    if composed is not None:
        return composed[0], "num", i + composed[1]
    if low in ("his", "her") and len(window) > 1 and window[1].isalpha() and not (
            window[1].endswith("s")) and i > 0 and toks[i - 1].low == "and":
        return 1, "article", i + 1  # "killing a man and his son"
    if low == "their" and i > 0 and toks[i - 1].low == "and" and _one_person(toks, i + 1):
        return 1, "article", i + 1  # "five nationals and their driver were killed"
    if low in ("the", "its", "his", "her", "their") and i > 0 \
            and toks[i - 1].low in lex["active"] and _one_noun(toks, i + 1):
        return 1, "article", i + 1  # "a drone struck a car, killing the driver"
    if low in ("himself", "herself") and i > 0 and toks[i - 1].low in lex["active"]:
        return 1, "article", i + 1  # "the bomber detonated her vest, killing herself and two"
    if low in ("a", "an"):
        after = window[1] if len(window) > 1 else ""
        if after == "couple" and len(window) > 2 and window[2] == "of":
            scale = word_value(window[3]) if len(window) > 3 else None
            if scale is not None and scale[0] in ("scale", "dozen"):
                return 2 * scale[1], "num", i + 4  # "a couple of hundred people"
            return 2, "num", i + 3  # "a couple of soldiers"
        if after == "couple":
            return 2, "article", i + 1  # "killed a couple and their baby"
        if after == "number" and len(window) > 2 and window[2] == "of":
            return None, "vague", i + 3
        if after in ("few", "handful"):
            return None, "vague", i + 2
        return 1, "article", i + 1
    if low == "tens" and len(window) > 2 and window[1] == "of" and window[2] == "thousands":
        return None, "vague", i + 3
    if low in lex["vague"] and low not in ("tens", "a number"):
        if low in ("some", "many") and len(window) > 1 and (
                _read_value(toks, i + 1) is not None and window[1] not in ("a", "an")):
            return None  # "some 30", "many 30": a modifier of the number that follows
        return None, "vague", i + 1
    return None


def _excluded(toks: list[Tok], i: int, end: int, value: int | None, kind: str) -> bool:
    """Numbers that are not counts of people: money, units, years, times, ages."""
    lex = lexicon()
    before = toks[i - 1].low if i > 0 else ""
    after = toks[end].low if end < len(toks) else ""
    if kind != "num":
        return False
    if before in lex["currency"] or before in ("no", "no.", "number", "aged", "age", "route",
                                                "highway", "resolution", "article", "level"):
        return True
    if after in lex["units"] or after == "%" or (after == "per" and end + 1 < len(toks)):
        return True
    if after in (":", ".") and end + 1 < len(toks) and toks[end + 1].low[:1].isdigit() and (
            toks[end].start == toks[end - 1].end):
        return True  # 10:30, 6.45
    raw = toks[end - 1].low
    if raw.isdigit() and after in lex["months"]:
        return True  # "On 3 May, two men were killed": a day
    if value is not None and 1800 <= value <= 2100 and raw.isdigit() and len(raw) == 4:
        return not (after.endswith("s") or after in ("people", "men", "women", "children"))
    return False


def read_numbers(toks: list[Tok]) -> list[Number]:
    """Every figure in the tokens, in order; a range as its lowest figure ("six to nine",
    "between 28 and 42")."""
    found: list[Number] = []
    i = 0
    while i < len(toks):
        read = _read_value(toks, i)
        if read is None:
            i += 1
            continue
        value, kind, end = read
        # Ranges: "six to nine", "6 or 7", "between 28 and 42" -> the lowest.
        joiner = toks[end].low if end < len(toks) else ""
        if kind == "num" and joiner in ("to", "or", "-", "–", "and") and end + 1 < len(toks):
            between = i > 0 and toks[i - 1].low == "between"
            if joiner != "and" or between:
                other = _read_value(toks, end + 1)
                if other is not None and other[1] == "num" and not _excluded(
                        toks, end + 1, other[2], other[0], "num"):
                    value, end = min(value, other[0]), other[2]
        if _excluded(toks, i, end, value, kind):
            i = end
            continue
        first = i
        if i > 0 and toks[i - 1].low in _MODIFIER_LAST:
            for phrase in _MODIFIER_PHRASES:
                n = len(phrase)
                if first - n >= 0 and tuple(t.low for t in toks[first - n:first]) == phrase:
                    first -= n
                    break
        if kind == "article" and first != i:
            i = end
            continue  # "about a", "only a": an article counts only standing alone
        found.append(Number(value, kind, first, i, end))
        i = end
    return found
