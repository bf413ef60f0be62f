"""`NameReader`: a part of a city named in the text resolved to a place: the one the
gazetteer knows near the city, or the city with the part's name kept."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import copy_place, namelike
from eventdesk.components.events.place_names.districts import (
    DIVISION_WORDS,
    LANDMARK_PARTS,
    LEAD_WORDS,
    DistrictReader,
)
from eventdesk.components.events.place_names.mislabelled import mislabelled_town
from eventdesk.components.events.place_names.settlements import PLACE_OBJECT_VERBS
from eventdesk.components.events.place_names.site_town_names import site_town_name
from eventdesk.components.events.place_names.sites import SITE_WORDS
from eventdesk.components.events.place_names.words import EDGE_WORDS
from eventdesk.components.triggers import Clause
from eventdesk.distance import haversine_km
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.geo.candidates import (
    CITY_PART_DESIGNATORS,
    DISTRICT_DESIGNATORS,
    REGION_DESIGNATORS,
    is_district,
)
from eventdesk.geo.name_spans import word_after
from eventdesk.geo.normalize import name_key
from eventdesk.geo.words import FACILITY_WORDS
from eventdesk.records import Place, join_parts, town_of

# "the neighbourhoods of eastern Aleppo", "push into the neighbourhood": words for a city's
# quarters; a report that uses them tells of its city's parts ("district" may as well be a
# second-level division)
QUARTER_WORDS = frozenset(word + plural for word in CITY_PART_DESIGNATORS - {"district"}
                          for plural in ("", "s"))

# the people a town needs to be named by its region in wire copy, not a quarter of the capital
TOWN_SIZE = 5000



def namesake_region_town(gazetteer, name: str, city: Place) -> Place | None:
    """"Tame, Arauca", "Kankara, Katsina": wire copy names a town by the region it is in,
    and a region's capital often bears the region's name; a town of that region the index
    knows under `name`, of some size or a municipality's seat, is that town, not a quarter
    of the capital nor a place near it."""
    capital = town_of(city.location)
    if not city.admin1 or name_key(capital) != name_key(city.admin1):
        return None
    place = gazetteer.resolve_name(name, countries=[city.country_code])
    if place is None or place.latitude is None or place.geonameid == city.geonameid \
            or (place.country_code, place.admin1) != (city.country_code, city.admin1):
        return None
    # a town of some size, or a municipality's seat (a division of the region so named)
    sized = any(c.geonameid == place.geonameid and (c.population or 0) >= TOWN_SIZE
                or is_district(c) and (c.country_code, c.admin1) == (city.country_code,
                                                                      city.admin1)
                for c in gazetteer.candidates(name))
    return place if sized else None


# "outside X", "around X": a deed at the edge of a town named next
EDGE_PREPS = frozenset({"outside", "around"})
# entity labels of a name that is no town the index lacks; PERSON is one (the tagger calls
# unknown towns so: "stormed Gidan Dawa")
NOT_TOWN_LABELS = frozenset({"ORG", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "LAW",
                             "EVENT", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})


PARTS_TOLD_KEY = "eventdesk.parts_told"   # NameReader._parts_told, per report


class NameReader(DistrictReader):
    """Reads the names the gazetteer lacks, and resolves the parts of a city they name."""

    def unknown_town_name(self, doc: Doc, clause: Clause) -> tuple[str, int] | None:
        """A town the clause names that the gazetteer lacks (`SettlementReader`), or one it
        puts its deed at the edge of or takes as a place (`edge_town`), or one NER labels a
        person, a group or a people that the clause puts its deed near (`mislabelled_town`),
        or one it names only through a site there ("burned the X police substation",
        "the rebel stronghold of X": `site_town_name`)."""
        return super().unknown_town_name(doc, clause) or self.edge_town(doc, clause) \
            or mislabelled_town(self, doc, clause) or site_town_name(self, doc, clause)

    def edge_town(self, doc: Doc, clause: Clause) -> tuple[str, int] | None:
        """"shelled the outskirts of Aitaroun", "killed farmers outside Gidan Dawa",
        "stormed Gidan Dawa": a name the index lacks (or reads only as a namesake abroad)
        that the clause puts its deed at the edge of, or storms, shells or enters -- the
        event's own place, never the town an earlier sentence's deed was at (issue 8).
        Not an actor, a facility ("outside Central Hospital") nor a date."""
        known = self.known_names(doc)
        ids = {t.i for t in clause.tokens}
        for tok in clause.tokens:
            at = word_after(doc, tok.i)
            if at >= len(doc) or at not in ids:
                continue
            if tok.lower_ == "of" and tok.i > 0 and doc[tok.i - 1].lower_ in EDGE_WORDS \
                    and doc[at].lower_ == "the":
                at = word_after(doc, at)  # "the outskirts of the Gidan Dawa village"
            edge = tok.lower_ in EDGE_PREPS or tok.lower_ == "of" and tok.i > 0 \
                and doc[tok.i - 1].lower_ in EDGE_WORDS
            stormed = tok.pos_ == "VERB" and tok.lemma_.lower() in PLACE_OBJECT_VERBS \
                and at < len(doc) and doc[at].head.i in (tok.i, at + 1) \
                and doc[at].dep_ in ("dobj", "compound")
            if not (edge or stormed) or at >= len(doc) or not namelike(doc[at]) \
                    or at in known or doc[at].ent_type_ in NOT_TOWN_LABELS:
                continue
            name = self._settlement_name(doc, at, known)
            if name is not None and name[2] <= len(doc) \
                    and doc[name[2] - 1].lower_ not in FACILITY_WORDS:
                return name[:2]
        return None

    def named_container(self, doc: Doc, name: str | None, mentions) -> Place | None:
        """The place a district phrase names as holding it ("the X district of Damascus"):
        the report says which city, so it wins over whatever else the clause or the report
        names. Read as the mention of that name when the sentence has one (its reading in
        the report's context), else by name in the report's country."""
        if not name:
            return None
        countries = doc_ext(doc, "countries") or []
        key = name_key(name)
        named = next((m for m in mentions if m.kind != "country" and m.candidates and (
                          name_key(m.text) == key or key.startswith(name_key(m.text) + " "))),
                     None)  # "Yala", of "the X district of Yala Province"
        if named is not None:
            if not self.judge.plausible(doc, named) \
                    or named.candidates[0].match == "transliteration":
                return None  # "Sardast province" read loosely as a village abroad
            place = self.gazetteer.resolve(named, countries=countries)
            return place if place is not None and place.latitude is not None else None
        place = self.gazetteer.resolve_name(name, countries=countries)
        if place is None or place.latitude is None or (
                countries and place.country_code != countries[0]):
            return None
        return place

    def district_place(self, district, city: Place | None, countries, *,
                        report_towns: list[Place] | None = None,
                        tokens=None) -> Place | None:
        """A named part of a city: itself when the gazetteer knows it near the city (in the
        region, when only a region holds it), else the city with geo_precision 2 and the
        part's name kept ("Aleppo - al-Sakhour").

        When the city is only the report's main city (the clause names none; `report_towns`
        are the towns the report names), a place of that name near another town the report
        names wins: "rallied in Khor Maksar" in a Taiz report that also names Aden. The
        clause's `tokens` say whether the name is a village's (`holds_a_village`) or a town
        "nearby" (`said_nearby`)."""
        name, container = district
        city_name = container or (town_of(city.location) if city and city.location
                                  else None)
        words = name.split()
        core = " ".join(words[:-1]) if words[-1].lower() in DISTRICT_DESIGNATORS else name
        landmark = len(words) > 1 and words[-1].lower() in LANDMARK_PARTS
        # "the village of X, in Y district" (`rural`): a district that holds villages is a
        # division of the region, not a part of the report's city
        rural = tokens is not None and holds_a_village(tokens, name)
        division = rural or core != name and words[-1].lower() in DIVISION_WORDS
        # "Yarmouk camp": al-Yarmuk; "Tsafe LGA", with no town: Tsafe of the report's country
        query = " ".join(words[:-1]) if landmark else core if division else name
        if city is not None and city_name and name_key(core) == name_key(city_name):
            return city  # "Baghdad - Baghdad" says nothing more than Baghdad
        if city is not None and city.admin2 and core != name \
                and name_key(core) == name_key(city.admin2):
            return city  # "Sopore town in Baramulla district": the town is the more precise
        if division and container is None and city is not None:
            # "in Irumu territory", unknown to the index and named with no holder: no part
            # of the report's town, a division of its region (precision 3), if anywhere
            place = self.gazetteer.resolve_name(name, countries=countries)
            if place is not None and place.latitude is not None and city is not None \
                    and (place.country_code, place.admin1) == (city.country_code, city.admin1):
                return place
            return self._division_of_region(core, city, countries, tokens)
        place = self.gazetteer.resolve_name(query, countries=countries, container_name=city_name)
        if landmark and place is not None and city is not None \
                and place.geonameid == city.geonameid:
            place = None  # the city under the bare name: the part keeps its landmark word
        if report_towns and (place is None or city is None
                             or place.geonameid == city.geonameid):
            elsewhere = self._named_in_country(query, countries)
            if elsewhere is not None and any(
                    haversine_km(elsewhere.latitude, elsewhere.longitude, town.latitude,
                                 town.longitude) <= 30 for town in report_towns):
                return elsewhere
        if place is not None and place.latitude is not None:
            if tokens is not None and said_nearby(tokens, name) and city is not None \
                    and place.geonameid != city.geonameid \
                    and (place.country_code, place.admin1) == (city.country_code, city.admin1):
                return place  # "In nearby Hit": a town of the city's region, not its part
            if city is None or city.latitude is None:
                # no city to be part of: only a place of the report's own country
                in_country = bool(countries) and place.country_code == countries[0]
                return place if in_country else None
            if place.country_code == city.country_code and (
                    haversine_km(place.latitude, place.longitude, city.latitude,
                                 city.longitude) <= 30
                    or city.geo_precision == 3 and place.admin1 == city.admin1):
                return place
            if self.gazetteer.is_district_place(place.geonameid) and (
                    place.country_code, place.admin1) == (city.country_code, city.admin1):
                return place  # a district of the city's region, at its seat
            if namesake_region_town(self.gazetteer, query, city) is not None:
                return place
        if city is None or city.latitude is None:
            return None
        part = copy_place(city)
        part.location = join_parts(town_of(city.location), ' '.join(name.split()))
        part.geo_precision = max(city.geo_precision or 1, 2)
        return part

    def reads_as_a_part(self, doc: Doc, name: str, start: int) -> bool:
        """A name read bare ("in al-Sakhour") is a part of the report's city (or of its
        region) when the report says so: some sentence calls it one ("the al-Sakhour
        district"), the report tells of its city's quarters ("the neighbourhoods of eastern
        Aleppo", "push into the neighbourhood"), the name is a site's ("at Mitiga airport")
        or a division's ("in Kwanar Zabbo LGA"), or it lies "nearby"."""
        if name.split()[-1].lower() in DIVISION_WORDS \
                or start > 0 and doc[start - 1].lower_ in LEAD_WORDS:
            return True
        if start >= 0:
            ends = doc[start].idx + len(name)
            after = next((t for t in doc_tokens(doc)[start:] if t.idx >= ends
                          and not t.is_space), None)
            if after is not None and after.lower_ in SITE_WORDS:
                return True
        quarters, parts = self._parts_told(doc)
        return quarters or name_key(name) in parts

    def _parts_told(self, doc: Doc) -> tuple[bool, frozenset[str]]:
        """Whether the report tells of its city's quarters (QUARTER_WORDS), and the keys of
        the names its sentences call parts of a city (`named_part`, one a sentence): read
        once per report and list of place mentions, not per name."""
        places = doc_ext(doc, "places")
        found = doc.user_data.get(PARTS_TOLD_KEY)
        if found is None or found[0] is not places:
            quarters = any(t.lower_ in QUARTER_WORDS for t in doc_tokens(doc))
            parts = () if quarters else (
                self.named_part(doc, list(sent), known=places or []) for sent in doc.sents)
            found = doc.user_data[PARTS_TOLD_KEY] = (places, quarters, frozenset(
                name_key(p[0]) for p in parts if p is not None))
        return found[1], found[2]

    def _division_of_region(self, name: str, city: Place | None, countries, tokens=None
                            ) -> Place | None:
        """A division named without its holder, in the region the report last names (of the
        town's country) up to the clause's end -- "Nasir in Upper Nile state ... clashed in X
        county" from a capital's dateline is Upper Nile's -- else in the region of the town
        the report is about: the region's point under the division's name, geo_precision 3.
        A town in focus abroad (a namesake: "Zelwa Township" of a Myanmar report read as a
        city abroad) yields to a region of the report's first country named so."""
        if city is None or not city.admin1:
            return None
        code = city.country_code
        admin1 = _region_named_before(tokens, code)
        if admin1 is None and countries and countries[0] != code \
                and (home := _region_named_before(tokens, countries[0])) is not None:
            admin1, code = home, countries[0]
        admin1 = admin1 or city.admin1
        region = self.gazetteer.resolve_name(f"{admin1} province", countries=[code])
        if region is None or region.geo_precision != 3 or region.latitude is None \
                or region.admin1 != admin1:
            return None
        region.location = name
        return region

    def _named_in_country(self, name: str, countries) -> Place | None:
        """A place of the report's country called `name` by its own spelling (not a loose
        transliteration): "rallied in Khor Maksar" in a report about another city is still
        the Khor Maksar the index knows."""
        if not countries or not any(
                c.country_code == countries[0] and c.match in ("exact", "normalised")
                for c in self.gazetteer.candidates(name)):
            return None
        place = self.gazetteer.resolve_name(name, countries=countries[:1])
        if place is None or place.latitude is None or place.country_code != countries[0]:
            return None
        return place


def named_at(tokens, name: str) -> tuple[str, int]:
    """`name` and the token it begins at among `tokens` (-1 when not found)."""
    first = name.split()[0]
    return name, next((t.i for t in tokens if t.text == first), -1)


# "in nearby X": another town beside the report's city
NEARBY_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})
# "the village of X, in Y district", "X, a village in Y district": what a district holds
# when it is a division of a region, never a part of a city
VILLAGE_WORDS = frozenset({"village", "villages", "hamlet", "hamlets"})
# "the rural commune of X", "the municipality of X": divisions of a region, never of a city
RURAL_DIVISIONS = frozenset({"commune", "municipality", "county", "department"})


