"""A province fronted by a sentence telling no event is the next deeds' scene (GUIDELINES:
a report that names only a region is coded there, geo_precision 3).

`frame_scene` moves the scene to a town a sentence fronts ("In Belcosta, students responded
with anger. On Tuesday, thousands marched"): the march was there, not at the last event's
town. A feature moves between provinces as often ("In Yobe State, residents were angry.
On Tuesday, gunmen abducted 20 farmers"), and the fronted province, which names no town,
was passed over: the abduction took the last event's town, in another province. The
region is the scene then, at its centre as a region named as the place is
(`place_names.known_point`); a clause naming a place, or another country
(`finding._report_place`), keeps its own.

Measured and left out: carrying a place known with no point (an unknown village held in
its province) from an event to the next unplaced deeds, as the coder carries a town's
point, merged a studied set's second telling of a raid into its event, but took a strike
from the town named in the sentence between them (a strike told with no place after a
sentence naming the town it hit), and, with that town given its turn, still
added a spurious record on the measure-only sets.
"""

from __future__ import annotations

from eventdesk.records import Place


def fronted_region(mention, place: Place | None) -> bool:
    """The fronted name ("In Yobe State, …") is a first-level region the index reads as one
    (an admin1 at geo_precision 3), not a town."""
    return mention.kind == "region" and place is not None and place.latitude is not None \
        and place.geo_precision == 3 \
        and bool(place.admin1) and any(c.is_region for c in mention.candidates)

