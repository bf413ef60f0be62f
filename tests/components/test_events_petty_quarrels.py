"""A fight with one neighbour over a parking spot is a private quarrel (rule
family-quarrel-not-riot, cue list petty_quarrel); fighting between neighbours of two faiths
is communal violence and stays coded."""

import pytest

from tests.components.coder_records import sub_types

pytestmark = pytest.mark.slow


def test_a_fight_with_a_neighbour_over_a_parking_spot_is_no_clash(tiny_index):
    assert sub_types("A shopkeeper was shot dead in Homs on Friday evening in a fight with his "
                     "neighbour over a parking spot.") == []


@pytest.mark.parametrize("text", [
    "Christian and Muslim villagers near Homs fought with machetes on Sunday in a clash "
    "between neighbours that left five dead.",
    "Sunni and Alawite residents of Homs clashed on Monday in fighting between neighbours "
    "that killed three people.",
])
def test_fighting_between_neighbours_of_two_faiths_stays_coded(tiny_index, text):
    assert sub_types(text) != []
