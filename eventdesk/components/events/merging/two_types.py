"""One incident that two tellings code as two types (GUIDELINES: an event is one type
of interaction, at one place, on one day), and which type speaks for it."""

from __future__ import annotations

from eventdesk.coding import typology
from eventdesk.components.events.candidate import Candidate
from eventdesk.components.events.merging import retellings
from eventdesk.components.events.merging.assault_damage import burned_in_attack, looted_in_assault
from eventdesk.components.events.merging.crowd_forces import (
    crowd_detained,
    crowd_fought_forces,
    crowd_seized_fighters,
    fire_on_crowd,
    force_broke_up_the_mob,
    shot_in_the_crowd,
)
from eventdesk.components.events.merging.crowd_of_the_deed import crowd_of_the_deed
from eventdesk.components.events.merging.crowds import (
    crowd_took_ground,
    looted_in_riot,
    turned_violent,
)
from eventdesk.components.events.merging.deeds_apart import fire_on_civilians
from eventdesk.components.events.merging.fight_arrests import arrests_ending_the_fight
from eventdesk.components.events.merging.places_days import (
    nothing_of_its_own,
    same_day,
    same_place,
    told_in_one_breath,
    told_near,
    told_next,
    told_together,
)
from eventdesk.components.events.merging.retellings import instance_of
from eventdesk.components.events.merging.same_event import one_raid
from eventdesk.components.events.placing import place_key


def one_incident_of_two_types(a: Candidate, b: Candidate) -> bool:
    """One incident that two tellings code as two types (GUIDELINES: an event is one type
    of interaction, at one place, on one day): a strike and its interception, a protest and
    the violent demonstration it became, an assault on a town and the battle for it."""
    return speaks_for_incident(a, b) or speaks_for_incident(b, a)


def speaks_for_incident(a: Candidate, b: Candidate) -> bool:
    """`a` is the type the incident is coded as: the interception (the strike did not land), the
    violent demonstration (the crowd's violence decides its type), the battle (an attack on a
    town that names no victims is its onset), the sexual violence (first in priority), the
    looting an assault that killed nobody carried out, the mob violence (a
    crowd's victims are no side of a battle), the instance a summary is followed by, the crowd
    whose men are detained, the arrest that found arms, the fight that repelled a strike's
    attackers, the riot a crowd's looting is part of, the deed of a side whose fight in the
    same breath names no foe, the crowd event whose crowd occupied ground, the battle whose
    attackers' fire the next sentence tells, the arrest (by the state) or the abduction (by
    others) that a taking told both ways is, the fire on a crowd whose victim the next sentence
    tells, the mob a force then broke up, the strike an assault was made with, the killing
    (or, killing nobody, the taking) of a raid that killed and took people, the killing by
    a named side of people it rounded up (the arrest was how it was done: same_event.py
    `one_raid`), the attack or mob whose doers or victims a protest word names."""
    return intercepts(a, b) or turned_violent(a, b) or town_assault(a, b) \
        or rape_in_assault(a, b) or looted_in_assault(a, b) \
        or crowd_seized_fighters(a, b) or instance_of(a, b) or fire_on_crowd(a, b) \
        or fought_on_after_killing(a, b) or burned_in_attack(a, b) \
        or how_the_attack_began(a, b) or spoils_of_battle(a, b) or crowd_fought_forces(a, b) \
        or crowd_detained(a, b) or seized_in_arrest(a, b) or repelled_strike(a, b) \
        or looted_in_riot(a, b) or crowd_took_ground(a, b) or foe_unnamed(a, b) \
        or fire_in_the_assault(a, b) or one_taking(a, b) or shot_in_the_crowd(a, b) \
        or force_broke_up_the_mob(a, b) or retellings.weapons_of_the_assault(a, b) \
        or one_raid(a, b) or crowd_of_the_deed(a, b) or arrests_ending_the_fight(a, b)


