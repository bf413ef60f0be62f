"""A site named after the town it serves ("the Umm Zabara Teaching Hospital in Kordafa
state", "Tabrun Airfield, in Kordafa"): the report names the site's town in its name, so the
event is at that town ("Umm Zabara - Umm Zabara Teaching Hospital", geo_precision 2, as when
no region is named) rather than held only in the region that the clause names after it.
Only sites that stand in or beside their town: a dam, a bridge or a crossing named after a
town may lie tens of km from it. Split from holders.py (`known_point`), which asks it."""

from __future__ import annotations

from eventdesk.geo.candidates import is_district
from eventdesk.geo.words import FACILITY_WORDS
from eventdesk.records import Place, join_parts

# sites named after a town that may lie tens of km from it: a dam, a bridge, a crossing, an
# army base, a camp, a plant out of town
FAR_SITE_WORDS = frozenset(
    {"base", "camp", "bridge", "checkpoint", "crossing", "dam", "plant", "refinery",
     "barracks", "compound", "factories", "factory"})
# last words of a site that stands in, or beside, the town it is named after (the site
# words of geo/words.py, less the far-lying ones; place_mentions/town_sites.py TOWN_SITE_WORDS
# is another list: the words naming a body after its town, far-lying sites among them)
BESIDE_TOWN_SITE_WORDS = FACILITY_WORDS - FAR_SITE_WORDS


def site_town(gazetteer, place: Place) -> Place | None:
    """The town `place`'s site (its location, read at its region: geo_precision 3) is named
    after: a town the index knows by the site's first words (as written or normalised: "Um
    Zabara" is Umm Zabara), in the same region; None when
    the site's name opens with no such town."""
    words = (place.location or "").split()
    if len(words) < 2 or words[-1].lower() not in BESIDE_TOWN_SITE_WORDS or not place.admin1:
        return None
    for n in range(len(words) - 1, 0, -1):
        name = " ".join(words[:n])
        found = [c for c in gazetteer.candidates(name)
                 if c.country_code == place.country_code and c.admin1 == place.admin1
                 and not c.is_region and not is_district(c) and c.match != "transliteration"
                 and c.latitude is not None]
        if found:
            town = max(found, key=lambda c: c.population)
            return Place(country=place.country, country_code=place.country_code,
                         admin1=place.admin1, admin2=town.admin2,
                         location=join_parts(name, place.location), latitude=town.latitude,
                         longitude=town.longitude, geo_precision=2, geonameid=town.geonameid)
    return None
