"""A city's district the index holds as a division of its own, told as the city's ("a
missile hit a house in Kyiv's Darnytskyi district"), is written as the city's part,
"City - District" (GUIDELINES.md, places): one place with the city for the tellings told
there, not a district named alone (resolution.py)."""

import pytest

import eventdesk


@pytest.mark.slow
def test_a_known_district_told_as_the_citys_is_written_as_its_part():
    events = eventdesk.extract("Debris from a downed drone fell on a house in Kyiv's "
                               "Darnytskyi district on Monday, killing five people, the mayor "
                               "said.", published="2024-05-01")
    assert [e.location for e in events] == ["Kyiv - Darnytsia"]
