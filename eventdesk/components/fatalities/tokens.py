"""The text as lowercase word tokens, read only in windows around death cues (a number far
from every death word is no death count), and the noun phrase a number counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventdesk.components.fatalities.lexicon import OTHER_VERBS, PUNCT_STOPS, QUOTES, lexicon
from eventdesk.components.raw_text import lower_same_length

_TOKEN = re.compile(r"[^\W_]+(?:[-.,'’][^\W_]+)*|[^\w\s]")
# Words near which a death count can be stated; numbers far from all of them are skipped.
_DEATH_CUES = re.compile(
    r"kill|dead|death|die|execut|massacr|slain|murder|behead|assassin|perish|lynch|slaughter"
    r"|martyr|bodies|corpses|lives|toll|fatalit|decapitat|electrocut|liquidat"
    r"|shahada|to hell")   # numbers.toml died_as: "embraced shahadat", "sent to hell"
_CUE_BEFORE, _CUE_AFTER = 170, 110


@dataclass(slots=True)
class Tok:
    """A lowercase token and its character offsets in the text."""

    low: str
    start: int
    end: int


def lowered_text(text: str) -> str:
    """The text lowercased on its own offsets, curly apostrophes straightened."""
    return lower_same_length(text).replace("’", "'")


def tokens(lowered: str) -> list[Tok]:
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
    toks: list[Tok] = []
    for start, end in windows:
        if toks:
            toks.append(Tok(".", start, start))
        toks.extend(Tok(m.group(), m.start(), m.end())
                    for m in _TOKEN.finditer(lowered, start, end))
    return toks


def next_word(toks: list[Tok], i: int) -> int:
    """Index of the next token at or after i that is not a quote mark."""
    while i < len(toks) and toks[i].low in QUOTES:
        i += 1
    return i


def prev_word(toks: list[Tok], i: int) -> int:
    """Index of the last token at or before i that is not a quote mark (-1 for none)."""
    while i >= 0 and toks[i].low in QUOTES:
        i -= 1
    return i


def noun_phrase(toks: list[Tok], i: int, limit: int = 5) -> list[str]:
    """The words after a number up to a verb, preposition (except "of") or punctuation."""
    lex = lexicon()
    words: list[str] = []
    j = next_word(toks, i)
    while j < len(toks) and len(words) < limit:
        low = toks[j].low
        if low in PUNCT_STOPS or low in lex["stops"] or low in lex["auxiliaries"] or (
                low in lex["passive"] or low in lex["manner"] or low in OTHER_VERBS):
            break
        if (low.endswith("ing") or low.endswith("ed")) and low not in lex[
                "adjective_participles"] and words:
            break
        words.append(low)
        j = next_word(toks, j + 1)
    return words


def head(words: list[str]) -> str:
    """The noun a phrase counts ("soldiers" of "12 government soldiers"), "*total*" for
    everyone ("people", "the death toll")."""
    lex = lexicon()
    if "of" in words:
        inner = words[words.index("of") + 1:]
        words = inner or words[:words.index("of")]
    if any(word in lex["total_heads"] for word in words):
        return "*total*"
    return words[-1] if words else "*total*"
