"""One incident that two tellings code as two types, and which type speaks for it."""

import datetime as dt

import pytest

import eventdesk
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.same_event import one_raid
from eventdesk.components.events.merging.two_types import (
    fire_in_the_assault,
    foe_unnamed,
    fought_on_after_killing,
    how_the_attack_began,
    intercepts,
    one_taking,
    rape_in_assault,
    repelled_strike,
    seized_in_arrest,
    spoils_of_battle,
    town_assault,
)
from eventdesk.records import Actor
from tests.components.merging_tellings import (
    ARMY,
    DISTRICT,
    MILITIA,
    MONDAY,
    OTHER,
    POLICE,
    SHABAAB,
    coded,
    draft,
)


def test_an_intercepted_strike_is_the_interception_alone():
    """"Drones launched at Mosul were shot down": disrupted weapons use, not a strike."""
    strike = draft("Air/drone strike", "Explosions/Remote violence", sent_index=3, start=10)
    shot_down = draft("Disrupted weapons use", "Strategic developments", sent_index=3,
                      start=40)
    assert intercepts(shot_down, strike)
    merged = merge([strike, shot_down])
    assert [(c.sub_event_type, c.mentions) for c in merged] == \
        [("Disrupted weapons use", [(40, 41), (10, 11)])]


def test_a_strike_in_another_sentence_is_not_the_interception():
    strike = draft("Air/drone strike", "Explosions/Remote violence", sent_index=1)
    shot_down = draft("Disrupted weapons use", "Strategic developments", sent_index=3)
    assert not intercepts(shot_down, strike)
    assert len(merge([strike, shot_down])) == 2


def test_an_attack_on_a_town_that_names_no_victims_is_the_battle_there():
    """"ISMP insurgents attacked Macomia town on Friday. They fought the army for hours":
    one battle, whose attacker the first telling names."""
    insurgents = Actor("Islamic State Mozambique Province", 2, None)
    unnamed = Actor("Unidentified Armed Group (Iraq)", 3, "IQ")
    assault = draft("Attack", "Violence against civilians", attacks_a_place=True,
                    actor1=insurgents)
    fight = draft("Armed clash", start=1, actor1=unnamed)
    assert town_assault(fight, assault)
    merged = merge([assault, fight])
    assert [(c.sub_event_type, c.actor1) for c in merged] == [("Armed clash", insurgents)]


def test_an_attack_on_people_beside_a_battle_stays_an_attack():
    killing = draft("Attack", "Violence against civilians")  # "gunmen shot five farmers"
    assert not town_assault(draft("Armed clash", start=1), killing)
    assert len(merge([killing, draft("Armed clash", start=1)])) == 2
    # an assault on a town another day is not that day's battle
    assault = draft("Attack", "Violence against civilians", attacks_a_place=True,
                    date=MONDAY - dt.timedelta(days=3))
    assert len(merge([assault, draft("Armed clash", start=1)])) == 2
    # nor one told as another incident ("In a separate incident, gunmen shot dead an elder
    # near his house in X")
    apart = draft("Attack", "Violence against civilians", attacks_a_place=True,
                  another_incident=True)
    assert not town_assault(draft("Armed clash", start=1), apart)


@pytest.mark.slow
def test_drones_shot_down_are_one_disrupted_weapons_use():
    report = ("KYIV, May 4 (Test Wire) - All nine attack drones launched at the Kharkiv region "
              "overnight were shot down by air defences, the regional governor said.")
    found = coded(report, "2023-05-04")
    assert [s for s, _, _ in found] == ["Disrupted weapons use"]


def test_rapes_in_an_assault_are_one_sexual_violence_event():
    """"Soldiers stormed a compound in Mosul and raped several women": one incident,
    sexual violence first in priority, with what only the attack telling says."""
    attack = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                   fatalities=2)
    rape = draft("Sexual violence", "Violence against civilians", sent_index=2, start=40)
    assert rape_in_assault(rape, attack) and not rape_in_assault(attack, rape)
    merged = merge([attack, rape])
    assert [(c.sub_event_type, c.fatalities, c.mentions) for c in merged] == \
        [("Sexual violence", 2, [(40, 41), (10, 11)])]


