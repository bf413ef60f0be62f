"""A detail told after an event that only says how it went -- its weapons, its end, the
interception of a strike, the state's version of a shooting at a crowd: that event told
again, not a second one. Kept apart from retellings.py, which reads restatements, summary
leads and attackers named again.
"""

from __future__ import annotations

from eventdesk.coding import typology
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.places_days import RESTATED_WITHIN_DAYS, holds
from eventdesk.components.events.merging.same_event import other_sides
from eventdesk.components.events.placing import place_key

# What a detail told after an event may be, by the event's type, when it only tells how
# that event went: the weapons of a fight ("attacked with explosives and rifle fire") and
# its end ("the militants later withdrew from the area"), the interception of a strike,
# the state's version of a shooting at a crowd ("armed individuals attacked the police
# station") or the crowd told again. Other types told beside an event are other
# interactions (the killings and the abductions of a town taken, the looting after it,
# peacekeepers fighting the attackers): their own events.
DETAIL_TYPES = {
    typology.BATTLES: frozenset({typology.EXPLOSIONS, typology.TERRITORY_TRANSFER}),
    typology.EXPLOSIONS: frozenset({typology.DISRUPTED_WEAPONS_USE}),
    typology.PROTESTS: frozenset({typology.PROTESTS, typology.BATTLES}),
}


def detail_of(lead: Candidate, detail: Candidate) -> bool:
    """"Four soldiers were killed on Sunday when ELN guerrillas attacked a patrol in rural
    Saravena. The troops were attacked with explosives and rifle fire": a telling after an
    event, with no day of its own (the event's, or within a week after the day the event
    was told on), of a type that only tells how such an event went (`DETAIL_TYPES`),
    between sides that do not exclude the event's, is that event told again, not a second
    event — when it names no place of its own (the report's focus: the event's place, or
    the region a retelling put it in: "Fighting in the Lower Shabelle region lasted hours.
    The militants later withdrew from the area"), or
    in the next two sentences, by a side of the event named again, names a town inside the
    district or province the event was told at ("militants stormed a police station in
    Dera Ismail Khan district … attacked the Kulachi police station with heavy weapons and
    hand grenades"). Never one marked as another incident, nor a strike on civilians after
    a battle ("the rebels seized the town … The junta has responded with air strikes on the
    town, killing four civilians"): a battle's sides are armed, so it is another deed."""
    kinds = DETAIL_TYPES.get(lead.event_type, frozenset())
    if detail.date_told or detail.sent_index <= lead.sent_index or detail.another_incident \
            or not (detail.event_type in kinds or detail.sub_event_type in kinds) \
            or lead.date is None or detail.date is None or other_sides(lead, detail) \
            or lead.event_type == typology.BATTLES and _on_civilians(detail):
        return False
    if lead.event_type == typology.PROTESTS and detail.event_type == typology.BATTLES \
            and not _a_side_named_again(lead, detail):
        return False  # a fight is the state's version of a crowd's day only if it names
        # the force the crowd met: troops fighting "terrorists" the day after a march are not
    if not (detail.place_from_context and (place_key(detail.place) == place_key(lead.place)
                                           or holds(detail.place, lead.place))
            or detail.sent_index - lead.sent_index <= 2 and holds(lead.place, detail.place)
            and _a_side_named_again(lead, detail)):
        return False
    days = (detail.date - lead.date).days
    return days == 0 or lead.date_told and 0 < days <= RESTATED_WITHIN_DAYS


def _on_civilians(cand: Candidate) -> bool:
    """The telling's victims are civilians."""
    return cand.actor2 is not None and cand.actor2.civilians


def _a_side_named_again(lead: Candidate, detail: Candidate) -> bool:
    """The two tellings share a side with a name of its own (not an unidentified group)."""
    def named(cand: Candidate) -> set[str]:
        return {s.name for s in (cand.actor1, cand.actor2)
                if s is not None and not s.unnamed}
    return bool(named(lead) & named(detail))
