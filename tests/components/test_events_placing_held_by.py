"""A place named after the event's own to say what holds it is no second event
(placing/held_by.py): "in Dorvan, Belcosta", "in Marbat in the southern Strip"."""

import pytest

import eventdesk
from eventdesk.components.events.placing.held_by import names_a_holder_of
from eventdesk.records import Place


def _place(location, admin1, admin2=None, code="PH"):
    return Place(country="X", country_code=code, admin1=admin1, admin2=admin2,
                 location=location, latitude=1.0, longitude=1.0, geo_precision=1)


def test_a_division_of_the_events_place_holds_it():
    dorvan = _place("Dorvan", "Kordafa", "Belcosta")
    assert names_a_holder_of(_place("Belcosta", "Tindoumar"), dorvan)
    # "Tavira" for the Tavira Strip, "Belcosta" for Belcosta Province: the division's
    # generic last word left out
    assert names_a_holder_of(_place("Tavira", "Tavira Strip", code="PS"),
                             _place("Marbat", "Tavira Strip", code="PS"))
    assert names_a_holder_of(_place("Belcosta", "Tindoumar"),
                             _place("Dorvan", "Kordafa", "Belcosta Province"))


def test_another_town_or_a_namesake_abroad_does_not_hold_it():
    dorvan = _place("Dorvan", "Kordafa", "Belcosta")
    assert not names_a_holder_of(_place("Koroba", "Kordafa", "Belcosta"), dorvan)
    assert not names_a_holder_of(_place("Belcosta", "Somewhere", code="US"), dorvan)
    assert not names_a_holder_of(_place("Dorvan", "Kordafa", "Belcosta"), dorvan)


@pytest.fixture
def tiny_index(tiny_index_with):
    return tiny_index_with(places=[
        (9100011, "Tell Marzouk", "Tell Marzouk", "", 34.9, 36.5, "P", "PPL", "SY", "11",
         12000)])


@pytest.mark.slow
def test_the_town_named_as_the_holder_is_no_second_event(tiny_index):
    events = eventdesk.extract(
        "In Tell Marzouk, Homs, a roadside bomb exploded near a bus on Monday, killing three "
        "people, a Syrian war monitor said.", published="2024-03-12")
    assert [e.location for e in events] == ["Tell Marzouk"]


@pytest.mark.slow
def test_a_listed_holder_is_a_place_of_its_own(tiny_index):
    events = eventdesk.extract(
        "Syrian army artillery shelled Tell Marzouk and Homs on Monday, killing three "
        "people, a Syrian war monitor said.", published="2024-03-12")
    assert sorted(e.location for e in events) == ["Homs", "Tell Marzouk"]


@pytest.mark.slow
def test_a_holder_in_a_list_that_and_ends_is_a_place_of_its_own(tiny_index):
    events = eventdesk.extract(
        "Rebels attacked army positions in several Syrian towns on Monday, including Homs, "
        "Tell Marzouk, Talal and Jabur, the army said.", published="2024-03-12")
    assert "Homs" in {e.location for e in events}
