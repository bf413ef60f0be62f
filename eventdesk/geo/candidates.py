"""The readings of the index: a candidate (one place a name may refer to), a place mention,
the designator words and population sizes that tell a place's kind, and what one candidate
is (a district, a country, well known, inside another).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

from eventdesk.distance import haversine_km
from eventdesk.errors import UsageError
from eventdesk.extensions import doc_entities, doc_tokens, doc_words
from eventdesk.geo.countries import country_of
from eventdesk.geo.normalize import ARABIC_ARTICLES, name_key
from eventdesk.records import Place

# Populations from which a place is "well known": kept even when its name is an English
# word or NER calls it a person.
WELL_KNOWN_POPULATION = 50_000
REGION_DESIGNATORS = frozenset(
    {"province", "governorate", "state", "region", "department", "oblast", "prefecture",
     "county", "provinces", "governorates", "states", "regions"}
)
PLACE_DESIGNATORS = frozenset(
    {"district", "city", "town", "village", "neighbourhood", "neighborhood", "area",
     "countryside", "suburb", "quarter", "camp", "municipality", "subdistrict", "outskirts",
     "territory", "township", "lga"}
)
# Words that name a second-level division ("the Urgun district", "Masisi territory", "X
# upazila", "X tehsil"): a district reading then goes before its seat's namesake town (which
# wins otherwise: a district scores as an administrative area); without one a name that is
# only a district's is a place only in a report about its country.
DISTRICT_DESIGNATORS = frozenset({"district", "territory", "township", "county",
                                  "municipality", "cercle", "lga", "upazila", "tehsil"})
# Designators of a part of a city: a name so placed is never a city abroad.
CITY_PART_DESIGNATORS = frozenset(
    {"district", "neighbourhood", "neighborhood", "suburb", "quarter", "subdistrict"}
)
# Of those, the words of a quarter, never of a division ("X district" may be a
# neighbour's): with no container named, a quarter is of the report's own country.
QUARTER_DESIGNATORS = CITY_PART_DESIGNATORS - {"district", "subdistrict"}
# Lower-case words allowed inside a multiword name ("Santa Rosa del Sur").
CONNECTORS = ARABIC_ARTICLES | frozenset(
    {"de", "del", "la", "le", "les", "des", "du", "da", "do", "dos", "das", "di", "of", "and",
     "au", "aux", "sur", "en", "e",
     "the", "bin", "ibn", "wa", "y", "-", "'", "’"}
)
FAMOUS_POPULATION = 1_000_000
BIG_CITY_POPULATION = 300_000
_COUNTRY_KIND = "country"


@dataclass(slots=True)
class Candidate:
    """One place an ambiguous name may refer to, with the reasons for its score."""

    geonameid: int
    name: str
    country_code: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    feature_class: str | None
    feature_code: str | None
    population: int
    latitude: float | None
    longitude: float | None
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    is_region: bool = False
    match: str = "normalised"
    matched_name: str = ""
    # How analysts write it (ASCII, 'Hamah' for 'Ḩamāh'); `name` is GeoNames' own.
    display_name: str = ""

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass(slots=True)
class PlaceMention:
    """A span of the document that names a place, a region or a country."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    candidates: list[Candidate]
    kind: str = "place"
    designator: str | None = None
    country_code: str | None = None
    # "Baghdad al-Jadida": the part of the town the name goes on to ("al-Jadida"), which the
    # index lacks; the town's candidates are the mention's
    part: str | None = None


def _city_part(mention: PlaceMention) -> bool:
    """"the X district", "the Y neighbourhood of Aleppo": left to the placing of a city's
    parts, which keeps the name at its city when the index lacks it."""
    return mention.designator in CITY_PART_DESIGNATORS


def is_district(cand: Candidate) -> bool:
    """A second-level division (GeoNames ADM2: a district, territory, LGA), placed at its
    seat."""
    return cand.feature_code == "ADM2"


# "Mangu Local Government Area": Nigerian press spells "LGA" out; its three words are
# the one designator "lga"
SPELLED_DESIGNATORS = {("local", "government", "area"): "lga"}


def spelled_designator(words, at: int) -> tuple[str, int] | None:
    """The designator a phrase of several words from `at` spells out, and how many words
    it takes ("Local Government Area": ("lga", 3)), else None."""
    for phrase, designator in SPELLED_DESIGNATORS.items():
        if tuple(str(w).lower() for w in words[at:at + len(phrase)]) == phrase:
            return designator, len(phrase)
    return None


def names_a_division(doc, start: int, end: int, designator: str | None) -> bool:
    """"Bukkuyum LGA", "Masisi Territory", "Mangu Local Government Area", which NER calls
    an organisation: the name (tokens start..end) and the kind of division right after it,
    no organisation's name."""
    if designator not in DISTRICT_DESIGNATORS or end >= len(doc):
        return False
    spelled = spelled_designator(doc_words(doc), end)
    size = spelled[1] if spelled is not None and spelled[0] == designator \
        else 1 if doc[end].lower_ == designator else 0
    return size > 0 and any(ent.start == start and ent.end == end + size
                            for ent in doc_entities(doc))


