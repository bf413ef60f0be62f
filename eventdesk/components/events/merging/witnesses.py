"""A witness, a spokesman or the other side telling again the violent event the report
has just told: "Five people were killed in Benin City on Sunday when cultists clashed.
Residents said the gunmen shot sporadically for close to an hour", "Militants stormed the
town on Friday evening. The assistant commissioner was shot dead when he resisted the
attackers, the spokesperson said", "Bandits have abducted 23 people in Yandoto village.
Residents said the gunmen arrived at about 11pm on Saturday and went from house to house
shooting before whisking their victims away".

Such a retelling is told in the words of whoever tells it, so its verb often gives another
sub-type than the event's (the shooting of an abduction, the artillery of a clash, the
camp overrun in a fight), and it names no place or day of its own: where and when are
the event's. Coded apart it is a second, false event (GUIDELINES: "Code it once even when
several sentences describe it").

What keeps it one event is evidence of compatibility, not words: an attribution (a source
the report names for it, a quotation, a side's own account), told right after the event,
no place of its own or the event's place, no day of its own, the event's day, or -- after
a lead with no day of its own (a present perfect) -- a day in the week before it, and no
two pairs of sides with nothing in common. A telling marked as another incident
("separately", "in another attack"), as done again, "also", or later ("later", "then")
stays apart; so does one at a place or on a day of its own that is not the event's.
Read by merge.py for the event told last before the retelling only.
"""

from __future__ import annotations

from eventdesk.components.events.common import Candidate
from eventdesk.components.events.merging.places_days import (
    RESTATED_WITHIN_DAYS,
    holds,
    same_day,
    same_place,
)
from eventdesk.components.events.merging.retellings import QUOTED_DAMAGE, VIOLENT_TYPES
from eventdesk.components.events.merging.same_event import other_sides, other_takers
from eventdesk.components.events.placing import place_key
from eventdesk.records import is_city_part

# How many sentences after the event's latest telling a witness may tell it again.
RETOLD_WITHIN_SENTENCES = 2


def told_by_a_witness(event: Candidate, retold: Candidate) -> bool:
    """`retold`, attributed, told after the sentence of the violent `event` and at most two
    sentences after its latest telling (a quotation beside one merged into it), at its
    place (or none of its own) and on its day (or none of its own), between sides that do
    not exclude the event's nor name another doer, is that event told again."""
    latest = max(event.sent_index, event.last_told)
    if not (attributed(retold) and event.sent_index < retold.sent_index
            <= latest + RETOLD_WITHIN_SENTENCES):
        return False
    if event.event_type not in VIOLENT_TYPES or not (
            retold.event_type in VIOLENT_TYPES or retold.sub_event_type in QUOTED_DAMAGE):
        return False
    if marked_apart(retold) or other_sides(event, retold) or other_doers(event, retold) \
            or other_takers(event, retold):
        return False
    return at_its_place(event, retold) and on_its_day(event, retold)


def attributed(telling: Candidate) -> bool:
    """Told as what someone says: a source named for it ("residents said", "according to
    the police"), a quotation, or a side's own account of its deed."""
    return telling.claimed_by is not None or telling.quoted_bare or telling.side_account


def marked_apart(telling: Candidate) -> bool:
    """"Separately", "in another attack", "again", "also", "later": told as another deed."""
    return telling.another_incident or telling.done_again or telling.told_also \
        or telling.told_later


# ACLED's name for a side the report does not name: it may be anyone.
UNNAMED = "Unidentified"


def other_doers(event: Candidate, retold: Candidate) -> bool:
    """"The Houthi authorities had arrested them … a US air strike hit the detention
    centre", "the RSF attacked the village … soldiers stormed the village": two named
    doers are two deeds -- unless the retelling is the other side's account of the same
    fight, its doer the event's unnamed (or same) target and its target the event's doer
    ("troops exchanged fire with gunmen … the group said its fighters detonated explosive
    devices against the armoured vehicles")."""
    first, second = event.actor1, retold.actor1
    if first is None or second is None or first.name == second.name \
            or first.name.startswith(UNNAMED) or second.name.startswith(UNNAMED):
        return False
    target = event.actor2
    turned = retold.actor2 is not None and retold.actor2.name == first.name and (
        target is None or target.name.startswith(UNNAMED) or target.name == second.name)
    return not turned


def at_its_place(event: Candidate, retold: Candidate) -> bool:
    """No place of its own ("the village"; none: the report's focus; a quotation's), the
    event's place, or only the region holding it ("in the Tillaberi region"). Not a town
    of its own inside a region the event was placed at ("In Beledweyne, a suicide bomber
    …" after a town recaptured in the Hiraan region), nor one the index lacks, held at its
    region ("shelled the outskirts of Houla" after a drone strike on Qlayaa): a scene of
    its own."""
    if is_city_part(event.place) and is_city_part(retold.place) \
            and place_key(event.place) != place_key(retold.place):
        return False  # "have retaken the A quarter … had taken the B quarter on Sunday"
    return retold.place_from_context or retold.place_by_anaphor or retold.quoted_bare \
        or retold.place is None \
        or same_place(event, retold) or retold.region_only and holds(retold.place, event.place)


def on_its_day(event: Candidate, retold: Candidate) -> bool:
    """No day of its own, the event's day; or, after a lead with no day of its own ("have
    abducted": the publication date) that names its place, a day in the week before the
    lead's date."""
    if not retold.date_told or same_day(event, retold):
        return True
    if event.date_told or event.place_from_context or event.place_by_anaphor \
            or event.date is None or retold.date is None:
        return False
    return 0 <= (event.date - retold.date).days <= RESTATED_WITHIN_DAYS