def test_rapes_told_apart_from_an_attack_stay_two_events():
    attack = draft("Attack", "Violence against civilians", sent_index=2, start=10)
    for rape in (
            draft("Sexual violence", "Violence against civilians", sent_index=3, start=40),
            draft("Sexual violence", "Violence against civilians", sent_index=2, start=40,
                  date=MONDAY + dt.timedelta(days=1)),
            draft("Sexual violence", "Violence against civilians", sent_index=2, start=40,
                  place=OTHER),
            draft("Sexual violence", "Violence against civilians", sent_index=2, start=40,
                  another_incident=True)):
        assert not rape_in_assault(rape, attack)
        assert len(merge([attack, rape])) == 2


def test_the_attackers_told_again_in_the_next_sentence_assaulted_in_the_rapes():
    """"Militiamen raped five women in a village near Mosul on Monday. The women were raped
    after the militiamen stormed the village and shot dead a farmer": the assault by the
    attackers told before, the next sentence on, is the rapes' incident."""
    rape = draft("Sexual violence", "Violence against civilians", sent_index=2, start=10)
    attack = draft("Attack", "Violence against civilians", sent_index=3, start=40,
                   fatalities=1, attackers_again=True)
    assert rape_in_assault(rape, attack)
    assert [(c.sub_event_type, c.fatalities) for c in merge([rape, attack])] == \
        [("Sexual violence", 1)]
    # two sentences on, or other attackers: two events
    assert not rape_in_assault(rape, draft("Attack", "Violence against civilians",
                                           sent_index=4, start=60, attackers_again=True))
    assert not rape_in_assault(rape, draft("Attack", "Violence against civilians",
                                           sent_index=3, start=40))


def test_the_force_that_killed_then_fought_on_at_the_site_fought_one_battle():
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=ARMY,
                    fatalities=9)
    fighting = draft("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA,
                     place_from_context=True)
    assert fought_on_after_killing(fighting, killing)
    merged = merge([killing, fighting])
    assert [(c.sub_event_type, c.fatalities, c.actor2) for c in merged] == \
        [("Armed clash", 9, MILITIA)]


def test_the_force_that_killed_may_be_the_side_fought_in_the_next_sentence():
    """"Israeli forces killed five Palestinians during a raid on the camp. Gunmen said they
    had fought the Israeli forces in the camp": one battle, the killers its actor2."""
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=ARMY,
                    fatalities=5)
    fighting = draft("Armed clash", sent_index=2, actor1=MILITIA, actor2=ARMY,
                     place_from_context=True)
    assert fought_on_after_killing(fighting, killing)
    assert [(c.sub_event_type, c.fatalities) for c in merge([killing, fighting])] == \
        [("Armed clash", 5)]


def test_the_attackers_named_again_in_the_next_sentence_retell_the_attack():
    """"Gunmen killed six villagers in X. The attackers stormed the village at dawn and
    shot sporadically": the shooting, read as a clash with a foe the report never names,
    is how the attack was done; the attack speaks for it."""
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=MILITIA,
                    fatalities=6)
    retold = draft("Armed clash", sent_index=2, actor1=MILITIA, actor2=ARMY,
                   place_from_context=True, attackers_again=True)
    assert not fought_on_after_killing(retold, killing)
    assert [(c.sub_event_type, c.fatalities) for c in merge([killing, retold])] == \
        [("Attack", 6)]


