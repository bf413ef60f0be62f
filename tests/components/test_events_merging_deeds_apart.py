"""Two tellings that name deeds of their own stay two events: shelling of civilians beside
a battle between armed sides."""

from eventdesk.components.events.merging.deeds_apart import fire_on_civilians
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.two_types import fire_in_the_assault
from eventdesk.records import Actor
from tests.components.merging_tellings import ARMY, MILITIA, coded, draft

CIVILIANS = Actor("Civilians (Iraq)", 7, "IRQ")


def test_shelling_of_civilians_beside_a_battle_is_its_own_event():
    """"Regime forces tried to storm the town on Thursday and clashes broke out with local
    fighters. Two fighters were killed in the fighting, while the army's artillery shelled
    houses in the town, wounding several civilians": the shelling's victims are civilians
    -- the state against civilians, another pair of sides than the battle's."""
    battle = draft("Armed clash", sent_index=0, actor1=ARMY, actor2=MILITIA)
    shelling = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                     sent_index=1, start=1, actor1=ARMY, actor2=CIVILIANS)
    assert fire_on_civilians(shelling)
    assert not fire_in_the_assault(battle, shelling)
    assert [c.sub_event_type for c in merge([battle, shelling])] == [
        "Armed clash", "Shelling/artillery/missile attack"]


def test_shelling_of_the_battles_foe_is_still_how_it_was_fought():
    """"… The army's artillery shelled the fighters' positions": fire at the battle's foe,
    or at no one named, is how the battle was fought -- one event."""
    for target in (MILITIA, None):
        battle = draft("Armed clash", sent_index=0, actor1=ARMY, actor2=MILITIA)
        shelling = draft("Shelling/artillery/missile attack", "Explosions/Remote violence",
                         sent_index=1, start=1, actor1=ARMY, actor2=target)
        assert not fire_on_civilians(shelling)
        assert fire_in_the_assault(battle, shelling)
        assert [c.sub_event_type for c in merge([battle, shelling])] == ["Armed clash"]


def test_a_report_of_a_battle_and_shelling_of_houses_codes_both():
    """The coder on invented sentences: the artillery shelling houses "while" the fighting
    went on, wounding civilians, is an event of its own; shelling the fighters' positions
    is the battle."""
    lead = ("Government forces tried on Thursday to storm the town of Tafas and fierce "
            "clashes broke out with local fighters. Two young men and four soldiers were "
            "killed in the fighting, while the army's artillery shelled ")
    houses = coded(lead + "the houses of Tafas with mortars, wounding several civilians.",
                   "2021-07-30")
    assert [s for s, _, _ in houses] == ["Armed clash", "Shelling/artillery/missile attack"]
    positions = coded(lead + "the fighters' positions in Tafas with mortars.", "2021-07-30")
    assert [s for s, _, _ in positions] == ["Armed clash"]
