"""merging/crowd_forces.py: a force and a crowd told apart are one crowd event -- the force
stepping in, firing on the crowd, fighting it or arresting in it; a crowd seizing fighters."""

import datetime as dt

from eventdesk.components.events.merging.crowd_forces import (
    crowd_detained,
    crowd_fought_forces,
    crowd_seized_fighters,
    fire_on_crowd,
    force_broke_up_the_mob,
    shot_in_the_crowd,
)
from eventdesk.components.events.merging.merge import merge
from eventdesk.records import Actor
from tests.components.merging_tellings import (
    ARMY,
    DISTRICT,
    MARCHERS,
    MILITIA,
    MONDAY,
    OTHER,
    POLICE,
    SHABAAB,
    draft,
)


def test_a_force_stepping_in_next_with_no_crowd_of_its_own_ends_the_mobs_fight():
    """"Supporters of two candidates clashed with sticks in Mosul on Sunday. Police fired
    tear gas to bring the situation under control": one mob violence."""
    mob = draft("Mob violence", "Riots", sent_index=0)
    bare = dict(start=1, actor1=MARCHERS, actor2=POLICE, place_from_context=True,
                date_told=False)
    police = draft("Protest with intervention", "Protests", **bare)
    assert force_broke_up_the_mob(mob, police)
    assert [c.sub_event_type for c in merge([mob, police])] == ["Mob violence"]
    mob = draft("Mob violence", "Riots", sent_index=0)
    # a crowd named anew, a place or day of its own, a sentence later: its own protest
    new_crowd = draft("Protest with intervention", "Protests", **bare,
                      crowd_anew=lambda: True)
    assert not force_broke_up_the_mob(mob, new_crowd)
    for own in (dict(place_from_context=False, place=OTHER), dict(date_told=True),
                dict(start=2)):
        told = draft("Protest with intervention", "Protests", **{**bare, **own})
        assert not force_broke_up_the_mob(mob, told), own
    assert not force_broke_up_the_mob(draft("Violent demonstration", "Riots"), police)


def test_arrests_told_right_after_a_riot_with_no_place_or_day_are_its_handling():
    """"Police fired tear gas at fans who threw stones outside the stadium on Thursday.
    Seven officers were injured and 15 fans detained": one riot, not a riot and arrests."""
    riot = draft("Violent demonstration", "Riots", start=0, actor2=POLICE)
    detained = draft("Arrests", "Strategic developments", start=1, actor1=POLICE,
                     place_from_context=True, date_told=False)
    assert crowd_detained(riot, detained)
    assert [c.sub_event_type for c in merge([riot, detained])] == ["Violent demonstration"]
    # arrests with a day or place of their own, or told later, are their own event
    for own in ({"date_told": True}, {"place_from_context": False}, {"start": 3}):
        kw = {"start": 1, "actor1": POLICE, "place_from_context": True, "date_told": False,
              **own}
        arrests = draft("Arrests", "Strategic developments", **kw)
        assert not crowd_detained(riot, arrests)
        assert len(merge([draft("Violent demonstration", "Riots", start=0), arrests])) == 2


def test_arrests_in_the_crowds_own_sentence_at_its_place_are_its_handling():
    """"On Monday, troops moved against protesters blocking the road near Mosul, and nine
    were killed and 11 detained": the sentence's place and day are the crowd's; arrests
    there at another place, or on another day, stay their own event."""
    crowd = draft("Protest with intervention", "Protests", start=0, sent_index=2,
                  actor1=MARCHERS, actor2=ARMY)
    detained = draft("Arrests", "Strategic developments", start=30, sent_index=2,
                     actor1=ARMY)
    assert crowd_detained(crowd, detained)
    assert [c.sub_event_type for c in merge([crowd, detained])] == \
        ["Protest with intervention"]
    elsewhere = draft("Arrests", "Strategic developments", start=30, sent_index=2,
                      actor1=ARMY, place=OTHER)
    next_day = draft("Arrests", "Strategic developments", start=30, sent_index=2,
                     actor1=ARMY, date=MONDAY + dt.timedelta(days=1))
    assert not crowd_detained(crowd, elsewhere) and not crowd_detained(crowd, next_day)
    # "he was captured after his fighters gunned down 22 protesters": told before the
    # crowd it follows; nor are arrests by no state force beside a crowd no state handled
    fired_on = draft("Excessive force against protesters", "Protests", start=40,
                     sent_index=2, actor1=MARCHERS, actor2=ARMY)
    assert not crowd_detained(fired_on, detained)
    by_fighters = draft("Excessive force against protesters", "Protests", start=0,
                        sent_index=2, actor1=MARCHERS, actor2=MILITIA)
    assert not crowd_detained(by_fighters, detained)
    # a foreign state's troops handling a crowd in a city they hold
    occupiers = Actor("Military Forces of Russia", 8, "RUS")
    rally = draft("Protest with intervention", "Protests", start=0, sent_index=2,
                  actor1=MARCHERS, actor2=occupiers)
    assert crowd_detained(rally, draft("Arrests", "Strategic developments", start=30,
                                       sent_index=2, actor1=occupiers))


