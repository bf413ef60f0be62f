"""Two tellings of one event: one type, day and place, the same pair of sides, no new
scene; a place changing hands is one incident however each telling has it taken."""

from __future__ import annotations

from eventdesk.coding.typology import (
    ABDUCTION,
    ARRESTS,
    ATTACK,
    OVERTAKES_TERRITORY,
    REGAINS_TERRITORY,
    STRATEGIC,
    TERRITORY_TRANSFER,
    VAC,
)
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.places_days import (
    holds,
    same_day,
    same_place,
    told_near,
)
from eventdesk.components.events.merging.scenes import (
    district_told_apart,
    moved_to_another_place,
    told_apart,
)

# The sub-types of a place changing hands; the priority order chooses among them.
TERRITORY = frozenset({REGAINS_TERRITORY, OVERTAKES_TERRITORY, TERRITORY_TRANSFER})


def same_event(a: Candidate, b: Candidate) -> bool:
    """Same type, same day, same place (a city and one of its districts count as one), and
    not two pairs of sides with no side in common."""
    return same_kind(a, b) and same_day(a, b) and same_place(a, b) \
        and not district_told_apart(a, b) and not other_sides(a, b) \
        and not told_apart(a, b) and not moved_to_another_place(a, b)


def other_sides(a: Candidate, b: Candidate) -> bool:
    """"Al Shabaab attacked an army base in Mogadishu … police clashed with a clan militia
    in the city": two tellings each naming both its sides, with no named side in common,
    are two interactions (GUIDELINES: an event is between the same actors). Unnamed sides
    ("Unidentified Armed Group") may be anyone and keep the tellings together."""
    names = []
    for cand in (a, b):
        sides = [s for s in (cand.actor1, cand.actor2) if s is not None]
        if len(sides) < 2 or any(s.unnamed for s in sides):
            return False
        names.append({s.name for s in sides})
    return not names[0] & names[1]


def other_takers(a: Candidate, b: Candidate) -> bool:
    """"Kachin rebels said they had retaken the town … tribal fighters had seized it last
    week when the rebels pulled out": a place overtaken by one non-state side and on
    another day by another is a place changing hands twice, two events, though one
    telling gives only the day it was said. A taker told only as armed men ("Unidentified
    Armed Group") may be either side and keeps the tellings together; tribal or communal
    fighters are a kind of side of their own. Not a government regaining ground, which its
    allies' taking may tell again (measured), nor a place left without a fight
    ("abandoned the port … clan fighters moved into the city"), whose taker is a guess."""
    if a.sub_event_type != OVERTAKES_TERRITORY or b.sub_event_type != OVERTAKES_TERRITORY \
            or a.date == b.date:
        return False
    takers = [c.actor1.name for c in (a, b)
              if c.actor1 is not None and not c.actor1.armed_men]
    return len(takers) == 2 and takers[0] != takers[1]


def same_kind(a: Candidate, b: Candidate) -> bool:
    """One event type; in Strategic developments and Violence against civilians, one
    sub-type too (an arrest and a looting: two events; a killing and an abduction are one
    only as a raid told in one breath, `one_raid`). A
    place changing hands is one incident whether a telling has it taken by force or not
    ("have seized the town" and "entered the town after the troops withdrew")."""
    if a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY:
        return True
    if a.event_type != b.event_type:
        return False
    return a.event_type not in (STRATEGIC, VAC) or a.sub_event_type == b.sub_event_type


def one_incident_kind(a: Candidate, b: Candidate) -> bool:
    """Tellings of one incident on days told apart: one sub-type, or a place changing
    hands ("the final battles on Monday" and "have taken full control" are two events)."""
    return a.sub_event_type == b.sub_event_type or \
        a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY


def one_transfer(a: Candidate, b: Candidate) -> bool:
    """"Troops re-entered Macomia town unopposed after the insurgents withdrew
    overnight": a place changing hands told twice in one sentence, by the side that took it
    and by the side that left, a day apart at most (the night before the entry), is one
    transfer of territory."""
    return a.sub_event_type in TERRITORY and b.sub_event_type in TERRITORY \
        and a.sent_index == b.sent_index and a.date is not None and b.date is not None \
        and abs((a.date - b.date).days) <= 1 \
        and (same_place(a, b) or holds(a.place, b.place) or holds(b.place, a.place)) \
        and not (a.another_incident or b.another_incident)




def one_raid(speaker: Candidate, other: Candidate) -> bool:
    """"Gunmen killed three people and abducted two others on the road to X on Saturday",
    "Four people were killed in an incursion into X. The assailants also took away six":
    a killing and a taking by one side (or by men left unnamed), on one day at one place,
    told in one sentence or the next, are one raid (GUIDELINES: one type of interaction;
    the first sub-type that applies) -- an attack when it killed people, else the
    abduction the assault was made for (`speaker` is the one coded). Marked as another
    incident or as done again, they stay two. So are people rounded up and then killed by
    one named side in one sentence ("troops herded the men of a hamlet together and shot
    forty of them"):
    the arrest is how the killing was done, coded as the attack (`_rounded_up_and_killed`)."""
    pair = {speaker.sub_event_type: speaker, other.sub_event_type: other}
    attack, taking = pair.get(ATTACK), pair.get(ABDUCTION)
    if attack is not None and pair.get(ARRESTS) is not None:
        return speaker is attack and _rounded_up_and_killed(pair[ARRESTS], attack)
    if attack is None or taking is None or (speaker is attack) != bool(attack.fatalities) \
            or attack.done_again or taking.done_again:
        return False
    sides = [c.actor1.name for c in (attack, taking)
             if c.actor1 is not None and not c.actor1.unnamed]
    return len(set(sides)) <= 1 and told_near(attack, taking, sentences=1)


def _rounded_up_and_killed(arrest: Candidate, attack: Candidate) -> bool:
    """The arrest told first, the killing after it in the same sentence, by the same named
    side, neither told as done again: "police killed a robber and later arrested three
    others", or gunmen's killing and the police's arrests, stay two events."""
    return arrest.start_char < attack.start_char \
        and arrest.actor1 is not None and attack.actor1 is not None \
        and arrest.actor1.name == attack.actor1.name \
        and not arrest.actor1.unnamed \
        and not (attack.done_again or arrest.done_again) \
        and told_near(arrest, attack, sentences=0)


def raid_in_a_town_taken(a: Candidate, b: Candidate, tellings: list[Candidate]) -> bool:
    """"Militants seized the suburb of X on Monday. They killed 40 residents in X and
    abducted 300 others": in a place taken that day, the killings and the takings are
    the occupiers' deeds, each an event of its own, not one raid (`one_raid`)."""
    return {a.sub_event_type, b.sub_event_type} == {ATTACK, ABDUCTION} and any(
        t.sub_event_type in TERRITORY and same_day(t, a)
        and (same_place(t, a) or holds(t.place, a.place)) for t in tellings)
