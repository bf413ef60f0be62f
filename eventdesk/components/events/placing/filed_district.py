"""The district a report is filed from: local pages date their items by the district, not
by a town ("KHYBER AGENCY: Two children were killed ... in Sipah area of Bara tehsil"), so
a village of such an item that the index lacks lies in that district."""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.place_names import region_held
from eventdesk.extensions import doc_ext
from eventdesk.geo.candidates import is_district
from eventdesk.geo.countries import coded_country
from eventdesk.records import Place


def filed_district(placer, doc: Doc, country: str | None, name: str) -> Place | None:
    """The unknown place `name` held in the dateline's district (every reading of the
    dateline a second-level division, in the scene `country`): that district's admin1 and
    admin2, and no point (`holders.known_point`: the seat is not the village). A dateline
    town says where the reporter is, not where a village lies: None."""
    for mention in doc_ext(doc, "places") or []:
        if mention.kind == "country" or not placer.judge.is_dateline(doc, mention):
            continue
        if not mention.candidates or not all(is_district(c) for c in mention.candidates):
            return None
        place = placer.gazetteer.resolve(mention, countries=[country] if country else None)
        if place is None or coded_country(place.country_code) != country:
            return None
        return region_held(place, name)
    return None