def intercepts(interception: Candidate, strike: Candidate) -> bool:
    """"All 14 drones launched at the Odesa region were shot down": a strike whose weapons
    were intercepted, told in the same sentence, is the disrupted weapons use alone."""
    return interception.sub_event_type == typology.DISRUPTED_WEAPONS_USE \
        and strike.event_type == typology.EXPLOSIONS \
        and interception.sent_index == strike.sent_index \
        and same_day(interception, strike) and same_place(interception, strike)


def town_assault(battle: Candidate, attack: Candidate) -> bool:
    """"Insurgents attacked Macomia town on 10 May" and "they fought the army for several
    hours": an attack on a place, with no victims named, is the battle fought there that
    day, not violence against civilians -- unless told as another incident ("In a separate
    incident, gunmen shot dead an elder near his house in X")."""
    return battle.event_type == typology.BATTLES and attack.sub_event_type == typology.ATTACK \
        and attack.attacks_a_place and not attack.another_incident \
        and same_day(battle, attack) and same_place(battle, attack)


def rape_in_assault(rape: Candidate, attack: Candidate) -> bool:
    """"Soldiers stormed a compound and raped several women": the assault and the rapes
    are one incident, and sexual violence comes first in ACLED's priority order; so is the
    assault by the attackers told before ("the fighters") that the next sentence tells, of
    that day and place ("Fighters raped eight women in X on Saturday. The women were raped
    after the fighters stormed the village and shot dead a man")."""
    return rape.sub_event_type == typology.SEXUAL_VIOLENCE \
        and attack.sub_event_type == typology.ATTACK \
        and (told_together(rape, attack)
             or attack.attackers_again and told_near(rape, attack, sentences=1))


# The types of a deed done by or to a side whose fight, told in the same breath, names no
# foe: an attack on civilians, a riot, a crowd met by force.
DEEDS_BESIDE_A_FIGHT = frozenset({typology.VAC, typology.RIOTS, typology.PROTESTS})


def foe_unnamed(deed: Candidate, clash: Candidate) -> bool:
    """"Soldiers raided the X quarter on Sunday and shot dead two young men", "young men
    confronted the soldiers with stones, and the soldiers fired tear gas at them": an
    armed clash whose foe the sentence never names (an unidentified armed group), told in
    one sentence with a deed of the clash's named side — an attack on civilians, a riot, a
    crowd met by force — is how that deed was done: one incident, the deed's type. A clash
    whose two sides are named, whose named side the deed does not involve, or that tells
    dead of its own ("two militiamen were killed in a firefight", "gunned down 62 rebels":
    a fight with a foe, measured on the labelled real sentences) stays a battle."""
    if clash.sub_event_type != typology.ARMED_CLASH or deed.event_type not in DEEDS_BESIDE_A_FIGHT \
            or clash.fatalities or not told_together(clash, deed):
        return False
    if clash.actor1 is None or clash.actor2 is None:
        return False
    # the named side plays one part in both: the doer of the raid who shot the men, the
    # force the crowd confronted that fired on it ("insurgents killed 12 civilians" after
    # "encounters with the LRA": the foe named is no doer of the fight)
    return any(not mine.unnamed
               and other.unnamed
               and theirs is not None and theirs.name == mine.name
               for mine, other, theirs in ((clash.actor1, clash.actor2, deed.actor1),
                                           (clash.actor2, clash.actor1, deed.actor2)))


# What a fight leaves behind: arms seized at its end, property looted or destroyed in it.
# (Not arrests: an analyst codes the arrests told with a clash as their own event.)
AFTERMATH = frozenset({typology.DISRUPTED_WEAPONS_USE, typology.LOOTING})


