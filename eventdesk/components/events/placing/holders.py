"""Readings a clause's other names overrule: a small place's namesake in another province
than the countryside the clause names, a name read abroad beside a region of the report's
country said to hold it."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.placing.finding import PlaceFinder
from eventdesk.components.events.placing.phrases import countryside_holder
from eventdesk.geo.countries import CODED_AS
from eventdesk.geo.name_spans import word_before
from eventdesk.records import Place

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
        if base is None or not main or CODED_AS.get(base.country_code, base.country_code) \
                in main:
            return None
        for other in pool:
            between = [t.lower_ for t in doc[mention.end:other.start]]
            if other.kind != "region" or not 0 < len(between) <= HOLDER_GAP \
                    or "in" not in between \
                    or self._demonym_before(doc, other.start) not in (None, *main):
                continue  # "Duhok in Iraqi Kurdistan": a region the text puts elsewhere
            place = self.gazetteer.resolve(other, countries=countries)
            if place is not None and place.latitude is not None \
                    and CODED_AS.get(place.country_code, place.country_code) in main:
                return other, place
        return None

    def _demonym_before(self, doc: Doc, at: int) -> str | None:
        """The country the word before token `at` names by its demonym ("Iraqi Kurdistan")."""
        k = word_before(doc, at)  # "Iraqi  Kurdistan"
        return self.gazetteer.demonym_country(doc[k].text) if k >= 0 else None