def test_a_clash_placed_in_its_own_words_by_another_force_or_later_stays_apart():
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=ARMY)
    named = draft("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA)
    other_force = draft("Armed clash", sent_index=2, actor1=POLICE, place_from_context=True)
    same_sentence = draft("Armed clash", sent_index=1, actor1=ARMY, place_from_context=True)
    assert not any(fought_on_after_killing(c, killing)
                   for c in (named, other_force, same_sentence))


@pytest.mark.slow
def test_the_attackers_burning_granaries_nearby_is_their_attack():
    report = ("Gunmen killed 30 villagers near Mosul on Monday, police said. Residents said "
              "the attackers arrived on motorbikes and set fire to granaries in Hamam "
              "al-Alil, about 20 km from Mosul.")
    assert [s for s, _, _ in coded(report, "2021-06-15")] == ["Attack"]


def test_property_burned_in_a_later_telling_of_the_attack_is_the_attacks():
    """"Gunmen attacked a school in Mosul on Monday, killing 41. … On Monday night the
    assailants entered the school, set fire to a dormitory and shot students": the burning
    told in the sentence of the attack's later telling is the attack's, once that telling
    has merged into it; told in a sentence after the attack's latest telling with a place
    of its own, it stays apart."""
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=MILITIA,
                    fatalities=41)
    abducted = draft("Abduction/forced disappearance", "Violence against civilians",
                     sent_index=2, start=10)
    entered = draft("Attack", "Violence against civilians", sent_index=4, start=40,
                    actor1=MILITIA)
    burning = draft("Looting/property destruction", "Strategic developments", sent_index=4,
                    start=50, actor1=MILITIA)
    shooting = draft("Attack", "Violence against civilians", sent_index=4, start=60,
                     actor1=MILITIA)
    merged = merge([killing, abducted, entered, burning, shooting])
    # the students abducted in the next sentence are the raid's too (`one_raid`)
    assert [(c.sub_event_type, c.fatalities) for c in merged] == [("Attack", 41)]
    later = draft("Looting/property destruction", "Strategic developments", sent_index=5,
                  start=70, actor1=MILITIA)
    assert len(merge([killing, entered, later])) == 2


def test_a_fight_that_names_no_foe_beside_a_deed_of_its_side_is_that_deed():
    """"Soldiers raided the X quarter on Sunday and shot dead two young men", "young men
    confronted the soldiers with stones, and the soldiers fired tear gas at them": one
    incident, the deed's type; a clash naming both sides, or told in another sentence,
    or whose named side the deed does not involve, stays a battle."""
    civilians = Actor("Civilians (Iraq)", 7, "IRQ")
    rioters = Actor("Rioters (Iraq)", 5, "IRQ")
    raid = draft("Armed clash", sent_index=1, actor1=ARMY, actor2=MILITIA)
    killing = draft("Attack", "Violence against civilians", sent_index=1, start=20,
                    actor1=ARMY, actor2=civilians, fatalities=2)
    stones = draft("Armed clash", sent_index=2, start=30, actor1=MILITIA, actor2=ARMY)
    riot = draft("Violent demonstration", "Riots", sent_index=2, start=40, actor1=rioters,
                 actor2=ARMY)
    assert foe_unnamed(killing, raid) and foe_unnamed(riot, stones)
    assert [(c.sub_event_type, c.fatalities) for c in merge([raid, killing])] == \
        [("Attack", 2)]
    assert [c.sub_event_type for c in merge([stones, riot])] == ["Violent demonstration"]
    named_foe = draft("Armed clash", sent_index=1, actor1=ARMY, actor2=SHABAAB)
    next_sentence = draft("Armed clash", sent_index=0, actor1=ARMY, actor2=MILITIA)
    police_fight = draft("Armed clash", sent_index=1, actor1=POLICE, actor2=MILITIA)
    foe_killed = draft("Armed clash", sent_index=1, actor1=ARMY, actor2=MILITIA,
                       fatalities=62)
    # "encounters with the army, adding that the army killed civilians": the side named
    # as the fight's foe is not the one whose deed is told beside it
    army_fought = draft("Armed clash", sent_index=1, actor1=MILITIA, actor2=ARMY)
    assert not any(foe_unnamed(killing, c) for c in (
        named_foe, next_sentence, police_fight, foe_killed, army_fought))
    assert len(merge([named_foe, killing])) == 2


