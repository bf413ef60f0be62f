"""Which readings of a name in a country the report is not about may still be the place:
most are a coincidence of names with a place of the report's own country that the index
lacks. Asked by resolution (resolution.py) once the report's countries are known.
"""

from __future__ import annotations

from eventdesk.geo.candidates import (
    BIG_CITY_POPULATION,
    CITY_PART_DESIGNATORS,
    WELL_KNOWN_POPULATION,
    Candidate,
    _main_name,
    is_district,
)
from eventdesk.geo.normalize import name_key


def readable_abroad(cand: Candidate, text: str, designator: str | None) -> bool:
    """A reading abroad only of a well-known town named exactly. Not a loose spelling nor a
    small place, nor a city's district (a quarter is of a town the report names), nor a
    district (its people are its towns', no fame of its own); and a town named by another
    of its names only when it is a big city ("Bombay"): a mid-sized foreign town's
    alternate name is as likely a village of the report's own country the index lacks."""
    return (designator not in CITY_PART_DESIGNATORS and cand.match == "exact"
            and cand.population >= WELL_KNOWN_POPULATION and not is_district(cand)
            and (_main_name(cand, name_key(text)) or cand.population >= BIG_CITY_POPULATION))