def test_police_firing_on_a_protest_is_its_handling_not_a_battle():
    crowd = draft("Excessive force against protesters", "Protests", sent_index=0,
                  actor1=MARCHERS, actor2=POLICE, fatalities=4)
    fired = draft("Armed clash", sent_index=1, actor1=POLICE, actor2=ARMY)
    assert fire_on_crowd(crowd, fired)
    merged = merge([crowd, fired])
    assert [(c.sub_event_type, c.fatalities) for c in merged] == \
        [("Excessive force against protesters", 4)]


def test_a_protester_shot_in_the_next_sentence_is_the_fires_victim():
    """"A student was killed on Tuesday when police opened fire on a march in Mosul. Ali
    Hassan, 19, was shot in the chest, witnesses said": one excessive force, its toll."""
    fire = draft("Excessive force against protesters", "Protests", sent_index=0,
                 actor1=MARCHERS, actor2=POLICE, fatalities=1)
    shot = draft("Attack", "Violence against civilians", start=1, actor1=MILITIA,
                 place_from_context=True, date_told=False)
    assert shot_in_the_crowd(fire, shot)
    assert [(c.sub_event_type, c.fatalities) for c in merge([fire, shot])] == \
        [("Excessive force against protesters", 1)]


def test_a_killing_with_a_place_day_or_doer_of_its_own_is_not_the_fires_victim():
    """"… Gunmen also shot dead a journalist in Tall Afar", "… Two days later, …", "…
    Al Shabaab fighters shot a trader": their own attacks."""
    fire = draft("Excessive force against protesters", "Protests", sent_index=0,
                 actor1=MARCHERS, actor2=POLICE)
    bare = dict(start=1, actor1=MILITIA, place_from_context=True, date_told=False)
    for own in (dict(place_from_context=False, place=OTHER), dict(date_told=True),
                dict(actor1=SHABAAB), dict(told_also=True), dict(start=2)):
        shot = draft("Attack", "Violence against civilians", **{**bare, **own})
        assert not shot_in_the_crowd(fire, shot), own
    assert not shot_in_the_crowd(draft("Protest with intervention", "Protests", actor2=POLICE),
                                 draft("Attack", "Violence against civilians", **bare))


def test_people_shot_dead_after_a_riot_the_force_fought_are_its_toll():
    """"Police open fire as students storm the town hall; a wing is set on fire. Four people
    were shot dead outside it, a hospital said": the people shot with no doer, place or day
    of their own, told next after a riot met by a force, are the riot's toll -- one violent
    demonstration, not a killing by unknown gunmen. A riot no force met ("youths set fire
    to a bank") takes no such victim: its shooters may be anyone."""
    rioters = Actor("Rioters (Iraq)", 5, "IRQ")
    riot = draft("Violent demonstration", "Riots", sent_index=0, actor1=rioters, actor2=POLICE)
    shot = draft("Attack", "Violence against civilians", start=1, actor1=MILITIA,
                 place_from_context=True, date_told=False, fatalities=4)
    assert shot_in_the_crowd(riot, shot)
    assert [(c.sub_event_type, c.fatalities) for c in merge([riot, shot])] == \
        [("Violent demonstration", 4)]
    unmet = draft("Violent demonstration", "Riots", sent_index=0, actor1=rioters)
    assert not shot_in_the_crowd(unmet, shot)
    again = draft("Attack", "Violence against civilians", start=1, actor1=MILITIA,
                  place_from_context=True, date_told=False, told_also=True)
    assert not shot_in_the_crowd(riot, again)


def test_a_clash_with_an_armed_group_or_far_from_the_protest_stays_a_battle():
    crowd = draft("Protest with intervention", "Protests", sent_index=0, actor1=MARCHERS)
    gunmen = draft("Armed clash", sent_index=1, actor1=POLICE, actor2=MILITIA)
    later = draft("Armed clash", sent_index=3, actor1=POLICE)
    elsewhere = draft("Armed clash", place=OTHER, sent_index=1, actor1=POLICE)
    assert not any(fire_on_crowd(crowd, c) for c in (gunmen, later, elsewhere))
    assert len(merge([crowd, gunmen])) == 2


def test_a_clash_told_before_the_crowd_gathered_is_a_fight_of_its_own():
    """"Vigilantes and cattle raiders fought at the river ford at dawn; two herders died.
    By noon, traders had shut the market in protest": a clash naming both its sides, told
    in the sentence before the protest, came before the crowd gathered -- two events. Told
    in the sentence after the crowd's ("Police then fired on the traders"), it is the
    crowd's handling, one event."""
    rioters = Actor("Rioters (Iraq)", 5, "IRQ")
    clash = draft("Armed clash", sent_index=0, actor1=POLICE, actor2=rioters)
    protest = draft("Peaceful protest", "Protests", sent_index=1, start=1, actor1=MARCHERS)
    assert not fire_on_crowd(protest, clash)
    assert [c.sub_event_type for c in merge([clash, protest])] == [
        "Armed clash", "Peaceful protest"]
    after = draft("Armed clash", sent_index=2, start=2, actor1=POLICE, actor2=rioters)
    assert fire_on_crowd(protest, after)
    assert len(merge([protest, after])) == 1


