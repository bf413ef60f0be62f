"""force_operations.py: the dead of a police or army operation, told as "people" in a report
that names the armed side the force went after, fell in a clash (rule force-operation-toll);
dead named as residents or children, or no armed side named, keep the attack on civilians."""

import pytest

import eventdesk

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9240301, "Nova Esperanca", "Nova Esperanca", "", -22.9, -43.2, "P", "PPLA2", "BR", "21",
     90_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text):
    return [e.sub_event_type for e in eventdesk.extract(text, published="2024-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The joint operation by the federal police and the army in Nova Esperanca on Tuesday left "
    "at least 22 people dead, residents' associations said. Police said they were responding "
    "to an attack by gang members.",
    "Three people were killed on Monday during an operation by the military police against "
    "drug traffickers in Nova Esperanca.",
])
def test_the_dead_of_a_force_operation_against_an_armed_side_fell_in_a_clash(index, text):
    assert _coded(text) == ["Armed clash"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A police raid in Nova Esperanca on Tuesday left five residents dead, including two "
    "children. Police said they were hunting gang members.",
    "A police operation in Nova Esperanca on Tuesday left five people dead.",
])
def test_civilians_named_or_no_armed_side_keep_the_attack(index, text):
    assert _coded(text) == ["Attack"]
