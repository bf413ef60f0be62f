"""An unknown town the event's own sentence names outside its clause is the event's place,
not the town of an earlier sentence's deed (`placing.own_sentence`, issue 9)."""

import pytest

import eventdesk

pytestmark = pytest.mark.slow

EARLIER = ("ADDIS ABABA - Residents of Gimbi said a drone strike hit a livestock market on the "
           "outskirts of the town on Wednesday, killing seven civilians. ")


def _abduction(text):
    events = eventdesk.extract(text, published="2023-11-24")
    return next(e for e in events if "passengers" in (e.evidence or ""))


def test_an_unknown_town_the_sentence_names_beside_the_clause_is_its_place():
    event = _abduction(EARLIER + "On Thursday, fighters stopped a bus outside the village of "
                       "Qorqoda and abducted around 20 passengers, relatives said.")
    assert (event.location, event.latitude) == ("Qorqoda", None)  # not Gimbi


def test_a_sentence_naming_no_place_keeps_the_town_of_the_event_before():
    event = _abduction(EARLIER + "On Thursday, fighters stopped a bus and abducted around 20 "
                       "passengers, relatives said.")
    assert event.location == "Gimbi"
