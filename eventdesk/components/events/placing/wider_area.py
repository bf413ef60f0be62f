"""A deed told for the wider area the report is about, not for its last town.

Round-ups end on a deed of "the state" or "the region" the report covers: "In other parts
of the state, bandits on Sunday stole forty cows", "Interceptors downed three drones across
the oblast before dawn". The clause names no place, and the town the report last named is
the one place it is not ("elsewhere"), or only one of many ("across the oblast"). The
deed is in that town's first-level region: the region alone (geo_precision 3, no point),
as an analyst codes a deed told for a province. A wider word ("elsewhere in the
country") says nothing narrower than the country and is left to the other readings."""

from __future__ import annotations

import re

from spacy.tokens import Span

from eventdesk.records import Place

# "elsewhere in the state", "in other parts of the province", "over the region",
# "across the oblast": the report's first-level area, named by its kind alone -- and ending
# its phrase: a stop, a preposition or a word of time follows, not a noun the area word
# qualifies ("control over the state broadcaster", "across the state border")
WIDER_AREA = re.compile(
    r"\b(?:elsewhere\s+in|in\s+other\s+parts\s+of|over|across|throughout)\s+the\s+"
    r"(?:state|province|region|oblast|governorate)"
    r"(?=\s*(?:[,.;:!?)\"\u201d]|$)|\s+(?:on|in|at|over|overnight|during|since|from|after|before|"
    r"when|as|while|last|this|yesterday|today|tonight|early|late|earlier|later|between|by|"
    r"where|within)\b)", re.IGNORECASE)


def tells_the_wider_area(sent: Span) -> bool:
    """The sentence tells its deed for the report's state or region by its kind word alone
    ("In other parts of the state, ...", "... downed across the oblast before dawn")."""
    return WIDER_AREA.search(sent.text) is not None


def region_of(place: Place) -> Place | None:
    """The first-level region holding `place`, with no point (geo_precision 3); None when
    the index gives the place no region."""
    if not place.admin1 or not place.country:
        return None
    return Place(country=place.country, country_code=place.country_code, admin1=place.admin1,
                 location=place.admin1, geo_precision=3)
