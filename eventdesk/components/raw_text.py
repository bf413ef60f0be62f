"""What the components that scan a report's raw text with regular expressions (dates,
fatalities) read alike: a lowercase copy whose offsets are the text's, and numbers written
in digits or words ("2,000", "twenty-three", "a dozen"), one number-word table for both."""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["DIGITS", "MAX_DIGITS", "TOO_MANY", "compose", "digits_value", "lower_same_length",
           "number_value", "number_words", "numbers_lexicon", "word_value"]

_NUMBERS_LEXICON = Path(__file__).resolve().parent.parent / "data" / "numbers.toml"

# Numbers with more digits than this are read as "too many to be a toll" without being
# converted (Python refuses to convert over 4,300 digits, and no toll needs 13).
MAX_DIGITS = 12
TOO_MANY = 10**MAX_DIGITS

DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def lower_same_length(text: str) -> str:
    """`text` lowercased, each character on its own offset (a character whose lowercase
    is longer, such as "İ", stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@functools.cache
def numbers_lexicon() -> dict:
    """data/numbers.toml: the number words, and the words around a death count."""
    return tomllib.loads(_NUMBERS_LEXICON.read_text(encoding="utf-8"))


def number_words() -> dict:
    """The number-word table: units, tens, scales (word -> value) and the dozen."""
    return numbers_lexicon()["numbers"]


def digits_value(digits: str) -> int:
    """Digits ("2,000") as an int; TOO_MANY for implausibly long numbers."""
    digits = digits.replace(",", "")
    return int(digits) if len(digits) <= MAX_DIGITS else TOO_MANY


def word_value(word: str) -> tuple[str, int] | None:
    """(role, value) of one number word: role is unit, tens, scale or dozen."""
    table = number_words()
    if word in table["units"]:
        return "unit", table["units"][word]
    if word in table["tens"]:
        return "tens", table["tens"][word]
    if word in table["scales"]:
        return "scale", table["scales"][word]
    if word == "dozen":
        return "dozen", table["dozen"]
    return None


def compose(words: list[str]) -> tuple[int, int] | None:
    """Value of the longest number-word prefix of `words` and how many words it used."""
    total, current, used, last = 0, 0, 0, None
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("a", "an") and i + 1 < len(words) and last is None:
            following = word_value(words[i + 1])
            if following is not None and following[0] in ("scale", "dozen"):
                current, last, i = 1, "unit", i + 1
                continue
        if word == "half" and words[i + 1:i + 3] == ["a", "dozen"] and last is None:
            return 6, i + 3
        if word == "and" and last == "scale" and i + 1 < len(words) and word_value(
                words[i + 1]) and word_value(words[i + 1])[0] in ("unit", "tens"):
            i += 1
            continue
        parts = word.split("-")
        values = [word_value(part) for part in parts]
        if not all(values):
            break
        ok = True
        for role, value in values:
            if role == "unit" and last in (None, "tens", "scale"):
                current += value
            elif role == "tens" and last in (None, "scale"):
                current += value
            elif role == "scale" and last != "scale":
                if value == 100:
                    current = max(current, 1) * 100
                else:
                    total += max(current, 1) * value
                    current = 0
            elif role == "dozen" and last in (None, "unit"):
                current = max(current, 1) * 12
            else:
                ok = False
                break
            last = role
        if not ok:
            break
        i += 1
        used = i
    if used == 0:
        return None
    return total + current, used


def number_value(word: str) -> int | None:
    """Integer value of digits ("2,000") or number words ("twenty-three", "a dozen")."""
    text = " ".join(word.lower().split())
    if DIGITS.fullmatch(text):
        return digits_value(text)
    words = text.split()
    composed = compose(words)
    if composed is None or composed[1] != len(words):
        return None
    return composed[0]
