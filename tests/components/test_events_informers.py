"""A person an armed side kills as an informer of the police or the army is a civilian
(actors/generic.toml: "informer", "informant" are people, whatever force names them): an
attack on civilians, not a clash with the force whose name qualifies the word."""

import pytest

import eventdesk

# Invented rows of the places the sentences name (tests/geo/geonames_files.py's layout)
PLACES = [
    (9220001, "Bijapur", "Bijapur", "", 18.79, 80.82, "P", "PPLA2", "IN", "37", 40_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


def _coded(text):
    return [(e.sub_event_type, e.actor2) for e in eventdesk.extract(text, published="2024-05-21")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Maoists shot dead two suspected army informants in Bijapur on Sunday.",
])
def test_an_informer_killed_is_a_civilian_attacked(index, text):
    assert _coded(text) == [("Attack", "Civilians (India)")]


@pytest.mark.slow
def test_police_killed_stay_a_force(index):
    assert _coded("Maoists killed two policemen in Bijapur on Sunday.")[0][0] == "Armed clash"
