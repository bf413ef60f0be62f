"""Word readings of place detection: an English or everyday word, and whether the words
around a name lengthen it (a capitalised word of some other proper name: "Jebel Marra",
"Tal Na’am"). Kept apart because span judging (span_judging.py) and the loose-spelling
pass (detection.py) both ask them.
"""

from __future__ import annotations

from eventdesk.geo.candidates import (
    BIG_CITY_POPULATION,
    CONNECTORS,
    PLACE_DESIGNATORS,
    REGION_DESIGNATORS,
    Candidate,
)
from eventdesk.geo.name_spans import _in_word_list, word_after
from eventdesk.geo.normalize import ARABIC_ARTICLES, name_key
from eventdesk.geo.words import TITLES

# apostrophes and ayn/hamza marks inside transliterated names ("Na’am", "‘Eiss")
NAME_APOSTROPHES = "'’‘`ʼʿʾ"
# Words that close a village's or a clan's name in Pashto, Urdu and Hindi as a separate
# word ("Kabul Khel", "Daulat Khel", "Shin Kalay"): after a town's one-word name they make
# another place's name, however big the town (a "Quetta Khel police station" in some
# district is no police station of Quetta city).
NAME_CLOSING_WORDS = frozenset({"khel", "khail", "kalay", "kalle", "killi", "kili", "kelay"})


class NameWords:
    """The name-word readings of the Gazetteer (gazetteer.py), whose word lists and
    country tables they read."""

    def _is_english(self, word: str) -> bool:
        """An English word, plurals included ('Minutes', 'Forces')."""
        return _in_word_list(word.lower(), self._english)

    def _is_everyday(self, word: str) -> bool:
        """An English word that is not only a noun ('Union', 'Forest'), or a listed one."""
        return _in_word_list(word.lower(), self._everyday)

    def _is_name_word(self, word: str) -> bool:
        """A capitalised word of some proper name that is neither English nor a country's."""
        word = word.strip(NAME_APOSTROPHES)  # "Na’am", "‘Eiss": letters and apostrophes
        letters = "".join(ch for ch in word if ch not in NAME_APOSTROPHES and ch != "-")
        if not word[:1].isupper() or not letters.isalpha() or word.isupper() \
                or word.lower() in CONNECTORS:
            return False  # not capitalised, not a word, an acronym, or 'al'/'de'/…
        if self._is_english(word) or word.lower() in TITLES:
            return False
        key = name_key(word)
        return key not in self._country_names and key not in self._demonyms \
            and key not in self._shared_adjectives

    def _surname(self, word: str) -> bool:
        """A name word no place of the index is named ("Mwangi" in "governor Austin Mwangi")."""
        return self._is_name_word(word) and name_key(word) not in self._keys

    def _opens_longer_name(self, candidates: list[Candidate], words: list[str], i: int,
                           j: int) -> bool:
        """A one-word name of a town followed by a word that closes a village's name
        (NAME_CLOSING_WORDS: "Quetta Khel"), whatever the town's size; or a one-word name of
        a town, not a big city, followed by a name word that is no town of the same
        countries: the first word of a longer name the index lacks ("Tal Dhalfa", "Tal
        Na’am"), not the town of that one word ("Tal", At Tall near Damascus)."""
        after = word_after(words, j - 1)
        if j - i == 1 and after < len(words) and words[after].lower() in NAME_CLOSING_WORDS:
            return True
        if j - i != 1 or after >= len(words) or any(
                c.population >= BIG_CITY_POPULATION or c.is_region for c in candidates):
            return False
        if not self._continues_name(words, j):
            return False
        # "Damascus Daraa": a list of two towns of one country, not one name
        codes = {c.country_code for c in candidates}
        return not any(c.country_code in codes
                       for c in self.candidates(words[after].strip(NAME_APOSTROPHES)))

    def _closes_longer_name(self, candidates: list[Candidate], words: list[str], i: int,
                            j: int, before: int) -> bool:
        """A one-word name of a town, not a big city, after a name word (its article
        between) that is no town of the same countries: the last word of a longer name the
        index lacks ("the Bab al-Salama crossing", not Salamá in Guatemala)."""
        if j - i != 1 or before < 0 or not self._is_name_word(words[before]) or any(
                c.population >= BIG_CITY_POPULATION or c.is_region for c in candidates):
            return False
        codes = {c.country_code for c in candidates}
        return not any(c.country_code in codes
                       for c in self.candidates(words[before].strip(NAME_APOSTROPHES)))

    def _continues_name(self, words: list[str], j: int) -> bool:
        """The name goes on past token j-1 with a word the match does not cover; a place
        word written with a capital ("the Deir Ezzor Governorate", "Bajaur Agency's X Tehsil")
        says what the name is, it does not lengthen it. A doubled space is no word
        ("Mashrou    Dummar")."""
        j = word_after(words, j - 1)
        if j >= len(words):
            return False
        if words[j].lower() in REGION_DESIGNATORS or words[j].lower() in PLACE_DESIGNATORS:
            return False
        if self._is_name_word(words[j]):
            return True
        return (words[j].lower() in ARABIC_ARTICLES and j + 2 < len(words)
                and words[j + 1] == "-" and self._is_name_word(words[j + 2]))
