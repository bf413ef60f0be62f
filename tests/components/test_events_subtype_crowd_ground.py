"""crowd_ground.py: ground a crowd held, taken back by a force, is the crowd's protest met by
the force (rule ground-held-by-a-crowd) -- and a war's retaking is not, whatever words of a
crowd or rally come near it."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9200001, "Robotyne", "Robotyne", "", 47.45, 35.84, "P", "PPL", "UA", "26", 500),
    (9200002, "Bakhmut", "Bakhmut", "", 48.59, 37.99, "P", "PPLA2", "UA", "05", 70_000),
    (9200003, "Goma", "Goma", "", -1.67, 29.22, "P", "PPLA", "CD", "19", 670_000),
    (9200004, "Port Sudan", "Port Sudan", "", 19.61, 37.21, "P", "PPLA", "SD", "36", 490_000),
    (9200005, "Khartoum", "Khartoum", "", 15.55, 32.53, "P", "PPLC", "SD", "29", 1_970_000),
    (9200006, "Tal Afar", "Tal Afar", "", 36.37, 42.45, "P", "PPLA2", "IQ", "15", 200_000),
]


@pytest.fixture
def war_index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # "occupied" of a town or village, a convoy taken: a war's words, no crowd's
    "Ukrainian troops liberated the occupied village of Robotyne in Zaporizhzhia on Sunday.",
    "The army retook the occupied town of Bakhmut on Monday after a fierce battle.",
    "Soldiers recaptured a hijacked fuel convoy near Goma on Monday.",
])
def test_a_war_retaking_with_words_of_occupation_stays_ground_regained(war_index, text):
    assert sub_types(text) == ["Government regains territory"]


@pytest.mark.slow
def test_a_building_retaken_a_day_after_a_rally_in_another_city_is_no_crowds(war_index):
    subs = sub_types("Hundreds rallied in Port Sudan on Sunday to demand an end to the war. "
                     "The army retook the airport in Khartoum on Monday.")
    assert subs == ["Peaceful protest", "Government regains territory"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the crowd heads what is taken; an occupied building; a square after a march there
    "Riot police cleared demonstrators off the toll plaza in Tal Afar on Wednesday.",
    "Gendarmes entered the occupied lecture hall in Tal Afar late on Tuesday.",
    "Students marched to the parliament in Tal Afar on Sunday. Police regained control of the "
    "square after four hours.",
])
def test_ground_a_crowd_held_is_its_protest_met_by_the_force(war_index, text):
    assert "Protest with intervention" in sub_types(text)
