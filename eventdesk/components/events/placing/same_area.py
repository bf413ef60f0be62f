""""In the same area", "in the same local government area": the place of the deed told before.

A report tells a second deed "at Yankara in the same local government area" or "during an
operation in the same area": the clause names no place the index knows (or none at all), and
its words say it lies where the deed before it lay. The placer, left with the country alone,
takes the region of the last place it gave that has one (`remember`): "the same district"
(a county, a province, a sub-prefecture) is that place's region, with no point in it
(geo_precision 3); "the same area" (vicinity, locality) is that place itself. The clause's
own unknown name stays the location. Only a place of the same country, and only when the
words say "same": a report's last place is no scene for a deed that does not refer back."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventdesk.components.events.common import copy_place
from eventdesk.records import Place

LAST_HELD_KEY = "eventdesk.last_held_place"

# "the same area": the very place told before
NEAR_NOUNS = frozenset({"area", "vicinity", "locality", "spot", "neighbourhood",
                        "neighborhood"})
# "the same district": the region of the place told before, no point in it
UNIT_NOUNS = frozenset({"district", "county", "province", "state", "region", "zone",
                        "woreda", "sub-prefecture", "prefecture", "commune", "municipality",
                        "lga", "governorate", "department", "sub-county", "subcounty",
                        "township", "upazila", "tehsil", "division"})
# the words between "same" and its noun ("the same local government area")
GAP = 3


def remember(doc: Doc, place: Place | None) -> None:
    """Keep the last place given that has a region, for a later "the same area"."""
    if place is not None and place.admin1:
        doc.user_data[LAST_HELD_KEY] = place


def _same_noun(sent: Span) -> str | None:
    """The noun of "the same X" in the sentence, if X is a place word: "unit" or "near"."""
    words = [t.lower_ for t in sent]
    for i, word in enumerate(words):
        if word != "same" or i == 0 or words[i - 1] != "the":
            continue
        for after in words[i + 1:i + 1 + GAP]:
            if after in UNIT_NOUNS:
                return "unit"
            if after in NEAR_NOUNS:
                # "local government area": a unit; a bare "area": the place itself
                return "unit" if "government" in words[i + 1:i + 1 + GAP] else "near"
    return None


def in_the_same_area(doc: Doc, sent: Span, place: Place | None) -> Place | None:
    """The place of "in the same area" for a clause placed no better than a country; else
    None."""
    if place is not None and (place.admin1 or place.latitude is not None):
        return None
    earlier = doc.user_data.get(LAST_HELD_KEY)
    if earlier is None or (place is not None and place.country_code
                           and place.country_code != earlier.country_code):
        return None
    kind = _same_noun(sent)
    if kind is None:
        return None
    found = copy_place(earlier)
    if kind == "unit" or found.latitude is None:
        found.latitude = found.longitude = found.geonameid = None
        found.admin2 = found.admin2 if kind == "unit" else None
        found.geo_precision = 3
    if place is not None and place.location:
        found.location = place.location
    return found