def spoils_of_battle(fight: Candidate, aftermath: Candidate) -> bool:
    """"Troops killed hundreds of militants and seized weapons in operations", "Insurgents
    overran the town. Shops and a food warehouse were looted": arms seized and property
    looted in the sentence of a battle or an attack, or in the next with no place of its
    own (arms in the next two with no day of their own either: "JNIM claimed the attack.
    … It said it had seized weapons"; arms in a sentence marked as another incident, the
    mark on both: "Separately, troops killed two militants in X, adding that arms were
    seized"), by its sides or by no named side, are how that fight ended —
    one event, the fight's type (GUIDELINES: one event even when several sentences
    describe it)."""
    if aftermath.sub_event_type not in AFTERMATH or not (
            fight.event_type == typology.BATTLES or fight.sub_event_type == typology.ATTACK):
        return False
    if aftermath.weapon_stopped and not aftermath.place_from_context:
        return False  # "air defences shot down a drone over X": an interception of its own
    if fight.told_later and aftermath.start_char < fight.start_char:
        return False  # "set fire to three houses and later exchanged fire with troops":
        # done before the fight, no spoils of it
    sides = {s.name for s in (fight.actor1, fight.actor2) if s is not None}
    if aftermath.actor1 is not None and aftermath.actor1.name not in sides:
        return False
    latest = max(fight.sent_index, fight.last_told)  # its latest telling merged in
    # arms seized, told with no day of their own either (a side's claim: "said it had
    # seized weapons"), may come a sentence later, after a detail that tells no event;
    # property looted or burned there is the looting gold codes apart
    reach = 2 if aftermath.sub_event_type == typology.DISRUPTED_WEAPONS_USE \
        and not aftermath.date_told else 1
    if not latest < aftermath.sent_index <= latest + reach:
        return told_together(fight, aftermath) or (
            aftermath.sub_event_type == typology.DISRUPTED_WEAPONS_USE
            and told_in_one_breath(fight, aftermath))   # "Separately, troops killed two
        # militants in a raid in X, adding that arms were seized": one mark for both
    if aftermath.place_by_anaphor and aftermath.sent_index == latest + 1:
        # "... planted in the streets and houses of the town", right after the fight: the
        # town is the fight's, however placing read it back (a town the index lacks)
        return same_day(fight, aftermath) and not aftermath.another_incident
    return aftermath.place_from_context \
        and told_near(fight, aftermath, sentences=aftermath.sent_index - fight.sent_index)


def seized_in_arrest(arrest: Candidate, seizure: Candidate) -> bool:
    """"Police arrested two militants in Baramulla on Monday and recovered two grenades
    from them", "security forces arrested two fighters and seized three mines in X": arms
    seized in the sentence of an arrest, by the force that arrested or by no named side,
    are what the arrest found (ACLED codes the arrest), not a second event — also in a
    sentence told as another incident ("In a separate operation, police arrested …"); so
    are arms seized by no named side in the next sentence, with no place or day of their
    own ("Rifles and explosives were seized")."""
    return arrest.sub_event_type == typology.ARRESTS \
        and seizure.sub_event_type == typology.DISRUPTED_WEAPONS_USE \
        and (arrest.sent_index == seizure.sent_index or (
            seizure.sent_index == arrest.sent_index + 1 and seizure.actor1 is None
            and nothing_of_its_own(seizure))) \
        and same_day(arrest, seizure) \
        and same_place(arrest, seizure) and (
            seizure.actor1 is None or arrest.actor1 is not None
            and seizure.actor1.name == arrest.actor1.name)


def repelled_strike(fight: Candidate, strike: Candidate) -> bool:
    """"About 40 PDF fighters attacked the police outpost with drones and small arms at
    2 am on 15 October. Security forces bravely repelled them": the attackers of a strike
    fought off in the next sentence, with no place of its own, on its day, by a side the
    strike named or its state — one incident, a battle (the defenders fought back)."""
    return fight.sub_event_type == typology.ARMED_CLASH and fight.repelled_them \
        and strike.event_type == typology.EXPLOSIONS and fight.sent_index == strike.sent_index + 1 \
        and fight.place_from_context and same_day(fight, strike) \
        and strike.actor1 is not None and strike.actor1.name in {
            s.name for s in (fight.actor1, fight.actor2) if s is not None}


def how_the_attack_began(blast: Candidate, attack: Candidate) -> bool:
    """"Fifteen people were killed when militants attacked a hotel in the capital. The
    assault began when a suicide bomber rammed the gate": the explosion the next sentence
    tells, by the same named side on that day at that place, is how the attack was done,
    and the type it is coded as."""
    return blast.event_type == typology.EXPLOSIONS and attack.sub_event_type == typology.ATTACK \
        and blast.sent_index == attack.sent_index + 1 \
        and blast.actor1 is not None and attack.actor1 is not None \
        and blast.actor1.name == attack.actor1.name \
        and not blast.actor1.unnamed \
        and told_near(blast, attack, sentences=1)


