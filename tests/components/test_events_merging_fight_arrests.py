"""Arrests told right after a fight, with no place nor day of their own, by one of its
sides or no named side, are how the fight ended: one event, the fight's type."""

from eventdesk.components.events.merging.fight_arrests import arrests_ending_the_fight
from eventdesk.components.events.merging.merge import merge
from tests.components.merging_tellings import ARMY, MILITIA, OTHER, POLICE, SHABAAB, coded, draft


def _fight(**kw):
    return draft("Armed clash", sent_index=1, start=1, actor1=ARMY, actor2=MILITIA, **kw)


def _arrests(**kw):
    kw.setdefault("sent_index", 2)
    kw.setdefault("place_from_context", True)
    kw.setdefault("date_told", False)
    return draft("Arrests", "Strategic developments", start=40, **kw)


def test_captives_told_next_with_nothing_of_their_own_end_the_fight():
    """"Gunmen attacked a camp at X on Friday and fought troops for hours. Forty-five
    attackers were captured, he said": no place, day or doer of their own."""
    fight, taken = _fight(fatalities=9), _arrests()
    assert arrests_ending_the_fight(fight, taken)
    assert [(c.sub_event_type, c.fatalities) for c in merge([fight, taken])] \
        == [("Armed clash", 9)]
    by_a_side = _arrests(actor1=ARMY)
    assert arrests_ending_the_fight(fight, by_a_side)
    # "they detained one man": the country's police by default, a state's force beside
    # the fight's army
    assert arrests_ending_the_fight(fight, _arrests(actor1=POLICE))


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
    text = ("Two gunmen were killed on Tuesday afternoon in a clash with army troops in "
            "Tal Afar, the defence ministry said. After the exchange of fire, the soldiers "
            "detained one man and seized four rifles.")
    assert [e[0] for e in coded(text, "2024-10-16")] == ["Armed clash"]
