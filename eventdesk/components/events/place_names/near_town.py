"""Whether a report measures an unknown place from a town ("Jaldomo, about 30 kilometres
from Marsabo town", "an outpost near Tabrun", "12 km west of the city of Marbat"): the town
is then the nearest named place, where analysts code the event (GUIDELINES: geo_precision
2, "coded to the nearest named town"), even when the town is the small seat of its
namesake region or known to the index only as its district. A name put "in" such a town or
district ("Ouarsamba, in Tindoumar") stays its region's
(`holders.known_point`): there the report names the region, here the town. Split from
holders.py, which decides what the record keeps, because this reads the report's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventdesk.geo.anchors import DISTANCE_UNITS
from eventdesk.geo.normalize import name_key

# a name's word: a capital (any script's: "Ébolowa"), or a lower-case Arabic article before
# one ("al-Fashir", "el-Obeid")
_CAPITALS = "".join(c for c in map(chr, range(0x2000)) if c.isupper())
_WORD = rf"(?:(?:al|el)-)?[{re.escape(_CAPITALS)}][\w'’-]*"
_UNITS = "|".join(sorted(map(re.escape, DISTANCE_UNITS), key=len, reverse=True))
_DIRECTIONS = "north|south|east|west|north-?east|north-?west|south-?east|south-?west"

# a proximity phrase, then an optional "the city of", then the capitalised name it measures
# from: "near", "Outside", "on the outskirts of", "30 km from", "30km from" (the lead words
# in any case, for a sentence opens with them; the name capitalised). Not a bare direction
# ("the Al-Nur front west of Marbat"): with no distance the place may lie tens of km off,
# as placing/places.py reads it (DIRECTION_ONLY_KM)
_NEAR_RE = re.compile(
    rf"(?i:\b(?:near|outside|outskirts\s+of)"
    rf"|(?:(?<=\d)|\b)(?:{_UNITS})\s+(?:from|of|(?:{_DIRECTIONS})\s+of))\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})")


def measured_towns(text: str) -> frozenset[str]:
    """The keys of the names `text` measures a place from, each name cut after every word
    ("near Tabrun on Sunday": tabrun; "near Fada N'Gourma": fada, fada ngourma)."""
    keys = set()
    for match in _NEAR_RE.finditer(text):
        words = match.group("name").split()
        keys.update(name_key(" ".join(words[:n])) for n in range(1, len(words) + 1))
    keys.discard("")
    return frozenset(keys)


def near_town_in(text: str) -> Callable[[str], bool]:
    """A test of whether `text` (the sentences telling an event) measures a place from the
    town named `town`."""
    keys = measured_towns(text)
    return lambda town: bool(town) and name_key(town) in keys