def fought_on_after_killing(clash: Candidate, attack: Candidate) -> bool:
    """"Nine residents were killed when troops stormed the camp. The troops besieged a
    house and exchanged fire with gunmen for hours": the same force fighting, in the next
    sentence and with no place of its own, at the site where it killed people is one
    battle, its dead the battle's. The force may be the side fought ("Israeli forces killed
    five Palestinians during a raid on the camp. Gunmen said they had fought the Israeli
    forces in the camp"). Not the attackers named again ("the attackers stormed the village
    and shot sporadically"): they retell the attack (`tells_attack_again`), no fight."""
    return clash.sub_event_type == typology.ARMED_CLASH \
        and attack.sub_event_type == typology.ATTACK \
        and clash.place_from_context and clash.sent_index - attack.sent_index == 1 \
        and not clash.attackers_again \
        and attack.actor1 is not None and attack.actor1.name in {
            s.name for s in (clash.actor1, clash.actor2) if s is not None} \
        and same_day(clash, attack) and place_key(clash.place) == place_key(attack.place) \
        and not (clash.another_incident or attack.another_incident)


def fire_in_the_assault(battle: Candidate, fire: Candidate) -> bool:
    """"Insurgents attacked a military base in X late on Friday, leading to hours of
    fighting. They arrived in gun trucks and fired rocket-propelled grenades at the
    base": the shells or rockets a side of the battle fires, told in the next sentence at
    its place on its day, by a side the battle names or one of the same kind ("the
    insurgents" after a named group's assault), are how it fought -- one battle
    (GUIDELINES: one event even when several sentences describe it). Armed men the report
    does not name, or a strike from the air, are a deed of their own."""
    return battle.event_type == typology.BATTLES \
        and fire.sub_event_type == typology.SHELLING \
        and not fire.told_later \
        and told_next(battle, fire) \
        and fire.actor1 is not None and not fire.actor1.unnamed \
        and not fire_on_civilians(fire) \
        and (fire.actor1.name, fire.actor1.inter) in {
            pair for s in (battle.actor1, battle.actor2) if s is not None
            for pair in ((s.name, fire.actor1.inter), (fire.actor1.name, s.inter))} \
        and told_near(battle, fire, sentences=fire.sent_index - battle.sent_index)


# The two ways a report may tell people taken away: by the state, or by anyone else.
TAKINGS = frozenset({typology.ARRESTS, typology.ABDUCTION})


def one_taking(taking: Candidate, retold: Candidate) -> bool:
    """"A reporter was arrested in X on Friday. He was taken from his home in the town's Y
    ward by soldiers and police that night", "Rebels abducted two officials in X on
    Friday. A rebel commander said they were 'detained for spying'": people taken told as
    an arrest and as an abduction, in one sentence or the next, on one day at one place, by
    one side (or by state forces both times), are one taking -- an arrest when the state
    took them, else an abduction (ACLED: Arrests are by state forces). Takings by two
    sides ("police arrested two men over the kidnapping of a trader by gunmen") stay two,
    as does one marked as another, again or "also"."""
    if {taking.sub_event_type, retold.sub_event_type} != TAKINGS \
            or abs(taking.sent_index - retold.sent_index) > 1 \
            or taking.actor1 is None or retold.actor1 is None:
        return False
    later = max(taking, retold, key=lambda c: (c.sent_index, c.start_char))
    if later.another_incident and taking.sent_index != retold.sent_index \
            or later.done_again or later.told_also:
        return False
    by_state = taking.actor1.inter == retold.actor1.inter == typology.STATE_FORCES
    if not (by_state or taking.actor1.name == retold.actor1.name) \
            or not (same_day(taking, retold) and same_place(taking, retold)):
        return False
    state = taking.actor1.inter == typology.STATE_FORCES
    return (taking.sub_event_type == typology.ARRESTS) == state
