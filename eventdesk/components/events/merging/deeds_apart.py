"""Two deeds that merging rules built for one incident told twice must keep apart.

GUIDELINES: an event is one type of interaction between the same actors at one place on
one day. Rules that take a later telling into an earlier one ("the lead told at a region,
the event then told at its town"; "the shells a side of the battle fires are how it
fought") read two tellings of one deed; these tests say when the two tellings name
deeds of their own: another weapon, another pair of sides, or a third side.

Kept apart from the rules themselves (same_event, retellings, two_types) because each
rule asks them as a guard, and those modules are at their size limit."""

from __future__ import annotations

from eventdesk.coding.typology import BATTLES, CIVILIANS
from eventdesk.components.events.candidate import Candidate


def fire_on_civilians(fire: Candidate) -> bool:
    """"… the rebels held the ridge after a day of fighting; army mortars meanwhile landed
    on a market below, injuring a dozen shoppers": shelling whose victims are civilians is an
    interaction of its own (the state against civilians), not how a battle between armed
    sides was fought, even by one of its sides at its place and day."""
    return fire.actor2 is not None and fire.actor2.inter == CIVILIANS


def third_side(lead: Candidate, later: Candidate) -> bool:
    """"Rebels seized the town from the army on Monday … a foreign air force said it had
    struck rebel fighters near the town": the later deed's doer is a side with a name of
    its own that is neither of the two sides a battle names -- a side entering the fight,
    its own deed (GUIDELINES: an event is between the same actors), not how the battle
    went. (A strike's interception is not this: whoever shoots the weapon down may be left
    out of the strike's sides.)"""
    sides = [s for s in (lead.actor1, lead.actor2) if s is not None]
    doer = later.actor1
    return lead.event_type == BATTLES and len(sides) == 2 \
        and not any(s.unnamed for s in sides) \
        and doer is not None and not doer.unnamed \
        and doer.name not in {s.name for s in sides}