def test_arms_seized_and_shops_looted_in_a_fight_are_part_of_the_fight():
    clash = draft("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA, fatalities=9)
    seized = draft("Disrupted weapons use", "Strategic developments", sent_index=2,
                   actor1=ARMY)
    looted_next = draft("Looting/property destruction", "Strategic developments",
                        sent_index=3, place_from_context=True)
    assert spoils_of_battle(clash, seized) and spoils_of_battle(clash, looted_next)
    assert [(c.sub_event_type, c.fatalities) for c in merge([clash, seized, looted_next])] \
        == [("Armed clash", 9)]


def test_arms_seized_in_a_sentence_marked_as_another_incident_are_the_fights():
    """"Separately, troops killed two militants in a raid on a hideout in X on Sunday, the
    ministry said, adding that weapons and explosives were seized": the sentence's mark
    sets both its tellings apart from what came before, not from each other; arms seized
    in another sentence so marked stay apart, and so does property burned (measured: a
    settlers' attack on lands typed as a clash took in the burning gold codes)."""
    clash = draft("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA,
                  another_incident=True)
    seized = draft("Disrupted weapons use", "Strategic developments", sent_index=2,
                   start=40, another_incident=True)
    assert spoils_of_battle(clash, seized)
    assert [c.sub_event_type for c in merge([clash, seized])] == ["Armed clash"]
    unmarked_fight = draft("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA)
    assert not spoils_of_battle(unmarked_fight, seized)
    apart = draft("Disrupted weapons use", "Strategic developments", sent_index=4,
                  start=40, another_incident=True)
    assert not spoils_of_battle(clash, apart)
    # "Meanwhile, settlers attacked the lands of X and set fire to olive trees": property
    # burned in a marked sentence is the looting gold codes, whatever the attack is typed
    burned = draft("Looting/property destruction", "Strategic developments", sent_index=2,
                   start=40, another_incident=True)
    assert not spoils_of_battle(clash, burned)


def test_a_weapon_shot_down_beside_a_taking_is_no_spoil_of_it():
    """"Air defences shot down a drone over X and troops regained control of the town": an
    interception (`weapon_stopped`) named with its own place is its own event, not arms
    the fight's winners seized; the attack's projectiles intercepted ("two projectiles that
    crossed from Lebanon were intercepted") are how the attack ended."""
    taking = draft("Government regains territory", sent_index=2, actor1=ARMY, actor2=MILITIA)
    downed = draft("Disrupted weapons use", "Strategic developments", sent_index=2,
                   actor1=ARMY, weapon_stopped=True)
    assert not spoils_of_battle(taking, downed)
    assert len(merge([taking, downed])) == 2
    # the attack's own projectiles intercepted, told next with no place of their own
    attack = draft("Armed clash", sent_index=2, actor1=MILITIA, actor2=ARMY)
    intercepted = draft("Disrupted weapons use", "Strategic developments", sent_index=3,
                        weapon_stopped=True, place_from_context=True)
    assert spoils_of_battle(attack, intercepted)


def test_property_burned_right_after_the_attacks_latest_telling_is_the_attacks():
    """"Gunmen killed 14 passengers on a highway on Monday. The armed men checked identity
    cards and shot those from Punjab. The attackers also set fire to 10 vehicles": the next
    sentence after the attack's latest telling, not its first; two sentences after the
    attack with nothing told between stays apart."""
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=MILITIA,
                    fatalities=14)
    shooting = draft("Attack", "Violence against civilians", sent_index=2, start=20,
                     actor1=MILITIA)
    burning = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                    start=40, actor1=MILITIA, place_from_context=True)
    assert [(c.sub_event_type, c.fatalities) for c in merge([killing, shooting, burning])] \
        == [("Attack", 14)]
    assert len(merge([draft("Attack", "Violence against civilians", sent_index=1,
                            actor1=MILITIA), burning])) == 2


