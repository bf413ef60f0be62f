"""Two deeds that merging rules built for one incident told twice must keep apart.

GUIDELINES: an event is one type of interaction between the same actors at one place on
one day. Rules that take a later telling into an earlier one ("the lead told at a region,
the event then told at its town"; "the shells a side of the battle fires are how it
fought") read two tellings of one deed; these tests say when the two tellings name
deeds of their own: another weapon, or another pair of sides.

Kept apart from the rules themselves (same_event, retellings, two_types) because each
rule asks them as a guard, and those modules are at their size limit."""

from __future__ import annotations

from eventdesk.coding.typology import CIVILIANS
from eventdesk.components.events.common import Candidate


def fire_on_civilians(fire: Candidate) -> bool:
    """"… the rebels held the ridge after a day of fighting; army mortars meanwhile landed
    on a market below, injuring a dozen shoppers": shelling whose victims are civilians is an
    interaction of its own (the state against civilians), not how a battle between armed
    sides was fought, even by one of its sides at its place and day."""
    return fire.actor2 is not None and fire.actor2.inter == CIVILIANS
