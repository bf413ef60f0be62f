"""A fire an accident started and aircraft that only flew over a place are no event
(subtype/no_deed.py, rules fire-by-accident and flown-over); a crowd that set off fireworks
and burned cars, and a drone that struck after its flight, still are."""

import pytest

import eventdesk


def _kinds(text):
    return [e.sub_event_type for e in eventdesk.extract(text, published="2024-08-17")]


@pytest.mark.slow
def test_fireworks_that_set_a_hall_alight_are_no_riot(tiny_index):
    assert _kinds("The blaze broke out on Tuesday night when fireworks set alight the ceiling "
                  "panels of a wedding hall in Homs.") == []


@pytest.mark.slow
def test_rioters_with_fireworks_who_burned_cars_riot(tiny_index):
    assert _kinds("Rioters set off fireworks and set fire to two police cars in Homs on "
                  "Monday.") == ["Violent demonstration"]


@pytest.mark.slow
def test_reconnaissance_aircraft_over_districts_struck_nothing(tiny_index):
    assert _kinds("Reconnaissance aircraft flew over the Homs and Hama districts on "
                  "Monday.") == []


@pytest.mark.slow
def test_a_drone_that_struck_over_a_town_is_a_strike(tiny_index):
    assert "Air/drone strike" in _kinds("An Israeli drone flying over Homs struck a car near "
                                        "the market on Monday, killing two men.")