def test_arms_a_side_says_it_seized_two_sentences_on_with_no_day_are_the_fights():
    """"Militants killed 28 soldiers at a post near Mosul on Monday. The post lies near the
    border. The group said it had seized weapons and vehicles": told with no place and no
    day of its own, a sentence that tells no event between, the arms are the fight's; told
    with a day of their own they stay apart, and so does property burned that far on (the
    looting after a town is taken is its own event)."""
    clash = draft("Armed clash", sent_index=1, actor1=MILITIA, actor2=ARMY, fatalities=28)
    claimed = draft("Disrupted weapons use", "Strategic developments", sent_index=3,
                    place_from_context=True, date_told=False)
    dated = draft("Disrupted weapons use", "Strategic developments", sent_index=3,
                  place_from_context=True)
    burned = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                   place_from_context=True, date_told=False)
    assert spoils_of_battle(clash, claimed)
    assert not spoils_of_battle(clash, dated) and not spoils_of_battle(clash, burned)
    assert [(c.sub_event_type, c.fatalities) for c in merge([clash, claimed])] \
        == [("Armed clash", 28)]


def test_arrests_or_spoils_told_apart_stay_their_own_events():
    clash = draft("Armed clash", sent_index=2, actor1=ARMY, actor2=MILITIA)
    arrests = draft("Arrests", "Strategic developments", sent_index=2, actor1=ARMY)
    by_others = draft("Disrupted weapons use", "Strategic developments", sent_index=2,
                      actor1=SHABAAB)
    placed_later = draft("Looting/property destruction", "Strategic developments",
                         sent_index=3)
    two_later = draft("Looting/property destruction", "Strategic developments",
                      sent_index=4, place_from_context=True)
    assert not any(spoils_of_battle(clash, c)
                   for c in (arrests, by_others, placed_later, two_later))
    assert len(merge([clash, arrests])) == 2


def test_the_bombing_that_began_an_attack_told_next_is_the_attack():
    attack = draft("Attack", "Violence against civilians", sent_index=0, actor1=SHABAAB,
                   fatalities=15, claimed_by="police")
    bomb = draft("Suicide bomb", "Explosions/Remote violence", place=DISTRICT, sent_index=1,
                 actor1=SHABAAB, place_from_context=True)
    assert how_the_attack_began(bomb, attack)
    assert [(c.sub_event_type, c.fatalities, c.claimed_by, c.place)
            for c in merge([attack, bomb])] == [("Suicide bomb", 15, "police", DISTRICT)]


def test_a_bomb_by_another_or_unnamed_side_or_told_later_is_its_own_event():
    attack = draft("Attack", "Violence against civilians", sent_index=0, actor1=SHABAAB)
    unnamed = draft("Suicide bomb", "Explosions/Remote violence", sent_index=1,
                    actor1=MILITIA)
    later = draft("Suicide bomb", "Explosions/Remote violence", sent_index=3, actor1=SHABAAB)
    separately = draft("Suicide bomb", "Explosions/Remote violence", sent_index=1,
                       actor1=SHABAAB, another_incident=True)
    assert not any(how_the_attack_began(c, attack) for c in (unnamed, later, separately))
    assert len(merge([attack, later])) == 2


def test_people_killed_and_taken_in_one_raid_are_one_event():
    """"Gunmen stormed a school in Mosul and carted away 279 students": one abduction;
    "Gunmen killed three farmers and abducted two others near Mosul", or "The raiders also
    took away six women" in the next sentence: one attack (the first sub-type that
    applies). A taking by another named side, told two sentences on, or done again stays
    its own event."""
    attack = draft("Attack", "Violence against civilians", sent_index=2, start=10)
    taken = draft("Abduction/forced disappearance", "Violence against civilians",
                  sent_index=2, start=40)
    assert one_raid(taken, attack) and not one_raid(attack, taken)
    assert [c.sub_event_type for c in merge([attack, taken])] == \
        ["Abduction/forced disappearance"]
    deadly = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                   fatalities=3, actor1=MILITIA)
    named = draft("Abduction/forced disappearance", "Violence against civilians",
                  sent_index=3, start=90, actor1=SHABAAB)
    assert one_raid(deadly, taken) and one_raid(deadly, named)
    merged = merge([deadly, named])
    assert [(c.sub_event_type, c.fatalities) for c in merged] == [("Attack", 3)]
    assert merged[0].actor1 == SHABAAB  # the raiders the report names
    for other in (draft("Abduction/forced disappearance", "Violence against civilians",
                        sent_index=4, start=90),
                  draft("Abduction/forced disappearance", "Violence against civilians",
                        sent_index=3, start=90, done_again=True),
                  draft("Abduction/forced disappearance", "Violence against civilians",
                        sent_index=3, start=90, actor1=SHABAAB,
                        date=MONDAY + dt.timedelta(days=1))):
        assert not one_raid(deadly, other)
        assert len(merge([deadly, other])) == 2
    rival = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                  fatalities=3, actor1=ARMY)
    assert not one_raid(rival, named) and len(merge([rival, named])) == 2


