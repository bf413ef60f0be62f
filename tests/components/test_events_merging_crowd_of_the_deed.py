"""A protest word inside the subject or object phrase of an attack or mob told in the same
breath names the deed's doers or victims, and is no protest of its own; a protest told as
a clause of its own in that sentence is another interaction, coded apart."""

import pytest

from eventdesk.components.events.merging.crowd_of_the_deed import crowd_of_the_deed
from eventdesk.components.events.merging.merge import merge
from eventdesk.records import Actor
from tests.components.merging_tellings import MONDAY, coded, draft

GANG = Actor("Unidentified Armed Group (Iraq)", 3, "IRQ")
CIVILIANS = Actor("Civilians (Iraq)", 7, "IRQ")
PROTESTERS = Actor("Protesters (Iraq)", 6, "IRQ")


def _attack():
    return draft("Attack", "Violence against civilians", sent_index=2, start=2,
                 actor1=GANG, actor2=CIVILIANS)


def _protest(**kw):
    return draft("Peaceful protest", "Protests", actor1=PROTESTERS, **kw)


def test_the_rally_of_the_attackers_joins_the_attack():
    """"Youths who had rallied outside the court stabbed two clerks": the rally is a
    relative clause on the attack's subject, whose verb lies in the attack's telling."""
    attack = _attack()
    rally = _protest(sent_index=2, start=3, people_of=2)
    assert crowd_of_the_deed(attack, rally)
    assert [c.sub_event_type for c in merge([attack, rally])] == ["Attack"]


def test_a_protest_told_as_a_clause_of_its_own_stays():
    """"Nurses marched to the ministry after gunmen attacked their hostel": one sentence,
    place and day, but the march describes no one of the attack: two interactions."""
    attack, march = _attack(), _protest(sent_index=2, start=3)
    assert not crowd_of_the_deed(attack, march)
    assert sorted(c.sub_event_type for c in merge([attack, march])) \
        == ["Attack", "Peaceful protest"]


def test_a_protest_of_another_sentence_or_day_stays():
    """A rally describing people of another sentence's or day's deed is a protest of its
    own, and a protest never speaks for the attack."""
    attack = _attack()
    for rally in (_protest(sent_index=3, start=3, people_of=2),
                  _protest(sent_index=2, start=3, people_of=2,
                           date=MONDAY.replace(day=MONDAY.day + 1)),
                  _protest(sent_index=2, start=3, people_of=7)):
        assert not crowd_of_the_deed(attack, rally)
    assert not crowd_of_the_deed(_protest(sent_index=2, start=3, people_of=2), attack)


@pytest.mark.slow
def test_a_protest_reacting_to_the_attack_in_its_sentence_is_coded_too():
    """A march after an attack, or in protest at it, told in the attack's sentence: both
    events (on integ the attack swallowed the march)."""
    for report in ("Nurses marched to the health ministry in Kaduna on Thursday after "
                   "gunmen attacked their hostel, killing three.",
                   "Gunmen shot dead three farmers in Jos on Friday, and farmers marched to "
                   "the state assembly in protest."):
        assert sorted(s for s, _, _ in coded(report, "2021-06-19")) \
            == ["Attack", "Peaceful protest"], report


@pytest.mark.slow
def test_a_rally_naming_the_attackers_is_no_protest_of_its_own():
    report = ("In Ibadan on Thursday, a band of youths who had rallied outside the court "
              "stabbed two clerks with knives.")
    assert "Peaceful protest" not in [s for s, _, _ in coded(report, "2021-06-19")]
