"""A force and a crowd told apart, one event: the force stepping in to end a mob's fight,
firing on a crowd, fighting it, arresting in it, and a crowd seizing fighters -- the
crowd's event, not a battle, an attack or arrests of their own. Kept apart from crowds.py,
which reads one crowd told several times.
"""

from __future__ import annotations

from eventdesk.coding.typology import (
    ARMED_CLASH,
    ARRESTS,
    ATTACK,
    EXCESSIVE_FORCE,
    MOB_VIOLENCE,
    NON_STATE_ARMED,
    PROTEST_WITH_INTERVENTION,
    PROTESTS,
    RIOTS,
    STATE_SIDE,
    VIOLENT_DEMONSTRATION,
)
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging.places_days import (
    nothing_of_its_own,
    same_day,
    told_near,
    told_next,
    told_together,
)


def force_broke_up_the_mob(mob: Candidate, intervention: Candidate) -> bool:
    """"Supporters of two candidates clashed with sticks outside a polling station in X on
    Sunday. Police fired tear gas to bring the situation under control": a force stepping
    in, in the next sentence, with no place, day or crowd of its own, is the end of the
    mob's fight -- the mob violence, not a protest of its own (a crowd named anew, "police
    dispersed students who had marched on the town hall", is)."""
    return mob.sub_event_type == MOB_VIOLENCE \
        and intervention.sub_event_type == PROTEST_WITH_INTERVENTION \
        and told_next(mob, intervention) and nothing_of_its_own(intervention) \
        and same_day(mob, intervention) \
        and not (mob.another_incident or intervention.another_incident) \
        and not intervention.crowd_anew()


# A state's forces, its own (inter 1) or a foreign state's (8: "Russian troops fired stun
# grenades and detained four" in an occupied city): the force that handles a crowd and
# arrests in it; and the non-state armed sides (rebels, political and identity militias).
STATE_SIDES = frozenset(STATE_SIDE)
ARMED_NON_STATE = frozenset(NON_STATE_ARMED)


def crowd_fought_forces(riot: Candidate, clash: Candidate) -> bool:
    """"Young men confronted the forces with stones, and the soldiers fired rubber-coated
    bullets at them": a fight told in the sentence of a violent demonstration, at its place
    on its day, with no armed group on either side, is the crowd's fight with the force —
    the violent demonstration, not a battle (GUIDELINES: one type of interaction at one
    place on one day)."""
    sides = [s for s in (clash.actor1, clash.actor2) if s is not None]
    return riot.sub_event_type == VIOLENT_DEMONSTRATION \
        and clash.sub_event_type == ARMED_CLASH \
        and not any(s.inter in ARMED_NON_STATE for s in sides) and told_together(riot, clash)


def shot_in_the_crowd(fire: Candidate, victim: Candidate) -> bool:
    """"A student was killed on Tuesday when police opened fire on a march in X. Y, 19, a
    first-year student, was shot in the chest": a person attacked in the sentence after
    fire on a crowd, with no place, day or doer of its own (unnamed armed men) or by the
    force that fired, is the fire's victim told again -- its excessive force, not an
    attack on civilians of its own; unless marked as another incident, again or "also". So
    for a riot the force fought ("Police open fire as protesters storm parliament. Five
    people shot dead outside it"): the riot's toll, not a killing by unknown gunmen."""
    fired = fire.sub_event_type == EXCESSIVE_FORCE or fire.sub_event_type == \
        VIOLENT_DEMONSTRATION and fire.actor2 is not None and fire.actor2.inter in STATE_SIDE
    return fired and victim.sub_event_type == ATTACK \
        and told_next(fire, victim) and nothing_of_its_own(victim) and same_day(fire, victim) \
        and victim.actor1 is not None and (
            victim.actor1.unnamed
            or fire.actor2 is not None and victim.actor1.name == fire.actor2.name) \
        and not (victim.another_incident or victim.done_again or victim.told_also)


# How many sentences from a crowd a clash that names no foe may be told and be its fight.
FOE_UNNAMED_SENTENCES = 2


def fire_on_crowd(protest: Candidate, clash: Candidate) -> bool:
    """"Students were marching peacefully when police opened fire": a force firing on the
    crowd of a protest told in the same or the next sentence, with no armed group on
    either side, is the protest's handling (excessive force, intervention), not a
    battle nor an attack on civilians. So is fire on a crowd that stormed or burned
    ("protesters storm parliament; a section is set on fire. At least five people shot
    dead outside parliament"): the violent demonstration's toll. A clash naming no foe
    ("At least 17 people were killed in clashes in X on Monday. The ombudsman put the toll
    at 18. Witnesses said police fired live rounds at a crowd") may be told two sentences
    from the crowd: its foe is that crowd. Not a clash naming both its sides told in a
    sentence before the crowd's ("Vigilantes and cattle raiders fought at the river ford
    at dawn; two herders died. By noon traders had shut the market in protest"): it came
    before the crowd gathered, a fight of its own."""
    sides = [s for s in (clash.actor1, clash.actor2) if s is not None]
    crowd = protest.event_type == PROTESTS or protest.sub_event_type == VIOLENT_DEMONSTRATION
    return crowd and clash.sub_event_type in (ARMED_CLASH, ATTACK) \
        and not any(s.inter in ARMED_NON_STATE for s in sides) \
        and not (len(sides) == 2 and clash.sent_index < protest.sent_index) \
        and told_near(protest, clash, sentences=1 if len(sides) == 2 else FOE_UNNAMED_SENTENCES)


def crowd_seized_fighters(mob: Candidate, clash: Candidate) -> bool:
    """"A crowd seized 13 gang members from a police vehicle and burned them to death":
    the gunmen a crowd takes and kills are its victims, not a side of a battle."""
    return mob.sub_event_type == MOB_VIOLENCE and clash.sub_event_type == ARMED_CLASH \
        and told_together(mob, clash)


def crowd_detained(crowd: Candidate, arrests: Candidate) -> bool:
    """"Police fired tear gas at fans who threw stones outside the stadium on Thursday.
    Seven officers were injured and 15 fans detained": arrests told in the sentence of a
    protest or riot, or in the one right after its latest telling, with no place or day of
    their own, are the force's handling of that crowd, not an event of their own (ACLED
    codes arrests at a protest within it). Arrests with a place or day of their own ("at
    his home in Karen", "in Basra on Sunday") stay their own event. Arrests told after a
    protest or a violent demonstration in its own sentence, of its place and day ("rallied
    in the square; troops fired tear gas and detained four"; "forces moved against
    protesters near X, and nine were killed and 11 detained") by a state's forces, when
    no force or a state's handled the crowd, are its handling too — not a capture told
    before the crowd it follows ("he was captured after his fighters gunned down 22
    protesters": labelled an arrest in the real sentences), nor a mob's victims taken."""
    if crowd.event_type not in (PROTESTS, RIOTS) or arrests.sub_event_type != ARRESTS:
        return False
    by_forces = arrests.actor1 is not None and arrests.actor1.inter in STATE_SIDES and (
        crowd.actor2 is None and (crowd.event_type == PROTESTS
                                  or crowd.sub_event_type == VIOLENT_DEMONSTRATION)
        or crowd.actor2 is not None and crowd.actor2.inter in STATE_SIDES)
    if crowd.start_char < arrests.start_char and told_together(crowd, arrests) and by_forces:
        return True
    return nothing_of_its_own(arrests) \
        and crowd.sent_index <= arrests.sent_index <= max(crowd.sent_index,
                                                          crowd.last_told) + 1 \
        and same_day(crowd, arrests) \
        and not (crowd.another_incident or arrests.another_incident)
