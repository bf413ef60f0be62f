"""Which of two named places holds the other in "the X neighbourhood of Y".

English puts the part first ("the El Rosal neighbourhood of Ciudad Altamira") as often as
the city ("the south Baghdad neighbourhood of Al-Bayaa"). When the index knows both names,
the holder is the bigger place: a neighbourhood is smaller than its city, and a village the
index reads for the first name (a namesake elsewhere in the country) is no city holding a
town of many times its people. Kept apart from districts.py, which is at its size limit.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

# the place after "of" holds the one before it when it has at least this many times the
# people of the first name's best reading
HOLDER_RATIO = 3


def bigger_after_of(doc: Doc, known, before: tuple[int, int], named: int,
                    plausible: Callable) -> bool:
    """True when the known place starting at token `named` (after "of") is a settlement
    at least HOLDER_RATIO times as populous as the best reading of the known place spanning
    `before`: then it is the city, and the name before the part's word the part."""
    first = next((m for m in known if (m.start, m.end) == before and m.candidates), None)
    second = next((m for m in known if m.start == named and m.kind == "place"
                   and m.candidates and plausible(doc, m)), None)
    if first is None or second is None:
        return False
    part, city = first.candidates[0], second.candidates[0]
    if city.is_region or city.feature_class != "P" or city.match != "exact":
        return False
    return city.population >= HOLDER_RATIO * max(part.population, 1)