def test_killings_and_takings_in_a_town_taken_that_day_stay_two_events():
    """"Militants seized the suburb of X on Monday. They killed 40 residents there and
    abducted 300 others": the occupiers' deeds in a place taken, each its own event; the
    same raid with the place taken on another day is one."""
    seized = draft("Non-state actor overtakes territory", sent_index=1, start=0,
                   actor1=SHABAAB)
    deadly = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                   fatalities=40, actor1=SHABAAB)
    taken = draft("Abduction/forced disappearance", "Violence against civilians",
                  sent_index=2, start=40, actor1=SHABAAB)
    assert one_raid(deadly, taken)
    assert sorted(c.sub_event_type for c in merge([seized, deadly, taken])) == [
        "Abduction/forced disappearance", "Attack", "Non-state actor overtakes territory"]
    earlier = draft("Non-state actor overtakes territory", sent_index=1, start=0,
                    actor1=SHABAAB, date=MONDAY - dt.timedelta(days=3))
    assert len(merge([earlier, deadly, taken])) == 2


@pytest.mark.slow
def test_the_bomber_told_again_after_a_suicide_bombing_is_no_air_strike():
    """The classifier reads "the bomber struck" as an aircraft's strike; after a suicide
    bomber was told it is that person again (typing rule suicide-bomber-told-again)."""
    events = eventdesk.extract(
        "A suicide bomber blew himself up at the bus station in Tal Afar on Monday. The "
        "bomber struck as passengers, among them army personnel, were waiting on the "
        "platform for the Mosul Express.", published="2021-06-15", doc_id="bomber")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_arms_seized_in_the_sentence_of_an_arrest_are_what_it_found():
    """"Police arrested two militants in Mosul on Monday and recovered two grenades from
    them": one event, the arrest — also in a sentence told as another incident."""
    police = Actor("Police Forces of Iraq", 1, "IRQ")
    arrest = draft("Arrests", "Strategic developments", actor1=police, another_incident=True)
    seizure = draft("Disrupted weapons use", "Strategic developments", another_incident=True)
    assert seized_in_arrest(arrest, seizure)
    assert [e.sub_event_type for e in merge([arrest, seizure])] == ["Arrests"]
    # told a sentence later, by another side, elsewhere: its own event
    army = Actor("Military Forces of Iraq", 1, "IRQ")
    for other in (dict(start=1), dict(actor1=army), dict(place=OTHER)):
        told = draft("Disrupted weapons use", "Strategic developments", **other)
        assert not seized_in_arrest(arrest, told), other
    # "Rifles and explosives were seized.": the next sentence, no side, place or day of its
    # own, is what the arrest found; with a day of its own, a seizure of its own
    found = draft("Disrupted weapons use", "Strategic developments", start=1,
                  place_from_context=True, date_told=False)
    assert seized_in_arrest(arrest, found)
    found.date_told = True
    assert not seized_in_arrest(arrest, found)


def test_the_attackers_of_a_strike_repelled_in_the_next_sentence_make_it_a_battle():
    """"Militants attacked the police outpost with drones and small arms on Monday.
    Security forces repelled them": one incident, the battle."""
    militia = Actor("Unidentified Armed Group (Iraq)", 3, "IRQ")
    police = Actor("Police Forces of Iraq", 1, "IRQ")
    army = Actor("Military Forces of Iraq", 1, "IRQ")
    strike = draft("Air/drone strike", "Explosions/Remote violence", actor1=militia, actor2=police)
    fight = draft("Armed clash", start=1, actor1=army, actor2=militia, repelled_them=True,
                  place_from_context=True)
    assert repelled_strike(fight, strike)
    assert [e.sub_event_type for e in merge([strike, fight])] == ["Armed clash"]
    for other in (dict(repelled_them=False), dict(start=2), dict(place_from_context=False),
                  dict(actor2=None)):
        told = dict(start=1, actor1=army, actor2=militia, repelled_them=True,
                    place_from_context=True) | other
        assert not repelled_strike(draft("Armed clash", **told), strike), other


