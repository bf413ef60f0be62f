"""How many people an event killed, by GUIDELINES.md's (ACLED-like) rules.

The text is tokenised with one regular expression and read with small, explicit rules,
so the count is fast and explainable:

* a number counts when it is tied to a death: the object of a killing verb ("killing 12",
  "shot dead two", "beat to death a man"), the subject of a death predicate ("four soldiers
  were killed", "seven civilians killed when", "two died"), a death noun ("12 bodies") or
  a death toll ("put the death toll at eight");
* distinct groups add up (12 militants + 4 soldiers = 16); "others"/"more" always add;
* the same group counted twice, or a total ("people", "the death toll") against anything
  else, is a conflict: the lowest figure wins;
* ranges give their lowest figure ("between 28 and 42" -> 28, "six to nine" -> 6);
  "at least 5" -> 5, "more than 200" -> 200, and "up to 10" -> 10: the report's only
  figure, read like "as many as";
* subsets are not added ("including five children", "among them", "of whom");
* vague words ("dozens", "several") give count None and keep the words in `text`;
* "no one was killed", "no casualties" give 0 unless a death count is also given;
* a toll above the `max_fatalities` setting (default 1,000,000) is no plausible count: the
  count is None and the words stay in `text`; numbers of over 12 digits are not converted.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from eventdesk import settings

__all__ = ["FatalityCount", "combine_tolls", "count_fatalities", "number_value", "plausible_toll"]

# Numbers with more digits than this are read as "too many to be a toll" without being
# converted (Python refuses to convert over 4,300 digits, and no toll needs 13).
_MAX_DIGITS = 12
_TOO_MANY = 10**_MAX_DIGITS


def _int(digits: str) -> int:
    """Digits ("2,000") as an int; _TOO_MANY for implausibly long numbers."""
    digits = digits.replace(",", "")
    return int(digits) if len(digits) <= _MAX_DIGITS else _TOO_MANY


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


_LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "numbers.toml"


@functools.cache
def _lexicon() -> dict:
    data = tomllib.loads(_LEXICON_PATH.read_text(encoding="utf-8"))
    lex = {key: frozenset(value) for key, value in data["deaths"].items()}
    lex.update({key: frozenset(value) for key, value in data["context"].items()})
    numbers = data["numbers"]
    lex["unit_words"] = numbers["units"]
    lex["tens_words"] = numbers["tens"]
    lex["scale_words"] = numbers["scales"]
    lex["dozen"] = numbers["dozen"]
    lex["attackers"] = frozenset(data["attackers"]["nouns"])
    lex["died_as"] = {verb: frozenset(nouns) for verb, nouns in data["died_as"].items()}
    return lex


_TOKEN = re.compile(r"[^\W_]+(?:[-.,'’][^\W_]+)*|[^\w\s]")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_DECIMAL = re.compile(r"\d+\.\d+")
_DIGIT_RANGE = re.compile(r"(\d+)[-–](\d+)")
_QUOTES = frozenset("'\"‘’“”")
_PUNCT_STOPS = frozenset(",;:.()[]—–-!?")
_DETERMINERS = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "two", "three", "four", "five", "six",
     "seven", "eight", "nine", "ten", "dozens", "several", "many", "at", "more", "some",
     "scores", "hundreds", "one", "about", "around", "nearly", "up", "as", "over"])
# Irregular verbs that end a subject noun phrase without being a death.
_OTHER_VERBS = frozenset(
    ["hurt", "held", "taken", "fought", "went", "came", "ran", "hit", "lost", "remain",
     "remained", "remains", "are", "got", "made", "took", "gave", "saw", "fell", "stood",
     "set", "put", "broke", "told", "say", "says", "said", "struck", "blew", "threw", "fled",
     "stormed", "seized", "shot", "led", "won", "left", "overran", "began", "sought", "kept",
     "drove", "flew", "sent", "met", "found", "built", "caught", "heard", "bore", "spent"])
# Words opening an aside between a counted subject and its verb.
_ASIDE_OPENERS = frozenset(["including", "among", "mostly", "most", "many", "all", "some",
                            "both", "mainly", "several", "among", "half", "none"])
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


def _them_killed(lowered: str, toks: list[_Tok]) -> _Number | None:
    """The counted group "them" of a death refers to: the last number before it in its
    sentence, itself no death count."""
    found = _THEM_KILLED.search(lowered)
    if found is None:
        return None
    before = [t for t in range(len(toks)) if toks[t].end <= found.start()]
    if not before:
        return None
    numbers = [n for n in _read_numbers(toks[:before[-1] + 1]) if n.kind == "num"
               and n.value is not None]
    if not numbers or any(toks[t].low in (".", "!", "?")
                          for t in range(numbers[-1].end, before[-1] + 1)):
        return None
    return numbers[-1]


# One person told by name or pronoun, an aside allowed, as the subject of a death:
# "Alfredo Cabrera, the opposition's candidate for mayor, was shot dead", "he died".
_ONE_NAMED = re.compile(
    r"(?P<who>\b(?:[A-Z][a-z]+(?:[- ](?:[A-Z][a-z]+|al|bin|de|da|del|van|von))*|[Hh]e|[Ss]he))"
    r"(?:,[^,.;:]{1,120},)?\s+(?:(?:was|has\s+been|had\s+been)\s+(?:reportedly\s+|allegedly\s+"
    r"|later\s+)?(?:shot\s+dead|killed|assassinated|murdered|beheaded|executed|slain|lynched"
    r"|gunned\s+down|(?:stabbed|beaten|hacked|burned|tortured)\s+to\s+death|martyred)"
    r"|died|was\s+found\s+dead)\b"
)
_ZERO_CUES = re.compile(r"\bno\b|nobody|no-one|without|none")


@dataclass(slots=True)
class _Tok:
    low: str
    start: int
    end: int


@dataclass(slots=True)
class _Number:
    value: int | None  # None for vague words
    kind: str  # "num", "vague" or "article"
    first: int  # first token of the phrase, modifiers included
    num_start: int  # first token of the number itself
    end: int  # token after the number


@dataclass(slots=True)
class _Mention:
    number: _Number
    status: str  # "death", "subset", "agent", "other"
    head: str
    extra: bool = False
    via_object: bool = False
    update: bool = False  # "the toll rose to 12"


def _word_value(word: str) -> tuple[str, int] | None:
    """(role, value) of one number word: role is unit, tens, scale or dozen."""
    lex = _lexicon()
    if word in lex["unit_words"]:
        return "unit", lex["unit_words"][word]
    if word in lex["tens_words"]:
        return "tens", lex["tens_words"][word]
    if word in lex["scale_words"]:
        return "scale", lex["scale_words"][word]
    if word == "dozen":
        return "dozen", lex["dozen"]
    return None


def _compose(words: list[str]) -> tuple[int, int] | None:
    """Value of the longest number-word prefix of `words` and how many words it used."""
    total, current, used, last = 0, 0, 0, None
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("a", "an") and i + 1 < len(words) and last is None:
            following = _word_value(words[i + 1])
            if following is not None and following[0] in ("scale", "dozen"):
                current, last, i = 1, "unit", i + 1
                continue
        if word == "half" and words[i + 1:i + 3] == ["a", "dozen"] and last is None:
            return 6, i + 3
        if word == "and" and last == "scale" and i + 1 < len(words) and _word_value(
                words[i + 1]) and _word_value(words[i + 1])[0] in ("unit", "tens"):
            i += 1
            continue
        parts = word.split("-")
        values = [_word_value(part) for part in parts]
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
    if _DIGITS.fullmatch(text):
        return _int(text)
    words = text.split()
    composed = _compose(words)
    if composed is None or composed[1] != len(words):
        return None
    return composed[0]


# Words near which a death count can be stated; numbers far from all of them are skipped.
_DEATH_CUES = re.compile(
    r"kill|dead|death|die|execut|massacr|slain|murder|behead|assassin|perish|lynch|slaughter"
    r"|martyr|bodies|corpses|lives|toll|fatalit|decapitat|electrocut")
_CUE_BEFORE, _CUE_AFTER = 170, 110
# How many words back from a number "toll" may stand: "The death toll from a suicide truck
# bombing in the city's busy shopping district rose to at least 125".
_TOLL_LOOKBACK = 16


def _lowered(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered.replace("’", "'")


def _tokens(lowered: str) -> list[_Tok]:
    """Tokens in windows around death cues; a "." token separates the windows."""
    windows: list[list[int]] = []
    size = len(lowered)
    for m in _DEATH_CUES.finditer(lowered):
        start, end = max(0, m.start() - _CUE_BEFORE), min(size, m.end() + _CUE_AFTER)
        while start > 0 and not lowered[start - 1].isspace():
            start -= 1
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    toks: list[_Tok] = []
    for start, end in windows:
        if toks:
            toks.append(_Tok(".", start, start))
        toks.extend(_Tok(m.group(), m.start(), m.end())
                    for m in _TOKEN.finditer(lowered, start, end))
    return toks


def _next_word(toks: list[_Tok], i: int) -> int:
    """Index of the next token at or after i that is not a quote mark."""
    while i < len(toks) and toks[i].low in _QUOTES:
        i += 1
    return i


def _prev_word(toks: list[_Tok], i: int) -> int:
    while i >= 0 and toks[i].low in _QUOTES:
        i -= 1
    return i


@functools.cache
def _starters() -> frozenset[str]:
    lex = _lexicon()
    return frozenset([*lex["unit_words"], *lex["tens_words"], *lex["scale_words"], *lex["vague"],
                      "dozen", "a", "an", "half", "tens", "his", "her", "their", "himself",
                      "herself"])


def _one_person(toks: list[_Tok], i: int) -> bool:
    """The noun phrase at token i names one person ("their Pakistani driver", not "their
    children")."""
    words = _noun_phrase(toks, i, limit=3)
    return bool(words) and words[-1].isalpha() and not words[-1].endswith("s")


def _read_value(toks: list[_Tok], i: int) -> tuple[int | None, str, int] | None:
    """A number, vague quantity or article starting at token i: (value, kind, end)."""
    low = toks[i].low
    starters = _starters()
    if low not in starters and not low[0].isdigit() and (
            "-" not in low or low.split("-")[0] not in starters):
        return None
    lex = _lexicon()
    if _DIGITS.fullmatch(low):
        value, end = _int(low), i + 1
        if end < len(toks) and toks[end].low in ("hundred", "thousand", "million"):
            value *= lex["scale_words"][toks[end].low]
            end += 1
        return value, "num", end
    if _DECIMAL.fullmatch(low):
        if i + 1 < len(toks) and toks[i + 1].low in ("thousand", "million"):
            if len(low) > _MAX_DIGITS:
                return _TOO_MANY, "num", i + 2
            return int(float(low) * lex["scale_words"][toks[i + 1].low]), "num", i + 2
        return None
    rng = _DIGIT_RANGE.fullmatch(low)
    if rng:
        return min(_int(rng[1]), _int(rng[2])), "num", i + 1
    window = [t.low for t in toks[i:i + 6]]
    composed = _compose(window)
    if composed is not None:
        return composed[0], "num", i + composed[1]
    if low in ("his", "her") and len(window) > 1 and window[1].isalpha() and not (
            window[1].endswith("s")) and i > 0 and toks[i - 1].low == "and":
        return 1, "article", i + 1  # "killing a man and his son"
    if low == "their" and i > 0 and toks[i - 1].low == "and" and _one_person(toks, i + 1):
        return 1, "article", i + 1  # "five nationals and their driver were killed"
    if low in ("himself", "herself") and i > 0 and toks[i - 1].low in lex["active"]:
        return 1, "article", i + 1  # "the bomber detonated her vest, killing herself and two"
    if low in ("a", "an"):
        after = window[1] if len(window) > 1 else ""
        if after == "couple" and len(window) > 2 and window[2] == "of":
            scale = _word_value(window[3]) if len(window) > 3 else None
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


def _excluded(toks: list[_Tok], i: int, end: int, value: int | None, kind: str) -> bool:
    """Numbers that are not counts of people: money, units, years, times, ages."""
    lex = _lexicon()
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
    if value is not None and 1800 <= value <= 2100 and raw.isdigit() and len(raw) == 4:
        return not (after.endswith("s") or after in ("people", "men", "women", "children"))
    return False


def _read_numbers(toks: list[_Tok]) -> list[_Number]:
    found: list[_Number] = []
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
        found.append(_Number(value, kind, first, i, end))
        i = end
    return found


def _noun_phrase(toks: list[_Tok], i: int, limit: int = 5) -> list[str]:
    """The words after a number up to a verb, preposition (except "of") or punctuation."""
    lex = _lexicon()
    words: list[str] = []
    j = _next_word(toks, i)
    while j < len(toks) and len(words) < limit:
        low = toks[j].low
        if low in _PUNCT_STOPS or low in lex["stops"] or low in lex["auxiliaries"] or (
                low in lex["passive"] or low in lex["manner"] or low in _OTHER_VERBS):
            break
        if (low.endswith("ing") or low.endswith("ed")) and low not in lex[
                "adjective_participles"] and words:
            break
        words.append(low)
        j = _next_word(toks, j + 1)
    return words


def _head(words: list[str]) -> str:
    lex = _lexicon()
    if "of" in words:
        inner = words[words.index("of") + 1:]
        words = inner or words[:words.index("of")]
    if any(word in lex["total_heads"] for word in words):
        return "*total*"
    return words[-1] if words else "*total*"


def _object_of_death_verb(toks: list[_Tok], k: int) -> str | None:
    """Is token k (just before a number) a death verb taking that number as object?"""
    lex = _lexicon()
    if k < 0:
        return None
    low = toks[k].low
    prev = toks[k - 1].low if k >= 1 else ""
    if low in lex["active"] and low not in ("leaving", "left", "claiming"):
        return "object"
    if low == "dead" and prev in lex["manner"]:
        return "object"
    if low == "death" and prev == "to" and k >= 2 and toks[k - 2].low in lex["manner"]:
        return "object"
    if low == "of" and prev in ("lives", "bodies", "deaths", "corpses", "remains"):
        return "object"
    if low in ("himself", "herself", "themselves") and k >= 1:
        return _object_of_death_verb(toks, k - 1)  # "killing himself and 12 others"
    if low == "and" and k >= 1 and toks[k - 1].low in ("himself", "herself", "themselves"):
        return _object_of_death_verb(toks, k - 2)
    for back in range(k, max(-1, k - _TOLL_LOOKBACK), -1):
        word = toks[back].low
        if word == "toll":
            return "toll"  # "the death toll from Sunday's attack has risen to 45"
        if word in ("dead", "deaths", "fatalities", "killed") and back >= 2 and toks[
                back - 1].low == "of" and toks[back - 2].low in ("number", "total", "tally"):
            return "toll"  # "the number of dead rose to 30"
        if word in _PUNCT_STOPS:
            break
    return None


def _subset_of_whom(toks: list[_Tok], number: _Number) -> bool:
    """The number is followed by "of whom"/"of them": a part of the group told before."""
    k = _next_word(toks, number.end)
    return k + 1 < len(toks) and toks[k].low == "of" and toks[k + 1].low in ("whom", "them")


def _noun_after(toks: list[_Tok], k: int) -> str:
    """The word at k, past a possessive ("met their death")."""
    if k < len(toks) and toks[k].low in ("their", "his", "her"):
        k = _next_word(toks, k + 1)
    return toks[k].low if k < len(toks) else ""


def _toll_rose(toks: list[_Tok], first: int) -> bool:
    """"The death toll rose to 12", "has climbed to": the toll replaces an earlier one."""
    for back in range(first - 1, max(-1, first - _TOLL_LOOKBACK), -1):
        word = toks[back].low
        if word in _lexicon()["toll_rises"]:
            return True
        if word == "toll" or word in _PUNCT_STOPS:
            return False
    return False


def _predicate_after(toks: list[_Tok], j: int, numbers_at: dict[int, _Number]) -> tuple[
        str | None, bool, bool, str]:
    """Follow the subject phrase after a number to its predicate.

    Returns (status, extra, auxiliary_seen, predicate word): status "death", "subset",
    "agent", "other" or None when no predicate is found.
    """
    lex = _lexicon()
    extra, aux_seen, words = False, False, 0
    k = _next_word(toks, j)
    if k < len(toks) and toks[k].low in lex["extra"]:
        extra = True
    if k + 1 < len(toks) and toks[k].low == "of" and toks[k + 1].low in lex["subset_after"]:
        return "subset", extra, aux_seen, "of"
    while k < len(toks) and words < 9:
        low = toks[k].low
        nxt = _next_word(toks, k + 1)
        nxt_low = toks[nxt].low if nxt < len(toks) else ""
        status = _death_verb_status(toks, k, aux_seen, numbers_at)
        if status is not None:
            return status, extra, aux_seen, low
        if low == "among":
            return "subset", extra, aux_seen, low
        if low == "," and nxt_low in _ASIDE_OPENERS:
            # "Five people, including two children, were killed": skip the aside.
            close = next((x for x in range(nxt + 1, min(len(toks), nxt + 12))
                          if toks[x].low == ","), None)
            if close is not None:
                k = _next_word(toks, close + 1)
                words += 1
                continue
        if low == "from" and not aux_seen:
            # "A labourer from Bihar was shot dead": where the counted come from
            aux = next((x for x in range(nxt, min(len(toks), nxt + 4))
                        if toks[x].low in lex["auxiliaries"]), None)
            if aux is not None and not any(toks[x].low in _PUNCT_STOPS for x in range(nxt, aux)):
                k = aux
                words += 1
                continue
        if low == "found" and aux_seen and (nxt_low in lex["passive"] or nxt_low in lex["manner"]):
            k = nxt  # "Five men were found shot dead"
            words += 1
            continue
        if low in lex["auxiliaries"]:
            aux_seen = True
            extra = extra or low == "also"  # "two soldiers were also killed": more dead
        elif low in ("and", ",") and nxt in numbers_at and _subset_of_whom(toks, numbers_at[nxt]):
            return None, extra, aux_seen, ""  # "160 wounded, 31 of whom died": not all died
        elif low in ("and", ",") and nxt in numbers_at:
            k = numbers_at[nxt].end  # "12 militants and 4 soldiers were killed"
            words += 1
            continue
        elif low in _PUNCT_STOPS or low in lex["stops"]:
            return None, extra, aux_seen, ""
        elif aux_seen or low in _OTHER_VERBS:
            return "other", extra, aux_seen, low
        elif (low.endswith("ed") or low.endswith("ing")) and low not in lex[
                "adjective_participles"]:
            return "other", extra, aux_seen, low
        words += 1
        k = nxt
    return None, extra, aux_seen, ""


def _death_verb_status(toks: list[_Tok], k: int, aux_seen: bool,
                       numbers_at: dict[int, _Number]) -> str | None:
    """What the word at k, on the way from a number to its predicate, says of those
    counted: "death" ("bodies", "were killed", "lost their lives", "were stabbed to
    death"), "agent" when they did it ("killed a girl", "stabbed to death a guard"),
    "other" for a manner verb with no death ("were stabbed"); None for any other word."""
    lex = _lexicon()
    low = toks[k].low
    nxt = _next_word(toks, k + 1)
    nxt_low = toks[nxt].low if nxt < len(toks) else ""
    if low in lex["nouns"] and not aux_seen:
        return "death"
    if low in lex["died_as"] and _noun_after(toks, nxt) in lex["died_as"][low]:
        return "death"  # "a soldier embraced martyrdom"
    if low == "lost" and nxt_low in ("their", "his", "her") and nxt + 1 < len(toks) and (
            toks[nxt + 1].low in ("lives", "life")):
        return "death"
    if low in lex["passive"]:
        if low in lex["transitive"] and not aux_seen and nxt < len(toks) and (
                nxt_low in _DETERMINERS or nxt in numbers_at
                or toks[nxt].low[:1].isdigit()):
            return "agent"
        return "death"
    if low in lex["manner"]:
        if nxt_low == "dead" or (nxt_low == "to" and nxt + 1 < len(toks)
                                 and toks[nxt + 1].low == "death"):
            after = _next_word(toks, nxt + (1 if nxt_low == "dead" else 2))
            if not aux_seen and after < len(toks) and (
                    toks[after].low in _DETERMINERS or after in numbers_at):
                return "agent"  # "soldiers shot dead a girl"
            return "death"
        if nxt_low == "and" and nxt + 1 < len(toks) and toks[nxt + 1].low in lex["passive"]:
            return "death"
        return "other"
    return None


def _classify(toks: list[_Tok], numbers: list[_Number]) -> list[_Mention]:
    lex = _lexicon()
    numbers_at = {n.num_start: n for n in numbers}
    mentions: list[_Mention] = []
    for number in numbers:
        k = _prev_word(toks, number.first - 1)
        prev = toks[k].low if k >= 0 else ""
        prev2 = toks[k - 1].low if k >= 1 else ""
        phrase = _noun_phrase(toks, number.end)
        if prev in lex["subset_before"] or (prev in ("them", "whom") and prev2 == "among"):
            mentions.append(_Mention(number, "subset", _head(phrase)))
            continue
        role = _object_of_death_verb(toks, k)
        if role == "object" and toks[number.num_start].low in ("himself", "herself"):
            # the attacker's own death adds to the victims told beside it
            mentions.append(_Mention(number, "death", "*self*", extra=True, via_object=True))
            continue
        if role == "object":
            mentions.append(_Mention(number, "death", _head(phrase), via_object=True))
            continue
        if prev in lex["losses"] and _head(phrase) in lex["own_men"]:
            # "killing 15 attackers and losing two men": a side's own dead
            mentions.append(_Mention(number, "death", _head(phrase), via_object=True))
            continue
        if role == "toll" and number.kind == "num":
            mentions.append(_Mention(number, "death", "*total*",
                                     update=_toll_rose(toks, number.first)))
            continue
        if _subset_of_whom(toks, number) and mentions and mentions[-1].status == "death":
            mentions.append(_Mention(number, "subset", _head(phrase)))
            continue  # "killed 40 people, 12 of whom were children"
        if (prev == "and" or prev == "," and number.kind == "num") and mentions:
            last = mentions[-1]
            between = toks[last.number.end:k]
            if len(between) <= 6 and last.status in ("death", "subset") and last.via_object and (
                    not any(t.low in lex["auxiliaries"] or t.low in _PUNCT_STOPS
                            or t.low in lex["stops"] or t.low in _OTHER_VERBS
                            or t.low.endswith("ing") for t in between)):
                mentions.append(_Mention(number, last.status, _head(phrase), via_object=True))
                continue
        status, extra, aux_seen, predicate = _predicate_after(toks, number.end, numbers_at)
        if status is None:
            continue
        if status == "subset" and _subset_of_whom(toks, number) and not (
                mentions and mentions[-1].status == "death"):
            # "received 160 wounded, 31 of whom died": the dead among a group not counted
            # as dead
            after = _predicate_after(toks, _next_word(toks, number.end) + 2, numbers_at)
            if after[0] == "death":
                mentions.append(_Mention(number, "death", "*total*"))
            continue
        if number.kind == "article" and status == "death" and not aux_seen and (
                predicate not in ("died", "dies", "perished", "lost", *lex["died_as"])):
            continue  # "a bomb killed ..." is not "a man was killed"
        mentions.append(_Mention(number, status, _head(phrase), extra=extra))
    return mentions


def _phrase_bounds(toks: list[_Tok], number: _Number) -> tuple[int, int]:
    """Character span of a number phrase; for an article, the article and its noun."""
    last = number.end - 1
    if number.kind == "article":
        last = number.end + len(_noun_phrase(toks, number.end, limit=3)) - 1
    return toks[number.first].start, toks[last].end


def _span(text: str, toks: list[_Tok], numbers: list[_Number]) -> tuple[str, int, int]:
    bounds = [_phrase_bounds(toks, n) for n in numbers]
    parts = [text[a:b] for a, b in bounds]
    return " + ".join(parts), bounds[0][0], bounds[-1][1]


def count_fatalities(text: str) -> FatalityCount:
    """Deaths stated in an event's clause or sentences (see the module docstring)."""
    lowered = _lowered(text)
    toks = _tokens(lowered)
    mentions = [m for m in _classify(toks, _read_numbers(toks)) if m.status == "death"]
    counted = [m for m in mentions if m.number.kind != "vague"]
    risen = [m for m in counted if m.update]
    if risen:  # "killed 12 … the toll rose to 15": the risen toll replaces what came before
        counted = [m for m in counted if m.number.first >= risen[-1].number.first
                   and not m.extra]  # "… rose to 15 after 3 more bodies were found"
    if counted:
        extras = [m for m in counted if m.extra]
        groups: dict[str, _Mention] = {}
        for mention in counted:
            if mention.extra:
                continue
            held = groups.get(mention.head)
            if held is None or mention.number.value < held.number.value:
                groups[mention.head] = mention
        if "*total*" in groups and len(groups) > 1:
            lowest_total = groups["*total*"]
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


def combine_tolls(earlier: FatalityCount, later: FatalityCount) -> FatalityCount:
    """The dead of one event told twice: a toll that rose replaces the earlier count;
    the dead told as others ("five attackers were also killed") or as the attackers
    killed after victims ("killing the three gunmen") add up; otherwise the two tellings
    count the same dead, often under other nouns ("20 villagers", "20 civilians"), and
    the larger (the fuller telling) stands."""
    if later.count is None:
        return earlier if earlier.text is not None or later.text is None else later
    if earlier.count is None or later.update:
        return later
    if all(head == "*more*" for head, _ in later.groups) and later.groups or \
            _attackers_after_victims(earlier.groups, later.groups):
        count = plausible_toll(earlier.count + later.count)
        return FatalityCount(count, f"{earlier.text} + {later.text}", earlier.start,
                             earlier.end, earlier.groups + later.groups if count is not None
                             else (), False)
    return later if later.count > earlier.count else earlier


def _attackers_after_victims(first: tuple[tuple[str, int], ...],
                             second: tuple[tuple[str, int], ...]) -> bool:
    """The later telling's dead are all attackers and the earlier's none ("12 people were
    killed …; soldiers ended the siege, killing the three gunmen")."""
    attackers = _lexicon()["attackers"]
    return bool(first and second) and all(head in attackers for head, _ in second) \
        and not any(head in attackers for head, _ in first)