def said_nearby(tokens, name: str) -> bool:
    """"In nearby Hit, a suicide bomber ...", "in neighbouring Fallujah": the clause puts the
    name beside the report's city as another place, not one of its quarters."""
    first = name.split()[0]
    return any(t.text == first and t.i > 0 and t.doc[t.i - 1].lower_ in NEARBY_WORDS
               for t in tokens)


def holds_a_village(tokens, name: str) -> bool:
    """The clause names `name` as a division of a region: "the village of X, in Y district"
    (a district that holds villages is rural), "the rural commune of Y"."""
    words = name.split()
    for at in (t for t in tokens if t.text == words[0]):  # "the market of Y ... commune of Y"
        doc, after = at.doc, at.i + len(words)
        if at.i >= 2 and doc[at.i - 1].lower_ == "of" and doc[at.i - 2].lower_ in RURAL_DIVISIONS \
                or after < len(doc) and doc[after].lower_ == "district" \
                and any(t.lower_ in VILLAGE_WORDS and t.i < at.i for t in tokens):
            return True
    return False


def _region_named_before(tokens, code: str | None) -> str | None:
    """The first-level region of country `code` the report names last up to the end of the
    clause's `tokens`, called one by its word ("Upper Nile state"; not "Nova Zambézia
    village", nor a town of the region's name); the word may be the name's own, as the
    index spells it ("Sagaing Region")."""
    if not tokens:
        return None
    doc, end = tokens[0].doc, max(t.i for t in tokens)
    named = [m.candidates[0].admin1 for m in doc_ext(doc, "places") or []
             if m.kind == "region" and m.start <= end and (
                 m.designator or m.text.split()[-1].lower()) in REGION_DESIGNATORS
             and m.candidates
             and m.candidates[0].is_region and m.candidates[0].country_code == code]
    return named[-1] if named else None
