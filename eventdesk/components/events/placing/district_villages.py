"""A village the index lacks, named in a clause whose place is a district the clause names
by a division word ("In Velcro district, raiders burned three huts near Talcobo";
"Raiders struck Talcobo in Velcro district"): the event is at the village, somewhere in the
district, not at the district's seat or centre. The place is written as the district's part
("Velcro - Talcobo"), which the record keeps as the district's, with no point
(`place_names.known_point`, issue 9): a point 30-100 km off under the village's name misleads
a map. Only with the division word, or a district fronted as the clause's frame ("In Velcro,
raiders burned huts near Talcobo"): a bare district name in the scene's own phrase ("a camp
in Velcro near Talcobo") may be the seat town the report means, whose point is then the
nearest the report gives.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventdesk.components.events.common import copy_place
from eventdesk.components.events.placing.holding import fronted
from eventdesk.components.triggers import Clause
from eventdesk.geo.candidates import DISTRICT_DESIGNATORS
from eventdesk.records import Place, join_parts, part_of, town_of


def village_of_the_district(placer, doc: Doc, clause: Clause, mentions,
                            place: Place | None) -> Place | None:
    """`place`, or the clause's unknown village as the part of `place` when `place` is a
    district the clause names as one ("in X district", a second-level division)."""
    if place is None or place.latitude is None or place.geo_precision == 3 \
            or part_of(place.location or "") or not any(
                _names_the_district(placer, doc, m, place) for m in mentions):
        return place
    unknown = placer.names.unknown_town_name(doc, clause)
    if unknown is None:
        return place
    held = copy_place(place)
    held.location, held.geo_precision = join_parts(town_of(place.location), unknown[0]), 2
    return held


def _names_the_district(placer, doc: Doc, mention, place: Place) -> bool:
    """The mention names `place` as a district: by a division word ("Velcro district"), or
    `place` is the index's second-level division fronted as the clause's frame ("In Velcro,
    raiders burned huts near Talcobo"): the area the scene lies in, not the scene."""
    return any(c.geonameid == place.geonameid for c in mention.candidates) and (
        mention.designator in DISTRICT_DESIGNATORS
        or fronted(doc, mention) and placer.gazetteer.is_district_place(place.geonameid))
