"""Accounts that tell an event told before once more: the doer's own account of its deed
("said its forces had struck positions in the area"), what the target was doing in it,
and the target named again in a passive ("The convoy … was attacked near X")."""

from __future__ import annotations

from eventdesk.coding.typology import EXPLOSIONS
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.clause_reading import DEED_NOUNS, WEAPON_NOUNS
from eventdesk.components.events.merging.places_days import holds, near, same_day, same_place
from eventdesk.components.events.merging.retellings import QUOTED_DAMAGE, VIOLENT_TYPES

# How many days after an event a side's account of it may be dated (the day it spoke).
ACCOUNT_WITHIN_DAYS = 2


def side_account_of(event: Candidate, account: Candidate) -> bool:
    """"Russian forces shelled Kherson on Tuesday, killing three civilians … The Russian
    defence ministry said its forces had struck Ukrainian army positions in the Kherson
    area": the side that did a violent deed telling it its own way, in the past perfect
    under a saying, dated the event's day or the days it spoke after, with no place of its
    own (the event's or one holding it; the report's focus only in the next two sentences
    after the event's latest telling), is that event told again, whatever type its words
    give (the event's own telling speaks for it; "said it had destroyed a radar site
    there" is the strike's damage) — unless marked as another incident, as
    done again or "also"."""
    latest = max(event.sent_index, event.last_told)
    if not account.side_account or account.sent_index <= event.sent_index \
            or event.event_type not in VIOLENT_TYPES \
            or not (account.event_type in VIOLENT_TYPES
                    or account.sub_event_type in QUOTED_DAMAGE) \
            or account.another_incident or account.done_again or account.told_also \
            or event.another_incident:
        return False
    if event.actor1 is None or account.actor1 is None \
            or event.actor1.name != account.actor1.name \
            or event.actor1.unnamed:
        return False
    if event.date is None or account.date is None \
            or not 0 <= (account.date - event.date).days <= ACCOUNT_WITHIN_DAYS:
        return False
    if account.place_from_context or account.place_by_anaphor:
        return account.sent_index <= latest + 2
    return same_place(event, account) or holds(account.place, event.place)


def target_described(event: Candidate, deed: Candidate) -> bool:
    """"The army said troops had fired at 'a terrorist who hurled an explosive device'":
    what the target of a deed was doing (`deed_of_the_target`) in a side's account of it,
    told in a sentence of an event's telling, on its day and at its place, is part of that
    event, not another — unless marked as another incident. (Told as news, "fired at
    protesters who were blocking a road" may be the crowd's own event: measured, a gold
    match lost.)"""
    return deed.target_deed and deed.side_account \
        and deed.sent_index in (event.sent_index, event.last_told) \
        and same_day(event, deed) \
        and (deed.place_from_context or same_place(event, deed)) \
        and not (deed.another_incident or event.another_incident)


# How far from the event's place a retelling naming its target again may be placed ("on
# the road between Dori and Sebba … near the village of Gangaol, 30 km south of Dori").
TARGET_AGAIN_KM = 60.0


def target_told_again(event: Candidate, retold: Candidate) -> bool:
    """"Jihadists ambushed a military convoy on the road between Dori and Sebba on Monday.
    The convoy, escorting supply trucks to Sebba, was attacked near the village of Gangaol":
    the target of a violent event named again with "the" (`noun_named_again`), or a
    strike's weapons, in the next sentence, with no day of its own or the event's, near the
    event's place, is the event told again in detail — unless marked as another incident,
    as done again or "also"."""
    latest = max(event.sent_index, event.last_told)
    return retold.noun_again is not None and _one_target(event, retold) \
        and latest < retold.sent_index <= latest + 1 \
        and event.event_type in VIOLENT_TYPES and retold.event_type in VIOLENT_TYPES \
        and (not retold.date_told or same_day(event, retold)) \
        and (retold.place_from_context or near(event.place, retold.place, TARGET_AGAIN_KM)) \
        and not (retold.another_incident or retold.done_again or retold.told_also
                 or event.another_incident)


def _one_target(event: Candidate, retold: Candidate) -> bool:
    """The retelling names the event's target again, the weapons of a strike told with
    a strike ("shelled the X district on Monday. The shells hit a bus stop"), or the deed of
    the event's type ("A drone fired missiles at a house in X district on Friday. The
    strike hit a compound in Y village")."""
    return retold.noun_again == event.target or retold.noun_again in WEAPON_NOUNS \
        and event.event_type == EXPLOSIONS == retold.event_type \
        or retold.noun_again in DEED_NOUNS and event.event_type == retold.event_type


def target_told_first(lead: Candidate, event: Candidate) -> bool:
    """"Eight were killed in clashes in Kunar on Tuesday, a day after gunmen ambushed a
    convoy of buses … On Monday, gunmen opened fire on a convoy of 40 buses near Asadabad,
    killing 12": a violent telling with no toll of its own, followed later in the report
    by a violent telling of the same target noun on its day, at its place or a town inside
    it, is the lead of the event the report then tells in detail (whichever type the lead's
    bare verb gave: "ambushed" alone reads as a fight) — unless marked as another incident,
    as done again or "also"."""
    return lead.target is not None and lead.target == event.target \
        and lead.sent_index < event.sent_index and not lead.fatalities \
        and lead.event_type in VIOLENT_TYPES and event.event_type in VIOLENT_TYPES \
        and same_day(lead, event) and lead.date is not None \
        and (same_place(lead, event) or holds(lead.place, event.place)) \
        and not (lead.another_incident or event.another_incident or event.done_again
                 or event.told_also)
