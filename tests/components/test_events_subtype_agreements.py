"""agreements.py `surrender_of_fighters`: members of an armed side, named after "of" or as
"the group" the report named before, who surrender to a force give themselves up: a change to
the group's activity (rule fighters-surrender); wanted men are no side."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240502, "Dabrani", "Dabrani", "", 8.12, 124.61, "P", "PPLA3", "PH", "14", 25_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Three members of the communist rebel group surrendered at a marine camp in Dabrani on Monday.",
    "Rebels raided an army outpost near Dabrani on Sunday. On Monday, two members of the group "
    "surrendered at a marine camp outside Dabrani, handing in their rifles.",
])
def test_members_of_an_armed_side_who_surrender_change_its_activity(index, text):
    assert sub_types(text)[-1] == "Change to group/activity"


@pytest.mark.slow
def test_wanted_men_who_surrender_are_no_side(index):
    text = "Two wanted men surrendered to the police on Monday."
    assert "Change to group/activity" not in sub_types(text)
