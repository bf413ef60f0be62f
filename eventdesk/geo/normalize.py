"""Place-name normalisation: the rules that make "Deir ez-Zour" meet "Dayr az Zawr".

Three levels, from strict to loose, each a pure function of the text:

* `fold`: case and accents folded, punctuation spaced out; two spellings that differ only
  in case, diacritics or hyphenation fold the same.
* `name_key`: `fold` plus Arabic article variants dropped (also when written fused to a
  later word: "Deir Ezzor", "Ras Elhilal"), apostrophes and ʿayn marks removed, doubled
  letters single, and general transliteration rules (ou/oo/o/aw → u,
  ee → i, ay/ai/ey → ei, q → k, -iyah/-iyeh/-ieh → iya, final -ah/-eh → a).
* `skeleton`: `name_key` with the vowels after each word's first letter removed, which
  absorbs vowel variation (Hims/Homs, Rashidin/Rashedin, Jazan/Jizan).

`loose_key` is apart: `name_key` with consonant digraphs and vowel letters folded, compared
by similarity, and only among the names of one country (`Gazetteer.loose_candidates`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose into ASCII.
_SPECIAL_LETTERS = str.maketrans({
    "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae",
    "œ": "oe", "ħ": "h", "ŧ": "t", "ŀ": "l", "ſ": "s", "ə": "e", "ɨ": "i", "ɛ": "e", "ɔ": "o",
})
_SPECIAL_CAPITALS = str.maketrans({
    "Ø": "O", "Ł": "L", "Đ": "D", "Ð": "D", "Þ": "Th", "Æ": "Ae", "Œ": "Oe", "Ħ": "H",
    "Ŧ": "T", "Ə": "E", "Ɨ": "I", "Ɛ": "E", "Ɔ": "O", "İ": "I",
})
# Apostrophes, ʿayn and hamza marks and their look-alikes: removed outright.
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u201b\u0060\u00b4\u02b9-\u02bf\u02c8\u02bc]")
# Everything else that is not a letter or a digit separates words: a name's words are
# the runs of letters and digits between.
_WORD_RUNS = re.compile(r"[^\W_]+")

# Arabic definite article as transliterated in news and GeoNames (sun-letter assimilations
# included); dropped when another word follows.
ARABIC_ARTICLES = frozenset(
    {"al", "el", "ul", "il", "ad", "ar", "ash", "as", "at", "az", "an", "ath", "adh", "ed",
     "er", "es", "esh", "et", "ez", "en", "ud", "ur", "us", "ut", "uz", "un"}
)
# "Abu Arrab", "Umm Hassan", "Ibn Saud": words that open an Arabic name
NAME_OPENINGS = frozenset({"abu", "umm", "ibn", "bin", "bint", "abd"})


def opens_an_arabic_name(words: list[str], start: int, end: int) -> bool:
    """The one word words[start:end] only opens an Arabic name the index does not know
    ("Abu Arrab"): part of a person's or an unknown place's name, never a place alone (nor
    a town of that name abroad, "Abu" in India)."""
    return end - start == 1 and words[start].lower() in NAME_OPENINGS \
        and end < len(words) and words[end][:1].isupper()

# Word-level transliteration rules, applied in order to one folded, article-free word.
_WORD_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<=.)(?:iyyah|iyyeh|iyya|iyah|iyeh|iyye|iya|ieh|iah|iye)$", "IYA"),
        (r"(?<=...)(?:ah|eh)$", "a"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"ou|oo|aw|au|ow|o", "u"),
        (r"ee", "i"),
        (r"ay|ai|ey|ei", "ei"),
        (r"(.)\1+", r"\1"),
        (r"IYA", "iya"),
    )
)
_VOWELS_AFTER_FIRST = re.compile(r"(?<=.)[aeiou]+")


def _combining_class() -> re.Pattern[str]:
    """A character class of every combining mark in the Basic Multilingual Plane."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile("[" + re.escape(marks) + "]")


_COMBINING = _combining_class()


def fold_uncached(text: str) -> str:
    """`fold` without its cache, for bulk builds where names rarely repeat."""
    text = text.casefold()
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
        text = text.translate(_SPECIAL_LETTERS)
    # the words read in one pass (no whitespace is a word character, so these are the
    # words a cut at every other character and a split on whitespace would leave)
    return " ".join(_WORD_RUNS.findall(_APOSTROPHES.sub("", text)))


fold = functools.lru_cache(maxsize=200_000)(fold_uncached)
fold.__doc__ = "Case, accents and punctuation folded: 'Deir ez-Zôr' -> 'deir ez zor'."


# The article written fused to a word after a name's first: assimilated to a sun letter it
# doubles it ("Deir Ezzor", "Bab Assalam": only t d r z s n), else "al"/"el" before a
# consonant ("Ras Elhilal"); at least three letters left.
_FUSED_ARTICLE = re.compile(
    r"^(?:[ae]([tdrzsn])(?=\1[a-z]{2})|[ae]l(?=[b-df-hj-km-np-tv-z][a-z]{2}))")


def article_split(folded: str) -> str | None:
    """The name with an article fused to its first word written apart ("elwak" -> "el
    wak", "alkhums" -> "al khums"), else None: read only for a name the index lacks as
    written, since many names open with these letters ("Elgin", "Alba")."""
    first, _, rest = folded.partition(" ")
    fused = _FUSED_ARTICLE.match(first)
    if fused is None:
        return None
    split = f"{first[:fused.end()]} {first[fused.end():]}"
    return f"{split} {rest}" if rest else split


