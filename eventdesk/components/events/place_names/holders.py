"""What holds a name the gazetteer lacks ("the village of X in western Y", "In Saada
governorate, ... the Sahar district"), and the place written with the name as its part
("Aleppo - al-Sakhour")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from eventdesk.components.events.common import copy_place
from eventdesk.components.events.place_measures import COMPASS_WORDS
from eventdesk.components.events.place_names.district_named import BIG_CITY_POPULATION
from eventdesk.components.events.place_names.own_names import names_a_place
from eventdesk.components.events.place_names.site_towns import site_town
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_tokens
from eventdesk.geo.candidates import DISTRICT_DESIGNATORS, WELL_KNOWN_POPULATION, is_district
from eventdesk.geo.country_words import BORDER_WORDS
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, join_parts, part_of, town_of

# "the village of X in western Y", "X, near Y": words between a town and what holds it
HOLDER_LINKS = frozenset({"in", "near", "outside", "of", ",", "the", "inside", "within"})


def settlement_in(base: Place, settlement: tuple[str, int, int]) -> Place:
    """The place of an unknown town or village the clause names beside `base`: a region
    keeps its centre under the town's name (geo_precision 3; the record keeps no point,
    `known_point`); a town ("the village of X
    near Y", "the Latakia town of X", "in northern Y, targeting the village of X")
    becomes "Y - X" at geo_precision 2, the nearest place the report gives."""
    name = " ".join(settlement[0].split())  # "Khan Bani  Saad": a doubled space
    if base.latitude is None:
        return base
    if base.geo_precision == 3:
        base.location = name
        return base
    base.location = join_parts(town_of(base.location), name)
    base.geo_precision = 2
    return base


def settlement_holder(doc: Doc, settlement: tuple[str, int, int], pool):
    """The place right after an unknown town that says where it is: "the village of X in
    western Y", "X, near Y", "X village in Y district"."""
    _, _, end = settlement
    for mention in sorted(pool, key=lambda m: m.start):
        if mention.start < end or mention.start - end > 4:
            continue
        between = [t.lower_ for t in doc_tokens(doc)[end:mention.start]]
        if mention.end < len(doc) and doc[mention.end].lower_ in BORDER_WORDS:
            continue  # "the town of X near the Idlib border": another region's edge
        if between and between[0] in HOLDER_LINKS and all(
                w in HOLDER_LINKS or w in COMPASS_WORDS for w in between):
            if mention.end + 1 < len(doc) and doc[mention.end].text in ("'s", "’s"):
                # "in North Kivu's Masisi territory": the place inside it holds the town
                return next((m for m in pool if m.start == mention.end + 1), mention)
            return mention
    return None


def region_holder(doc: Doc, mention, pool, judge):
    """The region the clause names beside a small place or a district, which holds it: "In
    Saada governorate, raids hit the Sahar district" is Saada's Sahar, and when the index
    knows none there, the governorate itself (geo_precision 3, the name kept), never a
    namesake in another region. A well-known town is named for itself ("In Homs province,
    ... in Damascus")."""
    if mention.kind == "region" or not mention.candidates or (
            mention.designator not in DISTRICT_DESIGNATORS
            and mention.candidates[0].population >= WELL_KNOWN_POPULATION):
        return None
    return next((m for m in pool if m is not mention and m.kind == "region"
                 and m.candidates and judge.plausible(doc, m)), None)


def inside(place: Place, holder: Place) -> bool:
    """`place` lies in `holder`: in its region, or within 30 km of its town."""
    if place.country_code != holder.country_code or place.latitude is None:
        return False
    if holder.geo_precision == 3:
        return place.admin1 == holder.admin1
    return haversine_km(place.latitude, place.longitude, holder.latitude,
                        holder.longitude) <= 30


def known_point(gazetteer, place: Place | None,
                near_town: Callable[[str], bool] = lambda _town: False,
                district_named: Callable[[str], bool] = lambda _town: False) -> Place | None:
    """The place with a point only where the point is the named place's own (issue 9). A
    name the index lacks that the report holds only in a region, read at the region's
    centre ("near Robotyne, in the Zaporizhzhia region") or at a district's seat as its
    part ("Velcro - Talcobo", "near Talcobo, in Velcro territory"), is that region's
    and no nearer: its name, the region (admin1, and admin2 for a district), geo_precision
    3, and no point -- a point 30-200 km off under the village's name misleads a map; so is
    one written as a part of a small town that is its region's namesake seat ("Kidal -
    Tinzaouatene", `_small_seat`), and one written as a part of a district seated at its
    namesake town ("Kurabo - Dobalak", "a village in Kurabo LGA"): the district names no
    town, and its seat may lie 30-100 km from the village: a point there is a guess. A
    region named as the place keeps its centre, a town's part the town's point (also the
    part of a district named after a city of WELL_KNOWN_POPULATION, "Harare - Highfield"), as
    does a part the report measures from its town (`near_town`: "Jaldomo, 30 km from
    Marsabo town", "a camp near Marbat", near_town.py), and a site named after a town of
    the region ("the Umm Zabara Teaching Hospital", site_towns.py) -- also when the site
    was written as another town's part ("Korvi - Talsu market": at Talsu, its own town). So
    is a part of a town the report writes as a district's name ("at Dorpal in Tabeldi
    district": `district_named`, district_named.py), unless a big city's or the town
    itself ("the town of Tabeldi in Tabeldi district": "Tabeldi - Tabeldi", the town)."""
    if place is None or place.latitude is None:
        return place
    if place.geo_precision == 3 and place.location \
            and not _names_the_region(gazetteer, place):
        town = site_town(gazetteer, place)
        if town is not None:
            return town  # "the Umm Zabara Teaching Hospital in Kordafa": at Umm Zabara
        if not names_a_place(gazetteer, place.location) and place.admin1:
            place = copy_place(place)  # "in Indian Kashmir" read as "Indian": the region
            place.location = place.admin1
            return place
        return region_held(place, place.location)
    holder, name = town_of(place.location), part_of(place.location)
    if name and place.geo_precision == 2:
        town = site_town(gazetteer, region_held(place, name))
        if town is not None and name_key(town_of(town.location)) != name_key(holder):
            return town  # "at Talsu market", held at the report's Korvi: at Talsu
    code = place.country_code
    if name and not near_town(holder) and (gazetteer.is_district_place(place.geonameid)
                 and not _a_city(gazetteer, holder, code)
                 or _small_seat(gazetteer, holder, place)
                 or district_named(holder) and name_key(name) != name_key(holder)
                 and not _a_city(gazetteer, holder, code, BIG_CITY_POPULATION)):
        return region_held(place, name)
    return place


def _small_seat(gazetteer, name: str, place: Place) -> bool:
    """`name` is a town under WELL_KNOWN_POPULATION that is the seat of a region of the same
    name ("Kidal" in the Kidal region): a name the index lacks that the report puts "in"
    such a town is a village or site of its region (a small town has no named quarters in
    the news), up to a few hundred km from the seat."""
    key = name_key(name)
    found = [c for c in gazetteer.candidates(name) if c.country_code == place.country_code
             and c.admin1 == place.admin1 and c.match == "exact"]
    return any(c.is_region and name_key(c.name) == key for c in found) and all(
        c.population < WELL_KNOWN_POPULATION for c in found if not c.is_region)


def region_held(region: Place, name: str) -> Place:
    """`name`, known only to lie in `region` (a region or a district): its admin1 and admin2,
    geo_precision 3, no point and no GeoNames id (the region's is not the place's)."""
    held = copy_place(region)
    held.location, held.geo_precision = name, 3
    held.latitude = held.longitude = held.geonameid = None
    return held


def _a_city(gazetteer, name: str, code: str | None,
            population: int = WELL_KNOWN_POPULATION) -> bool:
    """The index knows `name` as a town of `population` in country `code`: a
    district named after a city and made of it ("the Harare township of Highfield") holds
    the city's parts, a few km from its point."""
    return any(c.country_code == code and not c.is_region and not is_district(c)
               and c.population >= population and c.match == "exact"
               for c in gazetteer.candidates(name))


def _names_the_region(gazetteer, place: Place) -> bool:
    """The place's name is its region's own ("Bekaa valley" in Bekaa, "Idlib"), or a name the
    index gives the region it stands at."""
    key = name_key(place.location or "")
    if any(region and key.startswith(name_key(region))
           for region in (place.admin1, place.admin2)):
        return True
    return place.geonameid is not None and any(
        c.geonameid == place.geonameid for c in gazetteer.candidates(place.location))
