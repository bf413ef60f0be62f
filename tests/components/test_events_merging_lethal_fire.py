"""A force's fire that killed people of a crowd, told before the crowd is named again,
speaks for that crowd's incident: excessive force against protesters, not the riot."""

from eventdesk.components.events.merging.crowds import crowd_speaks, turned_violent
from eventdesk.components.events.merging.lethal_fire import lethal_fire
from eventdesk.components.events.merging.merge import merge
from eventdesk.records import Actor
from tests.components.merging_tellings import draft

POLICE = Actor("Police Forces of Iraq", 1, "IQ")
FORCE = "Excessive force against protesters"
RIOT = "Violent demonstration"


def test_the_crowd_named_again_after_lethal_fire_keeps_the_excessive_force():
    """"Police opened fire on protesters, killing one man. The protesters had thrown stones
    at the building": the crowd told again is the fire's crowd; the force's killing speaks."""
    fire = draft(FORCE, "Protests", start=0, sent_index=1, actor2=POLICE, fatalities=1)
    riot = draft(RIOT, "Riots", start=5, sent_index=2, crowd_again=True)
    assert lethal_fire(fire, riot)
    assert crowd_speaks(fire, riot) and not crowd_speaks(riot, fire)
    assert [c.sub_event_type for c in merge([fire, riot])] == [FORCE]


def test_fire_that_killed_nobody_leaves_the_crowds_violence_to_speak():
    """"Police fired tear gas at protesters. The protesters had thrown stones": the riot."""
    fire = draft(FORCE, "Protests", start=0, sent_index=1, actor2=POLICE)
    riot = draft(RIOT, "Riots", start=5, sent_index=2, crowd_again=True)
    assert not lethal_fire(fire, riot) and crowd_speaks(riot, fire)
    assert [c.sub_event_type for c in merge([fire, riot])] == [RIOT]


def test_a_toll_told_after_the_riot_is_the_riots():
    """"Supporters burnt tyres. The protesters were shot at by police, and seven died":
    lethal fire told after the crowd's violence does not speak for it."""
    riot = draft(RIOT, "Riots", start=0, sent_index=1)
    fire = draft(FORCE, "Protests", start=5, sent_index=2, actor2=POLICE, fatalities=7,
                 crowd_again=True)
    assert not lethal_fire(fire, riot) and crowd_speaks(riot, fire)
    assert [c.sub_event_type for c in merge([riot, fire])] == [RIOT]


def test_lethal_fire_in_the_riots_own_breath_is_merged_as_before():
    """A riot and lethal fire told in one sentence stay the violent demonstration
    (`turned_violent`, unchanged: a bare death beside clashes is the riot's toll)."""
    riot = draft(RIOT, "Riots", start=0, sent_index=0)
    fire = draft(FORCE, "Protests", start=5, sent_index=0, actor2=POLICE, fatalities=1)
    assert turned_violent(riot, fire)
    assert [c.sub_event_type for c in merge([riot, fire])] == [RIOT]