def test_devices_cleared_in_the_town_right_after_its_taking_are_the_takings():
    """"Troops retook Rabia town on Sunday. Engineers dismantled devices planted in the
    streets of the town": "the town" is the one just taken, whatever placing read it back
    as (a town the index lacks is held at its region, "the town" at another); the taking
    keeps its own place."""
    from tests.components.merging_tellings import PROVINCE, TOWN

    taking = draft("Government regains territory", sent_index=1, place=PROVINCE,
                   actor1=ARMY)
    devices = draft("Disrupted weapons use", "Strategic developments", sent_index=2,
                    start=20, place=TOWN, place_by_anaphor=True)
    assert spoils_of_battle(taking, devices)
    [merged] = merge([taking, devices])
    assert (merged.sub_event_type, merged.place) == ("Government regains territory", PROVINCE)
    # two sentences on, "the town" is no longer read as the taking's
    later = draft("Disrupted weapons use", "Strategic developments", sent_index=3, start=20,
                  place=TOWN, place_by_anaphor=True)
    fresh = draft("Government regains territory", sent_index=1, place=PROVINCE, actor1=ARMY)
    assert not spoils_of_battle(fresh, later)


def test_property_burned_before_a_fight_told_as_later_is_no_spoil_of_it():
    """"Gunmen torched four shops in X and later exchanged fire with a patrol": the fight
    told as later than the burning came after it; the burning is no aftermath of the
    fight but a deed of its own. Told after the fight, it stays the fight's."""
    burning = draft("Looting/property destruction", "Strategic developments", sent_index=2,
                    start=10, actor1=MILITIA)
    fight = draft("Armed clash", sent_index=2, start=60, actor1=MILITIA, actor2=POLICE,
                  told_later=True)
    assert not spoils_of_battle(fight, burning)
    assert len(merge([burning, fight])) == 2
    fight_first = draft("Armed clash", sent_index=2, start=5, actor1=MILITIA, actor2=POLICE)
    assert spoils_of_battle(fight_first, burning)


def test_the_fire_of_an_assaults_side_told_next_is_the_battle():
    """"Insurgents attacked the base on Friday, leading to hours of fighting. The
    insurgents arrived in gun trucks and fired rockets at the base": one battle."""
    insurgents = Actor("Jama'atu Ahlis Sunna", 2, "IRQ")
    battle = draft("Armed clash", sent_index=0, actor1=SHABAAB, actor2=ARMY, fatalities=7)
    fire = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                 sent_index=1, start=1, actor1=insurgents)
    assert fire_in_the_assault(battle, fire)
    assert [(c.sub_event_type, c.fatalities) for c in merge([battle, fire])] == [
        ("Armed clash", 7)]


def test_fire_by_unnamed_men_another_day_or_later_is_its_own_event():
    battle = draft("Armed clash", sent_index=0, actor1=SHABAAB, actor2=ARMY)
    unnamed = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                    sent_index=1, actor1=MILITIA)
    later = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                  sent_index=3, actor1=SHABAAB)
    other_day = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                      sent_index=1, actor1=SHABAAB, date=MONDAY - dt.timedelta(days=3))
    elsewhere = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                      sent_index=1, actor1=SHABAAB, place=OTHER)
    assert not any(fire_in_the_assault(battle, c)
                   for c in (unnamed, later, other_day, elsewhere))


