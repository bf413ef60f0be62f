"""joined_crowds.py `crowds_fight_each_other`: crowds called rival, or fighting "each other"
or "one another", or groups of two peoples, are two crowds, mob violence (rule
rival-crowds-clash); and "each other"
is no time said with "each" (happened/deciding.py `_every`), a habit."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240201, "Narail", "Narail", "", 23.01, 89.83, "P", "PPLA2", "BD", "81", 60_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "In Narail, rival students fought on Monday outside the hostel, leaving five people "
    "injured.",
    "Students of two colleges threw rocks at one another in Narail on Monday.",
])
def test_crowds_at_each_other_are_mob_violence(index, text):
    assert sub_types(text) == ["Mob violence"]


@pytest.mark.slow
def test_a_rival_crowds_own_deed_is_no_fight_of_two_crowds(index):
    # "rival" with no fight verb: one crowd burning property
    assert sub_types("Rival supporters torched the office of the ruling party in Narail on "
                     "Monday.") == ["Violent demonstration"]


@pytest.mark.slow
def test_a_crowd_clashing_with_no_rival_stays_a_violent_demonstration(index):
    # control: one crowd, no other side told
    assert sub_types("Opposition supporters clashed in Narail on Wednesday, burning tyres.") \
        == ["Violent demonstration"]


@pytest.mark.slow
def test_a_time_said_with_each_is_still_a_habit(index):
    assert sub_types("Party workers throw stones at the buses in Narail each day.") == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Hindu and Muslim groups clashed near the bus stand in Narail on Friday.",
    "On Sunday, Chakma and Bengali groups fought in the main market of Narail.",
])
def test_groups_of_two_peoples_clashing_are_mob_violence(index, text):
    assert sub_types(text) == ["Mob violence"]


@pytest.mark.slow
def test_groups_of_one_people_clashing_are_no_two_crowds(index):
    # control: no two peoples joined by "and"; the groups stay a battle's sides
    assert sub_types("Bengali groups clashed near the bus stand in Narail on Friday.") \
        != ["Mob violence"]
