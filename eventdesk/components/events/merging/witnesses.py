"""A witness, a spokesman or the other side telling again the violent event the report
has just told: "Militiamen raided a market in Bunia late on Thursday, a mayor said. A trader
told reporters the fighters fired at the stalls for twenty minutes", "Kidnappers have
seized eleven farm workers near Kontagora. Relatives said the armed men came on foot after
midnight on Friday and marched the workers into the bush".

Such a retelling is told in the words of whoever tells it, so its verb often gives another
sub-type than the event's (the shooting of an abduction, the artillery of a clash, the
camp overrun in a fight), and it names no place or day of its own: where and when are
the event's. Coded apart it is a second, false event (GUIDELINES: "Code it once even when
several sentences describe it").

What keeps it one event is evidence of compatibility, not words: an attribution (a source
the report names for it, a quotation, a side's own account), told right after the event,
no place of its own (the report's focus being the event's place), no day of its own (or,
after a lead with no day of its own, a present perfect, a day in the week before it),
a kind of deed the event's telling may be retold as (`RETOLD_AS`), and no side the event
does not have. Kept apart: a telling marked as another incident ("separately"), as done
again, "also" or "later"; one with a place or day of its own; a deed of another doer, or
with a side of its own ("police intervened", "soldiers came to the post and fought the
raiders": the state answering is another interaction); the killings, abductions and looting in a
town just taken or after a battle (the winners' deeds, events of their own: a battle's
sides are armed); a fight after a strike or an attack on civilians; the target's harm
of its own to civilians (a reprisal).
Read by merge.py for the event told last before the retelling only.
"""

from __future__ import annotations

from eventdesk.coding import typology
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.places_days import (
    RESTATED_WITHIN_DAYS,
    holds,
    same_day,
    same_place,
)
from eventdesk.components.events.merging.same_event import TERRITORY, other_sides, other_takers
from eventdesk.components.events.placing import place_key
from eventdesk.records import is_city_part

# How many sentences after the event's latest telling a witness may tell it again.
RETOLD_WITHIN_SENTENCES = 2
# What a witness may tell a violent event as, by the event's type: a fight as its shooting,
# its artillery or drones, or the people it hit; a strike as a strike or the people it
# hit, or its damage; an attack on civilians as one (the shooting of an abduction), or its
# damage (the cattle rustled in a raid). Not a fight after a strike or an attack: another
# interaction (the ground assault after the shelling, police answering a gang).
RETOLD_AS = {
    typology.BATTLES: frozenset({typology.BATTLES, typology.EXPLOSIONS, typology.VAC}),
    typology.EXPLOSIONS: frozenset({typology.EXPLOSIONS, typology.VAC, typology.LOOTING}),
    typology.VAC: frozenset({typology.VAC, typology.LOOTING}),
}


def told_by_a_witness(event: Candidate, retold: Candidate) -> bool:
    """`retold`, attributed, told after the sentence of the violent `event` and at most two
    sentences after its latest telling (a quotation beside one merged into it), of a kind
    the event may be retold as, at its place and on its day (none of its own), with no
    side, doer or victims of its own, is that event told again."""
    latest = max(event.sent_index, event.last_told)
    if not (attributed(retold) and event.sent_index < retold.sent_index
            <= latest + RETOLD_WITHIN_SENTENCES):
        return False
    if not retold_as(event, retold) or marked_apart(retold) or other_sides(event, retold) \
            or other_doers(event, retold) or side_of_its_own(event, retold) \
            or other_takers(event, retold):
        return False
    return at_its_place(event, retold) and on_its_day(event, retold)


def attributed(telling: Candidate) -> bool:
    """Told as what someone says: a source named for it ("residents said", "according to
    the police"), a quotation, or a side's own account of its deed."""
    return telling.claimed_by is not None or telling.quoted_bare or telling.side_account


def retold_as(event: Candidate, retold: Candidate) -> bool:
    """The retelling's kind is one the event's may be told as (`RETOLD_AS`); harm to
    civilians of another sub-type than the event's only as shooting at people with no
    dead of its own ("fired in the air as they led the workers off" of an abduction),
    never an abduction or a rape ("a nurse added that two girls had been assaulted": a
    harm of its own, GUIDELINES: one sub-type of violence against civilians); after a
    battle, not in a place just taken ("residents counted forty bodies in the streets after
    the rebels took the port": the winners' killings), nor a strike killing civilians the
    battle did not harm ("villagers said jets then bombed a funeral, killing nine": the
    strike's own dead)."""
    kinds = RETOLD_AS.get(event.event_type, frozenset())
    if not (retold.event_type in kinds or retold.sub_event_type in kinds):
        return False
    if retold.event_type == typology.VAC and retold.sub_event_type != event.sub_event_type \
            and (retold.sub_event_type != typology.ATTACK or retold.fatalities):
        return False
    if retold.event_type == typology.EXPLOSIONS and event.event_type == typology.BATTLES \
            and retold.fatalities and _harms_civilians(retold) and not _harms_civilians(event):
        return False
    return not (event.event_type == typology.BATTLES and retold.event_type == typology.VAC
                and event.sub_event_type in TERRITORY)


