"""A deed told for the wider area the report is about, not for its last town.

Round-ups end on a deed of "the state" or "the region" the report covers: "Elsewhere in
the state, gunmen on Friday killed two farmers", "Air defence shot down five drones over
the region overnight". The clause names no place, and the town the report last named is
the one place it is not ("elsewhere"), or only one of many ("over the region"). The
deed is in that town's first-level region: the region alone (geo_precision 3, no point),
as an analyst codes a deed told for a province. A wider word ("elsewhere in the
country") says nothing narrower than the country and is left to the other readings."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventdesk.extensions import doc_ext
from eventdesk.records import Place

# "elsewhere in the state", "in other parts of the province", "over the region",
# "across the oblast": the report's first-level area, named by its kind alone
WIDER_AREA = re.compile(
    r"\b(?:elsewhere\s+in|in\s+other\s+parts\s+of|over|across|throughout)\s+the\s+"
    r"(?:state|province|region|oblast|governorate)\b(?!\s*(?:'s|of)\b)", re.IGNORECASE)


def tells_the_wider_area(sent: Span) -> bool:
    """The sentence tells its deed for the report's state or region by its kind word alone
    ("Elsewhere in the state, …", "… shot down over the region overnight")."""
    return WIDER_AREA.search(sent.text) is not None


def region_of(place: Place) -> Place | None:
    """The first-level region holding `place`, with no point (geo_precision 3); None when
    the index gives the place no region."""
    if not place.admin1 or not place.country:
        return None
    return Place(country=place.country, country_code=place.country_code, admin1=place.admin1,
                 location=place.admin1, geo_precision=3)


def named_before(doc: Doc, city: Place | None, token: int) -> Place | None:
    """`city` when the report names it before `token` (its dateline included): "the city"
    refers back, so the report's most-named city is not its referent when the report names
    it only later ("SAF units had 'cleansed' the city", the city being the town entered in
    the sentence before, not the one two later paragraphs name twice)."""
    if city is None or city.geonameid is None:
        return None
    for mention in doc_ext(doc, "places") or []:
        if mention.start < token and mention.kind == "place" and mention.candidates \
                and mention.candidates[0].geonameid == city.geonameid:
            return city
    return None
