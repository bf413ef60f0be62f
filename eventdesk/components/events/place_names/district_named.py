"""Whether the report writes a town's name as a district's ("at Kistaram in Sukma district",
"in North Kivu province's Rutshuru territory, ... in Kibumba area"): a name the index lacks
that the placer wrote as that town's part ("Sukma - Kistaram") lies somewhere in the
district, often 30-100 km from the seat whose point the record would carry; so the record
keeps the district and its region with no point (`holders.known_point`, issue 9: a point
that far off under the village's name misleads a map). A district named after a big city is
made of the city ("Karachi district"): its parts keep the city's point. Split from
holders.py, which decides what the record keeps, because this reads the report's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventdesk.geo.normalize import name_key

# words naming a second-level division after its name ("Sukma district", "Beni territory",
# "Ikwerre LGA", "Douentza cercle", "Shibganj upazila", "Chandwa tehsil")
DIVISION_WORDS = ("district", "territory", "lga", "local government area", "cercle",
                  "upazila", "tehsil", "taluk", "taluka", "department", "prefecture")
# a town this big gives its name to a district made of the city itself
BIG_CITY_POPULATION = 500_000

_NAME = r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})"
_DIVISION_RE = re.compile(
    _NAME + r"(?i:" + "|".join(re.escape(w) for w in DIVISION_WORDS) + r")\b")
_OF_RE = re.compile(r"\b(?i:district|territory|cercle|department)\s+of\s+(?P<name>"
                    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def divisions_named(text: str) -> frozenset[str]:
    """The keys of the names `text` writes as a district's ("Sukma district": sukma; "the
    Rutshuru territory": rutshuru; "the district of Gumla": gumla), each name cut before
    every word ("North Kivu province's Masisi territory": masisi, ...)."""
    keys = set()
    for match in _DIVISION_RE.finditer(text):
        words = match.group("name").split()
        keys.update(name_key(" ".join(words[n:])) for n in range(len(words)))
    for match in _OF_RE.finditer(text):
        keys.add(name_key(match.group("name")))
    keys.discard("")
    return frozenset(keys)


def district_named_in(text: str) -> Callable[[str], bool]:
    """A test of whether `text` (the sentences telling an event) writes `town` as the name of
    a district."""
    keys = divisions_named(text)
    return lambda town: bool(town) and name_key(town) in keys
