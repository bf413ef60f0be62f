"""strategic.py and the strategic rules of typing.toml: deminers' counts of war's leftovers
destroyed are no looting (rule war-remnants-cleared), while a planted bomb defused stays
disrupted weapons use; the town a man surrendered in is where he gave himself up, no ground
he gave up, and the hills attackers withdrew towards are the way they went, no ground left
(`has_place_object`)."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240501, "Korvani", "Korvani", "", 12.41, 3.87, "P", "PPLA2", "NE", "08", 35_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
def test_deminers_counts_of_war_leftovers_are_no_event(index):
    text = ("Mine clearance teams destroyed more than 200 explosive objects around Korvani "
            "during seven days, the civil protection agency said.")
    assert sub_types(text) == []


@pytest.mark.slow
def test_a_planted_bomb_defused_stays_disrupted_weapons_use(index):
    text = ("Police bomb experts defused a bomb hidden beneath a bridge outside Korvani "
            "on Tuesday, officials said.")
    assert sub_types(text) == ["Disrupted weapons use"]


@pytest.mark.slow
def test_the_town_a_fighter_surrendered_in_is_no_ground_given_up(index):
    text = ("Militiamen attacked a police convoy outside Korvani on Friday. On Saturday, three "
            "members of the militia surrendered to the police at Korvani with their guns.")
    assert sub_types(text) == ["Armed clash", "Change to group/activity"]


@pytest.mark.slow
def test_attackers_withdrawing_towards_named_hills_leave_no_ground(index):
    text = ("Gunmen stormed a police post in Korvani on Friday night, killing two officers. "
            "The gunmen used rifles and then withdrew towards the Korvani hills.")
    assert sub_types(text) == ["Armed clash"]
