"""A name set off after a town by a comma says where the town lies, not a second place of
the event: its province ("in Marbat, Kordafa", "hit Bara, in southern rural Idlib") or its
district or municipality ("in Dorvan, Belcosta, a bomb went off", "armed men entered a
house in the community of X, in Y, and killed five people"). News locates a small place
by the unit that holds it; coding that unit again gave the one deed two records. Split
from phrases.py (at its size limit), whose `names_its_region` asks it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.geo.normalize import name_key


def holder_of(place, town) -> bool:
    """`place` is, by its name, the province (admin1) or the district (admin2) that holds
    `town`: the province itself, or whatever place bears the district's name (a district's
    seat, or a namesake of it the index read first)."""
    if town is None or place.country_code != town.country_code:
        return False
    name = name_key(place.location or "")
    if town.admin1 is not None and place.admin1 == town.admin1 \
            and name == name_key(place.admin1):
        return True
    return bool(town.admin2) and bool(name) and name == name_key(town.admin2) \
        and name != name_key(town.location or "")


def set_off_after(doc: Doc, head: Token) -> bool:
    """The name (`head`) follows a comma right after the town's phrase (", Kordafa",
    ", in southern rural Idlib", ", in the west of Y"), and is no member of a list joined
    by "and" or "or" ("shelled Idlib, Ariha and Saraqib": three places)."""
    if head.head.lower_ == "of" and head.head.head.lower_ in COMPASS_WORDS:
        head = head.head.head
    first = head.left_edge.i
    if first > 1 and head.head.i == first - 1 and (head.head.dep_ == "prep" or (
            head.head.dep_, head.head.pos_) == ("conj", "ADP")):  # ", in Y" joined to "in X"
        first -= 1   # ", in southern rural Idlib"
    before = doc[first - 1] if first > 0 else None
    return before is not None and before.text == "," and not any(
        c.dep_ == "cc" for c in head.head.children)
