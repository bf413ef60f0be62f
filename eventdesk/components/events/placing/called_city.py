"""A loose spelling of a place the report calls a city ("the northern city of Mazar-i-Sharif"
read as Mazar-e Sharif) is that city, not a namesake village the index lacks.

`abroad.loose_namesake` takes a reading by a spelling the report does not write, far from
every place the report names, for a namesake of a village the index lacks and keeps only the
country. The index holds the cities: a place the report itself calls a city, read loosely
as a place of the index, is that place under another transliteration; a village is not
called "the city of"."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.geo.normalize import loose_key
from eventdesk.records import Place, town_of

# The words a report calls a place a city with, right before its name ("the city of X",
# "the northern city X").
CITY_WORDS = frozenset({"city", "metropolis"})

# The most words of a city's name after "the city of"
NAME_WORDS = 4


def called_a_city(doc: Doc, place: Place) -> bool:
    """The report writes `place`'s name, by a spelling of the same sounds, as "the city of
    X" or "the city X"."""
    wanted = loose_key(town_of(place.location))
    if not wanted:
        return False
    for tok in doc:
        if tok.lower_ not in CITY_WORDS:
            continue
        start = tok.i + 1
        if start < len(doc) and doc[start].lower_ == "of":
            start += 1
        words = []
        for word in doc[start:start + NAME_WORDS * 2]:
            if not (word.text[:1].isupper() or word.text in ("-", "i", "e", "al", "el")):
                break
            words.append(word)
            if loose_key("".join(w.text_with_ws for w in words).strip()) == wanted:
                return True
    return False
