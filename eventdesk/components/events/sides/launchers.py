"""The side that launched drones or missiles shot down, when the report does not name it:
in a war whose other side is a rebel force, the defence tells only what it downed ("air
defences downed three drones over the city"), the report names the rebels elsewhere."""

from __future__ import annotations

from eventdesk.components.events.sides.sources import non_state_named_most
from eventdesk.components.events.sides.table import SideFacts, source
from eventdesk.components.events.subtype.destroyed import AIRBORNE_WEAPONS
from eventdesk.records import Actor

# Verbs of a weapon stopped in flight ("shot down", "intercepted", "destroyed over"), not
# seized on the ground
IN_FLIGHT_STOPS = frozenset({"intercept", "shoot", "down", "destroy", "neutralise",
                             "neutralize"})


@source.add
def launcher_named_most(f: SideFacts, year) -> Actor | None:
    """Drones or missiles stopped in flight (intercepted, shot down, destroyed) with no
    launcher named: the non-state armed group the report names most. Not a mine defused
    nor a cache of drones or missiles seized, whose owner the report leaves open."""
    words = {t.lemma_.lower() for t in f.clause.tokens}
    if not (words & AIRBORNE_WEAPONS and words & IN_FLIGHT_STOPS):
        return None
    return non_state_named_most(f, year)
