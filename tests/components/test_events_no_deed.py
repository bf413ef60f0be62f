"""A fire an accident started and aircraft that only flew over a place are no event
(subtype/no_deed.py, rules fire-by-accident and flown-over); a crowd that set off fireworks
and burned cars, a crowd carrying firecrackers or angered by a gas leak that burned
something, and a drone that struck after its flight, still are."""

import pytest

from tests.components.coder_records import sub_types

pytestmark = pytest.mark.slow


def test_firecrackers_that_set_a_stage_ablaze_are_no_riot(tiny_index):
    assert sub_types("A fire broke out at a cinema in Homs on Thursday when firecrackers "
                     "set its wooden stage ablaze.") == []


def test_rioters_with_fireworks_who_burned_cars_riot(tiny_index):
    assert sub_types("Rioters set off fireworks and set fire to two police cars in Homs on "
                     "Monday.") == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "Rioters armed with fireworks set fire to two police cars in Homs on Monday.",
    "Youths hurling firecrackers and stones torched the town hall in Homs on Monday.",
    "Protesters carrying candles set fire to the governor's office in Homs on Monday.",
    "Demonstrators angered by a gas leak that killed two children set fire to the factory "
    "in Homs on Monday.",
])
def test_what_the_burners_carry_or_are_angered_by_is_no_accident(tiny_index, text):
    """The accident word hangs after the doer's head or in a clause on it: the doers
    burned on purpose."""
    assert sub_types(text) == ["Violent demonstration"]


def test_drones_over_the_outskirts_struck_nothing(tiny_index):
    assert sub_types("Military drones flew over the outskirts of Homs on Monday.") == []


def test_a_drone_that_struck_over_a_town_is_a_strike(tiny_index):
    assert "Air/drone strike" in sub_types("An Israeli drone flying over Homs struck a car "
                                           "near the market on Monday, killing two men.")


def test_drones_that_flew_over_and_fired_missiles_struck_from_the_air(tiny_index):
    """A second deed joined to the flight: the aircraft's strike, not a missile attack."""
    assert sub_types("Israeli drones flew over Gaza City on Monday and fired two missiles at "
                     "a car, killing three men.") == ["Air/drone strike"]