def marked_apart(telling: Candidate) -> bool:
    """"Separately", "in another attack", "again", "also", "later": told as another deed."""
    return telling.another_incident or telling.done_again or telling.told_also \
        or telling.told_later


def _named(side) -> bool:
    return side is not None and not (side.unnamed or side.civilians)


def side_of_its_own(event: Candidate, retold: Candidate) -> bool:
    """"Raiders shot four herders … a police statement said officers chased the raiders
    into the hills": a named side the event does not have is another interaction --
    unless it names the one side the event left unnamed ("police traded shots with
    raiders … the movement said its men planted mines under the police trucks")."""
    own = {s.name for s in (event.actor1, event.actor2) if _named(s)}
    new = {s.name for s in (retold.actor1, retold.actor2) if _named(s)} - own
    unnamed = [s for s in (event.actor1, event.actor2)
               if s is not None and s.unnamed]
    return len(new) > len(unnamed)


def other_doers(event: Candidate, retold: Candidate) -> bool:
    """"Police held the suspects at a station … a foreign drone then hit the station",
    "the militia raided the hamlet … marines landed at the hamlet", "rebels captured the
    port … navy gunboats shelled rebel trenches": two named doers are two deeds -- unless
    the retelling is the account of the side the event left unnamed, its target the
    event's doer ("police traded shots with raiders … the movement said its men planted
    mines under the police trucks"), or the event's target telling the same fight its own
    way ("rebels stormed the outpost … the army said it beat them back"); never the
    target's reprisal on civilians (`reprisal`)."""
    first, second = event.actor1, retold.actor1
    if reprisal(event, retold):
        return True
    if first is None or second is None or first.name == second.name \
            or first.unnamed or second.unnamed:
        return False
    target = event.actor2
    turned = retold.actor2 is not None and retold.actor2.name == first.name and (
        target is None or target.unnamed
        or target.name == second.name and event.event_type == retold.event_type)
    return not turned


def reprisal(event: Candidate, retold: Candidate) -> bool:
    """"Gunmen raided a police station … villagers said officers later beat two farmers to
    death": the event's target doing harm of its own to civilians the event did not harm is
    a deed of its own (a reprisal), even when the event's doer is left unnamed."""
    doer, target = retold.actor1, event.actor2
    return _named(doer) and _named(target) and doer.name == target.name \
        and _harms_civilians(retold) and not _harms_civilians(event)


def _harms_civilians(telling: Candidate) -> bool:
    return any(s is not None and s.civilians
               for s in (telling.actor1, telling.actor2))


def at_its_place(event: Candidate, retold: Candidate) -> bool:
    """A quotation (its place is where it was said); or no place of its own ("the
    village", none) with the report's focus at the event's place or one holding it or held
    by it; or the event's place; or only the region holding it ("in the Tillaberi
    region"). Not another quarter of the city, a town of its own inside a region the
    event was placed at (a bombing "in Kismu" told after a district retaken in the
    region holding it), nor one the index lacks, held at its region (mortars on "the
    hamlet of Tor Bek" after a raid on a market town): scenes of their own; nor "the
    capital" read as another place than the event's."""
    if is_city_part(event.place) and is_city_part(retold.place) \
            and place_key(event.place) != place_key(retold.place):
        return False  # "have retaken the A quarter … had taken the B quarter on Sunday"
    if retold.quoted_bare:
        return True
    here = retold.place is None or retold.place.latitude is None \
        or same_place(event, retold) or holds(event.place, retold.place) \
        or holds(retold.place, event.place)
    if retold.place_from_context or retold.place_by_anaphor:
        return here
    return same_place(event, retold) or retold.region_only and holds(retold.place, event.place)


def on_its_day(event: Candidate, retold: Candidate) -> bool:
    """No day of its own and the event's day in force; or, after a lead with no day of its
    own ("have abducted": the publication date) that names its place, a day in the week
    before the lead's date."""
    if not retold.date_told:
        return same_day(event, retold)
    if event.date_told or event.place_from_context or event.place_by_anaphor \
            or event.date is None or retold.date is None:
        return False
    return 0 <= (event.date - retold.date).days <= RESTATED_WITHIN_DAYS
