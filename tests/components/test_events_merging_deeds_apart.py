"""Two tellings that name deeds of their own stay two events: shelling of civilians beside
a battle between armed sides, a third side's deed after a fight."""

from eventdesk.components.events.merging.deeds_apart import fire_on_civilians, third_side
from eventdesk.components.events.merging.details import detail_of
from eventdesk.components.events.merging.merge import merge
from eventdesk.components.events.merging.two_types import fire_in_the_assault
from eventdesk.records import Actor
from tests.components.merging_tellings import ARMY, MILITIA, SHABAAB, coded, draft, undated

CIVILIANS = Actor("Civilians (Iraq)", 7, "IRQ")


def test_shelling_of_civilians_beside_a_battle_is_its_own_event():
    """"The rebels held the ridge after a day of fighting with troops; army mortars
    meanwhile landed on a market below, injuring a dozen shoppers": the shelling's victims
    are civilians -- the state against civilians, another pair of sides than the battle's."""
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


def test_a_report_of_a_battle_and_shelling_of_homes_codes_both():
    """The coder on invented sentences: army mortars pounding homes "while" the clashes went
    on, injuring residents, is an event of its own; pounding the rebels' trenches is the
    battle."""
    lead = ("Troops tried on Saturday to push into the town of Masisi and heavy clashes broke "
            "out with rebel fighters. Three rebels and two troops died in the clashes, while "
            "army mortars pounded ")
    homes = coded(lead + "homes in Masisi, injuring eleven residents.", "2022-03-08")
    assert [s for s, _, _ in homes] == ["Armed clash", "Shelling/artillery/missile attack"]
    trenches = coded(lead + "the rebels' trenches in Masisi.", "2022-03-08")
    assert [s for s, _, _ in trenches] == ["Armed clash"]


def test_a_deed_by_a_third_side_after_a_taking_is_not_a_detail_of_it():
    """"Al Shabaab seized the town from the army on Monday … a foreign air force said it
    had struck the militants near the town": a side named by neither side of the taking
    does a deed of its own; the army's own strike there tells how the fight went."""
    taken = draft("Non-state actor overtakes territory", sent_index=1, actor1=SHABAAB,
                  actor2=ARMY)
    strike = dict(sub_type="Air/drone strike", event_type="Explosions/Remote violence",
                  sent_index=3, start=60, place_from_context=True, actor2=SHABAAB)
    foreign = undated(**strike, actor1=Actor("Military Forces of Kenya", 8, "KEN"))
    assert detail_of(taken, foreign) and third_side(taken, foreign)
    assert len(merge([taken, foreign])) == 2
    own = undated(**strike, actor1=ARMY)
    assert not third_side(taken, own)
    assert [c.sub_event_type for c in merge([taken, own])] == [
        "Non-state actor overtakes territory"]
    # a side left unnamed may be either side of the taking; whoever shoots down a strike's
    # missile may be left out of the strike's sides
    assert not third_side(taken, undated(**strike, actor1=MILITIA))
    raid = draft("Air/drone strike", "Explosions/Remote violence", sent_index=1,
                 actor1=ARMY, actor2=SHABAAB)
    assert not third_side(raid, undated("Disrupted weapons use", "Strategic developments",
                                        sent_index=3, start=60, actor1=foreign.actor1))
