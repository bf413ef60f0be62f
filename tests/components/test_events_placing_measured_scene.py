"""A clause naming its towns only to measure from (`placing.landmarks.past_landmarks`): the town the
sentence puts the incident in, unless the measure locates the clause's own unknown place."""

from __future__ import annotations

import pytest

import eventdesk
from eventdesk.distance import haversine_km

DAMBOA = (11.155, 12.756)
MAIDUGURI = (11.847, 13.157)


def _one(text: str):
    [event] = eventdesk.extract(text, published="2024-03-05")
    return event


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Insurgents attacked the village of Kwatamba, 30 km from Damboa, on Tuesday, killing "
    "four soldiers, police in Maiduguri said.",
    "Insurgents attacked Kwatamba, 20 km south of Damboa, on Tuesday, killing four soldiers, "
    "police in Maiduguri said.",
])
def test_a_landmark_locating_the_clauses_unknown_place_outranks_a_town_named_later(text):
    event = _one(text)
    assert "Kwatamba" in event.location
    assert haversine_km(event.latitude, event.longitude, *DAMBOA) < 25
    assert haversine_km(event.latitude, event.longitude, *MAIDUGURI) > 50


@pytest.mark.slow
def test_a_clause_naming_only_a_landmark_takes_the_town_its_sentence_names():
    # control: no unknown place measured, the incident's own town comes first
    event = _one("South of Baghdad, ten were killed when a car bomb went off in the town of "
                 "Suwayra.")
    assert haversine_km(event.latitude, event.longitude, 32.93, 44.78) < 10
