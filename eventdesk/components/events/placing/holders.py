"""Readings a clause's other names overrule: a small place's namesake in another province
than the countryside the clause names, a name read abroad beside a region of the report's
country said to hold it, a name the index lacks held in a region, a region whose sentence
names the town in it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.place_measures import measured_from
from eventdesk.components.events.place_mentions import CITY_PARTS
from eventdesk.components.events.place_names.reader import named_at
from eventdesk.components.events.placing.finding import PlaceFinder
from eventdesk.components.events.placing.phrases import countryside_holder, is_countryside
from eventdesk.components.triggers import Clause
from eventdesk.extensions import doc_ext, doc_tokens
from eventdesk.geo.countries import coded_country
from eventdesk.geo.name_spans import word_before
from eventdesk.geo.normalize import name_key
from eventdesk.records import Place, is_city_part, part_of

# "X district in Y province", "X district of Y", "X district, Y": words that hang a
# district on its holder in one phrase, as a quarter is hung on its city
HOLDER_LINKS = frozenset({"in", "of", ","})

# "San pablo in Bolivar province": words between a name and the region said to hold it
HOLDER_GAP = 3


class HolderFinder(PlaceFinder):
    """The Placer's readings of a name checked against what its clause says holds it."""

    def _in_its_countryside(self, doc: Doc, mention, base: Place | None, pool, countries
                            ) -> Place | None:
        """"offensive in the northern Aleppo countryside, striking the farms of Al-Malaah":
        a small place read in another province than the countryside its clause names is a
        namesake (Suwayda's Malah); the place is read inside that countryside, else kept
        at it under its own name."""
        holder = countryside_holder(doc, mention, pool)
        if base is None or holder is None:
            return base
        city = self.gazetteer.resolve(holder, countries=countries)
        if city is None or city.latitude is None:
            return base
        region = self._countryside(doc, holder, city, countries) or city
        if (base.country_code, base.admin1) == (region.country_code, region.admin1):
            return base
        return self.gazetteer.resolve(mention, countries=countries, container=holder) or base

    def _home_reading(self, doc: Doc, mention, base: Place | None, pool, countries
                      ) -> tuple[object, Place] | None:
        """"car bombs were detonated in San pablo in Bolivar province, northern Colombia":
        the first name read outside the report's main country (Mali's San) while the
        region named right after it ("in Bolivar province") is in that country, and no word
        calls the first foreign: that region, the first name being a namesake of a place
        the index lacks."""
        main = countries[:1]
        if base is None or not main or coded_country(base.country_code) \
                in main:
            return None
        for other in pool:
            between = [t.lower_ for t in doc_tokens(doc)[mention.end:other.start]]
            if other.kind != "region" or not 0 < len(between) <= HOLDER_GAP \
                    or "in" not in between \
                    or self._demonym_before(doc, other.start) not in (None, *main):
                continue  # "Duhok in Iraqi Kurdistan": a region the text puts elsewhere
            place = self.gazetteer.resolve(other, countries=countries)
            if place is not None and place.latitude is not None \
                    and coded_country(place.country_code) in main:
                return other, place
        return None

    def _demonym_before(self, doc: Doc, at: int) -> str | None:
        """The country the word before token `at` names by its demonym ("Iraqi Kurdistan")."""
        k = word_before(doc, at)  # "Iraqi  Kurdistan"
        return self.gazetteer.demonym_country(doc[k].text) if k >= 0 else None

    def _held_in_region(self, base: Place | None, place: Place | None, name: str, tokens
                        ) -> bool:
        """"in the Nampala sector, in the Ségou region", "in Nizi, Djugu territory": the
        clause holds a name the index lacks in a region or a district (`base`, its own
        place's reading), calls it no part of a city ("the districts of Leramon"), and
        reading found it only as a part of the region's namesake town (`place`): a guess,
        as is any town the sentence names elsewhere; the region's, with no point."""
        if base is None or is_city_part(base) or not is_city_part(place) \
                or name_key(part_of(place.location)) != name_key(name):
            return False
        parts = {t.lower_ if t.lower_ in CITY_PARTS else t.lower_[:-1] for t in tokens
                 if t.lower_ in CITY_PARTS or t.lower_[:-1] in CITY_PARTS}
        if base.geo_precision == 3 and _division_named_apart(tokens, name):
            # "burned down a health post in Sarrat district late on Friday, the third such
            # raid this month across Lomvara province": one of the province's divisions, not
            # a quarter of its namesake city ("Sarrat district in Lomvara province" may be)
            parts.discard("district")
        return not parts and (base.geo_precision == 3
                              or self.gazetteer.is_district_place(base.geonameid))

    def _inside_region(self, doc: Doc, sent: Span, clause: Clause, region: Place, mentions
                       ) -> Place:
        """The clause names only a region ("in the Homs countryside, ISIS launched an
        assault"); its sentence names the town in it that the assault was on ("to recapture
        the village of Maheen"): that town, or the unknown village's name at the region."""
        ids = {t.i for t in clause.tokens}
        countries = doc_ext(doc, "countries") or []
        for mention in mentions:
            if mention.start in ids or mention.kind != "place" or is_countryside(doc, mention) \
                    or measured_from(doc, mention):
                continue
            place = self.gazetteer.resolve(mention, countries=countries)
            if place is not None and place.latitude is not None and place.geo_precision == 1 \
                    and (place.country_code, place.admin1) == (region.country_code,
                                                               region.admin1):
                return self._with_precision(doc, clause, place, mention)
        words = doc_tokens(doc)[sent.start:sent.end]
        settlement = self.names.unknown_settlement(doc, list(words))
        if settlement is None and any(t.lower_ == "capital" and doc[t.i - 1].lower_ ==
                                      "provincial" for t in words if t.i > 0):
            # "in the Deir Ezzor Governorate, targeting the Al-Rashidiyah District inside the
            # provincial capital": a part of the region's seat
            seat = self.gazetteer.resolve_name(region.admin1 or "", countries=countries)
            district = self.names.district_phrase(doc, list(words), known=mentions)
            if seat is not None and seat.geo_precision != 3 and seat.latitude is not None \
                    and seat.admin1 == region.admin1 and district is not None \
                    and district[1] is None:
                return self.names.district_place(district, seat, countries) or region
        if settlement is not None and not is_city_part(region):
            region.location = settlement[0]
        return region


def _division_named_apart(tokens, name: str) -> bool:
    """`name` is written with no article before it and "district" after it, and the region
    that holds it is not hung on it in the same phrase ("in Sarrat district late on
    Friday, the third such raid across Lomvara province"; not "in the Sarrat district", "in
    Sarrat district in Lomvara province" nor "the districts of Sarrat")."""
    name, at = named_at(tokens, name)
    if at < 0:
        return False
    doc = tokens[0].doc
    ends = doc[at].idx + len(name)  # "Karm al-Zeitoun": several tokens for a name's words
    after = next((t for t in doc[at:] if t.idx >= ends and not t.is_space), None)
    if after is None or after.lower_ != "district" or at > 0 and doc[at - 1].lower_ == "the":
        return False
    link = next((t for t in doc[after.i + 1:] if not t.is_space), None)
    return link is None or link.lower_ not in HOLDER_LINKS