def test_a_clash_naming_no_foe_two_sentences_before_fire_on_a_crowd_is_that_crowds():
    """"At least 12 people were killed in clashes in X on Monday. The ombudsman put the
    toll at 13. Witnesses said police fired live rounds at a crowd": the clash names no
    foe; the crowd fired on two sentences later is it."""
    toll = draft("Armed clash", sent_index=0, actor1=POLICE, fatalities=12)
    crowd = draft("Excessive force against protesters", "Protests", sent_index=2,
                  actor1=MARCHERS, actor2=POLICE)
    assert fire_on_crowd(crowd, toll)
    assert [(c.sub_event_type, c.fatalities) for c in merge([toll, crowd])] == \
        [("Excessive force against protesters", 12)]
    # a clash naming both its sides is told too far from the crowd to be its fight
    assert not fire_on_crowd(crowd, draft("Armed clash", sent_index=0, actor1=POLICE,
                                          actor2=ARMY))


def test_police_shooting_at_a_protest_in_a_district_of_its_city_is_no_attack_of_its_own():
    crowd = draft("Excessive force against protesters", "Protests", sent_index=4,
                  actor1=MARCHERS, actor2=POLICE)
    shot = draft("Attack", "Violence against civilians", place=DISTRICT, sent_index=4,
                 actor1=POLICE, actor2=Actor("Civilians (Iraq)", 7, "IRQ"))
    assert fire_on_crowd(crowd, shot)
    assert [c.sub_event_type for c in merge([crowd, shot])] == \
        ["Excessive force against protesters"]


def test_people_shot_dead_beside_a_riot_are_its_toll_not_an_attack_of_their_own():
    """"Protesters stormed parliament; a section of the building was set on fire. Doctors
    say at least five people were shot dead outside parliament": the fire on that crowd is
    the violent demonstration's, not an attack on civilians of its own."""
    riot = draft("Violent demonstration", "Riots", sent_index=0, actor1=MARCHERS, actor2=POLICE)
    shot = draft("Attack", "Violence against civilians", sent_index=1,
                 actor2=Actor("Civilians (Iraq)", 7, "IRQ"), fatalities=5)
    assert fire_on_crowd(riot, shot)
    assert [c.sub_event_type for c in merge([riot, shot])] == ["Violent demonstration"]
    # a mob's victims, or gunmen's, stay apart
    mob = draft("Mob violence", "Riots", sent_index=0, actor1=MARCHERS)
    assert not fire_on_crowd(mob, shot)
    gunmen = draft("Attack", "Violence against civilians", sent_index=1, actor1=MILITIA)
    assert not fire_on_crowd(riot, gunmen)


def test_gunmen_a_crowd_seized_and_killed_are_its_victims_not_a_battle():
    """"A crowd seized 13 gang members from a police vehicle and burned them to death"."""
    clash = draft("Armed clash", sent_index=1, start=5)
    mob = draft("Mob violence", "Riots", sent_index=1, start=30)
    assert crowd_seized_fighters(mob, clash)
    assert [c.sub_event_type for c in merge([clash, mob])] == ["Mob violence"]
    # a clash told in another sentence, or elsewhere, is a battle of its own
    assert len(merge([draft("Armed clash", sent_index=2, start=60), mob])) == 2
    assert len(merge([draft("Armed clash", sent_index=1, start=5, place=OTHER), mob])) == 2


def test_a_clash_told_with_a_violent_demonstration_is_the_crowds_fight():
    """"Young men confronted the forces with stones, and the soldiers fired rubber bullets
    at them": one violent demonstration; a fight with an armed group told beside a riot is
    a battle of its own."""
    soldiers = Actor("Military Forces of Israel", 1, "IL")
    riot = draft("Violent demonstration", "Riots", start=1, sent_index=4)
    clash = draft("Armed clash", start=0, sent_index=4, actor1=soldiers,
                  actor2=Actor("Military Forces of Palestine", 1, "PS"))
    assert crowd_fought_forces(riot, clash)
    assert [c.sub_event_type for c in merge([clash, riot])] == ["Violent demonstration"]
    militia = draft("Armed clash", start=0, sent_index=4, actor1=soldiers,
                    actor2=Actor("Hamas", 2, "PS"))
    assert not crowd_fought_forces(riot, militia)
    assert len(merge([militia, draft("Violent demonstration", "Riots", start=1,
                                     sent_index=4)])) == 2
    # told in another sentence: not the crowd's fight of that moment
    later = draft("Armed clash", start=3, sent_index=5, actor1=soldiers)
    assert not crowd_fought_forces(riot, later)
