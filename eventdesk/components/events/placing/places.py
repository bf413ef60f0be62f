"""A place's key, its measured point, a town at the edge of a city, a country alone, an
unknown town listed beside a known one."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.common import actor_tokens, copy_place
from eventdesk.components.events.place_measures import (
    BEARINGS,
    DIRECTION_ONLY_KM,
    LANDMARK_KM,
    PROJECTED_MAX_KM,
    PROJECTED_MIN_KM,
    direction_only,
    is_landmark,
    link_before,
    located_unknown_name,
    measure_before,
    measured_unknown_place,
    projected_point,
)
from eventdesk.components.events.placing.phrases import joined_head
from eventdesk.components.events.preamble import digest_line
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_ext
from eventdesk.geo.coordinated import heads_a_named_list, listed_name
from eventdesk.geo.countries import country_name
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, is_city_part, join_parts, local_name_of, part_of, town_of

# "On the outskirts of Talbiseh, north of the city": a town this near the report's main city
# lies at its edge
SATELLITE_KM = 30


def place_key(place: Place | None) -> str:
    """The place as merging compares it: its name, marked when only a region is known."""
    if place is None:
        return ""
    region = "/region" if place.geo_precision == 3 else ""
    return (place.location or place.admin1 or place.country or "").lower() + region


def unheld_sibling(cand: Candidate, town: Place, head: Token) -> None:
    """"the towns of X and Y", "the town of Y and the village of X", Y known (its name's
    `head`) and X not: the event was placed at X as "Y - X" (the sentence's one known town
    holding it), but a place listed beside a town is not within it. X keeps the town's
    region (geo_precision 3, no point), a place of its own (`own_unknown`), apart from Y."""
    own = cand.place
    joined = joined_head(head)
    if not is_city_part(own) or own.geo_precision != 2 \
            or place_key(town) != town_of(own.location).lower() \
            or not (joined.dep_ == "conj" and listed_name(joined.head)
                    or heads_a_named_list(head)):
        return
    region = copy_place(own)
    region.location = part_of(own.location)
    region.admin2 = region.latitude = region.longitude = region.geonameid = None
    region.geo_precision = 3
    cand.place, cand.own_unknown = region, True


def at_measured_point(doc: Doc, place: Place | None, mention,
                      known: Callable[[Doc], set[int]]) -> Place | None:
    """"Dhuluiya, 70 kilometres north of Baghdad", Dhuluiya unknown to the index: the event
    placed at the landmark it is measured from moves to the point the text gives (70 km
    north of Baghdad's), under the unknown place's name, geo_precision 2 -- the landmark
    itself is a place the event is not at. The landmark's region is kept only when the
    point is near it. `known` gives the tokens of the names the index knows, asked only
    when the cheap tests pass."""
    if place is None or place.latitude is None or place.geo_precision == 3 \
            or not mention.candidates:
        return place
    landmark = town_of(place.location)
    if name_key(landmark) != name_key(mention.text) and not any(
            c.geonameid == place.geonameid for c in mention.candidates):
        return place  # placed at another name than the landmark's
    measured = measured_unknown_place(doc, mention, known(doc))
    if measured is None:
        # "rural Braeton, just east of Kingston": near the landmark, under the unknown
        # place's name ("Kingston - Braeton", geo_precision 2)
        name = None if is_city_part(place) else located_unknown_name(
            doc, mention, known(doc) | actor_tokens(doc))  # not "Hamas, south of Gaza"
        if name is None:
            return place
        near = copy_place(place)
        near.location, near.geo_precision = join_parts(landmark, name), 2
        bearing = direction_only(doc, mention)
        if bearing is not None:
            # "Balcad, north of Mogadishu": some way off in that direction, not at the town
            near.latitude, near.longitude = projected_point(
                place.latitude, place.longitude, DIRECTION_ONLY_KM, bearing)
            near.geonameid = None
        return near
    return measured_off(place, measured.name, measured.km, measured.bearing)


def measured_district(gazetteer, doc: Doc, place: Place | None, mention, pool
                      ) -> Place | None:
    """"in the Andar district, some 20 km south of Ghazni city": a district the index knows
    only as a division (its point a centroid, no town) that the report measures from a town:
    the town the reporter measured from (a measure under PROJECTED_MIN_KM, "Ghazni - Andar",
    geo_precision 2), else the point the measure gives -- the report's own location of it."""
    if place is None or place.latitude is None or not gazetteer.is_district_place(
            place.geonameid):
        return None
    for other in pool:
        if not 0 < other.start - mention.end <= 8 or not is_landmark(doc, other.start):
            continue
        measure = measure_before(doc, link_before(doc, other.start))
        bearing = BEARINGS.get(measure.word_before)
        if measure.link != "of" or bearing is None or measure.km is None \
                or measure.km > PROJECTED_MAX_KM:
            return None
        town = gazetteer.resolve(other, countries=[place.country_code])
        if town is None or town.latitude is None or town.geo_precision == 3 \
                or town.country_code != place.country_code:
            return None
        name = local_name_of(place.location or mention.text)
        if measure.km >= PROJECTED_MIN_KM:
            moved = measured_off(town, name, measure.km, bearing)
            moved.admin1, moved.admin2 = place.admin1, place.admin2  # the district's own
            return moved
        near = copy_place(town)
        near.location, near.geo_precision = join_parts(town_of(town.location), name), 2
        return near
    return None


def measured_off(landmark: Place, name: str, km: float, bearing: float) -> Place:
    """The place `name` that lies `km` from `landmark` in the direction `bearing`: the
    projected point, geo_precision 2; the landmark's region only when near it."""
    moved = copy_place(landmark)
    moved.latitude, moved.longitude = projected_point(landmark.latitude, landmark.longitude,
                                                      km, bearing)
    moved.location = name
    moved.geo_precision = 2
    moved.geonameid = None
    if km > LANDMARK_KM:
        moved.admin1 = moved.admin2 = None  # far from the landmark: maybe another region
    return moved


def satellite(town: Place | None, city: Place | None) -> bool:
    """Another town than the report's main city, within SATELLITE_KM of it: a town on the
    city's edge, whose name does not make the city's districts its own."""
    if town is None or city is None or town.latitude is None or city.latitude is None \
            or town.geonameid == city.geonameid:
        return False
    return haversine_km(town.latitude, town.longitude, city.latitude,
                        city.longitude) <= SATELLITE_KM


# Words that make a name a part of a city, never a second-level division ("Kurram
# district" is one: "district" alone is not enough).
CITY_PART_WORDS = frozenset({"neighbourhood", "neighborhood", "suburb", "quarter",
                             "microdistrict"})


def city_part_told(doc: Doc, mention) -> bool:
    """"the city's Kyivskyi district", "the capital's Hodan district", "the Saltivka
    neighbourhood": the words make the name a part of the city the report is on."""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    before = doc[mention.start - 2:mention.start] if mention.start >= 2 else []
    return after in CITY_PART_WORDS or len(before) == 2 and before[1].lower_ == "'s" \
        and before[0].lower_ in ("city", "capital", "town")


def part_read_in_another_city(part: Place | None, name: str, city: Place | None) -> bool:
    """"Russia struck Kharkiv … The missiles hit a residential area in the city's Kyivskyi
    district": a part of a city (`city_part_told`) that the index reads only as a namesake
    in another province (Donetsk's), while the report is on a city of that country: a part
    of the city in focus (many cities share their districts' names)."""
    return part is not None and city is not None and part is not city \
        and part.country_code == city.country_code and part.admin1 != city.admin1 \
        and name_key(part.location or "") == name_key(name)


# How far from the city in focus a part of it the index knows as a place of its own may
# lie ("the city's Zarichnyi district", 1.5 km from Sumy's centre)
CITY_PART_KM = 15.0


def part_known_apart(part: Place | None, city: Place | None) -> Place | None:
    """"A drone hit a building in Sumy … The drone struck the upper floors in the city's
    Zarichnyi district": a part of the city in focus (`city_part_told`) that the index holds
    as a place of its own near it, written as the city's part ("Sumy - Zarichnyi", GUIDELINES:
    "City - District"), so that it is one place with the city for the tellings told there."""
    if part is None or city is None or part.latitude is None or city.latitude is None \
            or part.geonameid == city.geonameid or is_city_part(part) \
            or part.country_code != city.country_code or part.admin1 != city.admin1 \
            or haversine_km(part.latitude, part.longitude, city.latitude,
                            city.longitude) > CITY_PART_KM:
        return None
    place = Place(**{name: getattr(part, name) for name in Place.__slots__})
    place.location = join_parts(city.location, part.location)
    return place


def line_country(doc: Doc, char: int) -> str | None:
    """The country the label of the digest line holding the character names ("16 Jun –
    Somalia (Ceel Dheer):"): the line's own country, whatever the report's first is."""
    line = digest_line(doc, char)
    if line is None:
        return None
    return next((m.country_code for m in doc_ext(doc, "places") or [] if m.kind == "country"
                 and m.country_code and line[0] <= m.start_char < line[1]), None)


def line_countries(doc: Doc, char: int) -> list[str]:
    """The report's countries, the digest line's own first (`line_country`)."""
    countries = doc_ext(doc, "countries") or []
    own = line_country(doc, char)
    return [own, *[c for c in countries if c != own]] if own else countries


def country_only(code: str | None, name: str | None = None) -> Place | None:
    """The country alone, with no point in it, under the `name` of the place in it the index
    lacks when the report gives one; none without a country."""
    return Place(country=country_name(code), country_code=code, location=name) \
        if code else None