def followed_by_its_region(words: list[str], end: int, candidates) -> bool:
    """"struck Maksymivske in Kharkiv Oblast", "raided Dankama, Katsina State": a name read
    exactly as a town of the region named right after it (by "in" or a comma) -- how news
    says which region holds a town; NER often calls such a town a person."""
    k = end + 1 if end < len(words) and words[end].lower() in ("in", ",") else len(words)
    k += k < len(words) and words[k].lower() == "the"
    regions = {name_key(c.admin1) for c in candidates if c.match == "exact" and c.admin1}
    return any(name_key(" ".join(words[k:k + n])) in regions for n in (1, 2, 3)
               if k + n <= len(words) and words[k + n - 1][:1].isupper())


# "the Yangon-Mandalay railway", "the Kabul-Kandahar highway": a way between two towns
ROUTE_WORDS = frozenset({"road", "highway", "railway", "railroad", "rail", "motorway",
                         "expressway", "freeway", "route", "pipeline", "line", "corridor",
                         "axis", "track"})
# "main", "old": words describing a route between its towns and its noun
ROUTE_MODIFIERS = 2
JOINERS = ("-", "–", "/")


def joins_a_route(doc, start: int, end: int, *, first_only: bool = False) -> bool:
    """"the Maiduguri-Damboa road", which NER calls an organisation: the name (tokens
    start..end) joined by a hyphen or slash to another, and a route's noun after them;
    with `first_only`, only the first-named end (Maiduguri), the one a road event is placed at."""
    def name_word(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].text[:1].isupper()

    first, last = start, end
    while first >= 2 and doc[first - 1].text in JOINERS and name_word(first - 2):
        first -= 2
    while last + 1 < len(doc) and doc[last].text in JOINERS and name_word(last + 1):
        last += 2
        while name_word(last):
            last += 1
    if (first, last) == (start, end) or first_only and first != start:
        return False
    for tok in doc_tokens(doc)[last:last + ROUTE_MODIFIERS + 1]:
        if tok.lower_ in ROUTE_WORDS:
            return True
        if not (tok.is_alpha and tok.is_lower):
            return False
    return False


# GeoNames feature codes of the well-known areas the default build adds
# (data/geonames/areas.toml): an area inside a region (a valley, a mountain range, a city's
# quarter) coded at its main town, and a region wider than one town's area coded at its
# capital.
AREA_FEATURE = "AREA"
WIDE_REGION_FEATURE = "RGN"


def is_area(cand: Candidate) -> bool:
    """A well-known area or wide region that is no administrative unit nor populated place
    ("Eastern Ghouta", "Golan Heights"), coded at a town the index holds."""
    return cand.feature_class == "L" and cand.feature_code in (AREA_FEATURE,
                                                                 WIDE_REGION_FEATURE)


def is_wide_region(cand: Candidate) -> bool:
    """A listed region wider than one town's area (inside one first-level region), coded
    like a first-level region at its capital."""
    return is_area(cand) and cand.feature_code == WIDE_REGION_FEATURE


def _precision(cand: Candidate) -> int:
    """A region is coded to its capital (3), a district to its seat (2, "part of a named
    area, coded to the nearest named town"), a town to itself (1); a well-known area at its
    main town (2), a wide region at its capital (3)."""
    if cand.is_region or is_wide_region(cand):
        return 3
    return 2 if is_district(cand) or is_area(cand) else 1


def _is_country_entry(cand: Candidate) -> bool:
    """GeoNames' independent/dependent political entities (PCLI, PCLD, …), i.e. countries."""
    return bool(cand.feature_code) and cand.feature_code.startswith("PCL")


def _main_name(cand: Candidate, key: str) -> bool:
    """The text names the place by (a spelling of) its main name, not an alternate one."""
    return name_key(cand.name) == key


# "MORA -": an alternate name's reading (Bilimora) beside a town it is the main name of
ALTERNATE_BESIDE_OWNER = 0.5


def beside_its_owner(cand: Candidate, candidates: list[Candidate], key: str) -> float:
    """Less for a non-famous alternate name's reading beside its sizeable owner's."""
    return ALTERNATE_BESIDE_OWNER if not _main_name(cand, key) and cand.population < \
        FAMOUS_POPULATION and any(c.match == "exact" and _main_name(c, key) and not c.is_region
                                  and c.population >= WELL_KNOWN_POPULATION
                                  for c in candidates) else 1.0


