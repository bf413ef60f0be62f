"""Arrests told right after a fight with nothing of their own: how the fight ended.

News ends the telling of a battle with what its winners took: "Soldiers fought bandits
near X on Friday, killing six. Thirty of the raiders surrendered and were held, an officer
said"; "troops came under fire from a compound; once the shooting stopped they held two
men". Arrests told so -- with no place nor day of their own, in the sentence of the
fight's latest telling or the next, by a side of the fight or by no named side, of the
other side or of no named one -- are the fight's end, one event with it (GUIDELINES: code
an event once even when several sentences describe it; the studied gold sets code such
arrests at most as optional). Arrests told with a place or day of their own ("police
arrested two men in Y on Tuesday"), told as later ("police later detained ..."), marked
as another incident ("separately"), by a force not in the fight, of people no side of it
("rounded up 40 residents"), or told in the fight's own sentence ("killed five and
arrested three": an analyst codes them apart, two_types.py AFTERMATH) stay their own
event. Kept apart from two_types.py, which is at its size limit."""

from __future__ import annotations

from eventdesk.coding.typology import ARRESTS, BATTLES
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.places_days import (
    nothing_of_its_own,
    same_place,
)


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
    if arrests.told_later:
        return False   # "police later arrested 12 suspected collaborators": a round-up after
    sides = {s.name for s in (fight.actor1, fight.actor2) if s is not None}
    # the arrests' own doer a side of the fight or none named, whom they held the other
    # side or none named: not another force, nor residents rounded up
    return (arrests.actor1 is None or arrests.actor1.name in sides) and (
        arrests.actor2 is None or arrests.actor2.name in sides - {
            arrests.actor1.name if arrests.actor1 else ""})
