"""A small place read in another first-level region when the only other place the report
names is one big city (a city's report: "residents marched through X", X read as a small
town of another state): a city report names the city's neighbourhoods,
favelas and suburbs, which the index rarely holds and which often share a small town's name
elsewhere in the country. The name is the city's part, at the city's point ("City - X",
precision 2, as `resolution` keeps a part the index lacks at its town).

Only when the report calls the name a city's part somewhere ("in the X complex", "the
neighbourhood of X": `QUARTER_WORDS`; a capital's report names towns elsewhere too, "gangs
stormed the town of Y" in a report filed from the capital), and with a single supporter, a
city of `CITY_POPULATION` people at least read by one of its own names (`stray_region` gives
the rest of the conditions: the stray's region never written, the stray a small place).
"""

from __future__ import annotations

import re

from eventdesk.records import Place, join_parts

# A city this big has neighbourhoods a report names as places of their own.
CITY_POPULATION = 1_000_000
# the words that call a name one of a city's parts, after it ("the X complex") or before it
# ("the favela of X"); not "district" or "community", which name rural divisions and villages
QUARTER_WORDS = ("neighbourhood", "neighborhood", "suburb", "quarter", "complex", "favela")
_WORDS = "|".join(QUARTER_WORDS)


def called_a_city_part(text: str, name: str) -> bool:
    """The report calls `name` a part of a city: "the X complex", "the suburb of X"."""
    name = re.escape(" ".join(name.split()))
    return re.search(rf"\b{name}\s+(?:{_WORDS})\b|\b(?:{_WORDS})\s+of\s+(?:the\s+)?{name}\b",
                     text, re.IGNORECASE) is not None


def the_only_big_city(support: list[tuple]) -> Place | None:
    """The supporters' one place when it is a big city (not a region) read by its own name."""
    if len({p.geonameid for _, p in support}) != 1:
        return None
    mention, place = support[0]
    if place.latitude is None:
        return None
    big = any(c.geonameid == place.geonameid and c.feature_class == "P"
              and c.population >= CITY_POPULATION and c.match == "exact"
              for c in mention.candidates)
    return place if big else None


def as_part_of(city: Place, stray: Place) -> Place:
    """The stray's name inside the city, at the city's point."""
    return Place(country=city.country, country_code=city.country_code, admin1=city.admin1,
                 admin2=city.admin2, location=join_parts(city.location or "", stray.location
                                                         or ""),
                 latitude=city.latitude, longitude=city.longitude, geo_precision=2,
                 geonameid=city.geonameid)
