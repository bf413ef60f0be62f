"""ballots.py: a poll's material snatched or carted away is looting/property destruction
(rule poll-material-taken), not an abduction; people snatched stay abducted. battles.py: a
polling or bus station raided is no force's post (CIVIL_STATIONS), a police station or a
fire base is; a force seizing a poll's material is no looter."""

import pytest

import eventdesk
from tests.components.coder_records import coder_extract, sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240101, "Ubaka", "Ubaka", "", 6.41, 7.51, "P", "PPLA2", "NG", "14", 70_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "In Ubaka, party thugs carted away the ballot papers from a tally office on Saturday.",
    "Political thugs snatched the voting machines from a school in Ubaka on Saturday.",
])
def test_a_polls_material_taken_is_property_destruction(index, text):
    events = coder_extract(text, published="2023-03-19")
    assert [(e.sub_event_type, e.actor1) for e in events] \
        == [("Looting/property destruction", "Unidentified Armed Group (Nigeria)")]


@pytest.mark.slow
def test_a_force_seizing_a_polls_material_is_no_looter(index):
    events = coder_extract("Police seized ballot papers from a councillor's garage in Ubaka "
                           "on Saturday.", published="2023-03-19")
    assert [e.sub_event_type for e in events] == []


@pytest.mark.slow
def test_people_snatched_stay_abducted(index):
    assert sub_types("Gunmen snatched two children in Ubaka on Saturday.") \
        == ["Abduction/forced disappearance"]


@pytest.mark.slow
def test_a_polling_station_stormed_is_no_fight_with_a_force(index):
    assert "Armed clash" not in sub_types(
        "Masked men raided a polling station in Ubaka on Saturday and burned the voter "
        "registers.")
    # control: a police station is a force's post
    assert sub_types("Gunmen attacked a police station in Ubaka on Saturday.") == ["Armed clash"]
    # control: a fire base is a force's post, "fire" is no civil station there
    assert sub_types("Gunmen attacked a fire base near Ubaka on Saturday.") == ["Armed clash"]


@pytest.mark.slow
def test_political_thugs_are_no_states_force(index):
    events = eventdesk.extract("Political thugs stabbed two voters to death at a polling unit "
                               "in Ubaka on Saturday.", published="2023-03-19")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Nigeria)"]


@pytest.mark.slow
def test_political_is_no_unidentified_mark_of_a_force(index):
    # "political" marks only the thugs: political police stay the state's police
    events = coder_extract("Political police detained a union leader in Ubaka on Monday.",
                           published="2023-03-19")
    assert [e.actor1.startswith("Police Forces of Nigeria") for e in events] == [True]
