"""merging/assault_damage.py: property burned or looted in an assault, told beside it, is part
of that attack (or, nobody hurt, one looting), not a second event."""

from eventdesk.components.events.merging.assault_damage import burned_in_attack, looted_in_assault
from eventdesk.components.events.merging.merge import merge
from eventdesk.records import Actor
from tests.components.merging_tellings import (
    ARMY,
    MILITIA,
    NEAR,
    OTHER,
    SHABAAB,
    draft,
)


def test_homes_burned_by_the_killers_in_the_same_sentence_are_part_of_the_attack():
    killing = draft("Attack", "Violence against civilians", sent_index=2, actor1=MILITIA,
                    fatalities=20)
    burning = draft("Looting/property destruction", "Strategic developments", sent_index=2,
                    actor1=MILITIA)
    unnamed = draft("Looting/property destruction", "Strategic developments", sent_index=2)
    assert burned_in_attack(killing, burning) and burned_in_attack(killing, unnamed)
    assert [(c.sub_event_type, c.fatalities) for c in merge([burning, killing])] == \
        [("Attack", 20)]


def test_looting_told_elsewhere_or_by_another_side_stays_its_own_event():
    killing = draft("Attack", "Violence against civilians", sent_index=2, actor1=MILITIA)
    later = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                  actor1=MILITIA)
    by_troops = draft("Looting/property destruction", "Strategic developments",
                      sent_index=2, actor1=ARMY)
    other_town = draft("Looting/property destruction", "Strategic developments",
                       sent_index=2, actor1=MILITIA, place=OTHER)
    assert not any(burned_in_attack(killing, c) for c in (later, by_troops, other_town))
    assert len(merge([killing, later])) == 2


def test_damage_told_next_with_no_place_of_its_own_by_unnamed_doers_is_the_attacks():
    """"IS gunmen killed nine herders at a camp near Mosul on Monday. 'They took the cattle
    and set fire to the huts,' an official said": the burning, in the next sentence with
    no place of its own, by doers left unnamed, is part of the attack; with a place of its
    own, or two sentences on with a day of its own, it stays apart."""
    islamic_state = Actor("Islamic State", 2, "IRQ")
    killing = draft("Attack", "Violence against civilians", sent_index=2, actor1=islamic_state,
                    fatalities=9)
    burning = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                    actor1=MILITIA, place_from_context=True)
    assert burned_in_attack(killing, burning)
    assert [(c.sub_event_type, c.fatalities) for c in merge([killing, burning])] == \
        [("Attack", 9)]
    own_place = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                      actor1=MILITIA)
    farther = draft("Looting/property destruction", "Strategic developments", sent_index=4,
                    actor1=MILITIA, place_from_context=True)
    by_troops = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                      actor1=ARMY, place_from_context=True)
    fresh = draft("Attack", "Violence against civilians", sent_index=2, actor1=islamic_state)
    assert not any(burned_in_attack(fresh, c) for c in (own_place, farther, by_troops))


def test_damage_the_attackers_named_again_do_next_near_the_attack_is_the_attacks():
    """"Gunmen killed 30 villagers near Mosul on Monday. The attackers arrived on
    motorbikes and set fire to granaries in Hamam al-Alil": the burning the attackers named
    again do in the next sentence, at a hamlet near the attack, is how the attack was done;
    far off, two sentences on or by doers not named again, it stays apart."""
    killing = draft("Attack", "Violence against civilians", sent_index=0, actor1=MILITIA,
                    fatalities=30)
    burning = draft("Looting/property destruction", "Strategic developments", sent_index=1,
                    start=1, actor1=MILITIA, place=NEAR, attackers_again=True)
    assert burned_in_attack(killing, burning)
    assert [(c.sub_event_type, c.fatalities) for c in merge([killing, burning])] == \
        [("Attack", 30)]
    killing = draft("Attack", "Violence against civilians", sent_index=0, actor1=MILITIA)
    for other in (draft("Looting/property destruction", "Strategic developments",
                        sent_index=1, start=1, actor1=MILITIA, place=OTHER,
                        attackers_again=True),
                  draft("Looting/property destruction", "Strategic developments",
                        sent_index=2, start=2, actor1=MILITIA, place=NEAR,
                        attackers_again=True),
                  draft("Looting/property destruction", "Strategic developments",
                        sent_index=1, start=1, actor1=MILITIA, place=NEAR)):
        assert not burned_in_attack(killing, other)


def test_an_assault_that_killed_nobody_and_the_looting_after_it_are_one_looting():
    """"Fighters stormed the village on Saturday. They burned granaries and drove off the
    herds. No one was killed": one looting; an assault that killed people, or whose toll
    is not told, keeps its type, and so does one by another side or named as another
    incident."""
    attack = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                   actor1=MILITIA, attacks_a_place=True, fatalities=0)
    looted = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                   start=80, actor1=MILITIA)
    assert looted_in_assault(looted, attack) and not looted_in_assault(attack, looted)
    deadly = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                   actor1=MILITIA, attacks_a_place=True, fatalities=3)
    victims = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                    actor1=MILITIA)
    other_side = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                       actor1=SHABAAB, attacks_a_place=True, fatalities=0)
    untold = draft("Attack", "Violence against civilians", sent_index=2, start=10,
                   actor1=MILITIA, attacks_a_place=True)
    apart = draft("Looting/property destruction", "Strategic developments", sent_index=3,
                  start=80, actor1=MILITIA, another_incident=True)
    assert not any(looted_in_assault(looted, a) for a in (deadly, victims, other_side, untold))
    assert not looted_in_assault(apart, attack)
    assert [c.sub_event_type for c in merge([attack, looted])] == \
        ["Looting/property destruction"]


def test_damage_two_sentences_on_by_the_attackers_named_since_is_the_attacks():
    """"Gunmen killed 70 people in an attack on a town near Mosul on Monday. The attack was
    carried out by the Black Dogs gang, officials said. The gunmen also set fire to 45
    homes": the burning with no place or day of its own, by the side the report named for
    the attackers left unnamed, is the attack's; with a day of its own, by troops or three
    sentences on, it stays apart."""
    gang = Actor("Black Dogs Gang", 3, "IRQ")
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=MILITIA,
                    fatalities=70)
    bare = dict(sent_index=3, start=3, actor1=gang, place_from_context=True,
                date_told=False, told_also=True)
    burning = draft("Looting/property destruction", "Strategic developments", **bare)
    assert burned_in_attack(killing, burning)
    assert [(c.sub_event_type, c.fatalities, c.actor1.name)
            for c in merge([killing, burning])] == [("Attack", 70, "Black Dogs Gang")]
    killing = draft("Attack", "Violence against civilians", sent_index=1, actor1=MILITIA)
    for own in (dict(date_told=True), dict(actor1=ARMY), dict(sent_index=4, start=4)):
        other = draft("Looting/property destruction", "Strategic developments",
                      **{**bare, **own})
        assert not burned_in_attack(killing, other), own
