"""ballots.py: a poll's material snatched or carted away is looting/property destruction
(rule poll-material-taken), not an abduction; people snatched stay abducted. battles.py: a
polling or bus station stormed is no force's post (CIVIL_STATIONS), a police station is."""

import pytest

import eventdesk
from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240101, "Ubaka", "Ubaka", "", 6.41, 7.51, "P", "PPLA2", "NG", "14", 70_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Armed thugs snatched ballot boxes at two polling units in Ubaka on Saturday.",
    "Hoodlums carted away electronic voting machines from a school in Ubaka on Saturday.",
])
def test_a_polls_material_taken_is_property_destruction(index, text):
    assert sub_types(text) == ["Looting/property destruction"]


@pytest.mark.slow
def test_people_snatched_stay_abducted(index):
    assert sub_types("Gunmen snatched two children in Ubaka on Saturday.") \
        == ["Abduction/forced disappearance"]


@pytest.mark.slow
def test_a_polling_station_stormed_is_no_fight_with_a_force(index):
    assert "Armed clash" not in sub_types(
        "Unidentified men stormed a polling station in Ubaka on Saturday and smashed the "
        "ballot boxes.")
    # control: a police station is a force's post
    assert sub_types("Gunmen attacked a police station in Ubaka on Saturday.") == ["Armed clash"]


@pytest.mark.slow
def test_political_thugs_are_no_states_force(index):
    events = eventdesk.extract("Political thugs stabbed two voters to death at a polling unit "
                               "in Ubaka on Saturday.", published="2023-03-19")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Nigeria)"]
