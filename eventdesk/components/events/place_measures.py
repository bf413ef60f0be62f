"""Distance and direction phrases: "80 km west of Baghdad", "20 km from Gao", "northeast of
Damascus". One reader of the words before a name says how it is measured from; placing asks
whether the name is a landmark, how far, and whether it locates an unknown place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventdesk.components.events.common import namelike
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.geo.anchors import DISTANCE_UNITS as GAZETTEER_DISTANCE_UNITS
from eventdesk.geo.name_spans import word_before

COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west",
     "upper", "lower", "greater", "inner", "outer", "mainly", "predominantly"})
# "20 miles south of Baghdad" is coded at Baghdad, near (geo_precision 2), as analysts do;
# beyond this distance "N km north of X" names a landmark to measure from, not the place.
LANDMARK_KM = 50
# "about 60 km east of": the words of a distance to a landmark, besides units and numbers
MEASURE_WORDS = frozenset({"of", "from", "about", "some", "around", "roughly", "nearly", "almost",
                           "approximately", "just", "(", ")"})
# the gazetteer's units, and "mi", which only placing reads ("5 mi east of X")
DISTANCE_UNITS = GAZETTEER_DISTANCE_UNITS | {"mi"}
MILE_KM = 1.609
NAUTICAL_MILE_KM = 1.852
# How far before "of" or "from" a distance is read ("235 kilometers (145 miles) north of")
MEASURE_SPAN = 8


@dataclass(frozen=True, slots=True)
class Measure:
    """What the words before "of" or "from" say: "about 60 km east of", "20 km from"."""

    link: str            # "of" or "from"
    word_before: str     # the word right before the link: a compass word or a unit
    unit: bool           # a unit of distance among the words before
    km: float | None     # the distance, when a number goes with the first such unit


def measure_before(doc: Doc, link: int) -> Measure:
    """Read the distance and direction phrase that ends at the token `link`."""
    unit, km = False, None
    for tok in doc_tokens(doc)[max(0, link - MEASURE_SPAN):link]:
        if tok.lower_ not in DISTANCE_UNITS:
            continue
        unit = True
        number_at = word_before(doc, tok.i)  # "75  km"
        nautical = number_at >= 0 and doc[number_at].lower_ == "nautical"
        if nautical:  # "450 nautical miles southeast of Mombasa", the sea's mile
            number_at = word_before(doc, number_at)
        if km is None and number_at >= 0:
            number = doc[number_at].text.replace(",", "")
            if number.replace(".", "", 1).isdecimal():  # not "²", which float() refuses
                in_miles = tok.lower_.startswith("mile") or tok.lower_ == "mi"
                km = float(number) * (NAUTICAL_MILE_KM if nautical and in_miles
                                      else MILE_KM if in_miles else 1.0)
    at = word_before(doc, link)  # "(50 miles)  north of"
    before = doc[at].lower_ if at >= 0 else ""
    hyphen = word_before(doc, at) if before in ("east", "west") else -1
    if hyphen >= 1 and doc[hyphen].text == "-" and doc[hyphen - 1].lower_ in ("north", "south"):
        before = f"{doc[hyphen - 1].lower_}-{before}"  # "south - west": split at its hyphen
    return Measure(link=doc[link].lower_, word_before=before, unit=unit, km=km)


# "south of the capital Algiers", "north of the town of Kidal": words naming what the
# landmark is, between the direction and the name
LANDMARK_NOUNS = frozenset({"capital", "city", "town", "village"})


def link_before(doc: Doc, start: int) -> int:
    """The token that links the name at `start` to a direction or a distance: the one right
    before it, or the "of" before "the capital" / "the town of" ("south of the capital
    Algiers", "north of the town of Kidal"), also with a comma ("north of the capital,
    Lusaka")."""
    words = doc_tokens(doc)
    before = k = word_before(doc, start)  # "north of  Baghdad"
    if words[k].text == "," and word_before(doc, k) >= 1 \
            and words[word_before(doc, k)].lower_ == "capital":
        k = word_before(doc, k)
    j = word_before(doc, k) if words[k].lower_ == "of" else k
    if j < 1 or words[j].lower_ not in LANDMARK_NOUNS or j == k and words[k].lower_ != "capital":
        return before
    j = word_before(doc, j)
    while j > 0 and (words[j].lower_ == "the" or words[j].pos_ == "ADJ"):
        j = word_before(doc, j)
    return j if j >= 0 and words[j].lower_ == "of" and j < k else before


def is_landmark(doc: Doc, start: int) -> bool:
    """"Douma, northeast of Damascus", "20 km from Gao", "south of the capital Algiers": a
    name that only locates another."""
    if start < 2:
        return False
    measure = measure_before(doc, link_before(doc, start))
    return (measure.link == "of" and measure.word_before in COMPASS_WORDS) or (
        measure.link == "from" and measure.word_before in DISTANCE_UNITS)


def measured_from(doc: Doc, mention) -> bool:
    """"80 km west of Baghdad", "235 kilometers (145 miles) north of Colombo": a place named
    to measure a distance from."""
    if mention.start < 2:
        return False
    measure = measure_before(doc, link_before(doc, mention.start))
    return measure.link == "of" and measure.word_before in COMPASS_WORDS and measure.unit


def far_landmark(doc: Doc, root: Token, beyond: float = LANDMARK_KM) -> bool:
    """"some 390 km north of Baghdad", "80 kilometers (50 miles) west of Baghdad": a
    landmark farther than `beyond` km (LANDMARK_KM), not the event's place."""
    while root.dep_ == "compound" and root.head is not root:
        root = root.head  # "west of Mosul City"
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    km = measure_before(doc, root.head.i).km
    return km is not None and km > beyond


# "Kanambe village, which lies 120 km north of", "the Nakial sector about 300 km south of":
# the place word after an unknown name, and the words that say where it lies
UNKNOWN_PLACE_NOUNS = frozenset({"village", "town", "sector", "area", "district", "camp"})
LIES_WORDS = frozenset({"which", "that", "lies", "lying", "located", "situated", "is", ","})


def _unknown_name_before(doc: Doc, mention, known: set[int]) -> tuple[int, int] | None:
    """The span of the unknown place a distance phrase before `mention` locates: the name
    before a comma ("Koure, about 60 km east of Niamey"), or before its place word and the
    words saying where it lies ("Kanambe village which lies about 120 km north of the
    provincial capital Kalemie", "the Nakial sector about 300 km south of Muzaffarabad");
    None when the name is one the index knows (among the `known` tokens)."""
    k = link_before(doc, mention.start)
    while k >= 0 and (doc[k].lower_ in MEASURE_WORDS or doc[k].lower_ in COMPASS_WORDS
                      or doc[k].lower_ in DISTANCE_UNITS or doc[k].like_num):
        k = word_before(doc, k)
    if k < 1:
        return None
    if doc[k].text == ",":
        end = word_before(doc, k) + 1  # "Koure  , about 60 km": the name ends at its word
    elif _bare_name_end(doc, k, known) and k < link_before(doc, mention.start) - 1:
        end = k + 1  # "the Qorilow Dam east of Balad": the name runs up to the direction
    else:
        j = k
        while j > 0 and doc[j].lower_ in LIES_WORDS and doc[j].text != ",":
            j = word_before(doc, j)
        if j == k and doc[j].lower_ not in UNKNOWN_PLACE_NOUNS:
            return None
        if doc[j].text == ",":
            j = word_before(doc, j)
        if doc[j].lower_ not in UNKNOWN_PLACE_NOUNS or not doc[j].text.islower():
            return None
        end = word_before(doc, j) + 1  # "Kanambe  village"
    start = end
    while start - 1 >= 0 and namelike(doc[start - 1]) and start - 1 not in known:
        start -= 1
    if start == end or end - start > 4 or end - 1 in known:
        return None
    return start, end


def name_located_by(doc: Doc, landmark) -> tuple[int, int] | None:
    """The span of the name a landmark locates ("Koure, about 60 km east of Niamey"), known
    to the index or not."""
    return _unknown_name_before(doc, landmark, set()) if landmark.start >= 2 else None


def _bare_name_end(doc: Doc, k: int, known: set[int]) -> bool:
    """Token `k`, right before a direction with no comma ("the Qorilow Dam east of Balad"),
    ends an unknown place's name: a name the tagger calls a place or nothing, not a country
    ("troops from Kenya north of Balad"), an actor, a person or an acronym ("staff of an
    NGO south of Balad")."""
    if not namelike(doc[k]) or k in known or doc[k].text.isupper() \
            or doc[k].ent_type_ not in ("GPE", "LOC", "FAC", ""):
        return False
    return not any(m.kind == "country" and m.start <= k < m.end
                   for m in doc_ext(doc, "places") or [])


def locates_unknown_place(doc: Doc, mention, known: set[int]) -> bool:
    """"near Koure, about 60 km east of Niamey", "Kanambe village which lies 120 km north
    of Kalemie", with Koure, Kanambe unknown to the index (not among the `known` tokens):
    the landmark is the nearest place the text gives (near it, geo_precision 2)."""
    if mention.start < 2:
        return False
    return _unknown_name_before(doc, mention, known) is not None


def located_unknown_name(doc: Doc, mention, known: set[int]) -> str | None:
    """The unknown place `mention` locates by a direction or a distance ("rural Braeton, just
    east of Kingston", "Kasumbalesa, about 9 km from Lubumbashi"): its name, kept at the
    landmark; None when the landmark locates nothing, or a place the index knows."""
    if not is_landmark(doc, mention.start):
        return None
    span = _unknown_name_before(doc, mention, known)
    return None if span is None else " ".join(doc[span[0]:span[1]].text.split())


# Compass words of a measured direction and their bearings in degrees from north
BEARINGS = {"north": 0.0, "northeast": 45.0, "north-east": 45.0, "east": 90.0,
            "southeast": 135.0, "south-east": 135.0, "south": 180.0, "southwest": 225.0,
            "south-west": 225.0, "west": 270.0, "northwest": 315.0, "north-west": 315.0}
# Projected only beyond the scorer's 25 km (nearer, GUIDELINES' "coded to the nearest named
# town" is the landmark itself) and not farther than this (a stated distance of hundreds of
# km is rounded by tens of km)
PROJECTED_MIN_KM = 25.5
PROJECTED_MAX_KM = 400


# "Balcad, north of Mogadishu": a place named by its direction alone from a town lies some
# way off in that direction (in the studied reports a median of about 16 km, rarely under 5
# or over 45); the point this far along the bearing stays within the scorer's 25 km of the
# town itself and reaches the places 25-40 km out that the town's own point misses
DIRECTION_ONLY_KM = 15.0
# "rural Braeton, just east of Kingston": at the town's edge, no way off
HARD_BY_WORDS = frozenset({"just", "immediately"})


def direction_only(doc: Doc, mention) -> float | None:
    """The bearing (degrees from north) of "Balcad, north of Mogadishu", a direction from the
    landmark `mention` with no distance; None with a distance ("70 km north of"), a word
    saying the place is at the landmark's edge ("just east of"), or no direction."""
    link = link_before(doc, mention.start)
    measure = measure_before(doc, link)
    bearing = BEARINGS.get(measure.word_before)
    if measure.link != "of" or bearing is None or measure.unit:
        return None
    compass = word_before(doc, link)
    hedge = word_before(doc, compass) if compass >= 0 else -1
    return None if hedge >= 0 and doc[hedge].lower_ in HARD_BY_WORDS else bearing


@dataclass(frozen=True, slots=True)
class MeasuredPlace:
    """"Koure, about 60 km east of Niamey": the unknown place's name and where the text puts
    it from the landmark."""

    name: str
    km: float
    bearing: float


def measured_unknown_place(doc: Doc, mention, known: set[int]) -> MeasuredPlace | None:
    """The unknown place that `mention` (a landmark) locates by a distance and a direction:
    "Koure, about 60 km east of Niamey", "Dhuluiya, 70 kilometres (40 miles) north of
    Baghdad"; None when the text gives no distance or no direction, or the place is one the
    index knows (among the `known` tokens)."""
    if mention.start < 2:
        return None
    span = _unknown_name_before(doc, mention, known)
    if span is None:
        return None
    measure = measure_before(doc, link_before(doc, mention.start))
    bearing = BEARINGS.get(measure.word_before)
    if measure.link != "of" or bearing is None or measure.km is None \
            or not PROJECTED_MIN_KM <= measure.km <= PROJECTED_MAX_KM:
        return None
    return MeasuredPlace(doc[span[0]:span[1]].text, measure.km, bearing)


def projected_point(latitude: float, longitude: float, km: float, bearing: float
                    ) -> tuple[float, float]:
    """The point `km` from (latitude, longitude) in the direction `bearing` (degrees from
    north), on a sphere: near enough for the tens of km news reports round to."""
    lat1, lon1, b = math.radians(latitude), math.radians(longitude), math.radians(bearing)
    d = km / 6371.0
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(b))
    lon2 = lon1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(lat1),
                             math.cos(d) - math.sin(lat1) * math.sin(lat2))
    return round(math.degrees(lat2), 5), round((math.degrees(lon2) + 540) % 360 - 180, 5)
