"""curfews.py: a curfew told in one coordination with a state of emergency, of exception or of
siege is a measure of that regime, no single place's event (rule curfew-with-emergency); a
curfew on one town with no such regime stays a change to a group's activity."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240401, "Ouanaminthe", "Ouanaminthe", "", 19.55, -71.72, "P", "PPLA2", "HT", "07", 40_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # two verbs of one subject
    "The cabinet put Ouanaminthe under a state of exception on Monday and imposed a "
    "curfew from 9 p.m.",
    # two objects of one verb
    "The cabinet announced a state of siege and an overnight curfew in Ouanaminthe on Monday.",
])
def test_a_curfew_declared_with_an_emergency_regime_is_no_event(index, text):
    assert sub_types(text) == []


@pytest.mark.slow
def test_a_curfew_on_one_town_alone_stays_an_event(index):
    text = "The mayor imposed a curfew from 9 p.m. in Ouanaminthe on Monday after the looting."
    assert sub_types(text) == ["Change to group/activity"]
