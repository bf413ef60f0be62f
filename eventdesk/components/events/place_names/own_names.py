"""Whether a name the index lacks may stand as an event's place, with no point (issue 9).

The unknown-name readers take capitalised words where a deed's place would be, and not all
of them name a place: a country or its people ("Myanmar", "Sri Lankan"), a person ("forces
loyal to Mengistu", read as one where the report gives him a title), a token glued to a date
("Aprilreported"), a sea or a wide region ("the Gulf", "the Middle East"), everyday words.
Shown to users as the event's location they are wrong; the event keeps its country alone.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc

from eventdesk.extensions import doc_tokens
from eventdesk.geo.words import COMMON_WORDS, TITLES, an_age, everyday_words

# Seas, gulfs and the world's wide regions: no location an event can be at
WIDE_AREA_WORDS = frozenset({"gulf", "sea", "ocean", "strait", "straits", "channel"})
WIDE_REGIONS = frozenset({
    "middle east", "near east", "far east", "sahel", "sahara", "maghreb", "levant",
    "horn of africa", "great lakes", "balkans", "caucasus", "north africa", "west africa",
    "east africa", "central africa", "southern africa", "central asia", "south asia",
    "southeast asia", "latin america", "central america", "arabian peninsula",
})
CALENDAR_WORDS = tuple(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))


def keeps_own_name(gazetteer, doc: Doc, name: str) -> bool:
    """Whether `name`, a place the index lacks that the report names, may be kept as the
    event's location: `names_a_place`, not a country nor opened by one or by a demonym,
    and not a name the report reads as a person."""
    words = name.split()
    return names_a_place(gazetteer, name) and not any(
        gazetteer.country_code_of(n) or gazetteer.demonym_country(n) for n in (name, words[0])
    ) and not read_as_a_person(doc, words)  # "Myanmar", "Sri Lankan" (Tamils)


def names_a_place(gazetteer, name: str) -> bool:
    """Whether `name` may name a place, by its words alone: not a people ('Indian'), a
    sea or wide region, a date glued to a word, nor a common word of news ('Border',
    'Coast'; not every word a dictionary holds: 'Rim' and 'Gaga' are villages)."""
    words = name.split()
    if gazetteer.demonym_country(name):
        return False
    lower = name.lower().removeprefix("the ")
    if lower in WIDE_REGIONS or words[-1].lower() in WIDE_AREA_WORDS:
        return False
    return len(words) > 1 or not (lower in COMMON_WORDS or glued_to_a_date(name))


def glued_to_a_date(word: str) -> bool:
    """A month or weekday run into the next word ("Aprilreported", "Mondaykilled"): a
    spacing slip of the source, no name."""
    lower = word.lower()
    return any(lower.startswith(day) and _a_word(lower[len(day):]) for day in CALENDAR_WORDS)


def _a_word(text: str) -> bool:
    """An everyday word, or one with an -s, -ed or -ing ending ("killed", "reports")."""
    return len(text) >= 4 and any(
        text.removesuffix(end) in everyday_words() for end in ("", "s", "d", "ed", "ing"))


def read_as_a_person(doc: Doc, words: list[str]) -> bool:
    """The report names `words` as a person: after a title ("President Mengistu") or with
    an age ("Mengistu, 43,"). The tagger's PERSON is no sign: it tags unknown towns so
    ("the central town of Konna")."""
    n = len(words)
    toks = doc_tokens(doc)
    seen = [i for i in range(len(toks) - n + 1)
            if toks[i].text == words[0] and [t.text for t in toks[i:i + n]] == words]
    return any(i > 0 and doc[i - 1].text.lower().rstrip(".") in TITLES
               or i + n + 1 < len(doc) and doc[i + n].text == "," and an_age(doc[i + n + 1].text)
               for i in seen)
