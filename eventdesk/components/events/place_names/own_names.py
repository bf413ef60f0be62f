"""Whether a name the index lacks may stand as an event's place, with no point (issue 9).

The unknown-name readers take capitalised words where a deed's place would be, and not all
of them name a place: a country or its people ("Myanmar", "Sri Lankan"), a person ("forces
loyal to Mengistu", read as one where the report names him again), a token glued to a date
("Aprilreported"), a sea or a wide region ("the Gulf", "the Middle East"), everyday words.
Shown to users as the event's location they are wrong; the event keeps its country alone.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc

from eventdesk.geo.words import COMMON_WORDS, TITLES, everyday_words

# Seas, gulfs and the world's wide regions: no location an event can be at
WIDE_AREA_WORDS = frozenset({"gulf", "sea", "ocean", "strait", "straits", "channel"})
WIDE_REGIONS = frozenset({
    "middle east", "near east", "far east", "sahel", "sahara", "maghreb", "levant",
    "horn of africa", "great lakes", "balkans", "caucasus", "north africa", "west africa",
    "east africa", "central africa", "southern africa", "central asia", "south asia",
    "southeast asia", "latin america", "central america", "arabian peninsula",
})
CALENDAR_WORDS = tuple(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))
# a reading of the name elsewhere in the report as no place
NOT_PLACE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def keeps_own_name(gazetteer, doc: Doc, name: str, start: int) -> bool:
    """Whether `name`, a place the index lacks read at token `start` (-1 when not found),
    may be kept as the event's location: `names_a_place`, not a country nor opened by
    one or by a demonym, and not a name the report reads as a person or body (after a
    title, or so tagged where it is named again and never as a place)."""
    words = name.split()
    return names_a_place(gazetteer, name) and not any(
        gazetteer.country_code_of(n) or gazetteer.demonym_country(n) for n in (name, words[0])
    ) and not read_as_no_place(doc, words, start)  # "Myanmar", "Sri Lankan" (Tamils)


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


def read_as_no_place(doc: Doc, words: list[str], start: int) -> bool:
    """The report names `words` after a title ("President Mengistu"), or tags it a person,
    body or people where it names it again, and never as a place."""
    n = len(words)
    seen = [i for i in range(len(doc) - n + 1)
            if [t.text for t in doc[i:i + n]] == words]
    if any(i > 0 and doc[i - 1].text.lower().rstrip(".") in TITLES for i in seen):
        return True
    labels = {doc[i].ent_type_ for i in seen}
    return not labels & PLACE_ENTITIES and any(
        doc[i].ent_type_ in NOT_PLACE_ENTITIES for i in seen if i != start)
