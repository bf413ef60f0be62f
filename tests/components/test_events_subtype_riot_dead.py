"""riot_dead.py: dead told with no doer beside a crowd's fight in the same sentence are the
riot's toll (rule dead-beside-a-riot), a killing whose doer is named is not, and a protest
fired on by gunmen or a non-state armed group is an attack on the crowd (rule
armed-men-fire-on-a-protest); a force's fire on a crowd that did nothing stays excessive
force."""

import pytest

from tests.components.coder_records import sub_types

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240001, "Korovo", "Korovo", "", 9.51, -13.71, "P", "PPLA2", "GN", "04", 90_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Riot police fought opposition activists in Korovo on Thursday, and a teenager was shot "
    "dead, hospital staff said.",
])
def test_dead_told_beside_the_crowds_fight_are_the_riots_toll(index, text):
    assert sub_types(text) == ["Violent demonstration"]


@pytest.mark.slow
def test_a_forces_own_killing_beside_a_riot_is_its_own_event(index):
    # the killing names its doer: a separate raid, not the riot's toll
    text = ("Riot police fought opposition activists in Korovo on Thursday, and two men were "
            "shot dead by soldiers in a separate raid on a suspected thieves' hideout.")
    assert sub_types(text) == ["Violent demonstration", "Attack"]


@pytest.mark.slow
def test_a_forces_fire_on_a_march_stays_excessive_force(index):
    # control: the attack beside the deaths is the force's, on a crowd that did nothing
    text = "Three protesters were shot dead in Korovo on Monday when police opened fire on a march."
    assert sub_types(text) == ["Excessive force against protesters"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A woman was killed in Korovo on Monday when gunmen on motorbikes opened fire on a rally.",
    "Gunmen opened fire on protesters in Korovo on Monday, wounding five.",
])
def test_gunmen_firing_on_a_protest_attack_the_crowd(index, text):
    assert sub_types(text) == ["Attack"]


@pytest.mark.slow
def test_police_firing_on_protesters_is_excessive_force(index):
    assert sub_types("Police shot dead two protesters in Korovo on Monday.") \
        == ["Excessive force against protesters"]
