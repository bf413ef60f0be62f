"""Arrests told right after a fight, with no place nor day of their own, by one of its
sides or no named side, of the other side or no named one, are how the fight ended: one
event, the fight's type. A later round-up, residents held, or another force's arrests
stay their own events."""

from eventdesk.components.events.merging.fight_arrests import arrests_ending_the_fight
from eventdesk.components.events.merging.merge import merge
from eventdesk.records import Actor
from tests.components.merging_tellings import (
    ARMY,
    MARCHERS,
    MILITIA,
    OTHER,
    POLICE,
    SHABAAB,
    coded,
    draft,
)


def _fight(**kw):
    return draft("Armed clash", sent_index=1, start=1, actor1=ARMY, actor2=MILITIA, **kw)


def _arrests(**kw):
    kw.setdefault("sent_index", 2)
    kw.setdefault("place_from_context", True)
    kw.setdefault("date_told", False)
    return draft("Arrests", "Strategic developments", start=40, **kw)


def test_captives_told_next_with_nothing_of_their_own_end_the_fight():
    """"Soldiers fought bandits near X on Friday, killing six. Thirty of the raiders
    surrendered and were held, an officer said": no place, day or doer of their own."""
    fight, taken = _fight(fatalities=9), _arrests()
    assert arrests_ending_the_fight(fight, taken)
    assert [(c.sub_event_type, c.fatalities) for c in merge([fight, taken])] \
        == [("Armed clash", 9)]
    by_a_side = _arrests(actor1=ARMY, actor2=MILITIA)
    assert arrests_ending_the_fight(fight, by_a_side)


def test_a_later_round_up_of_other_people_by_another_force_stays_apart():
    """"Police later arrested 12 suspected collaborators", "police rounded up 40 residents
    of the town", "Kurdish Peshmerga forces held five men": not how the fight ended."""
    fight = _fight()
    later = _arrests(told_later=True)
    residents = _arrests(actor1=ARMY, actor2=Actor("Civilians (Iraq)", 7, "IRQ"))
    other_state = _arrests(actor1=POLICE)
    peshmerga = _arrests(actor1=Actor("Military Forces of Iraq (Kurdistan)", 1, "IRQ"))
    protesters = _arrests(actor2=MARCHERS)
    assert not any(arrests_ending_the_fight(fight, a) for a in (
        later, residents, other_state, peshmerga, protesters))
    assert len(merge([fight, later])) == 2


def test_arrests_of_their_own_stay_their_own_events():
    """Arrests with their own place or day, by a force not in the fight, marked as another
    incident, told in the fight's own first sentence or two sentences on stay apart."""
    fight = _fight()
    own_place = _arrests(place=OTHER, place_from_context=False)
    own_day = _arrests(date_told=True)
    other_force = _arrests(actor1=SHABAAB)
    marked = _arrests(another_incident=True)
    same_sentence = _arrests(sent_index=1)
    two_on = _arrests(sent_index=3)
    assert not any(arrests_ending_the_fight(fight, a) for a in (
        own_place, own_day, other_force, marked, same_sentence, two_on))
    assert len(merge([fight, own_day])) == 2
    # not a crowd's event nor an attack: only a battle ends in captives taken
    attack = draft("Attack", "Violence against civilians", sent_index=1, actor1=MILITIA)
    assert not arrests_ending_the_fight(attack, _arrests())


def test_a_report_of_a_gunfight_and_the_man_detained_after_it():
    text = ("Three bandits died late on Wednesday in a gunfight with soldiers at a "
            "checkpoint in Tal Afar, an officer said. Once the shooting stopped, the troops "
            "held two of the raiders and took their rifles.")
    assert [e[0] for e in coded(text, "2024-10-16")] == ["Armed clash"]