def _drop_articles(words: list[str]) -> list[str]:
    """Drop Arabic article words that precede another word ("deir ez zor" -> deir zor), and
    the article fused to a word after the first ("deir ezzor" -> deir zor) unless an article
    is written before it ("Aleppo - al-Assad")."""
    kept = [w if i == 0 or words[i - 1] in ARABIC_ARTICLES else _FUSED_ARTICLE.sub("", w)
            for i, w in enumerate(words) if not (w in ARABIC_ARTICLES and i + 1 < len(words))]
    return kept or words


@functools.lru_cache(maxsize=500_000)
def _word_key(word: str) -> str:
    if not word.isascii() or not word.isalpha():
        return word
    for pattern, replacement in _WORD_RULES:
        word = pattern.sub(replacement, word)
    return word


@functools.lru_cache(maxsize=500_000)
def _skeleton_word(word: str) -> str:
    if not word.isascii() or not word.isalpha():
        return word
    return _VOWELS_AFTER_FIRST.sub("", word)


def keys_of_folded(folded: str) -> tuple[str, str]:
    """(name_key, skeleton) of an already folded name: one pass for bulk builds."""
    words = [_word_key(w) for w in _drop_articles(folded.split())]
    return " ".join(words), " ".join(_skeleton_word(w) for w in words)


@functools.lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The matching key: fold + articles dropped + transliteration rules."""
    return keys_of_folded(fold(text))[0]


@functools.lru_cache(maxsize=200_000)
def skeleton(text: str) -> str:
    """The loosest key: `name_key` without vowels after each word's first letter."""
    return keys_of_folded(fold(text))[1]


# Letters transliterations of one sound disagree on ("Dhuluiya"/"Duluiya",
# "Khirbat"/"Hirbat"; every run of vowels and glides, "Menbeij"/"Manbij"): one letter each.
# Applied in this order; each digraph and the final "h" only where an "h" is (the gazetteer
# folds every name key of a country this way, thousands at a time), vowel runs by a plain
# replacement string, not a function per match.
_DIGRAPH_LETTERS = {"dh": "d", "th": "t", "kh": "h", "gh": "g", "sh": "s", "ch": "s", "ph": "f"}
_DIGRAPHS = re.compile(r"dh|th|kh|gh|sh|ch|ph")
_VOWEL_RUNS = re.compile(r"[aeiouwy]+")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_AH = re.compile(r"(?<=a)h\b")


def _digraph_letter(m: re.Match) -> str:
    return _DIGRAPH_LETTERS[m.group()]


def _first_of_group(m: re.Match) -> str:
    return m.group(1)


@functools.lru_cache(maxsize=100_000)
def loose_key(text: str) -> str:
    """`name_key` with the letters transliterations disagree on folded into one, spaces
    dropped ("Dhuluiyah" and "Ad Duluiya" -> "dala"): for comparing by similarity."""
    return loose_of_key(name_key(text))


def loose_of_key(key: str) -> str:
    """`loose_key` of a name's `name_key`; empty for a name not in Latin script."""
    if not key.isascii():
        return ""
    if "h" in key:
        key = _DIGRAPHS.sub(_digraph_letter, key)
    key = _DOUBLED.sub(_first_of_group, _VOWEL_RUNS.sub("a", key))
    if "h" in key:
        key = _FINAL_AH.sub("", key)
    return key.replace(" ", "")


def is_useful_skeleton(skel: str) -> bool:
    """Skeletons under four consonants say too little to match on."""
    return len(skel.replace(" ", "")) >= 4


# ʿayn and hamza marks GeoNames writes in transliterations ('‘Afrīn', 'Ta‘izz', '`Afrin').
_AYN_MARKS = re.compile(r"[\u2018\u201b\u0060\u00b4\u02b9-\u02bb\u02bd-\u02bf]")
# An apostrophe at either end of a word is a hamza too ('Sāmarrā’'); inside one it is kept.
_EDGE_APOSTROPHES = re.compile(r"(?<!\w)['\u2019\u02bc]+|['\u2019\u02bc]+(?!\w)")
# Between two consonants inside a word it is a soft sign or a transliteration's syllable or
# ejective mark, which English drops ("Arkhangel'sk", "Khmel'nyts'kyy", "Ts'khinvali",
# "Man'gyongdae"); a possessive ("Smith's") is kept.
_SOFT_SIGN = re.compile(r"(?<=[b-df-hj-np-tv-z])['\u2019\u02bc](?=[b-df-hj-np-tv-z][a-z])")


@functools.lru_cache(maxsize=100_000)
def display_spelling(name: str) -> str:
    """The plain ASCII spelling analysts write: accents and ʿayn/hamza marks dropped, case and
    hyphens kept ('Ḩamāh' -> 'Hamah', '‘Afrīn' -> 'Afrin', 'Sāmarrā’' -> 'Samarra',
    "Arkhangel'sk" -> 'Arkhangelsk').

    A name in another script is returned as it is.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_SPECIAL_LETTERS).translate(_SPECIAL_CAPITALS)
    text = _EDGE_APOSTROPHES.sub("", _SOFT_SIGN.sub("", _AYN_MARKS.sub("", text)))
    text = text.replace("\u2019", "'")
    text = " ".join(text.split())
    return text if text.isascii() and text else name