def test_a_taking_told_as_an_arrest_and_as_an_abduction_is_one_event():
    """"A reporter was arrested in Mosul on Monday. He was taken from his home in the
    city's al-Zuhur district by soldiers and police that night": one arrest (the state took
    him); "Rebels abducted two officials in Mosul on Monday. A rebel commander said they were
    'detained for spying'": one abduction (rebels took them)."""
    arrest = draft("Arrests", "Strategic developments", actor1=POLICE, sent_index=0)
    taken = draft("Abduction/forced disappearance", "Violence against civilians",
                  place=DISTRICT, actor1=ARMY, start=1)
    assert one_taking(arrest, taken) and not one_taking(taken, arrest)
    assert [(e.sub_event_type, e.place.location) for e in merge([arrest, taken])] == \
        [("Arrests", "Mosul - al-Zuhur")]
    abducted = draft("Abduction/forced disappearance", "Violence against civilians",
                     actor1=SHABAAB, sent_index=0, another_incident=True)
    detained = draft("Arrests", "Strategic developments", actor1=SHABAAB, start=1,
                     date_told=False)
    assert one_taking(abducted, detained)
    assert [e.sub_event_type for e in merge([abducted, detained])] == [
        "Abduction/forced disappearance"]


def test_takings_by_two_sides_elsewhere_or_later_stay_two_events():
    """"Gunmen kidnapped a trader in Mosul on Monday. Police arrested two suspects in the
    city": the kidnappers' taking and the police's arrest are two events."""
    kidnapped = draft("Abduction/forced disappearance", "Violence against civilians",
                      actor1=MILITIA, sent_index=0)
    for arrest in (draft("Arrests", "Strategic developments", actor1=POLICE, start=1),
                   draft("Arrests", "Strategic developments", actor1=MILITIA, start=1,
                         place=OTHER),
                   draft("Arrests", "Strategic developments", actor1=MILITIA, start=2),
                   draft("Arrests", "Strategic developments", actor1=MILITIA, start=1,
                         told_also=True)):
        assert not one_taking(kidnapped, arrest) and not one_taking(arrest, kidnapped)
        assert len(merge([kidnapped, arrest])) == 2


def test_an_assault_made_with_a_strike_is_the_strike():
    """"Rebels attacked a police post in X with explosives dropped from drones on Monday,
    wounding two officers": one strike. Not when the assault tells its own dead, when the
    strike is the other side's answer, or when it is told in another sentence."""
    from eventdesk.components.events.merging.retellings import weapons_of_the_assault
    rebels = Actor("ELN: National Liberation Army", 2, "COL")
    rebels_too = Actor("ELN: National Liberation Army - Western Front", 2, "COL")
    assault = draft("Armed clash", actor1=rebels, actor2=POLICE, target="post", start=0)
    strike = draft("Air/drone strike", "Explosions/Remote violence", actor1=rebels_too,
                   actor2=POLICE, start=30, sent_index=0)
    assert weapons_of_the_assault(strike, assault)
    assert [c.sub_event_type for c in merge([assault, strike])] == ["Air/drone strike"]
    for other in (dict(fatalities=3), dict(target=None), dict(start=0, sent_index=1)):
        told = dict(actor1=rebels, actor2=POLICE, target="post", start=0) | other
        assert not weapons_of_the_assault(strike, draft("Armed clash", **told)), other
    answer = draft("Air/drone strike", "Explosions/Remote violence", actor1=ARMY,
                   actor2=rebels, start=30, sent_index=0)
    assert not weapons_of_the_assault(answer, assault)
    guessed = draft("Air/drone strike", "Explosions/Remote violence", actor1=ARMY,
                    actor2=POLICE, start=30, sent_index=0)   # a doer guessed, one target
    assert weapons_of_the_assault(guessed, assault)


@pytest.mark.slow
def test_a_post_attacked_with_drones_codes_one_strike():
    report = ("CUCUTA, March 5 - ELN guerrillas attacked a police post in the town of Tibu, "
              "in Colombia's Norte de Santander province, with explosives dropped from drones "
              "on Monday, wounding three police officers, the police said.")
    assert [e[0] for e in coded(report, dt.date(2024, 3, 5))] == ["Air/drone strike"]
