"""citizen_arrests.py: a suspect seized by residents or villagers is no arrest event (ACLED
codes a state's or an armed group's arrests); the police's arrest stays one, and so does an
arrest that residents only react to."""

import pytest

from tests.components.coder_records import sub_types

PLACES = [
    (9240201, "Bulowa", "Bulowa", "", 1.08, 34.17, "P", "PPL", "UG", "E", 8_000),
]


@pytest.fixture
def index(tiny_index_with):
    return tiny_index_with(places=PLACES)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A burglary suspect was apprehended by villagers in Bulowa on Wednesday and handed to "
    "the local chief.",
    "Villagers apprehended two suspected cattle thieves in Bulowa on Wednesday.",
])
def test_a_citizens_arrest_is_no_event(index, text):
    assert sub_types(text) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police arrested two suspected cattle thieves in Bulowa on Wednesday.",
    "Residents of Bulowa blocked the highway on Wednesday after police arrested a local leader.",
])
def test_an_arrest_by_a_force_stays(index, text):
    assert "Arrests" in sub_types(text)
