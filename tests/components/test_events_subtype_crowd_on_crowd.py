"""joined_crowds.py `crowd_harms_protesters`: a crowd's attack on protesters is mob violence
(rule crowd-harms-protesters), whether the gathering itself is named as what was attacked
("attacked the opposition rally") or the attack is told in a clause hung on the deaths
("four were killed as party activists attacked a march"); a force's attack on the same
gathering is not."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9210001, "Narail", "Narail", "", 23.01, 89.83, "P", "PPLA2", "BD", "81", 60_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Hundreds of ruling party supporters armed with sticks attacked the opposition rally in "
    "Narail on Monday.",
    "Three people were killed in Narail on Monday as party activists attacked a march of "
    "the opposition.",
    "Two students died in Narail on Monday after ruling party activists attacked their "
    "demonstration.",
])
def test_a_crowd_attacking_a_gathering_is_mob_violence(index, text):
    assert sub_types(text) == ["Mob violence"]


@pytest.mark.slow
def test_a_force_killing_at_a_gathering_is_not_mob_violence(index):
    subs = sub_types("Three people were killed in Narail on Monday as police fired on a "
                     "march of the opposition.")
    assert "Mob violence" not in subs
    assert subs == ["Excessive force against protesters"]
