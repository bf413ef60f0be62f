"""A protest word that names the doers or victims of an attack or mob told in the same
breath is no protest of its own."""

from eventdesk.components.events.merging.crowd_of_the_deed import crowd_of_the_deed
from eventdesk.components.events.merging.merge import merge
from eventdesk.records import Actor
from tests.components.merging_tellings import MONDAY, draft

GANG = Actor("Unidentified Armed Group (Iraq)", 3, "IRQ")
CIVILIANS = Actor("Civilians (Iraq)", 7, "IRQ")
PROTESTERS = Actor("Protesters (Iraq)", 6, "IRQ")


def _protest(**kw):
    return draft("Peaceful protest", "Protests", actor1=PROTESTERS, **kw)


def test_the_rally_of_the_attackers_joins_the_attack():
    """"Men who had gathered in a counter-rally attacked passing students with batons":
    one sentence, one place, one day -- the attack alone."""
    attack = draft("Attack", "Violence against civilians", sent_index=2, start=2,
                   actor1=GANG, actor2=CIVILIANS)
    rally = _protest(sent_index=2, start=3)
    assert crowd_of_the_deed(attack, rally)
    assert [c.sub_event_type for c in merge([attack, rally])] == ["Attack"]


def test_a_protest_of_another_sentence_or_day_stays():
    """A march told in the next sentence, or on another day, is a protest of its own."""
    attack = draft("Attack", "Violence against civilians", sent_index=2, start=2,
                   actor1=GANG, actor2=CIVILIANS)
    for rally in (_protest(sent_index=3, start=3),
                  _protest(sent_index=2, start=3, date=MONDAY.replace(day=MONDAY.day + 1))):
        assert not crowd_of_the_deed(attack, rally)
    assert not crowd_of_the_deed(_protest(sent_index=2, start=3), attack)
