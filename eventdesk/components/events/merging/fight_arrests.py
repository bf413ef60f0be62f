"""Arrests told right after a fight with nothing of their own: how the fight ended.

News ends the telling of a battle with what its winners took: "Troops killed nine
militants in a gunfight at X on Monday. Forty-five attackers were captured and 97 weapons
seized, he said"; "the soldiers were fired upon from a house; after the exchange of fire
they detained one man". Arrests told so — with no place nor day of their own, in the
sentence of the fight's latest telling or the next, by a side of the fight or by no named
side — are the fight's end, one event with it (GUIDELINES: code an event once even when
several sentences describe it; the studied gold sets code such arrests at most as
optional). Arrests told with a place or day of their own ("police arrested two men in Y
on Tuesday"), marked as another incident ("separately"), or told in the fight's own
sentence ("killed five and arrested three": an analyst codes them apart, two_types.py
AFTERMATH) stay their own event. Kept apart from two_types.py, which is at its size
limit."""

from __future__ import annotations

from eventdesk.coding.typology import ARRESTS, BATTLES
from eventdesk.components.events.common import Candidate
from eventdesk.components.events.merging.places_days import (
    nothing_of_its_own,
    same_place,
)

STATE = 1   # inter code of state forces


def arrests_ending_the_fight(fight: Candidate, arrests: Candidate) -> bool:
    """`arrests`, told after the battle `fight` in the next sentence after its latest
    telling (or in that latest telling's own sentence, when it is not the first), with no
    place nor day of their own, at its place, by one of its sides or by no named side,
    and not marked as another incident: the fight's end, coded as the fight."""
    if fight.event_type != BATTLES or arrests.sub_event_type != ARRESTS:
        return False
    if arrests.another_incident or not nothing_of_its_own(arrests) \
            or not same_place(fight, arrests):
        return False
    latest = max(fight.sent_index, fight.last_told)
    if not fight.sent_index < arrests.sent_index <= latest + 1:
        return False
    sides = [s for s in (fight.actor1, fight.actor2) if s is not None]
    # the arrests' own doer, or a state's force where the fight has one: a passive or a
    # "they" leaves the arrests with the default police of the country
    return arrests.actor1 is None or arrests.actor1.name in {s.name for s in sides} \
        or arrests.actor1.inter == STATE and any(s.inter == STATE for s in sides)