def _is_well_known(cand: Candidate, key: str, *, by_main_name: bool = False) -> bool:
    """A populous place (not a region, whose summed population says little about its fame)
    that the text names exactly, or by a spelling of its main name ("Hodeidah").

    `by_main_name`: an exact alternate name counts only for a big city ("al-Thawra" is an old
    name of a town of 70,000, and more often a hospital's)."""
    if cand.is_region or is_district(cand):
        return False
    if cand.match == "exact":
        return cand.population >= WELL_KNOWN_POPULATION and (
            not by_main_name or _main_name(cand, key)
            or cand.population >= 6 * WELL_KNOWN_POPULATION)
    return (cand.match == "normalised" and cand.population >= 2 * WELL_KNOWN_POPULATION
            and _main_name(cand, key))


def _is_famous(cand: Candidate, key: str) -> bool:
    """A capital or a city of a million, named exactly or by its main name."""
    return (not cand.is_region and not is_district(cand) and cand.match != "transliteration"
            and (cand.match == "exact" or _main_name(cand, key))
            and (cand.population >= FAMOUS_POPULATION or cand.feature_code == "PPLC"))


def _is_inside(cand: Candidate, container: Candidate) -> bool:
    """Same place, same region, same district, or within 30 km of the container city."""
    if cand.geonameid == container.geonameid:
        return True
    if is_district(container) and cand.admin2 is not None:
        return _same_district(cand, container)
    if cand.country_code == container.country_code and cand.admin1 is not None \
            and cand.admin1 == container.admin1:
        return container.is_region or cand.population <= container.population
    return not container.is_region and _km(cand, container) <= 30


def _same_district(cand: Candidate, district: Candidate) -> bool:
    return (cand.country_code, cand.admin1, cand.admin2) == (
        district.country_code, district.admin1, district.admin2)


def _inside_reading(place: Place, container: Candidate) -> bool:
    """The resolved place lies in this reading of the container (the region, the district or
    the city)."""
    if is_district(container) and place.admin2 is not None:
        return (place.country_code, place.admin1, place.admin2) == (
            container.country_code, container.admin1, container.admin2)
    if container.is_region:
        return (place.country_code, place.admin1) == (container.country_code, container.admin1)
    if None in (place.latitude, container.latitude):
        return False
    return haversine_km(place.latitude, place.longitude, container.latitude,
                        container.longitude) <= 30


def _lookup_country_codes(country: str | None, limit: int) -> list[str]:
    """The ISO2 code a lookup is restricted to (none when `country` is empty); a country
    that does not exist or a limit below 1 is the caller's mistake, not an empty answer."""
    if limit < 1:
        raise UsageError(f"the limit must be at least 1, not {limit}")
    if not country:
        return []
    code = country_of(country)
    if code is None:
        raise UsageError(f"{country!r} is not a country (give its name or ISO code, e.g. SY "
                         "or Syria)")
    return [code]


def _km(a: Candidate, b: Candidate) -> float:
    if None in (a.latitude, b.latitude):
        return math.inf
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _place_from(cand: Candidate, *, location: str, precision: int) -> Place:
    return Place(country=cand.country, country_code=cand.country_code, admin1=cand.admin1,
                 admin2=cand.admin2, location=location, latitude=cand.latitude,
                 longitude=cand.longitude, geo_precision=precision, geonameid=cand.geonameid)


def _country_codes(countries: list | None) -> list[str]:
    """Accept ['SY', 'IQ'] or document_countries() output [('SY', 0.8), ...]."""
    codes = []
    for item in countries or ():
        code = item[0] if isinstance(item, tuple | list) else item
        if code:
            codes.append(str(code).upper())
    return codes


def _split_designator(name: str) -> tuple[str, str | None]:
    """'al-Rashedin district' -> ('al-Rashedin', 'district'); 'Aleppo province' likewise."""
    words = name.strip().split()
    designators = REGION_DESIGNATORS | PLACE_DESIGNATORS
    if len(words) > 1 and words[-1].lower() in designators:
        return " ".join(words[:-1]), words[-1].lower()
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in designators:
        return " ".join(words[2:]), words[0].lower()
    if len(words) > 3 and words[0].lower() == "the" and words[2].lower() == "of" \
            and words[1].lower() in designators:
        return " ".join(words[3:]), words[1].lower()
    return name.strip(), None


def in_named_province(mentions: list[PlaceMention], reading: Candidate | Place) -> bool:
    """Whether a reading lies in a first-level region of its country that the report names
    ("Homs province", "Central Sulawesi") or where another place it names lies, or the
    report names no region there: a loose reading of an unknown name in a region nothing
    else in the report is in is a namesake of a village the index lacks, not the scene."""
    code = reading.country_code
    if not any(c.feature_code == "ADM1" and c.match == "exact" and c.country_code == code
               for m in mentions for c in m.candidates):
        return True
    return any(c.admin1 == reading.admin1 and c.country_code == code
               for m in mentions for c in m.candidates[:2]
               if c.match != "transliteration" and c.geonameid != getattr(reading, "geonameid", 0))
