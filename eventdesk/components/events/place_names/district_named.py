"""Whether the report writes a town's name as a district's ("at Dorpal in Tabeldi district",
"in the Tabeldi territory of Kordafa"): a name the index lacks that the placer wrote as that
town's part ("Tabeldi - Dorpal") lies somewhere in the district, often 30-100 km from the
seat whose point the record would carry; so the record keeps the district and its region
with no point (`holders.known_point`, issue 9: a point that far off under the village's name
misleads a map). A district named after a big city is made of the city ("Qasrabad
district"): its parts keep the city's point. Split from holders.py, which decides what the
record keeps, because this reads the report's words.

Read from the place mentions of the sentences telling the event, by the designator the
mention carries (`geo.candidates.DISTRICT_DESIGNATORS`, the one list of a second-level
division's words, less the words that often name a town itself), not from the raw text: a
name the same sentences also write as a town ("the town of Tabeldi in Tabeldi district",
"in Tabeldi, Tabeldi district") is the town, and a part put in it keeps the town's point.
"""

from __future__ import annotations

from collections.abc import Callable

from eventdesk.geo.candidates import DISTRICT_DESIGNATORS, _split_designator
from eventdesk.geo.normalize import name_key

# a town this big gives its name to a district made of the city itself
BIG_CITY_POPULATION = 500_000
# designators that write a name as a town's, not a district's
TOWN_WORDS = frozenset({"town", "city", "village"})
# division words that often name the town itself or a big town's own area ("Monywa
# Township", "X municipality", "Y county"): no sign that a part lies far from the town
TOWNLIKE_DIVISIONS = frozenset({"township", "municipality", "county"})
DIVISIONS = DISTRICT_DESIGNATORS - TOWNLIKE_DIVISIONS


def _key(mention) -> str:
    return name_key(_split_designator(mention.text)[0])


def district_named_in(doc, mentions) -> Callable[[str], bool]:
    """A test of whether the place mentions `mentions` (those of the sentences telling an
    event, in `doc`) write `town` as the name of a district: one of them carries a
    district's designator ("Tabeldi district", "the district of Tabeldi") and none writes
    it as a town ("the town of Tabeldi", "Tabeldi town", "in Tabeldi," before its district)."""
    districts = {_key(m) for m in mentions if m.designator in DIVISIONS
                 or _division_word_beside(doc, m)}
    towns = {_key(m) for m in mentions if m.designator in TOWN_WORDS or (
        m.designator is None and m.end < len(doc) and doc[m.end].text == ",")}
    keys = districts - towns
    keys.discard("")
    return lambda town: bool(town) and name_key(town) in keys


def _division_word_beside(doc, mention) -> bool:
    """A division word the mention does not carry: right after its name ("X tehsil") or
    before it with "of" ("the cercle of X")."""
    return mention.end < len(doc) and doc[mention.end].lower_ in DIVISIONS or (
        mention.start > 1 and doc[mention.start - 1].lower_ == "of"
        and doc[mention.start - 2].lower_ in DIVISIONS)
