"""scene_moves.py: a force that withdrew from or was sent to a bare "the area" is the sequel of
a deed told at that scene, no transfer of ground nor change of activity of its own (rule
move-to-the-scene); a force leaving or sent to a named town still is one."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240503, "Korvani", "Korvani", "", 12.41, 3.87, "P", "PPLA2", "NE", "08", 35_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Soldiers set fire to some 60 huts in Korvani on Thursday after the militia fighters "
     "pulled out of the area, villagers said.", ["Looting/property destruction"]),
    ("Bandits shot dead four herders near Korvani on Saturday. More troops were deployed to "
     "the area on Sunday to track the gunmen.", ["Attack"]),
])
def test_a_move_to_or_from_the_scene_is_the_sequel_of_the_deed(index, text, expected):
    assert sub_types(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Rebel fighters pulled out of Korvani on Thursday, villagers said.",
     ["Non-violent transfer of territory"]),
    ("The government deployed hundreds of troops to Korvani on Monday to secure the town.",
     ["Change to group/activity"]),
])
def test_a_move_from_or_to_a_named_town_stays_an_event(index, text, expected):
    assert sub_types(text) == expected
